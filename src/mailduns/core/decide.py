"""Decisions as values: pure functions that say what should change, and the engine that does it.

Why: a decision taken in two places drifts. `mailduns hold/resume` used to change an invoice by
its own path while the daemon took another (the manual one forgot the snooze reason). Here a
decision takes the facts, the invoice, the configuration it needs and `now`, and returns *effects*
— frozen records of what to do (set a state, tell the owner, remember when to look again). The
engine applies them in one transaction; the CLI asks the same functions and the same engine.

Here: the manual commands, the freelancer's answers to a note (`pagato`, `promessa 15/01`, ... and
`mailduns answer` / `mailduns promise`), the end of a snooze, the time-driven part of the planner's
verdict and letters waiting for approval. The decisions about incoming mail (a client's reply, a
payment, a bounce, an auto-reply, a credit note, an invoice found in Sent, flags and moves in the mail
client) are in `core/decide_inbox.py` and return these same effects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Final, Literal, TypeAlias

from mailduns.core.catalog import Text, joined, later_step
from mailduns.core.catalog import later as _t
from mailduns.core.errors import IllegalTransition, MaildunsError
from mailduns.core.legal import NEGOTIATION_DAYS, NEXT_STEP_HINTS
from mailduns.core.model import (
    TRANSITIONS,
    FormalFacts,
    Invoice,
    InvoiceState,
    NoteInvoice,
    OutboxItem,
    OutboxStatus,
    SnoozeReason,
)
from mailduns.core.money import Money
from mailduns.core.policy import Plan

__all__ = [
    "ANSWERS",
    "AddEvent",
    "Answer",
    "DraftGone",
    "Effect",
    "Filed",
    "LeftFolder",
    "Notify",
    "OwnMessage",
    "Received",
    "Regarding",
    "RememberPromise",
    "Say",
    "SetNextAt",
    "SetOutbox",
    "SetState",
    "Thank",
    "answered",
    "approval_command",
    "as_resumed",
    "draft_missing",
    "manual",
    "notice_over",
    "on_plan",
    "owner_wrote",
    "promised",
    "snooze_ended",
]


@dataclass(frozen=True)
class SetState:
    """Move the invoice to `to` through the transitions table, recording `event` with `why`."""

    invoice_id: int
    to: InvoiceState
    why: str
    event: str
    held_by_flag: bool | None = None  # None: leave as it is
    message_id: str | None = None
    snooze_until: datetime | None = None  # with `to` snoozed: until when, and why (a SnoozeReason)
    snooze_reason: str | None = None


@dataclass(frozen=True)
class Regarding:
    """The message a note is about: its key, how it was read, and its invoices as they stood before
    it (the engine adds the reader's facts when it writes the note)."""

    key: str
    kind: str
    invoices: tuple[Invoice, ...] = ()


@dataclass(frozen=True)
class Notify:
    """Tell the freelancer (an owner notice, once per `trigger`)."""

    invoice_id: int | None
    event: str
    excerpt: str | Text  # a catalogue text is written in the owner's language when sent
    hint: str | Text
    trigger: str
    about: Regarding | None = None  # the message the note tells of, so an answer can act on it
    as_of: Invoice | None = None  # the invoice as the note describes it (None: as it is when written)


@dataclass(frozen=True)
class AddEvent:
    invoice_id: int
    kind: str
    detail: str
    message_id: str | None = None


@dataclass(frozen=True)
class SetNextAt:
    """When to look at the invoice again; None parks it until something else changes it."""

    invoice_id: int
    at: datetime | None


@dataclass(frozen=True)
class SetOutbox:
    """Move an outbox row (checked against `OUTBOX_TRANSITIONS`), with the 'covered' rows of a
    statement when it is skipped or cancelled. `cleanup`: a copy of the letter left in Drafts is to be
    removed from there."""

    item_id: int
    to: OutboxStatus
    why: str = ""
    evidence_id: str | None = None
    cleanup: bool = False


@dataclass(frozen=True)
class DraftGone:
    """When the draft was first seen missing from Drafts (None: it is there again)."""

    item_id: int
    at: datetime | None


@dataclass(frozen=True)
class OwnMessage:
    """The freelancer wrote in the invoice's thread at `at`: the next step waits after it."""

    invoice_id: int
    at: datetime


@dataclass(frozen=True)
class RememberPromise:
    """The date the client promised, so the next letter can mention it."""

    invoice_id: int
    on: date


@dataclass(frozen=True)
class Received:
    """Money came in against the invoice (a payment, a credit note): added to what it has paid. With
    `why`, the invoice keeps its state, says `why` (recorded as `event`) and the cycle says `line`."""

    invoice_id: int
    amount: Money
    why: str | None = None
    event: str = ""
    message_id: str | None = None
    line: str = ""


@dataclass(frozen=True)
class Thank:
    """Thank the client in the invoice's thread for `received` (`[sending] thank_you`)."""

    invoice_id: int
    received: Money


@dataclass(frozen=True)
class LeftFolder:
    """The invoice's message is no longer where it was (moved or deleted in the mail client)."""

    invoice_id: int


@dataclass(frozen=True)
class Filed:
    """The invoice's message is now at `uid` of `folder` (moved there in the mail client)."""

    invoice_id: int
    folder: str
    uidvalidity: int
    uid: int


@dataclass(frozen=True)
class Say:
    """A line in the cycle's report (what changed nothing is still worth saying)."""

    line: str


Effect: TypeAlias = (
    SetState
    | Notify
    | AddEvent
    | SetNextAt
    | SetOutbox
    | DraftGone
    | OwnMessage
    | RememberPromise
    | Received
    | Thank
    | LeftFolder
    | Filed
    | Say
)

Command: TypeAlias = Literal["paid", "hold", "resume"]

_MANUAL: dict[str, tuple[InvoiceState, str]] = {
    "paid": (InvoiceState.PAID, "marked paid with `mailduns paid`"),
    "hold": (InvoiceState.HOLD, "held with `mailduns hold`"),
    "resume": (InvoiceState.OPEN, "resumed with `mailduns resume`"),
}


def manual(inv: Invoice, command: Command) -> tuple[Effect, ...]:
    """`mailduns paid|hold|resume INVOICE`. The freelancer's word overrides a $Hold flag (so the
    next flag check does not undo it) and ends any snooze with its reason. Refused before anything
    is written when the move is not in the transitions table (a `history` invoice cannot be resumed)."""
    to, why = _MANUAL[command]
    if to not in TRANSITIONS[InvoiceState(inv.state)]:
        raise IllegalTransition(inv.number, str(inv.state), str(to))
    return (SetState(inv.id, to, why, f"manual-{to}", held_by_flag=False),)


def as_resumed(inv: Invoice) -> Invoice:
    """`inv` as `mailduns resume` would leave it (for `preview` of a held invoice)."""
    return replace(inv, state=InvoiceState.OPEN, snooze_until=None, snooze_reason=None)


def snooze_ended(inv: Invoice) -> tuple[Effect, ...]:
    """The wait is over. A client who said they paid is never reminded again without the
    freelancer's word: held, and the owner asked. A promise or an absence: reminders resume."""
    until = inv.snooze_until.isoformat() if inv.snooze_until else ""
    if inv.snooze_reason == SnoozeReason.PAID_CLAIM:
        return (
            SetState(
                inv.id,
                InvoiceState.HOLD,
                "the client said it was paid, but no payment notice confirmed it",
                "paid-claim-expired",
            ),
            Notify(
                inv.id,
                "paid-claim-expired",
                "",
                _t("hint.paid_claim_expired", number=inv.number),
                f"claim-{until}",
            ),
        )
    promise = inv.snooze_reason == SnoozeReason.PROMISE
    effects: tuple[Effect, ...] = (
        SetState(
            inv.id,
            InvoiceState.OPEN,
            "the snooze ended" if not promise else "the promised date passed without payment",
            "snooze-ended",
        ),
    )
    if promise:
        effects += (Notify(inv.id, "promise-expired", "", _t("hint.promise_expired"), f"promise-{until}"),)
    return effects


def on_plan(inv: Invoice, p: Plan) -> tuple[Effect, ...]:
    """What the passage of time alone implies, when no letter is due: a state the planner says the
    invoice is now in, and when to look at it again (the planned instant, or the end of a snooze,
    whichever comes first — the end of a snooze is a decision of its own)."""
    if p.formal_over is not None:
        return notice_over(inv, p.formal_over, p.why)
    effects: list[Effect] = []
    state = InvoiceState(inv.state)
    if p.new_state:
        effects.append(SetState(inv.id, p.new_state, p.why, "policy"))
        state = p.new_state
    if p.send is None and state in (InvoiceState.OPEN, InvoiceState.SNOOZED):
        wake = p.next_at
        if state == InvoiceState.SNOOZED and inv.snooze_until is not None:
            wake = min(wake, inv.snooze_until) if wake else inv.snooze_until
        effects.append(SetNextAt(inv.id, wake))
    return tuple(effects)


def notice_over(inv: Invoice, formal: FormalFacts, why: str) -> tuple[Effect, ...]:
    """The term of the invoice's formal notice passed with the invoice unpaid: held (mailduns has
    nothing more to send), and the freelancer told once, in their language, what the notice
    achieved (sent, accepted, delivered on…, or posted on…), that nothing more goes to the client
    about this invoice, and what usually comes next where the notice was written (a lawyer and the
    decreto ingiuntivo in Italy, the monitorio in Spain, a claim after a letter before claim in
    England, …) with the `mailduns evidence` command that packs the proof."""
    return (
        SetState(inv.id, InvoiceState.HOLD, why, "formal-deadline-passed"),
        Notify(
            inv.id,
            "formal-deadline",
            _notice_record(formal),
            _t(
                NEXT_STEP_HINTS.get(formal.law, NEXT_STEP_HINTS[None]),
                number=inv.number,
                pack=_pack_name(inv.number),
            ),
            f"formal-over-{formal.step}",
        ),
    )


def _pack_name(number: str) -> str:
    safe = "".join(c if c.isalnum() else "-" for c in number).strip("-") or "invoice"
    return f"evidence-{safe}.zip"


def _notice_record(f: FormalFacts) -> Text:
    """What the notice achieved, sentence by sentence, as its receipts and the freelancer's
    `posted` tell it (the certified days, not the daemon's)."""
    parts: list[Text] = []
    to = ", ".join(f.to) or "?"
    step = later_step(f.step)
    if f.channel == "pec" and f.delivered_at is not None:
        sent = (f.sent_at or f.accepted_at or f.delivered_at).date()
        if f.accepted_at is not None:
            parts.append(
                _t(
                    "formal.how_pec",
                    step=step,
                    to=to,
                    sent=sent,
                    accepted=f.accepted_at.date(),
                    delivered=f.delivered_at.date(),
                )
            )
        else:
            parts.append(_t("formal.how_pec_delivered", step=step, to=to, delivered=f.delivered_at.date()))
    elif f.posted_on is not None:
        parts.append(_t("formal.how_letter", step=step, posted=f.posted_on))
    if f.deadline is not None:
        # a letter's term is counted from the day it was posted, the law's from its receipt
        key = "formal.term_posted" if f.channel == "letter" else "formal.term"
        parts.append(_t(key, days=f.deadline_days, deadline=f.deadline))
    if f.negotiation_until is not None:
        key = "formal.negotiation_answered" if f.answered else "formal.negotiation_silent"
        parts.append(_t(key, days=NEGOTIATION_DAYS, until=f.negotiation_until))
    parts.append(_t("formal.nothing_more"))
    return joined(*parts)


# -- letters that wait for approval (`approve = true`) -------------------------------------------
def owner_wrote(
    inv: Invoice, waiting: Sequence[OutboxItem], message_id: str, at: datetime, subject: str = ""
) -> tuple[Effect, ...]:
    """A message of the freelancer's own in the invoice's thread, that mailduns did not write.

    While a letter of this invoice waits in Drafts, it is that letter, sent from the mail client
    (with a new Message-ID and perhaps edited): the step counts as sent, this message is the evidence,
    and the draft (if the mail client left it) is removed. Otherwise it is a reminder the freelancer
    wrote: it is recorded and delays the next step (`after_own_message_days`); never a client reply.
    A formal notice waiting for approval (a row without a letter of its own: it leaves from the PEC
    mailbox, service/formal.py) is never sent from the mail client."""
    waiting = [w for w in waiting if w.raw]
    if waiting:
        item = waiting[0]
        return (
            SetOutbox(
                item.id, OutboxStatus.SENT, "sent from your mail client", evidence_id=message_id, cleanup=True
            ),
            AddEvent(inv.id, "approved", f"step {item.step} sent from your mail client", message_id),
        )
    return (AddEvent(inv.id, "owner-wrote", subject, message_id), OwnMessage(inv.id, at))


def draft_missing(item: OutboxItem, now: datetime, wait: timedelta) -> tuple[Effect, ...]:
    """The waiting draft is no longer in Drafts. The mail client may delete a draft just before its
    copy reaches Sent, so the step is skipped only when it has been missing for `wait` with no
    message in the thread to show it was sent."""
    if item.draft_gone_at is None and wait > timedelta(0):
        return (DraftGone(item.id, now),)
    if item.draft_gone_at is not None and now - item.draft_gone_at < wait:
        return ()
    if item.invoice_id is None:
        return (SetOutbox(item.id, OutboxStatus.SKIPPED, "the draft was deleted"),)
    return (
        SetOutbox(item.id, OutboxStatus.SKIPPED, "the draft was deleted"),
        AddEvent(
            item.invoice_id,
            "skipped",
            f"step {item.step} skipped: its draft was deleted, nothing was sent",
            item.message_id,
        ),
    )


ApprovalCommand: TypeAlias = Literal["approve", "skip"]


def approval_command(
    inv: Invoice, waiting: Sequence[OutboxItem], command: ApprovalCommand, via: str | None = None
) -> tuple[Effect, ...]:
    """`mailduns approve INVOICE` sends the waiting draft as it is; `mailduns skip INVOICE` drops it.
    Either way the draft is removed from Drafts. A formal notice waiting for approval (a row without a
    letter of its own, never in Drafts) becomes `covered` when approved: service/formal.py sends it
    from the PEC mailbox. `via`: how the freelancer said it (default: the command)."""
    if not waiting:
        raise MaildunsError(
            f"no letter of invoice {inv.number} is waiting for approval (see `mailduns status`)"
        )
    item = waiting[0]
    how = via or f"`mailduns {command}`"
    in_drafts = bool(item.raw)
    if command == "skip":
        return (
            SetOutbox(item.id, OutboxStatus.SKIPPED, f"dropped with {how}", cleanup=in_drafts),
            AddEvent(inv.id, "skipped", f"step {item.step} skipped with {how}", item.message_id),
        )
    if inv.state not in (InvoiceState.OPEN, InvoiceState.SNOOZED, InvoiceState.CLOSED):
        raise MaildunsError(
            f"invoice {inv.number} is {inv.state}: `mailduns resume {inv.number}` first, or "
            f"`mailduns skip {inv.number}` to drop the letter"
        )
    return (
        SetOutbox(
            item.id,
            OutboxStatus.PENDING if in_drafts else OutboxStatus.COVERED,
            f"approved with {how}",
            cleanup=in_drafts,
        ),
        AddEvent(inv.id, "approved", f"step {item.step} approved with {how}", item.message_id),
    )


#: The answers the freelancer can give to a note (whatever the language they were written in).
Answer: TypeAlias = Literal["paid", "promise", "dispute", "resume", "ignore", "posted", "approve", "skip"]
#: The answers every note about a message offers. `posted` ("spedita" / "enviada" / "posted") is not one:
#: it answers only the note that brings a formal notice to post; nor are `approve` / `skip` ("approva" /
#: "salta", ...), which answer the note about a formal notice waiting for approval (service/formal.py
#: carries them out).
ANSWERS: Final[tuple[Answer, ...]] = ("paid", "promise", "dispute", "resume", "ignore")
#: The event each answer is recorded as: the same kinds the scoring and the digest already count
#: (a dispute the freelancer confirms is a dispute; a promise keeps its date at the end of the detail).
_ANSWER_EVENT: Final[dict[str, str]] = {
    "paid": "manual-paid",
    "promise": "client-reply-promise",
    "dispute": "client-reply-dispute",
    "resume": "manual-open",
    "ignore": "answer-ignore",
}


def _moves(
    inv: Invoice,
    to: InvoiceState,
    why: str,
    event: str,
    *,
    message_id: str | None,
    held_by_flag: bool | None = False,
    snooze_until: datetime | None = None,
    snooze_reason: str | None = None,
) -> tuple[Effect, ...]:
    """`inv` to `to`; when the table has no direct move (a paid invoice promised again), by way of
    `open`, which every followed state allows. Refused like `manual` when neither works (history)."""
    here = InvoiceState(inv.state)
    final = SetState(
        inv.id,
        to,
        why,
        event,
        held_by_flag=held_by_flag,
        message_id=message_id,
        snooze_until=snooze_until,
        snooze_reason=snooze_reason,
    )
    if to in TRANSITIONS[here]:
        return (final,)
    if InvoiceState.OPEN in TRANSITIONS[here] and to in TRANSITIONS[InvoiceState.OPEN]:
        return (
            SetState(inv.id, InvoiceState.OPEN, why, event, held_by_flag=held_by_flag, message_id=message_id),
            final,
        )
    raise IllegalTransition(inv.number, str(inv.state), str(to))


def answered(
    inv: Invoice,
    answer: Answer,
    *,
    said: str,
    message_id: str | None = None,
    until: datetime | None = None,
    on: date | None = None,
    before: NoteInvoice | None = None,
) -> tuple[Effect, ...]:
    """The freelancer answered a note about a message (or ran `mailduns answer`): `said` is their
    word as written, and `status` names it. paid / dispute (a hold) / resume (open: the ladder goes
    on) are the freelancer's word like `mailduns paid|hold|resume`, overriding a $Hold flag; a
    promise snoozes until `until` (the promised day `on`, plus the grace the engine computed);
    ignore puts the invoice back as it stood before the message (`before`), unless something moved
    it since — then nothing changes."""
    if answer in ("posted", "approve", "skip"):
        raise ValueError(f"`{answer}` answers a formal notice's note: service/formal.py carries it out")
    event = _ANSWER_EVENT[answer]
    head = f'you answered "{said}"'
    if answer == "paid":
        return _moves(
            inv, InvoiceState.PAID, f"{head}: paid", event, held_by_flag=False, message_id=message_id
        )
    if answer == "dispute":
        return _moves(
            inv,
            InvoiceState.HOLD,
            f"{head}: a dispute, reminders wait for you",
            event,
            held_by_flag=False,
            message_id=message_id,
        )
    if answer == "resume":
        return _moves(
            inv,
            InvoiceState.OPEN,
            f"{head}: reminders go on",
            event,
            held_by_flag=False,
            message_id=message_id,
        )
    if answer == "promise":
        if until is None or on is None:
            raise ValueError("a promise needs its date")
        return promised(inv, on, until, f"{head}: the client promised to pay by {on.isoformat()}", message_id)
    # ignore: the message was not about the invoice
    unchanged = before is None or (before.state, before.why) == (before.after_state, before.after_why)
    moved_since = before is None or (InvoiceState(inv.state), inv.why) != (
        before.after_state,
        before.after_why,
    )
    if before is None or unchanged or moved_since:
        return (
            AddEvent(
                inv.id, event, f"{head}: the message was not about the invoice; nothing changed", message_id
            ),
        )
    back = InvoiceState(before.state)
    why = f"{head}: the message was not about the invoice" + (
        f" (before it: {before.why})" if before.why else ""
    )
    snoozed = back == InvoiceState.SNOOZED
    return _moves(
        inv,
        back,
        why,
        event,
        message_id=message_id,
        held_by_flag=None,
        snooze_until=before.snooze_until if snoozed else None,
        snooze_reason=before.snooze_reason if snoozed else None,
    )


def promised(
    inv: Invoice, on: date, until: datetime, why: str, message_id: str | None = None
) -> tuple[Effect, ...]:
    """Snoozed until `until` for a promise to pay on `on` (`promessa 15/01`, `mailduns promise`): at
    the end reminders resume, as for a promise the client wrote. `why` ends with the date, which the
    digest reads back."""
    return (
        *_moves(
            inv,
            InvoiceState.SNOOZED,
            why,
            _ANSWER_EVENT["promise"],
            message_id=message_id,
            snooze_until=until,
            snooze_reason=SnoozeReason.PROMISE.value,
        ),
        RememberPromise(inv.id, on),
    )
