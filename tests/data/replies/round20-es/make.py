#!/usr/bin/env python3
"""round20-es: 80 Spanish-language messages that land in a freelancer's mailbox after an invoice.

Writes r20s-0001.eml ... r20s-0080.eml and labels.toml next to this file, then re-parses every
file with the standard library (policy.default) and checks each label against what was written.
Standard library only. Every sender's text is written by hand below, one message at a time; the
only generated text is the freelancer's own reminder (the mailduns templates in templates/es/),
which the clients quote, and the MIME scaffolding.
"""

import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import json
import quopri
import random
import re
import sys
import textwrap
import tomllib
from decimal import ROUND_HALF_UP, Decimal
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r20s"
N = 80
RNG = random.Random(2020)
DATE_MIN = dt.date(2026, 11, 1)
DATE_MAX = dt.date(2027, 3, 31)
KINDS = {
    "client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
    "payment-notification", "auto-reply", "bounce", "other",
}


def T(s):
    """A hand-written text block, indented in the source for readability."""
    return textwrap.dedent(s).strip("\n")


# ---------------------------------------------------------------------------------------------
# Dates

def tz(off):
    sign = 1 if off[0] == "+" else -1
    return dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def when(s):
    """'2026-11-17 09:48:31 +0100' -> aware datetime."""
    d, t, off = s.split()
    y, m, dd = map(int, d.split("-"))
    hms = list(map(int, t.split(":")))
    while len(hms) < 3:
        hms.append(0)
    return dt.datetime(y, m, dd, *hms, tzinfo=tz(off))


def rfc(d):
    return email.utils.format_datetime(d)


DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS_AB = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MESES_AB = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def long_date(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def short_date(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def D(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------------------------------------
# Money, as the Spanish templates print it (Babel, locale es: no grouping below 10.000)

def _num(x):
    x = Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)
    whole, frac = f"{x:.2f}".split(".")
    if len(whole) > 4:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        whole = ".".join(groups)
    return f"{whole},{frac}"


def eur(x):
    return f"{_num(x)} €"


def usd(x):
    return f"{_num(x)} US$"


# ---------------------------------------------------------------------------------------------
# IBANs with a valid check (fictional banks)

def iban_es(bban):
    digits = "".join(c for c in bban if c.isdigit())
    check = 98 - int(digits + "142800") % 97
    raw = f"ES{check:02d}{digits}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# ---------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)

OWNERS = {
    "lucia": dict(name="Lucía Ferrer Soler", email="lucia@luciaferrer.es", first="Lucía",
                  iban=iban_es("31590027161234567801"), bic="CLLVESVVXXX", fees=True, mua="gmail"),
    "iker": dict(name="Iker Etxeberria Goñi", email="iker@etxeberriaitzulpenak.eus", first="Iker",
                 iban=iban_es("30080150230987654321"), bic="BCOEESMM008", fees=False, mua="thunderbird"),
    "marta": dict(name="Marta Quiroga Fernández", email="hola@martaquiroga.com", first="Marta",
                  iban=iban_es("30590100472208451122"), bic=None, fees=False, mua="apple"),
    "daniel": dict(name="Daniel Robles Lanuza", email="daniel@robleslanuza.dev", first="Daniel",
                   iban=iban_es("20850111660330123456"), bic="CAZRES2ZXXX", fees=True, mua="thunderbird"),
    "carmen": dict(name="Carmen Núñez Durán", email="estudio@nunezduran.es", first="Carmen",
                   iban=iban_es("21030001980010066207"), bic=None, fees=False, mua="outlook"),
    "toni": dict(name="Toni Cerdà Vidal", email="toni@tonicerda.com", first="Toni",
                 iban=iban_es("00810213510001234567"), bic="BSABESBBXXX", fees=True, mua="outlook"),
    "sofia": dict(name="Sofía Marín Albarracín", email="sofia@sofiamarin.es", first="Sofía",
                  iban=iban_es("00490075432210509876"), bic="BSCHESMMXXX", fees=False, mua="gmail"),
    "julian": dict(name="Julián Pereyra", email="julian@pereyra.dev", first="Julián",
                   iban=None, bic=None, fees=False, mua="gmail",
                   payment_details="transferencia a la cuenta indicada en la factura o Wise (julian@pereyra.dev)"),
}


def domain_of(addr):
    return addr.rpartition("@")[2].lower()


# ---------------------------------------------------------------------------------------------
# Message-IDs in the styles of the common mail programs

def _hex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def _b62(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def mid(style, domain="example.invalid"):
    if style == "gmail":
        return f"<CA{RNG.choice(['+', 'F', 'K', 'P', 'J'])}{_b62(40)}@mail.gmail.com>"
    if style == "outlook":
        host = RNG.choice(["AM9PR07MB", "DB8PR04MB", "PAXPR08MB", "VI1PR02MB", "GV1PR09MB", "DU0PR03MB"])
        host += str(RNG.randint(1000, 9999))
        region = RNG.choice(["eurprd07", "eurprd04", "eurprd08", "eurprd02", "eurprd09", "eurprd03"])
        return f"<{host}{_hex(24).upper()}@{host}.{region}.prod.outlook.com>"
    if style == "outlook_latam":
        host = RNG.choice(["SJ0PR13MB", "CH3PR19MB", "BN8PR12MB", "MN2PR16MB", "SA1PR04MB"])
        host += str(RNG.randint(1000, 9999))
        return f"<{host}{_hex(24).upper()}@{host}.namprd{RNG.randint(10, 19)}.prod.outlook.com>"
    if style == "apple":
        u = _hex(32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if style == "thunderbird":
        u = _hex(32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if style == "yahoo":
        return f"<{RNG.randint(10**8, 10**9)}.{RNG.randint(10**6, 10**7)}.{RNG.randint(10**12, 10**13)}@mail.yahoo.com>"
    return f"<{_hex(16)}.{RNG.randint(10**5, 10**6)}@{domain}>"


def mailduns_id(owner_email, *parts):
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
    return f"<mailduns.{digest}@{domain_of(owner_email)}>"


# ---------------------------------------------------------------------------------------------
# Headers

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ehdr(s, cs="utf-8"):
    """A header value, RFC 2047-encoded when it is not ASCII."""
    if is_ascii(s):
        return s
    return Header(s, cs).encode(maxlinelen=76)


def addr(name, address, cs="utf-8"):
    if not name:
        return address
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{Header(name, cs).encode()} <{address}>"


def fold_ids(ids):
    return "\n ".join(ids)


# ---------------------------------------------------------------------------------------------
# MIME parts

class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble


def encode_body(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "7bit":
        data.decode("ascii")
    return data


def text(content, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=()):
    data = content.encode(charset)
    if cte == "7bit" and not is_ascii(content):
        cte = "quoted-printable"
    ctype = f'text/{subtype}; charset="{charset}"' + params
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(headers, encode_body(data, cte))


def attachment(filename, ctype, data, disposition="attachment", cid=None, cs_name="utf-8"):
    if is_ascii(filename):
        fn = f'"{filename}"'
        ct = f'{ctype}; name="{filename}"'
        cd = f'{disposition}; filename="{filename}"'
    else:
        enc = Header(filename, cs_name).encode()
        ct = f'{ctype}; name="{enc}"'
        from urllib.parse import quote
        cd = f"{disposition}; filename*=utf-8''{quote(filename)}"
    headers = [("Content-Type", ct), ("Content-Disposition", cd), ("Content-Transfer-Encoding", "base64")]
    if cid:
        headers.append(("Content-ID", f"<{cid}>"))
    return Part(headers, base64.encodebytes(data))


def raw_part(ctype, body_bytes, extra=()):
    return Part([("Content-Type", ctype)] + list(extra), body_bytes)


def multi(subtype, children, boundary=None, params="", preamble=None):
    boundary = boundary or ("----=_Part_" + _hex(8) + "_" + str(RNG.randint(10**8, 10**9)))
    headers = [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"' + params)]
    return Part(headers, children=children, boundary=boundary, preamble=preamble)


def render(p, top=None):
    out = b""
    for k, v in (top or []) + p.headers:
        out += f"{k}: {v}\n".encode("ascii")
    out += b"\n"
    if p.children is not None:
        if p.preamble:
            out += p.preamble.encode("ascii") + b"\n"
        for c in p.children:
            out += b"\n--" + p.boundary.encode("ascii") + b"\n" + render(c)
        out += b"\n--" + p.boundary.encode("ascii") + b"--\n"
    else:
        out += p.body
        if not out.endswith(b"\n"):
            out += b"\n"
    return out


def message(top_headers, root):
    return render(root, [(k, v) for k, v in top_headers if v is not None])


# Small binary attachments: a few bytes are enough.

def tiny_pdf(title):
    body = (f"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            f"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            f"3 0 obj<</Title({title})>>endobj\ntrailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
TINY_JPG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912"
    "130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b0800"
    "01000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffda0008010100"
    "003f00d2cf20ffd9")


# ---------------------------------------------------------------------------------------------
# The freelancer's letters (mailduns templates, templates/es/*.txt.j2, as they render)

def saludo(client):
    kind, name = client.get("kind", "company"), client.get("name")
    if client.get("salutation"):
        return client["salutation"]
    if kind == "company":
        return "Estimados señores:"
    first = (name or "").split()[0].lower() if name else ""
    if name and first in ("sra.", "sra", "d.ª", "dña.", "doña"):
        return f"Estimada {name}:"
    if name and first in ("sr.", "sr", "d.", "don"):
        return f"Estimado {name}:"
    if name:
        return f"Buenos días, {name}:"
    return "Buenos días:"


def money(inv, x=None):
    x = inv["amount"] if x is None else x
    return usd(x) if inv.get("currency") == "USD" else eur(x)


def pay_block(o, inv):
    if o.get("iban"):
        lines = ["Datos para el pago:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}"]
        if o.get("bic"):
            lines.append(f"- BIC: {o['bic']}")
        lines.append(f"- concepto: Factura {inv['number']}")
        return "\n".join(lines)
    if o.get("payment_details"):
        return f"Datos para el pago: {o['payment_details']}"
    return "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación."


RATE = Decimal("10.15")


def fee_lines(inv, today):
    amount = Decimal(inv["amount"])
    due = D(inv["due"])
    days = (today - due).days
    interest = (amount * RATE / 100 * days / 365).quantize(Decimal("0.01"), ROUND_HALF_UP)
    total = amount + interest + Decimal("40")
    lines = [
        f"factura n.º {inv['number']}: {money(inv)}",
        f"intereses de demora, {days} días al 10,15 % anual: {money(inv, interest)}",
        f"indemnización por costes de cobro (art. 8): {money(inv, 40)}",
        f"total: {money(inv, total)}",
    ]
    return lines, total


def fees_block(o, inv, today):
    if not o.get("fees") or inv.get("currency") == "USD":
        return "", None
    lines, total = fee_lines(inv, today)
    text_ = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que "
             "se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). "
             "Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de demora al tipo legal: "
             "el tipo del Banco Central Europeo para sus operaciones principales de financiación más ocho puntos "
             "porcentuales, actualmente el 10,15 % anual (arts. 5 y 7). A la deuda se añade, además, una cantidad fija "
             "de 40,00 € en concepto de indemnización por costes de cobro (art. 8).\n\n"
             "A día de hoy, el importe adeudado es el siguiente:\n" + "\n".join(f"- {x}" for x in lines))
    return text_, total


def L_courtesy(o, c, inv):
    return "\n\n".join([
        saludo(c),
        f"Un breve recordatorio: la factura n.º {inv['number']} de {money(inv)}, emitida el {long_date(D(inv['issue']))}, "
        f"vence el {long_date(D(inv['due']))}.",
        "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.",
        pay_block(o, inv),
        "Para cualquier duda, basta con responder a este correo.",
        f"Un cordial saludo,\n{o['name']}",
    ])


def L_due(o, c, inv, today):
    late = (today - D(inv["due"])).days
    if late > 0:
        first = (f"La factura n.º {inv['number']} de {money(inv)} venció el {long_date(D(inv['due']))} y, según mis "
                 "registros, el pago aún no consta. Agradecería que se tramitara en los próximos días.")
    elif late == 0:
        first = f"La factura n.º {inv['number']} de {money(inv)} vence hoy, {long_date(D(inv['due']))}."
    else:
        first = f"La factura n.º {inv['number']} de {money(inv)} vence el {long_date(D(inv['due']))}."
    return "\n\n".join([
        saludo(c), first,
        "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.",
        pay_block(o, inv),
        "Para cualquier duda, basta con responder a este correo.",
        f"Un cordial saludo,\n{o['name']}",
    ])


def L_reminder(o, c, inv, today):
    fees, _ = fees_block(o, inv, today)
    parts = [
        saludo(c),
        f"Revisando mis cuentas, veo que la factura n.º {inv['number']} de {money(inv)}, vencida el "
        f"{long_date(D(inv['due']))}, sigue pendiente de pago. Seguramente se trata de un simple descuido; "
        "agradecería que el pago se realizara en cuanto sea posible.",
    ]
    if fees:
        parts.append(fees)
    parts += [
        "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
        "transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos "
        "aclararlo por esta misma vía.",
        pay_block(o, inv),
        f"Un cordial saludo,\n{o['name']}",
    ]
    return "\n\n".join(parts)


def L_late_fee(o, c, inv, today, deadline):
    late = (today - D(inv["due"])).days
    fees, total = fees_block(o, inv, today)
    parts = [saludo(c),
             f"La factura n.º {inv['number']} de {money(inv)} venció el {long_date(D(inv['due']))}"
             + (f", hace {late} días," if late > 1 else "") + " y sigue pendiente de pago."]
    if fees:
        parts.append(fees)
    what = money(inv, total) if total else money(inv)
    parts += [
        f"Ruego que el pago de {what} se realice a más tardar el {long_date(D(deadline))}. Si ya está en curso, muchas "
        "gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o "
        "con los plazos, podemos buscar una solución por esta misma vía.",
        pay_block(o, inv),
        f"Un cordial saludo,\n{o['name']}",
    ]
    return "\n\n".join(parts)


def L_suspension(o, c, inv, today, deadline, suspension):
    fees, total = fees_block(o, inv, today)
    parts = [saludo(c),
             f"Vuelvo a ponerme en contacto en relación con la factura n.º {inv['number']} de {money(inv)}, vencida el "
             f"{long_date(D(inv['due']))} y todavía pendiente de pago."]
    if fees:
        parts.append(fees)
    what = money(inv, total) if total else money(inv)
    parts += [
        f"Si para el {long_date(D(deadline))} no se ha recibido el pago de {what}, a partir del "
        f"{long_date(D(suspension))} podría verme en la necesidad de suspender los trabajos en curso y la prestación "
        "de los servicios contratados hasta que se regularice la situación. Si existe alguna dificultad (por ejemplo, "
        "si es necesario fraccionar el pago), basta con responder a este correo y buscaremos una solución.",
        pay_block(o, inv),
        f"Un cordial saludo,\n{o['name']}",
    ]
    return "\n\n".join(parts)


def L_final(o, c, inv, today, deadline):
    fees, total = fees_block(o, inv, today)
    who = f", emitida a nombre de {c['name']} el {long_date(D(inv['issue']))}," if c.get("name") else \
        f", emitida el {long_date(D(inv['issue']))},"
    parts = [saludo(c),
             f"La factura n.º {inv['number']}{who} venció el {long_date(D(inv['due']))} y, pese a los recordatorios "
             f"enviados anteriormente, sigue pendiente de pago por un importe de {money(inv)}."]
    if fees:
        parts.append(fees)
    what = money(inv, total) if total else money(inv)
    parts += [
        "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de "
        f"{what} a más tardar el {long_date(D(deadline))}"
        + (", más los intereses de demora que se devenguen hasta la fecha del pago." if fees else "."),
        "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una invitación "
        "formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de medidas en materia "
        "de eficiencia del Servicio Público de Justicia: si existe algún motivo para el retraso, alguna discrepancia con "
        "la factura o la necesidad de un calendario de pagos, basta con responder a este correo.",
        f"Si para el {long_date(D(deadline))} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a "
        "la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría "
        "sinceramente evitarlo.",
        "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese caso, "
        "basta una breve respuesta con la fecha de la transferencia.",
        pay_block(o, inv),
        f"Atentamente,\n{o['name']}",
    ]
    return "\n\n".join(parts)


def L_formal_cover(o, c, inv, total, days, deadline):
    return "\n\n".join([
        saludo(c),
        f"Se adjunta, en PDF, el requerimiento de pago relativo a la factura n.º {inv['number']}, por un total de "
        f"{total}, que es también una invitación a negociar una solución. El plazo para el pago es de {days} días "
        f"naturales desde la recepción (hasta el {long_date(D(deadline))}).",
        "Cualquier respuesta puede enviarse a esta misma dirección.",
        f"Atentamente,\n{o['name']}",
    ])


def L_promise_followup(o, c, inv, promise_date):
    first = (f"Según su último mensaje, el pago de la factura n.º {inv['number']} de {money(inv)} se realizaría a más "
             f"tardar el {long_date(D(promise_date))}; gracias de nuevo por la información.") if promise_date else (
             f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv['number']} de {money(inv)}, "
             f"vencida el {long_date(D(inv['due']))}.")
    return "\n\n".join([
        saludo(c), first,
        "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder "
        "indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo "
        "contar con él.",
        pay_block(o, inv),
        f"Un cordial saludo,\n{o['name']}",
    ])


def L_paid_claim(o, c, inv, claim_date, paid_on):
    parts = [saludo(c),
             f"Muchas gracias por comunicarme el {long_date(D(claim_date))} que la factura n.º {inv['number']} de "
             f"{money(inv)} ya está pagada" + (f" (transferencia ordenada el {long_date(D(paid_on))})." if paid_on else "."),
             "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos "
             "días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería de "
             "gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el justificante."]
    if o.get("iban"):
        parts.append(f"Para comprobarlo, estos son los datos bancarios correctos:\n- beneficiario: {o['name']}\n"
                     f"- IBAN: {o['iban']}\n- concepto: Factura {inv['number']}")
    parts += ["Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es "
              "necesario hacer nada más. Gracias por su colaboración.",
              f"Un cordial saludo,\n{o['name']}"]
    return "\n\n".join(parts)


def L_statement(o, c, invs, today, deadline):
    lines = []
    total = Decimal(0)
    for i in invs:
        late = (today - D(i["due"])).days
        if late > 0:
            st = f"vencida el {short_date(D(i['due']))} ({late} {'día' if late == 1 else 'días'} de retraso)"
        elif late == 0:
            st = "vence hoy"
        else:
            st = f"vence el {short_date(D(i['due']))}"
        lines.append(f"- n.º {i['number']}, del {short_date(D(i['issue']))}, {st}: {money(i)}")
        total += Decimal(i["amount"])
    all_overdue = all((today - D(i["due"])).days > 0 for i in invs)
    ask = ("Ruego que el pago de " + ("estas facturas" if all_overdue else "las facturas vencidas")
           + f" se realice a más tardar el {long_date(D(deadline))}"
           + ("" if all_overdue else ", y el de las demás en su vencimiento")
           + ". Si alguna de ellas ya está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la "
             "transferencia, para que pueda actualizar mis registros. Si hay algún problema con alguna factura, podemos "
             "aclararlo por esta misma vía.")
    return "\n\n".join([
        saludo(c),
        "Revisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n" + "\n".join(lines),
        f"Total a pagar: {eur(total)}",
        ask,
        "Los datos para el pago figuran en las facturas, en los mensajes con los que se enviaron." if not o.get("iban")
        else pay_block(o, invs[-1]).replace(f"- concepto: Factura {invs[-1]['number']}",
                                             "- concepto: " + ", ".join(i["number"] for i in invs)),
        f"Un cordial saludo,\n{o['name']}",
    ])


# ---------------------------------------------------------------------------------------------
# Threads: the invoice the freelancer sent, and the reminder the client answers

def sent_msg(o, client, subject, body, when_, step, number, invoice_when=None, prior=()):
    """The freelancer's message being answered: returns a dict the quoting helpers read."""
    inv_id = mid({"gmail": "gmail", "outlook": "outlook", "apple": "apple", "thunderbird": "thunderbird"}[o["mua"]],
                 domain_of(o["email"]))
    if step == "invoice":
        msgid, refs = inv_id, []
    else:
        msgid = mailduns_id(o["email"], number, step)
        refs = [inv_id] + [mailduns_id(o["email"], number, p) for p in prior]
    return dict(text=body, dt=when_, name=o["name"], email=o["email"], subject=subject, msgid=msgid,
                refs=refs + [msgid], to_name=client.get("display") or client.get("name") or "",
                to_email=client["email"], owner=o)


# ---------------------------------------------------------------------------------------------
# Quoting, in the shapes of the common mail programs (Spanish interface unless noted)

def at(q, off):
    return q["dt"].astimezone(tz(off))


def attr_gmail(q, off):
    d = at(q, off)
    return (f"El {DIAS_AB[d.weekday()]}, {d.day} {MESES_AB[d.month - 1]} {d.year} a las {d.hour}:{d.minute:02d}, "
            f"{q['name']} (<{q['email']}>) escribió:")


def attr_apple(q, off):
    d = at(q, off)
    return f"El {d.day} {MESES_AB[d.month - 1]} {d.year}, a las {d.hour}:{d.minute:02d}, {q['name']} <{q['email']}> escribió:"


def attr_thunderbird(q, off):
    d = at(q, off)
    return f"El {d.day:02d}/{d.month:02d}/{d.year % 100:02d} a las {d.hour:02d}:{d.minute:02d}, {q['name']} escribió:"


def attr_yahoo(q, off, tzname):
    d = at(q, off)
    return (f"El {DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}, {d.hour:02d}:{d.minute:02d}:"
            f"{d.second:02d} {tzname}, {q['name']} <{q['email']}> escribió:")


def outlook_block(q, off, enviado="Enviado el", cc=None, to_line=None):
    d = at(q, off)
    to_line = to_line or (f"{q['to_name']} <{q['to_email']}>" if q["to_name"] else q["to_email"])
    rows = [("De", f"{q['name']} <{q['email']}>"),
            (enviado, f"{DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year} {d.hour}:{d.minute:02d}"),
            ("Para", to_line)]
    if cc:
        rows.append(("CC", cc))
    rows.append(("Asunto", q["subject"]))
    return rows


def outlook_block_en(q, off):
    d = at(q, off)
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return [("From", f"{q['name']} <{q['email']}>"),
            ("Sent", f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {h12}:{d.minute:02d}:"
                     f"{d.second:02d} {ampm}"),
            ("To", q["to_email"]),
            ("Subject", q["subject"])]


def gt(s):
    return "\n".join(("> " + ln) if ln else ">" for ln in s.split("\n"))


def esc(s):
    return html.escape(s, quote=False)


def html_lines(s):
    return "<br>\n".join(esc(ln) for ln in s.split("\n"))


def gmail_html_own(own):
    out = []
    for ln in own.split("\n"):
        out.append(f"<div>{esc(ln)}</div>" if ln else "<div><br></div>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>"


def outlook_html(own_html_paras, rows=None, quoted=None, font="Calibri", extra_style=""):
    head = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        '@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Calibri;}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
        'a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}\n'
        'span.EstiloCorreo18 {mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}\n'
        '.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt;}\n'
        '@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n'
        'div.WordSection1 {page:WordSection1;}\n' + extra_style +
        '--></style>\n</head>\n<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n')
    body = []
    for ln in own_html_paras.split("\n"):
        if ln.strip():
            body.append(f'<p class="MsoNormal">{esc(ln)}<o:p></o:p></p>')
        else:
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if rows:
        body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        body.append('<p class="MsoNormal"><b>' + "<br>\n<b>".join(
            f"{esc(k)}:</b> {esc(v)}" for k, v in rows) + "<o:p></o:p></p>")
        body.append("</div>")
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for ln in quoted.split("\n"):
            if ln.strip():
                body.append(f'<p class="MsoNormal">{esc(ln)}<o:p></o:p></p>')
            else:
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return head + "\n".join(body) + "\n</div>\n</body>\n</html>\n"


def plain_outlook(own, rows, quoted, rule=False):
    block = "\n".join(f"{k}: {v}" for k, v in rows)
    sep = "________________________________\n" if rule else ""
    return f"{own}\n\n{sep}{block}\n\n{quoted}\n"


# ---------------------------------------------------------------------------------------------
# Registry of messages

MESSAGES = {}


def add(n, raw, own, **labels):
    assert n not in MESSAGES, n
    labels.setdefault("language", "es")
    labels.setdefault("split", "dev")
    MESSAGES[n] = dict(raw=raw, own=own, labels=labels)


def reply_headers(frm, to, date, subject, msgid, q=None, cc=None, extra=()):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", ehdr(subject)), ("Date", rfc(date)), ("Message-ID", msgid)]
    if q:
        h += [("In-Reply-To", q["msgid"]), ("References", fold_ids(q["refs"]))]
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    return h


def owner_to(q):
    return addr(q["name"], q["email"])


# --- common client shapes ----------------------------------------------------------------------

def gmail_reply(*, frm, date, subject, own, q, off, cc=None, attachments=(), to=None, extra=()):
    plain = f"{own}\n\n{attr_gmail(q, off)}\n\n{gt(q['text'])}\n"
    htm = (gmail_html_own(own) + '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
           f'class="gmail_attr">{esc(attr_gmail(q, off))}<br></div><blockquote class="gmail_quote" '
           'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
           f"{html_lines(q['text'])}</blockquote></div>\n")
    b = "000000000000" + _hex(16)
    alt = multi("alternative", [text(plain, charset="UTF-8"), text(htm, "html", charset="UTF-8")], boundary=b)
    root = alt
    if attachments:
        root = multi("mixed", [alt] + list(attachments), boundary="000000000000" + _hex(16))
    h = reply_headers(frm, to or owner_to(q), date, subject, mid("gmail"), q, cc, extra)
    return message(h, root)


def outlook_reply(*, frm, date, subject, own, q, off, cc=None, attachments=(), charset="windows-1252",
                  enviado="Enviado el", html_only=False, plain_only=False, to=None, extra=(), latam=False,
                  quote_cc=None, thread_topic=None):
    rows = outlook_block(q, off, enviado=enviado, cc=quote_cc)
    plain = plain_outlook(own, rows, q["text"])
    parts = []
    if not html_only:
        parts.append(text(plain, charset=charset))
    if not plain_only:
        htm = outlook_html(own, rows, q["text"])
        htm = htm.replace('charset=utf-8', f'charset={charset.lower()}')
        parts.append(text(htm, "html", charset=charset))
    if len(parts) == 2:
        body = multi("alternative", parts, boundary=f"_000_{mid('outlook')[1:-1].split('@')[0]}_")
    else:
        body = parts[0]
    if attachments:
        body = multi("mixed", [body] + list(attachments), boundary=f"_004_{mid('outlook')[1:-1].split('@')[0]}_")
    msgid = mid("outlook_latam" if latam else "outlook")
    topic = thread_topic or re.sub(r"^(?:(?:RE|Re|RV|R|AW|Rif|FW|Fwd):\s*)+", "", subject)
    ex = [("Thread-Topic", ehdr(topic)),
          ("Thread-Index", "A" + _b62(30) + "=="),
          ("Accept-Language", "es-ES, en-US"),
          ("Content-Language", "es-ES"),
          ("X-MS-Has-Attach", "yes" if attachments else ""),
          ("X-MS-TNEF-Correlator", "")] + list(extra)
    h = reply_headers(frm, to or owner_to(q), date, subject, msgid, q, cc, ex)
    return message(h, body)


def apple_reply(*, frm, date, subject, own, q, off, attachments=(), iphone=True, to=None, extra=(), domain="icloud.com"):
    attrline = attr_apple(q, off)
    plain = f"{own}\n\n{attrline}\n\n{gt(q['text'])}\n"
    own_html = "".join(f"<div dir=\"ltr\">{esc(ln) if ln else '<br>'}</div>" for ln in own.split("\n"))
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           f'<body dir="auto">{own_html}<div dir="ltr"><br><blockquote type="cite">{esc(attrline)}<br><br></blockquote>'
           f'</div><blockquote type="cite"><div dir="ltr">{html_lines(q["text"])}</div></blockquote></body></html>\n')
    b = f"Apple-Mail-{_hex(8).upper()}-{_hex(4).upper()}-{_hex(4).upper()}-{_hex(4).upper()}-{_hex(12).upper()}"
    alt = multi("alternative", [text(plain, charset="utf-8"), text(htm, "html", charset="utf-8")], boundary=b)
    root = alt
    if attachments:
        b2 = f"Apple-Mail-{_hex(8).upper()}-{_hex(4).upper()}-{_hex(4).upper()}-{_hex(4).upper()}-{_hex(12).upper()}"
        root = multi("mixed", [alt] + list(attachments), boundary=b2)
    mailer = "iPhone Mail (22C152)" if iphone else "Apple Mail (2.3826.300.87.4.3)"
    h = reply_headers(frm, to or owner_to(q), date, subject, mid("apple", domain), q, None,
                      [("X-Mailer", mailer)] + list(extra))
    h = [(k, "1.0 (1.0)" if k == "MIME-Version" else v) for k, v in h]
    return message(h, root)


def thunderbird_reply(*, frm, date, subject, own, q, off, charset="UTF-8", cte="8bit", to=None, extra=(),
                      attachments=(), domain=None):
    plain = f"{own}\n\n{attr_thunderbird(q, off)}\n{gt(q['text'])}\n"
    body = text(plain, charset=charset, cte=cte, params="; format=flowed")
    if attachments:
        body = multi("mixed", [body] + list(attachments), boundary="------------" + _b62(24),
                     preamble="This is a multi-part message in MIME format.")
    h = reply_headers(frm, to or owner_to(q), date, subject,
                      mid("thunderbird", domain or domain_of(re.search(r"<([^>]+)>", frm).group(1))), q, None,
                      [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "es-ES")] + list(extra))
    return message(h, body)


def outlook_mobile_reply(*, frm, date, subject, own, q, off, android=False, to=None, extra=()):
    rows = outlook_block_en(q, off)
    foot = "Obtener Outlook para Android" if android else "Obtener Outlook para iOS"
    plain = f"{own}\n\n{foot}\n" + "________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows) \
        + f"\n\n{q['text']}\n"
    own_html = "".join(f"<div dir=\"auto\">{esc(ln) if ln else '<br>'}</div>" for ln in own.split("\n"))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           f'{own_html}<div dir="auto"><br></div><div class="ms-outlook-mobile-signature" dir="auto">'
           f'<a href="https://aka.ms/{"AAb9ysg" if android else "o0ukef"}">{foot}</a></div>'
           '<div id="mail-editor-reference-message-container"><hr style="display:inline-block;width:98%" tabindex="-1">'
           '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
           + "<br>".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in rows) +
           f'</font><div>&nbsp;</div></div><div>{html_lines(q["text"])}</div></div></body></html>\n')
    b = f"_000_{mid('outlook')[1:-1].split('@')[0]}_"
    alt = multi("alternative", [text(plain, charset="utf-8", cte="base64"),
                                text(htm, "html", charset="utf-8", cte="base64")], boundary=b)
    h = reply_headers(frm, to or owner_to(q), date, subject, mid("outlook"), q, None,
                      [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")] + list(extra))
    return message(h, alt)


def samsung_reply(*, frm, date, subject, own, q, off, to=None, extra=()):
    """Samsung Email on a Galaxy phone: 'Enviado desde mi Galaxy' and a '-------- Mensaje original --------' block."""
    d = at(q, off)
    sign = "+" if off[0] == "+" else "-"
    rows = [("De", f"{q['name']} <{q['email']}>"),
            ("Fecha", f"{d.day}/{d.month}/{d.year % 100} {d.hour}:{d.minute:02d} (GMT{sign}{off[1:3]}:{off[3:5]})"),
            ("A", q["to_email"]), ("Asunto", q["subject"])]
    plain = (f"{own}\n\n\n\nEnviado desde mi Galaxy\n\n\n-------- Mensaje original --------\n"
             + "\n".join(f"{k}: {v}" for k, v in rows) + f"\n\n{q['text']}\n")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
           + "".join(f'<div dir="auto">{esc(ln) if ln else "<br>"}</div>' for ln in own.split("\n"))
           + '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
           '<div style="font-size:85%;color:#575757" dir="auto">Enviado desde mi Galaxy</div></div><div dir="auto"><br></div>'
           '<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- Mensaje original --------'
           '</div>' + "".join(f"<div>{esc(k)}: {esc(v)} </div>" for k, v in rows)
           + f'<div><br></div></div>{html_lines(q["text"])}</body></html>\n')
    alt = multi("alternative", [text(plain, charset="UTF-8", cte="base64"), text(htm, "html", charset="UTF-8", cte="base64")],
                boundary="--_com.samsung.android.email_" + str(RNG.randint(10**14, 10**15)))
    h = reply_headers(frm, to or owner_to(q), date, subject, mid("other", "email.android.com"), q, None, list(extra))
    return message(h, alt)


# =============================================================================================
# The messages
# =============================================================================================

# ---- 0001 · Murcia · conservera paga tras el primer recordatorio, con justificante --------------
o = OWNERS["lucia"]
c = dict(kind="company", name="Conservas Hermanos Lorente, S.L.", email="administracion@conservaslorente.es",
         display="Administración Conservas Lorente")
inv = dict(number="2026/118", amount="847.00", issue="2026-10-10", due="2026-11-09")
q = sent_msg(o, c, "Re: Factura 2026/118", L_reminder(o, c, inv, D("2026-11-16")),
             when("2026-11-16 09:00:41 +0100"), "reminder", inv["number"])
own = T("""
    Buenos días Lucía,

    Perdona, se nos había quedado traspapelada con el cierre de mes. Esta mañana hemos hecho la transferencia de la factura 2026/118 por 847,00 €, te adjunto el justificante.

    Los folletos de la feria han gustado mucho, seguramente te llamemos para el catálogo de primavera.

    Un saludo,

    Encarni Sánchez
    Administración
    Conservas Hermanos Lorente, S.L.
    Ctra. de Fortuna, km 3 · 30500 Molina de Segura (Murcia)
    Tel. 968 64 12 30

    AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Conservas Hermanos Lorente, S.L. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía. De acuerdo con el Reglamento (UE) 2016/679 y la LOPDGDD, le informamos de que sus datos se tratan con la finalidad de mantener la relación comercial.
""")
raw = outlook_reply(frm=addr("Encarni Sánchez | Conservas Hnos. Lorente", c["email"]),
                    date=when("2026-11-17 09:48:31 +0100"), subject="RE: Factura 2026/118", own=own, q=q,
                    off="+0100", attachments=[attachment("Justificante transferencia 17-11-2026.pdf",
                                                         "application/pdf", tiny_pdf("Justificante"))])
add(1, raw, own, kind="client-reply-paid", amount="847.00", currency="EUR", reference="2026/118",
    note="Transfer made this morning, receipt attached; the praise for the leaflets and the legal disclaimer are noise.")

# ---- 0002 · Córdoba (AR) · voseo, promete para el lunes -----------------------------------------
o = OWNERS["julian"]
c = dict(kind="person", name="Matías Ferreyra", email="mati.ferreyra@gmail.com")
inv = dict(number="JP-2026-031", amount="950.00", currency="USD", issue="2026-10-20", due="2026-11-19")
q = sent_msg(o, c, "Re: Factura JP-2026-031", L_due(o, c, inv, D("2026-11-20")),
             when("2026-11-20 09:00:07 +0100"), "due", inv["number"])
own = T("""
    Juli, qué hacés! Mil disculpas, se me pasó totalmente con el laburo de fin de año.
    El lunes sin falta te transfiero los 950 dólares, ahora ya cerró el banco y desde el home banking no me deja mandar al exterior fuera de horario.

    Abrazo grande
    Mati
""")
raw = gmail_reply(frm=addr("Matías Ferreyra", c["email"]), date=when("2026-11-20 18:22:07 -0300"),
                  subject="Re: Factura JP-2026-031", own=own, q=q, off="-0300")
add(2, raw, own, kind="client-reply-promise", promised_date="2026-11-23", amount="950.00", currency="USD",
    note="'El lunes' from Friday 20 Nov (Córdoba, -0300) is Monday 23 Nov; 'dólares' said by an Argentine client means USD.")

# ---- 0003 · Zaragoza · 'esta factura ya nos la cobraste' ---------------------------------------
o = OWNERS["daniel"]
c = dict(kind="company", name="Talleres Lacasta, S.L.", email="pilar.lacasta@tallereslacasta.es",
         display="Pilar Lacasta")
inv = dict(number="2026-0215", amount="605.00", issue="2026-10-01", due="2026-10-31")
q = sent_msg(o, c, "Re: Factura 2026-0215", L_late_fee(o, c, inv, D("2026-11-24"), "2026-12-04"),
             when("2026-11-24 09:00:03 +0100"), "late_fee", inv["number"], prior=("reminder",))
own = T("""
    Daniel, buenos días:

    Revisando con el asesor, esta factura es la misma que la 2026-0187 de septiembre, que ya os pagamos el 5 de octubre: mismo concepto (mantenimiento web tercer trimestre) y mismo importe, 605 euros. Entiendo que será un error, pero a nosotros no nos consta que haya trabajo nuevo facturable en ese periodo.

    Por tanto no vamos a pagarla, y tampoco los intereses y los 40 € que reclamáis. Si es un error, mándanos la rectificativa para anularla y lo cerramos. Si no lo es, explícame qué trabajo corresponde porque yo no lo veo.

    Un saludo,
    Pilar Lacasta
    Administración - Talleres Lacasta, S.L.
    Polígono Malpica, calle E, nave 14 - 50016 Zaragoza
""")
raw = outlook_reply(frm=addr("Pilar Lacasta", c["email"]), date=when("2026-11-25 12:05:44 +0100"),
                    subject="RE: Factura 2026-0215", own=own, q=q, off="+0100", charset="iso-8859-15",
                    plain_only=True, enviado="Enviado el")
add(3, raw, own, kind="client-reply-dispute",
    note="Says the invoice duplicates 2026-0187, already paid, and refuses it and the Ley 3/2004 fees; her own words "
         "name only the other invoice, the disputed number is only in the subject and the quote, so no reference.")

# ---- 0004 · Chile · fuera de la oficina (Exchange), del 21/12 al 8/1 -----------------------------
o = OWNERS["daniel"]
c = dict(kind="company", name="Agrícola El Maitén SpA", email="rvaldes@agricolaelmaiten.cl", display="Rodrigo Valdés Fuenzalida")
inv = dict(number="2026-0233", amount="1210.00", issue="2026-11-13", due="2026-12-13")
q = sent_msg(o, c, "Re: Factura 2026-0233", L_reminder(o, c, inv, D("2026-12-21")),
             when("2026-12-21 09:00:02 +0100"), "reminder", inv["number"])
own = T("""
    Estimado(a):

    Me encuentro fuera de la oficina por vacaciones entre el 21 de diciembre y el 8 de enero, con acceso limitado al correo electrónico.

    Para temas urgentes, favor contactar a Carolina Muñoz (cmunoz@agricolaelmaiten.cl) o al +56 2 2945 7710.

    Saludos cordiales,
    Rodrigo Valdés F.
    Gerente de Administración y Finanzas
    Agrícola El Maitén SpA
""")
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
       + "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in own.split("\n")) + "</body></html>\n")
b = f"_000_{mid('outlook_latam')[1:-1].split('@')[0]}_"
root = multi("alternative", [text(own + "\n", charset="utf-8", cte="base64"),
                             text(htm, "html", charset="utf-8", cte="base64")], boundary=b)
h = reply_headers(addr("Rodrigo Valdés Fuenzalida", c["email"]), owner_to(q), when("2026-12-21 05:00:09 -0300"),
                  "Respuesta automática: Re: Factura 2026-0233", mid("outlook_latam"), q, None,
                  [("Thread-Topic", "Factura 2026-0233"), ("Auto-Submitted", "auto-generated"),
                   ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", c["email"]),
                   ("Content-Language", "es-CL")])
add(4, message(h, root), own, kind="auto-reply", return_date="2027-01-08",
    note="Exchange out-of-office; the absence runs 'entre el 21 de diciembre y el 8 de enero', so the day named is 8 January 2027.")

# ---- 0005 · Lima · transferencia internacional con MT103 adjunto, Outlook solo HTML ---------------
o = OWNERS["sofia"]
c = dict(kind="company", name="Andina Export S.A.C.", email="gparedes@andinaexport.com.pe", display="Giovanna Paredes Huamán")
inv = dict(number="SM/2026/58", amount="640.00", issue="2026-10-28", due="2026-11-27")
q = sent_msg(o, c, "Re: Factura SM/2026/58 - Traducción certificados", L_reminder(o, c, inv, D("2026-12-01")),
             when("2026-12-01 09:00:15 +0100"), "reminder", inv["number"])
own = T("""
    Estimada Sofía:

    Buenas tardes. Le informo que el día de hoy nuestra área de Tesorería efectuó la transferencia internacional correspondiente a la factura SM/2026/58, por el importe de EUR 640.00. Adjunto el comprobante SWIFT (MT103) para su control.

    Le pedimos las disculpas del caso por la demora; el pago estaba observado porque faltaba el sustento de la orden de servicio, ya regularizado.

    Quedo atenta a su confirmación de recepción.

    Atentamente,

    Giovanna Paredes Huamán
    Analista de Cuentas por Pagar
    Andina Export S.A.C.
    Av. Javier Prado Este 4200, Of. 702 – Santiago de Surco, Lima
    Telf. (01) 372-4410 anexo 215
""")
raw = outlook_reply(frm=addr("Giovanna Paredes Huamán", c["email"]), date=when("2026-12-03 16:40:19 -0500"),
                    subject="RE: Factura SM/2026/58 - Traducción certificados", own=own, q=q, off="-0500",
                    charset="utf-8", html_only=True, latam=True,
                    attachments=[attachment("MT103_ANDINA_EXPORT_20261203.pdf", "application/pdf", tiny_pdf("MT103"))])
add(5, raw, own, kind="client-reply-paid", amount="640.00", currency="EUR", reference="SM/2026/58",
    note="Peruvian AP analyst: Treasury made the international transfer today, MT103 attached; HTML-only Outlook message.")

# ---- 0006 · València · 'Recibido, gracias', lo pasa a contabilidad (iPhone) ----------------------
o = OWNERS["lucia"]
c = dict(kind="company", name="Vilaplana Arquitectes, S.L.P.", email="jordi@vilaplana-arquitectes.com", display="Jordi Vilaplana")
inv = dict(number="2026/125", amount="363.00", issue="2026-10-16", due="2026-11-15")
q = sent_msg(o, c, "Re: Factura 2026/125", L_courtesy(o, c, inv), when("2026-11-09 09:00:28 +0100"),
             "courtesy", inv["number"])
own = T("""
    Recibido, gracias Lucía! Lo paso a contabilidad para que lo tengan en cuenta.

    Enviado desde mi iPhone
""")
raw = apple_reply(frm=addr("Jordi Vilaplana", c["email"]), date=when("2026-11-09 10:31:02 +0100"),
                  subject="Re: Factura 2026/125", own=own, q=q, off="+0100", domain="vilaplana-arquitectes.com")
add(6, raw, own, kind="client-reply-other",
    note="Acknowledges the courtesy reminder and passes it to accounts; no payment and no promise.")

# ---- 0007 · Aragón · Intervención municipal: pendiente de Junta de Gobierno ----------------------
o = OWNERS["daniel"]
c = dict(kind="company", name="Ayuntamiento de Torrellas del Huecha", email="intervencion@torrellasdelhuecha.es",
         display="Intervención Ayto. Torrellas del Huecha")
inv = dict(number="2026-0221", amount="1452.00", issue="2026-10-30", due="2026-11-29")
q = sent_msg(o, c, "Re: Factura 2026-0221 - Mantenimiento sede electrónica", L_reminder(o, c, inv, D("2026-12-09")),
             when("2026-12-09 09:00:05 +0100"), "reminder", inv["number"])
own = T("""
    Buenos días,

    En contestación a su correo, le informo de que la factura n.º 2026-0221 fue registrada en FACe el 9 de noviembre y está pendiente de aprobación por la Junta de Gobierno Local, que se reunirá el próximo 17 de diciembre. Una vez aprobada, se ordenará el pago por Tesorería dentro del plazo legal de 30 días.

    Disculpe las molestias.

    Reciba un cordial saludo,

    María Jesús Gimeno Lasheras
    Intervención
    Ayuntamiento de Torrellas del Huecha
    Plaza de España, 1 - 50547 Torrellas del Huecha (Zaragoza)
    Tfno. 976 85 40 12
""")
raw = outlook_reply(frm=addr("Intervención - Ayto. Torrellas del Huecha", c["email"]),
                    date=when("2026-12-10 13:12:55 +0100"),
                    subject="RE: Factura 2026-0221 - Mantenimiento sede electrónica", own=own, q=q, off="+0100",
                    plain_only=True)
add(7, raw, own, kind="client-reply-promise", reference="2026-0221",
    note="The council will order payment once the Junta de Gobierno approves it on 17 Dec, 'within the legal 30 days': "
         "a promise without a fixed day (17 Dec is the meeting, not the payment), so no promised_date.")

# ---- 0008 · Bounce · Gmail en español, dirección inexistente --------------------------------------
o = OWNERS["lucia"]
c = dict(kind="company", name="Talleres Catarroja, S.L.", email="administracion@tallerescatarroja.es")
inv = dict(number="2026/129", amount="242.00", issue="2026-10-31", due="2026-11-30")
orig_text = L_due(o, c, inv, D("2026-12-01"))
orig_id = mailduns_id(o["email"], inv["number"], "due")
orig = message([("From", addr(o["name"], o["email"])), ("To", c["email"]), ("Subject", "Re: Factura 2026/129"),
                ("Date", rfc(when("2026-12-01 09:00:12 +0100"))), ("Message-ID", orig_id),
                ("In-Reply-To", mid("gmail")), ("MIME-Version", "1.0")],
               text(orig_text + "\n", charset="utf-8"))
own = T("""
    No se ha encontrado la dirección

    No se ha entregado tu mensaje a administracion@tallerescatarroja.es porque no se ha encontrado la dirección o esta no puede recibir correo.

    La respuesta del servidor remoto ha sido:

    550 5.1.1 <administracion@tallerescatarroja.es>: Recipient address rejected: User unknown in virtual mailbox table
""")
htm = T("""
    <html>
    <head>
    <style>
    * {
    font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
    }
    </style>
    </head>
    <body>
    <table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
    <tr><td>
    <table cellpadding=0 cellspacing=0><tbody>
    <tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
    <img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Icono de error" src="cid:icon.png">
    <table style="min-width:272px;padding-top:8px"><tbody>
    <tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">
    No se ha encontrado la dirección
    </h2></td></tr>
    <tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">
    No se ha entregado tu mensaje a <a style='color:#212121;text-decoration:none'><b>administracion@tallerescatarroja.es</b></a> porque no se ha encontrado la dirección o esta no puede recibir correo.
    </td></tr>
    <tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left">
    <a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">MÁS INFORMACIÓN</a>
    </td></tr>
    </tbody></table>
    </td></tr>
    </tbody></table>
    </td></tr>
    <tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
    <td align="left" style="padding:48px 10px">
    La respuesta del servidor remoto ha sido:<br/>
    <p style="font-family:monospace">
    550 5.1.1 &lt;administracion@tallerescatarroja.es&gt;: Recipient address rejected: User unknown in virtual mailbox table
    </p>
    </td>
    </tr>
    </tbody></table>
    </body>
    </html>
""")
dsn = T("""
    Reporting-MTA: dns; googlemail.com
    Received-From-MTA: dns; lucia@luciaferrer.es
    Arrival-Date: Tue, 01 Dec 2026 00:00:12 -0800 (PST)
    X-Original-Message-ID: {orig_id}

    Final-Recipient: rfc822; administracion@tallerescatarroja.es
    Action: failed
    Status: 5.1.1
    Remote-MTA: dns; mx1.tallerescatarroja.es. (185.42.104.17, the server for the domain tallerescatarroja.es.)
    Diagnostic-Code: smtp; 550 5.1.1 <administracion@tallerescatarroja.es>: Recipient address rejected: User unknown in virtual mailbox table
    Last-Attempt-Date: Tue, 01 Dec 2026 00:00:14 -0800 (PST)
""").replace("{orig_id}", orig_id) + "\n"
related = multi("related", [multi("alternative", [text(own + "\n", charset="UTF-8"), text(htm, "html", charset="UTF-8")],
                                  boundary="000000000000" + _hex(16)),
                            attachment("icon.png", "image/png", TINY_PNG, disposition="inline", cid="icon.png")],
                boundary="000000000000" + _hex(16))
root = multi("report", [related, raw_part("message/delivery-status", dsn.encode()),
                        raw_part("message/rfc822", orig)],
             boundary="000000000000" + _hex(16), params="; report-type=delivery-status")
h = [("Return-Path", "<>"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", o["email"]),
     ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
     ("References", orig_id), ("In-Reply-To", orig_id), ("X-Failed-Recipients", c["email"]),
     ("Message-ID", f"<{_hex(12)}.{_b62(18)}@mx.google.com>"), ("Date", "Tue, 01 Dec 2026 00:00:14 -0800"),
     ("MIME-Version", "1.0")]
add(8, message(h, root), own, kind="bounce", failed_recipient="administracion@tallerescatarroja.es", permanent=True,
    note="Gmail bounce in Spanish for a due-date reminder; 550 5.1.1 user unknown, a permanent failure.")

# ---- 0009 · Asturias · Bizum de 150 €, con palabras asturianas (Outlook Android) ------------------
o = OWNERS["marta"]
c = dict(kind="person", name="Covadonga Álvarez", email="cova.alvarez.m@hotmail.com")
inv = dict(number="MQ-26-052", amount="150.00", issue="2026-11-16", due="2026-12-01")
q = sent_msg(o, c, "Re: Factura MQ-26-052", L_due(o, c, inv, D("2026-12-02")),
             when("2026-12-02 09:00:19 +0100"), "due", inv["number"])
own = T("""
    Hola Marta!! Perdona ho, que yo pensaba que ya te lo pasara... Ya te fice el bizum ahora mismo, 150 €, míralo a ver si te llegó bien.

    Las fotos de los guajes quedaron preciosines, mi madre ta encantada 😍

    Un besín
    Cova
""")
raw = outlook_mobile_reply(frm=addr("Cova Álvarez", c["email"]), date=when("2026-12-05 21:17:33 +0100"),
                           subject="Re: Factura MQ-26-052", own=own, q=q, off="+0100", android=True)
add(9, raw, own, kind="client-reply-paid", amount="150.00", currency="EUR",
    note="Asturian speech ('fice' = hice, 'ta' = está, 'guajes' = niños, 'pasara' as a past tense): she has just sent a Bizum of 150 €.")

# ---- 0010 · Mallorca · hotel retiene el pago: falta la versión en alemán --------------------------
o = OWNERS["toni"]
c = dict(kind="company", name="Hotel Sa Torreta, S.L.", email="direccio@hotelsatorreta.com", display="Margalida Bauzà")
inv = dict(number="TC-2026-119", amount="3872.00", issue="2026-11-30", due="2026-12-30")
q = sent_msg(o, c, "Re: Factura TC-2026-119", L_late_fee(o, c, inv, D("2027-01-12"), "2027-01-22"),
             when("2027-01-12 09:00:33 +0100"), "late_fee", inv["number"], prior=("reminder",))
own = T("""
    Bon dia Toni,

    Te contesto al recordatorio. No hemos pagado la factura TC-2026-119 porque la web todavía no está como quedamos: falta la versión en alemán, que para nosotros es el 60 % de los clientes, y el motor de reservas sigue dando error con las tarjetas desde el móvil. En el presupuesto que firmamos en septiembre ponía clarament «web trilingüe (ES/EN/DE)» y entrega antes del 30 de noviembre.

    Hasta que no esté todo funcionando no vamos a hacer el pago. Tampoco me parece bien que se añadan intereses por un retraso que no es nuestro.

    Cuando lo tengas acabado me avisas y lo revisamos juntos.

    Salutacions,

    Margalida Bauzà
    Direcció - Hotel Sa Torreta ***
    Carrer de sa Torreta, 12 · 07590 Cala Rajada (Mallorca)
""")
raw = outlook_reply(frm=addr("Margalida Bauzà", c["email"]), date=when("2027-01-13 17:45:10 +0100"),
                    subject="RE: Factura TC-2026-119", own=own, q=q, off="+0100", enviado="Enviado")
add(10, raw, own, kind="client-reply-dispute", reference="TC-2026-119",
    note="Catalan-speaking hotel manager withholds payment until the German version and booking engine work, and "
         "rejects the late-payment interest.")

# ---- 0011 · Argentina · pide link de PayPal (no puede girar al exterior) ---------------------------
o = OWNERS["julian"]
c = dict(kind="company", name="Estudio Benítez", email="lucila@estudiobenitez.com.ar", display="Lucila Benítez")
inv = dict(number="JP-2026-034", amount="780.00", currency="USD", issue="2026-11-02", due="2026-12-02")
q = sent_msg(o, c, "Re: Factura JP-2026-034", L_due(o, c, inv, D("2026-12-02")),
             when("2026-12-02 09:00:11 +0100"), "due", inv["number"])
own = T("""
    Hola Julián, ¿cómo andás?

    Te cuento que desde la cuenta de la empresa no podemos girar a España, el banco nos pide un montón de papeles y encima el cupo para pagar servicios al exterior lo tenemos agotado este mes. ¿No tenés PayPal o algún link de pago con tarjeta? Decime y lo vemos con el contador.

    Gracias!
    Lu

    --
    Lucila Benítez
    Estudio Benítez · Arquitectura & Interiores
    Rosario, Santa Fe
""")
raw = gmail_reply(frm=addr("Lucila Benítez", c["email"]), date=when("2026-12-02 11:03:40 -0300"),
                  subject="Re: Factura JP-2026-034", own=own, q=q, off="-0300")
add(11, raw, own, kind="client-reply-other",
    note="Asks for a PayPal or card link because they cannot wire abroad; no payment and no promise yet.")

# ---- 0012 · Aviso bancario · transferencia recibida (Caixa Llevant, ficticio) ----------------------
own = T("""
    Hola, LUCIA:

    Te informamos de que has recibido una transferencia en tu cuenta ES** **** **** **** **** 7801.

    Importe: 847,00 EUR
    Ordenante: CONSERVAS HERMANOS LORENTE SL
    Concepto: FRA 2026/118 LUCIA FERRER
    Fecha de la operación: 17/11/2026
    Fecha valor: 18/11/2026

    Puedes consultar el detalle del movimiento en Caixa Llevant Online o en la app.

    Este es un mensaje automático; por favor, no respondas a este correo. Caixa Llevant nunca te pedirá tus claves ni códigos de firma por correo electrónico.
""")
htm = T("""
    <!DOCTYPE html>
    <html lang="es"><head><meta charset="utf-8"><title>Transferencia recibida</title></head>
    <body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;color:#333">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
    <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
    <tr><td style="background:#00594f;padding:18px 24px"><img src="https://www.caixallevant.es/mail/logo-blanco.png" alt="Caixa Llevant" width="140"></td></tr>
    <tr><td style="padding:24px">
    <p style="font-size:16px">Hola, LUCIA:</p>
    <p>Te informamos de que has recibido una transferencia en tu cuenta ES** **** **** **** **** 7801.</p>
    <table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
    <tr><td style="color:#777">Importe:</td><td><strong>847,00 EUR</strong></td></tr>
    <tr><td style="color:#777">Ordenante:</td><td>CONSERVAS HERMANOS LORENTE SL</td></tr>
    <tr><td style="color:#777">Concepto:</td><td>FRA 2026/118 LUCIA FERRER</td></tr>
    <tr><td style="color:#777">Fecha de la operación:</td><td>17/11/2026</td></tr>
    <tr><td style="color:#777">Fecha valor:</td><td>18/11/2026</td></tr>
    </table>
    <p>Puedes consultar el detalle del movimiento en Caixa Llevant Online o en la app.</p>
    <p style="font-size:12px;color:#888">Este es un mensaje automático; por favor, no respondas a este correo. Caixa Llevant nunca te pedirá tus claves ni códigos de firma por correo electrónico.</p>
    </td></tr></table></td></tr></table>
    </body></html>
""")
root = multi("alternative", [text(own + "\n", charset="utf-8"), text(htm, "html", charset="utf-8")])
h = [("From", addr("Caixa Llevant", "avisos@caixallevant.es")), ("To", "lucia@luciaferrer.es"),
     ("Subject", ehdr("Has recibido una transferencia")), ("Date", rfc(when("2026-11-18 07:02:11 +0100"))),
     ("Message-ID", f"<{_hex(20)}@notificaciones.caixallevant.es>"), ("MIME-Version", "1.0")]
add(12, message(h, root), own, kind="payment-notification", amount="847.00", currency="EUR", reference="2026/118",
    note="Bank notice of an incoming transfer; the concepto 'FRA 2026/118' names the invoice.")

# ---- 0013 · Lima · 'mañana a primera hora', escrito casi a medianoche -------------------------------
o = OWNERS["sofia"]
c = dict(kind="person", name="Renzo Quispe Torres", email="renzo.quispe.t@gmail.com")
inv = dict(number="SM/2026/71", amount="280.00", issue="2026-12-15", due="2027-01-14")
q = sent_msg(o, c, "Re: Factura SM/2026/71", L_reminder(o, c, inv, D("2027-01-21")),
             when("2027-01-21 09:00:22 +0100"), "reminder", inv["number"])
own = T("""
    Sofía buenas noches, recién veo su correo, disculpe. Mañana a primera hora le hago el depósito por Western Union, no se preocupe. Le envío el código apenas lo tenga.

    Saludos
    Renzo
""")
raw = gmail_reply(frm=addr("Renzo Quispe", c["email"]), date=when("2027-01-21 23:41:12 -0500"),
                  subject="Re: Factura SM/2026/71", own=own, q=q, off="-0500")
add(13, raw, own, kind="client-reply-promise", promised_date="2027-01-22",
    note="Written Thursday 21 Jan at 23:41 in Lima (-0500), already Friday in UTC: 'mañana' is Friday 22 Jan in the sender's zone.")

# ---- 0014 · Navarra · recuento de palabras: pide factura corregida ---------------------------------
o = OWNERS["iker"]
c = dict(kind="company", name="Harineras del Bidasoa, S.A.", email="azabaleta@harinerasbidasoa.com", display="Ainhoa Zabaleta")
inv = dict(number="F-2026-091", amount="524.03", issue="2026-10-29", due="2026-11-28")
q = sent_msg(o, c, "Re: Factura F-2026-091", L_reminder(o, c, inv, D("2026-11-30")),
             when("2026-11-30 09:00:09 +0100"), "reminder", inv["number"])
own = T("""
    Hola Iker:

    He ido a pasar la factura F-2026-091 a pago y no me cuadra. Nos cobras 4.812 palabras a 0,09 €, pero el manual de mantenimiento que te mandamos tiene 3.940 según el Word (te adjunto captura del recuento). Entiendo que igual has contado las tablas o los pies de foto repetidos, pero eso no es lo que hablamos.

    ¿Puedes revisarlo y mandarnos la factura corregida? En cuanto la tengamos la pagamos.

    Gracias,

    Ainhoa Zabaleta
    Compras – Harineras del Bidasoa, S.A.
    Pol. Ind. Areta, calle C, 4 · 31620 Huarte (Navarra)
""")
raw = outlook_reply(frm=addr("Ainhoa Zabaleta", c["email"]), date=when("2026-12-01 16:20:09 +0100"),
                    subject="RE: Factura F-2026-091", own=own, q=q, off="+0100", charset="utf-8", plain_only=True,
                    enviado="Enviado",
                    attachments=[attachment("recuento_palabras.png", "image/png", TINY_PNG)])
add(14, raw, own, kind="client-reply-dispute", reference="F-2026-091",
    note="Contests the word count (4,812 billed vs 3,940) and asks for a corrected invoice; 'en cuanto la tengamos la "
         "pagamos' is conditional, so dispute, not promise.")

# ---- 0015 · Chile · pago cursado hoy, tarda 2-3 días hábiles ---------------------------------------
o = OWNERS["daniel"]
c = dict(kind="company", name="Viña Quebrada Alta Ltda.", email="ftoro@vinaquebradaalta.cl", display="Francisca Toro")
inv = dict(number="2026-0229", amount="2420.00", issue="2026-11-20", due="2026-12-20")
q = sent_msg(o, c, "Re: Factura 2026-0229", L_late_fee(o, c, inv, D("2027-01-08"), "2027-01-18"),
             when("2027-01-08 09:00:14 +0100"), "late_fee", inv["number"], prior=("reminder",))
own = T("""
    Hola Daniel, ¿cómo estás?

    Te cuento que el pago de la factura 2026-0229 quedó cursado hoy en la mañana. Como es transferencia internacional, el banco nos dice que demora entre 2 y 3 días hábiles en llegar, así que si no te aparece todavía no te asustes jaja.

    Cualquier cosa me avisas.

    Saludos cordiales,

    Francisca Toro Riquelme
    Jefa de Administración
    Viña Quebrada Alta
    Camino a Pirque s/n, Pirque – Región Metropolitana
""")
raw = gmail_reply(frm=addr("Francisca Toro", c["email"]), date=when("2027-01-11 10:05:55 -0300"),
                  subject="Re: Factura 2026-0229", own=own, q=q, off="-0300")
add(15, raw, own, kind="client-reply-paid", reference="2026-0229",
    note="'El pago quedó cursado hoy' (Chilean: the transfer was issued today); the 2-3 days are bank transit, not a promise.")

# ---- 0016 · Acuse automático de incidencia (cuentas a pagar de un grupo hotelero) -------------------
o = OWNERS["toni"]
c = dict(kind="company", name="Grupo Hotelero Tramuntana, S.A.", email="proveedores@grupotramuntana.com")
inv = dict(number="TC-2026-124", amount="968.00", issue="2026-12-04", due="2027-01-03")
q = sent_msg(o, c, "Re: Factura TC-2026-124", L_reminder(o, c, inv, D("2027-01-07")),
             when("2027-01-07 09:00:05 +0100"), "reminder", inv["number"])
own = T("""
    Estimado proveedor:

    Hemos recibido su mensaje y se ha registrado con el número de incidencia #48213. Nuestro equipo de Cuentas a Pagar lo revisará en un plazo máximo de 5 días hábiles.

    Le recordamos que las facturas deben enviarse únicamente a facturas@grupotramuntana.com indicando el número de pedido (PO). Las consultas sobre el estado de los pagos pueden realizarse en el Portal de Proveedores.

    Por favor, no responda a este mensaje: las respuestas a esta dirección no se atienden.

    Atención a Proveedores
    Grupo Hotelero Tramuntana
""")
htm = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
       + "".join(f"<p>{html_lines(p)}</p>" for p in own.split("\n\n"))
       + '<p style="color:#999;font-size:11px">[ref:_00D5800000hJk._5004T01aZp:ref]</p></body></html>\n')
root = multi("alternative", [text(own + "\n\n[ref:_00D5800000hJk._5004T01aZp:ref]\n", charset="utf-8"),
                             text(htm, "html", charset="utf-8")])
h = reply_headers(addr("Atención a Proveedores - Grupo Tramuntana", c["email"]), o["email"],
                  when("2027-01-07 09:00:12 +0100"), "[Incidencia #48213] Re: Factura TC-2026-124",
                  f"<{_hex(24)}@sfdc.grupotramuntana.com>", q, None,
                  [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
add(16, message(h, root), own, kind="auto-reply",
    note="Ticket acknowledgement from the accounts-payable helpdesk, with RFC 3834 header; no absence, so no return_date.")

# ---- 0017 · Mallorca · contabilidad paga el 25 -----------------------------------------------------
o = OWNERS["toni"]
c = dict(kind="company", name="Hotel Es Pinar, S.A.", email="comptabilitat@hotelespinar.es", display="Comptabilitat Hotel Es Pinar")
inv = dict(number="TC-2026-121", amount="1815.00", issue="2026-11-27", due="2026-12-27")
q = sent_msg(o, c, "Re: Factura TC-2026-121", L_reminder(o, c, inv, D("2027-01-04")),
             when("2027-01-04 09:00:17 +0100"), "reminder", inv["number"])
own = T("""
    Hola Toni,

    Disculpa el retraso en contestar, con el hotel cerrado por temporada vamos más lentos. Nosotros pagamos a proveedores los días 10 y 25 de cada mes; la factura TC-2026-121 ya está aprobada por dirección y entra en el pago del 25 de este mes, por transferencia como siempre.

    Una abraçada,

    Joana Mas
    Comptabilitat – Hotel Es Pinar
    Passeig Marítim, 33 · 07660 Cala d'Or
""")
raw = outlook_reply(frm=addr("Joana Mas", c["email"]), date=when("2027-01-14 12:30:44 +0100"),
                    subject="RE: Factura TC-2026-121", own=own, q=q, off="+0100", enviado="Enviado")
add(17, raw, own, kind="client-reply-promise", promised_date="2027-01-25", reference="TC-2026-121",
    note="Pays suppliers on the 10th and 25th; this invoice goes in 'el pago del 25 de este mes' = 25 January 2027.")

# ---- 0018 · Boletín del colegio profesional (newsletter) ------------------------------------------
own = T("""
    BOLETÍN INFORMATIVO · Demarcación de Cáceres · n.º 412 · 14 de enero de 2027

    1. Jornada técnica: «Rehabilitación energética y el nuevo DB-HE»
    Jueves 28 de enero, 17:30 h, salón de actos de la sede colegial (Plaza de San Jorge). Inscripción gratuita para colegiados hasta completar aforo.

    2. Cuotas colegiales 2027
    Os recordamos que el cobro de la cuota del primer semestre se pasará por domiciliación bancaria a partir del 1 de febrero. Quien quiera cambiar la cuenta de cargo debe comunicarlo a secretaría antes del 25 de enero.

    3. Visado telemático
    Desde el 18 de enero la plataforma de visado exige firma con certificado cualificado también en los anexos. Más información en el área privada.

    4. Bolsa de trabajo
    Un estudio de Plasencia busca arquitecto/a con experiencia en BIM para colaboración a media jornada.

    Recibes este boletín por estar colegiado/a. Para dejar de recibirlo, pulsa aquí: https://boletin.arquitectoscaceres.es/baja?u=7f3a91
""")
htm = ('<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;background:#f7f5f0">'
       '<div style="max-width:640px;margin:auto;background:#fff;padding:24px">'
       '<h1 style="font-size:20px;color:#7a1f1f">Boletín informativo · Demarcación de Cáceres</h1>'
       + "".join(f"<p>{html_lines(p)}</p>" for p in own.split("\n\n")[1:]) + "</div></body></html>\n")
root = multi("alternative", [text(own + "\n", charset="iso-8859-1"), text(htm, "html", charset="iso-8859-1")])
h = [("From", addr("Demarcación de Cáceres - Boletín", "boletin@arquitectoscaceres.es")),
     ("To", "estudio@nunezduran.es"), ("Subject", ehdr("Boletín n.º 412 - Jornada DB-HE, cuotas 2027 y visado telemático", "iso-8859-1")),
     ("Date", rfc(when("2027-01-14 11:00:02 +0100"))), ("Message-ID", f"<{_hex(24)}@boletin.arquitectoscaceres.es>"),
     ("List-Unsubscribe", "<https://boletin.arquitectoscaceres.es/baja?u=7f3a91>, <mailto:baja@arquitectoscaceres.es>"),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("MIME-Version", "1.0")]
add(18, message(h, root), own, kind="other",
    note="Professional association newsletter; mentions 'cobro de la cuota' and a bank debit, but nothing about the freelancer's invoice.")

# ---- 0019 · Extremadura · la transferencia ha vuelto: IBAN incorrecto -------------------------------
o = OWNERS["carmen"]
c = dict(kind="person", name="Antonio Cordero Merino", email="antoniocorderomerino@gmail.com")
inv = dict(number="A-2026/19", amount="1694.00", issue="2026-10-23", due="2026-11-22")
q = sent_msg(o, c, "Re: Factura A-2026/19", L_reminder(o, c, inv, D("2026-11-26")),
             when("2026-11-26 09:00:30 +0100"), "reminder", inv["number"])
own = T("""
    Buenas tardes Carmen,

    Te escribo porque el jueves hice la transferencia de la factura A-2026/19 pero hoy me ha llegado una carta del banco diciendo que se ha devuelto, que la cuenta del beneficiario no es correcta o no existe. He mirado y he copiado el IBAN tal cual viene en tu correo.

    ¿Puedes mirar si está bien? No quiero volver a mandarlo y que pase lo mismo.

    Un saludo,
    Antonio
""")
raw = gmail_reply(frm=addr("Antonio Cordero", c["email"]), date=when("2026-11-30 19:02:31 +0100"),
                  subject="Re: Factura A-2026/19", own=own, q=q, off="+0100")
add(19, raw, own, kind="client-reply-other", reference="A-2026/19",
    note="The transfer was made but bounced back and nothing has been sent again: not paid; he asks to check the IBAN.")

# ---- 0020 · Navarra · euskaldun, pagado y pregunta por un libro (Thunderbird) -----------------------
o = OWNERS["iker"]
c = dict(kind="company", name="Arrizabalaga Editoreak, S.L.", email="joseba@arrizabalagaeditoreak.eus", display="Joseba Arrizabalaga")
inv = dict(number="F-2026-087", amount="380.00", issue="2026-10-22", due="2026-11-21")
q = sent_msg(o, c, "Re: Factura F-2026-087", L_reminder(o, c, inv, D("2026-11-24")),
             when("2026-11-24 09:00:06 +0100"), "reminder", inv["number"])
own = T("""
    Kaixo Iker,

    Ya esta pagado la factura F-2026-087, el martes hicimos transferencia de 380 euros. Perdona la tardanza, el contable estaba de vacaciones.

    Otra cosa: tenemos para enero un libro de 120 paginas para traducir al castellano (es de cocina vasca de caserio). Cuanto tiempo necesitas mas o menos? Y el precio por palabra seria el mismo?

    Eskerrik asko,
    Joseba

    --
    Joseba Arrizabalaga
    Arrizabalaga Editoreak
    Kale Nagusia 14, Lesaka
""")
raw = thunderbird_reply(frm=addr("Joseba Arrizabalaga", c["email"]), date=when("2026-11-27 13:08:00 +0100"),
                        subject="Re: Factura F-2026-087", own=own, q=q, off="+0100")
add(20, raw, own, kind="client-reply-paid", amount="380.00", currency="EUR", reference="F-2026-087",
    note="Basque-speaking publisher, no accents: paid on Tuesday, then asks about a new job; paid wins over the question.")

# ---- 0021 · València · la asesoría pide rectificativa: falta la retención de IRPF ------------------
o = OWNERS["lucia"]
c = dict(kind="company", name="Forn Sant Nicolau, S.L.", email="administracio@fornsantnicolau.es", display="Forn Sant Nicolau")
inv = dict(number="2026/131", amount="1452.00", issue="2026-11-05", due="2026-12-05")
q0 = sent_msg(o, c, "Re: Factura 2026/131", L_reminder(o, c, inv, D("2026-12-14")),
              when("2026-12-14 09:00:21 +0100"), "reminder", inv["number"])
fwd_text = "Rosa, mira esto por favor. ¿Esto no tenía que llevar retención? Gracias.\n\nVicent\n\n" + \
    "\n".join(f"{k}: {v}" for k, v in outlook_block(q0, "+0100", enviado="Enviado")) + "\n\n" + q0["text"]
fwd_id = mid("outlook")
q = dict(text=fwd_text, dt=when("2026-12-14 13:47:02 +0100"), name="Forn Sant Nicolau", email=c["email"],
         subject="RV: Factura 2026/131", msgid=fwd_id, refs=q0["refs"] + [fwd_id], to_name="Rosa Montaner",
         to_email="rosa@asesoriamontaner.es")
own = T("""
    Buenos días, Lucía:

    Le escribo desde la asesoría de Forn Sant Nicolau, S.L., que nos ha reenviado su recordatorio.

    Hemos revisado la factura 2026/131 y no incluye la retención del 15 % de IRPF. Usted factura como profesional y nuestro cliente es una sociedad, por lo que está obligado a practicar la retención e ingresarla en Hacienda (modelo 111); no podemos, por tanto, pagar el total de 1.452,00 € tal como viene.

    Le rogamos que anule esta factura con una rectificativa y emita una nueva con la retención aplicada: base 1.200,00 €, IVA 21 % 252,00 €, retención 15 % –180,00 €, total a pagar 1.272,00 €. En cuanto la recibamos se tramitará el pago.

    Atentamente,

    Rosa Montaner Peris
    Asesoría Montaner – Fiscal, laboral y contable
    C/ de Sueca, 41, 1.º · 46006 València
    Tel. 963 41 22 08
""")
raw = outlook_reply(frm=addr("Rosa Montaner", "rosa@asesoriamontaner.es"), date=when("2026-12-15 10:12:40 +0100"),
                    subject="RE: RV: Factura 2026/131", own=own, q=q, off="+0100", charset="utf-8",
                    to=addr(o["name"], o["email"]), cc=addr("Forn Sant Nicolau", c["email"]), enviado="Enviado")
add(21, raw, own, kind="client-reply-dispute", reference="2026/131",
    note="The client's tax adviser refuses the invoice as issued (no IRPF withholding) and asks for a rectificativa; "
         "1.272,00 € is what a corrected invoice would be, not a promise of payment.")

# ---- 0022 · Yecla (Murcia) · pagaré con vencimiento 25/02/2027 -------------------------------------
o = OWNERS["lucia"]
c = dict(kind="company", name="Muebles Azorín Ortuño, S.L.", email="administracion@mueblesazorin.es", display="Administración Muebles Azorín")
inv = dict(number="2026/133", amount="2178.00", issue="2026-11-17", due="2026-12-17")
q = sent_msg(o, c, "Re: Factura 2026/133 - Catálogo 2027", L_due(o, c, inv, D("2026-12-17")),
             when("2026-12-17 09:00:26 +0100"), "due", inv["number"])
own = T("""
    Buenos días, Lucía:

    Como te comentó Pedro por teléfono, nosotros trabajamos con pagaré. Ayer salió por correo certificado un pagaré de 2.178,00 € por la factura 2026/133, con vencimiento 25/02/2027. Te debería llegar a lo largo de la semana que viene.

    Si prefieres confirming dímelo para enero, que lo estamos implantando con algunos proveedores.

    Un saludo y feliz Navidad,

    Fina Ortuño
    Dpto. Administración
    Muebles Azorín Ortuño, S.L. · Avda. de la Libertad, 112 · 30510 Yecla (Murcia)
""")
raw = outlook_reply(frm=addr("Fina Ortuño", c["email"]), date=when("2026-12-18 09:35:10 +0100"),
                    subject="RE: Factura 2026/133 - Catálogo 2027", own=own, q=q, off="+0100")
add(22, raw, own, kind="client-reply-promise", promised_date="2027-02-25", amount="2178.00", currency="EUR",
    reference="2026/133",
    note="A pagaré is a promise to pay on its maturity date: the money is due on 25/02/2027, not now, so promise "
         "(not paid); 'la semana que viene' is when the paper arrives, not the payment.")

# ---- 0023 · Oviedo · secretaría del colegio: el adjunto no se abre ----------------------------------
o = OWNERS["marta"]
c = dict(kind="company", name="Colegio San Melchor", email="secretaria@colegiosanmelchor.es", display="Secretaría Colegio San Melchor")
inv = dict(number="MQ-26-044", amount="1240.00", issue="2026-11-02", due="2026-12-02")
q = sent_msg(o, c, "Re: Factura MQ-26-044 - Orlas 2026", L_due(o, c, inv, D("2026-12-02")),
             when("2026-12-02 09:00:40 +0100"), "due", inv["number"])
own = T("""
    Buenos días Marta:

    Te escribo desde la secretaría del colegio. Nos ha llegado tu correo sobre la factura de las orlas pero el archivo adjunto no se abre (nos dice que está dañado). ¿Nos la podrías volver a enviar, si puede ser en PDF normal? Tenemos que pasársela al AMPA, que es quien la abona.

    Gracias y un saludo,

    Begoña Fdez.
    Secretaría
    Colegio San Melchor · Oviedo
""")
raw = gmail_reply(frm=addr("Secretaría Colegio San Melchor", c["email"]), date=when("2026-12-02 12:48:33 +0100"),
                  subject="Re: Factura MQ-26-044 - Orlas 2026", own=own, q=q, off="+0100")
add(23, raw, own, kind="client-reply-other",
    note="School secretary asks for the invoice again because the PDF will not open; saying the AMPA pays it is not a promise.")

# ---- 0024 · Aviso de Bizum recibido ------------------------------------------------------------------
own = T("""
    Has recibido un Bizum

    MARIA COVADONGA A. te ha enviado 150,00 €.
    Concepto: fotos navidad guajes

    El dinero ya está disponible en tu cuenta terminada en 1122.

    Fecha: 05/12/2026 21:15

    Si no reconoces esta operación, llámanos al 900 10 20 30.
    Banco Cantábrico · Este correo se ha enviado de forma automática, no respondas a él.
""")
htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif">'
       '<div style="max-width:560px;margin:0 auto;border:1px solid #ddd">'
       '<div style="background:#0a3d62;color:#fff;padding:16px;font-size:18px">Banco Cantábrico</div>'
       '<div style="padding:20px"><h2 style="color:#05c3de;margin-top:0">Has recibido un Bizum</h2>'
       '<p><b>MARIA COVADONGA A.</b> te ha enviado <b style="font-size:22px">150,00 €</b>.</p>'
       '<p>Concepto: fotos navidad guajes</p>'
       '<p>El dinero ya está disponible en tu cuenta terminada en 1122.</p>'
       '<p style="color:#666">Fecha: 05/12/2026 21:15</p>'
       '<p style="font-size:11px;color:#999">Si no reconoces esta operación, llámanos al 900 10 20 30.<br>'
       'Banco Cantábrico · Este correo se ha enviado de forma automática, no respondas a él.</p></div></div></body></html>\n')
root = multi("alternative", [text(own + "\n", charset="utf-8", cte="base64"), text(htm, "html", charset="utf-8", cte="base64")])
h = [("From", addr("Banco Cantábrico", "notificaciones@bancocantabrico.es")), ("To", "hola@martaquiroga.com"),
     ("Subject", ehdr("Has recibido un Bizum de 150,00 €")), ("Date", rfc(when("2026-12-05 21:16:02 +0100"))),
     ("Message-ID", f"<{_hex(16)}.{_hex(8)}@avisos.bancocantabrico.es>"), ("MIME-Version", "1.0")]
add(24, message(h, root), own, kind="payment-notification", amount="150.00", currency="EUR",
    note="Bizum received; the concepto is free text, no invoice number, so no reference.")

# ---- 0025 · Huesca · tras el requerimiento: paga el principal, rechaza intereses y 40 € --------------
o = OWNERS["daniel"]
c = dict(kind="company", name="Sopena Agro, S.L.", email="jsopena@sopenaagro.es", display="Javier Sopena")
inv = dict(number="2026-0240", amount="1089.00", issue="2026-11-10", due="2026-12-10")
q = sent_msg(o, c, "Requerimiento de pago de la factura n.º 2026-0240", L_final(o, c, inv, D("2027-01-15"), "2027-01-25"),
             when("2027-01-15 09:00:08 +0100"), "final", inv["number"], prior=("reminder", "late_fee"))
own = T("""
    Daniel:

    Recibido tu requerimiento. Me parece un poco exagerado para 1.089 € y cinco semanas de retraso, la verdad, pero bueno.

    Los 1.089,00 € de la factura te los transfiero el viernes. Lo que no voy a pagar son los 40 € de "costes de cobro" ni los intereses: no me has mandado ningún burofax ni has tenido ningún coste, y llevamos tres años trabajando juntos. Si insistes en cobrarlos lo hablamos, pero te adelanto que no.

    Javier Sopena
    Sopena Agro, S.L. – Barbastro (Huesca)
""")
raw = outlook_reply(frm=addr("Javier Sopena", c["email"]), date=when("2027-01-18 09:10:27 +0100"),
                    subject="RE: Requerimiento de pago de la factura n.º 2026-0240", own=own, q=q, off="+0100",
                    enviado="Enviado")
add(25, raw, own, kind="client-reply-dispute", amount="1089.00", currency="EUR",
    note="Will pay the principal on Friday but refuses the Ley 3/2004 interest and the 40 € compensation: dispute beats "
         "promise; amount is the principal he says he will pay; no number in his own words.")

# ---- 0026 · Pamplona · 'Pagado hoy.' desde Outlook para iOS ----------------------------------------
o = OWNERS["iker"]
c = dict(kind="company", name="Urrutia Abogados, S.L.P.", email="murrutia@urrutiaabogados.com", display="Mikel Urrutia")
inv = dict(number="F-2026-089", amount="726.00", issue="2026-10-24", due="2026-11-23")
q = sent_msg(o, c, "Re: Factura F-2026-089", L_reminder(o, c, inv, D("2026-11-26")),
             when("2026-11-26 09:00:13 +0100"), "reminder", inv["number"])
own = T("""
    Pagado hoy. Saludos
""")
raw = outlook_mobile_reply(frm=addr("Mikel Urrutia", c["email"]), date=when("2026-11-26 19:55:02 +0100"),
                           subject="RE: Factura F-2026-089", own=own, q=q, off="+0100")
add(26, raw, own, kind="client-reply-paid",
    note="Two words above the 'Obtener Outlook para iOS' footer and the English-labelled quote header.")

# ---- 0027 · Bounce · Office 365 en español, destinatario no encontrado --------------------------------
o = OWNERS["toni"]
c = dict(kind="company", name="Hostal Can Pep, S.L.", email="reservas@hostalcanpep.com")
inv = dict(number="TC-2026-115", amount="1573.00", issue="2026-10-16", due="2026-11-15")
orig_id = mailduns_id(o["email"], inv["number"], "reminder")
orig_hdrs = T(f"""
    Received: from DB9PR08MB6988.eurprd08.prod.outlook.com (2603:10a6:10:2fb::12) by
     PA4PR08MB6229.eurprd08.prod.outlook.com with HTTPS; Mon, 16 Nov 2026 08:00:05 +0000
    From: =?utf-8?q?Toni_Cerd=C3=A0_Vidal?= <toni@tonicerda.com>
    To: reservas@hostalcanpep.com
    Subject: Re: Factura TC-2026-115
    Date: Mon, 16 Nov 2026 09:00:04 +0100
    Message-ID: {orig_id}
    MIME-Version: 1.0
    Content-Type: text/plain; charset="utf-8"
    Content-Transfer-Encoding: quoted-printable
""") + "\n"
own = T("""
    No se pudo entregar el mensaje a estos destinatarios o grupos:

    reservas@hostalcanpep.com (reservas@hostalcanpep.com)
    No se encontró la dirección de correo electrónico en el dominio de destino. Es posible que esté mal escrita o que ya no exista. Vuelva a escribir la dirección del destinatario y reenvíe el mensaje.

    Si el problema persiste, póngase en contacto con el destinatario por otro medio (por ejemplo, por teléfono) para comprobar que la dirección es correcta.

    Información de diagnóstico para administradores:

    Servidor de generación: PA4PR08MB6229.eurprd08.prod.outlook.com

    reservas@hostalcanpep.com
    Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""")
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
       '<p><b><font color="#000066" size="3" face="Arial">No se pudo entregar el mensaje a estos destinatarios o grupos:</font></b></p>'
       '<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:reservas@hostalcanpep.com">reservas@hostalcanpep.com</a> '
       '(reservas@hostalcanpep.com)<br></font><font color="#000000" size="3" face="Arial">No se encontró la dirección de correo '
       'electrónico en el dominio de destino. Es posible que esté mal escrita o que ya no exista. Vuelva a escribir la dirección '
       'del destinatario y reenvíe el mensaje.</font></p>'
       '<p><font size="2">Información de diagnóstico para administradores:</font></p>'
       '<p><font size="2">Servidor de generación: PA4PR08MB6229.eurprd08.prod.outlook.com<br><br>reservas@hostalcanpep.com<br>'
       "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p>"
       '</body></html>\n')
dsn = T("""
    Reporting-MTA: dns;PA4PR08MB6229.eurprd08.prod.outlook.com
    Received-From-MTA: dns;DB9PR08MB6988.eurprd08.prod.outlook.com
    Arrival-Date: Mon, 16 Nov 2026 08:00:05 +0000

    Final-Recipient: rfc822;reservas@hostalcanpep.com
    Action: failed
    Status: 5.1.10
    Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""") + "\n"
root = multi("report", [multi("alternative", [text(own + "\n", charset="utf-8"), text(htm, "html", charset="utf-8")],
                              boundary=f"{_hex(8)}-{_hex(4)}-{_hex(4)}-{_hex(4)}-{_hex(12)}"),
                        raw_part("message/delivery-status", dsn.encode()),
                        raw_part("text/rfc822-headers", orig_hdrs.encode())],
             boundary=f"{_hex(8)}-{_hex(4)}-{_hex(4)}-{_hex(4)}-{_hex(12)}", params="; report-type=delivery-status")
h = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tonicerda.com>"),
     ("To", addr(o["name"], o["email"])), ("Date", "Mon, 16 Nov 2026 08:00:09 +0000"),
     ("Subject", "No se puede entregar: Re: Factura TC-2026-115"),
     ("Message-ID", f"<{_hex(8)}-{_hex(4)}-{_hex(4)}-{_hex(4)}-{_hex(12)}@PA4PR08MB6229.eurprd08.prod.outlook.com>"),
     ("In-Reply-To", orig_id), ("References", orig_id), ("X-MS-Exchange-Message-Is-Ndr", ""),
     ("Auto-Submitted", "auto-replied"), ("Content-Language", "es-ES"), ("MIME-Version", "1.0")]
add(27, message(h, root), own, kind="bounce", failed_recipient="reservas@hostalcanpep.com", permanent=True,
    note="Microsoft 365 NDR in Spanish; 550 5.1.10 RecipientNotFound is permanent.")

# ---- 0028 · Medellín · pago programado para el viernes 5 de febrero -----------------------------------
o = OWNERS["sofia"]
c = dict(kind="company", name="Editorial Montanera S.A.S.", email="afrestrepo@editorialmontanera.com.co",
         display="Andrés Felipe Restrepo")
inv = dict(number="SM/2026/66", amount="1150.00", currency="USD", issue="2026-12-10", due="2027-01-09")
q = sent_msg(o, c, "Re: Factura SM/2026/66", L_late_fee(o, c, inv, D("2027-01-25"), "2027-02-04"),
             when("2027-01-25 09:00:31 +0100"), "late_fee", inv["number"], prior=("reminder",))
own = T("""
    Buenas tardes Sofía, ¿cómo vas?

    Qué pena contigo, tienes toda la razón. Ya hablé con tesorería y el pago de la factura SM/2026/66 quedó programado para el viernes 5 de febrero, por USD 1.150. Sale por transferencia internacional desde Bancolombia, entonces puede tardar uno o dos días más en reflejarse.

    Mil gracias por la paciencia.

    Un abrazo,

    Andrés Felipe Restrepo M.
    Coordinador Editorial
    Editorial Montanera S.A.S. – Medellín
""")
raw = gmail_reply(frm=addr("Andrés Felipe Restrepo", c["email"]), date=when("2027-01-26 15:20:00 -0500"),
                  subject="Re: Factura SM/2026/66", own=own, q=q, off="-0500")
add(28, raw, own, kind="client-reply-promise", promised_date="2027-02-05", amount="1150.00", currency="USD",
    reference="SM/2026/66",
    note="'Qué pena contigo' is Colombian for 'sorry'; payment scheduled for Friday 5 February; '1.150' is one thousand one hundred fifty.")

# ---- 0029 · Santiago de Chile · lo pasa a Pagos, con copia ---------------------------------------
o = OWNERS["daniel"]
c = dict(kind="company", name="Constructora Andes Ltda.", email="ilarrain@constructoraandes.cl", display="Ignacio Larraín")
inv = dict(number="2026-0231", amount="3025.00", issue="2026-11-02", due="2026-12-02")
q = sent_msg(o, c, "Re: Factura 2026-0231", L_due(o, c, inv, D("2026-12-03")),
             when("2026-12-03 09:00:16 +0100"), "due", inv["number"])
own = T("""
    Daniel, gracias por el aviso.

    Te copio a Pagos (Marcela), que es quien ve las transferencias al extranjero; yo no tengo acceso a eso. Marcela, ¿me ayudas con esto porfa?

    Saludos,
    Ignacio
""")
raw = outlook_reply(frm=addr("Ignacio Larraín", c["email"]), date=when("2026-12-03 17:02:44 -0300"),
                    subject="RE: Factura 2026-0231", own=own, q=q, off="-0300", charset="utf-8", latam=True,
                    cc=addr("Marcela Soto - Pagos", "pagos@constructoraandes.cl"), enviado="Enviado el")
add(29, raw, own, kind="client-reply-other",
    note="Forwards the reminder to the payments person in Cc; nobody says they will pay.")

# ---- 0030 · Costa Rica · 'ya le hicimos el pago', comprobante del BAC adjunto -------------------------
o = OWNERS["toni"]
c = dict(kind="company", name="Casa Marina Tamarindo S.R.L.", email="administracion@casamarinatamarindo.com",
         display="Administración Casa Marina")
inv = dict(number="TC-2026-117", amount="850.00", currency="USD", issue="2026-11-06", due="2026-12-06")
q = sent_msg(o, c, "Re: Factura TC-2026-117", L_reminder(o, c, inv, D("2026-12-09")),
             when("2026-12-09 09:00:44 +0100"), "reminder", inv["number"])
own = T("""
    Buenas tardes don Toni,

    Disculpe la tardanza, le cuento que ya le hicimos el pago de la factura TC-2026-117 por $850,00 (dólares), le adjunto el comprobante del BAC. Cualquier cosa me avisa.

    Muchas gracias por la paciencia, el sitio quedó muy bonito.

    Saludos,

    Karla Jiménez Solano
    Administración – Casa Marina Tamarindo
    Guanacaste, Costa Rica
""")
raw = outlook_reply(frm=addr("Karla Jiménez", c["email"]), date=when("2026-12-09 14:30:10 -0600"),
                    subject="RE: Factura TC-2026-117", own=own, q=q, off="-0600", charset="utf-8", latam=True,
                    attachments=[attachment("comprobante BAC 09-12.jpg", "image/jpeg", TINY_JPG)])
add(30, raw, own, kind="client-reply-paid", amount="850.00", currency="USD", reference="TC-2026-117",
    note="Costa Rican client paid in dollars and attaches the bank receipt; '$850,00 (dólares)' is USD 850.")

# ---- 0031 · Argentina · 'esta casilla ya no se encuentra en uso' -------------------------------------
o = OWNERS["julian"]
c = dict(kind="company", name="Distribuidora Pampa S.A.", email="compras@distribuidorapampa.com.ar")
inv = dict(number="JP-2026-036", amount="1300.00", currency="USD", issue="2026-11-12", due="2026-12-12")
q = sent_msg(o, c, "Re: Factura JP-2026-036", L_reminder(o, c, inv, D("2026-12-14")),
             when("2026-12-14 09:00:02 +0100"), "reminder", inv["number"])
own = T("""
    Esta casilla de correo ya no se encuentra en uso.

    Por favor, reenvíe su mensaje a administracion@distribuidorapampa.com.ar

    Muchas gracias.
    Distribuidora Pampa S.A.
""")
h = reply_headers(addr("Compras Distribuidora Pampa", c["email"]), o["email"], when("2026-12-14 05:00:05 -0300"),
                  "Respuesta automática: Re: Factura JP-2026-036", mid("other", "distribuidorapampa.com.ar"), q, None,
                  [("Auto-Submitted", "auto-replied"), ("X-Autorespond", "yes")])
add(31, message(h, text(own + "\n", charset="iso-8859-1")), own, kind="auto-reply",
    note="Mailbox no longer in use, with the new address to write to; no return date.")

# ---- 0032 · Torre-Pacheco (Murcia) · seco: 'Se pagará el día 30' -------------------------------------
o = OWNERS["sofia"]
c = dict(kind="company", name="Hortalizas Meroño, S.L.", email="paco@hortalizasmerono.es", display="Paco Meroño")
inv = dict(number="SM/2026/60", amount="423.50", issue="2026-10-15", due="2026-11-14")
q = sent_msg(o, c, "Re: Factura SM/2026/60", L_reminder(o, c, inv, D("2026-11-16")),
             when("2026-11-16 09:00:20 +0100"), "reminder", inv["number"])
own = T("""
    Buenas. Se pagará el día 30 con el resto de proveedores.
    Un saludo.

    Francisco Meroño Hernández
    Hortalizas Meroño, S.L.
    Torre-Pacheco (Murcia)
""")
raw = outlook_reply(frm=addr("Paco Meroño", c["email"]), date=when("2026-11-16 13:27:45 +0100"),
                    subject="RE: Factura SM/2026/60", own=own, q=q, off="+0100", plain_only=True)
add(32, raw, own, kind="client-reply-promise", promised_date="2026-11-30",
    note="'El día 30' written on 16 November: 30 November 2026.")

# ---- 0033 · Perú · consorcio minero: errores en la traducción, propone pagar el 50 % ------------------
o = OWNERS["sofia"]
c = dict(kind="company", name="Consorcio Minero Huallaga S.A.", email="cnique@cmhuallaga.com.pe", display="Carlos Ñique Vílchez")
inv = dict(number="SM/2026/69", amount="1980.00", issue="2026-11-25", due="2026-12-25")
q = sent_msg(o, c, "Re: Factura SM/2026/69", L_reminder(o, c, inv, D("2027-01-11")),
             when("2027-01-11 09:00:12 +0100"), "reminder", inv["number"])
own = T("""
    Estimada señora Marín:

    Acusamos recibo de su comunicación de fecha 11 de enero.

    Lamentamos informarle que la traducción del contrato de servicios (Factura SM/2026/69) presentó errores de terminología significativos, que debieron ser subsanados por nuestro asesor legal externo antes de su presentación ante el Ministerio de Energía y Minas, con el consiguiente costo adicional para nuestra empresa. Adjuntamos el informe de observaciones.

    En ese sentido, proponemos cancelar el 50 % del monto facturado como cierre definitivo del servicio. Quedamos a la espera de su conformidad para proceder.

    Atentamente,

    Dr. Carlos Ñique Vílchez
    Gerencia Legal
    Consorcio Minero Huallaga S.A.
    Calle Las Begonias 415, piso 9 – San Isidro, Lima
""")
raw = outlook_reply(frm=addr("Carlos Ñique Vílchez", c["email"]), date=when("2027-01-13 10:45:00 -0500"),
                    subject="RE: Factura SM/2026/69", own=own, q=q, off="-0500", charset="utf-8", latam=True,
                    attachments=[attachment("Informe_observaciones_traduccion.pdf", "application/pdf",
                                            tiny_pdf("Informe de observaciones"))])
add(33, raw, own, kind="client-reply-dispute", reference="SM/2026/69",
    note="'Cancelar' means to pay in Peru: they offer to pay half because of translation errors; a discount demand, so dispute.")

# ---- 0034 · Galega · 'xa' pagado: transferencia de 290 € con el número de factura ---------------------
o = OWNERS["marta"]
c = dict(kind="person", name="Uxía Varela Outeiro", email="uxiavarela@gmail.com")
inv = dict(number="MQ-26-047", amount="290.00", issue="2026-11-10", due="2026-11-25")
q = sent_msg(o, c, "Re: Factura MQ-26-047", L_reminder(o, c, inv, D("2026-12-09")),
             when("2026-12-09 09:00:37 +0100"), "reminder", inv["number"])
own = T("""
    Bos días Marta!

    Perdona, pensei que xa estaba! Ayer por la tarde te hice la transferencia, 290 €, con el concepto MQ-26-047.

    Las fotos de la boda de mi hermana quedaron preciosas, moitas grazas de verdade.

    Un bico,
    Uxía
""")
raw = gmail_reply(frm=addr("Uxía Varela", c["email"]), date=when("2026-12-10 08:12:00 +0100"),
                  subject="Re: Factura MQ-26-047", own=own, q=q, off="+0100")
add(34, raw, own, kind="client-reply-paid", amount="290.00", currency="EUR", reference="MQ-26-047",
    note="Spanish with Galician words ('pensei que xa estaba', 'moitas grazas', 'un bico'); transfer made yesterday.")

# ---- 0035 · Aviso bancario · transferencia EMITIDA por el propio freelancer --------------------------
own = T("""
    Banca del Ebro - Aviso de operación

    Estimado/a DANIEL ROBLES LANUZA:

    Le confirmamos que se ha realizado la siguiente transferencia desde su cuenta ES** **** **** **** **** 3456:

    Beneficiario: HOSTING EBRO SL
    IBAN beneficiario: ES** **** **** **** **** 0912
    Importe: 145,20 EUR
    Concepto: Factura HE-2026-1187
    Fecha de ejecución: 08/01/2027

    Si usted no ha ordenado esta operación, llame inmediatamente al 976 00 11 22.

    Banca del Ebro, S.A. Mensaje generado automáticamente. No responda a este correo.
""")
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
       '<body style="font-family:Verdana,sans-serif;font-size:12px"><table width="600" style="border:1px solid #c8102e">'
       '<tr><td style="background:#c8102e;color:#fff;padding:10px"><b>Banca del Ebro</b> - Aviso de operación</td></tr>'
       '<tr><td style="padding:14px">' + "".join(f"<p>{html_lines(p)}</p>" for p in own.split("\n\n")[1:])
       + '</td></tr></table></body></html>\n')
root = multi("alternative", [text(own + "\n", charset="windows-1252"), text(htm, "html", charset="windows-1252")])
h = [("From", addr("Banca del Ebro", "avisos@bancadelebro.es")), ("To", "daniel@robleslanuza.dev"),
     ("Subject", ehdr("Aviso de operación: transferencia realizada", "windows-1252")),
     ("Date", rfc(when("2027-01-08 10:10:41 +0100"))), ("Message-ID", f"<AVI{RNG.randint(10**11, 10**12)}@bancadelebro.es>"),
     ("MIME-Version", "1.0")]
add(35, message(h, root), own, kind="other",
    note="An outgoing transfer the freelancer made to his hosting provider: money going out, not a client payment.")

# ---- 0036 · Costa Rica · 'la otra semana le cancelo' ------------------------------------------------
o = OWNERS["toni"]
c = dict(kind="person", name="Esteban Mora Vargas", email="emora.arquitectura@gmail.com")
inv = dict(number="TC-2026-122", amount="600.00", currency="USD", issue="2026-12-10", due="2027-01-09")
q = sent_msg(o, c, "Re: Factura TC-2026-122", L_reminder(o, c, inv, D("2027-01-19")),
             when("2027-01-19 09:00:29 +0100"), "reminder", inv["number"])
own = T("""
    Hola Toni, mil disculpas, se me había pasado por completo.

    Ahorita ando full con un proyecto en Escazú, pero la otra semana sin falta le cancelo la factura. Ya tengo todo lo del dominio nuevo también, después le escribo sobre eso.

    Pura vida,
    Esteban
""")
raw = gmail_reply(frm=addr("Esteban Mora", c["email"]), date=when("2027-01-19 20:14:30 -0600"),
                  subject="Re: Factura TC-2026-122", own=own, q=q, off="-0600")
add(36, raw, own, kind="client-reply-promise",
    note="In Costa Rica 'cancelar la factura' means to pay it, not to cancel it; 'la otra semana' (next week) names no day.")

# ---- 0037 · Chile · pide un 20 % de descuento por el retraso del proyecto ------------------------------
o = OWNERS["daniel"]
c = dict(kind="company", name="Tienda La Araucaria SpA", email="pcontreras@tiendalaaraucaria.cl", display="Paulina Contreras")
inv = dict(number="2026-0236", amount="1936.00", issue="2026-11-13", due="2026-12-13")
q = sent_msg(o, c, "Re: Factura 2026-0236", L_reminder(o, c, inv, D("2026-12-16")),
             when("2026-12-16 09:00:21 +0100"), "reminder", inv["number"])
own = T("""
    Hola Daniel,

    Gracias por el recordatorio. Te soy súper honesta: quedamos medio disconformes con los plazos del proyecto, la tienda salió casi un mes después de lo que conversamos y nos perdimos todo el Cyber.

    Por lo mismo queríamos pedirte un descuento de un 20 % sobre la factura 2026-0236 antes de pagarla. ¿Te parece? Si estás de acuerdo me mandas la factura corregida y la pago al tiro.

    Saludos,
    Paulina
""")
raw = gmail_reply(frm=addr("Paulina Contreras", c["email"]), date=when("2026-12-16 12:18:02 -0300"),
                  subject="Re: Factura 2026-0236", own=own, q=q, off="-0300")
add(37, raw, own, kind="client-reply-dispute", reference="2026-0236",
    note="Asks for a 20 % discount before paying; 'la pago al tiro' (right away) depends on the corrected invoice, so dispute.")

# ---- 0038 · Extremadura · responde a 'el pago no ha llegado': reenvía el justificante -------------------
o = OWNERS["carmen"]
c = dict(kind="person", name="Inmaculada Tejeda Rubio", email="inma.tejeda@hotmail.es")
inv = dict(number="A-2026/21", amount="1331.00", issue="2026-11-06", due="2026-12-06")
q = sent_msg(o, c, "Re: Factura A-2026/21", L_paid_claim(o, c, inv, "2026-12-09", "2026-12-03"),
             when("2026-12-18 09:00:35 +0100"), "paid_claim_followup", inv["number"], prior=("reminder",))
own = T("""
    Hola Carmen:

    Te vuelvo a mandar el justificante, porque yo la transferencia la hice el día 3 desde Unicaja, 1.331,00 €, a la cuenta que acaba en 6207. En el banco me dicen que salió bien y que no ha vuelto. ¿No será que tienes dos cuentas? Mírate bien, porque por mi parte está pagada.

    Un saludo
    Inma
""")
raw = outlook_reply(frm=addr("Inma Tejeda", c["email"]), date=when("2026-12-21 11:40:00 +0100"),
                    subject="RE: Factura A-2026/21", own=own, q=q, off="+0100", charset="utf-8", enviado="Enviado",
                    attachments=[attachment("justificante_transferencia_unicaja.pdf", "application/pdf",
                                            tiny_pdf("Justificante"))])
add(38, raw, own, kind="client-reply-paid", amount="1331.00", currency="EUR",
    note="Answer to the 'payment has not arrived' follow-up: she insists it was paid on the 3rd and attaches the receipt again.")

# ---- 0039 · Colombia · pide certificado de residencia fiscal antes de pagar ---------------------------
o = OWNERS["iker"]
c = dict(kind="company", name="Laboratorios Cafeteros S.A.S.", email="contabilidad@labcafeteros.com.co",
         display="Contabilidad Laboratorios Cafeteros")
inv = dict(number="F-2026-090", amount="860.00", issue="2026-11-02", due="2026-12-02")
q = sent_msg(o, c, "Re: Factura F-2026-090", L_reminder(o, c, inv, D("2026-12-07")),
             when("2026-12-07 09:00:25 +0100"), "reminder", inv["number"])
own = T("""
    Buenos días señor Etxeberria,

    Para poder girar el pago de su factura F-2026-090 necesitamos que nos haga llegar el certificado de residencia fiscal expedido por la autoridad tributaria de España, vigente, para aplicar el Convenio para evitar la doble imposición entre Colombia y España. Sin ese documento estaríamos obligados a practicarle la retención en la fuente del 20 %.

    Quedo atenta,

    Diana Marcela Ospina
    Analista Contable
    Laboratorios Cafeteros S.A.S. – Manizales
""")
raw = outlook_reply(frm=addr("Diana Marcela Ospina", c["email"]), date=when("2026-12-08 09:22:10 -0500"),
                    subject="RE: Factura F-2026-090", own=own, q=q, off="-0500", charset="utf-8", latam=True)
add(39, raw, own, kind="client-reply-other", reference="F-2026-090",
    note="Asks for a tax-residence certificate so the treaty rate applies; a paperwork request, not a complaint about the invoice.")

# ---- 0040 · València · fuera de la oficina hasta el 7 de enero -----------------------------------------
o = OWNERS["lucia"]
c = dict(kind="company", name="Cerámicas del Turia, S.A.", email="aginer@ceramicasdelturia.com", display="Amparo Giner")
inv = dict(number="2026/135", amount="2904.00", issue="2026-11-20", due="2026-12-20")
q = sent_msg(o, c, "Re: Factura 2026/135", L_reminder(o, c, inv, D("2026-12-23")),
             when("2026-12-23 09:00:03 +0100"), "reminder", inv["number"])
own = T("""
    Gracias por su mensaje.

    Estaré fuera de la oficina hasta el 7 de enero, sin acceso al correo. Para asuntos urgentes de administración pueden dirigirse a admin@ceramicasdelturia.com.

    ¡Felices fiestas!

    Amparo Giner
    Cerámicas del Turia, S.A.
""")
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
       '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
       + "".join(f"<p>{html_lines(p)}</p>" for p in own.split("\n\n")) + "</div></body></html>\n")
root = multi("alternative", [text(own + "\n", charset="windows-1252"), text(htm, "html", charset="windows-1252")],
             boundary=f"_000_{mid('outlook')[1:-1].split('@')[0]}_")
h = reply_headers(addr("Amparo Giner", c["email"]), owner_to(q), when("2026-12-23 09:00:17 +0100"),
                  "Respuesta automática: Re: Factura 2026/135", mid("outlook"), q, None,
                  [("Thread-Topic", "Factura 2026/135"), ("Auto-Submitted", "auto-generated"),
                   ("X-Auto-Response-Suppress", "All"), ("Content-Language", "es-ES")])
add(40, message(h, root), own, kind="auto-reply", return_date="2027-01-07",
    note="Out of office 'hasta el 7 de enero', written 23 December 2026: the day named is 7 January 2027.")

# ---- 0041 · Avilés · colegio: abonada hoy, y pide el CIF completo en la próxima ---------------------
o = OWNERS["marta"]
c = dict(kind="company", name="Colegio Santa Eulalia", email="administracion@colegiosantaeulalia.es",
         display="Administración Colegio Santa Eulalia")
inv = dict(number="MQ-26-045", amount="1860.00", issue="2026-11-05", due="2026-12-05")
q = sent_msg(o, c, "Re: Factura MQ-26-045 – Orlas 2.º Bachillerato", L_reminder(o, c, inv, D("2026-12-14")),
             when("2026-12-14 09:00:09 +0100"), "reminder", inv["number"])
own = T("""
    Buenos días Marta:

    Te confirmo que hoy se ha abonado por transferencia la factura MQ-26-045 de las orlas de 2.º de Bachillerato. Perdona el retraso, pero el pago de las orlas lo adelanta el colegio y hasta que no recogimos el dinero de las familias no podíamos.

    Una cosa: para la próxima, ¿podrías poner en la factura nuestro CIF completo (R3300412E) y el nombre de la fundación titular? Nos lo pide el gestor.

    Un saludo,

    Luis Ángel Menéndez
    Administración
    Colegio Santa Eulalia · Avilés
""")
raw = outlook_reply(frm=addr("Luis Ángel Menéndez", c["email"]), date=when("2026-12-15 11:05:08 +0100"),
                    subject="RE: Factura MQ-26-045 – Orlas 2.º Bachillerato", own=own, q=q, off="+0100")
add(41, raw, own, kind="client-reply-paid", reference="MQ-26-045",
    note="Paid today by transfer, plus a request about the tax ID on future invoices: paid wins.")

# ---- 0042 · Oviedo · la asesoría de una sidrería: 'se abonará antes del 31 de enero' -------------------
o = OWNERS["marta"]
c = dict(kind="company", name="Sidrería El Pumar, C.B.", email="sidreriaelpumar@gmail.com", display="Sidrería El Pumar")
inv = dict(number="MQ-26-049", amount="605.00", issue="2026-11-27", due="2026-12-27")
q = sent_msg(o, c, "Re: Factura MQ-26-049", L_reminder(o, c, inv, D("2027-01-07")),
             when("2027-01-07 09:00:27 +0100"), "reminder", inv["number"])
own = T("""
    Buenos días, Sra. Quiroga:

    Le escribimos de parte de nuestro cliente Sidrería El Pumar, C.B., que nos ha hecho llegar su recordatorio de pago.

    Le comunicamos que la factura MQ-26-049, por importe de 605,00 €, se abonará antes del 31 de enero, una vez cerrada la liquidación del cuarto trimestre. Disculpe las molestias ocasionadas.

    Atentamente,

    Tania Llaneza
    Asesoría Llaneza
    Calle Uría, 60, 3.º · 33003 Oviedo
    Tel. 985 21 47 90
""")
raw = outlook_reply(frm=addr("Asesoría Llaneza", "gestion@asesoriallaneza.es"), date=when("2027-01-11 10:30:00 +0100"),
                    subject="RE: Factura MQ-26-049", own=own, q=q, off="+0100", to=addr(o["name"], o["email"]),
                    cc=addr("Sidrería El Pumar", c["email"]))
add(42, raw, own, kind="client-reply-promise", promised_date="2027-01-31", amount="605.00", currency="EUR",
    reference="MQ-26-049",
    note="The client's gestoría writes for them: payment 'antes del 31 de enero' = by 31 January 2027.")

# ---- 0043 · PayPal · pago recibido en USD con nota de factura ------------------------------------------
own = T("""
    Ha recibido un pago

    Lucila Benítez le ha enviado 780,00 $ USD.

    Nota de Lucila Benítez:
    "Factura JP-2026-034 - gracias Julián!"

    Detalles de la transacción
    Id. de transacción: 4KD19072XR3355814
    Fecha de la transacción: 4 de diciembre de 2026
    Importe recibido: 780,00 $ USD
    Comisión: -32,06 $ USD
    Importe neto: 747,94 $ USD

    Puede que el dinero tarde unos minutos en aparecer en su cuenta.

    Ayuda y contacto | Seguridad | Aplicaciones
    PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburgo.
    No responda a este email. Para ponerse en contacto con nosotros, inicie sesión en su cuenta y haga clic en "Ayuda".
""")
htm = ('<!DOCTYPE html><html lang="es"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">'
       '<title>Ha recibido un pago</title></head><body style="margin:0;background:#f5f7fa;font-family:\'PayPal Sans\','
       'Helvetica,Arial,sans-serif;color:#001c64"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
       '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;padding:32px">'
       '<tr><td><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal"></td></tr>'
       '<tr><td><h1 style="font-size:28px">Ha recibido un pago</h1>'
       '<p style="font-size:18px">Lucila Benítez le ha enviado <strong>780,00&nbsp;$&nbsp;USD</strong>.</p>'
       '<p><span style="color:#545d68">Nota de Lucila Benítez:</span><br>"Factura JP-2026-034 - gracias Julián!"</p>'
       '<h3>Detalles de la transacción</h3><table cellpadding="4">'
       '<tr><td>Id. de transacción:</td><td>4KD19072XR3355814</td></tr>'
       '<tr><td>Fecha de la transacción:</td><td>4 de diciembre de 2026</td></tr>'
       '<tr><td>Importe recibido:</td><td>780,00&nbsp;$&nbsp;USD</td></tr>'
       '<tr><td>Comisión:</td><td>-32,06&nbsp;$&nbsp;USD</td></tr>'
       '<tr><td>Importe neto:</td><td>747,94&nbsp;$&nbsp;USD</td></tr></table>'
       '<p>Puede que el dinero tarde unos minutos en aparecer en su cuenta.</p>'
       '<p style="font-size:11px;color:#6c7378">Ayuda y contacto | Seguridad | Aplicaciones<br>PayPal (Europe) S.à r.l. et Cie, '
       'S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburgo.<br>No responda a este email. Para ponerse en contacto con nosotros, '
       'inicie sesión en su cuenta y haga clic en "Ayuda".</p></td></tr></table></td></tr></table></body></html>\n')
h = [("From", addr("PayPal", "service@paypal.es")), ("To", addr("Julián Pereyra", "julian@pereyra.dev")),
     ("Subject", ehdr("Ha recibido un pago")), ("Date", rfc(when("2026-12-04 10:22:10 -0800"))),
     ("Message-ID", f"<{_hex(8)}.{_hex(12)}@mx.paypal.com>"), ("X-Email-Type-Id", "PPX000580"),
     ("MIME-Version", "1.0")]
add(43, message(h, text(htm, "html", charset="UTF-8")), own, kind="payment-notification", amount="780.00",
    currency="USD", reference="JP-2026-034",
    note="HTML-only PayPal notice; 780,00 USD received (747,94 is the net after fees); the payer's note names the invoice.")

# ---- 0044 · Plasencia · sin tildes y enfadado: no paga hasta tener el proyecto de ejecución ------------
o = OWNERS["carmen"]
c = dict(kind="company", name="Hnos. Carrasco Gil, C.B.", email="carrascogil.cb@gmail.com", display="Hnos. Carrasco Gil")
inv = dict(number="A-2026/25", amount="3146.00", issue="2026-12-11", due="2027-01-10")
q = sent_msg(o, c, "Re: Factura A-2026/25", L_reminder(o, c, inv, D("2027-01-14")),
             when("2027-01-14 09:00:18 +0100"), "reminder", inv["number"])
own = T("""
    Carmen buenas tardes

    no entiendo q me mandes recordatorios de pago cuando todavia no tengo el proyecto de ejecucion entregado. En la hoja de encargo pone bien claro que el segundo pago (el 40%) es a la entrega del proyecto de ejecucion visado, y eso no esta. Lo que me mandaste en diciembre son los planos sin mediciones ni presupuesto, con eso no puedo pedir precios a los constructores.

    Asi que hasta que no lo entregues completo no pago esa factura. Y si hace falta lo hablamos en persona, que estoy en la nave toas las mañanas.

    Manuel Carrasco
""")
raw = gmail_reply(frm=addr("Manuel Carrasco", c["email"]), date=when("2027-01-15 20:33:12 +0100"),
                  subject="Re: Factura A-2026/25", own=own, q=q, off="+0100")
add(44, raw, own, kind="client-reply-dispute",
    note="Work not delivered as agreed (no bill of quantities or budget), payment withheld until it is; no accents, 'q', 'toas'.")

# ---- 0045 · Alboraia · '¿esta factura cuál es?' --------------------------------------------------------
o = OWNERS["lucia"]
c = dict(kind="person", name="Ximo Pastor", email="ximopastor@gmail.com")
inv = dict(number="2026/128", amount="508.20", issue="2026-10-30", due="2026-11-29")
q = sent_msg(o, c, "Re: Factura 2026/128", L_courtesy(o, c, inv), when("2026-11-19 09:00:08 +0100"),
             "courtesy", inv["number"])
own = T("""
    Bona nit Lucía,

    Una pregunta tonta: esta factura es la del logo o la de las tarjetas y la lona? Es que me han llegado dos correos tuyos y ya no sé cuál es cuál. Si me aclaras te digo algo.

    Salut!
    Ximo

    --
    Ximo Pastor · Bar Pastor
    Camí de Vera, 3 · Alboraia
""")
raw = gmail_reply(frm=addr("Ximo Pastor", c["email"]), date=when("2026-11-19 22:10:40 +0100"),
                  subject="Re: Factura 2026/128", own=own, q=q, off="+0100")
add(45, raw, own, kind="client-reply-other",
    note="A question about which job the invoice covers; 'te digo algo' is not a promise to pay.")

# ---- 0046 · Bounce temporal · Gmail 'entrega incompleta', buzón lleno (4.2.2) --------------------------
o = OWNERS["sofia"]
c = dict(kind="company", name="Textiles Andinos S.R.L.", email="mvargas@textilesandinos.com.bo")
inv = dict(number="SM/2027/04", amount="720.00", issue="2027-01-05", due="2027-02-04")
orig_id = mailduns_id(o["email"], inv["number"], "reminder")
orig_h = T(f"""
    Return-Path: <sofia@sofiamarin.es>
    Received: by mail-wr1-f41.google.com with SMTP id ffacd0b85a97d-38f2c4e1a9bso10928f8f.2
            for <mvargas@textilesandinos.com.bo>; Tue, 09 Feb 2027 00:00:11 -0800 (PST)
    From: =?utf-8?q?Sof=C3=ADa_Mar=C3=ADn_Albarrac=C3=ADn?= <sofia@sofiamarin.es>
    To: mvargas@textilesandinos.com.bo
    Subject: Re: Factura SM/2027/04
    Date: Tue, 09 Feb 2027 09:00:10 +0100
    Message-ID: {orig_id}
    MIME-Version: 1.0
    Content-Type: text/plain; charset="utf-8"
""") + "\n"
own = T("""
    Entrega incompleta

    Se ha producido un problema temporal al entregar tu mensaje a mvargas@textilesandinos.com.bo. Gmail volverá a intentarlo durante 44 horas más. Recibirás una notificación si la entrega falla de forma permanente.

    La respuesta del servidor remoto ha sido:

    452 4.2.2 <mvargas@textilesandinos.com.bo>: Mailbox full, try again later
""")
htm = ('<html><head></head><body><table cellpadding="0" cellspacing="0" style="padding-top:32px"><tr><td>'
       '<h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">Entrega incompleta</h2>'
       '<p style="color:#757575;font-size:16px">Se ha producido un problema temporal al entregar tu mensaje a '
       '<b>mvargas@textilesandinos.com.bo</b>. Gmail volverá a intentarlo durante 44 horas más. Recibirás una notificación '
       'si la entrega falla de forma permanente.</p>'
       '<p style="font-size:12.8px">La respuesta del servidor remoto ha sido:</p><p style="font-family:monospace">'
       '452 4.2.2 &lt;mvargas@textilesandinos.com.bo&gt;: Mailbox full, try again later</p></td></tr></table></body></html>\n')
dsn = T("""
    Reporting-MTA: dns; googlemail.com
    Arrival-Date: Tue, 09 Feb 2027 00:00:11 -0800 (PST)
    X-Original-Message-ID: {orig_id}

    Final-Recipient: rfc822; mvargas@textilesandinos.com.bo
    Action: delayed
    Status: 4.2.2
    Remote-MTA: dns; mail.textilesandinos.com.bo. (200.87.121.14, the server for the domain textilesandinos.com.bo.)
    Diagnostic-Code: smtp; 452 4.2.2 <mvargas@textilesandinos.com.bo>: Mailbox full, try again later
    Last-Attempt-Date: Tue, 09 Feb 2027 04:01:47 -0800 (PST)
    Will-Retry-Until: Thu, 11 Feb 2027 00:00:11 -0800 (PST)
""").replace("{orig_id}", orig_id) + "\n"
root = multi("report", [multi("alternative", [text(own + "\n", charset="UTF-8"), text(htm, "html", charset="UTF-8")],
                              boundary="000000000000" + _hex(16)),
                        raw_part("message/delivery-status", dsn.encode()),
                        raw_part("text/rfc822-headers", orig_h.encode())],
             boundary="000000000000" + _hex(16), params="; report-type=delivery-status")
h = [("Return-Path", "<>"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", o["email"]),
     ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Delay)"),
     ("References", orig_id), ("In-Reply-To", orig_id),
     ("Message-ID", f"<{_hex(12)}.{_b62(18)}@mx.google.com>"), ("Date", "Tue, 09 Feb 2027 04:01:48 -0800"),
     ("MIME-Version", "1.0")]
add(46, message(h, root), own, kind="bounce", failed_recipient="mvargas@textilesandinos.com.bo", permanent=False,
    note="Gmail delay notice: 452 4.2.2 mailbox full, Gmail keeps retrying; a temporary failure, not a final bounce.")

# ---- 0047 · Vila-real · cooperativa, catalanohablante: 'ayer se hizo la transferencia' -----------------
o = OWNERS["lucia"]
c = dict(kind="company", name="Cooperativa Agrícola Sant Isidre, Coop. V.", email="nuria.belles@coopsantisidre.es",
         display="Núria Bellés")
inv = dict(number="2026/127", amount="665.50", issue="2026-11-04", due="2026-12-04")
q = sent_msg(o, c, "Re: Factura 2026/127", L_reminder(o, c, inv, D("2026-12-09")),
             when("2026-12-09 09:00:15 +0100"), "reminder", inv["number"])
own = T("""
    Bon dia Lucía,

    Te confirmo que ayer se hizo la transferencia de la factura 2026/127 (etiquetas de la naranja). Perdona el retraso, hemos estado con el cierre del ejercicio y la asamblea y vamos de bòlit.

    Per cert, el consell rector quiere que le hagas también los carteles de la fira de Sant Antoni, te llamo la semana que viene.

    Salutacions,

    Núria Bellés
    Administració
    Cooperativa Agrícola Sant Isidre, Coop. V. · Vila-real
""")
raw = outlook_reply(frm=addr("Núria Bellés", c["email"]), date=when("2026-12-11 13:55:00 +0100"),
                    subject="RE: Factura 2026/127", own=own, q=q, off="+0100", enviado="Enviado")
add(47, raw, own, kind="client-reply-paid", reference="2026/127",
    note="Catalan-speaker's Spanish ('vamos de bòlit', 'per cert'); transfer done yesterday. 'Te llamo la semana que "
         "viene' is about a new job, not a payment.")

# ---- 0048 · Santa Cruz (Bolivia) · tras el aviso de suspensión: 'hasta el viernes 12 de marzo' ------------
o = OWNERS["julian"]
c = dict(kind="company", name="Importadora El Ceibo S.R.L.", email="rsuarez@importadoraelceibo.com.bo",
         display="Rolando Suárez Aguilera")
inv = dict(number="JP-2027-004", amount="640.00", currency="USD", issue="2027-01-05", due="2027-02-04")
q = sent_msg(o, c, "Re: Factura JP-2027-004", L_suspension(o, c, inv, D("2027-02-26"), "2027-03-05", "2027-03-08"),
             when("2027-02-26 09:00:38 +0100"), "suspension", inv["number"], prior=("reminder", "late_fee"))
own = T("""
    Estimado Julián:

    Le pido por favor no suspender el sistema de pedidos, que lo estamos usando todos los días con los vendedores. Tuvimos un problema con la autorización de divisas en el banco, ya está solucionado.

    El pago de la factura JP-2027-004 se lo estaremos haciendo hasta el viernes 12 de marzo, por los USD 640 completos.

    Disculpe las molestias.

    Atte.

    Lic. Rolando Suárez Aguilera
    Gerente Administrativo
    Importadora El Ceibo S.R.L. – Santa Cruz de la Sierra
""")
raw = outlook_reply(frm=addr("Rolando Suárez Aguilera", c["email"]), date=when("2027-03-01 11:10:09 -0400"),
                    subject="RE: Factura JP-2027-004", own=own, q=q, off="-0400", charset="utf-8", latam=True)
add(48, raw, own, kind="client-reply-promise", promised_date="2027-03-12", amount="640.00", currency="USD",
    reference="JP-2027-004",
    note="Andean 'hasta el viernes 12 de marzo' means 'by' that day, not 'until'; answer to the suspension warning.")

# ---- 0049 · Costa Rica · el adelanto del 50 % no está descontado --------------------------------------
o = OWNERS["iker"]
c = dict(kind="company", name="Fundación Bosque Nuboso", email="finanzas@fundacionbosquenuboso.org", display="Mariela Chaves")
inv = dict(number="F-2027-006", amount="1480.00", issue="2027-01-04", due="2027-02-03")
q = sent_msg(o, c, "Re: Factura F-2027-006", L_due(o, c, inv, D("2027-02-03")),
             when("2027-02-03 09:00:24 +0100"), "due", inv["number"])
own = T("""
    Estimado Iker:

    Gracias por el recordatorio. Revisando la factura F-2027-006 vemos que viene por el total del proyecto (1.480,00 €), pero en noviembre le giramos un adelanto del 50 % (740,00 €) que no aparece rebajado. Le adjunto el comprobante de ese adelanto.

    ¿Nos podría enviar la factura corregida por el saldo? Apenas la tengamos se la tramitamos.

    Saludos cordiales,

    Mariela Chaves Rojas
    Coordinadora de Finanzas
    Fundación Bosque Nuboso – Monteverde, Puntarenas
""")
raw = gmail_reply(frm=addr("Mariela Chaves", c["email"]), date=when("2027-02-04 09:30:00 -0600"),
                  subject="Re: Factura F-2027-006", own=own, q=q, off="-0600",
                  attachments=[attachment("Comprobante adelanto noviembre.pdf", "application/pdf", tiny_pdf("Adelanto"))])
add(49, raw, own, kind="client-reply-dispute", reference="F-2027-006",
    note="Amount wrong: a 50 % advance paid in November is not deducted; the 740 € was paid earlier, not in answer to this invoice.")

# ---- 0050 · Wise · dinero recibido en USD ------------------------------------------------------------
own = T("""
    Has recibido 1.150,00 USD

    Hola, Sofía:

    EDITORIAL MONTANERA S.A.S. te ha enviado 1.150,00 USD. El dinero ya está en tu saldo en USD.

    Referencia: SM/2026/66
    Fecha: 8 de febrero de 2027

    Puedes mantenerlo en USD, convertirlo a otra divisa o enviarlo a tu cuenta bancaria.

    Gracias,
    El equipo de Wise
""")
htm = ('<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:Inter,Helvetica,Arial,sans-serif;'
       'background:#f2f5f7"><div style="max-width:600px;margin:0 auto;background:#fff;padding:32px;border-radius:16px">'
       '<img src="https://wise.com/public-resources/assets/logos/wise/brand_logo.png" width="96" alt="Wise">'
       '<h1 style="font-size:32px;color:#163300">Has recibido 1.150,00 USD</h1>'
       + "".join(f"<p>{html_lines(p)}</p>" for p in own.split("\n\n")[1:]) + "</div></body></html>\n")
root = multi("alternative", [text(own + "\n", charset="UTF-8"), text(htm, "html", charset="UTF-8")])
h = [("From", addr("Wise", "noreply@wise.com")), ("To", "sofia@sofiamarin.es"),
     ("Subject", ehdr("Has recibido 1.150,00 USD")), ("Date", rfc(when("2027-02-08 14:03:00 +0000"))),
     ("Message-ID", f"<{_hex(8)}-{_hex(4)}-{_hex(4)}-{_hex(4)}-{_hex(12)}@wise.com>"), ("MIME-Version", "1.0")]
add(50, message(h, root), own, kind="payment-notification", amount="1150.00", currency="USD", reference="SM/2026/66",
    note="Wise notice of incoming USD from the Colombian publisher; the transfer reference is the invoice number.")

# ---- 0051 · Navarra · 'ya no llevo administración', escribe a Leire (en copia) ---------------------------
o = OWNERS["iker"]
c = dict(kind="company", name="Bodegas Artazu, S.A.", email="igoikoetxea@bodegasartazu.com", display="Iratxe Goikoetxea")
inv = dict(number="F-2026-092", amount="450.00", issue="2026-10-30", due="2026-11-29")
q = sent_msg(o, c, "Re: Factura F-2026-092", L_reminder(o, c, inv, D("2026-12-02")),
             when("2026-12-02 09:00:44 +0100"), "reminder", inv["number"])
own = T("""
    Egun on Iker,

    Desde el 1 de diciembre ya no llevo la parte de administración (me han pasado a exportación), por eso igual no te ha contestado nadie. Te pongo en copia a Leire, que es quien lleva ahora proveedores: leire.otano@bodegasartazu.com. Escríbele a ella directamente para lo de la factura.

    Ondo izan,
    Iratxe
""")
raw = gmail_reply(frm=addr("Iratxe Goikoetxea", c["email"]), date=when("2026-12-03 08:50:00 +0100"),
                  subject="Re: Factura F-2026-092", own=own, q=q, off="+0100",
                  cc=addr("Leire Otano", "leire.otano@bodegasartazu.com"))
add(51, raw, own, kind="client-reply-other",
    note="A person (not an auto-reply) saying she no longer handles suppliers and copying her colleague; nothing about payment.")

# ---- 0052 · Asturias · la hija escribe por sus padres: 'después de Reyes sin falta' ----------------------
o = OWNERS["marta"]
c = dict(kind="person", name="Ramón Fernández Suárez", email="ramonfdez1951@telecable.es")
inv = dict(number="MQ-26-050", amount="380.00", issue="2026-11-18", due="2026-12-03")
q0 = sent_msg(o, c, "Re: Factura MQ-26-050", L_reminder(o, c, inv, D("2026-12-17")),
              when("2026-12-17 09:00:12 +0100"), "reminder", inv["number"])
d0 = at(q0, "+0100")
fwd = (f"---------- Forwarded message ---------\nDe: {q0['name']} <{q0['email']}>\n"
       f"Date: {DIAS_AB[d0.weekday()]}, {d0.day} {MESES_AB[d0.month - 1]} {d0.year} a las {d0.hour}:{d0.minute:02d}\n"
       f"Subject: {q0['subject']}\nTo: <{c['email']}>\n\n\n{q0['text']}")
fwd_id = mid("other", "telecable.es")
q = dict(text=fwd, dt=when("2026-12-20 12:02:40 +0100"), name="Ramón Fernández", email=c["email"],
         subject="Fwd: Re: Factura MQ-26-050", msgid=fwd_id, refs=q0["refs"] + [fwd_id], to_name="", to_email="laurafdezrio@gmail.com")
own = T("""
    Hola Marta, soy Laura, la hija de Ramón y Pilar (las fotos de las bodas de oro). Mi padre me ha reenviado tu correo porque él no se aclara mucho con el ordenador.

    Te cuento: mi madre lleva unas semanas ingresada y andamos un poco patas arriba, por eso se les pasó. Lo pago yo en cuanto pasen las fiestas, después de Reyes sin falta.

    Perdona de verdad y gracias por la paciencia.
    Laura
""")
raw = gmail_reply(frm=addr("Laura Fernández Río", "laurafdezrio@gmail.com"), date=when("2026-12-20 17:45:00 +0100"),
                  subject="Re: Fwd: Re: Factura MQ-26-050", own=own, q=q, off="+0100", to=addr(o["name"], o["email"]),
                  cc=addr("Ramón Fernández", c["email"]))
add(52, raw, own, kind="client-reply-promise",
    note="A relative pays for the client 'después de Reyes': after 6 January with no day given, so no promised_date.")

# ---- 0053 · Argentina · aviso de vacaciones sin cabeceras RFC 3834 ------------------------------------
o = OWNERS["julian"]
c = dict(kind="company", name="Agencia Tandil", email="sgomezpaz@agenciatandil.com.ar", display="Sebastián Gómez Paz")
inv = dict(number="JP-2027-001", amount="880.00", currency="USD", issue="2026-12-14", due="2027-01-13")
q = sent_msg(o, c, "Re: Factura JP-2027-001", L_reminder(o, c, inv, D("2027-01-19")),
             when("2027-01-19 09:00:00 +0100"), "reminder", inv["number"])
own = T("""
    ¡Hola! Estoy de vacaciones en la costa 🏖️ y vuelvo a la oficina el lunes 1 de febrero.

    Si es algo urgente, escribile a Flor (flor@agenciatandil.com.ar) que te va a dar una mano.

    ¡Gracias!
    Seba
""")
h = reply_headers(addr("Sebastián Gómez Paz", c["email"]), o["email"], when("2027-01-19 05:00:41 -0300"),
                  "Re: Factura JP-2027-001", mid("other", "agenciatandil.com.ar"), q, None)
add(53, message(h, text(own + "\n", charset="utf-8", cte="base64")), own, kind="auto-reply", return_date="2027-02-01",
    note="Vacation responder with no Auto-Submitted header and a plain 'Re:' subject; arrives 41 s after the reminder. Back Monday 1 February.")

# ---- 0054 · Inca (Mallorca) · la gestoría del hostal: incluida en la remesa del 30/11 ----------------------
o = OWNERS["toni"]
own = T("""
    Benvolgut Sr. Cerdà,

    Le escribimos en nombre de nuestro cliente Hostal Can Pep, S.L., que nos indica que le han llamado ustedes por la factura TC-2026-115 porque el correo de reservas ya no funciona.

    La factura TC-2026-115 (1.573,00 €) se incluyó en la remesa de transferencias a proveedores del pasado 30 de noviembre, por lo que ya debería figurar en su cuenta. Adjuntamos el detalle de la remesa con el apunte correspondiente.

    Para cualquier cuestión de facturación del hostal pueden dirigirse a esta dirección.

    Atentamente,

    Bartomeu Ramis
    Gestoria Ramis · Carrer Major, 21 · 07300 Inca
""")
htm = outlook_html(own, None, None)
root = multi("mixed", [multi("alternative", [text(own + "\n", charset="windows-1252"), text(htm, "html", charset="utf-8")],
                             boundary=f"_000_{mid('outlook')[1:-1].split('@')[0]}_"),
                       attachment("Remesa 30-11-2026 Hostal Can Pep.pdf", "application/pdf", tiny_pdf("Remesa"))],
             boundary=f"_004_{mid('outlook')[1:-1].split('@')[0]}_")
h = [("From", addr("Gestoria Ramis", "admin@gestoriaramis.com")), ("To", addr(o["name"], o["email"])),
     ("Subject", "Factura TC-2026-115 - Hostal Can Pep"), ("Date", rfc(when("2026-12-02 16:15:00 +0100"))),
     ("Message-ID", mid("outlook")), ("Content-Language", "es-ES"), ("X-MS-Has-Attach", "yes"), ("MIME-Version", "1.0")]
add(54, message(h, root), own, kind="client-reply-paid", amount="1573.00", currency="EUR", reference="TC-2026-115",
    note="New thread (the hostal's address bounced) from the client's gestoría: the invoice went out in the 30 Nov "
         "supplier remittance, detail attached.", _noirt=True)

# ---- 0055 · Mérida · el presupuesto eran 180 € + IVA por certificado --------------------------------------
o = OWNERS["carmen"]
c = dict(kind="company", name="Inmobiliaria Gallardo, S.L.", email="rgallardo@inmogallardo.es", display="Rafael Gallardo")
inv = dict(number="A-2026/22", amount="907.50", issue="2026-10-20", due="2026-11-19")
q = sent_msg(o, c, "Re: Factura A-2026/22", L_reminder(o, c, inv, D("2026-11-23")),
             when("2026-11-23 09:00:07 +0100"), "reminder", inv["number"])
own = T("""
    Buenos días Carmen,

    Te respondo al recordatorio. La factura A-2026/22 no la he pagado porque no coincide con lo que hablamos: el presupuesto que me mandaste por WhatsApp para los tres certificados energéticos era de 180 € + IVA cada uno (540 € + IVA), y la factura es de 750 € + IVA. No sé si has metido la visita a la segunda planta como aparte, pero eso no me lo dijiste.

    Mándame una factura con lo acordado y te la pago en el día.

    Un saludo,
    Rafael Gallardo
    Inmobiliaria Gallardo · Mérida
""")
raw = outlook_reply(frm=addr("Rafael Gallardo", c["email"]), date=when("2026-11-24 12:00:00 +0100"),
                    subject="RE: Factura A-2026/22", own=own, q=q, off="+0100", enviado="Enviado")
add(55, raw, own, kind="client-reply-dispute", reference="A-2026/22",
    note="Amount above the quote (540 + IVA agreed vs 750 + IVA billed); payment only against a corrected invoice.")

# ---- 0056 · Paraguay · envío por Western Union con MTCN y foto del recibo -------------------------------
o = OWNERS["sofia"]
c = dict(kind="person", name="Graciela Benítez Ayala", email="gbenitez.ayala@gmail.com")
inv = dict(number="SM/2027/02", amount="300.00", currency="USD", issue="2027-01-12", due="2027-02-11")
q = sent_msg(o, c, "Re: Factura SM/2027/02", L_reminder(o, c, inv, D("2027-02-15")),
             when("2027-02-15 09:00:16 +0100"), "reminder", inv["number"])
own = T("""
    Buenas tardes señora Sofía,

    Le comento que ya le realicé el envío por Western Union esta mañana, por USD 300 (trescientos dólares americanos), a nombre de Sofía Marín Albarracín, ciudad Murcia, España. El número de control (MTCN) es 836 512 4470. Le adjunto la foto del recibo.

    Muchas gracias por la traducción del título, ya lo presenté en el MEC y me lo aceptaron.

    Saludos cordiales,
    Graciela
""")
raw = gmail_reply(frm=addr("Graciela Benítez", c["email"]), date=when("2027-02-15 17:20:00 -0300"),
                  subject="Re: Factura SM/2027/02", own=own, q=q, off="-0300",
                  attachments=[attachment("IMG_20270215_103412.jpg", "image/jpeg", TINY_JPG)])
add(56, raw, own, kind="client-reply-paid", amount="300.00", currency="USD",
    note="Money sent by Western Union this morning, MTCN given (a control number, not an invoice number).")

# ---- 0057 · Chile · voseo chileno desde el iPhone: 'te transfiero a fin de mes' ---------------------------
o = OWNERS["julian"]
c = dict(kind="company", name="Cervecera Cordillera SpA", email="tomas@cervezacordillera.cl", display="Tomás Riquelme")
inv = dict(number="JP-2026-040", amount="500.00", currency="USD", issue="2026-12-01", due="2026-12-31")
q = sent_msg(o, c, "Re: Factura JP-2026-040", L_late_fee(o, c, inv, D("2027-02-09"), "2027-02-19"),
             when("2027-02-09 09:00:19 +0100"), "late_fee", inv["number"], prior=("reminder",))
own = T("""
    Hola Julián, te pido disculpas, tenís toda la razón. Enero fue fatal pa nosotros, con las vacaciones bajan mucho las ventas en Santiago.

    Te transfiero a fin de mes cuando nos paguen los supermercados, no te voy a dejar colgado.

    Abrazo,
    Tomás

    Enviado desde mi iPhone
""")
raw = apple_reply(frm=addr("Tomás Riquelme", c["email"]), date=when("2027-02-09 19:40:00 -0300"),
                  subject="Re: Factura JP-2026-040", own=own, q=q, off="-0300", domain="cervezacordillera.cl")
add(57, raw, own, kind="client-reply-promise", promised_date="2027-02-28",
    note="'A fin de mes' written 9 February 2027: the last day of February, the 28th.")

# ---- 0058 · Palma · respuesta airada al requerimiento formal (LO 1/2025) ---------------------------------
o = OWNERS["toni"]
c = dict(kind="company", name="Portixol Homes, S.L.", email="goliver@portixolhomes.com", display="Guillem Oliver")
inv = dict(number="TC-2026-123", amount="4840.00", issue="2026-12-01", due="2026-12-31")
_, _tot = fee_lines(inv, D("2027-02-22"))
q = sent_msg(o, c, "Requerimiento de pago e invitación a negociar – factura n.º TC-2026-123",
             L_formal_cover(o, c, inv, eur(_tot), 15, "2027-03-09"), when("2027-02-22 09:00:50 +0100"),
             "formal_notice", inv["number"], prior=("reminder", "late_fee", "final"))
own = T("""
    Sr. Cerdà:

    Me sorprende recibir un "requerimiento de pago" con amenaza de procedimiento monitorio por una factura que ya le dije por teléfono en enero que no íbamos a pagar tal cual. La web se entregó con tres meses de retraso, sin el área privada para propietarios que estaba en el presupuesto, y hemos tenido que contratar a otra empresa para hacerla.

    No aceptamos ni el importe de la factura TC-2026-123 ni los intereses que reclama. Estamos dispuestos a abonar la parte efectivamente entregada, que valoramos en 1.800 € + IVA, y no más. Si no le parece bien, trasladaré el asunto a nuestro abogado, que le responderá en el plazo que indica.

    Guillem Oliver
    Director – Portixol Homes
""")
raw = outlook_reply(frm=addr("Guillem Oliver", c["email"]), date=when("2027-02-24 18:02:00 +0100"),
                    subject="RE: Requerimiento de pago e invitación a negociar – factura n.º TC-2026-123", own=own,
                    q=q, off="+0100")
add(58, raw, own, kind="client-reply-dispute", reference="TC-2026-123",
    note="Rejects amount and interest after the formal notice, offers only 1.800 € + IVA for what was delivered: a "
         "counter-offer inside a dispute, not a promise, so no amount.")

# ---- 0059 · València · reenvío interno (RV:) con el freelancer en copia --------------------------------
o = OWNERS["lucia"]
c = dict(kind="company", name="Cerámicas del Turia, S.A.", email="aginer@ceramicasdelturia.com", display="Amparo Giner")
inv = dict(number="2026/135", amount="2904.00", issue="2026-11-20", due="2026-12-20")
q = sent_msg(o, c, "Re: Factura 2026/135", L_late_fee(o, c, inv, D("2027-01-11"), "2027-01-21"),
             when("2027-01-11 09:00:06 +0100"), "late_fee", inv["number"], prior=("reminder",))
own = T("""
    Vicent, ¿puedes mirar esto? Yo no encuentro el pedido de esta factura y no sé si está aprobada por compras. Lucía va en copia para que sepa que lo estamos viendo.

    Gracias,
    Amparo
""")
rows = outlook_block(q, "+0100", enviado="Enviado el")
plain = f"{own}\n\n-----Mensaje original-----\n" + "\n".join(f"{k}: {v}" for k, v in rows) + f"\n\n{q['text']}\n"
htm = outlook_html(own, rows, q["text"])
root = multi("alternative", [text(plain, charset="windows-1252"), text(htm, "html", charset="windows-1252")],
             boundary=f"_000_{mid('outlook')[1:-1].split('@')[0]}_")
h = [("From", addr("Amparo Giner", c["email"])), ("To", addr("Vicent Martí", "vmarti@ceramicasdelturia.com")),
     ("Cc", addr(o["name"], o["email"])), ("Subject", "RV: Factura 2026/135"),
     ("Date", rfc(when("2027-01-11 09:15:20 +0100"))), ("Message-ID", mid("outlook")),
     ("Thread-Topic", "Factura 2026/135"), ("Thread-Index", "A" + _b62(30) + "=="),
     ("Content-Language", "es-ES"), ("MIME-Version", "1.0")]
add(59, message(h, root), own, kind="client-reply-other",
    note="Internal forward to a colleague with the freelancer in Cc; nobody promises or pays. No In-Reply-To (a forward).",
    _noirt=True)

# ---- 0060 · Bolivia · cooperativa tras el requerimiento: pagado, pide dejarlo sin efecto --------------------
o = OWNERS["sofia"]
c = dict(kind="company", name="Cooperativa Agroecológica Yungas Ltda.", email="administracion@coopyungas.org.bo",
         display="Administración Coop. Yungas")
inv = dict(number="SM/2026/63", amount="495.00", issue="2026-11-18", due="2026-12-18")
q = sent_msg(o, c, "Requerimiento de pago e invitación a negociar – factura n.º SM/2026/63",
             L_formal_cover(o, c, inv, eur("495.00"), 15, "2027-02-23"), when("2027-02-08 09:00:11 +0100"),
             "formal_notice", inv["number"], prior=("reminder", "late_fee", "final"))
own = T("""
    Señora
    Sofía Marín Albarracín
    Presente.-

    De nuestra mayor consideración:

    Por medio de la presente le hacemos conocer que en fecha 10 de febrero de 2027 se efectuó la transferencia bancaria por el importe total de EUR 495,00 correspondiente a la factura SM/2026/63, a la cuenta indicada en su requerimiento. Adjuntamos el comprobante emitido por el banco.

    Lamentamos el retraso, debido a la demora en el desembolso del proyecto por parte de la entidad financiadora. En tal sentido, solicitamos dejar sin efecto el requerimiento enviado.

    Sin otro particular, saludamos a usted atentamente.

    Lic. Wilma Mamani Choque
    ADMINISTRADORA
    Cooperativa Agroecológica Yungas Ltda. – Coroico, La Paz
""")
raw = outlook_reply(frm=addr("Administración Coop. Yungas", c["email"]), date=when("2027-02-10 16:45:00 -0400"),
                    subject="RE: Requerimiento de pago e invitación a negociar – factura n.º SM/2026/63", own=own,
                    q=q, off="-0400", charset="utf-8", latam=True,
                    attachments=[attachment("Comprobante transferencia 10-02-2027.pdf", "application/pdf", tiny_pdf("Comprobante"))])
add(60, raw, own, kind="client-reply-paid", amount="495.00", currency="EUR", reference="SM/2026/63",
    note="Formal Bolivian letter style ('le hacemos conocer', 'Presente.-'): transfer made today, receipt attached.")

# ---- 0061 · Stripe · pago con tarjeta recibido -------------------------------------------------------
own = T("""
    Has recibido un pago de 1.210,00 €

    Clínica Dental Moncayo, S.L.P. (administracion@clinicamoncayo.es) ha pagado 1.210,00 € a Daniel Robles Lanuza.

    Importe: 1.210,00 €
    Descripción: Factura 2027-0008 - Desarrollo sistema de citas online
    Método de pago: Visa •••• 4821
    Fecha: 2 feb 2027, 16:01
    ID del pago: pi_3QkR7sL2vXp1Yh0B1cGm8Tz4

    Los fondos estarán disponibles en tu saldo según tu calendario de transferencias.

    Ver el pago en el Dashboard: https://dashboard.stripe.com/payments/pi_3QkR7sL2vXp1Yh0B1cGm8Tz4

    Recibes este correo porque tienes activadas las notificaciones de pagos correctos. Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080.
""")
htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f6f9fc;font-family:-apple-system,'
       'BlinkMacSystemFont,\'Segoe UI\',Roboto,sans-serif;color:#32325d"><table width="100%"><tr><td align="center">'
       '<table width="600" style="background:#fff;border-radius:8px;padding:40px"><tr><td>'
       '<h1 style="font-size:24px">Has recibido un pago de 1.210,00&nbsp;€</h1>'
       '<p>Clínica Dental Moncayo, S.L.P. (administracion@clinicamoncayo.es) ha pagado 1.210,00&nbsp;€ a Daniel Robles Lanuza.</p>'
       '<table style="font-size:14px"><tr><td style="color:#8898aa">Importe</td><td>1.210,00&nbsp;€</td></tr>'
       '<tr><td style="color:#8898aa">Descripción</td><td>Factura 2027-0008 - Desarrollo sistema de citas online</td></tr>'
       '<tr><td style="color:#8898aa">Método de pago</td><td>Visa •••• 4821</td></tr>'
       '<tr><td style="color:#8898aa">Fecha</td><td>2 feb 2027, 16:01</td></tr>'
       '<tr><td style="color:#8898aa">ID del pago</td><td>pi_3QkR7sL2vXp1Yh0B1cGm8Tz4</td></tr></table>'
       '<p>Los fondos estarán disponibles en tu saldo según tu calendario de transferencias.</p>'
       '<p><a href="https://dashboard.stripe.com/payments/pi_3QkR7sL2vXp1Yh0B1cGm8Tz4">Ver el pago en el Dashboard</a></p>'
       '<p style="font-size:12px;color:#8898aa">Recibes este correo porque tienes activadas las notificaciones de pagos correctos. '
       'Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080.</p></td></tr></table></td></tr></table></body></html>\n')
root = multi("alternative", [text(own + "\n", charset="utf-8"), text(htm, "html", charset="utf-8")])
h = [("From", addr("Stripe", "notifications@stripe.com")), ("To", "daniel@robleslanuza.dev"),
     ("Subject", ehdr("Has recibido un pago de 1.210,00 € de Clínica Dental Moncayo, S.L.P.")),
     ("Date", rfc(when("2027-02-02 15:01:33 +0000"))), ("Message-ID", f"<{_hex(24)}@stripe.com>"), ("MIME-Version", "1.0")]
add(61, message(h, root), own, kind="payment-notification", amount="1210.00", currency="EUR", reference="2027-0008",
    note="Stripe card payment notice; the description carries the invoice number.")

# ---- 0062 · Navarra · respuesta al resumen: una pagada ayer, la otra el día 15 ---------------------------
o = OWNERS["iker"]
c = dict(kind="company", name="Ribera Alta, S. Coop.", email="administracion@riberaalta.coop", display="Amaia Ibáñez")
invs = [dict(number="F-2026-093", amount="610.00", issue="2026-12-01", due="2026-12-31"),
        dict(number="F-2027-003", amount="395.00", issue="2027-01-08", due="2027-02-07")]
q = sent_msg(o, c, "Resumen de facturas pendientes: n.º F-2026-093, F-2027-003",
             L_statement(o, c, invs, D("2027-02-08"), "2027-02-18"), when("2027-02-08 09:00:22 +0100"),
             "statement", "F-2026-093,F-2027-003")
own = T("""
    Buenos días Iker,

    Ya estaba en ello: la F-2026-093 salió ayer por transferencia (te debería entrar hoy o mañana). La F-2027-003 la metemos en la remesa del día 15, que es cuando pagamos a proveedores.

    Un saludo,

    Amaia Ibáñez
    Administración – Ribera Alta, S. Coop.
    Ctra. de Tudela s/n · 31515 Cadreita (Navarra)
""")
raw = outlook_reply(frm=addr("Amaia Ibáñez", c["email"]), date=when("2027-02-09 12:20:00 +0100"),
                    subject="RE: Resumen de facturas pendientes: n.º F-2026-093, F-2027-003", own=own, q=q,
                    off="+0100", enviado="Enviado")
add(62, raw, own, kind="client-reply-promise", promised_date="2027-02-15",
    note="Reply to a statement: one invoice paid yesterday, the other in the 15 Feb remittance; promise beats paid, "
         "and with two invoices there is no single reference.")

# ---- 0063 · Bounce · Exchange chileno: buzón lleno, pero con código 5.2.2 --------------------------------
o = OWNERS["daniel"]
orig_id = mailduns_id(o["email"], "2026-0233", "late_fee")
own = T("""
    Error en la entrega a estos destinatarios o grupos:

    Rodrigo Valdés Fuenzalida (rvaldes@agricolaelmaiten.cl)
    El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Inténtelo de nuevo más tarde o póngase en contacto directamente con el destinatario.

    Información de diagnóstico para administradores:

    Servidor de generación: EXCH01.agricolaelmaiten.local

    rvaldes@agricolaelmaiten.cl
    Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox.'

    Encabezados del mensaje original:

    From: =?utf-8?q?Daniel_Robles_Lanuza?= <daniel@robleslanuza.dev>
    To: =?utf-8?q?Rodrigo_Vald=C3=A9s_Fuenzalida?= <rvaldes@agricolaelmaiten.cl>
    Subject: Re: Factura 2026-0233
    Date: Thu, 14 Jan 2027 09:00:27 +0100
    Message-ID: {orig_id}
""").replace("{orig_id}", orig_id)
dsn = T("""
    Reporting-MTA: dns;EXCH01.agricolaelmaiten.local
    Received-From-MTA: dns;mx.agricolaelmaiten.cl
    Arrival-Date: Thu, 14 Jan 2027 08:00:29 +0000

    Final-Recipient: rfc822;rvaldes@agricolaelmaiten.cl
    Action: failed
    Status: 5.2.2
    Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
""") + "\n"
root = multi("report", [text(own + "\n", charset="utf-8"),
                        raw_part("message/delivery-status", dsn.encode())],
             boundary=f"_{_hex(8)}-{_hex(4)}-{_hex(4)}-{_hex(4)}-{_hex(12)}_", params="; report-type=delivery-status")
h = [("From", "postmaster@agricolaelmaiten.cl"), ("To", addr(o["name"], o["email"])),
     ("Date", "Thu, 14 Jan 2027 05:00:31 -0300"), ("Subject", "No se puede entregar: Re: Factura 2026-0233"),
     ("Message-ID", f"<{_hex(32)}@EXCH01.agricolaelmaiten.local>"), ("In-Reply-To", orig_id), ("References", orig_id),
     ("Auto-Submitted", "auto-replied"), ("Content-Language", "es-CL"), ("X-MS-Exchange-Message-Is-Ndr", ""),
     ("MIME-Version", "1.0")]
add(63, message(h, root), own, kind="bounce", failed_recipient="rvaldes@agricolaelmaiten.cl", permanent=True,
    note="Mailbox full, and the text says 'inténtelo más tarde', but the status is 5.2.2 and the server gave up: permanent.")

# ---- 0064 · La Vera (Cáceres) · ayuntamiento: las facturas van por FACe ----------------------------------
o = OWNERS["carmen"]
c = dict(kind="company", name="Ayuntamiento de Valdeolivas de la Vera", email="intervencion@valdeolivasdelavera.es",
         display="Intervención Ayuntamiento")
inv = dict(number="A-2026/20", amount="2178.00", issue="2026-10-14", due="2026-11-13")
q = sent_msg(o, c, "Re: Factura A-2026/20", L_reminder(o, c, inv, D("2026-11-18")),
             when("2026-11-18 09:00:40 +0100"), "reminder", inv["number"])
own = T("""
    Buenos días:

    En relación con su correo, le comunicamos que, de acuerdo con la Ley 25/2013, de impulso de la factura electrónica, las facturas dirigidas a este Ayuntamiento deben presentarse a través del Punto General de Entrada de Facturas Electrónicas (FACe) y no por correo electrónico. La factura A-2026/20 remitida por esta vía no consta en el registro contable y, por tanto, no puede tramitarse.

    Los códigos DIR3 son los siguientes:
    Oficina contable: L01102147
    Órgano gestor: L01102147
    Unidad tramitadora: L01102147

    Un saludo,

    Negociado de Intervención
    Ayuntamiento de Valdeolivas de la Vera
    Plaza Mayor, 1 · 10470 Valdeolivas de la Vera (Cáceres)
""")
raw = outlook_reply(frm=addr("Intervención Ayto. Valdeolivas", c["email"]), date=when("2026-11-19 10:44:00 +0100"),
                    subject="RE: Factura A-2026/20", own=own, q=q, off="+0100", plain_only=True)
add(64, raw, own, kind="client-reply-other", reference="A-2026/20",
    note="Procedure, not a complaint: a council only processes invoices filed through FACe; nothing about the amount or the work.")

# ---- 0065 · Albarracín (Teruel) · paga la mitad, la otra mitad 'la semana que viene' (Yahoo) ---------------
o = OWNERS["daniel"]
c = dict(kind="company", name="Jamones y Embutidos Sierra de Albarracín, S.L.", email="josemari.jamonesalbarracin@yahoo.es",
         display="José Mari")
inv = dict(number="2026-0238", amount="968.00", issue="2026-11-05", due="2026-12-05")
q = sent_msg(o, c, "Re: Factura 2026-0238", L_late_fee(o, c, inv, D("2026-12-16"), "2026-12-28"),
             when("2026-12-16 09:00:16 +0100"), "late_fee", inv["number"], prior=("reminder",))
own = T("""
    Buenas Daniel, majo.

    Te he hecho esta mañana una transferencia con la mitad de la factura, que ahora mismo no tenemos más caja, en diciembre nos pagan tarde los de las cestas de Navidad. La otra mitad te la hago la semana que viene, no te preocupes que no se me olvida.

    Perdona el lío. Un saludico,
    José Mari
    Jamones y Embutidos Sierra de Albarracín
""")
attrline = attr_yahoo(q, "+0100", "CET")
plain = f"{own}\n\n\n{attrline}\n\n" + "\n".join(" " + ln if ln else "" for ln in q["text"].split("\n")) + "\n"
htm = ('<html><head></head><body><div class="ydp5b1c3e2ayahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
       'Arial, sans-serif;font-size:13px;">' + "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in own.split("\n"))
       + f'</div><div id="yahoo_quoted_3344" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, '
       f'Arial, sans-serif;font-size:13px;color:#26282a;"><div>{esc(attrline)}</div><div><br></div><div><br></div>'
       f'<div><div dir="ltr">{html_lines(q["text"])}</div></div></div></div></body></html>\n')
root = multi("alternative", [text(plain, charset="UTF-8"), text(htm, "html", charset="UTF-8")],
             boundary=f"----=_Part_{RNG.randint(10**6, 10**7)}_{RNG.randint(10**8, 10**9)}.{RNG.randint(10**12, 10**13)}")
h = reply_headers(addr("José Mari", c["email"]), owner_to(q), when("2026-12-17 11:37:02 +0100"), "Re: Factura 2026-0238",
                  mid("yahoo"), q, None, [("X-Mailer", "WebService/1.1.24652 YMailNorrin")])
add(65, message(h, root), own, kind="client-reply-promise",
    note="Half paid this morning, the other half 'la semana que viene' (no day): a paid part plus a promise is a "
         "promise, with no promised_date and no amount stated.")

# ---- 0066 · Argentina · furioso tras el requerimiento: 'no te voy a pagar un peso' ------------------------
o = OWNERS["julian"]
c = dict(kind="company", name="Mate y Libros", email="nico@mateylibros.com.ar", display="Nicolás Aguirre")
inv = dict(number="JP-2026-038", amount="450.00", currency="USD", issue="2026-11-25", due="2026-12-25")
q = sent_msg(o, c, "Requerimiento de pago de la factura n.º JP-2026-038", L_final(o, c, inv, D("2027-01-28"), "2027-02-08"),
             when("2027-01-28 09:00:33 +0100"), "final", inv["number"], prior=("reminder", "late_fee"))
own = T("""
    Julián, sinceramente me parece una falta de respeto que me sigas mandando recordatorios automáticos y ahora encima un "requerimiento" cuando sabés perfectamente que la integración con Mercado Pago SIGUE SIN ANDAR. Te escribí tres veces por WhatsApp y me clavaste el visto.

    No te voy a pagar un peso de esa factura hasta que la tienda cobre como corresponde. Arreglalo y después hablamos de plata.

    Nicolás
""")
raw = gmail_reply(frm=addr("Nicolás Aguirre", c["email"]), date=when("2027-01-28 23:50:00 -0300"),
                  subject="Re: Requerimiento de pago de la factura n.º JP-2026-038", own=own, q=q, off="-0300")
add(66, raw, own, kind="client-reply-dispute",
    note="Refuses to pay until the payment gateway integration works: work not done as agreed; capitals and voseo.")

# ---- 0067 · Cartagena · '¿me pasas otra vez el número de cuenta?' ---------------------------------------
o = OWNERS["sofia"]
c = dict(kind="company", name="Hotel Carthago Nova, S.L.", email="administracion@hotelcarthagonova.es",
         display="Administración Hotel Carthago Nova")
inv = dict(number="SM/2027/03", amount="356.95", issue="2027-01-18", due="2027-02-17")
q = sent_msg(o, c, "Re: Factura SM/2027/03", L_due(o, c, inv, D("2027-02-18")),
             when("2027-02-18 09:00:05 +0100"), "due", inv["number"])
own = T("""
    Hola Sofía, ¿me puedes pasar otra vez el número de cuenta? En el correo no veo el IBAN completo, en el móvil me sale cortado, y la factura en papel se la llevó mi jefe. Gracias guapa!!

    Mari Carmen
    Recepción / Administración – Hotel Carthago Nova, Cartagena

    Enviado desde mi iPhone
""")
raw = apple_reply(frm=addr("Mari Carmen Gómez", c["email"]), date=when("2027-02-18 10:12:00 +0100"),
                  subject="Re: Factura SM/2027/03", own=own, q=q, off="+0100", domain="hotelcarthagonova.es")
add(67, raw, own, kind="client-reply-other",
    note="Asks for the bank details again (they are in the quoted reminder she could not read on the phone).")

# ---- 0068 · Cáceres · tesorería municipal: pago ordenado, líquido tras retención IRPF (solo HTML) -----------
o = OWNERS["carmen"]
c = dict(kind="company", name="Ayuntamiento de Torrequemada del Almonte", email="tesoreria@torrequemadadelalmonte.es",
         display="Tesorería Ayuntamiento")
inv = dict(number="A-2026/24", amount="2544.00", issue="2026-11-10", due="2026-12-10")
q = sent_msg(o, c, "Re: Factura A-2026/24", L_reminder(o, c, inv, D("2026-12-14")),
             when("2026-12-14 09:00:31 +0100"), "reminder", inv["number"])
own = T("""
    Estimada Sra. Núñez:

    Le comunicamos que con fecha 17 de diciembre de 2026 se ha ordenado el pago, mediante transferencia a la cuenta que figura en nuestra ficha de terceros, de la factura n.º A-2026/24 (redacción de memoria valorada para la reforma del consultorio médico local), con el siguiente detalle:

    Base imponible: 2.400,00 €
    IVA (21 %): 504,00 €
    Retención IRPF (15 %): -360,00 €
    Líquido a percibir: 2.544,00 €

    La retención practicada se ingresará en la Agencia Tributaria y se le remitirá el certificado correspondiente a principios de año.

    Atentamente,

    La Tesorera
    Fdo.: Remedios Sánchez Pulido
    Ayuntamiento de Torrequemada del Almonte (Cáceres)
""")
raw = outlook_reply(frm=addr("Tesorería Ayuntamiento Torrequemada", c["email"]), date=when("2026-12-18 13:05:00 +0100"),
                    subject="RE: Factura A-2026/24", own=own, q=q, off="+0100", html_only=True)
add(68, raw, own, kind="client-reply-paid", amount="2544.00", currency="EUR", reference="A-2026/24",
    note="Payment ordered by transfer on 17 Dec; several amounts listed, the one paid is the 'líquido' after IRPF withholding.")

# ---- 0069 · Gipuzkoa · 'la semana que viene el martes pagamos seguro' -------------------------------------
o = OWNERS["iker"]
c = dict(kind="company", name="Agirre Films, S.L.", email="gorka@agirrefilms.eus", display="Gorka Agirre")
inv = dict(number="F-2027-008", amount="968.00", issue="2027-01-29", due="2027-02-28")
q = sent_msg(o, c, "Re: Factura F-2027-008 - Subtítulos", L_reminder(o, c, inv, D("2027-03-03")),
             when("2027-03-03 09:00:10 +0100"), "reminder", inv["number"])
own = T("""
    Kaixo Iker!

    Sorry, esta semana imposible, estamos con el rodaje en Zumaia y la gestora no está. La semana que viene el martes pagamos seguro, ya lo tengo apuntado.

    Los subtítulos quedaron de diez, eh.

    Agur,
    Gorka
""")
raw = gmail_reply(frm=addr("Gorka Agirre", c["email"]), date=when("2027-03-04 17:30:00 +0100"),
                  subject="Re: Factura F-2027-008 - Subtítulos", own=own, q=q, off="+0100")
add(69, raw, own, kind="client-reply-promise", promised_date="2027-03-09",
    note="Written Thursday 4 March: 'la semana que viene el martes' is Tuesday 9 March 2027.")

# ---- 0070 · Lorca · pide factura de abono por 6 horas de cambios ---------------------------------------
o = OWNERS["lucia"]
c = dict(kind="company", name="Embutidos Navarro Lorca, S.L.", email="pjnavarro@embutidosnavarrolorca.es",
         display="Pedro Jesús Navarro")
inv = dict(number="2027/009", amount="1633.50", issue="2027-01-29", due="2027-02-28")
q = sent_msg(o, c, "Re: Factura 2027/009", L_due(o, c, inv, D("2027-03-01")),
             when("2027-03-01 09:00:44 +0100"), "due", inv["number"])
own = T("""
    Hola Lucía:

    He visto la factura 2027/009 y me sorprende la línea de «cambios adicionales (6 h)». En el presupuesto venían incluidas dos rondas de cambios y solo hicimos dos: la del color del logo y la de la tipografía del envase. La tercera fue porque el PDF que nos mandaste tenía mal el número de registro sanitario, y eso no lo voy a pagar yo.

    Te pido que me mandes una factura de abono por esas 6 horas (270 € + IVA) y pago el resto sin problema.

    Un saludo,

    Pedro Jesús Navarro
    Embutidos Navarro Lorca, S.L.
    Polígono Saprelorca, parcela 17 · 30817 Lorca (Murcia)
""")
raw = outlook_reply(frm=addr("Pedro Jesús Navarro", c["email"]), date=when("2027-03-02 10:50:00 +0100"),
                    subject="RE: Factura 2027/009", own=own, q=q, off="+0100")
add(70, raw, own, kind="client-reply-dispute", reference="2027/009",
    note="Contests one line and asks for a credit note ('factura de abono'); paying 'el resto' depends on it, so dispute.")

# ---- 0071 · Sóller · ¿has cambiado de IBAN? (sospecha de fraude) -----------------------------------------
o = OWNERS["toni"]
c = dict(kind="company", name="Ferreteria Sóller, S.L.", email="cferrer@ferreteriasoller.com", display="Catalina Ferrer")
inv = dict(number="TC-2027-003", amount="459.80", issue="2027-01-04", due="2027-02-03")
q = sent_msg(o, c, "Re: Factura TC-2027-003", L_courtesy(o, c, inv), when("2027-01-29 09:00:08 +0100"),
             "courtesy", inv["number"])
own = T("""
    Bon dia Toni,

    Antes de pagarte la factura TC-2027-003 quería confirmar una cosa: la semana pasada nos llegó un correo supuestamente tuyo diciendo que habías cambiado de banco, con un IBAN nuevo (¡de un banco de Lituania!). No me fío nada. ¿Lo has mandado tú?

    Si no me contestas hoy te llamo.

    Gràcies,
    Catalina
    Ferreteria Sóller
""")
raw = outlook_reply(frm=addr("Catalina Ferrer", c["email"]), date=when("2027-02-01 09:40:00 +0100"),
                    subject="RE: Factura TC-2027-003", own=own, q=q, off="+0100", enviado="Enviado")
add(71, raw, own, kind="client-reply-other", reference="TC-2027-003",
    note="Checks a suspicious change-of-IBAN email before paying; 'antes de pagarte' is not a promise.")

# ---- 0072 · Rosario · 'ya te mandé la plata por Wise' (Outlook.com) ---------------------------------------
o = OWNERS["julian"]
c = dict(kind="person", name="Valeria Ocampo", email="vale.ocampo@outlook.com")
inv = dict(number="JP-2027-002", amount="420.00", currency="USD", issue="2027-01-05", due="2027-02-04")
q = sent_msg(o, c, "Re: Factura JP-2027-002", L_due(o, c, inv, D("2027-02-04")),
             when("2027-02-04 09:00:30 +0100"), "due", inv["number"])
own = T("""
    Hola Julián!

    Listo, ya te mandé la plata por Wise, son USD 420 de la factura JP-2027-002. Fijate y avisame si te llegó bien, que es la primera vez que uso Wise y no sé si puse bien todo 😅

    Gracias por la paciencia, sos un genio.
    Vale
""")
raw = outlook_reply(frm=addr("Valeria Ocampo", c["email"]), date=when("2027-02-05 16:40:00 -0300"),
                    subject="RE: Factura JP-2027-002", own=own, q=q, off="-0300", charset="utf-8", enviado="Enviado")
add(72, raw, own, kind="client-reply-paid", amount="420.00", currency="USD", reference="JP-2027-002",
    note="Money sent by Wise; asking to confirm receipt does not change the kind.")

# ---- 0073 · Murcia · 'acho', molesto, desde un Galaxy: 'el viernes te la pago, y ya está' ------------------
o = OWNERS["sofia"]
c = dict(kind="company", name="Autoescuela Vía Libre, S.L.", email="viaslibre.autoescuela@gmail.com", display="Autoescuela Vía Libre")
inv = dict(number="SM/2026/73", amount="199.65", issue="2027-01-04", due="2027-02-03")
q = sent_msg(o, c, "Re: Factura SM/2026/73", L_late_fee(o, c, inv, D("2027-02-22"), "2027-03-04"),
             when("2027-02-22 09:00:27 +0100"), "late_fee", inv["number"], prior=("reminder",))
own = T("""
    Acho Sofía, ya sé que está vencida, no hace falta que me mandes un correo cada semana. Yo también tengo clientes que me deben y no los estoy friendo a recordatorios.

    El viernes te la pago, y ya está.

    Juan Antonio
""")
raw = samsung_reply(frm=addr("Autoescuela Vía Libre", c["email"]), date=when("2027-02-22 13:15:00 +0100"),
                    subject="Re: Factura SM/2026/73", own=own, q=q, off="+0100")
add(73, raw, own, kind="client-reply-promise", promised_date="2027-02-26",
    note="Annoyed but not disputing anything: 'el viernes' from Monday 22 February is Friday 26 February 2027.")

# ---- 0074 · Cangas de Onís · hotel rural: fotos a medias, paga entera si repite o la mitad -----------------
o = OWNERS["marta"]
c = dict(kind="company", name="Hotel Rural La Quintana", email="reservas@laquintanadecangas.com", display="Hotel Rural La Quintana")
inv = dict(number="MQ-27-003", amount="726.00", issue="2027-01-08", due="2027-02-07")
q = sent_msg(o, c, "Re: Factura MQ-27-003", L_reminder(o, c, inv, D("2027-02-10")),
             when("2027-02-10 09:00:14 +0100"), "reminder", inv["number"])
own = T("""
    Buenas Marta:

    Te contesto al correo del pago. Mira, las fotos del hotel no son lo que hablamos. Quedamos en que harías las habitaciones con luz de día y el comedor con la chimenea encendida, y la mitad de las habitaciones salen oscuras (lo de las camas mal hechas ya es culpa nuestra, vale). Pero el comedor directamente no lo hiciste.

    No me parece normal pagar la factura entera por un trabajo a medias. Si vienes a repetir lo que falta te la pago entera; si no, te pago la mitad. Dime qué prefieres.

    Nel
    Hotel Rural La Quintana · Cangas de Onís
""")
raw = apple_reply(frm=addr("Nel Rodríguez", c["email"]), date=when("2027-02-10 21:05:00 +0100"),
                  subject="Re: Factura MQ-27-003", own=own, q=q, off="+0100", iphone=False,
                  domain="laquintanadecangas.com")
add(74, raw, own, kind="client-reply-dispute",
    note="Work only half done; offers full payment if the shoot is redone, half otherwise: a conditional offer inside a dispute.")

# ---- 0075 · Perú · consulta de comisiones: ¿PayPal y la comisión a medias? -------------------------------
o = OWNERS["iker"]
c = dict(kind="person", name="Milagros Huamán Soto", email="milagros.huaman.s@gmail.com")
inv = dict(number="F-2027-010", amount="240.00", issue="2027-02-10", due="2027-03-12")
q = sent_msg(o, c, "Re: Factura F-2027-010", L_courtesy(o, c, inv), when("2027-03-08 09:00:02 +0100"),
             "courtesy", inv["number"])
own = T("""
    Hola Iker, buen día.

    Una consulta: ¿usted tiene cuenta en algún banco de acá o solo la de España? Es que si es transferencia al exterior el banco me cobra como 30 dólares de comisión, que para 240 euros es un montón. ¿Se podría por PayPal y la comisión la vemos a medias?

    Gracias,
    Milagros
""")
raw = gmail_reply(frm=addr("Milagros Huamán", c["email"]), date=when("2027-03-08 10:15:00 -0500"),
                  subject="Re: Factura F-2027-010", own=own, q=q, off="-0500")
add(75, raw, own, kind="client-reply-other",
    note="Asks about a cheaper way to pay before the due date; proposing to share the PayPal fee is a question, not a "
         "dispute of the invoice; 240 euros is the invoice total, not a payment.")

# ---- 0076 · Confirming · orden de pago con vencimiento 31/03/2027 -----------------------------------------
own = T("""
    Banca Levantina · Confirming

    Estimado proveedor:

    Le comunicamos que HOTELES COSTA CÁLIDA, S.A. ha emitido a su favor la siguiente orden de pago a través del servicio de Confirming de Banca Levantina:

    Beneficiario: LUCIA FERRER SOLER
    Documento: Factura 2027/011
    Importe: 968,00 EUR
    Fecha de vencimiento: 31/03/2027
    Forma de pago al vencimiento: transferencia a la cuenta ES** **** **** **** **** 7801

    Si lo desea, puede solicitar el anticipo del importe antes del vencimiento desde la web de Confirming o llamando al 963 00 45 45.

    Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.
""")
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>'
       '<body style="font-family:Arial,sans-serif;font-size:13px"><div style="border-top:4px solid #e35205;padding:16px">'
       '<p style="font-size:16px;color:#e35205"><b>Banca Levantina · Confirming</b></p>'
       + "".join(f"<p>{html_lines(p)}</p>" for p in own.split("\n\n")[1:]) + "</div></body></html>\n")
root = multi("alternative", [text(own + "\n", charset="iso-8859-15"), text(htm, "html", charset="iso-8859-15")])
h = [("From", addr("Confirming Banca Levantina", "confirming@bancalevantina.es")), ("To", "lucia@luciaferrer.es"),
     ("Subject", ehdr("Orden de pago Confirming - HOTELES COSTA CÁLIDA, S.A.", "iso-8859-15")),
     ("Date", rfc(when("2027-03-03 08:15:40 +0100"))), ("Message-ID", f"<CNF{RNG.randint(10**13, 10**14)}@bancalevantina.es>"),
     ("MIME-Version", "1.0")]
add(76, message(h, root), own, kind="payment-notification", amount="968.00", currency="EUR", reference="2027/011",
    note="A bank's confirming platform announces the client's payment order for the invoice, due 31/03/2027 (can be "
         "advanced): a machine payment notice, though the money is scheduled rather than already in.")

# ---- 0077 · FACe · cambio de estado de la factura ---------------------------------------------------------
own = T("""
    FACe - Punto General de Entrada de Facturas Electrónicas de la AGE

    Le informamos de que la factura que se detalla a continuación ha cambiado de estado:

    Número de registro: 202700004718263
    Número de factura: A-2026/20
    Emisor: NUÑEZ DURAN CARMEN
    Destinatario: Ayuntamiento de Valdeolivas de la Vera
    Órgano gestor: L01102147
    Nuevo estado: Conformada
    Fecha del cambio de estado: 20/01/2027 10:02

    Puede consultar el detalle y el histórico de estados en https://face.gob.es, en el apartado «Mis facturas».

    Este es un mensaje automático, por favor no responda a este correo.
""")
h = [("From", addr("FACe", "no-reply@face.gob.es")), ("To", "estudio@nunezduran.es"),
     ("Subject", ehdr("FACe: cambio de estado de la factura A-2026/20")),
     ("Date", rfc(when("2027-01-20 10:03:20 +0100"))), ("Message-ID", f"<{_hex(16)}.{RNG.randint(10**6, 10**7)}@face.gob.es>"),
     ("Auto-Submitted", "auto-generated"), ("MIME-Version", "1.0")]
add(77, message(h, text(own + "\n", charset="utf-8", cte="8bit")), own, kind="other", reference="A-2026/20",
    note="E-invoicing portal notice: the invoice was approved ('Conformada'); no money has moved, so not a payment notice.")

# ---- 0078 · San Adrián (Navarra) · captura de la transferencia desde el iPhone -----------------------------
o = OWNERS["daniel"]
c = dict(kind="company", name="Conservas Ribera Navarra, S.A.", email="rsesma@conservasribera.com", display="Raquel Sesma")
inv = dict(number="2027-0011", amount="2117.50", issue="2027-02-10", due="2027-03-12")
q = sent_msg(o, c, "Re: Factura 2027-0011", L_due(o, c, inv, D("2027-03-15")),
             when("2027-03-15 09:00:06 +0100"), "due", inv["number"])
own = T("""
    Buenos días Daniel, te adjunto captura de la transferencia de la factura 2027-0011, hecha ayer. 2.117,50 €.

    Un saludo!

    Enviado desde mi iPhone
""")
raw = apple_reply(frm=addr("Raquel Sesma", c["email"]), date=when("2027-03-17 08:05:00 +0100"),
                  subject="Re: Factura 2027-0011", own=own, q=q, off="+0100", domain="conservasribera.com",
                  attachments=[attachment("IMG_4471.PNG", "image/png", TINY_PNG)])
add(78, raw, own, kind="client-reply-paid", amount="2117.50", currency="EUR", reference="2027-0011",
    note="Screenshot of the transfer attached, made yesterday.")

# ---- 0079 · Don Benito · tras el recordatorio de la promesa incumplida: 'el 31 de marzo' ----------------------
o = OWNERS["carmen"]
c = dict(kind="company", name="Construcciones Barroso e Hijos, S.L.", email="fernando@construccionesbarroso.es",
         display="Fernando Barroso")
inv = dict(number="A-2027/02", amount="1815.00", issue="2027-01-15", due="2027-02-14")
q = sent_msg(o, c, "Re: Factura A-2027/02", L_promise_followup(o, c, inv, "2027-03-05"),
             when("2027-03-08 09:00:19 +0100"), "promise_followup", inv["number"], prior=("reminder",))
own = T("""
    Carmen, tienes razón, te dije que a primeros de mes y no ha podido ser. Nos ha fallado un cobro gordo de la Junta y vamos justos.

    Te doy mi palabra de que el 31 de marzo lo tienes en la cuenta, los 1.815 €.

    Un abrazo y perdona,
    Fernando

    --
    Fernando Barroso
    Construcciones Barroso e Hijos · Don Benito (Badajoz)
""")
raw = gmail_reply(frm=addr("Fernando Barroso", c["email"]), date=when("2027-03-08 19:30:00 +0100"),
                  subject="Re: Factura A-2027/02", own=own, q=q, off="+0100")
add(79, raw, own, kind="client-reply-promise", promised_date="2027-03-31", amount="1815.00", currency="EUR",
    note="Answer to the broken-promise follow-up: a new date, 31 March; the earlier 'a primeros de mes' is the old promise.")

# ---- 0080 · Tudela · secretaría del colegio: la administradora está de baja -------------------------------
o = OWNERS["daniel"]
c = dict(kind="company", name="Colegio Santa María de la Ribera", email="secretaria@colegiosantamariaribera.es",
         display="Secretaría Colegio Santa María")
inv = dict(number="2027-0004", amount="363.00", issue="2027-01-10", due="2027-02-09")
q = sent_msg(o, c, "Re: Factura 2027-0004", L_reminder(o, c, inv, D("2027-02-15")),
             when("2027-02-15 09:00:09 +0100"), "reminder", inv["number"])
own = T("""
    Buenos días Daniel:

    Te contesto yo porque Rosa, la administradora, está de baja desde principios de enero y no sabemos cuándo se incorpora. Yo no tengo acceso al banco ni puedo firmar pagos, así que de momento no te puedo decir nada. Se lo he comentado al director para ver cómo lo hacemos.

    Un saludo,

    Itziar Ochoa
    Secretaría
    Colegio Santa María de la Ribera · Tudela
""")
raw = outlook_reply(frm=addr("Secretaría Colegio Santa María", c["email"]), date=when("2027-02-16 10:20:00 +0100"),
                    subject="RE: Factura 2027-0004", own=own, q=q, off="+0100")
add(80, raw, own, kind="client-reply-other",
    note="The person who pays is on sick leave; the secretary passes it to the head: no payment, no date, no promise.")


# =============================================================================================
# Output and checks
# =============================================================================================

KEY_ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
             "failed_recipient", "permanent", "note"]


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def public_labels(lab):
    return {k: lab[k] for k in KEY_ORDER if k in lab}


def write_all():
    for n, m in sorted(MESSAGES.items()):
        (HERE / f"{PREFIX}-{n:04d}.eml").write_bytes(m["raw"])
    out = ["# round20-es: 80 Spanish replies (Spain and Latin America) to a freelancer's invoices and later reminders,",
           "# requerimientos and notices, plus bank/processor notices, auto-replies, bounces and other mail.",
           "# Written by make.py (standard library only); re-run it to regenerate and re-check.", ""]
    for n, m in sorted(MESSAGES.items()):
        out.append(f'[files."{PREFIX}-{n:04d}.eml"]')
        for k, v in public_labels(m["labels"]).items():
            out.append(f"{k} = {toml_value(v)}")
        out.append("")
    (HERE / "labels.toml").write_text("\n".join(out), encoding="utf-8")


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def html_to_text(h):
    h = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def visible_text(msg):
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_content_disposition() == "attachment":
            continue
        if ctype == "text/plain":
            texts.append(part.get_content())
        elif ctype == "text/html":
            texts.append(html_to_text(part.get_content()))
    return "\n".join(texts)


def amounts_in(s):
    out = set()
    for tok in re.findall(r"\d[\d.,]*\d|\d", s):
        cands = []
        if "," in tok and "." in tok:
            cands.append(tok.replace(".", "").replace(",", ".") if tok.rfind(",") > tok.rfind(".") else tok.replace(",", ""))
        elif "," in tok:
            parts = tok.split(",")
            if len(parts) == 2 and len(parts[1]) in (1, 2):
                cands.append(tok.replace(",", "."))
            if all(len(p) == 3 for p in parts[1:]):
                cands.append(tok.replace(",", ""))
        elif "." in tok:
            parts = tok.split(".")
            if all(len(p) == 3 for p in parts[1:]):
                cands.append(tok.replace(".", ""))
            if len(parts) == 2 and len(parts[1]) in (1, 2):
                cands.append(tok)
        else:
            cands.append(tok)
        for v in cands:
            try:
                out.add(f"{Decimal(v).quantize(Decimal('0.01'))}")
            except Exception:
                pass
    return out


def check_all():
    problems = []
    parsed_toml = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    if len(parsed_toml) != N:
        problems.append(f"labels.toml has {len(parsed_toml)} entries, expected {N}")
    for n in range(1, N + 1):
        name = f"{PREFIX}-{n:04d}.eml"
        lab_full = MESSAGES[n]["labels"]
        lab = parsed_toml.get(name)

        def bad(what):
            problems.append(f"{name}: {what}")

        if lab != public_labels(lab_full):
            bad("labels.toml entry differs from the script's labels")
            continue
        msg = email.message_from_bytes((HERE / name).read_bytes(), policy=email.policy.default)
        own = MESSAGES[n]["own"]
        kind = lab["kind"]
        if kind not in KINDS:
            bad(f"unknown kind {kind}")
        if lab.get("language") != "es" or lab.get("split") != "dev" or not lab.get("note"):
            bad("language/split/note")
        for hname in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[hname]:
                bad(f"missing {hname}")
        try:
            when_ = email.utils.parsedate_to_datetime(str(msg["Date"]))
        except Exception as exc:
            bad(f"Date does not parse: {exc}")
            continue
        if when_.tzinfo is None:
            bad("Date has no time zone")
        local = when_.date()
        if not (DATE_MIN <= local <= DATE_MAX):
            bad(f"Date {local} out of range")
        body = visible_text(msg)
        flat = squash(body)
        for ln in own.split("\n"):
            if ln.strip() and squash(ln) not in flat:
                bad(f"own line not found in the decoded body: {ln[:60]!r}")
                break
        for part in msg.walk():
            if part.get_content_disposition() == "attachment" and not part.is_multipart():
                if not part.get_content():
                    bad("empty attachment")
        if kind.startswith("client-reply") and not lab_full.get("_noirt"):
            if not msg["In-Reply-To"] or not msg["References"]:
                bad("client reply without In-Reply-To/References")
        allowed = {"kind", "language", "split", "note", "amount", "currency", "reference"}
        if kind == "client-reply-promise":
            allowed.add("promised_date")
        if kind == "auto-reply":
            allowed.add("return_date")
        if kind == "bounce":
            allowed |= {"failed_recipient", "permanent"}
            if "failed_recipient" not in lab or "permanent" not in lab:
                bad("bounce without failed_recipient/permanent")
        extra = set(lab) - allowed
        if extra:
            bad(f"fields not allowed for {kind}: {sorted(extra)}")
        if "promised_date" in lab:
            pd = D(lab["promised_date"])
            if pd < local:
                bad(f"promised_date {pd} before the message date {local}")
        if "return_date" in lab:
            rd = D(lab["return_date"])
            if rd < local:
                bad(f"return_date {rd} before the message date {local}")
        if "amount" in lab:
            if not re.fullmatch(r"\d+\.\d{2}", lab["amount"]):
                bad(f"amount not normalised: {lab['amount']}")
            if lab["amount"] not in amounts_in(own):
                bad(f"amount {lab['amount']} not stated in the sender's own words")
        if "currency" in lab:
            if "amount" not in lab or not re.fullmatch(r"[A-Z]{3}", lab["currency"]):
                bad("currency without amount, or not an ISO code")
            if lab["currency"] == "USD" and not re.search(r"USD|US\$|\$|dólar", own):
                bad("USD not evident")
            if lab["currency"] == "EUR" and not re.search(r"€|EUR|euro", own):
                bad("EUR not evident")
        if "reference" in lab and lab["reference"] not in own:
            bad(f"reference {lab['reference']} not in the sender's own words")
        if kind == "bounce":
            fr = lab["failed_recipient"]
            if fr not in body and fr not in str(msg.get("X-Failed-Recipients", "")):
                bad("failed_recipient not in the message")
            status = None
            for part in msg.walk():
                if part.get_content_type() == "message/delivery-status":
                    m = re.search(r"Status:\s*([245])\.\d+\.\d+", part.as_string())
                    if m:
                        status = m.group(1)
            if status is None:
                m = re.search(r"\b([45])\.\d{1,3}\.\d{1,3}\b", body)
                status = m.group(1) if m else None
            if status is None or (status == "5") != lab["permanent"]:
                bad(f"permanent={lab['permanent']} does not match status class {status}")
    return problems


def main():
    if len(MESSAGES) != N or sorted(MESSAGES) != list(range(1, N + 1)):
        sys.exit(f"expected messages 1..{N}, have {sorted(MESSAGES)}")
    write_all()
    problems = check_all()
    counts = {}
    for m in MESSAGES.values():
        counts[m["labels"]["kind"]] = counts.get(m["labels"]["kind"], 0) + 1
    for k in sorted(counts):
        print(f"{k:22s} {counts[k]}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"OK: {N} messages written and re-checked in {HERE}")


if __name__ == "__main__":
    main()
