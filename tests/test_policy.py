"""The pure policy: which step is due when, with a fixed clock and a real calendar."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from mailduns.core.sending_calendar import SendingCalendar
from mailduns.settings.config import DEFAULT_STEPS
from mailduns.core.policy import plan, step_instant
from mailduns.store.db import Invoice

ROME = ZoneInfo("Europe/Rome")
CAL = SendingCalendar(
    window_start=time(9), window_end=time(18), weekdays_only=True, holiday_country="IT", tz=ROME
)
ANY_DAY = SendingCalendar(
    window_start=time(9), window_end=time(18), weekdays_only=False, holiday_country="", tz=ROME
)


def invoice(**kw: object) -> Invoice:
    base = Invoice(
        id=1,
        key="k",
        number="12/2026",
        message_id="<m@x>",
        references=(),
        subject="Fattura 12/2026",
        folder="Sent",
        uidvalidity=1,
        uid=1,
        sent_at=datetime(2026, 11, 2, 15, tzinfo=ROME),
        issue_date=date(2026, 11, 2),
        due_date=date(2026, 12, 2),
        amount=None,
        total=None,
        client_email="bob@x.it",
        client_name=None,
        recipients=("bob@x.it",),
        cc=(),
        language="it",
        source="body",
        state="open",
        why="",
        snooze_until=None,
        last_step=None,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def at(y: int, m: int, d: int, h: int = 10) -> datetime:
    return datetime(y, m, d, h, tzinfo=ROME)


def test_nothing_due_before_the_first_step() -> None:
    p = plan(invoice(), DEFAULT_STEPS, [], at(2026, 11, 20), ANY_DAY)
    assert p.send is None and p.next_step is not None and p.next_step.name == "courtesy"
    assert p.next_at == at(2026, 11, 29, 9)


def test_only_the_latest_missed_step_is_sent() -> None:
    p = plan(invoice(), DEFAULT_STEPS, [], at(2026, 12, 13), ANY_DAY)
    assert p.send is not None and p.send.name == "late_fee"
    assert p.skipped == ("courtesy", "due", "reminder")
    assert p.next_step is not None and p.next_step.name == "suspension"


def test_a_sent_step_is_never_due_again_and_the_ladder_moves_forward() -> None:
    p = plan(invoice(), DEFAULT_STEPS, ["late_fee"], at(2026, 12, 13), ANY_DAY)
    assert p.send is None and p.next_step is not None and p.next_step.name == "suspension"
    # even an earlier step that was never sent stays skipped
    assert plan(invoice(), DEFAULT_STEPS, ["late_fee"], at(2026, 12, 21), ANY_DAY).send is None


def test_steps_before_the_invoice_was_sent_never_go_out() -> None:
    late = invoice(sent_at=at(2026, 12, 1), issue_date=date(2026, 12, 1))
    p = plan(late, DEFAULT_STEPS, [], at(2026, 12, 1, 12), ANY_DAY)
    assert p.send is None and p.next_step is not None and p.next_step.name == "due"


def test_outside_the_window_waits_for_the_next_opening() -> None:
    p = plan(invoice(), DEFAULT_STEPS, [], at(2026, 12, 7, 19), ANY_DAY)
    assert p.send is None and p.next_step is not None and p.next_step.name == "reminder"
    assert p.next_at == at(2026, 12, 8, 9)


def test_weekends_and_holidays_are_skipped() -> None:
    # 2026-12-26 is Santo Stefano (Saturday too); 27 is Sunday: the next business morning is the 28th
    p = plan(
        invoice(due_date=date(2026, 12, 21)), DEFAULT_STEPS, ["courtesy", "due"], at(2026, 12, 26, 10), CAL
    )
    assert p.send is None and p.next_at == at(2026, 12, 28, 9)


def test_stopped_states_never_send() -> None:
    for state in ("paid", "hold", "history", "closed"):
        assert plan(invoice(state=state), DEFAULT_STEPS, [], at(2027, 1, 30), ANY_DAY).send is None


def test_snooze_holds_until_it_ends_then_sends_the_latest() -> None:
    snoozed = invoice(state="snoozed", snooze_until=at(2026, 12, 15, 0))
    p = plan(snoozed, DEFAULT_STEPS, ["reminder"], at(2026, 12, 13), ANY_DAY)
    assert p.send is None and p.next_step is not None and p.next_step.name == "late_fee"
    assert p.next_at == at(2026, 12, 15, 9)
    p = plan(snoozed, DEFAULT_STEPS, ["reminder"], at(2026, 12, 15, 10), ANY_DAY)
    assert p.new_state == "open" and p.send is not None and p.send.name == "late_fee"


def test_finished_ladder_closes() -> None:
    p = plan(invoice(), DEFAULT_STEPS, ["final"], at(2027, 2, 1), ANY_DAY)
    assert p.new_state == "closed" and p.send is None


def test_step_instant_is_window_opening_in_owner_time() -> None:
    assert step_instant(date(2026, 12, 2), 5, ANY_DAY) == at(2026, 12, 7, 9)
