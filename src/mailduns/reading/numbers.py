"""Amounts and dates as Italian, Spanish and English people type them in emails.

Why hand-written rather than babel's parsers: an email line mixes a label, a date, an amount and a
currency in whatever order the sender's habit dictates ("Totale da pagare entro il 02/12/2026:
€ 1.220,00"), and the locale of the writer is unknown.  So this module *finds* amounts and dates
inside free text and decides each separator from the shape of the number itself.  Money is always
built from strings into Decimal, never through float.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from mailduns.core.money import Money
from mailduns.reading import fastre

# --------------------------------------------------------------------------------------------------
# Amounts
# --------------------------------------------------------------------------------------------------

_SYMBOLS: dict[str, str] = {"€": "EUR", "$": "USD", "us$": "USD", "£": "GBP"}
_WORDS: dict[str, str] = {
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "usd": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "dólares": "USD",
    "dollari": "USD",
    "gbp": "GBP",
    "sterline": "GBP",
    "libras": "GBP",
    "pounds": "GBP",
    "chf": "CHF",
    "mxn": "MXN",
    "cop": "COP",
    "ars": "ARS",
    "clp": "CLP",
}

# A thousands group is exactly three digits after one separator; the optional decimal part is one or
# two digits.  Spaces (plain, no-break, narrow no-break) and apostrophes are thousands separators too.
_NUM = r"(?:\d{1,3}(?:[.,'\u2019\u00a0\u202f ]\d{3})+|\d+)(?:[.,]\d{1,2})?"
# (a bank's movement line pads the code from the figure: "ACCREDITO BONIFICO     EUR       640,50")
_PRE = r"(?P<pre>US\$|€|\$|£|\b(?:EUR|USD|GBP|CHF|MXN|COP|ARS|CLP|euro)\b\.?)[ \u00a0\u202f]{0,12}"
_POST = (
    r"[ \u00a0\u202f]?(?P<post>€|\$|£|(?:EUR|USD|GBP|CHF|MXN|COP|ARS|CLP|euros?|dollars?|dólares|dollari|"
    r"sterline|libras|pounds)\b)"
)
_AMOUNT_RE = re.compile(
    rf"(?:{_PRE}|(?<![\w.,/\-]))(?P<num>{_NUM})(?P<k>[kK](?![\w]))?(?![\d])(?![.,/\-]\d)(?!\s?%)(?:{_POST})?",
    re.IGNORECASE,
)
_ANY_CURRENCY_RE = re.compile(r"€|US\$|\$|£|\b(?:EUR|USD|GBP|CHF|MXN|COP|ARS|CLP|euros?)\b", re.IGNORECASE)
# every sign or word `_PRE`/`_POST` know: without one, no amount of the text has a currency
_CURRENCY_HINT_RE = re.compile(
    r"€|\$|£|\b(?:eur|euros?|usd|gbp|chf|mxn|cop|ars|clp|dollars?|dólares|dollari|sterline|libras|pounds)\b",
    re.IGNORECASE,
)


# Sums written in words before their currency ("milleduecento euro", "mil doscientos diez euros", "one thousand
# eight hundred and fifty pounds"): each word (or part of an Italian compound) is a unit, a ten, a hundred or
# a thousand.
_WORD_VALUES: dict[str, int] = {
    # it (parts of compounds too: "mille|due|cento", "vent|otto")
    "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
    "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
    "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20,
    "vent": 20, "trenta": 30, "trent": 30, "quaranta": 40, "quarant": 40, "cinquanta": 50, "cinquant": 50,
    "sessanta": 60, "sessant": 60, "settanta": 70, "settant": 70, "ottanta": 80, "ottant": 80,
    "novanta": 90, "novant": 90, "cento": 100, "mille": 1000, "mila": 1000,
    # es
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiun": 21, "veintiuno": 21, "veintidos": 22,
    "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
    "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400,
    "quinientos": 500, "quinientas": 500, "seiscientos": 600, "seiscientas": 600, "setecientos": 700,
    "setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900, "novecientas": 900,
    "mil": 1000,
    # en
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}  # fmt: skip
_JOINERS = frozenset({"and", "y", "e"})
_LONE_WORDS = frozenset({"un", "uno", "una", "one"})  # "non c'è un euro"
_CURRENCY_WORD_RE = re.compile(r"euro|pound|sterlin|libra|dollar|d[oó]lar", re.IGNORECASE)
_SPELLED_SUM_RE = re.compile(
    r"\b((?:[a-z]+[\s\-]+){0,7}?[a-z]+)[\s\-]+(euros?|pounds?|sterline|libras|dollars?|dollari|d[oó]lares)\b",
    re.IGNORECASE,
)


def _parts(word: str) -> list[int] | None:
    """The number words an Italian compound is made of ("trecento": tre, cento; not "trece" and "nto")."""
    if not word:
        return []
    for size in range(min(len(word), 13), 0, -1):
        head = word[:size]
        if head in _WORD_VALUES:
            rest = _parts(word[size:])
            if rest is not None:
                return [_WORD_VALUES[head], *rest]
    return None


def _spelled(words: list[str]) -> int | None:
    """The value of number words ("mille", "duecento"... or "milleduecento"), None if one is not a number."""
    parts: list[int] = []
    for word in words:
        if word in _JOINERS:
            continue
        found = _parts(word)
        if found is None:
            return None
        parts += found
    total, current = 0, 0
    for n in parts:
        if n == 1000:
            total += (current or 1) * 1000
            current = 0
        elif n == 100:
            current = (current or 1) * 100
        else:
            current += n
    value = total + current
    return value if parts else None


def spelled_sums(text: str) -> str:
    """`text` with each sum written in words before its currency written in figures ("milleduecento euro" ->
    "1200 euro"), the same text otherwise."""
    if not _CURRENCY_WORD_RE.search(text) or not _SPELLED_SUM_RE.search(text):
        return text

    def figures(m: re.Match[str]) -> str:
        words = re.split(r"[\s\-]+", m.group(1).lower())
        # the longest run of number words that ends at the currency ("ho fatto il bonifico di milleduecento")
        before = m.string[max(0, m.start() - 3) : m.start()]
        for start in range(len(words)):
            run = words[start:]
            if run[0] in _JOINERS:
                continue
            if len(run) == 1 and (run[0] in _LONE_WORDS or (start == 0 and re.search(r"\d\s*$", before))):
                return m.group(0)  # "non c'è un euro", "38 mila euro": no sum to restate
            value = _spelled([fold_accents(w) for w in run])
            if value:
                head = " ".join(m.group(1).split()[: len(m.group(1).split()) - len(run)]) if start else ""
                return f"{head} {value} {m.group(2)}".lstrip() if head else f"{value} {m.group(2)}"
        return m.group(0)

    return _SPELLED_SUM_RE.sub(figures, text)


def fold_accents(word: str) -> str:
    return word.translate(_ACCENTS)


_ACCENTS = str.maketrans("áéíóúàèìòù", "aeiouaeiou")


def has_currency(text: str) -> bool:
    """Whether `text` writes any currency sign or code (a cheap test before looking for amounts)."""
    return _CURRENCY_HINT_RE.search(text) is not None


@dataclass(frozen=True)
class AmountMatch:
    """One amount found in a text; `currency` is None when the text gave no sign next to it."""

    start: int
    end: int
    value: Decimal
    currency: str | None


def _currency_code(token: str | None) -> str | None:
    if not token:
        return None
    t = token.strip().rstrip(".").lower()
    return _SYMBOLS.get(t) or _WORDS.get(t)


def to_decimal(number: str) -> Decimal | None:
    """Decide which separator is the decimal one from the shape of the number.

    Both present: the last one is the decimal separator.  Only one kind: it is a thousands separator
    when it is repeated or followed by exactly three digits ("1.220", "1,220"), else decimal ("12,5").
    """
    s = re.sub(r"[ \u00a0\u202f'\u2019]", "", number.strip())
    if not s:
        return None
    dot, comma = s.rfind("."), s.rfind(",")
    if dot >= 0 and comma >= 0:
        dec = "." if dot > comma else ","
        thousands = "," if dec == "." else "."
        s = s.replace(thousands, "").replace(dec, ".")
    elif dot >= 0 or comma >= 0:
        sep = "." if dot >= 0 else ","
        tail = len(s) - s.rfind(sep) - 1
        head = s[: s.find(sep)]
        if s.count(sep) == 1 and (tail != 3 or head == "0"):
            s = s.replace(sep, ".")
        else:
            s = s.replace(sep, "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


# A bare "$" is the peso where the text says which: Mexican ("$15,253.33 M.N." moneda nacional, "por SPEI", a
# CFDI), Colombian (Bancolombia, Nequi, PSE), Chilean, Argentinian (a CBU or CVU)
_PESOS = (
    ("MXN", re.compile(r"(?<!\w)M\.\s?N\.|\b(?:MXN|SPEI|CFDI|Banxico|pesos?\s+mexicanos)\b", re.IGNORECASE)),
    (
        "COP",
        re.compile(r"\b(?:Bancolombia|Davivienda|Daviplata|Nequi|pesos?\s+colombianos)\b", re.IGNORECASE),
    ),
    ("CLP", re.compile(r"\b(?:BancoEstado|pesos?\s+chilenos)\b", re.IGNORECASE)),
    ("ARS", re.compile(r"\b(?:CBU|CVU)\b|\bpesos?\s+argentinos\b")),
)


def _peso(sign: str | None, text: str) -> str | None:
    """The peso a bare "$" stands for in `text`, or None (a dollar)."""
    if sign is None or sign.strip() != "$":
        return None
    return next((code for code, said in _PESOS if said.search(text)), None)


def find_amounts(text: str) -> list[AmountMatch]:
    """Every number in `text` that could be an amount, with the currency written next to it."""
    out: list[AmountMatch] = []
    for m in _AMOUNT_RE.finditer(text):
        value = to_decimal(m.group("num"))
        if value is None:
            continue
        if m.group("k"):
            # "1.2k will be with you by Friday", "£2k now, the rest in March": thousands, written short
            if not re.fullmatch(r"\d{1,3}(?:[.,]\d{1,2})?", m.group("num")):
                continue
            short = to_decimal(m.group("num").replace(",", "."))
            if short is None:
                continue
            value = short * 1000
        pre, post = _currency_code(m.group("pre")), _currency_code(m.group("post"))
        # "$9,280.00 MXN", "$500 USD": the code after a bare "$" says which dollar or peso
        currency = post if post and pre == "USD" and m.group("pre").strip() == "$" else pre or post
        if currency == "USD" and not post:
            currency = _peso(m.group("pre") or m.group("post"), text) or currency
        out.append(AmountMatch(m.start(), m.end(), value, currency))
    return out


def currency_in(text: str) -> str | None:
    """The first currency sign or code anywhere in `text` (used when an amount stands alone)."""
    m = _ANY_CURRENCY_RE.search(text)
    if m is None:
        return None
    return _peso(m.group(0), text) or _currency_code(m.group(0))


def parse_amount(text: str, default_currency: str = "EUR") -> Money | None:
    """The best amount in a short text: the first one written with a currency, else the first one.

    Dates are masked first so "entro il 02/12/2026: 1.220,00" does not read 2 or 12 as money.
    """
    masked = mask_dates(text)
    found = find_amounts(masked)
    if not found:
        return None
    best = next((a for a in found if a.currency), found[0])
    currency = best.currency or currency_in(masked) or default_currency
    return Money(best.value, currency)


# --------------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "gennaio enero january gen ene jan janvier januar jänner",
        "febbraio febrero february feb février fevrier februar",
        "marzo march mar mars märz maerz",
        "aprile abril april apr abr avril",
        "maggio mayo may mag mai",
        "giugno junio june giu jun juin juni",
        "luglio julio july lug jul juillet juli",
        "agosto august ago aug août aout",
        "settembre septiembre setiembre september set sep sept septembre",
        "ottobre octubre october ott oct octobre oktober okt",
        "novembre noviembre november nov",
        "dicembre diciembre december dic dec décembre decembre dezember dez",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _num
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))

_WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "lunedì lunedi lunes monday",
        "martedì martedi martes tuesday",
        "mercoledì mercoledi miércoles miercoles wednesday",
        "giovedì giovedi jueves thursday",
        "venerdì venerdi viernes friday",
        "sabato sábado sabado saturday",
        "domenica domingo sunday",
    ]
):
    for _name in _names.split():
        _WEEKDAYS[_name] = _num
_WEEKDAY_ALT = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))

_ISO_RE = re.compile(r"(?<![\w/.\-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\w/\-]|\.\d)")
_DMY_RE = re.compile(r"(?<![\w/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/\-]|\.\d)")
_DM_RE = re.compile(r"(?<![\w/.\-,])(\d{1,2})/(\d{1,2})(?![\w/\-]|[.,]\d)")
_DAY_MONTH_RE = re.compile(
    rf"(?<![\w.,/])(\d{{1,2}})(?:º|°|ª|st|nd|rd|th|er|\.)?[ \u00a0\-]*(?:de[ \u00a0]+|of[ \u00a0]+)?"
    rf"({_MONTH_ALT})\b\.?(?:(?:[ \u00a0,\-]+|[ \u00a0]+del?[ \u00a0]+)(\d{{4}}))?(?![\d])",
    re.IGNORECASE,
)
_MONTH_DAY_RE = re.compile(
    rf"\b({_MONTH_ALT})\b\.?[ \u00a0]+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?[ \u00a0]+(\d{{4}}))?(?![\d/.,]\d|\d)",
    re.IGNORECASE,
)
# Relative dates in promises and out-of-office notes.  Each resolves against the message date; the
# vague ones get a fixed, documented reading that errs on the late side, because a promise read too
# early means a reminder to someone who is about to pay:
#   "next week" / "la prossima settimana" / "la semana que viene"       → Friday of next week
#   "this week" / "entro fine settimana" / "esta semana"                → Friday of this week
#   "venerdì prossimo" / "next Friday" / "el viernes que viene"         → that weekday of next week
#   "fine mese" / "end of the month" / "a final de mes"                 → last day of this month
#   "next month" / "il mese prossimo" / "fine del mese prossimo"        → last day of next month
#   "ai primi del mese" / "a primeros de mes" / "early next month"      → the 5th of next month
#   "by the 15th" / "entro il 15" / "el día 15"                         → the next 15th (today counts)
#   "tra 10 giorni" / "within 10 days" / "en 10 días" / "in 2 weeks"    → date + that many days
_SP = r"[ \u00a0]+"
_NEXT_WD = (
    rf"(?:(?:next|il{_SP}prossimo|la{_SP}prossima|prossim[oa]|el{_SP}pr[oó]ximo|pr[oó]ximo){_SP}"
    rf"(?P<nwd1>{_WEEKDAY_ALT})\b|\b(?P<nwd2>{_WEEKDAY_ALT}){_SP}(?:prossim[oa]|que{_SP}viene|pr[oó]ximo)\b)"
)
_NEXT_WEEK = (
    rf"next{_SP}week|(?:la{_SP})?(?:prossima{_SP}settimana|settimana{_SP}prossima)|"
    rf"(?:la{_SP})?(?:semana{_SP}que{_SP}viene|pr[oó]xima{_SP}semana|semana{_SP}pr[oó]xima)|"
    rf"(?:the{_SP})?(?:coming|following){_SP}week"
)
_THIS_WEEK = (
    rf"this{_SP}week|(?:the{_SP})?end{_SP}of{_SP}(?:the|this){_SP}week|questa{_SP}settimana|"
    rf"fine{_SP}settimana|esta{_SP}semana|(?:a{_SP})?final(?:es)?{_SP}de{_SP}(?:la{_SP}|esta{_SP})?semana"
)
_NEXT_MONTH = (
    rf"(?:(?:the{_SP})?end{_SP}of{_SP}next{_SP}month|fine{_SP}(?:del{_SP})?(?:mese{_SP}prossimo|"
    rf"prossimo{_SP}mese)|final(?:es)?{_SP}del{_SP}(?:mes{_SP}que{_SP}viene|pr[oó]ximo{_SP}mes)|"
    rf"next{_SP}month|(?:il{_SP})?(?:mese{_SP}prossimo|prossimo{_SP}mese)|"
    rf"(?:el{_SP})?(?:mes{_SP}que{_SP}viene|pr[oó]ximo{_SP}mes|mes{_SP}pr[oó]ximo))"
)
_EARLY_MONTH = (
    rf"(?:ai{_SP}|a{_SP})?primi{_SP}(?:giorni{_SP})?del{_SP}(?:prossimo{_SP})?mese(?:{_SP}prossimo)?|"
    rf"(?:all')?inizio{_SP}(?:del{_SP})?(?:prossimo{_SP})?mese(?:{_SP}prossimo)?|"
    rf"(?:a{_SP})?(?:primeros|principios|comienzos){_SP}(?:de(?:l)?{_SP})?(?:pr[oó]ximo{_SP})?mes"
    rf"(?:{_SP}que{_SP}viene|{_SP}pr[oó]ximo)?|"
    rf"(?:early|(?:the{_SP})?(?:beginning|start){_SP}of){_SP}next{_SP}month"
)
_IN_DAYS = (
    rf"(?:tra|fra|entro|in|within|en|dentro{_SP}de){_SP}(?P<n>\d{{1,3}}){_SP}"
    rf"(?P<unit>giorni|gg|days|d[ií]as|settimane|weeks|semanas)\b"
)
_DAY_OF_MONTH = (
    rf"\b(?:the|il|l'|el(?:{_SP}d[ií]a)?|d[ií]a|del|al){_SP}?(?<![\d])(?P<dom>\d{{1,2}})"
    rf"(?:st|nd|rd|th|º|°)?\b(?![/.\-]\d|,\d{{3}}|[ \u00a0]*(?:%|€|\$|£|eur|euro|gg|giorni|days|d[ií]as|ore|"
    rf"hours|horas|settiman|weeks|seman|mes|month|(?:de{_SP}|of{_SP}|del{_SP})?(?:{_MONTH_ALT})\b))"
)
_RELATIVE_RE = re.compile(
    rf"\b(?P<nwd>{_NEXT_WD})|\b(?P<wd>{_WEEKDAY_ALT})\b"
    rf"|\b(?P<dayafter>dopodomani|pasado{_SP}mañana|(?:the{_SP})?day{_SP}after{_SP}tomorrow)\b"
    rf"|\b(?P<tomorrow>domani|tomorrow)\b|(?<!esta )(?<!la )(?<!pasado )\b(?P<manana>mañana)\b"
    r"|\b(?P<today>oggi|today|hoy)\b"
    rf"|\b(?P<nextmonth>{_NEXT_MONTH})\b|\b(?P<early>{_EARLY_MONTH})\b"
    r"|\b(?P<eom>fine (?:del )?mese|end of (?:the )?month|fin(?:al)? de(?:l)? mes)\b"
    rf"|\b(?P<nextweek>{_NEXT_WEEK})\b|\b(?P<thisweek>{_THIS_WEEK})\b"
    rf"|\b(?P<indays>{_IN_DAYS})|(?P<domctx>{_DAY_OF_MONTH})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    """One date found in a text; `explicit` is False for words like "venerdì" or "tomorrow"."""

    start: int
    end: int
    value: date
    explicit: bool = True


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(y: str) -> int:
    n = int(y)
    return 2000 + n if len(y) == 2 else n


def _next_occurrence(month: int, day: int, ref: date | None) -> date | None:
    """A date written without year is the next one on or after the message date (None without one)."""
    if ref is None:
        return None
    for year in (ref.year, ref.year + 1, ref.year + 2, ref.year + 3, ref.year + 4):
        d = _make(year, month, day)
        if d is not None and d >= ref:
            return d
    return None


def _numeric_dmy(a: int, b: int, year: int) -> date | None:
    """Day first (Italy, Spain, UK and most English writers), unless only month-first is possible."""
    return _make(year, b, a) or _make(year, a, b)


def find_dates(text: str, ref: date | None = None) -> list[DateMatch]:
    return list(_find_dates(text, ref)) if len(text) > 2_000 else list(_find_dates_cached(text, ref))


@lru_cache(maxsize=64)  # the same sentence is searched by several rules of one message
def _find_dates_cached(text: str, ref: date | None) -> tuple[DateMatch, ...]:
    return _find_dates(text, ref)


def _find_dates(text: str, ref: date | None = None) -> tuple[DateMatch, ...]:
    """Every date in `text`, in reading order, overlapping candidates resolved to the longest.

    `ref` (the message date) completes dates without a year and resolves weekday words; without it
    those give nothing rather than a guess.
    """
    cands: list[DateMatch] = []
    for m in _ISO_RE.finditer(text):
        d = _make(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if d:
            cands.append(DateMatch(m.start(), m.end(), d))
    for m in _DMY_RE.finditer(text):
        d = _numeric_dmy(int(m.group(1)), int(m.group(3)), _full_year(m.group(4)))
        if d:
            cands.append(DateMatch(m.start(), m.end(), d))
    for m in _DAY_MONTH_RE.finditer(text):
        month = _MONTHS[m.group(2).lower()]
        day = int(m.group(1))
        d = _make(int(m.group(3)), month, day) if m.group(3) else _next_occurrence(month, day, ref)
        if d:
            cands.append(DateMatch(m.start(), m.end(), d))
    for m in _MONTH_DAY_RE.finditer(text):
        month = _MONTHS[m.group(1).lower()]
        day = int(m.group(2))
        d = _make(int(m.group(3)), month, day) if m.group(3) else _next_occurrence(month, day, ref)
        if d:
            cands.append(DateMatch(m.start(), m.end(), d))
    if ref is not None:
        for m in _DM_RE.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            d = _next_occurrence(b, a, ref) if 1 <= b <= 12 else _next_occurrence(a, b, ref)
            if d:
                cands.append(DateMatch(m.start(), m.end(), d))
        for m in _RELATIVE_RE.finditer(text):
            d = _relative(m, ref)
            if d:
                # "il 15": the date starts at the day, so "il 15 dicembre" (longer) wins the overlap
                start = m.start("dom") if m.group("domctx") else m.start()
                cands.append(DateMatch(start, m.end(), d, explicit=False))
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[DateMatch] = []
    for c in cands:
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return tuple(out)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_month(ref: date) -> tuple[int, int]:
    return (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)


def _friday_of_week(d: date) -> date:
    return d + timedelta(days=4 - d.weekday())


def _relative(m: re.Match[str], ref: date) -> date | None:
    """The date a relative expression names, read on `ref` (see the table above `_RELATIVE_RE`);
    None past the calendar's end (a message dated in year 9999)."""
    try:
        return _relative_unchecked(m, ref)
    except (OverflowError, ValueError):
        return None


def _relative_unchecked(m: re.Match[str], ref: date) -> date | None:
    if m.group("nwd"):
        target = _WEEKDAYS[(m.group("nwd1") or m.group("nwd2")).lower()]
        next_monday = ref + timedelta(days=7 - ref.weekday())
        return next_monday + timedelta(days=target)
    if m.group("wd"):
        target = _WEEKDAYS[m.group("wd").lower()]
        ahead = (target - ref.weekday()) % 7 or 7
        return ref + timedelta(days=ahead)
    if m.group("dayafter"):
        return ref + timedelta(days=2)
    if m.group("tomorrow") or m.group("manana"):
        return ref + timedelta(days=1)
    if m.group("today"):
        return ref
    if m.group("nextmonth"):
        return _month_end(*_next_month(ref))
    if m.group("early"):
        year, month = _next_month(ref)
        return date(year, month, 5)
    if m.group("eom"):
        return _month_end(ref.year, ref.month)
    if m.group("nextweek"):
        return _friday_of_week(ref + timedelta(days=7))
    if m.group("thisweek"):
        friday = _friday_of_week(ref)
        return friday if friday >= ref else _friday_of_week(ref + timedelta(days=7))
    if m.group("indays"):
        n = int(m.group("n"))
        weeks = m.group("unit").lower().startswith(("sett", "week", "sem"))
        return ref + timedelta(days=n * 7 if weeks else n) if 0 < n <= 366 else None
    if m.group("domctx"):
        day = int(m.group("dom"))
        if not 1 <= day <= 31:
            return None
        year, month = ref.year, ref.month
        if day < ref.day or day > calendar.monthrange(year, month)[1]:
            year, month = _next_month(ref)
        return date(year, month, min(day, calendar.monthrange(year, month)[1]))
    return None


def first_date(text: str, ref: date | None = None, *, explicit_only: bool = False) -> date | None:
    """The first explicit date in `text`; a relative one ("venerdì") only when there is no explicit
    one and `explicit_only` is False."""
    found = find_dates(text, ref)
    explicit = [d for d in found if d.explicit]
    if explicit:
        return explicit[0].value
    if explicit_only:
        return None
    return found[0].value if found else None


def parse_date(text: str, ref: date | None = None) -> date | None:
    """Public alias of `first_date` for callers that hold one date string."""
    return first_date(text, ref)


def mask_dates(text: str) -> str:
    """`text` with every explicit date blanked out, same length, so amounts are not read in dates."""
    chars = list(text)
    for d in find_dates(text, date(2000, 1, 1)):
        if d.explicit:
            for i in range(d.start, d.end):
                chars[i] = " "
    return "".join(chars)


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)
