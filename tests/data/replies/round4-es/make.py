#!/usr/bin/env python3
"""Round 4, Spanish: client replies and Spanish machine mail for mailduns' blind test set.

Generates r4s-NNNN.eml and labels.toml in this directory, then re-parses every file.
Every message body below is written by hand; only the MIME plumbing, HTML skeletons and the quoted
mailduns letters (rendered from the shapes in templates/es/*.txt.j2) are generated.
Python 3.11, stdlib only.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import json
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r4s"

# ---------------------------------------------------------------------------------------------
# time zones (all dates fall in winter time)


def _tz(h):
    return dt.timezone(dt.timedelta(hours=h))


TZ = {"mad": _tz(1), "can": _tz(0), "lon": _tz(0), "mex": _tz(-6), "arg": _tz(-3), "col": _tz(-5),
      "ny": _tz(-5), "utc": _tz(0)}


def D(s, z="mad"):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ[z])


MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIA3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def es_date(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


# ---------------------------------------------------------------------------------------------
# owners (the freelancers whose mailbox this is)

OWNERS = {
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", dom="martinestudio.es",
                  benef="Lucía Martín Prieto", iban="ES21 2100 0418 4502 0005 1332", bic="CAIXESBBXXX"),
    "marta": dict(name="Marta Iglesias", addr="marta@martaiglesias.gal", dom="martaiglesias.gal",
                  benef="Marta Iglesias Varela", iban="ES80 0182 5201 9102 0174 7765", bic="BBVAESMMXXX"),
    "diego": dict(name="Diego Ferrer", addr="diego@ferrertraduce.com", dom="ferrertraduce.com",
                  benef="Diego Ferrer Climent", iban="ES43 0081 0693 6100 0127 4420", bic="BSABESBBXXX"),
    "nerea": dict(name="Nerea Goikoetxea", addr="nerea@goiko.dev", dom="goiko.dev",
                  benef="Nerea Goikoetxea Arana", iban="ES12 1465 0100 9117 3004 5521", bic="INGDESMMXXX"),
}

# invoices: number -> data. subject is the subject of the invoice mail; mailduns threads under it.
INV = {}


def inv(number, owner, client, to, amount, issue, due, subject=None, pay="iban"):
    o = OWNERS[owner]
    if subject is None:
        subject = {"lucia": f"Factura {number}",
                   "marta": f"Factura {number} – Marta Iglesias Fotografía",
                   "diego": f"Factura {number}",
                   "nerea": f"Factura {number} (Goiko Dev)"}[owner]
    INV[number] = dict(number=number, owner=owner, client=client, to=to, amount=amount,
                       issue=dt.date.fromisoformat(issue), due=dt.date.fromisoformat(due),
                       subject=subject, pay=pay, o=o)


# ---------------------------------------------------------------------------------------------
# the mailduns letters, as the client received them (shapes of templates/es/*.txt.j2)

FORMAS = {"SL", "SLU", "SLL", "SLP", "SA", "SAU", "SAL", "SC", "SCOOP", "COOP", "SCCL", "CB", "SRL",
          "SOCIEDAD", "LIMITADA", "SAS", "GMBH", "LTD", "LLC", "INC", "SAPI", "SPA", "DE"}
ENTIDADES = {"AYUNTAMIENTO", "AJUNTAMENT", "CONCELLO", "DIPUTACIÓN", "CONSEJERÍA", "UNIVERSIDAD",
             "FUNDACIÓN", "ASOCIACIÓN", "FEDERACIÓN", "CONSORCIO", "COLEGIO", "COMUNIDAD", "INSTITUTO",
             "CLUB", "GRUPO", "EDITORIAL", "AGENCIA", "ESTUDIO", "ACADEMIA", "ESCUELA", "CLÍNICA", "HOTEL",
             "RESTAURANTE"}


def saludo(client):
    if not client:
        return "Buenos días:"
    w = client.upper().replace(". ", ".").replace(".", "").replace(",", " ").split()
    if (set(w) & (FORMAS - {"DE"})) or w[0] in ENTIDADES:
        return "Estimados señores:"
    return f"Buenos días, {client}:"


def payblock(i):
    o = i["o"]
    if i["pay"] == "iban":
        return ("Datos para el pago:\n"
                f"- beneficiario: {o['benef']}\n"
                f"- IBAN: {o['iban']}\n"
                f"- BIC: {o['bic']}\n"
                f"- concepto: Factura {i['number']}")
    return "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación."


def fees(i, sent, rate="10,15 %"):
    days = (sent.date() - i["due"]).days
    base = float(i["amount"].replace(".", "").replace(",", ".").replace(" €", ""))
    interest = round(base * 0.1015 * days / 365, 2)
    total = base + interest + 40

    def eur(x):
        s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return s + " €"
    txt = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la "
           "que se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva "
           "2011/7/UE). Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de "
           "demora al tipo legal: el tipo del Banco Central Europeo para sus operaciones principales de "
           "financiación más ocho puntos porcentuales, actualmente el " + rate + " anual (arts. 5 y 7). A la "
           "deuda se añade, además, una cantidad fija de 40,00 € en concepto de indemnización por costes de "
           "cobro (art. 8).\n\n"
           "A día de hoy, el importe adeudado es el siguiente:\n"
           f"- Factura n.º {i['number']}: {i['amount']}\n"
           f"- Intereses de demora ({rate} anual, {days} días): {eur(interest)}\n"
           f"- Indemnización por costes de cobro: 40,00 €\n"
           f"- Total: {eur(total)}")
    return txt, eur(total)


def letter(kind, number, sent, **kw):
    """The text of a mailduns letter for invoice `number`, sent at datetime `sent`."""
    i = INV[number]
    o = i["o"]
    n = i["number"]
    a = i["amount"]
    due = es_date(i["due"])
    days_late = (sent.date() - i["due"]).days
    head = saludo(i["client"]) + "\n\n"
    tail = "\n\n" + payblock(i) + "\n\n"
    if kind == "courtesy":
        return (head + f"Un breve recordatorio: la factura n.º {n} de {a}, emitida el {es_date(i['issue'])}, vence "
                f"el {due}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer nada más."
                + tail + "Para cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n" + o["name"])
    if kind == "due":
        if days_late > 0:
            s = (f"La factura n.º {n} de {a} venció el {due} y, según mis registros, el pago aún no consta. "
                 "Agradecería que se tramitara en los próximos días.")
        else:
            s = f"La factura n.º {n} de {a} vence hoy, {due}."
        return (head + s + "\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más." + tail
                + "Para cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n" + o["name"])
    if kind == "reminder":
        return (head + f"Revisando mis cuentas, veo que la factura n.º {n} de {a}, vencida el {due}, sigue pendiente "
                "de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto "
                "sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder "
                "indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún "
                "problema con la factura, podemos aclararlo por esta misma vía." + tail
                + "Un cordial saludo,\n" + o["name"])
    if kind == "late_fee":
        deadline = es_date(kw["deadline"])
        if kw.get("fees"):
            ftxt, total = fees(i, sent)
            mid = f"\n\n{ftxt}\n\nRuego que el pago de {total}"
        else:
            mid = f"\n\nRuego que el pago de {a}"
        return (head + f"La factura n.º {n} de {a} venció el {due}, hace {days_late} días, y sigue pendiente de pago."
                + mid + f" se realice a más tardar el {deadline}. Si ya está en curso, muchas gracias: basta con "
                "responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con los "
                "plazos, podemos buscar una solución por esta misma vía." + tail + "Un cordial saludo,\n" + o["name"])
    if kind == "suspension":
        deadline = es_date(kw["deadline"])
        susp = es_date(kw["susp"])
        return (head + f"Vuelvo a ponerme en contacto en relación con la factura n.º {n} de {a}, vencida el {due} y "
                f"todavía pendiente de pago.\n\nSi para el {deadline} no se ha recibido el pago de {a}, a partir del "
                f"{susp} podría verme en la necesidad de suspender los trabajos en curso y la prestación de los "
                "servicios contratados hasta que se regularice la situación. Si existe alguna dificultad (por "
                "ejemplo, si es necesario fraccionar el pago), basta con responder a este correo y buscaremos una "
                "solución." + tail + "Un cordial saludo,\n" + o["name"])
    if kind == "final":
        deadline = es_date(kw["deadline"])
        cl = f", emitida a nombre de {i['client']} el {es_date(i['issue'])}," if i["client"] else \
            f", emitida el {es_date(i['issue'])},"
        if kw.get("fees"):
            ftxt, total = fees(i, sent)
            mid = f"\n\n{ftxt}\n\n"
            req = f"requiero formalmente el pago de {total} a más tardar el {deadline}, más los intereses de demora que se devenguen hasta la fecha del pago."
        else:
            mid = "\n\n"
            req = f"requiero formalmente el pago de {a} a más tardar el {deadline}."
        return (f"Asunto: Requerimiento de pago de la factura n.º {n}\n\n" + head
                + f"La factura n.º {n}{cl} venció el {due} y, pese a los recordatorios enviados anteriormente, sigue "
                f"pendiente de pago por un importe de {a}." + mid
                + "Por la presente, y a los efectos del artículo 1100 del Código Civil, " + req + "\n\n"
                "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, "
                "de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
                "retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                "responder a este correo.\n\n"
                f"Si para el {deadline} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la "
                "reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría "
                "sinceramente evitarlo.\n\n"
                "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en "
                "ese caso, basta una breve respuesta con la fecha de la transferencia." + tail
                + "Atentamente,\n" + o["name"])
    if kind == "promise_followup":
        pd = kw.get("promise")
        if pd:
            s = (f"Según su último mensaje, el pago de la factura n.º {n} de {a} se realizaría a más tardar el "
                 f"{es_date(pd)}; gracias de nuevo por la información.")
        else:
            s = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {n} de {a}, vencida el "
                 f"{due}.")
        return (head + s + "\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: "
                "basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería "
                "útil saber para cuándo puedo contar con él." + tail + "Un cordial saludo,\n" + o["name"])
    if kind == "paid_claim_followup":
        cd = kw.get("claim")
        s = (f"Muchas gracias por comunicarme{' el ' + es_date(cd) if cd else ''} que la factura n.º {n} de {a} ya "
             "está pagada.\n\nSin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una "
             "transferencia tarda unos días más en llegar, o puede haberse enviado a otros datos bancarios. Para "
             "poder localizarla, me sería de gran ayuda conocer la fecha de ejecución y la referencia de la "
             "transferencia, o recibir el justificante.\n\n")
        if i["pay"] == "iban":
            s += ("Para comprobarlo, estos son los datos bancarios correctos:\n"
                  f"- beneficiario: {o['benef']}\n- IBAN: {o['iban']}\n- concepto: Factura {n}\n\n")
        s += ("Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es "
              "necesario hacer nada más. Gracias por su colaboración.\n\nUn cordial saludo,\n" + o["name"])
        return head + s
    if kind == "statement":
        nums = kw["numbers"]
        lines = []
        for m in nums:
            j = INV[m]
            dl = (sent.date() - j["due"]).days
            lines.append(f"- n.º {m}, del {es_date(j['issue'])}, vencida el {es_date(j['due'])} ({dl} días de "
                         f"retraso): {j['amount']}")
        return (head + "Revisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n"
                + "\n".join(lines) + f"\n\nTotal a pagar: {kw['total']}\n\n"
                f"Ruego que el pago de estas facturas se realice a más tardar el {es_date(kw['deadline'])}. Si alguna "
                "de ellas ya está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la "
                "transferencia, para que pueda actualizar mis registros. Si hay algún problema con alguna factura, "
                "podemos aclararlo por esta misma vía.\n\n"
                "Los datos para el pago figuran en las facturas, en los mensajes con los que se enviaron.\n\n"
                "Un cordial saludo,\n" + o["name"])
    if kind == "thank_you":
        return (head + f"Confirmo que he recibido el pago de la factura n.º {n} ({a}). ¡Muchas gracias!\n\n"
                "Quedo a su disposición para cualquier otra cuestión.\n\nUn cordial saludo,\n" + o["name"])
    if kind == "invoice":
        # the freelancer's own invoice mail (hand-written per owner)
        return kw["text"]
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# quoting styles


def _wrap(text, width=76):
    import textwrap
    out = []
    for ln in text.split("\n"):
        out.extend(textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


WRAP_QUOTE = {"gmail", "gmail_latam", "android", "thunderbird", "yahoo"}


def _q(text, mark="> "):
    return "\n".join((mark + ln) if ln else mark.rstrip() for ln in text.split("\n"))


def quote_header(style, who_name, who_addr, when, to_line, subject):
    d = when
    if style == "gmail":
        return (f"El {DIA3[d.weekday()]}, {d.day} {MES3[d.month - 1]} {d.year} a las {d:%H:%M}, {who_name} "
                f"(<{who_addr}>) escribió:")
    if style == "gmail_latam":
        return (f"El {DIA3[d.weekday()]}, {d.day} {MES3[d.month - 1]} {d.year} a la(s) {d:%H:%M}, {who_name} "
                f"(<{who_addr}>) escribió:")
    if style == "android":
        return (f"El {DIA3[d.weekday()]}., {d.day} {MES3[d.month - 1]}. {d.year} {d:%H:%M}, {who_name} "
                f"<{who_addr}> escribió:")
    if style == "apple":
        return f"El {d.day} {MES3[d.month - 1]} {d.year}, a las {d:%H:%M}, {who_name} <{who_addr}> escribió:"
    if style == "thunderbird":
        return f"El {d.day}/{d.month}/{d:%y} a las {d:%H:%M}, {who_name} escribió:"
    if style == "outlook":
        return (f"De: {who_name} <{who_addr}>\nEnviado el: {DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de "
                f"{d.year} {d:%H:%M}\nPara: {to_line}\nAsunto: {subject}")
    if style == "outlook_new":
        return (f"De: {who_name} <{who_addr}>\nEnviado: {DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de "
                f"{d.year} {d:%H:%M}\nPara: {to_line}\nAsunto: {subject}")
    if style == "outlook_old":
        return (f"-----Mensaje original-----\nDe: {who_name} [mailto:{who_addr}]\nEnviado el: "
                f"{DIAS[d.weekday()]}, {d.day:02d} de {MESES[d.month - 1]} de {d.year} {d:%H:%M}\nPara: {to_line}\n"
                f"Asunto: {subject}")
    if style == "outlook_mobile":
        return (f"________________________________\nFrom: {who_name} <{who_addr}>\nSent: "
                f"{d:%A, %B} {d.day}, {d.year} {d:%I:%M:%S %p}\nTo: {to_line}\nSubject: {subject}")
    if style == "yahoo":
        return (f"En {DIA3[d.weekday()]}., {d.day} {MES3[d.month - 1]}. {d.year} a las {d:%H:%M}, {who_name}\n"
                f"<{who_addr}> escribió:")
    raise ValueError(style)


PLAIN_NOMARK = {"outlook", "outlook_new", "outlook_old", "outlook_mobile"}


# ---------------------------------------------------------------------------------------------
# MIME plumbing (bytes, "\n" line ends)

_n = [0]


def boundary(tag=""):
    _n[0] += 1
    h = hashlib.sha1(f"{tag}{_n[0]}".encode()).hexdigest()
    return f"----=_Part_{_n[0]}_{h[:10]}.{h[10:20]}"


def enc_body(text, cs, cte, encode_as=None):
    text = text.replace("\r\n", "\n")
    try:
        raw = text.encode(encode_as or cs)
    except UnicodeEncodeError:
        # what Outlook and many webmails do: a Latin-1 label over Windows-1252 bytes (the euro sign, quotes)
        raw = text.encode("cp1252")
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def text_part(text, sub="plain", cs="utf-8", cte="quoted-printable", encode_as=None, flowed=False, extra=""):
    ct = f"text/{sub}; charset=\"{cs}\"" if sub != "plain" or not flowed else \
        f"text/plain; charset={cs}; format=flowed; delsp=no"
    h = f"Content-Type: {ct}\nContent-Transfer-Encoding: {cte}\n{extra}"
    return h.encode() + b"\n" + enc_body(text, cs, cte, encode_as)


def attach_part(data, ctype, filename, inline=False, cid=None):
    disp = "inline" if inline else "attachment"
    h = f"Content-Type: {ctype}; name=\"{filename}\"\nContent-Disposition: {disp}; filename=\"{filename}\"\n"
    if cid:
        h += f"Content-ID: <{cid}>\n"
    h += "Content-Transfer-Encoding: base64\n"
    return h.encode() + b"\n" + base64.encodebytes(data)


def rfc822_part(msg_bytes, ctype="message/rfc822"):
    return f"Content-Type: {ctype}\nContent-Disposition: inline\n".encode() + b"\n" + msg_bytes


def multipart(sub, parts, extra_params=""):
    b = boundary(sub)
    out = f"Content-Type: multipart/{sub}; boundary=\"{b}\"{extra_params}\n\n".encode()
    out += b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for p in parts:
        out += f"--{b}\n".encode() + p + (b"" if p.endswith(b"\n") else b"\n") + b"\n"
    out += f"--{b}--\n".encode()
    return out


def hdr_addr(name, addr, cs="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


def hdr_text(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)


def build(headers, body):
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(f"{k}: {v}")
    return ("\n".join(out) + "\n").encode() + body


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
            b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n"
            b"%%EOF\n")
FAKE_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
FAKE_JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + b"\x08" * 64 + bytes.fromhex("ffd9")


def msgid(seed, dom):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{dom}>"


# ---------------------------------------------------------------------------------------------
# html helpers


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html_paras(text, pstyle=""):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append(f"<p{pstyle}>" + "<br>\n".join(esc(x) for x in p.split("\n")) + "</p>")
    return "\n".join(out)


def gmail_html(own, quote_hdr=None, quoted=None, raw=None):
    own_html = raw or "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in own.strip("\n").split("\n"))
    q = ""
    if quoted is not None:
        q = ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + esc(quote_hdr) +
             "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
             "rgb(204,204,204);padding-left:1ex\">" + to_html_paras(quoted) + "</blockquote></div>")
    return f"<div dir=\"ltr\">{own_html}</div>{q}\n"


def outlook_html(own, quote_hdr=None, quoted=None, font="Calibri", raw=None):
    p = " class=\"MsoNormal\""
    own_html = raw or "\n".join(f"<p{p}>{esc(x) if x else '&nbsp;'}<o:p></o:p></p>" for x in own.strip("\n").split("\n"))
    q = ""
    if quoted is not None:
        hh = quote_hdr.split("\n")
        hdr_html = "<br>\n".join(
            (f"<b>{esc(x.split(':', 1)[0])}:</b>{esc(x.split(':', 1)[1])}" if ":" in x else esc(x)) for x in hh)
        q = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
             f"<p{p}>{hdr_html}<o:p></o:p></p></div>\n<p{p}>&nbsp;</p>\n"
             + to_html_paras(quoted, p))
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/"
            "12/omml\" xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"><meta name=\"Generator\" content=\"Microsoft Word 15 (filtered "
            "medium)\"><style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";}\n"
            f"p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;font-size:11.0pt;font-family:\"{font}\","
            "sans-serif;}\n--></style></head><body lang=\"ES\" link=\"#0563C1\" vlink=\"#954F72\" "
            "style=\"word-wrap:break-word\"><div class=\"WordSection1\">\n" + own_html + "\n<p class=\"MsoNormal\">"
            "&nbsp;</p>\n" + q + "\n</div></body></html>\n")


def apple_html(own, quote_hdr=None, quoted=None):
    own_html = "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in own.strip("\n").split("\n"))
    q = ""
    if quoted is not None:
        q = (f"<div><br><blockquote type=\"cite\"><div>{esc(quote_hdr)}</div><br>" + to_html_paras(quoted)
             + "</blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body "
            "dir=\"auto\">" + own_html + q + "</body></html>\n")


def html_to_text(text):
    return text


# ---------------------------------------------------------------------------------------------
# the message registry

MSGS = []


def persona_split(name):
    return "firstread3" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 10 < 4 else "dev"


def client(persona, frm, date, body, label, owner="lucia", to=None, cc=None, subject=None, reply=None,
           style="gmail", fmt="plain", cs="utf-8", cte="quoted-printable", encode_as=None, attach=(),
           headers=(), bottom=False, mailer=None, own_html=None, flowed=False, reply_to_name=None):
    """A human reply. reply = (invoice number, letter kind, sent 'YYYY-mm-dd HH:MM', kwargs) or None."""
    o = OWNERS[owner]
    fname, faddr = frm
    dom = faddr.split("@")[1]
    d = D(*date) if isinstance(date, tuple) else D(date)
    quoted_text = qhdr = None
    irt = refs = None
    if reply:
        number, kind, sent, kw = (list(reply) + [{}])[:4]
        i = INV[number]
        sent_d = D(sent)
        kw = dict(kw)
        thread_subject = kw.pop("thread_subject", None)
        quoted_text = letter(kind, number, sent_d, **kw)
        assert d > sent_d, (persona, date, sent)
        late = (sent_d.date() - i["due"]).days
        if kind == "courtesy":
            assert late < 0, (persona, number)
        elif kind == "due":
            assert 0 <= late <= 3, (persona, number, late)
        elif kind in ("reminder", "late_fee", "suspension", "final", "statement"):
            assert late > 0, (persona, number, late)
        local_sent = sent_d.astimezone(d.tzinfo)
        to_line = reply_to_name or (f"{i['client']} <{i['to']}>" if i["client"] else i["to"])
        rsubj = thread_subject or ("Re: " + i["subject"] if kind != "invoice" else i["subject"])
        if style != "none":
            qhdr = quote_header(style, o["name"], o["addr"], local_sent, to_line, rsubj)
        inv_id = msgid("inv" + number, o["dom"])
        rem_id = msgid(f"rem{number}{sent}", o["dom"]) if kind != "invoice" else inv_id
        irt = rem_id
        refs = inv_id if rem_id == inv_id else f"{inv_id} {rem_id}"
        if subject is None:
            subject = "Re: " + i["subject"]
    if subject is None:
        subject = "Factura"
    # plain text
    if quoted_text is not None and style != "none":
        if style in PLAIN_NOMARK:
            qblock = qhdr + "\n\n" + quoted_text
        else:
            qblock = qhdr + "\n\n" + _q(_wrap(quoted_text) if style in WRAP_QUOTE else quoted_text)
        plain = (qblock + "\n\n" + body.strip("\n") + "\n") if bottom else (body.rstrip("\n") + "\n\n" + qblock + "\n")
    else:
        plain = body.rstrip("\n") + "\n"
    # body part
    def html_version():
        qt = quoted_text if style != "none" else None
        if style.startswith("outlook"):
            return outlook_html(body, qhdr, qt, raw=own_html)
        if style == "apple":
            return apple_html(body, qhdr, qt)
        return gmail_html(body, qhdr, qt, raw=own_html)
    if fmt == "plain":
        part = text_part(plain, cs=cs, cte=cte, encode_as=encode_as, flowed=flowed)
    elif fmt == "html":
        part = text_part(html_version().replace("charset=utf-8", f"charset={cs}"), sub="html", cs=cs, cte=cte, encode_as=encode_as)
    elif fmt == "alt":
        part = multipart("alternative", [text_part(plain, cs=cs, cte=cte, encode_as=encode_as),
                                         text_part(html_version().replace("charset=utf-8", f"charset={cs}"), sub="html", cs=cs, cte=cte, encode_as=encode_as)])
    else:
        raise ValueError(fmt)
    if attach:
        part = multipart("mixed", [part] + [attach_part(*a) for a in attach])
    to_hdr = to or hdr_addr(o["name"], o["addr"])
    hs = [("Return-Path", f"<{faddr}>"),
          ("From", hdr_addr(fname, faddr)),
          ("To", to_hdr),
          ("Cc", ", ".join(cc) if cc else None),
          ("Subject", hdr_text(subject)),
          ("Date", format_datetime(d)),
          ("Message-ID", msgid(f"{persona}{date}{subject}", dom)),
          ("In-Reply-To", irt),
          ("References", refs),
          ("X-Mailer", mailer)]
    hs += list(headers)
    hs.append(("MIME-Version", "1.0"))
    add(persona, build(hs, part), label)


def machine(persona, raw, label):
    add(persona, raw, label)


def add(persona, raw, label):
    label = dict(label)
    label.setdefault("language", "es")
    label["split"] = persona_split(persona)
    MSGS.append((persona, raw, label))


# ---------------------------------------------------------------------------------------------
# writing out


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def write_all():
    keys = ["kind", "language", "split", "amount", "reference", "promised_date", "return_date",
            "failed_recipient", "permanent", "note"]
    lines = ["# Round 4, Spanish writer: labels for r4s-*.eml (generated by make.py)", ""]
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for k, (persona, raw, label) in enumerate(MSGS, 1):
        name = f"{PREFIX}-{k:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(raw)
        lines.append(f"[files.\"{name}\"]")
        extra = set(label) - set(keys)
        assert not extra, (name, extra)
        for key in keys:
            if key in label:
                lines.append(f"{key} = {toml_val(label[key])}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def check():
    import collections
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as f:
        labels = tomllib.load(f)["files"]
    kinds = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
             "payment-notification", "auto-reply", "bounce", "other", "invoice"}
    files = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    assert set(files) == set(labels), "labels and files differ"
    bad = 0
    for fn in files:
        with open(os.path.join(HERE, fn), "rb") as f:
            m = email.message_from_bytes(f.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not m[h]:
                print(fn, "missing", h)
                bad += 1
        _ = m["Date"].datetime
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        lab = labels[fn]
        assert lab["kind"] in kinds, fn
        d = m["Date"].datetime
        assert dt.datetime(2026, 11, 1, tzinfo=d.tzinfo) <= d < dt.datetime(2027, 3, 1, tzinfo=d.tzinfo), fn
        for k in ("promised_date", "return_date"):
            if k in lab:
                dt.date.fromisoformat(lab[k])
        if "amount" in lab:
            float(lab["amount"])
            assert "." in lab["amount"] and "," not in lab["amount"], fn
        if lab["kind"] == "bounce":
            assert "permanent" in lab, fn
    c = collections.Counter((v["kind"]) for v in labels.values())
    s = collections.Counter((v["kind"], v["split"]) for v in labels.values())
    print(len(files), "messages;", "problems:", bad)
    for k in sorted(c):
        print(f"  {k:24s} {c[k]:3d}   dev {s[(k, 'dev')]:3d}  firstread3 {s[(k, 'firstread3')]:3d}")
    sp = collections.Counter(v["split"] for v in labels.values())
    print("  splits:", dict(sp))
    return bad == 0


def invoice_mail(number, what, tu=True):
    i = INV[number]
    o = i["o"]
    if tu:
        t = (f"Hola,\n\nTe adjunto la factura {number} correspondiente a {what}, por un importe de {i['amount']}.\n\n"
             f"Vencimiento: {es_date(i['due'])}.\n\n{payblock(i)}\n\nCualquier cosa me dices.\n\nUn saludo,\n{o['name']}")
    else:
        t = (f"Buenos días:\n\nAdjunto les remito la factura n.º {number} correspondiente a {what}, por un importe "
             f"de {i['amount']}, con vencimiento el {es_date(i['due'])}.\n\n{payblock(i)}\n\nQuedo a su disposición "
             f"para cualquier consulta.\n\nUn cordial saludo,\n{o['name']}")
    return dict(text=t)


GDPR_LOPEZ = (
    "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo "
    "contener información confidencial sometida a secreto profesional. No está permitida su reproducción o "
    "distribución sin la autorización expresa de Gestoría López y Asociados, S.L. Si usted no es el destinatario "
    "final, por favor, elimínelo e infórmenos por esta vía.\n"
    "PROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), "
    "le informamos de que sus datos de contacto son tratados por Gestoría López y Asociados, S.L. con la finalidad "
    "de mantener la relación profesional. Puede ejercer sus derechos de acceso, rectificación, supresión, "
    "oposición, limitación y portabilidad dirigiéndose a lopd@gestorialopez.es.\n"
    "Antes de imprimir este correo, piense si es necesario. El medio ambiente es cosa de todos.")

# =============================================================================================
# INVOICES

inv("2026-031", "lucia", "Gestoría López y Asociados SL", "carmen.lopez@gestorialopez.es", "1.060,00 €",
    "2026-10-01", "2026-10-31")
inv("2026-057", "lucia", "Gestoría López y Asociados SL", "carmen.lopez@gestorialopez.es", "742,00 €",
    "2026-11-16", "2026-12-16")
inv("2026-037", "lucia", "Sergio Campos", "sergiocampos.foto@gmail.com", "424,00 €", "2026-10-10", "2026-11-09")
inv("2026-034", "lucia", "Estudi Vermell SL", "admin@estudivermell.cat", "2.544,00 €", "2026-10-05",
    "2026-11-04")
inv("2026-053", "lucia", "Estudi Vermell SL", "admin@estudivermell.cat", "1.272,00 €", "2026-11-27",
    "2026-12-27")
inv("2026-039", "lucia", "Distribuidora Altamira SA de CV", "cxp@altamira.com.mx", "1.800,00 €", "2026-10-12",
    "2026-11-11")
inv("2026-060", "lucia", "Distribuidora Altamira SA de CV", "cxp@altamira.com.mx", "2.400,00 €", "2026-12-01",
    "2026-12-31")
inv("2026-040", "lucia", "Fernando Ruiz", "fernando@tangolabs.com.ar", "850,00 €", "2026-10-16", "2026-11-15")
inv("2027-004", "lucia", "Fernando Ruiz", "fernando@tangolabs.com.ar", "1.100,00 €", "2027-01-08", "2027-01-23")
inv("2026-045", "lucia", "Bodegas Ordóñez SL", "manuel.ordonez@bodegasordonez.es", "2.120,00 €", "2026-10-20",
    "2026-11-19")
inv("2026-043", "lucia", "Grupo Hostelero Atlántico SL", "administracion@grupoatlantico.es", "2.550,00 €",
    "2026-10-21", "2026-11-20")
inv("2026-058", "lucia", "Grupo Hostelero Atlántico SL", "administracion@grupoatlantico.es", "1.700,00 €",
    "2026-11-16", "2026-12-16")
inv("A26-112", "marta", "Conservas Rías Baixas SL", "uxia.fernandez@conservasriasbaixas.com", "1.590,00 €",
    "2026-10-26", "2026-11-25")
inv("2026-046", "lucia", "Talleres Navarro SL", "talleresnavarro@hotmail.com", "636,00 €", "2026-10-28",
    "2026-11-27")
inv("2026-042", "lucia", "Panadería Hnos. Gil CB", "panaderiagil@telefonica.net", "423,50 €", "2026-10-15",
    "2026-11-14")
inv("2026-048", "lucia", "Logística Henares SA", "proveedores@logisticahenares.com", "4.770,00 €", "2026-10-30",
    "2026-11-29")
inv("2027-002", "lucia", "Logística Henares SA", "proveedores@logisticahenares.com", "3.180,00 €", "2026-12-14",
    "2027-01-13")
inv("2027-005", "lucia", "Logística Henares SA", "proveedores@logisticahenares.com", "1.590,00 €", "2027-01-18",
    "2027-02-17")
inv("2026-050", "lucia", "Ana Belén Prieto", "anabelen.prieto88@gmail.com", "181,50 €", "2026-11-25",
    "2026-12-10")
inv("2026-051", "lucia", "Carpintería Benítez", "carpinteriabenitez@yahoo.es", "530,00 €", "2026-11-05",
    "2026-12-05")
inv("2026-044", "lucia", "Clínica Dental Sonrisa SLP", "administracion@clinicasonrisa.es", "954,00 €",
    "2026-10-19", "2026-11-18")
inv("2026-049", "lucia", "Clínica Dental Sonrisa SLP", "administracion@clinicasonrisa.es", "1.590,00 €",
    "2026-11-02", "2026-12-02")
inv("2026-055", "lucia", "Clínica Dental Sonrisa SLP", "administracion@clinicasonrisa.es", "636,00 €",
    "2026-11-10", "2026-12-10")
inv("2026-047", "lucia", "Café Sierra Nevada SAS", "contabilidad@cafesierranevada.com.co", "1.350,00 €",
    "2026-10-23", "2026-11-22")
inv("2026-054", "lucia", "Café Sierra Nevada SAS", "contabilidad@cafesierranevada.com.co", "980,00 €",
    "2026-11-03", "2026-12-03")
inv("F26-087", "nerea", "Industrias Zubieta SA", "koldo.etxeberria@zubieta.eus", "2.968,00 €", "2026-10-30",
    "2026-11-29")
inv("F26-095", "nerea", "Industrias Zubieta SA", "koldo.etxeberria@zubieta.eus", "1.908,00 €", "2026-12-14",
    "2027-01-13")
inv("2026-033", "lucia", "Editorial Alba Libros SL", "marisa@albalibros.es", "1.908,00 €", "2026-09-25",
    "2026-10-25")
inv("2026-056", "lucia", "Editorial Alba Libros SL", "marisa@albalibros.es", "1.060,00 €", "2026-11-12",
    "2026-12-12")
inv("2026-059", "lucia", "Editorial Alba Libros SL", "marisa@albalibros.es", "848,00 €", "2026-11-30",
    "2026-12-30")
inv("DF-2026-118", "diego", "Ramírez & Vidal Abogados SLP", "administracion@ramirezvidal.es", "848,00 €",
    "2026-11-02", "2026-12-02")
inv("2026-061", "lucia", "Casals Arquitectes SLP", "jordi@casalsarquitectes.cat", "1.484,00 €", "2026-11-18",
    "2026-12-18")
inv("2026-062", "lucia", "Rubén Iglesias", "ruben@formaurbana.es", "605,00 €", "2026-11-06", "2026-12-06")
inv("2026-052", "lucia", "Reformas Castellana SL", "oscar@reformascastellana.es", "1.166,00 €", "2026-11-01",
    "2026-12-01")
inv("2026-063", "lucia", "Inmobiliaria Puerta del Sol SA", "finanzas@inmopuertadelsol.es", "3.710,00 €",
    "2026-11-09", "2026-12-09")
inv("2026-064", "lucia", "Ayuntamiento de Valdemorales de la Sierra", "intervencion@valdemorales.es",
    "2.650,00 €", "2026-10-27", "2026-11-26", pay="text")
inv("2027-001", "lucia", "Ayuntamiento de Valdemorales de la Sierra", "intervencion@valdemorales.es",
    "5.724,00 €", "2026-12-01", "2026-12-31", pay="text")
inv("2026-065", "lucia", "Paloma Sáez", "palomasaez@hotmail.com", "1.573,00 €", "2026-11-20", "2026-12-20")
inv("2026-066", "lucia", "Miguel Ángel Torres", "matorres.malaga@gmail.com", "726,00 €", "2026-11-24",
    "2026-12-24")
inv("DF-2026-121", "diego", "Traducciones Jurídicas del Sur SL", "pagos@tjsur.es", "1.293,20 €", "2026-11-10",
    "2026-12-10")

# =============================================================================================
# MESSAGES


def messages():
    P = "client-reply-paid"
    R = "client-reply-promise"
    X = "client-reply-dispute"
    O = "client-reply-other"

    # ------------------------------------------------------------------------------------ paid
    client("Gestoría López y Asociados", ("Carmen López Serrano", "carmen.lopez@gestorialopez.es"),
           "2026-11-09 10:47", subject="RE: Factura 2026-031",
           reply=("2026-031", "reminder", "2026-11-06 09:00"), style="outlook",
           cs="iso-8859-1", encode_as="cp1252", cte="quoted-printable", mailer="Microsoft Outlook 16.0",
           attach=[(FAKE_PDF, "application/pdf", "Justificante transferencia 06-11-2026.pdf")],
           body=f"""Buenos días Lucía,

Le informo de que la transferencia correspondiente a su factura 2026-031 se realizó el pasado viernes día 6. Le adjunto el justificante bancario.

Disculpe el retraso, hemos tenido unas semanas complicadas con los cierres trimestrales.

Un saludo,

Carmen López Serrano
Departamento de Administración
Gestoría López y Asociados, S.L.
C/ Alcalá, 214 – 2º B · 28028 Madrid
Tel. 91 356 22 10

{GDPR_LOPEZ}
""",
           label=dict(kind=P, reference="2026-031",
                      note="Formal usted reply from a gestoría, Outlook quoting without '>', windows-1252 bytes "
                           "labelled iso-8859-1, long GDPR footer; transfer done last Friday, receipt attached."))

    client("Sergio Campos", ("Sergio Campos", "sergiocampos.foto@gmail.com"), "2026-11-16 13:22",
           subject="Re: Factura 2026-037", reply=("2026-037", "reminder", "2026-11-16 09:05"), style="apple",
           mailer="iPhone Mail (22B91)", flowed=True,
           body="""hecho!! perdona tía se me había pasado por completo

Enviado desde mi iPhone""",
           label=dict(kind=P, note="One-word 'hecho' = paid, Apple Mail quoting from an iPhone."))

    client("Estudi Vermell", ("Montse Puig", "admin@estudivermell.cat"), "2026-11-06 18:40",
           subject="Re: Factura 2026-034", reply=("2026-034", "due", "2026-11-04 09:00"), style="gmail",
           fmt="alt",
           body="""Bon dia Lucía,

Perdona, ya está pagada, la hemos hecho hoy con la remesa de proveedores. Si el lunes no te ha llegado dímelo y lo miramos con el banco.

Que vaya bien!
Montse

--
Montse Puig i Sala
Administració · Estudi Vermell
Carrer del Consell de Cent, 312 · 08007 Barcelona
T. 93 451 87 20""",
           label=dict(kind=P, note="Catalan-flavoured Spanish; 'remesa' here is a past payment run (done today), "
                                   "not a promise. The 'si el lunes no te ha llegado' is only a check."))

    client("Distribuidora Altamira", ("Mariana Treviño Garza", "cxp@altamira.com.mx"), ("2026-11-19 11:05", "mex"),
           subject="RE: Factura 2026-039", reply=("2026-039", "reminder", "2026-11-18 09:00"),
           style="gmail_latam", fmt="alt",
           attach=[(FAKE_PDF, "application/pdf", "COMPROBANTE_TRANSF_INT_181126.pdf")],
           body="""Buen día Lucía,

Te comento que el día de ayer se realizó la transferencia internacional por 1,800.00 EUR a la cuenta que nos indicaste. Te adjunto el comprobante. Por ser internacional puede tardar de 2 a 3 días hábiles en reflejarse en tu cuenta.

Quedo al pendiente.

Saludos cordiales,

Lic. Mariana Treviño Garza
Cuentas por Pagar
Distribuidora Altamira, S.A. de C.V.
Av. Constitución 2050 Pte., Monterrey, N.L.
Tel. +52 81 8340 1170""",
           label=dict(kind=P, amount="1800.00",
                      note="Mexican accounts payable: 'el día de ayer se realizó la transferencia'; amount written "
                           "US-style 1,800.00 EUR; Latin-American Gmail 'a la(s)' header."))

    client("Tango Labs", ("Fernando Ruiz", "fernando@tangolabs.com.ar"), ("2026-11-24 16:48", "arg"),
           subject="Re: Factura 2026-040", reply=("2026-040", "reminder", "2026-11-23 09:00"), style="gmail_latam",
           body="""Che Lucía, disculpá la demora, se me pasó con el cierre del sprint.
Te transferí ayer por Wise, son 850 euros. Fijate si te llegó y avisame cualquier cosa.

Abrazo grande!
Fer

--
Fernando Ruiz | Tango Labs
Buenos Aires, Argentina""",
           label=dict(kind=P, amount="850.00",
                      note="Rioplatense voseo ('disculpá', 'fijate', 'te transferí'); paid via Wise, asks to check."))

    client("Bodegas Ordóñez", ("Paqui Domínguez", "administracion@bodegasordonez.es"), "2026-12-02 13:05",
           subject="Fwd: Justificante de su operación",
           body="""Hola Lucía!! Aquí te reenvío el justificante de la factura 45, que me dice Manolo que le has escrito. Perdona el lío, es que estamos en plena campaña de Navidad y esto es una locura 🍷

Un besito,
Paqui

---------- Forwarded message ---------
De: CaixaBank <notificaciones@caixabank.com>
Date: mié, 2 dic 2026 a las 12:31
Subject: Justificante de su operación
To: <administracion@bodegasordonez.es>


Justificante de transferencia

Fecha de la operación: 02/12/2026
Ordenante: BODEGAS ORDOÑEZ SL
Cuenta de cargo: ES** **** **** **** **** 4471
Beneficiario: LUCIA MARTIN PRIETO
Cuenta de abono: ES21 2100 0418 4502 0005 1332
Importe: 2.120,00 EUR
Concepto: FRA 2026-045 MARTIN ESTUDIO
Tipo de transferencia: SEPA ordinaria
Referencia: 2026120200387751

Este documento tiene carácter informativo. CaixaBank, S.A. - C/ Pintor Sorolla, 2-4, 46002 Valencia.
""",
           label=dict(kind=P, amount="2120.00", reference="2026-045",
                      note="New thread, not a reply: the client forwards her own bank's outgoing-transfer receipt "
                           "('factura 45' in a thread about 2026-045). A client reply, not a bank notice."))

    client("Grupo Hostelero Atlántico", ("Yaiza Rodríguez Betancor", "administracion@grupoatlantico.es"),
           ("2026-12-01 10:12", "can"), subject="RE: Factura 2026-043",
           reply=("2026-043", "reminder", "2026-11-27 09:00"), style="outlook", fmt="html",
           body="""Buenos días, Sra. Martín:

En relación con su correo, le comunicamos que la factura n.º 2026-043 fue incluida en la remesa de pagos del pasado 30 de noviembre y ha sido abonada mediante transferencia a la cuenta indicada en la misma.

El importe abonado (2.550,00 €) corresponde al total de la factura; al tratarse de una operación con destinatario en Canarias, no se ha repercutido IVA.

Atentamente,

Yaiza Rodríguez Betancor
Administración – Cuentas a Pagar
Grupo Hostelero Atlántico, S.L.
Calle León y Castillo, 89 · 35003 Las Palmas de Gran Canaria""",
           label=dict(kind=P, amount="2550.00", reference="2026-043",
                      note="HTML-only Outlook from the Canaries; 'incluida en la remesa del pasado 30' = past run, "
                           "paid. Mentions IVA only to explain the amount."))

    client("Conservas Rías Baixas", ("Uxía Fernández", "uxia.fernandez@conservasriasbaixas.com"),
           "2026-12-02 09:34", owner="marta", subject="Re: Factura A26-112 – Marta Iglesias Fotografía",
           reply=("A26-112", "reminder", "2026-12-01 09:00"), style="gmail",
           body="""Bos días Marta!

Ya está pagado desde ayer, lo que pasa es que igual tarda un día más porque sale de la Caixa Rural y esos van a su ritmo 😅 Si mañana no lo ves avísame.

As fotos do catálogo quedaron preciosas, o xefe está encantado. Cuando tengamos lo de la campaña de verano te llamo.

Unha aperta,
Uxía

Uxía Fernández
Conservas Rías Baixas, S.L.
Vilagarcía de Arousa (Pontevedra)""",
           label=dict(kind=P, note="Galician-flavoured Spanish with Galician phrases; paid yesterday, may take a day."))

    client("Talleres Navarro", ("Juanma Navarro", "talleresnavarro@hotmail.com"), "2026-12-03 20:16",
           subject="RE: Factura 2026-046", reply=("2026-046", "reminder", "2026-12-03 09:00"), style="android",
           body="""Quillo Lucia perdona el retraso q he estado liadisimo con el taller. Ya te lo he mandao esta tarde, mira a ver si te ha llegao y me dices

Un abrazo y gracias por todo q el logo ha quedao de lujo

Enviado desde mi Galaxy""",
           label=dict(kind=P, note="Andalusian spelling ('mandao', 'llegao', 'q'), no accents, Android quote."))

    client("Ortega Asesores (Panadería Gil)", ("Rafael Ortega Llorente", "rortega@ortegaasesores.es"),
           "2026-11-20 12:58", subject="RE: Factura 2026-042",
           cc=["Panadería Hnos. Gil <panaderiagil@telefonica.net>"],
           reply=("2026-042", "reminder", "2026-11-18 09:00"), style="outlook_old",
           cs="windows-1252", cte="quoted-printable",
           body="""Estimada Sra. Martín:

Soy Rafael Ortega, asesor fiscal y contable de Panadería Hermanos Gil, C.B. Mis clientes me han hecho llegar su correo.

Le confirmo que el pago de la factura 2026-042 se efectuó mediante transferencia el día 12 de noviembre por importe de 423,50 €, tal y como consta en el extracto de la cuenta de la comunidad de bienes que tengo delante. Si no le consta el ingreso, le ruego me lo indique y revisaremos con la entidad si la transferencia ha sido devuelta.

Reciba un cordial saludo,

Rafael Ortega Llorente
Economista colegiado n.º 3.412
ORTEGA ASESORES
Plaza de España, 7, 1.º · 47001 Valladolid""",
           label=dict(kind=P, amount="423.50", reference="2026-042",
                      note="Third party (the client's accountant) answers from his own address with the client "
                           "in cc; old Outlook '-----Mensaje original-----' quoting; windows-1252."))

    client("Logística Henares", ("Javier Moreno", "jmoreno@logisticahenares.com"), "2026-12-04 17:02",
           subject="RE: Factura 2026-048", reply=("2026-048", "due", "2026-11-30 09:00"), style="outlook",
           cs="windows-1252", cte="quoted-printable", mailer="Microsoft Outlook 16.0",
           body="""Transferencia realizada.

Saludos,
J. Moreno
Dpto. Financiero
LOGÍSTICA HENARES, S.A.
Polígono Industrial Santa Rosa, nave 14 · 28806 Alcalá de Henares

La información contenida en este correo electrónico y sus anexos es confidencial y está dirigida exclusivamente al destinatario. Si usted no es el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su eliminación, absteniéndose de leerlo, copiarlo o divulgarlo. LOGÍSTICA HENARES, S.A. no se responsabiliza de las opiniones personales expresadas en este mensaje. En cumplimiento del RGPD, le informamos de que sus datos forman parte de un fichero titularidad de LOGÍSTICA HENARES, S.A., cuya finalidad es la gestión de la relación comercial.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
           label=dict(kind=P, note="Two words plus a long bilingual disclaimer: 'Transferencia realizada' = paid."))

    client("Ana Belén Prieto", ("Ana Belén Prieto", "anabelen.prieto88@gmail.com"), "2026-12-09 21:37",
           subject="Re: Factura 2026-050", reply=("2026-050", "courtesy", "2026-12-07 09:00"), style="android",
           body="""Hola Lucía! Te lo acabo de pasar por Bizum al número que me diste, 181,50 € 😊

Muchísimas gracias por todo, las invitaciones han gustado muchísimo y mi madre dice que son las más bonitas que ha visto en su vida jajaja

Un beso!!
Ana""",
           label=dict(kind=P, amount="181.50",
                      note="Private client paying by Bizum in answer to the courtesy (pre-due) reminder."))

    client("Carpintería Benítez", ("ANTONIO BENITEZ", "carpinteriabenitez@yahoo.es"), "2026-12-14 18:20",
           subject="Re: Factura 2026-051", reply=("2026-051", "due", "2026-12-07 09:00"), style="yahoo",
           cs="iso-8859-1", cte="8bit",
           body="""BUENAS TARDES LUCIA
YA LE HICE EL INGRESO EN LA CUENTA QUE PONE EN LA FACTURA EL JUEVES EN EL CAJERO DE UNICAJA. UN SALUDO
ANTONIO BENITEZ
CARPINTERIA BENITEZ
TLF 957 22 41 90""",
           label=dict(kind=P, note="ALL CAPS, no accents, older sender; cash deposit at an ATM ('ingreso') = paid. "
                                   "8bit iso-8859-1 body."))

    client("Nómada Comunicación", ("Irene Salvador", "irene@nomadacomunicacion.com"), "2026-12-10 11:41",
           subject="Re: Factura 2026-041", reply=None,
           headers=[("In-Reply-To", msgid("rem2026-0412026-12-09 09:00", "martinestudio.es")),
                    ("References", msgid("inv2026-041", "martinestudio.es"))],
           body="""Hola Lucía,
sí sí, pagada el lunes 👍 te debería haber llegado ya.

Por cierto, ¿me mandas la de la campaña de Navidad cuando la tengas? Que la quiero meter en el cierre de este año.

Un beso!
Irene""",
           label=dict(kind=P, note="No quote at all; paid Monday, plus an unrelated request for the next invoice."))

    client("Clínica Dental Sonrisa", ("Elena Vázquez", "administracion@clinicasonrisa.es"), "2026-12-11 16:05",
           subject="RE: Facturas pendientes: n.º 2026-044, 2026-049",
           reply=("2026-049", "statement", "2026-12-09 09:00",
                  dict(numbers=["2026-044", "2026-049"], total="2.544,00 €", deadline=dt.date(2026, 12, 18),
                       thread_subject="Facturas pendientes: n.º 2026-044, 2026-049")),
           style="outlook_new",
           body="""Buenas tardes:

Hemos pagado las dos facturas (la 44 y la 49) en una única transferencia de 2.544,00 € con fecha de hoy. En el concepto hemos puesto solo "Martín Estudio", perdona.

Un saludo,

Elena Vázquez
Recepción y Administración
Clínica Dental Sonrisa
C/ Bravo Murillo, 120 · 28020 Madrid""",
           label=dict(kind=P, amount="2544.00",
                      note="Reply to a two-invoice statement: both paid in one transfer. Two references "
                           "(2026-044 and 2026-049), so no single reference."))

    client("Café Sierra Nevada", ("Diana Marcela Ospina", "contabilidad@cafesierranevada.com.co"),
           ("2026-11-27 08:52", "col"), subject="RE: Factura 2026-047",
           reply=("2026-047", "reminder", "2026-11-26 09:00"), style="outlook_new", fmt="alt",
           body="""Buen día Lucía,

Le comento que ya se realizó el pago de la factura, quedo atenta a cualquier inquietud.

Cordialmente,

Diana Marcela Ospina
Analista Contable
Café Sierra Nevada S.A.S.
Medellín, Colombia
PBX (604) 444 1290""",
           label=dict(kind=P, note="Colombian register ('Le comento', 'quedo atenta a cualquier inquietud')."))

    client("Industrias Zubieta", ("Koldo Etxeberria", "koldo.etxeberria@zubieta.eus"), "2026-12-04 08:15",
           owner="nerea", subject="RE: Factura F26-087 (Goiko Dev)",
           reply=("F26-087", "due", "2026-11-30 09:00"), style="outlook",
           body="""Egun on Nerea,

Se pagó en la remesa de ayer junto con el resto de proveedores, en un par de días lo deberías tener.

Ondo izan,
Koldo

Koldo Etxeberria
Administración / Administrazioa
Industrias Zubieta, S.A. · Polígono Ugaldeguren III, 48170 Zamudio (Bizkaia)""",
           label=dict(kind=P, note="Basque greetings; 'se pagó en la remesa de ayer' = paid (past run)."))

    client("Editorial Alba Libros", ("Marisa Cuenca", "marisa@albalibros.es"), "2026-11-13 13:30",
           subject="Re: Factura 2026-033", reply=("2026-033", "reminder", "2026-11-12 09:00"), style="gmail",
           body="""Hola Lucía, ¿qué tal todo?

Te escribo por varias cosas a la vez, que si no se me olvidan. Lo primero, que en la reunión de ayer el equipo comercial se quedó encantado con las portadas de la colección de bolsillo, sobre todo la de "El invierno de los almendros". El director quiere que mantengamos esa línea para los cuatro títulos de primavera, así que si te parece te mando los briefings la semana que viene y lo hablamos.

Lo segundo: para la feria de Guadalajara necesitamos un roll-up y un par de banners para redes, con plazo muy justo (antes del 20). ¿Podrías? Si es que sí, te paso el logo nuevo del sello, que han retocado.

Ah, y lo de la factura de septiembre ya os lo pagamos la semana pasada, debería estar. Si no te aparece me dices y le pregunto a Joaquín.

Y lo último, que me han dicho que te has mudado a Lavapiés, ¡qué envidia! A ver si un día bajo a verte y nos tomamos algo.

Besos,
Marisa

--
Marisa Cuenca
Editora de mesa · Editorial Alba Libros
Granada · www.albalibros.es""",
           label=dict(kind=P, note="Long chatty mail about new work; one sentence says the September invoice was "
                                   "paid last week ('debería estar')."))

    client("Ramírez & Vidal Abogados", ("Administración Ramírez & Vidal", "administracion@ramirezvidal.es"),
           "2026-12-03 12:20", owner="diego", subject="RE: Factura DF-2026-118",
           reply=("DF-2026-118", "due", "2026-12-02 09:00"), style="outlook", fmt="alt",
           body="""Hola Diego,

Pagada hoy: 848,00 €. Recuerda que el certificado de retenciones del año os lo mandamos a finales de enero, como siempre.

Un saludo,
Sonia
Administración
Ramírez & Vidal Abogados, S.L.P. · Gran Vía Marqués del Turia, 49 · 46005 Valencia""",
           label=dict(kind=P, amount="848.00",
                      note="Paid today, amount stated; the IRPF certificate remark is not a dispute."))

    client("Casals Arquitectes", ("Jordi Casals", "jordi@casalsarquitectes.cat"), "2026-12-21 19:03",
           subject="Re: Factura 2026-061", reply=("2026-061", "due", "2026-12-18 09:00"), style="apple",
           mailer="Apple Mail (2.3826.400.131.1.6)",
           body="""Hecho! Ya está pagada, perdona el retraso, he estado con una entrega de concurso que me ha tenido abducido.

Bon Nadal Lucía!! 🎄

Jordi""",
           label=dict(kind=P, note="Barcelona architect, Catalan Christmas greeting; 'Hecho' + 'ya está pagada'."))

    client("Gimnasio Forma Urbana", ("Rubén Iglesias", "ruben@formaurbana.es"), "2026-12-16 09:58",
           subject="Re: Factura 2026-062", reply=("2026-062", "reminder", "2026-12-14 09:00"), style="gmail",
           fmt="html",
           body="""Hola Lucía,

Os confirmo que la transferencia salió el lunes 14, pero a última hora, así que igual ha entrado hoy.

Un saludo,
Rubén
Forma Urbana · Centro de entrenamiento
C/ de Embajadores, 51 · Madrid""",
           label=dict(kind=P, note="Gmail HTML-only with blockquote; transfer left on Monday 14."))

    client("Reformas Castellana", ("Óscar Hidalgo", "oscar@reformascastellana.es"), "2026-12-18 10:26",
           subject="Re: Factura 2026-052",
           reply=("2026-052", "paid_claim_followup", "2026-12-17 09:00", dict(claim=dt.date(2026, 12, 9))),
           style="gmail", attach=[(FAKE_PNG, "image/png", "Screenshot_20261218_102201_Santander.png")],
           body="""Lucía, ya os dije que estaba pagado. Mirad bien, os adjunto captura de la app del banco: se hizo el 3 de diciembre a la cuenta que acaba en 1332, que es la que viene en la factura.

Si no os aparece, el problema lo tendréis vosotros con vuestro banco, porque a mí me lo han cobrado.

Óscar""",
           label=dict(kind=P, note="Irritated answer to the 'payment not found' follow-up, with a screenshot; it "
                                   "is a paid claim, not a dispute of the invoice."))

    client("Inmobiliaria Puerta del Sol", ("Gonzalo Mendieta Arroyo", "finanzas@inmopuertadelsol.es"),
           "2027-01-22 13:14", subject="RE: Factura 2026-063",
           reply=("2026-063", "final", "2027-01-18 09:00", dict(deadline=dt.date(2027, 1, 28), fees=True)),
           style="outlook", cs="iso-8859-1", encode_as="cp1252", cte="quoted-printable",
           body="""Estimada Sra. Martín:

En respuesta a su requerimiento de fecha 18 de enero, le informamos de que el pago de la factura n.º 2026-063 se ordenó el pasado miércoles 20 de enero por el importe íntegro de la factura, 3.710,00 €. Entendemos que con ello queda atendido su requerimiento.

Lamentamos el retraso, debido a un cambio en nuestro circuito interno de aprobación de facturas.

Atentamente,

Gonzalo Mendieta Arroyo
Director Financiero
Inmobiliaria Puerta del Sol, S.A.
Calle Mayor, 4 · 28013 Madrid""",
           label=dict(kind=P, amount="3710.00", reference="2026-063",
                      note="Reply to the formal demand (with fees): principal paid on the 20th. Silently does "
                           "not pay the fees but contests nothing, so paid."))

    client("Ayuntamiento de Valdemorales de la Sierra", ("Tesorería Municipal", "tesoreria@valdemorales.es"),
           "2026-12-23 09:12", subject="RE: Factura 2026-064",
           reply=("2026-064", "reminder", "2026-12-04 09:00"), style="outlook_old",
           cs="iso-8859-1", cte="quoted-printable",
           body="""Sra. Dª. Lucía Martín Prieto

Asunto: Comunicación de pago

Se le comunica que, con fecha 22/12/2026, se ha procedido al pago de la factura n.º 2026-064, registrada en el Punto General de Entrada de Facturas Electrónicas (FACe) con número de registro 2026/00123871, por importe líquido de 2.650,00 euros, mediante transferencia bancaria a la cuenta designada por el acreedor.

Documento contable: P 2026/004512.
Aplicación presupuestaria: 2026 920 22602.

Lo que se le comunica a los efectos oportunos.

EL TESORERO,
Fdo.: Álvaro Cid Manzano
(Documento firmado electrónicamente)

AYUNTAMIENTO DE VALDEMORALES DE LA SIERRA
Plaza de la Constitución, 1 · 28XXX Valdemorales de la Sierra (Madrid)""",
           label=dict(kind=P, amount="2650.00", reference="2026-064",
                      note="Bureaucratic town-hall payment communication written by a person (treasurer), as "
                           "a reply in the thread: client-side paid claim, not a bank notice."))

    client("Paloma Sáez", ("Paloma Sáez", "palomasaez@hotmail.com"), "2026-12-22 22:47",
           subject="RE: Factura 2026-065", reply=("2026-065", "due", "2026-12-21 09:00"), style="outlook_mobile",
           body="""Hola Lucia ya esta el pago hecho, he tenido que hacerlo en dos transferencias porque el banco no me deja mas de 1.000 al dia, una ayer y otra esta tarde. Si no te cuadra me dices.

Felices fiestas!!
Paloma

Obtener Outlook para Android""",
           label=dict(kind=P, note="Paid in two transfers (no total given, so no amount); no accents; "
                                   "English Outlook-mobile quote header."))

    client("Miguel Ángel Torres", ("Miguel Ángel Torres", "matorres.malaga@gmail.com"), "2027-01-04 10:30",
           subject="Re: Factura 2026-066", reply=("2026-066", "reminder", "2027-01-04 09:00"), style="gmail",
           body="""Buenos días Lucía y feliz año.

¿Te ha llegado? Lo hice el viernes desde la cuenta de mi mujer, así que te saldrá a nombre de Rocío Benítez Luque. Puse en el concepto el número de la factura.

Saludos,
Miguel Ángel""",
           label=dict(kind=P, note="Starts with a question ('¿Te ha llegado?') but states it was paid on Friday "
                                   "from his wife's account (different payer name)."))

    client("Traducciones Jurídicas del Sur", ("Inmaculada Pérez", "pagos@tjsur.es"), "2026-12-15 11:11",
           owner="diego", subject="RE: Factura DF-2026-121",
           reply=("DF-2026-121", "reminder", "2026-12-14 09:00"), style="outlook",
           body="""Abonada hoy la DF-2026-121. La de diciembre la pagaremos también cuando toque.

Saludos,
Inmaculada Pérez
Traducciones Jurídicas del Sur, S.L. · Sevilla""",
           label=dict(kind=P, reference="DF-2026-121",
                      note="Clear 'abonada hoy' plus an undated vague 'the next one will also be paid' - stays paid."))

    # --------------------------------------------------------------------------------- promises
    inv("2026-067", "lucia", "Marcos Villalba", "marcosvillalbafoto@gmail.com", "318,00 €", "2026-10-31",
        "2026-11-30")
    client("Marcos Villalba", ("Marcos Villalba", "marcosvillalbafoto@gmail.com"), "2026-12-02 14:03",
           subject="Re: Factura 2026-067", reply=("2026-067", "reminder", "2026-12-02 09:00"), style="android",
           body="""Te lo pago el viernes sin falta, que es cuando cobro yo la boda de noviembre. Perdona!!""",
           label=dict(kind=R, promised_date="2026-12-04",
                      note="Sent Wednesday 2 Dec; 'el viernes' = Friday 4 Dec. One line."))

    client("Estudi Vermell", ("Montse Puig", "admin@estudivermell.cat"), "2027-01-12 10:21",
           subject="Re: Factura 2026-053", reply=("2026-053", "reminder", "2027-01-08 09:00"), style="gmail",
           body="""Hola Lucía,

Bon any! Esta ya la tengo aprobada, entra en la remesa del 25.

Salut!
Montse""",
           label=dict(kind=R, promised_date="2027-01-25",
                      note="'entra en la remesa del 25' = future payment run on 25 Jan."))

    client("Logística Henares", ("Javier Moreno", "jmoreno@logisticahenares.com"), "2027-01-14 09:44",
           subject="RE: Factura 2027-002", reply=("2027-002", "due", "2027-01-13 09:00"), style="outlook",
           cs="windows-1252", cte="quoted-printable",
           body="""No podemos antes del 28 por el cierre del ejercicio.

Saludos,
J. Moreno
Dpto. Financiero
LOGÍSTICA HENARES, S.A.""",
           label=dict(kind=R, promised_date="2027-01-28",
                      note="'No podemos antes del 28' = promise for the 28th."))

    client("Grupo Hostelero Atlántico", ("Yaiza Rodríguez Betancor", "administracion@grupoatlantico.es"),
           ("2026-12-14 12:40", "can"), subject="RE: Factura 2026-058",
           reply=("2026-058", "courtesy", "2026-12-11 09:00"), style="outlook", fmt="html",
           body="""Buenos días, Sra. Martín:

Le recordamos que, según nuestras condiciones generales de contratación con proveedores, el plazo de pago es de 60 días desde la fecha de factura. Por tanto, la factura n.º 2026-058 se abonará el próximo 15 de enero de 2027, en la remesa correspondiente.

Para futuras facturas, le rogamos tenga en cuenta este plazo.

Atentamente,

Yaiza Rodríguez Betancor
Administración – Cuentas a Pagar
Grupo Hostelero Atlántico, S.L.""",
           label=dict(kind=R, promised_date="2027-01-15", reference="2026-058",
                      note="They pay at 60 days, not at the invoice's due date: states a future payment date; "
                           "does not contest the invoice itself."))

    inv("2026-068", "lucia", "Laura Gómez", "lauragomez.yoga@gmail.com", "242,00 €", "2026-10-30", "2026-11-15")
    client("Laura Gómez Yoga", ("Laura Gómez", "lauragomez.yoga@gmail.com"), "2026-11-19 19:12",
           subject="Re: Factura 2026-068", reply=("2026-068", "reminder", "2026-11-19 09:00"), style="apple",
           mailer="iPhone Mail (22B91)",
           body="""uy! mañana te lo hago sin falta, perdona 🙏🙏 estoy con mil cosas con el retiro de diciembre

Laura
Enviado desde mi iPhone""",
           label=dict(kind=R, promised_date="2026-11-20", note="'mañana' sent Thursday 19 Nov = 20 Nov."))

    client("Distribuidora Altamira", ("Mariana Treviño Garza", "cxp@altamira.com.mx"), ("2027-01-08 10:17", "mex"),
           subject="RE: Factura 2026-060", reply=("2026-060", "reminder", "2027-01-07 09:00"),
           style="gmail_latam",
           body="""Buen día Lucía, feliz año nuevo.

Te comento que tu factura ya fue autorizada por el área de Mercadotecnia y se programa para pago la semana entrante. En cuanto se libere te comparto el comprobante.

Saludos cordiales,

Lic. Mariana Treviño Garza
Cuentas por Pagar
Distribuidora Altamira, S.A. de C.V.""",
           label=dict(kind=R, note="Mexican 'la semana entrante' = next week: vague, no date."))

    client("Tango Labs", ("Fernando Ruiz", "fernando@tangolabs.com.ar"), ("2027-01-29 13:05", "arg"),
           subject="Re: Factura 2027-004", reply=("2027-004", "reminder", "2027-01-28 09:00"), style="gmail_latam",
           body="""Hola Lu, te soy sincero: estoy esperando que me entre un pago de un cliente de afuera que viene re demorado. Apenas lo cobre te transfiero, te lo prometo. No me olvido eh.

Fer""",
           label=dict(kind=R, note="'Apenas lo cobre te transfiero' = promise, conditional and undated."))

    inv("A26-121", "marta", "Floristería Las Camelias", "lascamelias.coruna@gmail.com", "217,80 €", "2026-11-05",
        "2026-12-05")
    client("Floristería Las Camelias", ("Pili Barreiro", "lascamelias.coruna@gmail.com"), "2026-12-09 13:55",
           owner="marta", subject="Re: Factura A26-121 – Marta Iglesias Fotografía",
           reply=("A26-121", "reminder", "2026-12-09 09:00"), style="gmail",
           body="""Hola Marta, ya sé ya sé, perdóname. Este mes ando fatal de caja con todo el género de Navidad que tuve que comprar. A fin de mes te lo ingreso, palabra.

Un bico,
Pili
Floristería Las Camelias · Rúa Real, A Coruña""",
           label=dict(kind=R, promised_date="2026-12-31", note="'A fin de mes' in December = 31 Dec."))

    inv("2026-069", "lucia", "Academia Speak Up SL", "direccion@speakupzaragoza.es", "477,00 €", "2026-11-15",
        "2026-12-15")
    client("Academia Speak Up", ("Begoña Lasheras", "direccion@speakupzaragoza.es"), "2026-12-18 17:30",
           subject="RE: Factura 2026-069", reply=("2026-069", "reminder", "2026-12-17 09:00"), style="outlook_new",
           body="""Hola Lucía,

Te pido un poco de paciencia: lo pagaremos a primeros de mes, que es cuando cobramos los recibos de los alumnos y tenemos liquidez.

Gracias por entenderlo.

Begoña Lasheras
Directora
Academia Speak Up · Zaragoza""",
           label=dict(kind=R, note="'a primeros de mes' is vague: no promised_date."))

    inv("2027-007", "lucia", "Guillermo Sanz", "guillermo@sanzpartners.es", "1.431,00 €", "2026-12-16",
        "2027-01-15")
    client("Sanz & Partners", ("Guillermo Sanz", "guillermo@sanzpartners.es"), "2027-01-20 12:10",
           subject="Re: Factura 2027-007", reply=("2027-007", "reminder", "2027-01-20 09:00"), style="gmail",
           body="""Tienes toda la razón, se me había quedado en la bandeja. Hoy mismo lo hago.
G.""",
           label=dict(kind=R, promised_date="2027-01-20", note="'Hoy mismo lo hago' = promise for today."))

    inv("2026-070", "lucia", "Fundación Mar i Cel", "administracio@fundaciomaricel.org", "2.120,00 €",
        "2026-11-20", "2026-12-20")
    client("Fundación Mar i Cel", ("Núria Ferrer", "administracio@fundaciomaricel.org"), "2026-12-22 11:02",
           subject="RE: Factura 2026-070", reply=("2026-070", "due", "2026-12-21 09:00"), style="outlook",
           fmt="alt",
           body="""Bon dia Lucía,

Ahora mismo el patronato tiene que firmar todos los pagos de más de 2.000 € y hasta después de Reyes no se reúne. Lo pagaremos después de Reyes, el 8 como muy tarde.

Disculpa las molestias y bones festes!

Núria Ferrer
Administració
Fundació Mar i Cel · Barcelona""",
           label=dict(kind=R, promised_date="2027-01-08",
                      note="Catalan-flavoured; 'el 8 como muy tarde' sent 22 Dec = by 8 Jan 2027."))

    client("Gestoría López y Asociados", ("Carmen López Serrano", "carmen.lopez@gestorialopez.es"),
           "2026-12-22 09:30", subject="RE: Factura 2026-057",
           reply=("2026-057", "reminder", "2026-12-21 09:00"), style="outlook",
           cs="iso-8859-1", encode_as="cp1252", cte="quoted-printable", mailer="Microsoft Outlook 16.0",
           body=f"""Buenos días Lucía,

Su factura está aprobada y se abonará en la próxima remesa de pagos. Le ruego disculpe el retraso.

Un saludo,

Carmen López Serrano
Departamento de Administración
Gestoría López y Asociados, S.L.

{GDPR_LOPEZ}
""",
           label=dict(kind=R, note="'en la próxima remesa' with no date: undated promise."))

    inv("2027-008", "lucia", "Cervecería La Espuela", "laespuelasevilla@gmail.com", "363,00 €", "2027-01-01",
        "2027-01-31")
    client("Cervecería La Espuela", ("Curro Jiménez", "laespuelasevilla@gmail.com"), "2027-02-04 16:25",
           subject="Re: Factura 2027-008", reply=("2027-008", "reminder", "2027-02-03 09:00"), style="android",
           body="""Buenas Lucia!! Perdona mi arma q no te he contestado antes, esta semana ha sido una locura con los carnavales q se vienen. El lunes sin falta te lo hago, q el viernes me entra lo de la caja.

Un abrazo

Enviado desde mi smartphone Xiaomi""",
           label=dict(kind=R, promised_date="2027-02-08",
                      note="Sevillian voice; sent Thursday 4 Feb, 'el lunes' = 8 Feb (Friday mentioned is "
                           "about their cash, not the payment)."))

    inv("2026-071", "lucia", "Pilates Estudio Norte", "info@pilatesnorte.es", "1.089,00 €", "2026-12-01",
        "2026-12-31")
    client("Pilates Estudio Norte", ("Covadonga Álvarez", "info@pilatesnorte.es"), "2027-01-11 13:48",
           subject="Re: Factura 2026-071", reply=("2026-071", "reminder", "2027-01-08 09:00"), style="gmail",
           body="""Hola Lucía:

Te explico, enero es un mes malísimo para nosotras porque la gente se da de baja después de Navidad y no se apunta hasta febrero. Te hago hoy una transferencia de 500 y el resto a final de mes, ¿te parece bien?

Gracias de verdad, y perdona.

Cova
Pilates Estudio Norte · Oviedo""",
           label=dict(kind=R, promised_date="2027-01-31",
                      note="Part now (will do 500 today) and the rest 'a final de mes' = 31 Jan; no dispute, so "
                           "promise. No amount: 500 is only a part."))

    client("Clínica Dental Sonrisa", ("Elena Vázquez", "administracion@clinicasonrisa.es"), "2026-12-15 10:10",
           subject="RE: Factura 2026-055", reply=("2026-055", "reminder", "2026-12-14 09:00"),
           style="outlook_new",
           body="""Hola Lucía,

La 44 ya os la pagamos el viernes pasado junto con la 49 (te lo dije en el otro correo). La 2026-055 sale este viernes, que es cuando el doctor firma los pagos.

Un saludo,
Elena""",
           label=dict(kind=R, promised_date="2026-12-18", reference="2026-055",
                      note="Two invoices: one already paid, 2026-055 on Friday (sent Tue 15 Dec -> 18 Dec). "
                           "Paid one + promise the other = promise."))

    client("Café Sierra Nevada", ("Diana Marcela Ospina", "contabilidad@cafesierranevada.com.co"),
           ("2026-12-03 15:20", "col"), subject="RE: Factura 2026-054",
           reply=("2026-054", "due", "2026-12-03 09:00"), style="outlook_new", fmt="alt",
           body="""Buenas tardes Lucía,

Le confirmo que el pago de la factura 2026-054 queda programado para el 15 de diciembre, según nuestro calendario de pagos a proveedores del exterior.

Cordialmente,

Diana Marcela Ospina
Analista Contable
Café Sierra Nevada S.A.S.""",
           label=dict(kind=R, promised_date="2026-12-15", reference="2026-054",
                      note="'queda programado para el 15 de diciembre' = future payment (Colombia)."))

    inv("2027-009", "lucia", "Dulcería La Palmera", "dulcerialapalmera@gmail.com", "424,00 €", "2026-12-11",
        "2027-01-10")
    client("Dulcería La Palmera", ("Candelaria Hernández", "dulcerialapalmera@gmail.com"),
           ("2027-01-14 11:35", "can"), subject="Re: Factura 2027-009",
           reply=("2027-009", "reminder", "2027-01-14 09:00"), style="gmail",
           body="""Ay mi niña, perdona, que con Reyes y el roscón no he parado ni para coger la guagua. Esta semana me es imposible, te lo mando el martes que viene fijo.

Un besito desde La Laguna 🌴
Candelaria""",
           label=dict(kind=R, promised_date="2027-01-19",
                      note="Canarian voice ('mi niña', 'guagua'); sent Thursday 14 Jan, 'el martes que viene' = "
                           "19 Jan. Canary time zone."))

    inv("A26-125", "marta", "Asociación Cultural O Lar", "asociacion.olar@gmail.com", "636,00 €", "2026-11-20",
        "2026-12-20")
    client("Asociación Cultural O Lar", ("Xosé Manuel Rivas", "asociacion.olar@gmail.com"), "2027-01-12 20:40",
           owner="marta", subject="Re: Factura A26-125 – Marta Iglesias Fotografía",
           reply=("A26-125", "reminder", "2027-01-11 09:00"), style="gmail",
           body="""Boas noites Marta,

Perdona que no te contestase antes. Como sabes, somos una asociación pequeña y dependemos de la subvención de la Deputación, que aún no ha llegado. En cuanto nos la ingresen te pagamos, es lo primero de la lista.

Moitas grazas por la paciencia y por las fotos de la exposición, que quedaron fermosas.

Xosé Manuel
Tesoureiro · Asociación Cultural O Lar (Lugo)""",
           label=dict(kind=R,
                      note="Galician-flavoured Spanish; pays when the subsidy arrives: undated conditional promise."))

    inv("F26-091", "nerea", "Construcciones Arrieta SA", "inaki.arrieta@construccionesarrieta.eus", "3.498,00 €",
        "2026-12-01", "2026-12-31")
    client("Construcciones Arrieta", ("Itziar Aldekoa", "contabilidad@construccionesarrieta.eus"),
           "2027-01-15 12:05", owner="nerea", subject="RE: Factura F26-091 (Goiko Dev)",
           reply=("F26-091", "reminder", "2027-01-13 09:00"), style="outlook",
           cs="iso-8859-1", encode_as="cp1252", cte="quoted-printable",
           body="""Buenos días Nerea,

Te informo de que hoy se ha dado la orden de pago de la factura F26-091 con fecha valor 20/01/2027, así que ese día deberías tener el ingreso en cuenta.

Un saludo,

Itziar Aldekoa
Contabilidad
Construcciones Arrieta, S.A. · Bilbao""",
           label=dict(kind=R, promised_date="2027-01-20", reference="F26-091",
                      note="Order given today but with value date 20/01: money not sent yet -> promise for 20 Jan."))

    inv("DF-2026-124", "diego", "Laboratorios Farmavida SA", "cuentasapagar@farmavida.com", "2.756,00 €",
        "2026-11-20", "2026-12-20")
    client("Laboratorios Farmavida", ("Gemma Roig", "cuentasapagar@farmavida.com"), "2027-01-13 15:32",
           owner="diego", subject="RE: Factura DF-2026-124",
           reply=("DF-2026-124", "reminder", "2027-01-12 09:00"), style="outlook", fmt="html",
           body="""Hola Diego,

Disculpa el retraso. Estamos en pleno cierre con la auditoría externa y tenemos bloqueados los pagos a proveedores hasta que terminen; calculo que a principios de febrero podremos liberarlo.

Salutacions,

Gemma Roig
Cuentas a Pagar
Laboratorios Farmavida, S.A. · Sant Cugat del Vallès""",
           label=dict(kind=R, note="Payments blocked until the audit ends, 'a principios de febrero': vague promise."))

    inv("2026-072", "lucia", "Hostal Miramar", "hostalmiramar.cadiz@gmail.com", "1.908,00 €", "2026-11-10",
        "2026-12-10")
    client("Hostal Miramar", ("Rocío Moreno", "hostalmiramar.cadiz@gmail.com"), "2026-12-29 12:15",
           subject="Re: Factura 2026-072",
           reply=("2026-072", "late_fee", "2026-12-28 09:00", dict(deadline=dt.date(2027, 1, 8), fees=True)),
           style="gmail",
           body="""Hola Lucía,

No te voy a engañar: la temporada ha sido muy floja y en invierno el hostal está casi vacío, vamos muy justos. No quiero dejar de pagarte, el trabajo de la web está genial. ¿Te parece si lo fraccionamos en 3 pagos: 15 de enero, 15 de febrero y 15 de marzo?

Si me dices que sí, me lo apunto y te voy haciendo las transferencias.

Un saludo y feliz año,
Rocío
Hostal Miramar · Cádiz""",
           label=dict(kind=R,
                      note="Asks to split into three instalments (15 Jan/Feb/Mar): a promise to pay, proposed plan; "
                           "no single promised_date."))

    inv("2026-073", "lucia", "Quintana Arquitectura SLP", "estudio@quintanaarquitectura.es", "2.332,00 €",
        "2026-12-06", "2027-01-05")
    client("Quintana Arquitectura", ("Pablo Quintana", "estudio@quintanaarquitectura.es"), "2027-01-07 18:52",
           subject="Re: Factura 2027-073", reply=("2026-073", "due", "2027-01-07 09:00"), style="apple",
           mailer="iPhone Mail (22C152)",
           body="""Lucía, lo estoy haciendo ahora mismo desde el móvil pero la cuenta es mancomunada y necesita la firma de mi hermano. En cuanto la firme sale.

Enviado desde mi iPhone""",
           label=dict(kind=R, note="Looks like paid but is not: the transfer needs the partner's signature first. "
                                   "Undated promise. Subject has the client's typo (2027-073)."))

    inv("2026-074", "lucia", "Enrique Vélez", "djkikevelez@hotmail.com", "290,40 €", "2026-11-12", "2026-12-12")
    client("Kike Vélez", ("Kike Vélez", "djkikevelez@hotmail.com"), "2026-12-17 02:14",
           subject="RE: Factura 2026-074", reply=("2026-074", "reminder", "2026-12-16 09:00"), style="none",
           body="""el 30 te pago q me pagan las cenas de empresa""",
           label=dict(kind=R, promised_date="2026-12-30",
                      note="Sent at 02:14 on 17 Dec, no quote, no capitals: 'el 30' = 30 Dec."))

    inv("2026-075", "lucia", "Papelería Creativa Lola", "papeleria.lola@gmail.com", "254,10 €", "2026-11-20",
        "2026-12-20")
    client("Papelería Creativa Lola", ("Lola Sánchez", "papeleria.lola@gmail.com"), "2026-12-28 10:05",
           subject="Re: Factura 2026-075", reply=("2026-075", "reminder", "2026-12-28 09:00"), style="gmail",
           body="""Hola Lucía, ¡buenos días!

Lo tengo apuntado para pagar el día 5, que es cuando me entra la liquidación de la tarjeta de la campaña de Navidad. Si lo puedo adelantar, lo adelanto.

Un abrazo y feliz salida y entrada de año,
Lola
Papelería Creativa Lola · Murcia""",
           label=dict(kind=R, promised_date="2027-01-05",
                      note="Sent 28 Dec: 'el día 5' is next month = 5 Jan 2027."))

    inv("2027-006", "lucia", "Laura Gómez", "lauragomez.yoga@gmail.com", "242,00 €", "2027-01-05", "2027-01-20")
    client("Laura Gómez Yoga", ("Laura Gómez", "lauragomez.yoga@gmail.com"), "2027-02-01 12:40",
           subject="Re: Factura 2027-006",
           reply=("2027-006", "promise_followup", "2027-02-01 09:00", dict(promise=dt.date(2027, 1, 29))),
           style="apple", mailer="iPhone Mail (22C152)",
           body="""Ay perdona Lucía, se me complicó todo la semana pasada (mi padre en el hospital). Lo hago el jueves que es cuando cobro las clases de la escuela.

Laura
Enviado desde mi iPhone""",
           label=dict(kind=R, promised_date="2027-02-04",
                      note="Answer to the promise follow-up; sent Monday 1 Feb, 'el jueves' = 4 Feb."))

    inv("DF-2026-122", "diego", "Cítricos del Turia SL", "administracion@citricosturia.es", "1.017,60 €",
        "2026-11-05", "2026-12-05")
    client("Cítricos del Turia", ("Vicent Llopis", "administracion@citricosturia.es"), "2026-12-11 08:47",
           owner="diego", subject="RE: Factura DF-2026-122",
           reply=("DF-2026-122", "reminder", "2026-12-10 09:00"), style="outlook_old",
           cs="windows-1252", cte="quoted-printable",
           body="""Bon dia Diego,

Estamos en plena campaña de naranja y vamos con todo retrasado, disculpa. Antes de fin de año lo tienes.

Vicent Llopis
Cítricos del Turia, S.L. · Alzira (València)""",
           label=dict(kind=R, promised_date="2026-12-31",
                      note="Valencian greeting; 'antes de fin de año' sent 11 Dec = by 31 Dec 2026."))

    inv("DF-2026-119", "diego", "Grupo Editorial Mediterráneo SA", "proveedores@gemediterraneo.es", "3.392,00 €",
        "2026-11-04", "2026-12-04")
    client("Grupo Editorial Mediterráneo", ("Proveedores GEM", "proveedores@gemediterraneo.es"),
           "2026-12-07 10:03", owner="diego", subject="RE: Factura DF-2026-119",
           reply=("DF-2026-119", "due", "2026-12-04 09:00"), style="outlook",
           body="""Estimado colaborador:

Le informamos de que su factura DF-2026-119 se encuentra en proceso de aprobación y será abonada en el próximo ciclo de pagos (viernes 11 de diciembre).

Para cualquier consulta, indique siempre el número de factura y su NIF.

Departamento de Proveedores
Grupo Editorial Mediterráneo, S.A.""",
           label=dict(kind=R, promised_date="2026-12-11", reference="DF-2026-119",
                      note="Semi-templated AP answer typed by a person; 'next payment cycle (Friday 11 Dec)'."))

    # --------------------------------------------------------------------------------- disputes
    inv("2026-076", "lucia", "Ecoverde Jardinería SL", "administracion@ecoverdejardineria.es", "1.537,00 €",
        "2026-11-02", "2026-12-02")
    client("Ecoverde Jardinería", ("Alberto Cano", "administracion@ecoverdejardineria.es"), "2026-12-09 09:15",
           subject="RE: Factura 2026-076", reply=("2026-076", "reminder", "2026-12-08 09:00"), style="outlook",
           body="""Buenos días Lucía,

Revisando la factura 2026-076 vemos que no coincide con lo presupuestado. El presupuesto que aceptamos en septiembre era de 1.200 € + IVA por el rediseño de la web y el catálogo, y la factura es de 1.450 € + IVA. No tenemos constancia de ningún trabajo adicional aprobado.

Por favor, envíanos una factura rectificativa por el importe presupuestado y la pagamos en cuanto la recibamos.

Un saludo,
Alberto Cano
Ecoverde Jardinería, S.L. · Las Rozas (Madrid)""",
           label=dict(kind=X, reference="2026-076",
                      note="Wrong amount vs. quote, asks for a corrective invoice; the 'we'll pay once we receive "
                           "it' does not make it a promise (dispute wins)."))

    inv("DF-2026-120", "diego", "Asesoría Fiscal Domínguez SL", "contabilidad@asesoriadominguez.es", "968,00 €",
        "2026-11-06", "2026-12-06")
    client("Asesoría Fiscal Domínguez", ("María José Domínguez", "contabilidad@asesoriadominguez.es"),
           "2026-12-10 12:01", owner="diego", subject="RE: Factura DF-2026-120",
           reply=("DF-2026-120", "reminder", "2026-12-10 09:00"), style="outlook",
           cs="iso-8859-1", encode_as="cp1252", cte="quoted-printable",
           body="""Estimado Sr. Ferrer:

En su factura DF-2026-120 no se ha practicado la retención del 15 % a cuenta del IRPF, obligatoria al tratarse de rendimientos de actividad profesional facturados a una entidad. Sin ella no podemos contabilizarla ni abonarla.

Le rogamos emita factura rectificativa con la retención correspondiente (base 800,00 €, IVA 168,00 €, retención -120,00 €, total 848,00 €).

Atentamente,

María José Domínguez
Asesoría Fiscal Domínguez, S.L. · Castellón de la Plana""",
           label=dict(kind=X, reference="DF-2026-120",
                      note="Contests the invoice as issued (missing IRPF withholding) and requires a corrective "
                           "invoice; amount 848 is the corrected total, not paid or promised, so no amount."))

    inv("F26-089", "nerea", "Tienda Online Kalea SL", "ander@kaleastore.com", "2.544,00 €", "2026-11-10",
        "2026-12-10")
    client("Tienda Online Kalea", ("Ander Urkiola", "ander@kaleastore.com"), "2026-12-15 17:44", owner="nerea",
           subject="Re: Factura F26-089 (Goiko Dev)", reply=("F26-089", "reminder", "2026-12-15 09:00"),
           style="gmail",
           body="""Kaixo Nerea,

Te soy claro: la tienda sigue teniendo el fallo en el checkout con Bizum y el formulario de devoluciones no envía nada. Llevamos desde el 1 de diciembre perdiendo pedidos en plena campaña de Navidad. Hasta que eso no esté funcionando no vamos a pagar la factura.

Cuando lo tengas arreglado me avisas y lo probamos.

Ander""",
           label=dict(kind=X, note="Withholds payment until bugs are fixed: dispute (work not as agreed)."))

    inv("2027-003", "lucia", "Nómada Comunicación SL", "irene@nomadacomunicacion.com", "848,00 €", "2026-12-14",
        "2027-01-13")
    client("Nómada Comunicación", ("Irene Salvador", "irene@nomadacomunicacion.com"), "2027-01-19 10:02",
           subject="Re: Factura 2027-003", reply=("2027-003", "reminder", "2027-01-18 09:00"), style="gmail",
           body="""Hola Lucía!

Oye, creo que la 2027-003 está duplicada: el rediseño de la newsletter ya iba en la de noviembre, que os pagamos en su día. ¿Puedes revisarlo? Si es así, ¿nos haces un abono y la anulamos?

Gracias!!
Irene""",
           label=dict(kind=X, reference="2027-003",
                      note="Says the invoice duplicates an already paid one and asks for a credit note."))

    inv("A26-118", "marta", "Inmobiliaria Costa da Morte SL", "info@inmocostadamorte.com", "1.272,00 €",
        "2026-11-16", "2026-12-16")
    client("Inmobiliaria Costa da Morte", ("Ramón Lema", "info@inmocostadamorte.com"), "2026-12-21 13:20",
           owner="marta", subject="RE: Factura A26-118 – Marta Iglesias Fotografía",
           reply=("A26-118", "reminder", "2026-12-21 09:00"), style="outlook_new",
           body="""Buenos días Marta:

Dado el retraso de tres semanas en la entrega de las fotografías de las viviendas, que nos obligó a publicar los anuncios con fotos de móvil durante el puente de diciembre, entendemos que procede aplicar un descuento del 20 % sobre el importe facturado.

Si está de acuerdo, envíenos la factura corregida y la abonamos de inmediato.

Un saludo,
Ramón Lema
Inmobiliaria Costa da Morte · Carballo (A Coruña)""",
           label=dict(kind=X, note="Asks for a 20% discount because of late delivery: dispute."))

    inv("DF-2026-123", "diego", "Lozano Abogados SLP", "administracion@lozanoabogados.es", "1.091,80 €",
        "2026-11-25", "2026-12-25")
    client("Lozano Abogados", ("Pilar Lozano", "administracion@lozanoabogados.es"), "2027-01-05 11:30",
           owner="diego", subject="RE: Factura DF-2026-123",
           reply=("DF-2026-123", "reminder", "2027-01-04 09:00"), style="outlook",
           cs="windows-1252", cte="quoted-printable",
           body="""Buenos días Diego:

Hemos abonado hoy 848,00 €, que corresponde a las 8.000 palabras del presupuesto aceptado (800 € + IVA - IRPF). Las 2.300 palabras adicionales de los anexos no fueron aprobadas por nosotros en ningún momento: nos llegaron incluidas en la entrega sin previo aviso, y de hecho no las hemos utilizado.

No abonaremos esa diferencia.

Un saludo,
Pilar Lozano
Lozano Abogados, S.L.P. · Alicante""",
           label=dict(kind=X, amount="848.00",
                      note="Partial payment of the quoted part plus refusal of the rest = dispute; amount is what "
                           "they say they paid."))

    inv("A26-119", "marta", "Moda Sur Boutique", "modasurmalaga@gmail.com", "954,00 €", "2026-11-12", "2026-12-12")
    client("Moda Sur Boutique", ("Rocío Aranda", "modasurmalaga@gmail.com"), "2026-12-17 19:55", owner="marta",
           subject="Re: Factura A26-119 – Marta Iglesias Fotografía",
           reply=("A26-119", "reminder", "2026-12-17 09:00"), style="gmail",
           body="""Marta, no vamos a pagar esto. Nosotras encargamos la sesión del lookbook, NO las fotos de producto sobre fondo blanco, que nos las hace siempre mi sobrino. Esas 30 fotos no las pedimos ni las vamos a usar.

Mándame una factura solo con la sesión y te la pago.

Rocío""",
           label=dict(kind=X, note="Angry refusal of part of the work ('no vamos a pagar esto'); offer to pay a "
                                   "corrected invoice does not change the label."))

    inv("2026-077", "lucia", "Agencia Creativa Jalisco SA de CV", "finanzas@creativajalisco.mx", "2.000,00 €",
        "2026-11-20", "2026-12-20")
    client("Agencia Creativa Jalisco", ("Paulina Orozco", "finanzas@creativajalisco.mx"), ("2026-12-28 11:40", "mex"),
           subject="RE: Factura 2026-077", reply=("2026-077", "reminder", "2026-12-28 09:00"),
           style="gmail_latam",
           body="""Hola Lucía, buen día.

Revisando tu factura vemos que viene en euros (2,000.00 EUR), pero la cotización que nos aprobaron en octubre fue por 2,000.00 USD. Con el tipo de cambio de hoy son como 170 dólares más de lo acordado, y así no la podemos procesar.

¿Nos la puedes reemitir en dólares, por favor? Apenas la tengamos la metemos a pago.

Saludos,
Paulina Orozco
Finanzas · Agencia Creativa Jalisco
Guadalajara, Jal.""",
           label=dict(kind=X, note="Mexican client contests the currency (quote was in USD): dispute, asks to "
                                   "reissue."))

    inv("A26-120", "marta", "Colegio Santa Ana", "secretaria@colegiosantaana.es", "1.908,00 €", "2026-11-23",
        "2026-12-23")
    client("Colegio Santa Ana", ("Secretaría Colegio Santa Ana", "secretaria@colegiosantaana.es"),
           "2027-01-11 10:45", owner="marta", subject="RE: Factura A26-120 – Marta Iglesias Fotografía",
           reply=("A26-120", "reminder", "2027-01-11 09:00"), style="outlook", fmt="html",
           body="""Buenos días, Marta:

Le escribimos desde secretaría en relación con la factura A26-120. Según nos indica la dirección, de las ocho sesiones de fotos de grupo previstas solo se hicieron seis, ya que las dos del patio exterior se suspendieron por la lluvia y no se recuperaron.

Necesitaríamos un abono por las dos sesiones no realizadas para poder tramitar el pago del resto.

Un saludo,
Secretaría
Colegio Santa Ana · Pontevedra""",
           label=dict(kind=X, reference="A26-120",
                      note="Asks for a credit note for sessions not done: dispute. HTML-only Outlook."))

    inv("2026-078", "lucia", "Inversiones Teide SL", "gerencia@inversionesteide.es", "4.240,00 €", "2026-10-15",
        "2026-11-14")
    client("Inversiones Teide", ("Daniel Hernández Abogado", "dhernandez@hernandezabogados.es"),
           ("2027-01-25 13:10", "can"), subject="RE: Factura 2026-078",
           cc=["Inversiones Teide <gerencia@inversionesteide.es>"],
           reply=("2026-078", "final", "2027-01-19 09:00", dict(deadline=dt.date(2027, 1, 29), fees=True)),
           style="outlook", cs="iso-8859-1", encode_as="cp1252", cte="quoted-printable",
           attach=[(FAKE_PDF, "application/pdf", "Respuesta requerimiento - Inversiones Teide.pdf")],
           body="""Estimada Sra. Martín:

Me dirijo a usted en nombre y representación de INVERSIONES TEIDE, S.L., en contestación a su requerimiento de pago de fecha 19 de enero de 2027 relativo a la factura n.º 2026-078.

Mi representada no reconoce la deuda reclamada. Los trabajos objeto de la factura (identidad corporativa y material comercial de la promoción "Residencial Las Retamas") no se ajustaron a lo pactado en la propuesta de 12 de junio de 2026: no se entregaron los manuales de marca ni los archivos editables, y los plazos comprometidos se incumplieron de forma reiterada, como consta en los correos que se adjuntan.

Sin perjuicio de lo anterior, y en el marco de la invitación a negociar que usted misma formula, mi representada está dispuesta a mantener una reunión para alcanzar una solución.

Atentamente,

Daniel Hernández Pérez
Abogado · Colegiado n.º 2.871 ICATF
Hernández Abogados · Santa Cruz de Tenerife

Este mensaje puede contener información confidencial sujeta a secreto profesional.""",
           label=dict(kind=X, reference="2026-078",
                      note="Client's lawyer answers the formal demand: does not recognise the debt, offers to "
                           "negotiate."))

    client("Talleres Navarro", ("Juanma Navarro", "talleresnavarro@hotmail.com"), "2026-12-05 11:08",
           subject="RE: Factura 2026-046",
           reply=("2026-046", "late_fee", "2026-12-04 09:00", dict(deadline=dt.date(2026, 12, 11), fees=True)),
           style="android",
           body="""Oye Lucia q es esto de 40 euros de indemnizacion y los intereses?? Si te pague el jueves con 4 o 5 dias de retraso!! Eso no te lo voy a pagar ni loco, pensaba q eramos colegas

Enviado desde mi Galaxy""",
           label=dict(kind=X, note="He paid the invoice (see the earlier message) but refuses the late fee and "
                                   "interest: a dispute of the fees."))

    inv("2026-079", "lucia", "Martín Aguirre", "martin@estudiopampa.com.ar", "1.500,00 €", "2026-11-25",
        "2026-12-10")
    client("Estudio Pampa", ("Martín Aguirre", "martin@estudiopampa.com.ar"), ("2026-12-16 21:30", "arg"),
           subject="Re: Factura 2026-079", reply=("2026-079", "reminder", "2026-12-16 09:00"), style="gmail_latam",
           body="""Mirá Lucía, te lo digo con todo el respeto: el laburo quedó a medias. La versión final del packaging nunca llegó, lo que tengo son las pruebas de la segunda ronda y los archivos abiertos no están. No te voy a pagar el total por algo que no tengo.

Si me mandás lo que falta, lo charlamos. Si no, te pago la mitad y listo.

Martín""",
           label=dict(kind=X, note="Argentine voseo; work unfinished, refuses the total, offers half: dispute."))

    inv("DF-2026-126", "diego", "Laboratorios Farmavida SA", "cuentasapagar@farmavida.com", "2.120,00 €",
        "2026-12-28", "2027-01-27")
    client("Laboratorios Farmavida", ("Jordi Masó", "jmaso@farmavida.com"), "2027-02-02 16:05", owner="diego",
           subject="RE: Factura DF-2026-126", cc=["Cuentas a Pagar <cuentasapagar@farmavida.com>"],
           reply=("DF-2026-126", "reminder", "2027-02-01 09:00"), style="outlook",
           body="""Hola Diego,

Te escribo desde Asuntos Regulatorios. Antes de liberar el pago de esta factura tenemos que comentarte que la traducción del dossier de registro (módulo 3) tenía bastantes errores de terminología que ha tenido que corregir nuestro equipo, con cerca de 20 horas de trabajo interno. Te envío en otro correo el documento con el control de cambios.

Por ese motivo proponemos abonar el 70 % del importe facturado. Si quieres lo comentamos por teléfono.

Salutacions,
Jordi Masó
Regulatory Affairs · Laboratorios Farmavida, S.A.""",
           label=dict(kind=X, note="Quality complaint; proposes paying 70%: dispute. Same company as the audit "
                                   "promise, other person."))

    inv("A26-123", "marta", "Revista Trazos", "produccion@revistatrazos.com", "742,00 €", "2026-12-02",
        "2027-01-01")
    client("Revista Trazos", ("Bea Calvo", "produccion@revistatrazos.com"), "2027-01-08 12:30", owner="marta",
           subject="Re: Factura A26-123 – Marta Iglesias Fotografía",
           reply=("A26-123", "reminder", "2027-01-08 09:00"), style="gmail",
           body="""Hola Marta,

La factura la pagaremos en cuanto nos enviéis los archivos en alta que faltan: de la sesión de exteriores solo nos llegaron 8 de las 20 fotos, y el resto en baja con marca de agua. Sin esas fotos no podemos cerrar el número de febrero.

Un saludo,
Bea
Producción · Revista Trazos""",
           label=dict(kind=X, note="Payment withheld until missing deliverables arrive: dispute, not a promise."))

    inv("F26-093", "nerea", "Nubba Fintech SL", "finance@nubba.io", "1.908,00 €", "2026-12-01", "2026-12-31")
    tabla = (
        "<p class=\"MsoNormal\">Hola Nerea,<o:p></o:p></p><p class=\"MsoNormal\">&nbsp;</p>"
        "<p class=\"MsoNormal\">Hemos revisado el parte de horas de diciembre con el equipo de producto y solo "
        "reconocemos <b>12 horas</b>, no 18. El detalle:<o:p></o:p></p><p class=\"MsoNormal\">&nbsp;</p>"
        "<table class=\"MsoTableGrid\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
        "style=\"border-collapse:collapse;border:none\">"
        "<tr><td><b>Tarea</b></td><td><b>Facturado</b></td><td><b>Aprobado</b></td><td><b>Comentario</b></td></tr>"
        "<tr><td>Integración API pagos</td><td>8 h</td><td>8 h</td><td>OK</td></tr>"
        "<tr><td>Corrección bugs sprint 23</td><td>6 h</td><td>4 h</td><td>2 h eran bugs de la propia integración</td></tr>"
        "<tr><td>Reuniones</td><td>4 h</td><td>0 h</td><td>No acordado facturar reuniones</td></tr>"
        "<tr><td><b>Total</b></td><td><b>18 h</b></td><td><b>12 h</b></td><td></td></tr></table>"
        "<p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">Por favor, envíanos una factura rectificativa por "
        "12 horas y la tramitamos.<o:p></o:p></p><p class=\"MsoNormal\">&nbsp;</p>"
        "<p class=\"MsoNormal\">Thanks!<br>Lucas Ferreira<br>Finance &amp; Ops · Nubba<o:p></o:p></p>")
    client("Nubba Fintech", ("Lucas Ferreira", "finance@nubba.io"), "2027-01-07 15:50", owner="nerea",
           subject="RE: Factura F26-093 (Goiko Dev)", reply=("F26-093", "reminder", "2027-01-07 09:00"),
           style="outlook", fmt="alt", own_html=tabla,
           body="""Hola Nerea,

Hemos revisado el parte de horas de diciembre con el equipo de producto y solo reconocemos 12 horas, no 18. El detalle:

Tarea | Facturado | Aprobado | Comentario
Integración API pagos | 8 h | 8 h | OK
Corrección bugs sprint 23 | 6 h | 4 h | 2 h eran bugs de la propia integración
Reuniones | 4 h | 0 h | No acordado facturar reuniones
Total | 18 h | 12 h |

Por favor, envíanos una factura rectificativa por 12 horas y la tramitamos.

Thanks!
Lucas Ferreira
Finance & Ops · Nubba""",
           label=dict(kind=X, note="Startup finance contests hours with an HTML table (text part flattened)."))

    inv("A26-124", "marta", "Cooperativa Agraria Terra Chá", "administracion@coopterracha.gal", "2.862,00 €",
        "2026-12-04", "2027-01-03")
    client("Cooperativa Agraria Terra Chá", ("Manuel Vázquez Teijeiro", "administracion@coopterracha.gal"),
           "2027-01-12 09:05", owner="marta", subject="Re: Factura A26-124 – Marta Iglesias Fotografía",
           reply=("A26-124", "reminder", "2027-01-11 09:00"), style="thunderbird",
           body="""Boas Marta:

Mira, hablé con el presidente de la cooperativa y no estamos de acuerdo con la factura. Lo que se habló en la feria de Silleda fue un precio cerrado por el lote completo de fotos de los productos (900 euros más IVA), no un precio por foto. Con 45 fotos a 60 euros sale casi el triple.

Te pagamos lo que se habló, no más.

Un saludo,
Manuel
Cooperativa Agraria Terra Chá · Vilalba (Lugo)""",
           label=dict(kind=X, note="Contests the price basis (fixed lot vs per photo); Thunderbird quoting."))

    client("Ayuntamiento de Valdemorales de la Sierra", ("Intervención Municipal", "intervencion@valdemorales.es"),
           "2027-01-19 12:30", subject="RE: Factura 2027-001",
           reply=("2027-001", "reminder", "2027-01-18 09:00"), style="outlook_old",
           cs="iso-8859-1", cte="quoted-printable",
           body="""Sra. Martín:

En relación con su escrito, le informamos de que la factura n.º 2027-001 fue rechazada en FACe con fecha 11/01/2027, motivo: "el importe facturado (5.724,00 €) excede del importe de adjudicación del contrato menor (expediente 142/2026), fijado en 4.500,00 € IVA incluido".

No procede, por tanto, su abono en los términos presentados. Deberá emitir una nueva factura ajustada al importe adjudicado y presentarla nuevamente a través de FACe.

Atentamente,

Intervención Municipal
AYUNTAMIENTO DE VALDEMORALES DE LA SIERRA""",
           label=dict(kind=X, reference="2027-001",
                      note="Town hall (human, bureaucratic) rejects the invoice: amount above the awarded "
                           "contract. Dispute, not an e-invoicing notice."))

    inv("2026-080", "lucia", "Pepe Romero", "barelrincondepepe@gmail.com", "363,00 €", "2026-12-01", "2026-12-16")
    client("Bar El Rincón de Pepe", ("Pepe Romero", "barelrincondepepe@gmail.com"), "2026-12-21 23:58",
           subject="Re: Factura 2026-080", reply=("2026-080", "reminder", "2026-12-21 09:00"), style="none",
           body="""Jajaja 300 euros + IVA por cambiarle el color al logo? Ni de broma Lucia, eso me lo hace mi hija con el movil en 5 minutos. Ya hablaremos pero eso no lo pago""",
           label=dict(kind=X, note="Sarcastic, no quote, late at night: refuses to pay."))

    inv("2026-081", "lucia", "Hotel Boutique Sant Gervasi SL", "direccio@hotelsantgervasi.com", "3.286,00 €",
        "2026-12-02", "2027-01-01")
    client("Hotel Boutique Sant Gervasi", ("Marc Rovira", "direccio@hotelsantgervasi.com"), "2027-01-05 18:20",
           subject="Re: Factura 2026-081", reply=("2026-081", "reminder", "2027-01-05 09:00"), style="gmail",
           body="""Hola Lucía! Bon any!

Perdona que no te haya contestado antes, las fiestas en el hotel son una locura: hemos tenido el 100 % de ocupación desde el 20 y la cena de Nochevieja salió redonda. Por cierto, los menús que diseñaste gustaron muchísimo, varios clientes se los llevaron de recuerdo (¡a ver si los vamos a tener que vender!).

Para la temporada de primavera queremos renovar la señalética de las habitaciones y el directorio de la recepción, ya te contaré con calma en febrero.

Sobre la factura: está todo bien salvo una cosa. La partida de "reuniones de seguimiento" (6 horas) no la habíamos hablado, siempre nos habías incluido las reuniones en el precio del proyecto. ¿La podemos quitar y me mandas otra factura sin esa línea? Así la paso a pagar enseguida.

Una abraçada,
Marc
Hotel Boutique Sant Gervasi · Barcelona""",
           label=dict(kind=X, note="Long friendly mail; one paragraph asks to remove a line item and reissue: "
                                   "dispute."))

    inv("2026-082", "lucia", "Eventos Alhambra SL", "contabilidad@eventosalhambra.es", "2.798,40 €", "2026-12-03",
        "2027-01-02")
    client("Eventos Alhambra", ("Inés Carmona", "contabilidad@eventosalhambra.es"), "2027-01-08 10:27",
           subject="RE: Factura 2026-082", reply=("2026-082", "reminder", "2027-01-07 09:00"), style="outlook_new",
           body="""Buenos días Lucía,

Os pagaremos la parte de diseño de la cartelería la semana que viene, pero la partida de impresión (640 € + IVA) no la aceptamos: la imprenta nos la facturó directamente a nosotros y ya está pagada, así que estaría duplicada.

¿Nos podéis mandar una rectificativa solo con el diseño?

Un saludo,
Inés Carmona
Contabilidad · Eventos Alhambra, S.L. · Granada""",
           label=dict(kind=X, note="Promise for part + rejection of another line: dispute wins."))

    inv("F26-094", "nerea", "Hotel Rural Os Carballos", "reservas@oscarballos.com", "363,00 €", "2026-11-15",
        "2026-11-30")
    client("Hotel Rural Os Carballos", ("Brais Otero", "reservas@oscarballos.com"), "2027-01-12 13:13",
           owner="nerea", subject="Re: Factura F26-094 (Goiko Dev)",
           reply=("F26-094", "suspension", "2027-01-11 09:00",
                  dict(deadline=dt.date(2027, 1, 18), susp=dt.date(2027, 1, 19))),
           style="gmail",
           body="""Nerea, no me parece serio que me amenaces con suspender el mantenimiento cuando la web estuvo caída tres días en Navidad (del 26 al 28) y nadie contestó al teléfono. Perdimos reservas por eso.

La cuota de noviembre no la pago hasta que hablemos de lo que pasó y de cómo se compensa.

Brais Otero
Hotel Rural Os Carballos · Ribeira Sacra""",
           label=dict(kind=X, note="Reply to the suspension letter: refuses until downtime is compensated."))

    # ------------------------------------------------------------------------------ other human
    inv("2027-010", "lucia", "Marcos Villalba", "marcosvillalbafoto@gmail.com", "424,00 €", "2027-01-08",
        "2027-02-07")
    client("Marcos Villalba", ("Marcos Villalba", "marcosvillalbafoto@gmail.com"), "2027-02-10 11:26",
           subject="Re: Factura 2027-010", reply=("2027-010", "reminder", "2027-02-10 09:00"), style="android",
           body="""Me la reenvias? No la encuentro por ningun lado y la necesito para la gestoria tambien""",
           label=dict(kind=O, note="Asks for the invoice again; no payment statement."))

    inv("DF-2026-125", "diego", "Grupo Industrial Levantina SA", "facturas.proveedores@gilevantina.com",
        "5.194,00 €", "2026-11-27", "2026-12-27")
    client("Grupo Industrial Levantina", ("Cuentas a Pagar GIL", "facturas.proveedores@gilevantina.com"),
           "2026-12-29 08:31", owner="diego", subject="RE: Factura DF-2026-125",
           reply=("DF-2026-125", "due", "2026-12-28 09:00"), style="outlook", fmt="alt",
           body="""Estimado proveedor:

Para poder tramitar su factura DF-2026-125 es imprescindible que en la misma figure el número de pedido (PO) emitido por nuestro departamento de Compras. Las facturas sin número de pedido no pueden ser registradas en nuestro sistema.

Le rogamos nos remita la factura indicando el pedido 4500123987, o contacte con la persona que le realizó el encargo para que se lo facilite.

Atentamente,
Cuentas a Pagar
Grupo Industrial Levantina, S.A. · Paterna (Valencia)""",
           label=dict(kind=O, reference="DF-2026-125",
                      note="PO number needed: administrative question, not a dispute of the invoice."))

    client("Logística Henares", ("Javier Moreno", "jmoreno@logisticahenares.com"), "2027-02-12 09:20",
           subject="RE: Factura 2027-005", reply=("2027-005", "courtesy", "2027-02-12 09:00"), style="outlook",
           cs="windows-1252", cte="quoted-printable",
           body="""Recibido, gracias.

J. Moreno""",
           label=dict(kind=O, note="'Recibido, gracias' to a courtesy reminder: acknowledgement only."))

    inv("2026-083", "lucia", "Mirador Arquitectos SLP", "sergio@miradorarquitectos.es", "1.802,00 €",
        "2026-11-11", "2026-12-11")
    client("Mirador Arquitectos", ("Sergio Cabrera", "sergio@miradorarquitectos.es"), ("2026-12-14 09:40", "can"),
           subject="Re: Factura 2026-083", cc=["Raquel Betancort <administracion@miradorarquitectos.es>"],
           reply=("2026-083", "reminder", "2026-12-14 09:00"), style="gmail",
           body="""Hola Lucía,

Te pongo en copia a Raquel, de administración, que es quien lleva los pagos. Raquel, ¿puedes mirarlo tú, porfa?

Gracias!
Sergio
Mirador Arquitectos · Arrecife, Lanzarote""",
           label=dict(kind=O, note="Passes the reminder to a colleague in cc: no claim."))

    client("Industrias Zubieta", ("Koldo Etxeberria", "koldo.etxeberria@zubieta.eus"), "2027-01-14 10:55",
           owner="nerea", subject="RE: Factura F26-095 (Goiko Dev)",
           reply=("F26-095", "due", "2027-01-13 09:00"), style="outlook",
           body="""Egun on Nerea,

Una consulta antes de pagar: en esta factura aparece un IBAN distinto al que tenemos dado de alta para ti (el nuestro acaba en 0983). ¿Has cambiado de banco? Por seguridad, y por los intentos de fraude que estamos recibiendo, necesitamos que nos envíes un certificado de titularidad de la nueva cuenta.

Eskerrik asko,
Koldo""",
           label=dict(kind=O, note="Question about a changed IBAN, certificate requested; no payment claim."))

    inv("2026-084", "lucia", "Guillermo Sanz", "guillermo@sanzpartners.es", "636,00 €", "2026-11-09", "2026-12-09")
    client("Sanz & Partners", ("Guillermo Sanz", "guillermo@sanzpartners.es"), "2026-12-14 19:02",
           subject="Re: Factura 2026-084", reply=("2026-084", "reminder", "2026-12-14 09:00"), style="gmail",
           body="""Lucía, ¿a qué factura te refieres? No me consta ninguna 2026-084. La última que tengo tuya es la de octubre y esa está pagada desde hace tiempo. ¿Me la reenvías?
G.""",
           label=dict(kind=O, reference="2026-084",
                      note="Does not know the invoice and asks for it; the 'paid' refers to a different, older "
                           "invoice. Question, not a claim about this one."))

    client("Floristería Las Camelias", ("Pili Barreiro", "lascamelias.coruna@gmail.com"), "2027-01-04 12:18",
           owner="marta", subject="Re: Factura A26-121 – Marta Iglesias Fotografía",
           reply=("A26-121", "thank_you", "2027-01-04 09:00"), style="gmail",
           body="""Gracias a ti Marta!! Oye, una cosa, ¿tienes hueco a principios de febrero? Quiero hacer fotos de los ramos para San Valentín y subirlas a Instagram con tiempo. Algo sencillito, en la tienda, una mañana.

Dime algo y lo cuadramos.
Pili""",
           label=dict(kind=O, note="Answer to the thank-you letter, about new work."))

    client("Academia Speak Up", ("Begoña Lasheras", "direccion@speakupzaragoza.es"), "2027-01-12 18:05",
           subject="RE: Factura 2026-069",
           reply=("2026-069", "promise_followup", "2027-01-12 09:00"), style="outlook_new",
           body="""Hola Lucía,

¿Podemos hablar por teléfono? Te llamo mañana a las 10 si te viene bien, hay un tema que prefiero comentarte en persona.

Begoña""",
           label=dict(kind=O, note="Asks for a call after the promise follow-up; says nothing about paying."))

    client("Cervecería La Espuela", ("Curro Jiménez", "laespuelasevilla@gmail.com"), "2027-02-01 13:40",
           subject="Re: Factura 2027-008", reply=("2027-008", "due", "2027-02-01 09:00"), style="android",
           body="""Buenas Lucia, mañana lo miro con la gestoria y te digo algo

Enviado desde mi smartphone Xiaomi""",
           label=dict(kind=O, note="'I'll check with the gestoría tomorrow' is not a promise to pay."))

    client("Distribuidora Altamira", ("Mariana Treviño Garza", "cxp@altamira.com.mx"), ("2026-11-12 09:25", "mex"),
           subject="RE: Factura 2026-039", reply=("2026-039", "due", "2026-11-11 09:00"), style="gmail_latam",
           body="""Buen día Lucía,

Para poder dar de alta tu cuenta en SAP como proveedor extranjero, ¿nos podrías compartir la dirección completa del banco beneficiario y tu número de identificación fiscal (NIF)? El sistema no nos deja programar la transferencia internacional sin esos datos.

Quedo atenta, saludos.

Lic. Mariana Treviño Garza
Cuentas por Pagar
Distribuidora Altamira, S.A. de C.V.""",
           label=dict(kind=O, note="Asks for bank address and tax ID before paying: question."))

    inv("2027-011", "lucia", "Ayuntamiento de Valdemorales de la Sierra", "intervencion@valdemorales.es",
        "1.272,00 €", "2027-01-20", "2027-02-19", pay="text")
    client("Ayuntamiento de Valdemorales de la Sierra", ("Registro de Facturas", "facturas@valdemorales.es"),
           "2027-02-22 10:10", subject="RE: Factura 2027-011",
           reply=("2027-011", "due", "2027-02-22 09:00"), style="outlook_old",
           cs="iso-8859-1", cte="quoted-printable",
           body="""Buenos días:

Le recordamos que, de conformidad con la Ley 25/2013, de 27 de diciembre, las facturas dirigidas a esta Administración deben presentarse obligatoriamente a través del Punto General de Entrada de Facturas Electrónicas (FACe), indicando los códigos DIR3 del Ayuntamiento (Oficina contable L01281234, Órgano gestor L01281234, Unidad tramitadora L01281234).

La factura remitida por correo electrónico no puede ser tramitada. Una vez presentada en FACe, seguirá el procedimiento ordinario.

Un saludo,
Registro de Facturas
Ayuntamiento de Valdemorales de la Sierra""",
           label=dict(kind=O, note="Procedural: invoice must be filed through FACe. Not a dispute of the amount "
                                   "or the work."))

    client("Construcciones Arrieta", ("Ane Zubiri", "recepcion@construccionesarrieta.eus"), "2026-12-28 10:34",
           owner="nerea", subject="RE: Factura F26-091 (Goiko Dev)",
           reply=("F26-091", "courtesy", "2026-12-28 09:00"), style="outlook",
           body="""Hola Nerea,

Iñaki ya no está con nosotros desde octubre. Las facturas y todo lo de pagos envíalo a contabilidad@construccionesarrieta.eus, que lo lleva Itziar.

Un saludo,
Ane
Recepción · Construcciones Arrieta""",
           label=dict(kind=O, note="Human reply: contact left the company, new address given."))

    client("Quintana Arquitectura", ("Pablo Quintana", "estudio@quintanaarquitectura.es"), "2026-12-09 09:12",
           subject="RE: Factura 2026-073", cc=["Pilar Gutiérrez <administracion@quintanaarquitectura.es>"],
           reply=("2026-073", "invoice", "2026-12-06 18:30",
                  invoice_mail("2026-073", "los planos ilustrados y la maqueta digital del proyecto de Liencres")),
           style="apple", mailer="Apple Mail (2.3826.400.131.1.6)",
           body="""Pilar, ¿puedes darla de alta en el programa? Gracias.

Lucía, si falta algún dato te escribe Pilar directamente.

Pablo""",
           label=dict(kind=O, note="Reply to the invoice mail itself (not a reminder), passing it to a colleague."))

    inv("2026-085", "lucia", "Valentina Ríos", "valenrios.design@gmail.com", "600,00 €", "2026-12-15",
        "2026-12-30")
    client("Valentina Ríos", ("Valentina Ríos", "valenrios.design@gmail.com"), ("2027-01-05 07:58", "col"),
           subject="Re: Factura 2026-085", reply=("2026-085", "reminder", "2027-01-04 09:00"), style="gmail_latam",
           body="""Hola Lucía, qué pena contigo, se me pasó con las fiestas.

Una pregunta: ¿puedo pagarte por PayPal? Es que desde acá la transferencia internacional me cobra una comisión tremenda y se demora como una semana.

Mil gracias,
Vale""",
           label=dict(kind=O,
                      note="Colombian ('qué pena contigo'); only asks whether PayPal is accepted."))

    inv("2027-012", "lucia", "Grupo Hostelero Atlántico SL", "administracion@grupoatlantico.es", "2.120,00 €",
        "2027-01-15", "2027-02-14")
    client("Grupo Hostelero Atlántico", ("Yaiza Rodríguez Betancor", "administracion@grupoatlantico.es"),
           ("2027-02-16 09:05", "can"), subject="RE: Factura 2027-012",
           reply=("2027-012", "due", "2027-02-15 09:00"), style="outlook", fmt="html",
           body="""Buenos días, Sra. Martín:

Para proceder al pago de facturas de proveedores durante el ejercicio 2027 necesitamos que nos remita el certificado de estar al corriente de sus obligaciones tributarias (art. 43.1.f de la Ley General Tributaria), de validez inferior a 12 meses.

Una vez recibido, la factura seguirá el circuito habitual.

Atentamente,

Yaiza Rodríguez Betancor
Administración – Cuentas a Pagar
Grupo Hostelero Atlántico, S.L.""",
           label=dict(kind=O, note="Requests a tax certificate before paying: administrative question."))

    client("Paloma Sáez", ("Paloma Sáez", "palomasaez@hotmail.com"), "2026-12-17 20:30",
           subject="RE: Factura 2026-065", reply=("2026-065", "courtesy", "2026-12-17 09:00"),
           style="outlook_mobile",
           body="""Hola Lucia, una pregunta tonta, los 1.573 ya llevan el IVA? es que no me aclaro con la factura y no quiero pagarte de menos

Paloma

Obtener Outlook para Android""",
           label=dict(kind=O, note="Question about VAT; amount only appears as a question, not paid/promised."))

    inv("A26-126", "marta", "Revista Trazos", "produccion@revistatrazos.com", "530,00 €", "2027-01-12",
        "2027-02-11")
    client("Revista Trazos", ("Bea Calvo", "produccion@revistatrazos.com"), "2027-02-15 08:00", owner="marta",
           subject="Re: Factura A26-126 – Marta Iglesias Fotografía",
           reply=("A26-126", "reminder", "2027-02-15 07:30"), style="gmail",
           cc=["Iván Prada <ivan.prada@revistatrazos.com>"],
           body="""Hola Marta,

Te escribo rapidito: desde hoy estoy de baja por maternidad. Todo lo de producción y proveedores lo lleva mi compañero Iván, que va en copia. Iván, ¿te encargas de esto?

Un abrazo,
Bea""",
           label=dict(kind=O, note="Human hand-over before leave (not an auto-reply); colleague in cc."))

    client("Laboratorios Farmavida", ("Jordi Masó", "jmaso@farmavida.com"), "2026-12-16 10:40", owner="diego",
           subject="RE: Factura DF-2026-124", cc=["Cuentas a Pagar <cuentasapagar@farmavida.com>"],
           reply=("DF-2026-124", "courtesy", "2026-12-16 09:00"), style="outlook",
           body="""Hola Diego,

Gracias por el recordatorio. Lo he trasladado a Cuentas a Pagar (en copia), que es quien gestiona los pagos a proveedores; yo solo aprobé la factura.

Salutacions,
Jordi Masó
Regulatory Affairs · Laboratorios Farmavida, S.A.""",
           label=dict(kind=O, note="Forwarded to AP in cc; no claim about payment."))

    client("Cítricos del Turia", ("Vicent Llopis", "administracion@citricosturia.es"), "2027-01-04 12:50",
           owner="diego", subject="RE: Factura DF-2026-122",
           reply=("DF-2026-122", "promise_followup", "2027-01-04 09:00", dict(promise=dt.date(2026, 12, 31))),
           style="outlook_old", cs="windows-1252", cte="quoted-printable",
           body="""Diego, esto ya lo hablamos por teléfono el día 30, no hace falta que me mandes estos correos automáticos.

Vicent""",
           label=dict(kind=O, note="Annoyed, refers to a phone call without saying what was agreed: no paid "
                                   "claim, no promise, no dispute."))

    client("Editorial Alba Libros", ("Marisa Cuenca", "marisa@albalibros.es"), "2027-01-11 12:15",
           subject="Re: Facturas pendientes: n.º 2026-056, 2026-059",
           reply=("2026-059", "statement", "2027-01-08 09:00",
                  dict(numbers=["2026-056", "2026-059"], total="1.908,00 €", deadline=dt.date(2027, 1, 18),
                       thread_subject="Facturas pendientes: n.º 2026-056, 2026-059")),
           style="gmail",
           body="""Hola Lucía,

Joaquín dice que no le cuadra con lo que tenemos en contabilidad. ¿Nos podrías mandar un extracto con todas las facturas de 2026 y lo que te consta cobrado de cada una? Así lo comparamos y vemos dónde está la diferencia.

Besos,
Marisa""",
           label=dict(kind=O, note="Reply to a statement: asks for a full account statement; no claim that any "
                                   "invoice is paid or wrong."))

    client("Ana Belén Prieto", ("Ana Belén Prieto", "anabelen.prieto88@gmail.com"), "2026-12-11 08:03",
           subject="Re: Factura 2026-050", reply=("2026-050", "thank_you", "2026-12-10 19:00"), style="android",
           body="""Gracias a ti!!! 😘 Te recomendaré a todas mis amigas que se casen jajaja""",
           label=dict(kind=O, note="Answer to the thank-you letter after payment."))

    machine_mail()


# =============================================================================================
# machine mail


def mail(persona, frm, to, subject, date, part, label, headers=(), msgdom=None, irt=None):
    d = D(*date) if isinstance(date, tuple) else D(date)
    dom = msgdom or frm[1].split("@")[1]
    hs = [("Return-Path", f"<{frm[1]}>" if "mailer-daemon" not in frm[1].lower() else "<>"),
          ("From", hdr_addr(frm[0], frm[1])), ("To", to), ("Subject", hdr_text(subject)),
          ("Date", format_datetime(d)), ("Message-ID", msgid(f"{persona}{date}{subject}", dom))]
    if irt:
        hs += [("In-Reply-To", irt), ("References", irt)]
    hs += list(headers) + [("MIME-Version", "1.0")]
    machine(persona, build(hs, part), label)


def bank_html(title, rows, foot, color="#007eae"):
    trs = "".join(f"<tr><td style=\"padding:6px 12px;color:#666\">{esc(k)}</td><td style=\"padding:6px 12px;"
                  f"font-weight:bold\">{esc(v)}</td></tr>" for k, v in rows)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f3f3f3\">"
            f"<table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Arial,sans-serif\">"
            f"<tr><td style=\"background:{color};color:#fff;padding:18px;font-size:20px\">{esc(title)}</td></tr>"
            f"<tr><td><table>{trs}</table></td></tr><tr><td style=\"padding:12px;font-size:11px;color:#999\">"
            f"{esc(foot)}</td></tr></table></body></html>\n")


def machine_mail():
    L = OWNERS["lucia"]
    lucia_to = hdr_addr(L["name"], L["addr"])
    PN = "payment-notification"

    # ---------------------------------------------------------------------------- bank notices
    txt = """CaixaBank

Hola, LUCIA:

Te informamos de que has recibido una transferencia en tu cuenta ES21 **** **** **** **** 1332.

Importe: 1.060,00 EUR
Ordenante: GESTORIA LOPEZ Y ASOCIADOS SL
Concepto: FRA 2026-031
Fecha valor: 06/11/2026

Puedes consultar el detalle en CaixaBankNow.

Este es un mensaje automático, por favor no respondas a este correo. Si no quieres recibir más avisos, puedes modificar tus preferencias en CaixaBankNow > Mis avisos.
CaixaBank, S.A. NIF A08663619. C/ Pintor Sorolla, 2-4, 46002 Valencia."""
    html = bank_html("Has recibido una transferencia", [
        ("Importe", "1.060,00 EUR"), ("Ordenante", "GESTORIA LOPEZ Y ASOCIADOS SL"), ("Concepto", "FRA 2026-031"),
        ("Cuenta", "ES21 **** **** **** **** 1332"), ("Fecha valor", "06/11/2026")],
        "Este es un mensaje automático, por favor no respondas a este correo. CaixaBank, S.A. NIF A08663619.")
    mail("CaixaBank", ("CaixaBank", "notificaciones@caixabank.com"), L["addr"],
         "Aviso: has recibido una transferencia", "2026-11-06 15:12",
         multipart("alternative", [text_part(txt, cte="quoted-printable"),
                                   text_part(html, sub="html", cte="quoted-printable")]),
         dict(kind=PN, amount="1060.00", reference="2026-031",
              note="CaixaBank incoming-transfer alert; the concept carries the invoice number."))

    M = OWNERS["marta"]
    html = bank_html("Transferencia recibida", [
        ("Cuenta", "Cuenta Online ·7765"), ("Importe", "+1.590,00 €"), ("De", "CONSERVAS RIAS BAIXAS SL"),
        ("Concepto", "FACTURA A26-112"), ("Fecha", "02/12/2026")],
        "Banco Bilbao Vizcaya Argentaria, S.A. Plaza de San Nicolás, 4, 48005 Bilbao. No respondas a este correo.",
        color="#072146")
    mail("BBVA", ("BBVA", "bbva@comunicaciones.bbva.es"), M["addr"],
         "Has recibido una transferencia de 1.590,00 €", "2026-12-02 08:30",
         text_part(html, sub="html", cte="base64"),
         dict(kind=PN, amount="1590.00", reference="A26-112",
              note="BBVA HTML-only alert, base64; incoming transfer to the photographer."))

    txt = """Santander

Hola LUCÍA,

Has recibido un Bizum.

De: ANA BELEN PRIETO G.
Importe: 181,50 €
Concepto: invitaciones boda 💍
Fecha: 09/12/2026 21:35

El dinero ya está disponible en tu cuenta terminada en 8820.

Gracias por confiar en Santander.
Banco Santander, S.A. - Paseo de Pereda, 9-12, 39004 Santander. Este correo se ha enviado desde una dirección que no admite respuestas."""
    mail("Banco Santander", ("Banco Santander", "avisos@notificaciones.bancosantander.es"), lucia_to,
         "Has recibido un Bizum", "2026-12-09 21:35",
         text_part(txt, cte="quoted-printable"),
         dict(kind=PN, amount="181.50", note="Bizum received from a private client (Santander alert)."))

    D_ = OWNERS["diego"]
    txt = """BANCO SABADELL - AVISO DE ABONO POR TRANSFERENCIA

Estimado/a cliente:

Le comunicamos que se ha efectuado el siguiente abono en su cuenta:

Cuenta de abono ........ ES43 0081 **** **** **** 4420
Titular ................ DIEGO FERRER CLIMENT
Fecha operación ........ 15/12/2026
Fecha valor ............ 15/12/2026
Ordenante .............. TRADUCCIONES JURIDICAS DEL SUR SL
Importe ................ 1.293,20 EUR
Concepto ............... PAGO FRA DF-2026-121

Atentamente,
Banco de Sabadell, S.A.

Para cualquier consulta puede dirigirse a su oficina o a través de Sabadell Online. Por favor, no responda a este mensaje."""
    mail("Banco Sabadell", ("Banco Sabadell", "avisos@bancsabadell.com"), D_["addr"],
         "Aviso de abono por transferencia", "2026-12-16 07:02",
         text_part(txt, cs="iso-8859-1", cte="quoted-printable"),
         dict(kind=PN, amount="1293.20", reference="DF-2026-121",
              note="Sabadell credit advice, iso-8859-1 QP; the next morning after the client's 'abonada hoy'."))

    N = OWNERS["nerea"]
    txt = """ING

Hola Nerea:

Has recibido una transferencia en tu Cuenta NARANJA.

Importe: 2.968,00 €
Ordenante: INDUSTRIAS ZUBIETA SA
Concepto: REMESA PROVEEDORES 03/12 F26-087

Puedes ver todos los detalles en la app de ING.

Un saludo,
El equipo de ING

ING Bank NV, Sucursal en España. C/ Vía de los Poblados, 1, Ed. E, 28033 Madrid. Este es un correo automático; no lo respondas."""
    mail("ING", ("ING", "notificaciones@ing.es"), N["addr"], "Nueva transferencia recibida",
         "2026-12-04 09:10", text_part(txt, cte="8bit"),
         dict(kind=PN, amount="2968.00", reference="F26-087", note="ING alert, 8bit utf-8."))

    txt = """Has recibido 850,00 €

Fernando Ruiz te ha enviado 850,00 € a tu cuenta en EUR.

Referencia: Factura 2026-040 Tango Labs

Ya puedes usar este dinero.

Ver transacción: https://app.revolut.com/transactions

Revolut Bank UAB, Sucursal en España. Este correo es un aviso automático."""
    html = bank_html("Has recibido 850,00 €", [("De", "Fernando Ruiz"), ("Cuenta", "EUR"),
                                                ("Referencia", "Factura 2026-040 Tango Labs")],
                     "Revolut Bank UAB, Sucursal en España.", color="#191c1f")
    mail("Revolut", ("Revolut", "no-reply@revolut.com"), L["addr"], "Has recibido 850,00 €",
         ("2026-11-25 10:02", "utc"),
         multipart("alternative", [text_part(txt, cte="quoted-printable"),
                                   text_part(html, sub="html", cte="quoted-printable")]),
         dict(kind=PN, amount="850.00", reference="2026-040", note="Revolut notice in Spanish, UTC Date header."))

    # ------------------------------------------------------------------------------ auto-replies
    AR = "auto-reply"
    rem = msgid("rem2026-0572026-12-30 09:00", "martinestudio.es")
    mail("Gestoría López y Asociados", ("Carmen López Serrano", "carmen.lopez@gestorialopez.es"), lucia_to,
         "Respuesta automática: Re: Factura 2026-057", "2026-12-30 09:01",
         text_part("""Estaré fuera hasta el día 8. Durante mi ausencia, para cualquier asunto urgente pueden dirigirse a administracion@gestorialopez.es o llamar al 91 356 22 10.

Gracias.

Carmen López Serrano
Gestoría López y Asociados, S.L.""", cs="iso-8859-1", encode_as="cp1252", cte="quoted-printable"),
         dict(kind=AR, return_date="2027-01-08",
              note="'fuera hasta el día 8' sent 30 Dec: back 8 Jan 2027 (per convention 'hasta el X' = that day)."),
         headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                  ("X-Auto-Response-Suppress", "All")], irt=rem)

    rem = msgid("rem2026-0532026-12-28 09:00", "martinestudio.es")
    mail("Estudi Vermell", ("Montse Puig", "admin@estudivermell.cat"), lucia_to,
         "Resposta automàtica: Re: Factura 2026-053", "2026-12-28 09:01",
         multipart("alternative", [
             text_part("""Hola!

Estoy de vacaciones de Navidad y contestaré tu correo a la vuelta de Reyes. Si es urgente, llama al estudio al 93 451 87 20.

Bones festes!
Montse"""),
             text_part(gmail_html("""Hola!

Estoy de vacaciones de Navidad y contestaré tu correo a la vuelta de Reyes. Si es urgente, llama al estudio al 93 451 87 20.

Bones festes!
Montse"""), sub="html")]),
         dict(kind=AR, note="Out of office without Auto-Submitted header; 'a la vuelta de Reyes' is vague: no "
                            "return_date."),
         headers=[("Thread-Topic", "Factura 2026-053"), ("X-MS-Exchange-Inbox-Rules-Loop", "admin@estudivermell.cat")],
         irt=rem)

    rem = msgid("remDF-2026-1252026-12-28 09:00", "ferrertraduce.com")
    mail("Grupo Industrial Levantina", ("Portal de Proveedores GIL", "soporte.proveedores@gilevantina.com"),
         D_["addr"], "[Ticket#2026122810004417] Hemos recibido su consulta - Re: Factura DF-2026-125",
         "2026-12-28 09:02",
         text_part("""Estimado/a proveedor/a:

Hemos recibido su mensaje y se ha abierto la incidencia n.º 2026122810004417.

Nuestro equipo de Atención a Proveedores la atenderá en un plazo máximo de 5 días hábiles. Puede consultar el estado de sus facturas en el Portal de Proveedores (https://proveedores.gilevantina.com).

Por favor, no responda a este mensaje. Si desea añadir información a su consulta, responda manteniendo el número de incidencia en el asunto.

Atención a Proveedores
Grupo Industrial Levantina, S.A."""),
         dict(kind=AR, note="Help-desk ticket acknowledgement (Precedence: auto_reply); no return date."),
         headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply"),
                  ("X-OTRS-Loop", "false")], irt=rem)

    rem = msgid("remF26-0912027-01-13 09:00", "goiko.dev")
    mail("Construcciones Arrieta", ("Iñaki Arrieta", "inaki.arrieta@construccionesarrieta.eus"), N["addr"],
         "Respuesta automática: RE: Factura F26-091 (Goiko Dev)", "2027-01-13 09:01",
         text_part("""Esta dirección de correo ya no está operativa.

Para cualquier consulta, escriba a info@construccionesarrieta.eus. Para facturas y pagos: contabilidad@construccionesarrieta.eus.

Helbide hau ez dago erabilgarri. Construcciones Arrieta, S.A.""", cs="iso-8859-1", cte="quoted-printable"),
         dict(kind=AR, note="Mailbox no longer in use (Spanish + Basque line), with Auto-Submitted."),
         headers=[("Auto-Submitted", "auto-replied")], irt=rem)

    inv("2026-086", "lucia", "Fundación Mar i Cel", "administracio@fundaciomaricel.org", "636,00 €",
        "2026-12-02", "2027-01-01")
    rem = msgid("rem2026-0862026-12-28 09:00", "martinestudio.es")
    mail("Fundación Mar i Cel", ("Fundació Mar i Cel", "administracio@fundaciomaricel.org"), lucia_to,
         "Respuesta automática: Re: Factura 2026-086", "2026-12-28 09:01",
         text_part("""Gracias por su mensaje.

Nuestras oficinas permanecen cerradas por vacaciones del 24 de diciembre al 6 de enero, ambos inclusive. Retomaremos la actividad el jueves 7 de enero y atenderemos su consulta lo antes posible.

Gràcies pel vostre missatge. Les nostres oficines romanen tancades del 24 de desembre al 6 de gener.

Fundació Mar i Cel · Barcelona"""),
         dict(kind=AR, return_date="2027-01-07",
              note="Office closed 24 Dec-6 Jan inclusive, reopening Thursday 7 Jan; bilingual Spanish/Catalan."),
         headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], irt=rem)

    # ---------------------------------------------------------------------------------- bounces
    inv("2026-087", "lucia", "Taller de Ideas SL", "pagos@tallerdeideas.es", "954,00 €", "2026-11-18",
        "2026-12-18")
    orig_id = msgid("rem2026-0872027-01-11 09:00", "martinestudio.es")
    orig = (f"Return-Path: <lucia@martinestudio.es>\nFrom: Lucía Martín <lucia@martinestudio.es>\n"
            f"To: Taller de Ideas SL <pagos@tallerdeideas.es>\nSubject: Re: Factura 2026-087\n"
            f"Date: Mon, 11 Jan 2027 09:00:04 +0100\nMessage-ID: {orig_id}\n"
            f"In-Reply-To: {msgid('inv2026-087', 'martinestudio.es')}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n").encode() \
        + quopri.encodestring(letter("reminder", "2026-087", D("2027-01-11 09:00")).encode())
    human = """Este es el sistema de entrega de correo del servidor smtp.martinestudio.es.

No se ha podido entregar su mensaje a uno o más destinatarios. Se trata de un error permanente; no se volverá a intentar el envío.

<pagos@tallerdeideas.es>: host mx1.tallerdeideas.es[185.42.104.17] dijo: 550 5.1.1
    <pagos@tallerdeideas.es>: Recipient address rejected: User unknown in virtual
    mailbox table (en respuesta a RCPT TO)

Si necesita ayuda, responda a este mensaje incluyendo este informe o contacte con soporte de su proveedor de alojamiento.
"""
    status = """Reporting-MTA: dns; smtp.martinestudio.es
X-Postfix-Queue-ID: 4Y7kQ21XgZz9sWn
X-Postfix-Sender: rfc822; lucia@martinestudio.es
Arrival-Date: Mon, 11 Jan 2027 09:00:04 +0100 (CET)

Final-Recipient: rfc822; pagos@tallerdeideas.es
Original-Recipient: rfc822;pagos@tallerdeideas.es
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tallerdeideas.es
Diagnostic-Code: smtp; 550 5.1.1 <pagos@tallerdeideas.es>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    part = multipart("report", [text_part(human, cte="8bit", extra="Content-Description: Notification\n"),
                                b"Content-Type: message/delivery-status\nContent-Description: Delivery report\n\n"
                                + status.encode(),
                                b"Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n" + orig],
                     extra_params="; report-type=delivery-status")
    mail("Servidor de correo martinestudio", ("Mail Delivery System", "MAILER-DAEMON@smtp.martinestudio.es"),
         L["addr"], "Mensaje no entregado: devuelto al remitente", "2027-01-11 09:01", part,
         dict(kind="bounce", failed_recipient="pagos@tallerdeideas.es", permanent=True,
              note="Postfix DSN from a Spanish hosting with a Spanish human-readable part: 550 5.1.1 user unknown."),
         headers=[("Auto-Submitted", "auto-replied")])

    inv("DF-2026-127", "diego", "Hispano Lingua Servicios SL", "admin@hispanolingua.es", "1.378,00 €",
        "2026-12-10", "2027-01-09")
    orig_id = msgid("remDF-2026-1272027-01-14 09:00", "ferrertraduce.com")
    human = """La entrega se ha retrasado a estos destinatarios o grupos:

admin@hispanolingua.es (admin@hispanolingua.es)

Asunto: Re: Factura DF-2026-127

Esta es solo una notificación de estado de entrega. No tiene que hacer nada. El servidor seguirá intentando entregar este mensaje durante los siguientes 1 días, 19 horas y 54 minutos. Se le notificará si el mensaje no se puede entregar en ese plazo.

Información de diagnóstico para administradores:

Servidor de generación: AM9PR08MB6241.eurprd08.prod.outlook.com
Receptor: admin@hispanolingua.es
Servidor remoto: mail.hispanolingua.es
Motivo: 451 4.4.0 Primary target IP address responded with: "421 4.3.2 Service not available, closing transmission channel." Attempted failover to alternate host, but that did not succeed."""
    status = f"""Reporting-MTA: dns;AM9PR08MB6241.eurprd08.prod.outlook.com
Received-From-MTA: dns;AM9PR08MB6241.eurprd08.prod.outlook.com
Arrival-Date: Thu, 14 Jan 2027 08:00:12 +0000

Final-Recipient: rfc822;admin@hispanolingua.es
Action: delayed
Status: 4.4.0
Diagnostic-Code: smtp;451 4.4.0 Primary target IP address responded with: "421 4.3.2 Service not available, closing transmission channel."
Will-Retry-Until: Sat, 16 Jan 2027 08:00:12 +0000
X-Display-Name: admin@hispanolingua.es
"""
    hdrs = (f"From: Diego Ferrer <diego@ferrertraduce.com>\nTo: Hispano Lingua Servicios SL <admin@hispanolingua.es>\n"
            f"Subject: Re: Factura DF-2026-127\nDate: Thu, 14 Jan 2027 09:00:11 +0100\nMessage-ID: {orig_id}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")
    part = multipart("report", [
        multipart("alternative", [text_part(human), text_part(
            "<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">La entrega se ha retrasado a estos "
            "destinatarios o grupos:</font></b></p><p><a href=\"mailto:admin@hispanolingua.es\">admin@hispanolingua.es"
            "</a></p><p>Asunto: Re: Factura DF-2026-127</p><p>Esta es solo una notificación de estado de entrega. No "
            "tiene que hacer nada. El servidor seguirá intentando entregar este mensaje durante los siguientes 1 días, "
            "19 horas y 54 minutos.</p></body></html>\n", sub="html")]),
        b"Content-Type: message/delivery-status\n\n" + status.encode(),
        b"Content-Type: text/rfc822-headers\n\n" + hdrs.encode()],
        extra_params="; report-type=delivery-status")
    mail("Microsoft 365 (ferrertraduce)",
         ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ferrertraduce.com"),
         D_["addr"], "Retrasado: Re: Factura DF-2026-127", ("2027-01-14 12:06", "utc"), part,
         dict(kind="bounce", failed_recipient="admin@hispanolingua.es", permanent=False,
              note="Exchange Online delay DSN in Spanish (Action: delayed, 4.4.0): temporary."),
         headers=[("Auto-Submitted", "auto-replied"), ("Thread-Topic", "Factura DF-2026-127"),
                  ("X-MS-Exchange-Message-Is-Ndr", "")])

    # ------------------------------------------------------------------------------------ other
    txt = """FACe - Punto General de Entrada de Facturas Electrónicas

Estimado/a proveedor/a:

Le informamos de que se ha producido un cambio de estado en la siguiente factura:

Número de registro: 2026/00123871
Número de factura: 2026-064
Serie: 
Importe: 2.650,00 €
Destinatario: AYUNTAMIENTO DE VALDEMORALES DE LA SIERRA (L01281234)

Estado anterior: 1300 - Registrada en RCF
Estado actual: 2400 - Contabilizada la obligación reconocida
Fecha del cambio: 10/12/2026 11:42:07

Puede consultar el estado de sus facturas en https://face.gob.es

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
Ministerio de Hacienda - Secretaría General de Administración Digital"""
    mail("FACe", ("FACe - Punto General de Entrada de Facturas Electrónicas", "no-reply@face.gob.es"),
         L["addr"], "FACe - Cambio de estado de la factura 2026-064", "2026-12-10 11:42",
         text_part(txt, cs="iso-8859-1", cte="quoted-printable"),
         dict(kind="other", reference="2026-064",
              note="E-invoicing portal status change (obligation recognised, not paid): other."),
         headers=[("Auto-Submitted", "auto-generated")])

    html = bank_html("Has enviado un Bizum", [("Para", "Sara López"), ("Importe", "-25,00 €"),
                                              ("Concepto", "cena jueves 🍕"), ("Fecha", "21/01/2027")],
                     "Banco Bilbao Vizcaya Argentaria, S.A. No respondas a este correo.", color="#072146")
    mail("BBVA", ("BBVA", "bbva@comunicaciones.bbva.es"), M["addr"], "Has enviado un Bizum de 25,00 €",
         "2027-01-21 22:14", text_part(html, sub="html", cte="base64"),
         dict(kind="other", amount="25.00",
              note="Outgoing Bizum to a friend (money out): not a payment notification."))

    txt = """Autónomos Hoy · Boletín n.º 214

VeriFactu 2027: lo que cambia en tus facturas a partir del 1 de julio

Hola, Lucía:

Este mes te contamos todo lo que necesitas saber sobre el nuevo sistema de facturación verificable: qué programas están homologados, si te afecta si facturas con Excel y cómo evitar las sanciones de hasta 50.000 euros.

Además:
- Cuota de autónomos 2027: tabla de tramos por rendimientos netos.
- Modelo 130 del cuarto trimestre: plazos y casillas que más errores generan.
- Cómo reclamar una factura impagada sin perder al cliente (y cuándo usar el monitorio).

Leer el boletín completo: https://autonomoshoy.es/boletin/214

Recibes este correo porque te suscribiste en autonomoshoy.es. Darse de baja: https://autonomoshoy.es/baja?u=8d2f91"""
    mail("Autónomos Hoy", ("Autónomos Hoy", "boletin@autonomoshoy.es"), L["addr"],
         "VeriFactu 2027: lo que cambia en tus facturas 📄", "2027-02-03 07:30",
         multipart("alternative", [text_part(txt), text_part(gmail_html(txt), sub="html")]),
         dict(kind="other", note="Newsletter about invoicing and unpaid invoices: other."),
         headers=[("List-Unsubscribe", "<https://autonomoshoy.es/baja?u=8d2f91>"), ("Precedence", "bulk")])


if __name__ == "__main__":
    messages()
    write_all()
    ok = check()
    sys.exit(0 if ok else 1)
