"""The outbox, the engine's side of SMTP: sending queued letters, finishing sends a crash
interrupted (by evidence), filing a copy of each letter in Sent exactly once, and the letters that
wait for approval in Drafts. Split from service/engine.py (issue 14); `Engine` keeps its method
names (`_flush`, `next_copy_at`, ...) and calls these.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from mailduns.core import decide
from mailduns.core.catalog import later as _t
from mailduns.core.catalog import later_step as _t_step
from mailduns.core.errors import MailboxError, SendError
from mailduns.core.model import InvoiceState, OutboxStatus
from mailduns.mail.imap import Mailbox
from mailduns.mail.smtp import Sender
from mailduns.service.faults import fault
from mailduns.store.db import OutboxItem

if TYPE_CHECKING:
    from mailduns.service.engine import CycleReport, Engine

__all__ = [
    "SENT_COPY_WAIT",
    "check_drafts",
    "copy_to_sent",
    "drafts_folder",
    "flush",
    "next_copy_at",
    "remove_drafts",
    "resolve_interrupted_sends",
    "send_batch",
    "write_drafts",
]

log = logging.getLogger("mailduns")

# How long to wait for the provider to file a sent letter in Sent before filing our own copy.
SENT_COPY_WAIT: dict[str, timedelta] = {
    "no": timedelta(0),
    "unknown": timedelta(minutes=2),
    "yes": timedelta(minutes=15),
}


async def resolve_interrupted_sends(
    engine: Engine, mb: Mailbox, sent_folder: str, now: datetime, report: CycleReport
) -> None:
    """Finish what a crash interrupted, by evidence rather than by guessing.

    'sending': we had not started DATA, so nothing can have been delivered: send it again.
    'data': the mail may have left. Its Message-ID in Sent (many providers file sent mail
    there themselves) or, with `bcc_owner`, in the owner's inbox proves it did. With the Bcc
    and no copy after `evidence_wait_minutes`, it provably did not leave: send it again, same
    Message-ID. Without any way to know, it is never repeated and the freelancer is told.
    """
    for item in engine.store.outbox(["sending"]):
        engine.store.set_outbox_status(item.id, "pending", error="interrupted before DATA: nothing was sent")
    inbox = engine.folders.inbox if engine.folders else engine.config.imap.inbox
    sending = engine.config.sending
    for item in engine.store.outbox(["data"]):
        in_sent = await asyncio.to_thread(mb.has_message_id, sent_folder, item.message_id)
        in_bcc = sending.bcc_owner and await asyncio.to_thread(mb.has_message_id, inbox, item.message_id)
        if in_sent or in_bcc:
            engine.store.set_outbox_status(item.id, "sent", at=item.data_at or now)
            if in_sent and item.kind == "reminder":
                engine.store.mark_copied(item.message_id)
            report.add(f"an interrupted {item.kind} {item.step or ''} did go out (found its copy)")
            continue
        waited = now - (item.data_at or item.created_at)
        if sending.bcc_owner and waited >= timedelta(minutes=sending.evidence_wait_minutes):
            engine.store.set_outbox_status(
                item.id, "pending", error="interrupted; no copy arrived: resending"
            )
            report.add(f"an interrupted {item.kind} {item.step or ''} never arrived; sending it again")
        elif sending.bcc_owner:
            continue  # the Bcc copy may still be on its way
        else:
            engine.store.set_outbox_status(item.id, "uncertain", error="interrupted while sending")
            report.add(f"a {item.kind} ({item.step or ''}) was interrupted while sending; not repeated")
            if item.kind == "reminder" and item.invoice_id is not None:
                inv = engine.store.invoice(item.invoice_id)
                engine._notify(
                    inv,
                    "uncertain-send",
                    _t("excerpt.uncertain_send", step=_t_step(item.step or "")),
                    _t("hint.uncertain_send", number=inv.number),
                    now,
                    item.message_id,
                )


async def flush(engine: Engine, mb: Mailbox, sent_folder: str, now: datetime, report: CycleReport) -> None:
    if engine.dry_run:
        return
    tried: set[int] = set()
    sender: Sender | None = None
    while True:
        # Notices queued while sending (a refused address, say) go out in this same cycle.
        pending = [i for i in engine.store.outbox(["pending"]) if i.id not in tried]
        if not pending:
            break
        tried.update(i.id for i in pending)
        sender = sender or engine._sender_factory()
        if not await send_batch(engine, pending, sender, now, report):
            break
    await copy_to_sent(engine, mb, sent_folder, now)
    await write_drafts(engine, mb, now, report)
    await remove_drafts(engine, mb)


async def send_batch(
    engine: Engine, pending: list[OutboxItem], sender: Sender, now: datetime, report: CycleReport
) -> bool:
    """Send queued items in order; False when the server failed in a way that says "later"."""
    for item in pending:
        if item.invoice_id is not None and item.kind == "reminder":
            inv = engine.store.invoice(item.invoice_id)
            if inv.state not in ("open", "snoozed", "closed"):
                engine.store.set_outbox_status(item.id, "cancelled", error=f"invoice is {inv.state}")
                continue
        engine.store.set_outbox_status(item.id, "sending")
        fault("before-smtp")
        envelope_to = list(item.recipients)
        if engine.config.sending.bcc_owner and item.kind == "reminder":
            envelope_to.append(engine.config.owner.email)  # Bcc: in the envelope only

        def before_data(item_id: int = item.id) -> None:
            engine.store.set_outbox_status(item_id, "data", at=engine.clock.now())
            fault("before-data")

        try:
            refused = await sender.send(
                item.raw, sender=engine.config.owner.email, recipients=envelope_to, before_data=before_data
            )
        except SendError as exc:
            if exc.permanent:
                engine.store.set_outbox_status(item.id, "failed", error=str(exc))
                report.add(f"could not send {item.kind} {item.step or ''}: {exc}")
                if item.invoice_id is not None and item.kind == "reminder":
                    inv = engine.store.invoice(item.invoice_id)
                    engine._set_state(
                        inv,
                        "hold",
                        f"the mail server refused the reminder: {exc}",
                        now,
                        report,
                        "send-failed",
                    )
                    engine._notify(
                        inv,
                        "send-failed",
                        str(exc),
                        _t("hint.send_failed", number=inv.number),
                        now,
                        item.message_id,
                    )
            elif exc.code is None and engine._status_of(item.id) == "data":
                # The connection died after the message was handed over: it may have been
                # delivered. Not a retry: the next cycle settles it by evidence.
                report.add(
                    f"the connection dropped while sending {item.kind} {item.step or ''}; "
                    "checking next cycle whether it arrived"
                )
                return False
            else:
                # Refused with a reply (4xx), or failed before DATA: nothing was taken; retry later.
                engine.store.set_outbox_status(item.id, "pending", error=str(exc))
                report.add(f"sending {item.kind} {item.step or ''} failed for now, will retry: {exc}")
                return False
            continue
        fault("after-250")
        engine.store.set_outbox_status(item.id, "sent", at=now)
        report.sent += 1
        hard = [r for r in refused if r[1] >= 500]
        if hard and item.invoice_id is not None and item.kind == "reminder":
            inv = engine.store.invoice(item.invoice_id)
            why = "; ".join(f"{a}: {c} {m}" for a, c, m in hard)
            engine._set_state(inv, "hold", f"the mail server refused {why}", now, report, "send-refused")
            engine._notify(
                inv, "send-failed", why, _t("hint.send_refused", number=inv.number), now, item.message_id
            )
        if item.kind == "reminder":
            report.add(
                f"sent {item.step} for invoice {engine._number(item.invoice_id)} to "
                f"{', '.join(item.recipients)}"
            )
    return True


async def copy_to_sent(engine: Engine, mb: Mailbox, sent_folder: str, now: datetime) -> None:
    """File each sent letter in Sent exactly once.

    Some providers file the copy themselves (Gmail at once, others seconds later): a copy we
    appended too would be a second one. So the copy is looked for first; where the provider may
    file it late, we wait SENT_COPY_WAIT for it before filing our own, and remember what we saw."""
    saves = engine.saves_sent()
    for item in engine.store.outbox_uncopied():
        try:
            # A copy appended just before a crash, or filed by the provider, is already there.
            if await asyncio.to_thread(mb.has_message_id, sent_folder, item.message_id):
                if saves == "unknown":
                    engine.store.set_meta("server_saves_sent", "yes")
                    saves = "yes"
                engine.store.mark_copied(item.message_id)
                continue
            sent_at = item.sent_at or now
            if now - sent_at < SENT_COPY_WAIT[saves]:
                continue  # the provider may still file it: look again later
            fault("before-append")
            await asyncio.to_thread(mb.append, sent_folder, item.raw, ("\\Seen",), sent_at)
            fault("after-append")
            if saves == "unknown":
                engine.store.set_meta("server_saves_sent", "no")
                saves = "no"
        except MailboxError as exc:
            log.warning("could not copy a reminder into %s (will retry): %s", sent_folder, exc)
            break
        engine.store.mark_copied(item.message_id)


def next_copy_at(engine: Engine) -> datetime | None:
    """When a letter's copy, not yet filed by the provider, should be filed by us (for the daemon's wait)."""
    wait = SENT_COPY_WAIT[engine.saves_sent()]
    times = [i.sent_at + wait for i in engine.store.outbox_uncopied() if i.sent_at is not None]
    return min(times) if times else None


# -- letters that wait for approval in Drafts ---------------------------------------------


def drafts_folder(engine: Engine) -> str:
    return (
        (engine.folders.drafts if engine.folders is not None and engine.folders.drafts else None)
        or engine.config.imap.drafts
        or "Drafts"
    )


async def write_drafts(engine: Engine, mb: Mailbox, now: datetime, report: CycleReport) -> None:
    """Put each letter of an `approve = true` step in Drafts, in the invoice's thread, exactly as it
    would be sent. The row is `drafting` until the APPEND is confirmed; after a crash the draft is
    looked for by its Message-ID first, so it is never filed twice."""
    drafts = drafts_folder(engine)
    for item in engine.store.outbox([OutboxStatus.DRAFTING]):
        if item.invoice_id is not None and item.kind == "reminder":
            inv = engine.store.invoice(item.invoice_id)
            if inv.state in (InvoiceState.PAID, InvoiceState.HISTORY):
                engine.apply(
                    [decide.SetOutbox(item.id, OutboxStatus.CANCELLED, f"invoice is {inv.state}")],
                    now,
                    report,
                )
                continue
        try:
            if not await asyncio.to_thread(mb.find, drafts, item.message_id):
                fault("before-draft")
                await asyncio.to_thread(mb.append, drafts, item.raw, ("\\Draft", "\\Seen"), now)
                fault("after-draft")
        except MailboxError as exc:
            log.warning('could not put a letter in "%s" (will retry): %s', drafts, exc)
            break
        engine.store.set_outbox_status(item.id, OutboxStatus.AWAITING)
        report.add(
            f'{item.step} for invoice {engine._number(item.invoice_id)} is in "{drafts}", waiting for '
            "your approval"
        )


async def remove_drafts(engine: Engine, mb: Mailbox) -> None:
    """Drafts of letters that were sent (by mailduns or the mail client) or dropped: gone from Drafts."""
    drafts = drafts_folder(engine)
    for item in engine.store.drafts_to_remove():
        if item.status in (OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.DATA):
            continue  # approved: the draft goes once the letter has left
        try:
            uids = await asyncio.to_thread(mb.find, drafts, item.message_id)
            if uids:
                await asyncio.to_thread(mb.delete, drafts, uids)
                fault("after-remove-draft")
        except MailboxError as exc:
            log.warning('could not remove a draft from "%s" (will retry): %s', drafts, exc)
            break
        engine.store.set_draft_cleanup(item.id, False)


async def check_drafts(engine: Engine, mb: Mailbox, now: datetime, report: CycleReport) -> None:
    """Letters waiting in Drafts: dropped when the invoice got paid; skipped when the freelancer
    deleted the draft without sending it (a sent one was recognised in Sent, read just before).
    Then the nudge about invoices the freelancer left in Drafts."""
    drafts = drafts_folder(engine)
    wait = timedelta(minutes=engine.config.sending.evidence_wait_minutes)
    for item in engine.store.waiting_approval():
        if item.status != OutboxStatus.AWAITING:
            continue
        inv = engine.store.invoice(item.invoice_id) if item.invoice_id is not None else None
        if inv is not None and inv.state in (InvoiceState.PAID, InvoiceState.HISTORY):
            engine.apply(
                [
                    decide.SetOutbox(
                        item.id, OutboxStatus.CANCELLED, f"invoice is {inv.state}", cleanup=True
                    ),
                    decide.AddEvent(
                        inv.id,
                        "cancelled",
                        f"step {item.step} dropped from Drafts: the invoice is {inv.state}",
                        item.message_id,
                    ),
                ],
                now,
                report,
            )
            continue
        if not item.raw:
            continue  # a formal notice awaiting approval: never in Drafts (formal.py)
        there = await asyncio.to_thread(mb.find, drafts, item.message_id)
        if there:
            if item.draft_gone_at is not None:
                engine.apply([decide.DraftGone(item.id, None)], now, report)
            continue
        engine.apply(decide.draft_missing(item, now, wait), now, report)
    try:
        await engine._nudge_unsent_invoices(mb, drafts, now)
    except MailboxError as exc:  # a nudge is never worth a failed cycle
        log.warning('could not look at "%s" for invoices left there: %s', drafts, exc)
