"""Real-world mail from the shared corpus, checked against the facts a person reads in it
(/work/shared/corpus/labels.toml).  The corpus is not part of the project: skipped when absent."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from mailduns.reading import read_message, read_text
from mailduns.reading.classify import split_reply
from mailduns.reading.model import MessageFacts

CORPUS = Path(__file__).parents[2] / "shared" / "corpus"
LABELS = CORPUS / "labels.toml"

if not LABELS.is_file():
    pytest.skip(
        f"shared mail corpus not found at {CORPUS} (it lives outside the repository)", allow_module_level=True
    )

_ALL: dict[str, dict[str, Any]] = tomllib.loads(LABELS.read_text(encoding="utf-8"))["files"]
MAIL = {k: v for k, v in _ALL.items() if k.startswith("mail/") and (CORPUS / k).is_file()}


def _read(key: str) -> MessageFacts:
    path = CORPUS / key
    if MAIL[key].get("format") == "body-only":
        return read_text(path.read_bytes().decode("utf-8", errors="replace"))
    return read_message(path.read_bytes())


def _keys(pred: Any) -> list[str]:
    return sorted(k for k, v in MAIL.items() if pred(v))


@pytest.mark.parametrize("key", _keys(lambda v: "kind" in v))
def test_kind(key: str) -> None:
    facts = _read(key)
    assert facts.kind == MAIL[key]["kind"]
    assert not any(p.startswith("internal error") for p in facts.problems)


@pytest.mark.parametrize("key", _keys(lambda v: v.get("kind") == "bounce"))
def test_failed_recipient(key: str) -> None:
    facts = _read(key)
    assert facts.reply is not None
    assert facts.reply.failed_recipient == MAIL[key].get("failed_recipient")


@pytest.mark.parametrize("key", _keys(lambda v: "return_date" in v))
def test_return_date(key: str) -> None:  # the current labels state none; ready for when they do
    facts = _read(key)
    assert facts.reply is not None and facts.reply.return_date is not None
    assert facts.reply.return_date.isoformat() == MAIL[key]["return_date"]


@pytest.mark.parametrize("key", _keys(lambda v: v.get("language") in ("it", "es", "en")))
def test_language(key: str) -> None:
    assert _read(key).language == MAIL[key]["language"]


@pytest.mark.parametrize("key", _keys(lambda v: v.get("language") in ("ru", "ja", "de")))
def test_unsupported_languages_are_not_guessed(key: str) -> None:
    assert _read(key).language is None


@pytest.mark.parametrize("key", _keys(lambda v: "reply_text" in v))
def test_reply_text(key: str) -> None:
    assert split_reply(_read(key).text).new_text == MAIL[key]["reply_text"]


def test_autoreply_away_until_may_5() -> None:
    key = "mail/sisimai/autoreply/rfc3834-01.eml"
    if key not in MAIL:
        pytest.skip(f"{key} not in the corpus")
    facts = _read(key)
    assert facts.reply is not None and facts.reply.return_date is not None
    assert facts.reply.return_date.isoformat() == "2005-05-05"
