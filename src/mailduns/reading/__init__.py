"""Reading messages: raw bytes (or a body-only text) in, typed facts (`MessageFacts`) out.

Why one pure entry point: the daemon, `inspect` and the tests must read a message identically, and
reading must never stop the daemon, so `read_message` never raises on content: what cannot be read
becomes `MessageFacts.problems`.  There is no I/O here; the caller fetches the bytes.

Structured e-invoices (FatturaPA, UBL, CII, PDF) plug in through `ATTACHMENT_READERS`; their facts
win over what the subject and body say, field by field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import TypeVar

from mailduns.core.errors import MaildunsError
from mailduns.reading import classify, corrections, fastre
from mailduns.reading.corrections import Correction
from mailduns.reading.einvoice import combine
from mailduns.reading.einvoice import register as register_einvoice_readers
from mailduns.reading.lang import guess_language
from mailduns.reading.matching import find_invoice_numbers, match_invoice_numbers
from mailduns.reading.mime import Attachment, ParsedMail, from_text, parse
from mailduns.reading.model import Envelope, InvoiceFacts, MessageFacts, ReplyFacts, Source
from mailduns.reading.textinvoice import (
    ATTACHMENT_PATTERN,
    EXCLUDE_PATTERN,
    SUBJECT_PATTERNS,
    Subject,
    is_invoice_filename,
    issue_date_in,
    number_from_filename,
    read_body,
    split_subject,
    subject_number,
)

__all__ = [
    "ATTACHMENT_READERS",
    "DEFAULT_RULES",
    "AttachmentReader",
    "Correction",
    "ReadingRules",
    "find_invoice_numbers",
    "match_invoice_numbers",
    "merge_invoice_facts",
    "read_message",
    "read_text",
]


@dataclass(frozen=True)
class ReadingRules:
    """How to recognise the freelancer's invoices; the config can override every part.

    `subject_patterns` are case-insensitive regexes with a named group ``number``;
    `attachment_pattern` is searched in attachment file names; `owner_emails` are the freelancer's own
    lower-case addresses (their replies are not client replies, and they may send an invoice inside a
    thread); `exclude_pattern` names subjects and files that mention an invoice without being one
    (pro-forma, credit note, reminder, receipt); `corrections` are the freelancer's answers to
    earlier notes, each with the words of the message it was about: a person's message phrased like
    one of them is read as the freelancer said (reading.corrections documents "phrased like").
    """

    subject_patterns: tuple[str, ...]
    attachment_pattern: str
    owner_emails: tuple[str, ...] = ()
    exclude_pattern: str = EXCLUDE_PATTERN
    corrections: tuple[Correction, ...] = ()


DEFAULT_RULES = ReadingRules(subject_patterns=SUBJECT_PATTERNS, attachment_pattern=ATTACHMENT_PATTERN)

T = TypeVar("T")

AttachmentReader = Callable[[str, str, bytes], list[InvoiceFacts]]
# Readers for structured invoices, called as reader(filename, content_type, payload) for each
# attachment of a message that may be an invoice.  A reader returns [] for files it does not know.
ATTACHMENT_READERS: list[AttachmentReader] = []
register_einvoice_readers(ATTACHMENT_READERS)  # FatturaPA, UBL, CII/Factur-X, Facturae, PDF, .p7m


def read_message(raw: bytes, rules: ReadingRules = DEFAULT_RULES) -> MessageFacts:
    """What a person reads in one RFC 5322 message.  Never raises on any input bytes."""
    try:
        parsed = parse(raw)
    except Exception as exc:  # noqa: BLE001 - the stdlib parser failed: still answer, with the reason
        return MessageFacts(
            kind="other", envelope=Envelope(), problems=(f"unreadable message ({type(exc).__name__})",)
        )
    return _read_safely(parsed, rules)


def read_text(text: str, rules: ReadingRules = DEFAULT_RULES) -> MessageFacts:
    """A body-only text file, read as the body of a message without headers."""
    return _read_safely(from_text(text), rules)


def _read_safely(parsed: ParsedMail, rules: ReadingRules) -> MessageFacts:
    try:
        return _read(parsed, rules)
    except Exception as exc:  # noqa: BLE001 - a bug in a rule must not stop the daemon: report it
        return MessageFacts(
            kind="other",
            envelope=parsed.envelope,
            text=parsed.text,
            problems=parsed.problems + (f"internal error while reading ({type(exc).__name__})",),
        )


# --------------------------------------------------------------------------------------------------
# invoices
# --------------------------------------------------------------------------------------------------


def merge_invoice_facts(*facts: InvoiceFacts) -> InvoiceFacts:
    """Field by field, the first source that knows a fact wins; pass the most trusted first.
    The merged record keeps the source of the first (most trusted) record."""
    if not facts:
        return InvoiceFacts(number=None)

    def first(get: Callable[[InvoiceFacts], T | None]) -> T | None:
        return next((v for v in map(get, facts) if v is not None), None)

    return InvoiceFacts(
        number=first(lambda f: f.number),
        issue_date=first(lambda f: f.issue_date),
        due_date=first(lambda f: f.due_date),
        amount=first(lambda f: f.amount),
        total=first(lambda f: f.total),
        client_email=first(lambda f: f.client_email),
        client_name=first(lambda f: f.client_name),
        source=facts[0].source,
        is_credit_note=any(f.is_credit_note for f in facts),
        references_invoice=first(lambda f: f.references_invoice),
        client_pec=first(lambda f: f.client_pec),
        client_kind=first(lambda f: f.client_kind),
        client_country=first(lambda f: f.client_country),
    )


def _excluded(text: str, pattern: str) -> bool:
    try:
        return bool(pattern) and re.search(pattern, text, re.IGNORECASE) is not None
    except re.error:
        return False


def _client(parsed: ParsedMail, owners: frozenset[str]) -> tuple[str | None, str | None]:
    env = parsed.envelope
    for i, addr in enumerate(env.to_addrs):
        if addr not in owners:
            name = env.to_names[i] if i < len(env.to_names) else ""
            return addr, (name or None)
    return None, None


def _structured(parsed: ParsedMail, attachments: list[Attachment], problems: list[str]) -> list[InvoiceFacts]:
    out: list[InvoiceFacts] = []
    for att in attachments:
        for reader in ATTACHMENT_READERS:
            try:
                out.extend(reader(att.filename, att.content_type, att.payload))
            except MaildunsError as exc:
                problems.append(str(exc))  # already a sentence ("could not read ...")
            except Exception as exc:  # noqa: BLE001 - a reader's bug is one attachment's problem
                problems.append(
                    f"cannot read attachment {att.filename or '(unnamed)'} ({type(exc).__name__})"
                )
    return list(combine(out))  # the XML and its PDF copy are one invoice, not two


_SERVICE_NOTICE_RE = re.compile(
    r"\b(?:viewed|opened|visualizzat[ao]|aperta|vista\s+da|abierta|vista\s+por|sent\s+to|delivered\s+to|inviata\s+a|"
    r"consegnata|enviada\s+a|entregada|notifica|esito|scartat[ao]|ricevuta\s+di\s+consegna|rechazada|remittance|"
    r"payment\s+of|pagamento\s+(?:della|fattura)|pago\s+de\s+(?:la\s+)?factura|reminder\s+sent|sollecito\s+inviato)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)  # (asked at most twice of one message's text by `_invoices`)
def _clause_intent(text: str, ref: date | None) -> str | None:
    from mailduns.reading import intent as clause_reader

    return clause_reader.read(text, ref, guess_language(text)).intent


def _invoices(
    parsed: ParsedMail,
    rules: ReadingRules,
    subject: Subject,
    new_text: str,
    ref: date | None,
    owners: frozenset[str],
    problems: list[str],
) -> tuple[InvoiceFacts, ...]:
    env = parsed.envelope
    from_owner = bool(env.from_addr) and env.from_addr in owners
    in_thread = subject.reply or subject.forward
    if in_thread and not from_owner:
        return ()  # a client's reply or forward in the invoice's thread, not a new invoice

    number = None
    if not _excluded(subject.clean, rules.exclude_pattern):
        number = subject_number(subject.clean, rules.subject_patterns)
    if in_thread:
        number_from_subject_only = None  # the owner's reply needs an invoice file to count
    else:
        number_from_subject_only = number

    pec = (parsed.header("x-trasporto") or "").strip().lower() == "posta-certificata"
    candidates = [a for a in parsed.attachments if not a.nested or pec]
    files = [
        a
        for a in candidates
        if a.filename and is_invoice_filename(a.filename, rules.attachment_pattern, rules.exclude_pattern)
    ]
    structured = _structured(parsed, candidates, problems)
    # an e-invoice's XML is an invoice whoever sends it; a PDF's text from someone else may be their proof
    machine_read = any(i.source != "pdf" for i in structured)

    if number_from_subject_only is None and not files and not structured:
        return ()
    if (
        not from_owner
        and not machine_read
        and (
            _SERVICE_NOTICE_RE.search(subject.clean)
            or classify.incoming_payment(f"{subject.clean}\n{new_text}")
            or classify.not_an_invoice_notice(f"{subject.clean}\n{new_text}")
        )
    ):
        # an e-invoicing or accounting service telling the owner about an invoice (viewed, sent, SdI
        # outcome), or a remittance advice naming the invoice it pays: neither is a new invoice
        return ()
    if not machine_read and not from_owner:
        # "Fattura 12/2026" as the subject of a client's "we paid" / "this is wrong" message, or of a
        # promise inside the thread ("Payment will be made..." alone may be an invoice's own wording); a PDF
        # beside it is their proof ("Payment_Advice_49-2026.pdf") or evidence (the printer's invoice for a
        # reprint), not a new invoice of the owner's
        intent = classify.read_intent(new_text, ref).intent
        threaded = bool(env.in_reply_to or env.references)
        if intent in ("paid", "dispute") or (intent == "promise" and threaded):
            return ()
        # "La mia assistita contesta integralmente la fattura n. 27/2026" with the printer's invoice for the
        # reprint attached: a letter contesting the invoice, read by the clause reader too (a paid claim is left
        # to the figures below: an invoice's own "Amount paid: $100.00" is a deposit it records)
        clause = _clause_intent(new_text, ref) if intent is None else None
        if clause == "dispute" or (
            clause == "paid" and not files and not structured and read_body(new_text, ref).due_date is None
        ):
            return ()  # ("Our client has today paid the principal sum of £2,400.00 ... a total of £2,531.04")

    body = read_body(new_text, ref)
    if not files and not structured and not from_owner and body.total is None and body.due_date is None:
        # "La mia assistita contesta integralmente la fattura n. 27/2026", "Our client has today paid the
        # principal sum", "provvederà al pagamento il 10 gennaio": someone else's letter under a fresh subject
        # with none of an invoice's figures and no invoice attached is about an invoice, not one
        if (
            _clause_intent(new_text, ref) in ("paid", "dispute", "promise")
            or "?" in new_text
            or classify.is_automated(parsed)
            or classify.body_auto_reply(f"{subject.clean}\n{new_text}")
            or _AUTO_SUBJECT_RE.match(env.subject or "")
        ):
            # (nor a promise, a question or an automatic answer under "Fattura n. 44/2026": about an invoice)
            return ()
    client_email, client_name = _client(parsed, owners)
    issue = body.issue_date or issue_date_in(subject.clean, ref)
    source: Source = "body" if body.any() else "subject"

    numbers: list[str | None] = [number] if number else []
    if not numbers:
        from_files = list(dict.fromkeys(n for n in (number_from_filename(a.filename) for a in files) if n))
        numbers = list(from_files) or [None]
    single = len(numbers) == 1
    text_facts = [
        InvoiceFacts(
            number=n,
            issue_date=issue if single else None,
            due_date=body.due_date if single else None,
            amount=body.amount if single else None,
            total=body.total if single else None,
            client_email=client_email,
            client_name=client_name,
            source=source if single else "subject",
        )
        for n in numbers
    ]
    if not structured:
        return tuple(text_facts)
    client_only = InvoiceFacts(number=None, client_email=client_email, client_name=client_name)
    merged: list[InvoiceFacts] = []
    for s in structured:
        match = next((t for t in text_facts if t.number and t.number == s.number), None)
        if match is None and len(structured) == 1 and len(text_facts) == 1:
            match = text_facts[0]
        merged.append(merge_invoice_facts(s, match or client_only))
    return tuple(merged)


_AUTO_SUBJECT_RE = re.compile(
    r"^\s*(?:auto(?:matic)?\s*(?:reply|risposta|respuesta)?|risposta\s+automatica|"
    r"respuesta\s+autom[aá]tica|out\s+of\s+office|fuori\s+ufficio|\[jira\])\s*[:\]]?",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------------------------------
# the whole reading
# --------------------------------------------------------------------------------------------------

# What a person writes about an invoice fits in far less; reading megabytes of pasted logs or
# base64 dumps with every rule would only slow the daemon down.
MAX_ANALYSED_CHARS = 30_000
MAX_ANALYSED_SUBJECT = 1_000


def _read(full: ParsedMail, rules: ReadingRules) -> MessageFacts:
    env = full.envelope
    problems = list(full.problems)
    parsed = full
    if len(full.text) > MAX_ANALYSED_CHARS:
        parsed = replace(full, text=full.text[:MAX_ANALYSED_CHARS])
        problems.append(f"text too long: only the first {MAX_ANALYSED_CHARS} characters were read")
    if len(env.subject) > MAX_ANALYSED_SUBJECT:  # the envelope returned keeps the whole subject
        parsed = replace(parsed, envelope=replace(env, subject=env.subject[:MAX_ANALYSED_SUBJECT]))
    ref = env.date.date() if env.date else None
    owners = frozenset(a.strip().lower() for a in rules.owner_emails)
    subject = split_subject(parsed.envelope.subject)
    if parsed.body_only and not env.subject:
        first_line = next((ln.strip() for ln in parsed.text.splitlines() if ln.strip()), "")[
            :MAX_ANALYSED_SUBJECT
        ]
        subject = (
            Subject(first_line, False, False)
            if subject_number(first_line, rules.subject_patterns)
            else subject
        )
    split = classify.split_reply(parsed.text)

    def facts(
        kind: classify.NonInvoiceKind, reply: ReplyFacts, lang_text: str, correction: str | None = None
    ) -> MessageFacts:
        language = guess_language(lang_text) or guess_language(f"{parsed.envelope.subject}\n{parsed.text}")
        return MessageFacts(
            kind=kind,
            envelope=env,
            language=language,
            reply=reply,
            text=full.text,
            problems=tuple(dict.fromkeys(problems)),
            confidence=reply.confidence,
            correction=correction,
        )

    early = classify.before_invoice(parsed, subject, ref)
    if early is not None:
        return facts(early.kind, _reply(early, ref), f"{subject.clean}\n{parsed.text}")

    invoices = _invoices(parsed, rules, subject, split.new_text, ref, owners, problems)
    if invoices:
        return MessageFacts(
            kind="invoice",
            envelope=env,
            language=guess_language(f"{subject.clean}\n{split.new_text}"),
            invoices=invoices,
            text=full.text,
            problems=tuple(dict.fromkeys(problems)),
        )

    verdict = classify.after_invoice(parsed, subject, split, ref, owners)
    said = f"{subject.clean}\n{split.new_text}"
    correction = None
    if rules.corrections and verdict.kind in corrections.CORRECTABLE and env.from_addr not in owners:
        hit = corrections.find(rules.corrections, split.new_text, guess_language(said))
        if hit is not None:
            verdict, correction = corrections.apply(verdict, hit), hit.answer
    return facts(verdict.kind, _reply(verdict, ref), said, correction)


def _reply(verdict: classify.Verdict, ref: date | None) -> ReplyFacts:
    v = classify.plausible_dates(verdict, ref)
    return ReplyFacts(
        promised_date=v.promised_date,
        return_date=v.return_date,
        failed_recipient=v.failed_recipient,
        amount=v.amount,
        reference=v.reference,
        permanent=v.permanent,
        reason=v.reason,
        confidence=v.confidence,
    )


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)
