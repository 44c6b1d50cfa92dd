"""Which step of the ladder is due for an invoice at an instant: pure, no I/O, clock passed in.

The rules a careful freelancer would apply by hand:
- a step is due at the start of the sending window on `due_date + days` (the calendar's time zone:
  the client's when known, else the owner's);
- when several steps fell due while the daemon was away, only the latest is sent; the others are
  skipped for good (a burst of three reminders in one morning would be embarrassing);
- a step whose day is before the invoice was even sent never goes out (no "due in 3 days" note for
  an invoice sent the day before it is due);
- steps already sent are never repeated, and the ladder only moves forward;
- nothing goes out outside the sending window, on weekends or holidays (the calendar decides).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from mailduns.core.model import STOPPED, FormalFacts, Invoice, InvoiceState, SnoozeReason


class Step(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def days(self) -> int: ...


class Calendar(Protocol):
    @property
    def window_start(self) -> time: ...
    @property
    def tz(self) -> ZoneInfo: ...

    def next_send_time(self, not_before: datetime) -> datetime: ...


@dataclass(frozen=True)
class Plan:
    send: Step | None = None  # send this step now
    skipped: tuple[str, ...] = ()  # due steps passed over for good (only the latest is sent)
    next_step: Step | None = None  # what comes next (after `send`, if any)
    next_at: datetime | None = None  # when `next_step` may go out
    new_state: InvoiceState | None = None  # a state change the passage of time implies
    why: str = ""
    # The formal notice whose term just passed unpaid: the invoice is held and the freelancer told
    # once what the notice achieved and what usually comes next (core/planner.after_notice).
    formal_over: FormalFacts | None = None


def step_instant(due: date, days: int, cal: Calendar) -> datetime:
    """The nominal instant of a step: window opening on its day, owner's time zone."""
    return datetime.combine(due + timedelta(days=days), cal.window_start, tzinfo=cal.tz)


def plan(
    inv: Invoice,
    steps: Sequence[Step],
    sent_steps: Sequence[str],
    now: datetime,
    cal: Calendar,
    *,
    not_before: datetime | None = None,
) -> Plan:
    """What to do with `inv` at `now`, and what comes next, on one rule: the step announced for an
    instant is the one that will be due *at that instant* (the latest step whose nominal instant has
    passed by then). So "next: reminder at T" is what `plan(…, T, …)` will send, even when a snooze,
    a weekend or a holiday makes several steps fall due before T — the later one wins, as it would.
    `not_before` (the wait after the freelancer's own message in the thread) delays the next
    letter as a snooze does, without changing the state."""
    if inv.state in STOPPED:
        return Plan()
    new_state: InvoiceState | None = None
    why = ""
    resume_at: datetime | None = None
    if inv.state == InvoiceState.SNOOZED:
        if inv.snooze_reason == SnoozeReason.PAID_CLAIM:
            # A client who said they paid is never reminded without the freelancer's word: when the
            # wait ends the invoice is held and the owner asked, so no letter can be announced.
            return Plan(why="the client says it is paid: no reminder without your word")
        if inv.snooze_until is not None and inv.snooze_until > now:
            resume_at = inv.snooze_until
        else:
            new_state, why = InvoiceState.OPEN, "snooze ended"

    ordered = sorted(steps, key=lambda s: s.days)
    sent = set(sent_steps)
    last_sent = max((i for i, s in enumerate(ordered) if s.name in sent), default=-1)
    sent_day = inv.sent_at.astimezone(cal.tz).date()
    remaining = [s for s in ordered[last_sent + 1 :] if inv.due_date + timedelta(days=s.days) >= sent_day]
    if not remaining:
        if last_sent >= 0:
            return Plan(new_state=InvoiceState.CLOSED, why="the ladder is finished")
        return Plan(new_state=new_state, why=why)

    if not_before is not None and not_before > (resume_at or now):
        resume_at = not_before
    step, at, passed = _landing(inv.due_date, remaining, resume_at or now, cal)
    if at > now:
        return Plan(next_step=step, next_at=at, new_state=new_state, why=why)
    after = remaining[remaining.index(step) + 1 :]
    nxt, nxt_at = (_landing(inv.due_date, after, now, cal)[:2]) if after else (None, None)
    return Plan(
        send=step,
        skipped=tuple(s.name for s in passed),
        next_step=nxt,
        next_at=nxt_at,
        new_state=new_state,
        why=why,
    )


def _landing(
    due: date, candidates: Sequence[Step], not_before: datetime, cal: Calendar
) -> tuple[Step, datetime, list[Step]]:
    """(the step that goes out, when, the steps passed over): the first instant at or after
    `not_before` and the first candidate's own instant at which the calendar lets a letter go, and
    the latest candidate due by then."""
    at = cal.next_send_time(max(not_before, step_instant(due, candidates[0].days, cal)))
    due_then = [s for s in candidates if step_instant(due, s.days, cal) <= at]
    return due_then[-1], at, due_then[:-1]
