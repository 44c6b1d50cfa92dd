"""Shared MIME plumbing for round9-es (stdlib only).

Only plumbing lives here: headers, encodings, quoting of the original message, the text of the
reminders mailduns sends (copied from templates/es/*.txt.j2 with the values filled in), and HTML
skeletons. Every reply body and every machine notice is written by hand in make.py.
"""
import base64
import datetime as dt
import html
import quopri
import random
from email.header import Header
from email.utils import formataddr, format_datetime

RND = random.Random(20269)

TZS = {
    "madrid": 60, "barcelona": 60, "sevilla": 60, "vigo": 60, "canarias": 0, "london": 0,
    "mexico": -360, "bsas": -180, "bogota": -300, "ny": -300,
}

DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS_AB = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
MESES_AB = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def D(s, tz="madrid"):
    """'2026-11-23 09:14' (local time in tz) -> aware datetime."""
    base = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    base = base.replace(second=RND.randint(0, 59))
    return base.replace(tzinfo=dt.timezone(dt.timedelta(minutes=TZS[tz])))


def to_tz(d, tz):
    return d.astimezone(dt.timezone(dt.timedelta(minutes=TZS[tz])))


def eur(x):
    s = f"{x:,.2f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


def fecha_larga(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def rhex(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def ralnum(n):
    return "".join(RND.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def msgid(kind, domain):
    if kind == "gmail":
        return f"<CA{ralnum(2)}+{ralnum(30)}{ralnum(8)}@mail.gmail.com>"
    if kind == "outlook":
        box = RND.choice(["AM0PR07MB", "DB9PR04MB", "PAXPR02MB", "VI1PR06MB", "AS8PR10MB"]) + str(RND.randint(1000, 9999))
        return f"<{box}{ralnum(6).upper()}{RND.randint(100000, 999999)}@{box}.eurprd0{RND.randint(1, 9)}.prod.outlook.com>"
    if kind == "apple":
        return f"<{rhex(8).upper()}-{rhex(4).upper()}-{rhex(4).upper()}-{rhex(4).upper()}-{rhex(12).upper()}@{domain}>"
    if kind == "mailduns":
        return f"<mailduns.{rhex(16)}@{domain}>"
    return f"<{rhex(12)}.{RND.randint(1000, 99999)}@{domain}>"


# --------------------------------------------------------------------------- owners & invoices

class Owner:
    def __init__(self, name, email, legal, iban, bic, sig, tz="madrid"):
        self.name, self.email, self.legal, self.iban, self.bic, self.sig, self.tz = name, email, legal, iban, bic, sig, tz
        self.first = name.split()[0]
        self.domain = email.split("@")[1]

    @property
    def addr(self):
        return formataddr((self.name, self.email), charset="utf-8")


class Inv:
    def __init__(self, owner, number, amount, due, client, client_email, kind="company", issued=None,
                 desc="", salutation=None):
        self.owner, self.number, self.amount, self.client, self.client_email = owner, number, amount, client, client_email
        self.kind = kind
        self.due = dt.date.fromisoformat(due)
        self.issued = dt.date.fromisoformat(issued) if issued else self.due - dt.timedelta(days=30)
        self.desc = desc
        self.salutation = salutation

    @property
    def amount_s(self):
        return eur(self.amount) if self.amount is not None else ""


def saludo(inv):
    if inv.salutation:
        return inv.salutation
    if inv.kind == "company":
        return "Estimados señores:"
    if inv.kind == "person" and inv.client:
        t = inv.client.split()[0].lower()
        if t in ["sra.", "sra", "dña.", "doña", "d.ª"]:
            return f"Estimada {inv.client}:"
        if t in ["sr.", "sr", "d.", "don"]:
            return f"Estimado {inv.client}:"
        return f"Buenos días, {inv.client}:"
    return "Buenos días:"


def pago(inv):
    o = inv.owner
    return ("Datos para el pago:\n"
            f"- beneficiario: {o.legal}\n"
            f"- IBAN: {o.iban}\n"
            f"- BIC: {o.bic}\n"
            f"- concepto: Factura {inv.number}")


def fee_block(inv, today):
    days = (today - inv.due).days
    interest = round(inv.amount * 0.1015 * days / 365, 2)
    total = inv.amount + interest + 40
    return (
        "Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que se "
        "establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). Desde el "
        "día siguiente al vencimiento, la deuda devenga automáticamente intereses de demora al tipo legal: el tipo del "
        "Banco Central Europeo para sus operaciones principales de financiación más ocho puntos porcentuales, "
        "actualmente el 10,15 % anual (arts. 5 y 7). A la deuda se añade, además, una cantidad fija de 40,00 € en "
        "concepto de indemnización por costes de cobro (art. 8).\n\n"
        "A día de hoy, el importe adeudado es el siguiente:\n"
        f"- factura n.º {inv.number}: {eur(inv.amount)}\n"
        f"- intereses de demora ({days} días al 10,15 %): {eur(interest)}\n"
        f"- indemnización por costes de cobro: 40,00 €\n"
        f"- total: {eur(total)}"
    ), eur(total)


def reminder_text(kind, inv, when, deadline=None, promise_date=None, claim_date=None, fees=False,
                  suspension_date=None):
    """The text of an outgoing letter (templates/es), values filled in."""
    o = inv.owner
    today = when.date()
    sal = saludo(inv)
    amt = f" de {inv.amount_s}" if inv.amount is not None else ""
    due = fecha_larga(inv.due)
    deadline = deadline or fecha_larga(today + dt.timedelta(days=10))
    if kind == "invoice":
        first = inv.client.split()[0] if inv.kind == "person" else ""
        hello = f"Hola, {first}:" if first else "Buenos días:"
        return (f"{hello}\n\nAdjunto la factura n.º {inv.number}{(' (' + inv.desc + ')') if inv.desc else ''}, "
                f"por importe de {inv.amount_s}, con vencimiento el {due}.\n\n"
                f"{pago(inv)}\n\nMuchas gracias y un saludo,\n{o.sig}")
    if kind == "courtesy":
        return (f"{sal}\n\nUn breve recordatorio: la factura n.º {inv.number}{amt}, emitida el {fecha_larga(inv.issued)}, "
                f"vence el {due}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                f"{pago(inv)}\n\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{o.name}")
    if kind == "due":
        late = (today - inv.due).days
        if late > 0:
            first = (f"La factura n.º {inv.number}{amt} venció el {due} y, según mis registros, el pago aún no consta. "
                     "Agradecería que se tramitara en los próximos días.")
        elif late == 0:
            first = f"La factura n.º {inv.number}{amt} vence hoy, {due}."
        else:
            first = f"La factura n.º {inv.number}{amt} vence el {due}."
        return (f"{sal}\n\n{first}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                f"{pago(inv)}\n\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{o.name}")
    if kind == "reminder":
        fb = ""
        if fees:
            fb = fee_block(inv, today)[0] + "\n\n"
        return (f"{sal}\n\nRevisando mis cuentas, veo que la factura n.º {inv.number}{amt}, vencida el {due}, sigue "
                "pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en "
                f"cuanto sea posible.\n\n{fb}Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder "
                "indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema "
                f"con la factura, podemos aclararlo por esta misma vía.\n\n{pago(inv)}\n\nUn cordial saludo,\n{o.name}")
    if kind == "late_fee":
        late = (today - inv.due).days
        fb, tot = fee_block(inv, today) if fees else ("", inv.amount_s)
        fb = fb + "\n\n" if fb else ""
        return (f"{sal}\n\nLa factura n.º {inv.number}{amt} venció el {due}, hace {late} días, y sigue pendiente de "
                f"pago.\n\n{fb}Ruego que el pago de {tot} se realice a más tardar el {deadline}. Si ya está en curso, "
                "muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con "
                "la factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n"
                f"{pago(inv)}\n\nUn cordial saludo,\n{o.name}")
    if kind == "suspension":
        sd = suspension_date or fecha_larga(today + dt.timedelta(days=15))
        return (f"{sal}\n\nVuelvo a ponerme en contacto en relación con la factura n.º {inv.number}{amt}, vencida el "
                f"{due} y todavía pendiente de pago.\n\nSi para el {deadline} no se ha recibido el pago{amt}, a partir "
                f"del {sd} podría verme en la necesidad de suspender los trabajos en curso y la prestación de los "
                "servicios contratados hasta que se regularice la situación. Si existe alguna dificultad (por ejemplo, "
                "si es necesario fraccionar el pago), basta con responder a este correo y buscaremos una solución.\n\n"
                f"{pago(inv)}\n\nUn cordial saludo,\n{o.name}")
    if kind == "final":
        fb, tot = fee_block(inv, today) if fees else ("", inv.amount_s)
        fb = fb + "\n\n" if fb else ""
        return (f"{sal}\n\nLa factura n.º {inv.number}, emitida a nombre de {inv.client} el {fecha_larga(inv.issued)}, "
                f"venció el {due} y, pese a los recordatorios enviados anteriormente, sigue pendiente de pago por un "
                f"importe de {inv.amount_s}.\n\n{fb}Por la presente, y a los efectos del artículo 1100 del Código Civil, "
                f"requiero formalmente el pago de {tot} a más tardar el {deadline}"
                f"{', más los intereses de demora que se devenguen hasta la fecha del pago' if fees else ''}.\n\n"
                "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
                "retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                "responder a este correo.\n\n"
                f"Si para el {deadline} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la "
                "reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría "
                "sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas "
                "por las molestias: en ese caso, basta una breve respuesta con la fecha de la transferencia.\n\n"
                f"{pago(inv)}\n\nAtentamente,\n{o.name}")
    if kind == "promise_followup":
        if promise_date:
            first = (f"Según su último mensaje, el pago de la factura n.º {inv.number}{amt} se realizaría a más tardar "
                     f"el {promise_date}; gracias de nuevo por la información.")
        else:
            first = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv.number}{amt}, vencida "
                     f"el {due}.")
        return (f"{sal}\n\n{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas "
                "gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me "
                f"sería útil saber para cuándo puedo contar con él.\n\n{pago(inv)}\n\nUn cordial saludo,\n{o.name}")
    if kind == "paid_claim_followup":
        cd = f" el {claim_date}" if claim_date else ""
        return (f"{sal}\n\nMuchas gracias por comunicarme{cd} que la factura n.º {inv.number}{amt} ya está pagada.\n\n"
                "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos "
                "días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería de "
                "gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el justificante.\n\n"
                "Para comprobarlo, estos son los datos bancarios correctos:\n"
                f"- beneficiario: {o.legal}\n- IBAN: {o.iban}\n- concepto: Factura {inv.number}\n\n"
                "Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es "
                "necesario hacer nada más. Gracias por su colaboración.\n\n"
                f"Un cordial saludo,\n{o.name}")
    raise ValueError(kind)


def statement_text(owner, client_inv_list, when, salutation="Estimados señores:", deadline=None):
    today = when.date()
    deadline = deadline or fecha_larga(today + dt.timedelta(days=10))
    lines = []
    total = 0
    for i in client_inv_list:
        late = (today - i.due).days
        lines.append(f"- n.º {i.number}, del {fecha_larga(i.issued)}, vencida el {fecha_larga(i.due)} "
                     f"({late} {'día' if late == 1 else 'días'} de retraso): {i.amount_s}")
        total += i.amount
    first = client_inv_list[0]
    return (f"{salutation}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n"
            + "\n".join(lines) + f"\n\nTotal a pagar: {eur(total)}\n\n"
            f"Ruego que el pago de estas facturas se realice a más tardar el {deadline}. Si alguna de ellas ya está "
            "pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la transferencia, para que pueda "
            "actualizar mis registros. Si hay algún problema con alguna factura, podemos aclararlo por esta misma vía.\n\n"
            "Los datos para el pago figuran en las facturas, en los mensajes con los que se enviaron.\n\n"
            f"Un cordial saludo,\n{owner.name}")


REM_SUBJECT = {
    "invoice": "Factura {n}",
    "courtesy": "Recordatorio: factura n.º {n}",
    "due": "Vencimiento de la factura n.º {n}",
    "reminder": "Recordatorio de pago: factura n.º {n}",
    "late_fee": "Segundo recordatorio: factura n.º {n}",
    "suspension": "Factura n.º {n} pendiente de pago",
    "final": "Requerimiento de pago de la factura n.º {n}",
    "promise_followup": "Pago de la factura n.º {n}",
    "paid_claim_followup": "Pago de la factura n.º {n}",
}


# --------------------------------------------------------------------------- encoding helpers

def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def codec_of(charset):
    # Outlook labels Windows-1252 text as iso-8859-1 (euro sign 0x80, curly quotes 0x93/0x94).
    return {"iso-8859-1": "cp1252", "windows-1252": "cp1252", "utf-8": "utf-8", "us-ascii": "ascii",
            "iso-8859-15": "iso-8859-15"}[charset]


def leaf(text, ctype="text/plain", charset="utf-8", cte="quoted-printable", extra="", flowed=False):
    raw = text.encode(codec_of(charset))
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        body = raw.decode("latin-1")  # byte-transparent; the message is written out as latin-1
    else:
        raise ValueError(cte)
    params = f"; charset=\"{charset}\"" if charset != "utf-8" or RND.random() < 0.5 else f"; charset={charset}"
    if flowed:
        params += "; format=flowed"
    h = f"Content-Type: {ctype}{params}\nContent-Transfer-Encoding: {cte}\n{extra}"
    return h + "\n" + body.rstrip("\n") + "\n"


def binpart(data, ctype, filename, inline=False, cid=None):
    b = base64.encodebytes(data).decode("ascii")
    disp = "inline" if inline else "attachment"
    h = f"Content-Type: {ctype}; name=\"{filename}\"\nContent-Disposition: {disp}; filename=\"{filename}\"\n"
    if cid:
        h += f"Content-ID: <{cid}>\n"
    h += "Content-Transfer-Encoding: base64\n"
    return h + "\n" + b


def multipart(subtype, parts, extra_params=""):
    boundary = RND.choice(["----=_NextPart_", "000000000000", "Apple-Mail=_", "_000_", "----=_Part_"]) + rhex(24)
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{extra_params}\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% {title}\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png():
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def fake_jpg():
    return bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")


def text_to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<div>" + "<br>".join(html.escape(l) for l in p.split("\n")) + "</div>")
    return "<div><br></div>".join(out)


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def gmail_attr(d, who_name, who_email):
    return (f"El {DIAS_AB[d.weekday()]}, {d.day} {MESES_AB[d.month - 1]} {d.year} a las {d:%H:%M}, "
            f"{who_name} (<{who_email}>) escribió:")


def apple_attr(d, who_name, who_email):
    return f"El {d.day} {MESES_AB[d.month - 1]} {d.year}, a las {d:%H:%M}, {who_name} <{who_email}> escribió:"


def outlook_block(d, frm, to, subject, classic=False, cc=None):
    when = f"{DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year} {d:%H:%M}"
    if classic:
        s = f"-----Mensaje original-----\nDe: {frm}\nEnviado el: {when}\nPara: {to}\n"
        if cc:
            s += f"CC: {cc}\n"
        return s + f"Asunto: {subject}\n"
    s = f"________________________________\nDe: {frm}\nEnviado: {when}\nPara: {to}\n"
    if cc:
        s += f"CC: {cc}\n"
    return s + f"Asunto: {subject}\n"


def samsung_block(d, frm, to, subject):
    return (f"-------- Mensaje original --------\nDe: {frm}\nFecha: {d:%d/%m/%y %H:%M} (GMT{d:%z}"[:-2]
            + f":{d:%z}"[-2:] + f")\nPara: {to}\nAsunto: {subject}\n")


def yahoo_attr(d, who_name, who_email):
    return (f"En {DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}, {d:%H:%M:%S} CET, "
            f"{who_name} <{who_email}> escribió:")


def thunder_attr(d, who_name):
    return f"El {d:%d/%m/%Y} a las {d:%H:%M}, {who_name} escribió:"
