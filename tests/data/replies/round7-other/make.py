#!/usr/bin/env python3
"""Round 7 ("other" family): replies that are NOT paid/promise/dispute but look close to them,
auto-replies with return dates written every way, humans that look like machines, plus a few
machine notices and bounces.

Run:  python3 make.py      -> writes r7o-NNNN.eml and labels.toml next to this file, then re-parses
every file as a sanity check.  Python 3.11, stdlib only.

All message bodies below are written by hand; only the MIME plumbing, the HTML skeletons and the
quoted mailduns reminders (filled-in copies of templates/{it,es,en}) are generated.
"""
from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import json
import os
import quopri
import sys
import tomllib
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r7o"

# --------------------------------------------------------------------------------------------
# The freelancers (mailbox owners). Each has one numbering style.
# --------------------------------------------------------------------------------------------
OWNERS = {
    # key: (name, address, lang, tz, iban, bic)
    "alessandra": ("Alessandra Rossi", "alessandra@example.it", "it", "Europe/Rome",
                   "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22XXX"),          # 12/2026
    "giulia": ("Giulia Conti", "giulia@conti-traduzioni.it", "it", "Europe/Rome",
               "IT02 L030 6909 6061 0000 0063 184", "BCITITMM"),                 # 2026/118
    "lucia": ("Lucía Martín", "lucia@martinestudio.es", "es", "Europe/Madrid",
              "ES91 2100 0418 4502 0005 1332", "CAIXESBBXXX"),                   # 2026-041
    "jordi": ("Jordi Puig", "jordi@puigfoto.cat", "es", "Europe/Madrid",
              "ES79 2100 0813 6101 2345 6789", "CAIXESBBXXX"),                   # F26/087
    "tom": ("Tom Byrne", "tom@byrnedesign.ie", "en", "Europe/Dublin",
            "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D"),                          # INV-2026-031
    "sarah": ("Sarah Okafor", "sarah@okaforcopy.co.uk", "en", "Europe/London",
              "GB29 NWBK 6016 1331 9268 19", "NWBKGB2L"),                        # SO-042
}

IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_DAYS3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
IT_MON3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAYS3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ES_MON3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def dt(s: str, tz: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def longdate(d: datetime, lang: str) -> str:
    if lang == "it":
        return f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def pday(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d")


# --------------------------------------------------------------------------------------------
# The reminders mailduns sends (filled-in copies of templates/{it,es,en}/*.txt.j2)
# --------------------------------------------------------------------------------------------
def salutation(lang, client, ckind):
    if lang == "it":
        if ckind == "company" and client:
            return f"Spett.le {client},"
        if ckind == "person" and client:
            return f"Gentile {client},"
        return "Buongiorno,"
    if lang == "es":
        if ckind == "company":
            return "Estimados señores:"
        if ckind == "person" and client:
            first = client.split()[0].lower()
            if first in ("sra.", "sra", "dña.", "doña"):
                return f"Estimada {client}:"
            if first in ("sr.", "d.", "don"):
                return f"Estimado {client}:"
            return f"Buenos días, {client}:"
        return "Buenos días:"
    if ckind == "person" and client:
        return f"Dear {client},"
    if ckind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def payment_block(lang, owner, inv):
    name, _, _, _, iban, bic = OWNERS[owner]
    if lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {name}\n- IBAN: {iban}\n- BIC: {bic}\n"
                f"- causale: Fattura n. {inv}")
    if lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {name}\n- IBAN: {iban}\n- BIC: {bic}\n"
                f"- concepto: Factura {inv}")
    return (f"Payment details:\n- Account name: {name}\n- IBAN: {iban}\n- BIC (SWIFT): {bic}\n"
            f"- Payment reference: {inv}")


def reminder_text(lang, step, owner, client, ckind, inv, amount, due, issue=None, deadline=None,
                  promise=None, today=None):
    """Body of a mailduns letter. due/issue/deadline/promise are 'YYYY-MM-DD'."""
    oname = OWNERS[owner][0]
    sal = salutation(lang, client, ckind)
    pay = payment_block(lang, owner, inv)
    D = lambda s: longdate(pday(s), lang)
    if lang == "it":
        if step == "courtesy":
            iss = f", emessa il {D(issue)}," if issue else ""
            core = (f"un breve promemoria: la fattura n. {inv} di {amount}{iss} è in scadenza il {D(due)}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.")
            tail = "Per qualsiasi domanda basta rispondere a questa email.\n\n"
        elif step == "due":
            core = (f"un promemoria: la fattura n. {inv} di {amount} è scaduta il {D(due)}. Se il pagamento non è ancora "
                    "stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                    "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.")
            tail = "Per qualsiasi domanda basta rispondere a questa email.\n\n"
        elif step == "reminder":
            core = (f"da un controllo la fattura n. {inv} di {amount}, scaduta il {D(due)}, risulta ancora da saldare. "
                    "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.")
            tail = ""
        elif step == "promise_followup":
            core = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv} di {amount} sarebbe "
                    f"stato effettuato entro il {D(promise)}.\n\n"
                    "Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando "
                    "la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando "
                    "posso aspettarlo.")
            tail = ""
        elif step == "final":
            iss = f" del {D(issue)}" if issue else ""
            return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv}{iss}\n\n{sal}\n\n"
                    f"la fattura n. {inv} di {amount}, scaduta il {D(due)}, risulta ancora da saldare nonostante i "
                    "precedenti solleciti.\n\n"
                    f"Con la presente chiedo formalmente il pagamento di {amount} entro il {D(deadline)}. La presente vale "
                    "quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche "
                    "ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                    "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle "
                    "sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a "
                    "carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, "
                    "sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                    "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di "
                    "indicarmi la data del bonifico, così da poterlo verificare.\n\n"
                    f"{pay}\n\nCordiali saluti,\n{oname}\n")
        else:
            raise ValueError(step)
        return f"{sal}\n\n{core}\n\n{pay}\n\n{tail}Cordiali saluti,\n{oname}\n"
    if lang == "es":
        if step == "courtesy":
            iss = f", emitida el {D(issue)}," if issue else ""
            core = (f"Un breve recordatorio: la factura n.º {inv} de {amount}{iss} vence el {D(due)}.\n\n"
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.")
            tail = "Para cualquier duda, basta con responder a este correo.\n\n"
        elif step == "due":
            core = (f"La factura n.º {inv} de {amount} venció el {D(due)} y, según mis registros, el pago aún no consta. "
                    "Agradecería que se tramitara en los próximos días.\n\n"
                    "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.")
            tail = "Para cualquier duda, basta con responder a este correo.\n\n"
        elif step == "reminder":
            core = (f"Revisando mis cuentas, veo que la factura n.º {inv} de {amount}, vencida el {D(due)}, sigue "
                    "pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara "
                    "en cuanto sea posible.\n\n"
                    "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de "
                    "la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, "
                    "podemos aclararlo por esta misma vía.")
            tail = ""
        elif step == "promise_followup":
            core = (f"Según su último mensaje, el pago de la factura n.º {inv} de {amount} se realizaría a más tardar el "
                    f"{D(promise)}; gracias de nuevo por la información.\n\n"
                    "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder "
                    "indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo "
                    "puedo contar con él.")
            tail = ""
        elif step == "final":
            return (f"Asunto: Requerimiento de pago de la factura n.º {inv}\n\n{sal}\n\n"
                    f"La factura n.º {inv}, emitida el {D(issue)}, venció el {D(due)} y, pese a los recordatorios enviados "
                    f"anteriormente, sigue pendiente de pago por un importe de {amount}.\n\n"
                    "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago "
                    f"de {amount} a más tardar el {D(deadline)}.\n\n"
                    "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                    "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                    "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
                    "retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                    "responder a este correo.\n\n"
                    f"Si para el {D(deadline)} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a "
                    "la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría "
                    "sinceramente evitarlo.\n\n"
                    "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en "
                    "ese caso, basta una breve respuesta con la fecha de la transferencia.\n\n"
                    f"{pay}\n\nAtentamente,\n{oname}\n")
        else:
            raise ValueError(step)
        return f"{sal}\n\n{core}\n\n{pay}\n\n{tail}Un cordial saludo,\n{oname}\n"
    # en
    if step == "courtesy":
        iss = f", issued on {D(issue)}," if issue else ""
        core = (f"This is a friendly reminder that invoice {inv} for {amount}{iss} is due for payment on {D(due)}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.")
        tail = "If you have any questions, just reply to this email.\n\n"
    elif step == "due":
        core = (f"This is a quick reminder that invoice {inv} for {amount} was due for payment on {D(due)}. If it has "
                "not been paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
                "If you have already paid, thank you, and please disregard this reminder.")
        tail = "If you have any questions, just reply to this email.\n\n"
    elif step == "reminder":
        core = (f"According to my records, invoice {inv} for {amount}, due on {D(due)}, has not yet been paid. It may "
                "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                "convenience.\n\n"
                "If you have already paid, thank you – please let me know the payment date so that I can update my "
                "records. If there is a problem with the invoice, please reply to this email and we can sort it out.")
        tail = ""
    elif step == "promise_followup":
        core = (f"Thank you for letting me know that invoice {inv} for {amount} would be paid by {D(promise)}.\n\n"
                "The payment has not reached me yet. If it is already on its way, thank you – please let me know the date "
                "it was made. If you need a little more time, could you let me know when I can expect it?")
        tail = ""
    elif step == "final":
        return ("Final notice before debt recovery\n\n"
                + (f"To: {client}\n" if client else "")
                + f"Date: {D(today or due)}\n"
                + f"Invoice: {inv}, due on {D(due)}\nAmount due: {amount}\nPayment deadline: {D(deadline)}\n\n"
                + (f"Dear {client},\n\n" if ckind == "person" and client else "Dear Sir or Madam,\n\n")
                + f"Despite my previous reminders, invoice {inv} for {amount}, which was due for payment on {D(due)}, "
                "remains unpaid.\n\n"
                f"I therefore formally request payment of {amount} by {D(deadline)}.\n\n"
                "If payment is not received by that date, I intend to take steps to recover the debt. These may include "
                "referring the matter to a debt collection agency or a solicitor and, if necessary, starting court "
                "proceedings.\n\n"
                f"I would much rather resolve this with you directly. If there is a reason for the delay, or if you would "
                f"like to propose a payment plan, please reply to this email before {D(deadline)}.\n\n"
                "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would "
                "help if you could let me know the payment date so that I can update my records.\n\n"
                f"{pay}\n\n"
                + ("Yours sincerely,\n" if ckind == "person" and client else "Yours faithfully,\n")
                + f"{oname}\n")
    else:
        raise ValueError(step)
    return f"{sal}\n\n{core}\n\n{pay}\n\n{tail}Kind regards,\n{oname}\n"


def reminder_subject(lang, step, inv):
    if lang == "it":
        return {"courtesy": f"Promemoria scadenza fattura n. {inv}",
                "due": f"Fattura n. {inv} in scadenza",
                "reminder": f"Sollecito fattura n. {inv}",
                "promise_followup": f"Fattura n. {inv} – aggiornamento pagamento",
                "final": f"Diffida di pagamento – fattura n. {inv}",
                "invoice": f"Fattura n. {inv}"}[step]
    if lang == "es":
        return {"courtesy": f"Recordatorio: factura n.º {inv}",
                "due": f"Vencimiento factura n.º {inv}",
                "reminder": f"Factura n.º {inv} pendiente de pago",
                "promise_followup": f"Factura n.º {inv}: seguimiento del pago",
                "final": f"Requerimiento de pago de la factura n.º {inv}",
                "invoice": f"Factura {inv}"}[step]
    return {"courtesy": f"Invoice {inv} due soon",
            "due": f"Invoice {inv} is now due",
            "reminder": f"Reminder: invoice {inv}",
            "promise_followup": f"Invoice {inv} – payment follow-up",
            "final": f"Final notice: invoice {inv}",
            "invoice": f"Invoice {inv}"}[step]


# --------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------
def _gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def quote_header(style, lang, qname, qaddr, qdt, qsubj, qto):
    d = qdt
    if style == "gmail":
        if lang == "it":
            return (f"Il giorno {IT_DAYS3[d.weekday()]} {d.day} {IT_MON3[d.month-1]} {d.year} alle ore "
                    f"{d:%H:%M} {qname} <{qaddr}> ha scritto:")
        if lang == "es":
            return (f"El {ES_DAYS3[d.weekday()]}, {d.day} {ES_MON3[d.month-1]} {d.year} a las {d.hour}:{d:%M}, "
                    f"{qname} (<{qaddr}>) escribió:")
        return f"On {EN_DAYS[d.weekday()][:3]}, {d.day} {EN_MONTHS[d.month-1][:3]} {d.year} at {d:%H:%M}, {qname} <{qaddr}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {d.day} {IT_MON3[d.month-1]} {d.year}, alle ore {d:%H:%M}, {qname} <{qaddr}> ha scritto:"
        if lang == "es":
            return f"El {d.day} {ES_MON3[d.month-1]} {d.year}, a las {d.hour}:{d:%M}, {qname} <{qaddr}> escribió:"
        return f"On {d.day} {EN_MONTHS[d.month-1][:3]} {d.year}, at {d:%H:%M}, {qname} <{qaddr}> wrote:"
    if style in ("outlook", "outlook_old"):
        if lang == "it":
            when = f"{IT_DAYS[d.weekday()]} {d.day} {IT_MONTHS[d.month-1]} {d.year} {d:%H:%M}"
            lines = [f"Da: {qname} <{qaddr}>", f"Inviato: {when}", f"A: {qto}", f"Oggetto: {qsubj}"]
            sep = "-----Messaggio originale-----"
        elif lang == "es":
            when = f"{ES_DAYS[d.weekday()]}, {d.day} de {ES_MONTHS[d.month-1]} de {d.year} {d:%H:%M}"
            lines = [f"De: {qname} <{qaddr}>", f"Enviado: {when}", f"Para: {qto}", f"Asunto: {qsubj}"]
            sep = "-----Mensaje original-----"
        else:
            h12 = d.strftime("%I:%M %p").lstrip("0")
            when = f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month-1]} {d.year} {h12}"
            lines = [f"From: {qname} <{qaddr}>", f"Sent: {when}", f"To: {qto}", f"Subject: {qsubj}"]
            sep = "-----Original Message-----"
        if style == "outlook":
            return "________________________________\n" + "\n".join(lines)
        return sep + "\n" + "\n".join(lines)
    raise ValueError(style)


def quote_block(style, lang, qname, qaddr, qdt, qsubj, qto, qtext):
    if style in (None, "none"):
        return ""
    h = quote_header(style, lang, qname, qaddr, qdt, qsubj, qto)
    if style == "gmail":
        return f"\n\n{h}\n\n{_gt(qtext)}\n"
    if style == "apple":
        return f"\n\n{_gt(h)}\n>\n{_gt(qtext)}\n"
    return f"\n\n{h}\n\n{qtext}"


# --------------------------------------------------------------------------------------------
# MIME plumbing (raw bytes, so that charsets and transfer encodings are exactly what we want)
# --------------------------------------------------------------------------------------------
def enc_body(text, charset, cte):
    codec = {"utf-8": "utf-8", "iso-8859-1": "cp1252", "windows-1252": "cp1252",
             "us-ascii": "ascii", "iso-8859-15": "iso-8859-15"}[charset]
    text = text.replace("\r\n", "\n")
    raw = text.encode(codec)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw.replace(b"\n", b"\r\n")).replace(b"\r\n", b"\n")
        # quopri leaves CRs encoded as =0D in some versions; make sure soft newlines stay plain
        body = body.replace(b"=0D\n", b"\n")
    elif cte == "base64":
        body = base64.encodebytes(raw)
    elif cte in ("8bit", "7bit"):
        body = raw
        if cte == "7bit":
            raw.decode("ascii")
    else:
        raise ValueError(cte)
    return body


class Part:
    def __init__(self, ctype, body=b"", headers=None, children=None, params=""):
        self.ctype = ctype
        self.body = body
        self.headers = headers or []
        self.children = children or []
        self.params = params

    def render(self, boundary_seed):
        if self.children:
            b = "b" + hashlib.sha1(boundary_seed.encode()).hexdigest()[:24]
            out = [f"Content-Type: {self.ctype}; boundary=\"{b}\"{self.params}"] + self.headers
            out = "\n".join(out).encode() + b"\n\n"
            if self.ctype.startswith("multipart/report"):
                out += b"This is a MIME-encapsulated message.\n\n"
            for i, c in enumerate(self.children):
                out += f"--{b}\n".encode() + c.render(boundary_seed + str(i)) + b"\n"
            out += f"--{b}--\n".encode()
            return out
        head = [f"Content-Type: {self.ctype}{self.params}"] + self.headers
        return "\n".join(head).encode() + b"\n\n" + self.body


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    extra = "; format=flowed" if flowed else ""
    return Part(f"text/{subtype}", enc_body(text, charset, cte),
                [f"Content-Transfer-Encoding: {cte}"], params=f"; charset=\"{charset}\"{extra}")


def attach_part(ctype, filename, data, inline=False):
    disp = "inline" if inline else "attachment"
    return Part(ctype, base64.encodebytes(data),
                [f"Content-Disposition: {disp}; filename=\"{filename}\"",
                 "Content-Transfer-Encoding: base64"], params=f"; name=\"{filename}\"")


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% {title}\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png():
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
            b"\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def hdr_addr(name, addr):
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def hdr_text(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(s):
    paras = s.strip("\n").split("\n\n")
    return "\n".join("<p>" + html_escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)


# --------------------------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------------------------
MESSAGES: list[tuple[bytes, dict]] = []
LABEL_KEYS = ("kind", "language", "split", "amount", "currency", "reference", "promised_date",
              "return_date", "failed_recipient", "permanent", "note")


def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def msgid(style, seed, domain):
    h = _h(seed)
    if style == "gmail":
        return f"<CA{base64.b64encode(bytes.fromhex(h)).decode().rstrip('=').replace('/', 'x')}+{h[:10]}@mail.gmail.com>"
    if style == "outlook":
        up = h.upper()
        return f"<AM9PR04MB{up[:4]}{up[4:14]}{up[14:18]}@AM9PR04MB{up[:4]}.eurprd04.prod.outlook.com>"
    if style == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    return f"<{h[:16]}.{h[16:24]}@{domain}>"


def owner_ref_id(owner, seed):
    dom = OWNERS[owner][1].split("@")[1]
    return f"<mailduns.{_h('ref', seed)[:20]}@{dom}>"


def assemble(headers: list[tuple[str, str]], root: Part, seed: str) -> bytes:
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode() + root.render(seed)


def add(raw: bytes, labels: dict):
    for k in labels:
        assert k in LABEL_KEYS, k
    MESSAGES.append((raw, labels))


MUA_HEADERS = {
    "gmail": [],
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("x-ms-exchange-messagesentrepresentingtype", "1")],
    "apple": [("X-Mailer", "iPhone Mail (22C152)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("X-Mailer", "Android Mail")],
    "other": [],
}


def build_body(text, html, charset, cte, attachments, html_only=False):
    """text: plain body; html: None / html string. Returns root Part."""
    if html_only:
        root = text_part(html, "html", charset, cte)
    elif html is not None:
        root = Part("multipart/alternative", children=[text_part(text, "plain", charset, cte),
                                                       text_part(html, "html", charset, cte)])
    else:
        root = text_part(text, "plain", charset, cte)
    if attachments:
        root = Part("multipart/mixed", children=[root] + attachments)
    return root


def html_wrap(inner, outlook=False):
    if outlook:
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                "<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>"
                "</head><body lang=\"IT\" link=\"#0563C1\"><div class=\"WordSection1\">\n"
                + inner + "\n</div></body></html>\n")
    return "<html><head><meta charset=\"utf-8\"></head><body>\n" + inner + "\n</body></html>\n"


def reply(lang, kind, owner, frm, date, tz, body, *, inv, amount=None, due=None, issue=None,
          deadline=None, promise=None, step="reminder", client=None, ckind="company", quote="gmail",
          qdate=None, prefix="Re: ", subject=None, to=None, cc=None, fmt="text", mua=None,
          attachments=(), charset="utf-8", cte="quoted-printable", extra=(), labels=None, note="",
          html_body=None, qowner_name=None):
    """A human reply to a mailduns reminder (or to the original invoice mail when step='invoice')."""
    oname, oaddr, olang, otz = OWNERS[owner][:4]
    d = dt(date, tz)
    qd = dt(qdate, otz) if qdate else (d - timedelta(days=2)).astimezone(ZoneInfo(otz)).replace(hour=9, minute=2)
    if step == "invoice":
        qtext = body_invoice(lang, owner, client, ckind, inv, amount, due)
    else:
        qtext = reminder_text(lang, step, owner, client, ckind, inv, amount, due, issue, deadline, promise,
                              today=qd.strftime("%Y-%m-%d"))
    qsubj = reminder_subject(lang, step, inv)
    subj = subject if subject is not None else prefix + qsubj
    name, addr = frm
    to_hdr = to or hdr_addr(oname, oaddr)
    qto = f"{client or name} <{addr}>" if quote in ("outlook", "outlook_old") else addr
    if quote in ("outlook", "outlook_old"):
        qto = f"{name} <{addr}>" if name else addr
    mua = mua or {"gmail": "gmail", "outlook": "outlook", "outlook_old": "outlook", "apple": "apple"}.get(quote, "other")
    text = body.rstrip("\n") + "\n" + (quote_block(quote, lang, qowner_name or oname, oaddr, qd, qsubj, qto, qtext) if quote else "")
    html = None
    if fmt in ("alt", "html"):
        inner = html_body if html_body is not None else text_to_html(body)
        if quote and quote != "none":
            qh = html_escape(quote_header("gmail" if quote == "apple" else quote, lang, qowner_name or oname, oaddr, qd, qsubj, qto)).replace("\n", "<br>\n")
            if quote in ("outlook", "outlook_old"):
                inner += ("\n<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                          f"<p class=\"MsoNormal\">{qh}</p></div>\n" + text_to_html(qtext))
            else:
                inner += (f"\n<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{qh}<br></div>"
                          "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
                          f"rgb(204,204,204);padding-left:1ex\">{text_to_html(qtext)}</blockquote></div>")
        html = html_wrap(inner, outlook=(mua == "outlook"))
    root = build_body(text, html, charset, cte, list(attachments), html_only=(fmt == "html"))
    seed = f"{date}{addr}{subj}"
    ref = owner_ref_id(owner, f"{inv}{qd}")
    headers = [("Return-Path", f"<{addr}>"), ("Date", format_datetime(d)), ("From", hdr_addr(name, addr)),
               ("To", to_hdr), ("Cc", cc), ("Subject", hdr_text(subj)),
               ("Message-ID", msgid(mua, seed, addr.split("@")[1])),
               ("In-Reply-To", ref), ("References", ref)]
    if mua == "outlook":
        headers += [("Thread-Topic", hdr_text(qsubj)), ("Thread-Index", base64.b64encode(bytes.fromhex(_h(seed)[:32])).decode()),
                    ("Content-Language", {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang])]
    headers += [(k, ("yes" if attachments else v) if k == "X-MS-Has-Attach" else v) for k, v in MUA_HEADERS.get(mua, [])]
    headers += list(extra)
    add(assemble(headers, root, seed), dict(kind=kind, language=lang, split="dev", **(labels or {}), note=note))


def body_invoice(lang, owner, client, ckind, inv, amount, due):
    oname = OWNERS[owner][0]
    sal = salutation(lang, client, ckind)
    if lang == "it":
        return (f"{sal}\n\nin allegato la fattura n. {inv} di {amount}, con scadenza il {longdate(pday(due), 'it')}.\n\n"
                f"{payment_block('it', owner, inv)}\n\nGrazie e buona giornata,\n{oname}\n")
    if lang == "es":
        return (f"{sal}\n\nAdjunto la factura {inv} por importe de {amount}, con vencimiento el {longdate(pday(due), 'es')}.\n\n"
                f"{payment_block('es', owner, inv)}\n\nGracias y un saludo,\n{oname}\n")
    return (f"{sal}\n\nPlease find attached invoice {inv} for {amount}, due on {longdate(pday(due), 'en')}.\n\n"
            f"{payment_block('en', owner, inv)}\n\nMany thanks,\n{oname}\n")


AUTO_PREFIX = {"outlook-it": "Risposta automatica: ", "outlook-es": "Respuesta automática: ",
               "outlook-en": "Automatic reply: ", "ooo": "Out of Office: ", "de": "Abwesenheitsnotiz: ",
               "fuori": "Fuori ufficio: ", "gmail": "Re: ", "none": "", "auto": "Auto: ",
               "ar-es": "Fuera de la oficina: ", "ack": "", "ticket": ""}


def auto(lang, owner, frm, date, tz, body, *, inv, step="reminder", style="outlook-it", rfc3834=True,
         subject=None, fmt="text", charset="utf-8", cte="quoted-printable", extra=(), labels=None, note="",
         html_body=None, in_reply=True, to=None):
    """An automatic reply to a mailduns reminder."""
    oname, oaddr = OWNERS[owner][:2]
    d = dt(date, tz)
    qsubj = reminder_subject(lang, step, inv)
    subj = subject if subject is not None else AUTO_PREFIX[style] + qsubj
    name, addr = frm
    headers = [("Return-Path", "<>" if rfc3834 else f"<{addr}>"), ("Date", format_datetime(d)),
               ("From", hdr_addr(name, addr)), ("To", to or hdr_addr(oname, oaddr)), ("Subject", hdr_text(subj))]
    mstyle = "outlook" if style.startswith("outlook") or style == "ooo" else ("gmail" if style == "gmail" else "other")
    seed = f"auto{date}{addr}{subj}"
    headers.append(("Message-ID", msgid(mstyle, seed, addr.split("@")[1])))
    if in_reply:
        ref = owner_ref_id(owner, f"{inv}{date}")
        headers += [("In-Reply-To", ref), ("References", ref)]
    if rfc3834:
        headers.append(("Auto-Submitted", "auto-replied"))
        if mstyle == "outlook":
            headers += [("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", addr)]
        elif mstyle == "gmail":
            headers += [("Precedence", "bulk")]
    headers += list(extra)
    html = None
    if fmt in ("alt", "html"):
        html = html_wrap(html_body if html_body is not None else text_to_html(body), outlook=(mstyle == "outlook"))
    root = build_body(body, html, charset, cte, [], html_only=(fmt == "html"))
    add(assemble(headers, root, seed), dict(kind="auto-reply", language=lang, split="dev", **(labels or {}), note=note))


def machine(lang, kind, frm, to, date, tz, subject, body, *, fmt="text", html_body=None, charset="utf-8",
            cte="quoted-printable", extra=(), attachments=(), labels=None, note="", root=None, mid_domain=None):
    d = dt(date, tz)
    name, addr = frm
    seed = f"m{date}{addr}{subject}"
    headers = [("Date", format_datetime(d)), ("From", hdr_addr(name, addr)), ("To", to),
               ("Subject", hdr_text(subject)), ("Message-ID", msgid("other", seed, mid_domain or addr.split("@")[1]))]
    headers += list(extra)
    if root is None:
        html = None
        if fmt in ("alt", "html"):
            html = html_body if html_body is not None else html_wrap(text_to_html(body))
        root = build_body(body, html, charset, cte, list(attachments), html_only=(fmt == "html"))
    add(assemble(headers, root, seed), dict(kind=kind, language=lang, split="dev", **(labels or {}), note=note))


def dsn(lang, owner, date, tz, *, mta_from, subject, human, reporting_mta, recipient, action, status,
        diag, orig_subject, orig_date, permanent, note, remote_mta=None, headers_only=True, extra=(),
        human_charset="utf-8", inv="", orig_body="(reminder text)\n"):
    """A multipart/report delivery status notification bouncing a mailduns reminder."""
    oname, oaddr = OWNERS[owner][:2]
    d = dt(date, tz)
    od = dt(orig_date, tz)
    orig_mid = owner_ref_id(owner, f"bounce{inv}{orig_date}")
    orig_hdrs = (f"Return-Path: <{oaddr}>\nMessage-ID: {orig_mid}\nDate: {format_datetime(od)}\n"
                 f"From: {hdr_addr(oname, oaddr)}\nTo: {recipient}\nSubject: {hdr_text(orig_subject)}\n"
                 "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")
    ds = f"Reporting-MTA: dns; {reporting_mta}\nArrival-Date: {format_datetime(od)}\n\n"
    ds += f"Final-Recipient: rfc822; {recipient}\nOriginal-Recipient: rfc822;{recipient}\nAction: {action}\nStatus: {status}\n"
    if remote_mta:
        ds += f"Remote-MTA: dns; {remote_mta}\n"
    ds += f"Diagnostic-Code: smtp; {diag}\n"
    if action == "delayed":
        ds += f"Will-Retry-Until: {format_datetime(d + timedelta(days=4))}\n"
    parts = [text_part(human, "plain", human_charset, "quoted-printable" if human_charset != "us-ascii" else "7bit"),
             Part("message/delivery-status", ds.encode())]
    if headers_only:
        parts.append(Part("text/rfc822-headers", orig_hdrs.encode()))
    else:
        parts.append(Part("message/rfc822", (orig_hdrs + "Content-Transfer-Encoding: 8bit\n\n" + orig_body).encode()))
    root = Part("multipart/report", children=parts, params="; report-type=delivery-status")
    seed = f"dsn{date}{recipient}"
    headers = [("Return-Path", "<>"), ("Date", format_datetime(d)), ("From", mta_from), ("To", hdr_addr(oname, oaddr)),
               ("Subject", hdr_text(subject)), ("Message-ID", msgid("other", seed, reporting_mta)),
               ("Auto-Submitted", "auto-replied")] + list(extra)
    add(assemble(headers, root, seed), dict(kind="bounce", language=lang, split="dev",
                                            failed_recipient=recipient, permanent=permanent, note=note))


# ============================================================================================
# Shared signature furniture (written once, reused as real companies reuse their footers)
# ============================================================================================
GDPR_IT = ("Le informazioni contenute in questa e-mail e negli eventuali allegati sono riservate e destinate "
           "esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679 (GDPR), qualora abbiate ricevuto "
           "questo messaggio per errore, vi preghiamo di darne notizia al mittente e di cancellarlo. "
           "È vietato qualsiasi utilizzo, copia o diffusione non autorizzati.")
LOPD_ES = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, "
           "pudiendo contener información confidencial sometida a secreto profesional. En cumplimiento del "
           "Reglamento (UE) 2016/679 y de la LOPDGDD 3/2018, le informamos de que sus datos forman parte de un "
           "tratamiento cuyo responsable es la empresa remitente. Puede ejercer sus derechos de acceso, "
           "rectificación, supresión y oposición dirigiéndose a lopd@ la empresa. Si ha recibido este mensaje por "
           "error, le rogamos que lo comunique y proceda a su destrucción.")
DISCL_EN = ("This email and any attachments are confidential and intended solely for the addressee. If you have "
            "received it in error, please notify the sender and delete it. Any views expressed are those of the "
            "individual sender. We have taken reasonable precautions to ensure no viruses are present in this "
            "email but cannot accept responsibility for any loss or damage arising from its use.")
EXTERNAL_EN = "CAUTION: This email originated from outside the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe."

A = "alessandra"; G = "giulia"; L = "lucia"; J = "jordi"; T = "tom"; S = "sarah"
ROME = "Europe/Rome"; MAD = "Europe/Madrid"; CAN = "Atlantic/Canary"; LON = "Europe/London"
DUB = "Europe/Dublin"; NY = "America/New_York"; BER = "Europe/Berlin"


def italian():
    # ---------------- client-reply-other ----------------
    reply("it", "client-reply-other", A, ("Paolo Ferretti", "p.ferretti@ferrettiarredi.it"), "2026-12-02 11:47", ROME,
          "Ciao Alessandra,\n"
          "giro all'amministrazione che mi legge in copia. Per quanto mi riguarda il lavoro è ok e la fattura "
          "torna.\n\nDonatella ci pensi tu per favore?\n\nPaolo\n\n"
          "Paolo Ferretti\nResponsabile Marketing\nFerretti Arredi S.r.l. | Via dell'Artigianato 14 | 33170 Pordenone\n"
          "T. +39 0434 555210\n\n" + GDPR_IT + "\n",
          inv="23/2026", amount="€ 2.440,00", due="2026-11-30", step="due", client="Ferretti Arredi S.r.l.",
          quote="outlook", prefix="R: ", cc="Donatella Zanin <amministrazione@ferrettiarredi.it>", fmt="alt",
          note="Marketing contact forwards the due-date note to accounts (cc) and approves the work ('la fattura "
               "torna'). Approval and hand-off are not a payment claim and not a promise to pay.")

    reply("it", "client-reply-other", A, ("Chiara Bassi", "c.bassi@studiolegalebassi.it"), "2026-11-23 18:20", ROME,
          "Gentile Alessandra,\n\ngrazie del promemoria. Verifico con la contabilità se il bonifico è già partito "
          "e le faccio sapere.\n\nCordiali saluti\n\nAvv. Chiara Bassi\nStudio Legale Bassi\nCorso Vittorio Emanuele II 112, Torino\n",
          inv="19/2026", amount="€ 915,00", due="2026-11-15", step="reminder", client="Studio Legale Bassi",
          quote="gmail",
          note="'Verifico se il bonifico è già partito e le faccio sapere': the client does not know whether it was "
               "paid and promises only to check, not to pay. Not paid, not a promise.")

    reply("it", "client-reply-other", A, ("Gino Gatti", "panificiogatti@libero.it"), "2026-12-05 06:12", ROME,
          "salve ma i 610 euro sono con l iva compresa o va aggiunta? perche il commercialista mi ha detto che per "
          "scaricarla mi serve la fattura elettronica e non il pdf\ngrazie\nGino\n\nInviato da iPhone\n",
          inv="25/2026", amount="€ 610,00", due="2026-12-10", issue="2026-11-10", step="courtesy",
          client="Panificio Gatti snc", quote="apple", prefix="Re: ",
          note="Baker writing at dawn from his phone, no accents or apostrophes: asks whether VAT is included and "
               "whether he needs an e-invoice. Pure questions, no claim of payment or date.")

    reply("it", "client-reply-other", G, ("Federica Sala", "f.sala@linguaviva.it"), "2026-12-22 09:40", ROME,
          "Buongiorno Giulia,\n\nla 2026/131 nel nostro gestionale non risulta, credo perché ci è arrivata solo in PDF "
          "via mail e non tramite SdI. Senza l'XML l'amministrazione non può registrarla né metterla in pagamento.\n\n"
          "Puoi trasmetterla allo SdI con il nostro codice destinatario M5UXCR1? In alternativa la PEC è "
          "amministrazione@pec.linguaviva.it.\n\nGrazie mille e buone feste!\nFederica\n\n"
          "Federica Sala | Project Manager\nLinguaviva S.r.l. – Servizi linguistici\nViale Monza 60, 20127 Milano\n",
          inv="2026/131", amount="€ 1.342,00", due="2026-12-31", issue="2026-11-30", step="courtesy",
          client="Linguaviva S.r.l.", quote="outlook", prefix="R: ", fmt="alt",
          labels=dict(reference="2026/131"),
          note="Agency says the invoice never reached them through SdI and asks to send it with their recipient code. "
               "'non può metterla in pagamento' describes an admin block, not a contest of the amount: other.")

    reply("it", "client-reply-other", A, ("Roberto Mancini", "roberto.mancini61@gmail.com"), "2026-11-26 21:03", ROME,
          "Buonasera,\n\nprima di fare il bonifico volevo capire una cosa: devo intestarlo a lei personalmente o alla "
          "sua ditta? Sul preventivo c'era scritto \"Rossi Studio Grafico\", sulla fattura invece c'è il suo nome e "
          "non vorrei sbagliare e poi dover rifare tutto.\n\nGrazie\nR. Mancini\n",
          inv="27/2026", amount="€ 480,00", due="2026-11-20", step="reminder", client="Roberto Mancini", ckind="person",
          quote="gmail",
          note="Question about the payee name. 'prima di fare il bonifico' shows intent but gives no commitment and no "
               "date; a careful reader files it as a question (other), not a promise.")

    reply("it", "client-reply-other", A, ("Marta Greco", "info@agriturismolequerce.it"), "2026-12-09 13:31", ROME,
          "Ciao Alessandra,\n\nieri mi è arrivata una mail a tuo nome con un IBAN diverso (una banca lituana, "
          "LT12 3250...), c'era scritto che hai cambiato conto e di usare quello per la fattura. È vera?? Ho un po' "
          "paura che sia una truffa, ne ho sentite tante. Prima di fare qualsiasi cosa mi chiami? 347 812 0394\n\n"
          "Marta\nAgriturismo Le Querce – Montepulciano\n",
          inv="22/2026", amount="€ 1.098,00", due="2026-11-30", step="reminder", client="Agriturismo Le Querce",
          quote="none", fmt="alt",
          note="Client suspects an IBAN-change phishing mail and asks for a phone call before doing anything. No payment "
               "made, no commitment: other.")

    reply("it", "client-reply-other", A, ("Valentina Russo", "v.russo@hotelmiramare-rimini.it"), "2026-11-17 10:12", ROME,
          "Buongiorno,\n\nnon lavoro più all'Hotel Miramare dal 31 ottobre, questa casella la controllo ancora per "
          "poco. Per le fatture dovete scrivere a amministrazione@hotelmiramare-rimini.it, io non posso fare nulla.\n\n"
          "Vi prego di togliermi dai vostri invii.\n\nV. Russo\n",
          inv="18/2026", amount="€ 732,00", due="2026-11-10", step="reminder", client="Hotel Miramare",
          quote="none", mua="thunderbird",
          note="A former employee, by hand (no auto headers, 'vi prego di togliermi'), says she left and gives the new "
               "address. It reads like a 'mailbox no longer in use' auto-reply but is a human: client-reply-other.")

    reply("it", "client-reply-other", G, ("Marco Pellegrini", "marco.pellegrini@ospedale-cremona.it"), "2026-12-01 19:44", ROME,
          "Cara Giulia,\n\nho visto il promemoria. Possiamo sentirci per telefono domani o giovedì? Vorrei parlarle "
          "della revisione dell'articolo per il Journal of Hepatology (il revisore 2 ha qualche osservazione sul "
          "lessico) e, già che ci siamo, anche della fattura.\n\nMi trova al 335 601 7721 dopo le 18.\n\n"
          "Un saluto,\nMarco Pellegrini\n",
          inv="2026/125", amount="€ 732,00", due="2026-11-30", step="due", client="Marco Pellegrini", ckind="person",
          quote="gmail",
          note="Asks for a call about the next revision 'and also the invoice'. Wanting to talk about the invoice is not "
               "a contest, a promise or a payment: other.")

    reply("it", "client-reply-other", A, ("Luca Fontana", "luca@birrificiofontana.it"), "2026-12-10 16:25", ROME,
          "Ciao Ale!\n\nallora, novità: abbiamo deciso di fare la birra di Natale anche quest'anno, una doppio malto "
          "alle castagne, e ci servirebbe l'etichetta entro metà gennaio (lo so, è tardi, ma il mastro birraio ha "
          "deciso ieri sera...). Ti mando il brief domani. Pensavo a qualcosa sul bosco, toni scuri, magari con la "
          "volpe che avevi disegnato per la IPA.\n\nPoi a febbraio c'è la fiera a Rimini e ci servono anche due roll-up "
          "e il volantino, ma di quello ne parliamo con calma.\n\nPer la fattura ne parliamo a voce quando vieni su "
          "la settimana prossima, tanto ci vediamo per le foto.\n\nUn abbraccio\nLuca\n\n--\nBirrificio Fontana – "
          "birre artigianali dal 2014\nVia del Molino 3, Fontanellato (PR)\n",
          inv="26/2026", amount="€ 1.586,00", due="2026-11-30", step="reminder", client="Birrificio Fontana",
          quote="gmail",
          note="Long chatty mail about a new label and trade-fair material; the invoice only gets 'ne parliamo a voce'. "
               "No claim, no promise, no dispute: other.")

    reply("it", "client-reply-other", A, ("Stefania Villa", "stefania@boutiquevilla.it"), "2026-12-03 15:58", ROME,
          "Eccoti le foto dei nuovi arrivi per il post di venerdì!! Dimmi se vanno bene così o se le vuoi quadrate, "
          "le ho fatte col telefono nuovo 😍\n\nSte\n",
          inv="29/2026", amount="€ 366,00", due="2026-11-30", step="due", client="Boutique Villa", quote="apple",
          attachments=[attach_part("image/png", "IMG_4481.png", fake_png()),
                       attach_part("image/png", "IMG_4482.png", fake_png())],
          note="Reply on the wrong thread: she hit 'reply' on the last mail she had from Alessandra (the due-date note) "
               "to send photos for a social post. Nothing about the invoice: other.")

    reply("it", "client-reply-other", G, ("Silvia Orlando", "studio@orlandocommercialisti.it"), "2027-01-12 11:05", ROME,
          "Buongiorno dott.ssa Conti,\n\nsono la commercialista del sig. Andrea Ferri, che mi ha girato il suo "
          "sollecito. Nel cassetto fiscale del mio cliente non trovo la fattura 2026/109: può inviarmi il file XML "
          "o indicarmi con quale codice destinatario è stata trasmessa? Devo chiudere le registrazioni di dicembre.\n\n"
          "Grazie, cordiali saluti\nRag. Silvia Orlando\nStudio Orlando – Commercialisti associati\n",
          inv="2026/109", amount="€ 549,00", due="2026-12-31", step="reminder", client="Andrea Ferri", ckind="person",
          quote="outlook_old", prefix="R: ", charset="iso-8859-1",
          labels=dict(reference="2026/109"),
          note="The client's accountant asks for the XML of invoice 2026/109: a question about the invoice from someone "
               "on the client's side; no payment claim.")

    reply("it", "client-reply-other", A, ("Laura - Segreteria Studio Colombo", "segreteria@studiodentisticocolombo.it"),
          "2026-12-29 10:34", ROME,
          "Buongiorno,\n\nsono Laura, la segretaria del dott. Colombo. Il dottore è in ferie fino al 10 gennaio e "
          "la posta la guardo io. Le lascio il suo sollecito sulla scrivania e gliene parlo appena rientra, perché "
          "i pagamenti li fa lui personalmente.\n\nBuone feste\nLaura\nStudio Dentistico Dr. Colombo\n",
          inv="30/2026", amount="€ 854,00", due="2026-12-15", step="reminder", client="Studio Dentistico Dr. Colombo",
          quote="none",
          note="HUMAN THAT LOOKS AUTOMATIC: reads like an out-of-office ('in ferie fino al 10 gennaio') but it is the "
               "secretary writing by hand, no auto headers, first person, about this reminder. She promises only to "
               "pass it on: client-reply-other, and no return_date (that field is for auto-replies).")

    reply("it", "client-reply-other", A, ("Davide Marini", "davide.marini@mariniimpianti.it"), "2026-12-30 17:51", ROME,
          "Ciao Alessandra, sono in ferie fino al 7 ma ti rispondo al volo dal telefono: la fattura non la trovo da "
          "nessuna parte, me la rimandi? Magari anche a ufficio@mariniimpianti.it così la vede anche mia moglie che "
          "fa la contabilità. Grazie e buon anno!\n\nInviato dal mio Galaxy\n",
          inv="31/2026", amount="€ 1.220,00", due="2026-12-20", step="reminder", client="Marini Impianti",
          quote="none", mua="android",
          note="HUMAN THAT LOOKS AUTOMATIC: opens like an OOO ('sono in ferie fino al 7') but is a personal reply asking "
               "to resend the invoice. Other; no return_date.")

    reply("it", "client-reply-other", G, ("Beatrice Neri", "bea.neri@gmail.com"), "2026-12-04 12:20", ROME,
          "Ciao Giulia,\n\nscusa ma non capisco: io la 2026/097 l'ho pagata a ottobre, ho anche la ricevuta. Questa "
          "2026/118 a cosa si riferisce? Non mi ricordo di un secondo lavoro, me la spieghi?\n\nBea\n",
          inv="2026/118", amount="€ 305,00", due="2026-11-30", step="due", client="Beatrice Neri", ckind="person",
          quote="gmail", labels=dict(reference="2026/118"),
          note="Tricky: 'l'ho pagata' is about a DIFFERENT, earlier invoice (2026/097). About the one being chased "
               "(2026/118) she only asks what it is for, without contesting it: other. Reference is the chased "
               "invoice, which she names.")

    reply("it", "client-reply-other", A, ("Ornella Pagani", "acquisti@pagani-ricambi.it"), "2026-11-12 08:55", ROME,
          "Ricevuto, grazie.\n\nSaluti\nOrnella Pagani\nUfficio Acquisti\nPagani Ricambi S.p.A.\n\n" + GDPR_IT + "\n",
          inv="20/2026", amount="€ 3.172,00", due="2026-11-15", issue="2026-10-16", step="courtesy",
          client="Pagani Ricambi S.p.A.", quote="outlook", prefix="R: ", charset="iso-8859-1",
          note="'Ricevuto, grazie' to a courtesy note: acknowledgement only, other.")

    reply("it", "client-reply-other", A, ("Elena Marchi", "protocollo@comune.sacile.pn.it"), "2026-12-11 12:40", ROME,
          "Gentile sig.ra Rossi,\n\nla Sua comunicazione è stata acquisita al protocollo generale n. 0031877 del "
          "11/12/2026 e trasmessa per competenza al Settore Cultura e Turismo, che Le risponderà direttamente.\n\n"
          "Le faccio presente, per il futuro, che le comunicazioni relative a fatture vanno inviate via PEC a "
          "protocollo@pec.comune.sacile.pn.it e non alla casella ordinaria, che non sempre riusciamo a seguire.\n\n"
          "Cordiali saluti\n\nElena Marchi\nUfficio Protocollo – Comune di Sacile\n",
          inv="21/2026", amount="€ 2.196,00", due="2026-11-30", step="reminder", client="Comune di Sacile",
          quote="none", charset="iso-8859-1", cte="8bit",
          note="HUMAN THAT LOOKS AUTOMATIC: a protocol-office receipt with a registration number, but written by a clerk "
               "('Le faccio presente, per il futuro...'). Routed internally, nothing about payment: other.")

    # ---------------- client-reply-paid ----------------
    reply("it", "client-reply-paid", A, ("Franco Bellini", "bellini.serramenti@tiscali.it"), "2026-11-20 14:07", ROME,
          "Ma scusate perché continuate a mandarmi solleciti?? L'HO PAGATA A SETTEMBRE quella fattura, il 18 "
          "settembre per la precisione, bonifico dalla Banca Sella.\nControllate bene prima di scrivere, è la terza "
          "mail che ricevo.\n\nF. Bellini\n",
          inv="14/2026", amount="€ 1.464,00", due="2026-09-30", step="reminder", client="Bellini Serramenti",
          quote="outlook_old", prefix="R: ", charset="windows-1252", cte="quoted-printable",
          note="Angry 'why are you chasing me' — because it WAS paid (18 September). Client-reply-paid despite the "
               "hostile tone; no contest of the invoice itself.")

    reply("it", "client-reply-paid", A, ("Simone Galli", "simone.galli@galliarchitetti.it"), "2026-12-08 22:16", ROME,
          "Ciao Ale, sono fuori fino a lunedì ma ho visto la mail al volo: il bonifico l'ho fatto venerdì 4, "
          "dovrebbe esserti arrivato. Se non lo vedi dimmelo che chiamo la banca.\n\nSimone\n\nInviato da iPhone\n",
          inv="32/2026", amount="€ 976,00", due="2026-11-30", step="reminder", client="Galli Architetti Associati",
          quote="apple",
          note="HUMAN THAT LOOKS AUTOMATIC: starts like an OOO ('sono fuori fino a lunedì') but is a personal reply saying "
               "the transfer was made on Friday 4 December: paid.")

    reply("it", "client-reply-paid", G, ("Ufficio Contabilità", "contabilita@tessiturabonomi.it"), "2026-12-15 09:12", ROME,
          "Buongiorno,\n\nsi trasmette in allegato contabile del bonifico di € 1.830,00 eseguito in data 14/12/2026 "
          "a saldo della Vs. fattura n. 2026/121.\n\nDistinti saluti\n\nUfficio Contabilità\nTessitura Bonomi S.p.A.\n"
          "Via Roma 221 – 22070 Appiano Gentile (CO)\n\nQuesto indirizzo è presidiato dal lunedì al venerdì, 8.30-12.30. "
          + GDPR_IT + "\n",
          inv="2026/121", amount="€ 1.830,00", due="2026-12-10", step="due", client="Tessitura Bonomi S.p.A.",
          quote="outlook", prefix="R: ", fmt="alt",
          attachments=[attach_part("application/pdf", "Contabile_bonifico_14122026.pdf", fake_pdf("contabile"))],
          labels=dict(amount="1830.00", reference="2026/121"),
          note="HUMAN THAT LOOKS AUTOMATIC: impersonal bureaucratic register ('si trasmette...'), department signature, "
               "footer, PDF receipt attached — but typed by a clerk as a reply. Paid, amount and invoice stated.")

    reply("it", "client-reply-paid", A, ("Giorgio Bassani", "giorgio.bassani@icloud.com"), "2026-12-21 19:30", ROME,
          "Fatto 👍\n\nInviato da iPhone\n",
          inv="28/2026", amount="€ 250,00", due="2026-12-15", step="reminder", client="Giorgio Bassani", ckind="person",
          quote="apple", cte="base64",
          note="One-word 'Fatto' under the payment reminder = done, paid. No verb of payment at all.")

    reply("it", "client-reply-paid", G, ("Paolo Riva", "paolo@studiotecnicoriva.it"), "2026-11-11 08:02", ROME,
          "Pagata ieri. Però la prossima volta mandala anche via SdI, se no il commercialista impazzisce.\n\n"
          "Grazie\nPaolo Riva\n",
          inv="2026/104", amount="€ 427,00", due="2026-11-05", step="reminder", client="Studio Tecnico Riva",
          quote="gmail",
          note="Paid yesterday plus a request for next time; the request does not change the label.")

    reply("it", "client-reply-paid", A, ("Anna – Amministrazione Il Girasole", "amministrazione@coopilgirasole.it"),
          "2026-11-30 11:18", ROME,
          "Buongiorno,\n\nabbiamo pagato la fattura 46/2026 il 20 novembre con bonifico ordinario. Potete verificare se "
          "è arrivato? Dalla nostra banca risulta eseguito.\n\nGrazie\nAnna\nCooperativa Sociale Il Girasole\n",
          inv="46/2026", amount="€ 640,00", due="2026-11-15", step="reminder", client="Cooperativa Sociale Il Girasole",
          quote="outlook", prefix="R: ", labels=dict(reference="46/2026"),
          note="Paid on 20 November plus 'can you check it arrived?': still paid.")

    # ---------------- client-reply-promise ----------------
    reply("it", "client-reply-promise", A, ("Claudio Moretti", "c.moretti@morettiservizi.it"), "2027-01-11 09:05", ROME,
          "Buongiorno Alessandra,\n\nscusi il ritardo, ero via (avrà ricevuto la mia risposta automatica). Provvedo "
          "domani mattina al bonifico.\n\nCordiali saluti\nClaudio Moretti\n",
          inv="24/2026", amount="€ 1.037,00", due="2026-12-15", step="reminder", client="Moretti Servizi S.r.l.",
          quote="outlook", prefix="R: ", qdate="2026-12-22 09:02",
          labels=dict(promised_date="2027-01-12"),
          note="Mentions his own auto-reply but this one is human. 'Provvedo domani mattina' on Monday 11 Jan = promise "
               "for 2027-01-12.")

    reply("it", "client-reply-promise", A, ("Ilaria Ferraro", "ilaria@ferraroeventi.com"), "2026-11-13 17:40", ROME,
          "Vista e approvata, la passo in pagamento. Ciao!\n\nIlaria\n",
          inv="33/2026", amount="€ 671,00", due="2026-11-20", issue="2026-10-21", step="courtesy", client="Ferraro Eventi",
          quote="gmail",
          note="'La passo in pagamento' = she is putting it through for payment: a commitment to pay, with no date. "
               "Promise (undated). Contrast with 'verifico con la contabilità', which is only a check.")

    reply("it", "client-reply-promise", G, ("Paola Neri", "amministrazione@meccanicalombarda.it"), "2027-01-25 10:30", ROME,
          "Spett.le fornitore,\n\ncon la presente si comunica che la Vs. fattura n. 2026/127 del 30/11/2026 verrà messa "
          "in pagamento alla scadenza concordata del 31/01/2027 (60 gg d.f.f.m.), come da condizioni contrattuali.\n\n"
          "Per eventuali chiarimenti: tel. 02 4455 8120.\n\nRag. Paola Neri\nUfficio Amministrazione\n"
          "Meccanica Lombarda S.p.A.\n",
          inv="2026/127", amount="€ 4.209,00", due="2027-01-31", issue="2026-11-30", step="courtesy",
          client="Meccanica Lombarda S.p.A.", quote="outlook", prefix="R: ", fmt="html",
          labels=dict(promised_date="2027-01-31", reference="2026/127"),
          note="HUMAN THAT LOOKS AUTOMATIC: form-letter Italian ('con la presente si comunica'), HTML only, but signed by a "
               "named clerk answering this courtesy note. States payment at the agreed due date 31/01/2027: promise.")

    reply("it", "client-reply-promise", A, ("Pietro Longo", "pietro.longo@outlook.it"), "2026-12-15 20:48", ROME,
          "Ciao Alessandra, che figura... ho visto ora che ho fatto il bonifico di 1.200 invece di 1.220, ho sbagliato "
          "a copiare l'importo. I 20 euro che mancano te li mando domani. Scusami!\n\nPietro\n",
          inv="34/2026", amount="€ 1.220,00", due="2026-12-10", step="due", client="Pietro Longo", ckind="person",
          quote="outlook", mua="outlook",
          labels=dict(promised_date="2026-12-16", amount="20.00"),
          note="Paid 1,200 of 1,220 by mistake and promises the missing 20 tomorrow (Tue 15 Dec -> 16 Dec). Partly paid + "
               "promise for the rest = promise (promise outranks paid). Amount is the promised 20.00.")

    reply("it", "client-reply-promise", A, ("Nicola Testa", "testanicola.edilizia@gmail.com"), "2026-12-18 13:02", ROME,
          "Alessandra ciao, lo so hai ragione. Sono messo male, il cliente di Treviso non mi ha ancora pagato il "
          "cantiere e sono sotto di parecchio. Appena mi pagano ti saldo, giuro. Dammi qualche settimana\n\nNicola\n",
          inv="15/2026", amount="€ 2.013,00", due="2026-10-31", step="reminder", client="Nicola Testa", ckind="person",
          quote="none", mua="android",
          note="'Appena mi pagano ti saldo' + 'qualche settimana': promise with no date.")

    reply("it", "client-reply-promise", A, ("Carla De Luca", "carladeluca.ceramiche@gmail.com"), "2026-12-14 10:26", ROME,
          "Ciao! Giovedì passo in studio per vedere le bozze del catalogo e ti porto l'assegno, così chiudiamo anche "
          "questa. Va bene verso le 11?\n\nCarla\n",
          inv="35/2026", amount="€ 585,60", due="2026-12-10", step="due", client="Carla De Luca", ckind="person",
          quote="gmail",
          labels=dict(promised_date="2026-12-17"),
          note="Will bring a cheque on Thursday: Monday 14 Dec -> Thursday 17 Dec 2026. Promise.")

    # ---------------- client-reply-dispute ----------------
    reply("it", "client-reply-dispute", A, ("Ufficio Amministrativo", "amministrazione@teatroverdi-fondazione.it"),
          "2026-12-04 12:12", ROME,
          "Buongiorno,\n\nperché ci sollecitate? La fattura è sbagliata: vi avevamo chiesto di emetterla in regime di "
          "scissione dei pagamenti (split payment, art. 17-ter), invece riporta l'IVA da versare a voi. Va stornata con "
          "nota di credito e riemessa correttamente. Finché non arriva quella giusta non possiamo pagare nulla.\n\n"
          "Cordiali saluti\nMaria Grazia Pini\nFondazione Teatro Verdi – Ufficio Amministrativo\n",
          inv="36/2026", amount="€ 3.660,00", due="2026-11-30", step="reminder", client="Fondazione Teatro Verdi",
          quote="outlook", prefix="R: ",
          note="'Why are you chasing us' — because the invoice is WRONG (VAT regime): wants a credit note and reissue. "
               "Dispute (contrast with the angry paid mail from Bellini).")

    reply("it", "client-reply-dispute", A, ("Marco Ricci", "marco@ricciauto.it"), "2026-11-25 18:44", ROME,
          "Non pago finché il modulo contatti del sito non funziona, ve l'ho scritto tre volte. Sistemate e poi se ne "
          "parla.\n",
          inv="16/2026", amount="€ 1.708,00", due="2026-11-15", step="reminder", client="Ricci Auto", quote="gmail",
          note="Withholds payment until a defect is fixed: dispute.")

    reply("it", "client-reply-dispute", G, ("Roberta Galli", "roberta@traduzionibabele.it"), "2026-11-19 15:15", ROME,
          "Gentile Giulia,\n\nla fattura 2026/114 riporta 21.000 parole, ma il conteggio concordato (Trados, con le "
          "ripetizioni scontate al 30%) era di 18.400 parole ponderate. Ti chiedo di emettere una nota di credito per "
          "la differenza: paghiamo appena arriva.\n\nGrazie\nRoberta\nAgenzia Traduzioni Babele\n",
          inv="2026/114", amount="€ 1.890,00", due="2026-11-15", step="reminder", client="Agenzia Traduzioni Babele",
          quote="gmail", labels=dict(reference="2026/114"),
          note="Contests the word count and asks for a credit note; 'paghiamo appena arriva' is conditional on it. "
               "Dispute outranks the conditional promise.")

    reply("it", "client-reply-dispute", A, ("Hotel Alpino", "info@hotelalpino-cortina.it"), "2026-12-17 16:33", ROME,
          "Buongiorno,\n\nabbiamo pagato la metà (750 euro) la settimana scorsa, il resto quando ci applicate lo sconto "
          "del 10% che avevamo concordato a voce ad agosto con il signor Rossi... anzi con lei. Ci mandi la fattura "
          "corretta per la differenza.\n\nCordialità\nFamiglia Menardi – Hotel Alpino\n",
          inv="13/2026", amount="€ 1.500,00", due="2026-10-31", step="reminder", client="Hotel Alpino", quote="none",
          charset="iso-8859-1", labels=dict(amount="750.00"),
          note="Partial payment (750) + the rest withheld pending a discount: dispute. Amount = what they state they paid.")

    # ---------------- auto-replies ----------------
    auto("it", A, ("Stefano Bruno", "s.bruno@brunocostruzioni.it"), "2026-12-23 08:02", ROME,
         "Sono fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta elettronica.\n"
         "Per urgenze contattare la sig.ra Rita Marchetti (r.marchetti@brunocostruzioni.it – tel. 0521 774 201).\n\n"
         "Grazie\nIng. Stefano Bruno\n",
         inv="37/2026", style="outlook-it", labels=dict(return_date="2027-01-07"),
         note="Outlook OOO with RFC 3834 headers. 'fino al 6 gennaio compreso' = out through the 6th, back 2027-01-07.")

    auto("it", A, ("Chiara Lodi", "chiara.lodi@gmail.com"), "2026-12-28 10:15", ROME,
         "Ciao! Sono via per le feste e rientro il 7. Rispondo a tutto appena torno 🎄\n\nChiara\n",
         inv="38/2026", style="gmail", cte="base64", labels=dict(return_date="2027-01-07"),
         note="Gmail vacation responder (Auto-Submitted, Precedence: bulk, subject 'Re:'). 'rientro il 7' written on "
              "28 Dec = the next 7th, 2027-01-07.")

    auto("it", A, ("Studio Associato Ferri & Zanetti", "info@studioferrizanetti.it"), "2026-12-24 12:30", ROME,
         "Gentile cliente,\n\nlo Studio resterà chiuso per le festività natalizie da giovedì 24 dicembre fino "
         "all'Epifania compresa. Le email ricevute in questo periodo saranno lette alla riapertura.\n\n"
         "Auguri di buone feste!\nStudio Associato Ferri & Zanetti – Consulenti del lavoro\n",
         inv="39/2026", style="none", rfc3834=False, subject="Chiusura per festività",
         labels=dict(return_date="2027-01-07"),
         note="Auto-reply WITHOUT RFC 3834 headers and with its own subject. 'fino all'Epifania compresa' = closed through "
              "6 January, back 2027-01-07.")

    auto("it", G, ("Laura Bianchini", "l.bianchini@transpoint-agency.com"), "2026-11-19 15:22", ROME,
         "Sono in ferie, rientrerò lunedì.\nPer urgenze sui progetti in corso scrivete a pm@transpoint-agency.com.\n\n"
         "Laura\n",
         inv="2026/112", style="outlook-it", labels=dict(return_date="2026-11-23"),
         note="Weekday only: 'rientrerò lunedì', sent Thursday 19 Nov 2026 -> Monday 2026-11-23.")

    auto("it", A, ("Rag. Mauro Conte", "m.conte@edilconte.it"), "2026-12-22 07:45", ROME,
         "Gentile mittente,\nsono assente dall'ufficio. Rientro previsto: 7/1.\n"
         "Non è previsto l'inoltro automatico dei messaggi.\n\nCordiali saluti\nMauro Conte\n",
         inv="40/2026", style="fuori", charset="iso-8859-1",
         labels=dict(return_date="2027-01-07"),
         note="'Rientro previsto: 7/1' in an Italian mail = 7 January (day/month), sent 22 Dec -> 2027-01-07.")

    auto("it", G, ("Jacopo Serra", "jacopo@serra-editore.it"), "2026-12-30 09:00", ROME,
         "Grazie per il messaggio. Sarò di nuovo disponibile dall'8 gennaio: fino ad allora leggerò la posta solo "
         "saltuariamente.\n\nJacopo Serra\nSerra Editore\n",
         inv="2026/129", style="outlook-it", labels=dict(return_date="2027-01-08"),
         note="'disponibile dall'8 gennaio' = first day back 2027-01-08.")

    auto("it", A, ("Francesca Ruggeri", "f.ruggeri@ortofrutticolaveneta.it"), "2026-11-16 09:31", ROME,
         "Buongiorno,\nsono in congedo di maternità. Per questioni amministrative e fatture scrivere a "
         "amministrazione@ortofrutticolaveneta.it, per i progetti di comunicazione a marketing@ortofrutticolaveneta.it.\n\n"
         "Grazie\nFrancesca Ruggeri\n",
         inv="17/2026", style="outlook-it",
         note="Maternity leave, no return date given: auto-reply without return_date.")

    auto("it", A, ("Pizzeria Da Totò", "info@pizzeriadatoto.it"), "2026-11-24 21:10", ROME,
         "Questa casella non è più attiva.\nPer prenotazioni chiamate lo 081 555 7788, per fornitori e fatture "
         "scrivete a datoto.amministrazione@gmail.com.\n\nGrazie\n",
         inv="11/2026", style="none", subject="Re: Sollecito fattura n. 11/2026",
         note="'Mailbox no longer active' auto-reply (auto headers, delivered, so not a bounce) pointing to a new address. "
              "No return date.")

    auto("it", G, ("Ufficio Fornitori Gruppo Vega", "fornitori@gruppovega.it"), "2026-12-02 14:00", ROME,
         "Gentile fornitore,\n\nabbiamo ricevuto la sua e-mail, che verrà gestita dall'ufficio competente.\n\n"
         "Le ricordiamo che, come da condizioni generali di acquisto, le fatture vengono pagate a 60 giorni data "
         "fattura fine mese, con valuta il giorno 10 del mese successivo. Non è necessario inviare solleciti prima "
         "di tale termine.\n\nQuesta è una risposta generata automaticamente, si prega di non rispondere.\n\n"
         "Gruppo Vega S.p.A. – Amministrazione Fornitori\n",
         inv="2026/122", style="none", subject="Conferma ricezione: Fattura n. 2026/122 in scadenza",
         note="Accounts-payable auto-acknowledgement. It states general payment terms (60 days EOM, value date the 10th) "
              "but that is boilerplate, not a promise about this invoice: auto-reply.")

    auto("it", A, ("Assistenza Clienti Netlink", "supporto@netlink-hosting.it"), "2026-12-10 10:00", ROME,
         "Gentile Cliente,\n\nla Sua richiesta è stata registrata con il numero di ticket 2026121010000041.\n"
         "Un operatore la prenderà in carico entro 2 giorni lavorativi.\n\nPer aggiungere informazioni risponda a "
         "questa e-mail mantenendo invariato l'oggetto.\n\nIl team Assistenza Netlink\n",
         inv="41/2026", style="none", subject="[Ticket#2026121010000041] Sollecito fattura n. 41/2026",
         extra=[("X-OTRS-Loop", "yes")],
         note="Help-desk (OTRS) ticket acknowledgement: auto-reply, no date.")

    auto("it", A, ("Giovanna Pace", "giovanna.pace@pacetrasporti.it"), "2026-12-24 09:12", ROME,
         "Sarò assente dal 24/12 al 06/01.\nI messaggi non verranno inoltrati. Per urgenze: 0445 320 118.\n\n"
         "Giovanna Pace\nPace Trasporti S.r.l.\n",
         inv="42/2026", style="outlook-it", charset="iso-8859-1",
         labels=dict(return_date="2027-01-07"),
         note="'assente dal 24/12 al 06/01' = away through 6 January, back 2027-01-07.")

    auto("it", G, ("Andrea Colli", "a.colli@expofiere-group.it"), "2027-01-29 18:02", ROME,
         "Sarò fuori sede per la fiera di Francoforte fino a mercoledì 3 febbraio, con accesso limitato alla posta.\n"
         "Per urgenze: segreteria@expofiere-group.it\n\nAndrea Colli\n",
         inv="2027/004", style="outlook-it", labels=dict(return_date="2027-02-03"),
         note="'fino a mercoledì 3 febbraio' = until Wednesday 3 Feb; like 'hasta el lunes', the named day is the "
              "return day: 2027-02-03.")

    auto("it", A, ("Michele Sartori", "michele.sartori@sartori-design.com"), "2027-01-04 08:00", ROME,
         "Sono fuori ufficio fino a lunedì 11 gennaio incluso.\nI am out of the office until Monday 11 January "
         "inclusive.\n\nPer urgenze / for urgent matters: studio@sartori-design.com\n",
         inv="43/2026", style="outlook-it", labels=dict(return_date="2027-01-12"),
         note="Bilingual IT/EN OOO (labelled it). 'fino a lunedì 11 gennaio incluso' = back Tuesday 2027-01-12.")

    auto("it", A, ("Ufficio Tecnico Comune di Brugnera", "ufficiotecnico@comune.brugnera.pn.it"), "2027-01-07 08:30", ROME,
         "Il geom. Dario Furlan è assente per un periodo di aggiornamento professionale. Rientrerà nella seconda "
         "metà di gennaio.\nPer pratiche urgenti rivolgersi al centralino 0434 616 111.\n",
         inv="44/2026", style="outlook-it",
         note="Vague return ('nella seconda metà di gennaio'): auto-reply without return_date.")

    # ---------------- machine mail ----------------
    machine("it", "other", ("Posta Certificata", "posta-certificata@pec.fatturapa.it"),
            "alessandra.rossi@pec.example.it", "2026-11-04 11:20", ROME,
            "POSTA CERTIFICATA: Ricevuta di consegna IT01234567890_0A3F2.xml",
            "Ricevuta di consegna\n\nIl file IT01234567890_0A3F2.xml (fattura n. 31/2026 del 03/11/2026) trasmesso al "
            "Sistema di Interscambio con identificativo SdI 14588102731 è stato consegnato al destinatario "
            "(codice destinatario KRRH6B9) in data 04/11/2026 alle ore 11:19:58.\n\n"
            "Il presente messaggio è generato automaticamente dal Sistema di Interscambio. Non rispondere.\n",
            attachments=[attach_part("application/xml", "IT01234567890_0A3F2_RC_001.xml",
                                     b"<?xml version=\"1.0\"?><ns3:RicevutaConsegna/>\n")],
            extra=[("X-Riferimento-Message-ID", "<opec-20261104112000@pec.fatturapa.it>"), ("X-Trasporto", "posta-certificata")],
            note="SdI delivery receipt for an invoice: an e-invoicing notice, not a payment. Other.")

    machine("it", "other", ("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"),
            "alessandra@example.it", "2026-12-01 16:44", ROME, "Notifica di scarto – Fattura n. 43/2026",
            "Gentile Cliente,\n\nla fattura n. 43/2026 del 30/11/2026 indirizzata a SARTORI DESIGN SRL è stata SCARTATA "
            "dal Sistema di Interscambio.\n\nCodice errore: 00305 – 1.4.1.1 IdCodice non valido\n\n"
            "Correggi il documento e invialo nuovamente entro 5 giorni dalla data della notifica di scarto.\n\n"
            "Il team Aruba Fatturazione Elettronica\n",
            fmt="alt",
            note="E-invoicing rejection notice (SdI 'scarto'): other, it is about the invoice, not about a payment.")

    machine("it", "payment-notification", ("Satispay", "noreply@satispay.com"), "alessandra@example.it",
            "2026-12-07 18:25", ROME, "Hai ricevuto 120,00 €",
            "Ciao Alessandra,\n\nhai ricevuto un pagamento di 120,00 € da Panificio Gatti snc.\n\n"
            "Messaggio: \"acconto fattura biglietti da visita\"\n\nIl saldo è disponibile nel tuo conto Satispay Business.\n\n"
            "Satispay Europe S.A.\n",
            fmt="alt", labels=dict(amount="120.00"),
            note="Satispay incoming payment: payment-notification with amount.")

    machine("it", "payment-notification", ("Banca Intesa - Notifiche", "notifiche@intesasanpaolo-alert.example"),
            "alessandra@example.it", "2026-12-04 08:03", ROME, "Accredito bonifico sul conto ***3456",
            "Gentile Cliente,\n\nti informiamo che in data 04/12/2026 è stato accreditato sul tuo conto ***3456 un "
            "bonifico SEPA:\n\nImporto: 2.440,00 EUR\nOrdinante: FERRETTI ARREDI SRL\n"
            "Causale: SALDO FT 23/2026 GRAFICA CATALOGO\nCRO/TRN: 0306912345678901482000\n\n"
            "Questa comunicazione è inviata automaticamente, si prega di non rispondere.\n",
            fmt="alt", charset="iso-8859-1",
            labels=dict(amount="2440.00", reference="23/2026"),
            note="Bank incoming-transfer alert; the payer's remittance text names invoice 23/2026.")

    dsn("it", A, "2026-11-18 09:05", ROME, mta_from="MAILER-DAEMON@mx.example.it (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        human=("This is the mail system at host mx.example.it.\n\nI'm sorry to have to inform you that your message "
               "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
               "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\n"
               "delete your own text from the attached returned message.\n\n                   The mail system\n\n"
               "<ordini@cartoleriaberti.it>: host mx.cartoleriaberti.it[185.44.12.9] said: 550\n"
               "    5.1.1 <ordini@cartoleriaberti.it>: Recipient address rejected: User\n    unknown in virtual mailbox "
               "table (in reply to RCPT TO command)\n"),
        reporting_mta="mx.example.it", recipient="ordini@cartoleriaberti.it", action="failed", status="5.1.1",
        diag="550 5.1.1 <ordini@cartoleriaberti.it>: Recipient address rejected: User unknown in virtual mailbox table",
        remote_mta="mx.cartoleriaberti.it", orig_subject="Sollecito fattura n. 12/2026", orig_date="2026-11-18 09:04",
        permanent=True, inv="12/2026",
        note="Postfix bounce, 550 5.1.1 user unknown: permanent.")

    machine("it", "other", ("Fineco", "comunicazioni@fineco-notifiche.example"), "alessandra@example.it",
            "2026-12-16 12:10", ROME, "Conferma disposizione bonifico",
            "Gentile Cliente,\n\nconfermiamo l'inserimento del bonifico SEPA da te disposto:\n\n"
            "Beneficiario: STUDIO VERDI COMMERCIALISTI\nImporto: 350,00 EUR\nCausale: Fattura 88/2026 consulenza fiscale\n"
            "Data esecuzione: 16/12/2026\n\nFinecoBank S.p.A.\n",
            note="An OUTGOING transfer the owner made to her own accountant (invoice 88/2026 is the accountant's, not "
                 "hers). Not money in: other.")


def spanish():
    # ---------------- client-reply-other ----------------
    reply("es", "client-reply-other", L, ("Álvaro Gómez", "alvarogomez.fisio@gmail.com"), "2026-11-24 20:15", MAD,
          "Hola Lucía,\n\n¿te vale también por Bizum? Es que la transferencia desde mi banco tarda dos días y encima "
          "me cobran comisión por no sé qué. Si me dices que sí, dime a qué número.\n\nGracias!\nÁlvaro\n",
          inv="2026-044", amount="363,00 €", due="2026-11-20", step="reminder", client="Álvaro Gómez", ckind="person",
          quote="gmail", prefix="Re: ", cte="base64",
          note="Asks whether he can pay by Bizum and to which number. Intent to pay, but only a question, no commitment "
               "or date: other.")

    reply("es", "client-reply-other", J, ("Pep Ferrer", "pep@canpep-restaurant.cat"), "2026-12-29 16:40", MAD,
          "Hola Jordi,\n\n¿se podría fraccionar en dos pagos? Enero siempre es un mes malo para nosotros, con la "
          "cuesta y el local medio vacío. Dime si te va bien y cómo lo hacemos.\n\nUna abraçada,\nPep\n",
          inv="F26/098", amount="1.210,00 €", due="2026-12-20", step="reminder", client="Restaurant Can Pep",
          quote="gmail",
          note="Asks whether the invoice can be split into two payments. A request, not an undertaking: no amounts or "
               "dates committed. Other.")

    reply("es", "client-reply-other", L, ("Clínica Dental Sonrisas", "administracion@clinicasonrisas.es"),
          "2026-11-27 10:02", MAD,
          "Buenos días Lucía,\n\n¿el total de 1.815 € es con IVA incluido? Lo necesito para cuadrar el presupuesto "
          "del trimestre, que mi socio me lo ha pedido para hoy.\n\nUn saludo,\nDra. Ainhoa Etxeberria\n\n" + LOPD_ES + "\n",
          inv="2026-049", amount="1.815,00 €", due="2026-11-30", issue="2026-10-31", step="courtesy",
          client="Clínica Dental Sonrisas SL", quote="outlook", prefix="RE: ", fmt="alt",
          note="Question about whether VAT is included. The 1,815 is quoted back as a question, not as an amount paid or "
               "promised: no amount label. Other.")

    reply("es", "client-reply-other", L, ("Raúl Lasheras", "r.lasheras@construccionesebro.es"), "2026-12-03 09:27", MAD,
          "Recibido. Lo paso a contabilidad, que está en copia.\n\nUn saludo\n\nRaúl Lasheras\nJefe de Obra\n"
          "Construcciones Ebro, S.L. · Zaragoza\n",
          inv="2026-053", amount="2.904,00 €", due="2026-11-30", step="due", client="Construcciones Ebro SL",
          quote="outlook", prefix="RE: ", cc="Contabilidad Ebro <contabilidad@construccionesebro.es>",
          note="'Recibido, lo paso a contabilidad' (cc): hand-off to accounts, no claim or promise. Other.")

    reply("es", "client-reply-other", J, ("Marta Soler", "marta.soler@editorialtramuntana.com"), "2026-12-10 12:31", MAD,
          "Hola Jordi,\n\ngracias por el recordatorio, lo miro con administración y te digo algo.\n\nMarta\n\n"
          "Marta Soler i Riera\nDirecció d'Art · Editorial Tramuntana\n",
          inv="F26/089", amount="847,00 €", due="2026-11-30", step="reminder", client="Editorial Tramuntana SL",
          quote="gmail",
          note="'Lo miro con administración y te digo algo' = will check and come back. No statement that it will be "
               "paid: other (contrast r7o promise 'si está todo bien, sale esta semana').")

    reply("es", "client-reply-other", L, ("Susana Ibarra", "s.ibarra@bodegasruiz.es"), "2026-11-12 13:45", MAD,
          "Buenas tardes:\n\nya no trabajo en Bodegas Ruiz desde septiembre. Para temas de facturas escriba por favor a "
          "administracion@bodegasruiz.es.\n\nGracias.\n",
          inv="2026-039", amount="1.089,00 €", due="2026-11-05", step="reminder", client="Bodegas Ruiz SA",
          quote="none",
          note="A former employee answering by hand (no auto headers, typed 'Buenas tardes'): other, not an auto-reply.")

    reply("es", "client-reply-other", J, ("Núria Vidal", "nuriavidal.interiorisme@gmail.com"), "2026-12-14 19:02", MAD,
          "Jordi, llámame cuando puedas que por email me lío 🙈 Estoy en el 639 418 220 hasta las 9\n\nEnviado desde mi iPhone\n",
          inv="F26/093", amount="605,00 €", due="2026-12-05", step="reminder", client="Núria Vidal", ckind="person",
          quote="apple", prefix="Re: ",
          note="Asks for a phone call, nothing else: other.")

    reply("es", "client-reply-other", L, ("Intervención Municipal", "intervencion@ayto-trescantos.es"), "2026-12-09 11:10", MAD,
          "Estimada Sra. Martín:\n\nEn relación con su correo, le recordamos que, al tratarse de una Administración "
          "Pública, las facturas deben presentarse obligatoriamente a través del Punto General de Entrada de Facturas "
          "Electrónicas (FACe), indicando los códigos DIR3 del Ayuntamiento (Oficina contable, Órgano gestor y Unidad "
          "tramitadora: L01281524). La factura remitida en PDF por correo electrónico no puede tramitarse.\n\n"
          "Una vez registrada en FACe seguirá el procedimiento ordinario de conformidad y pago.\n\n"
          "Atentamente,\n\nJavier Montes\nIntervención Municipal – Ayuntamiento de Tres Cantos\n",
          inv="2026-050", amount="2.420,00 €", due="2026-11-30", step="reminder", client="Ayuntamiento de Tres Cantos",
          quote="outlook", prefix="RE: ", charset="iso-8859-1", cte="quoted-printable",
          note="Town council clerk: the invoice must be filed through FACe with DIR3 codes; the PDF cannot be processed. "
               "An admin requirement, not a dispute over the amount and not a promise. Other.")

    reply("es", "client-reply-other", L, ("Jorge Navarro", "jnavarro@grupoalcor.es"), "2026-12-16 10:55", MAD,
          "Marta, ¿esto lo tienes tú? Yo no sé nada de esta factura, creo que era lo de la web de la fundación.\n\n"
          "Jorge\n",
          inv="2026-055", amount="1.573,00 €", due="2026-12-10", step="due", client="Grupo Alcor SL",
          quote="outlook", subject="RV: Vencimiento factura n.º 2026-055",
          to="Marta Gil <mgil@grupoalcor.es>", cc=hdr_addr("Lucía Martín", "lucia@martinestudio.es"),
          note="Forward to a colleague with Lucía in cc ('¿esto lo tienes tú?'). Internal hand-off, no claim: other.")

    reply("es", "client-reply-other", J, ("Pilar Oliver", "administracion@hotelblaumar.com"), "2026-11-26 12:14", "Europe/Madrid",
          "Estimado Sr. Puig:\n\nAcusamos recibo de su recordatorio de la factura F26/091. Lo hemos trasladado a "
          "Tesorería, que es el departamento que gestiona los pagos a proveedores, y le contestarán directamente.\n\n"
          "Atentamente,\n\nPilar Oliver\nRecepción · Administración\nHotel Blau Mar – Port d'Alcúdia\n",
          inv="F26/091", amount="1.996,50 €", due="2026-11-20", step="reminder", client="Hotel Blau Mar SL",
          quote="outlook", prefix="RE: ", labels=dict(reference="F26/091"),
          note="HUMAN THAT LOOKS AUTOMATIC: 'Acusamos recibo' is formula language of auto-acks, but this is a named person "
               "answering this reminder and routing it to treasury. Other.")

    reply("es", "client-reply-other", L, ("Toni", "toni.reformasgarcia@hotmail.com"), "2026-12-01 08:41", MAD,
          "ok recibido\n\nEnviado desde mi Android\n",
          inv="2026-051", amount="484,00 €", due="2026-11-25", step="reminder", client="Reformas García", quote="none",
          mua="android",
          note="HUMAN THAT LOOKS AUTOMATIC: two words plus a phone signature. 'ok recibido' acknowledges the reminder; it "
               "says nothing about paying. Other.")

    reply("es", "client-reply-other", J, ("Iñaki Arregi", "inaki@labarceloneta-rest.com"), "2027-01-20 17:30", MAD,
          "Hola Jordi!!\n\nOye, ¿tienes disponibilidad para hacer las fotos de la carta de primavera? Sería para "
          "mediados de marzo, unos 20 platos más el comedor nuevo (por fin hemos terminado la obra). Si te encaja, "
          "dime presupuesto.\n\nLo de la factura lo lleva mi gestor, ya le he pasado tu correo.\n\nAbrazo,\nIñaki\n",
          inv="F26/095", amount="968,00 €", due="2026-12-31", step="reminder", client="La Barceloneta Restaurant SL",
          quote="gmail",
          note="Talks about the next shoot; the invoice was passed to his gestor. Forwarding is not paying or promising: "
               "other.")

    reply("es", "client-reply-other", L, ("Sofía Crespo", "sofia@crespoyasociados.es"), "2026-11-18 18:22", MAD,
          "¿Quedamos el jueves a las 10 en vuestra oficina para la reunión del rebranding? Llevo a Carlos y a la de "
          "producto.\n\nSofía\n",
          inv="2026-046", amount="3.025,00 €", due="2026-11-15", step="reminder", client="Crespo y Asociados SL",
          quote="gmail",
          note="Reply on the reminder thread about an unrelated meeting (wrong thread). Other.")

    reply("es", "client-reply-other", J, ("Montse Ribas", "mribas@distribucionsribas.com"), "2026-12-02 09:50", MAD,
          "Buenos días,\n\n¿quién eres? No tengo constancia de esta factura. ¿Me dices de qué trabajo es y quién te lo "
          "encargó? Llevo la administración desde hace un mes y no encuentro nada.\n\nMontse\n",
          inv="F26/090", amount="726,00 €", due="2026-11-25", step="reminder", client="Distribucions Ribas SL",
          quote="none",
          note="New administrator asks what the invoice is for. 'No tengo constancia' is not a contest (she does not say "
               "it is not owed): other.")

    reply("es", "client-reply-other", L, ("Gestoría Alba", "laura@gestoriaalba.es"), "2027-01-13 13:13", MAD,
          "Buenos días:\n\nSomos la gestoría del Sr. Ignacio Prieto. Nos ha reenviado su recordatorio. ¿Nos podría "
          "reenviar copia de todas las facturas emitidas a su nombre en el cuarto trimestre? Tenemos que cerrar el "
          "modelo 303 esta semana.\n\nGracias,\nLaura Alba\nGestoría Alba · Alcalá de Henares\n",
          inv="2026-057", amount="605,00 €", due="2026-12-31", step="reminder", client="Sr. Ignacio Prieto",
          ckind="person", quote="outlook", prefix="RE: ", fmt="html",
          note="The client's accountant asks for copies of Q4 invoices. Other (someone on the client's side, a document "
               "request).")

    # ---------------- client-reply-paid ----------------
    reply("es", "client-reply-paid", L, ("Mateo Herrera", "mateo.herrera@telefonica.net"), "2026-11-26 22:05", MAD,
          "¿Por qué me seguís reclamando esto? Lo pagué en octubre, el día 14, tengo el justificante del banco delante. "
          "Es la segunda vez que me escribís. Revisad vuestras cuentas por favor.\n\nMateo Herrera\n",
          inv="2026-037", amount="450,00 €", due="2026-10-15", step="reminder", client="Mateo Herrera", ckind="person",
          quote="outlook_old", prefix="RE: ", charset="windows-1252",
          note="Angry 'why are you chasing me' because he paid on 14 October: paid.")

    reply("es", "client-reply-paid", L, ("Encarna Soler", "administracion@grupologisticolevante.com"), "2026-12-11 13:30", MAD,
          "Estimada Sra. Martín:\n\nPor medio de la presente le comunicamos que se ha procedido al pago de la factura "
          "n.º 2026-052 por importe de 1.452,00 €, mediante transferencia bancaria con fecha valor 11/12/2026.\n\n"
          "Sin otro particular, reciba un cordial saludo.\n\nEncarna Soler\nDpto. de Administración\n"
          "Grupo Logístico Levante, S.A.\n\n" + LOPD_ES + "\n",
          inv="2026-052", amount="1.452,00 €", due="2026-12-05", step="reminder", client="Grupo Logístico Levante SA",
          quote="outlook", prefix="RE: ", fmt="alt", charset="iso-8859-1",
          labels=dict(amount="1452.00", reference="2026-052"),
          note="HUMAN THAT LOOKS AUTOMATIC: 'Por medio de la presente le comunicamos...' reads like a remittance generator, "
               "but it is a named clerk replying. Paid, amount and invoice stated.")

    reply("es", "client-reply-paid", J, ("JOSE MARI", "transportes.lizarraga@yahoo.es"), "2026-12-04 07:58", MAD,
          "PAGO REALIZADO. REF F26/087. SALUDOS\nJOSE MARI\n",
          inv="F26/087", amount="1.331,00 €", due="2026-11-30", step="due", client="Transportes Lizarraga",
          quote="none", charset="us-ascii", cte="7bit",
          labels=dict(reference="F26/087"),
          note="HUMAN THAT LOOKS AUTOMATIC: all caps, telegraphic, like a system status line, but typed by the owner of a "
               "small haulage firm. Paid.")

    bbva = ("---------- Mensaje reenviado ---------\nDe: BBVA <avisos@bbva-notificaciones.example>\n"
            "Date: jue, 10 dic 2026 a las 13:02\nSubject: Justificante de transferencia\nTo: <eva.moreno@gmail.com>\n\n\n"
            "Transferencia realizada\n\nOrdenante: EVA MORENO PASCUAL\nBeneficiario: LUCIA MARTIN\n"
            "IBAN beneficiario: ES91 2100 0418 4502 0005 1332\nImporte: 726,00 €\nConcepto: Factura 2026-047\n"
            "Fecha de ejecución: 10/12/2026\n\nPuede consultar el justificante adjunto.\n")
    reply("es", "client-reply-paid", L, ("Eva Moreno", "eva.moreno@gmail.com"), "2026-12-10 13:20", MAD,
          "Aquí lo tienes 😊\n\n" + bbva,
          inv="2026-047", amount="726,00 €", due="2026-11-30", step="reminder", client="Eva Moreno", ckind="person",
          quote=None, subject="Fwd: Justificante de transferencia",
          attachments=[attach_part("application/pdf", "justificante_transferencia.pdf", fake_pdf("BBVA"))],
          labels=dict(amount="726.00", reference="2026-047"),
          note="Forwards her bank's transfer receipt with only 'Aquí lo tienes'. The forwarded receipt is her own content "
               "(not the quoted reminder): paid, 726.00, concept 'Factura 2026-047'. New subject, no reminder quoted, but "
               "In-Reply-To points to the reminder.")

    reply("es", "client-reply-paid", J, ("Rosa Camps", "rosacamps@gmail.com"), "2026-12-12 11:44", MAD,
          "Pagado por Bizum ahora mismo, ¿te ha llegado? 🙏\n",
          inv="F26/096", amount="180,00 €", due="2026-12-10", step="due", client="Rosa Camps", ckind="person",
          quote="apple", cte="base64",
          note="Paid by Bizum just now, asks for confirmation: paid.")

    reply("es", "client-reply-paid", L, ("Beatriz Lozano", "beatriz@lozanoarquitectura.es"), "2026-11-19 17:05", MAD,
          "Transferencia realizada.\n\nPor cierto, ¿te viene bien el jueves por la tarde para revisar la web nueva? "
          "Tenemos dudas con la galería de proyectos.\n\nBea\n",
          inv="2026-042", amount="2.178,00 €", due="2026-11-15", step="reminder", client="Lozano Arquitectura SLP",
          quote="gmail",
          note="'Transferencia realizada' + unrelated meeting question: paid.")

    # ---------------- client-reply-promise ----------------
    reply("es", "client-reply-promise", L, ("Contabilidad Ebro", "contabilidad@construccionesebro.es"),
          "2027-01-14 12:00", MAD,
          "Buenos días Lucía:\n\nTu factura entra en la remesa del 25. Disculpa el retraso, en diciembre se nos "
          "quedaron varias fuera por el cierre.\n\nUn saludo\nCarmen – Contabilidad\n",
          inv="2026-053", amount="2.904,00 €", due="2026-11-30", step="reminder", client="Construcciones Ebro SL",
          quote="outlook", prefix="RE: ",
          labels=dict(promised_date="2027-01-25"),
          note="'entra en la remesa del 25' on 14 Jan = payment run of 25 January 2027: promise.")

    reply("es", "client-reply-promise", J, ("Pep Ferrer", "pep@canpep-restaurant.cat"), "2026-12-18 23:10", MAD,
          "Jordi, te lo pago a final de mes, que ahora vamos justos con las pagas extra. Perdona!\n",
          inv="F26/092", amount="544,50 €", due="2026-12-10", step="reminder", client="Restaurant Can Pep",
          quote="gmail",
          labels=dict(promised_date="2026-12-31"),
          note="'a final de mes' on 18 December = 2026-12-31. Promise.")

    reply("es", "client-reply-promise", L, ("Asociación Vecinal Las Tablas", "asociacion@avlastablas.org"),
          "2026-12-28 18:30", MAD,
          "Hola Lucía,\n\nno podemos antes del día 8, que es cuando nos ingresan la subvención del Ayuntamiento. "
          "En cuanto entre, te hacemos la transferencia.\n\nUn abrazo,\nFernando (tesorero)\n",
          inv="2026-056", amount="605,00 €", due="2026-12-15", step="reminder", client="Asociación Vecinal Las Tablas",
          quote="gmail",
          labels=dict(promised_date="2027-01-08"),
          note="'no podemos antes del día 8' written 28 December = the 8th of January 2027: promise for that date.")

    reply("es", "client-reply-promise", J, ("Xavi Bosch", "xavi@boschmobles.com"), "2026-11-27 19:12", MAD,
          "Mañana sin falta te hago la transferencia, que hoy se me ha pasado.\nXavi\n",
          inv="F26/088", amount="1.089,00 €", due="2026-11-20", step="reminder", client="Bosch Mobles SL",
          quote="apple",
          labels=dict(promised_date="2026-11-28"),
          note="'Mañana' on Friday 27 Nov = 2026-11-28 (a Saturday, but that is what he says).")

    reply("es", "client-reply-promise", L, ("Paula Serrano", "paula.serrano.psico@gmail.com"), "2026-11-20 10:08", MAD,
          "Hola Lucía, perdona! A primeros de mes te lo ingreso sin falta.\nPaula\n",
          inv="2026-045", amount="290,40 €", due="2026-11-15", step="reminder", client="Paula Serrano", ckind="person",
          quote="gmail",
          note="'a primeros de mes' is vague: promise without a date.")

    reply("es", "client-reply-promise", J, ("Marta Soler", "marta.soler@editorialtramuntana.com"), "2026-12-16 11:20", MAD,
          "Hola Jordi,\n\nya lo he visto con administración: si está todo bien (nos faltaba tu certificado de estar al "
          "corriente con Hacienda, que ya nos has mandado), sale esta semana.\n\nMarta\n",
          inv="F26/089", amount="847,00 €", due="2026-11-30", step="reminder", client="Editorial Tramuntana SL",
          quote="gmail",
          note="Follow-up to her earlier 'lo miro con administración': now the payment 'sale esta semana' — a promise, "
               "undated ('this week' is vague). The condition is a formality already met.")

    # ---------------- client-reply-dispute ----------------
    reply("es", "client-reply-dispute", L, ("Rubén Castillo", "ruben@castillofitness.es"), "2026-11-25 14:14", MAD,
          "Hola Lucía,\n\nel presupuesto que aceptamos era de 900 € + IVA, no de 1.100. ¿Me la rehaces con el importe "
          "correcto y la pagamos?\n\nRubén\n",
          inv="2026-043", amount="1.331,00 €", due="2026-11-20", step="reminder", client="Castillo Fitness SL",
          quote="gmail",
          note="Wrong amount, asks for a corrected invoice: dispute.")

    reply("es", "client-reply-dispute", J, ("Hotel Blau Mar", "direccion@hotelblaumar.com"), "2026-12-18 10:10", MAD,
          "Jordi:\n\nla F26/094 es el mismo reportaje de la terraza que ya nos facturaste en la F26/071 (y que pagamos "
          "en septiembre). Entiendo que es un error, anúlala por favor.\n\nGuillem Mas\nDirector – Hotel Blau Mar\n",
          inv="F26/094", amount="1.452,00 €", due="2026-12-15", step="due", client="Hotel Blau Mar SL",
          quote="outlook", prefix="RE: ", labels=dict(reference="F26/094"),
          note="Already billed (duplicate of F26/071, paid in September): dispute of F26/094, not 'paid'. Reference is the "
               "chased invoice.")

    reply("es", "client-reply-dispute", J, ("Editorial Tramuntana", "produccion@editorialtramuntana.com"),
          "2026-11-30 16:45", MAD,
          "Jordi,\n\nno vamos a pagar hasta que entregues las fotos en alta resolución y sin marca de agua. Las que "
          "nos mandaste son de 72 ppp y no sirven para imprenta.\n\nJoan Pons\nProducció\n",
          inv="F26/086", amount="2.420,00 €", due="2026-11-25", step="reminder", client="Editorial Tramuntana SL",
          quote="gmail",
          note="Payment withheld until the deliverable is corrected: dispute.")

    reply("es", "client-reply-dispute", L, ("Ignacio Prieto", "ignacio.prieto@prietoabogados.es"), "2026-12-02 12:33", MAD,
          "Lucía, ¿por qué me reclamas? La factura está mal: falta la retención del 15% de IRPF, y como despacho estamos "
          "obligados a practicarla. Tienes que emitir una rectificativa.\n\nIgnacio\n",
          inv="2026-048", amount="1.210,00 €", due="2026-11-30", step="reminder", client="Ignacio Prieto",
          ckind="person", quote="none",
          note="'¿Por qué me reclamas?' — because the invoice is wrong (missing withholding), asks for a corrective "
               "invoice: dispute (contrast with Mateo Herrera's angry paid mail).")

    reply("es", "client-reply-dispute", J, ("Laia Ferrer", "laia@ferrerdisseny.cat"), "2026-12-21 09:30", MAD,
          "Hola Jordi,\n\nhemos pagado 500 € a cuenta esta mañana. El resto cuando arregles lo del logo en las fotos "
          "de producto, que sigue saliendo el antiguo en la mitad.\n\nLaia\n",
          inv="F26/097", amount="1.210,00 €", due="2026-12-15", step="reminder", client="Ferrer Disseny SL",
          quote="gmail", labels=dict(amount="500.00"),
          note="Partial payment on account (500) + rest withheld until a defect is fixed: dispute.")

    # ---------------- auto-replies ----------------
    auto("es", L, ("Carlos Peña", "cpena@grupoalcor.es"), "2027-01-04 09:00", MAD,
         "Estaré fuera de la oficina hasta el lunes 11 de enero, con acceso limitado al correo.\n"
         "Para asuntos urgentes, contacte con Marta Gil (mgil@grupoalcor.es).\n\nUn saludo,\nCarlos Peña\n",
         inv="2026-058", style="outlook-es", labels=dict(return_date="2027-01-11"),
         note="'hasta el lunes 11 de enero' = back that Monday, 2027-01-11.")

    auto("es", J, ("Albert Grau", "albert@graufusteria.cat"), "2026-12-23 17:30", MAD,
         "Hola,\n\nestoy de vacaciones hasta el día de Reyes incluido. Contestaré a tu correo a la vuelta.\n\n"
         "¡Felices fiestas!\nAlbert\n",
         inv="F26/099", style="outlook-es", labels=dict(return_date="2027-01-07"),
         note="'hasta el día de Reyes incluido' = through 6 January (Epiphany), back 2027-01-07.")

    auto("es", L, ("Raquel Blanco", "raquelblanco.nutri@gmail.com"), "2026-11-27 15:40", MAD,
         "¡Hola! Estoy fuera unos días. Vuelvo el lunes y te contesto en cuanto pueda.\nRaquel\n",
         inv="2026-054", style="gmail", labels=dict(return_date="2026-11-30"),
         note="Gmail vacation responder, weekday only: 'vuelvo el lunes' on Friday 27 Nov -> 2026-11-30.")

    auto("es", J, ("Celler Mas Roig", "info@cellermasroig.cat"), "2026-12-30 10:05", MAD,
         "Oficina cerrada por vacaciones. Reabrimos el lunes 11.\n\nOficina tancada per vacances. Tornem dilluns 11.\n\n"
         "Bon Nadal i feliç any nou!\n",
         inv="F26/100", style="none", rfc3834=False, subject="Re: Factura n.º F26/100 pendiente de pago",
         labels=dict(return_date="2027-01-11"),
         note="No RFC 3834 headers, Spanish + Catalan. 'lunes 11' written on 30 Dec = Monday 11 January 2027.")

    auto("es", L, ("Irene Vázquez", "ivazquez@crespoyasociados.es"), "2026-11-16 09:15", MAD,
         "Hola:\n\nEstoy de baja por maternidad. Para cualquier asunto relacionado con proyectos, escribe a "
         "proyectos@crespoyasociados.es; para facturación, a admin@crespoyasociados.es.\n\nGracias,\nIrene\n",
         inv="2026-046", style="outlook-es",
         note="Maternity leave, no date: auto-reply, no return_date.")

    auto("es", J, ("Fotogràfica Empordà", "comandes@fotograficaemporda.com"), "2026-11-30 12:00", MAD,
         "Esta dirección de correo ya no está operativa. Por favor, diríjase a hola@fotograficaemporda.com.\n\n"
         "Aquesta adreça ja no està operativa.\n",
         inv="F26/085", style="ar-es",
         note="'Mailbox no longer in use' auto-reply (delivered; not a bounce). No date.")

    auto("es", L, ("Proveedores Grupo Hostelero Atlántico", "proveedores@grupoatlantico.es"), "2026-12-11 08:00", MAD,
         "Estimado proveedor:\n\nHemos recibido su correo. Le informamos de que los pagos a proveedores se realizan "
         "los días 10 y 25 de cada mes, siempre que la factura esté conformada por el departamento solicitante.\n\n"
         "Para consultar el estado de sus facturas, acceda al portal de proveedores con su usuario.\n\n"
         "Este es un mensaje automático. Por favor, no responda a este correo.\n",
         inv="2026-059", style="ack", subject="Acuse de recibo – Factura n.º 2026-059 pendiente de pago",
         note="AP auto-acknowledgement stating the general payment days (10th and 25th): boilerplate terms, not a promise "
              "about this invoice. Auto-reply.")

    auto("es", J, ("Soporte Coworking Poblenou", "soporte@coworkingpoblenou.freshdesk.example"), "2026-12-04 16:20", MAD,
         "Hola,\n\nHemos recibido tu solicitud y la hemos registrado con el número #4821. Nuestro equipo te responderá "
         "lo antes posible (normalmente en 24-48 horas laborables).\n\nPuedes consultar el estado en cualquier momento "
         "desde el portal de soporte.\n\nUn saludo,\nEquipo de Coworking Poblenou\n",
         inv="F26/102", style="ticket", subject="[#4821] Factura n.º F26/102 pendiente de pago",
         extra=[("X-Freshdesk-Ticket", "4821")], fmt="alt",
         note="Help-desk ticket acknowledgement (Freshdesk): auto-reply, no date.")

    auto("es", L, ("Guacimara Rodríguez", "guacimara@turismorural-tenerife.es"), "2026-12-21 07:10", CAN,
         "Buenos días:\n\nEstaré de vacaciones del 21 de diciembre al 10 de enero. Durante ese periodo no revisaré el "
         "correo.\n\nGracias y felices fiestas,\nGuacimara Rodríguez\nTurismo Rural Tenerife\n",
         inv="2026-060", style="outlook-es", labels=dict(return_date="2027-01-11"),
         note="Canary Islands time zone. 'del 21 de diciembre al 10 de enero' = away through Sunday 10 Jan, back "
              "2027-01-11.")

    auto("es", J, ("Oriol Castells", "oriol@castellsarquitectes.cat"), "2026-12-22 18:00", MAD,
         "Estic fora de l'oficina fins al 7 de gener.\nEstoy fuera de la oficina hasta el 7 de enero.\n\nOriol Castells\n",
         inv="F26/101", style="outlook-es", labels=dict(return_date="2027-01-07"),
         note="Catalan + Spanish OOO, labelled es. 'hasta el 7 de enero' = back 2027-01-07.")

    auto("es", L, ("Diego Ortega", "dortega@ortegaimportaciones.com"), "2026-12-22 13:00", MAD,
         "Gracias por su mensaje. Me encuentro fuera de la oficina. A partir del día 8 estaré de vuelta y le "
         "responderé lo antes posible.\n\nDiego Ortega\n",
         inv="2026-061", style="outlook-es", charset="iso-8859-1",
         labels=dict(return_date="2027-01-08"),
         note="'A partir del día 8' written 22 Dec = 8 January 2027.")

    auto("es", J, ("Gemma Puyol", "gemma.puyol@hotelblaumar.com"), "2027-01-08 09:30", MAD,
         "Estaré fuera hasta el 15/01. Para temas urgentes: administracion@hotelblaumar.com\n",
         inv="F26/091", style="outlook-es", labels=dict(return_date="2027-01-15"),
         note="'hasta el 15/01' = until 15 January: return 2027-01-15 (same convention as 'hasta el lunes').")

    auto("es", L, ("Estudio Lorca Abogados", "recepcion@lorcaabogados.es"), "2026-12-05 10:00", MAD,
         "Les informamos de que la oficina permanecerá cerrada del 5 al 8 de diciembre, ambos incluidos, con motivo "
         "del puente de la Constitución. Atenderemos su consulta a partir de nuestra reapertura.\n\n"
         "Estudio Lorca Abogados\n",
         inv="2026-062", style="outlook-es", fmt="html",
         html_body="<div style=\"font-family:Arial;font-size:10pt\"><p>Les informamos de que la oficina permanecerá "
                   "cerrada <b>del 5 al 8 de diciembre, ambos incluidos</b>, con motivo del puente de la Constitución. "
                   "Atenderemos su consulta a partir de nuestra reapertura.</p><p>Estudio Lorca Abogados</p></div>",
         labels=dict(return_date="2026-12-09"),
         note="HTML-only. Closed 5–8 December inclusive: back 2026-12-09.")

    # ---------------- machine mail ----------------
    machine("es", "payment-notification", ("CaixaBank", "notificaciones@caixabank-avisos.example"),
            "lucia@martinestudio.es", "2026-11-21 10:12", MAD, "Has recibido un Bizum",
            "Hola LUCIA,\n\nHas recibido un Bizum de 85,00 € de ÁLVARO GÓMEZ.\nConcepto: fra 2026-044 parte\n\n"
            "El importe ya está disponible en tu cuenta ****1332.\n\nCaixaBank\n",
            fmt="alt", cte="base64", labels=dict(amount="85.00", reference="2026-044"),
            note="Incoming Bizum from a client: payment-notification (partial amount, the notice only states what came in).")

    machine("es", "other", ("FACe - Punto General de Entrada de Facturas", "no-reply@face.gob.es"),
            "lucia@martinestudio.es", "2026-12-14 11:02", MAD, "FACe: cambio de estado de la factura 2026-050",
            "Le informamos de que la factura con número 2026-050 y número de registro REGAGE26e00048213771 presentada a "
            "AYUNTAMIENTO DE TRES CANTOS ha cambiado de estado.\n\nEstado: Registrada en RCF\n"
            "Fecha: 14/12/2026 11:01\n\nEste correo se ha generado automáticamente. No responda a este mensaje.\n",
            note="FACe status change (registered in the accounting registry): e-invoicing notice, not a payment. Other.")

    dsn("es", L, "2026-12-02 10:20", MAD, mta_from="Mail Delivery System <Mailer-Daemon@mail.martinestudio.es>",
        subject="Warning: message 1pQx7L-0004Rt-2C delayed 24 hours",
        human=("This message was created automatically by mail delivery software.\nA message that you sent has not yet "
               "been delivered to one or more of its\nrecipients after more than 24 hours on the queue on "
               "mail.martinestudio.es.\n\nThe message identifier is:     1pQx7L-0004Rt-2C\nThe subject of the message "
               "is: Factura n.º 2026-051 pendiente de pago\nThe date of the message is:    Tue, 01 Dec 2026 10:15:02 +0100\n\n"
               "The address to which the message has not yet been delivered is:\n\n  reformasgarcia@telefonica.net\n"
               "    host mx.telefonica.net [80.58.61.250]\n    Delay reason: SMTP error from remote mail server after "
               "RCPT TO:<reformasgarcia@telefonica.net>:\n    451 4.7.1 Greylisted, please try again later\n\n"
               "No action is required on your part. Delivery attempts will continue for\nsome time, and this warning may "
               "be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will "
               "give up,\nand when that happens, the message will be returned to you.\n"),
        reporting_mta="mail.martinestudio.es", recipient="reformasgarcia@telefonica.net", action="delayed",
        status="4.7.1", diag="451 4.7.1 Greylisted, please try again later", remote_mta="mx.telefonica.net",
        orig_subject="Factura n.º 2026-051 pendiente de pago", orig_date="2026-12-01 10:15", permanent=False,
        inv="2026-051", extra=[("X-Failed-Recipients", "reformasgarcia@telefonica.net")],
        note="Exim delay warning (451 greylisting): temporary bounce, permanent = false.")

    dsn("es", J, "2026-12-09 12:44", MAD, mta_from="Administrador del sistema <postmaster@correo.hostalia.example>",
        subject="Mensaje no entregado: Factura n.º F26/093 pendiente de pago",
        human=("No se ha podido entregar su mensaje a los siguientes destinatarios:\n\n"
               "      estudi@nuriavidal-interiors.com\n\nEl buzón de destino no existe o ha sido dado de baja. Compruebe la "
               "dirección e inténtelo de nuevo.\n\nError del servidor remoto: 550 5.1.1 <estudi@nuriavidal-interiors.com>: "
               "El buzón no existe\n"),
        reporting_mta="correo.hostalia.example", recipient="estudi@nuriavidal-interiors.com", action="failed",
        status="5.1.1", diag="550 5.1.1 <estudi@nuriavidal-interiors.com>: El buzon no existe",
        orig_subject="Factura n.º F26/093 pendiente de pago", orig_date="2026-12-09 12:43", permanent=True,
        inv="F26/093", headers_only=False,
        orig_body=reminder_text("es", "reminder", J, "Núria Vidal", "person", "F26/093", "605,00 €", "2026-12-05"),
        note="Spanish hosting provider's bounce, mailbox does not exist: permanent.")

    machine("es", "other", ("Bizum – Sabadell", "alertas@bancsabadell-avisos.example"), "jordi@puigfoto.cat",
            "2027-01-16 22:40", MAD, "Has enviado un Bizum",
            "Has enviado un Bizum de 12,50 € a PABLO ROCA.\nConcepto: cena sábado 🍕\n\nBanc Sabadell\n",
            note="Outgoing Bizum between friends (money OUT, not related to any invoice): other.")


def english():
    # ---------------- client-reply-other ----------------
    reply("en", "client-reply-other", T, ("Niamh Kelly", "niamh@harbourlanecoffee.ie"), "2026-11-25 11:20", DUB,
          "Hi Tom,\n\nWhich account should this go to? The invoice has your AIB details but the email you sent in the "
          "summer had a Revolut IBAN in the signature. Don't want to send it to the wrong place!\n\nNiamh\n",
          inv="INV-2026-047", amount="€615.00", due="2026-11-20", step="reminder", client="Harbour Lane Coffee Ltd",
          quote="gmail",
          note="Asks which bank account to use. Implied intent, no commitment or date: other.")

    reply("en", "client-reply-other", T, ("Jason Whitaker", "jwhitaker@northwindanalytics.com"), "2026-12-03 14:12", NY,
          "Hey Tom,\n\nquick q — is this inclusive of VAT? We're a US company so not sure how that works on your side. "
          "Also do you need a W-8BEN from us or is it the other way round? Our AP team is asking.\n\nThanks,\nJason\n\n"
          "Jason Whitaker | Head of Brand\nNorthwind Analytics, Inc. | 200 Park Ave S, New York, NY\n",
          inv="INV-2026-049", amount="$2,400.00", due="2026-11-30", step="due", client="Northwind Analytics, Inc.",
          quote="gmail", fmt="alt", cte="base64",
          note="US client asks about VAT and tax forms; no claim: other.")

    reply("en", "client-reply-other", S, ("Gavin Price", "gavin.price@plumtreehomes.co.uk"), "2026-11-12 09:44", LON,
          "Received, thanks – passed to AP (cc'd).\n\nGavin\n\nGavin Price | Marketing Director\nPlumtree Homes Ltd\n\n"
          + DISCL_EN + "\n",
          inv="SO-045", amount="£1,800.00", due="2026-11-15", issue="2026-10-16", step="courtesy",
          client="Plumtree Homes Ltd", quote="outlook", prefix="RE: ", cc="Accounts Payable <ap@plumtreehomes.co.uk>",
          note="Acknowledges a courtesy note and hands it to AP: other.")

    reply("en", "client-reply-other", T, ("Orla Gallagher", "orla@gallagherlaw.ie"), "2026-12-01 16:02", DUB,
          "Hi Tom,\n\nThanks for the nudge. I'll check with finance and come back to you.\n\nKind regards,\nOrla\n\n"
          "Orla Gallagher\nPartner | Gallagher & Co. Solicitors\n14 South Mall, Cork\n\n" + DISCL_EN + "\n",
          inv="INV-2026-048", amount="€1,845.00", due="2026-11-25", step="reminder", client="Gallagher & Co. Solicitors",
          quote="outlook", prefix="RE: ", fmt="alt",
          note="'I'll check with finance and come back to you' = check, not pay. Not a promise: other (contrast with "
               "'I'll check with accounts and make sure it's paid this week', a promise).")

    reply("en", "client-reply-other", S, ("Harriet Lowe", "harriet@saltmarshgin.co.uk"), "2026-12-08 12:31", LON,
          "Please stop emailing me about this. I left Saltmarsh Gin in October. Try accounts@saltmarshgin.co.uk.\n",
          inv="SO-046", amount="£960.00", due="2026-11-30", step="reminder", client="Saltmarsh Gin Co.",
          quote="none", mua="apple",
          note="A former employee, by hand, asks to be taken off: other (not an auto-reply, no auto headers).")

    reply("en", "client-reply-other", T, ("Ciarán Ó Murchú", "ciaran@brightwaterfestival.ie"), "2027-01-12 10:05", DUB,
          "Tom, can we jump on a call Thursday? Few things to go through incl. this and the 2027 poster brief.\n"
          "Any time after 2 works.\n\nC.\n\nSent from my iPhone\n",
          inv="INV-2026-054", amount="€2,460.00", due="2026-12-31", step="reminder", client="Brightwater Festival CLG",
          quote="apple",
          note="Asks for a call that will include the invoice; no claim: other.")

    reply("en", "client-reply-other", S, ("Jo Whitley", "jo@jowhitley.com"), "2027-01-19 20:40", LON,
          "Hi Sarah!\n\nHappy new year! Are you around in March? We're planning the spring campaign for the shop — "
          "probably a new About page, three product descriptions and a launch email, maybe the Instagram captions too "
          "if you fancy it. I'd love to keep the voice we did last time, people really responded to it.\n\n"
          "(and yes I've seen the invoice reminder, sorry!! January has been a lot)\n\nJo x\n",
          inv="SO-050", amount="£420.00", due="2026-12-31", step="reminder", client="Jo Whitley", ckind="person",
          quote="gmail",
          note="Chat about new work; the only invoice sentence is an apology ('I've seen the reminder, sorry!') with no "
               "undertaking to pay: other.")

    reply("en", "client-reply-other", T, ("Declan Moriarty", "declan.moriarty@kerryoutdoor.ie"), "2026-12-07 11:48", DUB,
          "Dave – is this one of yours? I don't have a PO against it.\n\nDeclan\n",
          inv="INV-2026-050", amount="€980.00", due="2026-11-30", step="reminder", client="Kerry Outdoor Ltd",
          quote="outlook", prefix="RE: ", to="Dave Sheehan <dave.sheehan@kerryoutdoor.ie>",
          cc=hdr_addr("Tom Byrne", "tom@byrnedesign.ie"),
          note="Reply-all asking a colleague (Tom in cc) whether the invoice is his. Internal question: other.")

    reply("en", "client-reply-other", S, ("Meridian AP Support", "apsupport@meridianhealth.zendesk.example"),
          "2026-12-14 15:36", LON,
          "##- Please type your reply above this line -##\n\n"
          "Priya Shah (Accounts Payable)\n\nDec 14, 2026, 15:36 GMT\n\nHi Sarah,\n\nThanks for your email. We can't "
          "match invoice SO-048 to a purchase order in our system. Could you reissue it quoting the PO number "
          "(it should start with 4500...)? Without it the system won't release it for payment.\n\nBest wishes,\n"
          "Priya\n\n--------------------------------\n\nThis email is a service from Meridian AP Support. "
          "[Ticket #30877]\n",
          inv="SO-048", amount="£2,250.00", due="2026-12-10", step="reminder", client="Meridian Health Partners LLP",
          quote=None, subject="[Meridian AP Support] Re: Reminder: invoice SO-048",
          extra=[("X-Mailer", "Zendesk Mailer"), ("Auto-Submitted", "auto-generated")],
          labels=dict(reference="SO-048"),
          note="HUMAN THAT LOOKS AUTOMATIC: delivered by a help-desk system (Zendesk furniture, ticket number, even "
               "'Auto-Submitted: auto-generated' as Zendesk sets on agent replies), but the content is an agent's own "
               "reply asking for a PO number. A PO request is an admin question, not a dispute: other.")

    reply("en", "client-reply-other", T, ("Finance Team", "finance@corrib-digital.ie"), "2026-11-19 09:15", DUB,
          "Hello Tom,\n\nCould you upload this invoice to our supplier portal (Coupa)? Since 1 October we no longer "
          "process invoices sent by email. You should have had an invitation to register — if not, let me know and "
          "I'll resend it.\n\nThanks,\nRuth\nFinance Team | Corrib Digital\n",
          inv="INV-2026-046", amount="€1,107.00", due="2026-11-15", step="reminder", client="Corrib Digital Ltd",
          quote="outlook", prefix="RE: ",
          note="Asks to submit through the supplier portal: other.")

    reply("en", "client-reply-other", S, ("AP Team", "accounts.payable@hollandbarrow-group.co.uk"), "2026-12-02 08:03", LON,
          EXTERNAL_EN + "\n\nAcknowledged.\n\nAP Team\nHolland Barrow Group plc\n\n" + DISCL_EN + "\n",
          inv="SO-049", amount="£3,120.00", due="2026-11-30", step="due", client="Holland Barrow Group plc",
          quote="outlook", prefix="RE: ", subject="RE: [EXTERNAL] Invoice SO-049 is now due", fmt="alt",
          note="HUMAN THAT LOOKS AUTOMATIC: an external-mail banner, a team signature and a disclaimer around one word, "
               "'Acknowledged.' No auto headers; a clerk acknowledging receipt. Other.")

    reply("en", "client-reply-other", T, ("Aoife Brennan", "aoife.brennan@eircom.net"), "2026-11-30 21:22", DUB,
          "Hi Tom, sorry, could you send it again as a PDF? The link in your first email has expired and I can't open "
          "it on the phone either. Thanks a million, Aoife\n",
          inv="INV-2026-051", amount="€350.00", due="2026-11-25", step="reminder", client="Aoife Brennan",
          ckind="person", quote="none", cte="base64",
          note="Asks to resend the invoice: other.")

    reply("en", "client-reply-other", S, ("Rob Tennant", "rob@tennantbikes.co.uk"), "2026-11-26 13:00", LON,
          "Hi Sarah,\n\nWho should I make it out to — you or Okafor Copy Ltd? Our bank does that name-check thing "
          "(Confirmation of Payee) and I don't want it bouncing.\n\nRob\n",
          inv="SO-044", amount="£640.00", due="2026-11-20", step="reminder", client="Tennant Bikes", quote="gmail",
          note="Question about the payee name for Confirmation of Payee: other.")

    reply("en", "client-reply-other", T, ("Sinéad Walsh", "sinead@walshevents.ie"), "2026-12-09 17:33", DUB,
          "Hi Sandra,\n\nSee below the catering quote for the launch. They need a deposit by Friday, can you approve?\n\n"
          "- Canapés for 120: €2,160\n- Prosecco reception: €840\n- Staff (4 x 5 hrs): €600\n\nThanks!\nSinéad\n",
          inv="INV-2026-053", amount="€1,230.00", due="2026-12-05", step="reminder", client="Walsh Events Ltd",
          quote="gmail",
          note="Sent to the wrong person on the wrong thread ('Hi Sandra', catering quote). Amounts are not about Tom's "
               "invoice: other, no amount.")

    # ---------------- client-reply-paid ----------------
    reply("en", "client-reply-paid", S, ("Meridian AP Support", "apsupport@meridianhealth.zendesk.example"),
          "2027-01-12 16:10", LON,
          "##- Please type your reply above this line -##\n\nYour request (#30877) has been updated. To add additional "
          "comments, reply to this email.\n\n----------------------------------------------\n\n"
          "Marta Kowalska (Accounts Payable)\n\nJan 12, 2027, 16:10 GMT\n\nHi Sarah,\n\nThanks for the reissued invoice "
          "with the PO. Payment of SO-048 was processed today and should reach your account within 3 working days.\n\n"
          "Kind regards,\nMarta\n\n--------------------------------\n\nThis email is a service from Meridian AP Support.\n",
          inv="SO-048", amount="£2,250.00", due="2026-12-10", step="reminder", client="Meridian Health Partners LLP",
          quote=None, subject="[Meridian AP Support] Re: Reminder: invoice SO-048", qdate="2027-01-08 09:02",
          extra=[("X-Mailer", "Zendesk Mailer"), ("Auto-Submitted", "auto-generated")], fmt="alt",
          labels=dict(reference="SO-048"),
          note="HUMAN THAT LOOKS AUTOMATIC: Zendesk 'Your request has been updated' wrapper, but the comment is a named "
               "AP agent saying payment was processed today: paid. 'should reach your account within 3 working days' "
               "is arrival, not a promise.")

    reply("en", "client-reply-paid", T, ("Sinéad Walsh", "sinead@walshevents.ie"), "2026-12-10 08:47", DUB,
          "Hi Tom,\n\nI'm travelling this week with limited access to email, but just to say the transfer went out "
          "this morning – sorry it took so long, and sorry about the stray catering email yesterday!\n\nSinéad\n\n"
          "Sent from Outlook for iOS\n",
          inv="INV-2026-053", amount="€1,230.00", due="2026-12-05", step="reminder", client="Walsh Events Ltd",
          quote="outlook", prefix="RE: ", mua="outlook",
          note="HUMAN THAT LOOKS AUTOMATIC: opens with an OOO-style line ('travelling with limited access to email') "
               "but is personal: the transfer went out this morning. Paid.")

    reply("en", "client-reply-paid", S, ("Nigel Fairbrother", "nigel@fairbrotherjoinery.co.uk"), "2026-11-18 10:51", LON,
          "Why am I still getting these? We paid this in August. This is the third reminder and frankly it's getting a "
          "bit much. Please check your records.\n\nNigel Fairbrother\nFairbrother Joinery\n",
          inv="SO-039", amount="£1,150.00", due="2026-08-15", step="reminder", client="Fairbrother Joinery",
          quote="outlook_old", prefix="RE: ", charset="windows-1252",
          note="Angry 'why are you chasing me' because it was paid in August: paid.")

    reply("en", "client-reply-paid", T, ("Conor Doyle", "conor.doyle@corrib-digital.ie"), "2026-12-11 13:25", DUB,
          "Sorted – it went in yesterday's payment run. Should be with you Monday.\n\nConor\n",
          inv="INV-2026-046", amount="€1,107.00", due="2026-11-15", step="reminder", client="Corrib Digital Ltd",
          quote="outlook", prefix="RE: ",
          note="'Sorted – it went in yesterday's payment run' = paid; 'should be with you Monday' is when it arrives, not "
               "a promise to pay.")

    reply("en", "client-reply-paid", T, ("Jason Whitaker", "jwhitaker@northwindanalytics.com"), "2026-12-09 15:48", NY,
          "Tom — wire sent today, $2,400. Can you confirm receipt when it lands? Our AP wants a confirmation for the "
          "file.\n\nJ.\n",
          inv="INV-2026-049", amount="$2,400.00", due="2026-11-30", step="reminder", client="Northwind Analytics, Inc.",
          quote="gmail", labels=dict(amount="2400.00", currency="USD"),
          note="Wire sent today for $2,400 (USD): paid.")

    reply("en", "client-reply-paid", S, ("Accounts – Tennant Bikes", "accounts@tennantbikes.co.uk"), "2026-12-04 11:30", LON,
          "Hi Sarah,\n\nWe paid last week, can you check it arrived? Our reference is PAY-88213.\n\nThanks\nKaren\n",
          inv="SO-044", amount="£640.00", due="2026-11-20", step="reminder", client="Tennant Bikes", quote="gmail",
          note="Paid last week + 'can you check it arrived?': paid.")

    # ---------------- client-reply-promise ----------------
    reply("en", "client-reply-promise", T, ("Emer Fitzgerald", "emer.fitzgerald@kerryoutdoor.ie"), "2026-12-18 16:45", DUB,
          "Hi Tom,\n\nI'm off from tomorrow until 4 Jan. Before I go: I've approved INV-2026-052 and it'll go out in the "
          "8 January payment run.\n\nHappy Christmas!\nEmer\n",
          inv="INV-2026-052", amount="€1,660.00", due="2026-12-15", step="reminder", client="Kerry Outdoor Ltd",
          quote="outlook", prefix="RE: ",
          labels=dict(promised_date="2027-01-08", reference="INV-2026-052"),
          note="HUMAN THAT LOOKS AUTOMATIC: starts like an OOO ('off from tomorrow until 4 Jan') but is a personal reply. "
               "The date that matters is the payment run, 8 January 2027, not her return.")

    reply("en", "client-reply-promise", S, ("Maya Patel", "maya@patelandpine.co.uk"), "2027-01-12 12:02", LON,
          "Hi Sarah,\n\nHonestly we can't pay before the 28th — that's when our own client pays us. It'll go out that "
          "day.\n\nMaya\n",
          inv="SO-052", amount="£1,380.00", due="2026-12-31", step="reminder", client="Patel & Pine Ltd",
          quote="gmail", labels=dict(promised_date="2027-01-28"),
          note="'can't pay before the 28th' + 'it'll go out that day': promise for 2027-01-28.")

    reply("en", "client-reply-promise", T, ("Accounts – Harbour Lane", "accounts@harbourlanecoffee.ie"), "2026-11-27 09:40", DUB,
          "Hi Tom,\n\nThis will go out with next week's payment run.\n\nRegards\nAccounts\n",
          inv="INV-2026-047", amount="€615.00", due="2026-11-20", step="reminder", client="Harbour Lane Coffee Ltd",
          quote="outlook", prefix="RE: ",
          note="'next week's payment run' is vague: promise without date.")

    reply("en", "client-reply-promise", S, ("Tom Hargreaves", "tom@hargreavesandco.co.uk"), "2026-12-02 10:10", LON,
          "Sarah, apologies. I'll check with accounts and make sure it's paid this week.\n\nTom\n",
          inv="SO-047", amount="£780.00", due="2026-11-25", step="reminder", client="Hargreaves & Co", quote="gmail",
          note="'I'll check with accounts AND make sure it's paid this week' is an undertaking to pay: promise, undated "
               "('this week' is vague). Contrast: 'I'll check with finance and come back to you' (other).")

    reply("en", "client-reply-promise", T, ("Fiona Nash", "fiona@nashceramics.ie"), "2026-12-21 22:14", DUB,
          "Paying tomorrow, promise! Sorry Tom, Christmas chaos here 🎄\n",
          inv="INV-2026-055", amount="€420.00", due="2026-12-15", step="reminder", client="Fiona Nash", ckind="person",
          quote="apple", labels=dict(promised_date="2026-12-22"),
          note="'Paying tomorrow' on Monday 21 Dec -> 2026-12-22.")

    reply("en", "client-reply-promise", S, ("Ben Ashworth", "ben@ashworthstudio.co.uk"), "2027-01-06 14:30", LON,
          "Hi Sarah,\n\nPaid SO-054 this morning, sorry for the wait. SO-055 will be paid by the 15th.\n\nBen\n",
          inv="SO-055", amount="£900.00", due="2026-12-31", step="reminder", client="Ashworth Studio", quote="gmail",
          labels=dict(promised_date="2027-01-15", reference="SO-055"),
          note="Two invoices: one paid, the other promised by the 15th -> promise (2027-01-15). Reference is the chased "
               "invoice SO-055, which the promise is about.")

    # ---------------- client-reply-dispute ----------------
    reply("en", "client-reply-dispute", T, ("Eoin Farrell", "eoin.farrell@farrellmedia.ie"), "2027-01-05 09:20", DUB,
          "Hi Tom,\n\nSorry about the autoreply, back now. Looking at INV-2026-038: it bills 12 days but the SOW we "
          "signed says 10. Can you check and send a corrected one?\n\nEoin\n",
          inv="INV-2026-038", amount="€5,400.00", due="2026-12-15", step="reminder", client="Farrell Media Ltd",
          quote="outlook", prefix="RE: ", qdate="2026-12-22 09:02",
          labels=dict(reference="INV-2026-038"),
          note="Human reply that mentions his earlier auto-reply. Contests the number of days billed: dispute.")

    reply("en", "client-reply-dispute", T, ("Katrin Vogel", "k.vogel@fennick.de"), "2026-12-07 10:12", BER,
          "Dear Tom,\n\nwhy are you chasing us? The invoice is wrong — you charged Irish VAT at 23%, but we are a "
          "German business with a valid VAT number, so reverse charge applies. Please send a credit note and a "
          "corrected invoice, and we will process it.\n\nBest regards\nKatrin Vogel\nFennick GmbH\n",
          inv="INV-2026-056", amount="€2,214.00", due="2026-11-30", step="reminder", client="Fennick GmbH",
          quote="outlook", prefix="AW: ",
          note="German client, 'AW:' prefix. 'Why are you chasing us' because the invoice is wrong (VAT): dispute.")

    reply("en", "client-reply-dispute", S, ("Claire Beaumont", "claire@beaumontwellbeing.co.uk"), "2026-12-03 18:05", LON,
          "Hi Sarah,\n\nWe asked for a credit note for the cancelled workshop day back in November — this invoice "
          "still has it on. Could you sort that first?\n\nThanks\nClaire\n",
          inv="SO-053", amount="£1,350.00", due="2026-11-30", step="reminder", client="Beaumont Wellbeing Ltd",
          quote="gmail",
          note="Wants a credit note for a cancelled day still billed: dispute.")

    reply("en", "client-reply-dispute", T, ("Ciarán Ó Murchú", "ciaran@brightwaterfestival.ie"), "2026-12-16 12:12", DUB,
          "Tom, we'll hold payment until the final print files are delivered — we still only have the proofs, and the "
          "printer needs them by the 20th.\n\nCiarán\n",
          inv="INV-2026-054", amount="€2,460.00", due="2026-12-31", issue="2026-12-01", step="courtesy",
          client="Brightwater Festival CLG", quote="gmail",
          note="Payment held until deliverables arrive: dispute. (The 20th is the printer's deadline, not a payment date.)")

    reply("en", "client-reply-dispute", S, ("Will Grant", "will@grantandhale.co.uk"), "2026-12-09 16:40", LON,
          "Sarah,\n\nWe've paid £600 of it today. The remaining £300 relates to the extra round of edits, which we "
          "never agreed to, so we won't be paying that part.\n\nWill\n",
          inv="SO-043", amount="£900.00", due="2026-11-30", step="reminder", client="Grant & Hale LLP", quote="outlook",
          prefix="RE: ", labels=dict(amount="600.00", currency="GBP"),
          note="Partial payment (£600) + refusal of the rest: dispute. Amount = what they paid, in GBP.")

    # ---------------- auto-replies ----------------
    auto("en", T, ("Mark Dempsey", "mark.dempsey@harbourlanecoffee.ie"), "2026-12-21 08:30", DUB,
         "Thank you for your email. I'm out of the office until Monday 4 January with limited access to email.\n"
         "For anything urgent please contact accounts@harbourlanecoffee.ie.\n\nMark\n",
         inv="INV-2026-057", style="outlook-en", labels=dict(return_date="2027-01-04"),
         note="'until Monday 4 January' = back 2027-01-04.")

    auto("en", T, ("Rachel Kim", "rkim@northwindanalytics.com"), "2026-12-23 17:05", NY,
         "Hi there,\n\nI'm OOO for the holidays, returning 1/4. For anything urgent please reach out to "
         "ap@northwindanalytics.com.\n\nHappy holidays!\nRachel\n",
         inv="INV-2026-058", style="outlook-en", labels=dict(return_date="2027-01-04"),
         note="US sender (America/New_York): '1/4' is month/day = 4 January 2027, not 1 April.")

    auto("en", S, ("Lucy Marsh", "lucy@marshandfield.co.uk"), "2026-12-24 10:12", LON,
         "Hi! I'm away over Christmas. Back January 7th — I'll reply then. Merry Christmas!\nLucy\n",
         inv="SO-056", style="gmail", labels=dict(return_date="2027-01-07"),
         note="Gmail vacation responder: 'Back January 7th' = 2027-01-07.")

    auto("en", T, ("Paddy Quinn", "paddy@quinnbrewing.ie"), "2026-12-22 12:00", DUB,
         "I'm away until and including the 6th of January. Your email will be read when I'm back.\n\nPaddy\n",
         inv="INV-2026-059", style="outlook-en", labels=dict(return_date="2027-01-07"),
         note="'until and including the 6th of January' = back 2027-01-07.")

    auto("en", S, ("Hannah Reid", "hannah.reid@plumtreehomes.co.uk"), "2026-12-21 09:00", LON,
         "I'm on leave from 21 December, back on the 4th. If your email is about an invoice, please contact "
         "ap@plumtreehomes.co.uk.\n\nHannah\n",
         inv="SO-057", style="outlook-en", labels=dict(return_date="2027-01-04"),
         note="'back on the 4th' written 21 December = 4 January 2027.")

    auto("en", T, ("Gallagher & Co. Solicitors", "m.oleary@gallagherlaw.ie"), "2026-11-20 10:00", DUB,
         "Please note that Mary O'Leary no longer works at Gallagher & Co. Solicitors. This mailbox is not monitored.\n"
         "Please direct your enquiry to reception@gallagherlaw.ie or call +353 21 455 0120.\n\n" + DISCL_EN + "\n",
         inv="INV-2026-044", style="outlook-en",
         note="'No longer works here' auto-reply (delivered, so not a bounce). No date.")

    auto("en", S, ("Accounts Payable", "ap@hollandbarrow-group.co.uk"), "2026-11-27 07:00", LON,
         "Thank you for contacting Holland Barrow Group Accounts Payable.\n\nThis is an automated response to let you "
         "know we have received your email. Supplier invoices are paid in our fortnightly payment run on Thursdays, "
         "once they have been approved and matched to a purchase order. Please allow up to 5 working days for a "
         "reply.\n\nPlease do not reply to this message.\n",
         inv="SO-049", style="none", subject="Thank you for contacting Accounts Payable",
         note="AP auto-acknowledgement describing the general payment-run schedule: boilerplate, not a promise for this "
              "invoice. Auto-reply.")

    auto("en", T, ("Brightwater Support", "support@brightwaterfestival.zendesk.example"), "2026-12-02 11:30", DUB,
         "##- Please type your reply above this line -##\n\nYour request (#12931) has been received and is being "
         "reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n"
         "This email is a service from Brightwater Festival Support.\n",
         inv="INV-2026-054", style="none", subject="[Brightwater Festival] Request received: Reminder: invoice INV-2026-054",
         extra=[("X-Mailer", "Zendesk Mailer")],
         note="Zendesk 'request received' ticket acknowledgement, no agent comment: auto-reply (compare the Meridian "
              "Zendesk messages that carry a human agent's comment).")

    auto("en", S, ("Daniel Osei", "daniel@oseiproperty.com"), "2026-11-10 14:22", LON,
         "I'm currently travelling with limited access to email and will reply when I can.\n\nDaniel\n",
         inv="SO-041", style="none", rfc3834=False, subject="Re: Reminder: invoice SO-041",
         note="OOO without any auto headers and with no date: auto-reply, no return_date.")

    auto("en", S, ("Kate Lyons", "kate@lyonsandbird.org.uk"), "2027-02-04 09:10", LON,
         "Thanks for your message. I work part-time (Monday to Wednesday) and will pick up your email when I'm back on "
         "Monday.\n\nKate Lyons\nDevelopment Manager, Lyons & Bird Trust\n",
         inv="SO-058", style="outlook-en", labels=dict(return_date="2027-02-08"),
         note="Part-timer's auto-reply on Thursday 4 Feb: 'back on Monday' = 2027-02-08.")

    auto("en", T, ("Katrin Vogel", "k.vogel@fennick.de"), "2026-12-23 09:00", BER,
         "Ich bin bis einschließlich Dienstag, 5. Januar, nicht im Büro. In dringenden Fällen wenden Sie sich bitte "
         "an office@fennick.de.\n\nI am out of the office until and including Tuesday 5 January. For urgent matters "
         "please contact office@fennick.de.\n\nKatrin Vogel\n",
         inv="INV-2026-060", style="de", labels=dict(return_date="2027-01-06"),
         note="German/English Abwesenheitsnotiz (labelled en). 'until and including Tuesday 5 January' = back "
              "2027-01-06.")

    auto("en", T, ("Kerry Outdoor Invoices", "invoices.old@kerryoutdoor.ie"), "2026-11-16 08:00", DUB,
         "This mailbox is no longer monitored. Please send invoices to invoices@kerryoutdoor.ie.",
         inv="INV-2026-045", style="outlook-en", fmt="html",
         html_body="<table width=\"100%\" style=\"font-family:Segoe UI,Arial;font-size:13px\"><tr><td style=\"background:"
                   "#1d5c3a;color:#fff;padding:8px\"><b>Kerry Outdoor Ltd</b></td></tr><tr><td style=\"padding:12px\">"
                   "This mailbox is no longer monitored.<br>Please send invoices to <a href=\"mailto:invoices@kerryoutdoor.ie\">"
                   "invoices@kerryoutdoor.ie</a>.</td></tr></table>",
         note="HTML-only 'mailbox no longer monitored' auto-reply: no date.")

    auto("en", S, ("Prof. Alan Meyers", "a.meyers@kestrelresearch.org.uk"), "2026-11-24 11:40", LON,
         "I am on sabbatical until March 2027 and checking email only occasionally. For invoices and administrative "
         "matters please contact admin@kestrelresearch.org.uk.\n\nAlan Meyers\n",
         inv="SO-042", style="ooo", rfc3834=False, extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
         note="Old-style 'Out of Office:' with X-Autoreply instead of Auto-Submitted. 'until March 2027' has no day: "
              "no return_date.")

    auto("en", T, ("Byrne & Lynch Architects", "office@byrnelynch.ie"), "2026-12-23 11:00", DUB,
         "Thank you for your email.\n\nOur offices close at noon on 23 December and reopen on Tuesday 5 January. "
         "Emails will be answered when we reopen.\n\nWishing you a happy Christmas,\nByrne & Lynch Architects\n",
         inv="INV-2026-061", style="outlook-en", fmt="alt", labels=dict(return_date="2027-01-05"),
         note="Christmas closure: reopens Tuesday 5 January -> 2027-01-05.")

    auto("en", T, ("Gráinne Walsh", "grainne@walshevents.ie"), "2026-12-21 15:15", DUB,
         "Hi, thanks for your mail. I'll be back at my desk from the 8th and will get back to you then.\nGráinne\n",
         inv="INV-2026-062", style="outlook-en", labels=dict(return_date="2027-01-08"),
         note="'from the 8th' written 21 Dec = 8 January 2027.")

    # ---------------- machine mail ----------------
    machine("en", "payment-notification", ("Stripe", "notifications@stripe.com"), "tom@byrnedesign.ie",
            "2026-11-28 14:03", DUB, "Payment of €615.00 from Harbour Lane Coffee Ltd",
            "You received a payment\n\nAmount: €615.00\nFrom: Harbour Lane Coffee Ltd (accounts@harbourlanecoffee.ie)\n"
            "Description: Invoice INV-2026-047\nPayment method: Visa •••• 4242\nDate: 28 Nov 2026, 14:02\n\n"
            "View payment in your Dashboard.\n\nStripe, 1 Grand Canal Street Lower, Dublin 2\n",
            fmt="alt", labels=dict(amount="615.00", reference="INV-2026-047"),
            note="Stripe incoming payment for an invoice: payment-notification.")

    machine("en", "payment-notification", ("Wise", "noreply@wise.com"), "sarah@okaforcopy.co.uk",
            "2026-11-14 10:41", LON, "You've received 1,800.00 GBP",
            "Hi Sarah,\n\nYou've received 1,800.00 GBP from PLUMTREE HOMES LTD.\n\nReference: SO-045\n\n"
            "The money is now in your GBP balance.\n\nThe Wise Team\n",
            fmt="alt", labels=dict(amount="1800.00", currency="GBP", reference="SO-045"),
            note="Wise incoming GBP transfer: payment-notification in GBP.")

    o365 = ("Your message to invoices@kerryoutdor.ie couldn't be delivered.\n\n"
            "invoices wasn't found at kerryoutdor.ie.\n\n"
            "Action Required\t\tRecipient\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not "
            "exist. Try one or more of the following:\n- Retype the recipient's address, then resend the message.\n\n"
            "Diagnostic information for administrators:\nGenerating server: DB9PR04MB8312.eurprd04.prod.outlook.com\n"
            "invoices@kerryoutdor.ie\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
            "invoices@kerryoutdor.ie not found by SMTP address lookup'\n")
    dsn("en", T, "2026-11-17 09:12", DUB, mta_from="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@byrnedesign.ie>",
        subject="Undeliverable: Reminder: invoice INV-2026-045", human=o365,
        reporting_mta="DB9PR04MB8312.eurprd04.prod.outlook.com", recipient="invoices@kerryoutdor.ie", action="failed",
        status="5.1.10", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        orig_subject="Reminder: invoice INV-2026-045", orig_date="2026-11-17 09:11", permanent=True, inv="INV-2026-045",
        headers_only=False,
        orig_body=reminder_text("en", "reminder", T, "Kerry Outdoor Ltd", "company", "INV-2026-045", "€760.00", "2026-11-10"),
        note="Office 365 NDR, recipient not found (typo in the domain): permanent.")

    dsn("en", S, "2026-12-02 13:40", LON, mta_from="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Delay)",
        human=("** Message not delivered yet **\n\nThere was a temporary problem delivering your message to "
               "jo.whitley.shop@gmail.com. Gmail will retry for 46 more hours. You'll be notified if the delivery fails "
               "permanently.\n\nThe response from the remote server was:\n452 4.2.2 The recipient's inbox is out of "
               "storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp\n"),
        reporting_mta="mail-sor-f41.google.com", recipient="jo.whitley.shop@gmail.com", action="delayed",
        status="4.2.2", diag="452 4.2.2 The recipient's inbox is out of storage space", remote_mta="gmail-smtp-in.l.google.com",
        orig_subject="Reminder: invoice SO-050", orig_date="2026-12-02 09:02", permanent=False, inv="SO-050",
        note="Gmail delay DSN, recipient over quota (452 4.2.2), still retrying: temporary, permanent = false.")

    machine("en", "bounce", ("MAILER-DAEMON", "MAILER-DAEMON@mail.okaforcopy.co.uk"), "sarah@okaforcopy.co.uk",
            "2026-11-10 09:05", LON, "failure notice",
            "Hi. This is the qmail-send program at mail.okaforcopy.co.uk.\nI'm afraid I wasn't able to deliver your "
            "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<d.osei@oseiproperty.co.uk>:\n81.21.76.62 does not like recipient.\nRemote host said: 550 5.1.1 "
            "<d.osei@oseiproperty.co.uk>: Recipient address rejected: User unknown\nGiving up on 81.21.76.62.\n\n"
            "--- Below this line is a copy of the message.\n\nReturn-Path: <sarah@okaforcopy.co.uk>\n"
            "Received: (qmail 21877 invoked by uid 89); 10 Nov 2026 09:04:58 -0000\n"
            "From: Sarah Okafor <sarah@okaforcopy.co.uk>\nTo: d.osei@oseiproperty.co.uk\n"
            "Subject: Reminder: invoice SO-041\n\nDear Daniel Osei,\n\nAccording to my records, invoice SO-041 ...\n",
            charset="us-ascii", cte="7bit", extra=[("Return-Path", "<>")],
            labels=dict(failed_recipient="d.osei@oseiproperty.co.uk", permanent=True),
            note="qmail plain-text failure notice (not multipart/report), 550 user unknown: permanent. Same person later "
                 "answers from a different domain (auto-reply r7o for SO-041).")

    machine("en", "other", ("Byrne Design Invoicing", "notifications@invoicely-app.example"), "tom@byrnedesign.ie",
            "2026-12-03 16:20", DUB, "Brightwater Festival CLG viewed invoice INV-2026-054",
            "Good news! Brightwater Festival CLG has viewed invoice INV-2026-054 (€2,460.00, due 31 Dec 2026).\n\n"
            "Viewed: 3 Dec 2026, 16:19 from Cork, Ireland\n\nYou'll get another email when it's paid.\n",
            fmt="alt",
            note="'Your invoice was viewed' notice from an invoicing app: neither payment nor reply. Other.")

    machine("en", "other", ("Freelance Ireland", "newsletter@freelanceireland.example"), "tom@byrnedesign.ie",
            "2027-01-08 07:00", DUB, "January: late payment rules, tax deadlines and the 2027 rate survey",
            "Hi Tom,\n\nWelcome to the January newsletter.\n\n1. Late payment: how to claim statutory interest and "
            "compensation under S.I. 580/2012\n2. Return filing deadline reminders\n3. Take part in our 2027 day-rate "
            "survey\n\nUnsubscribe: https://freelanceireland.example/u/8841\n",
            fmt="alt", extra=[("List-Unsubscribe", "<https://freelanceireland.example/u/8841>"), ("Precedence", "bulk")],
            note="Newsletter that talks about late payment: other.")


# ============================================================================================
# Output
# ============================================================================================
def toml_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def main():
    italian()
    spanish()
    english()
    import random
    order = list(range(len(MESSAGES)))
    random.Random(7).shuffle(order)          # so that the files are not grouped by language or kind
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# Labels for round7-other (written by hand; see make.py for the bodies).", ""]
    for n, i in enumerate(order, 1):
        raw, lab = MESSAGES[i]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw.replace(b"\n", b"\r\n") if False else raw)
        out.append(f"[files.\"{name}\"]")
        for k in LABEL_KEYS:
            if k in lab:
                out.append(f"{k} = {toml_str(lab[k])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check()


def check():
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    names = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    assert set(names) == set(labels), "labels and files differ"
    kinds = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
             "payment-notification", "auto-reply", "bounce", "other", "invoice"}
    from collections import Counter
    count = Counter()
    for name in names:
        with open(os.path.join(HERE, name), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (name, h)
        assert m["Date"].datetime is not None
        d = m["Date"].datetime
        assert datetime(2026, 11, 1, tzinfo=d.tzinfo) <= d <= datetime(2027, 2, 28, 23, 59, tzinfo=d.tzinfo), (name, d)
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        assert not m.defects, (name, m.defects)
        lab = labels[name]
        assert lab["kind"] in kinds and lab["language"] in ("it", "es", "en") and lab["split"] == "dev"
        if lab["kind"] == "bounce":
            assert "failed_recipient" in lab and "permanent" in lab, name
        if "return_date" in lab:
            assert lab["kind"] == "auto-reply", name
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", name
        count[(lab["kind"], lab["language"])] += 1
    tot = Counter()
    for (k, l), v in sorted(count.items()):
        tot[k] += v
    print(len(names), "messages")
    for k, v in sorted(tot.items(), key=lambda x: -x[1]):
        print(f"  {k:22s} {v:3d}   " + "  ".join(f"{l}={count[(k, l)]}" for l in ("it", "es", "en")))


if __name__ == "__main__":
    main()
