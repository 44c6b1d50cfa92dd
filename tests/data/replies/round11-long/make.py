#!/usr/bin/env python3
"""round11-long: long human replies (150-500 words of the client's own text) in which one or two
sentences decide the kind. Python 3.11, stdlib only.

    python3 make.py          # writes r11l-NNNN.eml + labels.toml, then re-parses everything

The message bodies below are hand-written; only the MIME plumbing, the HTML skeletons and the quoted
mailduns reminders (filled from the templates in /work/main/templates) are generated.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import os
import quopri
import re
import sys
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r11l"

# --------------------------------------------------------------------------------------------------
# owners (the freelancers whose mailbox this is)
# --------------------------------------------------------------------------------------------------
OWNERS = {
    "alessandra": dict(name="Alessandra Rossi", addr="alessandra@example.it", lang="it", tz="Europe/Rome",
                       iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX", dom="example.it"),
    "giulia": dict(name="Giulia Conti", addr="giulia@contitraduzioni.it", lang="it", tz="Europe/Rome",
                   iban="IT12 A030 6909 6061 0000 0112 233", bic="BCITITMM", dom="contitraduzioni.it"),
    "davide": dict(name="Davide Marchetti", addr="davide@marchettiweb.it", lang="it", tz="Europe/Rome",
                   iban="IT02 L033 5901 6001 0000 0098 761", bic="", dom="marchettiweb.it"),
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", dom="martinestudio.es"),
    "jordi": dict(name="Jordi Puig", addr="jordi@puigfotografia.cat", lang="es", tz="Europe/Madrid",
                  iban="ES76 0081 0057 3100 0123 4567", bic="BSABESBB", dom="puigfotografia.cat"),
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", dom="byrnedesign.ie"),
    "hannah": dict(name="Hannah Cole", addr="hannah@colecopy.co.uk", lang="en", tz="Europe/London",
                   iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", dom="colecopy.co.uk"),
}

IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def d(s):
    return dt.date.fromisoformat(s)


def it_date(x, art=None):
    x = d(x) if isinstance(x, str) else x
    s = f"{x.day} {IT_MONTHS[x.month - 1]} {x.year}"
    if art == "il":
        return ("l'" if x.day in (8, 11) else "il ") + s
    if art == "del":
        return ("dell'" if x.day in (8, 11) else "del ") + s
    return s


def es_date(x):
    x = d(x) if isinstance(x, str) else x
    return f"{x.day} de {ES_MONTHS[x.month - 1]} de {x.year}"


def en_date(x):
    x = d(x) if isinstance(x, str) else x
    return f"{x.day} {EN_MONTHS[x.month - 1]} {x.year}"


def money(amount, lang, cur="EUR"):
    """1220.00 -> '1.220,00 €' (it/es) or '€1,220.00' (en)."""
    whole, cents = f"{float(amount):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    if lang in ("it", "es"):
        return ".".join(groups) + "," + cents + " " + sym
    return sym + ",".join(groups) + "." + cents


# --------------------------------------------------------------------------------------------------
# the mailduns letters being replied to (text of templates/{it,es,en}/*.txt.j2, filled in)
# --------------------------------------------------------------------------------------------------
def payment_block(o, lang, number):
    if lang == "it":
        lines = ["Per il pagamento:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}"]
        if o["bic"]:
            lines.append(f"- BIC: {o['bic']}")
        lines.append(f"- causale: Fattura n. {number}")
    elif lang == "es":
        lines = ["Datos para el pago:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}"]
        if o["bic"]:
            lines.append(f"- BIC: {o['bic']}")
        lines.append(f"- concepto: Factura {number}")
    else:
        lines = ["Payment details:", f"- Account name: {o['name']}", f"- IBAN: {o['iban']}"]
        if o["bic"]:
            lines.append(f"- BIC (SWIFT): {o['bic']}")
        lines.append(f"- Payment reference: {number}")
    return "\n".join(lines)


def salutation(lang, client, ckind, formal=False):
    if lang == "it":
        if client and ckind == "company":
            return f"Spett.le {client},"
        if client and ckind == "person":
            return f"Gentile {client},"
        return "Buongiorno,"
    if lang == "es":
        if ckind == "company":
            return "Estimados señores:"
        if client and ckind == "person":
            first = client.split()[0].lower()
            if first in ("sra.", "sra", "dña.", "doña"):
                return f"Estimada {client}:"
            if first in ("sr.", "sr", "d.", "don"):
                return f"Estimado {client}:"
            return f"Buenos días, {client}:"
        return "Buenos días:"
    if client and ckind == "person":
        return f"Dear {client},"
    if formal:
        return "Dear Sir or Madam,"
    if ckind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def letter(m, qdate=None):
    """The reminder (or the invoice mail) that the client is answering."""
    o = OWNERS[m["owner"]]
    lang = o["lang"]
    step = m.get("step", "reminder")
    num = m["inv"]
    cur = m.get("cur", "EUR")
    amt = money(m["amt"], lang, cur) if m.get("amt") else None
    due = m.get("due")
    client, ck = m.get("client"), m.get("ckind", "company")
    sal = salutation(lang, client, ck)
    pay = payment_block(o, lang, num)
    A = (f" di {amt}" if lang == "it" else f" de {amt}" if lang == "es" else f" for {amt}") if amt else ""
    deadline = m.get("deadline")
    days_late = (qdate - d(due)).days if (qdate and due) else m.get("days_late", 30)
    if step == "invoice":
        if lang == "it":
            return (f"Buongiorno,\n\nin allegato la fattura n. {num}{A} relativa al lavoro svolto, "
                    f"con scadenza {it_date(due, 'il')}.\n\nGrazie e buona giornata,\n{o['name']}")
        if lang == "es":
            return (f"Hola:\n\nAdjunto la factura {num}{A}, con vencimiento el {es_date(due)}.\n\n"
                    f"Gracias y un saludo,\n{o['name']}")
        return (f"Hi,\n\nPlease find attached invoice {num}{A}, due on {en_date(due)}.\n\n"
                f"Many thanks,\n{o['name']}")
    if lang == "it":
        if step == "courtesy":
            body = (f"un breve promemoria: la fattura n. {num}{A} è in scadenza {it_date(due, 'il')}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "due":
            first = (f"un promemoria: la fattura n. {num}{A} è scaduta {it_date(due, 'il')}. Se il pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni."
                     if days_late > 0 else f"un promemoria: la fattura n. {num}{A} è in scadenza oggi, {it_date(due)}.")
            body = (first + "\n\n"
                    "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "late_fee":
            body = (f"la fattura n. {num}{A}, scaduta {it_date(due, 'il')}, risulta ancora da saldare: sono trascorsi {days_late} giorni dalla scadenza.\n\n"
                    f"Chiedo cortesemente di provvedere al pagamento entro {it_date(deadline, 'il')}. Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n{pay}")
        elif step == "promise_followup":
            body = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {num}{A}, scaduta {it_date(due, 'il')}.\n\n"
                    "Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n"
                    f"{pay}")
        else:
            body = (f"da un controllo la fattura n. {num}{A}, scaduta {it_date(due, 'il')}, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                    f"{pay}")
        return f"{sal}\n\n{body}\n\nCordiali saluti,\n{o['name']}"
    if lang == "es":
        if step == "courtesy":
            body = (f"Un breve recordatorio: la factura n.º {num}{A} vence el {es_date(due)}.\n\n"
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "due":
            first = (f"La factura n.º {num}{A} venció el {es_date(due)} y, según mis registros, el pago aún no consta. Agradecería que se tramitara en los próximos días."
                     if days_late > 0 else f"La factura n.º {num}{A} vence hoy, {es_date(due)}.")
            body = (first + "\n\n"
                    "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "late_fee":
            body = (f"La factura n.º {num}{A} venció el {es_date(due)}, hace {days_late} días, y sigue pendiente de pago.\n\n"
                    f"Ruego que el pago{A} se realice a más tardar el {es_date(deadline)}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n{pay}")
        elif step == "promise_followup":
            body = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {num}{A}, vencida el {es_date(due)}.\n\n"
                    "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.\n\n"
                    f"{pay}")
        else:
            body = (f"Revisando mis cuentas, veo que la factura n.º {num}{A}, vencida el {es_date(due)}, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\n"
                    "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.\n\n"
                    f"{pay}")
        return f"{sal}\n\n{body}\n\nUn cordial saludo,\n{o['name']}"
    # en
    if step == "courtesy":
        body = (f"This is a friendly reminder that invoice {num}{A} is due for payment on {en_date(due)}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif step == "due":
        first = (f"This is a quick reminder that invoice {num}{A} was due for payment on {en_date(due)}. If it has not been paid yet, I would be grateful if you could arrange payment in the next few days."
                 if days_late > 0 else f"This is a quick reminder that invoice {num}{A} is due for payment today, {en_date(due)}.")
        body = (first + "\n\n"
                "If you have already paid, thank you, and please disregard this reminder.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif step == "late_fee":
        body = (f"Invoice {num}{A}, due on {en_date(due)}, is now {days_late} days overdue.\n\n"
                f"Please arrange payment by {en_date(deadline)}. If payment is already on its way, thank you – please let me know the date it was made. If there is a problem with the invoice or with the timing, please reply to this email and we can find a solution.\n\n{pay}")
    elif step == "promise_followup":
        body = (f"Thank you for your earlier message about invoice {num}{A}, which was due on {en_date(due)}.\n\n"
                "The payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. If you need a little more time, could you let me know when I can expect it?\n\n"
                f"{pay}")
    else:
        body = (f"According to my records, invoice {num}{A}, due on {en_date(due)}, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                "If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
                f"{pay}")
    return f"{sal}\n\n{body}\n\nKind regards,\n{o['name']}"


# --------------------------------------------------------------------------------------------------
# quoting styles
# --------------------------------------------------------------------------------------------------
def quote_header(style, lang, o, qdt, to_name, to_addr, subject):
    wd = qdt.weekday()
    hm = qdt.strftime("%H:%M")
    mon3 = {"it": IT_MONTHS, "es": ES_MONTHS, "en": EN_MONTHS}[lang][qdt.month - 1][:3]
    if style == "gmail":
        if lang == "it":
            return (f"Il giorno {IT_DAYS[wd][:3]} {qdt.day} {mon3} {qdt.year} alle ore {hm} "
                    f"{o['name']} <{o['addr']}> ha scritto:")
        if lang == "es":
            return (f"El {ES_DAYS[wd][:3]}, {qdt.day} {mon3} {qdt.year} a las {qdt.hour}:{qdt.minute:02d}, "
                    f"{o['name']} (<{o['addr']}>) escribió:")
        return f"On {EN_DAYS[wd][:3]}, {qdt.day} {mon3} {qdt.year} at {hm}, {o['name']} <{o['addr']}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {qdt.day} {mon3} {qdt.year}, alle ore {hm}, {o['name']} <{o['addr']}> ha scritto:"
        if lang == "es":
            return f"El {qdt.day} {mon3} {qdt.year}, a las {qdt.hour}:{qdt.minute:02d}, {o['name']} <{o['addr']}> escribió:"
        return f"On {qdt.day} {mon3} {qdt.year}, at {hm}, {o['name']} <{o['addr']}> wrote:"
    # outlook block
    if lang == "it":
        return "\n".join([
            f"Da: {o['name']} <{o['addr']}>",
            f"Inviato: {IT_DAYS[wd]} {qdt.day} {IT_MONTHS[qdt.month - 1]} {qdt.year} {hm}",
            f"A: {to_name} <{to_addr}>",
            f"Oggetto: {subject}"])
    if lang == "es":
        return "\n".join([
            f"De: {o['name']} <{o['addr']}>",
            f"Enviado el: {ES_DAYS[wd]}, {qdt.day} de {ES_MONTHS[qdt.month - 1]} de {qdt.year} {qdt.hour}:{qdt.minute:02d}",
            f"Para: {to_name} <{to_addr}>",
            f"Asunto: {subject}"])
    h12 = qdt.hour % 12 or 12
    ampm = "AM" if qdt.hour < 12 else "PM"
    return "\n".join([
        f"From: {o['name']} <{o['addr']}>",
        f"Sent: {EN_DAYS[wd]}, {EN_MONTHS[qdt.month - 1]} {qdt.day}, {qdt.year} {h12}:{qdt.minute:02d} {ampm}",
        f"To: {to_name} <{to_addr}>",
        f"Subject: {subject}"])


def quoted_plain(m, o, qdt, orig_subject):
    style = m.get("quote", "gmail")
    if style == "none":
        return ""
    lang = o["lang"]
    text = m.get("quoted_text") or letter(m, qdt.date())
    hdr = quote_header(style, lang, o, qdt.astimezone(ZoneInfo(m.get("tz", o["tz"]))), m["frm"][0], m["frm"][1], orig_subject)
    if style == "gmail":
        return "\n\n" + hdr + "\n\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n")) + "\n"
    if style == "apple":
        lines = [hdr, ""] + text.split("\n")
        return "\n\n" + "\n".join(("> " + l) if l else ">" for l in lines) + "\n"
    # outlook: no ">" at all
    return "\n\n________________________________\n" + hdr + "\n\n" + text + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras_html(text, style="div"):
    out = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(esc(l) for l in block.split("\n"))
        if style == "mso":
            out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f"<div>{inner}</div>\n<div><br></div>")
    return "\n".join(out)


def html_doc(m, o, qdt, orig_subject, body):
    style = m.get("quote", "gmail")
    lang = o["lang"]
    mso = m.get("client_app") == "outlook"
    main = paras_html(body, "mso" if mso else "div")
    quoted = ""
    if style != "none":
        text = m.get("quoted_text") or letter(m, qdt.date())
        hdr = quote_header(style, lang, o, qdt.astimezone(ZoneInfo(m.get("tz", o["tz"]))), m["frm"][0], m["frm"][1], orig_subject)
        if style == "outlook":
            hdr_html = "<br>\n".join("<b>" + esc(l.split(":", 1)[0]) + ":</b>" + esc(l.split(":", 1)[1])
                                      for l in hdr.split("\n"))
            quoted = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                      f'<p class="MsoNormal">{hdr_html}</p>\n</div>\n'
                      + paras_html(text, "mso"))
        else:
            quoted = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(hdr)}<br></div>\n'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                      + paras_html(text) + "\n</blockquote></div>")
    if mso:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=' + m.get("charset", "utf-8") + '">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>\n'
                '<body lang="' + lang.upper() + '" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
                + main + "\n" + quoted + "\n</div></body></html>\n")
    return ('<div dir="ltr">\n' + main + "\n</div><br>\n" + quoted + "\n")


# --------------------------------------------------------------------------------------------------
# MIME plumbing (hand-rolled so that charsets and transfer encodings are exactly as chosen)
# --------------------------------------------------------------------------------------------------
CODEC = {"utf-8": "utf-8", "iso-8859-1": "cp1252", "windows-1252": "cp1252", "iso-8859-15": "iso-8859-15"}


def encode_body(text, charset, enc):
    raw = text.replace("\r\n", "\n").encode(CODEC[charset])
    if enc == "qp":
        body = quopri.encodestring(raw)
    elif enc == "b64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    return body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def cte_name(enc, charset):
    if enc == "qp":
        return "quoted-printable"
    if enc == "b64":
        return "base64"
    return "8bit"


def leaf(text, subtype, charset, enc):
    hdr = (f"Content-Type: text/{subtype}; charset=\"{charset}\"\r\n"
           f"Content-Transfer-Encoding: {cte_name(enc, charset)}\r\n\r\n").encode()
    return hdr + encode_body(text, charset, enc)


def boundary(seed, n):
    return "----=_Part_" + hashlib.md5(f"{seed}-{n}".encode()).hexdigest()[:20]


def multipart(subtype, parts, seed, n):
    b = boundary(seed, n)
    out = [f"Content-Type: multipart/{subtype};\r\n\tboundary=\"{b}\"\r\n\r\n".encode()]
    for p in parts:
        out.append(f"--{b}\r\n".encode() + p + b"\r\n")
    out.append(f"--{b}--\r\n".encode())
    return b"".join(out)


PNG_1x1 = base64.b64decode(
    b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def fake_pdf(title):
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% " + title.encode("ascii", "replace") +
            b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def attachment(fname, ctype, data):
    try:
        fname.encode("ascii")
        disp = f'attachment; filename="{fname}"'
        ct = f'{ctype}; name="{fname}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = f"attachment; filename*=utf-8''{quote(fname)}"
        ct = f'{ctype}; name="{Header(fname, "utf-8").encode()}"'
    b64 = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return (f"Content-Type: {ct}\r\nContent-Disposition: {disp}\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode() + b64


def hdr_addr(name, addr):
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")


def hdr_text(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def msgid(m, i, d_):
    dom = m["frm"][1].split("@")[1]
    h = hashlib.sha1(f"{i}{m['frm'][1]}{d_}".encode()).hexdigest().upper()
    app = m.get("client_app", "gmail")
    if app == "gmail":
        return f"<CA{h[:4]}+{h[4:30]}=x{h[30:36].lower()}@mail.gmail.com>"
    if app == "outlook":
        return f"<{h[:4]}PR0{h[4:5]}MB{h[5:9]}{h[9:33]}@{h[:4]}PR0{h[4:5]}MB{h[5:9]}.eurprd0{int(h[9], 16) % 9 + 1}.prod.outlook.com>"
    if app == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"
    return f"<{h[:12].lower()}.{h[12:20].lower()}@{dom}>"


USER_AGENTS = {
    "outlook": "Microsoft Outlook 16.0",
    "apple": "Apple Mail (2.3774.300.61.1.2)",
    "thunderbird": "Mozilla Thunderbird",
    "android": None,
    "gmail": None,
    "webmail": "Roundcube Webmail/1.6.9",
}


def build(m, i):
    o = OWNERS[m["owner"]]
    lang = o["lang"]
    tz = ZoneInfo(m.get("tz", o["tz"]))
    when = dt.datetime.fromisoformat(m["date"]).replace(tzinfo=tz)
    # the reminder went out some days earlier, in the morning, in the owner's time zone
    otz = ZoneInfo(o["tz"])
    local = when.astimezone(otz)
    qday = local.date() - dt.timedelta(days=m.get("qdays", 2))
    while qday.weekday() >= 5:  # no reminders at weekends
        qday -= dt.timedelta(days=1)
    mins = 8 * 60 + (i * 37) % 150
    qdt = dt.datetime(qday.year, qday.month, qday.day, mins // 60, mins % 60, tzinfo=otz)
    if qdt >= local:
        qdt -= dt.timedelta(days=1)
    num = m["inv"]
    orig_subject = m.get("orig_subject") or {
        "it": f"Fattura n. {num}", "es": f"Factura {num}", "en": f"Invoice {num}"}[lang]
    subject = m.get("subject") or f"{m.get('re', 'Re:')} {orig_subject}"
    body = m["body"].strip("\n") + "\n"
    fmt = m.get("fmt", "plain")
    charset = m.get("charset", "utf-8")
    enc = m.get("enc", "qp")
    seed = f"{PREFIX}-{i}"
    plain = body + quoted_plain(m, o, qdt, orig_subject)
    if fmt == "plain":
        content = leaf(plain, "plain", charset, enc)
    elif fmt == "html":
        content = leaf(html_doc(m, o, qdt, orig_subject, body), "html", charset, enc)
    else:  # alt
        content = multipart("alternative", [leaf(plain, "plain", charset, enc),
                                            leaf(html_doc(m, o, qdt, orig_subject, body), "html", charset, enc)], seed, 1)
    atts = m.get("attach") or []
    if atts:
        parts = [content]
        for (fname, ctype) in atts:
            data = PNG_1x1 if ctype == "image/png" else fake_pdf(fname)
            parts.append(attachment(fname, ctype, data))
        content = multipart("mixed", parts, seed, 2)
    rem_id = f"<mailduns.{hashlib.sha1((seed + 'r').encode()).hexdigest()[:16]}@{o['dom']}>"
    inv_id = f"<{hashlib.sha1((seed + 'i').encode()).hexdigest()[:24]}@{o['dom']}>"
    headers = []
    for extra in m.get("pre_headers", []):
        headers.append(extra)
    headers += [
        f"Date: {format_datetime(when)}",
        f"From: {hdr_addr(*m['frm'])}",
        f"To: {hdr_addr(o['name'], o['addr'])}",
    ]
    if m.get("cc"):
        headers.append("Cc: " + ", ".join(hdr_addr(n, a) for n, a in m["cc"]))
    headers += [
        f"Subject: {hdr_text(subject)}",
        f"Message-ID: {msgid(m, i, m['date'])}",
    ]
    if m.get("thread", True):
        headers += [f"In-Reply-To: {rem_id}", f"References: {inv_id}\r\n {rem_id}"]
    ua = USER_AGENTS.get(m.get("client_app", "gmail"))
    if ua:
        headers.append(("User-Agent: " if m.get("client_app") in ("thunderbird", "webmail") else "X-Mailer: ") + ua)
    if m.get("client_app") == "outlook":
        headers += ["Thread-Topic: " + hdr_text(orig_subject), "Thread-Index: AQHb" + hashlib.md5(seed.encode()).hexdigest()[:20],
                    "Content-Language: " + {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang]]
    for extra in m.get("headers", []):
        headers.append(extra)
    headers.append("MIME-Version: 1.0")
    return ("\r\n".join(headers) + "\r\n").encode() + content


# --------------------------------------------------------------------------------------------------
# the messages
# --------------------------------------------------------------------------------------------------
MSGS = []


def M(**kw):
    MSGS.append(kw)

# ==================================================================================================
# ITALIANO
# ==================================================================================================
M(kind="client-reply-paid", owner="alessandra", frm=("Paolo Ferraris", "paolo@cantinaferraris.it"),
  date="2026-12-02T18:40", inv="41/2026", amt="1830.00", due="2026-11-30", step="due",
  client="Az. Agr. Cantina Ferraris", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(reference="41/2026"),
  note="Long project update about wine labels; the payment sentence sits in the middle ('l'abbiamo saldata ieri'). No amount in the client's text.",
  body="""
Ciao Alessandra,

scusa se ti rispondo solo adesso ma siamo in piena raccolta per il passito e tra cantina e fiere non ho avuto un minuto. Ti aggiorno un po' su tutto, così poi ci sentiamo con calma.

Le etichette del Barbera sono piaciute tantissimo, sia a mio padre (che come sai è il più difficile) sia al distributore di Monaco, che ci ha già chiesto se possiamo usare la stessa grafica anche per i cartoni da sei. Ti chiederei quindi un preventivo per l'adattamento: le misure te le manda Elisa domani, ha le fustelle dello scatolificio.

Per il Moscato invece siamo ancora indecisi: il verde salvia ci convince sulla carta, ma sulla bottiglia trasparente si perde un po'. Avevi parlato di una prova di stampa su carta Manter, si può fare prima di Natale? Se serve vengo io a Bologna, tanto il 12 sono lì per un cliente.

Ah, la fattura 41/2026 l'abbiamo saldata ieri con bonifico dalla BPER, quindi dovresti vederla entro un paio di giorni. Scusa il ritardo, la contabilità quest'anno la tiene mia sorella e ha dovuto prendere confidenza con tutto.

Ultima cosa: per il Vinitaly di aprile vorremmo rifare anche il roll-up e la brochure. Niente di urgente, ma se riesci a tenerti libera qualche giorno a febbraio ci faresti un grande favore, perché l'anno scorso ci siamo ridotti all'ultimo e il risultato si è visto.

Un abbraccio e grazie ancora,
Paolo

--
Paolo Ferraris
Az. Agr. Cantina Ferraris
Strada Valmaggiore 14 - 14055 Costigliole d'Asti (AT)
tel. 0141 961 204 - www.cantinaferraris.it
""")

M(kind="client-reply-paid", owner="alessandra", frm=("Rosaria Esposito", "rosaria.esposito72@libero.it"),
  date="2026-12-22T06:55", inv="47/2026", amt="850.00", due="2026-12-15", step="reminder",
  client="Rosaria Esposito", ckind="person", quote="apple", client_app="apple", fmt="plain", enc="qp",
  L=dict(amount="850.00"),
  note="Christmas greetings from a bakery owner, new shop plans; the payment is only in the P.S. at the very end ('il bonifico da 850 euro è partito stamattina').",
  body="""
Cara Alessandra,

ti scrivo dal laboratorio alle sei di mattina tra un'infornata e l'altra, quindi perdonami gli errori. Volevo prima di tutto farti gli auguri di buon Natale a te e famiglia, e dirti che le scatole dei panettoni sono state un successo incredibile: la gente le fotografa e le mette su Instagram, una signora mi ha chiesto se le vendevamo vuote!! Mio figlio dice che dobbiamo fare anche le shopper coordinate per l'anno prossimo, ne parliamo a gennaio con calma.

Ti volevo anche dire che a febbraio apriamo il secondo punto vendita a Casalecchio, quello di cui ti avevo accennato. Ci servirà l'insegna, i menù per il banco caffetteria e forse le divise con il logo. Non ho ancora idea del budget, devo parlare col commercialista, ma intanto tienimi presente.

Scusami per il sollecito, hai fatto benissimo a mandarlo, a dicembre qui non capisco più niente tra ordini, dipendenti in malattia e l'impastatrice che si è rotta proprio il 18. Il tecnico è venuto solo ieri e abbiamo impastato a mano per tre giorni, ho le braccia come Braccio di Ferro.

Di nuovo auguri, un bacione anche alla piccola

Rosaria

P.S. il bonifico da 850 euro è partito stamattina dall'app, mi ha dato l'ok. Scusa ancora

Inviato da iPhone
""")

M(kind="client-reply-paid", owner="davide", frm=("Dott.ssa Carla Bellandi", "c.bellandi@studiobellandi.it"),
  cc=[("Massimo Lenti", "massimo@otticalenti.it")],
  date="2026-12-16T11:20", inv="52/2026", amt="976.00", due="2026-11-30", step="late_fee", deadline="2026-12-18",
  days_late=14, client="Ottica Lenti srl", quote="outlook", client_app="outlook", fmt="alt", enc="qp",
  L=dict(amount="976.00", reference="52/2026"),
  note="The client's accountant introduces herself (new bookkeeping arrangement), confirms payment of 52/2026 together with another invoice (55/2026) paid early, then asks three admin questions. Paid despite the questions.",
  body="""
Gentile dott. Marchetti,

scrivo in qualità di consulente fiscale di Ottica Lenti srl, che mi ha girato il Suo sollecito. Colgo l'occasione per presentarmi, dato che da gennaio sarà il nostro studio a gestire direttamente la contabilità fornitori della società: il sig. Lenti ha deciso, anche a seguito dell'apertura della nuova sede di Modena, di esternalizzare la parte amministrativa.

In merito alla Sua fattura, Le confermo che in data 12 dicembre abbiamo disposto il bonifico a saldo della fattura n. 52/2026, per l'importo di € 976,00, unitamente a quello della fattura n. 55/2026 relativa al canone di manutenzione, che per comodità abbiamo anticipato. La contabile è stata generata dal portale della banca e gliela posso inoltrare se Le occorre per le Sue verifiche.

Approfitto per chiederLe alcune informazioni utili per il prossimo anno:
1) il canone di manutenzione del sito viene fatturato mensilmente o annualmente? Dalla documentazione che ci è stata consegnata non è chiaro;
2) per le fatture elettroniche, può utilizzare dal 1° gennaio il codice destinatario del nostro studio (M5UXCR1), così da recapitarle direttamente a noi;
3) ci farebbe cortesemente avere un estratto conto delle partite aperte al 31/12, così da quadrare i saldi di bilancio?

La ringrazio per la collaborazione e Le porgo i migliori auguri per le prossime festività.

Cordiali saluti

Dott.ssa Carla Bellandi
Studio Bellandi & Associati - Commercialisti
Via Emilia Est 112 - 41121 Modena
Tel. 059 238 441

AVVISO DI RISERVATEZZA - Le informazioni contenute nella presente comunicazione e nei relativi allegati possono essere riservate e sono, comunque, destinate esclusivamente alle persone o alla Società sopraindicate. La diffusione, distribuzione e/o copiatura del documento trasmesso da parte di qualsiasi soggetto diverso dal destinatario è proibita, sia ai sensi dell'art. 616 c.p., sia ai sensi del Regolamento UE 2016/679 (GDPR). Se avete ricevuto questo messaggio per errore, vi preghiamo di distruggerlo e di informarci immediatamente.
""")

M(kind="client-reply-paid", owner="giulia", frm=("Monica Sarti", "amministrazione@sartiarredi.it"),
  date="2026-12-09T10:05", inv="39/2026", amt="1342.00", due="2026-11-30", step="reminder",
  client="Fratelli Sarti Arredamenti srl", quote="outlook", client_app="outlook", fmt="plain", enc="8bit",
  charset="iso-8859-1", attach=[("Contabile_bonifico_03122026.pdf", "application/pdf")], re="R:",
  L=dict(reference="39/2026"),
  note="Office move (new address, new PEC) and a January translation brief; in the middle: 'la fattura n. 39/2026 risulta pagata il 3 dicembre', with the bank receipt attached. iso-8859-1 label with cp1252 bytes.",
  body="""
Buongiorno Giulia,

rispondo io al posto di Stefano, che in questi giorni è completamente assorbito dal trasloco. Come forse sai, da lunedì 14 dicembre ci trasferiamo nel nuovo capannone di via dell'Artigianato 7 a Cerea: il vecchio showroom di Legnago resterà aperto fino a fine anno solo su appuntamento. Ti chiedo quindi di aggiornare l'indirizzo per le prossime fatture; la partita IVA e il codice SDI restano invariati, mentre cambia la PEC, che diventa sartiarredi@pec.it.

Per quanto riguarda il sollecito: ho verificato con la banca e la fattura n. 39/2026 risulta pagata il 3 dicembre, insieme agli altri fornitori del mese. Ti allego la contabile, così puoi controllare il CRO. Probabilmente le due mail si sono incrociate.

Già che ci sono ti anticipo che a gennaio avremo bisogno della traduzione in tedesco del listino 2027 (circa 40 pagine, molto ripetitivo rispetto a quello dell'anno scorso) e delle schede tecniche dei nuovi divani, che invece sono tutte da fare. Stefano ti manderà i file appena avremo finito di sistemare il server, che ovviamente durante il trasloco sarà spento per un paio di giorni. Se nel frattempo ci scrivi e non rispondiamo subito, non preoccuparti: i telefoni fissi saranno staccati dal 14 al 16; per urgenze c'è il mio cellulare, 347 551 0932.

Grazie come sempre e buone feste,

Monica Sarti
Ufficio Amministrazione
Fratelli Sarti Arredamenti srl
Via dell'Artigianato 7 – 37053 Cerea (VR)
""")

M(kind="client-reply-paid", owner="davide", frm=("Lorenzo Gatti", "lorenzo@ironboxcrossfit.it"),
  date="2026-11-16T21:47", inv="44/2026", amt="1500.00", due="2026-11-10", step="reminder",
  client="Iron Box ASD", quote="gmail", client_app="gmail", fmt="plain", enc="8bit",
  L=dict(),
  note="Enthusiastic feedback on the new gym website with a bug list and a new request; one paragraph says the payment was made last Friday ('dovrebbe essere già arrivato'), hedged but a clear paid claim.",
  body="""
Ciao Davide,

allora, ho passato il weekend a smanettare col sito nuovo e devo dire che è venuto una bomba. I ragazzi in palestra lo hanno già girato su tutti i gruppi WhatsApp e le prenotazioni delle prove gratuite sono raddoppiate rispetto a ottobre, quindi direi che l'investimento si è già ripagato 😄

Ti scrivo un paio di cose che ho notato, niente di grave:
- da iPhone il calendario dei corsi si vede tagliato a destra, bisogna scorrere di lato e non tutti ci arrivano
- nella pagina "Chi siamo" la foto di Marta è quella vecchia, ti mando quella nuova stasera
- il form di contatto manda la mail a info@ ma io vorrei che arrivasse anche a Marta, si può mettere in copia?
- il link a Instagram nel footer apre la pagina nella stessa finestra, meglio in una nuova

Per il pagamento, l'ho fatto venerdì scorso dal conto della società, dovrebbe essere già arrivato o arrivare domani al massimo. Se non lo vedi fammi sapere che chiamo in banca.

Poi volevo chiederti un'altra cosa: a gennaio partiamo con gli abbonamenti online e ci servirebbe un sistema per vendere i pacchetti direttamente dal sito, con pagamento con carta. Tu lo fai o devo cercare qualcuno? Non ho fretta, ma se riusciamo a partire per il 15 gennaio sarebbe perfetto perché coincide con la campagna "buoni propositi", e lì si iscrive mezza città.

Grazie ancora, davvero un ottimo lavoro!
Lorenzo
""")

M(kind="client-reply-paid", owner="alessandra", frm=("Chiara Benedetti", "comunicazione@amicimuseoseta.it"),
  date="2027-01-12T09:30", inv="51/2026", amt="1464.00", due="2026-12-31", step="reminder",
  client="Associazione Amici del Museo della Seta", quote="outlook", client_app="outlook", fmt="alt", enc="qp",
  L=dict(amount="1464.00", reference="51/2026"),
  note="Back from maternity leave: baby news, praise for the campaign, summer brief. In the middle she first thinks a colleague paid, then checks home banking: transfer executed 28/12 for 1.464,00, causale 'saldo fattura 51/2026'.",
  body="""
Ciao Alessandra!

Eccomi, sono rientrata ieri dopo cinque mesi di maternità e sto ancora cercando di capire dove sono finite le mie password 😅 Volevo scriverti da tempo per ringraziarti: la campagna per la riapertura del museo che hai seguito con Federico durante la mia assenza è stata un successo, in direzione sono tutti entusiasti e il Comune ci ha chiesto di usare la stessa immagine coordinata anche per la stagione estiva.

Ti aggiorno anche sulla parte personale, visto che me lo avevi chiesto: Tommaso è nato il 2 agosto, tre chili e mezzo di simpatia, dorme poco e ride tanto. Ora va al nido la mattina e io faccio il part-time fino a marzo, quindi se mi scrivi dopo le 14 probabilmente ti risponde Federico.

Ho visto il tuo sollecito per la fattura di dicembre. In un primo momento pensavo che l'avesse pagata Federico prima delle ferie, poi mi è venuto il dubbio e ho controllato adesso nell'home banking dell'associazione: bonifico eseguito il 28/12, 1.464,00 €, causale "saldo fattura 51/2026". Forse non ti è ancora comparso per via delle festività, ma a noi risulta addebitato.

Per l'estate ti chiederei di tenerti libera tra aprile e maggio: vorremmo fare manifesti, segnaletica interna e una piccola guida per le famiglie con i bambini. Ti mando il brief appena lo approvano in consiglio, penso entro fine mese.

A presto e buon anno!
Chiara

Chiara Benedetti
Responsabile comunicazione
Associazione Amici del Museo della Seta - Como
""")

M(kind="client-reply-paid", owner="alessandra", frm=("Fabio Proietti", "fabio.proietti.bike@gmail.com"),
  date="2026-11-23T13:12", inv="43/2026", amt="420.00", due="2026-11-15", step="reminder",
  client="Fabio Proietti", ckind="person", quote="none", client_app="android", fmt="plain", enc="8bit",
  L=dict(),
  note="Roman dialect, no accents, chatty about a trade fair and a brother-in-law who needs a logo; 'cmq tranquilla che t'ho pagato, l'ho fatto giovedi' in the middle, plus a worry about a mistyped IBAN.",
  body="""
Ale ciao!! scusa se te risponno solo mo ma so stato a Milano tutta la settimana per la fiera del ciclo e non ho aperto la mail manco per sbaglio. Il banner che c'hai fatto per lo stand ha fatto un figurone, te lo giuro, era l'unico che se leggeva da lontano, quelli accanto a noi c'avevano un logo grigio su fondo grigio e nessuno capiva che vendevano. Un signore tedesco m'ha pure chiesto chi l'aveva disegnato, gli ho dato il tuo biglietto, vediamo se te chiama.

Cmq tranquilla che t'ho pagato, l'ho fatto giovedi dal telefono mentre aspettavo il treno a Termini, dovresti averlo gia. Se non t'e arrivato dimmelo che magari ho sbagliato qualche numero dell'iban, che con quello schermo piccolo non se vede niente.

Senti n'altra cosa: mio cognato apre un'officina per le bici elettriche a Ostia e je servirebbe tutto, logo insegna biglietti, pure le magliette. Gli ho parlato de te, ma sappi che e un tipo particolare, vuole tutto verde fluo e se je dici che non se po fa se offende. Se te chiama trattalo bene, ma non fargli lo sconto parenti perche non e parente tuo 😂

Poi a febbraio rifacciamo il sito del negozio, che ormai e roba del 2015, ma questa e n'altra storia, te chiamo io quando so i tempi.

Grazie ancora e a presto
Fabio

Inviato da Xiaomi
""")

M(kind="client-reply-paid", owner="giulia", frm=("Ufficio Amministrativo Coop Il Girasole", "amministrazione@coopgirasole.it"),
  date="2026-12-01T16:02", inv="46/2026", amt="610.00", due="2026-11-25", step="due", qdays=1,
  client="Cooperativa Sociale Il Girasole", quote="none", client_app="outlook", fmt="html", enc="qp",
  charset="windows-1252",
  L=dict(reference="46/2026"),
  note="Newsletter-like notice to all suppliers (new payment runs on the 10th and 25th, staff change, greetings); only the last paragraph answers the reminder: 46/2026 was in the 25 November run and paid. The future payment dates are policy, not a promise.",
  body="""
Gentili fornitori,

con la presente desideriamo informarVi di alcune novità organizzative che entreranno in vigore dal 1° gennaio 2027.

A seguito dell'adozione del nuovo gestionale contabile, i pagamenti ai fornitori verranno effettuati in due sole date mensili, il 10 e il 25 di ogni mese (o il primo giorno lavorativo successivo). Le fatture ricevute tramite SdI entro il giorno 5 saranno inserite nella distinta del 10; quelle ricevute entro il 20, nella distinta del 25. Vi chiediamo di riportare sempre in fattura il numero d'ordine interno (formato ODA/AAAA/NNN), senza il quale non sarà possibile procedere alla liquidazione.

Vi informiamo inoltre che la dott.ssa Manuela Greco, che molti di Voi conoscono, lascerà l'incarico di responsabile amministrativa a fine anno; i riferimenti per le questioni contabili saranno il sig. Andrea Pozzi (amministrazione@coopgirasole.it, tel. 030 772 1190) e, per le sole urgenze, la segreteria.

Cogliamo l'occasione per ringraziarVi della collaborazione in un anno complesso per la nostra cooperativa, durante il quale abbiamo aperto il nuovo centro diurno di Rovato e avviato i laboratori di inserimento lavorativo, e per augurarVi Buone Feste.

Gentile dott.ssa Conti, con riferimento al Suo sollecito di ieri, Le confermiamo che la fattura n. 46/2026 è stata inserita nella distinta del 25 novembre ed è stata regolarmente pagata; l'accredito dovrebbe risultare sul Suo conto entro pochi giorni.

Cordiali saluti

Ufficio Amministrativo
Cooperativa Sociale Il Girasole – ONLUS
Via Marconi 18 – 25038 Rovato (BS)
""")

M(kind="client-reply-paid", owner="alessandra", frm=("Elena Marini", "elena@marinieventi.it"),
  date="2027-01-19T19:05", inv="2/2027", amt="732.00", due="2027-01-15", step="due",
  client="Marini Eventi", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Angry mail about a print shop that botched the colours of invitations (a dispute with ANOTHER supplier); in the middle: 'Per la tua fattura stai tranquilla: l'ho pagata lunedì'. Trap: 'quella che non pago' is the printer's invoice.",
  body="""
Ciao Alessandra,

ti scrivo un po' arrabbiata, ma non con te, anzi. Ieri sono arrivati gli inviti per la cena di gala della Fondazione e il blu è venuto praticamente viola. Ho chiamato la tipografia e il titolare ha avuto il coraggio di dirmi che "il file era in RGB". Io ho davanti la tua mail del 7 gennaio con il PDF/X in CMYK e il profilo Fogra39, quindi so benissimo che non è vero. Ti chiederei un favore: potresti scrivermi due righe, anche informali, in cui confermi le specifiche del file che hai consegnato? Le giro a loro e vediamo se hanno ancora voglia di discutere.

Per la tua fattura stai tranquilla: l'ho pagata lunedì insieme all'affitto della location, dovresti vederla a giorni. Quella che non pago, finché non ristampano tutto a spese loro, è la fattura della tipografia, e gliel'ho già scritto.

Il problema è che la cena è il 6 febbraio e se la ristampa slitta rischiamo di spedire gli inviti troppo tardi. Secondo te conviene chiedere una tiratura digitale a un'altra stamperia, almeno per i 120 ospiti istituzionali? Se sì, hai qualcuno di fiducia a Bologna? Io ovviamente ti pagherei a parte il tempo per preparare i file e seguire la prova colore, dimmi tu quanto.

Scusa lo sfogo, ma sono tre giorni che dormo quattro ore per notte.

Un abbraccio
Elena

Elena Marini | Marini Eventi
Via Castiglione 22, Bologna
""")

M(kind="client-reply-paid", owner="giulia", frm=("Gianni Rota", "g.rota@rotapompe.it"),
  date="2026-11-27T08:40", inv="45/2026", amt="390.40", due="2026-11-20", step="reminder",
  client="Rota Pompe Idrauliche snc", quote="outlook", client_app="outlook", fmt="plain", enc="qp",
  L=dict(),
  note="Long mail on a signed distribution contract and new translation work; near the end he says he made the transfer on Tuesday but to an old IBAN and asks whether it arrived. Paid claim with a question.",
  body="""
Buongiorno Giulia,

grazie per il promemoria e scusi se rispondo con un giorno di ritardo, ma ieri eravamo a Stoccarda dal cliente per la firma del contratto di distribuzione, quello di cui Lei aveva tradotto la bozza a ottobre. È andata benissimo: l'avvocato tedesco ha detto che la versione italiana era la più chiara che avesse mai visto, e la cosa mi ha fatto molto piacere perché la volta scorsa, con un'altra agenzia, avevamo dovuto rifare mezzo testo.

A proposito, a gennaio ci serviranno le traduzioni in tedesco delle condizioni generali di vendita e del manuale di installazione delle pompe serie R. Il manuale è lungo, circa 120 pagine, ma molto ripetitivo; Le mando i file Word appena l'ufficio tecnico li chiude. Mi farebbe un preventivo anche con le tariffe per le revisioni?

Veniamo al bonifico: l'ho fatto martedì, ma stamattina, ricontrollando, mi sono accorto che ho usato l'IBAN che avevo in rubrica dall'anno scorso, quello che finisce con 7781, e non quello indicato nel Suo messaggio. Il conto vecchio è ancora attivo? Se il pagamento non Le è arrivato me lo dica, che chiedo alla banca di richiamarlo e lo rifaccio sulle coordinate giuste.

Mi scusi per il pasticcio e buon fine settimana,

Gianni Rota
Rota Pompe Idrauliche snc
Via dei Mille 40 - 24036 Ponte San Pietro (BG)
""")
M(kind="client-reply-promise", owner="alessandra", frm=("Marco Zanetti", "marco.zanetti@zanettidesign.it"),
  date="2026-11-18T17:30", inv="40/2026", amt="1220.00", due="2026-11-10", step="reminder",
  client="Zanetti Design srl", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(promised_date="2026-11-20"),
  note="A full catalogue brief (format, photographer, deadlines, budget); the last line before the sign-off: 'Te la pago venerdì, promesso.' Sent Wednesday 18 Nov -> Friday 20 Nov. The invoice is named only as 'la fattura del restyling del logo'.",
  body="""
Ciao Ale,

come promesso ti mando qualche riga sul catalogo 2027, così puoi iniziare a pensarci prima della riunione di martedì.

L'idea è di fare un catalogo più snello dell'anno scorso: 48 pagine invece di 72, con meno schede tecniche (quelle le mettiamo sul sito, scaricabili in PDF) e più ambientazioni. Il fotografo è lo stesso, Luca Pani, che scatta a Milano tra l'8 e il 12 dicembre; ti chiederei se puoi essere presente almeno un giorno, per decidere insieme le inquadrature delle aperture di capitolo.

Formato: confermiamo il 23x30, carta uso mano per l'interno e copertina con la tasca per il listino. Il listino prezzi lo stampiamo a parte, così quando cambiano i prezzi non buttiamo via 3000 cataloghi come quest'anno (non ricordarmelo...).

Tempi: ci servirebbe in stampa entro il 20 gennaio, perché il 5 febbraio c'è il salone a Parigi e vogliamo averlo in fiera. So che è stretto, ma se ci organizziamo bene con le approvazioni (prometto che questa volta decido io e non facciamo girare le bozze a tutti e sette i soci) dovremmo farcela.

Budget: pensavamo a una cifra simile all'anno scorso, tenendo conto delle pagine in meno ma della parte fotografica in più da seguire. Mandami tu una proposta, anche divisa per fasi se ti è più comodo.

Ah, e la fattura del restyling del logo: scusami, mi era proprio sfuggita tra una cosa e l'altra. Te la pago venerdì, promesso.

A martedì!
Marco
""")

M(kind="client-reply-promise", owner="davide", frm=("Sabrina Melis", "s.melis@studiofontana.it"),
  date="2027-01-13T11:02", inv="58/2026", amt="2440.00", due="2026-12-31", step="reminder",
  client="Studio Fontana Architetti Associati", quote="outlook", client_app="outlook", fmt="alt", enc="qp", re="Rif:",
  L=dict(promised_date="2027-01-31", reference="58/2026"),
  note="New admin clerk introduces herself (staff change) and lists open questions; in the middle: 58/2026 'verrà inserita nel pagamento di fine mese'. Sent 13 Jan -> 31 Jan.",
  body="""
Buongiorno Davide,

mi presento: sono Sabrina Melis e dal 7 gennaio ho preso il posto di Roberta Ferri nell'ufficio amministrativo dello Studio Fontana. Roberta, come forse saprà, si è trasferita a Cagliari per motivi familiari; continua a collaborare con noi da remoto per qualche mese, ma non si occupa più dei pagamenti ai fornitori. D'ora in poi, per qualsiasi questione amministrativa, può scrivere direttamente a me a questo indirizzo o chiamarmi al numero dello studio (interno 4).

Sto riprendendo in mano le pratiche aperte e ho trovato il Suo sollecito. Le confermo che la fattura n. 58/2026, relativa alla migrazione del sito e del server di posta, è stata approvata dall'architetto Fontana e verrà inserita nel pagamento di fine mese insieme a quelle degli altri fornitori IT.

Approfitto per chiederLe un paio di cose che ho trovato in sospeso nelle note di Roberta:
- il contratto di assistenza annuale è scaduto il 31 dicembre: va rinnovato automaticamente o dobbiamo inviarvi un ordine?
- due colleghi lamentano che la posta sul telefono non si sincronizza più da quando avete cambiato server; Roberta aveva scritto "chiedere a Davide le impostazioni IMAP". Può mandarmele?
- per le prossime fatture, Le chiedo di indicare sempre il numero della commessa interna (lo trova negli ordini), perché il nuovo software di contabilità lo richiede.

La ringrazio e resto a disposizione.

Cordiali saluti

Sabrina Melis
Amministrazione
Studio Fontana Architetti Associati
Via Sparano da Bari 61 - 70122 Bari
""")

M(kind="client-reply-promise", owner="alessandra", frm=("Parrocchia San Michele Arcangelo", "parrocchia.sanmichele.bo@gmail.com"),
  date="2026-12-23T20:15", inv="49/2026", amt="380.00", due="2026-12-15", step="reminder",
  client="Parrocchia di San Michele Arcangelo", quote="gmail", client_app="gmail", fmt="plain", enc="8bit",
  L=dict(),
  note="A parish priest's Christmas letter (calendar sold out, nativity scene with a real donkey); the treasurer is in hospital: 'Appena rientra dopo l'Epifania saldiamo tutto'. Promise without a usable date ('dopo l'Epifania' is vague).",
  body="""
Carissima Alessandra,

ricevo il Suo promemoria e Le chiedo scusa, anche a nome del consiglio per gli affari economici. Approfitto anzi per ringraziarLa di cuore: il calendario parrocchiale 2027 che ha disegnato è andato esaurito in due domeniche, abbiamo dovuto ristamparne altre duecento copie e le offerte raccolte andranno interamente alla mensa della Caritas. Molti parrocchiani mi hanno chiesto chi avesse fatto le illustrazioni dei mesi, soprattutto quella di agosto con la processione, e io ho fatto il Suo nome con piacere.

Qui siamo nel pieno dei preparativi: domani sera c'è la veglia, il giorno di Santo Stefano il presepe vivente con i bambini del catechismo (quest'anno abbiamo anche un asinello vero, speriamo si comporti bene) e il 31 il Te Deum. Se fosse a Bologna in quei giorni sarebbe la benvenuta.

Quanto alla fattura: il nostro economo, il signor Franco, è in ospedale per un piccolo intervento e la firma sul conto della parrocchia ce l'ha solo lui, insieme a me, ma io con l'home banking, lo confesso, non sono capace. Appena rientra dopo l'Epifania saldiamo tutto, stia tranquilla.

Le auguro un Santo Natale sereno, a Lei e ai Suoi cari. La ricorderò nella preghiera.

don Alberto Minelli
Parrocchia di San Michele Arcangelo
Via San Mamolo 40 - Bologna
""")

M(kind="client-reply-promise", owner="davide", frm=("Simone Ladisa", "simone@ladisalive.it"),
  date="2027-02-03T22:40", inv="4/2027", amt="650.00", due="2027-01-31", step="due",
  client="Ladisa Live Eventi", quote="apple", client_app="apple", fmt="plain", enc="qp",
  L=dict(),
  note="Event organiser explains the municipality has not paid him for the summer festival and lists his other debts; 'appena mi paga il Comune ti pago, giuro'. Conditional promise, no date.",
  body="""
ciao Davide,

ho letto il tuo sollecito e hai ragione, non ti sto a raccontare scuse. Ti spiego solo la situazione perché mi sembra giusto.

Il Comune ci deve ancora i soldi del festival di agosto, 38 mila euro, fattura emessa a settembre, determina firmata a novembre e poi più niente. Ogni volta che chiamo l'ufficio ragioneria mi dicono che "è in liquidazione", che non ho ancora capito cosa vuol dire, visto che è lo stesso da due mesi. Nel frattempo io ho pagato i service audio, le luci, la SIAE, i ragazzi della sicurezza, e ho anticipato di tasca mia pure il noleggio dei bagni chimici. Sono rimasto indietro con tutti, tu sei l'ultimo della fila solo perché sei quello che conosco di più e so che mi capisci.

Il sito è perfetto, te lo dico sinceramente. Le prevendite per la stagione invernale vanno molto meglio dell'anno scorso e la gente dice che finalmente si capisce dove comprare i biglietti. Anche la pagina con la mappa dei parcheggi ha ridotto le telefonate del sabato, che per noi vuol dire tanto.

Quindi la situazione è questa: appena mi paga il Comune ti pago, giuro, e sei il primo a cui faccio il bonifico. Se nel frattempo ti serve qualcosa, anche solo una parte, dimmelo e vedo cosa riesco a fare, anche a costo di chiedere a mio suocero.

Scusami ancora, mi vergogno anche un po'.
Simone

--
Simone Ladisa
Ladisa Live Eventi - Polignano a Mare
""")

M(kind="client-reply-promise", owner="giulia", frm=("Avv. Paola Grimaldi", "p.grimaldi@grimaldiferraro.it"),
  date="2026-12-20T18:25", inv="50/2026", amt="1830.00", due="2026-12-10", step="late_fee", deadline="2026-12-22",
  days_late=10, client="Studio Legale Grimaldi Ferraro", quote="outlook", client_app="outlook", fmt="alt", enc="b64",
  L=dict(promised_date="2027-01-15"),
  note="Formal lawyer's letter: praise from the arbitral tribunal, bank change, office closed over Christmas; 'Contiamo di saldare entro il 15' written on 20 December, so the 15th is next month: 2027-01-15. GDPR footer.",
  body="""
Gentile dott.ssa Conti,

La ringrazio per il Suo messaggio e mi scuso per il ritardo nel riscontro, dovuto a un periodo particolarmente intenso per lo studio: tra la chiusura dell'arbitrato con la società di Lione, per il quale le Sue traduzioni sono state preziose, e le udienze di fine anno, la parte amministrativa è rimasta inevitabilmente indietro.

Colgo l'occasione per farLe i miei complimenti: il collegio arbitrale ha espressamente dato atto della qualità della versione francese della memoria conclusionale, e il collega di controparte ha chiesto il nominativo del traduttore. Mi sono permessa di fornirlo; spero non Le dispiaccia.

Quanto alla fattura, Le devo una spiegazione: a fine anno lo studio passa a un nuovo istituto bancario e il vecchio conto è in fase di chiusura, per cui tutti i pagamenti sono stati sospesi fino all'attivazione del nuovo conto, prevista per la prima settimana di gennaio. Lo studio rimarrà comunque chiuso dal 24 dicembre al 6 gennaio. Contiamo di saldare entro il 15, non appena la nuova banca ci avrà abilitato all'operatività online.

Le segnalo infine che nel 2027 avremo probabilmente bisogno di un supporto continuativo per la traduzione di contratti in francese e in inglese; se fosse interessata, potremmo valutare un accordo quadro con tariffe concordate. Ne parliamo volentieri a gennaio.

Con i migliori auguri di buone feste,

Avv. Paola Grimaldi
Studio Legale Grimaldi Ferraro
Corso Vittorio Emanuele II 84 - 10121 Torino

Il presente messaggio e gli eventuali allegati sono di natura confidenziale e destinati esclusivamente al destinatario indicato. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di eliminarlo e di darcene notizia. Il trattamento dei dati personali avviene nel rispetto del Regolamento UE 2016/679.
""")

M(kind="client-reply-promise", owner="alessandra", frm=("Antonella Russo", "info@cortedeilimoni.it"),
  date="2026-12-29T15:40", inv="48/2026", amt="540.00", due="2026-12-20", step="reminder",
  client="Antonella Russo", ckind="person", quote="apple", client_app="apple", fmt="plain", enc="qp",
  L=dict(promised_date="2027-01-20"),
  note="B&B owner: mother's broken hip, private clinic costs, praise for the website; 'non prima del 20 gennaio purtroppo, ma appena li ho ti faccio il bonifico' -> promise for 2027-01-20.",
  body="""
Cara Alessandra,

ti rispondo con un po' di imbarazzo. È stato un mese difficile: a fine novembre mia madre è caduta in casa e si è rotta il femore, è stata operata a Lecce e da allora faccio avanti e indietro tra l'ospedale, la clinica di riabilitazione e il B&B, che per fortuna a dicembre lavora poco ma qualche ospite ce l'ho comunque. Mio fratello vive a Torino e scende solo per le feste, quindi sono praticamente da sola.

Il sito nuovo mi piace tantissimo, te l'avevo detto al telefono ma te lo riscrivo: le foto della terrazza sembrano di un'altra struttura, e per Capodanno ho avuto due prenotazioni dirette arrivate proprio dal modulo, senza passare da Booking. Vuol dire che già così ho risparmiato un bel po' di commissioni.

Per il pagamento ti chiedo di avere ancora un po' di pazienza. Con le spese per la riabilitazione (la clinica è privata, la convenzione arrivava solo da febbraio) quest'anno sono proprio a secco. A metà gennaio mi entrano i soldi della caparra per il gruppo di Pasqua, quindi non prima del 20 gennaio purtroppo, ma appena li ho ti faccio il bonifico. Spero che per te vada bene, e se hai bisogno che ti dia qualcosa prima dimmelo e mi organizzo.

Ti auguro un felice anno nuovo, con tutto il cuore.

Antonella
B&B Corte dei Limoni - Otranto

Inviato da iPad
""")

M(kind="client-reply-promise", owner="davide", frm=("Riccardo Bassi", "riccardo.bassi@bassisoftware.it"),
  date="2027-01-08T18:20", inv="57/2026", amt="1100.00", due="2026-12-31", step="reminder",
  client="Bassi Software srl", quote="gmail", client_app="thunderbird", fmt="plain", enc="8bit",
  L=dict(promised_date="2027-01-31", reference="57/2026"),
  note="Two invoices: 'la 53 l'ho pagata oggi' (another invoice) and 'per la 57 ti chiedo di aspettare fine gennaio' (the one reminded). Paid one + promise for the other = promise, date 2027-01-31. Then a list of app change requests.",
  body="""
Ciao Davide,

scusa il silenzio di queste settimane, ma a dicembre abbiamo avuto il rilascio della nuova versione del gestionale per i nostri clienti e poi le ferie, e ovviamente tutto è slittato. Ti scrivo con calma per rispondere al tuo sollecito e anche per aggiornarti sul progetto dell'app.

Prima le cose pratiche: la fattura 53 l'ho pagata oggi pomeriggio, era quella del primo stato avanzamento e avevo già l'ok del socio. Per la 57, invece, ti chiedo di aspettare fine gennaio: a inizio anno abbiamo le tredicesime arretrate, l'IVA e l'autoliquidazione INAIL tutto insieme, e preferisco non andare in rosso sul conto. Se per te è un problema dimmelo, ma sarei davvero grato se potessi venirmi incontro.

Sull'app: il cliente ha visto la demo prima di Natale ed era molto soddisfatto, soprattutto della parte di prenotazione offline. Ha chiesto però due modifiche che secondo me vanno quotate a parte:
1. la sincronizzazione con il loro vecchio sistema di magazzino (sono ancora su un AS/400, ti lascio immaginare);
2. la possibilità di firmare i documenti di consegna sul tablet.
Mi fai una stima dei tempi? Non serve precisa, mi basta capire se parliamo di settimane o di mesi.

Ci sentiamo lunedì se riesci, magari verso le 11.

Ciao,
Riccardo
""")

M(kind="client-reply-promise", owner="giulia", frm=("Federica Neri", "federica.neri.scrive@gmail.com"),
  date="2027-02-11T12:00", inv="6/2027", amt="880.00", due="2027-02-05", step="due",
  client="Federica Neri", ckind="person", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(promised_date="2027-02-15"),
  note="A novelist's chatty update (German rights sold, laptop knocked off the desk by the cat); hedged promise in the middle: 'dovrei riuscire a farti il bonifico lunedì, salvo imprevisti'. Thursday 11 Feb -> Monday 15 Feb.",
  body="""
Ciao Giulia,

che bello ricevere una tua mail, anche se è un sollecito! Scherzo, scusami, hai ragione tu. Ti aggiorno su tutto, perché sono successe un sacco di cose.

La prima: l'agente ha venduto i diritti tedeschi del romanzo a una casa editrice di Amburgo, e il sample che hai tradotto tu in inglese è stato decisivo, me l'ha detto lei stessa. Quindi grazie, davvero. La seconda: l'editore italiano ha deciso di anticipare l'uscita a settembre, il che vuol dire che tra marzo e maggio devo riscrivere gli ultimi tre capitoli, come chiedeva l'editor. La terza, meno bella: il gatto ha fatto cadere il portatile dalla scrivania e ho perso due settimane di appunti. Backup, mai fatto. Lo so.

Per la fattura: l'anticipo dell'editore tedesco dovrebbe arrivarmi a giorni, l'agenzia mi ha scritto che il bonifico è partito martedì. Quindi dovrei riuscire a farti il bonifico lunedì, salvo imprevisti, e con la mia banca gli imprevisti ci sono sempre, ma stavolta sono fiduciosa.

Ti volevo anche chiedere: saresti disponibile, più avanti, a tradurre anche i racconti della raccolta del 2022? Sono sei, circa 40 mila parole in tutto. Non c'è ancora un editore, è più che altro per avere qualcosa da mandare agli agenti inglesi. Ovviamente ti pagherei la tariffa piena, non ti chiedo favori.

Un abbraccio e a presto,
Federica
""")

M(kind="client-reply-promise", owner="davide", frm=("STUDIO TECNICO PEDRINI", "studiopedrini@tin.it"),
  date="2026-11-26T19:10", inv="49/2026", amt="305.00", due="2026-11-20", step="reminder",
  client="Studio Tecnico Pedrini", quote="outlook", client_app="outlook", fmt="plain", enc="qp",
  charset="iso-8859-1", re="R:",
  L=dict(promised_date="2026-11-27"),
  note="An elderly surveyor's numbered list of questions about his website and e-mail; after the list: 'Il saldo della fattura glielo faccio domani mattina appena passo in banca'. Thursday 26 Nov -> 27 Nov. Some words in capitals, 'perchè'/'E'' typos.",
  body="""
Buonasera Davide,

Le scrivo perchè ho alcune domande sul sito dello studio e sulla posta, che da quando mio nipote ha "sistemato" il computer non funziona più come prima.

1) Quando scrivo una mail dal telefono, la mail non compare nella posta inviata del computer. E' normale? Prima compariva.
2) Nel sito, alla pagina SERVIZI, c'è ancora scritto "pratiche catastali DOCFA e PREGEO" ma il PREGEO non lo facciamo più da quando è andato in pensione il geom. Vanzini. Si può togliere? Lo faccio io o deve farlo Lei?
3) Un cliente mi dice che cercando "geometra Pedrini Reggio" su Google esce il vecchio numero di telefono. Da dove lo prende?
4) Mia figlia dice che dovremmo mettere le RECENSIONI. Costa molto?
5) La password della posta la devo cambiare ogni tanto o è meglio di no?

Il saldo della fattura glielo faccio domani mattina appena passo in banca, che io l'home banking non lo uso, preferisco andare allo sportello, così parlo anche con il direttore che è un vecchio amico.

Mi scusi per il ritardo, ma questo mese tra le pratiche del superbonus e le visite di mia moglie in ospedale non ho avuto un attimo di respiro. Quando ha tempo mi chiami pure in studio, la mattina ci sono sempre, il pomeriggio dipende dai sopralluoghi.

Cordiali saluti
Geom. Walter Pedrini
STUDIO TECNICO PEDRINI
Via Emilia San Pietro 9 - Reggio Emilia
tel. 0522 431 118
""")

M(kind="client-reply-promise", owner="alessandra", frm=("Marta Colombo", "marta@studioyogasattva.it"),
  date="2026-12-04T15:00", inv="46/2026", amt="960.00", due="2026-11-30", step="reminder",
  client="Marta Colombo", ckind="person", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Yoga studio owner: thanks for the logo, brief for a spring retreat flyer; asks to pay in two instalments ('una parte prima di Natale e il resto a gennaio'). Promise, no precise date.",
  body="""
Ciao Alessandra,

ti scrivo finalmente con calma, dopo una settimana di corsi e di seminari che mi hanno un po' travolta. Prima di tutto grazie per il logo nuovo dello studio: l'abbiamo messo sulla vetrina lunedì e diverse allieve si sono fermate a chiedere se avevamo cambiato gestione! Lo prendo come un complimento. Anche le tessere sono bellissime, la carta ruvida piace tanto.

Ti volevo parlare del ritiro di primavera in Val d'Orcia, dal 23 al 25 aprile. Mi servirebbe un volantino A5, una versione per Instagram (post e storie) e, se riesci, una piccola locandina da mettere in studio. Ti mando il programma appena lo chiudo con l'agriturismo; i colori li lascerei decidere a te, ma pensavo a qualcosa di caldo, ocra o terracotta, che richiami le colline.

Per la fattura ti devo chiedere un favore. Dicembre per me è il mese peggiore: gli allievi pagano gli abbonamenti a gennaio, io invece ho l'affitto, le tasse e la tredicesima della ragazza della reception tutto insieme. Se per te va bene te la pago in due volte, una parte prima di Natale e il resto a gennaio. Se invece preferisci tutto insieme dimmelo e mi organizzo diversamente, non voglio metterti in difficoltà.

Un abbraccio e namasté (scherzo, lo so che lo odi),
Marta

Marta Colombo - Studio Yoga Sattva
Via del Pratello 31, Bologna
""")

M(kind="client-reply-promise", owner="giulia", frm=("Ufficio Acquisti Tessitura Mazzoleni", "acquisti@mazzoleni-tessitura.it"),
  date="2026-12-14T09:45", inv="51/2026", amt="2135.00", due="2026-12-10", step="due", qdays=1,
  client="Tessitura Mazzoleni S.p.A.", quote="outlook", client_app="outlook", fmt="html", enc="b64",
  L=dict(promised_date="2027-01-10"),
  note="Two personal lines, then a circular to all suppliers: bank migration, 'i pagamenti ai fornitori in scadenza nel mese di dicembre slitteranno al 10 gennaio 2027'. Promise for 2027-01-10. The refusal of late-payment interest is a general policy line, not a contest of this invoice.",
  body="""
Gentile dott.ssa Conti,

in risposta al Suo sollecito Le giriamo la comunicazione inviata la settimana scorsa a tutti i nostri fornitori, che forse non Le è arrivata perché il Suo indirizzo non era ancora nella lista di distribuzione.

Cordiali saluti
Ufficio Acquisti

-----

COMUNICAZIONE A TUTTI I FORNITORI

Gentili Fornitori,

desideriamo informarVi che Tessitura Mazzoleni S.p.A. sta completando il trasferimento della propria operatività bancaria a un nuovo istituto, nell'ambito del piano di riorganizzazione finanziaria approvato dal Consiglio di Amministrazione lo scorso settembre.

Per consentire la migrazione dei conti e delle deleghe, i pagamenti ai fornitori in scadenza nel mese di dicembre slitteranno al 10 gennaio 2027, data in cui verranno eseguiti in un'unica distinta. Le scadenze successive torneranno a essere rispettate secondo i termini contrattuali consueti. Eventuali interessi di mora maturati nel periodo non saranno riconosciuti, salvo diversi accordi scritti.

Vi ricordiamo inoltre che dal 1° gennaio 2027:
- tutte le fatture dovranno riportare il numero dell'ordine di acquisto (campo 2.1.2 del tracciato FatturaPA);
- i documenti di trasporto dovranno essere inviati in formato PDF all'indirizzo ddt@mazzoleni-tessitura.it;
- il referente per le questioni amministrative sarà il dott. Ivo Carrara.

Ci scusiamo per il disagio e ringraziamo per la collaborazione. Con l'occasione porgiamo i nostri migliori auguri di Buone Feste.

Direzione Amministrazione e Finanza
Tessitura Mazzoleni S.p.A.
Via per Leffe 120 - 24026 Gandino (BG)
""")

M(kind="client-reply-dispute", owner="davide", frm=("Ing. Stefano Valli", "s.valli@vallioleodinamica.it"),
  date="2026-11-19T08:52", inv="47/2026", amt="3660.00", due="2026-11-15", step="reminder",
  client="Valli Componenti Oleodinamici srl", quote="outlook", client_app="outlook", fmt="plain", enc="qp",
  L=dict(),
  note="Structured complaint: site online but contact form broken, English pages half Italian, slow mobile; 'finché il modulo non sarà sistemato... non ritengo corretto saldare l'intero importo' and offers only 50% now. Withholding part until fixed = dispute.",
  body="""
Buongiorno Davide,

rispondo al Suo promemoria con un riepilogo della situazione, perché mi sembra che ci sia un disallineamento tra quanto risulta a Lei e quanto risulta a noi.

Il sito è online dal 2 novembre e sul piano grafico siamo soddisfatti, lo dico subito. Tuttavia, a distanza di più di due settimane, restano aperti alcuni problemi che avevamo segnalato già in fase di collaudo:
- il modulo di richiesta preventivo non invia le richieste all'ufficio commerciale: ne abbiamo avuta la prova quando un cliente di Verona ci ha telefonato chiedendo perché non avessimo mai risposto alle sue tre richieste;
- la versione inglese ha ancora metà delle schede prodotto in italiano;
- il caricamento della home da cellulare supera gli otto secondi, e il contratto parlava di "prestazioni ottimizzate".

Capisco che alcune di queste cose richiedano tempo, ma il modulo contatti era il motivo principale per cui abbiamo rifatto il sito, e ogni settimana che passa perdiamo potenziali clienti. Per questo, finché il modulo non sarà sistemato e verificato, non ritengo corretto saldare l'intero importo della fattura. Posso autorizzare subito il pagamento del 50%, come da stato avanzamento, e il saldo a collaudo positivo.

Le propongo una call lunedì o martedì per definire insieme le priorità. Ci tengo a precisare che il rapporto con Lei è sempre stato corretto e che non si tratta di una questione personale: semplicemente devo rendere conto ai soci.

Cordiali saluti

Ing. Stefano Valli
Direttore Tecnico
Valli Componenti Oleodinamici srl - Modugno (BA)
""")

M(kind="client-reply-dispute", owner="alessandra", frm=("Sandro Pini", "sandro.pini@motopini.it"),
  date="2026-11-11T23:14", inv="42/2026", amt="1830.00", due="2026-11-10", step="due", qdays=0,
  client="Moto Pini srl", quote="none", client_app="gmail", fmt="plain", enc="8bit",
  L=dict(),
  note="Post-EICMA excitement, Spanish distributor, next fair; then 'avevamo concordato 1.200 più IVA... in fattura vedo 1.500 più IVA', asks for a corrected invoice. Wrong amount = dispute.",
  body="""
Ciao Alessandra,

scusa se ci ho messo un po' a risponderti, ma sono appena tornato da EICMA e ho la testa ancora piena di moto, stand e gente che ti parla a un centimetro dalla faccia. Lo stand è andato benissimo, i pannelli che hai disegnato tu erano i più fotografati del padiglione, lo dicono anche i dati di Instagram: 400 follower nuovi in cinque giorni, mai successo.

Ti racconto al volo due cose della fiera, poi veniamo alla fattura. Abbiamo conosciuto un distributore spagnolo che vorrebbe il catalogo in spagnolo entro marzo: lo impaginiamo noi con la tua gabbia o preferisci farlo tu? E poi il capo ha deciso che l'anno prossimo facciamo anche Intermot a Colonia, quindi ci sarà da adattare lo stand a uno spazio più piccolo, 6x4 invece di 8x6.

Sulla fattura invece c'è qualcosa che non mi torna: avevamo concordato 1.200 più IVA per il progetto grafico dello stand, me lo ricordo bene perché ne abbiamo parlato al bar sotto l'ufficio e ti avevo anche detto che era il massimo che il capo mi avrebbe approvato. In fattura vedo 1.500 più IVA. Sono le modifiche di settembre? Se è così però non ne avevamo parlato, e io non posso farla passare così com'è, la ragioneria me la rimbalza. Mi mandi una fattura corretta o mi spieghi la differenza?

Per il resto tutto bene, ci vediamo per un aperitivo appena riesco a respirare.

Sandro
""")

M(kind="client-reply-dispute", owner="giulia", frm=("Francesca Orsini", "amministrazione@edizionilalanterna.it"),
  date="2026-12-03T12:31", inv="48/2026", amt="720.00", due="2026-11-30", step="reminder",
  client="Edizioni La Lanterna snc", quote="outlook", client_app="outlook", fmt="alt", enc="qp", charset="iso-8859-1",
  L=dict(reference="48/2026"),
  note="Publisher's admin: praise, a new 280-page job, new ISBN requirement; then 'La fattura n. 48/2026... Le è già stata pagata a settembre con la fattura n. 29/2026... si tratta di un doppione', asks for a credit note. Already billed = dispute (not paid: the 'paid' refers to the earlier invoice).",
  body="""
Gentile Giulia,

innanzitutto grazie per il lavoro sulla nuova collana di saggistica: il direttore editoriale ha apprezzato molto la revisione delle bozze del volume sulla storia dei porti liguri, e ci piacerebbe affidarLe anche il secondo titolo della serie, che dovrebbe arrivare in redazione a febbraio. Si tratta di una traduzione dall'inglese di circa 280 cartelle; Le scriverà direttamente la redattrice, Ilaria, per tempi e condizioni.

Le comunico inoltre che dal prossimo anno la casa editrice ha affidato la gestione delle fatture passive a un nuovo software, per cui Le chiederei di indicare sempre, in fattura, il titolo del volume e il codice ISBN di riferimento: ci aiuterà molto nell'imputazione dei costi alle singole opere.

Venendo al Suo sollecito, ho fatto una verifica con la nostra contabilità. La fattura n. 48/2026 si riferisce alla revisione del volume "Porti e mercanti", che però Le è già stata pagata a settembre con la fattura n. 29/2026 (bonifico del 18/09, stesso importo, stessa descrizione). Mi sembra quindi che si tratti di un doppione, e per questo non l'abbiamo messa in pagamento. Le chiederei di verificare e, se conferma, di emettere una nota di credito a storno, così possiamo chiudere la posizione in contabilità.

Resto a disposizione per qualsiasi chiarimento e Le porgo cordiali saluti.

Francesca Orsini
Amministrazione – Edizioni La Lanterna
Salita Pollaiuoli 12 – 16123 Genova
""")

M(kind="client-reply-dispute", owner="davide", frm=("Luca Ferrante", "luca@ferranteimpianti.it"),
  date="2027-01-21T17:48", inv="1/2027", amt="1586.00", due="2027-01-20", step="due", qdays=1,
  client="Ferrante Impianti srl", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Merger news (two family companies became Ferrante Group srl on 1 Jan), website work request; the invoice is addressed to a company that no longer exists: 'Ci serve una nota di credito a storno di questa e una nuova fattura'. Credit note requested = dispute, even with 'appena la riceviamo la paghiamo'.",
  body="""
Ciao Davide,

ti aggiorno su un po' di novità che ti riguardano, e ti chiedo scusa perché avrei dovuto scriverti prima.

Dal 1° gennaio Ferrante Impianti srl e Termoidraulica Ferrante snc, la società di mio fratello, si sono fuse in un'unica società, Ferrante Group srl. È un'operazione su cui lavoravamo da più di un anno con il commercialista e il notaio, e finalmente è andata in porto. Cambiano partita IVA, codice SDI e PEC; la sede legale resta quella di Altamura, mentre il magazzino si sposta a Gravina entro marzo. Ti allego la visura aggiornata appena me la manda il commercialista.

Per il sito, questo vuol dire un po' di lavoro: va unificato con quello di mio fratello, vanno rifatti logo e intestazioni (ma per questo sentiamo la grafica), e vanno sistemati i dati societari nel footer e nella privacy policy. Mi mandi un preventivo?

Veniamo alla fattura del mese: è intestata a Ferrante Impianti srl, che dal 1° gennaio non esiste più, e il commercialista mi dice che così non possiamo né registrarla né pagarla. Ci serve una nota di credito a storno di questa e una nuova fattura intestata a Ferrante Group srl con i dati nuovi. Appena la riceviamo la paghiamo, nessun problema sull'importo.

Scusa il casino, ma sono settimane di firme, notai e banche.

Un saluto,
Luca
""")

M(kind="client-reply-dispute", owner="alessandra", frm=("Roberta Galli", "r.galli@galliceramiche.it"),
  date="2027-02-09T10:12", inv="5/2027", amt="2074.00", due="2027-02-05", step="due",
  client="Galli Ceramiche spa", quote="outlook", client_app="outlook", fmt="alt", enc="qp", re="R:",
  L=dict(),
  note="Measured feedback on a brochure delivered two weeks late (missed the fair); 'Non intendo pagare queste ore' about 10 hours of extras, offers to pay the quoted part against a corrected invoice or credit note. Dispute.",
  body="""
Buongiorno Alessandra,

Le scrivo con un po' di ritardo perché volevo prima fare il punto interno sul progetto della brochure istituzionale, e preferisco essere trasparente su come è andata dal nostro punto di vista.

Il risultato finale ci piace: la direzione ha apprezzato l'impostazione fotografica e i testi sono molto più leggibili di quelli della versione precedente. Su questo nulla da dire, e La ringrazio per la disponibilità nelle ultime settimane.

Detto questo, la consegna era prevista per il 12 gennaio e gli esecutivi definitivi sono arrivati il 26. Il ritardo ci ha fatto perdere la finestra di stampa per la fiera di Rimini, dove abbiamo dovuto distribuire la vecchia brochure, con i prodotti fuori catalogo, e non è stata una bella figura. So che una parte del ritardo è dovuta alle nostre approvazioni, che sono arrivate lente, e ne tengo conto; ma la parte principale, come Lei stessa mi ha scritto il 14 gennaio, è dipesa dal cambio del fornitore delle immagini.

In fattura vedo 10 ore di "modifiche extra" per 500 euro più IVA. Non intendo pagare queste ore: le modifiche erano correzioni a errori di impaginazione, non richieste nuove. Posso invece procedere subito al pagamento della parte relativa al progetto, come da preventivo, se mi invia una fattura corretta oppure una nota di credito per la differenza.

Mi dispiace scriverLe in questi termini, perché il lavoro con Lei è sempre stato piacevole. Se preferisce ne parliamo a voce.

Cordiali saluti

Roberta Galli
Marketing Manager
Galli Ceramiche spa - Sassuolo (MO)
""")

M(kind="client-reply-dispute", owner="giulia", frm=("Alberto Manzoni", "direzione@hotelbellavistastresa.it"),
  date="2026-11-30T17:05", inv="47/2026", amt="1098.00", due="2026-11-25", step="reminder",
  client="Hotel Bellavista", quote="apple", client_app="apple", fmt="plain", enc="qp",
  attach=[("Schermata 2026-11-28 alle 10.14.22.png", "image/png")],
  L=dict(),
  note="Hotel owner, very polite and hedged: hard season, a translation error about breakfast on the German page; 'mi permetto di chiederLe se è possibile rivedere l'importo della fattura, magari con uno sconto del 15%'. Discount request = dispute. Screenshot attached.",
  body="""
Gentile signora Conti,

La ringrazio per il promemoria, che arriva in un momento in cui, Le confesso, sto facendo i conti con una stagione più difficile del previsto. L'hotel ha chiuso il 2 novembre e da allora abbiamo i lavori di ristrutturazione delle camere del secondo piano, che ovviamente stanno costando più del preventivo, come sempre succede.

Il sito con le nuove traduzioni è online da fine ottobre e nel complesso mi sembra molto ben fatto. Devo però segnalarLe una cosa che mi ha messo in imbarazzo: un nostro ospite abituale di Monaco, persona molto precisa, mi ha scritto che nella pagina tedesca delle tariffe risulta che la colazione è inclusa anche per le camere che invece non la includono, e due clienti si sono presentati pretendendola. Niente di drammatico, abbiamo offerto il caffè, ma la cosa mi è dispiaciuta. Le allego la schermata.

Alla luce di questo, e anche della stagione non facile, mi permetto di chiederLe se è possibile rivedere l'importo della fattura, magari con uno sconto del 15%. Capisco che la richiesta possa sembrarLe inopportuna e non vorrei in alcun modo mettere in discussione la qualità complessiva del Suo lavoro, che resta ottima. Se preferisce, in alternativa, potremmo concordare che la correzione della pagina e la traduzione del nuovo menù del ristorante, in primavera, rientrino nello stesso importo.

Mi faccia sapere cosa ne pensa.

Con i migliori saluti,
Alberto Manzoni
Hotel Bellavista - Stresa
""")

M(kind="client-reply-dispute", owner="alessandra", frm=("Giorgio Loi", "giorgioloi.bar@gmail.com"),
  date="2026-12-10T13:37", inv="45/2026", amt="1100.00", due="2026-12-05", step="due",
  client="Giorgio Loi", ckind="person", quote="gmail", client_app="android", fmt="plain", enc="qp",
  L=dict(amount="800.00"),
  note="Bar owner in Sardinia praises the menu illustrations; 'Ti ho fatto oggi un bonifico di 800 euro' (the quoted estimate) and refuses the other 300 for meetings. Partial payment + dispute of the rest = dispute; amount = the 800 paid.",
  body="""
Ciao Alessandra,

ti scrivo da Cagliari, dove sono sceso per chiudere la stagione del chiosco al Poetto e sistemare le cose con il commercialista. Ti volevo aggiornare sul menù: la nuova versione è piaciuta a tutti, anche a mia madre che sulla carta da menù ha opinioni molto precise. Le illustrazioni dei pesci sono bellissime, un cliente mi ha chiesto se le vendevamo come stampe, e forse non è un'idea stupida: ne parliamo per la prossima estate?

Ti devo però dire una cosa sulla fattura, e preferisco dirtela chiara. Ti ho fatto oggi un bonifico di 800 euro, che corrisponde al preventivo che avevamo concordato a marzo. Gli altri 300 della fattura sono per le "4 ore di riunione e consulenza", ma quelle riunioni per me erano parte del lavoro, non ne avevamo mai parlato come di un costo a parte, e se me l'avessi detto ne avremmo fatte la metà, te lo assicuro. Non voglio fare polemica per 300 euro, ma non mi sembra corretto pagarle così, senza che ce ne fossimo accordati.

Se vuoi ne parliamo al telefono, magari troviamo una via di mezzo. Io sono qui fino a domenica, poi torno a Bologna e ci possiamo anche vedere.

Per il resto tutto bene: a gennaio chiudo anche il bar in centro per due settimane per rifare il bancone, quindi se ti va ci sarebbero anche le nuove lavagne e il sito da aggiornare.

Un abbraccio
Giorgio

Inviato da Outlook per Android
""")

M(kind="client-reply-dispute", owner="davide", frm=("ASD Pallavolo Ponte", "segreteria@pallavoloponte.it"),
  date="2026-12-21T21:30", inv="54/2026", amt="500.00", due="2026-12-15", step="reminder",
  client="ASD Pallavolo Ponte", quote="gmail", client_app="webmail", fmt="plain", enc="8bit",
  L=dict(),
  note="Club president's long holiday letter (league table, fundraising dinner, streaming plans); only the PS: the accountant says the invoice lacks the withholding tax, 'Così non possiamo pagarla; ci mandi una fattura corretta?' Contesting the invoice content = dispute, at the very end.",
  body="""
Ciao Davide,

a nome di tutto il direttivo dell'ASD Pallavolo Ponte volevo farti gli auguri di buone feste e ringraziarti per il lavoro di quest'anno. Il sito nuovo ci ha cambiato la vita: le iscrizioni online ai corsi di minivolley hanno funzionato alla grande, i genitori non devono più venire in palestra con i moduli di carta e la segreteria (cioè io e la Carla, il mercoledì sera) ha finalmente un po' di respiro.

La prima squadra femminile è seconda in classifica in serie C, e a gennaio cominciamo il girone di ritorno con la partita in casa contro Mestre. Se vuoi venire a vederla ci fa piacere, il palazzetto si riempie e l'atmosfera è bella. Per l'anno prossimo pensavamo di mettere sul sito anche lo streaming delle partite casalinghe, ne parliamo con calma a febbraio.

La cena sociale è stata un successo, abbiamo raccolto quasi 2.000 euro per il nuovo pulmino. Ti mando qualche foto per la gallery appena me le passa il fotografo.

Buon Natale e buon anno da tutti noi!

Paolo Trevisan
Presidente ASD Pallavolo Ponte

PS: il nostro commercialista ha guardato la fattura di dicembre e dice che è sbagliata: siamo un'associazione sportiva e come sostituto d'imposta dobbiamo applicare la ritenuta d'acconto, che in fattura non c'è. Così non possiamo pagarla; ci mandi una fattura corretta? Scusa, io di queste cose non ci capisco niente.
""")

M(kind="client-reply-other", owner="alessandra", frm=("Valentina Sassi", "valentina@cartaeconfetti.it"),
  date="2026-11-09T14:20", inv="39/2026", amt="610.00", due="2026-11-05", step="due",
  client="Carta & Confetti", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(),
  note="A long brief for six wedding stationery lines; at the end she asks to have the October invoice re-sent in PDF because her accountant wants a courtesy copy. A request to resend = other (no payment claim, no promise).",
  body="""
Ciao Alessandra,

eccomi finalmente con il brief per la linea di partecipazioni di nozze di cui ti parlavo a settembre. Scusa se ci ho messo tanto, ma ho voluto prima sentire le tre tipografie con cui lavoro per capire cosa si può fare davvero con la stampa a caldo e cosa invece resta un bel sogno.

Allora: l'idea è una collezione di sei linee per la stagione 2027, ognuna con partecipazione, menù, segnaposto, tableau e libretto messa. Tre linee più classiche (una con il monogramma, una floreale acquerellata e una molto minimal con solo tipografia) e tre più particolari: una mediterranea con limoni e maioliche, una boho con le foglie di eucalipto e una "notte stellata" blu e oro per i matrimoni serali. Le palette le lascerei a te, ma ti mando la cartella Pinterest con quello che mi piace.

Tempi: vorrei presentarla alle fiere di gennaio (Sposaitalia no, troppo cara, ma quella di Padova sì) quindi mi servirebbero almeno i prototipi di tre linee per metà gennaio. Budget: ne parliamo, dimmi tu come preferisci lavorare, se a linea o a forfait per la collezione.

Un'ultima cosa pratica: mi rimandi la fattura di ottobre in PDF? Il commercialista dice che nel cassetto fiscale la vede, ma vuole anche la copia di cortesia e io non la trovo più, ho fatto pulizia nella posta e credo di averla cancellata per sbaglio.

Grazie mille e a presto,
Valentina
Carta & Confetti - Vicenza
""")

M(kind="client-reply-other", owner="giulia", frm=("Matteo Rinaldi", "m.rinaldi@orobicavalvole.it"),
  cc=[("Daniela Ricci", "amministrazione@orobicavalvole.it")],
  date="2027-01-26T09:18", inv="3/2027", amt="450.00", due="2027-01-20", step="due",
  client="Orobica Valvole srl", quote="outlook", client_app="outlook", fmt="plain", enc="qp",
  L=dict(),
  note="Farewell and staff change: he moves to Frankfurt, no longer handles orders or payments, forwarded the reminder to accounts (Daniela, in cc). Forwarded to accounts = other.",
  body="""
Ciao Giulia,

ti scrivo per due motivi, uno bello e uno noioso. Quello bello: da febbraio passo alla nuova divisione export che l'azienda apre a Francoforte, e quindi mi trasferisco in Germania per almeno due anni. È un'occasione che aspettavo da tempo, e un po' è anche merito tuo, perché le presentazioni in tedesco che mi hai tradotto l'anno scorso sono quelle che hanno convinto il capo che potevo occuparmi io dei clienti di lingua tedesca. Quindi grazie!

Quello noioso: da questa settimana non mi occupo più né degli ordini di traduzione né dei pagamenti ai fornitori. Per la parte amministrativa ho girato il tuo promemoria a Daniela Ricci dell'amministrazione, che leggi in copia: è lei che gestisce le fatture e ti saprà dire tutto. Per i nuovi lavori invece ti scriverà Chiara Vitale, che prende il mio posto al marketing; le ho parlato molto bene di te e le ho lasciato l'elenco dei progetti in corso, compresa la traduzione del sito che avevamo lasciato in sospeso a dicembre.

Il mio indirizzo resta attivo fino al 31 gennaio, poi avrò quello nuovo della sede tedesca, che ti mando appena me lo attivano. Se passi da Francoforte per la fiera del libro fammi sapere, una birra te la offro volentieri.

Un abbraccio e grazie per questi anni di lavoro insieme,
Matteo

Matteo Rinaldi
Marketing - Orobica Valvole srl
""")

M(kind="client-reply-other", owner="davide", frm=("Dr. Paolo Ruggeri", "studio@studiodentisticoruggeri.it"),
  date="2026-11-24T13:05", inv="48/2026", amt="244.00", due="2026-11-16", step="reminder",
  client="Studio Dentistico Ruggeri", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Dental practice moves on 1 Dec: list of website changes, Google Business question, new PEC for future invoices; on the invoice only 'la segretaria mi dice che gliel'ha già passata al commercialista' (handed to the accountant, not paid). Other.",
  body="""
Buongiorno Davide,

ricevo il Suo sollecito e ne approfitto per comunicarLe che dal 1° dicembre lo studio si trasferisce nella nuova sede di viale Japigia 112, sempre a Bari, al primo piano (c'è l'ascensore, finalmente, i pazienti anziani ringraziano). Le chiederei quindi alcune modifiche urgenti al sito:

- aggiornare l'indirizzo in tutte le pagine e nella mappa dei contatti;
- cambiare gli orari: dal lunedì al venerdì 9-13 e 15-19, il sabato mattina solo su appuntamento;
- togliere la foto della sala d'attesa vecchia, che non esiste più; quelle nuove le faremo fare appena finiscono di montare gli arredi;
- aggiungere il nuovo numero fisso, mentre il cellulare resta lo stesso.

Le chiedo anche se può occuparsi Lei della scheda di Google, perché la dott.ssa Lopez (la mia collega ortodontista) dice che va cambiata lì e non sul sito, e io francamente non saprei da dove cominciare. Se è un lavoro a parte, mi faccia sapere il costo.

Per le prossime fatture, la partita IVA resta la stessa ma cambia la PEC, che diventa studioruggeri@pec.it; il codice destinatario lo chiedo al commercialista e glielo mando.

Per la fattura di novembre, la segretaria mi dice che l'ha già passata al commercialista; io le fatture non le seguo, quindi per le questioni amministrative la prego di sentire direttamente lei, la signora Angela, al numero dello studio.

Cordiali saluti
Dr. Paolo Ruggeri
Studio Dentistico Ruggeri
""")

M(kind="client-reply-other", owner="alessandra", frm=("Ilaria Serra", "ilaria.serra@fondazionecasaverde.org"),
  date="2026-12-18T16:44", inv="50/2026", amt="1220.00", due="2027-01-17", step="invoice", qdays=0, re="R:",
  client="Fondazione Casa Verde ETS", quote="none", client_app="outlook", fmt="html", enc="qp",
  L=dict(),
  note="Reply to the invoice mail itself: 'ricevuta, grazie!', already forwarded to Roberto in accounts, then a long account of the annual report's success and Christmas at the care home. Received/forwarded = other.",
  body="""
Ciao Alessandra,

ricevuta, grazie mille! L'ho già girata a Roberto dell'amministrazione, che gestisce lui tutte le fatture dei fornitori, quindi per qualsiasi cosa puoi scrivere direttamente a lui (roberto.pala@fondazionecasaverde.org).

Approfitto per dirti che il bilancio sociale è stato presentato ieri sera al consiglio e ha avuto un'accoglienza bellissima. Il presidente, che di solito a queste cose non fa caso, ha detto che per la prima volta si capiva cosa facciamo leggendo solo i grafici. Le infografiche sui volontari e sulle ore di assistenza domiciliare sono piaciute tantissimo, e la fondazione che ci finanzia ha chiesto se possiamo mandargliele anche in formato slide per il loro convegno di febbraio. Ti scrivo a gennaio per capire come fare, immagino che sia un lavoro a parte.

Ti mando anche un paio di foto della serata: la stampa è venuta benissimo, la carta riciclata che avevi scelto ha fatto la sua figura, nessuno ci credeva che fosse riciclata.

Ora scappo, che ho la festa di Natale con gli ospiti della casa famiglia e devo ancora incartare trenta regali. Ti auguro delle feste serene e un 2027 pieno di lavori belli come questo.

Un abbraccio grande,
Ilaria

Ilaria Serra
Comunicazione e raccolta fondi
Fondazione Casa Verde ETS
""")

M(kind="client-reply-other", owner="alessandra", frm=("Daniele Fabbri", "daniele@gelateriafabbri.it"),
  date="2027-02-16T11:25", inv="6/2027", amt="915.00", due="2027-02-12", step="due",
  client="Gelateria Fabbri snc", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Asks for a call about packaging for a new ice-cream line; 'l'abbiamo appena pagato' is about the PHOTOGRAPHER, not this invoice, which he never mentions. Other (trap).",
  body="""
Ciao Alessandra,

hai un quarto d'ora giovedì o venerdì per una call? Ti spiego di cosa si tratta, così arrivi preparata.

Abbiamo deciso di lanciare la linea di gelati confezionati a marchio nostro, da vendere nei supermercati della zona e non solo in gelateria. Si parte con sei gusti in vaschetta da 500 grammi e tre ricoperti su stecco, e ci servirà tutto il packaging: vaschette, coperchi, cartoni da trasporto, più il materiale per i punti vendita. L'idea è di essere sugli scaffali per fine aprile, prima che inizi la stagione vera.

Per le foto abbiamo già fatto lo shooting la settimana scorsa con Marco Lelli, quello del calendario: le foto sono bellissime, ma ti dico la verità, ci è costato un occhio della testa, l'abbiamo appena pagato e mio padre sta ancora borbottando. Quindi sul packaging vorrei capire bene con te i costi prima di partire, anche per la stampa, perché non conosco nessuno che faccia vaschette stampate in piccola tiratura.

Altre cose di cui vorrei parlarti:
- il logo va bene così o va adattato per il supermercato? Mio fratello dice che è troppo sottile e da lontano non si legge;
- le etichette con gli ingredienti e gli allergeni le fa un consulente esterno, ma vanno inserite nella grafica;
- il sito andrebbe aggiornato con una sezione per i rivenditori.

Dimmi tu l'orario, io sono libero tutto il pomeriggio di giovedì e venerdì mattina fino alle 11.

Ciao e grazie,
Daniele
Gelateria Fabbri - Rimini
""")

M(kind="client-reply-other", owner="alessandra", frm=("Beatrice Loreti", "beatrice@lacandelaria.shop"),
  date="2026-11-25T20:03", inv="44/2026", amt="366.00", due="2026-11-20", step="reminder",
  client="Beatrice Loreti", ckind="person", quote="apple", client_app="apple", fmt="plain", enc="qp",
  L=dict(reference="44/2026"),
  note="Life news from Lisbon; she cannot find invoice 44/2026 in her books, guesses which job it might be and asks to have it re-sent. A question about which invoice, with no claim that it is wrong or paid = other. (Her 'ti ho pagato a luglio' is about an earlier job.)",
  body="""
Ciao Alessandra,

che sorpresa la tua mail! Ti scrivo da Lisbona, dove mi sono trasferita a fine settembre: mio marito ha avuto un'offerta da una startup di qui e alla fine ci siamo buttati, con bambini, gatto e tutto. Le scuole internazionali sono un salasso, ma la luce di questa città vale tutto, e ho finalmente uno studio tutto mio con vista sui tetti. Il negozio online lo gestisco da qui, mentre il magazzino è rimasto a Bologna con mia sorella.

Ti confesso però che sono un po' confusa sul tuo sollecito. Nella mia contabilità non trovo nessuna fattura 44/2026: gli ultimi lavori che ti ho chiesto sono le grafiche per i saldi estivi, che ti ho pagato a luglio, e il restyling delle schede prodotto, che però mi pare fosse compreso nello stesso preventivo. Forse è quella delle etichette per le candele di Natale che abbiamo fatto a ottobre? Quella in effetti non ricordo di averla vista arrivare. Me la rimandi, per favore, così controllo con la commercialista? Lei ha accesso al cassetto fiscale ma io da qui non riesco a entrarci, lo SPID mi dà sempre errore dall'estero.

Intanto ti racconto che le candele stanno andando benissimo, le etichette nuove sono piaciute e ne abbiamo già vendute più di trecento. Se a gennaio vuoi fare una nuova linea per San Valentino, io ci sono.

Un bacio grande e fammi sapere,
Beatrice
""")

M(kind="client-reply-other", owner="davide", frm=("Gino Tarantini", "ferramentatarantini@alice.it"),
  date="2027-01-05T10:50", inv="56/2026", amt="183.00", due="2026-12-31", step="reminder",
  client="Ferramenta Tarantini", quote="none", client_app="webmail", fmt="plain", enc="8bit", charset="iso-8859-1",
  L=dict(),
  note="Hardware shop closing after 42 years; questions about keeping the domain and the e-mail address; the hosting invoice: 'si rivolga a mia figlia Rosa, che ha in mano tutte le carte'. No claim, no promise = other.",
  body="""
Egregio Davide,

ho ricevuto la sua mail e le rispondo di persona, anche se con il computer non sono mai andato d'accordo, quindi perdoni se scrivo un po' alla buona.

Volevo dirle che il 31 gennaio la Ferramenta Tarantini chiude. Dopo 42 anni, prima con mio padre e poi da solo, ho deciso di andare in pensione: i ragazzi non hanno voluto continuare, e con i centri commerciali e internet ormai non c'è più molto da fare per un negozio come il nostro. Il locale lo affittiamo a un ragazzo che ci apre una gastronomia, almeno la via resta viva.

Mi scusi se mi dilungo, ma in questi giorni mi vengono in mente tante cose. Quando mio padre aprì, nel 1962, la ferramenta era un buco di venti metri quadri con i chiodi sfusi nei cassetti di legno, e si vendevano a peso. Io ci sono entrato a quindici anni, a fare le consegne in bicicletta, e non ne sono più uscito. Ho visto passare le lire, l'euro, i computer, le chiavi elettroniche, e adesso anche i clienti che entrano con il telefono in mano e mi fanno vedere la foto della vite che cercano. Qualcuna gliela trovavo sempre, eh. Il sito che ci ha fatto Lei, lo confesso, all'inizio non lo volevo, ma mia figlia aveva ragione: negli ultimi anni qualche cliente nuovo è arrivato proprio da lì, soprattutto i ragazzi che ristrutturano le case in centro.

Le volevo chiedere alcune cose. Il sito internet, che lei ci ha fatto tanti anni fa, si può lasciare acceso ancora qualche mese con un avviso di chiusura e il ringraziamento ai clienti? Mia nipote dice che si può. L'indirizzo di posta invece lo vorrei tenere, perché ci scrivono ancora i fornitori e qualche vecchio cliente, e a me fa piacere leggere. Si può tenere solo la posta e spegnere il resto? Quanto costerebbe all'anno?

Per la fattura del rinnovo si rivolga a mia figlia Rosa, che ha in mano tutte le carte della chiusura insieme al commercialista. Il suo numero è 339 418 2260, la chiami pure, è più brava di me con queste cose.

La ringrazio per tutti questi anni, è sempre stato gentile e paziente con un vecchio come me.

Cordiali saluti
Gino Tarantini
""")

M(kind="client-reply-other", owner="alessandra", frm=("Amministrazione Salumificio Bertoli", "amministrazione@salumificiobertoli.it"),
  date="2027-02-02T09:40", inv="3/2027", amt="1525.00", due="2027-01-31", step="due", qdays=1,
  client="Salumificio Bertoli srl", quote="outlook", client_app="outlook", fmt="alt", enc="qp",
  L=dict(),
  note="Accounts clerk received a suspicious 'new IBAN (Lithuania)' mail from a look-alike address and wants phone confirmation before proceeding; also news about a new warehouse. Question about the IBAN, no promise = other.",
  body="""
Buongiorno Alessandra,

ti scrivo dall'amministrazione del salumificio, sono Loredana, ci siamo sentite a settembre per le etichette del culatello.

Abbiamo ricevuto il tuo promemoria, ma prima di procedere ti devo chiedere una cosa importante. Venerdì scorso ci è arrivata una mail da un indirizzo molto simile al tuo (alessandra@exarnple.it, con la "rn" al posto della "m", me ne sono accorta solo ingrandendo), con il tuo nome e la tua firma, che ci comunicava che da gennaio hai cambiato banca e che i pagamenti vanno fatti su un nuovo IBAN, intestato a una società in Lituania. Il testo era scritto bene e c'era perfino allegata la fattura, identica alla tua. Il mese scorso un nostro fornitore di budelli ha avuto lo stesso problema e un cliente ha pagato ai truffatori, quindi siamo diventati molto prudenti.

Mi puoi confermare per telefono (0521 818 443, interno 2) quali sono le tue coordinate bancarie? Preferisco sentirti a voce, non per mail. E ti consiglio di avvisare anche gli altri tuoi clienti, perché evidentemente qualcuno ha accesso ai tuoi messaggi o alle nostre rubriche.

Approfitto per dirti che a marzo inauguriamo il nuovo magazzino di stagionatura a Langhirano, e il titolare vorrebbe fare una piccola festa con i clienti: forse ti chiamerà per l'invito e per un pieghevole sulla storia dell'azienda.

Grazie e a presto,
Loredana Ferrari
Amministrazione - Salumificio Bertoli srl
""")

M(kind="client-reply-other", owner="giulia", frm=("Comune di Castelnuovo - Servizio Cultura", "cultura@comune.castelnuovo.to.it"),
  date="2026-12-11T12:15", inv="49/2026", amt="1200.00", due="2026-12-05", step="due",
  client="Comune di Castelnuovo", quote="outlook", client_app="outlook", fmt="plain", enc="qp", re="Rif:",
  L=dict(),
  note="Municipal office: bureaucratic explanation of split payment, unique office code and the missing CIG; asks to re-send the e-invoice with the CIG. A procedural requirement (like a PO number) = other, no contest of the amount or the work.",
  body="""
Gentile dott.ssa Conti,

in riscontro alla Sua comunicazione, si precisa quanto segue.

Il Servizio Cultura ha regolarmente ricevuto e verificato la traduzione dei pannelli della mostra "Castelnuovo e le sue acque", che è stata consegnata nei tempi previsti e che è già stata installata nella sala consiliare in occasione dell'inaugurazione del 28 novembre. Si coglie l'occasione per ringraziarLa della collaborazione e della disponibilità dimostrata nelle ultime settimane, in particolare per le modifiche alle didascalie richieste dall'assessore all'ultimo momento.

Per quanto riguarda la fattura elettronica, si fa presente che ai sensi della normativa sulla tracciabilità dei flussi finanziari (L. 136/2010) il documento deve obbligatoriamente riportare il Codice Identificativo di Gara (CIG) assegnato all'affidamento, che nel caso specifico è B4C7D21E90, come indicato nella determinazione dirigenziale n. 412 del 14/10/2026 trasmessaLe a suo tempo. La fattura pervenuta ne è priva e non può pertanto essere accettata dal sistema di contabilità dell'Ente, né inserita nel mandato di pagamento.

Si chiede pertanto cortesemente di trasmettere nuovamente la fattura tramite SdI indicando il CIG sopra riportato, il codice univoco ufficio UFW3KA e l'annotazione "scissione dei pagamenti", se applicabile al Suo regime fiscale. In caso di dubbi può contattare l'Ufficio Ragioneria (tel. 011 987 6612) dal lunedì al venerdì dalle 9 alle 12.

Distinti saluti

Il Responsabile del Servizio Cultura
dott. Renato Gallo
""")

M(kind="client-reply-other", owner="giulia", frm=("Laura Pozzi", "laura@lacucinadilaura.it"),
  date="2026-11-13T22:05", inv="44/2026", amt="420.00", due="2026-11-10", step="reminder", qdays=1,
  client="Laura Pozzi", ckind="person", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Food blogger's glowing feedback on the English translation of her recipes and a request for a quote for the book; 'per la fattura ne parlo con mio marito, che tiene lui i conti' - neither paid nor a promise = other.",
  body="""
Ciao Giulia!

scusami se ti rispondo così tardi, ma sono appena rientrata dalla registrazione della puntata per la tv locale (sì, mi hanno chiamata davvero, ancora non ci credo) e ho visto solo ora il tuo messaggio.

Ti volevo dire che le ricette in inglese sono piaciute tantissimo: da quando le abbiamo pubblicate, il blog ha avuto un sacco di visite dagli Stati Uniti e dall'Australia, e una signora di Melbourne mi ha scritto che finalmente è riuscita a fare i tortellini come quelli di sua nonna, che era di Modena. Mi sono commossa. Tu hai avuto la pazienza di spiegare in inglese cosa vuol dire "quanto basta" e "tirare la sfoglia", e credo che sia proprio quello che ha fatto la differenza.

Adesso arriva la parte seria: una piccola casa editrice di Londra mi ha chiesto se voglio fare un libro, con cinquanta ricette della tradizione emiliana, le storie delle famiglie che me le hanno insegnate e le foto. Ovviamente vorrei che lo traducessi tu. Mi faresti un preventivo? Il testo italiano sarà di circa 60 mila battute, più le introduzioni ai capitoli.

Per la fattura ne parlo con mio marito, che tiene lui i conti di casa e del blog, io con i numeri sono un disastro. Lui rientra domenica da una trasferta.

Un abbraccio e grazie di tutto,
Laura
""")

M(kind="client-reply-other", owner="alessandra", frm=("Enrico Bianchi", "enrico.bianchi@bianchicomunicazione.it"),
  date="2026-12-07T18:02", inv="52/2026", amt="2196.00", due="2026-12-03", step="due",
  client="Bianchi Comunicazione srl", quote="gmail", client_app="apple", fmt="alt", enc="qp",
  L=dict(),
  note="Agency boss invites her to the Christmas dinner and talks about next year's clients; on the invoice only 'controllo con l'amministrazione e ti faccio sapere'. Checking, no claim and no promise = other.",
  body="""
Ciao Ale,

ti scrivo innanzitutto per invitarti alla cena di Natale dell'agenzia, venerdì 18 da Gilberto in via Mascarella, alle 20.30. Quest'anno facciamo le cose in grande perché abbiamo chiuso il bilancio meglio del previsto e ci sono anche i ragazzi di Milano. Mi fai sapere se ci sei entro mercoledì? Gilberto vuole i numeri precisi, altrimenti si offende.

Poi ti anticipo due cose per il 2027, così ti organizzi. Abbiamo vinto la gara per la comunicazione del consorzio del Parmigiano di montagna, e lì avrò bisogno di te per tutta la parte di illustrazione e packaging: parliamo di almeno tre mesi di lavoro tra febbraio e aprile. E poi c'è il cliente della cosmetica, che vuole rifare tutta la linea di flaconi: lì siamo ancora in fase di preventivo, ma se va in porto sarà un bel lavoro, con una buona tariffa.

Ah, ho visto il tuo sollecito della fattura di novembre. Scusami, non avevo idea che fosse ancora aperta, pensavo che Silvia l'avesse già messa in pagamento insieme alle altre. Controllo con l'amministrazione e ti faccio sapere, ma non preoccuparti.

Per il resto tutto bene, sono cotto ma contento. Ci vediamo al più tardi alla cena, così brindiamo a un anno che, tutto sommato, è andato bene per tutti e due.

Un abbraccio
Enrico

Enrico Bianchi
Direttore creativo - Bianchi Comunicazione
""")

# ==================================================================================================
# ESPAÑOL
# ==================================================================================================
M(kind="client-reply-paid", owner="lucia", frm=("Iñigo Etxeberria", "inigo@txokoberri.eus"),
  date="2026-11-26T16:45", inv="2026-078", amt="2420.00", due="2026-11-20", step="reminder",
  client="Txoko Berri S.L.", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(reference="2026-078"),
  note="Restaurant-opening update (menus, signage, staff uniforms, a chef's tantrum); in the middle: 'la transferencia de la factura 2026-078 ya está hecha desde el lunes'.",
  body="""
Hola Lucía:

Perdona que te conteste tan tarde, pero estamos a diez días de abrir y esto es una locura. Te pongo al día de todo, que hay novedades.

Las cartas ya están en imprenta y las pruebas han quedado preciosas; el papel que elegiste con el gofrado del logo queda elegantísimo, y Mikel (el chef) dice que por fin una carta que no parece de asador de carretera. El rótulo de la fachada lo montan el miércoles si no llueve, que aquí en Donosti es mucho decir. Las camisetas del personal de sala llegaron con el logo torcido, pero eso es culpa del proveedor, no tuya, y ya las están repitiendo.

Por cierto, la transferencia de la factura 2026-078 ya está hecha desde el lunes, así que te tiene que haber llegado o estar a punto. Si no lo ves, dímelo y lo miro con el banco, que con el cambio de cuenta a la de la sociedad alguna cosa se nos ha quedado colgada.

Ahora la parte que te interesa: para la inauguración del día 5 queremos hacer unas invitaciones impresas (unas 150) y un cartelito para la barra con los pintxos del día, que cambian cada semana. ¿Podrías hacernos una plantilla que podamos rellenar nosotros con el Word o con Canva? No queremos molestarte cada lunes con cuatro pintxos.

Y si te animas, estás invitada a la inauguración, claro. Trae a quien quieras.

Un abrazo muy fuerte,
Iñigo

--
Iñigo Etxeberria
Txoko Berri - Parte Vieja, Donostia
""")

M(kind="client-reply-paid", owner="jordi", frm=("Gestoría Martínez Asesores", "admin@gestoriamartinez.es"),
  date="2026-12-17T12:40", inv="F-2026-131", amt="605.00", due="2026-12-10", step="reminder",
  client="Panadería La Espiga S.L.", quote="outlook", client_app="outlook", fmt="plain", enc="qp",
  charset="iso-8859-1", re="RE:",
  L=dict(),
  note="The client's tax adviser, year-end housekeeping (modelo 347, certificate of withholdings, new e-mail for invoices); 'os hemos pagado las dos facturas pendientes el día 14'. Paid (two invoices, not named one by one, so no reference).",
  body="""
Buenos días, Jordi:

Le escribimos desde la Gestoría Martínez, que lleva la contabilidad de Panadería La Espiga desde el pasado mes de septiembre. Nuestro cliente nos ha hecho llegar su recordatorio y aprovechamos para ponernos en contacto con usted, ya que a partir de ahora seremos nosotros quienes gestionemos los pagos a proveedores.

Le informamos de que el día 14 de diciembre les hemos pagado las dos facturas que constaban como pendientes en nuestros registros, la del reportaje de las tiendas y la de las fotografías de producto para la web, mediante transferencia desde la cuenta de la sociedad en Ibercaja. Si necesita el justificante, no dude en pedírnoslo.

Asimismo, le rogamos que tenga en cuenta lo siguiente para el próximo ejercicio:

1. A efectos del modelo 347, le agradeceríamos que nos confirmara el total facturado a la sociedad durante 2026, para cuadrar los importes antes del cierre.
2. Las facturas deberán enviarse a partir de enero a la dirección facturas.laespiga@gestoriamartinez.es, indicando en el asunto el nombre del establecimiento.
3. Si aplica retención de IRPF en sus facturas, le rogamos que nos lo indique para que podamos emitirle el certificado anual de retenciones en enero.

Quedamos a su disposición para cualquier aclaración. Reciba un cordial saludo y nuestros mejores deseos para las próximas fiestas.

Rosa Martínez Lahoz
Gestoría Martínez Asesores
Paseo de la Independencia 21, 3.º - 50001 Zaragoza

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. En cumplimiento del Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos se tratan con la finalidad de gestionar la relación profesional.
""")

M(kind="client-reply-paid", owner="lucia", frm=("Martín Gutiérrez", "martin@estudiopampa.com.ar"),
  tz="America/Argentina/Buenos_Aires",
  date="2027-01-15T11:20", inv="2026-093", amt="980.00", cur="USD", due="2027-01-10", step="due",
  client="Martín Gutiérrez", ckind="person", quote="gmail", client_app="gmail", fmt="plain", enc="8bit",
  L=dict(amount="980.00", currency="USD"),
  note="Argentine client in voseo, summer in Buenos Aires, a new project; 'te mandé los 980 dólares por Wise el jueves'. Amount in USD.",
  body="""
¡Hola Lucía! ¿Cómo andás?

Perdoná la demora en contestarte, estuve diez días en la costa con la familia, en Villa Gesell, y me prometí no abrir el mail ni una vez. Cumplí, lo cual es un milagro para mí. Acá hace un calor tremendo, 36 grados a la sombra, así que te envidio un poco ese frío madrileño que me contabas.

Te cuento que la identidad que armaste para la cervecería quedó espectacular. Los chicos ya mandaron a imprimir las etiquetas de las tres variedades y la IPA con el carpincho se está vendiendo como pan caliente, la gente la compra solo por la etiqueta, te juro. Un distribuidor de Córdoba nos pidió la ficha técnica con las imágenes, así que seguramente te escribamos para armar algo más prolijo, tipo catálogo chico.

Lo del pago: te mandé los 980 dólares por Wise el jueves, me dijo que llegaba en uno o dos días hábiles, así que fijate si ya lo tenés. Si Wise te cobró alguna comisión rara avisame y lo vemos, que con los controles de acá nunca se sabe.

Otra cosa: en marzo lanzamos una edición especial para el aniversario, con una lata en vez de botella. ¿Te animás a diseñarla? Sería una sola lata, pero con un diseño que se pueda adaptar después a otras ediciones limitadas. Te paso el brief la semana que viene.

Un abrazo grande y gracias de nuevo,
Martín
""")

M(kind="client-reply-paid", owner="jordi", frm=("Yaiza Hernández", "direccion@hotelmontanaroja.com"),
  tz="Atlantic/Canary",
  date="2026-12-01T09:12", inv="F-2026-127", amt="1450.00", due="2026-11-25", step="reminder",
  client="Hotel Montaña Roja S.L.", quote="outlook", client_app="outlook", fmt="alt", enc="qp",
  L=dict(),
  note="Lanzarote hotel manager (Canary time zone): the photos are on the new website; 'Ya te la abonamos, la tienes en la cuenta desde el viernes', then a question about charging IGIC instead of IVA next time. Paid; the tax remark is for future invoices, not a contest.",
  body="""
Buenos días, Jordi:

Ya te la abonamos, la tienes en la cuenta desde el viernes. Perdona el retraso, pero nos pilló en plena auditoría de la cadena y la administración estuvo una semana sin firmar nada que no fuera urgente.

Te cuento, porque sé que te hace ilusión: las fotos ya están en la web nueva y el cambio es brutal. Las de la piscina al atardecer con el volcán de fondo las ha usado la central para la campaña de invierno en Alemania y Reino Unido, y el director regional preguntó quién las había hecho. Le pasé tu contacto, así que igual te llaman para los otros dos hoteles del grupo en Fuerteventura.

Una cosa para las próximas facturas: aquí en Canarias no se aplica IVA sino IGIC, y en la tuya venía el IVA al 21 %. Esta vez la hemos pagado así para no liarla más, porque nuestra gestoría dice que ya lo regularizan ellos, pero para las siguientes, si trabajas para nosotros o para los hoteles de Fuerteventura, ponlo como operación no sujeta o consulta con tu gestor cómo hacerlo. Yo de esto sé lo justo.

Por último, en febrero inauguramos el nuevo restaurante en la azotea y nos gustaría tener fotos del espacio y de los platos antes de la apertura, hacia el 10 o 12 de febrero. ¿Tendrías disponibilidad? Te pagamos el vuelo y el alojamiento, como la otra vez.

Un abrazo y gracias de nuevo,

Yaiza Hernández
Directora
Hotel Montaña Roja - Playa Blanca, Lanzarote
""")

M(kind="client-reply-paid", owner="lucia", frm=("Álvaro Ruiz", "alvaro.ruiz@ruizyasociados.es"),
  date="2027-01-20T19:33", inv="2026-088", amt="1815.00", due="2027-01-15", step="due", re="RV:",
  client="Ruiz y Asociados Abogados", quote="none", client_app="gmail", fmt="plain", enc="qp",
  thread=False, L=dict(amount="1815.00", reference="2026-088"),
  note="Lawyer forwards his bank's transfer confirmation ('Te reenvío el justificante... ahí lo tienes') inside a long mail about a new office and a new brief. Paid; amount and invoice number come from the receipt he forwards as his own evidence. A forward, not a reply: subject 'RV:' of the bank mail, no In-Reply-To.",
  subject="RV: Transferencia realizada - Banco Sabadell",
  body="""
Hola Lucía:

Te reenvío el justificante de la transferencia de la factura de diciembre, que me dice tu sistema que no te consta. Ahí lo tienes: la hicimos el 14, así que debería haber llegado hace días. Si aun así no la ves, dime y llamo al banco, porque entonces algo raro pasa.

Y ya que te escribo, te cuento lo que tenemos entre manos, que te va a interesar. En marzo nos mudamos a la nueva oficina de la calle Velázquez y queremos aprovechar para renovar todo lo que tiene que ver con la imagen del despacho: papelería, tarjetas, la placa de la entrada y, sobre todo, la web, que tiene ya ocho años y se nota. Mi socia, Elena, quiere además que hagamos un pequeño boletín trimestral para clientes con novedades legislativas, y que tenga un diseño que no dé sueño, cosa difícil en nuestro sector.

¿Podríamos vernos la semana que viene para hablarlo con calma? Te propongo el martes o el jueves a última hora, en el despacho o donde te venga mejor. Trae ideas, que nosotros de diseño no sabemos nada, solo sabemos lo que no nos gusta.

Un saludo,
Álvaro

---------- Mensaje reenviado ---------
De: Banco Sabadell <notificaciones@bancsabadell.com>
Fecha: jue, 14 ene 2027 a las 10:02
Asunto: Transferencia realizada
Para: <alvaro.ruiz@ruizyasociados.es>

Le confirmamos que se ha realizado la siguiente operación:

Tipo: Transferencia SEPA
Fecha de ejecución: 14/01/2027
Importe: 1.815,00 EUR
Cuenta de cargo: ES12 0081 **** **** **** 4410
Beneficiario: LUCIA MARTIN
IBAN beneficiario: ES91 2100 0418 4502 0005 1332
Concepto: FACTURA 2026-088

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
""")

M(kind="client-reply-paid", owner="lucia", frm=("Carmen Soler", "carmensoler.bcn@hotmail.com"),
  date="2026-12-24T13:05", inv="2026-091", amt="180.00", due="2026-12-20", step="reminder",
  client="Carmen Soler", ckind="person", quote="gmail", client_app="android", fmt="plain", enc="qp",
  L=dict(amount="180.00"),
  note="Christmas Eve ramble (family dinner, daughter's bakery opening with the logo Lucía made); the very last line: 'Te acabo de hacer el Bizum de los 180, ¡Bizum hecho! 😉'. Paid, amount 180.",
  body="""
¡Hola guapa!

Feliz Navidad!! Te escribo desde la cocina de mi madre, con tres cazuelas al fuego y mi cuñado preguntando cada cinco minutos a qué hora se cena, así que perdona si esto sale desordenado.

Primero, mil gracias por el logo de la pastelería de Irene. Abrió el sábado y fue un exitazo, hubo cola en la puerta toda la mañana y se quedaron sin roscones a las doce. La gente le hacía fotos al escaparate con el vinilo que diseñaste, y una señora le preguntó si el dibujo de la magdalena con gafas era "de una artista famosa". Le dijo que sí, claro 😂 Irene está feliz y quiere que le hagas también las cajas para la campaña de San Valentín, pero eso ya te lo contará ella después de Reyes, que ahora no tiene ni tiempo para dormir.

Siento muchísimo el retraso con tu factura, se me había pasado completamente entre la mudanza de Irene, las cenas de empresa y los regalos. Tu mensaje me lo ha recordado en el mejor momento, porque estaba con el móvil en la mano mirando el Bizum del amigo invisible.

Te deseo unas fiestas preciosas con los tuyos, y un 2027 lleno de proyectos bonitos (y de clientes que paguen a tiempo, no como yo).

Besos enormes,
Carmen

PD: Te acabo de hacer el Bizum de los 180, ¡Bizum hecho! 😉

Enviado desde mi Android
""")

M(kind="client-reply-paid", owner="lucia", frm=("Beatriz Ortega", "administracion@ceramicastalavera.es"),
  date="2026-12-10T10:28", inv="2026-066", amt="968.00", due="2026-11-30", step="late_fee", deadline="2026-12-18",
  days_late=10, client="Cerámicas Talavera S.L.", quote="outlook", client_app="outlook", fmt="html", enc="qp",
  L=dict(reference="2026-066"),
  note="New accounts clerk introduces herself, explains the catalogue project from her side; 'he visto que la 2026-066 se pagó el 2 de diciembre, pero por error con el concepto de otra factura (la 2026-073)'. Paid, with a wrong payment reference explained.",
  body="""
Buenos días, Lucía:

Me llamo Beatriz Ortega y desde el 1 de diciembre me encargo de la administración de Cerámicas Talavera, en sustitución de Julián, que se ha jubilado después de treinta y un años en la empresa (le hicimos una despedida muy emotiva y, por cierto, usamos la tarjeta que diseñaste para el aniversario, que él tiene enmarcada en el despacho).

Estoy revisando todos los pendientes de proveedores y me he encontrado con su recordatorio. He visto que la 2026-066 se pagó el 2 de diciembre, pero por error con el concepto de otra factura suya, la 2026-073, que todavía no nos ha llegado a vencimiento. Supongo que por eso su sistema no la ha identificado. Le ruego que lo compruebe y, si le parece bien, consideramos la 2026-066 como pagada y la 2026-073 queda pendiente para su vencimiento de enero.

Aprovecho también para pedirle que a partir de ahora me envíe las facturas directamente a este correo, con copia a la dirección de compras, porque Julián lo tenía todo en papel y estamos intentando digitalizarlo.

Por último, la gerencia me pide que le pregunte si tendría disponibilidad en febrero para el catálogo de la nueva colección de azulejos: son unas 60 piezas nuevas y querríamos tenerlo listo para la feria de Valencia.

Muchas gracias y un saludo cordial,

Beatriz Ortega
Administración
Cerámicas Talavera S.L.
""")

M(kind="client-reply-paid", owner="jordi", frm=("Sergio Blanco", "sergio@nubbe.io"),
  date="2027-02-08T22:16", inv="F-2027-004", amt="1210.00", due="2027-02-01", step="reminder",
  client="Nubbe Labs S.L.", quote="gmail", client_app="gmail", fmt="plain", enc="8bit",
  L=dict(),
  note="Startup co-founder, late at night, long about the funding round and a new product shoot; hedged: 'creo que mi socio ya la pagó la semana pasada, al menos eso me dijo; si no te ha llegado dímelo'. A relayed, hedged paid claim: labelled paid.",
  body="""
Ey Jordi, ¿qué tal?

Perdona que no te haya contestado antes, esta semana ha sido de locos. Te cuento rápido porque hay mucho: hemos cerrado la ronda. Seiscientos mil euros con un fondo de Barcelona y dos business angels, y las fotos que hiciste del equipo y del producto salieron en el deck y en la nota de prensa. Nuestro CEO dice que parecemos una empresa seria gracias a ti, lo cual ya es mucho decir viendo cómo tenemos la oficina.

Sobre la factura: creo que mi socio ya la pagó la semana pasada, al menos eso me dijo el jueves cuando hablamos de los pagos pendientes. Yo no tengo acceso al banco de la empresa, lo lleva él todo, así que no te lo puedo confirmar al cien por cien. Si no te ha llegado dímelo y le pregunto, que ahora mismo está en Londres con los inversores y contesta a los mensajes a las tantas.

Y ahora lo importante: en marzo lanzamos la versión 2 del dispositivo y queremos hacer una sesión de producto en estudio, con fondo blanco y también algunas fotos de uso real, en una casa, con gente. ¿Tienes algún día libre entre el 8 y el 19 de marzo? Seríamos flexibles. También necesitamos fotos nuevas del equipo, porque hemos pasado de cuatro a once personas y las de la web ya no sirven.

Un abrazo y gracias por todo,
Sergio
""")

M(kind="client-reply-paid", owner="lucia", frm=("Nuria Peris", "hola@lacasitadenuria.com"),
  date="2026-11-30T18:50", inv="2026-074", amt="435.60", due="2026-11-25", step="reminder",
  client="La Casita de Nuria", quote="apple", client_app="apple", fmt="plain", enc="qp",
  L=dict(),
  note="Online shop owner venting about a courier that lost a pallet and Black Friday chaos; one line: 'Lo tuyo está pagado desde el día 20, eso sí'. Paid (the complaint is about the courier).",
  body="""
Hola Lucía,

Perdona que te conteste a estas horas, pero llevo todo el día al teléfono con la empresa de transportes y estoy que echo humo. Te cuento porque me tienes que oír alguien: el martes mandamos un palé con 300 pedidos del Black Friday y ha desaparecido. No está en el almacén de origen, no está en el de destino y, según el chico del teléfono, "está en tránsito", que por lo visto es un lugar mágico donde van las cosas que se pierden. Tengo a trescientos clientes escribiéndome por Instagram y a mí me dan ganas de llorar.

Lo tuyo está pagado desde el día 20, eso sí, que ya sé que me lo preguntas por el recordatorio. Lo hice el mismo día que te mandé las fotos nuevas de las tazas, quizá tardó un poco más porque era desde la cuenta de la tienda y esa va a su ritmo.

Las etiquetas nuevas, por cierto, han gustado muchísimo. Varias clientas me han escrito solo para decir que el paquete "daba pena abrirlo de lo bonito". Si todo esto del palé se soluciona, en enero quiero hacer la colección de primavera y necesitaré tarjetas, pegatinas y unas fotos de producto con el mismo estilo.

Gracias por la paciencia, de verdad. Ahora me voy a preparar una tila.

Nuria

La Casita de Nuria
Valencia
""")

M(kind="client-reply-paid", owner="jordi", frm=("Mariana Castillo", "mariana.castillo@eventosaurora.mx"),
  tz="America/Mexico_City",
  date="2027-01-28T15:05", inv="F-2027-002", amt="2800.00", due="2027-01-20", step="reminder",
  client="Eventos Aurora S.A. de C.V.", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(),
  note="Mexican event planner (Mexico City time zone): the destination wedding in Oaxaca, the couple's delight, a new booking; 'ya quedó el pago, te lo deposité ayer por transferencia internacional'. Paid.",
  body="""
Hola Jordi, ¿qué tal todo por Barcelona?

Te escribo ya más tranquila, porque estas semanas han sido una locura con las bodas de enero, que aquí son temporada alta. Quería contarte que los novios de Oaxaca quedaron fascinados con las fotos. La mamá de la novia lloró cuando vio el álbum, y ya nos pidieron que les recomendemos a alguien para la boda de la hermana en noviembre. Obvio les dije que a ti, aunque tengas que cruzar el charco otra vez.

Te cuento también que la organización del día fue una odisea que ahora nos da risa: el mezcal para el brindis llegó tarde porque el camión se quedó atorado en la sierra, la banda de Juchitán tocó dos horas más de lo acordado porque los invitados no los dejaban irse, y la tía de la novia se empeñó en que la foto de familia se hiciera con los 180 invitados juntos, en la escalinata de la iglesia. Tú lo resolviste con una paciencia de santo, subido en la barda, y esa foto es ahora la que la familia mandó imprimir en grande para la casa de Oaxaca. Los novios dicen que es su favorita, más que las de ellos solos.

Ya quedó el pago, te lo deposité ayer por transferencia internacional desde la cuenta de la empresa. Me dijo el banco que tarda entre dos y cuatro días en reflejarse en España, así que igual todavía no lo ves. Perdóname la demora, pero la contadora estuvo de vacaciones hasta el 15 y nadie más puede autorizar pagos al extranjero. Ahorita te mando el comprobante en cuanto me lo pase.

Lo de la boda de noviembre va en serio: es el 14, en una hacienda en San Miguel de Allende, unos 250 invitados. Si te late, te mando los detalles y vemos fechas de viaje. Nosotros cubrimos vuelo y hotel, como la vez pasada, y si quieres venir unos días antes para hacer fotos del lugar, mejor.

Un abrazo muy fuerte y mil gracias otra vez,
Mariana

Mariana Castillo
Directora - Eventos Aurora
Ciudad de México
""")

M(kind="client-reply-promise", owner="lucia", frm=("Administración Grupo Riojano", "administracion@gruporiojano.com"),
  date="2027-01-12T09:55", inv="2026-095", amt="3025.00", due="2026-12-31", step="reminder",
  client="Grupo Alimentario Riojano S.A.", quote="outlook", client_app="outlook", fmt="alt", enc="b64", re="RE:",
  L=dict(promised_date="2027-01-25", reference="2026-095"),
  note="Long note on the group's ERP migration (new supplier codes, SII, order numbers); one sentence: 'su factura 2026-095 ya está aprobada y entra en la remesa del 25'. Sent 12 Jan -> 2027-01-25.",
  body="""
Estimada Lucía:

Le respondemos en nombre del departamento de Administración del Grupo Alimentario Riojano. Ante todo, le pedimos disculpas por el retraso, que no se debe a ningún problema con su trabajo, sino a la migración de nuestro sistema contable al nuevo ERP, que ha coincidido con el cierre del ejercicio y que nos ha tenido prácticamente paralizados durante las dos primeras semanas de enero.

Le explicamos brevemente los cambios que le afectan como proveedora:

- A cada proveedor se le ha asignado un nuevo código (el suyo es P-04417), que le rogamos que indique en todas las facturas a partir de ahora.
- Todas las facturas deberán llevar el número de pedido que le facilitará el departamento de Marketing antes de cada encargo; sin él, el sistema no las admite.
- Los pagos se realizan mediante dos remesas mensuales, los días 10 y 25, o el siguiente día hábil si coinciden en festivo.

En cuanto a su recordatorio, le confirmamos que su factura 2026-095 ya está aprobada y entra en la remesa del 25, junto con el resto de facturas de diciembre que quedaron retenidas por la migración.

Aprovechamos para transmitirle la felicitación del equipo de Marketing por el diseño de las nuevas etiquetas de la gama de conservas, que han tenido muy buena acogida en la feria de Madrid.

Reciba un cordial saludo,

Departamento de Administración
Grupo Alimentario Riojano S.A.
Polígono La Portalada II, 26006 Logroño

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. De acuerdo con el RGPD, le informamos de que sus datos de contacto forman parte de un fichero titularidad de Grupo Alimentario Riojano S.A.
""")

M(kind="client-reply-promise", owner="lucia", frm=("Pepe Morales", "bodegonelcompas@gmail.com"),
  date="2026-11-17T17:40", inv="2026-072", amt="544.50", due="2026-11-10", step="reminder",
  client="Pepe Morales", ckind="person", quote="gmail", client_app="android", fmt="plain", enc="8bit",
  L=dict(promised_date="2026-11-30"),
  note="Andalusian bar owner ('quilla', 'miarma', no accents in places), chatty about the new menus and a football team sponsorship; 'hasta final de mes no puedo' = promise for the last day of November.",
  body="""
Quilla Lucia que arte tienes!!

Te escribo desde el bar que ahora a media tarde esta tranquilo, que por la mañana con los desayunos no paro. Las cartas nuevas estan puestas desde el viernes y la gente flipa, un guiri me pidio una para llevarsela de recuerdo y se la regale, que le vamos a hacer, era de Manchester y decia que en su pueblo no hay nada tan bonito. Mi mujer dice que ahora el bar parece de los de la calle Feria, de los modernos, y que hay que subir los precios. Yo no subo na, que mis clientes de toda la vida me matan.

Oye lo de la factura, ya se que me lo has mandado dos veces y tienes razon, pero te voy a ser sincero miarma: este mes he tenido que pagar la cafetera nueva, que la vieja se murio en plena feria de otoño, y el seguro del local, y voy justito justito. Hasta final de mes no puedo, pero a final de mes te lo pago todo junto, eso no lo dudes, que yo soy de palabra y aqui en el barrio lo sabe todo el mundo.

Y en enero el bar cumple veinte años, que se dice pronto. Lo abrio mi padre en el 2007, con la crisis encima, y todo el mundo le decia que estaba loco, que quien iba a abrir un bar en esta calle. Pues aqui seguimos. Queremos hacer una fiestecita el ultimo sabado de enero con flamenquito y una tapa de regalo a los clientes de siempre, y habia pensado en un cartel y unas pegatinas con el logo y un 20 grande. Si me dices lo que cuesta lo vamos viendo, pero eso ya para enero, cuando este mas desahogado.

Otra cosa, que el equipo de futbol de mi sobrino, el Atletico Cerro, me ha pedido que les patrocine las camisetas y quieren el logo del bar en el pecho. Se puede sacar el logo en un color solo? Porque el que me hiciste tiene tres colores y dicen que asi sale mas caro de estampar.

Un abrazo grande y pasate por aqui cuando vengas a Sevilla que te invito a unas tostas,
Pepe

Bodegon El Compas
""")

M(kind="client-reply-promise", owner="jordi", frm=("Rocío Navarro", "rocio.navarro.g@gmail.com"),
  date="2026-12-03T21:15", inv="F-2026-129", amt="1800.00", due="2026-11-30", step="due", qdays=3,
  client="Rocío Navarro", ckind="person", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(promised_date="2026-12-07"),
  note="Bride writes at length about watching the wedding photos with her family, her grandmother, the honeymoon; the payment sentence in the middle: 'el lunes sin falta te hago la transferencia'. Thursday 3 Dec -> Monday 7 Dec.",
  body="""
Hola Jordi:

Te escribo todavía con los ojos hinchados, porque ayer por la noche nos juntamos toda la familia en casa de mis padres para ver la galería de la boda y no quedó nadie sin llorar. Mi abuela, que tiene 94 años y no pudo quedarse al baile, vio por primera vez las fotos del final de la fiesta, la de mi tío Paco bailando el pasodoble con la tía Encarna, y se rió tanto que se le cayeron las gafas. Gracias, de verdad. Has captado justo lo que queríamos: no las poses, sino a la gente.

Te cuento que ya volvimos de Japón. Fue un viaje precioso, aunque Dani se empeñó en hacerte la competencia con el móvil y tenemos cuatro mil fotos de templos, casi todas torcidas. Cuando tengamos un rato nos gustaría encargarte el álbum impreso, el grande de lino que nos enseñaste, y dos pequeños para nuestras madres. ¿Nos puedes mandar precios y plazos?

Sobre la factura, perdona el retraso. Con el viaje y la vuelta al trabajo se nos pasó por completo, y además la cuenta conjunta todavía no la tenemos operativa en el banco nuevo. El lunes sin falta te hago la transferencia desde mi cuenta y ya lo arreglamos entre nosotros.

Y una última cosa: ¿nos dejarías usar un par de fotos para la felicitación de Navidad? Serían solo para la familia, nada público.

Un abrazo enorme de los dos,
Rocío
""")

M(kind="client-reply-promise", owner="lucia", frm=("Raúl Domínguez", "raul.dominguez@ecohuerta.es"),
  date="2027-02-17T13:22", inv="2027-006", amt="726.00", due="2027-02-12", step="due",
  client="Ecohuerta Cooperativa", quote="apple", client_app="apple", fmt="plain", enc="qp",
  L=dict(promised_date="2027-02-18"),
  note="Organic cooperative: feedback on box labels, a list of questions on the spring campaign; the last sentence: 'Ah, y mañana te hago la transferencia, que hoy no llego al banco'. Wednesday 17 Feb -> 18 Feb.",
  body="""
Buenas, Lucía:

Te escribo con varias cosas pendientes, a ver si las resolvemos de una vez.

Las etiquetas de las cajas de verdura han funcionado muy bien. Los socios de la cooperativa estaban un poco escépticos con el cambio de colores, pero los clientes lo han notado y varios nos han escrito para decir que ahora se entiende mejor qué hay en cada caja y de qué finca viene. Eso era justo lo que buscábamos.

Para la campaña de primavera tenemos algunas dudas y te las pongo en lista para que no se me olvide ninguna:

1. ¿Podemos usar las mismas ilustraciones de las verduras para los carteles de los mercados de los sábados, o habría que adaptarlas al formato vertical?
2. Nos gustaría hacer una tarjeta con recetas de temporada para meter en cada caja. ¿Cuánto costaría diseñar una plantilla que luego podamos rellenar nosotros cada mes?
3. La web de pedidos la lleva otra persona, pero nos pide los logos en SVG. ¿Nos los puedes pasar?
4. ¿Te parece bien que pongamos tu nombre en el pie de los carteles? Algunos socios lo han propuesto, como reconocimiento.

Por cierto, perdona el retraso con la factura: la tesorera está de baja y hemos tardado en organizarnos con las firmas. Ah, y mañana te hago la transferencia, que hoy no llego al banco antes de que cierre.

Gracias por todo,
Raúl
Ecohuerta Cooperativa - Vega de Granada
""")

M(kind="client-reply-promise", owner="jordi", frm=("Fundación Arte Joven", "gestion@fundacionartejoven.org"),
  date="2026-12-15T11:10", inv="F-2026-133", amt="2178.00", due="2026-12-10", step="due",
  client="Fundación Arte Joven", quote="outlook", client_app="outlook", fmt="plain", enc="qp",
  L=dict(),
  note="Foundation's coordinator: exhibition photos, catalogue, board meeting, next year's programme; 'la abonaremos a primeros de año, en cuanto el patronato apruebe el presupuesto'. Promise, vague date ('a primeros de año').",
  body="""
Estimado Jordi:

Gracias por su mensaje y disculpe la demora en responder. Estas semanas han sido especialmente intensas en la Fundación, con la clausura de la exposición "Jóvenes miradas" y la preparación de la memoria anual que presentamos al patronato el próximo día 21.

Queremos aprovechar para agradecerle el reportaje de la exposición. Las fotografías de las piezas y del montaje se han incorporado ya al catálogo digital, y las de la inauguración, con los artistas y el público, han tenido una repercusión muy buena en redes sociales y en la prensa local. Varios de los artistas nos han preguntado si podían utilizarlas en sus portafolios; les hemos dicho que se pongan en contacto con usted para las condiciones de uso, tal y como acordamos.

En relación con la factura, le explico la situación: nuestra tesorería funciona por ejercicios, y el presupuesto de 2026 quedó agotado con los gastos de la exposición, que superaron lo previsto. La abonaremos a primeros de año, en cuanto el patronato apruebe el presupuesto de 2027 y se libere la partida de comunicación. Lamentamos no poder hacerlo antes y le agradecemos de antemano su comprensión.

Para 2027 tenemos previstas tres exposiciones y un ciclo de talleres, y nos gustaría seguir contando con usted para la documentación fotográfica. Le enviaremos el calendario en cuanto esté cerrado.

Reciba un cordial saludo,

Laura Giménez
Coordinadora de Proyectos
Fundación Arte Joven - Barcelona
""")

M(kind="client-reply-promise", owner="lucia", frm=("Asociación de Vecinos Barrio del Pilar", "avvbarriodelpilar@gmail.com"),
  date="2026-11-20T20:00", inv="2026-076", amt="400.00", due="2026-11-15", step="reminder",
  client="Asociación de Vecinos Barrio del Pilar", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Neighbourhood association's treasurer: the festival posters, the Christmas food bank, an assembly; 'en cuanto cobremos la subvención del distrito te pagamos, que ya nos la han concedido'. Conditional promise, no date.",
  body="""
Hola Lucía:

Soy Fernando, el tesorero de la asociación. Te escribo yo porque Maite, la presidenta, está con lo de la recogida de alimentos de Navidad y no da abasto.

Primero, darte las gracias en nombre de toda la junta por los carteles de las fiestas del barrio. Fueron los más bonitos que hemos tenido nunca, y eso que llevamos haciendo fiestas desde el 82. La gente los quitaba de las farolas para llevárselos a casa, que no sabemos si es buena o mala señal, pero nos lo tomamos como un piropo. El concurso de tortillas batió récord de participación, y la chocolatada, igual.

Ahora te explico lo de la factura, que me da un poco de vergüenza. La asociación funciona con las cuotas de los socios y con la subvención de la Junta de Distrito, que este año nos han concedido pero que todavía no nos han ingresado. Con las cuotas pagamos el local y la luz, y poco más. Así que en cuanto cobremos la subvención del distrito te pagamos, que ya nos la han concedido y es cuestión de papeles. Nos dicen que antes de fin de año, pero con la administración nunca se sabe.

Otra cosa: el 12 de diciembre tenemos asamblea y queremos proponer hacer un calendario solidario para 2027 con fotos de los comercios del barrio. ¿Te interesaría diseñarlo? Lo hablamos con calma.

Un abrazo,
Fernando Ibáñez
Tesorero AVV Barrio del Pilar
""")

M(kind="client-reply-promise", owner="jordi", frm=("Montse Ferrer", "montse@ferrerinteriors.cat"),
  date="2026-12-22T17:30", inv="F-2026-136", amt="1331.00", due="2026-12-18", step="due",
  client="Ferrer Interiors S.L.", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(promised_date="2027-01-10"),
  note="Interior designer, Catalan-tinged Spanish, holiday plans and a long list of spring shoots; 'te lo pago el 10 de enero, cuando vuelva' - explicit date.",
  body="""
Hola Jordi, bon dia!

Perdona que te conteste tan tarde, estos días hemos estado cerrando dos obras a la vez, el piso de la calle Enric Granados y la casa de Cadaqués, y no he tenido ni un minuto para nada que no fueran baldosas y fontaneros. Mañana cierro el estudio y me voy a la Cerdanya con la familia hasta después de Reyes, y te prometo que no pienso abrir el portátil.

Las fotos del piso de Sant Gervasi han quedado espectaculares. La clienta está encantada y nos ha dado permiso para publicarlas, así que en enero irán a la web y las mandaremos a un par de revistas. Una de ellas, la de interiorismo que te comenté, ya nos ha dicho que le interesa, así que igual te piden alguna foto en más resolución.

Sobre la factura, tienes toda la razón y perdona. Con el cierre de año se me ha juntado todo. Te lo pago el 10 de enero, cuando vuelva, que es cuando vuelvo a tener acceso a la firma de la cuenta del estudio; la tengo con el token del banco que se queda aquí, en la oficina.

Para la primavera tengo tres proyectos que querría documentar: la casa de Cadaqués (mejor en abril, con buena luz), una tienda de ropa en el Born y la reforma de un restaurante en Girona. Cuando vuelva lo miramos con calendario.

Bon Nadal i bon any nou!
Montse

Ferrer Interiors - Barcelona
""")

M(kind="client-reply-promise", owner="lucia", frm=("Gonzalo Prieto", "gonzalo@prietoferias.com"),
  date="2027-01-05T12:48", inv="2026-090", amt="1936.00", due="2026-12-28", step="reminder",
  client="Prieto Ferias y Eventos S.L.", quote="outlook", client_app="outlook", fmt="alt", enc="qp",
  L=dict(reference="2026-090"),
  note="Two invoices: 'la 2026-081 te la he pagado esta mañana' (not the one reminded) and 'la 2026-090 te la pago en cuanto me paguen los de la feria de Valladolid'. Paid one + promise for the other = promise; vague, so no date.",
  body="""
Hola Lucía, feliz año:

Te escribo con el turrón todavía en el estómago y la mesa llena de papeles. Te pongo al día de cómo nos fue diciembre y de lo que tenemos por delante, porque hay bastante.

La feria de artesanía de Valladolid salió muy bien, con casi cuarenta mil visitantes en cuatro días, y los expositores quedaron muy contentos con la señalética y el plano que diseñaste. El único problema fueron los vinilos del suelo, que con la lluvia se despegaron el segundo día, pero eso fue cosa de la imprenta y ya les he reclamado.

Con las facturas, te cuento cómo está la cosa: la 2026-081, la del diseño de los stands, te la he pagado esta mañana, así que ya la tienes o la tendrás mañana. La 2026-090 te la pago en cuanto me paguen los de la feria de Valladolid, que como organizadores nos deben todavía la liquidación y sin eso voy muy justo de tesorería. Espero que sea pronto, porque me han dicho que ya está firmada, pero ya sabes cómo van estas cosas con las entidades públicas.

Para 2027 tenemos confirmadas tres ferias: Burgos en marzo, León en mayo y otra vez Valladolid en diciembre. Me gustaría que llevaras tú toda la imagen, con una línea común que se pueda adaptar a cada ciudad. ¿Te parece que nos veamos la semana que viene y lo hablamos?

Un abrazo,
Gonzalo Prieto
Prieto Ferias y Eventos
""")

M(kind="client-reply-promise", owner="jordi", frm=("Hugo Sanz", "hugo@sanzmobiliario.com"),
  date="2026-11-10T10:35", inv="F-2026-121", amt="990.00", due="2026-11-05", step="due",
  client="Sanz Mobiliario S.L.", quote="gmail", client_app="thunderbird", fmt="plain", enc="qp",
  L=dict(promised_date="2026-11-13"),
  note="Furniture maker: catalogue photos, a fire in the workshop next door, a new collection; hedged: 'intentaré hacerlo esta semana, el viernes como muy tarde'. Tuesday 10 Nov -> by Friday 13 Nov.",
  body="""
Hola Jordi:

Te contesto rápido entre una cosa y otra, porque esta semana ha sido movida. El sábado hubo un incendio en la nave de al lado, la de los tapiceros, y aunque a nosotros no nos llegó el fuego, el humo lo ha dejado todo perdido y llevamos tres días limpiando y revisando maderas. Por suerte no hubo heridos y el seguro parece que va a responder, pero ya te imaginas el panorama.

Las fotos del catálogo quedaron muy bien. Las de la mesa de nogal con la luz de la tarde son las que más han gustado al comercial de Francia, que quiere usarlas para la feria de París de enero. ¿Nos puedes mandar esas cuatro en la máxima resolución? Creo que son la 14, la 15, la 22 y la 31 de la galería, pero si no, las marco y te las paso.

Lo de la factura, tienes razón, se me pasó con todo este lío. Intentaré hacerlo esta semana, el viernes como muy tarde, que es cuando viene la gestora y firmamos los pagos juntos.

Y te adelanto que para febrero tendremos lista la colección nueva, la de roble y hierro. Son doce piezas y queremos fotos en estudio y algunas ambientadas, quizá en una masía que tiene un amigo en el Empordà. Ya te llamaré con fechas.

Un abrazo,
Hugo Sanz
Sanz Mobiliario - Manresa
""")

M(kind="client-reply-promise", owner="jordi", frm=("Dirección Financiera Hoteles Brisamar", "dirfinanciera@hotelesbrisamar.com"),
  date="2026-12-18T13:02", inv="F-2026-134", amt="3630.00", due="2026-12-15", step="due", qdays=3,
  client="Hoteles Brisamar S.A.", quote="none", client_app="outlook", fmt="html", enc="qp", charset="iso-8859-1",
  L=dict(promised_date="2027-01-15"),
  note="A formal 'comunicado a proveedores' about closing the fiscal year, new invoice mailbox and electronic invoicing; the deciding line: 'los pagos a proveedores pendientes... se efectuarán el 15 de enero de 2027'. Promise for 2027-01-15.",
  body="""
COMUNICADO A PROVEEDORES

Estimado proveedor:

En respuesta a su comunicación, le trasladamos la información que estamos facilitando estos días a todos los proveedores de Hoteles Brisamar S.A.

Con motivo del cierre contable del ejercicio 2026 y de la integración de los establecimientos de Salou y Cambrils en la estructura de la sociedad, el departamento financiero ha suspendido temporalmente la emisión de pagos. Los pagos a proveedores pendientes a fecha de hoy, incluidas las facturas con vencimiento en diciembre, se efectuarán el 15 de enero de 2027 en una única remesa. Las facturas con vencimiento posterior se abonarán según las condiciones habituales.

Asimismo, le informamos de que a partir del 1 de enero de 2027:

- Las facturas deberán remitirse exclusivamente a la dirección facturas@hotelesbrisamar.com, en formato PDF, indicando el establecimiento al que corresponden.
- Las facturas sin número de pedido o sin el establecimiento identificado serán devueltas sin tramitar.
- La sociedad se adherirá al sistema de facturación electrónica en cuanto entre en vigor la obligación, de lo cual les informaremos con antelación suficiente.

Agradecemos su colaboración y comprensión, y aprovechamos para desearle unas felices fiestas y un próspero año 2027.

Atentamente,

Dirección Económico-Financiera
Hoteles Brisamar S.A.
Passeig Marítim 48 - 43840 Salou (Tarragona)
""")

M(kind="client-reply-promise", owner="jordi", frm=("Pere Casals", "pere@casalsvins.cat"),
  date="2027-02-22T19:40", inv="F-2027-007", amt="847.00", due="2027-02-15", step="reminder",
  client="Cellers Casals", quote="gmail", client_app="gmail", fmt="plain", enc="8bit",
  L=dict(promised_date="2027-02-25"),
  note="Winemaker mixing Catalan into Spanish; long on pruning, a wine fair and label photos; 'te lo pago el dijous, el jueves, que es cuando paso por la oficina del banco en Vilafranca'. Monday 22 Feb -> Thursday 25 Feb.",
  body="""
Hola Jordi, com va?

Disculpa que no te haya respondido antes, estamos en plena poda y me paso el día en la viña, vuelvo a casa de noche y con las manos destrozadas. Este año la poda va tarde porque ha llovido mucho en enero, y eso está bien para la tierra pero fatal para mi espalda.

Te quería decir que las fotos de las botellas y de la bodega gustaron mucho en la feria de Barcelona. El importador de Bélgica se llevó el dossier con tus fotos y ya nos ha hecho un pedido de prueba, el primero fuera de España. ¡Estamos muy contentos! La foto de mi padre con las manos llenas de uva la hemos puesto grande en la entrada de la bodega, y los visitantes se paran a mirarla.

Lo de la factura, perdona, ha sido un descuido mío, se me quedó en la bandeja con los papeles de la feria. Te lo pago el dijous, el jueves, que es cuando paso por la oficina del banco en Vilafranca; no me fío de hacer transferencias con el móvil, ya me conoces.

Y otra cosa: en septiembre, con la vendimia, nos gustaría hacer un reportaje de todo el proceso, desde la recogida hasta la prensa, para hacer un pequeño libro para los clientes. ¿Te interesa? Serían varios días, pero te invitamos a dormir en la masía y a comer con la colla de vendimiadores, que es lo mejor.

Una abraçada,
Pere Casals
Cellers Casals - Penedès
""")

M(kind="client-reply-dispute", owner="lucia", frm=("Marta Vidal", "marta.vidal@tramalabs.com"),
  date="2026-11-05T11:45", inv="2026-069", amt="3630.00", due="2026-10-31", step="reminder",
  client="Trama Labs S.L.", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(),
  note="Startup marketing lead: enthusiastic about the brand launch and the next steps; in the middle 'el presupuesto que aprobamos era cerrado: 2.400 € + IVA... la factura es de 3.000 + IVA', won't process it until corrected. Wrong amount = dispute.",
  body="""
Hola Lucía:

Perdona el silencio, la semana pasada estuvimos en el Web Summit de Lisboa y volví con mil tarjetas, cero voz y la sensación de que todo el mundo está haciendo lo mismo que nosotros. Por suerte, nuestra marca era la que más destacaba en la zona de startups, y eso es mérito tuyo. Nos paraban en el stand solo para preguntar quién nos había hecho el logo.

Te cuento lo que viene: en diciembre lanzamos la versión en inglés de la web y necesitaremos adaptar las ilustraciones de la home, que tienen texto en castellano integrado. También queremos un pequeño kit para redes (plantillas de posts y de stories) para que el equipo de marketing pueda publicar sin pedirte cada cosa.

Pero antes, una cosa sobre la factura que me ha frenado en contabilidad: el presupuesto que aprobamos en junio era cerrado, 2.400 € + IVA, por la identidad completa, y la factura es de 3.000 + IVA. Sé que hubo una ronda más de cambios en el logo, pero fue porque el primer enfoque no funcionaba para nosotros, y en el presupuesto ponía "hasta tres rondas de revisión", que creo que no superamos. No puedo pasarla así; si hay algo que se me escapa, explícamelo, y si no, ¿me envías una factura rectificada por el importe del presupuesto?

Por lo demás, encantados. Dime cuándo tienes un hueco para hablar de lo de diciembre.

Un abrazo,
Marta Vidal
Head of Marketing - Trama Labs
""")

M(kind="client-reply-dispute", owner="jordi", frm=("Bodegas Altamira", "administracion@bodegasaltamira.es"),
  date="2026-12-04T12:20", inv="F-2026-128", amt="2662.00", due="2026-11-30", step="reminder",
  client="Bodegas Altamira S.A.", quote="outlook", client_app="outlook", fmt="alt", enc="qp", charset="iso-8859-1",
  L=dict(),
  note="Winery's admin: harvest report, praise for the photos, Christmas baskets; 'no se ha descontado el anticipo de 500 € que le transferimos en septiembre', asks for a corrected invoice before paying. Dispute.",
  body="""
Buenos días, Jordi:

Le escribo desde la administración de Bodegas Altamira en respuesta a su recordatorio.

Antes de nada, queremos trasladarle la satisfacción de la dirección con el reportaje de la vendimia. Las fotografías se han utilizado en el dossier de prensa, en la web y en el catálogo para distribuidores, y la imagen de las cuadrillas al amanecer en la finca de La Solana ha sido seleccionada por la Denominación de Origen para su calendario de 2027, con su nombre en los créditos, naturalmente.

Esta campaña ha sido muy buena para nosotros: la uva ha entrado sana y con una acidez excelente, y el enólogo está convencido de que el crianza de este año será de los mejores de la década. Veremos.

En cuanto a la factura, hemos detectado un error que nos impide tramitarla: no se ha descontado el anticipo de 500 € que le transferimos el 12 de septiembre, al confirmar el encargo, tal y como figuraba en el presupuesto aceptado. La factura recoge el importe total del reportaje como si no se hubiera pagado nada. Le rogamos que nos envíe una factura rectificativa con el anticipo descontado, o que nos indique si lo ha facturado por separado y no lo tenemos localizado.

Una vez recibida, la tramitaremos con normalidad.

Un cordial saludo,

Elena Sáez
Administración - Bodegas Altamira
Ctra. de Aranda km 4 - 09400 Aranda de Duero (Burgos)
""")

M(kind="client-reply-dispute", owner="jordi", frm=("Javier Ramos", "javier.ramos@habitaliainmobiliaria.es"),
  date="2027-01-26T10:05", inv="F-2027-003", amt="1089.00", due="2027-01-20", step="due",
  client="Habitalia Inmobiliaria", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Estate agency manager: market chat, new listings, a question about drone shots; then 'hasta que no recibamos las fotos en alta resolución de los tres pisos... no se paga la factura'. Withholding until work delivered = dispute.",
  body="""
Hola Jordi:

Te escribo porque llevo varios días con esto en la cabeza y prefiero decírtelo claro.

El mercado está como loco este invierno: tenemos más compradores que pisos, y las fotos se han vuelto más importantes que nunca, porque la gente decide desde el sofá si viene a ver la casa o no. Las que hiciste del ático de Gràcia funcionaron de maravilla, lo vendimos en nueve días. Por eso te encargué los otros tres pisos en diciembre.

El problema es que de esos tres, solo tenemos las fotos en baja resolución que nos mandaste para elegir. Las versiones finales, editadas y en alta, que tenían que llegar antes del 15 de enero, no las hemos recibido. Te escribí el 18 y el 21 y no he tenido respuesta. Mientras tanto, los pisos están publicados con fotos de móvil que hizo mi compañera, y se nota.

Entiendo que puedas estar liado, pero la factura nos ha llegado antes que el trabajo, y eso no me parece bien. Así que te lo digo con claridad: hasta que no recibamos las fotos en alta resolución de los tres pisos, editadas como acordamos, no se paga la factura. En cuanto las tengamos, la pasamos a pago sin problema.

Aparte de esto, quería preguntarte si haces también fotos con dron, porque tenemos una casa con jardín en Sant Cugat que lo pide a gritos.

Un saludo,
Javier Ramos
Habitalia Inmobiliaria - Barcelona
""")

M(kind="client-reply-dispute", owner="lucia", frm=("Editorial Siete Mares", "produccion@editorialsietemares.es"),
  date="2027-02-02T16:30", inv="2027-003", amt="1452.00", due="2027-01-25", step="due",
  client="Editorial Siete Mares S.L.", quote="outlook", client_app="outlook", fmt="plain", enc="qp",
  L=dict(),
  note="Production editor, very courteous: the book is out, reviews, the spring list; asks for 'un descuento del 20 %' because the covers arrived three weeks late and the launch moved. Discount request = dispute.",
  body="""
Querida Lucía:

Te escribo, por fin, con el libro ya en las librerías. La novela de Sara Aldama salió el 20 de enero y, aunque es pronto para hablar de ventas, las primeras reseñas han sido muy buenas, y varias mencionan la cubierta, lo cual no es nada habitual. El ilustrador de la colección, que es muy suyo, reconoció que el tratamiento tipográfico que propusiste le da una unidad a la serie que antes no tenía.

Ahora viene la parte menos agradable, y te pido que la leas con el cariño con que está escrita. Como sabes, las cubiertas definitivas llegaron el 28 de noviembre en lugar del 7, y eso nos obligó a mover la salida del libro, que estaba prevista para las compras de Navidad, a enero. Para una editorial pequeña como la nuestra, perder la campaña navideña con una novedad es un golpe serio; la distribuidora calcula que habríamos vendido entre 800 y 1.000 ejemplares más en diciembre.

Por eso, y sabiendo que el retraso tuvo sus razones (lo de tu padre, que espero que esté mejor), te quería pedir un descuento del 20 % sobre la factura. No lo planteo como una penalización, sino como una forma de repartir un poco el daño. Si lo ves razonable, mándame la factura corregida y la pagamos enseguida.

Para la primavera tenemos cuatro títulos y me encantaría que siguieras con la colección.

Un abrazo grande,
Irene Marcos
Producción - Editorial Siete Mares
""")

M(kind="client-reply-dispute", owner="lucia", frm=("Óscar Lozano", "oscar.lozano@lozanoclimatizacion.es"),
  date="2026-12-14T09:20", inv="2026-083", amt="1210.00", due="2026-12-10", step="due",
  client="Lozano Climatización S.L.", quote="gmail", client_app="gmail", fmt="alt", enc="b64",
  L=dict(reference="2026-083"),
  note="Installer: the van wraps look great, a new apprentice, winter workload; the factura 2026-083 is made out to his old sole-trader NIF instead of the company's CIF: 'la gestoría no la puede contabilizar... necesito una factura rectificativa'. Dispute (rectified invoice wanted).",
  body="""
Buenos días, Lucía:

Te escribo un lunes a primera hora porque si no, luego no me da la vida. Estamos con la campaña de calefacción y no paro de ir de caldera en caldera, que en cuanto baja la temperatura a todo el mundo se le estropea algo a la vez.

Lo primero, las furgonetas han quedado de cine. Ya tenemos las tres rotuladas y no te exagero si te digo que nos han llamado clientes nuevos solo por verlas aparcadas. Uno me dijo que se había fijado porque "parecía una empresa de las grandes". También he contratado a un chaval de aprendiz, Adrián, y le ha hecho ilusión que su camiseta lleve el logo nuevo.

Ahora, lo de la factura. La gestoría me ha dicho que la factura 2026-083 no la pueden contabilizar porque está hecha a mi nombre, con mi NIF de autónomo, y el trabajo se lo encargó la sociedad, Lozano Climatización S.L., que tiene su CIF propio. Desde marzo ya no facturo como autónomo, te lo comenté pero seguramente se me pasó decírtelo por escrito. Necesito que me hagas una factura rectificativa a nombre de la S.L., con el CIF B-45912783 y la dirección del polígono, y así no se puede pagar, según la gestora.

Perdona el lío, es culpa mía por no avisarte bien.

En cuanto pase la campaña, en primavera, me gustaría hacer también una web sencilla. Ya te contaré.

Saludos,
Óscar Lozano
Lozano Climatización - Toledo
""")

M(kind="client-reply-dispute", owner="jordi", frm=("Clara Rubio", "clara@rubiomoda.es"),
  date="2026-11-24T18:10", inv="F-2026-124", amt="1450.00", due="2026-11-15", step="reminder",
  client="Rubio Moda S.L.", quote="apple", client_app="apple", fmt="plain", enc="qp",
  L=dict(amount="1000.00"),
  note="Fashion brand founder: lookbook photos, a pop-up store in Madrid; 'te hemos abonado hoy 1.000 €' and refuses the 450 of travel expenses that were not in the quote. Partial payment + dispute of the rest = dispute; amount = the 1000 paid.",
  body="""
Hola Jordi:

Te escribo desde el taller, rodeada de cajas, porque el viernes abrimos la tienda pop-up en Madrid para la campaña de Navidad y estamos a contrarreloj. Las fotos del lookbook ya están en las paredes, impresas en grande, y quedan espectaculares. La de la modelo en la playa de Bolonia con el abrigo rojo es la que elegimos para el escaparate.

Te respondo también a lo de la factura, que prefiero dejarlo claro por escrito. Te hemos abonado hoy 1.000 €, que es el importe del presupuesto que aceptamos en septiembre por la sesión y la edición. Los otros 450 € que aparecen en la factura corresponden a "desplazamiento y dietas", y eso no estaba en el presupuesto. Yo entendía, y creo que lo hablamos por teléfono, que el viaje a Cádiz estaba incluido, porque fuiste tú quien propuso la localización. Si me hubieras dicho que había que sumar gastos, quizá habríamos hecho la sesión en Barcelona.

No quiero que esto estropee la relación, porque el trabajo es buenísimo y quiero seguir contando contigo para la colección de verano. Pero esos 450 € no los vamos a pagar sin hablarlo antes. Llámame cuando puedas y lo vemos.

Un beso,
Clara Rubio
Rubio - moda de autor
Enviado desde mi iPhone
""")

M(kind="client-reply-dispute", owner="lucia", frm=("Paco Jiménez", "pacojimenez.reformas@yahoo.es"),
  date="2027-01-18T22:47", inv="2026-087", amt="1694.00", due="2026-12-20", step="late_fee", deadline="2027-01-25",
  days_late=29, client="Paco Jiménez", ckind="person", quote="none", client_app="android", fmt="plain", enc="8bit",
  L=dict(),
  note="Angry renovation contractor, partly in CAPITALS: the website was never launched, the domain is still the old one, the photos are not his; 'NO PIENSO PAGAR una web que no esta funcionando'. Flat refusal = dispute.",
  body="""
Lucia

Mira te voy a ser claro porque ya estoy harto. Me llega otro recordatorio, este con intereses y todo, y yo todavia estoy esperando a tener la web que me prometiste en octubre.

Te recuerdo como estan las cosas. Me dijiste que en noviembre estaba la web lista. En noviembre me mandaste un enlace de pruebas que no funcionaba en el movil. En diciembre me dijiste que faltaba que yo te mandara fotos de mis obras, y te las mande, CUARENTA fotos, el dia 9. Y a dia de hoy si pones reformasjimenez.es sale la pagina vieja, la que hizo mi sobrino hace diez años, con el telefono antiguo. En la web nueva, la de pruebas, hay fotos de cocinas que NO SON MIAS, son de internet, y un cliente que la vio me pregunto si yo hacia cocinas de lujo. Pues no, yo hago reformas normales para gente normal.

NO PIENSO PAGAR una web que no esta funcionando. Cuando este publicada, con mis fotos y mis datos, hablamos. Y lo de los intereses ni me lo menciones, porque el retraso es vuestro, no mio.

Yo siempre he pagado a todo el mundo, pregunta a quien quieras en Alcorcon. Mis proveedores de material cobran el dia que toca. Pero no pago por algo que no tengo.

Paco Jimenez
Reformas Jimenez
""")

M(kind="client-reply-dispute", owner="jordi", frm=("Viajes Horizonte Sur", "contabilidad@horizontesur.es"),
  date="2027-02-12T13:45", inv="F-2027-005", amt="726.00", due="2027-02-10", step="due",
  client="Viajes Horizonte Sur S.L.", quote="outlook", client_app="outlook", fmt="html", enc="qp", re="RE:",
  L=dict(),
  note="Travel agency's bookkeeper: new catalogue, a trip to Morocco, the tourism fair; the invoice lacks the 15% IRPF withholding: 'no podemos abonarla en estos términos... le rogamos que emita una factura rectificativa'. Dispute.",
  body="""
Buenas tardes, Jordi:

Le escribo desde el departamento de contabilidad de Viajes Horizonte Sur, en relación con su recordatorio de pago.

En primer lugar, permítame transmitirle el agradecimiento de la gerencia por las fotografías del nuevo catálogo de circuitos. Las imágenes de Marruecos, en especial las del desierto de Merzouga y las de la medina de Fez, han tenido una acogida extraordinaria en FITUR, donde el catálogo se agotó el segundo día. Varios clientes han reservado el circuito "Kasbahs y dunas" mencionando expresamente las fotografías.

En relación con la factura, debo informarle de que, al tratarse de una prestación de servicios profesionales a una sociedad, esta está obligada a practicar la retención del 15 % a cuenta del IRPF, y la factura recibida no la recoge: figura el importe con IVA, pero sin la retención correspondiente. Nuestro asesor fiscal nos indica que no podemos abonarla en estos términos, porque el importe a pagar no sería el correcto y no podríamos ingresar la retención en el modelo 111.

Por ello, le rogamos que emita una factura rectificativa que incluya la retención del 15 %, con referencia a la factura original. Si por algún motivo considera que la retención no procede en su caso, le agradecería que nos lo indicara para comentarlo con el asesor.

Quedo a su disposición para cualquier aclaración.

Un cordial saludo,

Amparo Villalba
Contabilidad - Viajes Horizonte Sur S.L.
Avda. de la Constitución 14 - 41001 Sevilla
""")

M(kind="client-reply-other", owner="lucia", frm=("Servicio de Cultura - Ayuntamiento de Getafe", "cultura.proyectos@ayto-getafe.example.es"),
  date="2026-11-12T12:05", inv="2026-071", amt="2904.00", due="2026-11-08", step="due",
  client="Ayuntamiento de Getafe", quote="outlook", client_app="outlook", fmt="plain", enc="qp",
  L=dict(),
  note="A town hall's culture office: praise for the festival posters, the bureaucracy of public invoicing; the invoice was sent by e-mail in PDF and must be filed through FACe with DIR3 codes. Procedural request to re-submit = other.",
  body="""
Buenos días, Sra. Martín:

En relación con su correo, le informamos de lo siguiente.

En primer lugar, desde el Servicio de Cultura queremos agradecerle el trabajo realizado para la imagen del Festival de Otoño. Los carteles, los programas de mano y las lonas han tenido una valoración muy positiva tanto por parte de la concejalía como del público, y se ha propuesto mantener la misma línea gráfica para la programación de Navidad, sobre lo cual le contactaremos próximamente a través del procedimiento de contratación menor correspondiente.

En cuanto a la factura, le indicamos que, como proveedora de una administración pública, está obligada a presentarla en formato electrónico a través del Punto General de Entrada de Facturas Electrónicas (FACe), conforme a la Ley 25/2013. La factura que nos ha remitido por correo electrónico en PDF no puede ser registrada ni tramitada por la Intervención municipal, por lo que, a efectos administrativos, no consta como presentada.

Para su presentación deberá indicar los siguientes códigos DIR3:
- Oficina contable: L01280658
- Órgano gestor: L01280658
- Unidad tramitadora: LA0007543 (Servicio de Cultura)

Le recomendamos consultar la guía de FACe o, si lo prefiere, ponerse en contacto con el Servicio de Intervención (extensión 2214) en horario de 9:00 a 14:00, donde le podrán orientar con el procedimiento.

Atentamente,

Servicio de Cultura y Festejos
Ayuntamiento de Getafe
""")

M(kind="client-reply-other", owner="jordi", frm=("Andrea Molina", "andrea.molina@kalmacosmetics.com"),
  cc=[("Cuentas a pagar Kalma", "cuentasapagar@kalmacosmetics.com")],
  date="2026-12-02T17:25", inv="F-2026-126", amt="1936.00", due="2026-11-25", step="due", qdays=3,
  client="Kalma Cosmetics S.L.", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(),
  note="Marketing manager back from a trip: long feedback on the product shoot, retouching requests, a new campaign; 'he reenviado tu recordatorio a cuentas a pagar (en copia), que son quienes lo gestionan'. Forwarded = other.",
  body="""
Hola Jordi:

Vuelvo hoy a la oficina después de una semana en Milán con el equipo de producto y me encuentro tu recordatorio entre los doscientos correos pendientes. Te contesto con calma, porque hay varias cosas.

Sobre la factura, no la llevo yo: he reenviado tu recordatorio a cuentas a pagar, que te pongo en copia, que son quienes gestionan todos los pagos a proveedores. Ellos te dirán.

Sobre las fotos del sérum y de la línea de noche: han gustado mucho en general, sobre todo las de textura, las gotas sobre el cristal, que ya estamos usando en la newsletter. Hay tres cosas que nos gustaría ajustar antes de la campaña de enero:
1. En las fotos del tarro grande el reflejo de la ventana se ve demasiado. ¿Se puede suavizar en edición?
2. El tono del fondo rosa ha salido más salmón en algunas fotos que en otras. Necesitaríamos que todas coincidieran con el Pantone de la marca.
3. Nos faltan dos fotos en formato vertical para las stories, del bodegón con las flores secas.

Por otro lado, para San Valentín queremos hacer una sesión con modelo, algo muy natural, piel real, sin retoque excesivo. Estaríamos hablando de finales de enero. ¿Tienes disponibilidad? Si te parece, te mando el moodboard esta semana y me pasas presupuesto.

Un abrazo y gracias,
Andrea Molina
Marketing Manager - Kalma Cosmetics
""")

M(kind="client-reply-other", owner="lucia", frm=("Elena Castro", "elena@castroyfuentes.es"),
  date="2027-01-08T10:40", inv="2027-001", amt="1573.00", due="2027-02-07", step="invoice", qdays=1, re="RE:",
  client="Castro & Fuentes Arquitectos", quote="outlook", client_app="outlook", fmt="alt", enc="qp",
  L=dict(),
  note="Reply to the invoice mail: 'Recibida, muchas gracias', then a long brief for a new project (competition panels, deadlines, formats). Received + new work = other.",
  body="""
Hola Lucía:

Recibida, muchas gracias. Se la paso a Jorge, que es quien lleva las cuentas del estudio.

Y aprovecho para contarte el siguiente encargo, que nos ha caído encima en plenas fiestas. Nos hemos presentado al concurso para la nueva biblioteca municipal de Alcobendas y nos han seleccionado para la segunda fase, junto con otros cuatro equipos. Hay que entregar el 26 de febrero, y lo que necesitamos de ti es:

- Cuatro paneles en A1 con el proyecto, siguiendo las bases del concurso (te las adjunto en el siguiente correo, que pesan mucho). El contenido lo preparamos nosotros: planos, infografías, textos. Necesitamos tu ayuda con la maquetación, la jerarquía y la coherencia visual.
- Una memoria de 20 páginas en A3 apaisado, con la misma línea gráfica que los paneles.
- Un lema para el concurso, que tiene que ser anónimo; estamos dudando entre varios y nos vendría bien tu opinión.

La idea es que el proyecto se entienda de un vistazo, porque el jurado tendrá que ver cinco propuestas en una mañana. La otra vez que nos presentamos a un concurso perdimos, según nos dijeron luego, porque los paneles eran "demasiado técnicos".

¿Podrías pasarte por el estudio la semana que viene, el martes o el miércoles por la tarde? Te enseñamos las maquetas y lo que llevamos hecho.

Un abrazo y feliz año,
Elena Castro
Castro & Fuentes Arquitectos
""")

M(kind="client-reply-other", owner="jordi", frm=("Toni Ribas", "toni@festivalmarsonic.com"),
  date="2027-02-24T12:15", inv="F-2027-006", amt="2420.00", due="2027-02-20", step="due",
  client="Marsonic Festival S.L.", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Music festival director asks for a call about next season's coverage (line-up, accreditations, drone permits, team of photographers). The reminder is not addressed at all. Other.",
  body="""
Bon dia Jordi!

Te escribo porque ya tenemos cerrado casi todo el cartel de este verano y quiero que hablemos cuanto antes de la cobertura fotográfica, antes de que te comprometas con otros festivales.

Este año crecemos: pasamos de dos a tres días, del 10 al 12 de julio, y añadimos un tercer escenario en la zona de la playa, más pequeño, para música electrónica al atardecer. Esperamos unas 18.000 personas por día, que para nosotros es un salto enorme. Eso significa que tú solo no vas a poder cubrirlo todo, así que me gustaría que montaras un pequeño equipo, dos o tres fotógrafos más, con tu estilo y bajo tu coordinación.

Cosas que me gustaría hablar contigo:
- Cómo organizamos los turnos entre escenarios y qué acreditaciones necesitáis.
- Si vale la pena tener a alguien solo para redes, publicando en directo.
- El permiso para el dron: el año pasado no nos lo dieron a tiempo y este año quiero pedirlo en abril.
- Las condiciones de uso de las fotos para los patrocinadores, que el año pasado nos dieron algún dolor de cabeza.
- Presupuesto, claro.

¿Tienes un rato esta semana o la que viene para una llamada? Mejor por la mañana, que por la tarde estoy con los contratos de los artistas. Si prefieres, me acerco a tu estudio de Poblenou y hablamos con un café.

Una abraçada,
Toni Ribas
Director - Marsonic Festival
""")

M(kind="client-reply-other", owner="lucia", frm=("Isabel Fuentes", "isabel.fuentes@opticafuentes.es"),
  date="2026-11-27T13:50", inv="2026-077", amt="847.00", due="2026-11-22", step="reminder",
  client="Óptica Fuentes", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  attach=[("captura_correo_iban.png", "image/png")],
  L=dict(),
  note="Optician received a look-alike e-mail announcing new bank details; asks Lucía to confirm her IBAN by phone before paying, plus chat about the new shop window. IBAN question, no promise = other.",
  body="""
Hola Lucía:

Antes de nada, perdona el retraso, pero te escribo precisamente por la factura y por algo que me ha dejado un poco mosca.

El lunes me llegó un correo, aparentemente tuyo, en el que me decías que habías cambiado de banco y que a partir de ahora los pagos había que hacerlos a una cuenta nueva, con un IBAN que empieza por PT, de Portugal. El correo venía de lucia@martinestudio-es.com, con un guion donde debería ir el punto; me di cuenta porque mi hijo, que trabaja en informática, me ha enseñado a mirar siempre la dirección completa. Te adjunto una captura.

Como en tu recordatorio vienen los datos de siempre, de CaixaBank, no he hecho nada todavía. ¿Me puedes confirmar por teléfono cuál es la cuenta buena? Prefiero que me lo digas de viva voz, que ya no me fío de nada que llegue por correo. Mi número es el de la tienda, el 91 445 21 90, y estoy de 10 a 14 y de 17 a 20:30. Y te recomiendo que avises a tus otros clientes, porque si me ha llegado a mí le habrá llegado a más gente.

Cambiando de tema: el escaparate de Navidad con las gafas colgando como bolas del árbol está teniendo mucho éxito. La gente se para a hacerle fotos y hemos vendido más monturas que nunca en noviembre. ¡Gracias por la idea!

Un abrazo,
Isabel Fuentes
Óptica Fuentes - Chamberí
""")

M(kind="client-reply-other", owner="jordi", frm=("Laia Pujol", "laia@pujolarquitectura.cat"),
  date="2027-01-14T09:30", inv="F-2026-138", amt="968.00", due="2027-01-10", step="due", qdays=3,
  client="Pujol Arquitectura SLP", quote="apple", client_app="apple", fmt="plain", enc="qp",
  L=dict(),
  note="Architecture practice moved to a new office: new address and details for future invoices, a photo shoot of the new space, a Mies pavilion anecdote. No statement about paying this invoice. Other.",
  body="""
Hola Jordi,

Bon any! Te escribo para contarte que por fin nos hemos mudado. Desde el 7 de enero estamos en la nueva oficina de la calle Pujades, en Poblenou, una antigua fábrica textil que hemos rehabilitado nosotros mismos, con mucha paciencia y un presupuesto ridículo. Tiene unos techos de cinco metros y una luz por la mañana que te encantaría.

Precisamente por eso te escribo. Queremos hacer un reportaje del espacio para la web y para presentarlo a un par de premios de rehabilitación. Nos gustaría que fuera en febrero, cuando ya hayamos colgado las lámparas y montado la biblioteca, y por la mañana, entre las 9 y las 12, que es cuando entra la luz por los lucernarios. ¿Te va bien alguna semana de febrero?

También te pido que actualices nuestros datos para las próximas facturas: la razón social y el NIF siguen siendo los mismos, pero la dirección nueva es calle Pujades 126, bajos, 08005 Barcelona. El correo de administración también cambia: a partir de ahora es admin@pujolarquitectura.cat.

Por cierto, el otro día en el pabellón Mies van der Rohe me encontré con un chico que estaba haciendo fotos con una cámara de placas, y me acordé de ti y de tu obsesión por las verticales. Me dijo que te conocía de un taller en Arles. El mundo es un pañuelo.

Una abraçada,
Laia Pujol
Pujol Arquitectura
""")

M(kind="client-reply-other", owner="lucia", frm=("Miguel Ángel Serrano", "maserrano@serranoeventos.com"),
  date="2026-12-09T19:15", inv="2026-085", amt="605.00", due="2026-12-05", step="due",
  client="Serrano Eventos", quote="gmail", client_app="gmail", fmt="plain", enc="8bit",
  L=dict(reference="2026-085"),
  note="Events organiser with several jobs from Lucía cannot tell which one 2026-085 is and asks for a breakdown; no claim that it's wrong. Question about which invoice = other.",
  body="""
Hola Lucía:

Perdona, pero estoy hecho un lío con tus facturas y necesito que me eches una mano antes de pasárselas a la gestoría.

Este otoño te hemos encargado un montón de cosas, y no todas para nosotros: el cartel y las entradas del concierto benéfico, las invitaciones de la boda de los Herrera (que esa la pagaban ellos directamente, creo), los menús de la cena de empresa de la constructora, y la señalética del mercadillo navideño, que todavía no has terminado. Tengo en la carpeta tres facturas tuyas, la 2026-080, la 2026-082 y otra sin número que creo que era un presupuesto. La 2026-085 no la encuentro por ningún lado. ¿A qué trabajo corresponde? ¿Me la puedes volver a mandar con el detalle de lo que incluye?

Lo digo porque la gestora me ha pedido que cada factura vaya asignada al evento correspondiente, que este año nos han hecho una inspección y quieren tenerlo todo muy ordenado. No es que dude de ti, ¿eh?, es que yo soy un desastre con los papeles y mi socio, que era el ordenado, se ha ido a vivir a Málaga.

Por lo demás, todo muy bien. El concierto benéfico fue un éxito, se recaudaron más de seis mil euros para la asociación de párkinson, y el cartel lo ha pedido el Ayuntamiento para ponerlo en la exposición de fin de año.

Un abrazo,
Miguel Ángel
Serrano Eventos - Alcalá de Henares
""")

M(kind="client-reply-other", owner="jordi", frm=("Ramón Vidal", "rvidal@vidalconstrucciones.com"),
  date="2026-11-18T11:05", inv="F-2026-123", amt="1573.00", due="2026-11-13", step="reminder",
  client="Vidal Construcciones S.A.", quote="outlook", client_app="outlook", fmt="alt", enc="qp",
  L=dict(),
  note="Construction company director: the building photos won a prize, a new development in Sitges; on the invoice only 'Lo consulto con contabilidad y te digo algo'. Checking, no promise = other.",
  body="""
Buenos días, Jordi:

Te contesto desde el coche, entre obra y obra, así que perdona la brevedad... bueno, al final no será tan breve, porque tengo buenas noticias.

El edificio de viviendas de Sant Just, el que fotografiaste en septiembre, ha ganado el premio de la Cámara de Contratistas a la mejor promoción residencial del año. Las fotos del jurado eran las tuyas, y en la ceremonia se proyectaron en pantalla grande: la de la fachada al atardecer, con las persianas a medio abrir, hizo aplaudir a la sala. Te lo digo porque el mérito también es tuyo, y porque el presidente de la Cámara me preguntó por ti.

Además, en enero empezamos una promoción nueva en Sitges, 24 viviendas junto al mar, y queremos documentar la obra desde el principio, una vez al mes, hasta la entrega, que será en unos dieciocho meses. ¿Te interesaría? Sería un trabajo continuado y podríamos cerrar una tarifa mensual.

En cuanto a la factura, la verdad es que no sé en qué punto está, porque los pagos los lleva el departamento de contabilidad y yo solo firmo lo que me pasan. Lo consulto con contabilidad y te digo algo en cuanto lo sepa.

Un saludo,
Ramón Vidal
Director General - Vidal Construcciones S.A.
""")

M(kind="client-reply-other", owner="lucia", frm=("Mercedes Aguilar", "mercedes@libreriaelfaro.es"),
  date="2027-02-10T17:20", inv="2027-005", amt="363.00", due="2027-02-05", step="due",
  client="Librería El Faro", quote="gmail", client_app="webmail", fmt="plain", enc="qp", charset="iso-8859-1",
  L=dict(),
  note="Bookseller retiring after 38 years and handing the shop to her daughter; asks Lucía to keep the logo and to talk to her daughter from now on. Nothing about paying this invoice (the daughter 'will handle the papers'). Other.",
  body="""
Querida Lucía:

Te escribo una carta un poco especial, porque quiero contarte algo antes de que te enteres por otros.

A finales de marzo me jubilo. Treinta y ocho años detrás del mostrador de El Faro, que se dice pronto. Cuando abrí, en el 89, la calle estaba llena de talleres y ahora está llena de cafeterías, y por el camino hemos sobrevivido a las grandes superficies, a internet y a una pandemia. Estoy cansada, pero contenta.

La librería no cierra: se queda mi hija Ana, que lleva ya cinco años trabajando conmigo y tiene muchas más ideas que yo. Quiere hacer más presentaciones, un club de lectura para adolescentes y, sobre todo, vender por internet, que yo nunca me atreví. Le he dicho que para todo eso cuente contigo, porque la imagen que nos hiciste hace tres años es la que mejor nos ha representado nunca, y no quiero que se pierda.

A partir de ahora, por tanto, te escribirá ella para los encargos y para todo lo demás. Su correo es ana@libreriaelfaro.es. Ella llevará los papeles de la tienda, también las facturas pendientes, así que entiéndete con ella para lo que haga falta.

El 27 de marzo haremos una pequeña fiesta de despedida en la librería, con vino y lecturas. Me haría muchísima ilusión que vinieras.

Un abrazo muy grande, y gracias por todos estos años,
Mercedes
""")

M(kind="client-reply-other", owner="jordi", frm=("Nacho Herrero", "nacho@cafeteriaterral.es"),
  date="2026-12-29T16:30", inv="F-2026-137", amt="484.00", due="2026-12-22", step="reminder",
  client="Cafetería Terral", quote="gmail", client_app="android", fmt="plain", enc="qp",
  L=dict(),
  note="Café owner asks for a quote for new menu photos; 'Ayer pagamos al de las lámparas y al carpintero' concerns OTHER suppliers after a refurbishment. Nothing about this invoice. Other (trap).",
  body="""
Buenas Jordi!

Te escribo porque ya hemos terminado la reforma del local y por fin se puede entrar sin casco. Ha quedado precioso: hemos quitado el falso techo, ha aparecido una bóveda catalana de ladrillo que ni sabíamos que estaba, y la barra nueva es de madera de olivo. Ayer pagamos al de las lámparas y al carpintero, que nos han hecho un trabajazo, y con eso damos la obra por cerrada. Ahora solo queda que la gente venga.

La idea es reabrir el 8 de enero con carta nueva: más brunch, más cosas de temporada, y una sección de panadería propia, que hemos contratado a una chica que hace unas masas madre increíbles. Para la carta y para las redes necesitamos fotos nuevas de los platos y del local, que las que tenemos son de antes de la reforma y no tienen nada que ver.

¿Nos podrías pasar un presupuesto? Serían unos 20 platos, algunas fotos del local vacío con buena luz y otras con gente, para que se vea ambiente. Si puede ser, la sesión el 5 o el 6 de enero, antes de abrir. Sé que son fechas malas, con Reyes y todo, así que si no puedes lo entiendo.

Y feliz año nuevo, que no te lo he dicho todavía.

Nacho
Cafetería Terral - Málaga

Enviado desde mi Android
""")

M(kind="client-reply-other", owner="lucia", frm=("Compras - Industrias Gráficas Levante", "compras@iglevante.es"),
  date="2027-01-27T10:15", inv="2027-002", amt="2178.00", due="2027-01-25", step="due",
  client="Industrias Gráficas Levante S.A.", quote="outlook", client_app="outlook", fmt="html", enc="qp", re="RE:",
  L=dict(reference="2027-002"),
  note="Purchasing department explains the new procurement portal and supplier registration; the invoice lacks a purchase-order number and must be re-sent with it. PO needed = other (no contest of amount or work).",
  body="""
Buenos días, Lucía:

Le escribimos desde el departamento de Compras de Industrias Gráficas Levante en relación con su recordatorio.

Desde el 1 de enero, la compañía ha implantado una nueva plataforma de compras y todas las facturas de proveedores se tramitan exclusivamente a través de ella. Le explicamos brevemente cómo funciona, ya que es la primera vez que trabaja con nosotros desde el cambio:

1. Cada encargo debe tener un número de pedido (formato PO-27-XXXXX) que emite el departamento solicitante antes de iniciar el trabajo.
2. La factura debe incluir ese número de pedido de forma visible, en el concepto o en un campo aparte.
3. Las facturas se suben al portal de proveedores, en el que tendrá que darse de alta con su NIF. Le enviaremos la invitación por correo en los próximos días.

Su factura 2027-002 nos ha llegado por correo electrónico y sin número de pedido, por lo que el sistema no la ha podido asociar a ningún encargo. Hemos consultado con Marketing, que fue quien le encargó el rediseño del catálogo, y nos indican que el pedido correspondiente es el PO-27-00184. Le rogamos que vuelva a enviar la factura incluyendo ese número, a través del portal en cuanto tenga acceso, o mientras tanto respondiendo a este correo.

Disculpe las molestias que pueda ocasionarle este cambio de procedimiento; estamos seguros de que a medio plazo agilizará los pagos.

Atentamente,

Departamento de Compras
Industrias Gráficas Levante S.A.
Polígono Industrial Fuente del Jarro, Paterna (Valencia)
""")

# ==================================================================================================
# ENGLISH
# ==================================================================================================
M(kind="client-reply-paid", owner="tom", frm=("Ciarán O'Mahony", "ciaran@rebelbrewing.ie"),
  date="2026-12-09T16:12", inv="INV-2026-141", amt="2460.00", due="2026-12-04", step="due",
  client="Rebel Brewing Co. Ltd", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(),
  note="Cork brewery owner rambles about the Christmas party, the new can range and a festival; 'Paid that yesterday by the way, sorry, Deirdre was off sick' sits in the middle.",
  body="""
Tom,

Sorry for the radio silence, it's been mental here. We had the staff Christmas do on Friday in the taproom and I'm only starting to feel human again. The lads from the bottling line did a quiz and one of the rounds was "name the beer from the label", using your designs with the names blanked out. Nobody got the stout right, which tells you something about the stout, not the label.

Paid that yesterday by the way, sorry, Deirdre was off sick for a week and nobody else knows the password for the bank. It should be with you by now.

Right, the important stuff. The new cans came back from the printer and they look savage, especially the pale ale with the lighthouse. The only thing is the gold on the winter ale came out a bit flat, more mustard than gold. Is that something we fix on our side with the printer or does the file need tweaking? I've a few photos I can send you.

Also, we're doing the Cork Beer Festival in March and I want a proper stand this time, not two pop-ups and a bar towel. Backdrop, tap handles, maybe a couple of big cut-outs of the characters from the cans. Could you have a think and give me a rough figure before Christmas? No pressure if it's January.

And if you're in Cork over the holidays, call in. First pint's on me, second one too if you fix the mustard.

Ciarán

--
Ciarán O'Mahony
Rebel Brewing Co. | Unit 4, Marina Commercial Park, Cork
""")

M(kind="client-reply-paid", owner="hannah", frm=("Accounts Payable - Harrington Foods", "ap@harringtonfoods.co.uk"),
  date="2026-11-19T10:04", inv="HC-138", amt="1800.00", cur="GBP", due="2026-11-15", step="due",
  client="Harrington Foods plc", quote="outlook", client_app="outlook", fmt="html", enc="qp", re="RE:",
  L=dict(reference="HC-138"),
  note="AP team's long notice about moving suppliers to the Coupa portal (registration, PO rules, bank detail changes); the second paragraph: 'invoice HC-138 was processed in yesterday's payment run'. Paid with no payment verb on her side of the money.",
  body="""
Dear Hannah,

Thank you for your email.

Invoice HC-138 was processed in yesterday's payment run and funds should reach your account within three working days. The remittance advice will be sent automatically to the email address held on our supplier record.

While we have you, please note that Harrington Foods is moving all supplier invoicing to the Coupa Supplier Portal from 1 January 2027. You should shortly receive an invitation from Coupa to register your business. Please complete the registration before 15 December so that there is no interruption to payments. In particular:

- From 1 January, invoices must be submitted through the portal; emailed PDF invoices will no longer be accepted.
- Every invoice must quote a valid Harrington purchase order number. Invoices without a PO will be rejected automatically.
- Any change of bank details must be made in the portal and will be verified by telephone with a known contact before it takes effect. We will never ask you to change bank details by email.
- Our standard payment terms remain 30 days from the date of a valid invoice.

If you have questions about the registration, the Supplier Enablement team can be reached at supplier.enablement@harringtonfoods.co.uk. For queries about specific payments, please continue to contact us at this address, quoting the invoice number.

Kind regards,

Jess Whitfield
Accounts Payable | Harrington Foods plc
Harrington House, Beeston Business Park, Nottingham NG9 1LA

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Harrington Foods plc is registered in England and Wales, no. 01847263.
""")

M(kind="client-reply-paid", owner="tom", frm=("Dana Whitaker", "dana@northloopcoffee.com"),
  tz="America/Chicago",
  date="2027-01-22T09:40", inv="INV-2027-004", amt="2400.00", cur="USD", due="2027-01-15", step="reminder",
  client="North Loop Coffee Roasters", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(amount="2400.00", currency="USD"),
  note="Minneapolis coffee roaster (Chicago time zone): launch of the new bags, a wholesale deal, the cold; 'I sent the $2,400 by wire on Tuesday'. Paid, USD.",
  body="""
Hey Tom!

Happy new year (is it too late to say that? It's -18 here so I feel like I get an extension on everything). Sorry I'm slow getting back to you, January has been a lot.

Quick update because I know you'll want to hear it: the new bags launched on the 9th and people are obsessed. We sold through the first run of the Ethiopian in four days, and a couple of customers have literally asked if they can buy the empty bags to frame. I told them to hold out for the posters. Which, speaking of, we'd love to do. Three posters from the bag illustrations, 18x24, for the cafe walls and to sell online. Can you send me a quote when you get a minute?

Bigger news: we signed a wholesale deal with a grocery co-op with 12 stores around the Twin Cities. They want shelf talkers and a little display box, so that's probably another project for you in February.

On the invoice, sorry about the delay, our bookkeeper switched systems over the holidays and international payments got stuck in some approval limbo. I sent the $2,400 by wire on Tuesday, so it should land any day now if it hasn't already. Let me know if the bank takes a bite out of it and I'll make up the difference.

Talk soon,
Dana

Dana Whitaker
Owner, North Loop Coffee Roasters
Minneapolis, MN
""")

M(kind="client-reply-paid", owner="hannah", frm=("Rachel Gould", "rachel.gould@greenfieldha.org.uk"),
  date="2027-02-04T15:22", inv="HC-151", amt="950.00", cur="GBP", due="2027-01-31", step="due", re="FW:",
  client="Greenfield Housing Association", quote="none", client_app="outlook", fmt="plain", enc="qp",
  subject="FW: Remittance Advice - Greenfield Housing Association - Payment 004417",
  thread=False, L=dict(amount="950.00", currency="GBP", reference="HC-151"),
  note="Comms manager forwards the finance system's remittance advice with 'Here you go - this is the remittance finance sent', then a long brief for the tenants' newsletter. Forwarded remittance = paid; amount and invoice number from the remittance she forwards. A forward, not a reply: no In-Reply-To.",
  body="""
Hi Hannah,

Here you go - this is the remittance finance sent out on Monday, I've just found it in my inbox (they copy me in on everything, which is why I never read any of it). Sorry for the confusion, I thought it had gone to you directly.

While I've got you: the board loved the annual review copy, and the chief exec has asked whether you'd be up for doing the tenants' newsletter this year. It's quarterly, eight pages, mostly good-news stories from the estates, a few practical bits (repairs, rent changes, the new app) and a column from the residents' panel, which needs a very light touch because they are very proud of it. The tone we want is warm and plain - most of our tenants read the print version, a good number are older, and about a fifth have English as a second language.

First issue would be spring, copy deadline around 20 March. I can send you last year's issues so you can see what we're trying to get away from.

Could you let me know your day rate or a price per issue? I'll need it for the budget meeting on the 17th.

Thanks so much,
Rachel

Rachel Gould
Communications Manager | Greenfield Housing Association

-----Original Message-----
From: Finance Systems <no-reply@greenfieldha.org.uk>
Sent: 01 February 2027 06:15
To: Rachel Gould <rachel.gould@greenfieldha.org.uk>
Subject: Remittance Advice - Greenfield Housing Association - Payment 004417

REMITTANCE ADVICE

Payee: Hannah Cole
Payment reference: 004417
Payment date: 01/02/2027
Payment method: BACS

Invoice        Date         Amount
HC-151         05/01/2027   950.00

Total paid: GBP 950.00

Please allow up to three working days for funds to clear.
""")

M(kind="client-reply-paid", owner="tom", frm=("Niamh Ní Fhlaithearta", "niamh@saltwaterstudio.ie"),
  date="2026-11-13T20:30", inv="INV-2026-136", amt="1350.00", due="2026-11-10", step="reminder",
  client="Niamh Ní Fhlaithearta", ckind="person", quote="apple", client_app="apple", fmt="plain", enc="qp",
  L=dict(),
  note="Galway potter's long, warm feedback on the brand identity (stamps, tissue paper, market stall) and a few tweaks; the invoice appears only as a two-word line near the end: 'Invoice sorted.' Paid with no payment verb.",
  body="""
Hi Tom,

I've been meaning to write to you properly for a week now, so here goes, sorry it's long.

The new identity is just perfect. I had the stamp made for the bottom of the pots and it looks like it's always been there, which I think is the best compliment I can give. The tissue paper with the wave pattern arrived on Tuesday and I've been wrapping everything in it like a mad woman, even the things that don't need wrapping. At the craft fair in Spiddal last weekend three different people asked who did my branding, and one of them was the woman who runs the gallery in Clifden, so you might hear from her.

A few small things, none urgent:
- On the website the logo looks a bit squashed on my phone, maybe it's just my phone, it's ancient.
- Could we have a version of the stall sign without the website address? The market in Galway doesn't let you advertise online shops on the stalls, don't ask me why.
- My sister thinks the blue is too dark on the business cards. I don't. I'm just telling you so you know I stood up for you.

Invoice sorted.

I'd love to talk about packaging for the Christmas gift sets at some stage, but I know it's late for this year, so maybe we plan for next year properly instead of me panicking in November again.

Thanks a million, honestly,
Niamh

Sent from my iPhone
""")

M(kind="client-reply-paid", owner="tom", frm=("Gareth Lynch", "gareth.lynch@quayside-hotels.ie"),
  cc=[("Aoife Brennan", "aoife.brennan@quayside-hotels.ie")],
  date="2026-12-18T12:55", inv="INV-2026-118", amt="3200.00", due="2026-11-30", step="late_fee", deadline="2026-12-21",
  days_late=18, client="Quayside Hotels Group", quote="outlook", client_app="outlook", fmt="alt", enc="qp",
  L=dict(reference="INV-2026-118"),
  note="Marketing manager's farewell on his last day, introduces his successor (in cc), reflects on projects; 'Before I go - I've settled INV-2026-118 this morning'. Paid, reference in his own text.",
  body="""
Hi Tom,

Today is my last day at Quayside, so I wanted to tie up a few loose ends and say a proper goodbye.

Before I go - I've settled INV-2026-118 this morning. It was sitting in my approvals queue since November and I'm mortified, I honestly thought I'd clicked approve before the Galway trip. Finance have confirmed it went out with today's payments, so you should see it early next week.

From January, Aoife Brennan (copied) is taking over marketing for the group. She's brilliant and she's already a fan of your work, particularly the signage at the Kinsale property, which she says is the only hotel signage she's ever seen guests photograph on purpose. I've given her the full history: the brand refresh, the menus, the wayfinding, and the spa launch that's on hold until spring. She'll be in touch after the holidays about the spa project and the new website, which is finally getting budget.

For my part, I'm heading to a small distillery in Dingle, so don't be surprised if I come looking for a label designer in six months.

It's been a genuine pleasure working with you for the last four years. Thanks for your patience with the endless rounds of "can we see it in green" from head office.

Happy Christmas,
Gareth

Gareth Lynch
Group Marketing Manager | Quayside Hotels Group
""")

M(kind="client-reply-paid", owner="hannah", frm=("Sophie Marsh", "sophie@marshandfield.co.uk"),
  date="2027-01-14T13:18", inv="HC-153", amt="720.00", cur="GBP", due="2027-01-08", step="reminder",
  client="Marsh & Field Interiors", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(),
  note="Interiors brand founder: the spring catalogue copy, a shop opening in Bath, product names; hedged paid claim: 'I'm pretty sure Mark paid that last week - can you check it arrived? If not I'll chase him.' Paid (claim + question).",
  body="""
Hi Hannah,

Happy new year! I hope you managed a proper break. We didn't, but that's retail.

So, lots to catch up on. The spring catalogue is at the printers and the copy is the best we've ever had. My favourite line is still the one about the linen throw "looking like it's been in the family for years, without the family". Mark wanted to cut it for being too cheeky and I overruled him, so if anyone complains I'm blaming you.

We've also confirmed the shop in Bath: the lease is signed and we open in April. I'll need some copy for the window vinyl, a short story-of-the-brand panel for the wall, and probably a press release when we're closer. Could we talk about it early February?

Re your reminder - I'm pretty sure Mark paid that last week, he did a batch of supplier payments on Thursday before he went to the trade show in Frankfurt and I saw your name on the list. Can you check it arrived? If not I'll chase him, he's back on Monday.

Last thing: we're naming the new lighting range and we're stuck. It's handblown glass, smoky colours, very Scandinavian. Mark wants names of Cornish bays. I want something less obvious. Any thoughts? Happy to pay for a naming session if it's a thing you do.

Speak soon,
Sophie

Sophie Marsh
Co-founder, Marsh & Field
""")

M(kind="client-reply-paid", owner="hannah", frm=("Callum McIntyre", "callum@mcintyrejoinery.scot"),
  date="2026-11-30T17:45", inv="HC-140", amt="480.00", cur="GBP", due="2026-11-25", step="reminder",
  client="McIntyre Joinery", quote="none", client_app="android", fmt="plain", enc="8bit",
  L=dict(),
  note="Glasgow joiner, Scottish voice ('that's you paid now', 'wee', 'aye'), about the website copy, a workshop fire alarm and St Andrew's Day; paid sentence is idiomatic with no amount.",
  body="""
Hannah

Aye sorry about that, that's you paid now. Done it on the app this afternoon while I was waiting on a delivery of oak that was meant to come at 8 and turned up at half 3. The guy says it's the weather. It's always the weather.

Been meaning to tell you, the new website words are going down a storm. Had a couple in from Bearsden on Saturday who said they picked us because the About page "sounded like a real person". I told them it was a real person, it just wasn't me, I can barely write a text. The bit about my granda's workbench got my mum greeting when she read it, so cheers for that.

Couple of wee things when you've got a minute, no rush:
The kitchens page still says we do "bespoke staircases" but we stopped doing them after the job in Milngavie, I'm not going into it. Can you take that out?
My nephew's doing the photos for the gallery page, he says he needs a line under each one. Is that something you do or is that just him trying to get out of writing it?

Workshop's mental busy the now with folk wanting things for Christmas that I told them in September would need to be ordered in September.

Happy St Andrew's Day by the way, hope you're having a dram somewhere warm.

Callum
McIntyre Joinery, Glasgow
""")

M(kind="client-reply-paid", owner="tom", frm=("Lukas Brunner", "l.brunner@alpenglas.ch"),
  tz="Europe/Zurich",
  date="2027-02-03T14:10", inv="INV-2027-009", amt="1200.00", due="2027-01-29", step="due",
  client="Alpenglas AG", quote="outlook", client_app="outlook", fmt="plain", enc="qp", re="AW:",
  L=dict(amount="1200.00"),
  note="Swiss client writing careful non-native English: trade fair in Frankfurt, brochure feedback; 'we transferred the full EUR 1,200 on Monday' and warns that SWIFT fees may reduce what arrives. Paid, amount 1200.",
  body="""
Dear Tom,

Thank you for your reminder and please excuse the delay in my answer. We were at the Ambiente fair in Frankfurt until Tuesday and I am only now working through my e-mails.

First the payment: we transferred the full EUR 1,200 on Monday from our account at Zürcher Kantonalbank. Because we are in Switzerland it is not a SEPA payment but a SWIFT transfer, and I am told that sometimes an intermediary bank takes a small fee along the way. If the amount that arrives is less than 1,200, please tell me the difference and we will send it separately, it is not your fault and you should not pay this.

About the fair: the new brochure was very successful. Many visitors took it from the stand and our sales director says the English texts are much better than in the past years, when we made the translation ourselves (I will not say who did it). Especially the page about the glass-blowing process was praised by two distributors from Scandinavia.

For the next steps, we would like to make a shorter version of the brochure, maybe 8 pages, for the retail shops, and also the same content in German and French. Of course the translations we will organise, but the layout should come from you, so it is the same style. Could you send me an offer for this?

With kind regards from Lucerne,

Lukas Brunner
Head of Marketing
Alpenglas AG | Haldenstrasse 14 | 6006 Luzern
""")

M(kind="client-reply-paid", owner="hannah", frm=("Priya Shah", "priya@shahweddings.co.uk"),
  date="2026-12-07T21:05", inv="HC-143", amt="650.00", cur="GBP", due="2026-12-01", step="reminder",
  client="Shah Weddings & Events", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Wedding planner's end-of-season round-up (a Hindu-Jewish fusion wedding, a snowed-in venue); 'Paid on the 3rd along with the photographer and the venue deposit' - the other payments are not the point. Paid.",
  body="""
Hi Hannah!!

I'm so sorry, I've only just seen this - wedding season might be officially over but nobody told my inbox.

Honestly, what a year. We finished on Saturday with the Cohen-Patel wedding at Hedingham Castle, which was a full Hindu ceremony in the morning and a chuppah in the afternoon, and somehow it all ran on time, even with 40 cousins who all thought they were in charge of the baraat. The week before, the venue in the Peak District got snowed in and we had to move the whole thing forty miles in 36 hours. I aged ten years. Remind me never to book a December wedding above 300 metres.

The new website copy has been a game changer, by the way. Enquiries are up and, more to the point, they're the RIGHT enquiries - couples who actually read the bit about "we don't do cookie-cutter" and mean it. Two of next summer's bookings quoted the About page back at me in the first call.

Your invoice - paid on the 3rd along with the photographer and the venue deposit for the Johnson wedding, I did all my supplier bits in one go that morning. It should have shown up by now, but let me know if not and I'll dig out the confirmation.

For next year I'd love to do a proper brochure for venues and a little guide for couples, sort of "how to plan a multi-faith wedding without losing your mind". Maybe a January coffee?

Love,
Priya x
""")

M(kind="client-reply-promise", owner="tom", frm=("Declan Murphy", "declan@murphyoutdoor.ie"),
  date="2027-01-12T11:35", inv="INV-2026-144", amt="1845.00", due="2026-12-31", step="reminder",
  client="Murphy Outdoor Ltd", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(promised_date="2027-01-28"),
  note="Outdoor gear shop owner explains a bad quarter (warm autumn, a supplier going bust, stock write-off) at length; the decision: 'we can't before the 28th' (when a customer contract pays out). Promise for 2027-01-28.",
  body="""
Hi Tom,

I owe you a straight answer, so here it is, with the background so you don't think I'm fobbing you off.

The last quarter was the worst we've had since we opened. The autumn was too mild, so nobody bought a winter jacket until the week before Christmas, and by then half of them bought online. On top of that, our main boot supplier in Portugal went into administration in November, with a deposit of ours in their account that we won't see again, and we had to write off a container of stock that arrived damaged. None of that is your problem, I know.

I've also had to let two of the seasonal staff go earlier than planned, which I hated doing, and I've been doing the Saturday shifts myself since November. My wife says I'm living in the shop. She's not wrong. The bank has been decent about the overdraft, but they've made it very clear that they want to see January's figures before they'll talk about extending it, so every euro that comes in is spoken for until the end of the month. I'm telling you all this not for sympathy but so you understand that the date below is a real one, worked out with the accountant on Monday, not a number I've pulled out of the air.

The good news is that January has started well, the sale is moving the old stock, and we've won the contract to supply the mountain rescue teams in Kerry and Cork, which is steady money. The first payment on that lands on the 27th.

So, honestly, we can't before the 28th. That's when I'll have the cash to clear your invoice and two others, and you're first on the list. If that's a problem, ring me and we'll work something out, but I'd rather tell you a date I can keep than promise you Friday and let you down.

On a brighter note, the new catalogue has had great feedback from the trade, and the rescue-team contract means we need a small product sheet for the kit they're buying. I'll send details when things settle.

Thanks for your patience,
Declan

Declan Murphy
Murphy Outdoor | Killarney, Co. Kerry
""")

M(kind="client-reply-promise", owner="hannah", frm=("Supplier Payments - Castlegate Insurance", "supplierpayments@castlegate-insurance.co.uk"),
  date="2026-12-03T09:20", inv="HC-141", amt="2250.00", cur="GBP", due="2026-11-30", step="due", qdays=1,
  client="Castlegate Insurance Ltd", quote="outlook", client_app="outlook", fmt="alt", enc="qp", re="RE:",
  L=dict(reference="HC-141"),
  note="Insurer's payments team: explanation of approval workflow, year-end freeze dates, how to query; 'HC-141 has now been approved and will go out with next week's payment run'. Promise without a specific date.",
  body="""
Dear Hannah,

Thank you for your email regarding invoice HC-141.

We apologise for the delay. The invoice was received on 31 October but was routed to the wrong cost centre owner for approval, as the purchase order had been raised by the Brand team rather than Customer Communications. It has taken some time to locate the correct approver, and we appreciate your patience.

HC-141 has now been approved and will go out with next week's payment run. Payments are made by BACS and normally reach the payee's account within two working days of the run.

For your information, please note the following arrangements for the year end:

- The final payment run of 2026 will take place on 22 December. Invoices approved after 17 December will be paid in the first run of January.
- Our offices will be closed from 24 December to 2 January inclusive.
- To help us avoid similar delays, please ensure that future invoices quote both the purchase order number and the name of the person who commissioned the work.

If you have any further questions about this or any other payment, please reply to this mailbox quoting the invoice number and we will respond within three working days.

Kind regards,

Supplier Payments Team
Castlegate Insurance Ltd
1 Castlegate, York YO1 9RN

Castlegate Insurance Ltd is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. This message is confidential and intended solely for the addressee.
""")

M(kind="client-reply-promise", owner="tom", frm=("Orla Keane", "orla@keanedance.ie"),
  date="2026-11-24T22:50", inv="INV-2026-137", amt="780.00", due="2026-11-15", step="reminder",
  client="Orla Keane", ckind="person", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(promised_date="2026-11-27"),
  note="Dance school owner's long update on the Christmas show poster, costumes and a broken boiler; the final line before sign-off: 'I'll pay it Friday when the term fees come in, promise!' Tuesday 24 Nov -> Friday 27 Nov.",
  body="""
Tom!

Oh God, sorry, I completely forgot about that. Let me give you all the news first and then I'll grovel.

The Christmas show posters are up all over Tralee and they look amazing. The little reindeer in the tutu has become a bit of a celebrity, the kids want it on a t-shirt and the parents want it on a mug, so I'm thinking we do a small run of both to raise money for the new sprung floor. Could you send me the reindeer on its own, without the text, in a format the printing place in town can use? They said "vector" like I'd know what that means.

Rehearsals are going grand, apart from the boiler in the studio dying last Thursday, so we've been doing pliés in our coats. The landlord says it'll be fixed "soon", which in Kerry means before Easter if we're lucky.

The show is on Saturday 12 December at the Siamsa Tíre, two performances, 3pm and 7pm. I'll leave you two tickets at the box office if you want to come down, you'd be very welcome, and you'd see your poster three metres high in the foyer.

Now the grovelling: I'll pay it Friday when the term fees come in, promise! Half the parents pay the second-term fees at the end of November and I'm always skint until then.

Thanks for being so patient with me,
Orla

Keane School of Dance, Tralee
""")

M(kind="client-reply-promise", owner="hannah", frm=("Tom Fairbairn", "tom@fairbairnandco.co.uk"),
  date="2026-11-20T16:40", inv="HC-139", amt="1320.00", cur="GBP", due="2026-11-13", step="reminder",
  client="Fairbairn & Co Solicitors", quote="outlook", client_app="outlook", fmt="plain", enc="qp",
  attach=[("Website copy - compliance comments (SRA).pdf", "application/pdf")],
  L=dict(promised_date="2026-12-15"),
  note="Solicitors' practice manager on a website launch delayed by the SRA, a merger and a move; 'it will be paid by the 15th' written on 20 November, so the 15th of next month: 2026-12-15.",
  body="""
Dear Hannah,

Thank you for your reminder, and apologies for my slow reply. It's been a difficult few weeks here, for reasons that I should probably explain, since some of them affect the work you've been doing for us.

First, the website. As you know, we had hoped to launch the new site with your copy at the start of November. Unfortunately, our compliance partner decided late in the day that several of the service pages needed to be reviewed against the SRA's transparency rules, in particular the pricing information for conveyancing and probate. That review is now finished, and I attach her comments, which are minor. I'd be grateful if you could look at them when you have a moment; the launch is now planned for early December.

Secondly, and this is still confidential, we are in the final stages of a merger with a smaller practice in Harrogate. If it goes ahead, there will be a second office, a new partner biography or two, and some changes to the "About us" page. I'll let you know as soon as I can say more.

As for the invoice: our accounts are reconciled at the start of each month and, with the merger due diligence, the November run was missed. I have now authorised it, and it will be paid by the 15th.

With kind regards,

Tom Fairbairn
Practice Manager
Fairbairn & Co Solicitors | 12 Stonegate, York YO1 8AS
Fairbairn & Co is authorised and regulated by the Solicitors Regulation Authority (SRA No. 604112).
""")

M(kind="client-reply-promise", owner="tom", frm=("Siobhán Walsh", "siobhan@walshbakery.ie"),
  date="2027-01-06T08:05", inv="INV-2026-145", amt="1120.00", due="2026-12-31", step="reminder",
  client="Walsh's Bakery", quote="apple", client_app="apple", fmt="plain", enc="qp",
  L=dict(promised_date="2027-01-31"),
  note="Bakery owner writes at 8am about the Christmas rush, a new van, her father's retirement and the Little Christmas party; 'I'll have it paid by the end of January at the latest'. -> 2027-01-31.",
  body="""
Morning Tom,

Happy Nollaig na mBan! I'm writing this between batches on the busiest day of the year for us after Christmas Eve, so forgive the typos.

First, thank you for the Christmas boxes. We sold every single one of them, 1,400 boxes, double last year, and people were queueing out the door on the 23rd. A woman from Naas drove over just because she saw the box on Instagram. Daddy, who has been running this bakery since 1979 and has never once said anything nice about "the marketing", said the box was "very smart". I nearly fainted.

That's the other news, actually. Daddy is retiring at the end of the month. He's been saying it for ten years, but this time he's booked a trip to Lanzarote with Mam and handed me the keys to the van, so I think he means it. We're having a small do for him on the 30th in the shop, just family and a few of the old customers. You'd be very welcome.

With all that going on I've let the invoice slide, sorry. December is great for sales but the money all goes out in January: flour, the VAT, the new oven we financed, staff bonuses. I'll have it paid by the end of January at the latest, and sooner if I can.

For the spring, I'd love to redo the shop sign now that it's officially mine. Something that keeps Daddy's name but looks like this century.

Siobhán

Walsh's Bakery, Kilcullen
""")

M(kind="client-reply-promise", owner="tom", frm=("Brad Kowalski", "bkowalski@lakeshoremarine.com"),
  tz="America/New_York",
  date="2026-12-10T15:20", inv="INV-2026-140", amt="4200.00", cur="USD", due="2026-12-05", step="due",
  client="Lakeshore Marine Supply", quote="gmail", client_app="outlook", fmt="alt", enc="qp",
  L=dict(promised_date="2026-12-14"),
  note="US marine supplier (New York time zone): boat show booth, catalogue feedback, a snowstorm; 'I'll cut a check on Monday' (and asks whether Tom prefers a wire). Thursday 10 Dec -> Monday 14 Dec.",
  body="""
Hi Tom,

Thanks for the nudge, and sorry this slipped. We've had a crazy couple of weeks getting ready for the boat show in New York in January, and then we got two feet of snow on Tuesday, which shut the warehouse down for a day and a half. Buffalo in December, what can I say.

The catalog is a hit. Our sales reps took it on the road in November and the dealers loved it, especially the section with the illustrated rigging diagrams. One of the big chains in Florida said it's the first catalog they've seen that their counter staff actually use to explain things to customers. So thank you, that was a great call on your part.

For the boat show, we're going to need a booth design. It's a 20x20 island booth this time, which is twice what we had last year, so we need something that reads from all four sides. I'll send you the floor plan and the show's rules tomorrow. Timeline is tight, the graphics have to be at the printer by January 4.

On the invoice: our controller is out this week, but I'll cut a check on Monday myself. Unless you'd prefer a wire? I know checks are kind of a pain to cash from Ireland. Just tell me what works best for you and I'll make it happen Monday either way.

Talk soon,
Brad Kowalski
VP Marketing, Lakeshore Marine Supply
Buffalo, NY
""")

M(kind="client-reply-promise", owner="hannah", frm=("Imogen Hartley", "imogen@hartleygin.co.uk"),
  date="2026-12-02T14:55", inv="HC-147", amt="890.00", cur="GBP", due="2026-11-28", step="reminder",
  client="Hartley Gin Distillery", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(promised_date="2026-12-31", reference="HC-147"),
  note="Gin distillery founder: Christmas gift sets, a Gin of the Year award, tour scripts; two invoices: 'HC-144 went today' and 'HC-147 will follow at the end of the month'. Paid one + promise for the reminded one = promise, 2026-12-31.",
  body="""
Hi Hannah,

Apologies, apologies. December has arrived like a freight train.

First things first: we won! The Winter Botanical took silver at the Gin of the Year awards on Friday, and the judges specifically mentioned the tasting notes on the back label, which are yours, so I'm claiming a share of that medal on your behalf. We've already sold out of the first batch and the second is being bottled this week.

The gift sets are flying too. The little booklet that goes in the box, with the story of the botanicals, has been getting lovely comments on social media, and one of the big department stores has asked if we'd do an exclusive set for next Christmas. I'll probably need you for that one.

On invoices: HC-144 went today, I've just done it from the business account. HC-147 will follow at the end of the month, if that's OK. December is our biggest month for sales, but it's also when we pay for all the glass and the duty, so cash is tight until the money from the trade customers comes in.

Also, we've decided to start distillery tours in the spring. I'd love your help writing the script for the guides: about 45 minutes, with a bit of history, a bit of science and a lot of gin. Could we chat in January?

Cheers,
Imogen

Imogen Hartley
Founder, Hartley Gin | Ludlow, Shropshire
""")

M(kind="client-reply-promise", owner="tom", frm=("Brightwater Leisure - Finance", "finance@brightwaterleisure.ie"),
  date="2026-12-08T11:30", inv="INV-2026-142", amt="2950.00", due="2026-12-04", step="due",
  client="Brightwater Leisure Ltd", quote="none", client_app="outlook", fmt="html", enc="qp", charset="windows-1252",
  L=dict(promised_date="2026-12-18"),
  note="'Update to all suppliers' from a small leisure company: move to 60-day terms in 2027, a new finance system, a new contact; one line decides: 'all outstanding invoices dated before 30 November will be paid on 18 December'. Promise for 2026-12-18.",
  body="""
Dear Supplier,

We are writing to all of our suppliers with an update on some changes at Brightwater Leisure, and in reply to recent queries about outstanding payments.

2026 has been a year of growth for Brightwater. We opened our third leisure centre, in Naas, in June, and we now employ over 140 people across our three sites. With that growth, we have had to make some changes to the way we manage our finances, and we want to be open with you about them.

1. Payment terms. From 1 January 2027, our standard payment terms for new orders will move from 30 to 60 days from the date of invoice. Existing agreements with different terms will be honoured until they are renewed.

2. Outstanding invoices. We are aware that some payments have been delayed during the migration to our new finance system. We apologise for this. All outstanding invoices dated before 30 November will be paid on 18 December in a single payment run.

3. New finance contact. Our Financial Controller, Mary Doyle, has retired after twelve years with us. Her successor, Ruairí Kelly, joins on 4 January and can be contacted at this address.

4. Purchase orders. From 1 January, every invoice must quote a Brightwater purchase order number.

We value our relationship with each of our suppliers and thank you for your patience over the past weeks. We wish you a very happy Christmas and a successful 2027.

Yours sincerely,

Finance Department
Brightwater Leisure Ltd
Brightwater House, Lucan, Co. Dublin
""")

M(kind="client-reply-promise", owner="hannah", frm=("Olu Adeyemi", "olu@adeyemiarchitects.com"),
  date="2027-02-09T18:25", inv="HC-156", amt="1150.00", cur="GBP", due="2027-02-05", step="due",
  client="Adeyemi Architects", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(promised_date="2027-02-10"),
  note="Architect's long reply on the competition entry text, a RIBA talk and a list of edits; hedged: 'should be able to do it tomorrow, fingers crossed the new bank app lets me in'. Tuesday 9 Feb -> 10 Feb.",
  body="""
Hi Hannah,

Thanks for this, and for the draft of the competition statement, which I've now read three times. Comments below, then the boring bit.

The statement: it's very good. You've managed to make our approach to community consultation sound like a design principle rather than a box-ticking exercise, which is exactly the point. A few notes:

1. Paragraph two, "listening is our first material" - love it, keep it.
2. The bit about the timber frame is a bit too technical for this jury. Could we cut it to one sentence and move the numbers to the drawings?
3. Can we mention the school in Peckham by name? We've got permission now.
4. Word count: we're 60 over. Sorry. I know you hate cutting, but the portal is strict.

The deadline is Monday the 22nd at noon, so if we can have a final by Thursday the 18th that leaves time for the graphics.

Also, I'm giving a talk at the RIBA in March about small practices and public buildings, and I'd love you to look over my notes. Twenty minutes, quite informal. Let me know if that's something you'd do and what it would cost.

The boring bit: sorry the invoice is late. We moved banks in January and the new account has been a saga - new cards, new app, new everything. Should be able to do it tomorrow, fingers crossed the new bank app lets me in this time.

Best,
Olu

Olu Adeyemi
Director, Adeyemi Architects | Deptford, London
""")

M(kind="client-reply-promise", owner="tom", frm=("Fiona Carr", "fiona@carrandcoagency.ie"),
  date="2027-02-15T12:20", inv="INV-2027-011", amt="2600.00", due="2027-02-10", step="due",
  client="Carr & Co Agency", quote="outlook", client_app="outlook", fmt="plain", enc="qp",
  L=dict(),
  note="An agency that subcontracted Tom: long on the end client's rebrand, the launch event and the next pitch; 'we'll pay you as soon as the client pays us - they're at 60 days'. Conditional promise, no date.",
  body="""
Hi Tom,

Thanks for your email, and sorry for the delay. I wanted to give you a full picture rather than a one-liner.

The rebrand for the credit union launched on the 2nd and it's gone down really well. The board is happy, the members are happy, and the local paper ran a half-page on it, with your logo front and centre. The branch signage goes up in March and they've already asked about a second phase: the app, the website and a members' magazine. We'll definitely want you on that if it happens, so keep an eye on your diary for April.

On the invoice, I'm going to be honest with you, because I'd rather you heard it from me. The client is on 60-day terms with us, and their first payment isn't due until the end of March. We're a small agency and we can't carry all of our freelancers' costs for two months, especially after a quiet January. So we'll pay you as soon as the client pays us. I know that's not what you agreed to, and I'm not happy about it either. If it becomes a real problem for you, call me and we'll see if we can do part of it sooner.

On a more positive note, we're pitching for the Irish Cancer Society's fundraising campaign next month, and I'd love you to work with us on the creative for the pitch. It's paid, a small fee, but if we win it's a big one.

Best,
Fiona

Fiona Carr
Managing Director, Carr & Co | Dublin 8
""")

M(kind="client-reply-promise", owner="hannah", frm=("Ben Okafor", "ben.okafor@hearthandhome.org.uk"),
  date="2027-01-27T08:10", inv="HC-154", amt="600.00", cur="GBP", due="2027-01-22", step="due",
  client="Hearth & Home Trust", quote="none", client_app="apple", fmt="plain", enc="qp",
  L=dict(promised_date="2027-01-27"),
  note="Charity fundraiser writing on the 8am train about the winter appeal results, a donor story and a trustee meeting; 'I'll transfer it today once I'm back at my desk'. Promise for the same day, 2027-01-27.",
  body="""
Hi Hannah,

Writing this on the 7:42 from Reading, which is sitting outside Twyford for reasons nobody is explaining, so I thought I'd finally reply properly.

First, the winter appeal. We closed it on Friday and the total is £184,000, which is 40% up on last year and the best we've ever done. The trustees are over the moon. A lot of that came from the direct mail letter, and in particular the story of Mrs Okonkwo and the boiler, which you wrote so carefully. Several donors mentioned her by name when they gave. She's asked me to tell you she's "very pleased to be famous", so consider that passed on.

I've got the trustee meeting on Thursday, and I'm going to propose that we do a spring appeal as well, smaller, focused on the new advice line. If they agree, I'd love you to write it. Same approach: one real story, no pity, plenty of dignity.

Now, the invoice. Really sorry, this one is on me. I approved it in the system before Christmas but it needed a second signature, and the other signatory was on leave until last week, so it got stuck. I've now got the authority to release it myself, so I'll transfer it today once I'm back at my desk.

Train's moving, hooray.

Best,
Ben

Ben Okafor
Head of Fundraising, Hearth & Home Trust

Sent from my iPhone
""")

M(kind="client-reply-dispute", owner="tom", frm=("Katrin Vogel", "k.vogel@vogel-moebel.de"),
  tz="Europe/Berlin",
  date="2026-11-26T10:15", inv="INV-2026-135", amt="4305.00", due="2026-11-20", step="reminder",
  client="Vogel Möbelwerkstätten GmbH", quote="outlook", client_app="outlook", fmt="alt", enc="qp", re="AW:",
  L=dict(reference="INV-2026-135"),
  note="German client in careful English: showroom opening, catalogue praise; INV-2026-135 carries 23% Irish VAT although it is a B2B service to a German company (reverse charge): 'we cannot pay it in this form... please send us a corrected invoice'. Dispute.",
  body="""
Dear Tom,

Thank you for your message. I am sorry for the late answer; we had the opening of our new showroom in Munich last week and everything else was waiting.

The opening was a big success. More than 300 guests came, and the new catalogue you designed was on every table. Our managing director, Herr Vogel senior, who is normally very critical about "modern design", said to me that for the first time the catalogue looks like our furniture feels. I think this is a big compliment, also from him.

Unfortunately I must come to a problem with the invoice INV-2026-135. Our tax accountant has checked it and she says that you have charged Irish VAT at 23%. Because we are a German company with a valid VAT number (DE 284 551 902), and your service is a B2B service, the reverse charge procedure should apply: the invoice must be without VAT and with the note "reverse charge" and both VAT numbers. In this form we cannot book it and also we cannot pay it, because we would pay VAT to you which we cannot deduct in Germany.

Could you please send us a credit note for this invoice and a corrected one without VAT? Then we will pay it immediately, the amount of the work itself is of course fine.

For next year we plan a second catalogue for the outdoor collection, so I hope we will continue to work together.

Best regards,
Katrin Vogel
Marketing | Vogel Möbelwerkstätten GmbH | Rosenheim
""")

M(kind="client-reply-dispute", owner="hannah", frm=("Mark Pemberton", "mark@pembertonwealth.co.uk"),
  date="2027-01-19T12:30", inv="HC-155", amt="2400.00", cur="GBP", due="2027-01-15", step="due",
  client="Pemberton Wealth Management", quote="gmail", client_app="outlook", fmt="plain", enc="qp",
  L=dict(),
  note="Wealth manager: market commentary, FCA Consumer Duty review; the invoice bills six web pages but only four were delivered and the two delivered need another round: 'I'm not prepared to pay the full amount until the remaining pages are delivered'. Dispute.",
  body="""
Hannah,

Thank you for your note. I'd rather deal with this directly than let it drag on.

Some context first. As you know, we're rebuilding the website ahead of the FCA's review of how firms like ours communicate with clients under the Consumer Duty. Our compliance consultant has been through everything line by line, and she was very complimentary about the pages you delivered: clear, plain, nothing that could be read as a promise of returns. That's exactly what we needed, and I'm grateful.

For what it's worth, the review also flagged pages written by our previous agency, which we've now taken down entirely, so your pages are carrying more weight than originally planned. That's partly why the missing ones matter so much. The Fees page in particular has to set out our charging structure in a way that a retired schoolteacher with a modest pension can understand without ringing us, and the Working With Us page has to explain what happens if a client wants to leave, which the regulator is increasingly interested in. We can't go live without either of them, and I'd rather our compliance consultant didn't write them herself: with respect to her, her prose reads like a statute.

However, the brief, and your quote of 14 October, covered six pages: Home, About, Our Approach, Services, Fees, and Working With Us. To date we have received Home, About, Our Approach and Services. Fees and Working With Us - the two pages that the compliance review cares about most - have not been delivered, and the last update I had on them was before Christmas.

The invoice is for the full amount of the quote. I'm not prepared to pay the full amount until the remaining pages are delivered and signed off. I'm happy to pay for the four completed pages now if you send me an invoice for those, and the balance on delivery of the rest.

I'd also like a date for the two outstanding pages, please. Our soft launch is planned for 15 February, and I'd rather not move it.

I realise this may sound abrupt. It isn't meant to be - the work has been good - but I have to hold everyone to the same standard.

Regards,
Mark Pemberton
Managing Partner, Pemberton Wealth Management | Guildford
""")

M(kind="client-reply-dispute", owner="tom", frm=("Eoin Gallagher", "eoin.gallagher@donegalcraftguild.ie"),
  date="2026-12-15T15:05", inv="INV-2026-139", amt="650.00", due="2026-12-10", step="due",
  client="Donegal Craft Guild CLG", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(reference="INV-2026-139"),
  note="Craft guild secretary: the Christmas market, members' news, a grant; 'INV-2026-139 seems to be for the same branding workshop as INV-2026-131, which we paid in October'. Already billed = dispute (the 'paid' is about the earlier invoice).",
  body="""
Hi Tom,

Hope you're keeping well. I'm writing on behalf of the committee, as treasurer and general dogsbody.

First, the Christmas market in Letterkenny was our best yet. Forty-two stalls, a great turnout despite the rain, and the new banners and signage you designed made the whole thing look like a proper event rather than a church hall sale, which, let's be honest, is what it was a few years ago. Several members have asked for the "Made in Donegal" badge as a sticker for their own packaging, so we might come back to you about that in the new year.

Also, good news on the funding front: the Local Enterprise Office has approved our grant for the online shop, so that project can go ahead in spring. I'll be in touch about that in January.

Now, the invoice. I've gone through our books twice, and I think there's a mix-up. INV-2026-139 seems to be for the same branding workshop as INV-2026-131, which we paid in October: same date (the 18th of September), same description, same amount. As far as we're concerned, there was only the one workshop. Unless I'm missing something, could you check it and cancel the second invoice, or send us a credit note? I'd rather not pay twice for the same day, and the grant auditors would have a field day.

Happy Christmas to you and yours,
Eoin

Eoin Gallagher
Treasurer, Donegal Craft Guild
""")

M(kind="client-reply-dispute", owner="hannah", frm=("Anjali Mehta", "anjali.mehta@mehtaspices.co.uk"),
  date="2026-11-11T11:50", inv="HC-137", amt="1100.00", cur="GBP", due="2026-11-06", step="reminder",
  client="Mehta Spices Ltd", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(),
  note="Family spice business, warm and polite: Diwali sales, father's recipe book, a supermarket listing; asks 'kindly consider a reduction of 25%' because the packaging copy arrived three weeks late and they missed the Diwali print slot. Discount request = dispute.",
  body="""
Dear Hannah,

Greetings from Leicester, and belated Diwali wishes to you! I hope you had a chance to enjoy some sweets.

Thank you for your reminder. I have been meaning to write to you for a week, but Diwali is our busiest season and I have barely left the warehouse. The good news is that sales were up by a third on last year, and our new chai masala blend sold out in nine days. My father, who started the business in 1984 from our garage, says it is the best year we have ever had, and now he wants to write a recipe book. I may need your help with that next year!

There is one matter I must raise, and I hope you will understand. The packaging copy for the new range was agreed for delivery on 1 September, so that the printers could have the boxes ready for Diwali. It arrived on 22 September. Because of this we missed the printer's slot and had to launch the range in plain boxes with stickers, which did not look as we had hoped, and we lost one of the gift-shop orders.

I know that some of the delay was because my brother took a long time to approve the brand story, and I accept that. But I would kindly ask you to consider a reduction of 25% on the invoice, to reflect the impact on us. If you agree, please send a revised invoice and I will pay it the same week.

I truly value your work and hope we can continue together.

Warm regards,
Anjali Mehta
Director, Mehta Spices Ltd
""")

M(kind="client-reply-dispute", owner="hannah", frm=("Jonny Price", "jonny@pricecyclesbristol.co.uk"),
  date="2027-02-18T19:35", inv="HC-157", amt="1000.00", cur="GBP", due="2027-02-12", step="reminder",
  client="Price Cycles", quote="none", client_app="android", fmt="plain", enc="8bit",
  L=dict(amount="750.00", currency="GBP"),
  note="Bristol bike shop owner, casual: the new website, a sponsored ride, a stolen van; 'I've sent £750 today' and disputes the remaining £250 for the blog posts he says he never asked for. Partial payment + dispute of the rest = dispute; amount 750 GBP.",
  body="""
Hi Hannah

Right, sorry, been meaning to reply to this for a week. Let me explain where I'm at.

The site copy is great, genuinely. The product pages read way better than before and the bit about the workshop and the "no question too stupid" policy has got people coming in and actually asking stupid questions, which is what we wanted. Sales of the servicing packages are up and I'm pretty sure that's down to you.

We also did the Severn Bridge sponsored ride on Sunday, 220 riders, raised nearly £9k for the children's hospital, so that was a good weekend. Less good: someone nicked the shop van from outside my house on Monday night. Police reckon it's in bits in a garage in Swindon by now. Insurance is "looking into it".

On the invoice. I've sent £750 today, which is the website copy we agreed. The other £250 is for "4 x blog posts", and honestly I never asked for blog posts. You mentioned it on the call in December as a nice-to-have, I said maybe later, and then they turned up in the folder with the rest. They're good, don't get me wrong, but I didn't order them and I'm not in a position to pay for stuff I didn't ask for, especially with the van.

Happy to have a chat about it, maybe we can work something out, like I use them and pay for them in the spring when things pick up. But for now it's the £750.

Cheers
Jonny
Price Cycles, Bristol
""")

M(kind="client-reply-dispute", owner="tom", frm=("Sarah Quinlan", "sarah.quinlan@quinlanproperty.ie"),
  date="2027-01-29T17:20", inv="INV-2027-006", amt="1480.00", due="2027-01-25", step="reminder",
  client="Quinlan Property Group", quote="outlook", client_app="outlook", fmt="html", enc="qp", re="RE:",
  L=dict(),
  note="Property developer, firm and long: show-apartment brochure feedback and the sales launch; 'We never commissioned a second round of concepts... We will not be paying for it'. Refusal of part = dispute.",
  body="""
Tom,

I'll be frank with you, because I think that's the best way to keep a good working relationship.

The brochure for Harbour View is excellent. The agents are using it at every viewing, and we've sold fourteen of the thirty-two apartments off the plans since the launch on the 9th, which is well ahead of forecast. The floorplan pages in particular, with the furniture drawn in, have made a real difference to buyers who can't read architectural drawings. None of what follows takes away from that.

However, your invoice includes a line for "second round of concepts - 8 hours". We never commissioned a second round of concepts. What happened, as I recall it, is that the first round did not reflect the brief: we asked for a calm, coastal, understated look and the three concepts you presented were all bold, urban and dark. We said so at the meeting on 2 December, and you offered to "have another go". That was a correction, not a new piece of work, and I'd expect any supplier to absorb it.

We will not be paying for it. Please send me a revised invoice without that line and I'll have it approved the same day. If you see it differently, I'm open to a call, but I'd want to understand why a concept that missed the brief should be billed twice.

Regards,
Sarah Quinlan
Sales & Marketing Director
Quinlan Property Group | Cork
""")

M(kind="client-reply-dispute", owner="hannah", frm=("Dr Helen Carter", "h.carter@northernsciencefest.org"),
  date="2026-12-11T10:40", inv="HC-145", amt="900.00", cur="GBP", due="2026-12-07", step="due",
  client="Northern Science Festival", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Science festival director: this year's events, a new funder, next year's themes; the copywriting workshop was cancelled by the festival and Hannah billed it anyway: 'we'd be grateful for a credit note for the workshop'. Credit note wanted = dispute.",
  body="""
Dear Hannah,

I hope you're well, and thank you for your patience with us this autumn.

The festival is finally over, and I've just sent the final report to the Arts Council. Over 11,000 people came to events across the ten days, a 30% increase, and the feedback on the programme and the website was excellent. Your event descriptions deserve a lot of the credit: we had far fewer "what is this actually about?" emails than usual, and several schools told us the listings helped them choose which talks to bring pupils to.

We also have some exciting news for next year: the Wellcome Trust has agreed in principle to fund a strand on health and the body, which means a bigger programme and, I hope, more work for you.

There is one thing I need to sort out with you, though. The invoice includes £900 for the "writing for the public" workshop with our volunteer science communicators, which was scheduled for 14 November. As you'll remember, we had to cancel it ourselves the week before, because half of the volunteers were ill and the venue flooded. You were very understanding about it at the time. I don't think we had agreed a cancellation fee, and our funding rules make it very difficult to pay for a session that didn't happen.

So we'd be grateful for a credit note for the workshop. If we can reschedule it for the spring, we'd of course pay for it then.

With best wishes,
Helen

Dr Helen Carter
Festival Director, Northern Science Festival | Newcastle upon Tyne
""")

M(kind="client-reply-dispute", owner="tom", frm=("Mia Robertson", "mia@saltandsagestudio.com.au"),
  tz="Australia/Sydney",
  date="2027-02-25T09:45", inv="INV-2027-010", amt="2150.00", due="2027-02-19", step="reminder",
  client="Salt & Sage Studio Pty Ltd", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(),
  note="Sydney ceramics brand (Australia time zone), upbeat: the summer launch, a bushfire scare, markets; hedged but clear: 'I'm not really comfortable paying the rush fee... could you take it off?' Dispute about part of the invoice.",
  body="""
Hi Tom!

G'day from a very hot Sydney. Sorry for the slow reply, we had a bushfire scare up near the studio in the Blue Mountains last week, and for two days all we did was pack kilns and glazes into the ute just in case. All fine in the end, the wind turned, but it's been a week.

The good news: the summer collection launched on Saturday and the packaging looks incredible on the shelves. The boxes with the eucalyptus print have already been reposted by two big homewares accounts, and one of the stockists in Melbourne asked for an extra hundred sets. I'm over the moon, honestly. You nailed the brief.

I did want to ask you about one thing on the invoice, and I hope it doesn't come across the wrong way. There's a "rush fee" of 25% on the packaging design. I remember we talked about the timeline being tight, but I don't remember agreeing to a rush fee, and it wasn't in the original quote. The timeline was tight because the printer changed their deadline, not because we changed the brief or asked you to speed things up. So I'm not really comfortable paying the rush fee on top. Could you take it off, or at least meet me halfway? The rest is absolutely fine.

Also, we're thinking about doing a small range of tea towels and aprons for winter. Would you be keen? Same illustrations, new colours.

Cheers,
Mia

Mia Robertson
Founder, Salt & Sage Studio | Katoomba NSW
""")

M(kind="client-reply-other", owner="hannah", frm=("Lucy Barnes", "lucy.barnes@oakleighschools.org.uk"),
  date="2026-11-06T15:45", inv="HC-136", amt="1250.00", cur="GBP", due="2026-11-02", step="due",
  client="Oakleigh Schools Trust", quote="outlook", client_app="outlook", fmt="plain", enc="qp",
  L=dict(),
  note="Multi-academy trust comms officer: Ofsted result, prospectus praise, next project; finance need the invoice re-issued with the PO number (PO 4500021877) before it can be paid. PO needed = other.",
  body="""
Hi Hannah,

Thank you for your email and apologies for the delay. It's been a mad half-term.

Before the admin, some good news: Oakleigh Primary got "good" in every category in the Ofsted inspection last week, which is a huge turnaround from three years ago, and the head specifically thanked the comms team for the new prospectus, which the inspectors had picked up in reception and read while they waited. I told her it was all you, which is mostly true.

Now, the admin. I've checked with finance and the reason your invoice hasn't been paid is that it doesn't have a purchase order number on it. Since September, the trust's finance system won't accept any invoice without one, and unfortunately they don't tell anyone, they just leave it in a queue. The PO for the prospectus work is 4500021877. Could you re-send the invoice with that number on it, to invoices@oakleighschools.org.uk, and copy me in? Then I'll make sure they pick it up.

Sorry about this. I should have sent you the PO at the start, but I was still finding my feet.

Looking ahead, we're going to need a new trust-wide recruitment pack in the spring, as we've got a lot of teaching posts to fill for September. It would be great to have the same voice as the prospectus. Could we talk about it in January?

Many thanks,
Lucy

Lucy Barnes
Communications Officer | Oakleigh Schools Trust
""")

M(kind="client-reply-other", owner="tom", frm=("Paddy Flynn", "paddy@flynnsbar.ie"),
  cc=[("Flynn's Accounts", "accounts@flynnsbar.ie")],
  date="2026-12-01T13:10", inv="INV-2026-138", amt="960.00", due="2026-11-27", step="due",
  client="Flynn's Bar & Kitchen", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Pub landlord: Christmas bookings, the new menu boards, a trad session; 'I've passed this on to Maura who does the accounts (cc'd) - she'll sort you out'. Forwarded to accounts, no own commitment = other.",
  body="""
Tom,

Good to hear from you, even if it's about money! Ha.

I've passed this on to Maura who does the accounts (cc'd) - she'll sort you out. I don't go near the books, it's safer for everyone that way.

While I have you. The menu boards have been a great success. People are actually reading them, and we've sold more of the specials in two weeks than we did in the whole of October. The chalk-effect ones for the beer garden have held up grand in the rain, which I was worried about.

Christmas is fully booked from the 10th, God help us, and I was thinking we need something for the window to tell people about the New Year's Eve party without it looking like a nightclub flyer. Something classy, with the old photo of my grandfather behind the bar in 1952, if you can work with that. Could you do something small by the 15th? I know it's tight.

Also, the lads who play the Thursday trad session asked if you'd do a poster for them, to go up in the bar and online. They can't pay much, but they'd buy you pints for life, which, knowing you, might be worth more.

Call in before Christmas, we'll have a pint and I'll show you where I want to put the big sign in the spring.

Paddy

Flynn's Bar & Kitchen, Ennis
""")

M(kind="client-reply-other", owner="hannah", frm=("Grace Holloway", "grace@hollowaytextiles.co.uk"),
  date="2026-12-21T17:00", inv="HC-149", amt="1350.00", cur="GBP", due="2027-01-20", step="invoice", qdays=0,
  client="Holloway Textiles", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(),
  note="Reply to the invoice mail itself: 'Got it, thanks - it's gone to our bookkeeper', then a long Christmas letter about the mill, the apprentices and next year's catalogue. Received = other.",
  body="""
Hi Hannah,

Got it, thanks - it's gone to our bookkeeper, Janet, who'll add it to January's batch of things to worry about.

And what a way to end the year. The heritage catalogue went out to the trade last week and the response has been wonderful. Liberty have asked for samples of three of the tweeds, which is the first time anyone from a London department store has returned my calls, and a Japanese buyer emailed to say the story of the mill "made him want to visit Yorkshire", which I'm not sure anyone has said before.

I wanted to say thank you properly for the way you handled the history pages. Dad was nervous about how we'd talk about the years when the mill nearly closed, and you found a way to be honest about it without making it sound like a tragedy. He's read it about twenty times. He won't tell you that, so I'm telling you.

The two apprentices we took on in September are doing brilliantly, by the way. Ellie has already designed her first herringbone, which we're putting into production in the spring.

For next year, I'd like to talk about the website, which still looks like it was made in 2011 (because it was), and maybe a short film about the mill, if we can find the money.

Have a lovely Christmas. I hope you get some proper rest.

Grace

Grace Holloway
Holloway Textiles | Hebden Bridge
""")

M(kind="client-reply-other", owner="tom", frm=("Rory Fitzgerald", "rory@fitzgeraldcider.ie"),
  date="2027-02-02T09:50", inv="INV-2027-007", amt="1750.00", due="2027-01-29", step="due",
  client="Fitzgerald Cider", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Cider maker asks for a call about an export range for the US, with a long list of topics; the reminder is ignored entirely. Other.",
  body="""
Hi Tom,

Have you got half an hour this week for a call? Something's come up and I want your head on it before I commit to anything.

We've been approached by an importer in Boston who wants to take our cider into about sixty bars and off-licences across New England, starting in May. It's a big deal for us, the biggest since we started, but it means a whole new range of labels, because the US rules on alcohol labelling are completely different from ours and the importer says our current labels "won't get through TTB". I had to look up what TTB was.

Things I'd like to talk through:
- Whether we adapt the existing labels or design a separate export range. The importer likes the Irish look but wants it "louder".
- The mandatory government warning text, which is huge and ugly and has to go on the front or back, I'm not sure which.
- Cans as well as bottles, because apparently Americans drink cider from cans at baseball games.
- Timing: they need final artwork by mid-March for approval.
- Budget. I'll be honest, I don't know what this kind of thing costs, and I want to be realistic before I sign the importer's contract.

I'm around Wednesday afternoon or Thursday morning. Or if you're in Waterford next week I'll bring you out to the orchard and we can do it over a glass.

Cheers,
Rory
Fitzgerald Cider | Co. Waterford
""")

M(kind="client-reply-other", owner="tom", frm=("Vendor Management - Cobalt Health", "vendormanagement@cobalthealth.com"),
  tz="America/New_York",
  date="2026-11-30T14:25", inv="INV-2026-134", amt="6800.00", cur="USD", due="2026-11-25", step="reminder",
  client="Cobalt Health Inc.", quote="outlook", client_app="outlook", fmt="html", enc="qp", re="RE:",
  L=dict(reference="INV-2026-134"),
  note="US corporate vendor-management team: payment cannot be released until Tom returns a W-8BEN (non-US vendor) and completes vendor onboarding; long explanation of the compliance steps. A form requirement, no promise or dispute = other.",
  body="""
Hello Tom,

Thank you for contacting Cobalt Health regarding invoice INV-2026-134.

Our records show that your vendor profile is incomplete, and for that reason the invoice has been placed on hold by Accounts Payable. Before a payment can be released to a non-US vendor, we are required to have on file a valid IRS Form W-8BEN (for individuals) or W-8BEN-E (for entities). Without this form, any payment to you would be subject to 30% backup withholding, which we would prefer to avoid on your behalf.

To complete your vendor onboarding, please:

1. Download Form W-8BEN from irs.gov, complete Parts I and II, and sign and date it. If you are claiming treaty benefits as a resident of Ireland, please complete line 9 and the relevant article on line 10.
2. Complete the attached Vendor Information Form, including your banking details for international wire transfers (IBAN, SWIFT/BIC, bank name and address).
3. Return both documents to this address. For security reasons, we will verify any banking information by telephone with the contact listed on the form.

Once your profile is complete, the hold will be removed and the invoice will be processed according to our standard terms. Please note that processing of new vendor profiles currently takes 5-7 business days.

If you have any questions about this process, please do not hesitate to reply to this email.

Best regards,

Vendor Management Team
Cobalt Health Inc. | 200 Clarendon Street, Boston, MA 02116

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information.
""")

M(kind="client-reply-other", owner="hannah", frm=("Eleanor Wright", "eleanor@wrightandpartners.co.uk"),
  date="2027-01-11T10:20", inv="HC-150", amt="780.00", cur="GBP", due="2027-01-06", step="due", qdays=3,
  client="Wright & Partners Chartered Surveyors", quote="outlook", client_app="outlook", fmt="alt", enc="qp",
  L=dict(),
  note="Surveyors moved office over Christmas: new address, new finance contact and billing details for future invoices, a photo of the view, an invitation. No statement about paying this invoice. Other.",
  body="""
Dear Hannah,

Happy New Year! I hope 2027 is treating you well so far.

I'm writing mainly to let you know that we've moved. As of 4 January, Wright & Partners is at 3rd Floor, The Corn Exchange, 18 Market Street, Leeds LS1 6DH. After fourteen years above the sandwich shop on Boar Lane, we finally have a meeting room with a door that closes and a kitchen with a working fridge. The partners are beside themselves.

Please could you update your records for future invoices? The billing address is now the one above, and invoices should go to our new finance manager, David Chen, at finance@wrightandpartners.co.uk, rather than to me. David joined us in December from one of the big firms and is bringing order to what he describes, politely, as "a creative approach to bookkeeping". He'll be in touch if he needs anything else from you.

The new website copy went live on the 6th, just in time for the move, and we've already had two enquiries through it that mention the page about party wall matters, which I know was a headache to write. Thank you for persevering with it.

We're having a small office-warming on Thursday 28 January from 5pm, and we'd love you to come. Nothing fancy: wine, a few clients, and a view of the Corn Exchange dome that I still can't quite believe is ours.

Warm regards,
Eleanor

Eleanor Wright FRICS
Senior Partner, Wright & Partners
""")

M(kind="client-reply-other", owner="tom", frm=("Ailbhe Reilly", "ailbhe.reilly@greenlanecreche.ie"),
  date="2027-01-20T14:40", inv="INV-2027-003", amt="540.00", due="2027-01-15", step="due",
  client="Greenlane Childcare", quote="apple", client_app="apple", fmt="plain", enc="qp",
  L=dict(),
  note="Childcare manager going on maternity leave tomorrow: baby due, handover to her deputy Joanne, who will 'look after everything including your invoice'. Handover, no claim or promise of her own = other.",
  body="""
Hi Tom,

Perfect timing on your email, because tomorrow is my last day before maternity leave and I'm trying to hand everything over without forgetting anything important. Baby is due on 12 February, so wish me luck.

First, thank you so much for everything you've done for Greenlane this year. The new logo and signage have made such a difference. Parents keep telling us the centre looks "so much more welcoming", and the children adore the little hedgehog character. We now have a hedgehog on the lunch boxes, on the nap-time blankets and, thanks to one of the parents, on a knitted tea cosy in the staff room.

From tomorrow until September, Joanne Clarke, my deputy, will be running the centre, and she'll look after everything including your invoice. I've left her a note about it, along with the rest of the open items, and she has full access to the accounts. Her email is joanne@greenlanecreche.ie and she's lovely, if a little more organised than me, so you may find things move faster while I'm away!

She also knows about the open day in March, and the new parents' handbook we talked about. She may get in touch about those in the next few weeks.

Thank you again for your patience and your kindness this year. I'll send you a photo of the new arrival.

Ailbhe

Ailbhe Reilly
Manager, Greenlane Childcare | Navan

Sent from my iPad
""")

M(kind="client-reply-other", owner="hannah", frm=("Jamie Cross", "jamie@crosscountrycoffee.co.uk"),
  date="2026-12-14T11:55", inv="HC-146", amt="560.00", cur="GBP", due="2026-12-09", step="reminder",
  client="Cross Country Coffee", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(reference="HC-146"),
  note="A coffee chain founder with a numbered list of questions about the next brief; he has three invoices from Hannah and asks which one HC-146 is and whether it duplicates the café copy. Question about which invoice, no claim = other.",
  body="""
Hi Hannah,

Thanks for this. Before I forward it to finance, I need a bit of help, because I've lost track.

I've got three invoices from you in my inbox from the last couple of months, and I'm not sure which is which. One is for the menu copy, one for the website, and one I think is for the franchise brochure, but the references don't match the way I'd filed them. Which job is HC-146 for? And is it separate from the café menu copy, or does it include it? I just want to make sure I send finance the right one and they don't think it's a duplicate. That's all, nothing wrong with it as far as I know.

While I have you, a few questions about the franchise pack, which is next on the list:

1. How long do you think the franchise brochure should be? The consultant says 12 pages, my gut says 6.
2. Should we write it for potential franchisees or for their banks? They're very different readers.
3. Do you do the "operations manual" kind of writing too, or is that a different skill?
4. Could we use some of the website copy in the brochure, or would that look lazy?
5. Timing: we want to launch the franchise programme at the Franchise Show in Birmingham in March.

And a slightly random one: a couple of baristas have started writing little notes on the cups, and customers love it. Do you think we could turn that into something for the brand, or would it lose the magic?

Cheers,
Jamie

Jamie Cross
Founder, Cross Country Coffee | Manchester
""")

M(kind="client-reply-other", owner="tom", frm=("Róisín Daly", "roisin@dalyevents.ie"),
  date="2027-02-11T18:30", inv="INV-2027-008", amt="1650.00", due="2027-02-06", step="reminder",
  client="Daly Events", quote="gmail", client_app="gmail", fmt="alt", enc="qp",
  L=dict(),
  note="Event organiser's debrief of a conference: 'we've just paid the photographer and the print run, so it's been a costly month' - other suppliers; Tom's invoice is never addressed. Other (trap).",
  body="""
Hi Tom,

Just back from the Galway conference and wanted to send you a proper debrief while it's fresh, because so much of it went well and a lot of that was down to your work.

Numbers first: 640 delegates over two days, our biggest event yet. The badges, lanyards, signage and the printed programme all looked superb, and the wayfinding in the hotel, which last year was a disaster (people kept ending up in the kitchen), worked perfectly. The sponsors were particularly happy with the stage backdrop, one of them asked for the file to use in their own annual report.

It's been a costly month, I won't lie. We've just paid the photographer and the print run, plus the AV company, which was eye-watering, and the venue's final bill came in higher than quoted because of the extra coffee breaks. But the client is delighted and has already booked us for next year, with a bigger budget, so it's worth it.

A few lessons for next time:
- The programme was lovely but too long. Next year, a pocket version with just the times and rooms, and the full thing online.
- We need bigger signs for the breakout rooms. People at the back couldn't read them.
- The QR codes on the posters worked well. Let's use more of them.

Could we meet in March to start planning next year's identity? The theme will be "resilience", which I know will make you roll your eyes.

Thanks again,
Róisín

Róisín Daly
Director, Daly Events | Dublin
""")

M(kind="client-reply-other", owner="hannah", frm=("Nick Saunders", "nick.saunders@saundersgroup.co.uk"),
  date="2027-02-22T08:45", inv="HC-158", amt="1950.00", cur="GBP", due="2027-02-17", step="due",
  client="Saunders Group Ltd", quote="outlook", client_app="outlook", fmt="plain", enc="qp",
  L=dict(),
  note="Managing director's long update (restructure, new brand name, a site visit); on the invoice only 'Let me check with finance and come back to you'. Checking = other.",
  body="""
Morning Hannah,

Apologies for the slow reply. It's been a fortnight of board meetings, and I'm only now getting to the bottom of my inbox.

Quick update on our side, because it affects the work. The board has approved the restructure, which means that from 1 April the three businesses (the plant hire, the groundworks and the training centre) will all trade under one name. The working title is "Saunders", but the marketing team is pushing for something that sounds less like a family firm, which of course is what we are. I'd like your view on that before anything is decided. Naming isn't something I'd want to leave to a committee.

It also means we'll need new copy for the website, the brochure and the tender documents, all in the same voice. I know you've only worked with the training centre until now, but I'd like you to take on the whole thing if you have capacity. Could you send me a rough proposal by the end of March?

On your invoice: to be honest, I don't know where it is. Since we moved to the new purchase ledger system, invoices seem to go into a black hole, and I've had two other suppliers chasing this month. Let me check with finance and come back to you.

I'm on site in Wakefield most of this week, but I'm free for a call on Friday morning.

Best,
Nick

Nick Saunders
Managing Director, Saunders Group Ltd | Wakefield
""")

M(kind="client-reply-other", owner="tom", frm=("Freya Lindqvist", "freya@nordlys-design.se"),
  tz="Europe/Stockholm",
  date="2026-11-04T13:15", inv="INV-2026-133", amt="2200.00", due="2026-10-30", step="reminder",
  client="Nordlys Design AB", quote="gmail", client_app="gmail", fmt="plain", enc="qp",
  L=dict(),
  note="Swedish client in near-native English: the Stockholm Furniture Fair, a collaboration idea; her bank requires the beneficiary's full postal address and bank address for the foreign transfer and asks Tom to send them. A question about payment details, no promise = other.",
  body="""
Hi Tom,

Thank you for your reminder, and sorry for the wait. I have tried to pay, but our bank has made it complicated, so I need a little help from you.

Since our bank changed its system in October, every payment outside Sweden needs the full postal address of the beneficiary and the name and address of the receiving bank, not only the IBAN and BIC. Without those fields, the payment simply will not go through; I have tried twice now, and both times it was rejected with a very unhelpful error message in Swedish bureaucratic language. Could you send me your business address and the address of your bank branch? Then I will try again.

Otherwise, all is well here. The lamp collection you did the catalogue for was shown at the Stockholm Furniture Fair preview in October, and the reception was very warm. A journalist from Wallpaper asked for images, and we used your layouts for the press kit. Thank you again for being so patient with all our changes to the product names, which I know were many.

I also have an idea I would like to talk about some time: a small book about Scandinavian and Irish craft, with makers from both countries. Nothing concrete yet, but I think you would be the right person to design it, and maybe even to find the Irish makers. Let me know if it sounds interesting.

Best wishes from a very dark Stockholm (sunset at 15:30 already),
Freya

Freya Lindqvist
Creative Director, Nordlys Design AB
""")

# ==== OUTPUT ====
# --------------------------------------------------------------------------------------------------
# output: .eml files, labels.toml, sanity check
# --------------------------------------------------------------------------------------------------
KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def own_words(body):
    return len(re.findall(r"\w+", body))


def order():
    """Interleave the languages and kinds (stable, deterministic)."""
    import random
    idx = list(range(len(MSGS)))
    random.Random(1107).shuffle(idx)
    return [MSGS[i] for i in idx]


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    msgs = order()
    lines = ["# round11-long: long human replies where one or two sentences decide the kind.",
             "# Generated by make.py (hand-written bodies). split = dev for the whole round.", ""]
    for i, m in enumerate(msgs, 1):
        assert m["kind"] in KINDS, m["kind"]
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(build(m, i))
        lang = OWNERS[m["owner"]]["lang"]
        lines.append(f'[files."{name}"]')
        lines.append(f'kind = "{m["kind"]}"')
        lines.append(f'language = "{lang}"')
        lines.append('split = "dev"')
        L = m.get("L", {})
        for key in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient"):
            if key in L:
                lines.append(f"{key} = {toml_str(L[key])}")
        if "permanent" in L:
            lines.append(f"permanent = {'true' if L['permanent'] else 'false'}")
        lines.append(f"note = {toml_str(m['note'])}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    check(msgs)


def check(msgs):
    import tomllib
    from collections import Counter
    labels = tomllib.load(open(os.path.join(HERE, "labels.toml"), "rb"))["files"]
    bad = 0
    for i, m in enumerate(msgs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        raw = open(os.path.join(HERE, name), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not msg[h]:
                print(name, "missing", h)
                bad += 1
        assert msg["Date"].datetime is not None
        part = msg.get_body(preferencelist=("plain", "html"))
        text = part.get_content()
        if not text.strip():
            print(name, "empty body")
            bad += 1
        w = own_words(m["body"])
        if not 150 <= w <= 560:
            print(name, "own words", w, m["kind"], m["frm"][1])
        lab = labels[name]
        pd = lab.get("promised_date")
        if pd:
            assert lab["kind"] == "client-reply-promise", name
            when = dt.datetime.fromisoformat(m["date"]).date()
            assert d(pd) >= when, (name, pd, when)
    c = Counter((labels[n]["kind"]) for n in labels)
    cl = Counter((labels[n]["language"], labels[n]["kind"]) for n in labels)
    print(len(labels), "messages;", dict(c))
    for k in sorted(cl):
        print("  ", k, cl[k])
    print("problems:", bad)


if __name__ == "__main__":
    main()
