"""Corrections: how the freelancer said a message should have been read, applied to the next one
phrased like it (from any client).

When the freelancer answers a note ("pagato", "contestazione", "ignora"...), the engine stores the
answer with `normalise(...)` of that message's own words (what the client added: no quotes, no
signature). The corrections reach the reader as a pure input (`ReadingRules.corrections`), and
`find` tells whether a new message is close enough to one of them to be read the same way.

Close enough, and why: both texts are reduced to the set of their words' lemmas (simplemma; lower
case, no accents), leaving out digits (amounts, dates and invoice numbers differ from one client to
the next), greeting and sign-off lines, a trailing name line, and politeness words. Two messages are
alike when their normalised texts are identical or the Jaccard similarity of the two lemma sets
(shared lemmas / all lemmas) is at least THRESHOLD = 0.8. At 0.8 a sentence of ten lemmas may differ
by about one lemma on each side ("la fattura è stata girata all'amministrazione" and "abbiamo girato
la fattura all'amministrazione" are alike; "la fattura è pagata" and "la fattura non è pagata" are
not, and neither is a message that adds a second sentence to the corrected one). Lower thresholds
began to join messages that say opposite things with the same vocabulary; a miss only means the
freelancer is asked again, a wrong match silences or stops reminders, so the threshold is strict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import simplemma

from mailduns.reading import fastre
from mailduns.reading.classify import NonInvoiceKind, Verdict
from mailduns.reading.dates import fold

__all__ = ["CORRECTABLE", "THRESHOLD", "Correction", "apply", "find", "lemmas", "normalise", "similarity"]

THRESHOLD = 0.8

#: The readings a correction may replace: what a person wrote (never a payment notice, a bounce or
#: an invoice, whose wording is a service's template and alike from one message to the next).
CORRECTABLE = frozenset(
    {
        "client-reply-paid",
        "client-reply-promise",
        "client-reply-dispute",
        "client-reply-other",
        "auto-reply",
        "other",
    }
)

_KIND: dict[str, NonInvoiceKind] = {
    "paid": "client-reply-paid",
    "promise": "client-reply-promise",
    "dispute": "client-reply-dispute",
    "resume": "other",
    "ignore": "other",
}


@dataclass(frozen=True)
class Correction:
    """A message's normalised words and the answer the freelancer gave about it."""

    text: str
    answer: str  # paid | promise | dispute | resume | ignore
    lemmas: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, answer: str) -> Correction:
        return cls(text, answer, frozenset(text.split()))


_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_GREETING_RE = re.compile(
    r"^\s*(?:buon\s*giorno|buona\s*sera|buonasera|salve|ciao|gentil\w*|egreg\w*|spett\w*|"
    r"caro|cara|hola|buen[oa]s|estimad\w*|querid\w*|hi|hello|hey|dear|good\s+(?:morning|"
    r"afternoon|evening))\b",
    re.IGNORECASE,
)
_SIGNOFF_RE = re.compile(
    r"^\s*(?:cordiali|distinti|saluti|un\s+saluto|grazie|cordialmente|a\s+presto|"
    r"saludos|un\s+saludo|atentamente|gracias|muchas\s+gracias|best|kind|regards|thanks|"
    r"thank\s+you|cheers|many\s+thanks|sincerely)\b",
    re.IGNORECASE,
)
# words of courtesy that say nothing about the invoice
_POLITE = frozenset(
    {
        "grazie",
        "saluti",
        "saluto",
        "cordiali",
        "cordialmente",
        "distinti",
        "buongiorno",
        "buonasera",
        "salve",
        "ciao",
        "gracias",
        "saludo",
        "saludos",
        "atentamente",
        "hola",
        "thanks",
        "thank",
        "regards",
        "best",
        "kind",
        "cheers",
        "hello",
        "hi",
        "dear",
        "please",
        "prego",
        "favore",
        "favor",
        "perfavore",
        "porfavor",
    }
)


@lru_cache(maxsize=65536)
def _lemma(word: str, lang: str) -> str:
    try:
        return fold(simplemma.lemmatize(word, lang=lang))
    except Exception:  # noqa: BLE001 - a dictionary problem must not stop reading
        return word


def normalise(new_text: str, language: str | None) -> str:
    """The lemmas of what a person wrote, in order, space-separated (see the module's doc)."""
    lines = [ln.strip() for ln in new_text.splitlines() if ln.strip()]
    if len(lines) > 1 and _GREETING_RE.match(lines[0]) and len(lines[0].split()) <= 5:
        lines = lines[1:]  # "Buongiorno Alessandra,"
    while len(lines) > 1 and (
        _SIGNOFF_RE.match(lines[-1]) or (len(lines[-1].split()) <= 3 and not re.search(r"[.!?]$", lines[-1]))
    ):
        lines = lines[:-1]  # "Cordiali saluti", "Mario Bianchi"
    lang = language if language in ("it", "es", "en") else "en"
    out: list[str] = []
    for word in _WORD_RE.findall(" ".join(lines)):
        w = fold(word).replace("'", "")
        if len(w) < 2 or w in _POLITE:
            continue
        lem = _lemma(w, lang)
        if lem and lem not in _POLITE:
            out.append(lem)
    return " ".join(out)


def lemmas(normalised: str) -> frozenset[str]:
    return frozenset(normalised.split())


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two lemma sets: 0 (nothing shared) .. 1 (the same words)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def find(corrections: Iterable[Correction], new_text: str, language: str | None) -> Correction | None:
    """The correction `new_text` is read by: an identical normalised text, else the most similar
    one at or above THRESHOLD (the later one on a tie: the freelancer's latest word wins)."""
    text = normalise(new_text, language)
    if not text:
        return None
    mine = lemmas(text)
    best: Correction | None = None
    best_score = 0.0
    for c in corrections:
        score = 1.0 if c.text == text else similarity(mine, c.lemmas or lemmas(c.text))
        if score >= THRESHOLD and score >= best_score:
            best, best_score = c, score
    return best


def apply(verdict: Verdict, correction: Correction) -> Verdict:
    """`verdict` as the correction reads it; facts the reader found (a date, an amount, a reference)
    are kept. A promised date is never carried over from the corrected message: it was that client's."""
    kind = _KIND.get(correction.answer, verdict.kind)
    keep_date = kind == "client-reply-promise" and verdict.kind == "client-reply-promise"
    return replace(
        verdict,
        kind=kind,
        promised_date=verdict.promised_date if keep_date else None,
        return_date=None,
        confidence=max(verdict.confidence, 0.9),
    )


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)
