#!/usr/bin/env python3
"""round14-es: respuestas de clientes en español (España ~65 %, Argentina, Colombia, Chile, México).

Genera r14e-NNNN.eml y labels.toml en este directorio. Solo biblioteca estándar (Python 3.11).
Los cuerpos de los mensajes están escritos a mano más abajo (sección MENSAJES); aquí arriba solo hay
fontanería MIME, esqueletos HTML y las cartas de recordatorio citadas (copiadas de templates/es).
"""
import base64
import datetime as _dt
import email
import email.policy
import email.utils
import hashlib
import html as _html
import os
import quopri
import random
import sys
import zoneinfo
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r14e"

# ---------------------------------------------------------------------------
# Los freelancers (dueños del buzón)
# ---------------------------------------------------------------------------
OWNERS = {
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", benef="Lucía Martín Sanz",
                  iban="ES76 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", tz="Europe/Madrid"),
    "javier": dict(name="Javier Ortega", addr="javier@ortegadev.es", benef="Javier Ortega Climent",
                   iban="ES12 0081 0216 7100 0123 4567", bic="BSABESBBXXX", tz="Europe/Madrid"),
    "carmen": dict(name="Carmen Ruiz Gallego", addr="carmen@ruiztraducciones.com", benef="Carmen Ruiz Gallego",
                   iban="ES91 0182 5322 2002 0153 7788", bic="BBVAESMMXXX", tz="Europe/Madrid"),
    "nacho": dict(name="Nacho Herrera", addr="nacho@nachoherrera.photo", benef="Ignacio Herrera Déniz",
                  iban="ES44 3058 6101 1827 2000 4419", bic="CCRIES2A", tz="Atlantic/Canary"),
    "daniela": dict(name="Daniela Restrepo", addr="daniela@danirestrepo.co", benef=None, iban=None, bic=None,
                    tz="America/Bogota",
                    payment_details="cuenta de ahorros Bancolombia n.º 102-458721-33 a nombre de Daniela Restrepo Gil, C.C. 1.037.612.448"),
}

DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def dt(s, tz):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=zoneinfo.ZoneInfo(tz))


def larga(d):  # "16 de noviembre de 2026"
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def H(s):
    """Codifica una cabecera si hace falta."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, a):
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, a), charset="utf-8")


def split_addr(s):
    n, a = email.utils.parseaddr(s)
    return n, a


_seq = [0]


def token(*parts, n=16):
    _seq[0] += 1
    h = hashlib.sha1(("|".join(map(str, parts)) + str(_seq[0])).encode()).hexdigest()
    return h[:n]


# ---------------------------------------------------------------------------
# MIME
# ---------------------------------------------------------------------------
class Leaf:
    def __init__(self, ctype, data, cte="7bit", params=None, headers=None):
        self.ctype, self.data, self.cte = ctype, data, cte
        self.params = params or {}
        self.headers = headers or []

    def render(self):
        p = "".join(f'; {k}="{v}"' if k in ("name", "boundary", "filename") else f"; {k}={v}"
                    for k, v in self.params.items())
        out = [f"Content-Type: {self.ctype}{p}".encode()]
        if self.cte:
            out.append(f"Content-Transfer-Encoding: {self.cte}".encode())
        for k, v in self.headers:
            out.append(f"{k}: {v}".encode())
        out.append(b"")
        if self.cte == "base64":
            body = base64.encodebytes(self.data)
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(self.data)
        else:
            body = self.data
        if not body.endswith(b"\n"):
            body += b"\n"
        return b"\n".join(out) + b"\n" + body


class Multi:
    def __init__(self, subtype, parts, params=None, headers=None):
        self.subtype, self.parts = subtype, parts
        self.params = params or {}
        self.headers = headers or []
        self.boundary = "----=_Part_" + token(subtype, len(parts), n=20)

    def render(self):
        p = "".join(f"; {k}={v}" for k, v in self.params.items())
        out = f'Content-Type: multipart/{self.subtype}{p}; boundary="{self.boundary}"\n'.encode()
        for k, v in self.headers:
            out += f"{k}: {v}\n".encode()
        out += b"\n"
        for part in self.parts:
            out += f"--{self.boundary}\n".encode() + part.render()
        out += f"--{self.boundary}--\n".encode()
        return out


def text_leaf(text, subtype="plain", charset="utf-8", cte="8bit", codec=None, headers=None):
    data = text.encode(codec or charset)
    return Leaf(f"text/{subtype}", data, cte, {"charset": charset}, headers)


def attach_leaf(filename, ctype, data):
    return Leaf(ctype, data, "base64", {"name": filename},
                [("Content-Disposition", f'attachment; filename="{filename}"')])


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            f"4 0 obj<</Title({title})>>endobj\ntrailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


def fake_png():
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\xd0\x00\x00\x05\x00\x08\x06\x00\x00\x00"
            b"\x8e\x1a\x9b\x1c\x00\x00\x00\x0bIDATx\x9cc\xf8\x0f\x00\x01\x01\x01\x00\x18\xdd\x8d\xb4"
            b"\x00\x00\x00\x00IEND\xaeB`\x82")


def serialize(headers, part):
    out = b""
    for k, v in headers:
        out += f"{k}: {v}\n".encode()
    out += b"MIME-Version: 1.0\n"
    return out + part.render()


# ---------------------------------------------------------------------------
# Las cartas que manda mailduns (texto de templates/es, rellenado a mano)
# ---------------------------------------------------------------------------
def saludo(c):
    name, kind = c.get("name"), c.get("kind")
    if c.get("salutation"):
        return c["salutation"]
    if kind == "company":
        return "Estimados señores:"
    if kind == "person" and name:
        t = name.split()[0].lower()
        if t in ("sra.", "sra", "dña.", "doña"):
            return f"Estimada {name}:"
        if t in ("sr.", "sr", "d.", "don"):
            return f"Estimado {name}:"
        return f"Buenos días, {name}:"
    return "Buenos días:"


def pago(o, inv, several=False):
    if o.get("iban"):
        lines = ["Datos para el pago:"]
        if o.get("benef"):
            lines.append(f"- beneficiario: {o['benef']}")
        lines.append(f"- IBAN: {o['iban']}")
        if o.get("bic"):
            lines.append(f"- BIC: {o['bic']}")
        lines.append(f"- concepto: Factura {inv['num']}")
        return "\n".join(lines)
    if o.get("payment_details"):
        return f"Datos para el pago: {o['payment_details']}"
    if several:
        return "Los datos para el pago figuran en las facturas, en los mensajes con los que se enviaron."
    return "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación."


def fees_block(inv):
    f = inv.get("fees")
    if not f:
        return ""
    lines = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que se "
             "establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). "
             "Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de demora al tipo legal: "
             "el tipo del Banco Central Europeo para sus operaciones principales de financiación más ocho puntos "
             "porcentuales, actualmente el 10,15 % anual (arts. 5 y 7). A la deuda se añade, además, una cantidad fija "
             "de 40,00 € en concepto de indemnización por costes de cobro (art. 8).\n\n"
             "A día de hoy, el importe adeudado es el siguiente:\n")
    return lines + "\n".join(f"- {x}" for x in f) + "\n\n"


def letter(t, o, inv, c):
    n, amt, due = inv["num"], inv.get("amount"), inv.get("due")
    de = f" de {amt}" if amt else ""
    s = saludo(c)
    if t == "invoice":
        first = c.get("first") or ""
        return (f"Hola{(' ' + first) if first else ''}:\n\nTe envío adjunta la factura n.º {n}"
                f"{' (' + inv['concept'] + ')' if inv.get('concept') else ''}, por importe de {amt}, "
                f"con vencimiento el {due}.\n\n{pago(o, inv)}\n\nMuchas gracias y un saludo,\n{o['name']}")
    if t == "courtesy":
        em = f", emitida el {inv['issue']}," if inv.get("issue") else ""
        return (f"{s}\n\nUn breve recordatorio: la factura n.º {n}{de}{em} vence el {due}.\n\n"
                f"Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n{pago(o, inv)}\n\n"
                f"Para cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{o['name']}")
    if t == "due":
        return (f"{s}\n\nLa factura n.º {n}{de} venció el {due} y, según mis registros, el pago aún no consta. "
                f"Agradecería que se tramitara en los próximos días.\n\n"
                f"Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n{pago(o, inv)}\n\n"
                f"Para cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{o['name']}")
    if t == "reminder":
        return (f"{s}\n\nRevisando mis cuentas, veo que la factura n.º {n}{de}, vencida el {due}, sigue pendiente de "
                f"pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea "
                f"posible.\n\n{fees_block(inv)}"
                f"Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
                f"transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos "
                f"aclararlo por esta misma vía.\n\n{pago(o, inv)}\n\nUn cordial saludo,\n{o['name']}")
    if t == "late_fee":
        dl = inv.get("days_late", 0)
        hace = f", hace {dl} días," if dl > 1 else ""
        tot = inv.get("fee_total") or amt
        return (f"{s}\n\nLa factura n.º {n}{de} venció el {due}{hace} y sigue pendiente de pago.\n\n{fees_block(inv)}"
                f"Ruego que el pago de {tot} se realice a más tardar el {inv['deadline']}. Si ya está en curso, muchas "
                f"gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la "
                f"factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n{pago(o, inv)}\n\n"
                f"Un cordial saludo,\n{o['name']}")
    if t == "final":
        return (f"{s}\n\nLa factura n.º {n}, emitida a nombre de {c.get('legal') or c.get('name')}"
                f"{' el ' + inv['issue'] if inv.get('issue') else ''}, venció el {due} y, pese a los recordatorios "
                f"enviados anteriormente, sigue pendiente de pago por un importe de {amt}.\n\n{fees_block(inv)}"
                f"Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de "
                f"{inv.get('fee_total') or amt} a más tardar el {inv['deadline']}.\n\n"
                f"Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                f"invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                f"medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
                f"retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                f"responder a este correo.\n\nSi para el {inv['deadline']} no se ha recibido el pago ni hemos llegado a un "
                f"acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el "
                f"procedimiento monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los "
                f"últimos días, muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta con "
                f"la fecha de la transferencia.\n\n{pago(o, inv)}\n\nAtentamente,\n{o['name']}")
    if t == "suspension":
        return (f"{s}\n\nVuelvo a ponerme en contacto en relación con la factura n.º {n}{de}, vencida el {due} y todavía "
                f"pendiente de pago.\n\n{fees_block(inv)}"
                f"Si para el {inv['deadline']} no se ha recibido el pago{de}, a partir del {inv['suspension']} podría "
                f"verme en la necesidad de suspender los trabajos en curso y la prestación de los servicios contratados "
                f"hasta que se regularice la situación. Si existe alguna dificultad (por ejemplo, si es necesario "
                f"fraccionar el pago), basta con responder a este correo y buscaremos una solución.\n\n{pago(o, inv)}\n\n"
                f"Un cordial saludo,\n{o['name']}")
    if t == "promise_followup":
        if inv.get("promise_date"):
            first = (f"Según su último mensaje, el pago de la factura n.º {n}{de} se realizaría a más tardar el "
                     f"{inv['promise_date']}; gracias de nuevo por la información.")
        else:
            first = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {n}{de}, vencida el {due}.")
        return (f"{s}\n\n{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: "
                f"basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil "
                f"saber para cuándo puedo contar con él.\n\n{pago(o, inv)}\n\nUn cordial saludo,\n{o['name']}")
    if t == "paid_claim_followup":
        cd = f" el {inv['claim_date']}" if inv.get("claim_date") else ""
        po = f" (transferencia ordenada el {inv['paid_on']})" if inv.get("paid_on") else ""
        datos = ""
        if o.get("iban"):
            datos = (f"Para comprobarlo, estos son los datos bancarios correctos:\n- beneficiario: {o['benef']}\n"
                     f"- IBAN: {o['iban']}\n- concepto: Factura {n}\n\n")
        return (f"{s}\n\nMuchas gracias por comunicarme{cd} que la factura n.º {n}{de} ya está pagada{po}.\n\n"
                f"Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos "
                f"días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería de "
                f"gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el "
                f"justificante.\n\n{datos}Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: "
                f"en ese caso no es necesario hacer nada más. Gracias por su colaboración.\n\nUn cordial saludo,\n{o['name']}")
    if t == "statement":
        rows = []
        for i in inv["invoices"]:
            rows.append(f"- n.º {i['num']}, del {i['issue']}, vencida el {i['due']} ({i['late']} días de retraso): {i['amount']}")
        return (f"{s}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n"
                + "\n".join(rows) +
                f"\n\nTotal a pagar: {inv['total']}\n\nRuego que el pago de estas facturas se realice a más tardar el "
                f"{inv['deadline']}. Si alguna de ellas ya está pagada, muchas gracias: basta con responder indicando "
                f"cuáles y la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema "
                f"con alguna factura, podemos aclararlo por esta misma vía.\n\n{pago(o, inv, several=True)}\n\n"
                f"Un cordial saludo,\n{o['name']}")
    raise ValueError(t)


def letter_subject(t, o, inv):
    n = inv["num"]
    return {
        "invoice": f"Factura {n}",
        "courtesy": f"Recordatorio: factura n.º {n}",
        "due": f"Vencimiento de la factura n.º {n}",
        "reminder": f"Recordatorio de pago: factura n.º {n}",
        "late_fee": f"Factura n.º {n} pendiente de pago",
        "final": f"Requerimiento de pago de la factura n.º {n}",
        "suspension": f"Factura n.º {n}: aviso de suspensión de los trabajos",
        "promise_followup": f"Factura n.º {n}: pago pendiente",
        "paid_claim_followup": f"Factura n.º {n}: pago no recibido",
        "statement": f"Facturas pendientes – {o['name']}",
    }[t]


# ---------------------------------------------------------------------------
# Citas: cómo cita cada programa
# ---------------------------------------------------------------------------
def attribution(style, o, qd, to_s, subj):
    d = qd
    if style == "gmail":
        return f"El {DIAS3[d.weekday()]}, {d.day} {MES3[d.month-1]} {d.year} a las {d:%H:%M}, {o['name']} (<{o['addr']}>) escribió:"
    if style == "gmail_old":
        return f"El {DIAS3[d.weekday()]}., {d.day} {MES3[d.month-1]}. {d.year} a las {d:%H:%M}, {o['name']} (<{o['addr']}>) escribió:"
    if style == "apple":
        return f"El {d.day} {MES3[d.month-1]} {d.year}, a las {d:%H:%M}, {o['name']} <{o['addr']}> escribió:"
    if style == "thunderbird":
        return f"El {d:%d/%m/%Y} a las {d:%H:%M}, {o['name']} escribió:"
    if style == "outlook":
        return (f"De: {o['name']} <{o['addr']}>\nEnviado: {DIAS[d.weekday()]}, {d.day} de {MESES[d.month-1]} de "
                f"{d.year} {d:%H:%M}\nPara: {to_s}\nAsunto: {subj}")
    if style == "outlook_old":
        return (f"-----Mensaje original-----\nDe: {o['name']} [mailto:{o['addr']}]\nEnviado el: {DIAS[d.weekday()]}, "
                f"{d.day} de {MESES[d.month-1]} de {d.year} {d:%H:%M}\nPara: {to_s}\nAsunto: {subj}")
    if style == "samsung":
        z = d.strftime("%z")
        return (f"-------- Mensaje original --------\nDe: {o['name']} <{o['addr']}>\nFecha: {d:%d/%m/%y} {d:%H:%M} "
                f"(GMT{z[:3]}:{z[3:]})\nA: {to_s}\nAsunto: {subj}")
    raise ValueError(style)


def quote_text(style, o, qd, to_s, subj, text):
    att = attribution(style, o, qd, to_s, subj)
    if style in ("outlook", "outlook_old", "samsung"):
        sep = "________________________________\n" if style == "outlook" else ""
        return f"{sep}{att}\n\n{text}"
    q = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    return f"{att}\n\n{q}" if style == "apple" else f"{att}\n{q}"


def esc(s):
    return _html.escape(s, quote=False)


def t2h(text, p=False):
    if p:
        return "\n".join(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}</p>' for l in text.split("\n"))
    return "<br>\n".join(esc(l) for l in text.split("\n"))


def quote_html(style, o, qd, to_s, subj, text):
    att = attribution(style, o, qd, to_s, subj)
    if style in ("outlook", "outlook_old", "samsung"):
        lines = att.split("\n")
        if lines[0].startswith("-----"):
            lines = lines[1:]
        hdr = "<br>\n".join(f"<b>{esc(l.split(':', 1)[0])}:</b>{esc(l.split(':', 1)[1])}" for l in lines)
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal">{hdr}</p>\n</div>\n<p class="MsoNormal">&nbsp;</p>\n' + t2h(text, p=True))
    if style == "apple":
        return (f'<div><br><blockquote type="cite"><div>{esc(att)}</div><br>'
                f'<div><div>{t2h(text)}</div></div></blockquote></div>')
    return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(att)}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            f'padding-left:1ex">{t2h(text)}</blockquote></div>')


def wrap_html(style, body_html, quote_h, charset):
    if style.startswith("outlook") or style == "samsung":
        return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                f'charset={charset}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}\n'
                f'a:link, span.MsoHyperlink {{color:#0563C1; text-decoration:underline;}}\n'
                f'@page WordSection1 {{size:612.0pt 792.0pt; margin:70.85pt 3.0cm 70.85pt 3.0cm;}}\n'
                f'div.WordSection1 {{page:WordSection1;}}\n--></style>\n</head>\n'
                f'<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{body_html}\n<p class="MsoNormal">&nbsp;</p>\n{quote_h}\n</div>\n</body>\n</html>\n')
    if style == "apple":
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                f'<div dir="ltr">{body_html}</div>{quote_h}</body></html>\n')
    return f'<div dir="ltr">{body_html}</div><br>{quote_h}\n'


# ---------------------------------------------------------------------------
# Construcción de una respuesta de cliente
# ---------------------------------------------------------------------------
MESSAGES = []   # (label dict, bytes)


def msgid_for(style, domain, seed):
    t = token(seed, n=32)
    if style == "apple":
        return f"<{t[:8].upper()}-{t[8:12].upper()}-{t[12:16].upper()}-{t[16:20].upper()}-{t[20:32].upper()}@{domain}>"
    if domain == "gmail.com" or style.startswith("gmail"):
        return f"<CA+{t[:10]}{t[10:20].upper()}_{t[20:26]}=q{t[26:]}@mail.gmail.com>"
    if style.startswith("outlook"):
        return f"<{t[:4].upper()}PR{t[4:6]}MB{t[6:10]}{t[10:26].upper()}@{t[:4].upper()}PR{t[4:6]}MB{t[6:10]}.eurprd0{int(t[26],16)%9+1}.prod.outlook.com>"
    if style == "apple":
        return f"<{t[:8].upper()}-{t[8:12].upper()}-{t[12:16].upper()}-{t[16:20].upper()}-{t[20:32].upper()}@{domain}>"
    return f"<{t[:24]}@{domain}>"


def M(label, frm, body, *, o="lucia", date, tz="Europe/Madrid", inv=None, c=None, qt=None, qd=None, style="gmail",
      quote=True, subj=None, re="Re: ", to=None, cc=None, fmt="plain", charset="utf-8", codec=None, cte="8bit",
      body_html=None, att=(), hdrs=(), mailer=None, bare_quote=None, thread=True):
    """Una respuesta escrita por un cliente a la factura o a un recordatorio de mailduns."""
    O = OWNERS[o]
    c = c or {}
    d = dt(date, tz)
    fname, faddr = split_addr(frm)
    domain = faddr.split("@")[1]
    to_s = to or addr(O["name"], O["addr"])
    orig_subj = letter_subject(qt, O, inv) if qt else None
    subject = subj if subj is not None else (re + orig_subj)
    text = body.strip("\n")
    htmlpart = None
    q_txt = q_h = ""
    if qt:
        qdd = dt(qd, O["tz"]).astimezone(zoneinfo.ZoneInfo(tz))
        letter_txt = letter(qt, O, inv, c)
        client_to = f"{fname} <{faddr}>" if fname else faddr
        if quote:
            q_txt = quote_text(style, O, qdd, client_to, orig_subj, letter_txt)
            q_h = quote_html(style, O, qdd, client_to, orig_subj, letter_txt)
    full = text + ("\n\n" + q_txt if q_txt else "") + "\n"
    if fmt in ("alt", "html"):
        bh = body_html if body_html is not None else (
            t2h(text, p=True) if (style.startswith("outlook") or style == "samsung") else f"<div>{t2h(text)}</div>")
        htmlpart = wrap_html(style, bh, q_h, charset)
    if fmt == "plain":
        part = text_leaf(full, "plain", charset, cte, codec)
    elif fmt == "html":
        part = text_leaf(htmlpart, "html", charset, cte, codec)
    else:
        part = Multi("alternative", [text_leaf(full, "plain", charset, cte, codec),
                                     text_leaf(htmlpart, "html", charset, cte, codec)])
    if att:
        leaves = [attach_leaf(*a) for a in att]
        part = Multi("mixed", [part] + leaves)
    mid = msgid_for(style, domain, f"{faddr}{date}")
    headers = [("Date", email.utils.format_datetime(d)), ("From", addr(fname, faddr)), ("To", to_s)]
    if cc:
        headers.append(("Cc", cc))
    headers += [("Subject", H(subject)), ("Message-ID", mid)]
    if qt and thread:
        qmid = f"<{dt(qd, O['tz']).strftime('%Y%m%d%H%M%S')}.{token(qt, inv['num'], n=10)}@{O['addr'].split('@')[1]}>"
        headers += [("In-Reply-To", qmid), ("References", qmid)]
    if mailer is None:
        mailer = {"outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
                  "outlook_old": ("X-Mailer", "Microsoft Office Outlook 12.0"),
                  "apple": ("X-Mailer", "Apple Mail (2.3774.600.62)"),
                  "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
                  "samsung": ("X-Mailer", "Samsung Mobile")}.get(style)
    if mailer:
        headers.append(mailer)
    headers += list(hdrs)
    MESSAGES.append((label, serialize(headers, part)))


def RAW(label, headers, part):
    """Correo de máquina: cabeceras ya preparadas (Date como (str, tz))."""
    hs = []
    for k, v in headers:
        if k == "Date":
            v = email.utils.format_datetime(dt(*v))
        elif k in ("Subject", "Thread-Topic"):
            v = H(v)
        hs.append((k, v))
    MESSAGES.append((label, serialize(hs, part)))


def L(kind, note, **kw):
    d = {"kind": kind}
    d.update(kw)
    d["note"] = note
    return d


def pdf(name, title=None):
    return (name, "application/pdf", fake_pdf(title or name))


def png(name):
    return (name, "image/png", fake_png())


# ===========================================================================
# MENSAJES
# ===========================================================================
CO = dict(kind="company")

# ---------------------------------------------------------------- PAGADO (27)
M(L("client-reply-paid", "Gestoría: 'Hecho, perdona' sin verbo de pago, respondiendo al recordatorio; firma de gestoría."),
  "Pilar Alcaraz <pilar@alcarazasesores.es>", """
Hecho, perdona. Se me pasó con el cierre del trimestre, esta semana no doy abasto.

Un saludo,
Pilar

--
Pilar Alcaraz Molina
Alcaraz Asesores · Gestoría administrativa y laboral
C/ Trapería 14, 2.º · 30001 Murcia
Tel. 968 21 44 09
""", o="lucia", date="2026-11-24 10:12", inv=dict(num="2026-043", amount="1.060,00 €", due="15 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-11-20 09:00", style="gmail", fmt="alt")

M(L("client-reply-paid", "Farmacia: 'pagado ayer', justificante PDF adjunto, y a la vez pregunta por otro trabajo (buscador de la tienda). Pagado gana."),
  "Benito Soler <farmacia.soler@gmail.com>", """
Buenos días Javier,

Pagado ayer por transferencia, te adjunto el justificante.

Por cierto, ¿cuándo podemos ver lo del buscador de la tienda? Hay clientas que buscan "isdin" y no les sale nada, y lo mismo con Avène si lo escriben sin tilde. Mi hija dice que es una tontería de arreglar, pero yo de esto no entiendo.

Un saludo,
Benito Soler
Farmacia Ldo. Benito Soler Ferrer
Av. del Port 112 · 46023 València
""", o="javier", date="2026-12-02 09:47", inv=dict(num="2026/131", amount="1.742,40 €", due="30 de noviembre de 2026"),
  c=dict(kind="person", name="Benito Soler"), qt="due", qd="2026-12-01 09:00", style="gmail",
  att=[pdf("Justificante_transferencia_01122026.pdf")])

_lopd_mundo = """
--------------------------------------------------------------------
AVISO LEGAL: Este mensaje y sus posibles anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si usted no es el destinatario indicado, queda notificado de que la lectura, utilización, divulgación y/o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente por esta misma vía y proceda a su destrucción.
En cumplimiento del Reglamento (UE) 2016/679 y de la LO 3/2018, le informamos de que sus datos son tratados por VIAJES MUNDOAZUL, S.L. con la finalidad de mantener la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión, oposición y portabilidad en protecciondedatos@mundoazulviajes.com.
Antes de imprimir este correo, piense si es realmente necesario. El medio ambiente es cosa de todos.
"""
M(L("client-reply-paid", "Agencia de viajes, administración: transferencia realizada hoy con importe y número; Outlook, iso-8859-1 con bytes Windows-1252 (€ y comillas), QP; disclaimer RGPD largo.",
    amount="968.00", reference="CR-26-031"),
  "Itziar Goikoetxea | Viajes Mundoazul <administracion@mundoazulviajes.com>", """
Buenos días Carmen:

Te confirmo que hoy hemos realizado la transferencia de la factura CR-26-031 por importe de 968,00 €. Debería llegarte en 24-48 horas.

Disculpa la demora: hemos cambiado de programa de contabilidad y se nos han quedado varias facturas de proveedores «colgadas» en el proceso. Ya está todo en orden.

Un saludo,

Itziar Goikoetxea
Administración – Viajes Mundoazul, S.L.
Gran Vía 41, 3.º dcha. · 48011 Bilbao
Tel. 944 23 67 10
""" + _lopd_mundo, o="carmen", date="2026-12-10 12:31", inv=dict(num="CR-26-031", amount="968,00 €", due="30 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-12-07 09:00", style="outlook", fmt="alt", charset="iso-8859-1", codec="cp1252",
  cte="quoted-printable", re="RE: ")

M(L("client-reply-paid", "Argentina: 'ya te transferí la plata ayer por Wise', monto en dólares, pide confirmación ('fijate si te llegó'). Pagado con pregunta.",
    amount="850.00", currency="USD"),
  "Martín Goldberg <martin@patagoniasurviajes.com.ar>", """
Hola Lucía!! Perdón la demora, con el quilombo de fin de año se me pasó por completo.

Ya te transferí la plata ayer por Wise, son USD 850 como habíamos quedado. Fijate si te llegó y avisame, que es la primera vez que uso Wise desde la cuenta de la agencia y no sé si lo hice bien.

Abrazo grande y feliz año!!
Martín

--
Martín Goldberg
Patagonia Sur Viajes · EVT Leg. 15.832
Av. Corrientes 1245, piso 6 · CABA
""", o="lucia", date="2026-12-29 11:05", tz="America/Argentina/Buenos_Aires",
  inv=dict(num="2026-052", amount="850,00 USD", due="18 de diciembre de 2026", concept="rediseño de la marca y papelería"),
  c=dict(kind="person", name="Martín Goldberg", first="Martín"), qt="reminder", qd="2026-12-23 09:00", style="gmail")

M(L("client-reply-paid", "Colombia: 'ya le consigné' a la cuenta de ahorros, cita el número de la cuenta de cobro y el valor en pesos; usted, 'quedo atento'. Base64.",
    amount="2800000.00", currency="COP", reference="CC-2026-031"),
  "Juan Camilo Arango <produccion@litoelpoblado.com.co>", """
Buenas tardes Daniela, cómo está?

Le confirmo que ya le consigné a la cuenta de ahorros de Bancolombia lo de la cuenta de cobro CC-2026-031, $2.800.000. Me dice la contadora que debería verlo hoy mismo porque es de Bancolombia a Bancolombia.

Quedo atento a cualquier cosa. Que tenga buena tarde.

Juan Camilo Arango R.
Jefe de Producción
Litografía El Poblado S.A.S.
Cra. 43A # 14-109, Medellín
""", o="daniela", date="2026-11-19 15:40", tz="America/Bogota",
  inv=dict(num="CC-2026-031", amount="2.800.000,00 COP", due="15 de noviembre de 2026"),
  c=CO, qt="due", qd="2026-11-16 08:30", style="gmail", cte="base64", re="RE: ")

M(L("client-reply-paid", "México: 'Ya quedó el pago', comprobante de la transferencia internacional adjunto (PDF), registro de usted."),
  "Gerardo Villaseñor <gerardo@lacocinadedonachela.mx>", """
Qué tal Javier, buen día.

Ya quedó el pago, le mando el comprobante de la transferencia internacional que hizo mi contador ayer en la tarde. Me dice que puede tardar uno o dos días en reflejarse.

Cualquier cosa me avisa. Y de nuevo, muy contentos con el sistema de reservaciones, ya nos están llegando por la página.

Saludos cordiales,
Gerardo Villaseñor
Gerente General
La Cocina de Doña Chela · Col. Roma Norte, CDMX
""", o="javier", date="2026-12-04 10:22", tz="America/Mexico_City",
  inv=dict(num="2026/126", amount="1.500,00 USD", due="25 de noviembre de 2026"),
  c=dict(kind="person", name="Gerardo Villaseñor"), qt="reminder", qd="2026-12-01 09:00", style="outlook",
  att=[pdf("Comprobante_SPEI_Internacional_BBVA.pdf")], re="RE: ")

M(L("client-reply-paid", "Chile: 'Listo, ya está transferido' por Wise; chilenismos ('a full', 'harto'), sin cita."),
  "Francisca Rojas | Cerámica Pucará <hola@ceramicapucara.cl>", """
Hola Carmen!

Listo, ya está transferido, te lo mandé por Wise hoy en la mañana. Disculpa la demora, estuvimos a full con la campaña de Navidad y no me había sentado ni un minuto en el computador.

Quedamos felices con las fichas en inglés, ya tenemos pedidos de Canadá 🙌

Cuídate harto!
Fran
""", o="carmen", date="2026-12-21 13:10", tz="America/Santiago",
  inv=dict(num="CR-26-037", amount="540,00 €", due="12 de diciembre de 2026"),
  c=dict(kind="person", name="Francisca Rojas"), qt="reminder", qd="2026-12-16 09:00", quote=False)

M(L("client-reply-paid", "Autoescuela reenvía la notificación de 'transferencia emitida' de su banco ('Te reenvío el justificante'); parece correo de banco pero lo manda el cliente. Importe y concepto en el aviso reenviado.",
    amount="726.00", reference="2026-058"),
  "Rosa Lapuente <autoescuelaronda@gmail.com>", """
Te reenvío el justificante que me ha mandado el banco. Saludos

---------- Forwarded message ---------
De: Ibercaja <notificaciones@ibercaja.es>
Date: mar, 12 ene 2027 a las 9:31
Subject: Confirmación de transferencia emitida
To: <autoescuelaronda@gmail.com>


Estimado cliente:

Le confirmamos que se ha realizado la siguiente operación desde Ibercaja Banca Digital:

Tipo de operación: Transferencia SEPA emitida
Ordenante: AUTOESCUELA RONDA SL
Cuenta de cargo: ES21 2085 **** **** **** 4410
Beneficiario: LUCIA MARTIN SANZ
Cuenta de abono: ES76 2100 **** **** **** 1332
Importe: 726,00 EUR
Concepto: FRA 2026-058
Fecha de ejecución: 12/01/2027

Este correo se ha generado automáticamente. Por favor, no responda a este mensaje.

Ibercaja Banco, S.A. · Pza. de Basilio Paraíso, 2 · 50008 Zaragoza
""", o="lucia", date="2027-01-12 10:02", subj="Fwd: Confirmación de transferencia emitida",
  inv=dict(num="2026-058", amount="726,00 €", due="5 de enero de 2027"), c=CO)

M(L("client-reply-paid", "Hotel (Canarias), cuentas a pagar: 'incluida en la remesa de pagos del pasado viernes' = ya pagada. Solo HTML (Outlook), base64.",
    reference="H26-077"),
  "Administración Hotel Las Dunas <cuentasapagar@hotellasdunas.es>", "", o="nacho", date="2027-01-18 09:05",
  tz="Atlantic/Canary", inv=dict(num="H26-077", amount="1.391,00 €", due="10 de enero de 2027"), c=CO,
  qt="reminder", qd="2027-01-15 09:00", style="outlook", fmt="html", cte="base64", re="RE: ",
  body_html="""<p class="MsoNormal">Estimado Sr. Herrera:</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Le informamos de que la factura <b>H26-077</b> fue incluida en la remesa de pagos a proveedores del pasado viernes 15 de enero. El abono debería reflejarse en su cuenta en los próximos días.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Atentamente,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="color:#1F4E79">Departamento de Administración – Cuentas a Pagar</span></b></p>
<p class="MsoNormal"><span style="color:#1F4E79">Hotel Las Dunas ****</span></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Avda. de Tirajana 22 · 35100 Maspalomas · Gran Canaria</span></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Este correo electrónico y, en su caso, cualquier fichero anexo, contiene información confidencial exclusivamente dirigida a su destinatario. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita de DUNAS HOTELES CANARIAS, S.A.</span></p>""")

M(L("client-reply-paid", "Administrador de fincas: la comunidad 'ha abonado hoy' la factura; pide un recibí para el archivo. Pagado + petición.",
    reference="2026/140"),
  "Alfonso Beltrán <administracion@fincasbeltran.es>", """
Javier, buenas tardes:

Le comunico que la Comunidad de Propietarios Alcalá 212 ha abonado hoy su factura 2026/140 (mantenimiento de la web e intranet de incidencias, cuarto trimestre).

Le agradecería que nos remitiese el recibí firmado para el archivo de la comunidad, ya que el presidente lo pide para la junta de enero.

Atentamente,

Alfonso Beltrán Ruiz
Administrador de Fincas Colegiado n.º 2341
Fincas Beltrán · C/ Doctor Esquerdo 88, 28007 Madrid
""", o="javier", date="2026-12-15 17:20", inv=dict(num="2026/140", amount="544,50 €", due="10 de diciembre de 2026"),
  c=CO, qt="due", qd="2026-12-11 09:00", style="outlook_old", re="RE: ")

M(L("client-reply-paid", "Tienda online: pagada 'la de noviembre'; 'la de diciembre también te la pagaré' sin fecha y aún no recibida -> excepción: pagado + 'también' vago = pagado."),
  "Marisa | Lanas Lola <marisa@lanaslola.es>", """
Hola Javier!! Te he pagado esta mañana la de noviembre 😊

La de diciembre también te la pagaré, pero cuando me llegue, que no la he visto ni en el correo ni en spam. ¿Seguro que la mandaste?

Besos y feliz año!
Marisa
""", o="javier", date="2027-01-08 11:30", inv=dict(num="2026/129", amount="96,80 €", due="30 de noviembre de 2026"),
  c=dict(kind="person", name="Marisa Gómez"), qt="reminder", qd="2027-01-07 09:00", style="apple", fmt="alt")

M(L("client-reply-paid", "Imprenta, TODO MAYÚSCULAS y algo molesto: 'YA ESTA PAGADO DESDE EL VIERNES'; no es disputa. Cita Samsung."),
  "Graficas Lorca <graficaslorca@telefonica.net>", """
LUCIA YA ESTA PAGADO DESDE EL VIERNES. MIRA BIEN EL BANCO QUE A VECES TARDA.
SALUDOS
JULIAN

Enviado desde mi smartphone Samsung Galaxy.
""", o="lucia", date="2026-11-30 08:05", inv=dict(num="2026-047", amount="332,75 €", due="20 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-11-27 09:00", style="samsung")

M(L("client-reply-paid", "Asociación cultural: correo largo de la tesorera sobre la muestra de cine; una sola frase importa ('la transferencia ya salió el lunes'). Sin número."),
  "Inma Castillo <tesoreria@latramoyagranada.org>", """
Hola Carmen!!

¿Qué tal todo? Por aquí liadísimas con la muestra, no te puedes imaginar. El jueves la sala estaba hasta arriba para la peli iraní y la gente se quedó al coloquio hasta las once, que eso en Granada un jueves de noviembre es un milagro. Los subtítulos, por cierto, perfectos: nadie se quejó del ritmo, y mira que el año pasado con la otra empresa tuvimos a un señor levantándose a protestar porque iban desfasados.

La directora me pide que te pregunte si para la edición de primavera podrías hacer también los de las tres películas portuguesas. Son cortas, ya te mandaré los enlaces cuando los tengamos.

Por cierto, la transferencia de tu factura ya salió el lunes desde la cuenta de la asociación, dime si no te llega que con Cajamar nunca se sabe.

Te mando fotos del coloquio en cuanto Rafa las pase del móvil. Y si algún día te vienes a Granada avísanos, que tenemos pendiente unas cañas en el Realejo.

Un abrazo enorme,
Inma (tesorera, que me ha tocado este año 🙃)
Asociación Cultural La Tramoya
""", o="carmen", date="2026-11-27 22:48", inv=dict(num="CR-26-029", amount="726,00 €", due="20 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-11-25 09:00", style="gmail", fmt="alt")

M(L("client-reply-paid", "Tienda online pequeña: 'te he hecho un Bizum de 120 €' con pregunta '¿te ha entrado bien?'.", amount="120.00"),
  "Sara Gil <nubedealgodon.tienda@gmail.com>", """
Hola Lucía, te he hecho un Bizum de 120 € al número que pusiste en la factura, ya me dirás si te ha entrado bien.

¡Gracias por todo, el logo ha quedado precioso!
Sara
""", o="lucia", date="2026-12-03 19:02", inv=dict(num="2026-054", amount="120,00 €", due="30 de noviembre de 2026"),
  c=dict(kind="person", name="Sara Gil"), qt="reminder", qd="2026-12-03 09:00", style="gmail")

M(L("client-reply-paid", "Restaurante, sin tildes y con faltas ('ya t lo e pasao'), 'Enviado desde mi iPhone'."),
  "Manolo Taberna El Fogon <tabernaelfogon@hotmail.com>", """
nacho ya t lo e pasao esta mañana, perdona q se me avia olvidao con lo del puente. un abrazo y a ver si t pasas a por unas tapas q las fotos de la carta an gustao muxo

Manolo

Enviado desde mi iPhone
""", o="nacho", date="2026-12-09 12:14", inv=dict(num="H26-079", amount="423,50 €", due="30 de noviembre de 2026"),
  c=dict(kind="person", name="Manuel Ortega"), qt="reminder", qd="2026-12-04 09:00", style="apple",
  mailer=("X-Mailer", "iPhone Mail (21G93)"))

M(L("client-reply-paid", "Farmacia, una palabra y emoji: 'Pagado 👍' + 'Enviado desde mi iPhone', cita Apple."),
  "Elena Pardo <farmaciapuerto.cadiz@gmail.com>", """
Pagado 👍

Enviado desde mi iPhone
""", o="javier", date="2027-01-22 18:40", inv=dict(num="2027/004", amount="181,50 €", due="15 de enero de 2027"),
  c=dict(kind="person", name="Elena Pardo"), qt="reminder", qd="2027-01-20 09:00", style="apple",
  mailer=("X-Mailer", "iPhone Mail (22B91)"))

M(L("client-reply-paid", "Gestoría: 'está pagada desde el día 3', pero duda de si fue a la cuenta antigua; pregunta '¿os ha llegado?'. Pagado con pregunta, no disputa."),
  "Francisco Navas <fnavas@asesorianavas.com>", """
Buenas Lucía,

La factura está pagada desde el día 3 de diciembre. ¿Os ha llegado? Lo digo porque la hicimos a la cuenta del Sabadell que teníamos guardada de las otras veces y ahora veo que en el correo pone una de CaixaBank. Si no os ha llegado decidme y lo reclamo al banco, que a veces devuelven la transferencia y no avisan.

Un saludo,
Paco Navas
Asesoría Navas · Jaén
""", o="lucia", date="2026-12-14 13:05", inv=dict(num="2026-051", amount="605,00 €", due="30 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-12-11 09:00", style="thunderbird")

M(L("client-reply-paid", "Agencia de viajes responde al aviso 'pago no recibido' de mailduns con fecha, referencia e importe de la transferencia y el justificante adjunto.",
    amount="1089.00"),
  "Lorena Medina <administracion@viajessolynieve.es>", """
Buenos días Carmen,

Te adjunto el justificante. La transferencia se ordenó el 4 de enero desde Unicaja, referencia 2103-TR-77812, por 1.089,00 €, a la cuenta que termina en 7788. Si sigue sin aparecer dímelo y abrimos incidencia con el banco, pero en principio está todo correcto.

Un saludo,
Lorena Medina
Administración · Viajes Sol y Nieve
Camino de Ronda 101 · 18003 Granada
""", o="carmen", date="2027-01-13 10:40",
  inv=dict(num="CR-26-041", amount="1.089,00 €", due="31 de diciembre de 2026", claim_date="5 de enero de 2027", paid_on="4 de enero de 2027"),
  c=CO, qt="paid_claim_followup", qd="2027-01-12 09:00", style="outlook", fmt="alt", att=[pdf("justificante_unicaja.pdf")],
  re="RE: ")

M(L("client-reply-paid", "La gestora del cliente (tercero) contesta por la autoescuela: 'la factura 2026-061 se pagó el 22 de diciembre', con justificante; cc al dueño de la autoescuela.",
    reference="2026-061"),
  "Beatriz Ferrández <beatriz@ferrandezasociados.es>", """
Buenos días Lucía:

Soy Beatriz, de la gestoría que lleva la contabilidad de Autoescuela Moncayo. Pedro nos ha reenviado vuestro correo.

La factura 2026-061 se pagó el 22 de diciembre por transferencia a la cuenta que figura en la propia factura; os adjunto el justificante por si os sirve para localizarla.

Un saludo,

Beatriz Ferrández
Ferrández & Asociados – Asesoría contable y fiscal
Tarazona (Zaragoza)
""", o="lucia", date="2027-01-05 09:33", inv=dict(num="2026-061", amount="847,00 €", due="20 de diciembre de 2026"),
  c=CO, qt="reminder", qd="2027-01-04 09:00", style="outlook", cc="Pedro Moncayo <autoescuelamoncayo@gmail.com>",
  att=[pdf("Transferencia 22-12-2026 Lucia Martin.pdf")], re="RE: ")

M(L("client-reply-paid", "Administrador de fincas responde a un estado de cuenta: las dos facturas pagadas en un único pago con el total; dos números (no se etiqueta reference).",
    amount="1512.50"),
  "Gestión Integral Lledó <contabilidad@gestionlledo.es>", """
Buenos días,

Las dos facturas (2026/128 y 2026/135) están pagadas desde el viernes 27 de noviembre, en un único pago de 1.512,50 €. En el concepto pusimos solo "ORTEGA NOV" porque el banco no deja más caracteres, por eso a lo mejor no las habéis casado.

Saludos,
Vicent Lledó
Gestión Integral de Comunidades Lledó · Castelló
""", o="javier", date="2026-12-01 09:15",
  inv=dict(num="2026/128", invoices=[
      dict(num="2026/128", issue="31 de octubre de 2026", due="15 de noviembre de 2026", late=15, amount="907,50 €"),
      dict(num="2026/135", issue="10 de noviembre de 2026", due="25 de noviembre de 2026", late=5, amount="605,00 €")],
      total="1.512,50 €", deadline="10 de diciembre de 2026"),
  c=CO, qt="statement", qd="2026-11-30 09:00", style="gmail")

M(L("client-reply-paid", "Hotel de Benidorm: 'Transferencia realizada con fecha de hoy.' con aviso legal RGPD kilométrico; windows-1252 QP."),
  "Mª José Pastor <administracion@hotelmiramarbenidorm.com>", """
Buenos días,

Transferencia realizada con fecha de hoy.

Saludos cordiales,

Mª José Pastor
Dpto. Administración
HOTEL MIRAMAR BENIDORM ***
Avda. del Mediterráneo 51 · 03503 Benidorm (Alicante)
Tel. 965 85 12 00 – Ext. 204

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de HOTELES MIRAMAR LEVANTE, S.L. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía.
PROTECCIÓN DE DATOS: De conformidad con lo dispuesto en el Reglamento (UE) 2016/679 del Parlamento Europeo y del Consejo, de 27 de abril de 2016 (RGPD), y en la Ley Orgánica 3/2018, de 5 de diciembre (LOPDGDD), le informamos de que sus datos personales forman parte de un fichero cuyo responsable es HOTELES MIRAMAR LEVANTE, S.L., con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión, limitación, oposición y portabilidad dirigiéndose por escrito a lopd@hotelmiramarbenidorm.com, adjuntando copia de su DNI.
""", o="lucia", date="2026-11-16 11:02", inv=dict(num="2026-044", amount="1.210,00 €", due="10 de noviembre de 2026"),
  c=CO, qt="due", qd="2026-11-12 09:00", style="outlook", charset="windows-1252", cte="quoted-printable", re="RE: ")

M(L("client-reply-paid", "Aparthotel en Gran Canaria: 'ya se abonó la factura, 535,00 € con el IGIC incluido'; explica el retraso (el gerente firmaba).",
    amount="535.00"),
  "Yurena Suárez <recepcion@aparthotelroquenublo.com>", """
Hola Nacho,

Ya se abonó la factura, 535,00 € con el IGIC incluido. Disculpa, el gerente estaba de vacaciones y es el único que puede firmar las transferencias en el banco, así que se quedó todo parado hasta que volvió.

Las fotos de la piscina nuevas ya están en Booking, ¡se nota muchísimo!

Un saludo,
Yurena
Aparthotel Roque Nublo · Playa del Inglés
""", o="nacho", date="2027-01-26 12:20", tz="Atlantic/Canary",
  inv=dict(num="H26-085", amount="535,00 €", due="15 de enero de 2027"), c=CO, qt="reminder", qd="2027-01-22 09:00",
  style="gmail", fmt="alt")

M(L("client-reply-paid", "Asociación cultural argentina (Rosario): 'ya está ingresado el pago de la factura 2026-049' por SWIFT; voseo ('avisá'); iso-8859-1 QP.",
    reference="2026-049"),
  "Graciela Ponce <tesoreria@elalephrosario.org.ar>", """
Lucía, buenas tardes.

Ya está ingresado el pago de la factura 2026-049, fue por transferencia SWIFT desde el Banco Nación, así que puede tardar unos días más en acreditarse del otro lado. El banco nos cobró una comisión aparte, que la pagamos nosotros, así que te tendría que llegar el importe completo.

Cualquier cosa avisá.

Saludos cordiales,
Graciela Ponce
Tesorería - Asociación Cultural El Aleph
Rosario, Santa Fe
""", o="lucia", date="2026-11-25 16:45", tz="America/Argentina/Buenos_Aires",
  inv=dict(num="2026-049", amount="1.100,00 €", due="15 de noviembre de 2026"), c=CO, qt="reminder",
  qd="2026-11-20 09:00", style="thunderbird", quote=False, charset="iso-8859-1", cte="quoted-printable")

M(L("client-reply-paid", "Farmacia responde al estado de cuenta: 'hemos pagado todas las que aparecen en tu lista, las tres, hoy mismo'."),
  "Cristina Ibáñez <farmaciagranvia27@gmail.com>", """
Hola Javier:

Te confirmo que hemos pagado todas las que aparecen en tu lista, las tres, hoy mismo en una sola transferencia. Si ves que falta algo avísame.

Un saludo
Cristina
Farmacia Gran Vía 27 · Logroño
""", o="javier", date="2027-02-04 13:50",
  inv=dict(num="2026/146", invoices=[
      dict(num="2026/146", issue="1 de diciembre de 2026", due="31 de diciembre de 2026", late=34, amount="145,20 €"),
      dict(num="2027/002", issue="2 de enero de 2027", due="17 de enero de 2027", late=17, amount="145,20 €"),
      dict(num="2027/011", issue="15 de enero de 2027", due="30 de enero de 2027", late=4, amount="302,50 €")],
      total="592,90 €", deadline="12 de febrero de 2027"),
  c=CO, qt="statement", qd="2027-02-03 09:00", style="gmail_old")

M(L("client-reply-paid", "México: 'Ya quedó, le hice la transferencia por 1,250.00 dólares' con formato de número mexicano y captura PNG adjunta.",
    amount="1250.00", currency="USD"),
  "Luz María Cruz <administracion@mezcalesdelsur.mx>", """
Buenas tardes Javier,

Disculpe la tardanza, andábamos con el cierre del año fiscal. Ya quedó, le hice la transferencia por 1,250.00 dólares desde Banorte, ahí le adjunto la captura de pantalla.

Saludos y que tenga excelente semana.

Luz María Cruz
Administración · Mezcales del Sur (tienda en línea)
Oaxaca de Juárez, Oax.
""", o="javier", date="2027-02-10 16:05", tz="America/Mexico_City",
  inv=dict(num="2027/006", amount="1.250,00 USD", due="31 de enero de 2027"),
  c=dict(kind="person", name="Luz María Cruz"), qt="reminder", qd="2027-02-05 09:00", style="outlook",
  att=[png("Captura de pantalla 2027-02-10 155812.png")], re="RE: ")

M(L("client-reply-paid", "Restaurante: paga hoy 'los 640 € que quedaban pendientes' (la primera parte ya en octubre); el importe es el de este pago.",
    amount="640.00"),
  "Ana Chaves <ana@lachisteramadrid.es>", """
Hola Lucía,

Te he hecho hoy la transferencia de los 640 € que quedaban pendientes de la factura de la carta (la primera parte ya te la pagamos en octubre, ¿te acuerdas?). Con esto quedamos en paz 😉

Un beso y a ver cuándo te pasas a probar el menú nuevo, que la carta impresa está quedando preciosa en las mesas.
Ana
""", o="lucia", date="2026-11-12 20:15", inv=dict(num="2026-039", amount="1.140,00 €", due="31 de octubre de 2026"),
  c=dict(kind="person", name="Ana Chaves"), qt="reminder", qd="2026-11-09 09:00", style="gmail", fmt="alt")

M(L("client-reply-paid", "Chile: 'te transferí ayer los 420 euros', con pregunta '¿me confirmas cuando te llegue?'; cita Apple con '> '.",
    amount="420.00"),
  "Rodrigo Fuentes <rodrigo.fuentes@loscopihues.cl>", """
Hola Carmen,

Te transferí ayer los 420 euros por la traducción del dossier. Nos demoramos porque la transferencia al extranjero nos la tenía que autorizar el directorio, y se juntaron sólo la semana pasada.

¿Me confirmas cuando te llegue?

Saludos,
Rodrigo Fuentes
Coordinador · Agrupación Cultural Los Copihues
Valparaíso
""", o="carmen", date="2027-01-14 11:00", tz="America/Santiago",
  inv=dict(num="CR-26-039", amount="420,00 €", due="31 de diciembre de 2026"),
  c=CO, qt="reminder", qd="2027-01-08 09:00", style="apple", fmt="alt")

# ---------------------------------------------------------------- PROMESA (28)
M(L("client-reply-promise", "Gestoría: 'el martes te lo pago' escrito un jueves -> primer martes después.", promised_date="2026-11-24"),
  "Luis Ortiz <luis@gestoriaortiz.com>", """
Lucía, el martes te lo pago, que hasta entonces no me entra lo de las igualas de los clientes. Perdona.

Luis
""", o="lucia", date="2026-11-19 18:30", inv=dict(num="2026-045", amount="484,00 €", due="15 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-11-19 09:00", style="gmail")

M(L("client-reply-promise", "Farmacia: 'la pagaremos antes del 12' (circuito de pagos) -> día 12 de este mes.", promised_date="2026-12-12"),
  "Teresa Nieto <farmacianieto@farmaciasalamanca.com>", """
Buenos días Javier,

Tenemos la factura ya en el circuito de pagos, la pagaremos antes del 12. Disculpa el retraso, este año nos ha cambiado la gestoría y va todo un poco más lento.

Un saludo,
Teresa Nieto
Farmacia Nieto – Plaza del Corrillo 5, Salamanca
""", o="javier", date="2026-12-03 10:05", inv=dict(num="2026/133", amount="363,00 €", due="25 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-12-02 09:00", style="outlook", re="RE: ")

M(L("client-reply-promise", "Agencia de viajes pide pagar 'a fin de mes' (tesorería justa), respondiendo al recordatorio con intereses de demora citados (importes solo en la cita).",
    promised_date="2027-01-31"),
  "Noelia Rial <noelia@viajesatlantida.gal>", """
Hola Carmen,

Ando muy justa de tesorería este mes (la campaña de Navidad nos ha dejado tiritando), ¿te importa si te la pago a fin de mes? Sin falta, te lo prometo. Es la primera vez que me retraso contigo y me sabe fatal.

Disculpa las molestias.
Noelia
Viajes Atlántida · Rúa do Príncipe 30, Vigo
""", o="carmen", date="2027-01-11 09:48",
  inv=dict(num="CR-26-036", amount="1.331,00 €", due="15 de diciembre de 2026", days_late=26, deadline="20 de enero de 2027",
           fees=["Factura n.º CR-26-036: 1.331,00 €", "Intereses de demora (10,15 % anual, 26 días): 9,62 €",
                 "Indemnización por costes de cobro (art. 8 Ley 3/2004): 40,00 €", "Total: 1.380,62 €"],
           fee_total="1.380,62 €"),
  c=CO, qt="late_fee", qd="2027-01-10 09:00", style="gmail", fmt="alt")

M(L("client-reply-promise", "Autoescuela: 'El miércoles que viene' dicho un viernes -> miércoles siguiente.", promised_date="2026-12-16"),
  "Covadonga Menéndez <administracion@autoescuelaviaverde.es>", """
Buenos días Lucía:

El miércoles que viene te hacemos la transferencia, que es cuando hacemos los pagos a proveedores. Si lo necesitas antes dímelo y veo qué puedo hacer.

Un saludo,
Cova
Autoescuela Vía Verde · Oviedo
""", o="lucia", date="2026-12-11 12:40", inv=dict(num="2026-060", amount="605,00 €", due="5 de diciembre de 2026"),
  c=CO, qt="due", qd="2026-12-09 09:00", style="outlook", fmt="alt", re="RE: ")

M(L("client-reply-promise", "Restaurante vasco, de noche: 'pasado mañana te lo ingreso sin falta' -> fecha + 2 (zona horaria del remitente, Madrid; el dueño está en Canarias).",
    promised_date="2026-12-17"),
  "Iñaki Etxeberria <asadoretxeberri@euskalnet.net>", """
Nacho, perdona, con las cenas de empresa no he parado. Pasado mañana te lo ingreso sin falta.

Iñaki
""", o="nacho", date="2026-12-15 23:40", inv=dict(num="H26-080", amount="786,50 €", due="5 de diciembre de 2026"),
  c=CO, qt="reminder", qd="2026-12-14 09:00", style="apple", mailer=("X-Mailer", "iPhone Mail (21H16)"))

M(L("client-reply-promise", "Imprenta: 'La semana que viene te lo pago' -> promesa vaga, sin fecha."),
  "Imprenta Sáez <imprentasaez@gmail.com>", """
Buenas Lucía, la semana que viene te lo pago, que esta no me cuadra la caja. No te preocupes que no se me olvida.

Pepe Sáez
Imprenta Sáez · Albacete
""", o="lucia", date="2026-11-26 17:10", inv=dict(num="2026-046", amount="217,80 €", due="20 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-11-25 09:00", style="gmail")

M(L("client-reply-promise", "México, 23:15 hora de CDMX (ya es viernes en UTC): 'Mañana a primera hora' -> día siguiente en la zona del remitente. Base64.",
    promised_date="2026-11-20"),
  "Rubén Salcido <taqueriaelguero.gdl@gmail.com>", """
Javier, disculpe, se me pasó por completo con la apertura de la segunda sucursal. Mañana a primera hora le hago la transferencia sin falta, ya tengo los datos.

Saludos,
Rubén Salcido
Taquería El Güero
""", o="javier", date="2026-11-19 23:15", tz="America/Mexico_City",
  inv=dict(num="2026/124", amount="900,00 USD", due="10 de noviembre de 2026"),
  c=dict(kind="person", name="Rubén Salcido"), qt="reminder", qd="2026-11-19 09:00", style="gmail", cte="base64")

M(L("client-reply-promise", "Hotel rural: 'Hoy mismo ordeno la transferencia' -> aún no pagado, promesa para hoy.", promised_date="2027-01-19"),
  "Antonio Cuadros <reservas@hotelruralcazorla.es>", """
Buenos días, Lucía.

Tienes razón, se nos había pasado con el cambio de año. Hoy mismo ordeno la transferencia.

Un saludo,
Antonio
Hotel Rural Sierra de Cazorla
""", o="lucia", date="2027-01-19 09:10", inv=dict(num="2026-062", amount="363,00 €", due="31 de diciembre de 2026"),
  c=CO, qt="reminder", qd="2027-01-18 09:00", style="gmail", fmt="alt")

M(L("client-reply-promise", "Cadena hotelera, cuentas a pagar, tono corporativo: 'aprobada y entrará en la remesa de pagos del día 25'. Outlook, alternative.",
    promised_date="2027-01-25", reference="2026/144"),
  "Cuentas a Pagar - Grupo Hotelero Costa Blanca <proveedores@ghcostablanca.com>", """
Buenos días:

Le informamos de que la factura 2026/144 se encuentra aprobada y entrará en la remesa de pagos del día 25.

Para cualquier consulta relacionada con pagos a proveedores, rogamos indique siempre el número de factura y el CIF del emisor.

Atentamente,

Departamento de Cuentas a Pagar
Grupo Hotelero Costa Blanca, S.A.
Tel. 966 80 44 00 · proveedores@ghcostablanca.com
""", o="javier", date="2027-01-14 11:27", inv=dict(num="2026/144", amount="2.420,00 €", due="31 de diciembre de 2026"),
  c=CO, qt="reminder", qd="2027-01-12 09:00", style="outlook", fmt="alt", re="RE: ")

M(L("client-reply-promise", "Administrador de fincas: 'no podré pagarte antes del día 22. Ese día te lo hago' -> día 22.", promised_date="2027-02-22"),
  "Rocío Roldán <rocio@fincasroldan.es>", """
Javier, buenas:

Hasta que no se pasen los recibos de la comunidad no hay fondos en la cuenta, así que no podré pagarte antes del día 22. Ese día te lo hago, ya lo tengo apuntado en la agenda.

Un saludo,
Rocío Roldán
Administración de Fincas Roldán · Málaga
""", o="javier", date="2027-02-08 10:15", inv=dict(num="2027/009", amount="302,50 €", due="31 de enero de 2027"),
  c=CO, qt="reminder", qd="2027-02-05 09:00", style="gmail")

M(L("client-reply-promise", "Tienda online: pago parcial hoy (400 €) y 'los 326 € restantes te los pago el viernes' -> promesa; amount = lo prometido.",
    promised_date="2026-12-04", amount="326.00"),
  "Paula Rebollo <paula@mimosgourmet.es>", """
Hola Lucía,

Hoy te he transferido 400 € y los 326 € restantes te los pago el viernes, que es cuando cobramos lo de Amazon. Espero que no haya problema, esta época es una locura con los envíos.

Gracias por la paciencia,
Paula
Mimos Gourmet · tienda online
""", o="lucia", date="2026-12-01 16:22", inv=dict(num="2026-053", amount="726,00 €", due="25 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-11-30 09:00", style="gmail", fmt="alt")

M(L("client-reply-promise", "Argentina: 'apenas entre la plata te transfiero. Calculo que la semana que viene' -> promesa vaga, sin fecha. Voseo, 'che'."),
  "Nico Ferreyra <nico@andestravel.com.ar>", """
Che Lucía, te pido mil disculpas.

Estamos esperando que nos pague un cliente grande (un grupo de egresados, no te explico lo que es cobrarle a los padres) y apenas entre la plata te transfiero. Calculo que la semana que viene.

Abrazo,
Nico
Andes Travel · Mendoza
""", o="lucia", date="2027-01-20 18:30", tz="America/Argentina/Mendoza",
  inv=dict(num="2026-064", amount="700,00 USD", due="10 de enero de 2027"),
  c=dict(kind="person", name="Nicolás Ferreyra"), qt="reminder", qd="2027-01-18 09:00", style="gmail")

M(L("client-reply-promise", "México: 'ahorita no le puedo pagar ... pero el viernes le deposito sin falta' escrito un martes.", promised_date="2027-02-05"),
  "Xóchitl Hernández <ventas@artesaniasxochitl.com.mx>", """
Buenas tardes Javier,

Ahorita no le puedo pagar porque Mercado Libre nos retuvo un pago por una aclaración, pero el viernes le deposito sin falta. Una disculpa por la demora.

Saludos,
Xóchitl Hernández
Artesanías Xóchitl · Puebla
""", o="javier", date="2027-02-02 14:35", tz="America/Mexico_City",
  inv=dict(num="2027/005", amount="650,00 USD", due="25 de enero de 2027"),
  c=dict(kind="person", name="Xóchitl Hernández"), qt="reminder", qd="2027-02-01 09:00", style="outlook", re="RE: ")

M(L("client-reply-promise", "Colombia: 'el 15 le consigno lo de la cuenta de cobro' (cuando entra la quincena) -> día 15 de este mes.",
    promised_date="2026-12-15"),
  "Restaurante La Fonda Paisa <lafondapaisa.med@gmail.com>", """
Hola Daniela, buenos días.

Le cuento que el 15 le consigno lo de la cuenta de cobro, que es cuando nos entra la plata de la quincena. Mil gracias por la paciencia y por los dibujos del menú, los clientes se toman fotos con la carta jajaja.

Bendiciones,
Doña Gloria
""", o="daniela", date="2026-12-07 08:50", tz="America/Bogota",
  inv=dict(num="CC-2026-036", amount="1.200.000,00 COP", due="30 de noviembre de 2026"),
  c=dict(kind="person", name="Gloria Ochoa"), qt="reminder", qd="2026-12-04 08:30", style="gmail")

M(L("client-reply-promise", "Chile: 'Te transfiero a fin de mes sin falta' -> último día del mes.", promised_date="2026-11-30"),
  "Catalina Muñoz <cata@bichitostore.cl>", """
Hola Carmen, te pido disculpas, se me juntaron varias cuentas este mes.

Te transfiero a fin de mes sin falta, cuando me llegue la plata de las ventas del Cyber. Te aviso altiro cuando esté hecho.

Saludos!
Cata
Bichito Store
""", o="carmen", date="2026-11-18 20:10", tz="America/Santiago",
  inv=dict(num="CR-26-030", amount="260,00 €", due="10 de noviembre de 2026"),
  c=dict(kind="person", name="Catalina Muñoz"), qt="reminder", qd="2026-11-16 09:00", style="gmail")

M(L("client-reply-promise", "Imprenta: 'hasta que no nos pague el Ayuntamiento ... En cuanto entre, lo primero que hago es pagarte' -> promesa condicionada, sin fecha."),
  "Rafael Montilla <rafael@graficasandalusi.es>", """
Lucía, te soy sincero: hasta que no nos pague el Ayuntamiento el trabajo de las fiestas no tengo liquidez, y ya sabes cómo van con los pagos. En cuanto entre, lo primero que hago es pagarte a ti, que eres de las que siempre me ha sacado los trabajos a tiempo.

Un abrazo,
Rafa
Gráficas Andalusí · Córdoba
""", o="lucia", date="2027-01-27 19:45",
  inv=dict(num="2026-059", amount="1.028,50 €", due="20 de diciembre de 2026", deadline="5 de febrero de 2027",
           suspension="8 de febrero de 2027"),
  c=CO, qt="suspension", qd="2027-01-26 09:00", style="gmail", fmt="alt")

M(L("client-reply-promise", "Asociación cultural: 'la junta aprueba los pagos a primeros de mes, así que te la pagaremos entonces' -> vaga, sin fecha."),
  "Asociación Amigos del Teatro de Cuenca <amigosdelteatrocuenca@gmail.com>", """
Hola Carmen:

La junta aprueba los pagos a primeros de mes, así que te la pagaremos entonces. No es que no queramos, es que los estatutos nos obligan a que firmen dos personas y la presidenta está de viaje.

Un saludo,
Mercedes (secretaria)
""", o="carmen", date="2027-01-21 12:00", inv=dict(num="CR-27-002", amount="190,00 €", due="15 de enero de 2027"),
  c=CO, qt="due", qd="2027-01-18 09:00", style="gmail")

M(L("client-reply-promise", "Restaurante (Santander): 'Te lo pago el 7 de enero, cuando pase todo esto' -> fecha explícita en el año siguiente.",
    promised_date="2027-01-07"),
  "Chema | Bar El Puerto <barelpuerto.santander@gmail.com>", """
Lucía, con las cenas de empresa voy loco, no tengo ni tiempo de mirar el banco. Te lo pago el 7 de enero, cuando pase todo esto. Lo siento de verdad.

Chema

Enviado desde mi Android
""", o="lucia", date="2026-12-18 15:55", inv=dict(num="2026-057", amount="399,30 €", due="10 de diciembre de 2026"),
  c=dict(kind="person", name="José María Saiz"), qt="reminder", qd="2026-12-17 09:00", style="gmail")

M(L("client-reply-promise", "Asesoría (Barcelona): 'se lo he pasado a Montse de contabilidad y me dice que entra en el pago del jueves' -> jueves siguiente. Cita Outlook antigua.",
    promised_date="2026-11-26"),
  "Jordi Vidal <jvidal@montesvidal.cat>", """
Hola Javier,

Se lo he pasado a Montse de contabilidad y me dice que entra en el pago del jueves. Si el jueves no lo ves, avísame directamente a mí.

Salut!
Jordi Vidal
Montes & Vidal Assessors · Barcelona
""", o="javier", date="2026-11-23 10:20", inv=dict(num="2026/127", amount="1.210,00 €", due="15 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-11-20 09:00", style="outlook_old", re="RE: ")

M(L("client-reply-promise", "Autoescuela: 'Esta semana imposible ... El lunes 14 te lo transfiero' -> fecha explícita.", promised_date="2026-12-14"),
  "Autoescuela Sprint <info@autoescuelasprint.es>", """
Esta semana imposible, Lucía. El lunes 14 te lo transfiero.

Juanma
""", o="lucia", date="2026-12-09 13:02", inv=dict(num="2026-055", amount="459,80 €", due="30 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-12-07 09:00", style="gmail")

M(L("client-reply-promise", "Hostal, dos facturas del estado de cuenta: una pagada ayer, la otra 'te la pago el viernes' -> promesa (regla de dos facturas).",
    promised_date="2026-12-04", reference="H26-084"),
  "Hostal La Muralla <hostallamuralla@hotmail.com>", """
Hola Nacho,

La H26-081 te la pagué ayer. La H26-084 te la pago el viernes, que es cuando tengo el dinero de las reservas de Booking del puente.

Un saludo
Mariano
Hostal La Muralla · Ávila
""", o="nacho", date="2026-12-02 11:15",
  inv=dict(num="H26-081", invoices=[
      dict(num="H26-081", issue="2 de noviembre de 2026", due="17 de noviembre de 2026", late=14, amount="242,00 €"),
      dict(num="H26-084", issue="12 de noviembre de 2026", due="27 de noviembre de 2026", late=4, amount="363,00 €")],
      total="605,00 €", deadline="10 de diciembre de 2026"),
  c=CO, qt="statement", qd="2026-12-01 09:00", style="outlook", re="RE: ")

M(L("client-reply-promise", "Tienda de surf en Tenerife, por la tarde: 'Lo pago hoy sin falta' -> hoy.", promised_date="2027-02-11"),
  "Dácil | Guanche Surf <tienda@guanchesurf.com>", """
Lo pago hoy sin falta, perdona!! Se me había ido totalmente

Dácil
""", o="nacho", date="2027-02-11 20:05", tz="Atlantic/Canary",
  inv=dict(num="H27-006", amount="214,00 €", due="5 de febrero de 2027"), c=CO, qt="reminder", qd="2027-02-11 09:00",
  style="apple", mailer=("X-Mailer", "iPhone Mail (22C152)"))

M(L("client-reply-promise", "Farmacia: 'te la pagaremos antes del 5' escrito el 20 -> el 5 del mes siguiente.", promised_date="2027-02-05"),
  "Farmacia Central Huesca <farmaciacentral.huesca@gmail.com>", """
Javier, te la pagaremos antes del 5, que es cuando hacemos la ronda de proveedores. Ya está metida en la lista.

Un saludo,
Pilar Lanaspa
""", o="javier", date="2027-01-20 13:30", inv=dict(num="2027/003", amount="242,00 €", due="15 de enero de 2027"),
  c=CO, qt="due", qd="2027-01-18 09:00", style="gmail", fmt="alt")

M(L("client-reply-promise", "Agencia de viajes (Sevilla), lunes: 'este viernes no llego, pero el siguiente sí' -> viernes de la semana siguiente.",
    promised_date="2027-02-26"),
  "Reyes Morales <administracion@viajestriana.com>", """
Hola Carmen,

Este viernes no llego, pero el siguiente sí, prometido. Estamos pendientes de que nos liquiden los viajes del IMSERSO y hasta entonces vamos con lo justo.

Un beso,
Reyes
""", o="carmen", date="2027-02-15 09:25", inv=dict(num="CR-27-005", amount="617,10 €", due="5 de febrero de 2027"),
  c=CO, qt="reminder", qd="2027-02-12 09:00", style="gmail")

M(L("client-reply-promise", "Asociación cultural de Córdoba (Argentina): propone pagar en dos veces ('la mitad este mes y la otra mitad en febrero') -> promesa sin fecha concreta; no disputa el importe."),
  "Centro Cultural La Piojera <tesoreria@lapiojera.org.ar>", """
Hola Lucía, ¿qué tal? Te escribo de la asociación.

Con la devaluación estamos complicadísimos, el subsidio de la provincia llegó recortado. ¿Te parece si lo pagamos en dos veces? La mitad este mes y la otra mitad en febrero. Avisame si te sirve y arrancamos.

Un abrazo,
Soledad Paz
Tesorera
""", o="lucia", date="2027-01-12 17:40", tz="America/Argentina/Cordoba",
  inv=dict(num="2026-056", amount="900,00 €", due="31 de diciembre de 2026"), c=CO, qt="reminder",
  qd="2027-01-08 09:00", style="gmail", fmt="alt")

M(L("client-reply-promise", "Hotel (Granada): 'no podremos pagar antes del 28 ... El 28 sin falta' -> día 28.", promised_date="2026-12-28"),
  "Hotel Carmen de los Cipreses <direccion@carmendeloscipreses.com>", """
Lucía, buenas tardes:

Te escribo para decirte que no podremos pagar antes del 28: tenemos las cuentas bloqueadas hasta el cierre del ejercicio por un tema con la entidad. El 28 sin falta.

Un saludo y felices fiestas,
Encarna Robles
Dirección
""", o="lucia", date="2026-12-21 17:05", inv=dict(num="2026-050", amount="1.573,00 €", due="15 de diciembre de 2026"),
  c=CO, qt="reminder", qd="2026-12-18 09:00", style="outlook", fmt="alt", re="RE: ")

M(L("client-reply-promise", "Colombia (Cartagena): 'A más tardar el viernes te consigno, ¿listo?' escrito un miércoles; 'qué pena contigo'.",
    promised_date="2027-01-29"),
  "Viajes Caribe Mágico <gerencia@caribemagico.com.co>", """
Buenas Dani, qué pena contigo, se me había pasado entre tanta temporada alta. A más tardar el viernes te consigno, ¿listo?

Un abrazo,
Vanessa
""", o="daniela", date="2027-01-27 10:12", tz="America/Bogota",
  inv=dict(num="CC-2027-002", amount="1.800.000,00 COP", due="20 de enero de 2027"),
  c=dict(kind="person", name="Vanessa Pérez"), qt="reminder", qd="2027-01-26 08:30", style="gmail")

M(L("client-reply-promise", "Tienda online de cosmética: 'irá en el pago del 10 de febrero' (pagan los días 10 y 25) -> fecha explícita.",
    promised_date="2027-02-10", reference="2026-063"),
  "Proveedores Ébano Cosmética <proveedores@ebanocosmetica.es>", """
Hola,

La factura 2026-063 ya está contabilizada. Pagamos a proveedores los días 10 y 25 de cada mes; irá en el pago del 10 de febrero.

Un saludo,
Nerea Olabarria
Administración · Cosmética Natural Ébano, S.L.
""", o="lucia", date="2027-01-28 12:44", inv=dict(num="2026-063", amount="1.996,50 €", due="20 de enero de 2027"),
  c=CO, qt="reminder", qd="2027-01-27 09:00", style="outlook", re="RE: ")

# ---------------------------------------------------------------- DISPUTA (18)
M(L("client-reply-dispute", "Gestoría: facturadas 32 horas, pactadas 25 como máximo; paga las 25 y discute las 7 restantes, pide detalle. Horas de más.",
    reference="2026/137"),
  "Marta Candela <marta@gestoriacandela.es>", """
Hola Javier,

He revisado la factura 2026/137 y nos cobras 32 horas de desarrollo. Habíamos hablado de 25 como máximo para la migración del portal de clientes, y si se iba a pasar nos lo tenías que haber dicho antes, no en la factura.

Las 25 te las pago sin problema; las otras 7 las tenemos que hablar. ¿Me mandas el detalle de las horas por día?

Gracias,
Marta Candela
Gestoría Candela · Elche
""", o="javier", date="2026-12-01 12:10", inv=dict(num="2026/137", amount="1.355,20 €", due="25 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-11-30 09:00", style="gmail", fmt="alt")

M(L("client-reply-dispute", "Agencia de viajes: falta aplicar el 10 % de descuento acordado; pagarán al recibir la rectificada (disputa > promesa)."),
  "Viajes Nómada <hola@viajesnomada.es>", """
Buenas, Lucía:

Falta aplicar el 10 % de descuento que acordamos por ser el tercer catálogo del año (lo hablamos en la reunión de septiembre con Álvaro, creo que hasta te lo confirmé por WhatsApp). Si nos mandas la factura rectificada la pagamos enseguida.

Gracias!
Irene
Viajes Nómada · C/ Fuencarral 98, Madrid
""", o="lucia", date="2026-11-18 11:30", inv=dict(num="2026-048", amount="2.178,00 €", due="15 de noviembre de 2026"),
  c=CO, qt="due", qd="2026-11-16 09:00", style="gmail")

M(L("client-reply-dispute", "Tienda online: la pasarela de pago no funciona; 'hasta que no esté terminado ... no vamos a pagar la factura final'. Trabajo sin terminar."),
  "Aurora Benítez <aurora@ladespensadeaurora.com>", """
Javier, con todo el cariño:

La tienda sigue sin pasarela de pago funcionando, los clientes no pueden pagar con tarjeta y solo nos entran pedidos por transferencia, que son cuatro. Me prometiste que estaría para el Black Friday y ha pasado el Black Friday.

Hasta que no esté terminado lo que se presupuestó no vamos a pagar la factura final. Llámame y lo hablamos, que no quiero que esto acabe mal.

Aurora
""", o="javier", date="2026-11-30 09:02", inv=dict(num="2026/130", amount="1.815,00 €", due="25 de noviembre de 2026"),
  c=dict(kind="person", name="Aurora Benítez"), qt="reminder", qd="2026-11-27 09:00", style="apple", fmt="alt")

M(L("client-reply-dispute", "Imprenta: la factura 2026-065 sería el mismo trabajo que la 2026-042 ya pagada -> factura duplicada (lo plantea como pregunta, pero contesta el cobro).",
    reference="2026-065"),
  "Imprenta Rápida Goya <administracion@imprentagoya.com>", """
Hola Lucía, creo que hay un error: la factura 2026-065 es el mismo trabajo (maquetación del catálogo de Navidad de Almacenes Ebro) que la 2026-042, que ya os pagamos el 20 de noviembre. He mirado los dos PDF y hasta el concepto es igual.

¿Puede ser que esté duplicada? Si es así, anúlala y listo.

Un saludo,
Susana
Imprenta Rápida Goya · Zaragoza
""", o="lucia", date="2027-01-04 10:50", inv=dict(num="2026-065", amount="665,50 €", due="31 de diciembre de 2026"),
  c=CO, qt="reminder", qd="2027-01-04 09:00", style="outlook", re="RE: ")

M(L("client-reply-dispute", "Farmacia: falta la retención del 15 % de IRPF; piden factura rectificativa, 'esta no la podemos contabilizar ni pagar'. Solo HTML con tabla.",
    reference="CR-26-033"),
  "Farmacia Lcda. Ortega <farmaciaortega@farmaciaortega.es>", "", o="carmen", date="2026-11-20 10:35",
  inv=dict(num="CR-26-033", amount="605,00 €", due="18 de noviembre de 2026"), c=CO, qt="due", qd="2026-11-19 09:00",
  style="outlook", fmt="html", re="RE: ",
  body_html="""<p class="MsoNormal">Buenos días:</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">En relación con su factura CR-26-033 (traducción del prospecto y del etiquetado de la línea de fórmulas magistrales), le indicamos que no tiene aplicada la retención del 15&nbsp;% de IRPF. Al ser una actividad profesional facturada a una empresa, estamos obligados a retener.</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Concepto</b></p></td><td><p class="MsoNormal"><b>Su factura</b></p></td><td><p class="MsoNormal"><b>Correcto</b></p></td></tr>
<tr><td><p class="MsoNormal">Base imponible</p></td><td><p class="MsoNormal">500,00 €</p></td><td><p class="MsoNormal">500,00 €</p></td></tr>
<tr><td><p class="MsoNormal">IVA 21 %</p></td><td><p class="MsoNormal">105,00 €</p></td><td><p class="MsoNormal">105,00 €</p></td></tr>
<tr><td><p class="MsoNormal">Retención IRPF 15 %</p></td><td><p class="MsoNormal">—</p></td><td><p class="MsoNormal">-75,00 €</p></td></tr>
<tr><td><p class="MsoNormal"><b>Total</b></p></td><td><p class="MsoNormal"><b>605,00 €</b></p></td><td><p class="MsoNormal"><b>530,00 €</b></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Por favor, envíenos una factura rectificativa. Esta no la podemos contabilizar ni pagar.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Atentamente,</p>
<p class="MsoNormal">Mercedes Ortega Lanza</p>
<p class="MsoNormal"><span style="color:#00703C">Farmacia Lcda. Mercedes Ortega · C/ Larga 12 · Jerez de la Frontera</span></p>""")

M(L("client-reply-dispute", "Hotel: pagado parcial (800 € de 1.210) y el resto retenido hasta recibir las fotos retocadas -> disputa; amount = lo pagado.",
    amount="800.00"),
  "Hotel Mirador de Gredos <gerencia@miradordegredos.com>", """
Nacho, buenos días.

Te hemos pagado 800 € de los 1.210. El resto lo dejamos pendiente hasta que nos entregues las fotos de las habitaciones retocadas como quedamos: las que nos has pasado tienen la luz muy amarilla y en la web parecen de otro hotel. Te adjunto una captura de cómo se ven en el móvil.

Cuando las tengamos corregidas pagamos lo que falta, sin problema.

Un saludo,
Óscar Jiménez
Gerente · Hotel Mirador de Gredos
""", o="nacho", date="2027-01-15 10:05", inv=dict(num="H26-082", amount="1.210,00 €", due="31 de diciembre de 2026"),
  c=CO, qt="reminder", qd="2027-01-14 09:00", style="gmail", att=[png("IMG_4471.PNG")])

M(L("client-reply-dispute", "Tienda online en Tenerife: facturado con IVA 21 % estando en Canarias; su gestoría dice que hay que rectificarla. Disputa del importe."),
  "Tienda Volcán Natural <pedidos@volcannatural.es>", """
Hola Lucía,

Nos has facturado con IVA del 21 % pero nosotros estamos en Canarias, ¿no debería ir sin IVA? Nuestra gestoría dice que así no es correcta y que hay que rectificarla antes de pagar, porque no nos podemos deducir ese IVA.

Un saludo,
Airam Perdomo
Volcán Natural · La Laguna (Tenerife)
""", o="lucia", date="2026-12-04 09:30", tz="Atlantic/Canary",
  inv=dict(num="2026-066", amount="968,00 €", due="30 de noviembre de 2026"), c=CO, qt="reminder", qd="2026-12-03 09:00",
  style="gmail", fmt="alt")

M(L("client-reply-dispute", "Asociación cultural: el festival se canceló por lluvia y no hubo fotos; 'No vamos a pagar esto'. Rechazo total."),
  "Jazz en la Calle <asociacion@jazzenlacalle.org>", """
Nacho:

El festival del 24 de octubre se canceló por la lluvia y no hubo fotos que hacer, te avisamos esa misma mañana. No entendemos por qué nos facturas la jornada completa. Como mucho entenderíamos el desplazamiento, pero no la jornada.

No vamos a pagar esto.

Junta directiva
Asociación Cultural Jazz en la Calle · Las Palmas de Gran Canaria
""", o="nacho", date="2026-11-10 21:17", tz="Atlantic/Canary",
  inv=dict(num="H26-076", amount="428,00 €", due="8 de noviembre de 2026"), c=CO, qt="due", qd="2026-11-09 09:00",
  style="thunderbird")

M(L("client-reply-dispute", "Argentina: habían quedado en 600 dólares y la factura dice 750; 'Los 150 de más no los vamos a pagar'. Voseo.",
    amount="600.00", currency="USD"),
  "Sofía Lanteri <sofia@pampatrips.com>", """
Che, Lucía, me parece que hay un error: habíamos quedado en 600 dólares por el rediseño del logo y la factura dice 750. Los 150 de más no los vamos a pagar, decime si es un error y me mandás la corregida, que los 600 te los giro enseguida.

Besos,
Sofi
Pampa Trips · Buenos Aires
""", o="lucia", date="2026-12-16 14:20", tz="America/Argentina/Buenos_Aires",
  inv=dict(num="2026-067", amount="750,00 USD", due="10 de diciembre de 2026"),
  c=dict(kind="person", name="Sofía Lanteri"), qt="reminder", qd="2026-12-15 09:00", style="gmail")

M(L("client-reply-dispute", "Colombia, hotel: no han recibido la versión final de las ilustraciones con los cambios; 'no podemos autorizar el pago'. Trabajo sin terminar."),
  "Contabilidad Hotel Boutique La Candelaria <contabilidad@hotelcandelaria.com.co>", """
Buenas tardes Daniela.

Con respecto a la cuenta de cobro, le comento que las ilustraciones del mapa del barrio no las hemos recibido en la versión final con los cambios que pidió la gerencia (quitar el Chorro de Quevedo y agregar el museo). Hasta que no las tengamos no podemos autorizar el pago.

Quedo atenta.

Paola Andrea Rincón
Contabilidad
Hotel Boutique La Candelaria · Bogotá D.C.
""", o="daniela", date="2026-11-24 15:05", tz="America/Bogota",
  inv=dict(num="CC-2026-033", amount="3.500.000,00 COP", due="20 de noviembre de 2026"), c=CO, qt="due",
  qd="2026-11-23 08:30", style="outlook", re="RE: ")

M(L("client-reply-dispute", "Imprenta: se factura el diseño de unos folletos que se anularon; 'quedamos en que si no salía adelante no se cobraba. No reconocemos esa factura'.",
    reference="2026-041"),
  "Gráficas Segura <graficassegura@graficassegura.es>", """
Lucía, nos facturas el diseño de los folletos de la feria de Alimentaria, pero al final el cliente lo anuló y tú lo sabías desde el principio. Quedamos en que si no salía adelante no se cobraba.

No reconocemos esa factura, la 2026-041. Si quieres lo hablamos por teléfono, pero así no la vamos a pasar.

Antonio Segura
""", o="lucia", date="2026-11-13 13:40", inv=dict(num="2026-041", amount="544,50 €", due="10 de noviembre de 2026"),
  c=CO, qt="due", qd="2026-11-12 09:00", style="gmail", fmt="alt")

M(L("client-reply-dispute", "Asociación cultural: el presupuesto decía 400 € IVA incluido y la factura es 400 + IVA; 'te pagamos los 400 acordados' y piden la corregida. amount = lo aceptado.",
    amount="400.00"),
  "Asociación Cultural Alborada <alborada.valladolid@gmail.com>", """
Hola Carmen,

En el presupuesto que nos pasaste ponía 400 € IVA incluido (lo tengo delante, del 3 de octubre), y la factura es de 400 + IVA = 484 €. Nosotros te pagamos los 400 acordados, ¿vale? Mándanos la factura corregida, por favor, que el tesorero no me deja pagar una distinta del presupuesto.

Un abrazo,
Begoña
""", o="carmen", date="2027-01-08 18:20", inv=dict(num="CR-26-042", amount="484,00 €", due="31 de diciembre de 2026"),
  c=CO, qt="reminder", qd="2027-01-07 09:00", style="gmail")

M(L("client-reply-dispute", "Administrador de fincas, formal: la junta no aprobó el gasto; piden anular la factura y emitirla a nombre de un particular. Cita Outlook antigua.",
    reference="2027/007"),
  "Fincas Marín <fincasmarin@fincasmarin.com>", """
Estimado Javier:

La junta de propietarios de la Comunidad Avda. de América 14 no aprobó la ampliación del portal web; fue una petición particular del presidente saliente, D. Rafael Cuesta, que no se llegó a votar. Por tanto, la factura 2027/007 no puede ir a cargo de la comunidad.

Le ruego la anule y, si procede, la emita a nombre de D. Rafael Cuesta, con quien deberá entenderse directamente.

Atentamente,

José Luis Marín Pozo
Administrador de Fincas Colegiado
Fincas Marín · Córdoba
""", o="javier", date="2027-02-03 12:00", inv=dict(num="2027/007", amount="726,00 €", due="31 de enero de 2027"),
  c=CO, qt="reminder", qd="2027-02-02 09:00", style="outlook_old", re="RE: ")

M(L("client-reply-dispute", "Gestoría: el presupuesto era 0,08 €/palabra y la factura aplica 0,10; pide rectificarla antes de pasarla al pago."),
  "Rosa Alba <rosa@gestoriaalba.es>", """
Carmen:

En el presupuesto eran 0,08 €/palabra y en la factura aplicas 0,10. Con las 9.600 palabras de las escrituras, la diferencia son casi 200 €. Necesito que la rectifiques antes de pasarla al pago.

Gracias,
Rosa Alba
Gestoría Alba · Dos Hermanas
""", o="carmen", date="2026-12-02 09:55", inv=dict(num="CR-26-035", amount="1.161,60 €", due="30 de noviembre de 2026"),
  c=CO, qt="due", qd="2026-12-01 09:00", style="gmail")

M(L("client-reply-dispute", "México, tienda en línea: la app se retrasó y perdieron el Buen Fin; piden 20 % de descuento y pagar el 80 %. Disputa con propuesta.",),
  "Diego Ramírez <diego@hojadeelote.mx>", """
Javier, buenas.

Sobre la factura, le comento que la entrega de la app se retrasó casi un mes y eso nos hizo perder el Buen Fin, que para nosotros es la mitad de las ventas de noviembre. Creemos justo un descuento del 20 %. Si le parece, le pagamos el 80 % y damos por cerrado el tema.

Quedo al pendiente de sus comentarios.

Saludos,
Diego Ramírez
Hoja de Elote · tienda en línea de productos mexicanos
""", o="javier", date="2026-11-25 12:48", tz="America/Mexico_City",
  inv=dict(num="2026/125", amount="2.800,00 USD", due="20 de noviembre de 2026"),
  c=dict(kind="person", name="Diego Ramírez"), qt="reminder", qd="2026-11-24 09:00", style="gmail", fmt="alt")

M(L("client-reply-dispute", "Chile: faltan fichas de 30 productos; 'No te voy a pagar el total hasta que esté completa', ofrece la mitad. Trabajo incompleto."),
  "Javiera Soto <javiera@tiendaquillay.cl>", """
Hola Carmen.

Te soy honesta, la pega quedó a medias: faltan las fichas de 30 productos que iban en el encargo (toda la línea de jabones). No te voy a pagar el total hasta que esté completa. Si quieres te transfiero la mitad ahora y la otra mitad cuando me mandes lo que falta.

Saludos,
Javiera
Tienda Quillay
""", o="carmen", date="2026-12-09 16:40", tz="America/Santiago",
  inv=dict(num="CR-26-038", amount="880,00 €", due="5 de diciembre de 2026"),
  c=dict(kind="person", name="Javiera Soto"), qt="reminder", qd="2026-12-09 09:00", style="gmail")

M(L("client-reply-dispute", "Restaurante: correo largo y amable sobre las fotos y el menú; en medio, 'vienen 3 sesiones y fueron 2 ... hay que quitar una'. Disputa escondida."),
  "Restaurante Mar de Fondo <mardefondo.coruna@gmail.com>", """
¡Hola Nacho!

Perdona que no te haya contestado antes. Las fotos del arroz negro y de las zamburiñas están triunfando en Instagram, hemos pasado de 2.000 a 3.400 seguidores en un mes y la gente viene preguntando por "el arroz de la foto". Mi socio dice que eres un mago.

Te quería comentar que en primavera vamos a cambiar la carta entera y queremos que la hagas tú otra vez, esta vez también con vídeo si te animas. Ya hablaremos.

Eso sí, en la factura vienen 3 sesiones y fueron 2 (la del 14 se suspendió por el temporal, ¿recuerdas?, que no pudimos ni abrir la terraza), así que entiendo que hay que quitar una. Mándame la buena y la pasamos.

Un abrazo desde A Coruña, que aquí no para de llover,
Brais
""", o="nacho", date="2026-11-30 19:12", inv=dict(num="H26-083", amount="963,00 €", due="25 de noviembre de 2026"),
  c=dict(kind="person", name="Brais Castro"), qt="reminder", qd="2026-11-27 09:00", style="gmail", fmt="alt")

M(L("client-reply-dispute", "Autoescuela: pagarán 'en cuanto nos mandes la factura corregida' porque faltan 150 € de descuento -> disputa (gana sobre la promesa)."),
  "Autoescuela Los Pinos <autoescuelalospinos@yahoo.es>", """
Lucía, la pagamos en cuanto nos mandes la factura corregida: faltan los 150 € del descuento que nos hiciste por los vinilos del coche 3 que hubo que repetir. En cuanto la tenga, la pago ese mismo día.

Un saludo,
Fernando
Autoescuela Los Pinos · Toledo
""", o="lucia", date="2027-02-09 11:11", inv=dict(num="2027-004", amount="786,50 €", due="5 de febrero de 2027"),
  c=CO, qt="reminder", qd="2027-02-08 09:00", style="gmail")

# ---------------------------------------------------------------- OTRAS RESPUESTAS (17)
M(L("client-reply-other", "Gestoría: pide que le reenvíen la factura (no la encuentra, spam). Pregunta sin reclamación."),
  "Asesoría Benavente <info@asesoriabenavente.es>", """
¿Me la puedes reenviar? No la encuentro por ningún lado, creo que se fue al spam con el cambio de servidor.

Gracias,
Elvira
""", o="lucia", date="2026-11-17 12:03", inv=dict(num="2026-038", amount="605,00 €", due="10 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-11-16 09:00", style="gmail")

M(L("client-reply-other", "Hotel: recibieron un correo 'tuyo' con cambio de cuenta bancaria; quieren confirmarlo por teléfono antes de pagar. Pregunta de IBAN, no promesa."),
  "Sonia Albiol <administracion@hotelpeniscolaplaya.com>", """
Buenos días Javier,

Hemos recibido un correo supuestamente tuyo diciendo que has cambiado de cuenta bancaria y que ahora hay que pagar a una cuenta de un banco de Lituania. ¿Es correcto? Antes de hacer nada queremos confirmarlo por teléfono, que el año pasado tuvimos un susto con un proveedor y estos correos.

¿Me llamas cuando puedas al 964 48 12 30? Pregunta por Sonia.

Gracias,
Sonia Albiol
Administración · Hotel Peñíscola Playa
""", o="javier", date="2026-12-03 10:15", inv=dict(num="2026/136", amount="1.089,00 €", due="30 de noviembre de 2026"),
  c=CO, qt="due", qd="2026-12-01 09:00", style="outlook", fmt="alt", re="RE: ")

M(L("client-reply-other", "Asociación cultural: pregunta si deben practicar retención de IRPF siendo sin ánimo de lucro; 'si hay que cambiarla, dinos'. Duda, no disputa."),
  "Tesorería Ateneo Popular de Vallecas <tesoreria@ateneovallecas.org>", """
Hola Carmen, una duda antes de pagar: somos una asociación sin ánimo de lucro, ¿tenemos que practicar retención de IRPF en tu factura? Nuestro tesorero dice que sí, la presidenta dice que no, y ninguno de los dos lo tiene claro 😅

Si hay que cambiarla, dinos. Si no, la pasamos tal cual.

Un saludo,
Lola
""", o="carmen", date="2026-11-24 19:30", inv=dict(num="CR-26-032", amount="302,50 €", due="20 de noviembre de 2026"),
  c=CO, qt="reminder", qd="2026-11-23 09:00", style="gmail")

M(L("client-reply-other", "Cadena hotelera (compras): la factura debe llevar el número de pedido (PO) para tramitarse; piden reemitirla. Solo HTML con tabla; 'PO number needed' = other.",
    reference="H26-078"),
  "Compras Lopesan Costa <compras.proveedores@costameloneras.es>", "", o="nacho", date="2026-12-09 08:40",
  tz="Atlantic/Canary", inv=dict(num="H26-078", amount="2.140,00 €", due="30 de noviembre de 2026"), c=CO, qt="due",
  qd="2026-12-02 09:00", style="outlook", fmt="html", re="RE: ",
  body_html="""<p class="MsoNormal">Estimado proveedor:</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Hemos recibido su factura H26-078. Para poder tramitarla es imprescindible que figure en ella el número de pedido (PO) asignado por el departamento de Compras:</p>
<p class="MsoNormal">&nbsp;</p>
<table border="0" cellpadding="3" style="border:1px solid #999">
<tr><td><p class="MsoNormal"><b>N.º de pedido</b></p></td><td><p class="MsoNormal">4500187233</p></td></tr>
<tr><td><p class="MsoNormal"><b>Centro</b></p></td><td><p class="MsoNormal">Hotel Costa Meloneras – Marketing</p></td></tr>
<tr><td><p class="MsoNormal"><b>Solicitante</b></p></td><td><p class="MsoNormal">Laura Quintana</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Le rogamos emita de nuevo la factura indicándolo y la remita a esta dirección. Las facturas sin número de pedido no pueden registrarse en nuestro sistema.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Saludos cordiales,</p>
<p class="MsoNormal">Departamento de Compras – Proveedores</p>""")

M(L("client-reply-other", "Tienda online grande: necesitan la factura en formato Facturae (XML firmado) subida a su portal de proveedores. Petición de reenvío en otro formato."),
  "Cuentas a Pagar Zapatería Online <facturas@pisandofuerte.es>", """
Hola Javier:

Desde el 1 de enero solo aceptamos facturas en formato Facturae 3.2.2 (XML firmado electrónicamente), subidas a través del portal de proveedores: https://proveedores.pisandofuerte.es

¿Nos la puedes volver a enviar así? El PDF por correo ya no lo podemos registrar. Si no tienes usuario en el portal, dímelo y te lo damos de alta.

Un saludo,
Jon Aranburu
Administración · Pisando Fuerte, S.L.
""", o="javier", date="2027-01-12 11:05", inv=dict(num="2027/001", amount="1.452,00 €", due="10 de enero de 2027"),
  c=CO, qt="reminder", qd="2027-01-11 09:00", style="gmail", fmt="alt")

M(L("client-reply-other", "Farmacia: 'Recibido, gracias. Se lo paso a contabilidad.' Acuse y reenvío interno, sin pago ni promesa."),
  "Farmacia Las Torres <farmacialastorres@gmail.com>", """
Recibido, gracias. Se lo paso a contabilidad.

Rocío
""", o="javier", date="2026-11-05 17:45", inv=dict(num="2026/134", amount="423,50 €", due="20 de noviembre de 2026", issue="5 de noviembre de 2026"),
  c=CO, qt="invoice", qd="2026-11-05 12:00", style="gmail")

M(L("client-reply-other", "Autoescuela: el dueño reenvía el recordatorio a su empleada ('¿puedes mirar si esto está pagado?') con copia a la diseñadora. Delegación, sin afirmación."),
  "Pedro Gállego <pedro@autoescuelaelcid.es>", """
Marisa, ¿puedes mirar si esto está pagado? Yo no lo tengo claro, me suena que sí pero no lo veo en el extracto.

Lucía, te contesta Marisa en cuanto pueda.

Pedro
""", o="lucia", date="2026-12-17 09:20", to="Marisa Ruiz <administracion@autoescuelaelcid.es>",
  cc="Lucía Martín <lucia@martinestudio.es>", inv=dict(num="2026-068", amount="302,50 €", due="10 de diciembre de 2026"),
  c=CO, qt="reminder", qd="2026-12-16 09:00", style="outlook", re="RV: ")

M(L("client-reply-other", "Restaurante: 'Vale, mañana lo miro y te digo.' -> mirar, no pagar: no es promesa de pago."),
  "Raúl | La Bodeguilla de Triana <labodeguillatriana@gmail.com>", """
Vale, mañana lo miro y te digo.

Raúl
""", o="nacho", date="2027-01-07 22:10", inv=dict(num="H26-086", amount="321,00 €", due="31 de diciembre de 2026"),
  c=dict(kind="person", name="Raúl Páez"), qt="reminder", qd="2027-01-07 09:00", style="gmail")

M(L("client-reply-other", "Administrador de fincas: '¿De qué factura se trata? No me consta', pide copia y a qué comunidad corresponde. Pregunta, no disputa."),
  "Administración Fincas Ocaña <ocana@administracionocana.es>", """
Buenos días:

¿De qué factura se trata? No me consta ninguna factura suya en las comunidades que administro. Le ruego me indique a qué comunidad corresponde y me remita copia, porque llevamos catorce edificios y en su correo no viene.

Atentamente,
Gregorio Ocaña
Administración de Fincas Ocaña · Getafe
""", o="javier", date="2026-11-11 10:40", inv=dict(num="2026/123", amount="338,80 €", due="5 de noviembre de 2026"),
  c=CO, qt="due", qd="2026-11-10 09:00", style="outlook", re="RE: ")

M(L("client-reply-other", "Agencia de viajes ignora el recordatorio y encarga otro trabajo (traducción al alemán), pide presupuesto."),
  "Nuria Castaño <nuria@viajesmundoazul.com>", """
Carmen, ¿te podemos encargar la traducción al alemán de los folletos de Semana Santa? Son unas 6.000 palabras y las necesitaríamos para el 20 de febrero como muy tarde. Pásame presupuesto cuando puedas.

Gracias!
Nuria Castaño
Producto · Viajes Mundoazul
""", o="carmen", date="2027-01-25 13:15", inv=dict(num="CR-27-001", amount="580,80 €", due="20 de enero de 2027"),
  c=CO, qt="reminder", qd="2027-01-25 09:00", style="gmail", fmt="alt")

M(L("client-reply-other", "Imprenta: 'Llámame cuando puedas y lo hablamos' sin más. Ni pago ni disputa explícita."),
  "Gráficas Toledo Centro <pedidos@graficastoledocentro.es>", """
Llámame cuando puedas y lo hablamos. Estoy en el taller toda la mañana.

Eusebio
""", o="lucia", date="2026-12-01 08:35", inv=dict(num="2026-040", amount="1.512,50 €", due="31 de octubre de 2026", deadline="11 de diciembre de 2026",
           days_late=30), c=CO, qt="late_fee", qd="2026-11-30 09:00", style="gmail")

M(L("client-reply-other", "Hotel, recepcionista: la persona ya no trabaja allí, indica otra dirección para facturas. Respuesta humana, no auto-respuesta."),
  "Recepción Hotel Plaza Mayor <recepcion@hotelplazamayorsalamanca.es>", """
Hola, buenas tardes.

Sergio ya no trabaja en el hotel desde octubre. Para temas de facturas escribe a administracion@hotelplazamayorsalamanca.es, que lo lleva ahora Maite.

Saludos,
Ana (recepción)
""", o="nacho", date="2026-11-09 16:20", tz="Europe/Madrid",
  inv=dict(num="H26-075", amount="856,00 €", due="31 de octubre de 2026"), c=dict(kind="person", name="Sergio Martín"),
  qt="reminder", qd="2026-11-09 09:00", style="gmail")

M(L("client-reply-other", "Colombia: contabilidad pide RUT actualizado y certificación bancaria para 'causar' la cuenta de cobro. Papeleo, sin pago."),
  "Laura Giraldo <compras@tiendacafemontana.com>", """
Buenos días Daniela,

Para poder causar la cuenta de cobro, contabilidad me pide su RUT actualizado (2026) y una certificación bancaria de la cuenta de ahorros, con fecha de expedición no mayor a 30 días. ¿Me los puede enviar, por favor?

Mil gracias, quedo atenta.

Laura Giraldo
Compras · Café Montaña Tienda Online
Manizales, Caldas
""", o="daniela", date="2026-11-12 09:15", tz="America/Bogota",
  inv=dict(num="CC-2026-030", amount="950.000,00 COP", due="10 de noviembre de 2026"), c=CO, qt="due",
  qd="2026-11-11 08:30", style="gmail")

M(L("client-reply-other", "México: pide SWIFT y dirección del banco porque su banco no da de alta la cuenta solo con IBAN. Pregunta sobre cómo pagar, sin promesa."),
  "Mariana Treviño <mariana@hostalcasaazul.mx>", """
Buen día Javier,

¿Me podría compartir el código SWIFT y la dirección de su banco? Mi banco (Santander México) no me deja dar de alta la cuenta solo con el IBAN, me pide también la dirección completa del beneficiario.

Gracias, saludos.
Mariana Treviño
Hostal Casa Azul · San Miguel de Allende
""", o="javier", date="2026-12-08 11:40", tz="America/Mexico_City",
  inv=dict(num="2026/138", amount="780,00 USD", due="30 de noviembre de 2026"),
  c=dict(kind="person", name="Mariana Treviño"), qt="reminder", qd="2026-12-07 09:00", style="outlook", re="RE: ")

M(L("client-reply-other", "Chile: acuse de recibo de la factura original ('la revisamos y te contamos'). Ni pago ni promesa."),
  "Ignacio Larraín <ilarrain@viajesaustral.cl>", """
Hola Carmen, te confirmo que recibimos la factura. La revisamos con finanzas esta semana y te contamos.

Saludos,
Ignacio Larraín
Viajes Austral · Puerto Varas
""", o="carmen", date="2026-11-06 10:30", tz="America/Santiago",
  inv=dict(num="CR-26-028", amount="1.150,00 €", due="5 de diciembre de 2026", issue="5 de noviembre de 2026"),
  c=dict(kind="person", name="Ignacio Larraín", first="Ignacio"), qt="invoice", qd="2026-11-05 18:00", style="gmail")

M(L("client-reply-other", "Argentina: pregunta si puede pagar con tarjeta o PayPal porque la transferencia al exterior es complicada. Medio de pago, sin compromiso."),
  "Julieta Bianchi <julieta@editorialcartonera.com.ar>", """
Hola Lucía, ¿hay forma de pagarte con tarjeta de crédito o PayPal? Desde acá mandar una transferencia al exterior es un parto, el banco me pide mil papeles y encima el cepo. Si me pasás un link me arreglo.

Gracias!!
Juli
""", o="lucia", date="2026-12-02 12:50", tz="America/Argentina/Buenos_Aires",
  inv=dict(num="2026-069", amount="480,00 USD", due="30 de noviembre de 2026"),
  c=dict(kind="person", name="Julieta Bianchi"), qt="reminder", qd="2026-12-01 09:00", style="gmail")

M(L("client-reply-other", "Hotel en Canarias responde al estado de cuenta: una de las facturas no le consta recibida, pide que se la manden. Pregunta, no disputa ni pago.",
    reference="H26-069"),
  "Maite Rodríguez <admon@hotelbahiaazul.es>", """
Nacho, en tu listado aparece la H26-069 pero a mí no me consta haberla recibido nunca. ¿Me la mandas? Las otras dos las tengo ya en la carpeta de pagos.

Maite
""", o="nacho", date="2027-02-01 09:55", tz="Atlantic/Canary",
  inv=dict(num="H26-069", invoices=[
      dict(num="H26-069", issue="15 de octubre de 2026", due="30 de octubre de 2026", late=92, amount="642,00 €"),
      dict(num="H26-087", issue="20 de diciembre de 2026", due="4 de enero de 2027", late=26, amount="321,00 €"),
      dict(num="H27-002", issue="8 de enero de 2027", due="23 de enero de 2027", late=7, amount="535,00 €")],
      total="1.498,00 €", deadline="10 de febrero de 2027"),
  c=CO, qt="statement", qd="2027-01-30 09:00", style="gmail_old")

# ---------------------------------------------------------------- CORREO DE MÁQUINA (10)
def mid(dom):
    return f"<{token(dom, n=20)}.{token(n=8)}@{dom}>"


def ref_mid(o, qd, n):
    return f"<{dt(qd, OWNERS[o]['tz']).strftime('%Y%m%d%H%M%S')}.{token('x', n, n=10)}@{OWNERS[o]['addr'].split('@')[1]}>"


# 1. BBVA: transferencia recibida
_bbva_txt = """Hola, LUCIA:

Has recibido una transferencia en tu cuenta.

Ordenante: AUTOESCUELA VIA VERDE SL
Importe: 605,00 €
Concepto: FACTURA 2026-060
Cuenta de abono: ES95 0182 **** **** **** 3380
Fecha valor: 16/12/2026

Puedes consultar el detalle del movimiento en la app BBVA o en bbva.es.

Este es un mensaje automático, por favor no respondas a este correo.
Banco Bilbao Vizcaya Argentaria, S.A. · Plaza de San Nicolás 4 · 48005 Bilbao
"""
_bbva_html = """<html><body style="font-family:Arial,sans-serif;color:#072146">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#072146;padding:16px"><img src="https://www.bbva.es/content/dam/public-web/global/images/logos/logo_bbva_blanco.png" alt="BBVA" width="90"></td></tr>
<tr><td style="padding:24px"><p>Hola, LUCIA:</p><p style="font-size:20px"><b>Has recibido una transferencia en tu cuenta</b></p>
<table cellpadding="6" style="border-top:1px solid #ddd;width:100%">
<tr><td>Ordenante</td><td align="right"><b>AUTOESCUELA VIA VERDE SL</b></td></tr>
<tr><td>Importe</td><td align="right"><b>605,00 &euro;</b></td></tr>
<tr><td>Concepto</td><td align="right">FACTURA 2026-060</td></tr>
<tr><td>Cuenta de abono</td><td align="right">ES95 0182 **** **** **** 3380</td></tr>
<tr><td>Fecha valor</td><td align="right">16/12/2026</td></tr></table>
<p style="font-size:12px;color:#666">Este es un mensaje autom&aacute;tico, por favor no respondas a este correo.</p></td></tr></table></body></html>
"""
RAW(L("payment-notification", "Aviso de BBVA de transferencia recibida de la autoescuela (la misma que prometió pagar el miércoles). Importe y concepto con número de factura.",
      amount="605.00", reference="2026-060"),
    [("Date", ("2026-12-16 09:12", "Europe/Madrid")), ("From", "BBVA <notificaciones@avisos.bbva.es>"),
     ("To", "lucia@martinestudio.es"), ("Subject", "Has recibido una transferencia"), ("Message-ID", mid("avisos.bbva.es"))],
    Multi("alternative", [text_leaf(_bbva_txt, cte="quoted-printable"), text_leaf(_bbva_html, "html", cte="quoted-printable")]))

# 2. CaixaBank: Bizum recibido
RAW(L("payment-notification", "CaixaBank: Bizum recibido de 120 € de la clienta de la tienda online (concepto 'Factura logo'). Dinero entrante.",
      amount="120.00"),
    [("Date", ("2026-12-03 18:58", "Europe/Madrid")), ("From", "CaixaBank <notificaciones@caixabank.com>"),
     ("To", "lucia@martinestudio.es"), ("Subject", "Has recibido un Bizum"), ("Message-ID", mid("caixabank.com"))],
    text_leaf("""Bizum

SARA GIL ROMERO te ha enviado 120,00 € a través de Bizum.

Concepto: Factura logo Nube de Algodon
Fecha: 03/12/2026 18:57
Cuenta de abono: ···· 1332

El importe ya está disponible en tu cuenta.

CaixaBank, S.A. – Calle Pintor Sorolla 2-4, 46002 Valencia. Este correo se envía de forma automática; no respondas a esta dirección.
""", cte="base64"))

# 3. Wise: dinero recibido en USD
_wise_html = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head><body style="background:#f2f5f7;font-family:Inter,Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto;background:#fff;padding:32px">
<p style="color:#163300;font-size:28px;font-weight:700">Has recibido 850,00 USD</p>
<p>Hola, Lucía:</p>
<p>PATAGONIA SUR VIAJES S.R.L. te ha enviado <b>850,00 USD</b>. El dinero ya está en tu cuenta en USD.</p>
<table style="width:100%;border-collapse:collapse"><tr><td style="color:#6a6c6a">Referencia</td><td align="right">Factura 2026-052</td></tr>
<tr><td style="color:#6a6c6a">Fecha</td><td align="right">29 dic 2026</td></tr><tr><td style="color:#6a6c6a">N.º de transferencia</td><td align="right">#1174338921</td></tr></table>
<p><a href="https://wise.com/balances" style="background:#9fe870;color:#163300;padding:12px 20px;border-radius:24px;text-decoration:none">Ver tu cuenta</a></p>
<p style="font-size:12px;color:#6a6c6a">Wise Europe SA · Rue du Trône 100, 1050 Bruselas. Has recibido este correo porque tienes una cuenta en Wise.</p>
</div></body></html>
"""
RAW(L("payment-notification", "Wise (en español, HTML): 850 USD recibidos de la agencia argentina, referencia Factura 2026-052.",
      amount="850.00", currency="USD", reference="2026-052"),
    [("Date", ("2026-12-29 14:41", "Europe/Madrid")), ("From", "Wise <noreply@wise.com>"),
     ("To", "Lucía Martín <lucia@martinestudio.es>"), ("Subject", "Has recibido 850,00 USD de PATAGONIA SUR VIAJES S.R.L."),
     ("Message-ID", mid("wise.com"))],
    text_leaf(_wise_html, "html", cte="quoted-printable"))

# 4. Bancolombia: transferencia recibida (Colombia)
RAW(L("payment-notification", "Bancolombia: alerta de transferencia recibida en la cuenta de ahorros de la ilustradora, 2.800.000 COP de la litografía.",
      amount="2800000.00", currency="COP"),
    [("Date", ("2026-11-19 15:02", "America/Bogota")), ("From", "Alertas y Notificaciones <alertasynotificaciones@notificacionesbancolombia.com>"),
     ("To", "daniela@danirestrepo.co"), ("Subject", "Alertas y Notificaciones Bancolombia"), ("Message-ID", mid("notificacionesbancolombia.com"))],
    text_leaf("""Bancolombia le informa:

Recibiste una transferencia por $2.800.000,00 de LITOGRAFIA EL POBLADO S.A.S en tu cuenta de ahorros *8733.
19/11/2026 15:01

Si tienes inquietudes comunícate con nuestra Sucursal Telefónica: Medellín 604 510 90 00, Bogotá 601 343 00 00, resto del país 01 8000 912 345.

Bancolombia nunca te solicitará claves ni datos personales por este medio.
""", charset="iso-8859-1", cte="quoted-printable"))

# 5. Fuera de la oficina con RFC 3834, vuelta con 'incluido'
_o5 = ref_mid("lucia", "2026-12-23 09:00", "2026-070")
RAW(L("auto-reply", "Fuera de la oficina de la gestoría, con Auto-Submitted/X-Autoreply: 'hasta el 7 de enero incluido' -> vuelve el 8.",
      return_date="2027-01-08"),
    [("Date", ("2026-12-23 09:00", "Europe/Madrid")), ("From", "Pilar Alcaraz <pilar@alcarazasesores.es>"),
     ("To", "Lucía Martín <lucia@martinestudio.es>"),
     ("Subject", "Respuesta automática: Recordatorio de pago: factura n.º 2026-070"), ("Message-ID", mid("alcarazasesores.es")),
     ("In-Reply-To", _o5), ("References", _o5), ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
     ("Precedence", "auto_reply")],
    text_leaf("""Gracias por su mensaje.

La oficina permanecerá cerrada por vacaciones de Navidad hasta el 7 de enero incluido. Durante estos días no se atenderá el correo electrónico.

Para trámites urgentes con la Agencia Tributaria o la Seguridad Social pueden llamar al 968 21 44 09 (contestador) y les devolveremos la llamada.

Felices fiestas.

Alcaraz Asesores · Gestoría administrativa y laboral
"""))

# 6. Fuera de la oficina SIN cabeceras, sin fecha de vuelta
_o6 = ref_mid("lucia", "2026-11-30 09:00", "2026-071")
RAW(L("auto-reply", "Respuesta automática de Exchange de la imprenta sin Auto-Submitted ni X-Autoreply; 'unos días', sin fecha de vuelta."),
    [("Date", ("2026-11-30 09:00", "Europe/Madrid")), ("From", "Rafael Montilla <rafael@graficasandalusi.es>"),
     ("To", "Lucía Martín <lucia@martinestudio.es>"),
     ("Subject", "Respuesta automática: Recordatorio de pago: factura n.º 2026-071"), ("Message-ID", mid("graficasandalusi.es")),
     ("In-Reply-To", _o6), ("Thread-Topic", "Recordatorio de pago: factura n.º 2026-071"), ("X-MS-Has-Attach", ""),
     ("Content-Language", "es-ES")],
    Multi("alternative", [
        text_leaf("""Estaré fuera unos días en la feria Graphispag, con acceso limitado al correo.

Para pedidos y urgencias, llamad al taller (957 47 21 90) o escribid a taller@graficasandalusi.es.

Rafa
""", charset="windows-1252", cte="quoted-printable"),
        text_leaf("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">Estaré fuera unos días en la feria Graphispag, con acceso limitado al correo.<br><br>
Para pedidos y urgencias, llamad al taller (957 47 21 90) o escribid a taller@graficasandalusi.es.<br><br>Rafa</div></body></html>
""", "html", charset="windows-1252", cte="quoted-printable")]))

# 7. Acuse de ticket de soporte (tienda online)
_o7 = ref_mid("javier", "2027-01-18 09:00", "2027/001")
RAW(L("auto-reply", "Acuse automático del sistema de tickets de la tienda online (Zendesk): solicitud #48213 recibida, responderán en 24-48 h."),
    [("Date", ("2027-01-18 09:01", "Europe/Madrid")), ("From", "Atención al Proveedor - Pisando Fuerte <soporte@pisandofuerte.zendesk.com>"),
     ("Reply-To", "Atención al Proveedor - Pisando Fuerte <soporte+id48213@pisandofuerte.zendesk.com>"),
     ("To", "Javier Ortega <javier@ortegadev.es>"),
     ("Subject", "[Pisando Fuerte] Re: Factura n.º 2027/001 pendiente de pago"), ("Message-ID", mid("pisandofuerte.zendesk.com")),
     ("In-Reply-To", _o7), ("References", _o7), ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
     ("X-Zendesk-From-Account-Id", "8f1c2a7")],
    text_leaf("""##- Por favor, escribe tu respuesta encima de esta línea -##

Hola, Javier:

Hemos recibido tu solicitud (#48213) y un miembro del equipo de Administración de proveedores la revisará en un plazo de 24 a 48 horas laborables.

Recuerda que, desde el 1 de enero, las facturas deben enviarse en formato Facturae a través del portal de proveedores.

Puedes añadir información a esta solicitud respondiendo a este correo.

Atención al Proveedor · Pisando Fuerte, S.L.

[NQ8Z4W-R2K1]
"""))

# 8. Rebote Postfix permanente
_o8 = ref_mid("lucia", "2026-11-23 09:00", "2026-070")
_bounced_hdrs = f"""Return-Path: <lucia@martinestudio.es>
Received: by smtp04.servidoresdns.net (Postfix, from userid 1001)
	id 4Ff8Kq2Zx1z9sWm; Mon, 23 Nov 2026 09:00:03 +0100 (CET)
Date: Mon, 23 Nov 2026 09:00:02 +0100
From: =?utf-8?q?Luc=C3=ADa_Mart=C3=ADn?= <lucia@martinestudio.es>
To: facturas@autoescuelaronda.es
Subject: =?utf-8?q?Recordatorio_de_pago=3A_factura_n=2E=C2=BA_2026-070?=
Message-ID: {_o8}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""
RAW(L("bounce", "Rebote Postfix de un hosting español: 550 5.1.1 usuario desconocido al mandar el recordatorio a la autoescuela. Permanente.",
      failed_recipient="facturas@autoescuelaronda.es", permanent=True),
    [("Date", ("2026-11-23 09:01", "Europe/Madrid")), ("From", "MAILER-DAEMON@smtp04.servidoresdns.net (Mail Delivery System)"),
     ("To", "lucia@martinestudio.es"), ("Subject", "Undelivered Mail Returned to Sender"),
     ("Message-ID", "<20261123080007.3B1E2C04A1@smtp04.servidoresdns.net>"), ("Auto-Submitted", "auto-replied")],
    Multi("report", [
        text_leaf("""This is the mail system at host smtp04.servidoresdns.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<facturas@autoescuelaronda.es>: host mx.autoescuelaronda.es[185.42.104.17]
    said: 550 5.1.1 <facturas@autoescuelaronda.es>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")]),
        Leaf("message/delivery-status", b"""Reporting-MTA: dns; smtp04.servidoresdns.net
X-Postfix-Queue-ID: 4Ff8Kq2Zx1z9sWm
X-Postfix-Sender: rfc822; lucia@martinestudio.es
Arrival-Date: Mon, 23 Nov 2026 09:00:03 +0100 (CET)

Final-Recipient: rfc822; facturas@autoescuelaronda.es
Original-Recipient: rfc822;facturas@autoescuelaronda.es
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.autoescuelaronda.es
Diagnostic-Code: smtp; 550 5.1.1 <facturas@autoescuelaronda.es>: Recipient
    address rejected: User unknown in virtual mailbox table
""", None, headers=[("Content-Description", "Delivery report")]),
        Leaf("text/rfc822-headers", _bounced_hdrs.encode(), None, headers=[("Content-Description", "Undelivered Message Headers")]),
    ], params={"report-type": "delivery-status"}))

# 9. Office 365: entrega retrasada (temporal)
_o9 = ref_mid("javier", "2027-01-05 09:00", "2027/008")
RAW(L("bounce", "Exchange Online en español: 'Entrega retrasada', greylisting 451; seguirá intentándolo -> temporal.",
      failed_recipient="contabilidad@fincasroldan.es", permanent=False),
    [("Date", ("2027-01-05 13:02", "Europe/Madrid")),
     ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ortegadev.es>"),
     ("To", "Javier Ortega <javier@ortegadev.es>"), ("Subject", "Entrega retrasada: Factura n.º 2027/008 pendiente de pago"),
     ("Message-ID", mid("AM9PR04MB8211.eurprd04.prod.outlook.com")), ("In-Reply-To", _o9), ("References", _o9),
     ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    Multi("report", [
        Multi("alternative", [
            text_leaf("""La entrega está retrasada a estos destinatarios o grupos:

contabilidad@fincasroldan.es (contabilidad@fincasroldan.es)

Asunto: Factura n.º 2027/008 pendiente de pago

Este mensaje todavía no se ha entregado. Seguiremos intentando entregarlo.

El servidor intentará entregar el mensaje durante 1 días, 19 horas y 56 minutos más. Recibirá una notificación si no se puede entregar el mensaje en ese tiempo.




Información de diagnóstico para administradores:

Servidor de generación: AM9PR04MB8211.eurprd04.prod.outlook.com
Mensaje de recepción: 451 4.7.1 Greylisted, please try again in 300 seconds
Último intento en: 05/01/2027 12:01:44
"""),
            text_leaf("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<p style="font-family:Segoe UI,Frutiger,Helvetica,Arial,sans-serif;font-size:16pt;color:#000">La entrega está retrasada a estos destinatarios o grupos:</p>
<p><a href="mailto:contabilidad@fincasroldan.es">contabilidad@fincasroldan.es</a> (contabilidad@fincasroldan.es)</p>
<p>Asunto: Factura n.º 2027/008 pendiente de pago</p>
<p>Este mensaje todavía no se ha entregado. Seguiremos intentando entregarlo.</p>
<p>El servidor intentará entregar el mensaje durante 1 días, 19 horas y 56 minutos más. Recibirá una notificación si no se puede entregar el mensaje en ese tiempo.</p>
<p style="font-size:9pt">Servidor de generación: AM9PR04MB8211.eurprd04.prod.outlook.com<br>451 4.7.1 Greylisted, please try again in 300 seconds</p>
</body></html>
""", "html")]),
        Leaf("message/delivery-status", b"""Reporting-MTA: dns;AM9PR04MB8211.eurprd04.prod.outlook.com
Received-From-MTA: dns;AM9PR04MB8211.eurprd04.prod.outlook.com
Arrival-Date: Tue, 5 Jan 2027 08:01:40 +0000

Final-Recipient: rfc822;contabilidad@fincasroldan.es
Action: delayed
Status: 4.7.1
Diagnostic-Code: smtp;451 4.7.1 Greylisted, please try again in 300 seconds
Will-Retry-Until: Thu, 7 Jan 2027 07:58:00 +0000
X-Display-Name: contabilidad@fincasroldan.es
""", "7bit"),
        Leaf("text/rfc822-headers", f"""From: Javier Ortega <javier@ortegadev.es>
To: "contabilidad@fincasroldan.es" <contabilidad@fincasroldan.es>
Subject: =?utf-8?q?Factura_n=2E=C2=BA_2027/008_pendiente_de_pago?=
Date: Tue, 5 Jan 2027 08:00:01 +0000
Message-ID: {_o9}
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
""".encode(), "7bit"),
    ], params={"report-type": "delivery-status"}))

# 10. Bizum ENVIADO entre amigas (salida de dinero)
RAW(L("other", "CaixaBank: Bizum ENVIADO por la propia Lucía a una amiga (cena); dinero que sale, no entra -> other."),
    [("Date", ("2027-01-16 22:31", "Europe/Madrid")), ("From", "CaixaBank <notificaciones@caixabank.com>"),
     ("To", "lucia@martinestudio.es"), ("Subject", "Has enviado un Bizum"), ("Message-ID", mid("caixabank.com"))],
    text_leaf("""Bizum

Has enviado 25,00 € a MARTA SANZ ROBLEDO a través de Bizum.

Concepto: cena viernes 🍕
Fecha: 16/01/2027 22:30
Cuenta de cargo: ···· 1332

Si no reconoces esta operación, llama al 900 40 40 90.

CaixaBank, S.A. – Calle Pintor Sorolla 2-4, 46002 Valencia. Este correo se envía de forma automática; no respondas a esta dirección.
""", cte="base64"))


# ===========================================================================
# Escritura y comprobación
# ===========================================================================
def toml_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = list(range(len(MESSAGES)))
    random.Random(1414).shuffle(order)
    out = ['# round14-es: respuestas de clientes en español (España, Argentina, Colombia, Chile, México)',
           '# Generado por make.py; no editar a mano.', '']
    keys = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
            "failed_recipient", "permanent", "note"]
    for i, idx in enumerate(order, 1):
        label, data = MESSAGES[idx]
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        lab = dict(label)
        lab["language"] = "es"
        lab["split"] = "dev"
        out.append(f'[files."{name}"]')
        for k in keys:
            if k in lab:
                out.append(f"{k} = {toml_str(lab[k])}")
        extra = set(lab) - set(keys)
        assert not extra, extra
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check()


def check():
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert sorted(labels) == files, "labels.toml y los .eml no coinciden"
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], f"{f}: falta {h}"
        assert m["Date"].datetime is not None, f
        d = m["Date"].datetime
        assert _dt.datetime(2026, 11, 1, tzinfo=_dt.timezone.utc) <= d <= _dt.datetime(2027, 3, 1, tzinfo=_dt.timezone.utc), f
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        body = m.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), f"{f}: sin cuerpo"
        lab = labels[f]
        if lab["kind"] == "client-reply-promise" and "promised_date" in lab:
            _dt.date.fromisoformat(lab["promised_date"])
    c = Counter(v["kind"] for v in labels.values())
    print(f"{len(files)} mensajes OK")
    for k, n in sorted(c.items()):
        print(f"  {k:24s} {n}")


if __name__ == "__main__":
    main()
