#!/usr/bin/env python3
"""round21-tone: client replies whose kind is hard to tell (tone, sarcasm, conditions, mixed
paid / promised / disputed, someone else paying, failed or returned transfers), plus the usual
machine mail, in Italian, Spanish and English.

Standard library only.  Writes r21t-0001.eml ... r21t-0080.eml and labels.toml next to this
script, then re-parses every file and checks every label against what was written.

Every message body below is written by hand, one by one.  The only shared text is the
freelancer's own reminder (the mailduns templates, which clients quote back) and the
machinery that lays a reply out the way a given mail program does (Gmail, Outlook, Apple Mail).
"""
import base64
import calendar
import datetime as dt
import email
import email.policy
import hashlib
import html
import quopri
import re
import sys
import tomllib
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r21t"
N = 80

# --------------------------------------------------------------------------------------------
# small deterministic helpers

def hx(seed, n=16):
    return hashlib.sha256(str(seed).encode()).hexdigest()[:n]


def b64id(seed, n=40):
    return base64.urlsafe_b64encode(hashlib.sha256(str(seed).encode()).digest()).decode()[:n].replace("-", "x").replace("_", "y")


def when(y, mo, d, h, mi, off_min, s=None):
    """A timezone-aware datetime; off_min is the UTC offset in minutes."""
    if s is None:
        s = (y * 7 + mo * 13 + d * 17 + h * 3 + mi) % 60
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(minutes=off_min)))


CET, CEST, GMT, BST = 60, 120, 0, 60

# --------------------------------------------------------------------------------------------
# MIME builder: parts are dicts {"headers": [(name, value)], "body": bytes} or
# {"headers": [...], "parts": [...], "boundary": str, "preamble": str|None}

def hdr(value, charset="utf-8"):
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset).encode(linesep="\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw
    raise ValueError(cte)


def T(text, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=()):
    params = f'; charset="{cs}"' if sub == "html" or not flowed else f'; charset="{cs}"; format=flowed'
    if flowed and sub == "plain":
        params = f"; charset={cs}; format=flowed; delsp=yes"
    h = [("Content-Type", f"text/{sub}{params}"), ("Content-Transfer-Encoding", cte)]
    h.extend(extra)
    return {"headers": h, "body": encode_body(text, cs, cte)}


def MP(sub, *parts, boundary, preamble=None, params=""):
    h = [("Content-Type", f'multipart/{sub};{params} boundary="{boundary}"')]
    return {"headers": h, "parts": list(parts), "boundary": boundary, "preamble": preamble}


def ATT(data, ctype, filename, inline=False, cid=None, extra=()):
    disp = "inline" if inline else "attachment"
    h = [("Content-Type", f'{ctype}; name="{filename}"'),
         ("Content-Disposition", f'{disp}; filename="{filename}"'),
         ("Content-Transfer-Encoding", "base64")]
    if cid:
        h.append(("Content-ID", f"<{cid}>"))
    h.extend(extra)
    return {"headers": h, "body": base64.encodebytes(data)}


def RAW(ctype, text, extra=()):
    h = [("Content-Type", ctype)]
    h.extend(extra)
    return {"headers": h, "body": text.encode("ascii")}


def render(part):
    out = []
    for k, v in part["headers"]:
        out.append(f"{k}: {v}\n".encode("ascii"))
    out.append(b"\n")
    if "parts" in part:
        if part.get("preamble"):
            out.append(part["preamble"].encode("ascii") + b"\n")
        for p in part["parts"]:
            out.append(f"--{part['boundary']}\n".encode("ascii"))
            out.append(render(p))
            out.append(b"\n")
        out.append(f"--{part['boundary']}--\n".encode("ascii"))
    else:
        body = part["body"]
        if not body.endswith(b"\n"):
            body += b"\n"
        out.append(body)
    return b"".join(out)


def message(headers, root):
    top = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in top):
        top.append(("MIME-Version", "1.0"))
    return render({"headers": top + root["headers"], **{k: v for k, v in root.items() if k != "headers"}})


# tiny but well-formed binary attachments
def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
            f"2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
            f"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj\n"
            f"4 0 obj <</Title ({title})>> endobj\n"
            f"trailer <</Root 1 0 R/Info 4 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
JPEG_TINY = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")

# --------------------------------------------------------------------------------------------
# calendars for quote headers

IT_M = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
IT_MA = "gen feb mar apr mag giu lug ago set ott nov dic".split()
IT_W = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
IT_WA = "lun mar mer gio ven sab dom".split()
ES_M = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
ES_MA = "ene feb mar abr may jun jul ago sept oct nov dic".split()
ES_W = "lunes martes miércoles jueves viernes sábado domingo".split()
ES_WA = "lun mar mié jue vie sáb dom".split()
EN_M = "January February March April May June July August September October November December".split()
EN_W = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def long_date(lang, d):
    if lang == "it":
        return f"{d.day} {IT_M[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_M[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_M[d.month - 1]} {d.year}"


def art_il(d):
    """The Italian article filter: il 30 novembre 2026, l'8 gennaio 2027, l'11 ..."""
    s = long_date("it", d)
    return ("l'" if d.day in (8, 11) else "il ") + s


def gmail_attr(lang, d, name, address):
    if lang == "it":
        return f"Il giorno {IT_WA[d.weekday()]} {d.day} {IT_MA[d.month - 1]} {d.year} alle ore {d:%H:%M} {name} <{address}> ha scritto:"
    if lang == "es":
        return f"El {ES_WA[d.weekday()]}, {d.day} {ES_MA[d.month - 1]} {d.year} a las {d.hour}:{d:%M}, {name} (<{address}>) escribió:"
    return f"On {d:%a}, {d.day} {d:%b} {d.year} at {d:%H:%M}, {name} <{address}> wrote:"


def apple_attr(lang, d, name, address):
    if lang == "it":
        return f"Il giorno {d.day} {IT_MA[d.month - 1]} {d.year}, alle ore {d:%H:%M}, {name} <{address}> ha scritto:"
    if lang == "es":
        return f"El {d.day} {ES_MA[d.month - 1]} {d.year}, a las {d.hour}:{d:%M}, {name} <{address}> escribió:"
    return f"On {d.day} {d:%b} {d.year}, at {d:%H:%M}, {name} <{address}> wrote:"


def outlook_block(lang, d, frm, to, subject, us=False):
    fn, fa = frm
    tn, ta = to
    if lang == "it":
        return (f"Da: {fn} <{fa}>\nInviato: {IT_W[d.weekday()]} {d.day} {IT_M[d.month - 1]} {d.year} {d:%H:%M}\n"
                f"A: {tn} <{ta}>\nOggetto: {subject}")
    if lang == "es":
        return (f"De: {fn} <{fa}>\nEnviado: {ES_W[d.weekday()]}, {d.day} de {ES_M[d.month - 1]} de {d.year} {d.hour}:{d:%M}\n"
                f"Para: {tn} <{ta}>\nAsunto: {subject}")
    if us:
        h12 = d.hour % 12 or 12
        ampm = "AM" if d.hour < 12 else "PM"
        sent = f"{EN_W[d.weekday()]}, {EN_M[d.month - 1]} {d.day}, {d.year} {h12}:{d:%M} {ampm}"
    else:
        sent = f"{d.day} {EN_M[d.month - 1]} {d.year} {d:%H:%M}"
    return f"From: {fn} <{fa}>\nSent: {sent}\nTo: {tn} <{ta}>\nSubject: {subject}"


def gt(text):
    """Quote with '>' the way Gmail and Apple Mail do in text/plain."""
    return "\n".join(">" if not l else "> " + l if not l.startswith(">") else ">" + l for l in text.split("\n"))


# --------------------------------------------------------------------------------------------
# the freelancers who own the mailboxes

class Owner:
    def __init__(self, name, address, iban, bic, lang, link=None):
        self.name, self.address, self.iban, self.bic, self.lang, self.link = name, address, iban, bic, lang, link
        self.domain = address.split("@")[1]

    @property
    def pair(self):
        return (self.name, self.address)


CHIARA = Owner("Chiara Bellotti", "chiara@bellottistudio.it", "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22XXX", "it")
LUCA = Owner("Luca Arcidiacono", "luca@arcidiacono.dev", "IT02 L030 6909 6061 0000 0117 245", "BCITITMM", "it")
FEDERICA = Owner("Federica Noè", "federica.noe@studionoe.it", "IT75 N036 4601 6005 2637 4821 903", "FEBIITM2XXX", "it")
MARTA = Owner("Marta Quintana Ruiz", "marta@quintanatraducciones.es", "ES91 2100 0418 4502 0005 1332", "CAIXESBBXXX", "es")
IKER = Owner("Iker Etxeberria", "iker@etxeberriaphoto.com", "ES76 2095 0611 0191 0264 8735", "BASKES2BXXX", "es")
LUCIA = Owner("Lucía Ferrer", "hola@luciaferrer.design", "ES12 0081 0216 7100 0153 2476", "BSABESBBXXX", "es",
              link="https://pay.luciaferrer.design/f/")
TOM = Owner("Tom Hadley", "tom@hadleywrites.co.uk", "GB33 BUKB 2020 1555 5555 55", "BUKBGB22", "en")
PRIYA = Owner("Priya Nair", "studio@priyanair.com", "BE71 0961 2345 6769", "GKCCBEBB", "en",
              link="https://invoice.stripe.com/i/acct_1Pn/")
DECLAN = Owner("Declan Byrne", "declan@byrnedigital.ie", "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D", "en")


def payment_block(lang, o, inv):
    if lang == "it":
        s = f"Per il pagamento:\n- beneficiario: {o.name}\n- IBAN: {o.iban}\n- BIC: {o.bic}\n- causale: Fattura n. {inv}"
        if o.link:
            s += f"\n- pagamento online: {o.link}{inv}"
    elif lang == "es":
        s = f"Datos para el pago:\n- beneficiario: {o.name}\n- IBAN: {o.iban}\n- BIC: {o.bic}\n- concepto: Factura {inv}"
        if o.link:
            s += f"\n- pago en línea: {o.link}{inv}"
    else:
        s = f"Payment details:\n- Account name: {o.name}\n- IBAN: {o.iban}\n- BIC (SWIFT): {o.bic}\n- Payment reference: {inv}"
        if o.link:
            s += f"\n- Pay online: {o.link}{inv}"
    return s


def reminder(lang, step, o, sal, inv, amt, due, issue=None, deadline=None, days=None):
    """The freelancer's reminder as mailduns words it (templates/<lang>/<step>.txt.j2)."""
    pay = payment_block(lang, o, inv)
    if lang == "it":
        if step == "invoice":
            body = (f"{sal}\n\nin allegato la fattura n. {inv} di {amt} relativa al lavoro concluso, "
                    f"con scadenza {art_il(due)}.\n\n{pay}\n\nGrazie e a presto,\n{o.name}")
            return body
        if step == "courtesy":
            mid = (f"un breve promemoria: la fattura n. {inv} di {amt}, emessa {art_il(issue)}, è in scadenza {art_il(due)}.\n\n"
                   "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                   f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "due":
            mid = (f"un promemoria: la fattura n. {inv} di {amt} è scaduta {art_il(due)}. Se il pagamento non è ancora stato "
                   "disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                   "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                   f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "reminder":
            mid = (f"da un controllo la fattura n. {inv} di {amt}, scaduta {art_il(due)}, risulta ancora da saldare. "
                   "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                   "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                   "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                   "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n" + pay)
        elif step == "late_fee":
            mid = (f"la fattura n. {inv} di {amt}, scaduta {art_il(due)}, risulta ancora da saldare: sono trascorsi {days} "
                   "giorni dalla scadenza.\n\n"
                   "Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): senza che "
                   "sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli interessi moratori "
                   "previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti percentuali, attualmente 10,15% "
                   "annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di risarcimento dei costi di recupero (art. 6).\n\n"
                   "Ad oggi l'importo dovuto è il seguente:\n"
                   f"- fattura n. {inv}: {amt}\n- interessi di mora ({days} giorni al 10,15%): vedi dettaglio\n- risarcimento costi di recupero: 40,00 €\n\n"
                   f"Chiedo cortesemente di provvedere al pagamento dell'importo totale entro {art_il(deadline)}. Se il pagamento è già "
                   "stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i "
                   "tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n" + pay)
        elif step == "final":
            return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv}\n\n{sal}\n\n"
                    f"la fattura n. {inv} di {amt}, scaduta {art_il(due)}, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
                    f"Con la presente chiedo formalmente il pagamento di {amt} entro {art_il(deadline)}. La presente vale quale atto "
                    "di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini "
                    "dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                    "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi "
                    "competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del "
                    "debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a "
                    "parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                    "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la data "
                    f"del bonifico, così da poterlo verificare.\n\n{pay}\n\nCordiali saluti,\n{o.name}")
        return f"{sal}\n\n{mid}\n\nCordiali saluti,\n{o.name}"
    if lang == "es":
        if step == "invoice":
            return (f"{sal}\n\nAdjunto la factura n.º {inv} de {amt}, correspondiente al trabajo entregado, con vencimiento el "
                    f"{long_date('es', due)}.\n\n{pay}\n\nMuchas gracias,\n{o.name}")
        if step == "courtesy":
            mid = (f"Un breve recordatorio: la factura n.º {inv} de {amt}, emitida el {long_date('es', issue)}, vence el "
                   f"{long_date('es', due)}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                   f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "due":
            mid = (f"La factura n.º {inv} de {amt} venció el {long_date('es', due)} y, según mis registros, el pago aún no consta. "
                   "Agradecería que se tramitara en los próximos días.\n\n"
                   "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                   f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "reminder":
            mid = (f"Revisando mis cuentas, veo que la factura n.º {inv} de {amt}, vencida el {long_date('es', due)}, sigue "
                   "pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en "
                   "cuanto sea posible.\n\n"
                   "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
                   "transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos "
                   "aclararlo por esta misma vía.\n\n" + pay)
        elif step == "late_fee":
            mid = (f"La factura n.º {inv} de {amt} venció el {long_date('es', due)}, hace {days} días, y sigue pendiente de pago.\n\n"
                   f"Ruego que el pago de {amt} se realice a más tardar el {long_date('es', deadline)}. Si ya está en curso, muchas "
                   "gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o "
                   "con los plazos, podemos buscar una solución por esta misma vía.\n\n" + pay)
        elif step == "final":
            return (f"Asunto: Requerimiento de pago de la factura n.º {inv}\n\n{sal}\n\n"
                    f"La factura n.º {inv} venció el {long_date('es', due)} y, pese a los recordatorios enviados anteriormente, "
                    f"sigue pendiente de pago por un importe de {amt}.\n\n"
                    "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de "
                    f"{amt} a más tardar el {long_date('es', deadline)}.\n\n"
                    "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                    "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                    "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el retraso, "
                    "alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con responder a este correo.\n\n"
                    f"Si para el {long_date('es', deadline)} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que "
                    "pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. "
                    "Preferiría sinceramente evitarlo.\n\n"
                    "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese "
                    f"caso, basta una breve respuesta con la fecha de la transferencia.\n\n{pay}\n\nAtentamente,\n{o.name}")
        return f"{sal}\n\n{mid}\n\nUn cordial saludo,\n{o.name}"
    # English
    if step == "invoice":
        return (f"{sal}\n\nPlease find attached invoice {inv} for {amt}, due on {long_date('en', due)}.\n\n{pay}\n\n"
                f"Many thanks,\n{o.name}")
    if step == "courtesy":
        mid = (f"This is a friendly reminder that invoice {inv} for {amt}, issued on {long_date('en', issue)}, is due for "
               f"payment on {long_date('en', due)}.\n\nIf payment is already on its way, thank you, and please disregard this "
               f"message.\n\n{pay}\n\nIf you have any questions, just reply to this email.")
    elif step == "due":
        mid = (f"This is a quick reminder that invoice {inv} for {amt} was due for payment on {long_date('en', due)}. If it has "
               "not been paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
               f"If you have already paid, thank you, and please disregard this reminder.\n\n{pay}\n\n"
               "If you have any questions, just reply to this email.")
    elif step == "reminder":
        mid = (f"According to my records, invoice {inv} for {amt}, due on {long_date('en', due)}, has not yet been paid. It may "
               "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
               "If you have already paid, thank you – please let me know the payment date so that I can update my records. "
               "If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n" + pay)
    elif step == "late_fee":
        mid = (f"Invoice {inv} for {amt}, due on {long_date('en', due)}, is now {days} days overdue.\n\n"
               f"Please arrange payment by {long_date('en', deadline)}. If payment is already on its way, thank you – please "
               "let me know the date it was made. If there is a problem with the invoice or with the timing, please reply to "
               "this email and we can find a solution.\n\n" + pay)
    elif step == "final":
        return ("Final notice before debt recovery\n\n"
                f"Date: {long_date('en', issue)}\nInvoice: {inv}, due on {long_date('en', due)}\nAmount due: {amt}\n"
                f"Payment deadline: {long_date('en', deadline)}\n\n{sal}\n\n"
                f"Despite my previous reminders, invoice {inv} for {amt}, which was due for payment on {long_date('en', due)}, "
                f"remains unpaid.\n\nI therefore formally request payment of {amt} by {long_date('en', deadline)}.\n\n"
                "If payment is not received by that date, I intend to take steps to recover the debt. These may include "
                "referring the matter to a debt collection agency or a solicitor and, if necessary, starting court proceedings.\n\n"
                "I would much rather resolve this with you directly. If there is a reason for the delay, or if you would like "
                f"to propose a payment plan, please reply to this email before {long_date('en', deadline)}.\n\n"
                "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would help "
                "if you could let me know the payment date so that I can update my records.\n\n"
                f"{pay}\n\n{'Yours sincerely,' if sal.startswith('Dear ') and 'Sir' not in sal else 'Yours faithfully,'}\n{o.name}")
    return f"{sal}\n\n{mid}\n\nKind regards,\n{o.name}"


SUBJECTS = {
    "it": {"invoice": "Fattura n. {inv}", "courtesy": "Promemoria: fattura n. {inv} in scadenza",
           "due": "Fattura n. {inv} scaduta", "reminder": "Sollecito: fattura n. {inv}",
           "late_fee": "Secondo sollecito: fattura n. {inv}", "final": "Diffida di pagamento – fattura n. {inv}"},
    "es": {"invoice": "Factura n.º {inv}", "courtesy": "Recordatorio: factura n.º {inv}",
           "due": "Factura n.º {inv} vencida", "reminder": "Factura n.º {inv} pendiente de pago",
           "late_fee": "Segundo recordatorio: factura n.º {inv}", "final": "Requerimiento de pago de la factura n.º {inv}"},
    "en": {"invoice": "Invoice {inv}", "courtesy": "Invoice {inv} due on {due}",
           "due": "Invoice {inv} is now due", "reminder": "Invoice {inv}: payment reminder",
           "late_fee": "Invoice {inv}: second reminder", "final": "Final notice before debt recovery: invoice {inv}"},
}


# --------------------------------------------------------------------------------------------
# how mail programs lay out a reply

def esc_lines(text, sep="<br>\n"):
    return sep.join(html.escape(l, quote=False) for l in text.split("\n"))


def gmail_divs(text):
    out = []
    for l in text.split("\n"):
        out.append("<div><br></div>" if not l.strip() else f"<div>{html.escape(l, quote=False)}</div>")
    return "".join(out)


def gmail_html(own, attr, quoted):
    body = f'<div dir="ltr">{gmail_divs(own)}</div>'
    if attr:
        body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                 f'{html.escape(attr, quote=False)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                 f'0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{esc_lines(quoted)}</blockquote></div>')
    return body + "\n"


def apple_html(own, attr, quoted, cs="utf-8"):
    body = (f'<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head>'
            f'<body dir="auto"><div dir="ltr">{esc_lines(own)}</div>')
    if attr:
        body += (f'<div dir="ltr"><br><blockquote type="cite">{html.escape(attr, quote=False)}<br><br></blockquote></div>'
                 f'<blockquote type="cite"><div dir="ltr">{esc_lines(quoted)}</div></blockquote>')
    return body + "</body></html>\n"


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset={cs}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}\n'
                '@font-face\n\t{{font-family:Aptos;}}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}}\n'
                'a:link, span.MsoHyperlink\n\t{{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}}\n'
                'span.EmailStyle17\n\t{{mso-style-type:personal-compose;}}\n.MsoChpDefault\n\t{{mso-style-type:export-only;}}\n'
                '@page WordSection1\n\t{{size:612.0pt 792.0pt;\n\tmargin:70.85pt 2.0cm 2.0cm 2.0cm;}}\ndiv.WordSection1\n'
                '\t{{page:WordSection1;}}\n--></style>\n</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" '
                'style="word-wrap:break-word">\n<div class="WordSection1">\n')


def mso_paras(text):
    out = []
    for l in text.split("\n"):
        if not l.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{html.escape(l, quote=False)}<o:p></o:p></p>')
    return "\n".join(out)


def outlook_html(own, block, quoted, lang, cs, disclaimer=None):
    body = OUTLOOK_HEAD.format(cs=cs, lang={"it": "IT", "es": "ES", "en": "EN-GB"}[lang]) + mso_paras(own) + "\n"
    if block:
        rows = []
        for l in block.split("\n"):
            k, _, v = l.partition(": ")
            rows.append(f"<b>{html.escape(k)}:</b> {html.escape(v, quote=False)}")
        body += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div id="mail-editor-reference-message-container">\n'
                 '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 '<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:11.0pt">'
                 + "<br>\n".join(rows) + "<o:p></o:p></span></p>\n</div>\n" + mso_paras(quoted) + "\n</div>\n")
    if disclaimer:
        body += f'<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">{esc_lines(disclaimer)}</span></p>\n'
    return body + "</div>\n</body>\n</html>\n"


def outlook_plain_sep(lang, old=False):
    if not old:
        return "________________________________"
    return {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----", "en": "-----Original Message-----"}[lang]


def thunderbird_attr(lang, d, name):
    if lang == "it":
        return f"Il {d:%d/%m/%Y %H:%M}, {name} ha scritto:"
    if lang == "es":
        return f"El {d:%d/%m/%Y} a las {d:%H:%M}, {name} escribió:"
    return f"On {d:%d/%m/%Y %H:%M}, {name} wrote:"


def msgid_for(style, seed, domain):
    if style == "gmail":
        return f"<CA{b64id(seed, 44)}@mail.gmail.com>"
    if style in ("outlook", "outlook-old"):
        box = "PR3P192MB" + str(1000 + int(hx(seed, 4), 16) % 8999)
        return f"<{box}{hx(seed, 12).upper()}@{box}.EURP192.PROD.OUTLOOK.COM>"
    if style == "apple":
        h = hx(seed, 32).upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    if style == "thunderbird":
        h = hx(seed, 32)
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    return f"<{hx(seed, 20)}.{hx(seed + 'x', 6)}@{domain}>"


MESSAGES = {}
LABELS = {}
OWNTEXT = {}
REL = {}


def register(n, raw, labels, own, rel=None):
    assert n not in MESSAGES, n
    MESSAGES[n] = raw
    LABELS[n] = labels
    OWNTEXT[n] = own if isinstance(own, (list, tuple)) else [own]
    REL[n] = rel


def reply(n, *, owner, client, date, own, labels, style="gmail", step="reminder", inv, amt, due, sal, q_date,
          issue=None, deadline=None, days=None, prefix="Re:", cs="utf-8", cte="quoted-printable", mode="alt",
          attach=(), cc=(), to=None, extra_headers=(), quoted=None, subject=None, us=False, disclaimer=None,
          mua=None, rel=None, html_cte=None, qto=None, check=None):
    """A client's reply to the freelancer's message.  `own` is the text the client wrote (signature and
    phone footer included); everything after it is the quoted thread as the client's program lays it out."""
    lang = owner.lang
    seed = f"{PREFIX}-{n}"
    cname, caddr = client
    thread_subject = subject or SUBJECTS[lang][step].format(inv=inv, due=long_date(lang, due))
    if quoted is None:
        quoted = reminder(lang, step, owner, sal, inv, amt, due, issue=issue, deadline=deadline, days=days)
    parent = f"<{q_date:%Y%m%d%H%M%S}.{hx(seed + 'p', 10)}@mailduns.{owner.domain}>"
    refs = parent
    if step != "invoice":
        refs = f"<{hx(seed + 'i', 14)}@{owner.domain}> " + parent
    plain_quote, html_part = "", None
    if style in ("gmail", "apple", "thunderbird"):
        if style == "gmail":
            attr = gmail_attr(lang, q_date, owner.name, owner.address)
        elif style == "apple":
            attr = apple_attr(lang, q_date, owner.name, owner.address)
        else:
            attr = thunderbird_attr(lang, q_date, owner.name)
        plain = f"{own}\n\n{attr}\n\n{gt(quoted)}\n"
        if style == "gmail":
            html_part = gmail_html(own, attr, quoted)
        elif style == "apple":
            html_part = apple_html(own, attr, quoted, cs)
    elif style in ("outlook", "outlook-old"):
        # the quoted header names the freelancer as sender and the client (or whoever got it) as recipient
        block = outlook_block(lang, q_date, owner.pair, qto or (cname, caddr), thread_subject, us=us)
        sep = outlook_plain_sep(lang, old=(style == "outlook-old"))
        plain = f"{own}\n\n{sep}\n{block}\n\n{quoted}\n"
        if disclaimer:
            plain = f"{own}\n\n{disclaimer}\n\n{sep}\n{block}\n\n{quoted}\n"
        html_part = outlook_html(own, block, quoted, lang, cs, disclaimer=disclaimer)
    elif style == "none":
        plain = own + "\n"
        html_part = gmail_html(own, None, None)
    else:
        raise ValueError(style)
    if mode == "plain":
        root = T(plain, cs=cs, cte=cte)
    elif mode == "only":
        root = T(html_part, "html", cs=cs, cte=html_cte or cte)
    else:
        b = {"gmail": f"000000000000{hx(seed + 'b', 16)}", "apple": f"Apple-Mail-{hx(seed + 'b', 8).upper()}-{hx(seed + 'c', 4).upper()}",
             "outlook": f"_000_{hx(seed + 'b', 24).upper()}_", "outlook-old": f"_000_{hx(seed + 'b', 24).upper()}_",
             "thunderbird": f"------------{b64id(seed + 'b', 24)}", "none": f"000000000000{hx(seed + 'b', 16)}"}[style]
        root = MP("alternative", T(plain, cs=cs, cte=cte), T(html_part, "html", cs=cs, cte=html_cte or cte), boundary=b)
    if attach:
        b2 = {"gmail": f"000000000000{hx(seed + 'm', 16)}", "apple": f"Apple-Mail-{hx(seed + 'm', 8).upper()}-{hx(seed + 'n', 4).upper()}",
              "outlook": f"_004_{hx(seed + 'm', 24).upper()}_", "outlook-old": f"_004_{hx(seed + 'm', 24).upper()}_",
              "thunderbird": f"------------{b64id(seed + 'm', 24)}", "none": f"000000000000{hx(seed + 'm', 16)}"}[style]
        root = MP("mixed", root, *attach, boundary=b2)
    cdomain = caddr.split("@")[1]
    headers = [
        ("Date", format_datetime(date)),
        ("From", addr(cname, caddr, cs if cs != "us-ascii" else "utf-8")),
        ("To", to or addr(owner.name, owner.address)),
    ]
    if cc:
        headers.append(("Cc", ", ".join(addr(a, b) for a, b in cc)))
    headers += [
        ("Subject", (f"{prefix} " if prefix else "") + hdr(thread_subject, cs if cs not in ("us-ascii",) else "utf-8")),
        ("Message-ID", msgid_for(style, seed, cdomain)),
        ("In-Reply-To", parent),
        ("References", refs),
    ]
    if style in ("outlook", "outlook-old"):
        headers += [("Thread-Topic", hdr(thread_subject, cs)), ("Thread-Index", base64.b64encode(hashlib.md5(seed.encode()).digest()[:22] + b"\x00\x01").decode()),
                    ("Content-Language", {"it": "it-IT", "es": "es-ES", "en": "en-GB" if not us else "en-US"}[lang]),
                    ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]
    if mua:
        headers.append(mua if isinstance(mua, tuple) else ("X-Mailer", mua))
    headers.extend(extra_headers)
    register(n, message(headers, root), labels, check or own, rel)


def L(kind, lang, note, **facts):
    d = {"kind": kind, "language": lang, "split": "dev"}
    d.update(facts)
    d["note"] = note
    return d


D = dt.date

# ============================================================================================
# ITALIANO (1-27)
# ============================================================================================

# 1 -- sarcastic "already paid, check your statement", angry about the late-payment interest
reply(1, owner=CHIARA, client=("Stefano Marchi", "s.marchi@marchiarredamenti.it"),
      date=when(2026, 12, 14, 9, 12, CET), style="gmail", step="late_fee",
      inv="2026/087", amt="1.464,00 €", due=D(2026, 11, 15), days=27, deadline=D(2026, 12, 21),
      sal="Spett.le Marchi Arredamenti srl,", q_date=when(2026, 12, 12, 9, 0, CET),
      own="""Buongiorno,

ma state scherzando? Il bonifico è partito il 3 dicembre, ve l'avevo già scritto la settimana scorsa rispondendo al primo sollecito. Adesso mi arriva pure il conteggio degli interessi di mora e dei 40 euro di "costi di recupero".

Prima di mandare solleciti con gli interessi controllate l'estratto conto, per favore. Se non lo trovate ditemelo che vi giro la contabile, ma i soldi da noi sono usciti.

Stefano Marchi
Marchi Arredamenti srl
Via dell'Artigianato 14 – 31033 Castelfranco Veneto (TV)
tel. 0423 491207""",
      labels=L("client-reply-paid", "it",
               "Angry and sarcastic, but the claim is that the transfer left on 3 December; the 40 euro are the quoted recovery fee, not a sum paid, so no amount."))

# 2 -- paid, then a question about splitting the next job
reply(2, owner=CHIARA, client=("Elena Sartori", "elena.sartori84@icloud.com"),
      date=when(2027, 1, 19, 8, 47, CET), style="apple", step="due",
      inv="2026/131", amt="610,00 €", due=D(2027, 1, 15), sal="Gentile Elena Sartori,",
      q_date=when(2027, 1, 18, 8, 30, CET), mua="iPhone Mail (22C161)",
      own="""Buongiorno Chiara, scusa il ritardo!! Fatto il bonifico di 610 euro stamattina, causale FT 2026/131.
Una domanda: per le partecipazioni del battesimo (ne parlavamo a dicembre) posso darti metà in anticipo e metà alla consegna? Così mi organizzo.
Grazie mille
Elena

Inviato da iPhone""",
      labels=L("client-reply-paid", "it",
               "Transfer made this morning; the question about paying half in advance concerns a future job and does not make it a promise.",
               amount="610.00", currency="EUR", reference="2026/131"))

# 3 -- the client's accountant confirms the payment, receipt attached
reply(3, owner=FEDERICA, client=("Studio Pelizzari - Amministrazione", "amministrazione@studiopelizzari.it"),
      cc=[("Paola Donati", "paola@cantinadonati.it")], qto=("Cantina Donati", "paola@cantinadonati.it"),
      date=when(2027, 1, 25, 11, 30, CET), style="outlook", step="reminder", prefix="R:",
      inv="44/2026", amt="1.098,00 €", due=D(2027, 1, 10), sal="Spett.le Cantina Donati,",
      q_date=when(2027, 1, 20, 8, 0, CET), cs="windows-1252", mua="Microsoft Outlook 16.0",
      disclaimer=("Le informazioni contenute in questo messaggio di posta elettronica sono riservate e destinate "
                  "esclusivamente al destinatario indicato. Qualora lo abbiate ricevuto per errore, vi preghiamo di darne "
                  "comunicazione al mittente e di cancellarlo (Reg. UE 2016/679)."),
      attach=[ATT(fake_pdf("Contabile bonifico 22/01/2027"), "application/pdf", "Contabile_bonifico_22012027.pdf")],
      own="""Gentile dott.ssa Noè,

scrivo per conto della sig.ra Paola Donati, di cui il nostro studio cura la contabilità.

Le comunico che la fattura n. 44/2026 è stata saldata con bonifico SEPA disposto in data 22/01/2027 (CRO 0306913874521106). In allegato la contabile della banca.

Per le prossime fatture la preghiamo di mettere in copia anche questo indirizzo, così evitiamo ritardi.

Cordiali saluti

Rag. Monica Ferrandi
Studio Pelizzari – Consulenza fiscale e del lavoro
Via Mazzini 22, 37121 Verona
Tel. 045 800 1934""",
      labels=L("client-reply-paid", "it",
               "Written by the client's accountant, not the client; states the invoice was settled on 22/01 and attaches the receipt. No sum in her words.",
               reference="44/2026"))

# 4 -- paid, and a complaint about the automatic reminders
reply(4, owner=LUCA, client=("Ornella Gatti", "ornella@pasticceriagatti.it"),
      date=when(2027, 2, 8, 18, 5, CET), style="thunderbird", mode="plain", step="due",
      inv="2/2027", amt="2.440,00 €", due=D(2027, 1, 31), sal="Spett.le Pasticceria Gatti,",
      q_date=when(2027, 2, 1, 8, 0, CET), mua=("User-Agent", "Mozilla Thunderbird"), cte="8bit",
      own="""Buonasera Luca,

ti chiederei per cortesia di togliermi da questi solleciti automatici. Tra il promemoria prima della scadenza e quello del giorno dopo mi sono arrivate due mail in una settimana, e sinceramente con un cliente che ti paga da quattro anni fanno un brutto effetto.

Comunque abbiamo pagato venerdì 5, con il solito bonifico dalla Cassa Rurale. Se non lo vedi ancora è perché tra venerdì e lunedì le banche se la prendono comoda.

Ornella Gatti
Pasticceria Gatti – Rovereto""",
      labels=L("client-reply-paid", "it",
               "Most of the text complains about the reminders, but it states the payment was made on Friday the 5th; a complaint is not a dispute of the invoice."))

# 5 -- PayPal, no accents, screenshot, a question about the fee
reply(5, owner=CHIARA, client=("Dario Fontana", "dariofontana.streetfood@gmail.com"),
      date=when(2026, 11, 23, 22, 41, CET), style="gmail", step="courtesy",
      inv="2026/118", amt="250,00 €", issue=D(2026, 11, 10), due=D(2026, 11, 25), sal="Gentile Dario Fontana,",
      q_date=when(2026, 11, 21, 9, 0, CET), cte="base64",
      attach=[ATT(PNG_1PX, "image/png", "Screenshot_20261122_213507_PayPal.png")],
      own="""ciao chiara ti ho mandato i soldi su paypal ieri sera 250 euro, ti allego lo screen
fammi sapere se e arrivato tutto perche paypal mi ha preso una commissione e non ho capito se l ha tolta a me o a te. nel caso dimmi quanto manca
il logo e bellissimo lo abbiamo gia messo sul furgone 🔥🔥

Dario

Inviato dal mio dispositivo Galaxy""",
      labels=L("client-reply-paid", "it",
               "Paid by PayPal the evening before, screenshot attached; 'dimmi quanto manca' is a question about the fee, not a promise.",
               amount="250.00", currency="EUR"))

# 6 -- paid to the old IBAN, a bit sarcastic
reply(6, owner=LUCA, client=("Paolo Rizzo", "p.rizzo@rizzoimpianti.it"),
      date=when(2027, 3, 15, 10, 20, CET), style="outlook", step="reminder", prefix="R:",
      inv="9/2027", amt="3.050,00 €", due=D(2027, 2, 28), sal="Spett.le Rizzo Impianti srl,",
      q_date=when(2027, 3, 15, 8, 0, CET), cte="base64", mua="Microsoft Outlook 16.0",
      own="""Luca buongiorno,
noi i soldi li abbiamo mandati venerdì 12/03, 3.050,00 €, sull'IBAN che c'era sulla fattura di settembre, quello Fineco. Se nel frattempo hai cambiato banca sarebbe stato carino avvisare, non siamo indovini.
Verifica con Fineco se il conto è ancora aperto, altrimenti i soldi ci torneranno indietro e vediamo.

Ing. Paolo Rizzo
Rizzo Impianti srl""",
      labels=L("client-reply-paid", "it",
               "A paid claim even though it went to an older IBAN; 'vediamo' if it comes back is not a promise of a new payment.",
               amount="3050.00", currency="EUR"))

# 7 -- promise on a condition, no day
reply(7, owner=FEDERICA, client=("Giorgio Lanza", "giorgio.lanza@sintesicomunicazione.it"),
      date=when(2027, 1, 12, 15, 44, CET), style="gmail", step="reminder",
      inv="51/2026", amt="1.220,00 €", due=D(2026, 12, 31), sal="Spett.le Sintesi Comunicazione,",
      q_date=when(2027, 1, 12, 9, 0, CET),
      own="""Ciao Federica,

hai ragione e mi dispiace, sei l'ultima persona che vorrei far aspettare. Il problema è che il cliente finale (quello del catalogo in tedesco) non ci ha ancora pagato la nostra fattura di ottobre e noi siamo un'agenzia di quattro persone, non abbiamo la cassa per anticipare tutto.

Appena entrano i loro soldi ti saldiamo, è la prima cosa che faccio, promesso. Non ti so dire una data perché loro stessi non ce la danno. Ti tengo aggiornata.

Giorgio

--
Giorgio Lanza | Project manager
Sintesi Comunicazione – Bologna""",
      labels=L("client-reply-promise", "it",
               "A promise that depends on the agency's own client paying; no day is given ('non ti so dire una data'), so no promised_date."))

# 8 -- the transfer came back, it will be redone on Monday
reply(8, owner=LUCA, client=("Alessia Conte", "info@bbilmelograno.it"),
      date=when(2027, 1, 14, 19, 2, CET), style="apple", step="due",
      inv="48/2026", amt="780,00 €", due=D(2026, 12, 31), sal="Gentile Alessia Conte,",
      q_date=when(2027, 1, 4, 9, 0, CET), mua="Apple Mail (2.3826.300.87.4.3)",
      own="""Ciao Luca,

ti scrivo perché il bonifico che ti avevo fatto il 5 gennaio mi è tornato indietro ieri: la banca dice "IBAN inesistente". Ho controllato e avevo invertito due cifre io, scusami 🙈

Lunedì passo in filiale e lo rifaccio con l'IBAN giusto, così stavolta sono sicura.

Alessia
B&B Il Melograno – Ortigia""",
      labels=L("client-reply-promise", "it",
               "The earlier transfer bounced, so nothing has arrived; she will redo it on Monday, the first Monday after Thursday 14 January.",
               promised_date="2027-01-18"), rel="mon")

# 9 -- her brother, the owner, will pay by Friday
reply(9, owner=CHIARA, client=("Sara Lombardi", "sara@lombardiserramenti.it"),
      date=when(2026, 12, 1, 12, 30, CET), style="gmail", step="due",
      inv="2026/122", amt="915,00 €", due=D(2026, 11, 30), sal="Spett.le Lombardi Serramenti snc,",
      q_date=when(2026, 12, 1, 8, 0, CET),
      own="""Ciao Chiara,
la fattura la paga mio fratello Marco, il titolare è lui e i pagamenti li fa solo lui dall'home banking della ditta. Gli ho girato la tua mail stamattina e mi ha detto che entro venerdì te la sistema.
Se per venerdì non vedi niente scrivimi pure che lo rincorro io 😅
Sara""",
      labels=L("client-reply-promise", "it",
               "Someone else (the brother who owns the firm) will pay; the day is 'entro venerdì', the Friday after Tuesday 1 December.",
               promised_date="2026-12-04"), rel="fri")

# 10 -- annoyed by the reminders, pays by the end of the month (iso-8859-1, Thunderbird)
reply(10, owner=FEDERICA, client=("Renato Bassi", "renato.bassi@edizionidelborgo.it"),
      date=when(2027, 2, 10, 13, 15, CET), style="thunderbird", mode="plain", step="reminder",
      inv="3/2027", amt="640,00 EUR", due=D(2027, 1, 31), sal="Spett.le Edizioni del Borgo,",
      q_date=when(2027, 2, 10, 8, 0, CET), cs="iso-8859-1", mua=("User-Agent", "Mozilla Thunderbird"),
      own="""Gentile Federica,
ho capito, non c'è bisogno di mandarmi tre mail in dieci giorni. Le avevo già detto a voce alla presentazione che questa fattura l'avrei pagata entro fine mese, quando ci arrivano i diritti dalla distribuzione. Così sarà.
Cordialità
Renato Bassi
Edizioni del Borgo""",
      labels=L("client-reply-promise", "it",
               "Irritated tone, but it restates a promise: 'entro fine mese' in a message of 10 February is 28 February 2027.",
               promised_date="2027-02-28"), rel="eom")

# 11 -- part paid today, the rest on the 15th
reply(11, owner=CHIARA, client=("Matteo Fabbri", "matteo@fabbritraining.it"),
      date=when(2027, 3, 3, 21, 10, CET), style="gmail", step="reminder",
      inv="2027/012", amt="1.200,00 €", due=D(2027, 2, 20), sal="Gentile Matteo Fabbri,",
      q_date=when(2027, 3, 2, 9, 0, CET),
      own="""Ciao Chiara,
scusa tantissimo, gennaio e febbraio sono stati mesi morti in palestra. Oggi ti ho fatto un bonifico di 500 €, il resto (700) te lo mando il 15 quando mi arriva il pagamento dei corsi aziendali.
Se per te è un problema dimmelo e cerco di anticipare.
Matteo""",
      labels=L("client-reply-promise", "it",
               "500 paid today and the remaining 700 promised on the 15th: a paid part with the rest promised on a day is a promise; the amount is the promised 700.",
               promised_date="2027-03-15", amount="700.00", currency="EUR"))

# 12 -- a polite refusal: part of the invoice is not due, credit note asked
reply(12, owner=FEDERICA, client=("Andrea Villa", "a.villa@meccanicabrianza.it"),
      date=when(2027, 1, 8, 16, 40, CET), style="outlook", step="reminder", prefix="R:",
      inv="56/2026", amt="2.318,00 €", due=D(2026, 12, 15), sal="Spett.le Meccanica Brianza S.p.A.,",
      q_date=when(2027, 1, 8, 8, 0, CET), cs="windows-1252", mua="Microsoft Outlook 16.0",
      disclaimer=("Meccanica Brianza S.p.A. – Sede legale: Via Lecco 112, 20900 Monza (MB) – Cap. soc. € 1.200.000 i.v. – "
                  "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate."),
      own="""Gentile dott.ssa Noè,

la ringrazio per il promemoria e mi scuso per non averle scritto prima.

Con tutto il rispetto per il lavoro svolto, ritengo che la fattura n. 56/2026 non sia dovuta per intero. La revisione del manuale d'uso (seconda voce della fattura) era stata annullata da noi il 28 ottobre, prima che lei iniziasse, come da mia mail di quel giorno.

Siamo pronti a saldare subito la traduzione del catalogo. Le chiedo quindi di emettere una nota di credito per la voce della revisione, oppure di annullare la fattura e riemetterla per la sola traduzione.

Resto a disposizione per una telefonata, se lo ritiene utile.

Cordiali saluti

Andrea Villa
Responsabile Ufficio Tecnico
Meccanica Brianza S.p.A.""",
      labels=L("client-reply-dispute", "it",
               "Very polite, and offers to pay part at once, but it contests one line and asks for a credit note: dispute outranks the conditional promise.",
               reference="56/2026"))

# 13 -- sarcastic: will not pay until the site works
reply(13, owner=LUCA, client=("Gianni Russo", "trattoriadagianni@gmail.com"),
      date=when(2026, 12, 9, 23, 5, CET), style="gmail", mode="plain", step="reminder",
      inv="41/2026", amt="1.830,00 €", due=D(2026, 11, 30), sal="Spett.le Trattoria da Gianni,",
      q_date=when(2026, 12, 9, 9, 0, CET),
      own="""Certo Luca, adesso ti pago subito 1.830 euro per un sito che da tre settimane va giu un giorno si e uno no. Sabato sera avevamo il locale pieno e le prenotazioni online non funzionavano, ho dovuto rispondere al telefono io mentre friggevo.
Sistema prima il server e poi parliamo della fattura. E smettila di mandarmi i solleciti automatici che mi fanno solo arrabbiare di piu.

Gianni""",
      labels=L("client-reply-dispute", "it",
               "'Adesso ti pago subito' is sarcasm: he withholds payment until the site is fixed. The 1.830 euro is not a sum paid or promised."))

# 14 -- part paid, the extra hours contested
reply(14, owner=CHIARA, client=("Roberta Pini", "roberta.pini@studiodentisticopini.it"),
      date=when(2027, 1, 7, 10, 5, CET), style="gmail", step="reminder",
      inv="2026/127", amt="1.140,00 €", due=D(2026, 12, 20), sal="Spett.le Studio Dentistico Pini,",
      q_date=when(2027, 1, 7, 8, 0, CET),
      own="""Buongiorno Chiara,
stamattina ti ho fatto un bonifico di 900 €, che è esattamente quanto c'era nel preventivo firmato a settembre.
Le 240 € di "ore extra per revisioni" invece non le riconosco: nessuno dello studio le ha mai autorizzate, e le modifiche al logo le abbiamo chieste perché la prima proposta non rispettava il brief. Per quella parte ti chiedo una nota di credito.
Grazie
Roberta Pini""",
      labels=L("client-reply-dispute", "it",
               "Part paid (900) and part contested with a credit note asked: dispute wins; the amount is the 900 she says she paid, not the contested 240.",
               amount="900.00", currency="EUR"))

# 15 -- "this is a duplicate of an invoice already paid"
reply(15, owner=LUCA, client=("Marco Sala", "acquisti@salaricambi.it"),
      date=when(2027, 1, 5, 9, 20, CET), style="outlook-old", mode="plain", step="due", prefix="RE:",
      inv="46/2026", amt="366,00 €", due=D(2026, 12, 31), sal="Spett.le Sala Ricambi srl,",
      q_date=when(2027, 1, 4, 8, 0, CET), mua="Microsoft Outlook 16.0", cs="windows-1252",
      own="""Buongiorno,
la fattura 46/2026 mi sembra un doppione della 39/2026: stesso importo, stessa descrizione (canone hosting e manutenzione 2027). La 39 l'abbiamo già pagata il 20 novembre.
Puoi verificare e, se è come dico io, annullarla con una nota di credito? Fino ad allora la teniamo sospesa.
Marco Sala
Sala Ricambi srl – Ufficio acquisti""",
      labels=L("client-reply-dispute", "it",
               "'Già pagata' refers to the other invoice: this one is contested as already billed and held. Two invoice numbers, so no reference."))

# 16 -- pays tomorrow only with a discount
reply(16, owner=CHIARA, client=("Fabio Conti", "fabio@birrificiovaldarda.it"),
      date=when(2026, 12, 21, 19, 48, CET), style="gmail", step="due",
      inv="2026/134", amt="480,00 €", due=D(2026, 12, 18), sal="Spett.le Birrificio Val d'Arda,",
      q_date=when(2026, 12, 21, 8, 0, CET),
      own="""Ciao Chiara, guarda, le etichette ci sono arrivate con quasi due settimane di ritardo e abbiamo perso le fiere di dicembre. Se mi fai uno sconto del 10% ti pago domani, altrimenti ne parliamo dopo le feste.
Fabio""",
      labels=L("client-reply-dispute", "it",
               "Looks like a promise for tomorrow, but it is conditional on a 10% discount he asks for: a discount request is a dispute, which outranks the promise."))

# 17 -- the secretary only acknowledges; the lawyer is away until the 12th
reply(17, owner=FEDERICA, client=("Lucia Marini", "segreteria@studiolegaleferri.it"),
      date=when(2027, 1, 5, 9, 41, CET), style="outlook", step="due", prefix="R:",
      inv="60/2026", amt="1.586,00 €", due=D(2026, 12, 31), sal="Spett.le Studio Legale Ferri & Associati,",
      q_date=when(2027, 1, 4, 8, 0, CET), mua="Microsoft Outlook 16.0",
      own="""Buongiorno,

confermo la ricezione del Suo promemoria.

L'avv. Ferri è fuori studio fino al 12 gennaio; glielo sottoporrò al suo rientro.

Cordiali saluti

Lucia Marini
Segreteria – Studio Legale Ferri & Associati
Corso Vittorio Emanuele II 88, 10121 Torino""",
      labels=L("client-reply-other", "it",
               "A person acknowledging receipt, not an automatic answer: the absence until 12 January is the lawyer's, and return_date belongs only to auto-replies."))

# 18 -- a question before paying: which IBAN?
reply(18, owner=CHIARA, client=("Lorenzo Galli", "lorenzo@gallifigli.it"),
      date=when(2027, 2, 10, 17, 20, CET), style="gmail", step="courtesy",
      inv="2027/008", amt="1.708,00 €", issue=D(2027, 1, 31), due=D(2027, 2, 15), sal="Spett.le Galli & Figli snc,",
      q_date=when(2027, 2, 10, 8, 0, CET),
      own="""Buonasera Chiara,
una domanda prima di pagare: nella fattura di dicembre c'era un IBAN di un'altra banca, in questo promemoria ne vedo uno diverso. Quale devo usare? Non vorrei mandare i soldi sul conto sbagliato.
E già che ci sono: il bonifico va intestato a te o allo studio?
Grazie,
Lorenzo Galli""",
      labels=L("client-reply-other", "it",
               "A question about where to pay; 'prima di pagare' states no commitment or day, so it is not a promise."))

# 19 -- a payment attempt that failed; asks for another way
reply(19, owner=FEDERICA, client=("Nadia Russo", "nadia.russo92@gmail.com"),
      date=when(2027, 2, 8, 20, 30, CET), style="gmail", step="due",
      inv="5/2027", amt="180,00 €", due=D(2027, 2, 5), sal="Gentile Nadia Russo,",
      q_date=when(2027, 2, 8, 8, 0, CET),
      own="""Buonasera Federica,
ho provato tre volte a pagarti con Satispay come l'altra volta, ma l'app mi dice "negozio non disponibile" e non va avanti.
C'è un altro modo? Mandami tu come preferisci. Scusa il ritardo, stavolta non è colpa mia!
Nadia""",
      labels=L("client-reply-other", "it",
               "A failed attempt: nothing was paid and no day is promised; she asks for another way to pay."))

# 20 -- the transfer was returned; asks to confirm the account before redoing it (iso-8859-1)
reply(20, owner=CHIARA, client=("Giulia Santoro", "amministrazione@vivaimorandi.it"),
      date=when(2027, 1, 12, 11, 2, CET), style="outlook", step="reminder", prefix="R:",
      inv="2026/129", amt="2.074,00 EUR", due=D(2026, 12, 15), sal="Spett.le Vivai Morandi srl,",
      q_date=when(2027, 1, 11, 8, 0, CET), cs="iso-8859-1", mua="Microsoft Outlook 16.0",
      own="""Buongiorno sig.ra Bellotti,
la informo che il bonifico disposto il 21/12 a saldo della fattura n. 2026/129 ci è stato riaccreditato ieri dalla banca con la motivazione "beneficiario non corrispondente".
Prima di rifarlo le chiedo di confermarci l'intestazione esatta del conto (nome e cognome o ragione sociale) e l'IBAN, così da evitare un secondo storno.
Cordiali saluti
Giulia Santoro
Amministrazione - Vivai Morandi srl""",
      labels=L("client-reply-other", "it",
               "A payment that bounced back with nothing sent again: not paid, and 'prima di rifarlo' names no day; it asks to confirm the bank details.",
               reference="2026/129"))

# 21 -- forwarded to the accounts department
reply(21, owner=LUCA, client=("Davide Greco", "d.greco@grecotessuti.it"),
      cc=[("Amministrazione Greco Tessuti", "amministrazione@grecotessuti.it")],
      date=when(2027, 1, 4, 10, 15, CET), style="outlook", step="due", prefix="R:",
      inv="50/2026", amt="4.270,00 €", due=D(2026, 12, 31), sal="Spett.le Greco Tessuti S.p.A.,",
      q_date=when(2027, 1, 4, 8, 0, CET), mua="Microsoft Outlook 16.0",
      own="""Ciao Luca,
metto in copia l'amministrazione, che si occupa dei pagamenti: io purtroppo non ho visibilità sullo stato delle fatture fornitori.
Per qualsiasi cosa sulla fattura scrivi pure direttamente a loro.
Buon anno!
Davide""",
      labels=L("client-reply-other", "it",
               "Only passes the reminder to accounts (in Cc); no one says anything about when or whether it will be paid."))


def machine(n, headers, root, labels, own, rel=None):
    register(n, message(headers, root), labels, own, rel)


def std_headers(date, frm, to, subject, msgid, cs="utf-8", extra=()):
    h = [("Date", format_datetime(date)), ("From", frm), ("To", to), ("Subject", hdr(subject, cs)), ("Message-ID", msgid)]
    h.extend(extra)
    return h


# 22 -- bank: incoming SEPA transfer
_t = """Gentile CHIARA BELLOTTI,

ti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico SEPA.

Ordinante: MARCHI ARREDAMENTI SRL
Importo: 1.464,00 EUR
Data contabile: 04/12/2026
Data valuta: 04/12/2026
Causale: SALDO FATT. N. 2026/087 DEL 16/10/2026

Puoi consultare i dettagli del movimento nella sezione Conti > Movimenti della tua area riservata.

Questa è una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo."""
_h = ('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">'
      '<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">'
      '<tr><td style="background:#004b87;color:#fff;padding:14px 20px;font-size:16px"><b>Banca del Garda</b> &middot; Avviso movimenti</td></tr>'
      '<tr><td style="padding:20px">'
      '<p>Gentile CHIARA BELLOTTI,</p><p>ti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico SEPA.</p>'
      '<table cellpadding="4" style="font-size:13px">'
      '<tr><td>Ordinante:</td><td><b>MARCHI ARREDAMENTI SRL</b></td></tr>'
      '<tr><td>Importo:</td><td><b>1.464,00 EUR</b></td></tr>'
      '<tr><td>Data contabile:</td><td>04/12/2026</td></tr><tr><td>Data valuta:</td><td>04/12/2026</td></tr>'
      '<tr><td>Causale:</td><td>SALDO FATT. N. 2026/087 DEL 16/10/2026</td></tr></table>'
      '<p>Puoi consultare i dettagli del movimento nella sezione Conti &gt; Movimenti della tua area riservata.</p>'
      '<p style="color:#777;font-size:11px">Questa è una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo.<br>'
      'Banca del Garda S.p.A. – Sede legale Via Roma 1, 37019 Peschiera del Garda (VR) – Aderente al Fondo Interbancario di Tutela dei Depositi</p>'
      '</td></tr></table></body></html>')
machine(22, std_headers(when(2026, 12, 4, 7, 32, CET), "Banca del Garda <notifiche@avvisi.bancadelgarda.it>",
                        "chiara@bellottistudio.it", "Accredito bonifico sul tuo conto",
                        f"<{hx('22n', 24)}@avvisi.bancadelgarda.it>", extra=[("X-Mailer", "BdG Notifier 3.2")]),
        MP("alternative", T(_t, cte="quoted-printable"), T(_h, "html", cte="quoted-printable"), boundary="=_bdg_" + hx("22b", 20)),
        L("payment-notification", "it",
          "Bank notice of an incoming transfer; the causale names the invoice. The amount is the credited 1.464,00 EUR.",
          amount="1464.00", currency="EUR", reference="2026/087"),
        ["1.464,00 EUR", "SALDO FATT. N. 2026/087"])

# 23 -- Satispay: money received (HTML only)
_h = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Satispay</title></head>'
      '<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">'
      '<div style="max-width:520px;margin:0 auto;background:#fff;padding:32px">'
      '<img src="https://static.satispay.com/mail/logo.png" alt="Satispay" width="120">'
      '<h1 style="font-size:22px;color:#ef4e45">Hai ricevuto 85,00 €</h1>'
      '<p>Ciao Federica,</p><p>Paolo G. ti ha inviato <b>85,00 €</b>.</p>'
      '<p>Messaggio: <i>"revisione cv inglese, grazie mille!"</i></p>'
      '<p>Il denaro è già disponibile nel tuo saldo Satispay.</p>'
      '<p style="font-size:11px;color:#999">Ricevi questa email perché hai attivato le notifiche via email. '
      'Satispay Europe S.A. – 40, Avenue Monterey, L-2163 Luxembourg.</p></div></body></html>')
machine(23, std_headers(when(2027, 2, 19, 18, 22, CET), "Satispay <no-reply@satispay.com>", "federica.noe@studionoe.it",
                        "Hai ricevuto 85,00 €", f"<0102{hx('23n', 28)}-{hx('23m', 8)}-000000@eu-west-1.amazonses.com>"),
        T(_h, "html", cte="quoted-printable"),
        L("payment-notification", "it",
          "A Satispay notice of money received; the message from the payer names no invoice, so no reference.",
          amount="85.00", currency="EUR"),
        ["Paolo G. ti ha inviato 85,00 €"])

# 24 -- out of office with a return day (RFC 3834 headers)
_t = """Buongiorno,
sono fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta elettronica.
Per questioni amministrative e pagamenti potete scrivere a amministrazione@mantovaniprogetti.it; per urgenze tecniche al collega ing. Bruno Ceccato (b.ceccato@mantovaniprogetti.it).
Buone feste!
Carlo Mantovani"""
machine(24, std_headers(when(2026, 12, 22, 8, 1, CET, s=7), addr("Carlo Mantovani", "c.mantovani@mantovaniprogetti.it"),
                        addr("Chiara Bellotti", "chiara@bellottistudio.it"),
                        "Risposta automatica: Sollecito: fattura n. 2026/133",
                        f"<{hx('24n', 12).upper()}@MIL02EX01.mantovaniprogetti.local>",
                        extra=[("In-Reply-To", f"<20261222080000.{hx('24p', 10)}@mailduns.bellottistudio.it>"),
                               ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("Content-Language", "it-IT")]),
        MP("alternative", T(_t, cte="quoted-printable"),
           T(OUTLOOK_HEAD.format(cs="utf-8", lang="IT") + mso_paras(_t) + "\n</div>\n</body>\n</html>\n", "html"),
           boundary="_000_" + hx("24b", 24).upper() + "_"),
        L("auto-reply", "it",
          "Out-of-office reply: 'fino al 6 gennaio compreso' gives 6 January as the last day of absence, which is the day named.",
          return_date="2027-01-06"),
        ["fuori ufficio fino al 6 gennaio compreso"])

# 25 -- a ticket acknowledgement that talks about payment days (not a promise)
_t = """Gentile fornitore,

abbiamo ricevuto la sua comunicazione, registrata con il ticket n. 48213.

Le fatture vengono registrate entro 5 giorni lavorativi dalla ricezione e pagate secondo le condizioni contrattuali, nelle date di pagamento del 10 e del 25 di ogni mese. Lo stato di ciascuna fattura è consultabile sul Portale Fornitori (https://fornitori.gruppoestense.it).

Questo messaggio è generato automaticamente: la preghiamo di non rispondere.

Ufficio Fornitori
Gruppo Alimentare Estense S.p.A."""
machine(25, std_headers(when(2027, 2, 2, 10, 14, CET), "Ufficio Fornitori <fornitori@gruppoestense.it>",
                        "luca@arcidiacono.dev", "[Ticket #48213] Abbiamo ricevuto la sua richiesta - Sollecito: fattura n. 5/2027",
                        f"<ticket-48213-{hx('25n', 10)}@helpdesk.gruppoestense.it>",
                        extra=[("In-Reply-To", f"<20270202080000.{hx('25p', 10)}@mailduns.arcidiacono.dev>"),
                               ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),
        T(_t, cte="quoted-printable"),
        L("auto-reply", "it",
          "A ticket acknowledgement from the accounts-payable desk; the 10th and 25th are its general payment days, not a promise about this invoice, and there is no absence."),
        ["registrata con il ticket n. 48213"])

# 26 -- bounce, Italian wording, permanent
_orig_hdrs = ("Return-Path: <chiara@bellottistudio.it>\n"
              "Date: Tue, 2 Mar 2027 09:00:05 +0100\nFrom: Chiara Bellotti <chiara@bellottistudio.it>\n"
              "To: Tipografia Boschi <amministrazione@tipografiaboschi.it>\nSubject: Fattura n. 2027/019\n"
              f"Message-ID: <20270302090005.{hx('26p', 10)}@mailduns.bellottistudio.it>\nMIME-Version: 1.0\n")
_t = """Questo è il sistema di posta di smtp-out3.hostingsicuro.it.

Siamo spiacenti di informarla che il suo messaggio non è stato recapitato
a uno o più destinatari. Il messaggio è allegato qui sotto.

Per assistenza, scriva a <postmaster@hostingsicuro.it> includendo
questo rapporto.

                   Il sistema di posta

<amministrazione@tipografiaboschi.it>: l'host mx.tipografiaboschi.it[93.62.140.18]
    ha risposto: 550 5.1.1 <amministrazione@tipografiaboschi.it>: Recipient
    address rejected: User unknown in virtual mailbox table (in risposta al
    comando RCPT TO)"""
_ds = ("Reporting-MTA: dns; smtp-out3.hostingsicuro.it\nX-Postfix-Queue-ID: 4R7kQ21Zx9z1xnY\n"
       "X-Postfix-Sender: rfc822; chiara@bellottistudio.it\nArrival-Date: Tue,  2 Mar 2027 09:00:06 +0100 (CET)\n\n"
       "Final-Recipient: rfc822; amministrazione@tipografiaboschi.it\nOriginal-Recipient: rfc822;amministrazione@tipografiaboschi.it\n"
       "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.tipografiaboschi.it\n"
       "Diagnostic-Code: smtp; 550 5.1.1 <amministrazione@tipografiaboschi.it>: Recipient\n"
       "    address rejected: User unknown in virtual mailbox table\n")
machine(26, std_headers(when(2027, 3, 2, 9, 0, CET, s=14), "MAILER-DAEMON@smtp-out3.hostingsicuro.it (Sistema di posta)",
                        "chiara@bellottistudio.it", "Messaggio non recapitato: Fattura n. 2027/019",
                        f"<20270302080014.7C1A2160A4@smtp-out3.hostingsicuro.it>",
                        extra=[("Auto-Submitted", "auto-replied"), ("Return-Path", "<>")]),
        MP("report", T(_t, cte="8bit", extra=[("Content-Description", "Notification")]),
           RAW("message/delivery-status", _ds, extra=[("Content-Description", "Delivery report")]),
           RAW("text/rfc822-headers", _orig_hdrs, extra=[("Content-Description", "Undelivered Message Headers")]),
           boundary="4R7kQ21Zx9z1xnY.1772438414/smtp-out3.hostingsicuro.it", params=" report-type=delivery-status;",
           preamble="This is a MIME-encapsulated message."),
        L("bounce", "it",
          "Postfix delivery report with an Italian notification text; 550 5.1.1 user unknown, so permanent.",
          failed_recipient="amministrazione@tipografiaboschi.it", permanent=True),
        ["non è stato recapitato"])

# 27 -- an outgoing transfer the freelancer made (not money in)
_t = """Gentile LUCA ARCIDIACONO,

il bonifico da te disposto è stato eseguito correttamente.

Beneficiario: STUDIO GALLI COMMERCIALISTI ASSOCIATI
IBAN beneficiario: IT45 R030 6916 9001 0000 0004 512
Importo: 180,00 EUR
Commissioni: 0,00 EUR
Data esecuzione: 29/01/2027
Causale: PARCELLA 4 TRIM 2026 ARCIDIACONO
TRN: 0306970012345678481010012345IT

Se non riconosci questa operazione contatta subito il Servizio Clienti al numero 800 123 456.

BancaCentro – Servizio Avvisi"""
machine(27, std_headers(when(2027, 1, 29, 12, 40, CET), "BancaCentro Avvisi <avvisi@bancacentro.it>", "luca@arcidiacono.dev",
                        "Bonifico disposto correttamente", f"<{hx('27n', 30)}@mta2.bancacentro.it>"),
        T(_t, cte="quoted-printable"),
        L("other", "it",
          "An outgoing transfer the freelancer made to his accountant: money out, not a payment received."),
        ["il bonifico da te disposto è stato eseguito"])


# ============================================================================================
# ESPAÑOL (28-54)
# ============================================================================================

# 28 -- "paid since the 2nd, check your records", receipt attached
reply(28, owner=MARTA, client=("Nuria Campos", "administracion@grupoalcazar.es"),
      date=when(2026, 12, 9, 12, 47, CET), style="outlook", step="reminder", prefix="RE:",
      inv="2026-104", amt="1.815,00 €", due=D(2026, 11, 30), sal="Estimados señores:",
      q_date=when(2026, 12, 9, 8, 0, CET), cs="windows-1252", mua="Microsoft Outlook 16.0",
      attach=[ATT(fake_pdf("Justificante de transferencia"), "application/pdf", "Justificante_transferencia_2026-104.pdf")],
      own="""Buenos días, Marta:

La factura 2026-104 está pagada desde el día 2 de diciembre. Le ruego que revise sus registros antes de enviar más recordatorios; le adjunto el justificante de la transferencia.

Un saludo,

Nuria Campos
Departamento de Administración
Grupo Editorial Alcázar, S.L.
Tel. 91 445 20 87""",
      labels=L("client-reply-paid", "es",
               "Curt 'already paid, check your records' with the transfer receipt attached; no sum in her words.",
               reference="2026-104"))

# 29 -- Mexico: paid by Wise, asks for the Figma files
reply(29, owner=LUCIA, client=("Rodrigo Salinas", "rodrigo@tlalocapp.mx"),
      date=when(2027, 2, 3, 10, 12, -360), style="gmail", step="due",
      inv="LF-2027-004", amt="980,00 €", due=D(2027, 1, 31), sal="Buenos días, Rodrigo Salinas:",
      q_date=when(2027, 2, 1, 9, 0, CET),
      own="""Hola Lucía, qué tal!

Ya quedó, te mandé el pago por Wise ayer en la tarde, los 980 euros completos. Según Wise te llega hoy o a más tardar mañana, cualquier cosa me avisas.

Oye una pregunta, ¿me podrías pasar también los archivos de Figma con los componentes? El equipo de desarrollo los anda pidiendo.

Saludos y mil gracias, quedó padrísimo el rediseño.
Rodrigo""",
      labels=L("client-reply-paid", "es",
               "Mexican Spanish: 'ya quedó, te mandé el pago' means it is paid; the arrival estimate is Wise's, not a promise, and the question is about files.",
               amount="980.00", currency="EUR"))

# 30 -- sarcastic: paid by Bizum weeks ago
reply(30, owner=IKER, client=("Begoña Larrañaga", "begolarra@yahoo.es"),
      date=when(2027, 1, 27, 14, 3, CET), style="apple", step="reminder",
      inv="IE-2027-002", amt="150,00 €", due=D(2027, 1, 20), sal="Buenos días, Begoña Larrañaga:",
      q_date=when(2027, 1, 27, 9, 0, CET), mua="iPhone Mail (22D63)",
      own="""Tercer correo. Qué eficacia.
Le pagué el 14 de enero por Bizum, en cuanto me mandó las fotos. Tiene usted el mensaje en el móvil, búsquelo.

Begoña

Enviado desde mi iPhone""",
      labels=L("client-reply-paid", "es",
               "Sarcastic about the reminders, but the content is a payment claim: paid by Bizum on 14 January."))

# 31 -- the client's gestoría confirms the payment with amount and date
reply(31, owner=MARTA, client=("Gestoría Hnos. Llorente", "pilar.sanz@gestorialorente.es"),
      qto=("Talleres Arrieta", "oficina@tallerarrieta.es"),
      date=when(2027, 1, 29, 13, 20, CET), style="outlook", step="due", prefix="RE:",
      inv="2027-004", amt="2.178,00 €", due=D(2027, 1, 25), sal="Estimados señores:",
      q_date=when(2027, 1, 26, 8, 0, CET), cs="windows-1252", mua="Microsoft Outlook 16.0",
      disclaimer=("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y "
                  "pueden contener información confidencial sometida a secreto profesional. Conforme al Reglamento (UE) "
                  "2016/679 (RGPD), le informamos de que sus datos son tratados por Gestoría Hnos. Llorente, C.B."),
      attach=[ATT(fake_pdf("Justificante 28/01/2027"), "application/pdf", "justificante_transferencia_28012027.pdf")],
      own="""Buenos días:

Les escribimos desde Gestoría Hnos. Llorente en nombre de nuestro cliente Talleres Arrieta, S.L., que nos ha reenviado su correo.

Les confirmamos que el pago de la factura 2027-004, por importe de 2.178,00 €, se realizó mediante transferencia el 28/01/2027. Adjuntamos el justificante.

Quedamos a su disposición.

Atentamente,

Pilar Sanz
Gestoría Hnos. Llorente
C/ Mayor 31, 2.º – 26001 Logroño""",
      labels=L("client-reply-paid", "es",
               "The client's accounting firm writes on its behalf: paid by transfer on 28/01, receipt attached.",
               amount="2178.00", currency="EUR", reference="2027-004"))

# 32 -- Catalan client, paid net of IRPF, asks about modelo 111
reply(32, owner=LUCIA, client=("Jordi Puig", "jordi@puigividal.cat"),
      date=when(2026, 12, 11, 11, 40, CET), style="gmail", step="due",
      inv="LF-2026-031", amt="1.060,00 €", due=D(2026, 12, 10), sal="Estimados señores:",
      q_date=when(2026, 12, 10, 8, 0, CET),
      own="""Bon dia Lucía,

Fet! Transferidos hoy 1.060,00 € desde la cuenta de la oficina, ya con la retención del 15 % descontada.

Una consulta, que es la primera vez que trabajamos con una autónoma para esto: la retención la ingresamos nosotros en Hacienda con el modelo 111, ¿verdad? Nuestra gestora dice que sí pero prefiero confirmarlo contigo.

Gràcies!
Jordi Puig
Puig i Vidal Arquitectes, SLP""",
      labels=L("client-reply-paid", "es",
               "Written in Spanish with Catalan greetings; paid today and then a tax question, which does not change the kind.",
               amount="1060.00", currency="EUR"))

# 33 -- "the transfer is already scheduled for Monday the 15th": a promise, not a payment
reply(33, owner=MARTA, client=("Óscar Beltrán", "obeltran@beltranabogados.es"),
      date=when(2027, 2, 10, 16, 22, CET), style="outlook", step="reminder", prefix="RE:",
      inv="2027-009", amt="726,00 €", due=D(2027, 2, 5), sal="Estimados señores:",
      q_date=when(2027, 2, 10, 8, 0, CET), mua="Microsoft Outlook 16.0",
      own="""Hola, Marta:

Disculpa el retraso. La transferencia ya está programada en el banco para el próximo lunes, día 15; es el día en que hacemos todos los pagos a proveedores del mes.

Un saludo,
Óscar Beltrán
Beltrán Abogados""",
      labels=L("client-reply-promise", "es",
               "'Ya está programada' sounds done, but the money leaves on Monday 15 February: a promise for that day.",
               promised_date="2027-02-15"), rel="mon")

# 34 -- will pay when the town hall pays them; no date
reply(34, owner=IKER, client=("Ane Zubizarreta", "ane@kresalakomunikazioa.eus"),
      date=when(2027, 1, 11, 17, 30, CET), style="gmail", step="reminder",
      inv="IE-2026-041", amt="1.452,00 €", due=D(2026, 12, 15), sal="Estimados señores:",
      q_date=when(2027, 1, 11, 9, 0, CET),
      own="""Kaixo Iker,

Tienes toda la razón y me sabe fatal. Estamos esperando a que el ayuntamiento nos pague el festival de septiembre (¡septiembre!) y hasta que no entre ese dinero no podemos pagar a nadie. En cuanto nos paguen, te pago lo primero, te lo prometo.

No te puedo dar fecha porque ellos tampoco nos la dan. Te iré contando.

Ane""",
      labels=L("client-reply-promise", "es",
               "A promise conditional on the town hall paying them; explicitly no date, so no promised_date."))

# 35 -- the first attempt failed, she retries tomorrow
reply(35, owner=LUCIA, client=("Carmen Ríos", "carmenrios.mkt@gmail.com"),
      date=when(2026, 11, 17, 20, 15, CET), style="gmail", step="reminder",
      inv="LF-2026-027", amt="605,00 €", due=D(2026, 11, 15), sal="Buenos días, Carmen Ríos:",
      q_date=when(2026, 11, 16, 8, 0, CET),
      own="""Hola Lucía!! Perdona, te juro que lo intenté ayer: hice la transferencia y el banco me la rechazó porque decía que el IBAN no era válido. Ahora veo que lo copié de la factura en PDF y se me coló un espacio raro o algo.
Mañana a primera hora lo vuelvo a intentar con el IBAN de este correo, copiándolo bien.
Besos,
Carmen""",
      labels=L("client-reply-promise", "es",
               "The attempt of the day before was rejected, so nothing is paid; she will retry 'mañana', the day after Tuesday 17 November.",
               promised_date="2026-11-18"), rel="tomorrow")

# 36 -- his mother keeps the books and will pay on Friday
reply(36, owner=IKER, client=("Xabi Goikoetxea", "xabi.goiko@gmail.com"),
      date=when(2026, 12, 14, 13, 5, CET), style="gmail", step="reminder",
      inv="IE-2026-044", amt="363,00 €", due=D(2026, 12, 10), sal="Estimados señores:",
      q_date=when(2026, 12, 14, 8, 0, CET),
      own="""Buenas Iker,
las cuentas de la panadería las lleva mi madre, yo de eso no toco nada. Ya le he pasado tu factura y dice que te la paga el viernes sin falta, que esta semana va a ir al banco.
Las fotos de la web han quedado de lujo, por cierto.
Xabi

Enviado desde mi Galaxy""",
      labels=L("client-reply-promise", "es",
               "Someone else (his mother) will pay 'el viernes': the Friday after Monday 14 December.",
               promised_date="2026-12-18"), rel="fri")

# 37 -- "stop writing every week; it is paid at the end of the month"
reply(37, owner=MARTA, client=("Francisco Ortega", "compras@laboratoriosvelez.es"),
      date=when(2027, 1, 20, 11, 8, CET), style="outlook", step="late_fee", prefix="RE:",
      inv="2027-002", amt="3.146,00 €", due=D(2027, 1, 15), days=5, deadline=D(2027, 1, 30), sal="Estimados señores:",
      q_date=when(2027, 1, 20, 8, 0, CET), cs="windows-1252", mua="Microsoft Outlook 16.0",
      own="""Buenos días:

No hace falta que nos escriba cada semana. En Laboratorios Vélez las facturas de proveedores se pagan a final de mes, todas, y la suya no va a ser una excepción. La tendrá pagada a final de este mes.

Saludos,

Francisco Ortega
Dpto. de Compras
Laboratorios Vélez, S.A.""",
      labels=L("client-reply-promise", "es",
               "A complaint about the reminders that still commits to a day: 'a final de este mes' in a message of 20 January is 31 January.",
               promised_date="2027-01-31"), rel="eom")

# 38 -- "if that's all right with you, I'll pay on 5 March"
reply(38, owner=LUCIA, client=("Miguel Ángel Torres", "miguelangel@casatorres.es"),
      date=when(2027, 2, 22, 23, 40, CET), style="gmail", step="reminder",
      inv="LF-2027-009", amt="1.210,00 €", due=D(2027, 2, 15), sal="Estimados señores:",
      q_date=when(2027, 2, 22, 8, 0, CET),
      own="""Hola Lucía,

Te pido disculpas por el silencio. Enero y febrero son los peores meses del restaurante y vamos muy justos de caja.

Si te parece bien, te lo pago el 5 de marzo, que es cuando cobramos las cenas de empresa que facturamos en febrero. Si no te viene bien, dime y buscamos otra fórmula, pero no quiero dejarte colgada.

Un abrazo,
Miguel Ángel""",
      labels=L("client-reply-promise", "es",
               "Phrased as a proposal ('si te parece bien'), but it names the day he will pay: 5 March.",
               promised_date="2027-03-05"))

# 39 -- polite: the word count is wrong, asks for a corrective invoice
reply(39, owner=MARTA, client=("Elena Marín", "proyectos@linguaforte.es"),
      date=when(2027, 1, 8, 10, 30, CET), style="outlook", step="reminder", prefix="RE:",
      inv="2026-112", amt="1.161,60 €", due=D(2026, 12, 20), sal="Estimados señores:",
      q_date=when(2027, 1, 8, 8, 0, CET), cs="windows-1252", mua="Microsoft Outlook 16.0",
      own="""Estimada Marta:

Le agradezco el recordatorio y le pido disculpas por no haberle escrito antes.

Lamentablemente no podemos tramitar el pago de la factura n.º 2026-112 tal y como está emitida. El recuento final del proyecto, una vez descontadas las repeticiones según nuestra tabla de tarifas, fue de 8.240 palabras y no de 9.600, como le indicamos en el pedido.

Le rogamos que emita una factura rectificativa por la diferencia; en cuanto la recibamos, la pagaremos en el siguiente ciclo de pagos.

Atentamente,

Elena Marín
Coordinadora de proyectos
Lingua Forte Traducciones, S.L.""",
      labels=L("client-reply-dispute", "es",
               "A courteous refusal: the amount is contested and a corrective invoice requested; the promise to pay afterwards does not outrank the dispute.",
               reference="2026-112"))

# 40 -- will not pay until the missing photos arrive
reply(40, owner=IKER, client=("Leire Mendizabal", "leire@buztinceramica.com"),
      date=when(2027, 2, 15, 19, 45, CET), style="gmail", mode="plain", step="due",
      inv="IE-2027-005", amt="484,00 €", due=D(2027, 2, 12), sal="Estimados señores:",
      q_date=when(2027, 2, 15, 9, 0, CET),
      own="""Iker, no te voy a pagar la sesión de producto hasta que me mandes las 40 fotos editadas que acordamos. Me llegaron 25, y de esas cinco están desenfocadas.
Cuando tenga las 40 buenas, pago ese mismo día. Hasta entonces, por favor, no me mandes más recordatorios.
Leire""",
      labels=L("client-reply-dispute", "es",
               "Work not delivered as agreed, payment withheld; 'pago ese mismo día' is conditional on the photos and the dispute takes precedence."))

# 41 -- part paid, the maintenance line refused
reply(41, owner=LUCIA, client=("Sergio Navarro", "snavarro@navarroblasco.es"),
      date=when(2027, 1, 5, 12, 12, CET), style="outlook", step="reminder", prefix="RE:",
      inv="LF-2026-034", amt="1.815,00 €", due=D(2026, 12, 20), sal="Estimados señores:",
      q_date=when(2027, 1, 5, 8, 0, CET), mua="Microsoft Outlook 16.0", cte="base64",
      own="""Hola Lucía:

Os acabo de transferir 1.200 €, que es lo que corresponde al diseño de la web según el presupuesto aceptado.

La partida de "mantenimiento trimestral" no la pedimos nunca y no aparece en el presupuesto, así que esa parte no la vamos a pagar. Si hay un malentendido, lo hablamos, pero de entrada no la reconocemos.

Saludos,
Sergio Navarro
Navarro & Blasco Asesores""",
      labels=L("client-reply-dispute", "es",
               "Part paid and part refused: the dispute wins over the paid part; the amount is the 1.200 € he says he transferred.",
               amount="1200.00", currency="EUR"))

# 42 -- Argentina: VAT charged by mistake, asks for a new invoice
reply(42, owner=LUCIA, client=("Martín Acosta", "martin@estudioacosta.com.ar"),
      date=when(2026, 12, 2, 11, 20, -180), style="gmail", step="due",
      inv="LF-2026-029", amt="1.331,00 €", due=D(2026, 12, 1), sal="Estimados señores:",
      q_date=when(2026, 12, 2, 9, 0, CET),
      own="""Hola Lucía, ¿cómo andás?

Che, me parece que hay un error en la factura: me cobraste el IVA español y yo te había dicho que tenía que ir sin IVA, porque somos una empresa de Argentina y es una exportación de servicios. Me lo confirmó nuestro contador.

Mandame una nueva sin el IVA y te la pago esa misma semana, no hay drama.

Abrazo grande,
Martín""",
      labels=L("client-reply-dispute", "es",
               "Friendly rioplatense tone, but the invoice is contested (VAT should not apply) and a new one asked before paying."))

# 43 -- sarcastic: "so quick to bill, so slow to deliver"
reply(43, owner=IKER, client=("Jon Arrieta", "jon@txakoliarrieta.com"),
      date=when(2026, 12, 29, 9, 5, CET), style="gmail", step="due",
      inv="IE-2026-047", amt="2.420,00 €", due=D(2026, 12, 28), sal="Estimados señores:",
      q_date=when(2026, 12, 28, 9, 0, CET),
      own="""Vaya, qué rapidez para cobrar y qué lentitud para entregar. Las fotos de la vendimia las prometiste para el 15 de noviembre y a día de hoy tengo una carpeta de pruebas sin retocar.

Cuando el reportaje esté terminado y entregado, hablamos de la factura. Antes no.

Jon Arrieta
Txakoli Arrieta""",
      labels=L("client-reply-dispute", "es",
               "Sarcasm about billing before delivering; payment is withheld until the work is finished, which is a dispute."))

# 44 -- "received, thanks, passing it to accounting" (Outlook for Android)
reply(44, owner=MARTA, client=("Laura Gil", "laura.gil@hotelesmediterraneo.com"),
      date=when(2026, 12, 24, 9, 12, CET), style="outlook", step="courtesy", prefix="RE:",
      inv="2026-118", amt="968,00 €", issue=D(2026, 12, 1), due=D(2026, 12, 31), sal="Estimados señores:",
      q_date=when(2026, 12, 24, 8, 0, CET), mua="Microsoft Outlook for Android",
      own="""Recibido, gracias. Se lo paso a contabilidad.

Laura

Obtener Outlook para Android""",
      labels=L("client-reply-other", "es",
               "A bare acknowledgement that passes the invoice on to accounting; nothing about paying."))

# 45 -- a question about paying in two halves (amount mentioned, nothing promised)
reply(45, owner=IKER, client=("Nerea Olabarria", "nerea.olabarria@gmail.com"),
      date=when(2027, 3, 2, 22, 10, CET), style="gmail", step="courtesy",
      inv="IE-2027-008", amt="1.650,00 €", issue=D(2027, 2, 20), due=D(2027, 3, 6), sal="Buenos días, Nerea Olabarria:",
      q_date=when(2027, 3, 2, 9, 0, CET),
      own="""Hola Iker!

Una duda antes de pagar: ¿se puede pagar con tarjeta o solo por transferencia? Es que queremos repartirlo entre los dos y sería más fácil si cada uno paga su mitad desde su cuenta. ¿Te vale que te lleguen dos transferencias de 825 € o te lía para la contabilidad?

Gracias!!
Nerea y Asier""",
      labels=L("client-reply-other", "es",
               "Questions about how to pay; the 825 € halves are part of the question, not a sum promised on a day, so no amount."))

# 46 -- the bank returned the transfer; asks for the current IBAN
reply(46, owner=MARTA, client=("Teresa Alonso", "administracion@fundacionduero.org"),
      date=when(2027, 3, 4, 10, 40, CET), style="outlook", step="due", prefix="RE:",
      inv="2027-011", amt="2.904,00 €", due=D(2027, 2, 28), sal="Estimados señores:",
      q_date=when(2027, 3, 1, 8, 0, CET), cs="windows-1252", mua="Microsoft Outlook 16.0",
      own="""Buenos días, Sra. Quintana:

Le informamos de que el banco nos ha devuelto hoy la transferencia que realizamos el día 2 para el pago de la factura 2027-011, con el motivo "cuenta cancelada o inexistente".

¿Nos puede confirmar su IBAN actual? En cuanto lo tengamos, lo comunicaremos a tesorería.

Atentamente,
Teresa Alonso
Administración
Fundación Cultural Duero""",
      labels=L("client-reply-other", "es",
               "The transfer came back and nothing has been sent again; they only ask for the current IBAN. Not paid, and no promise with a day.",
               reference="2027-011"))

# 47 -- "we have no invoice with that number, please resend"
reply(47, owner=LUCIA, client=("Raquel Molina", "cuentasapagar@grupolevante.es"),
      date=when(2027, 3, 18, 9, 55, CET), style="outlook", step="reminder", prefix="RE:",
      inv="LF-2027-012", amt="2.722,50 €", due=D(2027, 3, 10), sal="Estimados señores:",
      q_date=when(2027, 3, 18, 8, 0, CET), mua="Microsoft Outlook 16.0", mode="only",
      own="""Buenos días:

No tenemos registrada ninguna factura con el número LF-2027-012. ¿Podría reenviárnosla en PDF a esta dirección (cuentasapagar@grupolevante.es)? Seguramente el correo original se quedó en la carpeta de spam o fue a otra persona.

Una vez recibida, se registrará y seguirá el circuito habitual de aprobación.

Un saludo,
Raquel Molina
Cuentas a Pagar – Grupo Hostelero Levante""",
      labels=L("client-reply-other", "es",
               "Invoice never received, asks for it again; 'circuito habitual de aprobación' is not a promise and not a dispute.",
               reference="LF-2027-012"))

# 48 -- tried Bizum, the number is not registered
reply(48, owner=IKER, client=("Maite Urrutia", "maiteurrutia@hotmail.es"),
      date=when(2027, 3, 15, 21, 3, CET), style="outlook", step="due", prefix="RE:",
      mua=("X-OriginatorOrg", "outlook.com"), inv="IE-2027-010", amt="90,00 €", due=D(2027, 3, 15), sal="Buenos días, Maite Urrutia:",
      q_date=when(2027, 3, 15, 9, 0, CET),
      own="""Hola Iker, he intentado hacerte un Bizum y me dice que tu número no está dado de alta en Bizum. ¿Tienes otro número o te hago transferencia? Dime cómo prefieres.
Maite""",
      labels=L("client-reply-other", "es",
               "A failed Bizum attempt and a question about how to pay; nothing paid, no day promised."))


# 49 -- bank: Bizum received, the concept names the invoice
_t = """Hola IKER,

Has recibido un Bizum.

Importe: 120,00 €
De: LAURA M. G.
Concepto: Fra IE-2026-046
Fecha: 19/12/2026 17:42

El importe ya está disponible en tu cuenta ES76 **** **** **** 8735.

Este es un mensaje automático, por favor no respondas a este correo.
Caja Norte - Servicio de avisos"""
machine(49, std_headers(when(2026, 12, 19, 17, 42, CET, s=31), "Caja Norte <avisos@cajanorte.es>", "iker@etxeberriaphoto.com",
                        "Has recibido un Bizum", f"<{hx('49n', 24)}.avisos@cajanorte.es>"),
        MP("alternative", T(_t, cs="iso-8859-15", cte="quoted-printable"),
           T("<html><body><p>" + esc_lines(_t).replace("<br>\n<br>\n", "</p><p>") + "</p></body></html>", "html",
             cs="iso-8859-15", cte="quoted-printable"), boundary="----=_Part_" + str(int(hx("49b", 8), 16))),
        L("payment-notification", "es",
          "Bank notice of a Bizum received; the concept 'Fra IE-2026-046' names the invoice.",
          amount="120.00", currency="EUR", reference="IE-2026-046"),
        ["Has recibido un Bizum", "Importe: 120,00 €", "Concepto: Fra IE-2026-046"])

# 50 -- Stripe (Spanish): an invoice was paid
_t = """Lucía Ferrer

Estudio Olmo S.L. ha pagado la factura LF-2027-006

Importe pagado: 1.500,00 €
Factura: LF-2027-006
Cliente: Estudio Olmo S.L. (admin@estudiolmo.es)
Método de pago: Visa •••• 8815
Fecha del pago: 11 feb 2027

El pago se incluirá en tu próxima transferencia a tu cuenta bancaria.

Ver factura en el Dashboard: https://dashboard.stripe.com/invoices/in_1Qx7Y2Fk3aLmNoPq

Recibes este correo porque tienes activadas las notificaciones de pagos de facturas.
Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublín 2, Irlanda"""
_h = ('<html><body style="background:#f6f9fc;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif">'
      '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#fff;padding:40px">'
      '<tr><td style="color:#8898aa;font-size:12px;text-transform:uppercase">Lucía Ferrer</td></tr>'
      '<tr><td style="font-size:20px;color:#32325d;padding:12px 0">Estudio Olmo S.L. ha pagado la factura LF-2027-006</td></tr>'
      '<tr><td><table style="font-size:14px;color:#525f7f">'
      '<tr><td>Importe pagado:</td><td><b>1.500,00 €</b></td></tr><tr><td>Factura:</td><td>LF-2027-006</td></tr>'
      '<tr><td>Cliente:</td><td>Estudio Olmo S.L. (admin@estudiolmo.es)</td></tr>'
      '<tr><td>Método de pago:</td><td>Visa •••• 8815</td></tr><tr><td>Fecha del pago:</td><td>11 feb 2027</td></tr></table></td></tr>'
      '<tr><td style="padding-top:16px">El pago se incluirá en tu próxima transferencia a tu cuenta bancaria.</td></tr>'
      '<tr><td><a href="https://dashboard.stripe.com/invoices/in_1Qx7Y2Fk3aLmNoPq">Ver factura en el Dashboard</a></td></tr>'
      '<tr><td style="font-size:11px;color:#8898aa;padding-top:24px">Recibes este correo porque tienes activadas las notificaciones '
      'de pagos de facturas.<br>Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublín 2, Irlanda</td></tr>'
      '</table></td></tr></table></body></html>')
machine(50, std_headers(when(2027, 2, 11, 9, 3, 0), "Stripe <notifications@stripe.com>", "hola@luciaferrer.design",
                        "Estudio Olmo S.L. ha pagado 1.500,00 € (factura LF-2027-006)",
                        f"<{hx('50n', 32)}@mail.stripe.com>", extra=[("X-Stripe-Email-Type", "invoice.paid")]),
        MP("alternative", T(_t), T(_h, "html"), boundary=f"--==_mimepart_{hx('50b', 13)}_{hx('50c', 8)}"),
        L("payment-notification", "es",
          "Stripe (in Spanish) reports a paid invoice; the amount paid and the invoice number are stated.",
          amount="1500.00", currency="EUR", reference="LF-2027-006"),
        ["Importe pagado: 1.500,00 €", "Factura: LF-2027-006"])

# 51 -- out of office until Monday 11 January
_t = """Gracias por su mensaje.

Estaré de vacaciones hasta el lunes 11 de enero, sin acceso al correo. Para asuntos urgentes, pueden contactar con mi compañera Rosa Díaz (rdiaz@constructorasierra.es) o llamar al 976 30 12 45.

Un saludo,
Alberto Cano
Jefe de Administración - Construcciones Sierra de Luna, S.A."""
machine(51, std_headers(when(2026, 12, 23, 8, 0, CET, s=2), addr("Alberto Cano", "acano@constructorasierra.es"),
                        addr("Marta Quintana Ruiz", "marta@quintanatraducciones.es"),
                        "Respuesta automática: Factura n.º 2026-121 pendiente de pago",
                        f"<{hx('51n', 12).upper()}@ZGZEX02.constructorasierra.local>",
                        extra=[("In-Reply-To", f"<20261223075958.{hx('51p', 10)}@mailduns.quintanatraducciones.es>"),
                               ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("Content-Language", "es-ES")]),
        T(_t, cs="windows-1252", cte="quoted-printable"),
        L("auto-reply", "es",
          "Vacation auto-reply; 'hasta el lunes 11 de enero' names 11 January 2027 (a Monday).",
          return_date="2027-01-11"),
        ["Estaré de vacaciones hasta el lunes 11 de enero"])


def gmail_dsn(n, date, owner_addr, rcpt, subject, human, ds, orig_subject, orig_date, boundary_seed):
    orig = (f"Received: by mail-sor-f41.google.com with SMTP id {hx(boundary_seed + 'r', 16)}\n"
            f"Date: {format_datetime(orig_date)}\nFrom: {owner_addr}\nTo: {rcpt}\nSubject: {hdr(orig_subject)}\n"
            f"Message-ID: <{orig_date:%Y%m%d%H%M%S}.{hx(boundary_seed + 'p', 10)}@mailduns.{owner_addr.split('@')[1]}>\n"
            "MIME-Version: 1.0\n")
    htmlp = ('<html><head></head><body><div style="font-family:Google Sans,Roboto,Arial,sans-serif">'
             + esc_lines(human) + "</div></body></html>")
    root = MP("report",
              MP("alternative", T(human), T(htmlp, "html"), boundary=f"000000000000{hx(boundary_seed + 'a', 16)}"),
              RAW("message/delivery-status", ds),
              RAW("text/rfc822-headers", orig),
              boundary=f"000000000000{hx(boundary_seed + 'b', 16)}", params=" report-type=delivery-status;")
    h = std_headers(date, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", owner_addr, subject,
                    f"<{hx(boundary_seed + 'm', 12)}.{hx(boundary_seed + 'n', 8)}.{hx(boundary_seed + 'o', 6)}@mx.google.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("Return-Path", "<>")])
    return h, root


# 52 -- Gmail bounce in Spanish, permanent
_human = """** Dirección no encontrada **

Tu mensaje no se ha entregado a facturas@reformasgaliano.com porque no se ha encontrado la dirección o esta no puede recibir correo.

La respuesta del servidor remoto fue:

550 5.1.1 <facturas@reformasgaliano.com>: Recipient address rejected: User unknown in local recipient table"""
_ds = ("Reporting-MTA: dns; googlemail.com\n"
       f"Arrival-Date: Wed, 24 Feb 2027 00:01:12 -0800 (PST)\nX-Original-Message-ID: <20270224090109.{hx('52p', 10)}@mailduns.luciaferrer.design>\n\n"
       "Final-Recipient: rfc822; facturas@reformasgaliano.com\nAction: failed\nStatus: 5.1.1\n"
       "Remote-MTA: dns; mx1.reformasgaliano.com. (185.42.104.9, the server for the domain reformasgaliano.com.)\n"
       "Diagnostic-Code: smtp; 550 5.1.1 <facturas@reformasgaliano.com>: Recipient address rejected: User unknown in local recipient table\n"
       "Last-Attempt-Date: Wed, 24 Feb 2027 00:01:14 -0800 (PST)\n")
_h, _r = gmail_dsn(52, when(2027, 2, 24, 0, 1, -480, s=14), "hola@luciaferrer.design", "facturas@reformasgaliano.com",
                   "Delivery Status Notification (Failure)", _human, _ds, "Factura n.º LF-2027-010",
                   when(2027, 2, 24, 9, 1, CET, s=9), "52")
machine(52, _h, _r,
        L("bounce", "es",
          "Gmail non-delivery report worded in Spanish; 550 5.1.1 user unknown, so permanent.",
          failed_recipient="facturas@reformasgaliano.com", permanent=True),
        ["Dirección no encontrada"])

# 53 -- Gmail delay in Spanish: mailbox full, temporary
_human = """** Mensaje no entregado todavía **

Se ha producido un problema temporal al entregar tu mensaje a contabilidad@hotelesmediterraneo.com. Gmail volverá a intentarlo durante 46 horas más. Recibirás una notificación si no se puede entregar el mensaje.

La respuesta del servidor remoto fue:

452 4.2.2 <contabilidad@hotelesmediterraneo.com>: Mailbox full"""
_ds = ("Reporting-MTA: dns; googlemail.com\n"
       f"Arrival-Date: Mon, 8 Mar 2027 23:30:41 -0800 (PST)\nX-Original-Message-ID: <20270309083038.{hx('53p', 10)}@mailduns.quintanatraducciones.es>\n\n"
       "Final-Recipient: rfc822; contabilidad@hotelesmediterraneo.com\nAction: delayed\nStatus: 4.2.2\n"
       "Remote-MTA: dns; mail.hotelesmediterraneo.com. (212.170.33.61, the server for the domain hotelesmediterraneo.com.)\n"
       "Diagnostic-Code: smtp; 452 4.2.2 <contabilidad@hotelesmediterraneo.com>: Mailbox full\n"
       "Last-Attempt-Date: Tue, 9 Mar 2027 01:44:02 -0800 (PST)\nWill-Retry-Until: Thu, 11 Mar 2027 00:30:41 -0800 (PST)\n")
_h, _r = gmail_dsn(53, when(2027, 3, 9, 1, 44, -480, s=3), "marta@quintanatraducciones.es", "contabilidad@hotelesmediterraneo.com",
                   "Delivery Status Notification (Delay)", _human, _ds, "Factura n.º 2027-014",
                   when(2027, 3, 9, 8, 30, CET, s=38), "53")
machine(53, _h, _r,
        L("bounce", "es",
          "A Gmail delay notice, not a final failure: 452 4.2.2 mailbox full, Gmail keeps retrying, so permanent = false.",
          failed_recipient="contabilidad@hotelesmediterraneo.com", permanent=False),
        ["Mensaje no entregado todavía"])

# 54 -- an invoice the freelancer receives from his coworking space
_t = """Hola Iker,

Te adjuntamos la factura CW-2027-0231 correspondiente a tu puesto fijo del mes de marzo (185,00 € + IVA = 223,85 €).

Se cargará por domiciliación en tu cuenta el día 5, como siempre.

Gracias por seguir con nosotros,
El equipo de La Nave
Coworking La Nave · Bilbao"""
machine(54, std_headers(when(2027, 3, 1, 7, 0, CET, s=11), "Coworking La Nave <facturacion@lanavecoworking.es>",
                        "iker@etxeberriaphoto.com", "Tu factura de marzo: CW-2027-0231",
                        f"<{hx('54n', 20)}@holded.com>"),
        MP("mixed", T(_t), ATT(fake_pdf("Factura CW-2027-0231"), "application/pdf", "CW-2027-0231.pdf"),
           boundary="b1_" + hx("54b", 32)),
        L("other", "es",
          "An invoice the freelancer receives from his own supplier, to be direct-debited: not money coming in."),
        ["Te adjuntamos la factura CW-2027-0231"])


# ============================================================================================
# ENGLISH (55-80)
# ============================================================================================

# 55 -- "this was paid on 4 December, please check your records", remittance attached
reply(55, owner=TOM, client=("Claire Dawson", "accounts.payable@orchardfinch.co.uk"),
      date=when(2026, 12, 10, 14, 22, GMT), style="outlook", step="reminder", prefix="RE:",
      inv="HW-2026-077", amt="£1,800.00", due=D(2026, 11, 30), sal="Dear Accounts Team,",
      q_date=when(2026, 12, 10, 8, 0, GMT), mua="Microsoft Outlook 16.0",
      attach=[ATT(fake_pdf("Remittance advice 04/12/2026"), "application/pdf", "Remittance_Advice_000418.pdf")],
      own="""Hi Tom,

This was paid on 4 December by BACS – please check your records before sending further chasers. Remittance advice attached.

Kind regards,

Claire Dawson
Accounts Payable | Orchard & Finch Ltd
Unit 4, Mill Lane Business Park, Leeds LS12 6HQ""",
      labels=L("client-reply-paid", "en",
               "Short and a little cross: paid on 4 December, remittance attached. No sum in her words."))

# 56 -- paid, and asks about April availability
reply(56, owner=TOM, client=("Jess Whitaker", "jess@fernbrookgin.co.uk"),
      date=when(2027, 2, 1, 10, 5, GMT), style="gmail", step="due",
      inv="HW-2027-004", amt="£1,150.00", due=D(2027, 1, 29), sal="Dear Accounts Team,",
      q_date=when(2027, 2, 1, 8, 0, GMT),
      own="""Morning Tom,

Paid £1,150 this morning via bank transfer, sorry it's a couple of days late – January payroll ate everyone's brain.

Quick one while I have you: are you around in April? We're planning the summer launch and I'd love you to do the product copy again.

Jess""",
      labels=L("client-reply-paid", "en",
               "Paid this morning; the question is about future work and does not change the kind.",
               amount="1150.00", currency="GBP"))

# 57 -- sarcasm: "we've paid. Twice, apparently."
reply(57, owner=DECLAN, client=("Ronan Kavanagh", "ronan@kavanaghsbar.ie"),
      date=when(2026, 12, 23, 16, 40, GMT), style="apple", step="late_fee",
      inv="BD-2026-052", amt="€2,460.00", due=D(2026, 12, 10), days=13, deadline=D(2027, 1, 6), sal="Dear Accounts Team,",
      q_date=when(2026, 12, 23, 9, 0, GMT), mua="iPhone Mail (22C161)",
      own="""Declan,

Yes, we've paid. Twice, apparently, judging by the number of reminders I'm getting.

I'm joking. Once. On the 9th, from the AIB business account. Check again before you send the bailiffs round for Christmas.

Ronan

Sent from my iPhone""",
      labels=L("client-reply-paid", "en",
               "The 'twice' is a joke he takes back at once: paid once, on the 9th. Sarcasm, not a dispute."))

# 58 -- US client: sent via Wise on Friday
reply(58, owner=PRIYA, client=("Kyle Brennan", "kyle@littlefoxgames.com"),
      date=when(2027, 1, 25, 9, 14, -360), style="gmail", step="due",
      inv="PN-041", amt="€1,850.00", due=D(2027, 1, 22), sal="Dear Accounts Team,",
      q_date=when(2027, 1, 25, 9, 0, GMT),
      own="""Hey Priya —

Sent the €1,850 via Wise on Friday, it should have landed by now. Let me know if it didn't and I'll chase it on our end!

Also, the final sketches for the tavern scene are incredible. The whole team lost their minds 🙌

Kyle""",
      labels=L("client-reply-paid", "en",
               "Paid via Wise on Friday; 'let me know if it didn't' is not a promise of another payment.",
               amount="1850.00", currency="EUR"))

# 59 -- the practice manager writes for the doctor
reply(59, owner=DECLAN, client=("Siobhán Doyle", "practice@walshdental.ie"),
      date=when(2027, 2, 24, 15, 30, GMT), style="outlook", step="reminder", prefix="RE:",
      inv="BD-2027-003", amt="€1,107.00", due=D(2027, 2, 15), sal="Dear Accounts Team,",
      q_date=when(2027, 2, 24, 9, 0, GMT), mua="Microsoft Outlook 16.0", cs="windows-1252",
      own="""Hi Declan,

On behalf of Dr Walsh: payment of invoice BD-2027-003 was made by EFT today. Apologies for the delay – Dr Walsh was away and he signs off all supplier payments himself.

Kind regards,
Siobhán Doyle
Practice Manager
Walsh Dental Clinic, Ennis""",
      labels=L("client-reply-paid", "en",
               "A practice manager confirms on the doctor's behalf that the transfer was made today.",
               reference="BD-2027-003"))

# 60 -- sarcastic one-line promise
reply(60, owner=TOM, client=("Gareth Lewis", "gareth@lewiscreative.co.uk"),
      date=when(2027, 3, 8, 11, 58, GMT), style="gmail", mode="plain", step="reminder",
      inv="HW-2027-011", amt="£960.00", due=D(2027, 2, 26), sal="Dear Accounts Team,",
      q_date=when(2027, 3, 8, 9, 0, GMT),
      own="""Relax Tom, you'll get your money. Friday. Scout's honour.

G""",
      labels=L("client-reply-promise", "en",
               "Mocking tone, but a promise with a day: the Friday after Monday 8 March.",
               promised_date="2027-03-12"), rel="fri")

# 61 -- a charity: will pay on Monday if the grant money arrives
reply(61, owner=PRIYA, client=("Hannah Okafor", "director@riversidecommunityarts.org.uk"),
      date=when(2027, 2, 17, 17, 20, GMT), style="outlook", step="reminder", prefix="RE:",
      inv="PN-044", amt="£2,200.00", due=D(2027, 2, 10), sal="Dear Accounts Team,",
      q_date=when(2027, 2, 17, 9, 0, GMT), mua="Microsoft Outlook 16.0",
      own="""Dear Priya,

I'm so sorry this is late. We're a small charity and our Arts Council instalment for this quarter hasn't arrived yet, which has held up all our supplier payments.

Assuming the funds land this week, as we've been told they will, I'll pay you on Monday. If anything changes I'll let you know straight away rather than leave you wondering.

With apologies and thanks,
Hannah

Dr Hannah Okafor
Director, Riverside Community Arts
Registered charity no. 1093847""",
      labels=L("client-reply-promise", "en",
               "A promise on a condition (the grant arriving) that still names a day: Monday after Wednesday 17 February.",
               promised_date="2027-02-22"), rel="mon")

# 62 -- the new parent company will pay by the end of the month
reply(62, owner=DECLAN, client=("Aoife Brennan", "aoife.brennan@coastlineoutdoor.ie"),
      date=when(2026, 11, 25, 12, 5, GMT), style="gmail", step="reminder",
      inv="BD-2026-049", amt="€3,690.00", due=D(2026, 11, 20), sal="Dear Accounts Team,",
      q_date=when(2026, 11, 25, 9, 0, GMT),
      own="""Hi Declan,

Apologies — since the takeover in October all supplier payments go through our new parent company's finance team in Dublin, and your invoice got caught in the changeover.

I've sent it on to them and they've confirmed it will be paid by the end of the month. If it's not in by 1 December, shout and I'll escalate.

Thanks for your patience,
Aoife""",
      labels=L("client-reply-promise", "en",
               "Someone else (the parent company) will pay, 'by the end of the month' = 30 November; 1 December is only when to chase.",
               promised_date="2026-11-30"), rel="eom")

# 63 -- part paid today, the rest on the 1st
reply(63, owner=TOM, client=("Mark Ellison", "mark@ellisonjoinery.co.uk"),
      date=when(2027, 1, 22, 19, 10, GMT), style="gmail", step="reminder",
      inv="HW-2027-002", amt="£750.00", due=D(2027, 1, 15), sal="Dear Mark Ellison,",
      q_date=when(2027, 1, 22, 9, 0, GMT),
      own="""Hi Tom,

I've paid £400 today. The remaining £350 will follow on the 1st, when my own biggest client pays me – it's been a slow month.

Sorry for the hassle, and thanks for being decent about it.

Mark""",
      labels=L("client-reply-promise", "en",
               "£400 paid and the remaining £350 promised on the 1st (1 February): a promise for that day, amount the promised £350.",
               promised_date="2027-02-01", amount="350.00", currency="GBP"))

# 64 -- the transfer was returned; they will resend tomorrow
reply(64, owner=TOM, client=("Rachel Gordon", "rgordon@gordonpike.co.uk"),
      date=when(2026, 12, 10, 16, 45, GMT), style="outlook", step="reminder", prefix="RE:",
      inv="HW-2026-081", amt="£1,320.00", due=D(2026, 12, 4), sal="Dear Accounts Team,",
      q_date=when(2026, 12, 10, 9, 0, GMT), mua="Microsoft Outlook 16.0",
      disclaimer=("This email and any attachments are confidential and may be legally privileged. If you have received it "
                  "in error, please notify the sender and delete it. Gordon & Pike Solicitors is authorised and regulated "
                  "by the Solicitors Regulation Authority (SRA no. 612845)."),
      own="""Dear Tom,

Our bank has just told us that the transfer we made on Tuesday was returned. It seems the account name didn't match: we had entered 'Hadley Copy' from an old invoice instead of your own name.

We will send it again tomorrow with the correct details. Apologies for the confusion.

Kind regards,

Rachel Gordon
Office Manager
Gordon & Pike Solicitors""",
      labels=L("client-reply-promise", "en",
               "The first transfer came back, so it is not paid; it will be resent 'tomorrow', 11 December.",
               promised_date="2026-12-11"), rel="tomorrow")

# 65 -- polite refusal: four posts delivered, not six
reply(65, owner=TOM, client=("Olivia Hart", "olivia.hart@northwaytravel.co.uk"),
      date=when(2027, 3, 1, 10, 30, GMT), style="outlook", step="reminder", prefix="RE:",
      inv="HW-2027-008", amt="£1,440.00", due=D(2027, 2, 19), sal="Dear Accounts Team,",
      q_date=when(2027, 3, 1, 9, 0, GMT), mua="Microsoft Outlook 16.0",
      own="""Hi Tom,

Thank you for the reminder, and sorry for the silence.

I'm afraid we can't pay HW-2027-008 as it stands. The brief was for six blog posts, but as we agreed on our call on 2 February, the last two were dropped when the campaign was cut, so we've only received four.

Could you reissue the invoice for the four posts, or send a credit note for the other two? As soon as that's through I'll get it approved.

Best,
Olivia""",
      labels=L("client-reply-dispute", "en",
               "A gentle refusal: the invoice covers work that was dropped; reissue or credit note asked.",
               reference="HW-2027-008"))

# 66 -- offended by the final notice; not authorising payment
reply(66, owner=DECLAN, client=("Brian Moloney", "brian@moloneyengineering.ie"),
      date=when(2027, 2, 9, 8, 30, GMT), style="outlook", step="final", prefix="RE:",
      inv="BD-2026-055", amt="€4,920.00", due=D(2026, 12, 31), issue=D(2027, 2, 8), deadline=D(2027, 2, 22),
      sal="Dear Sir or Madam,", q_date=when(2027, 2, 8, 9, 0, GMT), mua="Microsoft Outlook 16.0",
      own="""Declan,

Frankly, sending a 'final notice before debt recovery' to a client who has worked with you for three years is not on. A phone call would have done.

You know perfectly well why this hasn't been paid: the source files and the admin credentials for the portal were never handed over, and without them we can't move to another developer or even fix a typo. Until that's sorted I'm not authorising payment of this invoice.

Send the files and we can talk.

Brian Moloney
Managing Director
Moloney Engineering Ltd""",
      labels=L("client-reply-dispute", "en",
               "Opens as a complaint about the tone of the notice, but the substance is withholding payment until the deliverables arrive."))

# 67 -- "this looks like work you already billed"
reply(67, owner=PRIYA, client=("Sophie Lang", "sophie.lang@kestrelbooks.co.uk"),
      date=when(2027, 3, 8, 13, 50, GMT), style="gmail", step="due",
      inv="PN-047", amt="£600.00", due=D(2027, 3, 5), sal="Dear Accounts Team,",
      q_date=when(2027, 3, 8, 9, 0, GMT),
      own="""Hi Priya,

I think something's gone wrong here – this looks like the same work you billed in December on PN-039 (the chapter header illustrations), which we paid in January. The January slot on the retainer was cancelled, if you remember, so there shouldn't be a second one.

Can you check? We won't be paying this one unless I've missed something.

Thanks,
Sophie""",
      labels=L("client-reply-dispute", "en",
               "'Which we paid in January' is about the earlier invoice; this one is contested as already billed. The only number named is the other invoice, so no reference."))

# 68 -- part paid, the rush fee refused
reply(68, owner=PRIYA, client=("Ben Carter", "ben@hollowoakstudio.com"),
      date=when(2027, 2, 22, 18, 25, GMT), style="gmail", step="due",
      inv="PN-045", amt="€1,500.00", due=D(2027, 2, 20), sal="Dear Accounts Team,",
      q_date=when(2027, 2, 22, 9, 0, GMT),
      own="""Priya,

I've paid €1,200 for the illustrations today. I'm not paying the €300 'rush fee', though. Nobody on our side asked for a rush – the 12 February deadline was the one you proposed in your own quote.

Happy to discuss, but that line needs to come off.

Ben""",
      labels=L("client-reply-dispute", "en",
               "Part paid, part refused: dispute wins. The amount is the €1,200 he says he paid, not the contested €300.",
               amount="1200.00", currency="EUR"))

# 69 -- German company, non-native English: VAT should be reverse charge
reply(69, owner=DECLAN, client=("Katrin Vogel", "buchhaltung@alpenblick-software.de"),
      date=when(2027, 3, 11, 9, 40, CET), style="outlook", step="due", prefix="AW:",
      inv="BD-2027-006", amt="€3,075.00", due=D(2027, 3, 10), sal="Dear Accounts Team,",
      q_date=when(2027, 3, 11, 9, 0, GMT), mua="Microsoft Outlook 16.0",
      own="""Dear Mr. Byrne,

we cannot accept this invoice because the VAT is not correct. As we are a company in Germany with valid VAT ID (DE 298 441 672), the invoice must be without Irish VAT and with the note for reverse charge.

Please send us a corrected invoice, then we will pay it immediately.

With kind regards

Katrin Vogel
Buchhaltung / Accounting
Alpenblick Software GmbH
Sitz der Gesellschaft: München, Registergericht: Amtsgericht München HRB 214877""",
      labels=L("client-reply-dispute", "en",
               "Non-native English from a German 'AW:' reply; rejects the invoice for wrong VAT. 'Then we will pay it immediately' is conditional and the dispute prevails."))

# 70 -- the PA acknowledges; the boss is travelling until next Wednesday
reply(70, owner=TOM, client=("Amira Khan", "amira.khan@reevepropertygroup.co.uk"),
      date=when(2027, 3, 10, 12, 0, GMT), style="outlook", step="courtesy", prefix="RE:",
      inv="HW-2027-013", amt="£2,100.00", issue=D(2027, 3, 1), due=D(2027, 3, 15), sal="Dear Accounts Team,",
      q_date=when(2027, 3, 10, 9, 0, GMT), mua="Microsoft Outlook 16.0",
      own="""Hi Tom,

Thanks for this – I've passed it to Jonathan, who is travelling until next Wednesday. He approves all invoices himself, so he'll be in touch when he's back.

Best wishes,
Amira

Amira Khan
PA to Jonathan Reeve | Reeve Property Group""",
      labels=L("client-reply-other", "en",
               "A human acknowledgement by an assistant; the travel dates are someone else's and this is not an auto-reply, so no return_date."))

# 71 -- a VAT question before paying
reply(71, owner=TOM, client=("Neil Harper", "neil@harperkitchens.co.uk"),
      date=when(2026, 12, 11, 15, 5, GMT), style="gmail", step="courtesy",
      inv="HW-2026-083", amt="£880.00", issue=D(2026, 12, 1), due=D(2026, 12, 15), sal="Dear Accounts Team,",
      q_date=when(2026, 12, 11, 9, 0, GMT),
      own="""Hi Tom,

Before I pay this – is the £880 inclusive of VAT, or are you not VAT registered? There's no VAT number on the invoice and our bookkeeper needs to know which code to put it under.

Cheers,
Neil""",
      labels=L("client-reply-other", "en",
               "A question that mentions paying; it neither contests the amount nor commits to pay, and £880 is not a sum paid or promised."))

# 72 -- the online payment link fails
reply(72, owner=PRIYA, client=("Laura Bennett", "laura@bennettrowe.co.uk"),
      date=when(2027, 3, 1, 14, 14, GMT), style="gmail", step="due",
      inv="PN-046", amt="£1,200.00", due=D(2027, 2, 28), sal="Dear Accounts Team,",
      q_date=when(2027, 3, 1, 9, 0, GMT),
      own="""Hi Priya,

I tried to pay through the online link in your email, but it keeps saying 'This invoice is no longer available'. I tried twice, on two different browsers.

Is there another way, or could you send a fresh link?

Laura""",
      labels=L("client-reply-other", "en",
               "A failed attempt to pay and a request for another way; nothing paid, no day promised."))

# 73 -- the payment bounced back (AC04); asks to confirm the bank details
reply(73, owner=DECLAN, client=("Niamh O'Sullivan", "accounts@harbourlightshotels.ie"),
      date=when(2027, 2, 11, 10, 22, GMT), style="outlook", step="reminder", prefix="RE:",
      inv="BD-2027-001", amt="€2,214.00", due=D(2027, 1, 30), sal="Dear Accounts Team,",
      q_date=when(2027, 2, 10, 9, 0, GMT), mua="Microsoft Outlook 16.0",
      own="""Hi Declan,

Just a heads-up: the payment we sent last Thursday came back to us yesterday. Our bank says it was rejected by the beneficiary bank with reason code AC04 (closed account).

Could you confirm your current bank details? Please send them from your usual email address and we'll also verify them by phone, as per our fraud policy.

Kind regards,
Niamh O'Sullivan
Accounts Payable
Harbour Lights Hotel Group""",
      labels=L("client-reply-other", "en",
               "A returned payment with nothing sent again: it says 'the payment we sent' but the money came back; they ask for bank details."))

# 74 -- "received; from March we need a PO number" (HTML only)
reply(74, owner=PRIYA, client=("Gary Smith", "ap@meridianpublishing.co.uk"),
      date=when(2027, 2, 9, 11, 11, GMT), style="outlook", step="courtesy", prefix="RE:", mode="only",
      inv="PN-043", amt="£3,400.00", issue=D(2027, 1, 15), due=D(2027, 2, 14), sal="Dear Accounts Team,",
      q_date=when(2027, 2, 9, 9, 0, GMT), mua="Microsoft Outlook 16.0",
      own="""Hello Priya,

Thank you, received. Please note that from 1 March we will need a Meridian purchase order number on every invoice, otherwise our system rejects it automatically. Your contact in Editorial can give you the PO number for future work.

Regards,
Gary Smith
Accounts Payable
Meridian Publishing Ltd""",
      labels=L("client-reply-other", "en",
               "Acknowledges receipt and states a rule for future invoices; this invoice is neither contested nor promised."))


# 75 -- accounts-payable remittance advice
_t = """REMITTANCE ADVICE

Brightwater Group Ltd
Payment number: 100482
Payment date: 14/01/2027
Payment method: BACS
Payee: Tom Hadley (supplier no. 40518)

Invoice number    Invoice date    Amount (GBP)
HW-2026-079       30/11/2026          2,760.00

Total paid: GBP 2,760.00

Funds should reach your account within 2 working days. Please do not reply to this email; for queries contact accounts.payable@brightwatergroup.co.uk quoting the payment number."""
_h = ('<html><body style="font-family:Arial,sans-serif;font-size:12px"><h2 style="color:#1b4965">REMITTANCE ADVICE</h2>'
      '<p>Brightwater Group Ltd<br>Payment number: 100482<br>Payment date: 14/01/2027<br>Payment method: BACS<br>'
      'Payee: Tom Hadley (supplier no. 40518)</p>'
      '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">'
      '<tr><th>Invoice number</th><th>Invoice date</th><th>Amount (GBP)</th></tr>'
      '<tr><td>HW-2026-079</td><td>30/11/2026</td><td align="right">2,760.00</td></tr></table>'
      '<p><b>Total paid: GBP 2,760.00</b></p>'
      '<p>Funds should reach your account within 2 working days. Please do not reply to this email; for queries contact '
      'accounts.payable@brightwatergroup.co.uk quoting the payment number.</p></body></html>')
machine(75, std_headers(when(2027, 1, 14, 18, 2, GMT), "Brightwater Group AP <ap-remittance@brightwatergroup.co.uk>",
                        "tom@hadleywrites.co.uk", "Remittance Advice - Payment 100482 - Tom Hadley",
                        f"<{hx('75n', 16)}.{hx('75m', 8)}@erp.brightwatergroup.co.uk>",
                        extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Oracle Fusion Payables")]),
        MP("mixed", MP("alternative", T(_t, cs="us-ascii", cte="7bit"), T(_h, "html", cs="us-ascii", cte="7bit"),
                       boundary="----=_Part_" + str(int(hx("75a", 8), 16)) + ".1768413720"),
           ATT(fake_pdf("Remittance 100482"), "application/pdf", "Remittance_100482.pdf"),
           boundary="----=_Part_" + str(int(hx("75b", 8), 16)) + ".1768413720"),
        L("payment-notification", "en",
          "An accounts-payable remittance advice: a machine notice that one invoice has been paid by BACS.",
          amount="2760.00", currency="GBP", reference="HW-2026-079"),
        ["REMITTANCE ADVICE", "HW-2026-079", "Total paid: GBP 2,760.00"])

# 76 -- out of office, back on Monday 4th January
_t = """Thank you for your email.

I'm out of the office for the Christmas break and will be back on Monday 4th January. Emails will not be forwarded; for anything urgent about invoices please contact accounts@kestrelbooks.co.uk.

Merry Christmas!
Ellie Marsh
Production Editor, Kestrel Books"""
machine(76, std_headers(when(2026, 12, 18, 17, 0, GMT, s=44), addr("Ellie Marsh", "ellie.marsh@kestrelbooks.co.uk"),
                        addr("Priya Nair", "studio@priyanair.com"), "Automatic reply: Invoice PN-038: payment reminder",
                        f"<{hx('76n', 12).upper()}@LO4P265MB5531.GBRP265.PROD.OUTLOOK.COM>",
                        extra=[("In-Reply-To", f"<20261218170000.{hx('76p', 10)}@mailduns.priyanair.com>"),
                               ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                               ("X-MS-Exchange-Inbox-Rules-Loop", "ellie.marsh@kestrelbooks.co.uk"),
                               ("Content-Language", "en-GB")]),
        MP("alternative", T(_t), T(OUTLOOK_HEAD.format(cs="utf-8", lang="EN-GB") + mso_paras(_t) + "\n</div>\n</body>\n</html>\n", "html"),
           boundary="_000_" + hx("76b", 24).upper() + "_"),
        L("auto-reply", "en",
          "Out-of-office: 'back on Monday 4th January' is the day named for the end of the absence (2027-01-04).",
          return_date="2027-01-04"),
        ["will be back on Monday 4th January"])

# 77 -- mailbox no longer monitored
_t = """This mailbox is no longer monitored.

Following the integration of Coastline Outdoor Gear into the Harrow Leisure Group, supplier invoices and payment queries should be sent to ap@harrowleisure.ie.

Your message has not been forwarded."""
machine(77, std_headers(when(2026, 11, 21, 9, 30, GMT, s=5), "Coastline Outdoor Gear Accounts <accounts@coastlineoutdoor.ie>",
                        addr("Declan Byrne", "declan@byrnedigital.ie"), "Automatic reply: Invoice BD-2026-049 is now due",
                        f"<{hx('77n', 12).upper()}@DB9PR02MB7180.eurprd02.prod.outlook.com>",
                        extra=[("In-Reply-To", f"<20261121093000.{hx('77p', 10)}@mailduns.byrnedigital.ie>"),
                               ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
        T(_t, cs="us-ascii", cte="7bit"),
        L("auto-reply", "en",
          "An automatic 'mailbox no longer monitored' answer pointing to a new address; no absence or return day."),
        ["This mailbox is no longer monitored."])

# 78 -- Office 365 non-delivery report, permanent
_t = """Your message to finance@fernbrookgin.co.uk couldn't be delivered.

finance wasn't found at fernbrookgin.co.uk.

tom          Office 365          finance
Action Required                  Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using the Auto-Complete List and the address is wrong, remove it and type the full address.
- Contact the recipient by some other means to check the address.

Diagnostic information for administrators:

Generating server: LO2P265MB4411.GBRP265.PROD.OUTLOOK.COM

finance@fernbrookgin.co.uk
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient finance@fernbrookgin.co.uk not found by SMTP address lookup'"""
_ds = ("Reporting-MTA: dns;LO2P265MB4411.GBRP265.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;LO2P265MB4411.GBRP265.PROD.OUTLOOK.COM\n"
       "Arrival-Date: Mon, 22 Mar 2027 10:12:01 +0000\n\n"
       "Final-Recipient: rfc822;finance@fernbrookgin.co.uk\nAction: failed\nStatus: 5.1.10\n"
       "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient finance@fernbrookgin.co.uk not found by SMTP address lookup\n")
_orig = ("From: Tom Hadley <tom@hadleywrites.co.uk>\nTo: finance@fernbrookgin.co.uk\nSubject: Invoice HW-2027-015\n"
         "Date: Mon, 22 Mar 2027 10:11:58 +0000\n"
         f"Message-ID: <20270322101158.{hx('78p', 10)}@mailduns.hadleywrites.co.uk>\nMIME-Version: 1.0\n")
machine(78, std_headers(when(2027, 3, 22, 10, 12, GMT, s=3),
                        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hadleywrites.co.uk>",
                        "tom@hadleywrites.co.uk", "Undeliverable: Invoice HW-2027-015",
                        f"<{hx('78n', 8)}-{hx('78m', 4)}-{hx('78o', 4)}-{hx('78q', 12)}@LO2P265MB4411.GBRP265.PROD.OUTLOOK.COM>",
                        extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"), ("Content-Language", "en-GB")]),
        MP("report", MP("alternative", T(_t), T("<html><body><p>" + esc_lines(_t) + "</p></body></html>", "html"),
                        boundary=f"{hx('78a', 8)}-{hx('78b', 4)}-{hx('78c', 4)}-{hx('78d', 4)}-{hx('78e', 12)}"),
           RAW("message/delivery-status", _ds), RAW("text/rfc822-headers", _orig),
           boundary=f"{hx('78f', 8)}-{hx('78g', 4)}-{hx('78h', 4)}-{hx('78i', 4)}-{hx('78j', 12)}",
           params=" report-type=delivery-status;"),
        L("bounce", "en",
          "Office 365 NDR: recipient not found, 550 5.1.10, permanent.",
          failed_recipient="finance@fernbrookgin.co.uk", permanent=True),
        ["couldn't be delivered"])

# 79 -- a newsletter from accounting software
_t = """Hi Tom,

From 6 April 2027, Making Tax Digital for Income Tax reaches sole traders and landlords with qualifying income over £30,000. Here's what that means for you:

1. Keep digital records of your income and expenses.
2. Send a quarterly update to HMRC (we do this for you from the Tax tab).
3. Submit a final declaration after the end of the tax year.

Read the full guide: https://www.ledgerly.co.uk/guides/mtd-income-tax-2027

Also this month: chasing late payers without losing the client, and the new bank feed for Starling Business.

The Ledgerly team

You're receiving this because you have a Ledgerly account. Unsubscribe: https://www.ledgerly.co.uk/u/7f3c2a
Ledgerly Ltd, 21 Clerkenwell Road, London EC1M 5RD"""
machine(79, std_headers(when(2027, 2, 16, 7, 30, GMT), "Ledgerly <news@ledgerly.co.uk>", "tom@hadleywrites.co.uk",
                        "Making Tax Digital: what sole traders need to do before April",
                        f"<{hx('79n', 24)}@send.ledgerly.co.uk>",
                        extra=[("List-Unsubscribe", "<https://www.ledgerly.co.uk/u/7f3c2a>, <mailto:unsubscribe@send.ledgerly.co.uk?subject=7f3c2a>"),
                               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                               ("List-Id", "Ledgerly customer news <news.ledgerly.co.uk>")]),
        MP("alternative", T(_t), T("<html><body><div style=\"max-width:600px;font-family:Georgia,serif\"><p>"
                                   + esc_lines(_t).replace("<br>\n<br>\n", "</p><p>") + "</p></div></body></html>", "html"),
           boundary=f"_----{b64id('79b', 22)}===_BD/00-0123-00000000"),
        L("other", "en",
          "A newsletter from accounting software; it mentions chasing late payers but is nobody's reply."),
        ["Making Tax Digital for Income Tax"])

# 80 -- spam: invoice finance offer
_t = """Hi Declan,

Still waiting on unpaid invoices? You're not alone: 1 in 3 Irish freelancers is owed money right now.

With CashFlow Now you can get up to 90% of any invoice paid into your account TODAY. No credit checks, no paperwork, decisions in 10 minutes.

>> Get my money now: https://cashflownow-finance.com/apply?ref=dec8812

Don't let late payers run your business.

CashFlow Now
To stop receiving these emails click here: https://cashflownow-finance.com/optout"""
machine(80, std_headers(when(2027, 1, 19, 13, 45, GMT), "CashFlow Now <offers@cashflownow-finance.com>", "declan@byrnedigital.ie",
                        "Declan, still waiting on unpaid invoices? Get 90% TODAY",
                        f"<{hx('80n', 30)}@mta7.cashflownow-finance.com>", extra=[("Precedence", "bulk")]),
        MP("alternative", T(_t, cs="us-ascii", cte="7bit"),
           T("<html><body bgcolor=\"#ffffff\"><center><table width=\"560\"><tr><td><font face=\"Arial\" size=\"3\"><p>"
             + esc_lines(_t).replace("<br>\n<br>\n", "</p><p>") + "</p></font></td></tr></table></center></body></html>", "html",
             cs="us-ascii", cte="7bit"),
           boundary=f"=_{hx('80b', 28)}"),
        L("other", "en",
          "Spam offering invoice finance; it talks about unpaid invoices and money paid 'today', but it is not a payment or a reply."),
        ["Get my money now"])


# ============================================================================================
# write, then re-read and check everything
# ============================================================================================

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
         "failed_recipient", "permanent", "note"]
ALLOWED = {
    "client-reply-paid": {"amount", "currency", "reference"},
    "client-reply-promise": {"amount", "currency", "reference", "promised_date"},
    "client-reply-dispute": {"amount", "currency", "reference"},
    "client-reply-other": {"amount", "currency", "reference"},
    "payment-notification": {"amount", "currency", "reference"},
    "auto-reply": {"return_date"},
    "bounce": {"failed_recipient", "permanent"},
    "other": set(),
}
REPLY_PREFIXES = ("Re:", "RE:", "R:", "AW:", "Rif:", "RV:")
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def fname(n):
    return f"{PREFIX}-{n:04d}.eml"


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_all():
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    for n, raw in sorted(MESSAGES.items()):
        (HERE / fname(n)).write_bytes(raw)
    lines = ["# round21-tone: client replies whose kind is hard to tell (polite refusals, sarcasm, complaints about",
             "# reminders, paid claims with questions, conditional promises, part paid / part disputed, someone else",
             "# paying, returned or failed transfers) plus notices, auto-replies, bounces and other mail; it/es/en.", ""]
    for n in sorted(LABELS):
        lab = LABELS[n]
        lines.append(f'[files."{fname(n)}"]')
        for k in ORDER:
            if k in lab:
                lines.append(f"{k} = {toml_value(lab[k])}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")


def norm(s):
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def leaves(part):
    if part.get_content_maintype() == "multipart":
        for p in part.iter_parts():
            yield from leaves(p)
    else:
        yield part


def numbers_in(text):
    out = set()
    for m in re.finditer(r"\d[\d.,]*\d|\d", text):
        tok = m.group(0)
        for pat, th, dec in ((r"\d{1,3}(\.\d{3})+(,\d{1,2})?", ".", ","), (r"\d+(,\d{1,2})?", ".", ","),
                             (r"\d{1,3}(,\d{3})+(\.\d{1,2})?", ",", "."), (r"\d+(\.\d{1,2})?", ",", ".")):
            if re.fullmatch(pat, tok):
                out.add(f"{float(tok.replace(th, '').replace(dec, '.')):.2f}")
    return out


def check():
    errors = []

    def err(n, msg):
        errors.append(f"{fname(n)}: {msg}")

    labels_back = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    if set(labels_back) != {fname(n) for n in LABELS}:
        errors.append("labels.toml and the written files do not match")
    on_disk = sorted(p.name for p in HERE.glob(f"{PREFIX}-*.eml"))
    if on_disk != [fname(n) for n in range(1, N + 1)]:
        errors.append(f"expected {N} files {fname(1)}..{fname(N)}, found {len(on_disk)}")
    for n in range(1, N + 1):
        lab = labels_back.get(fname(n))
        if lab is None:
            err(n, "no label")
            continue
        if lab != LABELS[n]:
            err(n, "labels.toml does not round-trip")
        raw = (HERE / fname(n)).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        kind = lab["kind"]
        if kind not in KINDS:
            err(n, f"unknown kind {kind}")
        if lab["language"] not in ("it", "es", "en"):
            err(n, "bad language")
        if lab.get("split") not in ("dev", "test"):
            err(n, "bad split")
        if not lab.get("note"):
            err(n, "no note")
        extra = set(lab) - {"kind", "language", "split", "note"} - ALLOWED[kind]
        if extra:
            err(n, f"fields not allowed for {kind}: {sorted(extra)}")
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if msg[h] is None:
                err(n, f"missing {h}")
        if msg.defects:
            err(n, f"header defects {msg.defects}")
        d = msg["Date"].datetime
        local = d.date()
        if not (D(2026, 11, 1) <= local <= D(2027, 3, 31)):
            err(n, f"date {local} out of range")
        if d.tzinfo is None:
            err(n, "date without time zone")
        if kind.startswith("client-reply"):
            if not msg["In-Reply-To"] or not msg["References"]:
                err(n, "reply without In-Reply-To/References")
            if not str(msg["Subject"]).startswith(REPLY_PREFIXES):
                err(n, f"reply subject without prefix: {msg['Subject']}")
        if msg.get_body(preferencelist=("plain", "html")) is None:
            err(n, "no text body")
        # every text part (not attachments) must carry the hand-written text, decoded
        texts = []
        for p in leaves(msg):
            if p.get_content_maintype() == "text" and p.get_content_type() != "text/rfc822-headers" \
                    and p.get_content_disposition() != "attachment":
                try:
                    texts.append(p.get_content())
                except Exception as e:  # noqa
                    err(n, f"cannot decode a text part: {e}")
            for dfc in getattr(p, "defects", []):
                err(n, f"part defect {dfc!r}")
        if not texts:
            err(n, "no text part")
        for own in OWNTEXT[n]:
            for t in texts:
                if norm(own) not in norm(t):
                    err(n, f"hand-written text not found in a {len(t)}-char part: {own[:40]!r}")
        own_all = "\n".join(OWNTEXT[n])
        # facts
        if "amount" in lab:
            if not re.fullmatch(r"\d+\.\d{2}", lab["amount"]):
                err(n, "amount not normalised")
            elif lab["amount"] not in numbers_in(own_all):
                err(n, f"amount {lab['amount']} not stated in the sender's own words")
        if "currency" in lab and ("amount" not in lab or lab["currency"] not in ("EUR", "GBP", "USD")):
            err(n, "currency without amount or unknown")
        if "reference" in lab and lab["reference"] not in own_all:
            err(n, f"reference {lab['reference']} not in the sender's own words")
        if kind == "client-reply-promise" and REL[n] and "promised_date" not in lab:
            err(n, "relative day given but no promised_date")
        if "promised_date" in lab:
            pd = D.fromisoformat(lab["promised_date"])
            if pd < local:
                err(n, "promised_date before the message")
            rel = REL[n]
            if rel in WEEKDAYS:
                want = local + dt.timedelta(days=1)
                while want.weekday() != WEEKDAYS[rel]:
                    want += dt.timedelta(days=1)
                if pd != want:
                    err(n, f"promised_date {pd} is not the next {rel} after {local} ({want})")
            elif rel == "eom":
                want = D(local.year, local.month, calendar.monthrange(local.year, local.month)[1])
                if pd != want:
                    err(n, f"promised_date {pd} is not the end of the month ({want})")
            elif rel == "tomorrow":
                if pd != local + dt.timedelta(days=1):
                    err(n, f"promised_date {pd} is not the day after {local}")
            elif rel is not None:
                err(n, f"unknown rel {rel}")
        if "return_date" in lab:
            rd = D.fromisoformat(lab["return_date"])
            if rd < local:
                err(n, "return_date before the message")
            words = {"it": IT_M, "es": ES_M, "en": EN_M}[lab["language"]]
            if not re.search(rf"\b{rd.day}(st|nd|rd|th)?\b( de)? {words[rd.month - 1]}", own_all, re.I):
                err(n, "return day not stated as such in the text")
        if kind == "bounce":
            fr = lab.get("failed_recipient")
            if not fr or fr.encode() not in raw:
                err(n, "failed_recipient missing or not in the message")
            st = re.findall(rb"Status:\s*([245])\.\d{1,3}\.\d{1,3}", raw)
            if not st or (st[0] == b"5") != lab.get("permanent"):
                err(n, f"permanent does not match the DSN status {st}")
            if msg.get_content_type() == "multipart/report" and msg.get_param("report-type") != "delivery-status":
                err(n, "report without report-type")
    # balance
    kinds, langs = {}, {}
    for lab in LABELS.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
        langs[lab["language"]] = langs.get(lab["language"], 0) + 1
    if len(LABELS) != N:
        errors.append(f"{len(LABELS)} labels, expected {N}")
    if sorted(langs.values()) != [26, 27, 27]:
        errors.append(f"language split {langs}")
    return errors, kinds, langs


def main():
    write_all()
    errors, kinds, langs = check()
    for k in sorted(kinds):
        print(f"{k:24} {kinds[k]}")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    print(f"ok: {len(MESSAGES)} messages written and checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
