"""The short strings a person reads, one home per language: gettext catalogues.

`src/mailduns/locales/<lang>/LC_MESSAGES/mailduns.po` holds, for each language, every short text
mailduns writes to a person outside the letter templates: the action hints and the excerpts it
writes itself in owner notices, the notices' headlines, the names of the ladder's steps, the weekly
digest. Long texts (the letters, the owner notice's layout) are Jinja templates in `templates/`.

The message ids are symbolic keys ("hint.paid", "step.final", "digest.intro"); the English
catalogue holds the English text like the other two, so no language is the fallback of another.
The `.po` files are read directly with `babel.messages.pofile` (no compile step on a fresh clone).
A key missing from a catalogue, an empty or fuzzy translation, or a translation whose
placeholders differ from the English ones fails `tests/test_words.py`; at run time such a string
is written in English (and logged) rather than losing a notice.

Placeholders are `str.format` fields, with two kinds of format spec that let a translation agree
with its values:

* a date (`datetime.date`) is written as a long date in the catalogue's language; in Italian the
  spec names the article or articulated preposition before it, elided where Italian elides:
  `{date:il}` → "il 2 gennaio", "l'8 gennaio", "l'11 gennaio", "il 18 gennaio";
  `{date:entro il}` → "entro l'8 gennaio"; `{date:dal}` → "dall'11 gennaio";
* a date already written as text (a `str`, like the digest's "8 dic 2026") takes the same Italian
  article spec; any other text is written as it is;
* an amount (`Money`) is written in the catalogue's language: "1.220,00 €", "€1,220.00";
* a count (`int`) takes the singular and the plural after the colon, separated by "|":
  `{days:business day|business days}` → "1 business day", "5 business days".
"""

from __future__ import annotations

import logging
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Final

from babel import Locale
from babel.dates import format_date
from babel.messages.pofile import read_po
from babel.numbers import format_currency

from mailduns.core.money import Money
from mailduns.core.wording import italian_article

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "Text",
    "catalog",
    "fields",
    "italian_article",
    "joined",
    "later",
    "later_step",
    "locales_dir",
    "step_label",
    "t",
    "written",
]

log = logging.getLogger(__name__)

DOMAIN: Final = "mailduns"
LANGUAGES: Final = ("en", "it", "es")
_LOCALES: Final = {"en": "en_GB", "it": "it_IT", "es": "es_ES"}
_SPACES: Final = str.maketrans({"\u00a0": " ", "\u202f": " "})


def locales_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "locales"


@cache
def catalog(language: str) -> Mapping[str, str]:
    """Key → text of one language's catalogue (empty and fuzzy entries left out)."""
    path = locales_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as fh:
        cat = read_po(fh, locale=language, domain=DOMAIN)
    out: dict[str, str] = {}
    for msg in cat:
        if (
            isinstance(msg.id, str)
            and msg.id
            and isinstance(msg.string, str)
            and msg.string
            and not msg.fuzzy
        ):
            out[msg.id] = msg.string
    return out


def long_date(d: date, language: str) -> str:
    """ "8 gennaio 2027", "8 de enero de 2027", "8 January 2027"; Italian writes the first "1°"."""
    loc = Locale.parse(_LOCALES.get(language, "en_GB"))
    text = str(format_date(d, "long", locale=loc)).translate(_SPACES)
    if language == "it" and d.day == 1:
        text = re.sub(r"^1 ", "1° ", text)
    return text


class _Date:
    def __init__(self, value: date, language: str) -> None:
        self.value, self.language = value, language

    def __format__(self, spec: str) -> str:
        text = long_date(self.value, self.language)
        return italian_article(text, spec) if spec else text


class _Str(str):
    def __format__(self, spec: str) -> str:
        return italian_article(str(self), spec) if spec else str(self)


class _Count:
    def __init__(self, value: int) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self.value)
        one, _, other = spec.partition("|")
        return f"{self.value} {one if self.value == 1 else (other or one)}"


def _wrap(value: object, language: str) -> object:
    if isinstance(value, date):
        return _Date(value, language)
    if isinstance(value, Money):
        loc = Locale.parse(_LOCALES.get(language, "en_GB"))
        return str(format_currency(value.amount, value.currency, locale=loc)).translate(_SPACES)
    if isinstance(value, str):
        return _Str(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return _Count(value)
    return value


def t(language: str, key: str, /, **values: object) -> str:
    """The text of `key` in `language`, with its placeholders filled."""
    lang = language if language in LANGUAGES else "en"
    text = catalog(lang).get(key)
    if text is None:
        log.warning("no %s text for %r in the catalogue; writing it in English", lang, key)
        text = catalog("en")[key]
        lang = "en"
    return text.format_map({k: _wrap(v, lang) for k, v in values.items()})


def fields(text: str) -> set[str]:
    """The placeholder names of a catalogue text (for the tests that compare languages)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@dataclass(frozen=True)
class Text:
    """A catalogue text not yet written: the language is chosen by whoever sends it (for owner
    notices, the owner's language). `str()` gives the English text, for logs."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    def render(self, language: str) -> str:
        values = {k: (v.render(language) if isinstance(v, Text) else v) for k, v in self.values.items()}
        return t(language, self.key, **values)

    def __str__(self) -> str:
        return self.render("en")


def step_label(language: str, name: str) -> str:
    """A step as the freelancer reads it: "diffida di pagamento", "final notice",
    "primo sollecito (nuovo invio n. 2)"; a step the user named keeps its name, "_" read as a space."""
    base, sep, n = name.rpartition("_repeat")
    if sep and n.isdigit() and base:
        return t(language, "step.repeat", step=step_label(language, base), n=int(n))
    texts = catalog(language if language in LANGUAGES else "en")
    key = f"step.{name}"
    if key in texts or key in catalog("en"):
        return t(language, key)
    return name.replace("_", " ")


def later(key: str, /, **values: object) -> Text:
    """`later("hint.paid")`: a catalogue text whose language is chosen when it is sent."""
    return Text(key, values)


@dataclass(frozen=True)
class _Joined(Text):
    parts: tuple[Text, ...] = ()

    def render(self, language: str) -> str:
        return " ".join(p.render(language) for p in self.parts)


def joined(*parts: Text) -> Text:
    """Several catalogue texts written one after the other (sentences of one paragraph), each in the
    language chosen when it is sent."""
    return _Joined("", {}, parts)


def written(value: str | Text, language: str) -> str:
    """A text as it is sent: a `Text` in `language`, a plain string (a server's words) as it is."""
    return value.render(language) if isinstance(value, Text) else value


@dataclass(frozen=True)
class _StepText(Text):
    def render(self, language: str) -> str:
        return step_label(language, self.key)


def later_step(name: str) -> Text:
    """A step's name as the freelancer will read it, in the language chosen when it is sent."""
    return _StepText(name)
