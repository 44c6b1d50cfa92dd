"""The facts mailduns reads in a message: typed, frozen, no I/O.

Everything downstream (state, policy, `inspect --json`) consumes these records, so every reader
(subject/body rules today; FatturaPA, UBL, CII, PDF later) produces the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from mailduns.core.money import Money

Kind = Literal[
    "invoice",
    "payment-notification",
    "client-reply-paid",
    "client-reply-promise",
    "client-reply-dispute",
    "client-reply-other",
    "auto-reply",
    "bounce",
    "other",
]
Source = Literal["fatturapa", "ubl", "cii", "facturae", "pdf", "body", "subject"]

# Below this confidence a reading is a question for the owner, never a reason to go on reminding.
UNSURE = 0.6

CLIENT_REPLY_KINDS: frozenset[str] = frozenset(
    {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other"}
)


@dataclass(frozen=True)
class InvoiceFacts:
    number: str | None
    issue_date: date | None = None
    due_date: date | None = None
    amount: Money | None = None  # what the client must pay
    total: Money | None = None  # the document's grand total
    client_email: str | None = None
    client_name: str | None = None
    source: Source = "subject"
    # A credit note (FatturaPA TD04/TD08, UBL CreditNote, CII 381...) is not an invoice to chase; when
    # it names the invoice it corrects, that invoice owes less.
    is_credit_note: bool = False
    references_invoice: str | None = None
    # The client's certified-mail (PEC) address, when the e-invoice names one (FatturaPA
    # PECDestinatario): where a formal notice by PEC goes unless the config says otherwise.
    client_pec: str | None = None
    # Whether the buyer is a company or a person, when the e-invoice says so (FatturaPA Denominazione
    # or Nome/Cognome, Facturae LegalEntity or Individual), and its country (ISO 3166 alpha-2): the
    # letters greet and the late-payment law is chosen by them (core/legal.py).
    client_kind: str | None = None
    client_country: str | None = None

    def to_json(self) -> dict[str, Any]:
        priced = self.amount or self.total
        return {
            "number": self.number,
            "issue_date": self.issue_date.isoformat() if self.issue_date else None,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "amount": self.amount.plain() if self.amount else None,
            "total": self.total.plain() if self.total else None,
            "currency": priced.currency if priced is not None else None,
            "client_email": self.client_email,
            "client_name": self.client_name,
            "source": self.source,
            "is_credit_note": self.is_credit_note,
            "references_invoice": self.references_invoice,
        }


@dataclass(frozen=True)
class ReplyFacts:
    promised_date: date | None = None
    return_date: date | None = None
    failed_recipient: str | None = None
    amount: Money | None = None
    reference: str | None = None  # an invoice number named in the message
    # Bounces: True for a final failure (DSN Action failed, 5.x.x, "user unknown"), False for a
    # delay warning (Action delayed, 4.x.x, "will keep trying": the mail may still arrive), None
    # when the report does not say.  `reason` is the server's diagnostic, one short line.
    permanent: bool | None = None
    reason: str | None = None
    # How sure the reading is, 0..1: below UNSURE the engine holds and asks the owner instead of
    # letting reminders go on (issue 15: unsure means ask).
    confidence: float = field(default=1.0, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "promised_date": self.promised_date.isoformat() if self.promised_date else None,
            "return_date": self.return_date.isoformat() if self.return_date else None,
            "failed_recipient": self.failed_recipient,
            "amount": self.amount.plain() if self.amount else None,
            "reference": self.reference,
            "permanent": self.permanent,
        }


@dataclass(frozen=True)
class Envelope:
    """Header facts every message has; used for threading and for telling who wrote."""

    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    from_addr: str | None = None  # lower-cased address only
    from_name: str | None = None
    to_addrs: tuple[str, ...] = ()  # lower-cased
    cc_addrs: tuple[str, ...] = ()
    to_names: tuple[str, ...] = ()  # display names aligned with to_addrs ("" when none)
    subject: str = ""
    date: datetime | None = None  # aware; None when missing or unreadable
    auto_submitted: str | None = None  # RFC 3834 header value, lower-cased
    mailduns_tag: str | None = None  # our own X-Mailduns header, when the message is ours


@dataclass(frozen=True)
class MessageFacts:
    kind: Kind
    envelope: Envelope
    language: str | None = None
    invoices: tuple[InvoiceFacts, ...] = ()
    reply: ReplyFacts | None = None
    text: str = ""  # the readable body (quotes included), for matching numbers
    problems: tuple[str, ...] = field(default_factory=tuple)
    confidence: float = 1.0  # how sure the kind is, 0..1 (see UNSURE)
    # The freelancer's answer (paid, promise, dispute, resume, ignore) that `kind` follows, when the
    # message reads like one they corrected (see reading.corrections); None for the reader's own reading.
    correction: str | None = None

    def to_json(self, file: str) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": file,
            "kind": self.kind,
            "language": self.language,
            "confidence": round(self.confidence, 2),
        }
        if self.kind == "invoice":
            out["invoices"] = [inv.to_json() for inv in self.invoices]
        else:
            out["reply"] = (self.reply or ReplyFacts()).to_json()
        if self.problems:
            out["problems"] = list(self.problems)
        if self.correction:
            out["correction"] = self.correction
        return out
