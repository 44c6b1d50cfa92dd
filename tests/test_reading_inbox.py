"""Every realistic case of tests/inbox_cases.py reads as labelled: the kind, and the facts named."""

from __future__ import annotations

import pytest

from mailduns.reading import read_message

from .inbox_cases import ALL, CASES, HOLDOUT, Case


@pytest.mark.parametrize("case", ALL, ids=[c.name for c in ALL])
def test_case(case: Case) -> None:
    facts = read_message(case.raw)
    assert facts.kind == case.kind
    assert facts.reply is not None
    for key, want in case.facts.items():
        assert getattr(facts.reply, key) == want, key
    assert not any(p.startswith("internal error") for p in facts.problems)


def test_the_cases_cover_what_the_benchmark_promises() -> None:
    kinds = [c.kind for c in ALL]
    assert kinds.count("payment-notification") >= 40
    assert sum(k.startswith("client-reply-") for k in kinds) >= 60
    assert {c.lang for c in ALL if c.kind == "auto-reply"} >= {"it", "es", "en", "fr", "de"}
    assert len({c.name for c in ALL}) == len(ALL)
    assert len(HOLDOUT) >= 0.2 * len(ALL) - 1
    assert all(not c.holdout for c in CASES) and all(c.holdout for c in HOLDOUT)
