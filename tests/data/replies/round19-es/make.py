#!/usr/bin/env python3
"""round19-es: 80 messages that come back to Spanish and Latin American freelancers after an invoice.

Standard library only. Writes r19s-0001.eml ... r19s-0080.eml and labels.toml next to this file, then
re-parses every file with email.policy.default and checks each label against the message.

Every client's words below are written by hand, one message at a time. What is generated is only the
machinery around them: MIME structure, encodings, the freelancer's own reminder (the mailduns wording of
templates/es/*.txt.j2, which clients quote) and the quote attribution lines of each mail program.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import os
import quopri
import re
import sys
import tomllib
from decimal import Decimal
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r19s"
N = 80

# ---------------------------------------------------------------------------------------------
# Time

OFFSETS = {"PST": -480, "UTC": 0, "ES": 60, "CAN": 0, "UY": -180, "VE": -240, "EC": -300, "GT": -360, "DO": -240, "MX": -360}


def when(region, s):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = dt.datetime.strptime(s, fmt)
    off = OFFSETS[region]
    if region in ("ES", "CAN") and d >= dt.datetime(2027, 3, 28, 2):
        off += 60  # summer time from the last Sunday of March
    return d.replace(tzinfo=dt.timezone(dt.timedelta(minutes=off)))


def rfcdate(d):
    return email.utils.format_datetime(d)


DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def larga(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def day(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------------------------------------
# Money, as mailduns writes it in Spanish (CLDR es: no grouping below 10 000, no-break space)

def num_es(x):
    ent, dec = f"{Decimal(x):.2f}".split(".")
    if len(ent) > 4:
        groups = []
        while len(ent) > 3:
            groups.insert(0, ent[-3:])
            ent = ent[:-3]
        ent = ".".join([ent] + groups)
    return f"{ent},{dec}"


def money(x, cur="EUR"):
    sym = {"EUR": "€", "USD": "US$"}.get(cur, cur)
    return f"{num_es(x)}\u00a0{sym}"


# ---------------------------------------------------------------------------------------------
# Identifiers

def _h(*parts):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()


def mid(style, seed, domain="gmail.com"):
    h = _h(style, seed)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:42]), altchars=b"+_").decode().rstrip("=")
        return f"<CA{b[:2].upper()}{b[2:]}@mail.gmail.com>"
    if style == "outlook":
        srv = "AM9PR04MB" + str(int(h[:6], 16) % 9000 + 1000)
        return f"<{srv}{h[6:14].upper()}{h[14:22].upper()}@{srv}.eurprd04.prod.outlook.com>"
    if style == "outlook-mx":
        srv = "SJ0PR12MB" + str(int(h[:6], 16) % 9000 + 1000)
        return f"<{srv}{h[6:14].upper()}{h[14:22].upper()}@{srv}.namprd12.prod.outlook.com>"
    if style == "apple":
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "yahoo":
        return f"<{int(h[:8], 16) % 900000000 + 100000000}.{int(h[8:14], 16)}.{1790000000000 + int(h[14:22], 16) % 99999999999}@mail.yahoo.com>"
    if style == "samsung":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@email.android.com>"
    if style == "mailduns":
        return f"<{1790000000 + int(h[:8], 16) % 40000000}{int(h[8:10], 16)}.{int(h[10:14], 16)}.{int(h[14:30], 16) % 10**19}@{domain}>"
    return f"<{h[:24]}@{domain}>"


# ---------------------------------------------------------------------------------------------
# Freelancers (mailbox owners)

class Owner:
    def __init__(self, key, name, addr, region, pay, city):
        self.key, self.name, self.addr, self.region, self.pay, self.city = key, name, addr, region, pay, city
        self.first = name.split()[0]
        self.domain = addr.split("@")[1]


MARTA = Owner("marta", "Marta Iglesias Vidal", "marta@martaiglesias.gal", "ES",
              {"ben": "Marta Iglesias Vidal", "iban": "ES41 2080 5042 4430 4012 3456", "bic": "CAGLESMMXXX"}, "Vigo")
JON = Owner("jon", "Jon Etxeberria Arana", "jon@etxeberria.eus", "ES",
            {"ben": "Jon Etxeberria Arana", "iban": "ES17 2095 0611 0509 1023 4567", "bic": "BASKES2BXXX"}, "Bilbao")
LAURA = Owner("laura", "Laura Sánchez Molina", "laura@lsanchez-traducciones.es", "ES",
              {"ben": "Laura Sánchez Molina", "iban": "ES82 2103 0146 9000 3012 3456", "bic": "UCJAES2MXXX"}, "Málaga")
DIEGO = Owner("diego", "Diego Fernández Ramos", "hola@diegofernandezfoto.com", "ES",
              {"ben": "Diego Fernández Ramos", "iban": "ES11 0073 0100 5105 1234 5678", "bic": "OPENESMMXXX"}, "Madrid")
NURIA = Owner("nuria", "Núria Puig Serra", "nuria@nuriapuig.cat", "ES",
              {"ben": "Núria Puig Serra", "iban": "ES65 1465 0100 9291 7001 2345", "bic": "INGDESMMXXX"}, "Barcelona")
AYOZE = Owner("ayoze", "Ayoze Hernández Suárez", "ayoze@ayozesocial.com", "CAN",
              {"ben": "Ayoze Hernández Suárez", "iban": "ES65 2100 8457 3802 0012 3456", "bic": "CAIXESBBXXX"},
              "Las Palmas de Gran Canaria")
SOFIA = Owner("sofia", "Sofía Martínez Bentancor", "sofia@smbconsultora.com.uy", "UY",
              "transferencia a la caja de ahorro BROU en pesos n.º 001234567-00001 o en dólares n.º 001234567-00002, "
              "a nombre de Sofía Martínez Bentancor (RUT 217654320012)", "Montevideo")
ANDRES = Owner("andres", "Andrés Pérez Luna", "andres@perezluna.mx", "MX",
               "transferencia SPEI a la CLABE 012180015123456789 (BBVA México), a nombre de Andrés Pérez Luna, "
               "RFC PELA850312KX4", "Ciudad de México")
GABRIELA = Owner("gabriela", "Gabriela Ortiz Cevallos", "hola@gabrielaortiz.ec", "EC",
                 "depósito o transferencia a la cuenta corriente del Banco Pichincha n.º 2201458796, "
                 "a nombre de Gabriela Ortiz Cevallos, RUC 1717654321001", "Quito")
RAFAEL = Owner("rafael", "Rafael Mejía Almonte", "rafael@rafaelmejia.com.do", "DO",
               "transferencia o depósito a la cuenta de ahorros del Banco Popular n.º 812345678, "
               "a nombre de Rafael Mejía Almonte, cédula 001-1234567-8", "Santo Domingo")


# ---------------------------------------------------------------------------------------------
# The freelancer's letters (wording of templates/es/*.txt.j2)

def pago_block(o, number):
    p = o.pay
    if isinstance(p, dict):
        return ("Datos para el pago:\n"
                f"- beneficiario: {p['ben']}\n- IBAN: {p['iban']}\n- BIC: {p['bic']}\n- concepto: Factura {number}")
    if p:
        return f"Datos para el pago: {p}"
    return "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación."


def fees_block(number, amount, due, today, rate="10,15", comp=True):
    a = Decimal(amount)
    days = (today - due).days
    interest = (a * Decimal(rate.replace(",", ".")) / 100 * days / 365).quantize(Decimal("0.01"))
    total = a + interest + (Decimal("40") if comp else 0)
    first = due + dt.timedelta(days=1)
    lines = [
        "Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que se "
        "establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). "
        "Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de demora al tipo legal: "
        "el tipo del Banco Central Europeo para sus operaciones principales de financiación más ocho puntos "
        f"porcentuales, actualmente el {rate}\u00a0% anual (arts. 5 y 7)."
        + (" A la deuda se añade, además, una cantidad fija de 40,00\u00a0€ en concepto de indemnización por costes "
           "de cobro (art. 8)." if comp else ""),
        "",
        "A día de hoy, el importe adeudado es el siguiente:",
        f"- factura n.º {number}: {money(amount)}",
        f"- intereses de demora del {first.day}/{first.month:02d}/{first.year} al {today.day}/{today.month:02d}/"
        f"{today.year} ({days} días al {rate}\u00a0%): {money(interest)}",
    ]
    if comp:
        lines.append(f"- indemnización por costes de cobro: {money('40')}")
    lines.append(f"- total: {money(total)}")
    return "\n".join(lines), money(total)


def carta(tipo, o, saludo, number, amount=None, cur="EUR", due=None, issued=None, today=None, deadline=None,
          fees=False, suspension=None, promise=None, claim=None, items=None):
    """The text of a mailduns letter. Dates are date objects; amount is a plain string ("1452.00")."""
    imp = f" de {money(amount, cur)}" if amount else ""
    pay = pago_block(o, number)
    out = [saludo, ""]
    if tipo == "courtesy":
        out += [f"Un breve recordatorio: la factura n.º {number}{imp}"
                + (f", emitida el {larga(issued)}," if issued else "") + f" vence el {larga(due)}.", "",
                "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.", "", pay, "",
                "Para cualquier duda, basta con responder a este correo.", "", "Un cordial saludo,", o.name]
    elif tipo == "due":
        late = (today - due).days
        if late > 0:
            s = (f"La factura n.º {number}{imp} venció el {larga(due)} y, según mis registros, el pago aún no consta. "
                 "Agradecería que se tramitara en los próximos días.")
        else:
            s = f"La factura n.º {number}{imp} vence hoy, {larga(due)}."
        out += [s, "", "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.", "", pay, "",
                "Para cualquier duda, basta con responder a este correo.", "", "Un cordial saludo,", o.name]
    elif tipo == "reminder":
        out += [f"Revisando mis cuentas, veo que la factura n.º {number}{imp}, vencida el {larga(due)}, sigue pendiente "
                "de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto "
                "sea posible.", ""]
        if fees:
            fb, _ = fees_block(number, amount, due, today)
            out += [fb, ""]
        out += ["Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de "
                "la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, "
                "podemos aclararlo por esta misma vía.", "", pay, "", "Un cordial saludo,", o.name]
    elif tipo == "late_fee":
        late = (today - due).days
        out += [f"La factura n.º {number}{imp} venció el {larga(due)}" + (f", hace {late} días," if late > 1 else "")
                + " y sigue pendiente de pago.", ""]
        total = money(amount, cur) if amount else None
        if fees:
            fb, total = fees_block(number, amount, due, today)
            out += [fb, ""]
        out += [f"Ruego que el pago" + (f" de {total}" if total else "") + f" se realice a más tardar el "
                f"{larga(deadline)}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha de la "
                "transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una solución por "
                "esta misma vía.", "", pay, "", "Un cordial saludo,", o.name]
    elif tipo == "suspension":
        out += [f"Vuelvo a ponerme en contacto en relación con la factura n.º {number}{imp}, vencida el {larga(due)} y "
                "todavía pendiente de pago.", ""]
        total = money(amount, cur) if amount else None
        if fees:
            fb, total = fees_block(number, amount, due, today)
            out += [fb, ""]
        out += [f"Si para el {larga(deadline)} no se ha recibido el pago" + (f" de {total}" if total else "")
                + f", a partir del {larga(suspension)} podría verme en la necesidad de suspender los trabajos en curso "
                "y la prestación de los servicios contratados hasta que se regularice la situación. Si existe alguna "
                "dificultad (por ejemplo, si es necesario fraccionar el pago), basta con responder a este correo y "
                "buscaremos una solución.", "", pay, "", "Un cordial saludo,", o.name]
    elif tipo == "final":
        out += [f"La factura n.º {number}" + (f", emitida el {larga(issued)}," if issued else "")
                + f" venció el {larga(due)} y, pese a los recordatorios enviados anteriormente, sigue pendiente de pago"
                + (f" por un importe de {money(amount, cur)}" if amount else "") + ".", ""]
        total = money(amount, cur) if amount else None
        if fees:
            fb, total = fees_block(number, amount, due, today)
            out += [fb, ""]
        out += [f"Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de "
                f"{total} a más tardar el {larga(deadline)}"
                + (", más los intereses de demora que se devenguen hasta la fecha del pago" if fees else "") + ".", "",
                "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
                "retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                "responder a este correo.", "",
                f"Si para el {larga(deadline)} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar "
                "a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría "
                "sinceramente evitarlo.", "",
                "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en "
                "ese caso, basta una breve respuesta con la fecha de la transferencia.", "", pay, "", "Atentamente,",
                o.name]
    elif tipo == "promise_followup":
        if promise:
            s = (f"Según su último mensaje, el pago de la factura n.º {number}{imp} se realizaría a más tardar el "
                 f"{larga(promise)}; gracias de nuevo por la información.")
        else:
            s = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {number}{imp}, vencida el "
                 f"{larga(due)}.")
        out += [s, "", "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con "
                "responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber "
                "para cuándo puedo contar con él.", "", pay, "", "Un cordial saludo,", o.name]
    elif tipo == "paid_claim_followup":
        out += [f"Muchas gracias por comunicarme" + (f" el {larga(claim)}" if claim else "")
                + f" que la factura n.º {number}{imp} ya está pagada.", "",
                "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda "
                "unos días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me "
                "sería de gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el "
                "justificante.", ""]
        if isinstance(o.pay, dict):
            out += ["Para comprobarlo, estos son los datos bancarios correctos:", f"- beneficiario: {o.pay['ben']}",
                    f"- IBAN: {o.pay['iban']}", f"- concepto: Factura {number}", ""]
        out += ["Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es "
                "necesario hacer nada más. Gracias por su colaboración.", "", "Un cordial saludo,", o.name]
    elif tipo == "statement":
        out += ["Revisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:", ""]
        total = Decimal(0)
        for num, iss, du, amt in items:
            late = (today - du).days
            out.append(f"- n.º {num}, del {iss.day:02d}/{iss.month:02d}/{iss.year}, vencida el {larga(du)} "
                       f"({late} {'día' if late == 1 else 'días'} de retraso): {money(amt, cur)}")
            total += Decimal(amt)
        out += ["", f"Total a pagar: {money(total, cur)}", "",
                f"Ruego que el pago de estas facturas se realice a más tardar el {larga(deadline)}. Si alguna de ellas "
                "ya está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la transferencia, "
                "para que pueda actualizar mis registros. Si hay algún problema con alguna factura, podemos aclararlo "
                "por esta misma vía.", "",
                "Los datos para el pago figuran en las facturas, en los mensajes con los que se enviaron."
                if not isinstance(o.pay, dict) and not o.pay else pago_block(o, items[0][0]),
                "", "Un cordial saludo,", o.name]
    else:
        raise ValueError(tipo)
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# MIME, built by hand so that every encoding is the one chosen

class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body  # list of (name, value); bytes

    def render(self):
        head = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return head + b"\n" + self.body


def _qp(raw):
    out = quopri.encodestring(raw)
    return out if out.endswith(b"\n") else out + b"\n"


def _b64(raw):
    return base64.encodebytes(raw)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=()):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        body = _qp(raw)
    elif cte == "base64":
        body = _b64(raw)
    else:
        if cte == "7bit":
            raw.decode("ascii")
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    cs = f'"{charset}"' if subtype == "html" or charset.lower().startswith("windows") else charset
    headers = [("Content-Type", f"text/{subtype}; charset={cs}{params}"), ("Content-Transfer-Encoding", cte)]
    return Part(headers + list(extra), body)


def file_part(data, ctype, filename, disposition="attachment", cid=None):
    headers = [("Content-Type", f'{ctype}; name="{filename}"'),
               ("Content-Disposition", f'{disposition}; filename="{filename}"'),
               ("Content-Transfer-Encoding", "base64")]
    if cid:
        headers.append(("Content-ID", f"<{cid}>"))
    return Part(headers, _b64(data))


def multipart(subtype, parts, seed, params="", preamble=None):
    boundary = {"alternative": "000000000000", "mixed": "----=_Part_", "related": "Apple-Mail="}.get(subtype, "b")
    boundary = f"{boundary}{_h('boundary', seed, subtype)[:24]}"
    chunks = []
    if preamble:
        chunks.append(preamble.encode() + b"\n")
    for p in parts:
        chunks.append(f"--{boundary}\n".encode() + p.render())
        if not chunks[-1].endswith(b"\n"):
            chunks.append(b"\n")
    chunks.append(f"--{boundary}--\n".encode())
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')], b"".join(chunks))


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode(linesep="\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return f"{enc_header(name, charset)} <{address}>"


def message_bytes(headers, body_part):
    out = []
    for k, v in headers:
        out.append(f"{k}: {v}\n")
    out.append("MIME-Version: 1.0\n")
    head = "".join(out).encode("ascii")
    return head + body_part.render()


# ---------------------------------------------------------------------------------------------
# Threads: the invoice email and the reminders the freelancer sent

class Sent:
    """One message the freelancer sent: its id, date, subject and text."""

    def __init__(self, owner, to_name, to_addr, date, subject, text, seed):
        self.owner, self.to_name, self.to_addr, self.date = owner, to_name, to_addr, date
        self.subject, self.text = subject, text
        self.mid = mid("mailduns", seed, owner.domain)


def chain(*sent):
    """References for a reply to the last of `sent`."""
    return [s.mid for s in sent]


# ---------------------------------------------------------------------------------------------
# Quote attribution lines and quoting, per mail program

def q_gmail(s, tz):
    d = s.date.astimezone(tz)
    return (f"El {DIAS3[d.weekday()]}, {d.day} {MES3[d.month - 1]} {d.year} a las {d.hour}:{d.minute:02d}, "
            f"{s.owner.name} (<{s.owner.addr}>) escribió:")


def q_apple(s, tz):
    d = s.date.astimezone(tz)
    return f"El {d.day} {MES3[d.month - 1]} {d.year}, a las {d.hour}:{d.minute:02d}, {s.owner.name} <{s.owner.addr}> escribió:"


def q_thunderbird(s, tz):
    d = s.date.astimezone(tz)
    return f"El {d.day}/{d.month}/{d.year % 100} a las {d.hour}:{d.minute:02d}, {s.owner.name} escribió:"


def q_yahoo(s, tz, tzname):
    d = s.date.astimezone(tz)
    return (f"En {DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}, {d.hour:02d}:{d.minute:02d}:"
            f"{d.second:02d} {tzname}, {s.owner.name} <{s.owner.addr}> escribió:")


def outlook_header(s, tz, desktop=False):
    d = s.date.astimezone(tz)
    fecha = f"{DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year} {d.hour}:{d.minute:02d}"
    to = f"{s.to_name} <{s.to_addr}>" if s.to_name else s.to_addr
    if desktop:
        return [f"De: {s.owner.name} [mailto:{s.owner.addr}]", f"Enviado el: {fecha}", f"Para: {to}",
                f"Asunto: {s.subject}"]
    return [f"De: {s.owner.name} <{s.owner.addr}>", f"Enviado: {fecha}", f"Para: {to}", f"Asunto: {s.subject}"]


def samsung_header(s, tz):
    d = s.date.astimezone(tz)
    off = d.utcoffset().total_seconds() / 3600
    return ["-------- Mensaje original --------", f"De: {s.owner.name} <{s.owner.addr}>",
            f"Fecha: {d.day}/{d.month}/{d.year % 100} {d.hour}:{d.minute:02d} (GMT{int(off):+03d}:00)",
            f"A: {s.to_addr}", f"Asunto: {s.subject}"]


def gt(text):
    return "\n".join(">" if not l else "> " + l if not l.startswith(">") else ">" + l for l in text.split("\n"))


def quoted_plain(style, s, tz, tzname="CET"):
    """The quoted part of a plain text reply (without the text above it)."""
    if style in ("gmail", "gmail-mobile"):
        return q_gmail(s, tz) + "\n\n" + gt(s.text)
    if style in ("apple", "iphone"):
        return q_apple(s, tz) + "\n\n" + gt(s.text)
    if style == "thunderbird":
        return q_thunderbird(s, tz) + "\n" + gt(s.text)
    if style == "yahoo":
        return q_yahoo(s, tz, tzname) + "\n\n" + gt(s.text)
    if style == "outlook":
        return "________________________________\n" + "\n".join(outlook_header(s, tz)) + "\n\n" + s.text
    if style == "outlook-desktop":
        return "-----Mensaje original-----\n" + "\n".join(outlook_header(s, tz, True)) + "\n\n" + s.text
    if style == "samsung":
        return "\n".join(samsung_header(s, tz)) + "\n\n" + s.text
    raise ValueError(style)


def esc_lines(text):
    return "<br>\n".join(html.escape(l, quote=False) for l in text.split("\n"))


def own_html_divs(text, style):
    out = []
    for line in text.split("\n"):
        if style.startswith("outlook"):
            if line:
                out.append(f'<p class="MsoNormal"><span style="font-size:11.0pt">{html.escape(line, quote=False)}'
                           f'<o:p></o:p></span></p>')
            else:
                out.append('<p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>')
        else:
            out.append(f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>")
    return "\n".join(out)


def quoted_html(style, s, tz, tzname="CET"):
    body = esc_lines(s.text)
    if style in ("gmail", "gmail-mobile"):
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f"{html.escape(q_gmail(s, tz), quote=False)}<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex">{body}</blockquote></div>')
    if style in ("apple", "iphone"):
        return (f'<div><br><blockquote type="cite">{html.escape(q_apple(s, tz), quote=False)}<br><br></blockquote>'
                f'</div><blockquote type="cite"><div dir="ltr">{body}</div></blockquote>')
    if style == "yahoo":
        return ('<div id="yahoo_quoted_1" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                f'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{html.escape(q_yahoo(s, tz, tzname), quote=False)}'
                f'</div><div><br></div><div><br></div><div>{body}</div></div></div>')
    if style in ("outlook", "outlook-desktop"):
        hdr = outlook_header(s, tz, style == "outlook-desktop")
        hh = "<br>\n".join(f"<b>{html.escape(h.split(': ', 1)[0])}:</b> {html.escape(h.split(': ', 1)[1], quote=False)}"
                           for h in hdr)
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{hh}'
                f'</span></p>\n</div>\n<p class="MsoNormal">&nbsp;</p>\n<p class="MsoNormal">{body}</p>')
    if style == "samsung":
        hdr = samsung_header(s, tz)
        return ('<div><br></div><div><br></div><div align="left"><div style="font-size:100%;color:#000000">'
                f"<!-- originalMessage --><div>{html.escape(hdr[0])}</div><div>"
                + "<br>".join(html.escape(h) for h in hdr[1:]) + f"</div></div><br><div>{body}</div></div>")
    raise ValueError(style)


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset={cs}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '@font-face\n\t{{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\t'
                'font-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}}\n'
                'a:link, span.MsoHyperlink\n\t{{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}}\n'
                '@page WordSection1\n\t{{size:612.0pt 792.0pt;\n\tmargin:70.85pt 3.0cm 70.85pt 3.0cm;}}\n'
                'div.WordSection1\n\t{{page:WordSection1;}}\n--></style>\n</head>\n'
                '<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n')


def html_doc(style, own_html, quote_html, charset):
    if style.startswith("outlook"):
        return OUTLOOK_HEAD.format(cs=charset) + own_html + "\n" + quote_html + "\n</div>\n</body>\n</html>\n"
    if style in ("apple", "iphone"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body dir="auto">{own_html}{quote_html}</body></html>\n')
    if style == "yahoo":
        return ('<html><head></head><body><div class="ydp3f2a1b7cyahoo-style-wrap" style="font-family:Helvetica Neue, '
                f'Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">{own_html}</div>'
                f'</div>{quote_html}</body></html>\n')
    if style == "samsung":
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
                f"{own_html}{quote_html}</body></html>\n")
    return f'<div dir="ltr">{own_html}</div>{quote_html}\n'


# ---------------------------------------------------------------------------------------------
# Attachments: a few bytes are enough

def pdf_bytes(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Title (" + t +
            b") /Producer (Banca Online) >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


PNG_1PX = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
JPEG_STUB = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")


# ---------------------------------------------------------------------------------------------
# Registry

MESSAGES = []  # (bytes, label dict, own text)


def label(kind, note, **facts):
    d = {"kind": kind, "language": "es", "split": "dev"}
    for k in ("promised_date", "return_date", "amount", "currency", "reference", "failed_recipient", "permanent"):
        if k in facts and facts[k] is not None:
            d[k] = facts.pop(k)
    if facts:
        raise ValueError(f"unknown label fields {facts}")
    d["note"] = note
    return d


def received(frm_host, to_owner, d, by="mx"):
    hid = _h("rcv", frm_host, d.isoformat())
    mx = {"martaiglesias.gal": "mx1.raiolanetworks.es", "etxeberria.eus": "mail.etxeberria.eus",
          "lsanchez-traducciones.es": "mx.google.com", "diegofernandezfoto.com": "mx.zoho.eu",
          "nuriapuig.cat": "mx.google.com", "ayozesocial.com": "mx.google.com",
          "smbconsultora.com.uy": "mx.google.com", "perezluna.mx": "mx.google.com",
          "gabrielaortiz.ec": "mx.google.com", "rafaelmejia.com.do": "mx.zoho.com"}[to_owner.domain]
    dd = rfcdate(d + dt.timedelta(seconds=3))
    return ("Received", f"from {frm_host} ({frm_host} [{int(hid[:2], 16)}.{int(hid[2:4], 16)}.{int(hid[4:6], 16)}."
                        f"{int(hid[6:8], 16)}])\n        by {mx} with ESMTPS id {hid[8:20]}\n        for <{to_owner.addr}>; {dd}")


def reply(*, owner, frm, date, subject, own, quote=None, style="gmail", fmt="alt", charset="utf-8",
          cte="quoted-printable", html_cte=None, attach=(), refs=(), to=None, cc=None, extra=(), mid_style=None,
          mid_domain="gmail.com", seed, sender_host="mail-sor-f41.google.com", tzname="CET", bottom=False,
          quote_sep="\n\n"):
    """A person's reply. own: what they wrote (signature included); quote: the Sent they reply to (or None)."""
    tz = date.tzinfo
    plain = own
    if quote is not None:
        qp_ = quoted_plain(style, quote, tz, tzname)
        plain = (qp_ + "\n\n" + own) if bottom else (own.rstrip("\n") + quote_sep + qp_)
    parts_text = text_part(plain, "plain", charset, cte)
    body = parts_text
    if fmt in ("alt", "html"):
        oh = own_html_divs(own, style)
        qh = quoted_html(style, quote, tz, tzname) if quote is not None else ""
        hdoc = html_doc(style, oh, qh, charset)
        hpart = text_part(hdoc, "html", charset, html_cte or cte)
        body = hpart if fmt == "html" else multipart("alternative", [parts_text, hpart], seed)
    if attach:
        files = [file_part(data, ct, fn) for fn, ct, data in attach]
        body = multipart("mixed", [body] + files, seed)
    ms = mid_style or {"gmail": "gmail", "gmail-mobile": "gmail", "apple": "apple", "iphone": "apple",
                       "outlook": "outlook", "outlook-desktop": "outlook", "yahoo": "yahoo",
                       "samsung": "samsung", "thunderbird": "other"}[style]
    msgid = mid(ms, seed, mid_domain)
    headers = [received(sender_host, owner, date), ("Date", rfcdate(date)), ("From", addr(*frm)),
               ("To", to or addr(owner.name, owner.addr))]
    if cc:
        headers.append(("Cc", cc))
    headers += [("Subject", enc_header(subject)), ("Message-ID", msgid)]
    if refs:
        headers += [("In-Reply-To", refs[-1]), ("References", "\n ".join(refs))]
    extra = [(k, "yes" if k == "X-MS-Has-Attach" and attach else v) for k, v in extra]
    headers += list(extra)
    return message_bytes(headers, body), own


def add(data_own, lab):
    """data_own: (bytes, the sender's own words). lab: label()."""
    data, own = data_own
    MESSAGES.append((data, lab, own))


def machine(*, owner, frm, date, subject, body, seed, extra=(), mid_domain=None, sender_host=None, to=None):
    """A machine-written message (bank, platform, daemon). body: a Part."""
    dom = mid_domain or frm[1].split("@")[1]
    headers = [received(sender_host or ("mail." + dom), owner, date), ("Date", rfcdate(date)),
               ("From", addr(*frm)), ("To", to or owner.addr), ("Subject", enc_header(subject)),
               ("Message-ID", mid("other", seed, dom))]
    headers += list(extra)
    return message_bytes(headers, body)


def sent_bytes(s, extra=()):
    """The freelancer's message as mailduns sent it (for bounces that return it)."""
    headers = [("Date", rfcdate(s.date)), ("From", addr(s.owner.name, s.owner.addr)),
               ("To", addr(s.to_name, s.to_addr) if s.to_name else s.to_addr), ("Subject", enc_header(s.subject)),
               ("Message-ID", s.mid)] + list(extra)
    return message_bytes(headers, text_part(s.text, "plain", "utf-8", "quoted-printable"))


def rfc822_part(data, ctype="message/rfc822"):
    return Part([("Content-Type", ctype), ("Content-Description", "Undelivered Message")], data)


def dsn_part(fields):
    return Part([("Content-Type", "message/delivery-status"), ("Content-Description", "Delivery report")],
                fields.strip("\n").encode("ascii") + b"\n")


OUTLOOK_EXTRA = lambda topic, seed: [
    ("Thread-Topic", enc_header(topic)),
    ("Thread-Index", base64.b64encode(bytes.fromhex(_h("ti", seed)[:44])).decode()),
    ("Accept-Language", "es-ES, en-US"), ("Content-Language", "es-ES"), ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", "")]


# ---------------------------------------------------------------------------------------------
# Writing and checking

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
ALLOWED = {
    "client-reply-paid": {"amount", "currency", "reference"},
    "client-reply-promise": {"promised_date", "amount", "currency", "reference"},
    "client-reply-dispute": {"amount", "currency", "reference"},
    "client-reply-other": {"amount", "currency", "reference"},
    "payment-notification": {"amount", "currency", "reference"},
    "auto-reply": {"return_date"},
    "bounce": {"failed_recipient", "permanent"},
    "other": {"amount", "currency", "reference"},
}
BASE = {"kind", "language", "split", "note"}


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def amount_forms(a):
    ent, dec = f"{Decimal(a):.2f}".split(".")
    grouped = num_es(a).split(",")[0]
    if len(ent) > 3 and "." not in grouped:
        g = ent[:-3] + "." + ent[-3:]
    else:
        g = grouped
    comma_g = g.replace(".", ",")
    forms = {f"{ent},{dec}", f"{g},{dec}", f"{ent}.{dec}", f"{comma_g}.{dec}", f"{g.replace('.', ' ')},{dec}"}
    if dec == "00":
        forms |= {ent, g, comma_g, g.replace(".", " ")}
    return forms


def has_amount(text, a):
    t = text.replace("\u00a0", " ")
    for f in amount_forms(a):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", t):
            return True
    return False


def all_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif part.get_content_type() in ("message/delivery-status", "message/rfc822", "text/rfc822-headers"):
            out.append(str(part))
    return "\n".join(out)


def finish():
    if len(MESSAGES) != N:
        sys.exit(f"expected {N} messages, have {len(MESSAGES)}")
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    lines = ["# round19-es: 80 replies in Spanish (Spain and Latin America) to invoices and mailduns reminders "
             "of Spanish and Latin American freelancers: clients, gestores, family members, banks and apps, "
             "auto-replies, bounces.", ""]
    names = []
    for i, (data, lab, own) in enumerate(MESSAGES, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        names.append(name)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        lines.append(f'[files."{name}"]')
        for k in ("kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
                  "failed_recipient", "permanent", "note"):
            if k in lab:
                v = lab[k]
                lines.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(v)}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))

    # --- re-read everything that was written
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    problems = []
    seen_ids = set()
    counts = {}
    for name, (data, lab, own) in zip(names, MESSAGES):
        def bad(msg):
            problems.append(f"{name}: {msg}")
        L = labels.get(name)
        if L != lab:
            bad("labels.toml does not round-trip")
            continue
        with open(os.path.join(HERE, name), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        kind = L["kind"]
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KINDS:
            bad(f"kind {kind}")
        if L["language"] != "es" or L["split"] != "dev":
            bad("language/split")
        extra = set(L) - BASE - ALLOWED[kind]
        if extra:
            bad(f"fields not allowed for {kind}: {extra}")
        if not L.get("note") or len(L["note"]) < 20:
            bad("note missing")
        for part in msg.walk():
            if part.defects:
                bad(f"defects {part.get_content_type()}: {part.defects}")
        for h in ("From", "To", "Date", "Subject", "Message-ID"):
            if msg[h] is None:
                bad(f"no {h}")
        try:
            str(msg["Subject"]), str(msg["From"])
        except Exception as e:  # noqa: BLE001
            bad(f"header decode {e}")
        mid_ = str(msg["Message-ID"]).strip()
        if mid_ in seen_ids:
            bad("duplicate Message-ID")
        seen_ids.add(mid_)
        date = msg["Date"].datetime
        if date is None or date.tzinfo is None:
            bad("Date without zone")
            continue
        local = date.date()
        if not (dt.date(2026, 11, 1) <= local <= dt.date(2027, 3, 31)):
            bad(f"date {local} out of range")
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None or not body.get_content().strip():
            bad("no readable body")
        text = all_text(msg)
        if own.strip() and kind not in ("bounce",):
            probe = [l.strip() for l in own.split("\n") if len(l.strip()) > 12][:1]
            for p in probe:
                flat = re.sub(r"\s+", " ", text)
                if re.sub(r"\s+", " ", p) not in flat:
                    bad(f"own text not found in decoded message: {p!r}")
        if kind.startswith("client-reply"):
            if msg["In-Reply-To"] is None and "forward" not in L["note"]:
                bad("reply without In-Reply-To")
        if "amount" in L:
            if not re.fullmatch(r"\d+\.\d{2}", L["amount"]):
                bad("amount format")
            if not has_amount(own, L["amount"]):
                bad(f"amount {L['amount']} not in the sender's own words")
        if "currency" in L and ("amount" not in L or not re.fullmatch(r"[A-Z]{3}", L["currency"])):
            bad("currency without amount or not ISO")
        if "reference" in L:
            ref = L["reference"].lower()
            if ref not in own.lower() and ref.replace("-", "") not in own.lower().replace("-", ""):
                bad(f"reference {L['reference']} not in the sender's own words")
        if "promised_date" in L:
            pdate = dt.date.fromisoformat(L["promised_date"])
            if not (local <= pdate <= local + dt.timedelta(days=120)):
                bad(f"promised_date {pdate} vs date {local}")
        if "return_date" in L:
            rdate = dt.date.fromisoformat(L["return_date"])
            if not (local <= rdate <= local + dt.timedelta(days=120)):
                bad(f"return_date {rdate} vs date {local}")
        if kind == "bounce":
            fr = L.get("failed_recipient")
            if not fr or fr.lower() not in raw.decode("latin-1").lower():
                bad("failed_recipient not in message")
            if "permanent" not in L:
                bad("bounce without permanent")
            codes = re.findall(r"(?im)^Status:\s*([245])\.\d+\.\d+", text)
            if codes and (codes[0] == "5") != L["permanent"]:
                bad(f"permanent={L['permanent']} but Status {codes}")
        if kind == "auto-reply" and not any(
                msg[h] for h in ("Auto-Submitted", "X-Autoreply", "X-Auto-Response-Suppress", "Precedence",
                                 "X-Autorespond")) and "no RFC 3834" not in L["note"]:
            bad("auto-reply without any automatic header (say so in the note)")
    if len(labels) != N:
        problems.append(f"labels.toml has {len(labels)} entries")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(names)} messages written to {HERE}")
    for k in sorted(counts):
        print(f"  {k:22s} {counts[k]}")
    if problems:
        sys.exit(1)


# =============================================================================================
# The messages
# =============================================================================================

LOPD = ("Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener "
        "información confidencial. Si no es usted el destinatario, le rogamos que lo comunique al remitente y lo "
        "elimine. De conformidad con el RGPD (UE) 2016/679 y la LOPDGDD 3/2018, sus datos forman parte de un "
        "tratamiento cuya finalidad es la gestión de la relación comercial; puede ejercer sus derechos escribiendo "
        "a la dirección del remitente.")

# --- 01 -------------------------------------------------------------------------------------
inv = Sent(LAURA, "Rocío Benítez", "administracion@academiabrighton.es", when("ES", "2026-10-05 11:20"),
           "Factura LS-26-112 – traducción jurada de expedientes académicos",
           "Buenos días, Rocío:\n\nTe adjunto la factura LS-26-112 de la traducción jurada de los doce expedientes "
           "académicos (inglés > español). Vencimiento a 30 días.\n\nUn saludo,\nLaura", "01-inv")
rem = Sent(LAURA, "Rocío Benítez", "administracion@academiabrighton.es", when("ES", "2026-11-04 09:00"),
           "Re: Factura LS-26-112 – traducción jurada de expedientes académicos",
           carta("due", LAURA, "Buenos días, Rocío Benítez:", "LS-26-112", "380.00", due=day("2026-11-04"),
                 today=day("2026-11-04")), "01-rem")
own = """Buenos días, Laura:

Te confirmo que ayer por la tarde hicimos la transferencia de la factura LS-26-112, 380,00 €, desde la cuenta de la academia en CaixaBank. Te adjunto el justificante por si lo necesitas para tus registros.

Perdona el retraso, con el arranque del curso y las matrículas esto ha sido una locura.

Un saludo,

Rocío Benítez
Administración
Academia Brighton · Inglés y Francés
C/ San Jacinto, 34 – 41010 Sevilla
Tel. 954 33 12 07

""" + LOPD
add(reply(owner=LAURA, frm=("Rocío Benítez | Academia Brighton", "administracion@academiabrighton.es"),
          date=when("ES", "2026-11-05 13:42:10"),
          subject="RE: Factura LS-26-112 – traducción jurada de expedientes académicos", own=own, quote=rem,
          style="outlook", fmt="alt", charset="windows-1252", cte="quoted-printable",
          attach=[("Justificante_transferencia_LS-26-112.pdf", "application/pdf",
                   pdf_bytes("Justificante de transferencia SEPA"))],
          refs=chain(inv, rem), seed="01", mid_style="outlook",
          sender_host="mail-db8eur05on2071.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura LS-26-112 – traducción jurada de expedientes académicos", "01")),
    label("client-reply-paid", "The school's administrator says the transfer was made yesterday and attaches the "
          "receipt; amount and number are in her own sentence, not only in the quoted reminder.",
          amount="380.00", currency="EUR", reference="LS-26-112"))

# --- 02 -------------------------------------------------------------------------------------
inv = Sent(MARTA, "Pazo de Lusende", "adega@pazodelusende.com", when("ES", "2026-09-30 17:05"),
           "Factura 2026-087 · etiquetas Albariño 2026",
           "Hola Xosé Manuel:\n\nOs envío la factura 2026-087 del diseño de las etiquetas y la contraetiqueta de la "
           "añada 2026. Cualquier cosa me dices.\n\nUn abrazo,\nMarta", "02-inv")
rem = Sent(MARTA, "Pazo de Lusende", "adega@pazodelusende.com", when("ES", "2026-11-16 10:02"),
           "Re: Factura 2026-087 · etiquetas Albariño 2026",
           carta("reminder", MARTA, "Estimados señores:", "2026-087", "1210.00", due=day("2026-10-30"),
                 today=day("2026-11-16")), "02-rem")
own = """Boas tardes Marta,

Tienes toda la razón, se nos pasó entre la vendimia y el lío de las etiquetas nuevas para Alemania. El viernes te la pago sin falta, que es cuando nos liquida la distribuidora de Santiago y ya tengo saldo.

Por cierto, las etiquetas quedaron preciosas, en la feria de Cambados nos preguntaron varios quién las había hecho 😊

Un abrazo,
Xosé Manuel
Adega Pazo de Lusende
Meis (Pontevedra)"""
add(reply(owner=MARTA, frm=("Xosé Manuel Outeiral", "adega@pazodelusende.com"),
          date=when("ES", "2026-11-17 19:48:33"), subject="Re: Factura 2026-087 · etiquetas Albariño 2026",
          own=own, quote=rem, style="gmail", fmt="alt", charset="utf-8", cte="quoted-printable",
          refs=chain(inv, rem), seed="02"),
    label("client-reply-promise", "'El viernes te la pago sin falta' written on Tuesday 17 November 2026: the next "
          "Friday is the 20th. The amount is only in the quoted reminder, so none is labelled.",
          promised_date="2026-11-20"))

# --- 03 -------------------------------------------------------------------------------------
inv = Sent(DIEGO, "Beatriz Olmedo", "b.olmedo@castellanahomes.es", when("ES", "2026-10-12 18:40"),
           "Factura F/2026/0193 – reportajes viviendas octubre",
           "Hola, Beatriz:\n\nTe adjunto la factura F/2026/0193 de los reportajes de Fuencarral y Arganzuela. Las "
           "fotos están en la carpeta compartida de siempre.\n\nUn saludo,\nDiego", "03-inv")
rem = Sent(DIEGO, "Beatriz Olmedo", "b.olmedo@castellanahomes.es", when("ES", "2026-11-10 09:00"),
           "Re: Factura F/2026/0193 – reportajes viviendas octubre",
           carta("due", DIEGO, "Estimados señores:", "F/2026/0193", "726.00", due=day("2026-11-10"),
                 today=day("2026-11-10")), "03-rem")
own = """Hola Diego,

Te contesto aquí porque creo que hay un malentendido. La factura F/2026/0193 no la vamos a tramitar todavía: del piso de Fuencarral nos entregaste 14 fotos de las 20 que acordamos, y las del ático de Arganzuela nos llegaron en baja resolución, que no nos sirven ni para Idealista ni para el escaparate de la oficina.

Cuando nos mandes las 6 que faltan y las del ático en alta, la pasamos a pago sin problema. Hasta entonces la dejamos retenida en contabilidad.

Un saludo,

Beatriz Olmedo Calvo
Responsable de Marketing
CASTELLANA HOMES
Paseo de la Castellana, 141 · 28046 Madrid
www.castellanahomes.es

AVISO LEGAL: La información contenida en este correo electrónico es confidencial y de uso exclusivo de su destinatario. Si lo ha recibido por error, por favor notifíquelo al remitente y proceda a su eliminación."""
add(reply(owner=DIEGO, frm=("Beatriz Olmedo Calvo", "b.olmedo@castellanahomes.es"),
          date=when("ES", "2026-11-11 10:15:02"), subject="RE: Factura F/2026/0193 – reportajes viviendas octubre",
          own=own, quote=rem, style="outlook-desktop", fmt="html", charset="utf-8", cte="base64",
          refs=chain(inv, rem), seed="03", mid_style="outlook",
          sender_host="mail-am6eur05on2102.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura F/2026/0193 – reportajes viviendas octubre", "03")),
    label("client-reply-dispute", "The agency withholds payment: 14 of 20 photos delivered and others in low "
          "resolution; it will pay only after delivery, which is a dispute, not a promise (dispute wins).",
          reference="F/2026/0193"))

# --- 04 -------------------------------------------------------------------------------------
text = """KUTXABANK

Estimado/a cliente:

Le informamos de que se ha realizado un abono por transferencia en su cuenta ES17 **** **** **** **** 4567 con los siguientes datos:

  Fecha valor:   12/11/2026
  Importe:       1.452,00 EUR
  Ordenante:     TALLERES ARRIAGA SL
  Concepto:      FRA JE-2026/041 MANTENIMIENTO WEB
  Tipo:          Transferencia SEPA inmediata

Puede consultar el detalle del movimiento en Kutxabank Online o en la App Kutxabank.

Este es un mensaje automático; por favor, no responda a este correo. Kutxabank nunca le pedirá sus claves de acceso ni códigos de firma por correo electrónico.

Kutxabank, S.A. - Gran Vía, 30-32 - 48009 Bilbao - NIF A95653077"""
htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="background:#00305f;color:#fff;padding:14px 20px;font-size:20px;font-weight:bold">KUTXABANK</td></tr>
<tr><td style="padding:20px">
<p>Estimado/a cliente:</p>
<p>Le informamos de que se ha realizado un abono por transferencia en su cuenta ES17 **** **** **** **** 4567 con los siguientes datos:</p>
<table cellpadding="4" cellspacing="0" border="0" style="font-size:13px">
<tr><td><b>Fecha valor:</b></td><td>12/11/2026</td></tr>
<tr><td><b>Importe:</b></td><td>1.452,00 EUR</td></tr>
<tr><td><b>Ordenante:</b></td><td>TALLERES ARRIAGA SL</td></tr>
<tr><td><b>Concepto:</b></td><td>FRA JE-2026/041 MANTENIMIENTO WEB</td></tr>
<tr><td><b>Tipo:</b></td><td>Transferencia SEPA inmediata</td></tr>
</table>
<p>Puede consultar el detalle del movimiento en Kutxabank Online o en la App Kutxabank.</p>
<p style="font-size:11px;color:#777">Este es un mensaje automático; por favor, no responda a este correo. Kutxabank nunca le pedirá sus claves de acceso ni códigos de firma por correo electrónico.</p>
<p style="font-size:11px;color:#777">Kutxabank, S.A. - Gran Vía, 30-32 - 48009 Bilbao - NIF A95653077</p>
</td></tr></table></body></html>"""
add((machine(owner=JON, frm=("Kutxabank", "avisos@comunicaciones.kutxabank.es"), date=when("ES", "2026-11-12 08:31:47"),
             subject="Kutxabank: abono por transferencia en su cuenta", seed="04",
             body=multipart("alternative", [text_part(text, "plain", "iso-8859-1", "quoted-printable"),
                                            text_part(htm, "html", "iso-8859-1", "quoted-printable")], "04"),
             extra=[("X-Mailer", "Kutxabank Notificaciones 3.2")]), text),
    label("payment-notification", "Bank notice of an incoming transfer; the invoice number is in the concepto line "
          "('FRA JE-2026/041').", amount="1452.00", currency="EUR", reference="JE-2026/041"))

# --- 05 -------------------------------------------------------------------------------------
inv = Sent(JON, "AVV San Pedro de Deusto", "info@deustuauzoa.org", when("ES", "2026-10-14 12:10"),
           "Factura JE-2026/043 - web de la asociación",
           "Kaixo:\n\nOs paso la factura JE-2026/043 por la nueva web y el alojamiento del primer año. Vence el 13 de "
           "noviembre.\n\nOndo izan,\nJon", "05-inv")
rem = Sent(JON, "AVV San Pedro de Deusto", "info@deustuauzoa.org", when("ES", "2026-11-09 09:30"),
           "Re: Factura JE-2026/043 - web de la asociación",
           carta("courtesy", JON, "Estimados señores:", "JE-2026/043", "290.40", due=day("2026-11-13"),
                 issued=day("2026-10-14")), "05-rem")
own = """Recibido Jon, eskerrik asko. Se lo reenvío a Itziar que es la tesorera y la que hace los pagos, ella te dirá.

Agur!
Koldo

Enviado desde mi iPhone"""
add(reply(owner=JON, frm=("Koldo Larrañaga", "info@deustuauzoa.org"), date=when("ES", "2026-11-09 21:05:51"),
          subject="Re: Factura JE-2026/043 - web de la asociación", own=own, quote=rem, style="iphone", fmt="alt",
          charset="utf-8", cte="quoted-printable", refs=chain(inv, rem), seed="05", mid_domain="deustuauzoa.org",
          cc=addr("Itziar Goikoetxea", "itziar.tesoreria@deustuauzoa.org"), sender_host="smtp.deustuauzoa.org",
          extra=[("X-Mailer", "iPhone Mail (22B91)")]),
    label("client-reply-other", "Acknowledges and forwards the invoice to the treasurer; nobody says it will be paid "
          "or when, so it is not a promise."))

# --- 06 -------------------------------------------------------------------------------------
rem = Sent(AYOZE, "Clínica Dental Vegueta", "carmenrosa@clinicadentalvegueta.es", when("CAN", "2026-12-23 09:00"),
           "Re: Factura AH-118 · gestión de redes noviembre", "", "06-rem")
text = """Gracias por su mensaje.

Estaré fuera de la clínica hasta el 8 de enero, sin acceso al correo electrónico.

Para pedir cita o urgencias dentales, llame al 928 36 14 52 (lunes a viernes de 9:00 a 14:00 y de 16:00 a 20:00).
Para facturas y pagos a proveedores, escriba a administracion@clinicadentalvegueta.es.

¡Felices fiestas!

Dra. Carmen Rosa Quintana Déniz
Clínica Dental Vegueta
C/ Mendizábal, 12 · 35001 Las Palmas de Gran Canaria"""
htm = OUTLOOK_HEAD.format(cs="utf-8") + own_html_divs(text, "outlook") + "\n</div>\n</body>\n</html>\n"
add((machine(owner=AYOZE, frm=("Carmen Rosa Quintana Déniz", "carmenrosa@clinicadentalvegueta.es"),
             date=when("CAN", "2026-12-23 09:00:14"),
             subject="Respuesta automática: Re: Factura AH-118 · gestión de redes noviembre", seed="06",
             body=multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                            text_part(htm, "html", "utf-8", "quoted-printable")], "06"),
             sender_host="mail-db5eur03on2044.outbound.protection.outlook.com",
             extra=[("In-Reply-To", rem.mid), ("References", rem.mid), ("Auto-Submitted", "auto-generated"),
                    ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop",
                                                          "carmenrosa@clinicadentalvegueta.es"),
                    ("Content-Language", "es-ES")]), text),
    label("auto-reply", "Exchange out-of-office: 'fuera de la clínica hasta el 8 de enero' — the day named is "
          "8 January 2027 (the message is dated 23 December 2026).", return_date="2027-01-08"))

# --- 07 -------------------------------------------------------------------------------------
inv = Sent(LAURA, "María Gabriela Rondón", "mgabriela.rondon@hotmail.com", when("ES", "2026-10-09 16:30"),
           "Factura LS-26-115 – traducción jurada título y notas", "", "07-inv")
rem = Sent(LAURA, "María Gabriela Rondón", "mgabriela.rondon@hotmail.com", when("ES", "2026-11-19 10:02:30"),
           "Re: Factura LS-26-115 – traducción jurada título y notas",
           carta("reminder", LAURA, "Buenos días, María Gabriela Rondón:", "LS-26-115", "165.00",
                 due=day("2026-11-09"), today=day("2026-11-19")), "07-rem")
d07 = when("PST", "2026-11-19 01:02:41")
text = """
** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a mgabriela.rondon@hotmail.com porque no se ha encontrado la dirección o no puede recibir correo.

Más información: https://support.google.com/mail/?p=NoSuchUser

La respuesta fue:

550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DB1PEPF00039233.eurprd03.prod.outlook.com 2026-11-19T09:02:40.877Z 08DE27B3C1F4A9D2]
"""
htm = """<html>
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
Tu mensaje no se ha entregado a <a style='color:#212121;text-decoration:none'><b>mgabriela.rondon@hotmail.com</b></a> porque no se ha encontrado la dirección o no puede recibir correo.
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
La respuesta fue:<br/>
<p style="font-family:monospace">
550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DB1PEPF00039233.eurprd03.prod.outlook.com 2026-11-19T09:02:40.877Z 08DE27B3C1F4A9D2]
</p>
</td>
</tr>
</tbody></table>
</body>
</html>
"""
status = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; laura@lsanchez-traducciones.es
Arrival-Date: {rfcdate(d07 - dt.timedelta(seconds=10))} (PST)
X-Original-Message-ID: {rem.mid}

Final-Recipient: rfc822; mgabriela.rondon@hotmail.com
Action: failed
Status: 5.5.0
Remote-MTA: dns; hotmail-com.olc.protection.outlook.com. (52.101.42.16, the server for the domain hotmail.com.)
Diagnostic-Code: smtp; 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DB1PEPF00039233.eurprd03.prod.outlook.com 2026-11-19T09:02:40.877Z 08DE27B3C1F4A9D2]
Last-Attempt-Date: {rfcdate(d07)} (PST)"""
body = multipart("report", [
    multipart("related", [multipart("alternative", [text_part(text, "plain", "UTF-8", "quoted-printable"),
                                                    text_part(htm, "html", "UTF-8", "quoted-printable")], "07a"),
                          file_part(PNG_1PX, "image/png", "icon.png", "inline", "icon.png")], "07r"),
    dsn_part(status), rfc822_part(sent_bytes(rem, [("In-Reply-To", inv.mid), ("References", inv.mid)]))],
    "07", params="; report-type=delivery-status")
add((machine(owner=LAURA, frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), date=d07,
             subject="Delivery Status Notification (Failure)", seed="07", body=body,
             sender_host="mail-sor-f69.google.com", mid_domain="mx.google.com",
             extra=[("X-Failed-Recipients", "mgabriela.rondon@hotmail.com"), ("Auto-Submitted", "auto-replied"),
                    ("References", rem.mid), ("In-Reply-To", rem.mid)]), text),
    label("bounce", "Gmail (Google Workspace) bounce in Spanish for the reminder to a hotmail address: 550 5.5.0, "
          "mailbox unavailable, a permanent failure.", failed_recipient="mgabriela.rondon@hotmail.com",
          permanent=True))

# --- 08 -------------------------------------------------------------------------------------
inv = Sent(SOFIA, "Lucía Ferreira", "luciaferreira.ceramica@gmail.com", when("UY", "2026-10-30 15:10"),
           "Factura A-0344 - consultoría marca personal",
           "Hola Lu!\n\nTe paso la factura A-0344 por las dos sesiones de marca personal y el plan de contenidos. "
           "Vence el 15/11.\n\nBeso grande,\nSofi", "08-inv")
rem = Sent(SOFIA, "Lucía Ferreira", "luciaferreira.ceramica@gmail.com", when("UY", "2026-11-19 10:00"),
           "Re: Factura A-0344 - consultoría marca personal",
           carta("due", SOFIA, "Buenos días, Lucía Ferreira:", "A-0344", "9800.00", cur="UYU",
                 due=day("2026-11-15"), today=day("2026-11-19")), "08-rem")
own = """listo sofi!! te transferí hoy al mediodía por la app del brou, fijate si te llegó. perdón que me colgué 🙈 besos"""
add(reply(owner=SOFIA, frm=("Lucía Ferreira", "luciaferreira.ceramica@gmail.com"),
          date=when("UY", "2026-11-20 18:22:05"), subject="Re: Factura A-0344 - consultoría marca personal",
          own=own, quote=rem, style="gmail-mobile", fmt="alt", charset="UTF-8", cte="base64",
          refs=chain(inv, rem), seed="08", tzname="UYT"),
    label("client-reply-paid", "One-liner from a client in Montevideo: she transferred today through the BROU app. "
          "No sum or number in her own words (both only in the quoted reminder)."))

# --- 09 -------------------------------------------------------------------------------------
inv = Sent(ANDRES, "Mariana Gutiérrez", "mariana.gutierrez@nopalcreativo.mx", when("MX", "2026-10-26 13:00"),
           "Factura A-1187 - desarrollo landing Temporada Navideña",
           "Hola Mariana:\n\nTe comparto la factura A-1187 (PDF y XML) del desarrollo de la landing de la "
           "campaña navideña. Condiciones: 30 días.\n\nSaludos,\nAndrés", "09-inv")
rem = Sent(ANDRES, "Mariana Gutiérrez", "mariana.gutierrez@nopalcreativo.mx", when("MX", "2026-12-02 10:00"),
           "Re: Factura A-1187 - desarrollo landing Temporada Navideña",
           carta("reminder", ANDRES, "Buenos días, Mariana Gutiérrez:", "A-1187", "18560.00", cur="MXN",
                 due=day("2026-11-25"), today=day("2026-12-02")), "09-rem")
own = """Hola Andrés, buenas tardes.

Una disculpa por la demora. Ya revisé con Finanzas y tu factura A-1187 quedó programada en el corte de pago a proveedores del 15 de diciembre; ese día se te depositan los $18,560.00 por SPEI a la CLABE que nos diste.

Cualquier cosa me avisas.

Saludos cordiales,

Mariana Gutiérrez Ochoa
Coordinadora de Cuentas | Nopal Creativo
Av. Chapultepec Sur 480, Col. Americana, Guadalajara, Jal.
Tel. 33 3615 2290"""
add(reply(owner=ANDRES, frm=("Mariana Gutiérrez Ochoa", "mariana.gutierrez@nopalcreativo.mx"),
          date=when("MX", "2026-12-03 12:37:44"), subject="RE: Factura A-1187 - desarrollo landing Temporada Navideña",
          own=own, quote=rem, style="outlook", fmt="alt", charset="utf-8", cte="quoted-printable",
          refs=chain(inv, rem), seed="09", mid_style="outlook-mx",
          sender_host="mail-bn8nam12on2091.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura A-1187 - desarrollo landing Temporada Navideña", "09")),
    label("client-reply-promise", "Payment scheduled in the supplier run of 15 December (Guadalajara): a promise with "
          "a day; '$18,560.00' is in pesos (the invoice is in MXN), written US-style with a comma for thousands.",
          promised_date="2026-12-15", amount="18560.00", currency="MXN", reference="A-1187"))

# --- 10 -------------------------------------------------------------------------------------
text = """FACe - Punto General de Entrada de Facturas Electrónicas de la Administración General del Estado

Le comunicamos que la factura que se detalla a continuación ha cambiado de estado:

Número de registro: REGAGE26e000071234567
Número de factura: 2026-091
Fecha de expedición: 20/11/2026
Importe total: 847,00 EUR
Proveedor: IGLESIAS VIDAL, MARTA (NIF 36******K)
Oficina contable: L01362380 - Intervención
Órgano gestor: L01362380 - Concello de Vigo
Unidad tramitadora: L01362380 - Departamento de Cultura

Estado anterior: 1200 - Registrada
Estado actual: 1300 - Registrada en RCF (Registro Contable de Facturas)
Fecha del cambio de estado: 24/11/2026 13:05

Puede consultar el estado de sus facturas en https://face.gob.es/es/proveedores

Este correo electrónico ha sido generado automáticamente. Por favor, no responda a este mensaje."""
add((machine(owner=MARTA, frm=("FACe", "no-reply@face.gob.es"), date=when("ES", "2026-11-24 13:05:12"),
             subject="FACe - Cambio de estado de la factura 2026-091", seed="10",
             body=text_part(text, "plain", "utf-8", "8bit"), sender_host="smtp.redsara.es",
             extra=[("Auto-Submitted", "auto-generated")]), text),
    label("other", "E-invoicing platform notice: the invoice to the city council was registered in the accounting "
          "register (RCF); nothing has been paid, so it is not a payment notification."))

# --- 11 -------------------------------------------------------------------------------------
inv = Sent(MARTA, "Uxía Castro", "uxia@fisioriazor.com", when("ES", "2026-10-26 12:15"),
           "Factura 2026-089 · identidade visual Fisio Riazor",
           "Ola Uxía!\n\nVos mando a factura 2026-089 da identidade visual (logo, cores e papelería).\n\nUnha aperta,\n"
           "Marta", "11-inv")
rem = Sent(MARTA, "Uxía Castro", "uxia@fisioriazor.com", when("ES", "2026-11-25 09:00"),
           "Re: Factura 2026-089 · identidade visual Fisio Riazor",
           carta("due", MARTA, "Buenos días, Uxía Castro:", "2026-089", "605.00", due=day("2026-11-25"),
                 today=day("2026-11-25")), "11-rem")
own = """Hola Marta!

Pagado ayer por la tarde, 605 € por transferencia desde Abanca. Ya nos dirás si te ha llegado.

Una pregunta: ¿nos podrías pasar también el logo en vectorial (.svg o .ai)? El de la rotulación de la fachada nos lo pide y solo tenemos los PNG.

Gracias!!
Uxía

--
Uxía Castro Piñeiro
Fisio Riazor · Fisioterapia e Pilates
Rúa Manuel Murguía, 8 baixo · 15011 A Coruña
881 92 40 17"""
add(reply(owner=MARTA, frm=("Uxía Castro Piñeiro", "uxia@fisioriazor.com"), date=when("ES", "2026-11-26 08:12:40"),
          subject="Re: Factura 2026-089 · identidade visual Fisio Riazor", own=own, quote=rem, style="apple",
          fmt="alt", charset="utf-8", cte="quoted-printable", refs=chain(inv, rem), seed="11",
          mid_domain="fisioriazor.com", sender_host="smtp.fisioriazor.com",
          extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]),
    label("client-reply-paid", "Paid yesterday, 605 €, and then asks for the vector logo: paid wins over the "
          "question. The invoice number is not in her own words.", amount="605.00", currency="EUR"))

# --- 12 -------------------------------------------------------------------------------------
inv = Sent(NURIA, "Associació de Comerciants de Gràcia", "junta@comercialsgracia.cat",
           when("ES", "2026-10-20 17:45"), "Factura 2026/57 - consultoria SEO octubre",
           "Bon dia,\n\nUs adjunto la factura 2026/57 corresponent a la consultoria SEO d'octubre.\n\nSalutacions,\n"
           "Núria", "12-inv")
rem = Sent(NURIA, "Associació de Comerciants de Gràcia", "junta@comercialsgracia.cat",
           when("ES", "2026-11-23 09:15"), "Re: Factura 2026/57 - consultoria SEO octubre",
           carta("reminder", NURIA, "Estimados señores:", "2026/57", "1161.60", due=day("2026-11-19"),
                 today=day("2026-11-23")), "12-rem")
own = """Bon dia Núria,

Perdona que no t'hagi contestat abans (te escribo en castellano, que esto lo lee también la junta). Hemos revisado la factura 2026/57 y no nos cuadra: vienen 12 horas de consultoría SEO y en el presupuesto que aprobamos en la junta de septiembre eran 8 horas, a 80 € la hora. Las 4 horas de diferencia nadie nos las comentó.

Te pedimos que nos hagas una factura rectificativa por las 8 horas y la pagamos enseguida. Si hubo horas de más lo hablamos, pero se tendrían que haber avisado antes de hacerlas.

Gràcies,
Montse Vilaró
Tresorera · Associació de Comerciants de Gràcia
C/ Gran de Gràcia, 105 · 08012 Barcelona"""
add(reply(owner=NURIA, frm=("Montse Vilaró", "junta@comercialsgracia.cat"), date=when("ES", "2026-11-24 11:03:19"),
          subject="Re: Factura 2026/57 - consultoria SEO octubre", own=own, quote=rem, style="gmail", fmt="alt",
          charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="12"),
    label("client-reply-dispute", "Contests the hours (12 billed, 8 approved) and asks for a corrected invoice; 'la "
          "pagamos enseguida' is conditional on the correction, so dispute wins. '80 €' is an hourly rate, not a sum "
          "paid or promised.", reference="2026/57"))

# --- 13 -------------------------------------------------------------------------------------
inv = Sent(JON, "Harategia Ugalde", "harategiaugalde@gmail.com", when("ES", "2026-10-28 10:00"),
           "Factura JE-2026/045 - tienda online", "", "13-inv")
rem = Sent(JON, "Harategia Ugalde", "harategiaugalde@gmail.com", when("ES", "2026-11-27 09:00"),
           "Re: Factura JE-2026/045 - tienda online",
           carta("due", JON, "Estimados señores:", "JE-2026/045", "847.00", due=day("2026-11-27"),
                 today=day("2026-11-27")), "13-rem")
own = """Buenos días, Jon:

Le escribo desde la Gestoría Aguirre; llevamos la contabilidad de Harategia Ugalde S.L. (la carnicería de la calle Dato), que nos ha reenviado su factura JE-2026/045 para revisarla antes del pago.

En la factura no aparece retención de IRPF. Entendemos que presta usted servicios profesionales como autónomo: ¿puede confirmarnos si no le corresponde retención por algún motivo o si se trata de un olvido? Lo necesitamos para cuadrar el modelo 111 del cuarto trimestre.

Quedamos a la espera.

Un saludo,

Ainhoa Ruiz de Azúa
Departamento contable
Gestoría Aguirre · Aholkularitza
C/ Dato, 38 - 1º · 01005 Vitoria-Gasteiz
Tel. 945 13 22 80"""
add(reply(owner=JON, frm=("Ainhoa Ruiz de Azúa", "contabilidad@gestoriaaguirre.es"),
          date=when("ES", "2026-11-30 09:47:12"), subject="RE: Factura JE-2026/045 - tienda online", own=own,
          quote=rem, style="outlook-desktop", fmt="alt", charset="windows-1252", cte="quoted-printable",
          refs=chain(inv, rem), seed="13", mid_style="outlook", cc="harategiaugalde@gmail.com",
          to=addr("Jon Etxeberria Arana", "jon@etxeberria.eus"),
          sender_host="mail-vi1eur04on2110.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura JE-2026/045 - tienda online", "13") + [
              ("X-Mailer", "Microsoft Outlook 16.0")]),
    label("client-reply-other", "The client's gestoría asks whether the missing IRPF withholding is intended; a "
          "question before paying, not a refusal or a claim that the amount is wrong."))

# --- 14 -------------------------------------------------------------------------------------
text = """Hola, DIEGO:

Has recibido una transferencia en tu Cuenta Open ****5678.

Importe: 544,50 €
Ordenante: OPOSICIONES ALHAMBRA SL
Concepto: Fra F/2026/0198 fotos promo
Fecha: 01/12/2026

Consulta el detalle en la app o en openbank.es.

Un saludo,
El equipo de Openbank

Este es un correo automático, no respondas a este mensaje. Openbank nunca te pedirá por correo electrónico tus claves ni códigos de operación.
Open Bank, S.A. Paseo de la Castellana, 24 - 28046 Madrid."""
htm = ("<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>Openbank</title></head>"
       "<body style=\"margin:0;background:#f2f2f2\"><div style=\"max-width:560px;margin:0 auto;background:#fff;"
       "font-family:Helvetica,Arial,sans-serif;color:#1c1c1c\"><div style=\"background:#ec0000;height:6px\"></div>"
       "<div style=\"padding:28px\"><p style=\"font-size:18px\">Hola, DIEGO:</p>"
       "<p>Has recibido una transferencia en tu Cuenta Open ****5678.</p>"
       "<table style=\"width:100%;border-collapse:collapse;font-size:15px\">"
       "<tr><td style=\"padding:6px 0;color:#666\">Importe</td><td style=\"text-align:right;font-weight:bold\">544,50 €</td></tr>"
       "<tr><td style=\"padding:6px 0;color:#666\">Ordenante</td><td style=\"text-align:right\">OPOSICIONES ALHAMBRA SL</td></tr>"
       "<tr><td style=\"padding:6px 0;color:#666\">Concepto</td><td style=\"text-align:right\">Fra F/2026/0198 fotos promo</td></tr>"
       "<tr><td style=\"padding:6px 0;color:#666\">Fecha</td><td style=\"text-align:right\">01/12/2026</td></tr></table>"
       "<p>Consulta el detalle en la app o en openbank.es.</p><p>Un saludo,<br>El equipo de Openbank</p>"
       "<p style=\"font-size:11px;color:#888\">Este es un correo automático, no respondas a este mensaje. Openbank nunca "
       "te pedirá por correo electrónico tus claves ni códigos de operación.<br>Open Bank, S.A. Paseo de la "
       "Castellana, 24 - 28046 Madrid.</p></div></div></body></html>")
add((machine(owner=DIEGO, frm=("Openbank", "notificaciones@openbank.es"), date=when("ES", "2026-12-01 10:14:09"),
             subject="Has recibido una transferencia", seed="14",
             body=multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                            text_part(htm, "html", "utf-8", "base64")], "14"),
             sender_host="mta12.mail.openbank.es"), text),
    label("payment-notification", "Openbank notice of an incoming transfer; the concepto names invoice "
          "F/2026/0198.", amount="544.50", currency="EUR", reference="F/2026/0198"))

# --- 15 -------------------------------------------------------------------------------------
inv = Sent(LAURA, "Yelitza Carrasquel", "yelitza.carrasquel@gmail.com", when("ES", "2026-12-14 12:00"),
           "Factura LS-26-121 – traducción jurada partida de nacimiento y antecedentes", "", "15-inv")
rem = Sent(LAURA, "Yelitza Carrasquel", "yelitza.carrasquel@gmail.com", when("ES", "2027-01-12 09:00"),
           "Re: Factura LS-26-121 – traducción jurada partida de nacimiento y antecedentes",
           carta("reminder", LAURA, "Buenos días, Yelitza Carrasquel:", "LS-26-121", "145.00", due=day("2026-12-29"),
                 today=day("2027-01-12")), "15-rem")
own = """Buenas noches Laura, disculpa la demora chama, de verdad. Aquí con los cortes de luz y el internet que va y viene no he podido ni revisar el correo.

Ya hablé con mi hermano que vive en Alicante y él te hace la transferencia el lunes desde su cuenta, los 145 euros completos. Te aviso cuando la haga para que estés pendiente, va a salir a nombre de Luis Carrasquel.

Mil gracias por la paciencia y por tenerme las traducciones tan rápido, ya las subí para la cita de extranjería.

Bendiciones,
Yelitza"""
add(reply(owner=LAURA, frm=("Yelitza Carrasquel", "yelitza.carrasquel@gmail.com"),
          date=when("VE", "2027-01-14 22:10:37"),
          subject="Re: Factura LS-26-121 – traducción jurada partida de nacimiento y antecedentes", own=own,
          quote=rem, style="gmail", fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem),
          seed="15"),
    label("client-reply-promise", "Written in Caracas on Thursday 14 January 2027 (-0400): her brother will transfer "
          "'el lunes', i.e. Monday 18 January; 145 euros stated in her own words.",
          promised_date="2027-01-18", amount="145.00", currency="EUR"))

# --- 16 -------------------------------------------------------------------------------------
rem = Sent(MARTA, "Librería Cartabón", "info@libreriacartabon.es", when("ES", "2026-12-04 09:30"),
           "Re: Factura 2026-094 · cartelería campaña Navidad", "", "16-rem")
text = """Esta cuenta de correo ya no está operativa.

Desde el 1 de diciembre de 2026 la Librería Cartabón ha cambiado de titular y de dirección de correo. Los mensajes enviados a info@libreriacartabon.es no se leen.

Para pedidos y reservas: pedidos@cartabonlibros.com
Para facturas de proveedores: administracion@cartabonlibros.com

Gracias y disculpe las molestias.
Librería Cartabón · Rúa do Príncipe, 22 · Vigo"""
add((machine(owner=MARTA, frm=("Librería Cartabón", "info@libreriacartabon.es"),
             date=when("ES", "2026-12-04 09:30:03"), subject="Cuenta no operativa: Re: Factura 2026-094 · cartelería campaña Navidad",
             seed="16", body=text_part(text, "plain", "iso-8859-1", "8bit"),
             sender_host="server117.webhostingespana.es",
             extra=[("In-Reply-To", rem.mid), ("References", rem.mid),
                    ("X-Autorespond", "Cuenta no operativa: Re: Factura 2026-094"), ("Precedence", "auto_reply"),
                    ("Auto-Submitted", "auto-replied")]), text),
    label("auto-reply", "Autoresponder of a mailbox no longer read (new owner, new address). No return date: it "
          "says since when, not until when."))

# --- 17 -------------------------------------------------------------------------------------
inv = Sent(ANDRES, "Paulina Garza", "dra.paulinagarza@gmail.com", when("MX", "2026-11-10 11:00"),
           "Factura A-1203 - sitio web consultorio", "", "17-inv")
rem = Sent(ANDRES, "Paulina Garza", "dra.paulinagarza@gmail.com", when("MX", "2026-12-10 09:00"),
           "Re: Factura A-1203 - sitio web consultorio",
           carta("due", ANDRES, "Buenos días, Paulina Garza:", "A-1203", "6960.00", cur="MXN", due=day("2026-12-10"),
                 today=day("2026-12-10")), "17-rem")
own = """Hola Andrés, buenas tardes:

Ya quedó el pago. Te anexo el comprobante de la transferencia SPEI por $6,960.00 de la factura A-1203, salió hoy a las 4:55 pm desde Banorte.

¿Me confirmas cuando lo veas reflejado, por favor? Quedo al pendiente.

Saludos,

Dra. Paulina Garza Treviño
Cirujano Dentista · Ortodoncia
Av. Vasconcelos 345 Ote., San Pedro Garza García, N.L.
Tel. 81 8335 4410"""
add(reply(owner=ANDRES, frm=("Dra. Paulina Garza", "dra.paulinagarza@gmail.com"), date=when("MX", "2026-12-10 17:20:11"),
          subject="Re: Factura A-1203 - sitio web consultorio", own=own, quote=rem, style="gmail", fmt="alt",
          charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="17",
          attach=[("comprobante_SPEI_10122026.pdf", "application/pdf", pdf_bytes("Comprobante electronico de pago SPEI"))]),
    label("client-reply-paid", "Paid by SPEI the same day, receipt attached; '$6,960.00' is in pesos (invoice in "
          "MXN, Monterrey), written with a comma for thousands.", amount="6960.00", currency="MXN",
          reference="A-1203"))

# --- 18 -------------------------------------------------------------------------------------
inv = Sent(LAURA, "Hotel Rural Mirador del Poqueira", "miradordelpoqueira@yahoo.es",
           when("ES", "2026-10-21 10:40"), "Factura LS-26-118 – traducción web EN/DE", "", "18-inv")
rem = Sent(LAURA, "Hotel Rural Mirador del Poqueira", "miradordelpoqueira@yahoo.es",
           when("ES", "2026-12-09 09:00"), "Re: Factura LS-26-118 – traducción web EN/DE",
           carta("late_fee", LAURA, "Estimados señores:", "LS-26-118", "1089.00", due=day("2026-11-20"),
                 today=day("2026-12-09"), deadline=day("2026-12-16"), fees=True), "18-rem")
own = """Hola Laura,

Te respondo con calma porque el tema no es solo el retraso. Unos clientes alemanes que estuvieron en el puente de diciembre nos enseñaron varias cosas de la web en alemán que, según ellos, "no se entienden" o suenan a traductor automático (la página de las habitaciones y la de cómo llegar, sobre todo). Te mandé las capturas por WhatsApp la semana pasada y no me has contestado.

Con la parte en inglés no tenemos ningún problema. Pero no me parece justo pagar la factura entera tal cual, y menos con intereses. Te propongo que revises el alemán y que nos hagas un 30% de descuento sobre esa parte; si te parece bien, pagamos en cuanto nos mandes la factura corregida.

Un saludo desde Capileira,
Antonio Jesús Puertas
Hotel Rural Mirador del Poqueira"""
add(reply(owner=LAURA, frm=("Antonio Jesús Puertas", "miradordelpoqueira@yahoo.es"),
          date=when("ES", "2026-12-10 20:31:55"), subject="Re: Factura LS-26-118 – traducción web EN/DE",
          own=own, quote=rem, style="yahoo", fmt="alt", charset="UTF-8", cte="quoted-printable",
          refs=chain(inv, rem), seed="18", sender_host="sonic312-22.consmr.mail.ir2.yahoo.com",
          extra=[("X-Mailer", "WebService/1.1.24652 YMailNorrin")]),
    label("client-reply-dispute", "Quality complaint about the German part, refuses to pay the whole invoice and "
          "asks for a 30% discount; the conditional 'pagamos en cuanto...' does not make it a promise."))

# --- 19 -------------------------------------------------------------------------------------
inv = Sent(GABRIELA, "Cevichería La Cangreja", "lacangreja.gye@gmail.com", when("EC", "2026-12-03 15:00"),
           "Factura 001-002-000000463 - menú y redes La Cangreja",
           "Hola Jefferson:\n\nTe envío la factura 001-002-000000463 por el diseño del menú y las plantillas para "
           "redes. El pago puede ser por transferencia a mi cuenta del Pichincha.\n\nSaludos,\nGabriela", "19-inv")
rem = Sent(GABRIELA, "Cevichería La Cangreja", "lacangreja.gye@gmail.com", when("EC", "2027-01-05 09:00"),
           "Re: Factura 001-002-000000463 - menú y redes La Cangreja",
           carta("due", GABRIELA, "Buenos días:", "001-002-000000463", "560.00", cur="USD", due=day("2027-01-02"),
                 today=day("2027-01-05")), "19-rem")
own = """Gaby buenas tardes, te cuento que ayer intenté hacerte la transferencia desde el Banco Guayaquil y me la devolvieron, me sale "identificación no corresponde al titular de la cuenta". ¿Me confirmas bien el número de cuenta y tu cédula o RUC? No vaya a ser que yo lo esté poniendo mal.

Saludos,
Jefferson Villamar
Cevichería La Cangreja - Urdesa"""
add(reply(owner=GABRIELA, frm=("Jefferson Villamar", "lacangreja.gye@gmail.com"), date=when("EC", "2027-01-08 16:40:28"),
          subject="Re: Factura 001-002-000000463 - menú y redes La Cangreja", own=own, quote=rem,
          style="gmail-mobile", fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem),
          seed="19", tzname="ECT"),
    label("client-reply-other", "The transfer was rejected by the bank and nothing has been sent again; he asks to "
          "confirm the account details. Not paid, and no new date is promised."))

# --- 20 -------------------------------------------------------------------------------------
inv = Sent(ANDRES, "Compras Grupo Altamira", "compras@grupoaltamira.com.mx", when("MX", "2026-11-18 12:00"),
           "Factura A-1199 - mantenimiento portal proveedores", "", "20-inv")
rem = Sent(ANDRES, "Compras Grupo Altamira", "compras@grupoaltamira.com.mx", when("MX", "2026-12-18 09:00:05"),
           "Re: Factura A-1199 - mantenimiento portal proveedores",
           carta("due", ANDRES, "Estimados señores:", "A-1199", "12180.00", cur="MXN", due=day("2026-12-18"),
                 today=day("2026-12-18")), "20-rem")
d20 = when("MX", "2026-12-18 09:00:19")
text = """El mensaje no se pudo entregar a estos destinatarios o grupos:

compras@grupoaltamira.com.mx
No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección de correo electrónico del destinatario e intente enviar el mensaje de nuevo. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.







Información de diagnóstico para administradores:

Servidor de generación: EXCH01.grupoaltamira.local

compras@grupoaltamira.com.mx
#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##

Encabezados del mensaje original:

Received: from mail-yw1-f172.google.com (209.85.128.172) by EXCH01.grupoaltamira.local
 (10.10.1.20) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; """ + rfcdate(d20 - dt.timedelta(seconds=12)) + """
From: """ + addr(ANDRES.name, ANDRES.addr) + """
Date: """ + rfcdate(rem.date) + """
Message-ID: """ + rem.mid + """
Subject: Re: Factura A-1199 - mantenimiento portal proveedores
To: Compras Grupo Altamira <compras@grupoaltamira.com.mx>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""
status = f"""Reporting-MTA: dns;EXCH01.grupoaltamira.local
Received-From-MTA: dns;mail-yw1-f172.google.com
Arrival-Date: {rfcdate(d20 - dt.timedelta(seconds=12))}

Final-Recipient: rfc822;compras@grupoaltamira.com.mx
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"""
body = multipart("report", [text_part(text, "plain", "us-ascii" if False else "iso-8859-1", "quoted-printable"),
                            dsn_part(status),
                            rfc822_part(sent_bytes(rem).split(b"\n\n")[0] + b"\n", "text/rfc822-headers")],
                 "20", params="; report-type=delivery-status")
add((machine(owner=ANDRES, frm=("Microsoft Exchange", "postmaster@grupoaltamira.com.mx"), date=d20,
             subject="No se puede entregar: Re: Factura A-1199 - mantenimiento portal proveedores", seed="20",
             body=body, sender_host="mail.grupoaltamira.com.mx",
             extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                    ("Content-Language", "es-MX"), ("In-Reply-To", rem.mid), ("References", rem.mid)]), text),
    label("bounce", "Exchange NDR in Spanish from the client's own server: 550 5.1.1 recipient not found, "
          "permanent.", failed_recipient="compras@grupoaltamira.com.mx", permanent=True))

# --- 21 -------------------------------------------------------------------------------------
inv = Sent(DIEGO, "Encarni Moreno", "info@oposicionesalhambra.es", when("ES", "2026-10-23 17:30"),
           "Factura F/2026/0198 – fotos promo aulas y profesorado", "", "21-inv")
rem = Sent(DIEGO, "Encarni Moreno", "info@oposicionesalhambra.es", when("ES", "2026-11-23 09:00"),
           "Re: Factura F/2026/0198 – fotos promo aulas y profesorado",
           carta("due", DIEGO, "Estimados señores:", "F/2026/0198", "544.50", due=day("2026-11-23"),
                 today=day("2026-11-23")), "21-rem")
own = """Hola Diego!

Perdona, que se me ha pasado por completo. Esta semana ando liada con las convocatorias de la Junta y la gerente está de baja, que es la que firma las transferencias. A fin de mes te lo pago sin falta, ¿vale?

Por cierto, las fotos de las aulas han quedado genial, ya están en la web.

Un abrazo,
Encarni
Oposiciones Alhambra
C/ Recogidas, 21 - 18005 Granada



Enviado desde mi Galaxy"""
add(reply(owner=DIEGO, frm=("Oposiciones Alhambra", "info@oposicionesalhambra.es"),
          date=when("ES", "2026-11-24 13:30:08"), subject="Re: Factura F/2026/0198 – fotos promo aulas y profesorado",
          own=own, quote=rem, style="samsung", fmt="alt", charset="UTF-8", cte="base64", refs=chain(inv, rem),
          seed="21", sender_host="smtp.oposicionesalhambra.es"),
    label("client-reply-promise", "'A fin de mes te lo pago sin falta' on 24 November 2026: the month's last day, "
          "30 November. Amount only in the quoted reminder.", promised_date="2026-11-30"))

# --- 22 -------------------------------------------------------------------------------------
inv1 = Sent(JON, "Talleres Ugarte", "administracion@talleresugarte.com", when("ES", "2026-09-30 11:00"),
            "Factura JE-2026/044 - intranet taller", "", "22-inv1")
rem = Sent(JON, "Talleres Ugarte", "administracion@talleresugarte.com", when("ES", "2026-12-01 09:00"),
           "Resumen de facturas pendientes: n.º JE-2026/044, JE-2026/047",
           carta("statement", JON, "Estimados señores:", None, cur="EUR", today=day("2026-12-01"),
                 deadline=day("2026-12-09"),
                 items=[("JE-2026/044", day("2026-09-30"), day("2026-10-30"), "1089.00"),
                        ("JE-2026/047", day("2026-10-15"), day("2026-11-14"), "1089.00")]), "22-rem")
own = """Egun on Jon,

Ordaindua! Ayer se hizo la transferencia de las dos facturas, la JE-2026/044 y la JE-2026/047, en un solo pago de 2.178 €. En el concepto puse los dos números.

Perdona el retraso, el de contabilidad ha estado de vacaciones y nadie más tiene firma en el banco.

Ondo segi,

Iñaki Ugarte
Talleres Ugarte, S.L.
Polígono Azitain, 3 · 20600 Eibar (Gipuzkoa)
Tel. 943 20 61 55"""
add(reply(owner=JON, frm=("Iñaki Ugarte", "administracion@talleresugarte.com"), date=when("ES", "2026-12-04 12:55:30"),
          subject="RE: Resumen de facturas pendientes: n.º JE-2026/044, JE-2026/047", own=own, quote=rem,
          style="outlook-desktop", fmt="alt", charset="windows-1252", cte="quoted-printable", refs=[rem.mid],
          seed="22", mid_style="outlook", sender_host="mail-pr3eur02on2095.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Resumen de facturas pendientes: n.º JE-2026/044, JE-2026/047", "22") + [
              ("X-Mailer", "Microsoft Outlook 16.0")]),
    label("client-reply-paid", "Paid two invoices in one transfer of 2.178 € (reply to a statement): amount "
          "labelled, no reference because the message is about two invoices.", amount="2178.00", currency="EUR"))

# --- 23 -------------------------------------------------------------------------------------
text = """¡Hola Sofía!

Recibiste $ 12.200 de Sebastián Olivera.

Motivo: Factura A-0351 taller redes
Fecha: 9 de diciembre de 2026 a las 14:32 hs
Medio: Transferencia desde cuenta bancaria
Número de operación: 94123456789

El dinero ya está disponible en tu cuenta de Mercado Pago.

Ver detalle: https://www.mercadopago.com.uy/activities/1?id=94123456789

Este es un mensaje automático. Por favor, no lo respondas.
Mercado Pago · Dr. Luis Bonavita 1294, Montevideo, Uruguay"""
htm = ("<html><head><meta charset=\"UTF-8\"></head><body style=\"background:#ededed;margin:0\">"
       "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
       "<table width=\"560\" style=\"background:#fff;font-family:'Proxima Nova',Arial,sans-serif;color:#333\">"
       "<tr><td style=\"padding:24px 32px\"><img src=\"https://http2.mlstatic.com/frontend-assets/mp-web-navigation/"
       "ui-navigation/logo-mercadopago.png\" width=\"120\" alt=\"Mercado Pago\"></td></tr>"
       "<tr><td style=\"padding:0 32px\"><h1 style=\"font-size:24px;font-weight:600\">¡Hola Sofía!</h1>"
       "<p style=\"font-size:18px\">Recibiste <b>$ 12.200</b> de Sebastián Olivera.</p>"
       "<p>Motivo: Factura A-0351 taller redes<br>Fecha: 9 de diciembre de 2026 a las 14:32 hs<br>"
       "Medio: Transferencia desde cuenta bancaria<br>Número de operación: 94123456789</p>"
       "<p>El dinero ya está disponible en tu cuenta de Mercado Pago.</p>"
       "<p><a href=\"https://www.mercadopago.com.uy/activities/1?id=94123456789\" style=\"background:#009ee3;color:#fff;"
       "padding:12px 24px;border-radius:6px;text-decoration:none\">Ver detalle</a></p></td></tr>"
       "<tr><td style=\"padding:24px 32px;font-size:12px;color:#999\">Este es un mensaje automático. Por favor, no lo "
       "respondas.<br>Mercado Pago · Dr. Luis Bonavita 1294, Montevideo, Uruguay</td></tr></table></td></tr></table>"
       "</body></html>")
add((machine(owner=SOFIA, frm=("Mercado Pago", "info@mercadopago.com"), date=when("UY", "2026-12-09 14:32:51"),
             subject="Recibiste $ 12.200 de Sebastián Olivera", seed="23",
             body=multipart("alternative", [text_part(text, "plain", "UTF-8", "quoted-printable"),
                                            text_part(htm, "html", "UTF-8", "quoted-printable")], "23"),
             sender_host="mail-uy1.mercadopago.com", mid_domain="mercadopago.com"), text),
    label("payment-notification", "Mercado Pago (Uruguay) notice of money received; '$' on mercadopago.com.uy is the "
          "Uruguayan peso. The motivo names invoice A-0351.", amount="12200.00", currency="UYU",
          reference="A-0351"))

# --- 24 -------------------------------------------------------------------------------------
inv = Sent(ANDRES, "Rodrigo Salinas", "rodrigo.salinas.mx@outlook.com", when("MX", "2026-11-13 18:00"),
           "Factura A-1205 - tienda en línea Café Salinas", "", "24-inv")
rem = Sent(ANDRES, "Rodrigo Salinas", "rodrigo.salinas.mx@outlook.com", when("MX", "2026-12-14 09:00"),
           "Re: Factura A-1205 - tienda en línea Café Salinas",
           carta("reminder", ANDRES, "Buenos días, Rodrigo Salinas:", "A-1205", "9860.00", cur="MXN",
                 due=day("2026-12-13"), today=day("2026-12-14")), "24-rem")
own = """Qué tal Andrés.

Revisando la factura A-1205 veo que me estás cobrando 6 horas extra por los cambios del carrito. Esas horas nunca me las cotizaste ni te las aprobé; lo que acordamos por WhatsApp fue el paquete cerrado de $7,000 más IVA. No estoy de acuerdo con ese cobro.

Te pago con gusto lo acordado, pero necesito que canceles esta factura y me mandes una nueva con el monto correcto.

Saludos,
Rodrigo Salinas"""
add(reply(owner=ANDRES, frm=("Rodrigo Salinas", "rodrigo.salinas.mx@outlook.com"),
          date=when("MX", "2026-12-14 11:05:47"), subject="RE: Factura A-1205 - tienda en línea Café Salinas",
          own=own, quote=rem, style="outlook", fmt="alt", charset="utf-8", cte="quoted-printable",
          refs=chain(inv, rem), seed="24", mid_style="outlook-mx",
          sender_host="mail-dm6nam12olkn2043.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura A-1205 - tienda en línea Café Salinas", "24")),
    label("client-reply-dispute", "Contests six extra hours he never approved and asks for the CFDI to be cancelled "
          "and re-issued; '$7,000 más IVA' is what he says was agreed, not a sum paid or promised.",
          reference="A-1205"))

# --- 25 -------------------------------------------------------------------------------------
inv = Sent(ANDRES, "Kevin Ajú", "kevin@quetzaldigital.gt", when("MX", "2026-11-20 10:00"),
           "Factura A-1208 - integración pasarela de pagos", "", "25-inv")
rem = Sent(ANDRES, "Kevin Ajú", "kevin@quetzaldigital.gt", when("MX", "2026-12-21 09:00"),
           "Re: Factura A-1208 - integración pasarela de pagos",
           carta("due", ANDRES, "Estimados señores:", "A-1208", "1350.00", cur="USD", due=day("2026-12-20"),
                 today=day("2026-12-21")), "25-rem")
own = """Hola Andrés, ¿qué tal?

Recibido el recordatorio. Fijate que el banco de aquí nos está poniendo mil peros con las transferencias internacionales a México (que si el formulario, que si la comisión, que si tarda 5 días...). ¿Aceptás pago por PayPal o por Wise? Si me decís que sí, me pasás el correo de la cuenta y lo vemos con la jefa.

Saludos desde Guate,
Kevin Ajú
Quetzal Digital · 4a. Avenida 15-70, Zona 10, Ciudad de Guatemala"""
add(reply(owner=ANDRES, frm=("Kevin Ajú", "kevin@quetzaldigital.gt"), date=when("GT", "2026-12-21 15:22:03"),
          subject="Re: Factura A-1208 - integración pasarela de pagos", own=own, quote=rem, style="gmail",
          fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="25"),
    label("client-reply-other", "A question from Guatemala (voseo): can they pay by PayPal or Wise? No statement that "
          "it is paid, and no commitment to pay, only to 'see it with the boss'."))

# --- 26 -------------------------------------------------------------------------------------
rem = Sent(DIEGO, "Grupo Clínicas Arganda", "proveedores@clinicasarganda.es", when("ES", "2026-12-03 11:00"),
           "Re: Factura F/2026/0201 – fotografía corporativa", "", "26-rem")
text = """Estimado/a proveedor/a:

Hemos recibido su correo. Su consulta ha quedado registrada con el número de ticket 2026120310000418 y será atendida por el departamento de Cuentas a Pagar.

El plazo habitual de respuesta es de 5 días laborables. Para agilizar la gestión, no abra un nuevo ticket sobre el mismo asunto: responda a este correo manteniendo el número de ticket en el asunto.

Recuerde que el calendario de pagos a proveedores del Grupo es el día 25 de cada mes, para facturas conformadas antes del día 15.

Puede consultar el estado de sus facturas en el Portal de Proveedores: https://proveedores.clinicasarganda.es

Atentamente,
Cuentas a Pagar
Grupo Clínicas Arganda

*** Mensaje generado automáticamente. ***"""
add((machine(owner=DIEGO, frm=("Cuentas a Pagar - Grupo Clínicas Arganda", "proveedores@clinicasarganda.es"),
             date=when("ES", "2026-12-03 11:00:41"),
             subject="[Ticket#2026120310000418] Re: Factura F/2026/0201 – fotografía corporativa", seed="26",
             body=text_part(text, "plain", "utf-8", "quoted-printable"), sender_host="otrs.clinicasarganda.es",
             extra=[("In-Reply-To", rem.mid), ("References", rem.mid), ("Auto-Submitted", "auto-replied"),
                    ("Precedence", "bulk"), ("X-Loop", "proveedores@clinicasarganda.es"),
                    ("X-Mailer", "OTRS Mail Service (6.0.x)")]), text),
    label("auto-reply", "Helpdesk ticket acknowledgement. The '25 de cada mes' payment calendar is general policy, "
          "not a promise for this invoice, and there is no absence or return date."))

# --- 27 -------------------------------------------------------------------------------------
inv = Sent(RAFAEL, "Ramón Peña", "restaurantelayola@gmail.com", when("DO", "2026-11-02 10:00"),
           "Factura RM-2026-031 - video promocional La Yola", "", "27-inv")
rem = Sent(RAFAEL, "Ramón Peña", "restaurantelayola@gmail.com", when("DO", "2026-12-03 09:00"),
           "Re: Factura RM-2026-031 - video promocional La Yola",
           carta("reminder", RAFAEL, "Buenos días, Ramón Peña:", "RM-2026-031", "25000.00", cur="DOP",
                 due=day("2026-12-02"), today=day("2026-12-03")), "27-rem")
own = """Saludos Rafael,

Ya te deposité en el Popular los RD$25,000 de la factura RM-2026-031, el depósito lo hice esta mañana en la sucursal de la Churchill. Mañana te mando foto del volante, que lo dejé en la oficina.

Gracias por el video, a la gente le encantó, ya tiene como 40 mil views en Instagram.

Dios te bendiga,
Ramón Peña
Restaurante La Yola - Malecón, Santo Domingo"""
add(reply(owner=RAFAEL, frm=("Ramón Peña", "restaurantelayola@gmail.com"), date=when("DO", "2026-12-05 15:48:26"),
          subject="Re: Factura RM-2026-031 - video promocional La Yola", own=own, quote=rem, style="gmail",
          fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="27", tzname="AST"),
    label("client-reply-paid", "Cash deposit at Banco Popular this morning (Santo Domingo); RD$25,000 is Dominican "
          "pesos. The receipt photo will come later, but the payment is stated as done.",
          amount="25000.00", currency="DOP", reference="RM-2026-031"))

# --- 28 -------------------------------------------------------------------------------------
inv = Sent(RAFAEL, "Colegio Bilingüe Los Prados", "administracion@colegiolosprados.edu.do",
           when("DO", "2027-01-08 11:00"), "Factura RM-2027-004 - video institucional", "", "28-inv")
rem = Sent(RAFAEL, "Colegio Bilingüe Los Prados", "administracion@colegiolosprados.edu.do",
           when("DO", "2027-02-08 09:00"), "Re: Factura RM-2027-004 - video institucional",
           carta("due", RAFAEL, "Estimados señores:", "RM-2027-004", "38500.00", cur="DOP", due=day("2027-02-07"),
                 today=day("2027-02-08")), "28-rem")
own = """Buenas noches Rafael, excúsame que no te había respondido, estuvimos en la semana de inscripciones del segundo semestre y no he dado abasto.

Mañana a primera hora te hago la transferencia de lo del video institucional, ya tengo la aprobación de la directora.

Atentamente,

Lcda. Miguelina Tavárez
Administración
Colegio Bilingüe Los Prados
Calle Eugenio Deschamps 14, Los Prados, Santo Domingo
809-565-2231"""
add(reply(owner=RAFAEL, frm=("Miguelina Tavárez", "administracion@colegiolosprados.edu.do"),
          date=when("DO", "2027-02-08 19:30:12"), subject="RE: Factura RM-2027-004 - video institucional",
          own=own, quote=rem, style="outlook", fmt="alt", charset="utf-8", cte="quoted-printable",
          refs=chain(inv, rem), seed="28", mid_style="outlook-mx",
          sender_host="mail-mw2nam12on2110.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura RM-2027-004 - video institucional", "28")),
    label("client-reply-promise", "'Mañana a primera hora' written on Monday 8 February 2027 in Santo Domingo "
          "(-0400): Tuesday 9 February. No sum in her words.", promised_date="2027-02-09"))

# --- 29 -------------------------------------------------------------------------------------
text = """KUTXABANK

Estimado/a cliente:

Le confirmamos que se ha realizado la siguiente transferencia desde su cuenta ES17 **** **** **** **** 4567:

  Fecha:          15/01/2027
  Importe:        363,00 EUR
  Beneficiario:   GESTORIA ZABALA SL
  IBAN destino:   ES91 **** **** **** **** 2210
  Concepto:       CUOTA ASESORIA 4T 2026
  Comisión:       0,00 EUR

Si no reconoce esta operación, llame inmediatamente al 944 017 000.

Este es un mensaje automático; por favor, no responda a este correo.

Kutxabank, S.A. - Gran Vía, 30-32 - 48009 Bilbao - NIF A95653077"""
add((machine(owner=JON, frm=("Kutxabank", "avisos@comunicaciones.kutxabank.es"), date=when("ES", "2027-01-15 12:20:33"),
             subject="Kutxabank: confirmación de transferencia emitida", seed="29",
             body=text_part(text, "plain", "iso-8859-1", "quoted-printable"),
             extra=[("X-Mailer", "Kutxabank Notificaciones 3.2")]), text),
    label("other", "An outgoing transfer the freelancer made to his own gestoría: money left his account, so it is "
          "not a payment notification."))

# --- 30 -------------------------------------------------------------------------------------
inv = Sent(AYOZE, "CB Barrio Nuevo La Laguna", "secretaria@cbbarrionuevo.es", when("CAN", "2026-12-10 10:00"),
           "Factura AH-121 · redes sociales septiembre-diciembre", "", "30-inv")
rem = Sent(AYOZE, "CB Barrio Nuevo La Laguna", "secretaria@cbbarrionuevo.es", when("CAN", "2027-01-11 09:00"),
           "Re: Factura AH-121 · redes sociales septiembre-diciembre",
           carta("reminder", AYOZE, "Estimados señores:", "AH-121", "180.00", due=day("2027-01-09"),
                 today=day("2027-01-11")), "30-rem")
own = """Buenas tardes Ayoze, mi niño:

Esta factura AH-121 nos parece que está repetida. Es el mismo concepto que la AH-109 (gestión de Instagram y Facebook de septiembre a diciembre) y esa ya la pagamos en octubre, el tesorero tiene el justificante. Revísalo con calma porque creo que te has liado con las fechas.

Mientras tanto no la vamos a pagar, no vaya a ser que la paguemos dos veces.

Un saludo,
Cristo Rodríguez
Secretario · CB Barrio Nuevo La Laguna"""
add(reply(owner=AYOZE, frm=("Cristo Rodríguez", "secretaria@cbbarrionuevo.es"), date=when("CAN", "2027-01-11 18:05:44"),
          subject="Re: Factura AH-121 · redes sociales septiembre-diciembre", own=own, quote=rem, style="gmail",
          fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="30"),
    label("client-reply-dispute", "Says AH-121 duplicates AH-109 (already billed and paid in October) and withholds "
          "it; the 'ya la pagamos' is about the other invoice, not this one. Reference is the invoice being "
          "disputed.", reference="AH-121"))

# --- 31 -------------------------------------------------------------------------------------
inv = Sent(MARTA, "Inmobiliaria Lérez", "carmela@inmobiliarialerez.com", when("ES", "2026-12-01 16:20"),
           "Factura 2026-096 · rótulo y papelería", "", "31-inv")
rem = Sent(MARTA, "Inmobiliaria Lérez", "carmela@inmobiliarialerez.com", when("ES", "2026-12-14 09:00"),
           "Re: Factura 2026-096 · rótulo y papelería",
           carta("courtesy", MARTA, "Estimados señores:", "2026-096", "423.50", due=day("2026-12-16"),
                 issued=day("2026-12-01")), "31-rem")
own = """Buenos días Marta,

Una duda antes de pasarla a pago: en la factura 2026-096 pone "diseño de rótulo y papelería". ¿Las tarjetas de visita de los tres comerciales están incluidas ahí o nos las vas a facturar aparte? Es para saber si tengo que reservar otra partida este mes.

Gracias,
Carmela Souto
Inmobiliaria Lérez
Avda. de Vigo, 15 · 36003 Pontevedra
"""
add(reply(owner=MARTA, frm=("Carmela Souto", "carmela@inmobiliarialerez.com"), date=when("ES", "2026-12-14 10:20:51"),
          subject="Re: Factura 2026-096 · rótulo y papelería", own=own, quote=rem, style="thunderbird", fmt="plain",
          charset="UTF-8", cte="8bit", refs=chain(inv, rem), seed="31", mid_domain="inmobiliarialerez.com",
          sender_host="smtp.inmobiliarialerez.com",
          extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "es-ES")]),
    label("client-reply-other", "A question about what the invoice covers (are the business cards included?). "
          "'Antes de pasarla a pago' states no commitment or day, so it is not a promise."))

# --- 32 -------------------------------------------------------------------------------------
inv = Sent(DIEGO, "Pilar Navas", "pilarnavas76@gmail.com", when("ES", "2026-12-09 20:00"),
           "Factura F/2026/0207 – sesión de fotos familiar", "", "32-inv")
rem = Sent(DIEGO, "Pilar Navas", "pilarnavas76@gmail.com", when("ES", "2026-12-16 09:00"),
           "Re: Factura F/2026/0207 – sesión de fotos familiar",
           carta("due", DIEGO, "Buenos días, Pilar Navas:", "F/2026/0207", "120.00", due=day("2026-12-16"),
                 today=day("2026-12-16")), "32-rem")
own = """Hecho por Bizum!! Te paso captura 📸 los 120 de la sesión. Gracias por las fotos, a mi madre le han encantado 😍

Enviado desde mi iPhone"""
add(reply(owner=DIEGO, frm=("Pilar Navas", "pilarnavas76@gmail.com"), date=when("ES", "2026-12-16 21:47:02"),
          subject="Re: Factura F/2026/0207 – sesión de fotos familiar", own=own, quote=rem, style="iphone",
          fmt="alt", charset="utf-8", cte="quoted-printable", refs=chain(inv, rem), seed="32",
          attach=[("IMG_4471.PNG", "image/png", PNG_1PX)], extra=[("X-Mailer", "iPhone Mail (22C152)")]),
    label("client-reply-paid", "Paid by Bizum with a screenshot attached; 'los 120' are euros (Madrid, invoice in "
          "EUR).", amount="120.00", currency="EUR"))

# --- 33 -------------------------------------------------------------------------------------
text = """Hola, Núria:

Has recibido una transferencia en tu Cuenta NARANJA terminada en 2345.

Importe: 968,00 €
Ordenante: ESCOLA DE CUINA GRÀCIA SL
Concepto: Factura 2026/61
Fecha de abono: 17/12/2026

Puedes ver todos tus movimientos en la app de ING o en ing.es.

Gracias por confiar en nosotros.
ING

ING Bank NV, Sucursal en España. C/ Vía de los Poblados, 1 - 28033 Madrid. Este correo se ha enviado de forma automática; no lo respondas."""
htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
       "<body style=\"font-family:'ING Me',Arial,sans-serif;color:#333\"><table width=\"600\" align=\"center\">"
       "<tr><td style=\"border-bottom:4px solid #ff6200;padding:16px 0\"><b style=\"color:#ff6200;font-size:22px\">ING"
       "</b></td></tr><tr><td style=\"padding:20px 0\"><p>Hola, Núria:</p><p>Has recibido una transferencia en tu "
       "Cuenta NARANJA terminada en 2345.</p><p><b>Importe:</b> 968,00 €<br><b>Ordenante:</b> ESCOLA DE CUINA "
       "GRÀCIA SL<br><b>Concepto:</b> Factura 2026/61<br><b>Fecha de abono:</b> 17/12/2026</p><p>Puedes ver todos "
       "tus movimientos en la app de ING o en ing.es.</p><p>Gracias por confiar en nosotros.<br>ING</p></td></tr>"
       "<tr><td style=\"font-size:11px;color:#999\">ING Bank NV, Sucursal en España. C/ Vía de los Poblados, 1 - 28033 "
       "Madrid. Este correo se ha enviado de forma automática; no lo respondas.</td></tr></table></body></html>")
add((machine(owner=NURIA, frm=("ING", "notificaciones@ing.es"), date=when("ES", "2026-12-17 09:12:40"),
             subject="Has recibido una transferencia", seed="33",
             body=multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                            text_part(htm, "html", "utf-8", "quoted-printable")], "33"),
             sender_host="mail8.ing.es"), text),
    label("payment-notification", "ING notice of an incoming transfer with the invoice number in the concepto.",
          amount="968.00", currency="EUR", reference="2026/61"))

# --- 34 -------------------------------------------------------------------------------------
inv = Sent(NURIA, "Celler Can Rovira", "celler@canrovira.cat", when("ES", "2026-10-30 12:00"),
           "Factura 2026/59 - auditoria SEO botiga online", "", "34-inv")
rem = Sent(NURIA, "Celler Can Rovira", "celler@canrovira.cat", when("ES", "2026-12-02 09:00"),
           "Re: Factura 2026/59 - auditoria SEO botiga online",
           carta("reminder", NURIA, "Estimados señores:", "2026/59", "1210.00", due=day("2026-11-29"),
                 today=day("2026-12-02")), "34-rem")
own = """Hola Núria,

Ho sento molt! Con la campaña del cava de Navidad estamos a tope y se nos ha pasado. Te lo pagamos el jueves 10, que es cuando hacemos las transferencias a proveedores: 1.210,00 €, la factura 2026/59 entera.

Una abraçada,
Jordi Rovira
Celler Can Rovira · Sant Sadurní d'Anoia"""
add(reply(owner=NURIA, frm=("Jordi Rovira", "celler@canrovira.cat"), date=when("ES", "2026-12-02 17:36:29"),
          subject="Re: Factura 2026/59 - auditoria SEO botiga online", own=own, quote=rem, style="apple", fmt="alt",
          charset="utf-8", cte="quoted-printable", refs=chain(inv, rem), seed="34", mid_domain="canrovira.cat",
          sender_host="smtp.canrovira.cat", extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]),
    label("client-reply-promise", "'El jueves 10' written on Wednesday 2 December 2026: Thursday 10 December, the "
          "supplier payment day; 1.210,00 € and the number are in his words.", promised_date="2026-12-10",
          amount="1210.00", currency="EUR", reference="2026/59"))

# --- 35 -------------------------------------------------------------------------------------
rem = Sent(JON, "Ferrería Goikoa", "administracion@ferreriagoikoa.eus", when("ES", "2027-01-19 09:00:04"),
           "Re: Factura JE-2026/049 - catálogo online",
           carta("reminder", JON, "Estimados señores:", "JE-2026/049", "1573.00", due=day("2027-01-15"),
                 today=day("2027-01-19")), "35-rem")
d35 = when("ES", "2027-01-19 13:05:27")
text = """La entrega se está retrasando a estos destinatarios o grupos:

administracion@ferreriagoikoa.eus (administracion@ferreriagoikoa.eus)<mailto:administracion@ferreriagoikoa.eus>

Asunto: Re: Factura JE-2026/049 - catálogo online

Este mensaje todavía no se ha entregado. Seguiremos intentando entregar el mensaje.

El servidor seguirá intentando entregarlo durante 1 día más. Si el mensaje no se ha entregado después de ese tiempo, recibirá una notificación de no entrega.

No es necesario que haga nada: esto es solo un aviso.

Información de diagnóstico para administradores:

Servidor de generación: PA4P190MB1234.EURP190.PROD.OUTLOOK.COM
Recibido de: mail.etxeberria.eus

administracion@ferreriagoikoa.eus
Remote Server at mail.ferreriagoikoa.eus (185.42.105.17) returned '400 4.4.7 Message delayed'
19/01/2027 12:05:27 - Remote Server at mail.ferreriagoikoa.eus (185.42.105.17) returned '451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 185.42.105.17:25'
"""
status = f"""Reporting-MTA: dns;PA4P190MB1234.EURP190.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.etxeberria.eus
Arrival-Date: {rfcdate(rem.date)}

Final-Recipient: rfc822;administracion@ferreriagoikoa.eus
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;400 4.4.7 Message delayed
Remote-MTA: dns;mail.ferreriagoikoa.eus
Will-Retry-Until: {rfcdate(rem.date + dt.timedelta(days=1))}
X-Display-Name: administracion@ferreriagoikoa.eus"""
body = multipart("report", [
    multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                              text_part("<html><body><p>" + esc_lines(text) + "</p></body></html>\n", "html",
                                        "utf-8", "quoted-printable")], "35a"),
    dsn_part(status), rfc822_part(sent_bytes(rem).split(b"\n\n")[0] + b"\n", "text/rfc822-headers")],
    "35", params="; report-type=delivery-status")
add((machine(owner=JON, frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@etxeberria.eus"),
             date=d35, subject="Retrasado: Re: Factura JE-2026/049 - catálogo online", seed="35", body=body,
             sender_host="mail-pa4eur02on2061.outbound.protection.outlook.com", mid_domain="etxeberria.eus",
             extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                    ("Content-Language", "es-ES"), ("In-Reply-To", rem.mid), ("References", rem.mid)]), text),
    label("bounce", "Microsoft 365 delay notice in Spanish ('Retrasado', Action: delayed, 4.4.7): still being "
          "retried, so temporary.", failed_recipient="administracion@ferreriagoikoa.eus", permanent=False))

# --- 36 -------------------------------------------------------------------------------------
rem = Sent(NURIA, "Assessoria Puigdollers", "marc@puigdollers.cat", when("ES", "2026-12-28 09:00"),
           "Re: Factura 2026/64 - posicionament web", "", "36-rem")
text = """Hola,

Estoy de vacaciones hasta después de Reyes y vuelvo el lunes 11 de enero. Durante estos días no consultaré el correo.

Para temas urgentes podéis llamar a la oficina (93 415 22 68) o escribir a info@puigdollers.cat.

Bones festes!
Marc Puigdollers
Assessoria Puigdollers · Travessera de Gràcia, 212 · Barcelona"""
htm = OUTLOOK_HEAD.format(cs="utf-8") + own_html_divs(text, "outlook") + "\n</div>\n</body>\n</html>\n"
add((machine(owner=NURIA, frm=("Marc Puigdollers", "marc@puigdollers.cat"), date=when("ES", "2026-12-28 09:00:10"),
             subject="Respuesta automática: Re: Factura 2026/64 - posicionament web", seed="36",
             body=multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                            text_part(htm, "html", "utf-8", "quoted-printable")], "36"),
             sender_host="mail-db3eur04on2119.outbound.protection.outlook.com",
             extra=[("In-Reply-To", rem.mid), ("References", rem.mid), ("Auto-Submitted", "auto-generated"),
                    ("X-Auto-Response-Suppress", "All"), ("Content-Language", "es-ES")]), text),
    label("auto-reply", "Out of office 'hasta después de Reyes y vuelvo el lunes 11 de enero': the only day named "
          "is Monday 11 January 2027.", return_date="2027-01-11"))

# --- 37 -------------------------------------------------------------------------------------
inv = Sent(LAURA, "Academia de Baile Lola Vargas", "academialolavargas@gmail.com", when("ES", "2026-11-12 12:30"),
           "Factura LS-26-119 – traducción contrato de alquiler", "", "37-inv")
rem = Sent(LAURA, "Academia de Baile Lola Vargas", "academialolavargas@gmail.com", when("ES", "2026-12-14 09:00"),
           "Re: Factura LS-26-119 – traducción contrato de alquiler",
           carta("due", LAURA, "Estimados señores:", "LS-26-119", "242.00", due=day("2026-12-12"),
                 today=day("2026-12-14")), "37-rem")
own = """Estimada Sra. Sánchez:

En nombre de nuestra clienta, Academia de Baile Lola Vargas, le comunicamos que con fecha 14/12/2026 se ha procedido al pago de su factura n.º LS-26-119, por importe de 242,00 €, mediante transferencia bancaria a la cuenta indicada en la misma.

Rogamos que, en lo sucesivo, remita las facturas de esta clienta con copia a esta asesoría, que es la encargada de su tramitación.

Sin otro particular, reciba un cordial saludo.

José Manuel Ortega Bernal
Asesoría Ortega & Bernal
Plaza de San Juan de Dios, 7 - 11005 Cádiz
Tel. 956 22 48 10

""" + LOPD
add(reply(owner=LAURA, frm=("Asesoría Ortega & Bernal", "jmortega@ortegabernal.es"),
          date=when("ES", "2026-12-15 10:02:18"), subject="RE: Factura LS-26-119 – traducción contrato de alquiler",
          own=own, quote=rem, style="outlook-desktop", fmt="alt", charset="windows-1252", cte="quoted-printable",
          refs=chain(inv, rem), seed="37", mid_style="outlook", cc="academialolavargas@gmail.com",
          sender_host="mail-he1eur01on2057.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura LS-26-119 – traducción contrato de alquiler", "37") + [
              ("X-Mailer", "Microsoft Outlook 16.0")]),
    label("client-reply-paid", "The client's advisory firm writes for her: the invoice was paid by transfer on "
          "14/12/2026, with number and amount in its own words.", amount="242.00", currency="EUR",
          reference="LS-26-119"))

# --- 38 -------------------------------------------------------------------------------------
inv = Sent(GABRIELA, "Rosas del Cayambe", "gerencia@rosasdelcayambe.com.ec", when("EC", "2026-11-16 10:00"),
           "Factura 001-002-000000466 - identidad corporativa (saldo)", "", "38-inv")
rem = Sent(GABRIELA, "Rosas del Cayambe", "gerencia@rosasdelcayambe.com.ec", when("EC", "2026-12-17 09:00"),
           "Re: Factura 001-002-000000466 - identidad corporativa (saldo)",
           carta("reminder", GABRIELA, "Estimados señores:", "001-002-000000466", "750.00", cur="USD",
                 due=day("2026-12-16"), today=day("2026-12-17")), "38-rem")
own = """Estimada Gabriela:

Le escribo por el saldo de la factura 001-002-000000466. Como le comentamos en la última reunión, la propuesta final del logo no es lo que pedimos: queríamos que se vieran la flor y el volcán, y en la versión que nos entregó el Cayambe casi no se distingue. Además, las aplicaciones para las cajas de exportación todavía no han llegado.

Hasta que no se hagan esos cambios no vamos a cancelar el saldo. El anticipo ya se lo pagamos en noviembre, como quedamos.

Atentamente,

Ing. Patricio Andrade
Gerente General
Rosas del Cayambe Cía. Ltda.
Cayambe, Pichincha - Ecuador"""
add(reply(owner=GABRIELA, frm=("Patricio Andrade", "gerencia@rosasdelcayambe.com.ec"),
          date=when("EC", "2026-12-18 11:30:40"),
          subject="RE: Factura 001-002-000000466 - identidad corporativa (saldo)", own=own, quote=rem,
          style="outlook", fmt="alt", charset="utf-8", cte="quoted-printable", refs=chain(inv, rem), seed="38",
          mid_style="outlook-mx", sender_host="mail-co1nam11on2100.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura 001-002-000000466 - identidad corporativa (saldo)", "38")),
    label("client-reply-dispute", "Withholds the balance until the logo is changed. In Ecuador 'cancelar el saldo' "
          "means to pay it; the advance 'ya se lo pagamos' is an earlier payment, not this invoice's balance.",
          reference="001-002-000000466"))

# --- 39 -------------------------------------------------------------------------------------
inv = Sent(DIEGO, "Antonio Gil", "antoniogil1951@telefonica.net", when("ES", "2026-12-02 19:00"),
           "Factura F/2026/0210 – reportaje bodas de oro", "", "39-inv")
rem = Sent(DIEGO, "Antonio Gil", "antoniogil1951@telefonica.net", when("ES", "2026-12-21 09:00"),
           "Re: Factura F/2026/0210 – reportaje bodas de oro",
           carta("reminder", DIEGO, "Buenos días, Antonio Gil:", "F/2026/0210", "250.00", due=day("2026-12-17"),
                 today=day("2026-12-21")), "39-rem")
own = """Hola Diego, soy Marisa, la hija de Antonio Gil. Te escribo desde el correo de mi padre porque él no se apaña mucho con el ordenador.

Me dice que no le abre el archivo de la factura de las bodas de oro, que le sale un mensaje raro en la tablet. ¿Me la podrías mandar a mí en PDF a mi correo, marisa.gil.83@gmail.com? Yo lo miro con él.

Muchas gracias y feliz Navidad,
Marisa"""
add(reply(owner=DIEGO, frm=("ANTONIO GIL", "antoniogil1951@telefonica.net"), date=when("ES", "2026-12-21 17:40:09"),
          subject="Re: Factura F/2026/0210 – reportaje bodas de oro", own=own, quote=rem, style="thunderbird",
          fmt="plain", charset="iso-8859-15", cte="8bit", refs=chain(inv, rem), seed="39",
          mid_domain="telefonica.net", sender_host="smtp.telefonica.net",
          extra=[("User-Agent", "Movistar Webmail")]),
    label("client-reply-other", "The client's daughter, writing from his account, asks for the invoice again as a "
          "PDF because it will not open; 'yo lo miro con él' is no promise to pay."))

# --- 40 -------------------------------------------------------------------------------------
inv = Sent(SOFIA, "Instituto de Idiomas Pocitos", "administracion@idiomaspocitos.edu.uy",
           when("UY", "2026-10-20 11:00"), "Factura A-0346 - campaña de inscripciones 2027", "", "40-inv")
rem = Sent(SOFIA, "Instituto de Idiomas Pocitos", "administracion@idiomaspocitos.edu.uy",
           when("UY", "2026-11-24 10:00"), "Re: Factura A-0346 - campaña de inscripciones 2027",
           carta("reminder", SOFIA, "Estimados señores:", "A-0346", "15600.00", cur="UYU", due=day("2026-11-19"),
                 today=day("2026-11-24")), "40-rem")
own = """Buen día Sofía,

Gracias por el recordatorio. Te cuento que las cuotas de noviembre las cobramos recién a fin de mes, así que la factura A-0346 la vamos a estar pagando la primera semana de diciembre. Disculpá la demora.

Saludos cordiales,
Graciela Méndez
Dirección administrativa
Instituto de Idiomas Pocitos
Av. Brasil 2580, Montevideo"""
add(reply(owner=SOFIA, frm=("Graciela Méndez", "administracion@idiomaspocitos.edu.uy"),
          date=when("UY", "2026-11-25 10:15:36"), subject="Re: Factura A-0346 - campaña de inscripciones 2027",
          own=own, quote=rem, style="gmail", fmt="alt", charset="UTF-8", cte="quoted-printable",
          refs=chain(inv, rem), seed="40", tzname="UYT"),
    label("client-reply-promise", "Will pay 'la primera semana de diciembre': a promise, but a week states no day, so "
          "no promised_date. 'A fin de mes' is when they collect fees, not when they pay.", reference="A-0346"))

# --- 41 -------------------------------------------------------------------------------------
text = """Banco Pichincha

Estimado(a) GABRIELA ORTIZ CEVALLOS:

Te informamos que recibiste una transferencia interbancaria en tu cuenta.

Fecha y hora: 07/01/2027 10:41
Monto: USD 850,00
Cuenta acreditada: Cuenta Corriente ******8796
Ordenante: IMPORTADORA ANDINA CIA. LTDA.
Institución financiera de origen: PRODUBANCO
Concepto: FACT 001-002-000000461
Número de comprobante: 204417783

Si no reconoces esta transacción comunícate con nuestro Call Center al (02) 299 9999.

Banco Pichincha nunca te solicitará tus claves o datos personales por correo electrónico.
Por favor no respondas a este correo, ha sido generado automáticamente."""
htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
       "<table width=\"600\" align=\"center\" style=\"font-family:Arial,sans-serif;font-size:14px;color:#0f265c\">"
       "<tr><td style=\"background:#ffdd00;padding:14px;font-weight:bold;font-size:20px\">Banco Pichincha</td></tr>"
       "<tr><td style=\"padding:18px\"><p>Estimado(a) <b>GABRIELA ORTIZ CEVALLOS</b>:</p>"
       "<p>Te informamos que recibiste una transferencia interbancaria en tu cuenta.</p><table cellpadding=\"4\">"
       "<tr><td>Fecha y hora:</td><td>07/01/2027 10:41</td></tr><tr><td>Monto:</td><td><b>USD 850,00</b></td></tr>"
       "<tr><td>Cuenta acreditada:</td><td>Cuenta Corriente ******8796</td></tr>"
       "<tr><td>Ordenante:</td><td>IMPORTADORA ANDINA CIA. LTDA.</td></tr>"
       "<tr><td>Institución financiera de origen:</td><td>PRODUBANCO</td></tr>"
       "<tr><td>Concepto:</td><td>FACT 001-002-000000461</td></tr>"
       "<tr><td>Número de comprobante:</td><td>204417783</td></tr></table>"
       "<p>Si no reconoces esta transacción comunícate con nuestro Call Center al (02) 299 9999.</p>"
       "<p style=\"font-size:11px;color:#666\">Banco Pichincha nunca te solicitará tus claves o datos personales por "
       "correo electrónico.<br>Por favor no respondas a este correo, ha sido generado automáticamente.</p>"
       "</td></tr></table></body></html>")
add((machine(owner=GABRIELA, frm=("Banco Pichincha", "notificaciones@pichincha.com"),
             date=when("EC", "2027-01-07 10:41:55"), subject="Notificación de transferencia recibida", seed="41",
             body=multipart("alternative", [text_part(text, "plain", "UTF-8", "quoted-printable"),
                                            text_part(htm, "html", "UTF-8", "base64")], "41"),
             sender_host="mailer2.pichincha.com"), text),
    label("payment-notification", "Banco Pichincha (Ecuador) notice of an incoming interbank transfer in USD; the "
          "concepto names the SRI invoice number.", amount="850.00", currency="USD",
          reference="001-002-000000461"))

# --- 42 -------------------------------------------------------------------------------------
rem = Sent(DIEGO, "Costa Sol Prestige Homes", "administracion@costasolprestige.es", when("ES", "2027-01-26 09:00"),
           "Resumen de facturas pendientes: n.º F/2026/0205, F/2026/0211",
           carta("statement", DIEGO, "Estimados señores:", None, today=day("2027-01-26"), deadline=day("2027-02-03"),
                 items=[("F/2026/0205", day("2026-11-27"), day("2026-12-27"), "450.00"),
                        ("F/2026/0211", day("2026-12-11"), day("2027-01-10"), "380.00")]), "42-rem")
own = """Hola Diego,

Te confirmo que la factura F/2026/0205 (450 €) esta pagado el viernes pasado, tu deberías tenerlo en la cuenta ya. La otra, F/2026/0211 de 380 € para las fotos de la chalet en Nueva Andalucía, nosotros pagamos el 5 de febrero con la remesa de proveedores, este mes estamos un poco justo.

Perdón por el lío y gracias por paciencia.

Saludos,
Henrik Lindqvist
Managing Director
Costa Sol Prestige Homes
Av. Ricardo Soriano, 19 · 29601 Marbella"""
add(reply(owner=DIEGO, frm=("Henrik Lindqvist", "henrik@costasolprestige.es"),
          date=when("ES", "2027-01-27 12:10:14"),
          subject="Re: Resumen de facturas pendientes: n.º F/2026/0205, F/2026/0211", own=own, quote=rem,
          style="gmail", fmt="alt", charset="UTF-8", cte="quoted-printable", refs=[rem.mid], seed="42"),
    label("client-reply-promise", "One invoice paid, the other (380 €) promised for 5 February 2027: a paid part with "
          "the rest promised on a day is a promise for that day. Amount is the promised 380; no reference because "
          "two invoices are discussed. Written by a non-native speaker (the Swedish owner).", promised_date="2027-02-05", amount="380.00", currency="EUR"))

# --- 43 -------------------------------------------------------------------------------------
inv = Sent(JON, "Bilboko Ahotsak Abesbatza", "idazkaritza@bilbokoahotsak.eus", when("ES", "2027-01-04 10:00"),
           "Factura JE-2027/002 - mantenimiento anual web 2027", "", "43-inv")
rem = Sent(JON, "Bilboko Ahotsak Abesbatza", "idazkaritza@bilbokoahotsak.eus", when("ES", "2027-01-25 09:00"),
           "Re: Factura JE-2027/002 - mantenimiento anual web 2027",
           carta("courtesy", JON, "Estimados señores:", "JE-2027/002", "217.80", due=day("2027-02-03"),
                 issued=day("2027-01-04")), "43-rem")
own = """Kaixo Jon,

Hemos recibido la factura JE-2027/002 por el mantenimiento anual de la web, pero en septiembre te escribimos para darlo de baja, porque ahora la web la lleva un socio del coro de forma voluntaria. Te copio abajo lo que te mandamos:

"Kaixo Jon, te escribimos de parte de la junta para avisarte de que a partir de 2027 no vamos a renovar el mantenimiento de la web. Muchas gracias por todos estos años. Amaia" (14/09/2026)

Así que esta factura no nos corresponde. Te pedimos que la anules con una factura rectificativa (abono) para que la tesorera pueda cerrar las cuentas del año.

Mila esker,
Amaia Bilbao
Idazkaria / Secretaria
Bilboko Ahotsak Abesbatza"""
add(reply(owner=JON, frm=("Amaia Bilbao", "idazkaritza@bilbokoahotsak.eus"), date=when("ES", "2027-01-25 19:40:02"),
          subject="Re: Factura JE-2027/002 - mantenimiento anual web 2027", own=own, quote=rem, style="gmail",
          fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="43"),
    label("client-reply-dispute", "The service was cancelled in September; the choir refuses the invoice and asks "
          "for a credit note (abono).", reference="JE-2027/002"))

# --- 44 -------------------------------------------------------------------------------------
htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:14px">
<div style="background:#7a1315;color:#fff;padding:10px 16px"><b>Agencia Tributaria</b> · Sede electrónica</div>
<p>Estimado contribuyente,</p>
<p>Tras el cálculo anual de su actividad fiscal, hemos determinado que tiene derecho a recibir un <b>reembolso de 386,40 €</b>.</p>
<p>Para recibir el reembolso debe confirmar sus datos bancarios antes de 48 horas en el siguiente enlace:</p>
<p><a href="http://aeat-reembolso-es.info/confirmar?id=55812">Acceder al formulario de reembolso</a></p>
<p>Si no completa el formulario, el reembolso quedará anulado.</p>
<p>Atentamente,<br>Departamento de Gestión Tributaria<br>Agencia Estatal de Administración Tributaria</p>
<p style="font-size:10px;color:#888">Referencia: AEAT/2027/REF-99281</p>
</body></html>
"""
text = ("Estimado contribuyente,\nTras el cálculo anual de su actividad fiscal, hemos determinado que tiene derecho "
        "a recibir un <b>reembolso de 386,40 €</b>.")
add((machine(owner=DIEGO, frm=("Agencia Tributaria", "notificaciones@agenciatributaria-reembolso.com"),
             date=when("ES", "2027-01-20 03:14:51"), subject="Notificación: reembolso pendiente de cobro", seed="44",
             body=text_part(htm, "html", "utf-8", "base64"), sender_host="vps-41d2a0c1.vps.ovh.net",
             to="undisclosed-recipients:;"), text),
    label("other", "Phishing imitating the tax agency (lookalike domain, link to a form): no invoice, no payment "
          "received; the 386,40 € 'reembolso' is bait."))

# --- 45 -------------------------------------------------------------------------------------
inv = Sent(ANDRES, "Asociación Tejiendo Futuro", "administracion@tejiendofuturo.org.gt", when("MX", "2026-12-07 12:00"),
           "Factura A-1210 - plataforma de donaciones", "", "45-inv")
rem = Sent(ANDRES, "Asociación Tejiendo Futuro", "administracion@tejiendofuturo.org.gt", when("MX", "2027-01-15 09:00"),
           "Re: Factura A-1210 - plataforma de donaciones",
           carta("reminder", ANDRES, "Estimados señores:", "A-1210", "1200.00", cur="USD", due=day("2027-01-06"),
                 today=day("2027-01-15")), "45-rem")
own = """Buenos días Andrés,

Disculpá la tardanza, en diciembre cerramos la oficina por las fiestas y recién estamos retomando. Ya hablé con la contadora: la factura A-1210 te la pagamos el viernes 22 por transferencia internacional, los USD 1,200.00 completos. Te mando el comprobante apenas salga.

Un abrazo,
Lucía Xicará
Coordinadora administrativa
Asociación Tejiendo Futuro
5a. Calle Poniente 12, Antigua Guatemala"""
add(reply(owner=ANDRES, frm=("Lucía Xicará", "administracion@tejiendofuturo.org.gt"),
          date=when("GT", "2027-01-18 10:45:20"), subject="Re: Factura A-1210 - plataforma de donaciones", own=own,
          quote=rem, style="gmail", fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem),
          seed="45"),
    label("client-reply-promise", "'El viernes 22' written on Monday 18 January 2027 in Guatemala: Friday 22 January; "
          "'USD 1,200.00' with a comma for thousands.", promised_date="2027-01-22", amount="1200.00",
          currency="USD", reference="A-1210"))

# --- 46 -------------------------------------------------------------------------------------
inv = Sent(NURIA, "Escola de Cuina Gràcia", "pau@escoladecuinagracia.cat", when("ES", "2027-01-05 11:00"),
           "Factura 2027/03 - SEO local gener", "", "46-inv")
rem = Sent(NURIA, "Escola de Cuina Gràcia", "pau@escoladecuinagracia.cat", when("ES", "2027-01-12 09:00"),
           "Re: Factura 2027/03 - SEO local gener",
           carta("due", NURIA, "Estimados señores:", "2027/03", "363.00", due=day("2027-01-12"),
                 today=day("2027-01-12")), "46-rem")
own = """Hola Núria,

Yo no llevo los pagos, te pongo en copia a Administración (Sílvia), que es quien se encarga de esto. Sílvia, ¿lo puedes mirar tú?

Gràcies!
Pau Ferrer
Cap de cuina · Escola de Cuina Gràcia"""
add(reply(owner=NURIA, frm=("Pau Ferrer", "pau@escoladecuinagracia.cat"), date=when("ES", "2027-01-13 12:00:48"),
          subject="Re: Factura 2027/03 - SEO local gener", own=own, quote=rem, style="gmail", fmt="alt",
          charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="46",
          cc=addr("Sílvia Roca", "administracio@escoladecuinagracia.cat")),
    label("client-reply-other", "Passes the reminder to the school's administration (in Cc); no payment and no "
          "commitment."))

# --- 47 -------------------------------------------------------------------------------------
inv = Sent(AYOZE, "Yurena Santana", "yurenasantana.tartas@gmail.com", when("CAN", "2027-01-08 12:00"),
           "Factura AH-124 · logo y perfil de Instagram", "", "47-inv")
rem = Sent(AYOZE, "Yurena Santana", "yurenasantana.tartas@gmail.com", when("CAN", "2027-01-22 09:00"),
           "Re: Factura AH-124 · logo y perfil de Instagram",
           carta("due", AYOZE, "Buenos días, Yurena Santana:", "AH-124", "75.00", due=day("2027-01-22"),
                 today=day("2027-01-22")), "47-rem")
own = """Ayoze mi niño ya te hice el bizum esta mañana, 75 euros, mira a ver si te llegó porque me salió un mensaje raro al final 🤔 si no te llegó me dices y lo repito

besitos
Yurena"""
add(reply(owner=AYOZE, frm=("Yurena Santana", "yurenasantana.tartas@gmail.com"), date=when("CAN", "2027-01-22 20:14:36"),
          subject="Re: Factura AH-124 · logo y perfil de Instagram", own=own, quote=rem, style="gmail-mobile",
          fmt="alt", charset="UTF-8", cte="base64", refs=chain(inv, rem), seed="47", tzname="WET"),
    label("client-reply-paid", "Says the Bizum was sent this morning (75 euros); her doubt whether it arrived and the "
          "offer to repeat it do not undo the paid claim.", amount="75.00", currency="EUR"))

# --- 48 -------------------------------------------------------------------------------------
rem = Sent(SOFIA, "Estudio Rivera", "martina@estudiorivera.com.uy", when("UY", "2027-01-12 10:00"),
           "Re: Factura A-0356 - plan de comunicación 2027", "", "48-rem")
text = """Hola, ¿cómo estás?

Estoy de licencia hasta el 2 de febrero inclusive, con acceso muy limitado al correo.

Por temas de facturación y pagos escribí a pagos@estudiorivera.com.uy y te responden enseguida.

¡Gracias!
Martina Rivera"""
add((machine(owner=SOFIA, frm=("Martina Rivera", "martina@estudiorivera.com.uy"), date=when("UY", "2027-01-12 10:00:07"),
             subject="Licencia", seed="48",
             body=multipart("alternative", [text_part(text, "plain", "UTF-8", "quoted-printable"),
                                            text_part('<div dir="ltr">' + own_html_divs(text, "gmail") + "</div>\n",
                                                      "html", "UTF-8", "quoted-printable")], "48"),
             sender_host="mail-sor-f41.google.com", mid_domain="mail.gmail.com",
             extra=[("In-Reply-To", rem.mid), ("References", rem.mid), ("Auto-Submitted", "auto-replied")]), text),
    label("auto-reply", "Gmail vacation responder from Uruguay ('licencia' = leave): 'hasta el 2 de febrero "
          "inclusive', the day named. The subject is only 'Licencia'.", return_date="2027-02-02"))

# --- 49 -------------------------------------------------------------------------------------
rem = Sent(MARTA, "Conservas Rianxo", "pedidos@conservasrianxo.com", when("ES", "2027-01-26 09:00:02"),
           "Re: Factura 2027-004 · etiquetas latas temporada",
           carta("due", MARTA, "Estimados señores:", "2027-004", "665.50", due=day("2027-01-26"),
                 today=day("2027-01-26")), "49-rem")
d49 = when("ES", "2027-01-26 09:00:09")
text = """Este es el sistema de correo de mail.raiolanetworks.es.

Lamentamos informarle de que su mensaje no ha podido entregarse a uno o
más destinatarios. Se adjunta a continuación.

Para más ayuda, escriba a <postmaster@raiolanetworks.es>. Si lo hace,
incluya este informe. Puede borrar su propio texto del mensaje devuelto.

                   El sistema de correo

<pedidos@conservasrianxo.com>: host mx.conservasrianxo.com[91.142.210.8] said:
    552 5.2.2 <pedidos@conservasrianxo.com>: Mailbox full / buzón lleno (in
    reply to RCPT TO command)
"""
status = f"""Reporting-MTA: dns; mail.raiolanetworks.es
X-Postfix-Queue-ID: 4Lk7Zq1vN2z9sTP
X-Postfix-Sender: rfc822; marta@martaiglesias.gal
Arrival-Date: {rfcdate(rem.date)}

Final-Recipient: rfc822; pedidos@conservasrianxo.com
Original-Recipient: rfc822;pedidos@conservasrianxo.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.conservasrianxo.com
Diagnostic-Code: smtp; 552 5.2.2 <pedidos@conservasrianxo.com>: Mailbox full / buzón lleno"""
status = status.replace("buzón", "buzon")
body = multipart("report", [
    Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=utf-8"),
          ("Content-Transfer-Encoding", "8bit")], text.encode("utf-8")),
    dsn_part(status), rfc822_part(sent_bytes(rem))], "49", params="; report-type=delivery-status")
add((machine(owner=MARTA, frm=("Sistema de correo", "MAILER-DAEMON@mail.raiolanetworks.es"), date=d49,
             subject="Mensaje no entregado: devuelto al remitente", seed="49", body=body,
             sender_host="mail.raiolanetworks.es", mid_domain="mail.raiolanetworks.es",
             extra=[("Auto-Submitted", "auto-replied")]), text),
    label("bounce", "Postfix bounce with a Spanish template from the freelancer's hosting: 552 5.2.2 mailbox full. "
          "A full mailbox can clear, but the status is 5.x.x, so permanent.",
          failed_recipient="pedidos@conservasrianxo.com", permanent=True))

# --- 50 -------------------------------------------------------------------------------------
inv = Sent(ANDRES, "Clínica San Francisco Puebla", "cxp@clinicasanfranciscopue.mx", when("MX", "2026-12-28 12:00"),
           "Factura A-1215 - agenda de citas en línea", "", "50-inv")
rem = Sent(ANDRES, "Clínica San Francisco Puebla", "cxp@clinicasanfranciscopue.mx", when("MX", "2027-01-28 09:00"),
           "Re: Factura A-1215 - agenda de citas en línea",
           carta("due", ANDRES, "Estimados señores:", "A-1215", "9280.00", cur="MXN", due=day("2027-01-27"),
                 today=day("2027-01-28")), "50-rem")
own = """Buen día Ing. Pérez,

Le informo que el día de hoy se realizó el pago vía SPEI por $9,280.00 MXN correspondiente a la factura A-1215, con clave de rastreo BNET01002701290048213776. Anexo comprobante.

Le agradeceremos enviar el complemento de pago (REP) a este mismo correo.

Saludos cordiales.

C.P. Alejandra Romero Cuautle
Cuentas por Pagar
Clínica San Francisco Puebla
Tel. 222 243 8800 ext. 114"""
add(reply(owner=ANDRES, frm=("Cuentas por Pagar - Clínica San Francisco", "cxp@clinicasanfranciscopue.mx"),
          date=when("MX", "2027-01-29 13:25:09"), subject="RE: Factura A-1215 - agenda de citas en línea", own=own,
          quote=rem, style="outlook", fmt="html", charset="utf-8", cte="quoted-printable", refs=chain(inv, rem),
          seed="50", mid_style="outlook-mx", sender_host="mail-bl2nam02on2128.outbound.protection.outlook.com",
          attach=[("CEP_BNET01002701290048213776.pdf", "application/pdf", pdf_bytes("Comprobante Electronico de Pago"))],
          extra=OUTLOOK_EXTRA("Factura A-1215 - agenda de citas en línea", "50")),
    label("client-reply-paid", "Accounts payable confirms today's SPEI payment with tracking key and receipt; the "
          "request for the payment complement (REP) is an administrative follow-up, not a dispute.",
          amount="9280.00", currency="MXN", reference="A-1215"))

# --- 51 -------------------------------------------------------------------------------------
inv = Sent(ANDRES, "Distribuidora del Pacífico Norte", "compras@dpnorte.com.mx", when("MX", "2027-01-04 12:00"),
           "Factura A-1212 - sistema de inventarios (fase 1)", "", "51-inv")
rem = Sent(ANDRES, "Distribuidora del Pacífico Norte", "compras@dpnorte.com.mx", when("MX", "2027-02-04 09:00"),
           "Re: Factura A-1212 - sistema de inventarios (fase 1)",
           carta("due", ANDRES, "Estimados señores:", "A-1212", "23200.00", cur="MXN", due=day("2027-02-03"),
                 today=day("2027-02-04")), "51-rem")
own = """Buenas tardes Andrés:

Nos llegó tu recordatorio, pero no podemos pagar la factura A-1212 como está. Estamos en Tijuana y nos aplica el estímulo fiscal de la región fronteriza norte (IVA al 8%), y tu CFDI viene con 16%. Nuestro sistema la rechaza y Contabilidad no la libera.

Te pido de favor que canceles el CFDI y lo vuelvas a timbrar con IVA al 8% (total $21,600.00). En cuanto nos llegue el nuevo, lo programamos.

Saludos,
Lic. Héctor Camacho
Compras · Distribuidora del Pacífico Norte
Blvd. Agua Caliente 10440, Tijuana, B.C."""
add(reply(owner=ANDRES, frm=("Héctor Camacho", "compras@dpnorte.com.mx"), date=when("MX", "2027-02-04 16:12:45"),
          subject="RE: Factura A-1212 - sistema de inventarios (fase 1)", own=own, quote=rem, style="outlook",
          fmt="alt", charset="utf-8", cte="quoted-printable", refs=chain(inv, rem), seed="51", mid_style="outlook-mx",
          sender_host="mail-by5nam10on2121.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura A-1212 - sistema de inventarios (fase 1)", "51")),
    label("client-reply-dispute", "Says the VAT rate is wrong (border-region 8% instead of 16%) and will not pay "
          "until the CFDI is re-issued; the $21,600.00 is the total they think is right, not a sum paid or promised.",
          reference="A-1212"))

# --- 52 -------------------------------------------------------------------------------------
inv = Sent(MARTA, "Clínica Veterinaria Miño", "clinicavetmino@gmail.com", when("ES", "2026-12-18 13:00"),
           "Factura 2026-101 · folletos y web", "", "52-inv")
rem = Sent(MARTA, "Clínica Veterinaria Miño", "clinicavetmino@gmail.com", when("ES", "2027-01-27 09:00"),
           "Re: Factura 2026-101 · folletos y web",
           carta("late_fee", MARTA, "Estimados señores:", "2026-101", "508.20", due=day("2027-01-17"),
                 today=day("2027-01-27"), deadline=day("2027-02-03")), "52-rem")
own = """Hola Marta:

Sí, perdona, lo tengo apuntado. Este mes se nos juntó todo (el seguro, la autoclave nueva, las vacunas...). Te la pago a primeros del mes que viene, en cuanto entren las cuotas de los planes de salud.

Un saludo,
Brais Doval
Clínica Veterinaria Miño
Rúa do Progreso, 58 · Ourense"""
add(reply(owner=MARTA, frm=("Clínica Veterinaria Miño", "clinicavetmino@gmail.com"),
          date=when("ES", "2027-01-28 14:51:17"), subject="Re: Factura 2026-101 · folletos y web", own=own, quote=rem,
          style="gmail", fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="52"),
    label("client-reply-promise", "'A primeros del mes que viene' (early February) is a promise without a day; the "
          "reminder's deadline of 3 February is the freelancer's, not his.", ))

# --- 53 -------------------------------------------------------------------------------------
inv = Sent(LAURA, "Rosángela Urdaneta", "rosangela.urdaneta@gmail.com", when("ES", "2027-01-15 10:00"),
           "Factura LS-27-004 – traducción jurada título y certificación de notas", "", "53-inv")
rem = Sent(LAURA, "Rosángela Urdaneta", "rosangela.urdaneta@gmail.com", when("ES", "2027-02-01 09:00"),
           "Re: Factura LS-27-004 – traducción jurada título y certificación de notas",
           carta("due", LAURA, "Buenos días, Rosángela Urdaneta:", "LS-27-004", "210.00", due=day("2027-01-30"),
                 today=day("2027-02-01")), "53-rem")
own = """Buenas tardes Laura, ¿cómo estás?

Te escribo por lo de la factura. Desde aquí de Maracaibo no puedo hacer transferencias a cuentas en euros, los bancos venezolanos no lo permiten y la tarjeta no me pasa para pagos internacionales. ¿Será que me puedes aceptar el pago por Zelle o en USDT por Binance? Si me dices que sí, me pasas los datos y el monto en dólares.

Disculpa las molestias, aquí todo es complicado.

Saludos,
Rosángela Urdaneta"""
add(reply(owner=LAURA, frm=("Rosángela Urdaneta", "rosangela.urdaneta@gmail.com"), date=when("VE", "2027-02-01 15:33:50"),
          subject="Re: Factura LS-27-004 – traducción jurada título y certificación de notas", own=own, quote=rem,
          style="gmail", fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="53",
          tzname="VET"),
    label("client-reply-other", "A client in Maracaibo asks whether she can pay by Zelle or USDT because she cannot "
          "send euros: a question about the payment method, with no payment made or dated."))

# --- 54 -------------------------------------------------------------------------------------
text = """BBVA

Hola, ANDRES PEREZ LUNA

Recibiste una transferencia SPEI

Importe: $18,560.00 MXN
Cuenta destino: Libretón Básico *6789
Ordenante: NOPAL CREATIVO SA DE CV
Banco emisor: BANORTE
Concepto de pago: PAGO FACTURA A-1187
Clave de rastreo: 8846APR1202612150017492
Referencia numérica: 151226
Fecha y hora: 15/12/2026 11:02:37 h

Consulta tus movimientos en la app BBVA México.

Este correo es informativo, por favor no lo respondas.
BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México. Av. Paseo de la Reforma 510, Col. Juárez, C.P. 06600, Ciudad de México."""
htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body "
       "style=\"background:#f4f4f4\"><table width=\"600\" align=\"center\" style=\"background:#fff;font-family:"
       "Arial,sans-serif;color:#121212\"><tr><td style=\"background:#072146;color:#fff;padding:18px;font-size:22px\">"
       "BBVA</td></tr><tr><td style=\"padding:22px\"><p>Hola, ANDRES PEREZ LUNA</p><h2 style=\"color:#1973b8\">"
       "Recibiste una transferencia SPEI</h2><table cellpadding=\"5\" style=\"font-size:14px\">"
       "<tr><td>Importe:</td><td><b>$18,560.00 MXN</b></td></tr><tr><td>Cuenta destino:</td><td>Libretón Básico *6789</td></tr>"
       "<tr><td>Ordenante:</td><td>NOPAL CREATIVO SA DE CV</td></tr><tr><td>Banco emisor:</td><td>BANORTE</td></tr>"
       "<tr><td>Concepto de pago:</td><td>PAGO FACTURA A-1187</td></tr>"
       "<tr><td>Clave de rastreo:</td><td>8846APR1202612150017492</td></tr>"
       "<tr><td>Referencia numérica:</td><td>151226</td></tr><tr><td>Fecha y hora:</td><td>15/12/2026 11:02:37 h</td></tr>"
       "</table><p>Consulta tus movimientos en la app BBVA México.</p><p style=\"font-size:11px;color:#666\">Este correo "
       "es informativo, por favor no lo respondas.<br>BBVA México, S.A., Institución de Banca Múltiple, Grupo "
       "Financiero BBVA México. Av. Paseo de la Reforma 510, Col. Juárez, C.P. 06600, Ciudad de México.</p></td></tr>"
       "</table></body></html>")
add((machine(owner=ANDRES, frm=("BBVA México", "notificaciones@bbva.mx"), date=when("MX", "2026-12-15 11:02:52"),
             subject="Recibiste una transferencia SPEI", seed="54",
             body=multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                            text_part(htm, "html", "utf-8", "quoted-printable")], "54"),
             sender_host="mx-out3.bbva.mx"), text),
    label("payment-notification", "BBVA México SPEI credit; the 'referencia numérica' 151226 is a bank reference, the "
          "invoice number is in the concepto.", amount="18560.00", currency="MXN", reference="A-1187"))

# --- 55 -------------------------------------------------------------------------------------
inv = Sent(NURIA, "Acadèmia de Música Sants", "secretaria@musicasants.cat", when("ES", "2027-01-11 10:00"),
           "Factura 2027/05 - SEO i Google Business", "", "55-inv")
rem = Sent(NURIA, "Acadèmia de Música Sants", "secretaria@musicasants.cat", when("ES", "2027-02-10 09:00"),
           "Re: Factura 2027/05 - SEO i Google Business",
           carta("due", NURIA, "Estimados señores:", "2027/05", "484.00", due=day("2027-02-10"),
                 today=day("2027-02-10")), "55-rem")
own = """Bona tarda Núria,

Adjuntamos el justificante del pago de la factura 2027/05, hecho esta mañana por transferencia.

Salutacions,
Laia
Secretaria · Acadèmia de Música Sants
C/ de Sant Antoni, 31 · 08014 Barcelona"""
add(reply(owner=NURIA, frm=("Acadèmia de Música Sants", "secretaria@musicasants.cat"),
          date=when("ES", "2027-02-10 16:05:33"), subject="Re: Factura 2027/05 - SEO i Google Business", own=own,
          quote=rem, style="apple", fmt="alt", charset="utf-8", cte="quoted-printable", refs=chain(inv, rem),
          seed="55", mid_domain="musicasants.cat", sender_host="smtp.musicasants.cat",
          attach=[("Justificant_transferencia_2027-05.pdf", "application/pdf", pdf_bytes("Comprovant de transferencia"))],
          extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]),
    label("client-reply-paid", "Receipt of the transfer attached, paid this morning; the number is in her words, the "
          "amount only in the quoted reminder.", reference="2027/05"))

# --- 56 -------------------------------------------------------------------------------------
inv = Sent(AYOZE, "Rizos & Co", "rizosandco.schamann@gmail.com", when("CAN", "2027-01-02 12:00"),
           "Factura AH-126 · campaña redes Navidad", "", "56-inv")
rem = Sent(AYOZE, "Rizos & Co", "rizosandco.schamann@gmail.com", when("CAN", "2027-02-02 09:00"),
           "Re: Factura AH-126 · campaña redes Navidad",
           carta("reminder", AYOZE, "Buenos días:", "AH-126", "300.00", due=day("2027-02-01"),
                 today=day("2027-02-02")), "56-rem")
own = """Buenas Ayoze!

Te acabo de mandar 150 por Bizum, lo que tenía ahorita. Los otros 150 te los hago el día 15 cuando cobre lo de las tarjetas regalo de San Valentín, ¿te parece bien?

Un abrazo fuerte,
Nayra
Rizos & Co · Schamann"""
add(reply(owner=AYOZE, frm=("Nayra | Rizos & Co", "rizosandco.schamann@gmail.com"),
          date=when("CAN", "2027-02-03 18:20:11"), subject="Re: Factura AH-126 · campaña redes Navidad", own=own,
          quote=rem, style="gmail-mobile", fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem),
          seed="56", tzname="WET"),
    label("client-reply-promise", "Half paid now by Bizum, the other 150 promised 'el día 15' (written 3 February "
          "2027): a promise for 15 February. Both halves are 150 €.", promised_date="2027-02-15",
          amount="150.00", currency="EUR"))

# --- 57 -------------------------------------------------------------------------------------
text = """Hola, Ayoze:

Te adjuntamos la factura CW-2027-0042 correspondiente a tu puesto fijo del mes de enero de 2027.

Concepto: Puesto fijo coworking + taquilla (enero 2027)
Base imponible: 120,00 €
IGIC 7 %: 8,40 €
Total: 128,40 €

Se cargará por domiciliación bancaria el día 5 de febrero.

Gracias por seguir con nosotros 🌊

Coworking La Isleta
C/ Albareda, 60 · 35008 Las Palmas de Gran Canaria
facturacion@coworkinglaisleta.com"""
body = multipart("mixed", [text_part(text, "plain", "utf-8", "quoted-printable"),
                           file_part(pdf_bytes("Factura CW-2027-0042"), "application/pdf", "CW-2027-0042.pdf")], "57")
add((machine(owner=AYOZE, frm=("Coworking La Isleta", "facturacion@coworkinglaisleta.com"),
             date=when("CAN", "2027-02-01 08:00:21"), subject="Tu factura de enero - Coworking La Isleta", seed="57",
             body=body, sender_host="mail.coworkinglaisleta.com"), text),
    label("other", "An invoice the freelancer receives from his coworking (money he owes, by direct debit): not a "
          "payment to him and not a client reply."))

# --- 58 -------------------------------------------------------------------------------------
inv = Sent(SOFIA, "Bodega Los Cerros", "administracion@bodegaloscerros.com.uy", when("UY", "2027-01-15 11:00"),
           "Factura A-0358 - gestión de redes 1er trimestre", "", "58-inv")
rem = Sent(SOFIA, "Bodega Los Cerros", "administracion@bodegaloscerros.com.uy", when("UY", "2027-02-15 10:00"),
           "Re: Factura A-0358 - gestión de redes 1er trimestre",
           carta("due", SOFIA, "Estimados señores:", "A-0358", "900.00", cur="USD", due=day("2027-02-14"),
                 today=day("2027-02-15")), "58-rem")
own = """Hola Sofía, ¿cómo va?

Te contesto por la factura A-0358. Nos vino en dólares (U$S 900) y lo que habíamos hablado en la reunión de octubre era $ 36.000 por el trimestre, en pesos, como las anteriores. Con el dólar como está nos sale bastante más y así no la podemos aprobar.

¿Nos podés anular esta y hacer una nueva en pesos? Apenas la tengamos la pagamos.

Saludos,
Federico Arrospide
Bodega Los Cerros · Canelones"""
add(reply(owner=SOFIA, frm=("Federico Arrospide", "administracion@bodegaloscerros.com.uy"),
          date=when("UY", "2027-02-15 17:48:02"), subject="Re: Factura A-0358 - gestión de redes 1er trimestre",
          own=own, quote=rem, style="gmail", fmt="alt", charset="UTF-8", cte="quoted-printable",
          refs=chain(inv, rem), seed="58", tzname="UYT"),
    label("client-reply-dispute", "Invoice issued in dollars instead of the agreed pesos; asks for it to be cancelled "
          "and re-issued. 'Apenas la tengamos la pagamos' is conditional, dispute wins; no amount is paid or "
          "promised.", reference="A-0358"))

# --- 59 -------------------------------------------------------------------------------------
inv = Sent(GABRIELA, "Café Botánico", "cafebotanico.uio@gmail.com", when("EC", "2027-02-01 12:00"),
           "Factura 001-002-000000475 - carta y señalética", "", "59-inv")
rem = Sent(GABRIELA, "Café Botánico", "cafebotanico.uio@gmail.com", when("EC", "2027-02-12 08:00"),
           "Re: Factura 001-002-000000475 - carta y señalética",
           carta("courtesy", GABRIELA, "Buenos días:", "001-002-000000475", "420.00", cur="USD",
                 due=day("2027-02-16"), issued=day("2027-02-01")), "59-rem")
own = """Recibido Gaby, muchas gracias 🙏

Enviado desde mi iPhone"""
add(reply(owner=GABRIELA, frm=("Café Botánico", "cafebotanico.uio@gmail.com"), date=when("EC", "2027-02-12 08:30:04"),
          subject="Re: Factura 001-002-000000475 - carta y señalética", own=own, quote=rem, style="iphone",
          fmt="alt", charset="utf-8", cte="quoted-printable", refs=chain(inv, rem), seed="59",
          extra=[("X-Mailer", "iPhone Mail (22D63)")]),
    label("client-reply-other", "'Recibido, muchas gracias' to a courtesy reminder: an acknowledgement only."))

# --- 60 -------------------------------------------------------------------------------------
inv = Sent(MARTA, "Iria Lorenzo", "iria.lorenzo.p@gmail.com", when("ES", "2027-01-18 18:00"),
           "Factura 2027-006 · invitaciones de boda", "", "60-inv")
rem = Sent(MARTA, "Iria Lorenzo", "iria.lorenzo.p@gmail.com", when("ES", "2027-02-15 09:00"),
           "Re: Factura 2027-006 · invitaciones de boda",
           carta("reminder", MARTA, "Buenos días, Iria Lorenzo:", "2027-006", "290.00", due=day("2027-02-08"),
                 today=day("2027-02-15")), "60-rem")
own = """Ya esta pagada!! Perdona la demora, se me paso totalmente con los preparativos. Un saúdo e grazas por todo, quedaron preciosas"""
add(reply(owner=MARTA, frm=("Iria Lorenzo", "iria.lorenzo.p@gmail.com"), date=when("ES", "2027-02-15 22:03:58"),
          subject="Re: Factura 2027-006 · invitaciones de boda", own=own, quote=rem, style="gmail-mobile",
          fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="60"),
    label("client-reply-paid", "Short 'ya está pagada' with a Galician sign-off; no amount, number or date in her "
          "words."))

# --- 61 -------------------------------------------------------------------------------------
inv = Sent(JON, "Sagardotegi Urbieta", "info@urbietasagardotegia.eus", when("ES", "2027-01-12 10:00"),
           "Factura JE-2027/006 - sistema de reservas temporada txotx", "", "61-inv")
rem = Sent(JON, "Sagardotegi Urbieta", "info@urbietasagardotegia.eus", when("ES", "2027-02-17 09:00"),
           "Re: Factura JE-2027/006 - sistema de reservas temporada txotx",
           carta("reminder", JON, "Estimados señores:", "JE-2027/006", "968.00", due=day("2027-02-11"),
                 today=day("2027-02-17"), fees=True), "61-rem")
own = """Egun on Jon,

Perdona, te lo iba a decir y se me pasó. La factura la pagamos el lunes, que hoy y mañana no está la gerente para firmar y el fin de semana no se puede. Con el arranque de la temporada del txotx estamos a mil.

Ondo izan,
Maite Urbieta
Sagardotegi Urbieta · Astigarraga

Obtener Outlook para iOS<https://aka.ms/o0ukef>"""
add(reply(owner=JON, frm=("Maite Urbieta", "info@urbietasagardotegia.eus"), date=when("ES", "2027-02-18 11:22:40"),
          subject="Re: Factura JE-2027/006 - sistema de reservas temporada txotx", own=own, quote=rem,
          style="outlook", fmt="alt", charset="utf-8", cte="quoted-printable", refs=chain(inv, rem), seed="61",
          sender_host="mail-db9eur02olkn2081.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura JE-2027/006 - sistema de reservas temporada txotx", "61")),
    label("client-reply-promise", "'La pagamos el lunes' written on Thursday 18 February 2027: Monday 22 February. "
          "The interest and the 40 € in the quoted reminder are not her words.", promised_date="2027-02-22"))

# --- 62 -------------------------------------------------------------------------------------
text = """Unicaja Banco le informa:

Se ha realizado un ABONO POR TRANSFERENCIA en su cuenta ES82 2103 **** ** ******3456.

Fecha operación: 19/02/2027
Fecha valor: 19/02/2027
Importe: +302,50 EUR
Ordenante: ASOC CULTURAL FLAMENCA LA PLATERIA
Concepto: PAGO FACTURA LS-27-009

Para más información acceda a Unicaja Banca Digital o a la App Unicaja.

Por su seguridad, Unicaja Banco nunca le solicitará por correo electrónico sus claves de acceso ni las coordenadas de su tarjeta.

Unicaja Banco, S.A. - Avda. Andalucía, 10-12 - 29007 Málaga. Mensaje generado automáticamente, no responda a esta dirección."""
add((machine(owner=LAURA, frm=("Unicaja Banco", "alertas@unicaja.es"), date=when("ES", "2027-02-19 07:45:12"),
             subject="Unicaja: Abono por transferencia", seed="62",
             body=text_part(text, "plain", "iso-8859-1", "quoted-printable"), sender_host="smtpout2.unicaja.es"), text),
    label("payment-notification", "Unicaja alert of an incoming transfer; the concepto names invoice LS-27-009.",
          amount="302.50", currency="EUR", reference="LS-27-009"))

# --- 63 -------------------------------------------------------------------------------------
inv = Sent(AYOZE, "Casa Manoli", "casamanoli.elpuerto@gmail.com", when("CAN", "2027-01-05 10:00"),
           "Factura AH-127 · redes sociales septiembre-diciembre", "", "63-inv")
rem = Sent(AYOZE, "Casa Manoli", "casamanoli.elpuerto@gmail.com", when("CAN", "2027-02-18 09:00"),
           "Re: Factura AH-127 · redes sociales septiembre-diciembre",
           carta("late_fee", AYOZE, "Estimados señores:", "AH-127", "600.00", due=day("2027-02-04"),
                 today=day("2027-02-18"), deadline=day("2027-02-25")), "63-rem")
own = """Buenas Ayoze,

Mira, te lo digo claro pa que no haya malos rollos: en la factura AH-127 vienen cuatro meses de gestión de redes (de septiembre a diciembre) a 150 € cada uno, pero en noviembre no se publicó ná en Instagram, estuvimos tres semanas sin un post, que me lo dijeron hasta los clientes. Ese mes no te lo pienso pagar.

Los otros tres te los pago sin problema, pero mándame la factura otra vez con tres meses.

Un saludo,
Manoli Ruiz
Casa Manoli · El Puerto de Santa María"""
add(reply(owner=AYOZE, frm=("Casa Manoli", "casamanoli.elpuerto@gmail.com"), date=when("ES", "2027-02-18 13:41:09"),
          subject="Re: Factura AH-127 · redes sociales septiembre-diciembre", own=own, quote=rem, style="gmail",
          fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="63"),
    label("client-reply-dispute", "Refuses to pay November (no posts) and asks for a new invoice with three months; "
          "'150 € cada uno' is the monthly rate, not a sum paid or promised.", reference="AH-127"))

# --- 64 -------------------------------------------------------------------------------------
inv = Sent(AYOZE, "Autoescuela Teror", "autoescuelateror@hotmail.com", when("CAN", "2027-02-19 12:40"),
           "Factura AH-129 · campaña Facebook Ads febrero",
           "Buenas, Dácil:\n\nTe mando la factura AH-129 de la campaña de Facebook Ads de febrero. Los datos para el "
           "pago están en el PDF.\n\nCualquier cosa me dices.\n\nSaludos,\nAyoze Hernández\nayozesocial.com", "64-inv")
own = """Buenos días Ayoze, el PDF no me abre en el móvil, ¿me puedes escribir aquí el número de cuenta? Es que estoy en la autoescuela todo el día y no tengo el ordenador a mano.

Gracias mi niño
Dácil"""
add(reply(owner=AYOZE, frm=("Autoescuela Teror", "autoescuelateror@hotmail.com"), date=when("CAN", "2027-02-22 11:00:31"),
          subject="RE: Factura AH-129 · campaña Facebook Ads febrero", own=own, quote=inv, style="outlook", fmt="alt",
          charset="utf-8", cte="quoted-printable", refs=[inv.mid], seed="64", mid_style="outlook",
          sender_host="mail-vi1eur06olkn2032.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura AH-129 · campaña Facebook Ads febrero", "64")),
    label("client-reply-other", "Asks for the bank details again (the PDF will not open); a reply to the invoice "
          "email itself, not to a reminder."))

# --- 65 -------------------------------------------------------------------------------------
inv = Sent(GABRIELA, "Exportadora Cafetalera Huista", "contabilidad@cafehuista.com.gt", when("EC", "2027-01-25 10:00"),
           "Factura 001-002-000000470 - empaques línea especial", "", "65-inv")
rem = Sent(GABRIELA, "Exportadora Cafetalera Huista", "contabilidad@cafehuista.com.gt", when("EC", "2027-02-24 09:00"),
           "Re: Factura 001-002-000000470 - empaques línea especial",
           carta("due", GABRIELA, "Estimados señores:", "001-002-000000470", "1450.00", cur="USD",
                 due=day("2027-02-24"), today=day("2027-02-24")), "65-rem")
own = """Buenos días Gabriela:

Le informamos que ayer se realizó la transferencia internacional por USD 1,450.00 para cancelar la factura 001-002-000000470, desde nuestra cuenta en dólares de Banrural. Le adjuntamos el comprobante SWIFT (MT103).

¿Nos podría indicar cuántos días suele tardar en acreditarse en su banco? Es la primera vez que pagamos a Ecuador.

Atentamente,
Licda. Sandra Mérida
Contabilidad
Exportadora Cafetalera Huista, S.A.
Huehuetenango, Guatemala"""
add(reply(owner=GABRIELA, frm=("Sandra Mérida", "contabilidad@cafehuista.com.gt"), date=when("GT", "2027-02-24 10:10:27"),
          subject="Re: Factura 001-002-000000470 - empaques línea especial", own=own, quote=rem, style="gmail",
          fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="65",
          attach=[("MT103_Banrural_23022027.pdf", "application/pdf", pdf_bytes("MT103 Single Customer Credit Transfer"))]),
    label("client-reply-paid", "International transfer made yesterday 'para cancelar' (= to pay) the invoice, SWIFT "
          "receipt attached; the question about how long it takes does not change the kind.",
          amount="1450.00", currency="USD", reference="001-002-000000470"))

# --- 66 -------------------------------------------------------------------------------------
rem = Sent(ANDRES, "Grupo Inmobiliario Lomas", "facturacion@gilomas.com.mx", when("MX", "2027-03-23 09:00"),
           "Re: Factura A-1224 - portal de propiedades", "", "66-rem")
text = """Gracias por su correo.

Me encuentro de vacaciones por Semana Santa y regreso a la oficina el lunes 29 de marzo. Su mensaje será atendido a mi regreso.

Para asuntos urgentes de facturación, favor de comunicarse con Lic. Rosa Elena Ibarra al (55) 5202 7710 ext. 203 o a cxp@gilomas.com.mx.

Saludos cordiales,
Lic. Fernando Aguilar
Tesorería | Grupo Inmobiliario Lomas"""
htm = OUTLOOK_HEAD.format(cs="utf-8") + own_html_divs(text, "outlook") + "\n</div>\n</body>\n</html>\n"
add((machine(owner=ANDRES, frm=("Fernando Aguilar", "facturacion@gilomas.com.mx"), date=when("MX", "2027-03-23 09:00:03"),
             subject="Respuesta automática: Re: Factura A-1224 - portal de propiedades", seed="66",
             body=multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                            text_part(htm, "html", "utf-8", "quoted-printable")], "66"),
             sender_host="mail-mw2nam10on2091.outbound.protection.outlook.com",
             extra=[("In-Reply-To", rem.mid), ("References", rem.mid), ("Auto-Submitted", "auto-generated"),
                    ("X-Auto-Response-Suppress", "All"), ("Content-Language", "es-MX")]), text),
    label("auto-reply", "Exchange out-of-office from Mexico: back 'el lunes 29 de marzo' 2027, the only day the "
          "text names.", return_date="2027-03-29"))

# --- 67 -------------------------------------------------------------------------------------
inv = Sent(GABRIELA, "Consultorio Los Pinos", "dr.mvinueza@gmail.com", when("EC", "2027-01-28 10:00"),
           "Factura 001-002-000000478 - página web consultorio", "", "67-inv")
rem = Sent(GABRIELA, "Consultorio Los Pinos", "dr.mvinueza@gmail.com", when("EC", "2027-03-08 09:00"),
           "Re: Factura 001-002-000000478 - página web consultorio",
           carta("reminder", GABRIELA, "Buenos días:", "001-002-000000478", "680.00", cur="USD",
                 due=day("2027-02-27"), today=day("2027-03-08")), "67-rem")
own = """Estimada Gabriela, buenas tardes.

Disculpe que no le haya respondido antes. Le cuento que este mes ha estado complicado con los pagos del IESS y los arriendos; los $680 de la factura le cancelo el 30 de este mes sin falta, apenas me acrediten los pagos de las aseguradoras.

Muy agradecido por su paciencia y por el trabajo, la página quedó muy bonita.

Atentamente,
Dr. Marcelo Vinueza
Pediatra · Consultorio Los Pinos, Cuenca"""
add(reply(owner=GABRIELA, frm=("Marcelo Vinueza", "dr.mvinueza@gmail.com"), date=when("EC", "2027-03-10 15:40:19"),
          subject="Re: Factura 001-002-000000478 - página web consultorio", own=own, quote=rem, style="gmail",
          fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="67", tzname="ECT"),
    label("client-reply-promise", "Andean Spanish: 'le cancelo el 30 de este mes' means he will pay on 30 March 2027 "
          "(written 10 March); '$680' is US dollars, Ecuador's currency.", promised_date="2027-03-30",
          amount="680.00", currency="USD"))

# --- 68 -------------------------------------------------------------------------------------
inv = Sent(RAFAEL, "Ferretería Hermanos Núñez", "ferrehnunez@gmail.com", when("DO", "2027-01-29 10:00"),
           "Factura RM-2027-009 - video comercial ferretería", "", "68-inv")
rem = Sent(RAFAEL, "Ferretería Hermanos Núñez", "ferrehnunez@gmail.com", when("DO", "2027-03-01 09:00"),
           "Re: Factura RM-2027-009 - video comercial ferretería",
           carta("reminder", RAFAEL, "Estimados señores:", "RM-2027-009", "45000.00", cur="DOP",
                 due=day("2027-02-28"), today=day("2027-03-01")), "68-rem")
own = """Rafael, buenas tardes.

Con todo respeto, ¿cómo me vas a estar cobrando si el video de la ferretería todavía no me lo has entregado? Lo que me mandaste fue un borrador sin música y sin el logo. YO NO VOY A PAGAR UNA VAINA QUE NO TENGO.

Cuando me entregues el video final como quedamos, te pago completo. Mientras tanto no.

Saludos,
Ramón Antonio Núñez
Ferretería Hermanos Núñez - Santiago de los Caballeros"""
add(reply(owner=RAFAEL, frm=("Ferretería Hermanos Núñez", "ferrehnunez@gmail.com"), date=when("DO", "2027-03-02 14:30:55"),
          subject="Re: Factura RM-2027-009 - video comercial ferretería", own=own, quote=rem, style="gmail-mobile",
          fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="68", tzname="AST"),
    label("client-reply-dispute", "Refuses to pay until the final video is delivered (only a draft received); 'te "
          "pago completo' is conditional on delivery, so it is a dispute, not a promise."))

# --- 69 -------------------------------------------------------------------------------------
inv = Sent(SOFIA, "Cooperativa Costa de Oro", "compras@coopcostadeoro.com.uy", when("UY", "2027-01-30 11:00"),
           "Factura A-0361 - campaña socios 2027", "", "69-inv")
rem = Sent(SOFIA, "Ana Laura Castro", "compras@coopcostadeoro.com.uy", when("UY", "2027-03-03 10:00"),
           "Re: Factura A-0361 - campaña socios 2027",
           carta("due", SOFIA, "Buenos días, Ana Laura Castro:", "A-0361", "22400.00", cur="UYU",
                 due=day("2027-03-01"), today=day("2027-03-03")), "69-rem")
own = """Hola Sofía, ¿qué tal?

Te escribe Martín Silva, el nuevo encargado de compras de la cooperativa. Ana Laura ya no trabaja acá desde febrero, así que de ahora en adelante mandame las facturas y los recordatorios a mí, a este mismo correo.

Esta factura la tengo que revisar con el consejo porque no encuentro la orden de compra en el sistema; apenas sepa algo te escribo.

Saludos,
Martín Silva
Compras · Cooperativa Costa de Oro
Atlántida, Canelones"""
add(reply(owner=SOFIA, frm=("Martín Silva", "compras@coopcostadeoro.com.uy"), date=when("UY", "2027-03-04 11:05:47"),
          subject="RE: Factura A-0361 - campaña socios 2027", own=own, quote=rem, style="outlook", fmt="alt",
          charset="utf-8", cte="quoted-printable", refs=chain(inv, rem), seed="69", mid_style="outlook-mx",
          sender_host="mail-cp2bra01on2110.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura A-0361 - campaña socios 2027", "69")),
    label("client-reply-other", "New purchasing contact; he has to check the invoice because he cannot find the "
          "purchase order. Not contested, not promised: 'apenas sepa algo te escribo'."))

# --- 70 -------------------------------------------------------------------------------------
text = """CaixaBank

Has recibido un Bizum

Hola, AYOZE:

NAYRA P. S. te ha enviado 150,00 €.

Concepto: factura AH-126 resto
Fecha: 15/02/2027 19:02
Cuenta de abono: ES65 **** **** **** **** 3456

El dinero ya está disponible en tu cuenta.

CaixaBank nunca te pedirá tus claves ni códigos por correo electrónico ni por SMS.
CaixaBank, S.A. Calle Pintor Sorolla, 2-4, 46002 Valencia. Este mensaje se ha enviado automáticamente, no lo respondas."""
htm = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;color:#2b2b2b\">"
       "<table width=\"600\" align=\"center\"><tr><td style=\"padding:16px;border-bottom:3px solid #007eae\"><b "
       "style=\"color:#007eae;font-size:20px\">CaixaBank</b></td></tr><tr><td style=\"padding:20px\">"
       "<h2 style=\"color:#00b2a9\">Has recibido un Bizum</h2><p>Hola, AYOZE:</p><p><b>NAYRA P. S.</b> te ha enviado "
       "<b>150,00 €</b>.</p><p>Concepto: factura AH-126 resto<br>Fecha: 15/02/2027 19:02<br>Cuenta de abono: ES65 **** "
       "**** **** **** 3456</p><p>El dinero ya está disponible en tu cuenta.</p><p style=\"font-size:11px;color:#888\">"
       "CaixaBank nunca te pedirá tus claves ni códigos por correo electrónico ni por SMS.<br>CaixaBank, S.A. Calle "
       "Pintor Sorolla, 2-4, 46002 Valencia. Este mensaje se ha enviado automáticamente, no lo respondas.</p>"
       "</td></tr></table></body></html>")
add((machine(owner=AYOZE, frm=("CaixaBank", "notificaciones@caixabank.com"), date=when("CAN", "2027-02-15 19:02:18"),
             subject="Has recibido un Bizum de 150,00 €", seed="70",
             body=multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                            text_part(htm, "html", "utf-8", "base64")], "70"),
             sender_host="correo3.caixabank.com"), text),
    label("payment-notification", "Bank notice of a Bizum received; the Bizum concept names invoice AH-126 ('resto': "
          "the second half).", amount="150.00", currency="EUR", reference="AH-126"))

# --- 71 -------------------------------------------------------------------------------------
inv = Sent(LAURA, "Andreína Mendoza", "andreina.mendoza.vzla@gmail.com", when("ES", "2027-02-01 13:00"),
           "Factura LS-27-011 – traducción jurada título de Ingeniería", "", "71-inv")
rem = Sent(LAURA, "Andreína Mendoza", "andreina.mendoza.vzla@gmail.com", when("ES", "2027-03-04 09:00"),
           "Re: Factura LS-27-011 – traducción jurada título de Ingeniería",
           carta("reminder", LAURA, "Buenos días, Andreína Mendoza:", "LS-27-011", "185.00", due=day("2027-03-03"),
                 today=day("2027-03-04")), "71-rem")
own = """Hola Laura, buenos días!

Listo, mi hermana Daniela, que vive en Valencia (la de España jaja), te hizo hoy la transferencia desde su Bankinter, 185 €. Va a salir a nombre de Daniela Mendoza, por si no la reconoces. En el concepto puso mi nombre y el número de la factura, LS-27-011.

Mil gracias por todo, ya tengo la cita para homologar el título 🎉

Saludos desde Valencia, Venezuela,
Andreína Mendoza"""
add(reply(owner=LAURA, frm=("Andreína Mendoza", "andreina.mendoza.vzla@gmail.com"), date=when("VE", "2027-03-05 09:15:02"),
          subject="Re: Factura LS-27-011 – traducción jurada título de Ingeniería", own=own, quote=rem,
          style="gmail", fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="71",
          tzname="VET"),
    label("client-reply-paid", "Paid today by her sister from a Spanish bank (Valencia, Spain vs Valencia, "
          "Venezuela); 185 € and the number are in her words.", amount="185.00", currency="EUR",
          reference="LS-27-011"))

# --- 72 -------------------------------------------------------------------------------------
inv = Sent(ANDRES, "Editorial Tinta Sur", "ximena.robles@tintasur.com.mx", when("MX", "2027-01-29 12:00"),
           "Factura A-1220 - tienda de libros en línea", "", "72-inv")
rem = Sent(ANDRES, "Editorial Tinta Sur", "ximena.robles@tintasur.com.mx", when("MX", "2027-03-02 09:00"),
           "Re: Factura A-1220 - tienda de libros en línea",
           carta("due", ANDRES, "Estimados señores:", "A-1220", "14500.00", cur="MXN", due=day("2027-02-28"),
                 today=day("2027-03-02")), "72-rem")
own = """Hola Andrés, ¿cómo estás?

Ya está autorizada, te la pagamos este viernes junto con las demás de proveedores. Si no la ves reflejada el lunes, avísame y lo reviso con Tesorería.

Saludos,
Ximena Robles
Editorial Tinta Sur
Coyoacán, CDMX"""
add(reply(owner=ANDRES, frm=("Ximena Robles", "ximena.robles@tintasur.com.mx"), date=when("MX", "2027-03-03 13:05:39"),
          subject="Re: Factura A-1220 - tienda de libros en línea", own=own, quote=rem, style="gmail", fmt="alt",
          charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="72"),
    label("client-reply-promise", "'Este viernes' written on Wednesday 3 March 2027: Friday 5 March. 'El lunes' is "
          "only when to check, not the payment day.", promised_date="2027-03-05"))

# --- 73 -------------------------------------------------------------------------------------
inv = Sent(MARTA, "Asociación Cultural Alborada", "alborada.cangas@gmail.com", when("ES", "2027-02-05 10:00"),
           "Factura 2027-011 · cartel Romaría 2027", "", "73-inv")
rem = Sent(MARTA, "Asociación Cultural Alborada", "alborada.cangas@gmail.com", when("ES", "2027-03-08 09:00"),
           "Re: Factura 2027-011 · cartel Romaría 2027",
           carta("reminder", MARTA, "Estimados señores:", "2027-011", "484.00", due=day("2027-03-07"),
                 today=day("2027-03-08")), "73-rem")
own = """Hola Marta,

Te escribo desde la asociación por la factura 2027-011 del cartel de la Romaría. En el presupuesto que nos mandaste en diciembre ponía 400 € con IVA incluido, y en la factura vienen 400 € más el 21 % de IVA, 484 €. La directiva no la va a aprobar así: contábamos con 400 € y la subvención del Concello no da para más.

¿Puedes revisarla y mandarnos una corregida por 400 € en total?

Grazas,
Antía Martínez
Tesoureira · Asociación Cultural Alborada
Cangas do Morrazo"""
add(reply(owner=MARTA, frm=("Asociación Cultural Alborada", "alborada.cangas@gmail.com"),
          date=when("ES", "2027-03-08 20:17:31"), subject="Re: Factura 2027-011 · cartel Romaría 2027", own=own,
          quote=rem, style="gmail", fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem),
          seed="73"),
    label("client-reply-dispute", "Amount contested: the quote said 400 € VAT included, the invoice adds VAT (484 €); "
          "asks for a corrected invoice. No sum is paid or promised.", reference="2027-011"))

# --- 74 -------------------------------------------------------------------------------------
inv = Sent(ANDRES, "Hotel Casa Azul Oaxaca", "proveedores@casaazuloaxaca.com", when("MX", "2027-02-08 12:00"),
           "Factura A-1222 - motor de reservas", "", "74-inv")
rem = Sent(ANDRES, "Hotel Casa Azul Oaxaca", "proveedores@casaazuloaxaca.com", when("MX", "2027-03-09 09:00"),
           "Re: Factura A-1222 - motor de reservas",
           carta("due", ANDRES, "Estimados señores:", "A-1222", "17400.00", cur="MXN", due=day("2027-03-10"),
                 today=day("2027-03-09")), "74-rem")
own = """Buenas tardes Andrés,

¿Me puede reenviar el archivo XML de la factura A-1222, por favor? El portal de proveedores no acepta solamente el PDF y sin el XML no podemos dar de alta el pago. Yo no sabía que es necesario los dos, perdón.

Merci y saludos,

Claire Dubois
Propietaria
Hotel Casa Azul · Oaxaca de Juárez"""
add(reply(owner=ANDRES, frm=("Proveedores Casa Azul", "proveedores@casaazuloaxaca.com"),
          date=when("MX", "2027-03-09 16:45:05"), subject="RE: Factura A-1222 - motor de reservas", own=own,
          quote=rem, style="outlook", fmt="alt", charset="utf-8", cte="quoted-printable", refs=chain(inv, rem),
          seed="74", mid_style="outlook-mx", sender_host="mail-dm3nam02on2109.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura A-1222 - motor de reservas", "74")),
    label("client-reply-other", "Asks for the CFDI XML file so the invoice can be loaded for payment: an "
          "administrative request, neither a dispute nor a promise. The French owner writes non-native Spanish.",
          reference="A-1222"))

# --- 75 -------------------------------------------------------------------------------------
text = """Popular

Notificación de Transferencia Recibida

Estimado(a) RAFAEL MEJIA ALMONTE:

Le informamos que su cuenta de ahorros ****5678 ha recibido un crédito por transferencia.

Monto: RD$38,500.00
Remitente: COLEGIO BILINGUE LOS PRADOS SRL
Banco de origen: BANRESERVAS
Descripción: PAGO FACT RM-2027-004
Fecha: 09/02/2027 08:47 a.m.
No. de referencia: 000927415563

Si usted no reconoce esta transacción, comuníquese con nosotros al 809-544-5555.

Este es un correo automático, por favor no responda a este mensaje.
Banco Popular Dominicano, S.A. - Banco Múltiple"""
add((machine(owner=RAFAEL, frm=("Banco Popular Dominicano", "notificaciones@bpd.com.do"),
             date=when("DO", "2027-02-09 08:47:40"), subject="Notificación de Transferencia Recibida", seed="75",
             body=text_part(text, "plain", "windows-1252", "quoted-printable"), sender_host="smtp2.bpd.com.do"), text),
    label("payment-notification", "Banco Popular Dominicano credit of RD$38,500.00 (Dominican pesos); the description "
          "names the invoice.", amount="38500.00", currency="DOP", reference="RM-2027-004"))

# --- 76 -------------------------------------------------------------------------------------
inv = Sent(GABRIELA, "Daniela Benítez", "danibenitez.q@hotmail.com", when("EC", "2027-02-26 10:00"),
           "Factura 001-002-000000481 - papelería matrimonio", "", "76-inv")
rem = Sent(GABRIELA, "Daniela Benítez", "danibenitez.q@hotmail.com", when("EC", "2027-03-15 08:00"),
           "Re: Factura 001-002-000000481 - papelería matrimonio",
           carta("due", GABRIELA, "Buenos días, Daniela Benítez:", "001-002-000000481", "320.00", cur="USD",
                 due=day("2027-03-13"), today=day("2027-03-15")), "76-rem")
own = """holaa gaby ya te hice la transferencia desde produbanco ayer en la noche, son $320 verdad? avisame si te llego porfa 💕"""
add(reply(owner=GABRIELA, frm=("Daniela Benítez", "danibenitez.q@hotmail.com"), date=when("EC", "2027-03-16 09:12:44"),
          subject="RE: Factura 001-002-000000481 - papelería matrimonio", own=own, quote=rem, style="outlook",
          fmt="alt", charset="utf-8", cte="base64", refs=chain(inv, rem), seed="76", mid_style="outlook-mx",
          sender_host="mail-bn1nam07olkn2011.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura 001-002-000000481 - papelería matrimonio", "76")),
    label("client-reply-paid", "Transfer made last night; '$320' is US dollars (Quito). Her 'verdad?' asks whether "
          "the amount was right, it does not make the payment doubtful.", amount="320.00", currency="USD"))

# --- 77 -------------------------------------------------------------------------------------
inv = Sent(MARTA, "Inmobiliaria Arousa", "administracion@inmoarousa.es", when("ES", "2026-11-20 10:00"),
           "Factura 2026-098 · fotografía y maquetación catálogo", "", "77-inv")
rem0 = Sent(MARTA, "Inmobiliaria Arousa", "administracion@inmoarousa.es", when("ES", "2027-01-04 09:00"),
            "Re: Factura 2026-098 · fotografía y maquetación catálogo",
            carta("reminder", MARTA, "Estimados señores:", "2026-098", "726.00", due=day("2026-12-20"),
                  today=day("2027-01-04")), "77-rem0")
old = ("Hola Marta, disculpa, con las fiestas se nos quedó parada. La pagamos el día 15 sin falta.\n\nUn saludo,\n"
       "Rosa Fariña\nAdministración · Inmobiliaria Arousa\n\n-----Mensaje original-----\n"
       + "\n".join(outlook_header(rem0, rem0.date.tzinfo, True)) + "\n\n" + rem0.text)
rem = Sent(MARTA, "Inmobiliaria Arousa", "administracion@inmoarousa.es", when("ES", "2027-01-21 09:00"),
           "Re: Factura 2026-098 · fotografía y maquetación catálogo",
           carta("promise_followup", MARTA, "Estimados señores:", "2026-098", "726.00", due=day("2026-12-20"),
                 promise=day("2027-01-15")) + "\n\n-----Mensaje original-----\n"
           "De: Rosa Fariña [mailto:administracion@inmoarousa.es]\nEnviado el: martes, 5 de enero de 2027 12:31\n"
           "Para: Marta Iglesias Vidal <marta@martaiglesias.gal>\n"
           "Asunto: RE: Factura 2026-098 · fotografía y maquetación catálogo\n\n" + old, "77-rem")
own = """Buenos días Marta,

Tienes razón, disculpa. Al final la transferencia no salió el día 15 porque el banco nos la dejó retenida por un tema de firmas (ahora hacen falta dos apoderados). Ya está resuelto y queda programada para el jueves 28, por los 726 € completos.

Un saludo,
Rosa Fariña
Administración · Inmobiliaria Arousa
Avda. da Mariña, 4 · Vilagarcía de Arousa"""
add(reply(owner=MARTA, frm=("Rosa Fariña", "administracion@inmoarousa.es"), date=when("ES", "2027-01-21 12:48:10"),
          subject="RE: Factura 2026-098 · fotografía y maquetación catálogo", own=own, quote=rem,
          style="outlook-desktop", fmt="alt", charset="windows-1252", cte="quoted-printable",
          refs=chain(inv, rem0, rem), seed="77", mid_style="outlook",
          sender_host="mail-am0eur02on2100.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura 2026-098 · fotografía y maquetación catálogo", "77") + [
              ("X-Mailer", "Microsoft Outlook 16.0")]),
    label("client-reply-promise", "Reply to the follow-up after a broken promise (the 15th, in the old thread "
          "below): the new day is 'el jueves 28', written on Thursday 21 January 2027, so 28 January; 726 € in her "
          "words.", promised_date="2027-01-28", amount="726.00", currency="EUR"))

# --- 78 -------------------------------------------------------------------------------------
inv = Sent(NURIA, "Ávila Import C.A.", "operaciones@avilaimport.com", when("ES", "2027-02-10 10:00"),
           "Factura 2027/12 - consultoria SEO febrer", "", "78-inv")
rem = Sent(NURIA, "Ávila Import C.A.", "operaciones@avilaimport.com", when("ES", "2027-03-11 09:00"),
           "Re: Factura 2027/12 - consultoria SEO febrer",
           carta("reminder", NURIA, "Estimados señores:", "2027/12", "605.00", due=day("2027-03-10"),
                 today=day("2027-03-11")), "78-rem")
own = """Buenos días Núria,

Le escribo con franqueza: llevamos cuatro meses con la consultoría SEO y la tienda sigue sin aparecer en la primera página para ninguna de las palabras clave que acordamos ("harina pan España", "productos venezolanos Madrid"). Las visitas orgánicas están prácticamente igual que en octubre.

En esas condiciones no vamos a pagar la factura 2027/12. Propongo que hagamos una reunión para revisar los resultados y ver si tiene sentido continuar.

Atentamente,
Gustavo Rengifo
Gerente de Operaciones
Ávila Import C.A.
Caracas - Venezuela"""
add(reply(owner=NURIA, frm=("Gustavo Rengifo", "operaciones@avilaimport.com"), date=when("VE", "2027-03-12 10:20:16"),
          subject="RE: Factura 2027/12 - consultoria SEO febrer", own=own, quote=rem, style="outlook", fmt="alt",
          charset="utf-8", cte="quoted-printable", refs=chain(inv, rem), seed="78", mid_style="outlook-mx",
          sender_host="mail-sn1nam02on2133.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Factura 2027/12 - consultoria SEO febrer", "78")),
    label("client-reply-dispute", "Refuses to pay because the SEO work brought no results: a refusal, even though it "
          "proposes a meeting.", reference="2027/12"))

# --- 79 -------------------------------------------------------------------------------------
inv = Sent(LAURA, "Bodegas San Dionisio", "administracion@bodegassandionisio.es", when("ES", "2026-11-30 11:00"),
           "Factura LS-26-110 – traducción catálogo y fichas técnicas EN/DE", "", "79-inv")
rem = Sent(LAURA, "Bodegas San Dionisio", "administracion@bodegassandionisio.es", when("ES", "2027-03-01 09:00"),
           "Requerimiento de pago de la factura n.º LS-26-110",
           carta("final", LAURA, "Estimados señores:", "LS-26-110", "1815.00", due=day("2026-12-30"),
                 issued=day("2026-11-30"), today=day("2027-03-01"), deadline=day("2027-03-11"), fees=True), "79-rem")
own = """Estimada Sra. Sánchez:

Acusamos recibo de su requerimiento de pago relativo a la factura LS-26-110. Lamentamos sinceramente el retraso, debido a las tensiones de tesorería que arrastramos desde la campaña de Navidad.

No existe discrepancia alguna con la factura ni con su trabajo. Le proponemos abonar el importe íntegro de 1.815,00 € el próximo 15 de marzo, fecha en la que recibimos el pago de nuestro distribuidor en el Reino Unido. Le agradeceríamos que aceptara esta fecha.

Quedamos a su disposición.

Atentamente,

Francisco Javier Lobato Caballero
Director Financiero
Bodegas San Dionisio, S.A.
Calle Pizarro, 12 · 11403 Jerez de la Frontera (Cádiz)

""" + LOPD
add(reply(owner=LAURA, frm=("Francisco Javier Lobato Caballero", "fjlobato@bodegassandionisio.es"),
          date=when("ES", "2027-03-02 13:14:27"), subject="RE: Requerimiento de pago de la factura n.º LS-26-110",
          own=own, quote=rem, style="outlook-desktop", fmt="alt", charset="windows-1252", cte="quoted-printable",
          refs=chain(inv, rem), seed="79", mid_style="outlook", cc="administracion@bodegassandionisio.es",
          sender_host="mail-db8eur06on2111.outbound.protection.outlook.com",
          extra=OUTLOOK_EXTRA("Requerimiento de pago de la factura n.º LS-26-110", "79") + [
              ("X-Mailer", "Microsoft Outlook 16.0")]),
    label("client-reply-promise", "Answer to the formal demand: no dispute, proposes to pay the full 1.815,00 € on "
          "15 March 2027. The invoice amount, not the total with interest and the 40 € in the quoted demand.",
          promised_date="2027-03-15", amount="1815.00", currency="EUR", reference="LS-26-110"))

# --- 80 -------------------------------------------------------------------------------------
inv = Sent(DIEGO, "Agencia Pimentón", "hola@agenciapimenton.es", when("ES", "2027-02-15 16:00"),
           "Factura F/2027/0019 – fotos producto campaña primavera", "", "80-inv")
rem = Sent(DIEGO, "Agencia Pimentón", "hola@agenciapimenton.es", when("ES", "2027-03-24 09:00"),
           "Re: Factura F/2027/0019 – fotos producto campaña primavera",
           carta("reminder", DIEGO, "Estimados señores:", "F/2027/0019", "1028.50", due=day("2027-03-17"),
                 today=day("2027-03-24"), fees=True), "80-rem")
own = """Hecho ✅ perdona el retraso, se nos había quedado en el limbo de las aprobaciones 🙃

Lucas
Agencia Pimentón · Malasaña"""
add(reply(owner=DIEGO, frm=("Lucas Ibarra", "lucas@agenciapimenton.es"), date=when("ES", "2027-03-24 11:02:19"),
          subject="Re: Factura F/2027/0019 – fotos producto campaña primavera", own=own, quote=rem, style="gmail",
          fmt="alt", charset="UTF-8", cte="quoted-printable", refs=chain(inv, rem), seed="80",
          cc="hola@agenciapimenton.es"),
    label("client-reply-paid", "'Hecho ✅' to a reminder: the payment is done. Nothing else is stated; the amount with "
          "interest is only in the quote."))

if __name__ == "__main__":
    finish()
