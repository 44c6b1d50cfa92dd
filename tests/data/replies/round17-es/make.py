#!/usr/bin/env python3
"""round17-es: 80 messages that come back to Spanish-speaking freelancers (Spain and Latin America)
after an invoice or a mailduns reminder: clients from Galicia, Andalucía, Canarias, Cataluña, País Vasco,
Peru, Uruguay, Ecuador, Costa Rica, the Dominican Republic and Venezuelans abroad, plus Spanish and
Latin American bank alerts, auto-replies, bounces and other mail.

Standard library only. Writes r17e-0001.eml ... r17e-0080.eml and labels.toml next to itself, then
re-parses every file and checks every label against it.

Every body below is written by hand, message by message. The only shared text is the freelancer's own
outgoing reminders (the mailduns templates in templates/es/), which clients quote below their replies.
"""
import base64
import datetime as dt
import email
import email.header
import email.message
import email.policy
import email.utils
import html
import os
import quopri
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r17e"
N = 80

# --------------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------------

DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS_AB = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MESES_AB = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def T(s, off):
    """'2026-12-03 10:14' plus '+0100' -> aware datetime."""
    sign = 1 if off[0] == "+" else -1
    delta = dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])) * sign
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M" if len(s) == 16 else "%Y-%m-%d %H:%M:%S")
    return d.replace(tzinfo=dt.timezone(delta))


def rfc(d, comment=None):
    s = email.utils.format_datetime(d)
    return f"{s} ({comment})" if comment else s


def larga(d):
    """3 de diciembre de 2026"""
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def outlook_es(d):
    """jueves, 3 de diciembre de 2026 10:14"""
    return f"{DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year} {d:%H:%M}"


def outlook_en(d):
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year} {h}:{d:%M} {ampm}"


def gmail_attr(d, name, address):
    return (f"El {DIAS_AB[d.weekday()]}, {d.day} {MESES_AB[d.month - 1]} {d.year} a las {d:%H:%M}, "
            f"{name} (<{address}>) escribió:")


def apple_attr(d, name, address):
    return f"El {d.day} {MESES_AB[d.month - 1]} {d.year}, a las {d:%H:%M}, {name} <{address}> escribió:"


def tbird_attr(d, name):
    return f"El {d:%d/%m/%y} a las {d:%H:%M}, {name} escribió:"


# --------------------------------------------------------------------------------------------------
# MIME building (by hand, so that encodings and header order look like the real thing)
# --------------------------------------------------------------------------------------------------

def hdr(value, charset="utf-8", name="Subject"):
    """Encode only the words that need it, as mail clients do ('Re: Factura =?utf-8?q?n=2E=C2=BA?= 12')."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        m = email.message.EmailMessage()
        m[name] = value
        folded = m.as_bytes(policy=email.policy.default.clone(linesep="\n")).decode("ascii")
        return folded.split("\n\n")[0][len(name) + 2:]


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, address), charset=charset)


class Part:
    def __init__(self, ctype, body, charset="utf-8", cte="quoted-printable", filename=None,
                 disposition=None, extra=(), ctype_params="", cid=None, name_param=True):
        self.ctype, self.body, self.charset, self.cte = ctype, body, charset, cte
        self.filename, self.disposition, self.extra = filename, disposition, list(extra)
        self.ctype_params, self.cid, self.name_param = ctype_params, cid, name_param

    def headers(self):
        ct = self.ctype
        if isinstance(self.body, str) and self.charset:
            ct += f'; charset="{self.charset}"'
        if self.ctype_params:
            ct += "; " + self.ctype_params
        if self.filename and self.name_param:
            ct += f'; name="{self.filename}"'
        h = [f"Content-Type: {ct}"]
        if self.cte:
            h.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.cid:
            h.append(f"Content-ID: <{self.cid}>")
        if self.disposition or self.filename:
            disp = self.disposition or "attachment"
            if self.filename:
                disp += f'; filename="{self.filename}"'
            h.append(f"Content-Disposition: {disp}")
        h.extend(self.extra)
        return h

    def payload(self):
        data = self.body.encode(self.charset) if isinstance(self.body, str) else self.body
        if self.cte == "quoted-printable":
            return quopri.encodestring(data)
        if self.cte == "base64":
            return base64.encodebytes(data)
        if not data.endswith(b"\n"):
            data += b"\n"
        return data


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, params=""):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.preamble, self.params = preamble, params

    def headers(self):
        p = f" {self.params};" if self.params else ""
        return [f'Content-Type: multipart/{self.subtype};{p}\n\tboundary="{self.boundary}"']

    def payload(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\n\n"
        for part in self.parts:
            out += f"--{self.boundary}\n".encode()
            out += "\n".join(part.headers()).encode() + b"\n\n"
            body = part.payload()
            if not body.endswith(b"\n"):
                body += b"\n"
            out += body + b"\n"
        out += f"--{self.boundary}--\n".encode()
        return out


class Raw:
    """A part whose headers and body are given verbatim (message/delivery-status, message/rfc822 …)."""

    def __init__(self, header_lines, body):
        self.h, self.body = header_lines, body

    def headers(self):
        return self.h

    def payload(self):
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


ADDRESS_HEADERS = {"from", "to", "cc", "reply-to"}


def encode_header(k, v):
    """Headers go out in ASCII: RFC 2047 for display names and for words of other headers."""
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        pass
    if k.lower() in ADDRESS_HEADERS:
        return ", ".join(addr(name, a) for name, a in email.utils.getaddresses([v]))
    return hdr(v, name=k)


def build(headers, root, mime_version="1.0"):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {encode_header(k, v)}")
    if mime_version:
        lines.append(f"MIME-Version: {mime_version}")
    lines.extend(root.headers())
    return "\n".join(lines).encode("utf-8") + b"\n\n" + root.payload()


def plain(text, charset="utf-8", cte="quoted-printable", flowed=False):
    return Part("text/plain", text, charset, cte, ctype_params="format=flowed" if flowed else "")


def htmlpart(markup, charset="utf-8", cte="quoted-printable"):
    return Part("text/html", markup, charset, cte)


def alt(text, markup, boundary, charset="utf-8", cte="quoted-printable", html_cte=None):
    return Multi("alternative", [plain(text, charset, cte), htmlpart(markup, charset, html_cte or cte)],
                 boundary)


# small but well-formed binary attachments
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")


def pdf(name, text_hint=b""):
    return Part("application/pdf", PDF + text_hint, None, "base64", filename=name)


def png(name, inline=False, cid=None):
    return Part("image/png", PNG, None, "base64", filename=name,
                disposition="inline" if inline else "attachment", cid=cid)


def jpg(name, inline=False, cid=None):
    return Part("image/jpeg", JPG, None, "base64", filename=name,
                disposition="inline" if inline else "attachment", cid=cid)


# --------------------------------------------------------------------------------------------------
# quoting as mail clients do it
# --------------------------------------------------------------------------------------------------

def gt(text):
    return "\n".join(("> " + line) if line else ">" for line in text.rstrip("\n").split("\n"))


def esc(text):
    return html.escape(text, quote=False)


def divs(text):
    """Gmail's markup: one <div> per line, <div><br></div> for a blank line."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(f"<div>{esc(line)}</div>" if line else "<div><br></div>")
    return "".join(out)


def brs(text):
    return "<br>\n".join(esc(line) for line in text.rstrip("\n").split("\n"))


def paras(text, cls=None, style=None):
    c = f' class="{cls}"' if cls else ""
    s = f' style="{style}"' if style else ""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append(f"<p{c}{s}>" + "<br>\n".join(esc(x) for x in block.split("\n")) + "</p>")
    return "\n".join(out)


def gmail_html(own, attr=None, quoted=None):
    h = f'<div dir="ltr">{divs(own)}</div>'
    if attr:
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              f'{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{divs(quoted)}</blockquote></div>')
    return h + "\n"


def outlook_block_es(frm, d, to, subject, enviado="Enviado", cc=None):
    s = f"De: {frm}\n{enviado}: {outlook_es(d)}\nPara: {to}\n"
    if cc:
        s += f"CC: {cc}\n"
    return s + f"Asunto: {subject}\n"


def outlook_html(own, frm=None, d=None, to=None, subject=None, quoted=None, sig_html="", enviado="Enviado",
                 charset="utf-8"):
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'span.EstiloCorreo18 {mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}\n'
            '--></style></head><body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class="WordSection1">\n')
    body = ""
    for block in own.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            body += f'<p class="MsoNormal">{esc(line) or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n'
        body += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    body += sig_html
    if frm:
        body += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                 f'<p class="MsoNormal"><b>De:</b> {esc(frm)} <br><b>{enviado}:</b> {esc(outlook_es(d))}<br>'
                 f'<b>Para:</b> {esc(to)}<br><b>Asunto:</b> {esc(subject)}<o:p></o:p></p></div>\n'
                 '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        for block in quoted.strip("\n").split("\n\n"):
            body += '<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in block.split("\n")) + "<o:p></o:p></p>\n"
    return head + body + "</div></body></html>\n"


def apple_html(own, attr=None, quoted=None):
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         f'<body dir="auto"><div dir="ltr">{brs(own)}</div>')
    if attr:
        h += (f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
              f'<blockquote type="cite"><div dir="ltr">{brs(quoted)}</div></blockquote>')
    return h + "</body></html>\n"


# --------------------------------------------------------------------------------------------------
# the freelancers (mailbox owners) and what they sent: the wording of templates/es/*.txt.j2
# --------------------------------------------------------------------------------------------------

MARTA = ("Marta Iglesias Rey", "marta@iglesiasrey.gal")            # diseñadora gráfica, Vigo
JAVIER = ("Javier Ortuño Gil", "hola@javierortuno.dev")             # desarrollador web, Sevilla
LUCIA = ("Lucía Paredes Huamán", "lucia@paredestraducciones.pe")    # traductora, Lima
ANDRES = ("Andrés Viera", "andres@vierafoto.com.uy")                # fotógrafo, Montevideo
DIEGO = ("Diego Salazar Andrade", "dsalazar@salazarconsultores.com.ec")  # consultor, Quito
CAROLINA = ("Carolina Mora Solís", "carolina@moraestudio.cr")       # ilustradora, San José
NEREA = ("Nerea Etxeberria Lasa", "nerea@etxeberria.eus")           # traductora, Bilbao
PAU = ("Pau Ferrer Vidal", "pau@ferrerweb.cat")                     # desarrollador, Barcelona
YAIZA = ("Yaiza Hernández Cabrera", "yaiza@yaizahdez.com")          # fotógrafa y vídeo, Las Palmas
ROCIO = ("Rocío Delgado Ruiz", "rocio@rociodelgado.es")             # community manager, Granada
RAMON = ("Ramón Peña Almonte", "ramon@penaalmonte.com.do")          # audiovisual, Santo Domingo
INES = ("Inés Castro Varela", "ines@castrovarela.es")               # arquitecta técnica, Santiago


def who(p):
    return f"{p[0]} <{p[1]}>"


def pago_iban(benef, iban, bic, concepto):
    return (f"Datos para el pago:\n- beneficiario: {benef}\n- IBAN: {iban}\n- BIC: {bic}\n"
            f"- concepto: {concepto}")


def pago_libre(text):
    return f"Datos para el pago: {text}"


PAGO_EN_FACTURA = "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación."


def r_courtesy(saludo, num, importe, emitida, vence, pago, owner):
    em = f", emitida el {emitida}," if emitida else ""
    return (f"{saludo}\n\nUn breve recordatorio: la factura n.º {num} de {importe}{em} vence el {vence}.\n\n"
            "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
            f"{pago}\n\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{owner}\n")


def r_due(saludo, num, importe, vence, pago, owner, late=False):
    if late:
        first = (f"La factura n.º {num} de {importe} venció el {vence} y, según mis registros, el pago aún no "
                 "consta. Agradecería que se tramitara en los próximos días.")
    else:
        first = f"La factura n.º {num} de {importe} vence hoy, {vence}."
    return (f"{saludo}\n\n{first}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada "
            f"más.\n\n{pago}\n\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n"
            f"{owner}\n")


def r_reminder(saludo, num, importe, vence, pago, owner):
    return (f"{saludo}\n\nRevisando mis cuentas, veo que la factura n.º {num} de {importe}, vencida el {vence}, "
            "sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se "
            "realizara en cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta "
            "con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si "
            "hay algún problema con la factura, podemos aclararlo por esta misma vía.\n\n"
            f"{pago}\n\nUn cordial saludo,\n{owner}\n")


def r_late_fee(saludo, num, importe, vence, dias, deadline, pago, owner, fees=None, total=None):
    fee_txt = ""
    if fees:
        fee_txt = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, "
                   "por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales "
                   "(Directiva 2011/7/UE). A la deuda se añade una cantidad fija de 40,00 € en concepto de "
                   "indemnización por costes de cobro (art. 8).\n\nA día de hoy, el importe adeudado es el "
                   "siguiente:\n" + "".join(f"- {x}\n" for x in fees) + "\n")
    return (f"{saludo}\n\nLa factura n.º {num} de {importe} venció el {vence}, hace {dias} días, y sigue "
            f"pendiente de pago.\n\n{fee_txt}Ruego que el pago de {total or importe} se realice a más tardar el "
            f"{deadline}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha de la "
            "transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una solución "
            f"por esta misma vía.\n\n{pago}\n\nUn cordial saludo,\n{owner}\n")


def r_promise_followup(saludo, num, importe, promesa, pago, owner):
    return (f"{saludo}\n\nSegún su último mensaje, el pago de la factura n.º {num} de {importe} se realizaría a "
            f"más tardar el {promesa}; gracias de nuevo por la información.\n\nA día de hoy el pago todavía no ha "
            "llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la "
            "transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.\n\n"
            f"{pago}\n\nUn cordial saludo,\n{owner}\n")


def r_suspension(saludo, num, importe, vence, deadline, suspension, pago, owner):
    return (f"{saludo}\n\nVuelvo a ponerme en contacto en relación con la factura n.º {num} de {importe}, vencida "
            f"el {vence} y todavía pendiente de pago.\n\nSi para el {deadline} no se ha recibido el pago de "
            f"{importe}, a partir del {suspension} podría verme en la necesidad de suspender los trabajos en curso "
            "y la prestación de los servicios contratados hasta que se regularice la situación. Si existe alguna "
            "dificultad (por ejemplo, si es necesario fraccionar el pago), basta con responder a este correo y "
            f"buscaremos una solución.\n\n{pago}\n\nUn cordial saludo,\n{owner}\n")


def r_statement(saludo, lines, total, deadline, pago, owner):
    items = "".join(f"- {x}\n" for x in lines)
    return (f"{saludo}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n"
            f"{items}\nTotal a pagar: {total}\n\nRuego que el pago de estas facturas se realice a más tardar el "
            f"{deadline}. Si alguna de ellas ya está pagada, muchas gracias: basta con responder indicando cuáles "
            "y la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con "
            f"alguna factura, podemos aclararlo por esta misma vía.\n\n{pago}\n\nUn cordial saludo,\n{owner}\n")


def invoice_mail(saludo, num, cuerpo, owner):
    """The first message, with the invoice attached (written by the freelancer, not by mailduns)."""
    return f"{saludo}\n\n{cuerpo}\n\nUn saludo,\n{owner}\n"


# --------------------------------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------------------------------

MSGS = {}


def M(n, kind, lang, note, **facts):
    def deco(fn):
        assert n not in MSGS, n
        MSGS[n] = dict(kind=kind, lang=lang, note=note, facts=facts, fn=fn)
        return fn
    return deco


def mid(local, domain):
    return f"<{local}@{domain}>"


def std(frm, to, subject, date, msgid, irt=None, refs=None, extra_before=(), extra_after=(), cc=None):
    """Common header list: Received lines or other extras, then the usual ones."""
    h = list(extra_before)
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", date), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += list(extra_after)
    return h

# ==================================================================================================
# the messages
# ==================================================================================================

@M(1, "client-reply-paid", "es",
   "Galician canning firm's admin attaches the transfer receipt for MIR-2026-041 and states 1.452,00 €; Outlook "
   "quote of the reminder and a legal disclaimer below.",
   amount="1452.00", currency="EUR", reference="MIR-2026-041")
def m1():
    d = T("2026-11-04 09:37", "+0100")
    d0 = T("2026-11-02 09:00", "+0100")
    paula = ("Paula Louro Castiñeiras", "administracion@conservasriadearousa.es")
    subj0 = "Recordatorio: factura n.º MIR-2026-041"
    quoted = r_reminder("Estimados señores:", "MIR-2026-041", "1.452,00 €", "30 de octubre de 2026",
                        pago_iban("Marta Iglesias Rey", "ES41 2080 5000 6130 4012 7788", "CAGLESMMXXX",
                                  "Factura MIR-2026-041"), MARTA[0])
    own = ("Buenos días, Marta:\n\n"
           "Te adjunto el justificante de la transferencia de la factura MIR-2026-041, por importe de 1.452,00 €. "
           "Se ordenó ayer por la tarde desde Abanca, así que mañana como tarde debería estar en tu cuenta.\n\n"
           "Disculpa el retraso, se nos había quedado traspapelada con el cierre de octubre.\n\n"
           "Un saludo,\n")
    sig = ("Paula Louro Castiñeiras\nAdministración\nConservas Ría de Arousa, S.L.\n"
           "Rúa do Porto, 14 · 36980 O Grove (Pontevedra)\nTel. 986 730 412\n\n"
           "AVISO LEGAL: Este mensaje y sus adjuntos se dirigen exclusivamente a su destinatario y pueden contener "
           "información confidencial. Si lo ha recibido por error, le rogamos que nos lo comunique y lo elimine. "
           "Conforme al RGPD, sus datos forman parte de un fichero responsabilidad de Conservas Ría de Arousa, S.L.; "
           "puede ejercer sus derechos en lopd@conservasriadearousa.es.\n")
    block = outlook_block_es(who(MARTA), d0, paula[0], subj0)
    text = own + "\n" + sig + "\n" + block + "\n" + quoted
    sig_html = "".join(f'<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">{esc(x)}</span></p>\n'
                       for x in sig.split("\n") if x)
    markup = outlook_html(own, who(MARTA), d0, paula[0], subj0, quoted, sig_html=sig_html)
    root = Multi("mixed", [Multi("alternative", [plain(text), htmlpart(markup)], "_000_AM0PR04MB7121_alt_"),
                           pdf("Justificante_transferencia_MIR-2026-041.pdf")],
                 "_004_AM0PR04MB7121_mixed_")
    h = std(addr(*paula), who(MARTA), "RE: " + subj0, rfc(d),
            mid("AM0PR04MB71215F3E2C1D9A0B8E4C2A1FB6412", "AM0PR04MB7121.eurprd04.prod.outlook.com"),
            irt=mid("20261102080000.mir2026041.r1", "iglesiasrey.gal"),
            refs=mid("20261102080000.mir2026041.r1", "iglesiasrey.gal"),
            extra_after=[("Thread-Topic", hdr(subj0)), ("Thread-Index", "AdtOQk9n3Y0m2m1cS0mQb3wq7f0xkA=="),
                         ("Content-Language", "es-ES"), ("X-MS-Has-Attach", "yes")])
    return build(h, root), own


@M(2, "client-reply-promise", "es",
   "Sevillian hostel owner from his iPhone: 'El viernes te lo pago' written on Thursday 10 December, so the next "
   "Friday is 11 December; no sum in his own words.",
   promised_date="2026-12-11")
def m2():
    d = T("2026-12-10 13:05", "+0100")
    d0 = T("2026-12-09 09:30", "+0100")
    manolo = ("Manuel Cabello", "manolo@hostallosnaranjos.com")
    quoted = r_due("Buenos días, Manuel Cabello:", "2026/071", "1.089,00 €", "30 de noviembre de 2026",
                   pago_iban("Javier Ortuño Gil", "ES12 0182 5566 7102 0163 9944", "BBVAESMMXXX",
                             "Factura 2026/071"), JAVIER[0], late=True)
    own = ("Quillo Javier perdona la tardanza, que con el puente esto ha sido una locura, el hostal hasta arriba "
           "y yo mu liado. El viernes te lo pago sin falta, palabrita.\n\nManolo\n\nEnviado desde mi iPhone")
    text = own + "\n\n" + apple_attr(d0, JAVIER[0], JAVIER[1]) + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*manolo), who(JAVIER), "Re: Factura n.º 2026/071", rfc(d),
            mid("6B1F0C2E-77A4-4D3B-9E0A-2F55C1D7A8B3", "hostallosnaranjos.com"),
            irt=mid("20261209083000.2026071.d1", "javierortuno.dev"),
            refs=mid("20261209083000.2026071.d1", "javierortuno.dev"),
            extra_after=[("X-Mailer", "iPhone Mail (22B91)")])
    return build(h, plain(text), mime_version="1.0 (1.0)"), own


@M(3, "payment-notification", "es",
   "BBVA alert of an incoming transfer of 1.210,00 € whose concepto names invoice MIR-2026-044.",
   amount="1210.00", currency="EUR", reference="MIR-2026-044")
def m3():
    d = T("2026-11-09 11:02", "+0100")
    own = ("Hola, MARTA:\n\nHas recibido una transferencia en tu cuenta ·4821.\n\n"
           "Importe: 1.210,00 €\nOrdenante: BODEGAS VAL DO SALNES SL\nConcepto: FRA MIR-2026-044\n"
           "Fecha valor: 09/11/2026\n\nPuedes consultar el detalle en la app o en bbva.es.\n")
    markup = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>BBVA</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#072146;padding:18px 24px"><img src="https://www.bbva.es/content/dam/public-web/global/images/logos/logo_bbva_blanco.png" alt="BBVA" width="90"></td></tr>
<tr><td style="padding:28px 24px 8px 24px;font-size:22px;color:#072146"><b>Hola, MARTA:</b></td></tr>
<tr><td style="padding:0 24px 18px 24px;font-size:15px;color:#121212">Has recibido una transferencia en tu cuenta &middot;4821.</td></tr>
<tr><td style="padding:0 24px">
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #e9e9e9;font-size:14px">
<tr><td style="color:#666">Importe</td><td align="right"><b>1.210,00 &euro;</b></td></tr>
<tr><td style="color:#666">Ordenante</td><td align="right">BODEGAS VAL DO SALNES SL</td></tr>
<tr><td style="color:#666">Concepto</td><td align="right">FRA MIR-2026-044</td></tr>
<tr><td style="color:#666">Fecha valor</td><td align="right">09/11/2026</td></tr>
</table></td></tr>
<tr><td style="padding:18px 24px;font-size:13px;color:#666">Puedes consultar el detalle en la app o en bbva.es.</td></tr>
<tr><td style="padding:18px 24px;font-size:11px;color:#999;border-top:1px solid #e9e9e9">Este es un mensaje autom&aacute;tico, por favor no respondas a este correo. BBVA nunca te pedir&aacute; tus claves por correo electr&oacute;nico. Banco Bilbao Vizcaya Argentaria, S.A. Plaza de San Nicol&aacute;s, 4 - 48005 Bilbao.</td></tr>
</table></td></tr></table></body></html>
"""
    h = [("From", addr("BBVA", "avisos@notificaciones.bbva.es")), ("To", MARTA[1]),
         ("Subject", "Has recibido una transferencia"), ("Date", rfc(d)),
         ("Message-ID", mid("0102019a6c8f2e41-3c1b7e2a-9f4d-4a51-b7c0-2d9e5f1a6b3c-000000", "eu-west-1.amazonses.com")),
         ("X-SES-Outgoing", "2026.11.09-54.240.4.19")]
    return build(h, htmlpart(markup, cte="base64")), own


@M(4, "client-reply-dispute", "es",
   "Barcelona advisory firm contests F-2026-151: 14 hours billed against a 10-hour fixed quote, asks for a "
   "factura rectificativa and holds the invoice meanwhile; plain text windows-1252.",
   reference="F-2026-151")
def m4():
    d = T("2026-11-12 16:48", "+0100")
    d0 = T("2026-11-09 10:02", "+0100")
    montse = ("Montse Puig", "montse@puigassessors.cat")
    quoted = invoice_mail("Bon dia, Montse:", "F-2026-151",
                          "Te adjunto la factura F-2026-151 correspondiente al mantenimiento de la web en octubre "
                          "(14 horas, detalle en el anexo).\n\nVencimiento a 30 días, por transferencia al IBAN "
                          "que figura en la factura.", PAU[0])
    own = ("Bon dia Pau,\n\n"
           "Hemos revisado la factura F-2026-151 y hay algo que no nos cuadra: nos facturáis 14 horas de "
           "mantenimiento de la web en octubre, pero el presupuesto que aceptamos en septiembre era de 10 horas "
           "mensuales cerradas, y lo que pasara de ahí nos lo teníais que avisar antes. A nosotros nadie nos avisó "
           "de horas extra.\n\n"
           "De cara a tramitarla, ¿nos podéis enviar una factura rectificativa con las 10 horas? Hasta entonces la "
           "dejamos retenida en contabilidad.\n\nGràcies,\n\nMontse Puig\nPuig i Associats · Assessors\n"
           "Via Augusta, 112, 3r 2a · 08006 Barcelona\n")
    text = (own + "\n-----Mensaje original-----\n"
            + outlook_block_es(who(PAU), d0, montse[0], "Factura F-2026-151", enviado="Enviado el")
            + "\n" + quoted)
    h = std(addr(*montse, charset="iso-8859-1"), who(PAU), "RE: Factura F-2026-151", rfc(d),
            mid("000001db5512$a3c4e1f0$eb4ea5d0$", "puigassessors.cat"),
            irt=mid("F-2026-151.1762678920", "ferrerweb.cat"), refs=mid("F-2026-151.1762678920", "ferrerweb.cat"),
            extra_after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH0r1kQy2X3bTn4PmZQ0dJc8w1f3A=="),
                         ("Content-Language", "es")])
    return build(h, plain(text, "windows-1252")), own


@M(5, "client-reply-other", "es",
   "Lima importer's accountant asks for the CCI (interbank code) because the BCP account number alone is not "
   "enough to pay from Interbank: a request for bank details, no payment and no promise.")
def m5():
    d = T("2026-11-16 15:22", "-0500")
    d0 = T("2026-11-13 17:40", "-0500")
    kiara = ("Kiara Huamán Quispe", "khuaman@andinaimport.com.pe")
    quoted = invoice_mail("Buenas tardes, Kiara:", "E001-84",
                          "Te envío adjunto el recibo por honorarios electrónico E001-84 por la traducción de los "
                          "manuales técnicos (S/ 2.500,00, con la retención de cuarta categoría que corresponda).\n\n"
                          "El pago puede hacerse a mi cuenta de ahorros en soles del BCP n.º 193-24581730-0-71, a "
                          "nombre de Lucía Paredes Huamán.", LUCIA[0])
    own = ("Hola Lucía, buenas tardes.\n\n"
           "Para hacerte la transferencia interbancaria nos falta tu CCI. El número que figura en tu correo es el "
           "de tu cuenta BCP, pero nosotros pagamos desde Interbank y el sistema nos pide los 20 dígitos del CCI. "
           "¿Me lo puedes pasar por favor? Apenas lo tenga te confirmo.\n\n"
           "Saludos,\n\n--\nKiara Huamán Quispe\nAsistente de Contabilidad | Andina Import S.A.C.\n"
           "Av. Javier Prado Este 4200, Santiago de Surco, Lima\n")
    attr = gmail_attr(d0, LUCIA[0], LUCIA[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    root = alt(text, gmail_html(own, attr, quoted), "000000000000a7c3e40642f1b9d2")
    h = std(addr(*kiara), who(LUCIA), "Re: Recibo por honorarios E001-84 - traducción manuales", rfc(d),
            mid("CAJx8kT2pQ3vN7mR4eLw9sYbFh0Zc1dG6uAq2oXy5iMn8tK4bVw", "mail.gmail.com"),
            irt=mid("E001-84.20261113", "paredestraducciones.pe"),
            refs=mid("E001-84.20261113", "paredestraducciones.pe"))
    return build(h, root), own


@M(6, "auto-reply", "es",
   "Exchange out-of-office from a Jaén olive-oil firm: away 'del 21 de diciembre al 6 de enero, ambos inclusive', "
   "so the first day back is 7 January 2027.",
   return_date="2027-01-07")
def m6():
    d = T("2026-12-22 08:15", "+0100")
    own = ("Gracias por su mensaje.\n\n"
           "Estaré fuera de la oficina del 21 de diciembre al 6 de enero, ambos inclusive, con acceso limitado al "
           "correo. Para cualquier asunto urgente puede dirigirse a administracion@aceitessierramagina.es o llamar "
           "al 953 77 10 45.\n\nUn saludo,\nEncarnación Moreno\nAceites Sierra Mágina, S.L.\n")
    h = [("From", addr("Encarnación Moreno", "emoreno@aceitessierramagina.es")), ("To", who(ROCIO)),
         ("Subject", hdr("Respuesta automática: Recordatorio: factura n.º RD-26-104")), ("Date", rfc(d)),
         ("Message-ID", mid("DB9PR02MB7345C1E0A8F4B2D3E9A1C6F7A0B2", "DB9PR02MB7345.eurprd02.prod.outlook.com")),
         ("In-Reply-To", mid("20261222071500.rd26104.c1", "rociodelgado.es")),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "emoreno@aceitessierramagina.es"), ("Content-Language", "es-ES")]
    return build(h, alt(own, outlook_html(own), "_000_DB9PR02MB7345_")), own


@M(7, "client-reply-paid", "es",
   "Montevideo client (voseo) says he made the BROU transfer yesterday for the 18.300 pesos of e-Factura A-1187; "
   "pesos uruguayos, so UYU.",
   amount="18300.00", currency="UYU", reference="A-1187")
def m7():
    d = T("2026-11-18 10:41", "-0300")
    d0 = T("2026-11-16 09:00", "-0300")
    fede = ("Federico Larrañaga", "fede@larranagabar.com.uy")
    quoted = r_courtesy("Buenos días, Federico Larrañaga:", "A-1187", "$ 18.300,00", "6 de noviembre de 2026",
                        "20 de noviembre de 2026",
                        pago_libre("BROU, caja de ahorro en pesos n.º 001234567-00002, a nombre de Andrés Viera."),
                        ANDRES[0])
    own = ("Andrés, ¿cómo andás?\n\n"
           "Te hice la transferencia por el BROU ayer de tarde, los 18.300 pesos de la e-Factura A-1187 (las fotos "
           "del local). Fijate si te llegó, cualquier cosa avisame.\n\nAbrazo,\nFede\n")
    attr = gmail_attr(d0, ANDRES[0], ANDRES[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*fede), who(ANDRES), "Re: Recordatorio: factura n.º A-1187", rfc(d),
            mid("CAH3vQz9Rk1pN4xT7wLm2sEo8aYc5fJb0dGu6iKh3nPq9rWt2Zg", "mail.gmail.com"),
            irt=mid("A-1187.c.20261116", "vierafoto.com.uy"), refs=mid("A-1187.c.20261116", "vierafoto.com.uy"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "0000000000004b9e1d0642a8c3f1")), own


@M(8, "client-reply-promise", "es",
   "Quito firm's finance head: invoice 'se cancelará el próximo viernes 27 de noviembre' — in Andean Spanish "
   "'cancelar' means to pay, so this is a promise for 2026-11-27, not a cancellation.",
   promised_date="2026-11-27", reference="001-001-000000457")
def m8():
    d = T("2026-11-23 11:20", "-0500")
    d0 = T("2026-11-20 08:00", "-0500")
    pat = ("Patricia Cevallos", "pcevallos@importadoralosandes.com.ec")
    quoted = r_reminder("Estimados señores:", "001-001-000000457", "USD 1.680,00", "15 de noviembre de 2026",
                        pago_libre("Banco Pichincha, cuenta corriente n.º 2100457813, a nombre de Diego Salazar "
                                   "Andrade, RUC 1712345678001."), DIEGO[0])
    own = ("Estimado Ing. Salazar:\n\n"
           "Reciba un cordial saludo. Por medio del presente le informo que la factura 001-001-000000457 ya fue "
           "ingresada para pago y se cancelará el próximo viernes 27 de noviembre de 2026, una vez aplicadas las "
           "retenciones de ley. El comprobante de retención se le enviará de forma electrónica.\n\n"
           "Atentamente,\n\nIng. Patricia Cevallos\nJefe Financiero\nImportadora Los Andes Cía. Ltda.\n"
           "Av. de los Shyris N35-17 y Portugal, Quito\n")
    subj0 = "Recordatorio: factura n.º 001-001-000000457"
    text = own + "\n" + outlook_block_es(who(DIEGO), d0, pat[0], subj0) + "\n" + quoted
    h = std(addr(*pat), who(DIEGO), "RE: " + subj0, rfc(d),
            mid("SJ0PR13MB5920A1B2C3D4E5F60718293A4B5C", "SJ0PR13MB5920.namprd13.prod.outlook.com"),
            irt=mid("457.r1.20261120", "salazarconsultores.com.ec"),
            refs=mid("457.r1.20261120", "salazarconsultores.com.ec"),
            extra_after=[("Content-Language", "es-EC")])
    root = alt(text, outlook_html(own, who(DIEGO), d0, pat[0], subj0, quoted), "_000_SJ0PR13MB5920_")
    return build(h, root), own


@M(9, "bounce", "en",
   "Postfix DSN: the reminder to administracion@talleresromero.es was rejected with 550 5.1.1 user unknown, a "
   "permanent failure.",
   failed_recipient="administracion@talleresromero.es", permanent=True)
def m9():
    d = T("2026-11-20 18:03:41", "+0100")
    notif = ("This is the mail system at host smtp.javierortuno.dev.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<administracion@talleresromero.es>: host mx1.talleresromero.es[185.42.104.17]\n"
             "    said: 550 5.1.1 <administracion@talleresromero.es>: Recipient address\n"
             "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n"
             "    command)\n")
    status = ("Reporting-MTA: dns; smtp.javierortuno.dev\n"
              "X-Postfix-Queue-ID: 4Xb2kQ1zT7z9rLm\n"
              "X-Postfix-Sender: rfc822; hola@javierortuno.dev\n"
              "Arrival-Date: Fri, 20 Nov 2026 18:03:39 +0100 (CET)\n\n"
              "Final-Recipient: rfc822; administracion@talleresromero.es\n"
              "Original-Recipient: rfc822;administracion@talleresromero.es\n"
              "Action: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; mx1.talleresromero.es\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <administracion@talleresromero.es>: Recipient\n"
              "    address rejected: User unknown in virtual mailbox table\n")
    orig = ("Return-Path: <hola@javierortuno.dev>\n"
            "Received: by smtp.javierortuno.dev (Postfix, from userid 1001)\n"
            "\tid 4Xb2kQ1zT7z9rLm; Fri, 20 Nov 2026 18:03:39 +0100 (CET)\n"
            "From: =?utf-8?q?Javier_Ortu=C3=B1o_Gil?= <hola@javierortuno.dev>\n"
            "To: administracion@talleresromero.es\n"
            "Subject: =?utf-8?q?Recordatorio=3A_factura_n=2E=C2=BA_2026/087?=\n"
            "Date: Fri, 20 Nov 2026 18:03:39 +0100\n"
            "Message-ID: <20261120170339.2026087.c1@javierortuno.dev>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")
    root = Multi("report", [
        Part("text/plain", notif, "us-ascii", None, extra=["Content-Description: Notification"]),
        Raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
        Raw(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig),
    ], "4Xb2kQ3Lrmz9rLp.1795370621/smtp.javierortuno.dev", preamble="This is a MIME-encapsulated message.",
        params="report-type=delivery-status")
    h = [("Return-Path", "<>"),
         ("Received", "by smtp.javierortuno.dev (Postfix)\n\tid 4Xb2kQ3Lrmz9rLp; Fri, 20 Nov 2026 18:03:41 +0100 (CET)"),
         ("Date", rfc(d, "CET")), ("From", "MAILER-DAEMON@smtp.javierortuno.dev (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"), ("To", "hola@javierortuno.dev"),
         ("Auto-Submitted", "auto-replied"),
         ("Message-Id", mid("20261120170341.4Xb2kQ3Lrmz9rLp", "smtp.javierortuno.dev"))]
    return build(h, root), notif + status


@M(10, "client-reply-paid", "es",
   "Costa Rican café owner: 'ya le hice el SINPE Móvil por los ₡95.000', screenshot attached; colones, so CRC; no "
   "invoice number in her words.",
   amount="95000.00", currency="CRC")
def m10():
    d = T("2026-11-25 14:12", "-0600")
    d0 = T("2026-11-24 10:05", "-0600")
    mariela = ("Mariela Jiménez", "mariela@cafetresgeneraciones.cr")
    quoted = r_due("Buenos días, Mariela Jiménez:", "FE-211", "₡95.000,00", "24 de noviembre de 2026",
                   pago_libre("SINPE Móvil al 8812-4567 (Carolina Mora Solís) o transferencia a la cuenta IBAN "
                              "CR05 0152 0200 1026 2840 66 del BCR."), CAROLINA[0])
    own = ("Hola Carolina, ya le hice el SINPE Móvil por los ₡95.000 de las ilustraciones del empaque, adjunto el "
           "comprobante.\nPura vida y mil gracias, quedaron tuanis!! 🙌\n\nMariela\n\nEnviado desde mi iPhone")
    tail = "\n\n" + apple_attr(d0, CAROLINA[0], CAROLINA[1]) + "\n\n" + gt(quoted) + "\n"
    root = Multi("mixed", [plain(own + "\n"), jpg("IMG_4471.jpeg", inline=True),
                           plain(tail)], "Apple-Mail-7E1C2A90-3B4D-4F5E-8A6B-1C2D3E4F5A6B")
    h = std(addr(*mariela), who(CAROLINA), "Re: Factura n.º FE-211", rfc(d),
            mid("A7C3E1F0-5B2D-4C9A-8E7F-6D5C4B3A2918", "cafetresgeneraciones.cr"),
            irt=mid("FE-211.d.20261124", "moraestudio.cr"), refs=mid("FE-211.d.20261124", "moraestudio.cr"),
            extra_after=[("X-Mailer", "iPhone Mail (22B91)")])
    return build(h, root, mime_version="1.0 (1.0)"), own

@M(11, "client-reply-other", "es",
   "Receptionist of a dental clinic in Lalín passes the invoice to the dentist who authorises payments: "
   "forwarded internally, nothing paid or promised.")
def m11():
    d = T("2026-11-26 10:03", "+0100")
    d0 = T("2026-11-25 18:20", "+0100")
    iria = ("Recepción Clínica Dental Lalín", "recepcion@clinicadentallalin.es")
    quoted = invoice_mail("Bos días, Iria:", "MIR-2026-047",
                          "Como quedamos, te envío la factura MIR-2026-047 de la cartelería nueva de la clínica "
                          "(vinilos del escaparate y tarjetas de cita). Va adjunta en PDF.\n\nEl pago, por "
                          "transferencia al IBAN de la factura, a 30 días.", MARTA[0])
    own = ("Bos días Marta,\n\n"
           "Le paso la factura a la doctora Vázquez, que es la que autoriza los pagos. En cuanto me diga algo te "
           "contesto.\n\nUn saludo,\nIria Souto\nRecepción · Clínica Dental Lalín\nTel. 986 78 20 11\n")
    text = own + "\n" + tbird_attr(d0, MARTA[0]) + "\n" + gt(quoted) + "\n"
    h = std(addr(*iria, charset="iso-8859-1"), who(MARTA), "Re: Factura MIR-2026-047 - cartelería", rfc(d),
            mid("8f2c1a7b3e4d5f60.roundcube", "clinicadentallalin.es"),
            irt=mid("MIR-2026-047.20261125172000", "iglesiasrey.gal"),
            refs=mid("MIR-2026-047.20261125172000", "iglesiasrey.gal"),
            extra_after=[("User-Agent", "Roundcube Webmail/1.6.9")])
    return build(h, plain(text, "iso-8859-1", "quoted-printable", flowed=True)), own


@M(12, "client-reply-dispute", "es",
   "Venezuelan client living in Miami: the invoice came for 2.400 but the app was agreed at 1.800 and he did not "
   "approve the payment-gateway extra, so he won't pay it as is and wants a corrected one; the figures are the "
   "disputed totals, not a sum paid or promised.")
def m12():
    d = T("2026-12-01 10:20", "-0500")
    d0 = T("2026-11-30 09:00", "+0100")
    luis = ("Luis Alberto Mendoza", "lamendoza.ve@gmail.com")
    quoted = r_courtesy("Buenos días, Luis Alberto Mendoza:", "2026/078", "2.400,00 €", "20 de noviembre de 2026",
                        "4 de diciembre de 2026",
                        pago_iban("Javier Ortuño Gil", "ES12 0182 5566 7102 0163 9944", "BBVAESMMXXX",
                                  "Factura 2026/078"), JAVIER[0])
    own = ("Chamo, buenos días.\n\n"
           "La factura llegó por 2.400 pero nosotros quedamos en 1.800 por la app completa. Los 600 de la "
           "integración con la pasarela de pagos no los aprobé yo, eso lo pidió mi socio por su cuenta y yo le dije "
           "que esperara. Así no te la puedo pagar, mándame una corregida porfa y la vemos.\n\n"
           "Saludos,\nLuis Alberto\n")
    attr = gmail_attr(d0.astimezone(dt.timezone(dt.timedelta(hours=-5))), JAVIER[0], JAVIER[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*luis), who(JAVIER), "Re: Recordatorio: factura n.º 2026/078", rfc(d),
            mid("CAFp2gR8x0Lk7sVb3TnQy1oWd5Mz9eHc4jUa6iXf2rPk7wBt0Ns", "mail.gmail.com"),
            irt=mid("20261130080000.2026078.c1", "javierortuno.dev"),
            refs=mid("20261130080000.2026078.c1", "javierortuno.dev"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000e1f2a30643b7d9c4")), own


@M(13, "client-reply-promise", "es",
   "Gran Canaria wedding planner: 'te la pago a final de mes' written on 3 December, so 2026-12-31; the rest is "
   "praise for the video.",
   promised_date="2026-12-31")
def m13():
    d = T("2026-12-03 19:40", "+0000")
    d0 = T("2026-12-02 10:00", "+0000")
    nayra = ("Nayra Santana", "nayra@bodasnayrasantana.com")
    quoted = r_due("Buenos días, Nayra Santana:", "2026-52", "856,00 €", "1 de diciembre de 2026",
                   pago_iban("Yaiza Hernández Cabrera", "ES76 2100 8974 1302 0011 5268", "CAIXESBBXXX",
                             "Factura 2026-52"), YAIZA[0], late=True)
    own = ("Buenas Yaiza mi niña!!\n\n"
           "Ya me dijo la gestora que la factura está bien. Te la pago a final de mes cuando me paguen a mí lo de las "
           "bodas de noviembre, ¿vale? Que ahora mismo voy justita.\n\n"
           "Chacho, qué bonito quedó el vídeo de la boda de Agaete, la novia lloró y todo 😍\n\nUn besito,\nNayra\n")
    attr = gmail_attr(d0, YAIZA[0], YAIZA[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*nayra), who(YAIZA), "Re: Factura n.º 2026-52", rfc(d),
            mid("CAL7nM3qW9xZ2vB8kR0pT5sY1dF6gH4jJ0aQ3eC9uI2oL7mN5bV", "mail.gmail.com"),
            irt=mid("2026-52.d.20261202", "yaizahdez.com"), refs=mid("2026-52.d.20261202", "yaizahdez.com"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000c9d8e70643a1f2b5", cte="base64")), own


@M(14, "payment-notification", "es",
   "CaixaBank plain-text alert (windows-1252, quoted-printable): incoming transfer of 453,75 EUR, concepto "
   "FACTURA RD-26-101.",
   amount="453.75", currency="EUR", reference="RD-26-101")
def m14():
    d = T("2026-12-04 07:58", "+0100")
    own = ("CaixaBank le informa:\n\n"
           "Se ha recibido una transferencia en su cuenta ES** **** **** **** **** 3317.\n\n"
           "  Importe:     453,75 EUR\n"
           "  Ordenante:   ACADEMIA BETICA SL\n"
           "  Concepto:    FACTURA RD-26-101\n"
           "  Fecha valor: 04/12/2026\n\n"
           "Puede consultar todos sus movimientos en CaixaBankNow.\n\n"
           "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.\n"
           "CaixaBank, S.A. · C/ Pintor Sorolla, 2-4 · 46002 València\n")
    h = [("From", addr("CaixaBank", "notificaciones@caixabank.com")), ("To", ROCIO[1]),
         ("Subject", "Aviso: transferencia recibida"), ("Date", rfc(d)),
         ("Message-ID", mid("NOT.20261204.075801.3317.884120", "caixabank.com")),
         ("X-Priority", "3")]
    return build(h, plain(own, "windows-1252")), own


@M(15, "client-reply-paid", "es",
   "Basque cooperative: NE-26/118 paid yesterday via Laboral Kutxa, net 1.049,40 € after the usual 15 % IRPF "
   "withholding — the withholding is normal, not a dispute.",
   amount="1049.40", currency="EUR", reference="NE-26/118")
def m15():
    d = T("2026-12-09 12:30", "+0100")
    d0 = T("2026-12-07 09:00", "+0100")
    ane = ("Ane Goikoetxea", "ane@itsasoa.coop")
    quoted = r_courtesy("Estimados señores:", "NE-26/118", "1.197,90 €", "9 de noviembre de 2026",
                        "9 de diciembre de 2026",
                        pago_iban("Nerea Etxeberria Lasa", "ES33 3035 0141 7014 1002 8790", "CLPEES2MXXX",
                                  "Factura NE-26/118"), NEREA[0])
    own = ("Kaixo Nerea!\n\n"
           "Ya está pagada la NE-26/118, la transferencia salió ayer desde Laboral Kutxa, así que te llegará mañana "
           "o pasado. Te hemos aplicado la retención del 15% de IRPF como siempre, así que el importe que te entra "
           "son 1.049,40 €.\n\nEskerrik asko por la rapidez con el catálogo!\n\nAne\n\n"
           "--\nAne Goikoetxea · Administrazioa / Administración\nItsasoa S. Coop. · Bermeo\n")
    attr = gmail_attr(d0, NEREA[0], NEREA[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*ane), who(NEREA), "Re: Recordatorio: factura n.º NE-26/118", rfc(d),
            mid("CAN4bX7yQ1zR8wT2vL5pK9sM3dH0fG6jE2aW7cB4uY1oI8nP3qZ", "mail.gmail.com"),
            irt=mid("NE-26-118.c.20261207", "etxeberria.eus"), refs=mid("NE-26-118.c.20261207", "etxeberria.eus"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "0000000000007a6b5c0643c2d1e8")), own


@M(16, "other", "es",
   "Santander notice of a Bizum the freelancer SENT (45 € to a friend for a dinner): money going out, not a "
   "payment received.")
def m16():
    d = T("2026-12-05 21:14", "+0100")
    own = ("Hola JAVIER,\n\nHas enviado un Bizum.\n\nImporte: 45,00 €\nDestinatario: ÁLVARO G. R.\n"
           "Concepto: cena empresa\nFecha: 05/12/2026 21:14\n\n"
           "Si no has realizado esta operación, llámanos al 915 123 123.\n")
    markup = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;color:#222\">"
              "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">"
              "<tr><td style=\"background:#ec0000;padding:14px 20px;color:#fff;font-size:20px\"><b>Santander</b></td></tr>"
              "<tr><td style=\"padding:24px 20px\"><p>Hola JAVIER,</p><p style=\"font-size:18px\"><b>Has enviado un Bizum.</b></p>"
              "<table cellpadding=\"6\" style=\"font-size:14px\"><tr><td>Importe</td><td><b>45,00 &euro;</b></td></tr>"
              "<tr><td>Destinatario</td><td>&Aacute;LVARO G. R.</td></tr><tr><td>Concepto</td><td>cena empresa</td></tr>"
              "<tr><td>Fecha</td><td>05/12/2026 21:14</td></tr></table>"
              "<p style=\"font-size:12px;color:#666\">Si no has realizado esta operaci&oacute;n, ll&aacute;manos al 915 123 123.</p>"
              "</td></tr><tr><td style=\"padding:12px 20px;font-size:10px;color:#999\">Banco Santander, S.A. "
              "Paseo de Pereda, 9-12, 39004 Santander. Este correo es autom&aacute;tico: no lo respondas.</td></tr>"
              "</table></body></html>\n")
    h = [("From", addr("Santander", "avisos@mail.bancosantander.es")), ("To", JAVIER[1]),
         ("Subject", "Has enviado un Bizum"), ("Date", rfc(d)),
         ("Message-ID", mid("20261205201402.62f1a9c3b8.bizum", "mail.bancosantander.es"))]
    return build(h, alt(own, markup, "----=_Part_2281734_1194321177.1796577242118", cte="quoted-printable")), own


@M(17, "client-reply-dispute", "es",
   "Dominican hardware store's marketing lead: the corporate video came with the old logo and phone number, and "
   "payment will not be approved until it is fixed — withholding payment over work not as agreed.")
def m17():
    d = T("2026-12-10 16:22", "-0400")
    d0 = T("2026-12-08 09:15", "-0400")
    yok = ("Yokasta Ureña", "mercadeo@ferreteriaurena.com.do")
    quoted = r_courtesy("Estimados señores:", "B0100000049", "RD$ 38.000,00", "1 de diciembre de 2026",
                        "15 de diciembre de 2026",
                        pago_libre("Banreservas, cuenta corriente 960-123456-7, a nombre de Ramón Peña Almonte."),
                        RAMON[0])
    own = ("Ramón buenas tardes,\n\n"
           "El video institucional llegó con el logo viejo de la empresa, el que cambiamos en agosto, y además "
           "sale el teléfono de la sucursal de Villa Mella que ya cerramos. Así no lo podemos subir a las redes.\n\n"
           "Hasta que no lo corrijas no te puedo aprobar el pago de la factura, eso me lo dejó claro Don Julio. "
           "Avísame cuando lo tengas y lo revisamos.\n\nYokasta Ureña\nMercadeo · Ferretería Ureña & Hijos, SRL\n"
           "Santo Domingo Norte\n")
    attr = gmail_attr(d0, RAMON[0], RAMON[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*yok), who(RAMON), "Re: Recordatorio: factura n.º B0100000049", rfc(d),
            mid("CAO1tR5uY8iP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP", "mail.gmail.com"),
            irt=mid("B0100000049.c.20261208", "penaalmonte.com.do"),
            refs=mid("B0100000049.c.20261208", "penaalmonte.com.do"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000f3e2d10643d4c5b6")), own


@M(18, "client-reply-dispute", "es",
   "Jaén company manager (HTML-only Outlook) says RD-26-097 bills the whole of November though the second half "
   "was not worked, and asks for a factura rectificativa; 'en cuanto la tengamos, se paga' does not make it a "
   "promise.",
   reference="RD-26-097")
def m18():
    d = T("2026-12-11 12:10", "+0100")
    d0 = T("2026-12-10 09:00", "+0100")
    anto = ("Antonio Jesús Ruiz", "gerencia@aceitessierramagina.es")
    subj0 = "Recordatorio: factura n.º RD-26-097"
    quoted = r_reminder("Estimados señores:", "RD-26-097", "435,60 €", "5 de diciembre de 2026",
                        pago_iban("Rocío Delgado Ruiz", "ES91 2100 4172 3102 0033 3317", "CAIXESBBXXX",
                                  "Factura RD-26-097"), ROCIO[0])
    own = ("Buenos días, Rocío:\n\n"
           "Nos ha llegado la factura RD-26-097 por la gestión de redes del mes de noviembre completo (360 € + IVA), "
           "pero tú misma nos dijiste que la segunda quincena no ibas a poder llevarlas por la operación, y de hecho "
           "no hubo publicaciones del 16 al 30. Entendemos que corresponde facturar la mitad.\n\n"
           "Te agradecería que nos mandaras una factura rectificativa por la quincena; en cuanto la tengamos, se "
           "paga.\n\nQue te mejores. Un saludo,\n\nAntonio Jesús Ruiz\nGerente\nAceites Sierra Mágina, S.L. · "
           "Bedmar (Jaén)\n")
    markup = outlook_html(own, who(ROCIO), d0, "gerencia@aceitessierramagina.es", subj0, quoted,
                          enviado="Enviado el")
    h = std(addr(*anto), who(ROCIO), "RE: " + subj0, rfc(d),
            mid("DB9PR02MB73452E9F1A0C4B8D7E6F5A4B3C2D", "DB9PR02MB7345.eurprd02.prod.outlook.com"),
            irt=mid("20261210080000.rd26097.r1", "rociodelgado.es"),
            refs=mid("20261210080000.rd26097.r1", "rociodelgado.es"),
            extra_after=[("Thread-Topic", hdr(subj0)), ("Content-Language", "es-ES")])
    return build(h, htmlpart(markup, "utf-8", "base64")), own


@M(19, "client-reply-other", "es",
   "Quito construction firm's acknowledgement from Outlook for Android: 'Recibido Ing., gracias' — receipt of "
   "the invoice, not payment.")
def m19():
    d = T("2026-12-14 08:47", "-0500")
    d0 = T("2026-12-11 16:30", "-0500")
    mauro = ("Mauricio Tapia", "mtapia@constructorapasochoa.ec")
    quoted = invoice_mail("Estimado Mauricio:", "001-001-000000463",
                          "Adjunto la factura electrónica 001-001-000000463 por la consultoría de procesos de "
                          "noviembre, con el XML autorizado por el SRI.", DIEGO[0])
    own = "Recibido Ing., gracias. Saludos.\n\nObtener Outlook para Android\n"
    block = ("________________________________\n"
             + outlook_block_es(who(DIEGO), d0, "Mauricio Tapia <mtapia@constructorapasochoa.ec>",
                                "Factura 001-001-000000463 - consultoría noviembre"))
    text = own + block + "\n" + quoted
    markup = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
              '<div dir="auto">Recibido Ing., gracias. Saludos.</div><div dir="auto"><br></div>'
              '<div dir="auto">Obtener <a href="https://aka.ms/AAb9ysg">Outlook para Android</a></div>'
              '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">'
              f'<font face="Calibri, sans-serif" color="#000000" style="font-size:11pt"><b>De:</b> {esc(who(DIEGO))}<br>'
              f'<b>Enviado:</b> {esc(outlook_es(d0))}<br><b>Para:</b> Mauricio Tapia &lt;mtapia@constructorapasochoa.ec&gt;<br>'
              '<b>Asunto:</b> Factura 001-001-000000463 - consultoría noviembre</font><div>&nbsp;</div></div>'
              f'<div>{brs(quoted)}</div></body></html>\n')
    h = std(addr(*mauro), who(DIEGO), "Re: Factura 001-001-000000463 - consultoría noviembre", rfc(d),
            mid("CH3PR11MB7893D0E1F2A3B4C5D6E7F8091A2B", "CH3PR11MB7893.namprd11.prod.outlook.com"),
            irt=mid("463.f.20261211", "salazarconsultores.com.ec"),
            refs=mid("463.f.20261211", "salazarconsultores.com.ec"))
    return build(h, alt(text, markup, "_000_CH3PR11MB7893_")), own


@M(20, "client-reply-paid", "es",
   "Private client in Lima, dictated on the phone without accents: 'ya te yapee los 350 soles' — Yape is a "
   "payment made; soles, so PEN.",
   amount="350.00", currency="PEN")
def m20():
    d = T("2026-12-14 19:03", "-0500")
    d0 = T("2026-12-14 11:20", "-0500")
    rosa = ("Rosa Elvira Quispe", "rosaelvira.quispe64@hotmail.com")
    quoted = invoice_mail("Buenos días, señora Rosa Elvira:", "E001-86",
                          "Le adjunto el recibo por honorarios E001-86 por la traducción certificada de las "
                          "partidas de nacimiento (S/ 350,00). Puede pagar por Yape o Plin al 987 654 321, o por "
                          "transferencia a mi cuenta BCP.", LUCIA[0])
    own = "Lucia ya te yapee los 350 soles revisa porfa y me avisas si te llego gracias hija\n"
    block = ("________________________________\n"
             + outlook_block_es(who(LUCIA), d0, "rosaelvira.quispe64@hotmail.com",
                                "Recibo por honorarios E001-86 - traducción partidas"))
    text = own + "\n" + block + "\n" + quoted
    h = std(addr(*rosa), who(LUCIA), "RE: Recibo por honorarios E001-86 - traducción partidas", rfc(d),
            mid("BY5PR17MB3906F0A1B2C3D4E5F6A7B8C9D0E1", "BY5PR17MB3906.namprd17.prod.outlook.com"),
            irt=mid("E001-86.20261214", "paredestraducciones.pe"),
            refs=mid("E001-86.20261214", "paredestraducciones.pe"))
    return build(h, plain(text, "utf-8", "8bit")), own

@M(21, "auto-reply", "es",
   "Gmail vacation responder from a Montevideo architects' studio: 'de licencia hasta el 10 de enero', so the "
   "first day back is 11 January 2027 (a Monday).",
   return_date="2027-01-11")
def m21():
    d = T("2026-12-24 11:02", "-0300")
    own = ("¡Hola! Estoy de licencia hasta el 10 de enero, sin acceso al correo. A la vuelta respondo todo.\n\n"
           "Por temas de pagos y facturas, escribir a administracion@estudiosp.com.uy.\n\n"
           "Gracias y felices fiestas,\nValentina Sosa\nEstudio Sosa & Pereira · Arquitectura\n")
    h = [("From", addr("Valentina Sosa", "vsosa@estudiosp.com.uy")), ("To", ANDRES[1]),
         ("Subject", "Re: Recordatorio: factura n.º A-1192"), ("Date", rfc(d)),
         ("Message-ID", mid("CAE9vN2mB5xQ8wR1tY4uI7oP0aS3dF6gH9jK2lZ5xC8vB1nM4qW", "mail.gmail.com")),
         ("In-Reply-To", mid("A-1192.c.20261224", "vierafoto.com.uy")),
         ("References", mid("A-1192.c.20261224", "vierafoto.com.uy")),
         ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    return build(h, alt(own, gmail_html(own), "000000000000b5a4c30644e0f1d2")), own


@M(22, "client-reply-promise", "es",
   "Mataró distributor pays 'a 60 días fecha factura' by confirming: F-2026-143 (2.178,00 €) goes into a Banc "
   "Sabadell confirming with vencimiento 25/01/2027 — a scheduled payment, so a promise for that stated day.",
   promised_date="2027-01-25", amount="2178.00", currency="EUR", reference="F-2026-143")
def m22():
    d = T("2026-12-15 10:12", "+0100")
    d0 = T("2026-12-14 09:00", "+0100")
    nuria = ("Núria Vidal", "administracio@distribucionsmaresme.cat")
    subj0 = "Recordatorio: factura n.º F-2026-143"
    quoted = r_due("Estimados señores:", "F-2026-143", "2.178,00 €", "14 de diciembre de 2026",
                   pago_iban("Pau Ferrer Vidal", "ES07 0081 0057 3000 0124 8865", "BSABESBBXXX",
                             "Factura F-2026-143"), PAU[0])
    own = ("Bon dia Pau,\n\n"
           "Como ya sabes, pagamos a 60 días fecha factura mediante confirming. Te informamos de que la factura "
           "F-2026-143, por importe de 2.178,00 €, se ha incluido en la remesa de confirming de Banc Sabadell con "
           "vencimiento 25/01/2027. En los próximos días recibirás la comunicación "
           "del banco; si necesitas anticipar el cobro, lo puedes hacer desde su plataforma de confirming.\n\n"
           "Salutacions,\n\nNúria Vidal\nDept. Administració · Distribucions Maresme, S.L.\nCamí Ral, 340 · 08302 "
           "Mataró\n")
    text = own + "\n" + outlook_block_es(who(PAU), d0, "administracio@distribucionsmaresme.cat", subj0,
                                         enviado="Enviado el") + "\n" + quoted
    h = std(addr(*nuria), who(PAU), "RE: " + subj0, rfc(d),
            mid("000c01db6e2a$4f5a6b70$eb0f4250$", "distribucionsmaresme.cat"),
            irt=mid("20261214080000.F-2026-143.d1", "ferrerweb.cat"),
            refs=mid("20261214080000.F-2026-143.d1", "ferrerweb.cat"),
            extra_after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ca")])
    root = alt(text, outlook_html(own, who(PAU), d0, "administracio@distribucionsmaresme.cat", subj0, quoted,
                                  enviado="Enviado el"), "----=_NextPart_000_0011_01DB6E32.B3E1C560")
    return build(h, root), own


@M(23, "client-reply-dispute", "es",
   "Costa Rican coffee cooperative says FE-219 was issued with 13 % IVA although they are exonerated, and asks for "
   "a new invoice or a credit note: amount wrong.",
   reference="FE-219")
def m23():
    d = T("2026-12-16 09:40", "-0600")
    d0 = T("2026-12-15 08:00", "-0600")
    est = ("Esteban Quesada", "proveeduria@coopedota.cr")
    quoted = r_courtesy("Estimados señores:", "FE-219", "₡452.000,00", "30 de noviembre de 2026",
                        "30 de diciembre de 2026",
                        pago_libre("transferencia a la cuenta IBAN CR05 0152 0200 1026 2840 66 del BCR, a nombre "
                                   "de Carolina Mora Solís."), CAROLINA[0])
    own = ("Diay Carolina, buenos días.\n\n"
           "Disculpe pero la factura electrónica FE-219 viene con el IVA del 13% y nosotros estamos exonerados; en la "
           "orden de compra va la autorización de exoneración de Hacienda. Entonces hay que hacerla de nuevo sin "
           "IVA, o emitir una nota de crédito y una factura nueva, como le quede más fácil.\n\n"
           "Así como está no la puedo pasar a pago. Quedo atento, con mucho gusto.\n\n"
           "Esteban Quesada\nProveeduría · Coopedota R.L.\nSanta María de Dota\n")
    text = own + "\n" + outlook_block_es(who(CAROLINA), d0, "proveeduria@coopedota.cr",
                                         "Recordatorio: factura n.º FE-219") + "\n" + quoted
    h = std(addr(*est), who(CAROLINA), "RE: Recordatorio: factura n.º FE-219", rfc(d),
            mid("000a01db6f1c$2e3f4a50$8a2edef0$", "coopedota.cr"),
            irt=mid("FE-219.c.20261215", "moraestudio.cr"), refs=mid("FE-219.c.20261215", "moraestudio.cr"),
            extra_after=[("X-Mailer", "Microsoft Outlook 16.0")])
    return build(h, plain(text, "utf-8", "quoted-printable")), own


@M(24, "payment-notification", "es",
   "Santander alert of a Bizum RECEIVED (120,00 €) whose concepto names invoice 2026-61.",
   amount="120.00", currency="EUR", reference="2026-61")
def m24():
    d = T("2026-12-17 12:31", "+0100")
    own = ("Hola YAIZA,\n\nHas recibido un Bizum.\n\nImporte: 120,00 €\nRemitente: SERGIO P. M.\n"
           "Concepto: Factura 2026-61 fotos comunion\nFecha: 17/12/2026 12:31\n\n"
           "El dinero ya está disponible en tu cuenta.\n")
    markup = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;color:#222\">"
              "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">"
              "<tr><td style=\"background:#ec0000;padding:14px 20px;color:#fff;font-size:20px\"><b>Santander</b></td></tr>"
              "<tr><td style=\"padding:24px 20px\"><p>Hola YAIZA,</p><p style=\"font-size:18px\"><b>Has recibido un Bizum.</b></p>"
              "<table cellpadding=\"6\" style=\"font-size:14px\"><tr><td>Importe</td><td><b>120,00 &euro;</b></td></tr>"
              "<tr><td>Remitente</td><td>SERGIO P. M.</td></tr><tr><td>Concepto</td><td>Factura 2026-61 fotos comunion</td></tr>"
              "<tr><td>Fecha</td><td>17/12/2026 12:31</td></tr></table>"
              "<p>El dinero ya est&aacute; disponible en tu cuenta.</p>"
              "</td></tr><tr><td style=\"padding:12px 20px;font-size:10px;color:#999\">Banco Santander, S.A. "
              "Paseo de Pereda, 9-12, 39004 Santander. Este correo es autom&aacute;tico: no lo respondas.</td></tr>"
              "</table></body></html>\n")
    h = [("From", addr("Santander", "avisos@mail.bancosantander.es")), ("To", YAIZA[1]),
         ("Subject", "Has recibido un Bizum"), ("Date", rfc(d)),
         ("Message-ID", mid("20261217113105.7a03c2e1d9.bizum", "mail.bancosantander.es"))]
    return build(h, alt(own, markup, "----=_Part_3391820_2018344511.1797507065402")), own


@M(25, "client-reply-paid", "es",
   "Ecuadorian exporter's accountant attaches the Produbanco transfer (USD 2.760,00) for 001-001-000000461 and "
   "the electronic withholding voucher; the retención is routine.",
   amount="2760.00", currency="USD", reference="001-001-000000461")
def m25():
    d = T("2026-12-18 17:05", "-0500")
    d0 = T("2026-12-16 08:00", "-0500")
    mafer = ("María Fernanda Rivadeneira", "contabilidad@agroelordeno.com.ec")
    subj0 = "Recordatorio: factura n.º 001-001-000000461"
    quoted = r_courtesy("Estimados señores:", "001-001-000000461", "USD 3.000,00", "20 de noviembre de 2026",
                        "20 de diciembre de 2026",
                        pago_libre("Banco Pichincha, cuenta corriente n.º 2100457813, a nombre de Diego Salazar "
                                   "Andrade, RUC 1712345678001."), DIEGO[0])
    own = ("Estimado Diego, buenas tardes:\n\n"
           "Adjunto el comprobante de la transferencia realizada hoy desde Produbanco por USD 2.760,00, "
           "correspondiente al pago de la factura 001-001-000000461, así como el comprobante de retención "
           "electrónico (renta 8 %).\n\nCualquier novedad me comenta.\n\nSaludos cordiales,\n\n"
           "CPA María Fernanda Rivadeneira\nContadora General\nAgroexportadora El Ordeño S.A.\n"
           "Machachi – Pichincha\n")
    text = own + "\n" + outlook_block_es(who(DIEGO), d0, "contabilidad@agroelordeno.com.ec", subj0) + "\n" + quoted
    inner = Multi("alternative", [plain(text), htmlpart(outlook_html(own, who(DIEGO), d0,
                                                                      "contabilidad@agroelordeno.com.ec", subj0,
                                                                      quoted))], "_000_BN0PR19MB5221_alt_")
    root = Multi("mixed", [inner, pdf("Comprobante_Produbanco_18122026.pdf"),
                           pdf("RET_001-002-000003118.pdf")], "_005_BN0PR19MB5221_mixed_")
    h = std(addr(*mafer), who(DIEGO), "RE: " + subj0, rfc(d),
            mid("BN0PR19MB5221E1A2B3C4D5E6F708192A3B4C", "BN0PR19MB5221.namprd19.prod.outlook.com"),
            irt=mid("461.c.20261216", "salazarconsultores.com.ec"),
            refs=mid("461.c.20261216", "salazarconsultores.com.ec"),
            extra_after=[("X-MS-Has-Attach", "yes"), ("Content-Language", "es-EC")])
    return build(h, root), own


@M(26, "bounce", "es",
   "Office 365 non-delivery report in Spanish for obras@construccionesbarbanza.es: 550 5.1.10 recipient not "
   "found, permanent.",
   failed_recipient="obras@construccionesbarbanza.es", permanent=True)
def m26():
    d = T("2026-12-18 10:22:07", "+0000")
    text = ("Error en la entrega a estos destinatarios o grupos:\n\n"
            "obras@construccionesbarbanza.es<mailto:obras@construccionesbarbanza.es>\n"
            "No se encontró la dirección de correo electrónico en el dominio de destino. Puede que esté mal escrita "
            "o que ya no exista. Pruebe a volver a escribir la dirección y reenvíe el mensaje.\n\n\n\n\n\n"
            "Información de diagnóstico para administradores:\n\n"
            "Servidor de generación: DB8PR04MB6459.eurprd04.prod.outlook.com\n\n"
            "obras@construccionesbarbanza.es\n"
            "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
            "address lookup'\n\n"
            "Encabezados del mensaje original:\n\n"
            "From: =?utf-8?q?In=C3=A9s_Castro_Varela?= <ines@castrovarela.es>\n"
            "To: obras@construccionesbarbanza.es\n"
            "Subject: =?utf-8?q?Recordatorio=3A_factura_n=2E=C2=BA_ICV-2026/31?=\n"
            "Date: Fri, 18 Dec 2026 11:22:03 +0100\n"
            "Message-ID: <ICV-2026-31.r1.20261218@castrovarela.es>\n")
    markup = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
              "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Error en la entrega a estos destinatarios o "
              "grupos:</font></b></p><p><font color=\"#000000\" size=\"2\" face=\"Tahoma\"><a href=\"mailto:"
              "obras@construccionesbarbanza.es\">obras@construccionesbarbanza.es</a><br>No se encontró la dirección "
              "de correo electrónico en el dominio de destino. Puede que esté mal escrita o que ya no exista. Pruebe "
              "a volver a escribir la dirección y reenvíe el mensaje.</font></p><p><font size=\"2\" face=\"Tahoma\">"
              "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
              "lookup'</font></p></body></html>\n")
    status = ("Reporting-MTA: dns;DB8PR04MB6459.eurprd04.prod.outlook.com\n"
              "Received-From-MTA: dns;castrovarela.es\n"
              "Arrival-Date: Fri, 18 Dec 2026 10:22:04 +0000\n\n"
              "Final-Recipient: rfc822;obras@construccionesbarbanza.es\n"
              "Action: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
              "lookup\n")
    orig = ("From: =?utf-8?q?In=C3=A9s_Castro_Varela?= <ines@castrovarela.es>\n"
            "To: obras@construccionesbarbanza.es\n"
            "Subject: =?utf-8?q?Recordatorio=3A_factura_n=2E=C2=BA_ICV-2026/31?=\n"
            "Date: Fri, 18 Dec 2026 11:22:03 +0100\n"
            "Message-ID: <ICV-2026-31.r1.20261218@castrovarela.es>\nMIME-Version: 1.0\n")
    root = Multi("report", [
        Multi("alternative", [plain(text), htmlpart(markup)], "8c0d7b2e-1f4a-4c5b-9d6e-0a1b2c3d4e5f",
              params="differences=Content-Type"),
        Raw(["Content-Type: message/delivery-status"], status),
        Raw(["Content-Type: text/rfc822-headers"], orig),
    ], "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", params="report-type=delivery-status")
    h = [("From", addr("Microsoft Outlook", "postmaster@castrovarela.es")), ("To", INES[1]),
         ("Date", rfc(d)), ("Subject", hdr("No se puede entregar: Recordatorio: factura n.º ICV-2026/31")),
         ("Message-ID", mid("9f8e7d6c-5b4a-4938-8271-605f4e3d2c1b", "DB8PR04MB6459.eurprd04.prod.outlook.com")),
         ("Content-Language", "es-ES"), ("X-MS-Exchange-Message-Is-Ndr", ""),
         ("In-Reply-To", mid("ICV-2026-31.r1.20261218", "castrovarela.es")),
         ("Auto-Submitted", "auto-replied")]
    return build(h, root), text + status


@M(27, "client-reply-promise", "es",
   "Málaga academy's administrative: the boss says not this week because of the extra pay, 'el día 8 de enero te "
   "lo pagamos seguro' for RD-26-110.",
   promised_date="2027-01-08", reference="RD-26-110")
def m27():
    d = T("2026-12-21 17:25", "+0100")
    d0 = T("2026-12-21 09:00", "+0100")
    lola = ("Academia Bética - Administración", "admin@academiabetica.es")
    quoted = r_due("Estimados señores:", "RD-26-110", "453,75 €", "20 de diciembre de 2026",
                   pago_iban("Rocío Delgado Ruiz", "ES91 2100 4172 3102 0033 3317", "CAIXESBBXXX",
                             "Factura RD-26-110"), ROCIO[0], late=True)
    own = ("Buenas tardes Rocío,\n\n"
           "Me dice Antonio que esta semana no puede ser porque andamos fatal de tesorería con las pagas extras de "
           "los profesores, pero que el día 8 de enero te pagamos la RD-26-110 seguro.\n\n"
           "Perdona las molestias y felices fiestas.\n\nUn saludo,\nLola (administración)\nAcademia Bética · "
           "C/ Carretería, 41 · Málaga\n")
    text = own + "\n" + tbird_attr(d0, ROCIO[0]) + "\n" + gt(quoted) + "\n"
    h = std(addr(*lola), who(ROCIO), "Re: Factura n.º RD-26-110", rfc(d),
            mid("5e7a1c2b-3d4f-4e6a-9b8c-7d6e5f4a3b2c", "academiabetica.es"),
            irt=mid("20261221080000.rd26110.d1", "rociodelgado.es"),
            refs=mid("20261221080000.rd26110.d1", "rociodelgado.es"),
            extra_after=[("User-Agent", "Mozilla Thunderbird")])
    return build(h, plain(text, "windows-1252", "quoted-printable", flowed=True)), own


@M(28, "client-reply-other", "es",
   "Venezuelan client living in Madrid asks whether she can pay by Zelle or USDT on Binance because the "
   "international transfer is expensive: a question about how to pay, with no payment and no commitment.")
def m28():
    d = T("2026-12-22 13:40", "+0100")
    d0 = T("2026-12-21 10:00", "-0400")
    gen = ("Génesis Carrillo", "genesiscarrillo.shop@gmail.com")
    quoted = invoice_mail("Hola Génesis:", "B0200000117",
                          "Te mando la factura B0200000117 por los tres reels de la tienda (USD 800). Puedes pagar "
                          "por transferencia internacional a mi cuenta en dólares del Banco Popular (SWIFT "
                          "BPDODOSX), los datos van en el PDF.", RAMON[0])
    own = ("Epa Ramón, ¿cómo estás?\n\n"
           "Oye, una pregunta antes de nada: ¿te sirve si te pago por Zelle? Todavía tengo la cuenta en EE.UU. "
           "O si prefieres te mando USDT por Binance. Es que la transferencia internacional desde aquí me cobra una "
           "burda de comisión, casi 40 euros.\n\nDime qué te conviene más.\n\nUn abrazo desde Madrid 🇻🇪🇪🇸\n"
           "Génesis\n")
    attr = gmail_attr(d0.astimezone(dt.timezone(dt.timedelta(hours=1))), RAMON[0], RAMON[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*gen), who(RAMON), "Re: Factura B0200000117 - reels tienda", rfc(d),
            mid("CAK5nB8vC1xZ4lK7jH0gF3dS6aP9oI2uY5tR8eW1qM4nB7vC0xZ", "mail.gmail.com"),
            irt=mid("B0200000117.f.20261221", "penaalmonte.com.do"),
            refs=mid("B0200000117.f.20261221", "penaalmonte.com.do"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "0000000000002c3d4e0644f1a2b3")), own


@M(29, "client-reply-paid", "es",
   "Barcelona bookshop (Apple Mail): transfer for F-2026-149 (1.815,00 €) already made, then a question about who "
   "renews the domain — paid even though it also asks something.",
   amount="1815.00", currency="EUR", reference="F-2026-149")
def m29():
    d = T("2026-12-23 11:15", "+0100")
    d0 = T("2026-12-18 09:00", "+0100")
    clara = ("Clara Bosch", "clara@llibrerialatortuga.cat")
    quoted = r_courtesy("Buenos días, Clara Bosch:", "F-2026-149", "1.815,00 €", "30 de noviembre de 2026",
                        "30 de diciembre de 2026",
                        pago_iban("Pau Ferrer Vidal", "ES07 0081 0057 3000 0124 8865", "BSABESBBXXX",
                                  "Factura F-2026-149"), PAU[0])
    own = ("Hola Pau,\n\n"
           "Ya hemos hecho la transferencia de la F-2026-149 (1.815,00 €), te tendría que llegar hoy o mañana.\n\n"
           "Aprovecho para preguntarte: ¿el dominio lo renuevas tú o tenemos que hacerlo nosotros? Creo que vence "
           "en febrero y no quiero que se nos caiga la tienda online en plena campaña de Sant Jordi.\n\n"
           "Gràcies i bones festes!\nClara\n")
    attr = apple_attr(d0, PAU[0], PAU[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*clara), who(PAU), "Re: Recordatorio: factura n.º F-2026-149", rfc(d),
            mid("3C2B1A09-8F7E-4D6C-B5A4-938271605F4E", "llibrerialatortuga.cat"),
            irt=mid("20261218080000.F-2026-149.c1", "ferrerweb.cat"),
            refs=mid("20261218080000.F-2026-149.c1", "ferrerweb.cat"),
            extra_after=[("X-Mailer", "Apple Mail (2.3826.300.87)")])
    root = alt(text, apple_html(own, attr, quoted), "Apple-Mail=_1F2E3D4C-5B6A-4978-8695-A4B3C2D1E0F9")
    return build(h, root, mime_version="1.0 (Mac OS X Mail 16.0 \\(3826.300.87\\))"), own


@M(30, "payment-notification", "es",
   "Interbank 'constancia' sent to the beneficiary: immediate interbank transfer of S/ 2,300.00 with the message "
   "'PAGO RHE E001-84' (net of the 8 % fourth-category withholding).",
   amount="2300.00", currency="PEN", reference="E001-84")
def m30():
    d = T("2026-12-28 12:02", "-0500")
    own = ("Constancia de Transferencia Interbancaria Inmediata\n\n"
           "Hola, LUCIA PAREDES HUAMAN:\n"
           "ANDINA IMPORT S.A.C. te ha enviado una transferencia desde Interbank.\n\n"
           "Monto transferido: S/ 2,300.00\n"
           "Banco destino: BCP\n"
           "Cuenta destino (CCI): 002-193-***********071-12\n"
           "Mensaje para el beneficiario: PAGO RHE E001-84\n"
           "Fecha y hora: 28/12/2026 12:01 p.m.\n"
           "Número de operación: 04718832\n\n"
           "El abono se realiza de forma inmediata, salvo validaciones del banco de destino.\n")
    rows = "".join(f'<tr><td style="color:#5b6670;padding:6px 0">{esc(k)}</td><td align="right" style="padding:6px 0">'
                   f'<b>{esc(v)}</b></td></tr>'
                   for k, v in [("Monto transferido", "S/ 2,300.00"), ("Banco destino", "BCP"),
                                ("Cuenta destino (CCI)", "002-193-***********071-12"),
                                ("Mensaje para el beneficiario", "PAGO RHE E001-84"),
                                ("Fecha y hora", "28/12/2026 12:01 p.m."), ("Número de operación", "04718832")])
    markup = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">'
              '<table width="560" align="center" cellpadding="0" cellspacing="0">'
              '<tr><td style="background:#05be50;color:#fff;padding:16px;font-size:18px"><b>Interbank</b></td></tr>'
              '<tr><td style="padding:20px"><h2 style="color:#003a70;font-size:18px">Constancia de Transferencia '
              'Interbancaria Inmediata</h2><p>Hola, LUCIA PAREDES HUAMAN:</p><p>ANDINA IMPORT S.A.C. te ha enviado '
              f'una transferencia desde Interbank.</p><table width="100%">{rows}</table>'
              '<p style="font-size:12px;color:#5b6670">El abono se realiza de forma inmediata, salvo validaciones del '
              'banco de destino.</p></td></tr></table></body></html>\n')
    h = [("From", addr("Interbank", "constancias@interbank.pe")), ("To", LUCIA[1]),
         ("Subject", "Constancia de Transferencia Interbancaria - ANDINA IMPORT S.A.C."), ("Date", rfc(d)),
         ("Message-ID", mid("cst.04718832.20261228170158", "interbank.pe")), ("Reply-To", "noreply@interbank.pe")]
    return build(h, alt(own, markup, "=_ib_7f3a2c1d9e8b", cte="base64")), own

@M(31, "client-reply-dispute", "es",
   "Rías Baixas winery owner from a Samsung phone: the labels came out the wrong colour, they reprinted at their "
   "own cost, 'así no la podemos pagar' and 'algo nos vas a tener que descontar' — asks for a discount; the 900 "
   "euros is their reprint cost, not a payment.")
def m31():
    d = T("2027-01-04 10:30", "+0100")
    d0 = T("2026-12-30 09:00", "+0100")
    xose = ("Xosé Manuel Otero", "xosemanuel@valdosalnes.com")
    quoted = r_reminder("Estimados señores:", "MIR-2026-052", "1.694,00 €", "28 de diciembre de 2026",
                        pago_iban("Marta Iglesias Rey", "ES41 2080 5000 6130 4012 7788", "CAGLESMMXXX",
                                  "Factura MIR-2026-052"), MARTA[0])
    own = ("Marta, bo día.\n\n"
           "Mira, esta factura así no la podemos pagar. Las etiquetas del albariño salieron de imprenta con el verde "
           "cambiado, y el de la imprenta dice que el archivo que le mandaste iba en RGB y no en Pantone. Tuvimos "
           "que repetir la tirada entera, que nos costó 900 euros más.\n\n"
           "Algo nos vas a tener que descontar, ¿eh? Llámame cuando puedas y lo hablamos con calma.\n\n"
           "Xosé Manuel\n\n\n\nEnviado desde mi smartphone Samsung Galaxy.\n")
    text = (own + "\n\n-------- Mensaje original --------\n"
            f"De: {who(MARTA)}\nFecha: {d0:%d/%m/%y} {d0:%H:%M} (GMT+01:00)\nA: {xose[1]}\n"
            "Asunto: Recordatorio: factura n.º MIR-2026-052\n\n" + quoted)
    markup = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
              f'<div dir="auto">{brs(own)}</div><div><br></div><div align="left" dir="auto" style="font-size:100%;'
              'color:#000000"><div>-------- Mensaje original --------</div><div>De: '
              f'{esc(who(MARTA))} </div><div>Fecha: {d0:%d/%m/%y} {d0:%H:%M} (GMT+01:00) </div><div>A: {xose[1]} '
              '</div><div>Asunto: Recordatorio: factura n.º MIR-2026-052 </div><div><br></div></div>'
              f'{brs(quoted)}</body></html>\n')
    h = std(addr(*xose), who(MARTA), "RE: Recordatorio: factura n.º MIR-2026-052", rfc(d),
            mid("20270104093012.a1b2c3d4e5f6", "valdosalnes.com"),
            irt=mid("20261230080000.mir2026052.r1", "iglesiasrey.gal"),
            refs=mid("20261230080000.mir2026052.r1", "iglesiasrey.gal"))
    return build(h, alt(text, markup, "--_com.samsung.android.email_7731204588117320",
                        cte="base64")), own


@M(32, "auto-reply", "es",
   "cPanel autoresponder: the hostel's billing mailbox is no longer active and invoices go to another company's "
   "address from 1 January 2027 — that date is not a return date.")
def m32():
    d = T("2027-01-05 09:12", "+0100")
    own = ("Esta cuenta de correo ya no está activa.\n\n"
           "Desde el 1 de enero de 2027 la facturación del Hostal Los Naranjos la gestiona Grupo Hostelero Triana. "
           "Por favor, envíe sus facturas y consultas a facturas@grupotriana.es.\n\n"
           "Este mensaje se ha generado automáticamente. No responda a este correo.\n")
    h = [("Return-Path", "<>"), ("From", addr("Hostal Los Naranjos", "facturacion@hostallosnaranjos.com")),
         ("To", JAVIER[1]), ("Subject", hdr("Autorespuesta: Recordatorio: factura n.º 2026/081")),
         ("Date", rfc(d)), ("Message-Id", mid("E1tUq7N-0004Zk-2P", "server.hostallosnaranjos.com")),
         ("In-Reply-To", mid("20270105081000.2026081.r1", "javierortuno.dev")),
         ("Auto-Submitted", "auto-replied"), ("X-Autorespond", "facturacion@hostallosnaranjos.com"),
         ("Precedence", "auto_reply")]
    return build(h, plain(own, "utf-8", "8bit")), own


@M(33, "client-reply-promise", "es",
   "Montevideo real-estate client: 'La semana que viene te lo giro, ¿ta?' — a promise with no day ('next week' "
   "alone), so no promised_date.")
def m33():
    d = T("2027-01-08 18:20", "-0300")
    d0 = T("2027-01-06 09:00", "-0300")
    martin = ("Martín Ferreira", "martin@ferreirainmobiliaria.com.uy")
    quoted = r_reminder("Buenos días, Martín Ferreira:", "A-1195", "$ 24.400,00", "31 de diciembre de 2026",
                        pago_libre("BROU, caja de ahorro en pesos n.º 001234567-00002, a nombre de Andrés Viera."),
                        ANDRES[0])
    own = ("Bo Andrés, disculpá la demora, enero acá es un desierto, media oficina está en Punta jaja.\n"
           "La semana que viene te lo giro, ¿ta?\n\nAbrazo\nMartín\n")
    attr = gmail_attr(d0, ANDRES[0], ANDRES[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*martin), who(ANDRES), "Re: Recordatorio: factura n.º A-1195", rfc(d),
            mid("CAJ2mN5bV8cX1zL4kJ7hG0fD3sA6pO9iU2yT5rE8wQ1mN4bV7cX", "mail.gmail.com"),
            irt=mid("A-1195.r.20270106", "vierafoto.com.uy"), refs=mid("A-1195.r.20270106", "vierafoto.com.uy"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000d4e5f60645a2b3c4")), own


@M(34, "client-reply-paid", "es",
   "Dominican supermarket's accountant (HTML-only Zimbra): ACH transfer from Banco Popular for RD$ 45,000.00 of "
   "NCF B0100000052 already made; comma thousands and point decimals, Dominican pesos.",
   amount="45000.00", currency="DOP", reference="B0100000052")
def m34():
    d = T("2027-01-11 14:50", "-0400")
    d0 = T("2027-01-08 10:00", "-0400")
    wanda = ("Wanda Jiménez", "contabilidad@supermercadolaesquina.com.do")
    quoted = r_due("Estimados señores:", "B0100000052", "RD$ 45.000,00", "7 de enero de 2027",
                   pago_libre("Banreservas, cuenta corriente 960-123456-7, a nombre de Ramón Peña Almonte."),
                   RAMON[0], late=True)
    own = ("Buenas tardes Ramón,\n\n"
           "Ya se hizo la transferencia ACH desde el Popular por RD$ 45,000.00 del NCF B0100000052. Tarda como 24 "
           "horas en reflejarse en Banreservas.\n\nSaludos,\n\nLic. Wanda Jiménez\nContabilidad\n"
           "Supermercado La Esquina, SRL · Santiago de los Caballeros\n")
    markup = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
              + "".join("<div>" + (esc(x) or '<br data-mce-bogus="1">') + "</div>" for x in own.rstrip().split("\n"))
              + '<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>De: </b>'
              f'"{esc(RAMON[0])}" &lt;{RAMON[1]}&gt;<br><b>Para: </b>"Wanda Jiménez" &lt;{wanda[1]}&gt;<br>'
              f'<b>Enviados: </b>{esc(outlook_es(d0))}<br><b>Asunto: </b>Factura n.º B0100000052<br></div><br>'
              f'<div data-marker="__QUOTED_TEXT__">{brs(quoted)}</div></div></body></html>\n')
    h = std(addr(*wanda), who(RAMON), "Re: Factura n.º B0100000052", rfc(d),
            mid("1822734561.88123.1799693400123.JavaMail.zimbra", "supermercadolaesquina.com.do"),
            irt=mid("B0100000052.d.20270108", "penaalmonte.com.do"),
            refs=mid("B0100000052.d.20270108", "penaalmonte.com.do"),
            extra_after=[("X-Mailer", "Zimbra 10.0.6_GA_4568 (ZimbraWebClient - GC120 (Win)/10.0.6_GA_4568)"),
                         ("Thread-Topic", "Factura n.º B0100000052"),
                         ("Thread-Index", "Ab3kQz1mN9xVb2cT7wPq4r8sL0dKfA==")])
    h = [(k, hdr(v) if k == "Thread-Topic" else v) for k, v in h]
    return build(h, htmlpart(markup, "utf-8", "quoted-printable")), own


@M(35, "other", "es",
   "FACe (public-sector e-invoicing hub) status notice: invoice ICV-2026/29 registered in the town council's "
   "accounting register — an e-invoicing service notice, not a payment.")
def m35():
    d = T("2027-01-12 09:03", "+0100")
    own = ("FACe - Punto General de Entrada de Facturas Electrónicas de la Administración General del Estado\n\n"
           "Notificación de cambio de estado de factura\n\n"
           "Número de registro: REGAGE27e00000412937\n"
           "Número de factura: ICV-2026/29\n"
           "Emisor: CASTRO VARELA, INES (NIF 33****21K)\n"
           "Destinatario: CONCELLO DE AMES (Oficina contable: L01150020)\n"
           "Nuevo estado: 2400 - Contabilizada la obligación reconocida\n"
           "Fecha del cambio: 12/01/2027 09:02\n\n"
           "Puede consultar el detalle de la factura en https://face.gob.es con su usuario de proveedor.\n\n"
           "Este es un mensaje automático. No responda a esta dirección.\n")
    h = [("From", addr("FACe - Notificaciones", "no-reply@face.gob.es")), ("To", INES[1]),
         ("Subject", hdr("FACe: la factura ICV-2026/29 ha cambiado de estado")), ("Date", rfc(d)),
         ("Message-ID", mid("face.notif.REGAGE27e00000412937.2400", "face.gob.es")),
         ("Auto-Submitted", "auto-generated")]
    return build(h, plain(own, "iso-8859-1", "quoted-printable")), own


@M(36, "client-reply-dispute", "es",
   "Lima law firm's administrator: the contract translation in RHE E001-91 had terminology errors the firm's "
   "lawyer had to fix, so they will not pay the full amount until it is reviewed.",
   reference="E001-91")
def m36():
    d = T("2027-01-13 16:40", "-0500")
    d0 = T("2027-01-11 09:00", "-0500")
    gla = ("Gladys Benavides", "administracion@benavidesabogados.pe")
    subj0 = "Recordatorio: factura n.º E001-91"
    quoted = r_courtesy("Estimados señores:", "E001-91", "S/ 1.800,00", "30 de diciembre de 2026",
                        "15 de enero de 2027",
                        pago_libre("BCP, cuenta de ahorros en soles n.º 193-24581730-0-71, CCI "
                                   "002-193-124581730071-12, a nombre de Lucía Paredes Huamán."), LUCIA[0])
    own = ("Señorita Lucía, buenas tardes:\n\n"
           "Hemos recibido el recibo por honorarios E001-91; sin embargo, lamento informarle que la traducción del "
           "contrato de distribución presentó varios errores de terminología (\"indemnity\" traducido como "
           "\"indemnización\" en cláusulas donde correspondía \"garantía de indemnidad\", entre otros) que tuvo que "
           "corregir el Dr. Benavides personalmente.\n\n"
           "En ese sentido, no vamos a abonar el monto completo hasta revisar el documento con usted. Le propongo "
           "conversar el lunes por la mañana.\n\nAtentamente,\n\nGladys Benavides Rojas\nAdministradora\n"
           "Benavides & Asociados Abogados · Miraflores, Lima\n")
    text = own + "\n" + outlook_block_es(who(LUCIA), d0, gla[1], subj0) + "\n" + quoted
    h = std(addr(*gla), who(LUCIA), "RE: " + subj0, rfc(d),
            mid("PH0PR18MB4410B2C3D4E5F60718293A4B5C6D", "PH0PR18MB4410.namprd18.prod.outlook.com"),
            irt=mid("E001-91.c.20270111", "paredestraducciones.pe"),
            refs=mid("E001-91.c.20270111", "paredestraducciones.pe"))
    root = alt(text, outlook_html(own, who(LUCIA), d0, gla[1], subj0, quoted), "_000_PH0PR18MB4410_")
    return build(h, root), own


@M(37, "payment-notification", "es",
   "Banco Sabadell notice that a SEPA direct-debit batch (remesa of 4 recibos, 1.140,00 EUR in total) was "
   "credited: money in for several invoices, so no single reference.",
   amount="1140.00", currency="EUR")
def m37():
    d = T("2027-01-05 10:45", "+0100")
    own = ("Banco Sabadell\n\nAviso de abono de remesa\n\n"
           "Estimada clienta:\n\n"
           "Le comunicamos que se ha abonado en su cuenta ES** **** **** **** **** 0562 la siguiente remesa de "
           "adeudos directos SEPA:\n\n"
           "Tipo: Adeudos directos SEPA (CORE)\nReferencia de la remesa: 2027000012\n"
           "Fecha de cargo: 05/01/2027\nNúmero de recibos: 4\nImporte total: 1.140,00 EUR\n\n"
           "Los recibos que resulten devueltos se le comunicarán por separado.\n\n"
           "Atentamente,\nBanco de Sabadell, S.A.\n")
    markup = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
              '<table width="600" align="center"><tr><td style="background:#006dff;color:#fff;padding:14px">'
              '<b>Banco Sabadell</b></td></tr><tr><td style="padding:18px">'
              '<h3>Aviso de abono de remesa</h3><p>Estimada clienta:</p>'
              '<p>Le comunicamos que se ha abonado en su cuenta ES** **** **** **** **** 0562 la siguiente remesa de '
              'adeudos directos SEPA:</p><table cellpadding="5">'
              '<tr><td>Tipo</td><td>Adeudos directos SEPA (CORE)</td></tr>'
              '<tr><td>Referencia de la remesa</td><td>2027000012</td></tr>'
              '<tr><td>Fecha de cargo</td><td>05/01/2027</td></tr><tr><td>Número de recibos</td><td>4</td></tr>'
              '<tr><td>Importe total</td><td><b>1.140,00 EUR</b></td></tr></table>'
              '<p>Los recibos que resulten devueltos se le comunicarán por separado.</p>'
              '<p>Atentamente,<br>Banco de Sabadell, S.A.</p></td></tr></table></body></html>\n')
    h = [("From", addr("Banco Sabadell", "notificaciones@bancsabadell.com")), ("To", ROCIO[1]),
         ("Subject", "Aviso de abono de remesa 2027000012"), ("Date", rfc(d)),
         ("Message-ID", mid("AVR.2027000012.20270105094501", "bancsabadell.com"))]
    return build(h, alt(own, markup, "----=_Part_55012_887120.1799142301", charset="iso-8859-1")), own


@M(38, "client-reply-other", "es",
   "Granada bakery: the December direct debit (recibo) came back because they changed account; gives the new "
   "IBAN and asks to charge it again — a bounced payment with nothing sent again, not a promise or a payment.")
def m38():
    d = T("2027-01-07 11:20", "+0100")
    d0 = T("2027-01-04 09:00", "+0100")
    carmen = ("Carmen Álvarez", "obradorsananton@gmail.com")
    quoted = r_reminder("Buenos días, Carmen Álvarez:", "RD-26-108", "181,50 €", "31 de diciembre de 2026",
                        PAGO_EN_FACTURA, ROCIO[0])
    own = ("Hola Rocío,\n\n"
           "Me ha llegado del banco que nos devolvieron el recibo de diciembre. Fue cosa nuestra, que cambiamos de "
           "cuenta en noviembre y se me pasó avisarte. La nueva es de Cajamar:\n\n"
           "ES54 3058 3102 4127 2000 6613\n\n"
           "¿Puedes pasarlo otra vez a esta? Perdona el lío, mujer.\n\nCarmen\nObrador San Antón\n")
    attr = gmail_attr(d0, ROCIO[0], ROCIO[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*carmen), who(ROCIO), "Re: Recordatorio: factura n.º RD-26-108", rfc(d),
            mid("CAB8vC1xZ4lK7jH0gF3dS6aP9oI2uY5tR8eW1qM4nB7vC0xZ3mN", "mail.gmail.com"),
            irt=mid("20270104080000.rd26108.r1", "rociodelgado.es"),
            refs=mid("20270104080000.rd26108.r1", "rociodelgado.es"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000a1b2c3d40645b6c7d8")), own


@M(39, "client-reply-paid", "es",
   "Gran Canaria client from Gmail on iOS: transfer done from the app on the guagua, 'los 642 euros de la "
   "factura 2026-57 con el IGIC incluido'.",
   amount="642.00", currency="EUR", reference="2026-57")
def m39():
    d = T("2027-01-14 08:22", "+0000")
    d0 = T("2027-01-13 10:00", "+0000")
    jonay = ("Jonay Suárez", "jonay.suarez@surfescuelaconfital.com")
    quoted = r_reminder("Buenos días, Jonay Suárez:", "2026-57", "642,00 €", "8 de enero de 2027",
                        pago_iban("Yaiza Hernández Cabrera", "ES76 2100 8974 1302 0011 5268", "CAIXESBBXXX",
                                  "Factura 2026-57"), YAIZA[0])
    own = ("Yaiza, ya está hecha la transferencia, la hice en la guagua con la app jeje. Son los 642 euros de la "
           "factura 2026-57 con el IGIC incluido. Cualquier cosa me dices.\n\nSaludos!\nJonay\n")
    attr = gmail_attr(d0, YAIZA[0], YAIZA[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*jonay), who(YAIZA), "Re: Recordatorio: factura n.º 2026-57", rfc(d),
            mid("CAP3xZ6lK9jH2gF5dS8aP1oI4uY7tR0eW3qM6nB9vC2xZ5lK8jH", "mail.gmail.com"),
            irt=mid("2026-57.r.20270113", "yaizahdez.com"), refs=mid("2026-57.r.20270113", "yaizahdez.com"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "00000000000077665544330645c1d2e3")), own


@M(40, "client-reply-promise", "es",
   "Basque engineering firm: NE-26/124 approved, supplier payments go out on the 25th of each month, 'la "
   "recibirás en la transferencia del día 25' — written on 15 January, so 2027-01-25.",
   promised_date="2027-01-25", reference="NE-26/124")
def m40():
    d = T("2027-01-15 10:05", "+0100")
    d0 = T("2027-01-13 09:00", "+0100")
    garbi = ("Garbiñe Arrieta", "administracion@ekaitzingenieria.com")
    subj0 = "Recordatorio: factura n.º NE-26/124"
    quoted = r_due("Estimados señores:", "NE-26/124", "2.130,00 €", "12 de enero de 2027",
                   pago_iban("Nerea Etxeberria Lasa", "ES33 3035 0141 7014 1002 8790", "CLPEES2MXXX",
                             "Factura NE-26/124"), NEREA[0], late=True)
    own = ("Egun on, Nerea:\n\n"
           "La factura NE-26/124 ya está aprobada. Nuestros días de pago a proveedores son los 25 de cada mes, así "
           "que la recibirás en la transferencia del día 25.\n\nUn saludo,\n\nGarbiñe Arrieta\n"
           "Administración · Ekaitz Ingeniería, S.L.\nParque Tecnológico de Bizkaia, 207 · Derio\n")
    text = own + "\n" + outlook_block_es(who(NEREA), d0, garbi[1], subj0, enviado="Enviado el") + "\n" + quoted
    h = std(addr(*garbi), who(NEREA), "RE: " + subj0, rfc(d),
            mid("AS8PR07MB7716C3D4E5F60718293A4B5C6D7E", "AS8PR07MB7716.eurprd07.prod.outlook.com"),
            irt=mid("NE-26-124.d.20270113", "etxeberria.eus"), refs=mid("NE-26-124.d.20270113", "etxeberria.eus"),
            extra_after=[("Content-Language", "es-ES")])
    root = alt(text, outlook_html(own, who(NEREA), d0, garbi[1], subj0, quoted, enviado="Enviado el"),
               "_000_AS8PR07MB7716_", cte="base64")
    return build(h, root), own

@M(41, "bounce", "es",
   "Google Workspace 'Delivery Status Notification (Delay)' in Spanish: pagos.proveedores@andinaimport.com.pe "
   "answered 452 4.2.2 mailbox over quota and Gmail keeps retrying — temporary, not permanent.",
   failed_recipient="pagos.proveedores@andinaimport.com.pe", permanent=False)
def m41():
    d = T("2027-01-18 07:14:22", "-0800")
    text = ("** El mensaje no se ha entregado todavía **\n\n"
            "Tu mensaje para pagos.proveedores@andinaimport.com.pe no se ha entregado todavía. Volveremos a "
            "intentarlo durante 46 horas más. Recibirás una notificación si no podemos entregarlo en ese plazo.\n\n"
            "La respuesta del servidor remoto fue:\n\n"
            "452 4.2.2 <pagos.proveedores@andinaimport.com.pe>: Recipient address rejected: Mailbox over quota\n")
    markup = ('<html><head></head><body><div style="font-family:Google Sans,Roboto,Arial,sans-serif;max-width:560px">'
              '<h2 style="font-weight:400;color:#202124">El mensaje no se ha entregado todavía</h2>'
              '<p>Tu mensaje para <a style="color:#1a73e8">pagos.proveedores@andinaimport.com.pe</a> no se ha '
              'entregado todavía. Volveremos a intentarlo durante 46 horas más. Recibirás una notificación si no '
              'podemos entregarlo en ese plazo.</p><p style="color:#5f6368">La respuesta del servidor remoto fue:</p>'
              '<p style="font-family:monospace">452 4.2.2 &lt;pagos.proveedores@andinaimport.com.pe&gt;: Recipient '
              'address rejected: Mailbox over quota</p></div></body></html>\n')
    status = ("Reporting-MTA: dns; googlemail.com\n"
              "Arrival-Date: Sun, 17 Jan 2027 08:59:40 -0800 (PST)\n"
              "X-Original-Message-ID: <E001-93.c.20270117@paredestraducciones.pe>\n\n"
              "Final-Recipient: rfc822; pagos.proveedores@andinaimport.com.pe\n"
              "Action: delayed\nStatus: 4.2.2\n"
              "Remote-MTA: dns; mx.andinaimport.com.pe. (190.216.184.33, the server for the domain "
              "andinaimport.com.pe.)\n"
              "Diagnostic-Code: smtp; 452 4.2.2 <pagos.proveedores@andinaimport.com.pe>: Recipient address rejected: "
              "Mailbox over quota\n"
              "Last-Attempt-Date: Mon, 18 Jan 2027 07:14:22 -0800 (PST)\n"
              "Will-Retry-Until: Tue, 19 Jan 2027 08:59:40 -0800 (PST)\n")
    orig = ("From: =?UTF-8?Q?Luc=C3=ADa_Paredes_Huam=C3=A1n?= <lucia@paredestraducciones.pe>\n"
            "Date: Sun, 17 Jan 2027 11:59:38 -0500\n"
            "Message-ID: <E001-93.c.20270117@paredestraducciones.pe>\n"
            "Subject: =?UTF-8?Q?Recordatorio=3A_factura_n=2E=C2=BA_E001-93?=\n"
            "To: pagos.proveedores@andinaimport.com.pe\n")
    root = Multi("report", [
        Multi("related", [Multi("alternative", [plain(text), htmlpart(markup)], "000000000000c1b2a3d4e5f6a7b8")],
              "000000000000b1a2c3d4e5f6a7b8"),
        Raw(["Content-Type: message/delivery-status"], status),
        Raw(["Content-Type: text/rfc822-headers"], orig),
    ], "000000000000a1b2c3d4e5f6a7b8", params="report-type=delivery-status")
    h = [("Return-Path", "<>"), ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
         ("To", LUCIA[1]), ("Auto-Submitted", "auto-replied"),
         ("Subject", "Delivery Status Notification (Delay)"),
         ("References", mid("E001-93.c.20270117", "paredestraducciones.pe")),
         ("In-Reply-To", mid("E001-93.c.20270117", "paredestraducciones.pe")),
         ("Message-ID", mid("67a1c2d3.050a0220.1b2c3d.7e8fSMTPIN_DELAYED", "mx.google.com")),
         ("Date", rfc(d, "PST"))]
    return build(h, root), text + status


@M(42, "client-reply-other", "es",
   "Quito finance head's assistant: invoice 001-001-000000470 has been passed to Tesorería for review — "
   "forwarded internally, no date, no payment.",
   reference="001-001-000000470")
def m42():
    d = T("2027-01-18 09:30", "-0500")
    d0 = T("2027-01-15 08:00", "-0500")
    jes = ("Jessica Paredes", "gerencia@importadoralosandes.com.ec")
    quoted = invoice_mail("Estimada Ing. Cevallos:", "001-001-000000470",
                          "Adjunto la factura electrónica 001-001-000000470 por la segunda fase del levantamiento de "
                          "procesos, con el XML autorizado por el SRI.", DIEGO[0])
    own = ("Buenos días Diego,\n\n"
           "De parte de la Ing. Cevallos le comento que la factura 001-001-000000470 ya pasó a Tesorería para su "
           "revisión. Cualquier novedad le aviso.\n\nSaluditos,\n\nJessica Paredes\nAsistente de Gerencia\n"
           "Importadora Los Andes Cía. Ltda.\n")
    text = own + "\n" + outlook_block_es(who(DIEGO), d0, "pcevallos@importadoralosandes.com.ec",
                                         "Factura 001-001-000000470 - fase 2") + "\n" + quoted
    h = std(addr(*jes), who(DIEGO), "RV: Factura 001-001-000000470 - fase 2", rfc(d),
            mid("SJ0PR13MB59207A8B9C0D1E2F3A4B5C6D7E8F", "SJ0PR13MB5920.namprd13.prod.outlook.com"),
            irt=mid("470.f.20270115", "salazarconsultores.com.ec"),
            refs=mid("470.f.20270115", "salazarconsultores.com.ec"), cc="pcevallos@importadoralosandes.com.ec")
    root = alt(text, outlook_html(own, who(DIEGO), d0, "pcevallos@importadoralosandes.com.ec",
                                  "Factura 001-001-000000470 - fase 2", quoted), "_000_SJ0PR13MB5920_b_")
    return build(h, root), own


@M(43, "client-reply-dispute", "es",
   "San José children's publisher: FE-229 bills the same illustrations as FE-224, already paid in December, so "
   "they will not process it — already billed; two invoice numbers, so no reference.")
def m43():
    d = T("2027-01-19 15:05", "-0600")
    d0 = T("2027-01-18 09:00", "-0600")
    andrea = ("Andrea Vargas", "andrea.vargas@editorialguayacan.cr")
    quoted = r_courtesy("Estimados señores:", "FE-229", "₡310.000,00", "8 de enero de 2027",
                        "22 de enero de 2027",
                        pago_libre("transferencia a la cuenta IBAN CR05 0152 0200 1026 2840 66 del BCR, a nombre "
                                   "de Carolina Mora Solís."), CAROLINA[0])
    own = ("Hola Carolina, buenas tardes.\n\n"
           "Creo que hay un error: esta factura FE-229 es por las mismas ilustraciones del libro de los "
           "armadillos que ya venían en la FE-224, y esa se la pagamos en diciembre. ¿Podría revisar? Por ahora no "
           "la vamos a tramitar.\n\nMuchas gracias,\nAndrea\n\n--\nAndrea Vargas Chacón\nCoordinación editorial · "
           "Editorial Guayacán\n")
    attr = gmail_attr(d0, CAROLINA[0], CAROLINA[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*andrea), who(CAROLINA), "Re: Recordatorio: factura n.º FE-229", rfc(d),
            mid("CAQ4yA7zB0cD3eF6gH9iJ2kL5mN8oP1qR4sT7uV0wX3yZ6aB9cD", "mail.gmail.com"),
            irt=mid("FE-229.c.20270118", "moraestudio.cr"), refs=mid("FE-229.c.20270118", "moraestudio.cr"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000e5d4c3b20646a1b2c3")), own


@M(44, "payment-notification", "es",
   "Unicaja HTML-only alert (iso-8859-1): incoming transfer of 726,00 EUR from a Córdoba workshop, concepto "
   "'PAGO FRA 2026/087'.",
   amount="726.00", currency="EUR", reference="2026/087")
def m44():
    d = T("2027-01-20 10:02", "+0100")
    own = ("Unicaja Banco\nAviso de abono por transferencia\n\n"
           "Le informamos de que se ha realizado el siguiente abono en su cuenta terminada en 7790:\n\n"
           "Fecha: 20/01/2027\nImporte: 726,00 EUR\nOrdenante: TALLERES HERMANOS ROMERO SL\n"
           "Concepto: PAGO FRA 2026/087\n\n"
           "Gracias por confiar en Unicaja.\n")
    markup = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
              '<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333">'
              '<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">'
              '<tr><td style="background:#00a25a;padding:12px 18px;color:#fff;font-size:18px"><b>Unicaja Banco</b></td></tr>'
              '<tr><td style="padding:18px"><p style="font-size:16px"><b>Aviso de abono por transferencia</b></p>'
              '<p>Le informamos de que se ha realizado el siguiente abono en su cuenta terminada en 7790:</p>'
              '<table cellpadding="4"><tr><td>Fecha:</td><td>20/01/2027</td></tr>'
              '<tr><td>Importe:</td><td><b>726,00 EUR</b></td></tr>'
              '<tr><td>Ordenante:</td><td>TALLERES HERMANOS ROMERO SL</td></tr>'
              '<tr><td>Concepto:</td><td>PAGO FRA 2026/087</td></tr></table>'
              '<p>Gracias por confiar en Unicaja.</p></td></tr>'
              '<tr><td style="padding:10px 18px;font-size:10px;color:#888">Unicaja Banco, S.A. Avda. de Andalucía, '
              '10-12, 29007 Málaga. Mensaje automático: por favor, no responda.</td></tr></table></body></html>\n')
    h = [("From", addr("Unicaja Banco", "avisos@unicaja.es")), ("To", JAVIER[1]),
         ("Subject", "Aviso de abono por transferencia"), ("Date", rfc(d)),
         ("Message-ID", mid("UNI.ABN.20270120100211.7790.0033", "unicaja.es"))]
    return build(h, htmlpart(markup, "iso-8859-1", "quoted-printable")), own


@M(45, "client-reply-paid", "es",
   "Córdoba mechanic dictating to his phone, no accents and misspelt ('echo', 'a llegao'): he has made the "
   "transfer of 726 euros; the quoted reminder adds a 40 € fee, which is not what he paid.",
   amount="726.00", currency="EUR")
def m45():
    d = T("2027-01-20 09:12", "+0100")
    d0 = T("2027-01-18 09:00", "+0100")
    rafa = ("Rafa Romero", "rafaromero.taller@gmail.com")
    quoted = r_late_fee("Estimados señores:", "2026/087", "726,00 €", "15 de diciembre de 2026", 34,
                        "25 de enero de 2027",
                        pago_iban("Javier Ortuño Gil", "ES12 0182 5566 7102 0163 9944", "BBVAESMMXXX",
                                  "Factura 2026/087"), JAVIER[0],
                        fees=["Factura n.º 2026/087: 726,00 €",
                              "Indemnización por costes de cobro (art. 8): 40,00 €"], total="766,00 €")
    own = ("javier ya te he echo la tranferencia de los 726 euros mira a ver si te a llegao que la hice ayer noche "
           "desde el movil\n\nEnviado desde mi Galaxy\n")
    text = (own + "\n\n-------- Mensaje original --------\n"
            f"De: {who(JAVIER)}\nFecha: {d0:%d/%m/%y} {d0:%H:%M} (GMT+01:00)\nA: {rafa[1]}\n"
            "Asunto: Recordatorio: factura n.º 2026/087\n\n" + quoted)
    h = std(addr(*rafa), who(JAVIER), "RE: Recordatorio: factura n.º 2026/087", rfc(d),
            mid("tkgh6x.s8q2jd1wv9u3m0", "email.android.com"),
            irt=mid("20270118080000.2026087.l1", "javierortuno.dev"),
            refs=mid("20270118080000.2026087.l1", "javierortuno.dev"))
    return build(h, plain(text, "utf-8", "base64")), own


@M(46, "client-reply-promise", "es",
   "Dominican spare-parts shop: RD$ 20,000 sent today as a part payment and the remaining RD$ 25,000 'el viernes "
   "29' — a paid part with the rest promised on a day is a promise for 2027-01-29; the amount is the promised "
   "rest.",
   promised_date="2027-01-29", amount="25000.00", currency="DOP", reference="B0100000055")
def m46():
    d = T("2027-01-25 11:40", "-0400")
    d0 = T("2027-01-22 09:00", "-0400")
    pedro = ("Pedro Almánzar", "repuestosalmanzar@hotmail.com")
    quoted = r_reminder("Estimados señores:", "B0100000055", "RD$ 45.000,00", "15 de enero de 2027",
                        pago_libre("Banreservas, cuenta corriente 960-123456-7, a nombre de Ramón Peña Almonte."),
                        RAMON[0])
    own = ("Saludos Ramón.\n\n"
           "Te mandé hoy RD$ 20,000 como abono al NCF B0100000055 por Banreservas, y el resto (RD$ 25,000) te lo "
           "completo el viernes 29, que es cuando nos pagan las aseguradoras. Ta to bien con el trabajo, los "
           "muchachos están contentos con los anuncios.\n\nPedro Almánzar\nRepuestos Almánzar · San Francisco de "
           "Macorís\n")
    block = ("________________________________\n"
             + outlook_block_es(who(RAMON), d0, pedro[1], "Recordatorio: factura n.º B0100000055"))
    text = own + "\n" + block + "\n" + quoted
    h = std(addr(*pedro), who(RAMON), "RE: Recordatorio: factura n.º B0100000055", rfc(d),
            mid("SN6PR19MB4401D5E6F708192A3B4C5D6E7F80", "SN6PR19MB4401.namprd19.prod.outlook.com"),
            irt=mid("B0100000055.r.20270122", "penaalmonte.com.do"),
            refs=mid("B0100000055.r.20270122", "penaalmonte.com.do"))
    markup = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
              f'<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">{brs(own)}</div>'
              '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, '
              f'sans-serif" style="font-size:11pt"><b>De:</b> {esc(who(RAMON))}<br><b>Enviado:</b> '
              f'{esc(outlook_es(d0))}<br><b>Para:</b> {pedro[1]}<br><b>Asunto:</b> Recordatorio: factura n.º '
              f'B0100000055</font><div>&nbsp;</div></div><div>{brs(quoted)}</div></body></html>\n')
    return build(h, alt(text, markup, "_000_SN6PR19MB4401_")), own


@M(47, "auto-reply", "es",
   "Accounts-payable helpdesk acknowledgement ('Hemos recibido su consulta', ticket #48213, answer within 5 "
   "business days): an automatic answer with no return date.")
def m47():
    d = T("2027-01-26 09:01", "+0100")
    own = ("Estimado proveedor:\n\n"
           "Hemos recibido su consulta. Su número de ticket es el #48213.\n\n"
           "Nuestro equipo de Cuentas a Pagar la atenderá en un plazo máximo de 5 días hábiles. Puede consultar el "
           "estado de sus facturas en el Portal de Proveedores de Grupo Distribuciones Atlántico "
           "(https://proveedores.gdatlantico.es).\n\n"
           "Para añadir información a esta consulta, responda a este correo sin modificar el asunto.\n\n"
           "Atención a Proveedores\nGrupo Distribuciones Atlántico, S.A.\n")
    markup = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2f3941">'
              '<div style="color:#b5b5b5">##- Escriba su respuesta por encima de esta línea -##</div>'
              f'{paras(own)}<p style="font-size:11px;color:#999">Este correo es una notificación automática '
              '[ZD-48213]</p></body></html>\n')
    h = [("From", addr("Atención a Proveedores", "proveedores@gdatlantico.zendesk.com")), ("To", INES[1]),
         ("Reply-To", "proveedores@gdatlantico.zendesk.com"),
         ("Subject", hdr("[Ticket #48213] Re: Recordatorio: factura n.º ICV-2026/33")), ("Date", rfc(d)),
         ("Message-ID", mid("7RKQ2M3VXP_67960a4c5b2e1_8f3c1a2b4d_sprut", "zendesk.com")),
         ("In-Reply-To", mid("ICV-2026-33.r1.20270126", "castrovarela.es")),
         ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"),
         ("X-Zendesk-From-Account-Id", "a61c2f1")]
    return build(h, alt(own, markup, "--==_mimepart_67960a4c5a7e3_1f2c8a3d0c4")), own


@M(48, "client-reply-other", "es",
   "Canelones winery asks whether the amount of A-1201 includes IVA or it is added on top, to pass it to the "
   "accountants: a question, not a dispute.",
   reference="A-1201")
def m48():
    d = T("2027-01-27 11:00", "-0300")
    d0 = T("2027-01-26 08:30", "-0300")
    sole = ("Soledad Rodríguez", "administracion@loscerrosdecanelones.com.uy")
    quoted = invoice_mail("Hola Sole:", "A-1201",
                          "Te adjunto la e-Factura A-1201 por la sesión de fotos de la vendimia y la edición de las "
                          "60 imágenes para la web. Cualquier cosa me decís.", ANDRES[0])
    own = ("Hola Andrés, una consulta: el importe de la factura A-1201, ¿es con IVA incluido o se le suma? Es para "
           "pasársela a contaduría y no quiero mandar cualquier cosa.\n\nGracias!\nSole\n")
    text = own + "\n" + tbird_attr(d0, ANDRES[0]) + "\n" + gt(quoted) + "\n"
    h = std(addr(*sole), who(ANDRES), "Re: e-Factura A-1201 - fotos vendimia", rfc(d),
            mid("b21c6f0e-3a7d-4e58-9f21-6c0d8e7a5b43", "loscerrosdecanelones.com.uy"),
            irt=mid("A-1201.f.20270126", "vierafoto.com.uy"), refs=mid("A-1201.f.20270126", "vierafoto.com.uy"),
            extra_after=[("User-Agent", "Mozilla Thunderbird")])
    return build(h, plain(text, "utf-8", "8bit", flowed=True)), own


@M(49, "client-reply-dispute", "es",
   "Groom in Gran Canaria: quote was 800 and the invoice says 950, the overtime was never agreed, 'déjame en lo "
   "que quedamos' — a discount request; 800 is the quote, not a sum paid or promised.")
def m49():
    d = T("2027-01-28 20:15", "+0000")
    d0 = T("2027-01-26 10:00", "+0000")
    carlos = ("Carlos Déniz", "carlosdeniz87@gmail.com")
    quoted = r_courtesy("Buenos días, Carlos Déniz:", "2027-03", "950,00 €", "15 de enero de 2027",
                        "30 de enero de 2027",
                        pago_iban("Yaiza Hernández Cabrera", "ES76 2100 8974 1302 0011 5268", "CAIXESBBXXX",
                                  "Factura 2027-03"), YAIZA[0])
    own = ("Hola Yaiza, mira te quería comentar que el presupuesto eran 800 y la factura viene por 950. Entiendo "
           "lo de las horas extra en la boda pero eso no lo hablamos en ningún momento, nadie te pidió que te "
           "quedaras hasta el final.\n\n¿Me puedes dejar en lo que quedamos? Sin malos rollos eh, las fotos "
           "quedaron preciosas.\n\nUn saludo,\nCarlos\n")
    attr = gmail_attr(d0, YAIZA[0], YAIZA[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*carlos), who(YAIZA), "Re: Recordatorio: factura n.º 2027-03", rfc(d),
            mid("CAR5zA8bC1dE4fG7hI0jK3lM6nO9pQ2rS5tU8vW1xY4zA7bC0dE", "mail.gmail.com"),
            irt=mid("2027-03.c.20270126", "yaizahdez.com"), refs=mid("2027-03.c.20270126", "yaizahdez.com"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "0000000000009f8e7d6c0646b2c3d4")), own


@M(50, "client-reply-paid", "es",
   "Sevillian school's administration, very formal ('Estimado señor Ortuño'), with an RGPD disclaimer: transfer "
   "ordered today for 2.057,00 euros in payment of invoice 2027/004.",
   amount="2057.00", currency="EUR", reference="2027/004")
def m50():
    d = T("2027-02-01 12:00", "+0100")
    d0 = T("2027-01-29 09:00", "+0100")
    pilar = ("Administración Colegio Santa Ana", "administracion@colegiosantaanatriana.es")
    subj0 = "Recordatorio: factura n.º 2027/004"
    quoted = r_courtesy("Estimados señores:", "2027/004", "2.057,00 €", "4 de enero de 2027",
                        "3 de febrero de 2027",
                        pago_iban("Javier Ortuño Gil", "ES12 0182 5566 7102 0163 9944", "BBVAESMMXXX",
                                  "Factura 2027/004"), JAVIER[0])
    own = ("Estimado señor Ortuño:\n\n"
           "Por la presente le comunicamos que, con fecha de hoy, se ha ordenado transferencia bancaria por importe "
           "de 2.057,00 euros en pago de su factura número 2027/004, correspondiente al desarrollo de la plataforma "
           "de comunicación con las familias.\n\n"
           "Sin otro particular, reciba un cordial saludo.\n\n"
           "Pilar Montero Osuna\nAdministración\nColegio Santa Ana de Triana\nC/ Pureza, 88 · 41010 Sevilla\n")
    legal = ("Le informamos de que sus datos personales son tratados por Colegio Santa Ana de Triana con la "
             "finalidad de gestionar la relación con proveedores, conforme al Reglamento (UE) 2016/679 y a la Ley "
             "Orgánica 3/2018. Puede ejercer sus derechos de acceso, rectificación, supresión y demás dirigiéndose "
             "a dpd@colegiosantaanatriana.es. Antes de imprimir este correo, piense en el medio ambiente.\n")
    text = own + "\n" + legal + "\n" + outlook_block_es(who(JAVIER), d0, pilar[1], subj0) + "\n" + quoted
    sig_html = f'<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">{esc(legal)}</span></p>\n'
    h = std(addr(*pilar), who(JAVIER), "RE: " + subj0, rfc(d),
            mid("000601db74a1$5c3d2e10$14b78a30$", "colegiosantaanatriana.es"),
            irt=mid("20270129080000.2027004.c1", "javierortuno.dev"),
            refs=mid("20270129080000.2027004.c1", "javierortuno.dev"),
            extra_after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")])
    root = alt(text, outlook_html(own, who(JAVIER), d0, pilar[1], subj0, quoted, sig_html=sig_html,
                                  charset="windows-1252"),
               "----=_NextPart_000_0007_01DB74A9.BE01F790", charset="windows-1252")
    return build(h, root), own

@M(51, "payment-notification", "es",
   "ING alert: 'Te han hecho una transferencia' of 380,00 € from a cultural association, concepto "
   "'Fra. ICV-2027/02'.",
   amount="380.00", currency="EUR", reference="ICV-2027/02")
def m51():
    d = T("2027-02-02 08:40", "+0100")
    own = ("Hola, Inés:\n\nTe han hecho una transferencia a tu Cuenta NARANJA ···5531.\n\n"
           "380,00 €\n\nDe: ASOCIACION CULTURAL LUME\nConcepto: Fra. ICV-2027/02\nFecha: 02/02/2027\n\n"
           "Ya tienes el dinero disponible.\n\nING\n")
    markup = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f0f0f0">'
              '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
              '<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">'
              '<tr><td style="background:#ff6200;height:6px"></td></tr>'
              '<tr><td style="padding:22px 28px;font-size:15px;color:#333">Hola, Inés:</td></tr>'
              '<tr><td style="padding:0 28px;font-size:15px;color:#333">Te han hecho una transferencia a tu Cuenta '
              'NARANJA &middot;&middot;&middot;5531.</td></tr>'
              '<tr><td style="padding:18px 28px;font-size:32px;color:#ff6200"><b>380,00 &euro;</b></td></tr>'
              '<tr><td style="padding:0 28px 18px 28px;font-size:14px;color:#333">De: ASOCIACION CULTURAL LUME<br>'
              'Concepto: Fra. ICV-2027/02<br>Fecha: 02/02/2027</td></tr>'
              '<tr><td style="padding:0 28px 24px 28px;font-size:14px;color:#333">Ya tienes el dinero disponible.</td></tr>'
              '<tr><td style="padding:14px 28px;font-size:10px;color:#999;border-top:1px solid #eee">ING Bank NV, '
              'Sucursal en España. C/ Vía de los Poblados, 1 - 28033 Madrid. No respondas a este correo.</td></tr>'
              '</table></td></tr></table></body></html>\n')
    h = [("From", addr("ING", "notificaciones@ing.es")), ("To", INES[1]),
         ("Subject", "Te han hecho una transferencia"), ("Date", rfc(d)),
         ("Message-ID", mid("0100019bbd3f1a2e-5c6d7e8f-0a1b-2c3d-4e5f-60718293a4b5-000000", "email.ing.es"))]
    return build(h, alt(own, markup, "b1_5f7c3d9e2a4b6c8d0e1f2a3b4c5d6e7f", cte="base64")), own


@M(52, "client-reply-promise", "es",
   "Barcelona printer: the pagaré for F-2027-008 (968,00 €) is signed with vencimiento 28 February and will be "
   "sent by courier — a pagaré is a promise to pay on its due date.",
   promised_date="2027-02-28", amount="968.00", currency="EUR", reference="F-2027-008")
def m52():
    d = T("2027-02-02 10:50", "+0100")
    d0 = T("2027-02-01 09:00", "+0100")
    jordi = ("Jordi Casals", "jordi@casalsimpressors.com")
    subj0 = "Recordatorio: factura n.º F-2027-008"
    quoted = r_due("Estimados señores:", "F-2027-008", "968,00 €", "31 de enero de 2027",
                   pago_iban("Pau Ferrer Vidal", "ES07 0081 0057 3000 0124 8865", "BSABESBBXXX",
                             "Factura F-2027-008"), PAU[0], late=True)
    own = ("Buenos días, Pau:\n\n"
           "Te confirmo que el pagaré de la factura F-2027-008, por 968,00 €, ya está firmado, con vencimiento 28 "
           "de febrero. Te lo enviamos por mensajería esta semana a la dirección de la factura.\n\n"
           "Atentamente,\n\nJordi Casals i Puig\nCasals Impressors, S.L.\nPolígon Can Salvatella · Barberà del "
           "Vallès\n")
    text = own + "\n" + outlook_block_es(who(PAU), d0, jordi[1], subj0, enviado="Enviado el") + "\n" + quoted
    h = std(addr(*jordi), who(PAU), "RE: " + subj0, rfc(d),
            mid("002b01db7553$9e8f7a60$db7e6f20$", "casalsimpressors.com"),
            irt=mid("20270201080000.F-2027-008.d1", "ferrerweb.cat"),
            refs=mid("20270201080000.F-2027-008.d1", "ferrerweb.cat"),
            extra_after=[("X-Mailer", "Microsoft Outlook 16.0")])
    return build(h, plain(text, "windows-1252", "quoted-printable")), own


@M(53, "client-reply-other", "es",
   "Lima agency's accountant asks whether the translator has a 2027 suspension of fourth-category withholding "
   "(so as not to withhold 8 % on E001-97): a question before paying, no promise.",
   reference="E001-97")
def m53():
    d = T("2027-02-03 10:15", "-0500")
    d0 = T("2027-02-02 12:00", "-0500")
    mila = ("Milagros Torres", "contabilidad@puntoycomaagencia.pe")
    quoted = invoice_mail("Hola Milagros:", "E001-97",
                          "Te envío el recibo por honorarios E001-97 por la localización de la campaña (S/ 1.200,00).",
                          LUCIA[0])
    own = ("Hola Lucía! Te consulto: ¿tienes suspensión de retenciones de cuarta categoría para este 2027? Si es "
           "así, mándame porfa la constancia de SUNAT y no te retenemos el 8 %. Para registrar el E001-97 necesito "
           "saberlo.\n\nGracias!!\nMila\n")
    attr = gmail_attr(d0, LUCIA[0], LUCIA[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*mila), who(LUCIA), "Re: RHE E001-97 localización campaña", rfc(d),
            mid("CAS6aB9cD2eF5gH8iJ1kL4mN7oP0qR3sT6uV9wX2yZ5aB8cD1eF", "mail.gmail.com"),
            irt=mid("E001-97.f.20270202", "paredestraducciones.pe"),
            refs=mid("E001-97.f.20270202", "paredestraducciones.pe"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000c3b2a1f00647d3e4f5")), own


@M(54, "auto-reply", "es",
   "Peruvian textile firm's Exchange auto-reply: 'de vacaciones desde el 1 al 14 de febrero', so back on 15 "
   "February 2027.",
   return_date="2027-02-15")
def m54():
    d = T("2027-02-03 09:00", "-0500")
    own = ("Estimado(a):\n\n"
           "Me encuentro de vacaciones desde el 1 al 14 de febrero, con acceso restringido al correo. A mi retorno "
           "atenderé su mensaje.\n\n"
           "Para temas de pagos a proveedores, comunicarse con tesoreria@textilsancristobal.com.pe.\n\n"
           "Saludos cordiales,\nRenzo Castañeda\nJefe de Compras · Textil San Cristóbal S.A.\n")
    h = [("From", addr("Renzo Castañeda", "rcastaneda@textilsancristobal.com.pe")), ("To", who(LUCIA)),
         ("Subject", hdr("Respuesta automática: Recordatorio: factura n.º E001-95")), ("Date", rfc(d)),
         ("Message-ID", mid("DM6PR11MB4722E8F9A0B1C2D3E4F5A6B7C8D9", "DM6PR11MB4722.namprd11.prod.outlook.com")),
         ("In-Reply-To", mid("E001-95.c.20270203", "paredestraducciones.pe")),
         ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "rcastaneda@textilsancristobal.com.pe"),
         ("Content-Language", "es-PE")]
    return build(h, alt(own, outlook_html(own), "_000_DM6PR11MB4722_", charset="utf-8")), own


@M(55, "client-reply-dispute", "es",
   "Venezuelan founder in Bogotá (client of a Quito consultant): the market study is not what was ordered, 'no "
   "te voy a pagar la factura completa', offers half — refusal with a counter-offer, so a dispute.")
def m55():
    d = T("2027-02-04 19:30", "-0500")
    d0 = T("2027-02-01 08:00", "-0500")
    alex = ("Alex Rondón", "alex@arepaexpress.co")
    quoted = r_due("Estimados señores:", "001-001-000000476", "USD 2.400,00", "31 de enero de 2027",
                   pago_libre("Banco Pichincha, cuenta corriente n.º 2100457813, a nombre de Diego Salazar Andrade, "
                              "RUC 1712345678001 (SWIFT PICHECEQ)."), DIEGO[0], late=True)
    own = ("Mira Diego, chamo, te voy a ser sincero: el estudio de mercado que nos entregaste no es lo que pedimos. "
           "Pedimos datos de Quito y Guayaquil y la mitad del informe es de Bogotá, que eso ya lo teníamos nosotros.\n\n"
           "No te voy a pagar la factura completa. Te ofrezco la mitad y cerramos, o si prefieres completas lo que "
           "falta y lo hablamos.\n\nSaludos,\nAlex\n")
    attr = gmail_attr(d0, DIEGO[0], DIEGO[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*alex), who(DIEGO), "Re: Factura n.º 001-001-000000476", rfc(d),
            mid("CAT7bC0dE3fG6hI9jK2lM5nO8pQ1rS4tU7vW0xY3zA6bC9dE2fG", "mail.gmail.com"),
            irt=mid("476.d.20270201", "salazarconsultores.com.ec"),
            refs=mid("476.d.20270201", "salazarconsultores.com.ec"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000f0e1d2c30647e4f5a6")), own


@M(56, "client-reply-promise", "es",
   "Galician surf camp answers a two-invoice statement: pays MIR-2027-006 now (screenshot) and the other, "
   "MIR-2027-009, 'a final de mes' — promise beats paid, month's end is 2027-02-28; two invoices, so no "
   "reference and no single amount.",
   promised_date="2027-02-28")
def m56():
    d = T("2027-02-08 10:10", "+0100")
    d0 = T("2027-02-05 09:00", "+0100")
    brais = ("Brais Lema", "ola@surfcamprazo.gal")
    quoted = r_statement("Buenos días, Brais Lema:",
                         ["n.º MIR-2027-006, del 8 de enero de 2027, vencida el 22 de enero de 2027 (14 días de "
                          "retraso): 363,00 €",
                          "n.º MIR-2027-009, del 15 de enero de 2027, vencida el 29 de enero de 2027 (7 días de "
                          "retraso): 544,50 €"],
                         "907,50 €", "15 de febrero de 2027",
                         pago_iban("Marta Iglesias Rey", "ES41 2080 5000 6130 4012 7788", "CAGLESMMXXX",
                                   "Facturas MIR-2027-006 y MIR-2027-009"), MARTA[0])
    own = ("Boas Marta!\n\n"
           "Te pago ahora mismo la MIR-2027-006, te mando captura 👍\n"
           "La otra, la MIR-2027-009, va a final de mes, que ahora en temporada baja andamos justitos.\n\n"
           "Apertas!\nBrais\n")
    attr = gmail_attr(d0, MARTA[0], MARTA[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    body = alt(text, gmail_html(own, attr, quoted), "000000000000a9b8c7d60648a1b2c3")
    root = Multi("mixed", [body, png("Screenshot_20270208-100832.png")], "000000000000a9b8c7d70648a1b2c3")
    h = std(addr(*brais), who(MARTA), "Re: Facturas pendientes", rfc(d),
            mid("CAU8cD1eF4gH7iJ0kL3mN6oP9qR2sT5uV8wX1yZ4aB7cD0eF3gH", "mail.gmail.com"),
            irt=mid("20270205080000.stmt.brais", "iglesiasrey.gal"),
            refs=mid("20270205080000.stmt.brais", "iglesiasrey.gal"))
    return build(h, root), own


@M(57, "other", "es",
   "CaixaBank notice that a SEPA direct debit the freelancer issued was returned unpaid (AM04, insufficient "
   "funds) and charged back: money going out, not a payment received.")
def m57():
    d = T("2027-02-08 08:10", "+0100")
    own = ("CaixaBank le informa:\n\n"
           "Se ha devuelto un recibo de adeudo directo SEPA emitido por usted.\n\n"
           "  Deudor:            MARIA JOSE PEREA\n"
           "  Referencia:        RD-27-015\n"
           "  Importe:           121,00 EUR\n"
           "  Motivo devolución: AM04 - Saldo insuficiente\n"
           "  Fecha de cargo:    08/02/2027\n\n"
           "El importe del recibo, más la comisión de devolución (2,50 EUR), se ha cargado en su cuenta "
           "ES** **** **** **** **** 3317.\n\n"
           "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.\n")
    h = [("From", addr("CaixaBank", "notificaciones@caixabank.com")), ("To", ROCIO[1]),
         ("Subject", "Aviso: recibo devuelto"), ("Date", rfc(d)),
         ("Message-ID", mid("NOT.20270208.081002.3317.120455", "caixabank.com")), ("X-Priority", "3")]
    return build(h, plain(own, "windows-1252")), own


@M(58, "client-reply-paid", "es",
   "British expat in Nerja writing beginner's Spanish with English bits: 'He pagado la factura RD-27-012 hoy por "
   "transferencia, 363 euros'; language is Spanish.",
   amount="363.00", currency="EUR", reference="RD-27-012")
def m58():
    d = T("2027-02-09 16:45", "+0100")
    d0 = T("2027-02-08 09:00", "+0100")
    gary = ("Gary Whitfield", "gary@nerjavillas.co.uk")
    quoted = r_due("Buenos días, Gary Whitfield:", "RD-27-012", "363,00 €", "8 de febrero de 2027",
                   pago_iban("Rocío Delgado Ruiz", "ES91 2100 4172 3102 0033 3317", "CAIXESBBXXX",
                             "Factura RD-27-012"), ROCIO[0])
    own = ("Hola Rocío,\n\n"
           "Lo siento, mi español no es muy bueno. He pagado la factura RD-27-012 hoy por transferencia, 363 euros. "
           "Por favor confirma cuando lo recibes. Las fotos en Instagram son muy bonitas, the bookings are up!\n\n"
           "Thanks,\nGary\n\nSent from my iPad")
    tail = "\n\n" + f"On {d0.day} Feb 2027, at {d0:%H:%M}, {ROCIO[0]} <{ROCIO[1]}> wrote:\n\n" + gt(quoted) + "\n"
    h = std(addr(*gary), who(ROCIO), "Re: Factura n.º RD-27-012", rfc(d),
            mid("5D4C3B2A-1908-4F7E-A6D5-C4B3A2918070", "nerjavillas.co.uk"),
            irt=mid("20270208080000.rd27012.d1", "rociodelgado.es"),
            refs=mid("20270208080000.rd27012.d1", "rociodelgado.es"),
            extra_after=[("X-Mailer", "iPad Mail (22C152)")])
    return build(h, plain(own + tail), mime_version="1.0 (1.0)"), own


@M(59, "bounce", "en",
   "Exim warning 'message delayed 24 hours': info@mariscoscambados.com answered 452 4.2.2 mailbox full and "
   "delivery will be retried — a temporary failure.",
   failed_recipient="info@mariscoscambados.com", permanent=False)
def m59():
    d = T("2027-02-10 03:12:44", "+0100")
    text = ("This message was created automatically by mail delivery software.\n"
            "A message that you sent has not yet been delivered to one or more of its\n"
            "recipients after more than 24 hours on the queue on smtp.iglesiasrey.gal.\n\n"
            "The message identifier is:     1tQhZ2-0009Lm-3x\n"
            "The subject of the message is: =?utf-8?q?Recordatorio=3A_factura_n=2E=C2=BA_MIR-2027-011?=\n"
            "The date of the message is:    Tue, 09 Feb 2027 03:10:02 +0100\n\n"
            "The address to which the message has not yet been delivered is:\n\n"
            "  info@mariscoscambados.com\n"
            "    host mx.mariscoscambados.com [217.76.142.9]\n"
            "    Delay reason: SMTP error from remote mail server after RCPT TO:<info@mariscoscambados.com>:\n"
            "    452 4.2.2 Mailbox full\n\n"
            "No action is required on your part. Delivery attempts will continue for\n"
            "some time, and this warning may be repeated at intervals if the message\n"
            "remains undelivered. Eventually the mail delivery software will give up,\n"
            "and when that happens, the message will be returned to you.\n")
    status = ("Reporting-MTA: dns; smtp.iglesiasrey.gal\n\n"
              "Action: delayed\n"
              "Final-Recipient: rfc822;info@mariscoscambados.com\n"
              "Status: 4.0.0\n"
              "Remote-MTA: dns; mx.mariscoscambados.com\n"
              "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\n"
              "Will-Retry-Until: Wed, 16 Feb 2027 03:10:02 +0100\n")
    orig = ("Received: from marta by smtp.iglesiasrey.gal with local (Exim 4.98)\n"
            "\tid 1tQhZ2-0009Lm-3x; Tue, 09 Feb 2027 03:10:02 +0100\n"
            "From: =?utf-8?q?Marta_Iglesias_Rey?= <marta@iglesiasrey.gal>\n"
            "To: info@mariscoscambados.com\n"
            "Subject: =?utf-8?q?Recordatorio=3A_factura_n=2E=C2=BA_MIR-2027-011?=\n"
            "Date: Tue, 09 Feb 2027 03:10:02 +0100\n"
            "Message-ID: <20270209021002.mir2027011.r1@iglesiasrey.gal>\n")
    root = Multi("report", [
        Part("text/plain", text, "us-ascii", "7bit"),
        Raw(["Content-Type: message/delivery-status"], status),
        Raw(["Content-Type: text/rfc822-headers"], orig),
    ], "1770685964-eximdsn-1804289383", params="report-type=delivery-status")
    h = [("Return-path", "<>"), ("X-Failed-Recipients", "info@mariscoscambados.com"),
         ("Auto-Submitted", "auto-replied"),
         ("From", "Mail Delivery System <Mailer-Daemon@smtp.iglesiasrey.gal>"), ("To", MARTA[1]),
         ("References", mid("20270209021002.mir2027011.r1", "iglesiasrey.gal")),
         ("Subject", "Warning: message 1tQhZ2-0009Lm-3x delayed 24 hours"),
         ("Message-Id", mid("E1tR4Ag-000B2k-Qa", "smtp.iglesiasrey.gal")), ("Date", rfc(d))]
    return build(h, root), text + status


@M(60, "client-reply-promise", "es",
   "Costa Rican tour operator: payment of FE-231 scheduled 'para el 15 de febrero' by transfer to BCR, '$640 "
   "(dólares)' — USD explicitly, not colones.",
   promised_date="2027-02-15", amount="640.00", currency="USD", reference="FE-231")
def m60():
    d = T("2027-02-10 13:30", "-0600")
    d0 = T("2027-02-09 08:00", "-0600")
    sergio = ("Sergio Calvo", "scalvo@toursarenalverde.com")
    quoted = r_reminder("Estimados señores:", "FE-231", "$640,00", "31 de enero de 2027",
                        pago_libre("transferencia a la cuenta en dólares IBAN CR48 0152 0200 1026 2840 71 del BCR, a "
                                   "nombre de Carolina Mora Solís."), CAROLINA[0])
    own = ("Buenas Carolina,\n\n"
           "Le cuento que la auditoría nos tiene atrasados con todo, pero el pago de la FE-231 ya lo programamos "
           "para el 15 de febrero por transferencia al BCR. Son $640 (dólares), según la factura.\n\n"
           "Cualquier cosa me avisa. Saludos cordiales,\n\nSergio Calvo\nTours Arenal Verde · La Fortuna, San Carlos\n")
    attr = gmail_attr(d0, CAROLINA[0], CAROLINA[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*sergio), who(CAROLINA), "Re: Recordatorio: factura n.º FE-231", rfc(d),
            mid("CAV9dE2fG5hI8jK1lM4nO7pQ0rS3tU6vW9xY2zA5bC8dE1fG4hI", "mail.gmail.com"),
            irt=mid("FE-231.r.20270209", "moraestudio.cr"), refs=mid("FE-231.r.20270209", "moraestudio.cr"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000b8c7d6e50648b2c3d4")), own

@M(61, "client-reply-other", "es",
   "Quito construction firm forwards invoice 001-001-000000479 to the new accounts person and copies her: "
   "passed to accounts, nothing paid or promised.",
   reference="001-001-000000479")
def m61():
    d = T("2027-02-11 12:05", "-0500")
    d0 = T("2027-02-10 16:00", "-0500")
    mauro = ("Mauricio Tapia", "mtapia@constructorapasochoa.ec")
    quoted = r_courtesy("Estimado Mauricio:", "001-001-000000479", "USD 1.120,00", "27 de enero de 2027",
                        "26 de febrero de 2027",
                        pago_libre("Banco Pichincha, cuenta corriente n.º 2100457813, a nombre de Diego Salazar "
                                   "Andrade, RUC 1712345678001."), DIEGO[0])
    own = ("Diego, buenos días.\n\n"
           "Le reenvío la factura 001-001-000000479 a Karla Andrade de contabilidad, que es quien ve los pagos "
           "ahora (la copio). Cualquier cosa directamente con ella.\n\nSaludos,\nMauricio\n\nObtener Outlook para "
           "iOS\n")
    block = ("________________________________\n"
             + outlook_block_es(who(DIEGO), d0, mauro[1], "Recordatorio: factura n.º 001-001-000000479"))
    text = own + block + "\n" + quoted
    h = std(addr(*mauro), who(DIEGO), "Re: Recordatorio: factura n.º 001-001-000000479", rfc(d),
            mid("CH3PR11MB78931F2E3D4C5B6A7980A1B2C3D4", "CH3PR11MB7893.namprd11.prod.outlook.com"),
            irt=mid("479.c.20270210", "salazarconsultores.com.ec"),
            refs=mid("479.c.20270210", "salazarconsultores.com.ec"),
            cc=addr("Karla Andrade", "karla.andrade@constructorapasochoa.ec"))
    return build(h, plain(text, "utf-8", "quoted-printable")), own


@M(62, "payment-notification", "es",
   "Banco de Costa Rica notice of an incoming SINPE transfer of 185.000,00 CRC from a publisher, description "
   "'Pago FE-233'.",
   amount="185000.00", currency="CRC", reference="FE-233")
def m62():
    d = T("2027-02-12 11:20", "-0600")
    own = ("Banco de Costa Rica\nComprobante de transferencia SINPE recibida\n\n"
           "Estimado(a) CAROLINA MORA SOLIS:\n\n"
           "Le informamos que se acreditó una transferencia SINPE en su cuenta CR05 0152 **** **** **28 4066.\n\n"
           "Monto: 185.000,00 CRC\nOrdenante: EDITORIAL GUAYACAN S.A.\nEntidad origen: BAC CREDOMATIC\n"
           "Descripción: Pago FE-233\nFecha: 12/02/2027 11:19\nReferencia SINPE: 2027021215283000412299\n\n"
           "Este correo es generado automáticamente, por favor no lo responda.\n")
    markup = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">'
              '<table width="600" align="center" style="border:1px solid #ccc"><tr><td style="background:#003d7d;'
              'color:#fff;padding:12px;font-size:16px"><b>Banco de Costa Rica</b></td></tr><tr><td style="padding:16px">'
              '<p><b>Comprobante de transferencia SINPE recibida</b></p><p>Estimado(a) CAROLINA MORA SOLIS:</p>'
              '<p>Le informamos que se acreditó una transferencia SINPE en su cuenta CR05 0152 **** **** **28 4066.</p>'
              '<table cellpadding="4"><tr><td>Monto:</td><td><b>185.000,00 CRC</b></td></tr>'
              '<tr><td>Ordenante:</td><td>EDITORIAL GUAYACAN S.A.</td></tr><tr><td>Entidad origen:</td><td>BAC '
              'CREDOMATIC</td></tr><tr><td>Descripción:</td><td>Pago FE-233</td></tr><tr><td>Fecha:</td><td>'
              '12/02/2027 11:19</td></tr><tr><td>Referencia SINPE:</td><td>2027021215283000412299</td></tr></table>'
              '<p style="color:#777;font-size:11px">Este correo es generado automáticamente, por favor no lo '
              'responda.</p></td></tr></table></body></html>\n')
    h = [("From", addr("BCR Notificaciones", "notificaciones@bancobcr.com")), ("To", CAROLINA[1]),
         ("Subject", "Comprobante de transferencia SINPE recibida"), ("Date", rfc(d)),
         ("Message-ID", mid("sinpe.2027021215283000412299", "bancobcr.com"))]
    return build(h, alt(own, markup, "=_bcr_sinpe_4f1a2b3c")), own


@M(63, "client-reply-dispute", "es",
   "Córdoba hairdresser, all lower case, angry: the booking form still does not work, 'arregla primero lo que "
   "falla y luego hablamos de dinero' — withholding payment over work not done (Yahoo quote below).")
def m63():
    d = T("2027-02-15 09:50", "+0100")
    d0 = T("2027-02-12 09:00:12", "+0100")
    carmela = ("Carmela Peluqueros", "carmelapeluqueros@yahoo.es")
    quoted = r_reminder("Buenos días:", "2027/011", "423,50 €", "5 de febrero de 2027",
                        pago_iban("Javier Ortuño Gil", "ES12 0182 5566 7102 0163 9944", "BBVAESMMXXX",
                                  "Factura 2027/011"), JAVIER[0])
    own = ("javier esto no funciona, la web sigue sin mandar los formularios de reserva desde hace dos semanas y "
           "me pides que pague?? arregla primero lo que falla y luego hablamos de dinero. estoy perdiendo clientas "
           "y no me coges el telefono\n\ncarmela\n")
    attr = (f"En {DIAS[d0.weekday()]}, {d0.day} de {MESES[d0.month - 1]} de {d0.year}, {d0:%H:%M:%S} CET, "
            f"{JAVIER[0]} <{JAVIER[1]}> escribió:")
    text = own + "\n\n" + attr + "\n\n\n" + quoted
    markup = ('<html><head></head><body><div class="ydp3c1f2e0ayahoo-style-wrap" style="font-family:Helvetica '
              f'Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr">{brs(own)}</div></div>'
              f'<div id="yahoo_quoted_9931882040" class="yahoo_quoted"><div style="font-family:Helvetica Neue, '
              f'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{esc(attr)}</div><div><br></div>'
              f'<div><br></div><div><div dir="ltr">{brs(quoted)}</div></div></div></div></body></html>\n')
    h = std(addr(*carmela), who(JAVIER), "Re: Recordatorio: factura n.º 2027/011", rfc(d),
            mid("1493820771.2231903.1802681400117", "mail.yahoo.com"),
            irt=mid("20270212080012.2027011.r1", "javierortuno.dev"),
            refs=mid("20270212080012.2027011.r1", "javierortuno.dev"),
            extra_after=[("X-Mailer", "WebService/1.1.23187 YMailNorrin")])
    return build(h, alt(text, markup, "----=_Part_2231902_1099431129.1802681400116")), own


@M(64, "client-reply-paid", "es",
   "Peruvian textile firm's treasury: net of RHE E001-95 transferred to BCP, 'S/ 1,840.00 (2,000 menos la "
   "retención del 8%)', constancia attached — the 8 % fourth-category withholding is routine, and the amount is "
   "the net paid.",
   amount="1840.00", currency="PEN", reference="E001-95")
def m64():
    d = T("2027-02-16 11:40", "-0500")
    d0 = T("2027-02-03 08:55", "-0500")
    teso = ("Tesorería Textil San Cristóbal", "tesoreria@textilsancristobal.com.pe")
    subj0 = "Recordatorio: factura n.º E001-95"
    quoted = r_courtesy("Estimados señores:", "E001-95", "S/ 2.000,00", "20 de enero de 2027",
                        "5 de febrero de 2027",
                        pago_libre("BCP, cuenta de ahorros en soles n.º 193-24581730-0-71, CCI "
                                   "002-193-124581730071-12, a nombre de Lucía Paredes Huamán."), LUCIA[0])
    own = ("Hola Lucía, buenos días:\n\n"
           "Ya te transferimos al BCP el neto del RHE E001-95: S/ 1,840.00 (2,000 menos la retención del 8%). "
           "Adjunto la constancia de la operación. El certificado de retenciones te lo enviamos a fin de año como "
           "siempre.\n\nSaludos,\nRosa Mendoza\nTesorería · Textil San Cristóbal S.A.\n")
    text = own + "\n" + outlook_block_es(who(LUCIA), d0, "rcastaneda@textilsancristobal.com.pe", subj0) + "\n" + quoted
    inner = Multi("alternative", [plain(text), htmlpart(outlook_html(own, who(LUCIA), d0,
                                                                      "rcastaneda@textilsancristobal.com.pe", subj0,
                                                                      quoted))], "_000_DM6PR11MB4722_b_")
    root = Multi("mixed", [inner, pdf("Constancia_Transferencia_BCP_16022027.pdf")], "_004_DM6PR11MB4722_m_")
    h = std(addr(*teso), who(LUCIA), "RE: " + subj0, rfc(d),
            mid("DM6PR11MB47221A2B3C4D5E6F708192A3B4C5", "DM6PR11MB4722.namprd11.prod.outlook.com"),
            irt=mid("E001-95.c.20270203", "paredestraducciones.pe"),
            refs=mid("E001-95.c.20270203", "paredestraducciones.pe"),
            extra_after=[("X-MS-Has-Attach", "yes"), ("Content-Language", "es-PE")])
    return build(h, root), own


@M(65, "client-reply-other", "es",
   "A person (not an autoresponder) writes from her iPhone that she is on sick leave until March and has passed "
   "the mail to a colleague who handles supplier payments — looks like an out-of-office but is a human reply "
   "forwarding the matter.")
def m65():
    d = T("2027-02-17 12:30", "+0100")
    d0 = T("2027-02-16 09:00", "+0100")
    noa = ("Noa Castro", "noa.castro@lacteosterracha.gal")
    quoted = r_reminder("Estimados señores:", "MIR-2027-004", "605,00 €", "10 de febrero de 2027",
                        pago_iban("Marta Iglesias Rey", "ES41 2080 5000 6130 4012 7788", "CAGLESMMXXX",
                                  "Factura MIR-2027-004"), MARTA[0])
    own = ("Hola Marta, te contesto desde el móvil que estoy de baja hasta marzo (me operaron de la rodilla, nada "
           "grave).\n\nLe he pasado tu correo a mi compañera Uxía Pena (uxia.pena@lacteosterracha.gal), que es la "
           "que lleva ahora los pagos a proveedores; ella te dirá algo.\n\nUn saludo,\nNoa\n\nEnviado desde mi iPhone")
    text = own + "\n\n" + apple_attr(d0, MARTA[0], MARTA[1]) + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*noa), who(MARTA), "Re: Recordatorio: factura n.º MIR-2027-004", rfc(d),
            mid("F1E2D3C4-B5A6-4978-8A9B-0C1D2E3F4A5B", "lacteosterracha.gal"),
            irt=mid("20270216080000.mir2027004.r1", "iglesiasrey.gal"),
            refs=mid("20270216080000.mir2027004.r1", "iglesiasrey.gal"),
            cc="uxia.pena@lacteosterracha.gal", extra_after=[("X-Mailer", "iPhone Mail (22D63)")])
    return build(h, alt(text, apple_html(own, apple_attr(d0, MARTA[0], MARTA[1]), quoted),
                        "Apple-Mail-2B3C4D5E-6F7A-4B8C-9D0E-1F2A3B4C5D6E"), mime_version="1.0 (1.0)"), own


@M(66, "client-reply-promise", "es",
   "Uruguayan furniture maker: 'te lo deposito en Abitab el lunes' written on Wednesday 17 February, so Monday "
   "2027-02-22; 'U$S 450' is US dollars.",
   promised_date="2027-02-22", amount="450.00", currency="USD")
def m66():
    d = T("2027-02-17 15:05", "-0300")
    d0 = T("2027-02-16 09:00", "-0300")
    gonza = ("Gonzalo Píriz", "gonzalo@mueblespiriz.com.uy")
    quoted = r_due("Buenos días, Gonzalo Píriz:", "A-1206", "U$S 450,00", "15 de febrero de 2027",
                   pago_libre("BROU, caja de ahorro en dólares n.º 001234567-00003, a nombre de Andrés Viera; o "
                              "depósito en Abitab/Redpagos a esa cuenta."), ANDRES[0], late=True)
    own = ("Andrés, te lo deposito en Abitab el lunes, que cobro el viernes. Son los U$S 450 de las fotos del "
           "catálogo.\n\nAbrazo grande\nGonza\n")
    attr = gmail_attr(d0, ANDRES[0], ANDRES[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*gonza), who(ANDRES), "Re: Factura n.º A-1206", rfc(d),
            mid("CAW0eF3gH6iJ9kL2mN5oP8qR1sT4uV7wX0yZ3aB6cD9eF2gH5iJ", "mail.gmail.com"),
            irt=mid("A-1206.d.20270216", "vierafoto.com.uy"), refs=mid("A-1206.d.20270216", "vierafoto.com.uy"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000c7d6e5f40649c3d4e5")), own


@M(67, "client-reply-paid", "es",
   "Dominican client, one line from Gmail on iPhone: 'Klk Ramón, ya te pagué por el Popular, dale un ojo' — paid, "
   "no amount or number in his words.")
def m67():
    d = T("2027-02-18 21:10", "-0400")
    d0 = T("2027-02-18 09:00", "-0400")
    junior = ("Junior Batista", "juniorbatista.rd@gmail.com")
    quoted = r_reminder("Buenos días, Junior Batista:", "B0200000131", "RD$ 15.000,00", "10 de febrero de 2027",
                        pago_libre("Banreservas, cuenta corriente 960-123456-7, a nombre de Ramón Peña Almonte."),
                        RAMON[0])
    own = "Klk Ramón, ya te pagué por el Popular, dale un ojo. Bendiciones 🙏\n"
    attr = gmail_attr(d0, RAMON[0], RAMON[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*junior), who(RAMON), "Re: Recordatorio: factura n.º B0200000131", rfc(d),
            mid("CAX1fG4hI7jK0lM3nO6pQ9rS2tU5vW8xY1zA4bC7dE0fG3hI6jK", "mail.gmail.com"),
            irt=mid("B0200000131.r.20270218", "penaalmonte.com.do"),
            refs=mid("B0200000131.r.20270218", "penaalmonte.com.do"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000d8e7f6a50649d4e5f6")), own


@M(68, "client-reply-other", "es",
   "Music school in Girona asks for the IBAN again because it is cut off in the PDF of F-2027-015 and the bank "
   "will not accept the transfer — asks for bank details again, nothing sent.",
   reference="F-2027-015")
def m68():
    d = T("2027-02-19 17:20", "+0100")
    d0 = T("2027-02-15 09:30", "+0100")
    laia = ("Laia Puigdomènech", "secretaria@escolasolfa.cat")
    quoted = invoice_mail("Hola Laia:", "F-2027-015",
                          "Te adjunto la factura F-2027-015 del nuevo formulario de matrícula online. Vencimiento a "
                          "15 días.", PAU[0])
    own = ("Pau, ¿me puedes volver a pasar el IBAN? En el PDF de la factura F-2027-015 sale cortado (se ve hasta "
           "el 0124 y luego nada) y el banco no me deja hacer la transferencia.\n\nMercès!\nLaia\n\n"
           "Escola de Música Sol-Fa · Girona\n")
    text = own + "\n" + tbird_attr(d0, PAU[0]) + "\n" + gt(quoted) + "\n"
    h = std(addr(*laia), who(PAU), "Re: Factura F-2027-015", rfc(d),
            mid("7e3f2a1b-9c8d-4e5f-a6b7-c8d9e0f1a2b3", "escolasolfa.cat"),
            irt=mid("F-2027-015.1802593800", "ferrerweb.cat"), refs=mid("F-2027-015.1802593800", "ferrerweb.cat"),
            extra_after=[("User-Agent", "Mozilla Thunderbird")])
    return build(h, plain(text, "utf-8", "8bit", flowed=True)), own


@M(69, "other", "es",
   "A tax adviser's monthly newsletter (VAT and income-tax deadlines, Verifactu, how to claim unpaid invoices): "
   "bulk mail that mentions unpaid invoices but is not about one.")
def m69():
    d = T("2027-02-22 08:00", "+0100")
    own = ("Boletín informativo · Febrero 2027\n\n"
           "Hola, Javier:\n\n"
           "Estas son las novedades del mes para autónomos y pymes:\n\n"
           "1. Modelos 303 y 130 del cuarto trimestre: si aún no nos has enviado las facturas de octubre a "
           "diciembre, hazlo antes del día 25 para que podamos revisarlas con calma.\n\n"
           "2. Verifactu: recordamos que el software de facturación debe cumplir el reglamento en las fechas "
           "previstas. Si usas una hoja de cálculo para facturar, pregúntanos por alternativas.\n\n"
           "3. Cómo reclamar una factura impagada: del recordatorio amable al procedimiento monitorio, pasando por "
           "el burofax y la invitación a negociar. Te lo contamos en el blog.\n\n"
           "Un saludo,\nEl equipo de Macarena Asesores\n\n"
           "Recibes este correo porque eres cliente de Macarena Asesores. Darse de baja: "
           "https://macarenaasesores.es/baja?u=88213\n")
    markup = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Boletín febrero</title></head>'
              '<body style="margin:0;background:#f6f3ee"><table width="100%" cellpadding="0" cellspacing="0">'
              '<tr><td align="center"><table width="620" cellpadding="0" cellspacing="0" style="background:#fff;'
              'font-family:Georgia,serif;color:#333"><tr><td style="background:#6b1d2a;color:#fff;padding:20px 28px;'
              'font-size:22px">Macarena Asesores<br><span style="font-size:13px">Boletín informativo · Febrero 2027'
              '</span></td></tr><tr><td style="padding:24px 28px;font-size:15px;line-height:1.5">'
              + paras("\n\n".join(own.split("\n\n")[1:-1]))
              + '</td></tr><tr><td style="padding:16px 28px;font-size:11px;color:#888">Recibes este correo porque '
              'eres cliente de Macarena Asesores. <a href="https://macarenaasesores.es/baja?u=88213">Darse de baja</a>'
              '</td></tr></table></td></tr></table></body></html>\n')
    h = [("From", addr("Macarena Asesores", "boletin@macarenaasesores.es")), ("To", JAVIER[1]),
         ("Subject", hdr("Boletín febrero: 4T, Verifactu y cómo reclamar facturas impagadas")), ("Date", rfc(d)),
         ("Message-ID", mid("20270222070000.88213.boletin-2027-02", "mail.macarenaasesores.es")),
         ("List-Unsubscribe", "<https://macarenaasesores.es/baja?u=88213>, <mailto:baja@macarenaasesores.es>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
         ("X-Mailer", "Sendinblue")]
    return build(h, alt(own, markup, "----=_NmP-4c2e8a1f9d3b7e60-Part_1")), own


@M(70, "client-reply-dispute", "es",
   "Basque translation agency: in NE-27/009 the review line is duplicated (2 × 180 €), asks for an abono (credit "
   "note) for it and will pay the rest once the corrected invoice arrives — a credit-note request outranks the "
   "conditional promise.",
   reference="NE-27/009")
def m70():
    d = T("2027-02-23 10:40", "+0100")
    d0 = T("2027-02-22 09:00", "+0100")
    mikel = ("Mikel Urrutia", "mikel@bidasoaitzulpenak.eus")
    quoted = r_courtesy("Estimados señores:", "NE-27/009", "1.306,80 €", "1 de febrero de 2027",
                        "3 de marzo de 2027",
                        pago_iban("Nerea Etxeberria Lasa", "ES33 3035 0141 7014 1002 8790", "CLPEES2MXXX",
                                  "Factura NE-27/009"), NEREA[0])
    own = ("Kaixo Nerea,\n\n"
           "Revisando la NE-27/009 hemos visto que se ha repetido la línea de revisión del manual (2 × 180 €). ¿Nos "
           "puedes emitir un abono por esa línea? El resto lo pagaremos cuando nos llegue la rectificativa.\n\n"
           "Eskerrik asko,\nMikel\n\n--\nMikel Urrutia · Bidasoa Itzulpen Zerbitzuak · Irun\n")
    attr = gmail_attr(d0, NEREA[0], NEREA[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*mikel), who(NEREA), "Re: Recordatorio: factura n.º NE-27/009", rfc(d),
            mid("CAY2gH5iJ8kL1mN4oP7qR0sT3uV6wX9yZ2aB5cD8eF1gH4iJ7kL", "mail.gmail.com"),
            irt=mid("NE-27-009.c.20270222", "etxeberria.eus"), refs=mid("NE-27-009.c.20270222", "etxeberria.eus"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000e9f8a7b60649e5f6a7")), own

@M(71, "payment-notification", "es",
   "Accounts-payable remittance advice (SAP) from a distribution group: transfer issued for invoice ICV-2027/05, "
   "gross 3.146,00 EUR less 390,00 IRPF withholding, 2.756,00 EUR actually paid — the amount is the net paid.",
   amount="2756.00", currency="EUR", reference="ICV-2027/05")
def m71():
    d = T("2027-02-26 06:14", "+0100")
    own = ("GRUPO DISTRIBUCIONES ATLANTICO, S.A.\nAVISO DE PAGO / PAYMENT ADVICE\n\n"
           "Proveedor: 0000412877  CASTRO VARELA, INES\n"
           "Fecha de pago: 26.02.2027\nForma de pago: Transferencia\n"
           "Cuenta destino: ES** **** **** **** **** 5531\n\n"
           "Le comunicamos que en la fecha indicada se ha emitido transferencia a su favor correspondiente a los "
           "siguientes documentos:\n\n"
           "Su factura     Fecha        Importe bruto   Retención IRPF   Importe pagado\n"
           "ICV-2027/05    29.01.2027       3.146,00          -390,00         2.756,00\n\n"
           "Total pagado: 2.756,00 EUR\n\n"
           "Se adjunta el aviso en PDF. Para cualquier consulta, contacte con proveedores@gdatlantico.es indicando "
           "su número de proveedor.\n\nEste mensaje ha sido generado automáticamente.\n")
    root = Multi("mixed", [plain(own, "iso-8859-1", "quoted-printable"),
                           pdf("AVISO_PAGO_0000412877_20270226.pdf")], "=_SAP_7A1B2C3D4E5F_=")
    h = [("From", addr("Cuentas a Pagar GDA", "sap-noreply@gdatlantico.es")), ("To", INES[1]),
         ("Subject", "Aviso de pago - GRUPO DISTRIBUCIONES ATLANTICO, S.A. - 26.02.2027"), ("Date", rfc(d)),
         ("Message-ID", mid("5A1B2C3D4E5F60718293.20270226061401", "sapprd.gdatlantico.es")),
         ("X-Mailer", "SAP NetWeaver 7.50")]
    return build(h, root), own


@M(72, "client-reply-promise", "es",
   "Venezuelan client in Madrid, Thursday 25 February at 18:10: 'Mañana sin falta te mando los USD 800 por "
   "Zelle' — promise for 2027-02-26 for 800 dollars.",
   promised_date="2027-02-26", amount="800.00", currency="USD")
def m72():
    d = T("2027-02-25 18:10", "+0100")
    d0 = T("2027-02-24 09:00", "-0400")
    gen = ("Génesis Carrillo", "genesiscarrillo.shop@gmail.com")
    quoted = r_reminder("Buenos días, Génesis Carrillo:", "B0200000117", "USD 800,00", "21 de enero de 2027",
                        pago_libre("transferencia internacional a la cuenta en dólares del Banco Popular (SWIFT "
                                   "BPDODOSX) indicada en la factura, o Zelle a ramon@penaalmonte.com.do."),
                        RAMON[0])
    own = ("Ramón, disculpa la demora, chamo, este mes ha sido una ladilla con la mudanza.\n\n"
           "Mañana sin falta te mando los USD 800 por Zelle, que ya vi que lo pusiste en los datos de pago. Mil "
           "gracias por la paciencia 🙏\n\nGénesis\n")
    attr = gmail_attr(d0.astimezone(dt.timezone(dt.timedelta(hours=1))), RAMON[0], RAMON[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*gen), who(RAMON), "Re: Recordatorio: factura n.º B0200000117", rfc(d),
            mid("CAZ3hI6jK9lM2nO5pQ8rS1tU4vW7xY0zA3bC6dE9fG2hI5jK8lM", "mail.gmail.com"),
            irt=mid("B0200000117.r.20270224", "penaalmonte.com.do"),
            refs=(mid("B0200000117.f.20261221", "penaalmonte.com.do") + " "
                  + mid("B0200000117.r.20270224", "penaalmonte.com.do")))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000f0a9b8c7064af6a7b8")), own


@M(73, "client-reply-promise", "es",
   "Quito foundation, written at 21:05 local time on 1 March (already 2 March in UTC): 'Mañana a primera hora te "
   "transfiero los 1.500 dólares' — tomorrow in the sender's zone is 2027-03-02.",
   promised_date="2027-03-02", amount="1500.00", currency="USD")
def m73():
    d = T("2027-03-01 21:05", "-0500")
    d0 = T("2027-03-01 08:00", "-0500")
    vero = ("Verónica Almeida", "valmeida@fundacionyasunivivo.org")
    quoted = r_promise_followup("Estimados señores:", "001-001-000000481", "USD 1.500,00", "26 de febrero de 2027",
                                pago_libre("Banco Pichincha, cuenta corriente n.º 2100457813, a nombre de Diego "
                                           "Salazar Andrade, RUC 1712345678001."), DIEGO[0])
    own = ("Diego, disculpa la hora.\n\n"
           "Mañana a primera hora te transfiero los 1.500 dólares al Pichincha, recién hoy tuve la aprobación del "
           "directorio. Mil disculpas por el retraso.\n\nSaludos,\nVerónica Almeida\nDirectora Administrativa · "
           "Fundación Yasuní Vivo\n")
    attr = gmail_attr(d0, DIEGO[0], DIEGO[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*vero), who(DIEGO), "Re: Factura n.º 001-001-000000481", rfc(d),
            mid("CAa4iJ7kL0mN3oP6qR9sT2uV5wX8yZ1aB4cD7eF0gH3iJ6kL9mN", "mail.gmail.com"),
            irt=mid("481.p.20270301", "salazarconsultores.com.ec"),
            refs=mid("481.p.20270301", "salazarconsultores.com.ec"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000a1b0c9d8064b07b8c9")), own


@M(74, "auto-reply", "es",
   "Exchange auto-reply from a Santo Domingo firm, Spanish then English: 'fuera de la oficina y del país hasta el 8 de marzo' / "
   "'until March 8', so the first day back is 9 March 2027.",
   return_date="2027-03-09")
def m74():
    d = T("2027-03-02 08:30", "-0400")
    own = ("Saludos:\n\n"
           "Estaré fuera de la oficina y del país hasta el 8 de marzo, con acceso limitado al correo. Para asuntos de pagos "
           "y facturación favor contactar a cuentasporpagar@grupocaribemedia.com.do o al 809-555-0142.\n\n"
           "I am out of the country until March 8 with limited access to email. For payments and invoicing please "
           "contact cuentasporpagar@grupocaribemedia.com.do.\n\n"
           "Lic. Miguelina Tavárez\nGerente Administrativa · Grupo Caribe Media, SRL\n")
    h = [("From", addr("Miguelina Tavárez", "mtavarez@grupocaribemedia.com.do")), ("To", who(RAMON)),
         ("Subject", hdr("Respuesta automática: Recordatorio: factura n.º B0100000061")), ("Date", rfc(d)),
         ("Message-ID", mid("MN2PR20MB2877F0A1B2C3D4E5F6A7B8C9D0E1", "MN2PR20MB2877.namprd20.prod.outlook.com")),
         ("In-Reply-To", mid("B0100000061.c.20270302", "penaalmonte.com.do")),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "mtavarez@grupocaribemedia.com.do")]
    return build(h, alt(own, outlook_html(own), "_000_MN2PR20MB2877_", cte="base64")), own


@M(75, "client-reply-paid", "es",
   "Jaén olive-oil firm: RD-27-018 paid, '424,00 € (ya descontada la retención)', and they attach last year's "
   "withholding certificate — IRPF withholding is routine, not a dispute.",
   amount="424.00", currency="EUR", reference="RD-27-018")
def m75():
    d = T("2027-03-03 13:15", "+0100")
    d0 = T("2027-03-01 09:00", "+0100")
    encarni = ("Encarnación Moreno", "emoreno@aceitessierramagina.es")
    subj0 = "Recordatorio: factura n.º RD-27-018"
    quoted = r_courtesy("Estimados señores:", "RD-27-018", "484,00 €", "3 de febrero de 2027",
                        "5 de marzo de 2027",
                        pago_iban("Rocío Delgado Ruiz", "ES91 2100 4172 3102 0033 3317", "CAIXESBBXXX",
                                  "Factura RD-27-018"), ROCIO[0])
    own = ("Hola Rocío:\n\n"
           "Te confirmo que hoy ha salido la transferencia de la RD-27-018, 424,00 € (ya descontada la retención "
           "del 15 %). Aprovecho y te adjunto el certificado de retenciones de 2026 para tu declaración de la "
           "renta.\n\nUn saludo,\n\nEncarnación Moreno\nAdministración · Aceites Sierra Mágina, S.L.\n")
    text = own + "\n" + outlook_block_es(who(ROCIO), d0, encarni[1], subj0) + "\n" + quoted
    inner = Multi("alternative", [plain(text), htmlpart(outlook_html(own, who(ROCIO), d0, encarni[1], subj0,
                                                                      quoted))], "_000_DB9PR02MB7345_c_")
    root = Multi("mixed", [inner, pdf("Certificado_retenciones_2026_Delgado_Ruiz.pdf")], "_004_DB9PR02MB7345_m_")
    h = std(addr(*encarni), who(ROCIO), "RE: " + subj0, rfc(d),
            mid("DB9PR02MB73459A8B7C6D5E4F3A2B1C0D9E8F", "DB9PR02MB7345.eurprd02.prod.outlook.com"),
            irt=mid("20270301080000.rd27018.c1", "rociodelgado.es"),
            refs=mid("20270301080000.rd27018.c1", "rociodelgado.es"),
            extra_after=[("X-MS-Has-Attach", "yes"), ("Content-Language", "es-ES")])
    return build(h, root), own


@M(76, "client-reply-promise", "es",
   "Tenerife client on Wednesday 10 March: 'El lunes 15 te hago el Bizum de los 180 euros sin falta' after "
   "forgetting during carnival — promise for 2027-03-15.",
   promised_date="2027-03-15", amount="180.00", currency="EUR")
def m76():
    d = T("2027-03-10 19:25", "+0000")
    d0 = T("2027-03-10 10:00", "+0000")
    idaira = ("Idaira Rodríguez", "idaira.rguez@hotmail.es")
    quoted = r_reminder("Buenos días, Idaira Rodríguez:", "2027-09", "180,00 €", "28 de febrero de 2027",
                        pago_iban("Yaiza Hernández Cabrera", "ES76 2100 8974 1302 0011 5268", "CAIXESBBXXX",
                                  "Factura 2027-09") + "\n- Bizum: 622 48 17 90", YAIZA[0])
    own = ("Yaiza mi niña, perdona, que con los carnavales se me pasó totalmente 🙈\n"
           "El lunes 15 te hago el Bizum de los 180 euros sin falta, ¿vale?\n\nBesos\nIdaira\n")
    block = ("________________________________\n"
             + outlook_block_es(who(YAIZA), d0, idaira[1], "Recordatorio: factura n.º 2027-09"))
    text = own + "\n" + block + "\n" + quoted
    markup = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
              f'<div style="font-family:Aptos,Arial,Helvetica,sans-serif;font-size:12pt">{brs(own)}</div>'
              '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><b>De:</b> '
              f'{esc(who(YAIZA))}<br><b>Enviado:</b> {esc(outlook_es(d0))}<br><b>Para:</b> {idaira[1]}<br>'
              f'<b>Asunto:</b> Recordatorio: factura n.º 2027-09<div>&nbsp;</div></div><div>{brs(quoted)}</div>'
              '</body></html>\n')
    h = std(addr(*idaira), who(YAIZA), "RE: Recordatorio: factura n.º 2027-09", rfc(d),
            mid("AM9P193MB1540B1C2D3E4F5A6B7C8D9E0F1A2", "AM9P193MB1540.EURP193.PROD.OUTLOOK.COM"),
            irt=mid("2027-09.r.20270310", "yaizahdez.com"), refs=mid("2027-09.r.20270310", "yaizahdez.com"))
    return build(h, alt(text, markup, "_000_AM9P193MB1540_")), own


@M(77, "client-reply-other", "es",
   "Monteverde hotel: the bank returned the transfer for FE-236 because the ID number did not match the account "
   "holder, asks to confirm the details and has not sent it again — a bounced payment, not a payment.",
   reference="FE-236")
def m77():
    d = T("2027-03-11 10:00", "-0600")
    d0 = T("2027-03-09 08:00", "-0600")
    pri = ("Priscilla Araya", "administracion@hotelmonteverdenuboso.com")
    quoted = r_reminder("Estimados señores:", "FE-236", "₡260.000,00", "28 de febrero de 2027",
                        pago_libre("transferencia a la cuenta IBAN CR05 0152 0200 1026 2840 66 del BCR, a nombre de "
                                   "Carolina Mora Solís, cédula 1-1234-0567."), CAROLINA[0])
    own = ("Buenos días Carolina,\n\n"
           "Le cuento que el banco me devolvió la transferencia de la FE-236, dice que el número de cédula no "
           "coincide con el titular de la cuenta. ¿Me confirma los datos por favor? No la he vuelto a enviar "
           "todavía.\n\nCon mucho gusto,\nPriscilla Araya\nAdministración · Hotel Monteverde Nuboso\n")
    attr = gmail_attr(d0, CAROLINA[0], CAROLINA[1])
    text = own + "\n" + attr + "\n\n" + gt(quoted) + "\n"
    h = std(addr(*pri), who(CAROLINA), "Re: Recordatorio: factura n.º FE-236", rfc(d),
            mid("CAb5jK8lM1nO4pQ7rS0tU3vW6xY9zA2bC5dE8fG1hI4jK7lM0nO", "mail.gmail.com"),
            irt=mid("FE-236.r.20270309", "moraestudio.cr"), refs=mid("FE-236.r.20270309", "moraestudio.cr"))
    return build(h, alt(text, gmail_html(own, attr, quoted), "000000000000b2c1d0e9064c18c9d0")), own


@M(78, "payment-notification", "es",
   "PayPal (Spanish) 'Has recibido un pago': 600,00 $ USD from a client, with the payer's note naming e-Factura "
   "A-1211.",
   amount="600.00", currency="USD", reference="A-1211")
def m78():
    d = T("2027-03-15 10:22", "-0700")
    own = ("Hola, Andrés Viera:\n\n"
           "Kevin Sánchez te envió 600,00 $ USD.\n\n"
           "Nota de Kevin Sánchez:\n\"e-Factura A-1211 fotos de producto, gracias!\"\n\n"
           "Detalles de la transacción\n"
           "Id. de transacción: 4KX21937GH558204T\n"
           "Fecha de la transacción: 15 de marzo de 2027\n\n"
           "El dinero ya está en tu cuenta PayPal.\n\n"
           "PayPal\n")
    markup = ('<!DOCTYPE html><html lang="es"><head><meta charset="UTF-8"></head><body style="margin:0;'
              'background:#f5f7fa;font-family:Helvetica,Arial,sans-serif"><table width="100%" cellpadding="0" '
              'cellspacing="0"><tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" '
              'style="background:#fff"><tr><td style="padding:24px 32px"><img src="https://www.paypalobjects.com/'
              'digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" '
              'width="40" alt="PayPal"></td></tr><tr><td style="padding:0 32px;font-size:15px;color:#001435">'
              'Hola, Andrés Viera:<br><br><span style="font-size:28px"><b>Kevin Sánchez te envió 600,00 $ USD</b>'
              '</span><br><br><b>Nota de Kevin Sánchez:</b><br>"e-Factura A-1211 fotos de producto, gracias!"<br><br>'
              '<b>Detalles de la transacción</b><br>Id. de transacción: 4KX21937GH558204T<br>Fecha de la '
              'transacción: 15 de marzo de 2027<br><br>El dinero ya está en tu cuenta PayPal.</td></tr>'
              '<tr><td style="padding:24px 32px;font-size:11px;color:#6c7378">PayPal Pte. Ltd. No respondas a este '
              'correo: este buzón no está supervisado.</td></tr></table></td></tr></table></body></html>\n')
    h = [("From", addr("PayPal", "service@paypal.com.uy")), ("To", ANDRES[1]),
         ("Subject", hdr("Recibiste un pago de Kevin Sánchez")), ("Date", rfc(d)),
         ("Message-ID", mid("MTAwNjM4MzkxNDI3ODk.4KX21937GH558204T.cb5e2a1d0f", "paypal.com")),
         ("X-Email-Type-Id", "PPX000601")]
    return build(h, alt(own, markup, "--_NmP-8f2e1d0c9b8a7654-Part_1", cte="quoted-printable")), own


@M(79, "client-reply-other", "es",
   "Uruguayan client writes a new message from her personal Gmail because the company mailbox is down, asking "
   "to resend the February invoice there — no payment, no promise.")
def m79():
    d = T("2027-03-16 09:40", "-0300")
    lorena = ("Lorena Silva", "lorena.silva.uy@gmail.com")
    own = ("Hola Andrés, ¿cómo va?\n\n"
           "Te escribo desde mi correo personal porque el de la empresa está caído desde el viernes y no me llega "
           "nada. Si me mandaste la factura de febrero (o algún recordatorio), ¿me la reenviás a este, porfa?\n\n"
           "Gracias!\nLorena\nPanadería La Rambla\n")
    h = std(addr(*lorena), who(ANDRES), "Factura febrero - escribime acá", rfc(d),
            mid("CAc6kL9mN2oP5qR8sT1uV4wX7yZ0aB3cD6eF9gH2iJ5kL8mN1oP", "mail.gmail.com"))
    return build(h, alt(own, gmail_html(own), "000000000000c3d2e1f0064c29d0e1")), own


@M(80, "client-reply-dispute", "es",
   "Cotopaxi flower farm: invoice 001-001-000000488 is for USD 1.450 + IVA but the quote was USD 1.200 + IVA, "
   "asks to void it ('anular') and issue a new one — amount wrong.",
   reference="001-001-000000488")
def m80():
    d = T("2027-03-18 08:20", "-0500")
    d0 = T("2027-03-16 08:00", "-0500")
    fer = ("Fernando Cárdenas", "fcardenas@cotopaxiroses.com")
    subj0 = "Factura 001-001-000000488 - diagnóstico logístico"
    quoted = invoice_mail("Estimado Ing. Cárdenas:", "001-001-000000488",
                          "Adjunto la factura electrónica 001-001-000000488 por el diagnóstico logístico de la finca, "
                          "con el XML autorizado por el SRI.", DIEGO[0])
    own = ("Estimado Diego:\n\n"
           "Revisando la factura 001-001-000000488, el valor no corresponde a lo cotizado: la cotización aprobada "
           "era de USD 1.200 + IVA y la factura está emitida por USD 1.450 + IVA.\n\n"
           "Por favor anular la factura en el SRI y emitir una nueva con el valor correcto para poder procesar el "
           "pago.\n\nAtentamente,\n\nIng. Fernando Cárdenas\nGerente de Operaciones\nCotopaxi Roses S.A. · "
           "Lasso, Cotopaxi\n")
    text = own + "\n" + outlook_block_es(who(DIEGO), d0, fer[1], subj0) + "\n" + quoted
    h = std(addr(*fer), who(DIEGO), "RE: " + subj0, rfc(d),
            mid("BY3PR10MB4982C1D2E3F4A5B6C7D8E9F0A1B2", "BY3PR10MB4982.namprd10.prod.outlook.com"),
            irt=mid("488.f.20270316", "salazarconsultores.com.ec"),
            refs=mid("488.f.20270316", "salazarconsultores.com.ec"))
    root = alt(text, outlook_html(own, who(DIEGO), d0, fer[1], subj0, quoted), "_000_BY3PR10MB4982_")
    return build(h, root), own

# ==================================================================================================
# writing and checking
# ==================================================================================================

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
CURRENCIES = {"EUR", "USD", "PEN", "UYU", "CRC", "DOP"}
KEY_ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
             "failed_recipient", "permanent", "note"]
NOT_A_REPLY = {79}   # a client's new message, not an answer to anything


def toml_str(s):
    import json
    return json.dumps(s, ensure_ascii=False)


def write_labels(path):
    out = ["# round17-es: replies and machine mail reaching Spanish-speaking freelancers (Spain and Latin America) "
           "after an invoice or a mailduns reminder", ""]
    for n in sorted(MSGS):
        m = MSGS[n]
        fields = dict(kind=m["kind"], language=m["lang"], split="dev", **m["facts"], note=m["note"])
        out.append(f'[files."{PREFIX}-{n:04d}.eml"]')
        for k in KEY_ORDER:
            if k not in fields:
                continue
            v = fields[k]
            if isinstance(v, bool):
                out.append(f"{k} = {'true' if v else 'false'}")
            else:
                out.append(f"{k} = {toml_str(v)}")
        out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def amount_variants(a):
    whole, cents = a.split(".")
    n = int(whole)
    dots = f"{n:,}".replace(",", ".")
    commas = f"{n:,}"
    v = {f"{whole},{cents}", f"{dots},{cents}", f"{commas}.{cents}", f"{whole}.{cents}"}
    if cents == "00":
        v |= {whole, dots, commas}
    return v


def text_of(msg):
    """All decoded text of a parsed message (HTML stripped), for checks."""
    chunks = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html"):
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
        elif ct in ("message/delivery-status", "text/rfc822-headers"):
            chunks.append(part.get_payload(decode=True).decode("utf-8", "replace")
                          if not part.is_multipart() and isinstance(part.get_payload(), str)
                          else str(part.get_payload()))
    return "\n".join(chunks)


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def local_date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"]).date()


def check(n, raw, own, label):
    errors = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errors.append(f"MIME defects {part.defects}")
    for h in ("From", "Date", "Message-ID", "Subject"):
        if not msg[h]:
            errors.append(f"missing {h}")
    day = local_date(msg)
    if not (dt.date(2026, 11, 1) <= day <= dt.date(2027, 3, 31)):
        errors.append(f"date {day} out of range")
    body = text_of(msg)
    flat = squash(body)
    # the sender's own words really are in the decoded message
    probe = squash(own)[:60]
    if probe not in flat:
        errors.append(f"own text not found after decoding: {probe!r}")
    kind = label["kind"]
    if kind not in KINDS:
        errors.append(f"bad kind {kind}")
    if label["language"] not in ("it", "es", "en"):
        errors.append("bad language")
    if label["split"] != "dev" or not label.get("note"):
        errors.append("split/note")
    if kind.startswith("client-reply") and n not in NOT_A_REPLY:
        if not msg["In-Reply-To"]:
            errors.append("client reply without In-Reply-To")
        if not re.match(r"(?i)^(re|rv|fwd?|aw|r|rif)\s*:", msg["Subject"] or ""):
            errors.append("reply subject without prefix")
    if "promised_date" in label:
        if kind != "client-reply-promise":
            errors.append("promised_date on a non-promise")
        pd = dt.date.fromisoformat(label["promised_date"])
        if not (day <= pd <= day + dt.timedelta(days=120)):
            errors.append(f"promised_date {pd} vs message day {day}")
        for wd, num in re.findall(r"\b(lunes|martes|miércoles|jueves|viernes|sábado|domingo) (\d{1,2})\b", own):
            if int(num) == pd.day and DIAS[pd.weekday()] != wd:
                errors.append(f"{wd} {num} is not a {DIAS[pd.weekday()]}")
    if "return_date" in label:
        if kind != "auto-reply":
            errors.append("return_date on a non-auto-reply")
        rd = dt.date.fromisoformat(label["return_date"])
        if not (day < rd <= day + dt.timedelta(days=60)):
            errors.append(f"return_date {rd} vs message day {day}")
    if "amount" in label:
        if not re.fullmatch(r"\d+\.\d{2}", label["amount"]):
            errors.append("amount format")
        if not any(v in own for v in amount_variants(label["amount"])):
            errors.append(f"amount {label['amount']} not in the sender's own text")
        if kind not in ("client-reply-paid", "client-reply-promise", "payment-notification"):
            errors.append("amount on a kind that neither pays nor promises")
    if "currency" in label:
        if label["currency"] not in CURRENCIES or "amount" not in label:
            errors.append("currency")
    if "reference" in label:
        if label["reference"] not in own:
            errors.append(f"reference {label['reference']} not in the sender's own text")
    if kind == "bounce":
        fr, perm = label.get("failed_recipient"), label.get("permanent")
        if fr is None or perm is None:
            errors.append("bounce without failed_recipient/permanent")
        else:
            if fr not in body:
                errors.append("failed_recipient not in the report")
            codes = re.findall(r"\b([245])\.\d{1,3}\.\d{1,3}\b", body)
            if perm and "5" not in codes:
                errors.append("permanent without a 5.x.x code")
            if not perm and ("4" not in codes or "5" in codes):
                errors.append("temporary without (only) 4.x.x codes")
    elif "failed_recipient" in label or "permanent" in label:
        errors.append("bounce facts on a non-bounce")
    return errors


def main():
    assert sorted(MSGS) == list(range(1, N + 1)), "messages must be numbered 1..N"
    built = {}
    for n in sorted(MSGS):
        raw, own = MSGS[n]["fn"]()
        built[n] = (raw, own)
        with open(os.path.join(HERE, f"{PREFIX}-{n:04d}.eml"), "wb") as f:
            f.write(raw)
    labels_path = os.path.join(HERE, "labels.toml")
    write_labels(labels_path)

    with open(labels_path, "rb") as f:
        labels = tomllib.load(f)["files"]
    assert len(labels) == N, len(labels)
    problems = 0
    mids = set()
    counts = {}
    for n in sorted(MSGS):
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "rb") as f:
            raw = f.read()
        assert raw == built[n][0]
        label = labels[name]
        counts[label["kind"]] = counts.get(label["kind"], 0) + 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg["Message-ID"] in mids:
            print(f"{name}: duplicate Message-ID")
            problems += 1
        mids.add(msg["Message-ID"])
        for e in check(n, raw, built[n][1], label):
            print(f"{name}: {e}")
            problems += 1
    for k in sorted(counts):
        print(f"{k:22s} {counts[k]}")
    if problems:
        print(f"{problems} problem(s)")
        sys.exit(1)
    print(f"ok: {N} messages and labels.toml written and checked")


if __name__ == "__main__":
    main()
