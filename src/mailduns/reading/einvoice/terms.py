"""Payment terms in words ("30 gg d.f.", "a 30 días", "Net 30", "a vista") turned into a due date.

Why: many invoices state no due date at all, only the terms the freelancer agreed with the client:
Italian "60 giorni data fattura fine mese" or "entro il 10 del mese successivo", Spanish "a 30 días",
English "Net 30" or "due on receipt", and the German and French wording of Factur-X examples.
The reminder ladder needs a date, so the terms are computed from the issue date the way Italian,
Spanish and English accounting software does:

- "N days" (gg, giorni, días, days, Tage, jours; "d.f." = from the invoice date): issue + N days;
- "... fine mese" (f.m., d.f.f.m., fin de mes, end of month, EOM): then the last day of that month,
  and "fine mese + 10" adds ten days after it;
- "30/60/90 gg": installments; the first one (30 days) is the one to follow;
- "vista fattura", "a vista", "a la vista", "rimessa diretta", "due on receipt": the issue date;
- "entro il 10 del mese successivo", "el día 10 del mes siguiente", "10th of the following month":
  that day of the month after the issue;
- an explicit date inside the terms ("netto bis 15.12.2024", "entro il 30/01/2027") wins.

Clauses about an early-payment discount ("3% Skonto innerhalb 10 Tagen", "2% discount") are skipped:
the discount date is an option for the client, not the date the money is due.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from mailduns.reading.numbers import find_dates

__all__ = ["due_from_terms", "end_of_month", "is_discount_clause"]

# Terms longer than this are a description or a contract, not payment terms.
_MAX_TERMS_CHARS = 2000

_CLAUSE_SPLIT_RE = re.compile(r"[;\n\r]+|,(?!\d)|\.\s+(?=[A-ZÀ-Ý])")
_DISCOUNT_RE = re.compile(
    r"%|\bscont[oi]\b|\bskonto|\bdiscount|\bdescuento|\bescompte|\bpronto\s+pago|\brabatt", re.IGNORECASE
)
_IMMEDIATE_RE = re.compile(
    r"\bvista\s+fattura\b|\ba\s+vista\b|\ba\s+la\s+vista\b|\brimessa\s+diretta\b|\br\.\s?d\.(?!\w)|"
    r"\b(?:due|payable|payment)\s+(?:up)?on\s+receipt\b|\bupon\s+receipt\b|\bdue\s+immediately\b|"
    r"\bpayable\s+immediately\b|\bpagamento\s+immediato\b|\bpago\s+(?:inmediato|al\s+contado)\b|"
    r"\bal\s+ricevimento\s+(?:della\s+)?fattura\b|\bà\s+réception\b|\bsofort\b",
    re.IGNORECASE,
)
_NEXT_MONTH_DAY_RE = re.compile(
    r"(?:\b(?:il|giorno|el|d[ií]a)\s+)?(?<![\d.,/])(?P<day>\d{1,2})(?:st|nd|rd|th|º|°)?\s+"
    r"(?:(?:del|of\s+the|de(?:l)?)\s+)?"
    r"(?:mese\s+successivo|mes\s+siguiente|(?:following|next)\s+month|month\s+following|mois\s+suivant)",
    re.IGNORECASE,
)
_DAYS_RE = re.compile(
    r"(?<![\d.,/])(?P<n>\d{1,3})(?:\s*[/\-]\s*\d{1,3})*\s*"
    r"(?P<unit>gg\b\.?|giorni\b|d[ií]as\b|days?\b|tagen?\b|jours?\b|mesi\b|mese\b|meses?\b|months?\b)",
    re.IGNORECASE,
)
_NET_RE = re.compile(r"\bnet(?:to)?\s*(?P<n>\d{1,3})\b(?!\s*[.,]\d)", re.IGNORECASE)
_END_OF_MONTH_RE = re.compile(
    r"fine\s+mese|\bf\.?\s?m\.?(?!\w)|d\.?\s?f\.?\s?f\.?\s?m\.?|\bdffm\b|end\s+of\s+(?:the\s+)?month|\beom\b|"
    r"fin(?:al)?\s+de(?:l)?\s+mes|fin\s+de\s+mois|monatsende",
    re.IGNORECASE,
)
_EXTRA_DAYS_RE = re.compile(r"^\s*\+\s*(?P<n>\d{1,2})\b")


def end_of_month(d: date) -> date:
    """The last day of d's month."""
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def _add_months(d: date, months: int) -> date:
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_SPLIT_RE.split(text[:_MAX_TERMS_CHARS]) if c.strip()]


def _relative(clause: str, issue: date) -> date | None:
    """A due date a clause states relative to the issue date, or None (also past the calendar's end:
    terms counted from an issue date in year 9999)."""
    try:
        return _relative_unchecked(clause, issue)
    except (OverflowError, ValueError):  # date + timedelta past 9999; date(10000, ...) in _add_months
        return None


def _relative_unchecked(clause: str, issue: date) -> date | None:
    if _IMMEDIATE_RE.search(clause):
        return issue
    m = _NEXT_MONTH_DAY_RE.search(clause)
    if m:
        day = int(m.group("day"))
        if 1 <= day <= 31:
            nxt = _add_months(date(issue.year, issue.month, 1), 1)
            return nxt.replace(day=min(day, calendar.monthrange(nxt.year, nxt.month)[1]))
    eom = _END_OF_MONTH_RE.search(clause)
    m = _DAYS_RE.search(clause) or _NET_RE.search(clause)
    if m and eom and m.start() > eom.start():
        m = None  # "d.f.f.m. + 10 gg": the days come after the month end, not before it
    if m:
        n = int(m.group("n"))
        unit = (m.groupdict().get("unit") or "days").lower()
        if unit.startswith(("mes", "month")):
            if not 0 < n <= 24:
                return None
            due = _add_months(issue, n)
        else:
            if not 0 < n <= 366:
                return None
            due = issue + timedelta(days=n)
    elif eom:
        due = issue  # "pagamento fine mese": the end of the invoice's month
    else:
        return None
    if eom:
        due = end_of_month(due)
        extra = _EXTRA_DAYS_RE.match(clause[eom.end() :])
        if extra:
            due += timedelta(days=int(extra.group("n")))
    return due


def is_discount_clause(text: str | None) -> bool:
    """True when terms text talks about an early-payment discount ("2% Skonto bis", "3% sconto")."""
    return bool(text) and _DISCOUNT_RE.search(text or "") is not None


def due_from_terms(text: str | None, issue: date | None, *, explicit_dates: bool = True) -> date | None:
    """The due date payment terms state, or None when they state none this module understands.

    `issue` is the invoice date the terms count from (without it only an explicit date can be read).
    With `explicit_dates` False, dates written out in the terms are ignored: use that for free body
    text, where a date near the word "payment" may be anything (the body rules read those).
    The first non-discount clause that gives a date wins.
    """
    if not text:
        return None
    for clause in _clauses(text):
        if _DISCOUNT_RE.search(clause):
            continue
        if explicit_dates:
            dates = [d.value for d in find_dates(clause, issue) if d.explicit]
            dates = [d for d in dates if issue is None or d >= issue]
            if dates:
                return dates[-1]
        if issue is not None:
            due = _relative(clause, issue)
            if due is not None:
                return due
    return None
