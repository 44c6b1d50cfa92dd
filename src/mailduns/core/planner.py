"""The one planner: which letter an invoice gets next, and when — asked by everyone who says so.

Why one home: the daemon, `status`, the STATUS line, the weekly digest, `preview` and `--dry-run`
each used to assemble their own ladder and calendar, and they disagreed — the digest planned with
the main `[[steps]]` while the daemon used the client's profile, the repeats and the client's time
zone, so the freelancer was told one thing and the client received another. Here the ladder
(`ladder_for`), the calendar (`calendar_for`) and the plan (`plan_for`) are computed from the
configuration, the invoice and the facts about it (the steps already queued), and nothing else.

The configuration is described by protocols rather than imported: the core never depends on the
settings (they depend on it); `mailduns.settings.config.Config` fits them as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import Protocol
from zoneinfo import ZoneInfo

from mailduns.core.model import STOPPED, FormalFacts, Invoice, InvoiceState
from mailduns.core.policy import Plan, plan
from mailduns.core.sending_calendar import SendingCalendar, SendingTerms, calendar_from, zone

__all__ = [
    "PlannerConfig",
    "StepConfig",
    "after_notice",
    "announced",
    "business_days_after",
    "calendar_for",
    "ladder_for",
    "own_message_wait",
    "plan_for",
]


@dataclass(frozen=True)
class StepConfig:
    """One rung of the reminder ladder; `days` counts from the due date (negative = before it).

    `template` defaults to the step's name: templates/<language>/<template>.txt.j2.
    """

    name: str
    days: int
    template: str = ""
    late_fee: bool = False
    notify_owner: bool = False
    cc: tuple[str, ...] = ()
    channel: str = "email"  # email | pec | letter ("Formal notices" in the contract)
    approve: bool | None = None  # None: true for pec and letter steps, else [sending] approve
    attach_invoice: bool | None = None  # None: [sending] attach_invoice
    deadline_days: int | None = None  # formal notices: days to pay from receipt (default 15)
    resolve_contract: bool = False  # formal notices (it): add the art. 1454 c.c. resolution clause

    def __post_init__(self) -> None:
        if not self.template:
            object.__setattr__(self, "template", self.name)

    def needs_approval(self, default: bool) -> bool:
        """Whether this step's letter waits for the owner: the step's own `approve`, else true for a
        formal notice (pec, letter), else `default` ([sending] approve)."""
        if self.approve is not None:
            return self.approve
        return True if self.channel in ("pec", "letter") else default

    def attaches_invoice(self, default: bool) -> bool:
        """The step's own `attach_invoice`, else `default` ([sending] attach_invoice)."""
        return self.attach_invoice if self.attach_invoice is not None else default


class ClientTerms(Protocol):
    @property
    def skip(self) -> bool: ...
    @property
    def timezone(self) -> str | None: ...


class InvoiceTerms(Protocol):
    @property
    def min_amount(self) -> Decimal: ...
    @property
    def repeat_every_days(self) -> int: ...
    @property
    def repeat_max(self) -> int: ...


class OwnerTerms(Protocol):
    @property
    def tz(self) -> ZoneInfo: ...


class SendingWithQuiet(SendingTerms, Protocol):
    @property
    def quiet(self) -> tuple[str, ...]: ...
    @property
    def after_own_message_days(self) -> int: ...


class PlannerConfig(Protocol):
    """What planning needs from the configuration."""

    @property
    def owner(self) -> OwnerTerms: ...
    @property
    def invoices(self) -> InvoiceTerms: ...
    @property
    def sending(self) -> SendingWithQuiet: ...

    def client_for(self, email: str) -> ClientTerms: ...
    def steps_for(self, email: str) -> tuple[StepConfig, ...]: ...


def ladder_for(config: PlannerConfig, inv: Invoice) -> tuple[StepConfig, ...]:
    """The client's ladder (profile or main), extended by the optional repeats of its last step.

    A formal notice (a `pec` or `letter` step) ends the ladder: it is a legal act with a term, and a
    reminder sent inside that term, or after it, would blur it (a later "please pay by …" reads as a
    new, longer term). Steps configured after it are never planned, and it is never repeated (a
    second diffida is not a reminder). What follows its term is the freelancer's decision
    (`after_notice`)."""
    steps = config.steps_for(inv.client_email or "")
    formal = [s for s in steps if s.channel != "email"]
    if formal:
        first = min(formal, key=lambda s: s.days)
        steps = tuple(s for s in steps if s.days < first.days or s is first)
    terms = config.invoices
    if terms.repeat_every_days and terms.repeat_max and steps and not formal:
        last = steps[-1]
        steps = steps + tuple(
            replace(
                last,
                name=f"{last.name}_repeat{k}",
                days=last.days + k * terms.repeat_every_days,
                notify_owner=False,
            )
            for k in range(1, terms.repeat_max + 1)
        )
    return steps


_CALENDARS: dict[tuple[object, ZoneInfo], SendingCalendar] = {}


def calendar_for(config: PlannerConfig, inv: Invoice) -> SendingCalendar:
    """The sending window applies in the client's local time when their time zone is known.

    Remembered per (settings, zone): the digest and `status` plan every invoice, and parsing the
    quiet periods again for each one is wasted work. Settings are frozen, so equal means same."""
    name = config.client_for(inv.client_email or "").timezone
    tz = zone(name) if name else config.owner.tz
    try:
        key = (config.sending, tz)
        cal = _CALENDARS.get(key)
    except TypeError:  # settings built by hand with a list inside: not hashable
        return calendar_from(config.sending, tz)
    if cal is None:
        if len(_CALENDARS) > 256:
            _CALENDARS.clear()
        cal = _CALENDARS[key] = calendar_from(config.sending, tz)
    return cal


def plan_for(
    config: PlannerConfig,
    inv: Invoice,
    steps_sent: Sequence[str],
    now: datetime,
    formal: FormalFacts | None = None,
) -> Plan:
    """The plan of `inv` at `now`. `steps_sent` are the steps already queued or sent (the outbox);
    `formal` the invoice's latest formal notice (store/notices.formal_facts), None without one.
    Everyone who announces a plan passes both, so they all say what the daemon will do."""
    if config.client_for(inv.client_email or "").skip:
        return Plan()
    balance = inv.balance
    if balance is not None and (balance.amount <= 0 or balance.amount < config.invoices.min_amount):
        return Plan()  # nothing to pay, or too small to chase (invoices.min_amount)
    cal = calendar_for(config, inv)
    if formal is not None and formal.out and formal.step in steps_sent:
        return after_notice(inv, formal, now, cal)
    return plan(
        inv, ladder_for(config, inv), steps_sent, now, cal, not_before=own_message_wait(config, inv, cal)
    )


def after_notice(inv: Invoice, formal: FormalFacts, now: datetime, cal: SendingCalendar) -> Plan:
    """After a formal notice mailduns sends nothing more about the invoice; it waits for the
    notice's term. Until the notice is delivered (PEC) or posted (letter) the term is unknown and
    the invoice waits (looked at again when a receipt or `mailduns posted` gives it a deadline).
    The morning after the term ends (the deadline; in Spain also the 30 days of negotiation), an
    invoice still unpaid is held and the freelancer told, once, what the notice achieved and what
    usually comes next. A client who promised a date meanwhile is given until that date first."""
    if inv.state in STOPPED:
        return Plan()
    if formal.status == "failed":  # not delivered: the invoice was held and the owner told then
        return Plan(why=f"the formal notice ({formal.step}) was not delivered")
    end = formal.ends_on
    if end is None:
        waiting = {
            "awaiting-approval": "waits for your approval",
            "waiting": "is not posted yet" if formal.channel == "letter" else "is not sent yet",
        }.get(formal.status, "is not delivered yet")
        return Plan(why=f"the formal notice ({formal.step}) {waiting}; nothing else goes to the client")
    over_at = datetime.combine(end + timedelta(days=1), cal.window_start, tzinfo=cal.tz)
    promised = inv.snooze_until if inv.state == InvoiceState.SNOOZED else None
    if now < over_at or (promised is not None and promised > now):
        return Plan(
            next_at=over_at if now < over_at else promised,
            why=f"the formal notice ({formal.step}) gives until {end.isoformat()}; nothing else goes to the client",
        )
    return Plan(
        new_state=InvoiceState.HOLD,
        why=(
            f"the term of the formal notice ({formal.step}) ended on {end.isoformat()} unpaid; mailduns "
            "sends nothing more about this invoice"
        ),
        formal_over=formal,
    )


def business_days_after(cal: SendingCalendar, start: datetime, days: int) -> datetime:
    """The window opening `days` bank days after `start` (weekends never count, holidays neither)."""
    d = start.astimezone(cal.tz).date()
    left = days
    while left > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and cal.is_business_day(d):
            left -= 1
    return cal.next_send_time(datetime.combine(d, time(0), tzinfo=cal.tz))


def own_message_wait(config: PlannerConfig, inv: Invoice, cal: SendingCalendar) -> datetime | None:
    """A message the freelancer wrote in the invoice's thread counts as a reminder: the next step
    waits `[sending] after_own_message_days` business days after it (None: no such message)."""
    if inv.own_message_at is None:
        return None
    days = config.sending.after_own_message_days
    return business_days_after(cal, inv.own_message_at, days) if days > 0 else inv.own_message_at


def announced(p: Plan, now: datetime) -> tuple[str | None, datetime | None]:
    """(next step, its instant) as every announcement states it: a step due right now is the next
    one, at `now`."""
    if p.send is not None:
        return p.send.name, now
    return (p.next_step.name if p.next_step else None, p.next_at)
