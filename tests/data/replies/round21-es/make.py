#!/usr/bin/env python3
"""round21-es: 80 replies in Spanish (Spain: Castilla y León, La Rioja, Cantabria, Galicia,
Andalucía oriental, Comunidad Valenciana; Latin America: México, Colombia, Chile, Argentina,
Perú, Ecuador) that land in a freelancer's mailbox after an invoice and mailduns reminders.

Standard library only.  Run:  python3 make.py
Writes r21s-0001.eml … r21s-0080.eml and labels.toml next to this file, then re-parses every
file with email.policy.default and checks the labels against what was written.

The client's words in every message are written by hand below, one message at a time.  The only
generated text is what mailduns itself sent (the reminders quoted under a reply), which is rendered
from the wording of templates/es/*.txt.j2, as the real program would render it.
"""

import base64
import datetime as dt
import email
import email.policy
import hashlib
import os
import quopri
import random
import re
import sys
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r21s"
N = 80

# ---------------------------------------------------------------------------------------------
# small helpers: ids, dates, addresses
# ---------------------------------------------------------------------------------------------

def _h(seed, n=32):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def gmail_id(seed):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
    h = hashlib.sha256(seed.encode()).digest() + hashlib.sha256((seed + "x").encode()).digest()
    body = "".join(alphabet[b % len(alphabet)] for b in h[:52])
    return "<CA%s@mail.gmail.com>" % body


def outlook_id(seed, region="EUR"):
    h = _h(seed, 40).upper()
    pref = {"EUR": "DB9PR04MB", "LAT": "SJ0PR11MB", "NAM": "CH2PR20MB"}[region]
    num = str(int(h[:6], 16) % 9000 + 1000)
    return "<%s%s%s@%s%s.%s.prod.outlook.com>" % (
        pref, num, h[6:26], pref, num, {"EUR": "eurprd04", "LAT": "namprd11", "NAM": "namprd20"}[region])


def apple_id(seed, domain):
    h = _h(seed, 32).upper()
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)


def plain_id(seed, domain, style="dot"):
    h = _h(seed, 24)
    if style == "dot":
        return "<%s.%s@%s>" % (h[:12], h[12:], domain)
    return "<%s@%s>" % (h, domain)


def owner_id(seed, domain):
    """Message-ID of something the freelancer (mailduns) sent."""
    h = _h("owner" + seed, 20)
    return "<mailduns.%s.%s@%s>" % (h[:10], h[10:], domain)


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(stamp, tz, pad=False):
    """'2026-11-12 09:14:03', '+0100' -> 'Thu, 12 Nov 2026 09:14:03 +0100'."""
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    day = ("%02d" if pad else "%d") % d.day
    return "%s, %s %s %d %s %s" % (DAYS[d.weekday()], day, MONTHS[d.month - 1], d.year,
                                   d.strftime("%H:%M:%S"), tz)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()

# ---------------------------------------------------------------------------------------------
# MIME tree and serialisation (written by hand so charsets and encodings are exactly as chosen)
# ---------------------------------------------------------------------------------------------

class Leaf:
    def __init__(self, ctype, data, charset=None, cte="7bit", params=None, disposition=None,
                 filename=None, headers=None, cid=None, description=None):
        self.ctype, self.data, self.charset, self.cte = ctype, data, charset, cte
        self.params = params or []
        self.disposition, self.filename = disposition, filename
        self.headers = headers or []
        self.cid, self.description = cid, description


class Multi:
    def __init__(self, subtype, parts, boundary=None, params=None, preamble=None):
        self.subtype, self.parts = subtype, parts
        self.boundary = boundary
        self.params = params or []
        self.preamble = preamble


def flow(text, width=72):
    """RFC 3676 format=flowed: soft line breaks end in a space; quoted lines keep their '>' prefix."""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)*)", line)
        prefix = m.group(1)
        body = line[len(prefix):]
        if len(line) <= width or line == "-- ":
            out.append(line)
            continue
        words = body.split(" ")
        cur = ""
        for w in words:
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                out.append(prefix + cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(prefix + cur)
    return "\n".join(out)


def P(text, cs="utf-8", cte="quoted-printable", flowed=False, quote_cs=True):
    params = [("charset", ('"%s"' % cs) if quote_cs else cs)]
    if flowed:
        params.append(("format", "flowed"))
        text = flow(text)
    return Leaf("text/plain", text, charset=cs, cte=cte, params=params)


def H(html, cs="utf-8", cte="quoted-printable", quote_cs=True):
    return Leaf("text/html", html, charset=cs, cte=cte,
                params=[("charset", ('"%s"' % cs) if quote_cs else cs)])


def Alt(*parts, boundary=None):
    return Multi("alternative", list(parts), boundary=boundary)


def Mixed(*parts, boundary=None, preamble=None):
    return Multi("mixed", list(parts), boundary=boundary, preamble=preamble)


def Related(*parts, boundary=None):
    return Multi("related", list(parts), boundary=boundary, params=[("type", '"text/html"')])


def Report(*parts, boundary=None, preamble="This is a MIME-encapsulated message.\n"):
    return Multi("report", list(parts), boundary=boundary,
                 params=[("report-type", "delivery-status")], preamble=preamble)


def Att(ctype, filename, data, inline=False, cid=None, quote_name=True):
    q = '"%s"' % filename if quote_name else filename
    return Leaf(ctype, data, cte="base64", params=[("name", q)],
                disposition=("inline" if inline else "attachment"), filename=filename, cid=cid)


def DSN(text):
    return Leaf("message/delivery-status", text, cte="7bit", description="Delivery report")


def RFC822(text, headers_only=False):
    ct = "text/rfc822-headers" if headers_only else "message/rfc822"
    return Leaf(ct, text, cte="7bit", description="Undelivered Message")


def tiny_pdf(title):
    """A few bytes that look like a PDF receipt (enough for a test attachment)."""
    body = ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
            "3 0 obj <</Title (%s) /Producer (Justificante)>> endobj\n"
            "trailer <</Root 1 0 R /Info 3 0 R>>\n%%%%EOF\n") % title
    return body.encode("latin-1", "replace")


def tiny_png():
    return base64.b64decode(
        b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def tiny_jpg():
    return bytes.fromhex(
        "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c19"
        "12130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b08"
        "0001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffda0008010100"
        "003f00d2cf20ffd9")


def _encode_body(leaf):
    data = leaf.data
    if isinstance(data, str):
        raw = data.encode(leaf.charset or "ascii")
    else:
        raw = data
    if leaf.cte == "quoted-printable":
        out = quopri.encodestring(raw, quotetabs=False)
        return out if out.endswith(b"\n") else out + b"\n"
    if leaf.cte == "base64":
        return base64.encodebytes(raw)
    if leaf.cte == "7bit":
        raw.decode("ascii")
    return raw if raw.endswith(b"\n") else raw + b"\n"


def _fold_params(ctype, params):
    s = ctype
    for k, v in params:
        s += ";\n\t%s=%s" % (k, v) if len(s) > 50 else "; %s=%s" % (k, v)
    return s


def serialise(node, counter):
    """Return (list of header lines, body bytes) for a MIME node."""
    if isinstance(node, Multi):
        counter[0] += 1
        b = node.boundary or boundary_for(counter)
        node.boundary = b
        hl = ["Content-Type: " + _fold_params("multipart/" + node.subtype,
                                               [("boundary", '"%s"' % b)] + node.params)]
        out = b""
        if node.preamble:
            out += node.preamble.encode("ascii") + b"\n"
        for part in node.parts:
            ph, pb = serialise(part, counter)
            out += b"--" + b.encode() + b"\n" + "\n".join(ph).encode("ascii") + b"\n\n" + pb
            if not pb.endswith(b"\n"):
                out += b"\n"
        out += b"--" + b.encode() + b"--\n"
        return hl, out
    leaf = node
    hl = ["Content-Type: " + _fold_params(leaf.ctype, leaf.params)]
    if leaf.description:
        hl.append("Content-Description: " + leaf.description)
    if leaf.disposition:
        d = leaf.disposition
        if leaf.filename:
            d += ';\n\tfilename="%s"' % leaf.filename
        hl.append("Content-Disposition: " + d)
    if leaf.cid:
        hl.append("Content-ID: <%s>" % leaf.cid)
    hl.append("Content-Transfer-Encoding: " + leaf.cte)
    hl.extend(leaf.headers)
    return hl, _encode_body(leaf)


def boundary_for(counter):
    """A boundary in the style of the sending program (counter = [n, seed, style])."""
    n, seed, style = counter[0], counter[1], counter[2]
    h = _h("%s/%d" % (seed, n), 40)
    if style == "gmail":
        return "0000000000%s" % h[:18]
    if style == "outlook":
        return "_%03d_%s_" % (n - 1, h[:36].upper())
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                              h[16:20].upper(), h[20:32].upper())
    if style == "mta":
        return "%s.%d/%s" % (h[:12].upper(), int(h[12:20], 16), seed.split("@")[-1].strip(">"))
    return "----=_Part_%d_%d.%d" % (int(h[:4], 16), int(h[4:12], 16), int(h[12:20], 16))


def build(m):
    """m: dict with headers (list of (name, value)) and body (node). Returns bytes."""
    hd = dict((k.lower(), v) for k, v in m["headers"])
    mid = hd.get("message-id", "")
    style = ("gmail" if ("mail.gmail.com" in mid or "google" in mid) else
             "outlook" if "outlook.com" in mid else
             "apple" if ("icloud" in mid or "Apple" in hd.get("x-mailer", "") or "iPhone" in hd.get("x-mailer", "")
                         or "iPad" in hd.get("x-mailer", "")) else
             "mta" if hd.get("return-path") == "<>" else "java")
    counter = [0, mid, style]
    bh, bb = serialise(m["body"], counter)
    lines = []
    for k, v in m["headers"]:
        lines.append("%s: %s" % (k, v))
    if not any(k.lower() == "mime-version" for k, v in m["headers"]):
        lines.append("MIME-Version: 1.0")
    lines.extend(bh)
    head = "\n".join(lines).encode("ascii")
    return head + b"\n\n" + bb

# ---------------------------------------------------------------------------------------------
# What mailduns sent: the Spanish reminders (templates/es), rendered for the quotes
# ---------------------------------------------------------------------------------------------

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]


def fecha(iso):
    d = dt.date.fromisoformat(iso)
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


def pago_block(inv):
    p = inv.get("payment")
    if p:
        out = ["Datos para el pago:"]
        if p.get("beneficiary"):
            out.append("- beneficiario: " + p["beneficiary"])
        if p.get("iban"):
            out.append("- IBAN: " + p["iban"])
        if p.get("bic"):
            out.append("- BIC: " + p["bic"])
        if p.get("iban"):
            out.append("- concepto: " + p.get("reference", "Factura " + inv["number"]))
        if p.get("link"):
            out.append("- pago en línea: " + p["link"])
        return "\n".join(out)
    if inv.get("payment_details"):
        return "Datos para el pago: " + inv["payment_details"]
    return "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación."


def fees_block(inv):
    if not inv.get("fee_lines"):
        return ""
    txt = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, "
           "por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales "
           "(Directiva 2011/7/UE). Desde el día siguiente al vencimiento, la deuda devenga automáticamente "
           "intereses de demora al tipo legal: el tipo del Banco Central Europeo para sus operaciones "
           "principales de financiación más ocho puntos porcentuales, actualmente el 10,15 % anual "
           "(arts. 5 y 7). A la deuda se añade, además, una cantidad fija de 40,00 € en concepto de "
           "indemnización por costes de cobro (art. 8).\n\n"
           "A día de hoy, el importe adeudado es el siguiente:\n")
    txt += "\n".join("- " + l for l in inv["fee_lines"])
    return txt + "\n\n"


def reminder(kind, inv):
    """Plain text of a mailduns letter, as rendered from templates/es/<kind>.txt.j2."""
    s = inv.get("saludo", "Buenos días:")
    n = inv["number"]
    amt = (" de " + inv["amount"]) if inv.get("amount") else ""
    owner = inv["owner"]
    pay = pago_block(inv)
    if kind == "courtesy":
        body = ("Un breve recordatorio: la factura n.º %s%s%s vence el %s.\n\n"
                "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n%s\n\n"
                "Para cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n%s"
                % (n, amt, (", emitida el %s," % fecha(inv["issue"])) if inv.get("issue") else "",
                   fecha(inv["due"]), pay, owner))
    elif kind == "due":
        body = ("La factura n.º %s%s vence hoy, %s.\n\n"
                "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n%s\n\n"
                "Para cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n%s"
                % (n, amt, fecha(inv["due"]), pay, owner))
    elif kind == "reminder":
        body = ("Revisando mis cuentas, veo que la factura n.º %s%s, vencida el %s, sigue pendiente de pago. "
                "Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto "
                "sea posible.\n\n%s"
                "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la "
                "fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con "
                "la factura, podemos aclararlo por esta misma vía.\n\n%s\n\nUn cordial saludo,\n%s"
                % (n, amt, fecha(inv["due"]), fees_block(inv), pay, owner))
    elif kind == "late_fee":
        total = inv.get("fee_total") or inv.get("amount")
        body = ("La factura n.º %s%s venció el %s, hace %d días, y sigue pendiente de pago.\n\n%s"
                "Ruego que el pago de %s se realice a más tardar el %s. Si ya está en curso, muchas gracias: "
                "basta con responder indicando la fecha de la transferencia. Si hay algún problema con la "
                "factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n%s\n\n"
                "Un cordial saludo,\n%s"
                % (n, amt, fecha(inv["due"]), inv["days_late"], fees_block(inv), total,
                   fecha(inv["deadline"]), pay, owner))
    elif kind == "suspension":
        total = inv.get("fee_total") or inv.get("amount")
        body = ("Vuelvo a ponerme en contacto en relación con la factura n.º %s%s, vencida el %s y todavía "
                "pendiente de pago.\n\n%s"
                "Si para el %s no se ha recibido el pago de %s, a partir del %s podría verme en la necesidad "
                "de suspender los trabajos en curso y la prestación de los servicios contratados hasta que se "
                "regularice la situación. Si existe alguna dificultad (por ejemplo, si es necesario fraccionar "
                "el pago), basta con responder a este correo y buscaremos una solución.\n\n%s\n\n"
                "Un cordial saludo,\n%s"
                % (n, amt, fecha(inv["due"]), fees_block(inv), fecha(inv["deadline"]), total,
                   fecha(inv["suspension"]), pay, owner))
    elif kind == "final":
        total = inv.get("fee_total") or inv.get("amount")
        emitida = ""
        if inv.get("client_name") or inv.get("issue"):
            emitida = ", emitida"
            if inv.get("client_name"):
                emitida += " a nombre de " + inv["client_name"]
            if inv.get("issue"):
                emitida += " el " + fecha(inv["issue"])
            emitida += ","
        body = ("La factura n.º %s%s venció el %s y, pese a los recordatorios enviados anteriormente, sigue "
                "pendiente de pago por un importe de %s.\n\n%s"
                "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el "
                "pago de %s a más tardar el %s%s.\n\n"
                "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también "
                "una invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de "
                "enero, de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún "
                "motivo para el retraso, alguna discrepancia con la factura o la necesidad de un calendario de "
                "pagos, basta con responder a este correo.\n\n"
                "Si para el %s no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la "
                "reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. "
                "Preferiría sinceramente evitarlo.\n\n"
                "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las "
                "molestias: en ese caso, basta una breve respuesta con la fecha de la transferencia.\n\n%s\n\n"
                "Atentamente,\n%s"
                % (n, emitida, fecha(inv["due"]), inv["amount"], fees_block(inv), total,
                   fecha(inv["deadline"]),
                   ", más los intereses de demora que se devenguen hasta la fecha del pago"
                   if inv.get("fee_lines") else "",
                   fecha(inv["deadline"]), pay, owner))
    elif kind == "promise_followup":
        if inv.get("promise"):
            first = ("Según su último mensaje, el pago de la factura n.º %s%s se realizaría a más tardar el %s; "
                     "gracias de nuevo por la información." % (n, amt, fecha(inv["promise"])))
        else:
            first = ("Gracias de nuevo por la información sobre el pago de la factura n.º %s%s, vencida el %s."
                     % (n, amt, fecha(inv["due"])))
        body = ("%s\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta "
                "con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería "
                "útil saber para cuándo puedo contar con él.\n\n%s\n\nUn cordial saludo,\n%s"
                % (first, pay, owner))
    elif kind == "paid_claim_followup":
        p = inv.get("payment") or {}
        bank = ""
        if p.get("iban"):
            bank = "Para comprobarlo, estos son los datos bancarios correctos:\n"
            if p.get("beneficiary"):
                bank += "- beneficiario: %s\n" % p["beneficiary"]
            bank += "- IBAN: %s\n- concepto: %s\n\n" % (p["iban"], p.get("reference", "Factura " + n))
        body = ("Muchas gracias por comunicarme%s que la factura n.º %s%s ya está pagada%s.\n\n"
                "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia "
                "tarda unos días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder "
                "localizarla, me sería de gran ayuda conocer la fecha de ejecución y la referencia de la "
                "transferencia, o recibir el justificante.\n\n%s"
                "Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no "
                "es necesario hacer nada más. Gracias por su colaboración.\n\nUn cordial saludo,\n%s"
                % ((" el " + fecha(inv["claim_date"])) if inv.get("claim_date") else "", n, amt,
                   (" (transferencia ordenada el %s)" % fecha(inv["paid_on"])) if inv.get("paid_on") else "",
                   bank, owner))
    else:
        raise ValueError(kind)
    return s + "\n\n" + body + "\n"


def statement(inv):
    """templates/es/statement.txt.j2 (several invoices of one client, all overdue, no fees)."""
    lines = []
    for i in inv["invoices"]:
        lines.append("- n.º %s, del %s, vencida el %s (%d días de retraso): %s"
                     % (i["number"], fecha(i["issue"]), fecha(i["due"]), i["days_late"], i["amount"]))
    return ("%s\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n%s\n\n"
            "Total a pagar: %s\n\n"
            "Ruego que el pago de estas facturas se realice a más tardar el %s. Si alguna de ellas ya está "
            "pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la transferencia, para "
            "que pueda actualizar mis registros. Si hay algún problema con alguna factura, podemos aclararlo "
            "por esta misma vía.\n\n%s\n\nUn cordial saludo,\n%s\n"
            % (inv.get("saludo", "Buenos días:"), "\n".join(lines), inv["total"], fecha(inv["deadline"]),
               pago_block(inv), inv["owner"]))

# ---------------------------------------------------------------------------------------------
# Quoting styles
# ---------------------------------------------------------------------------------------------

def gt(text):
    """Prefix every line with '> ' (Gmail, Apple, Thunderbird)."""
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


DIAS_ABBR = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def gmail_attr(stamp, name, address):
    """'El jue, 12 nov 2026 a las 9:02, Name (<a@b>) escribió:'"""
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
        DIAS_ABBR[d.weekday()], d.day, MESES_ABBR[d.month - 1], d.year, d.hour, d.minute, name, address)


def apple_attr(stamp, name, address):
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (
        d.day, MESES_ABBR[d.month - 1], d.year, d.hour, d.minute, name, address)


DIAS_LARGOS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def outlook_block(stamp, frm, to, subject, text, cc=None, style="es"):
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    if style == "es":
        sent = "%s, %d de %s de %d %d:%02d" % (DIAS_LARGOS[d.weekday()], d.day, MESES[d.month - 1], d.year,
                                                d.hour, d.minute)
        head = "De: %s\nEnviado: %s\nPara: %s\n" % (frm, sent, to)
        if cc:
            head += "CC: %s\n" % cc
        head += "Asunto: %s\n" % subject
    elif style == "es-old":  # Outlook 2010 with "-----Mensaje original-----"
        sent = "%s, %d de %s de %d %d:%02d" % (DIAS_LARGOS[d.weekday()], d.day, MESES[d.month - 1], d.year,
                                                d.hour, d.minute)
        head = "-----Mensaje original-----\nDe: %s\nEnviado el: %s\nPara: %s\nAsunto: %s\n" % (
            frm, sent, to, subject)
        return head + "\n" + text
    elif style == "fecha":  # Outlook for Mac / new Outlook, Spanish: "Fecha:"
        sent = "%s, %d de %s de %d, %d:%02d" % (DIAS_LARGOS[d.weekday()], d.day, MESES[d.month - 1], d.year,
                                                 d.hour, d.minute)
        head = "De: %s\nFecha: %s\nPara: %s\nAsunto: %s\n" % (frm, sent, to, subject)
    else:
        raise ValueError(style)
    return "________________________________\n" + head + "\n" + text


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def html_paras(text, tag="div", br_only=False):
    """Text to simple HTML: blank-line separated paragraphs, single newlines as <br>."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(esc(l) for l in para.split("\n"))
        out.append("<%s>%s</%s>" % (tag, inner, tag))
        if tag == "div" and not br_only:
            out.append("<div><br></div>")
    return "\n".join(out)


def gmail_html(own_text, attr=None, quoted=None):
    h = '<div dir="ltr">' + html_paras(own_text) + "</div>"
    if attr:
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(attr), html_paras(quoted)))
    return h + "\n"


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n'
                '\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink\n'
                '\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
                'span.EstiloCorreo18\n\t{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n'
                '\tcolor:windowtext;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
                '\tmargin:70.85pt 3.0cm 70.85pt 3.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
                '</head>\n<body lang="ES" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n')


def outlook_html(own_text, hdr_fields=None, quoted=None, charset="utf-8", signature_html=""):
    """Outlook desktop markup: MsoNormal paragraphs, a grey rule, the header block, the old text."""
    h = OUTLOOK_HEAD % charset
    for para in own_text.strip("\n").split("\n\n"):
        for l in para.split("\n"):
            h += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) if l else "&nbsp;")
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    h += signature_html
    if hdr_fields:
        h += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              '<p class="MsoNormal">')
        h += "<br>\n".join("<b>%s</b> %s" % (esc(k), esc(v)) for k, v in hdr_fields)
        h += "<o:p></o:p></p>\n</div>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
        for para in quoted.strip("\n").split("\n\n"):
            h += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % "<br>\n".join(esc(l) for l in para.split("\n"))
            h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    h += "</div>\n</body>\n</html>\n"
    return h


# ---------------------------------------------------------------------------------------------
# Registry of messages
# ---------------------------------------------------------------------------------------------

MESSAGES = []


def add(headers, body, label, own=None, checks=None):
    """own: the sender's own words (what labels may be taken from); checks: extra flags for the checker."""
    MESSAGES.append({"headers": headers, "body": body, "label": label, "own": own, "checks": checks or {}})


def reply_headers(frm, to, date, subject, mid, thread, extra=None, cc=None):
    """thread: list of Message-IDs of the freelancer's messages (invoice first, last reminder last)."""
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", date), ("Message-ID", mid)]
    if thread:
        h.append(("In-Reply-To", thread[-1]))
        h.append(("References", "\n ".join(thread) if len(thread) > 2 else " ".join(thread)))
    h += extra or []
    return h


# Freelancers (mailbox owners).  Bank details are invented.
ANDRES = {"name": "Andrés Villalba Rojo", "addr": "andres@villalbaweb.es", "dom": "villalbaweb.es",
          "payment": {"beneficiary": "Andrés Villalba Rojo", "iban": "ES41 2100 4481 3602 0017 5523",
                      "bic": "CAIXESBBXXX"}}
MARTA = {"name": "Marta Iglesias Souto", "addr": "marta@soutotraducciones.es", "dom": "soutotraducciones.es",
         "payment": {"beneficiary": "Marta Iglesias Souto", "iban": "ES07 2080 5112 8430 4002 1187",
                     "bic": "CAGLESMMXXX"}}
LUCIA = {"name": "Lucía Ferrer Montoya", "addr": "hola@luciaferrer.studio", "dom": "luciaferrer.studio",
         "payment": {"beneficiary": "Lucía Ferrer Montoya", "iban": "ES62 0081 1016 1100 0124 8873",
                     "bic": "BSABESBBXXX"}}
DIEGO = {"name": "Diego Salcedo Ruiz", "addr": "diego@salcedofoto.es", "dom": "salcedofoto.es",
         "payment": {"beneficiary": "Diego Salcedo Ruiz", "iban": "ES90 0049 1873 2125 1034 6610",
                     "bic": "BSCHESMMXXX"}}
PAULA = {"name": "Paula Orozco Garza", "addr": "paula@orozcoestudio.mx", "dom": "orozcoestudio.mx",
         "details": "transferencia SPEI a la CLABE 012 180 01548763219 7 (BBVA México), a nombre de "
                    "Paula Orozco Garza"}
JULIAN = {"name": "Julián Restrepo Arango", "addr": "julian@restrepo.dev", "dom": "restrepo.dev",
          "details": "cuenta de ahorros Bancolombia n.º 104-556789-21 a nombre de Julián Restrepo Arango, "
                     "C.C. 1.037.584.220"}
TOMAS = {"name": "Tomás Aguirre", "addr": "tomas@aguirrediseno.com.ar", "dom": "aguirrediseno.com.ar",
         "details": "CBU 0720 1425 8800 0012 3456 71 (Banco Santander Argentina), alias TOMAS.AGUIRRE.DG"}
VALENTINA = {"name": "Valentina Muñoz Araya", "addr": "valentina@munozaraya.cl", "dom": "munozaraya.cl",
             "details": "cuenta corriente Banco de Chile n.º 00-123-45678-09, RUT 16.482.397-5"}
RENZO = {"name": "Renzo Quispe Huamán", "addr": "renzo@quispearq.pe", "dom": "quispearq.pe",
         "details": "cuenta BCP soles n.º 191-2345678-0-45 (CCI 002-191-002345678045-56)"}


def inv_for(owner, **kw):
    d = dict(kw)
    d["owner"] = owner["name"]
    if "payment" not in d and owner.get("payment"):
        p = dict(owner["payment"])
        p["reference"] = "Factura " + kw["number"]
        d["payment"] = p
    if "payment_details" not in d and owner.get("details"):
        d["payment_details"] = owner["details"]
    return d


def who(owner):
    return addr(owner["name"], owner["addr"])


# =============================================================================================
# client-reply-paid
# =============================================================================================

# --- Clínica dental (Valladolid), administrativa, Outlook, justificante en PDF, 1.er recordatorio
inv = inv_for(ANDRES, number="2026/112", amount="847,00 €", due="2026-11-05",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Buenos días, Andrés:

Disculpa el retraso, se nos quedó traspapelada con el cambio de gestoría. La transferencia de la factura 2026/112 se hizo ayer por la tarde desde Caja Rural, 847 €. Te adjunto el justificante para que lo tengas.

Un saludo,

Begoña Llorente
Administración
Clínica Dental Pisuerga
C/ Santiago, 14, 2.º - 47001 Valladolid
983 35 12 48
"""
disc = """AVISO DE CONFIDENCIALIDAD: La información contenida en este correo y sus anexos es confidencial y va dirigida únicamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Conforme al RGPD, sus datos forman parte de un fichero responsabilidad de Clínica Dental Pisuerga, S.L.P.
"""
subj = "Recordatorio: factura n.º 2026/112"
ob = outlook_block("2026-11-10 09:02", "Andrés Villalba Rojo <andres@villalbaweb.es>",
                   "Clínica Dental Pisuerga <administracion@clinicapisuerga.es>", subj, q)
text = own + "\n" + disc + "\n" + ob
html = outlook_html(own + "\n" + disc, [("De:", "Andrés Villalba Rojo <andres@villalbaweb.es>"),
                                        ("Enviado:", "martes, 10 de noviembre de 2026 9:02"),
                                        ("Para:", "Clínica Dental Pisuerga <administracion@clinicapisuerga.es>"),
                                        ("Asunto:", subj)], q)
add(reply_headers(addr("Begoña Llorente | Clínica Dental Pisuerga", "administracion@clinicapisuerga.es"),
                  who(ANDRES), rfcdate("2026-11-12 10:47:21", "+0100"), "RE: " + subj,
                  outlook_id("p-pisuerga"),
                  [owner_id("inv-2026/112", ANDRES["dom"]), owner_id("rem-2026/112", ANDRES["dom"])],
                  extra=[("Thread-Topic", hdr(subj)), ("Thread-Index", "AQHbQ2k4yVw0ZrJxUE2bq0s3F0lJ5w=="),
                         ("X-MS-Has-Attach", "yes"), ("Content-Language", "es-ES"),
                         ("X-MS-Exchange-Organization-SCL", "-1")]),
    Mixed(Alt(P(text), H(outlook_html(own + "\n" + disc,
                                       [("De:", "Andrés Villalba Rojo <andres@villalbaweb.es>"),
                                        ("Enviado:", "martes, 10 de noviembre de 2026 9:02"),
                                        ("Para:", "Clínica Dental Pisuerga <administracion@clinicapisuerga.es>"),
                                        ("Asunto:", subj)], q))),
          Att("application/pdf", "Justificante transferencia 2026-112.pdf", tiny_pdf("Justificante 2026/112"))),
    {"kind": "client-reply-paid", "amount": "847.00", "currency": "EUR", "reference": "2026/112",
     "note": "The clinic's administrator says the transfer for 2026/112 (847 EUR) was made yesterday and attaches the receipt; the disclaimer and the quoted Outlook reminder are not hers."},
    own=own)

# --- Restaurante (México), dueño, Gmail, SPEI
inv = inv_for(PAULA, number="A-331", amount="12.760,00 MXN", due="2026-11-30",
              saludo="Buenos días, Rogelio Chávez:")
q = reminder("reminder", inv)
own = """Hola Paula, ya quedó la transferencia por SPEI, fueron $12,760.00 de la factura A-331. Me confirmas cuando te caiga porfa.

Saludos

Rogelio Chávez
Restaurante La Cocina de Doña Chelo
Tlaquepaque, Jal.
"""
attr = gmail_attr("2026-12-03 10:14", "Paula Orozco Garza", PAULA["addr"])
add(reply_headers(addr("Rogelio Chávez", "rogelio.chavez.gdl@gmail.com"), who(PAULA),
                  rfcdate("2026-12-03 13:52:40", "-0600"), "Re: Factura A-331 - La Cocina de Doña Chelo",
                  gmail_id("p-chelo"), [owner_id("inv-A-331", PAULA["dom"]), owner_id("rem-A-331", PAULA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-paid", "amount": "12760.00", "currency": "MXN", "reference": "A-331",
     "note": "Paid by SPEI; the amount is written the Mexican way ($12,760.00) and 'te caiga' means 'arrive in your account'."},
    own=own)

# --- Ferretería (Ourense): el hijo escribe por el padre, reenvío de Gmail
inv = inv_for(ANDRES, number="2026/127", amount="320,00 €", due="2026-11-16",
              saludo="Buenos días, Manuel Outeiro:")
q = reminder("reminder", inv)
own = """Hola Andres, soy Brais el hijo de Manuel de la ferreteria. Mi padre me reenvio tu correo porque no se aclara mucho con el banco por internet jaja. Le he hecho yo la transferencia esta mañana desde su cuenta de Abanca, los 320 euros. Si no te llega en un par de dias dimelo y lo miramos

Un saludo
Brais
"""
fwd = """---------- Forwarded message ---------
De: Manuel Outeiro <ferreteria.outeiro@gmail.com>
Date: jue, 26 nov 2026 a las 18:03
Subject: Fwd: Recordatorio: factura n.º 2026/127
To: Brais Outeiro <braisoute94@gmail.com>


mira esto que no se como se hace


---------- Forwarded message ---------
De: Andrés Villalba Rojo <andres@villalbaweb.es>
Date: mar, 24 nov 2026 a las 8:45
Subject: Recordatorio: factura n.º 2026/127
To: <ferreteria.outeiro@gmail.com>


""" + q
add(reply_headers(addr("Brais Outeiro", "braisoute94@gmail.com"), who(ANDRES),
                  rfcdate("2026-11-27 11:20:09", "+0100"), "Re: Fwd: Recordatorio: factura n.º 2026/127",
                  gmail_id("p-outeiro"), [gmail_id("fwd-outeiro-padre")]),
    Alt(P(own + "\n" + fwd), H(gmail_html(own) + "<br>" + html_paras(fwd))),
    {"kind": "client-reply-paid", "amount": "320.00", "currency": "EUR",
     "note": "The client's son paid from his father's account; the invoice number is only in the subject and the forwarded reminder, so no reference."},
    own=own)

# --- ONG (Rosario, Argentina): pagó y pregunta por los datos de facturación; comprobante en JPG
inv = inv_for(TOMAS, number="C 0002-00000087", amount="$ 385.000,00", due="2027-02-26",
              saludo="Estimados señores:")
q = reminder("due", inv)
own = """Buen día Tomás!

Te aviso que ayer transferimos los $385.000 de la factura C 0002-00000087, te adjunto el comprobante del Galicia.

Una consulta: para las próximas, ¿podés facturar a nombre de la Fundación (CUIT 30-71234567-9) y no de la Asociación Cooperadora? Es que el contador nos dijo que así nos complica la rendición.

Gracias!!
Caro

--
Carolina Benítez
Administración | Fundación Raíces del Litoral
Rosario, Santa Fe
"""
attr = gmail_attr("2027-02-26 9:00", "Tomás Aguirre", TOMAS["addr"])
add(reply_headers(addr("Carolina Benítez", "administracion@raicesdellitoral.org.ar"), who(TOMAS),
                  rfcdate("2027-03-02 10:31:55", "-0300"), "Re: Factura C 0002-00000087",
                  gmail_id("p-raices"), [owner_id("inv-0087", TOMAS["dom"]), owner_id("due-0087", TOMAS["dom"])]),
    Mixed(Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
          Att("image/jpeg", "comprobante_galicia.jpg", tiny_jpg())),
    {"kind": "client-reply-paid", "amount": "385000.00", "currency": "ARS", "reference": "0002-00000087",
     "note": "Paid ('ayer transferimos') plus a question about billing details, so still paid; the Argentine 'Factura C' is the invoice type, the number is 0002-00000087."},
    own=own)

# --- Gestoría (Logroño) escribe por un asador; respuesta al 2.º recordatorio con recargos; windows-1252
inv = inv_for(DIEGO, number="F-2026-087", amount="1.452,00 €", due="2026-11-10", days_late=35,
              deadline="2026-12-22", fee_total="1.506,13 €", saludo="Estimados señores:",
              fee_lines=["factura n.º F-2026-087: 1.452,00 €",
                         "intereses de demora (10,15 % anual, 35 días): 14,13 €",
                         "indemnización por costes de cobro (art. 8): 40,00 €",
                         "total: 1.506,13 €"])
q = reminder("late_fee", inv)
own = """Estimado Sr. Salcedo:

En nombre de nuestro cliente ASADOR LOS ARCOS, S.L., le comunicamos que el pasado 14 de diciembre se abonó mediante transferencia la factura F-2026-087 por importe de 1.452,00 euros. Entendemos que el pago se ha cruzado con su recordatorio.

En cuanto a los intereses de demora y la indemnización que figuran en su escrito, le rogamos que, si considera que proceden, nos remita el cálculo por separado para su estudio.

Atentamente,

Ainhoa Sáenz Medrano
Gestoría Sáenz Medrano
Avda. de Portugal, 22, 1.º - 26001 Logroño
Tel. 941 20 45 77
"""
text = own + "\n" + outlook_block("2026-12-15 8:30", "Diego Salcedo Ruiz [mailto:diego@salcedofoto.es]",
                                  "administracion@asadorlosarcos.es",
                                  "Factura n.º F-2026-087: pago pendiente", q, style="es-old")
add(reply_headers(addr("Ainhoa Sáenz - Gestoría Sáenz Medrano", "ainhoa@gestoriasaenz.es", "iso-8859-1"),
                  who(DIEGO), rfcdate("2026-12-16 12:05:33", "+0100"),
                  "RE: Factura n.º F-2026-087: pago pendiente", plain_id("p-arcos", "gestoriasaenz.es"),
                  [owner_id("inv-F-2026-087", DIEGO["dom"]), owner_id("rem1-F-2026-087", DIEGO["dom"]),
                   owner_id("rem2-F-2026-087", DIEGO["dom"])],
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdttYk1rM2Q0bXlXd0ZUYQ==")],
                  cc=addr("Asador Los Arcos", "administracion@asadorlosarcos.es")),
    P(text, cs="windows-1252"),
    {"kind": "client-reply-paid", "amount": "1452.00", "currency": "EUR", "reference": "F-2026-087",
     "note": "A gestoría writes for the client: the invoice was paid on 14 December; the request to see the late-fee calculation separately is not a refusal, so this stays paid, not dispute."},
    own=own)

# --- Estudio de yoga (Granada): una línea desde el iPhone
inv = inv_for(DIEGO, number="F-2026-102", amount="180,00 €", due="2026-11-15",
              saludo="Buenos días, Irene Castillo:")
q = reminder("reminder", inv)
own = """Pagado!! Perdona el retraso, se me pasó completamente 🙏

Enviado desde mi iPhone
"""
attr = apple_attr("2026-11-20 9:10", "Diego Salcedo Ruiz", DIEGO["addr"])
add(reply_headers(addr("Irene Castillo", "irenecastillo.yoga@icloud.com"), who(DIEGO),
                  rfcdate("2026-11-20 21:37:02", "+0100"), "Re: Recordatorio: factura n.º F-2026-102",
                  apple_id("p-irene", "icloud.com"), [owner_id("rem-F-2026-102", DIEGO["dom"])],
                  extra=[("X-Mailer", "iPhone Mail (22B91)"), ("Mime-Version", "1.0 (1.0)")]),
    P(own + "\n" + attr + "\n\n" + gt(q), quote_cs=False),
    {"kind": "client-reply-paid",
     "note": "A one-word 'Pagado!!' from a phone; no amount or invoice number in her own words."},
    own=own)

# --- Academia de música (Viña del Mar, Chile): pagó una boleta y pide que le reenvíen la otra
inv = inv_for(VALENTINA, saludo="Estimados señores:", number="214", deadline="2027-01-22",
              total="$ 830.000",
              invoices=[{"number": "214", "issue": "2026-11-30", "due": "2026-12-15", "days_late": 29,
                         "amount": "$ 450.000"},
                        {"number": "219", "issue": "2026-12-18", "due": "2027-01-02", "days_late": 11,
                         "amount": "$ 380.000"}])
q = statement(inv)
own = """Hola Valentina, cómo estás?

Te cuento que hoy pagamos la boleta 214 ($450.000), te debería llegar mañana porque la hice desde el BancoEstado.

La 219 no la tengo en ningún lado, no sé si se fue al spam. ¿Me la reenvías porfa?

Saludos,
Patricio Lagos
Director
Academia de Música Allegro - Viña del Mar
"""
attr = gmail_attr("2027-01-13 11:30", "Valentina Muñoz Araya", VALENTINA["addr"])
add(reply_headers(addr("Patricio Lagos", "direccion@academiaallegro.cl"), who(VALENTINA),
                  rfcdate("2027-01-14 16:22:18", "-0300"), "Re: Boletas pendientes de pago",
                  gmail_id("p-allegro"), [owner_id("stmt-allegro", VALENTINA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-paid", "amount": "450000.00", "currency": "CLP",
     "note": "Paid boleta 214 and asks for 219 to be sent again (a question, not a promise); two documents are named, so no reference."},
    own=own)

# --- Tienda online (Barranquilla, Colombia): pago con comprobante de Bancolombia
inv = inv_for(JULIAN, number="FE-882", amount="$ 2.350.000", due="2026-11-25",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Buenas tardes señor Julián,

Le confirmo que ya se realizó el pago de la factura FE-882 por valor de $2.350.000, adjunto el comprobante de Bancolombia. Fue un error de nosotros, la factura estaba a nombre de una persona que ya no trabaja aquí y nadie la había radicado.

Quedo atenta,

Daniela Ortiz
Coordinadora administrativa
Kaí Artesanías S.A.S. - Barranquilla
"""
attr = gmail_attr("2026-12-09 8:00", "Julián Restrepo Arango", JULIAN["addr"])
add(reply_headers(addr("Daniela Ortiz", "administrativa@kaiartesanias.com.co"), who(JULIAN),
                  rfcdate("2026-12-09 15:40:27", "-0500"), "RE: Factura electrónica FE-882",
                  gmail_id("p-kai"), [owner_id("inv-FE-882", JULIAN["dom"]), owner_id("rem-FE-882", JULIAN["dom"])]),
    Mixed(Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
          Att("application/pdf", "Comprobante_transferencia.pdf", tiny_pdf("Comprobante Bancolombia"))),
    {"kind": "client-reply-paid", "amount": "2350000.00", "currency": "COP", "reference": "FE-882",
     "note": "Colombian thousands dots ($2.350.000 = 2,350,000 pesos); 'radicado' means filed for payment."},
    own=own)

# --- Estudio de arquitectura (Lima): HTML de Outlook sin parte de texto; depósito y pregunta
inv = inv_for(RENZO, number="E001-87", amount="S/ 3.200,00", due="2027-01-31",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Estimado Renzo:

Buenas tardes. Le informo que el día de hoy se efectuó el depósito en su cuenta BCP por S/ 3,200.00, correspondiente al recibo por honorarios E001-87.

Asimismo, para los próximos recibos, ¿nos podría enviar su constancia de suspensión de retenciones de cuarta categoría? Sin ella estamos obligados a retenerle el 8%.

Saludos cordiales,

Milagros Chang R.
Administración
Valdivia & Chang Arquitectos
Av. Benavides 1180, Of. 502 - Miraflores, Lima
"""
html = outlook_html(own, [("De:", "Renzo Quispe Huamán <renzo@quispearq.pe>"),
                          ("Enviado el:", "miércoles, 3 de febrero de 2027 09:00"),
                          ("Para:", "Administración VCH <administracion@valdiviachang.com.pe>"),
                          ("Asunto:", "Recibo por honorarios E001-87")], q)
add(reply_headers(addr("Milagros Chang", "administracion@valdiviachang.com.pe"), who(RENZO),
                  rfcdate("2027-02-04 17:05:51", "-0500"), "RE: Recibo por honorarios E001-87",
                  outlook_id("p-vch", "LAT"), [owner_id("inv-E001-87", RENZO["dom"]), owner_id("rem-E001-87", RENZO["dom"])],
                  extra=[("Content-Language", "es-PE"), ("X-MS-Has-Attach", "")]),
    H(html),
    {"kind": "client-reply-paid", "amount": "3200.00", "currency": "PEN", "reference": "E001-87",
     "note": "HTML only; paid (deposit made today) and asks for a tax certificate, which does not change the kind."},
    own=own)

# --- Academia de inglés (Santander): contesta al aviso de 'dice que pagó pero no llega'; Apple Mail + PDF
inv = inv_for(LUCIA, number="LF26-014", amount="605,00 €", due="2026-12-31", claim_date="2027-01-11",
              paid_on="2027-01-09", saludo="Buenos días, Nuria Gómez:")
q = reminder("paid_claim_followup", inv)
own = """Hola Lucía,

Qué raro. Te paso los datos: la transferencia se ordenó el sábado 9 de enero desde Unicaja (la antigua Liberbank), por 605,00 €, concepto "LF26-014 Lucia Ferrer". Te adjunto el justificante en PDF.

He mirado el IBAN y es el tuyo, el que acaba en 8873. Si en un par de días no aparece dímelo y me acerco a la sucursal.

Un abrazo,
Nuria

--
Nuria Gómez Revuelta
Bay English School · Calle Burgos 9, Santander
"""
attr = apple_attr("2027-01-19 10:04", "Lucía Ferrer Montoya", LUCIA["addr"])
add(reply_headers(addr("Nuria Gómez", "nuria@bayenglish.es"), who(LUCIA),
                  rfcdate("2027-01-19 18:20:44", "+0100"), "Re: Factura n.º LF26-014: el pago aún no aparece",
                  apple_id("p-bay", "bayenglish.es"),
                  [owner_id("inv-LF26-014", LUCIA["dom"]), owner_id("rem-LF26-014", LUCIA["dom"]),
                   owner_id("pcf-LF26-014", LUCIA["dom"])],
                  extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
                         ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")]),
    Mixed(P(own), Att("application/pdf", "justificante_LF26-014.pdf", tiny_pdf("Unicaja transferencia")),
          P("\n" + attr + "\n\n" + gt(q))),
    {"kind": "client-reply-paid", "amount": "605.00", "currency": "EUR", "reference": "LF26-014",
     "note": "Answer to the 'payment has not arrived' letter: she repeats that the transfer was made on 9 January and re-sends the receipt; still paid."},
    own=own)

# --- Estudio de arquitectos (León): Apple Mail desde el iPad, dos facturas
inv = inv_for(ANDRES, saludo="Estimados señores:", number="2026/131", deadline="2027-02-05",
              total="1.694,00 €",
              invoices=[{"number": "2026/131", "issue": "2026-11-02", "due": "2026-12-02", "days_late": 55,
                         "amount": "968,00 €"},
                        {"number": "2026/149", "issue": "2026-12-01", "due": "2026-12-31", "days_late": 26,
                         "amount": "726,00 €"}])
q = statement(inv)
own = """Hecho. Pagadas las dos, la de noviembre y la de diciembre, en dos transferencias separadas para que te cuadre. Perdona, Andrés, con las fiestas se nos fue el santo al cielo.

Jorge

Enviado desde mi iPad
"""
attr = apple_attr("2027-01-26 8:15", "Andrés Villalba Rojo", ANDRES["addr"])
add(reply_headers(addr("Jorge Llamazares", "jorge@llamazaresarquitectos.es"), who(ANDRES),
                  rfcdate("2027-01-27 08:12:09", "+0100"), "Re: Facturas pendientes de pago",
                  apple_id("p-llamazares", "llamazaresarquitectos.es"), [owner_id("stmt-llamazares", ANDRES["dom"])],
                  extra=[("X-Mailer", "iPad Mail (22C152)"), ("Mime-Version", "1.0 (1.0)")]),
    P(own + "\n" + attr + "\n\n" + gt(q), quote_cs=False),
    {"kind": "client-reply-paid",
     "note": "Both invoices of the statement are paid; no amount is given and two invoices are meant, so neither amount nor reference."},
    own=own)

# --- Ayuntamiento (Haro, La Rioja), Tesorería: 'se ha ordenado el pago'
inv = inv_for(DIEGO, number="F-2026-119", amount="2.420,00 €", due="2027-01-10",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Buenos días:

Le informamos de que, con fecha 20 de enero de 2027, la Tesorería municipal ha ordenado el pago de la factura n.º F-2026-119, registrada en FACe con el número de registro REGAGE27e00000418856, por importe de 2.420,00 euros, mediante transferencia a la cuenta indicada en la factura.

El abono puede tardar entre 24 y 48 horas en hacerse efectivo.

Atentamente,

Tesorería
Ayuntamiento de Haro
Plaza de la Paz, 1 - 26200 Haro (La Rioja)
"""
ob = outlook_block("2027-01-18 8:30", "Diego Salcedo Ruiz <diego@salcedofoto.es>",
                   "Tesorería <tesoreria@ayuntamientoharo.es>", "Factura n.º F-2026-119: pago pendiente", q)
add(reply_headers(addr("Tesorería - Ayuntamiento de Haro", "tesoreria@ayuntamientoharo.es"), who(DIEGO),
                  rfcdate("2027-01-21 11:30:12", "+0100"), "RE: Factura n.º F-2026-119: pago pendiente",
                  outlook_id("p-haro"), [owner_id("inv-F-2026-119", DIEGO["dom"]), owner_id("rem-F-2026-119", DIEGO["dom"])],
                  extra=[("Content-Language", "es-ES")]),
    Alt(P(own + "\n" + ob, cs="windows-1252"),
        H(outlook_html(own, [("De:", "Diego Salcedo Ruiz <diego@salcedofoto.es>"),
                             ("Enviado:", "lunes, 18 de enero de 2027 8:30"),
                             ("Para:", "Tesorería <tesoreria@ayuntamientoharo.es>"),
                             ("Asunto:", "Factura n.º F-2026-119: pago pendiente")], q, charset="windows-1252"),
          cs="windows-1252")),
    {"kind": "client-reply-paid", "amount": "2420.00", "currency": "EUR", "reference": "F-2026-119",
     "note": "A town hall clerk (a person answering the reminder, not a bank notice) says payment was ordered; the FACe registry number is not the invoice number."},
    own=own)

# --- Tienda de velas (Puebla, México): depósito en OXXO, Outlook.com para Android, base64
inv = inv_for(PAULA, number="A-347", amount="4.800,00 MXN", due="2026-12-01",
              saludo="Buenos días, Mariana Villaseñor:")
q = reminder("reminder", inv)
own = """Hola Paula buenas noches

Ya te hice el deposito en el Oxxo a tu tarjeta, fueron 4 mil 800 pesos de la factura A-347. Te mando foto del ticket. Perdon la tardanza es que andaba sin tarjeta 😅

Saludos!!
Mariana

Obtener Outlook para Android
"""
ob = ("________________________________\nFrom: Paula Orozco Garza <paula@orozcoestudio.mx>\n"
      "Sent: Monday, December 7, 2026 9:00:12 AM\nTo: velasluna.puebla@hotmail.com <velasluna.puebla@hotmail.com>\n"
      "Subject: Recordatorio de pago: factura A-347\n\n" + q)
add(reply_headers(addr("Mariana Villaseñor", "velasluna.puebla@hotmail.com"), who(PAULA),
                  rfcdate("2026-12-08 20:41:19", "-0600"), "RE: Recordatorio de pago: factura A-347",
                  outlook_id("p-velas", "NAM"), [owner_id("rem-A-347", PAULA["dom"])]),
    Mixed(Alt(P(own + "\n" + ob, cte="base64"),
              H('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                '<div dir="auto">' + html_paras(own) + '</div><hr style="display:inline-block;width:98%">'
                + html_paras(ob) + "</body></html>\n", cte="base64")),
          Att("image/jpeg", "IMG_20261208_201533.jpg", tiny_jpg())),
    {"kind": "client-reply-paid", "amount": "4800.00", "currency": "MXN", "reference": "A-347",
     "note": "The amount is in words ('4 mil 800 pesos'); an OXXO cash deposit to the freelancer's card counts as paid."},
    own=own, checks={"amount_words": True})

# --- ONG (Guayaquil, Ecuador): transferencia internacional en dólares, comprobante SWIFT
inv = inv_for(MARTA, number="MI-2026-051", amount="1.150,00 USD", due="2026-11-27",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Estimada Marta,

Reciba un cordial saludo. Por medio del presente le confirmo que el día de ayer se realizó la transferencia internacional desde Banco Pichincha por USD 1.150,00, correspondiente a su factura MI-2026-051 (traducción del informe anual al inglés). Los gastos de envío los asumimos nosotros, por lo que debería recibir el valor completo.

Adjunto el comprobante SWIFT.

Atentamente,

Ing. Xavier Moncayo
Director Financiero
Fundación Manglar Vivo
Guayaquil - Ecuador
"""
ob = outlook_block("2026-12-01 3:00", "Marta Iglesias Souto <marta@soutotraducciones.es>",
                   "Finanzas Manglar Vivo <finanzas@manglarvivo.org.ec>",
                   "Factura MI-2026-051 pendiente de pago", q)
add(reply_headers(addr("Xavier Moncayo", "finanzas@manglarvivo.org.ec"), who(MARTA),
                  rfcdate("2026-12-02 09:15:03", "-0500"), "RE: Factura MI-2026-051 pendiente de pago",
                  outlook_id("p-manglar", "LAT"), [owner_id("inv-MI-2026-051", MARTA["dom"]), owner_id("rem-MI-2026-051", MARTA["dom"])],
                  extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "es-EC")]),
    Mixed(Alt(P(own + "\n" + ob),
              H(outlook_html(own, [("De:", "Marta Iglesias Souto <marta@soutotraducciones.es>"),
                                   ("Enviado:", "martes, 1 de diciembre de 2026 3:00"),
                                   ("Para:", "Finanzas Manglar Vivo <finanzas@manglarvivo.org.ec>"),
                                   ("Asunto:", "Factura MI-2026-051 pendiente de pago")], q))),
          Att("application/pdf", "SWIFT_MT103_ManglarVivo.pdf", tiny_pdf("MT103"))),
    {"kind": "client-reply-paid", "amount": "1150.00", "currency": "USD", "reference": "MI-2026-051",
     "note": "Ecuador pays in US dollars; 'USD 1.150,00' uses the comma as decimal separator."},
    own=own)

# --- Tienda online (Valencia): ha pagado por Bizum en vez de transferencia
inv = inv_for(LUCIA, number="LF26-121", amount="150,00 €", due="2026-12-15",
              saludo="Buenos días, Amparo Sanchis:")
q = reminder("due", inv)
own = """Bon dia Lucía!

Te acabo de hacer un Bizum de 150 € con lo de los banners de Navidad, ya sé que me dijiste transferencia pero así va más rápido. Si es un problema me dices y lo arreglamos.

Besets,
Amparo
La Botiga d'Amparo - www.labotigadamparo.es
"""
attr = gmail_attr("2026-12-15 8:00", "Lucía Ferrer Montoya", LUCIA["addr"])
add(reply_headers(addr("Amparo Sanchis", "amparo@labotigadamparo.es"), who(LUCIA),
                  rfcdate("2026-12-18 09:03:47", "+0100"), "Re: Factura LF26-121 (banners Navidad)",
                  gmail_id("p-botiga"), [owner_id("inv-LF26-121", LUCIA["dom"]), owner_id("due-LF26-121", LUCIA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-paid", "amount": "150.00", "currency": "EUR",
     "note": "Paid by Bizum; Valencian greetings ('Bon dia', 'Besets') around Spanish text; the invoice number is only in the subject."},
    own=own)

# --- Marisquería (Alicante): contesta molesto al requerimiento formal; ya estaba pagada
inv = inv_for(LUCIA, number="LF26-133", amount="1.089,00 €", due="2026-12-20", deadline="2027-02-19",
              issue="2026-11-20", client_name="Marisquería El Postiguet, S.L.", saludo="Estimados señores:")
q = reminder("final", inv)
own = """Señora Ferrer:

La factura LF26-133 se pagó el 2 de febrero, así que no entiendo a qué viene ahora este requerimiento con el Código Civil y el monitorio. Le adjunto el justificante de la transferencia. Le ruego que compruebe sus cuentas antes de mandar este tipo de escritos, que a uno le da un susto.

Le ruego que deje sin efecto el requerimiento.

Vicente Llorca
Gerente - Marisquería El Postiguet
Alicante
"""
ob = outlook_block("2027-02-09 9:00", "Lucía Ferrer Montoya <hola@luciaferrer.studio>",
                   "Marisquería El Postiguet <gerencia@elpostiguet.es>",
                   "Requerimiento de pago de la factura n.º LF26-133", q, style="fecha")
add(reply_headers(addr("Vicente Llorca", "gerencia@elpostiguet.es"), who(LUCIA),
                  rfcdate("2027-02-10 13:44:58", "+0100"), "RE: Requerimiento de pago de la factura n.º LF26-133",
                  outlook_id("p-postiguet"), [owner_id("inv-LF26-133", LUCIA["dom"]), owner_id("fin-LF26-133", LUCIA["dom"])]),
    Mixed(P(own + "\n" + ob, cs="windows-1252"),
          Att("application/pdf", "Transferencia 02-02-2027.pdf", tiny_pdf("Orden de transferencia"))),
    {"kind": "client-reply-paid", "reference": "LF26-133",
     "note": "Annoyed answer to the formal demand, but it says the invoice was paid on 2 February and attaches proof: paid, not dispute (he objects to the letter, not to the invoice)."},
    own=own)


# =============================================================================================
# client-reply-promise
# =============================================================================================

# --- Restaurante (Burgos): 'el viernes sin falta', Gmail en modo texto, con faltas
inv = inv_for(ANDRES, number="2026/118", amount="605,00 €", due="2026-11-10",
              saludo="Buenos días, José María Peña:")
q = reminder("reminder", inv)
own = """Andres esta semana imposible que e tenido que pagar proveedores y la nomina de los chavales. El viernes sin falta te lo pago, palabra.

Un saludo
Chema
La Fragua del Arlanzón
"""
attr = gmail_attr("2026-11-16 9:00", "Andrés Villalba Rojo", ANDRES["addr"])
add(reply_headers(addr("La Fragua del Arlanzón", "lafraguadelarlanzon@gmail.com"), who(ANDRES),
                  rfcdate("2026-11-17 19:48:30", "+0100"), "Re: Recordatorio: factura n.º 2026/118",
                  gmail_id("pr-fragua"), [owner_id("rem-2026/118", ANDRES["dom"])]),
    P(own + "\n" + attr + "\n\n" + gt(q)),
    {"kind": "client-reply-promise", "promised_date": "2026-11-20",
     "note": "Written on Tuesday 17 November: 'el viernes' is Friday 20 November. Typos ('e tenido') are the writer's."},
    own=own)

# --- Consultorio dental (CDMX): la recepcionista escribe por la doctora; pago en la quincena del 15
inv = inv_for(PAULA, number="A-352", amount="9.280,00 MXN", due="2026-11-30",
              saludo="Estimada Dra. Fernanda Ríos:")
q = reminder("reminder", inv)
own = """Buenas tardes Paula,

De parte de la Dra. Ríos le comento que el pago de su factura A-352 se hará el día 15 de diciembre, ya que aquí los pagos a proveedores se hacen en quincena. Disculpe las molestias.

Cualquier duda estoy a sus órdenes.

Atte.
Lupita Hernández
Recepción - Sonrisa Plena Consultorio Dental
Col. Del Valle, CDMX
"""
attr = gmail_attr("2026-12-03 9:00", "Paula Orozco Garza", PAULA["addr"])
add(reply_headers(addr("Recepción Sonrisa Plena", "recepcion.sonrisaplena@gmail.com"), who(PAULA),
                  rfcdate("2026-12-03 17:10:06", "-0600"), "Re: Recordatorio de pago: factura A-352",
                  gmail_id("pr-sonrisa"), [owner_id("inv-A-352", PAULA["dom"]), owner_id("rem-A-352", PAULA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-promise", "promised_date": "2026-12-15", "reference": "A-352",
     "note": "A receptionist writes for the dentist; the day is stated (15 December, the pay-day 'quincena')."},
    own=own)

# --- Clínica odontológica (Medellín): 'le cancelamos … a fin de mes'
inv = inv_for(JULIAN, number="FE-915", amount="$ 1.800.000", due="2026-12-31",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Buen día Julián,

Qué pena con usted, la pila de cuentas de diciembre nos cogió. Le cancelamos los $1.800.000 de la FE-915 a fin de mes, apenas entre la plata de las EPS.

Mil gracias por la paciencia.

Sandra Milena Zapata
Auxiliar contable
Clínica Odontológica Laureles
Medellín
"""
ob = outlook_block("2027-01-11 8:00", "Julián Restrepo Arango <julian@restrepo.dev>",
                   "Contabilidad Clínica Laureles <contabilidad@odontolaureles.com.co>",
                   "Factura electrónica FE-915 pendiente", q)
add(reply_headers(addr("Sandra Milena Zapata", "contabilidad@odontolaureles.com.co"), who(JULIAN),
                  rfcdate("2027-01-12 10:02:44", "-0500"), "RE: Factura electrónica FE-915 pendiente",
                  outlook_id("pr-laureles", "LAT"), [owner_id("inv-FE-915", JULIAN["dom"]), owner_id("rem-FE-915", JULIAN["dom"])],
                  extra=[("Content-Language", "es-CO")]),
    Alt(P(own + "\n" + ob),
        H(outlook_html(own, [("De:", "Julián Restrepo Arango <julian@restrepo.dev>"),
                             ("Enviado:", "lunes, 11 de enero de 2027 8:00"),
                             ("Para:", "Contabilidad Clínica Laureles <contabilidad@odontolaureles.com.co>"),
                             ("Asunto:", "Factura electrónica FE-915 pendiente")], q))),
    {"kind": "client-reply-promise", "promised_date": "2027-01-31", "amount": "1800000.00", "currency": "COP",
     "reference": "FE-915",
     "note": "In Colombia 'cancelar' means to pay; 'a fin de mes' written on 12 January is 31 January."},
    own=own)

# --- Academia de oposiciones (Castellón): paga una parte hoy y el resto el 5 de febrero; Apple Mail
inv = inv_for(ANDRES, number="2027/009", amount="1.210,00 €", due="2027-01-15",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Hola Andrés:

Hoy te he transferido 500 € de la 2027/009 y el resto, los 710 €, te los paso el día 5 de febrero, cuando cobremos las matrículas del segundo cuatrimestre. Espero que no sea problema, si lo es me llamas.

Gracias y perdona,

Silvia Ferrer
Academia Sorolla Oposiciones
Castelló de la Plana
"""
attr = apple_attr("2027-01-20 8:30", "Andrés Villalba Rojo", ANDRES["addr"])
add(reply_headers(addr("Silvia Ferrer", "silvia@academiasorolla.es"), who(ANDRES),
                  rfcdate("2027-01-22 12:30:16", "+0100"), "Re: Recordatorio: factura n.º 2027/009",
                  apple_id("pr-sorolla", "academiasorolla.es"), [owner_id("rem-2027/009", ANDRES["dom"])],
                  extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)),
        H('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
          '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
          + html_paras(own, br_only=True) + '<div><br><blockquote type="cite"><div>' + esc(attr)
          + '</div><br><div>' + html_paras(q, br_only=True) + "</div></blockquote></div></body></html>\n")),
    {"kind": "client-reply-promise", "promised_date": "2027-02-05", "amount": "710.00", "currency": "EUR",
     "reference": "2027/009",
     "note": "500 EUR paid today and the remaining 710 EUR promised for 5 February: a promise for that day; the amount is the promised rest, not the 500 already sent."},
    own=own)

# --- Taller mecánico (Torrelavega): el asesor contesta al 2.º recordatorio; remesa del día 25; Thunderbird 8bit
inv = inv_for(MARTA, number="MI-2026-058", amount="1.210,00 €", due="2026-12-10", days_late=34,
              deadline="2027-01-20", fee_total="1.261,44 €", saludo="Estimados señores:",
              fee_lines=["factura n.º MI-2026-058: 1.210,00 €",
                         "intereses de demora (10,15 % anual, 34 días): 11,44 €",
                         "indemnización por costes de cobro (art. 8): 40,00 €",
                         "total: 1.261,44 €"])
q = reminder("late_fee", inv)
own = """Buenas, Marta:

Soy José Ramón, de la asesoría que lleva las cuentas de Talleres Pas. La factura MI-2026-058 ya está contabilizada y se pagará en la remesa de proveedores del próximo día 25. Lo de los intereses lo comento con Alfonso, que es quien decide.

Saludos,

José Ramón Cobo
Asesoría Cobo - Torrelavega
"""
attr = "El 13/01/2027 a las 8:30, Marta Iglesias Souto escribió:"
add(reply_headers(addr("José Ramón Cobo", "jrcobo@asesoriacobo.es", "iso-8859-1"), who(MARTA),
                  rfcdate("2027-01-14 09:41:20", "+0100"), "Re: Factura n.º MI-2026-058: pago pendiente",
                  plain_id("pr-cobo", "asesoriacobo.es"),
                  [owner_id("inv-MI-2026-058", MARTA["dom"]), owner_id("rem1-MI-2026-058", MARTA["dom"]),
                   owner_id("rem2-MI-2026-058", MARTA["dom"])],
                  extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "es-ES")],
                  cc=addr("Talleres Pas", "administracion@tallerespas.es")),
    P(own + "\n" + attr + "\n" + gt(q), cs="UTF-8", cte="8bit", flowed=True, quote_cs=False),
    {"kind": "client-reply-promise", "promised_date": "2027-01-25", "reference": "MI-2026-058",
     "note": "The client's adviser: payment in the supplier run 'del próximo día 25' (written 14 January, so 25 January); the late fees are left open, not refused."},
    own=own)

# --- Corporación cultural (Valparaíso): 'la próxima semana', sin día
inv = inv_for(VALENTINA, number="231", amount="$ 620.000", due="2026-12-15",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Hola Vale!!

Mil disculpas, estamos cerrando el año y la rendición del Fondart nos tiene locos. La próxima semana te pago sin falta, de verdad.

Un abrazo grande y felices fiestas 🎄

Cami
Corporación Cultural Cerro Alegre
"""
attr = gmail_attr("2026-12-21 10:00", "Valentina Muñoz Araya", VALENTINA["addr"])
add(reply_headers(addr("Camila Soto", "camila@culturalcerroalegre.cl"), who(VALENTINA),
                  rfcdate("2026-12-22 12:15:38", "-0300"), "Re: Boleta de honorarios N° 231",
                  gmail_id("pr-cerro"), [owner_id("inv-231", VALENTINA["dom"]), owner_id("rem-231", VALENTINA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-promise",
     "note": "'La próxima semana' names no day, so no promised_date."},
    own=own)

# --- Taquería (Monterrey): 'mañana temprano', escrito casi a medianoche hora de México
inv = inv_for(PAULA, number="A-360", amount="6.380,00 MXN", due="2027-01-31",
              saludo="Buenos días, Alberto Garza:")
q = reminder("reminder", inv)
own = """Paula una disculpa, ando hasta el gorro de chamba con la apertura de la otra sucursal. Mañana temprano te hago la transferencia de los $6,380 sin falta.

Beto
"""
attr = gmail_attr("2027-02-08 9:00", "Paula Orozco Garza", PAULA["addr"])
add(reply_headers(addr("Beto Garza", "beto.taqueriaelguero@gmail.com"), who(PAULA),
                  rfcdate("2027-02-11 23:40:05", "-0600"), "Re: Recordatorio de pago: factura A-360",
                  gmail_id("pr-guero"), [owner_id("rem-A-360", PAULA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q), cte="base64"), H(gmail_html(own, attr, q), cte="base64")),
    {"kind": "client-reply-promise", "promised_date": "2027-02-12", "amount": "6380.00", "currency": "MXN",
     "note": "Sent Thursday 11 February at 23:40 Mexico time (already 12 February in UTC): 'mañana' is 12 February in the sender's zone."},
    own=own)

# --- Estudio de arquitectura (Mendoza): 'el lunes que viene'
inv = inv_for(TOMAS, number="C 0002-00000094", amount="$ 540.000,00", due="2027-02-20",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Tomás, perdoná la demora. Estamos esperando que nos pague un comitente y venimos medio ajustados. El lunes que viene te transfiero sin falta, quedate tranquilo.

Abrazo,
Nico

Nicolás Ferraro
Ferraro Estudio de Arquitectura
Mendoza
"""
attr = gmail_attr("2027-03-01 9:00", "Tomás Aguirre", TOMAS["addr"])
add(reply_headers(addr("Nicolás Ferraro", "nferraro@ferraroestudio.com.ar"), who(TOMAS),
                  rfcdate("2027-03-03 18:05:12", "-0300"), "Re: Factura C 0002-00000094",
                  gmail_id("pr-ferraro"), [owner_id("inv-0094", TOMAS["dom"]), owner_id("rem-0094", TOMAS["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-promise", "promised_date": "2027-03-08",
     "note": "Written Wednesday 3 March: 'el lunes que viene' is Monday 8 March."},
    own=own)

# --- Clínica dental (Santander): contesta al aviso de promesa vencida; 'el martes 16'
inv = inv_for(ANDRES, number="2027/011", amount="484,00 €", due="2027-01-31", promise="2027-02-05",
              saludo="Estimados señores:")
q = reminder("promise_followup", inv)
own = """Buenas tardes Andrés,

Tienes toda la razón, se me pasó por completo. Te lo hago el martes 16 sin falta, que el lunes estoy de formación en Madrid y no paso por la clínica.

Disculpa de nuevo.

Dr. Íñigo Revilla
Clínica Dental Bahía
Paseo de Pereda, 31 - Santander
"""
ob = outlook_block("2027-02-11 9:00", "Andrés Villalba Rojo <andres@villalbaweb.es>",
                   "Clínica Dental Bahía <info@clinicadentalbahia.es>",
                   "Factura n.º 2027/011: pago pendiente", q)
add(reply_headers(addr("Clínica Dental Bahía", "info@clinicadentalbahia.es"), who(ANDRES),
                  rfcdate("2027-02-11 16:27:09", "+0100"), "RE: Factura n.º 2027/011: pago pendiente",
                  outlook_id("pr-bahia"),
                  [owner_id("inv-2027/011", ANDRES["dom"]), owner_id("rem-2027/011", ANDRES["dom"]),
                   owner_id("pf-2027/011", ANDRES["dom"])]),
    Alt(P(own + "\n" + ob),
        H(outlook_html(own, [("De:", "Andrés Villalba Rojo <andres@villalbaweb.es>"),
                             ("Enviado:", "jueves, 11 de febrero de 2027 9:00"),
                             ("Para:", "Clínica Dental Bahía <info@clinicadentalbahia.es>"),
                             ("Asunto:", "Factura n.º 2027/011: pago pendiente")], q))),
    {"kind": "client-reply-promise", "promised_date": "2027-02-16",
     "note": "Answer to the 'promised date has passed' letter; the quoted 5 February is the old promise, the new one is Tuesday 16 February."},
    own=own)

# --- Taberna (Pontevedra): castellano con palabras gallegas; 'antes del día 10'; Android
inv = inv_for(MARTA, number="MI-2027-006", amount="290,00 €", due="2027-02-15",
              saludo="Buenos días, Uxía Lema:")
q = reminder("reminder", inv)
own = """Boas Marta!

Perdona, ando liadísima. Antes del día 10 te lo pago, que estamos esperando a que nos ingresen la axuda del Concello para la carta en inglés y francés y en cuanto entre te lo paso.

Graciñas pola paciencia!!
Uxía

Enviado desde mi Galaxy
"""
attr = "-------- Mensaje original --------\nDe: Marta Iglesias Souto <marta@soutotraducciones.es>\nFecha: 24/2/27 9:00 (GMT+01:00)\nA: tabernaofiadeiro@gmail.com\nAsunto: Recordatorio: factura n.º MI-2027-006\n"
add(reply_headers(addr("Taberna O Fiadeiro", "tabernaofiadeiro@gmail.com"), who(MARTA),
                  rfcdate("2027-02-26 15:58:31", "+0100"), "RE: Recordatorio: factura n.º MI-2027-006",
                  plain_id("pr-fiadeiro", "email.android.com", style="plain"), [owner_id("rem-MI-2027-006", MARTA["dom"])]),
    Alt(P(own + "\n\n" + attr + "\n" + q, cte="base64"),
        H('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
          '<div dir="auto">' + html_paras(own) + '</div><br><br><div>' + html_paras(attr + "\n" + q)
          + "</div></body></html>\n", cte="base64")),
    {"kind": "client-reply-promise", "promised_date": "2027-03-10",
     "note": "Written 26 February: 'antes del día 10' is 10 March. Galician words ('Boas', 'axuda', 'Graciñas pola paciencia') in a Spanish message."},
    own=own)

# --- Fundación (Granada): pagará cuando llegue la subvención, sin fecha
inv = inv_for(DIEGO, number="F-2026-128", amount="950,00 €", due="2026-12-20",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Hola Diego:

Te escribo por lo de la factura de las fotos de la memoria. Siento muchísimo el retraso. Estamos sin liquidez hasta que la Junta nos ingrese la subvención del programa de inserción, que según nos dicen será en las próximas semanas. En cuanto llegue, es lo primero que pagamos, te lo garantizo.

Si necesitas un papel firmado reconociendo la deuda, dímelo y te lo mando.

Un abrazo,

Rocío Maldonado
Coordinadora
Fundación Albaicín Acoge
"""
attr = gmail_attr("2027-01-07 9:00", "Diego Salcedo Ruiz", DIEGO["addr"])
add(reply_headers(addr("Rocío Maldonado", "coordinacion@albaicinacoge.org"), who(DIEGO),
                  rfcdate("2027-01-08 13:02:57", "+0100"), "Re: Recordatorio: factura n.º F-2026-128",
                  gmail_id("pr-albaicin"), [owner_id("rem-F-2026-128", DIEGO["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-promise",
     "note": "Will pay when the grant arrives 'en las próximas semanas': a promise without a day."},
    own=own)

# --- Constructora (Lima): 'le estaremos cancelando el día 30'
inv = inv_for(RENZO, number="E001-112", amount="S/ 2.450,00", due="2026-11-13",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Estimado Sr. Quispe:

Buenos días. En atención a su correo, le comunicamos que le estaremos cancelando el recibo por honorarios E001-112 el día 30 del presente mes, por el importe de S/ 2,450.00, mediante transferencia a su cuenta BCP.

Atentamente,

Katherine Salazar
Tesorería
Constructora Huallaga S.A.C.
"""
ob = outlook_block("2026-11-17 9:00", "Renzo Quispe Huamán <renzo@quispearq.pe>",
                   "Tesorería Huallaga <tesoreria@constructorahuallaga.pe>",
                   "Recibo por honorarios E001-112 vencido", q, style="fecha")
add(reply_headers(addr("Katherine Salazar", "tesoreria@constructorahuallaga.pe"), who(RENZO),
                  rfcdate("2026-11-18 11:20:37", "-0500"), "RE: Recibo por honorarios E001-112 vencido",
                  outlook_id("pr-huallaga", "LAT"), [owner_id("inv-E001-112", RENZO["dom"]), owner_id("rem-E001-112", RENZO["dom"])]),
    Alt(P(own + "\n" + ob),
        H(outlook_html(own, [("De:", "Renzo Quispe Huamán <renzo@quispearq.pe>"),
                             ("Fecha:", "martes, 17 de noviembre de 2026, 9:00"),
                             ("Para:", "Tesorería Huallaga <tesoreria@constructorahuallaga.pe>"),
                             ("Asunto:", "Recibo por honorarios E001-112 vencido")], q))),
    {"kind": "client-reply-promise", "promised_date": "2026-11-30", "amount": "2450.00", "currency": "PEN",
     "reference": "E001-112",
     "note": "Peruvian 'cancelar' means to pay, not to cancel; 'el día 30 del presente mes' written 18 November is 30 November."},
    own=own)

# --- Bodega (Alfaro, La Rioja): contabilidad, pago programado el 28/02; Outlook windows-1252
inv = inv_for(LUCIA, number="LF27-008", amount="2.178,00 €", due="2027-02-10",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Buenos días, Lucía:

Te confirmo que tenemos la factura LF27-008 de las etiquetas de la nueva gama. El pago está programado para el 28/02, que es cuando pagamos a todos los proveedores de febrero.

Un saludo,

Laura Oteiza
Dpto. de Contabilidad
Bodegas Sierra de Yerga, S.L. - Alfaro (La Rioja)
"""
fields = [("De:", "Lucía Ferrer Montoya <hola@luciaferrer.studio>"),
          ("Enviado el:", "lunes, 15 de febrero de 2027 8:00"),
          ("Para:", "Contabilidad Sierra de Yerga <contabilidad@sierradeyerga.es>"),
          ("Asunto:", "Recordatorio: factura n.º LF27-008")]
add(reply_headers(addr("Laura Oteiza", "contabilidad@sierradeyerga.es"), who(LUCIA),
                  rfcdate("2027-02-15 10:19:50", "+0100"), "RE: Recordatorio: factura n.º LF27-008",
                  outlook_id("pr-yerga"), [owner_id("rem-LF27-008", LUCIA["dom"])],
                  extra=[("Content-Language", "es-ES")]),
    Alt(P(own + "\n" + outlook_block("2027-02-15 8:00", fields[0][1], fields[2][1], fields[3][1], q),
          cs="windows-1252"),
        H(outlook_html(own, fields, q, charset="windows-1252"), cs="windows-1252")),
    {"kind": "client-reply-promise", "promised_date": "2027-02-28", "reference": "LF27-008",
     "note": "'Programado para el 28/02' is the promised day (a Sunday, still the day named)."},
    own=own)

# --- Azulejos online (Castellón): pagó una factura ayer y promete la otra para el día 15
inv = inv_for(LUCIA, saludo="Estimados señores:", number="LF26-140", deadline="2027-01-15",
              total="1.573,00 €",
              invoices=[{"number": "LF26-140", "issue": "2026-11-16", "due": "2026-12-16", "days_late": 22,
                         "amount": "847,00 €"},
                        {"number": "LF26-152", "issue": "2026-12-01", "due": "2026-12-31", "days_late": 7,
                         "amount": "726,00 €"}])
q = statement(inv)
own = """Hola Lucía, feliz año!

La LF26-140 te la pagué ayer, te tendría que llegar hoy o el lunes. La LF26-152 va en la remesa del día 15 con las demás de diciembre.

Saludos,
Héctor
Azulejos del Grao - tienda online
"""
attr = gmail_attr("2027-01-07 9:00", "Lucía Ferrer Montoya", LUCIA["addr"])
add(reply_headers(addr("Héctor Montañés", "hector@azulejosdelgrao.com"), who(LUCIA),
                  rfcdate("2027-01-08 10:44:02", "+0100"), "Re: Facturas pendientes de pago",
                  gmail_id("pr-grao"), [owner_id("stmt-grao", LUCIA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-promise", "promised_date": "2027-01-15",
     "note": "One invoice paid yesterday, the other promised for the 15th: promise wins over paid. Two invoices are named, so no reference."},
    own=own)

# --- Zapatería online (Elche): contesta al aviso de suspensión; 'el lunes a primera hora'
inv = inv_for(ANDRES, number="2026/140", amount="363,00 €", due="2026-12-15", deadline="2027-02-10",
              suspension="2027-02-11", saludo="Estimados señores:")
q = reminder("suspension", inv)
own = """Andrés, no suspendáis nada por favor, que estamos en plena campaña de rebajas y si se cae la tienda nos matas.

Os hago la transferencia el lunes a primera hora, hoy ya no me da tiempo a que salga del banco.

Toni Pastor
Calzados Vinalopó Online
"""
ob = outlook_block("2027-02-04 9:00", "Andrés Villalba Rojo <andres@villalbaweb.es>",
                   "tienda@calzadosvinalopo.com", "Factura n.º 2026/140: pago pendiente", q)
add(reply_headers(addr("Toni Pastor", "tienda@calzadosvinalopo.com"), who(ANDRES),
                  rfcdate("2027-02-04 18:31:22", "+0100"), "RE: Factura n.º 2026/140: pago pendiente",
                  outlook_id("pr-vinalopo"),
                  [owner_id("inv-2026/140", ANDRES["dom"]), owner_id("rem-2026/140", ANDRES["dom"]),
                   owner_id("sus-2026/140", ANDRES["dom"])]),
    P(own + "\n" + ob),
    {"kind": "client-reply-promise", "promised_date": "2027-02-08",
     "note": "Written Thursday 4 February in reply to the suspension warning: 'el lunes' is Monday 8 February."},
    own=own)

# --- Academia de idiomas (Zamora): HTML de Outlook sin parte de texto; se abonará el 10 de diciembre
inv = inv_for(MARTA, number="MI-2026-044", amount="968,00 €", due="2026-11-20",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Buenos días, Marta:

Le confirmo que la factura MI-2026-044, por importe de 968,00 €, está aprobada y se abonará el próximo 10 de diciembre junto con el resto de proveedores.

Reciba un cordial saludo,

Pilar Bermejo
Administración
Academia Duero Idiomas
Avda. Tres Cruces, 8 - 49008 Zamora
"""
add(reply_headers(addr("Pilar Bermejo", "administracion@dueroidiomas.es"), who(MARTA),
                  rfcdate("2026-11-26 12:48:13", "+0100"), "RE: Recordatorio: factura n.º MI-2026-044",
                  outlook_id("pr-duero"), [owner_id("rem-MI-2026-044", MARTA["dom"])],
                  extra=[("Content-Language", "es-ES")]),
    H(outlook_html(own, [("De:", "Marta Iglesias Souto <marta@soutotraducciones.es>"),
                         ("Enviado el:", "miércoles, 25 de noviembre de 2026 9:00"),
                         ("Para:", "Administración Duero Idiomas <administracion@dueroidiomas.es>"),
                         ("Asunto:", "Recordatorio: factura n.º MI-2026-044")], q)),
    {"kind": "client-reply-promise", "promised_date": "2026-12-10", "amount": "968.00", "currency": "EUR",
     "reference": "MI-2026-044",
     "note": "HTML only; 'se abonará el próximo 10 de diciembre' is a promise with a day, although the invoice is 'aprobada'."},
    own=own)


# =============================================================================================
# client-reply-dispute
# =============================================================================================

# --- Estudio de arquitectura (Valladolid): el importe no cuadra con el presupuesto
inv = inv_for(ANDRES, number="2026/121", amount="2.722,50 €", due="2026-11-20",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Hola Andrés:

Revisando tu factura 2026/121 vemos que el importe no cuadra con el presupuesto que aceptamos en septiembre: eran 1.800 € + IVA por la web completa, y la factura viene con 2.250 € de base. Entendemos que has sumado las horas de la galería de proyectos, pero eso lo hablamos en la reunión y quedamos en que entraba en el precio.

Hasta que no nos mandes una factura rectificativa con el importe del presupuesto no podemos tramitarla.

Un saludo,

Elena Garrido
Garrido & Sanz Arquitectura
C/ Santa María, 5 - Valladolid
"""
fields = [("De:", "Andrés Villalba Rojo <andres@villalbaweb.es>"),
          ("Enviado:", "martes, 24 de noviembre de 2026 9:00"),
          ("Para:", "Elena Garrido <elena@garridosanz.es>"),
          ("Asunto:", "Recordatorio: factura n.º 2026/121")]
add(reply_headers(addr("Elena Garrido", "elena@garridosanz.es"), who(ANDRES),
                  rfcdate("2026-11-24 13:15:40", "+0100"), "RE: Recordatorio: factura n.º 2026/121",
                  outlook_id("d-garrido"), [owner_id("rem-2026/121", ANDRES["dom"])],
                  cc=addr("Javier Sanz", "javier@garridosanz.es")),
    Alt(P(own + "\n" + outlook_block("2026-11-24 9:00", fields[0][1], fields[2][1], fields[3][1], q)),
        H(outlook_html(own, fields, q))),
    {"kind": "client-reply-dispute", "reference": "2026/121",
     "note": "The amount does not match the accepted quote and they want a corrected invoice before paying; the figures quoted (1.800, 2.250) are neither paid nor promised."},
    own=own)

# --- Tienda (Querétaro, México): ya se había cobrado el mismo concepto
inv = inv_for(PAULA, number="A-341", amount="3.480,00 MXN", due="2026-11-20",
              saludo="Buenos días, Sofía Medina:")
q = reminder("reminder", inv)
own = """Hola Paula, oye creo que hay un error: la A-341 es por el mantenimiento de octubre y ese ya te lo pagamos con la A-318, tengo el comprobante del 5 de noviembre. ¿Me la puedes cancelar o revisar? No la vamos a pagar doble 😅

Saludos!
Sofi
"""
attr = gmail_attr("2026-11-23 9:00", "Paula Orozco Garza", PAULA["addr"])
add(reply_headers(addr("Sofía Medina", "sofia@lacasitadelbordado.mx"), who(PAULA),
                  rfcdate("2026-11-23 12:27:51", "-0600"), "Re: Recordatorio de pago: factura A-341",
                  gmail_id("d-bordado"), [owner_id("rem-A-341", PAULA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-dispute",
     "note": "Already billed: the same month was paid with A-318, so A-341 will not be paid; here 'cancelar' means cancel the Mexican CFDI. Two invoice numbers appear, so no reference."},
    own=own)

# --- Restaurante (Cartagena, Colombia): el trabajo no está terminado
inv = inv_for(JULIAN, number="FE-903", amount="$ 3.200.000", due="2026-12-15",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Julián buenas tardes,

Con todo respeto, el menú digital todavía no está terminado. El código QR no abre bien en los iPhone, los clientes se quejan todas las noches, y faltan todos los platos de la carta de postres y cócteles que le mandamos hace un mes.

Nosotros no vamos a pagar hasta que esté completo lo que se acordó. Cuando esté funcionando hablamos.

Atentamente,
Andrés Felipe Mejía
Administrador
Restaurante Mar de Leva - Cartagena
"""
attr = gmail_attr("2026-12-18 9:00", "Julián Restrepo Arango", JULIAN["addr"])
add(reply_headers(addr("Restaurante Mar de Leva", "administracion@mardeleva.co"), who(JULIAN),
                  rfcdate("2026-12-18 16:03:12", "-0500"), "Re: Factura electrónica FE-903",
                  gmail_id("d-leva"), [owner_id("inv-FE-903", JULIAN["dom"]), owner_id("rem-FE-903", JULIAN["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-dispute",
     "note": "Work not finished, payment withheld until it is; 'cuando esté funcionando hablamos' is no promise. The invoice number is only in the subject and the quote."},
    own=own)

# --- Hostería (Bariloche, Argentina): pide pagar el 70 % por el retraso
inv = inv_for(TOMAS, number="C 0002-00000090", amount="$ 540.000,00", due="2027-01-10",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Hola Tomás, ¿cómo andás?

Te escribo por la factura de la web. Entendemos que el trabajo está hecho y quedó lindo, pero el proyecto se retrasó tres semanas sobre lo que habíamos hablado y salimos sin sistema de reservas justo en la temporada de verano, que para nosotros es la mitad del año. Perdimos reservas directas y tuvimos que pagar comisión a Booking por todo enero.

Por eso te proponemos pagarte el 70% del total y dar el tema por cerrado. Decime si te parece razonable.

Saludos,
Marcela Quiroga
Hostería Los Alerces - Bariloche
"""
attr = gmail_attr("2027-01-14 9:00", "Tomás Aguirre", TOMAS["addr"])
add(reply_headers(addr("Marcela Quiroga", "reservas@hosterialosalerces.com.ar"), who(TOMAS),
                  rfcdate("2027-01-15 11:48:03", "-0300"), "Re: Factura C 0002-00000090",
                  gmail_id("d-alerces"), [owner_id("inv-0090", TOMAS["dom"]), owner_id("rem-0090", TOMAS["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-dispute",
     "note": "Asks for a 30% discount for the delay; offering to pay 70% is a dispute, not a promise, and no sum is stated."},
    own=own)

# --- Conservera (A Coruña): CIF mal, pide rectificativa; Outlook windows-1252
inv = inv_for(MARTA, number="MI-2026-062", amount="1.573,00 €", due="2026-12-05",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Estimada Sra. Iglesias:

Le comunicamos que la factura MI-2026-062 contiene un error en nuestro CIF (figura A15203344 y el correcto es A15203341). Para poder contabilizarla necesitamos que nos emita una factura rectificativa que anule la anterior y una nueva con los datos correctos.

Una vez recibida, procederemos al pago según las condiciones habituales.

Atentamente,

Departamento de Administración
Conservas Rías Altas, S.A.
Polígono de Sabón, parcela 41 - 15142 Arteixo (A Coruña)
"""
fields = [("De:", "Marta Iglesias Souto [mailto:marta@soutotraducciones.es]"),
          ("Enviado el:", "miércoles, 9 de diciembre de 2026 9:00"),
          ("Para:", "Administración <administracion@riasaltas.es>"),
          ("Asunto:", "Recordatorio: factura n.º MI-2026-062")]
add(reply_headers(addr("Administración Rías Altas", "administracion@riasaltas.es"), who(MARTA),
                  rfcdate("2026-12-10 10:06:29", "+0100"), "RE: Recordatorio: factura n.º MI-2026-062",
                  outlook_id("d-riasaltas"), [owner_id("rem-MI-2026-062", MARTA["dom"])],
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")]),
    Alt(P(own + "\n" + outlook_block("2026-12-09 9:00", fields[0][1], fields[2][1], fields[3][1], q,
                                     style="es-old"), cs="windows-1252"),
        H(outlook_html(own, fields, q, charset="windows-1252"), cs="windows-1252")),
    {"kind": "client-reply-dispute", "reference": "MI-2026-062",
     "note": "Wrong tax ID: they ask for a corrective invoice and will not pay this one; 'procederemos al pago' is conditional on the new invoice and has no day."},
    own=own)

# --- Almazara (Jaén): respuesta airada al requerimiento formal (correo certificado); 'no lo encargamos'
cover = """Estimados señores:

Se adjunta, en PDF, el requerimiento de pago relativo a la factura n.º F-2026-111, por un total de 1.139,45 €, que es también una invitación a negociar una solución. El plazo para el pago es de 15 días naturales desde la recepción (hasta el 3 de marzo de 2027).

Cualquier respuesta puede enviarse a esta misma dirección.

Atentamente,
Diego Salcedo Ruiz
"""
own = """Sr. Salcedo:

No pienso pagar algo que no encargamos. Las fotos de la almazara las pidió mi cuñado por su cuenta, sin consultarme, y no tiene ningún poder en la empresa. Si quiere cobrarlas, reclámeselas a él.

Cualquier otra comunicación, a través de mi abogado, D. Francisco Moral (francisco.moral@moralabogados.es).

Juan Antonio Cano
Administrador único
Aceites Sierra Mágina, S.L.
"""
attr = gmail_attr("2027-02-16 10:00", "Diego Salcedo Ruiz", DIEGO["addr"])
add(reply_headers(addr("Juan Antonio Cano", "gerencia@aceitessierramagina.es"), who(DIEGO),
                  rfcdate("2027-02-17 20:12:45", "+0100"),
                  "Re: Requerimiento de pago e invitación a negociar – factura n.º F-2026-111",
                  gmail_id("d-magina"), [owner_id("inv-F-2026-111", DIEGO["dom"]), owner_id("fn-F-2026-111", DIEGO["dom"])],
                  cc=addr("Francisco Moral", "francisco.moral@moralabogados.es")),
    Alt(P(own + "\n" + attr + "\n\n" + gt(cover)), H(gmail_html(own, attr, cover))),
    {"kind": "client-reply-dispute",
     "note": "Reply to the formal demand: refuses to pay work he says was not ordered by the company; the invoice number is only in the subject and the quoted cover letter."},
    own=own)

# --- Ayuntamiento (Ponferrada): la Intervención rechaza la factura por faltar los códigos DIR3
inv = inv_for(MARTA, number="MI-2026-067", amount="2.117,50 €", due="2027-01-15",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Buenos días:

En relación con su correo, le informo de que la factura n.º MI-2026-067 presentada a través de FACe fue rechazada el pasado 12 de enero por la Intervención municipal, al no incluir los códigos DIR3 de oficina contable, órgano gestor y unidad tramitadora (L01241155 / L01241155 / GE0001234). Por ese motivo no consta como pendiente de pago en nuestra contabilidad.

Deberá presentar una nueva factura electrónica con los códigos correctos. Una vez conformada por el servicio de Turismo se tramitará su pago en los plazos legales.

Atentamente,

M.ª Ángeles Prieto Rodríguez
Negociado de Intervención
Ayuntamiento de Ponferrada
"""
fields = [("De:", "Marta Iglesias Souto <marta@soutotraducciones.es>"),
          ("Enviado:", "lunes, 18 de enero de 2027 9:00"),
          ("Para:", "Intervención <intervencion@ponferrada-ayto.es>"),
          ("Asunto:", "Recordatorio: factura n.º MI-2026-067")]
add(reply_headers(addr("Intervención - Ayuntamiento de Ponferrada", "intervencion@ponferrada-ayto.es"), who(MARTA),
                  rfcdate("2027-01-19 12:52:08", "+0100"), "RE: Recordatorio: factura n.º MI-2026-067",
                  plain_id("d-ponferrada", "ponferrada-ayto.es"), [owner_id("rem-MI-2026-067", MARTA["dom"])]),
    Alt(P(own + "\n" + outlook_block("2027-01-18 9:00", fields[0][1], fields[2][1], fields[3][1], q)),
        H(outlook_html(own, fields, q))),
    {"kind": "client-reply-dispute", "reference": "MI-2026-067",
     "note": "A municipal clerk (human, not the FACe robot) says the invoice was rejected and must be issued again: payment withheld, so dispute, though a reader might call it a simple question of form."},
    own=own)

# --- Agencia digital (Santiago de Chile): las horas no coinciden
inv = inv_for(VALENTINA, number="226", amount="$ 1.260.000", due="2026-12-30",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Hola Valentina,

Revisamos la boleta 226 y las horas no nos cuadran: ahí se cobran 42 horas y en el Toggl compartido tenemos registradas 30 para el proyecto de la viña. Puede que haya horas que no cargaste, pero no podemos aprobar algo que no está registrado.

Si nos emites una boleta nueva por las 30 horas la pagamos esa misma semana. Si crees que faltan horas, mándanos el detalle y lo vemos.

Saludos,
Ignacio Fuentes
Director de Proyectos
Pehuén Digital
"""
attr = gmail_attr("2027-01-05 9:00", "Valentina Muñoz Araya", VALENTINA["addr"])
add(reply_headers(addr("Ignacio Fuentes", "ifuentes@pehuendigital.cl"), who(VALENTINA),
                  rfcdate("2027-01-05 17:34:26", "-0300"), "Re: Boleta de honorarios N° 226",
                  gmail_id("d-pehuen"), [owner_id("inv-226", VALENTINA["dom"]), owner_id("rem-226", VALENTINA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-dispute", "reference": "226",
     "note": "Contests the hours billed (42 vs 30) and would pay only a new boleta; the conditional 'la pagamos esa misma semana' does not make it a promise."},
    own=own)

# --- Inmobiliaria (Lima): pagó una parte y se niega a pagar el saldo
inv = inv_for(RENZO, number="E001-119", amount="S/ 4.800,00", due="2027-01-20",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Estimado Renzo:

Hemos depositado S/ 1,500.00 a su cuenta, que corresponde a los renders de fachada e interiores que fueron aprobados.

El saldo del recibo E001-119 no lo vamos a pagar, porque los recorridos virtuales no se entregaron en la resolución acordada (4K, según la propuesta del 3 de noviembre) sino en 1080p, y no los podemos usar en la sala de ventas. Si los vuelve a entregar como se pactó, conversamos.

Saludos,

Arq. Diego Alvarado
Jefe de Proyectos
Grupo Inmobiliario Costanera
"""
fields = [("De:", "Renzo Quispe Huamán <renzo@quispearq.pe>"),
          ("Enviado el:", "lunes, 25 de enero de 2027 09:00"),
          ("Para:", "Diego Alvarado <dalvarado@costanera.pe>"),
          ("Asunto:", "Recibo por honorarios E001-119")]
add(reply_headers(addr("Diego Alvarado", "dalvarado@costanera.pe"), who(RENZO),
                  rfcdate("2027-01-26 15:11:39", "-0500"), "RE: Recibo por honorarios E001-119",
                  outlook_id("d-costanera", "LAT"), [owner_id("inv-E001-119", RENZO["dom"]), owner_id("rem-E001-119", RENZO["dom"])]),
    Alt(P(own + "\n" + outlook_block("2027-01-25 9:00", fields[0][1], fields[2][1], fields[3][1], q)),
        H(outlook_html(own, fields, q))),
    {"kind": "client-reply-dispute", "amount": "1500.00", "currency": "PEN", "reference": "E001-119",
     "note": "Part paid (S/ 1,500.00) and the balance refused: dispute beats paid; the amount is the part actually paid."},
    own=own)

# --- Hotel rural (La Rioja): pagarán la factura pero no los intereses ni los 40 €
inv = inv_for(LUCIA, number="LF26-128", amount="1.331,00 €", due="2026-12-05", days_late=40,
              deadline="2027-01-21", fee_total="1.385,80 €", saludo="Estimados señores:",
              fee_lines=["factura n.º LF26-128: 1.331,00 €",
                         "intereses de demora (10,15 % anual, 40 días): 14,80 €",
                         "indemnización por costes de cobro (art. 8): 40,00 €",
                         "total: 1.385,80 €"])
q = reminder("late_fee", inv)
own = """Buenos días, Lucía:

No estamos conformes con el recargo que nos aplicas. Siempre hemos pagado a 60 días y nunca ha habido ningún problema, y ahora de repente intereses y 40 € de "indemnización" por un retraso de unas semanas.

Pagaremos el importe de la factura, los 1.331 €, pero no los intereses ni la indemnización. Si insistes en cobrarlos, tendremos que replantearnos la colaboración.

Un saludo,

Carmen Ruiz de Vergara
Hotel Rural Valle del Iregua
Torrecilla en Cameros (La Rioja)
"""
fields = [("De:", "Lucía Ferrer Montoya <hola@luciaferrer.studio>"),
          ("Enviado:", "jueves, 14 de enero de 2027 9:00"),
          ("Para:", "Hotel Valle del Iregua <reservas@hotelvalleiregua.es>"),
          ("Asunto:", "Factura n.º LF26-128: pago pendiente")]
add(reply_headers(addr("Hotel Valle del Iregua", "reservas@hotelvalleiregua.es"), who(LUCIA),
                  rfcdate("2027-01-14 18:02:55", "+0100"), "RE: Factura n.º LF26-128: pago pendiente",
                  outlook_id("d-iregua"),
                  [owner_id("inv-LF26-128", LUCIA["dom"]), owner_id("rem-LF26-128", LUCIA["dom"]),
                   owner_id("lf-LF26-128", LUCIA["dom"])]),
    Alt(P(own + "\n" + outlook_block("2027-01-14 9:00", fields[0][1], fields[2][1], fields[3][1], q)),
        H(outlook_html(own, fields, q))),
    {"kind": "client-reply-dispute", "amount": "1331.00", "currency": "EUR",
     "note": "Refuses the statutory interest and the 40 EUR while promising the invoice amount (no day): dispute beats promise; the amount is the 1,331 EUR they say they will pay."},
    own=own)

# --- Cafetería (Oaxaca): faltó una de las tres propuestas de logo
inv = inv_for(PAULA, number="A-355", amount="7.540,00 MXN", due="2027-01-08",
              saludo="Buenos días, Rosa Martínez:")
q = reminder("reminder", inv)
own = """Hola Paula buenos días

Una pregunta antes de pagar: en la cotización quedamos en 3 propuestas de logo y solo nos llegaron 2, y ninguna de las dos es lo que platicamos (queríamos algo con el mezcal y la montaña, no tan minimalista). Antes de pagar la A-355 queremos ver la tercera propuesta, como dice la cotización.

Gracias, saludos
Rosa Martínez
Café Tierra Alta, Oaxaca
"""
attr = gmail_attr("2027-01-12 9:00", "Paula Orozco Garza", PAULA["addr"])
add(reply_headers(addr("Rosa Martínez", "cafetierraalta.oax@gmail.com"), who(PAULA),
                  rfcdate("2027-01-12 11:05:48", "-0600"), "Re: Recordatorio de pago: factura A-355",
                  gmail_id("d-tierraalta"), [owner_id("rem-A-355", PAULA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-dispute", "reference": "A-355",
     "note": "Opens with 'una pregunta' but withholds payment until the missing third proposal arrives: dispute, not other."},
    own=own)

# --- Consultora (Quito): el pago es contra entrega del informe final
inv = inv_for(MARTA, number="MI-2026-070", amount="2.640,00 USD", due="2027-01-31",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Estimada Marta:

Según la cláusula cuarta del contrato de servicios, el pago se realiza contra entrega del informe final traducido. A la fecha hemos recibido los capítulos 1 a 5; faltan el 6 y el 7, además de los anexos.

Por lo tanto, la factura MI-2026-070 no es exigible todavía. Una vez recibida la traducción completa, la factura seguirá el trámite normal.

Saludos cordiales,

Eco. Gabriela Andrade
Gerente Administrativa
Consultora Andina de Proyectos Cía. Ltda.
Quito - Ecuador
"""
fields = [("De:", "Marta Iglesias Souto <marta@soutotraducciones.es>"),
          ("Enviado el:", "miércoles, 3 de febrero de 2027 3:00"),
          ("Para:", "Gabriela Andrade <gandrade@consultoraandina.ec>"),
          ("Asunto:", "Recordatorio: factura n.º MI-2026-070")]
add(reply_headers(addr("Gabriela Andrade", "gandrade@consultoraandina.ec"), who(MARTA),
                  rfcdate("2027-02-03 10:40:21", "-0500"), "RE: Recordatorio: factura n.º MI-2026-070",
                  outlook_id("d-andina", "LAT"), [owner_id("rem-MI-2026-070", MARTA["dom"])]),
    H(outlook_html(own, fields, q)),
    {"kind": "client-reply-dispute", "reference": "MI-2026-070",
     "note": "HTML only; says the invoice is not yet payable under the contract because the work is incomplete: payment withheld."},
    own=own)

# --- Invernaderos (Almería): 'esta factura no es nuestra'
inv = inv_for(DIEGO, number="F-2026-125", amount="726,00 €", due="2026-12-28",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Esta factura no es nuestra. No tenemos contratado nada con usted ni conocemos a nadie de su empresa. Revise el destinatario y no nos mande más recordatorios, por favor.

Contabilidad
Invernaderos Campo de Níjar, S.L.
"""
add(reply_headers(addr("Contabilidad Campo de Níjar", "contabilidad@camponijar.es"), who(DIEGO),
                  rfcdate("2027-01-04 09:22:17", "+0100"), "RE: Recordatorio: factura n.º F-2026-125",
                  plain_id("d-nijar", "camponijar.es"), [owner_id("rem-F-2026-125", DIEGO["dom"])],
                  extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    P(own + "\n" + outlook_block("2027-01-04 8:00", "Diego Salcedo Ruiz [mailto:diego@salcedofoto.es]",
                                  "contabilidad@camponijar.es", "Recordatorio: factura n.º F-2026-125", q,
                                  style="es-old"), cs="iso-8859-15"),
    {"kind": "client-reply-dispute",
     "note": "Denies the invoice altogether and will not pay; it could pass for a wrong-recipient note, but it contests the charge. Latin-9 (ISO-8859-15) so the euro sign in the quote survives."},
    own=own)


# =============================================================================================
# client-reply-other
# =============================================================================================

# --- Escuela de flamenco (Granada): recibido, lo pasa a la gestoría; iPhone
inv = inv_for(DIEGO, number="F-2026-133", amount="242,00 €", due="2026-12-20", issue="2026-11-20",
              saludo="Buenos días, Lola Heredia:")
q = reminder("courtesy", inv)
own = """Recibido Diego, se lo paso a la gestoría que es quien hace los pagos. Las fotos han quedado preciosas!

Lola

Enviado desde mi iPhone
"""
attr = apple_attr("2026-12-15 9:00", "Diego Salcedo Ruiz", DIEGO["addr"])
add(reply_headers(addr("Lola Heredia", "escuela@flamencosacromonte.es"), who(DIEGO),
                  rfcdate("2026-12-15 10:26:44", "+0100"), "Re: Recordatorio: la factura n.º F-2026-133 vence pronto",
                  apple_id("o-sacromonte", "flamencosacromonte.es"), [owner_id("cty-F-2026-133", DIEGO["dom"])],
                  extra=[("X-Mailer", "iPhone Mail (22C152)"), ("Mime-Version", "1.0 (1.0)")]),
    P(own + "\n" + attr + "\n\n" + gt(q), quote_cs=False),
    {"kind": "client-reply-other",
     "note": "Acknowledges the friendly pre-due reminder and passes it to her accountants; nothing paid or promised."},
    own=own)

# --- Mesón (Salamanca): pide el IBAN otra vez (aunque está en el recordatorio)
inv = inv_for(ANDRES, number="2026/129", amount="423,50 €", due="2026-11-30",
              saludo="Buenos días, Fernando Hernández:")
q = reminder("reminder", inv)
own = """Buenas Andrés,

¿Me puedes volver a pasar el número de cuenta? El que tengo me da error al meterlo en la app, me dice que el dígito de control no es válido. Igual lo copié mal yo.

Gracias
Fernando
Mesón La Rúa - Salamanca
"""
attr = gmail_attr("2026-12-03 9:00", "Andrés Villalba Rojo", ANDRES["addr"])
add(reply_headers(addr("Fernando Hernández", "mesonlarua.sa@gmail.com"), who(ANDRES),
                  rfcdate("2026-12-03 16:40:11", "+0100"), "Re: Recordatorio: factura n.º 2026/129",
                  gmail_id("o-larua"), [owner_id("rem-2026/129", ANDRES["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-other",
     "note": "Asks for the bank details again (they are in the quoted reminder); no payment made or promised."},
    own=own)

# --- Centro de fisioterapia (Valencia): la transferencia ha sido devuelta
inv = inv_for(LUCIA, number="LF26-137", amount="544,50 €", due="2026-12-10",
              saludo="Buenos días, Sergio Climent:")
q = reminder("reminder", inv)
own = """Hola Lucía,

Te hice la transferencia el día 11 pero hoy el banco me la ha devuelto, pone "cuenta inexistente o cancelada". He mirado y el IBAN que metí es el de tu factura, el que acaba en 8873. ¿Puedes confirmarme el número de cuenta o si ha cambiado?

Un saludo,
Sergio Climent
Fisioteràpia Russafa
"""
attr = gmail_attr("2026-12-14 9:00", "Lucía Ferrer Montoya", LUCIA["addr"])
add(reply_headers(addr("Sergio Climent", "sergio@fisioterapiarussafa.es"), who(LUCIA),
                  rfcdate("2026-12-16 19:08:35", "+0100"), "Re: Recordatorio: factura n.º LF26-137",
                  gmail_id("o-russafa"), [owner_id("rem-LF26-137", LUCIA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-other",
     "note": "He did transfer, but the bank returned it and nothing has been sent again: no money is on its way, so other, not paid."},
    own=own)

# --- Boutique (Guadalajara, México): pide el XML del CFDI
inv = inv_for(PAULA, number="A-350", amount="5.104,00 MXN", due="2026-12-10",
              saludo="Buenos días, Daniela Íñiguez:")
q = reminder("reminder", inv)
own = """Hola Paula!

¿Me podrías reenviar el XML de la factura A-350? Solo me llegó el PDF y el contador lo necesita para la contabilidad electrónica del SAT.

Mil gracias
Dani
"""
attr = gmail_attr("2026-12-14 9:00", "Paula Orozco Garza", PAULA["addr"])
add(reply_headers(addr("Daniela Íñiguez", "dani@boutiquemaguey.mx"), who(PAULA),
                  rfcdate("2026-12-14 13:33:29", "-0600"), "Re: Recordatorio de pago: factura A-350",
                  gmail_id("o-maguey"), [owner_id("rem-A-350", PAULA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-other", "reference": "A-350",
     "note": "Only asks for the CFDI XML; she does not say payment depends on it, so other, not dispute."},
    own=own)

# --- Constructora (Cali, Colombia): la asistente responde a mano que el gerente está de viaje
inv = inv_for(JULIAN, number="FE-921", amount="$ 4.500.000", due="2027-02-15",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Buenos días señor Restrepo,

El ingeniero Caicedo se encuentra de viaje en Bogotá hasta el próximo lunes. Le haré llegar su mensaje sobre la factura FE-921 apenas regrese, ya que él es quien autoriza los pagos.

Cordialmente,

Yeimy Rodríguez
Asistente de Gerencia
Caicedo & Lozano Constructores S.A.S.
Cali, Valle del Cauca
"""
fields = [("De:", "Julián Restrepo Arango <julian@restrepo.dev>"),
          ("Enviado:", "jueves, 18 de febrero de 2027 8:00"),
          ("Para:", "Gerencia <gerencia@caicedolozano.com.co>"),
          ("Asunto:", "Factura electrónica FE-921 pendiente")]
add(reply_headers(addr("Yeimy Rodríguez", "gerencia@caicedolozano.com.co"), who(JULIAN),
                  rfcdate("2027-02-18 09:14:52", "-0500"), "RE: Factura electrónica FE-921 pendiente",
                  outlook_id("o-caicedo", "LAT"), [owner_id("inv-FE-921", JULIAN["dom"]), owner_id("rem-FE-921", JULIAN["dom"])]),
    Alt(P(own + "\n" + outlook_block("2027-02-18 8:00", fields[0][1], fields[2][1], fields[3][1], q)),
        H(outlook_html(own, fields, q))),
    {"kind": "client-reply-other", "reference": "FE-921",
     "note": "Looks like an out-of-office, but a named assistant writes it by hand about this invoice, with no auto-reply headers: a client's reply of kind other."},
    own=own)

# --- Jardín infantil (Concepción, Chile): a qué mes corresponde la boleta
inv = inv_for(VALENTINA, number="228", amount="$ 290.000", due="2027-01-20",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Hola Vale, una consulta: la boleta 228 ¿es por los talleres de noviembre o de diciembre? Es para cargarla al centro de costo correcto, que la sostenedora nos pide todo separado por mes.

Gracias!
Francisca
Jardín Infantil Los Copihues - Concepción
"""
attr = gmail_attr("2027-01-25 9:00", "Valentina Muñoz Araya", VALENTINA["addr"])
add(reply_headers(addr("Francisca Henríquez", "jardinloscopihues@gmail.com"), who(VALENTINA),
                  rfcdate("2027-01-25 15:47:10", "-0300"), "Re: Boleta de honorarios N° 228",
                  gmail_id("o-copihues"), [owner_id("inv-228", VALENTINA["dom"]), owner_id("rem-228", VALENTINA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-other", "reference": "228",
     "note": "A bookkeeping question about which month the boleta covers; no payment news."},
    own=own)

# --- Escuela de surf (Laredo, Cantabria): pone en copia a la administrativa
inv = inv_for(DIEGO, number="F-2027-004", amount="665,50 €", due="2027-02-28",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Hola Diego!

Te pongo en copia a Nerea, de administración, que es quien lleva los pagos desde este año. Yo ya no toco nada de bancos 😄

Nerea, ¿puedes mirar esto cuando puedas? Es lo de las fotos de la web nueva.

Gracias!
Íker
Escuela de Surf La Salvé - Laredo
"""
attr = gmail_attr("2027-03-04 9:00", "Diego Salcedo Ruiz", DIEGO["addr"])
add(reply_headers(addr("Íker Gutiérrez", "iker@surflasalve.com"), who(DIEGO),
                  rfcdate("2027-03-04 11:02:33", "+0100"), "Re: Recordatorio: factura n.º F-2027-004",
                  gmail_id("o-salve"), [owner_id("rem-F-2027-004", DIEGO["dom"])],
                  cc=addr("Nerea Sainz", "administracion@surflasalve.com")),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-other",
     "note": "Forwards the matter to the person who handles payments (Cc); no promise."},
    own=own)

# --- Bodega (Cenicero, La Rioja): facturar a la nueva sociedad a partir de ahora
inv = inv_for(ANDRES, number="2027/014", amount="726,00 €", due="2027-03-05", issue="2027-02-05",
              saludo="Estimados señores:")
q = reminder("courtesy", inv)
own = """Buenos días Andrés,

Gracias por el aviso. Aprovecho para pedirte que las próximas facturas las emitas a nombre de la nueva sociedad, VIÑEDOS MARTÍNEZ ALESANCO, S.L., CIF B26587412, misma dirección. Desde el 1 de marzo facturamos todo por ahí.

Un saludo,
Rubén Martínez
Bodegas Martínez Alesanco - Cenicero
"""
fields = [("De:", "Andrés Villalba Rojo <andres@villalbaweb.es>"),
          ("Enviado:", "lunes, 1 de marzo de 2027 9:00"),
          ("Para:", "Bodegas Martínez Alesanco <info@martinezalesanco.es>"),
          ("Asunto:", "Recordatorio: la factura n.º 2027/014 vence pronto")]
add(reply_headers(addr("Rubén Martínez", "info@martinezalesanco.es"), who(ANDRES),
                  rfcdate("2027-03-01 12:19:47", "+0100"), "RE: Recordatorio: la factura n.º 2027/014 vence pronto",
                  outlook_id("o-alesanco"), [owner_id("cty-2027/014", ANDRES["dom"])]),
    Alt(P(own + "\n" + outlook_block("2027-03-01 9:00", fields[0][1], fields[2][1], fields[3][1], q)),
        H(outlook_html(own, fields, q))),
    {"kind": "client-reply-other",
     "note": "Asks that future invoices go to a new company; it does not question or refuse this one."},
    own=own)

# --- Academia de repaso (Lugo): 'Recibido, gracias' desde el móvil
inv = inv_for(MARTA, number="MI-2027-011", amount="181,50 €", due="2027-03-15", issue="2027-02-13",
              saludo="Buenos días, Xosé Vázquez:")
q = reminder("courtesy", inv)
own = """Recibido, gracias.

Enviado desde mi Galaxy
"""
attr = "-------- Mensaje original --------\nDe: Marta Iglesias Souto <marta@soutotraducciones.es>\nFecha: 10/3/27 9:00 (GMT+01:00)\nA: academiamuralla@gmail.com\nAsunto: Recordatorio: la factura n.º MI-2027-011 vence pronto\n"
add(reply_headers(addr("Academia A Muralla", "academiamuralla@gmail.com"), who(MARTA),
                  rfcdate("2027-03-10 10:51:03", "+0100"), "RE: Recordatorio: la factura n.º MI-2027-011 vence pronto",
                  plain_id("o-muralla", "email.android.com", style="plain"), [owner_id("cty-MI-2027-011", MARTA["dom"])]),
    P(own + "\n\n" + attr + "\n" + q, cte="base64"),
    {"kind": "client-reply-other",
     "note": "A bare acknowledgement from a phone; 'Recibido' is about the email, not money received."},
    own=own)

# --- Cooperativa (Córdoba, Argentina): ¿se puede pagar con Mercado Pago?
inv = inv_for(TOMAS, number="C 0002-00000099", amount="$ 260.000,00", due="2027-03-10",
              saludo="Estimados señores:")
q = reminder("due", inv)
own = """Hola Tomás, buenas.

¿Se puede pagar con tarjeta o por Mercado Pago? Te pregunto porque la transferencia desde la cuenta de la cooperativa necesita dos firmas y el tesorero está de licencia.

Gracias,
Lucas
Cooperativa de Trabajo El Algarrobo - Córdoba
"""
attr = gmail_attr("2027-03-10 9:00", "Tomás Aguirre", TOMAS["addr"])
add(reply_headers(addr("Lucas Bustos", "cooperativaelalgarrobo@gmail.com"), who(TOMAS),
                  rfcdate("2027-03-10 14:25:19", "-0300"), "Re: Factura C 0002-00000099",
                  gmail_id("o-algarrobo"), [owner_id("inv-0099", TOMAS["dom"]), owner_id("due-0099", TOMAS["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-other",
     "note": "Asks about another way to pay; no date or commitment."},
    own=own)

# --- Librería (Úbeda, Jaén): duda sobre la retención de IRPF; Apple Mail
inv = inv_for(LUCIA, number="LF27-019", amount="968,00 €", due="2027-03-01",
              saludo="Buenos días, Encarna Molina:")
q = reminder("reminder", inv)
own = """Hola Lucía, buenas tardes:

Perdona, ¿me confirmas el importe con la retención? Me sale distinto y no sé si lo estoy calculando mal yo: base 800, IVA 168 y retención del 15 %, 120, me da 848 €, y en el recordatorio pone 968. No sé si a nosotros nos toca retener o no, que el gestor está de vacaciones.

Un saludo,

Encarna Molina
Librería Alcázar · Úbeda
"""
attr = apple_attr("2027-03-03 9:00", "Lucía Ferrer Montoya", LUCIA["addr"])
add(reply_headers(addr("Encarna Molina", "libreriaalcazar@icloud.com"), who(LUCIA),
                  rfcdate("2027-03-03 17:36:40", "+0100"), "Re: Recordatorio: factura n.º LF27-019",
                  apple_id("o-alcazar", "icloud.com"), [owner_id("rem-LF27-019", LUCIA["dom"])],
                  extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]),
    P(own + "\n" + attr + "\n\n" + gt(q)),
    {"kind": "client-reply-other",
     "note": "A question about the IRPF withholding, asked as her own possible mistake; she does not contest the invoice or refuse to pay, so other rather than dispute."},
    own=own)

# --- Fundación (Cuenca, Ecuador): ya no trabaja allí, escriba a contabilidad
inv = inv_for(MARTA, number="MI-2027-002", amount="640,00 USD", due="2027-02-10",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Estimada Marta,

Le comento que ya no trabajo en la Fundación desde diciembre; me sigue llegando el correo porque aún tengo reenviada la cuenta. Por favor escriba a contabilidad@fundacionpumapungo.org.ec, que es quien lleva ahora las facturas de proveedores.

Saludos cordiales,
María Belén Ordóñez
"""
attr = gmail_attr("2027-02-15 3:00", "Marta Iglesias Souto", MARTA["addr"])
add(reply_headers(addr("María Belén Ordóñez", "mbordonez.cue@gmail.com"), who(MARTA),
                  rfcdate("2027-02-15 08:37:58", "-0500"), "Re: Recordatorio: factura n.º MI-2027-002",
                  gmail_id("o-pumapungo"), [owner_id("rem-MI-2027-002", MARTA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-other",
     "note": "A former employee answers by hand with the new address; it reads like a 'no longer in use' auto-reply but is written by a person."},
    own=own)

# --- Agencia de viajes (Mérida, Yucatán): lo revisa con el jefe
inv = inv_for(PAULA, number="A-366", amount="11.600,00 MXN", due="2027-03-05",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
own = """Hola Paula, ya lo estoy revisando con mi jefe y te aviso. Es que la cotización que tengo yo es de otro monto y quiero ver cuál es la buena antes de decirte algo.

Saludos
Itzel Canché
Mayab Viajes - Mérida, Yuc.
"""
attr = gmail_attr("2027-03-09 9:00", "Paula Orozco Garza", PAULA["addr"])
add(reply_headers(addr("Itzel Canché", "itzel@mayabviajes.com.mx"), who(PAULA),
                  rfcdate("2027-03-09 12:58:06", "-0600"), "Re: Recordatorio de pago: factura A-366",
                  gmail_id("o-mayab"), [owner_id("rem-A-366", PAULA["dom"])]),
    Alt(P(own + "\n" + attr + "\n\n" + gt(q)), H(gmail_html(own, attr, q))),
    {"kind": "client-reply-other",
     "note": "Checking the amount with her boss before answering: no promise and not yet a dispute (she only says her quote shows another figure)."},
    own=own)


# =============================================================================================
# payment-notification
# =============================================================================================

def bank_html(title, rows, intro, footer, color="#ec0000", brand="Santander"):
    r = "".join('<tr><td style="padding:6px 0;color:#6f7779;font-size:14px">%s</td>'
                '<td style="padding:6px 0;font-size:14px;font-weight:bold;text-align:right">%s</td></tr>\n'
                % (esc(k), esc(v)) for k, v in rows)
    return ('<!DOCTYPE html>\n<html lang="es"><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f5f5f5;font-family:Arial,Helvetica,sans-serif">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            '<tr><td style="background:%s;padding:18px 24px;color:#ffffff;font-size:22px;font-weight:bold">%s</td></tr>\n'
            '<tr><td style="padding:24px"><h1 style="font-size:20px;margin:0 0 16px 0">%s</h1>\n'
            '<p style="font-size:14px;line-height:20px">%s</p>\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0">\n%s</table>\n'
            '<p style="font-size:11px;color:#8a8a8a;line-height:15px;margin-top:28px">%s</p>\n'
            '</td></tr></table>\n</td></tr></table>\n</body></html>\n'
            % (esc(title), color, esc(brand), esc(title), esc(intro), r, esc(footer).replace("\n", "<br>")))


def rows_text(rows):
    return "\n".join("%s: %s" % (k, v) for k, v in rows)


# --- Banco Santander (España): transferencia recibida
rows = [("Importe", "423,50 EUR"), ("Ordenante", "CERVECERA ARTESANA ALPUJARRA SL"),
        ("Concepto", "FRA F-2026-130 FOTOGRAFIA PRODUCTO"), ("Cuenta", "ES90 **** **** **** **** 6610"),
        ("Fecha valor", "11/12/2026")]
intro = "Hola, DIEGO: te informamos de que has recibido una transferencia en tu cuenta."
footer = ("Este es un mensaje automático, por favor no respondas a este correo. Puedes consultar el detalle "
          "de tus movimientos en la app Santander.\nBanco Santander, S.A. Paseo de Pereda, 9-12, 39004 Santander.")
text = "Has recibido una transferencia\n\n" + intro + "\n\n" + rows_text(rows) + "\n\n" + footer + "\n"
add([("From", addr("Santander", "avisos@gruposantander.es")), ("To", DIEGO["addr"]),
     ("Subject", "Has recibido una transferencia"), ("Date", rfcdate("2026-12-11 07:02:18", "+0100")),
     ("Message-ID", plain_id("n-santander", "notificaciones.gruposantander.es"))],
    Alt(P(text), H(bank_html("Has recibido una transferencia", rows, intro, footer))),
    {"kind": "payment-notification", "amount": "423.50", "currency": "EUR", "reference": "F-2026-130",
     "note": "Incoming transfer notice; the invoice number comes from the concepto."},
    own=text)

# --- BBVA México: SPEI recibido
rows = [("Monto", "$5,220.00 MXN"), ("Ordenante", "HOTEL BOUTIQUE CASA LUNA SA DE CV"),
        ("Banco emisor", "BANORTE"), ("Concepto de pago", "PAGO FACTURA A-362"),
        ("Referencia numérica", "1202271"), ("Clave de rastreo", "2027021240014BMOV0000412589010"),
        ("Cuenta destino", "•••• 2197"), ("Fecha y hora", "12/02/2027 13:04:22 h")]
intro = "Hola PAULA OROZCO GARZA, recibiste una transferencia SPEI en tu cuenta BBVA."
footer = ("BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México. Este correo se "
          "generó automáticamente, no es necesario responder. Nunca te pediremos tus claves por correo.")
text = "Recibiste una transferencia SPEI\n\n" + intro + "\n\n" + rows_text(rows) + "\n\n" + footer + "\n"
add([("From", addr("BBVA México", "notificaciones@bbva.mx")), ("To", PAULA["addr"]),
     ("Subject", hdr("Recibiste una transferencia SPEI por $5,220.00")),
     ("Date", rfcdate("2027-02-12 13:04:51", "-0600")),
     ("Message-ID", plain_id("n-bbvamx", "mail.bbva.mx"))],
    Alt(P(text), H(bank_html("Recibiste una transferencia SPEI", rows, intro, footer, color="#004481",
                             brand="BBVA"))),
    {"kind": "payment-notification", "amount": "5220.00", "currency": "MXN", "reference": "A-362",
     "note": "SPEI credit notice; the concepto names invoice A-362; the reference number and tracking key are not invoice numbers."},
    own=text)

# --- CaixaBank: aviso en texto, windows-1252 quoted-printable
text = """CaixaBank le informa:

Ha recibido una transferencia en su cuenta ES41 2100 **** **** **** 5523.

Ordenante:   FERNANDEZ LLAMAZARES ARQUITECTOS SLP
Importe:     968,00 EUR
Concepto:    FRA 2026/131 MANTENIMIENTO WEB
Fecha:       27/01/2027

Puede consultar el detalle del movimiento en CaixaBankNow.

Este mensaje se ha enviado de forma automática. Por favor, no responda a este correo.
CaixaBank, S.A. - C/ Pintor Sorolla, 2-4 - 46002 Valencia
"""
add([("From", addr("CaixaBank", "avisos@caixabank.com")), ("To", ANDRES["addr"]),
     ("Subject", "CaixaBank: transferencia recibida"), ("Date", rfcdate("2027-01-27 09:41:07", "+0100")),
     ("Message-ID", plain_id("n-caixa", "avisos.caixabank.com"))],
    P(text, cs="windows-1252"),
    {"kind": "payment-notification", "amount": "968.00", "currency": "EUR", "reference": "2026/131",
     "note": "Plain-text bank notice of an incoming transfer; 'FRA 2026/131' in the concepto is the invoice."},
    own=text)

# --- Bizum recibido (ABANCA)
rows = [("Importe", "95,00 €"), ("Enviado por", "MARIA JOSE RIVAS"), ("Concepto", "traduccion certificado notas"),
        ("Fecha", "02/03/2027 18:22")]
intro = "Has recibido un Bizum en tu cuenta ABANCA terminada en 1187."
footer = ("ABANCA Corporación Bancaria, S.A. Este es un aviso automático que has activado en ABANCA Móvil. "
          "Si no quieres recibirlo, desactívalo en Configuración > Avisos.")
text = "Has recibido un Bizum\n\n" + intro + "\n\n" + rows_text(rows) + "\n\n" + footer + "\n"
add([("From", addr("ABANCA", "avisos@abanca.com")), ("To", MARTA["addr"]),
     ("Subject", hdr("Has recibido un Bizum de 95,00 €")), ("Date", rfcdate("2027-03-02 18:22:40", "+0100")),
     ("Message-ID", plain_id("n-bizum", "abanca.com"))],
    Alt(P(text), H(bank_html("Has recibido un Bizum", rows, intro, footer, color="#0a6fbc", brand="ABANCA"))),
    {"kind": "payment-notification", "amount": "95.00", "currency": "EUR",
     "note": "Bizum credit; the concepto names no invoice number."},
    own=text)

# --- Mercado Pago (Argentina)
rows = [("Monto", "$ 210.500"), ("De", "Sabrina Ledesma"), ("Descripción", "Factura C 0002-00000096"),
        ("Medio de pago", "Dinero en cuenta"), ("Número de operación", "98412236571")]
intro = "Sabrina Ledesma te envió dinero. Ya está disponible en tu cuenta de Mercado Pago."
footer = "Mercado Pago. Este email fue enviado automáticamente. Por favor, no lo respondas."
text = "¡Recibiste un pago!\n\n" + intro + "\n\n" + rows_text(rows) + "\n\n" + footer + "\n"
add([("From", addr("Mercado Pago", "info@mercadopago.com")), ("To", TOMAS["addr"]),
     ("Subject", hdr("¡Recibiste $ 210.500 de Sabrina Ledesma!")),
     ("Date", rfcdate("2027-03-15 20:17:03", "-0300")),
     ("Message-ID", plain_id("n-mp", "mercadopago.com")), ("X-Campaign", "money_in_transfer")],
    Alt(P(text, cte="base64"), H(bank_html("¡Recibiste un pago!", rows, intro, footer, color="#009ee3",
                                            brand="mercado pago"), cte="base64")),
    {"kind": "payment-notification", "amount": "210500.00", "currency": "ARS", "reference": "0002-00000096",
     "note": "Mercado Pago money-in; '$ 210.500' uses the Argentine thousands dot; the description names the Factura C number."},
    own=text)

# --- Bancolombia: alerta de transferencia recibida
text = """Bancolombia te informa

Recibiste una transferencia por $2.350.000 de KAI ARTESANIAS SAS en tu cuenta de ahorros *6789 el 09/12/2026 a las 15:12.
Descripción: PAGO FACT FE-882

Si tienes inquietudes, comunícate con nuestra Sucursal Telefónica.
Este correo es informativo, por favor no lo respondas.
"""
add([("From", addr("Alertas y Notificaciones Bancolombia", "alertasynotificaciones@notificacionesbancolombia.com")),
     ("To", JULIAN["addr"]), ("Subject", "Alertas y Notificaciones"),
     ("Date", rfcdate("2026-12-09 15:13:26", "-0500")),
     ("Message-ID", plain_id("n-bancolombia", "notificacionesbancolombia.com"))],
    Alt(P(text, cs="iso-8859-1"),
        H('<html><body style="font-family:Arial"><table width="560" align="center"><tr><td>'
          '<p style="font-size:20px;font-weight:bold;color:#2c2a29">Bancolombia</p>' + html_paras(text, tag="p")
          + "</td></tr></table></body></html>\n", cs="iso-8859-1")),
    {"kind": "payment-notification", "amount": "2350000.00", "currency": "COP", "reference": "FE-882",
     "note": "Bank alert of a transfer received; the subject says nothing, the body has amount and description."},
    own=text)

# --- PayPal (Perú)
rows = [("Importe recibido", "$380.00 USD"), ("De", "Estudio Pardo Arquitectos"),
        ("Nota", "Recibo E001-121 - renders cocina"), ("Id. de transacción", "7HX21034KM558291B")]
intro = "Estudio Pardo Arquitectos te envió $380.00 USD. El dinero ya está en tu cuenta PayPal."
footer = "PayPal. Este mensaje fue enviado automáticamente; no respondas. Copyright © 1999-2027 PayPal, Inc."
text = "Recibiste un pago\n\n" + intro + "\n\n" + rows_text(rows) + "\n\n" + footer + "\n"
add([("From", addr("PayPal", "service@paypal.com.pe")), ("To", RENZO["addr"]),
     ("Subject", hdr("Recibiste un pago de Estudio Pardo Arquitectos")),
     ("Date", rfcdate("2027-02-24 10:55:32", "-0800")),
     ("Message-ID", plain_id("n-paypal", "paypal.com", style="plain"))],
    Alt(P(text), H(bank_html("Recibiste un pago", rows, intro, footer, color="#003087", brand="PayPal"))),
    {"kind": "payment-notification", "amount": "380.00", "currency": "USD", "reference": "E001-121",
     "note": "PayPal money received, dated in PayPal's California time zone; the note names the receipt E001-121."},
    own=text)

# --- Wise: dinero recibido
rows = [("Importe", "780,00 USD"), ("De", "FUNDACION MANGLAR VIVO"), ("Referencia", "MI-2027-003"),
        ("Cuenta", "Tu cuenta en USD")]
intro = "Has recibido 780,00 USD de FUNDACION MANGLAR VIVO. Ya está en tu cuenta de Wise."
footer = "Wise Europe SA, Rue du Trône 100, 1050 Bruselas. No respondas a este email."
text = "Has recibido dinero\n\n" + intro + "\n\n" + rows_text(rows) + "\n\n" + footer + "\n"
add([("From", addr("Wise", "noreply@wise.com")), ("To", MARTA["addr"]),
     ("Subject", "Has recibido 780,00 USD"), ("Date", rfcdate("2027-02-23 15:30:09", "+0000")),
     ("Message-ID", plain_id("n-wise", "wise.com"))],
    Alt(P(text), H(bank_html("Has recibido dinero", rows, intro, footer, color="#163300", brand="Wise"))),
    {"kind": "payment-notification", "amount": "780.00", "currency": "USD", "reference": "MI-2027-003",
     "note": "Wise incoming payment with the invoice number as the transfer reference."},
    own=text)


# =============================================================================================
# auto-reply
# =============================================================================================

# --- Exchange: fuera de la oficina hasta el 7 de enero (Segovia)
own = """Gracias por su correo.

Estaré fuera de la oficina hasta el 7 de enero, con acceso limitado al correo electrónico. Para asuntos urgentes de facturación puede escribir a recepcion@hotelacueductosegovia.es o llamar al 921 46 02 11.

Un saludo,
Ana Belén Tejedor
Administración - Hotel Acueducto
"""
add(reply_headers(addr("Ana Belén Tejedor", "administracion@hotelacueductosegovia.es"), who(ANDRES),
                  rfcdate("2026-12-22 08:00:41", "+0100"),
                  "Respuesta automática: Recordatorio: factura n.º 2026/146",
                  outlook_id("a-acueducto"), [owner_id("rem-2026/146", ANDRES["dom"])],
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "administracion@hotelacueductosegovia.es"),
                         ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
                         ("Content-Language", "es-ES")]),
    Alt(P(own), H(outlook_html(own, None, None))),
    {"kind": "auto-reply", "return_date": "2027-01-07",
     "note": "Exchange out-of-office: 'fuera de la oficina hasta el 7 de enero' gives 7 January."},
    own=own)

# --- Ticket de cuentas por pagar (Santiago de Chile)
own = """Estimado(a) proveedor(a):

Hemos recibido su mensaje y se ha creado la solicitud #45821. El equipo de Cuentas por Pagar le responderá en un plazo máximo de 72 horas hábiles.

Para consultar el estado de sus documentos y pagos, ingrese al Portal de Proveedores con su RUT.

Este es un mensaje automático, por favor no responda a este correo.

Cuentas por Pagar
Comercial Andes SpA
"""
add(reply_headers(addr("Cuentas por Pagar Comercial Andes", "soporte@comercialandes.freshdesk.com"),
                  who(VALENTINA), rfcdate("2027-02-02 10:01:12", "-0300"),
                  "[#45821] Hemos recibido su solicitud: Re: Boleta de honorarios N° 233",
                  plain_id("a-andes", "comercialandes.freshdesk.com"), [owner_id("rem-233", VALENTINA["dom"])],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")]),
    Alt(P(own), H('<div style="font-family:Helvetica,Arial">' + html_paras(own, tag="p") + "</div>\n")),
    {"kind": "auto-reply",
     "note": "Accounts-payable ticket acknowledgement; 'hemos recibido su mensaje' is not money received; no return date."},
    own=own)

# --- Buzón que ya no se usa (Cancún, México)
own = """Esta cuenta de correo ya no está activa.

Para temas de facturación y pagos a proveedores favor de escribir a cxp@grupocaribeazul.mx. Para reservaciones, a reservas@grupocaribeazul.mx.

Gracias.
"""
add(reply_headers(addr("Contabilidad 2", "contabilidad2@grupocaribeazul.mx"), who(PAULA),
                  rfcdate("2027-01-18 07:00:03", "-0500"), "Respuesta automática: Recordatorio de pago: factura A-358",
                  plain_id("a-caribe", "grupocaribeazul.mx"), [owner_id("rem-A-358", PAULA["dom"])],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    P(own, cs="iso-8859-1"),
    {"kind": "auto-reply",
     "note": "Mailbox no longer in use, with the new address; Cancún is on UTC-5 all year."},
    own=own)

# --- Gmail, respuesta de vacaciones (Bogotá): del 20 de diciembre al 6 de enero
own = """Hola! Estoy de vacaciones del 20 de diciembre al 6 de enero, sin acceso al correo. Para temas urgentes de pagos puedes escribir a Mónica Vargas (mvargas@colegiolosandes.edu.co).

Felices fiestas!
Carolina
"""
add(reply_headers(addr("Carolina Peña", "cpena@colegiolosandes.edu.co"), who(JULIAN),
                  rfcdate("2026-12-21 08:15:27", "-0500"), "Re: Factura electrónica FE-927",
                  gmail_id("a-losandes"), [owner_id("inv-FE-927", JULIAN["dom"]), owner_id("rem-FE-927", JULIAN["dom"])],
                  extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]),
    Alt(P(own), H(gmail_html(own))),
    {"kind": "auto-reply", "return_date": "2027-01-06",
     "note": "Gmail vacation responder with an ordinary 'Re:' subject; the absence ends on the day named, 6 January."},
    own=own)

# --- iCloud, vacaciones: 'vuelvo el lunes 15 de febrero' (Valencia)
own = """Hola! Estoy de viaje con muy poca cobertura. Vuelvo el lunes 15 de febrero y contesto todo en cuanto pueda.

Neus
Escola de Dansa Neus Puig
"""
add(reply_headers("neus@escoladansaneus.com", addr("Lucía Ferrer Montoya", LUCIA["addr"]),
                  rfcdate("2027-02-09 08:01:30", "+0000"), "Auto reply: Recordatorio: factura n.º LF27-012",
                  "<%s-vac@icloud.com>" % _h("a-neus", 32), [owner_id("rem-LF27-012", LUCIA["dom"])],
                  extra=[("X-Apple-Action", "VACATION"),
                         ("X-Apple-Criteria", "{kind=VACATION,startDate=2027-02-06T23:00:00Z,endDate=2027-02-14T22:59:59Z}"),
                         ("X-Apple-UUID", "%s" % _h("a-neus-uuid", 32))]),
    P(own, quote_cs=False),
    {"kind": "auto-reply", "return_date": "2027-02-15",
     "note": "iCloud vacation reply dated in UTC; the text says she is back on Monday 15 February (the header's endDate is the 14th)."},
    own=own)


# =============================================================================================
# bounce
# =============================================================================================

def original(frm, to, subject, date, mid, text, extra=()):
    """The returned message (what mailduns sent), as 7-bit text for a message/rfc822 part."""
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    lines = ["From: " + frm, "To: " + to, "Subject: " + hdr(subject), "Date: " + date, "Message-ID: " + mid]
    lines += list(extra)
    lines += ["MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"',
              "Content-Transfer-Encoding: quoted-printable", "", body]
    return "\n".join(lines)


# --- Gmail (Google Workspace), en español: dirección no encontrada
inv = inv_for(ANDRES, number="2026/133", amount="302,50 €", due="2026-11-20",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
rcpt = "facturacion@cafeteriaelmirador.es"
sent = rfcdate("2026-11-24 09:00:04", "+0100")
omid = owner_id("rem-2026/133", ANDRES["dom"])
text = """No se ha encontrado la dirección

Tu mensaje no se ha entregado a %s porque no se ha encontrado la dirección o esta no puede recibir correo.

La respuesta del servidor remoto fue:

550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table
""" % (rcpt, rcpt)
html = ('<html><head></head><body><div style="font-family:Google Sans,Roboto,Arial;max-width:560px">'
        '<div style="font-size:24px;color:#d93025">No se ha encontrado la dirección</div>'
        '<p>Tu mensaje no se ha entregado a <b>%s</b> porque no se ha encontrado la dirección o esta no '
        'puede recibir correo.</p><p>La respuesta del servidor remoto fue:</p>'
        '<p style="font-family:monospace">550 5.1.1 &lt;%s&gt;: Recipient address rejected: User unknown in '
        'virtual mailbox table</p></div></body></html>\n' % (rcpt, rcpt))
dsn = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; andres@villalbaweb.es
Arrival-Date: Tue, 24 Nov 2026 00:00:04 -0800 (PST)
X-Original-Message-ID: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.cafeteriaelmirador.es. (185.42.104.17, the server for the domain cafeteriaelmirador.es.)
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Tue, 24 Nov 2026 00:00:06 -0800 (PST)
""" % (omid, rcpt, rcpt)
add([("Return-Path", "<>"), ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
     ("To", ANDRES["addr"]), ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", rcpt),
     ("Subject", "Delivery Status Notification (Failure)"), ("References", omid), ("In-Reply-To", omid),
     ("Message-ID", "<6543a8f1.%s.bounce@mx.google.com>" % _h("b-mirador", 12)),
     ("Date", rfcdate("2026-11-24 00:00:06", "-0800"))],
    Report(Alt(P(text), H(html)), DSN(dsn),
           RFC822(original(who(ANDRES), rcpt, "Recordatorio: factura n.º 2026/133", sent, omid, q)),
           preamble=None),
    {"kind": "bounce", "failed_recipient": rcpt, "permanent": True,
     "note": "Gmail DSN in Spanish, 550 5.1.1 user unknown; the quoted reminder is the freelancer's own message."},
    own=text)

# --- Microsoft 365 en español: no se puede entregar (5.1.10)
inv = inv_for(LUCIA, number="LF26-144", amount="423,50 €", due="2026-12-22",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
rcpt = "reservas@hotelmarazulpeniscola.es"
sent = rfcdate("2026-12-28 09:00:11", "+0100")
omid = owner_id("rem-LF26-144", LUCIA["dom"])
text = """Error en la entrega a estos destinatarios o grupos:

%s<mailto:%s>
No se encontró la dirección de correo electrónico en el dominio de destino. Es posible que esté mal escrita o que ya no exista. Intente volver a escribir la dirección y reenviar el mensaje.

Si eso no funciona, póngase en contacto con el destinatario (por teléfono, por ejemplo) para comprobar que la dirección es correcta.

Información de diagnóstico para administradores:

Servidor de generación: PA4PR04MB7921.eurprd04.prod.outlook.com

%s
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Encabezados de mensaje originales:

Message-ID: %s
Date: %s
Subject: Recordatorio: factura =?utf-8?q?n=2E=C2=BA?= LF26-144
""" % (rcpt, rcpt, rcpt, omid, sent)
dsn = """Reporting-MTA: dns;PA4PR04MB7921.eurprd04.prod.outlook.com
Received-From-MTA: dns;luciaferrer.studio
Arrival-Date: Mon, 28 Dec 2026 08:00:11 +0000

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % rcpt
add([("From", addr("Microsoft Outlook", "postmaster@luciaferrer.studio")), ("To", LUCIA["addr"]),
     ("Subject", hdr("No se puede entregar: Recordatorio: factura n.º LF26-144")),
     ("Date", rfcdate("2026-12-28 08:00:13", "+0000")),
     ("Message-ID", "<%s@PA4PR04MB7921.eurprd04.prod.outlook.com>" % _h("b-marazul", 36)),
     ("In-Reply-To", omid), ("References", omid), ("Auto-Submitted", "auto-replied"),
     ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "es-ES")],
    Report(Alt(P(text), H("<html><body><p>" + esc(text).replace("\n\n", "</p><p>").replace("\n", "<br>")
                          + "</p></body></html>\n")),
           DSN(dsn), RFC822(original(who(LUCIA), rcpt, "Recordatorio: factura n.º LF26-144", sent, omid, q)),
           preamble=None),
    {"kind": "bounce", "failed_recipient": rcpt, "permanent": True,
     "note": "Microsoft 365 NDR in Spanish, 550 5.1.10 recipient not found."},
    own=text)

# --- Microsoft 365 en español: entrega retrasada (temporal)
rcpt = "compras@conservasdelcantabrico.es"
sent = rfcdate("2027-03-16 09:00:02", "+0100")
omid = owner_id("rem-MI-2027-009", MARTA["dom"])
text = """La entrega se ha retrasado a estos destinatarios o grupos:

%s<mailto:%s>

Asunto: Recordatorio: factura n.º MI-2027-009

Este mensaje aún no se ha entregado. Seguiremos intentándolo.

El servidor seguirá intentando entregar el mensaje durante 1 días, 19 horas y 54 minutos más. Se le notificará si no se puede entregar el mensaje en ese plazo.

Información de diagnóstico para administradores:

Servidor de generación: DB8PR04MB6700.eurprd04.prod.outlook.com
Error del servidor remoto: 451 4.4.0 Primary target IP address responded with: "421 4.4.2 mx.conservasdelcantabrico.es Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.
""" % (rcpt, rcpt)
dsn = """Reporting-MTA: dns;DB8PR04MB6700.eurprd04.prod.outlook.com
Received-From-MTA: dns;soutotraducciones.es
Arrival-Date: Tue, 16 Mar 2027 08:00:02 +0000

Final-Recipient: rfc822;%s
Action: delayed
Status: 4.4.7
Will-Retry-Until: Thu, 18 Mar 2027 08:00:02 +0000
X-Display-Name: Compras Conservas del Cantábrico
""".replace("Cantábrico", "Cantabrico") % rcpt
add([("From", addr("Microsoft Outlook", "postmaster@soutotraducciones.es")), ("To", MARTA["addr"]),
     ("Subject", hdr("Retrasado: Recordatorio: factura n.º MI-2027-009")),
     ("Date", rfcdate("2027-03-16 12:06:20", "+0000")),
     ("Message-ID", "<%s@DB8PR04MB6700.eurprd04.prod.outlook.com>" % _h("b-cantabrico", 36)),
     ("In-Reply-To", omid), ("References", omid), ("Auto-Submitted", "auto-replied"),
     ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "es-ES")],
    Report(P(text), DSN(dsn),
           RFC822("Message-ID: %s\nDate: %s\nFrom: %s\nTo: %s\nSubject: %s\n" % (
               omid, sent, who(MARTA), rcpt, hdr("Recordatorio: factura n.º MI-2027-009")), headers_only=True),
           preamble=None),
    {"kind": "bounce", "failed_recipient": rcpt, "permanent": False,
     "note": "A delay notice (Action: delayed, 4.4.7): still a delivery-failure report, but temporary; only the headers of the original come back."},
    own=text)

# --- Postfix de un hosting español, en castellano: buzón lleno (5.2.2, permanente)
inv = inv_for(DIEGO, number="F-2027-009", amount="544,50 €", due="2027-02-20",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
rcpt = "info@casaruralalpujarra.es"
sent = rfcdate("2027-02-25 09:00:10", "+0100")
omid = owner_id("rem-F-2027-009", DIEGO["dom"])
text = """Este es el sistema de correo de mx3.nubeibericahosting.es.

Lamentamos informarle de que su mensaje no ha podido ser entregado a uno o más destinatarios. Se adjunta a continuación.

Para más ayuda, envíe un correo a <postmaster@nubeibericahosting.es>, incluyendo este informe.

                   El sistema de correo

<%s>: host mail.casaruralalpujarra.es[91.216.63.40] dijo: 552 5.2.2 <%s>:
    Mailbox full - cuota excedida (en respuesta al comando RCPT TO)
""" % (rcpt, rcpt)
dsn = """Reporting-MTA: dns; mx3.nubeibericahosting.es
X-Postfix-Queue-ID: 4Qh7sK1mZPz2xGd
X-Postfix-Sender: rfc822; diego@salcedofoto.es
Arrival-Date: Thu, 25 Feb 2027 09:00:10 +0100 (CET)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.casaruralalpujarra.es
Diagnostic-Code: smtp; 552 5.2.2 <%s>: Mailbox full - cuota excedida
""" % (rcpt, rcpt, rcpt)
add([("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx3.nubeibericahosting.es (Sistema de correo)"),
     ("To", DIEGO["addr"]), ("Subject", "Mensaje no entregado: devuelto al remitente"),
     ("Date", "Thu, 25 Feb 2027 09:00:14 +0100 (CET)"), ("Auto-Submitted", "auto-replied"),
     ("Message-Id", "<20270225080014.5B1C32A0F4@mx3.nubeibericahosting.es>")],
    Report(Leaf("text/plain", text, charset="utf-8", cte="8bit", params=[("charset", "utf-8")],
                description="Notification"),
           DSN(dsn), RFC822(original(who(DIEGO), rcpt, "Recordatorio: factura n.º F-2027-009", sent, omid, q))),
    {"kind": "bounce", "failed_recipient": rcpt, "permanent": True,
     "note": "Mailbox full sounds temporary, but the server answered 552 5.2.2 and gave up (Action: failed): permanent by the code."},
    own=text)

# --- Exim/cPanel de un hosting mexicano, en español: usuario inexistente, sin DSN
inv = inv_for(PAULA, number="A-369", amount="2.900,00 MXN", due="2027-03-12",
              saludo="Estimados señores:")
q = reminder("reminder", inv)
rcpt = "pagos@distribuidoraelbajio.com.mx"
sent = rfcdate("2027-03-17 09:00:03", "-0600")
omid = owner_id("rem-A-369", PAULA["dom"])
text = """Este mensaje fue creado automáticamente por el software de entrega de correo.

Un mensaje que usted envió no pudo ser entregado a uno o más de sus
destinatarios. Este es un error permanente. La(s) siguiente(s) dirección(es) falló(aron):

  %s
    host mx.distribuidoraelbajio.com.mx [201.131.44.9]
    SMTP error from remote mail server after RCPT TO:<%s>:
    550 No such user here

------ Esta es una copia del mensaje, incluyendo todos los encabezados. ------

""" % (rcpt, rcpt) + original(who(PAULA), rcpt, "Recordatorio de pago: factura A-369", sent, omid, q)
add([("Return-path", "<>"), ("From", addr("Mail Delivery System", "Mailer-Daemon@s203.hostmx-cloud.com")),
     ("To", PAULA["addr"]), ("Subject", "Mail delivery failed: returning message to sender"),
     ("Date", rfcdate("2027-03-17 09:00:05", "-0600")), ("X-Failed-Recipients", rcpt),
     ("Auto-Submitted", "auto-replied"), ("Message-Id", "<E1tQx7a-0004Kd-2M@s203.hostmx-cloud.com>")],
    Leaf("text/plain", text, charset="utf-8", cte="8bit", params=[("charset", "utf-8")]),
    {"kind": "bounce", "failed_recipient": rcpt, "permanent": True,
     "note": "Exim bounce with the original pasted inline; there is no enhanced status code, only 550 and the words 'error permanente'."},
    own=text, checks={"no_enhanced_code": True})


# =============================================================================================
# other
# =============================================================================================

# --- FACe: cambio de estado de una factura electrónica (registrada, no pagada)
text = """Estimado/a proveedor/a:

Le informamos de que la factura que se detalla a continuación ha cambiado de estado en FACe - Punto General de Entrada de Facturas Electrónicas.

Número de registro: REGAGE27e00000512377
Número de factura: 2027/006
Importe total: 1.452,00 €
Oficina contable: L01401940 - Intervención
Órgano gestor: L01401940 - Ayuntamiento de Segovia
Unidad tramitadora: L01401940 - Concejalía de Turismo
Nuevo estado: Registrada en RCF (1300)
Fecha del cambio: 15/02/2027 11:48

Puede consultar el estado de sus facturas en https://face.gob.es.

Este correo ha sido generado automáticamente. Por favor, no responda a este mensaje.
"""
add([("From", addr("FACe - Punto General de Entrada de Facturas", "no-reply@face.gob.es")), ("To", ANDRES["addr"]),
     ("Subject", hdr("FACe: cambio de estado de la factura 2027/006")),
     ("Date", rfcdate("2027-02-15 11:48:39", "+0100")), ("Message-ID", plain_id("x-face", "face.gob.es")),
     ("Auto-Submitted", "auto-generated")],
    P(text, cs="iso-8859-15"),
    {"kind": "other", "reference": "2027/006",
     "note": "E-invoicing portal status change (registered in the accounting register, not paid): other, not a payment notification, even though it shows an amount."},
    own=text)

# --- Banco Sabadell: transferencia EMITIDA por la propia freelancer
rows = [("Importe", "250,00 EUR"), ("Beneficiario", "GESTORIA MARTI ASSESSORS SL"),
        ("Concepto", "Cuota asesoria enero"), ("Cuenta de cargo", "ES62 **** **** **** **** 8873"),
        ("Fecha de ejecución", "04/01/2027")]
intro = "Has realizado una transferencia desde tu cuenta. Te enviamos el resumen de la operación."
footer = "Banco de Sabadell, S.A. Avda. Óscar Esplá, 37, 03007 Alicante. Mensaje automático, no respondas."
text = "Transferencia realizada\n\n" + intro + "\n\n" + rows_text(rows) + "\n\n" + footer + "\n"
add([("From", addr("Banco Sabadell", "notificaciones@bancsabadell.com")), ("To", LUCIA["addr"]),
     ("Subject", "Transferencia realizada"), ("Date", rfcdate("2027-01-04 10:12:55", "+0100")),
     ("Message-ID", plain_id("x-sabadell", "bancsabadell.com"))],
    Alt(P(text), H(bank_html("Transferencia realizada", rows, intro, footer, color="#006dff", brand="Sabadell"))),
    {"kind": "other",
     "note": "An outgoing transfer the freelancer made to her own accountant: money out, not in."},
    own=text)

# --- Phishing que imita a Santander con un 'pago retenido'
html = ('<html><body style="font-family:Arial"><div style="background:#ec0000;color:#fff;padding:14px;'
        'font-size:20px">Santander</div><p>Estimado cliente,</p><p>Hemos detectado un <b>pago entrante de '
        '1.250,00 EUR</b> a su favor que ha quedado <b>retenido</b> por motivos de seguridad.</p><p>Para liberar '
        'los fondos debe verificar sus datos en las proximas 24 horas. Si no lo hace, la operacion sera '
        'devuelta al ordenante y su acceso a la banca online quedara restringido.</p>'
        '<p style="text-align:center"><a href="http://santander-verificacion-clientes.top/es/liberar?id=88213" '
        'style="background:#ec0000;color:#fff;padding:10px 24px;text-decoration:none">LIBERAR PAGO</a></p>'
        '<p>Atentamente,<br>Departamento de Seguridad<br>Banco Santander</p></body></html>\n')
add([("From", addr("Santander Seguridad", "avisos@santander-clientes-seguridad.top")),
     ("To", DIEGO["addr"]), ("Subject", "Aviso: pago entrante retenido - accion requerida"),
     ("Date", rfcdate("2027-03-08 04:12:33", "+0300")),
     ("Message-ID", plain_id("x-phish", "mail-srv88.santander-clientes-seguridad.top"))],
    H(html, cs="iso-8859-1", cte="base64"),
    {"kind": "other",
     "note": "Phishing dressed as a Santander payment notice (odd domain, 'liberar pago' link): spam, not a payment notification; no amount."},
    own=html)

# --- Boletín de una asesoría para autónomos
text = """Autónomos al día · Boletín de febrero 2027

1. Facturas impagadas: cómo reclamarlas sin perder al cliente
Un recordatorio amable, un segundo aviso con los intereses de la Ley 3/2004 y, si no hay respuesta, el requerimiento por burofax. Te lo contamos paso a paso en el blog.

2. Primer pago fraccionado del IRPF (modelo 130): hasta el 20 de abril
Recuerda que si más del 70 % de tus ingresos llevan retención no estás obligado a presentarlo.

3. Verifactu: qué cambia en tu programa de facturación este año

¿Dudas? Responde a este correo y te contestamos.

Asesoría Martí · Carrer de Colón, 12, 46004 València
Recibes este boletín porque eres cliente de Asesoría Martí. Darse de baja: https://asesoriamarti.es/baja?u=lf2231
"""
add([("From", addr("Asesoría Martí", "boletin@asesoriamarti.es")), ("To", LUCIA["addr"]),
     ("Subject", hdr("Autónomos al día · febrero 2027: cómo cobrar facturas impagadas")),
     ("Date", rfcdate("2027-02-02 07:30:00", "+0100")),
     ("Message-ID", plain_id("x-boletin", "mail.asesoriamarti.es")),
     ("List-Unsubscribe", "<https://asesoriamarti.es/baja?u=lf2231>, <mailto:baja@asesoriamarti.es>"),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    Alt(P(text), H('<html><body style="font-family:Georgia,serif;max-width:600px">' + html_paras(text, tag="p")
                   + "</body></html>\n")),
    {"kind": "other",
     "note": "A newsletter from the freelancer's own tax adviser about chasing unpaid invoices: full of payment words, but it is bulk mail."},
    own=text)


# =============================================================================================
# write, label, re-parse and check
# =============================================================================================

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
FIRST, LAST = dt.date(2026, 11, 1), dt.date(2027, 3, 31)
KEY_ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
             "failed_recipient", "permanent", "note"]


def toml_str(s):
    out = '"'
    for ch in s:
        if ch == '"':
            out += '\\"'
        elif ch == "\\":
            out += "\\\\"
        elif ch == "\n":
            out += "\\n"
        elif ord(ch) < 0x20:
            out += "\\u%04x" % ord(ch)
        else:
            out += ch
    return out + '"'


def text_of(msg):
    """All human-readable text of a parsed message: text/plain parts and tag-stripped HTML parts."""
    import html as _html
    chunks = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        if ct == "text/plain":
            chunks.append(part.get_content())
        elif ct == "text/html":
            h = part.get_content()
            h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
            h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", h)
            h = re.sub(r"<[^>]+>", "", h)
            chunks.append(_html.unescape(h))
        elif ct in ("message/delivery-status", "text/rfc822-headers"):
            chunks.append(part.get_payload() if isinstance(part.get_payload(), str)
                          else str(part.get_payload()[0]) if part.get_payload() else "")
    return "\n".join(chunks)


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def check(name, raw, m):
    lab = m["label"]
    errs = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append("defects in %s: %r" % (part.get_content_type(), part.defects))
        if not part.is_multipart() and part.get_content_maintype() == "text":
            part.get_content()  # must decode
        if part.get_content_disposition() == "attachment":
            if not part.get_content():
                errs.append("empty attachment")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None and not (h == "Message-ID" and msg["Message-Id"]):
            errs.append("missing header " + h)
    str(msg["Subject"]), str(msg["From"])
    date = parsedate_to_datetime(str(msg["Date"]))
    local = date.date()  # the Date header carries the sender's own offset
    if not FIRST <= local <= LAST:
        errs.append("date out of range: %s" % local)
    kind = lab["kind"]
    if kind not in KINDS:
        errs.append("bad kind " + kind)
    if lab.get("language") != "es" or lab.get("split") != "dev":
        errs.append("language/split")
    allowed = {"kind", "language", "split", "note", "amount", "currency", "reference"}
    if kind == "client-reply-promise":
        allowed.add("promised_date")
    if kind == "auto-reply":
        allowed.add("return_date")
    if kind == "bounce":
        allowed |= {"failed_recipient", "permanent"}
        if "failed_recipient" not in lab or "permanent" not in lab:
            errs.append("bounce without failed_recipient/permanent")
    extra = set(lab) - allowed
    if extra:
        errs.append("fields not allowed for %s: %s" % (kind, extra))
    for k in ("promised_date", "return_date"):
        if k in lab:
            d = dt.date.fromisoformat(lab[k])
            if not local <= d <= local + dt.timedelta(days=60):
                errs.append("%s %s not after the message date %s" % (k, d, local))
    if "amount" in lab:
        if not re.fullmatch(r"\d+\.\d\d", lab["amount"]):
            errs.append("amount format")
        if not re.fullmatch(r"[A-Z]{3}", lab.get("currency", "")):
            errs.append("amount without ISO currency")
        if not m["checks"].get("amount_words"):
            digits = re.sub(r"[.,\s]", "", m["own"] or "")
            whole = lab["amount"].split(".")[0]
            if whole not in digits:
                errs.append("amount %s not in the sender's words" % lab["amount"])
    elif "currency" in lab:
        errs.append("currency without amount")
    full = text_of(msg)
    if m["own"]:
        own_text = m["own"]
        if "<html" in own_text:
            own_text = re.sub(r"<[^>]+>", " ", own_text)
        first = squash(own_text.strip().split("\n")[0])[:60]
        if first not in squash(full):
            errs.append("own text not found in the message: %r" % first)
    if "reference" in lab:
        if lab["reference"] not in (m["own"] or ""):
            errs.append("reference %s not in the sender's words" % lab["reference"])
    if kind.startswith("client-reply"):
        if not msg["In-Reply-To"]:
            errs.append("client reply without In-Reply-To")
        if "villalbaweb.es" in str(msg["From"]) or "mailduns" in str(msg["Message-ID"]):
            errs.append("reply from the owner?")
    if kind == "bounce":
        if lab["failed_recipient"] not in full and lab["failed_recipient"] not in raw.decode("utf-8", "replace"):
            errs.append("failed recipient not in message")
        codes = re.findall(r"\b([245])\.\d{1,3}\.\d{1,3}\b", full)
        if m["checks"].get("no_enhanced_code"):
            if ("error permanente" in full) != lab["permanent"]:
                errs.append("permanent flag vs wording")
        else:
            if not codes:
                errs.append("no status code")
            elif (codes[0] == "5") != lab["permanent"]:
                errs.append("permanent flag vs status %s" % codes[0])
    if kind == "auto-reply" and msg["In-Reply-To"] is None:
        errs.append("auto-reply without In-Reply-To")
    return errs, msg


def main():
    assert len(MESSAGES) == N, len(MESSAGES)
    owns = [squash(m["own"]) for m in MESSAGES if m["own"]]
    assert len(owns) == len(set(owns)), "two messages share the same words"
    order = list(range(N))
    random.Random(2021).shuffle(order)   # file numbers do not follow the kinds
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    toml = ["# round21-es: replies in Spanish from Spain (Castilla y León, La Rioja, Cantabria, Galicia, "
            "Andalucía oriental, C. Valenciana) and Latin America (MX, CO, CL, AR, PE, EC) after an invoice and "
            "mailduns reminders: clients, their staff and advisers, bank and app notices, auto-replies, bounces.",
            "# Written by make.py in this directory; do not edit by hand.", ""]
    problems = []
    counts = {}
    for num, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        name = "%s-%04d.eml" % (PREFIX, num)
        raw = build(m)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        lab = dict(m["label"])
        lab.setdefault("language", "es")
        lab.setdefault("split", "dev")
        m["label"] = lab
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
        toml.append('[files."%s"]' % name)
        for k in KEY_ORDER:
            if k in lab:
                v = lab[k]
                toml.append("%s = %s" % (k, ("true" if v else "false") if isinstance(v, bool) else toml_str(v)))
        toml.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(toml))
    # re-read everything from disk
    try:
        import tomllib
        with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
            parsed = tomllib.load(fh)["files"]
    except ImportError:
        parsed = None
    for num, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        name = "%s-%04d.eml" % (PREFIX, num)
        with open(os.path.join(HERE, name), "rb") as fh:
            raw = fh.read()
        if parsed is not None and parsed[name] != m["label"]:
            problems.append("%s: labels.toml does not round-trip" % name)
        errs, _ = check(name, raw, m)
        problems += ["%s: %s" % (name, e) for e in errs]
    for p in problems:
        print("PROBLEM", p)
    print("wrote %d messages to %s" % (N, HERE))
    for k in sorted(counts):
        print("  %-22s %d" % (k, counts[k]))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
