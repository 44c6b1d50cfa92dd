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


def italian_article(value: object, preposition: str = "il") -> str:
    """Italian article/preposition before a date: "il 2 dicembre", but "l'8", "dall'11", "il 1°".

    Elision before otto, undici, diciotto is what a native reader expects; "il 8 dicembre" reads as
    a mistake, and a letter asking for money should not contain mistakes.
    """
    text = str(value)
    if re.match(r"^(?:8|11|18)\b", text):
        head = "l'" if preposition == "il" else preposition[:-1] + "ll'"
        return head + text
    return f"{preposition} {text}"


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
