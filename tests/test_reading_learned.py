"""The reply model's fast path (rows looked up once per word) must give the very probabilities of adding
the weight rows of the feature strings one by one."""

from __future__ import annotations

import math
import random

from mailduns.reading import learned

TEXTS = [
    "Buongiorno, il bonifico è partito ieri, vi allego la contabile.",
    "Non abbiamo ancora pagato: la fattura non è corretta, manca lo sconto.",
    "Le pagaremos el viernes sin falta, disculpe el retraso.",
    "We'll pay it next Monday, sorry for the delay!",
    "ok",
    "",
    "Grazie, ricevuto. Saluti",
]


def _plain(feats: list[str]) -> dict[str, float] | None:
    m = learned.model()
    assert m is not None
    rows = list(filter(None, map(m.weights.get, feats)))
    scores = [b + sum(col) for b, col in zip(m.bias, zip(*rows))] if rows else list(m.bias)
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(m.classes, exps)}


def test_rows_add_up_as_the_strings_do() -> None:
    for lang in ("it", "es", "en", None):
        for text in TEXTS:
            feats = learned.features(text, lang, ["rule=none", "replyish"])
            assert isinstance(feats, learned.Features)
            assert feats == sorted(set(feats))
            assert learned.predict(feats) == _plain(
                list(feats)
            )  # exactly: the same additions in the same order
            shuffled = list(feats)
            random.Random(len(text)).shuffle(shuffled)
            assert learned.predict(shuffled) == _plain(shuffled)  # a plain list: added in its own order
