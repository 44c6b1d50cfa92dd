"""Which step of the ladder is due for an invoice at an instant: pure, no I/O, clock passed in.

The rules a careful freelancer would apply by hand:
- a step is due at the start of the sending window on `due_date + days` (owner's time zone);
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

from mailduns.store.db import Invoice

# States in which the ladder never advances on its own.
STOPPED = frozenset({"paid", "hold", "history", "closed"})


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
    send: Step | None = None                 # send this step now
    skipped: tuple[str, ...] = ()            # due steps passed over for good (only the latest is sent)
    next_step: Step | None = None            # what comes next (after `send`, if any)
    next_at: datetime | None = None          # when `next_step` may go out
    new_state: str | None = None             # a state change the passage of time implies
    why: str = ""


def step_instant(due: date, days: int, cal: Calendar) -> datetime:
    """The nominal instant of a step: window opening on its day, owner's time zone."""
    return datetime.combine(due + timedelta(days=days), cal.window_start, tzinfo=cal.tz)


def plan(inv: Invoice, steps: Sequence[Step], sent_steps: Sequence[str], now: datetime,
         cal: Calendar) -> Plan:
    if inv.state in STOPPED:
        return Plan()
    new_state: str | None = None
    why = ""
    resume_at: datetime | None = None
    if inv.state == "snoozed":
        if inv.snooze_until is not None and inv.snooze_until > now:
            resume_at = inv.snooze_until
        else:
            new_state, why = "open", "snooze ended"

    ordered = sorted(steps, key=lambda s: s.days)
    sent = set(sent_steps)
    last_sent = max((i for i, s in enumerate(ordered) if s.name in sent), default=-1)
    sent_day = inv.sent_at.astimezone(cal.tz).date()
    remaining = [s for s in ordered[last_sent + 1:] if inv.due_date + timedelta(days=s.days) >= sent_day]
    if not remaining:
        if last_sent >= 0:
            return Plan(new_state="closed", why="the ladder is finished")
        return Plan(new_state=new_state, why=why)

    due_now = [s for s in remaining if step_instant(inv.due_date, s.days, cal) <= now]
    if resume_at is not None:
        nxt = due_now[-1] if due_now else remaining[0]
        at = max(step_instant(inv.due_date, nxt.days, cal), resume_at)
        return Plan(next_step=nxt, next_at=cal.next_send_time(at))
    if not due_now:
        nxt = remaining[0]
        return Plan(next_step=nxt, next_at=cal.next_send_time(step_instant(inv.due_date, nxt.days, cal)),
                    new_state=new_state, why=why)
    latest = due_now[-1]
    window_opens = cal.next_send_time(now)
    if window_opens > now:
        return Plan(next_step=latest, next_at=window_opens, new_state=new_state, why=why)
    after = remaining[remaining.index(latest) + 1:]
    nxt2 = after[0] if after else None
    return Plan(
        send=latest,
        skipped=tuple(s.name for s in due_now[:-1]),
        next_step=nxt2,
        next_at=cal.next_send_time(step_instant(inv.due_date, nxt2.days, cal)) if nxt2 else None,
        new_state=new_state, why=why,
    )
