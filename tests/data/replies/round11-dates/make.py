#!/usr/bin/env python3
"""Round 11 (dates): generate r11d-NNNN.eml and labels.toml.

Every message body is hand-written in msgs_it.py, msgs_es.py, msgs_en.py (client replies) and
msgs_machine.py (machine mail). This file only holds the MIME plumbing, the quoted reminders
(copied from the wording of templates/{it,es,en}) and the sanity check.

Python 3.11, stdlib only.  Run:  python3 make.py
"""
import sys

sys.dont_write_bytecode = True

import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import os
import quopri
import struct
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "r11d"

# --------------------------------------------------------------------------------------------
# The mailbox owners (freelancers)
# --------------------------------------------------------------------------------------------
OWNERS = {
    "alessandra": dict(name="Alessandra Rossi", addr="alessandra@example.it", lang="it",
                       iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX", tz="+0100"),
    "marco": dict(name="Marco Ferri", addr="marco@ferrifotografia.it", lang="it",
                  iban="IT28 W030 6909 6061 0000 0117 843", bic="BCITITMM", tz="+0100"),
    "giulia": dict(name="Giulia Conti", addr="giulia.conti@contitraduzioni.it", lang="it",
                   iban="IT02 L123 4512 3451 2345 6789 012", bic=None, tz="+0100"),
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", lang="es",
                  iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", tz="+0100"),
    "jordi": dict(name="Jordi Puig", addr="jordi@puigfoto.cat", lang="es",
                  iban="ES79 0081 0200 1000 0123 4567", bic="BSABESBBXXX", tz="+0100"),
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", lang="en",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", tz="+0000"),
    "priya": dict(name="Priya Shah", addr="priya@shahcopy.co.uk", lang="en",
                  iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", tz="+0000"),
}

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


def tz(off):
    sign = 1 if off[0] == "+" else -1
    return dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def when(s, off):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=tz(off))


def d(s):
    return dt.date.fromisoformat(s)


# ---- date words used in the quoted reminders --------------------------------------------------
def it_date(s):
    x = d(s)
    return f"{x.day} {IT_MONTHS[x.month - 1]} {x.year}"


def it_il(s):
    x = d(s)
    return ("l'" if x.day in (1, 8, 11) else "il ") + it_date(s)


def es_date(s):
    x = d(s)
    return f"{x.day} de {ES_MONTHS[x.month - 1]} de {x.year}"


def en_date(s):
    x = d(s)
    return f"{x.day} {EN_MONTHS[x.month - 1]} {x.year}"


# --------------------------------------------------------------------------------------------
# The reminders mailduns sends (wording of templates/{it,es,en}/*.txt.j2)
# --------------------------------------------------------------------------------------------
def _pay(lang, o, inv):
    if lang == "it":
        s = f"Per il pagamento:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n"
        if o["bic"]:
            s += f"- BIC: {o['bic']}\n"
        return s + f"- causale: Fattura n. {inv}"
    if lang == "es":
        s = f"Datos para el pago:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n"
        if o["bic"]:
            s += f"- BIC: {o['bic']}\n"
        return s + f"- concepto: Factura {inv}"
    s = f"Payment details:\n- Account name: {o['name']}\n- IBAN: {o['iban']}\n"
    if o["bic"]:
        s += f"- BIC (SWIFT): {o['bic']}\n"
    return s + f"- Payment reference: {inv}"


def _hello(lang, client, ckind):
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
            if client.split()[0].lower() in ("sra.", "sra", "dña.", "doña"):
                return f"Estimada {client}:"
            if client.split()[0].lower() in ("sr.", "sr", "d.", "don"):
                return f"Estimado {client}:"
            return f"Buenos días, {client}:"
        return "Buenos días:"
    if ckind == "person" and client:
        return f"Dear {client},"
    if ckind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def reminder_text(t):
    """t: dict(owner, tpl, inv, amount, due, client, ckind, issue, deadline, promise, late)."""
    o = OWNERS[t["owner"]]
    lang = o["lang"]
    tpl = t.get("tpl", "reminder")
    inv, amt, due = t["inv"], t.get("amount"), t["due"]
    hello = _hello(lang, t.get("client"), t.get("ckind"))
    pay = _pay(lang, o, inv)
    sent = d(t["sent"][:10])
    late = (sent - d(due)).days
    if lang == "it":
        a = f" di {amt}" if amt else ""
        if tpl == "courtesy":
            em = f", emessa {it_il(t['issue'])}," if t.get("issue") else ""
            body = (f"un breve promemoria: la fattura n. {inv}{a}{em} è in scadenza {it_il(due)}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto "
                    f"di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif tpl == "due":
            if late > 0:
                first = (f"un promemoria: la fattura n. {inv}{a} è scaduta {it_il(due)}. Se il pagamento non è "
                         "ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
            else:
                first = f"un promemoria: la fattura n. {inv}{a} è in scadenza oggi, {it_date(due)}."
            body = (f"{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di "
                    f"questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif tpl == "late_fee":
            tr = f": sono trascorsi {late} giorni dalla scadenza" if late > 1 else ""
            body = (f"la fattura n. {inv}{a}, scaduta {it_il(due)}, risulta ancora da saldare{tr}.\n\n"
                    f"Chiedo cortesemente di provvedere al pagamento entro {it_il(t['deadline'])}. Se il pagamento "
                    "è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema "
                    "con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta "
                    f"rispondere a questa email.\n\n{pay}")
        elif tpl == "promise_followup":
            body = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv}{a} sarebbe "
                    f"stato effettuato entro {it_il(t['promise'])}.\n\nAd oggi il pagamento non risulta ancora "
                    "arrivato. Se è già stato disposto, basta rispondere indicando la data del bonifico. Se invece "
                    "serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n"
                    f"{pay}")
        else:
            body = (f"da un controllo la fattura n. {inv}{a}, scaduta {it_il(due)}, risulta ancora da saldare. "
                    "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento "
                    "appena possibile.\n\nSe il pagamento è già stato effettuato, basta rispondere indicando la "
                    "data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso "
                    "per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: "
                    f"basta rispondere a questa email.\n\n{pay}")
        return f"{hello}\n\n{body}\n\nCordiali saluti,\n{o['name']}"
    if lang == "es":
        a = f" de {amt}" if amt else ""
        if tpl == "courtesy":
            em = f", emitida el {es_date(t['issue'])}," if t.get("issue") else ""
            body = (f"Un breve recordatorio: la factura n.º {inv}{a}{em} vence el {es_date(due)}.\n\n"
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif tpl == "due":
            if late > 0:
                first = (f"La factura n.º {inv}{a} venció el {es_date(due)} y, según mis registros, el pago aún no "
                         "consta. Agradecería que se tramitara en los próximos días.")
            else:
                first = f"La factura n.º {inv}{a} vence hoy, {es_date(due)}."
            body = (f"{first}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif tpl == "late_fee":
            hace = f", hace {late} días," if late > 1 else ""
            body = (f"La factura n.º {inv}{a} venció el {es_date(due)}{hace} y sigue pendiente de pago.\n\n"
                    f"Ruego que el pago{a} se realice a más tardar el {es_date(t['deadline'])}. Si ya está en "
                    "curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay "
                    "algún problema con la factura o con los plazos, podemos buscar una solución por esta misma "
                    f"vía.\n\n{pay}")
        elif tpl == "promise_followup":
            body = (f"Según su último mensaje, el pago de la factura n.º {inv}{a} se realizaría a más tardar el "
                    f"{es_date(t['promise'])}; gracias de nuevo por la información.\n\nA día de hoy el pago todavía "
                    "no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha "
                    "de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo "
                    f"contar con él.\n\n{pay}")
        else:
            body = (f"Revisando mis cuentas, veo que la factura n.º {inv}{a}, vencida el {es_date(due)}, sigue "
                    "pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se "
                    "realizara en cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso "
                    "basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis "
                    "registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.\n\n"
                    f"{pay}")
        return f"{hello}\n\n{body}\n\nUn cordial saludo,\n{o['name']}"
    a = f" for {amt}" if amt else ""
    if tpl == "courtesy":
        em = f", issued on {en_date(t['issue'])}," if t.get("issue") else ""
        body = (f"This is a friendly reminder that invoice {inv}{a}{em} is due for payment on {en_date(due)}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif tpl == "due":
        if late > 0:
            first = (f"This is a quick reminder that invoice {inv}{a} was due for payment on {en_date(due)}. If it "
                     "has not been paid yet, I would be grateful if you could arrange payment in the next few days.")
        else:
            first = f"This is a quick reminder that invoice {inv}{a} is due for payment today, {en_date(due)}."
        body = (f"{first}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n{pay}\n\n"
                "If you have any questions, just reply to this email.")
    elif tpl == "late_fee":
        body = (f"Invoice {inv}{a}, due on {en_date(due)}, is now {late} days overdue.\n\nPlease arrange payment by "
                f"{en_date(t['deadline'])}. If payment is already on its way, thank you – please let me know the "
                "date it was made. If there is a problem with the invoice or with the timing, please reply to this "
                f"email and we can find a solution.\n\n{pay}")
    elif tpl == "promise_followup":
        body = (f"Thank you for letting me know that invoice {inv}{a} would be paid by {en_date(t['promise'])}.\n\n"
                "The payment has not reached me yet. If it is already on its way, thank you – please let me know "
                "the date it was made. If you need a little more time, could you let me know when I can expect it?"
                f"\n\n{pay}")
    else:
        body = (f"According to my records, invoice {inv}{a}, due on {en_date(due)}, has not yet been paid. It may "
                "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                "convenience.\n\nIf you have already paid, thank you – please let me know the payment date so that "
                "I can update my records. If there is a problem with the invoice, please reply to this email and we "
                f"can sort it out.\n\n{pay}")
    return f"{hello}\n\n{body}\n\nKind regards,\n{o['name']}"


def reminder_subject(t):
    o = OWNERS[t["owner"]]
    lang, tpl, inv = o["lang"], t.get("tpl", "reminder"), t["inv"]
    if "subject" in t:
        return t["subject"]
    if lang == "it":
        return {"courtesy": f"Promemoria: fattura n. {inv} in scadenza",
                "due": f"Promemoria: fattura n. {inv}",
                "late_fee": f"Secondo sollecito: fattura n. {inv}",
                "promise_followup": f"Fattura n. {inv}: pagamento non ancora ricevuto"}.get(
            tpl, f"Sollecito: fattura n. {inv}")
    if lang == "es":
        return {"courtesy": f"Recordatorio: factura n.º {inv}",
                "due": f"Vencimiento de la factura n.º {inv}",
                "late_fee": f"Segundo aviso: factura n.º {inv}",
                "promise_followup": f"Factura n.º {inv}: pago pendiente"}.get(
            tpl, f"Factura n.º {inv} pendiente de pago")
    return {"courtesy": f"Invoice {inv} due soon",
            "due": f"Invoice {inv} is due",
            "late_fee": f"Second reminder: invoice {inv}",
            "promise_followup": f"Invoice {inv}: payment not yet received"}.get(
        tpl, f"Reminder: invoice {inv} is overdue")


# --------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------
def gt(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def attribution(style, qlang, o, sent, to_line, subject):
    """The line(s) a mail client puts above a quoted message."""
    x = sent
    hm = f"{x.hour:02d}:{x.minute:02d}"
    if style == "gmail":
        if qlang == "it":
            return (f"Il giorno {IT_DAY3[x.weekday()]} {x.day} {IT_MON3[x.month - 1]} {x.year} alle ore {hm} "
                    f"{o['name']} <{o['addr']}> ha scritto:")
        if qlang == "es":
            return (f"El {ES_DAY3[x.weekday()]}, {x.day} {ES_MON3[x.month - 1]} {x.year} a las {x.hour}:{x.minute:02d}, "
                    f"{o['name']} (<{o['addr']}>) escribió:")
        return (f"On {EN_DAYS[x.weekday()][:3]}, {x.day} {EN_MONTHS[x.month - 1][:3]} {x.year} at {hm}, "
                f"{o['name']} <{o['addr']}> wrote:")
    if style == "gmail-us":
        h12 = x.hour % 12 or 12
        ap = "AM" if x.hour < 12 else "PM"
        return (f"On {EN_DAYS[x.weekday()][:3]}, {EN_MONTHS[x.month - 1][:3]} {x.day}, {x.year} at {h12}:{x.minute:02d}"
                f"\u202f{ap} {o['name']} <{o['addr']}> wrote:")
    if style == "apple":
        if qlang == "it":
            return f"Il giorno {x.day} {IT_MON3[x.month - 1]} {x.year}, alle ore {hm}, {o['name']} <{o['addr']}> ha scritto:"
        if qlang == "es":
            return f"El {x.day} {ES_MON3[x.month - 1]} {x.year}, a las {x.hour}:{x.minute:02d}, {o['name']} <{o['addr']}> escribió:"
        return f"On {x.day} {EN_MONTHS[x.month - 1][:3]} {x.year}, at {hm}, {o['name']} <{o['addr']}> wrote:"
    if style == "outlook":
        if qlang == "it":
            return (f"Da: {o['name']} <{o['addr']}>\nInviato: {IT_DAYS[x.weekday()]} {x.day} {IT_MONTHS[x.month - 1]} "
                    f"{x.year} {hm}\nA: {to_line}\nOggetto: {subject}")
        if qlang == "es":
            return (f"De: {o['name']} <{o['addr']}>\nEnviado el: {ES_DAYS[x.weekday()]}, {x.day} de "
                    f"{ES_MONTHS[x.month - 1]} de {x.year} {x.hour}:{x.minute:02d}\nPara: {to_line}\nAsunto: {subject}")
        h12 = x.hour % 12 or 12
        ap = "AM" if x.hour < 12 else "PM"
        return (f"From: {o['name']} <{o['addr']}>\nSent: {EN_DAYS[x.weekday()]}, {EN_MONTHS[x.month - 1]} {x.day}, "
                f"{x.year} {h12}:{x.minute:02d} {ap}\nTo: {to_line}\nSubject: {subject}")
    raise ValueError(style)


def quoted_block(style, qlang, o, sent, to_line, subject, text):
    att = attribution(style, qlang, o, sent, to_line, subject)
    if style == "outlook":
        return "________________________________\n" + att + "\n\n" + text
    if style == "outlook-dashes":
        pass
    return att + "\n\n" + gt(text)


def html_quoted_block(style, qlang, o, sent, to_line, subject, text):
    att = attribution(style, qlang, o, sent, to_line, subject)
    inner = text_to_html(text)
    if style == "outlook":
        rows = att.split("\n")
        hdr = "<br>\n".join(
            f"<b>{html.escape(r.split(':', 1)[0])}:</b>{html.escape(r.split(':', 1)[1])}" for r in rows)
        return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000">{hdr}</font>\n<div>&nbsp;</div></div>\n<div>{inner}</div>')
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(att) +
            '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + inner + '</blockquote></div>')


def text_to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<div>" + "<br>\n".join(html.escape(ln) for ln in p.split("\n")) + "</div>")
    return "\n<div><br></div>\n".join(out)


# --------------------------------------------------------------------------------------------
# Raw MIME plumbing
# --------------------------------------------------------------------------------------------
def enc_header(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def addr(name_addr):
    if isinstance(name_addr, str):
        return name_addr
    name, a = name_addr
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def addrs(v):
    if isinstance(v, (list, tuple)) and v and isinstance(v[0], (list, tuple)):
        return ", ".join(addr(x) for x in v)
    return addr(v)


def leaf(content, ctype="text/plain", charset="utf-8", cte=None, extra=None, filename=None,
         disposition=None):
    """Return (headers, body_bytes) for a single part.

    charset "iso-8859-1*" means: bytes written as Windows-1252 but declared iso-8859-1 (Outlook).
    """
    headers = []
    if isinstance(content, str):
        real = charset
        decl = charset
        if charset == "iso-8859-1*":
            real, decl = "cp1252", "iso-8859-1"
        elif charset == "windows-1252":
            real = "cp1252"
        raw = content.encode(real)
        params = f'; charset="{decl}"' if ctype.startswith("text/") else ""
        if ctype == "text/plain" and extra and "format=flowed" in extra:
            params += "; format=flowed"
        headers.append(("Content-Type", f"{ctype}{params}"))
    else:
        raw = content
        ct = ctype + (f'; name="{filename}"' if filename else "")
        headers.append(("Content-Type", ct))
    if cte is None:
        if isinstance(content, str):
            cte = "7bit" if all(b < 128 for b in raw) else "8bit"
        else:
            cte = "base64"
    headers.append(("Content-Transfer-Encoding", cte))
    if disposition or filename:
        disp = disposition or "attachment"
        if filename:
            disp += f'; filename="{filename}"'
        headers.append(("Content-Disposition", disp))
    if extra:
        headers.extend((k, v) for k, v in extra.items() if k != "format=flowed")
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    return headers, body


_bcount = [0]


def multipart(subtype, parts, boundary=None, params=""):
    _bcount[0] += 1
    if boundary is None:
        h = hashlib.md5(f"{_bcount[0]}{subtype}".encode()).hexdigest()
        boundary = f"----=_Part_{_bcount[0]}_{h[:12]}"
    out = [b"This is a multi-part message in MIME format.\n"] if subtype != "alternative" else []
    for ph, pb in parts:
        out.append(f"--{boundary}\n".encode())
        for k, v in ph:
            out.append(f"{k}: {v}\n".encode())
        out.append(b"\n")
        out.append(pb)
    out.append(f"--{boundary}--\n".encode())
    return [("Content-Type", f'multipart/{subtype};{params} boundary="{boundary}"'),
            ("MIME-Version", "1.0")], b"".join(out)


def render(headers, part):
    ph, pb = part
    lines = []
    have_mime = any(k.lower() == "mime-version" for k, _ in ph)
    for k, v in headers:
        lines.append(f"{k}: {v}")
    if not have_mime:
        lines.append("MIME-Version: 1.0")
    for k, v in ph:
        lines.append(f"{k}: {v}")
    return ("\n".join(lines) + "\n\n").encode() + pb


def png_bytes(w=4, h=3, rgb=(200, 30, 30)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def pdf_bytes(lines):
    text = " ".join(f"({ln.replace('(', '[').replace(')', ']')}) Tj T*" for ln in lines)
    stream = f"BT /F1 10 Tf 50 780 Td 14 TL {text} ET".encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# --------------------------------------------------------------------------------------------
# Client replies
# --------------------------------------------------------------------------------------------
MUA = {
    "gmail": dict(mid=lambda h, dom: f"<CA{h[:2].upper()}+{h[2:30]}{h[30:34].upper()}@mail.gmail.com>", hdr={}),
    "outlook": dict(mid=lambda h, dom: (f"<{['AM9','DB8','PA4','VI1','AS8'][int(h[0], 16) % 5]}PR0{int(h[1], 16) % 9 + 1}MB"
                                         f"{int(h[2:6], 16) % 9000 + 1000}{h[6:30].upper()}@"
                                         f"{['AM9','DB8','PA4','VI1','AS8'][int(h[0], 16) % 5]}PR0{int(h[1], 16) % 9 + 1}MB"
                                         f"{int(h[2:6], 16) % 9000 + 1000}.eurprd0{int(h[1], 16) % 9 + 1}.prod.outlook.com>"),
                    hdr={"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "", "Thread-Topic": None,
                         "Content-Language": None}),
    "apple": dict(mid=lambda h, dom: f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{dom}>",
                  hdr={"X-Mailer": "iPhone Mail (22B91)"}),
    "thunder": dict(mid=lambda h, dom: f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>",
                    hdr={"User-Agent": "Mozilla Thunderbird"}),
    "other": dict(mid=lambda h, dom: f"<{h[:20]}.{h[20:26]}@{dom}>", hdr={}),
}

OUTLOOK_LANG = {"it": "it-IT", "es": "es-ES", "en": "en-GB"}


def reply(n, spec):
    """Build a client reply. Returns (bytes, labels)."""
    o = OWNERS[spec["owner"]]
    lang = spec["lang"]
    qlang = o["lang"]
    h = hashlib.sha1(f"r11d-{n}".encode()).hexdigest()
    frm = spec["frm"]
    dom = frm[1].split("@")[1]
    mua = spec.get("mua", "gmail")
    date = when(spec["date"], spec["tz"])
    th = spec.get("thread")
    subj = spec.get("subject")
    headers = []
    quote_txt = quote_html = None
    refs = []
    if th:
        th = dict(th)
        th.setdefault("owner", spec["owner"])
        rsent = when(th["sent"], o["tz"]) if isinstance(th["sent"], str) else th["sent"]
        assert rsent < date, (n, "reminder after reply")
        rsent = rsent.astimezone(tz(spec["tz"]))  # mail clients show the time in the reader's zone
        rsubj = reminder_subject(th)
        rtext = reminder_text(th)
        rid = f"<mailduns.{hashlib.md5((rsubj + th['sent']).encode()).hexdigest()[:16]}@{o['addr'].split('@')[1]}>"
        inv_id = f"<inv.{hashlib.md5(th['inv'].encode()).hexdigest()[:12]}@{o['addr'].split('@')[1]}>"
        refs = [inv_id, rid] if th.get("tpl") != "invoice" else [inv_id]
        if subj is None:
            subj = f"{spec.get('re', 'Re:')} {rsubj}"
        to_line = th.get("to_line", f"{frm[0]} <{frm[1]}>" if frm[0] else frm[1])
        qs = spec.get("quote", "gmail")
        if qs != "none":
            quote_txt = quoted_block(qs, qlang, o, rsent, to_line, rsubj, rtext)
            quote_html = html_quoted_block("outlook" if qs == "outlook" else "gmail", qlang, o, rsent, to_line,
                                           rsubj, rtext)
    body = spec["body"].strip("\n") + "\n"
    full = body
    if quote_txt:
        if "{Q}" in body:
            full = body.replace("{Q}", quote_txt)
        else:
            full = body + "\n" + quote_txt + "\n"
    full = full.replace("{Q}", "")
    # headers
    headers.append(("Date", format_datetime(date)))
    headers.append(("From", addr(frm)))
    headers.append(("To", addrs(spec.get("to", (o["name"], o["addr"])))))
    if spec.get("cc"):
        headers.append(("Cc", addrs(spec["cc"])))
    headers.append(("Subject", enc_header(subj)))
    headers.append(("Message-ID", MUA[mua]["mid"](h, dom)))
    if refs:
        headers.append(("In-Reply-To", refs[-1]))
        headers.append(("References", " ".join(refs)))
    for k, v in MUA[mua]["hdr"].items():
        if k == "Thread-Topic":
            v = subj.split(":", 1)[-1].strip() if ":" in subj else subj
            v = enc_header(v)
        if k == "Content-Language":
            v = OUTLOOK_LANG.get(lang, "en-US")
        headers.append((k, v))
    for k, v in spec.get("headers", {}).items():
        headers.append((k, v))
    # body
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    fmt = spec.get("fmt", "plain")
    if fmt == "plain":
        part = leaf(full, "text/plain", charset, cte)
    else:
        hbody = spec.get("html") or text_to_html(body.replace("{Q}", "").strip("\n"))
        if quote_html and "{QH}" not in hbody:
            hbody = hbody + "\n<br>\n" + quote_html
        hbody = hbody.replace("{QH}", quote_html or "")
        style = spec.get("html_style", 'font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:#000')
        hdoc = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=' +
                (charset.rstrip("*")) + '">\n</head>\n<body dir="ltr">\n<div style="' + style + '">\n' + hbody +
                "\n</div>\n</body>\n</html>\n")
        hpart = leaf(hdoc, "text/html", charset, spec.get("html_cte", cte or "quoted-printable"))
        if fmt == "html":
            part = hpart
        else:
            part = multipart("alternative", [leaf(full, "text/plain", charset, cte), hpart])
    att = spec.get("attach")
    if att:
        parts = [part]
        for a in att:
            parts.append(leaf(a["data"], a["ctype"], filename=a["name"], cte="base64"))
        part = multipart("mixed", parts)
    raw = render(headers, part)
    lab = dict(kind=spec["kind"], language=lang, split="dev")
    lab.update(spec.get("label", {}))
    lab["note"] = spec["note"]
    return raw, lab


# --------------------------------------------------------------------------------------------
# Labels and sanity check
# --------------------------------------------------------------------------------------------
def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
         "failed_recipient", "permanent", "note"]


def write_labels(labels):
    out = ["# Round 11 (dates): labels for r11d-*.eml. Generated by make.py.", ""]
    for fn, lab in labels:
        out.append(f'[files."{fn}"]')
        for k in ORDER:
            if k in lab:
                v = lab[k]
                out.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(str(v))}")
        extra = set(lab) - set(ORDER)
        assert not extra, (fn, extra)
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


def check(labels):
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as f:
        parsed = tomllib.load(f)["files"]
    assert len(parsed) == len(labels)
    for fn, lab in labels:
        with open(os.path.join(HERE, fn), "rb") as f:
            m = email.message_from_bytes(f.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (fn, h)
        assert m["Date"].datetime is not None, fn
        dd = m["Date"].datetime
        assert dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc) <= dd < dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc), fn
        assert lab["kind"] in KINDS, fn
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        # fact sanity
        if "promised_date" in lab:
            assert lab["kind"] in ("client-reply-promise",), fn
            assert d(lab["promised_date"]) >= dd.date(), (fn, "promise before Date")
        if "return_date" in lab:
            assert lab["kind"] == "auto-reply", fn
        if lab["kind"] == "bounce":
            assert "permanent" in lab, fn


def main():
    import msgs_en
    import msgs_es
    import msgs_it
    import msgs_machine
    specs = msgs_it.MSGS + msgs_es.MSGS + msgs_en.MSGS + msgs_machine.MSGS
    import random
    random.Random(1111).shuffle(specs)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    for i, spec in enumerate(specs, 1):
        fn = f"{PREFIX}-{i:04d}.eml"
        if "build" in spec:
            raw, lab = spec["build"](i)
        else:
            raw, lab = reply(i, spec)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(raw)
        labels.append((fn, lab))
    write_labels(labels)
    check(labels)
    from collections import Counter
    c = Counter((lab["kind"]) for _, lab in labels)
    cl = Counter((lab["language"]) for _, lab in labels)
    print(len(labels), "messages")
    for k, v in sorted(c.items()):
        print(f"  {k:24s} {v}")
    print("  languages:", dict(cl))


if __name__ == "__main__":
    main()
