#!/usr/bin/env python3
"""round12-es: Spanish-language (Spain + Latin America) replies to mailduns invoices and reminders.

Generates r12e-NNNN.eml and labels.toml in this directory. Python 3.11, stdlib only.
Every message body below is written by hand; only the MIME plumbing, the HTML skeletons and the
quoted reminders (rendered from the shape of templates/es/*.txt.j2) are generated.

Run:  python3 make.py
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import json
import os
import quopri
import random
import uuid
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r12e"

# --------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)
# --------------------------------------------------------------------------------------------
OWN = {
    # Madrid, graphic design. Invoices 2026-0NN.
    "L": dict(name="Lucía Martín", addr="lucia@martinestudio.es", full="Lucía Martín Gómez",
              iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", tz="Europe/Madrid",
              inv_subj="Factura {n} - Lucía Martín Estudio"),
    # Barcelona, photographer. Invoices F-2026-1NN.
    "J": dict(name="Jordi Puig Serra", addr="jordi@puigserra.cat", full="Jordi Puig Serra",
              iban="ES47 0081 0216 7100 0198 2451", bic="BSABESBBXXX", tz="Europe/Madrid",
              inv_subj="Factura {n} · Jordi Puig Fotografia"),
    # Bilbao, web developer. Invoices IE-2026-0NN.
    "I": dict(name="Iker Etxeberria", addr="iker@etxeberria.dev", full="Iker Etxeberria Arana",
              iban="ES62 2095 0611 0091 1234 5678", bic="BASKES2BXXX", tz="Europe/Madrid",
              inv_subj="Factura {n}"),
    # Valencia, translator with clients in Spain and Latin America. Invoices VS-26-0NN.
    "V": dict(name="Valeria Sánchez Ortiz", addr="valeria@vstraducciones.com", full="Valeria Sánchez Ortiz",
              iban="ES12 1465 0100 9120 3344 5566", bic="INGDESMMXXX", tz="Europe/Madrid",
              inv_subj="Factura {n} (traducción)", link="https://wise.com/pay/me/valerias"),
    # Vigo, illustrator. Invoices MV-2026-0NN.
    "M": dict(name="Marta Vidal Rey", addr="marta@martavidal.gal", full="Marta Vidal Rey",
              iban="ES05 2103 2500 1100 3145 9273", bic="UCJAES2MXXX", tz="Europe/Madrid",
              inv_subj="Factura {n} - ilustración"),
    # Ciudad de México, UX designer. Invoices (CFDI folio) F-0NNN, in MXN.
    "D": dict(name="Daniela Ortega", addr="daniela@ortegaux.mx", full="Daniela Ortega Ruiz",
              iban=None, tz="America/Mexico_City", inv_subj="Factura {n} - Daniela Ortega UX",
              details="transferencia SPEI a la CLABE 012180001534278916 (BBVA México), a nombre de "
                      "Daniela Ortega Ruiz, indicando el folio de la factura"),
}

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIA3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def T(s, tz="Europe/Madrid"):
    """'2026-11-16 09:02' (+ seconds optional) in zone tz -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(tz))


def larga(d):
    if isinstance(d, str):
        d = dt.date.fromisoformat(d)
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def eur(x, sym="€"):
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{s} {sym}"


def mxn(x):
    return f"${x:,.2f} MXN"


# --------------------------------------------------------------------------------------------
# The reminders mailduns sends (shape of templates/es/*.txt.j2), to be quoted by the replies
# --------------------------------------------------------------------------------------------
def pay_block(o, num):
    ow = OWN[o]
    if ow.get("iban"):
        lines = ["Datos para el pago:", f"- beneficiario: {ow['full']}", f"- IBAN: {ow['iban']}",
                 f"- BIC: {ow['bic']}", f"- concepto: Factura {num}"]
        if ow.get("link"):
            lines.append(f"- pago en línea: {ow['link']}")
        return "\n".join(lines)
    return f"Datos para el pago: {ow['details']}."


class Q:
    """A mailduns message (reminder or invoice) that a reply quotes."""

    def __init__(self, o, kind, num, amount, due, sent, salut="Estimados señores:", to=None,
                 issue=None, days_late=None, deadline=None, suspension=None, promise=None,
                 claim=None, fees=None, invoices=None, total=None, subject=None, topic=None):
        self.o, self.ow = o, OWN[o]
        self.num = num
        self.date = T(sent, self.ow["tz"]) if isinstance(sent, str) else sent
        self.to = to
        dom = self.ow["addr"].split("@")[1]
        h = hashlib.sha1(f"{o}{num}{sent}{kind}".encode()).hexdigest()
        self.msgid = f"<mailduns.{self.date.strftime('%Y%m%d%H%M%S')}.{h[:10]}@{dom}>"
        self.inv_msgid = f"<{h[10:26]}.{num.replace('/', '-')}@{dom}>"
        inv_subj = self.ow["inv_subj"].format(n=num)
        if topic:
            inv_subj = f"{inv_subj} ({topic})" if "(" not in inv_subj else inv_subj
        pb = pay_block(o, num)
        own = self.ow["name"]
        a = f" de {amount}" if amount else ""
        if kind == "invoice":
            self.subject = subject or inv_subj
            self.text = (f"{salut}\n\nAdjunto la factura n.º {num}{a}, con vencimiento el {larga(due)}."
                         f"\n\n{pb}\n\nMuchas gracias por confiar en mi trabajo.\n\nUn saludo,\n{own}")
        elif kind == "courtesy":
            self.subject = subject or f"Recordatorio: factura n.º {num}"
            iss = f", emitida el {larga(issue)}," if issue else ""
            self.text = (f"{salut}\n\nUn breve recordatorio: la factura n.º {num}{a}{iss} vence el {larga(due)}."
                         f"\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer nada más."
                         f"\n\n{pb}\n\nPara cualquier duda, basta con responder a este correo.\n\n"
                         f"Un cordial saludo,\n{own}")
        elif kind == "due":
            self.subject = subject or f"Re: {inv_subj}"
            if days_late:
                first = (f"La factura n.º {num}{a} venció el {larga(due)} y, según mis registros, el pago aún "
                         f"no consta. Agradecería que se tramitara en los próximos días.")
            else:
                first = f"La factura n.º {num}{a} vence hoy, {larga(due)}."
            self.text = (f"{salut}\n\n{first}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario "
                         f"hacer nada más.\n\n{pb}\n\nPara cualquier duda, basta con responder a este correo.\n\n"
                         f"Un cordial saludo,\n{own}")
        elif kind == "reminder":
            self.subject = subject or f"Re: {inv_subj}"
            self.text = (f"{salut}\n\nRevisando mis cuentas, veo que la factura n.º {num}{a}, vencida el "
                         f"{larga(due)}, sigue pendiente de pago. Seguramente se trata de un simple descuido; "
                         f"agradecería que el pago se realizara en cuanto sea posible.\n\n"
                         f"Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder "
                         f"indicando la fecha de la transferencia, para que pueda actualizar mis registros. "
                         f"Si hay algún problema con la factura, podemos aclararlo por esta misma vía.\n\n"
                         f"{pb}\n\nUn cordial saludo,\n{own}")
        elif kind == "late_fee":
            self.subject = subject or f"Factura n.º {num}: pago pendiente"
            dl = f", hace {days_late} días," if days_late and days_late > 1 else ""
            fee = ""
            if fees:
                fee = ("\n\nAl tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de "
                       "diciembre, por la que se establecen medidas de lucha contra la morosidad en las "
                       "operaciones comerciales (Directiva 2011/7/UE). Desde el día siguiente al vencimiento, "
                       "la deuda devenga automáticamente intereses de demora al tipo legal: el tipo del Banco "
                       "Central Europeo para sus operaciones principales de financiación más ocho puntos "
                       "porcentuales, actualmente el 10,15 % anual (arts. 5 y 7). A la deuda se añade, además, "
                       "una cantidad fija de 40,00 € en concepto de indemnización por costes de cobro (art. 8)."
                       "\n\nA día de hoy, el importe adeudado es el siguiente:\n"
                       + "\n".join(f"- {x}" for x in fees[0]))
                tot = f" de {fees[1]}"
            else:
                tot = a
            self.text = (f"{salut}\n\nLa factura n.º {num}{a} venció el {larga(due)}{dl} y sigue pendiente de "
                         f"pago.{fee}\n\nRuego que el pago{tot} se realice a más tardar el {larga(deadline)}. Si ya "
                         f"está en curso, muchas gracias: basta con responder indicando la fecha de la "
                         f"transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar "
                         f"una solución por esta misma vía.\n\n{pb}\n\nUn cordial saludo,\n{own}")
        elif kind == "suspension":
            self.subject = subject or f"Factura n.º {num} pendiente"
            self.text = (f"{salut}\n\nVuelvo a ponerme en contacto en relación con la factura n.º {num}{a}, "
                         f"vencida el {larga(due)} y todavía pendiente de pago.\n\nSi para el {larga(deadline)} "
                         f"no se ha recibido el pago{a}, a partir del {larga(suspension)} podría verme en la "
                         f"necesidad de suspender los trabajos en curso y la prestación de los servicios "
                         f"contratados hasta que se regularice la situación. Si existe alguna dificultad (por "
                         f"ejemplo, si es necesario fraccionar el pago), basta con responder a este correo y "
                         f"buscaremos una solución.\n\n{pb}\n\nUn cordial saludo,\n{own}")
        elif kind == "final":
            self.subject = subject or f"Requerimiento de pago de la factura n.º {num}"
            self.text = (f"{salut}\n\nLa factura n.º {num}, emitida el {larga(issue)}, venció el {larga(due)} y, "
                         f"pese a los recordatorios enviados anteriormente, sigue pendiente de pago por un importe "
                         f"de {amount}.\n\nPor la presente, y a los efectos del artículo 1100 del Código Civil, "
                         f"requiero formalmente el pago de {amount} a más tardar el {larga(deadline)}.\n\n"
                         f"Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es "
                         f"también una invitación formal a negociar una solución, a los efectos de la Ley Orgánica "
                         f"1/2025, de 2 de enero, de medidas en materia de eficiencia del Servicio Público de "
                         f"Justicia: si existe algún motivo para el retraso, alguna discrepancia con la factura o "
                         f"la necesidad de un calendario de pagos, basta con responder a este correo.\n\n"
                         f"Si para el {larga(deadline)} no se ha recibido el pago ni hemos llegado a un acuerdo, "
                         f"tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el "
                         f"procedimiento monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha "
                         f"realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese "
                         f"caso, basta una breve respuesta con la fecha de la transferencia.\n\n{pb}\n\n"
                         f"Atentamente,\n{own}")
        elif kind == "promise_followup":
            self.subject = subject or f"Re: {inv_subj}"
            if promise:
                first = (f"Según su último mensaje, el pago de la factura n.º {num}{a} se realizaría a más tardar "
                         f"el {larga(promise)}; gracias de nuevo por la información.")
            else:
                first = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {num}{a}, vencida "
                         f"el {larga(due)}.")
            self.text = (f"{salut}\n\n{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha "
                         f"realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. "
                         f"Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.\n\n"
                         f"{pb}\n\nUn cordial saludo,\n{own}")
        elif kind == "paid_claim_followup":
            self.subject = subject or f"Re: {inv_subj}"
            cl = f" el {larga(claim)}" if claim else ""
            self.text = (f"{salut}\n\nMuchas gracias por comunicarme{cl} que la factura n.º {num}{a} ya está "
                         f"pagada.\n\nSin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces "
                         f"una transferencia tarda unos días más en llegar, o puede haberse enviado a otros datos "
                         f"bancarios. Para poder localizarla, me sería de gran ayuda conocer la fecha de ejecución "
                         f"y la referencia de la transferencia, o recibir el justificante.\n\n"
                         f"Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese "
                         f"caso no es necesario hacer nada más. Gracias por su colaboración.\n\n"
                         f"Un cordial saludo,\n{own}")
        elif kind == "statement":
            self.subject = subject or "Facturas pendientes"
            lines = "\n".join(f"- n.º {n}, del {larga(i)}, vencida el {larga(d)} ({dl} días de retraso): {am}"
                              for (n, i, d, dl, am) in invoices)
            self.text = (f"{salut}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes "
                         f"facturas:\n\n{lines}\n\nTotal a pagar: {total}\n\nRuego que el pago de estas facturas "
                         f"se realice a más tardar el {larga(deadline)}. Si alguna de ellas ya está pagada, muchas "
                         f"gracias: basta con responder indicando cuáles y la fecha de la transferencia, para que "
                         f"pueda actualizar mis registros. Si hay algún problema con alguna factura, podemos "
                         f"aclararlo por esta misma vía.\n\nLos datos para el pago figuran en las facturas, en los "
                         f"mensajes con los que se enviaron.\n\nUn cordial saludo,\n{own}")
        else:
            raise ValueError(kind)


# --------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------
def fmt_addr_plain(name, addr):
    return f"{name} <{addr}>" if name else addr


def attribution(style, q):
    d = q.date
    own = q.ow["name"]
    addr = q.ow["addr"]
    if style == "gmail":
        return f"El {DIA3[d.weekday()]}, {d.day} {MES3[d.month-1]} {d.year} a las {d.hour}:{d.minute:02d}, {own} (<{addr}>) escribió:"
    if style == "apple":
        return f"El {d.day} {MES3[d.month-1]} {d.year}, a las {d.hour}:{d.minute:02d}, {own} <{addr}> escribió:"
    if style == "tbird":
        return f"El {d.day:02d}/{d.month:02d}/{d.year} a las {d.hour}:{d.minute:02d}, {own} escribió:"
    if style == "latam_gmail":  # Gmail with es-419 locale
        return f"El {DIA3[d.weekday()]}, {d.day} {MES3[d.month-1]} {d.year} a la(s) {d.hour}:{d.minute:02d}, {own} (<{addr}>) escribió:"
    raise ValueError(style)


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def outlook_header(q, to_disp, old=False, android=False):
    d = q.date
    when = f"{DIAS[d.weekday()]}, {d.day} de {MESES[d.month-1]} de {d.year} {d.hour}:{d.minute:02d}"
    own, addr = q.ow["name"], q.ow["addr"]
    if android:
        return (f"-------- Mensaje original --------\nDe: {own} <{addr}>\n"
                f"Fecha: {d.day:02d}/{d.month:02d}/{d.year % 100:02d} {d.hour}:{d.minute:02d} (GMT{d.strftime('%z')[:3]}:00)\n"
                f"A: {to_disp}\nAsunto: {q.subject}\n")
    if old:
        return (f"-----Mensaje original-----\nDe: {own} [mailto:{addr}]\nEnviado el: {when}\n"
                f"Para: {to_disp}\nAsunto: {q.subject}\n")
    return (f"________________________________\nDe: {own} <{addr}>\nEnviado: {when}\n"
            f"Para: {to_disp}\nAsunto: {q.subject}\n")


def plain_with_quote(body, q, style, to_disp):
    if q is None or style == "none":
        return body
    if style in ("gmail", "apple", "tbird", "latam_gmail"):
        sep = "\n\n" if style == "apple" else "\n"
        return f"{body}\n\n{attribution(style, q)}{sep}{quote_gt(q.text)}\n"
    if style == "bottom":  # bottom-posting under a > quote
        return f"{attribution('tbird', q)}\n{quote_gt(q.text)}\n\n{body}"
    if style == "outlook":
        return f"{body}\n\n{outlook_header(q, to_disp)}\n{q.text}\n"
    if style == "outlook_old":
        return f"{body}\n\n{outlook_header(q, to_disp, old=True)}\n{q.text}\n"
    if style == "android":
        return f"{body}\n\n\n{outlook_header(q, to_disp, android=True)}\n{q.text}\n"
    raise ValueError(style)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras_html(text, p_tag="div", cls=None):
    out = []
    for para in text.split("\n\n"):
        inner = "<br>\n".join(esc(l) for l in para.split("\n"))
        c = f' class="{cls}"' if cls else ""
        out.append(f"<{p_tag}{c}>{inner}</{p_tag}>")
    return ("\n<div><br></div>\n" if p_tag == "div" else "\n").join(out)


def html_with_quote(body, q, style, to_disp):
    """HTML rendering of a reply (Gmail-, Outlook- or Apple-like)."""
    if style in ("outlook", "outlook_old", "outlook_html"):
        b = paras_html(body, "p", "MsoNormal")
        quote = ""
        if q is not None:
            d = q.date
            when = f"{DIAS[d.weekday()]}, {d.day} de {MESES[d.month-1]} de {d.year} {d.hour}:{d.minute:02d}"
            quote = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                     f'<p class="MsoNormal"><b>De:</b> {esc(q.ow["name"])} &lt;{q.ow["addr"]}&gt; <br>\n'
                     f'<b>Enviado el:</b> {when}<br>\n<b>Para:</b> {esc(to_disp)}<br>\n'
                     f'<b>Asunto:</b> {esc(q.subject)}</p>\n</div>\n'
                     f'<p class="MsoNormal">&nbsp;</p>\n{paras_html(q.text, "p", "MsoNormal")}\n')
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n<body lang="ES" link="#0563C1" '
                'vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                f'{b}\n<p class="MsoNormal">&nbsp;</p>\n{quote}</div>\n</body>\n</html>\n')
    if style == "apple":
        b = paras_html(body)
        quote = ""
        if q is not None:
            quote = (f'<div><br><blockquote type="cite"><div>{esc(attribution("apple", q))}</div><br>'
                     f'<div><div>{paras_html(q.text)}</div></div></blockquote></div>')
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body dir="auto">{b}{quote}</body></html>\n')
    # gmail-like (default)
    b = paras_html(body)
    quote = ""
    if q is not None and style != "none":
        st = "latam_gmail" if style == "latam_gmail" else "gmail"
        quote = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attribution(st, q))}<br></div>'
                 f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 f'rgb(204,204,204);padding-left:1ex">{paras_html(q.text)}</blockquote></div>')
    return f'<div dir="ltr">{b}</div>{quote}\n'


# --------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

    def bytes(self):
        h = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def encode_body(text, charset, cte, codec=None):
    data = text.encode(codec or charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if cte == "base64":
        return base64.encodebytes(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def textpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, fmt_flowed=False):
    ct = f"text/{subtype}; charset=\"{charset}\""
    if fmt_flowed:
        ct = f"text/{subtype}; charset={charset}; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)],
                encode_body(text, charset, cte, codec))


def attachment(filename, ctype, data, inline=False):
    try:
        filename.encode("ascii")
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        fn = f"filename*=utf-8''{quote(filename)}"
        nm = f'name="{Header(filename, "utf-8").encode()}"'
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f"{ctype}; {nm}"), ("Content-Disposition", f"{disp}; {fn}"),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


_bcount = [0]


def boundary(tag="b"):
    _bcount[0] += 1
    h = hashlib.md5(f"{tag}{_bcount[0]}".encode()).hexdigest()
    return {"g": f"000000000000{h[:12]}", "o": f"_000_{h[:8].upper()}{h[8:16].upper()}_",
            "a": f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}",
            "b": f"----=_Part_{_bcount[0]}_{int(h[:8], 16)}.{int(h[8:16], 16)}"}.get(tag, f"=_{h}")


def multipart(subtype, parts, tag="b", params="", preamble=None):
    b = boundary(tag)
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += f"--{b}\n".encode() + p.bytes() + b"\n"
    out += f"--{b}--\n".encode()
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{b}"{params}')], out)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{a}>"


# Fake but parseable attachments
PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def fake_pdf(title):
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            b"% " + title.encode("latin-1", "replace") + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def msgid_for(mailer, rnd, domain):
    r = lambda n, alph="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789": "".join(
        rnd.choice(alph) for _ in range(n))
    if mailer in ("gmail", "android", "latam_gmail"):
        return f"<CA{r(2)}{r(36)}{r(6)}@mail.gmail.com>"
    if mailer in ("outlook", "outlook_old", "outlook_html"):
        p = rnd.choice(["AM0PR04", "DB9PR08", "PAXPR10", "VI1PR02", "AS8PR07", "MR1P264"])
        return f"<{p}MB{rnd.randint(1000, 9999)}{r(8, '0123456789ABCDEF')}{r(12, '0123456789ABCDEF')}@{p}MB{rnd.randint(1000,9999)}.eurprd0{rnd.randint(1,9)}.prod.outlook.com>"
    if mailer == "apple":
        return f"<{str(uuid.UUID(int=rnd.getrandbits(128))).upper()}@{domain}>"
    if mailer == "yahoo":
        return f"<{rnd.randint(10**8, 10**9)}.{rnd.randint(10**6, 10**7)}@mail.yahoo.com>"
    return f"<{r(24, '0123456789abcdef')}@{domain}>"


MAILER_HEADERS = {
    "apple": [("X-Mailer", "iPhone Mail (22C152)")],
    "apple_mac": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "tbird": [("User-Agent", "Mozilla Thunderbird")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "es-ES"),
                ("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook_old": [("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AdtKc3Qm8u2TfZp1RkS1cW0bAaE3Ow=="),
                    ("Content-Language", "es")],
    "outlook_html": [("Content-Language", "es-ES"), ("X-MS-Exchange-Organization-SCL", "-1")],
    "android": [],
    "gmail": [],
    "latam_gmail": [],
    "yahoo": [("X-Mailer", "WebService/1.1.23040 YMailNorrin")],
}

MESSAGES = []  # filled below, in order; each item: (bytes_builder, label)


def reply(kind, *, frm, date, subj, body, q=None, style="gmail", tz="Europe/Madrid", to=None, cc=None,
          fmt="plain", charset="utf-8", cte="quoted-printable", codec=None, att=(), mailer=None,
          extra=(), facts=None, note="", to_disp=None, in_reply_to=True, html_body=None, flowed=False,
          owner=None):
    """A human reply. body = the hand-written text (signature included)."""
    MESSAGES.append(dict(type="reply", kind=kind, frm=frm, date=date, subj=subj, body=body, q=q, style=style,
                         tz=tz, to=to, cc=cc, fmt=fmt, charset=charset, cte=cte, codec=codec, att=list(att),
                         mailer=mailer or ({"outlook_old": "outlook_old", "apple": "apple", "bottom": "tbird",
                                            "tbird": "tbird", "outlook": "outlook", "android": "android",
                                            "latam_gmail": "latam_gmail"}.get(style, "gmail")),
                         extra=list(extra), facts=facts or {}, note=note, to_disp=to_disp,
                         in_reply_to=in_reply_to, html_body=html_body, flowed=flowed, owner=owner))


def raw(kind, build, facts=None, note=""):
    """A machine message; build(rnd) -> bytes of the full message."""
    MESSAGES.append(dict(type="raw", kind=kind, build=build, facts=facts or {}, note=note))


def build_reply(m, rnd):
    name, a = m["frm"]
    q = m["q"]
    tz = m["tz"]
    d = T(m["date"], tz)
    owner = q.ow if q else OWN[m.get("owner") or "L"]
    to = m["to"] or [(owner["name"], owner["addr"])]
    to_disp = m["to_disp"] or (f"{name} <{a}>" if not q or not q.to else q.to)
    body_plain = plain_with_quote(m["body"], q, m["style"], to_disp)
    domain = a.split("@")[1]
    mailer = m["mailer"]
    cs = m["charset"]
    if m["fmt"] == "plain":
        content = textpart(body_plain, "plain", cs, m["cte"], m["codec"], fmt_flowed=m["flowed"])
    else:
        h = m["html_body"] or html_with_quote(m["body"], q if m["style"] != "none" else None,
                                              "outlook_html" if m["style"].startswith("outlook") else m["style"],
                                              to_disp)
        if cs != "utf-8":
            h = h.replace("charset=utf-8", f"charset={cs}")
        hp = textpart(h, "html", cs, m["cte"], m["codec"])
        if m["fmt"] == "html":
            content = hp
        else:
            content = multipart("alternative", [textpart(body_plain, "plain", cs, m["cte"], m["codec"]), hp],
                                "o" if mailer.startswith("outlook") else ("a" if mailer == "apple" else "g"))
    if m["att"]:
        atts = [attachment(fn, ct, data) for (fn, ct, data) in m["att"]]
        content = multipart("mixed", [content] + atts,
                            "o" if mailer.startswith("outlook") else ("a" if mailer == "apple" else "g"))
    H = []
    H.append(("Date", format_datetime(d)))
    H.append(("From", addr(name, a, "iso-8859-1" if cs in ("iso-8859-1", "windows-1252") else "utf-8")))
    H.append(("To", ", ".join(addr(n, x) for n, x in to)))
    if m["cc"]:
        H.append(("Cc", ", ".join(addr(n, x) for n, x in m["cc"])))
    H.append(("Subject", hdr(m["subj"], "iso-8859-1" if cs in ("iso-8859-1", "windows-1252") else "utf-8")))
    H.append(("Message-ID", msgid_for(mailer, rnd, domain)))
    if q is not None and m["in_reply_to"]:
        H.append(("In-Reply-To", q.msgid))
        H.append(("References", f"{q.inv_msgid} {q.msgid}"))
    H.append(("MIME-Version", "1.0"))
    H.extend(MAILER_HEADERS.get(mailer, []))
    if mailer.startswith("outlook"):
        H.append(("Thread-Topic", hdr(m["subj"].split(":", 1)[-1].strip())))
    H.extend(m["extra"])
    top = "".join(f"{k}: {v}\n" for k, v in H).encode("ascii")
    return top + content.bytes()


# ============================================================================================
# Lucía Martín (Madrid, diseño gráfico) — invoices 2026-0NN
# ============================================================================================
L = ("Lucía Martín", "lucia@martinestudio.es")

# gestoría writing for the client: transfer ordered today, net of IRPF
reply("client-reply-paid",
      frm=("Mercedes Arrieta | Gestoría Arrieta", "mercedes@gestoriaarrieta.es"),
      cc=[("Panadería Hermanos Gil", "administracion@panaderiagil.es")],
      date="2026-12-02 10:41", subj="RE: Re: Factura 2026-041 - Lucía Martín Estudio",
      q=Q("L", "reminder", "2026-041", eur(1060), "2026-11-25", "2026-12-01 09:00",
          to="Panadería Hermanos Gil <administracion@panaderiagil.es>"),
      style="outlook_old", charset="iso-8859-1", codec="cp1252",
      body="""Buenos días, Sra. Martín:

Le escribo desde Gestoría Arrieta, que lleva la contabilidad y los pagos a proveedores de Panadería Hermanos Gil, S.L.

Le comunicamos que con fecha de hoy se ha ordenado la transferencia correspondiente a su factura n.º 2026-041, por importe de 1.060,00 € (base imponible 1.000,00 € + IVA 21 % – retención IRPF 15 %), a la cuenta que figura en la factura. Según nuestra entidad, el abono debería reflejarse en su cuenta en 24-48 horas.

Disculpe el retraso: la factura nos llegó después del cierre de la remesa de noviembre.

Reciba un cordial saludo,

Mercedes Arrieta Lasa
Gestoría Arrieta & Asociados
C/ Mayor, 14, 2.º B · 28801 Alcalá de Henares (Madrid)
Tel. 918 82 43 17 · www.gestoriaarrieta.es

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Gestoría Arrieta & Asociados. Si usted no es el destinatario final, por favor, elimínelo e infórmenos por esta vía. De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la LO 3/2018 (LOPDGDD), le informamos de que sus datos serán tratados con la finalidad de gestionar la relación profesional. Puede ejercer sus derechos en lopd@gestoriaarrieta.es.""",
      facts=dict(amount="1060.00", reference="2026-041"),
      note="Gestoría writing on behalf of the client; 'se ha ordenado la transferencia' today = paid; amount is the net sum after IRPF. Outlook cp1252 bytes declared iso-8859-1 (en dash).")

# bar owner, one-liner from Android, no accents
reply("client-reply-paid",
      frm=("Paco Rincon", "barelrincondepaco@gmail.com"),
      date="2026-11-20 23:52", subj="Re: Re: Factura 2026-043 - Lucía Martín Estudio",
      q=Q("L", "due", "2026-043", eur(363), "2026-11-19", "2026-11-20 09:00",
          salut="Buenos días, Francisco Rincón:", days_late=1),
      style="gmail", cte="8bit",
      body="""lucia ya ta pagao lo de los menus, te lo hice esta tarde antes de abrir. si no te llega me dices

un abrazo guapa

Enviado desde mi Galaxy""",
      note="Bar owner, late night, no accents/punctuation, 'ya ta pagao' = paid. No amount stated.")

# apologetic client, long, pays net of retention
reply("client-reply-paid",
      frm=("Rebeca Nieto", "rebeca.nieto.psicologia@gmail.com"),
      date="2026-12-09 13:17", subj="Re: Recordatorio: factura n.º 2026-047",
      q=Q("L", "reminder", "2026-047", eur(726.10), "2026-11-30", "2026-12-09 09:00",
          salut="Buenos días, Rebeca Nieto:", subject="Recordatorio: factura n.º 2026-047"),
      style="gmail",
      body="""Lucía, ¡mil perdones!

Me da una vergüenza tremenda. Con el traslado de la consulta a la calle Ibiza se me ha pasado absolutamente todo: las facturas, los correos, hasta la revisión del coche. No es excusa, lo sé, y encima con lo bien que quedó el logo y las tarjetas (ya me han preguntado tres pacientes quién me las había hecho, les he dado tu contacto).

Acabo de hacer la transferencia ahora mismo desde la app: 726,10 €, la 2026-047, ya con la retención descontada como me explicaste. Si ves que falta algo dímelo y lo completo sin problema.

Gracias por la paciencia, de verdad.
Un abrazo,
Rebeca

--
Rebeca Nieto Sanz
Psicóloga sanitaria · Col. M-31877""",
      facts=dict(amount="726.10", reference="2026-047"),
      note="Apologetic voice, long chat; payment made 'ahora mismo'. Amount and reference in her own text.")

# influencer manager: paid from the agency's account
reply("client-reply-paid",
      frm=("Alba Cuesta · Brillo Talent", "alba@brillotalent.com"),
      date="2026-11-27 18:05", subj="Re: Factura 2026-044 - Lucía Martín Estudio",
      q=Q("L", "due", "2026-044", eur(484), "2026-11-26", "2026-11-27 09:00",
          salut="Buenos días, Sara Molina:", days_late=1,
          to="Sara Molina <hola@saraviajaconmigo.com>"),
      style="apple", mailer="apple",
      body="""Holaaa Lucía!! 😊

Te escribo de parte de Sara (@saraviajaconmigo), que me ha reenviado tu correo porque los pagos los llevamos desde la agencia.

La factura de las plantillas de stories de noviembre ya está pagada, salió ayer. Te lo comento porque la hicimos desde la cuenta de la agencia, así que en el banco te aparecerá como BRILLO TALENT SL y no a nombre de Sara, ¡que no te vuelvas loca buscándolo!

Para las siguientes, si puedes, ponme a mí en copia directamente y así no se pierden 🙏

Un besazo,
Alba

Alba Cuesta
Talent Manager | Brillo Talent
@brillotalent""",
      note="Influencer's manager answers for the client; 'ya está pagada, salió ayer' = paid; warns the payer name differs. Apple Mail quoting.")

# forwarded bank receipt from the client's bank
reply("client-reply-paid",
      frm=("Ferretería Lozano", "ferreterialozano@telefonica.net"),
      date="2026-12-15 11:26", subj="RV: Justificante de transferencia",
      q=None, style="none", charset="iso-8859-1", codec="cp1252", mailer="outlook_old",
      body="""Aquí lo tienes Lucía, perdona que no te contesté antes.

Un saludo
Fernando Lozano
Ferretería Hnos. Lozano - Getafe

-----Mensaje original-----
De: BBVA [mailto:avisos@bbva.es]
Enviado el: lunes, 14 de diciembre de 2026 17:02
Para: ferreterialozano@telefonica.net
Asunto: Justificante de transferencia

JUSTIFICANTE DE TRANSFERENCIA

Fecha de la operación: 14/12/2026
Cuenta de cargo: ES15 0182 **** **** **** 4471
Ordenante: FERRETERIA HNOS LOZANO SL
Beneficiario: LUCIA MARTIN GOMEZ
Cuenta de abono: ES91 2100 **** **** **** 1332
Importe: 1.331,00 EUR
Concepto: FACTURA 2026-052
Tipo de transferencia: SEPA ordinaria
Referencia: 2026121400371184

Este documento se emite a efectos informativos.
BBVA · Banco Bilbao Vizcaya Argentaria, S.A.""",
      extra=[("In-Reply-To", "<mailduns.20261211090000.a41c2e0b9d@martinestudio.es>")],
      facts=dict(amount="1331.00", reference="2026-052"),
      note="Client forwards the outgoing-transfer receipt from HIS bank with 'Aquí lo tienes' — a client reply (paid), not a bank notice to the freelancer. New subject (RV:), In-Reply-To only.")

# paid + question about Facturae
reply("client-reply-paid",
      frm=("Clínica Dental Sonrisas - Administración", "admin@clinicasonrisas.es"),
      date="2026-12-04 09:33", subj="RE: Recordatorio: factura n.º 2026-045",
      q=Q("L", "courtesy", "2026-045", eur(848), "2026-12-05", "2026-12-01 09:00", issue="2026-11-05",
          salut="Estimados señores:"),
      style="outlook",
      body="""Hola Lucía:

Pagado el 3 de diciembre, ayer.

Una cosa: ¿nos la podrías mandar también en formato Facturae (XML)? Lo pide nuestra gestoría para el registro de facturas recibidas. Si no es posible no pasa nada, con el PDF nos apañamos.

Gracias.

Beatriz Salas
Administración
Clínica Dental Sonrisas
C/ Alcalá 211 · 28028 Madrid

Antes de imprimir este mensaje, piense si es necesario. Proteger el medio ambiente está en nuestras manos.""",
      note="Paid + an unrelated document question: paid wins. 'el 3 de diciembre' is the payment date, not a promise.")

# HTML-only Outlook, two invoices in one transfer
reply("client-reply-paid",
      frm=("Cuentas a Pagar - Grupo Editorial Alcor", "proveedores@grupoalcor.es"),
      to=[L], cc=[("Irene Palacios", "ipalacios@grupoalcor.es")],
      date="2026-11-13 12:48", subj="RE: Facturas pendientes",
      q=Q("L", "statement", "2026-038", None, None, "2026-11-12 09:00",
          invoices=[("2026-038", "2026-09-30", "2026-10-30", 13, eur(1060)),
                    ("2026-042", "2026-10-09", "2026-11-08", 4, eur(1060))],
          total=eur(2120), deadline="2026-11-20", subject="Facturas pendientes"),
      style="outlook", fmt="html", mailer="outlook_html",
      body="""Estimada Lucía:

Le confirmamos que el pago de sus facturas 2026-038 y 2026-042 se ha incluido en la transferencia emitida hoy por un importe total de 2.120,00 €.

En el concepto figurará únicamente nuestro número de remesa (REM-2611-07); le rogamos disculpe las molestias que pueda ocasionarle para la conciliación.

Atentamente,

Departamento de Cuentas a Pagar
Grupo Editorial Alcor, S.A.
Paseo de la Castellana 93, 28046 Madrid

Este mensaje se dirige exclusivamente a su destinatario y puede contener información privilegiada o confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida en virtud de la legislación vigente.""",
      facts=dict(amount="2120.00"),
      note="HTML-only Outlook reply to a statement: both invoices paid in one transfer (total amount). Two invoice numbers, so no single reference.")

# reply to a paid-claim follow-up: resends details of the transfer
reply("client-reply-paid",
      frm=("Pablo Ribas", "pablo@ribasarquitectura.com"),
      date="2026-12-18 16:10", subj="Re: Factura 2026-039 - Lucía Martín Estudio",
      q=Q("L", "paid_claim_followup", "2026-039", eur(1590), "2026-11-20", "2026-12-18 09:00",
          salut="Buenos días, Pablo Ribas:", claim="2026-12-11"),
      style="apple", mailer="apple_mac",
      body="""Hola Lucía,

Qué raro. Te paso los datos: la transferencia se hizo el 11/12 desde Sabadell a la cuenta que termina en 1332, concepto "FRA 2026-039", 1.590,00 €. Te adjunto el justificante por si te sirve para reclamar a tu banco.

Dime si sigue sin aparecer y lo miro con ellos.

Pablo

Ribas Arquitectura
Calle Fuencarral 77, 3º · Madrid""",
      att=[("Justificante_transferencia_11122026.pdf", "application/pdf", fake_pdf("Justificante 2026-039"))],
      facts=dict(amount="1590.00", reference="2026-039"),
      note="Answer to mailduns' 'your payment hasn't arrived' letter: restates that it was paid on 11/12 with receipt attached = paid.")

# forwarded internally, treasury says done
reply("client-reply-paid",
      frm=("Javier Olmedo", "j.olmedo@farmaplus.es"),
      date="2027-01-29 17:44", subj="RV: Pago proveedores enero",
      q=None, style="none", mailer="outlook",
      body="""Lucía, te reenvío lo que me contestan desde Tesorería. Entiendo que con esto ya estaría lo tuyo, si no me dices.

Saludos,
Javier

________________________________
De: Tesorería Farmaplus <tesoreria@farmaplus.es>
Enviado: viernes, 29 de enero de 2027 16:58
Para: Javier Olmedo <j.olmedo@farmaplus.es>
Asunto: RE: Pago proveedores enero

Javier, transferencias de proveedores de enero realizadas hoy, incluida MARTIN GOMEZ LUCIA (fra. 2026-060). Llegarán el lunes como tarde.

Un saludo,
Tesorería

________________________________
De: Javier Olmedo <j.olmedo@farmaplus.es>
Enviado: viernes, 29 de enero de 2027 10:12
Para: Tesorería Farmaplus <tesoreria@farmaplus.es>
Asunto: Pago proveedores enero

Hola, ¿me confirmáis si la factura de la diseñadora (Lucía Martín) entra en el pago de hoy? Me está llegando recordatorio.

Gracias""",
      extra=[("In-Reply-To", "<mailduns.20270127090000.77ab01c3de@martinestudio.es>"),
             ("References", "<mailduns.20270127090000.77ab01c3de@martinestudio.es>")],
      facts=dict(reference="2026-060"),
      note="Client forwards an internal treasury thread: 'transferencias realizadas hoy, incluida ...' = paid. Reference appears in the forwarded treasury text (the client's side), not in a reminder.")

# promise: el viernes
reply("client-reply-promise",
      frm=("Academia Babel", "secretaria@academiababel.es"),
      date="2026-11-18 10:02", subj="Re: Re: Factura 2026-048 - Lucía Martín Estudio",
      q=Q("L", "due", "2026-048", eur(530), "2026-11-17", "2026-11-18 09:00", days_late=1),
      style="gmail",
      body="""Buenos días Lucía,

Perdona, la directora está de viaje y es la única que puede firmar las transferencias. Vuelve mañana por la noche, así que te lo pagamos el viernes.

Un saludo,
Carmen
Secretaría - Academia de Idiomas Babel""",
      facts=dict(promised_date="2026-11-20"),
      note="'el viernes' from Wednesday 18 Nov -> Friday 20 Nov.")

# promise: el lunes 11
reply("client-reply-promise",
      frm=("Ecotienda La Huerta", "lahuerta.ecotienda@hotmail.com"),
      date="2027-01-07 19:21", subj="RE: Factura n.º 2026-054: pago pendiente",
      q=Q("L", "late_fee", "2026-054", eur(318), "2026-12-20", "2027-01-07 09:00", days_late=18,
          deadline="2027-01-14", salut="Buenos días, Nuria Campos:"),
      style="outlook", mailer="outlook",
      body="""Hola Lucía, tienes razón, con las navidades y la campaña de cestas no he mirado nada de papeles.

Te lo ingreso el lunes 11, que es cuando vuelvo a pasar por el banco (sigo haciendo las cosas en ventanilla, ya ves 🙈).

Nuria

Obtener Outlook para Android""",
      facts=dict(promised_date="2027-01-11"),
      note="'el lunes 11' from Thursday 7 Jan 2027 -> 2027-01-11.")

# promise: hoy mismo
reply("client-reply-promise",
      frm=("Inmobiliaria Puerta del Sol", "gestion@inmopuertadelsol.es"),
      date="2026-12-02 12:15", subj="Re: Recordatorio: factura n.º 2026-046",
      q=Q("L", "reminder", "2026-046", eur(424), "2026-11-28", "2026-12-02 09:00",
          subject="Recordatorio: factura n.º 2026-046"),
      style="gmail",
      body="""Hola Lucía, ahora mismo no tengo acceso al banco de la empresa, pero esta tarde cuando vuelva a la oficina te lo hago, hoy mismo sin falta.

Disculpa el retraso.
Álvaro""",
      facts=dict(promised_date="2026-12-02"),
      note="Will pay today ('hoy mismo') -> the Date's day.")

# two invoices: one paid, one promised -> promise
reply("client-reply-promise",
      frm=("Fundación Arte Joven", "administracion@fundacionartejoven.org"),
      date="2027-01-14 13:40", subj="RE: Facturas pendientes",
      q=Q("L", "statement", "2026-049", None, None, "2027-01-13 09:00",
          invoices=[("2026-049", "2026-11-20", "2026-12-20", 24, eur(954)),
                    ("2026-053", "2026-12-02", "2027-01-01", 12, eur(1908))],
          total=eur(2862), deadline="2027-01-22", subject="Facturas pendientes"),
      style="outlook", fmt="alt", mailer="outlook",
      body="""Buenos días, Lucía:

Te confirmo que la 2026-049 ya está pagada (salió el martes con la remesa de diciembre, que se retrasó por las fiestas).

La 2026-053 no ha entrado todavía porque necesita la firma del patronato; va en el pago del día 28.

Un saludo,

Marisa Domínguez
Administración · Fundación Arte Joven
www.fundacionartejoven.org

Por favor, considere el medio ambiente antes de imprimir este correo.""",
      facts=dict(reference="2026-053", promised_date="2027-01-28"),
      note="Two invoices: one paid, the other promised for 'el día 28' (14 Jan -> 28 Jan) = promise. Reference of the promised invoice.")

# university, vague promise
reply("client-reply-promise",
      frm=("Servicio de Gestión Económica - Universidad de Henares", "gestion.economica@uhenares.es"),
      date="2026-12-10 11:02", subj="RE: Re: Factura 2026-040 - Lucía Martín Estudio",
      q=Q("L", "reminder", "2026-040", eur(2650), "2026-11-30", "2026-12-09 09:00"),
      style="outlook_old", mailer="outlook_old",
      body="""Estimada Sra. Martín:

En relación con su factura n.º 2026-040, presentada a través de FACe con número de registro REGAGE26e00048213377, le informamos de que se encuentra conformada por la unidad tramitadora (Vicerrectorado de Comunicación) y actualmente en fase de fiscalización por la Intervención.

Una vez se dicte el reconocimiento de la obligación, se emitirá la correspondiente orden de pago y el abono se efectuará dentro del plazo legalmente establecido, mediante transferencia a la cuenta que consta en el Fichero de Terceros de esta Universidad.

Le rogamos que, para cualquier consulta, indique siempre el número de expediente (EXP. CM-2026/0412).

Atentamente,

Sección de Contabilidad y Pagos
Servicio de Gestión Económica
Universidad de Henares

Este correo electrónico y, en su caso, cualquier fichero anexo al mismo, contiene información de carácter confidencial exclusivamente dirigida a su destinatario o destinatarios. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita de la Universidad.""",
      facts=dict(reference="2026-040"),
      note="Public university, formal: invoice approved, payment will follow once the obligation is recognised, within the legal term -> promise without a date.")

# promise after a promise follow-up: el jueves
reply("client-reply-promise",
      frm=("Hugo | Malta Norte", "hugo@maltanorte.beer"),
      date="2027-02-16 20:31", subj="Re: Factura 2026-056 - Lucía Martín Estudio",
      q=Q("L", "promise_followup", "2026-056", eur(1484), "2027-01-31", "2027-02-16 09:00",
          salut="Buenos días, Hugo Ferrer:", promise="2027-02-12"),
      style="apple", mailer="apple",
      body="""Tienes toda la razón Lucía, se me pasó por completo, la semana pasada fue una locura con la feria de Barcelona.
Ahora sí: el jueves te lo hago, que el miércoles nos entra el pago del distribuidor.
Perdona de nuevo!

Enviado desde mi iPhone""",
      facts=dict(promised_date="2027-02-18"),
      note="Second promise after a broken one; 'el jueves' from Tuesday 16 Feb -> 18 Feb. 'el miércoles nos entra' is their own income, not the promise.")

# influencer manager: pay when the brand pays us (vague)
reply("client-reply-promise",
      frm=("Alba Cuesta · Brillo Talent", "alba@brillotalent.com"),
      date="2027-01-19 10:12", subj="Re: Recordatorio: factura n.º 2026-051",
      q=Q("L", "reminder", "2026-051", eur(968), "2027-01-10", "2027-01-19 09:00",
          salut="Buenos días, Sara Molina:", subject="Recordatorio: factura n.º 2026-051"),
      style="apple", mailer="apple",
      body="""Hola Lucía! Lo tengo controlado, no te preocupes 🙌

La campaña de Navidad con la marca de cosmética nos la pagan a 60 días, y hasta que no entra no podemos liberar pagos de esa campaña. En cuanto la marca nos pague te lo pasamos, eso seguro. Calculo que será a lo largo de febrero, pero no te quiero dar fecha porque luego se retrasan y quedo fatal.

Besos!
Alba""",
      note="Promise conditional on their own client paying; 'a lo largo de febrero' is vague -> no promised_date.")

# dispute: angry about the amount
reply("client-reply-dispute",
      frm=("REFORMAS JIMENEZ", "reformasjimenez1970@yahoo.es"),
      date="2027-01-12 08:14", subj="Re: Re: Factura 2026-057 - Lucía Martín Estudio",
      q=Q("L", "reminder", "2026-057", eur(1452), "2027-01-05", "2027-01-11 09:00",
          salut="Buenos días, Antonio Jiménez:"),
      style="gmail", mailer="yahoo",
      body="""Lucia

¿COMO QUE 1.452 EUROS? Quedamos por teléfono en 1.000 todo incluido, la web, el logo y las tarjetas. Lo dijiste tú, TODO INCLUIDO. Yo no voy a pagar 452 euros más porque ahora te acuerdes del IVA.

Me mandas una factura de 1.000 y te la pago ese mismo día. Esta no la pienso pagar.

Antonio Jiménez
Reformas Jiménez""",
      note="Angry client contests the amount (1000 'todo incluido' vs 1452 with VAT) and refuses this invoice. The conditional 'te la pago ese mismo día' is tied to a new invoice -> dispute, no promise.")

# dispute: partial payment, rest withheld until editable files delivered
reply("client-reply-dispute",
      frm=("Bodegas Valdehita", "comercial@bodegasvaldehita.com"),
      date="2027-01-20 17:03", subj="RE: Factura n.º 2026-058 pendiente",
      q=Q("L", "suspension", "2026-058", eur(1060), "2026-12-31", "2027-01-19 09:00",
          deadline="2027-01-29", suspension="2027-02-01"),
      style="outlook", mailer="outlook",
      body="""Lucía, buenas tardes:

Te he pagado hoy 500 €, que es lo que corresponde a lo entregado. El resto no te lo vamos a pagar hasta que nos mandes los archivos editables de las etiquetas (los .ai con las tintas separadas), que es lo que acordamos en el presupuesto y todavía no tenemos. Sin eso la imprenta no puede trabajar y estamos parados.

Cuando los tengamos pagamos el resto, no hay ningún problema con eso.

Ramón Valdehita
Bodegas Valdehita · D.O. Ribera del Duero""",
      facts=dict(amount="500.00"),
      note="Partial payment (500) + the rest withheld until a deliverable is provided = dispute.")

# dispute: bar owner, misprinted menus
reply("client-reply-dispute",
      frm=("Paco Rincon", "barelrincondepaco@gmail.com"),
      date="2027-01-16 16:48", subj="Re: Factura 2026-050 - Lucía Martín Estudio",
      q=Q("L", "due", "2026-050", eur(411.40), "2027-01-15", "2027-01-16 09:00",
          salut="Buenos días, Francisco Rincón:", days_late=1),
      style="gmail", cte="8bit",
      body="""Lucia mira lo de las cartas nuevas salio con el precio del menu del dia mal, pone 12,50 y es 13,50 y tuve que tirar 200 cartas, la imprenta dice que el archivo iba asi

el diseño te lo pago pero la impresion no te la pago que no es culpa mia. hazme otra factura sin la impresion

Paco

Enviado desde mi Galaxy""",
      note="Bar owner contests part of the invoice (printing) because of an error in the file and asks for a new invoice = dispute.")

# dispute: pays invoice but refuses the late fees
reply("client-reply-dispute",
      frm=("Autoescuela Rápida", "info@autoescuelarapida.es"),
      date="2026-12-22 13:55", subj="RE: Factura n.º 2026-036: pago pendiente",
      q=Q("L", "late_fee", "2026-036", eur(848), "2026-11-10", "2026-12-21 09:00", days_late=41,
          deadline="2026-12-31",
          fees=(["Factura n.º 2026-036: 848,00 €", "Intereses de demora (10,15 % anual, 41 días): 9,67 €",
                 "Indemnización por costes de cobro: 40,00 €", "Total: 897,67 €"], "897,67 €")),
      style="outlook", mailer="outlook",
      body="""Lucía:

Te he transferido hoy los 848 € de la factura. Lo de los intereses y los 40 € de "indemnización" ni de broma, eso no lo hablamos nunca y no te los voy a pagar. Somos una autoescuela de barrio, no una multinacional.

Si vas a seguir por ahí, dímelo y buscamos otro diseñador para la campaña de verano.

José Manuel
Autoescuela Rápida""",
      facts=dict(amount="848.00"),
      note="Invoice paid but refuses the statutory interest and 40 EUR compensation claimed in the reminder -> dispute of the rest (precedence dispute > paid).")

# dispute: influencer manager, campaign cancelled half way
reply("client-reply-dispute",
      frm=("Alba Cuesta · Brillo Talent", "alba@brillotalent.com"),
      date="2027-02-09 12:20", subj="Re: Factura 2026-055 - Lucía Martín Estudio",
      q=Q("L", "due", "2026-055", eur(1210), "2027-02-08", "2027-02-09 09:00",
          salut="Buenos días, Sara Molina:", days_late=1),
      style="apple", mailer="apple",
      body="""Hola Lucía,

Te escribo por la factura de la colaboración con la marca de zapatillas. Como sabes la campaña se canceló a mitad (la marca rompió con Sara en enero, bastante feo todo) y solo llegaste a hacer la mitad de las piezas.

Entendemos que corresponde la mitad. Si te parece, anula esta y mándanos una nueva por 605 € y la pagamos esa misma semana.

Un beso y perdona el lío
Alba""",
      note="Manager says only half is due and asks to cancel and reissue for 605 = dispute (the promise is conditional on a new invoice). 605 is a proposal, not an accepted payment of this invoice.")

# other: received, passing it to accounting
reply("client-reply-other",
      frm=("Clínica Dental Sonrisas - Recepción", "recepcion@clinicasonrisas.es"),
      date="2027-01-26 10:05", subj="RE: Recordatorio: factura n.º 2026-061",
      q=Q("L", "courtesy", "2026-061", eur(212), "2027-01-30", "2027-01-26 09:00", issue="2026-12-31"),
      style="outlook", mailer="outlook",
      body="""Recibido, gracias. Se lo paso a Beatriz de administración, que es quien lleva los pagos.

Un saludo,
Recepción Clínica Dental Sonrisas""",
      note="Acknowledgement + forwarded internally; no payment claim or promise.")

# other: IBAN question
reply("client-reply-other",
      frm=("Asesoría Legal Mendoza", "contabilidad@mendozaabogados.es"),
      date="2026-11-24 09:47", subj="RE: Re: Factura 2026-042 - Lucía Martín Estudio",
      q=Q("L", "due", "2026-042", eur(636), "2026-11-23", "2026-11-24 09:00", days_late=1),
      style="outlook_old", mailer="outlook_old", charset="windows-1252", cte="quoted-printable",
      body="""Buenos días, Lucía:

Antes de tramitar el pago quería confirmar una cosa: en este recordatorio aparece un IBAN que termina en 1332, pero en la ficha de proveedor tenemos otro (ES76 0049 ... 8812, Santander). ¿Has cambiado de banco? Te lo pregunto porque últimamente nos están llegando correos fraudulentos con cambios de cuenta y tenemos instrucciones de confirmarlo siempre por teléfono.

¿Me puedes llamar al 91 435 22 10 cuando puedas? Pregunta por Elena.

Gracias,
Elena Ruiz
Contabilidad · Mendoza Abogados

Este mensaje es confidencial y está dirigido únicamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.""",
      note="Question about a changed IBAN before paying (fraud check); neither paid nor promised. windows-1252 QP.")

# other: influencer manager, will get back after talking to the brand
reply("client-reply-other",
      frm=("Alba Cuesta · Brillo Talent", "alba@brillotalent.com"),
      date="2026-12-14 19:40", subj="Re: Recordatorio: factura n.º 2026-059",
      q=None, style="none", mailer="apple", in_reply_to=False,
      body="""Hola Lucía! Te he visto el correo, dame un par de días que tengo que hablar con la marca a ver qué te cuentan de lo suyo y te respondo con algo más concreto 😘

Alba""",
      extra=[("In-Reply-To", "<mailduns.20261214090000.5f0e9c1a22@martinestudio.es>"),
             ("References", "<mailduns.20261214090000.5f0e9c1a22@martinestudio.es>")],
      note="'I'll get back to you' — no promise to pay, no claim; not quoting, no reference in the body.")

# other: formal acknowledgement from an ayuntamiento
reply("client-reply-other",
      frm=("Registro General - Ayuntamiento de Villanueva del Pardillo", "registro@aytovillanuevadelpardillo.es"),
      date="2027-02-03 08:55", subj="Re: Factura n.º 2026-063",
      q=Q("L", "invoice", "2026-063", eur(3025), "2027-03-05", "2027-02-02 17:00",
          subject="Factura n.º 2026-063"),
      style="outlook_old", mailer="outlook_old", charset="iso-8859-1", codec="cp1252",
      body="""Acuso recibo.

Le recordamos que, de acuerdo con la Ley 25/2013, de impulso de la factura electrónica, las facturas de importe superior a 5.000 € dirigidas a este Ayuntamiento deben presentarse a través de FACe. Para importes inferiores puede seguir remitiéndolas a esta dirección.

Un saludo.
Registro General
Ayuntamiento""",
      note="Acknowledgement of receipt of the invoice itself (reply to the invoice mail, not a reminder) plus a FACe rule reminder; no payment info.")

# CaixaBank incoming transfer alert (Lucía)
def _caixa(rnd):
    d = T("2026-12-03 07:12:44")
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #ddd">
<tr><td style="background:#007eae;padding:14px;color:#fff;font-size:18px">CaixaBank</td></tr>
<tr><td style="padding:20px">
<p>Hola, LUCIA:</p>
<p>Te informamos de que has recibido una transferencia en tu cuenta <b>ES91 **** **** **** **** 1332</b>.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td>Ordenante:</td><td><b>PANADERIA HERMANOS GIL SL</b></td></tr>
<tr><td>Importe:</td><td><b>1.060,00 EUR</b></td></tr>
<tr><td>Concepto:</td><td>FRA 2026-041 GESTORIA ARRIETA</td></tr>
<tr><td>Fecha valor:</td><td>03/12/2026</td></tr>
</table>
<p>Puedes consultar el detalle del movimiento en CaixaBankNow.</p>
<p style="font-size:11px;color:#888">Este es un mensaje automático, por favor no respondas a este correo. CaixaBank nunca te pedirá tus claves por correo electrónico.</p>
</td></tr></table></body></html>
"""
    text = """Hola, LUCIA:

Te informamos de que has recibido una transferencia en tu cuenta ES91 **** **** **** **** 1332.

Ordenante: PANADERIA HERMANOS GIL SL
Importe: 1.060,00 EUR
Concepto: FRA 2026-041 GESTORIA ARRIETA
Fecha valor: 03/12/2026

Puedes consultar el detalle del movimiento en CaixaBankNow.

Este es un mensaje automático, por favor no respondas a este correo.
"""
    body = multipart("alternative", [textpart(text), textpart(html, "html")])
    top = (f"Date: {format_datetime(d)}\nFrom: CaixaBank <notificaciones@caixabank.com>\n"
           f"To: lucia@martinestudio.es\nSubject: {hdr('Has recibido una transferencia')}\n"
           f"Message-ID: <{rnd.getrandbits(64):x}.alertas@caixabank.com>\nMIME-Version: 1.0\n"
           f"Auto-Submitted: auto-generated\n")
    return top.encode() + body.bytes()


raw("payment-notification", _caixa, facts=dict(amount="1060.00", reference="2026-041"),
    note="CaixaBank incoming transfer alert, HTML+text; concept carries the invoice number.")


# ============================================================================================
# Jordi Puig Serra (Barcelona, fotografia) — invoices F-2026-1NN
# ============================================================================================

# ajuntament: treasury paid (formal, Catalan headings)
reply("client-reply-paid",
      frm=("Tresoreria - Ajuntament de Castellnou del Vallès", "tresoreria@castellnouvalles.cat"),
      date="2026-12-21 12:37", subj="RE: Factura F-2026-118 · Jordi Puig Fotografia",
      q=Q("J", "reminder", "F-2026-118", eur(1590), "2026-12-10", "2026-12-17 09:00",
          subject="Re: Factura F-2026-118 · Jordi Puig Fotografia"),
      style="outlook", fmt="alt", mailer="outlook",
      body="""Benvolgut senyor, estimado señor:

En relación con su factura F-2026-118 (registro FACe 2026/000871, expediente 2026/CULT/0342), le comunicamos que, una vez aprobado el reconocimiento de la obligación por Decreto de Alcaldía de 11 de diciembre, la Tesorería municipal ha materializado el pago el día 18/12/2026 mediante transferencia bancaria a la cuenta que consta en el fichero de terceros, por un importe líquido de 1.590,00 € (deducida la retención del IRPF).

Atentament / Atentamente,

Àrea d'Hisenda i Tresoreria
Ajuntament de Castellnou del Vallès
Plaça de la Vila, 1 · 08XXX Castellnou del Vallès

Aquest missatge s'adreça exclusivament al seu destinatari i pot contenir informació confidencial. Este mensaje se dirige exclusivamente a su destinatario y puede contener información confidencial.""",
      facts=dict(amount="1590.00", reference="F-2026-118"),
      note="Public body, formal (obligation recognised, payment 'materializado' on 18/12 by the Treasury) = paid, net of IRPF. Catalan/Spanish bilingual signature.")

# ajuntament: must go through FACe (other)
reply("client-reply-other",
      frm=("Núria Vendrell", "nvendrell@castellnouvalles.cat"),
      date="2026-11-16 13:20", subj="RE: Recordatorio: factura n.º F-2026-114",
      q=Q("J", "reminder", "F-2026-114", eur(636), "2026-11-09", "2026-11-16 09:00",
          subject="Recordatorio: factura n.º F-2026-114"),
      style="outlook", mailer="outlook",
      body="""Bon dia Jordi,

He recibido el recordatorio, pero la factura no nos consta en el registro porque la enviaste por correo electrónico. Desde 2015 el Ayuntamiento solo puede tramitar facturas electrónicas presentadas a través de FACe (face.gob.es); las que llegan por email no entran en contabilidad.

Cuando la subas, estos son los códigos DIR3 que te pedirá:
- Oficina contable: L01089991
- Órgano gestor: L01089991
- Unidad tramitadora: LA0019876 (Àrea de Cultura)

Una vez registrada ya sigue el circuito normal. Perdona el lío, a todos los proveedores nuevos les pasa.

Salut,
Núria Vendrell Costa
Tècnica de Cultura
Ajuntament de Castellnou del Vallès""",
      note="Municipal officer explains the invoice must be filed through FACe with DIR3 codes; no dispute of the amount, no promise -> other (an action needed).")

# Catalan touches: paid last Friday, please check
reply("client-reply-paid",
      frm=("Montse · Floristeria Les Roses", "floristerialesroses@gmail.com"),
      date="2026-11-23 10:18", subj="Re: Re: Factura F-2026-117 · Jordi Puig Fotografia",
      q=Q("J", "reminder", "F-2026-117", eur(847), "2026-11-15", "2026-11-23 09:00",
          salut="Buenos días, Montserrat Bosch:"),
      style="gmail",
      body="""Bon dia Jordi!!

Ya está, te lo pagamos el viernes pasado, los 847 €. ¿Puede ser que no te haya llegado aún? Compruébalo y me dices, ¿vale? Si no, miro con el banco.

Gràcies per tot, les fotos de la botiga han quedat precioses 🌷

Montse""",
      facts=dict(amount="847.00"),
      note="Paid last week + asks to check = paid. Catalan greeting/closing.")

# accounts dept: paid in the remittance of the 15th
reply("client-reply-paid",
      frm=("Comptabilitat Hotel Miramar", "comptabilitat@hotelmiramarsitges.com"),
      date="2026-12-17 09:12", subj="Re: Re: Factura F-2026-121 · Jordi Puig Fotografia",
      q=Q("J", "due", "F-2026-121", eur(2226), "2026-12-15", "2026-12-16 09:00", days_late=1),
      style="tbird", mailer="tbird",
      body="""Buenos días,

Os confirmamos que la factura F-2026-121 se pagó en la remesa del día 15. Debería estar ya en vuestra cuenta o llegar hoy.

Saludos,

Dpto. Contabilidad
Hotel Miramar Sitges ****""",
      facts=dict(reference="F-2026-121"),
      note="Accounts dept: 'se pagó en la remesa del día 15' = paid (past), not a promise of a date.")

# long chatty mail, one sentence matters
reply("client-reply-paid",
      frm=("Xavier Ferrer", "xferrer@velallatina.cat"),
      date="2027-01-21 15:58", subj="Re: Factura F-2026-126 · Jordi Puig Fotografia",
      q=Q("J", "reminder", "F-2026-126", eur(1166), "2027-01-12", "2027-01-20 09:00",
          salut="Buenos días, Xavier Ferrer:"),
      style="gmail",
      body="""Hola Jordi,

¿Qué tal el viaje a Lisboa? Vi las fotos en Instagram, la del tranvía 28 al atardecer es brutal, ya me dirás si la tienes en alta por si la usamos para la guía de Portugal que sacamos en otoño.

Te escribo por otra cosa: la editorial ha aprobado por fin el libro de masías del Empordà. Serían unas 40 localizaciones, la mayoría en primavera (abril-mayo, por la luz y los campos verdes). Queremos cerrar presupuesto antes de finales de febrero. ¿Te va bien que nos veamos la semana que viene? Yo puedo martes o jueves por la mañana en la oficina de Gràcia.

Por cierto, lo de la factura ya está, lo hizo Montse el martes.

También te quería preguntar si conoces a algún retocador que trabaje bien con arquitectura, porque el último que usamos nos dejó las verticales fatal.

Una abraçada,
Xavier

--
Xavier Ferrer i Pons
Editor · Vela Llatina Edicions
www.velallatina.cat""",
      note="Long chatty mail about new work; one sentence says the invoice was paid on Tuesday = paid. 'la semana que viene' is about a meeting, not payment.")

# promise: demà / mañana
reply("client-reply-promise",
      frm=("Restaurant Can Fusté", "canfuste@restaurantcanfuste.com"),
      date="2026-11-26 16:40", subj="Re: Recordatorio: factura n.º F-2026-119",
      q=Q("J", "reminder", "F-2026-119", eur(424), "2026-11-20", "2026-11-26 09:00",
          subject="Recordatorio: factura n.º F-2026-119"),
      style="gmail",
      body="""Ostres Jordi, perdona! Te lo pago mañana, d'acord? Hoy tenemos un grupo de 60 y no paro.

Pere""",
      facts=dict(promised_date="2026-11-27"),
      note="'mañana' from Thursday 26 Nov -> 27 Nov. Catalan interjections.")

# promise: end of month
reply("client-reply-promise",
      frm=("Laura Soler | Dos Punts", "laura@agenciadospunts.com"),
      date="2026-11-12 11:06", subj="Re: Factura F-2026-116 · Jordi Puig Fotografia",
      q=Q("J", "courtesy", "F-2026-116", eur(1325), "2026-11-15", "2026-11-12 09:00", issue="2026-10-16",
          salut="Buenos días, Laura Soler:"),
      style="gmail",
      body="""Hola Jordi,

Gracias por el aviso. Este mes vamos un poco justos de tesorería porque el cliente de la campaña de Navidad nos paga tarde, así que lo tuyo irá a final de mes. ¿Te supone un problema? Si es así dímelo y lo intento adelantar.

Besos,
Laura

Laura Soler
Directora de cuentas · Dos Punts Comunicació
C/ Verdi 12 · 08012 Barcelona""",
      facts=dict(promised_date="2026-11-30"),
      note="'a final de mes' in a mail of 12 Nov -> 2026-11-30. Reply to the courtesy reminder before the due date.")

# half paid, rest at end of month -> promise
reply("client-reply-promise",
      frm=("Gemma Roca", "gemmaroca.interiorisme@gmail.com"),
      date="2026-12-14 21:03", subj="Re: Re: Factura F-2026-122 · Jordi Puig Fotografia",
      q=Q("J", "reminder", "F-2026-122", eur(1200), "2026-12-05", "2026-12-14 09:00",
          salut="Buenos días, Gemma Roca:"),
      style="apple", mailer="apple",
      body="""Hola Jordi,

Te he pagado la mitad, 600 €, esta tarde. Los otros 600 te los pago a final de mes, cuando me paguen a mí el proyecto de Pedralbes. Espero que te vaya bien así, si no dímelo y lo hablamos.

Un petó,
Gemma

Enviat des del meu iPhone""",
      facts=dict(amount="600.00", promised_date="2026-12-31"),
      note="Half paid now, the rest 'a final de mes' -> promise (partial paid + promise of the rest), 14 Dec -> 31 Dec. 600 is both the sum paid and the sum promised.")

# couple: not before the 28th
reply("client-reply-promise",
      frm=("Laia Martí", "laia.marti.c@gmail.com"),
      date="2027-02-15 22:47", subj="Re: Re: Factura F-2026-130 · Jordi Puig Fotografia",
      q=Q("J", "due", "F-2026-130", eur(1450), "2027-02-14", "2027-02-15 09:00",
          salut="Buenos días, Laia Martí:", days_late=1, subject="Re: Factura F-2026-130 · Jordi Puig Fotografia"),
      style="gmail",
      body="""Hola Jordi!

Perdónanos, entre el piso nuevo y todo lo de la boda vamos fatal este mes. No podemos antes del 28, que es cuando cobramos los dos. Ese día te lo hacemos, prometido.

El álbum es una pasada, mi madre lloró 😭❤️

Laia i Marc""",
      facts=dict(promised_date="2027-02-28"),
      note="'No podemos antes del 28' -> promise for 28 Feb 2027. Private couple (wedding photos).")

# Sunday mail: el lunes
reply("client-reply-promise",
      frm=("Oriol Camps", "oriol@campsarquitectes.cat"),
      date="2027-01-31 11:25", subj="Re: Recordatorio: factura n.º F-2026-127",
      q=Q("J", "reminder", "F-2026-127", eur(954), "2027-01-22", "2027-01-29 09:00",
          subject="Recordatorio: factura n.º F-2026-127", salut="Buenos días, Oriol Camps:"),
      style="android",
      body="""Jordi, lo vi el viernes y se me pasó contestarte. El lunes en cuanto llegue al despacho la paso, que desde el móvil no tengo acceso a la cuenta de empresa.

Salut

Enviado desde mi Android""",
      facts=dict(promised_date="2027-02-01"),
      note="Sent on Sunday 31 Jan; 'el lunes' -> Monday 1 Feb. Mentions 'el viernes' as past. Android-style original-message block.")

# dispute: wrong NIF, needs a corrective invoice
reply("client-reply-dispute",
      frm=("Administració Mobles Bonet", "administracio@moblesbonet.com"),
      date="2027-01-08 10:51", subj="RE: Factura F-2026-124 · Jordi Puig Fotografia",
      q=Q("J", "reminder", "F-2026-124", eur(1060), "2026-12-30", "2027-01-07 09:00"),
      style="outlook", mailer="outlook",
      body="""Hola Jordi,

La factura F-2026-124 no la podemos pagar tal como está: lleva los datos fiscales de la antigua sociedad (Mobles Bonet, S.A., A-08123456), que se extinguió en la fusión de septiembre. Ahora facturamos como Bonet Home Group, S.L., NIF B-67987654, calle Indústria 45, 08025 Barcelona.

Necesitamos que nos emitas una factura rectificativa anulando esta y una nueva con los datos correctos. En cuanto la tengamos entra en la siguiente remesa.

Gràcies,
Sílvia
Administració""",
      facts=dict(reference="F-2026-124"),
      note="Client refuses the invoice as issued (wrong legal entity/NIF) and asks for a rectificativa; payment only after reissue -> dispute.")

# dispute: gestoría on behalf of the client
reply("client-reply-dispute",
      frm=("Assessoria Gràcia", "laboral.fiscal@assessoriagracia.com"),
      cc=[("Moda Sant Gervasi", "info@modasantgervasi.com")],
      date="2027-01-13 12:02", subj="RE: Factura n.º F-2026-125 pendiente",
      q=Q("J", "suspension", "F-2026-125", eur(742), "2026-12-20", "2027-01-12 09:00",
          deadline="2027-01-22", suspension="2027-01-25",
          to="Moda Sant Gervasi <info@modasantgervasi.com>"),
      style="outlook_old", mailer="outlook_old", charset="iso-8859-1", codec="cp1252",
      body="""Sr. Puig:

Actuamos en nombre de nuestro cliente, Moda Sant Gervasi, S.L., que nos ha trasladado su comunicación.

Nuestro cliente nos manifiesta su disconformidad con la factura F-2026-125, por cuanto la sesión fotográfica del pasado 3 de diciembre fue cancelada con más de 48 horas de antelación, tal como prevén las condiciones del presupuesto aceptado, y no llegó a realizarse. En consecuencia, no procede su abono.

Le rogamos que proceda a su anulación mediante la correspondiente factura rectificativa.

Atentamente,

Departamento Fiscal
Assessoria Gràcia, S.L.P.

La información contenida en este mensaje es confidencial. Si no es vd. el destinatario, le rogamos que lo comunique al remitente y lo destruya. En cumplimiento del RGPD, le informamos de que sus datos forman parte de un tratamiento cuyo responsable es Assessoria Gràcia, S.L.P.""",
      facts=dict(reference="F-2026-125"),
      note="Gestoría on behalf of the client contests the invoice (service cancelled in time, not performed) and asks for cancellation = dispute.")

# dispute: angry, all caps, withholds until RAW files
reply("client-reply-dispute",
      frm=("Dani Vallès", "danivalles88@hotmail.com"),
      date="2027-02-04 00:13", subj="RE: Recordatorio: factura n.º F-2027-006",
      q=Q("J", "reminder", "F-2027-006", eur(390), "2027-01-28", "2027-02-03 09:00",
          subject="Recordatorio: factura n.º F-2027-006", salut="Buenos días, Daniel Vallès:"),
      style="outlook", mailer="outlook",
      body="""DEJA DE MANDARME CORREOS AUTOMATICOS.

YA TE DIJE POR WHATSAPP QUE NO VOY A PAGAR NADA HASTA QUE ME DES LOS ARCHIVOS RAW DE LA SESION, QUE SON MIOS, LOS PAGUE YO. 90 FOTOS EN JPG NO ES LO QUE ME DIJISTE.

CUANDO TENGA LOS RAW HABLAMOS.""",
      note="Angry client in caps withholds payment until deliverables he thinks are owed = dispute. Sent just after midnight.")

# other: new work, ignores the reminder
reply("client-reply-other",
      frm=("Anna Pujol - Marketing", "apujol@cosmeticanatura.es"),
      date="2026-12-03 09:40", subj="Re: Recordatorio: factura n.º F-2026-120",
      q=Q("J", "courtesy", "F-2026-120", eur(1908), "2026-12-07", "2026-12-03 09:00", issue="2026-11-07",
          subject="Recordatorio: factura n.º F-2026-120"),
      style="gmail",
      body="""¡Hola Jordi!

Aprovecho tu correo para preguntarte: estamos preparando el catálogo de primavera (unos 35 productos, bodegón sobre fondo de color + 4 ambientes con modelo). ¿Tendrías disponibilidad la segunda quincena de febrero? Si me dices que sí, te paso el briefing y nos mandas presupuesto.

¡Gracias!
Anna

Anna Pujol
Responsable de Marketing · Cosmética Natura""",
      note="Reply to a courtesy reminder that only talks about new work -> other.")

# other: the person in charge is on sick leave
reply("client-reply-other",
      frm=("Recepció Estudi Nadal", "recepcio@estudinadal.com"),
      date="2027-01-18 11:30", subj="RE: Re: Factura F-2026-123 · Jordi Puig Fotografia",
      q=Q("J", "reminder", "F-2026-123", eur(583), "2027-01-05", "2027-01-18 09:00"),
      style="outlook", mailer="outlook",
      body="""Buenos días Jordi,

La persona que lleva los pagos a proveedores (Rosa) está de baja desde Navidad y no sabemos aún cuándo vuelve. He dejado tu correo en su bandeja y se lo he comentado a Enric, a ver si lo puede mirar él.

Un saludo,
Recepción
Estudi Nadal Arquitectura""",
      note="Receptionist: the payer is on sick leave, forwarded internally; no promise to pay, no date -> other.")

# Sabadell incoming transfer
def _sabadell(rnd):
    d = T("2026-11-24 08:03:11")
    text = """Banco Sabadell

Aviso de transferencia recibida

Hola JORDI,

Te informamos de que se ha abonado una transferencia en tu cuenta ES47 **** **** **** **** 2451.

Importe: 847,00 EUR
Ordenante: BOSCH PARERA MONTSERRAT
Concepto: FLORISTERIA LES ROSES FACT JORDI
Fecha: 23/11/2026

Este es un servicio de alertas de Banco Sabadell. Para modificar la configuración de tus alertas accede a Banca Online > Configuración > Alertas.
No respondas a este mensaje, ha sido generado automáticamente.
"""
    body = textpart(text, "plain", "iso-8859-1", "quoted-printable")
    top = (f"Date: {format_datetime(d)}\nFrom: {addr('Banco Sabadell', 'alertas@bancsabadell.com')}\n"
           f"To: jordi@puigserra.cat\nSubject: {hdr('Alerta: transferencia recibida', 'iso-8859-1')}\n"
           f"Message-ID: <{rnd.getrandbits(72):x}@alertas.bancsabadell.com>\nMIME-Version: 1.0\n"
           f"X-Auto-Response-Suppress: All\n")
    return top.encode() + body.bytes()


raw("payment-notification", _sabadell, facts=dict(amount="847.00"),
    note="Sabadell incoming transfer alert, plain iso-8859-1 QP; ordering party is a person, concept has no invoice number.")


# bilingual out-of-office with a return day
def _ooo_cat(rnd):
    d = T("2026-12-23 09:00:07")
    text = """Bon dia,

Estic fora de l'oficina fins al 7 de gener. Durant aquests dies no revisaré el correu.
Per a temes urgents, podeu trucar al 93 415 88 20.

---

Buenos días:

Estaré fuera de la oficina hasta el 7 de enero. Durante estos días no revisaré el correo.
Para temas urgentes, pueden llamar al 93 415 88 20.

Bones festes! / ¡Felices fiestas!

Sílvia Bonet
Administració · Bonet Home Group
"""
    body = textpart(text)
    top = (f"Date: {format_datetime(d)}\nFrom: {addr('Sílvia Bonet', 'administracio@moblesbonet.com')}\n"
           f"To: jordi@puigserra.cat\nSubject: {hdr('Resposta automàtica: Recordatorio: factura n.º F-2026-124')}\n"
           f"Message-ID: <{rnd.getrandbits(80):x}@moblesbonet.com>\n"
           f"In-Reply-To: <mailduns.20261223090000.1be7a0c4d2@puigserra.cat>\n"
           f"Auto-Submitted: auto-replied\nX-Autoreply: yes\nPrecedence: bulk\nMIME-Version: 1.0\n")
    return top.encode() + body.bytes()


raw("auto-reply", _ooo_cat, facts=dict(return_date="2027-01-07"),
    note="Catalan/Spanish out-of-office, 'fins al / hasta el 7 de gener/enero' -> back 7 Jan. RFC 3834 headers.")


# ============================================================================================
# Iker Etxeberria (Bilbao, desarrollo web) — invoices IE-2026-0NN
# ============================================================================================

# construction company administrativa, receipt attached
reply("client-reply-paid",
      frm=("Nerea Goikoetxea - Construcciones Goikoa", "administracion@construccionesgoikoa.com"),
      date="2026-11-19 12:54", subj="Re: Re: Factura IE-2026-073",
      q=Q("I", "reminder", "IE-2026-073", eur(2120), "2026-11-10", "2026-11-18 09:00"),
      style="gmail",
      att=[("JUSTIFICANTE TRANSF IE-2026-073.pdf", "application/pdf", fake_pdf("Transferencia Kutxabank"))],
      body="""Buenos días Iker,

Te adjunto el justificante de la transferencia de la fra. 73. Perdona el retraso, estamos a tope con el cierre de las obras de Basauri y se me quedó en la bandeja.

Un saludo,

Nerea Goikoetxea
Administración
CONSTRUCCIONES GOIKOA, S.L.
Pol. Ind. Torrelarragoiti, P-7 · 48170 Zamudio (Bizkaia)
Tel. 944 52 11 80

Antes de imprimir este e-mail piense bien si es necesario hacerlo.""",
      facts=dict(reference="IE-2026-073"),
      note="Construction company admin sends the transfer receipt ('fra. 73' -> IE-2026-073). Attachment PDF.")

# one word + emoji
reply("client-reply-paid",
      frm=("Ander Urrutia", "ander@urrutiaeventos.com"),
      date="2026-12-11 18:22", subj="Re: Recordatorio: factura n.º IE-2026-084",
      q=Q("I", "reminder", "IE-2026-084", eur(742), "2026-12-01", "2026-12-11 09:00",
          subject="Recordatorio: factura n.º IE-2026-084", salut="Buenos días, Ander Urrutia:"),
      style="apple", mailer="apple",
      body="""Hecho ✅

Enviado desde mi iPhone""",
      note="One-word reply 'Hecho' with a check mark = paid.")

# net of IRPF explained
reply("client-reply-paid",
      frm=("Itsaso Larrañaga", "itsaso@larranagaabogados.eus"),
      date="2026-12-01 10:30", subj="RE: Factura IE-2026-080",
      q=Q("I", "due", "IE-2026-080", eur(1060), "2026-11-30", "2026-12-01 09:00", days_late=1,
          subject="Re: Factura IE-2026-080", salut="Buenos días, Itsaso Larrañaga:"),
      style="outlook", mailer="outlook",
      body="""Kaixo Iker:

Te hemos transferido esta mañana 1.060 €: los 1.000 de base más el IVA, menos la retención del 15 %, tal como viene en la factura. La retención la declaramos nosotros en el modelo 111 del trimestre, así que no te preocupes por eso.

Eskerrik asko por la nueva web, los compañeros están encantados.

Itsaso Larrañaga
Larrañaga Abogados · Bilbao""",
      facts=dict(amount="1060.00"),
      note="Paid this morning, explains the sum net of IRPF. Basque greeting.")

# paid to old account, question
reply("client-reply-paid",
      frm=("Koldo Mendia", "koldo.mendia@gmail.com"),
      date="2027-01-14 09:08", subj="Re: Re: Factura IE-2026-086",
      q=Q("I", "reminder", "IE-2026-086", eur(530), "2027-01-05", "2027-01-13 09:00",
          salut="Buenos días, Koldo Mendia:"),
      style="gmail",
      body="""Iker, lo pagué ayer por la tarde, pero ahora que veo los datos del correo creo que lo mandé a la cuenta antigua de Kutxabank que tenía guardada de lo de la otra web (la que terminaba en 4410). ¿Te llega igual o la tienes cerrada? Si me lo devuelven te lo vuelvo a hacer a la buena.

Koldo""",
      note="Paid yesterday + question whether the old account still works = paid (the 'te lo vuelvo a hacer' is conditional on a return).")

# Bizum for a small job
reply("client-reply-paid",
      frm=("Club de Remo Ondarroa", "clubremoondarroa@gmail.com"),
      date="2026-11-09 20:15", subj="Re: Factura IE-2026-071",
      q=Q("I", "invoice", "IE-2026-071", eur(150), "2026-11-30", "2026-11-06 11:00",
          subject="Factura IE-2026-071", salut="Buenos días, Jon Aldekoa:"),
      style="gmail",
      body="""Aupa Iker!

Te he hecho un Bizum de 150 € por lo de la web del club, que era poquita cosa y así no andamos con transferencias. Mírate a ver si te ha llegado.

Ondo izan!
Jon (tesorero del club)""",
      facts=dict(amount="150.00"),
      note="Client says he paid by Bizum (reply to the invoice mail itself). Basque touches.")

# construction company: remittance of the 25th
reply("client-reply-promise",
      frm=("Nerea Goikoetxea - Construcciones Goikoa", "administracion@construccionesgoikoa.com"),
      date="2027-01-12 13:03", subj="Re: Re: Factura IE-2026-088",
      q=Q("I", "due", "IE-2026-088", eur(3180), "2027-01-10", "2027-01-12 09:00", days_late=2),
      style="gmail",
      body="""Hola Iker,

Tu factura está aprobada por el jefe de obra, entra en la remesa del día 25 (pagamos a proveedores los días 10 y 25 y la del 10 ya estaba cerrada cuando llegó).

Un saludo,
Nerea
Administración - Construcciones Goikoa""",
      facts=dict(promised_date="2027-01-25"),
      note="'entra en la remesa del día 25' in a mail of 12 Jan -> 2027-01-25. 'los días 10 y 25' is their policy.")

# bar owner: when we get paid (vague)
reply("client-reply-promise",
      frm=("Txoko Zaharra", "txokozaharra.bilbao@gmail.com"),
      date="2026-12-29 17:35", subj="Re: Recordatorio: factura n.º IE-2026-085",
      q=Q("I", "reminder", "IE-2026-085", eur(290.40), "2026-12-20", "2026-12-29 09:00",
          subject="Recordatorio: factura n.º IE-2026-085", salut="Buenos días, Mikel Otxoa:"),
      style="gmail", cte="8bit",
      body="""Iker majo, no me he olvidao. Estamos esperando que nos paguen la cena de empresa de la ingeniería esa de Zorrotza, que fueron 80 cubiertos y todavía nada. Cuando cobremos eso te pago lo de la web, de verdad. No te lo quiero dejar a deber mucho tiempo

Mikel
Txoko Zaharra - Calle Somera""",
      note="Bar owner: will pay when his own customer pays -> promise, vague (no date).")

# pasado mañana
reply("client-reply-promise",
      frm=("Leire Arrizabalaga", "leire@arrizabalagashop.com"),
      date="2027-01-18 09:55", subj="Re: Re: Factura IE-2026-087",
      q=Q("I", "reminder", "IE-2026-087", eur(848), "2027-01-08", "2027-01-18 09:00",
          salut="Buenos días, Leire Arrizabalaga:"),
      style="gmail",
      body="""Buenos días Iker,

Perdona! Pasado mañana te lo hago, que hoy y mañana estoy en la feria de Intergift en Madrid y no llevo el token del banco.

Leire""",
      facts=dict(promised_date="2027-01-20"),
      note="'Pasado mañana' from Monday 18 Jan -> Wednesday 20 Jan.")

# después de Reyes (vague)
reply("client-reply-promise",
      frm=("Gorka · Surf School Mundaka", "info@mundakasurfschool.com"),
      date="2026-12-22 14:10", subj="Re: Factura IE-2026-083",
      q=Q("I", "due", "IE-2026-083", eur(636), "2026-12-21", "2026-12-22 09:00", days_late=1,
          subject="Re: Factura IE-2026-083", salut="Buenos días, Gorka Uribe:"),
      style="gmail",
      body="""Eup Iker, en invierno esto está muerto y la caja va justita. Te lo pago después de Reyes, cuando empiecen a entrar las reservas de los campamentos de Semana Santa. Zorionak!

Gorka""",
      note="'después de Reyes' is vague -> promise without date.")

# gestoría: before 31 January
reply("client-reply-promise",
      frm=("Asesoría Zabala", "contabilidad@asesoriazabala.eus"),
      date="2027-01-15 11:45", subj="RE: Factura n.º IE-2026-081: pago pendiente",
      q=Q("I", "late_fee", "IE-2026-081", eur(954), "2026-12-15", "2027-01-14 09:00", days_late=30,
          deadline="2027-01-24", to="Harategia Agirre <harategiaagirre@gmail.com>"),
      style="outlook", mailer="outlook", cc=[("Harategia Agirre", "harategiaagirre@gmail.com")],
      body="""Buenos días, Sr. Etxeberria:

Le escribimos como asesoría de Harategia Agirre (Carnicería Agirre), que nos ha remitido su correo.

Nuestro cliente nos indica que atenderá el pago de la factura IE-2026-081 antes del 31 de enero, una vez disponga de la liquidación de la campaña de Navidad. Le rogamos disculpe el retraso.

Atentamente,

Amaia Zabala
Asesoría Zabala · Durango""",
      facts=dict(reference="IE-2026-081", promised_date="2027-01-31"),
      note="Gestoría speaking for the client: 'antes del 31 de enero' -> by 2027-01-31. cc to the client.")

# angry but a promise (no date)
reply("client-reply-promise",
      frm=("Iñaki Bengoetxea", "ibengoetxea@bengoetxeaobras.com"),
      date="2027-02-08 07:48", subj="RE: Factura n.º IE-2026-089 pendiente",
      q=Q("I", "suspension", "IE-2026-089", eur(1325), "2027-01-15", "2027-02-05 09:00",
          deadline="2027-02-15", suspension="2027-02-16"),
      style="outlook", mailer="outlook",
      body="""Iker,

Ya te dije por teléfono que te iba a pagar. No hace falta que me mandes un correo automático cada semana, ni que me amenaces con cortarme la web, que llevamos cinco años trabajando juntos.

Te pago cuando cobre la certificación de la obra de Leioa, que el ayuntamiento va con tres meses de retraso. Punto.

Iñaki""",
      note="Angry tone but not contesting the invoice; promises to pay when he's paid -> promise, vague.")

# HTML Outlook: payment calendar 15 Feb
reply("client-reply-promise",
      frm=("Cuentas a pagar - Grupo Lantegi", "cuentasapagar@grupolantegi.com"),
      date="2027-01-29 16:20", subj="RE: Re: Factura IE-2027-003",
      q=Q("I", "due", "IE-2027-003", eur(4240), "2027-01-28", "2027-01-29 09:00", days_late=1),
      style="outlook", fmt="html", mailer="outlook_html",
      body="""Estimado proveedor:

En respuesta a su correo, le informamos de que la factura IE-2027-003 ha sido contabilizada y su pago está previsto para el 15 de febrero de 2027, de acuerdo con nuestro calendario de pagos (días 15 y 30 de cada mes, o siguiente día hábil).

Para cualquier consulta, indique siempre el número de proveedor (P-004417).

Un saludo,

Departamento de Cuentas a Pagar
Grupo Lantegi
Este mensaje ha sido generado por un usuario del Centro de Servicios Compartidos.""",
      facts=dict(reference="IE-2027-003", promised_date="2027-02-15"),
      note="Accounts payable (HTML only): payment scheduled for 15 Feb 2027 = promise with explicit date.")

# ayuntamiento: invoice rejected in FACe, amount does not match the award
reply("client-reply-dispute",
      frm=("Intervención - Ayuntamiento de Arteaga", "interbencioa@arteaga.eus"),
      date="2026-12-16 12:31", subj="RE: Re: Factura IE-2026-079",
      q=Q("I", "reminder", "IE-2026-079", eur(4840), "2026-12-05", "2026-12-15 09:00"),
      style="outlook_old", mailer="outlook_old", charset="iso-8859-1", codec="cp1252",
      body="""Egun on / Buenos días:

En relación con su factura IE-2026-079, le informamos de que ha sido rechazada en FACe con fecha 14/12/2026 por el siguiente motivo: el importe facturado (4.840,00 €) no se corresponde con el importe de adjudicación del contrato menor (expediente 2026/CM/117), que asciende a 3.993,00 € IVA incluido.

No es posible tramitar el reconocimiento de la obligación por un importe superior al adjudicado. Deberá presentar una nueva factura por el importe correcto a través de FACe.

Atentamente,

Kontu-hartzailetza / Intervención
Arteagako Udala / Ayuntamiento de Arteaga""",
      facts=dict(reference="IE-2026-079"),
      note="Municipal Intervención rejected the invoice in FACe because the amount exceeds the awarded contract -> dispute (wrong amount, re-issue required).")

# 50% until the contact form is fixed
reply("client-reply-dispute",
      frm=("Maite Olabarria", "maite@olabarriaetxeak.com"),
      date="2026-12-15 19:02", subj="Re: Recordatorio: factura n.º IE-2026-082",
      q=Q("I", "reminder", "IE-2026-082", eur(1060), "2026-12-05", "2026-12-15 09:00",
          subject="Recordatorio: factura n.º IE-2026-082", salut="Buenos días, Maite Olabarria:"),
      style="gmail",
      body="""Hola Iker,

Te he pagado hoy el 50 % (530 €). La otra mitad te la pagaremos cuando funcione el formulario de contacto, que sigue sin enviar nada: hemos perdido por lo menos tres solicitudes de presupuesto esta semana porque los clientes nos llaman diciendo que han rellenado el formulario y a nosotros no nos llega nada.

Te lo dije el día 2 por WhatsApp y sigue igual. Cuando esté arreglado y lo comprobemos, te pago el resto sin problema.

Maite
Olabarria Etxeak - Inmobiliaria""",
      facts=dict(amount="530.00"),
      note="Half paid, the other half withheld until a defect is fixed -> dispute (partial + dispute).")

# phase 2 not approved
reply("client-reply-dispute",
      frm=("Unai Garmendia", "unai.garmendia@txantxangorri.app"),
      date="2027-02-10 11:14", subj="Re: Re: Factura IE-2027-005",
      q=Q("I", "due", "IE-2027-005", eur(3710), "2027-02-09", "2027-02-10 09:00", days_late=1,
          salut="Buenos días, Unai Garmendia:"),
      style="gmail",
      body="""Hola Iker,

Creo que aquí hay un malentendido. En la reunión de diciembre quedamos en que la fase 2 (pasarela de pago + panel de administración) solo arrancaba cuando te diéramos el OK por escrito, y ese OK nunca lo dimos, porque estábamos esperando la ronda de financiación.

Entiendo que has avanzado trabajo por tu cuenta, pero esa factura no procede. Si quieres lo hablamos con calma, pero no la vamos a pagar tal cual.

Unai
CTO · Txantxangorri""",
      note="Client says the billed work was never authorised; refuses the invoice -> dispute.")

# construction company: hours not authorised
reply("client-reply-dispute",
      frm=("Nerea Goikoetxea - Construcciones Goikoa", "administracion@construccionesgoikoa.com"),
      date="2027-02-18 10:26", subj="Re: Re: Factura IE-2027-009",
      q=Q("I", "reminder", "IE-2027-009", eur(1272), "2027-02-10", "2027-02-17 09:00"),
      style="gmail",
      body="""Hola Iker,

Te escribo por la fra. 9 del mantenimiento de la app de partes de obra. El jefe de obra (Josu) dice que las horas de soporte de enero fueron 12 y no 20, que las otras 8 son de la migración del servidor, que entraba en el presupuesto cerrado de la fase anterior.

Mientras no se aclare no la puedo pasar a pago. ¿Nos mandas una nueva con 12 horas o lo hablas directamente con Josu?

Un saludo,
Nerea
Administración - Construcciones Goikoa""",
      facts=dict(reference="IE-2027-009"),
      note="Same construction-company voice, now contesting hours billed -> dispute. 'fra. 9' -> IE-2027-009.")

# university: reception not signed (accessibility tests)
reply("client-reply-dispute",
      frm=("Unidad de Contratación - EHU Campus Bizkaia", "kontratazioa.bizkaia@campusehu.eus"),
      date="2027-01-21 09:37", subj="RE: Factura n.º IE-2026-090: pago pendiente",
      q=Q("I", "late_fee", "IE-2026-090", eur(11858), "2026-12-31", "2027-01-20 09:00", days_late=20,
          deadline="2027-01-31"),
      style="outlook_old", mailer="outlook_old",
      body="""Estimado Sr. Etxeberria:

En relación con la factura IE-2026-090, correspondiente al expediente de contrato menor CM/2026/0388 (desarrollo de la aplicación de reservas de espacios), le comunicamos que la unidad tramitadora ha emitido informe de NO CONFORMIDAD con la prestación, al no haberse superado las pruebas de accesibilidad (nivel AA de la norma UNE-EN 301549) exigidas en el pliego.

Hasta que no se subsanen las deficiencias señaladas en el informe adjunto y se firme el acta de recepción, no es posible proceder al reconocimiento de la obligación ni, en consecuencia, a la orden de pago. Le recordamos que el plazo legal de pago no comienza a computar hasta la fecha de conformidad.

Atentamente,

Unidad de Contratación y Gestión Económica
Campus de Bizkaia""",
      att=[("Informe_no_conformidad_CM-2026-0388.pdf", "application/pdf", fake_pdf("Informe no conformidad"))],
      facts=dict(reference="IE-2026-090"),
      note="University: formal non-conformity report, no recognition of obligation until fixed -> dispute (work not as agreed).")

# other: please resend the invoice
reply("client-reply-other",
      frm=("Asier", "asier@bizkaiafisio.com"),
      date="2026-11-30 13:02", subj="Re: Re: Factura IE-2026-078",
      q=Q("I", "due", "IE-2026-078", eur(424), "2026-11-27", "2026-11-30 09:00", days_late=3,
          salut="Buenos días, Asier Zubiaur:"),
      style="gmail",
      body="""Kaixo Iker, ¿me la puedes reenviar? No la encuentro por ningún lado, creo que se me fue a spam. Si puede ser en PDF mejor.

Eskerrik asko""",
      note="Asks to resend the invoice -> other.")

# other: colleague forwards internally, cc Iker
reply("client-reply-other",
      frm=("Aitor Elorza", "aelorza@elorzamarine.com"),
      to=[("Itziar Etxabe", "itziar.etxabe@elorzamarine.com")], cc=[("Iker Etxeberria", "iker@etxeberria.dev")],
      date="2026-12-09 10:44", subj="RV: Factura n.º IE-2026-077 pendiente",
      q=Q("I", "suspension", "IE-2026-077", eur(2650), "2026-11-20", "2026-12-09 09:00",
          deadline="2026-12-18", suspension="2026-12-21"),
      style="outlook", mailer="outlook", in_reply_to=True,
      body="""Hola Itziar,

¿Esto lo tenemos pendiente? Me dice Iker que no le ha llegado y ya nos habla de suspender el mantenimiento. ¿Lo puedes mirar y le contestas directamente? Lo dejo en copia.

Gracias,
Aitor""",
      note="Client forwards the reminder to accounts payable with the freelancer in cc; asks internally, no claim -> other. Forward keeps In-Reply-To.")

# other: can I pay in two instalments?
reply("client-reply-other",
      frm=("Estitxu Amezaga", "estitxu.amezaga@gmail.com"),
      date="2027-02-22 21:30", subj="Re: Requerimiento de pago de la factura n.º IE-2026-076",
      q=Q("I", "final", "IE-2026-076", eur(1908), "2026-12-20", "2027-02-22 09:00", issue="2026-11-20",
          deadline="2027-03-08", salut="Buenos días, Estitxu Amezaga:"),
      style="gmail",
      body="""Hola Iker,

Me ha asustado bastante el correo, la verdad. No me niego a pagar, el trabajo está bien hecho, pero ahora mismo no tengo 1.900 € de golpe. ¿Podría pagártelo en dos o tres plazos? Dime qué te parece y cómo lo hacemos.

Estitxu""",
      note="Reply to the formal demand asking for an instalment plan, with no commitment to a date or amount -> other (question), not a promise and not a dispute.")

# other: what are the 40 EUR?
reply("client-reply-other",
      frm=("Josune Aranburu", "josune@aranburuhotelak.com"),
      date="2027-01-27 12:18", subj="RE: Factura n.º IE-2026-074: pago pendiente",
      q=Q("I", "late_fee", "IE-2026-074", eur(1590), "2026-12-15", "2027-01-26 09:00", days_late=42,
          deadline="2027-02-05",
          fees=(["Factura n.º IE-2026-074: 1.590,00 €", "Intereses de demora (10,15 % anual, 42 días): 18,57 €",
                 "Indemnización por costes de cobro: 40,00 €", "Total: 1.648,57 €"], "1.648,57 €")),
      style="outlook", mailer="outlook",
      body="""Hola Iker,

Una pregunta antes de pasarlo a pagos: ¿a qué corresponden los 40 € y los 18,57 € que aparecen ahora? No entiendo bien el cálculo ni si tenemos que pagar el total o solo la factura. Es la primera vez que nos llega algo así.

Gracias,
Josune Aranburu
Dirección · Aranburu Hotelak""",
      note="Question about the late-payment fees, not a refusal -> other.")

# Kutxabank incoming transfer
def _kutxa(rnd):
    d = T("2026-11-20 06:41:02")
    text = """KUTXABANK - Aviso de movimiento

Estimado/a cliente/a:

Le informamos de que se ha producido el siguiente movimiento en su cuenta:

Cuenta: ES62 2095 **** **** **** 5678
Fecha: 19-11-2026
Tipo de operación: ABONO TRANSFERENCIA
Importe: +2.120,00 EUR
Ordenante: CONSTRUCCIONES GOIKOA SL
Concepto: PAGO FRA IE-2026-073

Saldo disponible: 6.412,37 EUR

Para dejar de recibir estos avisos, acceda a Kutxabank Online.
Kutxabank, S.A. Gran Vía 30-32, 48009 Bilbao.
"""
    body = textpart(text, "plain", "iso-8859-1", "quoted-printable")
    top = (f"Date: {format_datetime(d)}\nFrom: Kutxabank <avisos@kutxabank.es>\n"
           f"To: iker@etxeberria.dev\nSubject: {hdr('Aviso de movimiento en su cuenta', 'iso-8859-1')}\n"
           f"Message-ID: <AVISO.{rnd.getrandbits(64):X}@kutxabank.es>\nMIME-Version: 1.0\n")
    return top.encode() + body.bytes()


raw("payment-notification", _kutxa, facts=dict(amount="2120.00", reference="IE-2026-073"),
    note="Kutxabank movement alert: incoming transfer with the invoice number in the concept.")


# help-desk ticket acknowledgement
def _ticket(rnd):
    d = T("2027-02-01 09:00:31")
    text = """Hola,

Hemos recibido tu mensaje y se ha creado la solicitud #48213 con el asunto "Recordatorio: factura n.º IE-2027-001".

Nuestro equipo de Administración la revisará lo antes posible. El tiempo medio de respuesta es de 3 días laborables.

Puedes consultar el estado de tu solicitud en https://soporte.grupolantegi.com/tickets/48213

Por favor, no respondas a este mensaje: ha sido generado automáticamente.

Centro de Servicios Compartidos · Grupo Lantegi
"""
    html = ("<html><body style=\"font-family:Segoe UI,Arial\"><p>Hola,</p><p>Hemos recibido tu mensaje y se ha "
            "creado la solicitud <b>#48213</b> con el asunto &quot;Recordatorio: factura n.º IE-2027-001&quot;.</p>"
            "<p>Nuestro equipo de Administración la revisará lo antes posible. El tiempo medio de respuesta es de "
            "3 días laborables.</p><p><a href=\"https://soporte.grupolantegi.com/tickets/48213\">Ver solicitud</a></p>"
            "<p style=\"color:#999;font-size:11px\">Por favor, no respondas a este mensaje: ha sido generado "
            "automáticamente.</p></body></html>\n")
    body = multipart("alternative", [textpart(text), textpart(html, "html")])
    top = (f"Date: {format_datetime(d)}\nFrom: {addr('Soporte Grupo Lantegi', 'soporte@grupolantegi.com')}\n"
           f"To: iker@etxeberria.dev\nSubject: {hdr('[#48213] Recibida: Recordatorio: factura n.º IE-2027-001')}\n"
           f"Message-ID: <ticket-48213-{rnd.getrandbits(40):x}@soporte.grupolantegi.com>\n"
           f"In-Reply-To: <mailduns.20270201090000.c3b1e5a7f0@etxeberria.dev>\n"
           f"Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nMIME-Version: 1.0\n")
    return top.encode() + body.bytes()


raw("auto-reply", _ticket, note="Help-desk ticket acknowledgement with Auto-Submitted; no return date.")


# ============================================================================================
# Valeria Sánchez Ortiz (Valencia, traducción; clients in Spain and Latin America) — VS-26-0NN
# ============================================================================================
BA, SCL, BOG = "America/Argentina/Buenos_Aires", "America/Santiago", "America/Bogota"

# Argentina: paid via Wise, in USD
reply("client-reply-paid",
      frm=("Nacho Ferreyra", "nacho@pampadigital.com.ar"), tz=BA,
      date="2026-11-17 15:26", subj="Re: Re: Factura VS-26-051 (traducción)",
      q=Q("V", "due", "VS-26-051", "640,00 USD", "2026-11-16", "2026-11-17 09:00", days_late=1,
          salut="Buenos días, Ignacio Ferreyra:"),
      style="latam_gmail",
      body="""Hola Valeria!

Te cuento que ya te transferí por Wise los 640 dólares, debería acreditarse entre hoy y mañana. Perdón la demora, acá con el cepo y las transferencias al exterior es un lío bárbaro, tuvimos que hacerlo desde la cuenta de afuera.

Cualquier cosa avisame.
Abrazo grande,
Nacho

--
Ignacio Ferreyra
Pampa Digital · Buenos Aires""",
      facts=dict(amount="640.00", currency="USD"),
      note="Argentine voice (vos, 'te transferí', 'acá'); paid via Wise in USD -> currency USD.")

# Chile: formal, paid on 9 December, screenshot attached
reply("client-reply-paid",
      frm=("Francisca Undurraga", "fundurraga@vinamontesur.cl"), tz=SCL,
      date="2026-12-14 10:48", subj="RE: Recordatorio: factura n.º VS-26-053",
      q=Q("V", "reminder", "VS-26-053", "1.150,00 €", "2026-12-05", "2026-12-14 09:00",
          subject="Recordatorio: factura n.º VS-26-053"),
      style="outlook", mailer="outlook",
      att=[("comprobante_transferencia.png", "image/png", PNG_1x1)],
      body="""Estimada Valeria:

Junto con saludar, le comento que el pago de la factura VS-26-053 fue realizado con fecha 9 de diciembre vía transferencia internacional desde Banco de Chile. Adjunto comprobante (pantallazo).

Es posible que la transferencia demore algunos días más en verse reflejada por tratarse de un pago al exterior.

Quedo atenta a cualquier consulta.

Saludos cordiales,

Francisca Undurraga M.
Jefa de Exportaciones
Viña Monte Sur · Valle de Colchagua, Chile""",
      facts=dict(reference="VS-26-053"),
      note="Chilean formal voice ('junto con saludar', 'pantallazo'): paid on 9 Dec with screenshot attached = paid.")

# Colombia: paid, 'le comparto el soporte'
reply("client-reply-paid",
      frm=("Luisa Fernanda Restrepo", "lfrestrepo@editorialandina.co"), tz=BOG,
      date="2027-01-13 08:20", subj="RE: Factura VS-26-059 (traducción)",
      q=Q("V", "due", "VS-26-059", "880,00 €", "2027-01-12", "2027-01-13 09:00",
          salut="Buenos días, Luisa Fernanda Restrepo:", subject="Re: Factura VS-26-059 (traducción)"),
      style="outlook", mailer="outlook",
      att=[("Soporte pago Valeria Sanchez.pdf", "application/pdf", fake_pdf("Bancolombia giro"))],
      body="""Buen día Valeria, cómo está?

Le confirmo que ya se realizó el pago por transferencia internacional desde Bancolombia. Le comparto el soporte. Cualquier cosita me cuenta.

Feliz día,

Luisa Fernanda Restrepo
Coordinadora editorial
Editorial Andina · Medellín""",
      note="Colombian voice ('le comparto el soporte', 'cualquier cosita'); paid with proof attached. Sent 08:20 Bogotá time (UTC-5).")

# Spain: windows-1252 Outlook, one line
reply("client-reply-paid",
      frm=("Gonzalo Peris", "gperis@perisyasociados.es"),
      date="2026-12-22 09:14", subj="RE: Re: Factura VS-26-056 (traducción)",
      q=Q("V", "reminder", "VS-26-056", eur(477), "2026-12-12", "2026-12-21 09:00",
          salut="Buenos días, Gonzalo Peris:"),
      style="outlook_old", mailer="outlook_old", charset="windows-1252", cte="8bit",
      body="""Valeria, buenos días. Ya está abonada, la hice ayer por la tarde. Disculpa las molestias.

Un saludo,
Gonzalo Peris
Peris & Asociados · Abogados
Gran Vía Marqués del Turia, 49 · 46005 València

«Este mensaje y sus anexos son confidenciales.»""",
      note="Short formal 'ya está abonada' = paid; windows-1252 8bit with guillemets.")

# accountant of the client: paid on 30 November with others
reply("client-reply-paid",
      frm=("Pilar Gimeno - Asesoría Gimeno", "pilar@asesoriagimeno.es"),
      cc=[("Editorial Cardo", "administracion@editorialcardo.es")],
      date="2026-12-10 12:12", subj="Re: Recordatorio: factura n.º VS-26-058",
      q=Q("V", "reminder", "VS-26-058", eur(1378), "2026-11-28", "2026-12-10 09:00",
          subject="Recordatorio: factura n.º VS-26-058", to="Editorial Cardo <administracion@editorialcardo.es>"),
      style="gmail",
      body="""Buenos días, Valeria:

Soy Pilar, la asesora de Editorial Cardo. Me indican que te conteste yo: la factura VS-26-058 se pagó el 30 de noviembre junto con las de otros proveedores, en una transferencia agrupada desde la cuenta de Ibercaja. Te adjunto el extracto con la línea marcada.

Si no la ves, puede que en tu banco aparezca con el concepto "PAGO PROV NOV 26 CARDO".

Un saludo,
Pilar Gimeno
Asesoría Gimeno · Zaragoza""",
      att=[("extracto_ibercaja_nov.pdf", "application/pdf", fake_pdf("Extracto Ibercaja"))],
      facts=dict(reference="VS-26-058"),
      note="Client's accountant answers for them: paid on 30 Nov in a grouped transfer = paid.")

# Argentina: lunes sin falta
reply("client-reply-promise",
      frm=("Romina Paz", "romina.paz@lacasonaeditora.com.ar"), tz=BA,
      date="2026-12-03 18:02", subj="Re: Recordatorio: factura n.º VS-26-054",
      q=Q("V", "reminder", "VS-26-054", "720,00 USD", "2026-11-25", "2026-12-03 09:00",
          subject="Recordatorio: factura n.º VS-26-054", salut="Buenos días, Romina Paz:"),
      style="latam_gmail",
      body="""Vale, mil disculpas! Se me pasó totalmente, fin de año acá es una locura.

Te transfiero el lunes sin falta, que hoy tengo el home banking trabado (me pide renovar el token y el banco no me atiende hasta el lunes, obvio).

Besos,
Romi""",
      facts=dict(promised_date="2026-12-07"),
      note="Argentine voice: 'el lunes sin falta' from Thursday 3 Dec -> Monday 7 Dec. The second 'lunes' is the bank, same day.")

# Colombia: antes del día 20
reply("client-reply-promise",
      frm=("Andrés Felipe Gómez", "andres.gomez@cafesdelquindio.com.co"), tz=BOG,
      date="2027-02-09 11:37", subj="RE: Factura VS-27-004 (traducción)",
      q=Q("V", "due", "VS-27-004", "560,00 €", "2027-02-08", "2027-02-09 09:00", days_late=1,
          salut="Buenos días, Andrés Felipe Gómez:", subject="Re: Factura VS-27-004 (traducción)"),
      style="outlook", mailer="outlook",
      body="""Buen día Valeria,

Qué pena con usted, estamos cerrando el mes con la exportación y se nos atrasaron los pagos al exterior. Antes del día 20 le hago el pago, le quedo muy pendiente.

Un abrazo,
Andrés Felipe

Cafés del Quindío S.A.S.""",
      facts=dict(promised_date="2027-02-20"),
      note="Colombian voice ('qué pena con usted'): 'antes del día 20' in a mail of 9 Feb -> by 20 Feb.")

# Chile: programmed for next Thursday
reply("client-reply-promise",
      frm=("Pagos Proveedores - Constructora Andes Sur", "pagoproveedores@andessur.cl"), tz=SCL,
      date="2027-01-22 13:05", subj="RE: Re: Factura VS-26-062 (traducción)",
      q=Q("V", "reminder", "VS-26-062", "2.300,00 €", "2027-01-10", "2027-01-21 09:00"),
      style="outlook", fmt="alt", mailer="outlook",
      body="""Estimada Sra. Sánchez:

Junto con saludar, le informamos que su factura VS-26-062 fue aprobada y el pago quedará programado para el próximo jueves, fecha de nuestra nómina de pagos a proveedores extranjeros.

Atentamente,

Área de Tesorería - Pagos Proveedores
Constructora Andes Sur S.A.
Av. Apoquindo 4501, Las Condes, Santiago""",
      facts=dict(reference="VS-26-062", promised_date="2027-01-28"),
      note="Chilean AP: 'el próximo jueves' from Friday 22 Jan -> Thursday 28 Jan.")

# Argentina: vos, viernes 11
reply("client-reply-promise",
      frm=("Martín Sosa", "msosa@estudiososa.com.ar"), tz=BA,
      date="2026-12-07 10:41", subj="Re: Re: Factura VS-26-057 (traducción)",
      q=Q("V", "reminder", "VS-26-057", "480,00 USD", "2026-11-28", "2026-12-04 09:00",
          salut="Buenos días, Martín Sosa:"),
      style="latam_gmail",
      body="""Che Vale, ¿cómo andás?

Mirá, esta semana imposible, estamos con el cierre de un juicio y no tengo un minuto para ir al banco a hacer la transferencia al exterior. Te lo giro el viernes 11, quedate tranquila que la plata está.

Abrazo,
Martín""",
      facts=dict(promised_date="2026-12-11"),
      note="Argentine 'vos', 'che', 'la plata': 'el viernes 11' from Monday 7 Dec -> Friday 11 Dec.")

# Spain: a primeros de mes (vague)
reply("client-reply-promise",
      frm=("Eva Lloret", "eva.lloret@turismelevant.es"),
      date="2027-01-20 17:15", subj="Re: Re: Factura VS-26-063 (traducción)",
      q=Q("V", "reminder", "VS-26-063", eur(954), "2027-01-10", "2027-01-20 09:00",
          salut="Buenos días, Eva Lloret:"),
      style="gmail",
      body="""Hola Valeria,

Gracias por el recordatorio. Enero es malísimo para nosotros, todo el mundo ha cobrado la extra y nadie viaja. Te lo pago a primeros de mes, cuando nos entren las comisiones de diciembre de los touroperadores.

Un abrazo,
Eva
Turisme Llevant · Dénia""",
      note="'a primeros de mes' is vague -> promise without date.")

# dispute: quality, 30% discount
reply("client-reply-dispute",
      frm=("Raquel Mora - Lingua Plus", "pm@linguaplus.es"),
      date="2026-11-26 16:33", subj="RE: Re: Factura VS-26-052 (traducción)",
      q=Q("V", "due", "VS-26-052", eur(1908), "2026-11-25", "2026-11-26 09:00", days_late=1),
      style="outlook", mailer="outlook",
      body="""Hola Valeria,

Te contesto yo como PM del proyecto. El cliente final nos ha devuelto la traducción del manual de la máquina con bastantes errores de terminología (sobre todo en el capítulo de hidráulica: "válvula de alivio", "caudal", unidades mal convertidas), y hemos tenido que pasarla por una segunda revisión interna que no estaba prevista. Te adjunto el informe de calidad con los errores marcados.

Por esto te proponemos aplicar un descuento del 30 % sobre la factura. Si estás de acuerdo, envíanos una factura rectificativa y la pagamos en la siguiente remesa.

Un saludo,
Raquel Mora
Project Manager · Lingua Plus""",
      att=[("LQA_VS-26-052.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            b"PK\x03\x04fake-xlsx")],
      note="Agency contests quality and asks for a 30% discount via corrective invoice = dispute.")

# dispute: Argentine, billed twice
reply("client-reply-dispute",
      frm=("Nacho Ferreyra", "nacho@pampadigital.com.ar"), tz=BA,
      date="2027-01-05 12:49", subj="Re: Facturas pendientes",
      q=Q("V", "statement", "VS-26-055", None, None, "2027-01-05 09:00",
          invoices=[("VS-26-055", "2026-11-30", "2026-12-30", 6, "410,00 USD"),
                    ("VS-26-060", "2026-12-15", "2027-01-04", 1, "410,00 USD")],
          total="820,00 USD", deadline="2027-01-15", salut="Buenos días, Ignacio Ferreyra:"),
      style="latam_gmail",
      body="""Vale, che, me parece que hay un error: la 055 y la 060 son el mismo laburo (la landing en inglés de la app). La 060 la emitiste de nuevo cuando te pedí el cambio de razón social, ¿te acordás? O sea que una de las dos sobra. La 055 ya te la pagué en diciembre, así que por mi lado no debo nada.

Fijate y decime.
Nacho""",
      facts=dict(reference="VS-26-060"),
      note="Client says one invoice duplicates another already paid -> dispute (already billed), not paid.")

# dispute: Chile, word count, credit note
reply("client-reply-dispute",
      frm=("Felipe Aravena", "faravena@mineranorte.cl"), tz=SCL,
      date="2027-02-02 16:11", subj="RE: Re: Factura VS-27-002 (traducción)",
      q=Q("V", "reminder", "VS-27-002", "1.240,00 €", "2027-01-25", "2027-02-01 09:00",
          salut="Buenos días, Felipe Aravena:"),
      style="outlook", mailer="outlook",
      body="""Estimada Valeria:

Junto con saludar, revisando la factura VS-27-002 observamos que el número de palabras facturado (12.400) no coincide con el recuento de nuestro sistema de gestión documental (10.950 palabras, sin contar las tablas repetidas del anexo, que según la cotización no se cobraban).

Le agradeceríamos emitir una nota de crédito por la diferencia para poder cursar el pago del saldo.

Quedo atento a sus comentarios.

Saludos cordiales,
Felipe Aravena R.
Departamento de Comunicaciones
Minera Norte S.A.""",
      facts=dict(reference="VS-27-002"),
      note="Chilean client contests the word count and asks for a credit note = dispute.")

# dispute: apologetic, urgency surcharge not accepted
reply("client-reply-dispute",
      frm=("Sonia Navarro", "sonia.navarro@clinicaoftalmica.es"),
      date="2026-12-12 10:02", subj="Re: Re: Factura VS-26-061 (traducción)",
      q=Q("V", "reminder", "VS-26-061", eur(1060), "2026-12-05", "2026-12-11 09:00",
          salut="Buenos días, Sonia Navarro:", subject="Re: Factura VS-26-061 (traducción)"),
      style="gmail",
      body="""Hola Valeria,

Siento muchísimo tener que escribirte esto, de verdad, porque tu trabajo ha sido impecable y me has salvado la vida con la web en inglés. Pero dirección no va a pagar el recargo de urgencia del 25 %: dicen que en el presupuesto que aprobaron no figuraba y que el plazo corto lo pusimos nosotros pero sin hablar de precio.

Sé que no es justo y me da mucha rabia, pero no está en mi mano. Si puedes mandarnos la factura sin ese recargo, la pago yo misma ese día. Perdóname 🙏

Sonia""",
      note="Apologetic voice but the client refuses part of the invoice (urgency surcharge) and asks for a new one -> dispute.")

# other: PO number required
reply("client-reply-other",
      frm=("Accounts Payable Spain", "ap.spain@helvetiapharma-group.com"),
      date="2026-11-18 08:51", subj="RE: Re: Factura VS-26-050 (traducción)",
      q=Q("V", "due", "VS-26-050", eur(2120), "2026-11-17", "2026-11-18 09:00", days_late=1),
      style="outlook", mailer="outlook",
      body="""Estimada proveedora:

No podemos procesar su factura VS-26-050 porque no incluye un número de pedido (PO) válido. Según nuestra política de compras, todas las facturas deben indicar el número de PO (formato 45XXXXXXXX) facilitado por el departamento solicitante.

Por favor, solicite el número de PO a su contacto en la compañía y envíe de nuevo la factura a ap.spain@helvetiapharma-group.com indicándolo en el cuerpo de la factura.

Saludos cordiales,

Accounts Payable Spain
Shared Service Centre · Helvetia Pharma Group""",
      note="AP cannot process without a PO number: a procedural request, not a dispute about the invoice content -> other.")

# other: which invoice?
reply("client-reply-other",
      frm=("Jaume Ribera", "jaume@riberavins.es"),
      date="2027-02-15 13:30", subj="Re: Recordatorio: factura n.º VS-27-001",
      q=Q("V", "reminder", "VS-27-001", eur(318), "2027-02-05", "2027-02-15 09:00",
          subject="Recordatorio: factura n.º VS-27-001", salut="Buenos días, Jaume Ribera:"),
      style="gmail",
      body="""Hola, ¿qué factura? No me consta ninguna factura tuya de enero. La traducción de la ficha de cata la pagamos en noviembre. ¿Me la puedes reenviar para que la busque?

Jaume""",
      note="'Which invoice? please resend' -> other (question). Mentions a past payment of a different job, not this invoice.")

# other: Argentine asks for other payment methods
reply("client-reply-other",
      frm=("Romina Paz", "romina.paz@lacasonaeditora.com.ar"), tz=BA,
      date="2027-01-26 19:22", subj="Re: Re: Factura VS-27-003 (traducción)",
      q=Q("V", "due", "VS-27-003", "560,00 USD", "2027-01-25", "2027-01-26 09:00", days_late=1,
          salut="Buenos días, Romina Paz:"),
      style="latam_gmail",
      body="""Vale, una consulta: ¿me pasás de nuevo los datos? La otra vez lo hice por el banco y me cobraron una comisión altísima, y ahora el banco directamente no me deja mandar a un IBAN sin un montón de papeles. ¿Tenés Payoneer o algo parecido? Si no, ¿el link de Wise que ponés abajo sirve para pagar con tarjeta?

Besos
Romi""",
      note="Argentine client asks about payment methods; no date, no claim -> other.")


# ING: Bizum received with the invoice number
def _ing_bizum(rnd):
    d = T("2026-12-18 13:41:09")
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;margin:20px 0">
<tr><td style="background:#ff6200;color:#fff;padding:16px;font-size:20px;font-weight:bold">ING</td></tr>
<tr><td style="padding:24px;color:#333;font-size:15px">
<p>Hola, Valeria:</p>
<p>Has recibido un Bizum.</p>
<p style="font-size:26px;color:#ff6200;margin:8px 0"><b>+90,75 €</b></p>
<p>De: <b>CRISTINA ALBEROLA MAS</b><br>Concepto: <i>Factura VS-26-064 traducción menú 😊</i><br>
Fecha: 18/12/2026 13:41</p>
<p>Ya lo tienes disponible en tu Cuenta NARANJA.</p>
<p style="font-size:11px;color:#999">ING Bank N.V., Sucursal en España. Este correo se ha enviado automáticamente, no respondas a este mensaje.</p>
</td></tr></table></td></tr></table></body></html>
"""
    body = textpart(html, "html", "utf-8", "base64")
    top = (f"Date: {format_datetime(d)}\nFrom: ING <ing@comunicaciones.ing.es>\nTo: valeria@vstraducciones.com\n"
           f"Subject: {hdr('Has recibido un Bizum de 90,75 €')}\n"
           f"Message-ID: <{rnd.getrandbits(96):x}@comunicaciones.ing.es>\nMIME-Version: 1.0\n")
    return top.encode() + body.bytes()


raw("payment-notification", _ing_bizum, facts=dict(amount="90.75", reference="VS-26-064"),
    note="ING Bizum received from a client, HTML-only base64, emoji in the concept which names the invoice.")


# Wise: money received in USD
def _wise(rnd):
    d = T("2026-11-18 14:02:55", "Europe/London")
    text = """Hola, Valeria:

Has recibido 640 USD de Ignacio Ferreyra.

El dinero ya está en tu saldo en USD. Puedes mantenerlo en USD, convertirlo a otra divisa o enviarlo a tu cuenta bancaria.

Referencia: Factura VS-26-051

Consulta los detalles de la transferencia: https://wise.com/transactions/activities/by-resource/TRANSFER/1289445120

Gracias,
El equipo de Wise

Wise Europe SA, Rue du Trône 100, 1050 Bruselas.
"""
    html = ("<html><body style=\"font-family:Inter,Arial\"><h2 style=\"color:#163300\">Has recibido 640 USD</h2>"
            "<p>Hola, Valeria:</p><p>Has recibido <b>640 USD</b> de <b>Ignacio Ferreyra</b>.</p>"
            "<p>El dinero ya está en tu saldo en USD.</p><p>Referencia: Factura VS-26-051</p>"
            "<p><a href=\"https://wise.com/transactions/activities/by-resource/TRANSFER/1289445120\">Ver detalles</a></p>"
            "<p>El equipo de Wise</p></body></html>\n")
    body = multipart("alternative", [textpart(text), textpart(html, "html")])
    top = (f"Date: {format_datetime(d)}\nFrom: Wise <noreply@wise.com>\nTo: valeria@vstraducciones.com\n"
           f"Subject: {hdr('Has recibido 640 USD de Ignacio Ferreyra')}\n"
           f"Message-ID: <{rnd.getrandbits(96):x}@wise.com>\nMIME-Version: 1.0\n")
    return top.encode() + body.bytes()


raw("payment-notification", _wise, facts=dict(amount="640.00", currency="USD", reference="VS-26-051"),
    note="Wise 'you received' notice in Spanish, USD, reference carries the invoice number.")


# ============================================================================================
# Marta Vidal Rey (Vigo, ilustración) — invoices MV-2026-0NN
# ============================================================================================

# cooperative: board approved, went out this morning
reply("client-reply-paid",
      frm=("Cooperativa Mar de Arousa", "administracion@cooperativamardearousa.gal"),
      date="2026-11-25 11:09", subj="Re: Re: Factura MV-2026-031 - ilustración",
      q=Q("M", "due", "MV-2026-031", eur(1484), "2026-11-24", "2026-11-25 09:00", days_late=1),
      style="gmail",
      body="""Bos días, Marta:

Te confirmo que el consejo rector aprobó ayer los pagos del mes y la tuya ya salió esta mañana en la remesa, junto con la de la imprenta. Mañana o pasado la tendrás en la cuenta.

Las etiquetas de las latas de berberecho están gustando muchísimo, nos las han pedido para la feria de Alimentaria.

Unha aperta,
Rosa Castro
Administración
Cooperativa Mar de Arousa · Vilanova de Arousa""",
      note="Cooperative: board approved and the payment 'salió esta mañana en la remesa' = paid (Galician greeting/closing). 'Mañana o pasado' is arrival, not a promise.")

# ALL CAPS, old shopkeeper
reply("client-reply-paid",
      frm=("MANUEL OTERO", "casamanolo.ultramarinos@hotmail.com"),
      date="2026-12-16 08:02", subj="RE: Recordatorio: factura n.º MV-2026-035",
      q=Q("M", "reminder", "MV-2026-035", eur(181.50), "2026-12-05", "2026-12-15 09:00",
          subject="Recordatorio: factura n.º MV-2026-035", salut="Buenos días, Manuel Otero:"),
      style="outlook", mailer="outlook",
      body="""BUENOS DIAS MARTA YA LE HICE EL INGRESO EN LA CAIXA EL LUNES POR LA MAÑANA. LO DEL CARTEL DEL ESCAPARATE. SALUDOS. MANOLO""",
      note="All-caps shopkeeper: 'ya le hice el ingreso ... el lunes' = paid (past).")

# Galician 'Feito', arrives Monday
reply("client-reply-paid",
      frm=("Brais Lema", "brais@xistraledicions.gal"),
      date="2027-01-08 19:47", subj="Re: Re: Factura MV-2026-038 - ilustración",
      q=Q("M", "reminder", "MV-2026-038", eur(954), "2026-12-30", "2027-01-08 09:00",
          salut="Buenos días, Brais Lema:"),
      style="gmail",
      body="""Feito, Marta! Perdona a demora, entre Nadal e Reis isto foi un caos.

Ya te llegará el lunes, que lo hice esta tarde y los viernes no procesan.

Bo fin de semana!
Brais""",
      note="Galician 'Feito' (done) + 'lo hice esta tarde' = paid; 'te llegará el lunes' is arrival of the transfer, not a promise.")

# Ingresado, one liner
reply("client-reply-paid",
      frm=("Uxía Figueroa", "uxia.figueroa@gmail.com"),
      date="2027-02-11 12:31", subj="Re: Factura MV-2027-004 - ilustración",
      q=Q("M", "due", "MV-2027-004", eur(265), "2027-02-10", "2027-02-11 09:00", days_late=1,
          salut="Buenos días, Uxía Figueroa:"),
      style="android",
      body="""Ingresado. Perdona, se me había traspapelado el correo entre mil cosas.

Enviado desde mi Android""",
      note="'Ingresado' = paid.")

# cooperative: goes to the board of the 20th (vague)
reply("client-reply-promise",
      frm=("Cooperativa Mar de Arousa", "administracion@cooperativamardearousa.gal"),
      date="2027-01-13 10:25", subj="Re: Re: Factura MV-2026-040 - ilustración",
      q=Q("M", "reminder", "MV-2026-040", eur(742), "2027-01-05", "2027-01-12 09:00"),
      style="gmail",
      body="""Bos días, Marta:

Tu factura está conformada, pero como es de importe superior a 600 € tiene que pasar por el consejo rector, que se reúne el día 20. Una vez aprobada se paga en los días siguientes, como siempre.

Unha aperta,
Rosa Castro
Administración
Cooperativa Mar de Arousa""",
      note="Will be paid after the board meeting on the 20th, 'en los días siguientes' -> promise, vague (no promised_date: the 20th is the meeting, not the payment).")

# apologetic: not before the 5th
reply("client-reply-promise",
      frm=("Iria Pazos", "iria@iriapazosfloristeria.com"),
      date="2026-12-28 21:14", subj="Re: Re: Factura MV-2026-037 - ilustración",
      q=Q("M", "reminder", "MV-2026-037", eur(424), "2026-12-18", "2026-12-28 09:00",
          salut="Buenos días, Iria Pazos:"),
      style="apple", mailer="apple",
      body="""Marta, perdóname, de verdad. Diciembre ha sido un mes horrible, se me estropeó la cámara frigorífica en plena campaña de flor de Pascua y tuve que tirar media tienda.

No te puedo pagar hasta el 5, que es cuando cobro lo de los centros del hotel. Ese día te lo hago, te lo prometo. Me sabe fatal hacerte esto.

Un bico enorme,
Iria""",
      facts=dict(promised_date="2027-01-05"),
      note="Apologetic; 'no te puedo pagar hasta el 5' (28 Dec -> 5 Jan 2027) = promise for the 5th.")

# publisher: el 10 sin falta
reply("client-reply-promise",
      frm=("Edicións Xistral - Administración", "admin@xistraledicions.gal"),
      date="2027-02-02 12:48", subj="RE: Factura n.º MV-2027-002: pago pendiente",
      q=Q("M", "late_fee", "MV-2027-002", eur(1908), "2027-01-20", "2027-02-01 09:00", days_late=12,
          deadline="2027-02-12"),
      style="outlook", mailer="outlook",
      body="""Ola Marta,

Desculpa, tivemos un problema coa subvención da Xunta e fomos atrasando pagamentos. Os pagamos el 10 sin falta, que ese día nos ingresan el anticipo.

Saúdos,
Antía
Administración · Edicións Xistral""",
      facts=dict(promised_date="2027-02-10"),
      note="Galician/Spanish mix: 'el 10 sin falta' from 2 Feb -> 10 Feb.")

# Saturday: el viernes -> next week's Friday
reply("client-reply-promise",
      frm=("Tomás Barreiro", "tomasbarreiro.taller@gmail.com"),
      date="2026-11-28 10:37", subj="Re: Recordatorio: factura n.º MV-2026-033",
      q=Q("M", "reminder", "MV-2026-033", eur(318), "2026-11-20", "2026-11-27 09:00",
          subject="Recordatorio: factura n.º MV-2026-033", salut="Buenos días, Tomás Barreiro:"),
      style="gmail",
      body="""Buenos días Marta, te pago el viernes que es cuando nos ingresan las nóminas. Perdona el retraso.

Tomás
Taller Barreiro""",
      facts=dict(promised_date="2026-12-04"),
      note="Written on Saturday 28 Nov: 'el viernes' = first Friday after -> 4 Dec.")

# dispute: amount not agreed
reply("client-reply-dispute",
      frm=("Asociación Comerciantes Zona Centro Vigo", "info@vigozonacentro.org"),
      date="2026-12-09 13:15", subj="Re: Re: Factura MV-2026-034 - ilustración",
      q=Q("M", "reminder", "MV-2026-034", eur(1007), "2026-11-30", "2026-12-09 09:00"),
      style="gmail",
      body="""Hola Marta,

Revisando la factura con la junta, el importe no es el acordado. El presupuesto que nos mandaste en septiembre era de 800 € + IVA por la ilustración de la campaña de Navidad y las adaptaciones, y en la factura pones 950 € + IVA. Las adaptaciones para marquesinas estaban incluidas, lo tenemos por escrito.

Mándanos una factura por el importe del presupuesto y la pagamos.

Un saludo,
Carlos Rial
Tesorero · Asociación de Comerciantes Zona Centro""",
      note="Amount differs from the quote -> dispute (asks for a corrected invoice).")

# dispute: will pay 600 and no more
reply("client-reply-dispute",
      frm=("Xoán Vilar", "xoan@vilarbrewing.gal"),
      date="2027-01-25 18:40", subj="Re: Re: Factura MV-2026-041 - ilustración",
      q=Q("M", "reminder", "MV-2026-041", eur(954), "2027-01-15", "2027-01-25 09:00",
          salut="Buenos días, Xoán Vilar:"),
      style="gmail",
      body="""Marta, te seré sincero. Por una etiqueta de cerveza 900 pavos me parece una burrada, y más cuando al final usamos la versión simple, sin el fondo ilustrado. Aceptamos pagar 600 € y no más, que es lo que vale. Si te parece bien me dices y te lo hago al momento.

Xoán""",
      facts=dict(amount="600.00"),
      note="Client will only pay 600 of the invoice -> dispute (amount accepted = 600).")

# dispute: conditional promise tied to corrections
reply("client-reply-dispute",
      frm=("Noa Méndez - Kalandraka Kids", "noa.mendez@kalandrakids.com"),
      date="2027-02-19 11:20", subj="Re: Re: Factura MV-2027-005 - ilustración",
      q=Q("M", "due", "MV-2027-005", eur(2650), "2027-02-18", "2027-02-19 09:00", days_late=1,
          salut="Buenos días, Noa Méndez:"),
      style="gmail",
      body="""Hola Marta,

Te pagaré en cuanto me mandes las ilustraciones corregidas: las de las páginas 12 y 14 no son las que aprobamos en el boceto (el zorro lleva bufanda roja, no azul, y en la 14 falta la abuela en la ventana). Con eso no podemos mandar a imprenta.

En cuanto las tenga, pago. 

Noa""",
      note="Payment conditioned on fixing deliverables that don't match what was approved -> dispute, not promise.")

# other: can we talk by phone?
reply("client-reply-other",
      frm=("Lucas Porto", "lucas@portoesteiro.com"),
      date="2026-12-02 17:51", subj="Re: Re: Factura MV-2026-032 - ilustración",
      q=Q("M", "reminder", "MV-2026-032", eur(1272), "2026-11-22", "2026-12-02 09:00",
          salut="Buenos días, Lucas Porto:"),
      style="gmail",
      body="""Hola Marta, ¿podemos hablar por teléfono mañana? Hay un tema con la factura que prefiero comentarte en persona antes de hacer nada. Llámame cuando puedas al 646 22 18 09.

Lucas""",
      note="Wants a call about 'a topic with the invoice' — no claim, no refusal yet -> other.")

# other: I no longer work there
reply("client-reply-other",
      frm=("Sabela Castro", "sabela.castro@gmail.com"),
      date="2027-01-19 20:05", subj="Re: Recordatorio: factura n.º MV-2026-039",
      q=Q("M", "reminder", "MV-2026-039", eur(530), "2027-01-09", "2027-01-19 09:00",
          subject="Recordatorio: factura n.º MV-2026-039", salut="Buenos días, Sabela Castro:"),
      style="gmail",
      body="""Hola Marta! Me llegó esto a mi correo personal, pero ya no trabajo en Galicia Moda desde octubre. Escribe a administracion@galiciamoda.es, que es quien lleva ahora los pagos. Sorte!

Sabela""",
      note="Human (not auto) reply: ex-employee redirects to another address -> other.")

# other: season's greetings
reply("client-reply-other",
      frm=("Paula Outeiral", "paula@outeiralcomunicacion.com"),
      date="2026-12-23 13:02", subj="Re: Recordatorio: factura n.º MV-2026-036",
      q=Q("M", "courtesy", "MV-2026-036", eur(636), "2026-12-28", "2026-12-23 09:00", issue="2026-11-28",
          subject="Recordatorio: factura n.º MV-2026-036", salut="Buenos días, Paula Outeiral:"),
      style="gmail", fmt="alt",
      body="""¡Felices fiestas, Marta! 🎄

Cerramos la oficina hasta el 7, ya hablamos a la vuelta de todo.

Un bico,
Paula""",
      note="Greeting in reply to a courtesy reminder; office closed until the 7th — a human reply, not an auto-reply, and no payment info -> other.")


# Unicaja: incoming transfer
def _unicaja(rnd):
    d = T("2026-11-26 07:30:00")
    text = """Unicaja

ALERTA: Ingreso por transferencia

Le informamos de que se ha recibido una transferencia en su cuenta ES05 2103 **** **** **** 9273:

  Importe ........ 1.484,00 EUR
  Ordenante ...... S COOP GALEGA MAR DE AROUSA
  Concepto ....... REMESA PROVEEDORES NOV MV-2026-031
  Fecha .......... 26/11/2026

Si no reconoce esta operación, llame al 952 13 80 00.

Unicaja Banco, S.A. Avda. de Andalucía 10-12, 29007 Málaga.
Este mensaje se ha generado automáticamente. Por favor, no responda.
"""
    body = textpart(text, "plain", "windows-1252", "quoted-printable")
    top = (f"Date: {format_datetime(d)}\nFrom: Unicaja Banco <alertas@unicaja.es>\nTo: marta@martavidal.gal\n"
           f"Subject: ALERTA: Ingreso por transferencia\n"
           f"Message-ID: <{rnd.getrandbits(64):x}.{rnd.getrandbits(32):x}@alertas.unicaja.es>\n"
           f"MIME-Version: 1.0\nAuto-Submitted: auto-generated\n")
    return top.encode() + body.bytes()


raw("payment-notification", _unicaja, facts=dict(amount="1484.00", reference="MV-2026-031"),
    note="Unicaja incoming-transfer alert, windows-1252 QP, invoice number inside the remittance concept.")


# ============================================================================================
# Daniela Ortega (Ciudad de México, UX) — invoices (CFDI folio) F-0NNN, MXN
# ============================================================================================
MX, TIJ = "America/Mexico_City", "America/Tijuana"

# SPEI deposit with CEP attached
reply("client-reply-paid",
      frm=("Rodrigo Salinas", "rsalinas@fintechmazatl.mx"), tz=MX,
      date="2026-11-20 16:42", subj="RE: Factura F-0145 - Daniela Ortega UX",
      q=Q("D", "due", "F-0145", mxn(18560), "2026-11-19", "2026-11-20 09:00", days_late=1,
          salut="Buenos días, Rodrigo Salinas:", subject="Re: Factura F-0145 - Daniela Ortega UX"),
      style="outlook", mailer="outlook",
      att=[("CEP_SPEI_20261120.pdf", "application/pdf", fake_pdf("CEP Banxico"))],
      body="""Buenas tardes Daniela,

Ya quedó el depósito por SPEI de la factura F-0145 por $18,560.00, te adjunto el comprobante (CEP de Banxico). Perdón por la demora, tuvimos cierre de sprint y se nos fue.

Quedo atento.

Rodrigo Salinas
Product Lead · Mazatl Fintech""",
      facts=dict(amount="18560.00", currency="MXN", reference="F-0145"),
      note="Mexican client: 'ya quedó el depósito por SPEI' + CEP attached = paid, MXN.")

# deposited 'ahorita', asks to confirm the amount
reply("client-reply-paid",
      frm=("Lupita Hernández", "lupitahdz.cafe@gmail.com"), tz=MX,
      date="2026-12-04 13:05", subj="Re: Recordatorio: factura n.º F-0148",
      q=Q("D", "reminder", "F-0148", mxn(9280), "2026-11-27", "2026-12-04 09:00",
          subject="Recordatorio: factura n.º F-0148", salut="Buenos días, Guadalupe Hernández:"),
      style="latam_gmail",
      body="""Hola Dani! Ya te deposité ahorita, eran 9,280 verdad? Le encargo me confirme cuando le llegue 🙏

Saludos
Lupita
Café La Bici""",
      facts=dict(amount="9280.00", currency="MXN"),
      note="'Ya te deposité ahorita' = paid, with a question about the amount (still paid). Mexican 'le encargo'.")

# university: payment released today, net of ISR/IVA withholdings
reply("client-reply-paid",
      frm=("Departamento de Pagos a Proveedores", "pagos.proveedores@uniteca.edu.mx"), tz=MX,
      date="2027-01-22 14:30", subj="RE: Factura F-0152 - Daniela Ortega UX",
      q=Q("D", "reminder", "F-0152", mxn(16800), "2027-01-10", "2027-01-20 09:00",
          subject="Re: Factura F-0152 - Daniela Ortega UX"),
      style="outlook", fmt="alt", mailer="outlook",
      body="""C. Daniela Ortega Ruiz
P r e s e n t e

Por medio del presente se le informa que el pago correspondiente a su factura con folio F-0152 (orden de compra OC-2026-1187) fue programado y liberado el día de hoy mediante transferencia electrónica, por un importe neto de $15,253.33 M.N., una vez aplicadas las retenciones de ISR e IVA conforme a la legislación vigente.

Se le solicita atentamente emitir el Complemento para Recepción de Pagos (REP) correspondiente dentro del plazo establecido por el SAT.

Sin otro particular, reciba un cordial saludo.

Coordinación de Finanzas
Departamento de Pagos a Proveedores
Universidad Tecnológica del Anáhuac (UNITECA)

AVISO DE PRIVACIDAD: Los datos personales recabados serán protegidos conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares.""",
      facts=dict(amount="15253.33", currency="MXN", reference="F-0152"),
      note="Mexican university, formal ('P r e s e n t e'): payment 'programado y liberado el día de hoy' = paid, net of ISR/IVA withholdings; asks for the REP.")

# ya quedó, checa
reply("client-reply-paid",
      frm=("Emiliano Cruz", "emiliano@tacosdelabarra.mx"), tz=MX,
      date="2027-02-08 11:52", subj="Re: Re: Factura F-0160 - Daniela Ortega UX",
      q=Q("D", "reminder", "F-0160", mxn(6960), "2027-01-30", "2027-02-06 09:00",
          salut="Buenos días, Emiliano Cruz:"),
      style="latam_gmail",
      body="""Qué onda Dani, ya quedó, te pagamos por transferencia el viernes en la tarde. Checa por fa y me dices si no te llegó 🙏

Emi""",
      note="'ya quedó, te pagamos ... el viernes' (past) = paid. Mexican slang.")

# SPEI clave de rastreo, asks for complemento de pago
reply("client-reply-paid",
      frm=("Cuentas por Pagar - Grupo Hotelero Caribe Azul", "cxp@caribeazul.com.mx"), tz="America/Cancun",
      date="2026-12-18 10:14", subj="RE: Recordatorio: factura n.º F-0150",
      q=Q("D", "reminder", "F-0150", mxn(34800), "2026-12-10", "2026-12-17 09:00",
          subject="Recordatorio: factura n.º F-0150"),
      style="outlook", mailer="outlook",
      body="""Buen día:

Listo, ya se fue el pago por SPEI de la factura F-0150. Clave de rastreo: 2026121840014BMOV0000987654321, banco emisor BBVA.

Le encargo por favor nos haga llegar el complemento de pago (REP) a este correo para cerrar el expediente.

Saludos cordiales,
Cuentas por Pagar
Grupo Hotelero Caribe Azul · Cancún, Q. Roo""",
      facts=dict(reference="F-0150"),
      note="AP in Cancún (America/Cancun tz): 'ya se fue el pago por SPEI' + tracking key = paid; asks for the payment complement.")

# el 15 sin falta
reply("client-reply-promise",
      frm=("Mariana Treviño", "mariana@trevinoyasociados.com.mx"), tz="America/Monterrey",
      date="2027-01-08 17:22", subj="RE: Re: Factura F-0155 - Daniela Ortega UX",
      q=Q("D", "reminder", "F-0155", mxn(12760), "2026-12-31", "2027-01-08 09:00",
          salut="Buenos días, Mariana Treviño:"),
      style="outlook", mailer="outlook",
      body="""Hola Daniela, qué pena contigo. Ahorita no puedo porque la cuesta de enero está durísima, pero el 15 sin falta te deposito.

Saludos desde Monterrey,
Mariana""",
      facts=dict(promised_date="2027-01-15"),
      note="Mexican: 'el 15 sin falta te deposito' from 8 Jan -> 15 Jan. 'Ahorita no puedo' is a refusal for now, not a payment.")

# la semana que viene (vague)
reply("client-reply-promise",
      frm=("Jorge Lozano", "jlozano@agenciacolibri.mx"), tz=MX,
      date="2027-02-16 12:10", subj="Re: Recordatorio: factura n.º F-0161",
      q=Q("D", "reminder", "F-0161", mxn(22040), "2027-02-07", "2027-02-16 09:00",
          subject="Recordatorio: factura n.º F-0161", salut="Buenos días, Jorge Lozano:"),
      style="latam_gmail",
      body="""Hola Daniela, ya la tengo aquí. La semana que viene te la pagamos, estamos esperando que nos caiga lo de un cliente.

Saludos, quedo atento
Jorge""",
      note="'la semana que viene' is vague -> promise, no date.")

# quincena: el 30
reply("client-reply-promise",
      frm=("Karla Ibarra", "karla.ibarra.design@outlook.com"), tz=MX,
      date="2026-11-24 20:48", subj="RE: Factura F-0146 - Daniela Ortega UX",
      q=Q("D", "due", "F-0146", mxn(5800), "2026-11-23", "2026-11-24 09:00", days_late=1,
          salut="Buenos días, Karla Ibarra:", subject="Re: Factura F-0146 - Daniela Ortega UX"),
      style="outlook", mailer="outlook",
      body="""Hola Dani!! Te lo pago en la quincena, el 30, que ahorita ando bien corta. Perdón!! 🙈""",
      facts=dict(promised_date="2026-11-30"),
      note="'en la quincena, el 30' from 24 Nov -> 30 Nov.")

# late night: mañana a primera hora (UTC is already the next day)
reply("client-reply-promise",
      frm=("Santiago Villaseñor", "santi@villasenorstudio.mx"), tz=MX,
      date="2027-02-03 23:40", subj="Re: Re: Factura F-0162 - Daniela Ortega UX",
      q=Q("D", "reminder", "F-0162", mxn(9860), "2027-01-25", "2027-02-03 09:00",
          salut="Buenos días, Santiago Villaseñor:"),
      style="apple", mailer="apple",
      body="""Dani, perdón, apenas vi tu correo. Mañana a primera hora te hago la transferencia, ya la dejé anotada.

Enviado desde mi iPhone""",
      facts=dict(promised_date="2027-02-04"),
      note="Sent 23:40 Mexico City (already 4 Feb in UTC): 'mañana' resolves against the sender's local date 3 Feb -> 4 Feb.")

# influencer agency: when the brand releases the payment (vague)
reply("client-reply-promise",
      frm=("Valentina Ríos · Nova Talent MX", "valentina@novatalent.mx"), tz=MX,
      date="2027-01-28 13:33", subj="Re: Recordatorio: factura n.º F-0157",
      q=Q("D", "reminder", "F-0157", mxn(13920), "2027-01-18", "2027-01-28 09:00",
          subject="Recordatorio: factura n.º F-0157", salut="Buenos días, Valentina Ríos:"),
      style="apple", mailer="apple",
      body="""Hola Dani!! ✨

Mil gracias por la paciencia. La marca todavía no nos libera el pago de la campaña de @fercho.eats (ya sabes cómo son las corporativas, 90 días y luego todavía piden otro formato de factura 🙄). En cuanto nos lo liberen te lo dispersamos a ti y a los demás proveedores, prometido.

Besos,
Vale
Talent Manager · Nova Talent MX""",
      note="Influencer manager: will pay when the brand pays -> promise, vague.")

# dispute: duplicate of an invoice already paid
reply("client-reply-dispute",
      frm=("Rodrigo Salinas", "rsalinas@fintechmazatl.mx"), tz=MX,
      date="2026-12-10 10:03", subj="RE: Factura F-0149 - Daniela Ortega UX",
      q=Q("D", "due", "F-0149", mxn(18560), "2026-12-09", "2026-12-10 09:00", days_late=1,
          salut="Buenos días, Rodrigo Salinas:", subject="Re: Factura F-0149 - Daniela Ortega UX"),
      style="outlook", mailer="outlook",
      body="""Daniela, creo que hay un error: esta factura es por el mismo concepto y el mismo importe que la F-0145 (sprint de investigación de octubre), que ya te pagamos en noviembre. ¿No será un duplicado? Por nuestro lado no la vamos a procesar, porque sería pagar dos veces lo mismo. Si me equivoco dime qué cubre exactamente.

Rodrigo""",
      facts=dict(reference="F-0149"),
      note="Client says this invoice duplicates one already paid and won't process it -> dispute (already billed). Not 'paid' even though it says 'ya te pagamos'.")

# dispute: onboarding screens missing
reply("client-reply-dispute",
      frm=("Paola Garza", "pgarza@saludenlinea.mx"), tz="America/Monterrey",
      date="2027-02-12 09:47", subj="RE: Re: Factura F-0163 - Daniela Ortega UX",
      q=Q("D", "reminder", "F-0163", mxn(27840), "2027-02-03", "2027-02-11 09:00",
          salut="Buenos días, Paola Garza:"),
      style="outlook", mailer="outlook",
      body="""Hola Daniela,

El entregable no está completo: faltan las pantallas de onboarding y el flujo de recuperación de contraseña que venían en el alcance firmado (punto 3.2 de la propuesta). Hasta que estén no liberamos el pago; en cuanto las entregues se lo paso a finanzas.

Saludos,
Paola Garza
Head of Product · Salud en Línea""",
      note="Payment withheld until missing deliverables arrive = dispute (work not as agreed).")

# dispute: wrong VAT rate (border region 8%)
reply("client-reply-dispute",
      frm=("Contabilidad Maquila Baja", "contabilidad@maquilabaja.com"), tz=TIJ,
      date="2026-11-27 15:30", subj="RE: Factura F-0147 - Daniela Ortega UX",
      q=Q("D", "invoice", "F-0147", mxn(23200), "2026-12-27", "2026-11-27 09:00",
          salut="Estimados señores:", subject="Factura F-0147 - Daniela Ortega UX"),
      style="outlook", mailer="outlook",
      body="""Buenas tardes,

Recibimos su factura F-0147, pero no la podemos aceptar: está timbrada con IVA al 16 % y nuestra empresa está en la región fronteriza norte (Tijuana, B.C.), donde aplica el estímulo fiscal del 8 %. Le solicitamos cancelar el CFDI y volver a timbrarlo con la tasa correcta.

Quedamos atentos.

Departamento de Contabilidad
Maquila Baja, S.A. de C.V.""",
      note="Reply to the invoice mail itself: client rejects the CFDI (wrong VAT rate) and asks to cancel and reissue -> dispute. Tijuana time zone.")

# other: needs the XML
reply("client-reply-other",
      frm=("Héctor Domínguez", "hector.dominguez@constructoratepeyac.mx"), tz=MX,
      date="2026-11-12 12:25", subj="RE: Factura F-0144 - Daniela Ortega UX",
      q=Q("D", "invoice", "F-0144", mxn(11600), "2026-12-11", "2026-11-11 18:00",
          salut="Estimados señores:", subject="Factura F-0144 - Daniela Ortega UX"),
      style="outlook", mailer="outlook",
      body="""Oye Daniela, ¿me podrías mandar el XML del CFDI? Nada más me llegó el PDF y sin el XML no me lo aceptan en contabilidad.

Gracias, quedo atento
Héctor""",
      note="Asks for the CFDI XML -> other.")

# other: constancia de situación fiscal for supplier registration
reply("client-reply-other",
      frm=("Alta de Proveedores - Grupo Tepeyac", "altaproveedores@grupotepeyac.mx"), tz=MX,
      date="2027-01-14 10:40", subj="RE: Recordatorio: factura n.º F-0153",
      q=Q("D", "reminder", "F-0153", mxn(17400), "2027-01-04", "2027-01-13 09:00",
          subject="Recordatorio: factura n.º F-0153"),
      style="outlook", mailer="outlook",
      body="""Buen día:

Para poder dar de alta su registro como proveedor y programar pagos, le encargo nos envíe la siguiente documentación:

1. Constancia de Situación Fiscal actualizada (no mayor a 30 días)
2. Opinión de cumplimiento de obligaciones fiscales (32-D) en sentido positivo
3. Carátula del estado de cuenta con CLABE interbancaria

Sin esta documentación el sistema no permite registrar la factura.

Saludos,
Alta de Proveedores
Grupo Tepeyac""",
      note="Supplier onboarding paperwork request -> other.")

# other: forwarded to accounts payable
reply("client-reply-other",
      frm=("Ximena Olvera", "xolvera@brandlab.mx"), tz=MX,
      date="2027-02-24 18:02", subj="Re: Re: Factura F-0164 - Daniela Ortega UX",
      q=Q("D", "due", "F-0164", mxn(8120), "2027-02-23", "2027-02-24 09:00", days_late=1,
          salut="Buenos días, Ximena Olvera:"),
      style="latam_gmail",
      body="""Gracias por el recordatorio Dani, ya lo turné a cuentas por pagar. Cualquier cosa te aviso.

Saludos!
Xime""",
      note="'ya lo turné a cuentas por pagar' = forwarded to AP, no payment claim or promise -> other.")


# ============================================================================================
# More machine mail and one more client question
# ============================================================================================

# other: gestoría needs a bank-ownership certificate before paying
reply("client-reply-other",
      frm=("Gestoría Villalba", "proveedores@gestoriavillalba.com"),
      date="2027-02-17 10:22", subj="RE: Re: Factura 2027-006 - Lucía Martín Estudio",
      q=Q("L", "reminder", "2027-006", eur(1378), "2027-02-08", "2027-02-16 09:00",
          to="Óptica Villalba <optica@opticavillalba.es>"),
      style="outlook", mailer="outlook",
      body="""Buenos días:

Le escribimos desde la gestoría de Óptica Villalba, S.L., que nos ha reenviado su correo.

Para poder dar de alta su cuenta en el programa de pagos necesitamos un certificado de titularidad bancaria (el que emite el banco, firmado o con código de verificación). Por política interna no damos de alta ningún IBAN que venga solo en la factura o en el cuerpo de un correo.

En cuanto lo recibamos, le informamos.

Atentamente,
Departamento de Proveedores
Gestoría Villalba""",
      note="Gestoría for the client asks for a bank-ownership certificate before setting up payment; no date or promise -> other.")


# out-of-office, vague return, no RFC 3834 headers
def _ooo_vague(rnd):
    d = T("2027-01-05 09:00:12")
    text = """Gracias por su mensaje.

Me encuentro de vacaciones y volveré después de Reyes. Durante este tiempo no tendré acceso al correo.
Para cualquier asunto urgente puede contactar con mi compañera Amparo en el 963 51 77 40.

¡Felices fiestas!

Eva Lloret
Turisme Llevant
"""
    body = textpart(text, "plain", "iso-8859-1", "quoted-printable")
    top = (f"Date: {format_datetime(d)}\nFrom: {addr('Eva Lloret', 'eva.lloret@turismelevant.es')}\n"
           f"To: valeria@vstraducciones.com\n"
           f"Subject: {hdr('Respuesta automática: Recordatorio: factura n.º VS-26-063', 'iso-8859-1')}\n"
           f"Message-ID: <{rnd.getrandbits(64):x}@turismelevant.es>\n"
           f"In-Reply-To: <mailduns.20270105090000.0a7de2f193@vstraducciones.com>\nMIME-Version: 1.0\n")
    return top.encode() + body.bytes()


raw("auto-reply", _ooo_vague,
    note="Out-of-office without Auto-Submitted/X-Autoreply headers; 'volveré después de Reyes' is vague -> no return_date.")


# out-of-office with a range 'ambos incluidos'
def _ooo_range(rnd):
    d = T("2026-12-22 09:00:40")
    text = """Buenos días:

Estaré fuera de la oficina del 22 de diciembre al 6 de enero, ambos incluidos. Los pagos a proveedores se retomarán a mi regreso.

Para cualquier urgencia, pueden escribir a administracion@fundacionartejoven.org.

Un saludo,
Marisa Domínguez
Fundación Arte Joven
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p class=\"MsoNormal\">Buenos días:</p><p class=\"MsoNormal\">Estaré fuera de la oficina del 22 de "
            "diciembre al 6 de enero, ambos incluidos. Los pagos a proveedores se retomarán a mi regreso.</p>"
            "<p class=\"MsoNormal\">Para cualquier urgencia, pueden escribir a "
            "<a href=\"mailto:administracion@fundacionartejoven.org\">administracion@fundacionartejoven.org</a>.</p>"
            "<p class=\"MsoNormal\">Un saludo,<br>Marisa Domínguez<br>Fundación Arte Joven</p></body></html>\n")
    body = multipart("alternative", [textpart(text), textpart(html, "html")], "o")
    top = (f"Date: {format_datetime(d)}\nFrom: {addr('Marisa Domínguez', 'mdominguez@fundacionartejoven.org')}\n"
           f"To: {addr('Lucía Martín', 'lucia@martinestudio.es')}\n"
           f"Subject: {hdr('Respuesta automática: Facturas pendientes')}\n"
           f"Message-ID: <{msgid_for('outlook', rnd, 'x')[1:-1]}>\n"
           f"In-Reply-To: <mailduns.20261222090000.9c0b55e1a4@martinestudio.es>\n"
           f"Auto-Submitted: auto-replied\nX-MS-Exchange-Inbox-Rules-Loop: mdominguez@fundacionartejoven.org\n"
           f"Content-Language: es-ES\nMIME-Version: 1.0\n")
    return top.encode() + body.bytes()


raw("auto-reply", _ooo_range, facts=dict(return_date="2027-01-07"),
    note="Exchange out-of-office: away 22 Dec to 6 Jan 'ambos incluidos' -> back 7 Jan. Mentions supplier payments resuming, but it's an auto-reply.")


# mailbox no longer in use
def _unused(rnd):
    d = T("2027-01-26 09:00:05")
    text = """Esta dirección de correo electrónico ya no está operativa y no se revisa.

Para temas de facturación y pagos, escriba a facturas@galiciamoda.es.
Para cualquier otra consulta: info@galiciamoda.es

Galicia Moda, S.L.
"""
    body = textpart(text)
    top = (f"Date: {format_datetime(d)}\nFrom: {addr('Compras Galicia Moda', 'compras@galiciamoda.es')}\n"
           f"To: marta@martavidal.gal\nSubject: {hdr('Respuesta automática: Recordatorio: factura n.º MV-2026-039')}\n"
           f"Message-ID: <{rnd.getrandbits(64):x}@galiciamoda.es>\n"
           f"In-Reply-To: <mailduns.20270126090000.3e9f0a21b7@martavidal.gal>\n"
           f"X-Autoreply: yes\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n")
    return top.encode() + body.bytes()


raw("auto-reply", _unused, note="'Mailbox no longer in use' auto-reply pointing to another address.")


def _reminder_copy(o, num, sent, to, subj, amount, due):
    """The original message, as embedded in a bounce."""
    q = Q(o, "reminder", num, amount, due, sent)
    ow = OWN[o]
    hdrs = (f"Date: {format_datetime(q.date)}\nFrom: {addr(ow['name'], ow['addr'])}\nTo: {to}\n"
            f"Subject: {hdr(subj)}\nMessage-ID: {q.msgid}\nIn-Reply-To: {q.inv_msgid}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n")
    return hdrs, quopri.encodestring(q.text.encode("utf-8")) + b"\n"


# Postfix: permanent, user unknown
def _bounce_postfix(rnd):
    d = T("2026-12-01 09:00:14")
    oh, ob = _reminder_copy("J", "F-2026-115", "2026-12-01 09:00", "pedidos@imprentaolmos.es",
                            "Re: Factura F-2026-115 · Jordi Puig Fotografia", eur(424), "2026-11-24")
    human = """This is the mail system at host mx2.servidoresweb.es.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pedidos@imprentaolmos.es>: host mail.imprentaolmos.es[185.42.105.77] said:
    550 5.1.1 <pedidos@imprentaolmos.es>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx2.servidoresweb.es
X-Postfix-Queue-ID: 4Qm7Zt1Hk9z9sWq
X-Postfix-Sender: rfc822; jordi@puigserra.cat
Arrival-Date: Tue,  1 Dec 2026 09:00:12 +0100 (CET)

Final-Recipient: rfc822; pedidos@imprentaolmos.es
Original-Recipient: rfc822;pedidos@imprentaolmos.es
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.imprentaolmos.es
Diagnostic-Code: smtp; 550 5.1.1 <pedidos@imprentaolmos.es>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    p1 = Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
              human.encode())
    p2 = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
              status.encode())
    p3 = Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
              oh.encode() + b"\n" + ob)
    rep = multipart("report", [p1, p2, p3], "x", params="; report-type=delivery-status",
                    preamble="This is a MIME-encapsulated message.")
    top = (f"Date: {format_datetime(d)}\nFrom: MAILER-DAEMON@mx2.servidoresweb.es (Mail Delivery System)\n"
           f"To: jordi@puigserra.cat\nSubject: Undelivered Mail Returned to Sender\n"
           f"Message-Id: <20261201080014.4Qm7Zt1Hk9z9sWq@mx2.servidoresweb.es>\n"
           f"Auto-Submitted: auto-replied\nMIME-Version: 1.0\n")
    return top.encode() + rep.bytes()


raw("bounce", _bounce_postfix, facts=dict(failed_recipient="pedidos@imprentaolmos.es", permanent=True),
    note="Postfix DSN, 550 5.1.1 user unknown at a Spanish hosting provider -> permanent.")


# Office 365 (Spanish): delayed -> temporary
def _bounce_o365_delay(rnd):
    d = T("2027-01-21 13:04:51")
    oh, ob = _reminder_copy("V", "VS-26-065", "2027-01-21 09:00", "administracion@hostalmarinaxabia.es",
                            "Recordatorio: factura n.º VS-26-065", eur(318), "2027-01-12")
    human = """La entrega se ha retrasado para estos destinatarios o grupos:

administracion@hostalmarinaxabia.es (administracion@hostalmarinaxabia.es)
Asunto: Recordatorio: factura n.º VS-26-065

Este mensaje todavía no se ha entregado. Seguiremos intentando entregarlo.

El servidor seguirá intentándolo durante 1 día, 19 horas y 55 minutos. Le avisaremos si no se puede entregar en ese período de tiempo.

Información de diagnóstico para administradores:

Servidor de generación: AM0PR04MB6737.eurprd04.prod.outlook.com
Fecha de recepción: 21/01/2027 8:00:21

administracion@hostalmarinaxabia.es
Error del servidor remoto: 451 4.4.0 Primary target IP address responded with: "421 4.3.2 Service not available, closing transmission channel." Attempted failover to alternate host, but that did not succeed.
"""
    status = """Reporting-MTA: dns;AM0PR04MB6737.eurprd04.prod.outlook.com
Received-From-MTA: dns;AM0PR04MB6737.eurprd04.prod.outlook.com
Arrival-Date: Thu, 21 Jan 2027 08:00:21 +0000

Final-Recipient: rfc822;administracion@hostalmarinaxabia.es
Action: delayed
Status: 4.4.0
Diagnostic-Code: smtp;451 4.4.0 Primary target IP address responded with: "421 4.3.2 Service not available, closing transmission channel."
Will-Retry-Until: Sat, 23 Jan 2027 08:00:21 +0000
X-Display-Name: administracion@hostalmarinaxabia.es
"""
    p1 = textpart(human, "plain", "utf-8", "quoted-printable")
    p2 = Part([("Content-Type", "message/delivery-status")], status.encode())
    p3 = Part([("Content-Type", "text/rfc822-headers")], oh.encode())
    rep = multipart("report", [p1, p2, p3], "x", params="; report-type=delivery-status")
    top = (f"Date: {format_datetime(d)}\n"
           f"From: {addr('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vstraducciones.com')}\n"
           f"To: valeria@vstraducciones.com\n"
           f"Subject: {hdr('Retrasado: Recordatorio: factura n.º VS-26-065')}\n"
           f"Message-ID: <{msgid_for('outlook', rnd, 'x')[1:-1]}>\n"
           f"Content-Language: es-ES\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n")
    return top.encode() + rep.bytes()


raw("bounce", _bounce_o365_delay,
    facts=dict(failed_recipient="administracion@hostalmarinaxabia.es", permanent=False),
    note="Exchange Online delay notice in Spanish ('Retrasado'), Action: delayed, 4.4.0 -> temporary.")


# FACe: status change (other)
def _face(rnd):
    d = T("2026-12-11 14:12:33")
    text = """FACe - Punto General de Entrada de Facturas Electrónicas de la Administración General del Estado

Le informamos de que la factura que se indica a continuación ha cambiado de estado:

Número de registro: REGAGE26e00048771203
Número de factura: F-2026-118
Emisor: PUIG SERRA JORDI (NIF 4*******K)
Destinatario: AJUNTAMENT DE CASTELLNOU DEL VALLES
Oficina contable: L01089991
Importe: 1.815,00 EUR

Estado anterior: 1300 - Conformada
Estado actual: 2400 - Contabilizada la obligación reconocida
Fecha del cambio: 11/12/2026 14:12

Puede consultar el detalle de la factura en https://face.gob.es

Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.
Secretaría General de Administración Digital
"""
    body = textpart(text, "plain", "utf-8", "base64")
    top = (f"Date: {format_datetime(d)}\nFrom: FACe <noreply@face.gob.es>\nTo: jordi@puigserra.cat\n"
           f"Subject: {hdr('FACe: cambio de estado de la factura F-2026-118')}\n"
           f"Message-ID: <face.{rnd.getrandbits(64):x}@face.gob.es>\nAuto-Submitted: auto-generated\n"
           f"MIME-Version: 1.0\n")
    return top.encode() + body.bytes()


raw("other", _face, facts=dict(reference="F-2026-118"),
    note="FACe e-invoicing status change ('Contabilizada la obligación reconocida'): not money in, not a client reply -> other.")


# outgoing Bizum the owner made (other)
def _bizum_out(rnd):
    d = T("2027-01-16 22:17:50")
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;color:#333">
<table width="560" align="center" style="border:1px solid #e5e5e5"><tr><td style="background:#007eae;color:#fff;padding:12px">CaixaBank · Bizum</td></tr>
<tr><td style="padding:20px">
<p>Hola, LUCIA:</p>
<p>Has enviado un Bizum de <b>25,00 €</b> a <b>ANA GÓMEZ RUIZ</b> (+34 6** *** 412).</p>
<p>Concepto: cumple Marta 🎂</p>
<p>Fecha: 16/01/2027 22:17</p>
<p style="font-size:11px;color:#888">Si no has realizado esta operación, llama al 900 40 40 90. Este es un mensaje automático.</p>
</td></tr></table></body></html>
"""
    body = textpart(html, "html", "utf-8", "quoted-printable")
    top = (f"Date: {format_datetime(d)}\nFrom: CaixaBank <notificaciones@caixabank.com>\nTo: lucia@martinestudio.es\n"
           f"Subject: {hdr('Has enviado un Bizum')}\n"
           f"Message-ID: <{rnd.getrandbits(64):x}.bizum@caixabank.com>\nAuto-Submitted: auto-generated\n"
           f"MIME-Version: 1.0\n")
    return top.encode() + body.bytes()


raw("other", _bizum_out, note="Outgoing Bizum the owner sent to a friend (money OUT) -> other, not a payment notification.")


# ============================================================================================
# Write everything
# ============================================================================================
FACT_ORDER = ["amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"]
KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    order = list(range(len(MESSAGES)))
    random.Random(1212).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# round12-es: Spanish (Spain + Latin America) replies, machine mail. Generated by make.py.", ""]
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        rnd = random.Random(f"r12e-{idx}")
        data = build_reply(m, rnd) if m["type"] == "reply" else m["build"](rnd)
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        assert m["kind"] in KINDS, m["kind"]
        out.append(f'[files."{name}"]')
        out.append(f'kind = "{m["kind"]}"')
        out.append('language = "es"')
        out.append('split = "dev"')
        for k in FACT_ORDER:
            if k in m["facts"]:
                v = m["facts"][k]
                out.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(v)}")
        extra = set(m["facts"]) - set(FACT_ORDER)
        assert not extra, extra
        out.append(f"note = {toml_str(m['note'])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check()


def check():
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    assert files == sorted(labels), "labels/files mismatch"
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], f"{f}: missing {h}"
        msg["Date"].datetime  # parses
        str(msg["Subject"]); str(msg["From"])
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None or msg.get_content_type().startswith("multipart/report"), f
        d = msg["Date"].datetime
        assert dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc) <= d <= dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc), f
    c = Counter(v["kind"] for v in labels.values())
    print(f"{len(files)} messages OK")
    for k, v in sorted(c.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
