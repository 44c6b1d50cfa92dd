"""One cycle of the daemon: mailbox → facts → state → decisions → outbox → SMTP.

Reading the mailbox produces facts (pure readers), facts change invoice state (here, recorded as
events in the store), the pure policy turns state into decisions, decisions become outbox rows,
and only the outbox talks to SMTP. Every message is handled inside its own try/except: one mail we
cannot read is logged once and skipped, never the end of the daemon.

The handlers of incoming mail (Sent, the paid folder, the inbox, payments, bounces) find the
invoices a message concerns and read the mailbox; what the message changes is decided by the pure
functions of `core/decide_inbox.py`, and carried out by `Engine.apply`, in one transaction.

Why this file is long (over 600 lines): it still holds the syncing of folders, the handlers of incoming
mail (I/O only now), the owner's notes and answers, the decision pass and the nudges. The outbox
(SMTP, copies to Sent, drafts waiting for approval) is in `service/sending.py`. The syncing part
is not split out yet so that concurrent edits to it and to connect still merge; it is the next cut
(service/sync.py), then the nudges.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from email.policy import SMTP as SMTP_POLICY

from mailduns.core.sending_calendar import SendingCalendar, calendar_from
from mailduns.core.clock import Clock
from mailduns.core.catalog import Text, written
from mailduns.core.catalog import later as _t
from mailduns.core.catalog import later_step as _t_step
from mailduns.letters.compose import (
    InvoiceRef,
    Templates,
    compose_owner_notice,
    compose_reminder,
    compose_simple,
    compose_statement,
    make_message_id,
)
from mailduns.core.catalog import t as _text
from mailduns.core.wording import fmt_date, fmt_money, locale_for
from mailduns.settings.config import Config, StepConfig
from mailduns.service.digest import enqueue_digest_if_due
from mailduns.service import formal
from mailduns.core.errors import IllegalTransition, MailboxError, StateError
from mailduns.core.fees import FeeQuote, quote_fees
from mailduns.core.legal import governing_law
from mailduns.mail import connect
from mailduns.mail.imap import Attachment, Fetched, FolderNames, FolderStatus, Mailbox, ServerFeatures
from mailduns.core.model import InvoiceState, Note, NoteInvoice, OutboxStatus, transition
from mailduns.core.money import Money
from mailduns.core import decide, decide_inbox, planner
from mailduns.core.policy import Plan
from mailduns.reading import DEFAULT_RULES, Correction, ReadingRules, find_invoice_numbers, read_message
from mailduns.reading import corrections as reading_corrections
from mailduns.reading.answers import OwnerAnswer, read_answer
from mailduns.reading.classify import split_reply
from mailduns.reading.model import CLIENT_REPLY_KINDS, UNSURE, InvoiceFacts, MessageFacts
from mailduns.service import sending
from mailduns.service.readpool import ReadPool
from mailduns.mail.smtp import Sender
from mailduns.store import notes as owner_notes
from mailduns.store import notices as store_notices
from mailduns.store import parties as store_parties
from mailduns.store.db import Event, FolderMark, Invoice, NewInvoice, OutboxItem, Store

log = logging.getLogger("mailduns")

PAID_FLAG = decide_inbox.PAID_FLAG
HOLD_FLAG = decide_inbox.HOLD_FLAG
STOP_FLAG = "$MailDunsStop"
_MSGID = re.compile(r"<[^<>\s@]+@[^<>\s]+>")
_INVOICE_WORD = re.compile(
    r"\b(fattur\w*|factur\w*|invoice\w*|parcell\w*|notul\w*|rechnung|ft\.?|fatt\.?)\b", re.IGNORECASE
)
_REPLY_PREFIX = re.compile(r"^\s*(re|r|rif|aw|sv|vs|res|rv|fw|fwd|i|inoltro)\s*(\[\d+\])?\s*:", re.IGNORECASE)
#: What makes a sent message a quote (`[nudges] quote_patterns` replaces these).
_QUOTE_PATTERNS: tuple[str, ...] = (
    r"\bpreventiv\w*",
    r"\bofferta\b",
    r"\bpresupuesto\w*",
    r"\bcotizaci[oó]n\w*",
    r"\bquot(e|es|ation)\b",
    r"\bestimate\w*",
    r"\bproposal\w*",
)
FETCH_BATCH = 100
FOLLOWED = ("open", "snoozed", "hold", "closed")  # the states an inbox message can still change


@dataclass
class CycleReport:
    """What one cycle did, for the CLI, the demo timeline and the tests."""

    at: datetime
    lines: list[str] = field(default_factory=list)
    sent: int = 0
    queued: int = 0
    problems: int = 0
    fetched: int = 0  # messages whose body was read this cycle

    def add(self, line: str) -> None:
        self.lines.append(line)
        log.info("%s", line)


@dataclass(frozen=True)
class About:
    """The message a note tells the freelancer of, so that their answer can act on it: its key (the
    Message-ID `log` prints), how it was read, its facts, and its invoices as they stood before it."""

    key: str
    kind: str
    facts: MessageFacts | None
    invoices: tuple[Invoice, ...] = ()
    again: Note | None = None  # an earlier note about the same message, answered in words not understood


def _utc(dt: datetime) -> datetime:
    return dt.astimezone(UTC)


class Engine:
    def __init__(
        self,
        config: Config,
        store: Store,
        clock: Clock,
        templates: Templates,
        *,
        dry_run: bool = False,
        mailbox_factory: Callable[[], Mailbox] | None = None,
        sender_factory: Callable[[], Sender] | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.templates = templates
        self.dry_run = dry_run or config.sending.dry_run
        self.cal: SendingCalendar = calendar_from(config.sending, config.owner.tz)
        self.rules = ReadingRules(
            subject_patterns=config.invoices.subject_patterns or DEFAULT_RULES.subject_patterns,
            attachment_pattern=config.invoices.attachment_pattern or DEFAULT_RULES.attachment_pattern,
            owner_emails=tuple(sorted(config.owner.addresses)),
            corrections=tuple(Correction.of(text, answer) for text, answer in owner_notes.corrections(store)),
        )
        self._mailbox_factory = mailbox_factory or self._default_mailbox
        self._sender_factory = sender_factory or self._default_sender
        self.folders: FolderNames | None = None
        self.mailbox: Mailbox | None = None
        self._preread: dict[int, MessageFacts] = {}  # facts read by worker processes, by UID
        self._subjects: set[str] | None = None  # subjects of followed invoices, during a sync
        self._attachments: dict[int, list[Attachment]] = {}  # invoice id → its files, for attach_invoice
        # Told (what, done, total) as a big sync goes on: the CLI draws a bar on a terminal.
        self.progress: Callable[[str, int, int], None] | None = None

    # -- adapters are built here, in one place --------------------------------------------------
    def _default_mailbox(self) -> Mailbox:
        return connect.mailbox_from(self.config.imap)

    def _default_sender(self) -> Sender:
        return connect.sender_from(self.config.smtp)

    # -- the cycle ----------------------------------------------------------------------------
    def since(self) -> date:
        """Invoices sent before this day are history. Without a configured date, the first run's
        day is remembered in the state, so a first start never mails old invoices."""
        if self.config.invoices.since is not None:
            return self.config.invoices.since
        stored = self.store.get_meta("first_run")
        if stored is None:
            stored = self.clock.now().astimezone(self.config.owner.tz).date().isoformat()
            self.store.set_meta("first_run", stored)
        return date.fromisoformat(stored)

    async def connect(self) -> Mailbox:
        if self.mailbox is None or self.mailbox.client is None:
            mailbox = self._mailbox_factory()
            await asyncio.to_thread(mailbox.connect)
            self.mailbox = mailbox
            self.folders = None
        if self.folders is None:
            imap = self.config.imap
            self.folders = await asyncio.to_thread(
                self.mailbox.folders, inbox=imap.inbox, sent=imap.sent, paid=imap.paid, drafts=imap.drafts
            )
            self._remember_server(self.mailbox.features)
        return self.mailbox

    def _remember_server(self, features: ServerFeatures) -> None:
        """What the server can do, kept in the state so `status` (offline) can say it, and a note to the
        owner, once, when the server refuses the keywords the owner might try to use."""
        seen = json.dumps(features.to_json(), sort_keys=True)
        if self.store.get_meta("server_features") == seen:
            return
        self.store.set_meta("server_features", seen)
        if not features.keywords and self.store.get_meta("told_no_keywords") is None:
            self.store.set_meta("told_no_keywords", "1")
            log.warning(
                "this IMAP server does not keep custom keywords: $Paid and $Hold cannot be set on it; "
                "move paid invoices to the %s folder or use `mailduns paid|hold|resume`",
                self.folders.paid_to_create if self.folders else self.config.imap.paid,
            )

    def saves_sent(self) -> str:
        """ "yes" when the provider files what is sent by SMTP in Sent itself, "no" when it does not,
        "unknown" while neither the config, the server (Gmail's X-GM-EXT-1) nor experience has said."""
        setting = self.config.smtp.saves_sent
        if setting != "auto":
            return setting
        if self.mailbox is not None and self.mailbox.features.gmail:
            return "yes"
        return self.store.get_meta("server_saves_sent") or "unknown"

    async def disconnect(self) -> None:
        if self.mailbox is not None:
            await asyncio.to_thread(self.mailbox.close)
            self.mailbox = None

    async def cycle(self) -> CycleReport:
        now = self.clock.now()
        report = CycleReport(now)
        self.since()
        try:
            mb = await self.connect()
            assert self.folders is not None  # set by connect()
            await self._resolve_interrupted_sends(mb, self.folders.sent, now, report)
            since = self.since()
            sent = await self._sync(
                mb, self.folders.sent, self._on_sent, now, report, prefilter=self._could_be_invoice
            )
            if self.folders.paid:
                await self._sync(mb, self.folders.paid, self._on_paid_folder, now, report)
            await self._check_sent_flags(mb, self.folders.sent, sent, now, report)
            inbox = await self._sync(
                mb, self.folders.inbox, self._on_inbox, now, report, since=since - timedelta(days=31)
            )
            await self._check_drafts(mb, now, report)
            stopped = await self.stop_reason(mb, inbox)
            if stopped:
                report.add(f"sending is paused: {stopped}")
            else:
                await self._fetch_attachments(mb, now)
                self._decide(now, report)
                if not self.dry_run and enqueue_digest_if_due(
                    self.store, self.config, now, digest=self.config.digest, scoring=self.config.scoring
                ):
                    report.add("weekly digest queued for the owner")
                await formal.cycle(self, now, report)  # PEC notices and their receipts (issue 18)
                await self._flush(mb, self.folders.sent, now, report)
        except MailboxError:
            await self.disconnect()
            raise
        if self.dry_run:
            for item in self.store.outbox(["pending"]):
                report.add(
                    f"dry-run: would send {item.kind} {item.step or ''} to {', '.join(item.recipients)}"
                )
            for item in self.store.outbox(["drafting"]):
                report.add(
                    f"dry-run: would put {item.step or ''} to {', '.join(item.recipients)} in Drafts for "
                    "your approval"
                )
        return report

    async def stop_reason(self, mb: Mailbox | None, inbox: FolderStatus | None = None) -> str | None:
        """The kill switch: `mailduns pause --all`, or the $MailDunsStop keyword on any INBOX message
        (settable from any mail client, even a phone). Reading and bookkeeping go on; sending stops."""
        paused = self.store.get_meta("paused")
        if paused:
            return paused
        if mb is not None and self.folders is not None:
            if (
                inbox is not None
                and inbox.highest_modseq is not None
                and self.store.get_meta("stop_modseq") == str(inbox.highest_modseq)
            ):
                return self.store.get_meta("stop_keyword") or None  # nothing changed in INBOX
            found = await asyncio.to_thread(mb.has_keyword, self.folders.inbox, STOP_FLAG)
            if inbox is not None and inbox.highest_modseq is not None:
                self.store.set_meta("stop_modseq", str(inbox.highest_modseq))
            reason = f"a message in {self.folders.inbox} carries the {STOP_FLAG} keyword" if found else ""
            if (self.store.get_meta("stop_keyword") or "") != reason:
                self.store.set_meta("stop_keyword", reason)  # so `status` can show it offline
            return reason or None
        return None

    # -- syncing ------------------------------------------------------------------------------
    async def _sync(
        self,
        mb: Mailbox,
        folder: str,
        handler: Callable[[Fetched, str, int, datetime, CycleReport], None],
        now: datetime,
        report: CycleReport,
        *,
        prefilter: Callable[[str, list[str]], bool] | None = None,
        since: date | None = None,
    ) -> FolderStatus:
        """Read only what is new since the last cycle (UIDVALIDITY + last UID).

        Nothing new costs one STATUS command. New mail is listed by ENVELOPE/BODYSTRUCTURE first
        when a `prefilter` says which messages deserve their body; `since` skips old mail (SEARCH
        SINCE) on a first sync of a big folder."""
        self._subjects = None
        status = await asyncio.to_thread(mb.status, folder)
        mark = self.store.folder_mark(folder)
        same = mark is not None and mark.uidvalidity == status.uidvalidity
        last = mark.last_uid if mark is not None and same else 0
        if mark is not None and not same:
            report.add(f'folder "{folder}" was rebuilt on the server (UIDVALIDITY changed); re-reading it')
        if same and status.uidnext and status.uidnext <= last + 1:
            return status  # nothing new: one STATUS, no SELECT, no FETCH
        await asyncio.to_thread(mb.select, folder)
        uids = await asyncio.to_thread(mb.new_uids, folder, last, since if last == 0 else None)
        pool = ReadPool(self.rules)  # workers start only for a big batch (a cold import)
        pool.warm(len(uids) // 10 if prefilter is not None else len(uids))  # ~1 in 10 listed is a candidate
        try:
            if uids and prefilter is not None:
                # The prefilter runs in the listing thread, which must not touch the store: the
                # subjects a reply may follow are read here, once per sync.
                self._subjects = {" ".join(x.split()).lower() for x in self.store.invoice_subjects(FOLLOWED)}
                listed = functools.partial(self._progress, f'Listing "{folder}"', total=len(uids))
                wanted = await asyncio.to_thread(mb.candidates, folder, uids, prefilter, listed)
            else:
                wanted = uids
        except BaseException:
            await asyncio.to_thread(pool.close)
            raise
        batches = [wanted[i : i + FETCH_BATCH] for i in range(0, len(wanted), FETCH_BATCH)]

        def fetch(batch: list[int]) -> list[Fetched]:
            return list(mb.fetch(folder, batch))

        # A cold import overlaps its three kinds of work: while the workers read one batch, the next
        # is already on its way from the server (the IMAP connection is used by that one thread only).
        coming = asyncio.ensure_future(asyncio.to_thread(fetch, batches[0])) if batches else None
        try:
            for i, batch in enumerate(batches):
                assert coming is not None
                fetched = await coming
                coming = (
                    asyncio.ensure_future(asyncio.to_thread(fetch, batches[i + 1]))
                    if i + 1 < len(batches)
                    else None
                )
                report.fetched += len(fetched)
                read = await asyncio.to_thread(pool.read, [m.raw for m in fetched])
                self._preread = {m.uid: f for m, f in zip(fetched, read, strict=True) if f is not None}
                # One transaction per batch: one fsync for a hundred messages, not two each. The
                # watermark moves in it, so a crash in a cold import resumes where it stopped.
                with self.store.transaction():
                    for msg in fetched:
                        try:
                            handler(msg, folder, status.uidvalidity, now, report)
                        except StateError:
                            raise
                        except Exception as exc:  # one bad message must never stop the daemon
                            if self.store.record_bad_message(
                                folder, status.uidvalidity, msg.uid, repr(exc), now
                            ):
                                log.warning(
                                    'skipped message %s in "%s": it could not be read (%s)',
                                    msg.uid,
                                    folder,
                                    exc,
                                    exc_info=log.isEnabledFor(logging.DEBUG),
                                )
                                report.problems += 1
                    self.store.set_folder_mark(
                        folder, FolderMark(status.uidvalidity, max(batch[-1], last), status.highest_modseq)
                    )
                self._preread = {}
                self._progress(
                    f'Reading "{folder}"', min((i + 1) * FETCH_BATCH, len(wanted)), total=len(wanted)
                )
        finally:
            self._preread = {}
            if coming is not None:  # an error or a stop: let the fetch under way end first
                with contextlib.suppress(Exception):  # the error that got us here is the one to report
                    await coming
            await asyncio.to_thread(pool.close)
        newest = max(status.uidnext - 1, uids[-1] if uids else 0, last)
        self.store.set_folder_mark(folder, FolderMark(status.uidvalidity, newest, status.highest_modseq))
        return status

    def _progress(self, what: str, done: int, *, total: int) -> None:
        if self.progress is not None:
            self.progress(what, done, total)

    def _could_be_invoice(self, subject: str, attachments: list[str]) -> bool:
        """A cheap superset of what the reader calls an invoice, judged without the body."""
        if any(re.search(p, subject, re.IGNORECASE) for p in self.rules.subject_patterns):
            return True
        if _INVOICE_WORD.search(subject):
            return True
        if any(
            re.search(self.rules.attachment_pattern, n, re.IGNORECASE) or n.lower().endswith((".xml", ".p7m"))
            for n in attachments
        ):
            return True
        # A quote is read too, so the risky-quote nudge can see it; so are replies, whose threads
        # may be a draft of ours sent from the mail client or the freelancer's own reminder.
        if self.config.nudges.risky_quote and self._is_quote(subject, attachments):
            return True
        prefix = _REPLY_PREFIX.match(subject)
        if prefix is None:
            return False
        if self._subjects is None:  # outside a sync (a look at Drafts): read them now
            self._subjects = {" ".join(x.split()).lower() for x in self.store.invoice_subjects(FOLLOWED)}
        rest = subject[prefix.end() :]
        while (again := _REPLY_PREFIX.match(rest)) is not None:
            rest = rest[again.end() :]
        return " ".join(rest.split()).lower() in self._subjects

    def _is_quote(self, subject: str, attachments: Iterable[str]) -> bool:
        patterns = self.config.nudges.quote_patterns or _QUOTE_PATTERNS
        texts = [subject, *attachments]
        return any(re.search(p, t, re.IGNORECASE) for p in patterns for t in texts)

    def _read(self, msg: Fetched, folder: str, uidvalidity: int) -> MessageFacts:
        facts = self._preread.pop(msg.uid, None) or read_message(msg.raw, self.rules)
        # Logged once per message, ever: the store remembers it across cycles and restarts.
        if facts.problems and self.store.record_bad_message(
            folder, uidvalidity, msg.uid, "; ".join(facts.problems), self.clock.now()
        ):
            log.warning(
                'message %s in "%s" could not be fully read (%s); using what could be read',
                msg.uid,
                folder,
                "; ".join(facts.problems),
            )
        return facts

    def _message_key(self, facts: MessageFacts, folder: str, uidvalidity: int, uid: int) -> str:
        return facts.envelope.message_id or f"<uid-{uidvalidity}-{uid}@{folder}>"

    def _on_sent(
        self, msg: Fetched, folder: str, uidvalidity: int, now: datetime, report: CycleReport
    ) -> None:
        facts = self._read(msg, folder, uidvalidity)
        env = facts.envelope
        if env.mailduns_tag and (env.message_id is None or self.store.is_outbox_message(env.message_id)):
            if env.message_id:  # our own copy of a reminder
                if self.saves_sent() == "unknown" and any(
                    i.message_id == env.message_id for i in self.store.outbox_uncopied()
                ):
                    self.store.set_meta("server_saves_sent", "yes")  # filed by the provider, not by us
                self.store.mark_copied(env.message_id)
            return
        key = self._message_key(facts, folder, uidvalidity, msg.uid)
        if not self.store.mark_seen("sent", key):
            # Seen before (the folder was rebuilt): only the location of its invoices changed.
            for inv in self.store.invoices_by_message_id([key]):
                self.store.save_invoice(replace(inv, folder=folder, uidvalidity=uidvalidity, uid=msg.uid))
            return
        mine = not env.from_addr or env.from_addr in self.config.owner.addresses
        if facts.kind == "invoice" and facts.invoices and not env.mailduns_tag:
            self._import_invoices(facts, key, msg, folder, uidvalidity, now, report)
        elif (env.in_reply_to or env.references) and mine:
            refs = [r for r in (env.in_reply_to, *env.references) if r]
            if owner_notes.note(self.store, refs) is not None:
                # the owner's answer to one of our notes, as their mail client filed it in Sent: read
                # here too (a provider may not deliver mail to oneself to the INBOX), once either way
                self._on_owner_message(facts, key, now, report)
                return
            # Written by the freelancer (mailduns' own letters were recognised above): a draft of
            # ours that the mail client sent with a new Message-ID, or a reminder of their own.
            at = env.date or msg.internaldate or now
            for inv in self.store.invoices_by_message_id(refs):
                self.apply(
                    decide.owner_wrote(inv, self.store.waiting_approval(inv.id), key, at, env.subject),
                    now,
                    report,
                )
        elif mine and self._is_quote(env.subject, _attachment_names(msg.raw)):
            self._on_quote(facts, key, msg, now)

    def _import_invoices(
        self,
        facts: MessageFacts,
        key: str,
        msg: Fetched,
        folder: str,
        uidvalidity: int,
        now: datetime,
        report: CycleReport,
    ) -> None:
        env = facts.envelope
        sent_at = env.date or msg.internaldate or now
        owner = self.config.owner.addresses
        to = tuple(a for a in env.to_addrs if a not in owner)
        cc = tuple(a for a in env.cc_addrs if a not in owner)
        since = self.since()
        for f in facts.invoices:
            if f.is_credit_note:
                self._apply_credit_note(f, key, now, report)
                continue
            client_email = f.client_email or (to[0] if to else None)
            client = self.config.client_for(client_email or "")
            terms = client.terms_days if client.terms_days is not None else self.config.invoices.terms_days
            sent_on = sent_at.astimezone(self.config.owner.tz).date()
            look = decide_inbox.first_look(
                folder=folder,
                sent_on=sent_on,
                since=since,
                issue_date=f.issue_date,
                due_date=f.due_date,
                terms_days=terms,
                amount=f.amount or f.total,
                has_recipient=bool(to),
                flags=frozenset(msg.flags),
            )
            due, state, why = look.due, look.state, look.why
            number = f.number or env.subject.strip() or key
            new = NewInvoice(
                key=f"{key}#{number}",
                number=number,
                message_id=env.message_id,
                references=env.references,
                subject=env.subject,
                folder=folder,
                uidvalidity=uidvalidity,
                uid=msg.uid,
                sent_at=sent_at,
                issue_date=f.issue_date or sent_at.astimezone(self.config.owner.tz).date(),
                due_date=due,
                amount=f.amount or f.total,
                total=f.total or f.amount,
                client_email=client_email,
                client_name=client.name or f.client_name,
                recipients=to,
                cc=cc,
                language=client.language or facts.language,
                source=f.source,
                state=state,
                why=why,
            )
            added = self.store.add_invoice(new, now)
            if added is not None:
                formal.remember_pec(self.store, added.id, f.client_pec)
                store_parties.remember_party(self.store, added.id, f.client_kind, f.client_country)
                if look.held_by_flag:
                    self.store.save_invoice(replace(added, held_by_flag=True))
                amount = f" {added.amount}" if added.amount else ""
                report.add(
                    f"invoice {number}{amount} to {client_email or '?'} due {due.isoformat()}: {state}"
                )

    def _apply_credit_note(self, f: InvoiceFacts, key: str, now: datetime, report: CycleReport) -> None:
        """A credit note is never chased; one that names an invoice lowers what that invoice owes
        (`decide_inbox.credit_noted`)."""
        targets = (
            [
                i
                for i in self.store.invoices_by_number(f.references_invoice or "")
                if i.state not in ("paid", "history")
            ]
            if f.references_invoice
            else []
        )
        self.apply(
            decide_inbox.credit_noted(
                targets, key, number=f.number, references=f.references_invoice, credit=f.amount or f.total
            ),
            now,
            report,
        )

    def _on_paid_folder(
        self, msg: Fetched, folder: str, uidvalidity: int, now: datetime, report: CycleReport
    ) -> None:
        facts = self._read(msg, folder, uidvalidity)
        key = self._message_key(facts, folder, uidvalidity, msg.uid)
        for inv in self.store.invoices_by_message_id([key]):
            if inv.message_id != key:
                continue
            self.apply(
                decide_inbox.filed_as_paid(inv, folder=folder, uidvalidity=uidvalidity, uid=msg.uid),
                now,
                report,
            )

    async def _check_sent_flags(
        self, mb: Mailbox, folder: str, status: FolderStatus, now: datetime, report: CycleReport
    ) -> None:
        """$Paid / $Hold set or removed in the mail client; invoices that left Sent.

        With CONDSTORE: skipped entirely while the folder's MODSEQ has not moved (a keyword change or a
        move bumps it), and when it moved only the messages changed since (FETCH CHANGEDSINCE) are read,
        plus one UID SEARCH for the ones that left. Without CONDSTORE (Exchange, Yahoo, Courier) the
        FLAGS of the followed invoices are read each cycle: a few hundred UIDs, never message bodies."""
        seen_key = f"flags_modseq:{folder}"
        last_seen = self.store.get_meta(seen_key)
        if status.highest_modseq is not None and last_seen == str(status.highest_modseq):
            return
        tracked = [i for i in self.store.invoices_in_folder(folder) if i.state not in ("paid", "history")]
        if not tracked:
            if status.highest_modseq is not None:
                self.store.set_meta(seen_key, str(status.highest_modseq))
            return
        await asyncio.to_thread(mb.select, folder)
        uids = [i.uid for i in tracked if i.uid is not None]
        since = (
            int(last_seen)
            if status.highest_modseq is not None and last_seen and last_seen.isdigit()
            else None
        )
        flags = await asyncio.to_thread(mb.flags, folder, uids, since)
        present = set(flags) if since is None else await asyncio.to_thread(mb.existing, folder, uids)
        if set(uids) - present and self.folders is not None and self.folders.paid is None:
            # Gone from Sent while we know no Paid folder: the owner may have just created it and moved
            # the invoice there. Look again before calling it "moved".
            imap = self.config.imap
            self.folders = await asyncio.to_thread(
                mb.folders, inbox=imap.inbox, sent=imap.sent, paid=imap.paid, drafts=imap.drafts
            )
            if self.folders.paid:
                await self._sync(mb, self.folders.paid, self._on_paid_folder, now, report)
                tracked = [self.store.invoice(i.id) for i in tracked]
                tracked = [i for i in tracked if i.state not in ("paid", "history") and i.folder == folder]
                await asyncio.to_thread(mb.select, folder)
        for inv in tracked:
            assert inv.uid is not None
            fl = flags.get(inv.uid)
            self.apply(
                decide_inbox.flags_seen(
                    inv,
                    folder=folder,
                    present=inv.uid in present,
                    flags=frozenset(fl) if fl is not None else None,
                ),
                now,
                report,
            )
        if status.highest_modseq is not None:
            self.store.set_meta(seen_key, str(status.highest_modseq))

    # -- the inbox ----------------------------------------------------------------------------
    def _on_inbox(
        self, msg: Fetched, folder: str, uidvalidity: int, now: datetime, report: CycleReport
    ) -> None:
        facts = self._read(msg, folder, uidvalidity)
        env = facts.envelope
        if env.mailduns_tag:
            return  # our notices and Bcc copies
        if env.from_addr and env.from_addr in self.config.owner.addresses:
            # the owner's own messages: only an answer to one of our notes means something
            self._on_owner_message(facts, self._message_key(facts, folder, uidvalidity, msg.uid), now, report)
            return
        key = self._message_key(facts, folder, uidvalidity, msg.uid)
        if not self.store.mark_seen("inbox", key):
            return
        if facts.kind == "payment-notification":
            self._on_payment(facts, key, now, report)
            return
        invoices = self._thread_invoices(facts)
        if facts.kind == "bounce":
            self._on_bounce(facts, key, invoices, now, report)
            return
        in_thread = bool(invoices)
        by_sender = False
        if not invoices and (facts.kind in CLIENT_REPLY_KINDS or facts.kind in ("auto-reply", "other")):
            invoices, by_sender = self._sender_invoices(facts)
        invoices = [i for i in invoices if i.state not in ("paid", "history")]
        if not invoices:
            return
        reply, replies = facts.reply, self.config.replies
        mail = decide_inbox.ClientMail(
            key,
            facts.kind,
            env.from_addr,
            env.subject,
            facts.text,
            split_reply(facts.text).new_text,
            confident=facts.confidence >= UNSURE,
            correction=facts.correction,
            promised=reply.promised_date if reply else None,
            back=reply.return_date if reply else None,
        )
        terms = decide_inbox.ReplyTerms(
            self.config.owner.tz, self.cal, replies.paid_grace_days, replies.promise_grace_days
        )
        effects = decide_inbox.client_wrote(
            invoices, mail, terms, now, in_thread=in_thread, by_sender=by_sender
        )
        if not effects:
            log.debug("message %s from %s is not about an invoice; reminders go on", key, env.from_addr)
        self.apply(effects, now, report, facts)

    def _thank(self, inv: Invoice, received: Money, now: datetime) -> None:
        """With `[sending] thank_you = true`, one short thank-you in the invoice's thread."""
        if not self.config.sending.thank_you or not inv.recipients:
            return
        owner = self.config.owner
        mid = make_message_id(owner.email.rpartition("@")[2], inv.key, "thank_you")
        msg = compose_simple(
            self.templates,
            inv=self._ref(inv),
            language=self._language(inv),
            template="thank_you",
            now=now.astimezone(owner.tz),
            owner_name=owner.name,
            owner_email=owner.email,
            extra={"paid_on": now.astimezone(owner.tz).date(), "paid_amount": received},
            message_id=mid,
        )
        self.store.enqueue(
            invoice_id=inv.id,
            kind="thanks",
            step=None,
            message_id=mid,
            recipients=_unique([*inv.recipients, *inv.cc], exclude=owner.addresses),
            raw=msg.as_bytes(policy=SMTP_POLICY),
            at=now,
        )

    def _business_days_after(self, start: datetime, days: int) -> datetime:
        """Window opening `days` business days after `start` (`decide_inbox.business_days_after`)."""
        return decide_inbox.business_days_after(self.cal, self.config.owner.tz, start, days)

    def _thread_invoices(self, facts: MessageFacts) -> list[Invoice]:
        env = facts.envelope
        ids = [r for r in (env.in_reply_to, *env.references) if r]
        found = self.store.invoices_by_message_id(ids) if ids else []
        if not found and facts.kind == "bounce":
            found = self.store.invoices_by_message_id(_MSGID.findall(facts.text))
        return found

    def _sender_invoices(self, facts: MessageFacts) -> tuple[list[Invoice], bool]:
        """A client writing outside the thread: their invoices named in the mail, else all of theirs.
        The flag says no invoice was named (the match is by sender alone)."""
        sender = facts.envelope.from_addr
        if not sender:
            return [], False
        theirs = self.store.invoices_with_address(sender, FOLLOWED)
        named = set(
            find_invoice_numbers(f"{facts.envelope.subject}\n{facts.text}", [i.number for i in theirs])
        )
        if named:
            return [i for i in theirs if i.number in named], False
        return theirs, True

    def _on_payment(self, facts: MessageFacts, key: str, now: datetime, report: CycleReport) -> None:
        """A payment notice settles the invoices it names when the money matches; a smaller amount is
        a partial payment (the balance stays open); anything unclear is a question for the owner."""
        numbers = self.store.invoice_numbers(FOLLOWED)
        text = f"{facts.envelope.subject}\n{facts.text}"
        names = set(find_invoice_numbers(text, numbers))
        ref = facts.reply.reference if facts.reply else None
        if ref and ref in numbers:
            names.add(ref)
        matched = sorted(
            (i for n in names for i in self.store.invoices_by_number(n) if i.state in FOLLOWED),
            key=lambda i: (i.due_date, i.id),
        )
        received = facts.reply.amount if facts.reply else None
        self.apply(
            decide_inbox.paid(
                matched,
                key,
                kind=facts.kind,
                received=received,
                source=facts.envelope.from_addr or "a payment service",
                text=facts.text,
                thank_you=self.config.sending.thank_you,
            ),
            now,
            report,
            facts,
        )

    def _on_bounce(
        self, facts: MessageFacts, key: str, invoices: list[Invoice], now: datetime, report: CycleReport
    ) -> None:
        reply = facts.reply
        failed = reply.failed_recipient if reply else None
        if not invoices and failed:
            invoices = [
                i
                for i in self.store.invoices(["open", "snoozed"])
                if failed == i.client_email or failed in i.recipients
            ]
        permanent = getattr(reply, "permanent", None)
        reason = getattr(reply, "reason", None) or ""
        self.apply(
            decide_inbox.bounced(
                invoices, key, failed=failed, permanent=permanent, reason=reason, text=facts.text
            ),
            now,
            report,
            facts,
        )

    # -- state changes and notices ------------------------------------------------------------
    def _set_state(
        self,
        inv: Invoice,
        state: InvoiceState | str,
        why: str,
        now: datetime,
        report: CycleReport,
        event: str,
        message_id: str | None = None,
    ) -> Invoice:
        """Every change of state is an event naming the message that caused it, so `status` can say why.
        The move itself is checked against the one transitions table (`core.model.transition`)."""
        changed = transition(inv, state, why)
        self.store.save_invoice(changed, Event(inv.id, now, event, why, message_id))
        report.add(f"invoice {inv.number}: {inv.state} → {state} ({why})")
        return changed

    def _language(self, inv: Invoice) -> str:
        client = self.config.client_for(inv.client_email or "")
        lang = client.language or inv.language or self.config.owner.language
        return lang if lang in ("it", "es", "en") else self.config.owner.language

    def _ref(self, inv: Invoice) -> InvoiceRef:
        client = self.config.client_for(inv.client_email or "")
        return InvoiceRef(
            number=inv.number,
            subject=inv.subject,
            message_id=inv.message_id,
            references=inv.references,
            amount=inv.balance,
            issue_date=inv.issue_date,
            due_date=inv.due_date,
            client_name=inv.client_name,
            to=inv.recipients,
            cc=inv.cc,
            client_kind=self.client_kind(inv),
            client_salutation=client.salutation,
        )

    def client_kind(self, inv: Invoice) -> str | None:
        """Company or person: the client's `kind` in the config, else what the e-invoice said (a
        FatturaPA Denominazione, a Facturae LegalEntity), else None (the letters guess from the name,
        core/legal.party_kind)."""
        configured = self.config.client_for(inv.client_email or "").kind
        return configured or store_parties.party(self.store, inv.id).kind

    def _notify(
        self,
        inv: Invoice | None,
        event: str,
        excerpt: str | Text,
        hint: str | Text,
        now: datetime,
        trigger: str,
        about: About | None = None,
        *,
        headline: str | None = None,
    ) -> None:
        """A note to the freelancer. One `about` a message it read ends with the answers mailduns
        understands and the message's reference, and is remembered, so that a reply to it (or
        `mailduns answer`) can act on the message's invoices and correct how it was read."""
        owner = self.config.owner
        domain = owner.email.rpartition("@")[2]
        mid = make_message_id(domain, "notice", inv.key if inv else "-", event, trigger)
        msg = compose_owner_notice(
            self.templates,
            language=owner.language,
            owner_name=owner.name,
            owner_email=owner.email,
            event=event,
            inv=self._ref(inv) if inv else None,
            excerpt=written(excerpt, owner.language),
            action_hint=written(hint, owner.language),
            now=now.astimezone(owner.tz),
            message_id=mid,
            headline=headline,
            answer_ref=about.key if about is not None else None,
        )
        if about is not None:
            self._remember_note(mid, about, now)
        self.store.enqueue(
            invoice_id=inv.id if inv else None,
            kind="notice",
            step=None,
            message_id=mid,
            recipients=[owner.email],
            raw=msg.as_bytes(policy=SMTP_POLICY),
            at=now,
        )

    def _remember_note(self, mid: str, about: About, now: datetime) -> None:
        if about.again is not None:
            owner_notes.add_note(self.store, replace(about.again, message_id=mid, at=now))
            return
        facts = about.facts
        text = (
            reading_corrections.normalise(split_reply(facts.text).new_text, facts.language)
            if facts is not None and about.kind in reading_corrections.CORRECTABLE
            else ""
        )
        rows = []
        for before in about.invoices:
            after = self.store.invoice(before.id)
            rows.append(
                NoteInvoice(
                    before.id,
                    InvoiceState(before.state),
                    before.why,
                    before.snooze_until,
                    before.snooze_reason,
                    InvoiceState(after.state),
                    after.why,
                )
            )
        owner_notes.add_note(self.store, Note(mid, about.key, about.kind, text, tuple(rows), now))

    # -- the freelancer's answers -------------------------------------------------------------
    def _on_owner_message(self, facts: MessageFacts, key: str, now: datetime, report: CycleReport) -> None:
        """A reply of the owner's to one of our notes (In-Reply-To / References name it) is an answer:
        `pagato`, `promessa 15/01`, ... on its first line. Anything else the owner writes is theirs."""
        env = facts.envelope
        note = owner_notes.note(self.store, [r for r in (env.in_reply_to, *reversed(env.references)) if r])
        if note is None or not self.store.mark_seen("answers", key):
            return
        written = (env.date or now).astimezone(self.config.owner.tz).date()
        said = read_answer(facts.text, written)
        self.answer(note, said, facts.text, now, report, answer_key=key)

    def answer(
        self,
        note: Note,
        said: OwnerAnswer | None,
        text: str,
        now: datetime,
        report: CycleReport,
        answer_key: str | None = None,
    ) -> list[Invoice]:
        """Carry out the freelancer's answer to `note` (from their mail client or `mailduns answer`):
        the decision is `decide.answered`, per invoice of the note; the answer is then remembered as a
        correction, so that the next message phrased like the one the note was about is read the same
        way. An answer that cannot be read, or a promise without a day, is a note of its own (about
        the same message, so it can be answered in turn). Returns the invoices as they are now."""
        if said is None or (said.answer == "promise" and said.on is None):
            first = _one_line(
                next((ln.strip() for ln in split_reply(text).new_text.splitlines() if ln.strip()), ""), 60
            )
            report.add(f'your answer "{first}" about {note.about} was not understood: nothing changed')
            invoices = [self.store.invoice(i.invoice_id) for i in note.invoices]
            if invoices:
                hint = _t("hint.answer_no_day" if said is not None else "hint.answer_unknown", said=first)
                self._notify(
                    invoices[0],
                    "answer-unknown",
                    "",
                    hint,
                    now,
                    f"answer-{answer_key or now.isoformat()}",
                    about=About(note.about, note.kind, None, again=note),
                )
            return invoices
        if said.answer == "posted":  # "spedita": the formal notice letter went out
            return formal.posted_answer(self, note, said.on, said.said, now, report, answer_key)
        if said.answer in ("approve", "skip"):  # "approva" / "salta": a notice waiting for approval
            return formal.approval_answer(self, note, said.answer, said.said, now, report, answer_key)
        out: list[Invoice] = []
        with self.store.transaction():
            for before in note.invoices:
                inv = self.store.invoice(before.invoice_id)
                until = None
                if said.on is not None:
                    start = datetime.combine(said.on, time(0), tzinfo=self.config.owner.tz)
                    until = self._business_days_after(start, self.config.replies.promise_grace_days)
                try:
                    effects = decide.answered(
                        inv,
                        said.answer,
                        said=said.said,
                        message_id=answer_key or note.about,
                        until=until,
                        on=said.on,
                        before=before,
                    )
                except IllegalTransition as exc:
                    self.store.add_event(
                        Event(inv.id, now, "answer-refused", f'you answered "{said.said}": {exc}', answer_key)
                    )
                    report.add(f'invoice {inv.number}: your answer "{said.said}" cannot apply ({exc})')
                    continue
                self.apply(effects, now, report)
                out.append(self.store.invoice(inv.id))
            if note.text and note.kind in reading_corrections.CORRECTABLE:
                owner_notes.add_correction(
                    self.store, note.about, said.answer, note.text, note.kind, said.said, now
                )
                self.rules = replace(
                    self.rules,
                    corrections=tuple(Correction.of(t, a) for t, a in owner_notes.corrections(self.store)),
                )
        return out

    def promise(self, inv: Invoice, on: date, now: datetime, report: CycleReport) -> Invoice:
        """`mailduns promise INVOICE DATE`: snoozed until that day (+ the promise grace), then resumed."""
        start = datetime.combine(on, time(0), tzinfo=self.config.owner.tz)
        until = self._business_days_after(start, self.config.replies.promise_grace_days)
        self.apply(
            decide.promised(
                inv, on, until, f"`mailduns promise`: the client promised to pay by {on.isoformat()}"
            ),
            now,
            report,
        )
        return self.store.invoice(inv.id)

    # -- deciding -----------------------------------------------------------------------------
    def ladder_for(self, inv: Invoice) -> tuple[StepConfig, ...]:
        """The client's ladder: asked of the one planner, as `status` and the digest ask it."""
        return planner.ladder_for(self.config, inv)

    def plan_for(self, inv: Invoice, now: datetime) -> Plan:
        return planner.plan_for(
            self.config,
            inv,
            self.store.steps_sent(inv.id),
            now,
            store_notices.formal_facts(self.store, inv.id),
        )

    def law_for(self, inv: Invoice) -> str | None:
        """The legal system of the invoice's late-payment rules (core/legal.governing_law): the
        client's `law`, else the owner's ([sending] holidays: Rome I art. 4(1)(b)), else the client's
        `country` in the config or the e-invoice's buyer country; None when mailduns does not know
        its rules (the letters then use the Directive's generic wording)."""
        client = self.config.client_for(inv.client_email or "")
        country = client.country or store_parties.party(self.store, inv.id).country
        return governing_law(client.law, country, self.config.sending.holidays)

    def calendar_for(self, inv: Invoice) -> SendingCalendar:
        return planner.calendar_for(self.config, inv)

    def _promise_date(self, inv: Invoice) -> date | None:
        """The date a client promised, so the next letter can mention it kindly."""
        value = self.store.get_meta(f"promise:{inv.id}")
        return date.fromisoformat(value) if value else None

    def _decide(self, now: datetime, report: CycleReport) -> None:
        # One transaction: a decision pass over many invoices is one fsync, not one per invoice.
        # Losing it to a crash loses nothing: decisions are simply made again.
        with self.store.transaction():
            self._decide_all(now, report)

    def _decide_all(self, now: datetime, report: CycleReport) -> None:
        local_day = now.astimezone(self.config.owner.tz).date()
        day_start = datetime.combine(local_day, time(0), tzinfo=self.config.owner.tz)
        day_end = day_start + timedelta(days=1)
        sent_today = self.store.reminders_sent_between(day_start, day_end)
        self._replan_if_terms_changed()
        due: dict[str, list[tuple[Invoice, StepConfig, Plan]]] = {}
        for inv in self.store.due_invoices(now):
            if inv.state == "snoozed" and inv.snooze_until is not None and inv.snooze_until <= now:
                inv = self._snooze_ended(inv, now, report)
                if inv.state != "open":
                    continue
            p = self.plan_for(inv, now)
            self.apply(decide.on_plan(inv, p), now, report)
            if p.send is None:
                continue
            if p.new_state:
                inv = self.store.invoice(inv.id)
            step = next(s for s in self.ladder_for(inv) if s.name == p.send.name)
            if step.channel != "email":  # a formal notice: PEC or a letter (issue 18)
                formal.due(self, inv, step, p, now, report)
                continue
            due.setdefault(inv.client_email or f"#{inv.id}", []).append((inv, step, p))
        # One letter per client: several invoices due the same day become one statement. A client
        # with a letter waiting in Drafts gets nothing else until the freelancer sends or drops it.
        waiting = self.store.clients_awaiting_approval() if due else set()
        for client, items in due.items():
            if client in waiting:
                log.debug(
                    "%s: a letter waits for approval in Drafts; %s wait",
                    client,
                    ", ".join(i.number for i, _s, _p in items),
                )
                continue
            if sent_today >= self.config.sending.max_per_day:
                report.add(
                    f"daily cap of {self.config.sending.max_per_day} reminders reached; "
                    f"{client} waits for tomorrow"
                )
                continue
            if (
                self.store.reminders_to_client_between(client, day_start, day_end)
                >= self.config.sending.max_per_client_per_day
            ):
                report.add(
                    f"{client} already had a reminder today; "
                    + ", ".join(i.number for i, _s, _p in items)
                    + " wait"
                )
                continue
            try:
                with self.store.transaction():
                    queued = (
                        self._queue_reminder(*items[0][:2], now, report)
                        if len(items) == 1
                        else self._queue_statement(items, now, report)
                    )
            except StatementConflict as exc:
                log.error("statement for %s not queued: step already queued for invoice %s", client, exc)
                continue
            except Exception as exc:  # noqa: BLE001 - one client's unwritable letter must not stop the rest
                self._cannot_write(items, exc, now, report)
                continue
            if not queued:
                continue
            sent_today += 1
            for inv, step, p in items:
                for name in p.skipped:
                    self.store.add_event(
                        Event(
                            inv.id,
                            now,
                            "skipped",
                            f"step {name} was missed while mailduns "
                            f"was not running; only the latest step is sent",
                        )
                    )
                inv = replace(inv, last_step=step.name)
                self.store.save_invoice(inv)
                if p.next_step is None:
                    self._set_state(
                        inv, "closed", f"the last step ({step.name}) was sent", now, report, "policy"
                    )

    def _cannot_write(
        self,
        items: list[tuple[Invoice, StepConfig, Plan]],
        exc: Exception,
        now: datetime,
        report: CycleReport,
    ) -> None:
        """A letter that cannot be composed (a broken address or name in the invoice, a template
        error) holds those invoices and tells the freelancer; every other client is still served."""
        log.warning(
            "could not write the letter for %s: %s",
            ", ".join(i.number for i, _s, _p in items),
            exc,
            exc_info=log.isEnabledFor(logging.DEBUG),
        )
        for inv, _step, _p in items:
            held = self._set_state(
                inv,
                "hold",
                f"the reminder could not be written: {_one_line(str(exc), 120)}",
                now,
                report,
                "compose-failed",
            )
            try:
                self._notify(
                    held,
                    "send-failed",
                    str(exc),
                    _t("hint.compose_failed", number=inv.number),
                    now,
                    f"compose-{inv.id}",
                )
            except Exception:  # noqa: BLE001 - the notice itself may trip on the same data
                log.warning("could not tell the owner about invoice %s either", inv.number)

    def _queue_statement(
        self, items: list[tuple[Invoice, StepConfig, Plan]], now: datetime, report: CycleReport
    ) -> bool:
        """One mail for several invoices of a client. The statement is the outbox row of the most
        recent invoice; each other invoice gets a 'covered' row for its own step, so "each step
        exactly once" still holds per invoice and nothing else is ever sent for them."""
        owner = self.config.owner
        items = sorted(items, key=lambda x: (x[0].issue_date or x[0].due_date, x[0].id))
        lead, lead_step, _ = max(items, key=lambda x: x[1].days)
        keys = sorted(f"{i.key}/{s.name}" for i, s, _p in items)
        mid = make_message_id(owner.email.rpartition("@")[2], "statement", *keys)
        client = self.config.client_for(lead.client_email or "")
        msg = compose_statement(
            self.templates,
            invoices=[self._ref(i) for i, _s, _p in items],
            language=self._language(lead),
            step_name=lead_step.name,
            step_days=lead_step.days,
            now=now.astimezone(owner.tz),
            owner_name=owner.name,
            owner_email=owner.email,
            fees=[self.fee_for(i, s, now) for i, s, _p in items],
            message_id=mid,
            cc=tuple(dict.fromkeys((*lead_step.cc, *client.cc))),
            payment=self.config.payment,
            steps=[s.name for _i, s, _p in items],
        )
        recipients = _unique(
            [a for i, _s, _p in items for a in (*i.recipients, *i.cc)] + list(lead_step.cc) + list(client.cc),
            exclude=owner.addresses,
        )
        raw = msg.as_bytes(policy=SMTP_POLICY)
        with self.store.transaction():
            lead_inv = next(i for i, _s, _p in items if i.id == lead.id)
            approve = any(s.needs_approval(self.config.sending.approve) for _i, s, _p in items)
            if not self.store.enqueue(
                invoice_id=lead_inv.id,
                kind="reminder",
                step=lead_step.name,
                message_id=mid,
                recipients=recipients,
                raw=raw,
                at=now,
                status=OutboxStatus.DRAFTING if approve else OutboxStatus.PENDING,
            ):
                return False
            for inv, step, _p in items:
                if inv.id == lead_inv.id:
                    continue
                if not self.store.enqueue(
                    invoice_id=inv.id,
                    kind="reminder",
                    step=step.name,
                    message_id=f"{mid[:-1]}.{inv.id}>",
                    recipients=recipients,
                    raw=b"",
                    at=now,
                    status="covered",
                ):
                    raise StatementConflict(inv.number)
        for inv, step, _p in items:
            self.store.add_event(
                Event(
                    inv.id,
                    now,
                    "reminder",
                    f"step {step.name} in one statement with "
                    + ", ".join(i.number for i, _s, _q in items if i.id != inv.id),
                    mid,
                )
            )
        report.queued += 1
        report.add(f"statement for {', '.join(i.number for i, _s, _p in items)} to {', '.join(recipients)}")
        return True

    def _replan_if_terms_changed(self) -> None:
        """Planned wake-ups depend on the ladder, calendar and client terms: a changed config replans all."""
        c = self.config
        fingerprint = hashlib.sha1(
            repr(
                (
                    c.steps,
                    sorted(c.profiles.items()),
                    c.sending,
                    c.invoices,
                    sorted(c.clients.items()),
                    c.owner.timezone,
                    c.replies,
                )
            ).encode()
        ).hexdigest()
        if self.store.get_meta("terms_fingerprint") != fingerprint:
            self.store.replan_all()
            self.store.set_meta("terms_fingerprint", fingerprint)

    def _snooze_ended(self, inv: Invoice, now: datetime, report: CycleReport) -> Invoice:
        """A client who said they paid is never reminded again without the freelancer's word
        (the decision is `decide.snooze_ended`; this carries it out)."""
        self.apply(decide.snooze_ended(inv), now, report)
        return self.store.invoice(inv.id)

    def apply(
        self,
        effects: Iterable[decide.Effect],
        now: datetime,
        report: CycleReport,
        facts: MessageFacts | None = None,
    ) -> None:
        """Carry out decisions (`core.decide`) in one transaction: all of them, or none. The CLI's
        `paid`/`hold`/`resume` come through here too, so they change state exactly as the daemon does.
        `facts`: how the message the decisions are about was read (a note about it remembers them)."""
        with self.store.transaction():
            for e in effects:
                if isinstance(e, decide.SetState):
                    inv = self.store.invoice(e.invoice_id)
                    if e.held_by_flag is not None:
                        inv = replace(inv, held_by_flag=e.held_by_flag)
                    if e.snooze_until is not None:
                        inv = replace(inv, snooze_until=e.snooze_until, snooze_reason=e.snooze_reason)
                    self._set_state(inv, e.to, e.why, now, report, e.event, e.message_id)
                elif isinstance(e, decide.Notify):
                    target = e.as_of or (
                        self.store.invoice(e.invoice_id) if e.invoice_id is not None else None
                    )
                    about = (
                        About(e.about.key, e.about.kind, facts, e.about.invoices)
                        if e.about is not None
                        else None
                    )
                    self._notify(target, e.event, e.excerpt, e.hint, now, e.trigger, about)
                elif isinstance(e, decide.AddEvent):
                    self.store.add_event(Event(e.invoice_id, now, e.kind, e.detail, e.message_id))
                elif isinstance(e, decide.SetOutbox):
                    self._set_outbox(e, now, report)
                elif isinstance(e, decide.DraftGone):
                    self.store.set_draft_gone(e.item_id, e.at)
                elif isinstance(e, decide.OwnMessage):
                    self.store.set_own_message(e.invoice_id, e.at)
                elif isinstance(e, decide.RememberPromise):
                    self.store.set_meta(f"promise:{e.invoice_id}", e.on.isoformat())
                elif isinstance(e, decide.Received):
                    inv = self.store.invoice(e.invoice_id)
                    inv = replace(inv, paid=inv.paid + e.amount if inv.paid else e.amount)
                    if e.why is None:
                        self.store.save_invoice(inv)
                    else:
                        self.store.save_invoice(
                            replace(inv, why=e.why), Event(inv.id, now, e.event, e.why, e.message_id)
                        )
                        report.add(f"invoice {inv.number}: {e.line}")
                elif isinstance(e, decide.Thank):
                    self._thank(self.store.invoice(e.invoice_id), e.received, now)
                elif isinstance(e, decide.Say):
                    report.add(e.line)
                elif isinstance(e, decide.LeftFolder):
                    self.store.save_invoice(replace(self.store.invoice(e.invoice_id), folder=None, uid=None))
                elif isinstance(e, decide.Filed):
                    self.store.save_invoice(
                        replace(
                            self.store.invoice(e.invoice_id),
                            folder=e.folder,
                            uidvalidity=e.uidvalidity,
                            uid=e.uid,
                        )
                    )
                else:
                    self.store.set_next_at(e.invoice_id, e.at, never=e.at is None)

    def _set_outbox(self, e: decide.SetOutbox, now: datetime, report: CycleReport) -> None:
        item = self.store.outbox_item(e.item_id)
        self.store.set_outbox_status(item.id, e.to, at=now, error=e.why or None, evidence_id=e.evidence_id)
        if e.to in (OutboxStatus.SKIPPED, OutboxStatus.CANCELLED):
            for other in self.store.covered_by(item.message_id):  # the statement's other invoices
                self.store.set_outbox_status(other.id, e.to, error=e.why or None)
        if e.cleanup:
            self.store.set_draft_cleanup(item.id, True)
        if item.kind == "reminder" and item.invoice_id is not None:
            self.store.replan(item.invoice_id)  # a step approved or dropped: its plan changes
        if item.kind == "reminder":
            report.add(
                f"{item.step} for invoice {self._number(item.invoice_id)}: {item.status} → {e.to}"
                + (f" ({e.why})" if e.why else "")
            )

    def fee_for(self, inv: Invoice, step: StepConfig, now: datetime) -> FeeQuote | None:
        if not step.late_fee or inv.balance is None:
            return None
        ordered = sorted(self.ladder_for(inv), key=lambda s: s.days)
        count = sum(1 for s in ordered[: ordered.index(step) + 1] if s.late_fee)
        return self.quote(inv, count, now)

    def quote(self, inv: Invoice, late_fee_steps: int, now: datetime) -> FeeQuote | None:
        """The fees of `[fees]` for this invoice under its client's law, as of `now` in the owner's
        time zone: the one place a letter's or a notice's figures are computed."""
        if inv.balance is None:
            return None
        fees = self.config.fees
        client = self.config.client_for(inv.client_email or "")
        return quote_fees(
            inv.balance,
            inv.due_date,
            now.astimezone(self.config.owner.tz).date(),
            business=client.business,
            statutory_interest=fees.statutory_interest,
            fixed_compensation=fees.fixed_compensation,
            flat=fees.flat,
            percent=fees.percent,
            late_fee_steps=late_fee_steps,
            ecb_rate=fees.ecb_rate,
            law=self.law_for(inv),
        )

    def compose_step(self, inv: Invoice, step: StepConfig, now: datetime) -> tuple[str, bytes]:
        if step.channel != "email":  # `preview` of a formal notice (issue 18)
            return formal.compose_step(self, inv, step, now)
        owner = self.config.owner
        domain = owner.email.rpartition("@")[2]
        mid = make_message_id(domain, inv.key, step.name)
        msg = compose_reminder(
            self.templates,
            inv=self._ref(inv),
            language=self._language(inv),
            template=step.template,
            step_name=step.name,
            step_days=step.days,
            now=now.astimezone(owner.tz),
            owner_name=owner.name,
            owner_email=owner.email,
            cc=step.cc + self.config.client_for(inv.client_email or "").cc,
            payment=self.config.payment,
            promise_date=self._promise_date(inv),
            fee=self.fee_for(inv, step, now),
            message_id=mid,
            attachments=[(a.filename, a.content_type, a.data) for a in self._attachments.get(inv.id, [])]
            if step.attaches_invoice(self.config.sending.attach_invoice)
            else (),
        )
        return mid, msg.as_bytes(policy=SMTP_POLICY)

    def _queue_reminder(self, inv: Invoice, step: StepConfig, now: datetime, report: CycleReport) -> bool:
        mid, raw = self.compose_step(inv, step, now)
        client = self.config.client_for(inv.client_email or "")
        recipients = _unique(
            [*inv.recipients, *inv.cc, *step.cc, *client.cc], exclude=self.config.owner.addresses
        )
        approve = step.needs_approval(self.config.sending.approve)
        if not self.store.enqueue(
            invoice_id=inv.id,
            kind="reminder",
            step=step.name,
            message_id=mid,
            recipients=recipients,
            raw=raw,
            at=now,
            status=OutboxStatus.DRAFTING if approve else OutboxStatus.PENDING,
        ):
            return False
        self.store.add_event(
            Event(
                inv.id,
                now,
                "reminder",
                f"step {step.name} "
                + ("written to Drafts, waiting for your approval" if approve else "queued"),
                mid,
            )
        )
        report.queued += 1
        if step.notify_owner:
            self._notify(
                inv,
                f"step-{step.name}",
                _t("excerpt.step_sent", step=_t_step(step.name), recipients=", ".join(recipients)),
                _t("hint.step_final" if step.template.startswith("final") else "hint.step"),
                now,
                mid,
            )
        return True

    # -- sending (service/sending.py) ---------------------------------------------------------
    async def _resolve_interrupted_sends(
        self, mb: Mailbox, sent_folder: str, now: datetime, report: CycleReport
    ) -> None:
        await sending.resolve_interrupted_sends(self, mb, sent_folder, now, report)

    async def _flush(self, mb: Mailbox, sent_folder: str, now: datetime, report: CycleReport) -> None:
        await sending.flush(self, mb, sent_folder, now, report)

    async def _send_batch(
        self, pending: list[OutboxItem], sender: Sender, now: datetime, report: CycleReport
    ) -> bool:
        return await sending.send_batch(self, pending, sender, now, report)

    async def _copy_to_sent(self, mb: Mailbox, sent_folder: str, now: datetime) -> None:
        await sending.copy_to_sent(self, mb, sent_folder, now)

    def next_copy_at(self) -> datetime | None:
        """When a letter's copy, not yet filed by the provider, should be filed by us (for the daemon's wait)."""
        return sending.next_copy_at(self)

    def _drafts_folder(self) -> str:
        return sending.drafts_folder(self)

    async def _write_drafts(self, mb: Mailbox, now: datetime, report: CycleReport) -> None:
        await sending.write_drafts(self, mb, now, report)

    async def _remove_drafts(self, mb: Mailbox) -> None:
        await sending.remove_drafts(self, mb)

    async def _check_drafts(self, mb: Mailbox, now: datetime, report: CycleReport) -> None:
        await sending.check_drafts(self, mb, now, report)

    async def _fetch_attachments(self, mb: Mailbox, now: datetime) -> None:
        """The invoice's own files for the letters due now whose step says `attach_invoice`, each part
        fetched alone (BODY.PEEK[n]) from the invoice mail."""
        self._attachments = {}
        for inv in self.store.due_invoices(now):
            if inv.folder is None or inv.uid is None:
                continue
            ladder = self.ladder_for(inv)
            attach = self.config.sending.attach_invoice
            if not any(s.attaches_invoice(attach) for s in ladder):
                continue
            p = self.plan_for(inv, now)
            step = next((s for s in ladder if p.send is not None and s.name == p.send.name), None)
            if step is None or not step.attaches_invoice(attach):
                continue
            try:
                self._attachments[inv.id] = await asyncio.to_thread(
                    mb.attachments, inv.folder, inv.uid, _invoice_file
                )
            except MailboxError as exc:
                log.warning(
                    "could not fetch the files of invoice %s (the letter goes without them): %s",
                    inv.number,
                    exc,
                )

    # -- nudges ---------------------------------------------------------------------------------
    async def _nudge_unsent_invoices(self, mb: Mailbox, drafts: str, now: datetime) -> None:
        """An invoice the freelancer wrote and left in Drafts for `unsent_invoice_hours`: one note."""
        hours = self.config.nudges.unsent_invoice_hours
        if hours <= 0 or self.folders is None or not self.folders.drafts:
            return
        status = await asyncio.to_thread(mb.status, drafts)
        seen = f"{status.uidvalidity}:{status.uidnext}"
        recheck = self.store.get_meta("drafts_recheck_at")
        if self.store.get_meta("drafts_seen") == seen and (
            not recheck or datetime.fromisoformat(recheck) > now
        ):
            return  # nothing new in Drafts, and no draft about to be old enough
        listed = await asyncio.to_thread(mb.list_messages, drafts)
        soonest: datetime | None = None
        for m in listed:
            if m.mailduns or not self._could_be_invoice(m.subject, list(m.attachments)):
                continue
            saved = m.date or m.internaldate
            if saved is None:
                continue
            ripe = saved + timedelta(hours=hours)
            if ripe > now:
                soonest = ripe if soonest is None or ripe < soonest else soonest
                continue
            key = m.message_id or f"<uid-{status.uidvalidity}-{m.uid}@{drafts}>"
            if not self.store.mark_seen("drafts-nudge", key):
                continue
            raw = await asyncio.to_thread(mb.fetch_one, drafts, m.uid)
            if raw:
                self._unsent_invoice_note(read_message(raw, self.rules), m.subject, saved, now)
        self.store.set_meta("drafts_seen", seen)
        self.store.set_meta("drafts_recheck_at", soonest.isoformat() if soonest else "")

    def _unsent_invoice_note(
        self, facts: MessageFacts, subject: str, written: datetime, now: datetime
    ) -> None:
        env = facts.envelope
        invoices = facts.invoices if facts.kind == "invoice" else ()
        number = invoices[0].number if invoices and invoices[0].number else None
        if number is not None and self.store.invoices_by_number(number):
            return  # already sent: this is a copy left behind
        if number is None and not (self._could_be_invoice(subject, []) and _INVOICE_WORD.search(subject)):
            return  # nothing says it is an invoice
        owner = self.config.owner
        lang = owner.language
        names = [n for n in env.to_names if n]
        client = (
            (invoices[0].client_name if invoices and invoices[0].client_name else None)
            or (names[0] if names else None)
            or (env.to_addrs[0] if env.to_addrs else "?")
        )
        what = (
            _text(lang, "note.invoice-word", number=number)
            if number
            else _text(lang, "note.invoice-unnamed", subject=_one_line(subject, 60))
        )
        since = _since_words(written.astimezone(owner.tz), now.astimezone(owner.tz), lang)
        headline = _text(lang, "note.unsent-invoice", what=what, client=client, since=since)
        self._notify(
            None,
            "unsent-invoice",
            "",
            _text(lang, "note.unsent-invoice-hint"),
            now,
            f"unsent-{number or env.message_id or subject}",
            headline=headline,
        )

    def _on_quote(self, facts: MessageFacts, key: str, msg: Fetched, now: datetime) -> None:
        """A quote sent today to a client scored "ask for a deposit" or "consider ending": one note
        the same day, with the client's record and the deposit to ask."""
        from mailduns.core.scoring import score_clients

        nudges = self.config.nudges
        env = facts.envelope
        sent_at = env.date or msg.internaldate or now
        if (
            not nudges.risky_quote
            or now - sent_at > timedelta(hours=24)
            or sent_at.astimezone(self.config.owner.tz).date() < self.since()
        ):
            return
        owner = self.config.owner
        client_addr = next((a for a in env.to_addrs if a not in owner.addresses), None)
        if client_addr is None:
            return
        theirs = self.store.invoices_with_address(client_addr, [str(s) for s in InvoiceState])
        if not theirs:
            return
        ids = {i.id for i in theirs}
        events = [e for i in theirs for e in self.store.events(i.id)]
        outbox = self.store.outbox_for_invoices(sorted(ids))
        names = {k: c.name for k, c in self.config.clients.items() if c.name}
        scores = [
            c
            for c in score_clients(
                theirs, events, outbox, now, tz=owner.tz, config=self.config.scoring, names=names
            )
            if c.client == client_addr
        ]
        if not scores or scores[0].label not in ("ask-deposit", "consider-ending"):
            return
        score = scores[0]
        lang = owner.language
        unknown = _text(lang, "note.unknown")
        average = (
            unknown
            if score.average_days_late is None
            else (
                str(score.average_days_late)
                if lang == "en"
                else str(score.average_days_late).replace(".", ",")
            )
        )
        record = _text(
            lang,
            "note.record",
            invoices=score.invoices,
            average=average,
            worst=unknown if score.worst_days_late is None else score.worst_days_late,
            disputes=score.disputes,
        )
        amount = ""
        quoted = facts.invoices[0].total or facts.invoices[0].amount if facts.invoices else None
        if quoted is not None:
            deposit = Money(quoted.amount * nudges.deposit_percent / 100, quoted.currency).rounded()
            amount = _text(lang, "note.deposit-amount", amount=fmt_money(deposit, locale_for(lang)))
        hint = _text(lang, "note.deposit-hint", percent=nudges.deposit_percent, amount=amount)
        who = score.display_name
        headline = _text(
            lang,
            "note.risky-quote-ending" if score.label == "consider-ending" else "note.risky-quote",
            client=who,
        )
        self._notify(None, "risky-quote", record, hint, now, f"quote-{key}", headline=headline)

    def _status_of(self, item_id: int) -> str | None:
        for row in self.store.outbox(["data"]):
            if row.id == item_id:
                return row.status
        return None

    def _number(self, invoice_id: int | None) -> str:
        return self.store.invoice(invoice_id).number if invoice_id is not None else "?"


class StatementConflict(Exception):
    """A step of one invoice was queued meanwhile: the whole statement is rolled back (a bug guard)."""


def _unique(addresses: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    skip = {a.lower() for a in exclude}
    out: list[str] = []
    for a in addresses:
        low = a.lower()
        if low not in skip and low not in out:
            out.append(low)
    return out


_one_line = decide_inbox.one_line


def _invoice_file(filename: str, content_type: str) -> bool:
    """An invoice's own document: its PDF, its XML e-invoice, a signed .p7m."""
    low = filename.lower()
    return low.endswith((".pdf", ".xml", ".p7m")) or content_type in (
        "application/pdf",
        "application/xml",
        "text/xml",
        "application/pkcs7-mime",
    )


def _attachment_names(raw: bytes) -> list[str]:
    """The file names of a message's attachments (for telling a quote), from its MIME headers."""
    from email import message_from_bytes
    from email.policy import compat32

    try:
        msg = message_from_bytes(raw, policy=compat32)
        return [str(n) for part in msg.walk() if (n := part.get_filename())]
    except Exception:  # noqa: BLE001 - a name we cannot read is a name we do not have
        return []


def _since_words(then: datetime, now: datetime, language: str) -> str:
    """ "Monday" within the week, else the date: how a person says since when something waits."""
    from babel.dates import format_date

    loc = locale_for(language)
    if (now.date() - then.date()).days < 7:
        return str(format_date(then.date(), "EEEE", locale=loc))
    return fmt_date(then.date(), loc)


def describe_plan(p: Plan, now: datetime) -> tuple[str | None, str | None]:
    """(next step, when) for `status`: the planner's announcement, the instant as ISO text."""
    step, at = planner.announced(p, now)
    return step, at.isoformat() if at else None
