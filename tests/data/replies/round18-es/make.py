#!/usr/bin/env python3
"""round18-es: 80 messages in Spanish that come back to a freelancer after an invoice.

About half from Spain, half from Latin America (México, Argentina, Colombia, Chile, Perú): autónomos,
pymes, gestorías writing for the client, big companies' accounts payable, ayuntamientos, people on the
phone; plus bank notices, auto-replies, bounces and other mail.

Standard library only. Run it: it writes r18s-0001.eml ... r18s-0080.eml and labels.toml next to itself,
then parses every file again with the default policy and checks every label against it.

Five mailbox owners (the freelancers who sent the invoices and the mailduns reminders):
  lucia     Lucía Ferrer Navarro, diseñadora gráfica, Valencia (clients in Spain, B2B fees)
  diego     Diego Salcedo Ruiz, desarrollador web, Madrid (clients in Spain, Chile, Perú)
  valentina Valentina Ríos Arango, consultora de marketing, Medellín (clients in Colombia, COP)
  pablo     Pablo Ibarra Lozano, fotografía y vídeo, Ciudad de México (clients in México, MXN)
  sofia     Sofía Maidana, traductora pública, Córdoba (clients in Argentina, ARS)
The reminders quoted in the replies follow templates/es/*.txt.j2 word for word.
Every client's own text below is written by hand, one message at a time.
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import html as _html
import quopri
import re
import struct
import sys
import zlib
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r18s"
N = 80

# --------------------------------------------------------------------------------------------
# Time


def when(y, mo, d, h, mi, tz, s=None):
    """A moment in the sender's zone; tz is "+0100", "-0600", ..."""
    sign = 1 if tz[0] == "+" else -1
    off = sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    if s is None:
        s = (d * 7 + mi * 13 + h) % 60
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(off))


def hdate(dt):
    return format_datetime(dt)


DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS_AB = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MESES_AB = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def long_date(d):
    """mailduns' long date in es_ES: "2 de diciembre de 2026"."""
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def D(y, m, d):
    return date(y, m, d)


# --------------------------------------------------------------------------------------------
# Headers


def enc(text, charset="utf-8"):
    """A header value, RFC 2047 encoded when it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, address, charset="utf-8", quote=False):
    if not name:
        return f"<{address}>" if quote else address
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.;:()<>@"'):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{address}>"


def outlook_server(h, kind):
    """An Exchange Online mailbox server name: AM9PR07MB7203 (Europe), BY5PR11MB4035 (Americas)."""
    pre = (["AM9", "DB9", "PA4", "VI1", "AS8", "DU0", "GV1", "PR3"] if kind == "outlook"
           else ["BY5", "SJ0", "CH3", "MN2", "DM6", "PH0", "CO6", "SA1"])[int(h[0], 16) % 8]
    return f"{pre}PR{int(h[1:3], 16) % 19 + 1:02d}MB{int(h[3:7], 16) % 9000 + 1000}"


def mid(n, kind, domain):
    """A Message-ID in the style of the sender's software (deterministic)."""
    h = hashlib.sha1(f"{PREFIX}-{n}-{kind}-{domain}".encode()).hexdigest()
    H = h.upper()
    if kind == "gmail":
        b = base64.urlsafe_b64encode(bytes.fromhex(h + h[:20])).decode().rstrip("=")
        return f"<CA{b[:56]}@mail.gmail.com>"
    if kind in ("outlook", "outlook-us"):
        return f"<{outlook_server(h, kind)}{H[12:36]}@{outlook_server(h, kind)}.{'eurprd' if kind == 'outlook' else 'namprd'}{int(h[36:38], 16) % 20 + 1:02d}.prod.outlook.com>"
    if kind == "apple":
        return f"<{H[:8]}-{H[8:12]}-{H[12:16]}-{H[16:20]}-{H[20:32]}@{domain}>"
    if kind == "mailduns":
        return f"<{int(h[:10], 16) % 10**12 + 176400000000}.{int(h[10:14], 16)}.{int(h[14:24], 16) % 10**10}@{domain}>"
    if kind == "yahoo":
        return f"<{int(h[:12], 16) % 10**10}.{int(h[12:20], 16) % 10**7}@mail.yahoo.com>"
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


# --------------------------------------------------------------------------------------------
# MIME parts, serialised by hand so the bytes are what a real client writes


def _b64(data):
    return base64.encodebytes(data)


class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte=None, params="", quoted_charset=True):
        self.text, self.subtype, self.charset, self.params = text, subtype, charset, params
        if cte is None:
            try:
                text.encode("ascii")
                cte = "7bit"
            except UnicodeEncodeError:
                cte = "quoted-printable"
        self.cte = cte
        self.quoted_charset = quoted_charset

    def render(self):
        raw = self.text.encode(self.charset)
        if self.cte == "base64":
            body = _b64(raw)
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(raw)
        else:
            body = raw
        if not body.endswith(b"\n"):
            body += b"\n"
        cs = f'"{self.charset}"' if self.quoted_charset else self.charset
        head = f"Content-Type: text/{self.subtype}; charset={cs}{self.params}\nContent-Transfer-Encoding: {self.cte}\n"
        return head.encode() + b"\n" + body


class Multi:
    def __init__(self, subtype, parts, boundary, params="", preamble=""):
        self.subtype, self.parts, self.boundary, self.params, self.preamble = subtype, parts, boundary, params, preamble

    def render(self):
        out = [f'Content-Type: multipart/{self.subtype};{self.params}\n\tboundary="{self.boundary}"\n\n'.encode()]
        if self.preamble:
            out.append(self.preamble.encode() + b"\n")
        for p in self.parts:
            out.append(f"--{self.boundary}\n".encode())
            out.append(p.render())
            out.append(b"\n")
        out.append(f"--{self.boundary}--\n".encode())
        return b"".join(out)


class Att:
    def __init__(self, ctype, filename, data, inline=False, cid=None, filename_star=False):
        self.ctype, self.filename, self.data, self.inline, self.cid = ctype, filename, data, inline, cid
        self.filename_star = filename_star

    def render(self):
        disp = "inline" if self.inline else "attachment"
        if self.filename_star:
            from urllib.parse import quote
            fn = f"filename*=utf-8''{quote(self.filename)}"
            nm = f"name*=utf-8''{quote(self.filename)}"
        else:
            fn, nm = f'filename="{self.filename}"', f'name="{self.filename}"'
        head = f"Content-Type: {self.ctype}; {nm}\nContent-Disposition: {disp}; {fn}\n"
        if self.cid:
            head += f"Content-ID: <{self.cid}>\n"
        head += "Content-Transfer-Encoding: base64\n"
        return head.encode() + b"\n" + _b64(self.data)


class Raw:
    """A part whose headers and body are given as they are (delivery-status, rfc822 ...)."""

    def __init__(self, head, body):
        self.head, self.body = head, body

    def render(self):
        body = self.body if isinstance(self.body, bytes) else self.body.encode("utf-8")
        if not body.endswith(b"\n"):
            body += b"\n"
        if not self.head.strip():
            return b"\n" + body
        return self.head.strip("\n").encode() + b"\n\n" + body


def mail(headers, body):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    if not any(k.lower() == "mime-version" for k, _ in headers):
        lines.append("MIME-Version: 1.0")
    return "\n".join(lines).encode() + b"\n" + body.render()


# --------------------------------------------------------------------------------------------
# Small binary attachments (a few real bytes are enough)


def pdf_bytes(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            b"4 0 obj\n<< /Title (" + t + b") /Producer (Banca Online) >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R /Info 4 0 R >>\n%%EOF\n")


def png_bytes(w=2, h=2):
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def jpg_bytes():
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            b"\xff\xdb\x00C\x00" + bytes(range(1, 65)) + b"\xff\xd9")


# --------------------------------------------------------------------------------------------
# The freelancers and their reminders (templates/es, rendered the way mailduns renders them)

OWNERS = {
    "lucia": dict(name="Lucía Ferrer Navarro", addr="lucia@ferrernavarro.es", domain="ferrernavarro.es",
                  beneficiary="Lucía Ferrer Navarro", iban="ES71 0049 1892 6721 1034 5527", bic="BSCHESMMXXX",
                  subject="Factura {n} - Ferrer Navarro Diseño"),
    "diego": dict(name="Diego Salcedo Ruiz", addr="hola@diegosalcedo.dev", domain="diegosalcedo.dev",
                  beneficiary="Diego Salcedo Ruiz", iban="ES43 0081 0216 7400 0166 1279", bic="BSABESBBXXX",
                  subject="Factura {n}"),
    "valentina": dict(name="Valentina Ríos Arango", addr="valentina@riosarango.co", domain="riosarango.co",
                      details="cuenta de ahorros Bancolombia n.º 245-873102-88 a nombre de Valentina Ríos Arango, "
                              "C.C. 1.036.654.210",
                      subject="Factura electrónica {n} - Valentina Ríos Arango"),
    "pablo": dict(name="Pablo Ibarra Lozano", addr="pablo@ibarrastudio.mx", domain="ibarrastudio.mx",
                  details="transferencia SPEI a la CLABE 012180004571239846 (BBVA México) a nombre de Pablo "
                          "Ibarra Lozano",
                  subject="Factura {n} | Ibarra Studio"),
    "sofia": dict(name="Sofía Maidana", addr="sofia@maidanatraducciones.com.ar", domain="maidanatraducciones.com.ar",
                  details="transferencia a la cuenta del Banco Galicia, CBU 0070089420000045127733, alias "
                          "SOFIA.MAIDANA.TRAD",
                  subject="Factura C {n}"),
}


def money(amount, cur="EUR"):
    """es_ES money as mailduns writes it: 1210,00 € / 12.100,00 € (CLDR: grouping from 5 digits)."""
    q = Decimal(amount).quantize(Decimal("0.01"))
    ip, fp = f"{q:.2f}".split(".")
    if len(ip) >= 5:
        ip = f"{int(ip):,}".replace(",", ".")
    sym = {"EUR": "€", "USD": "US$"}.get(cur, cur)
    return f"{ip},{fp} {sym}"


def saludo(client):
    if client.get("salutation"):
        return client["salutation"]
    kind, name = client.get("kind"), client.get("name")
    if kind == "company":
        return "Estimados señores:"
    if kind == "person" and name:
        first = name.split()[0].lower()
        if first in ("sra.", "sra", "srta.", "d.ª", "dña.", "doña"):
            return f"Estimada {name}:"
        if first in ("sr.", "sr", "d.", "don"):
            return f"Estimado {name}:"
        return f"Buenos días, {name}:"
    return "Buenos días:"


def payment_block(o, number):
    if o.get("iban"):
        lines = ["Datos para el pago:", f"- beneficiario: {o['beneficiary']}", f"- IBAN: {o['iban']}",
                 f"- BIC: {o['bic']}", f"- concepto: Factura {number}"]
        return "\n".join(lines)
    return f"Datos para el pago: {o['details']}"


def fee_paragraphs(fees):
    """fees: dict(rate, lines=[...]) for a B2B client in Spain (Ley 3/2004)."""
    if not fees:
        return ""
    text = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que "
            "se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). "
            "Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de demora al tipo legal: "
            "el tipo del Banco Central Europeo para sus operaciones principales de financiación más ocho puntos "
            f"porcentuales, actualmente el {fees['rate']} anual (arts. 5 y 7). A la deuda se añade, además, una cantidad "
            "fija de 40,00 € en concepto de indemnización por costes de cobro (art. 8).\n\n"
            "A día de hoy, el importe adeudado es el siguiente:\n")
    text += "\n".join(f"- {line}" for line in fees["lines"])
    return text + "\n\n"


def letter(step, owner, client, number, amount=None, cur="EUR", due=None, issue=None, days_late=0, deadline=None,
           fees=None, fee_total=None, promise_date=None, claim_date=None, paid_on=None, suspension_date=None):
    """The text of a mailduns reminder, as in templates/es/<step>.txt.j2."""
    o = OWNERS[owner]
    am = f" de {money(amount, cur)}" if amount else ""
    s = saludo(client) + "\n\n"
    pay = payment_block(o, number)
    if step == "courtesy":
        s += (f"Un breve recordatorio: la factura n.º {number}{am}"
              + (f", emitida el {long_date(issue)}," if issue else "")
              + f" vence el {long_date(due)}.\n\n"
              "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
              f"{pay}\n\nPara cualquier duda, basta con responder a este correo.\n\n")
    elif step == "due":
        if days_late > 0:
            s += (f"La factura n.º {number}{am} venció el {long_date(due)} y, según mis registros, el pago aún no "
                  "consta. Agradecería que se tramitara en los próximos días.\n\n")
        else:
            s += f"La factura n.º {number}{am} vence hoy, {long_date(due)}.\n\n"
        s += ("Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
              f"{pay}\n\nPara cualquier duda, basta con responder a este correo.\n\n")
    elif step == "reminder":
        s += (f"Revisando mis cuentas, veo que la factura n.º {number}{am}, vencida el {long_date(due)}, sigue "
              "pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en "
              "cuanto sea posible.\n\n" + fee_paragraphs(fees)
              + "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de "
              "la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, "
              f"podemos aclararlo por esta misma vía.\n\n{pay}\n\n")
    elif step == "late_fee":
        late = f", hace {days_late} días," if days_late > 1 else ""
        tot = f" de {fee_total}" if fee_total else am
        s += (f"La factura n.º {number}{am} venció el {long_date(due)}{late} y sigue pendiente de pago.\n\n"
              + fee_paragraphs(fees)
              + f"Ruego que el pago{tot} se realice a más tardar el {long_date(deadline)}. Si ya está en curso, "
              "muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con "
              "la factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n"
              f"{pay}\n\n")
    elif step == "suspension":
        tot = f" de {fee_total}" if fee_total else am
        s += (f"Vuelvo a ponerme en contacto en relación con la factura n.º {number}{am}, vencida el {long_date(due)} "
              "y todavía pendiente de pago.\n\n" + fee_paragraphs(fees)
              + f"Si para el {long_date(deadline)} no se ha recibido el pago{tot}, a partir del "
              f"{long_date(suspension_date)} podría verme en la necesidad de suspender los trabajos en curso y la "
              "prestación de los servicios contratados hasta que se regularice la situación. Si existe alguna "
              "dificultad (por ejemplo, si es necesario fraccionar el pago), basta con responder a este correo y "
              f"buscaremos una solución.\n\n{pay}\n\n")
    elif step == "promise_followup":
        if promise_date:
            s += (f"Según su último mensaje, el pago de la factura n.º {number}{am} se realizaría a más tardar el "
                  f"{long_date(promise_date)}; gracias de nuevo por la información.\n\n")
        else:
            s += (f"Gracias de nuevo por la información sobre el pago de la factura n.º {number}{am}, vencida el "
                  f"{long_date(due)}.\n\n")
        s += ("A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder "
              "indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo "
              f"puedo contar con él.\n\n{pay}\n\n")
    elif step == "paid_claim_followup":
        s += (f"Muchas gracias por comunicarme" + (f" el {long_date(claim_date)}" if claim_date else "")
              + f" que la factura n.º {number}{am} ya está pagada"
              + (f" (transferencia ordenada el {long_date(paid_on)})" if paid_on else "") + ".\n\n"
              "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos "
              "días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería "
              "de gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el "
              "justificante.\n\n")
        if o.get("iban"):
            s += (f"Para comprobarlo, estos son los datos bancarios correctos:\n- beneficiario: {o['beneficiary']}\n"
                  f"- IBAN: {o['iban']}\n- concepto: Factura {number}\n\n")
        s += ("Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es "
              "necesario hacer nada más. Gracias por su colaboración.\n\n")
    elif step == "final":
        s = f"Asunto: Requerimiento de pago de la factura n.º {number}\n\n" + s
        who = f" a nombre de {client['name']}" if client.get("name") else ""
        s += (f"La factura n.º {number}, emitida{who} el {long_date(issue)}, venció el {long_date(due)} y, pese a los "
              f"recordatorios enviados anteriormente, sigue pendiente de pago por un importe de {money(amount, cur)}.\n\n"
              + fee_paragraphs(fees)
              + "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de "
              f"{fee_total or money(amount, cur)} a más tardar el {long_date(deadline)}"
              + (", más los intereses de demora que se devenguen hasta la fecha del pago" if fees else "") + ".\n\n"
              "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
              "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
              "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
              "retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
              "responder a este correo.\n\n"
              f"Si para el {long_date(deadline)} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que "
              "pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. "
              "Preferiría sinceramente evitarlo.\n\n"
              "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en "
              "ese caso, basta una breve respuesta con la fecha de la transferencia.\n\n"
              f"{pay}\n\nAtentamente,\n{o['name']}")
        return s
    else:
        raise ValueError(step)
    return s + f"Un cordial saludo,\n{o['name']}"


def statement(owner, client, items, total, deadline, cur="EUR"):
    """templates/es/statement.txt.j2 without fees. items: (number, issue, due, days_late, amount)."""
    o = OWNERS[owner]
    s = saludo(client) + "\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n"
    for num, issue, due, late, amount in items:
        dias = "1 día" if late == 1 else f"{late} días"
        s += f"- n.º {num}, del {long_date(issue)}, vencida el {long_date(due)} ({dias} de retraso): {money(amount, cur)}\n"
    nums = ", ".join(i[0] for i in items)
    if o.get("iban"):
        pay = (f"Datos para el pago:\n- beneficiario: {o['beneficiary']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
               f"- concepto: Facturas {nums}")
    else:
        pay = f"Datos para el pago: {o['details']}"
    s += (f"\nTotal a pagar: {money(total, cur)}\n\n"
          f"Ruego que el pago de estas facturas se realice a más tardar el {long_date(deadline)}. Si alguna de ellas ya "
          "está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la transferencia, para que "
          "pueda actualizar mis registros. Si hay algún problema con alguna factura, podemos aclararlo por esta misma "
          f"vía.\n\n{pay}\n\nUn cordial saludo,\n{o['name']}")
    return s


# --------------------------------------------------------------------------------------------
# Quoting as mail clients do it


def gt(text, mark=">"):
    return "\n".join(mark + (" " + line if line else "") if not line.startswith(">") else mark + line
                     for line in text.split("\n"))


def hm(dt):
    return f"{dt.hour}:{dt.minute:02d}"


def attr_gmail(dt, name, address):
    wd = DIAS_AB[dt.weekday()]
    return f"El {wd}, {dt.day} {MESES_AB[dt.month - 1]} {dt.year} a las {hm(dt)}, {name} (<{address}>) escribió:"


def attr_gmail_html(dt, name, address):
    wd = DIAS_AB[dt.weekday()]
    return (f"El {wd}, {dt.day} {MESES_AB[dt.month - 1]} {dt.year} a las {hm(dt)}, {esc(name)} (&lt;<a href=\"mailto:"
            f"{address}\">{address}</a>&gt;) escribió:")


def attr_apple(dt, name, address):
    return f"El {dt.day} {MESES_AB[dt.month - 1]} {dt.year}, a las {hm(dt)}, {name} <{address}> escribió:"


def sent_long(dt, seconds=False):
    t = f"{dt.hour}:{dt.minute:02d}" + (f":{dt.second:02d}" if seconds else "")
    return f"{DIAS[dt.weekday()]}, {dt.day} de {MESES[dt.month - 1]} de {dt.year} {t}"


def outlook_header(dt, frm_name, frm_addr, to, subject, web=False, cc=None):
    lines = [f"De: {frm_name} <{frm_addr}>",
             f"{'Enviado' if web else 'Enviado el'}: {sent_long(dt)}",
             f"Para: {to}"]
    if cc:
        lines.append(f"{'CC' if web else 'CC'}: {cc}")
    lines.append(f"Asunto: {subject}")
    return "\n".join(lines)


def esc(s):
    return _html.escape(s, quote=False)


def lines_div(text):
    out = []
    for line in text.split("\n"):
        out.append(f"<div>{esc(line)}</div>" if line else "<div><br></div>")
    return "".join(out)


def gmail_html(own, dt, name, address, quoted):
    return ('<div dir="ltr">' + lines_div(own) + '</div><br><div class="gmail_quote gmail_quote_container">'
            f'<div dir="ltr" class="gmail_attr">{attr_gmail_html(dt, name, address)}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">' + lines_div(quoted) + "</blockquote></div>\n")


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
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.EstiloCorreo18
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-fareast-language:EN-US;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def mso_paras(text, color=None):
    st = f' style="color:{color}"' if color else ""
    out = []
    for line in text.split("\n"):
        if line:
            out.append(f'<p class="MsoNormal"><span{st}>{esc(line)}<o:p></o:p></span></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def outlook_html(own, dt, frm_name, frm_addr, to, subject, quoted, cs="utf-8", web=False, color=None, cc=None):
    hdr = (f'<p class="MsoNormal"><b><span lang="ES">De:</span></b><span lang="ES"> {esc(frm_name)} '
           f'&lt;{frm_addr}&gt; <br>\n<b>{"Enviado" if web else "Enviado el"}:</b> {sent_long(dt)}<br>\n'
           f'<b>Para:</b> {esc(to)}<br>\n' + (f"<b>CC:</b> {esc(cc)}<br>\n" if cc else "")
           + f'<b>Asunto:</b> {esc(subject)}<o:p></o:p></span></p>')
    return (OUTLOOK_HEAD.format(cs=cs) + mso_paras(own, color) + "\n"
            '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            + hdr + "\n</div>\n</div>\n" + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + mso_paras(quoted)
            + "\n</div>\n</body>\n</html>\n")


def apple_html(own, attr, quoted):
    q = "".join(f"{esc(line)}<br>" if line else "<br>" for line in quoted.split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + "".join(f"<div>{esc(line)}</div>" if line else "<div><br></div>"
                                          for line in own.split("\n"))
            + f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
            f'<blockquote type="cite"><div dir="ltr">{q}</div></blockquote></body></html>\n')


# --------------------------------------------------------------------------------------------
# Registry

MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


def thread(owner, number, k=1):
    """Message-IDs of the invoice mail and of its k reminders (mailduns writes them with the owner's domain)."""
    dom = OWNERS[owner]["domain"]
    return mid(f"{number}-inv", "mailduns", dom), [mid(f"{number}-r{i}", "mailduns", dom) for i in range(k)]


def refs(*ids):
    return " ".join(ids)


def subj(owner, number):
    return OWNERS[owner]["subject"].format(n=number)
def boundary(n, style):
    h = hashlib.sha1(f"{PREFIX}-{n}-b-{style}".encode()).hexdigest()
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "outlook":
        srv = outlook_server(h, "outlook")
        return f"_000_{srv}{h[7:27].upper()}{srv.lower()}eurp_"
    if style in ("apple", "iphone"):
        u = h.upper()
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
    if style == "samsung":
        return f"--_com.samsung.android.email_{int(h[:14], 16)}"
    return f"----=_Part_{int(h[:5], 16)}_{int(h[5:14], 16)}.{1790000000000 + int(h[14:20], 16)}"


def thread_index(n):
    return base64.b64encode(hashlib.sha1(f"ti-{n}".encode()).digest() + b"\x11\x22").decode()


def local(dt_other, dt_here):
    """dt_other as seen in dt_here's time zone (mail clients show quoted dates in the reader's zone)."""
    return dt_other.astimezone(dt_here.tzinfo)


def client_reply(n, *, style, owner, frm_name, frm_addr, dt, own, quoted=None, rem_dt=None, subject,
                 irt=None, refs_=None, to=None, cc=None, charset="utf-8", cte="quoted-printable", html=True,
                 atts=(), footer=None, web=False, quote_from=None, quote_to=None, quote_subject=None,
                 html_cte=None, extra=(), mid_domain=None, mailer=None, html_only=False, msgid=None):
    """A client's reply as the client's mail program writes it: own text, footer, the quoted reminder."""
    o = OWNERS[owner]
    to = to or addr(o["name"], o["addr"])
    q_from_name, q_from_addr = quote_from or (o["name"], o["addr"])
    q_to = quote_to or frm_addr
    q_subject = quote_subject or subject
    mdom = mid_domain or frm_addr.split("@")[1]
    qdt = local(rem_dt, dt) if rem_dt else None
    own_full = own + (f"\n\n{footer}" if footer else "")
    plain_html = None
    if style == "gmail":
        plain = own_full
        if quoted:
            plain += "\n\n" + attr_gmail(qdt, q_from_name, q_from_addr) + "\n\n" + gt(quoted)
            plain_html = gmail_html(own_full, qdt, q_from_name, q_from_addr, quoted)
        else:
            plain_html = '<div dir="ltr">' + lines_div(own_full) + "</div>\n"
        mk = "gmail"
    elif style == "outlook":
        plain = own_full
        if quoted:
            sep = "\n\n________________________________\n" if web else "\n\n"
            plain += sep + outlook_header(qdt, q_from_name, q_from_addr, q_to, q_subject, web=web) + "\n\n" + quoted
            plain_html = outlook_html(own_full, qdt, q_from_name, q_from_addr, q_to, q_subject, quoted,
                                      cs=charset, web=web)
        else:
            plain_html = OUTLOOK_HEAD.format(cs=charset) + mso_paras(own_full) + "\n</div>\n</body>\n</html>\n"
        mk = "outlook-us" if frm_addr.split(".")[-1] in ("mx", "co", "pe", "ar", "cl") else "outlook"
    elif style == "apple":
        plain = own_full
        if quoted:
            at = attr_apple(qdt, q_from_name, q_from_addr)
            plain += "\n\n" + at + "\n\n" + gt(quoted)
            plain_html = apple_html(own_full, at, quoted)
        mk = "apple"
    elif style == "iphone":
        plain = own + "\n\n" + (footer or "Enviado desde mi iPhone")
        if quoted:
            plain += "\n\n" + gt(attr_apple(qdt, q_from_name, q_from_addr) + "\n\n" + quoted)
        html = False
        mk = "apple"
    elif style == "samsung":
        plain = own + "\n\n\n\n" + (footer or "Enviado desde mi Galaxy") + "\n\n\n"
        if quoted:
            off = qdt.utcoffset()
            hours = int(off.total_seconds() // 3600)
            plain += ("-------- Mensaje original --------\n"
                      f"De: {q_from_name} <{q_from_addr}> \n"
                      f"Fecha: {qdt.day:02d}/{qdt.month:02d}/{qdt.year % 100:02d} {qdt.hour:02d}:{qdt.minute:02d} "
                      f"(GMT{'+' if hours >= 0 else '-'}{abs(hours):02d}:00) \n"
                      f"A: {q_to} \nAsunto: {q_subject} \n\n" + quoted)
        html = False
        mk = "samsung"
    elif style == "thunderbird":
        plain = own_full
        if quoted:
            plain += (f"\n\nEl {qdt.day}/{qdt.month}/{qdt.year % 100} a las {hm(qdt)}, {q_from_name} escribió:\n"
                      + gt(quoted))
        html = False
        mk = "plain"
    elif style == "plain":
        plain = own_full + ("\n\n" + quoted if quoted else "")
        html = False
        mk = "plain"
    else:
        raise ValueError(style)

    if html is True and plain_html is None:
        html = False
    parts = [Text(plain, "plain", charset, cte)]
    if html_only:
        body = Text(plain_html, "html", charset, html_cte or cte)
    elif html:
        hbody = html if isinstance(html, str) else plain_html
        parts.append(Text(hbody, "html", charset, html_cte or cte))
        body = Multi("alternative", parts, boundary(n, style))
    else:
        body = parts[0]
    if atts:
        body = Multi("mixed", [body, *atts], boundary(n, style) + "mx")

    msgid = msgid or mid(n, mk if mk in ("gmail", "outlook", "outlook-us", "apple") else "plain", mdom)
    frm = addr(frm_name, frm_addr, charset if charset != "us-ascii" else "utf-8")
    H = []
    if style == "gmail":
        H = [("MIME-Version", "1.0"), ("References", refs_), ("In-Reply-To", irt), ("From", frm),
             ("Date", hdate(dt)), ("Message-ID", msgid), ("Subject", enc(subject)), ("To", to), ("Cc", cc)]
    elif style == "outlook":
        tld = frm_addr.rsplit(".", 1)[-1]
        lang = {"mx": "es-MX", "co": "es-CO", "pe": "es-PE", "ar": "es-AR", "cl": "es-CL"}.get(tld, "es-ES")
        H = [("From", frm), ("To", to), ("CC", cc), ("Subject", enc(subject, charset)),
             ("Thread-Topic", enc(re.sub(r"^(?:(?:re|rv|fw|rta)\s*:\s*)+", "", subject, flags=re.I), charset)),
             ("Thread-Index", thread_index(n)), ("Date", hdate(dt)), ("Message-ID", msgid),
             ("References", refs_), ("In-Reply-To", irt), ("Accept-Language", f"{lang}, en-US"),
             ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if atts else ""),
             ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    elif style == "apple":
        H = [("From", frm), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
             ("Subject", enc(subject)), ("Date", hdate(dt)), ("References", refs_), ("To", to), ("Cc", cc),
             ("In-Reply-To", irt), ("Message-Id", msgid), ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    elif style == "iphone":
        H = [("From", frm), ("Mime-Version", "1.0 (1.0)"), ("Subject", enc(subject)), ("Date", hdate(dt)),
             ("Message-Id", msgid), ("References", refs_), ("Cc", cc), ("In-Reply-To", irt), ("To", to),
             ("X-Mailer", mailer or "iPhone Mail (22D82)")]
    else:
        H = [("Date", hdate(dt)), ("From", frm), ("To", to), ("Cc", cc), ("Message-ID", msgid),
             ("Subject", enc(subject, charset if charset != "us-ascii" else "utf-8")),
             ("In-Reply-To", irt), ("References", refs_), ("MIME-Version", "1.0")]
        if mailer:
            H.append(("User-Agent" if "Thunderbird" in mailer else "X-Mailer", mailer))
    H = list(extra) + H
    return mail(H, body)


def label(kind, note, **facts):
    d = {"kind": kind, "language": "es", "split": "dev"}
    for k in ("promised_date", "return_date", "amount", "currency", "reference", "failed_recipient", "permanent"):
        v = facts.pop(k, None)
        if v is not None:
            d[k] = v
    assert not facts, facts
    d["note"] = note
    return d


C_LUCIA = ("Lucía Ferrer Navarro", "lucia@ferrernavarro.es")
C_DIEGO = ("Diego Salcedo Ruiz", "hola@diegosalcedo.dev")
C_VALE = ("Valentina Ríos Arango", "valentina@riosarango.co")
C_PABLO = ("Pablo Ibarra Lozano", "pablo@ibarrastudio.mx")
C_SOFIA = ("Sofía Maidana", "sofia@maidanatraducciones.com.ar")

ES, MX, CO, PE, AR, CL = "+0100", "-0600", "-0500", "-0500", "-0300", "-0300"
ES_SUMMER = "+0200"

# ============================================================================================
# The messages. Each one: who writes, from where, and why it gets its label.
# ============================================================================================


@message
def m01(n):
    # Valencia, a hairdresser (autónoma) on her iPhone: Bizum.
    number = "2026/0131"
    inv, rem = thread("lucia", number)
    rem_dt = when(2026, 11, 19, 9, 0, ES, 4)
    dt = when(2026, 11, 19, 13, 47, ES)
    quoted = letter("due", "lucia", dict(kind="person", name="Marta Giner"), number, amount="90.00",
                    due=D(2026, 11, 16), days_late=3)
    own = ("Hola Lucía!! Perdona, se me había pasado por completo 🙈 Te acabo de hacer un bizum de 90€ de la "
           "factura 2026/0131, ya me dices si te ha llegado.\nUn beso")
    eml = client_reply(n, style="iphone", owner="lucia", frm_name="Marta Giner", frm_addr="martaginer.pelu@gmail.com",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("lucia", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "She has just sent a Bizum of 90 € for invoice 2026/0131; 'ya me dices si te ha llegado' "
        "is a courtesy, not a question that changes the kind.", amount="90.00", currency="EUR", reference=number))


@message
def m02(n):
    # Castellón, a ceramics company (pyme), Outlook desktop: "te la pago el viernes".
    number = "2026/0128"
    inv, rem = thread("lucia", number)
    rem_dt = when(2026, 12, 1, 8, 30, ES, 11)
    dt = when(2026, 12, 1, 11, 32, ES)
    quoted = letter("reminder", "lucia", dict(kind="company", name="Cerámicas Bellés, S.L."), number, amount="726.00",
                    due=D(2026, 11, 20), fees=dict(rate="10,15 %", lines=[
                        "factura n.º 2026/0128: 726,00 €",
                        "intereses de demora (10,15 % anual, 11 días): 2,22 €",
                        "indemnización por costes de cobro (art. 8 de la Ley 3/2004): 40,00 €",
                        "total: 768,22 €"]))
    own = ("Hola Lucía,\n\n"
           "Tienes razón, se nos quedó traspapelada con el cambio de programa de contabilidad. La meto en los pagos "
           "de esta semana y te la pago el viernes.\n\n"
           "Un saludo,\n\n"
           "Jordi Bellés Peris\nAdministración\nCerámicas Bellés, S.L.\nCtra. Alcora, km 4,5 – 12006 Castellón\n"
           "Tel. 964 21 36 08")
    eml = client_reply(n, style="outlook", owner="lucia", frm_name="Jordi Bellés Peris",
                       frm_addr="administracion@ceramicasbelles.es", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("lucia", number), quote_subject="Re: " + subj("lucia", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "Written on Tuesday 1 December: 'te la pago el viernes' is Friday 4 December; the "
        "768,22 € total in the quoted reminder is not his amount.", promised_date="2026-12-04"))


@message
def m03(n):
    # BBVA (Spain): incoming transfer notice for Diego.
    dt = when(2026, 11, 16, 10, 12, ES, 40)
    text = ("BBVA\n\n"
            "Hola, DIEGO:\n\n"
            "Has recibido una transferencia en tu cuenta ·3301.\n\n"
            "Importe: 1.815,00 €\n"
            "Ordenante: TALLERES MECANICOS HERMANOS OLMEDO SL\n"
            "Concepto: FACTURA DS-26-044\n"
            "Fecha de la operación: 16/11/2026\n"
            "Fecha valor: 16/11/2026\n\n"
            "Puedes consultar el detalle del movimiento en la app BBVA o en bbva.es.\n\n"
            "Este es un mensaje automático, por favor no respondas a este correo. Si no reconoces esta operación, "
            "llama al 91 224 94 26.\n\n"
            "BBVA nunca te pedirá tus claves ni datos de tarjeta por correo electrónico.\n"
            "Banco Bilbao Vizcaya Argentaria, S.A. Plaza de San Nicolás, 4 – 48005 Bilbao.")
    rows = [("Importe", "1.815,00 €"), ("Ordenante", "TALLERES MECANICOS HERMANOS OLMEDO SL"),
            ("Concepto", "FACTURA DS-26-044"), ("Fecha de la operación", "16/11/2026"), ("Fecha valor", "16/11/2026")]
    html = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>BBVA</title></head>'
            '<body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td style="background:#072146;padding:20px"><img src="https://www.bbva.es/content/dam/public-web/global/images/logos/logo_bbva_blanco.png" alt="BBVA" width="90"></td></tr>'
            '<tr><td style="background:#fff;padding:32px;font-family:Arial,sans-serif;color:#121212">'
            '<h1 style="font-size:22px;color:#072146">Hola, DIEGO:</h1>'
            '<p>Has recibido una transferencia en tu cuenta ·3301.</p><table cellpadding="6">'
            + "".join(f'<tr><td style="color:#666">{k}</td><td><b>{esc(v)}</b></td></tr>' for k, v in rows)
            + '</table><p>Puedes consultar el detalle del movimiento en la app BBVA o en bbva.es.</p>'
            '<p style="font-size:12px;color:#666">Este es un mensaje automático, por favor no respondas a este correo. '
            'Si no reconoces esta operación, llama al 91 224 94 26.<br>BBVA nunca te pedirá tus claves ni datos de '
            'tarjeta por correo electrónico.<br>Banco Bilbao Vizcaya Argentaria, S.A. Plaza de San Nicolás, 4 – '
            '48005 Bilbao.</p></td></tr></table></body></html>\n')
    body = Multi("alternative", [Text(text, "plain", "utf-8", "quoted-printable"),
                                 Text(html, "html", "utf-8", "quoted-printable")], boundary(n, "bank"))
    eml = mail([("Return-Path", "<bounces@comunicaciones.bbva.es>"),
                ("From", "BBVA <comunicaciones@comunicaciones.bbva.es>"),
                ("To", "hola@diegosalcedo.dev"), ("Subject", enc("Has recibido una transferencia")),
                ("Date", hdate(dt)), ("Message-ID", mid(n, "plain", "comunicaciones.bbva.es")),
                ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "payment-notification", "BBVA notice of an incoming transfer of 1.815,00 € whose concepto names invoice "
        "DS-26-044.", amount="1815.00", currency="EUR", reference="DS-26-044"))


@message
def m04(n):
    # Valencia, interior design studio, Gmail: the invoice does not match the quote.
    number = "2026/0137"
    inv, rem = thread("lucia", number)
    rem_dt = when(2026, 11, 11, 9, 0, ES, 2)
    dt = when(2026, 11, 11, 18, 5, ES)
    quoted = letter("courtesy", "lucia", dict(kind="company", name="Casanova Interiorismo, S.L."), number,
                    amount="1149.50", issue=D(2026, 10, 16), due=D(2026, 11, 15))
    own = ("Hola Lucía,\n\n"
           "Acabo de ver el recordatorio y, revisando la factura, creo que hay un error: en el presupuesto que nos "
           "pasaste en septiembre eran 800 € + IVA por el rediseño del catálogo, y en la factura pone 950 € de base. "
           "Las dos rondas de cambios entraban en el precio, o eso entendí yo.\n\n"
           "¿Puedes revisarlo y mandarnos una rectificativa con el importe correcto? En cuanto la tengamos la pagamos "
           "sin problema.\n\n"
           "Gracias,\nNuria\n\n--\nNuria Casanova\nCasanova Interiorismo\nC/ Cirilo Amorós, 54 · València\n"
           "www.casanovainteriorismo.es")
    eml = client_reply(n, style="gmail", owner="lucia", frm_name="Nuria Casanova",
                       frm_addr="nuria@casanovainteriorismo.es", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="Re: " + subj("lucia", number), irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "Contests the amount (quote was 800 € + IVA, invoice says 950 €) and asks for a "
        "rectificativa; 'la pagamos sin problema' only comes after the correction, so no promise and no amount.",
        reference=None))


@message
def m05(n):
    # CDMX, a mezcal bar: SPEI deposit, screenshot attached, Gmail from the phone.
    number = "A-508"
    inv, rem = thread("pablo", number)
    rem_dt = when(2026, 11, 27, 9, 0, MX, 3)
    dt = when(2026, 11, 27, 16, 42, MX)
    quoted = letter("due", "pablo", dict(kind="company", name="Mezcalería La Tehuana"), number, amount="14500.00",
                    cur="MXN", due=D(2026, 11, 25), days_late=2)
    own = ("Pablo buenas tardes!\n"
           "Ya te deposité lo de la factura A-508, fueron $14,500 pesos por SPEI desde BBVA. Te mando captura del "
           "comprobante.\n"
           "Oye y muchas gracias por las fotos del menú, quedaron padrísimas, ya las subimos a Insta 🙌\n"
           "Saludos!\nKarla")
    eml = client_reply(n, style="gmail", owner="pablo", frm_name="Karla Mendoza", frm_addr="karla.latehuana@gmail.com",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("pablo", number),
                       irt=rem[0], refs_=refs(inv, rem[0]),
                       atts=[Att("image/png", "Screenshot_20261127_164011_BBVA.png", png_bytes(3, 5))])
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "'Ya te deposité' 14,500 pesos by SPEI for A-508 with a screenshot; 'pesos' in a Mexican "
        "context makes the currency MXN.", amount="14500.00", currency="MXN", reference=number))


@message
def m06(n):
    # Madrid, dental clinic, Outlook on the web: received, passed to accounting.
    number = "DS-26-045"
    inv, rem = thread("diego", number)
    rem_dt = when(2026, 11, 9, 8, 45, ES, 9)
    dt = when(2026, 11, 9, 10, 20, ES)
    quoted = letter("courtesy", "diego", dict(kind="company", name="Clínica Dental Retiro, S.L.P."), number,
                    amount="423.50", issue=D(2026, 10, 14), due=D(2026, 11, 13))
    own = ("Buenos dias Diego, la factura esta recibida, gracias. Yo la paso hoy a contabilidad, ellos la tramitan.\n\n"
           "Saludos\nOksana Melnyk\nRecepción – Clínica Dental Retiro")
    eml = client_reply(n, style="outlook", web=True, owner="diego", frm_name="Oksana Melnyk",
                       frm_addr="recepcion@clinicadentalretiro.es", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("diego", number), quote_subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "A receptionist writing in learner's Spanish acknowledges the invoice and passes it to "
        "accounting; nothing about when it will be paid."))


@message
def m07(n):
    # Lima, consultancy, Gmail late at night: "mañana a primera hora" (Lima date, not UTC).
    number = "DS-26-049"
    inv, rem = thread("diego", number)
    rem_dt = when(2026, 11, 18, 9, 0, ES, 6)
    dt = when(2026, 11, 18, 22, 41, PE)
    quoted = letter("due", "diego", dict(kind="company", name="Ayni Consultores S.A.C."), number, amount="1200.00",
                    cur="USD", due=D(2026, 11, 16), days_late=2)
    own = ("Hola Diego, buenas noches.\n\n"
           "Mil disculpas por la demora, recién estoy revisando mis correos. Mañana a primera hora te hago la "
           "transferencia por los 1,200 dólares, ya está aprobado por gerencia. Te envío la constancia apenas la "
           "tenga.\n\n"
           "Saludos cordiales,\n\n"
           "Milagros Huamán Ccahuana\nJefa de Administración | Ayni Consultores S.A.C.\n"
           "Av. Javier Prado Este 4200, Of. 702 – Santiago de Surco, Lima\n(01) 437-2210")
    eml = client_reply(n, style="gmail", owner="diego", frm_name="Milagros Huamán", frm_addr="mhuaman@ayniconsultores.pe",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "Sent at 22:41 in Lima on 18 November (already the 19th in UTC): 'mañana' is 19 "
        "November in the sender's zone; 1,200 dólares is USD.", promised_date="2026-11-19", amount="1200.00",
        currency="USD"))


@message
def m08(n):
    # Barcelona, Outlook out-of-office until 7 January, RFC 3834 + Exchange headers.
    number = "2026/0149"
    inv, rem = thread("lucia", number)
    dt = when(2026, 12, 23, 9, 1, ES, 12)
    text = ("Gracias por su mensaje.\n\n"
            "Estaré fuera de la oficina hasta el 7 de enero, sin acceso al correo electrónico. Para asuntos urgentes "
            "pueden escribir a administracio@grupsoler.cat o llamar al 93 845 21 10.\n\n"
            "Bon Nadal i feliç any nou! / ¡Feliz Navidad y próspero año nuevo!\n\n"
            "Marc Soler i Puig\nDirector financer – Grup Soler")
    html = (OUTLOOK_HEAD.format(cs="utf-8") + mso_paras(text)
            + "\n</div>\n</body>\n</html>\n")
    body = Multi("alternative", [Text(text, "plain", "utf-8", "quoted-printable"),
                                 Text(html, "html", "utf-8", "quoted-printable")], boundary(n, "outlook"))
    eml = mail([("From", "Marc Soler i Puig <msoler@grupsoler.cat>"), ("To", addr(*C_LUCIA)),
                ("Subject", enc("Respuesta automática: Re: " + subj("lucia", number))),
                ("Thread-Topic", enc(subj("lucia", number))), ("Thread-Index", thread_index(n)),
                ("Date", hdate(dt)), ("Message-ID", mid(n, "outlook", "grupsoler.cat")), ("In-Reply-To", rem[0]),
                ("References", refs(inv, rem[0])), ("Auto-Submitted", "auto-replied"),
                ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "msoler@grupsoler.cat"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "es-ES"),
                ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "auto-reply", "Exchange out-of-office: 'fuera de la oficina hasta el 7 de enero' written on 23 December, so "
        "7 January 2027; the Catalan greeting does not change the language.", return_date="2027-01-07"))


@message
def m09(n):
    # Medellín, distributor, accounting assistant, Outlook: consignación, support attached.
    number = "FE-1192"
    inv, rem = thread("valentina", number)
    rem_dt = when(2026, 11, 23, 8, 0, CO, 5)
    dt = when(2026, 11, 23, 15, 10, CO)
    quoted = letter("reminder", "valentina", dict(kind="company", name="Distribuidora La Montaña S.A.S."), number,
                    amount="3710000.00", cur="COP", due=D(2026, 11, 13))
    own = ("Buenas tardes Valentina,\n\n"
           "Comedidamente le informo que el día de hoy le consignamos a la cuenta de ahorros Bancolombia el valor de "
           "la factura FE-1192 por $3.570.000, ya descontada la retención en la fuente. Adjunto soporte de la "
           "consignación.\n\n"
           "Quedo atenta a cualquier inquietud.\n\n"
           "Cordialmente,\n\n"
           "Luz Dary Restrepo Gómez\nAuxiliar Contable\nDistribuidora La Montaña S.A.S.\n"
           "PBX (604) 444 12 30 ext. 118\nItagüí, Antioquia")
    eml = client_reply(n, style="outlook", owner="valentina", frm_name="Luz Dary Restrepo Gómez",
                       frm_addr="auxcontable@distrilamontana.com.co", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("valentina", number), quote_subject="Re: " + subj("valentina", number),
                       irt=rem[0], refs_=refs(inv, rem[0]), charset="iso-8859-1",
                       atts=[Att("application/pdf", "Soporte consignacion FE-1192.pdf", pdf_bytes("Soporte consignacion"))])
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "'Le consignamos' $3.570.000 for FE-1192 (net of retención en la fuente, so less than "
        "the invoice); '$' alone is not written out as pesos/COP, so no currency.", amount="3570000.00",
        reference=number))


@message
def m10(n):
    # CDMX, publisher, Gmail: the invoice duplicates an earlier one.
    number = "A-512"
    inv, rem = thread("pablo", number)
    rem_dt = when(2026, 12, 8, 9, 0, MX, 7)
    dt = when(2026, 12, 8, 12, 15, MX)
    quoted = letter("reminder", "pablo", dict(kind="company", name="Grupo Editorial Tlacuilo, S.A. de C.V."), number,
                    amount="18560.00", cur="MXN", due=D(2026, 12, 4))
    own = ("Hola Pablo, buen día.\n\n"
           "Revisando con contabilidad nos encontramos que esta factura (A-512) es por la misma sesión de fotos de "
           "portadas que ya nos facturaste en la A-509 de octubre, que ya está pagada. Creo que se duplicó. ¿Nos "
           "ayudas a cancelarla ante el SAT por favor? Mientras tanto no la podemos programar para pago.\n\n"
           "Saludos,\nRodrigo Sánchez\nCoordinador de Producción\nGrupo Editorial Tlacuilo")
    eml = client_reply(n, style="gmail", owner="pablo", frm_name="Rodrigo Sánchez", frm_addr="rsanchez@tlacuilo.com.mx",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("pablo", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "Says A-512 duplicates A-509 (already billed and paid) and asks to cancel it; it names "
        "two invoices, so no reference."))


@message
def m11(n):
    # CDMX, a bride paying the rest of her wedding photos, iPhone: "el 15 de febrero".
    number = "A-514"
    inv, rem = thread("pablo", number)
    rem_dt = when(2027, 2, 1, 9, 0, MX, 1)
    dt = when(2027, 2, 1, 21, 30, MX)
    quoted = letter("reminder", "pablo", dict(kind="person", name="Mariana Cervantes"), number, amount="9800.00",
                    cur="MXN", due=D(2027, 1, 22))
    own = ("Hola Pablo! si perdon, ya se que me he tardado 😅 el 15 de febrero me depositan y ese mismo dia te "
           "transfiero los $9,800 pesos que faltan. Porfa aguantame tantito 🙏")
    eml = client_reply(n, style="iphone", owner="pablo", frm_name="Mariana Cervantes",
                       frm_addr="marianacervantes.r@icloud.com", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="Re: " + subj("pablo", number), irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "Promises the remaining $9,800 pesos on 15 February ('ese mismo dia'); no invoice "
        "number in her words.", promised_date="2027-02-15", amount="9800.00", currency="MXN"))


@message
def m12(n):
    # Gmail (Workspace) DSN in Spanish: the client's address does not exist. Permanent.
    number = "2026/0133"
    inv, _ = thread("lucia", number)
    orig_dt = when(2026, 11, 2, 9, 0, ES, 3)
    dt = when(2026, 11, 2, 0, 0, "-0800", 5)
    rcpt = "administracion@graficasturia.es"
    orig_mid = mid(f"{number}-r0", "mailduns", "ferrernavarro.es")
    orig_text = letter("courtesy", "lucia", dict(kind="company", name="Gráficas Turia, S.L."), number,
                       amount="580.80", issue=D(2026, 10, 7), due=D(2026, 11, 6))
    text = ("\n** No se ha encontrado la dirección **\n\n"
            f"Tu mensaje no se ha entregado a {rcpt} porque no se ha encontrado la dirección o esta no puede recibir "
            "correo.\n\nMás información en https://support.google.com/mail/?p=NoSuchUser\n\n"
            "La respuesta ha sido:\n\n"
            f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table\n")
    html = ('<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n'
            '</style>\n</head>\n<body>\n<table cellpadding="0" cellspacing="0" class="email-wrapper" '
            'style="padding-top:32px;background-color:#ffffff;"><tbody>\n<tr><td>\n<table cellpadding=0 '
            'cellspacing=0><tbody>\n<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;'
            'border:1px solid #e0e0e0;border-radius:2px">\n<img style="padding:0 24px 16px 0;float:left" width=72 '
            'height=72 alt="Icono de error" src="cid:icon.png">\n<table style="min-width:272px;padding-top:8px">'
            '<tbody>\n<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">\n'
            'No se ha encontrado la dirección\n</h2></td></tr>\n<tr><td style="padding-top:20px;color:#757575;'
            'font-size:16px;font-weight:normal;text-align:left">\n'
            f'Tu mensaje no se ha entregado a <a style=\'color:#212121;text-decoration:none\'><b>{rcpt}</b></a> '
            'porque no se ha encontrado la dirección o esta no puede recibir correo.\n</td></tr>\n'
            '<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left">\n'
            '<a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">MÁS INFORMACIÓN</a>\n'
            '</td></tr>\n</tbody></table>\n</td></tr>\n</tbody></table>\n</td></tr>\n<tr style="border:none;'
            'background-color:#fff;font-size:12.8px;width:90%">\n<td align="left" style="padding:48px 10px">\n'
            'La respuesta ha sido:<br/>\n<p style="font-family:monospace">\n'
            f'550 5.1.1 &lt;{rcpt}&gt;: Recipient address rejected: User unknown in virtual mailbox table\n'
            '</p>\n</td>\n</tr>\n</tbody></table>\n</body>\n</html>\n')
    b = boundary(n, "gmail")
    status = ("Reporting-MTA: dns; googlemail.com\n"
              "Received-From-MTA: dns; lucia@ferrernavarro.es\n"
              f"Arrival-Date: {hdate(orig_dt)}\n"
              f"X-Original-Message-ID: {orig_mid}\n\n"
              f"Final-Recipient: rfc822; {rcpt}\n"
              "Action: failed\n"
              "Status: 5.1.1\n"
              "Remote-MTA: dns; mx1.graficasturia.es. (185.42.104.17, the server for the domain graficasturia.es.)\n"
              f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table\n"
              f"Last-Attempt-Date: {hdate(dt)}\n")
    orig = ("Return-Path: <lucia@ferrernavarro.es>\n"
            f"Received: from portatil-lucia ([88.12.201.34])\n        by smtp.gmail.com with ESMTPSA id 5b1f17b1804b1-4390c2f7a12sm1203341f8f.9.2026.11.02.00.00.03\n"
            f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {hdate(orig_dt.astimezone(timezone(timedelta(hours=-8))))}\n"
            f"From: {addr(*C_LUCIA)}\nTo: {rcpt}\nSubject: {enc('Re: ' + subj('lucia', number))}\n"
            f"Date: {hdate(orig_dt)}\nMessage-ID: {orig_mid}\nIn-Reply-To: {inv}\nReferences: {inv}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n")
    orig_body = quopri.encodestring(orig_text.encode("utf-8"))
    body = Multi("report", [
        Multi("related", [
            Multi("alternative", [Text(text, "plain", "UTF-8", "quoted-printable", quoted_charset=False),
                                  Text(html, "html", "UTF-8", "quoted-printable", quoted_charset=False)], b + "c"),
            Att("image/png", "icon.png", png_bytes(1, 1), inline=True, cid="icon.png")], b + "b"),
        Raw("Content-Type: message/delivery-status", status),
        Raw("Content-Type: message/rfc822", orig.encode() + b"\n" + orig_body)], b + "a",
        params=" report-type=delivery-status;")
    eml = mail([("Delivered-To", "lucia@ferrernavarro.es"), ("Return-Path", "<>"), ("MIME-Version", "1.0"),
                ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
                ("To", "lucia@ferrernavarro.es"), ("Auto-Submitted", "auto-replied"), ("Message-ID",
                mid(n, "plain", "mx.google.com")), ("Date", hdate(dt)),
                ("Subject", "Delivery Status Notification (Failure)"), ("References", orig_mid),
                ("In-Reply-To", orig_mid), ("X-Failed-Recipients", rcpt)], body)
    return dict(eml=eml, own=text + status, label=label(
        "bounce", "Gmail DSN in Spanish for the courtesy reminder: 550 5.1.1 user unknown, a permanent failure.",
        failed_recipient=rcpt, permanent=True))


@message
def m13(n):
    # Córdoba (AR), lawyer on his Galaxy: "me pasás de nuevo el CBU o el alias?"
    number = "0002-00000186"
    inv, rem = thread("sofia", number)
    rem_dt = when(2026, 12, 10, 9, 0, AR, 8)
    dt = when(2026, 12, 10, 19, 2, AR)
    quoted = letter("due", "sofia", dict(kind="person", name="Martín Ferreyra"), number, amount="142000.00",
                    cur="ARS", due=D(2026, 12, 7), days_late=3)
    own = ("Sofi, me pasás de nuevo el CBU o el alias? Cambié el celu y perdí un montón de cosas 🤦‍♂️\n"
           "Gracias!")
    eml = client_reply(n, style="samsung", owner="sofia", frm_name="Martín Ferreyra",
                       frm_addr="mferreyra@estudioferreyra.com.ar", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="Re: " + subj("sofia", number), quote_subject="Re: " + subj("sofia", number),
                       irt=rem[0], refs_=refs(inv, rem[0]), cte="base64")
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "Only asks for the CBU/alias again (they are in the quoted reminder, he did not look); "
        "no promise is made."))


@message
def m14(n):
    # Catarroja, plumbing company, Outlook with windows-1252 and a PDF receipt.
    number = "2026/0139"
    inv, rem = thread("lucia", number)
    rem_dt = when(2026, 11, 26, 9, 0, ES, 15)
    dt = when(2026, 11, 27, 12, 48, ES)
    quoted = letter("reminder", "lucia", dict(kind="company", name="Fontanería y Calefacción Llorens, S.L."), number,
                    amount="1452.00", due=D(2026, 11, 20), fees=dict(rate="10,15 %", lines=[
                        "factura n.º 2026/0139: 1452,00 €",
                        "intereses de demora (10,15 % anual, 6 días): 2,42 €",
                        "indemnización por costes de cobro (art. 8 de la Ley 3/2004): 40,00 €",
                        "total: 1494,42 €"]))
    own = ("Buenos días Lucía:\n\n"
           "Le adjuntamos el justificante de la transferencia realizada hoy por importe de 1.452,00 € correspondiente "
           "a su factura n.º 2026/0139. Disculpe el retraso, hemos tenido un problema con las firmas autorizadas en "
           "el banco.\n\n"
           "Un saludo,\n\n"
           "Amparo Llorens\nAdministración\nFontanería y Calefacción Llorens, S.L.\n"
           "C/ Músico Padilla, 14 – 46470 Catarroja (Valencia)\nTel. 961 26 33 40\n\n"
           "Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener "
           "información confidencial sometida a secreto profesional. No está permitida su reproducción o "
           "distribución sin la autorización expresa de Fontanería y Calefacción Llorens, S.L. Si usted no es el "
           "destinatario final, por favor, elimínelo e infórmenos por esta vía. De acuerdo con el Reglamento (UE) "
           "2016/679 y la LOPDGDD, le informamos de que sus datos forman parte de un fichero cuyo responsable es "
           "Fontanería y Calefacción Llorens, S.L.")
    eml = client_reply(n, style="outlook", owner="lucia", frm_name="Amparo Llorens",
                       frm_addr="administracion@fontaneriallorens.es", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("lucia", number), quote_subject="Re: " + subj("lucia", number),
                       irt=rem[0], refs_=refs(inv, rem[0]), charset="windows-1252",
                       atts=[Att("application/pdf", "Justificante transferencia.pdf", pdf_bytes("Justificante"))])
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "Transfer made today for 1.452,00 € for invoice 2026/0139, receipt attached; she pays "
        "the invoice amount, not the 1494,42 € with fees shown in the quote.", amount="1452.00", currency="EUR",
        reference=number))


@message
def m15(n):
    # Mercado Pago México: "Recibiste un pago".
    dt = when(2027, 1, 14, 11, 32, MX, 18)
    text = ("Mercado Pago\n\n"
            "¡Recibiste un pago!\n\n"
            "Daniela Ortiz Fuentes te envió $ 5,220.00\n\n"
            "Motivo: Factura A-517 sesion retratos\n"
            "Medio de pago: Transferencia desde Mercado Pago\n"
            "Fecha: 14 de enero de 2027, 11:32 h\n"
            "Número de operación: 94817263510\n\n"
            "El dinero ya está disponible en tu cuenta.\n\n"
            "Ver actividad: https://www.mercadopago.com.mx/activities\n\n"
            "¿Tienes dudas? Visita nuestra sección de Ayuda.\n"
            "Este correo fue enviado a pablo@ibarrastudio.mx. Por favor no respondas a este mensaje.\n"
            "MercadoLibre S. de R.L. de C.V. · Av. Paseo de la Reforma 222, Juárez, Cuauhtémoc, 06600 Ciudad de México")
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<meta name="viewport" content="width=device-width"></head><body style="background:#ededed;margin:0">'
            '<table align="center" width="600" style="background:#fff;font-family:Proxima Nova,Helvetica,Arial">'
            '<tr><td style="padding:24px"><img src="https://http2.mlstatic.com/frontend-assets/mp-web-navigation/ui-navigation/6.6.9/mercadopago/logo__large.png" alt="Mercado Pago" height="34"></td></tr>'
            '<tr><td style="padding:0 24px"><h1 style="font-size:24px;color:#333">¡Recibiste un pago!</h1>'
            '<p style="font-size:16px">Daniela Ortiz Fuentes te envió</p>'
            '<p style="font-size:36px;margin:8px 0"><span style="font-size:20px;vertical-align:top">$</span>5,220'
            '<sup style="font-size:18px">00</sup></p></td></tr>'
            '<tr><td style="padding:16px 24px"><table style="font-size:14px;color:#666">'
            '<tr><td>Motivo</td><td style="color:#333">Factura A-517 sesion retratos</td></tr>'
            '<tr><td>Medio de pago</td><td style="color:#333">Transferencia desde Mercado Pago</td></tr>'
            '<tr><td>Fecha</td><td style="color:#333">14 de enero de 2027, 11:32 h</td></tr>'
            '<tr><td>Número de operación</td><td style="color:#333">94817263510</td></tr></table></td></tr>'
            '<tr><td style="padding:16px 24px"><p>El dinero ya está disponible en tu cuenta.</p>'
            '<a href="https://www.mercadopago.com.mx/activities" style="background:#009ee3;color:#fff;padding:12px 24px;'
            'border-radius:6px;text-decoration:none">Ver actividad</a></td></tr>'
            '<tr><td style="padding:24px;font-size:12px;color:#999">Este correo fue enviado a pablo@ibarrastudio.mx. '
            'Por favor no respondas a este mensaje.<br>MercadoLibre S. de R.L. de C.V. · Av. Paseo de la Reforma 222, '
            'Juárez, Cuauhtémoc, 06600 Ciudad de México</td></tr></table></body></html>\n')
    body = Multi("alternative", [Text(text, "plain", "UTF-8", "quoted-printable"),
                                 Text(html, "html", "UTF-8", "quoted-printable")], boundary(n, "mp"))
    eml = mail([("From", "Mercado Pago <info@mercadopago.com>"), ("Reply-To", "no-reply@mercadopago.com"),
                ("To", "pablo@ibarrastudio.mx"), ("Subject", enc("¡Recibiste un pago de Daniela Ortiz Fuentes!")),
                ("Date", hdate(dt)), ("Message-ID", mid(n, "plain", "mercadopago.com")), ("MIME-Version", "1.0"),
                ("X-MP-Notification", "money_in")], body)
    return dict(eml=eml, own=text, label=label(
        "payment-notification", "Mercado Pago notice of $ 5,220.00 received; the motivo names invoice A-517. The "
        "notice writes only '$', so no currency is stated.", amount="5220.00", reference="A-517"))


@message
def m16(n):
    # Granada, language academy, Apple Mail: 500 € today, the rest (710 €) on 15 January.
    number = "DS-26-052"
    inv, rem = thread("diego", number)
    rem_dt = when(2026, 12, 15, 9, 0, ES, 9)
    dt = when(2026, 12, 15, 17, 20, ES)
    quoted = letter("reminder", "diego", dict(kind="company", name="Academia de Idiomas Alhambra, S.L."), number,
                    amount="1210.00", due=D(2026, 12, 4))
    own = ("Hola Diego,\n\n"
           "Te cuento: hoy te hemos hecho una transferencia de 500 € a cuenta de la factura DS-26-052, y el resto, "
           "710 €, te lo pagamos el 15 de enero, que es cuando nos entran las matrículas del segundo trimestre. "
           "Espero que no te suponga un problema; si necesitas que lo hablemos, llámame al 958 26 40 19.\n\n"
           "Un saludo,\nInma\n\n"
           "Inmaculada Ruiz Olmedo\nGerencia · Academia de Idiomas Alhambra")
    eml = client_reply(n, style="apple", owner="diego", frm_name="Inmaculada Ruiz", frm_addr="gerencia@academiaalhambra.es",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "500 € paid today and the remaining 710 € promised for 15 January: a part payment "
        "with the rest promised on a day is a promise for that day, and the amount is the 710 € promised.",
        promised_date="2027-01-15", amount="710.00", currency="EUR", reference=number))


@message
def m17(n):
    # Montería, coffee roasters, Gmail: asks for a 20% discount because the campaign underperformed.
    number = "FE-1195"
    inv, rem = thread("valentina", number)
    rem_dt = when(2026, 12, 1, 8, 0, CO, 2)
    dt = when(2026, 12, 2, 10, 5, CO)
    quoted = letter("due", "valentina", dict(kind="company", name="Tostadores del Sinú S.A.S."), number,
                    amount="4800000.00", cur="COP", due=D(2026, 12, 1), days_late=0)
    own = ("Hola Valentina, buen día.\n\n"
           "Te quería comentar algo antes de pagar la factura FE-1195. La verdad la campaña de Black Friday no dio los "
           "resultados que esperábamos: las ventas en la tienda online subieron apenas un 4 %, y habíamos hablado de "
           "un 15 a 20 %. No digo que no hayas hecho tu trabajo, pero sí queremos pedirte que nos hagas un descuento "
           "del 20 % sobre el valor de la factura, y con eso te pagamos de una.\n\n"
           "Quedo atento,\n\nAndrés Felipe Zapata\nGerente General\nTostadores del Sinú S.A.S.\nCel. 314 782 0915")
    eml = client_reply(n, style="gmail", owner="valentina", frm_name="Andrés Felipe Zapata",
                       frm_addr="gerencia@tostadoresdelsinu.com", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="Re: " + subj("valentina", number), irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "Asks for a 20 % discount before paying FE-1195; 'te pagamos de una' depends on the "
        "discount, so it is a dispute, not a promise.", reference=number))


@message
def m18(n):
    # FACe (Spanish public e-invoicing hub): status change, not a payment.
    dt = when(2026, 12, 1, 12, 3, ES, 27)
    text = ("Estimado/a proveedor/a:\n\n"
            "Le informamos de que la factura que se detalla a continuación ha cambiado de estado en el Punto General "
            "de Entrada de Facturas Electrónicas de la Administración General del Estado (FACe).\n\n"
            "  Número de registro:   REGAGE26e00054812397\n"
            "  Número de factura:    2026/0141\n"
            "  Emisor:               FERRER NAVARRO LUCIA (NIF 2*****71W)\n"
            "  Destinatario:         AYUNTAMIENTO DE TORREFRESCA\n"
            "  Oficina contable:     L01469990 - Intervención\n"
            "  Órgano gestor:        L01469990 - Alcaldía\n"
            "  Unidad tramitadora:   L01469990 - Área de Cultura\n"
            "  Importe:              2.178,00 EUR\n\n"
            "  Estado anterior:      1200 - Registrada\n"
            "  Nuevo estado:         1300 - Registrada en RCF\n"
            "  Fecha del cambio:     01/12/2026 12:03\n\n"
            "Puede consultar el estado de sus facturas en https://face.gob.es/es/facturas/consultar-facturas\n\n"
            "Este correo se ha generado automáticamente. Por favor, no responda a este mensaje.\n\n"
            "FACe - Punto General de Entrada de Facturas Electrónicas\n"
            "Secretaría General de Administración Digital")
    body = Text(text, "plain", "iso-8859-1", "quoted-printable")
    eml = mail([("Return-Path", "<no-reply-face@correo.gob.es>"),
                ("From", "FACe <no-reply-face@correo.gob.es>"), ("To", "lucia@ferrernavarro.es"),
                ("Subject", enc("FACe - Cambio de estado de la factura 2026/0141", "iso-8859-1")),
                ("Date", hdate(dt)), ("Message-ID", mid(n, "plain", "face.gob.es")),
                ("Auto-Submitted", "auto-generated"), ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "other", "FACe status change to 'Registrada en RCF' for invoice 2026/0141: an e-invoicing service notice, "
        "no money moved (the 2.178,00 EUR is the invoice amount, not a payment).", reference="2026/0141"))


@message
def m19(n):
    # València, a gestoría writes for a bakery (C.B.), Thunderbird (utf-8, 8bit), forwarding the forward.
    number = "2026/0145"
    inv, rem = thread("lucia", number)
    rem_dt = when(2026, 12, 7, 8, 30, ES, 14)
    fwd_dt = when(2026, 12, 7, 9, 58, ES, 12)
    dt = when(2026, 12, 7, 10, 35, ES)
    reminder = letter("reminder", "lucia", dict(kind="company", name="Panadería Hermanos Ruiz, C.B."), number,
                      amount="338.80", due=D(2026, 11, 27), fees=dict(rate="10,15 %", lines=[
                          "factura n.º 2026/0145: 338,80 €",
                          "intereses de demora (10,15 % anual, 10 días): 0,94 €",
                          "indemnización por costes de cobro (art. 8 de la Ley 3/2004): 40,00 €",
                          "total: 379,74 €"]))
    own = ("Buenos días, Sra. Ferrer:\n\n"
           "Le escribo desde Gestoría Almansa, que lleva la contabilidad de Panadería Hermanos Ruiz, C.B.; nos han "
           "reenviado su correo esta mañana.\n\n"
           "Le confirmamos que la factura n.º 2026/0145 se pagó por transferencia desde la cuenta de CaixaBank de "
           "nuestro cliente el pasado viernes, día 4 de diciembre. Si a fecha de hoy no le consta el ingreso, le "
           "rogamos que nos lo indique y solicitaremos el justificante al banco.\n\n"
           "Atentamente,\n\n"
           "Rosa María Almansa\nGestoría Almansa - Asesoría fiscal, laboral y contable\n"
           "Avda. de la Constitución, 88 - 46009 València\nTel. 963 47 20 15")
    gmail_fwd = ("---------- Mensaje reenviado ---------\n"
                 f"De: Lucía Ferrer Navarro <lucia@ferrernavarro.es>\n"
                 f"Date: {DIAS_AB[rem_dt.weekday()]}, {rem_dt.day} {MESES_AB[rem_dt.month - 1]} {rem_dt.year} a las {hm(rem_dt)}\n"
                 f"Subject: Re: {subj('lucia', number)}\n"
                 "To: <panaderiahnosruiz@gmail.com>\n\n\n" + reminder)
    quoted = ("-------- Mensaje reenviado --------\n"
              f"Asunto: \tFwd: Re: {subj('lucia', number)}\n"
              f"Fecha: \t{hdate(fwd_dt)}\n"
              "De: \tPanadería Hermanos Ruiz <panaderiahnosruiz@gmail.com>\n"
              "Para: \tgestoria@gestoriaalmansa.es\n\n\n\n" + "Para que lo veáis, creo que ya estaba pagada.\n\n"
              + gmail_fwd)
    eml = client_reply(n, style="plain", owner="lucia", frm_name="Gestoría Almansa", frm_addr="gestoria@gestoriaalmansa.es",
                       dt=dt, own=own, quoted=quoted, subject=f"Factura {number} - Panadería Hermanos Ruiz, C.B.",
                       charset="utf-8", cte="8bit", mailer="Mozilla Thunderbird 128.5.1")
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "A gestoría, writing for the bakery in a new thread with the forwarded reminder below, "
        "says invoice 2026/0145 was paid by transfer on Friday 4 December; no amount in its words.",
        reference=number))


@message
def m20(n):
    # CDMX, boutique hotel, Outlook (Microsoft 365): passed to Cuentas por Pagar.
    number = "A-511"
    inv, rem = thread("pablo", number)
    rem_dt = when(2026, 12, 3, 9, 0, MX, 6)
    dt = when(2026, 12, 3, 13, 10, MX)
    quoted = letter("due", "pablo", dict(kind="company", name="Hotel Casa Azulejo, S.A. de C.V."), number,
                    amount="31320.00", cur="MXN", due=D(2026, 12, 1), days_late=2)
    own = ("Hola Pablo, qué tal.\n\n"
           "Ya turné tu factura al área de Cuentas por Pagar; me dicen que la tenían detenida porque les faltaba la "
           "orden de compra, pero ya se las mandé. Cualquier cosa te contactan directamente de allá "
           "(cxp@casaazulejo.mx), o me escribes y yo le doy seguimiento.\n\n"
           "Saludos,\n\nFernanda Ríos Ochoa\nGerente de Marketing | Hotel Casa Azulejo\nTel. 55 5512 8890 ext. 204")
    eml = client_reply(n, style="outlook", owner="pablo", frm_name="Fernanda Ríos Ochoa",
                       frm_addr="fernanda.rios@casaazulejo.mx", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("pablo", number), quote_subject="Re: " + subj("pablo", number),
                       irt=rem[0], refs_=refs(inv, rem[0]), cc="cxp@casaazulejo.mx")
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "She forwarded the invoice to accounts payable (it was held for a missing purchase "
        "order); no payment, no date."))


@message
def m21(n):
    # Córdoba (AR), a private client (translation for Italian citizenship), Gmail: "el jueves que viene".
    number = "0002-00000185"
    inv, rem = thread("sofia", number)
    rem_dt = when(2026, 12, 3, 9, 0, AR, 12)
    dt = when(2026, 12, 3, 20, 14, AR)
    quoted = letter("due", "sofia", dict(kind="person", name="Nicolás Bustos"), number, amount="186000.00", cur="ARS",
                    due=D(2026, 11, 30), days_late=3)
    own = ("Hola Sofía, ¿cómo andás? Disculpá la demora, este mes vengo re complicado con los gastos del trámite. "
           "El jueves que viene cobro y te transfiero los $186.000 de la traducción, ¿dale?\n"
           "Mil gracias por la paciencia.\n\nAbrazo,\nNico")
    eml = client_reply(n, style="gmail", owner="sofia", frm_name="Nicolás Bustos", frm_addr="nicobustos88@gmail.com",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("sofia", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "Written on Thursday 3 December: 'el jueves que viene' is the Thursday of next week, "
        "10 December, not today; '$186.000' has no written currency.", promised_date="2026-12-10",
        amount="186000.00"))


@message
def m22(n):
    # CDMX, a group's accounts-payable helpdesk: ticket acknowledgement (OTRS-like).
    number = "A-510"
    inv, rem = thread("pablo", number)
    dt = when(2026, 12, 4, 9, 12, MX, 2)
    text = ("Estimado proveedor:\n\n"
            "Hemos recibido su correo y se ha generado el ticket #2026120410004381.\n\n"
            "Le recordamos que los pagos a proveedores se realizan los viernes, previa validación de la factura (CFDI "
            "4.0 en PDF y XML) y de la orden de compra correspondiente. El tiempo de respuesta de esta mesa de ayuda "
            "es de 3 a 5 días hábiles.\n\n"
            "Para dar seguimiento, conserve el número de ticket en el asunto de sus correos.\n\n"
            "Por favor no responda a este mensaje.\n\n"
            "Área de Cuentas por Pagar\nGrupo Altamar, S.A.B. de C.V.")
    body = Text(text, "plain", "utf-8", "8bit")
    eml = mail([("From", "Cuentas por Pagar - Grupo Altamar <cxp@grupoaltamar.com.mx>"),
                ("To", "pablo@ibarrastudio.mx"),
                ("Subject", enc(f"[Ticket#2026120410004381] Recibido: Re: {subj('pablo', number)}")),
                ("Date", hdate(dt)), ("Message-ID", f"<1733325120.803141.127311@mesa.grupoaltamar.com.mx>"),
                ("In-Reply-To", rem[0]), ("References", refs(inv, rem[0])),
                ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Loop", "cxp@grupoaltamar.com.mx"),
                ("X-Mailer", "OTRS Mail Service (6.0.40)"), ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "auto-reply", "Helpdesk ticket acknowledgement from accounts payable; 'los pagos se realizan los viernes' is a "
        "general rule, not a promise, and there is no absence to end."))


@message
def m23(n):
    # València, an asesoría answers for a lawyer who forwarded the reminder: IRPF withholding missing.
    number = "2026/0140"
    inv, rem = thread("lucia", number)
    rem_dt = when(2026, 11, 25, 8, 30, ES, 2)
    fwd_dt = when(2026, 11, 25, 9, 47, ES, 30)
    dt = when(2026, 11, 25, 11, 40, ES)
    reminder = letter("due", "lucia", dict(kind="person", name="Ernesto Camps Ribera"), number, amount="605.00",
                      due=D(2026, 11, 25), days_late=0)
    quoted = ("Sergio, mírate esto por favor, que yo con lo de las retenciones no me aclaro.\n\n"
              "Ernesto Camps Ribera\nAbogado · Col. n.º 8.214 ICAV\n\n"
              + outlook_header(rem_dt, "Lucía Ferrer Navarro", "lucia@ferrernavarro.es", "ernesto@campsabogados.es",
                               "Re: " + subj("lucia", number)) + "\n\n" + reminder)
    own = ("Buenos días, Lucía:\n\n"
           "Le escribimos de parte de nuestro cliente, D. Ernesto Camps Ribera, que nos ha hecho llegar su correo.\n\n"
           "Hemos revisado la factura n.º 2026/0140 y no incluye la retención del 15 % de IRPF, que procede al tratarse "
           "de un servicio profesional prestado a un profesional que actúa como retenedor. Por lo tanto, no podemos "
           "tramitar el pago tal y como está emitida.\n\n"
           "Le rogamos que emita una factura rectificativa con la retención aplicada; en cuanto la recibamos, "
           "procederemos al pago del importe correcto.\n\n"
           "Reciba un cordial saludo,\n\n"
           "Sergio Moliner Peña\nAsesoría Moliner · Fiscal y contable\nC/ Colón, 42, 3.º – 46004 València\n"
           "Tel. 963 52 18 70")
    fwd_mid = mid(n, "outlook", "campsabogados.es")
    eml = client_reply(n, style="outlook", owner="lucia", frm_name="Sergio Moliner", frm_addr="sergio@asesoriamoliner.es",
                       dt=dt, own=own, quoted=quoted, rem_dt=fwd_dt, subject="RE: " + subj("lucia", number),
                       quote_from=("Ernesto Camps Ribera", "ernesto@campsabogados.es"),
                       quote_to="Sergio Moliner <sergio@asesoriamoliner.es>",
                       quote_subject="RV: Re: " + subj("lucia", number), cc="ernesto@campsabogados.es",
                       irt=fwd_mid, refs_=refs(inv, rem[0], fwd_mid))
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "The client's asesoría refuses to process invoice 2026/0140 without the IRPF "
        "withholding and asks for a rectificativa; payment only after the correction.", reference=number))


@message
def m24(n):
    # Santiago (CL), fruit exporter, accounts payable: HTML-only Outlook mail, payment made by SWIFT.
    number = "DS-26-058"
    inv, rem = thread("diego", number)
    rem_dt = when(2027, 1, 14, 9, 0, ES, 4)
    dt = when(2027, 1, 14, 17, 25, CL)
    quoted = letter("due", "diego", dict(kind="company", name="Exportadora Frutícola Andes Sur SpA"), number,
                    amount="2400.00", cur="USD", due=D(2027, 1, 12), days_late=2)
    own = ("Estimado Diego:\n\n"
           "Junto con saludar, informamos que con fecha 14-01-2027 se cursó el pago de la factura N° DS-26-058 por "
           "USD 2.400,00 mediante transferencia internacional (SWIFT) a la cuenta indicada en su documento. El abono "
           "puede demorar entre 2 y 3 días hábiles en verse reflejado.\n\n"
           "Ante cualquier consulta, favor escribir a este mismo correo.\n\n"
           "Saludos cordiales,\n\n"
           "Carolina Muñoz V.\nAnalista de Tesorería – Cuentas por Pagar\nExportadora Frutícola Andes Sur SpA\n"
           "Camino a Lonquén 11.500, Maipú, Santiago\n+56 2 2947 3100")
    eml = client_reply(n, style="outlook", owner="diego", frm_name="Pago Proveedores Andes Sur",
                       frm_addr="pagoproveedores@andessur.cl", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("diego", number), quote_subject="Re: " + subj("diego", number),
                       quote_to="Pago Proveedores Andes Sur <pagoproveedores@andessur.cl>",
                       irt=rem[0], refs_=refs(inv, rem[0]), html_only=True)
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "Accounts payable (a person, not a bank) says the SWIFT payment of USD 2.400,00 for "
        "DS-26-058 was made on 14-01-2027; HTML-only body, Chilean number format.", amount="2400.00",
        currency="USD", reference=number))


@message
def m25(n):
    # Bancolombia alert: money in (HTML only).
    dt = when(2027, 2, 11, 10, 32, CO, 51)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2C2A29">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e6e6e6">'
            '<tr><td style="background:#FDDA24;padding:16px"><img src="https://www.grupobancolombia.com/logo-bancolombia.png" '
            'alt="Bancolombia" height="32"></td></tr>'
            '<tr><td style="padding:24px">'
            '<p>Bancolombia le informa:</p>'
            '<p><b>Recibió una transferencia</b> por <b>$1.785.000,00</b> de DISEÑOS Y CONFECCIONES TEXAS SAS en su '
            'cuenta de ahorros *8823 el 11/02/2027 a las 10:32.</p>'
            '<p>Descripción: PAGO FACTURA FE-1203</p>'
            '<p style="font-size:12px;color:#666">Si tiene inquietudes comuníquese con nuestra Sucursal Telefónica: '
            'Medellín (604) 510 90 00, Bogotá (601) 343 00 00 o al 01 8000 912 345. Bancolombia nunca le solicitará '
            'sus claves por correo electrónico.</p>'
            '<p style="font-size:11px;color:#999">Este mensaje es generado automáticamente, por favor no lo responda.</p>'
            '</td></tr></table></body></html>\n')
    body = Text(html, "html", "utf-8", "base64")
    eml = mail([("From", "Alertas y Notificaciones <alertasynotificaciones@an.notificacionesbancolombia.com>"),
                ("To", "valentina@riosarango.co"), ("Subject", "Alertas y Notificaciones"),
                ("Date", hdate(dt)), ("Message-ID", mid(n, "plain", "an.notificacionesbancolombia.com")),
                ("MIME-Version", "1.0")], body)
    text = re.sub(r"<[^>]+>", " ", html)
    return dict(eml=eml, own=text, label=label(
        "payment-notification", "Bancolombia alert: a transfer of $1.785.000,00 received, description 'PAGO FACTURA "
        "FE-1203'; '$' only, so no currency.", amount="1785000.00", reference="FE-1203"))


@message
def m26(n):
    # Alcalá de Henares, logistics company, Outlook on the web: paid with the end-of-month run.
    number = "DS-26-057"
    inv, rem = thread("diego", number)
    rem_dt = when(2027, 1, 11, 9, 0, ES, 1)
    dt = when(2027, 1, 12, 9, 50, ES)
    quoted = letter("due", "diego", dict(kind="company", name="Logística Henares, S.A."), number, amount="2904.00",
                    due=D(2027, 1, 8), days_late=3)
    own = ("Buenos días, Diego:\n\n"
           "La factura ya está conformada por el departamento de sistemas. La incluimos en los pagos a proveedores "
           "de fin de mes, así que la tendrás a finales de enero.\n\n"
           "Un saludo,\n\n"
           "Pilar Sanz Gutiérrez\nDpto. de Administración\nLogística Henares, S.A.\n"
           "Pol. Ind. La Garena, C/ Trigo 7 – 28806 Alcalá de Henares\n\n"
           "AVISO LEGAL: Este correo electrónico y, en su caso, cualquier fichero anexo al mismo, contiene información "
           "de carácter confidencial exclusivamente dirigida a su destinatario o destinatarios. Si no es vd. el "
           "destinatario indicado, queda notificado de que la lectura, utilización, divulgación y/o copia sin "
           "autorización está prohibida en virtud de la legislación vigente.")
    eml = client_reply(n, style="outlook", web=True, owner="diego", frm_name="Pilar Sanz Gutiérrez",
                       frm_addr="administracion@logisticahenares.es", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("diego", number), quote_subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "Included in the 'pagos de fin de mes', 'a finales de enero': the month's last day, "
        "31 January 2027.", promised_date="2027-01-31"))


@message
def m27(n):
    # Valencia, a physiotherapist (autónoma), Gmail: the transfer came back, IBAN rejected.
    number = "2026/0138"
    inv, rem = thread("lucia", number)
    rem_dt = when(2026, 11, 26, 9, 0, ES, 20)
    dt = when(2026, 11, 30, 19, 22, ES)
    quoted = letter("reminder", "lucia", dict(kind="person", name="Sandra Peris"), number, amount="181.50",
                    due=D(2026, 11, 20))
    own = ("Hola Lucía, te hice la transferencia el jueves pero hoy me la han devuelto, en el banco me dicen que el "
           "IBAN no coincide con el titular o algo así 🤷‍♀️ ¿Me lo puedes confirmar? Copié el que venía en la factura, "
           "igual lo copié mal yo.\n\nSandra\n\n--\nSandra Peris · Fisioterapia\nC/ Sueca, 31 bajo · València\n"
           "Cita previa: 622 418 903")
    eml = client_reply(n, style="gmail", owner="lucia", frm_name="Sandra Peris", frm_addr="sandraperisfisio@gmail.com",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("lucia", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "The transfer was returned by the bank and nothing has been sent again; she asks to "
        "confirm the IBAN. Not paid, and no new promise."))


@message
def m28(n):
    # Mar del Plata (AR), shipping agency, administration: transfer made, receipt attached (Outlook).
    number = "0002-00000189"
    inv, rem = thread("sofia", number)
    rem_dt = when(2027, 1, 18, 9, 0, AR, 3)
    dt = when(2027, 1, 18, 11, 5, AR)
    quoted = letter("due", "sofia", dict(kind="company", name="Agencia Marítima del Plata S.R.L."), number,
                    amount="412000.00", cur="ARS", due=D(2027, 1, 15), days_late=3)
    own = ("Buen día Sofía,\n\n"
           "Te aviso que hoy se te transfirieron 412.000 pesos a tu cuenta del Galicia por la factura 0002-00000189 "
           "(traducción de los manuales de seguridad). Te adjunto el comprobante.\n\n"
           "Saludos,\n\n"
           "Verónica Lanza\nAdministración y Finanzas\nAgencia Marítima del Plata S.R.L.\n"
           "Av. Martínez de Hoz 1151 – Mar del Plata\nTel. (0223) 480-2244")
    eml = client_reply(n, style="outlook", owner="sofia", frm_name="Verónica Lanza",
                       frm_addr="administracion@maritimadelplata.com.ar", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("sofia", number), quote_subject="Re: " + subj("sofia", number),
                       irt=rem[0], refs_=refs(inv, rem[0]),
                       atts=[Att("application/pdf", "Comprobante_Transferencia_18012027.pdf", pdf_bytes("Comprobante"))])
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "'Se te transfirieron 412.000 pesos' for 0002-00000189 with the receipt; Argentine "
        "pesos, so ARS.", amount="412000.00", currency="ARS", reference=number))


@message
def m29(n):
    # Santiago (CL), retail company, supplier desk: rejected for missing purchase order, asks for a nota de crédito.
    number = "DS-26-055"
    inv, rem = thread("diego", number)
    rem_dt = when(2026, 12, 14, 9, 0, ES, 7)
    dt = when(2026, 12, 15, 10, 40, CL)
    quoted = letter("reminder", "diego", dict(kind="company", name="Retail Austral S.A."), number, amount="3150.00",
                    cur="USD", due=D(2026, 12, 4))
    own = ("Estimado proveedor:\n\n"
           "Junto con saludar, le informamos que su factura DS-26-055 fue rechazada en nuestro sistema de recepción de "
           "documentos, ya que no indica el número de Orden de Compra, requisito obligatorio para su contabilización.\n\n"
           "Por lo anterior, le solicitamos emitir una nota de crédito que anule el documento y volver a facturar "
           "indicando la OC N° 4500318872. Sin estos antecedentes no es posible programar el pago.\n\n"
           "Atte.,\n\nMesa de Ayuda Proveedores\nGerencia de Contabilidad – Retail Austral S.A.\n"
           "Av. Apoquindo 3721, piso 9, Las Condes")
    eml = client_reply(n, style="outlook", owner="diego", frm_name="Mesa de Ayuda Proveedores",
                       frm_addr="proveedores@retailaustral.cl", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("diego", number), quote_subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "The client rejects the invoice (no purchase order) and asks for a nota de crédito and "
        "a new invoice; written by the supplier desk staff, not an automatic reply.", reference=number))


@message
def m30(n):
    # Diego's own Postfix, Spanish-localised delay notice: mailbox full, still retrying (4.2.2).
    number = "DS-26-043"
    inv, _ = thread("diego", number)
    orig_dt = when(2026, 11, 3, 9, 0, ES, 0)
    dt = when(2026, 11, 4, 14, 21, ES, 9)
    rcpt = "administracion@reformasbarrioalto.es"
    orig_mid = mid(f"{number}-r0", "mailduns", "diegosalcedo.dev")
    b = "5A1C2401B7.1793800869/mail.diegosalcedo.dev"
    text = ("Este es el sistema de correo de mail.diegosalcedo.dev.\n\n"
            "####################################################################\n"
            "# ESTO ES SOLO UN AVISO. NO ES NECESARIO VOLVER A ENVIAR EL MENSAJE. #\n"
            "####################################################################\n\n"
            "Su mensaje aún no ha podido entregarse. El sistema seguirá intentándolo durante 4 días más.\n\n"
            "Para más información, escriba a <postmaster> e incluya este informe.\n\n"
            "                   El sistema de correo\n\n"
            f"<{rcpt}>: host mx.reformasbarrioalto.es[217.160.0.201] said: 452 4.2.2\n"
            "    Mailbox full (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mail.diegosalcedo.dev\n"
              "X-Postfix-Queue-ID: 5A1C2401B7\n"
              "X-Postfix-Sender: rfc822; hola@diegosalcedo.dev\n"
              f"Arrival-Date: {hdate(orig_dt)}\n\n"
              f"Final-Recipient: rfc822; {rcpt}\n"
              f"Original-Recipient: rfc822;{rcpt}\n"
              "Action: delayed\n"
              "Status: 4.2.2\n"
              "Remote-MTA: dns; mx.reformasbarrioalto.es\n"
              "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\n"
              "Will-Retry-Until: Sat, 7 Nov 2026 09:00:00 +0100 (CET)\n")
    headers = (f"Return-Path: <hola@diegosalcedo.dev>\nReceived: by mail.diegosalcedo.dev (Postfix, from userid 1000)\n"
               f"\tid 5A1C2401B7; {hdate(orig_dt)}\n"
               f"From: {addr(*C_DIEGO)}\nTo: {rcpt}\nSubject: {enc('Re: ' + subj('diego', number))}\n"
               f"Date: {hdate(orig_dt)}\nMessage-ID: {orig_mid}\nIn-Reply-To: {inv}\nReferences: {inv}\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n")
    body = Multi("report", [Raw("Content-Description: Notification\nContent-Type: text/plain; charset=utf-8\n"
                                "Content-Transfer-Encoding: 8bit", text),
                            Raw("Content-Description: Delivery report\nContent-Type: message/delivery-status", status),
                            Raw("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers",
                                headers)], b, params=" report-type=delivery-status;",
                 preamble="This is a MIME-encapsulated message.\n")
    eml = mail([("Return-Path", "<>"), ("X-Original-To", "hola@diegosalcedo.dev"),
                ("Delivered-To", "hola@diegosalcedo.dev"),
                ("Received", f"by mail.diegosalcedo.dev (Postfix)\n\tid 7E0F3402A1; {hdate(dt)} (CET)"),
                ("Date", hdate(dt) + " (CET)"),
                ("From", "MAILER-DAEMON@mail.diegosalcedo.dev (Sistema de correo)"),
                ("Subject", enc("Aviso de retraso en la entrega (se sigue intentando)")),
                ("To", "hola@diegosalcedo.dev"), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
                ("Message-Id", "<20261104132109.7E0F3402A1@mail.diegosalcedo.dev>")], body)
    return dict(eml=eml, own=text + status, label=label(
        "bounce", "Postfix delay notice (Spanish template): 452 4.2.2 mailbox full, Action: delayed, still retrying, "
        "so the failure is temporary.", failed_recipient=rcpt, permanent=False))


@message
def m31(n):
    # Pereira (CO), a clothes shop owner on her iPhone: "la próxima semana", no day.
    number = "FE-1198"
    inv, rem = thread("valentina", number)
    rem_dt = when(2026, 12, 11, 8, 0, CO, 9)
    dt = when(2026, 12, 11, 16, 48, CO)
    quoted = letter("reminder", "valentina", dict(kind="person", name="Juliana Ospina"), number, amount="950000.00",
                    cur="COP", due=D(2026, 12, 4))
    own = ("Hola Vale, como estas? Mil disculpas, se me paso totalmente. La proxima semana te consigno lo de la "
           "factura FE-1198, es que estoy esperando que me paguen unos clientes. Gracias por la paciencia!!")
    eml = client_reply(n, style="iphone", owner="valentina", frm_name="Juliana Ospina",
                       frm_addr="moraboutique.pereira@gmail.com", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="Re: " + subj("valentina", number), irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "'La proxima semana te consigno' is a promise without a day, so no promised_date.",
        reference=number))


@message
def m32(n):
    # Madrid, a small publisher, Gmail: paid yesterday, and a question about the new address.
    number = "DS-26-054"
    inv, rem = thread("diego", number)
    rem_dt = when(2026, 12, 14, 9, 0, ES, 13)
    dt = when(2026, 12, 16, 12, 2, ES)
    quoted = letter("reminder", "diego", dict(kind="company", name="Editorial Cuadernos del Sur, S.L."), number,
                    amount="605.00", due=D(2026, 12, 5))
    own = ("Hola Diego!\n\n"
           "Pagado ayer (transferencia de 605 €). Perdona el retraso, se nos juntó con el cierre del catálogo.\n\n"
           "Una pregunta: a partir de enero, ¿nos puedes poner en las facturas la dirección nueva? Nos mudamos a "
           "C/ Alcalá 212, 3.º B, 28028 Madrid. El CIF es el mismo.\n\n"
           "Gracias!\nIrene\n\n-- \nIrene Lozano · Producción\nEditorial Cuadernos del Sur\ncuadernosdelsur.es")
    eml = client_reply(n, style="gmail", owner="diego", frm_name="Irene Lozano", frm_addr="irene@cuadernosdelsur.es",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "'Pagado ayer (transferencia de 605 €)' plus a question about the billing address: "
        "paid wins over other. No invoice number in her words.", amount="605.00", currency="EUR"))


@message
def m33(n):
    # Newsletter for freelancers: talks about invoices and payments but is none of them.
    dt = when(2027, 1, 5, 8, 0, ES, 0)
    text = ("CLUB DEL AUTÓNOMO DIGITAL · Boletín n.º 112 · enero de 2027\n\n"
            "Hola, Lucía:\n\n"
            "Empezamos el año con novedades que te afectan:\n\n"
            "1. Cuota de autónomos 2027: los nuevos tramos por rendimientos netos y cómo pedir el cambio de base antes "
            "del 28 de febrero.\n"
            "2. VERI*FACTU: qué programas de facturación están ya adaptados y qué pasa con las facturas que emites "
            "desde una hoja de cálculo.\n"
            "3. Morosidad: cómo reclamar una factura impagada sin perder al cliente (y cuándo merece la pena el "
            "procedimiento monitorio).\n"
            "4. Webinar gratuito, 21 de enero a las 18:00: «Cobra antes: condiciones de pago que funcionan».\n\n"
            "Leer el boletín completo: https://clubautonomodigital.es/boletin/112\n\n"
            "Recibes este correo porque te suscribiste en clubautonomodigital.es. Darte de baja: "
            "https://clubautonomodigital.es/baja?u=lferrer-5521\n"
            "Club del Autónomo Digital · Apartado de Correos 1042 · 46080 València")
    html = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Boletín 112</title></head>'
            '<body style="margin:0;background:#f6f3ee"><center><table width="600" style="background:#fff;'
            'font-family:Georgia,serif;color:#222"><tr><td style="padding:28px 32px;background:#1d3557;color:#fff">'
            '<h1 style="margin:0;font-size:24px">Club del Autónomo Digital</h1><p style="margin:4px 0 0">Boletín n.º 112 · '
            'enero de 2027</p></td></tr><tr><td style="padding:24px 32px"><p>Hola, Lucía:</p><p>Empezamos el año con '
            'novedades que te afectan:</p><ol><li><b>Cuota de autónomos 2027</b>: los nuevos tramos por rendimientos '
            'netos y cómo pedir el cambio de base antes del 28 de febrero.</li><li><b>VERI*FACTU</b>: qué programas de '
            'facturación están ya adaptados y qué pasa con las facturas que emites desde una hoja de cálculo.</li>'
            '<li><b>Morosidad</b>: cómo reclamar una factura impagada sin perder al cliente (y cuándo merece la pena el '
            'procedimiento monitorio).</li><li><b>Webinar gratuito</b>, 21 de enero a las 18:00: «Cobra antes: '
            'condiciones de pago que funcionan».</li></ol><p><a href="https://clubautonomodigital.es/boletin/112" '
            'style="background:#e63946;color:#fff;padding:10px 18px;text-decoration:none">Leer el boletín completo</a>'
            '</p></td></tr><tr><td style="padding:16px 32px;font-size:11px;color:#777;font-family:Arial">Recibes este '
            'correo porque te suscribiste en clubautonomodigital.es. <a href="https://clubautonomodigital.es/baja?u='
            'lferrer-5521">Darte de baja</a><br>Club del Autónomo Digital · Apartado de Correos 1042 · 46080 València'
            '</td></tr></table></center></body></html>\n')
    body = Multi("alternative", [Text(text, "plain", "utf-8", "quoted-printable"),
                                 Text(html, "html", "utf-8", "quoted-printable")], boundary(n, "nl"))
    eml = mail([("From", "Club del Autónomo Digital <boletin@clubautonomodigital.es>".replace(
                    "Club del Autónomo Digital", enc("Club del Autónomo Digital"))),
                ("To", "lucia@ferrernavarro.es"),
                ("Subject", enc("📬 Cuota de autónomos 2027, VERI*FACTU y cómo cobrar antes")),
                ("Date", hdate(dt)), ("Message-ID", mid(n, "plain", "mail.clubautonomodigital.es")),
                ("List-Unsubscribe", "<https://clubautonomodigital.es/baja?u=lferrer-5521>, "
                                     "<mailto:baja@clubautonomodigital.es?subject=baja>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                ("List-Id", "Boletín <boletin.clubautonomodigital.es>".replace("Boletín", enc("Boletín"))),
                ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "other", "A newsletter for freelancers; it talks about invoices, payments and late payers but is not a "
        "reply and not a payment."))


@message
def m34(n):
    # Medellín, restaurant owner, Gmail: is VAT included? (question)
    number = "FE-1189"
    inv, rem = thread("valentina", number)
    rem_dt = when(2026, 11, 13, 8, 0, CO, 1)
    dt = when(2026, 11, 16, 11, 2, CO)
    quoted = letter("courtesy", "valentina", dict(kind="person", name="Camilo Restrepo"), number, amount="2380000.00",
                    cur="COP", issue=D(2026, 10, 19), due=D(2026, 11, 18))
    own = ("Buenos días Valentina, una preguntica: ¿el valor de la factura FE-1189 ya tiene el IVA incluido? Es que el "
           "contador me pregunta si nos toca practicar retención en la fuente y ReteICA o si eso ya va descontado.\n\n"
           "Gracias, que estés muy bien.\n\nCamilo Restrepo\nEl Fogón de Camilo – Laureles")
    eml = client_reply(n, style="gmail", owner="valentina", frm_name="Camilo Restrepo", frm_addr="elfogondecamilo@gmail.com",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("valentina", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "A question about VAT and withholdings before the due date; no payment, no promise, "
        "no objection to the invoice.", reference=number))


@message
def m35(n):
    # Monterrey, a film production company, Gmail: pays after the holidays, on 7 January (year rollover).
    number = "A-513"
    inv, rem = thread("pablo", number)
    rem_dt = when(2026, 12, 28, 9, 0, MX, 2)
    dt = when(2026, 12, 28, 13, 15, MX)
    quoted = letter("reminder", "pablo", dict(kind="company", name="Cine Nopal Producciones, S.A. de C.V."), number,
                    amount="27840.00", cur="MXN", due=D(2026, 12, 18))
    own = ("Qué onda Pablo, feliz fin de año!\n\n"
           "Ya sé que te debo lo de la A-513, disculpa. La oficina cerró por vacaciones hasta el 6, pero me confirmaron "
           "en administración que el 7 de enero sale el pago de todos los proveedores pendientes, tú incluido. Te "
           "aviso en cuanto lo vea reflejado.\n\nAbrazo,\nLalo\n\n"
           "Eduardo Garza\nProductor ejecutivo · Cine Nopal\nMonterrey, N.L.")
    eml = client_reply(n, style="gmail", owner="pablo", frm_name="Eduardo Garza", frm_addr="lalo@cinenopal.mx",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("pablo", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "Written on 28 December 2026: 'el 7 de enero sale el pago' is 7 January 2027 (next "
        "year); 'hasta el 6' is the office closure, not the payment day.", promised_date="2027-01-07",
        reference=number))


@message
def m36(n):
    # Alzira, a bar owner, late at night on his iPhone, in capitals: will not pay.
    number = "2026/0151"
    inv, rem = thread("lucia", number)
    rem_dt = when(2027, 1, 22, 9, 0, ES, 8)
    dt = when(2027, 1, 22, 23, 4, ES)
    quoted = letter("late_fee", "lucia", dict(kind="person", name="Vicente Tormo"), number, amount="363.00",
                    due=D(2026, 12, 20), days_late=33, deadline=D(2027, 2, 1), fee_total="406,33 €",
                    fees=dict(rate="10,15 %", lines=[
                        "factura n.º 2026/0151: 363,00 €",
                        "intereses de demora (10,15 % anual, 33 días): 3,33 €",
                        "indemnización por costes de cobro (art. 8 de la Ley 3/2004): 40,00 €",
                        "total: 406,33 €"]))
    own = ("MIRA LUCIA NO PIENSO PAGAR ESTO. El logo que me hiciste lo tuve que rehacer con otro diseñador porque no se "
           "leia en el toldo, te lo dije en su dia y no me hiciste ni caso. Y encima ahora me mandas intereses y 40 "
           "euros de indemnizacion?? Lo que me faltaba.\n"
           "Si quieres hablamos, pero esta factura tal como esta no la pago.\nVicente")
    eml = client_reply(n, style="iphone", owner="lucia", frm_name="Vicente Tormo", frm_addr="bareltunel.alzira@hotmail.com",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("lucia", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "Refuses to pay: the work was not usable and he rejects the late fees; 'si quieres "
        "hablamos' does not soften the refusal."))


@message
def m37(n):
    # CaixaBank: Bizum received (Lucía's personal account).
    dt = when(2027, 1, 13, 18, 47, ES, 5)
    text = ("CaixaBank\n\n"
            "Hola, LUCIA:\n\n"
            "Has recibido un Bizum.\n\n"
            "Importe: 120,00 EUR\n"
            "De: CARMEN VIDAL ORTS\n"
            "Concepto: Fra 2026/0162\n"
            "Fecha: 13/01/2027 18:47\n"
            "Cuenta de abono: ES** **** **** **** **** 3319\n\n"
            "El importe ya está disponible en tu cuenta.\n\n"
            "Este es un correo automático. No respondas a este mensaje.\n"
            "CaixaBank nunca te pedirá por correo electrónico tus claves de acceso ni códigos de firma.\n"
            "CaixaBank, S.A. – C/ Pintor Sorolla, 2-4 – 46002 València – NIF A08663619")
    html = ('<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;background:#f2f2f2">'
            '<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px;border-bottom:4px '
            'solid #007eae"><img src="https://www.caixabank.es/deployedfiles/common/Estaticos/Imagenes/logo_cbk.png" '
            'alt="CaixaBank" height="30"></td></tr><tr><td style="padding:24px;color:#333"><p>Hola, LUCIA:</p>'
            '<h2 style="color:#007eae">Has recibido un Bizum</h2><table cellpadding="4">'
            '<tr><td>Importe:</td><td><b>120,00 EUR</b></td></tr><tr><td>De:</td><td>CARMEN VIDAL ORTS</td></tr>'
            '<tr><td>Concepto:</td><td>Fra 2026/0162</td></tr><tr><td>Fecha:</td><td>13/01/2027 18:47</td></tr>'
            '<tr><td>Cuenta de abono:</td><td>ES** **** **** **** **** 3319</td></tr></table>'
            '<p>El importe ya está disponible en tu cuenta.</p><p style="font-size:11px;color:#888">Este es un correo '
            'automático. No respondas a este mensaje.<br>CaixaBank nunca te pedirá por correo electrónico tus claves de '
            'acceso ni códigos de firma.<br>CaixaBank, S.A. – C/ Pintor Sorolla, 2-4 – 46002 València – NIF A08663619'
            '</p></td></tr></table></body></html>\n')
    body = Multi("alternative", [Text(text, "plain", "UTF-8", "base64"), Text(html, "html", "UTF-8", "base64")],
                 boundary(n, "bank"))
    eml = mail([("From", "CaixaBank <notificaciones@caixabank.com>"), ("To", "lucia@ferrernavarro.es"),
                ("Subject", enc("Has recibido un Bizum de 120,00 EUR")), ("Date", hdate(dt)),
                ("Message-ID", mid(n, "plain", "notificaciones.caixabank.com")), ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "payment-notification", "CaixaBank notice of a Bizum received, 120,00 EUR, concepto 'Fra 2026/0162'.",
        amount="120.00", currency="EUR", reference="2026/0162"))


@message
def m38(n):
    # Lima, trading company, Gmail: transfer abroad made from Interbank, constancia attached.
    number = "DS-26-061"
    inv, rem = thread("diego", number)
    rem_dt = when(2027, 1, 8, 9, 0, ES, 0)
    dt = when(2027, 1, 11, 9, 15, PE)
    quoted = letter("reminder", "diego", dict(kind="company", name="Inversiones Ccori S.A.C."), number, amount="850.00",
                    cur="USD", due=D(2026, 12, 28))
    own = ("Hola Diego,\n\n"
           "Ya te hice la transferencia al exterior desde Interbank, te adjunto la constancia. Son 850 dólares por la "
           "factura DS-26-061. Disculpa la demora, fin de año fue un caos con el cierre contable.\n\n"
           "Saludos desde Lima,\nRenzo\n\n"
           "Renzo Quispe Mamani\nGerente de Operaciones\nInversiones Ccori S.A.C. · RUC 20603318842")
    eml = client_reply(n, style="gmail", owner="diego", frm_name="Renzo Quispe", frm_addr="rquispe@ccori.com.pe",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]),
                       atts=[Att("application/pdf", "Constancia_Transferencia_Exterior_20270111.pdf",
                                 pdf_bytes("Constancia de transferencia"))])
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "Transfer abroad done, constancia attached: 850 dólares for DS-26-061.", amount="850.00",
        currency="USD", reference=number))


@message
def m39(n):
    # Buenos Aires, a laboratory: this mailbox is no longer used.
    number = "0002-00000190"
    inv, rem = thread("sofia", number)
    dt = when(2026, 12, 15, 10, 2, AR, 44)
    text = ("Esta casilla de correo ya no se encuentra en uso.\n\n"
            "Para consultas administrativas y envío de facturas, por favor escribinos a "
            "proveedores@laboratorioslumen.com.ar indicando número de factura y orden de compra.\n\n"
            "Muchas gracias.\n\nLaboratorios Lumen S.A. – Administración")
    body = Text(text, "plain", "utf-8", "quoted-printable")
    eml = mail([("Date", hdate(dt)), ("From", "compras@laboratorioslumen.com.ar"), ("To", addr(*C_SOFIA)),
                ("Subject", enc(f"Respuesta automática: Re: {subj('sofia', number)}")),
                ("Message-ID", mid(n, "plain", "laboratorioslumen.com.ar")), ("In-Reply-To", rem[0]),
                ("References", refs(inv, rem[0])), ("Auto-Submitted", "auto-replied"),
                ("X-Autoreply", "yes"), ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "auto-reply", "Automatic notice that the mailbox is no longer in use, with a new address; no absence end "
        "date."))


@message
def m40(n):
    # Alzira, an asesoría for a driving school (S.L.), Outlook: paid next Monday, the 8th.
    number = "2027/0009"
    inv, rem = thread("lucia", number)
    rem_dt = when(2027, 2, 4, 8, 30, ES, 6)
    dt = when(2027, 2, 4, 12, 10, ES)
    quoted = letter("due", "lucia", dict(kind="company", name="Autoescuela Turia, S.L."), number, amount="484.00",
                    due=D(2027, 2, 4), days_late=0)
    own = ("Buenos días:\n\n"
           "Desde la asesoría de Autoescuela Turia, S.L. le comunicamos que su factura 2027/0009 ya está incluida en "
           "la orden de pagos de la próxima semana y se abonará el próximo lunes, día 8.\n\n"
           "Saludos cordiales,\n\n"
           "Departamento contable\nGestiona Ribera Asesores, S.L.P.\nPl. del Reino, 6 – 46600 Alzira\n"
           "contabilidad@gestionaribera.es · 962 41 77 30")
    eml = client_reply(n, style="outlook", owner="lucia", frm_name="Gestiona Ribera - Contabilidad",
                       frm_addr="contabilidad@gestionaribera.es", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("lucia", number), quote_subject="Re: " + subj("lucia", number),
                       quote_to="autoescuelaturia@gestionaribera.es", irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "The client's asesoría, on Thursday 4 February: 'el próximo lunes, día 8' is 8 "
        "February 2027.", promised_date="2027-02-08", reference=number))


@message
def m41(n):
    # Lima, dental clinic, Yahoo Mail: the bank asks for the SWIFT code (question).
    number = "DS-26-050"
    inv, rem = thread("diego", number)
    rem_dt = when(2026, 11, 25, 9, 0, ES, 3)
    dt = when(2026, 11, 25, 16, 30, PE)
    reminder = letter("due", "diego", dict(kind="company", name="Clínica Dental Miraflores S.A.C."), number,
                      amount="980.00", cur="USD", due=D(2026, 11, 23), days_late=2)
    q = local(rem_dt, dt)
    quoted = (f"El miércoles, {q.day} de {MESES[q.month - 1]} de {q.year}, {q.hour:02d}:{q.minute:02d}:{q.second:02d} "
              f"GMT-5, Diego Salcedo Ruiz <hola@diegosalcedo.dev> escribió:\n\n\n" + gt(reminder))
    own = ("Hola Diego, buenas tardes.\n\n"
           "Recibí tu correo. En el BCP me piden el código SWIFT de tu banco y la dirección del banco beneficiario para "
           "hacer la transferencia al exterior, porque dicen que con el IBAN solo no alcanza. ¿Me los podrías "
           "enviar?\n\n"
           "Gracias,\nPatricia Valdivia\nClínica Dental Miraflores")
    eml = client_reply(n, style="plain", owner="diego", frm_name="Patricia Valdivia", frm_addr="pvaldivia_cdm@yahoo.com",
                       dt=dt, own=own, quoted=quoted, subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]), mailer="YahooMailAndroidMobile")
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "Asks for the SWIFT code and bank address to make the transfer (they are partly in the "
        "quote); no date or commitment, so not a promise."))


@message
def m42(n):
    # Lima, a pastry shop, Gmail on the phone: the price was in soles, not dollars.
    number = "DS-26-051"
    inv, rem = thread("diego", number)
    rem_dt = when(2026, 11, 30, 9, 0, ES, 15)
    dt = when(2026, 12, 1, 11, 20, PE)
    quoted = letter("due", "diego", dict(kind="person", name="Jorge Salas"), number, amount="2500.00", cur="USD",
                    due=D(2026, 11, 27), days_late=3)
    own = ("Diego buen día,\n\n"
           "Creo que hay una confusión: habíamos quedado en 2,500 soles por la tienda online, no en 2,500 dólares. Así "
           "está en el WhatsApp que me mandaste en setiembre. Con la factura en dólares no la puedo pagar, es casi el "
           "triple. Por favor corrígela y me la reenvías.\n\nSaludos,\nJorge\nDulce Lima Pastelería")
    eml = client_reply(n, style="gmail", owner="diego", frm_name="Jorge Salas", frm_addr="dulcelima.pasteleria@gmail.com",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "Wrong currency: agreed 2,500 soles, billed 2,500 dollars; he will not pay until it "
        "is corrected. 2,500 is the disputed price, not an amount paid or promised."))


@message
def m43(n):
    # Toluca, a construction company's treasury, Gmail: paid by SPEI, asks for the complemento de pago.
    number = "A-515"
    inv, rem = thread("pablo", number)
    rem_dt = when(2027, 1, 18, 9, 0, MX, 1)
    dt = when(2027, 1, 18, 14, 5, MX)
    quoted = letter("due", "pablo", dict(kind="company", name="Constructora Valle de Anáhuac, S.A. de C.V."), number,
                    amount="23200.00", cur="MXN", due=D(2027, 1, 15), days_late=3)
    own = ("Buen día Pablo,\n\n"
           "Te comparto el comprobante de pago de la factura folio A-515 por $23,200.00 MXN, pagada el día de hoy vía "
           "SPEI.\n\n"
           "Favor de enviarnos el complemento de pago (REP) a la brevedad para cerrar el registro en contabilidad.\n\n"
           "Saludos cordiales,\n\n"
           "Lic. Sergio Mena Carrillo\nTesorería\nConstructora Valle de Anáhuac, S.A. de C.V.\nTel. 722 214 5530")
    eml = client_reply(n, style="gmail", owner="pablo", frm_name="Sergio Mena", frm_addr="tesoreria@cvanahuac.com.mx",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("pablo", number),
                       irt=rem[0], refs_=refs(inv, rem[0]),
                       atts=[Att("application/pdf", "CEP_SPEI_A-515.pdf", pdf_bytes("Comprobante SPEI"))])
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "Paid today via SPEI, $23,200.00 MXN for folio A-515, proof attached; asking for the "
        "REP does not change the kind.", amount="23200.00", currency="MXN", reference=number))


@message
def m44(n):
    # Wise: money received in the USD balance (less than the invoice: the sending banks took fees).
    dt = when(2027, 1, 13, 15, 2, "+0000", 11)
    text = ("Hola, Diego:\n\n"
            "Has recibido 842,50 USD de INVERSIONES CCORI S.A.C.\n\n"
            "El dinero ya está en tu cuenta en USD.\n\n"
            "Referencia del remitente: PAGO FACT DS-26-061\n"
            "N.º de transacción: #1984427310\n\n"
            "Ver detalles: https://wise.com/transactions/activities/by-resource/TRANSFER/1984427310\n\n"
            "Gracias,\nEl equipo de Wise\n\n"
            "Wise Europe SA, Rue du Trône 100, 3rd floor, Bruselas, 1050, Bélgica.")
    html = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head><body style="margin:0;'
            'background:#f2f5f7;font-family:Inter,Helvetica,Arial,sans-serif"><table width="100%"><tr><td align="center">'
            '<table width="560" style="background:#fff;border-radius:16px;padding:32px"><tr><td>'
            '<img src="https://wise.com/public-resources/assets/logos/wise/brand_logo.png" alt="Wise" height="24">'
            '<h1 style="font-size:28px;color:#0e0f0c">Has recibido 842,50 USD</h1>'
            '<p>Hola, Diego:</p><p>Has recibido 842,50 USD de INVERSIONES CCORI S.A.C.</p>'
            '<p>El dinero ya está en tu cuenta en USD.</p>'
            '<p style="color:#454745">Referencia del remitente: PAGO FACT DS-26-061<br>N.º de transacción: #1984427310</p>'
            '<p><a href="https://wise.com/transactions/activities/by-resource/TRANSFER/1984427310" style="background:'
            '#9fe870;color:#163300;padding:12px 24px;border-radius:24px;text-decoration:none">Ver detalles</a></p>'
            '<p>Gracias,<br>El equipo de Wise</p></td></tr></table><p style="font-size:12px;color:#6a6c6a">Wise Europe '
            'SA, Rue du Trône 100, 3rd floor, Bruselas, 1050, Bélgica.</p></td></tr></table></body></html>\n')
    body = Multi("alternative", [Text(text, "plain", "UTF-8", "quoted-printable"),
                                 Text(html, "html", "UTF-8", "quoted-printable")], boundary(n, "wise"))
    eml = mail([("From", "Wise <noreply@wise.com>"), ("To", "hola@diegosalcedo.dev"),
                ("Subject", "Has recibido 842,50 USD"), ("Date", hdate(dt)),
                ("Message-ID", mid(n, "plain", "mail.wise.com")), ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "payment-notification", "Wise: 842,50 USD received with sender reference 'PAGO FACT DS-26-061' (less than "
        "the 850 USD the client said he sent: bank fees). The amount is what the notice states.",
        amount="842.50", currency="USD", reference="DS-26-061"))


@message
def m45(n):
    # Alicante, hotel group, accounts payable, Outlook HTML with disclaimer: confirming run on the 25th.
    number = "DS-26-046"
    inv, rem = thread("diego", number)
    rem_dt = when(2026, 11, 9, 9, 0, ES, 20)
    dt = when(2026, 11, 10, 10, 5, ES)
    quoted = letter("courtesy", "diego", dict(kind="company", name="Grupo Hotelero Costa Blanca, S.A."), number,
                    amount="3630.00", issue=D(2026, 10, 13), due=D(2026, 11, 12))
    own = ("Buenos días:\n\n"
           "Le informamos de que la factura DS-26-046 ha sido aprobada y queda incluida en la próxima remesa de "
           "transferencias a proveedores, que se emite el día 25 de cada mes.\n\n"
           "Atentamente,\n\n"
           "Departamento de Cuentas a Pagar\nGrupo Hotelero Costa Blanca, S.A.\nAvda. de Elche, 164 – 03008 Alicante\n\n"
           "La información contenida en este mensaje y/o archivo(s) adjunto(s) es confidencial/privilegiada y está "
           "destinada a ser leída solo por la(s) persona(s) a la(s) que va dirigida. Si usted lee este mensaje y no es "
           "el destinatario señalado, el empleado o el agente responsable de entregar el mensaje al destinatario, o ha "
           "recibido esta comunicación por error, le informamos que está totalmente prohibida cualquier divulgación, "
           "distribución o reproducción de esta comunicación, y le rogamos que nos lo notifique inmediatamente y nos "
           "devuelva el mensaje original a la dirección arriba mencionada. Gracias.\n\n"
           "Antes de imprimir este correo, piense en el medio ambiente.")
    eml = client_reply(n, style="outlook", owner="diego", frm_name="Cuentas a Pagar GHCB", frm_addr="cuentasapagar@ghcb.es",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="RE: " + subj("diego", number),
                       quote_subject="Re: " + subj("diego", number), irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "Approved and included in the supplier transfer run issued 'el día 25 de cada mes': "
        "from 10 November the next one is 25 November 2026.", promised_date="2026-11-25", reference=number))


@message
def m46(n):
    # Valencia, a notary's secretary, Outlook on the web: the notary is away, she will pass it on.
    number = "2026/0144"
    inv, rem = thread("lucia", number)
    rem_dt = when(2026, 11, 20, 9, 0, ES, 16)
    dt = when(2026, 11, 20, 13, 2, ES)
    quoted = letter("due", "lucia", dict(kind="person", name="D. Ricardo Ballester"), number, amount="726.00",
                    due=D(2026, 11, 18), days_late=2)
    own = ("Buenos días, Lucía:\n\n"
           "Le contesto yo, que llevo la agenda del notario. Don Ricardo está fuera hasta el miércoles y es él quien "
           "autoriza los pagos; en cuanto vuelva le paso su correo y la factura.\n\n"
           "Un saludo,\n\nAmparo Gil\nSecretaría · Notaría Ballester\nC/ Pintor Sorolla, 19 – València")
    eml = client_reply(n, style="outlook", web=True, owner="lucia", frm_name="Amparo Gil",
                       frm_addr="secretaria@notariaballester.es", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("lucia", number), quote_subject="Re: " + subj("lucia", number),
                       quote_to="Notaría Ballester <secretaria@notariaballester.es>", irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "A secretary writes by hand that the notary is away until Wednesday and she will pass "
        "the mail on: not an auto-reply (no return_date) and not a promise to pay."))


@message
def m47(n):
    # Microsoft 365 NDR in Spanish (Valentina's tenant): recipient not found, 5.1.1.
    number = "FE-1200"
    inv, _ = thread("valentina", number)
    orig_dt = when(2026, 12, 9, 8, 0, CO, 2)
    dt = when(2026, 12, 9, 13, 0, "+0000", 9)
    rcpt = "tesoreria@agroinsumoselcaribe.com.co"
    orig_mid = mid(f"{number}-r0", "mailduns", "riosarango.co")
    srv = "SA1PR12MB7442.namprd12.prod.outlook.com"
    text = ("Error al entregar a estos destinatarios o grupos:\n\n"
            f"{rcpt}<mailto:{rcpt}>\n"
            "No se encontró la dirección de correo electrónico especificada en el dominio de destino. Puede que esté mal "
            "escrita o que ya no exista. Vuelva a escribir la dirección e intente enviar el mensaje de nuevo.\n\n"
            "Si eso no funciona, póngase en contacto con el destinatario (por teléfono o mensajería instantánea, por "
            "ejemplo) para comprobar que la dirección es correcta.\n\n\n\n\n\n\n\n"
            "Información de diagnóstico para administradores:\n\n"
            f"Servidor de generación: {srv}\n\n"
            f"{rcpt}\n"
            f"mx.agroinsumoselcaribe.com.co\n"
            f"Remote Server returned '550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table'\n\n"
            "Encabezados del mensaje original:\n\n"
            f"From: =?utf-8?q?Valentina_R=C3=ADos_Arango?= <valentina@riosarango.co>\n"
            f"To: {rcpt}\nSubject: =?utf-8?q?Re=3A_Factura_electr=C3=B3nica_FE-1200_-_Valentina_R=C3=ADos_Arango?=\n"
            f"Date: {hdate(orig_dt)}\nMessage-ID: {orig_mid}\nMIME-Version: 1.0\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif"><p style="font-size:16px">Error al '
            'entregar a estos destinatarios o grupos:</p>'
            f'<p><a href="mailto:{rcpt}">{rcpt}</a><br>No se encontró la dirección de correo electrónico especificada '
            'en el dominio de destino. Puede que esté mal escrita o que ya no exista. Vuelva a escribir la dirección e '
            'intente enviar el mensaje de nuevo.</p><p>Si eso no funciona, póngase en contacto con el destinatario (por '
            'teléfono o mensajería instantánea, por ejemplo) para comprobar que la dirección es correcta.</p><br><br>'
            '<p style="color:#666">Información de diagnóstico para administradores:</p>'
            f'<p>Servidor de generación: {srv}</p><p>{rcpt}<br>mx.agroinsumoselcaribe.com.co<br>Remote Server returned '
            f"'550 5.1.1 &lt;{rcpt}&gt;: Recipient address rejected: User unknown in local recipient table'</p>"
            '</div></body></html>\n')
    status = (f"Reporting-MTA: dns;{srv}\n"
              f"Received-From-MTA: dns;CO6PR12MB5441.namprd12.prod.outlook.com\n"
              f"Arrival-Date: {hdate(orig_dt.astimezone(timezone.utc))}\n\n"
              f"Final-Recipient: rfc822;{rcpt}\n"
              "Action: failed\n"
              "Status: 5.1.1\n"
              "Remote-MTA: dns;mx.agroinsumoselcaribe.com.co\n"
              f"Diagnostic-Code: smtp;550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table\n")
    headers = (f"Received: from CO6PR12MB5441.namprd12.prod.outlook.com (2603:10b6:303:151::9) by\n {srv}\n"
               f" with HTTPS; {hdate(orig_dt.astimezone(timezone.utc))}\n"
               f"From: =?utf-8?q?Valentina_R=C3=ADos_Arango?= <valentina@riosarango.co>\n"
               f"To: {rcpt}\nSubject: =?utf-8?q?Re=3A_Factura_electr=C3=B3nica_FE-1200_-_Valentina_R=C3=ADos_Arango?=\n"
               f"Date: {hdate(orig_dt)}\nMessage-ID: {orig_mid}\nIn-Reply-To: {inv}\nReferences: {inv}\n"
               "Content-Language: es-CO\nMIME-Version: 1.0\n")
    b = "e5b2f7c1-3d2a-4e6b-9c8f-" + hashlib.md5(b"m47").hexdigest()[:12]
    body = Multi("report", [
        Multi("alternative", [Text(text, "plain", "utf-8", "quoted-printable"),
                              Text(html, "html", "utf-8", "quoted-printable")], "b1-" + b),
        Raw("Content-Type: message/delivery-status", status),
        Raw("Content-Type: text/rfc822-headers", headers)], b, params=" report-type=delivery-status;")
    eml = mail([("From", "Microsoft Outlook <postmaster@riosarango.co>"), ("To", "<valentina@riosarango.co>"),
                ("Date", hdate(dt)), ("Content-Language", "es-ES"),
                ("Message-ID", f"<6d1a7a8e-51b2-4c39-9b40-4f0b6d7e2c11@{srv}>"), ("In-Reply-To", orig_mid),
                ("References", orig_mid), ("Subject", enc(f"No se puede entregar: Re: {subj('valentina', number)}")),
                ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Return-Path", "<>"),
                ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text + status, label=label(
        "bounce", "Microsoft 365 non-delivery report in Spanish: recipient not found, 550 5.1.1, permanent.",
        failed_recipient=rcpt, permanent=True))


@message
def m48(n):
    # Valencia, an architect (autónomo), Gmail from the phone: "Hecho." after the promise follow-up.
    number = "2026/0146"
    inv, rem = thread("lucia", number, 2)
    rem_dt = when(2026, 12, 18, 9, 0, ES, 2)
    dt = when(2026, 12, 18, 9, 14, ES)
    quoted = letter("promise_followup", "lucia", dict(kind="person", name="Pau Serra"), number, amount="847.00",
                    due=D(2026, 12, 4), promise_date=D(2026, 12, 15))
    own = "Hecho. Perdona el retraso.\n\nPau"
    eml = client_reply(n, style="gmail", owner="lucia", frm_name="Pau Serra", frm_addr="pau@pauserra.arq.es",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("lucia", number),
                       irt=rem[1], refs_=refs(inv, rem[0], rem[1]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "'Hecho' answering 'el pago todavía no ha llegado... basta con responder' means he has "
        "now paid; no amount or number in his words."))


@message
def m49(n):
    # Ribera del Duero, a winery, Apple Mail: will not pay until the website is finished.
    number = "DS-26-053"
    inv, rem = thread("diego", number)
    rem_dt = when(2026, 12, 9, 9, 0, ES, 10)
    dt = when(2026, 12, 9, 19, 45, ES)
    quoted = letter("reminder", "diego", dict(kind="company", name="Bodegas Hermanos Pizarro, S.L."), number,
                    amount="4235.00", due=D(2026, 11, 30))
    own = ("Diego, buenas tardes:\n\n"
           "Con todo el respeto, no vamos a pagar la factura hasta que la web esté terminada tal y como acordamos. A día "
           "de hoy faltan la versión en inglés, la pasarela de pago de la tienda y el formulario de reservas de "
           "visitas, y el presupuesto decía claramente «web completa». Cuando esté todo entregado y funcionando, la "
           "pagamos sin problema.\n\n"
           "Un saludo,\n\nÁlvaro Pizarro\nBodegas Hermanos Pizarro\nPeñafiel (Valladolid)")
    eml = client_reply(n, style="apple", owner="diego", frm_name="Álvaro Pizarro", frm_addr="alvaro@bodegaspizarro.es",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "Withholds payment because the work is not finished as agreed; 'la pagamos sin "
        "problema' only after delivery, so no promise."))


@message
def m50(n):
    # Manizales (CO), a psychologist, Outlook for Android: pays with her quincena, Monday the 15th.
    number = "FE-1206"
    inv, rem = thread("valentina", number)
    rem_dt = when(2027, 2, 9, 8, 0, CO, 0)
    dt = when(2027, 2, 9, 20, 35, CO)
    reminder = letter("reminder", "valentina", dict(kind="person", name="Natalia Cardona"), number, amount="600000.00",
                      cur="COP", due=D(2027, 2, 1))
    q = local(rem_dt, dt)
    quoted = ("________________________________\n"
              "De: Valentina Ríos Arango <valentina@riosarango.co>\n"
              f"Enviado: {DIAS[q.weekday()]}, {q.day} de {MESES[q.month - 1]} de {q.year} {q.hour}:{q.minute:02d}:"
              f"{q.second:02d} a. m.\n"
              "Para: natalia.cardona.psi@outlook.com <natalia.cardona.psi@outlook.com>\n"
              f"Asunto: Re: {subj('valentina', number)}\n\n" + reminder)
    own = ("Hola Valentina, que pena contigo!! Apenas me paguen la quincena te transfiero, o sea el lunes 15. De verdad "
           "disculpa 🙈\n\nObtener Outlook para Android<https://aka.ms/AAb9ysg>")
    eml = client_reply(n, style="plain", owner="valentina", frm_name="Natalia Cardona",
                       frm_addr="natalia.cardona.psi@outlook.com", dt=dt, own=own, quoted=quoted,
                       subject="Re: " + subj("valentina", number), irt=rem[0], refs_=refs(inv, rem[0]),
                       cte="base64", msgid=mid(n, "outlook-us", "outlook.com"))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "'Apenas me paguen la quincena te transfiero, o sea el lunes 15', written on Tuesday "
        "9 February: Monday 15 February 2027.", promised_date="2027-02-15"))


@message
def m51(n):
    # Invoicing software notice: the invoice was sent to the AEAT under VERI*FACTU (other).
    dt = when(2027, 1, 21, 10, 3, ES, 41)
    text = ("Hola, Lucía:\n\n"
            "Tu factura 2027/0011, emitida a ESTUDIO CREATIVO MARINA ALTA SL por un total de 968,00 €, se ha registrado "
            "correctamente y se ha remitido a la Agencia Tributaria (sistema VERI*FACTU).\n\n"
            "Fecha de expedición: 21/01/2027\n"
            "Huella (hash): 3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60\n"
            "Estado en la AEAT: Correcto\n"
            "Código QR de cotejo: incluido en el PDF de la factura\n\n"
            "Puedes descargar la factura y el justificante de remisión desde tu panel: https://app.facturalia.app/facturas\n\n"
            "— El equipo de Facturalia\n\n"
            "Recibes este aviso porque tienes activadas las notificaciones de VERI*FACTU. Puedes cambiarlo en "
            "Ajustes > Notificaciones.")
    body = Text(text, "plain", "utf-8", "quoted-printable")
    eml = mail([("From", "Facturalia <avisos@facturalia.app>"), ("To", "lucia@ferrernavarro.es"),
                ("Subject", enc("✅ Factura 2027/0011 registrada en VERI*FACTU")), ("Date", hdate(dt)),
                ("Message-ID", mid(n, "plain", "facturalia.app")), ("Auto-Submitted", "auto-generated"),
                ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "other", "The freelancer's own invoicing software confirms that invoice 2027/0011 was sent to the tax agency "
        "(VERI*FACTU); no payment, and 968,00 € is the invoice total.", reference="2027/0011"))


@message
def m52(n):
    # Puebla, a florist, iPhone: please send the XML too (question).
    number = "A-506"
    inv, _ = thread("pablo", number)
    inv_dt = when(2026, 11, 11, 9, 40, MX, 3)
    dt = when(2026, 11, 11, 10, 26, MX)
    quoted = ("Hola Ana Paula:\n\n"
              "Te mando la factura A-506 por las fotos del catálogo de Día de Muertos. Cualquier cosa me dices.\n\n"
              "Saludos,\nPablo\n\nIbarra Studio · Fotografía y video\n55 3914 0277\n\n"
              "[A-506_IbarraStudio.pdf]")
    own = ("Gracias Pablo!! oye me puedes mandar el XML tambien? solo me llego el PDF y sin el xml mi contadora no la "
           "puede meter 🙏")
    eml = client_reply(n, style="iphone", owner="pablo", frm_name="Ana Paula Xochitl", frm_addr="floreria.xochitl@gmail.com",
                       dt=dt, own=own, quoted=quoted, rem_dt=inv_dt, subject="Re: " + subj("pablo", number),
                       quote_from=("Pablo Ibarra", "pablo@ibarrastudio.mx"), irt=inv, refs_=inv)
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "A reply to the invoice mail itself asking for the CFDI XML; nothing about paying."))


@message
def m53(n):
    # Bello (CO), a small business owner, Gmail on the phone: paid by Nequi.
    number = "FE-1199"
    inv, rem = thread("valentina", number)
    rem_dt = when(2026, 12, 18, 8, 0, CO, 4)
    dt = when(2026, 12, 19, 11, 48, CO)
    quoted = letter("due", "valentina", dict(kind="person", name="Sebastián Henao"), number, amount="420000.00",
                    cur="COP", due=D(2026, 12, 16), days_late=2)
    own = "valen ya te pague x nequi lo de la factura, revisa porfa y me confirmas. mil gracias 🙌"
    eml = client_reply(n, style="gmail", owner="valentina", frm_name="Sebas Henao", frm_addr="sebashenao.bello@gmail.com",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("valentina", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "'Ya te pague x nequi', written on the phone without accents; no amount or number in his "
        "words."))


@message
def m54(n):
    # Rionegro (CO), flower grower: collective holidays until 12 January.
    number = "FE-1201"
    inv, rem = thread("valentina", number)
    dt = when(2026, 12, 21, 8, 0, CO, 17)
    text = ("Cordial saludo.\n\n"
            "Le informamos que nuestra empresa se encuentra en vacaciones colectivas hasta el 12 de enero de 2027. Su "
            "mensaje será atendido a nuestro regreso.\n\n"
            "Para asuntos urgentes relacionados con despachos, comuníquese al 310 555 2231.\n\n"
            "Flores del Oriente S.A.S.\nRionegro, Antioquia")
    html = (OUTLOOK_HEAD.format(cs="iso-8859-1") + mso_paras(text) + "\n</div>\n</body>\n</html>\n")
    body = Multi("alternative", [Text(text, "plain", "iso-8859-1", "quoted-printable"),
                                 Text(html, "html", "iso-8859-1", "quoted-printable")], boundary(n, "outlook"))
    eml = mail([("From", "Contabilidad Flores del Oriente <contabilidad@floresdeloriente.com.co>"),
                ("To", addr(*C_VALE)),
                ("Subject", enc(f"Respuesta automática: Re: {subj('valentina', number)}", "iso-8859-1")),
                ("Thread-Topic", enc(subj("valentina", number), "iso-8859-1")), ("Thread-Index", thread_index(n)),
                ("Date", hdate(dt)), ("Message-ID", mid(n, "outlook-us", "floresdeloriente.com.co")),
                ("In-Reply-To", rem[0]), ("References", refs(inv, rem[0])),
                ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "contabilidad@floresdeloriente.com.co"),
                ("Content-Language", "es-CO"), ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "auto-reply", "Collective holidays 'hasta el 12 de enero de 2027': the day named is the return date.",
        return_date="2027-01-12"))


@message
def m55(n):
    # Santiago (CL), construction company, Outlook: scheduled in the supplier payroll for 29-01.
    number = "DS-27-002"
    inv, rem = thread("diego", number)
    rem_dt = when(2027, 1, 20, 9, 0, ES, 3)
    dt = when(2027, 1, 20, 12, 30, CL)
    quoted = letter("due", "diego", dict(kind="company", name="Constructora Los Andes Ltda."), number, amount="1750.00",
                    cur="USD", due=D(2027, 1, 18), days_late=2)
    own = ("Hola Diego, ¿cómo estás?\n\n"
           "Te cuento que la factura DS-27-002 ya pasó por aprobación y quedó programada para el 29-01 en la nómina de "
           "pago a proveedores. Cualquier cambio te aviso.\n\n"
           "Saludos!\n\nFrancisca Rojas Contreras\nJefa de Administración\nConstructora Los Andes Ltda.\n"
           "Av. Vicuña Mackenna 4860, Macul")
    eml = client_reply(n, style="outlook", owner="diego", frm_name="Francisca Rojas Contreras",
                       frm_addr="frojas@constructoralosandes.cl", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("diego", number), quote_subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "Scheduled 'para el 29-01' (Chilean day-month) in the supplier payment run: 29 "
        "January 2027.", promised_date="2027-01-29", reference=number))


@message
def m56(n):
    # Córdoba (AR), a private client, Gmail: paid half, will not pay the rest until the legalisation arrives.
    number = "0002-00000196"
    inv, rem = thread("sofia", number)
    rem_dt = when(2027, 2, 22, 9, 0, AR, 0)
    dt = when(2027, 2, 22, 17, 10, AR)
    quoted = letter("reminder", "sofia", dict(kind="person", name="Daniela Pereyra"), number, amount="190000.00",
                    cur="ARS", due=D(2027, 2, 12))
    own = ("Sofía, te transferí la mitad (los $95.000), porque la otra mitad no te la voy a pagar hasta que me mandes "
           "la traducción legalizada por el Colegio, que era lo que habíamos arreglado. Sin la legalización no me "
           "sirve para el trámite.\n\nDaniela")
    eml = client_reply(n, style="gmail", owner="sofia", frm_name="Daniela Pereyra", frm_addr="dani.pereyra@hotmail.com.ar",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("sofia", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "Half paid ($95.000) and the other half withheld until the legalised translation "
        "arrives: dispute wins over paid; the amount is the half she says she paid.", amount="95000.00"))


@message
def m57(n):
    # Santander: incoming transfer (Cerámicas Bellés paid on the Friday they promised).
    dt = when(2026, 12, 4, 11, 20, ES, 3)
    text = ("Santander\n\n"
            "Transferencia recibida\n\n"
            "Hola, LUCIA FERRER NAVARRO:\n\n"
            "Te informamos de que has recibido una transferencia en tu cuenta terminada en 5527.\n\n"
            "Importe: 726,00 EUR\n"
            "Ordenante: CERAMICAS BELLES SL\n"
            "Concepto: FACTURA 2026/0128\n"
            "Fecha: 04/12/2026\n\n"
            "Consulta todos tus movimientos en la app Santander o en www.bancosantander.es.\n\n"
            "Este mensaje se ha enviado de forma automática. Por favor, no respondas.\n"
            "Banco Santander, S.A. Paseo de Pereda, 9-12. 39004 Santander.")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            '<body style="font-family:Arial;color:#444"><table width="600" align="center"><tr><td style="background:'
            '#ec0000;padding:18px"><img src="https://www.bancosantander.es/img/logo-santander-blanco.png" alt="Santander" '
            'height="28"></td></tr><tr><td style="padding:24px"><h2 style="color:#ec0000">Transferencia recibida</h2>'
            '<p>Hola, LUCIA FERRER NAVARRO:</p><p>Te informamos de que has recibido una transferencia en tu cuenta '
            'terminada en 5527.</p><table><tr><td>Importe:</td><td><b>726,00 EUR</b></td></tr><tr><td>Ordenante:</td>'
            '<td>CERAMICAS BELLES SL</td></tr><tr><td>Concepto:</td><td>FACTURA 2026/0128</td></tr><tr><td>Fecha:</td>'
            '<td>04/12/2026</td></tr></table><p>Consulta todos tus movimientos en la app Santander o en '
            'www.bancosantander.es.</p><p style="font-size:11px">Este mensaje se ha enviado de forma automática. Por '
            'favor, no respondas.<br>Banco Santander, S.A. Paseo de Pereda, 9-12. 39004 Santander.</p></td></tr>'
            '</table></body></html>\n')
    body = Multi("alternative", [Text(text, "plain", "iso-8859-1", "quoted-printable"),
                                 Text(html, "html", "iso-8859-1", "quoted-printable")], boundary(n, "bank"))
    eml = mail([("From", "Banco Santander <avisos@notificaciones.bancosantander.es>"), ("To", "lucia@ferrernavarro.es"),
                ("Subject", "Transferencia recibida"), ("Date", hdate(dt)),
                ("Message-ID", mid(n, "plain", "notificaciones.bancosantander.es")), ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "payment-notification", "Santander notice: 726,00 EUR received from CERAMICAS BELLES SL, concepto 'FACTURA "
        "2026/0128'.", amount="726.00", currency="EUR", reference="2026/0128"))


@message
def m58(n):
    # Valencia, a veterinary clinic, Apple Mail: paid two invoices in one transfer (statement reply).
    inv1, inv2 = thread("lucia", "2026/0150")[0], thread("lucia", "2026/0153")[0]
    st_mid = mid("stmt-benimaclet", "mailduns", "ferrernavarro.es")
    rem_dt = when(2027, 1, 22, 9, 0, ES, 5)
    dt = when(2027, 1, 25, 10, 10, ES)
    quoted = statement("lucia", dict(kind="company", name="Clínica Veterinaria Benimaclet, S.L."), [
        ("2026/0150", D(2026, 11, 30), D(2026, 12, 30), 23, "484.00"),
        ("2026/0153", D(2026, 12, 9), D(2027, 1, 8), 14, "605.00")], "1089.00", D(2027, 2, 1))
    own = ("Buenos días Lucía,\n\n"
           "Te he pagado esta mañana las dos facturas, la 2026/0150 y la 2026/0153, en una sola transferencia de "
           "1.089 €. En el concepto he puesto los dos números para que lo puedas identificar.\n\n"
           "Perdona por el retraso, diciembre fue una locura.\n\n"
           "Raquel Mompó\nClínica Veterinaria Benimaclet")
    eml = client_reply(n, style="apple", owner="lucia", frm_name="Raquel Mompó", frm_addr="raquel@vetbenimaclet.es",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: Resumen de facturas pendientes: n.º 2026/0150, 2026/0153",
                       irt=st_mid, refs_=refs(inv1, inv2, st_mid))
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "Two invoices paid in one transfer of 1.089 €: the amount is stated, but the message is "
        "about two invoices, so no reference.", amount="1089.00", currency="EUR"))


@message
def m59(n):
    # Valencia, a cultural association, Gmail: replies to the invoice mail asking for the account number.
    number = "2026/0143"
    inv, _ = thread("lucia", number)
    inv_dt = when(2026, 11, 17, 12, 5, ES, 9)
    dt = when(2026, 11, 18, 17, 33, ES)
    quoted = ("Hola, Josep:\n\n"
              "Te adjunto la factura 2026/0143 del cartel y los programas de mano de las jornadas de diciembre. "
              "Vence a 30 días.\n\n"
              "Muchas gracias por contar conmigo otra vez.\n\nUn abrazo,\nLucía\n\n--\nLucía Ferrer Navarro · Diseño "
              "gráfico\nferrernavarro.es · 654 21 88 07")
    own = ("Hola Lucía!\n\n"
           "Recibida, gracias. ¿Me puedes volver a pasar el número de cuenta? Hemos cambiado de banco en la asociación "
           "y la nueva banca online no me deja copiar el IBAN desde el PDF, y no quiero equivocarme con algún "
           "número.\n\nUna abraçada,\nJosep\nAssociació Cultural La Fàbrica")
    eml = client_reply(n, style="gmail", owner="lucia", frm_name="Josep Martí", frm_addr="tresoreria@lafabricacultural.org",
                       dt=dt, own=own, quoted=quoted, rem_dt=inv_dt, subject="Re: " + subj("lucia", number),
                       quote_from=("Lucía Ferrer", "lucia@ferrernavarro.es"), irt=inv, refs_=inv)
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "A reply to the invoice mail: received, and asks for the bank account again; no "
        "payment or promise. The Catalan sign-off does not change the language."))


@message
def m60(n):
    # Valencia, a personal trainer (autónomo), Gmail on the phone: "mañana t lo pago", late in the evening.
    number = "2027/0015"
    inv, rem = thread("lucia", number)
    rem_dt = when(2027, 3, 1, 9, 0, ES, 3)
    dt = when(2027, 3, 1, 22, 47, ES)
    quoted = letter("reminder", "lucia", dict(kind="person", name="Rubén Alcañiz"), number, amount="242.00",
                    due=D(2027, 2, 19))
    own = "perdona lucia xq no he podido antes, he estado liadisimo. mañana t lo pago sin falta q ya me han pagado a mi 👍"
    eml = client_reply(n, style="gmail", owner="lucia", frm_name="Ruben Alcañiz", frm_addr="rubenalcaniz.pt@gmail.com",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("lucia", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "Abbreviated phone Spanish ('xq', 't', 'q'); written Monday 1 March at 22:47: "
        "'mañana' is 2 March 2027.", promised_date="2027-03-02"))


@message
def m61(n):
    # A town hall (Intervención), formal, plain text + PDF: the invoice exceeds the awarded minor contract.
    number = "2026/0148"
    inv, rem = thread("lucia", number)
    rem_dt = when(2026, 12, 9, 9, 0, ES, 1)
    dt = when(2026, 12, 10, 13, 25, ES)
    quoted = letter("due", "lucia", dict(kind="company", name="Ayuntamiento de Villanueva del Turia"), number,
                    amount="1936.00", due=D(2026, 12, 7), days_late=2)
    own = ("Asunto: Devolución de factura n.º 2026/0148\n\n"
           "En relación con la factura de referencia, remitida por correo electrónico con fecha 6 de noviembre de 2026 "
           "por importe de 1.936,00 euros (IVA incluido), le comunicamos que la misma no puede ser tramitada, por "
           "cuanto su importe excede del adjudicado en el contrato menor de servicios de diseño de la campaña de "
           "fiestas (expediente 2026/CM-112), que asciende a 1.500,00 euros más IVA (1.815,00 euros).\n\n"
           "En consecuencia, se procede a la devolución de la factura, debiendo emitir, en su caso, una nueva factura "
           "ajustada al importe adjudicado, que deberá presentarse a través de FACe (código DIR3 de la oficina "
           "contable: L01469991).\n\n"
           "Lo que se comunica para su conocimiento y efectos.\n\n"
           "La Jefa de Sección de Intervención\n"
           "Fdo.: M.ª Carmen Oltra Sanchis\n"
           "(Documento firmado electrónicamente)\n\n"
           "Ayuntamiento de Villanueva del Turia · Plaza Mayor, 1 · 46193 Villanueva del Turia (Valencia)")
    eml = client_reply(n, style="outlook", owner="lucia", frm_name="Intervención Ayto. Villanueva del Turia",
                       frm_addr="intervencion@villanuevadelturia.es", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("lucia", number), quote_subject="Re: " + subj("lucia", number),
                       quote_to="registro@villanuevadelturia.es", irt=rem[0], refs_=refs(inv, rem[0]), html=False,
                       cte="base64",
                       atts=[Att("application/pdf", "Diligencia_devolucion_factura_2026-0148.pdf",
                                 pdf_bytes("Diligencia de devolucion"))])
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "A town hall returns invoice 2026/0148 because it exceeds the awarded amount and "
        "asks for a new one: a formal refusal to pay as billed. The sums are contract limits, not payments.",
        reference=number))


@message
def m62(n):
    # Pablo's shared hosting (Exim), Spanish-localised delay warning: 451 greylisting, still trying.
    number = "A-507"
    dt = when(2026, 11, 14, 6, 20, MX, 33)
    orig_dt = when(2026, 11, 13, 6, 0, MX, 2)
    rcpt = "pagos@mueblesrusticosdelnorte.mx"
    text = ("Este mensaje ha sido generado automáticamente por el sistema de entrega de correo.\n\n"
            "Un mensaje que usted envió todavía no ha podido entregarse a uno o más de sus destinatarios después de "
            "más de 24 horas en la cola del servidor mx1.hostingazteca.net.\n\n"
            "El identificador del mensaje es: 1vQ2kT-0007Hn-3C\n"
            f"El asunto del mensaje es: Re: Factura {number} | Ibarra Studio\n"
            f"La fecha del mensaje es: {hdate(orig_dt)}\n\n"
            "La dirección a la que todavía no se ha podido entregar el mensaje es:\n\n"
            f"  {rcpt}\n"
            "    host mx.mueblesrusticosdelnorte.mx [200.57.141.22]\n"
            f"    Motivo del retraso: error SMTP del servidor remoto tras RCPT TO:<{rcpt}>:\n"
            "    451 4.7.1 Greylisted, please try again later\n\n"
            "No es necesario que haga nada. Se seguirá intentando la entrega durante un tiempo, y este aviso puede "
            "repetirse si el mensaje sigue sin entregarse. Si finalmente no es posible entregarlo, el mensaje le será "
            "devuelto.\n")
    eml = mail([("Return-path", "<>"), ("Envelope-to", "pablo@ibarrastudio.mx"),
                ("Delivery-date", hdate(dt)),
                ("Received", f"from mailnull by mx1.hostingazteca.net with local (Exim 4.98)\n\tid 1vQS3n-0002aB-0K\n"
                             f"\tfor pablo@ibarrastudio.mx; {hdate(dt)}"),
                ("X-Failed-Recipients", None), ("Auto-Submitted", "auto-replied"),
                ("From", "Mail Delivery System <Mailer-Daemon@mx1.hostingazteca.net>"),
                ("To", "pablo@ibarrastudio.mx"), ("References", mid(f"{number}-r0", "mailduns", "ibarrastudio.mx")),
                ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "8bit"),
                ("Subject", enc("Aviso: el mensaje 1vQ2kT-0007Hn-3C lleva 24 horas retrasado")),
                ("Message-Id", "<E1vQS3n-0002aB-0K@mx1.hostingazteca.net>"), ("Date", hdate(dt)),
                ("MIME-Version", "1.0")], Raw("", text))
    return dict(eml=eml, own=text, label=label(
        "bounce", "Exim delay warning (translated by the hosting): 451 4.7.1 greylisting, still being retried, so a "
        "temporary failure.", failed_recipient=rcpt, permanent=False))


@message
def m63(n):
    # Rosario (AR), an importer, Gmail on the phone: "Listo, ya está pagada la ...".
    number = "0002-00000197"
    inv, rem = thread("sofia", number)
    rem_dt = when(2027, 3, 10, 9, 0, AR, 5)
    dt = when(2027, 3, 10, 15, 40, AR)
    quoted = letter("due", "sofia", dict(kind="company", name="Gómez Importaciones S.R.L."), number, amount="265000.00",
                    cur="ARS", due=D(2027, 3, 8), days_late=2)
    own = "Listo, ya está pagada la 0002-00000197. Cualquier cosa avisame.\n\nH."
    eml = client_reply(n, style="gmail", owner="sofia", frm_name="Hernán Gómez", frm_addr="hgomez@gomezimportaciones.com.ar",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("sofia", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "'Listo, ya está pagada la 0002-00000197': a one-line paid claim naming the invoice.",
        reference=number))


@message
def m64(n):
    # A town hall's treasury, formal, Outlook plain text: payment planned no later than 31 March.
    number = "DS-27-004"
    inv, rem = thread("diego", number)
    rem_dt = when(2027, 3, 8, 9, 0, ES, 6)
    dt = when(2027, 3, 9, 9, 40, ES)
    quoted = letter("reminder", "diego", dict(kind="company", name="Ayuntamiento de San Fermín de la Sierra"), number,
                    amount="2420.00", due=D(2027, 2, 26))
    own = ("Estimado Sr. Salcedo:\n\n"
           "En relación con su correo y con la factura n.º DS-27-004, le informamos de que la misma fue conformada por "
           "el servicio gestor con fecha 2 de marzo de 2027 y se encuentra incluida en la relación de obligaciones "
           "pendientes de pago. De acuerdo con el plan de disposición de fondos de esta Tesorería, está previsto que el "
           "pago se haga efectivo no más tarde del 31 de marzo de 2027.\n\n"
           "Atentamente,\n\n"
           "El Tesorero municipal\nJavier Echeverría Lasheras\n"
           "Ayuntamiento de San Fermín de la Sierra\nPlaza de la Constitución, 1\n\n"
           "Este mensaje va dirigido exclusivamente a su destinatario y puede contener información confidencial. Si lo "
           "ha recibido por error, le rogamos que lo comunique al remitente y proceda a su borrado.")
    eml = client_reply(n, style="outlook", owner="diego", frm_name="Tesorería - Ayto. San Fermín de la Sierra",
                       frm_addr="tesoreria@sanfermindelasierra.es", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("diego", number), quote_subject="Re: " + subj("diego", number),
                       quote_to="facturas@sanfermindelasierra.es", irt=rem[0], refs_=refs(inv, rem[0]), html=False)
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "Formal treasury reply: payment 'no más tarde del 31 de marzo de 2027'; 2 March is "
        "the approval date, not the payment day.", promised_date="2027-03-31", reference=number))


@message
def m65(n):
    # Santiago (CL), digital agency, Gmail: is the amount net or gross? (question)
    number = "DS-26-048"
    inv, rem = thread("diego", number)
    rem_dt = when(2026, 11, 26, 9, 0, ES, 8)
    dt = when(2026, 11, 26, 15, 15, CL)
    quoted = letter("courtesy", "diego", dict(kind="company", name="Agencia Digital Cóndor SpA"), number,
                    amount="1900.00", cur="USD", issue=D(2026, 10, 30), due=D(2026, 11, 30))
    own = ("Hola Diego, una consulta rápida antes de pasarla a tesorería: ¿el monto de la factura DS-26-048 incluye "
           "algún impuesto? Acá en Chile los servicios del exterior pagan IVA (lo declaramos nosotros) y me preguntan "
           "si el monto es neto o bruto.\n\nGracias!\nTomás\n\n"
           "Tomás Fuentes Aravena\nDirector de Proyectos · Cóndor Digital\n+56 9 8823 1174")
    eml = client_reply(n, style="gmail", owner="diego", frm_name="Tomás Fuentes", frm_addr="tfuentes@condordigital.cl",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "A tax question (net or gross) before passing the invoice to treasury; not a dispute "
        "and not a promise.", reference=number))


@message
def m66(n):
    # Paterna, metalwork company, Outlook: will pay the invoice on the 26th but rejects the late fees.
    number = "2027/0003"
    inv, rem = thread("lucia", number, 2)
    rem_dt = when(2027, 2, 15, 8, 30, ES, 2)
    dt = when(2027, 2, 15, 9, 30, ES)
    quoted = letter("late_fee", "lucia", dict(kind="company", name="Talleres Metálicos Sorolla, S.L."), number,
                    amount="1210.00", due=D(2027, 2, 5), days_late=10, deadline=D(2027, 2, 25), fee_total="1253,36 €",
                    fees=dict(rate="10,15 %", lines=[
                        "factura n.º 2027/0003: 1210,00 €",
                        "intereses de demora (10,15 % anual, 10 días): 3,36 €",
                        "indemnización por costes de cobro (art. 8 de la Ley 3/2004): 40,00 €",
                        "total: 1253,36 €"]))
    own = ("Buenos días Lucía:\n\n"
           "Hemos recibido su recordatorio. La factura 2027/0003 la pagaremos el día 26 de este mes, como hacemos con "
           "todos los proveedores, pero no estamos conformes con los intereses ni con los 40 euros de indemnización: la "
           "factura nos llegó diez días después de la fecha de emisión y no nos parece justo que se nos cobren. "
           "Pagaremos únicamente el importe de la factura, 1.210 euros.\n\n"
           "Atentamente,\n\nÁngel Sorolla\nGerente\nTalleres Metálicos Sorolla, S.L.\nPol. Ind. Fuente del Jarro, "
           "C/ Ciudad de Sevilla 24 – 46988 Paterna")
    eml = client_reply(n, style="outlook", owner="lucia", frm_name="Ángel Sorolla", frm_addr="gerencia@talleressorolla.es",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="RE: " + subj("lucia", number),
                       quote_subject="Re: " + subj("lucia", number), irt=rem[1], refs_=refs(inv, rem[0], rem[1]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "Promises the 1.210 € principal on the 26th but contests the interest and the 40 € "
        "compensation: dispute outranks promise, so no promised_date; the amount is the sum he says he will pay.",
        amount="1210.00", currency="EUR", reference=number))


@message
def m67(n):
    # Mercado Pago Argentina: "Te transfirieron $ 186.000" (Nico paid on the Thursday he said).
    dt = when(2026, 12, 10, 18, 5, AR, 29)
    text = ("mercado pago\n\n"
            "Te transfirieron $ 186.000\n\n"
            "Nicolás Bustos te envió dinero.\n\n"
            "Motivo: traducción partidas\n"
            "Fecha: 10 de diciembre de 2026, 18:05 hs\n"
            "Número de operación: 123045887601\n\n"
            "La plata ya está disponible en tu cuenta de Mercado Pago.\n\n"
            "Ver comprobante: https://www.mercadopago.com.ar/activities\n\n"
            "Este es un mensaje automático. No lo respondas.\n"
            "MercadoLibre S.R.L. · Av. Caseros 3039, Piso 2 · CP 1264 · Parque Patricios, CABA, Argentina")
    html = ('<html><head><meta charset="utf-8"></head><body style="background:#f5f5f5;font-family:Helvetica,Arial">'
            '<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">'
            '<img src="https://http2.mlstatic.com/frontend-assets/mp-web-navigation/ui-navigation/6.6.9/mercadopago/logo__large.png" '
            'height="34" alt="mercado pago"></td></tr><tr><td style="padding:0 24px"><h1 style="font-size:26px">Te '
            'transfirieron $&nbsp;186.000</h1><p>Nicolás Bustos te envió dinero.</p><p style="color:#666">Motivo: '
            'traducción partidas<br>Fecha: 10 de diciembre de 2026, 18:05 hs<br>Número de operación: 123045887601</p>'
            '<p>La plata ya está disponible en tu cuenta de Mercado Pago.</p><p><a href="https://www.mercadopago.com.ar/'
            'activities" style="background:#009ee3;color:#fff;padding:12px 24px;border-radius:6px;text-decoration:none">'
            'Ver comprobante</a></p></td></tr><tr><td style="padding:24px;font-size:11px;color:#999">Este es un mensaje '
            'automático. No lo respondas.<br>MercadoLibre S.R.L. · Av. Caseros 3039, Piso 2 · CP 1264 · Parque '
            'Patricios, CABA, Argentina</td></tr></table></body></html>\n')
    body = Multi("alternative", [Text(text, "plain", "UTF-8", "quoted-printable"),
                                 Text(html, "html", "UTF-8", "quoted-printable")], boundary(n, "mp"))
    eml = mail([("From", "Mercado Pago <info@mercadopago.com>"), ("To", "sofia@maidanatraducciones.com.ar"),
                ("Subject", "Te transfirieron $ 186.000"), ("Date", hdate(dt)),
                ("Message-ID", mid(n, "plain", "mercadopago.com")), ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "payment-notification", "Mercado Pago Argentina: $ 186.000 received; the motivo ('traducción partidas') names "
        "no invoice, so no reference, and '$' alone gives no currency.", amount="186000.00"))


@message
def m68(n):
    # A town hall's treasury, Outlook: the payment has been ordered (paid).
    number = "2026/0141"
    inv, rem = thread("lucia", number)
    rem_dt = when(2026, 12, 21, 9, 0, ES, 4)
    dt = when(2026, 12, 23, 11, 0, ES, 42)
    quoted = letter("reminder", "lucia", dict(kind="company", name="Ayuntamiento de Torrefresca"), number,
                    amount="2178.00", due=D(2026, 12, 11))
    own = ("Buenos días:\n\n"
           "Le comunicamos que con fecha 22 de diciembre de 2026 la Tesorería Municipal ha ordenado la transferencia "
           "correspondiente al pago de la factura n.º 2026/0141 (registro FACe REGAGE26e00054812397), por importe de "
           "2.178,00 euros, a la cuenta bancaria que consta en nuestra base de datos de terceros.\n\n"
           "Atentamente,\n\nTesorería Municipal\nAyuntamiento de Torrefresca\nPlaça de la Vila, 1")
    eml = client_reply(n, style="outlook", owner="lucia", frm_name="Tesorería Ayuntamiento de Torrefresca",
                       frm_addr="tesoreria@torrefresca.es", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("lucia", number), quote_subject="Re: " + subj("lucia", number),
                       quote_to="cultura@torrefresca.es", irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "The town hall's treasury has ordered the transfer of 2.178,00 euros for invoice "
        "2026/0141 (written by staff, not a bank notice).", amount="2178.00", currency="EUR", reference=number))


@message
def m69(n):
    # Madrid, financial advisers, Outlook: will pay on 20/01/2027.
    number = "DS-26-060"
    inv, rem = thread("diego", number)
    rem_dt = when(2027, 1, 8, 9, 0, ES, 5)
    dt = when(2027, 1, 8, 13, 20, ES)
    quoted = letter("due", "diego", dict(kind="company", name="Asesores Financieros Quintana, S.L."), number,
                    amount="968.00", due=D(2027, 1, 5), days_late=3)
    own = ("Hola Diego:\n\n"
           "La factura DS-26-060, de 968,00 €, se pagará el 20/01/2027 por transferencia. Disculpa, con las fiestas se "
           "nos ha ido acumulando todo.\n\n"
           "Saludos,\nBeatriz\n\nBeatriz Quintana Mora\nSocia directora · Asesores Financieros Quintana\n"
           "C/ Príncipe de Vergara, 57 – 28006 Madrid")
    eml = client_reply(n, style="outlook", owner="diego", frm_name="Beatriz Quintana", frm_addr="bquintana@afquintana.es",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="RE: " + subj("diego", number),
                       quote_subject="Re: " + subj("diego", number), irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "Promises DS-26-060, 968,00 €, on 20/01/2027 (Spanish day/month order).",
        promised_date="2027-01-20", amount="968.00", currency="EUR", reference=number))


@message
def m70(n):
    # Zaragoza, an architect's Gmail vacation responder during the December long weekend.
    number = "DS-26-056"
    inv, rem = thread("diego", number)
    dt = when(2026, 12, 4, 15, 30, ES, 7)
    text = ("Hola:\n\nEstoy disfrutando del puente de diciembre y no revisaré el correo hasta mi vuelta, el miércoles 9. "
            "Si es urgente, llama al estudio: 976 20 41 88.\n\nGracias,\nTeresa")
    html = '<div dir="ltr">' + lines_div(text) + "</div>\n"
    body = Multi("alternative", [Text(text, "plain", "UTF-8", "quoted-printable", quoted_charset=False),
                                 Text(html, "html", "UTF-8", "quoted-printable", quoted_charset=False)],
                 boundary(n, "gmail"))
    eml = mail([("MIME-Version", "1.0"), ("References", refs(inv, rem[0])), ("In-Reply-To", rem[0]),
                ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
                ("From", "Teresa Albiol <talbiol@arquitecturaalbiol.es>"), ("Date", hdate(dt)),
                ("Message-ID", mid(n, "gmail", "arquitecturaalbiol.es")),
                ("Subject", enc("De puente 🎄")), ("To", addr(*C_DIEGO))], body)
    return dict(eml=eml, own=text, label=label(
        "auto-reply", "Gmail vacation responder on Friday 4 December: back 'el miércoles 9', i.e. 9 December 2026.",
        return_date="2026-12-09"))


@message
def m71(n):
    # Guadalajara (MX), a beauty salon owner on her iPhone: the extra hours were never agreed.
    number = "A-516"
    inv, rem = thread("pablo", number)
    rem_dt = when(2026, 11, 19, 9, 0, MX, 0)
    dt = when(2026, 11, 19, 19, 55, MX)
    quoted = letter("courtesy", "pablo", dict(kind="company", name="Estética Lumière"), number, amount="12760.00",
                    cur="MXN", issue=D(2026, 10, 23), due=D(2026, 11, 22))
    own = ("oye pablo no me cuadra el cobro de las 3 horas extra de edicion, eso nunca lo platicamos 😕 me lo puedes "
           "quitar y me reenvias la factura? la otra parte si te la pago sin bronca")
    eml = client_reply(n, style="iphone", owner="pablo", frm_name="Dani Lumière", frm_addr="esteticalumiere.gdl@gmail.com",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("pablo", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "Contests the 3 extra hours and asks for a corrected invoice; 'la otra parte si te la "
        "pago' has no date and dispute wins anyway."))


@message
def m72(n):
    # A town hall's registry, formal: invoices must go through FACe (procedure, not a refusal).
    number = "DS-26-059"
    inv, rem = thread("diego", number)
    rem_dt = when(2027, 1, 11, 9, 0, ES, 2)
    dt = when(2027, 1, 12, 12, 44, ES)
    quoted = letter("due", "diego", dict(kind="company", name="Ayuntamiento de Fuentealba de la Sierra"), number,
                    amount="1089.00", due=D(2027, 1, 8), days_late=3)
    own = ("Buenos días:\n\n"
           "En relación con su correo, le informamos de que, conforme a la Ley 25/2013, de 27 de diciembre, las "
           "facturas dirigidas a esta Administración deben presentarse a través del Punto General de Entrada de "
           "Facturas Electrónicas (FACe), indicando los siguientes códigos DIR3:\n\n"
           "  Oficina contable: L01281234\n  Órgano gestor: L01281234\n  Unidad tramitadora: L01281234\n\n"
           "Una vez registrada en FACe, la factura seguirá el procedimiento ordinario de conformidad y pago. Para "
           "cualquier duda puede dirigirse a este Registro en horario de 9:00 a 14:00.\n\n"
           "Un saludo,\n\nRegistro General\nAyuntamiento de Fuentealba de la Sierra")
    eml = client_reply(n, style="outlook", owner="diego", frm_name="Registro General - Ayto. Fuentealba de la Sierra",
                       frm_addr="registro@fuentealbadelasierra.es", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RE: " + subj("diego", number), quote_subject="Re: " + subj("diego", number),
                       irt=rem[0], refs_=refs(inv, rem[0]), charset="windows-1252")
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "Procedural instructions (submit the invoice through FACe with these DIR3 codes); it does "
        "not contest the invoice or refuse to pay, and promises nothing."))


@message
def m73(n):
    # Bancolombia alert: an OUTGOING transfer the freelancer made (other).
    dt = when(2027, 2, 25, 8, 12, CO, 30)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2C2A29">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e6e6e6">'
            '<tr><td style="background:#FDDA24;padding:16px"><img src="https://www.grupobancolombia.com/logo-bancolombia.png" '
            'alt="Bancolombia" height="32"></td></tr>'
            '<tr><td style="padding:24px">'
            '<p>Bancolombia le informa:</p>'
            '<p><b>Transferencia realizada</b> por <b>$450.000,00</b> desde su cuenta de ahorros *8823 a la cuenta '
            '*1207 de INMOBILIARIA ALTOS DEL POBLADO SAS el 25/02/2027 a las 08:12.</p>'
            '<p>Descripción: ARRIENDO OFICINA MARZO</p>'
            '<p style="font-size:12px;color:#666">Si no reconoce esta operación comuníquese de inmediato con nuestra '
            'Sucursal Telefónica: Medellín (604) 510 90 00, Bogotá (601) 343 00 00 o al 01 8000 912 345.</p>'
            '<p style="font-size:11px;color:#999">Este mensaje es generado automáticamente, por favor no lo responda.</p>'
            '</td></tr></table></body></html>\n')
    body = Text(html, "html", "utf-8", "base64")
    eml = mail([("From", "Alertas y Notificaciones <alertasynotificaciones@an.notificacionesbancolombia.com>"),
                ("To", "valentina@riosarango.co"), ("Subject", "Alertas y Notificaciones"),
                ("Date", hdate(dt)), ("Message-ID", mid(n, "plain", "an.notificacionesbancolombia.com")),
                ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=re.sub(r"<[^>]+>", " ", html), label=label(
        "other", "Same Bancolombia alert format as an incoming transfer, but this is money going out of the "
        "freelancer's account (office rent): other, not a payment notification."))


@message
def m74(n):
    # Valencia, a content creator on her iPhone, Sunday evening right after the change to summer time: Bizum.
    number = "2027/0021"
    inv, rem = thread("lucia", number)
    rem_dt = when(2027, 3, 26, 9, 0, ES, 0)
    dt = when(2027, 3, 28, 21, 5, ES_SUMMER)
    quoted = letter("due", "lucia", dict(kind="person", name="Carla Benlloch"), number, amount="150.00",
                    due=D(2027, 3, 24), days_late=2)
    own = "Perdonaaa!! se me pasó completamente 🙈 Acabo de hacerte el bizum de 150€. Gracias por la paciencia!!"
    eml = client_reply(n, style="iphone", owner="lucia", frm_name="Carla Benlloch", frm_addr="carlabenlloch@icloud.com",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="Re: " + subj("lucia", number),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-paid", "Bizum of 150 € just sent (Date in +0200: Spain moved to summer time that morning).",
        amount="150.00", currency="EUR"))


@message
def m75(n):
    # Córdoba (AR), real-estate agency, Outlook: one invoice paid on Monday, the other on Friday the 19th.
    inv1, inv2 = thread("sofia", "0002-00000188")[0], thread("sofia", "0002-00000195")[0]
    st_mid = mid("stmt-sosavera", "mailduns", "maidanatraducciones.com.ar")
    rem_dt = when(2027, 2, 16, 9, 0, AR, 3)
    dt = when(2027, 2, 16, 12, 20, AR)
    quoted = statement("sofia", dict(kind="company", name="Inmobiliaria Sosa & Vera S.R.L."), [
        ("0002-00000188", D(2026, 12, 28), D(2027, 1, 27), 20, "98000.00"),
        ("0002-00000195", D(2027, 1, 12), D(2027, 2, 11), 5, "154000.00")], "252000.00", D(2027, 2, 23), cur="ARS")
    own = ("Hola Sofía, ¿qué tal?\n\n"
           "La 0002-00000188 ya te la pagué el lunes, fijate que tiene que estar. La 0002-00000195 te la transfiero el "
           "viernes 19, que es cuando nos liquidan los alquileres.\n\n"
           "Saludos,\n\nMariela Sosa\nInmobiliaria Sosa & Vera\nBv. Chacabuco 742 – Córdoba")
    subject = "RE: Resumen de facturas pendientes: n.º 0002-00000188, 0002-00000195"
    eml = client_reply(n, style="outlook", owner="sofia", frm_name="Mariela Sosa", frm_addr="mariela@sosavera.com.ar",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject=subject,
                       quote_subject="Resumen de facturas pendientes: n.º 0002-00000188, 0002-00000195",
                       irt=st_mid, refs_=refs(inv1, inv2, st_mid))
    return dict(eml=eml, own=own, label=label(
        "client-reply-promise", "One invoice paid on Monday, the other promised for 'el viernes 19' (Friday 19 February "
        "2027): promise wins over paid; two invoices, so no reference.", promised_date="2027-02-19"))


@message
def m76(n):
    # Dénia, creative studio, Gmail: invoice received, and asks about availability in February.
    number = "2027/0011"
    inv, _ = thread("lucia", number)
    inv_dt = when(2027, 1, 21, 10, 5, ES, 3)
    dt = when(2027, 1, 21, 16, 45, ES)
    quoted = ("Hola, Marina:\n\n"
              "Te adjunto la factura 2027/0011 de los folletos de la feria. Ha salido ya por VERI*FACTU, así que lleva "
              "el QR en la esquina.\n\n"
              "Un abrazo,\nLucía\n\n--\nLucía Ferrer Navarro · Diseño gráfico\nferrernavarro.es · 654 21 88 07")
    own = ("¡Recibida, Lucía! Gracias.\n\n"
           "Por cierto, ¿cómo vas de agenda en febrero? Queremos rehacer los folletos de la temporada de verano y me "
           "encantaría que lo llevaras tú. Si te va bien, hablamos la semana que viene y te cuento.\n\n"
           "Un beso,\nMarina\n\n--\nMarina Pons · Estudio Creativo Marina Alta\nDénia")
    eml = client_reply(n, style="gmail", owner="lucia", frm_name="Marina Pons", frm_addr="marina@estudiomarinaalta.es",
                       dt=dt, own=own, quoted=quoted, rem_dt=inv_dt, subject="Re: " + subj("lucia", number),
                       quote_from=("Lucía Ferrer", "lucia@ferrernavarro.es"), irt=inv, refs_=inv)
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "'Recibida' plus a question about new work; 'hablamos la semana que viene' is about the "
        "project, not a payment."))


@message
def m77(n):
    # Bilbao, consultancy, Outlook: waiting for a credit note for 3 hours billed by mistake.
    number = "DS-27-005"
    inv, rem = thread("diego", number)
    rem_dt = when(2027, 2, 24, 9, 0, ES, 9)
    dt = when(2027, 2, 25, 10, 50, ES)
    quoted = letter("reminder", "diego", dict(kind="company", name="Consultoría Arrieta & Lasa, S.L."), number,
                    amount="1452.00", due=D(2027, 2, 15))
    own = ("Egun on, Diego:\n\n"
           "Como te comenté por teléfono la semana pasada, en la factura DS-27-005 se han cobrado 3 horas de soporte "
           "que en realidad entraban en el mantenimiento anual. Estamos esperando el abono (factura rectificativa) por "
           "esas 3 horas; hasta que no la recibamos no podemos tramitar el pago, porque el sistema no nos deja pagar "
           "un importe distinto del facturado.\n\n"
           "Un saludo,\n\nIñaki Lasa Etxeberria\nAdministración · Arrieta & Lasa Aholkularitza\n"
           "Gran Vía, 38 – 48009 Bilbao")
    eml = client_reply(n, style="outlook", owner="diego", frm_name="Iñaki Lasa", frm_addr="ilasa@arrietalasa.eus",
                       dt=dt, own=own, quoted=quoted, rem_dt=rem_dt, subject="RE: " + subj("diego", number),
                       quote_subject="Re: " + subj("diego", number), irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-dispute", "Waiting for a credit note for 3 hours billed by mistake and will not pay until it "
        "arrives; the Basque greeting 'Egun on' does not change the language.", reference=number))


@message
def m78(n):
    # Banco Sabadell: incoming transfer (Quintana paid on the 20th as promised).
    dt = when(2027, 1, 20, 9, 41, ES, 14)
    text = ("Banco Sabadell\n\n"
            "Aviso de transferencia recibida\n\n"
            "Le informamos de que se ha abonado en su cuenta ES43 **** **** **** **** 1279 una transferencia con los "
            "siguientes datos:\n\n"
            "Importe: 968,00 EUR\n"
            "Ordenante: ASESORES FINANCIEROS QUINTANA SL\n"
            "Concepto: DS-26-060\n"
            "Fecha valor: 20/01/2027\n\n"
            "Puede consultar el detalle en Sabadell Online o en la app Sabadell.\n\n"
            "Este es un mensaje automático, le rogamos que no responda a esta dirección.\n"
            "Banco de Sabadell, S.A. – Avda. Óscar Esplá, 37 – 03007 Alicante")
    body = Text(text, "plain", "windows-1252", "quoted-printable")
    eml = mail([("From", "Banco Sabadell <avisos@bancsabadell.com>"), ("To", "hola@diegosalcedo.dev"),
                ("Subject", "Aviso: transferencia recibida"), ("Date", hdate(dt)),
                ("Message-ID", mid(n, "plain", "bancsabadell.com")), ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "payment-notification", "Sabadell notice: 968,00 EUR received from ASESORES FINANCIEROS QUINTANA SL with "
        "concepto 'DS-26-060'.", amount="968.00", currency="EUR", reference="DS-26-060"))


@message
def m79(n):
    # Barranquilla (CO), a transport company's manager forwards the invoice to accounting, freelancer in copy.
    number = "FE-1193"
    inv, rem = thread("valentina", number)
    rem_dt = when(2026, 11, 23, 8, 0, CO, 7)
    dt = when(2026, 11, 24, 8, 50, CO)
    quoted = letter("courtesy", "valentina", dict(kind="company", name="Transportes Mejía Hermanos S.A.S."), number,
                    amount="5355000.00", cur="COP", issue=D(2026, 10, 27), due=D(2026, 11, 26))
    own = ("Patricia, buenos días.\n\n"
           "Le reenvío la factura de Valentina (asesoría de marketing de octubre) para que por favor la revise.\n\n"
           "Valentina, la copio para que quede enterada: todo lo de pagos lo maneja Patricia directamente.\n\n"
           "Cordialmente,\n\nJorge Iván Mejía\nGerente\nTransportes Mejía Hermanos S.A.S.\nBarranquilla")
    eml = client_reply(n, style="outlook", owner="valentina", frm_name="Jorge Iván Mejía",
                       frm_addr="gerencia@transportesmejia.com.co", dt=dt, own=own, quoted=quoted, rem_dt=rem_dt,
                       subject="RV: Re: " + subj("valentina", number), quote_subject="Re: " + subj("valentina", number),
                       to="Patricia Gómez <contabilidad@transportesmejia.com.co>", cc=addr(*C_VALE),
                       irt=rem[0], refs_=refs(inv, rem[0]))
    return dict(eml=eml, own=own, label=label(
        "client-reply-other", "The client forwards the invoice to his accountant with the freelancer in copy: "
        "'forwarded to accounts', no payment or date."))


@message
def m80(n):
    # Santiago (CL), a cooperative: Outlook automatic reply WITHOUT RFC 3834 headers, sick leave until 26/03.
    number = "DS-27-006"
    inv, rem = thread("diego", number)
    dt = when(2027, 3, 15, 9, 2, CL, 48)
    text = ("Junto con saludar, les informo que me encuentro con licencia médica hasta el 26/03. Durante mi ausencia, "
            "las consultas de pago a proveedores las está viendo Ignacio Tapia (itapia@cooperativaandina.cl).\n\n"
            "Saludos cordiales,\nPaula Errázuriz\nContabilidad · Cooperativa Agrícola Andina Ltda.")
    html = OUTLOOK_HEAD.format(cs="utf-8") + mso_paras(text) + "\n</div>\n</body>\n</html>\n"
    body = Multi("alternative", [Text(text, "plain", "utf-8", "base64"), Text(html, "html", "utf-8", "base64")],
                 boundary(n, "outlook"))
    eml = mail([("From", "Paula Errázuriz <perrazuriz@cooperativaandina.cl>".replace("Paula Errázuriz",
                                                                                    enc("Paula Errázuriz"))),
                ("To", addr(*C_DIEGO)), ("Subject", enc(f"Respuesta automática: Re: {subj('diego', number)}")),
                ("Thread-Topic", f"Re: {subj('diego', number)}"), ("Thread-Index", thread_index(n)),
                ("Date", hdate(dt)), ("Message-ID", mid(n, "outlook-us", "cooperativaandina.cl")),
                ("In-Reply-To", rem[0]), ("References", refs(inv, rem[0])), ("Content-Language", "es-CL"),
                ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")], body)
    return dict(eml=eml, own=text, label=label(
        "auto-reply", "Automatic reply with no Auto-Submitted header, only the 'Respuesta automática:' subject: sick "
        "leave 'hasta el 26/03', written in March 2027, so 26 March 2027.", return_date="2027-03-26"))


# ============================================================================================
# Writing and checking

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
FIELD_ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
               "failed_recipient", "permanent", "note"]
REPLY_PREFIX = re.compile(r"^\s*(re|rv|fw|fwd|rta|r|aw|rif)\s*:", re.I)


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_labels(labels):
    out = ["# round18-es: 80 messages in Spanish (half Spain, half México/Argentina/Colombia/Chile/Perú) back from "
           "clients, banks, auto-replies, bounces and other mail after an invoice; written by make.py", ""]
    for name, lab in labels:
        out.append(f'[files."{name}"]')
        for k in FIELD_ORDER:
            if k in lab:
                out.append(f"{k} = {toml_value(lab[k])}")
        out.append("")
    (HERE / "labels.toml").write_text("\n".join(out), encoding="utf-8")


def all_text(msg):
    """Every text the message shows: text parts (HTML without tags), delivery-status fields."""
    chunks = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/delivery-status":
            for block in part.get_payload():
                chunks.append(str(block))
        elif part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            t = part.get_content()
            if ct == "text/html":
                t = _html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return "\n".join(chunks)


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def digits(s):
    return re.sub(r"(?<=\d)[.,\s\u00a0](?=\d)", "", s)


def check(name, raw, lab, own, problems):
    def bad(why):
        problems.append(f"{name}: {why}")

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            bad(f"MIME defects in {part.get_content_type()}: {part.defects}")
    for h in ("From", "Date", "Message-ID", "Subject"):
        if not msg.get(h):
            bad(f"missing {h}")
    dt = parsedate_to_datetime(str(msg["Date"]))
    if dt.tzinfo is None:
        bad("Date without a zone")
    day = dt.date()
    if not date(2026, 11, 1) <= day <= date(2027, 3, 31):
        bad(f"Date {day} outside 2026-11-01..2027-03-31")
    text = all_text(msg)
    if not text.strip():
        bad("no text")
    if squash(own)[:60] and squash(_html.unescape(re.sub(r"<[^>]+>", " ", own)))[:40] not in squash(text):
        bad("the labelled text is not in the message body")

    kind = lab["kind"]
    if kind not in KINDS:
        bad(f"unknown kind {kind}")
    if lab.get("language") != "es" or lab.get("split") != "dev" or not lab.get("note"):
        bad("language/split/note")
    if kind.startswith("client-reply") and REPLY_PREFIX.match(str(msg["Subject"])) and not msg.get("In-Reply-To"):
        bad("a reply without In-Reply-To")
    if kind in ("client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other"):
        if msg.get("Auto-Submitted"):
            bad("a client reply with Auto-Submitted")
    if ("promised_date" in lab) != (kind == "client-reply-promise" and "promised_date" in lab):
        bad("promised_date on a non-promise")
    if "promised_date" in lab:
        p = date.fromisoformat(lab["promised_date"])
        if not day <= p <= day + timedelta(days=90):
            bad(f"promised_date {p} not after the Date {day}")
    if "return_date" in lab:
        if kind != "auto-reply":
            bad("return_date on a non-auto-reply")
        r = date.fromisoformat(lab["return_date"])
        if not day < r <= day + timedelta(days=60):
            bad(f"return_date {r} not after the Date {day}")
    if ("failed_recipient" in lab or "permanent" in lab) and kind != "bounce":
        bad("bounce facts on a non-bounce")
    if kind == "bounce":
        if "failed_recipient" not in lab or "permanent" not in lab:
            bad("bounce without failed_recipient/permanent")
        else:
            if lab["failed_recipient"] not in text:
                bad("failed_recipient not in the report")
            codes = set(re.findall(r"\b([245])\.\d{1,3}\.\d{1,3}\b", text))
            want = "5" if lab["permanent"] else "4"
            if codes != {want}:
                bad(f"status classes {codes} do not match permanent={lab['permanent']}")
    if "amount" in lab:
        if not re.fullmatch(r"\d+\.\d{2}", lab["amount"]):
            bad(f"amount {lab['amount']!r} not normalised")
        whole = lab["amount"].split(".")[0]
        if whole not in digits(own):
            bad(f"amount {lab['amount']} not in the sender's own words")
    if "currency" in lab:
        if "amount" not in lab or lab["currency"] not in ("EUR", "USD", "MXN", "COP", "ARS", "PEN", "CLP"):
            bad("currency without amount or unknown")
    if "reference" in lab and lab["reference"] not in own:
        bad(f"reference {lab['reference']} not in the sender's own words")
    if kind == "payment-notification" and msg.get("In-Reply-To"):
        bad("a machine notice that is a reply")
    return msg


def main():
    if len(MESSAGES) != N:
        sys.exit(f"{len(MESSAGES)} messages defined, {N} expected")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels, owns = [], {}
    for i, fn in enumerate(MESSAGES, 1):
        r = fn(i)
        name = f"{PREFIX}-{i:04d}.eml"
        (HERE / name).write_bytes(r["eml"])
        labels.append((name, r["label"]))
        owns[name] = r["own"]
    write_labels(labels)

    # Parse everything again, from disk.
    import tomllib
    parsed = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    problems, ids = [], {}
    for name, lab in labels:
        if parsed.get(name) != lab:
            problems.append(f"{name}: labels.toml does not round-trip")
        raw = (HERE / name).read_bytes()
        msg = check(name, raw, parsed[name], owns[name], problems)
        m = str(msg["Message-ID"]).strip()
        if m in ids:
            problems.append(f"{name}: Message-ID also used by {ids[m]}")
        ids[m] = name
    counts = {}
    for _, lab in labels:
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
    for k in sorted(counts, key=lambda k: -counts[k]):
        print(f"{counts[k]:3d}  {k}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"ok: {len(labels)} messages and labels.toml written and checked in {HERE}")


if __name__ == "__main__":
    main()
