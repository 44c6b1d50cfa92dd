"""Formal notices and PEC receipts in the state database (tables of migration 0005_formal_notices).

Why apart from db.py: the engine and the store are being reshaped by others; these functions only
take a Store and touch their own two tables, so they merge without stepping on anyone.

What is kept, and why: a notice's legal weight is in its bytes. The message exactly as handed to
the PEC provider (`eml`, with its Message-ID), its PDF, and every receipt the provider sent back,
byte for byte (its S/MIME signature stays verifiable), so `mailduns evidence` can hand a lawyer the
originals. The instants are the certified ones (daticert.xml), not the daemon's clock.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from mailduns.core.legal import NEGOTIATION_DAYS, legal_system, term_end
from mailduns.core.model import FormalFacts
from mailduns.store.db import Store

__all__ = [
    "Notice",
    "Receipt",
    "ReceiptFacts",
    "add_notice",
    "all_formal_facts",
    "deadline_of",
    "formal_facts",
    "has_pec_notices",
    "invoice_pec",
    "mark_sent",
    "negotiations_over",
    "notice",
    "notice_status",
    "notices_for",
    "outbox_status",
    "receipts_for",
    "record_receipt",
    "remember_invoice_pec",
    "set_posted",
    "unsent_pec_notices",
]


class ReceiptFacts(Protocol):
    """What the store needs of a PEC receipt (reading.pec.PecMessage has it; the store imports no reader)."""

    @property
    def tipo(self) -> str: ...
    @property
    def refers_to(self) -> str | None: ...
    @property
    def recipient(self) -> str | None: ...
    @property
    def at(self) -> datetime | None: ...
    @property
    def reason(self) -> str | None: ...
    @property
    def failed(self) -> bool: ...
    @property
    def permanent(self) -> bool: ...


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class Notice:
    id: int
    invoice_id: int
    step: str
    channel: str
    language: str
    message_id: str
    recipients: tuple[str, ...]
    eml: bytes | None
    pdf: bytes
    deadline_days: int
    created_at: datetime
    sent_at: datetime | None
    accepted_at: datetime | None
    delivered_at: datetime | None
    failed_at: datetime | None
    failure: str | None
    posted_on: date | None
    deadline: date | None
    negotiation_until: date | None
    law: str | None = None

    @property
    def status(self) -> str:
        """failed | delivered | accepted | sent | posted | waiting (for approval or the post)."""
        if self.failed_at is not None:
            return "failed"
        if self.delivered_at is not None:
            return "delivered"
        if self.accepted_at is not None:
            return "accepted"
        if self.sent_at is not None:
            return "sent"
        return "posted" if self.posted_on is not None else "waiting"


@dataclass(frozen=True)
class Receipt:
    id: int
    notice_id: int | None
    sha256: str
    tipo: str
    refers_to: str | None
    recipient: str | None
    certified_at: datetime | None
    reason: str | None
    raw: bytes
    received_at: datetime


def _notice(r: sqlite3.Row) -> Notice:
    return Notice(
        id=r["id"],
        invoice_id=r["invoice_id"],
        step=r["step"],
        channel=r["channel"],
        language=r["language"],
        message_id=r["message_id"],
        recipients=tuple(json.loads(r["recipients"])),
        eml=bytes(r["eml"]) if r["eml"] is not None else None,
        pdf=bytes(r["pdf"]),
        deadline_days=r["deadline_days"],
        created_at=datetime.fromisoformat(r["created_at"]),
        sent_at=_dt(r["sent_at"]),
        accepted_at=_dt(r["accepted_at"]),
        delivered_at=_dt(r["delivered_at"]),
        failed_at=_dt(r["failed_at"]),
        failure=r["failure"],
        posted_on=_d(r["posted_on"]),
        deadline=_d(r["deadline"]),
        negotiation_until=_d(r["negotiation_until"]),
        law=r["law"],
    )


def _receipt(r: sqlite3.Row) -> Receipt:
    return Receipt(
        id=r["id"],
        notice_id=r["notice_id"],
        sha256=r["sha256"],
        tipo=r["tipo"],
        refers_to=r["refers_to"],
        recipient=r["recipient"],
        certified_at=_dt(r["certified_at"]),
        reason=r["reason"],
        raw=bytes(r["raw"]),
        received_at=datetime.fromisoformat(r["received_at"]),
    )


def add_notice(
    store: Store,
    *,
    invoice_id: int,
    step: str,
    channel: str,
    language: str,
    message_id: str,
    recipients: tuple[str, ...],
    pdf: bytes,
    eml: bytes | None,
    deadline_days: int,
    at: datetime,
    law: str | None = None,
) -> Notice:
    """Record a composed notice (before it is sent or posted). Idempotent on the Message-ID.
    `law`: the legal system it was written under (core/legal.py), for its term and what follows."""
    with store.transaction():
        store.db.execute(
            "INSERT OR IGNORE INTO formal_notices (invoice_id, step, channel, language, message_id, recipients,"
            " eml, pdf, deadline_days, created_at, law) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                invoice_id,
                step,
                channel,
                language,
                message_id,
                json.dumps(list(recipients)),
                eml,
                pdf,
                deadline_days,
                at.isoformat(),
                law,
            ),
        )
    found = notice(store, message_id)
    assert found is not None
    return found


def notice(store: Store, message_id: str) -> Notice | None:
    row = store.db.execute("SELECT * FROM formal_notices WHERE message_id = ?", (message_id,)).fetchone()
    return _notice(row) if row is not None else None


def notices_for(store: Store, invoice_id: int) -> list[Notice]:
    rows = store.db.execute("SELECT * FROM formal_notices WHERE invoice_id = ? ORDER BY id", (invoice_id,))
    return [_notice(r) for r in rows]


def mark_sent(store: Store, message_id: str, *, eml: bytes, at: datetime) -> None:
    """The notice left (the SMTP server took it): keep the exact bytes sent; a PEC deadline starts."""
    n = notice(store, message_id)
    if n is None:
        raise KeyError(message_id)
    with store.transaction():
        store.db.execute(
            "UPDATE formal_notices SET eml = ?, sent_at = COALESCE(sent_at, ?) WHERE id = ?",
            (eml, at.isoformat(), n.id),
        )


def deadline_of(n: Notice, start: date, holidays: str = "") -> date:
    """The last day to pay under notice `n`, its term running from `start` (delivery or posting):
    core/legal.term_end in the notice's legal system (an Italian term moves off Sundays and public
    holidays, art. 2963 c.c.; a Spanish one does not, art. 5 CC)."""
    return term_end(start, n.deadline_days, legal_system(n.law, n.language), holidays)


def set_posted(store: Store, notice_id: int, posted_on: date, holidays: str = "") -> Notice:
    """The owner posted the letter on `posted_on`: the deadline (and, in Spain, the 30-day
    negotiation clock of LO 1/2025) run from that day. `holidays`: `[sending] holidays`."""
    row = store.db.execute("SELECT * FROM formal_notices WHERE id = ?", (notice_id,)).fetchone()
    if row is None:
        raise KeyError(notice_id)
    n = _notice(row)
    negotiation = posted_on + timedelta(days=NEGOTIATION_DAYS) if n.language == "es" else None
    with store.transaction():
        store.db.execute(
            "UPDATE formal_notices SET posted_on = ?, deadline = ?, negotiation_until = ? WHERE id = ?",
            (
                posted_on.isoformat(),
                deadline_of(n, posted_on, holidays).isoformat(),
                negotiation.isoformat() if negotiation else None,
                n.id,
            ),
        )
        store.replan(n.invoice_id)  # the term is known now: the planner waits for its end
    return _notice(store.db.execute("SELECT * FROM formal_notices WHERE id = ?", (notice_id,)).fetchone())


def record_receipt(
    store: Store, raw: bytes, pec: ReceiptFacts, *, at: datetime, holidays: str = ""
) -> tuple[Receipt, Notice | None, bool]:
    """Keep a receipt byte for byte and apply it to the notice it refers to.

    Returns (receipt, notice or None when it matches none of ours, new: False when already kept).
    Acceptance and delivery set their certified instants (the first one wins: a second delivery
    receipt, for a second recipient, does not move the first); a failure notice sets `failed_at`
    and `failure` (a 12-hour preavviso only when permanent). The deadline of a PEC notice runs from
    delivery.
    """
    digest = hashlib.sha256(raw).hexdigest()
    old = store.db.execute("SELECT * FROM pec_receipts WHERE sha256 = ?", (digest,)).fetchone()
    if old is not None:
        r = _receipt(old)
        n = None
        if r.notice_id is not None:
            row = store.db.execute("SELECT * FROM formal_notices WHERE id = ?", (r.notice_id,)).fetchone()
            n = _notice(row) if row is not None else None
        return r, n, False
    target = notice(store, pec.refers_to) if pec.refers_to else None
    when = (pec.at or at).isoformat()
    with store.transaction():
        cur = store.db.execute(
            "INSERT INTO pec_receipts (notice_id, sha256, tipo, refers_to, recipient, certified_at, reason, raw,"
            " received_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                target.id if target else None,
                digest,
                pec.tipo,
                pec.refers_to,
                pec.recipient,
                pec.at.isoformat() if pec.at else None,
                pec.reason,
                raw,
                at.isoformat(),
            ),
        )
        if target is not None:
            if pec.tipo == "accettazione":
                store.db.execute(
                    "UPDATE formal_notices SET accepted_at = COALESCE(accepted_at, ?) WHERE id = ?",
                    (when, target.id),
                )
            elif pec.tipo == "avvenuta-consegna":
                delivered = (pec.at or at).date()
                # a Spanish notice invites to negotiate within 30 days of receipt (LO 1/2025 art. 10)
                negotiation = (
                    delivered + timedelta(days=NEGOTIATION_DAYS) if target.language == "es" else None
                )
                store.db.execute(
                    "UPDATE formal_notices SET delivered_at = COALESCE(delivered_at, ?),"
                    " deadline = COALESCE(deadline, ?), negotiation_until = COALESCE(negotiation_until, ?)"
                    " WHERE id = ?",
                    (
                        when,
                        deadline_of(target, delivered, holidays).isoformat(),
                        negotiation.isoformat() if negotiation else None,
                        target.id,
                    ),
                )
                store.replan(target.invoice_id)  # the term runs: the planner waits for its end
            elif pec.failed and pec.permanent:
                store.db.execute(
                    "UPDATE formal_notices SET failed_at = COALESCE(failed_at, ?), failure = ? WHERE id = ?",
                    (when, pec.reason or pec.tipo, target.id),
                )
        rid = cur.lastrowid
    row = store.db.execute("SELECT * FROM pec_receipts WHERE id = ?", (rid,)).fetchone()
    n = notice(store, target.message_id) if target is not None else None
    return _receipt(row), n, True


def receipts_for(store: Store, notice_id: int) -> list[Receipt]:
    rows = store.db.execute("SELECT * FROM pec_receipts WHERE notice_id = ? ORDER BY id", (notice_id,))
    return [_receipt(r) for r in rows]


def remember_invoice_pec(store: Store, invoice_id: int, address: str) -> None:
    """The PEC address the invoice's FatturaPA was addressed to (PECDestinatario), kept for a PEC
    notice when the config names none (migration 0008_invoice_pec). The first one read stays."""
    with store.transaction():
        store.db.execute(
            "INSERT OR IGNORE INTO invoice_pec (invoice_id, address) VALUES (?, ?)",
            (invoice_id, address.strip().lower()),
        )


def invoice_pec(store: Store, invoice_id: int) -> str | None:
    row = store.db.execute("SELECT address FROM invoice_pec WHERE invoice_id = ?", (invoice_id,)).fetchone()
    return str(row[0]) if row is not None else None


def unsent_pec_notices(store: Store) -> list[Notice]:
    """PEC notices recorded but not yet taken by the provider (no send, no acceptance, no failure),
    and free to go: their step's outbox row is `covered` (not awaiting approval, skipped or cancelled)."""
    rows = store.db.execute(
        "SELECT * FROM formal_notices WHERE channel = 'pec' AND sent_at IS NULL"
        " AND accepted_at IS NULL AND failed_at IS NULL AND NOT EXISTS (SELECT 1 FROM outbox o"
        " WHERE o.message_id = formal_notices.message_id AND o.status <> 'covered') ORDER BY id"
    )
    return [_notice(r) for r in rows]


def outbox_status(store: Store, message_id: str) -> str | None:
    """The status of the notice's step in the outbox (`covered`, or `awaiting` approval, `skipped`, ...)."""
    row = store.db.execute("SELECT status FROM outbox WHERE message_id = ?", (message_id,)).fetchone()
    return str(row[0]) if row is not None else None


def has_pec_notices(store: Store) -> bool:
    return (
        store.db.execute("SELECT 1 FROM formal_notices WHERE channel = 'pec' LIMIT 1").fetchone() is not None
    )


def negotiations_over(store: Store, today: date) -> list[Notice]:
    """Posted letters whose negotiation period (Spain, LO 1/2025) ended by `today`."""
    rows = store.db.execute(
        "SELECT * FROM formal_notices WHERE negotiation_until IS NOT NULL"
        " AND negotiation_until <= ? ORDER BY id",
        (today.isoformat(),),
    )
    return [_notice(r) for r in rows]


def notice_status(store: Store, n: Notice) -> str:
    """Where the notice stands, as `status --json` shows it: a notice not sent yet may be waiting for
    the owner's approval, or have been dropped (its step's outbox row says which)."""
    if n.status != "waiting":
        return n.status
    step = outbox_status(store, n.message_id)
    return {"awaiting": "awaiting-approval", "skipped": "skipped", "cancelled": "cancelled"}.get(
        step or "", n.status
    )


def _facts(store: Store, n: Notice) -> FormalFacts:
    since = n.posted_on.isoformat() if n.posted_on else (n.sent_at or n.created_at).date().isoformat()
    answered = (
        store.db.execute(
            "SELECT 1 FROM events WHERE invoice_id = ? AND kind LIKE 'client-reply%' AND at >= ? LIMIT 1",
            (n.invoice_id, since),
        ).fetchone()
        is not None
    )
    return FormalFacts(
        step=n.step,
        channel=n.channel,
        language=n.language,
        status=notice_status(store, n),
        to=n.recipients,
        law=n.law,
        deadline_days=n.deadline_days,
        sent_at=n.sent_at,
        accepted_at=n.accepted_at,
        delivered_at=n.delivered_at,
        failed_at=n.failed_at,
        posted_on=n.posted_on,
        deadline=n.deadline,
        negotiation_until=n.negotiation_until,
        answered=answered,
    )


def formal_facts(store: Store, invoice_id: int) -> FormalFacts | None:
    """The invoice's latest formal notice as the planner needs it; None without one."""
    found = notices_for(store, invoice_id)
    return _facts(store, found[-1]) if found else None


def all_formal_facts(store: Store) -> dict[int, FormalFacts]:
    """Every invoice's latest formal notice (for `status` and the digest, which plan every invoice)."""
    rows = store.db.execute(
        "SELECT * FROM formal_notices WHERE id IN (SELECT MAX(id) FROM formal_notices GROUP BY invoice_id)"
    )
    return {n.invoice_id: _facts(store, n) for n in map(_notice, rows)}
