"""The records mailduns keeps and the states an invoice moves through — one home for both.

Why a module of its own, in the core: the planner, the scoring, the digest and the store all speak
about the same invoice, and before this module the record lived in the store while its states were
string literals repeated across ten modules. A typo in one of them ("snoozd") was a silent bug. The
states are `StrEnum`s with the values the database has always held, so rows written by older
versions read back unchanged and comparisons with plain strings keep working.

`TRANSITIONS` is the one table of legal state changes (in the spirit of h11's `_state.py`): every
change of state — by the daemon, by `mailduns paid/hold/resume`, by a flag in the mail client —
goes through `transition`, which refuses a move the table does not list with `IllegalTransition`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Final

from mailduns.core.errors import IllegalTransition
from mailduns.core.money import Money

__all__ = [
    "FOLLOWED",
    "STOPPED",
    "TRANSITIONS",
    "Event",
    "FolderMark",
    "FormalFacts",
    "Invoice",
    "InvoiceState",
    "NewInvoice",
    "Note",
    "NoteInvoice",
    "OutboxItem",
    "OutboxKind",
    "OUTBOX_TRANSITIONS",
    "OutboxStatus",
    "SnoozeReason",
    "WAITING_APPROVAL",
    "outbox_transition",
    "transition",
]


class InvoiceState(StrEnum):
    """Where an invoice stands. The values are what the `invoices.state` column holds."""

    OPEN = "open"  # followed: the ladder advances with time
    PAID = "paid"  # settled: never reminded again
    HOLD = "hold"  # waiting for the freelancer's word (a dispute, a bounce, `mailduns hold`)
    SNOOZED = "snoozed"  # waiting until `snooze_until` (a promise, a claim of payment, an absence)
    HISTORY = "history"  # sent before `invoices.since`: known, never chased
    CLOSED = "closed"  # the ladder is finished; unpaid, but mailduns has said all it will say


class SnoozeReason(StrEnum):
    """What a snooze waits for; it decides what happens when the snooze ends."""

    PAID_CLAIM = "paid-claim"  # the client said it is paid: at the end, hold and ask the owner
    PROMISE = "promise"  # the client promised a date: at the end, reminders resume
    AUTO_REPLY = "auto-reply"  # the client is away: at the end, reminders resume


class OutboxStatus(StrEnum):
    """The life of an outbox row; `sending` and `data` are the two crash-relevant moments."""

    PENDING = "pending"
    SENDING = "sending"  # the SMTP conversation started; DATA not yet sent
    DATA = "data"  # DATA was sent: the mail may have left
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNCERTAIN = "uncertain"  # interrupted while sending, with no way to know: never repeated
    COVERED = "covered"  # this invoice's step went out inside another invoice's statement
    DRAFTING = "drafting"  # an approve = true letter, written; its APPEND to Drafts not yet confirmed
    AWAITING = "awaiting"  # the letter waits in Drafts for the freelancer (send it, or delete it)
    SKIPPED = "skipped"  # the freelancer deleted the draft or said `mailduns skip`: never sent


class OutboxKind(StrEnum):
    REMINDER = "reminder"
    NOTICE = "notice"
    THANKS = "thanks"
    DIGEST = "digest"


#: States in which the ladder never advances on its own.
STOPPED: Final = frozenset({InvoiceState.PAID, InvoiceState.HOLD, InvoiceState.HISTORY, InvoiceState.CLOSED})
#: States an incoming message can still change.
FOLLOWED: Final = (InvoiceState.OPEN, InvoiceState.SNOOZED, InvoiceState.HOLD, InvoiceState.CLOSED)

_O = OutboxStatus
#: Every legal change of an outbox row. A row is written as `pending`, `drafting` (a letter that
#: waits for approval) or `covered`; `sent`, `uncertain`, `skipped` and `cancelled` are final. An
#: approved draft goes `awaiting → pending` (`mailduns approve`: sent as it is) or straight
#: `awaiting → sent` (the freelancer sent it from the mail client: that message is the evidence).
OUTBOX_TRANSITIONS: Final[Mapping[OutboxStatus, frozenset[OutboxStatus]]] = {
    _O.PENDING: frozenset({_O.PENDING, _O.SENDING, _O.SENT, _O.CANCELLED, _O.FAILED, _O.SKIPPED}),
    _O.SENDING: frozenset({_O.PENDING, _O.DATA, _O.SENT, _O.FAILED, _O.CANCELLED}),
    _O.DATA: frozenset({_O.PENDING, _O.SENT, _O.FAILED, _O.UNCERTAIN}),
    _O.DRAFTING: frozenset({_O.DRAFTING, _O.AWAITING, _O.CANCELLED, _O.SKIPPED, _O.PENDING, _O.SENT}),
    # a formal notice approved: covered (service/formal.py sends it from the PEC mailbox)
    _O.AWAITING: frozenset({_O.AWAITING, _O.PENDING, _O.SENT, _O.SKIPPED, _O.CANCELLED, _O.COVERED}),
    _O.COVERED: frozenset({_O.COVERED, _O.SKIPPED, _O.CANCELLED}),
    _O.FAILED: frozenset({_O.FAILED}),
    _O.SENT: frozenset({_O.SENT}),
    _O.UNCERTAIN: frozenset({_O.UNCERTAIN}),
    _O.CANCELLED: frozenset({_O.CANCELLED}),
    _O.SKIPPED: frozenset({_O.SKIPPED}),
}
#: Outbox states of a letter that waits for the freelancer's approval.
WAITING_APPROVAL: Final = frozenset({_O.DRAFTING, _O.AWAITING})


def outbox_transition(item_id: int, frm: OutboxStatus | str, to: OutboxStatus | str) -> OutboxStatus:
    """`to`, or IllegalTransition when the table does not list the move (a sent letter never
    becomes pending again: that would be a second copy to the client)."""
    new = OutboxStatus(to)
    if new not in OUTBOX_TRANSITIONS[OutboxStatus(frm)]:
        raise IllegalTransition(f"outbox row {item_id}", str(frm), str(new))
    return new


_S = InvoiceState
#: Every legal change of state, from → allowed targets. Staying in a state is listed where it means
#: something (a hold with a new reason, a longer snooze). `paid` is left only by the freelancer
#: (`mailduns resume` or `hold` after a mistake); `history` only becomes `paid`.
TRANSITIONS: Final[Mapping[InvoiceState, frozenset[InvoiceState]]] = {
    _S.OPEN: frozenset({_S.OPEN, _S.PAID, _S.HOLD, _S.SNOOZED, _S.CLOSED}),
    _S.SNOOZED: frozenset({_S.OPEN, _S.PAID, _S.HOLD, _S.SNOOZED, _S.CLOSED}),
    _S.HOLD: frozenset({_S.OPEN, _S.PAID, _S.HOLD, _S.SNOOZED}),
    _S.CLOSED: frozenset({_S.OPEN, _S.PAID, _S.HOLD, _S.SNOOZED, _S.CLOSED}),
    _S.PAID: frozenset({_S.PAID, _S.OPEN, _S.HOLD}),
    _S.HISTORY: frozenset({_S.HISTORY, _S.PAID}),
}


@dataclass(frozen=True)
class Invoice:
    """An invoice as the daemon follows it. Frozen: change with `dataclasses.replace`, and change
    its state only with `transition`."""

    id: int
    key: str
    number: str
    message_id: str | None
    references: tuple[str, ...]
    subject: str
    folder: str | None
    uidvalidity: int | None
    uid: int | None
    sent_at: datetime
    issue_date: date | None
    due_date: date
    amount: Money | None
    total: Money | None
    client_email: str | None
    client_name: str | None
    recipients: tuple[str, ...]
    cc: tuple[str, ...]
    language: str | None
    source: str
    state: InvoiceState
    why: str
    snooze_until: datetime | None
    last_step: str | None
    held_by_flag: bool = False
    created_at: datetime | None = None
    snooze_reason: str | None = None  # a SnoozeReason value: what ends the snooze
    paid: Money | None = None  # received so far (partial payments)
    own_message_at: datetime | None = None  # the freelancer's last own message in the thread

    @property
    def balance(self) -> Money | None:
        """What is still owed: the amount less partial payments received."""
        if self.amount is None:
            return None
        if self.paid is None or self.paid.currency != self.amount.currency:
            return self.amount
        return self.amount - self.paid


def transition(inv: Invoice, to: InvoiceState | str, why: str) -> Invoice:
    """`inv` in state `to`, or IllegalTransition. A snooze (its end and its reason) only survives
    while the invoice stays snoozed, so no path can leave a stale snooze behind."""
    new = InvoiceState(to)
    if new not in TRANSITIONS[InvoiceState(inv.state)]:
        raise IllegalTransition(inv.number, str(inv.state), str(new))
    snoozed = new is InvoiceState.SNOOZED
    return replace(
        inv,
        state=new,
        why=why,
        snooze_until=inv.snooze_until if snoozed else None,
        snooze_reason=inv.snooze_reason if snoozed else None,
    )


@dataclass(frozen=True)
class NewInvoice:
    """An invoice found in Sent, before the store gives it an id."""

    key: str
    number: str
    message_id: str | None
    references: tuple[str, ...]
    subject: str
    folder: str
    uidvalidity: int
    uid: int
    sent_at: datetime
    issue_date: date | None
    due_date: date
    amount: Money | None
    total: Money | None
    client_email: str | None
    client_name: str | None
    recipients: tuple[str, ...]
    cc: tuple[str, ...]
    language: str | None
    source: str
    state: InvoiceState
    why: str


@dataclass(frozen=True)
class Event:
    """Something that happened to an invoice, with the message that caused it: `status` says why."""

    invoice_id: int | None
    at: datetime
    kind: str
    detail: str = ""
    message_id: str | None = None


@dataclass(frozen=True)
class OutboxItem:
    id: int
    invoice_id: int | None
    kind: str
    step: str | None
    message_id: str
    recipients: tuple[str, ...]
    raw: bytes
    status: OutboxStatus
    attempts: int
    error: str | None
    created_at: datetime
    sent_at: datetime | None
    copied: bool
    data_at: datetime | None = None
    evidence_id: str | None = None  # the message in Sent that settled an approved draft
    draft_gone_at: datetime | None = None  # when the draft was first seen missing from Drafts
    draft_cleanup: bool = False  # a copy of this letter is in Drafts and must be removed


@dataclass(frozen=True)
class NoteInvoice:
    """One invoice a note is about: as it stood before the message the note tells of, and as that
    message left it. An answer `ignore` puts the invoice back where it was, if nothing moved it since."""

    invoice_id: int
    state: InvoiceState
    why: str
    snooze_until: datetime | None
    snooze_reason: str | None
    after_state: InvoiceState
    after_why: str


@dataclass(frozen=True)
class Note:
    """A note mailduns sent the freelancer about a message it read (a reply, a payment notice, a
    bounce): the freelancer's answer to it (`pagato`, `promessa 15/01`, ...) acts on its invoices, and
    corrects how messages like that one are read."""

    message_id: str  # the note's own Message-ID: the answer's In-Reply-To names it
    about: str  # the message it tells of (its Message-ID, as `log` prints it)
    kind: str  # how mailduns read that message
    text: str  # that message's own words, normalised (see reading.corrections)
    invoices: tuple[NoteInvoice, ...]
    at: datetime


@dataclass(frozen=True)
class FolderMark:
    """How far a folder was read: a UIDVALIDITY change means it must be read again."""

    uidvalidity: int
    last_uid: int
    highest_modseq: int | None = None


@dataclass(frozen=True)
class FormalFacts:
    """An invoice's latest formal notice, as the one planner needs to know it (store/notices.py
    reads it): a formal notice is the last thing mailduns sends about an invoice, and its term
    decides when the freelancer is told that it passed unpaid.

    `status` is what `status --json` shows under `formal`: awaiting-approval, skipped, cancelled,
    waiting, sent, accepted, delivered, failed or posted. `deadline` is the last day to pay (None
    until delivery or posting is known); `negotiation_until` the end of the Spanish 30-day
    negotiation clock (LO 1/2025), when the notice carries one. `law` is the legal system the
    notice was written under (IT, ES, GB, IE, or None: the Directive's generic wording), and
    `answered` whether the client wrote anything after it.
    """

    step: str
    channel: str
    language: str
    status: str
    to: tuple[str, ...] = ()
    law: str | None = None
    deadline_days: int = 15
    sent_at: datetime | None = None
    accepted_at: datetime | None = None
    delivered_at: datetime | None = None
    failed_at: datetime | None = None
    posted_on: date | None = None
    deadline: date | None = None
    negotiation_until: date | None = None
    answered: bool = False

    @property
    def out(self) -> bool:
        """The notice left (or is on its way): not dropped by the freelancer before it was sent."""
        return self.status not in ("skipped", "cancelled")

    @property
    def ends_on(self) -> date | None:
        """The last day of the notice's clocks: its deadline, or the end of the negotiation period
        when that is later (a Spanish claim waits for both). None until the deadline is known."""
        if self.deadline is None:
            return None
        return max(self.deadline, self.negotiation_until or self.deadline)
