"""Invoice facts from what a freelancer writes around an invoice: the subject, the body, file names.

Why rules and not the attachment: most freelancers send a PDF made by whatever tool they use, and the
email that carries it says the essentials in words ("Fattura 12/2026 ... Totale da pagare
€ 1.220,00, scadenza 02/12/2026").  Structured attachments (FatturaPA, UBL, CII) are read by the
registered attachment readers and win over these facts; these are the fallback that always exists.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from mailduns.core.money import Money
from mailduns.reading import fastre
from mailduns.reading.numbers import currency_in, find_amounts, first_date, mask_dates

# --------------------------------------------------------------------------------------------------
# subjects
# --------------------------------------------------------------------------------------------------

# (also the Chinese "回复：", Greek "ΑΠ:", Russian "Ответ:" of clients' mail programs; "：" is the full-width colon)
_REPLY_WORDS = r"re|r|aw|sv|antw|odp|rif|ris|resp|回复|答复|回覆|απ|σχετ|отв|ответ"
_FORWARD_WORDS = r"fwd|fw|i|rv|wg|tr|inoltro|enc|reenv|转发|轉寄|πρθ|пересл"
_PREFIX_RE = re.compile(
    rf"^\s*(?:\[[^\]]{{0,40}}\]\s*)?(?P<word>{_REPLY_WORDS}|{_FORWARD_WORDS})\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*",
    re.IGNORECASE,
)
_TAG_RE = re.compile(r"^\s*\[[^\]]{0,40}\]\s*")
_FORWARD_SET = frozenset(_FORWARD_WORDS.split("|"))


@dataclass(frozen=True)
class Subject:
    """A subject without its Re:/Fwd: prefixes, and which kinds of prefix it had."""

    clean: str
    reply: bool
    forward: bool


def split_subject(subject: str) -> Subject:
    """Strip any chain of reply/forward prefixes ("R: I: Fattura 12") and [tags]."""
    rest = subject or ""
    reply = forward = False
    for _ in range(20):
        m = _PREFIX_RE.match(rest)
        if not m:
            break
        if m.group("word").lower() in _FORWARD_SET:
            forward = True
        else:
            reply = True
        rest = rest[m.end() :]
    rest = _TAG_RE.sub("", rest)
    return Subject(rest.strip(), reply, forward)


# An invoice number: letters, digits and / . _ - joined, with at least one digit, ending on alnum.
NUMBER = r"(?P<number>(?=[A-Za-z0-9/._\-]*\d)[A-Za-z0-9](?:[A-Za-z0-9/._\-]*[A-Za-z0-9])?)"
NUMBER_PREFIX = (
    r"(?:(?:n|nr|no|num|numero|número|nro|nos)(?![A-Za-z])\s*\.?\s*[º°ª]?\s*\.?\s*[:\-]?\s*"
    r"|#\s*|№\s*|number\s+)?"
)

SUBJECT_PATTERNS: tuple[str, ...] = (
    (
        rf"\b(?:fattur[ae]|parcella|notula)\b(?:\s+(?:elettronica|di\s+cortesia|commerciale|differita|"
        rf"immediata|pro\s+cortesia))?\s*[:\-–]?\s*{NUMBER_PREFIX}{NUMBER}"
    ),
    rf"\bfactura\b(?:\s+(?:electr[oó]nica|simplificada|ordinaria))?\s*[:\-–]?\s*{NUMBER_PREFIX}{NUMBER}",
    rf"\binvoice\b\s*[:\-–]?\s*{NUMBER_PREFIX}{NUMBER}",
)

# Subjects that name an invoice but are not one to follow: pro-formas, credit notes, quotes,
# receipts for a payment, reminders (ours or anyone's) and "already paid" notices.
EXCLUDE_PATTERN = (
    r"pro[\s_\-]?forma|nota[\s_\-]+(?:di[\s_\-]+credito|de[\s_\-]+cr[ée]dito)|credit[\s_\-]*note|"
    r"\babono\b|\bsollecit|\bpromemoria\b|\breminder\b|\brecordatorio\b|\bpreventiv|\bpresupuesto|"
    r"\bquot(?:e|ation)\b|\bestimate\b|\breceipt\b|\bricevuta\b|\brecibo\b|\bpaid\b|\bpagat[ae]\b|"
    r"\bpagad[ao]\b|\bsaldat[ae]\b|\bscadut[ae]\b|\boverdue\b|\bpast\s+due\b|\bvencid[ao]\b|"
    r"\binsolut[ae]\b|\bimpagat[ae]\b|\bunpaid\b"
)

ATTACHMENT_PATTERN = (
    r"(invoice|fattura|factura|rechnung|facture|parcella|notula|"
    r"^[a-z]{2}[a-z0-9]{11,16}_[a-z0-9]{5}\.xml(?:\.p7m)?$)"
)
INVOICE_EXTENSIONS = (".pdf", ".xml", ".p7m")
_SDI_NAME_RE = re.compile(r"^[a-z]{2}[a-z0-9]{11,16}_[a-z0-9]{5}\.xml(?:\.p7m)?$", re.IGNORECASE)


def subject_number(subject: str, patterns: tuple[str, ...]) -> str | None:
    """The invoice number named by the first matching pattern (its `number` group), or None."""
    for pattern in patterns:
        try:
            m = re.search(pattern, subject, re.IGNORECASE)
        except re.error:
            continue
        if m:
            try:
                value = m.group("number")
            except IndexError:
                value = None
            return value.strip() if value else None
    return None


def is_invoice_filename(name: str, attachment_pattern: str, exclude_pattern: str) -> bool:
    """A file the freelancer's tool would produce for an invoice (PDF, XML, signed .p7m)."""
    low = name.strip().lower()
    if not low.endswith(INVOICE_EXTENSIONS):
        return False
    try:
        if exclude_pattern and re.search(exclude_pattern, low, re.IGNORECASE):
            return False
        return re.search(attachment_pattern, low, re.IGNORECASE) is not None
    except re.error:
        return False


_FILE_KEYWORD_RE = re.compile(r"(?:invoice|fattura|factura|rechnung|facture|parcella|notula)", re.IGNORECASE)
_FILE_NUMBER_RE = re.compile(
    r"^[\s_\-.#]*(?:(?:n|nr|no|num|numero|nro)(?=[\s_\-.]*\d)[\s_\-.º°]*)?"
    r"(?P<tok>(?:[A-Za-z]{1,5}[-_])?\d[\dA-Za-z]*(?:[-_]\d[\dA-Za-z]*)*)",
    re.IGNORECASE,
)


def number_from_filename(name: str) -> str | None:
    """Best effort: "Fattura_12-2026.pdf" gives "12/2026" (a '/' cannot be written in a file name,
    and progressive/year is the usual Italian and Spanish numbering); SdI names give None, their
    number is inside the XML."""
    if _SDI_NAME_RE.match(name.strip()):
        return None
    stem = re.sub(r"(\.(?:pdf|xml|p7m))+$", "", name.strip(), flags=re.IGNORECASE)
    key = _FILE_KEYWORD_RE.search(stem)
    if not key:
        return None
    m = _FILE_NUMBER_RE.match(stem[key.end() :])
    if not m:
        return None
    tok = m.group("tok").replace("_", "-")
    progressive_year = re.fullmatch(r"(\d{1,6})-(20\d{2})", tok)
    if progressive_year:
        return f"{progressive_year.group(1)}/{progressive_year.group(2)}"
    return tok


# --------------------------------------------------------------------------------------------------
# body
# --------------------------------------------------------------------------------------------------

_TO_PAY_RE = re.compile(
    r"(?:totale|importo|netto|saldo)\s+(?:da|a)\s+pagare|\bda\s+pagare|\bimporte\s+(?:a|por)\s+pagar|"
    r"\btotal\s+a\s+pagar|\ba\s+pagar\b|\bamount\s+(?:due|payable|to\s+(?:be\s+)?pay|owed)|"
    r"\bbalance\s+due|\btotal\s+(?:due|payable|owed)|\bimporte\s+adeudado|\bsaldo\s+dovuto|"
    r"\bimporte\s+pendiente|\bpayable\s+amount|\bda\s+saldare",
    re.IGNORECASE,
)
_TOTAL_RE = re.compile(
    r"\b(?:grand\s+total|invoice\s+total|totale(?:\s+(?:fattura|documento|complessivo|generale|"
    r"ivato|dovuto))?|importo(?:\s+(?:totale|fattura|complessivo))?|importe(?:\s+total)?|"
    r"total(?:\s+(?:factura|general|amount|invoice))?|amount|"
    r"(?:fattur[ae]|factura|invoice)\s+(?:n[.º°]*\s*)?[A-Za-z0-9/._\-]*\d[A-Za-z0-9/._\-]*\s+(?:di|de|for|of|da|por))\b",
    re.IGNORECASE,
)
_TAX_INCLUDED_RE = re.compile(
    r"iva\s+(?:inclusa|compresa|incluida|incluido)|(?:incl\.?|including|inclusive\s+of|con)\s+(?:iva|vat)|"
    r"vat\s+(?:incl\.?|included)|\(\s*iva\s*\)|i\.v\.a\.\s+incl\w*",
    re.IGNORECASE,
)
_NOT_TOTAL_RE = re.compile(
    r"imponibile|\biva\b|\bvat\b|\btax\b|subtotal|sub-total|\bbase\b|ritenuta|\birpf\b|\bcassa\b|"
    r"\bnetto\b|\bbollo\b|rivalsa|descuento|sconto|discount|\bore\b|\bhours\b|\bhoras\b|"
    r"\binps\b|\benpap\b|withholding|retenci[oó]n|\bpaid\b|\bpagat[oa]\b|\bpagad[oa]\b|acconto|anticipo|"
    r"\badvance\b|\bdeposit\b|prepaid|\bcobrad[oa]\b",
    re.IGNORECASE,
)
_DUE_RE = re.compile(
    r"\bdata\s+(?:di\s+)?scadenza|\bscadenza(?:\s+(?:del\s+)?(?:pagamento|fattura))?|"
    r"\b(?:da\s+)?pagar[ei]\s+entro(?:\s+e\s+non\s+oltre)?(?:\s+(?:il|l'|lo))?|"
    r"\b(?:pagamento|saldare|saldo)\s+entro(?:\s+(?:il|l'))?|\bentro(?:\s+e\s+non\s+oltre)?(?:\s+(?:il|l'|lo))?|"
    r"\bfecha\s+(?:de\s+)?vencimiento|\bvencimiento|\bfecha\s+l[ií]mite(?:\s+de\s+pago)?|"
    r"\b(?:a\s+)?pagar\s+antes\s+del?|\bantes\s+del?|\bdue\s+date|"
    r"\bpayment\s+(?:is\s+)?due(?:\s+(?:by|on|date))?|\bdue\s+(?:by|on|before)|\bdue\s*:|"
    r"\bpay(?:able)?\s+by|\bto\s+be\s+paid\s+by|\bplease\s+pay\s+by",
    re.IGNORECASE,
)
_ISSUE_RE = re.compile(
    r"^\s*(?:data|fecha|date)\s*:|\bdata\s+(?:di\s+)?(?:emissione|fattura|documento)|"
    r"\bfecha\s+(?:de\s+)?(?:emisi[oó]n|factura|expedici[oó]n)|\binvoice\s+date|\bissue\s+date|"
    r"\bdate\s+of\s+issue|\bissued\s+on|\bdated\b",
    re.IGNORECASE | re.MULTILINE,
)
_ISSUE_AFTER_NUMBER_RE = re.compile(
    rf"\b(?:fattur[ae]|parcella|factura|invoice)\b\s*[:\-–]?\s*{NUMBER_PREFIX}{NUMBER}\s*[,\-]?\s+"
    r"(?:del|de\s+fecha|dated|of|emessa\s+il|emitida\s+el)\s+",
    re.IGNORECASE,
)
_TERMS_RE = re.compile(
    r"(?<![\d/.,])(?P<days>\d{1,3})\s*(?:giorni|gg\.?|days|d[ií]as)(?P<rest>[^\n]{0,40})|\bnet\s*(?P<net>\d{1,3})\b",
    re.IGNORECASE,
)
# "N days" only counts as payment terms on a line that talks about paying.
_TERMS_LINE_RE = re.compile(
    r"pagament|pagare|\bpago\b|pagar|payment|\bpay\b|payable|scadenza|vencimiento|\bterms\b|termini|"
    r"\bdue\b|\bnet\b|d\.?f\.?|data\s+fattura|fecha\s+(?:de\s+)?factura|invoice\s+date",
    re.IGNORECASE,
)
_END_OF_MONTH_RE = re.compile(
    r"fine\s+mese|\bf\.?\s?m\.?\b|d\.?f\.?f\.?m|end\s+of\s+(?:the\s+)?month|"
    r"fin(?:al)?\s+de(?:l)?\s+mes",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class BodyFacts:
    """What the body text states; None where it says nothing."""

    amount: Money | None = None
    total: Money | None = None
    due_date: date | None = None
    issue_date: date | None = None

    def any(self) -> bool:
        return any(v is not None for v in (self.amount, self.total, self.due_date, self.issue_date))


# "€ 750,00 + IVA" is a net amount, not what the client pays.
_PLUS_TAX_RE = re.compile(r"\s*(?:\+|più|piu|plus|más|mas)\s*(?:iva|vat|i\.v\.a\.?|tax)\b", re.IGNORECASE)


def _amount_after(segment: str, default_currency: str) -> Money | None:
    """The amount a label introduces: the first number if it follows the label directly (or a ':'),
    else the first one written with a currency sign; dates are masked so they are never money."""
    masked = mask_dates(segment)
    found = [a for a in find_amounts(masked) if not _PLUS_TAX_RE.match(masked[a.end :])]
    if not found:
        return None
    first = found[0]
    before = masked[: first.start].rstrip()
    if first.currency or not before or before.endswith((":", "=", "-", "–", "(")):
        return Money(first.value, first.currency or default_currency)
    signed = next((a for a in found if a.currency), None)
    return Money(signed.value, signed.currency or default_currency) if signed else None


_MAX_LINE = 1_000  # a line longer than this is a pasted blob, not something a person wrote about money


def _lines(text: str) -> list[str]:
    return [ln[:_MAX_LINE] for ln in text.splitlines() if not ln.lstrip().startswith(">")]


def read_body(text: str, ref: date | None = None) -> BodyFacts:
    """Amount, total, due date and issue date stated in an invoice email's body.

    The to-pay amount ("da pagare", "amount due", "a pagar") wins over a plain total for `amount`;
    `total` is only the stated grand total.  When only a total is written, the client is asked to pay
    it, so `amount` is that total.  `ref` (the sent date) completes dates written without a year.
    """
    default_currency = currency_in(text) or "EUR"
    to_pay: Money | None = None
    totals: list[Money] = []
    due: date | None = None
    issue: date | None = None
    for line in _lines(text):
        m = _TO_PAY_RE.search(line)
        line_to_pay = _amount_after(line[m.end() :], default_currency) if m else None
        if to_pay is None:
            to_pay = line_to_pay
        if line_to_pay is None:
            clean = _TAX_INCLUDED_RE.sub(lambda x: " " * len(x.group(0)), line)
            for t in _TOTAL_RE.finditer(clean):
                digit = re.search(r"\d", clean[t.end() :])
                context = clean[max(0, t.start() - 20) : t.end() + (digit.start() if digit else 0)]
                if _NOT_TOTAL_RE.search(context):
                    continue
                value = _amount_after(clean[t.end() :], default_currency)
                if value is not None:
                    totals.append(value)
                break
        if due is None:
            d = _DUE_RE.search(line)
            if d:
                due = first_date(line[d.end() :], ref)
        if issue is None:
            i = _ISSUE_RE.search(line) or _ISSUE_AFTER_NUMBER_RE.search(line)
            if i and not _DUE_RE.search(line[: i.end()]):
                issue = first_date(line[i.end() :], ref, explicit_only=True)
    total = _largest(totals)
    amount = to_pay or total
    if due is None:
        due = _terms_due(text, issue or ref)
    return BodyFacts(amount=amount, total=total, due_date=due, issue_date=issue)


def issue_date_in(text: str, ref: date | None) -> date | None:
    """An issue date written after the number, as in a subject "Fattura n. 12 del 02/11/2026"."""
    m = _ISSUE_AFTER_NUMBER_RE.search(text)
    return first_date(text[m.end() :], ref, explicit_only=True) if m else None


def _largest(values: list[Money]) -> Money | None:
    """The grand total is the largest of the totals a body lists (subtotals are smaller)."""
    best: Money | None = None
    for v in values:
        if best is None or v.currency == best.currency and best.amount < v.amount:
            best = v
    return best


def _terms_due(text: str, base: date | None) -> date | None:
    """ "Pagamento a 30 giorni" / "within 30 days" / "net 30": due = base + days (DFFM: month end)."""
    if base is None:
        return None
    m = next(
        (t for line in text.splitlines() if _TERMS_LINE_RE.search(line) for t in _TERMS_RE.finditer(line)),
        None,
    )
    if m is None:
        return None
    days = int(m.group("days") or m.group("net"))
    if not 0 < days <= 365:
        return None
    try:
        due = base + timedelta(days=days)
    except OverflowError:  # counted from a date at the calendar's end (year 9999)
        return None
    if m.group("rest") and _END_OF_MONTH_RE.search(m.group("rest")):
        due = date(due.year, due.month, calendar.monthrange(due.year, due.month)[1])
    return due


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)
