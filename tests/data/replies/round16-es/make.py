#!/usr/bin/env python3
"""round16-es: Spanish-speaking client replies to mailduns reminders, plus a little machine mail.

Run:  python3 make.py      (writes r16e-NNNN.eml and labels.toml next to this file, then re-parses them)
Stdlib only. Every body below is hand-written; only the MIME plumbing, the HTML skeletons and the
quoted mailduns reminders are generated.
"""
import base64
import hashlib
import html as htmlmod
import quopri
import random
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r16e"

# --------------------------------------------------------------------------- the freelancers
OWNERS = {
    "L": dict(name="Lucía Martín", addr="lucia@martinestudio.es", benef="Lucía Martín Gil",
              iban="ES76 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", tz="Europe/Madrid"),
    "J": dict(name="Javier Ortega Sanz", addr="javier@ortegatraduce.es", benef="Javier Ortega Sanz",
              iban="ES91 0081 0216 7300 0123 4567", bic="BSABESBBXXX", tz="Europe/Madrid"),
    "N": dict(name="Nerea Etxeberria", addr="nerea@nereaetxeberria.eus", benef="Nerea Etxeberria Arana",
              iban="ES12 2095 0611 0091 1234 5678", bic="BASKES2BXXX", tz="Europe/Madrid"),
    "C": dict(name="Carmen Delgado Suárez", addr="carmen@delgadoconsultoria.com",
              benef="Carmen Delgado Suárez", iban="ES60 0049 1500 0512 3456 7892", bic="BSCHESMMXXX",
              tz="Atlantic/Canary"),
}

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIA3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def d(s, tz):
    """'2026-12-03 09:14' in a zone -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def larga(day):  # '8 de noviembre de 2026'
    y, m, dd = (int(x) for x in day.split("-"))
    return f"{dd} de {MESES[m - 1]} de {y}"


# --------------------------------------------------------------------------- the invoices
def inv(owner, num, amount, issue, due, client, to, kind="person", subject=None):
    return dict(owner=owner, num=num, amount=amount, issue=issue, due=due, client=client, to=to,
                kind=kind, subject=subject or f"Factura {num}")


def saludo(i):
    if i["kind"] == "company":
        return "Estimados señores:"
    first = i["client"].split()[0].lower()
    if first in ("sra.", "dña.", "doña"):
        return f"Estimada {i['client']}:"
    if first in ("sr.", "d.", "don"):
        return f"Estimado {i['client']}:"
    if i["client"]:
        return f"Buenos días, {i['client']}:"
    return "Buenos días:"


def pago(i):
    o = OWNERS[i["owner"]]
    return ("Datos para el pago:\n"
            f"- beneficiario: {o['benef']}\n"
            f"- IBAN: {o['iban']}\n"
            f"- BIC: {o['bic']}\n"
            f"- concepto: Factura {i['num']}")


def reminder(kind, i, sent=None, promise_date=None, claim_date=None, deadline=None, days_late=None,
             fee=None):
    o = OWNERS[i["owner"]]
    num, amt = i["num"], i["amount"]
    s = saludo(i) + "\n\n"
    if kind == "courtesy":
        s += (f"Un breve recordatorio: la factura n.º {num} de {amt}, emitida el {larga(i['issue'])}, "
              f"vence el {larga(i['due'])}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario "
              "hacer nada más.\n\n" + pago(i) + "\n\nPara cualquier duda, basta con responder a este correo.")
    elif kind == "due":
        s += (f"La factura n.º {num} de {amt} venció el {larga(i['due'])} y, según mis registros, el pago "
              "aún no consta. Agradecería que se tramitara en los próximos días.\n\nSi el pago ya se ha "
              "realizado, muchas gracias: no es necesario hacer nada más.\n\n" + pago(i) +
              "\n\nPara cualquier duda, basta con responder a este correo.")
    elif kind == "reminder":
        s += (f"Revisando mis cuentas, veo que la factura n.º {num} de {amt}, vencida el {larga(i['due'])}, "
              "sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago "
              "se realizara en cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese "
              "caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar "
              "mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.\n\n"
              + pago(i))
    elif kind == "late_fee":
        base, interes, total, rate = fee
        s += (f"La factura n.º {num} de {amt} venció el {larga(i['due'])}, hace {days_late} días, y sigue "
              "pendiente de pago.\n\nAl tratarse de una operación comercial, es de aplicación la Ley 3/2004, "
              "de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad en las "
              "operaciones comerciales (Directiva 2011/7/UE). Desde el día siguiente al vencimiento, la "
              "deuda devenga automáticamente intereses de demora al tipo legal: el tipo del Banco Central "
              "Europeo para sus operaciones principales de financiación más ocho puntos porcentuales, "
              f"actualmente el {rate} anual (arts. 5 y 7). A la deuda se añade, además, una cantidad fija de "
              "40,00 € en concepto de indemnización por costes de cobro (art. 8).\n\n"
              "A día de hoy, el importe adeudado es el siguiente:\n"
              f"- factura n.º {num}: {base}\n- intereses de demora ({days_late} días al {rate}): {interes}\n"
              f"- indemnización por costes de cobro: 40,00 €\n- total: {total}\n\n"
              f"Ruego que el pago de {total} se realice a más tardar el {larga(deadline)}. Si ya está en "
              "curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay "
              "algún problema con la factura o con los plazos, podemos buscar una solución por esta misma "
              "vía.\n\n" + pago(i))
    elif kind == "promise_followup":
        if promise_date:
            s += (f"Según su último mensaje, el pago de la factura n.º {num} de {amt} se realizaría a más "
                  f"tardar el {larga(promise_date)}; gracias de nuevo por la información.\n\n")
        else:
            s += (f"Gracias de nuevo por la información sobre el pago de la factura n.º {num} de {amt}, "
                  f"vencida el {larga(i['due'])}.\n\n")
        s += ("A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con "
              "responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil "
              "saber para cuándo puedo contar con él.\n\n" + pago(i))
    elif kind == "paid_claim_followup":
        s += (f"Muchas gracias por comunicarme el {larga(claim_date)} que la factura n.º {num} de {amt} ya "
              "está pagada.\n\nSin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una "
              "transferencia tarda unos días más en llegar, o puede haberse enviado a otros datos bancarios. "
              "Para poder localizarla, me sería de gran ayuda conocer la fecha de ejecución y la referencia de "
              "la transferencia, o recibir el justificante.\n\nSi la transferencia se ordenó hace muy poco, "
              "es normal que aún no haya llegado: en ese caso no es necesario hacer nada más. Gracias por su "
              "colaboración.")
    elif kind == "suspension":
        s += (f"Vuelvo a ponerme en contacto en relación con la factura n.º {num} de {amt}, vencida el "
              f"{larga(i['due'])} y todavía pendiente de pago.\n\nSi para el {larga(deadline)} no se ha "
              f"recibido el pago de {amt}, a partir del {larga(promise_date)} podría verme en la necesidad de "
              "suspender los trabajos en curso y la prestación de los servicios contratados hasta que se "
              "regularice la situación. Si existe alguna dificultad (por ejemplo, si es necesario fraccionar "
              "el pago), basta con responder a este correo y buscaremos una solución.\n\n" + pago(i))
    elif kind == "final":
        s += (f"La factura n.º {num}, emitida a nombre de {i['client']} el {larga(i['issue'])}, venció el "
              f"{larga(i['due'])} y, pese a los recordatorios enviados anteriormente, sigue pendiente de pago "
              f"por un importe de {amt}.\n\nPor la presente, y a los efectos del artículo 1100 del Código "
              f"Civil, requiero formalmente el pago de {amt} a más tardar el {larga(deadline)}.\n\n"
              "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también "
              "una invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de "
              "enero, de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún "
              "motivo para el retraso, alguna discrepancia con la factura o la necesidad de un calendario de "
              "pagos, basta con responder a este correo.\n\n"
              f"Si para el {larga(deadline)} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré "
              "que pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento "
              "monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los últimos "
              "días, muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta con "
              "la fecha de la transferencia.\n\n" + pago(i))
    else:
        raise ValueError(kind)
    closing = "Atentamente," if kind == "final" else "Un cordial saludo,"
    return s + f"\n\n{closing}\n{o['name']}\n"


def statement(owner, client, kind, items, total, deadline):
    fake = dict(owner=owner, client=client, kind=kind, num=items[0][0])
    s = saludo(fake) + "\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n"
    for num, issue, due, late, amt in items:
        s += f"- n.º {num}, del {larga(issue)}, vencida el {larga(due)} ({late} días de retraso): {amt}\n"
    s += (f"\nTotal a pagar: {total}\n\nRuego que el pago de estas facturas se realice a más tardar el "
          f"{larga(deadline)}. Si alguna de ellas ya está pagada, muchas gracias: basta con responder indicando "
          "cuáles y la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema "
          "con alguna factura, podemos aclararlo por esta misma vía.\n\n"
          "Los datos para el pago figuran en las facturas, en los mensajes con los que se enviaron.\n\n"
          f"Un cordial saludo,\n{OWNERS[owner]['name']}\n")
    return s


# --------------------------------------------------------------------------- quoting styles
def _q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def quote(style, text, when, owner, to_addr, subject):
    o = OWNERS[owner]
    h, mi = when.strftime("%H"), when.strftime("%M")
    dd, mm, yy = when.day, when.month, when.year
    wd = when.weekday()
    if style == "gmail":
        return (f"El {DIA3[wd]}, {dd} {MES3[mm - 1]} {yy} a las {int(h)}:{mi}, {o['name']} (<{o['addr']}>) "
                f"escribió:\n\n{_q(text)}\n")
    if style == "apple":
        return f"El {dd} {MES3[mm - 1]} {yy}, a las {h}:{mi}, {o['name']} <{o['addr']}> escribió:\n\n{_q(text)}\n"
    if style == "outlook":
        return ("________________________________\n"
                f"De: {o['name']} <{o['addr']}>\nEnviado: {DIAS[wd]}, {dd} de {MESES[mm - 1]} de {yy} {h}:{mi}\n"
                f"Para: {to_addr}\nAsunto: {subject}\n\n{text}")
    if style == "outlook-old":
        return ("-----Mensaje original-----\n"
                f"De: {o['name']} [mailto:{o['addr']}]\nEnviado el: {DIAS[wd]}, {dd} de {MESES[mm - 1]} de {yy} "
                f"{h}:{mi}\nPara: {to_addr}\nAsunto: {subject}\n\n{text}")
    if style == "android":
        return ("\n-------- Mensaje original --------\n"
                f"De: {o['name']} <{o['addr']}>\nFecha: {dd}/{mm}/{yy % 100} {h}:{mi} (GMT+01:00)\n"
                f"A: {to_addr}\nAsunto: {subject}\n\n{text}")
    if style == "yahoo":
        return (f"\nEl {DIA3[wd]}, {dd} {MES3[mm - 1]} {yy} a las {h}:{mi}, {o['name']}\n<{o['addr']}> escribió:\n\n"
                f"{text}")
    raise ValueError(style)


def quote_html(style, text, when, owner, to_addr, subject):
    o = OWNERS[owner]
    esc = "<br>\n".join(htmlmod.escape(l) for l in text.rstrip("\n").split("\n"))
    wd, dd, mm, yy = when.weekday(), when.day, when.month, when.year
    hhmm = when.strftime("%H:%M")
    if style == "gmail":
        return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">El {DIA3[wd]}, {dd} {MES3[mm-1]} {yy} '
                f'a las {when.hour}:{when.strftime("%M")}, {htmlmod.escape(o["name"])} (&lt;<a href="mailto:{o["addr"]}">'
                f'{o["addr"]}</a>&gt;) escribió:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                f'0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{esc}</blockquote></div>')
    # outlook
    return ('<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1">'
            f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De:</b> {htmlmod.escape(o["name"])} '
            f'&lt;{o["addr"]}&gt;<br><b>Enviado:</b> {DIAS[wd]}, {dd} de {MESES[mm-1]} de {yy} {hhmm}<br>'
            f'<b>Para:</b> {htmlmod.escape(to_addr)}<br><b>Asunto:</b> {htmlmod.escape(subject)}</font><div>&nbsp;</div></div>'
            f'<div><div style="font-family:Arial,sans-serif;font-size:11pt">{esc}</div></div>')


def html_outlook(body_html, quoted_html=""):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=iso-8859-1"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style></head><body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            f'<div class="WordSection1">{body_html}</div>{quoted_html}</body></html>')


def paras_outlook(text):
    out = []
    for l in text.rstrip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{htmlmod.escape(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>')
    return "\n".join(out)


def html_gmail(text, quoted_html=""):
    lines = "".join(f"<div>{htmlmod.escape(l) if l else '<br>'}</div>" for l in text.rstrip("\n").split("\n"))
    return f'<div dir="ltr">{lines}</div><br>{quoted_html}'


# --------------------------------------------------------------------------- MIME plumbing
def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None):
    codec = codec or charset
    data = text.encode(codec)
    p = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte in ("8bit", "7bit"):
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def attachment(maintype, subtype, filename, data):
    p = MIMENonMultipart(maintype, subtype, name=filename)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
            b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(t) + 24).encode() + b">>stream\nBT /F1 12 Tf 72 760 Td (" + t +
            b") Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


FAKE_PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15"
            b"\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa75\x81\x84\x00\x00\x00\x00IEND"
            b"\xaeB`\x82")


def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name, email_addr):
    return formataddr((name, email_addr)) if name else email_addr


def mid(n, style, domain):
    r = random.Random(f"r16e-{n}-{style}")
    hx = lambda k: "".join(r.choice("0123456789ABCDEF") for _ in range(k))
    if style == "gmail":
        return f"<CA{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-') for _ in range(44))}@mail.gmail.com>"
    if style == "outlook":
        p = r.choice(["AM9PR06MB", "DB8PR10MB", "PAXPR04MB", "VI1PR02MB", "MR1P264MB", "DU0PR03MB"]) + str(r.randint(1000, 9999))
        return f"<{p}{hx(6)}{hx(6)}.{hx(4)}@{p}.eurprd0{r.randint(1,9)}.prod.outlook.com>"
    if style == "apple":
        return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@{domain}>"
    return f"<{hx(16).lower()}.{r.randint(10000, 99999)}@{domain}>"


# --------------------------------------------------------------------------- message store
MESSAGES = []


def M(kind, labels, **kw):
    """Register one message. kw: frm, to, date (str), tz, subject, body, quote (dict), html ('outlook',
    'gmail', 'only-outlook', 'only-gmail'), charset, codec, cte, attach (list), cc, headers, client
    (gmail|outlook|apple|other), raw (full message text, for machine mail)."""
    MESSAGES.append((kind, labels, kw))


def thread_ids(i, step):
    o = OWNERS[i["owner"]]
    dom = o["addr"].split("@")[1]
    base = i["num"].replace("/", "-")
    inv_id = f"<factura.{base}.{hashlib.md5(base.encode()).hexdigest()[:10]}@{dom}>"
    rem_id = f"<mailduns.{base}.{step}.{hashlib.md5((base + step).encode()).hexdigest()[:12]}@{dom}>"
    return inv_id, rem_id


def build(n, kind, labels, kw):
    if "raw" in kw:
        return kw["raw"].replace("\r\n", "\n").encode(kw.get("raw_codec", "utf-8"))
    when = d(kw["date"], kw["tz"])
    charset = kw.get("charset", "utf-8")
    codec = kw.get("codec")
    cte = kw.get("cte", "quoted-printable")
    body = kw.get("body", "")
    q = kw.get("quote")
    i = kw.get("inv")
    quoted_text = quoted_html = ""
    if q:
        qw = d(q["when"], OWNERS[i["owner"]]["tz"] if i else "Europe/Madrid")
        qsubj = q.get("subject", kw["subject"].split(":", 1)[-1].strip())
        qto = q.get("to", kw["frm"][1])
        if q["text"] is not None:
            quoted_text = quote(q["style"], q["text"], qw, i["owner"], qto, qsubj)
            if kw.get("html"):
                quoted_html = quote_html("gmail" if "gmail" in kw["html"] else "outlook", q["text"], qw,
                                         i["owner"], qto, qsubj)
    full_text = body.rstrip("\n") + "\n"
    if quoted_text:
        if q.get("bottom"):  # reply written under the quote
            full_text = quoted_text.rstrip("\n") + "\n\n" + body.rstrip("\n") + "\n"
        else:
            full_text = body.rstrip("\n") + "\n\n" + quoted_text
    html_kind = kw.get("html")
    if html_kind:
        if "outlook" in html_kind:
            h = html_outlook(paras_outlook(body), quoted_html)
        else:
            h = html_gmail(body, quoted_html)
        hp = text_part(h, "html", charset, cte, codec)
        if html_kind.startswith("only"):
            core = hp
        else:
            core = MIMEMultipart("alternative")
            core.attach(text_part(full_text, "plain", charset, cte, codec))
            core.attach(hp)
    else:
        core = text_part(full_text, "plain", charset, cte, codec)
    atts = kw.get("attach", [])
    if atts:
        msg = MIMEMultipart("mixed")
        msg.attach(core)
        for a in atts:
            msg.attach(attachment(*a))
    else:
        msg = core
    frm = kw["frm"]
    msg["From"] = addr(*frm)
    to = kw.get("to") or (OWNERS[i["owner"]]["name"], OWNERS[i["owner"]]["addr"])
    msg["To"] = addr(*to)
    if kw.get("cc"):
        msg["Cc"] = ", ".join(addr(*c) for c in kw["cc"])
    msg["Subject"] = hdr(kw["subject"])
    msg["Date"] = format_datetime(when)
    client = kw.get("client", "other")
    msg["Message-ID"] = mid(n, client, frm[1].split("@")[1])
    if i and q is not None or kw.get("thread"):
        inv_id, rem_id = thread_ids(i, kw.get("step", "r1"))
        if kw.get("reply_to_invoice"):
            msg["In-Reply-To"] = inv_id
            msg["References"] = inv_id
        else:
            msg["In-Reply-To"] = rem_id
            msg["References"] = f"{inv_id} {rem_id}"
    for k, part in enumerate(msg.walk()):
        del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{n:04d}_{k}_{hashlib.md5(f'{n}-{k}'.encode()).hexdigest()[:12]}")
    msg["MIME-Version"] = "1.0"
    for k, v in kw.get("headers", []):
        msg[k] = hdr(v)
    if client == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AQH" + hashlib.sha1(str(n).encode()).hexdigest()[:20]
        msg["Content-Language"] = "es-ES"
    elif client == "apple":
        msg["X-Mailer"] = "iPhone Mail (22C152)"
    # move the MIME headers after the envelope-ish ones for a natural look
    for h in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        vals = msg.get_all(h)
        if vals:
            del msg[h]
            for v in vals:
                msg[h] = v
    return msg.as_bytes(policy=policy.compat32.clone(max_line_length=998))


# =========================================================================== the messages
# ---------------------------------------------------------------- client-reply-paid (20)
ES = "es"

i = inv("L", "2026-040", "726,00 €", "2026-10-15", "2026-11-14", "Pablo Ruiz", "pablo@obradorruiz.es")
M("client-reply-paid", dict(note="Two words and an emoji, no payment verb: 'Hecho!' answering the first reminder = paid."),
  inv=i, frm=("Pablo Ruiz", "pablo@obradorruiz.es"), date="2026-11-18 08:47", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º 2026-040", client="gmail",
  body="Hecho! perdona Lucía, se me pasó completamente 🙈\n\nPablo",
  quote=dict(style="gmail", when="2026-11-17 10:02", text=reminder("reminder", i)))

i = inv("J", "F-2026-121", "1.450,00 US$", "2026-10-20", "2026-11-19", "Grupo Editorial Sierra Madre, S.A. de C.V.",
        "cuentasporpagar@gesierramadre.com.mx", kind="company")
M("client-reply-paid", dict(amount="1450.00", currency="USD", reference="F-2026-121",
  note="Mexican AP department, formal 'por medio del presente'; amount in USD written 1,450.00 (US format); SWIFT receipt attached; 'el día de ayer' is past, so paid."),
  inv=i, frm=("Cuentas por Pagar GESM", "cuentasporpagar@gesierramadre.com.mx"), date="2026-11-24 12:31",
  tz="America/Mexico_City", subject="RE: Recordatorio: factura n.º F-2026-121", client="outlook",
  cc=[("Verónica Alcántara", "valcantara@gesierramadre.com.mx")],
  body=("Estimado Javier, buen día.\n\n"
        "Por medio del presente le confirmamos que el día de ayer se realizó la transferencia internacional por "
        "USD 1,450.00 correspondiente a su factura F-2026-121 (traducción del catálogo 2027). Adjuntamos el "
        "comprobante SWIFT para su control. Le pedimos considerar que el abono puede reflejarse en su cuenta "
        "entre 2 y 3 días hábiles.\n\n"
        "Sin más por el momento, quedamos a sus órdenes.\n\n"
        "Atentamente,\n\nLic. Rosa María Ibarra Treviño\nCuentas por Pagar | Grupo Editorial Sierra Madre\n"
        "Tel. +52 81 8340 2211 ext. 114\n\n"
        "AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos son confidenciales y para uso exclusivo "
        "del destinatario. Si usted lo recibió por error, favor de notificarlo al remitente y eliminarlo."),
  quote=dict(style="outlook", when="2026-11-23 09:15", text=reminder("reminder", i)),
  html="outlook", codec="cp1252", charset="windows-1252",
  attach=[("application", "pdf", "Comprobante_SWIFT_F-2026-121.pdf", fake_pdf("MT103 USD 1450.00 ORTEGA SANZ JAVIER"))])

i = inv("N", "26/071", "380,00 €", "2026-11-02", "2026-11-30", "Mari Carmen Urrutia", "mcurrutia57@gmail.com")
M("client-reply-paid", dict(amount="380.00",
  note="Written by the client's daughter from her mother's account; she made the transfer on Monday; 380 euros written in words of a relative."),
  inv=i, frm=("Mari Carmen Urrutia", "mcurrutia57@gmail.com"), date="2026-12-03 19:22", tz="Europe/Madrid",
  subject="Re: Factura n.º 26/071", client="gmail",
  body=("Hola Nerea, soy Itziar, la hija de Mari Carmen. Mi madre no se apaña mucho con el correo y me ha "
        "pasado tu mensaje.\n\nNo te preocupes que ya se la hice yo el lunes desde su banca online, los 380 "
        "euros, con el concepto de las fotos del 80 cumpleaños de la amama. Mi madre está encantada con el "
        "álbum por cierto!!\n\nSi necesitas algo escríbeme mejor a mí: itziar.garmendia@gmail.com\n\n"
        "Un beso,\nItziar"),
  quote=dict(style="gmail", when="2026-12-02 09:00", text=reminder("due", i)))

i = inv("L", "2026-044", "1.815,00 €", "2026-10-30", "2026-11-29", "Martina Gorostiaga", "martina@lapulperiabar.com.ar")
M("client-reply-paid", dict(
  note="Long Argentine (voseo) mail about the next project; the only sentence that matters is 'lo de la factura ya lo pasé el viernes, fijate'."),
  inv=i, frm=("Martina Gorostiaga", "martina@lapulperiabar.com.ar"), date="2026-12-07 16:05",
  tz="America/Argentina/Buenos_Aires", subject="Re: Recordatorio: factura n.º 2026-044", client="gmail",
  body=("Luli!! Qué hacés, tanto tiempo\n\n"
        "Te cuento que al final abrimos el segundo local en Palermo en marzo, así que vamos a necesitar que "
        "adaptes toda la identidad: cartas, carteles, el toldo, las redes... Mi socio quiere algo más "
        "'porteño', yo le digo que lo tuyo ya es perfecto pero bueno, lo charlamos. ¿Tenés un rato la semana "
        "que viene para una videollamada? Por la diferencia horaria a mí me viene bien a la mañana tuya tipo "
        "las 14 de acá.\n\n"
        "Ah, y lo de la factura ya lo pasé el viernes, fijate que tiene que estar, desde acá las transferencias "
        "a España tardan un poco.\n\n"
        "Mandale saludos a Diego!\n\nUn abrazo grande\nMartina"),
  quote=dict(style="gmail", when="2026-12-04 11:30", text=reminder("reminder", i)))

i = inv("L", "2026-047", "726,00 €", "2026-11-05", "2026-12-05", "Hostal La Fuentecilla, S.L.", "hostalfuentecilla@hotmail.com",
        kind="company")
fw = ("---------- Mensaje reenviado ---------\nDe: BBVA <avisos@bbva.es>\nFecha: mié, 9 dic 2026 a las 13:41\n"
      "Asunto: Has realizado una transferencia\nPara: <hostalfuentecilla@hotmail.com>\n\n\n"
      "Hola, FRANCISCO JAVIER:\n\nTe confirmamos que has realizado una transferencia con los siguientes datos:\n\n"
      "Importe: 726,00 €\nBeneficiario: LUCIA MARTIN GIL\nCuenta destino: ES76 **** **** **** **** 1332\n"
      "Concepto: FRA 47 LA FUENTECILLA\nFecha de ejecución: 09/12/2026\n\n"
      "Este correo se ha generado automáticamente. Por favor, no respondas a este mensaje.\n\nBBVA")
M("client-reply-paid", dict(amount="726.00", reference="2026-047",
  note="Client forwards his own BBVA 'has realizado una transferencia' (outgoing for him, incoming for the owner) with 'te reenvío el justificante, es el de la 47'; Android footer; no quote of the reminder."),
  inv=i, frm=("Hostal La Fuentecilla", "hostalfuentecilla@hotmail.com"), date="2026-12-09 13:52", tz="Europe/Madrid",
  subject="Fwd: Has realizado una transferencia", client="other",
  body=("Lucia te reenvio el justificante, es el de la 47. Perdona que no te conteste antes estamos con "
        "las reformas de los baños\n\nPaco\n\nEnviado desde mi Android\n\n" + fw))

i = inv("C", "CD26-052", "2.640,00 €", "2026-11-10", "2026-12-10", "Distribucions Penedès, S.L.", "factures@distpenedes.cat",
        kind="company")
M("client-reply-paid", dict(reference="CD26-052",
  note="Barcelona AP, Catalan greeting; 'se incluyó en la remesa de pagos del día 15' written on the 17th = already paid, not a promise."),
  inv=i, frm=("Comptabilitat - Distribucions Penedès", "factures@distpenedes.cat"), date="2026-12-17 11:20",
  tz="Europe/Madrid", subject="RE: Recordatorio: factura n.º CD26-052", client="outlook",
  body=("Bon dia Carmen,\n\nOs confirmamos que la factura CD26-052 se incluyó en la remesa de pagos del "
        "día 15. Según el banco, los fondos deberían estar en vuestra cuenta como muy tarde mañana.\n\n"
        "Salutacions / Saludos,\n\nNúria Ferrer i Pujol\nDepartament de Comptabilitat\nDistribucions "
        "Penedès, S.L. · Vilafranca del Penedès\n\n"
        "Abans d'imprimir aquest missatge, pensa en el medi ambient."),
  quote=dict(style="outlook", when="2026-12-14 09:00", text=reminder("due", i)),
  html="outlook", charset="iso-8859-1", codec="cp1252")

i = inv("N", "26/064", "544,50 €", "2026-10-22", "2026-11-21", "Cooperativa Olivarera San Isidro", "coopsanisidro@telefonica.net",
        kind="company")
M("client-reply-paid", dict(note="ALL CAPS, no accents, elderly cooperative manager: 'YA ESTA PAGADO DESDE EL MARTES. LO HIZO MI SOBRINO'."),
  inv=i, frm=("COOP. SAN ISIDRO", "coopsanisidro@telefonica.net"), date="2026-11-27 10:14", tz="Europe/Madrid",
  subject="RE: Recordatorio: factura n.º 26/064", client="other",
  body="BUENOS DIAS\n\nYA ESTA PAGADO DESDE EL MARTES. LO HIZO MI SOBRINO POR EL BANCO.\n\nUN SALUDO\nANTONIO\n",
  quote=dict(style="outlook-old", when="2026-11-25 09:30", text=reminder("reminder", i)))

i = inv("N", "26/075", "150,00 €", "2026-11-12", "2026-11-26", "Saioa Lasa", "saioalasa@gmail.com")
M("client-reply-paid", dict(amount="150.00",
  note="Paid by Bizum yesterday, plus a question whether it arrived because the app showed an odd error: still paid."),
  inv=i, frm=("Saioa Lasa", "saioalasa@gmail.com"), date="2026-11-29 21:37", tz="Europe/Madrid",
  subject="Re: Factura n.º 26/075", client="apple",
  body=("Kaixo Nerea! Te hice el bizum ayer por la tarde, 150€, ¿te ha llegado? Es que me salió un mensaje "
        "raro de 'operación pendiente' y luego ya desapareció. Dime algo porfa\n\nEnviado desde mi iPhone"),
  quote=dict(style="apple", when="2026-11-27 10:00", text=reminder("due", i)))

i = inv("J", "F-2026-130", "968,00 €", "2026-11-03", "2026-12-03", "Laboratorios Vendrell, S.A.", "administracion@labvendrell.es",
        kind="company")
M("client-reply-paid", dict(note="HTML-only Outlook mail, Windows-1252 bytes; terse 'Transferencia realizada con fecha 02/12' + long GDPR footer."),
  inv=i, frm=("Administración Laboratorios Vendrell", "administracion@labvendrell.es"), date="2026-12-04 09:02",
  tz="Europe/Madrid", subject="RE: Factura n.º F-2026-130", client="outlook",
  body=("Buenos días:\n\nTransferencia realizada con fecha 02/12.\n\nUn saludo.\n\nDpto. Administración\n"
        "LABORATORIOS VENDRELL, S.A.\nPol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 44 · 46988 Paterna (Valencia)\n\n"
        "De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la LOPDGDD 3/2018, le informamos de que sus datos "
        "personales forman parte de un fichero cuyo responsable es LABORATORIOS VENDRELL, S.A., con la finalidad de "
        "mantener la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión, limitación, "
        "portabilidad y oposición dirigiéndose a rgpd@labvendrell.es. Este mensaje y sus anexos son confidenciales; "
        "si no es usted el destinatario, le rogamos lo comunique al remitente y proceda a su eliminación."),
  quote=dict(style="outlook", when="2026-12-03 10:00", text=reminder("due", i)),
  html="only-outlook", charset="windows-1252", cte="quoted-printable")

i = inv("N", "26/061", "605,00 €", "2026-10-10", "2026-11-09", "Ane Zubizarreta", "ane@zubizarretainteriorismo.com")
M("client-reply-paid", dict(amount="1045.00",
  note="Reply to a statement of two invoices: both paid in one transfer of 1.045 €; two references so no single reference label."),
  inv=i, frm=("Ane Zubizarreta", "ane@zubizarretainteriorismo.com"), date="2026-12-15 13:10", tz="Europe/Madrid",
  subject="Re: Facturas pendientes", client="gmail", step="st1",
  body=("Hola Nerea,\n\npagadas las dos, la 61 y la 64, en una sola transferencia de 1.045 € que hice "
        "esta mañana (a veces tarda un día en llegar de Kutxabank).\n\nGracias por la paciencia y feliz "
        "Navidad!\nAne"),
  quote=dict(style="gmail", when="2026-12-14 09:00", subject="Facturas pendientes",
             text=statement("N", "Ane Zubizarreta", "person",
                            [("26/061", "2026-10-10", "2026-11-09", 35, "605,00 €"),
                             ("26/064", "2026-10-24", "2026-11-23", 21, "440,00 €")], "1.045,00 €", "2026-12-21")))

i = inv("C", "CD26-047", "1.100,00 €", "2026-10-28", "2026-11-27", "Talleres Hermanos Cabrera, S.L.", "admin@tallerescabrera.es",
        kind="company")
M("client-reply-paid", dict(
  note="Reply to promise_followup: 'se hizo el jueves 14, te adjunto el justificante' with a PDF; paid (past)."),
  inv=i, frm=("Yurena Cabrera", "admin@tallerescabrera.es"), date="2027-01-18 08:55", tz="Atlantic/Canary",
  subject="RE: Factura n.º CD26-047", client="outlook", step="pf1",
  body=("Buenos días Carmen, perdona, se hizo el jueves 14, te adjunto el justificante. Ya me dirás si no te "
        "llega.\n\nSaludos\nYurena Cabrera\nTalleres Hnos. Cabrera · Telde"),
  quote=dict(style="outlook", when="2027-01-16 10:00", text=reminder("promise_followup", i, promise_date="2027-01-12")),
  attach=[("application", "pdf", "justificante transferencia.pdf", fake_pdf("Transferencia 1.100,00 EUR Carmen Delgado 14/01/2027"))])

i = inv("C", "CD26-049", "3.025,00 €", "2026-11-02", "2026-12-02", "Sr. Daniel Vega", "dvega@grupovegahoteles.com")
M("client-reply-paid", dict(
  note="A colleague answers for Dani (on sick leave): 'quedó abonada el día 20'."),
  inv=i, frm=("Raquel Suárez Medina", "rsuarez@grupovegahoteles.com"), date="2026-12-22 12:40", tz="Atlantic/Canary",
  subject="RE: Recordatorio: factura n.º CD26-049", client="outlook",
  cc=[("Daniel Vega", "dvega@grupovegahoteles.com")],
  body=("Hola Carmen,\n\nSoy Raquel, la compañera de Dani en administración. Dani está de baja unos días y me "
        "ha pedido que le eche un ojo a su correo. Te confirmo que tu factura quedó abonada el día 20, lo "
        "he comprobado en el listado del banco.\n\nCualquier cosa me dices a mí mientras él no esté.\n\n"
        "Un saludo,\nRaquel Suárez\nAdministración · Grupo Vega Hoteles\nC/ León y Castillo 221, Las Palmas de G.C."),
  quote=dict(style="outlook", when="2026-12-21 09:00", text=reminder("reminder", i)))

i = inv("L", "2026-053", "242,00 €", "2026-11-20", "2026-12-20", "Bea Lorenzo", "bealorenzo.yoga@gmail.com")
M("client-reply-paid", dict(note="'Ya está ✌️' from an iPhone: paid with no verb."),
  inv=i, frm=("Bea Lorenzo", "bealorenzo.yoga@gmail.com"), date="2026-12-22 18:03", tz="Europe/Madrid",
  subject="Re: Factura n.º 2026-053", client="apple",
  body="Ya está ✌️\n\nEnviado desde mi iPhone",
  quote=dict(style="apple", when="2026-12-21 10:00", text=reminder("due", i)))

i = inv("J", "F-2026-126", "423,50 €", "2026-10-25", "2026-11-24", "Hugo Benítez", "hugo.benitez@outlook.es")
M("client-reply-paid", dict(
  note="Thinks aloud, checks, then confirms: 'creo que... sí, lo acabo de mirar, salió el 3 de diciembre'."),
  inv=i, frm=("Hugo Benítez", "hugo.benitez@outlook.es"), date="2026-12-09 22:15", tz="Europe/Madrid",
  subject="RE: Recordatorio: factura n.º F-2026-126", client="outlook",
  body=("Hola Javier, creo que eso ya te lo pagué... espera. Sí, lo acabo de mirar en la app, salió el 3 de "
        "diciembre, a tu nombre. Igual se cruzó con tu correo.\n\nUn saludo\nHugo"),
  quote=dict(style="outlook", when="2026-12-09 10:00", text=reminder("reminder", i)))

i = inv("J", "F-2026-133", "2.300,00 €", "2026-11-06", "2026-12-06", "Cafés del Quindío S.A.S.", "tesoreria@cafesquindio.com.co",
        kind="company")
M("client-reply-paid", dict(amount="2300.00", reference="F-2026-133",
  note="Colombian treasury: 'nos permitimos informarle que el pago fue aplicado el día de hoy' = paid; 'por valor de EUR 2.300,00'."),
  inv=i, frm=("Tesorería Cafés del Quindío", "tesoreria@cafesquindio.com.co"), date="2026-12-11 15:48",
  tz="America/Bogota", subject="RE: Factura n.º F-2026-133 - Javier Ortega Sanz", client="outlook",
  body=("Cordial saludo señor Ortega,\n\nNos permitimos informarle que el pago de la factura F-2026-133 fue "
        "aplicado el día de hoy mediante transferencia internacional por valor de EUR 2.300,00. Los costos "
        "bancarios del giro fueron asumidos por nuestra compañía.\n\nCualquier inquietud con gusto la "
        "atendemos.\n\nCordialmente,\n\nJhon Fredy Castaño\nAnalista de Tesorería\nCafés del Quindío S.A.S. "
        "· Armenia, Quindío"),
  quote=dict(style="outlook", when="2026-12-09 10:00", text=reminder("due", i)))

i = inv("L", "2026-058", "484,00 €", "2026-11-25", "2026-12-25", "Íñigo Salazar", "inigo@salazarabogados.es")
M("client-reply-paid", dict(reference="2026-058",
  note="Paid + undated vague 'te pagaré también lo del mantenimiento cuando me lo factures' = stays paid."),
  inv=i, frm=("Íñigo Salazar", "inigo@salazarabogados.es"), date="2026-12-29 17:31", tz="Europe/Madrid",
  subject="RE: Factura n.º 2026-058", client="outlook",
  body=("Lucía, ya te he pagado la 2026-058. Lo del mantenimiento de la web de enero te lo pagaré también "
        "cuando me lo factures, sin problema.\n\nFelices fiestas\n\nÍñigo Salazar\nSalazar Abogados"),
  quote=dict(style="outlook", when="2026-12-28 09:00", text=reminder("due", i)))

i = inv("N", "26/080", "95,00 €", "2026-12-01", "2026-12-15", "Jon Arrieta", "jonarrieta@yahoo.es")
M("client-reply-paid", dict(amount="95.00",
  note="Paid by PayPal instead of transfer ('te lo mandé por PayPal a tu correo'); Yahoo quote style."),
  inv=i, frm=("Jon Arrieta", "jonarrieta@yahoo.es"), date="2026-12-18 11:07", tz="Europe/Madrid",
  subject="Re: Factura n.º 26/080", client="other",
  body=("Hola Nerea\nte lo mandé por PayPal a tu correo, que me resultaba más fácil que la transferencia. "
        "Eran 95 euros no? si hay comisión me dices y te paso la diferencia.\nJon"),
  quote=dict(style="yahoo", when="2026-12-17 09:00", text=reminder("due", i)))

i = inv("N", "26/082", "302,50 €", "2026-12-02", "2027-01-02", "Uxía Pereira", "uxia@obradoiropereira.gal")
M("client-reply-paid", dict(note="Galician-flavoured Spanish ('Boas!', 'Bicos'): transfer done yesterday."),
  inv=i, frm=("Uxía Pereira", "uxia@obradoiropereira.gal"), date="2027-01-08 10:26", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º 26/082", client="gmail",
  body=("Boas Nerea!\n\nYa está hecha la transferencia, ayer por la tarde. Perdona la tardanza, con las "
        "rebajas andamos a mil en el obradoiro.\n\nBicos\nUxía"),
  quote=dict(style="gmail", when="2027-01-07 10:00", text=reminder("reminder", i)))

i = inv("J", "F-2026-119", "1.815,00 €", "2026-09-30", "2026-10-30", "Inmobiliaria Costa Blanca Homes, S.L.",
        "direccion@cbhomes.es", kind="company")
M("client-reply-paid", dict(amount="1815.00", reference="F-2026-119",
  note="Formal answer to the final demand (requerimiento): 'se ha procedido al abono íntegro ... quedando saldada la deuda'."),
  inv=i, frm=("Dirección CB Homes", "direccion@cbhomes.es"), date="2027-01-12 13:05", tz="Europe/Madrid",
  subject="RE: Requerimiento de pago de la factura n.º F-2026-119", client="outlook", step="fin",
  body=("Estimado Sr. Ortega:\n\nEn contestación a su requerimiento de fecha 8 de enero, le comunico que con "
        "fecha 11 de enero de 2027 se ha procedido al abono íntegro de la factura n.º F-2026-119 por importe de "
        "1.815,00 €, mediante transferencia a la cuenta indicada, quedando por tanto saldada la deuda.\n\n"
        "Lamentamos el retraso, debido a un cambio en nuestro departamento financiero.\n\nAtentamente,\n\n"
        "Gerardo Pastor Climent\nDirector General\nCosta Blanca Homes, S.L."),
  quote=dict(style="outlook-old", when="2027-01-08 09:00", subject="Requerimiento de pago de la factura n.º F-2026-119",
             text=reminder("final", i, deadline="2027-01-22")))

i = inv("L", "2026-049", "907,50 €", "2026-11-12", "2026-12-12", "Claudia Reyes", "claudia@reyescatering.es")
M("client-reply-paid", dict(
  note="'Listo, solucionado... ya salió': no payment verb; the bank had rejected the IBAN because of a space; multipart/alternative Gmail."),
  inv=i, frm=("Claudia Reyes", "claudia@reyescatering.es"), date="2026-12-16 12:12", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º 2026-049", client="gmail",
  body=("Listo, solucionado 😅 Era que el banco me rechazaba el IBAN porque lo había copiado con un espacio "
        "de más al final. Ya salió esta mañana.\n\nClaudia"),
  quote=dict(style="gmail", when="2026-12-15 10:00", text=reminder("reminder", i)), html="gmail")

# ---------------------------------------------------------------- client-reply-promise (21)
i = inv("L", "2026-050", "363,00 €", "2026-11-02", "2026-12-02", "Rocío Jiménez", "rocio@floristeriarocio.es")
M("client-reply-promise", dict(promised_date="2026-12-04",
  note="Andalusian voice; 'el viernes sin falta' written on Wednesday 2 Dec = Friday 4 Dec."),
  inv=i, frm=("Floristería Rocío", "rocio@floristeriarocio.es"), date="2026-12-02 11:48", tz="Europe/Madrid",
  subject="Re: Factura n.º 2026-050", client="gmail",
  body=("Ay Lucía perdona, que con el puente y los encargos de la Inmaculada no paro. Te lo pago el viernes "
        "sin falta, que es cuando me entra lo de las bodas.\n\nUn besito\nRocío"),
  quote=dict(style="gmail", when="2026-12-02 09:00", text=reminder("due", i)))

i = inv("C", "CD26-041", "1.980,00 €", "2026-10-20", "2026-11-19", "Ferretería Industrial Atlántico, S.A.", "proveedores@fiatlantico.es",
        kind="company")
M("client-reply-promise", dict(promised_date="2026-11-25", reference="CD26-041",
  note="AP department: 'entra en la remesa del 25' written on 18 Nov = 25 Nov."),
  inv=i, frm=("Proveedores FIASA", "proveedores@fiatlantico.es"), date="2026-11-18 09:41", tz="Atlantic/Canary",
  subject="RE: Recordatorio: factura n.º CD26-041", client="outlook",
  body=("Buenos días,\n\nLa factura CD26-041 está contabilizada y aprobada. Entra en la remesa del 25.\n\n"
        "Un saludo,\n\nDepartamento de Proveedores\nFerretería Industrial Atlántico, S.A.\n"
        "Tel. 928 46 12 00 · proveedores@fiatlantico.es"),
  quote=dict(style="outlook", when="2026-11-17 09:00", text=reminder("reminder", i)))

i = inv("J", "F-2026-140", "605,00 €", "2026-12-01", "2026-12-31", "Sergio Manzano", "sergio@manzanoarquitectos.es")
M("client-reply-promise", dict(promised_date="2027-01-31",
  note="'a final de mes' written on 12 Jan = 31 Jan; apologetic, mentions cash-flow."),
  inv=i, frm=("Sergio Manzano", "sergio@manzanoarquitectos.es"), date="2027-01-12 19:20", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º F-2026-140", client="apple",
  body=("Hola Javier,\n\nTienes toda la razón, disculpa. Enero está siendo complicado de tesorería (dos "
        "clientes nos deben desde octubre, imagínate). Te lo pago a final de mes, de verdad.\n\nUn abrazo,\n"
        "Sergio\n\n--\nManzano Arquitectos · Calle Ruzafa 12, València"),
  quote=dict(style="apple", when="2027-01-11 10:00", text=reminder("reminder", i)))

i = inv("J", "F-2026-142", "880,00 US$", "2026-11-10", "2026-12-10", "Estudio Creativo Tlacuache", "pagos@tlacuache.mx",
        kind="company")
M("client-reply-promise", dict(promised_date="2026-12-15",
  note="Mexico City, Monday 14 Dec 20:30 local (already 15 Dec in UTC and Spain): 'mañana a primera hora' = 15 Dec in the sender's time zone."),
  inv=i, frm=("Fernanda Ruiz Esparza", "pagos@tlacuache.mx"), date="2026-12-14 20:30", tz="America/Mexico_City",
  subject="Re: Recordatorio: factura n.º F-2026-142", client="gmail",
  body=("Hola Javier! Una disculpa, ya tenía la transferencia capturada pero el banco me pidió otra "
        "autorización del token y se me fue el día. Mañana a primera hora la libero, te mando el comprobante.\n\n"
        "Saludos!\nFer"),
  quote=dict(style="gmail", when="2026-12-14 10:00", text=reminder("reminder", i)))

i = inv("N", "26/068", "726,00 €", "2026-10-30", "2026-11-29", "Bodegas Itsasmendi Txakolina", "info@itsasmenditxakoli.com",
        kind="company")
M("client-reply-promise", dict(note="Vague: 'la semana que viene sin falta' = promise without a date."),
  inv=i, frm=("Mikel Agirre", "info@itsasmenditxakoli.com"), date="2026-12-04 13:00", tz="Europe/Madrid",
  subject="Re: Factura n.º 26/068", client="gmail",
  body=("Kaixo Nerea,\n\nperdona, estamos con el cierre de la vendimia y las cuentas van con retraso. La "
        "semana que viene sin falta te lo hacemos.\n\nOndo izan,\nMikel"),
  quote=dict(style="gmail", when="2026-12-02 09:00", text=reminder("reminder", i)))

i = inv("L", "2026-043", "1.452,00 €", "2026-10-27", "2026-11-26", "Agencia Kilómetro Cero, S.L.", "hola@agenciakm0.com",
        kind="company")
M("client-reply-promise", dict(
  note="Agency waiting for its own client: 'en cuanto nos pague el cliente final te pagamos' = promise, no date."),
  inv=i, frm=("Álvaro Núñez", "alvaro@agenciakm0.com"), date="2026-12-01 17:44", tz="Europe/Madrid",
  subject="RE: Recordatorio: factura n.º 2026-043", client="outlook",
  body=("Hola Lucía,\n\nTe soy sincero: el cliente de la campaña (la cadena de gimnasios) todavía no nos ha "
        "pagado a nosotros, y somos una agencia pequeña, no podemos adelantarlo. En cuanto nos paguen ellos te "
        "pagamos a ti, eso te lo garantizo. Ya les he reclamado dos veces esta semana.\n\nPerdona las "
        "molestias.\n\nÁlvaro Núñez\nDirector de cuentas · Kilómetro Cero"),
  quote=dict(style="outlook", when="2026-12-01 09:00", text=reminder("reminder", i)))

i = inv("C", "CD26-055", "4.235,00 €", "2026-11-15", "2026-12-15", "Ayuntamiento de Valsequillo", "intervencion@valsequillo.es",
        kind="company")
M("client-reply-promise", dict(promised_date="2026-12-28",
  note="Town-hall intervention office: 'no podemos ordenar el pago antes del 28' = promise for 28 Dec."),
  inv=i, frm=("Intervención Municipal", "intervencion@valsequillo.es"), date="2026-12-10 10:25", tz="Atlantic/Canary",
  subject="RE: Factura n.º CD26-055", client="outlook",
  body=("Buenos días, Sra. Delgado:\n\nLe informamos de que su factura, registrada en FACe, se encuentra "
        "conformada por el área de Desarrollo Local. Por el calendario de cierre del ejercicio, la Tesorería "
        "no puede ordenar el pago antes del 28 de diciembre.\n\nAtentamente,\n\nIntervención de Fondos\n"
        "Ayuntamiento de la Villa de Valsequillo de Gran Canaria"),
  quote=dict(style="outlook", when="2026-12-09 09:00", text=reminder("courtesy", i)), html="outlook")

i = inv("J", "F-2027-004", "302,50 €", "2026-12-18", "2027-01-17", "Pilar Domínguez", "pilard@telefonica.net")
M("client-reply-promise", dict(promised_date="2027-01-21",
  note="'Hoy no puedo, el jueves' written on Tuesday 19 Jan = Thursday 21 Jan."),
  inv=i, frm=("Pilar Domínguez", "pilard@telefonica.net"), date="2027-01-19 12:02", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º F-2027-004", client="other",
  body="hoy no puedo que estoy en el hospital con mi madre, el jueves te lo hago. perdona\nPilar",
  quote=dict(style="gmail", when="2027-01-19 10:00", text=reminder("due", i)))

i = inv("L", "2026-060", "1.210,00 €", "2026-11-30", "2026-12-30", "Tomás Ibarra", "tomas@ibarraeventos.com")
M("client-reply-promise", dict(promised_date="2027-01-08",
  note="Long chatty Christmas mail (family, a new project, New Year's Eve); one sentence: 'lo tuyo lo dejo programado para el 8 de enero'. Courtesy reminder before due date."),
  inv=i, frm=("Tomás Ibarra", "tomas@ibarraeventos.com"), date="2026-12-22 23:14", tz="Europe/Madrid",
  subject="Re: Factura n.º 2026-060", client="gmail",
  body=("¡Hola Lucía!\n\nQué año, madre mía. Te escribo ya desde el pueblo, que nos hemos venido a Soria "
        "a pasar las fiestas con mis suegros, así que perdona si tardo en contestar estos días, aquí la "
        "cobertura va y viene.\n\nTe quería decir que los flyers del concierto de Nochevieja han quedado "
        "espectaculares, la gente del ayuntamiento nos ha felicitado y ya nos han preguntado quién los "
        "había hecho (les he pasado tu contacto, espero que no te importe). Para primavera tenemos el "
        "festival de jazz y me gustaría que lo hicieras tú también, te escribo en enero con el briefing.\n\n"
        "Lo tuyo lo dejo programado para el 8 de enero, que es cuando cobramos la subvención y ya "
        "tenemos liquidez.\n\nFeliz Navidad y un abrazo fuerte a toda la familia,\nTomás\n\n"
        "P. D.: ¿al final fuisteis a ver las luces de Vigo? 😂"),
  quote=dict(style="gmail", when="2026-12-22 09:00", text=reminder("courtesy", i)))

i = inv("C", "CD27-006", "660,00 €", "2027-01-05", "2027-02-04", "Mercedes Santana", "mercedes@santanaasesores.es")
M("client-reply-promise", dict(promised_date="2027-02-15",
  note="Canarian voice ('mi niña'); 'antes del 15 lo tienes' written on 3 Feb = by 15 Feb."),
  inv=i, frm=("Mercedes Santana", "mercedes@santanaasesores.es"), date="2027-02-03 09:30", tz="Atlantic/Canary",
  subject="Re: Factura n.º CD27-006", client="gmail",
  body=("Ay mi niña, que estoy liadísima con los modelos del trimestre. Antes del 15 lo tienes, no te "
        "preocupes.\n\nUn besito\nMercedes"),
  quote=dict(style="gmail", when="2027-02-02 09:00", text=reminder("courtesy", i)))

i = inv("N", "26/086", "484,00 €", "2026-12-10", "2027-01-09", "Sr. Koldo Ibáñez", "koldo@ibanezmuebles.com")
M("client-reply-promise", dict(promised_date="2027-02-10",
  note="'para el día 10 como tarde' written on 28 Jan: the 10th of January is past, so 10 Feb."),
  inv=i, frm=("Koldo Ibáñez", "koldo@ibanezmuebles.com"), date="2027-01-28 18:15", tz="Europe/Madrid",
  subject="RE: Recordatorio: factura n.º 26/086", client="outlook",
  body=("Nerea buenas tardes,\n\nme ha pillado el cierre de enero con los pagos de la Seguridad Social y el "
        "IVA. Te lo pago para el día 10 como tarde, si puedo antes mejor.\n\nKoldo Ibáñez\nMuebles Ibáñez · "
        "Durango"),
  quote=dict(style="outlook", when="2027-01-27 09:00", text=reminder("reminder", i)))

i = inv("L", "2026-061", "847,00 €", "2026-11-16", "2026-12-16", "Gabriela Montes", "gabriela@montesyoga.com")
M("client-reply-promise", dict(
  note="Statement of two invoices: 2026-061 paid, 2026-066 'a principios de mes' (vague) -> promise, no date; two invoice numbers named, so no single reference."),
  inv=i, frm=("Gabriela Montes", "gabriela@montesyoga.com"), date="2027-01-20 10:40", tz="Europe/Madrid",
  subject="Re: Facturas pendientes", client="gmail", step="st1",
  body=("Hola Lucía,\n\nla 2026-061 ya está pagada, te la hice el viernes pasado. La 2026-066 te la pago "
        "a principios de mes, que ahora con las matrículas de enero voy justa.\n\nGracias!\nGabi"),
  quote=dict(style="gmail", when="2027-01-19 09:00", subject="Facturas pendientes",
             text=statement("L", "Gabriela Montes", "person",
                            [("2026-061", "2026-11-16", "2026-12-16", 34, "847,00 €"),
                             ("2026-066", "2026-12-04", "2027-01-03", 16, "363,00 €")], "1.210,00 €", "2027-01-26")))

i = inv("J", "F-2026-137", "1.089,00 €", "2026-11-12", "2026-12-12", "Ricardo Peña", "ricardo.pena@gmail.com")
M("client-reply-promise", dict(promised_date="2026-12-14", amount="300.00",
  note="Asks to split: '300 el lunes y el resto en enero' written Wednesday 9 Dec; not a dispute. Date and amount of the first instalment."),
  inv=i, frm=("Ricardo Peña", "ricardo.pena@gmail.com"), date="2026-12-09 21:50", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º F-2026-137", client="gmail",
  body=("Buenas Javier,\n\nNo te quiero engañar, este mes voy muy apurado (me han cambiado la hipoteca a tipo "
        "variable y menudo palo). ¿Te parece bien si te lo pago en dos veces? 300 € el lunes y el resto en "
        "enero cuando cobre la extra.\n\nSi no te viene bien dímelo y lo hablamos.\n\nUn saludo,\nRicardo"),
  quote=dict(style="gmail", when="2026-12-09 10:00", text=reminder("reminder", i)))

i = inv("C", "CD26-058", "1.320,00 €", "2026-11-20", "2026-12-20", "Sr. Agustín Rodríguez", "arodriguez@canariasfrio.com")
M("client-reply-promise", dict(promised_date="2027-02-05",
  note="The addressee passes it to Contabilidad: 'sale en el próximo pago a proveedores, que es el día 5' written 22 Jan = 5 Feb."),
  inv=i, frm=("Agustín Rodríguez", "arodriguez@canariasfrio.com"), date="2027-01-22 13:18", tz="Atlantic/Canary",
  subject="RE: Recordatorio: factura n.º CD26-058", client="outlook",
  body=("Carmen, buenas:\n\nSe lo he pasado a Contabilidad y me dicen que la tuya sale en el próximo pago a "
        "proveedores, que es el día 5. Nosotros pagamos solo los días 5 y 20, lo siento por el retraso.\n\n"
        "Saludos,\nAgustín Rodríguez\nJefe de Mantenimiento · Canarias Frío Industrial"),
  quote=dict(style="outlook", when="2027-01-21 09:00", text=reminder("reminder", i)))

i = inv("L", "2026-064", "181,50 €", "2026-12-01", "2026-12-31", "Dani Cortés", "dani.cortes.tattoo@gmail.com")
M("client-reply-promise", dict(promised_date="2027-01-11",
  note="Typos from a phone ('mñn te lo ago'), written on Sunday 10 Jan = 11 Jan; Samsung-style quote header."),
  inv=i, frm=("Dani Cortés", "dani.cortes.tattoo@gmail.com"), date="2027-01-10 23:41", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º 2026-064", client="gmail",
  body="mñn te lo ago perdona q se me paso totalmente\n\nEnviado desde mi Galaxy",
  quote=dict(style="android", when="2027-01-08 10:00", text=reminder("reminder", i)))

i = inv("N", "26/084", "847,00 €", "2026-12-05", "2027-01-04", "Garazi Olano", "garazi@olanopeluqueria.es")
M("client-reply-promise", dict(
  note="Asks 'te importa si te lo pago en febrero?' - intends to pay, month only: promise with no date."),
  inv=i, frm=("Garazi Olano", "garazi@olanopeluqueria.es"), date="2027-01-14 15:33", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º 26/084", client="gmail",
  body=("Hola Nerea! Este mes voy fatal, entre Reyes y la cuesta de enero la peluquería está muerta. ¿Te "
        "importa si te lo pago en febrero? Te prometo que no se me olvida.\n\nBesos, Garazi"),
  quote=dict(style="gmail", when="2027-01-13 10:00", text=reminder("reminder", i)))

i = inv("L", "2026-045", "1.089,00 €", "2026-10-26", "2026-11-25", "Federico Lanza", "fede@lanzaaudiovisual.com.ar")
M("client-reply-promise", dict(promised_date="2026-11-26",
  note="Buenos Aires 22:10 on 26 Nov (already 27 Nov in UTC and in Spain): 'hoy mismo te lo hago' = 26 Nov in the sender's zone."),
  inv=i, frm=("Federico Lanza", "fede@lanzaaudiovisual.com.ar"), date="2026-11-26 22:10",
  tz="America/Argentina/Buenos_Aires", subject="Re: Factura n.º 2026-045", client="apple",
  body=("Luci, mil disculpas, se me pasó con el rodaje. Hoy mismo te lo hago desde la cuenta en euros, antes "
        "de irme a dormir.\n\nAbrazo\nFede\n\nEnviado desde mi iPhone"),
  quote=dict(style="apple", when="2026-11-26 09:00", text=reminder("due", i)))

i = inv("J", "F-2026-145", "2.904,00 €", "2026-11-20", "2026-12-20", "Corporativo Legal Montemayor, S.C.",
        "facturacion@montemayorlegal.mx", kind="company")
M("client-reply-promise", dict(promised_date="2027-01-15", reference="F-2026-145",
  note="Mexican law firm, formal 'le comento que su pago está programado para el próximo viernes 15 de enero'."),
  inv=i, frm=("Facturación Montemayor", "facturacion@montemayorlegal.mx"), date="2027-01-11 11:05",
  tz="America/Mexico_City", subject="RE: Recordatorio: factura n.º F-2026-145", client="outlook",
  body=("Estimado Javier:\n\nReciba un cordial saludo. Le comento que su pago correspondiente a la factura "
        "F-2026-145 ya fue autorizado por el socio responsable y está programado para el próximo viernes 15 "
        "de enero.\n\nQuedo a sus órdenes para cualquier aclaración.\n\nSaludos cordiales,\n\nC.P. Araceli "
        "Montoya\nCoordinadora de Facturación y Cobranza\nCorporativo Legal Montemayor, S.C. · Monterrey, N.L."),
  quote=dict(style="outlook", when="2027-01-08 09:00", text=reminder("reminder", i)), html="outlook")

i = inv("C", "CD26-060", "990,00 €", "2026-11-30", "2026-12-30", "Clínica Dental Sonrisa Atlántica, S.L.P.",
        "gerencia@sonrisaatlantica.es", kind="company")
M("client-reply-promise", dict(promised_date="2026-12-31",
  note="Courtesy reminder before the due date; 'lo pagamos a fin de mes como todas' written on 3 Dec = 31 Dec."),
  inv=i, frm=("Gerencia Sonrisa Atlántica", "gerencia@sonrisaatlantica.es"), date="2026-12-03 16:22",
  tz="Atlantic/Canary", subject="RE: Factura n.º CD26-060", client="outlook",
  body=("Hola Carmen,\n\nrecibido. Como todas las facturas de proveedores, la tuya la pagamos a fin de mes, "
        "no te preocupes.\n\nSaludos,\nDra. Ithaisa Hernández\nGerente"),
  quote=dict(style="outlook", when="2026-12-02 09:00", text=reminder("courtesy", i)))

i = inv("N", "26/088", "121,00 €", "2026-12-12", "2026-12-27", "Julen Etxeberria", "julen.etxe@hotmail.com")
M("client-reply-promise", dict(
  note="ALL CAPS from a phone, no accents: 'DESPUES DE REYES TE LO PASO' is vague (after 6 Jan) -> no date. Cousin of the owner, same surname."),
  inv=i, frm=("JULEN ETXEBERRIA", "julen.etxe@hotmail.com"), date="2026-12-28 20:05", tz="Europe/Madrid",
  subject="RE: Recordatorio: factura n.º 26/088", client="outlook",
  body="PRIMA QUE SI, QUE DESPUES DE REYES TE LO PASO, QUE AHORA ESTOY SIN UN DURO CON LOS REGALOS\n\nJULEN",
  quote=dict(style="outlook", when="2026-12-28 10:00", text=reminder("reminder", i)))

i = inv("J", "F-2026-148", "1.331,00 €", "2026-11-27", "2026-12-27", "Naiara Ferrández", "naiara@ferrandezimport.es")
M("client-reply-promise", dict(promised_date="2027-02-01",
  note="Answer to the promise_followup, written under the quote (bottom-posting): 'lo ordeno el lunes 1 de febrero'."),
  inv=i, frm=("Naiara Ferrández", "naiara@ferrandezimport.es"), date="2027-01-27 09:12", tz="Europe/Madrid",
  subject="Re: Factura n.º F-2026-148", client="apple", step="pf1",
  body=("Tienes razón Javier, se nos ha pasado con la auditoría. Lo ordeno el lunes 1 de febrero, que es "
        "cuando vuelve mi socio y firmamos los pagos.\n\nNaiara"),
  quote=dict(style="apple", when="2027-01-26 09:00", bottom=True,
             text=reminder("promise_followup", i, promise_date="2027-01-22")),
  cte="base64")

# ---------------------------------------------------------------- client-reply-dispute (14)
i = inv("J", "F-2026-135", "1.210,00 €", "2026-11-09", "2026-12-09", "Academia Políglota Levante, S.L.", "direccion@poliglotalevante.es",
        kind="company")
M("client-reply-dispute", dict(reference="F-2026-135",
  note="VAT dispute: invoice carries 21% IVA but the course was agreed as exempt training; asks for a rectified invoice before paying."),
  inv=i, frm=("Amparo Soler", "direccion@poliglotalevante.es"), date="2026-12-11 12:47", tz="Europe/Madrid",
  subject="RE: Recordatorio: factura n.º F-2026-135", client="outlook",
  body=("Hola Javier:\n\nHe revisado la factura F-2026-135 con nuestra gestoría y hay un problema: lleva un 21 % "
        "de IVA, pero lo que acordamos eran las clases de preparación del C1 dentro de nuestra formación "
        "reglada, que está exenta (art. 20.Uno.9.º de la Ley del IVA). Con el IVA no nos cuadra con el "
        "presupuesto que te firmamos (1.000 € exentos).\n\nNecesitamos que nos emitas una factura rectificativa "
        "sin IVA y entonces te la pagamos enseguida.\n\nUn saludo,\nAmparo Soler\nDirectora · Academia "
        "Políglota Levante"),
  quote=dict(style="outlook", when="2026-12-10 09:00", text=reminder("reminder", i)))

i = inv("L", "2026-046", "2.420,00 €", "2026-11-03", "2026-12-03", "Sabores del Cantábrico, S.L.", "marketing@saborescantabrico.es",
        kind="company")
M("client-reply-dispute", dict(
  note="Asks a 15% discount because the packaging delivery was three weeks late; will pay once the new invoice arrives."),
  inv=i, frm=("Íker Fernández", "marketing@saborescantabrico.es"), date="2026-12-09 10:05", tz="Europe/Madrid",
  subject="RE: Recordatorio: factura n.º 2026-046", client="outlook",
  body=("Buenos días Lucía,\n\nAntes de tramitar el pago quería comentarte una cosa. Como sabes, los diseños "
        "del packaging de las anchoas llegaron tres semanas más tarde de lo acordado y nos hicieron perder la "
        "ventana de imprenta para la feria de Madrid, con lo que tuvimos que pagar una urgencia a la imprenta.\n\n"
        "Por eso, desde dirección pensamos que lo justo es aplicar un 15 % de descuento sobre la factura. Si nos "
        "mandas una nueva con ese descuento, la pagamos esa misma semana.\n\nUn saludo,\n\nÍker Fernández\n"
        "Responsable de Marketing · Sabores del Cantábrico · Santoña"),
  quote=dict(style="outlook", when="2026-12-08 09:00", text=reminder("reminder", i)))

i = inv("N", "26/072", "968,00 €", "2026-11-04", "2026-12-04", "Hotel Arrizul Beach", "admin@arrizulbeach.com",
        kind="company")
M("client-reply-dispute", dict(reference="26/072",
  note="Already billed: the client says 26/072 duplicates 26/059 which they paid in October (same shoot)."),
  inv=i, frm=("Administración Hotel Arrizul", "admin@arrizulbeach.com"), date="2026-12-10 11:30", tz="Europe/Madrid",
  subject="RE: Recordatorio: factura n.º 26/072", client="outlook",
  body=("Buenos días Nerea,\n\nCreemos que hay un error: la factura 26/072 es por el mismo concepto que la "
        "26/059 (reportaje de las habitaciones renovadas, octubre), que ya os abonamos el 28 de octubre. "
        "Os adjuntamos el extracto. Entendemos que está duplicada y no procede su pago; si no es así, por favor "
        "indicadnos a qué trabajo corresponde.\n\nUn saludo,\nAdministración\nHotel Arrizul Beach · Donostia"),
  quote=dict(style="outlook", when="2026-12-09 09:00", text=reminder("reminder", i)),
  attach=[("application", "pdf", "extracto_octubre.pdf", fake_pdf("Extracto 28/10/2026 NEREA ETXEBERRIA 968,00"))])

i = inv("J", "F-2026-139", "3.630,00 €", "2026-11-16", "2026-12-16", "Maquinaria Agrícola Huerta, S.A.", "compras@mahuerta.es",
        kind="company")
M("client-reply-dispute", dict(
  note="Work not complete: annexes of the manual not translated; will not pay until delivered."),
  inv=i, frm=("Julián Huerta", "compras@mahuerta.es"), date="2026-12-18 08:20", tz="Europe/Madrid",
  subject="RE: Recordatorio: factura n.º F-2026-139", client="outlook",
  body=("Javier:\n\nEl manual de la cosechadora no está completo. Faltan los anexos B y C (esquemas "
        "hidráulicos y tabla de mantenimiento) en francés, que estaban en el presupuesto. Nuestro distribuidor "
        "de Lyon nos lo ha devuelto.\n\nHasta que no nos entregues la traducción completa no vamos a pagar la "
        "factura.\n\nJulián Huerta\nDpto. Compras"),
  quote=dict(style="outlook", when="2026-12-17 09:00", text=reminder("due", i)))

i = inv("L", "2026-051", "1.180,00 €", "2026-11-09", "2026-12-09", "Olga Vidal", "olga@vidalpsicologia.es")
M("client-reply-dispute", dict(amount="500.00",
  note="Partial payment (500 € = the quote) + refuses the 6 extra hours: a partial payment with the rest disputed is a dispute."),
  inv=i, frm=("Olga Vidal", "olga@vidalpsicologia.es"), date="2026-12-14 14:02", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º 2026-051", client="gmail",
  body=("Hola Lucía,\n\nte he transferido hoy 500 €, que es lo que corresponde a lo presupuestado para la web. "
        "Las 6 horas extra de \"ajustes\" que aparecen en la factura no las aprobé en ningún momento; si me las "
        "hubieras consultado antes te habría dicho que no. Así que el resto no lo voy a pagar.\n\nSi quieres lo "
        "hablamos, pero por escrito mejor.\n\nOlga"),
  quote=dict(style="gmail", when="2026-12-13 09:00", text=reminder("reminder", i)))

i = inv("N", "26/077", "1.452,00 €", "2026-11-18", "2026-12-18", "Moda Bide Berri", "bideberri.moda@gmail.com")
M("client-reply-dispute", dict(
  note="Angry refusal: photos look nothing like what was ordered; no intention to pay. Exclamation marks, some caps."),
  inv=i, frm=("Moda Bide Berri", "bideberri.moda@gmail.com"), date="2026-12-21 20:48", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º 26/077", client="gmail",
  body=("Mira Nerea, no pienso pagar eso. Las fotos del lookbook no se parecen EN NADA a lo que te pedimos, "
        "te mandamos referencias de luz natural y exteriores y nos has entregado todo en estudio con fondo gris. "
        "No podemos usar ni una.\n\nYa te lo dije por teléfono y no me hiciste ni caso. No me mandes más "
        "recordatorios.\n\nEstíbaliz"),
  quote=dict(style="gmail", when="2026-12-21 09:00", text=reminder("due", i)))

i = inv("C", "CD26-056", "2.200,00 €", "2026-11-18", "2026-12-18", "Transportes Insulares Marrero, S.A.", "administracion@timarrero.es",
        kind="company")
M("client-reply-dispute", dict(
  note="Wrong tax ID (CIF) on the invoice: asks for a factura rectificativa and will not pay until it arrives. HTML-only Outlook, ISO-8859-1 label with CP1252 bytes."),
  inv=i, frm=("Administración TIMSA", "administracion@timarrero.es"), date="2026-12-22 09:15", tz="Atlantic/Canary",
  subject="RE: Recordatorio: factura n.º CD26-056", client="outlook",
  body=("Buenos días Carmen:\n\nLa factura viene a nombre de Transportes Insulares Marrero, S.A. pero con el CIF "
        "de nuestra filial (B-35112233). Nuestro CIF es A-35009876. Con ese error nuestro departamento fiscal no "
        "la puede contabilizar, así que necesitamos que nos emitas una “factura rectificativa” con los datos "
        "correctos –la original la anulamos en el sistema–. Hasta que no la tengamos no podemos pagar.\n\nGracias y disculpa las molestias.\n\n"
        "Elena Marrero\nAdministración · TIMSA\n\n"
        "Este mensaje se dirige exclusivamente a su destinatario y puede contener información confidencial. "
        "Si ha recibido este mensaje por error, le rogamos que nos lo comunique y lo elimine."),
  quote=dict(style="outlook", when="2026-12-21 09:00", text=reminder("reminder", i)),
  html="only-outlook", charset="iso-8859-1", codec="cp1252")

i = inv("J", "F-2026-128", "726,00 €", "2026-10-29", "2026-11-28", "Traducciones Técnicas Turia, S.L.", "admin@ttturia.es",
        kind="company")
M("client-reply-dispute", dict(
  note="Reply to the late-fee reminder: will pay the invoice but contests the 40 € and the interest; dispute wins over the implicit promise."),
  inv=i, frm=("Vicent Ribes", "admin@ttturia.es"), date="2027-01-05 11:11", tz="Europe/Madrid",
  subject="RE: Factura n.º F-2026-128", client="outlook", step="lf1",
  body=("Javier,\n\nLa factura te la pago, pero los 40 € de \"indemnización\" y los intereses no los voy a "
        "pagar. Llevamos cinco años trabajando juntos y eso no estaba en ningún contrato. Me parece una falta de "
        "confianza, sinceramente.\n\nVicent"),
  quote=dict(style="outlook", when="2027-01-04 09:00",
             text=reminder("late_fee", i, days_late=37, deadline="2027-01-14",
                           fee=("726,00 €", "8,28 €", "774,28 €", "10,15 %"))))

i = inv("L", "2026-055", "1.633,50 €", "2026-11-20", "2026-12-20", "Productora Cordillera SpA", "finanzas@cordillerafilms.cl",
        kind="company")
M("client-reply-dispute", dict(
  note="Chilean producer, polite and long: billed 12 hours of editing against 8 approved; will pay 8 once corrected."),
  inv=i, frm=("Javiera Soto", "finanzas@cordillerafilms.cl"), date="2027-01-06 10:30", tz="America/Santiago",
  subject="RE: Recordatorio: factura n.º 2026-055", client="outlook",
  body=("Estimada Lucía, junto con saludar:\n\nRevisando la factura con producción vemos que se cobraron 12 horas "
        "de diseño de títulos y gráficas, cuando el presupuesto aprobado por correo el 2 de noviembre indicaba "
        "8 horas. El equipo no recuerda haber aprobado horas adicionales.\n\nPor lo mismo, le pedimos que nos "
        "envíe una nueva factura por las 8 horas acordadas; apenas la recibamos la cursamos para pago.\n\n"
        "Quedamos atentos.\n\nSaludos cordiales,\nJaviera Soto Fuenzalida\nJefa de Finanzas · Productora "
        "Cordillera SpA · Santiago"),
  quote=dict(style="outlook", when="2027-01-05 09:00", text=reminder("reminder", i)))

i = inv("N", "26/079", "363,00 €", "2026-11-22", "2026-12-22", "Elena Goikoetxea", "elenagoiko@euskalnet.net")
M("client-reply-dispute", dict(
  note="Written by the client's husband: the session was cancelled for rain, so the travel cost should not be charged."),
  inv=i, frm=("Elena Goikoetxea", "elenagoiko@euskalnet.net"), date="2026-12-27 12:06", tz="Europe/Madrid",
  subject="Re: Factura n.º 26/079", client="other",
  body=("Buenos días, le escribe Josu, el marido de Elena, desde su correo.\n\nElena me comenta que la sesión de "
        "fotos de la familia en el monte se anuló por la lluvia y que luego se hizo en casa, y que por tanto no "
        "debería cobrarse el desplazamiento (los 63 € de la factura). Ella pagará la sesión, pero el "
        "desplazamiento no le parece correcto.\n\nUn saludo,\nJosu Larrañaga"),
  quote=dict(style="gmail", when="2026-12-26 09:00", text=reminder("due", i)))

i = inv("C", "CD26-062", "825,00 €", "2026-12-01", "2026-12-31", "Inversiones Guanarteme 2015, S.L.", "info@guanarteme2015.es",
        kind="company")
M("client-reply-dispute", dict(
  note="'Esta factura no es nuestra, no os hemos encargado nada' = refusal/not ours, a dispute."),
  inv=i, frm=("Info Guanarteme 2015", "info@guanarteme2015.es"), date="2027-01-04 10:50", tz="Atlantic/Canary",
  subject="RE: Recordatorio: factura n.º CD26-062", client="outlook",
  body=("Buenos días,\n\nEsta factura no es nuestra. Nosotros no hemos encargado ningún estudio de viabilidad a "
        "su consultora, ni conocemos a la persona que figura como contacto. Les rogamos que la anulen y que no nos "
        "vuelvan a reclamar este importe.\n\nInversiones Guanarteme 2015, S.L."),
  quote=dict(style="outlook", when="2027-01-03 09:00", text=reminder("due", i)))

i = inv("L", "2026-057", "2.057,00 €", "2026-11-24", "2026-12-24", "Grupo Hostelero Alameda", "direccion@grupoalameda.es",
        kind="company")
M("client-reply-dispute", dict(
  note="Terse HTML-only Gmail: 'No estamos de acuerdo con el importe. Llámame.' = contests the amount."),
  inv=i, frm=("Marcos Alameda", "direccion@grupoalameda.es"), date="2026-12-28 17:59", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º 2026-057", client="gmail",
  body="No estamos de acuerdo con el importe. Llámame cuando puedas.\n\nMarcos",
  quote=dict(style="gmail", when="2026-12-28 09:00", text=reminder("reminder", i)), html="only-gmail")

i = inv("L", "2026-062", "3.146,00 €", "2026-12-02", "2027-01-01", "Clínica Veterinaria Los Olivos, S.L.", "gerencia@vetlosolivos.es",
        kind="company")
M("client-reply-dispute", dict(
  note="Will pay 50 % now and the rest only when the web's contact form works: partial payment conditioned on a fix = dispute."),
  inv=i, frm=("Dra. Patricia Olmedo", "gerencia@vetlosolivos.es"), date="2027-01-12 13:40", tz="Europe/Madrid",
  subject="RE: Recordatorio: factura n.º 2026-062", client="outlook",
  body=("Hola Lucía:\n\nTe comento: la web está muy bonita pero el formulario de pedir cita sigue sin funcionar "
        "(los mensajes no nos llegan, ya te lo dije el 20 de diciembre) y el mapa de la clínica de Getafe sale "
        "mal. Hemos perdido citas por esto.\n\nVamos a pagar el 50 % ahora y el resto cuando esté todo "
        "corregido.\n\nUn saludo,\nPatricia Olmedo\nDirectora · Clínica Veterinaria Los Olivos"),
  quote=dict(style="outlook", when="2027-01-11 09:00", text=reminder("reminder", i)))

i = inv("J", "F-2026-144", "750,00 €", "2026-11-19", "2026-12-19", "Bruno Cárdenas", "bruno@cardenasvinos.com")
M("client-reply-dispute", dict(amount="600.00",
  note="Agreed price by WhatsApp was 600, not 750; asks for the invoice to be corrected and will then pay (600 is the amount he accepts)."),
  inv=i, frm=("Bruno Cárdenas", "bruno@cardenasvinos.com"), date="2026-12-23 08:31", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º F-2026-144", client="apple",
  body=("Javier, el precio que hablamos por WhatsApp para la traducción de la web eran 600, no 750. Tengo el "
        "mensaje guardado. Corrígeme la factura y te la pago.\n\nBruno\n\nEnviado desde mi iPhone"),
  quote=dict(style="apple", when="2026-12-22 09:00", text=reminder("reminder", i)))

# ---------------------------------------------------------------- client-reply-other (13)
i = inv("C", "CD26-063", "1.540,00 €", "2026-12-03", "2027-01-02", "Sr. Eduardo Padrón", "epadron@padronyasociados.es")
M("client-reply-other", dict(
  note="'Recibido, lo paso a administración' - forwarded internally, no claim and no promise."),
  inv=i, frm=("Eduardo Padrón", "epadron@padronyasociados.es"), date="2027-01-05 09:48", tz="Atlantic/Canary",
  subject="RE: Recordatorio: factura n.º CD26-063", client="outlook",
  body="Recibido, Carmen. Lo paso a administración.\n\nEduardo",
  quote=dict(style="outlook", when="2027-01-04 09:00", text=reminder("due", i)))

i = inv("J", "F-2026-131", "544,50 €", "2026-11-04", "2026-12-04", "Lorena Vidal", "lorenavidal@icloud.com")
M("client-reply-other", dict(
  note="Cannot find the invoice, asks to resend it; no promise."),
  inv=i, frm=("Lorena Vidal", "lorenavidal@icloud.com"), date="2026-12-07 18:26", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º F-2026-131", client="apple",
  body=("Hola Javier! Perdona pero no encuentro la factura por ningún lado, creo que me entró en spam. ¿Me la "
        "puedes reenviar? Y si puede ser en PDF que el gestor me la pide así.\n\nGracias!!\nLorena\n\n"
        "Enviado desde mi iPhone"),
  quote=dict(style="apple", when="2026-12-07 09:00", text=reminder("due", i)))

i = inv("L", "2026-059", "4.840,00 €", "2026-11-26", "2026-12-26", "Supermercados Frescoval, S.A.", "facturas.proveedores@frescoval.es",
        kind="company")
M("client-reply-other", dict(
  note="Retail AP: the invoice lacks the purchase order number, so it is blocked in the system; asks for it to be resent with the PO. A procedural requirement, not a dispute."),
  inv=i, frm=("Facturas Proveedores Frescoval", "facturas.proveedores@frescoval.es"), date="2026-12-29 12:00",
  tz="Europe/Madrid", subject="RE: Recordatorio: factura n.º 2026-059 [Ticket#2026122910004211]", client="outlook",
  body=("Estimada proveedora:\n\nSu factura no ha podido ser procesada porque no figura el número de pedido "
        "de compra. Para poder tramitarla es imprescindible que el número de pedido (formato 4500XXXXXX) "
        "aparezca en el cuerpo de la factura. Puede solicitarlo a la persona que realizó el encargo en "
        "nuestro departamento de Marketing.\n\nUna vez corregida, remítala de nuevo a esta dirección.\n\n"
        "Un saludo,\nCentro de Servicios Compartidos - Cuentas a Pagar\nSupermercados Frescoval, S.A."),
  quote=dict(style="outlook", when="2026-12-28 09:00", text=reminder("reminder", i)))

i = inv("N", "26/083", "605,00 €", "2026-12-04", "2027-01-03", "Ainhoa Ruiz de Azúa", "ainhoa@ruizdeazua.eus")
M("client-reply-other", dict(
  note="Suspects fraud: got an email saying the owner changed bank; asks to confirm the IBAN before paying. Question only."),
  inv=i, frm=("Ainhoa Ruiz de Azúa", "ainhoa@ruizdeazua.eus"), date="2027-01-07 10:17", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º 26/083", client="gmail",
  body=("Hola Nerea,\n\nUna pregunta antes de nada: la semana pasada me llegó un correo, supuestamente tuyo, "
        "diciendo que habías cambiado de banco y con otro IBAN (de un banco de Lituania!). Me olió raro. ¿Sigue "
        "siendo el número de cuenta que pone en tu recordatorio, el que acaba en 5678? Prefiero confirmarlo "
        "contigo.\n\nAinhoa"),
  quote=dict(style="gmail", when="2027-01-06 09:00", text=reminder("reminder", i)))

i = inv("L", "2026-065", "605,00 €", "2026-12-03", "2027-01-02", "Raúl Montero", "raul@monteroreformas.es")
M("client-reply-other", dict(reference="2026-065",
  note="'Which invoice?': does not recognise the number, asks what job it was for; no claim of payment."),
  inv=i, frm=("Raúl Montero", "raul@monteroreformas.es"), date="2027-01-05 19:45", tz="Europe/Madrid",
  subject="RE: Recordatorio: factura n.º 2026-065", client="outlook",
  body=("Lucía buenas tardes, ¿a qué factura te refieres? La 2026-065 no me suena. ¿Es la de los folletos de "
        "cocinas o la del rótulo de la furgoneta? Es que tengo un lío de papeles... dime de qué trabajo era y lo "
        "miro.\n\nRaúl Montero\nMontero Reformas · Alcorcón"),
  quote=dict(style="outlook", when="2027-01-05 09:00", text=reminder("due", i)))

i = inv("N", "26/087", "1.210,00 €", "2026-12-11", "2027-01-10", "Festival de Cine de Montaña Gorbeia", "produccion@gorbeiafilmfest.eus",
        kind="company")
M("client-reply-other", dict(
  note="Long mail about the next edition's photography; about the invoice only 'lo de la factura se lo comento a Maite, que es quien lleva los pagos'. No promise, no claim."),
  inv=i, frm=("Unai Lekue", "produccion@gorbeiafilmfest.eus"), date="2027-01-13 12:35", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º 26/087", client="gmail",
  body=("Egun on Nerea!\n\nJusto iba a escribirte. Ya tenemos fechas para la edición de 2027: del 14 al 18 de "
        "abril, con la gala de clausura en el Arriaga. Queremos repetir contigo las fotos de la gala y este año "
        "además un reportaje de los rodajes en el monte para la web (unas 3 jornadas). ¿Podrías pasarme "
        "presupuesto antes de finales de mes? Tenemos la reunión con la Diputación el 2 de febrero.\n\n"
        "Lo de la factura se lo comento a Maite, que es quien lleva los pagos.\n\nMila esker!\nUnai\n"
        "Producción · Gorbeia Film Fest"),
  quote=dict(style="gmail", when="2027-01-12 09:00", text=reminder("reminder", i)))

i = inv("C", "CD27-002", "2.750,00 €", "2026-12-20", "2027-01-19", "Eólica Fuerteventura, S.L.", "jgarcia@eolicafv.es",
        kind="company")
M("client-reply-other", dict(
  note="Asks for a phone call 'prefiero comentarlo de viva voz' without saying why: other, not dispute."),
  inv=i, frm=("José García Umpiérrez", "jgarcia@eolicafv.es"), date="2027-01-21 11:02", tz="Atlantic/Canary",
  subject="RE: Recordatorio: factura n.º CD27-002", client="outlook",
  body=("Carmen, buenos días.\n\n¿Podemos hablar por teléfono mañana por la mañana? Prefiero comentarlo de viva "
        "voz. Estoy en el 628 41 09 77 a partir de las 9.\n\nUn saludo,\nJosé García\nDirector Técnico"),
  quote=dict(style="outlook", when="2027-01-20 09:00", text=reminder("due", i)))

i = inv("J", "F-2027-007", "1.694,00 €", "2026-12-28", "2027-01-27", "Sra. Montserrat Puig", "mpuig@editorialllibrevol.cat")
M("client-reply-other", dict(
  note="Client forwards the reminder to the accounts colleague with the owner in Cc: 'Montse, ¿puedes mirar esto?' - no claim."),
  inv=i, frm=("Jordi Bosch", "jbosch@editorialllibrevol.cat"), to=("Montse Puig", "mpuig@editorialllibrevol.cat"),
  cc=[("Javier Ortega Sanz", "javier@ortegatraduce.es")], date="2027-02-01 09:27", tz="Europe/Madrid",
  subject="RV: Recordatorio: factura n.º F-2027-007", client="outlook",
  body=("Montse, ¿puedes mirar esto? Es la traducción al castellano de la novela de Carme, la que entregó "
        "Javier antes de Navidad. Pongo a Javier en copia.\n\nGràcies,\nJordi\n\nJordi Bosch i Serra\nEditor · "
        "Editorial Llibre Vol"),
  quote=dict(style="outlook", when="2027-01-29 09:00", to="Montserrat Puig <mpuig@editorialllibrevol.cat>",
             text=reminder("due", i)))

i = inv("C", "CD26-059", "3.300,00 €", "2026-11-25", "2026-12-25", "Consorcio de Emergencias de Gran Canaria", "contratacion@emergenciasgc.es",
        kind="company")
M("client-reply-other", dict(
  note="The public client's administrative agent asks for the invoice in Facturae format through FACe, with DIR3 codes. A procedural question."),
  inv=i, frm=("Contratación CEGC", "contratacion@emergenciasgc.es"), date="2026-12-29 10:10", tz="Atlantic/Canary",
  subject="RE: Recordatorio: factura n.º CD26-059", client="outlook",
  body=("Buenos días:\n\nLe informamos de que, como entidad del sector público, solo podemos tramitar facturas "
        "electrónicas presentadas a través de FACe en formato Facturae 3.2.2 (Ley 25/2013). La factura enviada "
        "por correo en PDF no tiene validez a estos efectos.\n\nLos códigos DIR3 son:\n- Oficina contable: "
        "L03350001\n- Órgano gestor: L03350001\n- Unidad tramitadora: L03350001\n\nQuedamos a su disposición.\n\n"
        "Sección de Contratación\nConsorcio de Emergencias de Gran Canaria"),
  quote=dict(style="outlook", when="2026-12-28 09:00", text=reminder("reminder", i)))

i = inv("L", "2026-063", "133,10 €", "2026-12-01", "2026-12-31", "Noelia Campos", "noeliacampos.nails@gmail.com")
M("client-reply-other", dict(
  note="Asks whether she can pay by Bizum or card link instead of transfer; no commitment."),
  inv=i, frm=("Noelia Campos", "noeliacampos.nails@gmail.com"), date="2027-01-04 16:20", tz="Europe/Madrid",
  subject="Re: Recordatorio: factura n.º 2026-063", client="gmail",
  body=("holaa Lucía! oye una cosa, ¿puedo pagarte por bizum o con tarjeta? es que desde la app de mi banco "
        "las transferencias a otros bancos me cobran 2€ 🙄 si tienes enlace de pago mejor\n\nnoe 💅"),
  quote=dict(style="gmail", when="2027-01-04 09:00", text=reminder("due", i)))

i = inv("J", "F-2026-146", "1.210,00 €", "2026-11-24", "2026-12-24", "Gonzalo Serrano", "gserrano@serranoabogados.com")
M("client-reply-other", dict(
  note="Question about the amount (1.210 in the mail vs 1.000 in the PDF: VAT?), without contesting it."),
  inv=i, frm=("Gonzalo Serrano", "gserrano@serranoabogados.com"), date="2026-12-28 13:12", tz="Europe/Madrid",
  subject="RE: Recordatorio: factura n.º F-2026-146", client="outlook",
  body=("Javier, una duda: en tu correo pone 1.210,00 € y en el PDF que me mandaste veo 1.000 € en grande. "
        "Supongo que la diferencia es el IVA, pero ¿me confirmas cuál es el total a pagar? Es para dar la orden "
        "correcta.\n\nGracias,\nGonzalo"),
  quote=dict(style="outlook", when="2026-12-28 09:00", text=reminder("reminder", i)))

i = inv("N", "26/085", "726,00 €", "2026-12-09", "2027-01-08", "Jorge Salaberria", "jorge.salaberria@larrabidemarketing.com")
M("client-reply-other", dict(
  note="New contact: Jorge left the company; the colleague asks for everything pending to get up to date. Not a promise."),
  inv=i, frm=("Leire Mendizabal", "leire.mendizabal@larrabidemarketing.com"), date="2027-01-12 09:55",
  tz="Europe/Madrid", subject="RE: Recordatorio: factura n.º 26/085", client="outlook",
  body=("Hola Nerea,\n\nJorge ya no trabaja con nosotros desde el 31 de diciembre, me he quedado yo con sus "
        "temas (sus correos me llegan redirigidos). ¿Me podrías mandar un resumen de todo lo que tenéis "
        "pendiente con nosotros, facturas y trabajos, para ponerme al día? No encuentro casi nada en su "
        "carpeta.\n\nEskerrik asko,\nLeire Mendizabal\nCuentas · Larrabide Marketing"),
  quote=dict(style="outlook", when="2027-01-11 09:00", text=reminder("reminder", i)))

i = inv("C", "CD26-057", "880,00 €", "2026-11-19", "2026-12-19", "Sr. Ramón Quintana", "rquintana@quintanaagricola.es")
M("client-reply-other", dict(
  note="A son answers: his father, the client, died; the estate is being settled and a lawyer will be in touch. No promise, no claim."),
  inv=i, frm=("Adrián Quintana", "adrianquintana88@gmail.com"), to=("Carmen Delgado Suárez", "carmen@delgadoconsultoria.com"),
  date="2027-01-19 20:40", tz="Atlantic/Canary", subject="Re: Recordatorio: factura n.º CD26-057", client="gmail",
  body=("Buenas tardes Carmen,\n\nle escribe Adrián, el hijo de Ramón Quintana. Tengo acceso a su correo porque "
        "mi padre falleció el pasado 28 de diciembre. Estamos ahora con todos los trámites de la herencia y de la "
        "finca, y el despacho de abogados (Bethencourt & Ojeda) se está encargando de las deudas y cuentas "
        "pendientes de la explotación. Les he pasado su correo para que se pongan en contacto con usted.\n\n"
        "Disculpe que no le podamos dar más información por ahora.\n\nUn saludo,\nAdrián Quintana"),
  quote=dict(style="gmail", when="2027-01-18 09:00", text=reminder("reminder", i)))

# ---------------------------------------------------------------- machine mail (7)
def b64(s, codec="utf-8"):
    return base64.encodebytes(s.encode(codec)).decode("ascii").rstrip("\n")


def qp(s, codec="utf-8"):
    return quopri.encodestring(s.encode(codec)).decode("ascii")


_caixa_txt = ("Hola, LUCIA:\n\nTe informamos de que has recibido una transferencia en tu cuenta.\n\n"
              "Cuenta: ES76 **** **** **** **** 1332\nImporte: 1.210,00 EUR\nOrdenante: PANADERIA HNOS "
              "GALINDO SL\nConcepto: PAGO FRA 2026-056\nFecha valor: 14/12/2026\n\n"
              "Puedes consultar el detalle en CaixaBankNow.\n\nEste es un mensaje automático, por favor no "
              "respondas a este correo.\n\nCaixaBank, S.A. - C/ Pintor Sorolla, 2-4, 46002 València.")
_caixa_html = ("<html><body style=\"font-family:Arial\"><table width=\"600\" align=\"center\"><tr><td style=\"background:#007eae;"
               "color:#fff;padding:12px\"><b>CaixaBank</b></td></tr><tr><td style=\"padding:16px\">"
               + "<br>".join(htmlmod.escape(l) for l in _caixa_txt.split("\n")) + "</td></tr></table></body></html>")
M("payment-notification", dict(amount="1210.00", reference="2026-056",
  note="Incoming-transfer alert from the owner's bank; the payer's concept names the invoice."),
  raw=("Return-Path: <no-reply@notificaciones.caixabank.com>\n"
       "From: CaixaBank <no-reply@notificaciones.caixabank.com>\n"
       "To: lucia@martinestudio.es\n"
       "Subject: =?utf-8?q?Has_recibido_una_transferencia?=\n"
       "Date: Mon, 14 Dec 2026 07:32:10 +0100\n"
       "Message-ID: <20261214063210.7731.93021@notificaciones.caixabank.com>\n"
       "Auto-Submitted: auto-generated\n"
       "MIME-Version: 1.0\n"
       "Content-Type: multipart/alternative; boundary=\"=_cxb_7731\"\n\n"
       "--=_cxb_7731\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
       + b64(_caixa_txt) + "\n--=_cxb_7731\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: "
       "quoted-printable\n\n" + qp(_caixa_html) + "\n--=_cxb_7731--\n"))

_bizum = ("Kutxabank\n\nHas recibido un Bizum\n\nDe: JON ANDER LOPEZ DE URALDE\nImporte: 85,00 EUR\n"
          "Concepto: fotos comunion aitor\nFecha: 19/01/2027 18:44\n\nEl importe ya está disponible en tu cuenta "
          "ES12 **** 5678.\n\nKutxabank, S.A. Gran Vía 30-32, 48009 Bilbao. No respondas a este mensaje.")
M("payment-notification", dict(amount="85.00",
  note="Bizum received (incoming) on the owner's bank; ISO-8859-1 quoted-printable."),
  raw=("From: Kutxabank <avisos@kutxabank.es>\n"
       "To: nerea@nereaetxeberria.eus\n"
       "Subject: =?windows-1252?q?Has_recibido_un_Bizum_de_85=2C00_=80?=\n"
       "Date: Tue, 19 Jan 2027 18:44:52 +0100\n"
       "Message-ID: <BZ.20270119184452.551902@kutxabank.es>\n"
       "MIME-Version: 1.0\n"
       "Content-Type: text/plain; charset=iso-8859-1\n"
       "Content-Transfer-Encoding: quoted-printable\n\n" + qp(_bizum, "cp1252")))

_ooo = ("Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el 7 de enero incluido, con acceso limitado "
        "al correo. Para asuntos urgentes de contabilidad pueden escribir a administracion@papeleriamirasol.es.\n\n"
        "Un saludo,\nVerónica Mirasol\nPapelería Mirasol, S.L.")
M("auto-reply", dict(return_date="2027-01-08",
  note="Out-of-office with RFC 3834 headers: 'fuera hasta el 7 de enero incluido' = back on 8 Jan."),
  raw=("From: =?utf-8?q?Ver=C3=B3nica_Mirasol?= <veronica@papeleriamirasol.es>\n"
       "To: =?utf-8?q?Luc=C3=ADa_Mart=C3=ADn?= <lucia@martinestudio.es>\n"
       "Subject: =?utf-8?q?Respuesta_autom=C3=A1tica=3A_Recordatorio=3A_factura_n=2E=C2=BA_2026-067?=\n"
       "Date: Wed, 23 Dec 2026 09:01:14 +0100\n"
       "Message-ID: <AM9PR06MB7712A1C0E4F2B9D3E5A7@AM9PR06MB7712.eurprd06.prod.outlook.com>\n"
       "In-Reply-To: <mailduns.2026-067.r1.5c1e0a33b7d2@martinestudio.es>\n"
       "References: <mailduns.2026-067.r1.5c1e0a33b7d2@martinestudio.es>\n"
       "Auto-Submitted: auto-replied\n"
       "X-Auto-Response-Suppress: All\n"
       "X-MS-Exchange-Inbox-Rules-Loop: veronica@papeleriamirasol.es\n"
       "Content-Language: es-ES\n"
       "MIME-Version: 1.0\n"
       "Content-Type: text/plain; charset=utf-8\n"
       "Content-Transfer-Encoding: base64\n\n" + b64(_ooo) + "\n"))

_ooo2 = ("Hola!\n\nEstoy de vacaciones estas fiestas y contestaré los correos a la vuelta, con calma.\n"
         "Si es algo del taller, llama al 971 72 33 10 (Toni).\n\nMolts d'anys i bones festes!\nMarga\n"
         "Ceràmiques Son Vidal · Pòrtol, Mallorca")
M("auto-reply", dict(
  note="Holiday auto-reply without any RFC 3834 header or 'automática' in the subject; no return date ('a la vuelta')."),
  raw=("From: Marga Vidal <marga@ceramiquessonvidal.com>\n"
       "To: Javier Ortega Sanz <javier@ortegatraduce.es>\n"
       "Subject: Re: Recordatorio: factura n.º F-2026-150\n"
       "Date: Mon, 28 Dec 2026 10:15:03 +0100\n"
       "Message-ID: <1735377303.4412@ceramiquessonvidal.com>\n"
       "In-Reply-To: <mailduns.F-2026-150.r1.9ab0c3d1e4f2@ortegatraduce.es>\n"
       "MIME-Version: 1.0\n"
       "Content-Type: text/plain; charset=utf-8; format=flowed\n"
       "Content-Transfer-Encoding: 8bit\n\n" + _ooo2 + "\n"))

M("bounce", dict(failed_recipient="s.aleman@construccionesaleman.es", permanent=True,
  note="Postfix DSN, 550 5.1.1 user unknown: the client's address no longer exists (permanent)."),
  raw=("Return-Path: <>\n"
       "From: MAILER-DAEMON@mail.delgadoconsultoria.com (Mail Delivery System)\n"
       "To: carmen@delgadoconsultoria.com\n"
       "Subject: Undelivered Mail Returned to Sender\n"
       "Date: Thu, 14 Jan 2027 09:00:41 +0000 (WET)\n"
       "Message-ID: <20270114090041.3F2A11C0A12@mail.delgadoconsultoria.com>\n"
       "Auto-Submitted: auto-replied\n"
       "MIME-Version: 1.0\n"
       "Content-Type: multipart/report; report-type=delivery-status;\n"
       "\tboundary=\"3F2A11C0A12.1736845241/mail.delgadoconsultoria.com\"\n\n"
       "This is a MIME-encapsulated message.\n\n"
       "--3F2A11C0A12.1736845241/mail.delgadoconsultoria.com\n"
       "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
       "This is the mail system at host mail.delgadoconsultoria.com.\n\n"
       "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
       "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
       "If you do so, please include this problem report. You can\ndelete your own text from the attached "
       "returned message.\n\n                   The mail system\n\n"
       "<s.aleman@construccionesaleman.es>: host mx.construccionesaleman.es[212.36.74.18]\n"
       "    said: 550 5.1.1 <s.aleman@construccionesaleman.es>: Recipient address\n"
       "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n\n"
       "--3F2A11C0A12.1736845241/mail.delgadoconsultoria.com\n"
       "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
       "Reporting-MTA: dns; mail.delgadoconsultoria.com\nX-Postfix-Queue-ID: 3F2A11C0A12\n"
       "X-Postfix-Sender: rfc822; carmen@delgadoconsultoria.com\n"
       "Arrival-Date: Thu, 14 Jan 2027 09:00:39 +0000 (WET)\n\n"
       "Final-Recipient: rfc822; s.aleman@construccionesaleman.es\n"
       "Original-Recipient: rfc822;s.aleman@construccionesaleman.es\nAction: failed\nStatus: 5.1.1\n"
       "Remote-MTA: dns; mx.construccionesaleman.es\n"
       "Diagnostic-Code: smtp; 550 5.1.1 <s.aleman@construccionesaleman.es>: Recipient\n"
       "    address rejected: User unknown in virtual mailbox table\n\n"
       "--3F2A11C0A12.1736845241/mail.delgadoconsultoria.com\n"
       "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
       "Return-Path: <carmen@delgadoconsultoria.com>\n"
       "From: =?utf-8?q?Carmen_Delgado_Su=C3=A1rez?= <carmen@delgadoconsultoria.com>\n"
       "To: Sergio =?utf-8?q?Alem=C3=A1n?= <s.aleman@construccionesaleman.es>\n"
       "Subject: =?utf-8?q?Recordatorio=3A_factura_n=2E=C2=BA_CD26-061?=\n"
       "Date: Thu, 14 Jan 2027 09:00:38 +0000\n"
       "Message-ID: <mailduns.CD26-061.r1.0d4be91f22a7@delgadoconsultoria.com>\n\n"
       "--3F2A11C0A12.1736845241/mail.delgadoconsultoria.com--\n"))

_exim_txt = ("Este mensaje ha sido generado automáticamente por el servidor de correo.\n\n"
             "Su mensaje no ha podido entregarse todavía a uno o más destinatarios. El servidor seguirá "
             "intentándolo durante los próximos días; no es necesario que lo vuelva a enviar.\n\n"
             "  pedidos@conservasbahiadecadiz.es\n    Retraso: el servidor de destino no responde "
             "(Connection timed out)\n\n"
             "This message was created automatically by mail delivery software.\n"
             "A message that you sent has not yet been delivered to one or more of its recipients after "
             "more than 24 hours on the queue on smtp.ortegatraduce.es.\n\n"
             "The message identifier is:     1vKd2P-0004Qz-3B\n"
             "The subject of the message is: Recordatorio: factura n.º F-2026-151\n"
             "The date of the message is:    Sat, 09 Jan 2027 10:00:04 +0100\n\n"
             "The address to which the message has not yet been delivered is:\n\n"
             "  pedidos@conservasbahiadecadiz.es\n    host mx.conservasbahiadecadiz.es [185.42.104.9]\n"
             "    Delay reason: SMTP error from remote mail server after initial connection:\n"
             "    Connection timed out\n\nNo action is required on your part. Delivery attempts will "
             "continue for some time, and this warning may be repeated at intervals if the message "
             "remains undelivered. Eventually the mail delivery software will give up, and when that "
             "happens, the message will be returned to you.\n")
M("bounce", dict(failed_recipient="pedidos@conservasbahiadecadiz.es", permanent=False,
  note="Exim delay warning with a Spanish preamble (hosting provider): still being retried, so temporary."),
  raw=("Return-Path: <>\n"
       "From: Mail Delivery System <Mailer-Daemon@smtp.ortegatraduce.es>\n"
       "To: javier@ortegatraduce.es\n"
       "Subject: Warning: message 1vKd2P-0004Qz-3B delayed 24 hours\n"
       "Date: Sun, 10 Jan 2027 10:12:44 +0100\n"
       "Message-Id: <E1vKyQm-0007aB-Tt@smtp.ortegatraduce.es>\n"
       "Auto-Submitted: auto-replied\n"
       "X-Failed-Recipients: pedidos@conservasbahiadecadiz.es\n"
       "MIME-Version: 1.0\n"
       "Content-Type: multipart/report; report-type=delivery-status; boundary=1736500364-eximdsn-1458\n\n"
       "--1736500364-eximdsn-1458\nContent-type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
       + _exim_txt +
       "\n--1736500364-eximdsn-1458\nContent-type: message/delivery-status\n\n"
       "Reporting-MTA: dns; smtp.ortegatraduce.es\n\n"
       "Action: delayed\nFinal-Recipient: rfc822;pedidos@conservasbahiadecadiz.es\nStatus: 4.0.0\n"
       "Remote-MTA: dns; mx.conservasbahiadecadiz.es\n"
       "Will-Retry-Until: Fri, 15 Jan 2027 10:00:04 +0100\n\n"
       "--1736500364-eximdsn-1458\nContent-type: text/rfc822-headers\n\n"
       "From: Javier Ortega Sanz <javier@ortegatraduce.es>\n"
       "To: pedidos@conservasbahiadecadiz.es\n"
       "Subject: =?utf-8?q?Recordatorio=3A_factura_n=2E=C2=BA_F-2026-151?=\n"
       "Date: Sat, 09 Jan 2027 10:00:04 +0100\n"
       "Message-ID: <mailduns.F-2026-151.r1.77e10a9c4b05@ortegatraduce.es>\n\n"
       "--1736500364-eximdsn-1458--\n"))

_face = ("FACe - Punto General de Entrada de Facturas Electrónicas de la AGE\n\n"
         "Estimado/a proveedor/a:\n\nLe comunicamos que la factura con número de registro REGAGE27e00000481936 "
         "ha cambiado de estado.\n\nNúmero de factura: CD27-003\nSerie: \nImporte: 3.412,20 EUR\n"
         "Órgano gestor: L03350001 - Consorcio de Emergencias de Gran Canaria\n"
         "Estado anterior: 1200 - Registrada\nEstado actual: 1300 - Registrada en RCF\n"
         "Fecha: 15/01/2027 12:07\n\nPuede consultar el estado de sus facturas en https://face.gob.es\n\n"
         "Este correo ha sido generado automáticamente. Por favor, no responda a este mensaje.")
M("other", dict(
  note="FACe e-invoicing status notice (registered in the accounting register): neither a payment nor a reply."),
  raw=("From: FACe <noreply@face.gob.es>\n"
       "To: carmen@delgadoconsultoria.com\n"
       "Subject: =?utf-8?q?FACe_-_Cambio_de_estado_de_la_factura_CD27-003?=\n"
       "Date: Fri, 15 Jan 2027 12:07:31 +0100\n"
       "Message-ID: <face.REGAGE27e00000481936.1300@face.gob.es>\n"
       "MIME-Version: 1.0\n"
       "Content-Type: text/plain; charset=utf-8\n"
       "Content-Transfer-Encoding: quoted-printable\n\n" + qp(_face)))


# =========================================================================== output
def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main():
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    lines = ["# round16-es: hand-written Spanish client replies and machine mail. Generated by make.py.", ""]
    order = ["amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"]
    for n, (kind, labels, kw) in enumerate(MESSAGES, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        data = build(n, kind, labels, kw)
        (HERE / name).write_bytes(data)
        lines.append(f'[files."{name}"]')
        lines.append(f"kind = {toml_str(kind)}")
        lines.append(f"language = {toml_str(ES)}")
        lines.append('split = "dev"')
        for k in order:
            if k in labels:
                v = labels[k]
                lines.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(v)}")
        lines.append(f"note = {toml_str(labels['note'])}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")
    # sanity check
    from collections import Counter
    import tomllib
    lab = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    for name in sorted(lab):
        m = message_from_bytes((HERE / name).read_bytes(), policy=policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (name, h)
        m["Date"].datetime  # parses
        body = m.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), name
        assert not m.defects, (name, m.defects)
    print(len(lab), "messages;", dict(Counter(v["kind"] for v in lab.values())))


if __name__ == "__main__":
    main()
