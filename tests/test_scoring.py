"""Scoring judges a client on days late at payment and on letters sent after the due date only."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from mailduns.core.scoring import ScoringConfig, score_clients
from mailduns.settings.config import load_config
from mailduns.store.db import Store
from tests.test_digest import ROME, Seeder, write_config


def test_a_courtesy_note_before_the_due_date_does_not_make_a_slow_payer(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "en"))
    store = Store(config.state.path)
    try:
        s = Seeder(store)
        # Three invoices, each with a courtesy note 3 days before and the due-date note on the day,
        # each paid on the due date: a reliable client.
        for n, (sent, due) in enumerate(
            (("2026-06-01", "2026-07-01"), ("2026-08-01", "2026-08-31"), ("2026-10-01", "2026-10-31"))
        ):
            inv = s.invoice(f"{n + 1}/2026", "acme", "500.00", sent, due)
            d = datetime.fromisoformat(due).date()
            s.reminder(inv, "courtesy", (d - timedelta(days=3)).isoformat())
            s.reminder(inv, "due", d.isoformat())
            s.paid(store.invoice(inv.id), due)
        now = datetime(2026, 12, 14, 8, 0, tzinfo=ROME)
        [acme] = score_clients(store.invoices(), store.events(), store.outbox(), now, tz=ROME)
    finally:
        store.close()
    assert acme.reminders == 0  # nothing was sent after a due date
    assert acme.label == "reliable", acme.reasons
    assert ScoringConfig().slow_reminders == 2


def test_letters_after_the_due_date_still_count(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "en"))
    store = Store(config.state.path)
    try:
        s = Seeder(store)
        # paid 3 days late each time (below slow_average_days), but only after two reminders each
        for n, (sent, due, paid) in enumerate(
            (("2026-06-01", "2026-07-01", "2026-07-04"), ("2026-08-01", "2026-08-31", "2026-09-03"))
        ):
            inv = s.invoice(f"{n + 1}/2026", "acme", "500.00", sent, due)
            d = datetime.fromisoformat(due).date()
            s.reminder(inv, "reminder", (d + timedelta(days=1)).isoformat())
            s.reminder(inv, "late_fee", (d + timedelta(days=2)).isoformat())
            s.paid(store.invoice(inv.id), paid)
        now = datetime(2026, 12, 14, 8, 0, tzinfo=timezone(timedelta(hours=1)))
        [acme] = score_clients(store.invoices(), store.events(), store.outbox(), now, tz=ROME)
    finally:
        store.close()
    assert acme.reminders == 4 and acme.average_days_late is not None and acme.average_days_late < 7
    assert acme.label == "slow-payer"
    assert any("after the due date" in r for r in acme.reasons)
