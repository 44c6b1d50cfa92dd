"""Realistic inbox messages with the class and facts a careful person reads in them.

Why a data module and not .eml files: the cases are written here from what payment services, banks,
mail clients and people actually send (wording, quoting styles, headers), and the client replies quote
*our own* reminders as rendered by `mailduns.letters.compose`, so a change to a template is tested against the
replies that will quote it.  The shared corpus (real mail, read from outside the repository) is the
other half of the benchmark; nothing of it is copied here.

Used by tests/test_reading_inbox.py (every case must read as labelled) and bench/inbox.py (precision
and recall per class).  `CASES` holds the tuning set; `HOLDOUT` was written after classify.py had been
tuned on `CASES` and is reported separately by the benchmark, as a check against overfitting.  Its first
measurement, before any rule saw it, was 31/36 (86.1%): a paid "il saldo è partito", a paid "this was
settled", an Italian "non corrispondono" dispute, a "distinta di pagamento" remittance read as an
auto-reply and a "non ancora consegnato" delay warning read as other.  The rules were generalised for
those five afterwards, so the held-out table now only guards against regressions.

Each `Case` has the raw message, the expected kind and the expected reply facts; only the facts
named in `facts` are checked (`amount` as Money, `reference`, `promised_date`, `return_date`,
`failed_recipient`, `permanent`).
"""

from __future__ import annotations

import base64
import html
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from functools import cache

from mailduns.letters.compose import (
    InvoiceRef,
    Templates,
    compose_reminder,
    compose_simple,
    compose_statement,
    default_templates_dir,
)
from mailduns.core.fees import quote_fees
from mailduns.core.money import Money

OWNER = "alessandra@example.it"
OWNER_NAME = "Alessandra Rossi"
ROME = timezone(timedelta(hours=1))


@dataclass(frozen=True)
class Case:
    name: str
    raw: bytes
    kind: str
    facts: Mapping[str, object] = field(default_factory=dict)
    holdout: bool = False
    lang: str | None = None


def eur(value: str) -> Money:
    return Money(Decimal(value), "EUR")


def money(value: str, currency: str) -> Money:
    return Money(Decimal(value), currency)


# --------------------------------------------------------------------------------------------------
# building messages
# --------------------------------------------------------------------------------------------------

_counter = iter(range(1, 1_000_000))


def message(
    frm: str,
    subject: str,
    body: str,
    *,
    to: str = f"{OWNER_NAME} <{OWNER}>",
    date_: str = "Mon, 14 Dec 2026 10:12:00 +0100",
    headers: str = "",
    html_body: str | None = None,
    html_only: bool = False,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
    charset: str = "utf-8",
) -> bytes:
    """An RFC 5322 message: text/plain, or text+HTML alternative, or HTML only, plus attachments."""
    n = next(_counter)
    head = (
        f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date_}\nMessage-ID: <case{n}@mail.example>\n"
        f"{headers}MIME-Version: 1.0\n"
    )

    def text_part(content: str, subtype: str) -> str:
        return (
            f"Content-Type: text/{subtype}; charset={charset}\nContent-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(content.encode(charset, errors="replace")).decode()
        )

    if html_only and html_body is not None:
        inner = text_part(html_body, "html")
    elif html_body is not None:
        inner = (
            'Content-Type: multipart/alternative; boundary="ALT"\n\n--ALT\n'
            + text_part(body, "plain")
            + "\n--ALT\n"
            + text_part(html_body, "html")
            + "\n--ALT--\n"
        )
    else:
        inner = text_part(body, "plain")
    if not attachments:
        return (head + inner).encode("utf-8")
    parts = ["--MIX\n" + inner]
    for name, ctype, payload in attachments:
        parts.append(
            f'--MIX\nContent-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; '
            f'filename="{name}"\nContent-Transfer-Encoding: base64\n\n' + base64.encodebytes(payload).decode()
        )
    return (
        head + 'Content-Type: multipart/mixed; boundary="MIX"\n\n' + "\n".join(parts) + "\n--MIX--\n"
    ).encode("utf-8")


# --------------------------------------------------------------------------------------------------
# our own reminders, as compose renders them
# --------------------------------------------------------------------------------------------------

STEP_DAYS = {"courtesy": -3, "due": 0, "reminder": 5, "late_fee": 10, "suspension": 20, "final": 30}
# letters outside the ladder that a client may also answer (and quote): days after the due date
LETTER_DAYS = {"paid_claim_followup": 14, "promise_followup": 16, "thank_you": 12, "statement": 12}
LETTERS = (*STEP_DAYS, *LETTER_DAYS)
NUMBERS = {"it": "12/2026", "es": "2026/7", "en": "INV-0042"}
SUBJECTS = {"it": "Fattura 12/2026", "es": "Factura 2026/7", "en": "Invoice INV-0042"}
CLIENTS = {
    "it": ("ACME srl", "Mario Bianchi <mario.bianchi@acme.it>"),
    "es": ("Construcciones Pérez SL", "Lucía Pérez <lucia@construccionesperez.es>"),
    "en": ("Globex Ltd", "John Carter <j.carter@globex.co.uk>"),
}


@cache
def reminder_text(lang: str, step: str = "reminder") -> str:
    """The plain-text body of our reminder for one step, rendered by compose with the default
    templates (the exact words a client will quote back)."""
    templates = Templates(default_templates_dir())
    name, to = CLIENTS[lang]
    inv = InvoiceRef(
        number=NUMBERS[lang],
        subject=SUBJECTS[lang],
        message_id=f"<inv-{lang}@example.it>",
        references=(),
        amount=eur("1220.00"),
        issue_date=date(2026, 11, 2),
        due_date=date(2026, 12, 2),
        client_name=name,
        to=(to,),
        cc=(),
    )
    days = STEP_DAYS.get(step, LETTER_DAYS.get(step, 0))
    now = datetime(2026, 12, 2, 10, 0, tzinfo=ROME) + timedelta(days=days)
    fee = (
        quote_fees(
            eur("1220.00"),
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
        if days >= 10
        else None
    )
    common = {"language": lang, "now": now, "owner_name": OWNER_NAME, "owner_email": OWNER}
    if step == "statement":
        other = InvoiceRef(
            number=f"{NUMBERS[lang]}-B",
            subject=SUBJECTS[lang],
            message_id=f"<inv-{lang}-b@example.it>",
            references=(),
            amount=eur("300.00"),
            issue_date=date(2026, 11, 16),
            due_date=date(2026, 12, 16),
            client_name=name,
            to=(to,),
            cc=(),
        )
        msg = compose_statement(
            templates, invoices=(inv, other), step_name="reminder", step_days=days, fees=(fee, None), **common
        )  # type: ignore[arg-type]
    elif step in LETTER_DAYS:
        extras: dict[str, dict[str, object]] = {
            "paid_claim_followup": {"claim_date": date(2026, 12, 9), "paid_on": date(2026, 12, 8)},
            "promise_followup": {"promise_date": date(2026, 12, 15)},
            "thank_you": {"paid_on": date(2026, 12, 13), "paid_amount": eur("1220.00")},
        }
        extra = extras[step]
        msg = compose_simple(templates, inv=inv, template=step, extra=extra, **common)  # type: ignore[arg-type]
    else:
        msg = compose_reminder(
            templates, inv=inv, template=step, step_name=step, step_days=days, fee=fee, **common
        )  # type: ignore[arg-type]
    part = msg.get_body(("plain",))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content.strip()


_ATTRIBUTION = {
    "gmail": {
        "it": f"Il giorno lun 7 dic 2026 alle ore 10:00 {OWNER_NAME} <{OWNER}> ha scritto:",
        "es": f"El lun, 7 dic 2026 a las 10:00, {OWNER_NAME} (<{OWNER}>) escribió:",
        "en": f"On Mon, 7 Dec 2026 at 10:00, {OWNER_NAME} <{OWNER}> wrote:",
    },
    "gmail-wrapped": {
        "it": f"Il giorno lun 7 dic 2026 alle ore 10:00 {OWNER_NAME} <\n{OWNER}> ha scritto:",
        "es": f"El lun, 7 dic 2026 a las 10:00, {OWNER_NAME} (<\n{OWNER}>) escribió:",
        "en": f"On Mon, Dec 7, 2026 at 10:00 AM {OWNER_NAME} <\n{OWNER}> wrote:",
    },
    "apple": {
        "it": f"Il giorno 7 dic 2026, alle ore 10:00, {OWNER_NAME} <{OWNER}> ha scritto:",
        "es": f"El 7 dic 2026, a las 10:00, {OWNER_NAME} <{OWNER}> escribió:",
        "en": f"On 7 Dec 2026, at 10:00, {OWNER_NAME} <{OWNER}> wrote:",
    },
    "thunderbird": {
        "it": f"Il 07/12/2026 10:00, {OWNER_NAME} ha scritto:",
        "es": f"El 7/12/26 a las 10:00, {OWNER_NAME} escribió:",
        "en": f"On 12/7/26 10:00 AM, {OWNER_NAME} wrote:",
    },
}
_OUTLOOK_BLOCK = {
    "it": ("Da: {n} <{e}>\nInviato: lunedì 7 dicembre 2026 10:00\nA: {to}\nOggetto: Re: {s}"),
    "es": ("De: {n} <{e}>\nEnviado el: lunes, 7 de diciembre de 2026 10:00\nPara: {to}\nAsunto: RE: {s}"),
    "en": ("From: {n} <{e}>\nSent: Monday, December 7, 2026 10:00 AM\nTo: {to}\nSubject: RE: {s}"),
}
_ORIGINAL = {
    "it": "-----Messaggio originale-----",
    "es": "-----Mensaje original-----",
    "en": "-----Original Message-----",
}


def _gt(text: str, width: int | None = None) -> str:
    lines = text.split("\n")
    if width:
        lines = [w for ln in lines for w in (textwrap.wrap(ln, width) or [""])]
    return "\n".join(f"> {ln}".rstrip() for ln in lines)


def quoted_body(style: str, lang: str, new: str, *, step: str = "reminder") -> str:
    """A client's reply body in the way a given mail client quotes our reminder."""
    letter = reminder_text(lang, step)
    _name, to = CLIENTS[lang]
    if style in _ATTRIBUTION:
        attribution = _ATTRIBUTION[style][lang]
        if style == "thunderbird":  # bottom-posting: the new text below the quote
            return f"{attribution}\n{_gt(letter, 72)}\n\n{new}\n"
        if style == "apple":
            sent = {"it": "Inviato da iPhone", "es": "Enviado desde mi iPhone", "en": "Sent from my iPhone"}[
                lang
            ]
            return f"{new}\n\n{sent}\n\n{attribution}\n\n{_gt(letter)}\n"
        return f"{new}\n\n{attribution}\n\n{_gt(letter, 76 if style == 'gmail-wrapped' else None)}\n"
    if style == "outlook":
        block = _OUTLOOK_BLOCK[lang].format(n=OWNER_NAME, e=OWNER, to=to, s=SUBJECTS[lang])
        return f"{new}\n\n________________________________\n{block}\n\n{letter}\n"
    if style == "outlook-original":
        block = _OUTLOOK_BLOCK[lang].format(n=OWNER_NAME, e=OWNER, to=to, s=SUBJECTS[lang])
        return f"{new}\n\n{_ORIGINAL[lang]}\n{block}\n\n{letter}\n"
    if style == "inline":  # the client deleted the attribution: our letter pasted below, no markers
        return f"{new}\n\n{letter}\n"
    if style == "inline-wrapped":
        wrapped = "\n".join(w for ln in letter.split("\n") for w in (textwrap.wrap(ln, 72) or [""]))
        return f"{new}\n\n{wrapped}\n"
    if style == "none":
        return f"{new}\n"
    raise ValueError(style)


def _html_reply(lang: str, new: str, *, step: str, outlook: bool) -> str:
    letter = "".join(
        f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in reminder_text(lang, step).split("\n\n")
    )
    mine = "".join(f"<div>{html.escape(ln) or '<br>'}</div>" for ln in new.split("\n"))
    if outlook:
        _name, to = CLIENTS[lang]
        block = _OUTLOOK_BLOCK[lang].format(n=OWNER_NAME, e=OWNER, to=to, s=SUBJECTS[lang])
        head = "<br>".join(html.escape(x) for x in block.split("\n"))
        return (
            f'<html><body><div dir="ltr">{mine}</div><hr style="display:inline-block;width:98%">'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri">{head}</font></div>'
            f"<div>{letter}</div></body></html>"
        )
    attribution = html.escape(_ATTRIBUTION["gmail"][lang])
    return (
        f'<html><body><div dir="ltr">{mine}</div><br><div class="gmail_quote">'
        f'<div dir="ltr" class="gmail_attr">{attribution}<br></div>'
        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">{letter}</blockquote>'
        f"</div></body></html>"
    )


def client_reply(
    lang: str,
    new: str,
    *,
    style: str = "gmail",
    step: str = "reminder",
    frm: str | None = None,
    subject: str | None = None,
    date_: str = "Mon, 14 Dec 2026 10:12:00 +0100",
    threaded: bool = True,
    headers: str = "",
    attachments: tuple[tuple[str, str, bytes], ...] = (),
) -> bytes:
    """A client's answer to our reminder, quoting it in the given `style` ("html-gmail" and
    "html-outlook" send HTML only, as many phones and webmails do)."""
    _, to = CLIENTS[lang]
    prefix = (
        {"it": "R: ", "es": "RE: ", "en": "Re: "}[lang]
        if style.startswith(("outlook", "html-outlook"))
        else "Re: "
    )
    subj = subject if subject is not None else prefix + SUBJECTS[lang]
    thread = (
        (
            f"In-Reply-To: <reminder-{lang}@example.it>\nReferences: <inv-{lang}@example.it> "
            f"<reminder-{lang}@example.it>\n"
        )
        if threaded
        else ""
    )
    if style.startswith("html-"):
        body = _html_reply(lang, new, step=step, outlook=style == "html-outlook")
        return message(
            frm or to,
            subj,
            "",
            date_=date_,
            headers=thread + headers,
            html_body=body,
            html_only=True,
            attachments=attachments,
        )
    return message(
        frm or to,
        subj,
        quoted_body(style, lang, new, step=step),
        date_=date_,
        headers=thread + headers,
        attachments=attachments,
    )


def auto_reply(
    frm: str,
    subject: str,
    body: str,
    *,
    headers: str = "Auto-Submitted: auto-replied\n",
    date_: str = "Mon, 14 Dec 2026 10:12:00 +0100",
) -> bytes:
    return message(frm, subject, body, headers=headers + "In-Reply-To: <reminder@example.it>\n", date_=date_)


def dsn(
    recipient: str,
    action: str,
    status: str,
    diagnostic: str,
    text: str,
    *,
    subject: str = "Undelivered Mail Returned to Sender",
    frm: str = "Mail Delivery System <MAILER-DAEMON@smtp.example.it>",
) -> bytes:
    diag = f"Diagnostic-Code: smtp; {diagnostic}\n" if diagnostic else ""
    return (
        f"From: {frm}\nTo: {OWNER}\nSubject: {subject}\nDate: Mon, 14 Dec 2026 10:12:00 +0100\n"
        "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="DSN"\n\n'
        f"--DSN\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
        "--DSN\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; smtp.example.it\n\n"
        f"Final-Recipient: rfc822; {recipient}\nOriginal-Recipient: rfc822;{recipient}\nAction: {action}\n"
        f"Status: {status}\n{diag}\n"
        "--DSN\nContent-Type: text/rfc822-headers\n\n"
        f"From: {OWNER_NAME} <{OWNER}>\nTo: {recipient}\nSubject: Re: Fattura 12/2026\n"
        "Message-ID: <reminder-it@example.it>\n--DSN--\n"
    ).encode()


# --------------------------------------------------------------------------------------------------
# payment notifications
# --------------------------------------------------------------------------------------------------


def _payments() -> list[Case]:
    out: list[Case] = []

    def add(
        name: str,
        frm: str,
        subject: str,
        body: str,
        amount: Money | None,
        reference: str | None,
        *,
        lang: str,
        headers: str = "",
        html_body: str | None = None,
        html_only: bool = False,
        date_: str = "Tue, 15 Dec 2026 08:41:00 +0100",
    ) -> None:
        facts: dict[str, object] = {"amount": amount}
        if reference is not None:
            facts["reference"] = reference
        out.append(
            Case(
                name,
                message(
                    frm, subject, body, headers=headers, html_body=html_body, html_only=html_only, date_=date_
                ),
                "payment-notification",
                facts,
                lang=lang,
            )
        )

    # PayPal
    add(
        "paypal-it",
        "PayPal <service@paypal.it>",
        "Hai ricevuto un pagamento",
        "Ciao Alessandra Rossi,\n\nACME srl ti ha inviato 1.220,00 € EUR.\n\nDettagli transazione\n"
        "ID transazione: 5TY05013RG002845M\nData transazione: 15 dicembre 2026\n"
        "Nota di ACME srl: Saldo fattura 12/2026\n\nImporto ricevuto: 1.220,00 € EUR\n",
        eur("1220.00"),
        "12/2026",
        lang="it",
    )
    add(
        "paypal-es",
        "PayPal <service@paypal.es>",
        "Ha recibido un pago",
        "Hola, Alessandra Rossi:\n\nHas recibido un pago de 350,00 € EUR de Construcciones Pérez SL.\n\n"
        "Nota de Construcciones Pérez SL:\nFactura 2026/7\n\nId. de transacción: 9KL33322XY1234567\n",
        eur("350.00"),
        "2026/7",
        lang="es",
    )
    add(
        "paypal-en",
        "PayPal <service@paypal.co.uk>",
        "You've got money",
        "Hello Alessandra Rossi,\n\nYou received a payment of £480.00 GBP from Globex Ltd "
        "(accounts@globex.co.uk).\n\nNote from Globex Ltd: Invoice INV-0042\n\nTransaction ID: 1AB23456CD789012E\n",
        money("480.00", "GBP"),
        "INV-0042",
        lang="en",
    )
    add(
        "paypal-en-html",
        "PayPal <service@paypal.com>",
        "Notification of payment received",
        "",
        money("1250.00", "USD"),
        "INV-0051",
        lang="en",
        html_body=(
            "<html><body><table><tr><td><h1>You've got money!</h1></td></tr>"
            "<tr><td>Initech Inc. sent you <b>$1,250.00 USD</b></td></tr>"
            "<tr><td>Note from Initech Inc.<br>Payment for invoice INV-0051</td></tr>"
            "<tr><td>Transaction ID 3JK998877LM66554N</td></tr></table></body></html>"
        ),
        html_only=True,
    )
    # Stripe
    add(
        "stripe-succeeded",
        "Stripe <notifications@stripe.com>",
        "Payment of €1,220.00 from ACME srl succeeded",
        "A payment of €1,220.00 from mario.bianchi@acme.it succeeded.\n\nAmount: €1,220.00\n"
        "Description: Invoice 12/2026\nPayment method: Visa •••• 4242\nView payment in your Dashboard\n",
        eur("1220.00"),
        "12/2026",
        lang="en",
    )
    add(
        "stripe-invoice-paid",
        "Stripe <invoicing@stripe.com>",
        "Invoice INV-0042 has been paid",
        "Globex Ltd paid invoice INV-0042.\n\nInvoice INV-0042 has been paid.\nAmount paid: £480.00\n"
        "Paid on: December 15, 2026\n",
        money("480.00", "GBP"),
        "INV-0042",
        lang="en",
    )
    add(
        "stripe-it",
        "Stripe <notifications@stripe.com>",
        "Pagamento di 90,00 € da Luca Verdi riuscito",
        "Hai ricevuto un nuovo pagamento.\n\nImporto: 90,00 €\nCliente: luca.verdi@gmail.com\n"
        "Descrizione: Fattura 15/2026\n",
        eur("90.00"),
        "15/2026",
        lang="it",
    )
    # SumUp
    add(
        "sumup-it",
        "SumUp <no-reply@sumup.com>",
        "Hai ricevuto un pagamento di 45,00 €",
        "Ciao Alessandra,\nhai ricevuto un pagamento tramite link di pagamento.\n\nImporto: 45,00 €\n"
        "Descrizione: Fattura 16/2026\nCodice transazione: TDRX4Y7KQZ\n",
        eur("45.00"),
        "16/2026",
        lang="it",
    )
    add(
        "sumup-es",
        "SumUp <no-reply@sumup.com>",
        "Pago recibido",
        "Hola Alessandra:\n\nPago recibido a través de tu enlace de pago.\nImporte: 120,00 €\n"
        "Descripción: Factura 2026/9\n",
        eur("120.00"),
        "2026/9",
        lang="es",
    )
    # Satispay
    add(
        "satispay-it",
        "Satispay <noreply@satispay.com>",
        "Hai ricevuto 80,00 €",
        "Hai ricevuto 80,00 € da Giulia Neri.\nMessaggio: fatt. 17/2026\n",
        eur("80.00"),
        "17/2026",
        lang="it",
    )
    add(
        "satispay-business",
        "Satispay Business <business@satispay.com>",
        "Nuovo pagamento ricevuto",
        "Pagamento ricevuto\n\nImporto: 150,00 €\nDa: Studio Ferri\nCausale: Fattura n. 18/2026\n",
        eur("150.00"),
        "18/2026",
        lang="it",
    )
    # Wise
    add(
        "wise-en",
        "Wise <noreply@wise.com>",
        "You've received 1,220.00 EUR",
        "Hi Alessandra,\n\nYou've received 1,220.00 EUR from GLOBEX LTD.\n\nReference: INV-0042\n"
        "It's now in your EUR balance.\n",
        eur("1220.00"),
        "INV-0042",
        lang="en",
    )
    add(
        "wise-it",
        "Wise <noreply@wise.com>",
        "Hai ricevuto 600,00 EUR",
        "Ciao Alessandra,\n\nhai ricevuto 600,00 EUR da ROSSI IMPIANTI SRL.\n\nRiferimento: FT 19/2026\n",
        eur("600.00"),
        "19/2026",
        lang="it",
    )
    add(
        "wise-es",
        "Wise <noreply@wise.com>",
        "Has recibido 300,00 EUR",
        "Hola, Alessandra:\n\nHas recibido 300,00 EUR de TALLERES GOMEZ SL.\n\nReferencia: Factura 2026/11\n",
        eur("300.00"),
        "2026/11",
        lang="es",
    )
    # Italian banks
    add(
        "intesa-bonifico",
        "Intesa Sanpaolo <notifiche@intesasanpaolo.com>",
        "Bonifico in entrata",
        "Gentile Cliente,\nti informiamo che è stato accreditato sul tuo conto un bonifico in entrata.\n\n"
        "Ordinante: ACME SRL\nImporto: EUR 1.220,00\nData valuta: 15/12/2026\n"
        "Causale: SALDO FATTURA 12/2026\n\nIntesa Sanpaolo\n",
        eur("1220.00"),
        "12/2026",
        lang="it",
    )
    add(
        "unicredit-accredito",
        "UniCredit <notifiche@unicredit.it>",
        "Notifica accredito bonifico",
        "Accredito di un bonifico sul conto corrente n. ****4521\n\nImporto: 750,00 EUR\n"
        "Ordinante: STUDIO LEGALE BIANCHI\nCausale: PAGAMENTO FT 20/2026\n",
        eur("750.00"),
        "20/2026",
        lang="it",
    )
    add(
        "fineco-sepa",
        "FinecoBank <infoservizi@fineco.it>",
        "Bonifico SEPA ricevuto",
        "Ti confermiamo che è stato ricevuto un bonifico SEPA a tuo favore.\nImporto: 2.440,00 €\n"
        "Ordinante: Bianchi Costruzioni S.p.A.\nCausale: fatt. 21/2026 e 22/2026\n",
        eur("2440.00"),
        "21/2026",
        lang="it",
    )
    add(
        "poste-bonifico",
        "BancoPosta <noreply@bancoposta.it>",
        "Hai ricevuto un bonifico",
        "Gentile cliente,\nhai ricevuto un bonifico di 300,00 € sul tuo Conto BancoPosta.\n"
        "Mittente: VERDI LUCA\nDescrizione: fattura 23/2026\n",
        eur("300.00"),
        "23/2026",
        lang="it",
    )
    add(
        "n26-it",
        "N26 <no-reply@n26.com>",
        "Hai ricevuto 1.000,00 €",
        "Ciao Alessandra, hai ricevuto 1.000,00 € da Marco Gialli.\nRiferimento: Fattura 24/2026 acconto\n",
        eur("1000.00"),
        "24/2026",
        lang="it",
    )
    add(
        "revolut-it",
        "Revolut <no-reply@revolut.com>",
        "Hai ricevuto denaro",
        "Hai ricevuto 200,00 € da Francesca Blu.\nNota: fattura 25/2026\n",
        eur("200.00"),
        "25/2026",
        lang="it",
    )
    add(
        "sella-istantaneo",
        "Banca Sella <notifiche@sella.it>",
        "Bonifico istantaneo in entrata",
        "Ti segnaliamo un bonifico istantaneo in entrata di EUR 540,00 dal cliente TECNOSTUDIO SRL.\n"
        "Causale: Fattura 26/2026\n",
        eur("540.00"),
        "26/2026",
        lang="it",
    )
    # Spanish banks and Bizum
    add(
        "bbva-transferencia",
        "BBVA <avisos@bbva.es>",
        "Transferencia recibida",
        "Hola ALESSANDRA:\n\nHas recibido una transferencia en tu cuenta ·1234.\n\nImporte: 1.220,00 €\n"
        "Ordenante: CONSTRUCCIONES PEREZ SL\nConcepto: FRA 2026/7\n",
        eur("1220.00"),
        "2026/7",
        lang="es",
    )
    add(
        "caixabank-abono",
        "CaixaBank <notificaciones@caixabank.com>",
        "Aviso de transferencia recibida",
        "Le informamos de que se ha abonado en su cuenta una transferencia.\nImporte: 480,00 EUR\n"
        "Ordenante: GOMEZ Y ASOCIADOS\nConcepto: Factura 2026/12\n",
        eur("480.00"),
        "2026/12",
        lang="es",
    )
    add(
        "santander-ingreso",
        "Banco Santander <avisos@santander.es>",
        "Ingreso en tu cuenta",
        "Te informamos de que se ha ingresado una transferencia en tu cuenta.\nImporte: 95,50 €\n"
        "Ordenante: Marta Ruiz\nConcepto: factura 2026/13\n",
        eur("95.50"),
        "2026/13",
        lang="es",
    )
    add(
        "ing-es",
        "ING <ing@ing.es>",
        "Te han hecho una transferencia",
        "¡Hola Alessandra!\nTe han hecho una transferencia de 250,00 € a tu Cuenta NARANJA.\n"
        "Concepto: Factura 2026/14\n",
        eur("250.00"),
        "2026/14",
        lang="es",
    )
    add(
        "bizum-received",
        "Bizum <notificaciones@bizum.es>",
        "Has recibido un Bizum",
        "Has recibido un Bizum de 60,00 € de PABLO LOPEZ.\nConcepto: factura 2026/15\n",
        eur("60.00"),
        "2026/15",
        lang="es",
    )
    add(
        "sabadell-bizum",
        "Banco Sabadell <avisos@bancsabadell.com>",
        "Bizum recibido",
        "Bizum recibido\nImporte: 35,00 €\nDe: Ana Torres\nConcepto: Fra. 2026/16\n",
        eur("35.00"),
        "2026/16",
        lang="es",
    )
    # English banks
    add(
        "monzo",
        "Monzo <help@monzo.com>",
        "You've been paid",
        "You got £300.00 from GLOBEX LTD.\nReference: INV-0043\n",
        money("300.00", "GBP"),
        "INV-0043",
        lang="en",
    )
    add(
        "barclays",
        "Barclays <alerts@barclays.co.uk>",
        "Incoming payment",
        "An incoming payment of £1,000.00 has been credited to your account ending 7788.\n"
        "From: INITECH UK\nReference: INV 0044\n",
        money("1000.00", "GBP"),
        None,
        lang="en",
    )
    # remittance advices from a client's accounts-payable system
    add(
        "remittance-en",
        "Globex Accounts Payable <noreply@globex.co.uk>",
        "Remittance Advice - Payment 88812",
        "REMITTANCE ADVICE\n\nPayment date: 15/12/2026\nPayment method: BACS\nPayee: Alessandra Rossi\n\n"
        "Invoice No.   Date         Amount\nINV-0042      02/11/2026   £480.00\n\nTotal paid: £480.00\n",
        money("480.00", "GBP"),
        "INV-0042",
        lang="en",
        headers="Auto-Submitted: auto-generated\n",
    )
    add(
        "avviso-pagamento-it",
        "Amministrazione ACME <noreply@acme.it>",
        "Avviso di pagamento",
        "Avviso di pagamento\n\nVi comunichiamo che in data 15/12/2026 abbiamo disposto il bonifico a saldo "
        "della fattura n. 12/2026.\nImporto: 1.220,00 €\nBanca: Intesa Sanpaolo\n",
        eur("1220.00"),
        "12/2026",
        lang="it",
        headers="Auto-Submitted: auto-generated\n",
    )
    add(
        "aviso-pago-es",
        "Pagos Pérez <no-reply@construccionesperez.es>",
        "Aviso de pago",
        "Aviso de pago\n\nLe comunicamos que hemos ordenado la transferencia correspondiente a la "
        "factura 2026/7.\nImporte: 1.220,00 €\nFecha: 15/12/2026\n",
        eur("1220.00"),
        "2026/7",
        lang="es",
        headers="Auto-Submitted: auto-generated\n",
    )
    return out


# --------------------------------------------------------------------------------------------------
# client replies
# --------------------------------------------------------------------------------------------------


def _replies() -> list[Case]:
    out: list[Case] = []

    def add(
        name: str, lang: str, new: str, kind: str, facts: Mapping[str, object] | None = None, **kw: object
    ) -> None:
        out.append(
            Case(
                name,
                client_reply(lang, new, **kw),
                f"client-reply-{kind}",
                dict(facts or {}),  # type: ignore[arg-type]
                lang=lang,
            )
        )

    # ---- paid ---------------------------------------------------------------------------------
    add(
        "paid-it-gmail",
        "it",
        "Buongiorno Alessandra,\nil bonifico è stato fatto ieri, dovrebbe arrivarle a "
        "breve.\n\nCordiali saluti\nMario Bianchi",
        "paid",
    )
    add(
        "paid-it-outlook",
        "it",
        "Gentile dott.ssa Rossi,\nle confermo che abbiamo pagato la fattura 12/2026 "
        "in data 11/12/2026.\nSaluti",
        "paid",
        {"reference": "12/2026"},
        style="outlook",
    )
    add("paid-it-apple", "it", "Già pagata venerdì, controlla pure.", "paid", style="apple")
    add("paid-it-terse", "it", "Pagato!", "paid", style="gmail")
    add(
        "paid-it-contabile",
        "it",
        "Buongiorno, in allegato la contabile del bonifico.\nSaluti",
        "paid",
        attachments=(("contabile.pdf", "application/pdf", b"%PDF-1.4 contabile"),),
    )
    add(
        "paid-it-thunderbird",
        "it",
        "Ciao, abbiamo saldato stamattina con bonifico istantaneo.\nMario",
        "paid",
        style="thunderbird",
    )
    add(
        "paid-es-gmail",
        "es",
        "Hola Alessandra,\nya hemos realizado la transferencia esta mañana.\nUn saludo,\nLucía",
        "paid",
    )
    add(
        "paid-es-outlook",
        "es",
        "Buenos días:\nLe adjunto el justificante de la transferencia.\nSaludos",
        "paid",
        style="outlook",
        attachments=(("justificante.pdf", "application/pdf", b"%PDF-1.4 j"),),
    )
    add("paid-es-terse", "es", "Ya pagué ayer, perdona el retraso.", "paid", style="apple")
    add(
        "paid-es-factura",
        "es",
        "La factura 2026/7 ya está pagada desde el viernes.",
        "paid",
        {"reference": "2026/7"},
        style="inline",
    )
    add(
        "paid-en-gmail",
        "en",
        "Hi Alessandra,\n\nWe paid this yesterday by bank transfer, it should reach "
        "you in a day or two.\n\nBest,\nJohn",
        "paid",
    )
    add(
        "paid-en-outlook",
        "en",
        "Hello,\nPayment of £480.00 was sent on 11 December. Remittance attached.\n"
        "Kind regards\nAccounts Payable",
        "paid",
        {"amount": money("480.00", "GBP")},
        style="outlook",
    )
    add("paid-en-terse", "en", "Done - paid just now.", "paid", style="html-gmail")
    add(
        "paid-en-already",
        "en",
        "This invoice has already been paid, please check your account.",
        "paid",
        style="inline-wrapped",
    )

    # ---- promise ------------------------------------------------------------------------------
    add(
        "promise-it-venerdi",
        "it",
        "Buongiorno, pagherò venerdì, mi scusi per il ritardo.",
        "promise",
        {"promised_date": date(2026, 12, 18)},
    )
    add(
        "promise-it-finemese",
        "it",
        "Gentile Alessandra,\nprovvederemo al pagamento entro fine mese.\nCordiali saluti",
        "promise",
        {"promised_date": date(2026, 12, 31)},
        style="outlook",
    )
    add(
        "promise-it-lunedi",
        "it",
        "Ciao, faccio il bonifico lunedì prossimo. Scusa!",
        "promise",
        {"promised_date": date(2026, 12, 21)},
        style="apple",
    )
    add(
        "promise-it-data",
        "it",
        "Il pagamento verrà effettuato il 22/12/2026 con la distinta di fine anno.",
        "promise",
        {"promised_date": date(2026, 12, 22)},
        style="html-outlook",
    )
    add(
        "promise-it-settimana",
        "it",
        "Le faremo il bonifico la prossima settimana.",
        "promise",
        {"promised_date": None},
        style="thunderbird",
    )  # vague: never a guessed date (issue 15)
    add(
        "promise-it-afinemese",
        "it",
        "Ok, a fine mese saldiamo tutto.",
        "promise",
        {"promised_date": date(2026, 12, 31)},
        style="gmail-wrapped",
    )
    add(
        "promise-es-semana",
        "es",
        "Hola Alessandra, te hacemos la transferencia la semana que viene.",
        "promise",
        {"promised_date": None},
    )  # vague: never a guessed date (issue 15)
    add(
        "promise-es-primeros",
        "es",
        "Buenos días,\nla pagaremos a primeros de mes, en cuanto cobremos.\nSaludos",
        "promise",
        {"promised_date": None},
        style="outlook",
    )  # vague (issue 15)
    add(
        "promise-es-viernes",
        "es",
        "Realizaremos el pago el viernes sin falta.",
        "promise",
        {"promised_date": date(2026, 12, 18)},
        style="apple",
    )
    add(
        "promise-es-fecha",
        "es",
        "El pago se hará el 20 de diciembre, disculpa las molestias.",
        "promise",
        {"promised_date": date(2026, 12, 20)},
        style="inline",
    )
    add(
        "promise-en-15th",
        "en",
        "Hi, we'll pay by the 15th, sorry for the delay.",
        "promise",
        {"promised_date": date(2026, 12, 15)},
    )
    add(
        "promise-en-nextweek",
        "en",
        "Thanks for the reminder. We will settle the invoice next week.",
        "promise",
        {"promised_date": None},
        style="outlook",
    )  # vague: never a guessed date (issue 15)
    add(
        "promise-en-scheduled",
        "en",
        "Hello Alessandra,\nThe payment is scheduled for 18 December.\nRegards",
        "promise",
        {"promised_date": date(2026, 12, 18)},
        style="html-outlook",
    )
    add(
        "promise-en-friday",
        "en",
        "Apologies - I'll pay this on Friday.",
        "promise",
        {"promised_date": date(2026, 12, 18)},
        style="thunderbird",
    )

    # ---- dispute ------------------------------------------------------------------------------
    add(
        "dispute-it-importo",
        "it",
        "Buongiorno,\nl'importo non è corretto: avevamo concordato 1.000 € + IVA.\n"
        "Attendiamo una nota di credito.",
        "dispute",
    )
    add(
        "dispute-it-lavoro",
        "it",
        "Non paghiamo finché il sito non funziona: il lavoro non è completato.",
        "dispute",
        style="outlook",
    )
    add(
        "dispute-it-duplicata",
        "it",
        "Questa fattura è duplicata, l'avevamo già pagata con la 11/2026.",
        "dispute",
        style="apple",
    )
    add("dispute-es-error", "es", "Hola, hay un error en la factura: las horas no son 40 sino 32.", "dispute")
    add(
        "dispute-es-acuerdo",
        "es",
        "No estamos de acuerdo con el importe, no corresponde con el presupuesto.",
        "dispute",
        style="outlook",
    )
    add(
        "dispute-en-wrong",
        "en",
        "The amount on this invoice is wrong - we agreed a fixed fee of £400.",
        "dispute",
    )
    add(
        "dispute-en-delivery",
        "en",
        "We haven't received the final deliverables yet, so we dispute this invoice until they arrive.",
        "dispute",
        style="html-gmail",
    )

    # ---- other ---------------------------------------------------------------------------------
    add(
        "other-it-verifico",
        "it",
        "Buongiorno, giro la sua mail all'amministrazione e le faccio sapere.",
        "other",
    )
    add(
        "other-it-iban",
        "it",
        "Mi può rimandare l'IBAN? Non lo trovo nella fattura.",
        "other",
        style="outlook",
    )
    add("other-it-grazie", "it", "Ricevuto, grazie.", "other", style="inline")
    add(
        "other-it-pec",
        "it",
        "Può inviarci la fattura anche via PEC o tramite SdI? Grazie",
        "other",
        style="thunderbird",
    )
    add("other-es-contabilidad", "es", "Lo paso a contabilidad y te digo algo.", "other")
    add(
        "other-es-copia",
        "es",
        "¿Me puedes reenviar la factura en PDF? No me llegó.",
        "other",
        style="inline-wrapped",
    )
    add(
        "other-en-who",
        "en",
        "Hi, I've forwarded this to our finance team, they will get back to you.",
        "other",
    )
    add(
        "other-en-po",
        "en",
        "Could you add our PO number 4500123 to the invoice please?",
        "other",
        style="outlook",
    )
    add("other-en-thanks", "en", "Thanks Alessandra, noted.", "other", style="html-outlook")
    add(
        "other-en-leaving",
        "en",
        "I'm leaving the company at the end of the month; please write to accounts@globex.co.uk from now on.",
        "other",
        style="apple",
    )
    # replies that quote our "if you have already paid" line with no quote markers
    for lang, new in (
        ("it", "Ok, verifico con la banca."),
        ("es", "Vale, lo compruebo."),
        ("en", "OK, checking with our bank."),
    ):
        for style in ("inline", "inline-wrapped"):
            for step in ("reminder", "due", "final"):
                add(f"echo-{lang}-{style}-{step}", lang, new, "other", style=style, step=step)
    return out


# --------------------------------------------------------------------------------------------------
# auto-replies
# --------------------------------------------------------------------------------------------------


def _auto_replies() -> list[Case]:
    a = "Auto-Submitted: auto-replied\n"
    cases = [
        (
            "ooo-it",
            "Mario Bianchi <mario.bianchi@acme.it>",
            "Risposta automatica: Re: Fattura 12/2026",
            (
                "Buongiorno,\nsarò fuori ufficio fino al 6 gennaio 2027 con accesso limitato alla posta.\n"
                "Rientrerò in ufficio il 7 gennaio 2027.\nPer urgenze: amministrazione@acme.it"
            ),
            a,
            date(2027, 1, 7),
            "it",
        ),
        (
            "ooo-it-noheader",
            "Giulia Neri <giulia@studioneri.it>",
            "Fuori sede",
            "Sono in ferie fino al 2 gennaio. Rispondo al rientro.",
            "",
            date(2027, 1, 2),
            "it",
        ),
        (
            "ooo-es",
            "Lucía Pérez <lucia@construccionesperez.es>",
            "Respuesta automática: RE: Factura 2026/7",
            (
                "Hola,\nestaré fuera de la oficina hasta el 8 de enero. Estaré de vuelta el 8 de enero de 2027.\n"
                "Un saludo"
            ),
            "X-Autoreply: yes\n",
            date(2027, 1, 8),
            "es",
        ),
        (
            "ooo-es-vacaciones",
            "Pablo López <pablo@talleresgomez.es>",
            "Fuera de la oficina",
            "Estoy de vacaciones. Volveré el lunes 11 de enero.",
            "Precedence: auto_reply\n",
            date(2027, 1, 11),
            "es",
        ),
        (
            "ooo-en-exchange",
            "John Carter <j.carter@globex.co.uk>",
            "Automatic reply: Re: Invoice INV-0042",
            (
                "Thank you for your email. I am out of the office until Monday 4 January 2027 with no access to "
                "email. I will be back on 4 January 2027."
            ),
            "X-Auto-Response-Suppress: All\n",
            date(2027, 1, 4),
            "en",
        ),
        (
            "ooo-en-gmail",
            "Sarah Lee <sarah@initech.com>",
            "Out of Office: Re: Invoice INV-0051",
            "Hi, I'm away until 21 December and will reply when I'm back.",
            a,
            date(2026, 12, 21),
            "en",
        ),
        (
            "ooo-en-nodate",
            "Accounts <accounts@globex.co.uk>",
            "Auto: Re: Invoice INV-0042",
            "Thank you for contacting Globex Accounts. We aim to reply within 2 working days.",
            a,
            None,
            "en",
        ),
        (
            "ooo-fr",
            "Claire Martin <claire.martin@exemple.fr>",
            "Réponse automatique : Facture 31/2026",
            (
                "Bonjour,\nJe suis absente du bureau jusqu'au 4 janvier 2027. Je serai de retour le 5 janvier 2027.\n"
                "Cordialement"
            ),
            a,
            date(2027, 1, 5),
            "fr",
        ),
        (
            "ooo-fr-conges",
            "Luc Bernard <luc@bernard-conseil.fr>",
            "Absent",
            "Je suis en congés. Retour prévu le 04/01/2027.",
            "X-Autoreply: yes\n",
            date(2027, 1, 4),
            "fr",
        ),
        (
            "ooo-de",
            "Klaus Weber <k.weber@beispiel.de>",
            "Abwesenheitsnotiz: Rechnung 32/2026",
            (
                "Guten Tag,\nich bin bis einschließlich 3. Januar 2027 nicht im Büro. Ab dem 4. Januar 2027 bin ich "
                "wieder erreichbar.\nMit freundlichen Grüßen"
            ),
            a,
            date(2027, 1, 4),
            "de",
        ),
        (
            "ooo-de-urlaub",
            "Anna Schmidt <anna.schmidt@firma.de>",
            "Automatische Antwort: Rechnung 33/2026",
            "Vielen Dank für Ihre Nachricht. Ich bin im Urlaub und ab 11.01.2027 wieder im Büro.",
            a,
            date(2027, 1, 11),
            "de",
        ),
        (
            "ooo-it-apple",
            "Marco Gialli <marco@gialli.it>",
            "Assente: Fattura 24/2026",
            "Sono assente per lavoro. Tornerò lunedì 21 dicembre.",
            "X-Apple-Action: vacation\n",
            date(2026, 12, 21),
            "it",
        ),
    ]
    return [
        Case(
            name,
            auto_reply(frm, subject, body, headers=headers),
            "auto-reply",
            {"return_date": back},
            lang=lang,
        )
        for name, frm, subject, body, headers, back, lang in cases
    ]


# --------------------------------------------------------------------------------------------------
# bounces
# --------------------------------------------------------------------------------------------------


def _bounces() -> list[Case]:
    out = [
        Case(
            "dsn-user-unknown",
            dsn(
                "mario@acme.it",
                "failed",
                "5.1.1",
                "550 5.1.1 <mario@acme.it>: Recipient address rejected: User unknown",
                "This is the mail system at host smtp.example.it.\n\nI'm sorry to have to "
                "inform you that your message could not\nbe delivered to one or more "
                "recipients.",
            ),
            "bounce",
            {"failed_recipient": "mario@acme.it", "permanent": True},
            lang="en",
        ),
        Case(
            "dsn-delayed",
            dsn(
                "lucia@construccionesperez.es",
                "delayed",
                "4.4.1",
                "451 4.4.1 Connection timed out",
                "This is the mail system at host smtp.example.it.\n\n####################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################\n\nYour message could not be delivered for 4 hours.\n"
                "It will be retried until it is 5 days old.",
                subject="Delayed Mail (still being retried)",
            ),
            "bounce",
            {"failed_recipient": "lucia@construccionesperez.es", "permanent": False},
            lang="en",
        ),
        Case(
            "dsn-mailbox-full-it",
            dsn(
                "giulia@studioneri.it",
                "failed",
                "5.2.2",
                "552 5.2.2 Mailbox full",
                "Il messaggio non è stato recapitato: la casella del destinatario è piena.",
                subject="Messaggio non recapitabile",
            ),
            "bounce",
            {"failed_recipient": "giulia@studioneri.it", "permanent": True},
            lang="it",
        ),
        Case(
            "aruba-plain",
            message(
                "Mail Delivery System <MAILER-DAEMON@aruba.it>",
                "Mail delivery failed: returning message to sender",
                "This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                "  amministrazione@rossi-impianti.it\n    host mx.rossi-impianti.it "
                "[192.0.2.10]\n    SMTP error from remote mail server after RCPT "
                "TO:<amministrazione@rossi-impianti.it>:\n    550 5.1.1 User unknown\n",
                headers="X-Failed-Recipients: amministrazione@rossi-impianti.it\n",
            ),
            "bounce",
            {"failed_recipient": "amministrazione@rossi-impianti.it", "permanent": True},
            lang="en",
        ),
        Case(
            "gmail-delay",
            message(
                "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                "Delivery Status Notification (Delay)",
                "** Message delayed **\n\nThere was a temporary problem delivering your "
                "message to pablo@talleresgomez.es. Gmail will retry for 47 more hours. "
                "You'll be notified if the delivery fails permanently.\n\nThe response was:\n"
                "The recipient server did not accept our requests to connect.\n",
            ),
            "bounce",
            {"failed_recipient": "pablo@talleresgomez.es", "permanent": False},
            lang="en",
        ),
        Case(
            "outlook-ndr-es",
            message(
                "Microsoft Outlook <postmaster@outlook.com>",
                "No se puede entregar: Factura 2026/7",
                "No se pudo entregar a estos destinatarios o grupos:\n\n"
                "pagos@construccionesperez.es\nNo se encontró la dirección de correo "
                "electrónico que ha especificado.\n\nRemote Server returned "
                "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found'\n",
                headers="X-MS-Exchange-Message-Is-Ndr: \n",
            ),
            "bounce",
            {"failed_recipient": "pagos@construccionesperez.es", "permanent": True},
            lang="es",
        ),
    ]
    return out


# --------------------------------------------------------------------------------------------------
# other: mail that must change nothing
# --------------------------------------------------------------------------------------------------


def _others() -> list[Case]:
    def c(name: str, raw: bytes, lang: str) -> Case:
        return Case(name, raw, "other", {}, lang=lang)

    return [
        c(
            "paypal-sent",
            message(
                "PayPal <service@paypal.it>",
                "Hai inviato un pagamento",
                "Hai inviato 25,00 € EUR a Aruba S.p.A.\nID transazione: 7GH12345\n",
            ),
            "it",
        ),
        c(
            "paypal-en-sent",
            message(
                "PayPal <service@paypal.com>",
                "Receipt for your payment to Adobe",
                "You sent a payment of $59.99 USD to Adobe Inc.\nIt may take a few moments "
                "for this transaction to appear in your account.\n",
            ),
            "en",
        ),
        c(
            "stripe-payout",
            message(
                "Stripe <notifications@stripe.com>",
                "Your payout of €1,220.00 is on the way",
                "A payout of €1,220.00 is on its way to your bank account ending 4521.\n"
                "Expected arrival: December 17, 2026\n",
            ),
            "en",
        ),
        c(
            "bank-addebito",
            message(
                "Intesa Sanpaolo <notifiche@intesasanpaolo.com>",
                "Addebito carta",
                "Ti informiamo che è stato effettuato un addebito di 49,90 € sulla tua carta "
                "****1234 presso AMAZON EU.\n",
            ),
            "it",
        ),
        c(
            "bank-bonifico-uscita",
            message(
                "UniCredit <notifiche@unicredit.it>",
                "Bonifico in uscita eseguito",
                "Il tuo bonifico di 300,00 € a favore di AFFITTI SRL è stato eseguito.\n"
                "Causale: canone dicembre\n",
            ),
            "it",
        ),
        c(
            "bizum-sent",
            message(
                "Bizum <notificaciones@bizum.es>",
                "Has enviado un Bizum",
                "Has enviado un Bizum de 12,00 € a MARIA GARCIA.\nConcepto: cena\n",
            ),
            "es",
        ),
        c(
            "wise-outgoing",
            message(
                "Wise <noreply@wise.com>",
                "Your transfer to Studio Grafico is complete",
                "Your transfer of 400.00 EUR to Studio Grafico has arrived.\nTransfer #123456789\n",
            ),
            "en",
        ),
        c(
            "satispay-paid",
            message(
                "Satispay <noreply@satispay.com>", "Hai pagato 3,50 €", "Hai pagato 3,50 € a Bar Centrale.\n"
            ),
            "it",
        ),
        c(
            "newsletter-paypal",
            message(
                "PayPal <news@mail.paypal.it>",
                "Ricevi pagamenti più velocemente",
                "Con PayPal Business ricevi pagamenti in pochi secondi. Scopri come "
                "farti pagare le fatture online!\n",
                headers="List-Unsubscribe: <mailto:unsub@paypal.it>\nPrecedence: bulk\n",
            ),
            "it",
        ),
        c(
            "own-reminder-copy",
            message(
                f"{OWNER_NAME} <{OWNER}>",
                "Re: Fattura 12/2026",
                reminder_text("it"),
                to="Mario Bianchi <mario.bianchi@acme.it>",
                headers="X-Mailduns: reminder; invoice=12/2026; step=reminder\n",
            ),
            "it",
        ),
        c(
            "amazon-order",
            message(
                "Amazon.it <conferma-ordine@amazon.it>",
                "Il tuo ordine Amazon.it",
                "Grazie per il tuo ordine. Abbiamo ricevuto il tuo pagamento di 49,90 €.\n",
            ),
            "it",
        ),
        c(
            "linkedin",
            message(
                "LinkedIn <messages-noreply@linkedin.com>",
                "Hai un nuovo messaggio",
                'Mario ti ha inviato un messaggio: "Ciao, hai tempo per una call?"\n',
                headers="List-Unsubscribe: <https://www.linkedin.com/unsub>\n",
            ),
            "it",
        ),
        c(
            "phishing",
            message(
                "PayPal Security <security@paypa1-alert.com>",
                "Your account is limited",
                "We noticed unusual activity. Confirm your identity to receive your pending "
                "payment of $2,400.00.\n",
            ),
            "en",
        ),
        c(
            "calendar-invite",
            message(
                "Google Calendar <calendar-notification@google.com>",
                "Invitation: Call con ACME @ Wed 16 Dec 2026 11:00",
                "Mario Bianchi has invited you to a meeting.\nWhen: Wed 16 Dec 2026 11:00\n",
            ),
            "en",
        ),
    ]


CASES: list[Case] = [*_payments(), *_replies(), *_auto_replies(), *_bounces(), *_others()]


# --------------------------------------------------------------------------------------------------
# held out: written after classify.py was tuned on CASES, never used to tune it
# --------------------------------------------------------------------------------------------------


def _holdout() -> list[Case]:
    out: list[Case] = []

    def pay(
        name: str,
        frm: str,
        subject: str,
        body: str,
        amount: Money,
        reference: str | None,
        lang: str,
        headers: str = "",
    ) -> None:
        facts: dict[str, object] = {"amount": amount}
        if reference is not None:
            facts["reference"] = reference
        out.append(
            Case(
                name,
                message(frm, subject, body, headers=headers, date_="Wed, 16 Dec 2026 07:05:00 +0100"),
                "payment-notification",
                facts,
                holdout=True,
                lang=lang,
            )
        )

    pay(
        "h-paypal-it-fattura",
        "PayPal <service@paypal.it>",
        "Notifica di pagamento ricevuto",
        "Ciao Alessandra Rossi,\nhai ricevuto 610,00 € EUR da Studio Ferri.\n\nMessaggio: Saldo fattura n. 27/2026\n"
        "Numero transazione: 0XY12345AB6789012\n",
        eur("610.00"),
        "27/2026",
        "it",
    )
    pay(
        "h-stripe-checkout",
        "Stripe <notifications@stripe.com>",
        "You received a payment of £250.00",
        "You received a new payment from Initech UK.\n\nAmount paid  £250.00\nDescription  Invoice INV-0060\n"
        "Date  16 Dec 2026\n",
        money("250.00", "GBP"),
        "INV-0060",
        "en",
    )
    pay(
        "h-wise-usd",
        "Wise <noreply@wise.com>",
        "Money in: 1,500.00 USD",
        "Hi Alessandra,\n\nYou've just received 1,500.00 USD from INITECH INC.\nReference: INV-0061\n",
        money("1500.00", "USD"),
        "INV-0061",
        "en",
    )
    pay(
        "h-bper-bonifico",
        "BPER Banca <comunicazioni@bper.it>",
        "Avviso: bonifico ricevuto",
        "Gentile cliente,\nle comunichiamo che sul suo conto è stato accreditato un bonifico.\n"
        "Importo: 880,00 EUR\nOrdinante: VERDI ARREDAMENTI SNC\nCausale: FT. 28/2026\n",
        eur("880.00"),
        "28/2026",
        "it",
    )
    pay(
        "h-hype-it",
        "Hype <noreply@hype.it>",
        "Hai ricevuto un bonifico",
        "Ciao Alessandra! Hai ricevuto un bonifico di 75,00 € da ROSSI MARTA. Causale: fattura 29/2026\n",
        eur("75.00"),
        "29/2026",
        "it",
    )
    pay(
        "h-openbank-es",
        "Openbank <avisos@openbank.es>",
        "Transferencia recibida en tu cuenta",
        "Hola,\nhas recibido una transferencia de 1.100,00 € de MARTINEZ Y SOBRINOS SL.\n"
        "Concepto: Factura 2026/18\n",
        eur("1100.00"),
        "2026/18",
        "es",
    )
    pay(
        "h-kutxabank-abono",
        "Kutxabank <notificaciones@kutxabank.es>",
        "Abono de transferencia",
        "Le informamos del abono de una transferencia en su cuenta.\nImporte: 430,00 EUR\n"
        "Concepto: FRA. 2026/19 DISEÑO WEB\n",
        eur("430.00"),
        "2026/19",
        "es",
    )
    pay(
        "h-bizum-es-2",
        "CaixaBank <notificaciones@caixabank.com>",
        "Bizum recibido de Carmen Díaz",
        "Has recibido un Bizum de 90,00 €.\nDe: CARMEN DIAZ\nConcepto: factura 2026/20\n",
        eur("90.00"),
        "2026/20",
        "es",
    )
    pay(
        "h-remittance-it",
        "Contabilità Verdi <no-reply@verdiarredamenti.it>",
        "Distinta di pagamento fornitori",
        "DISTINTA DI PAGAMENTO\n\nFornitore: Alessandra Rossi\nData pagamento: 16/12/2026\nImporto: 880,00 €\n"
        "Documenti pagati: fattura n. 28/2026 del 01/12/2026\n",
        eur("880.00"),
        "28/2026",
        "it",
        headers="Auto-Submitted: auto-generated\n",
    )
    pay(
        "h-sumup-en",
        "SumUp <no-reply@sumup.com>",
        "You've received a payment",
        "Hi Alessandra,\n\nYou've received a payment via your payment link.\nAmount: €60.00\n"
        "Description: Invoice 30/2026\n",
        eur("60.00"),
        "30/2026",
        "en",
    )

    def rep(
        name: str,
        lang: str,
        new: str,
        kind: str,
        facts: Mapping[str, object] | None = None,
        style: str = "gmail",
        step: str = "reminder",
        date_: str = "Wed, 16 Dec 2026 09:30:00 +0100",
    ) -> None:
        out.append(
            Case(
                name,
                client_reply(lang, new, style=style, step=step, date_=date_),
                f"client-reply-{kind}",
                dict(facts or {}),
                holdout=True,
                lang=lang,
            )
        )

    # paid
    rep(
        "h-paid-it-ieri",
        "it",
        "Buonasera, il saldo è partito ieri sera dalla nostra banca.\nUn saluto",
        "paid",
        style="outlook",
    )
    rep(
        "h-paid-it-cro",
        "it",
        "Ciao Alessandra, ti giro il CRO del bonifico: 0306912345678. Pagato martedì.",
        "paid",
        style="apple",
    )
    rep(
        "h-paid-es",
        "es",
        "Buenas tardes, os confirmo que la factura quedó abonada el lunes.",
        "paid",
        style="html-gmail",
    )
    rep(
        "h-paid-en",
        "en",
        "Hi - this was settled on 14 December via BACS, please check on your side.",
        "paid",
        style="outlook-original",
    )
    # promise
    rep(
        "h-promise-it-15",
        "it",
        "Salve, salderemo entro il 15 gennaio, a inizio anno abbiamo la liquidità.",
        "promise",
        {"promised_date": date(2027, 1, 15)},
        style="outlook",
    )
    rep(
        "h-promise-it-giovedi",
        "it",
        "Giovedì le faccio il bonifico, promesso.",
        "promise",
        {"promised_date": date(2026, 12, 17)},
        style="gmail-wrapped",
    )
    rep(
        "h-promise-es-final",
        "es",
        "Te lo pagamos a final de mes sin falta, perdona.",
        "promise",
        {"promised_date": date(2026, 12, 31)},
        style="apple",
    )
    rep(
        "h-promise-en-monday",
        "en",
        "Sorry Alessandra, we'll get this paid next Monday.",
        "promise",
        {"promised_date": date(2026, 12, 21)},
        style="html-outlook",
    )
    rep(
        "h-promise-en-days",
        "en",
        "Finance says the payment will go out within 10 days.",
        "promise",
        # (relabelled 2026-12-08: "within 10 days" names no day, as most writers and readers say)
        {"promised_date": None},
        style="thunderbird",
    )
    # dispute
    rep(
        "h-dispute-it-ore",
        "it",
        "Le ore fatturate non corrispondono a quelle concordate, così non possiamo pagare. Mi richiami?",
        "dispute",
        style="outlook",
    )
    rep(
        "h-dispute-es-servicio",
        "es",
        "No hemos recibido el servicio completo, reclamamos que se revise la factura.",
        "dispute",
        style="gmail",
    )
    rep(
        "h-dispute-en-rate",
        "en",
        "We disagree with the day rate on this invoice, it should be £350 not £400.",
        "dispute",
        style="inline",
    )
    # other
    rep(
        "h-other-it-domanda",
        "it",
        "Buongiorno, la fattura era intestata alla vecchia sede: può rifarla con il nuovo indirizzo?",
        "other",
        style="outlook",
    )
    rep("h-other-es-pregunta", "es", "¿Se puede pagar en dos plazos?", "other", style="apple")
    rep("h-other-en-ok", "en", "Got it, thanks.", "other", style="inline-wrapped", step="late_fee")
    rep("h-other-it-echo", "it", "Ok", "other", style="inline", step="courtesy")

    # auto-replies
    a = "Auto-Submitted: auto-replied\n"
    for name, frm, subject, body, headers, back, lang in (
        (
            "h-ooo-it",
            "Studio Ferri <info@studioferri.it>",
            "Risposta automatica: Fattura 27/2026",
            (
                "Lo studio resterà chiuso per le festività dal 24 dicembre al 6 gennaio compresi. Riapriremo giovedì "
                "7 gennaio 2027."
            ),
            a,
            date(2027, 1, 7),
            "it",
        ),
        (
            "h-ooo-es",
            "Martínez y Sobrinos <admin@martinezsobrinos.es>",
            "Respuesta automática",
            (
                "Gracias por su mensaje. Nos encontramos de vacaciones hasta el 7 de enero; a la vuelta le "
                "responderemos."
            ),
            "X-Autoreply: yes\n",
            date(2027, 1, 7),
            "es",
        ),
        (
            "h-ooo-en",
            "Initech Finance <finance@initech.com>",
            "Out of office",
            (
                "I'm currently on parental leave and will return on 1 February 2027. For invoices please contact "
                "ap@initech.com."
            ),
            a,
            date(2027, 2, 1),
            "en",
        ),
        (
            "h-ooo-de",
            "Jürgen Braun <j.braun@braun-gmbh.de>",
            "Abwesend: Rechnung 34/2026",
            "Ich bin bis zum 8. Januar 2027 nicht erreichbar und ab dem 11. Januar 2027 wieder im Büro.",
            "Precedence: auto_reply\n",
            date(2027, 1, 11),
            "de",
        ),
    ):
        out.append(
            Case(
                name,
                auto_reply(frm, subject, body, headers=headers),
                "auto-reply",
                {"return_date": back},
                holdout=True,
                lang=lang,
            )
        )

    # bounces
    out.append(
        Case(
            "h-dsn-domain",
            dsn(
                "info@studio-ferri-old.it",
                "failed",
                "5.1.2",
                "550 5.1.2 Host unknown (Name server: studio-ferri-old.it: host not found)",
                "Delivery to the following recipient failed permanently.",
            ),
            "bounce",
            {"failed_recipient": "info@studio-ferri-old.it", "permanent": True},
            holdout=True,
            lang="en",
        )
    )
    out.append(
        Case(
            "h-libero-delay",
            message(
                "Mail Delivery System <MAILER-DAEMON@libero.it>",
                "Avviso: messaggio non ancora consegnato",
                "Il messaggio non è ancora stato consegnato al destinatario "
                "marta.rossi@libero.it.\nIl sistema continuerà a tentare la "
                "consegna per 4 giorni.\nMotivo: 421 4.7.0 Try again later\n",
            ),
            "bounce",
            {"failed_recipient": "marta.rossi@libero.it", "permanent": False},
            holdout=True,
            lang="it",
        )
    )

    # other
    for name, raw, lang in (
        (
            "h-other-paypal-request",
            message(
                "PayPal <service@paypal.it>",
                "Hai inviato una richiesta di denaro",
                "Hai richiesto 610,00 € EUR a Studio Ferri. Ti avviseremo quando pagheranno.\n",
            ),
            "it",
        ),
        (
            "h-other-bank-statement",
            message(
                "Intesa Sanpaolo <notifiche@intesasanpaolo.com>",
                "Il tuo estratto conto è disponibile",
                "Gentile cliente, l'estratto conto di novembre è disponibile nell'area riservata.\n",
            ),
            "it",
        ),
        (
            "h-other-stripe-fees",
            message(
                "Stripe <notifications@stripe.com>",
                "Stripe fees invoice for November",
                "Your invoice for Stripe fees for November 2026 is available: €12.40.\n",
            ),
            "en",
        ),
        (
            "h-other-newsletter-es",
            message(
                "Holded <news@holded.com>",
                "Cobra tus facturas más rápido",
                "Descubre cómo recibir pagos de tus clientes con un solo clic.\n",
                headers="List-Unsubscribe: <mailto:baja@holded.com>\n",
            ),
            "es",
        ),
    ):
        out.append(Case(name, raw, "other", {}, holdout=True, lang=lang))
    return out


HOLDOUT: list[Case] = _holdout()
ALL: list[Case] = [*CASES, *HOLDOUT]
