#!/usr/bin/env python3
"""round21-days: replies where WHEN is the point.

Writes r21d-0001.eml ... r21d-0080.eml and labels.toml next to this script, then re-reads every file
with the standard library parser and checks each label against the message (kind-specific fields,
amounts and references present in the sender's own words, dates recomputed from the Date header in
the sender's time zone, bounce status codes).

Standard library only. Every body below is written by hand; the helpers only do what a mail client
does (quote the previous message, render the same words as HTML, attach a file).
"""
import calendar
import datetime as dt
import hashlib
import html
import json
import re
import struct
import sys
import tomllib
import zlib
from decimal import Decimal
import email
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r21d"

# --------------------------------------------------------------------------------------------------
# The mailbox owners (freelancers) and their payment details
# --------------------------------------------------------------------------------------------------
OWNERS = {
    "giulia": ("Giulia Ferraris", "giulia@ferrarisstudio.it", "IT60 X054 2811 1010 0000 0123 456"),
    "marco": ("Marco Bellandi", "studio@marcobellandi.it", "IT02 L123 4512 3451 2345 6789 012"),
    "lucia": ("Lucía Navarro Gil", "lucia@navarrotraducciones.es", "ES91 2100 0418 4502 0005 1332"),
    "andres": ("Andrés Quintana", "hola@andresquintana.dev", "ES79 2100 0813 6101 2345 6789"),
    "tom": ("Tom Hadley", "tom@hadleydigital.co.uk", "GB29 NWBK 6016 1331 9268 19"),
    "priya": ("Priya Nair", "priya@nairwords.ie", "IE29 AIBK 9311 5212 3456 78"),
}


def tz(h, m=0):
    sign = 1 if h >= 0 else -1
    return dt.timezone(dt.timedelta(hours=h, minutes=sign * m))


CET = tz(1)
UTC0 = tz(0)


def when(s, zone=CET):
    """'2026-11-10 09:14' (or with seconds) in the given zone -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=zone)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


# --------------------------------------------------------------------------------------------------
# Names of days and months, as mail clients print them in quote headers
# --------------------------------------------------------------------------------------------------
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_DAYS_AB = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
IT_MONTHS_AB = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAYS_AB = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ES_MONTHS_AB = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def d_it(s):  # '2026-10-31' -> '31 ottobre 2026'
    d = dt.date.fromisoformat(s)
    return f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"


def d_es(s):
    d = dt.date.fromisoformat(s)
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def d_en(s):
    d = dt.date.fromisoformat(s)
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def attr_gmail(lang, t, name, addr):
    if lang == "it":
        return (f"Il giorno {IT_DAYS_AB[t.weekday()]} {t.day} {IT_MONTHS_AB[t.month - 1]} {t.year} "
                f"alle ore {t:%H:%M} {name} <{addr}> ha scritto:")
    if lang == "es":
        return (f"El {ES_DAYS_AB[t.weekday()]}, {t.day} {ES_MONTHS_AB[t.month - 1]} {t.year} "
                f"a las {t.hour}:{t:%M}, {name} (<{addr}>) escribió:")
    return f"On {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {name} <{addr}> wrote:"


def attr_apple(lang, t, name, addr):
    if lang == "it":
        return f"Il giorno {t.day} {IT_MONTHS_AB[t.month - 1]} {t.year}, alle ore {t:%H:%M}, {name} <{addr}> ha scritto:"
    if lang == "es":
        return f"El {t.day} {ES_MONTHS_AB[t.month - 1]} {t.year}, a las {t:%H:%M}, {name} <{addr}> escribió:"
    return f"On {t.day} {t:%b} {t.year}, at {t:%H:%M}, {name} <{addr}> wrote:"


def outlook_fields(lang, t, frm, to, subject, us=False):
    """The header block Outlook puts above the previous message (no '>' quoting)."""
    if lang == "it":
        return [("Da", frm), ("Inviato", f"{IT_DAYS[t.weekday()]} {t.day} {IT_MONTHS[t.month - 1]} {t.year} {t:%H:%M}"),
                ("A", to), ("Oggetto", subject)]
    if lang == "es":
        return [("De", frm), ("Enviado", f"{ES_DAYS[t.weekday()]}, {t.day} de {ES_MONTHS[t.month - 1]} de {t.year} {t.hour}:{t:%M}"),
                ("Para", to), ("Asunto", subject)]
    if us:
        h12 = t.hour % 12 or 12
        ampm = "AM" if t.hour < 12 else "PM"
        return [("From", frm), ("Sent", f"{t:%A}, {t:%B} {t.day}, {t.year} {h12}:{t:%M} {ampm}"),
                ("To", to), ("Subject", subject)]
    return [("From", frm), ("Sent", f"{t:%d} {t:%B} {t.year} {t:%H:%M}"), ("To", to), ("Subject", subject)]


def gt(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))


# --------------------------------------------------------------------------------------------------
# The freelancer's reminders, as templates/{it,es,en}/*.txt.j2 word them (what clients quote)
# --------------------------------------------------------------------------------------------------
def it_pay(owner, num):
    name, _, iban = OWNERS[owner]
    return f"Per il pagamento:\n- beneficiario: {name}\n- IBAN: {iban}\n- causale: Fattura {num}"


def it_reminder(owner, sal, num, amt, due):
    name = OWNERS[owner][0]
    return (f"{sal}\n\nda un controllo la fattura n. {num} di {amt}, scaduta il {d_it(due)}, risulta ancora da saldare. "
            "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
            "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare "
            "la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la "
            "fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
            f"{it_pay(owner, num)}\n\nCordiali saluti,\n{name}\n")


def it_due(owner, sal, num, amt, due):
    name = OWNERS[owner][0]
    return (f"{sal}\n\nun promemoria: la fattura n. {num} di {amt} è scaduta il {d_it(due)}. Se il pagamento non è "
            "ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
            "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
            f"{it_pay(owner, num)}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{name}\n")


def it_late(owner, sal, num, amt, due, days, deadline):
    name = OWNERS[owner][0]
    return (f"{sal}\n\nla fattura n. {num} di {amt}, scaduta il {d_it(due)}, risulta ancora da saldare: sono trascorsi "
            f"{days} giorni dalla scadenza.\n\nChiedo cortesemente di provvedere al pagamento entro il {d_it(deadline)}. "
            "Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema "
            "con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a "
            f"questa email.\n\n{it_pay(owner, num)}\n\nCordiali saluti,\n{name}\n")


def it_promise_fu(owner, sal, num, amt, promised):
    name = OWNERS[owner][0]
    return (f"{sal}\n\nringrazio ancora per avermi comunicato che il pagamento della fattura n. {num} di {amt} sarebbe "
            f"stato effettuato entro il {d_it(promised)}.\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già "
            "stato disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, "
            f"chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n{it_pay(owner, num)}\n\nCordiali saluti,\n{name}\n")


def it_statement(owner, sal, rows, total, deadline):
    name, _, iban = OWNERS[owner]
    lines = "\n".join(f"- n. {n} del {d_it(i)}, scaduta il {d_it(d)} ({late} giorni di ritardo): {a}" for n, i, d, late, a in rows)
    return (f"{sal}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n{lines}\n\nTotale da pagare: {total}\n\n"
            f"Chiedo cortesemente di provvedere al pagamento entro il {d_it(deadline)}. Se alcune di queste fatture sono già "
            "state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se "
            "c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
            "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate.\n\n"
            f"Cordiali saluti,\n{name}\n")


def es_pay(owner, num):
    name, _, iban = OWNERS[owner]
    return f"Datos para el pago:\n- beneficiario: {name}\n- IBAN: {iban}\n- concepto: Factura {num}"


def es_reminder(owner, sal, num, amt, due):
    name = OWNERS[owner][0]
    return (f"{sal}\n\nRevisando mis cuentas, veo que la factura n.º {num} de {amt}, vencida el {d_es(due)}, sigue pendiente "
            "de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\n"
            "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
            "transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos "
            f"aclararlo por esta misma vía.\n\n{es_pay(owner, num)}\n\nUn cordial saludo,\n{name}\n")


def es_late(owner, sal, num, amt, due, days, deadline):
    name = OWNERS[owner][0]
    return (f"{sal}\n\nLa factura n.º {num} de {amt} venció el {d_es(due)}, hace {days} días, y sigue pendiente de pago.\n\n"
            f"Ruego que el pago de {amt} se realice a más tardar el {d_es(deadline)}. Si ya está en curso, muchas gracias: "
            "basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con los "
            f"plazos, podemos buscar una solución por esta misma vía.\n\n{es_pay(owner, num)}\n\nUn cordial saludo,\n{name}\n")


def es_promise_fu(owner, sal, num, amt, promised):
    name = OWNERS[owner][0]
    return (f"{sal}\n\nSegún su último mensaje, el pago de la factura n.º {num} de {amt} se realizaría a más tardar el "
            f"{d_es(promised)}; gracias de nuevo por la información.\n\nA día de hoy el pago todavía no ha llegado. Si ya se "
            "ha realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos "
            f"días más, me sería útil saber para cuándo puedo contar con él.\n\n{es_pay(owner, num)}\n\nUn cordial saludo,\n{name}\n")


def en_pay(owner, num):
    name, _, iban = OWNERS[owner]
    bic = {"tom": "NWBKGB2L", "priya": "AIBKIE2D"}[owner]
    return (f"Payment details:\n- Account name: {name}\n- IBAN: {iban}\n- BIC (SWIFT): {bic}\n"
            f"- Payment reference: {num}")


def en_reminder(owner, sal, num, amt, due):
    name = OWNERS[owner][0]
    return (f"{sal}\n\nAccording to my records, invoice {num} for {amt}, due on {d_en(due)}, has not yet been paid. It may "
            "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
            "If you have already paid, thank you – please let me know the payment date so that I can update my records. "
            "If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
            f"{en_pay(owner, num)}\n\nKind regards,\n{name}\n")


def en_due(owner, sal, num, amt, due):
    name = OWNERS[owner][0]
    return (f"{sal}\n\nThis is a quick reminder that invoice {num} for {amt} was due for payment on {d_en(due)}. If it has "
            "not been paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
            "If you have already paid, thank you, and please disregard this reminder.\n\n"
            f"{en_pay(owner, num)}\n\nIf you have any questions, just reply to this email.\n\nKind regards,\n{name}\n")


def en_late(owner, sal, num, amt, due, days, deadline):
    name = OWNERS[owner][0]
    return (f"{sal}\n\nInvoice {num} for {amt}, due on {d_en(due)}, is now {days} days overdue.\n\n"
            f"Please arrange payment by {d_en(deadline)}. If payment is already on its way, thank you – please let me know "
            "the date it was made. If there is a problem with the invoice or with the timing, please reply to this email "
            f"and we can find a solution.\n\n{en_pay(owner, num)}\n\nKind regards,\n{name}\n")


# --------------------------------------------------------------------------------------------------
# Rendering the same words as a mail client would (plain text quoting, HTML flavours)
# --------------------------------------------------------------------------------------------------
def paras(text):
    return [p for p in re.split(r"\n\s*\n", text.strip("\n"))]


def h_lines(p):
    return "<br>\n".join(html.escape(ln, quote=False) for ln in p.split("\n"))


def html_gmail(fresh, attr=None, quoted=None):
    out = ['<div dir="ltr">']
    for p in paras(fresh):
        out.append(f"<div>{h_lines(p)}</div><div><br></div>")
    out.append("</div>")
    if attr:
        q = "".join(f"<div>{h_lines(p)}</div><div><br></div>" for p in paras(quoted))
        out.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(attr) +
                   '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                   'rgb(204,204,204);padding-left:1ex">' + q + "</blockquote></div>")
    return "<div dir=\"ltr\">" + "\n".join(out) + "</div>\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
span.StileMessaggioDiPostaElettronica17
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 2.0cm 2.0cm 2.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_outlook(fresh, lang, fields=None, quoted=None, cs="utf-8"):
    out = [OUTLOOK_HEAD.format(cs=cs, lang={"it": "IT", "es": "ES", "en": "EN-GB"}[lang])]
    for p in paras(fresh):
        for ln in p.split("\n"):
            out.append(f'<p class="MsoNormal">{html.escape(ln, quote=False)}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if fields:
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        out.append('<p class="MsoNormal">' +
                   "<br>\n".join(f"<b>{html.escape(k, quote=False)}:</b> {html.escape(v, quote=False)}" for k, v in fields) +
                   "<o:p></o:p></p></div>")
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for p in paras(quoted):
            out.append(f'<p class="MsoNormal">{h_lines(p)}<o:p></o:p></p>')
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def html_apple(fresh, attr=None, quoted=None):
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
    for p in paras(fresh):
        out.append(f"<div>{h_lines(p)}</div><div><br></div>")
    if attr:
        out.append('<div><br><blockquote type="cite"><div>' + html.escape(attr) + "</div><br>")
        out.append("".join(f"<div>{h_lines(p)}</div><br>" for p in paras(quoted)))
        out.append("</blockquote></div>")
    out.append("</body></html>\n")
    return "\n".join(out)


def html_plainish(fresh):
    """A web-mail or a service that sends only HTML, no quote."""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:Arial,sans-serif;"
            "font-size:14px\">\n" + "\n".join(f"<p>{h_lines(p)}</p>" for p in paras(fresh)) + "\n</body></html>\n")


def tiny_png():
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"\x00\xff\xff\xff\x00\x33\x99\xcc"  # two rows of one RGB pixel
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 2, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def tiny_pdf(title):
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Title (" + title.encode("latin-1") +
            b") >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


# --------------------------------------------------------------------------------------------------
# Message registry
# --------------------------------------------------------------------------------------------------
MESSAGES = []


def add(**m):
    MESSAGES.append(m)


def build(m):
    """Build an EmailMessage from a message definition."""
    if "raw" in m:
        return None
    lang = m["lang"]
    msg = EmailMessage()
    for k, v in m.get("pre_headers", []):
        msg[k] = v
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    domain = m["frm"].split("@")[-1].rstrip(">")
    seed = m["subject"] + m["date"].isoformat()
    if domain == "gmail.com":
        h = hashlib.sha256(seed.encode()).hexdigest()
        msg["Message-ID"] = f"<CA{h[:10].upper()}+{h[10:30]}-{h[30:44].upper()}@mail.gmail.com>"
    else:
        msg["Message-ID"] = m.get("msgid") or mid(seed, domain)
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = " ".join(m.get("refs") or [m["irt"]])
    for k, v in m.get("headers", []):
        msg[k] = v
    if m.get("hstyle") == "outlook" and not m.get("pre_headers"):
        import base64
        msg["Thread-Topic"] = re.sub(r"^\w+:\s*", "", m["subject"])
        msg["Thread-Index"] = base64.b64encode(hashlib.md5(m["subject"].encode()).digest() + b"\x01\xdb").decode()
        msg["X-MS-Has-Attach"] = "yes" if m.get("attach") else ""
    msg["MIME-Version"] = "1.0"

    fresh = m["fresh"]
    q = m.get("quote")  # dict(style=..., ...)
    # plain text version
    text = fresh.rstrip("\n") + "\n"
    if m.get("tail"):  # mobile footer, above the quoted thread
        text += m["tail"]
    if q:
        if q["style"] == "gmail":
            text += "\n" + q["attr"] + "\n\n" + gt(q["text"]) + "\n"
        elif q["style"] == "apple":
            text += "\n> " + q["attr"] + "\n>\n" + gt(q["text"]) + "\n"
        elif q["style"] == "outlook":
            sep = q.get("sep", "________________________________")
            text += "\n" + sep + "\n" + "\n".join(f"{k}: {v}" for k, v in q["fields"]) + "\n\n" + q["text"].rstrip("\n") + "\n"
        elif q["style"] == "none-below":  # mobile clients: whole thread pasted as-is
            text += "\n" + q["text"].rstrip("\n") + "\n"
    m["_plain"] = text

    fmt = m.get("fmt", "plain")
    cs = m.get("charset", "utf-8")
    cte = m.get("cte")
    hstyle = m.get("hstyle", "gmail")

    def make_html():
        if hstyle == "gmail":
            return html_gmail(fresh, q and q.get("attr"), q and q.get("text"))
        if hstyle == "outlook":
            return html_outlook(fresh, lang, q and q.get("fields"), q and q.get("text"), cs=cs)
        if hstyle == "apple":
            return html_apple(fresh, q and q.get("attr"), q and q.get("text"))
        return html_plainish(fresh)

    if fmt == "plain":
        msg.set_content(text, charset=cs, cte=cte)
    elif fmt == "alt":
        msg.set_content(text, charset=cs, cte=cte)
        msg.add_alternative(make_html(), subtype="html", charset=cs, cte=m.get("html_cte", cte))
    elif fmt == "html":
        msg.set_content(make_html(), subtype="html", charset=cs, cte=cte)
    else:
        raise ValueError(fmt)
    if fmt == "plain" and m.get("format_flowed"):
        msg.set_param("format", "flowed")
    for fname, ctype, data in m.get("attach", []):
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if m.get("hstyle") == "outlook" and not m.get("pre_headers"):
        msg["Content-Language"] = {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang]
    return msg


# ==================================================================================================
# ITALIAN (27)
# ==================================================================================================
G = "giulia"
MB = "marco"
GN, GA = OWNERS[G][0], OWNERS[G][1]
MN, MA = OWNERS[MB][0], OWNERS[MB][1]
GFROM = f"{GN} <{GA}>"
MFROM = f"{MN} <{MA}>"

# 1 -- promise, bare weekday "Venerdì"
t_rem = when("2026-11-09 08:30")
rid = mid("it1-rem", "ferrarisstudio.it")
add(n=1, lang="it", kind="client-reply-promise",
    frm="Davide Sala <davide.sala72@gmail.com>", to=GFROM,
    subject="Re: Sollecito fattura n. 2026/118", date=when("2026-11-10 09:14:22"), irt=rid,
    fresh="""Ciao Giulia,
hai ragione, mi era proprio passata di mente.
Venerdì faccio il bonifico, promesso.

Scusa ancora
Davide
""",
    quote=dict(style="gmail", attr=attr_gmail("it", t_rem, GN, GA),
               text=it_reminder(G, "Gentile Davide Sala,", "2026/118", "380,00 €", "2026-10-31")),
    labels=dict(promised_date="2026-11-13"), rule=("weekday", 4),
    note="'Venerdì' written on Tuesday 10 November is Friday 13 November; the 31 October in the quote is the old due date.")

# 2 -- promise, "di fine mese" via the client's accounting office
t_rem = when("2026-11-17 09:00")
rid = mid("it2-rem", "ferrarisstudio.it")
add(n=2, lang="it", kind="client-reply-promise",
    frm="Studio Contabile Pellegrini <amministrazione@studiopellegrini.it>", to=GFROM,
    cc="Rossi Arredamenti <info@rossiarredamenti.it>",
    subject="R: Sollecito fattura n. 2026/115", date=when("2026-11-19 15:42:10"), irt=rid,
    fresh="""Buongiorno Sig.ra Ferraris,

scrivo per conto della Rossi Arredamenti S.r.l., di cui il nostro studio cura l'amministrazione.

La Sua fattura n. 2026/115 di € 1.250,00 ci è stata girata dal cliente solo ieri: l'abbiamo registrata e inserita nella distinta dei pagamenti fornitori di fine mese.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Rag. Franca Pellegrini
Studio Contabile Pellegrini
Via Mazzini 14 – 37121 Verona
Tel. 045 800 1234

Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di darne comunicazione al mittente.
""",
    quote=dict(style="outlook", fields=outlook_fields("it", t_rem, GFROM, "info@rossiarredamenti.it",
                                                      "Sollecito fattura n. 2026/115"),
               text=it_reminder(G, "Spett.le Rossi Arredamenti S.r.l.,", "2026/115", "1.250,00 €", "2026-10-31")),
    fmt="alt", hstyle="outlook", charset="windows-1252", cte="quoted-printable", crlf=True,
    labels=dict(promised_date="2026-11-30", amount="1250.00", currency="EUR", reference="2026/115"), rule=("month_end",),
    note="An accountant writes for the client; 'distinta dei pagamenti fornitori di fine mese' is a promise for the month's last day, 30 November.")

# 3 -- promise, Tuscan "oggi a otto"
t_rem = when("2026-12-01 08:45")
rid = mid("it3-rem", "ferrarisstudio.it")
add(n=3, lang="it", kind="client-reply-promise",
    frm="Agriturismo Il Poggiolo <info@ilpoggiolo-montepulciano.it>", to=GFROM,
    subject="Re: Sollecito fattura n. 2026/124", date=when("2026-12-02 11:05:47"), irt=rid,
    fresh="""Buongiorno Giulia,

ho visto il suo sollecito e ha ragione lei. In questo periodo siamo un po' tirati con la cassa, tra la raccolta delle olive da pagare e le prenotazioni che sono calate.

Il bonifico glielo faccio oggi a otto, senza fallo.

Mi scusi davvero per il ritardo.

Gianni Bartolini
Agriturismo Il Poggiolo - Montepulciano (SI)
""",
    quote=dict(style="gmail", attr=attr_gmail("it", t_rem, GN, GA),
               text=it_reminder(G, "Spett.le Agriturismo Il Poggiolo,", "2026/124", "540,00 €", "2026-11-27")),
    labels=dict(promised_date="2026-12-09"), rule=("plus", 7),
    note="'Oggi a otto' (central/northern Italian) means a week from today: written Wednesday 2 December, so Wednesday 9 December.")

# 4 -- promise, "il ventidue" in words, typos, iPhone
t_rem = when("2026-12-11 10:00")
rid = mid("it4-rem", "marcobellandi.it")
add(n=4, lang="it", kind="client-reply-promise",
    frm="Sara Colombini <sara.colombini@icloud.com>", to=MFROM,
    subject="Re: Promemoria fattura n. 52/2026", date=when("2026-12-14 19:37:05"), irt=rid,
    pre_headers=[("X-Mailer", "iPhone Mail (21B101)")],
    fresh="""Ciao Marco scusa se ti rispondo solo ora, sono stata malissimo con l influenza. Il saldo delle foto te lo faccio il ventidue perche prima non mi arriva la tredicesima, spero non sia un problema!! Ancora grazie per il lavoro bellissimo 😍

Sara
""",
    tail="\nInviato da iPhone\n",
    quote=None,
    fmt="plain", cte="quoted-printable",
    labels=dict(promised_date="2026-12-22"), rule=("dom", 22),
    note="'Il ventidue' in words, no accents ('perche'); written 14 December, so 22 December. The freelancer's reminder is not quoted at all.")

# 5 -- promise, "oggi non riesco ... Giovedì", quoted deadline 15 January is not the new day
t_rem = when("2027-01-08 09:10")
rid = mid("it5-rem", "ferrarisstudio.it")
add(n=5, lang="it", kind="client-reply-promise",
    frm="Lorenzo Gatti <lorenzo@gattimpianti.it>", to=GFROM,
    subject="Re: Sollecito fattura n. 2026/129", date=when("2027-01-11 10:02:31"), irt=rid,
    fresh="""Buongiorno,

oggi non riesco, la banca ci ha bloccato l'home banking per il cambio del token.
Giovedì lo faccio di sicuro, comunque prima della vostra scadenza.

Saluti
Lorenzo Gatti
Gatti Impianti s.n.c.
""",
    quote=dict(style="gmail", attr=attr_gmail("it", t_rem, GN, GA),
               text=it_late(G, "Spett.le Gatti Impianti s.n.c.,", "2026/129", "1.120,00 €", "2026-12-15", 24, "2027-01-15")),
    fmt="alt", hstyle="gmail",
    labels=dict(promised_date="2027-01-14"), rule=("weekday", 3),
    note="'Not today but Thursday': Monday 11 January -> Thursday 14 January; the quoted deadline of 15 January is the freelancer's, not the client's day.")

# 6 -- promise, vague "dopo le feste"
t_rem = when("2026-12-17 09:00")
rid = mid("it6-rem", "ferrarisstudio.it")
add(n=6, lang="it", kind="client-reply-promise",
    frm="Elena Marchi <elena.marchi@libero.it>", to=GFROM,
    subject="Re: Promemoria fattura n. 2026/131", date=when("2026-12-18 17:20:09"), irt=rid,
    fresh="""Gentile Giulia,

la fattura la pago sicuramente, ma dopo le feste: a dicembre tra tredicesime e fornitori siamo proprio scoperti.
Spero capirà.

Buon Natale intanto!
Elena Marchi
B&B La Meridiana
""",
    quote=dict(style="gmail", attr=attr_gmail("it", t_rem, GN, GA),
               text=it_due(G, "Gentile Elena Marchi,", "2026/131", "260,00 €", "2026-12-15")),
    fmt="plain", cte="8bit",
    labels=dict(),
    note="A promise to pay 'dopo le feste' names no day: no promised_date.")

# 7 -- promise, vague "la settimana prossima" from a purchasing office
t_rem = when("2027-01-25 08:30")
rid = mid("it7-rem", "ferrarisstudio.it")
add(n=7, lang="it", kind="client-reply-promise",
    frm="Ufficio Acquisti Tecnoplast <acquisti@tecnoplast-spa.it>", to=GFROM,
    subject="R: Promemoria fattura n. 2027/004", date=when("2027-01-26 08:51:40"), irt=rid,
    fresh="""Buongiorno,

la fattura 2027/004 è stata approvata dal responsabile di reparto; il pagamento andrà in lavorazione la settimana prossima con il primo giro di bonifici utile.

Cordiali saluti

Monica Zanetti
Ufficio Acquisti
Tecnoplast S.p.A. – Via dell'Industria 8, 20871 Vimercate (MB)

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate (art. 616 c.p., Reg. UE 2016/679).
""",
    quote=dict(style="outlook", fields=outlook_fields("it", t_rem, GFROM, "acquisti@tecnoplast-spa.it",
                                                      "Promemoria fattura n. 2027/004"),
               text=it_due(G, "Spett.le Tecnoplast S.p.A.,", "2027/004", "2.080,00 €", "2027-01-22")),
    fmt="alt", hstyle="outlook", cte="quoted-printable", crlf=True,
    labels=dict(reference="2027/004"),
    note="'La settimana prossima' states no day, so no promised_date; the 22 January in the quote is the old due date.")

# 8 -- promise, "in giornata" written at 00:40 local time (still 4 March in UTC)
add(n=8, lang="it", kind="client-reply-promise",
    frm="Paolo Ricci <paolo@ricciarchitetto.it>", to=GFROM,
    subject="Re: Promemoria fattura n. 2027/017", date=when("2027-03-05 00:40:12"),
    irt=mid("it8-rem", "ferrarisstudio.it"),
    fresh="""Ciao Giulia,
scusa l'orario, sto facendo adesso i conti di febbraio (in ritardo come sempre).
Ho visto il tuo promemoria: il bonifico te lo faccio in giornata, appena sono in studio.
Ciao!
Paolo
""",
    quote=dict(style="gmail", attr=attr_gmail("it", when("2027-03-03 09:00"), GN, GA),
               text=it_due(G, "Gentile Paolo Ricci,", "2027/017", "610,00 €", "2027-02-28")),
    fmt="plain",
    labels=dict(promised_date="2027-03-05"), rule=("plus", 0),
    note="Sent at 00:40 +0100 on Friday 5 March (still 4 March in UTC): 'in giornata' is 5 March in the sender's time zone.")

# 9 -- paid, ordinary transfer arriving Monday, receipt attached
t_rem = when("2026-11-24 08:30")
rid = mid("it9-rem", "ferrarisstudio.it")
add(n=9, lang="it", kind="client-reply-paid",
    frm="Francesca Leone <francesca@leoneceramiche.it>", to=GFROM,
    subject="Re: Sollecito fattura n. 2026/121", date=when("2026-11-26 16:30:55"), irt=rid,
    fresh="""Buonasera Giulia,

ho disposto oggi il bonifico di 480,00 € per la fattura 2026/121, ti allego la contabile.
Essendo un bonifico ordinario ti arriverà probabilmente lunedì.

Buona serata,
Francesca

--
Leone Ceramiche srl
Via delle Fornaci 3 - Faenza (RA)
""",
    quote=dict(style="gmail", attr=attr_gmail("it", t_rem, GN, GA),
               text=it_reminder(G, "Spett.le Leone Ceramiche srl,", "2026/121", "480,00 €", "2026-11-20")),
    fmt="alt", hstyle="gmail",
    attach=[("contabile_bonifico_26112026.pdf", "application/pdf", tiny_pdf("Contabile bonifico"))],
    labels=dict(amount="480.00", currency="EUR", reference="2026/121"),
    note="Transfer made today with receipt attached: paid. 'Lunedì' is when it should arrive, not a promise.")

# 10 -- paid yesterday, plus a question (PDF copy)
t_rem = when("2026-12-07 09:00")
rid = mid("it10-rem", "marcobellandi.it")
add(n=10, lang="it", kind="client-reply-paid",
    frm="Hotel Belvedere Amministrazione <amministrazione@hotelbelvedere-stresa.it>", to=MFROM,
    subject="R: Promemoria fattura n. 47/2026", date=when("2026-12-10 12:15:03"), irt=rid,
    fresh="""Buongiorno Marco,

la fattura 47/2026 è stata pagata ieri con bonifico.

Ci può mandare anche la copia di cortesia in PDF? Il nostro commercialista la vuole per la chiusura dell'anno.

Grazie,
Chiara Mauri – Amministrazione
Hotel Belvedere ****
Lungolago 21, Stresa (VB)
""",
    quote=dict(style="outlook", fields=outlook_fields("it", t_rem, MFROM, "amministrazione@hotelbelvedere-stresa.it",
                                                      "Promemoria fattura n. 47/2026"),
               text=it_due(MB, "Spett.le Hotel Belvedere,", "47/2026", "1.400,00 €", "2026-12-05")),
    fmt="alt", hstyle="outlook", charset="windows-1252", cte="quoted-printable",
    labels=dict(reference="47/2026"),
    note="Paid 'ieri' and asks for a PDF copy: paid wins over the question.")

# 11 -- scheduled transfer with execution date 15/01: a promise, screenshot attached
t_rem = when("2027-01-07 09:00")
rid = mid("it11-rem", "ferrarisstudio.it")
add(n=11, lang="it", kind="client-reply-promise",
    frm="Alessandro Ferri <a.ferri@ferrilegno.it>", to=GFROM,
    subject="Re: Promemoria fattura n. 2026/136", date=when("2027-01-08 18:03:44"), irt=rid,
    fresh="""Giulia buonasera,

ti confermo che ho già inserito il bonifico in banca come pagamento programmato, con data di esecuzione 15/01/2027, importo 915,00 euro. Ti allego lo screenshot.

Buon weekend
Alessandro
""",
    quote=dict(style="gmail", attr=attr_gmail("it", t_rem, GN, GA),
               text=it_due(G, "Spett.le Ferri Legno,", "2026/136", "915,00 €", "2027-01-05")),
    fmt="alt", hstyle="gmail",
    attach=[("Screenshot_20270108-180112.png", "image/png", tiny_png())],
    labels=dict(promised_date="2027-01-15", amount="915.00", currency="EUR"),
    note="A transfer scheduled for 15 January has not gone out yet: a promise for that day, not a payment.")

# 12 -- paid one invoice, promises the other "entro il 20"
t_rem = when("2027-01-11 08:30")
rid = mid("it12-rem", "ferrarisstudio.it")
add(n=12, lang="it", kind="client-reply-promise",
    frm="Roberta Villa <roberta@villaeventi.it>", to=GFROM,
    subject="Re: Fatture in sospeso", date=when("2027-01-13 09:40:18"), irt=rid,
    fresh="""Buongiorno Giulia,

la 2026/130 l'ho pagata stamattina (bonifico istantaneo, dovresti già vederla).
Per la 2026/134 dammi ancora qualche giorno: entro il 20 la saldo.

Grazie per la pazienza!
Roberta
""",
    quote=dict(style="gmail", attr=attr_gmail("it", t_rem, GN, GA),
               text=it_statement(G, "Spett.le Villa Eventi,",
                                 [("2026/130", "2026-11-16", "2026-12-16", 26, "720,00 €"),
                                  ("2026/134", "2026-12-01", "2026-12-31", 11, "1.180,00 €")],
                                 "1.900,00 €", "2027-01-18")),
    fmt="plain", cte="quoted-printable",
    labels=dict(promised_date="2027-01-20"), rule=("dom", 20),
    note="One invoice paid, the other promised 'entro il 20': a promise for 20 January. Two invoices, so no reference; the quoted deadline of the 18th is the freelancer's.")

# 13 -- formal "entro e non oltre il 3 febbraio p.v."
t_rem = when("2027-01-25 09:00")
rid = mid("it13-rem", "ferrarisstudio.it")
add(n=13, lang="it", kind="client-reply-promise",
    frm="Fondazione Musica Insieme - Amministrazione <amministrazione@fondazionemusicainsieme.org>", to=GFROM,
    subject="Rif: Sollecito fattura n. 2026/141", date=when("2027-01-27 14:22:00"), irt=rid,
    fresh="""Gentile dott.ssa Ferraris,

in riscontro al Suo sollecito del 25 gennaio u.s., si comunica che il mandato di pagamento relativo alla fattura n. 2026/141 di € 2.440,00 è stato sottoscritto e sarà eseguito dal nostro istituto tesoriere entro e non oltre il 3 febbraio p.v.

Distinti saluti

Ufficio Amministrazione
Fondazione Musica Insieme
Piazza Galvani 4 – 40124 Bologna
""",
    quote=dict(style="outlook", sep="-----Messaggio originale-----",
               fields=outlook_fields("it", t_rem, GFROM, "amministrazione@fondazionemusicainsieme.org",
                                     "Sollecito fattura n. 2026/141"),
               text=it_reminder(G, "Spett.le Fondazione Musica Insieme,", "2026/141", "2.440,00 €", "2027-01-15")),
    fmt="alt", hstyle="outlook", charset="windows-1252", cte="quoted-printable", crlf=True,
    labels=dict(promised_date="2027-02-03", amount="2440.00", currency="EUR", reference="2026/141"),
    note="'Entro e non oltre il 3 febbraio p.v.' is the day; the 25 January in the same sentence is the date of the reminder.")

# 14 -- the old promised day (10 December) in the quote, the new one is the 18th
t_old = when("2026-12-02 18:20")
t_rem = when("2026-12-11 08:00")
old = ("Ciao Giulia, hai ragione. Te la pago entro il 10, ok?\nStefano\n\n" +
       attr_gmail("it", when("2026-12-01 08:30"), GN, GA) + "\n\n" +
       gt(it_reminder(G, "Gentile Stefano Orlando,", "2026/126", "690,00 €", "2026-11-30")))
add(n=14, lang="it", kind="client-reply-promise",
    frm="Stefano Orlando <stefano@orlandoweb.it>", to=GFROM,
    subject="Re: Promemoria fattura n. 2026/126", date=when("2026-12-11 10:30:26"),
    irt=mid("it14-fu", "ferrarisstudio.it"),
    refs=[mid("it14-rem", "ferrarisstudio.it"), mid("it14-old", "orlandoweb.it"), mid("it14-fu", "ferrarisstudio.it")],
    fresh="""Ciao Giulia,
hai ragione, scusami. Ci è slittato un incasso grosso e ho dovuto rimandare tutto.
Te lo faccio venerdì prossimo, il 18, stavolta è sicuro.
Stefano
""",
    quote=dict(style="gmail", attr=attr_gmail("it", t_rem, GN, GA),
               text=it_promise_fu(G, "Gentile Stefano Orlando,", "2026/126", "690,00 €", "2026-12-10") +
               "\n" + attr_gmail("it", t_old, "Stefano Orlando", "stefano@orlandoweb.it") + "\n\n" + gt(old)),
    fmt="plain",
    labels=dict(promised_date="2026-12-18"), rule=("dom", 18),
    note="The thread below holds the earlier promise 'entro il 10'; the new day is 'venerdì prossimo, il 18' (written Friday 11 December).")

# 15 -- Roman dialect, "er 27" when the salary comes in
t_rem = when("2027-01-18 09:00")
rid = mid("it15-rem", "marcobellandi.it")
add(n=15, lang="it", kind="client-reply-promise",
    frm="Claudio De Santis <claudiodesantis@hotmail.it>", to=MFROM,
    subject="R: Promemoria fattura n. 3/2027", date=when("2027-01-18 21:10:37"), irt=rid,
    fresh="""Ao Marco,
tranquillo che nun me so scordato. Sto a aspettà lo stipendio che me entra er 27, e lo stesso giorno te faccio er bonifico pe le foto der gruppo.
Nun te preoccupà!
Claudio
""",
    quote=dict(style="outlook", sep="________________________________",
               fields=[("Da", MFROM), ("Inviato", "lunedì 18 gennaio 2027 09:00"), ("A", "claudiodesantis@hotmail.it"),
                       ("Oggetto", "Promemoria fattura n. 3/2027")],
               text=it_due(MB, "Gentile Claudio De Santis,", "3/2027", "250,00 €", "2027-01-15")),
    fmt="html", hstyle="outlook",
    labels=dict(promised_date="2027-01-27"), rule=("dom", 27),
    note="Roman dialect: 'er 27' is 27 January, the day the salary comes in; HTML-only message from Outlook.com.")

# 16 -- paid now, arrives Thursday because of the new bank
t_rem = when("2027-02-15 08:30")
rid = mid("it16-rem", "ferrarisstudio.it")
add(n=16, lang="it", kind="client-reply-paid",
    frm="Luca Benedetti <luca.benedetti@benedettiefigli.it>", to=GFROM,
    subject="Re: Promemoria fattura n. 2027/009", date=when("2027-02-15 17:45:19"), irt=rid,
    fresh="""Buonasera,

bonifico fatto adesso per la fattura 2027/009.
Abbiamo cambiato banca e con la nuova i bonifici ordinari ci mettono un paio di giorni, quindi dovrebbe arrivarle giovedì.

Saluti
Luca Benedetti
Benedetti & Figli
""",
    quote=dict(style="gmail", attr=attr_gmail("it", t_rem, GN, GA),
               text=it_due(G, "Spett.le Benedetti & Figli,", "2027/009", "830,00 €", "2027-02-12")),
    fmt="plain", charset="iso-8859-15", cte="quoted-printable",
    labels=dict(reference="2027/009"),
    note="Transfer made today; 'giovedì' is the expected arrival, not a promise to pay.")

# 17 -- paid this morning (instant), asks about a meeting by mid-month
add(n=17, lang="it", kind="client-reply-paid",
    frm="Marta Greco <marta.greco@gmail.com>", to=GFROM,
    subject="Re: Promemoria fattura n. 2027/014", date=when("2027-03-01 09:05:52"),
    irt=mid("it17-rem", "ferrarisstudio.it"),
    fresh="""Buongiorno Giulia,
pagata stamattina con l'istantaneo, 350 euro tondi.

Volevo chiederti: per il nuovo logo riusciamo a vederci entro metà mese? Io sono libera quasi tutti i pomeriggi.

Grazie!
Marta
""",
    quote=dict(style="gmail", attr=attr_gmail("it", when("2027-02-26 09:00"), GN, GA),
               text=it_due(G, "Gentile Marta Greco,", "2027/014", "350,00 €", "2027-02-25")),
    fmt="alt", hstyle="gmail",
    labels=dict(amount="350.00", currency="EUR"),
    note="Paid by instant transfer; 'entro metà mese' is about a meeting, not money.")

# 18 -- paid on 29 January, crossed with the reminder
t_rem = when("2027-02-02 08:30")
rid = mid("it18-rem", "ferrarisstudio.it")
add(n=18, lang="it", kind="client-reply-paid",
    frm="Giorgio Fumagalli <g.fumagalli@fumagallisrl.it>", to=GFROM,
    subject="R: Promemoria fattura n. 2027/002", date=when("2027-02-03 11:20:40"), irt=rid,
    fresh="""Buongiorno,

Le confermo che abbiamo pagato il 29 gennaio, bonifico di € 1.098,00 con causale "FT 2027/002".
Probabilmente si è incrociato con il Suo promemoria.

Cordiali saluti
Giorgio Fumagalli
Fumagalli S.r.l.
""",
    quote=dict(style="outlook", fields=outlook_fields("it", t_rem, GFROM, "g.fumagalli@fumagallisrl.it",
                                                      "Promemoria fattura n. 2027/002"),
               text=it_due(G, "Spett.le Fumagalli S.r.l.,", "2027/002", "1.098,00 €", "2027-01-31")),
    fmt="alt", hstyle="outlook", cte="quoted-printable",
    labels=dict(amount="1098.00", currency="EUR", reference="2027/002"),
    note="Paid on a past day (29 January); the quoted due date 31 January is not a new date.")

# 19 -- paid today with value date 04/01/2027, HTML only from an accounts office, receipt attached
add(n=19, lang="it", kind="client-reply-paid",
    frm="Amministrazione Cantine Zeni <amministrazione@cantinezeni.it>", to=GFROM,
    subject="RE: Sollecito fattura n. 2026/139", date=when("2026-12-30 12:48:02"),
    irt=mid("it19-rem", "ferrarisstudio.it"),
    fresh="""Spett.le Studio Ferraris,

con la presente Vi informiamo che in data odierna abbiamo disposto il bonifico a saldo della Vs. fattura n. 2026/139 del 30/11/2026, per un importo di € 1.830,00, con data valuta 04/01/2027.

In allegato la contabile bancaria.

Distinti saluti

Ufficio Amministrazione
Cantine Zeni S.p.A.
""",
    quote=None,
    fmt="html", hstyle="outlook", charset="windows-1252", cte="quoted-printable", crlf=True,
    attach=[("Contabile_Zeni_301226.pdf", "application/pdf", tiny_pdf("Contabile"))],
    labels=dict(amount="1830.00", currency="EUR", reference="2026/139"),
    note="Transfer ordered today; the value date 04/01/2027 is when it lands, not a promise. 30/11/2026 is the invoice date.")

# 20 -- auto-reply, return day in words
add(n=20, lang="it", kind="auto-reply",
    frm="Valentina Costa <v.costa@agenziacosta.it>", to=GFROM,
    subject="Risposta automatica: Sollecito fattura n. 2026/137", date=when("2026-12-23 09:00:14"),
    irt=mid("it20-rem", "ferrarisstudio.it"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    fresh="""Grazie per il Suo messaggio.

Sono fuori ufficio per le festività e rientrerò giovedì sette gennaio. Per urgenze amministrative può scrivere a amministrazione@agenziacosta.it.

Valentina Costa
Agenzia Costa Comunicazione
""",
    fmt="alt", hstyle="outlook",
    labels=dict(return_date="2027-01-07"),
    note="Out-of-office with the return day in words: 'giovedì sette gennaio' = 7 January 2027.")

# 21 -- auto-reply, studio closed "dal 24 dicembre al 6 gennaio compreso"
add(n=21, lang="it", kind="auto-reply",
    frm="Studio Tecnico Marini <segreteria@studiomarini.it>", to=GFROM,
    subject="Chiusura per festività", date=when("2026-12-24 08:15:51"),
    irt=mid("it21-rem", "ferrarisstudio.it"),
    headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
    fresh="""Gentile mittente,

lo studio resterà chiuso per le festività dal 24 dicembre al 6 gennaio compreso. Le email ricevute in questo periodo saranno lette alla riapertura.

Buone feste!
Studio Tecnico Marini
""",
    fmt="plain",
    labels=dict(return_date="2027-01-06"),
    note="Closure 'al 6 gennaio compreso': the day named for the end of the absence is 6 January 2027 (the 24 December is its start).")

# 22 -- auto-reply, mailbox no longer in use "dal 1° febbraio"
add(n=22, lang="it", kind="auto-reply",
    frm="Grafiche Lamberti <info@grafichelamberti.it>", to=GFROM,
    subject="Indirizzo non più attivo", date=when("2027-02-09 10:12:33"),
    irt=mid("it22-rem", "ferrarisstudio.it"),
    headers=[("Auto-Submitted", "auto-generated")],
    fresh="""Gentile mittente,

dal 1° febbraio 2027 questo indirizzo non è più presidiato. Per comunicazioni amministrative scrivere a amministrazione@lamberti-group.it, per il commerciale a vendite@lamberti-group.it.

Messaggio generato automaticamente, si prega di non rispondere.
""",
    fmt="plain", charset="iso-8859-1", cte="quoted-printable",
    labels=dict(),
    note="A dead-mailbox notice: 1 February is when the address stopped being read, not a return day, so no return_date.")

# 23 -- bank notice of an incoming transfer (the one promised in message 9)
add(n=23, lang="it", kind="payment-notification",
    frm="Banca Adriatica Digitale <notifiche@bancaadriatica-digitale.it>", to=GFROM,
    subject="Accredito bonifico sul tuo conto", date=when("2026-11-30 07:02:00"),
    headers=[("X-Mailer", "BAD-Notify 4.2")],
    fresh="""Gentile Cliente,

ti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico SEPA.

Ordinante: LEONE CERAMICHE SRL
Importo: 480,00 EUR
Data contabile: 30/11/2026
Data valuta: 30/11/2026
Causale: SALDO FATTURA N. 2026/121 DEL 02/11/2026

Puoi consultare il dettaglio del movimento nella tua area riservata.

Questa è una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo.
Banca Adriatica Digitale S.p.A.
""",
    fmt="alt", hstyle="plainish",
    labels=dict(amount="480.00", currency="EUR", reference="2026/121"),
    note="Bank credit notice; the causale names invoice 2026/121. 02/11/2026 is the invoice date.")

# 24 -- other: the freelancer's own scheduled outgoing transfer was executed
add(n=24, lang="it", kind="other",
    frm="Banca Adriatica Digitale <notifiche@bancaadriatica-digitale.it>", to=GFROM,
    subject="Bonifico programmato eseguito", date=when("2027-02-16 06:30:00"),
    fresh="""Gentile Cliente,

il bonifico programmato per il 16/02/2027 è stato eseguito.

Beneficiario: STUDIO COMMERCIALISTA BIANCHI
Importo: 610,00 EUR
Causale: Parcella n. 12/2027

L'importo è stato addebitato sul conto ****3456.

Banca Adriatica Digitale S.p.A.
""",
    fmt="plain",
    labels=dict(),
    note="An outgoing transfer the freelancer scheduled: money going out, not coming in, so other.")

# 25 -- other: e-invoicing service says the invoice was delivered through SdI
add(n=25, lang="it", kind="other",
    frm="FatturaSemplice <notifiche@fatturasemplice.it>", to=GFROM,
    subject="Esito SdI: fattura 2027/011 consegnata", date=when("2027-02-12 14:03:27"),
    fresh="""Ciao Giulia,

la fattura elettronica n. 2027/011 intestata a OFFICINE RAVASI SRL è stata consegnata al destinatario dal Sistema di Interscambio il 12/02/2027 (ricevuta di consegna RC n. 9876543210).

Data di scadenza indicata in fattura: 14/03/2027.

Puoi scaricare la ricevuta dalla sezione Documenti.

Il team di FatturaSemplice
""",
    fmt="alt", hstyle="plainish",
    labels=dict(),
    note="SdI delivery receipt from an e-invoicing service: other; the due date it mentions is not a promise.")

# 26 -- client-reply-other: will say on Monday WHEN they can pay
t_rem = when("2026-11-12 09:00")
rid = mid("it26-rem", "ferrarisstudio.it")
add(n=26, lang="it", kind="client-reply-other",
    frm="Nicola Fabbri <nicola@fabbridigital.it>", to=GFROM,
    subject="Re: Promemoria fattura n. 2026/119", date=when("2026-11-12 16:10:03"), irt=rid,
    fresh="""Ciao Giulia, ricevuto.
La nostra amministrativa è in ferie fino a venerdì; lunedì le chiedo a che punto è e ti faccio sapere quando riusciamo a pagarla.
Nicola
""",
    quote=dict(style="gmail", attr=attr_gmail("it", t_rem, GN, GA),
               text=it_due(G, "Spett.le Fabbri Digital,", "2026/119", "700,00 €", "2026-11-10")),
    fmt="plain",
    labels=dict(),
    note="Monday is when he will say WHEN they pay, not a promise to pay: client-reply-other.")

# 27 -- dispute: withholds payment until final files arrive ("il 15" is the delivery)
t_rem = when("2027-01-05 09:00")
rid = mid("it27-rem", "ferrarisstudio.it")
add(n=27, lang="it", kind="client-reply-dispute",
    frm="Irene Colombo <irene@colombotessuti.it>", to=GFROM,
    subject="Re: Sollecito fattura n. 2026/140", date=when("2027-01-07 12:30:48"), irt=rid,
    fresh="""Buongiorno Giulia,

mi spiace ma la fattura 2026/140 non la paghiamo finché non riceviamo i file definitivi del catalogo, che ci avevi promesso per Natale e che ancora non abbiamo.
Quando arrivano (ci dicevi il 15?) procediamo con il pagamento.

Irene Colombo
Colombo Tessuti
""",
    quote=dict(style="gmail", attr=attr_gmail("it", t_rem, GN, GA),
               text=it_reminder(G, "Spett.le Colombo Tessuti,", "2026/140", "1.560,00 €", "2026-12-31")),
    fmt="alt", hstyle="gmail",
    labels=dict(reference="2026/140"),
    note="Withholds payment until the work is delivered: dispute. 'Il 15' is the delivery the freelancer announced, not a payment day.")


# ==================================================================================================
# SPANISH (27)
# ==================================================================================================
L = "lucia"
AQ = "andres"
LN, LA = OWNERS[L][0], OWNERS[L][1]
AN, AA = OWNERS[AQ][0], OWNERS[AQ][1]
LFROM = f"{LN} <{LA}>"
AFROM = f"{AN} <{AA}>"
MX = tz(-6)
AR = tz(-3)

# 28 -- promise, "el jueves"
t_rem = when("2026-11-06 09:00")
add(n=28, lang="es", kind="client-reply-promise",
    frm="Jordi Puig <jordi@puigarquitectes.cat>", to=LFROM,
    subject="Re: Recordatorio: factura n.º F-2026-083", date=when("2026-11-09 10:20:15"),
    irt=mid("es28-rem", "navarrotraducciones.es"),
    fresh="""Hola Lucía,

perdona, se me pasó por completo con el cierre del proyecto de Girona. Te hago la transferencia el jueves, que es cuando tengo acceso a la cuenta de la empresa.

Un saludo,
Jordi
""",
    quote=dict(style="gmail", attr=attr_gmail("es", t_rem, LN, LA),
               text=es_reminder(L, "Buenos días, Jordi Puig:", "F-2026-083", "484,00 €", "2026-11-05")),
    fmt="plain", cte="8bit",
    labels=dict(promised_date="2026-11-12"), rule=("weekday", 3),
    note="'El jueves' written on Monday 9 November is Thursday 12 November.")

# 29 -- promise, "a mediados de diciembre"
t_rem = when("2026-11-23 09:00")
add(n=29, lang="es", kind="client-reply-promise",
    frm="Editorial Alcaraz - Administración <administracion@editorialalcaraz.es>", to=LFROM,
    subject="RE: Recordatorio: factura n.º F-2026-091", date=when("2026-11-24 13:10:02"),
    irt=mid("es29-rem", "navarrotraducciones.es"),
    fresh="""Buenos días, Lucía:

Le confirmamos que la factura F-2026-091 está aprobada. Por nuestro calendario de pagos, la abonaremos a mediados de diciembre.

Un saludo,

Pilar Ortega
Dpto. de Administración
Editorial Alcaraz, S.A.
C/ Doctor Fourquet 12, 28012 Madrid

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su borrado.
""",
    quote=dict(style="outlook", fields=outlook_fields("es", t_rem, LFROM, "administracion@editorialalcaraz.es",
                                                      "Recordatorio: factura n.º F-2026-091"),
               text=es_reminder(L, "Estimados señores:", "F-2026-091", "1.331,00 €", "2026-11-20")),
    fmt="alt", hstyle="outlook", cte="quoted-printable", crlf=True,
    labels=dict(promised_date="2026-12-15", reference="F-2026-091"),
    note="'A mediados de diciembre' read as the 15th, the middle of the month; a reader could also leave the day out as approximate.")

# 30 -- promise, Andalusian "pasado mañana"
t_rem = when("2026-12-02 08:30")
add(n=30, lang="es", kind="client-reply-promise",
    frm="Manolo Ruiz <manoloruiz.fotografia@gmail.com>", to=AFROM,
    subject="Re: Recordatorio: factura n.º 2026-051", date=when("2026-12-02 18:40:33"),
    irt=mid("es30-rem", "andresquintana.dev"),
    fresh="""Ey Andrés, qué tal

Perdona el retraso quillo, estoy liadísimo con las bodas de diciembre. Pasado mañana te lo pago sin falta, que mañana me entra un cobro.

Un abrazo!
Manolo
""",
    quote=dict(style="gmail", attr=attr_gmail("es", t_rem, AN, AA),
               text=es_reminder(AQ, "Buenos días, Manolo Ruiz:", "2026-051", "900,00 €", "2026-11-30")),
    fmt="alt", cte="base64", hstyle="gmail",
    labels=dict(promised_date="2026-12-04"), rule=("plus", 2),
    note="'Pasado mañana' on Wednesday 2 December is Friday 4 December; 'mañana' is when his own money comes in.")

# 31 -- promise, Argentine voseo, "a fin de mes"
t_rem = when("2027-01-11 08:00")
add(n=31, lang="es", kind="client-reply-promise",
    frm="Martina Sosa <martina@estudiososa.com.ar>", to=LFROM,
    subject="Re: Recordatorio: factura n.º F-2026-110", date=when("2027-01-11 15:30:41", AR),
    irt=mid("es31-rem", "navarrotraducciones.es"),
    fresh="""Hola Lucía!

Qué vergüenza, tenés razón, con las fiestas se me pasó. Te lo transfiero a fin de mes, que es cuando cobramos de los clientes de afuera. Si necesitás que te adelante una parte avisame y vemos.

Besos,
Martina

--
Estudio Sosa & Asociados
Buenos Aires
""",
    quote=dict(style="gmail", attr=attr_gmail("es", when("2027-01-11 12:00", AR), LN, LA),
               text=es_reminder(L, "Buenos días, Martina Sosa:", "F-2026-110", "450,00 €", "2026-12-31")),
    fmt="plain", cte="quoted-printable",
    labels=dict(promised_date="2027-01-31"), rule=("month_end",),
    note="Argentine Spanish (voseo); 'a fin de mes' written 11 January is 31 January. The quoted due date 31 December is the old one.")

# 32 -- promise, Mexican "la semana que entra" (no day)
t_rem = when("2027-01-14 09:00")
add(n=32, lang="es", kind="client-reply-promise",
    frm="Rodrigo Téllez <rtellez@grupotellez.mx>", to=AFROM,
    subject="RE: Recordatorio: factura n.º 2026-056", date=when("2027-01-14 12:05:19", MX),
    irt=mid("es32-rem", "andresquintana.dev"),
    fresh="""Qué onda Andrés,

sí ya la vi. Ahorita no hay flujo, pero te la pago la semana que entra, no te apures.

Saludos
Rodrigo Téllez
Grupo Téllez | Guadalajara, Jal.
""",
    quote=dict(style="outlook", fields=outlook_fields("es", when("2027-01-14 02:00", MX), AFROM, "rtellez@grupotellez.mx",
                                                      "Recordatorio: factura n.º 2026-056"),
               text=es_reminder(AQ, "Estimado Sr. Téllez:", "2026-056", "2.400,00 US$", "2026-12-31")),
    fmt="alt", hstyle="outlook",
    labels=dict(),
    note="Mexican 'la semana que entra' is next week with no day, and 'ahorita' is vague: a promise without promised_date.")

# 33 -- promise, "el día quince de este mes" from the client's advisers
t_rem = when("2027-02-02 09:00")
add(n=33, lang="es", kind="client-reply-promise",
    frm="Asesoría Beltrán <asesoria@beltranasesores.es>", to=AFROM,
    subject="RE: Recordatorio: factura n.º 2027-007", date=when("2027-02-04 09:30:27"),
    irt=mid("es33-rem", "andresquintana.dev"),
    fresh="""Buenos días:

Le escribimos en nombre de nuestro cliente Panadería Hermanos Gil, S.L.

La factura 2027-007 por importe de 423,50 euros se abonará el día quince de este mes, junto con el resto de proveedores.

Atentamente,

Carmen Beltrán
Asesoría Beltrán – Laboral, fiscal y contable
Av. de Aragón 33, 46021 Valencia
""",
    quote=dict(style="outlook", sep="-----Mensaje original-----",
               fields=outlook_fields("es", t_rem, AFROM, "info@panaderiahermanosgil.es",
                                     "Recordatorio: factura n.º 2027-007"),
               text=es_reminder(AQ, "Estimados señores:", "2027-007", "423,50 €", "2027-01-31")),
    fmt="plain", charset="windows-1252", cte="quoted-printable",
    labels=dict(promised_date="2027-02-15", amount="423.50", currency="EUR", reference="2027-007"), rule=("dom", 15),
    note="An adviser writes for the client; 'el día quince de este mes' in words is 15 February.")

# 34 -- promise, all lower case, "el miercoles" without accent
t_rem = when("2027-03-05 09:00")
add(n=34, lang="es", kind="client-reply-promise",
    frm="Toni Ferrer <toniferrer@hotmail.es>", to=LFROM,
    subject="RE: Recordatorio: factura n.º F-2027-021", date=when("2027-03-08 08:55:04"),
    irt=mid("es34-rem", "navarrotraducciones.es"),
    fresh="""buenas lucia

lo siento mucho se me fue totalmente. el miercoles te lo ingreso sin falta que lunes y martes estoy fuera en una feria

perdona de verdad
toni
""",
    quote=dict(style="outlook", sep="________________________________",
               fields=[("De", LFROM), ("Enviado", "viernes, 5 de marzo de 2027 9:00"), ("Para", "toniferrer@hotmail.es"),
                       ("Asunto", "Recordatorio: factura n.º F-2027-021")],
               text=es_reminder(L, "Buenos días, Toni Ferrer:", "F-2027-021", "180,00 €", "2027-03-01")),
    fmt="html", hstyle="outlook",
    labels=dict(promised_date="2027-03-10"), rule=("weekday", 2),
    note="'El miercoles' (no accent) written on Monday 8 March is Wednesday 10 March.")

# 35 -- promise, vague "después de las fiestas"
t_rem = when("2026-12-21 08:30")
add(n=35, lang="es", kind="client-reply-promise",
    frm="Ana Lozano <ana.lozano@lozanoyasociados.es>", to=LFROM,
    subject="Re: Recordatorio: factura n.º F-2026-108", date=when("2026-12-21 11:45:36"),
    irt=mid("es35-rem", "navarrotraducciones.es"),
    fresh="""Hola Lucía:

Te pido un poco de paciencia: la oficina cierra ya por Navidad y la gestoría no vuelve hasta después de las fiestas. En cuanto volvamos lo pagamos, de verdad.

¡Felices fiestas!
Ana
""",
    quote=dict(style="gmail", attr=attr_gmail("es", t_rem, LN, LA),
               text=es_reminder(L, "Buenos días, Ana Lozano:", "F-2026-108", "605,00 €", "2026-12-15")),
    fmt="alt", hstyle="gmail",
    labels=dict(),
    note="'Después de las fiestas' names no day: a promise without promised_date.")

# 36 -- scheduled transfer, execution 28/01/2027: promise, screenshot attached
t_rem = when("2027-01-18 09:00")
add(n=36, lang="es", kind="client-reply-promise",
    frm="Iñaki Irurtia <administracion@bodegasirurtia.com>", to=LFROM,
    subject="RE: Recordatorio: factura n.º F-2026-118", date=when("2027-01-19 17:25:12"),
    irt=mid("es36-rem", "navarrotraducciones.es"),
    fresh="""Hola Lucía,

Te confirmo que la transferencia de la factura F-2026-118 (1.089,00 €) ha quedado programada en el banco con fecha de ejecución 28/01/2027, que es nuestro día de pago a proveedores. Te adjunto captura.

Un saludo,
Iñaki Irurtia
Bodegas Irurtia – Administración
Laguardia (Álava)
""",
    quote=dict(style="outlook", fields=outlook_fields("es", t_rem, LFROM, "administracion@bodegasirurtia.com",
                                                      "Recordatorio: factura n.º F-2026-118"),
               text=es_reminder(L, "Estimados señores:", "F-2026-118", "1.089,00 €", "2027-01-15")),
    fmt="alt", hstyle="outlook", cte="quoted-printable",
    attach=[("captura_transferencia.png", "image/png", tiny_png())],
    labels=dict(promised_date="2027-01-28", amount="1089.00", currency="EUR", reference="F-2026-118"),
    note="A transfer scheduled for 28 January is not made yet: promise for that day (the attachment is a screenshot of the order, not a receipt).")

# 37 -- promise, "entre hoy y mañana"
t_rem = when("2027-02-09 08:30")
add(n=37, lang="es", kind="client-reply-promise",
    frm="Carlos Méndez <carlos@mendezreformas.es>", to=AFROM,
    subject="Re: Recordatorio: factura n.º 2027-005", date=when("2027-02-09 13:50:58"),
    irt=mid("es37-rem", "andresquintana.dev"),
    fresh="""Buenas Andrés,

entre hoy y mañana te hago la transferencia de la factura, perdona el lío con las obras.

Carlos
""",
    quote=dict(style="gmail", attr=attr_gmail("es", t_rem, AN, AA),
               text=es_reminder(AQ, "Buenos días, Carlos Méndez:", "2027-005", "1.210,00 €", "2027-02-05")),
    fmt="plain",
    labels=dict(promised_date="2027-02-10"), rule=("plus", 1),
    note="'Entre hoy y mañana' on Tuesday 9 February: the latest day is Wednesday 10 February.")

# 38 -- the old promise (before the 5th) in the thread; the new day is Tuesday the 16th
t_old = when("2027-01-29 12:14")
old_es = ("Hola Lucía, disculpa. Lo pagamos antes del día 5 sin falta.\nRaquel\n\n________________________________\n" +
          "\n".join(f"{k}: {v}" for k, v in outlook_fields("es", when("2027-01-28 09:00"), LFROM, "rsoler@solerimport.com",
                                                             "Recordatorio: factura n.º F-2027-003")) + "\n\n" +
          es_reminder(L, "Estimados señores:", "F-2027-003", "640,00 €", "2027-01-25"))
add(n=38, lang="es", kind="client-reply-promise",
    frm="Raquel Soler <rsoler@solerimport.com>", to=LFROM,
    subject="RE: Recordatorio: factura n.º F-2027-003", date=when("2027-02-11 10:10:44"),
    irt=mid("es38-fu", "navarrotraducciones.es"),
    refs=[mid("es38-rem", "navarrotraducciones.es"), mid("es38-old", "solerimport.com"), mid("es38-fu", "navarrotraducciones.es")],
    fresh="""Buenos días Lucía,

Tienes toda la razón y te pido disculpas. Al final se nos retrasó el cobro de un cliente grande.
Te confirmo que el pago sale el martes 16 sin falta.

Un saludo,
Raquel Soler
Soler Import S.L.
""",
    quote=dict(style="outlook",
               fields=outlook_fields("es", when("2027-02-10 09:00"), LFROM, "rsoler@solerimport.com",
                                     "Recordatorio: factura n.º F-2027-003"),
               text=es_promise_fu(L, "Estimados señores:", "F-2027-003", "640,00 €", "2027-02-05") +
               "\n________________________________\n" +
               "\n".join(f"{k}: {v}" for k, v in outlook_fields("es", t_old, "Raquel Soler <rsoler@solerimport.com>", LFROM,
                                                                  "RE: Recordatorio: factura n.º F-2027-003")) +
               "\n\n" + old_es),
    fmt="alt", hstyle="outlook", cte="quoted-printable", crlf=True,
    labels=dict(promised_date="2027-02-16"), rule=("weekday", 1),
    note="The thread below has her old promise 'antes del día 5' and the follow-up quoting 5 February; the new day is 'el martes 16'.")

# 39 -- promise, Mexico City 23:30: "mañana temprano" is Friday 22 January there (already 22nd in UTC)
add(n=39, lang="es", kind="client-reply-promise",
    frm="Fernanda Ríos <fer.rios.mx@gmail.com>", to=AFROM,
    subject="Re: Recordatorio: factura n.º 2027-002", date=when("2027-01-21 23:30:09", MX),
    irt=mid("es39-rem", "andresquintana.dev"),
    fresh="""Hola Andrés!

Perdón la hora, apenas voy saliendo de la oficina. Mañana temprano te hago la transferencia, ya tengo todo listo con el banco.

Saludos!
Fer
""",
    tail="\nEnviado desde mi iPhone\n",
    quote=None,
    fmt="plain",
    labels=dict(promised_date="2027-01-22"), rule=("plus", 1),
    note="Sent 23:30 -0600 on Thursday 21 January (already 22 January 05:30 in UTC): 'mañana' is Friday 22 January in her zone.")

# 40 -- paid this morning, won't show until Tuesday
t_rem = when("2027-01-28 09:00")
add(n=40, lang="es", kind="client-reply-paid",
    frm="Sergio Campos <sergio@camposfisioterapia.es>", to=LFROM,
    subject="Re: Recordatorio: factura n.º F-2027-004", date=when("2027-01-29 12:00:31"),
    irt=mid("es40-rem", "navarrotraducciones.es"),
    fresh="""Hola Lucía,

Hecha la transferencia esta mañana por los 302,50 € de la factura F-2027-004. Como es de otro banco y hoy es viernes, seguramente no la verás hasta el martes.

Saludos,
Sergio
""",
    quote=dict(style="gmail", attr=attr_gmail("es", t_rem, LN, LA),
               text=es_reminder(L, "Buenos días, Sergio Campos:", "F-2027-004", "302,50 €", "2027-01-25")),
    fmt="plain", charset="iso-8859-15", cte="quoted-printable",
    labels=dict(amount="302.50", currency="EUR", reference="F-2027-004"),
    note="Transfer made; 'el martes' is when it will show up, not a promise.")

# 41 -- "we pay on the 10th and 25th": yours goes in the 25th run
t_rem = when("2027-01-11 09:00")
add(n=41, lang="es", kind="client-reply-promise",
    frm="Cuentas a Pagar - Grupo Logístico Arnedo <cuentasapagar@arnedologistica.es>", to=AFROM,
    subject="RE: Recordatorio: factura n.º 2026-058", date=when("2027-01-12 09:15:22"),
    irt=mid("es41-rem", "andresquintana.dev"),
    fresh="""Buenos días, Andrés:

En Arnedo pagamos a proveedores los días 10 y 25 de cada mes. Su factura 2026-058 llegó tarde para la remesa del día 10, así que entra en la del 25.

Atentamente,

Nuria Vidal
Cuentas a Pagar
Grupo Logístico Arnedo
""",
    quote=dict(style="outlook", fields=outlook_fields("es", t_rem, AFROM, "cuentasapagar@arnedologistica.es",
                                                      "Recordatorio: factura n.º 2026-058"),
               text=es_reminder(AQ, "Estimados señores:", "2026-058", "3.025,00 €", "2026-12-31")),
    fmt="alt", hstyle="outlook", charset="windows-1252", cte="quoted-printable", crlf=True,
    labels=dict(promised_date="2027-01-25", reference="2026-058"), rule=("dom", 25),
    note="Fixed payment days (10 and 25); the invoice goes in the run of the 25th, so 25 January. The 10th is the run it missed.")

# 42 -- paid, ordinary transfer, may not arrive until Wednesday 9 because of the long weekend
t_rem = when("2026-12-03 09:00")
add(n=42, lang="es", kind="client-reply-paid",
    frm="Elena Prieto <elena@prietoeventos.com>", to=LFROM,
    subject="Re: Recordatorio: factura n.º F-2026-087", date=when("2026-12-03 19:05:11"),
    irt=mid("es42-rem", "navarrotraducciones.es"),
    fresh="""Hola Lucía!!

Ya está hecha la transferencia de 726 € (factura F-2026-087). La he mandado ordinaria, así que con el puente igual no te llega hasta el miércoles 9. Cualquier cosa me dices.

Un beso,
Elena
""",
    quote=dict(style="apple", attr=attr_apple("es", t_rem, LN, LA),
               text=es_reminder(L, "Buenos días, Elena Prieto:", "F-2026-087", "726,00 €", "2026-11-30")),
    pre_headers=[("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")],
    fmt="alt", hstyle="apple",
    labels=dict(amount="726.00", currency="EUR", reference="F-2026-087"),
    note="Paid; 'el miércoles 9' is the likely arrival after the December long weekend ('el puente'), not a promise.")

# 43 -- Bizum, private client
add(n=43, lang="es", kind="client-reply-paid",
    frm="Pepa Domínguez <pepadominguez@yahoo.es>", to=LFROM,
    subject="Re: Factura traducción jurada", date=when("2027-01-16 11:32:40"),
    irt=mid("es43-inv", "navarrotraducciones.es"),
    fresh="""Hola Lucía, te acabo de hacer un Bizum de 60 € por la traducción jurada del título. Mil gracias por la rapidez!!

Pepa
""",
    tail="\nEnviado desde Yahoo Mail para Android\n",
    fmt="plain", cte="base64",
    labels=dict(amount="60.00", currency="EUR"),
    note="Paid by Bizum, a reply to the invoice mail itself (no reminder quoted).")

# 44 -- paid, accounts department, "fecha valor 15/02/2027", receipt attached
t_rem = when("2027-02-10 09:00")
add(n=44, lang="es", kind="client-reply-paid",
    frm="Contabilidad Hotel Miramar <contabilidad@hotelmiramar-sitges.es>", to=LFROM,
    subject="RE: Recordatorio: factura n.º F-2027-009", date=when("2027-02-12 13:20:00"),
    irt=mid("es44-rem", "navarrotraducciones.es"),
    fresh="""Estimada Sra. Navarro:

Adjuntamos justificante de la transferencia realizada en el día de hoy, 12/02/2027, con fecha valor 15/02/2027, por importe de 1.512,50 € correspondiente a su factura n.º F-2027-009.

Reciba un cordial saludo.

Departamento de Contabilidad
Hotel Miramar Sitges
""",
    quote=dict(style="outlook", fields=outlook_fields("es", t_rem, LFROM, "contabilidad@hotelmiramar-sitges.es",
                                                      "Recordatorio: factura n.º F-2027-009")[:2] +
               [("Para", "Contabilidad Hotel Miramar"), ("Asunto", "Recordatorio: factura n.º F-2027-009")],
               text=es_reminder(L, "Estimados señores:", "F-2027-009", "1.512,50 €", "2027-02-08")),
    fmt="alt", hstyle="outlook", charset="windows-1252", cte="quoted-printable",
    attach=[("Justificante_transferencia_F-2027-009.pdf", "application/pdf", tiny_pdf("Justificante"))],
    labels=dict(amount="1512.50", currency="EUR", reference="F-2027-009"),
    note="Transfer made today; the value date 15/02/2027 is the arrival, not a promised day.")

# 45 -- paid yesterday, asks for the next invoice "antes del 5"
add(n=45, lang="es", kind="client-reply-paid",
    frm="Javier Morales <javi@moralesstudio.es>", to=AFROM,
    subject="Re: Recordatorio: factura n.º 2027-004", date=when("2027-02-25 10:40:21"),
    irt=mid("es45-rem", "andresquintana.dev"),
    fresh="""Hola Andrés,

pagada ayer la de enero (la 2027-004).

Una pregunta: la de febrero me la puedes mandar antes del 5? Es que cerramos el trimestre con la gestoría y la necesito para el IVA.

Gracias!
Javi
""",
    quote=dict(style="gmail", attr=attr_gmail("es", when("2027-02-24 09:00"), AN, AA),
               text=es_reminder(AQ, "Buenos días, Javier Morales:", "2027-004", "968,00 €", "2027-02-20")),
    fmt="alt", hstyle="gmail",
    labels=dict(reference="2027-004"),
    note="Paid yesterday; 'antes del 5' is when he wants the next invoice, not a payment date.")

# 46 -- paid on 30 December, Catalan greeting, a bit annoyed
add(n=46, lang="es", kind="client-reply-paid",
    frm="Montse Vila <montse@vilaidisseny.cat>", to=LFROM,
    subject="Re: Recordatorio: factura n.º F-2026-115", date=when("2027-01-04 09:25:50"),
    irt=mid("es46-rem", "navarrotraducciones.es"),
    fresh="""Bon dia Lucía,

La factura ya os la pagamos el día 30 de diciembre, revisadlo bien por favor. Salió de la cuenta el 30 por la mañana, por 544,50 €.

Si no os ha llegado decídmelo y miro con el banco.

Montse
""",
    quote=dict(style="gmail", attr=attr_gmail("es", when("2027-01-04 08:00"), LN, LA),
               text=es_reminder(L, "Buenos días, Montse Vila:", "F-2026-115", "544,50 €", "2026-12-31")),
    fmt="plain", cte="quoted-printable",
    labels=dict(amount="544.50", currency="EUR"),
    note="Says it was paid on 30 December (a past day); the invoice number appears only in the subject and quote, so no reference.")

# 47 -- auto-reply, "hasta el lunes once de enero"
add(n=47, lang="es", kind="auto-reply",
    frm="Beatriz Garrido <bgarrido@consultoragarrido.es>", to=LFROM,
    subject="Respuesta automática: Recordatorio: factura n.º F-2026-112", date=when("2026-12-30 16:00:03"),
    irt=mid("es47-rem", "navarrotraducciones.es"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    fresh="""Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes once de enero, con acceso limitado al correo. Para asuntos urgentes, contacte con Luis Benítez (lbenitez@consultoragarrido.es).

Beatriz Garrido
""",
    fmt="alt", hstyle="outlook", crlf=True,
    labels=dict(return_date="2027-01-11"),
    note="Out of office 'hasta el lunes once de enero' in words: 11 January 2027.")

# 48 -- auto-reply, ticket acknowledgement, no return day
add(n=48, lang="es", kind="auto-reply",
    frm="Atención a Proveedores <proveedores@distribucionesnorte.es>", to=AFROM,
    subject="[Incidencia #48213] Recibido: Recordatorio: factura n.º 2026-049", date=when("2026-11-17 09:31:18"),
    irt=mid("es48-rem", "andresquintana.dev"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Ticket-ID", "48213")],
    fresh="""Hemos recibido su mensaje y se ha abierto la incidencia n.º 48213.

Nuestro equipo de proveedores le responderá en un plazo máximo de 48 horas laborables. Para cualquier ampliación, responda a este correo manteniendo el número de incidencia en el asunto.

Distribuciones Norte, S.A. – Atención a Proveedores
""",
    fmt="plain",
    labels=dict(),
    note="Ticket acknowledgement; '48 horas laborables' is a response time, not a return day.")

# 49 -- auto-reply, HTML only, "vuelvo el día dos de febrero"
add(n=49, lang="es", kind="auto-reply",
    frm="Marta Iglesias <marta@iglesiasdiseno.es>", to=LFROM,
    subject="Vacaciones (Re: Recordatorio: factura n.º F-2027-006)", date=when("2027-01-25 08:00:40"),
    irt=mid("es49-rem", "navarrotraducciones.es"),
    headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
    fresh="""¡Hola!

Estoy de vacaciones y vuelvo el día dos de febrero. Hasta entonces no podré contestar correos.

Si es algo urgente, llámame al 600 123 456.

Marta
""",
    fmt="html", cte="base64", hstyle="plainish",
    labels=dict(return_date="2027-02-02"),
    note="Vacation reply, HTML only, return day in words: 'el día dos de febrero' = 2 February 2027.")

# 50 -- bank notice of an incoming transfer
add(n=50, lang="es", kind="payment-notification",
    frm="Banco Mediterráneo Digital <avisos@bmdigital.es>", to=LFROM,
    subject="Has recibido una transferencia", date=when("2026-11-27 08:14:00"),
    fresh="""Hola, LUCIA:

Has recibido una transferencia en tu cuenta ES91 **** **** **** 1332.

Ordenante: TALLERES URIBE SL
Importe: 363,00 EUR
Concepto: FRA F-2026-095
Fecha valor: 27/11/2026

Puedes consultar el detalle en la app o en la banca online.

Este es un mensaje automático; por favor, no respondas a este correo.
Banco Mediterráneo Digital
""",
    fmt="alt", hstyle="plainish", charset="iso-8859-1", cte="quoted-printable",
    labels=dict(amount="363.00", currency="EUR", reference="F-2026-095"),
    note="Incoming transfer notice; the concepto names the invoice.")

# 52 -- client-reply-other: IBAN rejected, asks for it again
add(n=52, lang="es", kind="client-reply-other",
    frm="Hugo Martín <hugo@martinpadel.es>", to=AFROM,
    subject="Re: Recordatorio: factura n.º 2027-010", date=when("2027-02-17 12:00:08"),
    irt=mid("es52-rem", "andresquintana.dev"),
    fresh="""Hola Andrés,

intento pagarte pero el banco me dice que el IBAN no es válido. ¿Me lo puedes reenviar o mirar si está bien escrito en la factura?

Gracias,
Hugo
""",
    quote=dict(style="gmail", attr=attr_gmail("es", when("2027-02-16 09:00"), AN, AA),
               text=es_reminder(AQ, "Buenos días, Hugo Martín:", "2027-010", "450,00 €", "2027-02-12")),
    fmt="plain",
    labels=dict(),
    note="Asks for the bank details again; no promise of a day: client-reply-other.")

# 53 -- other: adviser's newsletter with tax calendar dates
add(n=53, lang="es", kind="other",
    frm="Gestoría Alameda <boletin@gestoriaalameda.es>", to=LFROM,
    subject="Calendario fiscal: el 1 de febrero vence el modelo 303", date=when("2027-01-18 08:00:00"),
    headers=[("List-Unsubscribe", "<https://gestoriaalameda.es/baja?u=8812>"), ("Precedence", "bulk")],
    fresh="""Boletín de enero

Recuerda: como el 30 de enero cae en sábado, el plazo para presentar el modelo 303 del cuarto trimestre y el resumen anual 390 termina el lunes 1 de febrero.

Si quieres que lo presentemos nosotros, envíanos tus facturas antes del 25 de enero.

Gestoría Alameda – Sevilla
Si no quieres recibir más boletines, date de baja aquí: https://gestoriaalameda.es/baja?u=8812
""",
    fmt="alt", hstyle="plainish",
    labels=dict(),
    note="A newsletter with tax deadlines: other, none of its dates is a payment promise.")

# 54 -- dispute: wrong rate, will pay only the quoted amount on the 20th
t_rem = when("2027-02-09 09:00")
add(n=54, lang="es", kind="client-reply-dispute",
    frm="Daniel Ortiz <dortiz@ortizconsulting.es>", to=LFROM,
    subject="Re: Recordatorio: factura n.º F-2027-010", date=when("2027-02-10 16:40:29"),
    irt=mid("es54-rem", "navarrotraducciones.es"),
    fresh="""Hola Lucía:

He revisado la factura F-2027-010 y no cuadra con el presupuesto: acordamos 0,08 € por palabra y se ha facturado a 0,10.

El día 20 os pagaremos lo presupuestado (800 €) y, por la diferencia, necesitaríamos una factura rectificativa.

Un saludo,
Daniel Ortiz
Ortiz Consulting
""",
    quote=dict(style="gmail", attr=attr_gmail("es", t_rem, LN, LA),
               text=es_reminder(L, "Buenos días, Daniel Ortiz:", "F-2027-010", "1.000,00 €", "2027-02-05")),
    fmt="alt", hstyle="gmail",
    labels=dict(amount="800.00", currency="EUR", reference="F-2027-010"),
    note="Contests the rate and asks for a corrective invoice: dispute beats the promise of 800 € on the 20th (so no promised_date).")


# ==================================================================================================
# ENGLISH (26)
# ==================================================================================================
T = "tom"
P = "priya"
TN, TA = OWNERS[T][0], OWNERS[T][1]
PN, PA = OWNERS[P][0], OWNERS[P][1]
TFROM = f"{TN} <{TA}>"
PFROM = f"{PN} <{PA}>"
NY = tz(-5)
SEA = tz(-8)
IST = tz(5, 30)

# 55 -- British "Tuesday week"
t_rem = when("2026-11-12 09:00", UTC0)
add(n=55, lang="en", kind="client-reply-promise",
    frm="Gareth Price <gareth@pricebrewing.co.uk>", to=TFROM,
    subject="Re: Reminder: invoice INV-0345", date=when("2026-11-12 14:05:39", UTC0),
    irt=mid("en55-rem", "hadleydigital.co.uk"),
    fresh="""Hi Tom,

Apologies, this one slipped through the cracks. Our finance person is off until next week so realistically it'll be Tuesday week before it goes out – hope that's OK.

Cheers,
Gareth

Gareth Price
Price Brewing Co. | Unit 4, Canal Wharf, Stroud
""",
    quote=dict(style="gmail", attr=attr_gmail("en", t_rem, TN, TA),
               text=en_reminder(T, "Dear Accounts Team,", "INV-0345", "£720.00", "2026-11-06")),
    fmt="alt", hstyle="gmail",
    labels=dict(promised_date="2026-11-24"), rule=("weekday", 1, 1),
    note="British 'Tuesday week' = the Tuesday after next: written Thursday 12 November, next Tuesday is the 17th, so 24 November.")

# 56 -- "by the 3rd at the latest", across the new year
t_rem = when("2026-12-28 09:00", UTC0)
add(n=56, lang="en", kind="client-reply-promise",
    frm="Siobhan Kelly <siobhan@kellyandco.ie>", to=PFROM,
    subject="RE: Reminder: invoice PN-2026-45", date=when("2026-12-28 10:12:07", UTC0),
    irt=mid("en56-rem", "nairwords.ie"),
    fresh="""Hi Priya,

Sorry – the office is on a skeleton crew this week. I've asked Declan to release it and he says it'll be done by the 3rd at the latest.

Happy new year when it comes!
Siobhan

Siobhan Kelly | Office Manager
Kelly & Co. Solicitors, Galway
""",
    quote=dict(style="outlook", fields=outlook_fields("en", t_rem, PFROM, "siobhan@kellyandco.ie",
                                                      "Reminder: invoice PN-2026-45"),
               text=en_reminder(P, "Dear Accounts Team,", "PN-2026-45", "€1,100.00", "2026-12-18")),
    fmt="alt", hstyle="outlook", cte="quoted-printable", crlf=True,
    labels=dict(promised_date="2027-01-03"), rule=("dom", 3),
    note="'By the 3rd' written on 28 December is 3 January 2027, next year.")

# 57 -- "after the 15th"
t_rem = when("2027-02-05 09:00", UTC0)
add(n=57, lang="en", kind="client-reply-promise",
    frm="Ben Whitaker <ben@whitakerjoinery.co.uk>", to=TFROM,
    subject="Re: Reminder: invoice INV-0367", date=when("2027-02-05 16:50:13", UTC0),
    irt=mid("en57-rem", "hadleydigital.co.uk"),
    fresh="""Tom –

cash is tight at the moment, so I can't do yours until after the 15th. It will be paid, just bear with me.

Ben
""",
    tail="\nSent from my iPad\n",
    quote=dict(style="apple", attr=attr_apple("en", t_rem, TN, TA),
               text=en_reminder(T, "Dear Ben Whitaker,", "INV-0367", "£1,150.00", "2027-01-31")),
    pre_headers=[("X-Mailer", "iPad Mail (21D61)")],
    fmt="plain",
    labels=dict(promised_date="2027-02-15"), rule=("dom", 15),
    note="'Until after the 15th': the day named is 15 February; payment is not promised before it, so some readers would say the 16th or leave it out.")

# 58 -- Austrian company writing English, "no later than Friday, 19 February", AW: prefix
t_rem = when("2027-02-12 09:00", UTC0)
add(n=58, lang="en", kind="client-reply-promise",
    frm="Kessler Maschinenbau GmbH - Kreditorenbuchhaltung <kreditoren@kessler-maschinenbau.at>", to=TFROM,
    subject="AW: Reminder: invoice INV-0368", date=when("2027-02-15 09:30:55"),
    irt=mid("en58-rem", "hadleydigital.co.uk"),
    fresh="""Dear Mr Hadley,

thank you for your e-mail. Your invoice INV-0368 has been approved and will be paid no later than Friday, 19 February 2027.

With kind regards

Sabine Gruber
Kreditorenbuchhaltung / Accounts Payable
Kessler Maschinenbau GmbH
Industriestraße 12, 4600 Wels, Austria

Firmenbuch FN 123456a, Landesgericht Wels
""",
    quote=dict(style="outlook", sep="-----Ursprüngliche Nachricht-----",
               fields=[("Von", TFROM), ("Gesendet", "Freitag, 12. Februar 2027 10:00"),
                       ("An", "kreditoren@kessler-maschinenbau.at"), ("Betreff", "Reminder: invoice INV-0368")],
               text=en_reminder(T, "Dear Accounts Team,", "INV-0368", "£3,200.00", "2027-02-10")),
    fmt="alt", hstyle="outlook", charset="windows-1252", cte="quoted-printable", crlf=True,
    labels=dict(promised_date="2027-02-19", reference="INV-0368"), rule=("weekday", 4),
    note="Non-native English from a German-language Outlook (AW:, Von/Gesendet); 'no later than Friday, 19 February 2027'.")

# 59 -- "we only pay suppliers on a Friday"
add(n=59, lang="en", kind="client-reply-promise",
    frm="Hannah Lees <hannah@leesflowers.co.uk>", to=TFROM,
    subject="Re: Reminder: invoice INV-0350", date=when("2026-12-01 11:20:46", UTC0),
    irt=mid("en59-rem", "hadleydigital.co.uk"),
    fresh="""Morning Tom,

We only do supplier payments on a Friday, so yours will go in the next one. Thanks for your patience!

Hannah
Lees Flowers
""",
    quote=dict(style="gmail", attr=attr_gmail("en", when("2026-12-01 09:00", UTC0), TN, TA),
               text=en_due(T, "Dear Hannah Lees,", "INV-0350", "£310.00", "2026-11-27")),
    fmt="plain",
    labels=dict(promised_date="2026-12-04"), rule=("weekday", 4),
    note="'We pay on Fridays ... the next one': written Tuesday 1 December, so Friday 4 December.")

# 60 -- New York, 23:40 on Sunday: "Monday first thing" is the next day there (already Monday in UTC)
add(n=60, lang="en", kind="client-reply-promise",
    frm="Jake Morrison <jake@morrisonmedia.com>", to=PFROM,
    subject="Re: Reminder: invoice PN-2026-47", date=when("2027-01-31 23:40:18", NY),
    irt=mid("en60-rem", "nairwords.ie"),
    fresh="""Hey Priya – sorry for the radio silence, it's been a crazy month. I'll send it Monday first thing, promise.

Jake
""",
    tail="\nSent from my iPhone\n",
    quote=dict(style="apple", attr=attr_apple("en", when("2027-01-29 04:00", NY), PN, PA),
               text=en_reminder(P, "Dear Jake Morrison,", "PN-2026-47", "€850.00", "2027-01-15")),
    pre_headers=[("X-Mailer", "iPhone Mail (21D61)")],
    fmt="plain",
    labels=dict(promised_date="2027-02-01"), rule=("weekday", 0),
    note="Sent Sunday 23:40 -0500 (already Monday 04:40 UTC): 'Monday' is 1 February in his zone, not the Monday after.")

# 61 -- "by end of play Thursday"
add(n=61, lang="en", kind="client-reply-promise",
    frm="Olly Bennett <olly@bennettarchitects.co.uk>", to=TFROM,
    subject="Re: Reminder: invoice INV-0362", date=when("2027-01-19 13:15:02", UTC0),
    irt=mid("en61-rem", "hadleydigital.co.uk"),
    fresh="""Hi Tom, it's on my list – will get it paid by end of play Thrusday.
Olly
""",
    quote=dict(style="gmail", attr=attr_gmail("en", when("2027-01-18 09:00", UTC0), TN, TA),
               text=en_due(T, "Dear Accounts Team,", "INV-0362", "£540.00", "2027-01-15")),
    fmt="alt", hstyle="gmail",
    labels=dict(promised_date="2027-01-21"), rule=("weekday", 3),
    note="'End of play Thrusday' (British idiom, with a typo for Thursday) written Tuesday 19 January: Thursday 21 January.")

# 62 -- "within 10 days"
add(n=62, lang="en", kind="client-reply-promise",
    frm="Laura Fitzgerald <laura.fitzgerald@greenleafcafe.ie>", to=PFROM,
    subject="Re: Reminder: invoice PN-2027-08", date=when("2027-03-10 15:00:27", UTC0),
    irt=mid("en62-rem", "nairwords.ie"),
    fresh="""Hi Priya,

Thanks for the reminder. We've had a cash-flow hiccup with the new premises in Salthill, but you'll have the payment within 10 days.

Sorry for the delay,
Laura
""",
    quote=dict(style="gmail", attr=attr_gmail("en", when("2027-03-09 09:00", UTC0), PN, PA),
               text=en_reminder(P, "Dear Laura Fitzgerald,", "PN-2027-08", "€480.00", "2027-03-05")),
    fmt="plain", cte="quoted-printable",
    labels=dict(promised_date="2027-03-20"), rule=("plus", 10),
    note="'Within 10 days' counted from the message date, 10 March: 20 March. A stricter reader might call it vague and leave it out.")

# 63 -- dispute: duplicate billing, holds payment until a credit note
add(n=63, lang="en", kind="client-reply-dispute",
    frm="Rachel Hume <rachel.hume@humeandpartners.co.uk>", to=TFROM,
    subject="RE: Reminder: invoice INV-0356", date=when("2026-12-09 10:45:33", UTC0),
    irt=mid("en63-rem", "hadleydigital.co.uk"),
    fresh="""Hi Tom,

We've put INV-0356 on hold: as far as I can see it covers the same November maintenance hours as INV-0352, which we paid on the 27th.

Could you check and send a credit note if it's a duplicate? Happy to pay straight away if I've got it wrong.

Rachel Hume
Practice Manager, Hume & Partners
""",
    quote=dict(style="outlook", fields=outlook_fields("en", when("2026-12-08 09:00", UTC0), TFROM,
                                                      "rachel.hume@humeandpartners.co.uk", "Reminder: invoice INV-0356"),
               text=en_reminder(T, "Dear Rachel Hume,", "INV-0356", "£385.00", "2026-12-04")),
    fmt="alt", hstyle="outlook", cte="quoted-printable",
    labels=dict(reference="INV-0356"),
    note="Holds the invoice as a possible duplicate and asks for a credit note: dispute. 'Paid on the 27th' is about the other invoice.")

# 64 -- "next week", no day
add(n=64, lang="en", kind="client-reply-promise",
    frm="Mick O'Brien <mick@obrienplumbing.ie>", to=PFROM,
    subject="Re: Reminder: invoice PN-2026-48", date=when("2027-01-14 17:30:50", UTC0),
    irt=mid("en64-rem", "nairwords.ie"),
    fresh="""Priya sorry about this. Will sort it next week.
Mick
""",
    tail="\nSent from my Galaxy\n",
    quote=dict(style="gmail", attr=attr_gmail("en", when("2027-01-14 09:00", UTC0), PN, PA),
               text=en_reminder(P, "Dear Mick O'Brien,", "PN-2026-48", "€390.00", "2027-01-08")),
    fmt="plain",
    labels=dict(),
    note="'Next week' alone states no day: a promise without promised_date.")

# 65 -- BACS run "on the twenty-sixth of this month"
add(n=65, lang="en", kind="client-reply-promise",
    frm="Finance Team - Halden Trust <finance@haldentrust.org.uk>", to=TFROM,
    subject="RE: Reminder: invoice INV-0366", date=when("2027-02-17 12:10:41", UTC0),
    irt=mid("en65-rem", "hadleydigital.co.uk"),
    fresh="""Dear Mr Hadley,

Your invoice INV-0366 for £1,480.00 has been scheduled in our next BACS payment run, which takes place on the twenty-sixth of this month.

Kind regards,

Finance Team
The Halden Trust
Registered charity no. 1123456
""",
    quote=dict(style="outlook", fields=outlook_fields("en", when("2027-02-16 09:00", UTC0), TFROM,
                                                      "finance@haldentrust.org.uk", "Reminder: invoice INV-0366"),
               text=en_reminder(T, "Dear Accounts Team,", "INV-0366", "£1,480.00", "2027-02-12")),
    fmt="html", hstyle="outlook",
    labels=dict(promised_date="2027-02-26", amount="1480.00", currency="GBP", reference="INV-0366"), rule=("dom", 26),
    note="Scheduled for a future payment run 'on the twenty-sixth' (in words): a promise for 26 February.")

# 66 -- Indian English: paid today, "will reflect by 5th Jan"
add(n=66, lang="en", kind="client-reply-paid",
    frm="Ramesh Iyer <ramesh.iyer@brightsoftsolutions.in>", to=TFROM,
    subject="RE: Reminder: invoice INV-0359", date=when("2026-12-30 18:20:05", IST),
    irt=mid("en66-rem", "hadleydigital.co.uk"),
    fresh="""Dear Tom,

Greetings of the day.

This is to inform you that payment against your invoice INV-0359 has been processed today from our end through SWIFT. Kindly note the amount will reflect in your account by 5th Jan as there are bank holidays in between.

Please do the needful and confirm once received.

Thanks & Regards,
Ramesh Iyer
Accounts Executive
Brightsoft Solutions Pvt. Ltd., Pune
""",
    quote=dict(style="outlook", fields=outlook_fields("en", when("2026-12-29 14:30", IST), TFROM,
                                                      "ramesh.iyer@brightsoftsolutions.in", "Reminder: invoice INV-0359"),
               text=en_reminder(T, "Dear Accounts Team,", "INV-0359", "£2,600.00", "2026-12-20")),
    fmt="alt", hstyle="outlook",
    labels=dict(reference="INV-0359"),
    note="Indian English: payment processed today; '5th Jan' is when it will reflect, so paid, not a promise.")

# 67 -- the quoted deadline (22 January) is refused; the new day is the 29th
t_rem = when("2027-01-18 09:00", UTC0)
add(n=67, lang="en", kind="client-reply-promise",
    frm="Dan Cooper <dan@cooperfitness.co.uk>", to=TFROM,
    subject="RE: Invoice INV-0358 – payment overdue", date=when("2027-01-19 09:05:16", UTC0),
    irt=mid("en67-rem", "hadleydigital.co.uk"),
    fresh="""Hi Tom,

I can't make the 22nd I'm afraid – we've got payroll the same week. It'll be the 29th, and that's a firm date.

Dan
""",
    quote=dict(style="outlook", fields=outlook_fields("en", t_rem, TFROM, "dan@cooperfitness.co.uk",
                                                      "Invoice INV-0358 – payment overdue"),
               text=en_late(T, "Dear Dan Cooper,", "INV-0358", "£860.00", "2026-12-18", 31, "2027-01-22")),
    fmt="alt", hstyle="outlook", crlf=True,
    labels=dict(promised_date="2027-01-29"), rule=("dom", 29),
    note="He turns down the reminder's deadline of the 22nd (also in the quote) and promises the 29th.")

# 68 -- part paid today, the rest promised for 1 March
add(n=68, lang="en", kind="client-reply-promise",
    frm="Niamh Walsh <niamh@walshinteriors.ie>", to=PFROM,
    subject="Re: Reminder: invoice PN-2027-06", date=when("2027-02-22 14:30:44", UTC0),
    irt=mid("en68-rem", "nairwords.ie"),
    fresh="""Hi Priya,

I've sent €500 today towards PN-2027-06 and the remaining €700 will follow on 1 March when our grant money comes through.

Hope that works,
Niamh
""",
    quote=dict(style="gmail", attr=attr_gmail("en", when("2027-02-22 09:00", UTC0), PN, PA),
               text=en_reminder(P, "Dear Niamh Walsh,", "PN-2027-06", "€1,200.00", "2027-02-15")),
    fmt="alt", hstyle="gmail",
    labels=dict(promised_date="2027-03-01", amount="700.00", currency="EUR", reference="PN-2027-06"),
    note="Part paid (€500), the rest promised on 1 March: a promise for that day, amount the promised €700.")

# 69 -- "before we close for Christmas on the 18th"
add(n=69, lang="en", kind="client-reply-promise",
    frm="Alison Reid <a.reid@fernside.sch.uk>", to=TFROM,
    subject="Re: Reminder: invoice INV-0353", date=when("2026-12-07 16:00:29", UTC0),
    irt=mid("en69-rem", "hadleydigital.co.uk"),
    fresh="""Hi Tom,

Apologies for the delay – the bursar has now signed it off and it'll be paid before we close for Christmas on the 18th.

Best wishes,
Alison Reid
School Business Manager
Fernside Primary School
""",
    quote=dict(style="gmail", attr=attr_gmail("en", when("2026-12-07 09:00", UTC0), TN, TA),
               text=en_reminder(T, "Dear Accounts Team,", "INV-0353", "£1,020.00", "2026-11-30")),
    fmt="alt", hstyle="gmail",
    labels=dict(promised_date="2026-12-18"), rule=("dom", 18),
    note="Paid 'before we close for Christmas on the 18th': by 18 December.")

# 70 -- paid by BACS this morning, lands in 2-3 working days
add(n=70, lang="en", kind="client-reply-paid",
    frm="Sam Turner <sam@turnerandco.co.uk>", to=TFROM,
    subject="Re: Reminder: invoice INV-0342", date=when("2026-11-11 09:40:02", UTC0),
    irt=mid("en70-rem", "hadleydigital.co.uk"),
    fresh="""Morning Tom,

Paid this morning by BACS – £650, reference INV-0342. Should land in 2–3 working days.

Thanks,
Sam
""",
    quote=dict(style="gmail", attr=attr_gmail("en", when("2026-11-10 09:00", UTC0), TN, TA),
               text=en_due(T, "Dear Accounts Team,", "INV-0342", "£650.00", "2026-11-06")),
    fmt="plain",
    labels=dict(amount="650.00", currency="GBP", reference="INV-0342"),
    note="Paid; '2–3 working days' is the arrival time, not a promise.")

# 71 -- "Done ✅" with a screenshot
add(n=71, lang="en", kind="client-reply-paid",
    frm="Emma Kavanagh <emmakav@gmail.com>", to=PFROM,
    subject="Re: Reminder: invoice PN-2026-43", date=when("2026-12-05 20:14:51", UTC0),
    irt=mid("en71-rem", "nairwords.ie"),
    fresh="""Done ✅ sorry Priya!!

Emma
""",
    tail="\nSent from my iPhone\n",
    quote=dict(style="apple", attr=attr_apple("en", when("2026-12-04 09:00", UTC0), PN, PA),
               text=en_reminder(P, "Dear Emma Kavanagh,", "PN-2026-43", "€275.00", "2026-11-30")),
    pre_headers=[("X-Mailer", "iPhone Mail (21B101)")],
    fmt="plain",
    attach=[("IMG_4821.PNG", "image/png", tiny_png())],
    labels=dict(),
    note="A one-liner 'Done' with a screenshot of the transfer: paid.")

# 72 -- released today, value date Monday 4 January
add(n=72, lang="en", kind="client-reply-paid",
    frm="Accounts Payable - Corrib Foods <ap@corribfoods.ie>", to=PFROM,
    subject="RE: Reminder: invoice PN-2026-44", date=when("2026-12-31 11:00:38", UTC0),
    irt=mid("en72-rem", "nairwords.ie"),
    fresh="""Hi Priya,

Payment of €2,150.00 for invoice PN-2026-44 was released today. Because of the bank holiday it carries a value date of Monday 4 January, so please allow until then before chasing.

Regards,
Ciarán Murphy
Accounts Payable
Corrib Foods Ltd
""",
    quote=dict(style="outlook", fields=outlook_fields("en", when("2026-12-30 09:00", UTC0), PFROM, "ap@corribfoods.ie",
                                                      "Reminder: invoice PN-2026-44"),
               text=en_reminder(P, "Dear Accounts Team,", "PN-2026-44", "€2,150.00", "2026-12-22")),
    fmt="alt", hstyle="outlook", cte="quoted-printable", crlf=True,
    labels=dict(amount="2150.00", currency="EUR", reference="PN-2026-44"),
    note="Released today; 'value date of Monday 4 January' is the arrival, so paid, not a promise for the 4th.")

# 73 -- paid on the 2nd, asks for an invoice before the 25th
add(n=73, lang="en", kind="client-reply-paid",
    frm="Lucy Shaw <lucy@shawcommunications.co.uk>", to=TFROM,
    subject="Re: Reminder: invoice INV-0374", date=when("2027-03-05 10:00:12", UTC0),
    irt=mid("en73-rem", "hadleydigital.co.uk"),
    fresh="""Hi Tom,

Just to say we paid INV-0374 on the 2nd, so it should be with you by now.

Also – could you invoice the March retainer before the 25th? Our year-end is the 31st and I'd like it in this year's books.

Thanks!
Lucy
""",
    quote=dict(style="gmail", attr=attr_gmail("en", when("2027-03-04 09:00", UTC0), TN, TA),
               text=en_reminder(T, "Dear Lucy Shaw,", "INV-0374", "£900.00", "2027-02-28")),
    fmt="alt", hstyle="gmail",
    labels=dict(reference="INV-0374"),
    note="Paid on the 2nd; the 25th and 31st are about the next invoice and their year-end.")

# 74 -- auto-reply, "back on Tuesday the fifth of January"
add(n=74, lang="en", kind="auto-reply",
    frm="Paul Denton <paul.denton@dentonlogistics.co.uk>", to=TFROM,
    subject="Automatic reply: Reminder: invoice INV-0357", date=when("2026-12-21 08:30:00", UTC0),
    irt=mid("en74-rem", "hadleydigital.co.uk"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "paul.denton@dentonlogistics.co.uk")],
    fresh="""Thank you for your email. I'm away over the Christmas break and back on Tuesday the fifth of January, with no access to email in the meantime.

For anything urgent, please contact accounts@dentonlogistics.co.uk.

Paul Denton
""",
    fmt="alt", hstyle="outlook", crlf=True,
    labels=dict(return_date="2027-01-05"),
    note="Return day in words: 'Tuesday the fifth of January' = 5 January 2027.")

# 75 -- auto-reply from Seattle at 23:15: "back tomorrow" is Wednesday 10 February there
add(n=75, lang="en", kind="auto-reply",
    frm="Kevin Park <kpark@cascadeoutdoor.com>", to=PFROM,
    subject="Out of office: Re: Reminder: invoice PN-2027-03", date=when("2027-02-09 23:15:44", SEA),
    irt=mid("en75-rem", "nairwords.ie"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    fresh="""Hi,

I'm out of the office today at a team offsite and will be back tomorrow. I'll get back to you as soon as I can.

Kevin Park
Marketing Lead, Cascade Outdoor
""",
    fmt="plain",
    labels=dict(return_date="2027-02-10"), rule=("plus", 1),
    note="Sent 23:15 -0800 on Tuesday 9 February (already the 10th in UTC): 'back tomorrow' is Wednesday 10 February in his zone.")

# 76 -- auto-reply, parental leave, "in the spring" (no day)
add(n=76, lang="en", kind="auto-reply",
    frm="Sophie Allen <sophie.allen@allenpr.co.uk>", to=TFROM,
    subject="Automatic reply: Reminder: invoice INV-0375", date=when("2027-03-18 09:00:06", UTC0),
    irt=mid("en76-rem", "hadleydigital.co.uk"),
    headers=[("Auto-Submitted", "auto-replied")],
    fresh="""Hello,

I'm currently on parental leave and will return in the spring. In my absence, please contact my colleague Raj Patel (raj.patel@allenpr.co.uk), who is looking after my accounts.

Best,
Sophie
""",
    fmt="alt", hstyle="outlook",
    labels=dict(),
    note="Out of office with no day ('in the spring'): no return_date.")

# 77 -- Wise: money received
add(n=77, lang="en", kind="payment-notification",
    frm="Wise <noreply@wise.com>", to=PFROM,
    subject="You've received 1,200.00 EUR from Halvorsen Studio AS", date=when("2027-01-18 13:47:22", UTC0),
    fresh="""Hi Priya,

Halvorsen Studio AS sent you 1,200.00 EUR.

It's now in your EUR balance.

Reference: PN-2027-02

Thanks,
The Wise team
""",
    fmt="alt", cte="base64", hstyle="plainish",
    labels=dict(amount="1200.00", currency="EUR", reference="PN-2027-02"),
    note="Money received into a Wise balance, with the invoice number as reference.")

# 78 -- accounts-payable platform remittance advice: paid today, expected arrival later
add(n=78, lang="en", kind="payment-notification",
    frm="Brightwater Leisure via PayHub <remittances@payhub-notify.com>", to=TFROM,
    subject="Remittance advice – payment BWL-PAY-004512", date=when("2027-02-09 07:12:09", UTC0),
    fresh="""Remittance advice

Payer: Brightwater Leisure Ltd
Payee: Tom Hadley
Payment reference: BWL-PAY-004512
Payment method: Faster Payments / BACS
Payment date: 09/02/2027
Expected arrival: 12/02/2027

Invoice          Amount
INV-0365         £2,350.00

Total paid: £2,350.00

This remittance was generated automatically by PayHub on behalf of Brightwater Leisure Ltd. Please do not reply.
""",
    fmt="alt", hstyle="plainish",
    labels=dict(amount="2350.00", currency="GBP", reference="INV-0365"),
    note="Remittance advice from a payer's platform: paid 9 February, expected arrival 12 February (not a promise).")

# 80 -- client-reply-other: will check and reply by Friday
add(n=80, lang="en", kind="client-reply-other",
    frm="Mark Ellis <mark@ellisgardens.co.uk>", to=TFROM,
    subject="Re: Reminder: invoice INV-0349", date=when("2026-11-24 15:20:40", UTC0),
    irt=mid("en80-rem", "hadleydigital.co.uk"),
    fresh="""Hi Tom,

Thanks – I'm not sure whether this one's been paid or not, our bookkeeper changed last month. I'll check with her and come back to you by Friday.

Mark
""",
    quote=dict(style="gmail", attr=attr_gmail("en", when("2026-11-24 09:00", UTC0), TN, TA),
               text=en_reminder(T, "Dear Mark Ellis,", "INV-0349", "£450.00", "2026-11-20")),
    fmt="plain", cte="8bit",
    labels=dict(),
    note="Friday is when he will reply, not a promise to pay: client-reply-other.")


# ==================================================================================================
# BOUNCES (raw MIME, as the MTAs write them)
# ==================================================================================================
def original_message(frm, to, subject, date, msgid, body):
    o = EmailMessage()
    o["From"] = frm
    o["To"] = to
    o["Subject"] = subject
    o["Date"] = format_datetime(date)
    o["Message-ID"] = msgid
    o["MIME-Version"] = "1.0"
    o.set_content(body, cte="quoted-printable")
    return o


# 51 -- Google's own failure notice (Spanish interface), permanent 5.1.1
orig51_id = mid("es51-rem", "navarrotraducciones.es")
orig51 = original_message(LFROM, "administracion@uribetalleres.es", "Recordatorio: factura n.º F-2026-120",
                          when("2027-02-08 10:02:05"), orig51_id,
                          es_reminder(L, "Estimados señores:", "F-2026-120", "847,00 €", "2027-02-05"))
bd51 = "000000000000f3c1a205e8b7d214"
text51 = """
** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a administracion@uribetalleres.es porque no se ha encontrado la dirección o esta no puede recibir correo.

La respuesta del servidor remoto fue:

550 5.1.1 <administracion@uribetalleres.es>: Recipient address rejected: User unknown in virtual mailbox table
"""
html51 = ("<html><head></head><body><div style=\"font-family:Roboto,Arial,sans-serif\">"
          "<h2 style=\"font-weight:400;font-size:24px\">No se ha encontrado la dirección</h2>"
          "<p>Tu mensaje no se ha entregado a <a style=\"color:#212121;text-decoration:none\"><b>administracion@uribetalleres.es</b></a> "
          "porque no se ha encontrado la dirección o esta no puede recibir correo.</p>"
          "<p><b>La respuesta del servidor remoto fue:</b></p>"
          "<p style=\"font-family:monospace\">550 5.1.1 &lt;administracion@uribetalleres.es&gt;: Recipient address rejected: "
          "User unknown in virtual mailbox table</p></div></body></html>")
raw51 = f"""Delivered-To: lucia@navarrotraducciones.es
Received: by 2002:a05:6022:4e81:b0:5c1:7a2f:93d1 with SMTP id ab1csp2287411lfa;
        Mon, 8 Feb 2027 01:02:12 -0800 (PST)
Return-Path: <>
X-Failed-Recipients: administracion@uribetalleres.es
Content-Type: multipart/report; boundary="{bd51}"; report-type=delivery-status
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: lucia@navarrotraducciones.es
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: {orig51_id}
In-Reply-To: {orig51_id}
X-Gm-Message-State: AOJu0YzR4f0pQm1kYx
Message-ID: <65c4a9e3.5d0a0220.8a21f.7b3eSMTPIN_ADDED_MISSING@mx.google.com>
Date: Mon, 08 Feb 2027 01:02:11 -0800 (PST)
MIME-Version: 1.0

--{bd51}
Content-Type: multipart/alternative; boundary="{bd51}_alt"

--{bd51}_alt
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit
{text51}
--{bd51}_alt
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

{html51}
--{bd51}_alt--

--{bd51}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; lucia@navarrotraducciones.es
Arrival-Date: Mon, 08 Feb 2027 01:02:06 -0800 (PST)
X-Original-Message-ID: {orig51_id}

Final-Recipient: rfc822; administracion@uribetalleres.es
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.uribetalleres.es. (203.0.113.40, the server for the domain uribetalleres.es.)
Diagnostic-Code: smtp; 550 5.1.1 <administracion@uribetalleres.es>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Mon, 08 Feb 2027 01:02:11 -0800 (PST)

--{bd51}
Content-Type: message/rfc822

{orig51.as_string(policy=policy.default)}
--{bd51}--
"""
add(n=51, lang="es", kind="bounce", raw=raw51.encode("utf-8"),
    fresh="Tu mensaje no se ha entregado a administracion@uribetalleres.es porque no se ha encontrado la dirección o esta no puede recibir correo.",
    labels=dict(failed_recipient="administracion@uribetalleres.es", permanent=True),
    note="Gmail's own failure notice in Spanish with a DSN: 5.1.1 user unknown, permanent.")

# 79 -- Postfix delay warning, temporary 4.4.1, will retry for five days
orig79_id = mid("en79-rem", "hadleydigital.co.uk")
orig79 = original_message(TFROM, "accounts@millbrookdental.co.uk", "Reminder: invoice INV-0369",
                          when("2027-02-18 07:12:38", UTC0), orig79_id,
                          en_reminder(T, "Dear Accounts Team,", "INV-0369", "£1,275.00", "2027-02-12"))
hdrs79 = orig79.as_string(policy=policy.default).split("\n\n", 1)[0]
bd79 = "8F1B21E0F5.1803267002/mail.hadleydigital.co.uk"
raw79 = f"""Return-Path: <>
X-Original-To: tom@hadleydigital.co.uk
Delivered-To: tom@hadleydigital.co.uk
Received: by mail.hadleydigital.co.uk (Postfix)
	id 8F1B21E0F5; Thu, 18 Feb 2027 11:30:02 +0000 (GMT)
Date: Thu, 18 Feb 2027 11:30:02 +0000 (GMT)
From: MAILER-DAEMON@mail.hadleydigital.co.uk (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: tom@hadleydigital.co.uk
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{bd79}"
Content-Transfer-Encoding: 8bit
Message-Id: <20270218113002.8F1B21E0F5@mail.hadleydigital.co.uk>

This is a MIME-encapsulated message.

--{bd79}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.hadleydigital.co.uk.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@millbrookdental.co.uk>: connect to mx.millbrookdental.co.uk[203.0.113.25]:25:
    Connection timed out

--{bd79}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.hadleydigital.co.uk
X-Postfix-Queue-ID: 7C2A31E0F4
X-Postfix-Sender: rfc822; tom@hadleydigital.co.uk
Arrival-Date: Thu, 18 Feb 2027 07:12:40 +0000 (GMT)

Final-Recipient: rfc822; accounts@millbrookdental.co.uk
Original-Recipient: rfc822;accounts@millbrookdental.co.uk
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.millbrookdental.co.uk[203.0.113.25]:25:
    Connection timed out
Will-Retry-Until: Tue, 23 Feb 2027 07:12:40 +0000 (GMT)

--{bd79}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{hdrs79}

--{bd79}--
"""
add(n=79, lang="en", kind="bounce", raw=raw79.encode("utf-8"),
    fresh="Your message could not be delivered for more than 4 hour(s). It will be retried until it is 5 day(s) old.",
    labels=dict(failed_recipient="accounts@millbrookdental.co.uk", permanent=False),
    note="Postfix delay warning (Action: delayed, 4.4.1): temporary; 'retried until ... 23 Feb' is the retry limit, not a failure date.")


# ==================================================================================================
# Write, re-read, check
# ==================================================================================================
KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
FACT_KINDS = {"promised_date": {"client-reply-promise"}, "return_date": {"auto-reply"},
              "failed_recipient": {"bounce"}, "permanent": {"bounce"}}
REPLY_PREFIX = re.compile(r"^(Re|RE|R|Rif|RIF|AW|RV|Fwd|I)\s*:", re.I)
WINDOW = (dt.date(2026, 11, 1), dt.date(2027, 3, 31))


def html_to_text(h):
    h = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>|</tr>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.get_filename():
            continue
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(html_to_text(part.get_content()))
    return "\n".join(out)


def numbers(text):
    vals = set()
    for tok in re.findall(r"\d[\d.,]*\d|\d", text):
        t = tok
        if "," in t and "." in t:
            if t.rfind(",") > t.rfind("."):
                t = t.replace(".", "").replace(",", ".")
            else:
                t = t.replace(",", "")
        elif "," in t:
            t = t.replace(",", ".") if re.search(r",\d{1,2}$", t) else t.replace(",", "")
        elif "." in t and re.search(r"\.\d{3}$", t):
            t = t.replace(".", "")
        try:
            vals.add(Decimal(t))
        except Exception:
            pass
    return vals


def next_weekday(d, wd, skip=0):
    k = (wd - d.weekday()) % 7 or 7
    return d + dt.timedelta(days=k + 7 * skip)


def next_dom(d, day):
    y, mth = d.year, d.month
    while True:
        if day <= calendar.monthrange(y, mth)[1] and dt.date(y, mth, day) >= d:
            return dt.date(y, mth, day)
        mth += 1
        if mth == 13:
            y, mth = y + 1, 1


def apply_rule(rule, d):
    kind = rule[0]
    if kind == "weekday":
        return next_weekday(d, rule[1], rule[2] if len(rule) > 2 else 0)
    if kind == "plus":
        return d + dt.timedelta(days=rule[1])
    if kind == "dom":
        return next_dom(d, rule[1])
    if kind == "month_end":
        return dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    raise ValueError(rule)


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def main():
    for f in HERE.glob(f"{PREFIX}-*.eml"):
        f.unlink()
    ms = sorted(MESSAGES, key=lambda m: m["n"])
    assert [m["n"] for m in ms] == list(range(1, 81)), [m["n"] for m in ms]
    labels = {}
    toml = ["# round21-days: replies where WHEN is the point (weekdays, 'fine mese', 'a mediados', numbers in words, "
            "time zones near midnight, vague times, scheduled transfers, arrival vs payment days, return days in words)", ""]
    for m in ms:
        name = f"{PREFIX}-{m['n']:04d}.eml"
        if "raw" in m:
            data = m["raw"]
        else:
            msg = build(m)
            pol = policy.default.clone(linesep="\r\n") if m.get("crlf") else policy.default
            data = msg.as_bytes(policy=pol)
        (HERE / name).write_bytes(data)
        lab = {"kind": m["kind"], "language": m["lang"], "split": "dev"}
        lab.update(m["labels"])
        lab["note"] = m["note"]
        labels[name] = lab
        toml.append(f'[files."{name}"]')
        for k, v in lab.items():
            toml.append(f"{k} = {toml_value(v)}")
        toml.append("")
    (HERE / "labels.toml").write_text("\n".join(toml), encoding="utf-8")
    check(ms, labels)


def check(ms, labels):
    errors = []
    parsed_labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    if parsed_labels != labels:
        errors.append("labels.toml does not round-trip")
    counts, langs = {}, {}
    for m in ms:
        name = f"{PREFIX}-{m['n']:04d}.eml"
        lab = parsed_labels[name]

        def err(s):
            errors.append(f"{name}: {s}")

        msg = email.message_from_bytes((HERE / name).read_bytes(), policy=policy.default)
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
        langs[lab["language"]] = langs.get(lab["language"], 0) + 1
        if lab["kind"] not in KINDS:
            err(f"bad kind {lab['kind']}")
        if lab["language"] not in ("it", "es", "en"):
            err("bad language")
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[k]:
                err(f"missing {k}")
        when_ = parsedate_to_datetime(str(msg["Date"]))
        if when_.tzinfo is None:
            err("Date without zone")
        local = when_.date()  # the Date header's own offset is the sender's zone
        if not WINDOW[0] <= local <= WINDOW[1]:
            err(f"date {local} outside window")
        if lab["kind"].startswith("client-reply"):
            if not msg["In-Reply-To"]:
                err("reply without In-Reply-To")
            if not REPLY_PREFIX.match(str(msg["Subject"])):
                err(f"reply subject without prefix: {msg['Subject']}")
        if lab["kind"] == "auto-reply" and not msg["Auto-Submitted"]:
            err("auto-reply without Auto-Submitted")
        for k, ks in FACT_KINDS.items():
            if k in lab and lab["kind"] not in ks:
                err(f"{k} on a {lab['kind']}")
        if lab["kind"] == "bounce" and not {"failed_recipient", "permanent"} <= set(lab):
            err("bounce without failed_recipient/permanent")
        if msg.defects:
            err(f"defects {msg.defects}")

        text = all_text(msg)
        ntext = norm(text)
        fresh = m["fresh"]
        for ln in fresh.split("\n"):
            if ln.strip() and norm(ln) not in ntext:
                err(f"fresh line not found in the parsed message: {ln[:60]!r}")
        # charset as intended
        if m.get("charset") and "raw" not in m:
            body = msg.get_body(("plain", "html"))
            if body.get_content_charset() != m["charset"]:
                err(f"charset {body.get_content_charset()} != {m['charset']}")
        # attachments
        names = [p.get_filename() for p in msg.iter_attachments() if p.get_filename()]
        if names != [a[0] for a in m.get("attach", [])]:
            err(f"attachments {names}")

        if "amount" in lab:
            if not re.fullmatch(r"\d+\.\d{2}", lab["amount"]):
                err("amount format")
            if Decimal(lab["amount"]) not in numbers(fresh):
                err(f"amount {lab['amount']} not in the sender's words")
            if lab.get("currency") not in ("EUR", "GBP", "USD"):
                err("amount without a known currency")
        elif "currency" in lab:
            err("currency without amount")
        if "reference" in lab and lab["reference"].lower() not in fresh.lower():
            err(f"reference {lab['reference']} not in the sender's words")

        for key in ("promised_date", "return_date"):
            if key in lab:
                d = dt.date.fromisoformat(lab[key])
                if not local <= d <= local + dt.timedelta(days=70):
                    err(f"{key} {d} not within 70 days after {local}")
                if "rule" in m and apply_rule(m["rule"], local) != d:
                    err(f"{key} {d} but rule {m['rule']} from {local} gives {apply_rule(m['rule'], local)}")
            elif "rule" in m and lab["kind"] in ("client-reply-promise", "auto-reply") and \
                    ("promised_date" if lab["kind"] == "client-reply-promise" else "return_date") == key:
                err(f"rule given but no {key}")

        if lab["kind"] == "bounce":
            status = None
            finals = []
            for part in msg.walk():
                if part.get_content_type() == "message/delivery-status":
                    for block in part.get_payload():
                        if block["Status"]:
                            status = str(block["Status"]).strip()
                        if block["Final-Recipient"]:
                            finals.append(str(block["Final-Recipient"]).split(";")[-1].strip())
            if lab["failed_recipient"] not in finals:
                err(f"failed_recipient not in Final-Recipient {finals}")
            if status is None or (status[0] == "5") != lab["permanent"]:
                err(f"status {status} vs permanent={lab['permanent']}")

    target = {"it": 27, "es": 27, "en": 26}
    if langs != target:
        errors.append(f"languages {langs} != {target}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"wrote and checked {len(ms)} messages")
    for k in sorted(counts):
        print(f"  {k:22} {counts[k]}")
    print("  languages", langs)


if __name__ == "__main__":
    main()
