#!/usr/bin/env python3
"""round9-dates: client promises with dates in people's words, and auto-replies with return dates.

Generates r9d-NNNN.eml and labels.toml in this directory. Python 3.11, stdlib only.
Every message body below is hand-written; only the MIME plumbing, the HTML skeletons and the
quoted mailduns reminders (rebuilt from templates/{it,es,en}) are generated.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import os
import quopri
import sys
import textwrap
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r9d"
MSGS = []  # (raw bytes, label dict, local datetime)


def T(s):
    """Hand-written body: strip the first newline and the common indentation."""
    return textwrap.dedent(s.lstrip("\n")).rstrip() + "\n"


def seed(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


# ---------------------------------------------------------------- calendars & formats
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
IT_MON3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_DAY3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ES_MON3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAY3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def D(y, m, d):
    return dt.date(y, m, d)


def d_it(d):
    return f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"


def il(d):
    return ("l'" if d.day in (1, 8, 11) else "il ") + d_it(d)


def d_es(d):
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def d_en(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def money(v, lang, cur="EUR"):
    whole, cents = f"{v:,.2f}".split(".")
    if lang in ("it", "es"):
        return f"{whole.replace(',', '.')},{cents} €"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return f"{sym}{whole}.{cents}"


# ---------------------------------------------------------------- people
class Owner:
    def __init__(self, name, addr, tz, lang, iban, bic, cur="EUR", sig_title=""):
        self.name, self.addr, self.tz, self.lang = name, addr, tz, lang
        self.iban, self.bic, self.cur = iban, bic, cur
        self.domain = addr.split("@")[1]


ALE = Owner("Alessandra Rossi", "alessandra@example.it", "Europe/Rome", "it",
            "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22XXX")
GIU = Owner("Giulio Ferraro", "giulio@ferrarotraduzioni.it", "Europe/Rome", "it",
            "IT02 L030 6909 6061 0000 0012 345", "BCITITMM")
LUC = Owner("Lucía Martín", "lucia@martinestudio.es", "Europe/Madrid", "es",
            "ES91 2100 0418 4502 0005 1332", "CAIXESBBXXX")
JOR = Owner("Jordi Puig", "jordi@puigfoto.cat", "Europe/Madrid", "es",
            "ES79 0081 0216 7100 0123 4567", "BSABESBBXXX")
TOM = Owner("Tom Byrne", "tom@byrnedesign.ie", "Europe/Dublin", "en",
            "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D")
HAN = Owner("Hannah Clarke", "hannah@clarkecopy.co.uk", "Europe/London", "en",
            "GB33 BUKB 2020 1555 5555 55", "BUKBGB22", cur="GBP")


class Client:
    def __init__(self, name, kind, addr):
        self.name, self.kind, self.addr = name, kind, addr


# ---------------------------------------------------------------- the reminders mailduns sent
def sal(lang, c):
    if lang == "it":
        if c.kind == "company":
            return f"Spett.le {c.name},"
        if c.kind == "person":
            return f"Gentile {c.name},"
        return "Buongiorno,"
    if lang == "es":
        if c.kind == "company":
            return "Estimados señores:"
        if c.kind == "person":
            return f"Buenos días, {c.name}:"
        return "Buenos días:"
    if c.kind == "company":
        return "Dear Accounts Team,"
    if c.kind == "person":
        return f"Dear {c.name},"
    return "Hello,"


def pay_block(o, num):
    if o.lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {o.name}\n- IBAN: {o.iban}\n- BIC: {o.bic}\n"
                f"- causale: Fattura n. {num}")
    if o.lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {o.name}\n- IBAN: {o.iban}\n- BIC: {o.bic}\n"
                f"- concepto: Factura {num}")
    return (f"Payment details:\n- Account name: {o.name}\n- IBAN: {o.iban}\n- BIC (SWIFT): {o.bic}\n"
            f"- Payment reference: {num}")


class Orig:
    """A message the freelancer (or mailduns on their behalf) sent, which the reply quotes."""

    def __init__(self, owner, client, subject, text, when, msgid, refs=()):
        self.owner, self.client, self.subject, self.text = owner, client, subject, text
        self.when, self.msgid, self.refs = when, msgid, list(refs)


def rem(o, c, num, amount, kind, at, due=None, issue=None, deadline=None, pdate=None):
    """at: 'YYYY-MM-DD HH:MM' in the owner's zone."""
    when = dt.datetime.strptime(at, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(o.tz))
    today = when.date()
    late = (today - due).days if due else 0
    L = o.lang
    a = money(amount, L, o.cur)
    pay = pay_block(o, num)
    s = sal(L, c)
    if L == "it":
        subj = {"courtesy": f"Promemoria: fattura n. {num} in scadenza",
                "due": f"Fattura n. {num} in scadenza",
                "reminder": f"Sollecito fattura n. {num}",
                "late_fee": f"Secondo sollecito: fattura n. {num}",
                "promise_followup": f"Fattura n. {num}: aggiornamento sul pagamento",
                "invoice": f"Fattura n. {num}"}[kind]
        if kind == "courtesy":
            body = (f"un breve promemoria: la fattura n. {num} di {a}, emessa {il(issue)}, è in scadenza {il(due)}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif kind == "due":
            if late > 0:
                first = (f"un promemoria: la fattura n. {num} di {a} è scaduta {il(due)}. Se il pagamento non è ancora "
                         "stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
            else:
                first = f"un promemoria: la fattura n. {num} di {a} è in scadenza oggi, {d_it(due)}."
            body = (first + "\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif kind == "reminder":
            body = (f"da un controllo la fattura n. {num} di {a}, scaduta {il(due)}, risulta ancora da saldare. Potrebbe "
                    "trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n" + pay)
        elif kind == "late_fee":
            body = (f"la fattura n. {num} di {a}, scaduta {il(due)}, risulta ancora da saldare: sono trascorsi {late} "
                    "giorni dalla scadenza.\n\n"
                    f"Chiedo cortesemente di provvedere al pagamento entro {il(deadline)}. Se il pagamento è già stato "
                    "disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i "
                    "tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n" + pay)
        elif kind == "promise_followup":
            body = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num} di {a} sarebbe stato "
                    f"effettuato entro {il(pdate)}.\n\n"
                    "Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando "
                    "la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando "
                    "posso aspettarlo.\n\n" + pay)
        else:
            body = (f"in allegato la fattura n. {num} di {a} relativa al lavoro concluso, con scadenza {il(due)}.\n\n"
                    f"{pay}\n\nGrazie e buona giornata.")
        text = f"{s}\n\n{body}\n\nCordiali saluti,\n{o.name}\n"
    elif L == "es":
        subj = {"courtesy": f"Recordatorio: factura n.º {num}",
                "due": f"Factura n.º {num}: vencimiento",
                "reminder": f"Factura n.º {num} pendiente de pago",
                "late_fee": f"Segundo aviso: factura n.º {num}",
                "promise_followup": f"Factura n.º {num}: seguimiento del pago",
                "invoice": f"Factura {num}"}[kind]
        if kind == "courtesy":
            body = (f"Un breve recordatorio: la factura n.º {num} de {a}, emitida el {d_es(issue)}, vence el {d_es(due)}.\n\n"
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif kind == "due":
            if late > 0:
                first = (f"La factura n.º {num} de {a} venció el {d_es(due)} y, según mis registros, el pago aún no consta. "
                         "Agradecería que se tramitara en los próximos días.")
            else:
                first = f"La factura n.º {num} de {a} vence hoy, {d_es(due)}."
            body = (first + "\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif kind == "reminder":
            body = (f"Revisando mis cuentas, veo que la factura n.º {num} de {a}, vencida el {d_es(due)}, sigue pendiente de "
                    "pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea "
                    "posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la "
                    "fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la "
                    "factura, podemos aclararlo por esta misma vía.\n\n" + pay)
        elif kind == "late_fee":
            body = (f"La factura n.º {num} de {a} venció el {d_es(due)}, hace {late} días, y sigue pendiente de pago.\n\n"
                    f"Ruego que el pago de {a} se realice a más tardar el {d_es(deadline)}. Si ya está en curso, muchas "
                    "gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la "
                    "factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n" + pay)
        elif kind == "promise_followup":
            body = (f"Según su último mensaje, el pago de la factura n.º {num} de {a} se realizaría a más tardar el "
                    f"{d_es(pdate)}; gracias de nuevo por la información.\n\n"
                    "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder "
                    "indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo "
                    "puedo contar con él.\n\n" + pay)
        else:
            body = (f"Te adjunto la factura {num} de {a}, con vencimiento el {d_es(due)}.\n\n{pay}\n\nGracias y un saludo.")
        text = f"{s}\n\n{body}\n\nUn cordial saludo,\n{o.name}\n"
    else:
        subj = {"courtesy": f"Friendly reminder: invoice {num}",
                "due": f"Invoice {num} due",
                "reminder": f"Invoice {num} – payment reminder",
                "late_fee": f"Invoice {num} – now overdue",
                "promise_followup": f"Invoice {num} – following up",
                "invoice": f"Invoice {num}"}[kind]
        if kind == "courtesy":
            body = (f"This is a friendly reminder that invoice {num} for {a}, issued on {d_en(issue)}, is due for payment "
                    f"on {d_en(due)}.\n\nIf payment is already on its way, thank you, and please disregard this message.\n\n"
                    f"{pay}\n\nIf you have any questions, just reply to this email.")
        elif kind == "due":
            if late > 0:
                first = (f"This is a quick reminder that invoice {num} for {a} was due for payment on {d_en(due)}. If it "
                         "has not been paid yet, I would be grateful if you could arrange payment in the next few days.")
            else:
                first = f"This is a quick reminder that invoice {num} for {a} is due for payment today, {d_en(due)}."
            body = (first + "\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n"
                    f"{pay}\n\nIf you have any questions, just reply to this email.")
        elif kind == "reminder":
            body = (f"According to my records, invoice {num} for {a}, due on {d_en(due)}, has not yet been paid. It may "
                    "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                    "convenience.\n\nIf you have already paid, thank you – please let me know the payment date so that I "
                    "can update my records. If there is a problem with the invoice, please reply to this email and we can "
                    "sort it out.\n\n" + pay)
        elif kind == "late_fee":
            body = (f"Invoice {num} for {a}, due on {d_en(due)}, is now {late} days overdue.\n\n"
                    f"Please arrange payment by {d_en(deadline)}. If payment is already on its way, thank you – please let "
                    "me know the date it was made. If there is a problem with the invoice or with the timing, please reply "
                    "to this email and we can find a solution.\n\n" + pay)
        elif kind == "promise_followup":
            body = (f"Thank you for letting me know that invoice {num} for {a} would be paid by {d_en(pdate)}.\n\n"
                    "The payment has not reached me yet. If it is already on its way, thank you – please let me know the "
                    "date it was made. If you need a little more time, could you let me know when I can expect it?\n\n" + pay)
        else:
            body = (f"Please find attached invoice {num} for {a}, due on {d_en(due)}.\n\n{pay}\n\nMany thanks.")
        text = f"{s}\n\n{body}\n\nKind regards,\n{o.name}\n"
    mid = f"<{seed(o.addr, num, kind, at)[:24]}.mailduns@{o.domain}>"
    return Orig(o, c, subj, text, when, mid)


# ---------------------------------------------------------------- quoting
def _hm(d):
    return f"{d.hour:02d}:{d.minute:02d}"


def attribution(style, lang, orig, tz, us=False):
    d = orig.when.astimezone(ZoneInfo(tz))
    o = orig.owner
    wd, m = d.weekday(), d.month - 1
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_DAY3[wd]} {d.day} {IT_MON3[m]} {d.year} alle ore {_hm(d)} {o.name} <{o.addr}> ha scritto:"
        if lang == "es":
            return f"El {ES_DAY3[wd]}, {d.day} {ES_MON3[m]} {d.year} a las {d.hour}:{d.minute:02d}, {o.name} (<{o.addr}>) escribió:"
        if us:
            h12 = d.hour % 12 or 12
            ampm = "AM" if d.hour < 12 else "PM"
            return (f"On {EN_DAYS[wd][:3]}, {EN_MONTHS[m][:3]} {d.day}, {d.year} at {h12}:{d.minute:02d}\u202f{ampm} "
                    f"{o.name} <{o.addr}> wrote:")
        return f"On {EN_DAYS[wd][:3]}, {d.day} {EN_MONTHS[m][:3]} {d.year} at {_hm(d)}, {o.name} <{o.addr}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {d.day} {IT_MON3[m]} {d.year}, alle ore {_hm(d)}, {o.name} <{o.addr}> ha scritto:"
        if lang == "es":
            return f"El {d.day} {ES_MON3[m]} {d.year}, a las {d.hour}:{d.minute:02d}, {o.name} <{o.addr}> escribió:"
        return f"On {d.day} {EN_MONTHS[m][:3]} {d.year}, at {_hm(d)}, {o.name} <{o.addr}> wrote:"
    raise ValueError(style)


def outlook_block(lang, orig, tz, us=False):
    d = orig.when.astimezone(ZoneInfo(tz))
    o, c = orig.owner, orig.client
    wd, m = d.weekday(), d.month - 1
    to = f"{c.name} <{c.addr}>" if c.kind != "none" else c.addr
    if lang == "it":
        return (f"Da: {o.name} <{o.addr}>\nInviato: {IT_DAYS[wd]} {d.day} {IT_MONTHS[m]} {d.year} {_hm(d)}\n"
                f"A: {to}\nOggetto: {orig.subject}")
    if lang == "es":
        return (f"De: {o.name} <{o.addr}>\nEnviado el: {ES_DAYS[wd]}, {d.day} de {ES_MONTHS[m]} de {d.year} "
                f"{d.hour}:{d.minute:02d}\nPara: {to}\nAsunto: {orig.subject}")
    if us:
        h12 = d.hour % 12 or 12
        ampm = "AM" if d.hour < 12 else "PM"
        sent = f"{EN_DAYS[wd]}, {EN_MONTHS[m]} {d.day}, {d.year} {h12}:{d.minute:02d} {ampm}"
    else:
        sent = f"{d.day:02d} {EN_MONTHS[m]} {d.year} {_hm(d)}"
    return f"From: {o.name} <{o.addr}>\nSent: {sent}\nTo: {to}\nSubject: {orig.subject}"


def android_block(lang, orig, tz):
    d = orig.when.astimezone(ZoneInfo(tz))
    o, c = orig.owner, orig.client
    off = d.utcoffset().total_seconds() / 3600
    gmt = f"GMT{'+' if off >= 0 else '-'}{int(abs(off)):02d}:00"
    head = {"it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
            "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
            "en": ("-------- Original message --------", "From", "Date", "To", "Subject")}[lang]
    return (f"{head[0]}\n{head[1]}: {o.name} <{o.addr}>\n{head[2]}: {d.day:02d}/{d.month:02d}/{d.year % 100:02d} "
            f"{_hm(d)} ({gmt})\n{head[3]}: {c.addr}\n{head[4]}: {orig.subject}")


def quote_plain(style, lang, orig, tz, us=False):
    if style in ("gmail", "apple"):
        q = "\n".join(("> " + ln) if ln else ">" for ln in orig.text.rstrip("\n").split("\n"))
        return attribution(style, lang, orig, tz, us) + "\n\n" + q + "\n" if style == "apple" else \
            attribution(style, lang, orig, tz, us) + "\n" + q + "\n"
    if style == "outlook":
        return "________________________________\n" + outlook_block(lang, orig, tz, us) + "\n\n" + orig.text
    if style == "outlook2":  # newer Outlook: no rule line, just the block
        return outlook_block(lang, orig, tz, us) + "\n\n" + orig.text
    if style == "android":
        return android_block(lang, orig, tz) + "\n\n" + orig.text
    raise ValueError(style)


def text_to_html(text):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        out.append(html.escape(ln) if ln else "")
    return "<br>\n".join(out)


def gmail_html(body, quote_html=None):
    h = '<div dir="ltr">' + text_to_html(body) + "</div>"
    if quote_html:
        h += "<br>" + quote_html
    return h


def gmail_quote_html(attr, orig):
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(attr) + "<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">' + text_to_html(orig.text) + "</blockquote></div>")


def outlook_html(body, lang, orig=None, tz=None, charset="utf-8", us=False, sig_html=""):
    ps = []
    for para in body.rstrip("\n").split("\n"):
        ps.append("<p class=MsoNormal>" + (html.escape(para) if para else "&nbsp;") + "<o:p></o:p></p>")
    quote = ""
    if orig is not None:
        blk = outlook_block(lang, orig, tz, us).split("\n")
        lab = [ln.split(":", 1) for ln in blk]
        heads = "<br>\n".join(f"<b>{html.escape(k)}:</b>{html.escape(v)}" for k, v in lab)
        quote = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                 "<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>"
                 + heads + "<o:p></o:p></span></p></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                 + "".join("<p class=MsoNormal>" + (html.escape(ln) if ln else "&nbsp;") + "<o:p></o:p></p>\n"
                           for ln in orig.text.rstrip("\n").split("\n")))
    lang_attr = {"it": "IT", "es": "ES", "en": "EN-GB"}[lang]
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 2.0cm 2.0cm 2.0cm;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            f'<body lang={lang_attr} link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class=WordSection1>\n' + "\n".join(ps) + "\n" + sig_html + quote + "</div>\n</body>\n</html>\n")


# ---------------------------------------------------------------- MIME plumbing
def leaf(ctype, content, charset="utf-8", cte="quoted-printable", codec=None, extra=()):
    if isinstance(content, str):
        raw = content.encode(codec or charset)
    else:
        raw = content
    hdr = [f'Content-Type: {ctype}; charset="{charset}"' if ctype.startswith("text/") else f"Content-Type: {ctype}"]
    hdr.append(f"Content-Transfer-Encoding: {cte}")
    hdr += list(extra)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    return hdr, body


def multipart(subtype, parts, bnd, params=""):
    hdr = [f'Content-Type: multipart/{subtype};{params} boundary="{bnd}"']
    body = b""
    for h, b in parts:
        body += b"--" + bnd.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + b + b"\n"
    body += b"--" + bnd.encode() + b"--\n"
    return hdr, body


def hdr_text(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def make_msgid(style, n, domain):
    h = seed("mid", n, domain)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h + h[:8])).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return f"<CA{b[:42]}@mail.gmail.com>"
    if style == "outlook":
        return (f"<{h[:4]}PR0{int(h[4], 16) % 10}MB{h[5:9]}{h[9:25]}@{h[25:29]}PR0{int(h[29], 16) % 10}MB{h[30:34]}".upper()
                + f".eurprd0{int(h[34], 16) % 9 + 1}.prod.outlook.com>")
    if style == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    return f"<{h[:16]}.{h[16:26]}@{domain}>"


def DT(s, tz):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(tz))


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def add(*, lang, tz, when, frm, to, subject, body, label, orig=None, style="gmail", us=False,
        fmt="plain", charset="utf-8", codec=None, cte="quoted-printable", cc=None, headers=(),
        attach=(), mid_style=None, reply=True, html_body=None, top=True, after_quote="",
        hcharset="utf-8", extra_refs=()):
    """One message. body: the sender's own hand-written words.
    style: how the original is quoted (gmail, apple, outlook, outlook2, android, none)."""
    n = len(MSGS) + 1
    w = DT(when, tz)
    dom = frm[1].split("@")[1]
    ms = mid_style or {"gmail": "gmail", "outlook": "outlook", "outlook2": "outlook", "apple": "apple"}.get(style, "x")
    if ms == "gmail" and not dom.endswith("gmail.com") and style == "gmail":
        ms = "gmail"
    # plain text
    text = body
    qtext = ""
    if orig is not None and style != "none":
        qtext = quote_plain(style, lang, orig, tz, us)
        text = body + "\n" + qtext + after_quote if top else qtext + "\n" + body
    # html
    hbody = None
    if fmt in ("alt", "html"):
        if html_body is not None:
            hbody = html_body
        elif style in ("outlook", "outlook2"):
            hbody = outlook_html(body, lang, orig, tz, charset=charset, us=us)
        elif style == "none" or orig is None:
            hbody = gmail_html(body)
        else:
            attr = attribution("gmail" if style == "gmail" else "apple", lang, orig, tz, us)
            hbody = gmail_html(body, gmail_quote_html(attr, orig))
        hbody = hbody if hbody.lstrip().startswith("<html") else \
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>{hbody}</body></html>\n'
    b = seed("bnd", n)
    if fmt == "plain":
        part = leaf("text/plain", text, charset, cte, codec)
    elif fmt == "html":
        part = leaf("text/html", hbody, charset, cte, codec)
    else:
        part = multipart("alternative", [leaf("text/plain", text, charset, cte, codec),
                                         leaf("text/html", hbody, charset, cte, codec)], f"000000000000{b[:16]}")
    if attach:
        parts = [part]
        for fname, ctype, data in attach:
            parts.append(leaf(f'{ctype}; name="{fname}"', data, cte="base64",
                              extra=[f'Content-Disposition: attachment; filename="{fname}"']))
        part = multipart("mixed", parts, f"----=_Part_{int(b[16:24], 16)}_{int(b[24:32], 16)}.{n}")
    H = [f"From: {addr(frm[0], frm[1], hcharset)}",
         f"To: {to}",
         ]
    if cc:
        H.append(f"Cc: {cc}")
    H += [f"Subject: {hdr_text(subject, hcharset)}",
          f"Date: {format_datetime(w)}",
          f"Message-ID: {make_msgid(ms, n, dom)}"]
    if orig is not None and reply:
        refs = list(orig.refs) + list(extra_refs) + [orig.msgid]
        H.append(f"In-Reply-To: {orig.msgid}")
        H.append("References: " + "\n ".join(refs))
    H += list(headers)
    H.append("MIME-Version: 1.0")
    raw = ("\n".join(H + part[0])).encode("utf-8") + b"\n\n" + part[1]
    label = dict(label)
    label.setdefault("language", lang)
    MSGS.append((raw, label, w))
    return n


def owner_to(o):
    return addr(o.name, o.addr)


def R(orig, prefix="Re: "):
    return prefix + orig.subject


# ---------------------------------------------------------------- helpers for auto-replies
AUTO_RFC = ("Auto-Submitted: auto-replied",)
AUTO_EXCH = ("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
             "X-MS-Exchange-Inbox-Rules-Loop: {addr}", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:")
AUTO_GMAIL = ("Auto-Submitted: auto-replied", "Precedence: bulk")
AUTO_X = ("X-Autoreply: yes", "Precedence: auto_reply")
AUTO_X2 = ("X-Autorespond: yes", "Precedence: bulk")


def exch(a):
    return tuple(h.replace("{addr}", a) for h in AUTO_EXCH)


def L(kind, note, **kw):
    d = {"kind": kind, "split": "dev"}
    d.update({k: v for k, v in kw.items() if v is not None})
    d["note"] = note
    return d


IT_PRIVACY = ("Le informazioni contenute in questo messaggio di posta elettronica sono riservate e confidenziali e ne è "
              "vietata la diffusione in qualunque modo eseguita. Qualora Lei non fosse il destinatario del messaggio, La "
              "invitiamo a darne immediata comunicazione al mittente e a provvedere alla sua distruzione. Informativa ai "
              "sensi del Regolamento UE 2016/679 (GDPR) disponibile sul nostro sito.")

# =====================================================================================
# ITALIAN — client promises and their dates
# =====================================================================================

# 1 — bare weekday
c = Client("Tipografia Bellini snc", "company", "amministrazione@tipografiabellini.it")
o = rem(ALE, c, "31/2026", 980, "reminder", "2026-12-01 09:00", due=D(2026, 11, 27))
add(lang="it", tz="Europe/Rome", when="2026-12-01 10:14:37", frm=("Marco Bellini", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="gmail", body=T("""
    Ciao Alessandra,
    hai ragione, mi era sfuggita completamente. Te la pago venerdì insieme agli altri fornitori, di solito la banca me li fa partire in giornata.

    Scusa ancora
    Marco

    --
    Tipografia Bellini snc
    Via dei Mille 14 - 10123 Torino
    Tel. 011 812 4471
    """), label=L("client-reply-promise", "bare 'venerdì' written Tuesday 1 Dec -> Friday 4 Dec",
                  promised_date="2026-12-04"))

# 2 — "venerdì prossimo" written ON a Friday
c = Client("Chiara Fontana", "person", "chiara.fontana.design@gmail.com")
o = rem(ALE, c, "35/2026", 540, "due", "2026-12-11 08:30", due=D(2026, 12, 11))
add(lang="it", tz="Europe/Rome", when="2026-12-11 17:52:09", frm=("Chiara Fontana", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="apple", mid_style="apple", body=T("""
    Ale ciao!! scusa scusa, oggi la banca ha già chiuso le distinte e io sono in macchina fino a stasera. Venerdì prossimo te la pago senza fallo, giuro 🙏

    Buon weekend
    Chiara

    Inviato da iPhone
    """), label=L("client-reply-promise",
                  "'venerdì prossimo' written on Friday 11 Dec: the first Friday strictly after is 18 Dec; the quoted "
                  "reminder says due today 11 Dec (distractor)", promised_date="2026-12-18"))

# 3 — "lunedì prossimo, 18 gennaio" written on a Monday; Outlook, iso-8859-1 with cp1252 bytes
c = Client("Linguaviva S.r.l.", "company", "amministrazione@linguaviva.it")
o = rem(GIU, c, "44/26", 1830, "reminder", "2027-01-08 09:00", due=D(2026, 12, 31))
add(lang="it", tz="Europe/Rome", when="2027-01-11 08:03:51", frm=("Paola Gatti", c.addr), to=owner_to(GIU),
    subject=R(o, "R: "), orig=o, style="outlook", fmt="alt", charset="iso-8859-1", codec="cp1252",
    hcharset="iso-8859-1", headers=("X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtkAB3kq1mVt0YpQ0KfW8l2xJc1Ow=="),
    body=T("""
    Buongiorno dott. Ferraro,

    abbiamo ricevuto il Suo sollecito relativo alla fattura n. 44/26. Ci scusiamo per il ritardo, dovuto alla chiusura contabile di fine anno che ha bloccato l’ufficio per tutta la settimana scorsa.

    Le confermo che il pagamento verrà disposto lunedì prossimo, 18 gennaio, con la consueta distinta fornitori.

    Cordiali saluti

    Rag. Paola Gatti
    Ufficio Amministrazione
    Linguaviva S.r.l.
    Via dell’Indipendenza 22 – 40121 Bologna
    Tel. 051 644 8120

    """) + "\n" + IT_PRIVACY + "\n",
    label=L("client-reply-promise",
            "written Monday 11 Jan: 'lunedì prossimo, 18 gennaio' = 18 Jan (the weekday and the date agree); "
            "iso-8859-1 declared, cp1252 bytes", promised_date="2027-01-18", reference="44/26"))

# 4 — "il 27", no quote
c = Client("Enoteca Il Ceppo", "company", "info@enotecailceppo.it")
o = rem(ALE, c, "29/2026", 427, "reminder", "2026-11-19 09:00", due=D(2026, 11, 15))
add(lang="it", tz="Europe/Rome", when="2026-11-19 18:40:02", frm=("Franco Ceppi", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="none", body=T("""
    Buonasera Alessandra tutto a posto ho visto la mail. I bonifici ai fornitori li faccio tutti il 27, ci metto anche la tua

    Franco
    """), label=L("client-reply-promise", "'il 27' written 19 Nov -> 27 Nov, no quote, no punctuation",
                  promised_date="2026-11-27"))

# 5 — "il ventotto" in words + "prima del ventotto non riesco"
c = Client("Stefano Morelli", "person", "avv.morelli@studiomorelli.legal")
o = rem(GIU, c, "41/26", 610, "reminder", "2026-12-01 09:00", due=D(2026, 11, 25))
add(lang="it", tz="Europe/Rome", when="2026-12-02 12:31:44", frm=("Avv. Stefano Morelli", c.addr), to=owner_to(GIU),
    subject=R(o), orig=o, style="gmail", body=T("""
    Gentile Giulio,

    mi perdoni, dicembre è un mese terribile tra udienze e scadenze fiscali. Prima del ventotto non riesco proprio; il ventotto però Le faccio il bonifico dei 610 euro, stia tranquillo.

    Cordialmente
    Avv. Stefano Morelli
    """), label=L("client-reply-promise", "number in words, 'prima del ventotto non riesco ... il ventotto' -> 28 Dec",
                  promised_date="2026-12-28", amount="610.00"))

# 6 — "a fine mese"
c = Client("Studio Dentistico Dott. Ferri", "company", "segreteria@studioferri.it")
o = rem(ALE, c, "26/2026", 732, "reminder", "2026-11-12 09:00", due=D(2026, 11, 6))
add(lang="it", tz="Europe/Rome", when="2026-11-13 11:20:18", frm=("Segreteria Studio Ferri", c.addr), to=owner_to(ALE),
    subject=R(o, "R: "), orig=o, style="outlook", body=T("""
    Buongiorno,
    le scrivo per conto del dott. Ferri che è in studio con i pazienti. La fattura è stata vista e va bene, la paghiamo a fine mese come facciamo con tutti i fornitori.

    Saluti
    Laura
    Segreteria Studio Dentistico Dott. Ferri
    """), label=L("client-reply-promise", "'a fine mese' written 13 Nov -> 30 Nov", promised_date="2026-11-30"))

# 7 — "domani" at 00:14 Rome (still 9 Dec in UTC)
c = Client("Massimo Riva", "person", "massimo.riva71@libero.it")
o = rem(ALE, c, "33/2026", 350, "reminder", "2026-12-09 09:00", due=D(2026, 12, 4))
add(lang="it", tz="Europe/Rome", when="2026-12-10 00:14:55", frm=("massimo riva", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="android", body=T("""
    Scusa l'orario, ho letto adesso la mail. Domani mattina passo in banca e te lo faccio, sono 350 giusto?
    Max

    Inviato da smartphone Android
    """), label=L("client-reply-promise",
                  "sent 00:14 on Thu 10 Dec Rome time (23:14 on 9 Dec in UTC): 'domani' = 11 Dec in the sender's zone",
                  promised_date="2026-12-11", amount="350.00"))

# 8 — "dopodomani"
c = Client("Studio Grafico Punto e Virgola", "company", "federica@puntoevirgola.studio")
o = rem(GIU, c, "2/27", 280, "due", "2027-01-18 09:00", due=D(2027, 1, 15))
add(lang="it", tz="Europe/Rome", when="2027-01-19 15:02:40", frm=("Federica Neri", c.addr), to=owner_to(GIU),
    subject=R(o), orig=o, style="none", body=T("""
    ok ricevuto, dopodomani sono in ufficio e te la sistemo. scusa ma con le feste si è accumulato tutto
    fede
    """), label=L("client-reply-promise", "'dopodomani' written Tue 19 Jan -> Thu 21 Jan", promised_date="2027-01-21"))

# 9 — "tra dieci giorni"
c = Client("Bar Pasticceria Gianduia", "company", "pasticceriagianduia@gmail.com")
o = rem(ALE, c, "28/2026", 390.40, "reminder", "2026-11-20 09:00", due=D(2026, 11, 16))
add(lang="it", tz="Europe/Rome", when="2026-11-23 09:47:12", frm=("Rosa Pautasso", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="gmail", body=T("""
    Buongiorno Alessandra,
    mi chiedi giustamente i soldi e hai ragione, ma questo mese è andata male con i lavori in via Po che ci hanno tolto metà dei clienti. Ti chiedo ancora dieci giorni: tra dieci giorni ti saldo tutto, promesso.
    Il menù è venuto benissimo, tutti ci fanno i complimenti per la grafica!
    Un abbraccio
    Rosa
    """), label=L("client-reply-promise", "'tra dieci giorni' written Mon 23 Nov -> 3 Dec (Date + 10 days)",
                  promised_date="2026-12-03"))

# 10 — across the new year: written 30 Dec, "il 4"
c = Client("Nuvola Labs S.r.l.", "company", "davide@nuvolalabs.io")
o = rem(ALE, c, "34/2026", 1952, "late_fee", "2026-12-29 09:00", due=D(2026, 12, 10), deadline=D(2027, 1, 8))
add(lang="it", tz="Europe/Rome", when="2026-12-30 16:20:31", frm=("Davide Sacco", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="apple", mid_style="apple", body=T("""
    Ciao Alessandra,
    siamo in modalità ponte e ho solo il telefono. Il 4 rientra Giorgia dall'amministrazione e fa partire tutti i bonifici fermi, il tuo è in cima alla lista.
    Buon anno!
    D.

    Inviato da iPhone
    """), label=L("client-reply-promise",
                  "written 30 Dec: 'il 4' is 4 Jan 2027 (across the new year); the quoted deadline 8 Jan is a distractor",
                  promised_date="2027-01-04"))

# 11 — "non prima di lunedì"
c = Client("Edizioni Sirio", "company", "elena.marchi@edizionisirio.it")
o = rem(GIU, c, "42/26", 1240, "reminder", "2026-12-15 09:00", due=D(2026, 12, 10))
add(lang="it", tz="Europe/Rome", when="2026-12-16 10:05:26", frm=("Elena Marchi", c.addr), to=owner_to(GIU),
    subject=R(o), orig=o, style="gmail", fmt="alt", body=T("""
    Caro Giulio,

    purtroppo non prima di lunedì: abbiamo i conti bloccati per il cambio di banca (ci spostiamo su un altro istituto e i nuovi poteri di firma arrivano solo a inizio settimana) e fino ad allora non possiamo disporre nulla. Lunedì sarà la prima cosa che faccio, te lo prometto.

    Un abbraccio e grazie per la pazienza,
    Elena

    --
    Elena Marchi
    Redazione e diritti esteri
    Edizioni Sirio – Via Saragozza 61, Bologna
    """), label=L("client-reply-promise", "negative form 'non prima di lunedì' written Wed 16 Dec -> Mon 21 Dec",
                  promised_date="2026-12-21"))

# 12 — correction: giovedì, anzi venerdì
c = Client("Federica Landi", "person", "federica@landiinterni.it")
o = rem(ALE, c, "32/2026", 866.20, "reminder", "2026-11-30 09:00", due=D(2026, 11, 25))
add(lang="it", tz="Europe/Rome", when="2026-11-30 13:15:03", frm=("Federica Landi", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="none", body=T("""
    Ciao Ale, giovedì te la pago... anzi no scusa, giovedì sono a Milano tutto il giorno per il salone. Venerdì, venerdì mattina appena torno.
    Federica
    """), label=L("client-reply-promise", "correction: 'giovedì ... anzi no ... venerdì' written Mon 30 Nov -> Fri 4 Dec",
                  promised_date="2026-12-04"))

# 13 — two dates, the later one counts
c = Client("Traduco S.r.l.", "company", "contabilita@traduco.it")
o = rem(GIU, c, "47/26", 905, "reminder", "2027-01-07 09:00", due=D(2026, 12, 31))
add(lang="it", tz="Europe/Rome", when="2027-01-08 11:30:47", frm=("Contabilità Traduco", c.addr), to=owner_to(GIU),
    subject=R(o, "Rif: "), orig=o, style="outlook2", body=T("""
    Buongiorno Giulio,

    la fattura 47/26 è approvata. La paghiamo entro il 15 o al massimo il 20, dipende da quando il sistema ci sblocca i pagamenti del nuovo esercizio.

    Saluti,
    Ilaria Conti
    Traduco S.r.l. – amministrazione
    """), label=L("client-reply-promise", "two dates 'entro il 15 o al massimo il 20': the latest, 20 Jan",
                  promised_date="2027-01-20", reference="47/26"))

# 14 — a meeting date next to the real promise
c = Client("Associazione Culturale Il Baretti", "company", "presidenza@ilbaretti.org")
o = rem(ALE, c, "37/2026", 1098, "reminder", "2027-01-05 09:00", due=D(2026, 12, 20))
add(lang="it", tz="Europe/Rome", when="2027-01-06 17:44:19", frm=("Marta Ruffino", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="gmail", body=T("""
    Gentile Alessandra,

    grazie per la pazienza e buon anno. Come associazione ogni spesa sopra i 500 euro deve passare dal consiglio direttivo: la riunione è giovedì 14 e la sua fattura è all'ordine del giorno. Il tesoriere mi ha già detto che, una volta deliberato, il bonifico partirà lunedì 18.

    Cordiali saluti
    Marta Ruffino
    Presidente – Associazione Culturale Il Baretti
    """), label=L("client-reply-promise",
                  "meeting on Thu 14 Jan is a distractor; the payment is Monday 18 Jan", promised_date="2027-01-18"))

# 15 — only the date a budget is approved: promise without a date
c = Client("Fondazione Musei Civici", "company", "ragioneria@fondazionemuseicivici.it")
o = rem(GIU, c, "46/26", 2440, "reminder", "2026-12-23 09:00", due=D(2026, 12, 18))
add(lang="it", tz="Europe/Rome", when="2026-12-28 09:55:00", frm=("Ufficio Ragioneria", c.addr), to=owner_to(GIU),
    subject=R(o, "R: "), orig=o, style="outlook", fmt="html", body=T("""
    Buongiorno,

    in riferimento al Suo sollecito, La informiamo che il budget 2027 verrà approvato dal Consiglio di Amministrazione nella seduta del 12 gennaio p.v. Appena approvato procederemo con la liquidazione delle fatture in sospeso, compresa la Sua.

    Distinti saluti

    Ufficio Ragioneria
    Fondazione Musei Civici
    """), label=L("client-reply-promise",
                  "12 Jan is the date the budget is approved, not a payment date: promise with no promised_date"))

# 16 — the client's own customer pays on the 22nd: promise without a date
c = Client("Impresa Edile Cantore", "company", "cantore.costruzioni@pec-free.it")
o = rem(ALE, c, "30/2026", 1464, "late_fee", "2026-12-11 09:00", due=D(2026, 11, 20), deadline=D(2026, 12, 21))
add(lang="it", tz="Europe/Rome", when="2026-12-14 11:02:33", frm=("Geom. Pier Cantore", "cantore.costruzioni@gmail.com"),
    to=owner_to(ALE), subject=R(o), orig=o, style="gmail", body=T("""
    Alessandra buongiorno, non ti preoccupare non me ne sono dimenticato. Siamo in attesa che il Comune di Moncalieri ci paghi il SAL dei lavori della scuola, ci hanno detto il 22. Appena entrano i soldi la prima che pago sei tu.
    Saluti
    Geom. Cantore
    """), label=L("client-reply-promise",
                  "22 Dec is when the client's own customer pays them; 'appena entrano' = no promised_date; quoted "
                  "deadline 21 Dec is another distractor"))

# 17 — the invoice date next to the real promise
c = Client("Studio Legale Ricci & Associati", "company", "segreteria@studioricci.it")
o = rem(GIU, c, "38/26", 488, "reminder", "2026-11-23 09:00", due=D(2026, 11, 20), issue=D(2026, 10, 30))
add(lang="it", tz="Europe/Rome", when="2026-11-24 14:20:08", frm=("Simona – Studio Ricci", c.addr), to=owner_to(GIU),
    subject=R(o, "R: "), orig=o, style="outlook", charset="windows-1252", hcharset="windows-1252", body=T("""
    Gentile dott. Ferraro,

    ho ritrovato la Sua fattura del 30 ottobre (n. 38/26), era finita tra le carte dell'avv. Ricci. L'ho messa nella distinta di venerdì.

    Cordiali saluti
    Simona Valli
    Segreteria – Studio Legale Ricci & Associati

    """) + "\n" + IT_PRIVACY + "\n",
    label=L("client-reply-promise", "30 Oct is the invoice date; 'distinta di venerdì' written Tue 24 Nov -> Fri 27 Nov",
            promised_date="2026-11-27", reference="38/26"))

# 18 — "dopo le feste": vague
c = Client("Birrificio Valle Stura", "company", "luca@birrificiovallestura.it")
o = rem(ALE, c, "36/2026", 620, "reminder", "2026-12-18 09:00", due=D(2026, 12, 14))
add(lang="it", tz="Europe/Rome", when="2026-12-18 19:30:44", frm=("Luca Giordano", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="gmail", body=T("""
    Ale ciao, ti pago dopo le feste, adesso siamo nel delirio dei cesti di Natale e in cassa non c'è un euro che non sia già impegnato. Non ti preoccupare che non scappo 😅
    Luca
    """), label=L("client-reply-promise", "'dopo le feste' is vague: no promised_date"))

# 19 — "ai primi di gennaio": vague
c = Client("Agenzia Babele", "company", "anna@agenziababele.com")
o = rem(GIU, c, "49/26", 312, "due", "2026-12-21 09:00", due=D(2026, 12, 21))
add(lang="it", tz="Europe/Rome", when="2026-12-21 10:30:12", frm=("Anna Lori", c.addr), to=owner_to(GIU),
    subject=R(o), orig=o, style="none", body=T("""
    Ciao Giulio, ricevuto. La tua fattura va nel giro di pagamenti dei primi di gennaio, non prima purtroppo perché abbiamo già chiuso la tesoreria di dicembre.
    Ciao e buone feste
    Anna
    """), label=L("client-reply-promise", "'primi di gennaio' is vague: no promised_date"))

# 20 — "nei prossimi giorni": vague, HTML-only Outlook, formal AP
c = Client("Gruppo Ottica Visionnaire S.p.A.", "company", "contabilita.fornitori@visionnaire-ottica.it")
o = rem(ALE, c, "27/2026", 2318, "reminder", "2026-11-10 09:00", due=D(2026, 11, 5))
add(lang="it", tz="Europe/Rome", when="2026-11-11 15:48:27", frm=("Contabilità Fornitori", c.addr), to=owner_to(ALE),
    cc="acquisti@visionnaire-ottica.it", subject=R(o, "R: "), orig=o, style="outlook", fmt="html",
    headers=("X-MS-Has-Attach:", "X-Originating-IP: [10.12.4.31]"), body=T("""
    Buongiorno,

    con riferimento alla Vs. fattura n. 27/2026 Vi informiamo che la stessa è stata autorizzata dall'ufficio acquisti e sarà messa in pagamento nei prossimi giorni.

    Distinti saluti

    Contabilità Fornitori
    Gruppo Ottica Visionnaire S.p.A.
    """), label=L("client-reply-promise", "'nei prossimi giorni' is vague: no promised_date; HTML only",
                  reference="27/2026"))

# 21 — month name without year, written in December
c = Client("Meccanica Dalmasso S.r.l.", "company", "amministrazione@meccanicadalmasso.it")
o = rem(GIU, c, "45/26", 2196, "reminder", "2026-12-21 09:00", due=D(2026, 12, 15))
add(lang="it", tz="Europe/Rome", when="2026-12-22 12:10:59", frm=("Amministrazione Dalmasso", c.addr), to=owner_to(GIU),
    subject=R(o, "R: "), orig=o, style="outlook", charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
    headers=("X-Mailer: Microsoft Outlook 15.0",), body=T("""
    Egregio dott. Ferraro,

    Le comunichiamo che la fattura n. 45/26 dell’importo di € 2.196,00 sarà saldata il 15 gennaio con bonifico bancario, come da “calendario pagamenti” concordato con la nostra direzione.

    Distinti saluti

    Ufficio Amministrazione
    Meccanica Dalmasso S.r.l. – Cuneo
    """), label=L("client-reply-promise",
                  "'il 15 gennaio' without year written 22 Dec -> 2027-01-15; cp1252 curly quotes and euro sign",
                  promised_date="2027-01-15", amount="2196.00", reference="45/26"))

# 22 — transfer scheduled with a value date: still a promise
c = Client("Cooperativa Sociale Arcobaleno", "company", "amministrazione@coop-arcobaleno.it")
o = rem(ALE, c, "40/2026", 854, "reminder", "2026-12-17 09:00", due=D(2026, 12, 12))
add(lang="it", tz="Europe/Rome", when="2026-12-17 16:48:05", frm=("Coop Arcobaleno - Amministrazione", c.addr),
    to=owner_to(ALE), subject=R(o), orig=o, style="gmail", body=T("""
    Buonasera,
    il bonifico per la fattura 40/2026 è stato programmato in home banking con data esecuzione 8 gennaio 2027 (dobbiamo attendere l'erogazione del contributo regionale per avere liquidità). Le mando la contabile appena viene eseguito.
    Cordiali saluti
    Daniela Bosio
    Coop. Sociale Arcobaleno
    """), label=L("client-reply-promise",
                  "a transfer scheduled for a future execution date is not yet paid: promise for 8 Jan 2027",
                  promised_date="2027-01-08", reference="40/2026"))

# 23 — Roman "oggi a otto" = a week from today
c = Client("Trattoria Da Claudio", "company", "daclaudio.testaccio@gmail.com")
o = rem(GIU, c, "39/26", 260, "reminder", "2026-12-02 09:00", due=D(2026, 11, 28))
add(lang="it", tz="Europe/Rome", when="2026-12-03 20:12:36", frm=("Claudio", c.addr), to=owner_to(GIU),
    subject=R(o), orig=o, style="none", cte="8bit", body=T("""
    Giulio scusame, sto cor locale pieno tutta la settimana e nun ho avuto manco er tempo de respira'. Te li mando oggi a otto, giuro.
    Ciao bello e grazie ancora pe' i menù in inglese, i turisti so' contenti
    Claudio
    """), label=L("client-reply-promise", "Roman 'oggi a otto' = a week from today: Thu 3 Dec -> Thu 10 Dec",
                  promised_date="2026-12-10"))

# 24 — "entro il 10" when the 10th of this month has passed -> next month
c = Client("Sara Lanza Wedding & Events", "person", "sara@saralanzaweddings.it")
o = rem(ALE, c, "25/2026", 671, "reminder", "2026-11-19 09:00", due=D(2026, 11, 14))
add(lang="it", tz="Europe/Rome", when="2026-11-20 09:12:22", frm=("Sara Lanza", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="apple", mid_style="apple", body=T("""
    Ciao Alessandra, scusa il ritardo, con gli ultimi matrimoni di ottobre ho avuto la testa altrove. Ti saldo entro il 10, appena chiudo i conti del mese.
    Baci
    Sara
    """), label=L("client-reply-promise", "'entro il 10' written 20 Nov: the 10th has passed, so 10 Dec",
                  promised_date="2026-12-10"))

# 25 — paid yesterday, PDF receipt
c = Client("Traduzioni Tecniche Alpi S.r.l.", "company", "amministrazione@ttalpi.it")
o = rem(GIU, c, "43/26", 1464, "reminder", "2026-12-14 09:00", due=D(2026, 12, 10))
add(lang="it", tz="Europe/Rome", when="2026-12-15 09:40:10", frm=("Amministrazione TT Alpi", c.addr), to=owner_to(GIU),
    subject=R(o, "R: "), orig=o, style="outlook", attach=[("Contabile_bonifico_14122026.pdf", "application/pdf", PDF)],
    body=T("""
    Buongiorno,

    il bonifico di € 1.464,00 relativo alla fattura 43/26 è stato eseguito ieri, in allegato la contabile.
    CRO 0306912345678901

    Cordiali saluti
    Marina Berardo
    """), label=L("client-reply-paid", "'eseguito ieri' = paid; PDF receipt attached",
                  amount="1464.00", reference="43/26"))

# 26 — paid on the 2nd, asks to check
c = Client("B&B La Collina", "company", "lacollina.bb@gmail.com")
o = rem(ALE, c, "41/2026", 305, "reminder", "2026-12-07 09:00", due=D(2026, 12, 1))
add(lang="it", tz="Europe/Rome", when="2026-12-07 14:33:00", frm=("Giorgio Bava", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="gmail", body=T("""
    Ciao Alessandra, guarda che io l'ho pagata il 2, ho fatto il bonifico dall'app. Controlla se ti è arrivata, se no ti mando lo screenshot.
    Giorgio
    """), label=L("client-reply-paid", "'l'ho pagata il 2' + asks to check: paid, a date that is not a promise"))

# 27 — dispute with a date
c = Client("TravelTex Agenzia", "company", "m.pons@traveltex.it")
o = rem(GIU, c, "48/26", 1960, "reminder", "2027-01-12 09:00", due=D(2027, 1, 8))
add(lang="it", tz="Europe/Rome", when="2027-01-13 10:22:15", frm=("Michela Pons", c.addr), to=owner_to(GIU),
    subject=R(o), orig=o, style="gmail", body=T("""
    Giulio,
    prima di pagare aspetto la nota di credito per le 3 cartelle che non ci hai tradotto: il manuale era di 45 cartelle, non 48, te l'avevo scritto il 20 dicembre. Quando ricevo la nota di credito pago il resto entro il 30.
    Michela
    """), label=L("client-reply-dispute",
                  "wants a credit note for 3 pages before paying: dispute beats the conditional promise 'entro il 30'"))

# 28 — other: a meeting date only
c = Client("Studio Architettura Ghibaudo", "company", "nicola@ghibaudoarchitetti.it")
o = rem(ALE, c, "23/2026", 1586, "reminder", "2026-11-02 09:00", due=D(2026, 10, 30))
add(lang="it", tz="Europe/Rome", when="2026-11-03 10:00:41", frm=("Nicola Ghibaudo", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="gmail", body=T("""
    Ciao Ale,
    ne parliamo giovedì 5 quando vieni in studio per le bozze del catalogo? Così vediamo anche il preventivo per il sito nuovo e mettiamo a posto i conti in una volta sola.
    Nicola
    """), label=L("client-reply-other", "only a meeting date (Thu 5 Nov), no promise to pay: other"))

# 29 — Tuscan "lunedì che viene"
c = Client("Frantoio Bardi", "company", "frantoiobardi@tin.it")
o = rem(ALE, c, "4/2027", 475, "reminder", "2027-02-09 09:00", due=D(2027, 2, 5))
add(lang="it", tz="Europe/Rome", when="2027-02-10 08:50:03", frm=("Gino Bardi", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="none", body=T("""
    O Alessandra, bongiorno. Lunedì che viene ti fo il bonifico, ora 'un ci s'ha liquidità perché s'è pagato i contributi e l'F24. Scusa e grazie di tutto, l'etichette nuove le garbano a tutti.
    Gino
    """), label=L("client-reply-promise", "Tuscan 'lunedì che viene' written Wed 10 Feb -> Mon 15 Feb",
                  promised_date="2027-02-15"))

# 30 — ALL CAPS, month name
c = Client("Arturo Benedetti", "person", "arturo.benedetti@alice.it")
o = rem(GIU, c, "1/27", 180, "reminder", "2027-01-25 09:00", due=D(2027, 1, 20))
add(lang="it", tz="Europe/Rome", when="2027-01-26 11:11:11", frm=("ARTURO BENEDETTI", c.addr), to=owner_to(GIU),
    subject=R(o), orig=o, style="none", body=T("""
    BUONGIORNO DOTTORE. HO RICEVUTO IL SOLLECITO. PAGO IL 5 FEBBRAIO CON LA PENSIONE. DISTINTI SALUTI. ARTURO BENEDETTI
    """), label=L("client-reply-promise", "ALL CAPS, 'il 5 febbraio' -> 2027-02-05", promised_date="2027-02-05"))

# 31 — "a fine gennaio" written before Christmas
c = Client("Dolci Langhe S.r.l.", "company", "veronica.marketing@dolcilanghe.it")
o = rem(ALE, c, "38/2026", 1220, "due", "2026-12-22 09:00", due=D(2026, 12, 22))
add(lang="it", tz="Europe/Rome", when="2026-12-23 10:10:10", frm=("Veronica Ambrogio", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="gmail", body=T("""
    Ciao Alessandra,
    ho girato all'amministrazione: stanno chiudendo l'anno e mi dicono che ti pagano a fine gennaio, sorry! Io ti volevo intanto ringraziare per le confezioni di Natale, sono andate a ruba.
    Buone feste
    Veronica
    """), label=L("client-reply-promise", "'a fine gennaio' written 23 Dec -> 31 Jan 2027", promised_date="2027-01-31"))

# 32 — "mercoledì 13" and the invoice's own date
c = Client("Casa Editrice Lumen", "company", "produzione@lumeneditore.it")
o = rem(GIU, c, "40/26", 1750, "reminder", "2027-01-05 09:00", due=D(2026, 12, 31), issue=D(2026, 12, 7))
add(lang="it", tz="Europe/Rome", when="2027-01-07 12:45:30", frm=("Tommaso Villa", c.addr), to=owner_to(GIU),
    subject=R(o), orig=o, style="gmail", body=T("""
    Ciao Giulio, buon anno!
    La fattura del 7 dicembre è in pagamento mercoledì 13, me l'ha confermato adesso l'amministrazione.
    Se ti serve altro materiale per la seconda parte del libro dimmelo, intanto ti giro le note dell'autrice.
    Tommaso
    """), label=L("client-reply-promise", "'7 dicembre' is the invoice date; payment Wednesday 13 Jan",
                  promised_date="2027-01-13"))

# 33 — "martedì della settimana prossima", via marketing
c = Client("Pastificio Rinaldi", "company", "v.rinaldi@pastificiorinaldi.it")
o = rem(ALE, c, "24/2026", 488, "reminder", "2026-11-25 09:00", due=D(2026, 11, 20))
add(lang="it", tz="Europe/Rome", when="2026-11-26 16:05:50", frm=("Valeria Rinaldi", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="gmail", body=T("""
    Ciao Alessandra, ho girato il sollecito all'amministrazione, mi dicono che il pagamento è schedulato per martedì della settimana prossima.
    Grazie e a presto
    Valeria
    """), label=L("client-reply-promise", "'martedì della settimana prossima' written Thu 26 Nov -> Tue 1 Dec",
                  promised_date="2026-12-01"))

# 34 — a human "I'm away until the 6th inclusive, on the 7th I pay" (looks like an auto-reply)
c = Client("Paolo Ferrero", "person", "paolo.ferrero@outlook.it")
o = rem(ALE, c, "39/2026", 396, "reminder", "2026-12-29 09:00", due=D(2026, 12, 23))
add(lang="it", tz="Europe/Rome", when="2026-12-29 21:17:44", frm=("Paolo Ferrero", c.addr), to=owner_to(ALE),
    subject=R(o), orig=o, style="android", body=T("""
    Ciao Alessandra, sono in montagna fino al 6 compreso senza pc. Il 7 appena rientro ti faccio il bonifico, scusa il ritardo.
    Paolo

    Inviato da Outlook per Android
    """), label=L("client-reply-promise",
                  "a person, not an auto-reply: 'fino al 6 compreso ... il 7 ti faccio il bonifico' -> promise 7 Jan",
                  promised_date="2027-01-07"))


ES_LOPD = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo "
           "contener información confidencial sometida a secreto profesional. En cumplimiento del Reglamento (UE) "
           "2016/679 (RGPD) y la LOPDGDD, le informamos de que sus datos serán tratados con la finalidad de gestionar la "
           "relación comercial. Puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a la "
           "dirección del remitente.")

# =====================================================================================
# SPANISH — client promises and their dates
# =====================================================================================

# 1 — "el viernes"
c = Client("Floristería Azahar", "company", "rocio@floristeriaazahar.es")
o = rem(LUC, c, "2026-047", 363, "reminder", "2026-11-16 09:00", due=D(2026, 11, 12))
add(lang="es", tz="Europe/Madrid", when="2026-11-16 10:22:17", frm=("Rocío Azahar", c.addr), to=owner_to(LUC),
    subject=R(o, "RE: "), orig=o, style="gmail", body=T("""
    Hola Lucía!
    Perdona, se me pasó por completo con la feria de Todos los Santos. Te la pago el viernes sin falta.
    Un besazo,
    Rocío
    """), label=L("client-reply-promise", "'el viernes' written Mon 16 Nov -> Fri 20 Nov", promised_date="2026-11-20"))

# 2 — "el jueves que viene"
c = Client("Hotel Mirador de l'Empordà", "company", "marc.roig@hotelmirador.cat")
o = rem(JOR, c, "F26/121", 1452, "reminder", "2026-11-30 09:00", due=D(2026, 11, 25))
add(lang="es", tz="Europe/Madrid", when="2026-12-01 09:40:02", frm=("Marc Roig", c.addr), to=owner_to(JOR),
    subject=R(o, "RE: "), orig=o, style="outlook2", body=T("""
    Hola Jordi,

    Lo he pasado a administración, la pagan el jueves que viene.

    Saludos,
    Marc Roig
    Dirección – Hotel Mirador de l'Empordà
    """), label=L("client-reply-promise",
                  "'el jueves que viene' written Tue 1 Dec: first Thursday after = 3 Dec", promised_date="2026-12-03"))

# 3 — Friday evening, "el viernes" = next week's Friday
c = Client("Gestoría Ortega", "company", "sergio@gestoriaortega.es")
o = rem(LUC, c, "2026-061", 423.50, "reminder", "2027-01-15 09:00", due=D(2027, 1, 10))
add(lang="es", tz="Europe/Madrid", when="2027-01-15 21:10:45", frm=("Sergio Ortega", c.addr), to=owner_to(LUC),
    subject=R(o), orig=o, style="gmail", body=T("""
    Buenas noches Lucía,
    hoy ya se ha cerrado la remesa de la semana, así que lo dejo programado para el viernes. Perdona el retraso, este mes vamos de cabeza con los modelos de Hacienda.
    Sergio
    """), label=L("client-reply-promise",
                  "written on Friday 15 Jan evening: 'el viernes' = the next Friday, 22 Jan", promised_date="2027-01-22"))

# 4 — "el 28"
c = Client("Restaurant La Barca", "company", "laia@restaurantlabarca.cat")
o = rem(JOR, c, "F26/124", 786.50, "reminder", "2026-12-02 09:00", due=D(2026, 11, 28))
add(lang="es", tz="Europe/Madrid", when="2026-12-03 13:05:29", frm=("Laia Ferrer", c.addr), to=owner_to(JOR),
    subject=R(o), orig=o, style="gmail", body=T("""
    Bon dia Jordi,
    ya la tengo, perdona. Pagamos a proveedores el 28, te incluyo en ese pago.
    Gracias por las fotos de la carta, han quedado genial!
    Laia
    """), label=L("client-reply-promise", "'el 28' written 3 Dec -> 28 Dec", promised_date="2026-12-28"))

# 5 — "el treinta" in words
c = Client("Andrés Villalba", "person", "academia.villalba@gmail.com")
o = rem(LUC, c, "2026-045", 290.40, "reminder", "2026-11-10 09:00", due=D(2026, 11, 5))
add(lang="es", tz="Europe/Madrid", when="2026-11-10 17:45:38", frm=("Academia Villalba", c.addr), to=owner_to(LUC),
    subject=R(o), orig=o, style="none", body=T("""
    Lucía, te lo ingreso el treinta sin falta, que es cuando cobramos las cuotas de los alumnos. Disculpa las molestias.
    Un saludo,
    Andrés
    """), label=L("client-reply-promise", "number in words 'el treinta' written 10 Nov -> 30 Nov",
                  promised_date="2026-11-30"))

# 6 — "a final de mes" in February
c = Client("Inmobiliaria Costa Brava Serveis", "company", "administracio@costabravaserveis.com")
o = rem(JOR, c, "F26/118", 968, "late_fee", "2027-02-02 09:00", due=D(2027, 1, 15), deadline=D(2027, 2, 12))
add(lang="es", tz="Europe/Madrid", when="2027-02-03 10:10:33", frm=("Administración", c.addr), to=owner_to(JOR),
    subject=R(o, "RE: "), orig=o, style="outlook", fmt="alt", body=T("""
    Buenos días:

    Le informamos de que su factura F26/118 se abonará a final de mes junto con el resto de proveedores.

    Atentamente,

    Departamento de Administración
    Costa Brava Serveis Immobiliaris, S.L.

    """) + "\n" + ES_LOPD + "\n",
    label=L("client-reply-promise", "'a final de mes' written 3 Feb -> 28 Feb 2027; quoted deadline 12 Feb is a distractor",
            promised_date="2027-02-28", reference="F26/118"))

# 7 — "mañana" at 00:35 Madrid (still 9 Dec in UTC)
c = Client("Nacho Berrocal", "person", "nacho@berrocalproducciones.com")
o = rem(LUC, c, "2026-055", 1815, "reminder", "2026-12-09 09:00", due=D(2026, 12, 4))
add(lang="es", tz="Europe/Madrid", when="2026-12-10 00:35:12", frm=("Nacho Berrocal", c.addr), to=owner_to(LUC),
    subject=R(o), orig=o, style="apple", mid_style="apple", body=T("""
    Lucía, perdona las horas, acabo de ver tu correo al volver del rodaje. Mañana a primera hora hago la transferencia de los 1.815 €.
    Abrazo,
    Nacho

    Enviado desde mi iPhone
    """), label=L("client-reply-promise",
                  "sent 00:35 Thu 10 Dec Madrid (23:35 on 9 Dec UTC): 'mañana' = 11 Dec in the sender's zone",
                  promised_date="2026-12-11", amount="1815.00"))

# 8 — "pasado mañana"
c = Client("Agència Blau", "company", "nuria@agenciablau.cat")
o = rem(JOR, c, "F27/004", 605, "due", "2027-01-25 09:00", due=D(2027, 1, 25))
add(lang="es", tz="Europe/Madrid", when="2027-01-25 12:00:08", frm=("Núria Casals", c.addr), to=owner_to(JOR),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hola Jordi, pasado mañana sale la transferencia, que hoy no está la jefa para firmar.
    Saludos!
    Núria
    """), label=L("client-reply-promise", "'pasado mañana' written Mon 25 Jan -> Wed 27 Jan", promised_date="2027-01-27"))

# 9 — "dentro de diez días"
c = Client("Bea Cosmética Natural", "company", "beatriz@beacosmetica.es")
o = rem(LUC, c, "2026-050", 544.50, "reminder", "2026-11-26 09:00", due=D(2026, 11, 20))
add(lang="es", tz="Europe/Madrid", when="2026-11-27 11:58:20", frm=("Beatriz Soler", c.addr), to=owner_to(LUC),
    subject=R(o), orig=o, style="gmail", fmt="alt", body=T("""
    Hola Lucía,

    Te pido un poco de margen: estamos con el Black Friday y tenemos toda la tesorería metida en stock. Dentro de diez días te hago la transferencia, ¿te parece bien? Si no es así dímelo y lo hablamos.

    Gracias por entenderlo,
    Bea
    """), label=L("client-reply-promise", "'dentro de diez días' written Fri 27 Nov -> 7 Dec (Date + 10)",
                  promised_date="2026-12-07"))

# 10 — across the new year: written 30 Dec, "el 5"
c = Client("Bodegas Arroyo Seco", "company", "javier@arroyoseco.wine")
o = rem(LUC, c, "2026-063", 1331, "reminder", "2026-12-29 09:00", due=D(2026, 12, 22))
add(lang="es", tz="Europe/Madrid", when="2026-12-30 11:15:02", frm=("Javier Arroyo", c.addr), to=owner_to(LUC),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hola Lucía, feliz año adelantado.
    La transferencia te la hago el 5, que hasta entonces con las fiestas el banco no me deja firmar nada desde casa.
    Un saludo,
    Javier
    """), label=L("client-reply-promise", "written 30 Dec: 'el 5' = 5 Jan 2027 (across the new year)",
                  promised_date="2027-01-05"))

# 11 — "antes del 20 no puedo"
c = Client("Club de Pàdel Sant Cugat", "company", "tresoreria@padelsantcugat.cat")
o = rem(JOR, c, "F26/130", 423.50, "reminder", "2027-01-11 09:00", due=D(2027, 1, 5))
add(lang="es", tz="Europe/Madrid", when="2027-01-12 16:30:51", frm=("Tresoreria Club", c.addr), to=owner_to(JOR),
    subject=R(o), orig=o, style="none", body=T("""
    Jordi, siento decirte que antes del 20 no puedo. Cobramos las cuotas de enero por domiciliación ese día y en cuanto entren te pago.
    Salut,
    Oriol (tresorer)
    """), label=L("client-reply-promise", "negative 'antes del 20 no puedo' -> 20 Jan", promised_date="2027-01-20"))

# 12 — correction: martes, no, miércoles
c = Client("Clínica Veterinaria Los Olivos", "company", "carmen@vetlosolivos.es")
o = rem(LUC, c, "2026-044", 242, "reminder", "2026-11-05 09:00", due=D(2026, 10, 31))
add(lang="es", tz="Europe/Madrid", when="2026-11-06 14:00:27", frm=("Carmen Olivares", c.addr), to=owner_to(LUC),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hola Lucía.
    El martes te la pago... no, espera, que el martes tenemos inspección de Sanidad y no voy a parar. Mejor el miércoles. El miércoles sin falta.
    Carmen
    """), label=L("client-reply-promise", "correction 'el martes... mejor el miércoles' written Fri 6 Nov -> Wed 11 Nov",
                  promised_date="2026-11-11"))

# 13 — two dates, the later counts
c = Client("Escola de Música Harmonia", "company", "secretaria@escolaharmonia.cat")
o = rem(JOR, c, "F27/009", 340, "reminder", "2027-02-03 09:00", due=D(2027, 1, 30))
add(lang="es", tz="Europe/Madrid", when="2027-02-04 09:20:14", frm=("Secretaria Harmonia", c.addr), to=owner_to(JOR),
    subject=R(o), orig=o, style="gmail", body=T("""
    Buenos días Jordi,
    la directora dice que se paga el 15 o como muy tarde el 20, según cuándo nos ingrese el Ayuntamiento la subvención.
    Saludos,
    Montse
    """), label=L("client-reply-promise", "two dates 'el 15 o como muy tarde el 20' -> 20 Feb (the latest)",
                  promised_date="2027-02-20"))

# 14 — a board meeting next to the real remittance date
c = Client("Fundación Arte Joven", "company", "administracion@fundacionartejoven.org")
o = rem(LUC, c, "2026-062", 2420, "reminder", "2027-01-07 09:00", due=D(2026, 12, 31))
add(lang="es", tz="Europe/Madrid", when="2027-01-08 13:22:40", frm=("Administración Fundación Arte Joven", c.addr),
    to=owner_to(LUC), subject=R(o, "RE: "), orig=o, style="outlook", fmt="html", body=T("""
    Estimada Lucía:

    Gracias por el recordatorio. El patronato aprueba el presupuesto del año en la reunión del día 14, y una vez aprobado su factura saldría en la remesa del 25.

    Reciba un cordial saludo,

    Elvira Santamaría
    Administración – Fundación Arte Joven
    """), label=L("client-reply-promise", "board meeting on the 14th is a distractor; 'remesa del 25' -> 25 Jan",
                  promised_date="2027-01-25"))

# 15 — the client's own customer pays "el 15": no date
c = Client("Sal Films Produccions", "company", "producció@salfilms.cat")
c.addr = "produccio@salfilms.cat"
o = rem(JOR, c, "F26/127", 2178, "reminder", "2026-12-09 09:00", due=D(2026, 12, 4))
add(lang="es", tz="Europe/Madrid", when="2026-12-10 18:14:09", frm=("Pau Sala", c.addr), to=owner_to(JOR),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hola Jordi,
    estamos esperando el cobro de la cadena (nos pagan el 15, en teoría, aunque con ellos nunca se sabe). En cuanto entre te transfiero, palabra.
    Abrazo,
    Pau
    """), label=L("client-reply-promise",
                  "the 15th is when their own customer pays them; 'en cuanto entre' -> no promised_date"))

# 16 — the invoice date next to the real day
c = Client("Grupo Editorial Sur", "company", "contabilidad@grupoeditorialsur.es")
o = rem(LUC, c, "2026-051", 968, "reminder", "2026-12-01 09:00", due=D(2026, 11, 27), issue=D(2026, 11, 3))
add(lang="es", tz="Europe/Madrid", when="2026-12-02 12:41:36", frm=("Contabilidad GES", c.addr), to=owner_to(LUC),
    subject=R(o, "RE: "), orig=o, style="outlook", body=T("""
    Hola Lucía:

    Tengo aquí tu factura 2026-051 del 3 de noviembre. La pasamos al pago del lunes.

    Un saludo,
    Francisco Gil
    Contabilidad – Grupo Editorial Sur
    """), label=L("client-reply-promise", "3 Nov is the invoice date; 'pago del lunes' written Wed 2 Dec -> Mon 7 Dec",
                  promised_date="2026-12-07", reference="2026-051"))

# 17 — "a primeros de mes": vague
c = Client("Cal Ros Cervesers", "company", "albert@calroscervesers.cat")
o = rem(JOR, c, "F26/119", 484, "reminder", "2026-11-24 09:00", due=D(2026, 11, 20))
add(lang="es", tz="Europe/Madrid", when="2026-11-25 19:02:55", frm=("Albert Ros", c.addr), to=owner_to(JOR),
    subject=R(o), orig=o, style="none", body=T("""
    Jordi, te lo pago a primeros de mes, como siempre. No sufras.
    Albert
    """), label=L("client-reply-promise", "'a primeros de mes' is vague: no promised_date"))

# 18 — "la semana que viene": vague, Canary Islands
c = Client("Surf Camp Las Canteras", "company", "hola@surfcamplascanteras.com")
o = rem(LUC, c, "2026-046", 605, "reminder", "2026-11-11 09:00", due=D(2026, 11, 6))
add(lang="es", tz="Atlantic/Canary", when="2026-11-12 08:47:13", frm=("Yeray Santana", c.addr), to=owner_to(LUC),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hola Lucía, mis niña, la semana que viene te lo pago, que estoy esperando que me ingresen la subvención del Cabildo y ando pelado. Perdona la tardanza.
    Un abrazo desde Las Palmas
    Yeray
    """), label=L("client-reply-promise", "'la semana que viene' is vague: no promised_date; Canary time zone"))

# 19 — "después de Reyes": vague
c = Client("Pastisseria Vidal", "company", "comandes@pastisseriavidal.cat")
o = rem(JOR, c, "F26/129", 302.50, "reminder", "2026-12-21 09:00", due=D(2026, 12, 16))
add(lang="es", tz="Europe/Madrid", when="2026-12-21 13:44:50", frm=("Mercè Vidal", c.addr), to=owner_to(JOR),
    subject=R(o), orig=o, style="gmail", body=T("""
    Bon dia Jordi,
    con las fiestas no llegamos a todo, te lo pagamos después de Reyes. ¡Bones festes y gracias por las fotos de los turrones!
    Mercè
    """), label=L("client-reply-promise", "'después de Reyes' is vague: no promised_date"))

# 20 — "el 12 de enero" without year
c = Client("Consultora Meridiano", "company", "pagos@consultorameridiano.es")
o = rem(LUC, c, "2026-058", 1694, "reminder", "2026-12-18 09:00", due=D(2026, 12, 15))
add(lang="es", tz="Europe/Madrid", when="2026-12-21 10:03:18", frm=("Departamento de Pagos", c.addr), to=owner_to(LUC),
    subject=R(o, "RE: "), orig=o, style="outlook", charset="iso-8859-1", codec="cp1252", hcharset="iso-8859-1",
    body=T("""
    Buenos días:

    Le confirmamos que la factura nº 2026-058 está aprobada y se abonará el 12 de enero, en la primera remesa del año.

    Un saludo,

    Departamento de Pagos
    Consultora Meridiano, S.L.
    """), label=L("client-reply-promise", "'el 12 de enero' without year written 21 Dec -> 2027-01-12; cp1252",
                  promised_date="2027-01-12", reference="2026-058"))

# 21 — "el 15/01" numeric, Canary Islands
c = Client("Atlántico Eventos", "company", "admin@atlanticoeventos.es")
o = rem(JOR, c, "F26/131", 1089, "reminder", "2026-12-28 09:00", due=D(2026, 12, 22))
add(lang="es", tz="Atlantic/Canary", when="2026-12-28 10:27:03", frm=("Atlántico Eventos", c.addr), to=owner_to(JOR),
    subject=R(o), orig=o, style="gmail", body=T("""
    Buenas Jordi,
    te confirmo que el pago sale el 15/01. Las fotos de la gala, espectaculares.
    Un saludo desde Santa Cruz,
    Cristo
    """), label=L("client-reply-promise", "numeric 'el 15/01' written 28 Dec -> 2027-01-15", promised_date="2027-01-15"))

# 22 — Mexico City, 20:40 local on Monday: "mañana" = Tuesday (already Tuesday in UTC)
c = Client("Agencia Lumbre CDMX", "company", "mariana@lumbre.mx")
o = rem(LUC, c, "2026-052", 1100, "reminder", "2026-11-30 09:00", due=D(2026, 11, 25))
add(lang="es", tz="America/Mexico_City", when="2026-11-30 20:40:22", frm=("Mariana Treviño", c.addr), to=owner_to(LUC),
    subject=R(o), orig=o, style="gmail", cte="base64", body=T("""
    Hola Lucía, qué pena contigo. Ya lo revisé con el contador y mañana en la mañana te hago la transferencia internacional. Te mando el comprobante en cuanto salga.
    ¡Saludos!
    Mariana
    """), label=L("client-reply-promise",
                  "Mexico City 20:40 Mon 30 Nov (02:40 Tue 1 Dec in UTC): 'mañana' = 1 Dec in the sender's zone",
                  promised_date="2026-12-01"))

# 23 — ALL CAPS with weekday and day
c = Client("Talleres Pepe", "company", "talleres.pepe@hotmail.com")
o = rem(JOR, c, "F27/002", 217.80, "reminder", "2027-01-12 09:00", due=D(2027, 1, 8))
add(lang="es", tz="Europe/Madrid", when="2027-01-13 08:31:00", frm=("TALLERES PEPE", c.addr), to=owner_to(JOR),
    subject=R(o, "RE: "), orig=o, style="none", body=T("""
    HOLA JORDI PAGO EL LUNES 18 SALUDOS PEPE
    """), label=L("client-reply-promise", "ALL CAPS 'el lunes 18' -> 18 Jan", promised_date="2027-01-18"))

# 24 — "el próximo día 5" written on the 20th -> next month
c = Client("Autoescuela Vía Rápida", "company", "gerencia@autoescuelaviarapida.es")
o = rem(LUC, c, "2027-003", 399.30, "reminder", "2027-01-19 09:00", due=D(2027, 1, 15))
add(lang="es", tz="Europe/Madrid", when="2027-01-20 17:17:17", frm=("Gerencia Vía Rápida", c.addr), to=owner_to(LUC),
    subject=R(o), orig=o, style="gmail", body=T("""
    Buenas tardes Lucía,
    te lo abonamos el próximo día 5, junto con las nóminas. Disculpa, enero siempre se nos hace cuesta arriba.
    Saludos cordiales,
    Rafael
    """), label=L("client-reply-promise", "'el próximo día 5' written 20 Jan -> 5 Feb", promised_date="2027-02-05"))

# 25 — range "entre el 10 y el 15"
c = Client("Cooperativa Agrícola del Priorat", "company", "administracio@coopriorat.cat")
o = rem(JOR, c, "F27/006", 726, "reminder", "2027-01-29 09:00", due=D(2027, 1, 25))
add(lang="es", tz="Europe/Madrid", when="2027-02-01 09:05:45", frm=("Administració Cooperativa", c.addr),
    to=owner_to(JOR), subject=R(o), orig=o, style="outlook2", body=T("""
    Hola Jordi,

    Tu factura F27/006 se pagará entre el 10 y el 15 de este mes, cuando se cierre la liquidación de la cosecha.

    Saludos,
    Anna Masdeu
    Administració
    """), label=L("client-reply-promise", "range 'entre el 10 y el 15' -> pay by 15 Feb (the latest date)",
                  promised_date="2027-02-15", reference="F27/006"))

# 26 — paid yesterday, PDF receipt
c = Client("Estudio Pilates Alma", "company", "alma@pilatesalma.es")
o = rem(LUC, c, "2026-057", 726, "reminder", "2026-12-16 09:00", due=D(2026, 12, 11))
add(lang="es", tz="Europe/Madrid", when="2026-12-17 09:12:50", frm=("Alma Ruiz", c.addr), to=owner_to(LUC),
    subject=R(o), orig=o, style="gmail", attach=[("Justificante_transferencia.pdf", "application/pdf", PDF)],
    body=T("""
    Hola Lucía,
    transferencia realizada ayer, te adjunto el justificante. Importe 726,00 €.
    Un beso y felices fiestas
    Alma
    """), label=L("client-reply-paid", "'transferencia realizada ayer' + PDF: paid", amount="726.00"))

# 27 — forwarded bank receipt "ahí lo tienes"
c = Client("Fotoclub Girona", "company", "tresorer@fotoclubgirona.cat")
o = rem(JOR, c, "F26/125", 484, "reminder", "2026-12-03 09:00", due=D(2026, 11, 30))
fwd = T("""
    ---------- Forwarded message ---------
    De: CaixaBank <notificaciones@caixabank.es>
    Date: jue, 3 dic 2026 a las 16:02
    Subject: Justificante de transferencia
    To: <tresorer@fotoclubgirona.cat>


    JUSTIFICANTE DE TRANSFERENCIA

    Fecha de la orden: 03/12/2026
    Ordenante: ASSOCIACIO FOTOCLUB GIRONA
    Beneficiario: JORDI PUIG
    IBAN beneficiario: ES79 0081 0216 7100 0123 4567
    Importe: 484,00 EUR
    Concepto: FACTURA F26/125
    Referencia: 2026120300481133

    Este documento no tiene validez como justificante fiscal.
    """)
add(lang="es", tz="Europe/Madrid", when="2026-12-04 08:55:10", frm=("Quim (Fotoclub)", c.addr), to=owner_to(JOR),
    subject="Fwd: Justificante de transferencia", orig=o, style="none", reply=False, mid_style="gmail", body=T("""
    Ahí lo tienes Jordi.
    Quim
    """) + "\n" + fwd, label=L("client-reply-paid",
                               "'ahí lo tienes' + forwarded bank transfer receipt (484,00 EUR, concepto F26/125)",
                               amount="484.00", reference="F26/125"))

# 28 — dispute with a date
c = Client("Gimnasio Titán", "company", "direccion@gimnasiotitan.es")
o = rem(LUC, c, "2026-049", 1573, "reminder", "2026-11-27 09:00", due=D(2026, 11, 23))
add(lang="es", tz="Europe/Madrid", when="2026-11-30 11:11:41", frm=("Dirección Gimnasio Titán", c.addr),
    to=owner_to(LUC), subject=R(o, "RE: "), orig=o, style="outlook", body=T("""
    Lucía:

    No vamos a pagar la 2026-049 hasta que no nos entreguéis los archivos editables del rediseño, que quedaron comprometidos para el 30 de noviembre (hoy) y seguimos sin tenerlos. En cuanto los tengamos, se paga.

    Roberto Lasheras
    Director
    """), label=L("client-reply-dispute", "withholds payment until the editable files are delivered: dispute",
                  reference="2026-049"))

# 29 — other: new company name from 1 January
c = Client("Blau Comunicació", "company", "comptabilitat@blaucom.cat")
o = rem(JOR, c, "F26/132", 907.50, "courtesy", "2026-12-28 09:00", due=D(2027, 1, 4), issue=D(2026, 12, 3))
add(lang="es", tz="Europe/Madrid", when="2026-12-29 12:58:12", frm=("Comptabilitat Blau", c.addr), to=owner_to(JOR),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hola Jordi,
    ¿me la puedes rehacer con la razón social nueva? A partir del 1 de enero somos Blau Comunicació SL (CIF B-67012345) y si no sale a ese nombre contabilidad no la puede meter.
    Gracias!
    Marta
    """), label=L("client-reply-other", "asks for a reissued invoice with the new company name; 1 Jan is not a promise"))

# 30 — Rioplatense, "el lunes 7"
c = Client("Estudio Facundo Rey", "person", "facu@facundorey.com.ar")
o = rem(LUC, c, "2026-053", 880, "reminder", "2026-12-02 09:00", due=D(2026, 11, 27))
add(lang="es", tz="America/Argentina/Buenos_Aires", when="2026-12-03 15:36:07", frm=("Facundo Rey", c.addr),
    to=owner_to(LUC), subject=R(o), orig=o, style="gmail", body=T("""
    Che Lucía, perdoná la demora, estuve a full con el cierre. Te la pago el lunes 7 por Wise, ¿dale?
    Abrazo grande
    Facu
    """), label=L("client-reply-promise", "Buenos Aires client, 'el lunes 7' -> 7 Dec", promised_date="2026-12-07"))

# 31 — Andalusian spelling, "er jueve"
c = Client("Reformas Hermanos Muñoz", "company", "reformasmunoz@gmail.com")
o = rem(JOR, c, "F26/117", 338.80, "reminder", "2026-11-06 09:00", due=D(2026, 11, 2))
add(lang="es", tz="Europe/Madrid", when="2026-11-09 20:26:41", frm=("Curro Muñoz", c.addr), to=owner_to(JOR),
    subject=R(o), orig=o, style="android", body=T("""
    Illo Jordi, er jueve te lo paso sin farta, que ahora estoy liao con la obra de Sitges y no tengo ni er banco a mano. Perdona hombre.
    Curro

    Enviado desde mi smartphone Samsung Galaxy.
    """), label=L("client-reply-promise", "Andalusian spelling 'er jueve' written Mon 9 Nov -> Thu 12 Nov",
                  promised_date="2026-11-12"))

# 32 — "a fin de mes" written 29 Dec -> 31 Dec
c = Client("Librería La Hoja Roja", "company", "libreria@lahojaroja.es")
o = rem(LUC, c, "2026-060", 302.50, "reminder", "2026-12-28 09:00", due=D(2026, 12, 21))
add(lang="es", tz="Europe/Madrid", when="2026-12-29 18:39:29", frm=("Pilar — La Hoja Roja", c.addr), to=owner_to(LUC),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hola Lucía,
    la dejo para el cierre: te la pago a fin de mes, cuando cuadre la caja de Navidad. Han sido unas semanas de locos pero muy buenas, y los marcapáginas que nos diseñaste han volado.
    Pilar
    """), label=L("client-reply-promise", "'a fin de mes' written 29 Dec -> 31 Dec (two days later)",
                  promised_date="2026-12-31"))

# 33 — "el lunes de la semana que viene"
c = Client("Centre Excursionista Montseny", "company", "secretaria@cemontseny.cat")
o = rem(JOR, c, "F26/120", 242, "reminder", "2026-11-17 09:00", due=D(2026, 11, 13))
add(lang="es", tz="Europe/Madrid", when="2026-11-18 10:44:19", frm=("Secretaria CEM", c.addr), to=owner_to(JOR),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hola Jordi,
    el tesorero pasa el lunes de la semana que viene a firmar los pagos, y la tuya va incluida.
    Salutacions,
    Jaume
    """), label=L("client-reply-promise", "'el lunes de la semana que viene' written Wed 18 Nov -> Mon 23 Nov",
                  promised_date="2026-11-23"))

# 34 — paid "el viernes pasado (día 5)"
c = Client("Asesoría Lozano", "company", "lozano@asesorialozano.es")
o = rem(LUC, c, "2027-004", 484, "reminder", "2027-02-08 09:00", due=D(2027, 2, 3))
add(lang="es", tz="Europe/Madrid", when="2027-02-09 12:20:00", frm=("Ramón Lozano", c.addr), to=owner_to(LUC),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hola Lucía,
    esa ya está pagada desde el viernes pasado (día 5). Mírate el banco y me dices, que a lo mejor ha tardado por ser de otra entidad.
    Un saludo,
    Ramón
    """), label=L("client-reply-paid", "'ya está pagada desde el viernes pasado (día 5)' + asks to check: paid"))


UK_DISCLAIMER = ("This email and any attachments are confidential and intended solely for the addressee. If you have "
                 "received it in error, please notify the sender and delete it. Brightwell Foods Ltd is registered in "
                 "England and Wales, company no. 04417729. Registered office: Unit 4, Fenton Park, Stoke-on-Trent ST4 2RR.")

# =====================================================================================
# ENGLISH — client promises and their dates
# =====================================================================================

# 1 — "Friday"
c = Client("Siobhán Kehoe", "person", "siobhan@thecornercafe.ie")
o = rem(TOM, c, "INV-2026-104", 615, "reminder", "2026-11-16 09:00", due=D(2026, 11, 12))
add(lang="en", tz="Europe/Dublin", when="2026-11-17 11:05:24", frm=("Siobhán Kehoe", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hi Tom,

    Apologies, this one slipped through the cracks while we were opening the second café. I'll get it paid Friday.

    Siobhán
    """), label=L("client-reply-promise", "'Friday' written Tue 17 Nov -> 20 Nov", promised_date="2026-11-20"))

# 2 — "next Friday's run" written on a Friday
c = Client("Brightwell Foods Ltd", "company", "accounts.payable@brightwellfoods.co.uk")
o = rem(HAN, c, "HC-1052", 1450, "due", "2026-12-03 09:00", due=D(2026, 12, 3))
add(lang="en", tz="Europe/London", when="2026-12-04 09:30:02", frm=("Priya Shah", c.addr), to=owner_to(HAN),
    subject=R(o, "RE: "), orig=o, style="outlook", fmt="alt", headers=("X-MS-Has-Attach:",), body=T("""
    Hi Hannah,

    Thanks for your email. Today's payment run has already been approved and released, so HC-1052 will go in next Friday's run.

    Kind regards,

    Priya Shah
    Accounts Payable
    Brightwell Foods Ltd

    """) + "\n" + UK_DISCLAIMER + "\n",
    label=L("client-reply-promise", "written on Friday 4 Dec: 'next Friday's run' = 11 Dec", promised_date="2026-12-11",
            reference="HC-1052"))

# 3 — "next Monday" written on a Friday
c = Client("Rathmines Brewing Co.", "company", "declan@rathminesbrewing.ie")
o = rem(TOM, c, "INV-2026-131", 1845, "reminder", "2027-01-07 09:00", due=D(2026, 12, 30))
add(lang="en", tz="Europe/Dublin", when="2027-01-08 16:48:55", frm=("Declan Murphy", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="gmail", body=T("""
    Tom,

    Happy new year. Yes, my fault, it was sitting in my drafts folder of all places. I'll pay it next Monday, first thing.

    Cheers,
    Declan
    """), label=L("client-reply-promise", "'next Monday' written Friday 8 Jan -> 11 Jan", promised_date="2027-01-11"))

# 4 — "the 28th"
c = Client("Northlight Marketing", "company", "oliver@northlightmarketing.co.uk")
o = rem(HAN, c, "HC-1060", 720, "reminder", "2027-01-13 09:00", due=D(2027, 1, 8))
add(lang="en", tz="Europe/London", when="2027-01-14 14:02:38", frm=("Oliver Grant", c.addr), to=owner_to(HAN),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hi Hannah,

    Our client only paid us last week so we're running behind on everything. You'll have it on the 28th – I've put it in the diary.

    Oliver
    """), label=L("client-reply-promise", "'on the 28th' written 14 Jan -> 28 Jan (their own client already paid, not a condition)",
                  promised_date="2027-01-28"))

# 5 — "the thirtieth" in words
c = Client("Aoife Brennan", "person", "aoife@breatheyogastudio.ie")
o = rem(TOM, c, "INV-2026-101", 380, "reminder", "2026-11-04 09:00", due=D(2026, 10, 30))
add(lang="en", tz="Europe/Dublin", when="2026-11-05 07:52:12", frm=("Aoife Brennan", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="apple", mid_style="apple", body=T("""
    Morning Tom,

    Sorry! Things are tight until the month's memberships come in. I'll pay it on the thirtieth, promise.

    Aoife x

    Sent from my iPhone
    """), label=L("client-reply-promise", "number in words 'the thirtieth' written 5 Nov -> 30 Nov",
                  promised_date="2026-11-30"))

# 6 — "end of the month" in February
c = Client("Kettle & Crumb Ltd", "company", "finance@kettleandcrumb.co.uk")
o = rem(HAN, c, "HC-1063", 540, "reminder", "2027-02-08 09:00", due=D(2027, 2, 3))
add(lang="en", tz="Europe/London", when="2027-02-09 11:20:46", frm=("Kettle & Crumb Finance", c.addr), to=owner_to(HAN),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hello Hannah,

    Thanks for the nudge. We pay suppliers at the end of the month, so this will be settled then.

    Best wishes,
    Gemma
    Kettle & Crumb
    """), label=L("client-reply-promise", "'at the end of the month' written 9 Feb -> 28 Feb 2027",
                  promised_date="2027-02-28"))

# 7 — New York, 22:45 local: "tomorrow" = 18 Dec (already 18 Dec in UTC)
c = Client("Rachel Kim", "person", "rachel@fernandfable.co")
o = rem(TOM, c, "INV-2026-126", 2400, "reminder", "2026-12-17 09:00", due=D(2026, 12, 12))
add(lang="en", tz="America/New_York", when="2026-12-17 22:45:18", frm=("Rachel Kim", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="gmail", us=True, body=T("""
    Hey Tom — so sorry, this one is on me. I'll wire it tomorrow first thing (US time!) and send you the confirmation.

    Happy holidays,
    Rachel
    """), label=L("client-reply-promise",
                  "New York 22:45 Thu 17 Dec (03:45 Fri 18 Dec in UTC): 'tomorrow' = 18 Dec in the sender's zone",
                  promised_date="2026-12-18"))

# 8 — "the day after tomorrow"
c = Client("Pemberton Lettings", "company", "accounts@pembertonlettings.co.uk")
o = rem(HAN, c, "HC-1044", 385, "reminder", "2026-10-30 09:00", due=D(2026, 10, 26))
add(lang="en", tz="Europe/London", when="2026-11-02 10:12:09", frm=("Pemberton Lettings Accounts", c.addr),
    to=owner_to(HAN), subject=R(o), orig=o, style="outlook", body=T("""
    Dear Hannah,

    Apologies for the delay. Our director signs off payments on Wednesdays, so this will be paid the day after tomorrow.

    Regards,
    Lisa Holt
    Pemberton Lettings
    """), label=L("client-reply-promise", "'the day after tomorrow' written Mon 2 Nov -> Wed 4 Nov",
                  promised_date="2026-11-04"))

# 9 — "in 10 days"
c = Client("Wildflower Events", "company", "hello@wildflowerevents.ie")
o = rem(TOM, c, "INV-2026-117", 960, "reminder", "2026-11-30 09:00", due=D(2026, 11, 25))
add(lang="en", tz="Europe/Dublin", when="2026-12-01 13:33:31", frm=("Niamh O'Sullivan", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hi Tom,

    Would you be OK to give me 10 days on this? Two of our December weddings have only paid their deposits and I'm waiting on the balances. I can pay you in 10 days, no problem.

    Thanks a million,
    Niamh
    """), label=L("client-reply-promise", "'in 10 days' written 1 Dec -> 11 Dec (Date + 10)", promised_date="2026-12-11"))

# 10 — across the new year: "the 4th"
c = Client("Marlowe & Finch LLP", "company", "ap@marlowefinch.co.uk")
o = rem(HAN, c, "HC-1056", 1680, "reminder", "2026-12-29 09:00", due=D(2026, 12, 21))
add(lang="en", tz="Europe/London", when="2026-12-29 12:25:44", frm=("Marlowe & Finch Accounts", c.addr),
    to=owner_to(HAN), subject=R(o, "RE: "), orig=o, style="outlook", body=T("""
    Hi Hannah,

    The office is on a skeleton crew until the new year and I can't release payments from home. It will go out on the 4th when the team is back.

    Many thanks,
    Rob
    """), label=L("client-reply-promise", "written 29 Dec: 'the 4th' = 4 Jan 2027", promised_date="2027-01-04"))

# 11 — "can't before the 19th"
c = Client("Harbour Lights Guesthouse", "company", "bookings@harbourlightskinsale.ie")
o = rem(TOM, c, "INV-2027-006", 430, "reminder", "2027-02-01 09:00", due=D(2027, 1, 27))
add(lang="en", tz="Europe/Dublin", when="2027-02-02 19:58:10", frm=("Mary Crowley", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hi Tom, we can't do it before the 19th I'm afraid, it's a dead month down here. Sorry about that.
    Mary
    """), label=L("client-reply-promise", "negative 'can't do it before the 19th' -> 19 Feb", promised_date="2027-02-19"))

# 12 — correction: Thursday, no, Friday
c = Client("Ellis Architecture", "company", "sam@ellisarchitecture.co.uk")
o = rem(HAN, c, "HC-1059", 890, "reminder", "2027-01-15 09:00", due=D(2027, 1, 11))
add(lang="en", tz="Europe/London", when="2027-01-18 09:07:31", frm=("Sam Ellis", c.addr), to=owner_to(HAN),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hannah — Thursday. Sorry, scratch that, I'm at a site visit in Leeds all Thursday. Friday. It'll be paid Friday.
    Sam
    """), label=L("client-reply-promise", "correction 'Thursday ... scratch that ... Friday' written Mon 18 Jan -> 22 Jan",
                  promised_date="2027-01-22"))

# 13 — two dates, the later counts
c = Client("Glenview Dental", "company", "practice.manager@glenviewdental.ie")
o = rem(TOM, c, "INV-2026-128", 740, "reminder", "2027-01-04 09:00", due=D(2026, 12, 23))
add(lang="en", tz="Europe/Dublin", when="2027-01-05 12:14:07", frm=("Glenview Dental", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="outlook2", body=T("""
    Hi Tom,

    Happy new year. The accountant is back this week and will clear the December invoices by the 15th, the 20th at the very latest.

    Kind regards,
    Deirdre
    Practice Manager
    """), label=L("client-reply-promise", "'by the 15th, the 20th at the very latest' -> 20 Jan", promised_date="2027-01-20"))

# 14 — board meeting + the real payment run
c = Client("The Hartley Trust", "company", "finance@hartleytrust.org.uk")
o = rem(HAN, c, "HC-1061", 2250, "reminder", "2027-01-29 09:00", due=D(2027, 1, 25))
add(lang="en", tz="Europe/London", when="2027-02-01 15:40:29", frm=("Hartley Trust Finance", c.addr), to=owner_to(HAN),
    subject=R(o, "RE: "), orig=o, style="outlook", fmt="html", body=T("""
    Dear Hannah,

    Thank you for your patience. Invoices over £2,000 need trustee approval: the board meets on the 9th, and once it is signed off your invoice goes in the payment run on the 12th.

    With best wishes,

    Helen Ashworth
    Finance Officer, The Hartley Trust
    """), label=L("client-reply-promise", "board on the 9th is a distractor; payment run on the 12th -> 12 Feb",
                  promised_date="2027-02-12"))

# 15 — their customer pays on the 31st: no date
c = Client("Clancy Print Solutions", "company", "eoin@clancyprint.ie")
o = rem(TOM, c, "INV-2026-122", 1320, "late_fee", "2026-12-09 09:00", due=D(2026, 11, 27), deadline=D(2026, 12, 18))
add(lang="en", tz="Europe/Dublin", when="2026-12-10 17:22:03", frm=("Eoin Clancy", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="gmail", body=T("""
    Tom,

    Straight up: we're waiting on the council to pay us for the election print job. They say the 31st. As soon as that lands, you're the first one I pay.

    Eoin
    """), label=L("client-reply-promise",
                  "the 31st is when their customer pays them; 'as soon as that lands' -> no promised_date; quoted deadline 18 Dec is a distractor"))

# 16 — invoice date next to the real day
c = Client("Fenwick & Daughters", "company", "accounts@fenwickanddaughters.co.uk")
o = rem(HAN, c, "HC-1049", 660, "reminder", "2026-12-04 09:00", due=D(2026, 12, 2), issue=D(2026, 11, 2))
add(lang="en", tz="Europe/London", when="2026-12-07 10:58:48", frm=("Fenwick Accounts", c.addr), to=owner_to(HAN),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hi Hannah,

    I have HC-1049 dated 2 November in front of me. It's approved and goes out Thursday.

    Thanks,
    Margaret
    """), label=L("client-reply-promise", "2 Nov is the invoice date; 'goes out Thursday' written Mon 7 Dec -> 10 Dec",
                  promised_date="2026-12-10", reference="HC-1049"))

# 17 — "Friday week"
c = Client("Burren Outdoor", "company", "ciaran@burrenoutdoor.ie")
o = rem(TOM, c, "INV-2026-115", 575, "reminder", "2026-11-23 09:00", due=D(2026, 11, 18))
add(lang="en", tz="Europe/Dublin", when="2026-11-24 18:30:44", frm=("Ciarán Lynch", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="none", body=T("""
    Tom, I can't this week, it'll be Friday week. Sorry for the hassle.
    Ciarán
    """), label=L("client-reply-promise", "'Friday week' written Tue 24 Nov = the Friday after this coming one: 4 Dec",
                  promised_date="2026-12-04"))

# 18 — "after the holidays": vague
c = Client("Juniper Florals", "company", "hello@juniperflorals.co.uk")
o = rem(HAN, c, "HC-1057", 310, "reminder", "2026-12-18 09:00", due=D(2026, 12, 14))
add(lang="en", tz="Europe/London", when="2026-12-18 16:16:16", frm=("Poppy Adams", c.addr), to=owner_to(HAN),
    subject=R(o), orig=o, style="apple", mid_style="apple", body=T("""
    Hi Hannah! We're absolutely flat out with Christmas wreaths, I'll sort it after the holidays. Sorry and merry Christmas 🎄
    Poppy

    Sent from my iPhone
    """), label=L("client-reply-promise", "'after the holidays' is vague: no promised_date"))

# 19 — "early next month": vague
c = Client("Dún Laoghaire Sailing School", "company", "office@dlsailing.ie")
o = rem(TOM, c, "INV-2026-119", 450, "reminder", "2026-11-24 09:00", due=D(2026, 11, 20))
add(lang="en", tz="Europe/Dublin", when="2026-11-25 10:02:52", frm=("DL Sailing Office", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hi Tom,

    Noted, we'll pay it early next month once the winter course fees are in.

    Regards,
    Fergal
    """), label=L("client-reply-promise", "'early next month' is vague: no promised_date"))

# 20 — "in the coming days": vague, HTML-only Outlook
c = Client("Ashdown Property Group plc", "company", "purchase.ledger@ashdownpg.co.uk")
o = rem(HAN, c, "HC-1047", 1980, "reminder", "2026-11-11 09:00", due=D(2026, 11, 6))
add(lang="en", tz="Europe/London", when="2026-11-12 13:47:01", frm=("Purchase Ledger", c.addr), to=owner_to(HAN),
    cc="procurement@ashdownpg.co.uk", subject=R(o, "RE: "), orig=o, style="outlook", fmt="html", body=T("""
    Dear Hannah,

    Thank you for your email regarding invoice HC-1047. This has now been matched to the purchase order and approved, and will be paid in the coming days.

    Kind regards,

    Purchase Ledger Team
    Ashdown Property Group plc
    """), label=L("client-reply-promise", "'in the coming days' is vague: no promised_date; HTML only",
                  reference="HC-1047"))

# 21 — US numeric date "1/8"
c = Client("Harbor & Pine LLC", "company", "ap@harborandpine.com")
o = rem(TOM, c, "INV-2026-125", 3200, "reminder", "2026-12-15 09:00", due=D(2026, 12, 10))
add(lang="en", tz="America/New_York", when="2026-12-16 14:10:39", frm=("Harbor & Pine Accounts Payable", c.addr),
    to=owner_to(TOM), subject=R(o, "RE: "), orig=o, style="outlook", us=True, body=T("""
    Hi Tom,

    Thanks for reaching out. Our international wires are batched and your invoice is scheduled for the 1/8 batch.

    Best,
    Kevin Doyle
    Accounts Payable | Harbor & Pine LLC
    Boston, MA
    """), label=L("client-reply-promise", "US client: '1/8' is January 8 (written 16 Dec) -> 2027-01-08",
                  promised_date="2027-01-08"))

# 22 — "January 15th" without year
c = Client("Pinecone Digital", "company", "jess@pineconedigital.co.uk")
o = rem(HAN, c, "HC-1058", 975, "reminder", "2026-12-18 09:00", due=D(2026, 12, 15))
add(lang="en", tz="Europe/London", when="2026-12-21 09:49:27", frm=("Jess Okafor", c.addr), to=owner_to(HAN),
    subject=R(o), orig=o, style="gmail", body=T("""
    Morning Hannah,

    Our finance person has just confirmed this will be paid on January 15th. Have a lovely Christmas and thanks again for the brochure copy!

    Jess
    """), label=L("client-reply-promise", "'January 15th' without year written 21 Dec -> 2027-01-15",
                  promised_date="2027-01-15"))

# 23 — "by the 7th" when the 7th has passed -> next month
c = Client("Connolly Physio", "company", "admin@connollyphysio.ie")
o = rem(TOM, c, "INV-2026-112", 520, "reminder", "2026-11-18 09:00", due=D(2026, 11, 13))
add(lang="en", tz="Europe/Dublin", when="2026-11-19 12:41:18", frm=("Connolly Physio Admin", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hi Tom, apologies for the delay on INV-2026-112. It will be paid by the 7th.
    Best,
    Orla
    """), label=L("client-reply-promise", "'by the 7th' written 19 Nov: the 7th has passed, so 7 Dec",
                  promised_date="2026-12-07", reference="INV-2026-112"))

# 24 — "Monday the 14th"
c = Client("Tidewater Studios", "company", "studio@tidewaterstudios.co.uk")
o = rem(HAN, c, "HC-1053", 1125, "reminder", "2026-12-08 09:00", due=D(2026, 12, 4))
add(lang="en", tz="Europe/London", when="2026-12-09 17:03:56", frm=("Ben Tide", c.addr), to=owner_to(HAN),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hannah, apologies – it'll be Monday the 14th. We've had a cash-flow hiccup with a late-paying client but that's sorted now.
    Ben
    """), label=L("client-reply-promise", "'Monday the 14th' -> 14 Dec", promised_date="2026-12-14"))

# 25 — paid: "sorted this morning, should be with you tomorrow"
c = Client("Liffey Leather", "company", "shane@liffeyleather.ie")
o = rem(TOM, c, "INV-2026-120", 690, "reminder", "2026-12-01 09:00", due=D(2026, 11, 27))
add(lang="en", tz="Europe/Dublin", when="2026-12-02 10:27:36", frm=("Shane Daly", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="gmail", body=T("""
    Sorted this morning Tom, should be with you tomorrow. Sorry again.
    Shane
    """), label=L("client-reply-paid", "'sorted this morning' = paid; 'tomorrow' is when it arrives, not a promise"))

# 26 — paid: "processed in yesterday's run"
c = Client("Corbridge Homes Ltd", "company", "payables@corbridgehomes.co.uk")
o = rem(HAN, c, "HC-1062", 1340, "reminder", "2027-01-28 09:00", due=D(2027, 1, 22))
add(lang="en", tz="Europe/London", when="2027-01-29 08:44:13", frm=("Corbridge Homes Payables", c.addr),
    to=owner_to(HAN), subject=R(o, "RE: "), orig=o, style="outlook", body=T("""
    Hi Hannah,

    HC-1062 for £1,340.00 was processed in yesterday's run (BACS), so it should clear into your account today.

    Regards,
    Tariq Hussain
    Payables | Corbridge Homes Ltd
    """), label=L("client-reply-paid", "'processed in yesterday's run' = paid", amount="1340.00", currency="GBP",
                  reference="HC-1062"))

# 27 — partial payment on Friday + dispute of the extra half day
c = Client("Greyfriars Consulting", "company", "mark@greyfriarsconsulting.co.uk")
o = rem(HAN, c, "HC-1046", 1500, "reminder", "2026-11-17 09:00", due=D(2026, 11, 12))
add(lang="en", tz="Europe/London", when="2026-11-18 12:12:29", frm=("Mark Pritchard", c.addr), to=owner_to(HAN),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hi Hannah,

    We'll pay the £1,200 for the four agreed days on Friday, but not the extra half day on the invoice – nobody here signed off on that. If you want to reissue it for £1,200 I'll push it through faster.

    Mark
    """), label=L("client-reply-dispute", "pays the agreed part on Friday but refuses the extra half day: dispute",
                  amount="1200.00", currency="GBP"))

# 28 — other: a call on Tuesday
c = Client("Emerald Isle Tours", "company", "grainne@emeraldisletours.ie")
o = rem(TOM, c, "INV-2026-118", 1150, "reminder", "2026-11-25 09:00", due=D(2026, 11, 20))
add(lang="en", tz="Europe/Dublin", when="2026-11-26 15:55:02", frm=("Gráinne Walsh", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hi Tom,

    Can we jump on a call Tuesday at 3 to go through this and the Q1 brochure scope together? There are a couple of lines on the invoice I'd like to understand better before I send it up the chain.

    Gráinne
    """), label=L("client-reply-other", "asks for a call on Tuesday; the date is a meeting, not a payment"))

# 29 — Scottish, "Thursday"
c = Client("Leith Harbour Kitchen", "company", "fraser@leithharbourkitchen.co.uk")
o = rem(HAN, c, "HC-1064", 410, "reminder", "2027-02-12 09:00", due=D(2027, 2, 8))
add(lang="en", tz="Europe/London", when="2027-02-15 13:30:51", frm=("Fraser McLeod", c.addr), to=owner_to(HAN),
    subject=R(o), orig=o, style="none", body=T("""
    Aye nae bother Hannah, it'll go through on Thursday. Been a mad one up here.
    Fraser
    """), label=L("client-reply-promise", "Scots voice, 'Thursday' written Mon 15 Feb -> 18 Feb",
                  promised_date="2027-02-18"))

# 30 — Irish, "Monday"
c = Client("Mulligan's Bar", "company", "mulligansbar.galway@gmail.com")
o = rem(TOM, c, "INV-2026-109", 350, "reminder", "2026-11-10 09:00", due=D(2026, 11, 5))
add(lang="en", tz="Europe/Dublin", when="2026-11-11 23:38:09", frm=("Pádraig Mulligan", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="android", cte="base64", body=T("""
    Ah sorry Tom, I'll sort it Monday, grand? Mad week with the match on.
    P

    Get Outlook for Android
    """), label=L("client-reply-promise", "Irish voice, 'Monday' written late Wed 11 Nov -> 16 Nov",
                  promised_date="2026-11-16"))

# 31 — "a week tomorrow"
c = Client("Calder Valley Wines", "company", "orders@caldervalleywines.co.uk")
o = rem(HAN, c, "HC-1055", 480, "reminder", "2027-01-19 09:00", due=D(2027, 1, 14))
add(lang="en", tz="Europe/London", when="2027-01-20 11:36:20", frm=("Calder Valley Wines", c.addr), to=owner_to(HAN),
    subject=R(o), orig=o, style="gmail", body=T("""
    Hi Hannah,

    January is always brutal for us. Can you bear with me until a week tomorrow? I'll transfer it then.

    Tom Calder
    """), label=L("client-reply-promise", "British 'a week tomorrow' written Wed 20 Jan -> Thu 28 Jan",
                  promised_date="2027-01-28"))

# 32 — "end of next month"
c = Client("Smyth Engineering Ltd", "company", "accounts@smytheng.ie")
o = rem(TOM, c, "INV-2026-108", 2150, "reminder", "2026-11-11 09:00", due=D(2026, 11, 6))
add(lang="en", tz="Europe/Dublin", when="2026-11-12 09:18:44", frm=("Smyth Engineering Accounts", c.addr),
    to=owner_to(TOM), subject=R(o, "RE: "), orig=o, style="outlook", body=T("""
    Hi Tom,

    Our terms with suppliers are 60 days, so we will pay this at the end of next month.

    Regards,
    Anne Smyth
    """), label=L("client-reply-promise", "'end of next month' written 12 Nov -> 31 Dec", promised_date="2026-12-31"))

# 33 — a person, not an auto-reply: on holiday, pays on the day back
c = Client("Lucy Barton", "person", "lucy.barton@btinternet.com")
o = rem(HAN, c, "HC-1054", 260, "reminder", "2026-12-22 09:00", due=D(2026, 12, 17))
add(lang="en", tz="Europe/London", when="2026-12-23 08:05:33", frm=("Lucy Barton", c.addr), to=owner_to(HAN),
    subject=R(o), orig=o, style="apple", mid_style="apple", body=T("""
    hi hannah, on hols in lanzarote with no laptop!! back on the 7th, will pay it then x

    Sent from my iPhone
    """), label=L("client-reply-promise", "a person, not an auto-reply: 'back on the 7th, will pay it then' -> 7 Jan",
                  promised_date="2027-01-07"))

# 34 — "Friday so", written on a Friday
c = Client("Gleeson Motors", "company", "gerry@gleesonmotors.ie")
o = rem(TOM, c, "INV-2027-003", 495, "reminder", "2027-02-04 09:00", due=D(2027, 1, 29))
add(lang="en", tz="Europe/Dublin", when="2027-02-05 08:15:40", frm=("Gerry Gleeson", c.addr), to=owner_to(TOM),
    subject=R(o), orig=o, style="gmail", body=T("""
    Tom, can't get to it today I'm afraid, I'm in Galway all day. Friday so – I'll do it Friday.
    Gerry
    """), label=L("client-reply-promise", "written on Friday 5 Feb, 'can't today ... Friday' = the next Friday, 12 Feb",
                  promised_date="2027-02-12"))


# =====================================================================================
# AUTO-REPLIES — return dates in every form
# =====================================================================================
def auto(*, orig, delay, tz, frm, subject, body, label, headers=(), lang, fmt="plain", style="none", to=None,
         charset="utf-8", codec=None, cte="quoted-printable", hcharset="utf-8", mid_style="x"):
    w = (orig.when + dt.timedelta(seconds=delay)).astimezone(ZoneInfo(tz))
    return add(lang=lang, tz=tz, when=w.strftime("%Y-%m-%d %H:%M:%S"), frm=frm, to=to or owner_to(orig.owner),
               subject=subject, body=body, label=label, orig=orig, style=style, fmt=fmt, headers=headers,
               charset=charset, codec=codec, cte=cte, hcharset=hcharset, mid_style=mid_style)


# ---------------- Italian
c = Client("Studio Tecnico Vigna", "company", "r.vigna@studiotecnicovigna.it")
o = rem(ALE, c, "43/2026", 915, "reminder", "2026-12-22 09:00", due=D(2026, 12, 18))
auto(orig=o, delay=71, tz="Europe/Rome", frm=("Roberta Vigna", c.addr), lang="it",
     subject="Risposta automatica: " + o.subject, headers=exch(c.addr), fmt="alt", style="none", mid_style="outlook",
     body=T("""
     Buongiorno,
     sono fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta elettronica.
     Per urgenze contattare lo studio al numero 0171 693 220.
     Buone feste!
     Roberta Vigna
     """), label=L("auto-reply", "Exchange auto-reply: 'fino al 6 gennaio compreso' -> back 7 Jan",
                   return_date="2027-01-07"))

c = Client("Officine Grafiche Sabbatini", "company", "m.sabbatini@ogsabbatini.it")
o = rem(GIU, c, "50/26", 640, "reminder", "2026-12-31 09:00", due=D(2026, 12, 24))
auto(orig=o, delay=14, tz="Europe/Rome", frm=("Michele Sabbatini", c.addr), lang="it", subject="In ferie",
     headers=AUTO_GMAIL, mid_style="gmail", body=T("""
     Grazie per il messaggio. Sono in ferie e rientrerò in ufficio lunedì 11 gennaio: risponderò al più presto al mio ritorno.

     Michele
     """), label=L("auto-reply", "Gmail vacation responder, own subject: 'rientrerò lunedì 11 gennaio' -> 11 Jan",
                   return_date="2027-01-11"))

c = Client("Agenzia Immobiliare Corso Francia", "company", "info@immobiliarecorsofrancia.it")
o = rem(ALE, c, "44/2026", 488, "due", "2026-12-23 09:00", due=D(2026, 12, 23))
auto(orig=o, delay=230, tz="Europe/Rome", frm=("Immobiliare Corso Francia", c.addr), lang="it",
     subject="Auto: " + o.subject, headers=(), body=T("""
     Gentile cliente,
     vi ringraziamo per la vostra email. Saremo di nuovo in ufficio il 7, data dalla quale risponderemo a tutte le richieste in ordine di arrivo.
     Cordiali saluti
     Agenzia Immobiliare Corso Francia
     """), label=L("auto-reply", "no RFC 3834 headers, 'Auto:' subject; 'di nuovo in ufficio il 7' written 23 Dec -> 7 Jan",
                   return_date="2027-01-07"))

c = Client("Cantina Sociale di Castagnole", "company", "amministrazione@cantinacastagnole.it")
o = rem(GIU, c, "51/26", 1098, "courtesy", "2026-12-24 08:00", due=D(2026, 12, 31), issue=D(2026, 12, 1))
auto(orig=o, delay=9, tz="Europe/Rome", frm=("Cantina Sociale di Castagnole", c.addr), lang="it",
     subject="Chiusura per festività - " + o.subject, headers=AUTO_X, body=T("""
     Buongiorno,
     vi informiamo che i nostri uffici resteranno chiusi per le festività natalizie dal 24 dicembre al 6 gennaio compresi. Riapriremo giovedì 7 gennaio con il consueto orario.
     Il punto vendita resta aperto la mattina del 31 dicembre.

     Cantina Sociale di Castagnole
     """), label=L("auto-reply", "'dal 24 dicembre al 6 gennaio compresi. Riapriremo giovedì 7 gennaio' -> 7 Jan; "
                                "31 Dec opening is a distractor", return_date="2027-01-07"))

c = Client("Marco Perotti", "person", "marco.perotti@perottifoto.it")
o = rem(ALE, c, "22/2026", 300, "reminder", "2026-11-16 09:00", due=D(2026, 11, 10))
auto(orig=o, delay=41, tz="Europe/Rome", frm=("Marco Perotti", c.addr), lang="it", subject=R(o), headers=(),
     body=T("""
     Sono momentaneamente assente e con accesso limitato alla posta. Risponderò appena possibile.
     Marco Perotti – fotografia
     """), label=L("auto-reply", "'Re:' subject and no headers, no return date"))

c = Client("Ufficio Acquisti - Tessitura Lanificio Bruno", "company", "acquisti@lanificiobruno.it")
o = rem(GIU, c, "3/27", 720, "reminder", "2027-01-19 09:00", due=D(2027, 1, 15))
auto(orig=o, delay=3, tz="Europe/Rome", frm=("Lanificio Bruno", c.addr), lang="it",
     subject="Indirizzo non più attivo: " + o.subject, headers=("Auto-Submitted: auto-generated",),
     body=T("""
     Gentile mittente,
     questo indirizzo non è più attivo dal 31/12/2026 e i messaggi non vengono letti.
     Per comunicazioni amministrative e fatture scrivere a amministrazione@lanificiobruno.it, per ordini a ordini@lanificiobruno.it.
     Grazie.
     """), label=L("auto-reply", "mailbox no longer in use (31/12/2026 is when it closed): no return date"))

c = Client("Giulia Bertola", "person", "g.bertola@studiobertola.it")
o = rem(ALE, c, "3/2027", 610, "reminder", "2027-02-02 09:00", due=D(2027, 1, 29))
auto(orig=o, delay=65, tz="Europe/Rome", frm=("Giulia Bertola", c.addr), lang="it",
     subject="Risposta automatica: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     Buongiorno,
     sono in congedo di maternità fino a marzo. Per questioni amministrative potete scrivere a segreteria@studiobertola.it, per i progetti in corso a Luca Gallo (l.gallo@studiobertola.it).
     Grazie,
     Giulia Bertola
     """), label=L("auto-reply", "maternity leave 'fino a marzo' (month only): vague, no return date"))

c = Client("Serramenti Bosco", "company", "ufficio@serramentibosco.it")
o = rem(GIU, c, "37/26", 1342, "reminder", "2026-11-27 09:00", due=D(2026, 11, 23))
auto(orig=o, delay=20, tz="Europe/Rome", frm=("Serramenti Bosco", c.addr), lang="it", subject="Fuori sede: " + o.subject,
     headers=AUTO_X2, body=T("""
     Buongiorno, sono fuori sede per un cantiere. Rientro martedì e rispondo a tutti.
     Anna Bosco
     """), label=L("auto-reply", "weekday only 'rientro martedì' written Fri 27 Nov -> Tue 1 Dec",
                   return_date="2026-12-01"))

c = Client("Studio Commercialista Dott. Gallina", "company", "c.gallina@studiogallina.it")
o = rem(ALE, c, "2/2027", 732, "reminder", "2027-02-08 09:00", due=D(2027, 2, 3))
auto(orig=o, delay=12, tz="Europe/Rome", frm=("Carlo Gallina", c.addr), lang="it",
     subject="Risposta automatica: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     Sono assente fino a venerdì compreso. Per urgenze contattare la segreteria allo 011 562 3380.
     Dott. Carlo Gallina
     """), label=L("auto-reply", "'fino a venerdì compreso' written Mon 8 Feb: last day away Fri 12 Feb -> back Sat 13 Feb "
                                "by the rule", return_date="2027-02-13"))

c = Client("Ristorante Il Gambero", "company", "info@ilgamberoristorante.it")
o = rem(GIU, c, "52/26", 420, "reminder", "2026-12-28 09:00", due=D(2026, 12, 22))
auto(orig=o, delay=300, tz="Europe/Rome", frm=("Ristorante Il Gambero", c.addr), lang="it", subject=R(o),
     headers=AUTO_RFC, body=T("""
     Grazie per averci scritto! Il ristorante è chiuso per la pausa invernale, riapriremo dopo l'Epifania. Per prenotazioni potete usare il modulo sul sito.
     Lo staff del Gambero
     """), label=L("auto-reply", "'dopo l'Epifania' is vague: no return date"))

c = Client("Servizio Fornitori - Gruppo Alimentare Ducale", "company", "fornitori@gruppoducale.it")
o = rem(ALE, c, "21/2026", 3660, "reminder", "2026-11-09 09:00", due=D(2026, 11, 3))
auto(orig=o, delay=4, tz="Europe/Rome", frm=("Servizio Fornitori Ducale", "noreply-fornitori@gruppoducale.it"),
     lang="it", subject="[Ticket #2026-FOR-48213] " + o.subject, headers=("Auto-Submitted: auto-replied",
                                                                         "X-Ticket-ID: 2026-FOR-48213"),
     fmt="alt", body=T("""
     Gentile fornitore,

     la sua richiesta è stata registrata con il numero 2026-FOR-48213 e verrà presa in carico entro 5 giorni lavorativi dal nostro servizio amministrativo.

     Per aggiungere informazioni risponda a questa email mantenendo il numero di ticket nell'oggetto.

     Servizio Fornitori – Gruppo Alimentare Ducale S.p.A.
     Questo è un messaggio generato automaticamente.
     """), label=L("auto-reply", "help-desk ticket acknowledgement: no return date"))

c = Client("Laura Chiesa", "person", "laura.chiesa@chiesaeventi.it")
o = rem(GIU, c, "35/26", 366, "reminder", "2026-11-25 09:00", due=D(2026, 11, 20))
auto(orig=o, delay=25, tz="Europe/Rome", frm=("Laura Chiesa", c.addr), lang="it", subject="Assente: " + o.subject,
     headers=AUTO_X, body=T("""
     Sono assente per malattia. Rientro previsto il 2/12.
     Per urgenze: info@chiesaeventi.it
     """), label=L("auto-reply", "numeric '2/12' written 25 Nov -> 2 Dec", return_date="2026-12-02"))

c = Client("Studio Legale Associato Fenoglio", "company", "segreteria@studiofenoglio.it")
o = rem(ALE, c, "42/2026", 1159, "reminder", "2026-12-24 08:30", due=D(2026, 12, 18))
auto(orig=o, delay=8, tz="Europe/Rome", frm=("Studio Fenoglio", c.addr), lang="it",
     subject="Risposta automatica: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     Lo studio resterà chiuso oggi e domani per le festività; riapriamo lunedì con orario continuato 9-18.
     Auguri di buone feste.
     Segreteria Studio Legale Associato Fenoglio
     """), label=L("auto-reply", "'chiuso oggi e domani; riapriamo lunedì' fired Thu 24 Dec -> Mon 28 Dec",
                   return_date="2026-12-28"))

c = Client("Davide Cerutti", "person", "davide@ceruttiwebdesign.it")
o = rem(GIU, c, "53/26", 250, "reminder", "2026-12-28 09:00", due=D(2026, 12, 23))
auto(orig=o, delay=19, tz="Europe/Rome", frm=("Davide Cerutti", c.addr), lang="it", subject="Re: " + o.subject,
     headers=AUTO_RFC, body=T("""
     Ciao! In ferie dal 27/12 al 3/1, rientro lunedì 4. Non leggo la posta, se è urgente mandami un SMS.
     Davide
     """), label=L("auto-reply", "'dal 27/12 al 3/1, rientro lunedì 4' -> 4 Jan", return_date="2027-01-04"))

c = Client("Maglificio Viberti", "company", "commerciale@maglificioviberti.it")
o = rem(ALE, c, "19/2026", 2013, "late_fee", "2026-12-14 09:00", due=D(2026, 11, 25), deadline=D(2026, 12, 24))
auto(orig=o, delay=36, tz="Europe/Rome", frm=("Paolo Viberti", c.addr), lang="it",
     subject="Risposta automatica: " + o.subject, headers=exch(c.addr), mid_style="outlook", fmt="alt", body=T("""
     Buongiorno,
     sono assente dal 14 al 18 dicembre per una fiera a Milano (padiglione 3, stand C12, 15-17 dicembre). Rientro lunedì 21.
     Per ordini urgenti: ordini@maglificioviberti.it

     I'm away from 14 to 18 December for a trade fair in Milan. Back on Monday 21st.
     Paolo Viberti
     """), label=L("auto-reply", "bilingual; fair dates 15-17 are distractors, 'rientro lunedì 21' -> 21 Dec; quoted "
                                "deadline 24 Dec is a distractor", return_date="2026-12-21"))

c = Client("Amministrazione - Edilnord S.p.A.", "company", "amministrazione@edilnord.it")
o = rem(GIU, c, "36/26", 4880, "reminder", "2026-11-18 09:00", due=D(2026, 11, 13))
auto(orig=o, delay=2, tz="Europe/Rome", frm=("Edilnord Amministrazione", "no-reply@edilnord.it"), lang="it",
     subject="Ricevuta la Vostra comunicazione", headers=("Auto-Submitted: auto-replied", "Precedence: bulk"),
     body=T("""
     Gentile fornitore,
     confermiamo la ricezione della Vostra comunicazione.
     Vi ricordiamo che l'ufficio amministrativo effettua i pagamenti il 10 e il 25 di ogni mese, per le fatture regolarmente registrate e scadute.
     Non rispondete a questo messaggio.
     Edilnord S.p.A. – Ufficio Amministrazione
     """), label=L("auto-reply", "AP auto-acknowledgement; 'paga il 10 e il 25' is general policy, not a return date or promise"))

c = Client("Federico Operti", "person", "federico.operti@gmail.com")
o = rem(ALE, c, "1/2027", 427, "reminder", "2027-01-04 10:00", due=D(2026, 12, 28))
auto(orig=o, delay=48, tz="Europe/Rome", frm=("Federico Operti", c.addr), lang="it", subject="Risposta automatica",
     headers=AUTO_GMAIL, mid_style="gmail", body=T("""
     Ciao, sono in viaggio fino a domenica 10 gennaio e leggo la posta solo saltuariamente. Dall'11 sono di nuovo operativo.
     Federico
     """), label=L("auto-reply", "'in viaggio fino a domenica 10 gennaio ... dall'11 di nuovo operativo' -> 11 Jan",
                   return_date="2027-01-11"))


# ---------------- Spanish
c = Client("Estudio de Arquitectura Quintana", "company", "carla@quintanaarquitectura.es")
o = rem(LUC, c, "2026-064", 1210, "reminder", "2026-12-23 09:00", due=D(2026, 12, 18))
auto(orig=o, delay=33, tz="Europe/Madrid", frm=("Carla Quintana", c.addr), lang="es",
     subject="Respuesta automática: " + o.subject, headers=exch(c.addr), mid_style="outlook", fmt="alt", body=T("""
     Hola,
     estoy fuera de la oficina por vacaciones. Estaré de vuelta el día 8 y contestaré tu correo lo antes posible.
     Para temas urgentes, escribe a estudio@quintanaarquitectura.es.
     ¡Felices fiestas!
     Carla
     """), label=L("auto-reply", "'de vuelta el día 8' written 23 Dec -> 8 Jan", return_date="2027-01-08"))

c = Client("Vermuteria del Born", "company", "pere@vermuteriadelborn.cat")
o = rem(JOR, c, "F26/122", 363, "reminder", "2026-11-19 09:00", due=D(2026, 11, 14))
auto(orig=o, delay=18, tz="Europe/Madrid", frm=("Pere Vilaró", c.addr), lang="es", subject="Fuera de la oficina",
     headers=AUTO_GMAIL, mid_style="gmail", body=T("""
     Hola, estoy fuera de la oficina hasta el lunes. Si es urgente llama al local: 933 10 45 77.
     Pere
     """), label=L("auto-reply", "'hasta el lunes' written Thu 19 Nov -> back Monday 23 Nov", return_date="2026-11-23"))

c = Client("Óptica Miralles", "company", "administracion@opticamiralles.es")
o = rem(LUC, c, "2026-059", 580.80, "reminder", "2026-12-21 09:00", due=D(2026, 12, 16))
auto(orig=o, delay=95, tz="Europe/Madrid", frm=("Óptica Miralles - Administración", c.addr), lang="es",
     subject="Respuesta automática: " + o.subject, headers=exch(c.addr), mid_style="outlook",
     charset="iso-8859-1", codec="cp1252", hcharset="iso-8859-1", body=T("""
     Buenos días:

     Me encuentro de vacaciones hasta el 6 de enero inclusive. A mi vuelta atenderé su correo.
     Para cualquier asunto urgente pueden llamar al 96 352 18 40.

     Un saludo,
     Inmaculada Miralles
     """), label=L("auto-reply", "'hasta el 6 de enero inclusive' -> back 7 Jan; iso-8859-1/cp1252",
                   return_date="2027-01-07"))

c = Client("Editorial Tramuntana", "company", "laura.pons@editorialtramuntana.cat")
o = rem(JOR, c, "F26/133", 847, "reminder", "2026-12-30 09:00", due=D(2026, 12, 23))
auto(orig=o, delay=51, tz="Europe/Madrid", frm=("Laura Pons", c.addr), lang="es",
     subject="Respuesta automática: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     Gracias por tu mensaje. Estoy de vacaciones y me reincorporo el lunes 11 de enero.
     Si necesitas algo antes, escribe a redaccio@editorialtramuntana.cat.
     Laura Pons
     """), label=L("auto-reply", "'me reincorporo el lunes 11 de enero' -> 11 Jan", return_date="2027-01-11"))

c = Client("Hostal Rural El Roble", "company", "reservas@hostalelroble.es")
o = rem(LUC, c, "2026-048", 423.50, "reminder", "2026-11-05 09:00", due=D(2026, 10, 30))
auto(orig=o, delay=11, tz="Europe/Madrid", frm=("Hostal El Roble", c.addr), lang="es", subject=R(o, "RE: "),
     headers=(), body=T("""
     Estoy fuera y con acceso limitado al correo. Responderé en cuanto pueda.
     Gracias,
     Marisa
     """), label=L("auto-reply", "no headers, 'RE:' subject, no date: no return date"))

c = Client("Disseny Gràfic Albiol", "company", "toni@dissenyalbiol.cat")
o = rem(JOR, c, "F27/001", 544.50, "reminder", "2027-01-14 09:00", due=D(2027, 1, 9))
auto(orig=o, delay=2, tz="Europe/Madrid", frm=("Albiol", c.addr), lang="es",
     subject="Dirección no operativa", headers=("Auto-Submitted: auto-generated", "Precedence: bulk"), body=T("""
     Esta dirección de correo ya no está operativa. Toni Albiol ya no trabaja en el estudio.
     Por favor, dirija sus mensajes a hola@dissenyalbiol.cat.
     Este es un mensaje automático, no responda.
     """), label=L("auto-reply", "mailbox no longer in use: no return date"))

c = Client("Clínica Dental Sonrisas", "company", "elena.gerencia@clinicasonrisas.es")
o = rem(LUC, c, "2027-005", 968, "reminder", "2027-02-11 09:00", due=D(2027, 2, 6))
auto(orig=o, delay=44, tz="Europe/Madrid", frm=("Elena Martos", c.addr), lang="es",
     subject="Respuesta automática: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     Hola,
     estoy de baja por maternidad hasta abril. Para temas de facturación y pagos, por favor escribid a administracion@clinicasonrisas.es.
     ¡Gracias!
     Elena Martos
     """), label=L("auto-reply", "maternity leave 'hasta abril' (month only): vague, no return date"))

c = Client("Agrobotiga Can Pujol", "company", "botiga@canpujol.cat")
o = rem(JOR, c, "F27/007", 278.30, "reminder", "2027-02-16 09:00", due=D(2027, 2, 11))
auto(orig=o, delay=27, tz="Europe/Madrid", frm=("Can Pujol", c.addr), lang="es", subject="Re: " + o.subject,
     headers=AUTO_X, body=T("""
     Hola! Estamos de vacaciones hasta el viernes incluido. La tienda online sigue funcionando y los pedidos se enviarán a la vuelta.
     Can Pujol
     """), label=L("auto-reply", "'hasta el viernes incluido' written Tue 16 Feb: last day Fri 19 -> back Sat 20 Feb by "
                                "the rule", return_date="2027-02-20"))

c = Client("Instituto de Formación Albéniz", "company", "direccion@formacionalbeniz.es")
o = rem(LUC, c, "2026-054", 1452, "reminder", "2026-11-04 09:00", due=D(2026, 10, 30))
auto(orig=o, delay=62, tz="Europe/Madrid", frm=("Luis Albéniz", c.addr), lang="es",
     subject="Respuesta automática: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     Buenos días,
     hoy y mañana estoy en un congreso en Valencia con poco acceso al correo. Vuelvo el viernes.
     Un saludo,
     Luis Albéniz
     """), label=L("auto-reply", "'hoy y mañana en un congreso; vuelvo el viernes' fired Wed 4 Nov -> Fri 6 Nov",
                   return_date="2026-11-06"))

c = Client("Supermercats Gual", "company", "proveidors@supermercatsgual.cat")
o = rem(JOR, c, "F26/123", 2420, "reminder", "2026-12-01 09:00", due=D(2026, 11, 26))
auto(orig=o, delay=5, tz="Europe/Madrid", frm=("Atención a Proveedores", "no-reply@supermercatsgual.cat"), lang="es",
     subject="[#PRV-77120] Hemos recibido su consulta", headers=("Auto-Submitted: auto-replied",), fmt="html",
     body=T("""
     Estimado proveedor:

     Hemos recibido su consulta y le hemos asignado el número de incidencia PRV-77120. Nuestro equipo de Atención a Proveedores le responderá en un plazo máximo de 72 horas laborables.

     Le recordamos que puede consultar el estado de sus facturas en el portal de proveedores.

     Supermercats Gual, S.A.
     """), label=L("auto-reply", "help-desk ticket acknowledgement, HTML only: no return date"))

c = Client("Asociación de Vecinos San Isidro", "company", "secretaria@avvsanisidro.org")
o = rem(LUC, c, "2026-065", 302.50, "reminder", "2026-12-24 09:00", due=D(2026, 12, 19))
auto(orig=o, delay=7, tz="Europe/Madrid", frm=("AVV San Isidro", c.addr), lang="es", subject="Oficina cerrada",
     headers=AUTO_X2, body=T("""
     Os informamos de que la oficina permanecerá cerrada del 24 de diciembre al 6 de enero, ambos inclusive. Retomaremos la actividad a la vuelta de las fiestas.
     Felices fiestas.
     Junta Directiva
     """), label=L("auto-reply", "'del 24 de diciembre al 6 de enero, ambos inclusive' -> back 7 Jan",
                   return_date="2027-01-07"))

c = Client("Bodega Tajinaste", "company", "gerencia@bodegatajinaste.es")
o = rem(JOR, c, "F26/126", 1064.80, "reminder", "2026-11-26 09:00", due=D(2026, 11, 20))
auto(orig=o, delay=14, tz="Atlantic/Canary", frm=("Gerencia Tajinaste", c.addr), lang="es",
     subject="Respuesta automática: " + o.subject, headers=AUTO_RFC, body=T("""
     Gracias por su correo. Estoy fuera de la isla por motivos de trabajo. Regreso el 2 de diciembre.
     Atentamente,
     Agustín Hernández
     """), label=L("auto-reply", "Canary Islands; 'Regreso el 2 de diciembre' -> 2 Dec", return_date="2026-12-02"))

c = Client("Casa Oaxaca Restaurante", "company", "ximena@casaoaxaca.mx")
o = rem(LUC, c, "2026-066", 1500, "reminder", "2026-12-22 09:00", due=D(2026, 12, 17))
auto(orig=o, delay=40, tz="America/Mexico_City", frm=("Ximena Ruiz", c.addr), lang="es",
     subject="Respuesta automática: " + o.subject, headers=AUTO_GMAIL, mid_style="gmail", body=T("""
     ¡Hola! Gracias por tu correo. Estaré fuera hasta el 4 de enero, regresando el 5. Con gusto te respondo a mi regreso.
     Ximena
     """), label=L("auto-reply", "Mexico City: 'fuera hasta el 4 de enero, regresando el 5' -> 5 Jan",
                   return_date="2027-01-05"))

c = Client("Fundació Mar Blava", "company", "comunicacio@marblava.org")
o = rem(JOR, c, "F26/128", 605, "reminder", "2026-12-18 09:00", due=D(2026, 12, 14))
auto(orig=o, delay=130, tz="Europe/Madrid", frm=("Comunicació Mar Blava", c.addr), lang="es",
     subject="Respuesta automática: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     Hola,
     estaré fuera de la oficina hasta mediados de enero. Para asuntos urgentes, contactad con info@marblava.org.
     Gracias,
     Sílvia
     """), label=L("auto-reply", "'hasta mediados de enero' is vague: no return date"))

c = Client("Transportes Hermanos Sáez", "company", "facturas@transsaez.es")
o = rem(LUC, c, "2026-056", 786.50, "reminder", "2026-11-23 09:00", due=D(2026, 11, 18))
auto(orig=o, delay=3, tz="Europe/Madrid", frm=("Facturas Transportes Sáez", c.addr), lang="es",
     subject="Acuse de recibo: " + o.subject, headers=("Auto-Submitted: auto-replied", "Precedence: bulk"), body=T("""
     Acusamos recibo de su correo.
     Le recordamos que las facturas recibidas y conformadas se abonan los días 10 y 25 de cada mes mediante transferencia.
     Este buzón no se revisa diariamente.
     Transportes Hermanos Sáez, S.L.
     """), label=L("auto-reply", "AP acknowledgement; 'se abonan los días 10 y 25' is policy, not a promise or return date"))

c = Client("Quim Serrat", "person", "quim.serrat@gmail.com")
o = rem(JOR, c, "F26/134", 242, "reminder", "2026-12-18 09:00", due=D(2026, 12, 14))
auto(orig=o, delay=21, tz="Europe/Madrid", frm=("Quim Serrat", c.addr), lang="es", subject="De vacaciones",
     headers=AUTO_GMAIL, mid_style="gmail", body=T("""
     Estoy de viaje sin ordenador. Vuelvo el 7/1. Bon Nadal!
     Quim
     """), label=L("auto-reply", "numeric '7/1' written 18 Dec -> 7 Jan 2027", return_date="2027-01-07"))

c = Client("Ferretería Industrial Lasarte", "company", "compras@ferreterialasarte.es")
o = rem(LUC, c, "2027-001", 653.40, "reminder", "2027-01-11 09:00", due=D(2027, 1, 6))
auto(orig=o, delay=16, tz="Europe/Madrid", frm=("Compras Lasarte", c.addr), lang="es",
     subject="Respuesta automática: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     Estimado proveedor:
     Estamos en inventario anual hasta el miércoles 13 incluido. A partir del jueves 14 atenderemos su consulta con normalidad.
     Disculpe las molestias.
     Departamento de Compras
     """), label=L("auto-reply", "'hasta el miércoles 13 incluido. A partir del jueves 14' -> 14 Jan",
                   return_date="2027-01-14"))


# ---------------- English
c = Client("Howth Harbour Seafood", "company", "sinead@howthharbourseafood.ie")
o = rem(TOM, c, "INV-2026-129", 880, "reminder", "2026-12-21 09:00", due=D(2026, 12, 16))
auto(orig=o, delay=38, tz="Europe/Dublin", frm=("Sinéad Byrne", c.addr), lang="en",
     subject="Automatic reply: " + o.subject, headers=exch(c.addr), mid_style="outlook", fmt="alt", body=T("""
     Hi,

     Thanks for your email. I'm off for the Christmas break and back on the 7th. I'll reply as soon as I can after that.

     Happy Christmas!
     Sinéad
     """), label=L("auto-reply", "'back on the 7th' written 21 Dec -> 7 Jan", return_date="2027-01-07"))

c = Client("Bramley & Cole", "company", "james.cole@bramleycole.co.uk")
o = rem(HAN, c, "HC-1050", 1140, "reminder", "2026-12-24 09:00", due=D(2026, 12, 18))
auto(orig=o, delay=9, tz="Europe/London", frm=("James Cole", c.addr), lang="en", cte="base64",
     subject="Out of Office: " + o.subject, headers=AUTO_RFC, body=T("""
     Thank you for your message. I am on annual leave, returning Monday 11th January. Emails will not be forwarded.

     For anything urgent please contact office@bramleycole.co.uk.

     James Cole
     """), label=L("auto-reply", "'returning Monday 11th January' -> 11 Jan", return_date="2027-01-11"))

c = Client("Kinsale Kayak Tours", "company", "paddy@kinsalekayak.ie")
o = rem(TOM, c, "INV-2026-116", 410, "reminder", "2026-11-25 09:00", due=D(2026, 11, 20))
auto(orig=o, delay=6, tz="Europe/Dublin", frm=("Paddy Hurley", c.addr), lang="en", subject="Away",
     headers=AUTO_GMAIL, mid_style="gmail", body=T("""
     Away from the desk, back Monday. For bookings ring 021 477 2201.
     Paddy
     """), label=L("auto-reply", "weekday only 'back Monday' written Wed 25 Nov -> 30 Nov", return_date="2026-11-30"))

c = Client("Pell Street Partners", "company", "r.singh@pellstreet.co.uk")
o = rem(HAN, c, "HC-1045", 670, "reminder", "2026-11-10 09:00", due=D(2026, 11, 4))
auto(orig=o, delay=55, tz="Europe/London", frm=("Ravi Singh", c.addr), lang="en", subject=R(o, "RE: "),
     headers=(), body=T("""
     I'm currently out of the office with limited access to email. I'll respond to your message as soon as possible.

     Ravi Singh | Pell Street Partners
     """), label=L("auto-reply", "no headers, 'RE:' subject, no date: no return date"))

c = Client("Donegal Tweed Collective", "company", "mairead@donegaltweed.ie")
o = rem(TOM, c, "INV-2027-002", 1260, "reminder", "2027-01-27 09:00", due=D(2027, 1, 22))
auto(orig=o, delay=1, tz="Europe/Dublin", frm=("Donegal Tweed Collective", c.addr), lang="en",
     subject="Undeliverable mailbox – no longer monitored", headers=("Auto-Submitted: auto-generated",), body=T("""
     This mailbox is no longer monitored. Mairéad has left the Collective.

     Please send accounts queries to accounts@donegaltweed.ie and all other enquiries to hello@donegaltweed.ie.
     """), label=L("auto-reply", "mailbox no longer monitored: no return date"))

c = Client("Wexford Street Studio", "company", "claire@wexfordstreetstudio.co.uk")
o = rem(HAN, c, "HC-1065", 395, "reminder", "2027-02-15 09:00", due=D(2027, 2, 10))
auto(orig=o, delay=29, tz="Europe/London", frm=("Claire Dunne", c.addr), lang="en",
     subject="Automatic reply: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     Hello,

     I am on maternity leave until May 2027. For invoices and payments please contact accounts@wexfordstreetstudio.co.uk, and for projects my colleague Tom Reid (tom@wexfordstreetstudio.co.uk).

     Many thanks,
     Claire
     """), label=L("auto-reply", "maternity leave 'until May 2027' (month only): vague, no return date"))

c = Client("Brooklyn Bindery", "company", "dana@brooklynbindery.com")
o = rem(TOM, c, "INV-2026-127", 1750, "reminder", "2026-12-23 09:00", due=D(2026, 12, 18))
auto(orig=o, delay=44, tz="America/New_York", frm=("Dana Whitfield", c.addr), lang="en",
     subject="Automatic reply: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     Thanks for your note! I'm out for the holidays and returning 01/04/2027. I'll get back to you then.

     Dana Whitfield
     Brooklyn Bindery | Brooklyn, NY
     """), label=L("auto-reply", "US sender: '01/04/2027' is January 4 -> 2027-01-04", return_date="2027-01-04"))

c = Client("Stourhead Garden Rooms", "company", "nick@stourheadgardenrooms.co.uk")
o = rem(HAN, c, "HC-1051", 845, "reminder", "2026-12-22 09:00", due=D(2026, 12, 16))
auto(orig=o, delay=13, tz="Europe/London", frm=("Nick Pearce", c.addr), lang="en",
     subject="Out of office", headers=AUTO_X, body=T("""
     Hi, I'm out of the office for Christmas and back 05/01. Any urgent site issues please call the yard on 01747 840 112.
     Nick
     """), label=L("auto-reply", "UK sender: 'back 05/01' = 5 January -> 2027-01-05", return_date="2027-01-05"))

c = Client("Atlantic Web Hosting", "company", "billing@atlanticwebhosting.ie")
o = rem(TOM, c, "INV-2026-121", 295, "reminder", "2026-12-03 09:00", due=D(2026, 11, 28))
auto(orig=o, delay=3, tz="Europe/Dublin", frm=("Atlantic Web Hosting Support", "support@atlanticwebhosting.ie"),
     lang="en", subject="[Request received] " + o.subject + " (#48817)",
     headers=("Auto-Submitted: auto-replied", "X-Mailer: Zendesk"), fmt="alt", body=T("""
     ##- Please type your reply above this line -##

     Your request (48817) has been received and is being reviewed by our support staff.

     To add additional comments, reply to this email.

     This email is a service from Atlantic Web Hosting Support.
     """), label=L("auto-reply", "help-desk (Zendesk-style) ticket acknowledgement: no return date"))

c = Client("Sable & Rose Interiors", "company", "amelia@sableandrose.co.uk")
o = rem(HAN, c, "HC-1048", 1260, "reminder", "2026-12-21 09:00", due=D(2026, 12, 11))
auto(orig=o, delay=72, tz="Europe/London", frm=("Amelia Rose", c.addr), lang="en",
     subject="Automatic reply: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     Thank you for your email. I am out of the office until Monday 4 January and will reply on my return.

     Amelia Rose
     Sable & Rose Interiors
     """), label=L("auto-reply", "'out of the office until Monday 4 January ... will reply on my return' -> back 4 Jan",
                   return_date="2027-01-04"))

c = Client("Dingle Distillery Tours", "company", "eimear@dingledistillerytours.ie")
o = rem(TOM, c, "INV-2026-113", 525, "reminder", "2026-11-27 09:00", due=D(2026, 11, 23))
auto(orig=o, delay=17, tz="Europe/Dublin", frm=("Eimear Kennedy", c.addr), lang="en",
     subject="Out of office: " + o.subject, headers=AUTO_X2, body=T("""
     Hello, I'm at a tourism fair in Berlin and will be back in the office on 2 December.
     Eimear
     """), label=L("auto-reply", "'back in the office on 2 December' -> 2 Dec", return_date="2026-12-02"))

c = Client("Galway Bay Creative", "company", "office@galwaybaycreative.ie")
o = rem(TOM, c, "INV-2026-124", 990, "reminder", "2026-12-24 09:00", due=D(2026, 12, 18))
auto(orig=o, delay=4, tz="Europe/Dublin", frm=("Galway Bay Creative", c.addr), lang="en",
     subject="Christmas closure", headers=AUTO_RFC, fmt="alt", body=T("""
     Thanks for getting in touch.

     Our office is closed for Christmas from 24 December, reopening on Monday 4 January 2027. We'll reply to all emails as soon as we're back.

     Nollaig shona!
     The Galway Bay Creative team
     """), label=L("auto-reply", "'reopening on Monday 4 January 2027' -> 4 Jan", return_date="2027-01-04"))

c = Client("Oakham Events", "company", "will@oakhamevents.co.uk")
o = rem(TOM, c, "INV-2026-123", 740, "reminder", "2026-12-18 09:00", due=D(2026, 12, 14))
auto(orig=o, delay=31, tz="Europe/London", frm=("Will Oakham", c.addr), lang="en",
     subject="Automatic reply: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     Hi there, I'm away until the New Year with very patchy signal. I'll pick up emails when I'm back.
     Will
     """), label=L("auto-reply", "'away until the New Year' is vague: no return date"))

c = Client("Castlegate Retail Ltd", "company", "invoices@castlegateretail.co.uk")
o = rem(HAN, c, "HC-1043", 1890, "late_fee", "2026-12-30 09:00", due=D(2026, 11, 30), deadline=D(2027, 1, 13))
auto(orig=o, delay=2, tz="Europe/London", frm=("Castlegate Accounts Payable", "noreply-ap@castlegateretail.co.uk"),
     lang="en", subject="Your email has been received – Accounts Payable",
     headers=("Auto-Submitted: auto-replied", "Precedence: bulk", "X-Auto-Response-Suppress: All"), body=T("""
     Thank you for contacting Castlegate Retail Accounts Payable.

     This is an automated acknowledgement. Invoices are paid on 30-day terms from receipt of a valid invoice; our next supplier payment run is on 15 January. Please do not resend invoices already submitted.

     Castlegate Retail Ltd – Accounts Payable
     """), label=L("auto-reply", "AP auto-acknowledgement; 'next payment run 15 January' is not a return date or a promise"))

c = Client("Whitby Jet Gallery", "company", "sophie@whitbyjetgallery.co.uk")
o = rem(TOM, c, "INV-2026-106", 640, "reminder", "2026-11-10 09:00", due=D(2026, 11, 5))
auto(orig=o, delay=19, tz="Europe/London", frm=("Sophie Marsh", c.addr), lang="en", subject="Travelling",
     headers=AUTO_GMAIL, mid_style="gmail", body=T("""
     Thanks for your email. I'm travelling 9–13 November with patchy signal, back properly Monday 16th.
     Sophie
     """), label=L("auto-reply", "travel dates 9-13 Nov are distractors; 'back properly Monday 16th' -> 16 Nov",
                   return_date="2026-11-16"))

c = Client("Fenland Cycles", "company", "greg@fenlandcycles.co.uk")
o = rem(HAN, c, "HC-1066", 455, "reminder", "2027-02-19 09:00", due=D(2027, 2, 15))
auto(orig=o, delay=23, tz="Europe/London", frm=("Greg Hollis", c.addr), lang="en",
     subject="Automatic reply: " + o.subject, headers=exch(c.addr), mid_style="outlook", body=T("""
     I'm off until Wednesday inclusive (half term). I'll reply when I'm back.
     Greg
     """), label=L("auto-reply", "'off until Wednesday inclusive' written Fri 19 Feb: last day Wed 24 -> back Thu 25 Feb",
                   return_date="2027-02-25"))

c = Client("Maple Leaf Media", "company", "chloe@mapleleafmedia.ca")
o = rem(TOM, c, "INV-2027-001", 1980, "reminder", "2027-01-28 09:00", due=D(2027, 1, 22))
auto(orig=o, delay=60, tz="America/Toronto", frm=("Chloé Tremblay", c.addr), lang="en",
     subject="Automatic reply: " + o.subject, headers=AUTO_RFC, body=T("""
     Hi! I'm at a conference and will be back on Tuesday, February 2nd. I'll answer your email then.
     Chloé
     """), label=L("auto-reply", "Toronto: 'back on Tuesday, February 2nd' -> 2 Feb", return_date="2027-02-02"))


# =====================================================================================
# BOUNCES (two, as a contrast: a retry deadline and a closure date are not return dates)
# =====================================================================================
def dsn(*, orig, delay, tz, frm, subject, human, reporting, recipient, action, status, diag, lang, label,
        extra_fields=(), headers=()):
    w = (orig.when + dt.timedelta(seconds=delay)).astimezone(ZoneInfo(tz))
    n = len(MSGS) + 1
    b = seed("dsn", n)[:20]
    p1 = leaf("text/plain", human, "utf-8", "quoted-printable", extra=["Content-Description: Notification"])
    fields = (f"Reporting-MTA: dns; {reporting}\nArrival-Date: {format_datetime(orig.when)}\n\n"
              f"Final-Recipient: rfc822; {recipient}\nOriginal-Recipient: rfc822;{recipient}\nAction: {action}\n"
              f"Status: {status}\nRemote-MTA: dns; mx.{recipient.split('@')[1]}\nDiagnostic-Code: smtp; {diag}\n"
              + "".join(f + "\n" for f in extra_fields))
    p2 = (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], fields.encode())
    oh = (f"From: {owner_to(orig.owner)}\nTo: {orig.client.addr}\nSubject: {hdr_text(orig.subject)}\n"
          f"Date: {format_datetime(orig.when)}\nMessage-ID: {orig.msgid}\n")
    p3 = (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], oh.encode())
    part = multipart("report", [p1, p2, p3], f"{b}.{int(w.timestamp())}/{reporting}", params=" report-type=delivery-status;")
    H = [f"From: {frm}", f"To: {orig.owner.addr}", f"Subject: {subject}", f"Date: {format_datetime(w)}",
         f"Message-ID: <{seed('dsnid', n)[:18]}@{reporting}>", "Auto-Submitted: auto-replied"] + list(headers) + \
        ["MIME-Version: 1.0"]
    raw = "\n".join(H + part[0]).encode() + b"\n\n" + part[1]
    lab = dict(label)
    lab.setdefault("language", lang)
    MSGS.append((raw, lab, w))


c = Client("Old Harbour Hotel", "company", "accounts@oldharbourhotel.ie")
o = rem(TOM, c, "INV-2026-110", 1420, "reminder", "2026-12-08 09:00", due=D(2026, 12, 3))
dsn(orig=o, delay=4 * 3600 + 12, tz="Europe/Dublin", frm="MAILER-DAEMON@smtp.byrnedesign.ie (Mail Delivery System)",
    subject="Delayed Mail (still being retried)", reporting="smtp.byrnedesign.ie", recipient=c.addr,
    action="delayed", status="4.4.1", diag="connect to mx.oldharbourhotel.ie[185.42.7.19]:25: Connection timed out",
    extra_fields=("Will-Retry-Until: Sun, 13 Dec 2026 09:00:12 +0000",), lang="en", human=T("""
    This is the mail system at host smtp.byrnedesign.ie.

    ####################################################################
    # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
    ####################################################################

    Your message could not be delivered for more than 4 hour(s).
    It will be retried until it is 5 day(s) old.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <accounts@oldharbourhotel.ie>: connect to mx.oldharbourhotel.ie[185.42.7.19]:25:
        Connection timed out
    """), label=L("bounce", "Postfix delay warning (4.4.1), retried until 13 Dec: temporary",
                  failed_recipient="accounts@oldharbourhotel.ie", permanent=False))

c = Client("Pasticceria Dolce Vita", "company", "amministrazione@pasticceria-dolcevita.it")
o = rem(ALE, c, "45/2026", 256.20, "reminder", "2027-01-12 09:00", due=D(2027, 1, 7))
dsn(orig=o, delay=41, tz="Europe/Rome", frm="Mail Delivery System <MAILER-DAEMON@smtp.example.it>",
    subject="Messaggio non recapitato: " + o.subject, reporting="smtp.example.it", recipient=c.addr,
    action="failed", status="5.1.1", diag="550 5.1.1 <amministrazione@pasticceria-dolcevita.it>: casella inesistente / "
                                          "user unknown (mailbox closed on 31/12/2026)", lang="it", human=T("""
    Questo è il sistema di posta di smtp.example.it.

    Siamo spiacenti di informarla che il suo messaggio non è stato recapitato
    a uno o più destinatari. Il messaggio originale è allegato.

    Il server del destinatario ha risposto:

    <amministrazione@pasticceria-dolcevita.it>: host mx.pasticceria-dolcevita.it[93.62.114.8] said:
        550 5.1.1 casella inesistente / user unknown (mailbox closed on 31/12/2026)
        (in reply to RCPT TO command)

    Il messaggio non verrà inviato di nuovo.
    """), label=L("bounce", "permanent 5.1.1 'casella inesistente'; the closure date is not a return date",
                  failed_recipient="amministrazione@pasticceria-dolcevita.it", permanent=True))


# =====================================================================================
# OTHER — machine notices with dates that are not promises
# =====================================================================================
add(lang="it", tz="Europe/Rome", when="2026-12-15 11:42:09",
    frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"), to=owner_to(ALE),
    subject="Fattura n. 46/2026 consegnata al destinatario", mid_style="x", fmt="alt",
    headers=("Auto-Submitted: auto-generated", "X-Aruba-Fe-Notifica: RC"), body=T("""
    Gentile Cliente,

    ti informiamo che il Sistema di Interscambio (SdI) ha consegnato la fattura elettronica al destinatario.

    Numero fattura: 46/2026
    Data fattura: 14/12/2026
    Identificativo SdI: 14567893210
    Destinatario: TESSITURA MONTALTO S.R.L. - Codice destinatario M5UXCR1
    Data consegna: 15/12/2026 11:41
    Data scadenza pagamento: 14/01/2027
    Importo: 1.586,00 EUR

    Puoi consultare la ricevuta di consegna accedendo al pannello di Fatturazione Elettronica.

    Questa è una comunicazione automatica, ti preghiamo di non rispondere.
    Aruba S.p.A.
    """), label=L("other", "SdI delivery receipt via Aruba: the invoice was delivered; the due date 14/01/2027 is not a "
                           "promise and nothing was paid"))

add(lang="es", tz="Europe/Madrid", when="2027-01-18 08:03:51",
    frm=("FACe - Punto General de Entrada de Facturas", "no-reply@face.gob.es"), to=owner_to(LUC),
    subject="FACe: cambio de estado de la factura 2027-002", mid_style="x",
    headers=("Auto-Submitted: auto-generated",), body=T("""
    Estimado proveedor:

    Le informamos de que la factura con los siguientes datos ha cambiado de estado:

    Número de registro: REGAGE27e00001843221
    Número de factura: 2027-002
    Órgano gestor: L01280796 - Ayuntamiento de Madrid
    Unidad tramitadora: Área de Cultura, Turismo y Deporte
    Importe: 2.904,00 EUR
    Estado: 1300 - Registrada en RCF
    Fecha prevista de pago: 17/02/2027

    Puede consultar el detalle en https://face.gob.es

    Este es un mensaje generado automáticamente. Por favor, no responda a este correo.
    """), label=L("other", "FACe e-invoicing status notice 'registrada en RCF'; the 'fecha prevista de pago' is a "
                           "portal's estimate, not a client's promise and not a payment"))

add(lang="en", tz="Europe/Dublin", when="2026-12-14 15:27:40",
    frm=("Ledgerly", "notifications@ledgerly.app"), to=owner_to(TOM),
    subject="Your invoice INV-2026-130 was viewed by Quayside Coffee Roasters", mid_style="x", fmt="alt",
    headers=("Auto-Submitted: auto-generated", "List-Unsubscribe: <https://ledgerly.app/u/notify/8a81c3>"),
    body=T("""
    Hi Tom,

    Good news – Quayside Coffee Roasters just viewed invoice INV-2026-130 (€860.00, due 28 December 2026).

    Viewed: Monday 14 December 2026, 15:27 (Dublin)
    Status: Sent · Viewed · Not paid

    We'll let you know as soon as a payment is made.

    View invoice: https://ledgerly.app/i/INV-2026-130

    – The Ledgerly team
    You're receiving this because invoice notifications are switched on in your settings.
    """), label=L("other", "'invoice was viewed' notification: not a payment, the due date is not a promise"))


# =====================================================================================
# output
# =====================================================================================
def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
             "failed_recipient", "permanent", "note"]
    out = ["# round9-dates: dates in people's words (client promises) and return dates in auto-replies.",
           "# Generated by make.py.", ""]
    for i, (raw, lab, w) in enumerate(MSGS, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
        out.append(f'[files."{name}"]')
        for k in order:
            if k in lab:
                out.append(f"{k} = {toml_value(lab[k])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check()


def check():
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    kinds = {}
    bad = 0
    for i, (raw, lab, w) in enumerate(MSGS, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not m[h]:
                print(name, "missing", h)
                bad += 1
        str(m["Subject"]), str(m["From"]), m["Date"].datetime
        for part in m.walk():
            if part.get_content_maintype() == "multipart":
                continue
            if part.get_content_maintype() == "text" or part.get_content_type() == "message/delivery-status":
                part.get_content()
            else:
                assert part.get_content()
        assert labels[name]["kind"] in ("client-reply-paid", "client-reply-promise", "client-reply-dispute",
                                        "client-reply-other", "payment-notification", "auto-reply", "bounce",
                                        "other", "invoice"), name
        k = (labels[name]["kind"], labels[name]["language"], labels[name]["split"])
        kinds[k] = kinds.get(k, 0) + 1
    print(f"{len(MSGS)} messages, {bad} problems")
    for k in sorted(kinds):
        print(f"  {k[0]:22s} {k[1]} {k[2]}: {kinds[k]}")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
