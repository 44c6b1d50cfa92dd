"""Structured invoices in attachments: FatturaPA, UBL/Peppol, CII/Factur-X, Facturae, PDF, signed .p7m.

Why one entry point (`read_attachment`) for all formats: the message reader calls every registered
reader on every attachment, and an attachment's name and content type are often wrong (".xml"
served as application/octet-stream, a PDF called "documento"), so the bytes decide: a PDF header
goes to pdf.py, a PKCS#7 envelope to p7m.py and then back here for the XML inside, XML is parsed
once (safely, xmlsafe.py) and handed to the first format module whose `matches(root)` accepts it.
Adding a format is adding one module with `matches` and `read` and listing it in `XML_FORMATS`.

A file that is not an invoice gives [] (a logo, a contract PDF, an SdI receipt, a PEC daticert.xml,
an S/MIME signature).  A file that should be an invoice but cannot be read raises
`UnreadableInvoice`, whose message says which file and why ("could not read fattura.xml.p7m: ...").
"""

from __future__ import annotations

from collections.abc import Callable, MutableSequence
from typing import Protocol
from xml.etree.ElementTree import Element

from mailduns.reading.model import InvoiceFacts, Source
from mailduns.reading.einvoice import cii, facturae, fatturapa, p7m, pdf, ubl
from mailduns.reading.einvoice.terms import due_from_terms
from mailduns.reading.einvoice.xmlsafe import UnreadableInvoice, looks_like_xml, parse_xml

__all__ = [
    "XML_FORMATS",
    "UnreadableInvoice",
    "combine",
    "due_from_terms",
    "read_attachment",
    "read_xml",
    "register",
]


class XmlFormat(Protocol):
    """A format module: tells its documents by their root element and reads them."""

    def matches(self, root: Element) -> bool: ...

    def read(self, root: Element) -> list[InvoiceFacts]: ...


XML_FORMATS: tuple[XmlFormat, ...] = (fatturapa, ubl, cii, facturae)

# Most trusted first, for `combine`.
_TRUST: tuple[Source, ...] = ("fatturapa", "ubl", "cii", "facturae", "pdf", "body", "subject")

_XML_CONTENT_TYPES = ("xml",)


def read_xml(filename: str, payload: bytes) -> list[InvoiceFacts]:
    """The invoices in an XML e-invoice; [] when the XML is some other document."""
    root = parse_xml(payload, filename)
    for fmt in XML_FORMATS:
        if fmt.matches(root):
            return fmt.read(root)
    return []


def _inner_name(filename: str) -> str:
    return filename[:-4] if filename.lower().endswith(".p7m") else filename


def read_attachment(filename: str, content_type: str, payload: bytes) -> list[InvoiceFacts]:
    """An `AttachmentReader`: the invoices in one attachment, [] when it holds none.

    Raises UnreadableInvoice for a file that presents itself as an e-invoice (by its name, type or
    first bytes) but is broken, hostile or too big.
    """
    name = filename or ""
    low = name.lower()
    ctype = (content_type or "").lower()
    if pdf.is_pdf(payload):
        return pdf.read(name, payload, read_xml)
    if low.endswith(".pdf") or ctype == "application/pdf":
        raise UnreadableInvoice(name, "not a PDF (no %PDF header)")
    if low.endswith(".p7s"):
        return []  # a detached signature (S/MIME or CAdES): there is no document in it
    if low.endswith(".p7m") or p7m.is_signed_data(payload):
        try:
            inner = p7m.unwrap(name, payload)
        except UnreadableInvoice:
            if low.endswith(".p7m") and low != "smime.p7m":
                raise
            return []  # S/MIME mail (signed or encrypted): not an invoice envelope
        if looks_like_xml(inner):
            return read_xml(_inner_name(name), inner)
        if pdf.is_pdf(inner):
            return pdf.read(_inner_name(name), inner, read_xml)
        if low.endswith(".xml.p7m"):
            raise UnreadableInvoice(name, "the signed document inside is not XML")
        return []
    xml_named = low.endswith(".xml") or any(t in ctype for t in _XML_CONTENT_TYPES)
    if xml_named or payload[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml"):
        if not looks_like_xml(payload):
            if low.endswith(".xml"):
                raise UnreadableInvoice(name, "not XML (it does not start with '<')")
            return []
        return read_xml(name, payload)
    return []


def combine(facts: list[InvoiceFacts]) -> list[InvoiceFacts]:
    """One record per invoice number when several attachments describe the same invoice (an e-mail
    with the FatturaPA XML and its PDF copy): the most trusted source is kept, in first-seen order.
    Records without a number are kept as they are."""
    best: dict[str, InvoiceFacts] = {}
    order: list[str | InvoiceFacts] = []
    for f in facts:
        if f.number is None:
            order.append(f)
            continue
        current = best.get(f.number)
        if current is None:
            best[f.number] = f
            order.append(f.number)
        elif _TRUST.index(f.source) < _TRUST.index(current.source):
            best[f.number] = f
    return [best[o] if isinstance(o, str) else o for o in order]


def register(readers: MutableSequence[Callable[[str, str, bytes], list[InvoiceFacts]]]) -> None:
    """Add the e-invoice reader to a reader list (once, however often this is called)."""
    if read_attachment not in readers:
        readers.append(read_attachment)
