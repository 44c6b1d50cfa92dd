"""MIME plumbing, quoting styles and reminder texts for make.py (round14-facts).

Only shared plumbing lives here: the reminders mailduns sends (mirroring templates/{it,es,en}), the
way mail clients quote them, and the byte-level assembly of each message. Every client text is in
make.py, written by hand.
"""
import base64
import datetime as dt
import hashlib
import html
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

OWNERS = {
    "A": dict(name="Alessandra Rossi", email="alessandra@example.it", lang="it",
              iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX", tz="Europe/Rome"),
    "D": dict(name="Davide Marchetti", email="davide@marchettifoto.it", lang="it",
              iban="IT02 L030 6909 6061 0000 0012 345", bic="BCITITMMXXX", tz="Europe/Rome"),
    "L": dict(name="Lucía Martín", email="lucia@martinestudio.es", lang="es",
              iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", tz="Europe/Madrid"),
    "N": dict(name="Núria Soler", email="nuria@solertraduccions.com", lang="es",
              iban="ES79 0081 0200 2100 0123 4567", bic="BSABESBBXXX", tz="Europe/Madrid"),
    "T": dict(name="Tom Byrne", email="tom@byrnedesign.ie", lang="en",
              iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2DXXX", tz="Europe/Dublin"),
    "S": dict(name="Sarah Whitfield", email="sarah@whitfieldcopy.co.uk", lang="en",
              iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", tz="Europe/London"),
}

IT_M = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
ES_M = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
EN_M = "January February March April May June July August September October November December".split()
IT_D = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
ES_D = "lunes martes miércoles jueves viernes sábado domingo".split()
EN_D = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DE_D = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
DE_M = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()


def D(s):
    return dt.date.fromisoformat(s)


def fdate(lang, d):
    if lang == "it":
        return f"{d.day} {IT_M[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_M[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_M[d.month - 1]} {d.year}"


def il(d):
    """Italian article before a date: "il 2 dicembre 2026", "l'8 gennaio 2027"."""
    return ("l'" if d.day in (1, 8, 11) else "il ") + fdate("it", d)


# ---------------------------------------------------------------- reminders (as the templates render)

def _pay(o, ref):
    lang = OWNERS[o]["lang"]
    ow = OWNERS[o]
    if lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {ow['name']}\n- IBAN: {ow['iban']}\n- BIC: {ow['bic']}\n"
                f"- causale: {ref}")
    if lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {ow['name']}\n- IBAN: {ow['iban']}\n- BIC: {ow['bic']}\n"
                f"- concepto: {ref}")
    return (f"Payment details:\n- Account name: {ow['name']}\n- IBAN: {ow['iban']}\n- BIC (SWIFT): {ow['bic']}\n"
            f"- Payment reference: {ref}")


def _sal(lang, name, kind):
    if lang == "it":
        if kind == "company" and name:
            return f"Spett.le {name},"
        if kind == "person" and name:
            return f"Gentile {name},"
        return "Buongiorno,"
    if lang == "es":
        if kind == "company":
            return "Estimados señores:"
        if kind == "person" and name:
            return f"Buenos días, {name}:"
        return "Buenos días:"
    if kind == "person" and name:
        return f"Dear {name},"
    if kind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def reminder(o, step, inv, cname=None, ckind=None, today=None, deadline=None, promise=None, invoices=None):
    """The text of a mailduns letter. inv: dict(num, amount, issue, due) with dates as date objects."""
    ow = OWNERS[o]
    lang = ow["lang"]
    sal = _sal(lang, cname, ckind)
    today = D(today) if isinstance(today, str) else today
    deadline = D(deadline) if isinstance(deadline, str) else deadline
    if inv:
        num, amt = inv["num"], inv.get("amount")
        issue, due = D(inv["issue"]), D(inv["due"])
        days_late = (today - due).days
    if lang == "it":
        ref = f"Fattura n. {num}" if inv else "Fatture n. " + ", ".join(i["num"] for i in invoices)
        pay = _pay(o, ref)
        di = f" di {amt}" if amt else ""
        if step == "courtesy":
            body = (f"un breve promemoria: la fattura n. {num}{di}, emessa {il(issue)}, è in scadenza {il(due)}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "due":
            if days_late > 0:
                first = (f"un promemoria: la fattura n. {num}{di} è scaduta {il(due)}. Se il pagamento non è ancora "
                         "stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
            else:
                first = f"un promemoria: la fattura n. {num}{di} è in scadenza oggi, {fdate('it', due)}."
            body = (f"{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "reminder":
            body = (f"da un controllo la fattura n. {num}{di}, scaduta {il(due)}, risulta ancora da saldare. Potrebbe "
                    "trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n" + pay)
        elif step == "late_fee":
            dl = f": sono trascorsi {days_late} giorni dalla scadenza" if days_late > 1 else ""
            body = (f"la fattura n. {num}{di}, scaduta {il(due)}, risulta ancora da saldare{dl}.\n\n"
                    f"Chiedo cortesemente di provvedere al pagamento entro {il(deadline)}. Se il pagamento è già stato "
                    "disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i "
                    "tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n" + pay)
        elif step == "promise_followup":
            p = D(promise)
            body = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num}{di} sarebbe stato "
                    f"effettuato entro {il(p)}.\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato "
                    "disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, "
                    "chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n" + pay)
        else:
            raise ValueError(step)
        return f"{sal}\n\n{body}\n\nCordiali saluti,\n{ow['name']}\n"
    if lang == "es":
        if inv:
            ref = f"Factura {num}"
        else:
            ref = "Facturas " + ", ".join(i["num"] for i in invoices)
        pay = _pay(o, ref)
        de = f" de {amt}" if inv and amt else ""
        if step == "courtesy":
            body = (f"Un breve recordatorio: la factura n.º {num}{de}, emitida el {fdate('es', issue)}, vence el "
                    f"{fdate('es', due)}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "due":
            if days_late > 0:
                first = (f"La factura n.º {num}{de} venció el {fdate('es', due)} y, según mis registros, el pago aún no "
                         "consta. Agradecería que se tramitara en los próximos días.")
            else:
                first = f"La factura n.º {num}{de} vence hoy, {fdate('es', due)}."
            body = (f"{first}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "reminder":
            body = (f"Revisando mis cuentas, veo que la factura n.º {num}{de}, vencida el {fdate('es', due)}, sigue "
                    "pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara "
                    "en cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con "
                    "responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay "
                    "algún problema con la factura, podemos aclararlo por esta misma vía.\n\n" + pay)
        elif step == "late_fee":
            dl = f", hace {days_late} días," if days_late > 1 else ""
            body = (f"La factura n.º {num}{de} venció el {fdate('es', due)}{dl} y sigue pendiente de pago.\n\n"
                    f"Ruego que el pago{de} se realice a más tardar el {fdate('es', deadline)}. Si ya está en curso, "
                    "muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema "
                    "con la factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n" + pay)
        elif step == "promise_followup":
            p = D(promise)
            body = (f"Según su último mensaje, el pago de la factura n.º {num}{de} se realizaría a más tardar el "
                    f"{fdate('es', p)}; gracias de nuevo por la información.\n\nA día de hoy el pago todavía no ha "
                    "llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la "
                    "transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.\n\n" + pay)
        elif step == "statement":
            lines = []
            total = 0.0
            for i in invoices:
                due_i = D(i["due"])
                late = (today - due_i).days
                lines.append(f"- n.º {i['num']}, del {fdate('es', D(i['issue']))}, vencida el {fdate('es', due_i)} "
                             f"({late} días de retraso): {i['amount']}")
                total += float(i["amount"].replace(" €", "").replace(".", "").replace(",", "."))
            tot = f"{total:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " €"
            body = ("Revisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n"
                    + "\n".join(lines) + f"\n\nTotal a pagar: {tot}\n\n"
                    f"Ruego que el pago de estas facturas se realice a más tardar el {fdate('es', deadline)}. Si alguna "
                    "de ellas ya está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la "
                    "transferencia, para que pueda actualizar mis registros. Si hay algún problema con alguna factura, "
                    "podemos aclararlo por esta misma vía.\n\n" + pay)
        else:
            raise ValueError(step)
        return f"{sal}\n\n{body}\n\nUn cordial saludo,\n{ow['name']}\n"
    # English
    ref = num
    pay = _pay(o, ref)
    fo = f" for {amt}" if amt else ""
    if step == "courtesy":
        body = (f"This is a friendly reminder that invoice {num}{fo}, issued on {fdate('en', issue)}, is due for payment "
                f"on {fdate('en', due)}.\n\nIf payment is already on its way, thank you, and please disregard this "
                f"message.\n\n{pay}\n\nIf you have any questions, just reply to this email.")
    elif step == "due":
        if days_late > 0:
            first = (f"This is a quick reminder that invoice {num}{fo} was due for payment on {fdate('en', due)}. If it "
                     "has not been paid yet, I would be grateful if you could arrange payment in the next few days.")
        else:
            first = f"This is a quick reminder that invoice {num}{fo} is due for payment today, {fdate('en', due)}."
        body = (f"{first}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n{pay}\n\n"
                "If you have any questions, just reply to this email.")
    elif step == "reminder":
        body = (f"According to my records, invoice {num}{fo}, due on {fdate('en', due)}, has not yet been paid. It may "
                "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                "convenience.\n\nIf you have already paid, thank you – please let me know the payment date so that I "
                "can update my records. If there is a problem with the invoice, please reply to this email and we can "
                "sort it out.\n\n" + pay)
    elif step == "late_fee":
        body = (f"Invoice {num}{fo}, due on {fdate('en', due)}, is now {days_late} days overdue.\n\n"
                f"Please arrange payment by {fdate('en', deadline)}. If payment is already on its way, thank you – please "
                "let me know the date it was made. If there is a problem with the invoice or with the timing, please "
                "reply to this email and we can find a solution.\n\n" + pay)
    elif step == "promise_followup":
        p = D(promise)
        body = (f"Thank you for letting me know that invoice {num}{fo} would be paid by {fdate('en', p)}.\n\n"
                "The payment has not reached me yet. If it is already on its way, thank you – please let me know the "
                "date it was made. If you need a little more time, could you let me know when I can expect it?\n\n" + pay)
    else:
        raise ValueError(step)
    return f"{sal}\n\n{body}\n\nKind regards,\n{ow['name']}\n"


# ---------------------------------------------------------------- quoting

IT_D3 = "lun mar mer gio ven sab dom".split()
IT_M3 = "gen feb mar apr mag giu lug ago set ott nov dic".split()
ES_D3 = "lun mar mié jue vie sáb dom".split()
ES_M3 = "ene feb mar abr may jun jul ago sept oct nov dic".split()
EN_D3 = "Mon Tue Wed Thu Fri Sat Sun".split()
EN_M3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def gt(lines_text, prefix="> "):
    out = []
    for ln in lines_text.rstrip("\n").split("\n"):
        out.append(prefix.rstrip() if not ln else prefix + ln)
    return "\n".join(out)


def attribution(style, lang, when, name, email):
    d, t = when, when.strftime("%H:%M")
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_D3[d.weekday()]} {d.day} {IT_M3[d.month-1]} {d.year} alle ore {t} {name} <{email}> ha scritto:"
        if lang == "es":
            return f"El {ES_D3[d.weekday()]}, {d.day} {ES_M3[d.month-1]} {d.year} a las {d.hour}:{d.minute:02d}, {name} (<{email}>) escribió:"
        return f"On {EN_D3[d.weekday()]}, {d.day} {EN_M3[d.month-1]} {d.year} at {t}, {name} <{email}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {d.day} {IT_M3[d.month-1]} {d.year}, alle ore {t}, {name} <{email}> ha scritto:"
        if lang == "es":
            return f"El {d.day} {ES_M3[d.month-1]} {d.year}, a las {d.hour}:{d.minute:02d}, {name} <{email}> escribió:"
        return f"On {d.day} {EN_M3[d.month-1]} {d.year}, at {t}, {name} <{email}> wrote:"
    raise ValueError(style)


def outlook_block(lang, when, frm, to, subject, cc=None):
    d = when
    if lang == "it":
        s = (f"Da: {frm}\nInviato: {IT_D[d.weekday()]} {d.day} {IT_M[d.month-1]} {d.year} {d.strftime('%H:%M')}\n"
             f"A: {to}\n" + (f"Cc: {cc}\n" if cc else "") + f"Oggetto: {subject}")
    elif lang == "es":
        s = (f"De: {frm}\nEnviado el: {ES_D[d.weekday()]}, {d.day} de {ES_M[d.month-1]} de {d.year} {d.hour}:{d.minute:02d}\n"
             f"Para: {to}\n" + (f"CC: {cc}\n" if cc else "") + f"Asunto: {subject}")
    elif lang == "de":
        s = (f"Von: {frm}\nGesendet: {DE_D[d.weekday()]}, {d.day}. {DE_M[d.month-1]} {d.year} {d.strftime('%H:%M')}\n"
             f"An: {to}\n" + (f"Cc: {cc}\n" if cc else "") + f"Betreff: {subject}")
    elif lang == "en-us":
        h12 = d.strftime("%I:%M %p").lstrip("0")
        s = (f"From: {frm}\nSent: {EN_D[d.weekday()]}, {EN_M[d.month-1]} {d.day}, {d.year} {h12}\n"
             f"To: {to}\n" + (f"Cc: {cc}\n" if cc else "") + f"Subject: {subject}")
    else:
        s = (f"From: {frm}\nSent: {d.day:02d} {EN_M[d.month-1]} {d.year} {d.strftime('%H:%M')}\n"
             f"To: {to}\n" + (f"Cc: {cc}\n" if cc else "") + f"Subject: {subject}")
    return s


def quote_text(style, lang, when, owner, text, to=None, subject=None):
    ow = OWNERS[owner]
    if style in ("gmail", "apple"):
        return attribution(style, lang, when, ow["name"], ow["email"]) + "\n\n" + gt(text) + "\n"
    if style == "outlook":
        return ("\n________________________________\n" + outlook_block(lang, when, f"{ow['name']} <{ow['email']}>", to, subject)
                + "\n\n" + text)
    if style == "outlook2":  # classic desktop Outlook, "-----Messaggio originale-----"
        sep = {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----",
               "de": "-----Ursprüngliche Nachricht-----"}.get(lang, "-----Original Message-----")
        return ("\n" + sep + "\n" + outlook_block(lang, when, f"{ow['name']} [mailto:{ow['email']}]", to, subject)
                + "\n\n" + text)
    raise ValueError(style)


def h(s):
    return html.escape(s)


def text_to_html(s):
    paras = s.strip("\n").split("\n\n")
    return "\n".join("<div>" + "<br>\n".join(h(x) for x in p.split("\n")) + "</div><div><br></div>" for p in paras)


def gmail_html(client_text, lang, when, owner, quoted):
    ow = OWNERS[owner]
    attr = attribution("gmail", lang, when, ow["name"], ow["email"])
    attr = h(attr).replace(h(f"<{ow['email']}>"), f'&lt;<a href="mailto:{ow["email"]}">{ow["email"]}</a>&gt;')
    q = ""
    if quoted:
        q = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + attr + '<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + text_to_html(quoted) + "</blockquote></div>")
    return '<div dir="ltr">' + text_to_html(client_text) + "</div>" + q + "\n"


def outlook_html(client_text, lang, when, owner, quoted, to, subject, font="Calibri"):
    ow = OWNERS[owner]
    paras = "".join(f'<p class="MsoNormal">{h(line) if line else "&nbsp;"}<o:p></o:p></p>\n'
                    for line in client_text.strip("\n").split("\n"))
    q = ""
    if quoted:
        blk = outlook_block(lang, when, f"{ow['name']} <{ow['email']}>", to, subject)
        rows = []
        for line in blk.split("\n"):
            k, _, v = line.partition(": ")
            rows.append(f"<b>{h(k)}:</b> {h(v)}")
        q = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             '<p class="MsoNormal">' + "<br>\n".join(rows) + "<o:p></o:p></p></div></div>\n"
             + "".join(f'<p class="MsoNormal">{h(line) if line else "&nbsp;"}<o:p></o:p></p>\n'
                       for line in quoted.strip("\n").split("\n")))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            f'<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}} --></style></head>'
            '<body lang="' + {"it": "IT", "es": "ES", "de": "DE", "en-us": "EN-US"}.get(lang, "EN-GB") + '" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            + paras + q + "</div></body></html>\n")


# ---------------------------------------------------------------- MIME assembly

_counter = [0]


def boundary(seed):
    _counter[0] += 1
    return "----=_Part_" + hashlib.md5(f"{seed}-{_counter[0]}".encode()).hexdigest()[:20]


def leaf(ctype, payload, charset=None, cte="quoted-printable", codec=None, disposition=None, filename=None, extra=()):
    """One MIME leaf. payload: str (text, encoded with codec or charset) or bytes."""
    if isinstance(payload, str):
        raw = payload.encode(codec or charset)
    else:
        raw = payload
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    ct = ctype + (f'; charset="{charset}"' if charset else "") + (f'; name="{filename}"' if filename and not charset else "")
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        hdrs.append(("Content-Disposition", f'{disposition}; filename="{filename}"' if filename else disposition))
    hdrs.extend(extra)
    return hdrs, body


def multipart(subtype, parts, seed):
    b = boundary(seed)
    out = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for hdrs, body in parts:
        out += b"--" + b.encode() + b"\n" + _hdr_bytes(hdrs) + b"\n" + body.rstrip(b"\n") + b"\n"
    out += b"--" + b.encode() + b"--\n"
    return [("Content-Type", f'multipart/{subtype}; boundary="{b}"')], out


def _hdr_bytes(hdrs):
    return b"".join(f"{k}: {v}\n".encode("ascii") for k, v in hdrs)


def enc_header(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def addr(name, email):
    if name is None:
        return email
    return formataddr((name, email), charset="utf-8")


def addrs(lst):
    return ", ".join(addr(n, e) for n, e in lst)


def when(s, tz):
    return dt.datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


def msgid(seed, domain):
    return "<" + hashlib.sha1(seed.encode()).hexdigest()[:24].upper() + "@" + domain + ">"


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 770 Td (" + t + b") Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png():
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * 4 for _ in range(3))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 3, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

# ================================================================ message builder

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r14f"
MESSAGES = []   # (filename, bytes, label)

GMAIL_DOMAINS = ("gmail.com",)


def _mid_for(email, seed):
    dom = email.split("@")[1]
    if dom in GMAIL_DOMAINS:
        return "<CA" + hashlib.sha1(seed.encode()).hexdigest()[:30] + "+" + hashlib.md5(seed.encode()).hexdigest()[:8] + "@mail.gmail.com>"
    return msgid(seed, dom)


def invoice_mail(o, inv, what):
    ow = OWNERS[o]
    lang = ow["lang"]
    if lang == "it":
        return (f"Buongiorno,\n\nin allegato la fattura n. {inv['num']} di {inv['amount']} per {what}.\n"
                f"Il pagamento è da effettuarsi entro {il(D(inv['due']))} tramite bonifico "
                f"(IBAN {ow['iban']}).\n\nGrazie e buona giornata,\n{ow['name']}\n")
    if lang == "es":
        return (f"Hola:\n\nAdjunto la factura n.º {inv['num']} por importe de {inv['amount']} correspondiente a {what}.\n"
                f"Vencimiento: {fdate('es', D(inv['due']))}. Pago por transferencia a {ow['iban']}.\n\n"
                f"Gracias y un saludo,\n{ow['name']}\n")
    return (f"Hi,\n\nPlease find attached invoice {inv['num']} for {inv['amount']} for {what}.\n"
            f"Payment is due by {fdate('en', D(inv['due']))}; bank details are on the invoice.\n\n"
            f"Many thanks,\n{ow['name']}\n")


def add(n, *, lang, owner, frm, date, tz, subject, text, label, rem=None, orig=None, quote="gmail",
        fmt="plain", charset="utf-8", codec=None, cte="quoted-printable", attachments=(), cc=(), to=None,
        headers=(), thread=True, html_override=None, quote_lang=None):
    ow = OWNERS[owner]
    fname = f"{PREFIX}-{n:04d}.eml"
    sent = when(date, tz)
    qlang = quote_lang or lang
    # the message being answered: a mailduns letter (rem) or the invoice mail itself (orig)
    quoted, qsubj, qwhen, qto, parent_ids = None, None, None, None, []
    cname = frm[0]
    if rem or orig:
        inv = rem["inv"] if rem else orig["inv"]
        key = inv["num"] if inv else "+".join(i["num"] for i in rem["invoices"])
        inv_id = msgid(f"inv-{owner}-{key}", ow["email"].split("@")[1])
        if rem:
            quoted = reminder(owner, rem["step"], inv, rem.get("cname"), rem.get("ckind"), rem["today"],
                              rem.get("deadline"), rem.get("promise"), rem.get("invoices"))
            qwhen = when(rem["today"] + " " + rem.get("at", "09:00"), ow["tz"])
            qsubj = rem.get("subject") or ("Re: " + {"it": "Fattura ", "es": "Factura ", "en": "Invoice "}[ow["lang"]] + key)
            rem_id = msgid(f"rem-{owner}-{key}-{rem['step']}-{rem['today']}", ow["email"].split("@")[1])
            parent_ids = [inv_id, rem_id] if inv else [rem_id]
        else:
            quoted = invoice_mail(owner, inv, orig["what"])
            qwhen = when(orig["date"], ow["tz"])
            qsubj = orig.get("subject") or ({"it": "Fattura ", "es": "Factura ", "en": "Invoice "}[ow["lang"]] + inv["num"])
            parent_ids = [inv_id]
        qto = f"{frm[0]} <{frm[1]}>" if frm[0] else frm[1]
        if rem and rem.get("to"):
            qto = rem["to"]
    to_list = to or [(ow["name"], ow["email"])]
    hdrs = [
        ("From", addr(*frm)),
        ("To", addrs(to_list)),
    ]
    if cc:
        hdrs.append(("Cc", addrs(cc)))
    hdrs += [("Subject", enc_header(subject)), ("Date", format_datetime(sent)),
             ("Message-ID", _mid_for(frm[1], f"{fname}-{date}"))]
    if parent_ids and thread:
        hdrs += [("In-Reply-To", parent_ids[-1]), ("References", " ".join(parent_ids))]
    hdrs += list(headers)
    hdrs.append(("MIME-Version", "1.0"))

    # bodies
    if quote and quoted and quote != "none":
        if quote in ("gmail", "apple"):
            plain = text.rstrip("\n") + "\n\n" + quote_text(quote, qlang, qwhen, owner, quoted) 
        else:
            plain = text.rstrip("\n") + "\n" + quote_text(quote, qlang, qwhen, owner, quoted, to=qto, subject=qsubj)
        if quote == "apple" and text.rstrip().endswith(("iPhone", "iPad")):
            pass
    else:
        plain = text
    if fmt == "plain":
        part = leaf("text/plain", plain, charset, cte, codec)
    elif fmt in ("alt-gmail", "html-gmail"):
        hbody = html_override or gmail_html(text, qlang, qwhen, owner, quoted if quote != "none" else None)
        hp = leaf("text/html", hbody, charset, cte, codec)
        part = hp if fmt == "html-gmail" else multipart("alternative", [leaf("text/plain", plain, charset, cte, codec), hp], fname)
    elif fmt in ("alt-outlook", "html-outlook"):
        hbody = html_override or outlook_html(text, qlang, qwhen, owner, quoted if quote != "none" else None, qto, qsubj)
        hp = leaf("text/html", hbody, charset, cte, codec)
        part = hp if fmt == "html-outlook" else multipart("alternative", [leaf("text/plain", plain, charset, cte, codec), hp], fname)
    else:
        raise ValueError(fmt)
    if attachments:
        parts = [part]
        for ctype, filename, data in attachments:
            parts.append(leaf(ctype, data, None, "base64", disposition="attachment", filename=filename))
        part = multipart("mixed", parts, fname)
    ph, pbody = part
    raw = _hdr_bytes([(k, v) for k, v in hdrs]) + _hdr_bytes(ph) + b"\n" + pbody
    lab = dict(label)
    lab.setdefault("language", lang)
    MESSAGES.append((fname, raw, lab))


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
         "failed_recipient", "permanent", "note"]


def write_all():
    seen = set()
    lines = ["# round14-facts: labels for the blind test set (human client replies whose facts matter).",
             "# Generated by make.py.", ""]
    for fname, raw, lab in MESSAGES:
        assert fname not in seen, fname
        seen.add(fname)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(raw)
        lab["split"] = "dev"
        lines.append(f'[files."{fname}"]')
        for k in ORDER:
            if k in lab:
                v = lab[k]
                lines.append(f"{k} = " + ("true" if v is True else "false" if v is False else toml_str(v)))
        extra = set(lab) - set(ORDER)
        assert not extra, (fname, extra)
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


def check():
    import email
    import email.policy
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as f:
        labels = tomllib.load(f)["files"]
    kinds = Counter()
    langs = Counter()
    for fname, raw, lab in MESSAGES:
        with open(os.path.join(HERE, fname), "rb") as f:
            m = email.message_from_bytes(f.read(), policy=email.policy.default)
        for hname in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[hname], (fname, hname)
        _ = m["Date"].datetime
        # every text part decodes
        for p in m.walk():
            if p.get_content_maintype() == "text":
                p.get_content()
        body = m.get_body(preferencelist=("plain", "html"))
        assert body is not None, fname
        L = labels[fname]
        assert L["kind"] in KINDS, fname
        assert L["split"] == "dev"
        for k in ("promised_date", "return_date"):
            if k in L:
                dt.date.fromisoformat(L[k])
        if "amount" in L:
            float(L["amount"])
            assert "." in L["amount"] and "," not in L["amount"], fname
        kinds[L["kind"]] += 1
        langs[L["language"]] += 1
    print(len(MESSAGES), "messages parsed OK")
    print(dict(kinds))
    print(dict(langs))

# ================================================================ Italian (Alessandra Rossi "A", Davide Marchetti "D")

GDPR_IT = ("\n--\nAi sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questo messaggio sono "
           "riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio Le fosse pervenuto "
           "per errore, La preghiamo di eliminarlo e di darcene comunicazione. Grazie.\n")

# 1 — promise, "giovedì 18"
add(1, lang="it", owner="A", frm=("Paola Ferraris", "p.ferraris@studioferraris.it"),
    date="2027-02-15 10:42", tz="Europe/Rome", subject="R: Re: Fattura 41/2026",
    rem=dict(step="late_fee", inv=dict(num="41/2026", amount="1.830,00 €", issue="2026-12-15", due="2027-01-14"),
             cname="Studio Ferraris & Associati", ckind="company", today="2027-02-12", deadline="2027-02-19", at="08:30"),
    quote="outlook", charset="windows-1252", cte="quoted-printable",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Buongiorno Alessandra,

scusi il ritardo nella risposta, la settimana scorsa ero fuori sede per una fiera.

Ho parlato con il dott. Ferraris: il bonifico lo disponiamo giovedì 18, insieme agli altri fornitori del mese. Appena partito le giro la contabile.

Cordiali saluti

Paola Ferraris
Segreteria amministrativa
Studio Ferraris & Associati
Via Cernaia 14 – 10122 Torino
Tel. 011 562 3390
""" + GDPR_IT,
    label=dict(kind="client-reply-promise", promised_date="2027-02-18",
               note="'giovedì 18' = Thu 18 Feb 2027 (date Mon 15 Feb). The quoted late_fee shows a different deadline "
                    "(19 febbraio) and the amount; neither is the client's fact."))

# 2 — promise, "fatt. 14/26", "il 3 del mese prossimo"
add(2, lang="it", owner="D", frm=("Nino Esposito", "nino.esposito74@gmail.com"),
    date="2026-11-27 19:03", tz="Europe/Rome", subject="Re: Fattura 14/2026",
    rem=dict(step="reminder", inv=dict(num="14/2026", amount="650,00 €", issue="2026-10-21", due="2026-11-20"),
             cname="Gelateria Da Nino snc", ckind="company", today="2026-11-24", at="09:15"),
    quote="apple", cte="8bit", headers=[("X-Mailer", "iPhone Mail (22B91)")],
    text="""Ciao Davide scusa ho visto adesso. Per la fatt. 14/26 ti faccio il bonifico il 3 del mese prossimo che mi entrano i soldi del pos, prima proprio non ce la faccio
Le foto sono venute benissimo, le abbiamo messe pure su insta!!
Nino

Inviato da iPhone""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-03", reference="14/2026",
               note="'il 3 del mese prossimo' sent 27 Nov -> 3 Dec 2026; reference written 'fatt. 14/26'."))

# 3 — promise, self-correction "giovedì... anzi no, venerdì"
add(3, lang="it", owner="A", frm=("Marco Gatti", "marco.gatti@gattiarredi.it"),
    date="2026-12-01 08:17", tz="Europe/Rome", subject="R: Fattura 36/2026",
    rem=dict(step="reminder", inv=dict(num="36/2026", amount="2.196,00 €", issue="2026-10-26", due="2026-11-25"),
             cname="Gatti Arredi srl", ckind="company", today="2026-11-30", at="09:00"),
    quote="outlook2",
    text="""Buongiorno Alessandra,
ha ragione, mi era proprio sfuggita. Le faccio partire il bonifico giovedì... anzi no, venerdì, perché giovedì sono tutto il giorno dal cliente a Brescia e la firma sul conto la posso mettere solo io.

Buona giornata
Marco Gatti
Gatti Arredi srl - Lissone (MB)
""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-04",
               note="Self-correction: 'giovedì... anzi no, venerdì' -> Friday 4 Dec 2026 (date Tue 1 Dec)."))

# 4 — promise, "il lunedì dopo l'Epifania" (vague by the brief's rule)
add(4, lang="it", owner="D", frm=("Elisa Moretti", "amministrazione@cantinemoretti.it"),
    date="2026-12-18 16:55", tz="Europe/Rome", subject="Re: Fattura 39/2026",
    rem=dict(step="due", inv=dict(num="39/2026", amount="1.464,00 €", issue="2026-11-15", due="2026-12-15"),
             cname="Cantine Moretti srl", ckind="company", today="2026-12-15", at="08:05"),
    quote="gmail", fmt="alt-gmail",
    text="""Gentile Davide,

la informo che l'ufficio amministrativo resterà chiuso dal 23 dicembre al 6 gennaio per le festività.
La sua fattura n. 39 è già stata approvata dal titolare e la mettiamo in pagamento il lunedì dopo l'Epifania, alla riapertura.

Colgo l'occasione per farle i migliori auguri di buone feste, anche da parte di tutta la cantina.

Elisa Moretti
Amministrazione – Cantine Moretti srl
Loc. Case Sparse 12, 53024 Montalcino (SI)
""",
    label=dict(kind="client-reply-promise", reference="39/2026",
               note="'il lunedì dopo l'Epifania' counts as vague per the brief -> no promised_date. 'fattura n. 39' -> 39/2026."))

# 5 — promise, "a fine mese", formal, windows-1252
add(5, lang="it", owner="A", frm=("Ufficio Amministrazione", "amministrazione@tipografialeone.it"),
    date="2026-12-09 11:20", tz="Europe/Rome", subject="R: Re: Fattura 38/2026",
    rem=dict(step="reminder", inv=dict(num="38/2026", amount="915,00 €", issue="2026-10-30", due="2026-11-29"),
             cname="Tipografia Leone srl", ckind="company", today="2026-12-07", at="09:00"),
    quote="outlook", charset="windows-1252", cte="quoted-printable", headers=[("X-Mailer", "Microsoft Outlook 15.0")],
    text="""Buongiorno,

in riferimento alla Vs. fattura nr. 38/2026 del 30/10/2026 Vi comunichiamo che la stessa verrà saldata a fine mese, come da nostre condizioni di pagamento (bonifico 30 gg d.f.f.m.).

Distinti saluti

Ufficio Amministrazione
TIPOGRAFIA LEONE S.r.l.
Via dell'Industria 8 - 36100 Vicenza
P.IVA 01234560248
""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-31", reference="38/2026",
               note="'a fine mese' sent 9 Dec -> 31 Dec 2026. The invoice date 30/10/2026 in the text is not a promise date."))

# 6 — promise, "entro il 10" when the 10th has passed -> next month
add(6, lang="it", owner="D", frm=("Roberto Sala", "roberto@salaeventi.it"),
    date="2027-01-22 13:05", tz="Europe/Rome", subject="Re: Fattura 40/2026",
    rem=dict(step="late_fee", inv=dict(num="40/2026", amount="3.050,00 €", issue="2026-12-01", due="2026-12-31"),
             cname="Sala Eventi sas", ckind="company", today="2027-01-20", deadline="2027-01-27", at="08:00"),
    quote="gmail",
    text="""Davide ciao,
ti chiedo ancora un po' di pazienza: dopo le feste siamo messi male con la cassa, due clienti grossi non ci hanno ancora pagato il capodanno.
Entro il 10 te la saldo tutta, ma prima non ce la faccio proprio. Non è che non voglio, è che non ci sono.
Scusa davvero
Roberto

--
Sala Eventi sas
www.salaeventi.it
""",
    label=dict(kind="client-reply-promise", promised_date="2027-02-10",
               note="'Entro il 10' sent 22 Jan: the 10th of January has passed -> 10 Feb 2027. Quoted deadline 27 Jan is not theirs."))

# 7 — promise, "domani" sent near midnight
add(7, lang="it", owner="A", frm=("Chiara Fontana", "chiara.fontana@gmail.com"),
    date="2026-12-14 23:48", tz="Europe/Rome", subject="Re: Fattura 42/2026",
    rem=dict(step="reminder", inv=dict(num="42/2026", amount="480,00 €", issue="2026-11-06", due="2026-12-06"),
             cname="Chiara Fontana", ckind="person", today="2026-12-14", at="09:00"),
    quote="gmail", fmt="alt-gmail",
    text="""Ciao Alessandra!
Hai ragione scusami, con il trasloco mi sono dimenticata di tutto 🙈
Domani mattina appena mi sveglio faccio il bonifico, promesso!

Il sito intanto piace a tutti, mia zia vuole farne uno uguale per la sua bottega 😄

Un abbraccio
Chiara
""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-15",
               note="'Domani mattina' sent Mon 14 Dec 23:48 +0100 -> 15 Dec 2026."))

# 8 — promise, "oggi pomeriggio"
add(8, lang="it", owner="D", frm=("F. Rinaldi", "f.rinaldi@rinaldimoto.it"),
    date="2027-01-07 09:31", tz="Europe/Rome", subject="Re: Fattura 43/2026",
    rem=dict(step="reminder", inv=dict(num="43/2026", amount="915,00 €", issue="2026-11-30", due="2026-12-30"),
             cname="Rinaldi Moto di Fabio Rinaldi", ckind="company", today="2027-01-07", at="08:00"),
    quote="none", cte="8bit",
    text="""Buongiorno, lo faccio oggi pomeriggio dall'home banking, stamattina non ho i codici con me.
Saluti
F. Rinaldi

Inviato dal mio Galaxy
""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-07",
               note="Not paid yet, will pay 'oggi pomeriggio' -> the Date's day, 7 Jan 2027. No quote."))

# 9 — promise with amount in words, first instalment on Friday
add(9, lang="it", owner="A", frm=("Giorgio Bellini", "giorgio@bellinicostruzioni.it"),
    date="2027-01-12 18:22", tz="Europe/Rome", subject="R: Fattura 37/2026",
    rem=dict(step="late_fee", inv=dict(num="37/2026", amount="2.500,00 €", issue="2026-11-10", due="2026-12-10"),
             cname="Bellini Costruzioni srl", ckind="company", today="2027-01-11", deadline="2027-01-18", at="09:00"),
    quote="outlook", fmt="alt-outlook",
    text="""Gentile Alessandra,

le chiedo la cortesia di dividere il pagamento in due: venerdì le bonifico milleduecentocinquanta euro e il resto entro fine febbraio.
Spero vada bene, è un periodo complicato per tutto il settore e i SAL ci vengono pagati a singhiozzo.

Cordialmente,
Giorgio Bellini
Bellini Costruzioni srl
""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-15", amount="1250.00",
               note="Instalment plan: 'venerdì' (Fri 15 Jan 2027) 'milleduecentocinquanta euro' = 1250.00; the rest 'entro "
                    "fine febbraio'. promised_date is the first payment; amount written in words."))

# 10 — promise, "non prima del 28"
add(10, lang="it", owner="D", frm=("Sonia Ricci", "sonia.ricci@agenziaricci.com"),
    date="2026-12-03 15:12", tz="Europe/Rome", subject="Re: Fattura 35/2026",
    rem=dict(step="reminder", inv=dict(num="35/2026", amount="1.220,00 €", issue="2026-10-28", due="2026-11-27"),
             cname="Agenzia Ricci Comunicazione srl", ckind="company", today="2026-12-02", at="09:00"),
    quote="gmail",
    text="""Ciao Davide,
purtroppo non prima del 28: il cliente finale (quello del catalogo) ci paga il 25 e a cascata paghiamo i fornitori. Mi spiace, so che è tardi e che il lavoro l'hai consegnato a ottobre.

Sonia

Sonia Ricci | Account director
Agenzia Ricci Comunicazione
""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-28",
               note="'non prima del 28' -> 28 Dec 2026. The 25th is when their own client pays them, not the promise."))

# 11 — promise, two invoices, vague
add(11, lang="it", owner="A", frm=("Luca Pellegrini", "luca@pellegrinishop.it"),
    date="2026-11-20 12:00", tz="Europe/Rome", subject="Re: Fattura 31/2026",
    rem=dict(step="reminder", inv=dict(num="31/2026", amount="732,00 €", issue="2026-10-05", due="2026-11-04"),
             cname="Pellegrini Shop", ckind="company", today="2026-11-19", at="09:00"),
    quote="gmail",
    text="""Ciao Ale,
la 31 te la paghiamo la settimana prossima insieme alla 33, così faccio un bonifico solo. Ti torna?
Luca
""",
    label=dict(kind="client-reply-promise", reference="31/2026",
               note="Names two invoices (31 and 33); the thread and the promise are about 31/2026. 'la settimana prossima' is "
                    "vague -> no promised_date."))

# 12 — promise, "martedì 22 dicembre", iso-8859-1 label with cp1252 bytes
add(12, lang="it", owner="D", frm=("Ufficio Contabilità Hotel Belvedere", "contabilita@hotelbelvedere-garda.it"),
    date="2026-12-16 10:05", tz="Europe/Rome", subject="R: Fattura 41/2026",
    rem=dict(step="reminder", inv=dict(num="41/2026", amount="2.318,00 €", issue="2026-11-05", due="2026-12-05"),
             cname="Hotel Belvedere srl", ckind="company", today="2026-12-14", at="09:00"),
    quote="outlook2", charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
    headers=[("X-Mailer", "Microsoft Outlook 14.0")],
    text="""Gentile sig. Marchetti,

La informiamo che la Sua fattura n° 41/2026 di € 2.318,00 è stata inserita nella distinta di pagamento di martedì 22 dicembre.
Ci scusiamo per il ritardo, dovuto all’avvicendamento nel nostro ufficio.

Cordiali saluti

Ufficio Contabilità
Hotel Belvedere **** – Garda (VR)
""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-22", amount="2318.00", reference="41/2026",
               note="Payment run 'martedì 22 dicembre' -> 2026-12-22. 'n° 41/2026', '€ 2.318,00' in their own text. "
                    "iso-8859-1 header with cp1252 bytes (€, curly apostrophe)."))

# 13 — promise, "dopo il 10 gennaio" (vague)
add(13, lang="it", owner="A", frm=("Stefano Greco", "s.greco@grecoimpianti.it"),
    date="2026-12-21 17:40", tz="Europe/Rome", subject="Re: Fattura 39/2026",
    rem=dict(step="late_fee", inv=dict(num="39/2026", amount="1.098,00 €", issue="2026-10-20", due="2026-11-19"),
             cname="Greco Impianti srl", ckind="company", today="2026-12-21", deadline="2026-12-28", at="08:30"),
    quote="gmail",
    text="""Buonasera,
l'amministrazione riapre dopo il 10 gennaio, il bonifico partirà subito dopo. Prima non c'è nessuno che possa firmare.
Buone feste
Stefano Greco
""",
    label=dict(kind="client-reply-promise",
               note="'dopo il 10 gennaio ... subito dopo' is an open date -> no promised_date. Quoted deadline 28 Dec ignored."))

# 14 — promise, the promised date only in the quoted follow-up
add(14, lang="it", owner="D", frm=("Andrea Villa", "andrea.villa@villaviaggi.it"),
    date="2026-12-21 09:10", tz="Europe/Rome", subject="Re: Fattura 33/2026",
    rem=dict(step="promise_followup", inv=dict(num="33/2026", amount="860,00 €", issue="2026-10-15", due="2026-11-14"),
             cname="Villa Viaggi srl", ckind="company", today="2026-12-21", promise="2026-12-18", at="08:00"),
    quote="gmail",
    text="""Ciao Davide, hai ragione, è slittato tutto. Lo facciamo la prossima settimana, giuro.
Andrea
""",
    label=dict(kind="client-reply-promise",
               note="The date (18 dicembre) and the amount appear only in the quoted promise follow-up; the client's own "
                    "'la prossima settimana' is vague -> no facts."))

# 15 — paid, partial "1.250,00 €" with a vague rest
add(15, lang="it", owner="A", frm=("Federica Longo", "federica@longoboutique.it"),
    date="2026-11-25 11:03", tz="Europe/Rome", subject="Re: Fattura 35/2026",
    rem=dict(step="reminder", inv=dict(num="35/2026", amount="2.440,00 €", issue="2026-10-16", due="2026-11-15"),
             cname="Longo Boutique di Federica Longo", ckind="company", today="2026-11-23", at="09:00"),
    quote="gmail", fmt="alt-gmail",
    text="""Buongiorno Alessandra,

stamattina le ho fatto un bonifico di 1.250,00 € come acconto. Il resto glielo mando appena possibile, dicembre di solito per noi è il mese buono.

Un saluto,
Federica Longo
""",
    label=dict(kind="client-reply-paid", amount="1250.00",
               note="Part paid today (1.250,00 € of 2.440,00 €); the rest 'appena possibile' is an undated vague 'will also' "
                    "-> stays paid. Quoted 2.440,00 € is not the paid amount."))

# 16 — paid, "Fatto ✅"
add(16, lang="it", owner="D", frm=("Matteo Galli", "matteo.galli@icloud.com"),
    date="2026-12-05 10:14", tz="Europe/Rome", subject="Re: Fattura 42/2026",
    rem=dict(step="due", inv=dict(num="42/2026", amount="390,00 €", issue="2026-11-02", due="2026-12-02"),
             cname="Matteo Galli", ckind="person", today="2026-12-04", at="09:00"),
    quote="apple", headers=[("X-Mailer", "iPhone Mail (22B91)")],
    text="""Fatto ✅

Inviato da iPhone""",
    label=dict(kind="client-reply-paid", note="One word 'Fatto' + emoji on a due reminder = done/paid. No facts."))

# 17 — paid, forwarded bank receipt + PDF
_it17_fwd = """Ciao, ecco la contabile del bonifico per la fattura 12. Fammi sapere se ti arriva!
Silvia

---------- Forwarded message ---------
Da: Intesa Sanpaolo <noreply@intesasanpaolo.com>
Date: gio 10 dic 2026 alle ore 14:31
Subject: Conferma disposizione bonifico
To: <silvia.marino@marinodesign.it>


Gentile Cliente,
le confermiamo che il bonifico da lei disposto è stato eseguito.

Ordinante: MARINO DESIGN DI SILVIA MARINO
Beneficiario: ALESSANDRA ROSSI
IBAN beneficiario: IT60X0542811101000000123456
Importo: EUR 1.220,00
Commissioni: EUR 0,00
Causale: SALDO FATTURA 12 2026
Data esecuzione: 10/12/2026
TRN: 0306912345678901234567IT

In allegato trova la ricevuta in formato PDF.

Intesa Sanpaolo S.p.A.
Questa è una comunicazione automatica, si prega di non rispondere.
"""
add(17, lang="it", owner="A", frm=("Silvia Marino", "silvia.marino@marinodesign.it"),
    date="2026-12-10 14:50", tz="Europe/Rome", subject="Fwd: Conferma disposizione bonifico",
    quote="none", fmt="plain", thread=False,
    attachments=[("application/pdf", "Ricevuta_bonifico_10122026.pdf", fake_pdf("Ricevuta bonifico EUR 1.220,00"))],
    text=_it17_fwd,
    label=dict(kind="client-reply-paid", amount="1220.00", reference="12/2026",
               note="Forward of the bank's execution notice (not a notice to the freelancer: the client forwards her own "
                    "outgoing transfer). 'fattura 12' in her text; 'EUR 1.220,00' in the forwarded receipt. Not threaded."))

# 18 — paid, "pagata ieri la n° 29, 980 euro"
add(18, lang="it", owner="D", frm=("Irene Costa", "irene@costaceramiche.it"),
    date="2027-01-12 08:55", tz="Europe/Rome", subject="R: Re: Fattura 29/2026",
    rem=dict(step="late_fee", inv=dict(num="29/2026", amount="980,00 €", issue="2026-11-09", due="2026-12-09"),
             cname="Costa Ceramiche snc", ckind="company", today="2027-01-11", deadline="2027-01-18", at="09:00"),
    quote="outlook",
    text="""Buongiorno Davide,
pagata ieri la n° 29, 980 euro, dovrebbe arrivarle in giornata.
Mi scuso per il ritardo ma il commercialista era in ferie fino all'8.

Irene Costa
Costa Ceramiche snc – Caltagirone
""",
    label=dict(kind="client-reply-paid", amount="980.00", reference="29/2026",
               note="'pagata ieri la n° 29, 980 euro'. 'fino all'8' is about the accountant's holiday, not a date fact."))

# 19 — paid, Roman dialect, no accents
add(19, lang="it", owner="A", frm=("Claudio Proietti", "claudio.proietti@libero.it"),
    date="2026-11-30 22:10", tz="Europe/Rome", subject="Re: Re: Fattura 30/2026",
    rem=dict(step="late_fee", inv=dict(num="30/2026", amount="610,00 €", issue="2026-09-28", due="2026-10-28"),
             cname="Pinseria Er Sor Claudio", ckind="company", today="2026-11-30", deadline="2026-12-07", at="08:30"),
    quote="gmail", cte="8bit",
    text="""aho ma l'avemo gia pagata la settimana scorsa, e che ce stai a manna' i solleciti?? controlla bene perche da noi risulta uscito giovedi. ciao
""",
    label=dict(kind="client-reply-paid",
               note="Roman dialect, no accents: 'l'avemo già pagata la settimana scorsa' = paid; asks to check. No facts."))

# 20 — paid, two invoices one transfer
add(20, lang="it", owner="D", frm=("Amministrazione Vini Bianchi", "amministrazione@vinibianchi.it"),
    date="2027-01-20 12:31", tz="Europe/Rome", subject="R: Fattura 44/2026",
    rem=dict(step="reminder", inv=dict(num="44/2026", amount="1.220,00 €", issue="2026-12-04", due="2027-01-03"),
             cname="Vini Bianchi srl", ckind="company", today="2027-01-18", at="09:00"),
    quote="outlook", fmt="alt-outlook",
    text="""Buongiorno,

Vi informiamo che in data 18/01 abbiamo saldato con un unico bonifico di € 2.440,00 sia la fatt. 44/2026 che la 45/2026.

Cordiali saluti
Amministrazione
VINI BIANCHI S.R.L.
""",
    label=dict(kind="client-reply-paid", amount="2440.00", reference="44/2026",
               note="One transfer of € 2.440,00 for two invoices (44 and 45); reference = the thread's 44/2026. The quote "
                    "shows 1.220,00 € for 44 alone."))

# 21 — paid, the client's accountant, base64
add(21, lang="it", owner="A", frm=("Segreteria Studio Neri", "segreteria@studioneri.it"),
    cc=[("Gianni Russo", "gianni@pasticceriadolcevita.it")],
    date="2027-01-15 17:02", tz="Europe/Rome", subject="R: Fattura 40/2026 - Pasticceria Dolce Vita",
    rem=dict(step="reminder", inv=dict(num="40/2026", amount="3.172,00 €", issue="2026-11-27", due="2026-12-27"),
             cname="Pasticceria Dolce Vita di Gianni Russo", ckind="company", today="2027-01-12", at="09:00",
             subject="Re: Fattura 40/2026", to="Gianni Russo <gianni@pasticceriadolcevita.it>"),
    quote="outlook2", cte="base64",
    text="""Gentile Sig.ra Rossi,

per conto del nostro cliente Pasticceria Dolce Vita di Gianni Russo, che ci ha inoltrato il Suo sollecito, Le comunichiamo che in data odierna abbiamo disposto il pagamento della fattura n. 40/2026 per € 3.172,00.

Restiamo a disposizione per ogni chiarimento.

Distinti saluti

Segreteria
Studio Dott.ssa Carla Neri – Dottore Commercialista e Revisore Legale
Corso Vittorio Emanuele II 112 – 80121 Napoli
""" + GDPR_IT,
    label=dict(kind="client-reply-paid", amount="3172.00", reference="40/2026",
               note="The client's accountant: 'abbiamo disposto il pagamento' today = payment made. base64 body."))

# 22 — paid, Outlook HTML only + screenshot
add(22, lang="it", owner="D", frm=("Tiziana Gallo", "t.gallo@gallotessuti.com"),
    date="2026-12-11 09:27", tz="Europe/Rome", subject="R: Re: Fattura 37/2026",
    rem=dict(step="late_fee", inv=dict(num="37/2026", amount="1.586,00 €", issue="2026-10-09", due="2026-11-08"),
             cname="Gallo Tessuti spa", ckind="company", today="2026-12-10", deadline="2026-12-17", at="08:00"),
    quote="outlook", fmt="html-outlook",
    attachments=[("image/png", "image001.png", fake_png())],
    text="""Buongiorno,
il pagamento risulta eseguito in data 10/12 con valuta beneficiario 14/12.
Allego screenshot dell'home banking.

Cordiali saluti
Tiziana Gallo
Ufficio Amministrazione – Gallo Tessuti S.p.A.
""",
    label=dict(kind="client-reply-paid",
               note="HTML-only Outlook. 'eseguito in data 10/12 con valuta 14/12' = paid; 14/12 is value date, not a promise."))

# 23 — dispute, partial paid + the rest refused
add(23, lang="it", owner="A", frm=("Paolo De Luca", "paolo.deluca@deluca-consulting.it"),
    date="2026-11-26 16:44", tz="Europe/Rome", subject="Re: Fattura 34/2026",
    rem=dict(step="reminder", inv=dict(num="34/2026", amount="1.220,00 €", issue="2026-10-19", due="2026-11-18"),
             cname="De Luca Consulting srl", ckind="company", today="2026-11-25", at="09:00"),
    quote="gmail",
    text="""Buongiorno Alessandra,

abbiamo pagato 800 €, che è quanto previsto dal preventivo di settembre (ho ancora la mail, se serve gliela inoltro).
I 420 di differenza non li riconosciamo: le modifiche extra alla home le ha proposte lei, noi non le abbiamo mai chieste.

Se vuole ne parliamo a voce.
Paolo De Luca
""",
    label=dict(kind="client-reply-dispute", amount="800.00",
               note="Partial payment of 800 € + refusal of the remaining 420 = dispute. amount = what they paid."))

# 24 — dispute, "la n° 27" is a duplicate
add(24, lang="it", owner="D", frm=("Laura Ferri", "laura@ferrieventi.it"),
    date="2026-11-12 11:36", tz="Europe/Rome", subject="Re: Fattura 27/2026",
    rem=dict(step="reminder", inv=dict(num="27/2026", amount="1.830,00 €", issue="2026-10-02", due="2026-11-01"),
             cname="Ferri Eventi srl", ckind="company", today="2026-11-10", at="09:00"),
    quote="gmail", fmt="alt-gmail",
    text="""Buongiorno Davide,

la n° 27 non la paghiamo perché è un doppione: lo shooting del catalogo autunno ce l'hai già fatturato con la 25, che abbiamo pagato a ottobre.
Controlla per favore e mandaci una nota di credito.

Grazie,
Laura
""",
    label=dict(kind="client-reply-dispute", reference="27/2026",
               note="Already billed (duplicate of 25, paid) + credit note. 'la n° 27' is the disputed one; 25 is the other."))

# 25 — dispute, credit note for 2 hours
add(25, lang="it", owner="A", frm=("Valentina Serra", "v.serra@serrastudio.it"),
    date="2027-01-18 10:10", tz="Europe/Rome", subject="Re: Fattura 2/2027",
    rem=dict(step="courtesy", inv=dict(num="2/2027", amount="732,00 €", issue="2026-12-28", due="2027-01-27"),
             cname="Serra Studio", ckind="company", today="2027-01-18", at="08:00"),
    quote="gmail",
    text="""Ciao Alessandra,
prima di pagare dobbiamo sistemare una cosa: in fattura ci sono 12 ore di assistenza ma dal vostro report ne risultano 10.
Ci mandi una nota di credito per le 2 ore (120 € + IVA) e poi paghiamo tutto? Grazie!
Vale
""",
    label=dict(kind="client-reply-dispute",
               note="Hours don't match, wants a credit note before paying. 120 € is the contested part, not paid -> no amount."))

# 26 — dispute, ALL CAPS, pay when it works
add(26, lang="it", owner="A", frm=("Renato Colombo", "renato.colombo@colomboimpianti.it"),
    date="2026-12-02 12:48", tz="Europe/Rome", subject="R: Fattura 32/2026",
    rem=dict(step="reminder", inv=dict(num="32/2026", amount="2.684,00 €", issue="2026-10-14", due="2026-11-13"),
             cname="Colombo Impianti srl", ckind="company", today="2026-12-01", at="09:00"),
    quote="outlook2", cte="8bit",
    text="""BUONGIORNO,
IL SITO NON E' ANCORA ONLINE E IL MODULO CONTATTI NON INVIA LE MAIL. PAGHEREMO QUANDO SARA' TUTTO FUNZIONANTE COME DA ACCORDI.
SALUTI
ING. R. COLOMBO
""",
    label=dict(kind="client-reply-dispute", note="ALL CAPS: work not done, will pay only when fixed = dispute."))

# 27 — dispute, "mille euro a saldo e stralcio"
add(27, lang="it", owner="D", frm=("Giuseppe Mancini", "g.mancini@mancinirestauri.it"),
    date="2027-01-19 19:30", tz="Europe/Rome", subject="Re: Fattura 32/2026",
    rem=dict(step="late_fee", inv=dict(num="32/2026", amount="1.350,00 €", issue="2026-11-12", due="2026-12-12"),
             cname="Mancini Restauri srl", ckind="company", today="2027-01-18", deadline="2027-01-25", at="08:30"),
    quote="gmail",
    text="""Davide, ti dico come la vedo: le foto del secondo giorno sono venute buie e ne abbiamo potute usare la metà, lo sai anche tu.
Ti propongo mille euro a saldo e stralcio e chiudiamo qui, da amici. Se ti va bene te li giro domani stesso.

Giuseppe
""",
    label=dict(kind="client-reply-dispute", amount="1000.00",
               note="Quality complaint + settlement offer 'mille euro a saldo e stralcio' (amount accepted, in words). The "
                    "'domani' is conditional on acceptance -> dispute, no promised_date."))

# 28 — dispute, public body: split payment, credit note + new e-invoice (reply to the invoice mail)
add(28, lang="it", owner="A", frm=("Ragioneria Comune di Castelnuovo", "ragioneria@comune.castelnuovo.it"),
    date="2027-01-14 11:32", tz="Europe/Rome", subject="R: Fattura 2/2027",
    orig=dict(inv=dict(num="2/2027", amount="1.464,00 €", issue="2027-01-04", due="2027-02-03"), date="2027-01-04 10:12",
              what="l'aggiornamento del sito istituzionale (lotto 2)"),
    quote="outlook2", charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
    text="""Gentile dott.ssa Rossi,

la fattura n. 2/2027 non può essere liquidata in quanto emessa senza l'indicazione della scissione dei pagamenti (split payment, art. 17-ter DPR 633/72) e senza il CIG.
La invitiamo pertanto ad emettere nota di credito a storno totale e nuova fattura elettronica corretta tramite SdI.

Cordiali saluti

Il Responsabile del Servizio Finanziario
Comune di Castelnuovo
""",
    label=dict(kind="client-reply-dispute", reference="2/2027",
               note="Public body refuses to pay the invoice as issued (wrong VAT treatment) and wants a credit note + new "
                    "invoice = dispute. Reply to the original invoice mail. iso-8859-1 QP."))

# 29 — dispute, will pay only the delivered part (600)
add(29, lang="it", owner="D", frm=("Marta Leone", "marta@leonebomboniere.it"),
    date="2027-01-09 18:20", tz="Europe/Rome", subject="Re: Fattura 30/2026",
    rem=dict(step="late_fee", inv=dict(num="30/2026", amount="1.100,00 €", issue="2026-11-05", due="2026-12-05"),
             cname="Leone Bomboniere", ckind="company", today="2027-01-08", deadline="2027-01-15", at="09:00"),
    quote="gmail",
    text="""Buonasera,
vi paghiamo i 600 euro delle foto già consegnate (prodotti). Il resto, cioè i ritratti dello staff, lo saldiamo quando arrivano gli scatti mancanti, che aspettiamo da novembre.
Marta Leone
""",
    label=dict(kind="client-reply-dispute", amount="600.00",
               note="Will pay only the delivered part (600) until the missing photos arrive = dispute; amount = part accepted."))

# 30 — other, "mi rimanda la fattura n. 16?"
add(30, lang="it", owner="A", frm=("Roberta Testa", "roberta.testa@testaottica.it"),
    date="2026-11-09 09:45", tz="Europe/Rome", subject="Re: Fattura 16/2026",
    rem=dict(step="late_fee", inv=dict(num="16/2026", amount="366,00 €", issue="2026-09-14", due="2026-10-14"),
             cname="Testa Ottica", ckind="company", today="2026-11-06", deadline="2026-11-13", at="09:00"),
    quote="gmail",
    text="""Buongiorno, mi può rimandare la fattura n. 16? Non la trovo da nessuna parte, forse è finita nello spam.
Grazie
Roberta
""",
    label=dict(kind="client-reply-other", reference="16/2026", note="Asks to resend invoice 16; no claim."))

# 31 — other, needs ODA number
add(31, lang="it", owner="D", frm=("Ufficio Acquisti Brambilla", "acquisti@brambillaspa.it"),
    date="2026-12-04 14:02", tz="Europe/Rome", subject="R: Fattura 38/2026",
    rem=dict(step="courtesy", inv=dict(num="38/2026", amount="1.342,00 €", issue="2026-11-10", due="2026-12-10"),
             cname="Ferramenta Brambilla spa", ckind="company", today="2026-12-04", at="08:00"),
    quote="outlook", fmt="alt-outlook",
    text="""Buongiorno,

per poter procedere ci serve che la fattura riporti il nostro numero d'ordine (ODA 4500012873). Senza ODA il sistema di registrazione la scarta in automatico.
Può riemetterla indicandolo nel campo 2.1.2 (DatiOrdineAcquisto)?

Grazie, buona giornata
Ufficio Acquisti
Ferramenta Brambilla S.p.A.
""",
    label=dict(kind="client-reply-other",
               note="PO/ODA number needed, no contest of amount or work -> other. 2.1.2 is a FatturaPA field, not a date."))

# 32 — other, passes it to accounts in cc
add(32, lang="it", owner="A", frm=("Nicola Ferrara", "nicola@ferrarafood.it"),
    cc=[("Manuela Amministrazione", "amministrazione@ferrarafood.it")],
    date="2026-12-15 12:20", tz="Europe/Rome", subject="R: Re: Fattura 28/2026",
    rem=dict(step="reminder", inv=dict(num="28/2026", amount="549,00 €", issue="2026-10-30", due="2026-11-29"),
             cname="Ferrara Food srl", ckind="company", today="2026-12-14", at="09:00"),
    quote="gmail",
    text="""Ciao Alessandra, giro a Manuela dell'amministrazione che segue i pagamenti (in copia).
Manu, ci pensi tu? Grazie

Nicola
""",
    label=dict(kind="client-reply-other", note="Forwarded to accounts (cc). No claim or promise."))

# 33 — other, "è cambiato l'IBAN?"
add(33, lang="it", owner="D", frm=("Cristina Marchi", "c.marchi@marchiviaggi.it"),
    date="2026-11-17 15:31", tz="Europe/Rome", subject="Rif: Fattura 34/2026",
    rem=dict(step="due", inv=dict(num="34/2026", amount="720,00 €", issue="2026-10-16", due="2026-11-15"),
             cname="Marchi Viaggi", ckind="company", today="2026-11-16", at="09:00"),
    quote="gmail",
    text="""Buongiorno Davide,
prima di pagare una domanda: ieri ci è arrivata una mail a suo nome con un IBAN diverso (una banca online, Revolut mi pare). È cambiato davvero?
Preferisco chiedere prima di fare il bonifico, con tutte le truffe che girano.
Grazie
Cristina Marchi
""",
    label=dict(kind="client-reply-other", note="Question about a new IBAN before paying; no promise, no claim."))

# 34 — other, "ricevuto" + other work
add(34, lang="it", owner="A", frm=("Beppe Sartori", "beppe@sartoriveicoli.it"),
    date="2027-02-03 10:05", tz="Europe/Rome", subject="Re: Fattura 4/2027",
    rem=dict(step="courtesy", inv=dict(num="4/2027", amount="1.037,00 €", issue="2027-01-08", due="2027-02-07"),
             cname="Sartori Veicoli srl", ckind="company", today="2027-02-02", at="08:00"),
    quote="gmail", fmt="alt-gmail",
    text="""Ciao Ale, ricevuto grazie.

Senti, a proposito di sito: a marzo vorremmo rifare tutta la sezione dell'usato, con i filtri per marca e chilometraggio come quelli di AutoScout. Secondo te quanto ci vuole? Se ti va ti chiamo la settimana prossima e ne parliamo con calma, magari passi anche in concessionaria.

Beppe
""",
    label=dict(kind="client-reply-other", note="'ricevuto grazie' + talk about new work. No payment statement."))

# ================================================================ Spanish (Lucía Martín "L", Núria Soler "N")

LOPD_ES = ("\n--\nAVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y "
           "pueden contener información confidencial. De acuerdo con el Reglamento (UE) 2016/679 (RGPD) y la LOPDGDD, "
           "le informamos de que sus datos forman parte de un fichero responsabilidad de la empresa remitente. Si ha "
           "recibido este correo por error, le rogamos que lo comunique al remitente y lo elimine.\n")

# 35 — promise, "el día 5" (5 Nov has passed -> 5 Dec)
add(35, lang="es", owner="L", frm=("Javier Romero", "javier@romeroreformas.es"),
    date="2026-11-23 13:14", tz="Europe/Madrid", subject="Re: Factura 2026-052",
    rem=dict(step="reminder", inv=dict(num="2026-052", amount="1.815,00 €", issue="2026-10-13", due="2026-11-12"),
             cname="Reformas Romero S.L.", ckind="company", today="2026-11-20", at="09:00"),
    quote="gmail",
    text="""Hola Lucía, perdona la tardanza en contestar.
Te lo pago el día 5, que es cuando cobramos nosotros la certificación de la obra de Pozuelo.
Un saludo,
Javier
""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-05",
               note="'el día 5' sent 23 Nov: 5 Nov has passed -> 5 Dec 2026."))

# 36 — promise, "a mediados de enero" (vague)
add(36, lang="es", owner="N", frm=("Montse Puig", "montse.puig@editorialllum.cat"),
    date="2026-12-16 12:02", tz="Europe/Madrid", subject="Re: Factura 2026-061",
    rem=dict(step="reminder", inv=dict(num="2026-061", amount="1.140,00 €", issue="2026-11-09", due="2026-12-09"),
             cname="Editorial Llum SL", ckind="company", today="2026-12-15", at="09:00"),
    quote="gmail", fmt="alt-gmail",
    text="""Bon dia Núria!

Te confirmo que la factura está aprobada por dirección; la pagaremos a mediados de enero, cuando se cierre el ejercicio. Ya sabes cómo va esto a final de año...

Bones festes i fins aviat,
Montse
""",
    label=dict(kind="client-reply-promise",
               note="'a mediados de enero' is vague -> no promised_date. Catalan greetings in a Spanish mail."))

# 37 — promise, "factura 2026/041" in the "remesa del día 25", windows-1252
add(37, lang="es", owner="L", frm=("Dpto. Administración Grupo Álvarez", "administracion@grupoalvarez.es"),
    date="2027-01-12 10:40", tz="Europe/Madrid", subject="RE: Factura 2026-041",
    rem=dict(step="late_fee", inv=dict(num="2026-041", amount="2.420,00 €", issue="2026-11-02", due="2026-12-02"),
             cname="Grupo Álvarez Distribución S.A.", ckind="company", today="2027-01-11", deadline="2027-01-18", at="09:00"),
    quote="outlook", charset="windows-1252", cte="quoted-printable", headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Buenos días:

Les informamos de que su factura 2026/041 por importe de 2.420,00 € ha sido incluida en la remesa de pagos del día 25.

Atentamente,

Departamento de Administración
Grupo Álvarez Distribución, S.A.
Polígono Industrial Los Olivos, nave 14 – 28906 Getafe (Madrid)
""" + LOPD_ES,
    label=dict(kind="client-reply-promise", promised_date="2027-01-25", amount="2420.00", reference="2026-041",
               note="'remesa de pagos del día 25' sent 12 Jan -> 25 Jan 2027. Reference written '2026/041'. The quoted "
                    "deadline (18 de enero) is not theirs."))

# 38 — promise, "a final de mes"
add(38, lang="es", owner="N", frm=("Carlos Navarro", "cnavarro@navarrolegal.es"),
    date="2027-02-03 17:26", tz="Europe/Madrid", subject="RE: Factura 2027-004",
    rem=dict(step="due", inv=dict(num="2027-004", amount="484,00 €", issue="2027-01-02", due="2027-02-01"),
             cname="Navarro Legal Abogados", ckind="company", today="2027-02-02", at="09:00"),
    quote="outlook",
    text="""Núria, disculpa, se nos pasó con el cierre de enero. Te la pago a final de mes sin falta.

Saludos,
Carlos Navarro
Navarro Legal Abogados
""",
    label=dict(kind="client-reply-promise", promised_date="2027-02-28",
               note="'a final de mes' sent 3 Feb 2027 -> 28 Feb 2027 (not a leap year)."))

# 39 — promise, "el jueves" sent Wednesday 23:40 in the Canaries (already Thursday in Madrid)
add(39, lang="es", owner="L", frm=("Raquel Santana", "raquel@santanasurf.com"),
    date="2027-01-13 23:40", tz="Atlantic/Canary", subject="Re: Factura 2026-058",
    rem=dict(step="reminder", inv=dict(num="2026-058", amount="726,00 €", issue="2026-12-07", due="2027-01-06"),
             cname="Santana Surf School", ckind="company", today="2027-01-13", at="09:00"),
    quote="apple", headers=[("X-Mailer", "iPhone Mail (22C152)")],
    text="""Holaaa Lucía! Perdona, se me pasó totalmente con lo de Reyes y la vuelta al cole de los peques.
Te hago la transferencia el jueves a primera hora 🙏

Besos desde Las Palmas

Enviado desde mi iPhone""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-14",
               note="Sent Wed 13 Jan 23:40 +0000 (Atlantic/Canary). In the sender's zone it is Wednesday -> 'el jueves' = "
                    "14 Jan 2027 (in Madrid/UTC+1 it would already be Thursday)."))

# 40 — promise, "mañana"
add(40, lang="es", owner="N", frm=("Iker Etxeberria", "iker@etxeberria-arkitektura.eus"),
    date="2026-12-18 19:50", tz="Europe/Madrid", subject="Re: Factura 2026-064",
    rem=dict(step="reminder", inv=dict(num="2026-064", amount="968,00 €", issue="2026-11-16", due="2026-12-16"),
             cname="Etxeberria Arkitektura", ckind="company", today="2026-12-18", at="09:00"),
    quote="gmail", cte="8bit",
    text="""Kaixo Núria,
mañana sin falta te hago la transferencia desde el móvil, hoy se me ha ido el día entero en obra.
Perdona el retraso.
Iker
""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-19", note="'mañana' sent Fri 18 Dec -> 19 Dec 2026."))

# 41 — promise, "el lunes te paso los 1.250 pavos"
add(41, lang="es", owner="L", frm=("Dani Ortiz", "daniortiz.dj@gmail.com"),
    date="2026-11-26 02:13", tz="Europe/Madrid", subject="Re: Factura 2026-047",
    rem=dict(step="late_fee", inv=dict(num="2026-047", amount="1.250,00 €", issue="2026-09-30", due="2026-10-30"),
             cname="Dani Ortiz", ckind="person", today="2026-11-25", deadline="2026-12-02", at="09:00"),
    quote="gmail", cte="8bit",
    text="""tio perdona!! el lunes te paso los 1.250 pavos, ahora mismo estoy pelado jajaja. los flyers de la fiesta petaron, gracias por la paciencia crack
""",
    label=dict(kind="client-reply-promise", promised_date="2026-11-30", amount="1250.00",
               note="Slang '1.250 pavos' = 1250 EUR. Sent Thu 26 Nov 02:13 (still Thursday) -> 'el lunes' = 30 Nov 2026."))

# 42 — promise, "la semana que viene" (vague)
add(42, lang="es", owner="N", frm=("Sofía Herrera", "sofia.herrera@clinicaherrera.es"),
    date="2026-12-01 09:05", tz="Europe/Madrid", subject="RE: Factura 2026-059",
    rem=dict(step="reminder", inv=dict(num="2026-059", amount="605,00 €", issue="2026-10-26", due="2026-11-25"),
             cname="Clínica Dental Herrera", ckind="company", today="2026-11-30", at="09:00"),
    quote="outlook", fmt="alt-outlook",
    text="""Buenos días Núria,

Lo tengo en la lista, la semana que viene queda hecho.

Un saludo,
Sofía Herrera
Gerencia – Clínica Dental Herrera
""",
    label=dict(kind="client-reply-promise", note="'la semana que viene' is vague -> no promised_date."))

# 43 — promise: one invoice paid, the other on Friday (reply to a statement)
_stmt43 = [dict(num="2026-038", amount="1.210,00 €", issue="2026-10-01", due="2026-10-31"),
           dict(num="2026-039", amount="847,00 €", issue="2026-10-08", due="2026-11-07")]
add(43, lang="es", owner="L", frm=("Alberto Gil", "agil@gilyasociados.es"),
    date="2026-12-07 11:11", tz="Europe/Madrid", subject="Re: Facturas pendientes: n.º 2026-038, 2026-039",
    rem=dict(step="statement", inv=None, invoices=_stmt43, cname="Gil y Asociados Consultores S.L.", ckind="company",
             today="2026-12-04", deadline="2026-12-11", at="09:00",
             subject="Facturas pendientes: n.º 2026-038, 2026-039"),
    quote="gmail",
    attachments=[("application/pdf", "justificante_transferencia_03122026.pdf", fake_pdf("Justificante 1.210,00 EUR"))],
    text="""Hola Lucía:

La 038 ya está pagada, salió el jueves pasado (te adjunto el justificante). La 039 os la pagamos el viernes, que está pendiente de la firma del otro socio.

Saludos,
Alberto Gil
Gil y Asociados Consultores
""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-11", reference="2026-039",
               note="Two invoices: 038 paid, 039 promised 'el viernes' (Fri 11 Dec; date Mon 7 Dec) -> promise for 039. "
                    "Quoted statement deadline is also 11 Dec but the client's own 'el viernes' states it."))

# 44 — promise, self-correction "el día 14... el 14 es domingo, el lunes 15"
add(44, lang="es", owner="N", frm=("Marta Vidal", "marta@vidalinteriorismo.com"),
    date="2027-02-01 10:22", tz="Europe/Madrid", subject="Re: Factura 2027-002",
    rem=dict(step="reminder", inv=dict(num="2027-002", amount="1.331,00 €", issue="2026-12-29", due="2027-01-28"),
             cname="Vidal Interiorismo", ckind="company", today="2027-01-29", at="09:00"),
    quote="gmail", fmt="alt-gmail",
    text="""Hola Núria,

te hago la transferencia el día 14. Perdona, que el 14 es domingo: el lunes 15 entonces.

Un abrazo,
Marta
""",
    label=dict(kind="client-reply-promise", promised_date="2027-02-15",
               note="Self-correction: 'el día 14... el 14 es domingo: el lunes 15' -> 15 Feb 2027."))

# 45 — promise, Bizum this afternoon, 150 €
add(45, lang="es", owner="L", frm=("Pepe Lozano", "pepelozano@hotmail.es"),
    date="2026-12-05 12:30", tz="Europe/Madrid", subject="RE: Factura 2026-055",
    rem=dict(step="reminder", inv=dict(num="2026-055", amount="150,00 €", issue="2026-10-28", due="2026-11-27"),
             cname="Pepe Lozano", ckind="person", today="2026-12-04", at="09:00"),
    quote="none", cte="8bit",
    text="""Buenas Lucía, esta tarde te hago un Bizum de los 150 € y listo. Perdona!!

Enviado desde mi Android
""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-05", amount="150.00",
               note="Will pay 'esta tarde' (today, Sat 5 Dec) by Bizum 150 € -> promise for the Date's day."))

# 46 — promise, accounts: "pago a proveedores del viernes 22"
add(46, lang="es", owner="N", frm=("Cuentas a Pagar Hoteles Mar", "cuentasapagar@hotelesmar.com"),
    date="2027-01-19 13:00", tz="Europe/Madrid", subject="RE: Factura 2026-047",
    rem=dict(step="late_fee", inv=dict(num="2026-047", amount="2.299,00 €", issue="2026-11-18", due="2026-12-18"),
             cname="Hoteles Mar S.A.", ckind="company", today="2027-01-18", deadline="2027-01-25", at="09:00"),
    quote="outlook", fmt="alt-outlook",
    text="""Buenos días:

Confirmamos que la factura 2026-047 está contabilizada y se abonará en el pago a proveedores del viernes 22.

Saludos cordiales,
Cuentas a Pagar
Hoteles Mar, S.A.
""" + LOPD_ES,
    label=dict(kind="client-reply-promise", promised_date="2027-01-22", reference="2026-047",
               note="'viernes 22' -> 22 Jan 2027. Quoted deadline 25 de enero is not theirs."))

# 47 — promise, the date only in the quoted reminder
add(47, lang="es", owner="L", frm=("Eva Molina", "eva.molina@molinapeluqueria.es"),
    date="2026-12-14 20:10", tz="Europe/Madrid", subject="Re: Factura 2026-060",
    rem=dict(step="late_fee", inv=dict(num="2026-060", amount="544,50 €", issue="2026-10-30", due="2026-11-29"),
             cname="Peluquería Eva Molina", ckind="company", today="2026-12-11", deadline="2026-12-18", at="09:00"),
    quote="gmail",
    text="""Lucía, lo siento muchísimo, estamos con un lío tremendo con el local nuevo. Te pago en cuanto pueda, te lo prometo.
Eva
""",
    label=dict(kind="client-reply-promise",
               note="Date (18 de diciembre) and amount only in the quoted reminder; 'en cuanto pueda' is vague -> no facts."))

# 48 — paid, "1.250,00 €" on account, the rest when they are paid (vague)
add(48, lang="es", owner="N", frm=("Jordi Camps", "jordi.camps@campsimport.com"),
    date="2026-12-10 16:30", tz="Europe/Madrid", subject="Re: Factura 2026-044",
    rem=dict(step="reminder", inv=dict(num="2026-044", amount="2.500,00 €", issue="2026-10-29", due="2026-11-28"),
             cname="Camps Import S.L.", ckind="company", today="2026-12-09", at="09:00"),
    quote="gmail",
    text="""Hola Núria,
te hemos hecho hoy una transferencia de 1.250,00 € a cuenta de la factura 2026-044. El resto, en cuanto nos paguen a nosotros los de Valencia.
Salut,
Jordi
""",
    label=dict(kind="client-reply-paid", amount="1250.00", reference="2026-044",
               note="Half paid today; the rest 'en cuanto nos paguen' is an undated vague 'will also' -> stays paid."))

# 49 — paid, forwarded bank receipt ("ahí lo tienes")
_es49 = """Ahí lo tienes 👍

Nerea

-----Mensaje original-----
De: BBVA <avisos@bbva.es>
Enviado el: miércoles, 25 de noviembre de 2026 17:52
Para: nerea@castrofisio.es
Asunto: Justificante de transferencia

Justificante de transferencia

Fecha de la operación: 25/11/2026
Ordenante: CASTRO FISIOTERAPIA SLP
Cuenta de cargo: ES12 0182 **** **** **** 4421
Beneficiario: LUCIA MARTIN
IBAN del beneficiario: ES9121000418450200051332
Importe: 605,00 EUR
Concepto: DISENO CARTA SERVICIOS
Tipo: transferencia SEPA ordinaria

Este justificante no tiene validez como documento contable.
BBVA, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao
"""
add(49, lang="es", owner="L", frm=("Nerea Castro", "nerea@castrofisio.es"),
    date="2026-11-25 18:05", tz="Europe/Madrid", subject="RV: Justificante de transferencia",
    quote="none", thread=False,
    attachments=[("application/pdf", "Justificante.pdf", fake_pdf("Justificante 605,00 EUR"))],
    text=_es49,
    label=dict(kind="client-reply-paid", amount="605.00",
               note="Client forwards her own bank's transfer receipt with 'Ahí lo tienes'. Amount 605,00 EUR in the "
                    "forwarded receipt; no invoice number anywhere -> no reference. Not threaded."))

# 50 — paid, "ya está pagada la factura 41"
add(50, lang="es", owner="N", frm=("Ana Rubio", "ana.rubio@rubiolab.es"),
    date="2026-11-30 09:48", tz="Europe/Madrid", subject="Re: Factura 2026-041",
    rem=dict(step="reminder", inv=dict(num="2026-041", amount="1.089,00 €", issue="2026-10-21", due="2026-11-20"),
             cname="Rubio Lab", ckind="company", today="2026-11-27", at="09:00"),
    quote="gmail",
    text="""Buenos días Núria,
ya está pagada la factura 41, se pagó el viernes. ¿Te ha llegado?
Un saludo,
Ana
""",
    label=dict(kind="client-reply-paid", reference="2026-041",
               note="'factura 41' in a thread about 2026-041 -> 2026-041. Paid + question = paid."))

# 51 — paid, Bizum 300 €
add(51, lang="es", owner="L", frm=("Rocío Delgado", "rocio.delgado@gmail.com"),
    date="2026-12-20 21:12", tz="Europe/Madrid", subject="Re: Factura 2026-062",
    rem=dict(step="due", inv=dict(num="2026-062", amount="300,00 €", issue="2026-11-18", due="2026-12-18"),
             cname="Rocío Delgado", ckind="person", today="2026-12-18", at="09:00"),
    quote="gmail", fmt="alt-gmail",
    text="""Hola guapa!! Te acabo de mandar los 300 € por Bizum, dime si te llega 😘

Feliz Navidad!! 🎄
Rocío
""",
    label=dict(kind="client-reply-paid", amount="300.00", note="'Te acabo de mandar los 300 € por Bizum' = paid."))

# 52 — paid, the client's gestoría, "EUR 1250", base64
add(52, lang="es", owner="N", frm=("Gestoría Aranda", "info@gestoriaaranda.es"),
    date="2027-01-15 12:45", tz="Europe/Madrid", subject="Factura 2026-051 - Talleres Hermanos Ruiz",
    quote="none", cte="base64", thread=False,
    text="""Estimada Sra. Soler:

En nombre de nuestro cliente, Talleres Hermanos Ruiz, S.L., le informamos de que con fecha 14/01/2027 se ha abonado por transferencia el importe de EUR 1250 correspondiente a su factura n.º 2026-051.

Quedamos a su disposición para cualquier aclaración.

Atentamente,

Gestoría Aranda
Asesoría fiscal, laboral y contable
C/ Mayor 23, 1.º B – 50001 Zaragoza
Tel. 976 234 567
""" + LOPD_ES,
    label=dict(kind="client-reply-paid", amount="1250.00", reference="2026-051",
               note="The client's accountant writes a new mail (not threaded): paid 14/01/2027, 'EUR 1250'. base64."))

# 53 — paid, two invoices in one transfer
add(53, lang="es", owner="L", frm=("Luis Prieto", "lprieto@prietoconsultores.es"),
    date="2027-01-19 10:00", tz="Europe/Madrid", subject="RE: Factura 2026-043",
    rem=dict(step="late_fee", inv=dict(num="2026-043", amount="968,00 €", issue="2026-11-11", due="2026-12-11"),
             cname="Prieto Consultores S.L.", ckind="company", today="2027-01-18", deadline="2027-01-25", at="09:00"),
    quote="outlook2",
    text="""Lucía, la 2026-043 se pagó el día 4 junto con la 2026-044, en una sola transferencia de 1.936 €. Revisa por favor, creo que te ha saltado el aviso por error.

Luis Prieto
Prieto Consultores
""",
    label=dict(kind="client-reply-paid", amount="1936.00", reference="2026-043",
               note="Paid two invoices with one transfer of 1.936 €; reference = the thread's 2026-043. 'el día 4' is when "
                    "they paid, not a promise."))

# 54 — paid, ALL CAPS
add(54, lang="es", owner="N", frm=("Talleres Jiménez", "talleresjimenez@telefonica.net"),
    date="2026-12-09 08:02", tz="Europe/Madrid", subject="RE: Factura 2026-057",
    rem=dict(step="reminder", inv=dict(num="2026-057", amount="423,50 €", issue="2026-10-30", due="2026-11-29"),
             cname="Talleres Jiménez", ckind="company", today="2026-12-07", at="09:00"),
    quote="none", charset="iso-8859-1", cte="8bit",
    text="""YA ESTA PAGADO DESDE EL LUNES, MIRA EL BANCO.
UN SALUDO
MANOLO
""",
    label=dict(kind="client-reply-paid", note="ALL CAPS, no accents: paid since Monday. No facts."))

# 55 — paid, Gmail HTML only
add(55, lang="es", owner="L", frm=("Clara Benítez", "clara.benitez@gmail.com"),
    date="2027-01-29 10:21", tz="Europe/Madrid", subject="Re: Factura 2027-003",
    rem=dict(step="due", inv=dict(num="2027-003", amount="363,00 €", issue="2026-12-28", due="2027-01-27"),
             cname="Clara Benítez", ckind="person", today="2027-01-28", at="09:00"),
    quote="gmail", fmt="html-gmail",
    text="""¡Hecho! Te la mandé ayer por la tarde, ¿te ha llegado?

Un beso,
Clara
""",
    label=dict(kind="client-reply-paid", note="HTML-only Gmail. '¡Hecho! Te la mandé ayer' = paid + check question."))

# 56 — dispute, "mil doscientos cincuenta euros" agreed, not 1.500
add(56, lang="es", owner="N", frm=("Óscar Medina", "oscar@medinaeventos.es"),
    date="2027-01-14 16:16", tz="Europe/Madrid", subject="Re: Factura 2026-053",
    rem=dict(step="reminder", inv=dict(num="2026-053", amount="1.500,00 €", issue="2026-12-01", due="2026-12-31"),
             cname="Medina Eventos", ckind="company", today="2027-01-13", at="09:00"),
    quote="gmail",
    text="""Hola Núria,
no estamos de acuerdo con el importe. Lo pactado por teléfono fueron mil doscientos cincuenta euros por las tres traducciones, no 1.500.
Si nos mandas la factura rectificativa te lo pagamos enseguida.
Óscar
""",
    label=dict(kind="client-reply-dispute", amount="1250.00",
               note="Wrong amount: agreed 'mil doscientos cincuenta euros' (in words) vs 1.500 invoiced; amount = the figure "
                    "they accept."))

# 57 — dispute, credit note ("abono") first
add(57, lang="es", owner="L", frm=("Beatriz Ramos", "bramos@ramosfarmacia.es"),
    date="2026-11-24 11:38", tz="Europe/Madrid", subject="RE: Factura 2026-048",
    rem=dict(step="due", inv=dict(num="2026-048", amount="1.028,50 €", issue="2026-10-23", due="2026-11-22"),
             cname="Farmacia Ramos", ckind="company", today="2026-11-23", at="09:00"),
    quote="outlook", fmt="alt-outlook",
    text="""Buenos días, Lucía:

Antes de pagar la factura 2026-048 necesitamos el abono de los 200 € que acordamos por el retraso en la entrega de los folletos. En cuanto lo recibamos, tramitamos el pago.

Gracias,
Beatriz Ramos
Farmacia Ramos
""",
    label=dict(kind="client-reply-dispute", reference="2026-048",
               note="Wants a credit note (abono) of 200 € before paying = dispute. 200 is the contested part, not paid."))

# 58 — dispute, errors in the translation, iso-8859-1 + a docx
add(58, lang="es", owner="N", frm=("Ignacio Vega", "ivega@vegamedical.com"),
    date="2026-12-04 13:50", tz="Europe/Madrid", subject="RE: Factura 2026-063",
    rem=dict(step="due", inv=dict(num="2026-063", amount="2.057,00 €", issue="2026-11-03", due="2026-12-03"),
             cname="Vega Medical Devices S.L.", ckind="company", today="2026-12-04", at="09:00"),
    quote="outlook2", charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
    attachments=[("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "Manual_ES_correcciones_ingenieria.docx", b"PK\x03\x04fake-docx-bytes" * 8)],
    text="""Núria,

lamento decirte que la traducción del manual del monitor tenía bastantes errores técnicos (te paso el documento con las correcciones de nuestro ingeniero). No vamos a tramitar la factura hasta que se corrija.

Saludos,

Ignacio Vega | Director de Calidad
Vega Medical Devices, S.L.
""",
    label=dict(kind="client-reply-dispute", note="Work not as agreed (errors); won't process until fixed = dispute."))

# 59 — dispute, duplicate invoice
add(59, lang="es", owner="L", frm=("Contabilidad Muebles Herrero", "contabilidad@mueblesherrero.es"),
    date="2027-01-13 09:30", tz="Europe/Madrid", subject="RE: Factura 2026-050",
    rem=dict(step="reminder", inv=dict(num="2026-050", amount="1.694,00 €", issue="2026-11-20", due="2026-12-20"),
             cname="Muebles Herrero S.A.", ckind="company", today="2027-01-12", at="09:00"),
    quote="outlook",
    text="""Buenos días:

La factura 2026-050 es un duplicado de la 2026-046, que ya abonamos el 20/11. Por favor, anúlenla.

Un saludo,
Dpto. Contabilidad
Muebles Herrero, S.A.
""",
    label=dict(kind="client-reply-dispute", reference="2026-050",
               note="Already billed: 050 duplicates 046 (paid 20/11). The disputed invoice is 2026-050. Not a paid claim "
                    "for 050."))

# 60 — dispute, 50% paid, the rest when the work is finished
add(60, lang="es", owner="N", frm=("Paula Serrano", "paula@serranoarquitectos.es"),
    date="2027-01-25 19:02", tz="Europe/Madrid", subject="Re: Factura 2026-055",
    rem=dict(step="reminder", inv=dict(num="2026-055", amount="1.500,00 €", issue="2026-12-10", due="2027-01-09"),
             cname="Serrano Arquitectos", ckind="company", today="2027-01-22", at="09:00"),
    quote="gmail", fmt="alt-gmail",
    text="""Hola Núria,

te hemos transferido hoy 750 €, el 50 %. El resto lo pagaremos cuando nos entregues la versión final revisada de la memoria traducida, que todavía faltan los anexos B y C.

Un saludo,
Paula
""",
    label=dict(kind="client-reply-dispute", amount="750.00",
               note="Partial payment (750 €) + rest withheld until the work is completed = dispute."))

# 61 — dispute, wants a 10% discount
add(61, lang="es", owner="L", frm=("Fernando Cruz", "fcruz@cruzinmobiliaria.es"),
    date="2027-02-02 12:12", tz="Europe/Madrid", subject="Re: Factura 2027-001",
    rem=dict(step="due", inv=dict(num="2027-001", amount="2.178,00 €", issue="2027-01-02", due="2027-02-01"),
             cname="Cruz Inmobiliaria", ckind="company", today="2027-02-01", at="09:00"),
    quote="gmail",
    text="""Lucía, buenas.
Si nos haces un 10% de descuento por el retraso con la web, pagamos hoy mismo. Si no, lo hablamos con calma la semana que viene.
Fernando
""",
    label=dict(kind="client-reply-dispute",
               note="Asks for a discount; the 'pagamos hoy' is conditional -> dispute, no promised_date."))

# 62 — dispute, refuses: never ordered
add(62, lang="es", owner="N", frm=("Hostal Sol", "info@hostalsol.es"),
    date="2026-11-18 10:18", tz="Europe/Madrid", subject="Re: Factura 2026-056",
    rem=dict(step="courtesy", inv=dict(num="2026-056", amount="302,50 €", issue="2026-10-26", due="2026-11-25"),
             cname="Hostal Sol", ckind="company", today="2026-11-18", at="09:00"),
    quote="none",
    text="""Buenos días, no reconocemos esta factura. No hemos encargado ninguna traducción de la carta este año; la última fue en 2025 y está pagada. Por favor, revísenlo.

Recepción Hostal Sol
""",
    label=dict(kind="client-reply-dispute",
               note="Refuses: never ordered. 'la última ... está pagada' is about a 2025 job, not a paid claim."))

# 63 — other, which invoice?
add(63, lang="es", owner="L", frm=("Sergio Blanco", "sergio@blancofitness.es"),
    date="2026-11-16 17:45", tz="Europe/Madrid", subject="Re: Factura 2026-051",
    rem=dict(step="due", inv=dict(num="2026-051", amount="484,00 €", issue="2026-10-15", due="2026-11-14"),
             cname="Blanco Fitness", ckind="company", today="2026-11-16", at="09:00"),
    quote="gmail",
    text="""Hola Lucía, ¿a qué factura te refieres? Tenemos dos tuyas de octubre y no sé cuál es esta. ¿Me mandas el PDF?
Sergio
""",
    label=dict(kind="client-reply-other", note="Which invoice? + send the PDF. No claim."))

# 64 — other, PO number required
add(64, lang="es", owner="N", frm=("Proveedores Laboratorios Ferrer", "proveedores@labferrer.es"),
    date="2027-01-21 11:05", tz="Europe/Madrid", subject="RE: Factura 2027-005",
    orig=dict(inv=dict(num="2027-005", amount="1.573,00 €", issue="2027-01-18", due="2027-02-17"), date="2027-01-18 12:30",
              what="la traducción de los prospectos (lote enero)"),
    quote="outlook", fmt="alt-outlook",
    text="""Estimada proveedora:

Para poder registrar su factura es imprescindible que indique el número de pedido (PO) facilitado por el departamento solicitante. Le rogamos la reenvíe a esta dirección indicando dicho número.

Atentamente,
Departamento de Proveedores
Laboratorios Ferrer
""" + LOPD_ES,
    label=dict(kind="client-reply-other", note="PO number needed, reply to the invoice mail. No contest."))

# 65 — other, passes it to accounts (cc)
add(65, lang="es", owner="L", frm=("Irene Domínguez", "irene@dominguezcatering.es"),
    cc=[("Rafa Administración", "administracion@dominguezcatering.es")],
    date="2026-12-09 14:44", tz="Europe/Madrid", subject="Re: Factura 2026-057",
    rem=dict(step="reminder", inv=dict(num="2026-057", amount="786,50 €", issue="2026-10-30", due="2026-11-29"),
             cname="Domínguez Catering", ckind="company", today="2026-12-09", at="09:00"),
    quote="gmail",
    text="""Hola Lucía, te pongo en copia a Rafa, de administración, que es quien lleva los pagos.
Rafa, ¿puedes mirarlo tú? Gracias!
Irene
""",
    label=dict(kind="client-reply-other", note="Forwarded to accounts in cc."))

# 66 — other, "recibido" + new job
add(66, lang="es", owner="N", frm=("Elena Campos", "elena.campos@editorialmarea.com"),
    date="2027-01-12 10:30", tz="Europe/Madrid", subject="Re: Factura 2027-001",
    orig=dict(inv=dict(num="2027-001", amount="2.420,00 €", issue="2027-01-11", due="2027-02-10"), date="2027-01-11 18:00",
              what="la traducción de «La casa del faro» (inglés-español)"),
    quote="gmail",
    text="""Hola Núria, recibido, gracias.

Aprovecho para preguntarte si tendrías disponibilidad en febrero para una novela de unas 300 páginas, del inglés también. La fecha de entrega sería a finales de abril. Si te interesa te paso el PDF y hablamos de tarifas.

Un abrazo,
Elena
""",
    label=dict(kind="client-reply-other", note="'recibido' on the invoice mail + new job talk. No payment statement."))

# 67 — other, asks for a call
add(67, lang="es", owner="L", frm=("Tomás Aguirre", "tomas@aguirrevinos.com"),
    date="2027-01-28 18:20", tz="Europe/Madrid", subject="Re: Factura 2026-063",
    rem=dict(step="reminder", inv=dict(num="2026-063", amount="1.210,00 €", issue="2026-12-14", due="2027-01-13"),
             cname="Bodegas Aguirre", ckind="company", today="2027-01-27", at="09:00"),
    quote="gmail",
    text="""Lucía, ¿podemos hablar mañana por teléfono sobre esta factura? Hay un par de cosas que quiero comentarte. ¿Te va bien a las 10?
Tomás
""",
    label=dict(kind="client-reply-other", note="Asks for a call; 'mañana' is about the call, not a payment. No claim stated."))

# ================================================================ English (Tom Byrne "T", Sarah Whitfield "S")

DISCLAIMER_EN = ("\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have "
                 "received it in error please notify the sender and delete it. Any views expressed are those of the "
                 "individual sender. Registered in England and Wales.\n")

# 68 — promise, "on the 30th"
add(68, lang="en", owner="T", frm=("Aoife Kelly", "aoife@kellybakes.ie"),
    date="2026-11-16 11:30", tz="Europe/Dublin", subject="Re: Invoice INV-2026-084",
    rem=dict(step="reminder", inv=dict(num="INV-2026-084", amount="€640.00", issue="2026-10-05", due="2026-11-04"),
             cname="Kelly Bakes", ckind="company", today="2026-11-13", at="09:00"),
    quote="gmail",
    text="""Hi Tom,

Really sorry about this. We get paid on the 30th so I'll transfer it then.

Aoife
""",
    label=dict(kind="client-reply-promise", promised_date="2026-11-30",
               note="'on the 30th ... I'll transfer it then' -> 30 Nov 2026."))

# 69 — promise, "by Friday week" (vague by the brief)
add(69, lang="en", owner="S", frm=("Rupert Hale", "rupert.hale@halepr.co.uk"),
    date="2026-11-25 16:40", tz="Europe/London", subject="Re: Invoice INV-2026-057",
    rem=dict(step="reminder", inv=dict(num="INV-2026-057", amount="£1,450.00", issue="2026-10-12", due="2026-11-11"),
             cname="Hale PR Ltd", ckind="company", today="2026-11-24", at="09:00"),
    quote="gmail",
    text="""Sarah —

Apologies, bit of a cashflow squeeze this month. You'll have it by Friday week, hand on heart.

R

Rupert Hale
Managing Director, Hale PR
""" + DISCLAIMER_EN,
    label=dict(kind="client-reply-promise", note="'by Friday week' counts as vague per the brief -> no promised_date."))

# 70 — promise, "at the end of next month" (AP, Outlook HTML)
add(70, lang="en", owner="T", frm=("Accounts Payable", "ap@harbourlogistics.com"),
    date="2026-12-10 14:05", tz="Europe/Dublin", subject="RE: Invoice INV-2026-088",
    rem=dict(step="reminder", inv=dict(num="INV-2026-088", amount="€3,075.00", issue="2026-10-28", due="2026-11-27"),
             cname="Harbour Logistics Ltd", ckind="company", today="2026-12-09", at="09:00"),
    quote="outlook", fmt="alt-outlook", charset="windows-1252", cte="quoted-printable",
    text="""Hi Tom,

Invoice INV-2026-088 has been approved and is scheduled for payment at the end of next month in line with our 60-day terms.

Regards,
Accounts Payable | Harbour Logistics Ltd
Unit 4, Ringsend Business Park, Dublin 4
""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-31", reference="INV-2026-088",
               note="'end of next month' sent 10 Dec 2026 -> 31 Jan 2027."))

# 71 — promise, "can't before the 28th"
add(71, lang="en", owner="S", frm=("Jess Moreton", "jess@moretonflowers.co.uk"),
    date="2027-01-14 12:40", tz="Europe/London", subject="Re: Invoice INV-2026-069",
    rem=dict(step="late_fee", inv=dict(num="INV-2026-069", amount="£420.00", issue="2026-11-20", due="2026-12-20"),
             cname="Moreton Flowers", ckind="company", today="2027-01-13", deadline="2027-01-20", at="09:00"),
    quote="apple", headers=[("X-Mailer", "iPhone Mail (22C152)")],
    text="""Hi Sarah, sorry - we can't before the 28th, January's been dead since Christmas. I'll send it that day though.
Jess x

Sent from my iPhone""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-28",
               note="'can't before the 28th ... I'll send it that day' -> 28 Jan 2027; quoted deadline 20 January ignored."))

# 72 — promise, "tomorrow" from New York late evening (already Friday in UTC)
add(72, lang="en", owner="T", frm=("Dana Whitaker", "dana@whitakermedia.com"),
    date="2026-12-03 22:15", tz="America/New_York", subject="Re: Invoice INV-2026-090",
    rem=dict(step="reminder", inv=dict(num="INV-2026-090", amount="€2,200.00", issue="2026-10-30", due="2026-11-29"),
             cname="Whitaker Media LLC", ckind="company", today="2026-12-03", at="09:00"),
    quote="gmail",
    text="""Tom - totally my bad, it slipped through the cracks with Thanksgiving. I'll wire it tomorrow first thing.
Thanks for the nudge.

Dana

--
Dana Whitaker | Whitaker Media
212-555-0147
""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-04",
               note="Sent Thu 3 Dec 22:15 -0500 (New York); 'tomorrow' = Fri 4 Dec 2026 in the sender's zone (in UTC/"
                    "Dublin it is already 4 Dec 03:15)."))

# 73 — promise, "next week's payment run" (vague)
add(73, lang="en", owner="S", frm=("Finance Team", "finance@northgatehomes.co.uk"),
    date="2027-01-12 15:15", tz="Europe/London", subject="RE: Invoice INV-2026-064",
    rem=dict(step="reminder", inv=dict(num="INV-2026-064", amount="£2,340.00", issue="2026-11-25", due="2026-12-25"),
             cname="Northgate Homes Ltd", ckind="company", today="2027-01-11", at="09:00"),
    quote="outlook", fmt="alt-outlook",
    text="""Dear Sarah,

Thank you for your email. Your invoice INV-2026-064 is approved and will go out with next week's payment run.

Kind regards,
Finance Team
Northgate Homes Ltd
""" + DISCLAIMER_EN,
    label=dict(kind="client-reply-promise", reference="INV-2026-064",
               note="'next week's payment run' is vague -> no promised_date."))

# 74 — promise, £600 by the 15th, rest in March
add(74, lang="en", owner="S", frm=("Owen Price", "owen@pricecarpentry.co.uk"),
    date="2027-02-02 20:03", tz="Europe/London", subject="Re: Invoice INV-2026-071",
    rem=dict(step="late_fee", inv=dict(num="INV-2026-071", amount="£1,250.00", issue="2026-12-01", due="2026-12-31"),
             cname="Price Carpentry", ckind="company", today="2027-02-01", deadline="2027-02-08", at="09:00"),
    quote="gmail",
    text="""Hi Sarah,

I'm a bit stretched at the moment after the van broke down. I'll pay £600 by the 15th and the rest in March, hope that's OK with you.

Cheers,
Owen
""",
    label=dict(kind="client-reply-promise", promised_date="2027-02-15", amount="600.00", currency="GBP",
               note="Instalments: £600 'by the 15th' (sent 2 Feb -> 15 Feb 2027), rest 'in March' (vague). Quoted £1,250.00 "
                    "is the invoice, not the promised figure."))

# 75 — promise, "Monday" said on a Monday
add(75, lang="en", owner="T", frm=("Brian Doyle", "brian@doyleplumbing.ie"),
    date="2027-01-11 08:15", tz="Europe/Dublin", subject="Re: Invoice INV-2026-092",
    rem=dict(step="reminder", inv=dict(num="INV-2026-092", amount="€520.00", issue="2026-12-02", due="2027-01-01"),
             cname="Doyle Plumbing & Heating", ckind="company", today="2027-01-08", at="09:00"),
    quote="none", cte="8bit",
    text="""Tom, it'll go Monday, the accountant only does transfers on Mondays and she's off sick today.
Brian

Sent from my Galaxy
""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-18",
               note="Said on Monday 11 Jan ('she's off today') -> the next Monday, 18 Jan 2027."))

# 76 — promise, "Tuesday — sorry, Wednesday"
add(76, lang="en", owner="S", frm=("Priya Shah", "priya@shahdental.co.uk"),
    date="2026-11-19 13:22", tz="Europe/London", subject="Re: Invoice INV-2026-055",
    rem=dict(step="reminder", inv=dict(num="INV-2026-055", amount="£780.00", issue="2026-10-09", due="2026-11-08"),
             cname="Shah Dental Practice", ckind="company", today="2026-11-18", at="09:00"),
    quote="gmail", fmt="alt-gmail",
    text="""Hi Sarah,

So sorry, this fell between the cracks. I'll pay on Tuesday — sorry, Wednesday, I'm at a conference Tuesday and the banking needs my card reader.

Best,
Priya
""",
    label=dict(kind="client-reply-promise", promised_date="2026-11-25",
               note="Self-correction 'Tuesday — sorry, Wednesday' sent Thu 19 Nov -> Wed 25 Nov 2026."))

# 77 — promise, "today"
add(77, lang="en", owner="T", frm=("Ciarán Murphy", "ciaran@murphybrewing.ie"),
    date="2027-01-27 10:45", tz="Europe/Dublin", subject="Re: Invoice INV-2027-003",
    rem=dict(step="due", inv=dict(num="INV-2027-003", amount="€1,107.00", issue="2026-12-28", due="2027-01-27"),
             cname="Murphy Brewing Co.", ckind="company", today="2027-01-27", at="08:00"),
    quote="apple", headers=[("X-Mailer", "iPad Mail (22C152)")],
    text="""Apologies Tom, I'll push it through today.
Ciarán

Sent from my iPad""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-27",
               note="'I'll push it through today' -> the Date's day, 27 Jan 2027 (also the due date in the quote)."))

# 78 — promise, "early January" (vague)
add(78, lang="en", owner="S", frm=("Mark Ellis", "m.ellis@ellisarchitects.co.uk"),
    date="2026-12-11 16:50", tz="Europe/London", subject="RE: Invoice INV-2026-060",
    rem=dict(step="reminder", inv=dict(num="INV-2026-060", amount="£1,980.00", issue="2026-11-02", due="2026-12-02"),
             cname="Ellis Architects LLP", ckind="company", today="2026-12-10", at="09:00"),
    quote="outlook2",
    text="""Hi Sarah,

We're closing the books for the year, so this will be paid in early January. Apologies for the wait.

Mark
""",
    label=dict(kind="client-reply-promise", note="'early January' is vague -> no promised_date."))

# 79 — promise, "your invoice 31", "EUR 1250", "on the 18th" (German company, Outlook "AW:")
add(79, lang="en", owner="T", frm=("Greta Lindqvist", "greta.lindqvist@nordlicht-studios.de"),
    date="2026-12-04 09:12", tz="Europe/Berlin", subject="AW: Invoice INV-2026-031",
    rem=dict(step="late_fee", inv=dict(num="INV-2026-031", amount="€1,250.00", issue="2026-09-15", due="2026-10-15"),
             cname="Nordlicht Studios GmbH", ckind="company", today="2026-12-03", deadline="2026-12-10", at="09:00"),
    quote="outlook2", quote_lang="de", fmt="alt-outlook",
    text="""Dear Tom,

regarding your invoice 31: the amount of EUR 1250 will be transferred on the 18th, together with our other December payments.

Best regards

Greta Lindqvist
Buchhaltung / Accounting
Nordlicht Studios GmbH | Schanzenstraße 22 | 20357 Hamburg
Geschäftsführer: J. Brandt | Amtsgericht Hamburg HRB 123456
""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-18", amount="1250.00", reference="INV-2026-031",
               note="'your invoice 31' -> INV-2026-031; 'EUR 1250' 'on the 18th' sent 4 Dec -> 18 Dec 2026. German "
                    "Outlook header block in the quote; quoted deadline 10 December ignored."))

# 80 — promise, amount and date only in the quoted reminder
add(80, lang="en", owner="S", frm=("Tom Baxter", "tom.baxter@baxterauto.co.uk"),
    date="2026-12-15 19:40", tz="Europe/London", subject="Re: Invoice INV-2026-058",
    rem=dict(step="late_fee", inv=dict(num="INV-2026-058", amount="£850.00", issue="2026-10-14", due="2026-11-13"),
             cname="Baxter Auto Repairs", ckind="company", today="2026-12-14", deadline="2026-12-21", at="09:00"),
    quote="gmail",
    text="""Sarah, will get this paid asap, apologies. Been a nightmare month.
Tom
""",
    label=dict(kind="client-reply-promise",
               note="'asap' is vague; £850.00 and 21 December appear only in the quoted reminder -> no facts."))

# 81 — paid, "Sorted!"
add(81, lang="en", owner="T", frm=("Niamh O'Brien", "niamh@obrienyoga.ie"),
    date="2026-11-26 21:03", tz="Europe/Dublin", subject="Re: Invoice INV-2026-086",
    rem=dict(step="due", inv=dict(num="INV-2026-086", amount="€290.00", issue="2026-10-26", due="2026-11-25"),
             cname="Niamh O'Brien", ckind="person", today="2026-11-26", at="09:00"),
    quote="apple", headers=[("X-Mailer", "iPhone Mail (22B91)")],
    text="""Sorted! Sorry Tom x

Sent from my iPhone""",
    label=dict(kind="client-reply-paid", note="'Sorted!' = paid. No facts."))

# 82 — paid, AP: "processed in yesterday's payment run", "€1,250"
add(82, lang="en", owner="T", frm=("AP Team Clearwater Medical", "accountspayable@clearwatermedical.ie"),
    date="2026-12-09 11:25", tz="Europe/Dublin", subject="RE: Invoice INV-2026-079",
    rem=dict(step="reminder", inv=dict(num="INV-2026-079", amount="€1,250.00", issue="2026-10-23", due="2026-11-22"),
             cname="Clearwater Medical Ltd", ckind="company", today="2026-12-08", at="09:00"),
    quote="outlook",
    text="""Hi Tom,

Your invoice INV-2026-079 for €1,250 was processed in yesterday's payment run. Please allow 2-3 business days for the funds to clear.

Kind regards,
Accounts Payable
Clearwater Medical Ltd
""",
    label=dict(kind="client-reply-paid", amount="1250.00", reference="INV-2026-079",
               note="'processed in yesterday's payment run' = paid; '€1,250' in their text."))

# 83 — paid, "INV 2026 031 paid via Wise", screenshot
add(83, lang="en", owner="S", frm=("Luca Bianchi", "luca@bianchigelato.co.uk"),
    date="2027-01-18 14:25", tz="Europe/London", subject="Re: Invoice INV-2026-031",
    rem=dict(step="late_fee", inv=dict(num="INV-2026-031", amount="£960.00", issue="2026-11-10", due="2026-12-10"),
             cname="Bianchi Gelato Ltd", ckind="company", today="2027-01-15", deadline="2027-01-22", at="09:00"),
    quote="gmail", fmt="alt-gmail",
    attachments=[("image/png", "Screenshot 2027-01-18 at 14.21.07.png", fake_png())],
    text="""Hi Sarah,

INV 2026 031 paid via Wise this morning, screenshot attached. Should land today or tomorrow.

Luca
""",
    label=dict(kind="client-reply-paid", reference="INV-2026-031",
               note="Reference written 'INV 2026 031'. Paid via Wise (the client's own transfer), PNG screenshot attached."))

# 84 — paid, forwarded message from a colleague in accounts
_en84 = """Here you go Tom - see below from Orla in accounts. Sorry it took so long!

Declan

---------- Forwarded message ---------
From: Orla Brennan <orla@walshevents.ie>
Date: Fri, 8 Jan 2027 at 11:02
Subject: Payment to Tom Byrne Design
To: Declan Walsh <declan@walshevents.ie>


Hi Declan,

Payment to Tom went out this morning - €2,460.00 for INV-2026-091. Should be with him Monday at the latest.

Orla
"""
add(84, lang="en", owner="T", frm=("Declan Walsh", "declan@walshevents.ie"),
    date="2027-01-08 11:40", tz="Europe/Dublin", subject="Fwd: Payment to Tom Byrne Design",
    quote="none", thread=False, text=_en84,
    label=dict(kind="client-reply-paid", amount="2460.00", reference="INV-2026-091",
               note="Client forwards a colleague's 'payment went out this morning - €2,460.00 for INV-2026-091' with 'Here "
                    "you go'. 'Monday' is when it should arrive, not a promise. Not threaded."))

# 85 — paid, "we paid last week, can you check"
add(85, lang="en", owner="S", frm=("Hannah Cole", "hannah@colefitness.co.uk"),
    date="2026-12-07 09:02", tz="Europe/London", subject="Re: Invoice INV-2026-059",
    rem=dict(step="reminder", inv=dict(num="INV-2026-059", amount="£600.00", issue="2026-10-29", due="2026-11-28"),
             cname="Cole Fitness", ckind="company", today="2026-12-04", at="09:00"),
    quote="gmail",
    text="""Hi Sarah,

We paid this last week (Tuesday I think?) - can you check it arrived? If not I'll chase the bank.

Hannah
""",
    label=dict(kind="client-reply-paid", note="Paid last week + 'can you check it arrived?' = paid."))

# 86 — paid, £850 for INV-2026-058, plus a question about another invoice
add(86, lang="en", owner="S", frm=("George Turner", "george@turnerbrewing.co.uk"),
    date="2026-12-16 10:15", tz="Europe/London", subject="Re: Invoice INV-2026-058",
    rem=dict(step="late_fee", inv=dict(num="INV-2026-058", amount="£850.00", issue="2026-10-14", due="2026-11-13"),
             cname="Turner Brewing Co Ltd", ckind="company", today="2026-12-15", deadline="2026-12-22", at="09:00",
             to="George Turner <george@turnerbrewing.co.uk>"),
    quote="gmail",
    text="""Morning Sarah,

Paid INV-2026-058 (£850) this morning, sorry for the delay.

Could you resend INV-2026-062 as well? I can't find it anywhere in our inbox.

Cheers,
George
""",
    label=dict(kind="client-reply-paid", amount="850.00", currency="GBP", reference="INV-2026-058",
               note="Two invoices named: paid 058 (£850), asks to resend 062 -> paid; reference = the paid one."))

# 87 — paid, USD ACH from New York, base64
add(87, lang="en", owner="T", frm=("Kevin Brooks", "kbrooks@brooksventures.com"),
    date="2027-01-21 16:30", tz="America/New_York", subject="RE: Invoice INV-2026-094",
    rem=dict(step="late_fee", inv=dict(num="INV-2026-094", amount="€2,150.00", issue="2026-11-30", due="2026-12-30"),
             cname="Brooks Ventures Inc.", ckind="company", today="2027-01-19", deadline="2027-01-26", at="09:00"),
    quote="outlook", quote_lang="en-us", cte="base64",
    text="""Hi Tom,

ACH went out Tuesday for $2,400.00 -- our bank can't do SEPA transfers so it's in USD, hope that's OK, it should convert on your end to roughly the invoice amount. Let me know if anything's off.

Thanks,
Kevin

Kevin Brooks
CFO, Brooks Ventures Inc.
""",
    label=dict(kind="client-reply-paid", amount="2400.00", currency="USD",
               note="Paid in USD ($2,400.00) against a EUR invoice; currency USD. base64 body."))

# 88 — paid, Outlook HTML only: "Payment has been made in full on 14/12"
add(88, lang="en", owner="S", frm=("Rachel Green", "rachel.green@greenlandscapes.co.uk"),
    date="2026-12-15 11:11", tz="Europe/London", subject="RE: Invoice INV-2026-061",
    rem=dict(step="due", inv=dict(num="INV-2026-061", amount="£1,140.00", issue="2026-11-13", due="2026-12-13"),
             cname="Green Landscapes Ltd", ckind="company", today="2026-12-14", at="09:00"),
    quote="outlook", fmt="html-outlook",
    text="""Hi Sarah,

Payment has been made in full on 14/12.

Many thanks,
Rachel Green
Office Manager | Green Landscapes Ltd
""",
    label=dict(kind="client-reply-paid", note="HTML-only Outlook: 'Payment has been made in full on 14/12' = paid."))

# 89 — paid, two invoices, £1,700 total
add(89, lang="en", owner="S", frm=("Amir Khan", "amir@khanretail.co.uk"),
    date="2027-01-28 17:55", tz="Europe/London", subject="Re: Invoice INV-2026-044",
    rem=dict(step="late_fee", inv=dict(num="INV-2026-044", amount="£900.00", issue="2026-11-16", due="2026-12-16"),
             cname="Khan Retail Ltd", ckind="company", today="2027-01-27", deadline="2027-02-03", at="09:00"),
    quote="gmail",
    text="""Hi Sarah,

Paid both 044 and 045 in one transfer yesterday, £1,700 total. Reference on the payment is KHANRETAIL JAN.

Cheers,
Amir
""",
    label=dict(kind="client-reply-paid", amount="1700.00", currency="GBP", reference="INV-2026-044",
               note="One transfer for two invoices ('044 and 045'), £1,700 total; reference = the thread's INV-2026-044."))

# 90 — dispute, paid £1,000 of £1,200, wants a credit note
add(90, lang="en", owner="S", frm=("Victoria Lamb", "victoria@lambinteriors.co.uk"),
    date="2026-11-20 15:05", tz="Europe/London", subject="Re: Invoice INV-2026-054",
    rem=dict(step="due", inv=dict(num="INV-2026-054", amount="£1,200.00", issue="2026-10-20", due="2026-11-19"),
             cname="Lamb Interiors", ckind="company", today="2026-11-20", at="09:00"),
    quote="gmail", fmt="alt-gmail",
    text="""Hi Sarah,

I've paid £1,000 today, which is what we agreed on the phone in September. I'm not paying the extra £200 for the second round of edits - that was only needed because the first draft missed the brief.

Please send a credit note for the balance.

Victoria
""",
    label=dict(kind="client-reply-dispute", amount="1000.00", currency="GBP",
               note="Partial payment £1,000 + refuses the £200 balance + credit note = dispute; amount = what was paid."))

# 91 — dispute, already invoiced
add(91, lang="en", owner="T", frm=("Siobhán Ryan", "siobhan@ryanpharmacy.ie"),
    date="2027-02-01 10:20", tz="Europe/Dublin", subject="Re: Invoice INV-2027-006",
    rem=dict(step="courtesy", inv=dict(num="INV-2027-006", amount="€738.00", issue="2027-01-08", due="2027-02-07"),
             cname="Ryan's Pharmacy", ckind="company", today="2027-02-01", at="08:00"),
    quote="gmail",
    text="""Hi Tom,

INV-2027-006 looks like a duplicate of INV-2026-083 from November, which we paid before Christmas - same job (the window graphics for the Ranelagh shop). Can you check and cancel this one?

Thanks,
Siobhán
""",
    label=dict(kind="client-reply-dispute", reference="INV-2027-006",
               note="Already billed: 2027-006 duplicates 2026-083 (paid). Reference = the contested INV-2027-006."))

# 92 — dispute, files never delivered
add(92, lang="en", owner="S", frm=("Daniel Moss", "daniel@mossco.co.uk"),
    date="2027-01-13 09:41", tz="Europe/London", subject="RE: Invoice INV-2026-066",
    rem=dict(step="reminder", inv=dict(num="INV-2026-066", amount="£1,600.00", issue="2026-11-19", due="2026-12-19"),
             cname="Moss & Co", ckind="company", today="2027-01-12", at="09:00"),
    quote="outlook",
    text="""Sarah,

The final copy files for the brochure were never delivered - we only ever got the draft PDF with your comments. We won't be paying until we receive them.

Daniel Moss
Moss & Co
""" + DISCLAIMER_EN,
    label=dict(kind="client-reply-dispute", note="Work not delivered; refuses to pay until received = dispute."))

# 93 — dispute, "happy to settle at €900"
add(93, lang="en", owner="T", frm=("Eoin Gallagher", "eoin@gallaghercycles.ie"),
    date="2026-12-22 12:35", tz="Europe/Dublin", subject="Re: Invoice INV-2026-093",
    rem=dict(step="reminder", inv=dict(num="INV-2026-093", amount="€1,150.00", issue="2026-11-12", due="2026-12-12"),
             cname="Gallagher Cycles", ckind="company", today="2026-12-21", at="09:00"),
    quote="gmail",
    text="""Tom,

Happy to settle at €900 if you knock off the rush fee - we never asked for a rush job, the deadline was yours. Let me know and I'll send it straight away.

Eoin
""",
    label=dict(kind="client-reply-dispute", amount="900.00",
               note="Contests the rush fee, offers €900 (amount accepted); 'straight away' is conditional -> dispute."))

# 94 — dispute, wrong VAT (reverse charge)
add(94, lang="en", owner="T", frm=("Sophie Laurent", "s.laurent@laurent-conseil.fr"),
    date="2026-11-19 14:48", tz="Europe/Paris", subject="RE: Invoice INV-2026-077",
    rem=dict(step="due", inv=dict(num="INV-2026-077", amount="€2,337.00", issue="2026-10-19", due="2026-11-18"),
             cname="Laurent Conseil SAS", ckind="company", today="2026-11-19", at="09:00"),
    quote="outlook2",
    text="""Dear Tom,

Your invoice INV-2026-077 charges Irish VAT at 23%, but we are a VAT-registered business in France, so it should be reverse charge (our VAT number FR12 345678901 is on the purchase order).

Could you please cancel it and send a corrected invoice without VAT? We will pay the net amount as soon as we receive it.

Kind regards,
Sophie Laurent
Directrice administrative et financière
Laurent Conseil SAS – 14 rue de la Paix, 75002 Paris
""",
    label=dict(kind="client-reply-dispute", reference="INV-2026-077",
               note="Wrong amount (VAT should be reverse charge), wants a corrected invoice; pays only net after that."))

# 95 — dispute, long chatty mail with one sentence that matters
add(95, lang="en", owner="S", frm=("Ollie Hughes", "ollie@hughesmarketing.co.uk"),
    date="2027-01-29 17:20", tz="Europe/London", subject="Re: Invoice INV-2027-002",
    rem=dict(step="courtesy", inv=dict(num="INV-2027-002", amount="£2,000.00", issue="2027-01-04", due="2027-02-03"),
             cname="Hughes Marketing Ltd", ckind="company", today="2027-01-29", at="08:00"),
    quote="gmail", fmt="alt-gmail",
    text="""Hey Sarah!

Hope you had a good break - did you end up going to Lisbon in the end? We were up in the Lakes and it rained for nine days straight, the kids loved it obviously.

Massive thanks again for the launch copy, the client was really happy with the landing page and the email sequence is doing 40%+ open rates which is frankly ridiculous for B2B. Jen wants to talk to you about the spring campaign, I think she'll be in touch next week.

Oh and on the invoice - the hours don't match the timesheet you sent over (40 billed vs 32 on the sheet), so can you take another look before we pay?

Also we've moved office! New address is 3rd floor, 18 Brewer Street, in case you ever want to pop in for a coffee.

Speak soon,
Ollie
""",
    label=dict(kind="client-reply-dispute",
               note="Long chatty mail; the one sentence that matters disputes the hours (40 vs 32) before paying."))

# 96 — other, "could you resend invoice 35?"
add(96, lang="en", owner="T", frm=("Mairead Quinn", "accounts@quinnhardware.ie"),
    date="2026-11-10 10:02", tz="Europe/Dublin", subject="Re: Invoice INV-2026-035",
    rem=dict(step="late_fee", inv=dict(num="INV-2026-035", amount="€415.00", issue="2026-08-31", due="2026-09-30"),
             cname="Quinn Hardware", ckind="company", today="2026-11-09", deadline="2026-11-16", at="09:00"),
    quote="gmail",
    text="""Hi Tom,

Could you resend invoice 35? Our new accounts system ate it.

Thanks,
Mairead
Quinn Hardware
""",
    label=dict(kind="client-reply-other", reference="INV-2026-035", note="Asks to resend 'invoice 35' -> INV-2026-035."))

# 97 — other, PO number required
add(97, lang="en", owner="S", frm=("Procurement Ashford Borough Council", "procurement@ashford-bc.gov.uk"),
    date="2026-12-02 10:30", tz="Europe/London", subject="RE: Invoice INV-2026-063",
    orig=dict(inv=dict(num="INV-2026-063", amount="£3,200.00", issue="2026-11-30", due="2026-12-30"), date="2026-11-30 16:00",
              what="the copywriting for the Winter in Ashford campaign"),
    quote="outlook",
    text="""Dear Supplier,

We are unable to process this invoice as it does not quote a valid purchase order number. Please resubmit it via the supplier portal quoting the PO number issued to you by the commissioning department.

Kind regards,
Procurement Team
Ashford Borough Council
""",
    label=dict(kind="client-reply-other", note="PO number needed (reply to the invoice mail). No contest."))

# 98 — other, looping in accounts payable
add(98, lang="en", owner="T", frm=("Fiona Nolan", "fiona@nolanarchitects.ie"),
    cc=[("Accounts Payable", "ap@nolanarchitects.ie")],
    date="2026-12-17 15:48", tz="Europe/Dublin", subject="Re: Invoice INV-2026-095",
    rem=dict(step="due", inv=dict(num="INV-2026-095", amount="€1,845.00", issue="2026-11-16", due="2026-12-16"),
             cname="Nolan Architects", ckind="company", today="2026-12-17", at="09:00"),
    quote="gmail",
    text="""Hi Tom,

Looping in our accounts payable team (cc'd) who handle this.

Thanks,
Fiona
""",
    label=dict(kind="client-reply-other", note="Forwarded to accounts payable in cc."))

# 99 — other, have your bank details changed?
add(99, lang="en", owner="S", frm=("Nick Foster", "nick@fosterlegal.co.uk"),
    date="2027-02-09 11:15", tz="Europe/London", subject="Re: Invoice INV-2027-005",
    rem=dict(step="courtesy", inv=dict(num="INV-2027-005", amount="£1,320.00", issue="2027-01-13", due="2027-02-12"),
             cname="Foster Legal LLP", ckind="company", today="2027-02-09", at="08:00"),
    quote="gmail",
    text="""Sarah, quick one before we pay: we received a letter saying your bank details have changed to a Monzo account. Is that genuine? Could you call me on 020 7946 0321 to confirm - we don't change payee details by email.

Nick Foster
Partner, Foster Legal LLP
""" + DISCLAIMER_EN,
    label=dict(kind="client-reply-other", note="Question about changed bank details before paying; no promise."))

# 100 — other, received + call about phase 2
add(100, lang="en", owner="T", frm=("Gráinne Fitzgerald", "grainne@fitzgeraldtravel.ie"),
    date="2027-01-06 14:30", tz="Europe/Dublin", subject="Re: Invoice INV-2027-001",
    orig=dict(inv=dict(num="INV-2027-001", amount="€2,460.00", issue="2027-01-05", due="2027-02-04"), date="2027-01-05 17:10",
              what="phase 1 of the website redesign"),
    quote="gmail", fmt="alt-gmail",
    text="""Received, thanks Tom.

By the way, are you free for a call next week about phase 2? Tuesday or Wednesday afternoon would work for me.

Gráinne
""",
    label=dict(kind="client-reply-other", note="'Received' on the invoice mail + call about new work."))


if __name__ == "__main__":
    write_all()
    check()
