"""Parsing untrusted e-invoice XML safely, and the small lookups every format reader shares.

Why this module exists: an attachment is written by whoever sent the mail, so its XML may be a
billion-laughs bomb, point at external entities, be megabytes of garbage or simply be broken.  Every
reader goes through `parse_xml`, which uses defusedxml with DTDs refused outright (no e-invoice
format uses one), bounds the size, and turns every failure into one `UnreadableInvoice` whose message
a freelancer can read ("could not read fattura.xml: not well-formed XML (line 3, column 7)").

The lookups work on local names (namespace prefixes vary between tools and schema versions, and
FatturaPA elements have no namespace at all) and never raise: a missing element is None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as DefusedET

from mailduns.core.errors import MaildunsError
from mailduns.core.money import Money

# The SdI accepts FatturaPA files up to 5 MB; UBL/CII invoices with embedded attachments stay well
# below 10 MB.  Anything bigger is not an invoice a person sent by mail.
MAX_XML_BYTES = 10 * 1024 * 1024

DEFAULT_CURRENCY = "EUR"


class UnreadableInvoice(MaildunsError):
    """A file that claims to be an e-invoice but cannot be read; the message says which and why.

    Raised by the attachment readers; callers record it as a problem of the message and go on.
    """

    def __init__(self, filename: str, reason: str) -> None:
        self.filename = filename
        self.reason = reason
        super().__init__(f"could not read {filename or '(unnamed attachment)'}: {reason}")


_DECLARATION_RE = re.compile(rb"^(\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"'])([A-Za-z0-9._\-]+)([\"'])")
_UNICODE_ENCODINGS = frozenset({"utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be"})


def looks_like_xml(payload: bytes) -> bool:
    """True when the bytes start like an XML document (after a BOM and blank space)."""
    head = payload[:64].lstrip(b"\xef\xbb\xbf").lstrip()
    return head.startswith((b"<", b"\xff\xfe<\x00", b"\xfe\xff\x00<"))


def _fix_declared_encoding(payload: bytes) -> bytes:
    """Honour what the bytes are rather than what the declaration says when the two disagree.

    Tools write `encoding="windows-1252"` (or ISO-8859-1) over UTF-8 bytes; a strict parser then
    turns "MªF" into "MÂªF".  Text in a real single-byte encoding is almost never valid UTF-8 once it
    holds a non-ASCII byte, so valid UTF-8 with non-ASCII bytes is read as UTF-8.
    """
    payload = payload.lstrip(b"\xef\xbb\xbf")
    stripped = payload.lstrip()
    if stripped.startswith(b"<?xml"):
        payload = stripped  # a declaration must be the very first thing in the document
    m = _DECLARATION_RE.match(payload)
    if m is None or m.group(2).decode("ascii").lower() in _UNICODE_ENCODINGS:
        return payload
    if payload.isascii():
        return payload
    try:
        payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload
    return m.group(1) + b"UTF-8" + m.group(3) + payload[m.end() :]


def parse_xml(payload: bytes, filename: str) -> Element:
    """The root element of an untrusted XML document, or `UnreadableInvoice` saying why not."""
    if len(payload) > MAX_XML_BYTES:
        raise UnreadableInvoice(
            filename,
            f"{len(payload) // (1024 * 1024)} MB of XML is more than the "
            f"{MAX_XML_BYTES // (1024 * 1024)} MB an e-invoice may have",
        )
    data = _fix_declared_encoding(payload)
    try:
        root = DefusedET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        raise UnreadableInvoice(
            filename, "XML with a DTD is refused (no e-invoice has one; it may be an entity-expansion attack)"
        ) from None
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise UnreadableInvoice(
            filename, "XML with entity declarations or external references is refused"
        ) from None
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise UnreadableInvoice(filename, f"not well-formed XML (line {line}, column {column + 1})") from None
    except (ValueError, LookupError, RecursionError, MemoryError) as exc:  # unknown encoding, ...
        raise UnreadableInvoice(filename, f"unreadable XML ({type(exc).__name__})") from None
    if not isinstance(root, Element):
        raise UnreadableInvoice(filename, "unreadable XML (no root element)")
    return root


# --------------------------------------------------------------------------------------------------
# lookups by local name
# --------------------------------------------------------------------------------------------------


def local(tag: object) -> str:
    """ "{urn:...}Invoice" -> "Invoice"; comments and processing instructions give ""."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace(el: Element) -> str:
    """The namespace URI of an element ("" when it has none)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def children(el: Element | None, name: str) -> list[Element]:
    """Direct children with this local name, in document order."""
    if el is None:
        return []
    return [c for c in el if local(c.tag) == name]


def child(el: Element | None, *path: str) -> Element | None:
    """The first element down this path of local names, or None."""
    cur = el
    for name in path:
        if cur is None:
            return None
        cur = next((c for c in cur if local(c.tag) == name), None)
    return cur


def descendants(el: Element | None, name: str) -> Iterator[Element]:
    """Every element below `el` with this local name, in document order."""
    if el is None:
        return iter(())
    return (d for d in el.iter() if d is not el and local(d.tag) == name)


def first_descendant(el: Element | None, name: str) -> Element | None:
    return next(descendants(el, name), None)


def text(el: Element | None, *path: str) -> str | None:
    """The stripped text at a path, None when missing or blank."""
    node = child(el, *path) if path else el
    if node is None or node.text is None:
        return None
    value = " ".join(node.text.split())
    return value or None


_DECIMAL_RE = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")


def to_decimal(value: str | None) -> Decimal | None:
    """An XML amount ("1220.00", "265.00 ", "-12.5"): always dot-decimal, never thousands separators.

    Why not numbers.to_decimal: that one guesses separators in human text, where "1.220" is a
    thousand; in XML it is one point two two.
    """
    if value is None:
        return None
    s = value.strip()
    if not _DECIMAL_RE.match(s):
        return None
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def amount_at(el: Element | None, *path: str) -> Decimal | None:
    return to_decimal(text(el, *path))


_MAX_YEAR = 9000  # a date past this is no date: payment terms counted from year 9999 overflow


def iso_date(value: str | None) -> date | None:
    """ "2024-11-15" (or with a time or zone after it) as a date; None for anything else."""
    if not value:
        return None
    s = value.strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        d = date.fromisoformat(s[:10])
    except ValueError:
        return None
    return d if d.year <= _MAX_YEAR else None


def currency_code(value: str | None, default: str = DEFAULT_CURRENCY) -> str:
    """An ISO 4217 code as Money accepts it; a missing or malformed one is `default`."""
    code = (value or "").strip().upper()
    return code if len(code) == 3 and code.isascii() and code.isalpha() else default


def money(value: Decimal | None, currency: str) -> Money | None:
    return Money(value, currency) if value is not None else None
