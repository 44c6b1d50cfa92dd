"""Formal notices in the daemon (issue 18): a step with channel = "pec" or "letter".

Why a module of its own: the engine's step-queuing code is being reshaped by the approvals work
(issue 17); the engine only calls in here at a few places (a step whose channel is not "email", an
invoice's PEC address as its FatturaPA names it, once per cycle before the outbox is flushed, and
the owner's "spedita" answer), so both merge without stepping on each other.

* PEC. The client's PEC address is `[clients."…"] pec`, else the FatturaPA's PECDestinatario (kept
  per invoice, store/notices.py), else the invoice is held and the owner asked where to look it up.
  The notice (letters/notice.py: the cover mail + the notice as PDF) is recorded before any SMTP
  conversation — the step's outbox row (status "covered": the step went out as a formal notice,
  nothing for the e-mail outbox to send) and the notice row with its exact bytes, in one
  transaction — so the step happens once. It goes out through the owner's PEC SMTP, From the PEC
  address. A crash while sending is settled by evidence, as for e-mail: the provider's ricevuta di
  accettazione names our Message-ID; without one `evidence_wait_minutes` after DATA, the provider
  never took the message and it is sent again (same Message-ID, same bytes).
* Approval (`approve` defaults to true for a formal notice). A PEC notice cannot wait in Drafts (it
  leaves from the PEC mailbox with its own From): its outbox row is recorded `awaiting`, with no
  letter of its own, and the owner gets one note with the PDF. `mailduns approve` or the answer
  "approva" / "aprobar" / "approve" makes it `covered` (decide.approval_command) and it is sent as
  above; `mailduns skip` or "salta" / "omitir" / "skip" drops it. A letter's note is itself the
  owner's step, so a letter asks no approval.
* Receipts. Each cycle reads what is new in the PEC inbox (UIDVALIDITY + last UID, like the other
  folders, under a mark of its own), keeps every receipt about one of our notices byte for byte and
  applies it: accettazione → sent/accepted; avvenuta consegna → delivered, the deadline runs from
  it; mancata consegna (or a 12-hour preavviso with a permanent error) → the invoice is held and the
  owner told. Other PEC mail (someone writing to the owner's PEC) is left to the owner's PEC client.
* Letter. The notice PDF goes to the owner in a note to print and send by registered letter or
  burofax. `mailduns posted INVOICE [DATE]` or the answer "spedita" / "enviada" / "posted" [DATE]
  to that note records the day; the deadline runs from it. Spanish notices (LO 1/2025): 30 days
  after posting with no answer from the client is recorded as a refusal to negotiate.

Why this file is long: the formal step is one flow (compose, approve, send by PEC, read receipts,
letters to post, status) that the engine calls at five points; splitting it would spread that flow.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from email.policy import SMTP as SMTP_POLICY
from typing import TYPE_CHECKING

from mailduns.core import decide
from mailduns.core.catalog import later as _t
from mailduns.core.catalog import t as _text
from mailduns.core.errors import MailboxError, MaildunsError, SendError
from mailduns.core.fees import FeeQuote
from mailduns.core.legal import legal_system
from mailduns.core.model import InvoiceState, Note, NoteInvoice, OutboxStatus
from mailduns.core.policy import Plan
from mailduns.letters.compose import compose_owner_notice, make_message_id
from mailduns.letters.notice import (
    DEADLINE_DAYS,
    FormalNotice,
    NoticeInvoice,
    Party,
    compose_letter_for_owner,
    compose_pec_notice,
    render_notice,
)
from mailduns.letters.notice_pdf import notice_pdf
from mailduns.mail import connect
from mailduns.mail.imap import Fetched, Mailbox
from mailduns.mail.smtp import Sender
from mailduns.reading.pec import read_pec
from mailduns.settings.config import PecConfig, StepConfig
from mailduns.store import notes as owner_notes
from mailduns.store import notices as store_notices
from mailduns.store.db import Event, FolderMark, Invoice, Store

if TYPE_CHECKING:
    from mailduns.service.engine import CycleReport, Engine

__all__ = [
    "APPROVAL_NOTE",
    "approval_answer",
    "compose_step",
    "cycle",
    "describe_status",
    "due",
    "pec_address",
    "posted_answer",
    "record_posted",
    "remember_pec",
    "status_of",
]

log = logging.getLogger("mailduns")

FETCH_BATCH = 50
#: The note that brings the owner a letter to post: its kind in owner_notes, so "spedita" finds it.
LETTER_NOTE = "formal-letter"
#: The note that asks the owner to approve a PEC notice: its kind in owner_notes ("approva" / "salta").
APPROVAL_NOTE = "formal-approval"


# -- facts ------------------------------------------------------------------------------------------
def remember_pec(store: Store, invoice_id: int, address: str | None) -> None:
    """The PEC address the invoice's FatturaPA names (PECDestinatario), for a later PEC notice."""
    if address:
        store_notices.remember_invoice_pec(store, invoice_id, address)


def pec_address(engine: Engine, inv: Invoice) -> str | None:
    """Where a PEC notice goes: the config's `[clients."…"] pec`, else the FatturaPA's PECDestinatario."""
    configured = engine.config.client_for(inv.client_email or "").pec
    return configured or store_notices.invoice_pec(engine.store, inv.id)


def _fee(engine: Engine, inv: Invoice, step: StepConfig, now: datetime) -> FeeQuote | None:
    """The statutory interest and compensation a notice claims, as of its day (a notice always
    states them, whether or not the step says late_fee; a consumer owes neither)."""
    if inv.balance is None:
        return None
    ladder = sorted(engine.ladder_for(inv), key=lambda s: s.days)
    count = sum(1 for s in ladder if s.late_fee and s.days <= step.days) or 1
    return engine.quote(inv, count, now)


def _compose(
    engine: Engine, inv: Invoice, step: StepConfig, channel: str, pec_to: str | None, now: datetime
) -> tuple[FormalNotice, bytes]:
    config = engine.config
    owner = config.owner
    language = engine._language(inv)
    notice = FormalNotice(
        language,
        channel,
        Party(owner.name, email=owner.email, pec=config.pec.address if config.pec else None),
        Party(
            inv.client_name or inv.client_email or "",
            email=inv.client_email,
            pec=pec_to,
            kind=engine.client_kind(inv),
            salutation=config.client_for(inv.client_email or "").salutation,
        ),
        (NoticeInvoice(engine._ref(inv), _fee(engine, inv, step, now)),),
        now.astimezone(owner.tz),
        deadline_days=step.deadline_days or DEADLINE_DAYS.get(language, 15),
        resolve_contract=step.resolve_contract,
        payment=config.payment,
        law=engine.law_for(inv),
        holidays=config.sending.holidays,
    )
    text = render_notice(engine.templates, notice)
    pdf = notice_pdf(
        text,
        title=notice.pdf_name.removesuffix(".pdf"),
        author=owner.name,
        language=language,
        created=notice.now,
    )
    return notice, pdf


def compose_step(engine: Engine, inv: Invoice, step: StepConfig, now: datetime) -> tuple[str, bytes]:
    """What the step would send, for `mailduns preview`: the PEC message (cover + PDF) to the client's
    PEC address, or the note bringing the owner the letter to post."""
    owner = engine.config.owner
    address = pec_address(engine, inv)
    if step.channel == "pec" and engine.config.pec is not None:
        pec = engine.config.pec
        notice, pdf = _compose(engine, inv, step, "pec", address, now)
        mid = make_message_id(pec.address.rpartition("@")[2], inv.key, step.name, "pec")
        msg = compose_pec_notice(
            engine.templates,
            notice,
            pec_from=pec.address,
            pec_to=[address or "pec-unknown@invalid"],
            pdf=pdf,
            message_id=mid,
        )
        return mid, msg.as_bytes(policy=SMTP_POLICY)
    notice, pdf = _compose(engine, inv, step, "letter", address, now)
    mid = make_message_id(owner.email.rpartition("@")[2], "notice", inv.key, LETTER_NOTE, step.name)
    return mid, compose_letter_for_owner(
        engine.templates, notice, owner_email=owner.email, pdf=pdf, message_id=mid
    ).as_bytes(policy=SMTP_POLICY)


# -- a formal step is due ---------------------------------------------------------------------------
def due(
    engine: Engine, inv: Invoice, step: StepConfig, plan: Plan, now: datetime, report: CycleReport
) -> None:
    """The planner says a pec/letter step is due for `inv`: record the notice (once), then move the
    invoice on as a sent e-mail step would (last_step). It is never closed here: after the notice
    the planner waits for its term, then holds the invoice and tells the owner (decide.notice_over)."""
    try:
        with engine.store.transaction():
            queued = (
                _queue_pec(engine, inv, step, now, report)
                if step.channel == "pec"
                else _queue_letter(engine, inv, step, now, report)
            )
    except Exception as exc:  # noqa: BLE001 - one notice that cannot be written must not stop the rest
        engine._cannot_write([(inv, step, plan)], exc, now, report)
        return
    if not queued:
        return
    for name in plan.skipped:
        engine.store.add_event(
            Event(
                inv.id,
                now,
                "skipped",
                f"step {name} was missed while mailduns was not running; only the latest step is sent",
            )
        )
    # The notice ends the ladder (planner.ladder_for): the invoice stays open, and the planner waits
    # for the notice's term (planner.after_notice); it is held when the term passes unpaid.
    engine.store.save_invoice(replace(engine.store.invoice(inv.id), last_step=step.name))


def _queue_pec(engine: Engine, inv: Invoice, step: StepConfig, now: datetime, report: CycleReport) -> bool:
    pec = engine.config.pec
    if pec is None:  # the config refuses a pec step without [pec]; a profile edited live
        raise SendError("the step sends by PEC but the config has no [pec] section", permanent=True)
    address = pec_address(engine, inv)
    if address is None:
        held = engine._set_state(
            inv,
            "hold",
            f"the formal notice ({step.name}) needs the client's PEC address, "
            "and neither the config nor the invoice names one",
            now,
            report,
            "pec-unknown",
        )
        engine._notify(
            held,
            "pec-unknown",
            _t("excerpt.pec_unknown", step=step.name),
            _t("hint.pec_unknown", number=inv.number, client=inv.client_email or "?"),
            now,
            f"pec-unknown-{step.name}",
        )
        return False
    notice, pdf = _compose(engine, inv, step, "pec", address, now)
    mid = make_message_id(pec.address.rpartition("@")[2], inv.key, step.name, "pec")
    raw = compose_pec_notice(
        engine.templates, notice, pec_from=pec.address, pec_to=[address], pdf=pdf, message_id=mid
    ).as_bytes(policy=SMTP_POLICY)
    # "covered": the step is done through the formal notice; the e-mail outbox has nothing to send.
    # "awaiting": the same, once the owner approves it (the row has no letter of its own: never in Drafts).
    approve = step.needs_approval(engine.config.sending.approve)
    if not engine.store.enqueue(
        invoice_id=inv.id,
        kind="reminder",
        step=step.name,
        message_id=mid,
        recipients=[address],
        raw=b"",
        at=now,
        status=OutboxStatus.AWAITING if approve else OutboxStatus.COVERED,
    ):
        return False
    store_notices.add_notice(
        engine.store,
        invoice_id=inv.id,
        step=step.name,
        channel="pec",
        language=notice.language,
        message_id=mid,
        recipients=(address,),
        pdf=pdf,
        eml=raw,
        deadline_days=notice.deadline_days,
        at=now,
        law=legal_system(engine.law_for(inv), notice.language),
    )
    if approve:
        _ask_approval(engine, inv, step, notice, pdf, pec.address, address, mid, now)
    engine.store.add_event(
        Event(
            inv.id,
            now,
            "reminder",
            f"step {step.name}: formal notice by PEC to {address} "
            + ("waiting for your approval" if approve else "queued"),
            mid,
        )
    )
    report.queued += 1
    report.add(
        f"invoice {inv.number}: formal notice ({step.name}) by PEC to {address} "
        + ("waiting for your approval (a note with it was mailed to you)" if approve else "queued")
    )
    return True


def _ask_approval(
    engine: Engine,
    inv: Invoice,
    step: StepConfig,
    notice: FormalNotice,
    pdf: bytes,
    pec_from: str,
    pec_to: str,
    mid: str,
    now: datetime,
) -> None:
    """One note to the owner, in their language, with the notice PDF: what will go to whom by PEC, and
    how to approve it (`mailduns approve`, or the answer "approva") or drop it ("salta"). Remembered
    as a note, so that the answer finds the invoice."""
    owner = engine.config.owner
    lang = owner.language
    note_mid = make_message_id(owner.email.rpartition("@")[2], "notice", inv.key, APPROVAL_NOTE, step.name)
    client = inv.client_name or inv.client_email or "?"
    msg = compose_owner_notice(
        engine.templates,
        language=lang,
        owner_name=owner.name,
        owner_email=owner.email,
        event="pec-approval",
        inv=engine._ref(inv),
        now=now.astimezone(owner.tz),
        message_id=note_mid,
        headline=_text(lang, "headline.pec_approval", number=inv.number, client=client),
        excerpt=_text(
            lang,
            "excerpt.pec_approval",
            step=step.name,
            pec_from=pec_from,
            pec_to=pec_to,
            client=client,
            file=notice.pdf_name,
        ),
        action_hint=_text(lang, "hint.pec_approval", number=inv.number),
    )
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=notice.pdf_name)
    engine.store.enqueue(
        invoice_id=inv.id,
        kind="notice",
        step=None,
        message_id=note_mid,
        recipients=[owner.email],
        raw=msg.as_bytes(policy=SMTP_POLICY),
        at=now,
    )
    state = InvoiceState(inv.state)
    owner_notes.add_note(
        engine.store,
        Note(
            note_mid,
            mid,
            APPROVAL_NOTE,
            "",
            (NoteInvoice(inv.id, state, inv.why, inv.snooze_until, inv.snooze_reason, state, inv.why),),
            now,
        ),
    )


def approval_answer(
    engine: Engine,
    note: Note,
    command: decide.ApprovalCommand,
    said: str,
    now: datetime,
    report: CycleReport,
    answer_key: str | None = None,
) -> list[Invoice]:
    """The owner answered "approva" / "aprobar" / "approve" (or "salta" / "omitir" / "skip") to a
    note: the notice (or letter) of each invoice of the note that waits for approval is approved, as
    `mailduns approve` does, or dropped."""
    out: list[Invoice] = []
    with engine.store.transaction():
        for row in note.invoices:
            inv = engine.store.invoice(row.invoice_id)
            try:
                effects = decide.approval_command(
                    inv, engine.store.waiting_approval(inv.id), command, via=f'your answer "{said}"'
                )
            except MaildunsError as exc:
                engine.store.add_event(
                    Event(inv.id, now, "answer-refused", f'you answered "{said}": {exc}', answer_key)
                )
                report.add(f'invoice {inv.number}: your answer "{said}" cannot apply ({exc})')
            else:
                engine.apply(effects, now, report)
            out.append(engine.store.invoice(inv.id))
    return out


def _queue_letter(engine: Engine, inv: Invoice, step: StepConfig, now: datetime, report: CycleReport) -> bool:
    owner = engine.config.owner
    domain = owner.email.rpartition("@")[2]
    notice, pdf = _compose(engine, inv, step, "letter", pec_address(engine, inv), now)
    mid = make_message_id(domain, inv.key, step.name, "letter")
    note_mid = make_message_id(domain, "notice", inv.key, LETTER_NOTE, step.name)
    raw = compose_letter_for_owner(
        engine.templates, notice, owner_email=owner.email, pdf=pdf, message_id=note_mid
    ).as_bytes(policy=SMTP_POLICY)
    if not engine.store.enqueue(
        invoice_id=inv.id,
        kind="reminder",
        step=step.name,
        message_id=mid,
        recipients=[],
        raw=b"",
        at=now,
        status="covered",
    ):
        return False
    store_notices.add_notice(
        engine.store,
        invoice_id=inv.id,
        step=step.name,
        channel="letter",
        language=notice.language,
        message_id=mid,
        recipients=(),
        pdf=pdf,
        eml=None,
        deadline_days=notice.deadline_days,
        at=now,
        law=legal_system(engine.law_for(inv), notice.language),
    )
    engine.store.enqueue(
        invoice_id=inv.id,
        kind="notice",
        step=None,
        message_id=note_mid,
        recipients=[owner.email],
        raw=raw,
        at=now,
    )
    state = InvoiceState(inv.state)
    owner_notes.add_note(
        engine.store,
        Note(
            note_mid,
            mid,
            LETTER_NOTE,
            "",
            (NoteInvoice(inv.id, state, inv.why, inv.snooze_until, inv.snooze_reason, state, inv.why),),
            now,
        ),
    )
    engine.store.add_event(
        Event(
            inv.id,
            now,
            "reminder",
            f"step {step.name}: the formal notice was mailed to you to post (registered letter or burofax)",
            mid,
        )
    )
    report.queued += 1
    report.add(f"invoice {inv.number}: formal notice ({step.name}) mailed to you to post")
    return True


# -- posted -----------------------------------------------------------------------------------------
def record_posted(
    store: Store,
    inv: Invoice,
    posted_on: date,
    now: datetime,
    message_id: str | None = None,
    holidays: str = "",
) -> store_notices.Notice | None:
    """The owner posted the invoice's latest letter notice on `posted_on` (`mailduns posted`, or the
    answer "spedita"): its deadline and, in Spain, the 30-day negotiation clock run from that day.
    None when the invoice has no letter notice. `holidays`: `[sending] holidays` (an Italian term
    ending on a public holiday of the owner's calendar moves to the next day, art. 2963 c.c.)."""
    letters = [n for n in store_notices.notices_for(store, inv.id) if n.channel == "letter"]
    if not letters:
        return None
    n = store_notices.set_posted(store, letters[-1].id, posted_on, holidays)
    detail = f"deadline {n.deadline.isoformat() if n.deadline else '?'}"
    if n.negotiation_until:
        detail += f"; negotiation (LO 1/2025) until {n.negotiation_until.isoformat()}"
    store.add_event(
        Event(inv.id, now, "notice-posted", f"posted on {posted_on.isoformat()}; {detail}", message_id)
    )
    return n


def posted_answer(
    engine: Engine,
    note: Note,
    on: date | None,
    said: str,
    now: datetime,
    report: CycleReport,
    answer_key: str | None = None,
) -> list[Invoice]:
    """The owner answered "spedita" / "enviada" / "posted" [DATE] (to the letter's note, or with
    `mailduns answer`): the letter of each invoice of the note was posted that day."""
    day = on or now.astimezone(engine.config.owner.tz).date()
    out: list[Invoice] = []
    for row in note.invoices:
        inv = engine.store.invoice(row.invoice_id)
        n = record_posted(engine.store, inv, day, now, answer_key, engine.config.sending.holidays)
        if n is None:
            engine.store.add_event(
                Event(
                    inv.id,
                    now,
                    "answer-refused",
                    f'you answered "{said}", but invoice {inv.number} has no formal notice letter to post',
                    answer_key,
                )
            )
            report.add(f'invoice {inv.number}: your answer "{said}" cannot apply (no letter to post)')
        else:
            report.add(
                f"invoice {inv.number}: the notice was posted on {day.isoformat()}; deadline "
                f"{n.deadline.isoformat() if n.deadline else '?'}"
            )
        out.append(engine.store.invoice(inv.id))
    return out


# -- once per cycle: send, read receipts, clocks ----------------------------------------------------
async def cycle(engine: Engine, now: datetime, report: CycleReport) -> None:
    """Send the PEC notices waiting, read the PEC receipts, keep the negotiation clocks. A PEC
    server that cannot be reached is logged and tried again next cycle, never the end of the cycle."""
    _negotiation_clocks(engine, now, report)
    pec = engine.config.pec
    if pec is None or engine.dry_run:
        return
    if not _pending(engine.store) and not store_notices.has_pec_notices(engine.store):
        return  # nothing was ever sent by PEC: no login to the PEC mailbox
    mb = connect.mailbox_from(pec.imap)
    try:
        await asyncio.to_thread(mb.connect)
        await _read_receipts(engine, mb, pec, now, report)  # an acceptance settles an interrupted send
        if await _send_pending(engine, pec, now, report):
            # a quick provider files its receipts at once; a fresh session sees them (a selected
            # mailbox's STATUS may not), a slower one's are read next cycle
            await asyncio.to_thread(mb.close)
            await asyncio.to_thread(mb.connect)
            await _read_receipts(engine, mb, pec, now, report)
    except MailboxError as exc:
        log.warning("the PEC mailbox %s could not be read (will retry): %s", pec.address, exc)
        report.add(f"the PEC mailbox could not be read: {exc}")
    finally:
        await asyncio.to_thread(mb.close)


def _pending(store: Store) -> list[store_notices.Notice]:
    return store_notices.unsent_pec_notices(store)


async def _send_pending(engine: Engine, pec: PecConfig, now: datetime, report: CycleReport) -> int:
    store = engine.store
    sender: Sender | None = None
    sent = 0
    for n in _pending(store):
        inv = store.invoice(n.invoice_id)
        key = f"pec-send:{n.message_id}"
        mark = store.get_meta(key) or ""
        if inv.state in ("paid", "history") or mark == "refused" or n.eml is None:
            continue
        if mark.startswith("data:"):
            waited = now - datetime.fromisoformat(mark[5:])
            if waited < timedelta(minutes=engine.config.sending.evidence_wait_minutes):
                continue  # handed over: its ricevuta di accettazione may be on its way
            report.add(
                f"invoice {inv.number}: no acceptance receipt for the formal notice sent at {mark[5:]}; "
                "the PEC provider never took it, sending it again"
            )
        sender = sender or connect.sender_from(pec.smtp)
        eml = n.eml

        def before_data(k: str = key) -> None:
            store.set_meta(k, "data:" + engine.clock.now().isoformat())

        try:
            refused = await sender.send(
                eml, sender=pec.address, recipients=list(n.recipients), before_data=before_data
            )
        except SendError as exc:
            if exc.permanent:
                store.set_meta(key, "refused")
                _failed(engine, inv, n, f"the PEC server refused it: {exc}", now, report)
                continue
            if not (store.get_meta(key) or "").startswith("data:"):
                store.set_meta(key, "")
            report.add(
                f"sending the formal notice for invoice {inv.number} by PEC failed for now, will retry: {exc}"
            )
            break
        hard = [r for r in refused if r[1] >= 500]
        if hard and len(hard) == len(n.recipients):
            store.set_meta(key, "refused")
            _failed(engine, inv, n, "; ".join(f"{a}: {c} {m}" for a, c, m in hard), now, report)
            continue
        store_notices.mark_sent(store, n.message_id, eml=eml, at=now)
        store.set_meta(key, "sent")
        store.add_event(
            Event(
                inv.id,
                now,
                "notice-sent",
                f"formal notice ({n.step}) handed to the PEC provider for {', '.join(n.recipients)}",
                n.message_id,
            )
        )
        report.sent += 1
        sent += 1
        report.add(
            f"sent the formal notice ({n.step}) for invoice {inv.number} by PEC to {', '.join(n.recipients)}"
        )
    return sent


async def _read_receipts(
    engine: Engine, mb: Mailbox, pec: PecConfig, now: datetime, report: CycleReport
) -> None:
    """What is new in the PEC inbox, under a folder mark of its own (the main INBOX has its own)."""
    store = engine.store
    folder = pec.imap.inbox
    mark_name = f"pec:{pec.address}:{folder}"
    status = await asyncio.to_thread(mb.status, folder)
    mark = store.folder_mark(mark_name)
    same = mark is not None and mark.uidvalidity == status.uidvalidity
    last = mark.last_uid if mark is not None and same else 0
    if same and status.uidnext and status.uidnext <= last + 1:
        return
    await asyncio.to_thread(mb.select, folder)
    since = engine.since() - timedelta(days=31) if last == 0 else None
    uids = await asyncio.to_thread(mb.new_uids, folder, last, since)

    def fetch(batch: list[int]) -> list[Fetched]:
        return list(mb.fetch(folder, batch))

    for i in range(0, len(uids), FETCH_BATCH):
        batch = uids[i : i + FETCH_BATCH]
        fetched = await asyncio.to_thread(fetch, batch)
        with store.transaction():
            for msg in fetched:
                try:
                    _on_pec_message(engine, msg.raw, now, report)
                except Exception as exc:  # noqa: BLE001 - one unreadable receipt must not stop the rest
                    if store.record_bad_message(mark_name, status.uidvalidity, msg.uid, repr(exc), now):
                        log.warning(
                            'skipped message %s in the PEC "%s": it could not be read (%s)',
                            msg.uid,
                            folder,
                            exc,
                        )
                        report.problems += 1
            store.set_folder_mark(
                mark_name, FolderMark(status.uidvalidity, max(batch[-1], last), status.highest_modseq)
            )
    newest = max(status.uidnext - 1, uids[-1] if uids else 0, last)
    store.set_folder_mark(mark_name, FolderMark(status.uidvalidity, newest, status.highest_modseq))


def _on_pec_message(engine: Engine, raw: bytes, now: datetime, report: CycleReport) -> None:
    store = engine.store
    pec = read_pec(raw)
    if pec is None or pec.kind != "receipt" or not pec.refers_to:
        return  # ordinary or transported PEC mail: the owner's PEC client's
    if store_notices.notice(store, pec.refers_to) is None:
        return  # a receipt for mail the owner sent by hand
    receipt, n, new = store_notices.record_receipt(
        store, raw, pec, at=now, holidays=engine.config.sending.holidays
    )
    if not new or n is None:
        return
    inv = store.invoice(n.invoice_id)
    when = (pec.at or now).isoformat(timespec="seconds")
    mid = pec.message_id
    if pec.tipo == "accettazione":
        if n.sent_at is None:  # sent before a crash: the receipt is the proof
            store_notices.mark_sent(store, n.message_id, eml=n.eml or b"", at=pec.at or now)
            store.set_meta(f"pec-send:{n.message_id}", "sent")
        store.add_event(
            Event(
                inv.id,
                now,
                "notice-accepted",
                f"the PEC provider accepted the formal notice ({n.step}) at {when}",
                mid,
            )
        )
    elif pec.tipo == "avvenuta-consegna":
        store.add_event(
            Event(
                inv.id,
                now,
                "notice-delivered",
                f"formal notice ({n.step}) delivered to "
                f"{pec.recipient or '?'} at {when}; deadline "
                f"{n.deadline.isoformat() if n.deadline else '?'}",
                mid,
            )
        )
        report.add(
            f"invoice {inv.number}: formal notice delivered to {pec.recipient or '?'} at {when}; "
            f"deadline {n.deadline.isoformat() if n.deadline else '?'}"
        )
    elif pec.failed and pec.permanent:
        _failed(engine, inv, n, f"{pec.tipo}: {receipt.reason or 'no reason given'}", now, report, mid)
    elif pec.failed:
        store.add_event(
            Event(inv.id, now, "notice-delivery-delayed", f"{pec.tipo}: {pec.reason or ''}".strip(), mid)
        )


def _failed(
    engine: Engine,
    inv: Invoice,
    n: store_notices.Notice,
    why: str,
    now: datetime,
    report: CycleReport,
    message_id: str | None = None,
) -> None:
    """The notice did not reach the client: the invoice waits for the owner, who is told."""
    address = ", ".join(n.recipients) or "?"
    if inv.state in ("paid", "history"):
        engine.store.add_event(
            Event(
                inv.id, now, "notice-failed", f"formal notice to {address} not delivered: {why}", message_id
            )
        )
        return
    held = (
        engine._set_state(
            inv,
            "hold",
            f"the formal notice ({n.step}) could not be delivered to {address}: {why}",
            now,
            report,
            "notice-failed",
            message_id,
        )
        if inv.state != "hold"
        else inv
    )
    engine._notify(
        held,
        "pec-failed",
        why,
        _t("hint.pec_failed", number=inv.number, address=address),
        now,
        f"pec-failed-{n.message_id}",
    )


def _negotiation_clocks(engine: Engine, now: datetime, report: CycleReport) -> None:
    """LO 1/2025: a requerimiento left without an answer for 30 days is recorded as a refusal."""
    store = engine.store
    today = now.astimezone(engine.config.owner.tz).date()
    for n in store_notices.negotiations_over(store, today):
        key = f"negotiation:{n.id}"
        if store.get_meta(key) or n.posted_on is None:
            continue
        inv = store.invoice(n.invoice_id)
        answered = [
            e
            for e in store.events(inv.id)
            if e.kind.startswith("client-reply")
            and e.at.astimezone(engine.config.owner.tz).date() >= n.posted_on
        ]
        if answered:
            outcome, detail = (
                "answered",
                (
                    f"the client answered the requerimiento de pago within "
                    f"{(n.negotiation_until - n.posted_on).days if n.negotiation_until else 30} "
                    "days (LO 1/2025)"
                ),
            )
        elif inv.state == "paid":
            outcome, detail = "paid", "the invoice was paid within the negotiation period (LO 1/2025)"
        else:
            outcome, detail = (
                "refused",
                (
                    f"no answer within 30 days of the requerimiento de pago posted on "
                    f"{n.posted_on.isoformat()}: recorded as a refusal to negotiate "
                    "(LO 1/2025, art. 10)"
                ),
            )
        with store.transaction():
            store.set_meta(key, outcome)
            store.add_event(Event(inv.id, now, f"negotiation-{outcome}", detail, n.message_id))
        report.add(f"invoice {inv.number}: {detail}")


# -- status -----------------------------------------------------------------------------------------
def status_of(store: Store, invoice_id: int) -> dict[str, str | None] | None:
    """The invoice's latest formal notice for `status --json` ("formal"), None without one."""
    found: Sequence[store_notices.Notice] = store_notices.notices_for(store, invoice_id)
    if not found:
        return None
    n = found[-1]
    status = store_notices.notice_status(store, n)

    def iso(value: datetime | date | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "channel": n.channel,
        "step": n.step,
        "status": status,
        "to": ", ".join(n.recipients) or None,
        "sent_at": iso(n.sent_at),
        "accepted_at": iso(n.accepted_at),
        "delivered_at": iso(n.delivered_at),
        "failed_at": iso(n.failed_at),
        "failure": n.failure,
        "posted_on": iso(n.posted_on),
        "deadline": iso(n.deadline),
        "negotiation_until": iso(n.negotiation_until),
    }


def describe_status(number: str, formal: dict[str, str | None]) -> str:
    """One line for the `status` table: where the invoice's formal notice stands."""
    how = "PEC" if formal["channel"] == "pec" else "letter"
    if formal["failed_at"]:
        said = f"NOT delivered ({formal['failure'] or '?'}), {formal['failed_at']}"
    elif formal["delivered_at"]:
        said = f"delivered to {formal['to']} at {formal['delivered_at']}"
    elif formal["accepted_at"]:
        said = f"accepted by the PEC provider at {formal['accepted_at']}, not yet delivered"
    elif formal["sent_at"]:
        said = f"sent at {formal['sent_at']}, no receipt yet"
    elif formal["posted_on"]:
        said = f"posted on {formal['posted_on']}"
    elif formal["status"] == "awaiting-approval":
        said = f"waiting for your approval (`mailduns approve {number}` or `mailduns skip {number}`)"
    elif formal["status"] in ("skipped", "cancelled"):
        said = f"{formal['status']}, not sent"
    else:
        said = "waiting to be sent" if formal["channel"] == "pec" else "mailed to you, not posted yet"
    tail = f"; deadline {formal['deadline']}" if formal["deadline"] else ""
    if formal["negotiation_until"]:
        tail += f"; negotiation until {formal['negotiation_until']}"
    return f"formal notice for {number} ({how}, step {formal['step']}): {said}{tail}"
