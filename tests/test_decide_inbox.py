"""Decisions about incoming mail as values (core/decide_inbox.py): literal inputs, no server."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from mailduns.core import decide
from mailduns.core import decide_inbox as d
from mailduns.core.model import Invoice, InvoiceState
from mailduns.core.money import Money
from mailduns.core.sending_calendar import SendingCalendar

ROME = ZoneInfo("Europe/Rome")
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=ROME)
OPEN = Invoice(
    id=7,
    key="k",
    number="12/2026",
    message_id="<inv@x>",
    references=(),
    subject="Fattura 12/2026",
    folder="Sent",
    uidvalidity=1,
    uid=5,
    sent_at=datetime(2026, 11, 2, tzinfo=ROME),
    issue_date=None,
    due_date=date(2026, 12, 2),
    amount=None,
    total=None,
    client_email="bob@x.it",
    client_name=None,
    recipients=("bob@x.it",),
    cc=(),
    language=None,
    source="body",
    state=InvoiceState.OPEN,
    why="",
    snooze_until=None,
    last_step=None,
)


def kinds(effects: tuple[decide.Effect, ...]) -> list[str]:
    return [type(e).__name__ for e in effects]


def test_a_hard_bounce_holds_and_tells_the_owner() -> None:
    effects = d.bounced(
        [OPEN],
        "<b@x>",
        failed="bob@x.it",
        permanent=True,
        reason="550  no\nsuch user",
        text="> quoted\nDelivery failed",
    )
    assert kinds(effects) == ["SetState", "Notify"]
    hold, note = effects
    assert isinstance(hold, decide.SetState) and hold.to == "hold" and hold.event == "bounce"
    assert hold.why == "a reminder to bob@x.it bounced: 550 no such user" and hold.message_id == "<b@x>"
    assert isinstance(note, decide.Notify) and note.excerpt == "Delivery failed"
    assert note.about == decide.Regarding("<b@x>", "bounce", (OPEN,))


def test_a_delayed_delivery_is_only_noted_and_a_held_invoice_left_alone() -> None:
    effects = d.bounced(
        [OPEN, replace(OPEN, id=8, state=InvoiceState.HOLD)],
        "<b@x>",
        failed=None,
        permanent=False,
        reason="",
        text="",
    )
    assert effects == (decide.AddEvent(7, "delivery-delayed", "?", "<b@x>"),)


def test_helpers() -> None:
    assert d.one_line("a\n b  c", 4) == "a b…"
    assert d.excerpt("> old\nnew", 2) == "ne…"


def test_an_auto_reply_snoozes_until_the_return_date_keeping_a_snooze_reason() -> None:
    snoozed = replace(
        OPEN,
        id=8,
        state=InvoiceState.SNOOZED,
        snooze_until=datetime(2026, 12, 3, tzinfo=ROME),
        snooze_reason="promise",
    )
    later = replace(
        OPEN,
        id=9,
        state=InvoiceState.SNOOZED,
        snooze_until=datetime(2027, 1, 3, tzinfo=ROME),
        snooze_reason="paid-claim",
    )
    effects = d.away(
        [OPEN, snoozed, later],
        "<a@x>",
        sender=None,
        subject="Out of office",
        back=date(2026, 12, 10),
        tz=ROME,
    )
    first, second, third = effects
    assert (
        isinstance(first, decide.SetState) and first.to == "snoozed" and first.snooze_reason == "auto-reply"
    )
    assert first.snooze_until == datetime(2026, 12, 10, tzinfo=ROME)
    assert first.why == "the client is away until 2026-12-10 (auto-reply)"
    assert isinstance(second, decide.SetState) and second.snooze_reason == "promise"
    assert third == decide.AddEvent(9, "auto-reply", "Out of office", "<a@x>")


def test_an_auto_reply_without_a_date_is_only_noted() -> None:
    assert d.away([OPEN], "<a@x>", sender="bob@x.it", subject="Auto", back=None, tz=ROME) == (
        decide.AddEvent(7, "auto-reply", "Auto", "<a@x>"),
    )


def eur(amount: str) -> Money:
    return Money(Decimal(amount), "EUR")


def test_a_credit_note_lowers_the_balance_or_settles_the_invoice() -> None:
    owed = replace(OPEN, amount=eur("1000.00"))
    part = d.credit_noted([owed], "NC-1", number="NC-1", references="12/2026", credit=eur("-200.00"))
    assert part == (
        decide.Received(
            7,
            eur("200.00"),
            why="credit note NC-1 of 200.00 EUR; 800.00 EUR still open",
            event="credit-note",
            message_id="NC-1",
            line="credit note NC-1 of 200.00 EUR, 800.00 EUR still open",
        ),
    )
    full = d.credit_noted([owed], "NC-1", number="NC-1", references="12/2026", credit=eur("1000.00"))
    assert full[0] == decide.Received(7, eur("1000.00"))
    assert isinstance(full[1], decide.SetState) and full[1].to == "paid"


def test_a_credit_note_for_nothing_followed_or_in_another_currency() -> None:
    assert d.credit_noted([], "k", number="NC-2", references="9/2026", credit=eur("5")) == (
        decide.Say("credit note NC-2 noted (not chased; invoice 9/2026 is not followed)"),
    )
    held = d.credit_noted([OPEN], "k", number="NC-3", references="12/2026", credit=eur("5"))
    assert isinstance(held[0], decide.SetState) and held[0].to == "hold"


def test_a_payment_of_the_balance_settles_and_thanks() -> None:
    owed = replace(OPEN, amount=eur("500.00"))
    effects = d.paid(
        [owed],
        "<p@x>",
        kind="payment-notification",
        received=eur("500.00"),
        source="bank@x",
        text="Bonifico 500",
        thank_you=True,
    )
    assert kinds(effects) == ["Received", "SetState", "Notify", "Thank"]
    assert isinstance(effects[2], decide.Notify) and effects[2].as_of == owed
    assert d.paid([owed], "<p@x>", kind="k", received=eur("500.00"), source="b", text="", thank_you=False)[
        -1
    ] == decide.Notify(
        7, "paid", "", effects[2].hint, "<p@x>", about=decide.Regarding("<p@x>", "k", (owed,)), as_of=owed
    )


def test_one_payment_for_several_invoices_a_partial_payment_and_a_mismatch() -> None:
    a, b = replace(OPEN, amount=eur("300.00")), replace(OPEN, id=8, number="13/2026", amount=eur("200.00"))
    both = d.paid([a, b], "<p@x>", kind="k", received=eur("500.00"), source="bank", text="", thank_you=True)
    assert kinds(both) == ["SetState", "SetState", "Notify"]
    assert all(isinstance(e, decide.SetState) and e.to == "paid" for e in both[:2])
    part = d.paid([a], "<p@x>", kind="k", received=eur("100.00"), source="bank", text="", thank_you=True)
    assert part[0] == decide.Received(
        7,
        eur("100.00"),
        why="partial payment of 100.00 EUR by bank; 200.00 EUR still open",
        event="partial-payment",
        message_id="<p@x>",
        line="partial payment of 100.00 EUR, 200.00 EUR still open",
    )
    wrong = d.paid([a, b], "<p@x>", kind="k", received=eur("100.00"), source="bank", text="", thank_you=True)
    assert kinds(wrong) == ["SetState", "Notify"] * 2
    assert (
        isinstance(wrong[0], decide.SetState)
        and wrong[0].to == "hold"
        and wrong[0].why == "bank notified a payment of 100.00 EUR; the invoice is for 300.00 EUR"
    )


TERMS = d.ReplyTerms(
    ROME, SendingCalendar(time(9), time(18), True, "", ROME), paid_grace_days=5, promise_grace_days=2
)


def mail(kind: str, text: str = "ok", **kw: object) -> d.ClientMail:
    return d.ClientMail("<r@x>", kind, "bob@x.it", "Re: Fattura 12/2026", text, text, **kw)  # type: ignore[arg-type]


def test_a_client_says_it_is_paid_or_promises_a_date() -> None:
    said = d.client_wrote(
        [OPEN], mail("client-reply-paid", "Pagato ieri"), TERMS, NOW, in_thread=True, by_sender=False
    )
    snooze, note = said
    assert isinstance(snooze, decide.SetState) and snooze.snooze_reason == "paid-claim"
    assert snooze.why == 'bob@x.it says it is paid: "Pagato ieri"' and snooze.event == "client-reply-paid"
    assert snooze.snooze_until == datetime(2026, 12, 8, 9, 0, tzinfo=ROME)  # 5 business days
    assert isinstance(note, decide.Notify) and note.as_of == OPEN and note.about is not None
    promise = d.client_wrote(
        [OPEN],
        mail("client-reply-promise", promised=date(2026, 12, 11)),
        TERMS,
        NOW,
        in_thread=True,
        by_sender=False,
    )
    assert promise[0] == decide.RememberPromise(7, date(2026, 12, 11))
    assert isinstance(promise[1], decide.SetState) and promise[1].snooze_until == datetime(
        2026, 12, 15, 9, tzinfo=ROME
    )
    assert promise[1].why == "bob@x.it promised to pay by 2026-12-11"


def test_a_dispute_an_unsure_reading_and_several_invoices_hold() -> None:
    dispute = d.client_wrote(
        [OPEN], mail("client-reply-dispute"), TERMS, NOW, in_thread=True, by_sender=False
    )
    assert isinstance(dispute[0], decide.SetState) and dispute[0].to == "hold"
    unsure = d.client_wrote(
        [OPEN], mail("auto-reply", confident=False), TERMS, NOW, in_thread=True, by_sender=False
    )
    assert isinstance(unsure[0], decide.SetState) and unsure[0].event == "client-reply-other"
    assert "could not read with confidence" in unsure[0].why
    two = [OPEN, replace(OPEN, id=8, number="13/2026")]
    several = d.client_wrote(two, mail("client-reply-paid"), TERMS, NOW, in_thread=False, by_sender=True)
    assert kinds(several) == ["SetState", "SetState", "Notify"]


def test_mail_outside_the_thread_about_nothing_or_read_like_ignore_changes_nothing() -> None:
    photos = d.ClientMail("<r@x>", "other", "bob@x.it", "Foto", "Ecco le foto del progetto")
    assert d.client_wrote([OPEN], photos, TERMS, NOW, in_thread=False, by_sender=True) == ()
    assert kinds(
        d.client_wrote(
            [OPEN],
            mail("client-reply-paid", correction="ignore"),
            TERMS,
            NOW,
            in_thread=True,
            by_sender=False,
        )
    ) == ["AddEvent", "Say"]


def test_flags_and_moves_in_the_mail_client() -> None:
    assert d.flags_seen(OPEN, folder="Sent", present=True, flags=None) == ()
    assert d.flags_seen(OPEN, folder="Sent", present=True, flags=frozenset({"$Paid"}))[0] == decide.SetState(
        7, InvoiceState.PAID, "marked $Paid in the mail client", "paid"
    )
    held = d.flags_seen(OPEN, folder="Sent", present=True, flags=frozenset({"$Hold"}))
    assert isinstance(held[0], decide.SetState) and held[0].held_by_flag is True
    by_flag = replace(OPEN, state=InvoiceState.HOLD, held_by_flag=True)
    resumed = d.flags_seen(by_flag, folder="Sent", present=True, flags=frozenset())
    assert (
        isinstance(resumed[0], decide.SetState) and resumed[0].to == "open" and resumed[0].event == "resume"
    )
    assert kinds(d.flags_seen(OPEN, folder="Sent", present=False, flags=None)) == [
        "LeftFolder",
        "SetState",
        "Notify",
    ]
    assert d.flags_seen(by_flag, folder="Sent", present=False, flags=None) == (decide.LeftFolder(7),)


def test_moved_to_the_paid_folder() -> None:
    assert d.filed_as_paid(OPEN, folder="Pagate", uidvalidity=3, uid=9) == (
        decide.Filed(7, "Pagate", 3, 9),
        decide.SetState(7, InvoiceState.PAID, 'moved to the "Pagate" folder', "paid"),
    )
    paid = replace(OPEN, state=InvoiceState.PAID)
    assert d.filed_as_paid(paid, folder="Pagate", uidvalidity=3, uid=9) == (decide.Filed(7, "Pagate", 3, 9),)


def test_first_look_at_an_invoice_in_sent() -> None:
    look = {
        "folder": "Sent",
        "sent_on": date(2026, 11, 2),
        "since": date(2026, 1, 1),
        "issue_date": date(2026, 10, 31),
        "due_date": None,
        "terms_days": 30,
        "amount": eur("100"),
        "has_recipient": True,
        "flags": frozenset[str](),
    }
    first = d.first_look(**look)  # type: ignore[arg-type]
    why = "found in Sent; no due date stated: 30 days after 2026-10-31"
    assert (first.due, first.state, first.why) == (date(2026, 11, 30), "open", why)
    assert d.first_look(**{**look, "since": date(2026, 12, 1)}).state == "history"  # type: ignore[arg-type]
    assert d.first_look(**{**look, "amount": eur("0")}).state == "history"  # type: ignore[arg-type]
    assert d.first_look(**{**look, "has_recipient": False}).state == "hold"  # type: ignore[arg-type]
    held = d.first_look(**{**look, "flags": frozenset({"$Hold"})})  # type: ignore[arg-type]
    assert (held.state, held.held_by_flag) == ("hold", True)
    assert d.first_look(**{**look, "flags": frozenset({"$Paid"})}).state == "paid"  # type: ignore[arg-type]
