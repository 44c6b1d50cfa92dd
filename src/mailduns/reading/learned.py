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
    index = _index(m) if m is not None else None
    if index is None:
        return _features(text, lg, votes)
    out: set[str] = {f"r:{v}" for v in votes}
    known = index.rank.get
    rows = {r for r in map(known, out) if r is not None}
    token, bigram = index.token, index.bigram
    prev = "^"
    neg_left = 0
    n = 0
    for tok in _TOKEN_RE.findall(text[:MAX_CHARS].lower()):
        lem, word, negated, grams, negation, word_row, negated_row, gram_rows = token(tok, lg)
        n += 1
        out.add(word)
        pair, pair_row = bigram(prev, lem)
        out.add(pair)
        if word_row >= 0:
            rows.add(word_row)
        if pair_row >= 0:
            rows.add(pair_row)
        if neg_left:
            out.add(negated)
            if negated_row >= 0:
                rows.add(negated_row)
            neg_left -= 1
        if negation:
            neg_left = 3
        prev = lem
        out.update(grams)
        rows.update(gram_rows)
    size = "len:" + ("1" if n <= 8 else "2" if n <= 25 else "3" if n <= 80 else "4")
    out.add(size)
    size_row = known(size)
    if size_row is not None:
        rows.add(size_row)
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


_Token = tuple[str, str, str, tuple[str, ...], bool, int, int, tuple[int, ...]]
_MEMO = 65536  # words (and word pairs) whose rows are kept; then the memory starts again


class _Index:
    """One model's weights laid out for adding: a row number per feature (rows in the features' sorted
    order, so adding rows by number adds them in the order `predict` always has) and a column of weights
    per kind; and each word's features with their row numbers, worked out once."""

    def __init__(self, m: Model) -> None:
        names = sorted(k for k, v in m.weights.items() if v)  # (an empty row is no row: as `filter(None)`)
        self.rank: dict[str, int] = {k: i for i, k in enumerate(names)}
        self.columns: tuple[list[float], ...] = tuple(list(c) for c in zip(*(m.weights[k] for k in names)))
        self._tokens: dict[tuple[str, str], _Token] = {}
        self._bigrams: dict[tuple[str, str], tuple[str, int]] = {}

    def token(self, tok: str, lg: str) -> _Token:
        key = (tok, lg)
        found = self._tokens.get(key)
        if found is None:
            lem, word, negated, grams, negation = _token(tok, lg, CHARS)
            rank = self.rank.get
            found = (
                lem,
                word,
                negated,
                grams,
                negation,
                rank(word, -1),
                rank(negated, -1),
                tuple(r for r in map(rank, grams) if r is not None),
            )
            if len(self._tokens) >= _MEMO:
                self._tokens.clear()
            self._tokens[key] = found
        return found

    def bigram(self, prev: str, lem: str) -> tuple[str, int]:
        key = (prev, lem)
        found = self._bigrams.get(key)
        if found is None:
            name = _bigram(prev, lem)
            found = (name, self.rank.get(name, -1))
            if len(self._bigrams) >= _MEMO:
                self._bigrams.clear()
            self._bigrams[key] = found
        return found


_indexes: dict[int, tuple[Model, _Index | None]] = {}


def _index(m: Model) -> _Index | None:
    """The model's `_Index`, made on first use; None for a model whose rows are not all one per kind
    (then `predict` adds its rows as they are)."""
    found = _indexes.get(id(m))
    if found is None or found[0] is not m:
        rows = [v for v in m.weights.values() if v]
        uniform = all(len(v) == len(m.bias) for v in rows)
        found = (m, _Index(m) if uniform else None)
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
    if index is None:
        get = m.weights.get
        rows = list(filter(None, map(get, feats)))  # (the features the model knows)
        scores = [b + sum(col) for b, col in zip(m.bias, zip(*rows))] if rows else list(m.bias)
    else:
        if isinstance(feats, Features) and feats.table is index:
            numbers = feats.rows
        else:
            numbers = [r for r in map(index.rank.get, feats) if r is not None]  # (in the order given)
        # each kind's weights added in the features' order, as sum() over the rows always added them
        scores = (
            [b + sum(map(col.__getitem__, numbers)) for b, col in zip(m.bias, index.columns)]
            if numbers
            else list(m.bias)
        )
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(m.classes, exps)}


OVERRIDE = 0.75  # the model overrides both rule readers agreeing only with this probability
KEEP_STOP = 0.1  # a stopping kind a rule reader saw stands unless the model gives it less than this
STOPPING = ("client-reply-paid", "client-reply-dispute", "payment-notification")


HELD = ("client-reply-other", "other", "auto-reply")  # below UNSURE the engine holds and asks (engine.py)


def decide(probs: Mapping[str, float], dated_promise: bool = False) -> tuple[str, float]:
    """(kind, confidence).  The likeliest kind, except: once stopping kinds (paid, dispute) together
    reach `stop_mass` (`promise_mass` against a promise the rules found no date for), the likeliest of them; once they reach `ask_mass`, a continuing kind the engine
    holds on when unsure (other, client-reply-other, auto-reply) comes with a confidence below UNSURE, so
    the owner is asked rather than reminders going on."""
    from mailduns.reading.model import UNSURE

    m = model()
    stop_mass, ask_mass, promise_mass = (
        (m.stop_mass, m.ask_mass, m.promise_mass) if m is not None else (0.5, 0.15, 0.3)
    )
    best = max(probs, key=lambda k: probs[k])
    stops = {k: p for k, p in probs.items() if k in STOPPING}
    mass = sum(stops.values())
    if best in STOPPING or not stops:
        return best, probs[best]
    if mass >= stop_mass or (best == "client-reply-promise" and mass >= promise_mass and not dated_promise):
        # (reminders resume after a promised date: a paid claim read as a promise is as costly)
        return max(stops, key=lambda k: stops[k]), mass
    if mass >= ask_mass and best in HELD:
        return best, min(probs[best], UNSURE - 0.1)
    return best, probs[best]


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)
