"""Dates as people write them in it/es/en, read against the message's own Date (its local day).

Why a small grammar rather than a general date parser: the dates that matter here are few kinds of
phrase ("giovedì prossimo", "el viernes", "by the 28th", "entro fine mese", "el quince", "1/5" from an
American sender), their meaning follows fixed conventions, and a wrong guess silences reminders.  So
the rule is: what is stated is resolved exactly, what is vague ("la prossima settimana", "a primeros de
mes", "after the holidays", "dopo il 10") is None.  Never a guess.

Conventions (those of the labelled replies in tests/data/replies):

* a weekday, bare or with "prossimo"/"next"/"que viene"/"this", is the first such day strictly after
  the message's day; "<weekday> della settimana prossima" / "<weekday> of next week" the one after that;
* "il 15", "entro il quindici", "the 28th", "el día 15", "antes del 15", "can't before the 15th": day N
  of the message's month if still ahead (or today), else of the next month;
* "fine mese", "end of the month", "a final de mes": the month's last day; "fine gennaio" that month's;
* "domani"/"mañana"/"tomorrow" +1 day, "dopodomani"/"pasado mañana" +2, "oggi"/"hoy"/"today" the day;
* numeric d/m without year is day first, except for a sender in an American time zone (m/d); "4.1." and
  "am 15.01." (d.m., Central and Northern Europe) are day first for everyone;
* "il 15 del mese prossimo", "the 15th of next month", "el 15 del mes que viene": day N of next month;
* "entro e non oltre il 15", "a más tardar el 15", "no later than the 15th": day N (a deadline is the day);
* two days offered as alternatives ("el jueves o el viernes como mucho", "Thursday or Friday") are one
  date, the later: a reminder before the last day offered would come too early;
* "2nd week of January", "the 15th of every month" (a habit) state no day; the year's end ("entro fine anno",
  "by year end") is the 31st of December.

Why this file is long: the conventions above are one grammar over one folded text; split apart, the phrases and the
rules that resolve and rank them (which day wins where two overlap) would drift.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from mailduns.reading import fastre
from mailduns.reading.numbers import find_dates

_WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        # (with the typos people write: "wensday", "thrusday", "el juebes")
        ("lunedi", "lunes", "monday", "mon", "munday"),
        ("martedi", "martes", "tuesday", "tue", "tues", "tuseday", "teusday"),
        ("mercoledi", "miercoles", "wednesday", "wed", "wensday", "wednsday", "wedensday", "wendsday"),
        ("giovedi", "jueves", "thursday", "thu", "thurs", "juebes", "thrusday", "thurday", "thursay"),
        ("venerdi", "viernes", "friday", "fri", "firday", "fryday"),
        ("sabato", "sabado", "saturday", "sat"),
        ("domenica", "domingo", "sunday", "sun"),
    )
):
    for _n in _names:
        _WEEKDAYS[_n] = _i

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("gennaio", "enero", "january", "jan", "gen", "ene"),
        ("febbraio", "febrero", "february", "feb"),
        ("marzo", "march", "mar"),
        ("aprile", "abril", "april", "apr"),
        ("maggio", "mayo", "may", "mag"),
        ("giugno", "junio", "june", "jun", "giu"),
        ("luglio", "julio", "july", "jul", "lug"),
        ("agosto", "august", "aug", "ago"),
        ("settembre", "septiembre", "setiembre", "september", "sep", "sept", "set"),
        ("ottobre", "octubre", "october", "oct", "ott"),
        ("novembre", "noviembre", "november", "nov"),
        ("dicembre", "diciembre", "december", "dec", "dic"),
    ),
    start=1,
):
    for _n in _names:
        _MONTHS[_n] = _i

_UNITS = {
    # it
    "uno": 1,
    "primo": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
    "venti": 20,
    "ventuno": 21,
    "ventidue": 22,
    "ventitre": 23,
    "ventiquattro": 24,
    "venticinque": 25,
    "ventisei": 26,
    "ventisette": 27,
    "ventotto": 28,
    "ventinove": 29,
    "trenta": 30,
    "trentuno": 31,
    # es
    "primero": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veintiuno": 21,
    "veintidos": 22,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
    "treinta": 30,
    # en (ordinals)
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-second": 22,
    "twenty-third": 23,
    "twenty-fourth": 24,
    "twenty-fifth": 25,
    "twenty-sixth": 26,
    "twenty-seventh": 27,
    "twenty-eighth": 28,
    "twenty-ninth": 29,
    "thirtieth": 30,
    "thirty-first": 31,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ten": 10,
}


_APOSTROPHE_ACCENT_RE = re.compile(r"(?<=[aeiouAEIOU])['’`](?=\s|$|[.,;:!?)])")


def fold(text: str) -> str:
    """Lower case without accents; "e'" and "martedi'" (accents typed as apostrophes) lose them too."""
    if len(text) <= 64:
        return _fold_short(text)
    return _fold_long(text)


@lru_cache(maxsize=65536)
def _fold_short(text: str) -> str:  # words and clauses recur: the same few thousand, folded once
    return _fold(text)


@lru_cache(maxsize=64)
def _fold_long(text: str) -> str:  # one message's sentences are folded by several readers
    return _fold(text)


def _fold(text: str) -> str:
    text = _APOSTROPHE_ACCENT_RE.sub("", text)
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    marks = "".join(sorted(c for c in set(decomposed) if c > "\x7f" and unicodedata.combining(c)))
    if marks:  # (one regex pass removes them: the same text as keeping the others one by one, faster)
        decomposed = _marks_re(marks).sub("", decomposed)
    return decomposed.replace("’", "'")


@lru_cache(maxsize=256)
def _marks_re(marks: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(marks) + "]")


@dataclass(frozen=True)
class Found:
    start: int  # in the folded text (same length as the source for Latin text)
    end: int
    value: date
    explicit: bool  # a calendar date ("15 marzo", "10/12/2026") rather than a word ("venerdì")
    offered: bool = False  # the later of two days offered or the end of a span ("giovedì o venerdì", "entre el 10 y el 15")


_WD = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_MN = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMW = "|".join(sorted(_UNITS, key=len, reverse=True))
_DAYNUM = (
    rf"(?:(?P<dn>[0-3]?\d)(?!\d)(?:st|nd|rd|th|(?:°|º|ª)(?!\s*(?:sal|rata|acconto|lotto|stato|trimestre|semestre|"
    rf"livello|piano|anno|cuota|plazo|pago|pagamento|sollecito|recordatorio|reminder)\b)|\.(?!\d))?(?![a-z°ºª])|"
    rf"(?P<dw>{_NUMW})(?![a-z]))"
)

_VAGUE_BEFORE_RE = re.compile(
    r"(?:\bdopo(?:\s+il|\s+l'|\s+la)?|\bafter(?:\s+the)?|\bdespues\s+del?|\bda(?:l|ll')?|\bfrom(?:\s+the)?|"
    r"\bdesde\s+el|\bstarting(?:\s+the)?|\ba\s+partire\s+dal?)\s*$"
)
_EVERY_BEFORE_RE = re.compile(
    r"\b(?:every|each|ogni|cada|todos\s+los|tutti\s+i|(?:first|second|third|fourth|last|primo|secondo|terzo|ultimo|"
    r"primer|segundo|tercer|ultimo)(?:\s+and\s+(?:first|second|third|fourth|last))?)\s+(?:other\s+)?$|\blos\s+$"
)
_EVERY_AFTER_RE = re.compile(
    r"s?\s+(?:of\s+(?:the|each|every)\s+month|del\s+mes|del\s+mese|di\s+ogni\s+mese|de\s+cada\s+mes)\b"
)
_PAST_BEFORE_RE = re.compile(r"\b(?:pasado|scors[oa]|passat[oa]|last|past)\s+$")
_PAST_AFTER_RE = re.compile(r"\s+(?:pasado|scors[oa]|passat[oa])\b")
_NEXT_WEEK_WD_RE = re.compile(
    rf"\b(?P<wd>{_WD})\b\s*(?:della\s+settimana\s+prossima|della\s+prossima\s+settimana|de\s+la\s+semana\s+que\s+viene|"
    rf"de\s+la\s+proxima\s+semana|of\s+next\s+week|next\s+week)"
    rf"|\b(?:(?:la\s+)?settimana\s+prossima|(?:la\s+)?prossima\s+settimana|next\s+week|(?:la\s+)?semana\s+que\s+viene|"
    rf"(?:la\s+)?proxima\s+semana),?\s+(?:on\s+|el\s+)?(?P<wd2>{_WD})\b"
)
_WEEKDAY_RE = re.compile(rf"\b(?P<wd>{_WD})\b(?!\s*\d)")
# a week on from a day: "Friday week", "a week on Friday" (the Friday after the coming one), "oggi a otto" (a
# week from today), "domani a otto", "a week tomorrow", "a week today"
_WEEK_ON_RE = re.compile(
    rf"\b(?P<wd>{_WD})\s+week\b|\ba\s+week\s+(?:on\s+)?(?P<wd2>{_WD})\b|"
    r"\b(?P<today>oggi\s+a\s+otto|a\s+week\s+today|today\s+week)\b|"
    r"\b(?P<tomorrow>domani\s+a\s+otto|a\s+week\s+tomorrow|tomorrow\s+week)\b"
)
# a weekday that names no day: "Black Friday", "Cyber Monday", "Good Friday" sales and feasts said in passing
_NAMED_WEEKDAY_BEFORE_RE = re.compile(r"\b(?:black|cyber|good|holy|ash|giving)\s+$")
_EOM_RE = re.compile(
    r"\b(?:(?:entro\s+(?:la\s+)?|a\s+|alla\s+|per\s+(?:la\s+)?)?fine\s+(?:del\s+|di\s+questo\s+|del\s+corrente\s+)?mese|"
    r"end\s+of\s+(?:the\s+|this\s+)?month|eom|"
    r"(?:a\s+)?(?:final|fin|finales)\s+de(?:l)?\s+(?:este\s+|presente\s+)?mes|month[- ]end|fin\s+de\s+mes)\b"
)
# "end of next month", "fine del mese prossimo", "a finales del mes que viene": next month's last day
_EOM_NEXT_RE = re.compile(
    r"\b(?:end\s+of\s+(?:the\s+)?(?:next|following)\s+month|(?:a\s+|entro\s+(?:la\s+)?)?fine\s+(?:del\s+)?"
    r"(?:mese\s+prossimo|prossimo\s+mese)|(?:a\s+)?(?:final|finales|fin)\s+del\s+(?:mes\s+que\s+viene|"
    r"proximo\s+mes|mes\s+proximo|mes\s+siguiente))\b"
)
# the year's end: "entro fine anno", "antes de fin de año", "by year end", "before the end of the year" (not "fine anno
# scolastico", "end of the financial/tax year", whose day is not the 31st of December)
_EOY_RE = re.compile(
    r"\b(?:(?:entro\s+(?:la\s+)?|a\s+|per\s+)?fine\s+(?:dell'|del\s+)?anno(?!\s+(?:scolastic|fiscal|accademic|prossim))|"
    r"(?:a\s+|antes\s+de\s+)?(?:final|fin|finales)\s+de(?:l)?\s+(?:este\s+)?ano(?!\s+(?:escolar|fiscal|academic|que\s+viene|proximo))|"
    r"(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|(?:calendar\s+)?year[- ]end|"
    # "l'ultimo giorno lavorativo dell'anno", "el último día hábil del año", "the last working day of the year"
    r"ultimo\s+giorno\s+(?:lavorativo\s+|utile\s+|bancario\s+)?(?:dell'|del\s+)anno|"
    r"ultimo\s+dia\s+(?:habil\s+|laborable\s+|bancario\s+)?del\s+ano|"
    r"last\s+(?:working\s+|business\s+|banking\s+)?day\s+of\s+(?:the\s+|this\s+)?year)\b"
    r"(?!\s+(?:close|closing|accounts|audit))"
)
_EOM_NAMED_RE = re.compile(
    rf"\b(?:fine|end\s+of|(?:a\s+)?finales\s+de|final\s+de|fin\s+de)\s+(?:di\s+|del\s+|de\s+|of\s+)?(?P<m>{_MN})\b"
)
_TOMORROW_RE = re.compile(
    r"\b(?P<two>dopodomani|dopo\s+domani|posdomani|domani\s+l'\s?altro|pasado\s+manana|day\s+after\s+tomorrow|"
    r"(?<=manana\so\s)pasado)\b|\b(?:domani|domattina|tomorrow|dema|dimane|dmn|"
    r"tmrw|tmr|2moro|2morrow|tomoz|tomorow|tommorow|tommorrow|tomorrw)\b|"
    r"(?<!esta\s)(?<!la\s)(?<!por\s)(?<!de\s)\bmanana\b(?!\s+de\b)"
)
# the eves named: "New Year's Eve", "Nochevieja", "San Silvestro" (31 December); "Christmas Eve", "Nochebuena", "la
# vigilia di Natale" (24 December)
_EVE_RE = re.compile(
    r"\b(?:(?P<ny>new\s+year'?s\s+eve|nochevieja|san\s+silvestro)|christmas\s+eve|nochebuena|vigilia\s+di\s+natale)\b"
)
_TODAY_RE = re.compile(
    r"\b(?:oggi|hoy|today|tonight|ahorita|this\s+evening|stasera|stanotte|esta\s+noche|esta\s+tarde|in\s+giornata|"
    r"in\s+data\s+odierna|en\s+el\s+dia\s+de\s+hoy|eod|by\s+cob|end\s+of\s+(?:the\s+|today|business\s+)?day|"
    r"close\s+of\s+business|(?:entro\s+)?fine\s+giornata)\b"
)
# "by 26th", "on the 3rd" (an ordinal needs no article), "el lunes 25", "lunedì 25": a day of the month
_ORDINAL_DOM_RE = re.compile(
    rf"\b(?:by|on|before|until|till|later\s+than|latest)\s+(?:the\s+)?(?P<dn>[0-3]?\d)(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:week|weekend|settimana|semana|of\s+(?:every|each)\b))"
    rf"|\b(?:{_WD}),?\s+(?:the\s+)?(?P<dn2>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"(?!\s*(?:/|-|\.\d|:|{_MN}|de\s+(?:{_MN})|of\s+(?:{_MN})))"
    # the day in words after its weekday: "lunedì ventuno", "el lunes veintiuno", "Monday the twenty-first"
    rf"|\b(?:{_WD}),?\s+(?:the\s+|il\s+|el\s+)?(?P<dw2>{_NUMW})\b(?!\s*(?:{_MN}|de\s+(?:{_MN})|of\s+(?:{_MN})))"
)
_ORDINAL_WORDS = frozenset(
    w for w in _UNITS if w.endswith(("st", "nd", "rd", "th")) or w in ("primo", "primero")
)
_ORDINAL_ADJECTIVE_RE = re.compile(
    r"\s+(?!(?:of|del|di|de|al|entro|by|on|at|latest|sin|senza|without)\b)[a-z]"
)
# "il 15 del mese prossimo", "the 15th of next month", "el 15 del mes que viene": day N of next month
_DOM_NEXT_MONTH_RE = re.compile(
    rf"\b(?:il|el|the|by\s+the|on\s+the|entro\s+il|giorno|dia)?\s*{_DAYNUM}\s+"
    r"(?:del\s+(?:mese\s+prossimo|prossimo\s+mese|mes\s+que\s+viene|proximo\s+mes|mes\s+proximo)|p\.\s?v(?=\.)|"
    r"of\s+(?:next|the\s+(?:next|following|coming))\s+month)\b"
)
# "4.1.", "am 15.01.", "il 15.1.": day.month. as Central and Northern Europeans write it (no year)
_DM_DOTS_RE = re.compile(r"(?<![\d.,/\-])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?!\d)")
# "quince de febrero", "the fifteenth of February": a day in words with its month
_WORD_DAY_MONTH_RE = re.compile(rf"\b(?P<dw>{_NUMW})\s+(?:de\s+|di\s+|of\s+)?(?P<m>{_MN})\b")
# two days offered as alternatives: "il 10 o l'11", "el jueves o el viernes como mucho", "Thursday or Friday"
_ALTERNATIVE_RE = re.compile(
    r"(?:\s+(?:prossim[oa]|que\s+viene|proxim[oa]))?\s*,?\s*(?:o|or|oppure|u|ou|o\s+al\s+massimo|o\s+al\s+piu\s+tardi|or\s+at\s+the\s+(?:very\s+)?latest|"
    r"o\s+como\s+mucho|o\s+a\s+mas\s+tardar|or\s+latest|o,?\s+como\s+(?:muy\s+)?tarde,?|o,?\s+al\s+pi[uù]\s+tardi,?|"
    r"or,?\s+at\s+the\s+(?:very\s+)?latest,?)\s+(?:(?:il|el|l'|the|on|al|by)\s*)?"
)
_DOM_RE = re.compile(
    rf"\b(?:il|el|del|al|entro\s+il|entro\s+el|the|by\s+the|on\s+the|before\s+the|until\s+the|till\s+the|dia|giorno|"
    rf"prima\s+del|antes\s+del|como\s+tarde\s+el|a\s+mas\s+tardar\s+el|el\s+dia|il\s+giorno|non\s+oltre\s+il|run\s+(?:del|of\s+the)|"
    rf"pagamenti\s+del|pagos\s+del|payment\s+run\s+on\s+the)\s+(?:(?:proximo|prossimo)\s+(?:(?:dia|giorno)\s+)?)?{_DAYNUM}(?!,\d{{3}}|\s*(?:/|-|\.\d|:\d|%|€|euro|eur\b|h\b|ore\b|"
    rf"horas|hours|days|giorni|dias|mesi|months|meses|settiman|weeks?\b|weekend|semanas?\b|anni|years|x\b|di\s+ogni|of\s+every|"
    rf"de\s+cada|{_MN}|de\s+(?:{_MN})|of\s+(?:{_MN})))"
)
_LATEST_AFTER_RE = re.compile(
    r"\s*(?:max|massimo|al\s+massimo|at\s+the\s+(?:very\s+)?latest|at\s+most|como\s+mucho|como\s+maximo|a\s+mas\s+tardar)\b"
)
_WITHIN_RE = re.compile(
    rf"\b(?:within|entro|tra|fra|dentro\s+de|en\s+(?:un\s+plazo\s+de\s+)?|in)\s+(?:(?P<n>\d{{1,3}})|(?P<nw>{_NUMW}|two|three|four|five|ten))\s+"
    r"(?P<unit>days|giorni|dias|weeks|settimane|semanas)\b(?!\s+(?:dal|from|desde|after|dopo|data))"
)
_US_MDY_RE = re.compile(r"(?<![\d/.\-])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])")
_US_DM_RE = re.compile(r"(?<![\d/.\-])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)(?![\d/]|\.\d)")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_day_month(day: int, month: int, ref: date) -> date | None:
    """Day/month without a year: the next one on or after `ref` (None when that is most of a year away:
    the writer meant a day gone)."""
    for year in (ref.year, ref.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if d >= ref:
            return None if _far(d, ref) else d
    return None


# A date written without its year that would fall this far ahead names a day already gone ("la sua mail del
# 12/11", "pagato il 3.12."): nobody promises, or comes back, most of a year later without saying the year.
_FAR_DAYS = 240
_YEAR_RE = re.compile(r"\d{4}|'\d\d\b")


def _far(d: date, ref: date | None) -> bool:
    return ref is not None and (d - ref).days > _FAR_DAYS


def _day_of_month(day: int, ref: date) -> date | None:
    if not 1 <= day <= 31:
        return None
    year, month = ref.year, ref.month
    if (
        day <= ref.day
    ):  # (the day of the message itself is said "oggi"; "il 7" written on the 7th is next month's)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if day > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


# Every pattern below needs a digit or one of these words (a prefix test: "tre" also opens "trenta"):
# a sentence with neither states no date, and most sentences have neither.
_DATEISH_RE = re.compile(
    r"\d|\b(?:"
    + "|".join(
        sorted(
            {
                *_WEEKDAYS,
                *_MONTHS,
                "two",
                "three",
                "four",
                "five",
                "ten",
                "domani",
                "domattina",
                "eom",
                "dema",
                "dopodomani",
                "tomorrow",
                "manana",
                "oggi",
                "hoy",
                "today",
                "tonight",
                "evening",
                "stasera",
                "stanotte",
                "noche",
                "tarde",
                "giornata",
                "odierna",
                "tmrw",
                "posdomani",
                "dimane",
                "dmn",
                "tmr",
                "2moro",
                "2morrow",
                "tomoz",
                "tomorow",
                "tommorow",
                "tommorrow",
                "tomorrw",
                "eod",
                "cob",
                "day",
                "business",
                "eve",
                "nochevieja",
                "nochebuena",
                "silvestro",
                "vigilia",
                "mese",
                "month",
                "mes",
                "anno",
                "ano",
                "year",
            },
            key=len,
            reverse=True,
        )
    )
    + r")\b"
    r"|\b(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
)


# "that day", "the same day", "ese día", "quel giorno": the day the sentence before named (its last)
SAME_DAY_RE = re.compile(
    r"\b(?:that\s+(?:same\s+)?day|the\s+same\s+day|on\s+that\s+date|ese\s+(?:mismo\s+)?dia|el\s+mismo\s+dia|"
    r"ese\s+dia\s+mismo|quel\s+(?:giorno|di)|lo\s+stesso\s+giorno|in\s+quella\s+data|en\s+esa\s+fecha)\b"
)


def _find(text: str, ref: date | None, *, us: bool = False) -> list[Found]:
    """Every date stated in `text`, in order; words resolved against `ref` (None: only calendar dates)."""
    folded = fold(text)
    if _DATEISH_RE.search(folded) is None:
        return []
    cands: list[Found] = []
    if us:
        # "returning 01/04/2027" from New York is 4 January: month first, the year stated
        for m in _US_MDY_RE.finditer(folded):
            a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            y = y + 2000 if y < 100 else y
            if 1 <= a <= 12 and 1 <= b <= 31 and 2000 <= y <= 2100:
                try:
                    cands.append(Found(m.start(), m.end(), date(y, a, b), True))
                except ValueError:
                    pass
    if us and ref is not None:
        for m in _US_DM_RE.finditer(folded):
            a, b = int(m.group("a")), int(m.group("b"))
            if 1 <= a <= 12 and 1 <= b <= 31:
                for year in (ref.year, ref.year + 1):
                    try:
                        d = date(year, a, b)
                    except ValueError:
                        break
                    if d >= ref:
                        if not _far(d, ref):
                            cands.append(Found(m.start(), m.end(), d, True))
                        break
    for dm in find_dates(folded, ref):
        if dm.explicit and not _VAGUE_BEFORE_RE.search(folded[max(0, dm.start - 25) : dm.start]):
            if _YEAR_RE.search(folded, dm.start, dm.end) is None and _far(dm.value, ref):
                continue  # "la sua mail del 12/11" written in December: a day gone, not next November's
            cands.append(Found(dm.start, dm.end, dm.value, True))
    if ref is not None:
        for m in _NEXT_WEEK_WD_RE.finditer(folded):
            target = _WEEKDAYS[m.group("wd") or m.group("wd2")]
            next_monday = ref + timedelta(days=7 - ref.weekday())
            cands.append(Found(m.start(), m.end(), next_monday + timedelta(days=target), False))
        week_on = [(m.start(), m.end()) for m in _WEEK_ON_RE.finditer(folded)]
        for m in _WEEK_ON_RE.finditer(folded):
            if m.group("today") or m.group("tomorrow"):
                cands.append(
                    Found(m.start(), m.end(), ref + timedelta(days=7 if m.group("today") else 8), False)
                )
                continue
            name = m.group("wd") or m.group("wd2")
            ahead = (_WEEKDAYS[name] - ref.weekday()) % 7 or 7
            cands.append(Found(m.start(), m.end(), ref + timedelta(days=ahead + 7), True))
        for m in _WEEKDAY_RE.finditer(folded):
            name = m.group("wd")
            if any(a <= m.start() < b for a, b in week_on) or _NAMED_WEEKDAY_BEFORE_RE.search(
                folded[max(0, m.start() - 8) : m.start()]
            ):
                continue
            if len(name) <= 4 and not re.match(r"[a-z]", text[m.start() : m.start() + 1] or "x", re.I):
                continue
            if len(name) <= 4 and name in ("sat", "sun", "set", "mar", "wed"):
                continue  # too ambiguous as abbreviations inside prose
            if (
                _VAGUE_BEFORE_RE.search(folded[max(0, m.start() - 25) : m.start()])
                or _PAST_BEFORE_RE.search(folded[max(0, m.start() - 12) : m.start()])
                or _PAST_AFTER_RE.match(folded, m.end())
                or _EVERY_BEFORE_RE.search(folded[max(0, m.start() - 30) : m.start()])
                or _EVERY_AFTER_RE.match(folded, m.end())
            ):
                # "del pasado jueves", "giovedì scorso", "last Thursday": a day gone, not ahead; "every second
                # Friday", "ogni venerdì", "los viernes", "the first and third Thursday of the month": a habit
                continue
            ahead = (_WEEKDAYS[name] - ref.weekday()) % 7 or 7
            cands.append(Found(m.start(), m.end(), ref + timedelta(days=ahead), False))
        for m in _EOM_NAMED_RE.finditer(folded):
            month = _MONTHS[m.group("m")]
            year = ref.year if month >= ref.month else ref.year + 1
            cands.append(Found(m.start(), m.end(), _month_end(year, month), False))
        for m in _EOM_NEXT_RE.finditer(folded):
            year, month = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
            cands.append(Found(m.start(), m.end(), _month_end(year, month), False))
        for m in _EOM_RE.finditer(folded):
            before = folded[max(0, m.start() - 20) : m.start()]
            if re.search(
                r"(?:prossimo|next|que\s+viene|siguiente)\s*$", folded[m.end() : m.end() + 12]
            ) or re.search(r"\bdel\s+(?:mese\s+)?prossimo|proximo\s*$", before):
                continue
            cands.append(Found(m.start(), m.end(), _month_end(ref.year, ref.month), False))
        for m in _EOY_RE.finditer(folded):
            before = folded[max(0, m.start() - 30) : m.start()]
            if (
                re.search(r"\b(?:financial|fiscal|tax|school|academic)\s+$", before)
                or re.search(
                    # "passato fine anno", "after the end of the year", "después de fin de año": a time after it, no day
                    r"\b(?:passat[oa]|dopo|after|past|despues\s+de|beyond|oltre)\s+(?:la\s+|il\s+|the\s+|el\s+)?$",
                    before,
                )
                or (
                    # "le chiusure di fine anno", "la cena de fin de año", "the end-of-year rush": a season named
                    re.search(r"(?:\bdi|\bde|\bdel|\bdell'|\bof)\s*$", before)
                    and not re.search(
                        r"\b(?:antes|prima|before|by|entro|until|hasta|fino\s+a)\s+(?:de|di|della|del|of\s+the|the)?\s*$",
                        before,
                    )
                )
            ):
                continue
            cands.append(Found(m.start(), m.end(), date(ref.year, 12, 31), False))
        for m in _EVE_RE.finditer(folded):
            eve = date(ref.year, 12, 31 if m.group("ny") else 24)
            if eve < ref:
                eve = date(ref.year + 1, eve.month, eve.day)
            cands.append(Found(m.start(), m.end(), eve, False))
        for m in _TOMORROW_RE.finditer(folded):
            cands.append(Found(m.start(), m.end(), ref + timedelta(days=2 if m.group("two") else 1), False))
        for m in _WITHIN_RE.finditer(folded):
            n = int(m.group("n")) if m.group("n") else _UNITS.get(m.group("nw") or "", 0)
            if 0 < n <= 120:
                weeks = m.group("unit").startswith(("sett", "week", "sem"))
                if (
                    weeks
                    and re.match(r"(?:in|tra|fra|en)\s", m.group(0))
                    and not _LATEST_AFTER_RE.match(folded, m.end())
                ):
                    continue  # "in two weeks", "tra due settimane": about then, no day
                if re.match(r"(?:within|entro|dentro|en\s+un\s+plazo)\b", m.group(0)):
                    # "within 10 days", "entro 30 giorni", "dentro de diez días": a limit, no day named (most
                    # people who read it say no day; a day counted from the message would be a guess)
                    continue
                cands.append(Found(m.start(), m.end(), ref + timedelta(days=n * 7 if weeks else n), False))
        for m in _TODAY_RE.finditer(folded):
            cands.append(Found(m.start(), m.end(), ref, False))
        for m in _ORDINAL_DOM_RE.finditer(folded):
            number, word = m.group("dn") or m.group("dn2"), m.group("dw2")
            if word is not None and (
                word
                in (
                    "uno",
                    "una",
                    "un",
                    "one",
                    "once",
                    "due",
                    "sei",
                )  # (words of other meanings: "Friday once")
                or (word in _ORDINAL_WORDS and _ORDINAL_ADJECTIVE_RE.match(folded, m.end()))
            ):
                continue  # "lunedì uno scherzo", "Monday, the first thing": an article or an ordinal, not a day
            dom = _day_of_month(int(number) if number else _UNITS[word], ref)
            if dom is not None:
                cands.append(Found(m.start(), m.end(), dom, False))
        for m in _DOM_RE.finditer(folded):
            if _VAGUE_BEFORE_RE.search(folded[max(0, m.start() - 12) : m.start() + 3]):
                continue
            if m.group("dw") in _ORDINAL_WORDS and _ORDINAL_ADJECTIVE_RE.match(folded, m.end()):
                continue  # "the first thing she signs", "il primo bonifico": an ordinal, not a day
            day = int(m.group("dn")) if m.group("dn") else _UNITS[m.group("dw")]
            dom = _day_of_month(day, ref)
            if dom is not None:
                cands.append(Found(m.start(), m.end(), dom, False))
        for m in (
            _DOM_NEXT_MONTH_RE.finditer(folded)
            if "month" in folded or " mes" in folded or "p." in folded
            else ()
        ):
            day = int(m.group("dn")) if m.group("dn") else _UNITS[m.group("dw")]
            year, month = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
            if 1 <= day <= calendar.monthrange(year, month)[1]:
                start = (
                    m.start() + len(folded[m.start() : m.end()]) - len(folded[m.start() : m.end()].lstrip())
                )
                cands.append(Found(start, m.end(), date(year, month, day), False))
        for m in _DM_DOTS_RE.finditer(folded) if "." in folded else ():
            dotted = (
                _next_day_month(int(m.group("d")), int(m.group("m")), ref)
                if 1 <= int(m.group("m")) <= 12
                else None
            )
            if dotted is not None:
                cands.append(Found(m.start(), m.end(), dotted, True))
        for m in _WORD_DAY_MONTH_RE.finditer(folded):
            worded = _next_day_month(_UNITS[m.group("dw")], _MONTHS[m.group("m")], ref)
            if worded is not None and not _VAGUE_BEFORE_RE.search(folded[max(0, m.start() - 25) : m.start()]):
                cands.append(Found(m.start(), m.end(), worded, True))
    cands.sort(key=lambda c: (c.start, -(c.end - c.start), not c.explicit))
    out: list[Found] = []
    for c in cands:
        if out and c.start < out[-1].end:
            if c.explicit and not out[-1].explicit and c.end >= out[-1].end:
                out[-1] = c  # "martedì 2 febbraio": the calendar date wins
            continue
        if (
            out
            and c.explicit
            and not out[-1].explicit
            and re.fullmatch(r"[\s,(]*(?:the\s+)?", folded[out[-1].end : c.start])
        ):
            out[-1] = c  # "el próximo martes, 2 de febrero": the calendar date says which
            continue
        out.append(c)
    if ref is not None and _TODAY_RE.search(folded):
        # a bare day equal to the message's own is next month's ("il 7" written on the 7th), unless the text says
        # it is today ("il bonifico parte il 7, cioè oggi")
        out = [
            Found(c.start, c.end, ref, c.explicit, c.offered)
            if not c.explicit
            and c.value.day == ref.day
            and c.value > ref
            and (c.value - ref).days <= 31
            and re.search(r"\d", folded[c.start : c.end])
            else c
            for c in out
        ]
    weeks = [
        c
        for c in out
        if _WEEK_OF_RE.search(
            folded[max(0, c.start - 24) : c.start] + _LEAD_PREP_RE.match(folded, c.start).group()  # type: ignore[union-attr]
        )
    ]
    if weeks:
        # the week named, and a weekday said of it ("the week of the 21st, probably on Wednesday"): no day the
        # text states exactly; the weekday alone would be read from the message's date, a week early
        out = [
            c
            for c in out
            if c not in weeks and not any(0 <= c.start - w.end <= 60 and not c.explicit for w in weeks)
        ]
    return _alternatives(out, folded)


# a span of days: "entre el 10 y el 15", "tra il 10 e il 15", "between the 10th and the 15th"
_RANGE_OPEN_RE = re.compile(r"\b(?:entre|tra|fra|between)\s+(?:el\s+|il\s+|the\s+|l')?$")
_RANGE_AND_RE = re.compile(r"\s*(?:y|e|and|-|–)\s*(?:el\s+|il\s+|l'|the\s+)?")


# "la semana del 14", "la settimana del 14", "the week of the 14th": a week named by its first day, no day stated
_LEAD_PREP_RE = re.compile(
    r"(?:(?:del?|dal|of|il|el|the)\s+)*"
)  # ("semana del 21": the span starts at "del")
_WEEK_OF_RE = re.compile(
    r"\b(?:(?:semana|settimana|week)\s+(?:of|del?|dal)|w/c|week\s+(?:commencing|beginning|starting))\s*"
    r"(?:the\s+|el\s+|il\s+)?$"
)


def _alternatives(found: list[Found], folded: str) -> list[Found]:
    """Two days offered as alternatives ("giovedì o venerdì", "the 10th or the 11th at the latest") or as a
    span ("entre el 10 y el 15") are one date, the later (never a reminder before the last day the writer
    offered)."""
    if len(found) < 2:
        return found
    out = [found[0]]
    for c in found[1:]:
        prev = out[-1]
        span = bool(
            _RANGE_AND_RE.fullmatch(folded[prev.end : c.start])
            and _RANGE_OPEN_RE.search(folded[max(0, prev.start - 14) : prev.start])
        )
        if span or _ALTERNATIVE_RE.fullmatch(folded[prev.end : c.start]):
            later = c.value
            if not c.explicit and not prev.explicit and timedelta(0) < prev.value - later < timedelta(days=7):
                later += timedelta(
                    days=7
                )  # "lunedì o martedì" written on a Monday: the Tuesday after that Monday
            out[-1] = Found(prev.start, c.end, max(prev.value, later), prev.explicit and c.explicit, True)
        else:
            out.append(c)
    return out


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)


def find(text: str, ref: date | None, *, us: bool = False) -> list[Found]:
    """Every date stated in `text`, in order (`_find`); a new list each time."""
    return list(_found(text, ref, us))


@lru_cache(maxsize=32)  # why: the readers of one message ask about the same sentence up to three times
def _found(text: str, ref: date | None, us: bool) -> tuple[Found, ...]:
    return tuple(_find(text, ref, us=us))
