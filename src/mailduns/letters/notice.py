"""The formal notice: the last step before a lawyer, as a PEC message or a letter the owner posts.

Why a module of its own: a formal notice is a legal act, not a reminder. In Italy a *messa in mora*
(art. 1219 c.c.) must be a written demand naming the debtor, the debt and the amount; sent by PEC its
receipts prove delivery as a registered letter with return receipt would (DPR 68/2005 art. 4, 6;
D.Lgs. 82/2005 art. 48). In Spain a *requerimiento de pago* (art. 1100 CC) that also invites the
debtor to negotiate is, since LO 1/2025, what a court asks to see before a claim. So the notice carries
both parties as the e-invoice names them, each invoice with its statutory interest computed line by
line (core/fees.py), the €40 compensation, one deadline and what follows it — and it is rendered once
(templates/<language>/formal_notice.txt.j2), that same text becoming the PDF (letters/notice_pdf.py)
so what the owner previews, what the client receives and what the evidence pack keeps never differ.

Three templates per language:
* `formal_notice`        the notice itself (the PDF's content);
* `formal_notice_cover`  the short PEC message that carries the PDF to the client's PEC address;
* `formal_notice_letter` the note to the owner with the PDF to post by registered letter / burofax.

Nothing here does I/O except reading templates; the caller sends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from email.message import EmailMessage

from babel import Locale

from mailduns.core.errors import MaildunsError
from mailduns.core.fees import FeeQuote, fee_lines
from mailduns.core.legal import NEGOTIATION_DAYS, legal_system, party_kind, term_end
from mailduns.core.money import Money
from mailduns.core.wording import fmt_date as _fmt_date
from mailduns.core.wording import fmt_money as _fmt_money
from mailduns.core.wording import fmt_rate as _fmt_rate
from mailduns.core.wording import locale_for as _locale
from mailduns.letters.compose import (
    InvoiceRef,
    PaymentDetails,
    Templates,
    _AddressList,
    _check_headers,
    _fmt_short_date,
    _header_text,
    _one_line,
    _owner_address,
    _payment_context,
    _recipients,
    _stamp,
    _thread,
    make_message_id,
)

__all__ = [
    "CHANNELS",
    "DEADLINE_DAYS",
    "NEGOTIATION_DAYS",
    "NOTICE_TEMPLATES",
    "FormalNotice",
    "NoticeInvoice",
    "Party",
    "compose_letter_for_owner",
    "compose_pec_notice",
    "notice_context",
    "render_notice",
]

CHANNELS = ("email", "pec", "letter")
#: The notice's own templates (`Templates.check` renders them with `sample_notice_contexts`).
NOTICE_TEMPLATES = ("formal_notice", "formal_notice_cover", "formal_notice_letter")
#: Days to pay from receipt: art. 1454 c.c. asks for "non inferiore a quindici giorni" (15) in Italy.
DEADLINE_DAYS: dict[str, int] = {"it": 15, "es": 15, "en": 15}
MIN_DEADLINE_DAYS = 15

_PDF_NAME = {
    "it": "diffida-{number}.pdf",
    "es": "requerimiento-{number}.pdf",
    "en": "formal-notice-{number}.pdf",
}


@dataclass(frozen=True)
class Party:
    """Creditor or debtor as a notice names them: name, address lines, tax ids, addresses."""

    name: str
    address: tuple[str, ...] = ()
    vat: str | None = None  # P.IVA / NIF-IVA / VAT number
    tax_code: str | None = None  # codice fiscale / NIF
    email: str | None = None
    pec: str | None = None
    kind: str | None = None  # "company" | "person" (config, e-invoice); None: from the name
    salutation: str | None = None  # the config's exact greeting line for this client

    @property
    def company_or_person(self) -> str | None:
        return self.kind or party_kind(self.name)


@dataclass(frozen=True)
class NoticeInvoice:
    """One unpaid invoice in the notice, with its fee quote as of the notice's date."""

    ref: InvoiceRef
    fee: FeeQuote | None


@dataclass(frozen=True)
class FormalNotice:
    """Everything a notice says. `channel` is "pec" or "letter" (an "email" notice is a PEC-less copy).

    `deadline_days` counts from receipt; for PEC the receipt is (near enough) the sending day, so
    `deadline` is a date; for a letter it is None until the owner says when it was posted. The date
    is the term's legal end (core/legal.term_end): an Italian term ending on a Sunday or a public
    holiday ends on the next day that is neither (art. 2963 c.c.), `holidays` being `[sending]
    holidays`; `law` is the legal system found for the client (None: the notice's language decides).
    `resolve_contract` adds the art. 1454 c.c. clause (the contract is resolved when the term passes):
    off by default, because a freelancer who already did the work wants to be paid, not to resolve.
    """

    language: str
    channel: str
    creditor: Party
    debtor: Party
    invoices: tuple[NoticeInvoice, ...]
    now: datetime
    deadline_days: int = 15
    resolve_contract: bool = False
    payment: PaymentDetails | None = None
    attachments: tuple[str, ...] = field(default=())  # names of attached invoice files, listed as "Allegati"
    law: str | None = None  # the client's legal system (core/legal.py), None: the language decides
    holidays: str = ""  # [sending] holidays: an Italian province adds its patron saint's day

    def __post_init__(self) -> None:
        if self.now.tzinfo is None:
            raise ValueError("a notice needs an aware datetime (with a timezone) for `now`")
        if not self.invoices:
            raise MaildunsError("a formal notice needs at least one invoice")
        if self.channel not in ("pec", "letter", "email"):
            raise ValueError(f"unknown channel {self.channel!r}")
        if self.deadline_days < MIN_DEADLINE_DAYS and self.language == "it":
            raise MaildunsError(
                f"a diffida ad adempiere gives at least {MIN_DEADLINE_DAYS} days (art. 1454 c.c.)"
            )

    @property
    def numbers(self) -> list[str]:
        return [_one_line(i.ref.number) for i in self.invoices]

    @property
    def system(self) -> str | None:
        """The legal system the notice speaks in (IT, ES, GB, IE, or None: the Directive's words)."""
        return legal_system(self.law, self.language)

    @property
    def deadline(self) -> date | None:
        if self.channel == "letter":
            return None
        return term_end(self.now.date(), self.deadline_days, self.system, self.holidays)

    @property
    def pdf_name(self) -> str:
        lang = self.language if self.language in _PDF_NAME else "en"
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in "_".join(self.numbers))[:60]
        return _PDF_NAME[lang].format(number=safe.strip("-") or "notice")

    def total_due(self) -> dict[str, Money]:
        """What is claimed, per currency: balance plus fees of every invoice (amount when no quote)."""
        out: dict[str, Money] = {}
        for inv in self.invoices:
            value = inv.fee.total_due if inv.fee is not None else inv.ref.amount
            if value is None:
                continue
            out[value.currency] = out[value.currency] + value if value.currency in out else value
        return out


def _party(p: Party) -> dict[str, object]:
    return {
        "name": _one_line(p.name),
        "address": [_one_line(a) for a in p.address if a.strip()],
        "vat": p.vat,
        "tax_code": p.tax_code,
        "email": p.email,
        "pec": p.pec,
        "kind": p.company_or_person,
    }


def _money_text(m: Money | None, loc: Locale) -> str | None:
    return _fmt_money(m.rounded(), loc) if m is not None else None


def notice_context(n: FormalNotice) -> dict[str, object]:
    """The variables the notice templates see (all text pre-formatted, like every other letter).

    `creditor`, `debtor` (name, address [lines], vat, tax_code, email, pec, kind), `client_name`,
    `client_kind` and `client_salutation` (the debtor, for the salutation partials), `owner_name`, `invoices` (each: number, issue_date,
    due_date, amount, days_late, fee_lines, interest, compensation, total_due), `total_due` (one
    string, "1.263,39 €", several currencies joined with " + "), `fee_applies`, `fee_statutory`,
    `fee_rate`, `fee_compensation`, `today`, `today_short`, `deadline_days`, `deadline` (long date
    or None for a letter), `channel`, `resolve_contract`, `negotiation_days`, `payment`,
    `attachments`, `several` (more than one invoice).
    """
    loc = _locale(n.language)
    today = n.now.date()
    rows: list[dict[str, object]] = []
    statutory = False
    rate: Decimal | None = None
    compensation: Money | None = None
    for inv in n.invoices:
        fee = inv.fee if inv.fee is not None and inv.fee.applies else None
        if fee is not None and (fee.interest.amount or fee.compensation.amount):
            statutory = True
            if fee.interest.amount:
                rate = fee.annual_rate
        if fee is not None and fee.compensation.amount:
            if compensation is None:
                compensation = fee.compensation
            elif compensation.currency == fee.compensation.currency:
                compensation = compensation + fee.compensation
        ref = inv.ref
        rows.append(
            {
                "number": _one_line(ref.number),
                "issue_date": _fmt_date(ref.issue_date, loc) if ref.issue_date else None,
                "issue_date_short": _fmt_short_date(ref.issue_date, loc) if ref.issue_date else None,
                "due_date": _fmt_date(ref.due_date, loc),
                "due_date_short": _fmt_short_date(ref.due_date, loc),
                "amount": _fmt_money(ref.amount.rounded(), loc) if ref.amount is not None else None,
                "days_late": max(0, (today - ref.due_date).days),
                "fee_lines": fee_lines(fee, loc.language, number=ref.number) if fee is not None else [],
                "interest": _fmt_money(fee.interest.rounded(), loc)
                if fee is not None and fee.interest.amount
                else None,
                "compensation": (
                    _fmt_money(fee.compensation.rounded(), loc)
                    if fee is not None and fee.compensation.amount
                    else None
                ),
                "total_due": _money_text(fee.total_due if fee is not None else ref.amount, loc),
            }
        )
    totals = n.total_due()
    deadline = n.deadline
    return {
        "language": n.language,
        "channel": n.channel,
        "creditor": _party(n.creditor),
        "debtor": _party(n.debtor),
        "client_name": _one_line(n.debtor.name) or None,
        "client_kind": n.debtor.company_or_person,
        "client_salutation": _one_line(n.debtor.salutation or "") or None,
        "owner_name": _one_line(n.creditor.name),
        "invoices": rows,
        "several": len(rows) > 1,
        "total_due": " + ".join(_fmt_money(m.rounded(), loc) for m in totals.values()) or None,
        "fee_applies": any(r["fee_lines"] for r in rows),
        "fee_statutory": statutory,
        "fee_rate": _fmt_rate(rate, loc) if rate is not None else None,
        "fee_compensation": _fmt_money(compensation, loc) if compensation is not None else None,
        "fee_law": n.system if n.system in ("GB", "IE") else None,
        "today": _fmt_date(today, loc),
        "today_short": _fmt_short_date(today, loc),
        "deadline_days": n.deadline_days,
        "deadline": _fmt_date(deadline, loc) if deadline is not None else None,
        "resolve_contract": n.resolve_contract,
        "negotiation_days": NEGOTIATION_DAYS,
        "payment": _payment_context(n.payment, n.numbers, n.language, qr=False),
        "payment_details": None,
        "attachments": list(n.attachments),
    }


def render_notice(templates: Templates, n: FormalNotice, name: str = "formal_notice") -> str:
    """The text of the notice (or of its cover / owner note): the same text the PDF is made of."""
    return templates.render(n.language, name, notice_context(n))


def _subject(text: str) -> str:
    """The first "Oggetto: / Asunto: / Subject:" line of a rendered template, as a header."""
    for line in text.splitlines():
        head, sep, rest = line.partition(":")
        if sep and head.strip().lower() in ("oggetto", "asunto", "subject") and rest.strip():
            return _header_text(rest.strip())
    raise MaildunsError("the notice template has no 'Oggetto:' / 'Asunto:' / 'Subject:' line")


def _body_without_subject(text: str) -> str:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.partition(":")[0].strip().lower() in ("oggetto", "asunto", "subject"):
            rest = lines[:i] + lines[i + 1 :]
            while rest and not rest[0].strip():
                rest.pop(0)
            return "\n".join(rest).rstrip() + "\n"
    return text


def compose_pec_notice(
    templates: Templates,
    n: FormalNotice,
    *,
    pec_from: str,
    pec_to: Sequence[str],
    pdf: bytes,
    invoice_files: Sequence[tuple[str, str, bytes]] = (),
    message_id: str | None = None,
) -> EmailMessage:
    """The PEC message to the client: the cover text, the notice as PDF, the invoice files if asked.

    From the owner's PEC address to the client's (a PEC provider refuses any other From). Threaded
    to the invoice (In-Reply-To) like every letter, although it travels in another mailbox: a PEC
    client that shows threads keeps the notice beside the invoice. The Message-ID is deterministic
    (invoice numbers + "formal_notice"), so a retried send is recognisable in the receipts.
    """
    cover = render_notice(templates, n, "formal_notice_cover")
    msg = EmailMessage()
    msg["From"] = _owner_address(n.creditor.name, pec_from)
    to_list, _ = _recipients(pec_to, (), pec_from)
    if not to_list:
        raise MaildunsError("the formal notice has no PEC address to go to")
    msg["To"] = _AddressList("To", to_list)
    msg["Subject"] = _subject(cover)
    first = n.invoices[0].ref
    _thread(msg, first.message_id, first.references)
    mid = message_id or make_message_id(pec_from, *n.numbers, "formal_notice")
    _stamp(
        msg,
        now=n.now,
        message_id=mid,
        x_mailduns=f"formal-notice; invoice={','.join(n.numbers)}; channel=pec",
    )
    msg.set_content(_body_without_subject(cover), subtype="plain", charset="utf-8", cte="quoted-printable")
    msg["Content-Language"] = n.language
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=n.pdf_name)
    for filename, ctype, data in invoice_files:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(
            data, maintype=maintype or "application", subtype=subtype or "octet-stream", filename=filename
        )
    return _check_headers(msg)


def compose_letter_for_owner(
    templates: Templates, n: FormalNotice, *, owner_email: str, pdf: bytes, message_id: str | None = None
) -> EmailMessage:
    """The note to the owner with the notice PDF to print and post (registered letter, burofax)."""
    note = render_notice(templates, n, "formal_notice_letter")
    msg = EmailMessage()
    msg["From"] = _owner_address("mailduns", owner_email)
    msg["To"] = _owner_address(n.creditor.name, owner_email)
    msg["Subject"] = _subject(note)
    mid = message_id or make_message_id(owner_email, *n.numbers, "formal_notice_letter")
    _stamp(
        msg,
        now=n.now,
        message_id=mid,
        x_mailduns=f"notice; event=formal-notice-letter; invoice={','.join(n.numbers)}",
    )
    msg.set_content(_body_without_subject(note), subtype="plain", charset="utf-8", cte="quoted-printable")
    msg["Content-Language"] = n.language
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=n.pdf_name)
    return _check_headers(msg)


# ---------------------------------------------------------------------------------------------
# Samples for `Templates.check` and the review


def sample_notices(language: str, now: datetime) -> list[FormalNotice]:
    """Notices that exercise every branch of the shipped templates (one or two invoices, fees or none,
    company or person, a configured salutation, pec or letter, the art. 1454 clause, payment
    details or not)."""
    from datetime import date as _date

    from mailduns.core.fees import quote_fees

    eur = Money.of
    a = InvoiceRef(
        number="12/2026",
        subject="Fattura 12/2026",
        message_id="<inv-12-2026@example.it>",
        references=(),
        amount=eur("1220.00"),
        issue_date=_date(2026, 9, 2),
        due_date=_date(2026, 10, 2),
        client_name="ACME srl",
        to=("amministrazione@acme.example",),
        cc=(),
    )
    b = InvoiceRef(
        number="15/2026",
        subject="Fattura 15/2026",
        message_id="<inv-15-2026@example.it>",
        references=(),
        amount=eur("500.00"),
        issue_date=None,
        due_date=_date(2026, 10, 20),
        client_name="ACME srl",
        to=("amministrazione@acme.example",),
        cc=(),
    )

    def fee(inv: InvoiceRef) -> FeeQuote:
        assert inv.amount is not None
        return quote_fees(
            inv.amount,
            inv.due_date,
            now.date(),
            business=True,
            statutory_interest=True,
            fixed_compensation=Decimal("40.00"),
            flat=Decimal(0),
            percent=Decimal(0),
            late_fee_steps=1,
            ecb_rate=Decimal("2.15"),
        )

    owner = Party(
        "Alessandra Rossi",
        ("Via Roma 1", "20121 Milano (MI)"),
        vat="IT01234567890",
        tax_code="RSSLSN80A41F205X",
        email="alessandra@example.it",
        pec="alessandra.rossi@pec.example.it",
    )
    company = Party(
        "ACME srl",
        ("Corso Italia 10", "00100 Roma (RM)"),
        vat="IT09876543210",
        pec="amministrazione@pec.acme.example",
    )
    person = Party("Mario Bianchi")
    pay = PaymentDetails(beneficiary="Alessandra Rossi", iban="IT60X0542811101000000123456")
    return [
        FormalNotice(language, "pec", owner, company, (NoticeInvoice(a, fee(a)),), now, payment=pay),
        FormalNotice(
            language,
            "pec",
            owner,
            company,
            (NoticeInvoice(a, fee(a)), NoticeInvoice(b, fee(b))),
            now,
            resolve_contract=True,
            attachments=("IT01234567890_00012.xml",),
        ),
        FormalNotice(language, "letter", owner, person, (NoticeInvoice(a, None),), now, deadline_days=30),
        FormalNotice(
            language,
            "letter",
            Party("Alessandra Rossi"),
            company,
            (NoticeInvoice(b, fee(b)),),
            now,
            payment=pay,
        ),
        FormalNotice(
            language,
            "pec",
            owner,
            Party(
                "Laura Bianchi",
                kind="person",
                salutation={"it": "Gentile Sig.ra Bianchi,", "es": "Estimada Sra. Bianchi:"}.get(
                    language, "Dear Ms Bianchi,"
                ),
            ),
            (NoticeInvoice(a, fee(a)),),
            now,
        ),
        # clients under UK and Irish law: the notice names that act and its figures
        FormalNotice(language, "pec", owner, company, (NoticeInvoice(a, fee(a)),), now, law="GB"),
        FormalNotice(language, "letter", owner, company, (NoticeInvoice(a, fee(a)),), now, law="IE"),
    ]
