"""Money, dates and rates in the reader's language: the one formatter of the letters and the fees.

Why in the core: the fee breakdown (`core.fees.fee_lines`) and the letters must show the same
"1.220,00 €" and "2 dicembre 2026", and the fees imported these helpers from the letters at call
time to dodge an import cycle. Formatting is pure (Babel, no I/O), so it belongs below both.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Final

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, format_percent

from mailduns.core.errors import TemplateError
from mailduns.core.money import Money

__all__ = ["LOCALES", "fmt_date", "fmt_money", "fmt_rate", "italian_article", "locale_for"]

LOCALES: Final[dict[str, str]] = {"it": "it_IT", "es": "es_ES", "en": "en_GB"}
SPACES: Final = str.maketrans({"\u00a0": " ", "\u202f": " "})


# "il" and the articulated prepositions that elide before a vowel: dal → dall'8, al → all'11.
_ELIDING: Final = {"il": "l'", "dal": "dall'", "al": "all'", "del": "dell'", "nel": "nell'", "sul": "sull'"}


def italian_article(value: object, preposition: str = "il") -> str:
    """The Italian article or preposition before a date: "il 2 dicembre", "l'8", "l'11", "il 18", "il 1°".

    Italian elides before a vowel sound, so only before *otto* (8) and *undici* (11): *diciotto* starts
    with a consonant ("il 18"). A preposition of several words elides its last word only: "entro il"
    → "entro l'8", "per il" → "per l'11". A word that does not elide ("entro") is kept.
    """
    text = str(value)
    head, _, last = preposition.strip().rpartition(" ")
    if re.match(r"^(?:8|11)(?!\d)", text) and last in _ELIDING:
        return (f"{head} " if head else "") + _ELIDING[last] + text
    return f"{preposition.strip()} {text}"


def locale_for(language: str) -> Locale:
    try:
        return Locale.parse(LOCALES.get(language, language).replace("-", "_"))
    except (UnknownLocaleError, ValueError) as exc:
        raise TemplateError(f"unknown language {language!r}: no date and money formats for it") from exc


def fmt_money(money: Money, loc: Locale) -> str:
    """1.220,00 € / €1,220.00 — with ordinary spaces, so the text is the same everywhere."""
    return format_currency(money.amount, money.currency, locale=loc).translate(SPACES)


def fmt_date(d: date, loc: Locale) -> str:
    """Long date: "2 dicembre 2026", "2 de diciembre de 2026", "2 December 2026".

    Italian writes the first of the month as an ordinal ("1° dicembre"), Babel does not.
    """
    text = format_date(d, format="long", locale=loc).translate(SPACES)
    if loc.language == "it" and d.day == 1 and text.startswith("1 "):
        text = "1°" + text[1:]
    return text


def fmt_rate(percent: Decimal, loc: Locale) -> str:
    """10.15 → "10,15%" (it), "10,15 %" (es), "10.15%" (en); no trailing zeros ("12%")."""
    fraction = (percent / Decimal(100)).normalize()
    return format_percent(fraction, locale=loc, decimal_quantization=False).translate(SPACES)
