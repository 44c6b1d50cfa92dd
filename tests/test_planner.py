"""The one planner keeps its word: what it announces for an instant is what goes out then.

Issue 14: `status` said "reminder, 11 Jan" for a snoozed client who received the final notice on
11 Jan; the digest planned with another ladder than the daemon. The property below draws random
ladders, repeats, calendars, client time zones, snoozes and promises, and checks that whenever the
planner at t says "next: step S at T", the planner at T sends S (and says the same at any instant
in between), and that the digest's week lists the same (step, instant).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailduns.core.model import Invoice, InvoiceState, OutboxItem, OutboxStatus, SnoozeReason
from mailduns.core.planner import StepConfig, announced, ladder_for, plan_for
from mailduns.core.policy import plan
from mailduns.core.sending_calendar import SendingCalendar
from mailduns.service.digest import digest_data
from mailduns.settings.config import (
    ClientConfig,
    Config,
    InvoicesConfig,
    OwnerConfig,
    SendingConfig,
    ServerConfig,
)

ROME = ZoneInfo("Europe/Rome")
CLIENT = "bob@client.test"
ZONES = (None, "Europe/Rome", "Europe/London", "America/New_York", "Asia/Tokyo", "Pacific/Auckland")


def make_config(
    steps: tuple[StepConfig, ...],
    *,
    profile: tuple[StepConfig, ...] | None,
    tz: str | None,
    every: int,
    repeat_max: int,
    window: tuple[time, time],
    weekdays_only: bool,
    holidays: str,
    quiet: tuple[str, ...],
) -> Config:
    server = ServerConfig(host="127.0.0.1", port=1, security="plain", username="a", password="x")
    client = ClientConfig(timezone=tz, profile="p" if profile else None)
    return Config(
        owner=OwnerConfig(name="Alessandra", email="a@owner.test", timezone="Europe/Rome"),
        imap=server,
        smtp=replace(server, section="smtp"),
        steps=steps,
        profiles=MappingProxyType({"p": profile} if profile else {}),
        clients=MappingProxyType({CLIENT: client}),
        invoices=InvoicesConfig(repeat_every_days=every, repeat_max=repeat_max),
        sending=SendingConfig(window=window, weekdays_only=weekdays_only, holidays=holidays, quiet=quiet),
    )


@st.composite
def ladders(draw: st.DrawFn, prefix: str) -> tuple[StepConfig, ...]:
    days = sorted(draw(st.sets(st.integers(-6, 45), min_size=1, max_size=5)))
    return tuple(StepConfig(f"{prefix}{i}", d) for i, d in enumerate(days))


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Config, Invoice, list[str], datetime]:
    start = draw(st.integers(6, 14))
    end = draw(st.sampled_from([start + 1, start + 3, 18, 24]))
    window = (time(start), time(0) if end >= 24 else time(end))
    config = make_config(
        draw(ladders("s")),
        profile=draw(st.none() | ladders("p")),
        tz=draw(st.sampled_from(ZONES)),
        every=draw(st.sampled_from([0, 1, 3, 7])),
        repeat_max=draw(st.integers(0, 3)),
        window=window,
        weekdays_only=draw(st.booleans()),
        holidays=draw(st.sampled_from(["", "IT"])),
        quiet=draw(st.sampled_from([(), ("12-24..01-06",), ("08-10..08-25", "12-24..01-06")])),
    )
    due = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
    sent_at = datetime.combine(
        due - timedelta(days=draw(st.integers(0, 40))), time(draw(st.integers(0, 23))), tzinfo=ROME
    )
    inv = Invoice(
        id=1,
        key="k",
        number="1/2026",
        message_id="<m@x>",
        references=(),
        subject="Fattura 1/2026",
        folder="Sent",
        uidvalidity=1,
        uid=1,
        sent_at=sent_at,
        issue_date=sent_at.date(),
        due_date=due,
        amount=None,
        total=None,
        client_email=CLIENT,
        client_name="Bob",
        recipients=(CLIENT,),
        cc=(),
        language="it",
        source="body",
        state=InvoiceState.OPEN,
        why="",
        snooze_until=None,
        last_step=None,
    )
    ladder = ladder_for(config, inv)
    sent = [s.name for s in ladder[: draw(st.integers(0, len(ladder)))]]
    now = sent_at + timedelta(hours=draw(st.integers(0, 24 * 90)))
    if draw(st.booleans()):
        reason = draw(
            st.sampled_from([SnoozeReason.PROMISE, SnoozeReason.AUTO_REPLY, SnoozeReason.PAID_CLAIM])
        )
        until = now + timedelta(hours=draw(st.integers(1, 24 * 30)))
        inv = replace(inv, state=InvoiceState.SNOOZED, snooze_until=until, snooze_reason=reason)
    return config, inv, sent, now


def as_daemon_finds_it(inv: Invoice, at: datetime) -> Invoice:
    """The daemon ends a snooze whose time has come before it plans (a promise, an absence)."""
    if inv.state == InvoiceState.SNOOZED and inv.snooze_until is not None and inv.snooze_until <= at:
        return replace(inv, state=InvoiceState.OPEN, snooze_until=None, snooze_reason=None)
    return inv


def digest_coming(config: Config, inv: Invoice, sent: list[str], now: datetime) -> list[tuple[str, datetime]]:
    outbox = [
        OutboxItem(
            id=i,
            invoice_id=inv.id,
            kind="reminder",
            step=name,
            message_id=f"<{i}@x>",
            recipients=(CLIENT,),
            raw=b"",
            status=OutboxStatus.SENT,
            attempts=1,
            error=None,
            created_at=inv.sent_at,
            sent_at=inv.sent_at,
            copied=True,
        )
        for i, name in enumerate(sent)
    ]
    data = digest_data([inv], [], outbox, now, config)
    return [(line.step, line.at) for line in data.coming]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.floats(0, 1))
def test_what_is_announced_for_an_instant_is_what_goes_out_then(
    scenario: tuple[Config, Invoice, list[str], datetime], between: float
) -> None:
    config, inv, sent, now = scenario
    p = plan_for(config, inv, sent, now)
    step, at = announced(p, now)
    if step is None:
        # Nothing announced: nothing may go out later either (unless something happens meanwhile).
        later = now + timedelta(days=400)
        assert (
            plan_for(config, as_daemon_finds_it(inv, later), sent, later).send is None
            or inv.snooze_reason == SnoozeReason.PAID_CLAIM
        )
        return
    assert at is not None and at >= now
    if p.send is not None:
        assert at == now
        sent = [*sent, p.send.name]
        step, at = announced(replace(p, send=None), now)
        if step is None:
            return
        assert at is not None and at > now
    # at T the daemon sends S — exactly S, not an earlier or a later step
    there = plan_for(config, as_daemon_finds_it(inv, at), sent, at)
    assert there.send is not None and there.send.name == step, (step, at, there)
    # and any instant in between announces the same letter for the same instant
    mid = now + (at - now) * between
    if mid < at:
        assert announced(plan_for(config, as_daemon_finds_it(inv, mid), sent, mid), mid) == (step, at)
    # the digest's week says the same as the daemon
    if at <= now + timedelta(days=7) and p.send is None:
        assert digest_coming(config, inv, sent, now) == [(step, at)]


def test_a_snoozed_invoice_announces_the_step_due_when_the_snooze_ends() -> None:
    """The bug of issue 14: snoozed until 11 Jan, `status` said "reminder" (the step due when it was
    asked), and on 11 Jan the client received the final notice (the step due then)."""
    steps = (StepConfig("reminder", 5), StepConfig("final", 30))
    cal = SendingCalendar(
        window_start=time(9), window_end=time(18), weekdays_only=False, holiday_country="", tz=ROME
    )
    due = date(2026, 12, 10)
    inv = Invoice(
        id=1,
        key="k",
        number="7/2026",
        message_id=None,
        references=(),
        subject="",
        folder=None,
        uidvalidity=None,
        uid=None,
        sent_at=datetime(2026, 11, 10, tzinfo=ROME),
        issue_date=None,
        due_date=due,
        amount=None,
        total=None,
        client_email=CLIENT,
        client_name=None,
        recipients=(),
        cc=(),
        language=None,
        source="body",
        state=InvoiceState.SNOOZED,
        why="",
        snooze_until=datetime(2027, 1, 11, 0, tzinfo=ROME),
        last_step=None,
        snooze_reason=SnoozeReason.PROMISE,
    )
    asked = datetime(2026, 12, 20, 10, tzinfo=ROME)
    p = plan(inv, steps, [], asked, cal)
    assert p.next_step is not None and p.next_step.name == "final"
    assert p.next_at == datetime(2027, 1, 11, 9, tzinfo=ROME)
    resumed = replace(inv, state=InvoiceState.OPEN, snooze_until=None)
    sent = plan(resumed, steps, [], datetime(2027, 1, 11, 9, tzinfo=ROME), cal).send
    assert sent is not None and sent.name == "final"


def test_a_weekend_that_lets_two_steps_fall_due_announces_the_later() -> None:
    steps = (StepConfig("due", 0), StepConfig("reminder", 1))
    cal = SendingCalendar(
        window_start=time(9), window_end=time(18), weekdays_only=True, holiday_country="", tz=ROME
    )
    inv = Invoice(
        id=1,
        key="k",
        number="8/2026",
        message_id=None,
        references=(),
        subject="",
        folder=None,
        uidvalidity=None,
        uid=None,
        sent_at=datetime(2026, 11, 1, tzinfo=ROME),
        issue_date=None,
        due_date=date(2026, 12, 5),
        amount=None,
        total=None,
        client_email=CLIENT,
        client_name=None,
        recipients=(),
        cc=(),
        language=None,
        source="body",
        state=InvoiceState.OPEN,
        why="",
        snooze_until=None,
        last_step=None,
    )  # due on a Saturday, reminder on the Sunday
    p = plan(inv, steps, [], datetime(2026, 12, 1, 10, tzinfo=ROME), cal)
    assert p.next_step is not None and p.next_step.name == "reminder"
    assert p.next_at == datetime(2026, 12, 7, 9, tzinfo=ROME).astimezone(UTC).astimezone(ROME)


def test_the_digest_plans_with_the_clients_profile_repeats_and_time_zone() -> None:
    config = make_config(
        (StepConfig("main", 5),),
        profile=(StepConfig("gentle", 2), StepConfig("firm", 9)),
        tz="America/New_York",
        every=3,
        repeat_max=2,
        window=(time(9), time(18)),
        weekdays_only=False,
        holidays="",
        quiet=(),
    )
    inv = Invoice(
        id=1,
        key="k",
        number="9/2026",
        message_id=None,
        references=(),
        subject="",
        folder=None,
        uidvalidity=None,
        uid=None,
        sent_at=datetime(2026, 11, 1, tzinfo=ROME),
        issue_date=None,
        due_date=date(2026, 12, 1),
        amount=None,
        total=None,
        client_email=CLIENT,
        client_name=None,
        recipients=(),
        cc=(),
        language=None,
        source="body",
        state=InvoiceState.OPEN,
        why="",
        snooze_until=None,
        last_step=None,
    )
    now = datetime(2026, 12, 10, 8, tzinfo=ROME)
    nine_in_new_york = datetime(2026, 12, 13, 9, tzinfo=ZoneInfo("America/New_York"))
    assert digest_coming(config, inv, ["gentle", "firm"], now) == [("firm_repeat1", nine_in_new_york)]
