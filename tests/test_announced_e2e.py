"""Nothing goes out unannounced (issue 14), end to end against Dovecot.

Five weeks, day by day, two clients: bob (the main ladder with repeats; he promises a date, so his
reminders are snoozed) and carol (a profile of her own, her own time zone, and an out-of-office
that snoozes her invoice across two of her steps). Every letter the daemon sends must have been
announced the day before by `status --json` (that step, at or before that run) and by the digest's
week (the same step at the same instant).
"""

from __future__ import annotations

import time as _time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.onboarding.devrig import MailRig
from mailduns.service.digest import digest_data
from mailduns.settings.config import load_config
from mailduns.store.db import open_store

from .conftest import mail
from .test_e2e import Freelancer

ROME = ZoneInfo("Europe/Rome")
EXTRA = """repeat_every_days = 3
repeat_max = 1

[sending]
window = "09:00-18:00"
weekdays_only = false
holidays = ""

[clients."carol@example.test"]
profile = "gentle"
timezone = "Europe/London"

[[profiles.gentle.steps]]
name = "reminder"
days = 0

[[profiles.gentle.steps]]
name = "final"
days = 7
late_fee = true
"""

Letter = tuple[str, str]  # (invoice number, step)


def letters_of_the_run(f: Freelancer, now: datetime) -> set[Letter]:
    with open_store(f.state) as store:
        numbers = {inv.id: inv.number for inv in store.invoices()}
        return {
            (numbers[i.invoice_id], str(i.step))
            for i in store.outbox()
            if i.kind == "reminder" and i.invoice_id is not None and i.created_at == now
        }


def digest_week(f: Freelancer, now: datetime) -> set[tuple[str, str, datetime]]:
    config = load_config(f.config)
    with open_store(f.state) as store:
        data = digest_data(store.invoices(), store.events(), store.outbox(), now, config)
    return {(line.number, line.step, line.at) for line in data.coming}


def test_every_letter_was_announced_the_day_before_by_status_and_the_digest(
    rig: MailRig, tmp_path: Path
) -> None:
    started = _time.monotonic()
    f = Freelancer(rig, tmp_path, extra=EXTRA)
    bob = f.send_invoice(
        "Fattura 21/2026", "Totale: 1.220,00 €\nScadenza: 02/12/2026", datetime(2026, 11, 2, 15, tzinfo=ROME)
    )
    carol = f.send_invoice(
        "Fattura 22/2026",
        "Totale: 800,00 €\nScadenza: 05/12/2026",
        datetime(2026, 11, 5, 15, tzinfo=ROME),
        to="carol",
    )
    replies = {
        datetime(2026, 12, 4).date(): mail(
            "carol@example.test",
            f.owner,
            "Risposta automatica: Re: Fattura 22/2026",
            "Sono fuori ufficio, rientro il 13 dicembre 2026.",
            datetime(2026, 12, 4, 8, tzinfo=ROME),
            reply_to=str(carol["Message-ID"]),
        ),
        datetime(2026, 12, 8).date(): mail(
            "bob@example.test",
            f.owner,
            "Re: Fattura 21/2026",
            "Buongiorno, pagheremo entro il 15 dicembre 2026.\nGrazie",
            datetime(2026, 12, 8, 8, tzinfo=ROME),
            reply_to=str(bob["Message-ID"]),
        ),
    }
    replies[datetime(2026, 12, 4).date()]["Auto-Submitted"] = "auto-replied"

    announced: dict[str, tuple[str | None, str | None]] = {}
    week: set[tuple[str, str, datetime]] = set()
    sent: list[tuple[datetime, Letter]] = []
    start = datetime(2026, 11, 27, 11, tzinfo=ROME)
    for day in range(42):
        now = start + timedelta(days=day)
        if now.date() in replies:
            rig.deliver(replies[now.date()].as_bytes(), f.owner)
        f.run(now.isoformat())
        for letter in sorted(letters_of_the_run(f, now)):
            sent.append((now, letter))
            number, step = letter
            told_step, told_at = announced.get(number, (None, None))
            assert told_step == step and told_at is not None, (
                f"{now:%d %b}: {letter} was not announced ({told_step})"
            )
            told = datetime.fromisoformat(told_at)
            assert now - timedelta(days=1) < told <= now, f"{now:%d %b}: {letter} was announced for {told_at}"
            assert (number, step, told) in week, f"{now:%d %b}: {letter} missing from the digest's week"
        before = announced
        announced = {n: (row["next_step"], row["next_at"]) for n, row in f.status(now.isoformat()).items()}
        # an announcement holds until its instant, unless something happened to the invoice meanwhile
        # (a reply today, a letter today): the snoozed invoice of issue 14 changed its story here
        touched = {n for t, (n, _s) in sent if t == now}
        if now.date() in replies:
            touched.add("21/2026" if "bob" in str(replies[now.date()]["From"]) else "22/2026")
        for number, (step, at) in before.items():
            if number not in touched and at is not None and datetime.fromisoformat(at) > now:
                assert announced[number] == (step, at), (
                    f"{now:%d %b}: {number} was {(step, at)}, now {announced[number]}"
                )
        week = digest_week(f, now)
        # what status announces for the coming week, the digest lists too
        for number, (step, at) in announced.items():
            if step is not None and at is not None and datetime.fromisoformat(at) <= now + timedelta(days=7):
                assert (number, step, datetime.fromisoformat(at)) in week

    steps = {n: [s for _t, (m, s) in sent if m == n] for n in ("21/2026", "22/2026")}
    # bob: courtesy, due, reminder; his promise snoozes late_fee to the day after the promised date
    assert steps["21/2026"] == [
        "courtesy",
        "due",
        "reminder",
        "late_fee",
        "suspension",
        "final",
        "final_repeat1",
    ]
    assert next(t for t, (n, s) in sent if s == "late_fee").date() == datetime(2026, 12, 16).date()
    # carol: back on 13 Dec, when her "final" (5 + 7 days) is already due: the final goes, not the reminder
    assert steps["22/2026"] == ["final", "final_repeat1"]
    assert _time.monotonic() - started < 60
