#!/usr/bin/env python3
"""round19-short: eighty short replies (one to three lines, as typed on a phone) that come back to a
freelancer after an invoice or a mailduns reminder, in Italian, Spanish and English, plus a few bank and
processor notices, phone out-of-office replies, bounces and other mail.

Standard library only. Writes r19x-0001.eml ... r19x-0080.eml and labels.toml next to this file, then
re-reads every file with email.message_from_bytes(..., policy=email.policy.default) and checks each label.

Every client's words below are written by hand, one message at a time. What is shared is only the
machinery: the freelancer's own reminder wording (the mailduns templates, which clients quote), the way
each mail program quotes and signs, and the MIME assembly.
"""

from __future__ import annotations

import base64
import calendar
import datetime as dt
import hashlib
import html
import json
import re
import sys
import tomllib
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r19x"
N = 80
POLICY = policy.default.clone(linesep="\n", max_line_length=78)

# --------------------------------------------------------------------------------------------------
# small helpers


def tz(offset: str) -> dt.timezone:
    sign = 1 if offset[0] == "+" else -1
    return dt.timezone(sign * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))


def when(stamp: str, offset: str) -> dt.datetime:
    """'2026-12-03 08:14' (or with seconds) in the given UTC offset."""
    fmt = "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(stamp, fmt).replace(tzinfo=tz(offset))


def h(seed: str, n: int = 40) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def apple_id(seed: str, host: str) -> str:
    x = h(seed, 32).upper()
    return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{host}>"


def gmail_id(seed: str) -> str:
    raw = base64.b64encode(bytes.fromhex(h(seed, 60))).decode().replace("/", "_").replace("+", "-")
    return f"<CA{raw[:2]}+{raw[2:46]}@mail.gmail.com>"


def outlook_id(seed: str, server: str = "DB9PR02MB7321") -> str:
    return f"<{server}{h(seed, 28).upper()}@{server}.eurprd02.prod.outlook.com>"


def mailduns_id(owner_email: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
    return f"<mailduns.{digest}@{owner_email.rpartition('@')[2]}>"


def quoted(text: str, mark: str = "> ") -> str:
    return "\n".join((mark + line).rstrip() if line else mark.rstrip() for line in text.split("\n"))


def as_html(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_DAYS3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
IT_MONTHS3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAYS3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ES_MONTHS3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_DAYS = list(calendar.day_name)
EN_MONTHS = list(calendar.month_name)[1:]


def ampm(t: dt.datetime) -> str:
    hr = t.hour % 12 or 12
    return f"{hr}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


# --------------------------------------------------------------------------------------------------
# the freelancers (mailbox owners) and their invoices


@dataclass
class Owner:
    name: str
    email: str
    lang: str
    offset: str
    iban: str
    bic: str
    beneficiary: str


GIULIA = Owner("Giulia Ferraro", "giulia@ferrarografica.it", "it", "+0100",
               "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22XXX", "Giulia Ferraro")
DAVIDE = Owner("Davide Russo", "davide@russoweb.it", "it", "+0100",
               "IT02 L030 6909 6061 0000 0063 812", "BCITITMM", "Davide Russo")
ELENA = Owner("Elena Marchi", "elena.marchi@marchitraduzioni.it", "it", "+0100",
              "IT47 Q020 0811 7700 0010 4529 718", "UNCRITMMXXX", "Elena Marchi")
LUCIA = Owner("Lucía Navarro", "lucia@navarroestudio.es", "es", "+0100",
              "ES91 2100 0418 4502 0005 1332", "CAIXESBBXXX", "Lucía Navarro Ibáñez")
JAVIER = Owner("Javier Ortega", "javier@ortegafoto.es", "es", "+0100",
               "ES76 0182 2370 4102 0161 5839", "BBVAESMMXXX", "Javier Ortega Ruiz")
MARTA = Owner("Marta Gil", "hola@martagil.com", "es", "+0100",
              "ES12 0081 0216 7100 0123 4567", "BSABESBBXXX", "Marta Gil Serrano")
TOM = Owner("Tom Hughes", "tom@hughesdigital.co.uk", "en", "+0000",
            "GB29 NWBK 6016 1331 9268 19", "NWBKGB2L", "Hughes Digital Ltd")
SARAH = Owner("Sarah Kelly", "sarah@kellycopy.ie", "en", "+0000",
              "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D", "Sarah Kelly")


def invoice_mid(owner: Owner, number: str) -> str:
    """The Message-ID of the e-mail that carried the invoice (Thunderbird-style UUID)."""
    x = h("inv" + number, 32)
    return f"<{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}@{owner.email.rpartition('@')[2]}>"


@dataclass
class Inv:
    owner: Owner
    number: str
    amount: str  # as mailduns prints it in the owner's language
    due: str  # dd/mm/yyyy
    issue: str = ""
    subject: str = ""
    sent: str = ""  # when the invoice e-mail went out ("2026-10-30 10:12")

    def __post_init__(self) -> None:
        if not self.subject:
            word = {"it": "Fattura", "es": "Factura", "en": "Invoice"}[self.owner.lang]
            self.subject = f"{word} {self.number}"

    @property
    def mid(self) -> str:
        return invoice_mid(self.owner, self.number)


# --------------------------------------------------------------------------------------------------
# the reminders as mailduns words them (templates/{it,es,en}/*.txt.j2), which clients quote below


def salutation(lang: str, client: str, kind: str) -> str:
    if lang == "it":
        if kind == "company":
            return f"Spett.le {client},"
        return f"Gentile {client}," if client else "Buongiorno,"
    if lang == "es":
        if kind == "company":
            return "Estimados señores:"
        return f"Buenos días, {client}:" if client else "Buenos días:"
    if kind == "company":
        return "Dear Accounts Team,"
    return f"Dear {client}," if client else "Hello,"


def payment_block(inv: Inv, with_bank: bool = True) -> str:
    o = inv.owner
    if o.lang == "it":
        if not with_bank:
            return "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione."
        return (f"Per il pagamento:\n- beneficiario: {o.beneficiary}\n- IBAN: {o.iban}\n- BIC: {o.bic}\n"
                f"- causale: Fattura n. {inv.number}")
    if o.lang == "es":
        if not with_bank:
            return "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación."
        return (f"Datos para el pago:\n- beneficiario: {o.beneficiary}\n- IBAN: {o.iban}\n- BIC: {o.bic}\n"
                f"- concepto: Factura {inv.number}")
    if not with_bank:
        return "The payment details are on the invoice, in my original email in this thread."
    return (f"Payment details:\n- Account name: {o.beneficiary}\n- IBAN: {o.iban}\n- BIC (SWIFT): {o.bic}\n"
            f"- Payment reference: {inv.number}")


def reminder_text(inv: Inv, step: str, client: str, kind: str = "person", with_bank: bool = True) -> str:
    o = inv.owner
    sal = salutation(o.lang, client, kind)
    pay = payment_block(inv, with_bank)
    if o.lang == "it":
        body = {
            "courtesy": (f"un breve promemoria: la fattura n. {inv.number} di {inv.amount}, emessa il {inv.issue}, "
                         f"è in scadenza il {inv.due}.\n\nNel caso il pagamento sia già stato disposto, ringrazio e "
                         f"prego di non tenere conto di questo messaggio.\n\n{pay}\n\n"
                         "Per qualsiasi domanda basta rispondere a questa email."),
            "due": (f"un promemoria: la fattura n. {inv.number} di {inv.amount} è scaduta il {inv.due}. Se il "
                    "pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni."
                    "\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo "
                    f"messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email."),
            "reminder": (f"da un controllo la fattura n. {inv.number} di {inv.amount}, scaduta il {inv.due}, risulta "
                         "ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di "
                         "provvedere al pagamento appena possibile.\n\nSe il pagamento è già stato effettuato, "
                         "basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; "
                         "in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la "
                         f"fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n{pay}"),
        }[step]
        return f"{sal}\n\n{body}\n\nCordiali saluti,\n{o.name}"
    if o.lang == "es":
        body = {
            "courtesy": (f"Un breve recordatorio: la factura n.º {inv.number} de {inv.amount}, emitida el {inv.issue}, "
                         f"vence el {inv.due}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer "
                         f"nada más.\n\n{pay}\n\nPara cualquier duda, basta con responder a este correo."),
            "due": (f"La factura n.º {inv.number} de {inv.amount} venció el {inv.due} y, según mis registros, el pago "
                    "aún no consta. Agradecería que se tramitara en los próximos días.\n\nSi el pago ya se ha "
                    f"realizado, muchas gracias: no es necesario hacer nada más.\n\n{pay}\n\n"
                    "Para cualquier duda, basta con responder a este correo."),
            "reminder": (f"Revisando mis cuentas, veo que la factura n.º {inv.number} de {inv.amount}, vencida el "
                         f"{inv.due}, sigue pendiente de pago. Seguramente se trata de un simple descuido; "
                         "agradecería que el pago se realizara en cuanto sea posible.\n\nSi el pago ya se ha "
                         "realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
                         "transferencia, para que pueda actualizar mis registros. Si hay algún problema con la "
                         f"factura, podemos aclararlo por esta misma vía.\n\n{pay}"),
        }[step]
        return f"{sal}\n\n{body}\n\nUn cordial saludo,\n{o.name}"
    body = {
        "courtesy": (f"This is a friendly reminder that invoice {inv.number} for {inv.amount}, issued on {inv.issue}, "
                     f"is due for payment on {inv.due}.\n\nIf payment is already on its way, thank you, and please "
                     f"disregard this message.\n\n{pay}\n\nIf you have any questions, just reply to this email."),
        "due": (f"This is a quick reminder that invoice {inv.number} for {inv.amount} was due for payment on "
                f"{inv.due}. If it has not been paid yet, I would be grateful if you could arrange payment in the "
                "next few days.\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email."),
        "reminder": (f"According to my records, invoice {inv.number} for {inv.amount}, due on {inv.due}, has not yet "
                     "been paid. It may simply have been overlooked, so I would be grateful if you could arrange "
                     "payment at your earliest convenience.\n\nIf you have already paid, thank you – please let me "
                     "know the payment date so that I can update my records. If there is a problem with the "
                     f"invoice, please reply to this email and we can sort it out.\n\n{pay}"),
    }[step]
    return f"{sal}\n\n{body}\n\nKind regards,\n{o.name}"


# --------------------------------------------------------------------------------------------------
# how each mail program signs and quotes


def attribution(style: str, ui: str, t: dt.datetime, name: str, email: str) -> str:
    """The line (or block) a mail program puts above the quoted message, in the sender's locale `ui`."""
    wd = t.weekday()
    m = t.month - 1
    if style == "gmail":
        if ui == "it":
            return (f"Il giorno {IT_DAYS3[wd]} {t.day} {IT_MONTHS3[m]} {t.year} alle ore {t:%H:%M} {name} "
                    f"<{email}> ha scritto:")
        if ui == "es":
            return f"El {ES_DAYS3[wd]}, {t.day} {ES_MONTHS3[m]} {t.year} a las {t.hour}:{t:%M}, {name} (<{email}>) escribió:"
        if ui == "en-us":
            return f"On {EN_DAYS[wd][:3]}, {EN_MONTHS[m][:3]} {t.day}, {t.year} at {ampm(t)} {name} <{email}> wrote:"
        return f"On {EN_DAYS[wd][:3]}, {t.day} {EN_MONTHS[m][:3]} {t.year} at {t:%H:%M}, {name} <{email}> wrote:"
    if style == "ios":
        if ui == "it":
            return f"Il giorno {t.day} {IT_MONTHS3[m]} {t.year}, alle ore {t:%H:%M}, {name} <{email}> ha scritto:"
        if ui == "es":
            return f"El {t.day} {ES_MONTHS3[m]} {t.year}, a las {t.hour}:{t:%M}, {name} <{email}> escribió:"
        if ui == "en-us":
            return f"On {EN_MONTHS[m][:3]} {t.day}, {t.year}, at {ampm(t)}, {name} <{email}> wrote:"
        return f"On {t.day} {EN_MONTHS[m][:3]} {t.year}, at {t:%H:%M}, {name} <{email}> wrote:"
    if style == "yahoo":
        if ui == "it":
            return f"Il {IT_DAYS3[wd]}, {t.day} {IT_MONTHS3[m]} {t.year} alle {t.hour}:{t:%M}, {name}\n<{email}> ha scritto:"
        if ui == "es":
            return f"El {ES_DAYS3[wd]}, {t.day} {ES_MONTHS3[m]} {t.year} a las {t.hour}:{t:%M}, {name}\n<{email}> escribió:"
        return f"On {EN_DAYS[wd][:3]}, {t.day} {EN_MONTHS[m][:3]} {t.year} at {t:%H:%M}, {name}\n<{email}> wrote:"
    raise ValueError(style)


def header_block(style: str, ui: str, t: dt.datetime, name: str, email: str, to: str, subject: str) -> str:
    """Outlook / Samsung / webmail header blocks (no '>' marks)."""
    wd = t.weekday()
    m = t.month - 1
    if style == "outlook":
        if ui == "it":
            return (f"Da: {name} <{email}>\nInviato: {IT_DAYS[wd]} {t.day} {IT_MONTHS[m]} {t.year} {t:%H:%M}\n"
                    f"A: {to}\nOggetto: {subject}")
        if ui == "es":
            return (f"De: {name} <{email}>\nEnviado: {ES_DAYS[wd]}, {t.day} de {ES_MONTHS[m]} de {t.year} "
                    f"{t.hour}:{t:%M}\nPara: {to}\nAsunto: {subject}")
        if ui == "en-us":
            return (f"From: {name} <{email}>\nSent: {EN_DAYS[wd]}, {EN_MONTHS[m]} {t.day}, {t.year} {ampm(t)}\n"
                    f"To: {to}\nSubject: {subject}")
        return (f"From: {name} <{email}>\nSent: {t.day:02d} {EN_MONTHS[m]} {t.year} {t:%H:%M}\nTo: {to}\n"
                f"Subject: {subject}")
    if style == "samsung":
        off = t.strftime("%z")
        gmt = f"GMT{off[:3]}:{off[3:]}"
        if ui == "it":
            return (f"-------- Messaggio originale --------\nDa: {name} <{email}> \n"
                    f"Data: {t:%d/%m/%y} {t:%H:%M}  ({gmt}) \nA: {to} \nOggetto: {subject} ")
        if ui == "es":
            return (f"-------- Mensaje original --------\nDe: {name} <{email}> \n"
                    f"Fecha: {t.day}/{t.month}/{t:%y} {t.hour}:{t:%M}  ({gmt}) \nPara: {to} \nAsunto: {subject} ")
        return (f"-------- Original message --------\nFrom: {name} <{email}> \nDate: {t:%d/%m/%Y} {t:%H:%M}  ({gmt}) \n"
                f"To: {to} \nSubject: {subject} ")
    if style == "libero":
        return (f"----Messaggio originale----\nDa: {email}\nData: {t:%d/%m/%Y} {t.hour}.{t:%M}\nA: <{to}>\n"
                f"Ogg: {subject}")
    raise ValueError(style)


SIGS = {
    "iphone": {"it": "Inviato da iPhone", "es": "Enviado desde mi iPhone", "en": "Sent from my iPhone"},
    "outlook-ios": {"it": "Ottieni Outlook per iOS", "es": "Obtener Outlook para iOS", "en": "Get Outlook for iOS"},
    "outlook-android": {"it": "Ottieni Outlook per Android", "es": "Obtener Outlook para Android",
                        "en": "Get Outlook for Android"},
    "samsung": {"it": "Inviato dal mio Galaxy", "es": "Enviado desde mi Galaxy", "en": "Sent from my Galaxy"},
    "yahoo": {"it": "Inviato da Yahoo Mail su Android", "es": "Enviado desde Yahoo Mail para iPhone",
              "en": "Sent from Yahoo Mail for iPhone"},
}

BODY_LANG = {"it": "IT", "es": "ES", "en": "EN-GB"}
OUTLOOK_FONT = ('<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">')


# --------------------------------------------------------------------------------------------------
# a client's reply


@dataclass
class Reply:
    lang: str  # language the client writes in (the label)
    kind: str
    name: str
    addr: str
    inv: Inv
    date: str  # local time of the reply
    offset: str  # the client's UTC offset
    mua: str  # iphone | iphone-html | gmail | outlook-ios | outlook-android | outlook-desktop | outlook-web
    #            | samsung | samsung-alt | yahoo | libero | webmail
    text: str  # what the client typed (the part a reader has to understand)
    step: str = "reminder"  # courtesy | due | reminder | invoice | none
    sent: str = ""  # when the quoted message went out (owner's local time)
    client_name: str = ""  # name used in the reminder's salutation
    client_kind: str = "person"
    with_bank: bool = True
    invoice_text: str = ""  # the freelancer's own e-mail, when the client replies to the invoice itself
    ui: str = ""  # the client's mail program language ("it", "es", "en", "en-us")
    subject: str = ""
    quote: bool = True
    signature: str = ""  # a typed signature under the text
    attach: list = field(default_factory=list)  # (filename, maintype, subtype, bytes)
    charset: str = "utf-8"
    cte: str = ""
    facts: dict = field(default_factory=dict)
    note: str = ""


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8"
                    "cfc0f01f0005000201a5e1b9f30000000049454e44ae426082")
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")


def _text_part(text: str, charset: str, cte: str, subtype: str = "plain") -> MIMEPart:
    p = MIMEPart()
    kw = {"charset": charset}
    if cte:
        kw["cte"] = cte
    p.set_content(text, subtype=subtype, **kw)
    return p


def _alt(plain: MIMEPart, htmlp: MIMEPart, boundary: str) -> MIMEPart:
    p = MIMEPart()
    p["Content-Type"] = "multipart/alternative"
    p.set_param("boundary", boundary)
    p.attach(plain)
    p.attach(htmlp)
    return p


def build_reply(r: Reply, seq: int) -> EmailMessage:
    o = r.inv.owner
    t = when(r.date, r.offset)
    ui = r.ui or r.lang
    ui_short = ui.split("-")[0]
    # the message being answered
    if r.step == "invoice":
        q_subject = r.inv.subject
        q_when = when(r.sent or r.inv.sent, o.offset).astimezone(t.tzinfo)
        q_text = r.invoice_text
        q_mid = r.inv.mid
        refs = [r.inv.mid]
    else:
        q_subject = "Re: " + r.inv.subject
        q_when = when(r.sent, o.offset).astimezone(t.tzinfo)
        q_text = reminder_text(r.inv, r.step, r.client_name, r.client_kind, r.with_bank)
        q_mid = mailduns_id(o.email, r.inv.number, r.step)
        refs = [r.inv.mid, q_mid]
    to_line = formataddr((r.name, r.addr))
    mua = r.mua
    prefix = {"outlook-desktop": {"it": "R: ", "es": "RE: ", "en": "RE: "}[ui_short]}.get(mua, "Re: ")
    subject = r.subject or prefix + r.inv.subject
    own = r.text + (("\n" + r.signature) if r.signature else "")

    msg = EmailMessage(policy=POLICY)
    seed = f"{seq}-{r.addr}-{r.date}"
    if mua in ("iphone", "iphone-html"):
        host = r.addr.rpartition("@")[2]
        mid = apple_id(seed, host if host in ("icloud.com", "me.com") else host)
    elif mua == "gmail":
        mid = gmail_id(seed)
    elif mua.startswith("outlook"):
        mid = outlook_id(seed, "AM8PR10MB4113" if mua == "outlook-desktop" else "PAXPR02MB7590")
    elif mua.startswith("samsung"):
        mid = f"<{h(seed, 8)}.{h(seed + 'x', 7)}@email.android.com>"
    elif mua == "yahoo":
        mid = f"<{int(h(seed, 9), 16) % 10**9}.{int(h(seed, 12), 16) % 10**7}.{int(t.timestamp() * 1000)}@mail.yahoo.com>"
    else:
        mid = f"<{h(seed, 11)}.{r.addr.partition('@')[0]}@{r.addr.rpartition('@')[2]}>"

    # headers in the order the program writes them
    if mua.startswith("outlook"):
        msg["From"] = to_line
        msg["To"] = formataddr((o.name, o.email))
        msg["Subject"] = subject
        msg["Thread-Topic"] = r.inv.subject
        msg["Thread-Index"] = base64.b64encode(bytes.fromhex(h(seed, 44))).decode()
        msg["Date"] = format_datetime(t)
        msg["Message-ID"] = mid
        msg["References"] = " ".join(refs)
        msg["In-Reply-To"] = q_mid
        msg["Accept-Language"] = {"it": "it-IT, en-US", "es": "es-ES, en-US", "en": "en-GB, en-US"}[ui_short]
        if mua == "outlook-desktop":
            msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["MIME-Version"] = "1.0"
    else:
        if mua in ("iphone", "iphone-html"):
            msg["Mime-Version"] = "1.0 (1.0)"
        msg["From"] = to_line
        msg["Date"] = format_datetime(t)
        msg["Subject"] = subject
        msg["Message-ID"] = mid
        msg["References"] = " ".join(refs)
        msg["In-Reply-To"] = q_mid
        msg["To"] = formataddr((o.name, o.email))
        if mua in ("iphone", "iphone-html"):
            msg["X-Mailer"] = "iPhone Mail (22C152)"
        elif mua == "yahoo":
            msg["X-Mailer"] = "WebService/1.1.23187 YMailAndroid"
        elif mua == "libero":
            msg["X-Mailer"] = "Libero Mail v.4.2"
        if "MIME-Version" not in msg and "Mime-Version" not in msg:
            msg["MIME-Version"] = "1.0"

    cs, cte = r.charset, r.cte
    qh = as_html(q_text)
    esc_own = as_html(own)
    if mua == "iphone":
        sig = SIGS["iphone"][ui_short]
        plain = own + "\n\n" + sig
        if r.quote:
            plain += "\n\n" + attribution("ios", ui, q_when, o.name, o.email) + "\n\n" + quoted(q_text)
        if r.attach:
            x = h(seed, 32).upper()
            msg["Content-Type"] = "multipart/mixed"
            msg.set_param("boundary", f"Apple-Mail-{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}")
            head = own.strip()
            if head:
                msg.attach(_text_part(head + "\n", cs, cte or ("7bit" if head.isascii() else "quoted-printable")))
            for fname, maint, subt, data in r.attach:
                a = MIMEPart()
                a.set_content(data, maint, subt, disposition="inline", filename=fname)
                a.set_param("name", fname)
                if maint == "image":
                    a.set_param("x-unix-mode", "0644")
                msg.attach(a)
            tail = "\n\n" + sig
            if r.quote:
                tail += "\n\n" + attribution("ios", ui, q_when, o.name, o.email) + "\n\n" + quoted(q_text)
            msg.attach(_text_part(tail + "\n", cs, cte or "quoted-printable"))
        else:
            msg.set_content(plain + "\n", charset=cs, cte=cte or "quoted-printable")
    elif mua == "iphone-html":
        sig = SIGS["iphone"][ui_short]
        plain = own + "\n\n" + sig
        att = attribution("ios", ui, q_when, o.name, o.email)
        if r.quote:
            plain += "\n\n" + att + "\n\n" + quoted(q_text)
        hq = ""
        if r.quote:
            hq = (f'<div dir="ltr"><br><blockquote type="cite">{html.escape(att, quote=False)}<br><br></blockquote>'
                  f'</div><blockquote type="cite"><div dir="ltr">{qh}</div></blockquote>')
        page = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body dir="auto"><div dir="ltr">{esc_own}</div><div dir="ltr"><br id="lineBreakAtBeginningOfSignature">'
                f'<div dir="ltr">{sig}</div>{hq}</div></body></html>')
        msg.set_content(plain + "\n", charset=cs, cte=cte or "quoted-printable")
        msg.add_alternative(page + "\n", subtype="html", charset=cs, cte=cte or "quoted-printable")
        x = h(seed, 32).upper()
        msg.set_param("boundary", f"Apple-Mail-{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}")
    elif mua == "gmail":
        att = attribution("gmail", ui, q_when, o.name, o.email)
        plain = own
        if r.quote:
            plain += "\n\n" + att + "\n\n" + quoted(q_text)
        page = f'<div dir="auto">{esc_own}</div>'
        if r.quote:
            page += (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                     f'{html.escape(att, quote=False)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                     f'0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{qh}</blockquote></div>')
        msg.set_content(plain + "\n", charset=cs, cte=cte or ("base64" if seq % 2 else "quoted-printable"))
        msg.add_alternative(page + "\n", subtype="html", charset=cs, cte=cte or "quoted-printable")
        msg.set_param("boundary", "000000000000" + h(seed, 12))
        for k, (fname, maint, subt, data) in enumerate(r.attach):
            msg.add_attachment(data, maint, subt, filename=fname)
            a = msg.get_payload()[-1]
            a.set_param("name", fname)
            a["Content-ID"] = f"<f_{h(seed + str(k), 10)}{k}>"
            a["X-Attachment-Id"] = f"f_{h(seed + str(k), 10)}{k}"
        if r.attach:
            msg.set_param("boundary", "000000000000" + h(seed + "mixed", 12))
    elif mua in ("outlook-ios", "outlook-android", "outlook-web"):
        block = header_block("outlook", ui, q_when, o.name, o.email, to_line, q_subject)
        if mua == "outlook-web":
            sigline = ""
        else:
            sigline = SIGS[mua][ui_short]
        plain = own + "\n\n"
        if sigline:
            plain += sigline + "<https://aka.ms/" + ("o0ukef" if mua == "outlook-ios" else "AAb9ysg") + ">\n"
        if r.quote:
            plain += "________________________________\n" + block + "\n\n" + q_text
        hb = "<br>\n".join(f"<b>{html.escape(k)}:</b>{html.escape(v)}" for k, _, v in
                           (line.partition(":") for line in block.split("\n")))
        sig_html = ""
        if sigline:
            word, _, app = sigline.rpartition(" Outlook ")
            sig_html = (f'<div dir="auto"><br></div><div id="ms-outlook-mobile-signature" dir="auto">'
                        f'{html.escape(sigline.split("Outlook")[0])}<a href="https://aka.ms/'
                        f'{"o0ukef" if mua == "outlook-ios" else "AAb9ysg"}">Outlook {html.escape(app)}</a></div>')
        page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                f'<div dir="auto" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; '
                f'font-size: 12pt; color: rgb(0, 0, 0);">{esc_own}</div>{sig_html}')
        if r.quote:
            page += ('<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                     f'{OUTLOOK_FONT}{hb}</font><div>&nbsp;</div></div><div>{qh}</div>')
        page += "</body></html>"
        msg.set_content(plain + "\n", charset=cs, cte=cte or "quoted-printable")
        msg.add_alternative(page + "\n", subtype="html", charset=cs, cte=cte or "quoted-printable")
        msg.set_param("boundary", "_000_" + mid.strip("<>").split("@")[0] + "_")
    elif mua == "outlook-desktop":
        block = header_block("outlook", ui, q_when, o.name, o.email, to_line, q_subject)
        plain = own + "\n\n"
        if r.quote:
            plain += block + "\n\n" + q_text
        hb = "<br>\n".join(f"<b>{html.escape(k)}:</b>{html.escape(v)}" for k, _, v in
                           (line.partition(":") for line in block.split("\n")))
        paras = "".join(f'<p class="MsoNormal">{html.escape(line, quote=False) or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n'
                        for line in own.split("\n"))
        qparas = "".join(f'<p class="MsoNormal">{html.escape(line, quote=False) or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n'
                         for line in q_text.split("\n"))
        page = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                f'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
                f'charset={cs}"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\n--></style></head><body lang="' + BODY_LANG[ui_short] + '" link="#0563C1" vlink="#954F72" '
                f'style="word-wrap:break-word"><div class="WordSection1">\n{paras}<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        if r.quote:
            page += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
                     f'{hb}<o:p></o:p></p></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{qparas}')
        page += "</div></body></html>"
        msg.set_content(plain + "\n", charset=cs, cte=cte or "quoted-printable")
        msg.add_alternative(page + "\n", subtype="html", charset=cs, cte=cte or "quoted-printable")
        msg.set_param("boundary", "_000_" + mid.strip("<>").split("@")[0] + "_")
        for fname, maint, subt, data in r.attach:
            msg.add_attachment(data, maint, subt, filename=fname)
    elif mua in ("samsung", "samsung-alt"):
        sig = SIGS["samsung"][ui_short]
        block = header_block("samsung", ui, q_when, o.name, o.email, r.addr, q_subject)
        bh = "".join(f"<div>{html.escape(line, quote=False)}</div>" for line in block.split("\n"))
        page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                f'<div dir="auto">{esc_own}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
                f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{sig}</div>'
                '</div><div dir="auto"><br></div>')
        if r.quote:
            page += (f'<div align="left" dir="auto" style="font-size:100%;color:#000000">{bh}</div>'
                     f'<div dir="auto">{qh}</div>')
        page += "</body></html>"
        if mua == "samsung":
            msg.set_content(page + "\n", subtype="html", charset=cs, cte=cte or "base64")
        else:
            plain = own + "\n\n\n" + sig + "\n\n"
            if r.quote:
                plain += block + "\n" + q_text
            msg.set_content(plain + "\n", charset=cs, cte=cte or "base64")
            msg.add_alternative(page + "\n", subtype="html", charset=cs, cte=cte or "base64")
            msg.set_param("boundary", "--_com.samsung.android.email_" + str(int(h(seed, 14), 16))[:16])
    elif mua == "yahoo":
        sig = SIGS["yahoo"][ui_short]
        att = attribution("yahoo", ui, q_when, o.name, o.email)
        plain = own + "\n\n" + sig + "\n"
        if r.quote:
            plain += "\n  " + att.replace("\n", "\n  ") + "\n" + quoted(q_text, "  ")
        page = f'<div dir="ltr">{esc_own}</div><br><div id="ymail_android_signature">{sig}</div>'
        if r.quote:
            page += (f'<br><blockquote style="margin: 0 0 20px 0;"> <div style="font-family:Roboto, sans-serif; '
                     f'color:#6D00F6;"> <div>{html.escape(att, quote=False)}</div></div><div style="padding: 10px 0 0 '
                     f'20px; margin: 10px 0 0 0; border-left: 1px solid #6D00F6;">{qh}</div></blockquote>')
        msg.set_content(plain + "\n", charset=cs, cte=cte or "quoted-printable")
        msg.add_alternative(page + "\n", subtype="html", charset=cs, cte=cte or "quoted-printable")
        msg.set_param("boundary", "----=_Part_" + str(int(h(seed, 10), 16))[:7] + "_" + str(int(h(seed, 12), 16))[:9]
                      + "." + str(int(t.timestamp() * 1000)))
    elif mua == "libero":
        plain = own + "\n"
        if r.quote:
            plain += "\n\n" + header_block("libero", ui, q_when, o.name, o.email, r.addr, q_subject) + "\n\n" + q_text
        msg.set_content(plain + "\n", charset=cs, cte=cte or "quoted-printable")
    elif mua == "webmail":
        plain = own + "\n"
        if r.quote:
            plain += "\n" + attribution("gmail", ui, q_when, o.name, o.email) + "\n" + quoted(q_text)
        msg.set_content(plain + "\n", charset=cs, cte=cte or "7bit")
    else:
        raise ValueError(mua)
    if mua.startswith("outlook"):
        msg["Content-Language"] = {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[ui_short]
    tidy(msg)
    return msg


def tidy(msg: EmailMessage) -> None:
    """Only the top of a message carries MIME-Version (the email package adds it to sub-parts too)."""
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]


# --------------------------------------------------------------------------------------------------
# machine mail helpers


def machine(headers: list[tuple[str, str]], plain: str | None = None, page: str | None = None,
            charset: str = "utf-8", cte: str = "quoted-printable", boundary: str = "") -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    for k, v in headers:
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    if plain is not None:
        msg.set_content(plain, charset=charset, cte=cte)
        if page is not None:
            msg.add_alternative(page, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(page, subtype="html", charset=charset, cte=cte)
    if boundary and msg.is_multipart():
        msg.set_param("boundary", boundary)
    tidy(msg)
    return msg


def raw(text: str) -> bytes:
    """A message written out byte for byte (DSNs): LF line ends, ASCII."""
    return text.lstrip("\n").encode("ascii")


# ==================================================================================================
# the messages
# ==================================================================================================

R: list[Reply] = []


def reply(**kw) -> None:
    R.append(Reply(**kw))


# ------------------------------------------------------------------ Italian clients

reply(lang="it", kind="client-reply-paid", name="Paolo Conti", addr="paolo.conti74@icloud.com",
      inv=Inv(GIULIA, "118/2026", "480,00 €", "30/11/2026"), date="2026-12-03 12:47", offset="+0100",
      mua="iphone", text="Fatto", sent="2026-12-03 09:00", client_name="Paolo Conti",
      note="A one-word 'Fatto' (done) under the first overdue reminder: the client reports the payment as made; "
           "480 € and the number are only in the quoted reminder, so no amount or reference.")

reply(lang="it", kind="client-reply-paid", name="Sara Lombardi", addr="sara.lombardi@gmail.com",
      inv=Inv(DAVIDE, "2026-54", "1.250,00 €", "31/12/2026", subject="Fattura 2026-54 - sviluppo e-commerce"),
      date="2027-01-14 19:42", offset="+0100", mua="gmail", text="pagato ieri 👍", sent="2027-01-14 08:30",
      client_name="Sara Lombardi",
      note="'pagato ieri' = paid yesterday; nothing about the sum or the invoice in her own words.")

reply(lang="it", kind="client-reply-paid", name="Marco Gatti", addr="marco@gattiimpianti.it",
      inv=Inv(ELENA, "E/2026/37", "310,00 €", "15/12/2026"), date="2026-12-21 10:06", offset="+0100",
      mua="iphone", text="", sent="2026-12-21 08:45", client_name="Gatti Impianti srl", client_kind="company",
      attach=[("Contabile bonifico.pdf", "application", "pdf", PDF)],
      note="No words at all, only a bank transfer receipt ('Contabile bonifico.pdf') sent back from the phone "
           "under the reminder: a careful reader takes it as 'paid'; amount and number are only in the quote.")

reply(lang="it", kind="client-reply-paid", name="Franco Pellegrini", addr="f.pellegrini@libero.it",
      inv=Inv(DAVIDE, "2026-58", "600,00 €", "15/12/2026"), date="2026-12-18 10:05", offset="+0100",
      mua="libero", text="ma l avevo gia pagata il 10 dicembre!! controlla", step="due", sent="2026-12-18 08:00",
      client_name="Franco Pellegrini", charset="windows-1252",
      note="'l'avevo già pagata' (typed without apostrophe or accents) claims the invoice was already paid on "
           "10 December: a paid claim, not a dispute about the invoice itself.")

reply(lang="it", kind="client-reply-paid", name="Renzo Bassi", addr="renzobassi@alice.it",
      inv=Inv(DAVIDE, "2026-61", "350,00 €", "15/02/2027"), date="2027-02-22 16:20", offset="+0100",
      mua="webmail", text="BONIFICO FATTO OGGI 350 EURO FATT. 2026-61\nSALUTI RENZO BASSI", sent="2027-02-22 08:00",
      client_name="Renzo Bassi", quote=False, charset="iso-8859-1",
      facts={"amount": "350.00", "currency": "EUR", "reference": "2026-61"},
      note="All capitals from an old webmail, no quote: transfer made today, 350 euro, for invoice 2026-61, "
           "all in his own words.")

reply(lang="it", kind="client-reply-paid", name="Monica Sala", addr="segreteria@studioferri.it",
      inv=Inv(GIULIA, "131/2026", "1.830,00 €", "31/01/2027", "31/12/2026"), date="2027-01-27 11:32",
      offset="+0100", mua="outlook-desktop", step="courtesy", sent="2027-01-27 09:00", client_name="Studio Ferri",
      client_kind="company", charset="windows-1252",
      text="Buongiorno,\nper conto del dott. Ferri le comunico che il bonifico è stato disposto stamattina. Serve altro?",
      signature="\nMonica Sala\nSegreteria – Studio Ferri Commercialisti",
      note="The secretary writes for the client: the transfer was ordered this morning (paid), plus a question "
           "that does not change the kind; the sum is only in the quoted courtesy note.")

reply(lang="it", kind="client-reply-promise", name="Luca Moretti", addr="lucamoretti.lm@gmail.com",
      inv=Inv(GIULIA, "124/2026", "260,00 €", "20/11/2026"), date="2026-11-27 18:03", offset="+0100",
      mua="gmail", text="ok lunedì", sent="2026-11-27 09:00", client_name="Luca Moretti",
      facts={"promised_date": "2026-11-30"},
      note="'ok lunedì' answers a payment reminder: he will pay on Monday; sent on Friday 27 November, so "
           "Monday is 30 November.")

reply(lang="it", kind="client-reply-promise", name="Chiara Vitale", addr="chiara@vitalestudio.it",
      inv=Inv(LUCIA, "F-2026-093", "720,00 €", "31/12/2026"), date="2027-01-12 13:25", offset="+0100",
      mua="iphone-html", text="Ciao Lucía! scusa il ritardo, venerdì ti faccio il bonifico 🙏", sent="2027-01-12 09:00",
      client_name="Chiara Vitale", facts={"promised_date": "2027-01-15"},
      note="Italian answer to a Spanish reminder (language is the client's, it); written on Tuesday 12 January, "
           "so 'venerdì' is 15 January.")

reply(lang="it", kind="client-reply-promise", name="Anna Greco", addr="anna.greco@outlook.it",
      inv=Inv(ELENA, "E/2027/04", "540,00 €", "05/02/2027"), date="2027-02-09 07:58", offset="+0100",
      mua="outlook-android", text="Buongiorno sì entro fine mese provvedo al saldo grazie mille punto",
      step="due", sent="2027-02-08 09:00", client_name="Anna Greco", facts={"promised_date": "2027-02-28"},
      note="Dictated on the phone (the spoken 'punto' ended up as a word): she will pay by the end of the month, "
           "i.e. 28 February 2027.")

reply(lang="it", kind="client-reply-promise", name="Stefano Riva", addr="stefano@rivafalegnameria.it",
      inv=Inv(GIULIA, "127/2026", "390,00 €", "30/11/2026"), date="2026-12-10 21:14", offset="+0100",
      mua="samsung", text="Scusa Giulia sono un po indietro, te la saldo appena mi paga un cliente. Max 2 settimane",
      sent="2026-12-10 09:00", client_name="Riva Falegnameria snc", client_kind="company",
      note="A promise without a day: 'appena mi paga un cliente, max 2 settimane' is a window, not a date, so "
           "no promised_date.")

reply(lang="it", kind="client-reply-promise", name="Valentina Serra", addr="vale.serra@hotmail.it",
      inv=Inv(DAVIDE, "2027-07", "620,00 €", "28/02/2027"), date="2027-03-03 22:40", offset="+0100",
      mua="outlook-ios", text="domani mattina faccio tutto, 620 giusto?", sent="2027-03-03 09:00",
      client_name="Valentina Serra", facts={"promised_date": "2027-03-04", "amount": "620.00"},
      note="Late-evening promise for 'domani mattina' (4 March); she names 620 as the sum she will pay, but her "
           "words give no currency (the € is only in the quoted reminder).")

reply(lang="it", kind="client-reply-dispute", name="Gianni Esposito", addr="gianni.esposito@virgilio.it",
      inv=Inv(ELENA, "E/2026/41", "280,00 €", "15/11/2026"), date="2026-11-19 09:12", offset="+0100",
      mua="iphone", text="Non è mia", sent="2026-11-19 08:30", client_name="Gianni Esposito",
      note="'Non è mia' under a payment reminder: he denies the invoice is his, i.e. contests owing it; a reader "
           "could take it for a mere wrong-address remark.")

reply(lang="it", kind="client-reply-dispute", name="Roberta Fontana", addr="roberta.fontana@gmail.com",
      inv=Inv(GIULIA, "133/2026", "480,00 €", "15/01/2027", "16/12/2026"), date="2027-01-12 14:05",
      offset="+0100", mua="gmail", text="ma l'importo non era 400? qui leggo 480", step="courtesy",
      sent="2027-01-12 09:00", client_name="Roberta Fontana",
      note="Questions the amount (agreed 400, invoiced 480): a dispute; neither figure is a sum paid or promised.")

reply(lang="it", kind="client-reply-dispute", name="Matteo Colombo", addr="matteo@colombovini.it",
      inv=Inv(DAVIDE, "2026-63", "1.500,00 €", "30/11/2026"), date="2026-12-02 17:40", offset="+0100",
      mua="outlook-android", text="guarda che il sito non è ancora online. pago quando è finito", step="due",
      sent="2026-12-02 08:30", client_name="Colombo Vini srl", client_kind="company",
      note="Withholds payment because the work is not finished; 'pago quando è finito' is conditional, and "
           "dispute wins over promise anyway.")

reply(lang="it", kind="client-reply-dispute", name="Silvia Marino", addr="silvia.marino@marinoeventi.it",
      inv=Inv(DAVIDE, "2026-66", "450,00 €", "31/12/2026"), date="2027-01-08 10:15", offset="+0100",
      mua="gmail", text="ciao Davide, ma è un doppione della 2026-48? stesso lavoro. mi fai una nota di credito",
      sent="2027-01-08 08:30", client_name="Silvia Marino",
      note="Says the invoice duplicates 2026-48 and asks for a credit note: a dispute; two invoice numbers are in "
           "play, so no reference.")

reply(lang="it", kind="client-reply-dispute", name="Claudio Ricci", addr="claudio.ricci71@tiscali.it",
      inv=Inv(GIULIA, "137/2026", "450,00 €", "10/02/2027"), date="2027-02-15 20:30", offset="+0100",
      mua="samsung-alt", text="Aho ma so' 450?? avevamo detto 300 tutto compreso. Famme 'no sconto e te pago",
      sent="2027-02-15 09:00", client_name="Claudio Ricci",
      note="Roman dialect: the price was agreed at 300 all-in, he wants a discount before paying; a dispute (it "
           "beats the conditional 'te pago'), and no amount since nothing is paid or promised.")

reply(lang="it", kind="client-reply-other", name="Daniela Costa", addr="daniela.costa@yahoo.it",
      inv=Inv(ELENA, "E/2026/44", "195,00 €", "30/11/2026", "31/10/2026"), date="2026-11-25 13:02",
      offset="+0100", mua="yahoo", text="quale iban?", step="courtesy", sent="2026-11-25 09:00",
      client_name="Daniela Costa", with_bank=False,
      note="Asks for the bank details (the courtesy note only pointed to the invoice): a question, neither paid "
           "nor promised.")

reply(lang="it", kind="client-reply-other", name="Federico Galli", addr="f.galli@gallisrl.it",
      inv=Inv(DAVIDE, "2026-59", "2.100,00 €", "03/12/2026", subject="Fattura 2026-59 - Russo Web",
              sent="2026-11-03 18:10"),
      date="2026-11-04 09:40", offset="+0100", mua="iphone", step="invoice",
      text="Ricevuta grazie, la giro all’amministrazione",
      invoice_text=("Ciao Federico,\n\nin allegato la fattura 2026-59 per il restyling del sito e la manutenzione di "
                    "ottobre.\nScadenza a 30 giorni, l'IBAN è in fattura.\n\nGrazie e buona serata,\nDavide\n\n--\n"
                    "Davide Russo · sviluppo web\nwww.russoweb.it"),
      note="Reply to the invoice itself: received, passed on to the accounts office; no payment or promise.")

reply(lang="it", kind="client-reply-other", name="Ilaria Benedetti", addr="ilaria.benedetti@gmail.com",
      inv=Inv(GIULIA, "141/2026", "380,00 €", "28/02/2027"), date="2027-03-09 12:10", offset="+0100",
      mua="gmail", text="mi è tornato indietro il bonifico, dice iban errato 🤔 me lo ricontrolli?",
      sent="2027-03-09 09:00", client_name="Ilaria Benedetti",
      note="Her transfer bounced back and nothing has been sent again: not a paid claim; she asks to check the "
           "IBAN.")

reply(lang="it", kind="client-reply-other", name="Bruno Leone", addr="bruno.leone@fastwebnet.it",
      inv=Inv(ELENA, "E/2027/09", "230,00 €", "31/03/2027", "01/03/2027"), date="2027-03-22 19:05",
      offset="+0100", mua="samsung", text="me la rimandi in pdf? dal cell non si apre", step="courtesy",
      sent="2027-03-22 09:00", client_name="Bruno Leone",
      note="Asks to have the invoice sent again as a PDF because the phone cannot open it: a request, not a "
           "dispute.")

# ------------------------------------------------------------------ Spanish clients

reply(lang="es", kind="client-reply-paid", name="Pablo Herrera", addr="pabloherrera@icloud.com",
      inv=Inv(LUCIA, "F-2026-081", "605,00 €", "05/11/2026"), date="2026-11-10 10:31", offset="+0100",
      mua="iphone-html", text="Hecho!", sent="2026-11-10 09:00", client_name="Pablo Herrera",
      note="'Hecho!' under the overdue reminder = the transfer is done; no sum or number in his own words.")

reply(lang="es", kind="client-reply-paid", name="Carmen Ruiz", addr="carmenruiz.bcn@gmail.com",
      inv=Inv(JAVIER, "2026/148", "380,00 €", "05/12/2026"), date="2026-12-09 11:58", offset="+0100",
      mua="gmail", text="Ya", sent="2026-12-09 09:00", client_name="Carmen Ruiz",
      note="A bare 'Ya' in answer to 'sigue pendiente de pago... si el pago ya se ha realizado': it means it is "
           "already paid; the hardest kind of one-word reply.")

reply(lang="es", kind="client-reply-paid", name="Andrés Molina", addr="andres@molinaasesores.es",
      inv=Inv(MARTA, "MG-26-044", "290,40 €", "10/01/2027"), date="2027-01-19 12:44", offset="+0100",
      mua="iphone", text="Transferido esta mañana 👌 te adjunto el justificante", step="due", sent="2027-01-19 09:00",
      client_name="Andrés Molina", attach=[("justificante_transferencia.pdf", "application", "pdf", PDF)],
      note="Transfer made this morning, receipt attached; the amount is only in the quoted reminder.")

reply(lang="es", kind="client-reply-paid", name="Rocío Jiménez", addr="rocio.jimenez@hotmail.es",
      inv=Inv(MARTA, "MG-26-048", "120,00 €", "31/01/2027"), date="2027-02-02 21:17", offset="+0100",
      mua="outlook-android", text="pagao ayer por bizum, 120 €. un saludo!", sent="2027-02-02 09:00",
      client_name="Rocío Jiménez", facts={"amount": "120.00", "currency": "EUR"},
      note="Andalusian 'pagao' = pagado: paid yesterday by Bizum, 120 € in her own words; no invoice number.")

reply(lang="es", kind="client-reply-paid", name="Rosa Prieto", addr="administracion@grupoalbia.es",
      inv=Inv(JAVIER, "2026/142", "850,00 €", "30/11/2026", "31/10/2026"), date="2026-11-26 10:15",
      offset="+0100", mua="outlook-desktop", step="courtesy", sent="2026-11-26 09:00", client_name="Grupo Albia SL",
      client_kind="company", charset="windows-1252",
      text="Buenos días:\nya se ha hecho la transferencia de la factura 2026/142 (850 €).",
      signature="\nUn saludo,\nRosa Prieto\nAdministración · Grupo Albia",
      facts={"amount": "850.00", "currency": "EUR", "reference": "2026/142"},
      note="The client's administration office confirms the transfer, naming invoice 2026/142 and 850 € itself.")

reply(lang="es", kind="client-reply-promise", name="Sergio Castro", addr="sergiocastro.fot@gmail.com",
      inv=Inv(JAVIER, "2026/151", "420,00 €", "10/12/2026"), date="2026-12-15 20:48", offset="+0100",
      mua="gmail", text="Mañana sin falta", sent="2026-12-15 09:00", client_name="Sergio Castro",
      facts={"promised_date": "2026-12-16"},
      note="'Mañana sin falta' written on the evening of 15 December: he will pay on the 16th.")

reply(lang="es", kind="client-reply-promise", name="Nuria Soler", addr="nuria@solerinteriors.es",
      inv=Inv(LUCIA, "F-2026-091", "480,00 €", "10/01/2027"), date="2027-01-18 09:41", offset="+0100",
      mua="gmail", text="Pagada la 087. La 091 te la hago el viernes 👍", sent="2027-01-18 09:00",
      client_name="Nuria Soler", facts={"promised_date": "2027-01-22"},
      note="One invoice paid, the reminded one (091) promised for Friday: a promise for Friday 22 January; two "
           "invoices named, so no reference.")

reply(lang="es", kind="client-reply-promise", name="Diego Romero", addr="diegoromero.dr@yahoo.es",
      inv=Inv(MARTA, "MG-27-005", "210,00 €", "31/01/2027"), date="2027-02-06 11:30", offset="+0100",
      mua="yahoo", text="el lunes te lo paso, que hoy el banco no me deja hacer transferencias",
      sent="2027-02-05 09:00", client_name="Diego Romero", facts={"promised_date": "2027-02-08"},
      note="Written on Saturday 6 February: 'el lunes' is Monday 8 February.")

reply(lang="es", kind="client-reply-promise", name="Martín Sosa", addr="martin.sosa.ba@gmail.com",
      inv=Inv(MARTA, "MG-26-052", "350,00 €", "15/12/2026"), date="2026-12-21 08:15", offset="-0300",
      mua="gmail", text="Che Marta, te lo transfiero a principio de mes que ando corto. Perdón!!",
      sent="2026-12-21 09:00", client_name="Martín Sosa",
      note="Argentine client (voseo, 'che'): will transfer at the beginning of the month, which names no day, "
           "so no promised_date.")

reply(lang="es", kind="client-reply-promise", name="Pilar Domínguez", addr="pilar.dominguez@telefonica.net",
      inv=Inv(JAVIER, "2027/012", "760,00 €", "28/02/2027"), date="2027-03-02 08:05", offset="+0100",
      mua="samsung-alt", text="Hola Javi te hago la transparencia el 15 de marzo sin falta un saludo", step="due",
      sent="2027-03-01 09:00", client_name="Pilar Domínguez", facts={"promised_date": "2027-03-15"},
      note="Voice dictation turned 'transferencia' into 'transparencia': she will pay on 15 March 2027.")

reply(lang="es", kind="client-reply-promise", name="Raúl Medina", addr="raul@medinareformas.es",
      inv=Inv(LUCIA, "F-2026-079", "1.240,00 €", "31/10/2026"), date="2026-11-09 13:10", offset="+0100",
      mua="iphone", text="Los 1.240 € te los pago como muy tarde el día 20, vale?", sent="2026-11-09 09:00",
      client_name="Raúl Medina", facts={"promised_date": "2026-11-20", "amount": "1240.00", "currency": "EUR"},
      note="Promises the 1.240 € by the 20th at the latest (20 November, the month of the message).")

reply(lang="es", kind="client-reply-dispute", name="Teresa Vidal", addr="teresa.vidal@gmail.com",
      inv=Inv(JAVIER, "2026/155", "300,00 €", "31/12/2026"), date="2027-01-11 18:20", offset="+0100",
      mua="gmail", text="esta ya me la facturaste en octubre, es la misma sesión de fotos", sent="2027-01-11 09:00",
      client_name="Teresa Vidal",
      note="Already invoiced in October for the same shoot: a duplicate-billing dispute, not a paid claim.")

reply(lang="es", kind="client-reply-dispute", name="Iván Ramos", addr="ivan@ramosbikes.com",
      inv=Inv(JAVIER, "2026/158", "540,00 €", "20/01/2027"), date="2027-01-25 13:00", offset="+0100",
      mua="iphone", text="No pago hasta que me mandes las fotos en alta, lo siento", step="due", quote=False,
      sent="2027-01-25 09:00", client_name="Ramos Bikes SL", client_kind="company",
      note="Withholds payment until the high-resolution photos are delivered: a dispute.")

reply(lang="es", kind="client-reply-dispute", name="Yaiza Hernández", addr="yaiza@hernandezsurf.com",
      inv=Inv(MARTA, "MG-26-050", "302,50 €", "15/12/2026", "15/11/2026"), date="2026-12-03 10:10",
      offset="+0000", mua="gmail", text="El IGIC, no el IVA!! estamos en Canarias 😅 mándame una rectificativa porfa",
      step="courtesy", sent="2026-12-03 09:00", client_name="Yaiza Hernández",
      note="Canary Islands client: the invoice charges VAT instead of IGIC, she asks for a corrected invoice: a "
           "dispute.")

reply(lang="es", kind="client-reply-dispute", name="Manuel Ortiz", addr="manuelortiz1958@hotmail.com",
      inv=Inv(LUCIA, "F-2027-004", "180,00 €", "15/02/2027"), date="2027-02-17 17:33", offset="+0100",
      mua="outlook-web", text="NO ES MIA ESTA FACTURA. YO NO HE PEDIDO NADA", sent="2027-02-17 09:00",
      client_name="Manuel Ortiz",
      note="In capitals and without accents: denies having ordered anything, refuses the invoice.")

reply(lang="es", kind="client-reply-other", name="Lorena Pascual", addr="lorenapascual@gmail.com",
      inv=Inv(LUCIA, "F-2026-095", "350,00 €", "31/01/2027", "31/12/2026"), date="2027-01-28 11:02",
      offset="+0100", mua="gmail", text="me lo reenvías? no me llegó la factura 🙈", step="courtesy",
      sent="2027-01-28 09:00", client_name="Lorena Pascual", with_bank=False,
      note="Never received the invoice and asks for it again: a request, not a dispute.")

reply(lang="es", kind="client-reply-other", name="Jordi Puig", addr="jordi@puigtravel.cat",
      inv=Inv(TOM, "INV-2026-036", "£640.00", "30/11/2026"), date="2026-12-07 09:55", offset="+0100",
      mua="iphone", text="perdona, no entiendo bien el inglés 😅 ¿cuánto es en euros?", sent="2026-12-07 08:00",
      client_name="Puig Travel SL", client_kind="company",
      note="Spanish reply to an English reminder: asks what the sum is in euros; a question only.")

reply(lang="es", kind="client-reply-other", name="Elena Sanz", addr="esanz@clinicasanz.es",
      inv=Inv(JAVIER, "2026/146", "1.210,00 €", "16/12/2026", subject="Factura 2026/146 - Javier Ortega Fotografía",
              sent="2026-11-16 10:30"),
      date="2026-11-16 12:00", offset="+0100", mua="outlook-ios", step="invoice",
      text="Recibido, gracias. Lo paso a contabilidad 👍",
      invoice_text=("Hola Elena:\n\nte adjunto la factura 2026/146 de la sesión de fotos de la clínica.\n"
                    "Vencimiento a 30 días; los datos bancarios están en la propia factura.\n\nUn abrazo,\nJavier\n\n"
                    "Javier Ortega · Fotografía\nortegafoto.es"),
      note="Acknowledges the invoice and forwards it to accounts; says nothing about paying.")

reply(lang="es", kind="client-reply-other", name="Alberto Núñez", addr="albertonunez.an@gmail.com",
      inv=Inv(MARTA, "MG-27-009", "160,00 €", "10/03/2027"), date="2027-03-16 10:40", offset="+0100",
      mua="gmail", text="me han devuelto la transferencia, dice q el IBAN no existe. me lo pasas otra vez?",
      sent="2027-03-16 09:00", client_name="Alberto Núñez",
      note="The transfer came back (IBAN 'does not exist') and nothing was sent again: not paid; he asks for "
           "the details again.")

reply(lang="es", kind="client-reply-other", name="Alejandro Vargas", addr="alejandro.vargas@vargasmx.com",
      inv=Inv(LUCIA, "F-2026-089", "950,00 €", "05/12/2026"), date="2026-12-14 10:22", offset="-0600",
      mua="gmail", text="Oye Lucía, ¿se puede pagar con tarjeta? ahorita no tengo acceso a la banca en línea",
      sent="2026-12-14 09:00", client_name="Alejandro Vargas",
      note="Mexican client ('ahorita'): asks whether a card payment is possible; no commitment to pay, so other.")

# ------------------------------------------------------------------ English clients

reply(lang="en", kind="client-reply-paid", name="Kevin Doyle", addr="kevin.doyle.kd@gmail.com",
      inv=Inv(SARAH, "SK-0412", "€750.00", "06/11/2026"), date="2026-11-12 17:05", offset="+0000",
      mua="gmail", text="sent", sent="2026-11-12 09:00", client_name="Kevin Doyle",
      note="'sent' under an overdue reminder = the payment has been sent.")

reply(lang="en", kind="client-reply-paid", name="Emma Walsh", addr="emma@walshbakery.ie",
      inv=Inv(SARAH, "SK-0419", "€320.00", "31/12/2026"), date="2027-01-06 08:22", offset="+0000",
      mua="iphone-html", text="Paid just now, sorry for the delay! 🙏", step="due", sent="2027-01-05 09:00",
      client_name="Emma Walsh", note="Paid just now; the €320 is only in the quoted reminder.")

reply(lang="en", kind="client-reply-paid", name="James Patel", addr="james.patel@patelandco.co.uk",
      inv=Inv(TOM, "INV-2026-031", "£1,200.00", "15/11/2026"), date="2026-11-23 11:02", offset="+0000",
      mua="outlook-ios", text="done - £1,200 went out this morning, ref INV-2026-031", sent="2026-11-23 08:00",
      client_name="James Patel", facts={"amount": "1200.00", "currency": "GBP", "reference": "INV-2026-031"},
      note="Paid this morning; £1,200 and the invoice number are in his own line (currency GBP).")

reply(lang="en", kind="client-reply-paid", name="Hannah Scott", addr="hannah.scott@outlook.com",
      inv=Inv(GIULIA, "139/2026", "700,00 €", "31/01/2027"), date="2027-02-11 15:30", offset="+0000",
      mua="outlook-web", ui="en", text="Hi Giulia, sorry my Italian is terrible 🙈 paid yesterday via Wise",
      sent="2027-02-11 09:00", client_name="Hannah Scott",
      note="English reply to an Italian reminder (language en): paid yesterday through Wise.")

reply(lang="en", kind="client-reply-paid", name="Ryan Mitchell", addr="ryan@mitchellmedia.com",
      inv=Inv(SARAH, "SK-0436", "€2,400.00", "28/02/2027"), date="2027-03-10 10:15", offset="-0500",
      mua="gmail", ui="en-us", text="wire went thru this am 👍", sent="2027-03-10 09:00", client_name="Ryan Mitchell",
      attach=[("Screenshot 2027-03-10 at 10.12.48 AM.png", "image", "png", PNG)],
      note="US client: 'wire went thru this am' = the bank transfer was made this morning.")

reply(lang="en", kind="client-reply-promise", name="Tyler Brooks", addr="tbrooks@brookshomes.com",
      inv=Inv(SARAH, "SK-0427", "€540.00", "31/12/2026"), date="2027-01-07 21:10", offset="-0500",
      mua="iphone", ui="en-us", text="Will do tmrw", sent="2027-01-07 09:00", client_name="Tyler Brooks",
      facts={"promised_date": "2027-01-08"},
      note="Sent at 21:10 in New York on 7 January (already the 8th in UTC): 'tmrw' is 8 January in the sender's "
           "time zone.")

reply(lang="en", kind="client-reply-promise", name="Niamh Quinn", addr="niamh.quinn@gmail.com",
      inv=Inv(SARAH, "SK-0430", "€260.00", "31/01/2027"), date="2027-02-04 13:12", offset="+0000",
      mua="gmail", text="next week ok?", step="due", sent="2027-02-04 09:00", client_name="Niamh Quinn",
      note="Offers to pay next week: a promise, but 'next week' names no day, so no promised_date.")

reply(lang="en", kind="client-reply-promise", name="Josh Reed", addr="josh@reedcoffee.co.uk",
      inv=Inv(TOM, "INV-2026-040", "£420.00", "13/11/2026"), date="2026-11-16 12:30", offset="+0000",
      mua="iphone-html", text="Will pay Friday 🤞", step="due", sent="2026-11-16 08:00", client_name="Josh Reed",
      facts={"promised_date": "2026-11-20"},
      note="Written on Monday 16 November: Friday is 20 November.")

reply(lang="en", kind="client-reply-promise", name="Danielle Ortiz", addr="danielle@ortizcreative.com",
      inv=Inv(TOM, "INV-2026-043", "£980.00", "30/11/2026"), date="2026-12-04 16:45", offset="-0500",
      mua="gmail", ui="en-us", text="can do end of month, cash flow's tight rn. that work?", sent="2026-12-04 08:00",
      client_name="Danielle Ortiz", facts={"promised_date": "2026-12-31"},
      note="Offers to pay at the end of the month: 31 December 2026; the trailing question does not undo it.")

reply(lang="en", kind="client-reply-promise", name="Ciara Nolan", addr="ciara@nolanyoga.ie",
      inv=Inv(SARAH, "SK-0433", "€800.00", "31/01/2027"), date="2027-02-03 12:05", offset="+0000",
      mua="outlook-ios", text="paid €400 today, the other 400 on the 15th if that's ok", sent="2027-02-03 09:00",
      client_name="Ciara Nolan", facts={"promised_date": "2027-02-15", "amount": "400.00", "currency": "EUR"},
      note="Half paid, the rest promised on a day: a promise for 15 February; the promised rest is 400 (the same as "
           "the half paid).")

reply(lang="en", kind="client-reply-promise", name="Rob Hill", addr="robhill82@outlook.com",
      inv=Inv(TOM, "INV-2026-045", "£380.00", "30/11/2026"), date="2026-12-11 19:20", offset="+0000",
      mua="outlook-android", text="sorry not this month 😬 early jan ok?", sent="2026-12-11 08:00",
      client_name="Rob Hill",
      note="Puts the payment off to 'early jan': a promise (not a dispute: nothing about the invoice is "
           "contested), with no day stated.")

reply(lang="en", kind="client-reply-dispute", name="Chloe Evans", addr="chloe@evansflorist.co.uk",
      inv=Inv(TOM, "INV-2026-039", "£450.00", "31/12/2026"), date="2027-01-05 10:02", offset="+0000",
      mua="iphone", text="we never got the logo files?? not paying till we do", step="due", sent="2027-01-05 08:00",
      client_name="Chloe Evans", note="Withholds payment because the work was not delivered: a dispute.")

reply(lang="en", kind="client-reply-dispute", name="Mark Taylor", addr="m.taylor@taylorlogistics.co.uk",
      inv=Inv(TOM, "INV-2026-042", "£1,100.00", "31/01/2027", "01/01/2027"), date="2027-01-26 09:47",
      offset="+0000", mua="outlook-desktop", step="courtesy", sent="2027-01-26 08:00",
      client_name="Taylor Logistics Ltd", client_kind="company", charset="windows-1252",
      text="This was agreed at £900 not £1,100. Please reissue.",
      signature="\nMark Taylor\nOperations Director | Taylor Logistics Ltd",
      note="Contests the amount and asks for a new invoice; £900 is the agreed price, not a sum paid or promised.")

reply(lang="en", kind="client-reply-dispute", name="Aoife Byrne", addr="aoife@byrnecafe.ie",
      inv=Inv(SARAH, "SK-0425", "€280.00", "15/12/2026"), date="2026-12-17 14:22", offset="+0000",
      mua="gmail", text="already paid this in Oct – you've billed it twice (see SK-0398)", sent="2026-12-17 09:00",
      client_name="Aoife Byrne",
      note="Sounds like a paid claim but says the invoice duplicates SK-0398, already paid: a billed-twice "
           "dispute (dispute beats paid); two numbers in play, so no reference.")

reply(lang="en", kind="client-reply-dispute", name="Sean Gallagher", addr="sean@gallagherbuild.ie",
      inv=Inv(SARAH, "SK-0428", "€1,600.00", "31/01/2027"), date="2027-02-09 18:40", offset="+0000",
      mua="samsung-alt", text="can u do 10% off? been a rough quarter tbh", quote=False, sent="2027-02-09 09:00",
      client_name="Sean Gallagher", note="Asks for a discount before paying: a dispute.")

reply(lang="en", kind="client-reply-other", name="Liam O'Connor", addr="liam@oconnorplumbing.ie",
      inv=Inv(SARAH, "SK-0438", "€190.00", "31/03/2027", "01/03/2027"), date="2027-03-24 10:31", offset="+0000",
      mua="gmail", text="can u resend? cant find it", step="courtesy", sent="2027-03-24 09:00",
      client_name="Liam O'Connor", with_bank=False,
      note="Asks for the invoice again; no payment statement.")

reply(lang="en", kind="client-reply-other", name="Priya Shah", addr="priya.shah@shahdental.co.uk",
      inv=Inv(TOM, "INV-2026-034", "£1,560.00", "28/11/2026", subject="Invoice INV-2026-034 – Hughes Digital",
              sent="2026-10-30 16:05"),
      date="2026-11-02 08:47", offset="+0000", mua="iphone", step="invoice", text="Got it thanks, fwd to accounts",
      invoice_text=("Hi Priya,\n\nPlease find attached invoice INV-2026-034 for the booking system work (phase 2).\n"
                    "Payment terms are 30 days; bank details are on the invoice.\n\nThanks,\nTom\n\n--\nTom Hughes\n"
                    "Hughes Digital Ltd"),
      note="Acknowledges the invoice and forwards it to accounts: received, nothing about paying.")

reply(lang="en", kind="client-reply-other", name="Gareth Jones", addr="gareth@jonesmotors.co.uk",
      inv=Inv(TOM, "INV-2026-047", "£720.00", "15/03/2027"), date="2027-03-19 15:05", offset="+0000",
      mua="outlook-ios", text="my bank bounced the payment back, says the IBAN's invalid? can u double check",
      step="due", sent="2027-03-19 08:00", client_name="Gareth Jones",
      note="The payment came back and has not been re-sent: not a paid claim; he asks to check the IBAN.")


# ------------------------------------------------------------------ machine mail

M: list[tuple[object, dict]] = []  # (EmailMessage | bytes, label)


def machine_msg(lang: str, kind: str, note: str, **facts):
    def deco(fn):
        M.append((fn(), {"kind": kind, "language": lang, **facts, "note": note}))
        return fn
    return deco


def rem_headers(owner: Owner, inv_number: str, subject: str, step: str, to: str, sent: dt.datetime) -> str:
    """The headers of the reminder as mailduns sent it (returned inside bounces)."""
    return (f"From: {formataddr((owner.name, owner.email))}\nTo: {to}\nSubject: Re: {subject}\n"
            f"Date: {format_datetime(sent)}\nMessage-ID: {mailduns_id(owner.email, inv_number, step)}\n"
            f"In-Reply-To: {invoice_mid(owner, inv_number)}\nX-Mailduns: reminder; invoice={inv_number}; step={step}\n"
            "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"===============" +
            str(int(h(inv_number + step, 12), 16))[:19] + "==\"\n")


# -- payment notifications ---------------------------------------------------------------------------

@machine_msg("it", "payment-notification",
             "PayPal notice of 350,00 € received, the payer's note names invoice 129/2026; the 337,75 € net of the "
             "fee is not the sum paid.", amount="350.00", currency="EUR", reference="129/2026")
def _paypal_it():
    t = when("2026-12-12 05:32:10", "-0800")
    plain = ("Ciao Giulia Ferraro,\n\nMarta Colombo ti ha inviato 350,00 € EUR.\n\nNota di Marta Colombo:\n"
             "\"saldo fattura 129/2026\"\n\nDettagli della transazione\nID transazione: 3PK48219TX7761052\n"
             "Data transazione: 12 dicembre 2026\nImporto ricevuto: 350,00 € EUR\nCommissione: -12,25 € EUR\n"
             "Importo netto: 337,75 € EUR\n\nIl denaro è già disponibile nel tuo conto PayPal.\n\n"
             "Aiuto e contatti | Sicurezza | App\n\nPayPal (Europe) S.à r.l. et Cie, S.C.A.\n"
             "22-24 Boulevard Royal, L-2449 Luxembourg\n")
    page = ("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>PayPal</title></head>"
            "<body style=\"margin:0;background:#f5f7fa\"><table role=\"presentation\" width=\"100%\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#001435\">"
            "<tr><td style=\"padding:24px\"><img src=\"https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png\" width=\"36\" alt=\"PayPal\"></td></tr>"
            "<tr><td style=\"padding:0 24px\"><p>Ciao Giulia Ferraro,</p><h1 style=\"font-size:28px\">Marta Colombo ti ha "
            "inviato 350,00&nbsp;€&nbsp;EUR</h1><p><b>Nota di Marta Colombo:</b><br>&quot;saldo fattura 129/2026&quot;</p>"
            "<table width=\"100%\" style=\"font-size:14px\"><tr><td>ID transazione</td><td align=\"right\">3PK48219TX7761052</td></tr>"
            "<tr><td>Data transazione</td><td align=\"right\">12 dicembre 2026</td></tr><tr><td>Importo ricevuto</td>"
            "<td align=\"right\">350,00&nbsp;€ EUR</td></tr><tr><td>Commissione</td><td align=\"right\">-12,25&nbsp;€ EUR</td></tr>"
            "<tr><td><b>Importo netto</b></td><td align=\"right\"><b>337,75&nbsp;€ EUR</b></td></tr></table>"
            "<p>Il denaro è già disponibile nel tuo conto PayPal.</p></td></tr><tr><td style=\"padding:24px;font-size:11px;"
            "color:#6c7378\">PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg</td></tr>"
            "</table></td></tr></table></body></html>\n")
    return machine([("From", "PayPal <service@paypal.it>"), ("To", "Giulia Ferraro <giulia@ferrarografica.it>"),
                    ("Subject", "Hai ricevuto un pagamento da Marta Colombo"), ("Date", format_datetime(t)),
                    ("Message-ID", f"<{h('pp1', 32)}@paypal.com>"), ("X-Email-Type-Id", "PPC000105")],
                   plain, page, boundary="--==_mimepart_" + h("pp1b", 16))


@machine_msg("it", "payment-notification",
             "Bank notice of an incoming SEPA transfer, 1.250,00 EUR; the causale names invoice 2026-54.",
             amount="1250.00", currency="EUR", reference="2026-54")
def _intesa():
    t = when("2027-01-15 07:12:40", "+0100")
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\">"
            "<p><img src=\"https://www.intesasanpaolo.com/content/dam/logo-isp.png\" alt=\"Intesa Sanpaolo\" height=\"32\"></p>"
            "<p>Gentile Cliente,</p><p>ti informiamo che in data 15/01/2027 sul conto corrente n. ****6381 è stato "
            "accreditato un bonifico SEPA.</p><table cellpadding=\"4\" style=\"font-size:14px\">"
            "<tr><td>Importo</td><td><b>1.250,00 EUR</b></td></tr><tr><td>Ordinante</td><td>LOMBARDI SARA</td></tr>"
            "<tr><td>Causale</td><td>SALDO FATT 2026-54 RUSSO WEB</td></tr><tr><td>Data valuta</td><td>15/01/2027</td></tr>"
            "</table><p>Puoi vedere il dettaglio dei movimenti nell'app o nell'Area Clienti.</p>"
            "<p style=\"font-size:11px;color:#777\">Questa è una comunicazione automatica: ti preghiamo di non rispondere. "
            "Intesa Sanpaolo non ti chiederà mai codici o password via email.</p></body></html>\n")
    return machine([("From", "Intesa Sanpaolo <notifiche@intesasanpaolo.com>"), ("To", "davide@russoweb.it"),
                    ("Subject", "Accredito bonifico sul tuo conto"), ("Date", format_datetime(t)),
                    ("Message-ID", f"<{h('isp', 24)}.notifiche@intesasanpaolo.com>")],
                   None, page, cte="base64")


@machine_msg("it", "payment-notification",
             "Satispay notice: 195,00 € received from the client; her message names invoice E/2026/44.",
             amount="195.00", currency="EUR", reference="E/2026/44")
def _satispay():
    t = when("2026-11-28 18:40:22", "+0100")
    plain = ("Hai ricevuto 195,00 €\n\nDaniela Costa ti ha inviato 195,00 €.\nMessaggio: «fatt E/2026/44 grazie!»\n"
             "28 novembre 2026, 18:40\n\nTrovi il dettaglio nella sezione Attività dell'app Satispay Business.\n\n"
             "Satispay Europe S.A. - Luxembourg\n")
    page = ("<html><body style=\"font-family:'Helvetica Neue',Arial,sans-serif;color:#1a1a1a\">"
            "<div style=\"max-width:520px;margin:auto\"><h2 style=\"color:#f94c43\">Hai ricevuto 195,00 €</h2>"
            "<p><b>Daniela Costa</b> ti ha inviato 195,00 €.</p><p>Messaggio: «fatt E/2026/44 grazie!»</p>"
            "<p style=\"color:#888\">28 novembre 2026, 18:40</p><p>Trovi il dettaglio nella sezione Attività dell'app "
            "Satispay Business.</p><p style=\"font-size:11px;color:#aaa\">Satispay Europe S.A. - Luxembourg</p></div>"
            "</body></html>\n")
    return machine([("From", "Satispay <no-reply@satispay.com>"),
                    ("To", "Elena Marchi <elena.marchi@marchitraduzioni.it>"), ("Subject", "Hai ricevuto 195,00 €"),
                    ("Date", format_datetime(t)), ("Message-ID", f"<{h('sat', 36)}@email.satispay.com>")],
                   plain, page, boundary=h("satb", 28))


@machine_msg("es", "payment-notification",
             "Bank notice of a transfer received: 605,00 EUR, concepto 'FRA F-2026-081'.",
             amount="605.00", currency="EUR", reference="F-2026-081")
def _caixa():
    t = when("2026-11-11 08:05:13", "+0100")
    plain = ("Has recibido una transferencia\n\nTe informamos de que has recibido una transferencia en tu cuenta "
             "ES91 **** **** **** **** 1332.\n\nImporte: 605,00 EUR\nOrdenante: PABLO HERRERA GARCIA\n"
             "Concepto: FRA F-2026-081\nFecha valor: 11/11/2026\n\nEste correo se ha enviado de forma automática. "
             "Por favor, no respondas.\nCaixaBank, S.A.\n")
    page = ("<html><head><meta charset=\"iso-8859-1\"></head><body style=\"font-family:Arial;font-size:13px\">"
            "<h3 style=\"color:#007eae\">Has recibido una transferencia</h3><p>Te informamos de que has recibido una "
            "transferencia en tu cuenta ES91 **** **** **** **** 1332.</p><table><tr><td>Importe:</td><td><b>605,00 EUR</b>"
            "</td></tr><tr><td>Ordenante:</td><td>PABLO HERRERA GARCIA</td></tr><tr><td>Concepto:</td><td>FRA F-2026-081"
            "</td></tr><tr><td>Fecha valor:</td><td>11/11/2026</td></tr></table><p style=\"font-size:10px;color:#666\">"
            "Este correo se ha enviado de forma automática. Por favor, no respondas.<br>CaixaBank, S.A.</p></body></html>\n")
    return machine([("From", "CaixaBank <notificaciones@caixabank.com>"),
                    ("To", "lucia@navarroestudio.es"), ("Subject", "Aviso: has recibido una transferencia"),
                    ("Date", format_datetime(t)), ("Message-ID", f"<{h('cx', 20).upper()}@caixabank.com>")],
                   plain, page, charset="iso-8859-1", boundary="----=_NextPart_" + h("cxb", 20))


@machine_msg("es", "payment-notification",
             "Bizum received through the bank, 120,00 €; the concepto ('factura enero') names no invoice number.",
             amount="120.00", currency="EUR")
def _bizum_in():
    t = when("2027-02-01 21:04:51", "+0100")
    page = ("<html><body style=\"font-family:Arial,sans-serif;background:#f4f4f4\"><div style=\"background:#fff;"
            "max-width:480px;margin:auto;padding:20px\"><p style=\"color:#072146;font-size:20px\"><b>Has recibido un "
            "Bizum</b></p><p>ROCIO J. te ha enviado <b>120,00 €</b> por Bizum.</p><p>Concepto: factura enero 🙂</p>"
            "<p>Ya tienes el dinero en tu cuenta ·4567.</p><p style=\"font-size:11px;color:#666\">Banco Bilbao Vizcaya "
            "Argentaria, S.A. Este es un mensaje automático.</p></div></body></html>\n")
    return machine([("From", "BBVA <bbva@comunicaciones.bbva.es>"), ("To", "hola@martagil.com"),
                    ("Subject", "Has recibido un Bizum de 120,00 €"), ("Date", format_datetime(t)),
                    ("Message-ID", f"<{h('bz1', 30)}@comunicaciones.bbva.es>")], None, page)


@machine_msg("en", "payment-notification",
             "Stripe notice that invoice SK-0419 was paid, €320.00 by card.",
             amount="320.00", currency="EUR", reference="SK-0419")
def _stripe():
    t = when("2027-01-06 08:19:44", "+0000")
    plain = ("Invoice SK-0419 was paid\n\nEmma Walsh (emma@walshbakery.ie) paid invoice SK-0419.\n\n"
             "Amount paid: €320.00\nPayment method: Visa •••• 4417\nDate: 6 Jan 2027\n\n"
             "View invoice in your Dashboard:\nhttps://dashboard.stripe.com/invoices/in_1QxR4kLm7vKc2P0d\n\n"
             "---\nYou're receiving this email because you have notifications on for paid invoices.\n"
             "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n")
    page = ("<html><body style=\"font-family:-apple-system,'Segoe UI',Roboto,sans-serif;color:#414552\">"
            "<table width=\"100%\"><tr><td align=\"center\"><table width=\"540\"><tr><td><h2>Invoice SK-0419 was paid</h2>"
            "<p>Emma Walsh (emma@walshbakery.ie) paid invoice <b>SK-0419</b>.</p><table width=\"100%\">"
            "<tr><td>Amount paid</td><td align=\"right\"><b>€320.00</b></td></tr><tr><td>Payment method</td>"
            "<td align=\"right\">Visa •••• 4417</td></tr><tr><td>Date</td><td align=\"right\">6 Jan 2027</td></tr></table>"
            "<p><a href=\"https://dashboard.stripe.com/invoices/in_1QxR4kLm7vKc2P0d\">View invoice in your Dashboard</a></p>"
            "<p style=\"font-size:12px;color:#687385\">Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</p>"
            "</td></tr></table></td></tr></table></body></html>\n")
    return machine([("From", "Stripe <notifications@stripe.com>"), ("To", "sarah@kellycopy.ie"),
                    ("Subject", "Invoice SK-0419 was paid"), ("Date", format_datetime(t)),
                    ("Message-ID", f"<{h('st', 24)}@notifications.stripe.com>")], plain, page,
                   boundary="--_NmP-" + h("stb", 16) + "-Part_1")


@machine_msg("en", "payment-notification",
             "Wise notice of 640.00 GBP received, reference INV-2026-036.",
             amount="640.00", currency="GBP", reference="INV-2026-036")
def _wise():
    t = when("2026-12-09 14:22:05", "+0000")
    plain = ("Hi Tom,\n\nYou've received 640.00 GBP from PUIG TRAVEL SL.\nIt's in your GBP balance now.\n\n"
             "Reference: INV-2026-036\n\nSee transfer details: https://wise.com/transactions/activities/by-resource/"
             "TRANSFER/1384420977\n\nThe Wise Team\n")
    page = ("<html><body style=\"font-family:Inter,Helvetica,Arial,sans-serif;color:#0e0f0c\"><div style=\"max-width:"
            "560px;margin:auto\"><p>Hi Tom,</p><h1 style=\"font-size:26px\">You've received 640.00 GBP from PUIG TRAVEL SL"
            "</h1><p>It's in your GBP balance now.</p><p>Reference: INV-2026-036</p><p><a href=\"https://wise.com/"
            "transactions/activities/by-resource/TRANSFER/1384420977\" style=\"background:#9fe870;padding:10px 18px;"
            "border-radius:20px;color:#163300;text-decoration:none\">See transfer details</a></p><p>The Wise Team</p>"
            "</div></body></html>\n")
    return machine([("From", "Wise <noreply@wise.com>"), ("To", "tom@hughesdigital.co.uk"),
                    ("Subject", "You've received 640.00 GBP from PUIG TRAVEL SL"), ("Date", format_datetime(t)),
                    ("Message-ID", f"<{h('ws', 36)}@wise.com>")], plain, page, boundary=h("wsb", 30))


# -- auto-replies ------------------------------------------------------------------------------------

@machine_msg("it", "auto-reply",
             "Exchange out-of-office reply: away until 15 November (the day named is the return_date).",
             return_date="2026-11-15")
def _oof_it():
    t = when("2026-11-09 08:30:41", "+0100")
    inv_subject = "Fattura 2026-57"
    q = mailduns_id(DAVIDE.email, "2026-57", "reminder")
    plain = "Sono fuori sede fino al 15 novembre, con accesso limitato alla posta. Rispondo al rientro.\nLaura\n"
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div dir=\"auto\">Sono fuori sede fino al 15 novembre, con accesso limitato alla posta. Rispondo al rientro."
            "</div><div dir=\"auto\">Laura</div></body></html>\n")
    return machine([("From", "Laura Bianchi <l.bianchi@edilbianchi.it>"), ("To", "Davide Russo <davide@russoweb.it>"),
                    ("Subject", f"Risposta automatica: Re: {inv_subject}"), ("Thread-Topic", inv_subject),
                    ("Thread-Index", "AQHbM" + h("oofit", 20)), ("Date", format_datetime(t)),
                    ("Message-ID", outlook_id("oofit", "VI1PR08MB5327")), ("In-Reply-To", q),
                    ("References", q), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "l.bianchi@edilbianchi.it"), ("Content-Language", "it-IT")],
                   plain, page, boundary="_000_" + h("oofitb", 24) + "_")


@machine_msg("it", "auto-reply",
             "Server auto-answer: the address is no longer in use and invoices go to another mailbox; no RFC 3834 "
             "headers, no return date.")
def _dead_mailbox_it():
    t = when("2026-12-01 09:00:03", "+0100")
    q = mailduns_id(GIULIA.email, "128/2026", "due")
    plain = ("Questo indirizzo non è più attivo.\nPer fatture e pagamenti scrivete a amministrazione@tipografiamele.it\n"
             "Grazie\n")
    return machine([("Date", format_datetime(t)), ("From", "Ufficio Acquisti <acquisti@tipografiamele.it>"),
                    ("To", "giulia@ferrarografica.it"), ("Subject", "Re: Fattura 128/2026"),
                    ("Message-ID", f"<{h('dead', 16)}@mail.tipografiamele.it>"), ("In-Reply-To", q)],
                   plain, charset="utf-8", cte="8bit")


@machine_msg("es", "auto-reply",
             "Gmail vacation responder: on holiday until Monday the 11th (January 2027).", return_date="2027-01-11")
def _vacation_es():
    t = when("2027-01-04 10:02:17", "+0100")
    q = mailduns_id(LUCIA.email, "F-2027-002", "courtesy")
    plain = "De vacaciones hasta el lunes 11 🌴 Contesto a la vuelta.\n"
    page = "<div dir=\"ltr\">De vacaciones hasta el lunes 11 🌴 Contesto a la vuelta.</div>\n"
    return machine([("MIME-Version", "1.0"), ("From", "Nacho Ferrer <nachoferrer.design@gmail.com>"),
                    ("Date", format_datetime(t)), ("Message-ID", gmail_id("vac-es")),
                    ("Subject", "Re: Factura F-2027-002"), ("To", "Lucía Navarro <lucia@navarroestudio.es>"),
                    ("In-Reply-To", q), ("References", q), ("Auto-Submitted", "auto-replied"),
                    ("Precedence", "bulk")], plain, page, boundary="000000000000" + h("vacb", 12))


@machine_msg("es", "auto-reply",
             "Helpdesk ticket acknowledgement from the client's supplier-invoices mailbox; nothing about payment, "
             "no return date.")
def _ticket_es():
    t = when("2027-02-24 09:00:51", "+0100")
    q = mailduns_id(JAVIER.email, "2026/160", "reminder")
    plain = ("Hemos recibido su mensaje y le hemos asignado la incidencia n.º 48213.\n"
             "Le responderemos en un plazo máximo de 48 horas laborables.\n\n"
             "Este es un mensaje automático, por favor no responda.\nAtención a Proveedores - Logística del Sur S.A.\n")
    return machine([("Date", format_datetime(t)), ("From", "Atención a Proveedores <proveedores@logisticasur.es>"),
                    ("To", "javier@ortegafoto.es"), ("Subject", "[#48213] Recibido: Re: Factura 2026/160"),
                    ("Message-ID", f"<ticket-48213-{h('tk', 10)}@soporte.logisticasur.es>"), ("In-Reply-To", q),
                    ("References", q), ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                    ("Precedence", "auto_reply")], plain, charset="iso-8859-1")


@machine_msg("en", "auto-reply",
             "Exchange out-of-office typed from a phone: away 'till Mon 4 Jan' (2027).", return_date="2027-01-04")
def _oof_en():
    t = when("2026-12-22 08:00:05", "+0000")
    inv_subject = "Invoice INV-2026-044"
    q = mailduns_id(TOM.email, "INV-2026-044", "reminder")
    plain = "OOO till Mon 4 Jan, no laptop with me. Will reply when I'm back.\nOlivia\n"
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div>OOO till Mon 4 Jan, no laptop with me. Will reply when I'm back.</div><div>Olivia</div></body></html>\n")
    return machine([("From", "Olivia Grant <olivia@grantevents.co.uk>"), ("To", "Tom Hughes <tom@hughesdigital.co.uk>"),
                    ("Subject", f"Automatic reply: Re: {inv_subject}"), ("Thread-Topic", inv_subject),
                    ("Date", format_datetime(t)), ("Message-ID", outlook_id("oofen", "LO2P265MB5513")),
                    ("In-Reply-To", q), ("References", q), ("Auto-Submitted", "auto-generated"),
                    ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "olivia@grantevents.co.uk"),
                    ("Content-Language", "en-GB")], plain, page, boundary="_000_" + h("oofenb", 24) + "_")


@machine_msg("en", "auto-reply",
             "Out-of-office: back on Monday 15th, written on Wednesday 10 March 2027, so 15 March.",
             return_date="2027-03-15")
def _oof_en2():
    t = when("2027-03-10 09:00:20", "+0000")
    q = mailduns_id(SARAH.email, "SK-0431", "reminder")
    plain = "Away on leave, back on Monday 15th.\nFor accounts queries please email accounts@murphyarchitects.ie\n"
    page = ("<div dir=\"ltr\">Away on leave, back on Monday 15th.<br>For accounts queries please email "
            "<a href=\"mailto:accounts@murphyarchitects.ie\">accounts@murphyarchitects.ie</a></div>\n")
    return machine([("MIME-Version", "1.0"), ("From", "Declan Murphy <declan@murphyarchitects.ie>"),
                    ("Date", format_datetime(t)), ("Message-ID", gmail_id("oof-en2")),
                    ("Subject", "Out of office"), ("To", "Sarah Kelly <sarah@kellycopy.ie>"), ("In-Reply-To", q),
                    ("References", q), ("Auto-Submitted", "auto-replied")], plain, page,
                   boundary="000000000000" + h("oofen2b", 12))


# -- bounces -------------------------------------------------------------------------------------------

def qp(text: str) -> str:
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


@machine_msg("en", "bounce", "Gmail (Google Workspace) DSN: 550 5.1.1 user unknown for the client's accounts "
             "address; a permanent failure.", failed_recipient="ap@brennanbuilders.ie", permanent=True)
def _bounce_gmail():
    rcpt = "ap@brennanbuilders.ie"
    b = "000000000000" + h("bg1", 12)
    a = "000000000000" + h("bg2", 12)
    sent = when("2026-11-17 09:00:02", "+0000")
    rem = rem_headers(SARAH, "SK-0422", "Invoice SK-0422", "reminder", f"Brennan Builders <{rcpt}>", sent)
    return raw(f"""
Delivered-To: sarah@kellycopy.ie
Received: by 2002:a05:7010:4b8e:b0:43d:1e6a:2f07 with SMTP id ia14csp1187422mdb;
        Tue, 17 Nov 2026 01:00:07 -0800 (PST)
Return-Path: <>
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sarah@kellycopy.ie
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: {mailduns_id(SARAH.email, "SK-0422", "reminder")}
In-Reply-To: {mailduns_id(SARAH.email, "SK-0422", "reminder")}
X-Failed-Recipients: {rcpt}
Message-ID: <{h('bgm', 24)}.{h('bgm2', 8)}@mx.google.com>
Date: Tue, 17 Nov 2026 01:00:07 -0800 (PST)
Content-Type: multipart/report; boundary="{b}"; report-type=delivery-status

--{b}
Content-Type: multipart/alternative; boundary="{a}"

--{a}
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table

--{a}
Content-Type: text/html; charset="UTF-8"


<html>
<head>
<style>
* {{
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<span style="font-size:24px;line-height:32px;color:#212121;">Address not found</span>
<p style="font-size:16px;line-height:24px;color:#212121;">Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>{rcpt}</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p style="font-size:14px;line-height:20px;">The response was:</p>
<p style="font-family:monospace">550 5.1.1 &lt;{rcpt}&gt;: Recipient address rejected: User unknown in virtual mailbox table</p>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</body>
</html>

--{a}--
--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; sarah@kellycopy.ie
Arrival-Date: Tue, 17 Nov 2026 01:00:03 -0800 (PST)
X-Original-Message-ID: {mailduns_id(SARAH.email, "SK-0422", "reminder")}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.brennanbuilders.ie. (192.0.2.61, the server for the domain brennanbuilders.ie.)
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Tue, 17 Nov 2026 01:00:07 -0800 (PST)

--{b}
Content-Type: text/rfc822-headers

{rem}
--{b}--
""")


@machine_msg("en", "bounce", "Postfix 'Delayed Mail (still being retried)' warning: connection timed out, status "
             "4.4.1, so a temporary failure.", failed_recipient="amministrazione@tecnoservizi-srl.it", permanent=False)
def _bounce_postfix_delay():
    rcpt = "amministrazione@tecnoservizi-srl.it"
    b = f"8F2C41A0B7.{1801654502}/mail.russoweb.it"
    sent = when("2027-02-03 08:30:00", "+0100")
    rem = rem_headers(DAVIDE, "2026-65", "Fattura 2026-65", "due", f"Tecnoservizi srl <{rcpt}>", sent)
    return raw(f"""
Return-Path: <>
X-Original-To: davide@russoweb.it
Delivered-To: davide@russoweb.it
Received: by mail.russoweb.it (Postfix)
	id 9D3E01A0C2; Wed,  3 Feb 2027 12:35:02 +0100 (CET)
Date: Wed,  3 Feb 2027 12:35:02 +0100 (CET)
From: MAILER-DAEMON@mail.russoweb.it (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: davide@russoweb.it
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"
Content-Transfer-Encoding: 8bit
Message-Id: <20270203113502.9D3E01A0C2@mail.russoweb.it>

This is a MIME-encapsulated message.

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.russoweb.it.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: connect to
    mx.tecnoservizi-srl.it[192.0.2.44]:25: Connection timed out

--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.russoweb.it
X-Postfix-Queue-ID: 8F2C41A0B7
X-Postfix-Sender: rfc822; davide@russoweb.it
Arrival-Date: Wed,  3 Feb 2027 08:30:01 +0100 (CET)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.tecnoservizi-srl.it[192.0.2.44]:25:
    Connection timed out
Will-Retry-Until: Mon,  8 Feb 2027 08:30:01 +0100 (CET)

--{b}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Received: from [192.168.1.23] (host-95-250-12-7.retail.telecomitalia.it [95.250.12.7])
	by mail.russoweb.it (Postfix) with ESMTPSA id 8F2C41A0B7
	for <{rcpt}>; Wed,  3 Feb 2027 08:30:01 +0100 (CET)
{rem}
--{b}--
""")


@machine_msg("en", "bounce", "Microsoft 365 NDR 'Undeliverable': 550 5.1.10 recipient not found, permanent.",
             failed_recipient="finance@northgate-print.co.uk", permanent=True)
def _bounce_o365_en():
    rcpt = "finance@northgate-print.co.uk"
    b = "_" + h("o3b", 8) + "-" + h("o3c", 4) + "-" + h("o3d", 4) + "-" + h("o3e", 12) + "_"
    a = "_" + h("o3f", 8) + "-" + h("o3g", 4) + "-" + h("o3h", 4) + "-" + h("o3i", 12) + "_"
    sent = when("2027-03-01 08:00:03", "+0000")
    rem = rem_headers(TOM, "INV-2027-003", "Invoice INV-2027-003", "reminder", f"Northgate Print <{rcpt}>", sent)
    text = (f"Your message to {rcpt} couldn't be delivered.\n\nfinance wasn't found at northgate-print.co.uk.\n\n"
            "tom           Office 365           finance\nAction Required                    Recipient\n\n"
            "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of "
            "the following:\n\n  *   Send the message again following these steps: In Outlook, open this "
            "non-delivery report (NDR) and choose Send Again from the Report ribbon.\n  *   Contact the recipient "
            "by some other means (by phone, for example) to confirm you're using the right address.\n\n"
            "Was this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlink/?LinkId=525921>.\n"
            "________________________________\n\nDiagnostic information for administrators:\n\n"
            "Generating server: CWLP265MB3921.GBRP265.PROD.OUTLOOK.COM\n\n"
            f"{rcpt}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
            "SMTP address lookup'\n")
    return raw(f"""
Received: from CWLP265MB3921.GBRP265.PROD.OUTLOOK.COM (2603:10a6:400:7c::12) by
 LO4P265MB6108.GBRP265.PROD.OUTLOOK.COM with HTTPS; Mon, 1 Mar 2027 08:00:12 +0000
MIME-Version: 1.0
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hughesdigital.co.uk>
To: <tom@hughesdigital.co.uk>
Date: Mon, 1 Mar 2027 08:00:12 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-GB
Message-ID: <{h('o3m', 8)}-{h('o3n', 4)}-{h('o3o', 4)}-{h('o3p', 4)}-{h('o3q', 12)}@CWLP265MB3921.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: {mailduns_id(TOM.email, "INV-2027-003", "reminder")}
References: {mailduns_id(TOM.email, "INV-2027-003", "reminder")}
Thread-Topic: Re: Invoice INV-2027-003
Subject: Undeliverable: Re: Invoice INV-2027-003
Auto-Submitted: auto-replied
Return-Path: <>

--{b}
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="{a}"

--{a}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(text)}
--{a}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Segoe UI,Frutiger,Tahoma,Arial,sans-serif;font-size:16px;color:#000">' + as_html(text) + '</div></body></html>')}
--{a}--

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;CWLP265MB3921.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB4411.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Mon, 1 Mar 2027 08:00:04 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--{b}
Content-Type: text/rfc822-headers

{rem}
--{b}--
""")


@machine_msg("it", "bounce", "Microsoft 365 NDR in Italian ('Non recapitabile'): 550 5.1.10 recipient not found, "
             "permanent.", failed_recipient="ufficio.acquisti@fratellirossetti.it", permanent=True)
def _bounce_o365_it():
    rcpt = "ufficio.acquisti@fratellirossetti.it"
    b = "_" + h("oib", 8) + "-" + h("oic", 4) + "-" + h("oid", 4) + "-" + h("oie", 12) + "_"
    a = "_" + h("oif", 8) + "-" + h("oig", 4) + "-" + h("oih", 4) + "-" + h("oii", 12) + "_"
    sent = when("2027-01-26 08:45:02", "+0100")
    rem = rem_headers(ELENA, "E/2027/02", "Fattura E/2027/02", "reminder", f"Fratelli Rossetti srl <{rcpt}>", sent)
    text = (f"Impossibile recapitare il messaggio a {rcpt}.\n\nImpossibile trovare ufficio.acquisti in "
            "fratellirossetti.it.\n\nelena.marchi           Office 365           ufficio.acquisti\n"
            "Azione necessaria                   Destinatario\n\nIndirizzo A sconosciuto\n\nCome risolvere il problema\n"
            "L'indirizzo potrebbe essere stato digitato in modo errato o potrebbe non esistere. Prova una o più delle "
            "operazioni seguenti:\n\n  *   Invia di nuovo il messaggio: in Outlook apri questo rapporto di mancato "
            "recapito e scegli Invia di nuovo.\n  *   Contatta il destinatario in un altro modo (ad esempio per "
            "telefono) per verificare che l'indirizzo sia corretto.\n\n________________________________\n\n"
            "Informazioni di diagnostica per gli amministratori:\n\nServer di generazione: "
            "DU0PR08MB9003.eurprd08.prod.outlook.com\n\n"
            f"{rcpt}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
            "SMTP address lookup'\n")
    return raw(f"""
Received: from DU0PR08MB9003.eurprd08.prod.outlook.com (2603:10a6:10:4f4::21) by
 PAXPR08MB6672.eurprd08.prod.outlook.com with HTTPS; Tue, 26 Jan 2027 07:45:09 +0000
MIME-Version: 1.0
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@marchitraduzioni.it>
To: <elena.marchi@marchitraduzioni.it>
Date: Tue, 26 Jan 2027 07:45:09 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: it-IT
Message-ID: <{h('oim', 8)}-{h('oin', 4)}-{h('oio', 4)}-{h('oip', 4)}-{h('oiq', 12)}@DU0PR08MB9003.eurprd08.prod.outlook.com>
In-Reply-To: {mailduns_id(ELENA.email, "E/2027/02", "reminder")}
References: {mailduns_id(ELENA.email, "E/2027/02", "reminder")}
Thread-Topic: Re: Fattura E/2027/02
Subject: Non recapitabile: Re: Fattura E/2027/02
Auto-Submitted: auto-replied
Return-Path: <>

--{b}
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="{a}"

--{a}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(text)}
--{a}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Segoe UI,Frutiger,Tahoma,Arial,sans-serif;font-size:16px;color:#000">' + as_html(text) + '</div></body></html>')}
--{a}--

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;DU0PR08MB9003.eurprd08.prod.outlook.com
Received-From-MTA: dns;AS8PR08MB6230.eurprd08.prod.outlook.com
Arrival-Date: Tue, 26 Jan 2027 07:45:03 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--{b}
Content-Type: text/rfc822-headers

{rem}
--{b}--
""")


@machine_msg("es", "bounce", "Gmail delay notice in Spanish ('Entrega retrasada'): mailbox full, 452 4.2.2, still "
             "being retried, so temporary.", failed_recipient="contabilidad@talleresiberia.es", permanent=False)
def _bounce_gmail_delay_es():
    rcpt = "contabilidad@talleresiberia.es"
    b = "000000000000" + h("gd1", 12)
    a = "000000000000" + h("gd2", 12)
    sent = when("2026-12-29 09:00:02", "+0100")
    rem = rem_headers(LUCIA, "F-2026-097", "Factura F-2026-097", "due", f"Talleres Iberia <{rcpt}>", sent)
    text = ("\n** Entrega retrasada **\n\nSe ha producido un problema temporal al entregar tu mensaje a "
            f"{rcpt}. Gmail volverá a intentarlo durante 46 horas más. Recibirás una notificación si no se puede "
            "realizar la entrega.\n\nLa respuesta fue:\n\n452 4.2.2 <" + rcpt + ">: Mailbox full\n")
    return raw(f"""
Delivered-To: lucia@navarroestudio.es
Received: by 2002:a05:6f02:61c:b0:7e:3a1f:9b2d with SMTP id 28csp2218471rcd;
        Tue, 29 Dec 2026 04:10:33 -0800 (PST)
Return-Path: <>
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: lucia@navarroestudio.es
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Delay)
References: {mailduns_id(LUCIA.email, "F-2026-097", "due")}
In-Reply-To: {mailduns_id(LUCIA.email, "F-2026-097", "due")}
Message-ID: <{h('gdm', 24)}.{h('gdm2', 8)}@mx.google.com>
Date: Tue, 29 Dec 2026 04:10:33 -0800 (PST)
Content-Type: multipart/report; boundary="{b}"; report-type=delivery-status

--{b}
Content-Type: multipart/alternative; boundary="{a}"

--{a}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(text)}
--{a}
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp('<html><body><table cellpadding="0" cellspacing="0" style="padding-top:32px"><tr><td style="max-width:560px;padding:24px;background-color:#fafafa;border:1px solid #e0e0e0"><span style="font-size:24px;color:#212121">Entrega retrasada</span><p style="font-size:16px">Se ha producido un problema temporal al entregar tu mensaje a <b>' + rcpt + '</b>. Gmail volverá a intentarlo durante 46 horas más. Recibirás una notificación si no se puede realizar la entrega.</p><p>La respuesta fue:</p><p style="font-family:monospace">452 4.2.2 &lt;' + rcpt + '&gt;: Mailbox full</p></td></tr></table></body></html>')}
--{a}--
--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; lucia@navarroestudio.es
Arrival-Date: Tue, 29 Dec 2026 00:00:03 -0800 (PST)
X-Original-Message-ID: {mailduns_id(LUCIA.email, "F-2026-097", "due")}

Final-Recipient: rfc822; {rcpt}
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx1.talleresiberia.es. (192.0.2.87, the server for the domain talleresiberia.es.)
Diagnostic-Code: smtp; 452 4.2.2 <{rcpt}>: Mailbox full
Last-Attempt-Date: Tue, 29 Dec 2026 04:10:33 -0800 (PST)
Will-Retry-Until: Thu, 31 Dec 2026 00:00:03 -0800 (PST)

--{b}
Content-Type: text/rfc822-headers

{rem}
--{b}--
""")


# -- other -----------------------------------------------------------------------------------------

@machine_msg("it", "other", "E-invoicing service notice that an invoice the freelancer issued was delivered through "
             "SdI: no money moved, nobody replied.")
def _sdi():
    t = when("2027-01-14 10:05:31", "+0100")
    plain = ("Ciao Giulia,\n\nla fattura n. 4/2027 intestata a MORETTI LUCA è stata consegnata al destinatario dal "
             "Sistema di Interscambio il 14/01/2027 alle 10:02.\n\nNon devi fare nulla: trovi la ricevuta di consegna "
             "nella sezione Fatture emesse.\n\nIl team di FatturaSmart\n")
    page = ("<html><body style=\"font-family:Arial,sans-serif;color:#222\"><p>Ciao Giulia,</p><p>la fattura "
            "<b>n. 4/2027</b> intestata a MORETTI LUCA è stata <b>consegnata</b> al destinatario dal Sistema di "
            "Interscambio il 14/01/2027 alle 10:02.</p><p>Non devi fare nulla: trovi la ricevuta di consegna nella "
            "sezione <a href=\"https://app.fatturasmart.it/emesse\">Fatture emesse</a>.</p><p>Il team di FatturaSmart"
            "</p></body></html>\n")
    return machine([("From", "FatturaSmart <notifiche@fatturasmart.it>"), ("To", "giulia@ferrarografica.it"),
                    ("Subject", "Fattura n. 4/2027 consegnata al destinatario"), ("Date", format_datetime(t)),
                    ("Message-ID", f"<{h('sdi', 28)}@mailer.fatturasmart.it>"), ("Auto-Submitted", "auto-generated")],
                   plain, page, boundary="b1_" + h("sdib", 32))


@machine_msg("es", "other", "Bank notice of a Bizum the freelancer SENT (25 € for a dinner): outgoing money, not a "
             "payment notification.")
def _bizum_out():
    t = when("2027-01-23 22:10:09", "+0100")
    page = ("<html><body style=\"font-family:Arial,sans-serif;background:#f4f4f4\"><div style=\"background:#fff;"
            "max-width:480px;margin:auto;padding:20px\"><p style=\"color:#072146;font-size:20px\"><b>Has enviado un "
            "Bizum</b></p><p>Has enviado <b>25,00 €</b> a PEDRO L. por Bizum.</p><p>Concepto: cena viernes 🍕</p>"
            "<p style=\"font-size:11px;color:#666\">Banco Bilbao Vizcaya Argentaria, S.A. Este es un mensaje automático."
            "</p></div></body></html>\n")
    return machine([("From", "BBVA <bbva@comunicaciones.bbva.es>"), ("To", "hola@martagil.com"),
                    ("Subject", "Has enviado un Bizum"), ("Date", format_datetime(t)),
                    ("Message-ID", f"<{h('bz2', 30)}@comunicaciones.bbva.es>")], None, page)


@machine_msg("es", "other", "A tax adviser's newsletter reminding of quarterly filings; unrelated to the invoice.")
def _newsletter_es():
    t = when("2027-01-12 10:00:00", "+0100")
    plain = ("Hola, Javier:\n\nRecuerda que hasta el 30 de enero puedes presentar los modelos 130 y 303 del cuarto "
             "trimestre. Si quieres que los preparemos nosotros, envíanos tus facturas antes del día 22.\n\n"
             "Un saludo,\nAsesoría Alonso\n\nPara darte de baja de este boletín: https://asesoriaalonso.es/baja\n")
    page = ("<html><body style=\"font-family:Georgia,serif;color:#333\"><h2>Recordatorio fiscal: 4.º trimestre</h2>"
            "<p>Hola, Javier:</p><p>Recuerda que hasta el <b>30 de enero</b> puedes presentar los modelos 130 y 303 del "
            "cuarto trimestre. Si quieres que los preparemos nosotros, envíanos tus facturas antes del día 22.</p>"
            "<p>Un saludo,<br>Asesoría Alonso</p><p style=\"font-size:11px\"><a href=\"https://asesoriaalonso.es/baja\">"
            "Darse de baja</a></p></body></html>\n")
    return machine([("From", "Asesoría Alonso <boletin@asesoriaalonso.es>"), ("To", "javier@ortegafoto.es"),
                    ("Subject", "Recordatorio: modelos 130 y 303 del 4T, hasta el 30 de enero"),
                    ("Date", format_datetime(t)), ("Message-ID", f"<{h('nl', 20)}@mail.asesoriaalonso.es>"),
                    ("List-Unsubscribe", "<https://asesoriaalonso.es/baja>, <mailto:baja@asesoriaalonso.es>"),
                    ("Precedence", "bulk")], plain, page, boundary="=_" + h("nlb", 24))


@machine_msg("en", "other", "Phishing: a fake 'payment declined' notice for a software subscription; it asks the "
             "freelancer to pay, nobody paid them.")
def _phish():
    t = when("2027-02-18 03:14:55", "+0000")
    plain = ("Microsoft 365\n\nYour payment of £79.99 was declined.\n\nUpdate your billing information within 24 hours "
             "to avoid losing access to your mailbox and files:\nhttp://ms365-renewals-support.com/billing/verify?u="
             "tom%40hughesdigital.co.uk\n\nMicrosoft Billing Team\n")
    page = ("<html><body style=\"font-family:Segoe UI,Arial\"><p><img src=\"http://ms365-renewals-support.com/img/"
            "logo.png\" alt=\"Microsoft\"></p><p><b>Your payment of £79.99 was declined.</b></p><p>Update your billing "
            "information within 24 hours to avoid losing access to your mailbox and files.</p><p><a href=\"http://"
            "ms365-renewals-support.com/billing/verify?u=tom%40hughesdigital.co.uk\" style=\"background:#0067b8;color:"
            "#fff;padding:8px 16px\">Update payment</a></p><p>Microsoft Billing Team</p></body></html>\n")
    return machine([("From", "Microsoft 365 <billing@ms365-renewals-support.com>"), ("To", "tom@hughesdigital.co.uk"),
                    ("Subject", "Action required: payment declined for your subscription"),
                    ("Date", format_datetime(t)), ("Message-ID", f"<{h('ph', 16)}@ms365-renewals-support.com>")],
                   plain, page, boundary="----=_Part_" + h("phb", 12))


# ==================================================================================================
# writing and checking
# ==================================================================================================

KINDS = ("client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other")
FACT_ORDER = ("promised_date", "return_date", "amount", "currency", "reference", "failed_recipient", "permanent")
FIRST = dt.date(2026, 11, 1)
LAST = dt.date(2027, 3, 31)


def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def items() -> list[tuple[str, object, dict]]:
    out = []
    for r in R:
        out.append(("reply", r, {"kind": r.kind, "language": r.lang, **r.facts, "note": r.note}))
    for m, label in M:
        out.append(("machine", m, label))
    return out


def order() -> list[int]:
    """A fixed interleaving of the messages (so the numbering does not follow kind or language)."""
    idx = list(range(N))
    # a deterministic shuffle without `random`: sort by a hash of the position
    return sorted(idx, key=lambda i: h(f"r19-order-{i}", 16))


def body_text(msg) -> str:
    parts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            parts.append(part.get_content())
        elif ctype in ("message/delivery-status",):
            parts.append(str(part))
    return "\n".join(parts)


def main() -> int:
    all_items = items()
    if len(all_items) != N:
        print(f"expected {N} messages, have {len(all_items)}", file=sys.stderr)
        return 1
    labels: dict[str, dict] = {}
    sources: dict[str, tuple[str, object]] = {}
    for k, i in enumerate(order(), start=1):
        name = f"{PREFIX}-{k:04d}.eml"
        what, obj, label = all_items[i]
        if what == "reply":
            data = build_reply(obj, k).as_bytes(policy=POLICY)
        elif isinstance(obj, bytes):
            data = obj
        else:
            data = obj.as_bytes(policy=POLICY)
        (HERE / name).write_bytes(data)
        lab = {"kind": label["kind"], "language": label["language"], "split": "dev"}
        for key in FACT_ORDER:
            if key in label:
                lab[key] = label[key]
        lab["note"] = label["note"]
        labels[name] = lab
        sources[name] = (what, obj)
    for stale in HERE.glob(f"{PREFIX}-*.eml"):
        if stale.name not in labels:
            stale.unlink()

    lines = ["# round19-short: short phone replies (one to three lines) to mailduns invoices and reminders in it, es "
             "and en, plus a few bank/processor notices, phone out-of-office replies, bounces and other mail", ""]
    for name, lab in labels.items():
        lines.append(f'[files."{name}"]')
        for key, val in lab.items():
            lines.append(f"{key} = {toml_value(val)}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")

    return check(labels, sources)


def check(labels: dict[str, dict], sources: dict[str, tuple[str, object]]) -> int:
    problems: list[str] = []
    reread = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    if reread != labels:
        problems.append("labels.toml does not read back as written")
    for name, lab in labels.items():
        def bad(msg: str) -> None:
            problems.append(f"{name}: {msg}")

        data = (HERE / name).read_bytes()
        msg = message_from_bytes(data, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                bad(f"MIME defects {part.defects}")
        for hdr in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[hdr]:
                bad(f"no {hdr}")
        sent = msg["Date"].datetime
        local = sent.date()
        if not FIRST <= local <= LAST:
            bad(f"Date {local} out of range")
        try:
            text = body_text(msg)
        except Exception as exc:  # noqa: BLE001
            bad(f"cannot decode: {exc}")
            continue
        kind = lab["kind"]
        if kind not in KINDS:
            bad(f"unknown kind {kind}")
        if lab["language"] not in ("it", "es", "en"):
            bad("bad language")
        if lab["split"] != "dev" or not lab.get("note"):
            bad("split/note")
        what, obj = sources[name]
        own = obj.text if what == "reply" else text
        if what == "reply":
            if not kind.startswith("client-reply"):
                bad("a client's reply labelled as machine mail")
            if not msg["In-Reply-To"] or not msg["References"]:
                bad("reply without In-Reply-To/References")
            flat = re.sub(r"\s+", " ", text)
            if obj.text and re.sub(r"\s+", " ", obj.text) not in flat:
                bad("the client's words do not survive the round trip")
            if not obj.text and not any(p.get_filename() for p in msg.walk()):
                bad("an empty reply without attachment")
            if len(obj.text.strip().split("\n")) > 3:
                bad("more than three lines")
            if obj.quote and obj.step != "none" and obj.mua not in ("webmail",) and obj.inv.number not in text:
                bad("the quoted message is missing")
        elif kind.startswith("client-reply"):
            bad("machine mail labelled as a client's reply")
        for key in lab:
            if key not in ("kind", "language", "split", "note") + FACT_ORDER:
                bad(f"unknown key {key}")
        if "promised_date" in lab:
            if kind != "client-reply-promise":
                bad("promised_date outside a promise")
            if dt.date.fromisoformat(lab["promised_date"]) < local:
                bad("promised_date before the message")
        if "return_date" in lab:
            if kind != "auto-reply":
                bad("return_date outside an auto-reply")
            if dt.date.fromisoformat(lab["return_date"]) < local:
                bad("return_date before the message")
        if "amount" in lab:
            if not re.fullmatch(r"\d+\.\d\d", lab["amount"]):
                bad("amount format")
            whole = str(int(float(lab["amount"])))
            if whole not in re.sub(r"[.,\s]", "", own):
                bad("amount not in the sender's own words")
            if kind not in ("client-reply-paid", "client-reply-promise", "payment-notification"):
                bad("amount on a kind that pays nothing")
        if "currency" in lab and ("amount" not in lab or lab["currency"] not in ("EUR", "GBP")):
            bad("currency without amount / unknown currency")
        if "reference" in lab and lab["reference"] not in own:
            bad("reference not in the sender's own words")
        if kind == "bounce":
            if "failed_recipient" not in lab or "permanent" not in lab:
                bad("bounce without failed_recipient/permanent")
            elif lab["failed_recipient"] not in data.decode("ascii", "replace"):
                bad("failed recipient not in the message")
            st = re.search(r"^Status: ([245])\.", data.decode("ascii", "replace"), re.M)
            if not st or (st.group(1) == "5") != lab["permanent"]:
                bad("permanent does not match the DSN status")
        elif "failed_recipient" in lab or "permanent" in lab:
            bad("bounce facts outside a bounce")

    counts: dict[str, int] = {}
    langs: dict[str, int] = {}
    for lab in labels.values():
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
        langs[lab["language"]] = langs.get(lab["language"], 0) + 1
    print(f"{len(labels)} messages written to {HERE}")
    for k in KINDS:
        print(f"  {k:22} {counts.get(k, 0)}")
    print("  languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    if problems:
        print(f"{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("all labels check out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
