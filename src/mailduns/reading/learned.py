"""A small linear model for what a person's reply means, on top of the rules.

Why: phrase and clause rules are precise on the wordings they were written for and miss the next
writer's ("è già in lista per il 10", "inserita nella distinta del 15").  A multinomial logistic
regression over the reply's word lemmas, lemma bigrams, negated lemmas and the rules' own votes
generalises across wordings while keeping what the rules know.  It is trained offline on the dev split
of tests/data/replies and the old hand-written cases only (bench/build_reading_data.py, cross-validated
by client so the figure is honest) and shipped as weights (reading/reply_model.json): reading needs no
library and does no training.  Only human replies go through it; bounces, RFC 3834 auto-replies,
payment providers' notices, SdI notices and invoices are still decided by rules.

Its probability is the confidence.  Safety is asymmetric: when the probability of a stopping kind (paid,
dispute) reaches `STOP_MASS`, a stopping kind is read even if a continuing one is more likely — reminding
someone who paid or contests is the costly mistake.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from mailduns.reading import fastre

_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[?€$£]", re.UNICODE)
_NEG = frozenset(
    {
        "non",
        "no",
        "not",
        "never",
        "mai",
        "nunca",
        "ni",
        "nor",
        "ancora",
        "yet",
        "todavia",
        "aun",
        "nessun",
        "nessuno",
        "ningun",
        "ninguna",
        "nada",
        "niente",
        "nothing",
        "n't",
        "cannot",
        "without",
        "senza",
        "sin",
    }
)
MAX_CHARS = 3_000
CHARS = 4  # character n-grams of words (morphology shared across wordings: pagh-, pagat-, transf-)

TRACE: list[list[str]] | None = None  # set by bench/build_reading_data.py to collect training features


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    stop_mass: float
    ask_mass: float = 0.15
    promise_mass: float = 0.3


@cache
def model() -> Model | None:
    try:
        data = json.loads(
            resources.files("mailduns.reading").joinpath("reply_model.json").read_text(encoding="utf-8")
        )
    except (OSError, ValueError):  # no model shipped: the rules alone decide
        return None
    return Model(
        tuple(data["classes"]),
        tuple(data["bias"]),
        {k: tuple(v) for k, v in data["weights"].items()},
        float(data["stop_mass"]),
        float(data.get("ask_mass", 0.15)),
        float(data.get("promise_mass", 0.3)),
    )


class Features(list[str]):
    """A reply's features (sorted strings) with the model rows of those the model knows, in the same order.

    Why: adding up a reply's ~250 weight rows cost more in looking 250 strings up in a dictionary of
    39,000 (a cache miss each) than in adding; a word's rows are looked up once, when the word is first
    seen (`_Index.token`), and `predict` adds the rows it is handed.  It is still the list of strings that
    the training trace and the callers read."""

    __slots__ = ("rows", "table")

    def __init__(self, items: Iterable[str], index: _Index | None, rows: list[int]) -> None:
        super().__init__(items)
        self.table = index
        self.rows = rows


def features(text: str, lang: str | None, votes: Iterable[str]) -> list[str]:
    """Binary features of a reply: lemmas, lemma bigrams, lemmas within three words after a negation,
    and the rules' votes ("r:..."); digits are one token "#"."""
    lg = lang if lang in ("it", "es", "en") else "it"
    m = model()
    if m is None:
        return _features(text, lg, votes)
    index = _index(m)
    out: set[str] = {f"r:{v}" for v in votes}
    rows = set(map(index.number, out))
    words, pairs = index.words[lg], index.pairs
    prev = "^"
    neg_left = 0
    n = 0
    for tok in _TOKEN_RE.findall(text[:MAX_CHARS].lower()):
        lem, names, numbers, negated, negated_row, negation = words.get(tok) or index.word(tok, lg)
        n += 1
        out.update(names)
        rows.update(numbers)
        pair, pair_row = pairs.get((prev, lem)) or index.pair(prev, lem)
        out.add(pair)
        rows.add(pair_row)
        if neg_left:
            out.add(negated)
            rows.add(negated_row)
            neg_left -= 1
        if negation:
            neg_left = 3
        prev = lem
    size = "len:" + ("1" if n <= 8 else "2" if n <= 25 else "3" if n <= 80 else "4")
    out.add(size)
    rows.add(index.number(size))
    rows.discard(_UNKNOWN)
    return Features(sorted(out), index, sorted(rows))


def _features(text: str, lg: str, votes: Iterable[str]) -> list[str]:
    """`features` without a model to look the features up in (the training trace)."""
    out: set[str] = {f"r:{v}" for v in votes}
    prev = "^"
    neg_left = 0
    n = 0
    for tok in _TOKEN_RE.findall(text[:MAX_CHARS].lower()):
        lem, word, negated, grams, negation = _token(tok, lg, CHARS)
        n += 1
        out.add(word)
        out.add(_bigram(prev, lem))
        if neg_left:
            out.add(negated)
            neg_left -= 1
        if negation:
            neg_left = 3
        prev = lem
        out.update(grams)
    out.add("len:" + ("1" if n <= 8 else "2" if n <= 25 else "3" if n <= 80 else "4"))
    return sorted(out)


# What one token gives, worked out once: replies reuse the same words, and a feature string made once
# keeps its hash for the model's lookups.
@lru_cache(maxsize=65536)
def _token(tok: str, lg: str, chars: int) -> tuple[str, str, str, tuple[str, ...], bool]:
    """(lemma, its "w:" and "n:" features, character n-gram features, whether it negates) of one
    lower-case token."""
    from mailduns.reading.intent import _fold_word, _lemma

    lem = "#" if tok[0].isdigit() else _lemma(tok, lg) if tok.isalpha() else tok
    grams: tuple[str, ...] = ()
    if chars and tok.isalpha() and len(tok) > 3:
        w = f"<{_fold_word(tok)}>"
        grams = tuple("c:" + w[i : i + chars] for i in range(len(w) - chars + 1))
    return lem, "w:" + lem, "n:" + lem, grams, lem in _NEG or _fold_word(tok) in _NEG


@lru_cache(maxsize=65536)
def _bigram(prev: str, lem: str) -> str:
    return f"b:{prev}_{lem}"


# a word's (lemma, its "w:" and "c:" features, their numbers, its "n:" feature, its number, whether it negates)
_Word = tuple[str, tuple[str, ...], tuple[int, ...], str, int, bool]
_UNKNOWN = -1  # the number of a feature the model does not know
_MEMO = 65536  # words (and word pairs) kept with their numbers; then the memory starts again


class _Index:
    """One model's weights by number: a number per feature (in the features' sorted order, so rows taken
    by number are added in the order `predict` always added them), and each word's features with their
    numbers, worked out once."""

    def __init__(self, m: Model) -> None:
        names = sorted(k for k, v in m.weights.items() if v)  # (an empty row is no row: as `filter(None)`)
        self.rank: dict[str, int] = {k: i for i, k in enumerate(names)}
        self.rows: list[tuple[float, ...]] = [tuple(m.weights[k]) for k in names]
        self.words: dict[str, dict[str, _Word]] = {lg: {} for lg in ("it", "es", "en")}
        self.pairs: dict[tuple[str, str], tuple[str, int]] = {}

    def number(self, feature: str) -> int:
        return self.rank.get(feature, _UNKNOWN)

    def word(self, tok: str, lg: str) -> _Word:
        lem, word, negated, grams, negation = _token(tok, lg, CHARS)
        names = (word, *grams)
        found = (lem, names, tuple(map(self.number, names)), negated, self.number(negated), negation)
        memo = self.words[lg]
        if len(memo) >= _MEMO:
            memo.clear()
        memo[tok] = found
        return found

    def pair(self, prev: str, lem: str) -> tuple[str, int]:
        name = _bigram(prev, lem)
        found = (name, self.number(name))
        if len(self.pairs) >= _MEMO:
            self.pairs.clear()
        self.pairs[prev, lem] = found
        return found


_indexes: dict[int, tuple[Model, _Index]] = {}


def _index(m: Model) -> _Index:
    """The model's `_Index`, made on first use."""
    found = _indexes.get(id(m))
    if found is None or found[0] is not m:
        found = (m, _Index(m))
        if len(_indexes) >= 8:  # (models made one after another while training)
            _indexes.clear()
        _indexes[id(m)] = found
    return found[1]


def predict(feats: Iterable[str]) -> dict[str, float] | None:
    """Probability of each kind, or None when no model is shipped."""
    m = model()
    if m is None:
        return None
    index = _index(m)
    if isinstance(feats, Features) and feats.table is index:
        numbers = feats.rows
    else:
        numbers = [r for r in map(index.rank.get, feats) if r is not None]
    rows = list(map(index.rows.__getitem__, numbers))  # (the features the model knows, in their order)
    scores = [b + sum(col) for b, col in zip(m.bias, zip(*rows))] if rows else list(m.bias)
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(m.classes, exps)}


OVERRIDE = 0.75  # the model overrides both rule readers agreeing only with this probability
KEEP_STOP = 0.1  # a stopping kind a rule reader saw stands unless the model gives it less than this
STOPPING = ("client-reply-paid", "client-reply-dispute", "payment-notification")


HELD = ("client-reply-other", "other", "auto-reply")  # below UNSURE the engine holds and asks (engine.py)


def asks(probs: Mapping[str, float]) -> bool:
    """Whether the stopping kinds together reach the model's `ask_mass`: a continuing reading of this
    reply must not let reminders go on without the owner."""
    m = model()
    ask_mass = m.ask_mass if m is not None else 0.15
    return sum(p for k, p in probs.items() if k in STOPPING) >= ask_mass


def decide(probs: Mapping[str, float], dated_promise: bool = False) -> tuple[str, float]:
    """(kind, confidence).  The likeliest kind, except: once stopping kinds (paid, dispute) together
    reach `stop_mass` (`promise_mass` against a promise the rules found no date for), the likeliest of them; once they reach `ask_mass`, a continuing kind the engine
    holds on when unsure (other, client-reply-other, auto-reply) comes with a confidence below UNSURE, so
    the owner is asked rather than reminders going on."""
    from mailduns.reading.model import UNSURE

    m = model()
    stop_mass, promise_mass = (m.stop_mass, m.promise_mass) if m is not None else (0.5, 0.3)
    best = max(probs, key=lambda k: probs[k])
    stops = {k: p for k, p in probs.items() if k in STOPPING}
    mass = sum(stops.values())
    if best in STOPPING or not stops:
        return best, probs[best]
    if mass >= stop_mass or (best == "client-reply-promise" and mass >= promise_mass and not dated_promise):
        # (reminders resume after a promised date: a paid claim read as a promise is as costly)
        return max(stops, key=lambda k: stops[k]), mass
    if asks(probs) and best in HELD:
        return best, min(probs[best], UNSURE - 0.1)
    return best, probs[best]


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)
