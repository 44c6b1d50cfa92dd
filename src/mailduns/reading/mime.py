"""Raw message bytes to an Envelope, the readable text and the attachments.

Why so defensive: the inbox is written by thousands of different programs, some of them broken
(8-bit bytes in headers, charsets that do not exist, multiparts cut in half by a quota).  The daemon
must keep following invoices whatever arrives, so nothing here raises on content: every oddity is
recorded as a short problem string and the best reading that is still possible is returned.

Headers are decoded from their raw form (``raw_items``) rather than through the structured header
objects of ``policy.default``, because those can raise on malformed input, and because address lists
must be split before display names are decoded ("=?utf-8?Q?Rossi=2C_Mario?=" hides a comma).

Why this file is long: every MIME oddity of real mail clients (broken charsets, nested
forwards, TNEF, HTML-only mail) is handled in one pass over the message; the cases share state.
"""

# The stdlib email API raises many unrelated exception types on malformed input (binascii.Error,
# LookupError, IndexError, AttributeError from its header parser...); catching Exception around
# each call is how this module keeps its promise never to raise.
# ruff: noqa: BLE001

from __future__ import annotations

import base64
import binascii
import codecs
import contextlib
import quopri
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import errors as email_errors
from email import policy
from email.header import decode_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from mailduns.reading import quickparse
from mailduns.reading.model import Envelope

_MAX_DEPTH = 25


@dataclass(frozen=True)
class Attachment:
    """A non-text part.  `nested` marks parts inside an attached message (forward, PEC, bounce)."""

    filename: str
    content_type: str
    payload: bytes
    nested: bool = False


@dataclass(frozen=True)
class ParsedMail:
    """Everything the readers need from one message, already decoded."""

    envelope: Envelope
    headers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    content_type: str = "text/plain"
    report_type: str | None = None
    text: str = ""
    attachments: tuple[Attachment, ...] = ()
    delivery_status: tuple[Mapping[str, str], ...] = ()
    nested_texts: tuple[str, ...] = ()
    body_only: bool = False
    problems: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        """The first value of a header (decoded), or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None


# --------------------------------------------------------------------------------------------------
# decoding helpers
# --------------------------------------------------------------------------------------------------


def _charset_ok(name: str) -> bool:
    try:
        codecs.lookup(name)
    except (LookupError, ValueError):
        return False
    return True


_WESTERN_SINGLE_BYTE = frozenset(
    {
        "iso-8859-1",
        "iso8859-1",
        "latin-1",
        "latin1",
        "l1",
        "iso-8859-15",
        "iso8859-15",
        "latin-9",
        "windows-1252",
        "cp1252",
        "x-cp1252",
        "us-ascii",
        "ascii",
    }
)
# The WHATWG Encoding Standard's labels for windows-1252: what every mail client and browser decodes
# them as. Outlook labels its Windows-1252 text "iso-8859-1", so "€" (0x80) would otherwise be lost.
_LABELS_1252 = frozenset(
    {
        "iso-8859-1",
        "iso8859-1",
        "iso_8859-1",
        "iso-ir-100",
        "latin-1",
        "latin1",
        "l1",
        "cp819",
        "ibm819",
        "csisolatin1",
        "iso88591",
        "iso_8859-1:1987",
        "us-ascii",
        "ascii",
        "ansi_x3.4-1968",
        "windows-1252",
        "cp1252",
        "x-cp1252",
    }
)


def _decode_1252(data: bytes) -> str:
    """Windows-1252 as WHATWG defines it: the five bytes it leaves undefined map to the C1 controls."""
    text = data.decode("cp1252", errors="surrogateescape")
    if not any(b in data for b in _UNDEFINED_BYTES):  # (translate is slow: only when there is one)
        return text
    return text.translate(_UNDEFINED_1252)


_UNDEFINED_BYTES = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
_UNDEFINED_1252 = {0xDC00 + b[0]: b[0] for b in _UNDEFINED_BYTES}


def decode_bytes(data: bytes, charset: str | None, problems: list[str], where: str) -> str:
    """Decode with the declared charset, then UTF-8, then Windows-1252 (what mislabeled mail is)."""
    cs = (charset or "").strip().strip('"').lower() or None
    if cs and not _charset_ok(cs):
        problems.append(f"unknown charset {cs!r} in {where}")
        cs = None
    if cs in _WESTERN_SINGLE_BYTE and not data.isascii():
        # UTF-8 labelled as Latin-1 is the most common mislabel (old webmails, scripts); a Latin-1 text
        # that also decodes as UTF-8 is vanishingly rare, so valid UTF-8 wins
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            problems.append(f"{where} is UTF-8 but declared {cs}")
            return text
    if cs in _LABELS_1252:
        return _decode_1252(data)
    if cs:
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            if cs not in ("us-ascii", "ascii"):
                problems.append(f"{where} is not valid {cs}")
        except Exception:  # some codecs (iso-2022, utf-7) raise other errors on junk
            problems.append(f"{where} is not valid {cs}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _fix_8bit(raw: str) -> str:
    """Headers with raw 8-bit bytes arrive as surrogate escapes; most such mail is UTF-8 or 1252."""
    if raw.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in raw):
        return raw
    data = raw.encode("utf-8", errors="surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_FOLD_RE = re.compile(r"\r?\n(?=[ \t])")
MAX_HEADER = 16 * 1024  # characters of one header value that are decoded


def _unfold(value: str) -> str:
    return _FOLD_RE.sub("", value) if "\n" in value else value  # (most values are one line)


def decode_header_value(raw: str, name: str, problems: list[str]) -> str:
    """Unfold and decode RFC 2047 words; an undecodable word is kept as written and reported."""
    value = _unfold(_fix_8bit(str(raw))).replace("\r", "").replace("\n", " ")
    if len(value) > MAX_HEADER:  # the stdlib decoder is quadratic in the number of encoded words
        problems.append(f"{name} header longer than {MAX_HEADER} characters: cut")
        value = value[:MAX_HEADER]
    if "=?" not in value:
        return value.strip()
    try:
        parts = decode_header(value)
    except Exception:
        problems.append(f"undecodable {name} header")
        return value.strip()
    out: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            out.append(chunk.decode("raw-unicode-escape", errors="replace"))
        else:
            out.append(decode_bytes(chunk, charset, problems, f"{name} header"))
    return "".join(out).strip()


_MSGID_RE = re.compile(r"<[^<>\s]+>")


def _msgids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    found = _MSGID_RE.findall(value)
    if found:
        return tuple(found)
    return tuple(value.split())


_ADDRESS = r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
# The forms most mail uses, which getaddresses reads as below (tests/test_reading_mime.py compares
# them): "Mario Rossi <m@x.it>" (words of letters: one space between them), "\"Rossi, Mario\" <m@x.it>"
# (the quoted text as it is), "<m@x.it>", "m@x.it".
_PLAIN_ADDRESS_RE = re.compile(
    rf"\s*(?:(?P<name>[A-Za-z]+(?: +[A-Za-z]+)*)\s*<(?P<named>{_ADDRESS})>"
    rf"|\"(?P<quoted>[A-Za-z0-9 ,.'-]*)\"\s*<(?P<quoted_addr>{_ADDRESS})>"
    rf"|<(?P<bracketed>{_ADDRESS})>|(?P<bare>{_ADDRESS}))\s*"
)


def plain_address(value: str) -> list[tuple[str, str]] | None:
    """getaddresses([value]) for one address in a plain form, without the stdlib's parser; None
    for any other form."""
    m = _PLAIN_ADDRESS_RE.fullmatch(value)
    if m is None:
        return None
    if m.group("named"):
        return [(" ".join(m.group("name").split()), m.group("named"))]
    if m.group("quoted_addr"):
        return [(m.group("quoted"), m.group("quoted_addr"))]
    return [("", m.group("bracketed") or m.group("bare"))]


def _addresses(raw_values: list[str], name: str, problems: list[str]) -> list[tuple[str, str]]:
    """(display name, lower-cased address) pairs; entries without an address are dropped."""
    try:
        values = [_unfold(_fix_8bit(v)) for v in raw_values]
        pairs = (plain_address(values[0]) if len(values) == 1 else None) or getaddresses(values)
    except Exception:
        problems.append(f"unreadable {name} header")
        return []
    out: list[tuple[str, str]] = []
    for display, addr in pairs:
        addr = addr.strip().lower()
        if not addr or "@" not in addr:
            continue
        out.append((decode_header_value(display, name, problems).strip().strip('"'), addr))
    return out


_MAX_YEAR = 9000  # a Date past this is unreadable: payment terms counted from year 9999 overflow


def _date(value: str | None, problems: list[str]) -> datetime | None:
    if not value:
        return None
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        problems.append("unreadable Date header")
        return None
    if dt.year > _MAX_YEAR:  # a date at the calendar's end: any day counted from it overflows
        problems.append("unreadable Date header")
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt


# --------------------------------------------------------------------------------------------------
# HTML to text (only when a message has no text/plain alternative)
# --------------------------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "pre",
        "hr",
        "blockquote",
        "section",
        "article",
    }
)


class _HtmlText(HTMLParser):
    """Keeps the words and line structure; blockquotes become '>' lines so quotes can be stripped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.depth = 0
        self.line_depth = 0
        self.skip = 0

    def _newline(self) -> None:
        text = "".join(self.current).strip()
        prefix = "> " * min(self.line_depth, 3)  # one '>' marks a quote; 3 levels show nesting
        self.lines.append(prefix + text if text else ("" if not prefix else prefix.rstrip()))
        self.current = []
        self.line_depth = self.depth

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self._newline()
        elif tag in ("td", "th") and self.current:
            self.current.append(" ")  # a row's cells are words apart: "Importo</td><td>1.220,00 EUR"
        if tag == "blockquote":
            self.depth += 1
            self.line_depth = self.depth

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            if tag == "blockquote":
                self._newline()
                self.depth = max(0, self.depth - 1)
                self.line_depth = self.depth
            else:
                self._newline()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if not self.current:
            self.line_depth = self.depth
        self.current.append(re.sub(r"\s+", " ", data.replace("\u00a0", " ")))


def html_to_text(html: str) -> str:
    """Readable text of an HTML body; never raises (a broken document gives what was read so far)."""
    parser = _HtmlText()
    with contextlib.suppress(Exception):  # HTMLParser on hostile markup: keep what was read
        parser.feed(html)
        parser.close()
    parser._newline()
    text = "\n".join(line.rstrip() for line in parser.lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --------------------------------------------------------------------------------------------------
# walking the MIME tree
# --------------------------------------------------------------------------------------------------

_DEFECT_NAMES: dict[type[Exception], str] = {
    email_errors.StartBoundaryNotFoundDefect: "multipart start boundary missing",
    email_errors.CloseBoundaryNotFoundDefect: "multipart closing boundary missing (truncated?)",
    email_errors.MultipartInvariantViolationDefect: "multipart without parts",
    email_errors.NoBoundaryInMultipartDefect: "multipart without boundary",
    email_errors.MissingHeaderBodySeparatorDefect: "no blank line after the headers",
    email_errors.InvalidBase64PaddingDefect: "bad base64",
    email_errors.InvalidBase64CharactersDefect: "bad base64",
    email_errors.InvalidBase64LengthDefect: "bad base64",
    email_errors.FirstHeaderLineIsContinuationDefect: "malformed headers",
    email_errors.MisplacedEnvelopeHeaderDefect: "malformed headers",
}


class _Walker:
    def __init__(self, problems: list[str], elided: Mapping[bytes, _Elided] | None = None) -> None:
        self.problems = problems
        self.elided = elided or {}
        self.attachments: list[Attachment] = []
        self.dsn: list[dict[str, str]] = []
        self.nested_texts: list[str] = []

    def defects(self, part: Message) -> None:
        for d in getattr(part, "defects", ()):
            name = _DEFECT_NAMES.get(type(d))
            if name:
                self.problems.append(name)

    def ctype(self, part: Message) -> str:
        try:
            return part.get_content_type().lower()
        except Exception:
            self.problems.append("unreadable Content-Type")
            return "text/plain"

    def walk(self, part: Message, depth: int, nested: bool) -> tuple[list[str], list[str]]:
        """Return (plain texts, html texts) readable at this level; collect attachments on the way."""
        self.defects(part)
        _tame_parameters(part, self.problems)
        if depth > _MAX_DEPTH:
            self.problems.append("MIME nesting too deep")
            return [], []
        ctype = self.ctype(part)
        if ctype == "message/delivery-status":
            if not nested:  # a forwarded bounce is not a bounce of ours
                self.dsn.extend(_dsn_blocks(part))
            return [], []
        if ctype in ("message/rfc822", "message/global") or (
            part.is_multipart() and ctype.startswith("message/")
        ):
            self.nested_message(part, depth, ctype)
            return [], []
        if part.is_multipart():
            payload = part.get_payload()
            children = [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
            if ctype == "multipart/alternative":
                return self.alternative(children, depth, nested)
            plains: list[str] = []
            htmls: list[str] = []
            for child in children:
                p, h = self.walk(child, depth + 1, nested)
                plains += p
                htmls += h
            return plains, htmls
        return self.leaf(part, ctype, nested)

    def alternative(self, children: list[Message], depth: int, nested: bool) -> tuple[list[str], list[str]]:
        results = [self.walk(child, depth + 1, nested) for child in children]
        for plains, _ in results:
            if any(t.strip() for t in plains):
                return plains, []
        for _, htmls in reversed(results):
            if htmls:
                return [], htmls
        return [], []

    def nested_message(self, part: Message, depth: int, ctype: str) -> None:
        name = _filename(part) or "message.eml"
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        data = b""
        if isinstance(inner, Message) and depth < 4:  # a copy per level: forwards of forwards add up
            try:
                data = inner.as_bytes()
            except Exception:
                data = b""
        self.attachments.append(Attachment(name, ctype, data, nested=False))
        if isinstance(inner, Message):
            plains, htmls = self.walk(inner, depth + 1, True)
            text = "\n\n".join(t for t in plains if t.strip()) or "\n\n".join(html_to_text(h) for h in htmls)
            self.nested_texts.append(text)

    def leaf(self, part: Message, ctype: str, nested: bool) -> tuple[list[str], list[str]]:
        disposition = None
        with contextlib.suppress(Exception):
            disposition = part.get_content_disposition()
        name = _filename(part)
        if ctype in ("text/plain", "text/html") and disposition != "attachment" and not name:
            text = _part_text(part, self.problems, ctype)
            return ([text], []) if ctype == "text/plain" else ([], [text])
        try:
            data = part.get_payload(decode=True)
        except Exception:
            data = None
            self.problems.append("unreadable attachment")
        if not isinstance(data, bytes):
            data = b""
        if data in self.elided:
            data = _decode_elided(self.elided[data])
        if name or disposition == "attachment" or not ctype.startswith(("text/", "multipart/")):
            self.attachments.append(Attachment(name or "", ctype, data, nested))
        return [], []


_MAX_PARAMETERS = (
    4096  # characters of Content-Type / Content-Disposition: the stdlib splits them quadratically
)


def _tame_parameters(part: Message, problems: list[str]) -> None:
    """Cut an absurdly long Content-Type or Content-Disposition before anything parses its parameters."""
    for name in ("content-type", "content-disposition"):
        with contextlib.suppress(Exception):
            value = part.get(name)
            if value is not None and len(str(value)) > _MAX_PARAMETERS:
                part.replace_header(name, str(value)[:_MAX_PARAMETERS].rsplit(";", 1)[0])
                problems.append(f"{name} header too long: cut")


def _filename(part: Message) -> str | None:
    # (a filename or name parameter needs the letters "name" in one of the two headers: most parts
    # have neither, and get_filename parses both headers' parameters)
    try:
        named = any("name" in str(v).lower() for h in _NAMED_HEADERS for v in part.get_all(h, ()))
    except Exception:
        named = True
    if not named:
        return None
    try:
        name = part.get_filename()
    except Exception:
        return None
    if not name:
        return None
    return decode_header_value(str(name), "filename", []).strip() or None


_NAMED_HEADERS = ("content-type", "content-disposition")


def _part_text(part: Message, problems: list[str], ctype: str) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if not isinstance(data, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode_bytes(data, charset, problems, ctype)


_FIELD_RE = re.compile(r"^([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$")


def _dsn_blocks(part: Message) -> list[dict[str, str]]:
    """The per-message and per-recipient field blocks of a message/delivery-status part."""
    blocks: list[dict[str, str]] = []
    payload = part.get_payload()
    if isinstance(payload, list):
        for block in payload:
            if isinstance(block, Message):
                fields = {k.lower(): _fix_8bit(str(v)).strip() for k, v in block.raw_items()}
                if fields:
                    blocks.append(fields)
    elif isinstance(payload, str):
        for chunk in re.split(r"\r?\n[ \t]*\r?\n", payload):
            fields = {}
            for line in chunk.splitlines():
                m = _FIELD_RE.match(line.strip())
                if m:
                    fields[m.group(1).lower()] = m.group(2).strip()
            if fields:
                blocks.append(fields)
    return blocks


# --------------------------------------------------------------------------------------------------
# big messages: keep the parser away from megabytes it does not need to read
# --------------------------------------------------------------------------------------------------

# Why: the stdlib parser walks a message line by line in Python, ~1.3 s for a 20 MB attachment,
# and the HTML-to-text converter manages under 1 MB/s; reading must stay well under a second whatever
# a client attaches.  So before parsing, large part bodies are found with C-speed regexes: an
# attachment's body is swapped for a short marker and decoded directly later (the readers of
# e-invoices still get every byte), and a huge text body is cut (only its beginning is ever analysed).
LARGE_PART = 256 * 1024  # encoded bytes above which an attachment body bypasses the parser
MAX_TEXT_PART = 1024 * 1024  # encoded bytes of a text/plain body that are kept
MAX_HTML_PART = 256 * 1024  # of a text/html body (HTML is converted at ~1 MB/s)
MAX_PARTS = 500  # MIME parts read in one message

_BOUNDARY_DECL_RE = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.IGNORECASE)
_HEADER_END_RE = re.compile(rb"\r?\n\r?\n")
_PART_CTYPE_RE = re.compile(
    rb"^content-type:[ \t]*(?:\r?\n[ \t]+)?([\w.+\-]+/[\w.+\-]+)", re.IGNORECASE | re.MULTILINE
)
_PART_CTE_RE = re.compile(
    rb"^content-transfer-encoding:[ \t]*(?:\r?\n[ \t]+)?([\w\-]+)", re.IGNORECASE | re.MULTILINE
)
_MARKER = "MAILDUNS-ELIDED-PART-{}-5e1f"
_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


@dataclass(frozen=True)
class _Elided:
    body: bytes
    encoding: str  # the part's Content-Transfer-Encoding, lower-cased


def _decode_elided(e: _Elided) -> bytes:
    """The payload of a part taken out before parsing, decoded as the parser would have."""
    try:
        if e.encoding == "base64":
            try:
                return binascii.a2b_base64(e.body)  # skips line breaks and junk characters itself
            except binascii.Error:  # bad padding (a truncated part): pad what is there
                data = e.body.translate(None, b"=")
                valid = len(data) - len(data.translate(None, _B64_ALPHABET))
                if valid % 4 == 1:  # one stray character at the end cannot be decoded
                    data, valid = data.rstrip()[:-1], valid - 1
                return binascii.a2b_base64(data + b"=" * (-valid % 4))
        if e.encoding == "quoted-printable":
            return quopri.decodestring(e.body)
    except (binascii.Error, ValueError):
        return b""
    return e.body


def _cut_text(body: bytes, limit: int) -> bytes:
    cut = body.rfind(b"\n", 0, limit)
    return body[: cut + 1 if cut > 0 else limit]


def _boundaries(raw: bytes) -> set[bytes]:
    """Every multipart boundary declared anywhere in the message (found with bytes.find: a regex
    scan of 20 MB for a case-insensitive word is ten times slower)."""
    low = raw.lower()
    found: set[bytes] = set()
    pos = low.find(b"boundary")
    while pos >= 0 and len(found) < 100:
        m = _BOUNDARY_DECL_RE.match(raw, pos)
        if m:
            found.add(m.group(1) or m.group(2))
        pos = low.find(b"boundary", pos + 8)
    return found


def _delimiters(raw: bytes, boundaries: set[bytes]) -> list[tuple[int, int]]:
    """(start, end of line) of every "--boundary" delimiter line, in order."""
    marks: list[tuple[int, int]] = []
    for b in boundaries:
        needle = b"--" + b
        pos = raw.find(needle)
        while pos >= 0:
            line_end = raw.find(b"\n", pos)
            line_end = len(raw) if line_end < 0 else line_end
            rest = raw[pos + len(needle) : line_end].strip()
            if (pos == 0 or raw[pos - 1 : pos] == b"\n") and rest in (b"", b"--"):
                marks.append((pos, line_end))
            pos = raw.find(needle, pos + len(needle))
    return sorted(set(marks))


def _slim(raw: bytes, problems: list[str]) -> tuple[bytes, dict[bytes, _Elided]]:
    """`raw` with large attachment bodies replaced by markers and huge text bodies cut, plus the
    markers' original bodies.  Small messages come back unchanged (the common case costs one search)."""
    if len(raw) <= LARGE_PART:
        return raw, {}
    top = _HEADER_END_RE.search(raw, 0, 65536)
    top_type = _PART_CTYPE_RE.search(raw[: top.start() if top else 65536])
    single = top_type is not None and not top_type.group(1).lower().startswith((b"multipart/", b"message/"))
    boundaries = set() if single else _boundaries(raw)
    segments: list[tuple[int, int]] = []  # (start, end) of each part: its headers and body
    if boundaries:
        marks = _delimiters(raw, boundaries)
        if len(marks) > MAX_PARTS:
            problems.append(f"more than {MAX_PARTS} MIME parts: the rest was not read")
            raw = raw[: marks[MAX_PARTS][0]]
            marks = marks[:MAX_PARTS]
        for i, (_, line_end) in enumerate(marks):
            end = len(raw)
            if i + 1 < len(marks):  # the line break before a delimiter belongs to the delimiter
                end = marks[i + 1][0]
                end -= 2 if raw[end - 2 : end] == b"\r\n" else 1
            segments.append((line_end + 1, end))
    else:
        segments.append((0, len(raw)))  # a single-part message: its headers and body

    out: list[bytes] = []
    elided: dict[bytes, _Elided] = {}
    pos = 0
    for start, end in segments:
        if end - start <= LARGE_PART:
            continue
        head_end = _HEADER_END_RE.search(raw, start, min(end, start + 65536))
        if head_end is None:
            continue
        head = raw[start : head_end.start()]
        ctype_m = _PART_CTYPE_RE.search(head)
        ctype = ctype_m.group(1).lower().decode("ascii", "replace") if ctype_m else "text/plain"
        cte_m = _PART_CTE_RE.search(head)
        cte = cte_m.group(1).lower().decode("ascii", "replace") if cte_m else "7bit"
        body_start = head_end.end()
        body = raw[body_start:end]
        if ctype.startswith(("multipart/", "message/")):
            continue
        if ctype in ("text/plain", "text/html"):
            limit = MAX_HTML_PART if ctype == "text/html" else MAX_TEXT_PART
            if len(body) > limit:
                problems.append(
                    f"{ctype} part of {len(body) // 1024} KB: only the first {limit // 1024} KB were read"
                )
                out += [raw[pos:body_start], _cut_text(body, limit)]
                pos = end
            continue
        marker = _MARKER.format(len(elided)).encode("ascii")
        elided[marker] = _Elided(body, cte)
        placeholder = base64.b64encode(marker) if cte == "base64" else marker
        out += [raw[pos:body_start], placeholder]
        pos = end
    if not out:
        return raw, elided
    out.append(raw[pos:])
    return b"".join(out), elided


# --------------------------------------------------------------------------------------------------
# entry points
# --------------------------------------------------------------------------------------------------


def _dedupe(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def parse(raw: bytes) -> ParsedMail:
    """Read one message.  Never raises on content; see `ParsedMail.problems` for what went wrong."""
    problems: list[str] = []
    if not raw or not bytes(raw).strip():
        return ParsedMail(envelope=Envelope(), problems=("empty message",))
    slim, elided = _slim(bytes(raw), problems)
    msg = quickparse.parse(slim)  # the same tree, faster, for well-formed mail (reading/quickparse.py)
    if msg is None:
        msg = BytesParser(policy=policy.compat32).parsebytes(slim)

    headers: dict[str, list[str]] = {}
    raw_headers: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        key = str(name).strip().lower()
        raw_headers.setdefault(key, []).append(str(value))
        headers.setdefault(key, []).append(decode_header_value(str(value), str(name).strip(), problems))
    if not headers:
        problems.append("no headers")

    def first(name: str) -> str | None:
        values = headers.get(name)
        return values[0] if values else None

    from_pairs = _addresses(raw_headers.get("from", []), "From", problems)
    to_pairs = _addresses(raw_headers.get("to", []), "To", problems)
    cc_pairs = _addresses(raw_headers.get("cc", []), "Cc", problems)
    auto = first("auto-submitted")
    envelope = Envelope(
        message_id=next(iter(_msgids(first("message-id"))), None),
        in_reply_to=next(iter(_msgids(first("in-reply-to"))), None),
        references=_msgids(" ".join(headers.get("references", []))),
        from_addr=from_pairs[0][1] if from_pairs else None,
        from_name=(from_pairs[0][0] or None) if from_pairs else None,
        to_addrs=tuple(a for _, a in to_pairs),
        cc_addrs=tuple(a for _, a in cc_pairs),
        to_names=tuple(n for n, _ in to_pairs),
        subject=first("subject") or "",
        date=_date(first("date"), problems),
        auto_submitted=auto.strip().lower() if auto else None,
        mailduns_tag=(first("x-mailduns") or None),
    )

    _tame_parameters(msg, problems)
    walker = _Walker(problems, elided)
    try:
        plains, htmls = walker.walk(msg, 0, False)
    except RecursionError:
        problems.append("MIME nesting too deep")
        plains, htmls = [], []
    text = "\n\n".join(t.strip("\n") for t in plains if t.strip())
    if not text and htmls:
        text = "\n\n".join(html_to_text(h) for h in htmls if h.strip())
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        problems.append("no readable text")

    ctype = walker.ctype(msg)
    report_type = None
    with contextlib.suppress(Exception):
        rt = msg.get_param("report-type")
        report_type = str(rt).lower() if isinstance(rt, str) else None

    return ParsedMail(
        envelope=envelope,
        headers={k: tuple(v) for k, v in headers.items()},
        content_type=ctype,
        report_type=report_type,
        text=text,
        attachments=tuple(walker.attachments),
        delivery_status=tuple(walker.dsn),
        nested_texts=tuple(walker.nested_texts),
        problems=_dedupe(problems),
    )


def from_text(text: str) -> ParsedMail:
    """A body-only text (no headers), read as the body of a message with an empty envelope."""
    body = str(text).replace("\r\n", "\n").replace("\r", "\n")
    problems = () if body.strip() else ("no readable text",)
    return ParsedMail(envelope=Envelope(), text=body, body_only=True, problems=problems)
