"""`mailduns demo` shows each letter's text and the owner's notes, not only subjects, and says how to
keep the state and look at it with status, log and preview."""

from __future__ import annotations

import pytest

from mailduns.onboarding.demo import run_demo
from mailduns.onboarding.devrig import dovecot_available


@pytest.mark.mailrig
@pytest.mark.skipif(not dovecot_available(), reason="needs Dovecot")
def test_demo_shows_letters_and_notes(capsys: pytest.CaptureFixture[str]) -> None:
    from mailduns.cli.main import format_status, main

    assert run_demo(main, format_status, days=15) == 0
    out = capsys.readouterr().out
    assert "      | Spett.le Acme Srl," in out  # the letter itself, not only its subject
    assert "      | Estimados señores:" in out
    assert "What mailduns told you" in out
    assert "[mailduns] Ibérica Diseño SL dice di aver pagato la fattura 2026/7" in out
    assert "mailduns demo --keep" in out and "`mailduns status`, `log` and `preview`" in out
