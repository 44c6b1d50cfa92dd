"""Decisions as values (core/decide.py) and the one transitions table (core/model.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from mailduns.core import decide
from mailduns.core.errors import IllegalTransition, MaildunsError
from mailduns.core.model import TRANSITIONS, Invoice, InvoiceState, SnoozeReason, transition

ROME = ZoneInfo("Europe/Rome")
SNOOZED = Invoice(
    id=7,
    key="k",
    number="12/2026",
    message_id=None,
    references=(),
    subject="",
    folder=None,
    uidvalidity=None,
    uid=None,
    sent_at=datetime(2026, 11, 2, tzinfo=ROME),
    issue_date=None,
    due_date=date(2026, 12, 2),
    amount=None,
    total=None,
    client_email="bob@x.it",
    client_name=None,
    recipients=(),
    cc=(),
    language=None,
    source="body",
    state=InvoiceState.SNOOZED,
    why="",
    snooze_until=datetime(2026, 12, 20, tzinfo=ROME),
    last_step=None,
    snooze_reason=SnoozeReason.PROMISE,
    held_by_flag=True,
)


def test_every_state_has_a_row_and_the_values_are_those_of_the_database() -> None:
    assert set(TRANSITIONS) == set(InvoiceState)
    assert [s.value for s in InvoiceState] == ["open", "paid", "hold", "snoozed", "history", "closed"]
    assert InvoiceState.OPEN == "open"  # old code comparing strings still works


def test_leaving_a_snooze_forgets_its_end_and_its_reason() -> None:
    opened = transition(SNOOZED, InvoiceState.OPEN, "resumed")
    assert (opened.state, opened.snooze_until, opened.snooze_reason) == ("open", None, None)
    longer = transition(SNOOZED, "snoozed", "still away")
    assert longer.snooze_until == SNOOZED.snooze_until and longer.snooze_reason == "promise"


def test_an_illegal_move_is_refused_with_a_maildunserror() -> None:
    history = replace(SNOOZED, state=InvoiceState.HISTORY)
    with pytest.raises(IllegalTransition, match="history to open") as caught:
        transition(history, InvoiceState.OPEN, "?")
    assert isinstance(caught.value, MaildunsError)
    with pytest.raises(IllegalTransition):
        decide.manual(history, "resume")
    assert decide.manual(history, "paid")[0] == decide.SetState(
        7, InvoiceState.PAID, "marked paid with `mailduns paid`", "manual-paid", held_by_flag=False
    )


def test_manual_resume_is_the_daemons_path_and_overrides_a_flag() -> None:
    (effect,) = decide.manual(SNOOZED, "resume")
    assert effect == decide.SetState(
        7, InvoiceState.OPEN, "resumed with `mailduns resume`", "manual-open", held_by_flag=False
    )


def test_a_claim_of_payment_ends_in_a_hold_and_a_question_a_promise_in_reminders() -> None:
    claim = replace(SNOOZED, snooze_reason=SnoozeReason.PAID_CLAIM)
    hold, notice = decide.snooze_ended(claim)
    assert isinstance(hold, decide.SetState) and hold.to == InvoiceState.HOLD
    assert isinstance(notice, decide.Notify) and notice.event == "paid-claim-expired"
    opened, told = decide.snooze_ended(SNOOZED)
    assert isinstance(opened, decide.SetState) and opened.to == InvoiceState.OPEN
    assert isinstance(told, decide.Notify) and told.event == "promise-expired"
    away = replace(SNOOZED, snooze_reason=SnoozeReason.AUTO_REPLY)
    assert [type(e) for e in decide.snooze_ended(away)] == [decide.SetState]
