"""Invoices as PDF: the Factur-X/ZUGFeRD XML a PDF/A-3 embeds, else the text a person reads.

Why both: a Factur-X PDF carries the structured invoice as an attachment (read by cii.py, or ubl.py
for the rare UBL one), which is exact; every other invoicing tool makes a plain PDF whose text says
"Totale documento € 1.220,00", "Vencimiento 02/12/2026" or "Amount due $1,220.00".  That text is
read line by line with multilingual labels (Italian, Spanish, English, and the German and French of
common tools); a label's value is on its line or, in table layouts, on the next one.

What the text gives: the number ("Fattura n. 12/2026", "Nº factura F-12", "Invoice #0042"), the
issue date ("Data documento", "Fecha", "Invoice date", or "del <date>" after the number), the due
date ("Scadenza", "Vencimiento", "Due date"; else the payment terms in words via terms.py), the
amount to pay ("Netto a pagare", "Total a pagar", "Amount due"), the grand total ("Totale
documento", "Total factura", "Total"; the largest when several), and the client when a line starts
with "Spett.le", "Cliente", "Bill to", "Facturar a" (with the first e-mail address near it).
A PDF whose title is a pro-forma, quote or receipt is not an invoice; a credit note is marked.

Untrusted input, bounded: at most 30 MB, at most 100 pages (a PDF with more is refused: it is not an
invoice a freelancer sends), text from at most the first 10 and last 5 pages, page content streams
over 4 MB skipped.  Decompression is bounded while pypdf reads: a stream inflates to at most 4 MB (an
embedded XML to its own 10 MB limit), so a PDF bomb stops there, and pypdf's byte-by-byte recovery of
a broken Flate stream gives up after 64 KiB (it costs about a second per MB).  Broken, truncated and
encrypted files give an `UnreadableInvoice` that says so.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from mailduns.core.money import Money
from mailduns.reading.model import InvoiceFacts
from mailduns.reading.numbers import currency_in, find_amounts, find_dates, mask_dates
from mailduns.reading.textinvoice import NUMBER
from mailduns.reading.einvoice.terms import due_from_terms
from mailduns.reading.einvoice.xmlsafe import MAX_XML_BYTES, UnreadableInvoice

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

# pypdf is imported when a PDF is read, not with the module: it is a quarter of the daemon's code in
# memory (about 7 MB), and a daemon that reads its PDFs in worker processes never needs it.

XmlReader = Callable[[str, bytes], list[InvoiceFacts]]

MAX_PDF_BYTES = 30 * 1024 * 1024
MAX_PAGES = 100
FIRST_PAGES = 10
LAST_PAGES = 5
MAX_PAGE_CONTENT_BYTES = 4 * 1024 * 1024
MAX_RECOVERY_BYTES = 64 * 1024  # of a broken Flate stream pypdf tries to decode byte by byte
MAX_TEXT_CHARS = 200_000

# Embedded-file names the e-invoice standards prescribe, most specific first.
_EMBEDDED_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "ubl.xml")


def is_pdf(payload: bytes) -> bool:
    """PDF readers accept the header anywhere in the first kilobyte."""
    return b"%PDF-" in payload[:1024]


def read(filename: str, payload: bytes, read_xml: XmlReader) -> list[InvoiceFacts]:
    """The invoices in a PDF: from its embedded e-invoice XML when it has one, else from its text.

    `read_xml` is the package's XML dispatcher (passed in so this module does not import the package
    that imports it).  Returns [] for a PDF that is not an invoice.
    """
    if len(payload) > MAX_PDF_BYTES:
        raise UnreadableInvoice(
            filename,
            f"{len(payload) // (1024 * 1024)} MB is more than the "
            f"{MAX_PDF_BYTES // (1024 * 1024)} MB an invoice PDF may have",
        )
    if not is_pdf(payload):
        raise UnreadableInvoice(filename, "not a PDF (no %PDF header)")
    from pypdf import PdfReader, apply_configuration

    try:
        # pypdf's own limits (75 MB a stream, 5 MB of recovery) are far above what we read: a 46 KB
        # bomb would take 78 MB before the page bound below applies, a broken 2 MB page ~2 s.
        with apply_configuration(
            zlib_maximum_output_length=MAX_PAGE_CONTENT_BYTES,
            zlib_maximum_recovery_input_length=MAX_RECOVERY_BYTES,
        ):
            reader = PdfReader(io.BytesIO(payload), strict=False)
            if reader.is_encrypted:
                refused = _decrypt(reader)
                if refused:
                    raise UnreadableInvoice(filename, refused)
            xml_problem: UnreadableInvoice | None = None
            try:
                embedded = _embedded_invoices(reader, read_xml)
            except UnreadableInvoice as exc:
                embedded, xml_problem = [], exc
            if embedded:
                return embedded
            pages = len(reader.pages)
            if pages > MAX_PAGES:
                raise UnreadableInvoice(
                    filename,
                    f"it has {pages} pages, more than the {MAX_PAGES} an invoice "
                    f"may have; its text was not read",
                )
            text = _text(reader, pages)
    except UnreadableInvoice:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf on hostile bytes fails in many ways (zlib, struct, ...)
        detail = " ".join(str(exc).split())[:120]
        raise UnreadableInvoice(
            filename, f"damaged or truncated PDF ({type(exc).__name__}{': ' + detail if detail else ''})"
        ) from None
    found = read_text(text)
    if not found and xml_problem is not None:
        raise UnreadableInvoice(filename, f"its embedded {xml_problem.filename}: {xml_problem.reason}")
    return found


def _decrypt(reader: PdfReader) -> str | None:
    """Many tools encrypt with an empty user password (printing and copying rights only): open those.
    Returns why the PDF cannot be opened, or None when it can."""
    from pypdf.errors import DependencyError, PyPdfError

    try:
        return None if reader.decrypt("") else "the PDF is encrypted with a password"
    except DependencyError:
        return "the PDF is AES-encrypted and the 'cryptography' package is not installed"
    except (PyPdfError, NotImplementedError, ValueError, TypeError, KeyError):
        return "the PDF is encrypted in a way pypdf cannot open"


def _embedded_invoices(reader: PdfReader, read_xml: XmlReader) -> list[InvoiceFacts]:
    from pypdf import apply_configuration
    from pypdf.errors import LimitReachedError

    attachments = reader.attachments
    names = sorted(
        (n for n in attachments if n.lower().endswith(".xml")),
        key=lambda n: (
            _EMBEDDED_NAMES.index(n.lower()) if n.lower() in _EMBEDDED_NAMES else len(_EMBEDDED_NAMES)
        ),
    )
    for name in names:
        try:
            with apply_configuration(zlib_maximum_output_length=MAX_XML_BYTES):
                contents = attachments[name]
        except LimitReachedError:  # inflates past MAX_XML_BYTES, or a broken stream: as if too big
            continue
        for content in contents:
            if len(content) > MAX_XML_BYTES:
                continue
            found = read_xml(name, content)
            if found:
                return found
    return []


def _text(reader: PdfReader, pages: int) -> str:
    from pypdf.errors import LimitReachedError

    wanted = list(range(min(pages, FIRST_PAGES)))
    wanted += [i for i in range(max(FIRST_PAGES, pages - LAST_PAGES), pages)]
    parts: list[str] = []
    size = 0
    for i in wanted:
        page = reader.pages[i]
        try:
            if _content_bytes(page) > MAX_PAGE_CONTENT_BYTES:
                continue
            chunk = page.extract_text() or ""
        except LimitReachedError:  # a stream inflating past MAX_PAGE_CONTENT_BYTES, or beyond recovery
            continue
        parts.append(chunk)
        size += len(chunk)
        if size > MAX_TEXT_CHARS:
            break
    return "\n".join(parts)[:MAX_TEXT_CHARS]


def _content_bytes(page: PageObject) -> int:
    """How much drawing code a page runs: its content stream and the form XObjects it paints
    (images are not decoded).  A text page of an invoice holds a few kilobytes."""
    from pypdf.generic import StreamObject

    contents = page.get_contents()
    size = len(contents.get_data()) if contents is not None else 0
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            xobject = ref.get_object()
            if isinstance(xobject, StreamObject) and xobject.get("/Subtype") == "/Form":
                size += len(xobject.get_data())
                if size > MAX_PAGE_CONTENT_BYTES:
                    break
    return size


# --------------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------------

_DOC_WORD = (
    r"(?:fattura|parcella|notula|factura|invoice|rechnung|facture|nota\s+di\s+credito|"
    r"nota\s+de\s+cr[ée]dito|credit\s+note|gutschrift|avoir)"
)
_INVOICE_WORD_RE = re.compile(rf"\b{_DOC_WORD}\b", re.IGNORECASE)
_NOT_INVOICE_RE = re.compile(
    r"pro[\s\-]?forma|\bpreventivo\b|\bpresupuesto\b|\bquotation\b|\bquote\b|\bestimate\b|\breceipt\b|"
    r"ricevuta\s+di\s+pagamento|\bquietanza\b|\brecibo\b|\bofferta\b|\bangebot\b|\bdevis\b",
    re.IGNORECASE,
)
_CREDIT_RE = re.compile(
    r"nota\s+di\s+credito|nota\s+de\s+cr[ée]dito|credit\s+note|factura\s+rectificativa|"
    r"\babono\b|\bgutschrift\b|\bavoir\b",
    re.IGNORECASE,
)
_TITLE_LINES = 15
_MAX_VALUE_CHARS = 160
_MAX_VALUE_READS = 400  # a real invoice has a few dozen labelled values
_MAX_NUMBER_CHARS = 40  # FatturaPA allows 20, UBL/CII numbers are as short

_NUMWORD = r"(?:n(?:r|o|um|umero|úmero|umber|ummer)?\.?\s*[º°ª]?|#|№)"
_NUMBER_LABEL_RE = re.compile(
    rf"\b{_DOC_WORD}(?:\s+(?:elettronica|immediata|differita|commerciale|simplificada|completa|"
    rf"ordinaria|di\s+cortesia))?\s*(?:{_NUMWORD}\s*)?[:.\-]?(?=\s*\S*\d)"
    rf"|(?:\b|#|№){_NUMWORD}\s*(?:(?:de|di|della|del|of)\s+)?(?:{_DOC_WORD}|documento|doc\.?)\s*[:.]?"
    rf"|\brechnungs?(?:nummer|nr\.?)\s*[:.]?|\binvoice\s+(?:number|no\.?|#)\s*[:.]?",
    re.IGNORECASE,
)
_NUMBER_VALUE_RE = re.compile(rf"^\s*[:#.\-]?\s*{NUMBER}", re.IGNORECASE)
_ISSUE_AFTER_NUMBER_RE = re.compile(
    r"^\s*[,\-]?\s*(?:del|de\s+fecha|del\s+d[ií]a|dated|of|vom|du)\s+", re.IGNORECASE
)

_TO_PAY_RE = re.compile(
    r"netto\s+a\s+pagare|(?:importo|totale|saldo)\s+(?:da|a)\s+pagare|\bda\s+pagare|saldo\s+dovuto|"
    r"totale\s+dovuto|total\s+a\s+pagar|importe\s+(?:a|por)\s+pagar|\ba\s+pagar\b|"
    r"l[ií]quido\s+(?:a\s+(?:pagar|percibir)|total)|total\s+l[ií]quido|amount\s+due|balance\s+due|"
    r"total\s+due|amount\s+payable|total\s+payable|amount\s+to\s+pay|zahlbetrag|zu\s+zahlen|"
    r"net\s+[àa]\s+payer|montant\s+d[ûu]|reste\s+[àa]\s+payer",
    re.IGNORECASE,
)
_TOTAL_RE = re.compile(
    r"\btotale(?:\s+(?:documento|fattura|complessivo|generale|ivato))?\b|"
    r"\btotal(?:\s+(?:factura|general|documento|amount|invoice))?\b|\bimporte\s+total\b|\bgrand\s+total\b|"
    r"\binvoice\s+total\b|\bgesamtbetrag\b|\brechnungsbetrag\b|\bbruttobetrag\b|\btotal\s+ttc\b",
    re.IGNORECASE,
)
_NOT_TOTAL_RE = re.compile(
    r"^\s*(?:[:\-]\s*)?(?:imponibile|iva\b|imposta|netto|ritenuta|ore\b|hours|horas|items?\b|"
    r"quantit|vat\b|tax\b|impuestos?|base|neto|ht\b|net\b|before|excl|sin\s+iva|pagato|paid|"
    r"pagad|cobrad|retenci|irpf|descuento|sconto|discount)",
    re.IGNORECASE,
)
_SUBTOTAL_RE = re.compile(r"sub[\s\-]?total", re.IGNORECASE)
_DUE_RE = re.compile(
    r"data\s+(?:di\s+)?scadenza|\bscadenz[ae]\b|\bscad\.|fecha\s+(?:de\s+)?vencimiento|\bvencimientos?\b|"
    r"\bvto\.|\bdue\s+date\b|\bdate\s+due\b|\bpayment\s+due\b|\bdue\s+(?:by|on)\b|\bpay(?:able)?\s+by\b|"
    r"\bf[äa]llig(?:keitsdatum|\s+am)?\b|\bzahlbar\s+bis\b|[ée]ch[ée]ance|\bpagare\s+entro(?:\s+il)?\b|"
    r"\bentro\s+il\b|\bpagar\s+antes\s+del?\b",
    re.IGNORECASE,
)
_ISSUE_RE = re.compile(
    r"\bdata\s+(?:del\s+)?(?:documento|fattura|emissione)\b|\bdata\b|"
    r"\bfecha\s+(?:de\s+)?(?:emisi[oó]n|factura|expedici[oó]n)\b|\bfecha\b|\binvoice\s+date\b|"
    r"\bdate\s+of\s+issue\b|\bissue\s+date\b|\bdate\b|\brechnungsdatum\b|\bdate\s+de\s+facturation\b",
    re.IGNORECASE,
)
_TERMS_RE = re.compile(
    r"(?:condizioni|termini|modalit[aà])\s+(?:di\s+)?pagamento|\bpagamento\b|forma\s+de\s+pago|"
    r"condiciones\s+de\s+pago|\bpago\b|payment\s+terms|\bterms\b|zahlungsbedingungen|"
    r"conditions\s+de\s+paiement",
    re.IGNORECASE,
)
_CLIENT_RE = re.compile(
    r"^\s*(?:spett(?:\.?\s?le|abile)|gentile|cliente|destinatario|cessionario(?:\s*/\s*committente)?|"
    r"committente|intestatario|bill(?:ed)?\s+to|invoice\s+to|sold\s+to|customer|client|"
    r"facturar\s+a|datos\s+del\s+cliente|rechnungsempf[äa]nger|kunde|factur[ée]\s+[àa])\b\s*[:.]?",
    re.IGNORECASE,
)
_CLIENT_NOT_NAME_RE = re.compile(
    r"^\s*(?:n[.º°]|nr|no\.|num|code|codice|c[oó]digo|id\b|#|p\.?\s?iva|vat|"
    r"cf\b|c\.f\.|nif|cif)",
    re.IGNORECASE,
)
_CENTS_RE = re.compile(r"\d[.,]\d{2}(?!\d)")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")


def _blank(s: str) -> bool:
    return not s.strip(" \t:.-–|")


def _value_region(lines: list[str], i: int, end: int) -> tuple[str, bool]:
    """What follows a label: the rest of its line, or the next line when the rest is empty.
    Bounded, so a hostile one-line text full of labels costs linear time."""
    rest = lines[i][end : end + _MAX_VALUE_CHARS]
    if _blank(rest) and i + 1 < len(lines):
        return lines[i + 1][:_MAX_VALUE_CHARS], True
    return rest, False


def _amount_in(region: str, next_line: bool, default_currency: str) -> Money | None:
    """The amount a label introduces.  Prefer numbers that look like money (a currency sign, or
    cents) over counts like "(2 items)"; on the next line of a table, the last cell."""
    masked = mask_dates(region)
    found = find_amounts(masked)
    if not found:
        return None
    money_like = [a for a in found if a.currency or _CENTS_RE.search(masked[a.start : a.end])]
    pool = money_like or found
    chosen = pool[-1] if next_line and len(found) > 1 else pool[0]
    return Money(chosen.value, chosen.currency or default_currency)


def _first_date(region: str, ref: date | None) -> date | None:
    found = [d for d in find_dates(region, ref) if d.explicit]
    return found[0].value if found else None


def _is_date(token: str) -> bool:
    found = find_dates(token, None)
    return bool(found) and found[0].start == 0 and found[0].end == len(token)


class _Budget:
    """How many label values one document may have parsed (each costs a date/amount scan)."""

    def __init__(self, reads: int) -> None:
        self.left = reads

    def take(self) -> bool:
        self.left -= 1
        return self.left >= 0

    def spent(self) -> bool:
        return self.left <= 0


def read_text(text: str) -> list[InvoiceFacts]:
    """Invoice facts from the text of an invoice document; [] when the text is not an invoice."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    title = "\n".join(lines[:_TITLE_LINES])
    first_invoice_word = _INVOICE_WORD_RE.search(text)
    if first_invoice_word is None:
        return []
    not_invoice = _NOT_INVOICE_RE.search(title)
    if not_invoice is not None and not_invoice.start() < first_invoice_word.start() + 40:
        return []
    default_currency = currency_in(text) or "EUR"

    number: str | None = None
    issue: date | None = None
    due: date | None = None
    to_pay: Money | None = None
    totals: list[Money] = []
    terms: list[str] = []
    client_name: str | None = None
    client_email: str | None = None

    budget = _Budget(_MAX_VALUE_READS)
    for i, line in enumerate(lines):
        if budget.spent():
            break  # a hostile text full of labels: what was read so far is all there is
        if number is None:
            for m in _NUMBER_LABEL_RE.finditer(line):
                if not budget.take():
                    break
                region, _ = _value_region(lines, i, m.end())
                v = _NUMBER_VALUE_RE.match(region)
                if v and len(v.group("number")) <= _MAX_NUMBER_CHARS and not _is_date(v.group("number")):
                    number = v.group("number")
                    after = region[v.end() :]
                    a = _ISSUE_AFTER_NUMBER_RE.match(after)
                    if issue is None and a:
                        issue = _first_date(after[a.end() : a.end() + 40], None)
                    break

        pay_spans: list[tuple[int, int]] = []
        for m in _TO_PAY_RE.finditer(line):
            pay_spans.append(m.span())
            if to_pay is None and budget.take():
                to_pay = _amount_in(*_value_region(lines, i, m.end()), default_currency)
        if not _SUBTOTAL_RE.search(line):
            for m in _TOTAL_RE.finditer(line):
                if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in pay_spans):
                    continue
                if _NOT_TOTAL_RE.match(line[m.end() : m.end() + 40]):
                    continue
                if not budget.take():
                    break
                value = _amount_in(*_value_region(lines, i, m.end()), default_currency)
                if value is not None:
                    totals.append(value)

        due_spans: list[tuple[int, int]] = []
        for m in _DUE_RE.finditer(line):
            due_spans.append(m.span())
            if due is None and budget.take():
                due = _first_date(_value_region(lines, i, m.end())[0], issue)
        if issue is None:
            for m in _ISSUE_RE.finditer(line):
                if any(s <= m.end() + 2 and m.start() <= e for s, e in due_spans):
                    continue
                if not budget.take():
                    break
                region, _ = _value_region(lines, i, m.end())
                found = [d for d in find_dates(region, None) if d.explicit]
                if found and not region[: found[0].start].strip(" \t:.-–"):
                    issue = found[0].value
                    break

        t = _TERMS_RE.search(line)
        if t and len(terms) < 20:
            terms.append(_value_region(lines, i, t.end())[0])

        if client_name is None:
            c = _CLIENT_RE.match(line)
            if c:
                region, _ = _value_region(lines, i, c.end())
                candidate = region.strip().lstrip(":.-– \t").rstrip(":-– \t")
                if (
                    candidate
                    and not _CLIENT_NOT_NAME_RE.match(candidate)
                    and not _EMAIL_RE.fullmatch(candidate)
                ):
                    client_name = candidate[:120]
                    email = _EMAIL_RE.search("\n".join(ln[:200] for ln in lines[i : i + 7]))
                    client_email = email.group(0).lower() if email else None

    if due is None and terms:
        due = due_from_terms("\n".join(terms), issue)
    total = _largest(totals)
    amount = to_pay or total
    if number is None and amount is None:
        return []
    return [
        InvoiceFacts(
            number=number,
            issue_date=issue,
            due_date=due,
            amount=amount,
            total=total,
            client_email=client_email,
            client_name=client_name,
            source="pdf",
            is_credit_note=_CREDIT_RE.search(title) is not None,
        )
    ]


def _largest(values: list[Money]) -> Money | None:
    """The grand total is the largest of the totals a document lists (line totals are smaller)."""
    best: Money | None = None
    for v in values:
        if best is None or (v.currency == best.currency and best.amount < v.amount):
            best = v
    return best
