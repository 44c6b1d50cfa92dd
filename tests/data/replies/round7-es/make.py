#!/usr/bin/env python3
"""round7-es: hand-written Spanish test mail for mailduns (writer w7-es).

Run: python3 make.py  -> r7s-NNNN.eml + labels.toml in this directory, then a parse check.
Stdlib only. The MIME plumbing below is shared; every body is written by hand further down.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import os
import quopri
import sys
from email.header import Header
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r7s"

# ---------------------------------------------------------------- the freelancers (mailbox owners)
OWNERS = {
    # key: (name, address, first name, IBAN, tz)
    "L": ("Lucía Martín", "lucia@martinestudio.es", "Lucía", "ES21 0081 0569 4100 0123 4567", "Europe/Madrid"),
    "J": ("Jordi Puig", "jordi@puigtraduccions.cat", "Jordi", "ES86 2100 3011 2702 0045 6789", "Europe/Madrid"),
    "N": ("Nerea Etxeberria", "nerea@etxeberria-arkitektura.eus", "Nerea", "ES44 2095 0611 0091 1234 5678", "Europe/Madrid"),
    "C": ("Carmen Ruiz", "carmen@carmenruizfoto.com", "Carmen", "ES37 2038 8745 9160 0098 7654", "Atlantic/Canary"),
    "D": ("Diego Salvatierra", "diego@salvatierra.dev", "Diego", "ES02 0182 5566 7201 0201 3344", "Europe/Madrid"),
}
# numbering styles: L 2026-041 | J FAC-2026-118 | N E26-031 | C F-2026-18 | D DS26-044

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIA3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def eur(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".") + " €"


def fecha_larga(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def when(s, tz):
    """'2026-11-12 10:14' in tz -> aware datetime."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=ZoneInfo(tz), second=int(hashlib.md5(s.encode()).hexdigest()[:2], 16) % 60)


def D(s):
    return dt.date.fromisoformat(s)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12].upper()}.{h[12:20]}@{domain}>"


# ---------------------------------------------------------------- MIME plumbing
class Leaf:
    def __init__(self, ctype, content, charset="utf-8", cte="quoted-printable", filename=None,
                 disposition=None, declared=None, extra=(), params=""):
        self.ctype, self.content, self.charset, self.cte = ctype, content, charset, cte
        self.filename, self.disposition, self.declared, self.extra, self.params = (
            filename, disposition, declared, extra, params)

    def render(self):
        if isinstance(self.content, str):
            # declared charset may differ (Outlook labels windows-1252 bytes as iso-8859-1)
            data = self.content.replace("\n", "\r\n").encode(self.charset)
            cs = self.declared or self.charset
            head = [f"Content-Type: {self.ctype}; charset=\"{cs}\"{self.params}"]
        else:
            data = self.content
            nm = f'; name="{self.filename}"' if self.filename else ""
            head = [f"Content-Type: {self.ctype}{nm}{self.params}"]
        if self.cte == "base64":
            body = base64.encodebytes(data).replace(b"\n", b"\r\n").rstrip(b"\r\n")
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(data)
            body = body.replace(b"\r\n", b"\n").replace(b"=0D\n", b"\n").replace(b"\n", b"\r\n").rstrip(b"\r\n")
        else:
            body = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n").rstrip(b"\r\n")
        head.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.filename or self.disposition:
            disp = self.disposition or "attachment"
            head.append(f'Content-Disposition: {disp}' + (f'; filename="{self.filename}"' if self.filename else ""))
        head.extend(self.extra)
        return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body + b"\r\n"


class Raw:
    """A part given as already-encoded text (DSN bodies, message/rfc822)."""
    def __init__(self, ctype, text, extra=()):
        self.ctype, self.text, self.extra = ctype, text, extra

    def render(self):
        head = [f"Content-Type: {self.ctype}"] + list(self.extra)
        return ("\r\n".join(head) + "\r\n\r\n" + self.text.replace("\r\n", "\n").replace("\n", "\r\n").rstrip("\r\n") + "\r\n").encode("utf-8")


class Multi:
    def __init__(self, subtype, parts, params="", seed="x"):
        self.subtype, self.parts, self.params = subtype, parts, params
        self.boundary = "----=_Part_" + hashlib.md5((seed + subtype + str(len(parts))).encode()).hexdigest()[:20]

    def render(self):
        out = [f'Content-Type: multipart/{self.subtype}; boundary="{self.boundary}"{self.params}\r\n\r\n'.encode()]
        out.append(b"This is a multi-part message in MIME format.\r\n")
        for p in self.parts:
            out.append(f"\r\n--{self.boundary}\r\n".encode())
            out.append(p.render())
        out.append(f"\r\n--{self.boundary}--\r\n".encode())
        return b"".join(out)


def hdr(value, charset="utf-8"):
    if value.isascii():
        return value
    return Header(value, charset).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return email.utils.formataddr((name, address), charset=charset)


def addrs(lst, charset="utf-8"):
    return ", ".join(addr(n, a, charset) for n, a in lst)


def build(*, frm, to, date, subject, body, cc=(), msgid=None, irt=None, refs=None, extra=(),
          hcharset="utf-8", received=None, xmailer=None, reply_to=None):
    h = []
    if received:
        h += [f"Received: {r}" for r in received]
    h.append(f"From: {addr(*frm, charset=hcharset)}")
    h.append(f"To: {addrs(to, hcharset)}")
    if cc:
        h.append(f"Cc: {addrs(cc, hcharset)}")
    if reply_to:
        h.append(f"Reply-To: {addr(*reply_to, charset=hcharset)}")
    h.append(f"Subject: {hdr(subject, hcharset)}")
    h.append(f"Date: {email.utils.format_datetime(date)}")
    h.append(f"Message-ID: {msgid}")
    if irt:
        h.append(f"In-Reply-To: {irt}")
    if refs:
        h.append(f"References: {refs}")
    if xmailer:
        h.append(xmailer)
    h += list(extra)
    h.append("MIME-Version: 1.0")
    return ("\r\n".join(h) + "\r\n").encode("ascii") + body.render()


# ---------------------------------------------------------------- the mail the clients answer
PAY_TMPL = """Datos para el pago:
- beneficiario: {owner}
- IBAN: {iban}
- concepto: {inv}"""


def saludo(sal):
    return sal or "Buenos días:"


def reminder_text(kind, o, sal, inv, amount, due, deadline=None, promise=None, claim=None, days=None):
    name, _, _, iban, _ = OWNERS[o]
    pay = PAY_TMPL.format(owner=name, iban=iban, inv=inv)
    a = eur(amount)
    due_s = fecha_larga(due)
    if kind == "courtesy":
        core = (f"Un breve recordatorio: la factura n.º {inv} de {a} vence el {due_s}.\n\n"
                "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
    elif kind == "due":
        core = (f"La factura n.º {inv} de {a} venció el {due_s} y, según mis registros, el pago aún no consta. "
                "Agradecería que se tramitara en los próximos días.\n\n"
                "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
    elif kind == "reminder":
        core = (f"Revisando mis cuentas, veo que la factura n.º {inv} de {a}, vencida el {due_s}, sigue pendiente "
                "de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto "
                "sea posible.\n\n"
                "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de "
                "la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, "
                f"podemos aclararlo por esta misma vía.\n\n{pay}")
    elif kind == "late_fee":
        d = f", hace {days} días," if days else ""
        core = (f"La factura n.º {inv} de {a} venció el {due_s}{d} y sigue pendiente de pago.\n\n"
                f"Ruego que el pago de {a} se realice a más tardar el {fecha_larga(deadline)}. Si ya está en curso, "
                "muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema "
                "con la factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n" + pay)
    elif kind == "promise_followup":
        core = (f"Según su último mensaje, el pago de la factura n.º {inv} de {a} se realizaría a más tardar el "
                f"{fecha_larga(promise)}; gracias de nuevo por la información.\n\n"
                "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con "
                "responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil "
                f"saber para cuándo puedo contar con él.\n\n{pay}")
    elif kind == "paid_claim_followup":
        core = (f"Muchas gracias por comunicarme el {fecha_larga(claim)} que la factura n.º {inv} de {a} ya está "
                "pagada.\n\nSin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una "
                "transferencia tarda unos días más en llegar, o puede haberse enviado a otros datos bancarios. "
                "Para poder localizarla, me sería de gran ayuda conocer la fecha de ejecución y la referencia de "
                "la transferencia, o recibir el justificante.\n\n"
                f"Para comprobarlo, estos son los datos bancarios correctos:\n- beneficiario: {name}\n- IBAN: {iban}\n"
                f"- concepto: {inv}\n\nSi la transferencia se ordenó hace muy poco, es normal que aún no haya "
                "llegado: en ese caso no es necesario hacer nada más. Gracias por su colaboración.")
    elif kind == "suspension":
        core = (f"Vuelvo a ponerme en contacto en relación con la factura n.º {inv} de {a}, vencida el {due_s} y "
                f"todavía pendiente de pago.\n\nSi para el {fecha_larga(deadline)} no se ha recibido el pago de {a}, "
                f"a partir del {fecha_larga(deadline + dt.timedelta(days=3))} podría verme en la necesidad de "
                "suspender los trabajos en curso y la prestación de los servicios contratados hasta que se "
                "regularice la situación. Si existe alguna dificultad (por ejemplo, si es necesario fraccionar el "
                f"pago), basta con responder a este correo y buscaremos una solución.\n\n{pay}")
    elif kind == "final":
        core = (f"La factura n.º {inv} venció el {due_s} y, pese a los recordatorios enviados anteriormente, sigue "
                f"pendiente de pago por un importe de {a}.\n\nPor la presente, y a los efectos del artículo 1100 del "
                f"Código Civil, requiero formalmente el pago de {a} a más tardar el {fecha_larga(deadline)}.\n\n"
                "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, "
                "de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
                "retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                f"responder a este correo.\n\nSi para el {fecha_larga(deadline)} no se ha recibido el pago ni hemos "
                "llegado a un acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, "
                "mediante el procedimiento monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha "
                "realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese caso, basta "
                f"una breve respuesta con la fecha de la transferencia.\n\n{pay}")
        return f"{saludo(sal)}\n\n{core}\n\nAtentamente,\n{name}\n"
    else:
        raise ValueError(kind)
    return f"{saludo(sal)}\n\n{core}\n\nUn cordial saludo,\n{name}\n"


SUBJ = {
    "courtesy": "Recordatorio: factura n.º {inv}",
    "due": "Factura n.º {inv}: vencimiento",
    "reminder": "Recordatorio de pago: factura n.º {inv}",
    "late_fee": "Factura n.º {inv} pendiente de pago",
    "promise_followup": "Factura n.º {inv}: pago pendiente",
    "paid_claim_followup": "Factura n.º {inv}: pago no recibido",
    "suspension": "Factura n.º {inv}: aviso de suspensión de servicios",
    "final": "Requerimiento de pago de la factura n.º {inv}",
}


class Thread:
    """The message the client answers: a mailduns reminder or the owner's own invoice mail."""

    def __init__(self, o, client, inv, amount, due, kind="reminder", sent=None, sal=None, subject=None,
                 text=None, deadline=None, promise=None, claim=None, days=None, to=None, earlier=None):
        self.o = o
        name, address, first, iban, tz = OWNERS[o]
        self.owner = (name, address)
        self.client = client
        self.inv, self.amount = inv, amount
        self.date = when(sent, tz)
        self.to = to or [client]
        if kind == "invoice":
            self.subject = subject or f"Factura {inv}"
            self.text = text or (f"{sal or 'Hola:'}\n\nTe adjunto la factura {inv} por importe de {eur(amount)}, "
                                 f"con vencimiento el {fecha_larga(due)}.\n\nCualquier cosa me dices.\n\n"
                                 f"Un saludo,\n{first}\n\n--\n{name}\n{address}\n")
        else:
            self.subject = subject or SUBJ[kind].format(inv=inv)
            self.text = text or reminder_text(kind, o, sal, inv, amount, due, deadline, promise, claim, days)
        dom = address.split("@")[1]
        self.msgid = mid(f"{o}{inv}{kind}{sent}", dom)
        self.earlier = earlier  # msgid of the original invoice mail
        self.refs = (f"{earlier} {self.msgid}" if earlier else self.msgid)


# ---------------------------------------------------------------- quoting styles
def q_lines(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def quote(t, style):
    d = t.date
    name, address = t.owner
    hh = f"{d.hour}:{d.minute:02d}"
    to_s = "; ".join(f"{n} <{a}>" if n else a for n, a in t.to)
    if style == "gmail":
        return (f"El {DIA3[d.weekday()]}, {d.day} {MES3[d.month-1]} {d.year} a las {hh}, {name} (<{address}>) "
                f"escribió:\n\n{q_lines(t.text)}\n")
    if style == "gmail-android":
        return (f"El {DIA3[d.weekday()]}., {d.day} {MES3[d.month-1]}. {d.year} {hh}, {name} <{address}> "
                f"escribió:\n\n{q_lines(t.text)}\n")
    if style == "apple":
        return f"El {d.day} {MES3[d.month-1]} {d.year}, a las {hh}, {name} <{address}> escribió:\n\n{q_lines(t.text)}\n"
    if style == "thunderbird":
        return f"El {d.day:02d}/{d.month:02d}/{d.year % 100} a las {d.hour:02d}:{d.minute:02d}, {name} escribió:\n{q_lines(t.text, '>')}\n"
    if style == "outlook":
        return ("________________________________\n"
                f"De: {name} <{address}>\n"
                f"Enviado: {DIAS[d.weekday()]}, {d.day} de {MESES[d.month-1]} de {d.year} {d.hour:02d}:{d.minute:02d}\n"
                f"Para: {to_s}\nAsunto: {t.subject}\n\n{t.text}")
    if style == "outlook-old":
        return (f"De: {name} [mailto:{address}] \n"
                f"Enviado el: {DIAS[d.weekday()]}, {d.day} de {MESES[d.month-1]} de {d.year} {d.hour}:{d.minute:02d}\n"
                f"Para: {to_s}\nAsunto: {t.subject}\n\n{t.text}")
    if style == "fwd-gmail":
        return ("---------- Forwarded message ---------\n"
                f"De: {name} <{address}>\nDate: {DIA3[d.weekday()]}, {d.day} {MES3[d.month-1]} {d.year} a las {hh}\n"
                f"Subject: {t.subject}\nTo: {to_s}\n\n\n{t.text}")
    raise ValueError(style)


def html_quote(t):
    d = t.date
    name, address = t.owner
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in t.text.strip().split("\n\n"))
    return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">El {DIA3[d.weekday()]}, {d.day} '
            f'{MES3[d.month-1]} {d.year} a las {d.hour}:{d.minute:02d}, {name} (&lt;<a href="mailto:{address}">'
            f'{address}</a>&gt;) escribió:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
            f'0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{paras}</blockquote></div>')


def html_outlook_quote(t):
    d = t.date
    name, address = t.owner
    to_s = "; ".join(f"{n} &lt;{a}&gt;" if n else a for n, a in t.to)
    paras = "".join(f'<p class="MsoNormal">{p.replace(chr(10), "<br>")}<o:p></o:p></p>' for p in t.text.strip().split("\n\n"))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
            f'<b>De:</b> {name} &lt;{address}&gt; <br><b>Enviado el:</b> {DIAS[d.weekday()]}, {d.day} de '
            f'{MESES[d.month-1]} de {d.year} {d.hour}:{d.minute:02d}<br><b>Para:</b> {to_s}<br><b>Asunto:</b> '
            f'{t.subject}<o:p></o:p></p></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>{paras}')


def outlook_html(inner, font="Calibri"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}\n'
            'a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}\n--></style></head>'
            f'<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">'
            f'{inner}</div></body></html>')


def gmail_html(inner):
    return f'<div dir="ltr">{inner}</div>'


def paras_html(text, cls=None):
    c = f' class="{cls}"' if cls else ""
    out = []
    for p in text.strip().split("\n\n"):
        out.append(f"<p{c}>" + p.replace("\n", "<br>") + "</p>")
    return "".join(out)


def html_to_text_approx(text):
    return text


# ---------------------------------------------------------------- fake attachment bytes
def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            f"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
            f"4 0 obj << /Length 60 >> stream\nBT /F1 11 Tf 72 770 Td ({title}) Tj ET\nendstream endobj\n"
            "trailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png(seed):
    import struct, zlib
    raw = b"".join(b"\x00" + bytes((hash((seed, y, x)) & 0xFF) for x in range(24)) for y in range(8))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw[:72])) + chunk(b"IEND", b""))


def fake_jpg():
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(200)) + b"\xff\xd9"


# ---------------------------------------------------------------- registry
MESSAGES = []   # (bytes, labels)


def put(raw, **labels):
    assert labels["kind"] in {"client-reply-paid", "client-reply-promise", "client-reply-dispute",
                              "client-reply-other", "payment-notification", "auto-reply", "bounce",
                              "other", "invoice"}, labels["kind"]
    labels = {k: v for k, v in labels.items() if v is not None}
    labels.setdefault("language", "es")
    labels.setdefault("split", "dev")
    MESSAGES.append((raw, labels))


def reply(t, frm, date, body, *, tz="Europe/Madrid", prefix="Re: ", quote_style="gmail", cc=(), to=None,
          charset="utf-8", declared=None, cte="quoted-printable", html=None, attachments=(), extra=(),
          subject=None, hcharset="utf-8", xmailer=None, html_only=False, domain=None, sig_after_quote=None,
          irt=True):
    """A client reply in thread t. body: the text written by the client (without quote).
    quote_style None -> no quote. html: full html alternative (already containing its own quote)."""
    d = when(date, tz)
    assert d > t.date, (date, t.subject)
    text = body.rstrip("\n") + "\n"
    if quote_style:
        text += "\n" + quote(t, quote_style)
    if sig_after_quote:
        text += "\n" + sig_after_quote
    subj = subject if subject is not None else prefix + t.subject
    dom = domain or frm[1].split("@")[1]
    msgid = mid(f"{frm[1]}{date}{subj}", dom)
    if html_only:
        part = Leaf("text/html", html, charset=charset, cte=cte, declared=declared)
    elif html:
        part = Multi("alternative", [Leaf("text/plain", text, charset=charset, cte=cte, declared=declared),
                                     Leaf("text/html", html, charset=charset, cte=cte, declared=declared)], seed=msgid)
    else:
        part = Leaf("text/plain", text, charset=charset, cte=cte, declared=declared)
    if attachments:
        part = Multi("mixed", [part] + list(attachments), seed=msgid + "m")
    return build(frm=frm, to=to or [t.owner], cc=cc, date=d, subject=subj, body=part, msgid=msgid,
                 irt=t.msgid if irt else None, refs=t.refs if irt else None, extra=extra, hcharset=hcharset,
                 xmailer=xmailer)


def simple(frm, to, date, subject, body, *, tz="Europe/Madrid", charset="utf-8", cte="quoted-printable",
           html=None, html_only=False, attachments=(), extra=(), cc=(), declared=None, hcharset="utf-8",
           irt=None, refs=None, domain=None, reply_to=None, received=None):
    d = when(date, tz)
    dom = domain or frm[1].split("@")[1]
    msgid = mid(f"{frm[1]}{date}{subject}", dom)
    if html_only:
        part = Leaf("text/html", html, charset=charset, cte=cte, declared=declared)
    elif html:
        part = Multi("alternative", [Leaf("text/plain", body, charset=charset, cte=cte, declared=declared),
                                     Leaf("text/html", html, charset=charset, cte=cte, declared=declared)], seed=msgid)
    else:
        part = Leaf("text/plain", body, charset=charset, cte=cte, declared=declared)
    if attachments:
        part = Multi("mixed", [part] + list(attachments), seed=msgid + "m")
    return build(frm=frm, to=to, cc=cc, date=d, subject=subject, body=part, msgid=msgid, irt=irt, refs=refs,
                 extra=extra, hcharset=hcharset, reply_to=reply_to, received=received)


def O(k):
    return OWNERS[k][:2]


# ---------------------------------------------------------------- bounces (DSN)
def dsn(*, owner, mailer, date, tz, subject, human, recipient, status, action, diag, orig_subject, orig_date,
        reporting_mta, remote_mta=None, orig_msgid=None, full_original=None, extra=(), human_html=None,
        charset="utf-8", cte="quoted-printable", arrival=None, will_retry=None, rfc822_headers=True):
    d = when(date, tz)
    od = when(orig_date, OWNERS[owner][4])
    name, address = OWNERS[owner][:2]
    omid = orig_msgid or mid(f"{owner}{orig_subject}{orig_date}", address.split("@")[1])
    per_msg = f"Reporting-MTA: dns; {reporting_mta}\n"
    if arrival:
        per_msg += f"Arrival-Date: {email.utils.format_datetime(d - dt.timedelta(minutes=arrival))}\n"
    per_rcpt = f"Final-Recipient: rfc822; {recipient}\nAction: {action}\nStatus: {status}\n"
    if remote_mta:
        per_rcpt += f"Remote-MTA: dns; {remote_mta}\n"
    per_rcpt += f"Diagnostic-Code: smtp; {diag}\n"
    if will_retry:
        per_rcpt += f"Will-Retry-Until: {will_retry}\n"
    orig_h = (f"Return-Path: <{address}>\nFrom: {addr(name, address)}\nTo: {recipient}\n"
              f"Subject: {hdr(orig_subject)}\nDate: {email.utils.format_datetime(od)}\nMessage-ID: {omid}\n"
              "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n")
    if human_html:
        first = Multi("alternative", [Leaf("text/plain", human, charset=charset, cte=cte),
                                      Leaf("text/html", human_html, charset=charset, cte=cte)], seed=omid + "h")
    else:
        first = Leaf("text/plain", human, charset=charset, cte=cte, extra=("Content-Description: Notification",))
    parts = [first, Raw("message/delivery-status", per_msg + "\n" + per_rcpt,
                        extra=("Content-Description: Delivery report",))]
    if full_original:
        parts.append(Raw("message/rfc822", orig_h + "\n" + quopri.encodestring(full_original.encode()).decode(),
                         extra=("Content-Description: Undelivered Message",)))
    elif rfc822_headers:
        parts.append(Raw("text/rfc822-headers", orig_h, extra=("Content-Description: Undelivered Message Headers",)))
    body = Multi("report", parts, params="; report-type=delivery-status", seed=omid + "dsn")
    msgid = mid(f"dsn{recipient}{date}", reporting_mta)
    return build(frm=mailer, to=[(name, address)], date=d, subject=subject, body=body, msgid=msgid,
                 extra=list(extra) + ["Auto-Submitted: auto-replied"])


def autoreply(frm, owner_t, date, subject, body, *, tz="Europe/Madrid", rfc3834=True, xauto=False, html=None,
              charset="utf-8", cte="quoted-printable", extra=(), precedence=False, irt=True, declared=None,
              html_only=False):
    """An automatic reply to thread owner_t (a Thread)."""
    ex = list(extra)
    assert when(date, tz) >= owner_t.date, (date, subject)
    if rfc3834:
        ex.append("Auto-Submitted: auto-replied")
    if xauto:
        ex.append("X-Autoreply: yes")
    if precedence:
        ex.append("Precedence: auto_reply")
    return simple(frm, [owner_t.owner], date, subject, body, tz=tz, charset=charset, cte=cte, html=html,
                  html_only=html_only, extra=ex, declared=declared,
                  irt=owner_t.msgid if irt else None, refs=owner_t.refs if irt else None)


# =================================================================================================
# MESSAGES. Every body below is hand-written.
# =================================================================================================

# ---- 0001 Diputación: FACe "pagada", Outlook HTML + text, formal
t = Thread("L", ("Servicio de Cultura", "cultura@dipzamora.es"), "2026-047", 2420.00, D("2026-11-20"),
           kind="reminder", sent="2026-11-27 09:05", sal="Estimados señores:")
b = """Buenos días, Sra. Martín:

En respuesta a su correo, le informo de que su factura 2026-047 (diseño de la cartelería del ciclo "Teatro en la Provincia") figura en FACe en estado «Pagada», con fecha de pago 1 de diciembre de 2026. El abono se ha realizado por transferencia a la cuenta bancaria que consta en su ficha de tercero.

Si en un par de días no lo ve reflejado, le ruego que se ponga en contacto con Tesorería (tesoreria@dipzamora.es, tel. 980 55 90 00, ext. 2214).

Atentamente,

Mª Ángeles Rodero Prieto
Jefa de Negociado · Servicio de Cultura y Turismo
Diputación Provincial de Zamora
Plaza de Viriato, s/n · 49071 Zamora

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. De conformidad con el Reglamento (UE) 2016/679 y la Ley Orgánica 3/2018, le informamos de que sus datos personales serán tratados por la Diputación Provincial de Zamora con la finalidad de gestionar la relación administrativa. Puede ejercer sus derechos en sede.dipzamora.es.
"""
h = outlook_html(paras_html(b, "MsoNormal") + "<p class='MsoNormal'>&nbsp;</p>" + html_outlook_quote(t))
put(reply(t, ("Rodero Prieto, Mª Ángeles", "mrodero@dipzamora.es"), "2026-12-02 12:41", b, prefix="RE: ",
          quote_style="outlook", html=h, xmailer="X-Mailer: Microsoft Outlook 16.0"),
    kind="client-reply-paid", amount=None, reference="2026-047",
    note="Public administration: FACe status 'Pagada' with a payment date; says paid. Formal Outlook with GDPR footer.")

# ---- 0002 Generalitat: conformada, pendiente de intervención -> will be paid, no date
t = Thread("J", ("Servei de Gestió Econòmica", "sge.cultura@gencat.cat"), "FAC-2026-118", 1863.40, D("2026-11-15"),
           kind="reminder", sent="2026-11-23 08:30", sal="Estimados señores:")
b = """Bon dia, Sr. Puig:

Le contestamos en castellano, como nos escribe usted.

Hemos comprobado el estado de su factura FAC-2026-118 (traducción jurada de los convenios con la Région Occitanie). La factura está conformada por la unidad gestora desde el 19 de noviembre y actualmente se encuentra pendiente de intervención. Una vez fiscalizada por la Intervención Delegada se contabilizará la obligación y se emitirá la orden de pago; el plazo habitual desde la conformidad es de unos treinta días, pero no le podemos dar una fecha exacta porque depende de Tresoreria.

Puede consultar el estado en cualquier momento en el portal eFACT con el número de registro 2026/0047713.

Cordialment,

Montserrat Vila i Ferrer
Servei de Gestió Econòmica
Departament de Cultura · Generalitat de Catalunya
Rambla de Santa Mònica, 8 · 08002 Barcelona

Abans d'imprimir aquest missatge, pensa en el medi ambient.
"""
put(reply(t, ("Montserrat Vila Ferrer", "mvilaf@gencat.cat"), "2026-11-24 11:17", b, prefix="RE: ",
          quote_style="outlook"),
    kind="client-reply-promise", reference="FAC-2026-118",
    note="Generalitat: conformada, pendiente de intervención, payment order to follow (~30 days, no date) = promise without date. Not paid.")

# ---- 0003 autónomo from the phone: bizum, typos
t = Thread("D", ("Paco Reina", "pacoreina.taller@gmail.com"), "DS26-051", 150.00, D("2026-12-01"),
           kind="due", sent="2026-12-02 09:00", sal="Buenos días, Paco Reina:")
b = """wenas diego ya t lo e pasao por bizum, los 150 q me dijiste, mira a ver si t a llegao q yo no me aclaro mucho con eso

Enviado desde mi Galaxy
"""
put(reply(t, ("Paco Reina", "pacoreina.taller@gmail.com"), "2026-12-02 13:52", b, quote_style="gmail-android",
          cte="8bit"),
    kind="client-reply-paid", amount="150.00",
    note="Typos/dialect ('t lo e pasao por bizum'); paid via Bizum, asks to check. Paid despite the question.")

# ---- 0004 law firm disputes hours (windows-1252 bytes labelled iso-8859-1)
t = Thread("N", ("Administración Arregui Abogados", "administracion@arregui-abogados.com"), "E26-031", 3327.50,
           D("2026-11-30"), kind="reminder", sent="2026-12-09 09:10", sal="Estimados señores:")
b = """Estimada Sra. Etxeberria:

Acusamos recibo de su recordatorio. Tras revisar la factura E26-031 con el socio responsable, D. Iñigo Arregui, observamos que incluye 6 horas de “visitas de obra adicionales” (450 €) que no figuraban en el presupuesto aceptado el 3 de septiembre ni fueron solicitadas por este despacho. El presupuesto contemplaba dos visitas, que se realizaron y no discutimos.

Les rogamos que emitan factura rectificativa sin dicho concepto. En cuanto la recibamos procederemos a su abono en el plazo habitual. Mientras tanto, la factura queda retenida.

Reciban un cordial saludo,

Amaia Lasa
Administración
ARREGUI ABOGADOS, S.L.P.
Alameda de Recalde, 27 – 4º · 48009 Bilbao
Tel. 944 23 87 10

---------------------------------------------------------------------
CONFIDENCIALIDAD: La información contenida en este correo electrónico es confidencial y puede estar amparada por el secreto profesional. Si usted no es el destinatario, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. Responsable del tratamiento: ARREGUI ABOGADOS, S.L.P. Finalidad: gestión de la relación profesional. Derechos: acceso, rectificación, supresión, oposición, limitación y portabilidad en lopd@arregui-abogados.com.
"""
put(reply(t, ("Amaia Lasa", "alasa@arregui-abogados.com"), "2026-12-10 10:03", b, prefix="RE: ",
          quote_style="outlook-old", charset="cp1252", declared="iso-8859-1", hcharset="iso-8859-1",
          cc=[("Iñigo Arregui", "iarregui@arregui-abogados.com")], xmailer="X-Mailer: Microsoft Outlook 15.0"),
    kind="client-reply-dispute", reference="E26-031",
    note="Law firm contests 6 hours not in the quote, asks for a corrective invoice, invoice withheld. 'procederemos a su abono' is conditional -> dispute. cp1252 bytes (curly quotes, euro) declared iso-8859-1.")

# ---- 0005 bodega: pago el viernes
t = Thread("L", ("Bodegas Viña Olvena", "info@vinaolvena.es"), "2026-058", 968.00, D("2026-11-25"),
           kind="reminder", sent="2026-12-01 09:00", sal="Estimados señores:")
b = """Hola Lucía!

Perdona perdona, tienes toda la razón. Estamos en plena campaña de Navidad con los lotes y las cajas de madera y aquí no da abasto nadie, la de facturas se me ha quedado traspapelada debajo de los albaranes de la cooperativa.

Te lo pago el viernes sin falta, que es cuando hago todas las transferencias de la semana.

Por cierto, las etiquetas nuevas del crianza han gustado muchísimo en la feria de Barbastro, ya te contaré, igual te llamamos para el rosado en primavera.

Un abrazo,
Pilar
Bodegas Viña Olvena · Somontano
"""
put(reply(t, ("Pilar Cosculluela", "info@vinaolvena.es"), "2026-12-01 18:26", b, quote_style="gmail"),
    kind="client-reply-promise", promised_date="2026-12-04",
    note="Winery, chatty; 'te lo pago el viernes' sent Tue 1 Dec 2026 -> Fri 4 Dec.")

# ---- 0006 auto-reply: puente de diciembre, return stated
t = Thread("C", ("Reservas Atlántida Viajes", "reservas@atlantidaviajes.com"), "F-2026-41", 540.00, D("2026-11-28"),
           kind="reminder", sent="2026-12-04 09:30", sal="Estimados señores:")
b = """Gracias por su mensaje.

Con motivo del puente de la Constitución y la Inmaculada, nuestras oficinas permanecerán cerradas del sábado 5 al martes 8 de diciembre, ambos inclusive. Volvemos a estar operativos el miércoles 9 de diciembre a partir de las 9:00 h.

Para urgencias con viajeros en destino: +34 928 00 11 22 (24 h).

Atlántida Viajes · Agencia de viajes minorista · C.I.C.MA. 1234
"""
put(autoreply(("Atlántida Viajes", "reservas@atlantidaviajes.com"), t, "2026-12-04 09:31",
              "Respuesta automática: " + t.subject, b, tz="Atlantic/Canary"),
    kind="auto-reply", return_date="2026-12-09",
    note="Puente de diciembre auto-reply with RFC 3834 header; closed 5-8 Dec inclusive, back Wed 9 Dec.")

# ---- 0007 Kutxabank incoming transfer
b = """KUTXABANK

Aviso de transferencia recibida

Hola, NEREA:

Te informamos de que has recibido una transferencia en tu cuenta ES44 **** **** **** **** 5678.

Ordenante: ASESORIA ZUBIETA SL
Importe: 1.815,00 EUR
Concepto: FRA E26-029 PROYECTO REFORMA LOCAL
Fecha valor: 14/12/2026

Puedes consultar el detalle en Kutxabank Online o en la app.

Este es un mensaje automático, por favor no respondas a este correo.
Kutxabank, S.A. · Gran Vía, 30-32 · 48009 Bilbao
"""
h = ("<html><body style='font-family:Arial;font-size:14px;color:#333'><table width='600' cellpadding='0' cellspacing='0' "
     "align='center'><tr><td style='background:#e2001a;color:#fff;padding:14px;font-size:20px'><b>KUTXABANK</b></td></tr>"
     "<tr><td style='padding:20px'><h2 style='font-size:18px'>Aviso de transferencia recibida</h2><p>Hola, NEREA:</p>"
     "<p>Te informamos de que has recibido una transferencia en tu cuenta ES44 **** **** **** **** 5678.</p>"
     "<table cellpadding='6' style='border-collapse:collapse;font-size:14px'>"
     "<tr><td style='color:#777'>Ordenante</td><td><b>ASESORIA ZUBIETA SL</b></td></tr>"
     "<tr><td style='color:#777'>Importe</td><td><b>1.815,00 EUR</b></td></tr>"
     "<tr><td style='color:#777'>Concepto</td><td>FRA E26-029 PROYECTO REFORMA LOCAL</td></tr>"
     "<tr><td style='color:#777'>Fecha valor</td><td>14/12/2026</td></tr></table>"
     "<p>Puedes consultar el detalle en Kutxabank Online o en la app.</p>"
     "<p style='font-size:11px;color:#999'>Este es un mensaje automático, por favor no respondas a este correo.<br>"
     "Kutxabank, S.A. · Gran Vía, 30-32 · 48009 Bilbao</p></td></tr></table></body></html>")
put(simple(("Kutxabank", "avisos@notificaciones.kutxabank.es"), [O("N")], "2026-12-14 07:12",
           "Has recibido una transferencia", b, html=h),
    kind="payment-notification", amount="1815.00", reference="E26-029",
    note="Kutxabank incoming transfer alert, multipart/alternative, concept names the invoice.")

# ---- 0008 México: asks to resend with RFC (question)
t = Thread("D", ("Ricardo Montoya", "rmontoya@grupoaltavista.mx"), "DS26-047", 2100.00, D("2026-11-30"),
           kind="reminder", sent="2026-12-07 09:00", sal="Buenos días, Ricardo Montoya:")
b = """Qué tal Diego, buen día.

Oye, una pregunta: ¿me puedes volver a mandar la factura pero con nuestros datos fiscales completos? Contabilidad me la regresó porque no trae el RFC (GAL150312KT4) ni la razón social completa, Grupo Altavista Consultores S.A. de C.V. Aquí como no es CFDI la tienen que dar de alta a mano como proveedor extranjero y sin eso no la pasan.

Te encargo mucho que venga en dólares o en euros pero que diga claramente la moneda.

Ahorita ando en Monterrey toda la semana, cualquier cosa me marcas al cel.

Saludos,
Ricardo Montoya
Director de Proyectos | Grupo Altavista
+52 81 1234 5678
"""
put(reply(t, ("Ricardo Montoya", "rmontoya@grupoaltavista.mx"), "2026-12-07 11:48", b, tz="America/Mexico_City",
          quote_style="gmail"),
    kind="client-reply-other", reference="DS26-047",
    note="Mexican voice (ahorita, te encargo, RFC, CFDI); asks for a re-issued invoice with tax data, no claim to pay or dispute of amount.")

# ---- 0009 Perú: voucher attached, USD
t = Thread("C", ("Andrea Quispe", "andrea.quispe@inkaterra-eventos.pe"), "F-2026-37", 850.00, D("2026-11-20"),
           kind="reminder", sent="2026-11-26 09:00", sal="Buenos días, Andrea Quispe:")
b = """Hola Carmen, buenas tardes

Disculpa la demora, ya se realizó el depósito de los 850 dólares por transferencia internacional desde el BCP, te adjunto el voucher para que lo puedas verificar. Me dicen en el banco que demora de 2 a 3 días hábiles en verse reflejado.

Muchas gracias por las fotos del matrimonio en Paracas, quedaron bien bonitas, los novios felices.

Saludos cordiales
Andrea
"""
put(reply(t, ("Andrea Quispe Huamán", "andrea.quispe@inkaterra-eventos.pe"), "2026-11-27 15:20", b, tz="America/Lima",
          quote_style="gmail",
          attachments=[Leaf("application/pdf", fake_pdf("BCP Transferencia al exterior USD 850.00"), cte="base64",
                            filename="voucher_BCP_transferencia.pdf")]),
    kind="client-reply-paid", amount="850.00", currency="USD",
    note="Peruvian voice ('voucher', 'matrimonio'); deposit done, USD, voucher PDF attached.")

# ---- 0010 Movistar bounce, permanent
b = """Este es el sistema de correo de correo.movistar.es.

Lamentamos informarle de que su mensaje no ha podido ser entregado a uno o más destinatarios. Se adjunta más abajo.

Para más ayuda, póngase en contacto con el administrador del sistema de correo.

<joseluis.ferrandez@telefonica.net>: host mx.telefonica.net[81.47.192.12] said:
    550 5.1.1 <joseluis.ferrandez@telefonica.net>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
put(dsn(owner="N", mailer=("Mail Delivery System", "MAILER-DAEMON@correo.movistar.es"), date="2026-11-18 09:02",
        tz="Europe/Madrid", subject="Undelivered Mail Returned to Sender", human=b,
        recipient="joseluis.ferrandez@telefonica.net", status="5.1.1", action="failed",
        diag="550 5.1.1 <joseluis.ferrandez@telefonica.net>: Recipient address rejected: User unknown in virtual mailbox table",
        orig_subject="Recordatorio de pago: factura n.º E26-027", orig_date="2026-11-18 09:01",
        reporting_mta="smtp02.correo.movistar.es", remote_mta="mx.telefonica.net", arrival=1),
    kind="bounce", failed_recipient="joseluis.ferrandez@telefonica.net", permanent=True,
    note="Postfix-style DSN via Movistar, user unknown 5.1.1, Spanish human part.")

# ---- 0011 asociación de vecinos: after the assembly approves the accounts (promise, no date)
t = Thread("C", ("AVV Guanarteme", "avvguanarteme@hotmail.com"), "F-2026-39", 280.00, D("2026-11-30"),
           kind="reminder", sent="2026-12-07 10:00", sal="Estimados señores:")
b = """Buenas Carmen

Soy Fefa, la tesorera de la asociación. No te hemos olvidado mi niña, lo que pasa es que nosotros cualquier gasto de más de 200 euros lo tiene que aprobar la asamblea y la hacemos el jueves que viene en el local. En cuanto la asamblea apruebe las cuentas del trimestre te hago yo misma la transferencia, que la firma de la cuenta la tenemos el presidente y yo.

Las fotos de la fiesta de San Nicolás quedaron preciosas, ya las colgamos en el Facebook.

Un beso
Fefa Santana
Tesorera AVV Guanarteme
"""
put(reply(t, ("Josefa Santana", "avvguanarteme@hotmail.com"), "2026-12-07 20:44", b, tz="Atlantic/Canary",
          quote_style="outlook", xmailer="X-Mailer: Outlook.com"),
    kind="client-reply-promise",
    note="Neighbours' association, Canarian voice ('mi niña'); will pay once the assembly approves (conditional, no date). Thursday is the assembly, not the payment date.")

# ---- 0012 club deportivo disputes number of photos
t = Thread("C", ("CD Tinamar", "secretaria@cdtinamar.es"), "F-2026-44", 480.00, D("2026-12-15"),
           kind="due", sent="2026-12-15 09:00", sal="Estimados señores:")
b = """Hola Carmen,

Te escribo de parte de la junta directiva. Hemos revisado la factura F-2026-44 y no nos cuadra: en el presupuesto eran 12 € por foto editada y nos cobras 40 fotos, pero en la carpeta de WeTransfer que nos mandaste hay 25 (las hemos contado dos personas). Además las del torneo de alevines no estaban.

Entonces o nos falta material o la factura está mal. Nosotros pagaríamos las 25 que tenemos, 300 €, y si nos mandas las otras 15 pagamos el resto sin problema.

Un saludo deportivo,
Yeray Ojeda
Secretario – Club Deportivo Tinamar
"""
put(reply(t, ("Yeray Ojeda", "secretaria@cdtinamar.es"), "2026-12-16 21:07", b, tz="Atlantic/Canary",
          quote_style="gmail"),
    kind="client-reply-dispute", reference="F-2026-44",
    note="Sports club: contests the count of photos billed (40 vs 25 delivered), offers to pay 300 now. Partial + dispute = dispute; amount not labelled (offered, not accepted invoice amount).")

# ---- 0013 inmobiliaria forwards the bank receipt inline
t = Thread("L", ("Inmobiliaria Casas del Retiro", "admin@casasdelretiro.com"), "2026-061", 605.00, D("2026-12-05"),
           kind="reminder", sent="2026-12-11 09:00", sal="Estimados señores:")
b = """Buenos días Lucía, te reenvío el justificante. Perdona el retraso.

Raquel

-----Mensaje original-----
De: BBVA <notificaciones@bbva.es>
Enviado el: jueves, 10 de diciembre de 2026 17:02
Para: admin@casasdelretiro.com
Asunto: Justificante de transferencia

BBVA

Justificante de la operación

Tipo de operación: Transferencia SEPA
Cuenta de cargo: ES91 0182 **** **** **** 0412
Titular: CASAS DEL RETIRO GESTION INMOBILIARIA SL
Beneficiario: LUCIA MARTIN GARCIA
Cuenta de abono: ES21 0081 0569 4100 0123 4567
Importe: 605,00 EUR
Concepto: Factura 2026-061 folletos
Fecha de ejecución: 10/12/2026

Este documento no tiene validez como certificado bancario.
"""
put(reply(t, ("Raquel Benavente", "admin@casasdelretiro.com"), "2026-12-11 10:22", b, prefix="RE: ",
          quote_style=None),
    kind="client-reply-paid", amount="605.00", reference="2026-061",
    note="Real-estate agency forwards the bank's transfer receipt inline inside a reply; 'te reenvío el justificante' = paid.")

# ---- 0014 auto-reply without RFC 3834 headers: vuelvo el día 7
t = Thread("J", ("Marc Soler", "marc.soler@edicionsdelriu.cat"), "FAC-2026-131", 712.80, D("2026-12-20"),
           kind="due", sent="2026-12-21 08:45", sal="Buenos días, Marc Soler:")
b = """Hola,

Estoy de vacaciones hasta después de las fiestas, vuelvo el día 7. No leo el correo.

Para temas de producción podéis escribir a Laia (laia.roca@edicionsdelriu.cat).

Bones festes!
Marc
"""
put(autoreply(("Marc Soler", "marc.soler@edicionsdelriu.cat"), t, "2026-12-21 08:46", "Re: " + t.subject, b,
              rfc3834=False),
    kind="auto-reply", return_date="2027-01-07",
    note="Out-of-office with no Auto-Submitted/X-Autoreply header, subject looks like a human reply; 'vuelvo el día 7' on 21 Dec -> 7 Jan 2027.")

# ---- 0015 agencia de viajes: received, forwarded to accounts
t = Thread("D", ("Nuria Calvo", "nuria@viajesbetanzos.com"), "DS26-055", 1452.00, D("2026-12-30"),
           kind="invoice", sent="2026-11-30 16:20", sal="Hola Nuria:")
b = """Recibida, gracias Diego. La paso a Mercedes de contabilidad que es quien lleva los pagos a proveedores.

Nuria

Viajes Betanzos · Tu agencia de confianza desde 1987
"""
put(reply(t, ("Nuria Calvo", "nuria@viajesbetanzos.com"), "2026-12-01 09:12", b, quote_style="gmail",
          cc=[("Contabilidad Viajes Betanzos", "contabilidad@viajesbetanzos.com")]),
    kind="client-reply-other",
    note="Reply to the invoice mail itself: received + forwarded to accounts. No payment statement.")

# ---- 0016 Venezuela: next week, vague
t = Thread("D", ("Gabriel Urdaneta", "gurdaneta@tepuyapps.com"), "DS26-044", 1800.00, D("2026-11-15"),
           kind="late_fee", sent="2026-12-03 09:00", sal="Buenos días, Gabriel Urdaneta:",
           deadline=D("2026-12-14"), days=18)
b = """Epa Diego, qué más, disculpa chamo que no te había respondido, esto aquí ha estado full con el cierre del año y el tema de las divisas que nos tiene locos.

El pago te lo hago la semana que viene, no te preocupes que eso está. Apenas me entre lo del cliente de Panamá te lo mando completo.

Un abrazo pana
Gabo
"""
put(reply(t, ("Gabriel Urdaneta", "gurdaneta@tepuyapps.com"), "2026-12-03 22:15", b, tz="America/Caracas",
          quote_style="apple"),
    kind="client-reply-promise",
    note="Venezuelan voice (chamo, full, pana); 'la semana que viene' + 'apenas me entre lo del cliente' = vague promise, no date.")

# ---- 0017 Uruguay: done, 'ta'
t = Thread("D", ("Florencia Bentancur", "flor@estudiobentancur.com.uy"), "DS26-049", 960.00, D("2026-11-28"),
           kind="reminder", sent="2026-12-04 09:00", sal="Buenos días, Florencia Bentancur:")
b = """Hola Diego! Ya te hice la transferencia ayer de tarde por el Itaú, me dijeron que por ser al exterior capaz que demora unos días. Cualquier cosa avisame. Ta?

Besos
Flor
"""
put(reply(t, ("Florencia Bentancur", "flor@estudiobentancur.com.uy"), "2026-12-04 10:31", b, tz="America/Montevideo",
          quote_style=None, cte="8bit"),
    kind="client-reply-paid",
    note="Uruguayan voice (de tarde, capaz que, ta); transfer made yesterday, no quote.")

# ---- 0018 refuses until the website is fixed, typos
t = Thread("D", ("Reformas Hnos. Cabello", "reformascabello@hotmail.es"), "DS26-039", 726.00, D("2026-11-10"),
           kind="suspension", sent="2026-12-10 09:00", sal="Estimados señores:", deadline=D("2026-12-18"))
b = """mira diego no pienso pagar asta q no me arregles lo de la web q sigue sin funcionar el formulario de contacto, me lo dijiste en octubre y estamos en diciembre. a mi no me a llegado ni un presupuesto por la web desde q la hiciste asi q ya me diras

y encima me amenazas con suspenderme el servicio, pues suspende q para lo q sirve

Antonio Cabello
"""
put(reply(t, ("Antonio Cabello", "reformascabello@hotmail.es"), "2026-12-10 14:03", b, quote_style="outlook",
          cte="8bit"),
    kind="client-reply-dispute",
    note="Angry, misspelled ('asta', 'a llegado'); refuses to pay until the contact form works = dispute.")

# ---- 0019 PayPal in Spanish: received
b = """Has recibido 320,00 EUR de Sergio Lozano

Hola, Lucía Martín:

Sergio Lozano te ha enviado 320,00 EUR.

Nota de Sergio Lozano:
"logo + tarjetas fra 2026-063 gracias!!"

Detalles de la transacción
Id. de transacción: 8TX47215JK3309417
Fecha de la transacción: 17 de diciembre de 2026
Importe recibido: 320,00 EUR
Comisión: -11,23 EUR
Importe neto: 308,77 EUR

El dinero ya está en tu cuenta PayPal.

Ayuda y contacto | Seguridad | Aplicaciones
PayPal (Europe) S.à r.l. et Cie, S.C.A. 22-24 Boulevard Royal L-2449, Luxemburgo
Por favor, no respondas a este correo electrónico. Esta bandeja de entrada no está supervisada.
"""
h = ("<html><body style='background:#f5f7fa;font-family:Helvetica,Arial,sans-serif'><table align='center' width='580' "
     "style='background:#fff;padding:24px'><tr><td><img src='https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.svg' alt='PayPal' width='110'></td></tr>"
     "<tr><td><h1 style='font-size:26px;color:#001435'>Has recibido 320,00&nbsp;EUR de Sergio Lozano</h1>"
     "<p>Hola, Lucía Martín:</p><p>Sergio Lozano te ha enviado 320,00&nbsp;EUR.</p>"
     "<p style='background:#f1f1f1;padding:10px'><b>Nota de Sergio Lozano:</b><br>\"logo + tarjetas fra 2026-063 gracias!!\"</p>"
     "<table width='100%' style='font-size:14px'><tr><td>Id. de transacción</td><td align='right'>8TX47215JK3309417</td></tr>"
     "<tr><td>Fecha de la transacción</td><td align='right'>17 de diciembre de 2026</td></tr>"
     "<tr><td>Importe recibido</td><td align='right'>320,00&nbsp;EUR</td></tr>"
     "<tr><td>Comisión</td><td align='right'>-11,23&nbsp;EUR</td></tr>"
     "<tr><td><b>Importe neto</b></td><td align='right'><b>308,77&nbsp;EUR</b></td></tr></table>"
     "<p>El dinero ya está en tu cuenta PayPal.</p></td></tr><tr><td style='font-size:11px;color:#666'>Ayuda y contacto | "
     "Seguridad | Aplicaciones<br>PayPal (Europe) S.à r.l. et Cie, S.C.A. 22-24 Boulevard Royal L-2449, Luxemburgo<br>"
     "Por favor, no respondas a este correo electrónico. Esta bandeja de entrada no está supervisada.</td></tr></table></body></html>")
put(simple(("service@paypal.es", "service@paypal.es"), [O("L")], "2026-12-17 19:40",
           "Has recibido un pago", b, html=h),
    kind="payment-notification", amount="320.00", reference="2026-063",
    note="PayPal ES money received; gross 320 (net 308,77 after fee). Payer's note names the invoice.")

# ---- 0020 Holded: invoice viewed (other)
b = """Hola Lucía,

Tu cliente ESTUDIO CARPE DIEM SL ha abierto la factura 2026-066 que le enviaste el 18/12/2026.

Importe: 1.089,00 €
Vencimiento: 17/01/2027
Estado: Pendiente de cobro

Ver factura en Holded: https://app.holded.com/invoicing/documents/invoice/6584f2a1c9e77

¿Quieres que Holded envíe recordatorios automáticos? Actívalos en Configuración > Recordatorios.

El equipo de Holded
Holded Technologies S.L. · Barcelona
Has recibido este correo porque tienes activadas las notificaciones de documentos. Gestionar notificaciones.
"""
put(simple(("Holded", "no-reply@holded.com"), [O("L")], "2026-12-19 08:14",
           "ESTUDIO CARPE DIEM SL ha visto tu factura 2026-066", b),
    kind="other", reference="2026-066",
    note="Holded 'invoice viewed' notice: still pending, not a payment.")

# ---- 0021 Ayuntamiento: approved, next payment list on the 22nd
t = Thread("N", ("Intervención Ayto. Lekeitio", "intervencion@lekeitio.eus"), "E26-033", 4235.00, D("2026-12-01"),
           kind="reminder", sent="2026-12-09 09:00", sal="Estimados señores:")
b = """Egun on, Sra. Etxeberria:

Le comunicamos que su factura n.º E26-033, correspondiente a la dirección de obra de la rehabilitación del frontón municipal, fue aprobada en la Junta de Gobierno Local celebrada el 10 de diciembre de 2026 y se incluirá en la próxima relación de pagos, cuya ejecución está prevista para el 22 de diciembre.

Agradecemos su paciencia; el retraso se ha debido a la tramitación de la certificación final de obra.

Atentamente,

Intervención – Kontuhartzailetza
Lekeitioko Udala / Ayuntamiento de Lekeitio
"""
put(reply(t, ("Lekeitioko Udala - Kontuhartzailetza", "intervencion@lekeitio.eus"), "2026-12-11 12:30", b,
          prefix="RE: ", quote_style="outlook"),
    kind="client-reply-promise", promised_date="2026-12-22", reference="E26-033",
    note="Town hall: approved in Junta de Gobierno (the 10th is the approval, not payment); payment list on 22 Dec = promise with date.")

# ---- 0022 paid last Monday, did it arrive?
t = Thread("J", ("Elena Ibarra", "elena.ibarra@lexmundi-trad.es"), "FAC-2026-125", 390.00, D("2026-12-02"),
           kind="reminder", sent="2026-12-10 08:30", sal="Buenos días, Elena Ibarra:")
b = """Hola Jordi,

Qué raro, la transferencia la hicimos el lunes pasado junto con las de otros proveedores. ¿Puedes comprobar si te ha llegado? Si no, reviso con el banco si ha habido algún problema con el IBAN.

Saludos,
Elena
"""
put(reply(t, ("Elena Ibarra", "elena.ibarra@lexmundi-trad.es"), "2026-12-10 09:47", b, quote_style="gmail"),
    kind="client-reply-paid",
    note="Says the transfer was made last Monday, then asks to check. Paid (question doesn't downgrade).")

# ---- 0023 amount does not match the agreement
t = Thread("L", ("Marcos Quintana", "marcos@quintanafisio.es"), "2026-054", 1452.00, D("2026-11-20"),
           kind="reminder", sent="2026-11-27 09:00", sal="Buenos días, Marcos Quintana:")
b = """Hola Lucía.

Te contesto porque creo que hay un error. Lo que hablamos por teléfono en septiembre fueron 900 euros más IVA por el logo, las tarjetas y la lona de la fachada. En la factura pone 1.200 más IVA (1.452). Los 300 de diferencia imagino que son las dos propuestas extra de logo, pero esas me dijiste que entraban.

Así no la puedo pagar. Mándame una con lo acordado y te la pago en el momento.

Marcos
Quintana Fisioterapia
"""
put(reply(t, ("Marcos Quintana", "marcos@quintanafisio.es"), "2026-11-27 13:15", b, quote_style="apple",
          xmailer="X-Mailer: iPhone Mail (22B91)"),
    kind="client-reply-dispute",
    note="Wrong amount vs verbal agreement (900+IVA vs 1200+IVA); 'te la pago en el momento' is conditional on a new invoice -> dispute.")

# ---- 0024 Gmail bounce in Spanish
b = """** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a m.delgado.asesoria@gmail.com porque no se ha encontrado la dirección o esta no puede recibir correo.

Más información en https://support.google.com/mail/?p=NoSuchUser

La respuesta del servidor remoto ha sido:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5ca3b9e0a1asi1234567a.412 - gsmtp
"""
h = ("<html><head></head><body><div style='font-family:Google Sans,Roboto,Arial;max-width:560px'>"
     "<table><tr><td><img src='https://www.gstatic.com/images/branding/product/1x/gmail_48dp.png' width='48'></td>"
     "<td style='font-size:24px;color:#d93025'>No se ha encontrado la dirección</td></tr></table>"
     "<p>Tu mensaje no se ha entregado a <b>m.delgado.asesoria@gmail.com</b> porque no se ha encontrado la dirección o esta no puede recibir correo.</p>"
     "<p style='color:#5f6368'>La respuesta del servidor remoto ha sido:</p><p style='font-family:monospace'>550 5.1.1 The email account that you tried to reach does not exist. "
     "Please try double-checking the recipient's email address for typos or unnecessary spaces.</p></div></body></html>")
put(dsn(owner="C", mailer=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), date="2026-12-03 09:00",
        tz="Atlantic/Canary", subject="Delivery Status Notification (Failure)", human=b, human_html=h,
        recipient="m.delgado.asesoria@gmail.com", status="5.1.1", action="failed",
        diag="550-5.1.1 The email account that you tried to reach does not exist. 41be03b00d2f7-5ca3b9e0a1asi1234567a.412 - gsmtp",
        orig_subject="Recordatorio de pago: factura n.º F-2026-35", orig_date="2026-12-03 08:59",
        reporting_mta="mx.google.com", remote_mta="gmail-smtp-in.l.google.com"),
    kind="bounce", failed_recipient="m.delgado.asesoria@gmail.com", permanent=True,
    note="Gmail DSN in Spanish (No se ha encontrado la dirección), 5.1.1 permanent.")

# ---- 0025 PO number needed
t = Thread("J", ("Cuentas a pagar Hotelia", "facturas.proveedores@hoteliagroup.com"), "FAC-2026-121", 2240.00,
           D("2026-11-30"), kind="reminder", sent="2026-12-07 08:30", sal="Estimados señores:")
b = """Buenos días,

Según nuestros registros la factura FAC-2026-121 no ha sido contabilizada porque no incluye número de pedido (PO). Todas las facturas de proveedores de Hotelia Group deben indicar el PO facilitado por el departamento solicitante; sin él, el sistema la rechaza automáticamente.

Por favor, solicite el número a su contacto en Marketing (Sra. Beatriz Carretero) y envíe de nuevo la factura a esta dirección indicándolo en el campo "Referencia del cliente".

Un saludo,

Departamento de Cuentas a Pagar
Hotelia Group · Shared Service Center Madrid
"""
put(reply(t, ("Cuentas a pagar - Hotelia Group", "facturas.proveedores@hoteliagroup.com"), "2026-12-07 12:05", b,
          prefix="RE: ", quote_style="outlook"),
    kind="client-reply-other", reference="FAC-2026-121",
    note="AP department: invoice not booked, needs a PO number and resubmission. Question/request, not a dispute of the amount nor a promise.")

# ---- 0026 FACe machine notice: estado Pagada
b = """FACe - Punto General de Entrada de Facturas Electrónicas de la Administración General del Estado

Notificación de cambio de estado de factura

Se le comunica que la factura con los siguientes datos ha cambiado de estado:

Número de registro: 202600418823
Número de factura: E26-030
Serie:
Importe: 2.904,00 EUR
Proveedor: ETXEBERRIA ZABALA NEREA (NIF 72******L)
Órgano gestor: L01200699 - AYUNTAMIENTO DE ZARAUTZ
Unidad tramitadora: L01200699 - AYUNTAMIENTO DE ZARAUTZ
Oficina contable: L01200699 - INTERVENCIÓN

Estado anterior: 2400 - Contabilizada la obligación reconocida
Estado actual: 2500 - Pagada
Fecha del cambio: 15/01/2027 10:12:40
Motivo:

Puede consultar el estado de sus facturas en https://face.gob.es/es/proveedores

Este es un mensaje automático generado por FACe. Por favor, no responda a este mensaje.
"""
put(simple(("FACe - Notificaciones", "noreply@face.gob.es"), [O("N")], "2027-01-15 10:13",
           "FACe - Cambio de estado de la factura E26-030", b, charset="iso-8859-1", cte="quoted-printable",
           hcharset="iso-8859-1"),
    kind="payment-notification", amount="2904.00", reference="E26-030",
    note="FACe machine notice: state changed to 2500 Pagada (the administration has paid). Treated as a payer-platform remittance notice = payment-notification; compare 0027 (Registrada = other).")

# ---- 0027 FACe registrada (other)
b = """FACe - Punto General de Entrada de Facturas Electrónicas de la Administración General del Estado

Justificante de registro de factura electrónica

La factura electrónica que se detalla ha sido registrada correctamente.

Número de registro: 202700021964
Fecha y hora de registro: 11/01/2027 17:48:03
Número de factura: E27-002
Importe: 1.573,00 EUR
Órgano gestor: L01480206 - AYUNTAMIENTO DE GETXO
Unidad tramitadora: L01480206 - URBANISMO
Oficina contable: L01480206 - INTERVENCIÓN GENERAL
Estado: 1200 - Registrada

La factura ha sido remitida al Registro Contable de Facturas del órgano destinatario. Recibirá nuevas notificaciones cuando cambie su estado.

Este es un mensaje automático generado por FACe. Por favor, no responda a este mensaje.
"""
put(simple(("FACe - Notificaciones", "noreply@face.gob.es"), [O("N")], "2027-01-11 17:48",
           "FACe - Justificante de registro de la factura E27-002", b, charset="iso-8859-1", hcharset="iso-8859-1"),
    kind="other", reference="E27-002",
    note="FACe registration receipt (estado Registrada): e-invoicing notice, nothing paid.")

# ---- 0028 Diputación: contabilizada, remesa del 15
t = Thread("L", ("Diputación de Huesca - Cultura", "cultura@dphuesca.es"), "2026-059", 3146.00, D("2026-12-10"),
           kind="reminder", sent="2027-01-08 09:00", sal="Estimados señores:")
b = """Buenos días:

Le indicamos que la factura 2026-059 ya está contabilizada (reconocimiento de la obligación de fecha 30/12/2026). Tesorería nos confirma que irá en la remesa de pagos del día 15.

Le pedimos disculpas por la demora, ocasionada por el cierre del ejercicio presupuestario.

Un saludo,

Negociado de Gestión Económica
Área de Cultura
Diputación Provincial de Huesca
"""
put(reply(t, ("Negociado Gestión Económica Cultura", "cultura@dphuesca.es"), "2027-01-08 13:22", b, prefix="RE: ",
          quote_style="outlook"),
    kind="client-reply-promise", promised_date="2027-01-15", reference="2026-059",
    note="Contabilizada, goes in the 15th payment run; 'contabilizada' is not paid. Sent 8 Jan -> 15 Jan 2027. 30/12 is the accounting date.")

# ---- 0029 inmobiliaria: already billed (duplicate) -> dispute
t = Thread("L", ("Fincas Altamira", "contabilidad@fincasaltamira.es"), "2026-068", 847.00, D("2026-12-20"),
           kind="due", sent="2026-12-21 09:00", sal="Estimados señores:")
b = """Buenos días Lucía:

Creo que hay un error. Esta factura, la 2026-068, es por el mismo concepto que la 2026-044 (rediseño de las fichas de pisos para el escaparate, 700 + IVA), que ya nos facturaste en octubre y que pagamos el 6 de noviembre. Te adjunto captura del pago de aquella.

Entiendo que esta está duplicada y que hay que anularla. Confírmame por favor.

Un saludo,
Beatriz Roca
Fincas Altamira – Administración
C/ Real, 14 · Santander
"""
put(reply(t, ("Beatriz Roca", "contabilidad@fincasaltamira.es"), "2026-12-21 11:06", b, quote_style="gmail",
          attachments=[Leaf("image/png", fake_png("altamira"), cte="base64", filename="captura_pago_2026-044.png")]),
    kind="client-reply-dispute", reference="2026-068",
    note="Claims the invoice duplicates an earlier one already paid (2026-044) and asks to cancel it: 'already billed' = dispute, not paid. Screenshot is of the OTHER invoice's payment.")

# ---- 0030 law firm: transfer ordered yesterday, with IRPF withholding
t = Thread("J", ("Bufete Casals & Rovira", "admin@casalsrovira.com"), "FAC-2026-127", 1060.00, D("2026-12-12"),
           kind="reminder", sent="2026-12-18 08:30", sal="Estimados señores:")
b = """Estimado Sr. Puig:

Le confirmo que la transferencia por importe de 1.060,00 € (base 1.000,00 + IVA 210,00 – retención IRPF 150,00) se ordenó ayer, 17 de diciembre, con cargo a nuestra cuenta de CaixaBank. Debería recibirla hoy o el lunes.

Atentamente,

Rosa Fabregat
Departamento de Administración
CASALS & ROVIRA ADVOCATS, S.L.P.
Passeig de Gràcia, 54, 3r · 08007 Barcelona

Este mensaje y cualquier archivo adjunto son confidenciales y pueden contener información sujeta a secreto profesional. Si ha recibido este mensaje por error, por favor notifíquelo al remitente y elimínelo.
"""
put(reply(t, ("Rosa Fabregat", "rfabregat@casalsrovira.com"), "2026-12-18 12:40", b, prefix="RE: ",
          quote_style="outlook-old", charset="windows-1252", hcharset="windows-1252", cte="quoted-printable"),
    kind="client-reply-paid", amount="1060.00",
    note="Law firm: transfer ordered yesterday, explains IRPF withholding; windows-1252 QP body.")

# ---- 0031 'aber si el lunes'
t = Thread("C", ("Kevin Suárez", "kevinsuarez93@gmail.com"), "F-2026-46", 180.00, D("2026-12-20"),
           kind="reminder", sent="2026-12-28 10:00", sal="Buenos días, Kevin Suárez:")
b = """hola carmen perdona q no te e contestado antes, con las fiestas se me a ido la cabeza. aber si el lunes te lo paso q me pagan el dia 4

Kevin
"""
put(reply(t, ("Kevin Suárez", "kevinsuarez93@gmail.com"), "2026-12-30 23:48", b, tz="Atlantic/Canary",
          quote_style="gmail-android", cte="8bit"),
    kind="client-reply-promise", promised_date="2027-01-04",
    note="Misspelled ('aber si el lunes', 'e contestado'); sent Wed 30 Dec 2026 -> Monday 4 Jan 2027, which matches 'me pagan el dia 4'.")

# ---- 0032 auto-reply: hasta después de Reyes (vague), X-Autoreply only
t = Thread("L", ("Alberto Llorente", "alberto@llorentemarketing.es"), "2026-070", 605.00, D("2026-12-28"),
           kind="due", sent="2026-12-28 09:00", sal="Buenos días, Alberto Llorente:")
b = """¡Hola! Gracias por tu correo.

Estamos de vacaciones de Navidad y no volveremos a la oficina hasta después de Reyes. Responderemos a tu mensaje en cuanto estemos de vuelta.

¡Felices fiestas y próspero 2027! 🎄

Llorente Marketing
"""
put(autoreply(("Alberto Llorente", "alberto@llorentemarketing.es"), t, "2026-12-28 09:01",
              "Fuera de la oficina: " + t.subject, b, rfc3834=False, xauto=True),
    kind="auto-reply",
    note="'hasta después de Reyes' is vague -> no return_date. Only X-Autoreply header.")

# ---- 0033 asks to confirm the IBAN (suspects phishing)
t = Thread("D", ("Laura Pons", "laura.pons@clinicadentalpons.es"), "DS26-058", 1210.00, D("2027-01-10"),
           kind="courtesy", sent="2027-01-05 09:00", sal="Buenos días, Laura Pons:")
b = """Hola Diego,

Antes de pagar quería preguntarte una cosa. La semana pasada nos llegó un correo, supuestamente tuyo, diciendo que habías cambiado de banco y con un IBAN nuevo de un banco de Lituania. Me ha parecido muy raro y no he hecho nada. En este recordatorio sale el IBAN de siempre.

¿Me confirmas cuál es el bueno? Si quieres te llamo.

Gracias,
Laura Pons
Clínica Dental Pons · Dos Hermanas
"""
put(reply(t, ("Laura Pons", "laura.pons@clinicadentalpons.es"), "2027-01-05 16:30", b, quote_style="gmail"),
    kind="client-reply-other",
    note="Question about a suspicious IBAN change before paying; no promise/claim. 'Antes de pagar' is not a commitment.")

# ---- 0034 Unicaja: abono por transferencia
b = """Unicaja

Estimado/a cliente:

Le informamos de que se ha realizado el siguiente movimiento en su cuenta terminada en 3344:

ABONO TRANSFERENCIA SEPA
Ordenante: TALLERES HERMANOS CABELLO SC
Concepto: PAGO FRA DS26-039
Importe: +726,00 EUR
Fecha: 22/12/2026

Saldo disponible: consulte Unicaja Banca Digital.

Este mensaje se ha enviado automáticamente según su configuración de alertas. Si no desea recibirlas, puede modificar sus preferencias en Unicaja Banca Digital > Alertas.
Unicaja Banco, S.A. Avda. Andalucía, 10-12. 29007 Málaga.
"""
put(simple(("Unicaja Alertas", "alertas@unicaja.es"), [O("D")], "2026-12-22 11:05",
           "Alerta Unicaja: abono en cuenta", b, charset="iso-8859-1", hcharset="iso-8859-1"),
    kind="payment-notification", amount="726.00", reference="DS26-039",
    note="Unicaja alert, incoming SEPA transfer; same client as the angry dispute 0018 eventually pays. iso-8859-1 QP.")

# ---- 0035 Office 365 NDR in Spanish, permanent
b = """No se pudo entregar el mensaje a los destinatarios o grupos:

facturacion@grupolumbreras.es (facturacion@grupolumbreras.es)
No se encontró la dirección de correo electrónico que ha especificado. Compruebe la dirección de correo electrónico del destinatario e intente volver a enviar el mensaje. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.

Información de diagnóstico para administradores:

Generando servidor: DB8PR04MB7034.eurprd04.prod.outlook.com

facturacion@grupolumbreras.es
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Encabezados del mensaje original:

Received: from PAXP193CA0011.EURP193.PROD.OUTLOOK.COM (2603:10a6:102:1::24)
Subject: Recordatorio de pago: factura n.º FAC-2026-115
"""
put(dsn(owner="J", mailer=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@grupolumbreras.es"),
        date="2026-11-16 09:31", tz="Europe/Madrid", subject="No se puede entregar: Recordatorio de pago: factura n.º FAC-2026-115",
        human=b, recipient="facturacion@grupolumbreras.es", status="5.1.10", action="failed",
        diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        orig_subject="Recordatorio de pago: factura n.º FAC-2026-115", orig_date="2026-11-16 09:30",
        reporting_mta="DB8PR04MB7034.eurprd04.prod.outlook.com",
        extra=["X-MS-Exchange-Message-Is-Ndr:", "Content-Language: es-ES"]),
    kind="bounce", failed_recipient="facturacion@grupolumbreras.es", permanent=True,
    note="Exchange Online NDR in Spanish, RecipientNotFound 5.1.10.")

# ---- 0036 travel agency: printing errors, will deduct the reprint
t = Thread("L", ("Viajes Sirocco", "administracion@viajessirocco.es"), "2026-056", 1936.00, D("2026-11-28"),
           kind="reminder", sent="2026-12-04 09:00", sal="Estimados señores:")
b = """Hola Lucía,

Iba a escribirte estos días. Te cuento: los folletos de los circuitos de primavera llegaron con los precios de Marruecos del año pasado (en el PDF final que nos pasaste estaba mal, no es cosa de la imprenta, lo hemos comprobado) y hemos tenido que reimprimir 2.000 ejemplares, que nos han costado 412 €.

Nuestra idea es descontar ese importe de tu factura y pagarte la diferencia, 1.524 €. Si no estás de acuerdo dímelo y lo hablamos, pero entenderás que el error no lo podemos asumir nosotros.

Un saludo,
Inma Carrascosa
Viajes Sirocco · Valencia
"""
put(reply(t, ("Inma Carrascosa", "administracion@viajessirocco.es"), "2026-12-04 12:19", b, prefix="RE: ",
          quote_style="outlook"),
    kind="client-reply-dispute",
    note="Travel agency wants to deduct a reprint cost (pay 1.524 instead of 1.936) = dispute of the amount.")

# ---- 0037 Junta: orden de pago emitida -> paid (bank lag only)
t = Thread("N", ("Servicio Territorial de Fomento", "st.fomento.bu@jcyl.es"), "E26-034", 1996.50, D("2026-12-15"),
           kind="reminder", sent="2027-01-12 09:00", sal="Estimados señores:")
b = """Buenos días:

En relación con su escrito, le comunicamos que con fecha 14 de enero de 2027 se ha emitido la orden de pago de su factura E26-034 por importe de 1.996,50 euros, correspondiente al informe técnico de la nave de Villalonquéjar. El importe debería verse reflejado en su cuenta en un plazo de 2 o 3 días hábiles.

Un saludo.

Sección de Asuntos Económicos
Servicio Territorial de Fomento de Burgos
Junta de Castilla y León
"""
put(reply(t, ("Asuntos Económicos - ST Fomento Burgos", "st.fomento.bu@jcyl.es"), "2027-01-14 13:02", b, prefix="RE: ",
          quote_style=None),
    kind="client-reply-paid", amount="1996.50", reference="E26-034",
    note="Regional government: payment order issued today, money in 2-3 working days = paid (only bank lag left). Not the 'pendiente de intervención' stage.")

# ---- 0038 cooperative: in the remittance of the 25th
t = Thread("C", ("Cooperativa Agrícola del Norte de Gran Canaria", "administracion@coagranorte.es"), "F-2026-43",
           1284.00, D("2026-12-20"), kind="reminder", sent="2027-01-11 10:00", sal="Estimados señores:")
b = """Buenos días Carmen:

Tu factura de las fotos de la campaña del plátano entra en la remesa del 25. Nosotros pagamos a proveedores dos veces al mes, el 10 y el 25, y la del 10 ya había salido cuando nos llegó.

Saludos,
Guacimara
Administración - Coagranorte
"""
put(reply(t, ("Guacimara Rodríguez", "administracion@coagranorte.es"), "2027-01-12 08:55", b, tz="Atlantic/Canary",
          quote_style="outlook"),
    kind="client-reply-promise", promised_date="2027-01-25",
    note="'entra en la remesa del 25' sent 12 Jan -> 25 Jan 2027. 'el 10' is the past run.")

# ---- 0039 which invoice is this?
t = Thread("D", ("Gestoría Almansa", "info@gestoriaalmansa.com"), "DS26-053", 363.00, D("2026-12-20"),
           kind="reminder", sent="2026-12-28 09:00", sal="Estimados señores:")
b = """Buenas,

¿Nos puede decir a qué corresponde esta factura? Aquí llevamos la contabilidad de varias empresas y no encontramos ninguna factura DS26-053 en las de ninguno de nuestros clientes. Si nos dice de qué empresa es, lo miramos.

Gestoría Almansa
"""
put(reply(t, ("Gestoría Almansa", "info@gestoriaalmansa.com"), "2026-12-29 10:10", b, quote_style=None),
    kind="client-reply-other",
    note="Accountant asks which client/what the invoice is for; no dispute claim, no promise.")

# ---- 0040 ALL CAPS
t = Thread("N", ("Construcciones Urkiola", "urkiola.construcciones@euskalnet.net"), "E26-032", 968.00,
           D("2026-12-05"), kind="reminder", sent="2026-12-14 09:00", sal="Estimados señores:")
b = """BUENOS DIAS NEREA

LA FACTURA ESTA PAGADA DESDE EL VIERNES. LO HIZO MI HIJO DESDE EL ORDENADOR.

SALUDOS
JOSE MARI URKIOLA
"""
put(reply(t, ("JOSE MARI", "urkiola.construcciones@euskalnet.net"), "2026-12-14 17:20", b, quote_style="outlook-old",
          charset="cp1252", declared="iso-8859-1", cte="8bit"),
    kind="client-reply-paid",
    note="ALL CAPS, no accents; paid since Friday.")

# ---- 0041 Ibercaja: Bizum received, by amount and concept
b = """Ibercaja

Has recibido un Bizum

Hola CARMEN,

Has recibido 45,00 € de MARIA JOSE D.
Concepto: fotos comunion Aday

Fecha: 19/12/2026 12:33

El importe ya está disponible en tu cuenta ES37 **** **** **** **** 7654.

Ibercaja Banco, S.A. Plaza de Basilio Paraíso, 2. 50008 Zaragoza.
Este correo se ha enviado de forma automática. No responda a este mensaje.
"""
put(simple(("Ibercaja", "notificaciones@ibercaja.es"), [O("C")], "2026-12-19 11:33", "Has recibido un Bizum de 45,00 €",
           b, tz="Atlantic/Canary", cte="base64"),
    kind="payment-notification", amount="45.00",
    note="Ibercaja Bizum received notice (amount + concept), base64 body; small private client.")

# ---- 0042 Mexico: deposit Friday the 15th (quincena)
t = Thread("C", ("Mariana Garza", "mariana@garzayasociados.com.mx"), "F-2026-45", 620.00, D("2026-12-22"),
           kind="reminder", sent="2027-01-08 10:00", sal="Buenos días, Mariana Garza:")
b = """Hola Carmen, ¿cómo estás? Feliz año!

Mil disculpas, se me pasó por completo con las vacaciones. Te deposito el viernes 15 sin falta, que es cuando nos cae la quincena y liberan los pagos al extranjero.

Las fotos de la boda de mi prima en Teror se ven padrísimas, ya todos las están pidiendo.

Un abrazo,
Mariana
"""
put(reply(t, ("Mariana Garza", "mariana@garzayasociados.com.mx"), "2027-01-11 09:30", b, tz="America/Mexico_City",
          quote_style="gmail"),
    kind="client-reply-promise", promised_date="2027-01-15",
    note="Mexican voice (quincena, padrísimas); 'el viernes 15' sent Mon 11 Jan 2027 -> 15 Jan.")

# ---- 0043 late delivery penalty: will pay 90%
t = Thread("D", ("Dpto. Compras Electromar", "compras@electromar.es"), "DS26-046", 4840.00, D("2026-11-25"),
           kind="late_fee", sent="2026-12-09 09:00", sal="Estimados señores:", deadline=D("2026-12-18"), days=14)
b = """Estimado Diego:

Tal como establece la cláusula 7.2 del contrato de desarrollo firmado el 2 de junio, la entrega de la tienda online debía producirse el 15 de septiembre. La puesta en producción fue el 21 de octubre, con cinco semanas de retraso, lo que supone la penalización máxima pactada del 10 % del importe.

Por ello procederemos a abonar 4.356,00 € (el 90 % de la factura DS26-046). Le rogamos que emita una factura rectificativa por la diferencia (484,00 €) para cuadrar la contabilidad.

Un saludo,

Fernando Salas
Responsable de Compras
ELECTROMAR SUMINISTROS, S.A.
"""
put(reply(t, ("Fernando Salas", "compras@electromar.es"), "2026-12-10 09:15", b, prefix="RE: ",
          quote_style="outlook", cc=[("Dirección Financiera", "dfinanciera@electromar.es")]),
    kind="client-reply-dispute", reference="DS26-046",
    note="Applies a contractual late-delivery penalty, will pay only 90% and asks for a credit note = dispute.")

# ---- 0044 wants a call
t = Thread("J", ("Albert Camps", "albert.camps@bioquimlab.com"), "FAC-2026-129", 2178.00, D("2026-12-15"),
           kind="late_fee", sent="2027-01-07 08:30", sal="Buenos días, Albert Camps:", deadline=D("2027-01-15"), days=23)
b = """Jordi, te llamo mañana por la mañana y lo hablamos, ¿vale? Hay un tema con esta factura que prefiero comentarte por teléfono.

Albert

Enviat des del meu iPhone
"""
put(reply(t, ("Albert Camps", "albert.camps@bioquimlab.com"), "2027-01-07 19:52", b, quote_style="apple",
          xmailer="X-Mailer: iPhone Mail (22C152)"),
    kind="client-reply-other",
    note="Asks for a call; hints at 'un tema' but makes no claim: other, not dispute.")

# ---- 0045 help-desk ticket acknowledgement
t = Thread("L", ("Proveedores Grupo Marnia", "proveedores@grupomarnia.com"), "2026-062", 2541.00, D("2026-12-10"),
           kind="reminder", sent="2026-12-17 09:00", sal="Estimados señores:")
b = """Estimado/a proveedor/a:

Hemos recibido su consulta y se ha creado la incidencia n.º #PRV-48213.

Asunto: Recordatorio de pago: factura n.º 2026-062
Estado: Abierta
Prioridad: Normal

Nuestro equipo de Atención a Proveedores le responderá en un plazo máximo de 5 días hábiles. Para añadir información a esta incidencia, responda a este correo sin modificar el asunto.

Puede consultar el estado de sus facturas en el Portal del Proveedor: https://proveedores.grupomarnia.com

Atención a Proveedores · Grupo Marnia
"""
put(autoreply(("Atención a Proveedores Grupo Marnia", "soporte.proveedores@grupomarnia.com"), t, "2026-12-17 09:02",
              "[#PRV-48213] Recordatorio de pago: factura n.º 2026-062", b, precedence=True,
              extra=["X-Mailer: Zendesk Mailer"]),
    kind="auto-reply",
    note="Help-desk ticket acknowledgement from the client's AP desk; automatic.")

# ---- 0046 Catalan-Spanish mix
t = Thread("J", ("Núria Bosch", "nuria@cellerbosch.cat"), "FAC-2026-130", 445.00, D("2026-12-18"),
           kind="reminder", sent="2026-12-28 08:30", sal="Buenos días, Núria Bosch:")
b = """Hola Jordi!! Ja està pagada, perdona, ho vaig fer dimecres però no et vaig dir res. Ya la tienes, mira el banco.

Bon any!
Núria
"""
put(reply(t, ("Núria Bosch", "nuria@cellerbosch.cat"), "2026-12-28 12:15", b, quote_style="gmail"),
    kind="client-reply-paid",
    note="Catalan/Spanish code-switching winery: 'Ja està pagada... Ya la tienes' = paid.")

# ---- 0047 Stripe in Spanish: payment succeeded
b = """Stripe

Pago realizado correctamente

Se ha recibido un pago de 847,00 € de Jaume Ferrer (jferrer@arquitectesferrer.cat) a través de tu enlace de pago.

Importe: 847,00 €
Descripción: Factura 2026-069
Método de pago: Visa •••• 4421
ID del pago: pi_3QZx8yKp2LxT7c1B0x9aWq4M
Fecha: 21 dic 2026, 18:04

Los fondos estarán disponibles en tu saldo de Stripe y se transferirán a tu cuenta bancaria según tu calendario de transferencias.

Ver pago en el Dashboard: https://dashboard.stripe.com/payments/pi_3QZx8yKp2LxT7c1B0x9aWq4M

Stripe Payments Europe, Ltd. · 1 Grand Canal Street Lower, Dublín 2, Irlanda
"""
put(simple(("Stripe", "notifications@stripe.com"), [O("L")], "2026-12-21 18:05",
           "Pago de 847,00 € de Jaume Ferrer", b),
    kind="payment-notification", amount="847.00", reference="2026-069",
    note="Stripe ES 'pago realizado correctamente' via payment link.")

# ---- 0048 Quipu newsletter (other)
b = """Hola Diego,

2027 viene con cambios: a partir del 1 de julio, si eres autónomo, tu programa de facturación tendrá que cumplir con VERI*FACTU. Te contamos todo lo que tienes que saber en 5 minutos:

→ Qué es un Sistema Informático de Facturación (SIF)
→ Qué cambia en tus facturas (el famoso código QR)
→ Qué tienes que hacer tú (spoiler: si usas Quipu, nada)

Además, este mes en el blog:
· Modelo 130 y 303 del cuarto trimestre: fechas y trucos
· ¿Cuánto cobrar por hora siendo freelance en 2027?
· Cómo reclamar una factura impagada sin perder al cliente

Leer la guía completa: https://getquipu.com/blog/verifactu-2027

Un abrazo,
El equipo de Quipu

Recibes este email porque estás suscrito a la newsletter de Quipu. Darse de baja: https://getquipu.com/unsubscribe
"""
put(simple(("Quipu", "hola@getquipu.com"), [O("D")], "2027-01-13 10:00",
           "VERI*FACTU en 2027: lo que tienes que saber (en 5 minutos)", b,
           extra=["List-Unsubscribe: <https://getquipu.com/unsubscribe>", "Precedence: bulk"]),
    kind="other",
    note="Quipu newsletter mentioning 'factura impagada' in a blog title; not a payment.")

# ---- 0049 'antes del 28 imposible' -> the 28th
t = Thread("L", ("Sandra Oller", "sandra@ollerinteriorismo.com"), "2027-003", 726.00, D("2027-01-10"),
           kind="reminder", sent="2027-01-14 09:00", sal="Buenos días, Sandra Oller:")
b = """Hola Lucía, ya sé ya sé. Antes del 28 me es imposible, que es cuando me pagan a mí los de la reforma de Pozuelo y ahora mismo estoy sin liquidez. Te lo transfiero ese día.

Sandra
"""
put(reply(t, ("Sandra Oller", "sandra@ollerinteriorismo.com"), "2027-01-14 14:40", b, quote_style="gmail"),
    kind="client-reply-promise", promised_date="2027-01-28",
    note="'Antes del 28 imposible... te lo transfiero ese día' sent 14 Jan -> 28 Jan 2027.")

# ---- 0050 HTML-only one-liner with emoji
t = Thread("C", ("Jonay Hernández", "jonay@surfschoolconfital.com"), "F-2026-47", 250.00, D("2027-01-05"),
           kind="due", sent="2027-01-07 10:00", sal="Buenos días, Jonay Hernández:")
h = ('<div dir="auto">Hecho ✅🤙</div><div dir="auto"><br></div>' + html_quote(t))
put(reply(t, ("Jonay Hernández", "jonay@surfschoolconfital.com"), "2027-01-07 13:02", "", tz="Atlantic/Canary",
          quote_style=None, html=h, html_only=True),
    kind="client-reply-paid",
    note="HTML-only, body is just 'Hecho' with emoji, replying to a due-date reminder = paid.")

# ---- 0051 law firm: sworn translation rejected by the court
t = Thread("J", ("Despacho Ortiz Montero Abogados", "secretaria@ortizmontero.es"), "FAC-2026-124", 968.00,
           D("2026-12-01"), kind="late_fee", sent="2026-12-16 08:30", sal="Estimados señores:",
           deadline=D("2026-12-23"), days=15)
b = """Sr. Puig:

Me sorprende recibir este recordatorio. Como ya le comunicó mi compañera por teléfono el día 4, el Juzgado de Primera Instancia n.º 3 de Girona devolvió la traducción jurada del poder notarial porque el sello y la certificación no se ajustaban al modelo de la Orden AEC/2125/2014 y, además, el nombre del poderdante aparecía con dos grafías distintas.

Hemos tenido que solicitar una prórroga del plazo al juzgado. Mientras no recibamos una traducción correcta, este despacho no va a abonar la factura FAC-2026-124.

Quedo a la espera de su respuesta.

Gemma Ortiz Montero
Abogada · Col. 4.812 ICAG
ORTIZ MONTERO ABOGADOS
Carrer Nou, 19 · 17001 Girona

La información contenida en este mensaje es confidencial y está protegida por el secreto profesional.
"""
put(reply(t, ("Gemma Ortiz Montero", "gortiz@ortizmontero.es"), "2026-12-16 17:05", b, prefix="RE: ",
          quote_style="outlook"),
    kind="client-reply-dispute", reference="FAC-2026-124",
    note="Law firm refuses to pay until a faulty sworn translation is redone = dispute.")

# ---- 0052 sports club: when the Cabildo pays the subsidy
t = Thread("C", ("UD Lomo Blanco", "udlomoblanco@gmail.com"), "F-2026-42", 360.00, D("2026-12-12"),
           kind="reminder", sent="2026-12-21 10:00", sal="Estimados señores:")
b = """Hola Carmen buenas tardes,

Soy Roberto el del club. Te lo vamos a pagar seguro, eso no lo dudes, pero estamos esperando que el Cabildo nos ingrese la subvención de deporte base, que siempre se retrasa. En cuanto entre te lo pagamos lo primero.

Gracias por la paciencia y por el reportaje del equipo infantil, los chiquillos encantados.

Roberto Medina
Tesorero UD Lomo Blanco
"""
put(reply(t, ("Roberto Medina", "udlomoblanco@gmail.com"), "2026-12-21 19:34", b, tz="Atlantic/Canary",
          quote_style="gmail"),
    kind="client-reply-promise",
    note="Will pay when the Cabildo's subsidy arrives: conditional, undated promise.")

# ---- 0053 mailbox no longer in use (auto-reply)
t = Thread("L", ("Eva Linares", "eva.linares@galeriaarteymas.com"), "2026-064", 484.00, D("2026-12-15"),
           kind="reminder", sent="2026-12-22 09:00", sal="Buenos días, Eva Linares:")
b = """Esta dirección de correo ya no está operativa.

Eva Linares ha dejado de trabajar en Galería Arte y Más. Para cualquier asunto, puede dirigirse a info@galeriaarteymas.com o llamar al 91 431 22 08.

Su mensaje no será reenviado.
"""
put(autoreply(("Eva Linares", "eva.linares@galeriaarteymas.com"), t, "2026-12-22 09:00",
              "Respuesta automática: Recordatorio de pago: factura n.º 2026-064", b),
    kind="auto-reply",
    note="Mailbox no longer in use auto-reply (not a bounce: the message was delivered).")

# ---- 0054 Dinahosting: delayed, mailbox full (temporary)
b = """This is the mail system at host smtp-out-2.dinahosting.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pedidos@ferreteriaolmedo.es>: host mx.ferreteriaolmedo.es[185.42.104.17] said:
    452 4.2.2 <pedidos@ferreteriaolmedo.es>: Mailbox full / Buzón lleno (in reply to RCPT TO command)
"""
put(dsn(owner="D", mailer=("Mail Delivery System", "MAILER-DAEMON@smtp-out-2.dinahosting.com"),
        date="2027-01-18 13:12", tz="Europe/Madrid", subject="Delayed Mail (still being retried)", human=b,
        recipient="pedidos@ferreteriaolmedo.es", status="4.2.2", action="delayed",
        diag="452 4.2.2 <pedidos@ferreteriaolmedo.es>: Mailbox full / Buzón lleno",
        orig_subject="Factura n.º DS26-057 pendiente de pago", orig_date="2027-01-18 09:00",
        reporting_mta="smtp-out-2.dinahosting.com", remote_mta="mx.ferreteriaolmedo.es", arrival=252,
        will_retry="Sat, 23 Jan 2027 09:00:17 +0100"),
    kind="bounce", failed_recipient="pedidos@ferreteriaolmedo.es", permanent=False,
    note="Postfix delay warning from Dinahosting: mailbox full, still retrying = temporary.")

# ---- 0055 Bankinter incoming transfer
b = """Bankinter

Aviso de movimientos

Jordi, te informamos de que se ha producido el siguiente movimiento en tu Cuenta Nómina:

Fecha      Concepto                                                 Importe
08/01/2027 TRANSF /CASALS ROVIRA ADVOCATS SLP /FRA FAC-2026-127      +1.060,00 EUR

Este aviso se ha generado automáticamente de acuerdo con los avisos que tienes contratados. Para modificarlos accede a Bankinter.com > Personalización > Avisos.

Bankinter, S.A. Paseo de la Castellana, 29. 28046 Madrid.
"""
put(simple(("Bankinter Avisos", "avisos@bankinter.com"), [O("J")], "2027-01-08 06:44",
           "Bankinter: aviso de abono en cuenta", b, cte="8bit"),
    kind="payment-notification", amount="1060.00", reference="FAC-2026-127",
    note="Bankinter movement alert, incoming transfer with invoice number in the concept.")

# ---- 0056 replies to the reminder talking only about new work
t = Thread("L", ("Jorge Peñalver", "jorge@cervecerialaborda.com"), "2026-065", 544.50, D("2026-12-20"),
           kind="reminder", sent="2026-12-29 09:00", sal="Buenos días, Jorge Peñalver:")
b = """Buenas Lucía!!

Justo te iba a escribir. Vamos a abrir segundo local en Chamberí en marzo y queremos que nos hagas todo: cartas, vinilos del escaparate, las camisetas del personal y si puede ser una cerveza de temporada con etiqueta propia (¡una IPA de invierno!). ¿Cuándo te viene bien pasarte por la Borda y lo vemos con una caña?

Jorge
"""
put(reply(t, ("Jorge Peñalver", "jorge@cervecerialaborda.com"), "2026-12-29 12:48", b, quote_style="gmail"),
    kind="client-reply-other",
    note="Reply to a reminder that ignores the invoice and talks about new work = other.")

# ---- 0057 forwards treasury's internal answer: paid on the 20th
t = Thread("L", ("Área de Comunicación", "comunicacion@aytovaldelaguna.es"), "2026-060", 1815.00,
           D("2026-12-15"), kind="reminder", sent="2027-01-19 09:00", sal="Estimados señores:")
b = """Hola Lucía, te reenvío lo que me contesta Tesorería. Según ellos está pagada desde ayer. Si el lunes no la tienes me dices.

Un saludo,
Carlos Mena
Área de Comunicación

---------- Mensaje reenviado ---------
De: Tesorería Municipal <tesoreria@aytovaldelaguna.es>
Fecha: mié, 20 ene 2027 a las 13:47
Asunto: RE: Factura 2026-060 Martín Estudio
Para: Carlos Mena <cmena@aytovaldelaguna.es>

Carlos, la factura de Lucía Martín (n.º 2026-060, 1.815,00 €) salió en la relación de pagos P/2027/003, pagada con fecha 20/01/2027.
Un saludo,
Tesorería
"""
put(reply(t, ("Carlos Mena", "cmena@aytovaldelaguna.es"), "2027-01-21 09:20", b, prefix="RE: ",
          quote_style=None),
    kind="client-reply-paid", amount="1815.00", reference="2026-060",
    note="Client forwards treasury's internal reply: paid on 20/01 in a payment list. Paid.")

# ---- 0058 mañana sin falta
t = Thread("L", ("Tasaciones Arrieta", "oficina@inmoarrieta.es"), "2027-002", 302.50, D("2027-01-10"),
           kind="reminder", sent="2027-01-19 09:00", sal="Estimados señores:")
b = """Perdona Lucía, se nos pasó con el cambio de gestoría. Mañana sin falta la tienes.

Marisa
Inmobiliaria Arrieta
"""
put(reply(t, ("Marisa Arrieta", "oficina@inmoarrieta.es"), "2027-01-19 17:05", b, quote_style="outlook",
          xmailer="X-Mailer: Microsoft Outlook 16.0"),
    kind="client-reply-promise", promised_date="2027-01-20",
    note="'Mañana sin falta' sent Tue 19 Jan -> 20 Jan 2027.")

# ---- 0059 neighbours' association disputes travel expenses
t = Thread("D", ("AVV Triana Norte", "avvtriananorte@gmail.com"), "DS26-052", 423.50, D("2026-12-15"),
           kind="reminder", sent="2026-12-22 09:00", sal="Estimados señores:")
b = """Buenas tardes Diego:

Te escribo como presidente de la asociación. En la junta del martes vimos tu factura y hay una cosa que no estamos de acuerdo: el precio que nos diste fue cerrado, 300 € + IVA por la web con el calendario de actividades, y en la factura vienen además 50 € de "desplazamientos y reuniones". Tú nos dijiste que las reuniones entraban, y además fueron aquí en el barrio.

Los 363 € del precio cerrado los pagamos cuando nos mandes la factura corregida. Los 50 + IVA no.

Saludos cordiales,
Manuel Jiménez Ortega
Presidente AVV Triana Norte
"""
put(reply(t, ("Manuel Jiménez", "avvtriananorte@gmail.com"), "2026-12-23 18:30", b, quote_style="gmail"),
    kind="client-reply-dispute",
    note="Association contests extra travel charge on a fixed price; pays only after corrected invoice = dispute.")

# ---- 0060 e-invoicing portal rejection (eFACT, Catalonia) -> other
b = """eFACT - Servei de recepció de factures electròniques

Benvolgut/da proveïdor/a, / Estimado/a proveedor/a:

La factura electrònica que detallem ha estat REBUTJADA per l'òrgan destinatari.
La factura electrónica que se detalla ha sido RECHAZADA por el órgano destinatario.

Número de registre / Número de registro: 2027/0003112
Número de factura: FAC-2026-133
Import / Importe: 1.331,00 EUR
Destinatari / Destinatario: Institut Català de les Empreses Culturals
Motiu del rebuig / Motivo del rechazo: El codi DIR3 de la unitat tramitadora no és correcte / El código DIR3 de la unidad tramitadora no es correcto.

Podeu presentar una nova factura amb les dades corregides.
Puede presentar una nueva factura con los datos corregidos.

Aquest missatge s'ha generat automàticament. No el respongueu.
"""
put(simple(("eFACT", "no-reply@efact.aoc.cat"), [O("J")], "2027-01-12 12:31",
           "eFACT: Factura rebutjada / Factura rechazada - FAC-2026-133", b),
    kind="other", reference="FAC-2026-133",
    note="Bilingual Catalan/Spanish e-invoicing portal rejection (wrong DIR3 code): machine notice, not a payment, not a human dispute.")

# ---- 0061 wife answers for the husband
t = Thread("N", ("Koldo Agirre", "koldo.agirre@gmail.com"), "E26-035", 544.50, D("2026-12-20"),
           kind="reminder", sent="2027-01-11 09:00", sal="Buenos días, Koldo Agirre:")
b = """Hola Nerea, soy Arantxa, la mujer de Koldo. Él no mira nunca este correo. Me dice que te diga que ya está pagado, que lo hizo el día 5 desde la Caja Laboral, pero que igual puso mal el concepto porque no se acordaba del número de factura. Es el pago de 544,50 de la cédula de habitabilidad del piso de Amara.

Urte berri on!
Arantxa
"""
put(reply(t, ("Koldo Agirre", "koldo.agirre@gmail.com"), "2027-01-11 21:10", b, quote_style="gmail-android"),
    kind="client-reply-paid", amount="544.50",
    note="Someone on the client's side (the wife) relays that it was paid on the 5th, concept maybe wrong.")

# ---- 0062 final de mes
t = Thread("D", ("Álvaro Robles", "alvaro@roblesyhijos-aceites.es"), "DS26-056", 1512.50, D("2027-01-05"),
           kind="reminder", sent="2027-01-18 09:00", sal="Buenos días, Álvaro Robles:")
b = """Hola Diego,

Este mes lo tengo muy apretado con el pago de la aceituna a los socios. Te lo pago a final de mes, si te parece bien. Si tienes problema dímelo y te hago una parte antes.

Un saludo,
Álvaro Robles
Aceites Robles e Hijos · Estepa
"""
put(reply(t, ("Álvaro Robles", "alvaro@roblesyhijos-aceites.es"), "2027-01-20 10:02", b, quote_style="gmail"),
    kind="client-reply-promise", promised_date="2027-01-31",
    note="Olive-oil producer: 'a final de mes' sent 20 Jan -> 31 Jan 2027; offer of a partial earlier is optional.")

# ---- 0063 small town council: reconocimiento extrajudicial de crédito in the plenary
t = Thread("N", ("Ayuntamiento de Aulesti", "idazkaritza@aulesti.eus"), "E26-028", 2117.50, D("2026-10-30"),
           kind="late_fee", sent="2027-01-15 09:00", sal="Estimados señores:", deadline=D("2027-01-25"), days=77)
b = """Egun on Nerea:

Soy Iñaki, el secretario-interventor. Te explico por qué no se ha pagado todavía: la factura llegó cuando ya se había cerrado el ejercicio 2026 y la partida estaba agotada, así que hay que aprobar un reconocimiento extrajudicial de crédito en el Pleno. Lo llevamos al Pleno ordinario del 28 de enero. Una vez aprobado, se contabiliza y se paga, pero eso ya depende de Tesorería y de Diputación, que nos adelanta los fondos. No te puedo dar fecha exacta.

Perdona las molestias. Cualquier cosa, al 946 84 60 60.

Iñaki Elorriaga
Secretario-Interventor
Aulestiko Udala
"""
put(reply(t, ("Iñaki Elorriaga", "idazkaritza@aulesti.eus"), "2027-01-15 12:12", b, prefix="RE: ",
          quote_style="outlook"),
    kind="client-reply-promise", reference="E26-028",
    note="Tiny town council: will be paid after a plenary approval on the 28th, no payment date given (the 28th is the plenary, not payment) -> promise without date.")

# ---- 0064 Abanca: transferencia recibida
b = """ABANCA

Recibiste unha transferencia / Has recibido una transferencia

Ordenante: ESTALEIROS DO MORRAZO SL
Importe: 2.250,00 €
Concepto: PAGO FACTURA F-2026-40 REPORTAXE BOTADURA
Conta de destino / Cuenta de destino: ES37 **** **** **** **** 7654
Data / Fecha: 29/12/2026

Podes consultar os teus movementos en ABANCA Banca Móbil.
Puedes consultar tus movimientos en ABANCA Banca Móvil.

ABANCA Corporación Bancaria, S.A. · Rúa Carreira do Conde, 1 · 15003 A Coruña
"""
put(simple(("ABANCA", "avisos@abanca.com"), [O("C")], "2026-12-29 12:14",
           "Has recibido una transferencia de 2.250,00 €", b, tz="Atlantic/Canary"),
    kind="payment-notification", amount="2250.00", reference="F-2026-40",
    note="Abanca bilingual Galician/Spanish incoming-transfer alert.")

# ---- 0065 needs a Facturae file for FACe
t = Thread("J", ("Consell Comarcal del Gironès", "intervencio@girones.cat"), "FAC-2026-126", 605.00,
           D("2026-12-10"), kind="reminder", sent="2026-12-17 08:30", sal="Estimados señores:")
b = """Bon dia, Sr. Puig:

No consta cap factura FAC-2026-126 al registre comptable. Le recordamos que, por importe superior a 5.000 euros o no, todas las facturas de personas jurídicas deben presentarse electrónicamente, y aunque usted como autónomo no está obligado, nuestra Intervención solo tramita las que entran por eFACT o FACe en formato Facturae 3.2.2. Las enviadas en PDF por correo no se registran.

Los códigos DIR3 son: oficina contable L07170001, órgano gestor L07170001, unidad tramitadora L07170001.

Salutacions,
Intervenció
Consell Comarcal del Gironès
"""
put(reply(t, ("Intervenció Consell Comarcal", "intervencio@girones.cat"), "2026-12-17 11:40", b, prefix="RE: ",
          quote_style="outlook"),
    kind="client-reply-other", reference="FAC-2026-126",
    note="Administration: invoice not registered, must be submitted as Facturae via eFACT/FACe. Request/resubmission, no claim.")

# ---- 0066 auto-reply: Carnaval closing, back Thursday 11
t = Thread("C", ("Eventos Isleta", "eventos@laisletaeventos.com"), "F-2027-04", 690.00, D("2027-02-01"),
           kind="reminder", sent="2027-02-08 10:00", sal="Estimados señores:")
b = """¡Hola, chacho!

Estamos de Carnaval 🎭🎉. La oficina permanece cerrada el lunes 8, martes 9 y miércoles 10 de febrero. Volvemos el jueves 11 con la resaca y con ganas de contestarte.

Eventos La Isleta
"""
put(autoreply(("Eventos La Isleta", "eventos@laisletaeventos.com"), t, "2027-02-08 10:01",
              "Autorespuesta: " + t.subject, b, tz="Atlantic/Canary", xauto=True),
    kind="auto-reply", return_date="2027-02-11",
    note="Carnaval closing (Canarias), back Thursday 11 Feb 2027. Sent on 8 Feb.")

# ---- 0067 Peru: 'ya se canceló' = paid
t = Thread("D", ("Lucho Paredes", "lparedes@andesconsulting.pe"), "DS26-054", 1450.00, D("2026-12-20"),
           kind="reminder", sent="2027-01-04 09:00", sal="Buenos días, Lucho Paredes:")
b = """Estimado Diego, buenos días, espero que hayas pasado unas lindas fiestas.

Te comento que la factura ya se canceló el 30 de diciembre, el área de tesorería me confirma que la transferencia salió por el Interbank en dólares, USD 1,450.00. Cualquier inconveniente me avisas nomás.

Saludos cordiales,

Luis "Lucho" Paredes
Gerente de Operaciones
Andes Consulting S.A.C. | Miraflores, Lima
"""
put(reply(t, ("Luis Paredes", "lparedes@andesconsulting.pe"), "2027-01-04 08:15", b, tz="America/Lima",
          quote_style="gmail"),
    kind="client-reply-paid", amount="1450.00", currency="USD",
    note="Peruvian 'se canceló la factura' means it was PAID (not cancelled). USD amount written 1,450.00.")

# ---- 0068 Uruguay: VAT should not be charged (export of services) -> dispute
t = Thread("L", ("Valentina Sosa", "vsosa@puntacomunicacion.com.uy"), "2026-067", 2420.00, D("2026-12-22"),
           kind="reminder", sent="2027-01-07 09:00", sal="Buenos días, Valentina Sosa:")
b = """Hola Lucía, ¿cómo andás?

Mirá, el contador me frenó el pago porque la factura viene con IVA español (21 %, 420 €) y nosotros somos una empresa uruguaya, así que es una exportación de servicios y no corresponde cobrar IVA. Nos dice que la tenés que rehacer sin IVA, por 2.000 €, y que pongas nuestro RUT.

Apenas la tenga te la pagamos, eso no es problema.

Un beso grande,
Vale
"""
put(reply(t, ("Valentina Sosa", "vsosa@puntacomunicacion.com.uy"), "2027-01-07 11:30", b, tz="America/Montevideo",
          quote_style="gmail"),
    kind="client-reply-dispute",
    note="Uruguayan voseo; contests the VAT (export of services), wants a new invoice for 2.000: amount dispute; the promise is conditional on the corrected invoice.")

# ---- 0069 'dame chance hasta el 15'
t = Thread("D", ("Oriana Pérez", "oriana.perez@caribeflavors.com"), "DS27-003", 640.00, D("2027-01-25"),
           kind="reminder", sent="2027-02-01 09:00", sal="Buenos días, Oriana Pérez:")
b = """Hola Diego!! Tranquilo que no se me ha olvidado 🙏 Dame chance hasta el 15, que estoy esperando un pago de una clienta de Miami y con eso te cancelo todo.

Oriana
"""
put(reply(t, ("Oriana Pérez", "oriana.perez@caribeflavors.com"), "2027-02-02 20:11", b, tz="America/Caracas",
          quote_style="gmail-android"),
    kind="client-reply-promise", promised_date="2027-02-15",
    note="Venezuelan voice ('dame chance', 'te cancelo' = I'll pay you); 'hasta el 15' sent 2 Feb -> 15 Feb 2027. Owner D numbers 2027 invoices DS27-NNN.")

# ---- 0070 'Recibido. Gracias.'
t = Thread("J", ("Meritxell Vidal", "mvidal@vidalimmobles.cat"), "FAC-2027-004", 302.50, D("2027-02-05"),
           kind="courtesy", sent="2027-01-30 08:30", sal="Buenos días, Meritxell Vidal:")
put(reply(t, ("Meritxell Vidal", "mvidal@vidalimmobles.cat"), "2027-01-30 09:02", "Recibido. Gracias.\n\nMeritxell\n",
          quote_style="gmail"),
    kind="client-reply-other",
    note="'Recibido. Gracias.' in answer to a pre-due courtesy reminder: acknowledgement, no payment claim.")

# ---- 0071 Arsys / Exim permanent
b = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  administracion@talleresgoenaga.com
    host mx.talleresgoenaga.com [217.76.142.31]
    SMTP error from remote mail server after RCPT TO:<administracion@talleresgoenaga.com>:
    550 5.2.1 Buzon desactivado / Mailbox disabled

------ This is a copy of the message, including all the headers. ------
"""
put(dsn(owner="N", mailer=("Mail Delivery System", "Mailer-Daemon@smtp.servidoresdns.net"), date="2027-01-20 09:03",
        tz="Europe/Madrid", subject="Mail delivery failed: returning message to sender", human=b,
        recipient="administracion@talleresgoenaga.com", status="5.2.1", action="failed",
        diag="550 5.2.1 Buzon desactivado / Mailbox disabled",
        orig_subject="Recordatorio de pago: factura n.º E27-001", orig_date="2027-01-20 09:00",
        reporting_mta="smtp.servidoresdns.net", remote_mta="mx.talleresgoenaga.com",
        full_original="Estimados señores:\n\nRevisando mis cuentas, veo que la factura n.º E27-001 de 1.210,00 €, vencida el 12 de enero de 2027, sigue pendiente de pago.\n",
        extra=["X-Failed-Recipients: administracion@talleresgoenaga.com"]),
    kind="bounce", failed_recipient="administracion@talleresgoenaga.com", permanent=True,
    note="Exim-style bounce from Arsys's outgoing relay (servidoresdns.net), mailbox disabled, permanent; full original attached.")

# ---- 0072 paid through Revolut, screenshot
t = Thread("C", ("Iris Cabrera", "iris.cabrera.yoga@gmail.com"), "F-2027-02", 195.00, D("2027-01-20"),
           kind="due", sent="2027-01-21 10:00", sal="Buenos días, Iris Cabrera:")
b = """Hola Carmen!! Te lo mandé ayer por Revolut al IBAN de la factura, te pongo captura por si acaso. Gracias por las fotos del retiro, son una maravilla ✨

Iris
"""
put(reply(t, ("Iris Cabrera", "iris.cabrera.yoga@gmail.com"), "2027-01-21 12:40", b, tz="Atlantic/Canary",
          quote_style="apple", xmailer="X-Mailer: iPhone Mail (22C152)",
          attachments=[Leaf("image/png", fake_png("iris"), cte="base64", filename="IMG_4471.PNG")]),
    kind="client-reply-paid",
    note="Sent via Revolut yesterday, screenshot attached.")

# ---- 0073 Revolut Business in Spanish: money received
b = """Revolut Business

Has recibido dinero

Has recibido 1.089,00 € de ESTUDIO CARPE DIEM SL en tu cuenta EUR.

Referencia: 2026-066
Fecha: 15 ene 2027

Ver transacción en la app.

Revolut Bank UAB · Konstitucijos ave. 21B, 08130 Vilna, Lituania · Sucursal en España: Revolut Bank UAB, Sucursal en España, Calle Príncipe de Vergara 132, Madrid
"""
put(simple(("Revolut Business", "no-reply@revolut.com"), [O("L")], "2027-01-15 11:20",
           "Has recibido 1.089,00 € de ESTUDIO CARPE DIEM SL", b),
    kind="payment-notification", amount="1089.00", reference="2026-066",
    note="Revolut Business ES money received with reference; same invoice Holded marked viewed (0020).")

# ---- 0074 N26: outgoing transfer (other)
b = """Hola Diego:

Tu transferencia se ha realizado correctamente.

Destinatario: IMPRENTA SOLANO SL
Importe: -187,55 €
Concepto: Fra 2026/0912 tarjetas y flyers
Fecha: 18.01.2027

Puedes ver todos los detalles en la app de N26.

Tu equipo de N26

N26 Bank SE, Sucursal en España · Calle de Ramírez de Prado, 5 · 28045 Madrid
"""
put(simple(("N26", "no-reply@n26.com"), [O("D")], "2027-01-18 10:47", "Tu transferencia se ha enviado", b),
    kind="other",
    note="N26 OUTGOING transfer made by the owner (paying a printer's invoice): not a payment received.")

# ---- 0075 half now, rest early February
t = Thread("N", ("Mikel Otxoa", "mikel@otxoaetxeak.com"), "E26-036", 3630.00, D("2026-12-30"),
           kind="reminder", sent="2027-01-13 09:00", sal="Buenos días, Mikel Otxoa:")
b = """Kaixo Nerea,

Tienes razón y perdona. Enero está siendo muy malo, la obra de Hernani sigue parada por la licencia. Te propongo una cosa: hoy te hago una transferencia de la mitad (1.815) y el resto a primeros de febrero, en cuanto cobre la certificación de la obra de Tolosa. ¿Te parece bien?

Mikel
"""
put(reply(t, ("Mikel Otxoa", "mikel@otxoaetxeak.com"), "2027-01-13 14:20", b, quote_style="gmail"),
    kind="client-reply-promise",
    note="Half today, rest 'a primeros de febrero' (vague): not fully paid; promise without a date (two different dates/amounts).")

# ---- 0076 winery: label not approved by the DO board, will pay half
t = Thread("L", ("Bodegas Hermanos Lacalle", "administracion@bodegaslacalle.com"), "2026-057", 2178.00,
           D("2026-11-30"), kind="late_fee", sent="2026-12-14 09:00", sal="Estimados señores:",
           deadline=D("2026-12-22"), days=14)
b = """Buenas tardes Lucía:

Como sabes, el Consejo Regulador de la DOCa no aprobó la etiqueta del reserva porque la mención "Viñedo Singular" no estaba autorizada para esa parcela, y al final hemos tenido que seguir con la etiqueta antigua. Es decir, el diseño no se ha usado.

Cuando lo hablamos en verano quedamos en que si el proyecto no salía adelante se pagaría la mitad. Así que te pagamos 1.089 € y te pedimos que nos hagas un abono por el resto.

No es nada personal, el diseño nos encantaba.

Un saludo,
Rubén Lacalle
Bodegas Hermanos Lacalle · Haro (La Rioja)
"""
put(reply(t, ("Rubén Lacalle", "administracion@bodegaslacalle.com"), "2026-12-14 17:50", b, quote_style="gmail"),
    kind="client-reply-dispute",
    note="Winery: design not used, will pay half and wants a credit note for the rest = dispute (partial + dispute).")

# ---- 0077 law firm: paid today, wants the paper original
t = Thread("J", ("Administración Vallès & Serra", "admin@vallesserra.es"), "FAC-2026-132", 726.00, D("2027-01-10"),
           kind="reminder", sent="2027-01-18 08:30", sal="Estimados señores:")
b = """Buenos días Jordi:

La factura FAC-2026-132 queda abonada hoy mediante transferencia. Te ruego que nos envíes por correo postal el original firmado de la traducción jurada de la sentencia, que el cliente lo necesita para el exequátur.

Gràcies,
Pilar Serra
Vallès & Serra Advocats
"""
put(reply(t, ("Pilar Serra", "pserra@vallesserra.es"), "2027-01-18 10:11", b, prefix="RE: ", quote_style="outlook"),
    kind="client-reply-paid", reference="FAC-2026-132",
    note="'queda abonada hoy' = paid; also asks for the paper original (other request doesn't change the label).")

# ---- 0078 'el jueves cuando cobre'
t = Thread("D", ("Rafa Montes", "rafamontes.fisio@gmail.com"), "DS27-001", 242.00, D("2027-01-15"),
           kind="reminder", sent="2027-01-22 09:00", sal="Buenos días, Rafa Montes:")
b = """Diego tío perdona, te lo hago el jueves cuando me ingresen lo de la mutua, q siempre pagan los últimos días del mes. sin falta eh

Enviado desde mi iPhone
"""
put(reply(t, ("Rafa Montes", "rafamontes.fisio@gmail.com"), "2027-01-23 11:02", b, quote_style="apple"),
    kind="client-reply-promise", promised_date="2027-01-28",
    note="Sent Saturday 23 Jan 2027: 'el jueves' -> Thursday 28 Jan 2027.")

# ---- 0079 'esto lo lleva mi socio'
t = Thread("N", ("Garazi Urrutia", "garazi@urrutiadiseinua.com"), "E27-003", 847.00, D("2027-01-25"),
           kind="reminder", sent="2027-02-01 09:00", sal="Buenos días, Garazi Urrutia:")
b = """Hola Nerea,

Los pagos del estudio los lleva mi socio, Asier (asier@urrutiadiseinua.com). Le pongo en copia para que lo mire él.

Garazi
"""
put(reply(t, ("Garazi Urrutia", "garazi@urrutiadiseinua.com"), "2027-02-01 10:25", b, quote_style="gmail",
          cc=[("Asier Urrutia", "asier@urrutiadiseinua.com")]),
    kind="client-reply-other",
    note="Redirects to the partner who handles payments (cc). No claim.")

# ---- 0080 auto-reply: maternity leave until March (no day)
t = Thread("L", ("Paula Esteban", "pesteban@editorialtrebede.com"), "2027-006", 1331.00, D("2027-02-05"),
           kind="due", sent="2027-02-05 09:00", sal="Buenos días, Paula Esteban:")
b = """Hola:

Estoy de baja por maternidad hasta marzo. Durante este tiempo no atenderé el correo.

Para temas de producción, escribid a Íñigo Ruiz (iruiz@editorialtrebede.com); para facturación y pagos, a administracion@editorialtrebede.com.

Gracias,
Paula Esteban
Editorial Trébede
"""
put(autoreply(("Paula Esteban", "pesteban@editorialtrebede.com"), t, "2027-02-05 09:01",
              "Respuesta automática: " + t.subject, b),
    kind="auto-reply",
    note="Maternity leave 'hasta marzo' without a day -> no return_date; points to accounts address.")

# ---- 0081 AP platform remittance advice (two invoices), machine
b = """AVISO DE PAGO / REMITTANCE ADVICE

Proveedor: 400218 - MARTIN GARCIA LUCIA
Documento de pago: 2000041877
Fecha de pago: 29.01.2027
Forma de pago: Transferencia SEPA
Banco receptor: ES21 0081 **** **** **** 4567

Su factura   Fecha factura   Importe bruto   Descuento   Importe pagado
2026-071     22.12.2026          968,00 €        0,00 €         968,00 €
2027-001     08.01.2027        1.210,00 €        0,00 €       1.210,00 €
                                                        ----------------
Total pagado                                                   2.178,00 €

Este aviso se ha generado automáticamente desde el sistema de Cuentas a Pagar de Grupo Ebrosa. No responda a este correo. Para consultas: cuentasapagar@ebrosa.com
"""
h = ("<html><body style='font-family:Arial;font-size:12px'><h3>AVISO DE PAGO / REMITTANCE ADVICE</h3>"
     "<p>Proveedor: 400218 - MARTIN GARCIA LUCIA<br>Documento de pago: 2000041877<br>Fecha de pago: 29.01.2027<br>"
     "Forma de pago: Transferencia SEPA<br>Banco receptor: ES21 0081 **** **** **** 4567</p>"
     "<table border='1' cellspacing='0' cellpadding='4'><tr><th>Su factura</th><th>Fecha factura</th><th>Importe bruto</th>"
     "<th>Descuento</th><th>Importe pagado</th></tr><tr><td>2026-071</td><td>22.12.2026</td><td align='right'>968,00 €</td>"
     "<td align='right'>0,00 €</td><td align='right'>968,00 €</td></tr><tr><td>2027-001</td><td>08.01.2027</td>"
     "<td align='right'>1.210,00 €</td><td align='right'>0,00 €</td><td align='right'>1.210,00 €</td></tr>"
     "<tr><td colspan='4'><b>Total pagado</b></td><td align='right'><b>2.178,00 €</b></td></tr></table>"
     "<p style='color:#888'>Este aviso se ha generado automáticamente desde el sistema de Cuentas a Pagar de Grupo Ebrosa. "
     "No responda a este correo. Para consultas: cuentasapagar@ebrosa.com</p></body></html>")
put(simple(("Cuentas a Pagar Grupo Ebrosa", "sap-noreply@ebrosa.com"), [O("L")], "2027-01-29 06:02",
           "Aviso de pago 2000041877 - Grupo Ebrosa", b, html=h,
           attachments=[Leaf("application/pdf", fake_pdf("Aviso de pago 2000041877"), cte="base64",
                             filename="AvisoPago_2000041877.pdf")]),
    kind="payment-notification", amount="2178.00",
    note="Client's AP system remittance advice covering two invoices; total paid 2.178,00. No single reference.")

# ---- 0082 'no hemos encargado ese trabajo'
t = Thread("D", ("Dirección Hostal Puerta Carmona", "direccion@hostalpuertacarmona.com"), "DS26-050", 605.00,
           D("2026-12-05"), kind="reminder", sent="2026-12-14 09:00", sal="Estimados señores:")
b = """Buenos días:

No reconocemos esta factura. El mantenimiento mensual de la web lo dimos de baja en septiembre por teléfono con usted mismo, y la factura es por "mantenimiento octubre-noviembre". Nadie de este hostal le ha encargado ese trabajo ni hemos recibido ningún informe.

Por favor, anúlela.

Atentamente,
Encarnación Gil
Dirección – Hostal Puerta Carmona
"""
put(reply(t, ("Encarnación Gil", "direccion@hostalpuertacarmona.com"), "2026-12-14 12:20", b, quote_style="outlook"),
    kind="client-reply-dispute",
    note="Work not ordered (maintenance cancelled by phone): refuses and asks cancellation = dispute.")

# ---- 0083 Peru: 'le estaremos abonando la próxima semana'
t = Thread("J", ("Patricia Zegarra", "pzegarra@limatraducciones.com.pe"), "FAC-2027-002", 480.00, D("2027-01-20"),
           kind="reminder", sent="2027-01-27 08:30", sal="Buenos días, Patricia Zegarra:")
b = """Estimado Jordi, buenas tardes:

Le pido mil disculpas por la demora. Le comento que ya se aprobó su factura en el área de finanzas y le estaremos abonando la próxima semana, apenas se regularice la línea de pagos al exterior.

Quedo atenta a cualquier consulta.

Saludos cordiales,

Patricia Zegarra Flores
Coordinadora de Proyectos
Lima Traducciones S.A.C.
"""
put(reply(t, ("Patricia Zegarra", "pzegarra@limatraducciones.com.pe"), "2027-01-27 16:40", b, tz="America/Lima",
          quote_style="gmail"),
    kind="client-reply-promise",
    note="Peruvian formal 'le estaremos abonando la próxima semana' = vague promise, no date.")

# ---- 0084 Venezuelan asks about paying with Zelle/USDT
t = Thread("D", ("Carlos Villegas", "carlosvillegas@tepuimarket.com"), "DS27-002", 400.00, D("2027-01-30"),
           kind="courtesy", sent="2027-01-25 09:00", sal="Buenos días, Carlos Villegas:")
b = """Épale Diego, saludos!

Una consulta antes de la fecha: ¿te puedo pagar por Zelle o en USDT por Binance? Es que mandar euros desde aquí es un rollo con el control de cambio y me sale carísimo. Si me pasas tu correo de Zelle o tu wallet lo resolvemos rapidito.

Quedo atento,
Carlos
"""
put(reply(t, ("Carlos Villegas", "carlosvillegas@tepuimarket.com"), "2027-01-25 18:10", b, tz="America/Caracas",
          quote_style="gmail"),
    kind="client-reply-other",
    note="Venezuelan asks about payment method (Zelle/USDT) before the due date; question, not a promise.")

# ---- 0085 cPanel/Exim bounce from a Spanish host, Spanish text
b = """Este mensaje ha sido generado automáticamente por el sistema de entrega de correo.

No ha sido posible entregar el mensaje a uno o más de sus destinatarios. Se trata de un error permanente. No ha podido entregarse a la(s) siguiente(s) dirección(es):

  compras@distribucionesnavarrete.es
    No existe ese usuario en el servidor (550 No Such User Here)

------ Copia del mensaje con todas las cabeceras: ------
"""
put(dsn(owner="L", mailer=("Mail Delivery System", "mailer-daemon@es-srv17.webempresa.eu"), date="2027-02-08 09:01",
        tz="Europe/Madrid", subject="Mensaje no entregado: devuelto al remitente", human=b,
        recipient="compras@distribucionesnavarrete.es", status="5.1.1", action="failed",
        diag="550 No Such User Here", orig_subject="Recordatorio de pago: factura n.º 2027-005",
        orig_date="2027-02-08 09:00", reporting_mta="es-srv17.webempresa.eu",
        extra=["X-Failed-Recipients: compras@distribucionesnavarrete.es"]),
    kind="bounce", failed_recipient="compras@distribucionesnavarrete.es", permanent=True,
    note="Spanish-language Exim/cPanel bounce, no such user, permanent.")

# ---- 0086 association: cash deposit at the branch
t = Thread("C", ("Asociación Cultural Amigos del Timple", "amigosdeltimple@yahoo.es"), "F-2027-01", 150.00,
           D("2027-01-15"), kind="reminder", sent="2027-01-22 10:00", sal="Estimados señores:")
b = """Buenos días Carmen:

Ayer por la mañana fui a la Caja Rural de Teror y lo ingresé en ventanilla en tu cuenta, los 150 euros de las fotos del festival. Puse en el concepto "Amigos del Timple fotos". El resguardo lo tengo yo por si hace falta.

Atentamente,
Domingo Quintana
Tesorero
"""
put(reply(t, ("Domingo Quintana", "amigosdeltimple@yahoo.es"), "2027-01-23 10:44", b, tz="Atlantic/Canary",
          quote_style=None, xmailer="X-Mailer: YahooMailAndroid"),
    kind="client-reply-paid", amount="150.00",
    note="Elderly treasurer: paid by cash deposit at the bank branch yesterday.")

# ---- 0087 Generalitat Valenciana: propuesta de pago, first week of February (vague)
t = Thread("L", ("Conselleria - Gestión Económica", "gestioneconomica_cult@gva.es"), "2026-072", 3025.00,
           D("2026-12-20"), kind="reminder", sent="2027-01-18 09:00", sal="Estimados señores:")
b = """Buenos días, Sra. Martín:

Le informamos de que la factura de referencia se encuentra en fase de propuesta de pago desde el 14 de enero. Está previsto que se abone la primera semana de febrero, una vez que la Tesorería de la Generalitat ordene los pagos del mes.

Puede consultar el estado de la factura en la sede electrónica (apartado "Consulta de facturas").

Atentamente,

Servicio de Gestión Económica y Presupuestaria
Conselleria de Educación, Cultura y Universidades
Generalitat Valenciana
"""
put(reply(t, ("SGEP Conselleria", "gestioneconomica_cult@gva.es"), "2027-01-19 12:00", b, prefix="RE: ",
          quote_style="outlook"),
    kind="client-reply-promise",
    note="'propuesta de pago', expected 'la primera semana de febrero' (vague) -> promise without date. Invoice number not named in sender's text.")

# ---- 0088 rowing club: regatta cancelled, agreed not to charge
t = Thread("L", ("Club de Remo Ondarroa", "idazkaritza@arraunondarroa.eus"), "2026-053", 665.50, D("2026-11-15"),
           kind="reminder", sent="2026-11-24 09:00", sal="Estimados señores:")
b = """Kaixo Lucía:

Te escribimos desde la junta. La factura incluye la cartelería y los dorsales de la regata de la Bandera de octubre, que se suspendió por el temporal. Cuando te encargamos el trabajo quedamos en que si la regata no se celebraba no se cobraba la parte de impresión, solo el diseño, y así lo tenemos en el correo del 12 de septiembre.

El diseño (250 € + IVA) te lo pagamos sin problema; la impresión (300 € + IVA) no nos corresponde. Mándanos factura nueva por favor.

Ondo izan,
Xabier Badiola
Secretario – Club de Remo Ondarroa
"""
put(reply(t, ("Xabier Badiola", "idazkaritza@arraunondarroa.eus"), "2026-11-25 20:15", b, quote_style="gmail"),
    kind="client-reply-dispute",
    note="Rowing club: regatta cancelled; per agreement printing shouldn't be charged. Accepts only part = dispute.")

# ---- 0089 paid with the Stripe link in the invoice
t = Thread("D", ("Sonia Reyes", "sonia@tiendasonriza.com"), "DS27-004", 181.50, D("2027-02-05"),
           kind="due", sent="2027-02-05 09:00", sal="Buenos días, Sonia Reyes:")
b = """Hola Diego, te lo acabo de pagar con la tarjeta por el enlace que venía en la factura. Me ha salido "pago completado". Gracias!!

Sonia
Sonriza – cosmética natural
"""
put(reply(t, ("Sonia Reyes", "sonia@tiendasonriza.com"), "2027-02-05 11:31", b, quote_style="gmail"),
    kind="client-reply-paid",
    note="Paid by card through the payment link just now.")

# ---- 0090 wrong date on the invoice (question)
t = Thread("N", ("Leire Zubizarreta", "leire@zubizarretaabogados.eus"), "E27-004", 1028.50, D("2027-02-10"),
           kind="courtesy", sent="2027-02-05 09:00", sal="Buenos días, Leire Zubizarreta:")
b = """Hola Nerea:

Una cosa: la factura E27-004 tiene fecha de emisión 10/01/2026 en vez de 2027, supongo que se te ha quedado el año anterior en la plantilla. ¿Nos la puedes mandar corregida? La gestoría no nos la acepta con la fecha mal para el primer trimestre.

Gracias,
Leire
"""
put(reply(t, ("Leire Zubizarreta", "leire@zubizarretaabogados.eus"), "2027-02-05 10:40", b, quote_style="gmail"),
    kind="client-reply-other", reference="E27-004",
    note="Asks for a corrected issue date (typo in year): no claim about amount/work, no promise -> other.")

# ---- 0091 'el pago del día 10'
t = Thread("J", ("Editorial Garbí", "administracio@editorialgarbi.cat"), "FAC-2027-001", 1573.00, D("2027-01-25"),
           kind="reminder", sent="2027-02-01 08:30", sal="Estimados señores:")
b = """Bon dia Jordi,

Tu factura la pasamos en el pago del día 10, que es cuando hacemos los pagos a colaboradores. Perdona el retraso, enero siempre es complicado.

Salutacions,
Anna
Administració · Editorial Garbí
"""
put(reply(t, ("Anna Roig", "administracio@editorialgarbi.cat"), "2027-02-01 12:02", b, quote_style="outlook"),
    kind="client-reply-promise", promised_date="2027-02-10",
    note="Publisher (Catalan greeting/sign-off): 'la pasamos en el pago del día 10' sent 1 Feb -> 10 Feb 2027.")

# ---- 0092 template licence already paid by them
t = Thread("D", ("Marta Lobo", "marta@lobofotografia.es"), "DS26-059", 847.00, D("2027-01-15"),
           kind="reminder", sent="2027-01-22 09:00", sal="Buenos días, Marta Lobo:")
b = """Hola Diego,

Revisando la factura veo que hay una línea de 89 € por "licencia tema premium + plugins". Esa licencia la compré yo directamente con mi tarjeta en ThemeForest el 3 de noviembre porque me lo pediste tú (tengo el recibo). No la puedo pagar dos veces.

Quítala y me mandas la factura bien, y te la pago ese mismo día.

Marta
"""
put(reply(t, ("Marta Lobo", "marta@lobofotografia.es"), "2027-01-22 13:14", b, quote_style="gmail"),
    kind="client-reply-dispute",
    note="Contests a line (licence she already bought herself); payment conditional on corrected invoice = dispute.")

# ---- 0093 Mexico: SPEI transfer in pesos, receipt attached
t = Thread("L", ("Ximena Treviño", "ximena@casatrevino.mx"), "2027-004", 950.00, D("2027-01-25"),
           kind="due", sent="2027-01-26 09:00", sal="Buenos días, Ximena Treviño:")
b = """¡Hola Lucía!

Ya quedó. Te mandé la transferencia internacional desde Banorte, fueron $19,350 pesos que al tipo de cambio de hoy son tus 950 euros (más o menos, el banco se queda con algo 🙄). Te anexo el comprobante.

Me avisas cuando te caiga, porfa.

Saludos hasta Madrid,
Ximena
"""
put(reply(t, ("Ximena Treviño", "ximena@casatrevino.mx"), "2027-01-26 10:05", b, tz="America/Mexico_City",
          quote_style="gmail",
          attachments=[Leaf("application/pdf", fake_pdf("Banorte Comprobante de transferencia internacional"),
                            cte="base64", filename="Comprobante_Banorte_260127.pdf")]),
    kind="client-reply-paid", amount="19350.00", currency="MXN",
    note="Mexican voice ('ya quedó', 'te anexo', 'porfa'); paid 19,350 MXN (~950 EUR). The amount the message states as paid is in pesos.")

# ---- 0094 Outlook auto-reply, 24 Dec - 6 Jan both included
t = Thread("J", ("Jaume Riera", "jriera@rieraconsultors.com"), "FAC-2026-134", 907.50, D("2026-12-22"),
           kind="due", sent="2026-12-22 08:30", sal="Buenos días, Jaume Riera:")
b = """Bon dia / Buenos días,

Estaré fuera de la oficina del 24 de diciembre al 6 de enero, ambos incluidos, con acceso limitado al correo. Para asuntos urgentes, contacte con recepcio@rieraconsultors.com o con el 972 20 11 45.

Estaré fora de l'oficina del 24 de desembre al 6 de gener, ambdós inclosos.

Jaume Riera
"""
h = outlook_html(paras_html(b, "MsoNormal"))
put(autoreply(("Jaume Riera", "jriera@rieraconsultors.com"), t, "2026-12-24 00:03",
              "Respuesta automática: " + t.subject, b, html=h,
              extra=["X-MS-Exchange-Inbox-Rules-Loop: jriera@rieraconsultors.com", "X-Auto-Response-Suppress: All"]),
    kind="auto-reply", return_date="2027-01-07",
    note="Exchange OOF: out 24 Dec - 6 Jan both included -> back 7 Jan 2027. Date just after midnight on the 24th.")

# ---- 0095 asks for a bank ownership certificate before paying
t = Thread("C", ("Proveedores Hoteles Oasis", "proveedores@oasisgrancanaria.com"), "F-2027-03", 1150.00,
           D("2027-02-01"), kind="reminder", sent="2027-02-08 10:00", sal="Estimados señores:")
b = """Buenos días:

Para dar de alta su cuenta bancaria en nuestro sistema necesitamos un certificado de titularidad bancaria emitido por su entidad (firmado y sellado o con CSV) y el formulario de alta de proveedor que le adjuntamos, cumplimentado. Hasta que no esté dado de alta no podemos procesar ninguna factura.

Un saludo,

Departamento de Administración – Proveedores
Hoteles Oasis Gran Canaria
"""
put(reply(t, ("Proveedores Oasis", "proveedores@oasisgrancanaria.com"), "2027-02-08 12:20", b, tz="Atlantic/Canary",
          prefix="RE: ", quote_style="outlook",
          attachments=[Leaf("application/pdf", fake_pdf("Formulario alta proveedor"), cte="base64",
                            filename="Alta_proveedor_2027.pdf")]),
    kind="client-reply-other",
    note="Needs a bank-ownership certificate and vendor form before processing; request, no promise or dispute.")

# ---- 0096 'remesa de fin de mes'
t = Thread("N", ("Administración Grupo Ibaizabal", "administracion@grupoibaizabal.com"), "E27-005", 1573.00,
           D("2027-01-31"), kind="reminder", sent="2027-02-03 09:00", sal="Estimados señores:")
b = """Buenos días Nerea,

Recibida. La incluimos en la remesa de fin de mes, que es la que llevamos todas las facturas de enero de proveedores.

Un saludo,
Arantza Lopetegi
Administración – Grupo Ibaizabal
"""
put(reply(t, ("Arantza Lopetegi", "administracion@grupoibaizabal.com"), "2027-02-03 10:12", b, prefix="RE: ",
          quote_style="outlook"),
    kind="client-reply-promise", promised_date="2027-02-28",
    note="'remesa de fin de mes' sent 3 Feb -> 28 Feb 2027.")

# ---- 0097 statement; both invoices paid
stmt = """Estimados señores:

Revisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:

- n.º 2026-041, del 15 de octubre de 2026, vencida el 14 de noviembre de 2026 (22 días de retraso): 726,00 €
- n.º 2026-045, del 29 de octubre de 2026, vencida el 28 de noviembre de 2026 (8 días de retraso): 1.028,50 €

Total a pagar: 1.754,50 €

Ruego que el pago de estas facturas se realice a más tardar el 15 de diciembre de 2026. Si alguna de ellas ya está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con alguna factura, podemos aclararlo por esta misma vía.

Los datos para el pago figuran en las facturas, en los mensajes con los que se enviaron.

Un cordial saludo,
Lucía Martín
"""
t = Thread("L", ("Academia Ágora", "secretaria@academiaagora.es"), "2026-041", 1754.50, D("2026-11-28"),
           kind="reminder", sent="2026-12-06 09:00", subject="Facturas pendientes de pago", text=stmt)
b = """Hola Lucía, pagadas las dos, la 41 y la 45, el jueves pasado en una sola transferencia de 1.754,50. Perdona el lío.

Un saludo,
Rocío – Secretaría Academia Ágora
"""
put(reply(t, ("Rocío Navas", "secretaria@academiaagora.es"), "2026-12-07 10:30", b, quote_style="gmail"),
    kind="client-reply-paid", amount="1754.50",
    note="Statement of two invoices; both paid in one transfer. Two references ('la 41 y la 45') -> no single reference label.")

# ---- 0098 one paid, the other on Friday -> promise
stmt2 = """Estimados señores:

Revisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:

- n.º 2026-071, del 22 de diciembre de 2026, vencida el 21 de enero de 2027 (19 días de retraso): 968,00 €
- n.º 2027-007, del 12 de enero de 2027, vencida el 11 de febrero de 2027: 484,00 €

Total a pagar: 1.452,00 €

Ruego que el pago de las facturas vencidas se realice a más tardar el 19 de febrero de 2027, y el de las demás en su vencimiento. Si alguna de ellas ya está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con alguna factura, podemos aclararlo por esta misma vía.

Los datos para el pago figuran en las facturas, en los mensajes con los que se enviaron.

Un cordial saludo,
Lucía Martín
"""
t = Thread("L", ("Florería Camelia", "hola@floreriacamelia.es"), "2026-071", 1452.00, D("2027-01-21"),
           kind="reminder", sent="2027-02-09 09:00", subject="Facturas pendientes de pago", text=stmt2)
b = """Hola Lucía!

La de diciembre (la de los carteles de San Valentín) te la he pagado hoy mismo. La de enero te la hago el viernes, que es cuando me entra la caja de la semana.

Besos y gracias por la paciencia 🌷
Maite
"""
put(reply(t, ("Maite Gutiérrez", "hola@floreriacamelia.es"), "2027-02-10 19:22", b, quote_style="apple"),
    kind="client-reply-promise", promised_date="2027-02-12",
    note="Two invoices: one paid today, the other on Friday -> promise (sent Wed 10 Feb -> Fri 12 Feb 2027).")

# ---- 0099 IRPF withholding missing -> amount wrong
t = Thread("J", ("Gestió Administrativa Font", "admin@gafont.cat"), "FAC-2027-003", 1210.00, D("2027-01-31"),
           kind="reminder", sent="2027-02-08 08:30", sal="Estimados señores:")
b = """Buenos días:

La factura FAC-2027-003 no incluye la retención del 15 % de IRPF, y al ser usted profesional y nosotros empresa estamos obligados a practicarla. El importe correcto a pagar sería 1.060,00 € (1.000 + 210 de IVA – 150 de retención), no 1.210,00 €.

No podemos pagarla tal como está. Por favor, emita una factura rectificativa.

Atentamente,
Dolors Font
Gestió Administrativa Font, S.L.
"""
put(reply(t, ("Dolors Font", "admin@gafont.cat"), "2027-02-08 11:05", b, prefix="RE: ", quote_style="outlook",
          charset="cp1252", declared="windows-1252", hcharset="windows-1252"),
    kind="client-reply-dispute", reference="FAC-2027-003",
    note="Amount wrong (missing IRPF withholding), will not pay as issued = dispute. windows-1252.")

# ---- 0100 Cajamar: incoming transfer
b = """Grupo Cajamar

Aviso de ingreso

Estimado/a CARMEN RUIZ:

Se ha abonado en su cuenta ES37 2038 **** ** ******7654 una transferencia con los siguientes datos:

Fecha operación: 03/02/2027
Ordenante: INVERNADEROS EL EJIDO SAT
Concepto: FACTURA F-2027-05 FOTOGRAFIA CATALOGO
Importe: 935,00 EUR

Si no reconoce esta operación, llame al 950 210 000.

Cajamar Caja Rural, Sociedad Cooperativa de Crédito. Plaza de Juan del Águila Molina, 5. 04006 Almería.
"""
put(simple(("Cajamar - Avisos", "avisos@cajamar.es"), [O("C")], "2027-02-03 08:12",
           "Aviso de ingreso en cuenta", b, tz="Atlantic/Canary", charset="iso-8859-1", hcharset="iso-8859-1"),
    kind="payment-notification", amount="935.00", reference="F-2027-05",
    note="Cajamar incoming transfer alert.")

# ---- 0101 attachment-only justificante
t = Thread("N", ("Administración Hotel Arbola", "admin@hotelarbola.com"), "E27-006", 2662.00, D("2027-02-05"),
           kind="due", sent="2027-02-08 09:00", sal="Estimados señores:")
b = """Buenos días,

Adjunto justificante.

Un saludo
"""
put(reply(t, ("Hotel Arbola Administración", "admin@hotelarbola.com"), "2027-02-08 09:37", b, prefix="RE: ",
          quote_style="outlook",
          attachments=[Leaf("application/pdf", fake_pdf("Justificante de transferencia"), cte="base64",
                            filename="Justificante_transferencia_080227.pdf")]),
    kind="client-reply-paid",
    note="Terse reply with a payment receipt PDF attached: 'Adjunto justificante' to a due reminder = paid.")

# ---- 0102 60-day terms, paid on the 25th
t = Thread("D", ("Cuentas a Pagar Logística Guadaíra", "cuentasapagar@logisticaguadaira.com"), "DS27-005", 2904.00,
           D("2027-01-25"), kind="reminder", sent="2027-02-01 09:00", sal="Estimados señores:")
b = """Buenos días:

Le recordamos que, conforme a nuestras condiciones generales de compra, las facturas de proveedores se abonan a 60 días fecha factura, con día de pago fijo el 25 de cada mes. Su factura DS27-005, de fecha 26 de diciembre, se pagará el próximo 25 de febrero.

Atentamente,
Departamento de Cuentas a Pagar
Logística Guadaíra, S.A.
"""
put(reply(t, ("Cuentas a Pagar LG", "cuentasapagar@logisticaguadaira.com"), "2027-02-01 13:30", b, prefix="RE: ",
          quote_style="outlook"),
    kind="client-reply-promise", promised_date="2027-02-25", reference="DS27-005",
    note="AP department: 60-day terms, fixed pay day 25th -> promise for 25 Feb 2027. Doesn't contest the amount.")

# ---- 0103 product photos: bad cutouts, no payment until redone
t = Thread("C", ("Ecommerce Mojo Picón", "tienda@mojopicondelicatessen.com"), "F-2027-06", 720.00, D("2027-02-10"),
           kind="due", sent="2027-02-10 10:00", sal="Estimados señores:")
b = """Hola Carmen,

Las fotos de producto no nos sirven tal como están: el recorte del fondo blanco está mal en casi la mitad (se ve el borde gris en los tarros de mojo y en los quesos) y Amazon nos ha rechazado 14 fichas por eso. Te mandamos la lista.

Hasta que no estén corregidas no vamos a pagar la factura, lo siento.

Daniel
"""
put(reply(t, ("Daniel Perdomo", "tienda@mojopicondelicatessen.com"), "2027-02-10 16:55", b, tz="Atlantic/Canary",
          quote_style="gmail"),
    kind="client-reply-dispute",
    note="Work not as agreed (bad cutouts, Amazon rejections), withholds payment until fixed = dispute.")

# ---- 0104 invoice to the new company name
t = Thread("L", ("Hugo Ferrer", "hugo@hugoferrerfoto.com"), "2027-005", 423.50, D("2027-02-05"),
           kind="reminder", sent="2027-02-12 09:00", sal="Buenos días, Hugo Ferrer:")
b = """Hola Lucía!

Una cosa antes de pagarla: desde enero ya no facturo como autónomo, he montado una SL (Ferrer Visual Studio SL, CIF B-88123456, misma dirección). ¿Puedes rehacer la factura a nombre de la SL? Es que si no mi gestor no me la puede meter como gasto de la sociedad.

Mil gracias,
Hugo
"""
put(reply(t, ("Hugo Ferrer", "hugo@hugoferrerfoto.com"), "2027-02-12 10:20", b, quote_style="gmail"),
    kind="client-reply-other",
    note="Asks to re-issue the invoice to a new company name; no dispute of amount, no promise ('antes de pagarla').")

# ---- 0105 Ayuntamiento: paid on 29 January
t = Thread("N", ("Ayuntamiento de Elorrio - Tesorería", "diruzaintza@elorrio.eus"), "E26-037", 1452.00,
           D("2026-12-30"), kind="reminder", sent="2027-02-03 09:00", sal="Estimados señores:")
b = """Buenos días, Sra. Etxeberria:

Le comunico que el pago de su factura se efectuó el pasado 29 de enero mediante transferencia desde la Tesorería municipal, en la cuenta que figura en su ficha de terceros (terminada en 5678), dentro de la relación de pagos 2027/02.

Atentamente,

Diruzaintza / Tesorería
Elorrioko Udala
"""
put(reply(t, ("Elorrioko Udala - Diruzaintza", "diruzaintza@elorrio.eus"), "2027-02-03 11:11", b, prefix="RE: ",
          quote_style="outlook"),
    kind="client-reply-paid",
    note="Town hall treasury: payment made on 29 Jan. Invoice number only in quote/subject -> no reference.")

# ---- 0106 Uruguay: lunes sin falta
t = Thread("C", ("Martín Olivera", "molivera@olivera.com.uy"), "F-2027-07", 480.00, D("2027-01-30"),
           kind="reminder", sent="2027-02-04 10:00", sal="Buenos días, Martín Olivera:")
b = """Buenas Carmen, qué vergüenza, tenés razón. Estuve en Punta todo enero y no vi nada. El lunes sin falta te la pago, ni bien llego a la oficina.

Abrazo,
Martín
"""
put(reply(t, ("Martín Olivera", "molivera@olivera.com.uy"), "2027-02-04 18:00", b, tz="America/Montevideo",
          quote_style="gmail"),
    kind="client-reply-promise", promised_date="2027-02-08",
    note="Uruguayan voseo; 'el lunes' sent Thu 4 Feb 2027 -> Mon 8 Feb.")

# ---- 0107 estate agency: half of the photo shoots never happened
t = Thread("C", ("Inmobiliaria Costa Canaria", "gestion@inmocostacanaria.com"), "F-2027-08", 900.00,
           D("2027-02-10"), kind="reminder", sent="2027-02-17 10:00", sal="Estimados señores:")
b = """Buenas tardes Carmen,

Revisando tu factura: nos cobras seis reportajes de pisos (6 x 150) y en realidad hiciste cuatro. Los de la calle Mayor de Triana y el ático de Las Canteras se anularon porque los propietarios retiraron los pisos, y tú misma no llegaste a ir. Esos dos no los vamos a pagar.

Te pagamos los 600 de los cuatro reportajes en cuanto nos hagas la rectificativa.

Saludos,
Noemí
Inmobiliaria Costa Canaria
"""
put(reply(t, ("Noemí Castellano", "gestion@inmocostacanaria.com"), "2027-02-17 16:30", b, tz="Atlantic/Canary",
          quote_style="outlook"),
    kind="client-reply-dispute",
    note="Billed for shoots that never took place; will pay only part after a corrective invoice = dispute.")

# ---- 0108 asks whether a pagaré at 90 days is OK
t = Thread("D", ("Construcciones Barrera", "administracion@construccionesbarrera.es"), "DS27-006", 3388.00,
           D("2027-02-10"), kind="reminder", sent="2027-02-17 09:00", sal="Estimados señores:")
b = """Buenos días Diego,

Nosotros a proveedores pagamos habitualmente con pagaré a 90 días. ¿Te vale así? Si es así te lo mandamos por mensajero a la dirección de la factura. Si no, dime y lo consulto con el gerente.

Un saludo,
Inmaculada Barrera
Administración
"""
put(reply(t, ("Inmaculada Barrera", "administracion@construccionesbarrera.es"), "2027-02-17 12:00", b,
          quote_style="outlook"),
    kind="client-reply-other",
    note="Asks whether payment by a 90-day pagaré is acceptable: a question about payment method, conditional; no commitment yet.")

# ---- 0109 Qonto: transfer received
b = """Qonto

Has recibido una transferencia

Hola Jordi,

Tu cuenta principal ha recibido una transferencia SEPA.

Importe: + 2.178,00 €
De: BIOQUIMLAB SL
Referencia: FAC-2026-129 TRAD. PROTOCOLO
Fecha: 26/01/2027

Puedes adjuntar el justificante a esta transacción directamente desde la app.

El equipo de Qonto

Qonto · Olinda SAS, sucursal en España · Calle de Alcalá, 54, 28014 Madrid
"""
put(simple(("Qonto", "notifications@qonto.com"), [O("J")], "2027-01-26 14:02", "Transferencia recibida: + 2.178,00 €",
           b),
    kind="payment-notification", amount="2178.00", reference="FAC-2026-129",
    note="Qonto (Spanish) incoming SEPA transfer; same invoice as the 'call me' mail 0044.")

# ---- 0110 long chatty Christmas mail, one sentence matters
t = Thread("C", ("Nayra Déniz", "nayra.deniz@gmail.com"), "F-2026-48", 390.00, D("2026-12-18"),
           kind="reminder", sent="2026-12-26 10:00", sal="Buenos días, Nayra Déniz:")
b = """¡Carmen, feliz Navidad!

Qué alegría me dio ver tu nombre en el correo aunque fuera para esto jajaja. Las fotos de la pedida de mano han sido el regalo de Navidad de toda la familia: mi madre las ha impreso todas, mi abuela tiene la del mirador de Tejeda en la mesita de noche y mi suegra (que no es fácil, ya la conociste) dijo que eran "muy naturales", que viniendo de ella es un Goya.

Ya estamos mirando fecha para la boda, posiblemente octubre en una finca en Santa Brígida, y no hace falta que te diga quién va a ser la fotógrafa. Te escribo en enero con calma para que me mandes precios del reportaje completo y del álbum.

Lo de la factura perdóname, pensaba que Airam te la había pagado y él pensaba que yo. Al final te la pagué yo esta mañana desde la app del Santander, 390 euros. Dime si te llega bien.

Y nada, que paséis muy buen fin de año, un besote enorme para ti y para Lola.

Nayra
"""
put(reply(t, ("Nayra Déniz", "nayra.deniz@gmail.com"), "2026-12-26 13:48", b, tz="Atlantic/Canary",
          quote_style="gmail"),
    kind="client-reply-paid", amount="390.00",
    note="Long chatty mail about a future wedding; one paragraph says it was paid this morning (390).")

# ---- 0111 today or at the latest tomorrow
t = Thread("L", ("Óscar Villar", "oscar@villarabogados.es"), "2027-008", 605.00, D("2027-02-10"),
           kind="reminder", sent="2027-02-17 09:00", sal="Buenos días, Óscar Villar:")
b = """Lucía, disculpa, estaba convencido de que la había pagado con las de enero. Te hago la transferencia hoy o, como muy tarde, mañana.

Óscar Villar
Villar Abogados
"""
put(reply(t, ("Óscar Villar", "oscar@villarabogados.es"), "2027-02-17 18:40", b, quote_style="outlook"),
    kind="client-reply-promise", promised_date="2027-02-18",
    note="'hoy o, como muy tarde, mañana' sent 17 Feb -> pay by 18 Feb 2027 (the latest date stated).")

# ---- 0112 Mexico: hours billed vs log
t = Thread("D", ("Héctor Salinas", "hsalinas@vertice-digital.mx"), "DS27-007", 1800.00, D("2027-02-05"),
           kind="reminder", sent="2027-02-12 09:00", sal="Buenos días, Héctor Salinas:")
b = """Diego, qué onda.

Revisé la factura contra la bitácora de Jira y no me cuadran las horas: nos estás cobrando 30 horas de integración con la API de pagos y en los tickets hay registradas 22. No digo que no las hayas trabajado, pero necesito el detalle para poder justificarlas aquí con dirección, porque si no me van a rebotar la factura.

Mientras tanto la dejamos detenida. Si las 8 horas de diferencia no se pueden justificar, te pediría una nota de crédito por ellas.

Saludos,
Héctor
"""
put(reply(t, ("Héctor Salinas", "hsalinas@vertice-digital.mx"), "2027-02-12 10:20", b, tz="America/Mexico_City",
          quote_style="gmail"),
    kind="client-reply-dispute",
    note="Mexican voice; contests 8 billed hours, invoice on hold, asks for a credit note if unjustified = dispute.")

# ---- 0113 forwards the reminder to a colleague, owner in Cc by mistake
t = Thread("N", ("Jon Ander Mendiola", "jonander@mendiolapromociones.com"), "E27-007", 2420.00, D("2027-02-08"),
           kind="reminder", sent="2027-02-15 09:00", sal="Buenos días, Jon Ander Mendiola:")
b = """Pepe, ¿esto lo tenemos pagado? Mira a ver en el banco y si no, mételo en la próxima. Es la arquitecta de la promoción de Leioa.

JA

-----Mensaje original-----
""" + quote(t, "outlook-old")
put(simple(("Jon Ander Mendiola", "jonander@mendiolapromociones.com"),
           [("Pepe Larrinaga", "contabilidad@mendiolapromociones.com")], "2027-02-15 11:05", "RV: " + t.subject, b,
           cc=[t.owner], irt=t.msgid, refs=t.refs),
    kind="client-reply-other",
    note="Client forwards the reminder internally (To: accountant, Cc: owner) asking whether it's paid; 'mételo en la próxima' is an instruction to a colleague, not a promise to the owner -> other.")

# ---- 0114 Venezuelan pays via Wise in the end
t = Thread("D", ("Carlos Villegas", "carlosvillegas@tepuimarket.com"), "DS27-002", 400.00, D("2027-01-30"),
           kind="due", sent="2027-02-01 09:00", sal="Buenos días, Carlos Villegas:")
b = """Listo mi pana, al final te lo mandé por Wise, los 400 euros completos, la comisión la asumí yo. Ya me salió como entregado. Chequea y me confirmas.

Carlos
"""
put(reply(t, ("Carlos Villegas", "carlosvillegas@tepuimarket.com"), "2027-02-01 21:30", b, tz="America/Caracas",
          quote_style="gmail-android"),
    kind="client-reply-paid", amount="400.00",
    note="Venezuelan ('mi pana', 'chequea'); sent via Wise, shows delivered.")

# ---- 0115 Diputación: within the legal term (vague)
t = Thread("L", ("Diputación de Badajoz - Área de Cultura", "areacultura@dip-badajoz.es"), "2027-009", 4840.00,
           D("2027-02-10"), kind="due", sent="2027-02-10 09:00", sal="Estimados señores:")
b = """Buenos días:

La factura ha tenido entrada en el registro contable y fue conformada ayer por el jefe del servicio. El siguiente paso es la fiscalización por Intervención y, a continuación, el pago por Tesorería, que se realizará dentro del plazo legal establecido.

Un saludo,

Área de Cultura y Deportes
Diputación Provincial de Badajoz
"""
put(reply(t, ("Área de Cultura Diputación", "areacultura@dip-badajoz.es"), "2027-02-11 10:00", b, prefix="RE: ",
          quote_style="outlook"),
    kind="client-reply-promise",
    note="Conformada; payment 'dentro del plazo legal establecido' without a date -> promise without date.")

# ---- 0116 Ayuntamiento: invoice exceeds the adjudicated minor contract
t = Thread("N", ("Ayuntamiento de Berriz - Contratación", "kontratazioa@berriz.eus"), "E27-008", 6050.00,
           D("2027-02-12"), kind="due", sent="2027-02-12 09:00", sal="Estimados señores:")
b = """Buenos días:

Le informamos de que la factura E27-008 no ha podido ser conformada. El contrato menor para la redacción de la memoria valorada de la reforma de la biblioteca se adjudicó por Decreto de Alcaldía 2026/412 por un importe de 4.500,00 € + IVA (5.445,00 €), y la factura asciende a 5.000,00 € + IVA. El exceso no está amparado por el contrato ni existe modificación aprobada.

Deberá anular la factura en FACe y presentar una nueva por el importe adjudicado.

Atentamente,

Unidad de Contratación
Berrizko Udala / Ayuntamiento de Berriz
"""
put(reply(t, ("Kontratazioa - Berrizko Udala", "kontratazioa@berriz.eus"), "2027-02-15 12:45", b, prefix="RE: ",
          quote_style="outlook"),
    kind="client-reply-dispute", reference="E27-008",
    note="Administration refuses to conform: invoice above the adjudicated minor-contract amount; must be reissued for less = dispute.")

# ---- 0117 'no me ha llegado la factura'
t = Thread("J", ("Clara Mas", "clara.mas@masarquitectura.com"), "FAC-2027-005", 363.00, D("2027-02-08"),
           kind="reminder", sent="2027-02-15 08:30", sal="Buenos días, Clara Mas:")
b = """Hola Jordi, la factura no me ha llegado, o la tengo perdida en el spam. ¿Me la reenvías? Y en cuanto la tenga la miro.

Clara
"""
put(reply(t, ("Clara Mas", "clara.mas@masarquitectura.com"), "2027-02-15 09:20", b, quote_style="gmail"),
    kind="client-reply-other",
    note="Never received the invoice, asks to resend; 'la miro' is not a promise to pay.")

# ---- 0118 FITUR auto-reply: back Monday
t = Thread("C", ("Grupo Viajes Maspalomas", "marketing@viajesmaspalomas.com"), "F-2027-09", 1320.00,
           D("2027-01-15"), kind="reminder", sent="2027-01-20 10:00", sal="Estimados señores:")
b = """Hola,

Estoy en FITUR (Madrid) hasta el domingo y apenas podré mirar el correo. Vuelvo a la agencia el lunes.

Si es urgente, llama a Yurena al 928 76 54 32.

Un saludo,
Airam Betancor
Marketing · Viajes Maspalomas
"""
put(autoreply(("Airam Betancor", "marketing@viajesmaspalomas.com"), t, "2027-01-20 10:01",
              "Respuesta automática: " + t.subject, b, tz="Atlantic/Canary"),
    kind="auto-reply", return_date="2027-01-25",
    note="At the FITUR fair until Sunday, back Monday; sent Wed 20 Jan 2027 -> Mon 25 Jan.")

# ---- 0119 paid by card on the day
t = Thread("C", ("Yaiza Marrero", "yaizamarrero@hotmail.com"), "F-2027-10", 120.00, D("2027-01-31"),
           kind="reminder", sent="2027-02-05 10:00", sal="Buenos días, Yaiza Marrero:")
b = """Hola Carmen, creo que hay un error, la sesión de fotos de la niña te la pagué con tarjeta el mismo día en el estudio, en el datáfono, 120 €. Tengo el ticket en el bolso si lo necesitas.

Yaiza
"""
put(reply(t, ("Yaiza Marrero", "yaizamarrero@hotmail.com"), "2027-02-05 13:00", b, tz="Atlantic/Canary",
          quote_style="outlook", xmailer="X-Mailer: Outlook for iOS"),
    kind="client-reply-paid", amount="120.00",
    note="'creo que hay un error' but the claim is that she already paid by card at the studio: paid, not a dispute.")

# ---- 0120 bizum tonight
t = Thread("D", ("Javi Lozano", "javilozano.dj@gmail.com"), "DS27-008", 90.00, D("2027-02-10"),
           kind="reminder", sent="2027-02-17 09:00", sal="Buenos días, Javi Lozano:")
b = """buah perdona diego q se me olvido x completo. esta noche te hago bizum de los 90 👍
"""
put(reply(t, ("Javi Lozano", "javilozano.dj@gmail.com"), "2027-02-17 14:12", b, quote_style=None, cte="8bit"),
    kind="client-reply-promise", promised_date="2027-02-17", amount="90.00",
    note="'esta noche te hago bizum' = will pay today -> promised_date is the Date's day.")

# ---- 0121 holds payment until the editable files are delivered
t = Thread("L", ("Marketing Hoteles Sierra Nevada", "marketing@hsnevada.com"), "2027-010", 2299.00, D("2027-02-12"),
           kind="reminder", sent="2027-02-19 09:00", sal="Estimados señores:")
b = """Hola Lucía,

Según el presupuesto aceptado, la entrega incluía los archivos editables (.ai e .indd) de toda la campaña de esquí, no solo los PDF. Te los pedimos el 28 de enero y el 8 de febrero y seguimos sin ellos; sin los editables no podemos adaptar las piezas para los hoteles de Pradollano.

Dirección nos ha pedido que retengamos el pago de la factura hasta que recibamos la entrega completa.

Un saludo,
Celia Morente
Marketing · Hoteles Sierra Nevada
"""
put(reply(t, ("Celia Morente", "marketing@hsnevada.com"), "2027-02-19 12:30", b, prefix="RE: ", quote_style="outlook"),
    kind="client-reply-dispute",
    note="Payment withheld until the agreed deliverables (editable files) are delivered = dispute (work not as agreed).")

# ---- 0122 question: is VAT included?
t = Thread("N", ("Ainhoa Etxaniz", "ainhoa.etxaniz@gmail.com"), "E27-009", 605.00, D("2027-02-20"),
           kind="courtesy", sent="2027-02-15 09:00", sal="Buenos días, Ainhoa Etxaniz:")
b = """Hola Nerea!

Perdona la pregunta tonta, pero los 605 € son con el IVA ya incluido, ¿no? Lo digo para decírselo a mi hermano, que pagamos el certificado energético a medias.

Ainhoa
"""
put(reply(t, ("Ainhoa Etxaniz", "ainhoa.etxaniz@gmail.com"), "2027-02-15 20:05", b, quote_style="gmail-android"),
    kind="client-reply-other",
    note="Simple question about VAT inclusion; no claim that the amount is wrong.")

# ---- 0123 Outlook HTML-only corporate: paid in the run of the 15th
t = Thread("J", ("Accounts Payable Laboratorios Ribera", "ap@labribera.com"), "FAC-2027-006", 3146.00,
           D("2027-01-10"), kind="reminder", sent="2027-01-18 08:30", sal="Estimados señores:")
inner = ("<p class='MsoNormal'>Buenos días Jordi,<o:p></o:p></p><p class='MsoNormal'><o:p>&nbsp;</o:p></p>"
         "<p class='MsoNormal'>Tu factura se incluyó en el pago a proveedores del 15/01. Adjuntamos el comprobante:"
         "<o:p></o:p></p><p class='MsoNormal'><o:p>&nbsp;</o:p></p>"
         "<table class='MsoTableGrid' border='1' cellspacing='0' cellpadding='0' style='border-collapse:collapse'>"
         "<tr><td style='padding:2pt 5pt'><b>Nº factura</b></td><td style='padding:2pt 5pt'><b>Fecha pago</b></td>"
         "<td style='padding:2pt 5pt'><b>Importe</b></td></tr><tr><td style='padding:2pt 5pt'>FAC-2027-006</td>"
         "<td style='padding:2pt 5pt'>15/01/2027</td><td style='padding:2pt 5pt' align='right'>3.146,00 €</td></tr></table>"
         "<p class='MsoNormal'><o:p>&nbsp;</o:p></p><p class='MsoNormal'>Saludos cordiales,<o:p></o:p></p>"
         "<p class='MsoNormal'><b><span style='color:#1F3864'>Sergi Comas</span></b><br>Accounts Payable<br>"
         "Laboratorios Ribera, S.A. · Sant Cugat del Vallès<o:p></o:p></p>"
         "<p class='MsoNormal'><span style='font-size:7.5pt;color:gray'>Este mensaje y sus archivos adjuntos van dirigidos "
         "exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario, "
         "le rogamos que lo elimine. Laboratorios Ribera trata sus datos conforme al RGPD.</span><o:p></o:p></p>"
         "<p class='MsoNormal'><o:p>&nbsp;</o:p></p>" + html_outlook_quote(t))
put(reply(t, ("Sergi Comas", "ap@labribera.com"), "2027-01-18 15:20", "", prefix="RE: ", quote_style=None,
          html=outlook_html(inner), html_only=True, cte="base64",
          attachments=[Leaf("application/pdf", fake_pdf("Comprobante pago 15/01/2027"), cte="base64",
                            filename="Comprobante_pago_proveedores_150127.pdf")]),
    kind="client-reply-paid", amount="3146.00", reference="FAC-2027-006",
    note="HTML-only Outlook (base64) with a table: invoice included in the 15/01 supplier payment run.")

# ---- 0124 'en cuanto me paguen a mí'
t = Thread("C", ("Acaymo Hernández", "acaymo.h@gmail.com"), "F-2027-11", 340.00, D("2027-02-10"),
           kind="reminder", sent="2027-02-17 10:00", sal="Buenos días, Acaymo Hernández:")
b = """Carmen mi niña, no me he olvidado. Es que el Ayuntamiento todavía no me ha pagado la exposición de diciembre y estoy tiesa. En cuanto me paguen a mí te pago, te lo juro por mi madre.

Acaymo
"""
put(reply(t, ("Acaymo Hernández", "acaymo.h@gmail.com"), "2027-02-17 22:10", b, tz="Atlantic/Canary",
          quote_style="gmail-android"),
    kind="client-reply-promise",
    note="'En cuanto me paguen a mí te pago': conditional, undated promise.")

# ---- 0125 N26 incoming (Spanish)
b = """Hola Nerea:

Has recibido dinero 💸

MENDIOLA PROMOCIONES SL te ha enviado 2.420,00 €.
Concepto: E27-007

Fecha: 19.02.2027

Consulta los detalles en tu app de N26.

Tu equipo de N26
N26 Bank SE, Sucursal en España · Calle de Ramírez de Prado, 5 · 28045 Madrid
"""
put(simple(("N26", "no-reply@n26.com"), [O("N")], "2027-02-19 10:31", "Has recibido 2.420,00 €", b),
    kind="payment-notification", amount="2420.00", reference="E27-007",
    note="N26 Spanish incoming money notice; the forwarded-internally invoice of 0113 gets paid. Contrast with 0074 (outgoing).")

# ---- 0126 'Realizada la transferencia' from Outlook for Android
t = Thread("D", ("Pedro Galán", "pgalan@galanseguros.es"), "DS27-009", 484.00, D("2027-02-15"),
           kind="reminder", sent="2027-02-22 09:00", sal="Buenos días, Pedro Galán:")
b = """Realizada la transferencia. Disculpa.

Obtener Outlook para Android
"""
put(reply(t, ("Pedro Galán", "pgalan@galanseguros.es"), "2027-02-22 09:41", b, prefix="RE: ", quote_style="outlook"),
    kind="client-reply-paid",
    note="Terse mobile reply: transfer done.")

# ---- 0127 'a primeros de mes' (vague)
t = Thread("L", ("Inmobiliaria Plaza Mayor", "admin@inmoplazamayor.es"), "2027-011", 786.50, D("2027-02-15"),
           kind="reminder", sent="2027-02-22 09:00", sal="Estimados señores:")
b = """Hola Lucía, este mes ha sido flojo de ventas y vamos justos. Te lo pagamos a primeros de mes sin falta.

Un saludo,
Gonzalo
Inmobiliaria Plaza Mayor · Salamanca
"""
put(reply(t, ("Gonzalo Sánchez", "admin@inmoplazamayor.es"), "2027-02-22 13:40", b, quote_style="outlook"),
    kind="client-reply-promise",
    note="'a primeros de mes' is vague -> promise without date.")

# ---- 0128 quote was VAT included -> dispute
t = Thread("D", ("Asociación Vecinal Los Bermejales", "avbermejales@gmail.com"), "DS27-010", 726.00,
           D("2027-02-15"), kind="reminder", sent="2027-02-22 09:00", sal="Estimados señores:")
b = """Buenas Diego,

Te contesto de parte de la junta. El presupuesto que nos mandaste en noviembre decía 600 € "IVA incluido" (lo tenemos por escrito en el WhatsApp del grupo y en el PDF) y la factura viene por 600 + IVA, 726 €. Nosotros aprobamos en asamblea 600 y no tenemos más.

Te pedimos que rehagas la factura por 600 € con IVA incluido.

Saludos,
Rocío Bermúdez
Secretaria AV Los Bermejales
"""
put(reply(t, ("Rocío Bermúdez", "avbermejales@gmail.com"), "2027-02-22 19:15", b, quote_style="gmail"),
    kind="client-reply-dispute",
    note="Quote said VAT included; invoice adds VAT on top: amount dispute, asks for new invoice.")

# ---- 0129 accountant on holiday, she'll look at it
t = Thread("L", ("Bodegas Pago del Cerro", "info@pagodelcerro.es"), "2027-012", 1210.00, D("2027-02-15"),
           kind="reminder", sent="2027-02-22 09:00", sal="Estimados señores:")
b = """Buenos días,

Nuestra contable, Merche, está de vacaciones esta semana. Vuelve el lunes 1 y le paso su correo para que lo revise.

Un saludo,
Bodegas Pago del Cerro · Valdepeñas
"""
put(reply(t, ("Bodegas Pago del Cerro", "info@pagodelcerro.es"), "2027-02-22 10:05", b, quote_style="outlook"),
    kind="client-reply-other",
    note="Human reply (not an auto-reply): the accountant is away and will review it; no promise to pay; return date of a third person is not an auto-reply return_date.")

# ---- 0130 paid cash to the owner's colleague
t = Thread("C", ("Feria de Artesanía Ingenio", "feriaingenio@gmail.com"), "F-2027-12", 300.00, D("2027-02-12"),
           kind="reminder", sent="2027-02-19 10:00", sal="Estimados señores:")
b = """Hola Carmen,

Esto ya está pagado: se lo di en mano a tu compañero Javier el domingo de la feria, cuando vino a recoger el equipo, 300 euros en efectivo en un sobre. Él me dijo que te lo daba. Pregúntale.

Saludos,
Candelaria
Organización Feria de Artesanía de Ingenio
"""
put(reply(t, ("Candelaria Suárez", "feriaingenio@gmail.com"), "2027-02-19 12:12", b, tz="Atlantic/Canary",
          quote_style="gmail"),
    kind="client-reply-paid", amount="300.00",
    note="Claims it was paid in cash to the owner's colleague: paid claim (to be verified).")

# ---- 0131 ALL CAPS, next week (vague)
t = Thread("N", ("Excavaciones Aranburu", "excavacionesaranburu@hotmail.com"), "E27-010", 1089.00, D("2027-02-10"),
           kind="reminder", sent="2027-02-17 09:00", sal="Estimados señores:")
b = """NEREA PERDONA EL RETRASO. LA SEMANA QUE VIENE SIN FALTA TE LO PAGO, ESTA SEMANA ESTOY EN LA OBRA DE MUNGIA Y NO PASO POR LA OFICINA.

PATXI
"""
put(reply(t, ("PATXI ARANBURU", "excavacionesaranburu@hotmail.com"), "2027-02-17 19:02", b, quote_style="outlook",
          cte="8bit"),
    kind="client-reply-promise",
    note="ALL CAPS; 'la semana que viene' = vague promise, no date.")

# ---- 0132 urgency surcharge not requested
t = Thread("J", ("Bufete Martí Navarro", "administracion@martinavarro.es"), "FAC-2027-007", 1573.00,
           D("2027-02-10"), kind="reminder", sent="2027-02-17 08:30", sal="Estimados señores:")
b = """Estimado Sr. Puig:

En su factura FAC-2027-007 figura un "recargo por urgencia (30 %)" de 300,00 € más IVA. En ningún momento solicitamos una entrega urgente: el encargo se hizo el 11 de enero con fecha de entrega 1 de febrero, tal y como consta en su propio presupuesto, y la traducción se entregó el 29 de enero.

No estamos conformes con dicho recargo. Le rogamos que emita una factura rectificativa por el importe presupuestado (1.000,00 € más IVA), que abonaremos a su recepción.

Atentamente,

Marta Navarro
Socia
BUFETE MARTÍ NAVARRO
"""
put(reply(t, ("Marta Navarro", "mnavarro@martinavarro.es"), "2027-02-17 13:20", b, prefix="RE: ",
          quote_style="outlook-old"),
    kind="client-reply-dispute", reference="FAC-2027-007",
    note="Law firm contests a 30% urgency surcharge they never requested; will pay after a corrective invoice = dispute.")

# ---- 0133 wants the hours breakdown (question)
t = Thread("D", ("Lorena Vidal", "lorena@vidalcomunicacion.es"), "DS27-011", 1452.00, D("2027-02-20"),
           kind="courtesy", sent="2027-02-15 09:00", sal="Buenos días, Lorena Vidal:")
b = """Hola Diego,

¿Me puedes mandar el detalle de horas por tarea de esta factura? No es que haya ningún problema, es que tengo que repercutírselo al cliente final y me lo pide desglosado.

Gracias!
Lorena
"""
put(reply(t, ("Lorena Vidal", "lorena@vidalcomunicacion.es"), "2027-02-15 10:15", b, quote_style="gmail"),
    kind="client-reply-other",
    note="Asks for an hours breakdown, explicitly 'no es que haya ningún problema' -> other, not dispute.")

# ---- 0134 public administration registry acknowledgement (auto)
t = Thread("N", ("Registro General Diputación Foral", "erregistroa@bizkaia.eus"), "E27-011", 2783.00,
           D("2027-02-15"), kind="reminder", sent="2027-02-22 09:00", sal="Estimados señores:")
b = """Mezu hau automatikoki sortu da. / Este mensaje se ha generado automáticamente.

Se ha recibido su correo electrónico en el buzón del Registro General. Le recordamos que la recepción de un correo electrónico en este buzón NO constituye presentación en registro a los efectos del artículo 16 de la Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo Común.

Para presentar escritos o facturas dirigidos a la Diputación Foral, utilice la sede electrónica (www.ebizkaia.eus) o, en el caso de facturas, el punto general de entrada de facturas electrónicas.

Bizkaiko Foru Aldundia / Diputación Foral de Bizkaia
"""
put(autoreply(("Erregistro Orokorra / Registro General", "erregistroa@bizkaia.eus"), t, "2027-02-22 09:00",
              "Mezu automatikoa / Mensaje automático", b),
    kind="auto-reply",
    note="Administration mailbox auto-acknowledgement (bilingual Basque/Spanish), not a person's reply.")

# ---- 0135 forwards the Bizum 'sent' confirmation
t = Thread("C", ("Saray Montesdeoca", "saraymontesdeoca@gmail.com"), "F-2027-13", 80.00, D("2027-02-15"),
           kind="reminder", sent="2027-02-22 10:00", sal="Buenos días, Saray Montesdeoca:")
b = """ahí lo tienes guapa!! 😘

---------- Forwarded message ---------
De: CaixaBank <notificaciones@caixabank.com>
Date: lun, 22 feb 2027 a las 12:58
Subject: Bizum enviado
To: <saraymontesdeoca@gmail.com>

Has enviado un Bizum

Importe: 80,00 €
Destinatario: CARMEN RUIZ
Concepto: fotos book Saray
Fecha: 22/02/2027

CaixaBank, S.A.
"""
put(reply(t, ("Saray Montesdeoca", "saraymontesdeoca@gmail.com"), "2027-02-22 13:01", b, tz="Atlantic/Canary",
          quote_style=None),
    kind="client-reply-paid", amount="80.00",
    note="Client forwards her bank's 'Bizum enviado' confirmation with 'ahí lo tienes' = paid (sender is the client, not the bank).")

# ---- 0136 Cabildo: next Thursday
t = Thread("C", ("Cabildo de Lanzarote - Cultura", "cultura@cabildodelanzarote.com"), "F-2027-14", 1815.00,
           D("2027-02-05"), kind="reminder", sent="2027-02-12 10:00", sal="Estimados señores:")
b = """Buenos días, Sra. Ruiz:

Su factura ya consta como contabilizada (fase O) y está incluida en la propuesta de pago que firma el Consejero de Hacienda esta semana. La transferencia se realizará el próximo jueves.

Saludos cordiales,

Servicio de Cultura
Cabildo de Lanzarote
"""
put(reply(t, ("Servicio de Cultura - Cabildo", "cultura@cabildodelanzarote.com"), "2027-02-15 11:22", b,
          tz="Atlantic/Canary", prefix="RE: ", quote_style="outlook"),
    kind="client-reply-promise", promised_date="2027-02-18",
    note="Cabildo: contabilizada (fase O), transfer 'el próximo jueves'; sent Mon 15 Feb 2027 -> Thu 18 Feb.")

# ---- 0137 inline answer inside the quoted reminder (Apple Mail)
t = Thread("L", ("Tomás Arribas", "tomas@arribasgastro.com"), "2027-013", 968.00, D("2027-02-12"),
           kind="reminder", sent="2027-02-19 09:00", sal="Buenos días, Tomás Arribas:")
ql = t.text.split("\n")
first, rest = "\n".join(ql[:3]), "\n".join(ql[3:])
b = ("Te contesto entre líneas.\n\nEl " + f"{t.date.day} feb 2027, a las 9:00, Lucía Martín <lucia@martinestudio.es> escribió:\n\n"
     + q_lines(first) + "\n\n"
     "Esta factura no es correcta. Quedamos en 600 más IVA por la carta y el menú del día, no en 800. "
     "Los 200 de la \"adaptación a redes\" nunca los pedí.\n\n"
     + q_lines(rest) + "\n\nTomás\n")
put(reply(t, ("Tomás Arribas", "tomas@arribasgastro.com"), "2027-02-19 23:10", b, quote_style=None,
          xmailer="X-Mailer: Apple Mail (2.3826.300.87)"),
    kind="client-reply-dispute",
    note="Inline reply inside the quoted reminder: the only new text contests the amount (600 vs 800) = dispute.")

# ---- 0138 paid by the federation on the club's behalf
t = Thread("D", ("CB Dos Hermanas", "clubbaloncestodoshermanas@gmail.com"), "DS27-012", 544.50, D("2027-02-10"),
           kind="reminder", sent="2027-02-17 09:00", sal="Estimados señores:")
b = """Buenas tardes Diego,

Te informo de que tu factura de la web del club ya ha sido abonada por la Federación Andaluza de Baloncesto, con cargo a la ayuda para clubes de cantera que nos concedieron. En el concepto irá "FAB – CB DOS HERMANAS", por si no lo reconoces. Salió el viernes.

Un saludo,
Rafael Carmona
Tesorero CB Dos Hermanas
"""
put(reply(t, ("Rafael Carmona", "clubbaloncestodoshermanas@gmail.com"), "2027-02-17 17:35", b, quote_style="gmail"),
    kind="client-reply-paid",
    note="Paid by a third party (the federation) on the club's behalf, different payer name: paid.")

# ---- 0139 wrong recipient
t = Thread("J", ("Ferran Soler", "fsoler@solerimport.com"), "FAC-2027-008", 726.00, D("2027-02-12"),
           kind="reminder", sent="2027-02-19 08:30", sal="Buenos días, Ferran Soler:")
b = """Buenos días,

Creo que se ha equivocado de destinatario. Soy Ferran Soler, de Soler Import (importación de maquinaria agrícola), y no hemos tenido nunca relación con usted ni hemos encargado ninguna traducción. Quizá busca a otro Ferran Soler.

Un saludo,
Ferran Soler
"""
put(reply(t, ("Ferran Soler", "fsoler@solerimport.com"), "2027-02-19 10:02", b, quote_style="outlook"),
    kind="client-reply-other",
    note="Wrong person (namesake) received the reminder: not a client dispute, just a misdirected mail -> other.")

# ---- 0140 'el 5 del mes que viene'
t = Thread("L", ("Bodega Cooperativa San Isidro", "administracion@coopsanisidro.es"), "2027-014", 1694.00,
           D("2027-01-20"), kind="reminder", sent="2027-01-27 09:00", sal="Estimados señores:")
b = """Buenos días Lucía:

Le comunico que el Consejo Rector aprobó ayer el pago de su factura. Se la pagamos el 5 del mes que viene, junto con la liquidación de la uva a los socios.

Un saludo,
Francisca Morcillo
Administración – Cooperativa San Isidro (Socuéllamos)
"""
put(reply(t, ("Francisca Morcillo", "administracion@coopsanisidro.es"), "2027-01-27 12:45", b, quote_style="outlook",
          charset="cp1252", declared="iso-8859-1", hcharset="iso-8859-1"),
    kind="client-reply-promise", promised_date="2027-02-05",
    note="Cooperative: 'el 5 del mes que viene' sent 27 Jan -> 5 Feb 2027. Approved yesterday is not payment.")

# ---- 0141 wants a discount
t = Thread("N", ("Gerencia Hotel Kursaal Etxea", "gerencia@kursaaletxea.com"), "E27-012", 3025.00, D("2027-02-15"),
           kind="reminder", sent="2027-02-22 09:00", sal="Estimados señores:")
b = """Hola Nerea,

Te la pagamos hoy mismo si nos aplicas el 10 % de descuento que nos hiciste el año pasado en el proyecto de las habitaciones. Con lo que está costando la obra no nos llega para todo. Si te parece bien, mándanos la factura con el descuento y la pago en el momento.

Un abrazo,
Unai
"""
put(reply(t, ("Unai Garmendia", "gerencia@kursaaletxea.com"), "2027-02-22 10:30", b, quote_style="gmail"),
    kind="client-reply-dispute",
    note="Pays today only if a 10% discount is applied -> wants a discount = dispute (conditional promise doesn't win).")

# ---- 0142 'lo reviso con contabilidad'
t = Thread("D", ("Ignacio Pardo", "ipardo@pardoconsultoria.es"), "DS27-013", 968.00, D("2027-02-15"),
           kind="reminder", sent="2027-02-22 09:00", sal="Buenos días, Ignacio Pardo:")
b = """Gracias por el recordatorio, Diego. Lo reviso con contabilidad y te digo algo.

Un saludo,
Ignacio
"""
put(reply(t, ("Ignacio Pardo", "ipardo@pardoconsultoria.es"), "2027-02-22 11:45", b, quote_style="outlook"),
    kind="client-reply-other",
    note="'Lo reviso con contabilidad y te digo algo' commits to nothing -> other.")

# ---- 0143 Gmail HTML with signature, transfer done on the 2nd
t = Thread("J", ("Laia Ferrer", "laia@ferrerfilms.cat"), "FAC-2027-009", 847.00, D("2027-01-31"),
           kind="reminder", sent="2027-02-08 08:30", sal="Buenos días, Laia Ferrer:")
b = """Hola Jordi!

La transferencia está hecha desde el día 2, te adjunto el PDF del banco. Debe de ser que tarda porque la hice desde la cuenta de Triodos.

Una abraçada,

--
Laia Ferrer
Productora · Ferrer Films
+34 654 32 10 98 · ferrerfilms.cat
"""
h = gmail_html("<div>Hola Jordi!</div><div><br></div><div>La transferencia está hecha desde el día 2, te adjunto el PDF "
               "del banco. Debe de ser que tarda porque la hice desde la cuenta de Triodos.</div><div><br></div>"
               "<div>Una abraçada,</div><div><br></div><span class='gmail_signature_prefix'>-- </span><br>"
               "<div dir='ltr' class='gmail_signature'><div><b>Laia Ferrer</b></div><div style='color:#888'>Productora · "
               "Ferrer Films</div><div style='color:#888'>+34 654 32 10 98 · <a href='https://ferrerfilms.cat'>ferrerfilms.cat</a>"
               "</div><img src='https://ferrerfilms.cat/firma.png' width='120'></div><br>") + html_quote(t)
put(reply(t, ("Laia Ferrer", "laia@ferrerfilms.cat"), "2027-02-08 12:20", b, quote_style="gmail", html=h,
          attachments=[Leaf("application/pdf", fake_pdf("Triodos Bank orden de transferencia"), cte="base64",
                            filename="Triodos_transferencia_020227.pdf")]),
    kind="client-reply-paid",
    note="Gmail multipart/alternative with signature + PDF: transfer done on the 2nd.")

# ---- 0144 answer to the promise follow-up: now Wednesday
t = Thread("D", ("Álvaro Robles", "alvaro@roblesyhijos-aceites.es"), "DS26-056", 1512.50, D("2027-01-05"),
           kind="promise_followup", sent="2027-02-02 09:00", sal="Buenos días, Álvaro Robles:", promise=D("2027-01-31"))
b = """Diego, tienes toda la razón, se me ha ido de las manos. Los socios cobraron tarde la liquidación y me he quedado sin margen. Ahora sí: el miércoles te hago la transferencia completa, palabra.

Álvaro
"""
put(reply(t, ("Álvaro Robles", "alvaro@roblesyhijos-aceites.es"), "2027-02-02 12:10", b, quote_style="gmail"),
    kind="client-reply-promise", promised_date="2027-02-03",
    note="Reply to the promise follow-up (the quote mentions the old date 31 Jan); new promise 'el miércoles' sent Tue 2 Feb 2027 -> Wed 3 Feb.")

# ---- 0145 lawyer answers the formal demand
t = Thread("D", ("Reformas Hnos. Cabello", "reformascabello@hotmail.es"), "DS26-060", 2420.00, D("2026-12-20"),
           kind="final", sent="2027-02-15 09:00", sal="Estimados señores:", deadline=D("2027-03-01"))
b = """Sr. Salvatierra:

Me dirijo a usted en nombre y representación de D. Antonio Cabello Ruiz y de REFORMAS HERMANOS CABELLO, S.C., en relación con su requerimiento de pago de fecha 15 de febrero de 2027.

Mi representado no reconoce la deuda reclamada. La aplicación de gestión de presupuestos objeto de la factura DS26-060 se entregó con defectos que impiden su uso (el módulo de mediciones no calcula correctamente los importes con IVA y el envío de presupuestos por correo no funciona), defectos que le fueron comunicados por escrito el 14 de enero sin que hayan sido subsanados.

En consecuencia, nos oponemos al pago de la factura mientras no se corrijan dichos defectos, sin perjuicio de estar abiertos a la negociación a la que usted mismo invita.

Atentamente,

Lcdo. Fernando Ortega Lama
Abogado · ICA Sevilla n.º 9.873
"""
put(reply(t, ("Fernando Ortega Lama", "fortega@ortegalama-abogados.es"), "2027-02-19 13:30", b, prefix="RE: ",
          quote_style="outlook", cc=[("Antonio Cabello", "reformascabello@hotmail.es")]),
    kind="client-reply-dispute", reference="DS26-060",
    note="Client's lawyer answers the formal demand: denies the debt, defects unremedied = dispute. Sender is a third party on the client's side.")

# ---- 0146 answer to the paid-claim follow-up with transfer details
t = Thread("J", ("Elena Ibarra", "elena.ibarra@lexmundi-trad.es"), "FAC-2026-125", 390.00, D("2026-12-02"),
           kind="paid_claim_followup", sent="2026-12-17 08:30", sal="Buenos días, Elena Ibarra:", claim=D("2026-12-10"))
b = """Hola Jordi,

Lo he mirado con el banco. La transferencia se ejecutó el 7 de diciembre, referencia 0081-7725-93, por 390,00 €, pero se fue al IBAN antiguo que teníamos tuyo del año pasado (el del Sabadell). El banco dice que si la cuenta sigue abierta estará ahí; si está cerrada la devolverán en unos días y te la vuelvo a mandar a la nueva.

Perdona el lío.
Elena
"""
put(reply(t, ("Elena Ibarra", "elena.ibarra@lexmundi-trad.es"), "2026-12-17 10:50", b, quote_style="gmail"),
    kind="client-reply-paid", amount="390.00",
    note="Reply to 'payment not received' follow-up: transfer executed (to an old IBAN). Still a paid claim; the resend is conditional.")

# ---- 0147 answer to the suspension warning: on the 26th
t = Thread("D", ("Hostal Los Naranjos", "reservas@hostallosnaranjos.es"), "DS27-014", 363.00, D("2027-01-31"),
           kind="suspension", sent="2027-02-22 09:00", sal="Estimados señores:", deadline=D("2027-03-01"))
b = """Diego por favor no nos quites la web que estamos en plena temporada de reservas de Semana Santa. Te lo pago el 26 sin falta, que es cuando cobro las reservas de Booking.

Lola
Hostal Los Naranjos
"""
put(reply(t, ("Lola Benítez", "reservas@hostallosnaranjos.es"), "2027-02-22 14:55", b, quote_style="gmail-android"),
    kind="client-reply-promise", promised_date="2027-02-26",
    note="Reply to the suspension warning; 'el 26' sent 22 Feb 2027 -> 26 Feb. Mentions Semana Santa bookings (not a date).")

# ---- 0148 answer to the thank-you note
t = Thread("C", ("Nayra Déniz", "nayra.deniz@gmail.com"), "F-2026-48", 390.00, D("2026-12-18"),
           kind="reminder", sent="2026-12-28 10:00", sal="Buenos días, Nayra Déniz:",
           subject="Pago recibido: factura n.º F-2026-48",
           text="Buenos días, Nayra Déniz:\n\nConfirmo que he recibido el 28 de diciembre de 2026 el pago de la factura n.º "
                "F-2026-48 (390,00 €). ¡Muchas gracias!\n\nQuedo a su disposición para cualquier otra cuestión.\n\n"
                "Un cordial saludo,\nCarmen Ruiz\n")
b = """¡A ti, Carmen! Qué formal te has puesto jajaja. En enero te escribo lo de la boda 💍

Nayra
"""
put(reply(t, ("Nayra Déniz", "nayra.deniz@gmail.com"), "2026-12-28 18:02", b, tz="Atlantic/Canary",
          quote_style="gmail"),
    kind="client-reply-other",
    note="Reply to the owner's payment-received thank-you: chit-chat, no payment claim of its own.")

# ---- 0149 Quipu: overdue invoices summary (other)
b = """Hola Nerea,

Este es tu resumen semanal de Quipu:

Facturas vencidas sin cobrar: 3
· E27-003 · Urrutia Diseinua · 847,00 € · vencida hace 22 días
· E27-010 · Excavaciones Aranburu · 1.089,00 € · vencida hace 12 días
· E27-012 · Hotel Kursaal Etxea · 3.025,00 € · vencida hace 7 días

Total pendiente de cobro: 4.961,00 €

Cobros registrados esta semana: 1 (E27-007 · 2.420,00 €)

Ver todas tus facturas: https://app.getquipu.com/invoices

El equipo de Quipu
Para dejar de recibir este resumen, ve a Configuración > Notificaciones.
"""
put(simple(("Quipu", "noreply@getquipu.com"), [O("N")], "2027-02-22 07:00", "Tu resumen semanal: 3 facturas vencidas",
           b),
    kind="other",
    note="Quipu weekly summary (overdue invoices, one payment recorded): bookkeeping tool digest, not a payment notice.")

# ---- 0150 Bizum between friends (other)
b = """Banco Sabadell

Has recibido un Bizum

ANE G. te ha enviado 12,50 €
Concepto: pizza cumple Ane 🍕🎂

Fecha: 13/02/2027 23:41

Ya tienes el dinero en tu cuenta.

Banco de Sabadell, S.A. Avda. Óscar Esplá, 37. 03007 Alicante.
"""
put(simple(("Banco Sabadell", "bizum@notificaciones.bancsabadell.com"), [O("N")], "2027-02-13 23:41",
           "Has recibido un Bizum", b),
    kind="other", amount="12.50",
    note="Bizum from a friend for a pizza (birthday dinner): money in, but not a client payment -> other per the brief.")

# ---- 0151 client's accountant writes: paid today
t = Thread("L", ("Estudio de Danza Candela", "info@danzacandela.es"), "2027-015", 363.00, D("2027-02-10"),
           kind="reminder", sent="2027-02-17 09:00", sal="Estimados señores:",
           to=[("Estudio de Danza Candela", "info@danzacandela.es")])
b = """Buenos días, Sra. Martín:

Le escribimos desde Asesoría Peña & Vidal, que lleva la contabilidad y los pagos del Estudio de Danza Candela. Nos han reenviado su recordatorio: hemos realizado hoy el pago de la factura 2027-015 por importe de 363,00 € mediante transferencia desde la cuenta del estudio en Ibercaja.

Quedamos a su disposición.

Asesoría Peña & Vidal
Departamento de Contabilidad
Zaragoza
"""
put(reply(t, ("Asesoría Peña & Vidal", "contabilidad@penavidalasesores.com"), "2027-02-18 10:30", b, prefix="RE: ",
          quote_style="outlook", cc=[("Estudio de Danza Candela", "info@danzacandela.es")]),
    kind="client-reply-paid", amount="363.00", reference="2027-015",
    note="The client's external accountant (different domain) reports payment made today.")

# ---- 0152 Re: RE: double prefix, iso-8859-1 QP, polite elderly client
t = Thread("N", ("Josefina Aldekoa", "josefina.aldekoa@telefonica.net"), "E27-013", 302.50, D("2027-02-12"),
           kind="reminder", sent="2027-02-19 09:00", sal="Buenos días, Josefina Aldekoa:",
           subject="RE: Factura E27-013 certificado eficiencia energética")
b = """Estimada Nerea:

Disculpe usted la tardanza. Ayer fue mi sobrino al banco y ya se ha pagado la factura del certificado. Muchas gracias por todo y por la paciencia con esta señora mayor.

Un saludo afectuoso,
Josefina Aldekoa
"""
put(reply(t, ("Josefina Aldekoa", "josefina.aldekoa@telefonica.net"), "2027-02-20 11:15", b, prefix="Re: ",
          quote_style="thunderbird", charset="cp1252", declared="iso-8859-1", hcharset="iso-8859-1"),
    kind="client-reply-paid",
    note="Elderly client: her nephew paid at the bank yesterday; 'Re: RE:' subject, Thunderbird quote, latin-1-labelled QP.")


# =================================================================================================
# output + sanity check
# =================================================================================================
KEY_ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
             "failed_recipient", "permanent", "note"]


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{s}"'


def check(path, labels):
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("Date", "From", "To", "Subject", "Message-ID"):
        assert msg[h], f"{path}: missing {h}"
    assert msg["Date"].datetime is not None, path
    for line in raw.split(b"\r\n"):
        assert len(line) <= 998, f"{path}: line too long"
    # every part decodes
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct.startswith("message/delivery"):
            part.get_content()
        else:
            part.get_payload(decode=True)
    d = msg["Date"].datetime.date()
    assert dt.date(2026, 11, 1) <= d <= dt.date(2027, 2, 28), f"{path}: date {d}"
    for k in ("promised_date", "return_date"):
        if k in labels:
            dt.date.fromisoformat(labels[k])
    if labels["kind"] == "bounce":
        assert "failed_recipient" in labels and "permanent" in labels, path
    if "currency" in labels:
        assert "amount" in labels, path


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# round7-es labels (writer w7-es). Generated by make.py.", ""]
    for i, (raw, labels) in enumerate(MESSAGES, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        path = os.path.join(HERE, name)
        with open(path, "wb") as fh:
            fh.write(raw)
        check(path, labels)
        out.append(f'[files."{name}"]')
        for k in KEY_ORDER:
            if k in labels:
                out.append(f"{k} = {toml_value(labels[k])}")
        extra = set(labels) - set(KEY_ORDER)
        assert not extra, (name, extra)
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    try:
        import tomllib
        with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
            parsed = tomllib.load(fh)
        assert len(parsed["files"]) == len(MESSAGES)
    except ImportError:
        pass
    from collections import Counter
    c = Counter(l["kind"] for _, l in MESSAGES)
    print(f"wrote {len(MESSAGES)} messages; all parse.")
    for k, n in sorted(c.items(), key=lambda x: -x[1]):
        print(f"  {k:22s} {n}")


if __name__ == "__main__":
    main()
