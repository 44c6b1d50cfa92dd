"""The stdlib parser's reading of a well-formed message, without its machinery.

Why: `email.parser.BytesParser` feeds a message line by line through a generator, a deque of lines, a
stack of end-of-part predicates and a regex per line; that costs a third of reading a short reply.
`parse` below builds the very same `email.message.Message` tree (compat32: the same headers in the
same order, the same payload strings, preambles and epilogues) by walking a list of lines once, with
the feed parser's own rules (reading/mime.py then reads that tree as before).  It follows the feed
parser step by step (email/feedparser.py, `_parsegen` and `_parse_headers`, quoted in the comments)
but only for what well-formed mail needs: whenever the feed parser would note a defect, see a lone
carriage return, a "From " line, a message/* part or a digest, `parse` returns None and the stdlib
parser reads the message.  tests/test_reading_quickparse.py compares both trees on real, generated
and fuzzed mail.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from email import policy
from email.message import Message

# email/feedparser.py
_HEADER_RE = re.compile(r"^(From |[\041-\071\073-\176]*:|[\t ])")
_NLCRE = re.compile(r"\r\n|\r|\n")
_NLCRE_BOL = re.compile(r"(\r\n|\r|\n)")
_NLCRE_EOL = re.compile(r"(\r\n|\r|\n)\Z")


class _Unusual(Exception):
    """Something the feed parser would treat specially (a defect, most often): it reads the message."""


class _Lines:
    """The feed parser's BufferedSubFile over a list: a line that ends an enclosing part reads as EOF."""

    __slots__ = ("_dashes", "i", "lines", "stack")

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.i = 0
        self.stack: list[Callable[[str], object]] = []
        self._dashes: list[int] | None = None

    def readline(self) -> str:
        if self.i >= len(self.lines):
            return ""
        line = self.lines[self.i]
        for ateof in reversed(self.stack):
            if ateof(line):
                return ""
        self.i += 1
        return line

    def rest(self) -> str:
        """Every line up to the end of the current part, read at once (a body)."""
        start = end = self.i
        if self.stack:
            # only a line starting with "--" can be a boundary: look at those alone
            if self._dashes is None:
                self._dashes = [j for j, line in enumerate(self.lines) if line.startswith("--")]
            end = len(self.lines)
            for j in self._dashes[bisect_left(self._dashes, start) :]:
                if any(ateof(self.lines[j]) for ateof in self.stack):
                    end = j
                    break
        else:
            end = len(self.lines)
        self.i = end
        return "".join(self.lines[start:end])


def parse(data: bytes) -> Message | None:
    """What `BytesParser(policy=compat32).parsebytes(data)` returns, or None when the message is not
    one this reading is sure to read the same way."""
    text = data.decode("ascii", "surrogateescape")
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return None  # a lone CR breaks lines for the feed parser
    lines = [line + "\n" for line in text.split("\n")]
    last = lines.pop()[:-1]  # what follows the last line break ("" when the text ends with one)
    if last:
        lines.append(last)
    try:
        msg = _part(_Lines(lines), None)
    except (_Unusual, RecursionError):
        return None
    return msg


def _part(src: _Lines, parent: Message | None) -> Message:
    msg = Message(policy=policy.compat32)
    if parent is not None:
        parent.attach(msg)
    # the header lines: up to the first line that is no header (the blank line is consumed) or the end
    # of the part (the feed parser's readline, inline: headers are most of a short message's lines)
    lines, stack = src.lines, src.stack
    start = i = src.i
    blank = 0  # 1 when the headers end at a blank line (consumed)
    while i < len(lines):
        line = lines[i]
        if stack and line.startswith("--") and any(ateof(line) for ateof in stack):
            break  # (only a line starting with "--" can be a boundary)
        if not _HEADER_RE.match(line):
            if not _NLCRE.match(line):
                raise _Unusual  # MissingHeaderBodySeparatorDefect
            blank = 1
            break
        i += 1
    src.i = i + blank
    _headers(msg, lines, start, i)
    ctype = msg.get_content_type()
    maintype = ctype.split("/")[0]
    if maintype == "message":
        raise _Unusual  # message/delivery-status and nested messages: the feed parser's own ways
    if maintype != "multipart":
        msg.set_payload(src.rest())
        return msg
    if ctype == "multipart/digest":
        raise _Unusual  # (its parts default to message/rfc822)
    _multipart(src, msg)
    return msg


def _headers(msg: Message, lines: list[str], start: int, end: int) -> None:
    """_parse_headers, for headers without a leading continuation, a "From " line or an empty name;
    each header stored as email._policybase.Compat32.header_source_parse makes it."""
    first: str | None = None
    more: list[str] = []
    for line in lines[start:end]:
        if line[0] in " \t":
            if first is None:
                raise _Unusual  # FirstHeaderLineIsContinuationDefect
            more.append(line)
            continue
        if first is not None:
            name, value = first.split(":", 1)
            msg.set_raw(name, (value.lstrip(" \t") + "".join(more)).rstrip("\r\n"))
            more = []
        if line.startswith("From ") or line.find(":") <= 0:
            raise _Unusual  # unix-from lines, InvalidHeaderDefect
        first = line
    if first is not None:
        name, value = first.split(":", 1)
        msg.set_raw(name, (value.lstrip(" \t") + "".join(more)).rstrip("\r\n"))


class _BoundaryLine:
    """re.compile("(?P<sep>" + re.escape(separator) + r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$")
    of the feed parser, without compiling a regex per message: `match` gives (end, linesep) or None."""

    __slots__ = ("separator",)

    def __init__(self, separator: str) -> None:
        self.separator = separator

    def match(self, line: str) -> tuple[bool, str | None] | None:
        if not line.startswith(self.separator):
            return None
        rest = line[len(self.separator) :]
        if rest.startswith("--"):
            tail = _tail(rest[2:])
            if tail is not None:
                return True, tail[0]
        tail = _tail(rest)
        return None if tail is None else (False, tail[0])


def _tail(text: str) -> tuple[str | None] | None:
    """`(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$` at the start of `text`: (linesep,) or None."""
    rest = text.lstrip(" \t")
    if rest == "":
        return (None,)
    if rest in ("\r\n", "\r", "\n"):
        return (rest,)
    return None


def _multipart(src: _Lines, msg: Message) -> None:
    """_parsegen's multipart branch."""
    boundary = msg.get_boundary()
    if boundary is None:
        raise _Unusual  # NoBoundaryInMultipartDefect
    if str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary"):
        raise _Unusual  # InvalidMultipartContentTransferEncodingDefect
    boundary_re = _BoundaryLine("--" + boundary)
    capturing_preamble = True
    preamble: list[str] = []
    linesep: str | None = None
    close_boundary_seen = False
    while True:
        line = src.readline()
        if line == "":
            break
        mo = boundary_re.match(line)
        if mo is None:
            if not capturing_preamble:
                raise _Unusual  # (the feed parser asserts this never happens)
            preamble.append(line)
            continue
        if mo[0]:
            close_boundary_seen = True
            linesep = mo[1]
            break
        if capturing_preamble:
            if preamble:
                # According to RFC 2046, the last newline belongs to the boundary.
                eolmo = _NLCRE_EOL.search(preamble[-1])
                if eolmo:
                    preamble[-1] = preamble[-1][: -len(eolmo.group(0))]
                msg.preamble = "".join(preamble)
            capturing_preamble = False
            src.i -= 1  # unreadline: the boundary is read again below
            continue
        # Consume any multiple boundary lines that may be following.
        while True:
            line = src.readline()
            if line == "":
                raise _Unusual  # (the feed parser pushes back an empty line here)
            if not boundary_re.match(line):
                src.i -= 1
                break
        src.stack.append(boundary_re.match)
        part = _part(src, msg)
        # The newline preceding the boundary separator belongs to the boundary.
        if part.get_content_maintype() == "multipart":
            epilogue = part.epilogue
            if epilogue == "":
                part.epilogue = None
            elif epilogue is not None:
                eolmo = _NLCRE_EOL.search(epilogue)
                if eolmo:
                    part.epilogue = epilogue[: -len(eolmo.group(0))]
        else:
            payload = part.__dict__["_payload"]  # (the raw payload, exactly what the feed parser trims)
            if isinstance(payload, str):
                eolmo = _NLCRE_EOL.search(payload)
                if eolmo:
                    part.set_payload(payload[: -len(eolmo.group(0))])
        src.stack.pop()
    if capturing_preamble or not close_boundary_seen:
        raise _Unusual  # StartBoundaryNotFoundDefect, CloseBoundaryNotFoundDefect
    epilogue_lines = [""] if linesep else []
    while True:
        line = src.readline()
        if line == "":
            break
        epilogue_lines.append(line)
    if epilogue_lines:
        bolmo = _NLCRE_BOL.match(epilogue_lines[0])
        if bolmo:
            epilogue_lines[0] = epilogue_lines[0][len(bolmo.group(0)) :]
    msg.epilogue = "".join(epilogue_lines)
