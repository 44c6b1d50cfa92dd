"""Issue 17 without a mail server: the config keys, the outbox transitions, the pure decisions about
letters that wait for approval, and the planner's wait after the freelancer's own message."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from mailduns.core import decide, planner
from mailduns.core.errors import ConfigError, IllegalTransition, MaildunsError
from mailduns.core.model import (
    OUTBOX_TRANSITIONS,
    Invoice,
    InvoiceState,
    OutboxItem,
    OutboxStatus,
    outbox_transition,
)
from mailduns.core.catalog import catalog, fields, t
from mailduns.settings.config import parse_config

BASE = (
    '[owner]\nname = "A R"\nemail = "a@example.it"\nlanguage = "it"\ntimezone = "Europe/Rome"\n'
    '[imap]\nhost = "127.0.0.1"\nusername = "a"\npassword = "p"\nsecurity = "plain"\n'
    '[smtp]\nhost = "127.0.0.1"\nusername = "a"\npassword = "p"\nsecurity = "plain"\n'
)


def test_step_keys_default_to_sending_and_letter_steps_wait_for_approval() -> None:
    c = parse_config(
        BASE + "[sending]\nattach_invoice = true\nafter_own_message_days = 5\n"
        '[[steps]]\nname = "reminder"\ndays = 5\n'
        '[[steps]]\nname = "lettera"\ndays = 45\nchannel = "letter"\n'
        '[[steps]]\nname = "ultima"\ndays = 60\nchannel = "letter"\napprove = false\n'
    )
    r, d, lt = c.steps
    sending = c.sending
    assert (r.needs_approval(sending.approve), r.attaches_invoice(sending.attach_invoice), r.channel) == (
        False,
        True,
        "email",
    )
    assert (d.needs_approval(sending.approve), d.channel) == (True, "letter")
    assert (lt.needs_approval(sending.approve), lt.channel) == (False, "letter")
    assert c.sending.after_own_message_days == 5
    c = parse_config(BASE + "[sending]\napprove = true\n")
    assert all(s.needs_approval(c.sending.approve) for s in c.steps)  # the default ladder too
    assert c.nudges.unsent_invoice_hours == 24 and c.nudges.risky_quote and c.nudges.deposit_percent == 30


def test_nudges_and_channel_errors_are_located() -> None:
    c = parse_config(
        BASE + "[nudges]\nunsent_invoice_hours = 0\nrisky_quote = false\ndeposit_percent = 50\n"
        'quote_patterns = ["(?i)angebot"]\n'
    )
    assert (c.nudges.unsent_invoice_hours, c.nudges.risky_quote, c.nudges.deposit_percent) == (0, False, 50)
    assert c.nudges.quote_patterns == ("(?i)angebot",)
    with pytest.raises(ConfigError) as err:
        parse_config(BASE + '[[steps]]\nname = "x"\ndays = 1\nchannel = "fax"\n')
    assert "channel" in str(err.value)
    with pytest.raises(ConfigError) as err:
        parse_config(BASE + '[nudges]\nquote_patterns = ["(unclosed"]\n')
    assert "quote_patterns" in str(err.value)


def test_outbox_transitions_never_make_a_sent_letter_pending_again() -> None:
    for final in (OutboxStatus.SENT, OutboxStatus.SKIPPED, OutboxStatus.CANCELLED, OutboxStatus.UNCERTAIN):
        assert OUTBOX_TRANSITIONS[final] == {final}
    assert set(OUTBOX_TRANSITIONS) == set(OutboxStatus)
    assert outbox_transition(1, "awaiting", "pending") is OutboxStatus.PENDING
    with pytest.raises(IllegalTransition):
        outbox_transition(1, "sent", "pending")
    with pytest.raises(IllegalTransition):
        outbox_transition(1, "skipped", "awaiting")


NOW = datetime(2026, 12, 7, 10, tzinfo=UTC)


def _inv(**kw: object) -> Invoice:
    base = Invoice(
        id=1,
        key="k",
        number="12/2026",
        message_id="<i@x>",
        references=(),
        subject="Fattura 12/2026",
        folder="Sent",
        uidvalidity=1,
        uid=1,
        sent_at=datetime(2026, 11, 2, tzinfo=UTC),
        issue_date=None,
        due_date=date(2026, 12, 2),
        amount=None,
        total=None,
        client_email="bob@x.it",
        client_name=None,
        recipients=("bob@x.it",),
        cc=(),
        language="it",
        source="body",
        state=InvoiceState.OPEN,
        why="",
        snooze_until=None,
        last_step=None,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def _item(
    status: OutboxStatus = OutboxStatus.AWAITING,
    gone: datetime | None = None,
    raw: bytes = b"Subject: Sollecito\r\n\r\nBuongiorno\r\n",
) -> OutboxItem:
    # a letter waiting in Drafts has its bytes; a formal notice's row has none (they are in formal_notices)
    return OutboxItem(
        id=7,
        invoice_id=1,
        kind="reminder",
        step="reminder",
        message_id="<r@x>",
        recipients=("bob@x.it",),
        raw=raw,
        status=status,
        attempts=0,
        error=None,
        created_at=NOW,
        sent_at=None,
        copied=False,
        draft_gone_at=gone,
    )


def test_owner_message_is_the_approval_while_a_draft_waits_else_a_follow_up() -> None:
    effects = decide.owner_wrote(_inv(), [_item()], "<new@client>", NOW)
    assert effects[0] == decide.SetOutbox(
        7, OutboxStatus.SENT, "sent from your mail client", evidence_id="<new@client>", cleanup=True
    )
    assert not any(isinstance(e, decide.OwnMessage) for e in effects)
    effects = decide.owner_wrote(_inv(), [], "<own@me>", NOW, "Re: Fattura 12/2026")
    assert decide.OwnMessage(1, NOW) in effects
    assert decide.AddEvent(1, "owner-wrote", "Re: Fattura 12/2026", "<own@me>") in effects


def test_a_missing_draft_is_skipped_only_after_the_wait() -> None:
    wait = timedelta(minutes=15)
    assert decide.draft_missing(_item(), NOW, wait) == (decide.DraftGone(7, NOW),)
    assert decide.draft_missing(_item(gone=NOW), NOW + timedelta(minutes=5), wait) == ()
    later = decide.draft_missing(_item(gone=NOW), NOW + wait, wait)
    assert isinstance(later[0], decide.SetOutbox) and later[0].to is OutboxStatus.SKIPPED


def test_approve_and_skip_commands() -> None:
    with pytest.raises(MaildunsError):
        decide.approval_command(_inv(), [], "approve")
    approve = decide.approval_command(_inv(), [_item()], "approve")
    assert (
        isinstance(approve[0], decide.SetOutbox)
        and approve[0].to is OutboxStatus.PENDING
        and approve[0].cleanup
    )
    skip = decide.approval_command(_inv(state=InvoiceState.HOLD), [_item()], "skip")
    assert isinstance(skip[0], decide.SetOutbox) and skip[0].to is OutboxStatus.SKIPPED
    with pytest.raises(MaildunsError):  # a held invoice is resumed first
        decide.approval_command(_inv(state=InvoiceState.HOLD), [_item()], "approve")


def test_the_next_step_waits_business_days_after_your_own_message() -> None:
    c = parse_config(BASE + '[sending]\nholidays = "IT"\n')
    friday = datetime(2026, 12, 4, 11, tzinfo=UTC)
    inv = _inv(own_message_at=friday)
    cal = planner.calendar_for(c, inv)
    # Friday + 3 business days: Monday 7, Tuesday 8 is a holiday in Italy (Immacolata), Wednesday 9, Thursday 10
    assert planner.own_message_wait(c, inv, cal) == datetime(2026, 12, 10, 9, tzinfo=cal.tz)
    p = planner.plan_for(c, inv, ["courtesy", "due"], datetime(2026, 12, 7, 12, tzinfo=UTC))
    assert p.send is None and p.next_step is not None and p.next_step.name == "reminder"
    assert p.next_at == datetime(2026, 12, 10, 9, tzinfo=cal.tz)
    assert planner.own_message_wait(c, _inv(), cal) is None


def test_every_note_is_in_the_three_catalogues() -> None:
    keys = {k for k in catalog("en") if k.startswith("note.")}
    assert len(keys) >= 15
    for lang in ("it", "es"):
        assert {k for k in catalog(lang) if k.startswith("note.")} == keys
        assert all(fields(catalog(lang)[k]) == fields(catalog("en")[k]) for k in keys)
    assert "Bozze" in t("it", "note.unsent-invoice", what="fattura 1", client="Acme", since="lunedì")
    assert "Borradores" in t("es", "note.unsent-invoice", what="factura 1", client="Acme", since="lunes")


def test_without_a_wait_a_missing_draft_is_skipped_at_once() -> None:
    # [sending] evidence_wait_minutes = 0: a cycle repeated after a crash decides as the first one would
    effects = decide.draft_missing(_item(), NOW, timedelta(0))
    assert isinstance(effects[0], decide.SetOutbox) and effects[0].to is OutboxStatus.SKIPPED


def test_a_formal_notice_awaiting_approval_is_covered_when_approved_and_never_sent_from_the_mail_client() -> (
    None
):
    formal = _item(raw=b"")
    approve = decide.approval_command(_inv(), [formal], "approve", via='your answer "approva"')
    assert approve[0] == decide.SetOutbox(7, OutboxStatus.COVERED, 'approved with your answer "approva"')
    skip = decide.approval_command(_inv(), [formal], "skip")
    assert skip[0] == decide.SetOutbox(7, OutboxStatus.SKIPPED, "dropped with `mailduns skip`")
    wrote = decide.owner_wrote(_inv(), [formal], "<own@x>", NOW, "Re: Fattura")
    assert [type(e) for e in wrote] == [decide.AddEvent, decide.OwnMessage]
