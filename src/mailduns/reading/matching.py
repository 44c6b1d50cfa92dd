"""Which known invoice numbers a message names, however the writer typed them.

Why not a plain substring search: clients rarely copy the number as the freelancer wrote it.
"12/2026" comes back as "fatt. 12", "FT 12-2026", "n. 0012/2026", "#12" or "12/26"; "INV-0042" as
"inv 42".  A substring search misses all of those, and a loose one is worse: "12/2026" is inside
"112/2026" and inside the date "15/12/2026", and a bare "12" is in every price and date.

So the text is cut into number-like tokens (never inside a longer number), each token is compared
with every known number at decreasing levels of strictness, and the weaker levels need more
evidence:

=============  =====================================================  ===========================
how            example (known number → text)                          needs
=============  =====================================================  ===========================
exact          12/2026 → "12/2026", INV-0042 → "inv-0042"             a word before a short bare
                                                                      number ("fattura 12")
normalised     2026-012 → "2026/12", 12/2026 → "0012-2026",           the same, and a single
               INV-0042 → "INV 42", FT12/2026 → "12/2026"             known number fits
short-year     12/2026 → "fatt. 12/26"                                an invoice word, one fit
progressive    12/2026 → "fattura 12"                                 an invoice word, one fit
=============  =====================================================  ===========================

"A word" is an invoice word or abbreviation (fattura, fatt., FT, factura, fra., invoice, inv,
Rechnung, facture...), a number sign (#, n., nº, nr., no., №), or a list that started with one
("fatture 12, 13 e 14").  "One fit" means a token that fits two known numbers at that level
("2026/12" when both 2026-012 and 2026-12 are known) names neither: guessing which invoice a
payment is for is worse than asking the owner.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from mailduns.reading import fastre

__all__ = ["How", "find_invoice_numbers", "match_invoice_numbers"]

How = Literal["exact", "normalised", "short-year", "progressive"]
_LEVELS: tuple[How, ...] = ("exact", "normalised", "short-year", "progressive")

# Words that only say "invoice" or "number": dropped from the front of a number ("INV-0042",
# "FT12/2026", "n.12") and, standing before a token, make a short bare number count.
_GENERIC = frozenset(
    {
        "fattura",
        "fatture",
        "fatt",
        "ft",
        "ftt",
        "factura",
        "facturas",
        "fact",
        "fac",
        "fra",
        "fras",
        "invoice",
        "invoices",
        "inv",
        "invc",
        "rechnung",
        "rechnungen",
        "rg",
        "rech",
        "re",
        "rgnr",
        "renr",
        "facture",
        "factures",
        "n",
        "nr",
        "no",
        "nro",
        "num",
        "numero",
        "número",
        "number",
        "nº",
    }
)

_INVOICE_WORD = (
    r"(?:fattur[ae]|fatt|ftt?|factura?s?|fact|fac|fras?|invoices?|invc|inv|rechnung(?:en)?"
    r"|rechnungs?nummer|rg|factures?|parcella|notula)"
)
_NUMBER_WORD = r"(?:n[º°ª]|n\.|nr\.?|no\.|nro\.?|num\.|numero|número|number|nummer|#|№)"
_WORDED_BEFORE_RE = re.compile(
    rf"(?:\b{_INVOICE_WORD}\.?(?:[\s\-]*{_NUMBER_WORD})?|(?<!\w){_NUMBER_WORD}|\bn\s)\s*[:\-–]?\s*$",
    re.IGNORECASE,
)
_LIST_GLUE_RE = re.compile(
    r"^\s*(?:[,;&+]|e|ed|and|y|e\s+la|and\s+invoice|y\s+la|und|et|o|or)?\s*"
    r"(?:,\s*)?(?:#|n\.\s*|nº\s*)?$",
    re.IGNORECASE,
)

# A number-like token: letters and digits joined by / - . _ (never a separator at either end).
# Never starting or ending inside a longer number: not after "1," or "3." and not before ",5" or "/7".
_TOKEN_RE = re.compile(r"(?<![\w/\-])(?<!\d[.,])[^\W_]+(?:[/\-._][^\W_]+)*(?![/\-._]?[^\W_])(?![.,]\d)")
_PART_RE = re.compile(r"\d+|[^\W\d_]+")
_FILE_EXTENSIONS = frozenset({"pdf", "xml", "p7m", "zip", "doc", "docx", "xlsx"})
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class _Key:
    """A number reduced to what identifies it: lower-cased letter runs and digit runs without
    leading zeros, separators dropped; `core` also drops generic leading words ("inv", "ft")."""

    parts: tuple[str, ...]
    core: tuple[str, ...]
    had_word: bool  # the token itself started with an invoice word ("fatt.12", "INV-0042")


def _parts(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for p in _PART_RE.findall(text.lower()):
        out.append(str(int(p)) if p.isdigit() else p)
    while len(out) > 1 and out[-1] in _FILE_EXTENSIONS:
        out.pop()
    return tuple(out)


def _key(text: str) -> _Key:
    parts = _parts(text)
    i = 0
    while i < len(parts) - 1 and parts[i] in _GENERIC:
        i += 1
    return _Key(parts, parts[i:], i > 0)


def _short_year(core: tuple[str, ...]) -> tuple[str, ...] | None:
    """12/2026 → 12/26 (only for a progressive/year or year/progressive number)."""
    if len(core) == 2 and all(p.isdigit() for p in core):
        a, b = core
        if _YEAR_RE.fullmatch(b) and not _YEAR_RE.fullmatch(a):
            return (a, str(int(b[2:])))
        if _YEAR_RE.fullmatch(a) and not _YEAR_RE.fullmatch(b):
            return (str(int(a[2:])), b)
    return None


def _progressive(core: tuple[str, ...]) -> str | None:
    """The running number of a progressive/year number: 12/2026 → 12, 2026-012 → 12."""
    if len(core) == 2 and all(p.isdigit() for p in core):
        a, b = core
        if _YEAR_RE.fullmatch(b) and not _YEAR_RE.fullmatch(a):
            return a
        if _YEAR_RE.fullmatch(a) and not _YEAR_RE.fullmatch(b):
            return b
    return None


@dataclass(frozen=True)
class _Known:
    number: str
    literal: str  # lower-cased, as given
    key: _Key
    short_year: tuple[str, ...] | None
    progressive: str | None
    glued: tuple[
        str, ...
    ]  # the number run together, with and without its leading words ("inv2026042", "2026042")


def _bare_needs_word(core: tuple[str, ...]) -> bool:
    """A lone short number ("12", "0042") is in every price and date: it needs an invoice word."""
    return len(core) == 1 and core[0].isdigit() and len(core[0]) < 6


def _strip_words(literal: str) -> str:
    """'n.12/2026' → '12/2026', 'fatt.12' → '12' (the literal after generic leading words)."""
    m = re.match(r"^(?:[^\W\d_]+[.\-_]?\s*)+?(?=\d)", literal)
    if m and all(p in _GENERIC for p in _PART_RE.findall(m.group(0))):
        return literal[m.end() :]
    return literal


def _glued(number: str) -> tuple[str, ...]:
    """A number as banks run it together in a transfer's description ("INV2026042" for INV-2026-042,
    "FT122026" for 12/2026, "2026045" for 2026-045): its letters and digits without separators, with and
    without the generic words before it.  Only for numbers of two parts or more with at least five digits
    (a run-together "12" or "2026" is in every reference)."""
    parts = _PART_RE.findall(number.lower())
    if len(parts) < 2 or sum(len(p) for p in parts if p.isdigit()) < 5:
        return ()
    forms = {"".join(parts)}
    i = 0
    while i < len(parts) - 1 and parts[i] in _GENERIC:
        i += 1
    forms.add("".join(parts[i:]))
    if i > 0:
        forms.update(word + "".join(parts[i:]) for word in ("ft", "inv", "fra", "fatt", "fact"))
    return tuple(sorted(forms))


def match_invoice_numbers(text: str, numbers: Iterable[str | None]) -> list[tuple[str, How]]:
    """(number, how it matched) for each known number that `text` names, in the order given.

    `how` is the strictest level at which any mention matched (see the module docstring).  A number
    that is None or blank (an invoice whose number is not known yet) is skipped; duplicates are
    reported once.
    """
    known: list[_Known] = []
    seen: set[str] = set()
    for number in numbers:
        if number is None:
            continue
        n = str(number).strip()
        if not n or n.lower() in seen:
            continue
        seen.add(n.lower())
        k = _key(n)
        known.append(_Known(n, n.lower(), k, _short_year(k.core), _progressive(k.core), _glued(n)))
    if not known or not text:
        return []
    index = _Index(known)

    best: dict[str, int] = {}
    prev_end = -1
    prev_worded = False
    for m in _TOKEN_RE.finditer(text):
        token = m.group(0)
        if not any(ch.isdigit() for ch in token):
            continue
        key = _key(token)
        if not index.may_fit(token, key):
            prev_worded = False
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        worded = (
            key.had_word
            or bool(_WORDED_BEFORE_RE.search(before))
            or (
                prev_worded
                and m.start() - prev_end <= 20
                and bool(_LIST_GLUE_RE.match(text[prev_end : m.start()]))
            )
        )
        level, hits = index.fits(token, key, worded)
        if hits and (len(hits) == 1 or level == 0):  # an ambiguous best fit names nothing
            for h in hits:
                best[h.number] = min(level, best.get(h.number, level))
        # "fatture 12, 13 e 14": a list that started with an invoice word goes on naming invoices
        prev_end, prev_worded = m.end(), worded and bool(hits)
    return [(k.number, _LEVELS[best[k.number]]) for k in known if k.number in best]


class _Index:
    """The known numbers by each form a mention may take, so a long text costs one lookup a token."""

    def __init__(self, known: list[_Known]) -> None:
        self.literal: dict[str, list[_Known]] = {}
        self.parts: dict[tuple[str, ...], list[_Known]] = {}
        self.short_year: dict[tuple[str, ...], list[_Known]] = {}
        self.progressive: dict[str, list[_Known]] = {}
        self.glued: dict[str, list[_Known]] = {}
        for k in known:
            for glued in k.glued:
                self.glued.setdefault(glued, []).append(k)
            self.literal.setdefault(k.literal, []).append(k)
            for form in {k.key.parts, k.key.core}:
                self.parts.setdefault(form, []).append(k)
            if k.short_year is not None:
                self.short_year.setdefault(k.short_year, []).append(k)
            if k.progressive is not None:
                self.progressive.setdefault(k.progressive, []).append(k)

    def _glued(self, literal: str, key: _Key) -> list[_Known]:
        return self.glued.get("".join(_PART_RE.findall(literal))) or self.glued.get("".join(key.core)) or []

    def may_fit(self, token: str, key: _Key) -> bool:
        """A cheap test before looking at the words around a token."""
        return (
            token.lower() in self.literal
            or key.had_word
            or key.parts in self.parts
            or key.core in self.parts
            or key.core in self.short_year
            or (len(key.core) == 1 and key.core[0] in self.progressive)
            or (bool(self.glued) and bool(self._glued(token.lower(), key)))
        )

    def fits(self, token: str, key: _Key, worded: bool) -> tuple[int, list[_Known]]:
        """(level index, known numbers) of the strictest level `token` fits, or (-1, [])."""
        if not (worded or key.had_word or not _bare_needs_word(key.core)):
            return -1, []
        literal = token.lower()
        exact = self.literal.get(literal) or (
            self.literal.get(_strip_words(literal)) if key.had_word else None
        )
        if exact:
            return 0, exact
        normalised = list(dict.fromkeys([*self.parts.get(key.parts, []), *self.parts.get(key.core, [])]))
        if normalised:
            return 1, normalised
        glued = self._glued(literal, key)
        if glued:
            return 1, glued
        if not worded:
            return -1, []
        if key.core in self.short_year:
            return 2, self.short_year[key.core]
        if len(key.core) == 1 and key.core[0] in self.progressive:
            return 3, self.progressive[key.core[0]]
        return -1, []


def find_invoice_numbers(text: str, numbers: Iterable[str | None]) -> list[str]:
    """Which of the known invoice numbers appear in `text`, in the order given.

    Whole tokens only: "12/2026" is not found in "112/2026", "12/20267", "2026/12/2026" or the date
    "15/12/2026", but is found in "n.12/2026," or "(12/2026)".  Letters compare case-insensitively
    ("inv-0042" names "INV-0042"); see `match_invoice_numbers` for the other ways a number may be
    written.
    """
    return [n for n, _ in match_invoice_numbers(text, numbers)]


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)
