#!/usr/bin/env python3
"""round18-money: 80 replies and payment notices where the AMOUNT and the REFERENCE are the point.

Writes r18m-0001.eml ... r18m-0080.eml and labels.toml next to this script, then re-parses every
file with email.message_from_bytes(..., policy=email.policy.default) and checks each label.
Standard library only. Every client's words below are written by hand, message by message; the
only generated text is what a machine wrote anyway (the freelancer's mailduns reminder that the
clients quote, quote attribution lines, HTML wrappers of a mail client).

Run:  python3 make.py
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import html
import re
import sys
import tomllib
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r18m"
N_EXPECTED = 80

KINDS = {
    "client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
    "payment-notification", "auto-reply", "bounce", "other",
}
FACT_KEYS = ("promised_date", "return_date", "amount", "currency", "reference", "failed_recipient", "permanent")

# --------------------------------------------------------------------------------------------------
# The mailbox owners (freelancers). IBANs carry valid check digits.
OWNERS = {
    "giulia": dict(name="Giulia Ferraris", addr="giulia@ferrarisgrafica.it", lang="it",
                   iban="IT47 X030 6909 6061 0000 0061 873", bic="BCITITMMXXX"),
    "marco": dict(name="Marco Lenzi", addr="studio@lenziingegneria.it", lang="it",
                  iban="IT68 M020 0801 6330 0010 4512 388", bic="UNCRITM1XXX"),
    "elena": dict(name="Elena Sarti", addr="elena@traduzionisarti.it", lang="it",
                  iban="IT42 Q062 3010 3010 0004 7112 907", bic="CRPPIT2PXXX"),
    "javier": dict(name="Javier Ortega", addr="javier@ortegadev.es", lang="es",
                   iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX"),
    "nuria": dict(name="Núria Campos", addr="nuria@nuriacampos.cat", lang="es",
                  iban="ES82 0081 3276 1400 0123 4567", bic="BSABESBBXXX"),
    "hannah": dict(name="Hannah Doyle", addr="hannah@doylewords.ie", lang="en",
                   iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2DXXX"),
    "sam": dict(name="Sam Patel", addr="sam@sampatel.studio", lang="en",
                iban="GB29 NWBK 6016 1331 9268 19", bic="NWBKGB2LXXX"),
}


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


for _o in OWNERS.values():
    assert iban_ok(_o["iban"]), _o

# --------------------------------------------------------------------------------------------------
# Calendar words, for quote attribution lines (what the client's mail program writes).
IT_DAY = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_DAY3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MON = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]
IT_MON3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
ES_DAY = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAY3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]
ES_MON3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _dt(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M")


def long_date(d: date, lang: str) -> str:
    """As mailduns writes a date in a letter: "2 dicembre 2026", "2 de diciembre de 2026", "2 December 2026"."""
    if lang == "it":
        return ("1°" if d.day == 1 else str(d.day)) + f" {IT_MON[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_MON[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_MON[d.month - 1]} {d.year}"


def it_art(text: str, prep: str = "il") -> str:
    elide = {"il": "l'", "del": "dell'"}
    if re.match(r"^(?:8|11)(?!\d)", text) and prep in elide:
        return elide[prep] + text
    return f"{prep} {text}"


# --------------------------------------------------------------------------------------------------
# The freelancer's reminder as mailduns sends it (templates/{it,es,en}), which clients quote.

def _payment_block(o: dict, ref: str, lang: str, pay: bool = True) -> str:
    if not pay:
        return {"it": "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione.",
                "es": "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación.",
                "en": "The payment details are on the invoice, in my original email in this thread."}[lang]
    if lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
                f"- causale: {ref}")
    if lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
                f"- concepto: {ref}")
    return (f"Payment details:\n- Account name: {o['name']}\n- IBAN: {o['iban']}\n- BIC (SWIFT): {o['bic']}\n"
            f"- Payment reference: {ref}")


def reminder(owner: str, step: str, number: str, amount: str, due: date, greet: str,
             issue: date | None = None, pay: bool = True) -> str:
    """step: courtesy | due | reminder. amount already formatted as mailduns does ("1.250,00 €", "€1,250.00")."""
    o = OWNERS[owner]
    lang = o["lang"]
    d = long_date(due, lang)
    if lang == "it":
        ref = f"Fattura {number}"
        if step == "courtesy":
            em = f", emessa {it_art(long_date(issue, 'it'))}," if issue else ""
            first = (f"un breve promemoria: la fattura n. {number} di {amount}{em} è in scadenza {it_art(d)}.\n\n"
                     "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.")
            tail = "\n\nPer qualsiasi domanda basta rispondere a questa email."
        elif step == "due":
            first = (f"un promemoria: la fattura n. {number} di {amount} è scaduta {it_art(d)}. Se il pagamento non è "
                     "ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                     "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.")
            tail = "\n\nPer qualsiasi domanda basta rispondere a questa email."
        else:
            first = (f"da un controllo la fattura n. {number} di {amount}, scaduta {it_art(d)}, risulta ancora da saldare. "
                     "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                     "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                     "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                     "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.")
            tail = ""
        return f"{greet}\n\n{first}\n\n{_payment_block(o, ref, 'it', pay)}{tail}\n\nCordiali saluti,\n{o['name']}"
    if lang == "es":
        ref = f"Factura {number}"
        if step == "courtesy":
            em = f", emitida el {long_date(issue, 'es')}," if issue else ""
            first = (f"Un breve recordatorio: la factura n.º {number} de {amount}{em} vence el {d}.\n\n"
                     "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.")
            tail = "\n\nPara cualquier duda, basta con responder a este correo."
        elif step == "due":
            first = (f"Un breve recordatorio: la factura n.º {number} de {amount} venció el {d}. Si el pago aún no se ha "
                     "realizado, agradecería que se hiciera en los próximos días.\n\n"
                     "Si el pago ya se ha realizado, muchas gracias, y disculpas por la molestia.")
            tail = "\n\nPara cualquier duda, basta con responder a este correo."
        else:
            first = (f"Revisando mis cuentas, veo que la factura n.º {number} de {amount}, vencida el {d}, sigue pendiente "
                     "de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto "
                     "sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder "
                     "indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún "
                     "problema con la factura, podemos aclararlo por esta misma vía.")
            tail = ""
        return f"{greet}\n\n{first}\n\n{_payment_block(o, ref, 'es', pay)}{tail}\n\nUn cordial saludo,\n{o['name']}"
    ref = f"Invoice {number}"
    if step == "courtesy":
        em = f", issued on {long_date(issue, 'en')}," if issue else ""
        first = (f"This is a friendly reminder that invoice {number} for {amount}{em} is due for payment on {d}.\n\n"
                 "If payment is already on its way, thank you, and please disregard this message.")
        tail = "\n\nIf you have any questions, just reply to this email."
    elif step == "due":
        first = (f"This is a quick reminder that invoice {number} for {amount} was due for payment on {d}. If it has "
                 "not been paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
                 "If you have already paid, thank you, and please disregard this reminder.")
        tail = "\n\nIf you have any questions, just reply to this email."
    else:
        first = (f"According to my records, invoice {number} for {amount}, due on {d}, has not yet been paid. It may "
                 "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                 "convenience.\n\nIf you have already paid, thank you – please let me know the payment date so that I "
                 "can update my records. If there is a problem with the invoice, please reply to this email and we can "
                 "sort it out.")
        tail = ""
    return f"{greet}\n\n{first}\n\n{_payment_block(o, ref, 'en', pay)}{tail}\n\nKind regards,\n{o['name']}"


# --------------------------------------------------------------------------------------------------
# Quotes as mail programs write them.

class Quote:
    """style: gmail | outlook (OWA/new Outlook, line of underscores) | outlook-desktop | apple | thunderbird."""

    def __init__(self, style: str, owner: str, when: str, text: str, to: str = "", subject: str = "",
                 lang: str | None = None, frm: tuple[str, str] | None = None):
        self.style, self.owner, self.when, self.text = style, owner, _dt(when), text
        self.to, self.subject = to, subject
        self.lang = lang or OWNERS[owner]["lang"]
        self.frm = frm  # (name, address) when the quoted message is not the owner's

    # the line or header block above the quoted text
    def attribution(self) -> str:
        o = dict(name=self.frm[0], addr=self.frm[1]) if self.frm else OWNERS[self.owner]
        w, lang = self.when, self.lang
        hm = w.strftime("%H:%M")
        if self.style == "gmail":
            if lang == "it":
                return (f"Il giorno {IT_DAY3[w.weekday()]} {w.day} {IT_MON3[w.month - 1]} {w.year} alle ore {hm} "
                        f"{o['name']} <{o['addr']}> ha scritto:")
            if lang == "es":
                return (f"El {ES_DAY3[w.weekday()]}, {w.day} {ES_MON3[w.month - 1]} {w.year} a las {w.hour}:{w.minute:02d}, "
                        f"{o['name']} (<{o['addr']}>) escribió:")
            return f"On {EN_DAY[w.weekday()][:3]}, {w.day} {EN_MON[w.month - 1][:3]} {w.year} at {hm}, {o['name']} <{o['addr']}> wrote:"
        if self.style == "apple":
            if lang == "it":
                return f"Il giorno {w.day} {IT_MON3[w.month - 1]} {w.year}, alle ore {hm}, {o['name']} <{o['addr']}> ha scritto:"
            if lang == "es":
                return f"El {w.day} {ES_MON3[w.month - 1]} {w.year}, a las {w.hour}:{w.minute:02d}, {o['name']} <{o['addr']}> escribió:"
            return f"On {w.day} {EN_MON[w.month - 1][:3]} {w.year}, at {hm}, {o['name']} <{o['addr']}> wrote:"
        if self.style == "thunderbird":
            if lang == "it":
                return f"Il {w:%d/%m/%Y} {hm}, {o['name']} ha scritto:"
            if lang == "es":
                return f"El {w:%d/%m/%Y} a las {hm}, {o['name']} escribió:"
            return f"On {w:%d/%m/%Y} {hm}, {o['name']} wrote:"
        # outlook header block
        if lang == "it":
            sent = f"{IT_DAY[w.weekday()]} {w.day} {IT_MON[w.month - 1]} {w.year} {hm}"
            labels = ("Da", "Inviato", "A", "Oggetto")
        elif lang == "es":
            sent = f"{ES_DAY[w.weekday()]}, {w.day} de {ES_MON[w.month - 1]} de {w.year} {w.hour}:{w.minute:02d}"
            labels = ("De", "Enviado", "Para", "Asunto")
        elif lang == "de":
            sent = f"{w:%d.%m.%Y} {hm}"
            labels = ("Von", "Gesendet", "An", "Betreff")
        else:
            sent = f"{w.day} {EN_MON[w.month - 1]} {w.year} {hm}" if self.style == "outlook" else \
                f"{EN_DAY[w.weekday()]}, {EN_MON[w.month - 1]} {w.day}, {w.year} {w.strftime('%I:%M %p').lstrip('0')}"
            labels = ("From", "Sent", "To", "Subject")
        frm = f"{o['name']} <{o['addr']}>" if self.style == "outlook" else f"{o['name']} [mailto:{o['addr']}]"
        return (f"{labels[0]}: {frm}\n{labels[1]}: {sent}\n{labels[2]}: {self.to}\n{labels[3]}: {self.subject}")

    def plain(self) -> str:
        if self.style in ("outlook", "outlook-desktop"):
            sep = "________________________________\n" if self.style == "outlook" else ""
            return f"{sep}{self.attribution()}\n\n{self.text}"
        lines = "\n".join("> " + ln if ln else ">" for ln in self.text.splitlines())
        return f"{self.attribution()}\n\n{lines}" if self.style != "thunderbird" else f"{self.attribution()}\n{lines}"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def paras(text: str) -> list[list[str]]:
    return [p.split("\n") for p in re.split(r"\n[ \t]*\n", text.strip("\n"))]


def html_gmail(top: str, q: Quote | None) -> str:
    out = ['<div dir="ltr">']
    for i, p in enumerate(paras(top)):
        if i:
            out.append("<div><br></div>")
        out.append("".join(f"<div>{esc(ln) or '<br>'}</div>" for ln in p))
    out.append("</div>")
    if q:
        inner = "".join("<p>" + "<br>".join(esc(ln) for ln in p) + "</p>" for p in paras(q.text))
        out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                   f"{esc(q.attribution())}<br></div>"
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                   f"{inner}</blockquote></div>")
    return "".join(out) + "\n"


def html_outlook(top: str, q: Quote | None, charset: str, lang: str) -> str:
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'span.EmailStyle18\n\t{mso-style-type:personal-reply;\n\tcolor:windowtext;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 2.0cm 2.0cm 2.0cm;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n')
    out = [head, f'<body lang="{lang.upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n',
           '<div class="WordSection1">\n']
    for p in paras(top):
        for ln in p:
            out.append(f'<p class="MsoNormal">{esc(ln) if ln else "&nbsp;"}<o:p></o:p></p>\n')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    if q:
        hdr = q.attribution().split("\n")
        if q.style == "outlook":
            out.append('<div id="mail-editor-reference-message-container"><hr style="display:inline-block;width:98%" tabindex="-1">\n')
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">')
        cells = []
        for h in hdr:
            k, _, v = h.partition(": ")
            cells.append(f"<b>{esc(k)}:</b> {esc(v)}")
        out.append("<br>\n".join(cells) + "<o:p></o:p></p>\n</div>\n")
        for p in paras(q.text):
            out.append('<p class="MsoNormal">' + "<br>\n".join(esc(ln) for ln in p) + "<o:p></o:p></p>\n")
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        if q.style == "outlook":
            out.append("</div>\n")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def html_apple(top: str, q: Quote | None, charset: str) -> str:
    out = [f'<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
    for i, p in enumerate(paras(top)):
        if i:
            out.append("<div><br></div>")
        out.append("".join(f"<div>{esc(ln) or '<br>'}</div>" for ln in p))
    if q:
        inner = "".join("<div>" + "<br>".join(esc(ln) for ln in p) + "</div><div><br></div>" for p in paras(q.text))
        out.append(f'<div><br><blockquote type="cite"><div>{esc(q.attribution())}</div><br class="Apple-interchange-newline">'
                   f'<div><div>{inner}</div></div></blockquote></div><br>')
    out.append("</body></html>\n")
    return "".join(out)


def html_plainish(top: str, q: Quote | None, charset: str) -> str:
    """Webmail (Libero, Yahoo, Zimbra...) style: paragraphs and a cite blockquote."""
    out = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
           '<body><div style="font-family: Verdana, Arial; font-size: 10pt;">']
    for p in paras(top):
        out.append("<p>" + "<br>".join(esc(ln) for ln in p) + "</p>")
    if q:
        out.append(f"<p>{esc(q.attribution())}</p><blockquote style=\"border-left: 2px solid #1010ff; margin-left: 5px; padding-left: 5px\">")
        out.append("".join("<p>" + "<br>".join(esc(ln) for ln in p) + "</p>" for p in paras(q.text)))
        out.append("</blockquote>")
    out.append("</div></body></html>\n")
    return "".join(out)


# --------------------------------------------------------------------------------------------------
# Attachments: a few bytes are enough.

def pdf(name: str, title: str = "Ricevuta") -> tuple[str, str, str, bytes]:
    body = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Title (" +
            title.encode("latin-1", "replace") + b") >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")
    return (name, "application", "pdf", body)


PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a4e9c1"
    "5e0000000049454e44ae426082")


def png(name: str) -> tuple[str, str, str, bytes]:
    return (name, "image", "png", PNG_1PX)


def jpg(name: str) -> tuple[str, str, str, bytes]:
    return (name, "image", "jpeg", bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9"))


# --------------------------------------------------------------------------------------------------
# The messages.

MESSAGES: list[dict] = []


def add(**kw) -> None:
    MESSAGES.append(kw)


def msgid(seed: str, style: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if style == "gmail":
        return f"<CA{h[:6]}+{h[6:14].lower()}Xq{h[14:30]}w@mail.gmail.com>"
    if style == "outlook":
        box = f"AS8PR0{int(h[0], 16) % 9}MB{h[1:5]}"
        return f"<{box}{h[5:17]}{h[17:29]}@{box}.eurprd0{int(h[30], 16) % 9 + 1}.prod.outlook.com>"
    if style == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{h[:16].lower()}.{h[16:24].lower()}@{domain}>"


# ==================================================================================================
# ITALIANO
# ==================================================================================================
D = date

# --- client-reply-paid -----------------------------------------------------------------------------

add(lang="it", kind="client-reply-paid", owner="giulia",
    frm="Laura Meinardi <segreteria@studioravera.it>",
    date="Tue, 17 Nov 2026 10:12:40 +0100",
    subject="Re: Fattura 14 - restyling logo", reply=True, mid="gmail",
    top="""Buongiorno Giulia,

mi scusi il ritardo, la dottoressa era in ferie ed è lei che firma i bonifici.
Stamattina abbiamo disposto il pagamento della fatt. n. 14: 1.020,00 €, cioè i 1.220,00 della fattura meno 200,00 di ritenuta d'acconto, che versiamo noi con l'F24 di dicembre.
In allegato la contabile. Il CRO è 26321004587311, se la banca glielo chiede.

La certificazione unica gliela mandiamo a marzo come ogni anno.

Cordiali saluti

Laura Meinardi
Segreteria - Studio Dentistico Ravera
Corso Francia 112, 10143 Torino
Tel. 011 749 3221
""",
    quote=Quote("gmail", "giulia", "2026-11-16 09:00",
                reminder("giulia", "reminder", "14", "1.220,00 €", D(2026, 11, 10), "Spett.le Studio Dentistico Ravera,")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    attach=[pdf("contabile_bonifico_fatt14.pdf", "Contabile bonifico")],
    facts=dict(amount="1020.00", currency="EUR", reference="14"),
    ev=["1.020,00 €", "fatt. n. 14"],
    note="Paid net of the 20% ritenuta d'acconto: the amount is the 1,020.00 transferred, not the 1,220.00 invoice total "
         "(also in the quoted reminder); the CRO and the phone number are not references.")

add(lang="it", kind="client-reply-paid", owner="marco",
    frm="Amministrazione Immobiliare Po <amministrazione@immobiliarepo.it>",
    date="Thu, 26 Nov 2026 15:47:03 +0100",
    subject="R: Fattura 2026/31", reply=True, mid="outlook",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Fattura 2026/31"),
             ("Content-Language", "it-IT")],
    top="""Buongiorno Ing. Lenzi,

in data odierna abbiamo effettuato il bonifico di € 2.137,60 a saldo della Vs. FT 2026/31 del 30/10/2026, così composto:
imponibile € 2.080,00 + IVA 22% € 457,60 - ritenuta d'acconto 20% € 400,00.
Nella causale abbiamo indicato anche il nostro ordine n. 4500018273.

Distinti saluti

Silvia Gatti
Ufficio Amministrazione
IMMOBILIARE PO S.R.L.
Via Nizza 48 - 10126 Torino
P.IVA 03318920371
Tel. 011 650 4420

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di eliminarlo e di darcene comunicazione.
""",
    quote=Quote("outlook-desktop", "marco", "2026-11-23 08:30",
                reminder("marco", "reminder", "2026/31", "2.537,60 €", D(2026, 11, 20), "Spett.le Immobiliare Po srl,"),
                to="amministrazione@immobiliarepo.it", subject="Re: Fattura 2026/31"),
    fmt="html", client="outlook", cs="windows-1252", cte="quoted-printable",
    facts=dict(amount="2137.60", currency="EUR", reference="2026/31"),
    ev=["€ 2.137,60", "FT 2026/31"],
    note="Paid net of ritenuta: 2,137.60, not the 2,537.60 total quoted; 'FT' abbreviates fattura, and the invoice date "
         "30/10/2026, the order number and the P.IVA are look-alikes.")

add(lang="it", kind="client-reply-paid", owner="elena",
    frm="Paolo Bertini <p.bertini@edizionilumen.it>",
    date="Wed, 02 Dec 2026 19:03:51 +0100",
    subject="Re: Fattura 12-2026", reply=True, mid="apple",
    headers=[("X-Mailer", "iPhone Mail (22B91)")],
    top="""Fatto! Bonifico partito adesso per la fatt. 12-2026, 642 euro (640 + 2 di bollo).
Scusa, mi era proprio sfuggita

Paolo

Inviato da iPhone
""",
    quote=Quote("apple", "elena", "2026-12-01 09:00",
                reminder("elena", "due", "12-2026", "642,00 €", D(2026, 11, 30), "Spett.le Edizioni Lumen,")),
    fmt="plain", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="642.00", currency="EUR", reference="12-2026"),
    ev=["642 euro", "fatt. 12-2026"],
    note="One-liner from a phone: 'fatt. 12-2026' is the invoice number (a forfettario invoice: 640 plus 2 euro of stamp "
         "duty), the paid sum is 642.")

add(lang="it", kind="client-reply-paid", owner="giulia",
    frm="Franca Gallo <pasticceriagallo.bra@gmail.com>",
    date="Sat, 05 Dec 2026 08:41:17 +0100",
    subject="Re: Fattura 16 - vetrofanie", reply=True, mid="gmail",
    top="""ciao giulia ho fatto il bonifico ieri sera dall app della banca, 350 euro per la 16
ma la fattura per i biglietti da visita me la fai a parte o va dentro la prossima?? perche il commercialista vuole sapere

grazie ciao
Franca
""",
    quote=Quote("gmail", "giulia", "2026-12-04 10:00",
                reminder("giulia", "due", "16", "350,00 €", D(2026, 12, 3), "Gentile Franca Gallo,")),
    fmt="alt", client="gmail", cs="utf-8", cte="base64",
    facts=dict(amount="350.00", currency="EUR", reference="16"),
    ev=["350 euro per la 16"],
    note="Paid plus a question, so paid; 'la 16' is invoice 16 (this freelancer numbers invoices with plain integers).")

add(lang="it", kind="client-reply-paid", owner="marco",
    frm="Bernasconi Architetti SA - Contabilità <contabilita@bernasconi-arch.ch>",
    date="Mon, 07 Dec 2026 11:20:44 +0100",
    subject="AW: Fattura 2026/35", reply=True, mid="outlook",
    headers=[("X-MS-Has-Attach", ""), ("Content-Language", "de-CH")],
    top="""Buongiorno Ingegnere,

le confermo che venerdì abbiamo dato l'ordine di pagamento per la fattura 2026/35: EUR 1'560.00 dal nostro conto in euro presso la Banca dello Stato del Cantone Ticino.
Il bonifico è con spese SHA, quindi è possibile che la sua banca o quella intermediaria trattengano qualche franco... pardon, qualche euro. Se dovesse mancare qualcosa ce lo segnali pure.

Cordiali saluti

Claudia Ferrari-Pedrazzini
Contabilità
Bernasconi Architetti SA
Via Pretorio 9, CH-6900 Lugano
Tel. +41 91 922 40 15
IDI CHE-112.345.678 IVA
""",
    quote=Quote("outlook-desktop", "marco", "2026-12-04 08:15",
                reminder("marco", "due", "2026/35", "1.560,00 €", D(2026, 12, 3), "Spett.le Bernasconi Architetti SA,"),
                to="contabilita@bernasconi-arch.ch", subject="Fattura 2026/35", lang="de"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1560.00", currency="EUR", reference="2026/35"),
    ev=["EUR 1'560.00", "fattura 2026/35"],
    note="Swiss format 1'560.00 (apostrophe thousands, dot decimals); paid with SHA fees so less may arrive, but the "
         "stated paid sum is 1,560.00; the Swiss UID and the phone are look-alikes.")

add(lang="it", kind="client-reply-paid", owner="giulia",
    frm="Agriturismo Cascina Brichet <info@cascinabrichet.it>",
    date="Fri, 11 Dec 2026 17:55:09 +0100",
    subject="Re: Fattura 19 - menu e segnaposto", reply=True, mid="gmail",
    top="""Ciao Giulia,

ho visto il sollecito, hai ragione, scusa. Ho appena fatto un bonifico unico per la 18 e la 19 insieme: 1.830 € in tutto (1.220 + 610). Nella causale ho scritto solo "fatture Giulia Ferraris" perché la banca online non mi faceva scrivere di più, spero vada bene lo stesso.

Ci vediamo a gennaio per le etichette del vino!

Walter
Cascina Brichet - Loc. Brichet 4, Monforte d'Alba (CN)
348 551 2097
""",
    quote=Quote("gmail", "giulia", "2026-12-10 09:00",
                reminder("giulia", "reminder", "19", "610,00 €", D(2026, 12, 5), "Spett.le Agriturismo Cascina Brichet,")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1830.00", currency="EUR"),
    ev=["1.830 €"],
    note="One transfer for two invoices (18 and 19): reference left out; the amount is the 1,830 paid in all, not the "
         "610.00 of the quoted reminder.")

add(lang="it", kind="client-reply-paid", owner="giulia",
    frm="Matteo Rinaldi <matteo@orbitly.io>",
    date="Tue, 15 Dec 2026 21:37:02 +0100",
    subject="Re: Fattura 21 - brand identity Orbitly", reply=True, mid="gmail",
    top="""Ciao Giulia!! 🙌

scusa scusa scusa, a dicembre qui è il delirio. Ti ho appena mandato i 1,2k € della fattura 21 con bonifico istantaneo, ti allego lo screenshot.
Ho usato l'IBAN che finisce con 873, giusto? Se ti arriva tutto fammi un fischio

A gennaio ripartiamo con il sito 🚀

Matteo
—
Matteo Rinaldi | CEO @ Orbitly
+39 333 918 4402
""",
    quote=Quote("gmail", "giulia", "2026-12-14 09:00",
                reminder("giulia", "reminder", "21", "1.200,00 €", D(2026, 12, 10), "Spett.le Orbitly srl,")),
    fmt="alt", client="gmail", cs="utf-8", cte="base64",
    attach=[png("Screenshot_2026-12-15-21-35-11.png")],
    facts=dict(amount="1200.00", currency="EUR", reference="21"),
    ev=["1,2k €", "fattura 21"],
    note="'1,2k €' is 1,200.00 euro; '873' is the end of the IBAN and the phone number is not a reference.")

add(lang="it", kind="client-reply-paid", owner="giulia",
    frm="Studio Dott. Fabio Arnaudo <studio@arnaudocommercialisti.it>",
    date="Fri, 15 Jan 2027 09:05:33 +0100",
    subject="Bonifico a Vs. favore - Bar Centrale di Rossi Mario", reply=False, mid="outlook",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "it-IT")],
    top="""Gentile Sig.ra Ferraris,

per conto del nostro cliente Bar Centrale di Rossi Mario (P.IVA 02876540049) Le comunichiamo che in data 14/01/2027 è stato eseguito il bonifico di euro 488,00 (quattrocentottantotto/00) relativo alla Sua fattura n. 3 del 02/01/2027, ricevuta tramite SdI con identificativo 14582236071.

Trattandosi di ditta individuale in regime forfettario, non è stata operata la ritenuta d'acconto.

Restiamo a disposizione per ogni chiarimento.

Cordiali saluti

Rag. Daniela Cravero
Studio Dott. Fabio Arnaudo - Commercialisti Associati
Piazza Galimberti 7 - 12100 Cuneo
Tel. 0171 603 118

AVVISO DI RISERVATEZZA: questo messaggio e gli eventuali allegati sono destinati unicamente al destinatario indicato e possono contenere informazioni riservate ai sensi del Reg. UE 2016/679. Se ricevuto per errore, La preghiamo di cancellarlo e di avvisarci.
""",
    fmt="html", client="outlook", cs="windows-1252", cte="quoted-printable",
    facts=dict(amount="488.00", currency="EUR", reference="3"),
    ev=["euro 488,00", "fattura n. 3 del 02/01/2027"],
    note="An accountant writes for the client, not as a reply; the invoice is n. 3 (not the date 02/01/2027, the SdI id "
         "14582236071 or the client's P.IVA).")

# --- client-reply-promise --------------------------------------------------------------------------

add(lang="it", kind="client-reply-promise", owner="giulia",
    frm="FERRAMENTA BOSIO <ferramentabosio@libero.it>",
    date="Mon, 23 Nov 2026 07:12:40 +0100",
    subject="Re: Fattura 15 - volantini", reply=True, mid="plain",
    headers=[("X-Mailer", "Libero Mail")],
    top="""BUONGIORNO SIG.RA GIULIA
HO LETTO LA MAIL SOLO ADESSO. LA FATTURA N.15 DEI VOLANTINI LA PAGO VENERDI QUANDO VADO IN BANCA A CARRU, SONO MILLEDUECENTOCINQUANTA EURO E IL BONIFICO LO FACCIO FARE IO ALLO SPORTELLO.
SE SERVE QUALCOSA CHIAMI IN NEGOZIO 0173 750 118
SALUTI
BOSIO PIERO
""",
    quote=Quote("thunderbird", "giulia", "2026-11-20 09:00",
                reminder("giulia", "reminder", "15", "1.250,00 €", D(2026, 11, 15), "Spett.le Ferramenta Bosio snc,")),
    fmt="alt", client="web", cs="windows-1252", cte="quoted-printable",
    facts=dict(promised_date="2026-11-27", amount="1250.00", currency="EUR", reference="15"),
    wd=4, ev=["MILLEDUECENTOCINQUANTA EURO", "FATTURA N.15", "VENERDI"],
    note="'VENERDI' written on Monday 23 November is Friday 27 November; the sum is spelled out in words; the shop "
         "phone number is a look-alike.")

add(lang="it", kind="client-reply-promise", owner="marco",
    frm="Costruzioni Ferri snc <ufficio@costruzioniferri.it>",
    date="Thu, 10 Dec 2026 12:02:19 +0100",
    subject="R: Fattura 2026/38", reply=True, mid="outlook",
    top="""Buongiorno Ingegnere,

come anticipato al telefono a mio padre, oggi abbiamo bonificato un acconto di 1.000 euro sulla FT 2026/38.
Il saldo di € 1.137,60 glielo paghiamo entro fine mese, appena ci entra il SAL del cantiere di Casalecchio.

Ci scusi, è un periodo pesante per tutti.

Roberta Ferri
Costruzioni Ferri s.n.c.
Via del Lavoro 21 - 40033 Casalecchio di Reno (BO)
""",
    quote=Quote("outlook", "marco", "2026-12-09 08:30",
                reminder("marco", "reminder", "2026/38", "2.137,60 €", D(2026, 11, 30), "Spett.le Costruzioni Ferri snc,"),
                to="ufficio@costruzioniferri.it", subject="Re: Fattura 2026/38"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(promised_date="2026-12-31", amount="1137.60", currency="EUR", reference="2026/38"),
    ev=["€ 1.137,60", "FT 2026/38", "entro fine mese"],
    note="A part paid today (1,000) and the balance promised by the month's end: a promise for 31 December with the "
         "promised 1,137.60, not the 1,000 already sent or the 2,137.60 quoted.")

add(lang="it", kind="client-reply-promise", owner="elena",
    frm="LinguaPlus Srl - Ufficio Fornitori <fornitori@linguaplus.it>",
    date="Mon, 14 Dec 2026 12:30:55 +0100",
    subject="Rif: Fattura 15-2026", reply=True, mid="plain",
    top="""Gentile dott.ssa Sarti,

la Sua fattura n. 15-2026 del 15/11/2026, di € 380,00, è stata registrata e inserita nella distinta di pagamento del 15 gennaio 2027.
Le ricordo che, come da accordo quadro (rif. AQ-2025/117), i pagamenti ai fornitori vengono eseguiti una volta al mese, il giorno 15.

Cordiali saluti

Ufficio Fornitori
LinguaPlus S.r.l. - Via Cavour 80, 50129 Firenze
""",
    quote=Quote("outlook-desktop", "elena", "2026-12-11 09:00",
                reminder("elena", "courtesy", "15-2026", "380,00 €", D(2026, 12, 15), "Spett.le LinguaPlus Srl,",
                         issue=D(2026, 11, 15)),
                to="fornitori@linguaplus.it", subject="Fattura 15-2026"),
    fmt="plain", cs="windows-1252", cte="quoted-printable",
    facts=dict(promised_date="2027-01-15", amount="380.00", currency="EUR", reference="15-2026"),
    ev=["€ 380,00", "fattura n. 15-2026", "15 gennaio 2027"],
    note="Accounts payable puts the invoice in the 15 January 2027 payment run: a promise for that day; the invoice "
         "date 15/11/2026 and the framework-agreement code AQ-2025/117 are look-alikes.")

add(lang="it", kind="client-reply-promise", owner="giulia",
    frm="Avv. Chiara Conti <c.conti@studiolegaleconti.it>",
    date="Wed, 13 Jan 2027 18:22:07 +0100",
    subject="R: Fattura 22 - carta intestata e biglietti", reply=True, mid="outlook",
    top="""Gentile Giulia,

mi scuso per il ritardo: la fattura n. 22 era finita tra la posta dello studio e non l'avevo vista.
Provvederò al pagamento lunedì 18, per l'importo netto di € 612,00 (€ 732,00 al lordo della ritenuta d'acconto di € 120,00, che verserò io come sostituto d'imposta).

Cordiali saluti

Avv. Chiara Conti
Studio Legale Conti
Corso Vittorio Emanuele II 64 - 10121 Torino
Tel. 011 562 0947 - Fax 011 562 0948
PEC: chiara.conti@pec.ordineavvocatitorino.it
""",
    quote=Quote("outlook-desktop", "giulia", "2027-01-12 09:00",
                reminder("giulia", "reminder", "22", "732,00 €", D(2026, 12, 31), "Spett.le Studio Legale Conti,"),
                to="Avv. Chiara Conti <c.conti@studiolegaleconti.it>", subject="Fattura 22 - carta intestata e biglietti"),
    fmt="alt", client="outlook", cs="windows-1252", cte="quoted-printable",
    facts=dict(promised_date="2027-01-18", amount="612.00", currency="EUR", reference="22"),
    wd=0, ev=["€ 612,00", "fattura n. 22", "lunedì 18"],
    note="'lunedì 18' written on Wednesday 13 January is Monday 18 January; the promised sum is the net 612.00, not the "
         "732.00 gross (also quoted); phone and fax numbers are look-alikes.")

add(lang="it", kind="client-reply-promise", owner="giulia",
    frm="Sara Pellegrino <sara.pellegrino88@gmail.com>",
    date="Wed, 20 Jan 2027 13:48:26 +0100",
    subject="Re: Fattura 26 - partecipazioni", reply=True, mid="gmail",
    top="""Ciao Giulia,
scusa!!! Me ne ero completamente dimenticata, con le feste e il trasloco è stato un caos 😅
Ti faccio il bonifico la settimana prossima, 450 euro per la 26. Ho ricontrollato la fattura adesso, è tutto giusto.

Un abbraccio
Sara
""",
    quote=Quote("gmail", "giulia", "2027-01-19 09:00",
                reminder("giulia", "reminder", "26", "450,00 €", D(2027, 1, 10), "Gentile Sara Pellegrino,")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="450.00", currency="EUR", reference="26"),
    ev=["450 euro per la 26", "la settimana prossima"],
    note="'la settimana prossima' names no day, so no promised_date; amount and invoice ('la 26') are in her own words.")

add(lang="it", kind="client-reply-promise", owner="marco",
    frm="Luca Ghedini <luca.ghedini@studioghedini.bo.it>",
    date="Tue, 12 Jan 2027 10:41:30 +0100",
    subject="Re: Fattura 2026/41", reply=True, mid="gmail",
    top="""Buongiorno Marco,

la 2026/40 l'ho pagata stamattina, € 1.268,80 come da fattura (ti ho girato la contabile su WhatsApp).
La 2026/41, quella della pratica catastale, te la pago il 31 gennaio: € 634,40. Aspetto che mi rientrino due fatture e chiudo tutto.

Grazie della pazienza
Luca

--
Dott. Luca Ghedini
Via Saragozza 140, 40135 Bologna
tel. 051 644 7120
""",
    quote=Quote("gmail", "marco", "2027-01-11 08:30",
                reminder("marco", "reminder", "2026/41", "634,40 €", D(2026, 12, 31), "Gentile Luca Ghedini,")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    facts=dict(promised_date="2027-01-31", amount="634.40", currency="EUR"),
    ev=["€ 634,40", "il 31 gennaio"],
    note="Two invoices: 2026/40 paid, 2026/41 promised for 31 January; precedence makes it a promise, the amount is the "
         "promised 634.40 (not the 1,268.80 paid), and the reference is left out because two invoices are named.")

# --- payment-notification --------------------------------------------------------------------------

add(lang="it", kind="payment-notification", owner="marco",
    frm="UniCredit <notifiche@unicredit.it>",
    date="Fri, 27 Nov 2026 08:02:11 +0100",
    subject="Accredito bonifico sul conto ***2388", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    text="""UniCredit - Notifica movimento

Gentile MARCO LENZI,
ti informiamo che sul tuo conto ***2388 è stato accreditato un bonifico SEPA.

Ordinante: IMMOBILIARE PO S.R.L.
IBAN ordinante: IT** **** **** **** **** ***2345
Importo: 2.137,60 EUR
Data contabile: 27/11/2026
Data valuta: 27/11/2026
Causale: SALDO VS FT 2026/31 DEL 30/10/2026 NS ORD 4500018273
TRN: 0306902613812345480004003400IT

Il dettaglio del movimento è disponibile nella sezione Conti e Carte di Banca via Internet.
Questa è una comunicazione automatica, ti preghiamo di non rispondere.
""",
    html="""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Notifica movimento</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#e2001a;color:#fff;padding:16px 24px;font-size:20px;font-weight:bold">UniCredit</td></tr>
<tr><td style="padding:24px">
<p>Gentile MARCO LENZI,<br>ti informiamo che sul tuo conto ***2388 è stato accreditato un bonifico SEPA.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px;width:100%">
<tr><td style="color:#777;width:40%">Ordinante</td><td>IMMOBILIARE PO S.R.L.</td></tr>
<tr><td style="color:#777">IBAN ordinante</td><td>IT** **** **** **** **** ***2345</td></tr>
<tr><td style="color:#777">Importo</td><td style="font-size:18px;font-weight:bold">2.137,60 EUR</td></tr>
<tr><td style="color:#777">Data contabile</td><td>27/11/2026</td></tr>
<tr><td style="color:#777">Data valuta</td><td>27/11/2026</td></tr>
<tr><td style="color:#777">Causale</td><td>SALDO VS FT 2026/31 DEL 30/10/2026 NS ORD 4500018273</td></tr>
<tr><td style="color:#777">TRN</td><td>0306902613812345480004003400IT</td></tr>
</table>
<p style="font-size:12px;color:#777">Il dettaglio del movimento è disponibile nella sezione Conti e Carte di Banca via Internet.<br>
Questa è una comunicazione automatica, ti preghiamo di non rispondere.</p>
</td></tr></table></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    facts=dict(amount="2137.60", currency="EUR", reference="2026/31"),
    ev=["2.137,60 EUR", "FT 2026/31"],
    note="Bank credit notice; the causale names FT 2026/31, while its invoice date, the order number and the TRN are "
         "look-alikes.")

add(lang="it", kind="payment-notification", owner="giulia",
    frm="Satispay <no-reply@satispay.com>",
    date="Thu, 03 Dec 2026 13:14:52 +0100",
    subject="Hai ricevuto 120,00 € da Davide M.", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://www.satispay.com/it-it/preferenze-email/>")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="background-color:#f7f7f7;margin:0;padding:0">
<div style="max-width:480px;margin:0 auto;background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<div style="padding:24px;text-align:center"><img src="https://static.satispay.com/email/logo.png" alt="Satispay" width="120"></div>
<div style="padding:0 24px 24px 24px;text-align:center">
<p style="font-size:16px;color:#333">Ciao Giulia,</p>
<p style="font-size:16px;color:#333"><b>Davide Marengo</b> ti ha inviato</p>
<p style="font-size:40px;font-weight:bold;color:#f94c43;margin:8px 0">120,00 €</p>
<p style="font-size:14px;color:#666;background:#f2f2f2;border-radius:12px;padding:12px">&ldquo;fattura 17 logo palestra &#x1F4AA;&rdquo;</p>
<p style="font-size:13px;color:#999">3 dicembre 2026, 13:14 &middot; ID transazione 8f1c2e44-7a90-4d1b-b3aa-90d2c1e5f017</p>
<p style="font-size:13px;color:#999">Il denaro è già disponibile nel tuo saldo Satispay.</p>
</div></div></body></html>
""",
    cs="utf-8", cte="base64",
    facts=dict(amount="120.00", currency="EUR", reference="17"),
    ev=["120,00 €", "fattura 17"],
    note="Satispay P2P credit (amount also in the subject); the payer's message 'fattura 17' names the invoice; the "
         "transaction UUID is a look-alike.")

add(lang="it", kind="payment-notification", owner="giulia",
    frm="PayPal <service@paypal.it>",
    date="Mon, 21 Dec 2026 16:40:03 +0100",
    subject="Hai ricevuto un pagamento", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hai ricevuto un pagamento

Ciao Giulia Ferraris,
hai ricevuto 610,00 € EUR da Paolo Ghione.

Nota di Paolo Ghione:
"Saldo fattura n.20 - grazie e buone feste!"

Dettagli della transazione
ID transazione: 4XK71234AB5678901
Data transazione: 21 dicembre 2026
Importo ricevuto: 610,00 € EUR
Commissione: -21,09 € EUR
Importo netto: 588,91 € EUR

Il denaro è disponibile nel tuo conto PayPal.

Aiuto | Centro risoluzioni | Sicurezza
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
""",
    html="""<!DOCTYPE html><html lang="it"><head><meta charset="UTF-8"><title>PayPal</title></head>
<body style="margin:0;padding:0;background:#f5f7fa">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Helvetica Neue',Arial,sans-serif">
<tr><td style="padding:30px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="50" alt="PayPal"></td></tr>
<tr><td style="padding:0 30px"><h1 style="font-size:26px;font-weight:normal">Hai ricevuto un pagamento</h1>
<p>Ciao Giulia Ferraris,</p><p>hai ricevuto <strong>610,00&nbsp;€ EUR</strong> da Paolo Ghione.</p>
<p style="background:#f5f7fa;padding:12px">Nota di Paolo Ghione:<br>&quot;Saldo fattura n.20 - grazie e buone feste!&quot;</p></td></tr>
<tr><td style="padding:0 30px"><table width="100%" cellpadding="4" style="font-size:14px">
<tr><td colspan="2"><b>Dettagli della transazione</b></td></tr>
<tr><td>ID transazione</td><td align="right">4XK71234AB5678901</td></tr>
<tr><td>Data transazione</td><td align="right">21 dicembre 2026</td></tr>
<tr><td>Importo ricevuto</td><td align="right">610,00&nbsp;€ EUR</td></tr>
<tr><td>Commissione</td><td align="right">-21,09&nbsp;€ EUR</td></tr>
<tr><td><b>Importo netto</b></td><td align="right"><b>588,91&nbsp;€ EUR</b></td></tr>
</table></td></tr>
<tr><td style="padding:30px;font-size:11px;color:#687173">PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg</td></tr>
</table></td></tr></table></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    facts=dict(amount="610.00", currency="EUR", reference="20"),
    ev=["610,00 € EUR", "fattura n.20"],
    note="PayPal credit: the amount is the 610.00 received (the net 588.91 after PayPal's fee is a detail); the "
         "transaction ID is a look-alike.")

add(lang="it", kind="payment-notification", owner="marco",
    frm="Tesoreria Gruppo Langhe <tesoreria@gruppolanghe.it>",
    date="Fri, 15 Jan 2027 06:30:00 +0100",
    subject="Avviso di pagamento n. 2027000144 - Fornitore 700123", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")],
    text="""GRUPPO ALIMENTARE LANGHE S.p.A.
Ufficio Tesoreria

AVVISO DI PAGAMENTO n. 2027000144 del 15.01.2027

Spett.le
LENZI MARCO - STUDIO DI INGEGNERIA
Codice fornitore: 700123

Vi informiamo che in data 15.01.2027 abbiamo disposto a Vostro favore il seguente pagamento, a mezzo bonifico bancario su IBAN IT68M0200801633000104512388:

Documento   Data doc.   Importo lordo   Ritenuta   Importo pagato
2026/44     15.12.2026       2.537,60    -400,00         2.137,60

Totale bonifico: EUR 2.137,60

La ritenuta d'acconto sarà versata nei termini di legge e certificata con la Certificazione Unica 2028.
Messaggio generato automaticamente, si prega di non rispondere.
""",
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p><b>GRUPPO ALIMENTARE LANGHE S.p.A.</b><br>Ufficio Tesoreria</p>
<p><b>AVVISO DI PAGAMENTO n. 2027000144 del 15.01.2027</b></p>
<p>Spett.le<br>LENZI MARCO - STUDIO DI INGEGNERIA<br>Codice fornitore: 700123</p>
<p>Vi informiamo che in data 15.01.2027 abbiamo disposto a Vostro favore il seguente pagamento, a mezzo bonifico bancario su IBAN IT68M0200801633000104512388:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#ddd"><th>Documento</th><th>Data doc.</th><th>Importo lordo</th><th>Ritenuta</th><th>Importo pagato</th></tr>
<tr><td>2026/44</td><td>15.12.2026</td><td align="right">2.537,60</td><td align="right">-400,00</td><td align="right">2.137,60</td></tr>
<tr><td colspan="4" align="right"><b>Totale bonifico EUR</b></td><td align="right"><b>2.137,60</b></td></tr>
</table>
<p>La ritenuta d'acconto sarà versata nei termini di legge e certificata con la Certificazione Unica 2028.</p>
<p style="color:#888">Messaggio generato automaticamente, si prega di non rispondere.</p>
</body></html>
""",
    cs="iso-8859-1", cte="quoted-printable",
    attach=[pdf("AVVISO_PAGAMENTO_2027000144.pdf", "Avviso di pagamento 2027000144")],
    facts=dict(amount="2137.60", currency="EUR", reference="2026/44"),
    ev=["2.137,60", "2026/44"],
    note="Remittance advice from the client's accounts-payable system listing one invoice; the sum paid is the net "
         "2,137.60 after 400.00 ritenuta; the advice number 2027000144, supplier code and document date are look-alikes.")

add(lang="it", kind="payment-notification", owner="elena",
    frm="Crédit Agricole Italia <notifiche@credit-agricole.it>",
    date="Thu, 03 Dec 2026 07:45:12 +0100",
    subject="Accredito di EUR 642,00 sul conto", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Gentile Cliente,

La informiamo che in data 03/12/2026 è stato accreditato sul Suo conto n. ****2907 un bonifico di EUR 642,00.

Ordinante: EDIZIONI LUMEN SRL
Causale: PAGAMENTO FATT 12 2026 SARTI
Data valuta: 03/12/2026

Per maggiori dettagli acceda a Nowbanking.

Cordiali saluti
Crédit Agricole Italia S.p.A.

Questo messaggio è stato generato automaticamente: La preghiamo di non rispondere.
""",
    cs="iso-8859-1", cte="quoted-printable",
    facts=dict(amount="642.00", currency="EUR", reference="12-2026"),
    ev=["EUR 642,00", "FATT 12 2026"],
    note="Plain-text credit notice (amount also in the subject); the causale 'FATT 12 2026' is invoice 12-2026 written "
         "with a space; the masked account number is a look-alike.")

add(lang="it", kind="payment-notification", owner="marco",
    frm="UniCredit <notifiche@unicredit.it>",
    date="Thu, 10 Dec 2026 09:12:37 +0100",
    subject="Bonifico dall'estero accreditato sul conto ***2388", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""UniCredit - Notifica movimento

Gentile MARCO LENZI,
è stato accreditato sul tuo conto ***2388 un bonifico dall'estero.

Ordinante: BERNASCONI ARCHITETTI SA - 6900 LUGANO CH
Banca ordinante: BSCTCH22XXX
Importo originario: 1.560,00 EUR
Spese banca corrispondente: 15,00 EUR
Importo accreditato: 1.545,00 EUR
Data valuta: 10/12/2026
Causale: INVOICE 2026/35 ING LENZI
Riferimento operazione: 2026EST0098123

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
""",
    html="""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#e2001a;color:#fff;padding:16px 24px;font-size:20px;font-weight:bold">UniCredit</td></tr>
<tr><td style="padding:24px">
<p>Gentile MARCO LENZI,<br>è stato accreditato sul tuo conto ***2388 un bonifico dall'estero.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px;width:100%">
<tr><td style="color:#777;width:40%">Ordinante</td><td>BERNASCONI ARCHITETTI SA - 6900 LUGANO CH</td></tr>
<tr><td style="color:#777">Banca ordinante</td><td>BSCTCH22XXX</td></tr>
<tr><td style="color:#777">Importo originario</td><td>1.560,00 EUR</td></tr>
<tr><td style="color:#777">Spese banca corrispondente</td><td>15,00 EUR</td></tr>
<tr><td style="color:#777">Importo accreditato</td><td style="font-size:18px;font-weight:bold">1.545,00 EUR</td></tr>
<tr><td style="color:#777">Data valuta</td><td>10/12/2026</td></tr>
<tr><td style="color:#777">Causale</td><td>INVOICE 2026/35 ING LENZI</td></tr>
<tr><td style="color:#777">Riferimento operazione</td><td>2026EST0098123</td></tr>
</table>
<p style="font-size:12px;color:#777">Questa è una comunicazione automatica, ti preghiamo di non rispondere.</p>
</td></tr></table></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1545.00", currency="EUR", reference="2026/35"),
    ev=["Importo accreditato: 1.545,00 EUR", "INVOICE 2026/35"],
    note="Foreign transfer with a correspondent-bank fee deducted: the money that came in is 1,545.00 (the original "
         "1,560.00 less 15.00); the operation reference and the payer's BIC are look-alikes.")

add(lang="it", kind="payment-notification", owner="giulia",
    frm="Stripe <notifications@stripe.com>",
    date="Wed, 30 Dec 2026 11:03:40 +0100",
    subject="Pagamento di 915,00 € da Vineria Sant'Anna", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Giulia Ferraris Grafica

Hai ricevuto un pagamento di 915,00 €

Cliente: Vineria Sant'Anna (ordini@vineriasantanna.it)
Descrizione: Fattura n. 24 - etichette e carta vini
Metodo di pagamento: Mastercard •••• 8210
Data: 30 dic 2026, 11:03
ID pagamento: pi_3QhB7kE2Lx9dTz4a1c0F7sQm

I fondi saranno disponibili nel saldo Stripe e trasferiti sul tuo conto bancario secondo il calendario dei bonifici.

Visualizza il pagamento nella Dashboard: https://dashboard.stripe.com/payments/pi_3QhB7kE2Lx9dTz4a1c0F7sQm
""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background-color:#f6f9fc;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="540" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;margin-top:32px">
<tr><td style="padding:32px 40px 8px 40px;color:#8898aa;font-size:14px">Giulia Ferraris Grafica</td></tr>
<tr><td style="padding:0 40px;color:#32325d;font-size:24px">Hai ricevuto un pagamento di <strong>915,00&nbsp;€</strong></td></tr>
<tr><td style="padding:24px 40px"><table width="100%" style="font-size:14px;color:#525f7f">
<tr><td>Cliente</td><td align="right">Vineria Sant'Anna</td></tr>
<tr><td>Descrizione</td><td align="right">Fattura n. 24 - etichette e carta vini</td></tr>
<tr><td>Metodo di pagamento</td><td align="right">Mastercard &bull;&bull;&bull;&bull; 8210</td></tr>
<tr><td>Data</td><td align="right">30 dic 2026, 11:03</td></tr>
<tr><td>ID pagamento</td><td align="right">pi_3QhB7kE2Lx9dTz4a1c0F7sQm</td></tr>
</table></td></tr>
<tr><td style="padding:0 40px 32px 40px;font-size:13px;color:#8898aa">I fondi saranno disponibili nel saldo Stripe e trasferiti sul tuo conto bancario secondo il calendario dei bonifici.</td></tr>
</table></td></tr></table></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    facts=dict(amount="915.00", currency="EUR", reference="24"),
    ev=["915,00 €", "Fattura n. 24"],
    note="Stripe card payment for invoice 24 (amount also in the subject); the card digits and the payment ID are "
         "look-alikes.")

# --- client-reply-dispute --------------------------------------------------------------------------

add(lang="it", kind="client-reply-dispute", owner="marco",
    frm="Geom. Andrea Zanotti <a.zanotti@zanottiimmobili.it>",
    date="Wed, 20 Jan 2027 16:14:28 +0100",
    subject="R: Fattura 2026/42", reply=True, mid="outlook",
    top="""Buongiorno Ing. Lenzi,

ho ricevuto il sollecito ma la fattura 2026/42 non torna: ci sono 12 ore di sopralluogo e rilievo a 80 €/h, mentre nel preventivo n. 118/26 del 3 settembre ne avevamo concordate 8, a corpo.
Così com'è non possiamo pagarla. Le chiedo di emettere una nota di credito per le 4 ore in più (€ 320 più cassa e IVA) oppure di riemetterla corretta; appena la ricevo la paghiamo.

Cordiali saluti
Andrea Zanotti
""",
    quote=Quote("outlook-desktop", "marco", "2027-01-18 08:30",
                reminder("marco", "reminder", "2026/42", "1.218,05 €", D(2027, 1, 10), "Spett.le Zanotti Immobili srl,"),
                to="a.zanotti@zanottiimmobili.it", subject="Fattura 2026/42"),
    fmt="alt", client="outlook", cs="windows-1252", cte="quoted-printable",
    facts=dict(reference="2026/42"),
    ev=["fattura 2026/42"],
    note="Contests the hours and asks for a credit note before paying: dispute; 320 euro and the quote number 118/26 "
         "are not sums paid or promised, so no amount.")

add(lang="it", kind="client-reply-dispute", owner="giulia",
    frm="Paolo Ghione <paolo.ghione@vineriaghione.it>",
    date="Thu, 14 Jan 2027 11:20:11 +0100",
    subject="Re: Fattura 23 - menu stagionali", reply=True, mid="gmail",
    top="""Ciao Giulia,

guarda che secondo me c'è un errore: la fattura 23 è identica alla 20 (stessi menu stagionali, stessi 610 euro) e la 20 te l'ho già pagata con PayPal il 21 dicembre.
Quindi la 23 non te la pago, a meno che non mi spieghi cos'è. Se è un doppione annullala pure con una nota di credito.

Ciao
Paolo
""",
    quote=Quote("gmail", "giulia", "2027-01-13 09:00",
                reminder("giulia", "reminder", "23", "610,00 €", D(2027, 1, 8), "Gentile Paolo Ghione,")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    note="Says invoice 23 duplicates invoice 20 (already paid) and refuses it: dispute; two invoice numbers are named, "
         "so no reference, and the 610 paid was for the other invoice, so no amount.")

add(lang="it", kind="client-reply-dispute", owner="elena",
    frm="Marta Lodi - Vela Editrice <redazione@velaeditrice.it>",
    date="Tue, 09 Feb 2027 10:05:47 +0100",
    subject="Re: Fattura 18-2026", reply=True, mid="apple",
    top="""Gentile Elena,

ho parlato con l'editore a proposito della fattura 18-2026. Purtroppo la traduzione del saggio l'abbiamo dovuta far rivedere quasi tutta da un revisore esterno, e questo ci è costato parecchio.
Le proporremmo quindi di chiudere a 800 euro invece di 960: se le va bene, ci mandi una nota di credito di 160 euro e paghiamo subito.

Mi faccia sapere,
Marta Lodi
Vela Editrice - Redazione
""",
    quote=Quote("apple", "elena", "2027-02-08 09:00",
                reminder("elena", "reminder", "18-2026", "960,00 €", D(2027, 1, 31), "Spett.le Vela Editrice,")),
    fmt="alt", client="apple", cs="utf-8", cte="quoted-printable",
    facts=dict(reference="18-2026"),
    ev=["fattura 18-2026"],
    note="Asks for a discount and a credit note before paying: dispute; 800 is a conditional offer, not a sum paid or "
         "promised, so no amount.")

# --- client-reply-other ----------------------------------------------------------------------------

add(lang="it", kind="client-reply-other", owner="giulia",
    frm="Ottica Marchisio <otticamarchisio@gmail.com>",
    date="Mon, 11 Jan 2027 15:33:02 +0100",
    subject="Re: Fattura 25 - insegna", reply=True, mid="gmail",
    top="""Buongiorno Giulia,

stavo facendo il bonifico per la fattura 25 (€ 1.098,00) ma l'app mi dice che l'IBAN IT47 X030 6909 6061 0000 0061 837 non è valido. Me lo può ricontrollare e rimandare?

Grazie, buona giornata
Elisa Marchisio
Ottica Marchisio - Via Roma 31, Alba
""",
    quote=Quote("gmail", "giulia", "2027-01-11 09:00",
                reminder("giulia", "reminder", "25", "1.098,00 €", D(2027, 1, 5), "Spett.le Ottica Marchisio,")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    facts=dict(reference="25"),
    ev=["fattura 25"],
    note="Asks to check the bank details (she mistyped the IBAN, 837 for 873): nothing paid or promised, so no amount "
         "even though € 1.098,00 appears.")

add(lang="it", kind="client-reply-other", owner="marco",
    frm="Ing. Paolo Venturi <p.venturi@venturiprogetti.it>",
    date="Wed, 03 Feb 2027 09:11:45 +0100",
    subject="R: Fattura 2026/45", reply=True, mid="outlook",
    cc="Amministrazione Venturi Progetti <amministrazione@venturiprogetti.it>",
    top="""Buongiorno Marco,

ho girato la tua fattura 2026/45 alla nostra amministrazione (amministrazione@venturiprogetti.it, in copia), che gestisce i pagamenti: per qualsiasi cosa puoi sentire direttamente la sig.ra Bassi allo 051 633 2189.

Ciao
Paolo
""",
    quote=Quote("outlook-desktop", "marco", "2027-02-02 08:30",
                reminder("marco", "reminder", "2026/45", "3.172,00 €", D(2027, 1, 31), "Spett.le Venturi Progetti srl,"),
                to="p.venturi@venturiprogetti.it", subject="Fattura 2026/45"),
    fmt="alt", client="outlook", cs="windows-1252", cte="quoted-printable",
    facts=dict(reference="2026/45"),
    ev=["fattura 2026/45"],
    note="Forwarded to accounts, nothing said about paying: client-reply-other; the phone number is a look-alike.")

# --- other -----------------------------------------------------------------------------------------

add(lang="it", kind="other", owner="giulia",
    frm="Intesa Sanpaolo <notifiche@intesasanpaolo.com>",
    date="Tue, 02 Feb 2027 10:15:00 +0100",
    subject="Conferma esecuzione bonifico", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Intesa Sanpaolo - Conferma operazione

Gentile GIULIA FERRARIS,
ti confermiamo l'esecuzione del bonifico che hai disposto.

Beneficiario: TIPOGRAFIA MARTINI SNC
IBAN beneficiario: IT** **** **** **** **** ***0417
Importo: 1.220,00 €
Causale: Saldo fatt. 88/2026 stampa cataloghi
Data esecuzione: 02/02/2027
CRO: 1101270330012345

Grazie per aver scelto Intesa Sanpaolo.
""",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#333">
<div style="max-width:600px;margin:auto;border-top:6px solid #008a4b">
<h2 style="color:#008a4b">Conferma operazione</h2>
<p>Gentile GIULIA FERRARIS,<br>ti confermiamo l'esecuzione del bonifico che hai disposto.</p>
<table cellpadding="5" style="font-size:14px">
<tr><td>Beneficiario</td><td><b>TIPOGRAFIA MARTINI SNC</b></td></tr>
<tr><td>IBAN beneficiario</td><td>IT** **** **** **** **** ***0417</td></tr>
<tr><td>Importo</td><td><b>1.220,00 €</b></td></tr>
<tr><td>Causale</td><td>Saldo fatt. 88/2026 stampa cataloghi</td></tr>
<tr><td>Data esecuzione</td><td>02/02/2027</td></tr>
<tr><td>CRO</td><td>1101270330012345</td></tr>
</table>
<p>Grazie per aver scelto Intesa Sanpaolo.</p></div></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    note="An outgoing transfer the freelancer made to her printer, not money coming in: other; the 1,220.00 and the "
         "printer's invoice 88/2026 are not facts.")


# ==================================================================================================
# ESPAÑOL
# ==================================================================================================

# --- client-reply-paid -----------------------------------------------------------------------------

add(lang="es", kind="client-reply-paid", owner="javier",
    frm="Administración Reformas Turia <admin@reformasturia.es>",
    date="Mon, 16 Nov 2026 11:48:20 +0100",
    subject="Re: Factura 2026-045", reply=True, mid="gmail",
    top="""Buenos días Javier:

Te confirmo que hoy hemos realizado la transferencia de la fra. 2026-045 por importe de 1.060,00 € (1.000,00 de base + 210,00 de IVA − 150,00 de retención IRPF). Te adjunto el justificante.
Perdona el retraso, el gestor nos cambió el programa de contabilidad y se nos quedaron varias facturas sin contabilizar.

Un saludo,
Amparo Soler
Reformas Turia S.L. · CIF B98765432
C/ de Cuba 27, 46006 València
Tel. 963 41 27 80
""",
    quote=Quote("gmail", "javier", "2026-11-16 09:00",
                reminder("javier", "reminder", "2026-045", "1.060,00 €", D(2026, 11, 10), "Estimados señores:")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    attach=[pdf("justificante_transferencia.pdf", "Justificante de transferencia")],
    facts=dict(amount="1060.00", currency="EUR", reference="2026-045"),
    ev=["1.060,00 €", "fra. 2026-045"],
    note="'fra.' abbreviates factura; the paid sum 1,060.00 is net of the 15% IRPF withholding (base and VAT are "
         "breakdown figures); the CIF and the phone are look-alikes.")

add(lang="es", kind="client-reply-paid", owner="nuria",
    frm="Montse Vidal <montse@editorialgavina.cat>",
    date="Wed, 25 Nov 2026 18:31:09 +0100",
    subject="Re: Factura 42", reply=True, mid="apple",
    headers=[("X-Mailer", "iPhone Mail (22B91)")],
    top="""Hola Núria!

Ya está, esta mañana te hemos pagado la nº 42: 912 € (800 + 21% IVA − 7% IRPF, como pone la factura).
Perdona, con el cierre del catálogo de Sant Jordi vamos de bólido.

Una abraçada,
Montse

Enviado desde mi iPhone
""",
    quote=Quote("apple", "nuria", "2026-11-24 09:00",
                reminder("nuria", "reminder", "42", "912,00 €", D(2026, 11, 20), "Estimados señores:")),
    fmt="plain", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="912.00", currency="EUR", reference="42"),
    ev=["912 €", "nº 42"],
    note="'nº 42' is invoice 42 (this freelancer numbers invoices with plain integers); 912 is net of 7% IRPF; a "
         "Catalan sign-off, but the text is Spanish.")

add(lang="es", kind="client-reply-paid", owner="javier",
    frm="María José Navarro <mjnavarro.academia@gmail.com>",
    date="Sat, 28 Nov 2026 10:07:33 +0100",
    subject="Re: Factura 2026-051", reply=True, mid="gmail",
    top="""Hola Javier, te acabo de hacer un Bizum de 150€ por lo de la web de la academia (la factura 2026-051). Si lo necesitas por transferencia dímelo y lo hago el lunes.
Mi móvil por si acaso: 654 32 19 87

Gracias!!

Enviado desde mi Galaxy
""",
    quote=Quote("gmail", "javier", "2026-11-27 09:00",
                reminder("javier", "due", "2026-051", "150,00 €", D(2026, 11, 26), "Buenos días, María José Navarro:")),
    fmt="alt", client="gmail", cs="utf-8", cte="base64",
    facts=dict(amount="150.00", currency="EUR", reference="2026-051"),
    ev=["Bizum de 150€", "factura 2026-051"],
    note="Paid by Bizum (the offer to redo it by transfer is conditional, not a promise); the mobile number is a "
         "look-alike.")

add(lang="es", kind="client-reply-paid", owner="javier",
    frm="Carla Méndez <facturacion@estudionomada.es>",
    date="Thu, 03 Dec 2026 13:26:40 +0100",
    subject="RV: Confirmación de transferencia - 2.120,00 EUR", reply=False, mid="outlook",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-ES")],
    top="""Hola Javier,

Te reenvío la confirmación del banco: os hemos pagado las facturas 2026-047 y 2026-048 en una sola transferencia de 2.120,00 € (1.060,00 € cada una).

Saludos,
Carla Méndez
Administración · Estudio Nómada S.L.
Av. de Aragón 30, 46021 Valencia
""",
    quote=Quote("outlook-desktop", "javier", "2026-12-03 13:05", """Confirmación de transferencia

Ha realizado la siguiente transferencia:

Ordenante: ESTUDIO NOMADA SL
Beneficiario: JAVIER ORTEGA PEREZ
Cuenta destino: ES91 2100 0418 4502 0005 1332
Importe: 2.120,00 EUR
Concepto: FRAS 047 048 ORTEGA
Fecha de ejecución: 03/12/2026
Referencia BBVA: 2026120300731125

Gracias por confiar en BBVA.""",
                to="facturacion@estudionomada.es", subject="Confirmación de transferencia - 2.120,00 EUR",
                frm=("BBVA", "avisos@bbva.es")),
    fmt="html", client="outlook", cs="windows-1252", cte="quoted-printable",
    facts=dict(amount="2120.00", currency="EUR"),
    ev=["2.120,00 €"],
    note="A forward (RV:) of the bank's confirmation: one transfer for two invoices, so no reference; the amount is the "
         "2,120.00 in total, not the 1,060.00 of each; the bank reference and the IBAN are look-alikes.")

add(lang="es", kind="client-reply-paid", owner="nuria",
    frm="Lic. Fernanda Ríos <frios@disenonorte.com.mx>",
    date="Mon, 14 Dec 2026 10:20:18 -0600",
    subject="RE: Factura 45", reply=True, mid="outlook",
    top="""Hola Núria, buen día.

Te comento que el viernes se realizó la transferencia internacional por 1.180,00 EUR correspondiente a la factura nº 45 (traducción del manual de usuario).
Nuestro banco nos avisa que los bancos intermediarios pueden cobrar una comisión, así que es posible que te lleguen unos 15 euros menos. Si es así, avísanos y lo completamos sin problema.

Saludos cordiales,

Lic. Fernanda Ríos Castañeda
Coordinación Administrativa | Diseño Norte S.A. de C.V.
Monterrey, N.L. | Tel. +52 81 8340 2215
RFC: DNO140312AB7
""",
    quote=Quote("outlook-desktop", "nuria", "2026-12-11 02:00",
                reminder("nuria", "reminder", "45", "1.180,00 €", D(2026, 12, 7), "Estimados señores:"),
                to="frios@disenonorte.com.mx", subject="Factura 45"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1180.00", currency="EUR", reference="45"),
    ev=["1.180,00 EUR", "factura nº 45"],
    note="Mexican client (UTC-6): the paid sum is 1,180.00 even if fees may cut about 15 on arrival; the RFC tax id and "
         "the phone are look-alikes.")

add(lang="es", kind="client-reply-paid", owner="javier",
    frm="Pau Llorens <pau@llorensfisioterapia.es>",
    date="Fri, 08 Jan 2027 20:14:52 +0100",
    subject="Re: Factura 2026-053", reply=True, mid="apple",
    top="""Hecho 👍 Pagada la 2026-053 esta tarde: mil ochocientos quince euros, el total de la factura.

Una pregunta: el mantenimiento de enero ¿me lo facturas aparte o va incluido en la cuota de la web? Es para decírselo a mi gestora.

Pau
""",
    quote=Quote("apple", "javier", "2027-01-08 09:00",
                reminder("javier", "reminder", "2026-053", "1.815,00 €", D(2026, 12, 31), "Buenos días, Pau Llorens:")),
    fmt="alt", client="apple", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1815.00", currency="EUR", reference="2026-053"),
    ev=["mil ochocientos quince euros", "la 2026-053"],
    note="Paid plus a question, so paid; the sum is spelled out in words (1,815.00).")

add(lang="es", kind="client-reply-paid", owner="javier",
    frm="Contabilidad Surf Atlántico <contabilidad@surfatlantico.es>",
    date="Tue, 19 Jan 2027 16:05:31 +0000",
    subject="RE: Factura 2026-056", reply=True, mid="outlook",
    top="""Buenas tardes, Javier:

Le adjunto el justificante de la transferencia de 1.150,00 € que hemos realizado hoy, correspondiente a su factura FRA. 2026 056 (sin IVA por tratarse de una operación con Canarias, como acordamos).
Disculpe la demora; el banco retuvo la orden hasta que actualizamos los poderes de firma.

Un saludo,

Yeray Santana
Dpto. Contabilidad
Surf Atlántico S.L. - Las Palmas de Gran Canaria
Tel. 928 26 14 03
""",
    quote=Quote("outlook-desktop", "javier", "2027-01-19 08:00",
                reminder("javier", "reminder", "2026-056", "1.150,00 €", D(2027, 1, 15), "Estimados señores:"),
                to="contabilidad@surfatlantico.es", subject="Factura 2026-056"),
    fmt="alt", client="outlook", cs="windows-1252", cte="quoted-printable",
    attach=[pdf("Justificante_transferencia_190127.pdf", "Justificante")],
    facts=dict(amount="1150.00", currency="EUR", reference="2026-056"),
    ev=["1.150,00 €", "FRA. 2026 056"],
    note="Canary Islands client (UTC+0); 'FRA. 2026 056' is invoice 2026-056 written with a space instead of the dash.")

# --- client-reply-promise --------------------------------------------------------------------------

add(lang="es", kind="client-reply-promise", owner="javier",
    frm="Toni Martí <toni@martibikes.com>",
    date="Tue, 24 Nov 2026 22:41:06 +0100",
    subject="Re: Factura 2026-049", reply=True, mid="gmail",
    top="""Javier perdona el retraso, se me pasó totalmente.
El viernes te hago la transferencia de los 726 €, que es cuando cobro yo de la tienda online.

Un abrazo
Toni
""",
    quote=Quote("gmail", "javier", "2026-11-24 09:00",
                reminder("javier", "reminder", "2026-049", "726,00 €", D(2026, 11, 20), "Buenos días, Toni Martí:")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    facts=dict(promised_date="2026-11-27", amount="726.00", currency="EUR"),
    wd=4, ev=["726 €", "El viernes"],
    note="'el viernes' written on Tuesday 24 November is Friday 27 November; he gives no invoice number himself (only "
         "the subject and the quote do), so no reference.")

add(lang="es", kind="client-reply-promise", owner="nuria",
    frm="Jordi Puig <jpuig@puigassessors.cat>",
    date="Thu, 10 Dec 2026 17:02:44 +0100",
    subject="RE: Factura 44", reply=True, mid="outlook",
    top="""Hola Núria,

Hoy te hemos pagado 500 € de la factura 44 y el resto, 412 €, te lo pagamos a final de mes, que es cuando cobramos las igualas de los clientes.
Espero que no sea problema.

Saludos,
Jordi Puig
Puig Assessors · Gran de Gràcia 112, 08012 Barcelona
""",
    quote=Quote("outlook", "nuria", "2026-12-09 09:00",
                reminder("nuria", "reminder", "44", "912,00 €", D(2026, 12, 5), "Estimados señores:"),
                to="Jordi Puig <jpuig@puigassessors.cat>", subject="Factura 44"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(promised_date="2026-12-31", amount="412.00", currency="EUR", reference="44"),
    ev=["412 €", "factura 44", "a final de mes"],
    note="A part paid today (500) and the rest (412) promised for the month's end: a promise for 31 December with the "
         "promised 412.00, not the 912.00 quoted.")

add(lang="es", kind="client-reply-promise", owner="javier",
    frm="Cuentas a Pagar - Grupo Hortofrutícola Levante <proveedores@ghlevante.es>",
    date="Wed, 13 Jan 2027 09:44:10 +0100",
    subject="RE: Factura 2026-055 - Proveedor 400123", reply=True, mid="outlook",
    top="""Estimado proveedor:

Le informamos de que su factura nº 2026-055, por importe de 3.025,00 EUR, ha sido contabilizada y se abonará mediante confirming con vencimiento 25/01/2027, a través de Banco Sabadell.
Si desea anticipar el cobro, puede hacerlo desde la plataforma de confirming de la entidad con su código de proveedor 400123.

Para cualquier consulta, indique siempre el número de pedido (PED-4501234567) y su número de factura.

Atentamente,
Departamento de Cuentas a Pagar
Grupo Hortofrutícola Levante, S.A. · CIF A46123456
Polígono Industrial El Oliveral, Calle E 14, 46394 Riba-roja de Túria (Valencia)
""",
    quote=Quote("outlook-desktop", "javier", "2027-01-12 09:00",
                reminder("javier", "reminder", "2026-055", "3.025,00 €", D(2027, 1, 10), "Estimados señores:"),
                to="proveedores@ghlevante.es", subject="Factura 2026-055"),
    fmt="html", client="outlook", cs="windows-1252", cte="quoted-printable",
    facts=dict(promised_date="2027-01-25", amount="3025.00", currency="EUR", reference="2026-055"),
    ev=["3.025,00 EUR", "factura nº 2026-055", "25/01/2027"],
    note="Accounts payable schedules a confirming payment due 25/01/2027: a promise for that day; the supplier code, "
         "order number and CIF are look-alikes.")

add(lang="es", kind="client-reply-promise", owner="nuria",
    frm="Álex Ferrer <alexferrer.foto@gmail.com>",
    date="Mon, 01 Feb 2027 13:15:27 +0100",
    subject="Re: Factura 46", reply=True, mid="gmail",
    top="""Núria!! tienes toda la razón, perdona tía

La semana que viene te paso los mil doscientos pavos de la 46, en cuanto me paguen lo de la boda de Sitges. Palabra.

Álex
""",
    quote=Quote("gmail", "nuria", "2027-02-01 09:00",
                reminder("nuria", "reminder", "46", "1.200,00 €", D(2027, 1, 25), "Buenos días, Álex Ferrer:")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1200.00", currency="EUR", reference="46"),
    ev=["mil doscientos pavos de la 46", "La semana que viene"],
    note="'la semana que viene' names no day, so no promised_date; 'mil doscientos pavos' is 1,200 euros in slang; "
         "'la 46' is invoice 46.")

add(lang="es", kind="client-reply-promise", owner="javier",
    frm="Beatriz Climent <administracion@clinicacliment.es>",
    date="Tue, 26 Jan 2027 12:40:55 +0100",
    subject="RE: Factura 2027-003", reply=True, mid="outlook",
    top="""Buenos días Javier,

Nosotros pagamos a proveedores los días 5 y 20 de cada mes, y el 20 ya se nos había cerrado la remesa cuando llegó tu factura 2027-003.
Te la pagamos el día 5: serán 1.590 € (1.500 + IVA − retención), por transferencia a la cuenta que indicas.

Un saludo,
Beatriz Climent
Administración - Clínica Climent
""",
    quote=Quote("outlook", "javier", "2027-01-25 09:00",
                reminder("javier", "reminder", "2027-003", "1.590,00 €", D(2027, 1, 20), "Estimados señores:"),
                to="administracion@clinicacliment.es", subject="Factura 2027-003"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(promised_date="2027-02-05", amount="1590.00", currency="EUR", reference="2027-003"),
    ev=["1.590 €", "el día 5", "factura 2027-003"],
    note="'el día 5' written on 26 January is 5 February (the 20 is their other payment day, already past); the "
         "promised 1,590 is net of the IRPF withholding.")

add(lang="es", kind="client-reply-promise", owner="nuria",
    frm="Martín Echeverría <martin@echeverria-consultora.com.ar>",
    date="Wed, 17 Feb 2027 11:52:03 -0300",
    subject="Re: Factura 47", reply=True, mid="gmail",
    top="""Hola Núria, ¿cómo andás?

Disculpá la demora, acá enero y febrero son un desierto con las vacaciones. Te transfiero los 640 euros de la factura 47 antes de fin de mes, desde la cuenta que tenemos en Europa así no te llega con descuentos.

Abrazo grande,
Martín
--
Martín Echeverría · Echeverría Consultora
Av. Corrientes 1847, piso 6 · C1045AAA Buenos Aires
+54 11 4372 9901
""",
    quote=Quote("gmail", "nuria", "2027-02-15 05:00",
                reminder("nuria", "reminder", "47", "640,00 €", D(2027, 2, 10), "Estimados señores:")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    facts=dict(promised_date="2027-02-28", amount="640.00", currency="EUR", reference="47"),
    ev=["640 euros de la factura 47", "antes de fin de mes"],
    note="Argentine voseo (UTC-3); 'antes de fin de mes' in February is 28 February 2027; the street number, postal "
         "code and phone are look-alikes.")

# --- payment-notification --------------------------------------------------------------------------

add(lang="es", kind="payment-notification", owner="javier",
    frm="CaixaBank <notificaciones@caixabank.com>",
    date="Tue, 17 Nov 2026 08:15:44 +0100",
    subject="Has recibido una transferencia", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""CaixaBank

Hola, JAVIER:

Has recibido una transferencia en tu cuenta ES91 **** **** **** **** 1332.

Importe: 1.060,00 EUR
Ordenante: REFORMAS TURIA SL
Concepto: FRA 2026-045 ORTEGA
Fecha: 17/11/2026
Referencia: 2026111700482913

Puedes consultar el detalle en CaixaBankNow.
Este correo se ha enviado de forma automática. Por favor, no respondas.
""",
    html="""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>CaixaBank</title></head>
<body style="margin:0;padding:0;background:#eef3f7;font-family:Arial,Helvetica,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 30px;background:#007eae;color:#fff;font-size:22px">CaixaBank</td></tr>
<tr><td style="padding:30px">
<p style="font-size:16px">Hola, JAVIER:</p>
<p>Has recibido una transferencia en tu cuenta ES91 **** **** **** **** 1332.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #dde5eb;font-size:14px">
<tr><td style="background:#f4f8fb;width:35%">Importe</td><td><strong style="font-size:20px">1.060,00 EUR</strong></td></tr>
<tr><td style="background:#f4f8fb">Ordenante</td><td>REFORMAS TURIA SL</td></tr>
<tr><td style="background:#f4f8fb">Concepto</td><td>FRA 2026-045 ORTEGA</td></tr>
<tr><td style="background:#f4f8fb">Fecha</td><td>17/11/2026</td></tr>
<tr><td style="background:#f4f8fb">Referencia</td><td>2026111700482913</td></tr>
</table>
<p style="font-size:12px;color:#6d7d8b">Puedes consultar el detalle en CaixaBankNow.<br>Este correo se ha enviado de forma automática. Por favor, no respondas.</p>
</td></tr></table></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1060.00", currency="EUR", reference="2026-045"),
    ev=["1.060,00 EUR", "FRA 2026-045"],
    note="Bank credit notice, amount in an HTML table cell; the concept names the invoice; the bank's reference "
         "2026111700482913 and the masked IBAN are look-alikes.")

add(lang="es", kind="payment-notification", owner="javier",
    frm="CaixaBank <notificaciones@caixabank.com>",
    date="Sat, 28 Nov 2026 10:06:58 +0100",
    subject="Bizum recibido: 150,00 €", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#ffffff">
<div style="max-width:520px;margin:0 auto;padding:24px;border:1px solid #e5e5e5">
<p style="color:#05c3de;font-size:22px;font-weight:bold;margin:0">bizum</p>
<p style="font-size:16px">Hola, JAVIER:</p>
<p style="font-size:16px">Has recibido un Bizum de <b>150,00 €</b> de MARIA JOSE NAVARRO G.</p>
<p>Concepto: <i>Factura 2026-051</i></p>
<p>Teléfono del ordenante: +34 6** *** 987<br>Fecha: 28/11/2026 10:06</p>
<p style="font-size:12px;color:#888">El importe ya está disponible en tu cuenta ES91 **** 1332.<br>CaixaBank, S.A. · C/ Pintor Sorolla 2-4, 46002 València</p>
</div></body></html>
""",
    cs="utf-8", cte="base64",
    facts=dict(amount="150.00", currency="EUR", reference="2026-051"),
    ev=["150,00 €", "Factura 2026-051"],
    note="Bizum notice, amount also in the subject; the masked phone number and the street numbers are look-alikes.")

add(lang="es", kind="payment-notification", owner="nuria",
    frm="Wise <noreply@wise.com>",
    date="Wed, 16 Dec 2026 14:03:22 +0000",
    subject="Has recibido 1.165,00 EUR", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Has recibido 1.165,00 EUR

Hola, Núria:

DISEÑO NORTE SA DE CV te ha enviado 1.165,00 EUR. Ya está en tu cuenta de EUR.

Referencia: FACTURA 45
ID de la transferencia: #1298374650

Ver detalles: https://wise.com/transactions

Gracias,
El equipo de Wise
""",
    html="""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f5f7;font-family:Inter,Helvetica,Arial,sans-serif;color:#0e0f0c">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:16px;margin:24px 0">
<tr><td style="padding:32px 40px 0 40px"><span style="font-weight:800;font-size:24px;color:#163300">wise</span></td></tr>
<tr><td style="padding:24px 40px 0 40px;font-size:28px;font-weight:700">Has recibido 1.165,00 EUR</td></tr>
<tr><td style="padding:16px 40px;font-size:16px">Hola, Núria:<br><br>DISEÑO NORTE SA DE CV te ha enviado <b>1.165,00 EUR</b>. Ya está en tu cuenta de EUR.</td></tr>
<tr><td style="padding:0 40px 16px 40px"><table width="100%" style="font-size:14px;color:#454745">
<tr><td>Referencia</td><td align="right">FACTURA 45</td></tr>
<tr><td>ID de la transferencia</td><td align="right">#1298374650</td></tr></table></td></tr>
<tr><td style="padding:0 40px 32px 40px"><a href="https://wise.com/transactions" style="background:#9fe870;color:#163300;padding:12px 24px;border-radius:24px;text-decoration:none;font-weight:600">Ver detalles</a></td></tr>
</table></td></tr></table></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1165.00", currency="EUR", reference="45"),
    ev=["1.165,00 EUR", "FACTURA 45"],
    note="Wise credit of 1,165.00 (less than the 1,180.00 the Mexican client sent, after intermediary fees): the amount "
         "is what came in; the transfer ID is a look-alike.")

add(lang="es", kind="payment-notification", owner="nuria",
    frm="PayPal <service@paypal.es>",
    date="Mon, 08 Feb 2027 19:27:45 +0100",
    subject="Has recibido un pago de Lucía Ferrer Soler", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Has recibido un pago

Hola, Núria Campos:
Has recibido 300,00 € EUR de Lucía Ferrer Soler.

Nota de Lucía Ferrer Soler:
"factura num 50, corrección TFM. Mil gracias!!"

Detalles de la transacción
Id. de transacción: 7RM93821VD4401234
Importe recibido: 300,00 € EUR
Comisión: -9,05 € EUR
Importe neto: 290,95 € EUR

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""",
    html="""<!DOCTYPE html><html lang="es"><head><meta charset="UTF-8"></head>
<body style="margin:0;background:#f5f7fa;font-family:'Helvetica Neue',Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:30px"><b style="color:#003087;font-size:22px">PayPal</b></td></tr>
<tr><td style="padding:0 30px"><h1 style="font-weight:normal;font-size:26px">Has recibido un pago</h1>
<p>Hola, Núria Campos:</p><p>Has recibido <strong>300,00&nbsp;€ EUR</strong> de Lucía Ferrer Soler.</p>
<p style="background:#f5f7fa;padding:12px">Nota de Lucía Ferrer Soler:<br>&quot;factura num 50, corrección TFM. Mil gracias!!&quot;</p></td></tr>
<tr><td style="padding:0 30px 30px 30px"><table width="100%" cellpadding="4" style="font-size:14px">
<tr><td colspan="2"><b>Detalles de la transacción</b></td></tr>
<tr><td>Id. de transacción</td><td align="right">7RM93821VD4401234</td></tr>
<tr><td>Importe recibido</td><td align="right">300,00&nbsp;€ EUR</td></tr>
<tr><td>Comisión</td><td align="right">-9,05&nbsp;€ EUR</td></tr>
<tr><td><b>Importe neto</b></td><td align="right"><b>290,95&nbsp;€ EUR</b></td></tr>
</table></td></tr></table></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    facts=dict(amount="300.00", currency="EUR", reference="50"),
    ev=["300,00 € EUR", "factura num 50"],
    note="PayPal credit: the amount is the 300.00 received (the net 290.95 after the fee is a detail); 'factura num 50' "
         "in the payer's note names the invoice.")

add(lang="es", kind="payment-notification", owner="javier",
    frm="Grupo Hortofrutícola Levante - Tesorería <tesoreria@ghlevante.es>",
    date="Mon, 25 Jan 2027 07:02:10 +0100",
    subject="Aviso de pago - Remesa confirming 2027/0125 - Proveedor 400123", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""GRUPO HORTOFRUTÍCOLA LEVANTE, S.A.
Tesorería

AVISO DE PAGO - Remesa confirming 2027/0125

Proveedor: 400123 - ORTEGA PEREZ, JAVIER
Forma de pago: Confirming Banco Sabadell
Fecha de abono: 25/01/2027

Nº factura   Fecha factura   Importe    Dto. pronto pago   Importe neto
2026-055     18/12/2026      3.025,00   0,00               3.025,00

Total abonado: 3.025,00 EUR

Mensaje generado automáticamente. No responda a esta dirección.
""",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p><b>GRUPO HORTOFRUTÍCOLA LEVANTE, S.A.</b><br>Tesorería</p>
<p><b>AVISO DE PAGO - Remesa confirming 2027/0125</b></p>
<p>Proveedor: 400123 - ORTEGA PEREZ, JAVIER<br>Forma de pago: Confirming Banco Sabadell<br>Fecha de abono: 25/01/2027</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#c6e0b4"><th>Nº factura</th><th>Fecha factura</th><th>Importe</th><th>Dto. pronto pago</th><th>Importe neto</th></tr>
<tr><td>2026-055</td><td>18/12/2026</td><td align="right">3.025,00</td><td align="right">0,00</td><td align="right">3.025,00</td></tr>
<tr><td colspan="4" align="right"><b>Total abonado (EUR)</b></td><td align="right"><b>3.025,00</b></td></tr>
</table>
<p style="color:#777">Mensaje generado automáticamente. No responda a esta dirección.</p>
</body></html>
""",
    cs="utf-8", cte="quoted-printable",
    attach=[pdf("Aviso_pago_400123_20270125.pdf", "Aviso de pago")],
    facts=dict(amount="3025.00", currency="EUR", reference="2026-055"),
    ev=["3.025,00", "2026-055"],
    note="Remittance advice of a confirming payment listing one invoice; the remittance number 2027/0125 (shaped like "
         "an invoice number), the supplier code and the invoice date are look-alikes.")

add(lang="es", kind="payment-notification", owner="nuria",
    frm="Banco Sabadell <avisos@bancsabadell.com>",
    date="Thu, 26 Nov 2026 07:31:09 +0100",
    subject="Transferencia recibida por importe de 912,00 EUR", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Banco Sabadell - Aviso de operación

Estimada clienta:

Le informamos de que se ha abonado en su cuenta ES82 **** **** **** **** 4567 la siguiente transferencia:

Ordenante: EDITORIAL GAVINA SL
Importe: 912,00 EUR
Fecha valor: 26/11/2026
Concepto: PAGO FRA N 42 NURIA CAMPOS
Referencia: 0081NT2611260004213

Puede consultar el detalle en Sabadell Online.
Este es un mensaje automático, por favor no responda a este correo.
""",
    cs="iso-8859-1", cte="quoted-printable",
    facts=dict(amount="912.00", currency="EUR", reference="42"),
    ev=["912,00 EUR", "FRA N 42"],
    note="Plain-text bank notice in ISO-8859-1, amount also in the subject; 'PAGO FRA N 42' is invoice 42; the bank "
         "reference (which also contains 42) is a look-alike.")

add(lang="es", kind="payment-notification", owner="javier",
    frm="CaixaBank Avisos <avisos@caixabank.com>",
    date="Fri, 04 Dec 2026 09:40:27 +0100",
    subject="Aviso: ingreso de 2.120,00 EUR en su cuenta", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""AVISO DE INGRESO

Cuenta: ES91 2100 **** **** **** 1332
Titular: ORTEGA PEREZ JAVIER

Tipo de operacion: TRANSFERENCIA SEPA RECIBIDA
Ordenante: ESTUDIO NOMADA SL
Importe: +2.120,00 EUR
Concepto: FRAS 047 048 ORTEGA
Fecha operacion: 04/12/2026
Saldo disponible: consulte CaixaBankNow

Ha recibido este aviso porque tiene activado el servicio de alertas. Para modificarlo, acceda a CaixaBankNow > Alertas.
""",
    cs="iso-8859-1", cte="7bit",
    facts=dict(amount="2120.00", currency="EUR"),
    ev=["+2.120,00 EUR"],
    note="One credit for two invoices ('FRAS 047 048'): reference left out; amount also in the subject; the masked "
         "account number is a look-alike.")

# --- client-reply-dispute --------------------------------------------------------------------------

add(lang="es", kind="client-reply-dispute", owner="javier",
    frm="Raquel Ibáñez <raquel@ibanezinteriorismo.com>",
    date="Thu, 04 Feb 2027 10:33:19 +0100",
    subject="Re: Factura 2026-057", reply=True, mid="gmail",
    top="""Hola Javier:

He revisado la factura 2026-057 y el importe no es el acordado. El presupuesto P-2026-019 era de 2.000 € + IVA por la tienda online cerrada, y la factura viene por 2.400 € + IVA. Los 400 € de "ajustes adicionales" no los pedimos nosotros.

Hasta que no nos mandes una factura rectificativa por el importe del presupuesto no la podemos pagar.

Un saludo,
Raquel Ibáñez
Ibáñez Interiorismo
""",
    quote=Quote("gmail", "javier", "2027-02-03 09:00",
                reminder("javier", "reminder", "2026-057", "2.904,00 €", D(2027, 1, 31), "Buenos días, Raquel Ibáñez:")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    facts=dict(reference="2026-057"),
    ev=["factura 2026-057"],
    note="Contests the amount against the quote and asks for a corrective invoice: dispute; the 2,000, 2,400 and 400 "
         "figures and the quote number P-2026-019 are not sums paid or promised.")

add(lang="es", kind="client-reply-dispute", owner="nuria",
    frm="Laura Pons <lpons@ponsgrup.com>",
    date="Tue, 16 Feb 2027 16:48:02 +0100",
    subject="RE: Factura 48", reply=True, mid="outlook",
    top="""Hola Núria,

Antes de pagar la factura 48 tenemos que aclarar una cosa: la traducción del catálogo no está completa, faltan las páginas 30 a 42 (toda la sección de accesorios). Te lo comenté por teléfono en enero.

Hasta que no nos entregues esas páginas no vamos a tramitar el pago.

Saludos,
Laura Pons
Pons Grup · Departament de Màrqueting
""",
    quote=Quote("outlook-desktop", "nuria", "2027-02-15 09:00",
                reminder("nuria", "reminder", "48", "1.368,00 €", D(2027, 2, 10), "Estimados señores:"),
                to="lpons@ponsgrup.com", subject="Factura 48"),
    fmt="alt", client="outlook", cs="windows-1252", cte="quoted-printable",
    facts=dict(reference="48"),
    ev=["factura 48"],
    note="Withholds payment until the missing pages are delivered: dispute; the page range 30 to 42 is a look-alike of "
         "an invoice number (42 is another invoice of hers).")

add(lang="es", kind="client-reply-dispute", owner="javier",
    frm="Rui Carvalho <rui.carvalho@tintasdouro.pt>",
    date="Thu, 25 Feb 2027 11:05:12 +0000",
    subject="RE: Factura 2027-008", reply=True, mid="outlook",
    top="""Bom dia Javier,

Disculpe mi español. Recibimos la factura 2027-008 pero tiene IVA de 21% y nosotros somos empresa de Portugal con NIF intracomunitario PT509876543, entonces la factura debe ir sin IVA, con inversión del sujeto pasivo.
No podemos pagar esta factura así porque nuestra contabilidad no la acepta. Por favor emita una factura rectificativa por 1.250 € sin IVA y pagamos en seguida.

Obrigado,
Rui Carvalho
Tintas do Douro, Lda. · Porto
""",
    quote=Quote("outlook-desktop", "javier", "2027-02-24 09:00",
                reminder("javier", "reminder", "2027-008", "1.512,50 €", D(2027, 2, 20), "Estimados señores:"),
                to="rui.carvalho@tintasdouro.pt", subject="Factura 2027-008"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(reference="2027-008"),
    ev=["factura 2027-008"],
    note="Portuguese client writing Spanish asks for a corrective invoice without VAT before paying: dispute; the VAT "
         "number and the conditional 1,250 are not facts.")

# --- client-reply-other ----------------------------------------------------------------------------

add(lang="es", kind="client-reply-other", owner="javier",
    frm="Nacho Beltrán <nacho@beltranfotografia.es>",
    date="Mon, 11 Jan 2027 09:58:40 +0100",
    subject="Re: Factura 2026-058", reply=True, mid="gmail",
    top="""Hola Javier,

Tengo la factura 2026-058 de 605 € pero en el PDF no me sale el número de cuenta (creo que se corta en el pie de página). ¿Me lo puedes reenviar por aquí?

Gracias,
Nacho
""",
    quote=Quote("gmail", "javier", "2027-01-10 09:00",
                reminder("javier", "reminder", "2026-058", "605,00 €", D(2027, 1, 5), "Buenos días, Nacho Beltrán:",
                         pay=False)),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    facts=dict(reference="2026-058"),
    ev=["factura 2026-058"],
    note="Asks for the bank details again: client-reply-other; 605 € is the invoice's amount, not a sum paid or promised.")

add(lang="es", kind="client-reply-other", owner="nuria",
    frm="Gestoría Molins <info@gestoriamolins.es>",
    date="Wed, 03 Mar 2027 12:12:12 +0100",
    subject="RE: Factura 49", reply=True, mid="outlook",
    top="""Buenos días Núria,

La transferencia de la factura 49 (456 €) que hicimos el día 26 nos la ha devuelto el banco con el motivo "AC04 - cuenta cancelada". Hemos copiado el IBAN de tu factura: ES82 0081 3276 1400 0123 4576.

¿Nos confirmas el número de cuenta correcto y la volvemos a enviar?

Un saludo,
Pere Molins
Gestoría Molins · Sabadell
""",
    quote=Quote("outlook-desktop", "nuria", "2027-03-03 09:00",
                reminder("nuria", "reminder", "49", "456,00 €", D(2027, 2, 25), "Estimados señores:"),
                to="info@gestoriamolins.es", subject="Factura 49"),
    fmt="alt", client="outlook", cs="windows-1252", cte="quoted-printable",
    facts=dict(reference="49"),
    ev=["factura 49"],
    note="A payment that bounced back with nothing sent again: client-reply-other, no amount; the IBAN they copied (a "
         "typo, 4576 for 4567) and the return code AC04 are look-alikes.")

add(lang="es", kind="client-reply-other", owner="javier",
    frm="Sergio Gil <sgil@grupoalba.es>",
    date="Mon, 22 Feb 2027 17:30:00 +0100",
    subject="RE: Factura 2027-010", reply=True, mid="outlook",
    top="""Hola Javier,

Recibida, gracias. La factura 2027-010 la he reenviado a administración (administracion@grupoalba.es), que es quien gestiona los pagos a proveedores; si necesitan algo se pondrán en contacto contigo directamente.

Saludos,
Sergio Gil
Responsable de Marketing · Grupo Alba
""",
    quote=Quote("outlook", "javier", "2027-02-22 09:00",
                reminder("javier", "courtesy", "2027-010", "2.178,00 €", D(2027, 3, 1), "Estimados señores:",
                         issue=D(2027, 1, 30)),
                to="Sergio Gil <sgil@grupoalba.es>", subject="Factura 2027-010"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(reference="2027-010"),
    ev=["factura 2027-010"],
    note="Received and forwarded to accounts: client-reply-other, nothing paid or promised.")

# --- other -----------------------------------------------------------------------------------------

add(lang="es", kind="other", owner="javier",
    frm="Hosting Levante <facturacion@hostinglevante.es>",
    date="Mon, 01 Feb 2027 06:00:12 +0100",
    subject="Nueva factura F-2027-0112 disponible", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hosting Levante

Estimado cliente:

Ya tienes disponible tu factura F-2027-0112 por importe de 181,50 € (150,00 € + IVA 21%), correspondiente al plan VPS Pro de febrero.
Se cargará en tu tarjeta terminada en 4417 el 05/02/2027.

Te adjuntamos la factura en PDF. También puedes descargarla desde el área de cliente.

Hosting Levante S.L. · CIF B12345674
""",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<h2 style="color:#ff6a00">Hosting Levante</h2>
<p>Estimado cliente:</p>
<p>Ya tienes disponible tu factura <b>F-2027-0112</b> por importe de <b>181,50 €</b> (150,00 € + IVA 21%), correspondiente al plan VPS Pro de febrero.<br>
Se cargará en tu tarjeta terminada en 4417 el 05/02/2027.</p>
<p>Te adjuntamos la factura en PDF. También puedes descargarla desde el área de cliente.</p>
<p style="font-size:11px;color:#888">Hosting Levante S.L. · CIF B12345674</p>
</body></html>
""",
    cs="utf-8", cte="quoted-printable",
    attach=[pdf("F-2027-0112.pdf", "Factura F-2027-0112")],
    note="An invoice the freelancer receives from his hosting provider: other; its number and sum are not facts of any "
         "invoice of his.")


# ==================================================================================================
# ENGLISH
# ==================================================================================================

# --- client-reply-paid -----------------------------------------------------------------------------

add(lang="en", kind="client-reply-paid", owner="hannah",
    frm="Derek Kowalski <derek@brightlanemedia.com>",
    date="Mon, 16 Nov 2026 14:22:37 -0500",
    subject="Re: Invoice INV-0042", reply=True, mid="gmail",
    top="""Hi Hannah,

Sorry about this - our AP person left in October and a few things fell through the cracks. I just sent the wire for INV-0042: €1,250, from our Chase account.

Heads up that Chase and/or the intermediary bank might skim a fee on the way. If it lands short, let me know the difference and we'll send it over.

Best,
Derek

Derek Kowalski | Head of Content
Brightlane Media | 415 Grand St, Brooklyn, NY 11211
(718) 555-0143
""",
    quote=Quote("gmail", "hannah", "2026-11-16 04:00",
                reminder("hannah", "reminder", "INV-0042", "€1,250.00", D(2026, 11, 13), "Dear Accounts Team,")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1250.00", currency="EUR", reference="INV-0042"),
    ev=["€1,250", "INV-0042"],
    note="US client (UTC-5) paid €1,250 by wire; fees may reduce what arrives but the stated paid sum is 1,250.00; the "
         "phone number and ZIP code are look-alikes.")

add(lang="en", kind="client-reply-paid", owner="sam",
    frm="Chris Hargreaves <chris.hargreaves@btinternet.com>",
    date="Tue, 24 Nov 2026 09:15:02 +0000",
    subject="Re: Invoice 1187", reply=True, mid="apple",
    headers=[("X-Mailer", "iPhone Mail (22B91)")],
    top="""Paid £850 this morning by bank transfer, ref 1187. Sorry for the delay Sam, had it in my head I'd already done it!

Chris
07700 900123

Sent from my iPhone
""",
    quote=Quote("apple", "sam", "2026-11-23 09:00",
                reminder("sam", "reminder", "1187", "£850.00", D(2026, 11, 20), "Dear Chris Hargreaves,")),
    fmt="plain", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="850.00", currency="GBP", reference="1187"),
    ev=["£850", "ref 1187"],
    note="UK client paying in pounds (GBP); 'ref 1187' is the invoice number; the mobile number is a look-alike.")

add(lang="en", kind="client-reply-paid", owner="hannah",
    frm="Katrin Brandt <k.brandt@lindner-maschinenbau.de>",
    date="Wed, 02 Dec 2026 14:08:51 +0100",
    subject="AW: Invoice INV-0045", reply=True, mid="outlook",
    headers=[("Content-Language", "de-DE")],
    top="""Dear Mrs. Doyle,

we have transferred the amount of EUR 2.460,00 for your invoice no. INV-0045 today. Please excuse the delay, the invoice was blocked in our approval workflow because the order number was missing (our order no. 4711-2026-0318, please mention it on future invoices).

With kind regards

Katrin Brandt
Kreditorenbuchhaltung / Accounts Payable
Lindner Maschinenbau GmbH
Industriestraße 12, 73730 Esslingen
USt-IdNr. DE812345678
Geschäftsführer: Dr. Hans Lindner | Amtsgericht Stuttgart HRB 123456
""",
    quote=Quote("outlook-desktop", "hannah", "2026-12-02 10:00",
                reminder("hannah", "reminder", "INV-0045", "€2,460.00", D(2026, 11, 30), "Dear Katrin Brandt,"),
                to="k.brandt@lindner-maschinenbau.de", subject="Invoice INV-0045", lang="de"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="2460.00", currency="EUR", reference="INV-0045"),
    ev=["EUR 2.460,00", "INV-0045"],
    note="German accounts clerk writing English with German number format (2.460,00 = 2,460.00); the order number, "
         "VAT id and HRB number are look-alikes.")

add(lang="en", kind="client-reply-paid", owner="sam",
    frm="Priya Shah <priya@shahbookkeeping.co.uk>",
    date="Thu, 10 Dec 2026 15:31:26 +0000",
    subject="RE: Invoice 1190", reply=True, mid="outlook",
    top="""Hi Sam,

I look after the books for Northern Roasters Ltd. I've settled invoice no. 1190 today by Faster Payment: £1,440.00 inc. VAT (£1,200.00 net + £240.00 VAT). Remittance advice attached.

Could you add our PO number to future invoices? It's NR-PO-2231 for the spring campaign.

Many thanks,
Priya Shah
Shah Bookkeeping Ltd | 0161 496 0732
""",
    quote=Quote("outlook-desktop", "sam", "2026-12-09 09:00",
                reminder("sam", "reminder", "1190", "£1,440.00", D(2026, 12, 5), "Dear Accounts Team,"),
                to="Northern Roasters Accounts <accounts@northernroasters.co.uk>", subject="Invoice 1190"),
    fmt="html", client="outlook", cs="windows-1252", cte="quoted-printable",
    attach=[pdf("Remittance_NorthernRoasters_1190.pdf", "Remittance advice")],
    facts=dict(amount="1440.00", currency="GBP", reference="1190"),
    ev=["£1,440.00", "invoice no. 1190"],
    note="A bookkeeper writes for the client; the paid sum is the gross £1,440.00 (not the £1,200.00 net); the PO "
         "number and phone are look-alikes.")

add(lang="en", kind="client-reply-paid", owner="hannah",
    frm="Aoife Brennan <aoife@brennanbakes.ie>",
    date="Fri, 18 Dec 2026 11:45:09 +0000",
    subject="Re: Invoice INV-0047", reply=True, mid="gmail",
    top="""Hi Hannah,

Just paid INV-0047 - €984 went out this morning. That's the €1,000 less the €16 for the printed proofs you asked us to get done at the print shop, like we said on the phone on Tuesday. Receipt for the proofs attached so your accountant has it.

Happy Christmas!
Aoife
""",
    quote=Quote("gmail", "hannah", "2026-12-17 09:00",
                reminder("hannah", "reminder", "INV-0047", "€1,000.00", D(2026, 12, 15), "Dear Aoife Brennan,")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    attach=[jpg("receipt_printshop.jpg")],
    facts=dict(amount="984.00", currency="EUR", reference="INV-0047"),
    ev=["€984", "INV-0047"],
    note="Paid with a deduction agreed beforehand (not a dispute): the paid sum is €984, not the €1,000 invoice or the "
         "€16 deducted.")

add(lang="en", kind="client-reply-paid", owner="sam",
    frm="Dan Okafor <dan@okaforevents.co.uk>",
    date="Wed, 13 Jan 2027 08:03:44 +0000",
    subject="Re: Invoice 1193", reply=True, mid="gmail",
    top="""morning sam, sent you the 1.2k for 1193 last night, should clear today. cheers for the patience mate

dan
""",
    quote=Quote("gmail", "sam", "2027-01-12 09:00",
                reminder("sam", "reminder", "1193", "£1,200.00", D(2027, 1, 8), "Dear Dan Okafor,")),
    fmt="plain", cs="utf-8", cte="base64",
    facts=dict(amount="1200.00", reference="1193"),
    ev=["1.2k for 1193"],
    note="'the 1.2k' is 1,200.00; his own words name no currency (the pound sign is only in the quoted reminder), so "
         "none is labelled.")

add(lang="en", kind="client-reply-paid", owner="hannah",
    frm="Declan Murphy <declan.murphy@murphysolicitors.ie>",
    date="Fri, 15 Jan 2027 12:27:31 +0000",
    subject="RE: Invoice INV-0049", reply=True, mid="outlook",
    top="""Hannah,

Payment of EUR 615 made today to IE29 AIBK 9311 5212 3456 78, quoting INV 0049. Apologies for the delay - our practice manager was out over Christmas.

Regards,

Declan Murphy
Murphy & Co. Solicitors
14 Upper Mount Street, Dublin 2, D02 X285
T: +353 1 678 4410

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it.
""",
    quote=Quote("outlook", "hannah", "2027-01-14 09:00",
                reminder("hannah", "reminder", "INV-0049", "€615.00", D(2027, 1, 12), "Dear Accounts Team,"),
                to="Declan Murphy <declan.murphy@murphysolicitors.ie>", subject="Invoice INV-0049"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="615.00", currency="EUR", reference="INV-0049"),
    ev=["EUR 615", "INV 0049"],
    note="'INV 0049' (with a space) is INV-0049; the IBAN, the Eircode and the phone are look-alikes.")

# --- client-reply-promise --------------------------------------------------------------------------

add(lang="en", kind="client-reply-promise", owner="hannah",
    frm="Rachel Kim <rachel.kim@atlanticlabs.io>",
    date="Mon, 07 Dec 2026 10:03:56 +0000",
    subject="RE: Invoice INV-0046", reply=True, mid="outlook",
    top="""Hi Hannah,

Thanks for the nudge. INV-0046 (€1,845.00) is approved and we'll pay it on Thursday 10 December through Stripe, using the link on the invoice.

Best,
Rachel

Rachel Kim
Operations Manager, Atlantic Labs
Unit 5, Digital Hub, Dublin 8
""",
    quote=Quote("outlook", "hannah", "2026-12-07 09:00",
                reminder("hannah", "reminder", "INV-0046", "€1,845.00", D(2026, 12, 4), "Dear Accounts Team,"),
                to="Rachel Kim <rachel.kim@atlanticlabs.io>", subject="Invoice INV-0046"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(promised_date="2026-12-10", amount="1845.00", currency="EUR", reference="INV-0046"),
    wd=3, ev=["€1,845.00", "INV-0046", "Thursday 10 December"],
    note="Promise with an explicit weekday and date (Thursday 10 December 2026); 'Unit 5' and 'Dublin 8' are not "
         "references.")

add(lang="en", kind="client-reply-promise", owner="sam",
    frm="Lucy Armitage <lucy@armitageceramics.co.uk>",
    date="Mon, 14 Dec 2026 19:40:12 +0000",
    subject="Re: Invoice 1191", reply=True, mid="gmail",
    top="""Hi Sam,

I'm really sorry, cash flow is tight until the Christmas market money comes in. I'll pay the full £2,100 for invoice 1191 at the end of the month, promise.

Lucy x
""",
    quote=Quote("gmail", "sam", "2026-12-14 09:00",
                reminder("sam", "reminder", "1191", "£2,100.00", D(2026, 12, 10), "Dear Lucy Armitage,")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    facts=dict(promised_date="2026-12-31", amount="2100.00", currency="GBP", reference="1191"),
    ev=["£2,100", "invoice 1191", "at the end of the month"],
    note="'at the end of the month' written in December is 31 December 2026; the sum is in pounds.")

add(lang="en", kind="client-reply-promise", owner="hannah",
    frm="Accounts Payable - Halcyon Software Inc. <ap@halcyonsoftware.com>",
    date="Wed, 16 Dec 2026 16:12:04 -0800",
    subject="RE: Invoice INV-0048 - PO #PO-88213", reply=True, mid="outlook",
    top="""Hello Hannah,

Thank you for your email. Invoice INV-0048 for €3,075.00 has been approved against PO #PO-88213 and is scheduled for payment in our Net 30 run on 01/15/2027. Payment will be made by international wire in EUR.

We received the invoice through our Peppol access point (document ID 0192:991825827::INV-0048); there is no need to send a paper copy.

Please allow 2-3 business days for the funds to arrive.

Regards,
Marisol Vega
Accounts Payable | Halcyon Software Inc.
2200 Mission College Blvd, Santa Clara, CA 95054
""",
    quote=Quote("outlook-desktop", "hannah", "2026-12-16 01:00",
                reminder("hannah", "reminder", "INV-0048", "€3,075.00", D(2026, 12, 14), "Dear Accounts Team,"),
                to="ap@halcyonsoftware.com", subject="Invoice INV-0048"),
    fmt="html", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(promised_date="2027-01-15", amount="3075.00", currency="EUR", reference="INV-0048"),
    ev=["€3,075.00", "Invoice INV-0048", "01/15/2027"],
    note="US date 01/15/2027 is 15 January 2027, the day they pay (arrival may be later); the PO number and the Peppol "
         "document id are look-alikes.")

add(lang="en", kind="client-reply-promise", owner="sam",
    frm="Ben Whitworth <ben@whitworthjoinery.co.uk>",
    date="Mon, 18 Jan 2027 17:55:30 +0000",
    subject="Re: Invoice 1194", reply=True, mid="apple",
    top="""Sam,

I've sent £500 today towards invoice 1194 and I'll clear the remaining £700 on Friday 22nd. Hope that's OK - January's always a killer.

Cheers
Ben

Whitworth Joinery | 01422 845 301
""",
    quote=Quote("apple", "sam", "2027-01-18 09:00",
                reminder("sam", "reminder", "1194", "£1,200.00", D(2027, 1, 15), "Dear Ben Whitworth,")),
    fmt="alt", client="apple", cs="utf-8", cte="quoted-printable",
    facts=dict(promised_date="2027-01-22", amount="700.00", currency="GBP", reference="1194"),
    wd=4, ev=["£700", "invoice 1194", "Friday 22nd"],
    note="Part paid (£500) and the rest (£700) promised for Friday 22 January: a promise with the promised £700, not "
         "the £500 or the £1,200 quoted.")

add(lang="en", kind="client-reply-promise", owner="hannah",
    frm="Rakesh Iyer <rakesh.iyer@vistaralearning.in>",
    date="Tue, 02 Feb 2027 15:47:21 +0530",
    subject="RE: Invoice INV-0050", reply=True, mid="outlook",
    top="""Dear Hannah Ma'am,

Greetings from Vistara Learning!

Kindly note that payment of Euro 1250/- against your invoice no. INV-0050 will be released next week, as the same is pending for approval with our Finance Head. We will share the SWIFT copy once it is done.

Sorry for the inconvenience caused.

Thanks & Regards,
Rakesh Iyer
Senior Executive - Vendor Payments
Vistara Learning Pvt. Ltd. | GSTIN: 29ABCDE1234F1Z5
Mob: +91 98450 12345
""",
    quote=Quote("outlook-desktop", "hannah", "2027-02-01 14:30",
                reminder("hannah", "reminder", "INV-0050", "€1,250.00", D(2027, 1, 29), "Dear Accounts Team,"),
                to="rakesh.iyer@vistaralearning.in", subject="Invoice INV-0050"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1250.00", currency="EUR", reference="INV-0050"),
    ev=["Euro 1250/-", "INV-0050", "next week"],
    note="Indian English 'Euro 1250/-' is 1,250.00; 'next week' alone names no day, so no promised_date; the GSTIN and "
         "the mobile number are look-alikes.")

add(lang="en", kind="client-reply-promise", owner="sam",
    frm="Accounts - Pennine Outdoor Ltd <accounts@pennineoutdoor.co.uk>",
    date="Thu, 18 Feb 2027 10:22:47 +0000",
    subject="RE: Invoice 1196", reply=True, mid="outlook",
    top="""Morning Sam,

Invoice 1196 is on the system now: £1,500.00 + VAT = £1,800.00. It'll go out with our supplier payment run on the 26th.

Thanks,
Gary Holt
Accounts Assistant, Pennine Outdoor Ltd
Company No. 08123456 | VAT Reg. GB 123 4567 89
""",
    quote=Quote("outlook-desktop", "sam", "2027-02-17 09:00",
                reminder("sam", "reminder", "1196", "£1,800.00", D(2027, 2, 15), "Dear Accounts Team,"),
                to="accounts@pennineoutdoor.co.uk", subject="Invoice 1196"),
    fmt="alt", client="outlook", cs="windows-1252", cte="quoted-printable",
    facts=dict(promised_date="2027-02-26", amount="1800.00", currency="GBP", reference="1196"),
    ev=["£1,800.00", "Invoice 1196", "on the 26th"],
    note="'the 26th' written on 18 February is 26 February 2027; the sum that will be paid is £1,800.00 with VAT, not "
         "the £1,500.00 net; company and VAT numbers are look-alikes.")

# --- payment-notification --------------------------------------------------------------------------

add(lang="en", kind="payment-notification", owner="hannah",
    frm="Stripe <notifications@stripe.com>",
    date="Thu, 10 Dec 2026 13:04:18 +0000",
    subject="Payment of €1,845.00 from Atlantic Labs Ltd", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hannah Doyle Copywriting

You received a payment of €1,845.00

Invoice: INV-0046
Customer: Atlantic Labs Ltd (billing@atlanticlabs.io)
Payment method: Mastercard •••• 8210
Date: Dec 10, 2026, 1:04 PM
Payment ID: pi_3QiC8lF3My0eUa5b2d1G8tRn

View payment: https://dashboard.stripe.com/payments/pi_3QiC8lF3My0eUa5b2d1G8tRn
""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background-color:#f6f9fc;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="540" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;margin-top:32px">
<tr><td style="padding:32px 40px 8px 40px;color:#8898aa;font-size:14px">Hannah Doyle Copywriting</td></tr>
<tr><td style="padding:0 40px;color:#32325d;font-size:24px">You received a payment of <strong>€1,845.00</strong></td></tr>
<tr><td style="padding:24px 40px"><table width="100%" style="font-size:14px;color:#525f7f">
<tr><td>Invoice</td><td align="right">INV-0046</td></tr>
<tr><td>Customer</td><td align="right">Atlantic Labs Ltd</td></tr>
<tr><td>Payment method</td><td align="right">Mastercard &bull;&bull;&bull;&bull; 8210</td></tr>
<tr><td>Date</td><td align="right">Dec 10, 2026, 1:04 PM</td></tr>
<tr><td>Payment ID</td><td align="right">pi_3QiC8lF3My0eUa5b2d1G8tRn</td></tr>
</table></td></tr>
<tr><td style="padding:0 40px 32px 40px"><a href="https://dashboard.stripe.com/payments/pi_3QiC8lF3My0eUa5b2d1G8tRn" style="color:#635bff">View payment</a></td></tr>
</table></td></tr></table></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1845.00", currency="EUR", reference="INV-0046"),
    ev=["€1,845.00", "INV-0046"],
    note="Stripe notice for an invoice payment (amount also in the subject); the payment ID and card digits are "
         "look-alikes.")

add(lang="en", kind="payment-notification", owner="hannah",
    frm="Wise <noreply@wise.com>",
    date="Wed, 18 Nov 2026 15:40:09 +0000",
    subject="You received 1,236.50 EUR", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""You received 1,236.50 EUR

Hi Hannah,

BRIGHTLANE MEDIA LLC sent you 1,236.50 EUR. It's now in your EUR balance.

Reference: INV-0042
Transfer #1189447302

See details: https://wise.com/transactions

Thanks,
The Wise Team
""",
    html="""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f5f7;font-family:Inter,Helvetica,Arial,sans-serif;color:#0e0f0c">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:16px;margin:24px 0">
<tr><td style="padding:32px 40px 0 40px"><span style="font-weight:800;font-size:24px;color:#163300">wise</span></td></tr>
<tr><td style="padding:24px 40px 0 40px;font-size:28px;font-weight:700">You received 1,236.50 EUR</td></tr>
<tr><td style="padding:16px 40px;font-size:16px">Hi Hannah,<br><br>BRIGHTLANE MEDIA LLC sent you <b>1,236.50 EUR</b>. It's now in your EUR balance.</td></tr>
<tr><td style="padding:0 40px 16px 40px"><table width="100%" style="font-size:14px;color:#454745">
<tr><td>Reference</td><td align="right">INV-0042</td></tr>
<tr><td>Transfer</td><td align="right">#1189447302</td></tr></table></td></tr>
</table></td></tr></table></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1236.50", currency="EUR", reference="INV-0042"),
    ev=["1,236.50 EUR", "INV-0042"],
    note="Wise credit of 1,236.50 after the payer's bank fees (the client had announced €1,250): the amount is what "
         "arrived; the transfer number is a look-alike.")

add(lang="en", kind="payment-notification", owner="sam",
    frm="PayPal <service@paypal.co.uk>",
    date="Sat, 23 Jan 2027 12:14:33 +0000",
    subject="You've got money", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""You've got money

Hello Sam Patel,
Jess Moore sent you £300.00 GBP.

Note from Jess Moore:
"inv 1195 headshots - thanks so much!"

Transaction details
Transaction ID: 5TY28761JK0097421
Transaction date: 23 January 2027
Amount received: £300.00 GBP
Fee: -£9.00 GBP
Net amount: £291.00 GBP

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""",
    html="""<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"></head>
<body style="margin:0;background:#f5f7fa;font-family:'Helvetica Neue',Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:30px"><b style="color:#003087;font-size:22px">PayPal</b></td></tr>
<tr><td style="padding:0 30px"><h1 style="font-weight:normal;font-size:26px">You've got money</h1>
<p>Hello Sam Patel,</p><p>Jess Moore sent you <strong>£300.00 GBP</strong>.</p>
<p style="background:#f5f7fa;padding:12px">Note from Jess Moore:<br>&quot;inv 1195 headshots - thanks so much!&quot;</p></td></tr>
<tr><td style="padding:0 30px 30px 30px"><table width="100%" cellpadding="4" style="font-size:14px">
<tr><td colspan="2"><b>Transaction details</b></td></tr>
<tr><td>Transaction ID</td><td align="right">5TY28761JK0097421</td></tr>
<tr><td>Transaction date</td><td align="right">23 January 2027</td></tr>
<tr><td>Amount received</td><td align="right">£300.00 GBP</td></tr>
<tr><td>Fee</td><td align="right">-£9.00 GBP</td></tr>
<tr><td><b>Net amount</b></td><td align="right"><b>£291.00 GBP</b></td></tr>
</table></td></tr></table></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    facts=dict(amount="300.00", currency="GBP", reference="1195"),
    ev=["£300.00 GBP", "inv 1195"],
    note="PayPal credit: the amount is the £300.00 received (the net £291.00 is a detail); 'inv 1195' in the payer's "
         "note is the invoice; the transaction ID is a look-alike.")

add(lang="en", kind="payment-notification", owner="sam",
    frm="Tide <notifications@tide.co>",
    date="Tue, 24 Nov 2026 09:16:40 +0000",
    subject="You've received £850.00", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Payment received

£850.00 from C HARGREAVES

Reference: 1187
Received: 24 Nov 2026, 09:16
Account: Sam Patel Photography ••••4410

Open the Tide app to see the details.
""",
    html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f4f6fb;margin:0">
<div style="max-width:520px;margin:24px auto;background:#fff;border-radius:10px;padding:28px">
<p style="color:#4a55a2;font-weight:bold;font-size:20px;margin:0">tide</p>
<h2 style="margin:20px 0 4px 0">Payment received</h2>
<p style="font-size:30px;font-weight:bold;margin:4px 0">£850.00</p>
<p>from C HARGREAVES</p>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#777">Reference</td><td>1187</td></tr>
<tr><td style="color:#777">Received</td><td>24 Nov 2026, 09:16</td></tr>
<tr><td style="color:#777">Account</td><td>Sam Patel Photography &bull;&bull;&bull;&bull;4410</td></tr>
</table>
<p style="font-size:12px;color:#888">Open the Tide app to see the details.</p>
</div></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    facts=dict(amount="850.00", currency="GBP", reference="1187"),
    ev=["£850.00", "1187"],
    note="Business-account credit (amount also in the subject); the payment reference '1187' is the invoice number; the "
         "account's last digits are a look-alike.")

add(lang="en", kind="payment-notification", owner="hannah",
    frm="PayablesHub on behalf of Halcyon Software Inc. <noreply@payableshub.com>",
    date="Fri, 15 Jan 2027 18:05:00 +0000",
    subject="Remittance Advice - Payment 2000173344 from Halcyon Software Inc.", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""REMITTANCE ADVICE

Payer: Halcyon Software Inc.
Payee: Hannah Doyle (Supplier ID V-000481)
Payment number: 2000173344
Payment date: 01/15/2027
Payment method: International Wire (EUR)

Invoice Number   Invoice Date   Invoice Amount   Discount   Amount Paid
INV-0048         11/30/2026     3,075.00         0.00       3,075.00

Payment total: EUR 3,075.00

Questions about this payment? Contact ap@halcyonsoftware.com and quote the payment number.
""",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<h2 style="color:#1f4e79">REMITTANCE ADVICE</h2>
<table cellpadding="3">
<tr><td>Payer:</td><td>Halcyon Software Inc.</td></tr>
<tr><td>Payee:</td><td>Hannah Doyle (Supplier ID V-000481)</td></tr>
<tr><td>Payment number:</td><td>2000173344</td></tr>
<tr><td>Payment date:</td><td>01/15/2027</td></tr>
<tr><td>Payment method:</td><td>International Wire (EUR)</td></tr>
</table><br>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dbe5f1"><th>Invoice Number</th><th>Invoice Date</th><th>Invoice Amount</th><th>Discount</th><th>Amount Paid</th></tr>
<tr><td>INV-0048</td><td>11/30/2026</td><td align="right">3,075.00</td><td align="right">0.00</td><td align="right">3,075.00</td></tr>
<tr><td colspan="4" align="right"><b>Payment total (EUR)</b></td><td align="right"><b>3,075.00</b></td></tr>
</table>
<p>Questions about this payment? Contact ap@halcyonsoftware.com and quote the payment number.</p>
</body></html>
""",
    cs="utf-8", cte="quoted-printable",
    attach=[pdf("Remittance_2000173344.pdf", "Remittance advice 2000173344")],
    facts=dict(amount="3075.00", currency="EUR", reference="INV-0048"),
    ev=["EUR 3,075.00", "INV-0048"],
    note="Accounts-payable platform remittance listing one invoice; the payment number 2000173344, the supplier ID and "
         "the US-format invoice date are look-alikes.")

add(lang="en", kind="payment-notification", owner="hannah",
    frm="AIB Alerts <alerts@aib.ie>",
    date="Fri, 15 Jan 2027 12:40:02 +0000",
    subject="AIB Alert: Credit to account ending 5678", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""AIB Alert

A credit of EUR 615.00 has been lodged to your account ending 5678 on 15/01/2027.

Narrative: MURPHY CO SOL INV 0049

Log in to AIB Internet Banking for details. This is an automated message, please do not reply.
Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.
""",
    cs="us-ascii", cte="7bit",
    facts=dict(amount="615.00", currency="EUR", reference="INV-0049"),
    ev=["EUR 615.00", "INV 0049"],
    note="Plain-text bank alert; the narrative 'INV 0049' is INV-0049; the account ending 5678 is a look-alike.")

# --- client-reply-dispute --------------------------------------------------------------------------

add(lang="en", kind="client-reply-dispute", owner="hannah",
    frm="Tom Gallagher <tom.gallagher@corkharbourtours.ie>",
    date="Tue, 09 Feb 2027 09:37:15 +0000",
    subject="RE: Invoice INV-0051", reply=True, mid="outlook",
    top="""Hi Hannah,

I've held off paying INV-0051 because it doesn't match what we agreed. The statement of work capped the website copy at 8 hours (€600 + VAT), and the invoice bills 12 hours (€900 + VAT). Nobody asked for the extra four hours - the brochure text was supposed to be out of scope.

Could you reissue it for the 8 hours in the SOW? I'll pay that as soon as it comes in.

Thanks,
Tom
""",
    quote=Quote("outlook", "hannah", "2027-02-08 09:00",
                reminder("hannah", "reminder", "INV-0051", "€1,107.00", D(2027, 2, 5), "Dear Tom Gallagher,"),
                to="Tom Gallagher <tom.gallagher@corkharbourtours.ie>", subject="Invoice INV-0051"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(reference="INV-0051"),
    ev=["INV-0051"],
    note="Withholds payment over billed hours and asks for a reissue: dispute; no figure is a sum paid or promised "
         "(paying 'that' depends on a reissue), so no amount.")

add(lang="en", kind="client-reply-dispute", owner="sam",
    frm="Helen Fairbrother <helen@fairbrotherflorals.co.uk>",
    date="Wed, 10 Mar 2027 14:25:01 +0000",
    subject="Re: Invoice 1197", reply=True, mid="gmail",
    top="""Hi Sam,

I think you've billed us twice. Invoice 1197 is for the same spring catalogue shoot as 1192, which we paid in December (£640, same amount, same shoot date). I'm not going to pay 1197 unless it's for something else - can you check and cancel it?

Thanks,
Helen
""",
    quote=Quote("gmail", "sam", "2027-03-10 09:00",
                reminder("sam", "reminder", "1197", "£640.00", D(2027, 3, 5), "Dear Helen Fairbrother,")),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    note="Says 1197 duplicates 1192 (already paid) and refuses it: dispute; two invoice numbers are named, so no "
         "reference, and the £640 paid was for the other invoice, so no amount.")

add(lang="en", kind="client-reply-dispute", owner="hannah",
    frm="Niamh O'Sullivan <niamh@osullivanarchitects.ie>",
    date="Mon, 30 Nov 2026 16:50:44 +0000",
    subject="RE: Invoice INV-0044", reply=True, mid="outlook",
    top="""Hannah,

We will pay the €1,100.00 for INV-0044 this week, but we won't be paying the €40 compensation or the interest you've added. The invoice was only ten days late and we've worked together for three years - I'm frankly surprised to get a statutory late payment notice.

Please confirm the €1,100.00 settles it.

Niamh O'Sullivan
O'Sullivan Architects
""",
    quote=Quote("outlook", "hannah", "2026-11-30 09:00", """Dear Niamh O'Sullivan,

Invoice INV-0044 for €1,100.00, due on 20 November 2026, is now 10 days overdue.

As this is a commercial transaction, the European Communities (Late Payment in Commercial Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date at 10.15% a year (the European Central Bank's main refinancing rate plus 8 percentage points), and €40.00 is due as compensation for recovery costs (Regulation 9).

The amount due as at 30 November 2026 (interest continues to run until payment) is:
- invoice INV-0044: €1,100.00
- interest, 10 days at 10.15%: €3.06
- compensation for recovery costs: €40.00
- total: €1,143.06

Please arrange payment of the total above by 7 December 2026. If payment is already on its way, thank you – please let me know the date it was made. If there is a problem with the invoice or with the timing, please reply to this email and we can find a solution.

Payment details:
- Account name: Hannah Doyle
- IBAN: IE29 AIBK 9311 5212 3456 78
- BIC (SWIFT): AIBKIE2DXXX
- Payment reference: Invoice INV-0044

Kind regards,
Hannah Doyle""", to="Niamh O'Sullivan <niamh@osullivanarchitects.ie>", subject="Invoice INV-0044"),
    fmt="alt", client="outlook", cs="utf-8", cte="quoted-printable",
    facts=dict(amount="1100.00", currency="EUR", reference="INV-0044"),
    ev=["€1,100.00", "INV-0044"],
    note="Refuses the late-payment compensation and interest while promising the principal: dispute outranks promise; "
         "the promised €1,100.00 is labelled (not the €1,143.06 total quoted), and 'this week' states no day.")

# --- client-reply-other ----------------------------------------------------------------------------

add(lang="en", kind="client-reply-other", owner="hannah",
    frm="Orla Byrne <orla@byrnewellness.ie>",
    date="Wed, 03 Mar 2027 11:12:08 +0000",
    subject="Re: Invoice INV-0052", reply=True, mid="gmail",
    top="""Thanks Hannah, got it. I've forwarded INV-0052 to our finance person (finance@byrnewellness.ie) as she looks after all the supplier payments now - she'll be in touch if she needs anything.

Orla
""",
    quote=Quote("gmail", "hannah", "2027-03-03 09:00",
                reminder("hannah", "courtesy", "INV-0052", "€738.00", D(2027, 3, 10), "Dear Orla Byrne,",
                         issue=D(2027, 2, 8))),
    fmt="alt", client="gmail", cs="utf-8", cte="quoted-printable",
    facts=dict(reference="INV-0052"),
    ev=["INV-0052"],
    note="Received and forwarded to finance: client-reply-other, nothing paid or promised.")

add(lang="en", kind="client-reply-other", owner="sam",
    frm="Mark Ellison <mark.ellison@ellisonhomes.co.uk>",
    date="Tue, 30 Mar 2027 09:05:12 +0100",
    subject="RE: Invoice 1198", reply=True, mid="outlook",
    top="""Hi Sam,

Quick one on invoice 1198 before I put it through: is the £1,560 inclusive of VAT? Our finance system needs the net figure and your VAT registration number, and I can't see either on the PDF.

Thanks,
Mark Ellison
Ellison Homes | 0113 496 0557
""",
    quote=Quote("outlook-desktop", "sam", "2027-03-29 09:00",
                reminder("sam", "reminder", "1198", "£1,560.00", D(2027, 3, 26), "Dear Accounts Team,"),
                to="mark.ellison@ellisonhomes.co.uk", subject="Invoice 1198"),
    fmt="alt", client="outlook", cs="windows-1252", cte="quoted-printable",
    facts=dict(reference="1198"),
    ev=["invoice 1198"],
    note="A question about VAT before paying: client-reply-other; £1,560 is the invoice amount, not a sum paid or "
         "promised (dated in British Summer Time, +0100).")

# --- other -----------------------------------------------------------------------------------------

add(lang="en", kind="other", owner="hannah",
    frm="Revolut Business <no-reply@revolut.com>",
    date="Tue, 26 Jan 2027 10:30:14 +0000",
    subject="You sent €320.00 to Ciara Walsh Design", reply=False, mid="plain",
    headers=[("Auto-Submitted", "auto-generated")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Aeonik,Arial,sans-serif;background:#f7f7f7;margin:0">
<div style="max-width:520px;margin:24px auto;background:#fff;border-radius:12px;padding:32px">
<p style="font-weight:bold;font-size:20px;margin:0">Revolut Business</p>
<h2>Transfer completed</h2>
<p>You sent <b>€320.00</b> to <b>Ciara Walsh Design</b>.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#777">Reference</td><td>Invoice CW-2027-004 illustrations</td></tr>
<tr><td style="color:#777">To account</td><td>IE64 BOFI 9000 1712 3456 78</td></tr>
<tr><td style="color:#777">Date</td><td>26 Jan 2027, 10:30</td></tr>
</table>
<p style="font-size:12px;color:#888">Revolut Bank UAB, Ireland branch</p>
</div></body></html>
""",
    cs="utf-8", cte="quoted-printable",
    note="An outgoing payment the freelancer made to a supplier, not money coming in: other, no facts.")

add(lang="en", kind="other", owner="sam",
    frm="Lens Hire North <accounts@lenshirenorth.co.uk>",
    date="Mon, 01 Mar 2027 08:00:31 +0000",
    subject="Invoice 3321 from Lens Hire North", reply=False, mid="plain",
    text="""Dear Sam,

Please find attached invoice 3321 for £240.00 (lens hire 22-24 February).

Payment is due by 15 March 2027. Our bank details: Lens Hire North Ltd, sort code 40-11-62, account 81234567, reference 3321.

Thanks for your business,
Lens Hire North
Unit 7, Ancoats Works, Manchester M4 6DE
""",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Sam,</p>
<p>Please find attached invoice <b>3321</b> for <b>£240.00</b> (lens hire 22-24 February).</p>
<p>Payment is due by 15 March 2027. Our bank details: Lens Hire North Ltd, sort code 40-11-62, account 81234567, reference 3321.</p>
<p>Thanks for your business,<br>Lens Hire North<br>Unit 7, Ancoats Works, Manchester M4 6DE</p>
</body></html>
""",
    cs="utf-8", cte="quoted-printable",
    attach=[pdf("LHN-Invoice-3321.pdf", "Invoice 3321")],
    note="An invoice the freelancer receives from a supplier: other; its number, sum and due date are not facts of any "
         "invoice of his.")


# --------------------------------------------------------------------------------------------------
# Building, writing, checking.

def _addr_domain(frm: str) -> str:
    m = re.search(r"@([A-Za-z0-9.-]+)", frm)
    return m.group(1) if m else "localhost"


def compose(m: dict) -> tuple[str | None, str | None]:
    """The text/plain and text/html bodies of a message spec."""
    if "text" in m or "html" in m:
        return m.get("text"), m.get("html")
    top, q = m["top"], m.get("quote")
    text = top.rstrip("\n") + ("\n\n" + q.plain() if q else "") + "\n"
    fmt = m.get("fmt", "plain")
    if fmt == "plain":
        return text, None
    client = m.get("client", "gmail")
    cs = m.get("cs", "utf-8")
    if client == "gmail":
        h = html_gmail(top, q)
    elif client == "outlook":
        h = html_outlook(top, q, cs, m["lang"])
    elif client == "apple":
        h = html_apple(top, q, cs)
    else:
        h = html_plainish(top, q, cs)
    return (text if fmt == "alt" else None), h


def build(i: int, m: dict) -> bytes:
    o = OWNERS[m["owner"]]
    e = EmailMessage()
    for k, v in m.get("pre_headers", []):
        e[k] = v
    e["Date"] = m["date"]
    e["From"] = m["frm"]
    e["To"] = m.get("to", f"{o['name']} <{o['addr']}>")
    if m.get("cc"):
        e["Cc"] = m["cc"]
    e["Subject"] = m["subject"]
    seed = f"{PREFIX}-{i}-{m['subject']}-{m['date']}"
    e["Message-ID"] = msgid(seed, m.get("mid", "plain"), _addr_domain(m["frm"]))
    if m.get("reply"):
        od = o["addr"].split("@")[1]
        h = hashlib.sha1(seed.encode()).hexdigest()
        inv = f"<inv.{h[:12]}@{od}>"
        rem = f"<mailduns.{h[12:20]}.{h[20:32]}@{od}>"
        e["In-Reply-To"] = rem
        e["References"] = f"{inv} {rem}" if m.get("thread", True) else rem
    text, htm = compose(m)
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "quoted-printable")
    hcte = m.get("html_cte", cte)
    if text is not None and htm is not None:
        e.set_content(text, subtype="plain", charset=cs, cte=cte)
        e.add_alternative(htm, subtype="html", charset=cs, cte=hcte)
    elif text is not None:
        e.set_content(text, subtype="plain", charset=cs, cte=cte)
    else:
        e.set_content(htm, subtype="html", charset=cs, cte=hcte)
    for name, maintype, subtype, data in m.get("attach", []):
        e.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for k, v in m.get("headers", []):  # after the content: set_content drops Content-* headers
        e[k] = v
    return e.as_bytes(policy=email.policy.default)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def visible_text(msg) -> str:
    chunks = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            c = part.get_content()
            if part.get_content_subtype() == "html":
                c = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", c)
                c = re.sub(r"<[^>]+>", " ", c)
                c = html.unescape(c)
            chunks.append(c)
    return norm(" ".join(chunks))


def toml_str(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def label_of(m: dict) -> dict:
    lab = {"kind": m["kind"], "language": m["lang"], "split": "dev"}
    for k in FACT_KEYS:
        if k in m.get("facts", {}):
            lab[k] = m["facts"][k]
    lab["note"] = m["note"]
    return lab


def write_labels(names: list[str], labels: list[dict]) -> str:
    lines = ["# round18-money: client replies and payment notices (it/es/en) where the amount and the invoice "
             "reference are the point: sums and numbers written every way, and look-alike figures that are not the facts.",
             ""]
    for name, lab in zip(names, labels):
        lines.append(f'[files."{name}"]')
        for k, v in lab.items():
            if isinstance(v, bool):
                lines.append(f"{k} = {'true' if v else 'false'}")
            else:
                lines.append(f"{k} = {toml_str(v)}")
        lines.append("")
    return "\n".join(lines)


def check(name: str, raw: bytes, m: dict, lab: dict) -> list[str]:
    errs = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Date", "Message-ID", "Subject"):
        if not msg[h]:
            errs.append(f"missing {h}")
    try:
        dt = parsedate_to_datetime(str(msg["Date"]))
    except Exception as exc:  # noqa: BLE001
        return errs + [f"bad Date: {exc}"]
    if dt.tzinfo is None:
        errs.append("Date without a zone")
    local = dt.date()  # in the sender's own zone, as written
    if not date(2026, 11, 1) <= local <= date(2027, 3, 31):
        errs.append(f"Date out of range: {local}")
    if str(msg["Subject"]) != m["subject"]:
        errs.append(f"subject round trip: {msg['Subject']!r}")
    if lab["kind"] not in KINDS:
        errs.append(f"bad kind {lab['kind']}")
    if lab["language"] not in ("it", "es", "en"):
        errs.append("bad language")
    if lab["kind"].startswith("client-reply") and m.get("reply") and not msg["In-Reply-To"]:
        errs.append("reply without In-Reply-To")
    if m.get("reply") and not msg["References"]:
        errs.append("reply without References")
    f = m.get("facts", {})
    for k in f:
        if k not in FACT_KEYS:
            errs.append(f"unknown fact {k}")
    if "promised_date" in f:
        if lab["kind"] != "client-reply-promise":
            errs.append("promised_date on a non-promise")
        pd = date.fromisoformat(f["promised_date"])
        if pd < local:
            errs.append(f"promised_date {pd} before the message date {local}")
        if "wd" in m and pd.weekday() != m["wd"]:
            errs.append(f"promised_date {pd} is weekday {pd.weekday()}, text says {m['wd']}")
    if "return_date" in f and lab["kind"] != "auto-reply":
        errs.append("return_date on a non-auto-reply")
    if ("failed_recipient" in f or "permanent" in f) and lab["kind"] != "bounce":
        errs.append("bounce facts on a non-bounce")
    if "amount" in f and not re.fullmatch(r"\d+\.\d{2}", f["amount"]):
        errs.append(f"bad amount {f['amount']}")
    if "currency" in f:
        if "amount" not in f:
            errs.append("currency without amount")
        if not re.fullmatch(r"[A-Z]{3}", f["currency"]):
            errs.append("bad currency")
    if "reference" in f and not f["reference"].strip():
        errs.append("empty reference")
    if not lab["note"] or "\n" in lab["note"]:
        errs.append("note must be one line")
    # charset and structure
    cs = m.get("cs", "utf-8")
    texts = [p for p in msg.walk() if p.get_content_maintype() == "text" and p.get_filename() is None]
    if not texts:
        errs.append("no text part")
    for p in texts:
        if (p.get_content_charset() or "us-ascii") not in (cs, "us-ascii"):
            errs.append(f"charset {p.get_content_charset()} != {cs}")
    atts = [p for p in msg.walk() if p.get_filename()]
    if len(atts) != len(m.get("attach", [])):
        errs.append(f"{len(atts)} attachments, expected {len(m.get('attach', []))}")
    # evidence: every fact the label states must be readable in the message; in a client's reply, in
    # the client's own words (not only in the quoted reminder)
    vis = visible_text(msg)
    own = norm(m["top"]) if "top" in m else vis
    for s in m.get("ev", []):
        if norm(s) not in vis:
            errs.append(f"evidence not in the message: {s!r}")
        if norm(s) not in own:
            errs.append(f"evidence not in the sender's own words: {s!r}")
    for s in m.get("not_own", []):
        if norm(s) in own:
            errs.append(f"look-alike unexpectedly in own words: {s!r}")
    if ("amount" in f or "reference" in f) and not m.get("ev"):
        errs.append("facts without evidence strings")
    return errs


def ordered() -> list[dict]:
    """Numbered as they would sit in the mailbox: by arrival time (a fixed order, no randomness)."""
    return sorted(MESSAGES, key=lambda m: parsedate_to_datetime(m["date"]))


def main() -> int:
    msgs = ordered()
    if len(msgs) != N_EXPECTED:
        print(f"expected {N_EXPECTED} messages, have {len(msgs)}", file=sys.stderr)
        return 1
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    names, labels, raws = [], [], []
    for i, m in enumerate(msgs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        raw = build(i, m)
        (HERE / name).write_bytes(raw)
        names.append(name)
        labels.append(label_of(m))
        raws.append(raw)
    (HERE / "labels.toml").write_text(write_labels(names, labels), encoding="utf-8")

    # re-read everything from disk
    parsed = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    bad = 0
    for name, m, lab in zip(names, msgs, labels):
        raw = (HERE / name).read_bytes()
        errs = check(name, raw, m, lab)
        if parsed.get(name) != lab:
            errs.append("labels.toml does not round-trip")
        for err in errs:
            print(f"{name}: {err}", file=sys.stderr)
        bad += bool(errs)
    counts: dict[str, int] = {}
    langs: dict[str, int] = {}
    for lab in labels:
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
        langs[lab["language"]] = langs.get(lab["language"], 0) + 1
    print(f"wrote {len(names)} messages to {HERE}")
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    if bad:
        print(f"{bad} message(s) failed the checks", file=sys.stderr)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
