"""Decisions about incoming mail, as values: what a client's reply, a payment notice, a bounce, an
auto-reply, a credit note or a flag set in the mail client changes (issue 14, "one truth").

The engine finds the invoices a message concerns and reads the mailbox; these functions take what
the reader made of the message (plain values: core does not import the reader), those invoices, the
configuration values they need and `now`, and return effects (`core.decide`) that the engine applies
in one transaction. Nothing here reads or writes anything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal

from mailduns.core.catalog import later as _t
from mailduns.core.decide import (
    AddEvent,
    Effect,
    Filed,
    LeftFolder,
    Notify,
    Received,
    Regarding,
    RememberPromise,
    Say,
    SetState,
    Thank,
)
from mailduns.core.model import Invoice, InvoiceState, SnoozeReason
from mailduns.core.money import Money
from mailduns.core.sending_calendar import SendingCalendar

__all__ = [
    "ABOUT_MONEY",
    "HOLD_FLAG",
    "PAID_FLAG",
    "ClientMail",
    "FirstLook",
    "ReplyTerms",
    "away",
    "bounced",
    "business_days_after",
    "client_wrote",
    "credit_noted",
    "excerpt",
    "filed_as_paid",
    "first_look",
    "flags_seen",
    "one_line",
    "paid",
]


def excerpt(text: str, limit: int = 400) -> str:
    """The message as a note quotes it: without the lines it quotes, at most `limit` characters."""
    out = "\n".join(line for line in text.splitlines() if not line.startswith(">")).strip()
    return out[:limit] + ("…" if len(out) > limit else "")


def one_line(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def business_days_after(cal: SendingCalendar, tz: tzinfo, start: datetime, days: int) -> datetime:
    """Window opening `days` business days after `start`. Money moves on bank days: weekends never
    count here, even for a freelancer who lets reminders go out on Saturdays."""
    d = start.astimezone(tz).date()
    left = days
    while left > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and cal.is_business_day(d):
            left -= 1
    return cal.next_send_time(datetime.combine(d, time(0), tzinfo=tz))


# -- bounces ----------------------------------------------------------------------------------
def bounced(
    invoices: Sequence[Invoice],
    key: str,
    *,
    failed: str | None,
    permanent: bool | None,
    reason: str,
    text: str,
) -> tuple[Effect, ...]:
    """A reminder came back. Delayed (`permanent` False: the server is still trying): only noted.
    Otherwise the invoice is held and the owner told, since the client cannot be reached there.
    A paid, held or past invoice is left alone."""
    effects: list[Effect] = []
    for inv in invoices:
        if inv.state in (InvoiceState.PAID, InvoiceState.HISTORY, InvoiceState.HOLD):
            continue
        if permanent is False:
            effects.append(AddEvent(inv.id, "delivery-delayed", f"{failed or '?'} {reason}".strip(), key))
            continue
        effects.append(
            SetState(
                inv.id,
                InvoiceState.HOLD,
                f"a reminder to {failed or 'the client'} bounced"
                + (f": {one_line(reason, 80)}" if reason else ""),
                "bounce",
                message_id=key,
            )
        )
        effects.append(
            Notify(
                inv.id,
                "bounce",
                excerpt(text),
                _t("hint.bounce", address=failed, number=inv.number)
                if failed
                else _t("hint.bounce_unknown", number=inv.number),
                key,
                about=Regarding(key, "bounce", (inv,)),
            )
        )
    return tuple(effects)


# -- auto-replies -----------------------------------------------------------------------------
def away(
    invoices: Sequence[Invoice], key: str, *, sender: str | None, subject: str, back: date | None, tz: tzinfo
) -> tuple[Effect, ...]:
    """Out of office: the next step waits for the return date. Never answered, never a hold. A snooze
    that already lasts longer (or an invoice not open or snoozed) keeps as it is: the absence is noted."""
    who = sender or "the client"
    effects: list[Effect] = []
    for inv in invoices:
        if (
            back is not None
            and inv.state in (InvoiceState.OPEN, InvoiceState.SNOOZED)
            and (inv.snooze_until is None or inv.snooze_until.date() < back)
        ):
            reason = inv.snooze_reason if inv.state == InvoiceState.SNOOZED else SnoozeReason.AUTO_REPLY.value
            effects.append(
                SetState(
                    inv.id,
                    InvoiceState.SNOOZED,
                    f"{who} is away until {back.isoformat()} (auto-reply)",
                    "auto-reply",
                    message_id=key,
                    snooze_until=datetime.combine(back, time(0), tzinfo=tz),
                    snooze_reason=reason,
                )
            )
        else:
            effects.append(AddEvent(inv.id, "auto-reply", subject, key))
    return tuple(effects)


# -- credit notes -----------------------------------------------------------------------------
def credit_noted(
    targets: Sequence[Invoice], key: str, *, number: str | None, references: str | None, credit: Money | None
) -> tuple[Effect, ...]:
    """A credit note is never chased; one that names an invoice still followed (`targets`, the
    invoices of that number, the last one meant) lowers what it owes: settled when nothing is left,
    held for the owner's check when the currencies cannot be compared."""
    if not targets or credit is None:
        return (
            Say(
                f"credit note {number or '?'} noted (not chased"
                + (f"; invoice {references} is not followed)" if references else ")")
            ),
        )
    inv = targets[-1]
    credit = Money(abs(credit.amount), credit.currency)
    if inv.amount is None or inv.amount.currency != credit.currency:
        return (
            SetState(
                inv.id,
                InvoiceState.HOLD,
                f"credit note {number} of {credit} needs your check",
                "credit-note",
                message_id=key,
            ),
        )
    left = replace(inv, paid=inv.paid + credit if inv.paid else credit).balance
    if left is not None and left.amount <= 0:
        return (
            Received(inv.id, credit),
            SetState(
                inv.id, InvoiceState.PAID, f"settled by credit note {number}", "credit-note", message_id=key
            ),
        )
    return (
        Received(
            inv.id,
            credit,
            why=f"credit note {number} of {credit}; {left} still open",
            event="credit-note",
            message_id=key,
            line=f"credit note {number} of {credit}, {left} still open",
        ),
    )


# -- payments ---------------------------------------------------------------------------------
def paid(
    matched: Sequence[Invoice],
    key: str,
    *,
    kind: str,
    received: Money | None,
    source: str,
    text: str,
    thank_you: bool,
) -> tuple[Effect, ...]:
    """A payment notice settles the invoices it names (`matched`, by due date) when the money
    matches: one amount for several invoices that add up to it settles them all; the amount of one
    invoice settles it (and thanks the client with `thank_you`); a smaller amount for the only
    invoice named is a partial payment (the balance stays open). Anything else is a question for
    the owner: held, and told."""
    quoted = excerpt(text)
    if len(matched) > 1 and received is not None:
        total = sum((i.balance.amount for i in matched if i.balance), Decimal(0))
        if (
            all(i.balance and i.balance.currency == received.currency for i in matched)
            and total == received.amount
        ):
            return (
                *(
                    SetState(
                        i.id,
                        InvoiceState.PAID,
                        f"payment of {received} for several invoices, by {source}",
                        "paid",
                        message_id=key,
                    )
                    for i in matched
                ),
                Notify(
                    matched[0].id,
                    "paid",
                    quoted,
                    _t("hint.paid"),
                    key,
                    about=Regarding(key, kind, tuple(matched)),
                    as_of=matched[0],
                ),
            )
    effects: list[Effect] = []
    for inv in matched:
        balance = inv.balance
        about = Regarding(key, kind, (inv,))
        if received is not None and balance is not None and received.currency == balance.currency:
            if received.amount == balance.amount:
                effects += [
                    Received(inv.id, received),
                    SetState(
                        inv.id,
                        InvoiceState.PAID,
                        f"payment of {received} notified by {source}",
                        "paid",
                        message_id=key,
                    ),
                    Notify(inv.id, "paid", quoted, _t("hint.paid"), key, about=about, as_of=inv),
                ]
                if thank_you:
                    effects.append(Thank(inv.id, received))
                continue
            if Decimal(0) < received.amount < balance.amount and len(matched) == 1:
                left = balance - received
                effects += [
                    Received(
                        inv.id,
                        received,
                        why=f"partial payment of {received} by {source}; {left} still open",
                        event="partial-payment",
                        message_id=key,
                        line=f"partial payment of {received}, {left} still open",
                    ),
                    Notify(
                        inv.id, "payment-mismatch", quoted, _t("hint.part_paid", left=left), key, about=about
                    ),
                ]
                continue
        what = (
            f"a payment of {received}" if received is not None else "a payment with no amount we could read"
        )
        effects += [
            SetState(
                inv.id,
                InvoiceState.HOLD,
                f"{source} notified {what}; the invoice is for {balance or 'an unknown amount'}",
                "payment-mismatch",
                message_id=key,
            ),
            Notify(
                inv.id,
                "payment-mismatch",
                quoted,
                _t("hint.payment_mismatch", number=inv.number),
                key,
                about=about,
                as_of=inv,
            ),
        ]
    return tuple(effects)


# -- a client's message -----------------------------------------------------------------------
#: Words that make a client's mail outside the invoice's thread about money at all (it/es/en).
ABOUT_MONEY = re.compile(
    r"\b(fattur\w*|factur\w*|invoice\w*|bill(?:s|ing)?|parcell\w*|notul\w*|pag(?:a|o|ar|ato|ata|ati|ado|amos|"
    r"amento|amenti|herò|heremo|ué|ado)\w*|bonific\w*|transfer\w*|paid|pay\w*|saldo|saldar\w*|importo|importe|"
    r"amount|scad\w*|venc\w*|overdue|due|sollecit\w*|recordatorio\w*|reminder\w*|ricevut\w*|recibo\w*|"
    r"receipt\w*|iban|euro|eur|contest\w*|reclam\w*|dispute\w*|rimbors\w*|reembols\w*|refund\w*|"
    r"deuda\w*|debit\w*|debt\w*|cobr\w*|soldi|dinero|money)\b|[€$£]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClientMail:
    """What the reader made of a client's message, as far as the decisions need it."""

    key: str
    kind: str  # the reader's kind (client-reply-paid, auto-reply, other, ...)
    sender: str | None
    subject: str
    text: str  # the readable body, quotes included
    new_text: str = ""  # the reply's own words, without the message it quotes
    confident: bool = True  # read with confidence (not below the reader's UNSURE)
    correction: str | None = None  # read like a message the owner answered with this word
    promised: date | None = None
    back: date | None = None  # an auto-reply's return date


@dataclass(frozen=True)
class ReplyTerms:
    """The configuration a client's reply is decided with (`[replies]` and the owner's calendar)."""

    tz: tzinfo
    calendar: SendingCalendar
    paid_grace_days: int
    promise_grace_days: int


def client_wrote(
    invoices: Sequence[Invoice],
    mail: ClientMail,
    terms: ReplyTerms,
    now: datetime,
    *,
    in_thread: bool,
    by_sender: bool,
) -> tuple[Effect, ...]:
    """A client wrote about `invoices` (in the invoice's thread, or from their address, `by_sender`
    when the mail named none). Says it is paid: snoozed for `paid_grace_days` waiting for the money.
    A promise: snoozed until that day plus `promise_grace_days` (a week when no day is given). A
    dispute, anything else, or anything read without confidence: held, and the owner told. Mail that
    reads like one the owner said changes nothing, changes nothing; ordinary project mail outside
    the thread that speaks of no invoice or money changes nothing either."""
    who = mail.sender or "the client"
    if mail.correction in ("ignore", "resume"):
        return (
            *(
                AddEvent(
                    inv.id,
                    "read-as-answered",
                    f'{who} wrote like a message you answered "{mail.correction}": nothing changes',
                    mail.key,
                )
                for inv in invoices
            ),
            Say(
                f'a message from {mail.sender or "?"} reads like one you answered "{mail.correction}": '
                "nothing changes"
            ),
        )
    kind = mail.kind
    unsure = not mail.confident and kind in ("other", "client-reply-other", "auto-reply")
    if unsure:
        kind = "client-reply-other"  # issue 15: read without confidence, reminders never go on: hold and ask
    if (
        not unsure
        and not in_thread
        and kind in ("other", "client-reply-other")
        and not ABOUT_MONEY.search(f"{mail.subject}\n{mail.text}")
    ):
        # Holding every invoice of every client who writes about anything would stop mailduns for good
        # clients too; mail from them that does speak of an invoice or a payment is a question.
        return ()
    if kind in ("other", "invoice"):
        kind = "client-reply-other"  # a person wrote in the invoice's thread
    if kind == "auto-reply":
        return away(invoices, mail.key, sender=mail.sender, subject=mail.subject, back=mail.back, tz=terms.tz)
    quoted = excerpt(mail.new_text or mail.text)
    like = " (read like a message you answered)" if mail.correction else ""
    key = mail.key
    if by_sender and len(invoices) > 1:
        # "I paid all of them" naming none: a question for the freelancer, not a guess.
        return (
            *(
                SetState(
                    inv.id,
                    InvoiceState.HOLD,
                    f"{who} wrote about several invoices without naming one",
                    kind,
                    message_id=key,
                )
                for inv in invoices
            ),
            Notify(
                invoices[0].id,
                kind,
                quoted,
                _t("hint.several_invoices", numbers=", ".join(i.number for i in invoices)),
                key,
                about=Regarding(key, kind, tuple(invoices)),
                as_of=invoices[0],
            ),
        )
    effects: list[Effect] = []
    for inv in invoices:
        if kind == "client-reply-paid":
            until = business_days_after(terms.calendar, terms.tz, now, terms.paid_grace_days)
            effects.append(
                SetState(
                    inv.id,
                    InvoiceState.SNOOZED,
                    f'{who} says it is paid: "{one_line(quoted, 70)}"{like}',
                    kind,
                    message_id=key,
                    snooze_until=until,
                    snooze_reason=SnoozeReason.PAID_CLAIM.value,
                )
            )
            hint = _t("hint.says_paid", days=terms.paid_grace_days, number=inv.number)
        elif kind == "client-reply-promise":
            base = (
                datetime.combine(mail.promised, time(0), tzinfo=terms.tz)
                if mail.promised
                else now + timedelta(days=7)
            )
            until = business_days_after(terms.calendar, terms.tz, base, terms.promise_grace_days)
            when = f"by {mail.promised.isoformat()}" if mail.promised else "soon (no date given)"
            if mail.promised:
                effects.append(RememberPromise(inv.id, mail.promised))
            effects.append(
                SetState(
                    inv.id,
                    InvoiceState.SNOOZED,
                    f"{who}{like} promised to pay {when}",
                    kind,
                    message_id=key,
                    snooze_until=until,
                    snooze_reason=SnoozeReason.PROMISE.value,
                )
            )
            hint = _t("hint.promise", date=until.date())
        else:
            what = (
                "disputes the invoice"
                if kind == "client-reply-dispute"
                else "wrote something mailduns could not read with confidence"
                if unsure
                else "wrote about the invoice"
            )
            effects.append(
                SetState(
                    inv.id,
                    InvoiceState.HOLD,
                    f"{who} {what}{like}: reminders wait for you",
                    kind,
                    message_id=key,
                )
            )
            hint = _t("hint.reply", number=inv.number)
        effects.append(Notify(inv.id, kind, quoted, hint, key, about=Regarding(key, kind, (inv,)), as_of=inv))
    return tuple(effects)


# -- flags and moves in the mail client -------------------------------------------------------
PAID_FLAG = "$Paid"
HOLD_FLAG = "$Hold"


def flags_seen(
    inv: Invoice, *, folder: str, present: bool, flags: frozenset[str] | None
) -> tuple[Effect, ...]:
    """The freelancer's word given in the mail client, about an invoice followed in `folder`: $Paid
    settles it; $Hold holds it (and removing $Hold resumes an invoice that $Hold held). An invoice
    email that left the folder is held and the owner asked (a held one just forgets where it was).
    `flags` None: unchanged since the last look."""
    if not present:
        if inv.state == InvoiceState.HOLD:
            return (LeftFolder(inv.id),)
        return (
            LeftFolder(inv.id),
            SetState(
                inv.id,
                InvoiceState.HOLD,
                f'the invoice email is no longer in "{folder}"',
                "moved",
                held_by_flag=False,
            ),
            Notify(
                inv.id,
                "invoice-moved",
                _t("excerpt.invoice_moved", folder=folder),
                _t("hint.invoice_moved", number=inv.number),
                f"moved-{inv.uid}",
            ),
        )
    if flags is None:
        return ()
    if PAID_FLAG in flags:
        return (SetState(inv.id, InvoiceState.PAID, f"marked {PAID_FLAG} in the mail client", "paid"),)
    if HOLD_FLAG in flags and inv.state in (InvoiceState.OPEN, InvoiceState.SNOOZED, InvoiceState.CLOSED):
        return (
            SetState(
                inv.id, InvoiceState.HOLD, f"marked {HOLD_FLAG} in the mail client", "hold", held_by_flag=True
            ),
        )
    if HOLD_FLAG not in flags and inv.state == InvoiceState.HOLD and inv.held_by_flag:
        return (
            SetState(
                inv.id,
                InvoiceState.OPEN,
                f"{HOLD_FLAG} removed in the mail client",
                "resume",
                held_by_flag=False,
            ),
        )
    return ()


def filed_as_paid(inv: Invoice, *, folder: str, uidvalidity: int, uid: int) -> tuple[Effect, ...]:
    """The invoice email was moved to the Paid folder: it is paid (a paid or past invoice only
    learns where its message is now)."""
    here = Filed(inv.id, folder, uidvalidity, uid)
    if inv.state in (InvoiceState.PAID, InvoiceState.HISTORY):
        return (here,)
    return (here, SetState(inv.id, InvoiceState.PAID, f'moved to the "{folder}" folder', "paid"))


# -- an invoice found in Sent -----------------------------------------------------------------
@dataclass(frozen=True)
class FirstLook:
    """How an invoice found in Sent starts: when it is due (and why), its state and why, and whether
    a $Hold flag holds it."""

    due: date
    why_due: str
    state: InvoiceState
    why: str
    held_by_flag: bool


def first_look(
    *,
    folder: str,
    sent_on: date,
    since: date,
    issue_date: date | None,
    due_date: date | None,
    terms_days: int,
    amount: Money | None,
    has_recipient: bool,
    flags: frozenset[str],
) -> FirstLook:
    """An invoice found in Sent: due on its stated date, else `terms_days` after it was issued (or
    sent). Sent before `since`, or for nothing to pay: history, never chased. Without a client to
    write to: held. A $Paid flag makes it paid (unless history); $Hold holds an open one."""
    if due_date is not None:
        due, why_due = due_date, "due date stated in the invoice"
    else:
        base = issue_date or sent_on
        due, why_due = (
            base + timedelta(days=terms_days),
            f"no due date stated: {terms_days} days after {base.isoformat()}",
        )
    if sent_on < since:
        state, why = InvoiceState.HISTORY, f"sent before {since.isoformat()} (invoices.since): never reminded"
    elif amount is not None and amount.amount <= 0:
        state, why = (
            InvoiceState.HISTORY,
            (
                f"nothing to pay: the amount is {amount}; never reminded "
                "(a zero or negative invoice is followed, never chased)"
            ),
        )
    elif not has_recipient:
        state, why = InvoiceState.HOLD, "the invoice email has no client recipient"
    else:
        state, why = InvoiceState.OPEN, f"found in {folder}; {why_due}"
    if PAID_FLAG in flags and state != InvoiceState.HISTORY:
        state, why = InvoiceState.PAID, f"marked {PAID_FLAG} in the mail client"
    elif HOLD_FLAG in flags and state == InvoiceState.OPEN:
        state, why = InvoiceState.HOLD, f"marked {HOLD_FLAG} in the mail client"
    return FirstLook(due, why_due, state, why, state == InvoiceState.HOLD and HOLD_FLAG in flags)
