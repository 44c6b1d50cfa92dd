#!/usr/bin/env python3
"""Round 6, Spanish-speaking writer: generates r6s-NNNN.eml and labels.toml.

Every body below was written by hand. The helpers only do MIME plumbing, quote the
mailduns reminders the clients reply to, and build DSN / HTML skeletons.
Python 3.11, stdlib only.  Run:  python3 make.py
"""
import base64
import datetime as dt
import hashlib
import os
import quopri
import random
import zlib
import struct
from email.header import Header
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r6s"
rng = random.Random(20270206)

# --------------------------------------------------------------------------------------------
# the mailbox owners (freelancers)
# --------------------------------------------------------------------------------------------
OWNERS = {
    "lucia": dict(name="Lucía Martín", email="lucia@martinestudio.es", tz="Europe/Madrid",
                  benef="Lucía Martín Gil", iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX",
                  dom="martinestudio.es"),
    "jordi": dict(name="Jordi Puig", email="jordi@puigfoto.cat", tz="Europe/Madrid",
                  benef="Jordi Puig Ferrer", iban="ES12 0081 0900 8400 0112 3456", bic="BSABESBBXXX",
                  dom="puigfoto.cat"),
    "marta": dict(name="Marta Iglesias", email="marta@iglesiastraducciones.com", tz="Europe/Madrid",
                  benef="Marta Iglesias Souto", iban="ES45 2080 5000 6130 4012 7788", bic="CAGLESMMXXX",
                  dom="iglesiastraducciones.com"),
    "diego": dict(name="Diego Serrano", email="diego@serranomotion.es", tz="Europe/Madrid",
                  benef="Diego Serrano Ortiz", iban="ES66 0182 2370 4102 0160 3521", bic="BBVAESMMXXX",
                  dom="serranomotion.es"),
    "nayra": dict(name="Nayra Déniz", email="nayra@denizweb.es", tz="Atlantic/Canary",
                  benef="Nayra Déniz Santana", iban="ES03 1465 0100 9119 0034 8821", bic="INGDESMMXXX",
                  dom="denizweb.es"),
}
# numbering: lucia 2026-041 / 2027-003 ; jordi F26-118 / F27-004 ; marta MI-2026-57 ;
#            diego SM-26-104 ; nayra ND/2026/014

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIA3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def D(s, tz):
    """'2026-12-03 10:14' in zone tz -> aware datetime (seconds made up)."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(second=rng.randrange(60), tzinfo=ZoneInfo(tz))
    return d


def fecha(d):
    if isinstance(d, str):
        d = dt.date.fromisoformat(d)
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def eur(x):
    s = f"{x:,.2f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


def split_for(persona):
    return "firstread4" if int(hashlib.sha1(persona.encode("utf-8")).hexdigest(), 16) % 10 < 4 else "dev"


# --------------------------------------------------------------------------------------------
# Message-IDs
# --------------------------------------------------------------------------------------------
def _rand(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mid(style, dom="example.es"):
    if style == "gmail":
        return f"<CA{_rand(2)}{_rand(36, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+')}@mail.gmail.com>"
    if style == "outlook":
        srv = f"{rng.choice(['AM9PR', 'DB9PR', 'PAXPR', 'VI1PR', 'DU0PR', 'AS8PR'])}{rng.randrange(10, 99)}MB{rng.randrange(1000, 9999)}"
        return f"<{srv}{_rand(14)}@{srv}.eurprd{rng.randrange(1, 9):02d}.prod.outlook.com>"
    if style == "apple":
        return f"<{_rand(8)}-{_rand(4)}-{_rand(4)}-{_rand(4)}-{_rand(12)}@{dom}>"
    if style == "owner":
        return f"<{rng.randrange(10**17, 10**18)}.{rng.randrange(1000, 99999)}.{rng.randrange(10**9, 10**10)}@{dom}>"
    if style == "tb":
        return f"<{_rand(8, 'abcdef0123456789')}-{_rand(4, 'abcdef0123456789')}-{_rand(4, 'abcdef0123456789')}-{_rand(4, 'abcdef0123456789')}-{_rand(12, 'abcdef0123456789')}@{dom}>"
    # generic
    return f"<{rng.randrange(10**11, 10**12)}.{_rand(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}@{dom}>"


# --------------------------------------------------------------------------------------------
# MIME plumbing: a part is bytes that start with its own header lines
# --------------------------------------------------------------------------------------------
def _enc_body(raw, cte):
    if cte in ("8bit", "7bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def T(text, sub="plain", charset="utf-8", cte="quoted-printable", codec=None, flowed=False, extra=""):
    """A text leaf. codec: the real byte encoding (e.g. cp1252 under a declared iso-8859-1)."""
    raw = text.encode(codec or charset)
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "quoted-printable"
    params = f"; charset={charset}" if charset.lower() == "utf-8" and rng.random() < 0.5 else f'; charset="{charset}"'
    if flowed:
        params += "; format=flowed"
    head = f"Content-Type: text/{sub}{params}\nContent-Transfer-Encoding: {cte}\n{extra}"
    return head.encode() + b"\n" + _enc_body(raw, cte)


def A(filename, ctype, data, inline=False, cid=None):
    head = f'Content-Type: {ctype}; name="{filename}"\nContent-Transfer-Encoding: base64\n'
    head += f'Content-Disposition: {"inline" if inline else "attachment"}; filename="{filename}"\n'
    if cid:
        head += f"Content-ID: <{cid}>\n"
    return head.encode() + b"\n" + base64.encodebytes(data)


def M(sub, parts, params=""):
    b = "----=_Part_" + _rand(6, "0123456789") + "_" + _rand(10, "0123456789") + "." + _rand(13, "0123456789")
    if rng.random() < 0.4:
        b = "000000000000" + _rand(16, "0123456789abcdef")
    out = f'Content-Type: multipart/{sub}; boundary="{b}"{params}\n\n'.encode()
    if sub != "alternative" or rng.random() < 0.5:
        out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"\n--{b}\n".encode() + p
    out += f"\n--{b}--\n".encode()
    return out


def RAW(ctype, body_bytes, extra=""):
    return f"Content-Type: {ctype}\n{extra}".encode() + b"\n" + body_bytes


def fake_pdf(title):
    body = (f"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            f"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            f"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            f"4 0 obj\n<< /Length 60 >>\nstream\nBT /F1 12 Tf 72 760 Td ({title}) Tj ET\nendstream\nendobj\n"
            f"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png(w=4, h=3, seed=0):
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"".join(bytes(((x * 40 + seed) % 256, (y * 60) % 256, 128)) for x in range(w))
                   for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


# --------------------------------------------------------------------------------------------
# the letters mailduns sends (from templates/es), filled in by hand-picked values
# --------------------------------------------------------------------------------------------
def pay_block(o, inv):
    return (f"Datos para el pago:\n- beneficiario: {o['benef']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
            f"- concepto: Factura {inv}")


def fee_block(inv, amount, due, days, rate="10,15 %"):
    interest = round(amount * 0.1015 * days / 365, 2)
    total = amount + interest + 40
    return (f"Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que se "
            f"establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). "
            f"Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de demora al tipo legal: "
            f"el tipo del Banco Central Europeo para sus operaciones principales de financiación más ocho puntos "
            f"porcentuales, actualmente el {rate} anual (arts. 5 y 7). A la deuda se añade, además, una cantidad fija de "
            f"40,00 € en concepto de indemnización por costes de cobro (art. 8).\n\n"
            f"A día de hoy, el importe adeudado es el siguiente:\n"
            f"- factura n.º {inv}: {eur(amount)}\n"
            f"- intereses de demora ({rate} anual, {days} días desde el {fecha(due + dt.timedelta(days=1))}): {eur(interest)}\n"
            f"- indemnización por costes de cobro: 40,00 €\n"
            f"- total: {eur(total)}"), total


def letter(tpl, o, inv, amount, due, salut="Estimados señores:", sent=None, deadline=None, days_late=None,
           fees=False, invoices=None, promise_date=None, claim_date=None, paid_on=None, suspension=None):
    """Render one of the Spanish reminder letters. due/sent: date objects."""
    amt = f" de {eur(amount)}" if amount else ""
    pay = pay_block(o, inv)
    name = o["name"]
    if tpl == "courtesy":
        subj = f"Recordatorio: factura n.º {inv}"
        body = (f"{salut}\n\nUn breve recordatorio: la factura n.º {inv}{amt} vence el {fecha(due)}.\n\n"
                f"Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n{pay}\n\n"
                f"Para cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{name}")
    elif tpl == "due":
        subj = f"Factura n.º {inv}: vencimiento"
        if days_late:
            line = (f"La factura n.º {inv}{amt} venció el {fecha(due)} y, según mis registros, el pago aún no consta. "
                    f"Agradecería que se tramitara en los próximos días.")
        else:
            line = f"La factura n.º {inv}{amt} vence hoy, {fecha(due)}."
        body = (f"{salut}\n\n{line}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                f"{pay}\n\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{name}")
    elif tpl == "reminder":
        subj = f"Factura n.º {inv} pendiente de pago"
        fb = ""
        if fees:
            fb = fee_block(inv, amount, due, days_late)[0] + "\n\n"
        body = (f"{salut}\n\nRevisando mis cuentas, veo que la factura n.º {inv}{amt}, vencida el {fecha(due)}, sigue "
                f"pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en "
                f"cuanto sea posible.\n\n{fb}Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder "
                f"indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema "
                f"con la factura, podemos aclararlo por esta misma vía.\n\n{pay}\n\nUn cordial saludo,\n{name}")
    elif tpl == "late_fee":
        subj = f"Segundo recordatorio: factura n.º {inv}"
        fb, total = fee_block(inv, amount, due, days_late) if fees else ("", amount)
        hace = f", hace {days_late} días," if days_late and days_late > 1 else ""
        body = (f"{salut}\n\nLa factura n.º {inv}{amt} venció el {fecha(due)}{hace} y sigue pendiente de pago.\n\n"
                + (fb + "\n\n" if fb else "") +
                f"Ruego que el pago de {eur(total)} se realice a más tardar el {fecha(deadline)}. Si ya está en curso, "
                f"muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la "
                f"factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n{pay}\n\n"
                f"Un cordial saludo,\n{name}")
    elif tpl == "suspension":
        subj = f"Factura n.º {inv}: posible suspensión de los trabajos"
        body = (f"{salut}\n\nVuelvo a ponerme en contacto en relación con la factura n.º {inv}{amt}, vencida el "
                f"{fecha(due)} y todavía pendiente de pago.\n\nSi para el {fecha(deadline)} no se ha recibido el pago"
                f"{amt}, a partir del {fecha(suspension)} podría verme en la necesidad de suspender los trabajos en curso "
                f"y la prestación de los servicios contratados hasta que se regularice la situación. Si existe alguna "
                f"dificultad (por ejemplo, si es necesario fraccionar el pago), basta con responder a este correo y "
                f"buscaremos una solución.\n\n{pay}\n\nUn cordial saludo,\n{name}")
    elif tpl == "final":
        subj = f"Requerimiento de pago de la factura n.º {inv}"
        fb, total = fee_block(inv, amount, due, days_late)
        body = (f"{salut}\n\nLa factura n.º {inv} venció el {fecha(due)} y, pese a los recordatorios enviados "
                f"anteriormente, sigue pendiente de pago por un importe de {eur(amount)}.\n\n{fb}\n\n"
                f"Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de "
                f"{eur(total)} a más tardar el {fecha(deadline)}, más los intereses de demora que se devenguen hasta la "
                f"fecha del pago.\n\nMi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es "
                f"también una invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de "
                f"enero, de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para "
                f"el retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                f"responder a este correo.\n\nSi para el {fecha(deadline)} no se ha recibido el pago ni hemos llegado a un "
                f"acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento "
                f"monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los últimos días, muchas "
                f"gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta con la fecha de la "
                f"transferencia.\n\n{pay}\n\nAtentamente,\n{name}")
    elif tpl == "promise_followup":
        subj = f"Factura n.º {inv}: pago pendiente"
        if promise_date:
            first = (f"Según su último mensaje, el pago de la factura n.º {inv}{amt} se realizaría a más tardar el "
                     f"{fecha(promise_date)}; gracias de nuevo por la información.")
        else:
            first = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv}{amt}, vencida el "
                     f"{fecha(due)}.")
        body = (f"{salut}\n\n{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas "
                f"gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me "
                f"sería útil saber para cuándo puedo contar con él.\n\n{pay}\n\nUn cordial saludo,\n{name}")
    elif tpl == "paid_claim_followup":
        subj = f"Factura n.º {inv}: pago no recibido"
        cd = f" el {fecha(claim_date)}" if claim_date else ""
        po = f" (transferencia ordenada el {fecha(paid_on)})" if paid_on else ""
        body = (f"{salut}\n\nMuchas gracias por comunicarme{cd} que la factura n.º {inv}{amt} ya está pagada{po}.\n\n"
                f"Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos "
                f"días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería de "
                f"gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el justificante.\n\n"
                f"Para comprobarlo, estos son los datos bancarios correctos:\n- beneficiario: {o['benef']}\n"
                f"- IBAN: {o['iban']}\n- concepto: Factura {inv}\n\nSi la transferencia se ordenó hace muy poco, es normal "
                f"que aún no haya llegado: en ese caso no es necesario hacer nada más. Gracias por su colaboración.\n\n"
                f"Un cordial saludo,\n{name}")
    elif tpl == "statement":
        subj = "Facturas pendientes de pago"
        lines = []
        total = 0
        for (n_, issued, due_, amount_) in invoices:
            late = (sent - due_).days
            lines.append(f"- n.º {n_}, del {fecha(issued)}, vencida el {fecha(due_)} ({late} días de retraso): {eur(amount_)}")
            total += amount_
        body = (f"{salut}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n"
                + "\n".join(lines) + f"\n\nTotal a pagar: {eur(total)}\n\n"
                f"Ruego que el pago de estas facturas se realice a más tardar el {fecha(deadline)}. Si alguna de ellas ya "
                f"está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la transferencia, para que "
                f"pueda actualizar mis registros. Si hay algún problema con alguna factura, podemos aclararlo por esta misma "
                f"vía.\n\nLos datos para el pago figuran en las facturas, en los mensajes con los que se enviaron.\n\n"
                f"Un cordial saludo,\n{name}")
    elif tpl == "invoice":
        subj = f"Factura {inv}"
        body = invoices  # the hand-written cover text is passed in `invoices`
    else:
        raise ValueError(tpl)
    return subj, body


class Parent:
    """The message the client is replying to (sent from the owner's mailbox)."""

    def __init__(self, owner, to_name, to_email, tpl, inv, amount=None, due=None, sent="2026-12-01 09:00",
                 subject=None, **kw):
        o = OWNERS[owner]
        self.o = o
        self.owner = owner
        self.to_name, self.to_email = to_name, to_email
        self.date = D(sent, o["tz"])
        due_d = dt.date.fromisoformat(due) if due else None
        kw2 = dict(kw)
        for k in ("deadline", "promise_date", "claim_date", "paid_on", "suspension"):
            if kw2.get(k):
                kw2[k] = dt.date.fromisoformat(kw2[k])
        if due_d and tpl in ("reminder", "late_fee", "final", "suspension", "promise_followup", "paid_claim_followup"):
            assert self.date.date() > due_d, (inv, sent, due)
        if due_d and tpl == "courtesy":
            assert self.date.date() < due_d, (inv, sent, due)
        if tpl != "invoice" and due_d and "days_late" not in kw2:
            kw2["days_late"] = (self.date.date() - due_d).days
        if tpl == "statement":
            kw2["invoices"] = [(a, dt.date.fromisoformat(b), dt.date.fromisoformat(c), d) for a, b, c, d in kw2["invoices"]]
            kw2["sent"] = self.date.date()
        self.subject, self.text = letter(tpl, o, inv, amount, due_d, **kw2)
        if subject:
            self.subject = subject
        self.msgid = mid("owner", o["dom"])
        self.refs = [self.msgid]

    # ---- quoting styles -------------------------------------------------------------
    def _gt(self, prefix="> "):
        return "\n".join((prefix + l) if l else prefix.rstrip() for l in self.text.split("\n"))

    def gmail(self):
        d = self.date
        return (f"El {DIA3[d.weekday()]}, {d.day} {MES3[d.month - 1]} {d.year} a las {d:%H:%M}, {self.o['name']} "
                f"(<{self.o['email']}>) escribió:\n{self._gt()}")

    def android(self):
        d = self.date
        return (f"El {DIA3[d.weekday()]}., {d.day} {MES3[d.month - 1]}. {d.year} {d:%H:%M}, {self.o['name']} "
                f"<{self.o['email']}> escribió:\n\n{self._gt()}")

    def apple(self):
        d = self.date
        return (f"El {d.day} {MES3[d.month - 1]} {d.year}, a las {d:%H:%M}, {self.o['name']} <{self.o['email']}> "
                f"escribió:\n\n{self._gt()}")

    def tb(self):
        d = self.date
        return f"El {d:%d/%m/%Y} a las {d:%H:%M}, {self.o['name']} escribió:\n{self._gt()}"

    def outlook(self, to_line=None, sep="_" * 32, enviado="Enviado"):
        d = self.date
        to_line = to_line or (f"{self.to_name} <{self.to_email}>" if self.to_name else self.to_email)
        return (f"{sep}\nDe: {self.o['name']} <{self.o['email']}>\n{enviado}: {DIAS[d.weekday()]}, {d.day} de "
                f"{MESES[d.month - 1]} de {d.year} {d:%H:%M}\nPara: {to_line}\nAsunto: {self.subject}\n\n{self.text}")

    def outlook_old(self, to_line=None):
        d = self.date
        to_line = to_line or (f"{self.to_name} <{self.to_email}>" if self.to_name else self.to_email)
        return (f"-----Mensaje original-----\nDe: {self.o['name']} [mailto:{self.o['email']}]\nEnviado el: "
                f"{DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year} {d:%H:%M}\nPara: {to_line}\n"
                f"Asunto: {self.subject}\n\n{self.text}")

    def html_quote(self):
        d = self.date
        esc = self.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
        return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">El {DIA3[d.weekday()]}, {d.day} '
                f'{MES3[d.month - 1]} {d.year} a las {d:%H:%M}, {self.o["name"]} (&lt;<a href="mailto:{self.o["email"]}">'
                f'{self.o["email"]}</a>&gt;) escribió:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                f'0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{esc}</blockquote></div>')

    def outlook_html_quote(self):
        d = self.date
        esc = self.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        paras = "".join(f'<p class="MsoNormal">{p.replace(chr(10), "<br>")}<o:p></o:p></p>\n' for p in esc.split("\n\n"))
        return (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal"><b>De:</b> {self.o["name"]} &lt;{self.o["email"]}&gt; <br>\n'
                f'<b>Enviado el:</b> {DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year} {d:%H:%M}<br>\n'
                f'<b>Para:</b> {self.to_name or self.to_email} &lt;{self.to_email}&gt;<br>\n'
                f'<b>Asunto:</b> {self.subject}<o:p></o:p></p>\n</div>\n{paras}')


def outlook_html(body_html, quote_html="", font="Calibri"):
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"{font}",sans-serif;}}\n'
            f'--></style>\n</head>\n<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body_html}\n{quote_html}</div>\n</body>\n</html>\n')


def gmail_html(body_html, quote_html=""):
    return f'<div dir="ltr">{body_html}</div><br>{quote_html}\n'


def p_html(text):
    """plain paragraphs -> Outlook MsoNormal paragraphs"""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = []
    for para in esc.split("\n\n"):
        out.append('<p class="MsoNormal">' + para.replace("\n", "<br>\n") + '<o:p></o:p></p>\n'
                   '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def div_html(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "".join(f"<div>{l if l else '<br>'}</div>" for l in esc.split("\n"))


# --------------------------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------------------------
LABELS = []
COUNT = [0]
LABEL_KEYS = ("kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
              "failed_recipient", "permanent", "note")


def emit(*, persona, frm, to, subject, date, body, cc=None, msgid=None, irt=None, refs=None, headers=(),
         kind, note, language="es", subj_charset="utf-8", reply_to=None, sender=None, **facts):
    COUNT[0] += 1
    n = COUNT[0]
    fname = f"{PREFIX}-{n:04d}.eml"
    h = []
    h.extend(headers_pre(headers, "pre"))
    h.append(f"Date: {format_datetime(date)}")
    h.append(f"From: {frm}")
    if sender:
        h.append(f"Sender: {sender}")
    h.append(f"To: {to}")
    if cc:
        h.append(f"Cc: {cc}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h.append(f"Subject: {hdr(subject, subj_charset)}")
    h.append(f"Message-ID: {msgid or mid('generic')}")
    if irt:
        h.append(f"In-Reply-To: {irt}")
    if refs:
        h.append("References: " + "\n ".join(refs))
    h.extend(headers_pre(headers, "post"))
    h.append("MIME-Version: 1.0")
    data = ("\n".join(h) + "\n").encode("utf-8") + body
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(data)
    lab = dict(kind=kind, language=language, split=split_for(persona), note=note)
    for k, v in facts.items():
        if v is not None:
            lab[k] = v
    LABELS.append((fname, lab))


def headers_pre(headers, where):
    out = []
    for item in headers:
        if isinstance(item, tuple):
            pos, line = item
        else:
            pos, line = "post", item
        if pos == where:
            out.append(line)
    return out


def reply(par, *, persona, name, email, date, tz, body, prefix="RE: ", cc=None, style="outlook", mstyle="outlook",
          headers=(), kind, note, att=None, charset="utf-8", codec=None, cte="quoted-printable", to=None,
          html=None, only_html=False, subject=None, frm=None, thread=True, **facts):
    """A client's reply to `par`. `style` picks how the parent is quoted ('none' for no quote).
    body is the client's own text; html (optional) a hand-made HTML version of it."""
    d = D(date, tz)
    assert d > par.date, (par.subject, date)
    q = {"outlook": par.outlook, "outlook_old": par.outlook_old, "gmail": par.gmail, "apple": par.apple,
         "android": par.android, "tb": par.tb}.get(style)
    text = body if q is None else body.rstrip("\n") + "\n\n" + q() + "\n"
    dom = email.split("@")[1]
    msgid = mid(mstyle, dom)
    if html is not None or only_html:
        if mstyle == "gmail":
            quote_html = par.html_quote() if style != "none" else ""
            hb = gmail_html(html if html is not None else div_html(body), quote_html)
        else:
            quote_html = par.outlook_html_quote() if style != "none" else ""
            hb = outlook_html(html if html is not None else p_html(body), quote_html)
        hpart = T(hb, "html", charset, cte, codec)
        tree = hpart if only_html else M("alternative", [T(text, "plain", charset, cte, codec), hpart])
    else:
        tree = T(text, "plain", charset, cte, codec)
    if att:
        tree = M("mixed", [tree] + att)
    emit(persona=persona, frm=frm or addr(name, email), to=to or addr(par.o["name"], par.o["email"]),
         subject=subject or (prefix + par.subject), date=d, body=tree, cc=cc, msgid=msgid,
         irt=par.msgid if thread else None, refs=par.refs if thread else None, headers=headers, kind=kind, note=note, **facts)


OUTLOOK_H = ["X-Mailer: Microsoft Outlook 16.0", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
             "Thread-Index: AdtK" + "".join(random.Random(1).choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)),
             "Content-Language: es-ES"]
IPHONE_H = ["X-Mailer: iPhone Mail (22C152)"]
ANDROID_H = ["User-Agent: Android"]
TB_H = ["User-Agent: Mozilla Thunderbird"]


MSGS = []


def m(f):
    MSGS.append(f)
    return f


LEGAL_ES = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo "
            "contener información confidencial sometida a secreto profesional. No está permitida su comunicación, "
            "reproducción o distribución sin la autorización expresa de su remitente. Si usted no es el destinatario "
            "final, por favor elimínelo e infórmenos por esta vía.\n\nPROTECCIÓN DE DATOS: De conformidad con lo dispuesto "
            "en el Reglamento (UE) 2016/679 (RGPD) y en la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos "
            "forman parte de un fichero cuyo responsable es {resp}, con la finalidad de mantener la relación profesional. "
            "Puede ejercer sus derechos de acceso, rectificación, supresión, limitación, portabilidad y oposición "
            "escribiendo a {mail}.")

# ============================================================================================
# client-reply-paid
# ============================================================================================
@m
def paid_gestoria_collado():
    par = Parent("lucia", "Panadería Hermanos Collado S.L.", "panaderiacollado@gmail.com", "reminder", "2026-037",
                 726.00, "2026-11-15", "2026-11-23 09:10")
    body = """Buenos días, Lucía:

Te escribo desde la asesoría que lleva la contabilidad de Panadería Hermanos Collado. Ramón nos ha reenviado tu recordatorio.

Según nuestros registros, la factura 2026-037 se pagó el pasado 20 de noviembre por transferencia desde la cuenta de Cajamar de la sociedad. Te adjunto el justificante que nos facilita el banco. Puede que por los plazos entre entidades tarde un día más en verse, pero debería estar ya.

Cualquier cosa, nos dices.

Un saludo,

Rocío Benavente
Asesoría Benavente · Fiscal, contable y laboral
C/ Real 14, 1.º B · 28400 Collado Villalba (Madrid)
Tel. 91 850 12 34

""" + LEGAL_ES.format(resp="ASESORÍA BENAVENTE, S.L.", mail="lopd@asesoriabenavente.es")
    reply(par, persona="Asesoría Benavente", name="Rocío Benavente", email="rbenavente@asesoriabenavente.es",
          cc="Panadería Hnos. Collado <panaderiacollado@gmail.com>", date="2026-11-24 12:41", tz="Europe/Madrid",
          body=body, style="outlook", headers=OUTLOOK_H, html=None,
          att=[A("Justificante_transferencia_20112026.pdf", "application/pdf", fake_pdf("Cajamar - Orden de transferencia"))],
          kind="client-reply-paid", reference="2026-037",
          note="Gestoría replying for the client: paid on 20 Nov by transfer, receipt attached; long legal footer.")


@m
def paid_casa_paco():
    par = Parent("jordi", "Casa Paco", "casapaco.bar@gmail.com", "due", "F26-127", 242.00, "2026-11-30",
                 "2026-12-02 09:00", salut="Buenos días:", days_late=2)
    body = "ya te hice el bizum esta mañana, perdona el retraso tio q con el puente vamos locos\n\nEnviado desde mi iPhone"
    reply(par, persona="Casa Paco bar", name="Paco", email="casapaco.bar@gmail.com", date="2026-12-04 13:22",
          tz="Europe/Madrid", body=body, prefix="Re: ", style="apple", mstyle="apple", headers=IPHONE_H,
          kind="client-reply-paid", note="Bar owner, one line, no accents: paid by Bizum this morning.")


@m
def paid_ap_levante():
    par = Parent("diego", "Grupo Alimentario Levante S.A.", "proveedores@grupolevante.es", "reminder", "SM-26-104",
                 2541.00, "2026-11-20", "2026-11-27 09:30")
    html = p_html("""Estimado proveedor:

En respuesta a su correo, le informamos de que la factura SM-26-104 (n.º de documento SAP 5100023871) fue incluida en la remesa de pagos del 25/11/2026 y abonada mediante transferencia SEPA a la cuenta que figura en nuestro maestro de proveedores.

Importe abonado: 2.541,00 €
Fecha valor: 26/11/2026

Le recordamos que nuestras fechas de pago son los días 10 y 25 de cada mes. Para cualquier consulta sobre el estado de sus facturas puede utilizar el portal de proveedores.

Atentamente,

Departamento de Cuentas a Pagar / Accounts Payable
Grupo Alimentario Levante, S.A.
Polígono Industrial Ciutat de Carlet, parcela 22 · 46240 Carlet (Valencia)""")
    body = """Estimado proveedor:

En respuesta a su correo, le informamos de que la factura SM-26-104 (n.º de documento SAP 5100023871) fue incluida en la remesa de pagos del 25/11/2026 y abonada mediante transferencia SEPA a la cuenta que figura en nuestro maestro de proveedores.

Importe abonado: 2.541,00 €
Fecha valor: 26/11/2026

Le recordamos que nuestras fechas de pago son los días 10 y 25 de cada mes. Para cualquier consulta sobre el estado de sus facturas puede utilizar el portal de proveedores.

Atentamente,

Departamento de Cuentas a Pagar / Accounts Payable
Grupo Alimentario Levante, S.A.
Polígono Industrial Ciutat de Carlet, parcela 22 · 46240 Carlet (Valencia)"""
    reply(par, persona="Grupo Alimentario Levante", name="Cuentas a Pagar - Grupo Levante",
          email="cuentasapagar@grupolevante.es", date="2026-11-30 11:05", tz="Europe/Madrid", body=body, html=html,
          style="outlook", headers=OUTLOOK_H, kind="client-reply-paid", amount="2541.00", reference="SM-26-104",
          note="AP department, formal: included in the 25/11 payment run and paid (SAP doc). Mentions fixed pay days 10/25 only as info.")


@m
def paid_mexico_usd():
    par = Parent("lucia", "Lic. Fernanda Treviño", "ftrevino@casatrevino.mx", "reminder", "2026-044", None,
                 "2026-11-30", "2026-12-07 09:00", salut="Buenos días, Fernanda Treviño:")
    body = """Buen día Lucía,

Una disculpa por la demora en responder. Ya le depositamos el día de ayer, fue una transferencia internacional desde Banorte por 1,850.00 USD como lo acordamos en la cotización. Le comparto el comprobante (MT103) para que lo pueda rastrear con su banco, a veces tardan 2 o 3 días hábiles en reflejarse.

Quedo al pendiente.

Saludos cordiales,

Lic. Fernanda Treviño Garza
Gerente de Mercadotecnia
Casa Treviño Vinos y Licores · Monterrey, N.L.
Tel. +52 81 8340 2211"""
    reply(par, persona="Casa Treviño Monterrey", name="Fernanda Treviño", email="ftrevino@casatrevino.mx",
          date="2026-12-08 17:48", tz="America/Mexico_City", body=body, style="gmail", mstyle="gmail",
          prefix="RE: ", att=[A("MT103_Banorte_LMartin.pdf", "application/pdf", fake_pdf("MT103 USD 1850.00"))],
          kind="client-reply-paid", amount="1850.00", currency="USD",
          note="Mexican client: 'ya le depositamos el día de ayer', international wire in USD; amount in USD.")


@m
def paid_argentina_wise():
    par = Parent("jordi", "Martín Ocampo", "martin@ocampoestudio.com.ar", "reminder", "F26-109", 480.00,
                 "2026-11-18", "2026-12-01 09:00", salut="Buenos días, Martín Ocampo:")
    body = """Che Jordi, mil disculpas, se me había pasado por completo. Transferí ayer por Wise, fijate que ya te tendría que haber llegado, a mí me figura como "enviado". Si no te aparece avisame y lo reclamo.

Abrazo grande y gracias por la paciencia!
Martín"""
    reply(par, persona="Martín Ocampo Estudio", name="Martín Ocampo", email="martin@ocampoestudio.com.ar",
          date="2026-12-02 20:15", tz="America/Argentina/Buenos_Aires", body=body, prefix="Re: ", style="gmail",
          mstyle="gmail", kind="client-reply-paid",
          note="Argentine voseo ('transferí ayer', 'fijate'); paid via Wise, asks to be told if not arrived.")


@m
def paid_clinica_sonrisa():
    par = Parent("nayra", "Clínica Dental Sonrisa Norte S.L.P.", "administracion@sonrisanorte.es", "reminder",
                 "ND/2026/019", 385.20, "2026-11-25", "2026-12-09 09:15")
    body = """Buenos días Nayra,

En contabilidad me confirman que la factura se pagó el 2 de diciembre, junto con la del mantenimiento de la web de octubre (fue una sola transferencia por las dos, por eso a lo mejor no la habéis identificado).

¿Podéis comprobar que os ha llegado? Si no es así me decís y lo miramos con el banco.

Un saludo,

Begoña Hernández
Administración
Clínica Dental Sonrisa Norte
Avda. Escaleritas 54, local 3 · 35011 Las Palmas de Gran Canaria
928 20 31 45

Este mensaje contiene información confidencial. Conforme al RGPD y la LOPDGDD, los datos personales de los pacientes y proveedores de Clínica Dental Sonrisa Norte S.L.P. se tratan con la máxima confidencialidad. Si lo ha recibido por error, comuníquelo al remitente y elimínelo."""
    reply(par, persona="Clínica Dental Sonrisa Norte", name="Begoña Hernández - Administración",
          email="administracion@sonrisanorte.es", date="2026-12-09 12:30", tz="Atlantic/Canary", body=body,
          html=p_html(body), style="outlook", headers=OUTLOOK_H, kind="client-reply-paid",
          note="Canary clinic: paid on 2 Dec together with another invoice in one transfer; asks to check it arrived (still paid).")


@m
def paid_ayto_villar():
    par = Parent("marta", "Ayuntamiento de Villar del Campo", "registro@villardelcampo.es", "reminder", "MI-2026-51",
                 1512.50, "2026-12-10", "2026-12-21 09:00")
    body = """Sra. Iglesias:

En relación con su correo de fecha 21 de diciembre, le comunico que la factura MI-2026-51, presentada a través del punto general de entrada FACe con número de registro REGAGE26e00081234567, fue pagada con fecha 18/12/2026 según consta en el mandamiento de pago n.º 2026/4512, por importe líquido de 1.512,50 euros.

Es posible que el abono se haya cruzado con su comunicación.

Atentamente,

Tesorería Municipal
Ayuntamiento de Villar del Campo
Plaza Mayor, 1 · 42113 Villar del Campo (Soria)"""
    reply(par, persona="Ayuntamiento de Villar del Campo", name="Tesorería Ayto. Villar del Campo",
          email="tesoreria@villardelcampo.es", date="2026-12-22 10:47", tz="Europe/Madrid", body=body,
          style="outlook_old", headers=["X-Mailer: Microsoft Outlook 14.0"], charset="iso-8859-1", codec="cp1252",
          kind="client-reply-paid", amount="1512.50", reference="MI-2026-51",
          note="Town treasury: paid on 18/12 per 'mandamiento de pago', crossed with the reminder. iso-8859-1 body.")


@m
def paid_academia_babel():
    par = Parent("lucia", "Academia Babel", "info@academiababel.es", "reminder", "2026-046", 423.50, "2026-12-05",
                 "2026-12-14 09:00")
    body = """¡Hola Lucía!

Qué bien que me escribes porque justo te iba a llamar. Te cuento: para el curso de primavera queremos cambiar los folletos, el formato de tríptico no nos ha funcionado nada (la gente no los coge, se ve que con tanto texto se agobian). Habíamos pensado en algo más tipo postal, A6, con un QR a la web y poco más. También necesitaríamos las lonas de la fachada con las nuevas fechas de matrícula (del 11 al 29 de enero) y, si puede ser, una versión para Instagram de las historias.

¿Tendrías hueco antes de Reyes? Si me mandas presupuesto lo vemos con Andrés esta semana.

Por cierto, lo de la factura ya está, lo pagó Mari Carmen el viernes con lo demás de proveedores.

Un besote y gracias!

Sonia
Academia Babel · Idiomas y repaso
C/ San Bernardo 33 · Madrid"""
    reply(par, persona="Academia Babel", name="Sonia Vidal", email="info@academiababel.es", date="2026-12-14 18:02",
          tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail", html=div_html(body),
          kind="client-reply-paid",
          note="Long chatty mail about new work; one sentence matters: 'lo de la factura ya está, lo pagó Mari Carmen el viernes'.")


@m
def paid_faro_norte_png():
    par = Parent("diego", "Faro Norte Producciones S.L.", "produccion@faronorte.tv", "reminder", "SM-26-112",
                 3025.00, "2026-12-15", "2027-01-04 09:00")
    body = """Hola Diego!!

Sorry, las navidades han sido una locura, teníamos el rodaje de Sanxenxo encima.

Pagado hoy, te paso pantallazo 📎

Un abrazo y feliz año!!
Iria

--
Iria Casal
Jefa de producción · Faro Norte Producciones
+34 686 41 22 90"""
    reply(par, persona="Faro Norte Producciones", name="Iria Casal", email="produccion@faronorte.tv",
          date="2027-01-05 16:40", tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          html=div_html(body), att=[A("Captura de pantalla 2027-01-05 a las 16.38.12.png", "image/png", fake_png(5, 4, 7))],
          kind="client-reply-paid",
          note="Production manager, emoji, 'Pagado hoy, te paso pantallazo' with PNG screenshot.")


@m
def paid_forward_sabadell():
    par = Parent("marta", "Lingua Viva Formación S.L.", "admin@linguaviva.es", "due", "MI-2026-54", 968.00,
                 "2026-12-31", "2027-01-04 09:00", days_late=4)
    body = """Te lo reenvío. Saludos

Pilar

---------- Forwarded message ---------
De: Banco Sabadell <avisos@notificaciones.bancsabadell.com>
Date: lun, 4 ene 2027 a las 12:03
Subject: Justificante de transferencia
To: <admin@linguaviva.es>


Justificante de transferencia SEPA

Ordenante: LINGUA VIVA FORMACION SL
Cuenta de cargo: ES24 0081 **** **** **** 4410
Beneficiario: MARTA IGLESIAS SOUTO
IBAN beneficiario: ES45 2080 5000 6130 4012 7788
Importe: 968,00 EUR
Concepto: FRA MI-2026-54
Fecha de ejecución: 04/01/2027
Referencia: 2027010400341871

Este documento se emite a efectos informativos. Banco de Sabadell, S.A. Avda. Óscar Esplá, 37, 03007 Alicante."""
    reply(par, persona="Lingua Viva Formación", name="Pilar Ferreiro", email="admin@linguaviva.es",
          date="2027-01-04 12:10", tz="Europe/Madrid", body=body, prefix="Re: ", style="none", mstyle="gmail",
          subject="Fwd: Justificante de transferencia", thread=False, kind="client-reply-paid", amount="968.00",
          reference="MI-2026-54",
          note="Client forwards its own bank's outgoing-transfer receipt with just 'Te lo reenvío' as a new message (not threaded, bank's subject); the receipt names the invoice and amount.")


@m
def paid_catalan_montse():
    par = Parent("jordi", "Fleca Cal Ribas", "calribas@calribas.cat", "reminder", "F26-121", 350.90, "2026-12-01",
                 "2026-12-10 09:00")
    body = """Bon dia Jordi!

Perdona, anàvem de bòlit amb el tancament i les comandes de Nadal. Ya está pagada la F26-121, la hizo ayer la Montse desde la cuenta de la fleca.

Moltes gràcies per les fotos, han quedat genials, la gent ens ho diu a la botiga.

Una abraçada,
Núria"""
    reply(par, persona="Fleca Cal Ribas", name="Núria Ribas", email="calribas@calribas.cat", date="2026-12-11 08:17",
          tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail", kind="client-reply-paid",
          reference="F26-121",
          note="Catalan mixed with Spanish: 'Ya está pagada la F26-121, la hizo ayer la Montse'.")


@m
def paid_galician_xoan():
    par = Parent("marta", "Conservas O Berbés", "xoan@conservasberbes.gal", "reminder", "MI-2026-49", 605.00,
                 "2026-11-28", "2026-12-09 09:00")
    body = """Bos días Marta:

Perdón pola demora, andamos coa campaña de Nadal. Ya está hecha la transferencia, la ordenamos onte desde Abanca. Se non che chega en un par de días, avísame.

Un saúdo,

Xoán Lorenzo
Conservas O Berbés
Rúa Ribeira do Berbés 8 · Vigo"""
    reply(par, persona="Conservas O Berbés", name="Xoán Lorenzo", email="xoan@conservasberbes.gal",
          date="2026-12-10 09:31", tz="Europe/Madrid", body=body, prefix="Re: ", style="tb", mstyle="tb",
          headers=TB_H, kind="client-reply-paid",
          note="Galician words slipping in ('onte', 'pola', 'se non che chega'): transfer ordered yesterday.")


@m
def paid_colombia_valor():
    par = Parent("marta", "Fundación Raíces Andinas", "comunicaciones@raicesandinas.org.co", "reminder",
                 "MI-2026-47", 640.00, "2026-11-20", "2026-12-01 09:00")
    body = """Buenas tardes señora Marta,

Reciba un cordial saludo. Le confirmo que ya se realizó el pago por valor de 640 euros correspondiente a la traducción del informe anual. El área financiera me indica que fue por transferencia internacional el pasado viernes.

Quedo atenta a cualquier inquietud.

Cordialmente,

Luisa Fernanda Ospina
Coordinadora de Comunicaciones
Fundación Raíces Andinas
Bogotá D.C., Colombia"""
    reply(par, persona="Fundación Raíces Andinas", name="Luisa Fernanda Ospina", email="comunicaciones@raicesandinas.org.co",
          date="2026-12-01 15:22", tz="America/Bogota", body=body, style="outlook", headers=OUTLOOK_H,
          html=p_html(body), kind="client-reply-paid", amount="640.00",
          note="Colombian register ('por valor de', 'quedo atenta a cualquier inquietud'): paid 640 EUR last Friday.")


@m
def paid_chile_nomas():
    par = Parent("nayra", "Viña Los Maitenes", "contacto@losmaitenes.cl", "reminder", "ND/2026/021", 920.00,
                 "2026-12-10", "2026-12-18 09:00", salut="Buenos días:")
    body = """Hola Nayra, te cuento que ya te pagamos, la transferencia salió el martes desde el BCI. Cualquier cosa me avisas no más.

Saludos y felices fiestas!

Cristóbal"""
    reply(par, persona="Viña Los Maitenes", name="Cristóbal Undurraga", email="contacto@losmaitenes.cl",
          date="2026-12-18 11:40", tz="America/Santiago", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-paid", note="Chilean 'me avisas no más': transfer went out on Tuesday.")


@m
def paid_hecho():
    par = Parent("diego", "Estudio Arquitectura Olmedo", "olmedo@olmedoarquitectos.com", "due", "SM-26-115",
                 907.50, "2026-12-20", "2026-12-21 09:00", days_late=1)
    reply(par, persona="Estudio Arquitectura Olmedo", name="Pablo Olmedo", email="olmedo@olmedoarquitectos.com",
          date="2026-12-21 19:54", tz="Europe/Madrid", body="Hecho.\n\nP.", style="outlook", headers=OUTLOOK_H,
          kind="client-reply-paid", note="Just 'Hecho.' on top of an Outlook-quoted reminder: done = paid.")


@m
def paid_caps_taller():
    par = Parent("lucia", "Talleres Hermanos Gil", "talleresgil@hotmail.com", "reminder", "2026-043", 181.50,
                 "2026-11-25", "2026-12-03 09:00")
    body = "TRANSFERENCIA REALIZADA EL DIA 3. UN SALUDO\n\nANTONIO GIL\nTALLERES HNOS GIL"
    reply(par, persona="Talleres Hermanos Gil", name="TALLERES GIL", email="talleresgil@hotmail.com",
          date="2026-12-04 08:02", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-paid", note="ALL CAPS mechanic, no accents: transfer made on the 3rd.")


@m
def paid_incidencia_iban():
    par = Parent("nayra", "Surf School Las Canteras", "hola@surfcanteras.com", "reminder", "ND/2026/017", 642.00,
                 "2026-11-15", "2026-11-26 09:00")
    body = """Hola Nayra!

Pagamos el jueves pasado, ¿te ha llegado? Es que el banco nos puso una incidencia con el IBAN (decía que no cuadraba el titular o algo así) pero al final salió, me aparece como ejecutada.

Si no te ha llegado dime y voy a la oficina.

Besos
Yaiza"""
    reply(par, persona="Surf School Las Canteras", name="Yaiza Suárez", email="hola@surfcanteras.com",
          date="2026-11-26 14:05", tz="Atlantic/Canary", body=body, prefix="Re: ", style="apple", mstyle="apple",
          headers=IPHONE_H, kind="client-reply-paid",
          note="Paid last Thursday + asks whether it arrived (bank flagged IBAN but executed): still paid.")


@m
def paid_with_vague_future():
    par = Parent("lucia", "Inmobiliaria Sierra Oeste", "gestion@sierraoeste.es", "reminder", "2026-045", 302.50,
                 "2026-12-01", "2026-12-10 09:00")
    body = """Buenas Lucía,

Pagada la 2026-045 esta mañana. La de los carteles de enero también la pagaremos cuando toque, no te preocupes.

Gracias!
Raúl"""
    reply(par, persona="Inmobiliaria Sierra Oeste", name="Raúl Sanz", email="gestion@sierraoeste.es",
          date="2026-12-10 11:26", tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-paid", reference="2026-045",
          note="Clear 'already paid' + undated vague 'la de enero también la pagaremos cuando toque' -> stays paid.")


@m
def paid_asesora_carmen():
    par = Parent("marta", "Carmen Vidal", "carmenvidal.psico@gmail.com", "reminder", "MI-2026-50", 484.00,
                 "2026-11-30", "2026-12-12 09:00", salut="Buenos días, Carmen Vidal:")
    body = """Hola Marta, buenos días:

Soy Elena, la asesora de Carmen Vidal (me pone en copia). Carmen me pide que te confirme que pagó la factura el 30 de noviembre, 484 €, desde su cuenta personal de ING porque la de la consulta estaba bloqueada por un cambio de titularidad. Por eso en el concepto no aparece el nombre de la consulta, sino el suyo.

Un saludo,
Elena Quiroga
Quiroga Asesores · Santiago de Compostela"""
    reply(par, persona="Quiroga Asesores", name="Elena Quiroga", email="elena@quirogaasesores.es",
          cc="Carmen Vidal <carmenvidal.psico@gmail.com>", date="2026-12-14 10:12", tz="Europe/Madrid", body=body,
          style="outlook", headers=OUTLOOK_H, kind="client-reply-paid", amount="484.00",
          note="Client's tax advisor confirms payment (30 Nov, 484 EUR) from a personal account.")


@m
def paid_cp1252_outlook():
    par = Parent("diego", "Distribuciones Ebro S.A.", "facturas@distribucionesebro.com", "late_fee", "SM-26-106",
                 1331.00, "2026-11-30", "2026-12-14 09:00", deadline="2026-12-21", fees=True)
    body = """Buenos días Sr. Serrano,

Ya se ha abonado el importe de 1.331,00 € el pasado viernes (11/12). Disculpe el retraso, tuvimos un cambio de personal en administración y se quedaron varias facturas sin contabilizar…

Un saludo,

Mercedes Lahoz
Dpto. Administración – Distribuciones Ebro, S.A.
Ctra. de Logroño km 7,3 – 50011 Zaragoza"""
    reply(par, persona="Distribuciones Ebro", name="Mercedes Lahoz", email="mlahoz@distribucionesebro.com",
          date="2026-12-14 12:58", tz="Europe/Madrid", body=body,
          style="outlook", headers=OUTLOOK_H, charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
          kind="client-reply-paid", amount="1331.00",
          note="iso-8859-1 declared with cp1252 bytes (euro sign, curly quotes). Paid last Friday (11/12), apologises for the delay.")


@m
def paid_tarjeta_enlace():
    par = Parent("nayra", "Ana Belén Rodríguez", "anabelen.fisio@gmail.com", "courtesy", "ND/2026/023", 210.00,
                 "2026-12-20", "2026-12-15 09:00", salut="Buenos días, Ana Belén Rodríguez:")
    body = "Hola Nayra, lo pagué con tarjeta en el enlace que venía en la factura, me salió el ok. Un saludo!!"
    reply(par, persona="Ana Belén fisio", name="Ana Belén Rodríguez", email="anabelen.fisio@gmail.com",
          date="2026-12-15 21:47", tz="Atlantic/Canary", body=body, prefix="Re: ", style="android", mstyle="gmail",
          headers=ANDROID_H, kind="client-reply-paid", note="Paid by card on the payment link; reply to the courtesy reminder.")


@m
def paid_statement_single_transfer():
    par = Parent("lucia", "Ediciones Tramontana S.L.", "administracion@edtramontana.com", "statement", "", None, None,
                 "2027-01-12 09:00", deadline="2027-01-22",
                 invoices=[("2026-048", "2026-11-10", "2026-12-10", 1089.00), ("2026-052", "2026-11-24", "2026-12-24", 1031.00)])
    body = """Buenos días:

Pagadas todas. Hicimos una transferencia única de 2.120 € el día 14 de diciembre (creo que por error pusimos en el concepto solo el número de la primera). Por favor revisadlo y si falta algo nos decís.

Saludos,

Teresa Quintana
Administración · Ediciones Tramontana"""
    reply(par, persona="Ediciones Tramontana", name="Teresa Quintana", email="administracion@edtramontana.com",
          date="2027-01-12 10:20", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-paid", amount="2120.00",
          note="Reply to a two-invoice statement: 'Pagadas todas', one transfer of 2.120 EUR covering both.")


@m
def paid_bar_placa_bizum():
    par = Parent("jordi", "Bar La Plaça", "barlaplaca@gmail.com", "due", "F26-124", 90.00, "2026-12-13",
                 "2026-12-14 09:00", salut="Buenos días:", days_late=1)
    body = "Ei Jordi, pagat! bueno, pagado jeje. El bizum de 90€ te lo hice el domingo, mira a ver 👍"
    reply(par, persona="Bar La Plaça", name="Bar La Plaça", email="barlaplaca@gmail.com", date="2026-12-14 12:03",
          tz="Europe/Madrid", body=body, prefix="Re: ", style="none", mstyle="gmail", kind="client-reply-paid",
          amount="90.00", note="Catalan 'pagat!', Bizum of 90 EUR on Sunday; no quote.")


@m
def paid_long_productora():
    par = Parent("diego", "Nébula Audiovisual S.L.", "admin@nebula-av.com", "reminder", "SM-26-118", 1815.00,
                 "2027-01-10", "2027-01-18 09:00")
    body = """Diego, qué tal!

Te escribo rápido entre reuniones. Tenemos luz verde para la serie de cápsulas del museo: serían 8 piezas de 45-60 segundos, con rótulos animados en castellano e inglés y subtítulos quemados para redes. La idea es grabar a finales de febrero y entregar la primera tanda a mediados de marzo. ¿Te encajaría? Si quieres nos vemos el jueves en la oficina y te enseño el guion y las referencias que ha mandado el cliente (ojo, que les encanta el rollo Wes Anderson, paleta pastel, simetría, todo muy centrado...).

Lo de la SM-26-118 ya lo tienes en la cuenta desde el martes según Administración, me dicen que se quedó atascada en la firma de Jaime, que estuvo de viaje.

Otra cosa: ¿me pasas el proyecto de After del spot de Navidad? Queremos reaprovechar la transición del logo.

Un abrazo,
Andrea

Andrea Montes · Productora ejecutiva
NÉBULA AUDIOVISUAL
www.nebula-av.com"""
    reply(par, persona="Nébula Audiovisual", name="Andrea Montes", email="andrea@nebula-av.com",
          date="2027-01-20 13:14", tz="Europe/Madrid", body=body, prefix="RE: ", style="outlook", headers=OUTLOOK_H,
          html=p_html(body), kind="client-reply-paid", reference="SM-26-118",
          note="Long mail about new work; buried: 'Lo de la SM-26-118 ya lo tienes en la cuenta desde el martes'.")


@m
def paid_html_gmail_festivo():
    par = Parent("lucia", "Marisa Polo", "marisapolo.ceramica@gmail.com", "due", "2026-053", 145.20, "2026-12-23",
                 "2026-12-23 09:00", salut="Buenos días, Marisa Polo:", days_late=0)
    html = div_html("""Buenas Lucía,

te lo pagué anoche desde la app del Santander, a lo mejor no te entra hasta el lunes por los festivos.

¡Feliz Navidad y gracias por el logo, me encanta! 🎄

Marisa""")
    reply(par, persona="Marisa Polo cerámica", name="Marisa Polo", email="marisapolo.ceramica@gmail.com",
          date="2026-12-24 10:41", tz="Europe/Madrid", body="", html=html, only_html=True, prefix="Re: ",
          style="gmail", mstyle="gmail", kind="client-reply-paid",
          note="HTML-only Gmail with blockquote: paid last night from the bank app, may arrive after holidays.")


@m
def paid_justificante_only():
    par = Parent("marta", "Bodegas Ribeiro Sur S.A.", "contabilidad@ribeirosur.es", "late_fee", "MI-2026-52",
                 726.00, "2026-12-05", "2026-12-28 09:00", deadline="2027-01-08", fees=False)
    body = "Buenos días,\n\nLe adjunto el justificante.\n\nSaludos,\nContabilidad Bodegas Ribeiro Sur"
    reply(par, persona="Bodegas Ribeiro Sur", name="Contabilidad Ribeiro Sur", email="contabilidad@ribeirosur.es",
          date="2026-12-29 09:12", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          att=[A("JUSTIFICANTE PAGO MI-2026-52.pdf", "application/pdf", fake_pdf("Justificante de pago"))],
          kind="client-reply-paid",
          note="Only 'Le adjunto el justificante' with a PDF named like a payment receipt: paid (no verb).")


@m
def paid_ayto_intervencion():
    par = Parent("lucia", "Ayuntamiento de Navalrobles", "cultura@navalrobles.es", "reminder", "2026-049", 2178.00,
                 "2026-12-30", "2027-01-18 09:00")
    body = """Buenos días:

En contestación a su correo, desde la Intervención municipal le informamos de que la factura n.º 2026-049, correspondiente al diseño de la cartelería de las fiestas patronales, ha sido abonada con fecha 15/01/2027 (orden de pago O 2027/00123).

El importe líquido transferido asciende a 2.178,00 €.

Atentamente,

Intervención – Ayuntamiento de Navalrobles"""
    reply(par, persona="Ayuntamiento de Navalrobles", name="Intervención Navalrobles", email="intervencion@navalrobles.es",
          date="2027-01-19 13:05", tz="Europe/Madrid", body=body, style="outlook_old",
          headers=["X-Mailer: Microsoft Outlook 15.0"], kind="client-reply-paid", amount="2178.00", reference="2026-049",
          note="Public administration (Intervención): 'ha sido abonada con fecha 15/01/2027', orden de pago number.")


@m
def paid_listo_argentina():
    par = Parent("nayra", "Agustina Ferreyra", "agusferreyra.yoga@gmail.com", "reminder", "ND/2026/025", 300.00,
                 "2027-01-05", "2027-01-13 09:00", salut="Buenos días, Agustina Ferreyra:")
    reply(par, persona="Agustina Ferreyra yoga", name="Agustina Ferreyra", email="agusferreyra.yoga@gmail.com",
          date="2027-01-13 10:02", tz="America/Argentina/Buenos_Aires", body="Listo, ya está 👍", prefix="Re: ",
          style="android", mstyle="gmail", headers=ANDROID_H, kind="client-reply-paid",
          note="Two words + emoji: 'Listo, ya está' means paid.")


@m
def paid_openbank_cuenta():
    par = Parent("diego", "Gimnasio Titán", "recepcion@gimnasiotitan.es", "reminder", "SM-26-120", 423.50,
                 "2027-01-15", "2027-01-25 09:00")
    body = """Buenas Diego,

Ingresado en la cuenta que nos indicaste en la factura (la de BBVA). Si ya no es esa avísame porque me ha salido un aviso raro de que el titular no coincidía exactamente.

Saludos
Kike"""
    reply(par, persona="Gimnasio Titán", name="Enrique Navas", email="recepcion@gimnasiotitan.es",
          date="2027-01-25 18:22", tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-paid",
          note="'Ingresado en la cuenta' + a doubt about the payee name check (VoP warning): paid, with a question.")


@m
def paid_after_followup():
    par = Parent("jordi", "Hotel Mirador del Port", "direccion@miradordelport.com", "paid_claim_followup", "F26-119",
                 1210.00, "2026-12-05", "2027-01-14 09:00", claim_date="2027-01-08")
    body = """Bon dia Jordi,

Tens raó, perdona. Te adjunto ahora el justificante: la transferencia se hizo el 9 de enero, referencia 0049 1500 2027 0109 7712, desde Banco Santander. Es posible que se retrasara por el fin de semana.

Salutacions,

Marc Vidal
Director · Hotel Mirador del Port ****
Passeig Marítim 12 · Sitges"""
    reply(par, persona="Hotel Mirador del Port", name="Marc Vidal", email="direccion@miradordelport.com",
          date="2027-01-14 11:30", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          att=[A("Justificante_transferencia.pdf", "application/pdf", fake_pdf("Santander transferencia 1210,00"))],
          kind="client-reply-paid",
          note="Reply to the 'pago no recibido' follow-up: gives transfer date and reference, receipt attached.")


@m
def paid_confirming_abonado():
    par = Parent("lucia", "Construcciones Arévalo S.A.", "proveedores@arevalo.es", "reminder", "2026-039", 4840.00,
                 "2026-11-30", "2026-12-11 09:00")
    body = """Buenos días,

Le informamos de que la factura 2026-039 se abonó el pasado 10 de diciembre, dentro de nuestra remesa de pagos quincenal. Es posible que su entidad tarde 24-48 h en reflejar el ingreso.

Para futuras consultas puede dirigirse a proveedores@arevalo.es indicando siempre nuestro número de pedido.

Un saludo,

Javier Montoya
Cuentas a Pagar
Construcciones Arévalo, S.A."""
    reply(par, persona="Construcciones Arévalo", name="Javier Montoya", email="jmontoya@arevalo.es",
          cc="proveedores@arevalo.es", date="2026-12-11 13:40", tz="Europe/Madrid", body=body, style="outlook",
          headers=OUTLOOK_H, html=p_html(body), kind="client-reply-paid", reference="2026-039",
          note="AP clerk, cc accounts: 'se abonó el pasado 10 de diciembre, dentro de nuestra remesa'.")


@m
def paid_typos_mexico():
    par = Parent("marta", "Grupo Editorial Tlaloc", "editorial@tlaloc.com.mx", "reminder", "MI-2026-53", 1100.00,
                 "2026-12-15", "2026-12-28 09:00")
    body = """Hola Marta buenas tardes, ya quedo el pago desde el viernes, me confirma cuando le llege porfavor.

saludos

Enviado desde mi Huawei"""
    reply(par, persona="Grupo Editorial Tlaloc", name="Ricardo Pérez", email="editorial@tlaloc.com.mx",
          date="2026-12-28 16:55", tz="America/Mexico_City", body=body, prefix="RE: ", style="none", mstyle="generic",
          kind="client-reply-paid", note="Mexican, typos, no accents: 'ya quedo el pago desde el viernes'.")


# ============================================================================================
# client-reply-promise
# ============================================================================================
@m
def prom_bar_viernes():
    par = Parent("jordi", "Bodega Can Roca", "canroca.bodega@gmail.com", "reminder", "F26-107", 165.00, "2026-11-10",
                 "2026-11-17 09:00", salut="Buenos días:")
    body = "Jordi perdona, esta semana voy fatal de caja. Te pago el viernes, palabra.\n\nPep"
    reply(par, persona="Bodega Can Roca", name="Pep Roca", email="canroca.bodega@gmail.com", date="2026-11-18 23:12",
          tz="Europe/Madrid", body=body, prefix="Re: ", style="android", mstyle="gmail", headers=ANDROID_H,
          kind="client-reply-promise", promised_date="2026-11-20",
          note="'Te pago el viernes' sent Wed 18 Nov late at night -> Fri 20 Nov.")


@m
def prom_ap_remesa_10():
    par = Parent("lucia", "Hipermercados Costa Blanca S.A.", "proveedores@hipercostablanca.es", "reminder", "2026-061",
                 3630.00, "2026-12-15", "2026-12-28 09:00")
    body = """Estimada proveedora:

Su factura 2026-061 se recibió correctamente y ya está contabilizada y aprobada. Le recordamos que nuestras fechas de pago fijas son los días 10 y 25 de cada mes; al haberse aprobado después del corte del día 20, entrará en la remesa del 10 de enero.

Rogamos disculpe las molestias.

Un saludo,

Cuentas a Pagar
Hipermercados Costa Blanca, S.A.
Este correo es confidencial y va dirigido únicamente a su destinatario."""
    reply(par, persona="Hipermercados Costa Blanca", name="Cuentas a Pagar HCB", email="cuentasapagar@hipercostablanca.es",
          date="2026-12-28 12:44", tz="Europe/Madrid", body=body, html=p_html(body), style="outlook",
          headers=OUTLOOK_H, kind="client-reply-promise", promised_date="2027-01-10", reference="2026-061",
          note="AP with fixed pay days 10/25: 'entrará en la remesa del 10 de enero'.")


@m
def prom_mexico_lunes():
    par = Parent("nayra", "Dr. Alejandro Cervantes", "acervantes@clinicacervantes.mx", "reminder", "ND/2026/024",
                 None, "2026-12-31", "2027-01-13 09:00", salut="Buenos días, Dr. Alejandro Cervantes:")
    body = """Estimada Nayra:

Le ofrezco una disculpa, tuvimos cierre de año y se nos juntaron los pagos a proveedores. Le pago el lunes sin falta, mi contadora ya tiene los datos de su cuenta.

Saludos cordiales,
Dr. Alejandro Cervantes
Clínica Cervantes · Guadalajara, Jal."""
    reply(par, persona="Clínica Cervantes Guadalajara", name="Dr. Alejandro Cervantes", email="acervantes@clinicacervantes.mx",
          date="2027-01-14 10:20", tz="America/Mexico_City", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-promise", promised_date="2027-01-18",
          note="Mexican 'le pago el lunes sin falta' on Thu 14 Jan -> Mon 18 Jan.")


@m
def prom_no_antes_28():
    par = Parent("diego", "Escuela de Cine La Claqueta", "direccion@laclaqueta.es", "reminder", "SM-26-110", 1452.00,
                 "2026-12-05", "2026-12-15 09:00")
    body = """Hola Diego,

Te soy sincero: antes del 28 no puedo. Cobramos las cuotas del segundo trimestre el 28 y ese mismo día te hago la transferencia.

Perdona el lío.
Alberto"""
    reply(par, persona="Escuela de Cine La Claqueta", name="Alberto Gil", email="direccion@laclaqueta.es",
          date="2026-12-16 09:48", tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-promise", promised_date="2026-12-28",
          note="'antes del 28 no puedo ... ese mismo día te hago la transferencia' -> 28 Dec.")


@m
def prom_primeros_mes():
    par = Parent("lucia", "Floristería Azahar", "floristeriaazahar@yahoo.es", "reminder", "2026-047", 157.30,
                 "2026-12-07", "2026-12-16 09:00", salut="Buenos días:")
    body = """Hola guapa, perdona, con las flores de Navidad no paro. Te lo pago a primeros de mes, que ahora mismo estoy pagando a los viveros.

Un beso, Loli

Enviado desde Yahoo Mail para Android"""
    reply(par, persona="Floristería Azahar", name="Loli Azahar", email="floristeriaazahar@yahoo.es",
          date="2026-12-17 15:31", tz="Europe/Madrid", body=body, prefix="Re: ", style="none", mstyle="generic",
          kind="client-reply-promise", note="'a primeros de mes' is vague: promise with no date.")


@m
def prom_colombia_semana_entrante():
    par = Parent("marta", "Editorial Cordillera S.A.S.", "pagos@editorialcordillera.com.co", "reminder", "MI-2026-55",
                 880.00, "2027-01-10", "2027-01-19 09:00")
    body = """Buenos días Marta, espero se encuentre muy bien.

Le comento que la factura ya fue radicada en el área de tesorería y la semana entrante le hacemos el pago sin falta. Le estaré enviando el soporte apenas salga.

Mil gracias por la paciencia.

Atentamente,
Juan Camilo Restrepo
Asistente administrativo
Editorial Cordillera S.A.S. · Medellín"""
    reply(par, persona="Editorial Cordillera Medellín", name="Juan Camilo Restrepo", email="pagos@editorialcordillera.com.co",
          date="2027-01-19 08:10", tz="America/Bogota", body=body, style="outlook", headers=OUTLOOK_H,
          html=p_html(body), kind="client-reply-promise",
          note="Colombian 'la semana entrante le hacemos el pago' - vague, no date.")


@m
def prom_manana_sin_falta():
    par = Parent("jordi", "Restaurant Mar Blava", "reserves@marblava.cat", "late_fee", "F27-004", 605.00,
                 "2027-01-20", "2027-02-02 09:00", deadline="2027-02-09", fees=True)
    body = "Jordi, disculpa, se me pasó totalmente. Mañana sin falta te lo hago.\n\nLaia\n\nEnviat des del meu iPhone"
    reply(par, persona="Restaurant Mar Blava", name="Laia Soler", email="reserves@marblava.cat",
          date="2027-02-03 22:40", tz="Europe/Madrid", body=body, prefix="Re: ", style="apple", mstyle="apple",
          headers=IPHONE_H, kind="client-reply-promise", promised_date="2027-02-04",
          note="'Mañana sin falta' on Wed 3 Feb (22:40) -> 4 Feb. Catalan iPhone signature.")


@m
def prom_ayto_fiscalizacion():
    par = Parent("diego", "Ayuntamiento de Santa Olalla del Monte", "cultura@santaolalla.es", "reminder", "SM-26-111",
                 2420.00, "2026-12-12", "2027-01-08 09:00")
    body = """Estimado Sr. Serrano:

En relación con la factura SM-26-111, presentada a través de FACe, le informo de que la misma ha sido conformada por la Concejalía de Cultura con fecha 4 de enero y se encuentra pendiente de fiscalización por parte de la Intervención municipal. Una vez fiscalizada, se incluirá en la próxima relación de pagos que apruebe la Alcaldía.

Lamentamos la demora, debida al cierre del ejercicio presupuestario.

Atentamente,

Mª Ángeles Cuesta
Administrativa – Área de Cultura y Festejos
Ayuntamiento de Santa Olalla del Monte"""
    reply(par, persona="Ayuntamiento de Santa Olalla del Monte", name="Mª Ángeles Cuesta", email="macuesta@santaolalla.es",
          date="2027-01-11 12:15", tz="Europe/Madrid", body=body, style="outlook_old",
          headers=["X-Mailer: Microsoft Outlook 16.0"], charset="windows-1252", codec="cp1252",
          kind="client-reply-promise", reference="SM-26-111",
          note="Public administration: 'conformada', 'pendiente de fiscalización', will go into the next payment list: promise, no date. windows-1252.")


@m
def prom_cliente_final():
    par = Parent("lucia", "Agencia Kinetik", "hola@kinetik.agency", "late_fee", "2026-042", 1694.00, "2026-11-20",
                 "2026-12-16 09:00", deadline="2026-12-23", fees=True)
    body = """Lucía, te soy totalmente transparente: el cliente de la campaña (la cadena de ópticas) todavía no nos ha pagado a nosotros. En cuanto nos pague, te pagamos, te lo prometo. Les estamos apretando.

Lo siento mucho, de verdad.

Dani
Kinetik · Brand & Content"""
    reply(par, persona="Agencia Kinetik", name="Dani Ferrer", email="dani@kinetik.agency", date="2026-12-16 17:02",
          tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail", cc="hola@kinetik.agency",
          kind="client-reply-promise", note="'En cuanto nos pague [el cliente], te pagamos' - conditional promise, no date.")


@m
def prom_parcial_fin_mes():
    par = Parent("nayra", "Tienda Guanche Gourmet", "pedidos@guanchegourmet.com", "reminder", "ND/2026/022", 963.00,
                 "2026-12-20", "2027-01-11 09:00")
    body = """Buenos días Nayra,

Te cuento cómo lo vamos a hacer, si te parece bien: hoy te transfiero 500 € y el resto a final de mes, cuando cobremos lo de las cestas de empresa.

Gracias por la comprensión.

Jonay
Guanche Gourmet · Productos canarios"""
    reply(par, persona="Guanche Gourmet", name="Jonay Perera", email="pedidos@guanchegourmet.com",
          date="2027-01-12 09:58", tz="Atlantic/Canary", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-promise", promised_date="2027-01-31",
          note="Part today (500) and the rest 'a final de mes' -> paid in full by 31 Jan. Not paid yet -> promise; amount left out (two amounts).")


@m
def prom_one_paid_other_15():
    par = Parent("lucia", "Coworking La Fábrica", "admin@lafabricacowork.es", "statement", "", None, None,
                 "2027-01-08 09:00", deadline="2027-01-18",
                 invoices=[("2026-062", "2026-11-20", "2026-12-20", 242.00), ("2026-063", "2026-12-01", "2026-12-31", 484.00)])
    body = """Hola Lucía:

La 2026-062 ya está pagada (salió el 30 de diciembre, te tendría que haber llegado). La 2026-063 la pagamos el día 15, que es cuando hacemos los pagos de este mes.

Un saludo,
Irene Blanco
Coworking La Fábrica"""
    reply(par, persona="Coworking La Fábrica", name="Irene Blanco", email="admin@lafabricacowork.es",
          date="2027-01-08 11:12", tz="Europe/Madrid", body=body, prefix="Re: ", style="tb", mstyle="tb", headers=TB_H,
          kind="client-reply-promise", promised_date="2027-01-15", reference="2026-063",
          note="Two invoices: one paid, the other promised for the 15th -> promise (reference = the promised one).")


@m
def prom_esta_semana():
    par = Parent("jordi", "Club Náutic Port Ginesta", "secretaria@cnginesta.cat", "reminder", "F26-125", 726.00,
                 "2026-12-18", "2027-01-07 09:00")
    body = """Hola Jordi,

Bon any! Esta semana os lo pago, que el tesorero vuelve mañana de vacaciones y tiene que firmar él.

Salut,
Gemma – Secretaria CN Port Ginesta"""
    reply(par, persona="Club Nàutic Port Ginesta", name="Secretaria CNPG", email="secretaria@cnginesta.cat",
          date="2027-01-07 10:33", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-promise", note="'Esta semana os lo pago' - vague, no date.")


@m
def prom_hoy_mismo():
    par = Parent("marta", "Pablo Couto", "pablocouto.abogado@gmail.com", "reminder", "MI-2026-44", 302.50,
                 "2026-11-15", "2026-11-27 09:00", salut="Buenos días, Pablo Couto:")
    body = "Perdona Marta, lo tenía apuntado y se me pasó. Hoy mismo lo hago.\n\nPablo Couto\nAbogado · ICAVIGO 3.412"
    reply(par, persona="Pablo Couto abogado", name="Pablo Couto", email="pablocouto.abogado@gmail.com",
          date="2026-11-27 13:07", tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-promise", promised_date="2026-11-27", note="'Hoy mismo lo hago' -> today.")


@m
def prom_remesa_viernes():
    par = Parent("diego", "Óptica Visión 10", "compras@vision10.es", "reminder", "SM-27-003", 544.50, "2027-01-31",
                 "2027-02-08 09:00")
    body = """Buenos días Diego,

La tengo aquí, lo meto en la remesa del viernes.

Un saludo,
Sergio Blanco
Administración · Óptica Visión 10"""
    reply(par, persona="Óptica Visión 10", name="Sergio Blanco", email="compras@vision10.es", date="2027-02-09 10:02",
          tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H, kind="client-reply-promise",
          promised_date="2027-02-12", note="'lo meto en la remesa del viernes' on Tue 9 Feb -> Fri 12 Feb.")


@m
def prom_nomina_30():
    par = Parent("lucia", "Rosa Elena Marín", "rosaelena.marin@hotmail.com", "reminder", "2026-038", 250.00,
                 "2026-11-10", "2026-11-19 09:00", salut="Buenos días, Rosa Elena Marín:")
    body = """Buenas tardes Lucía, siento mucho el retraso. Ahora mismo no tengo, te lo pago en cuanto cobre la nómina, el 30. Las invitaciones de la boda quedaron preciosas, gracias otra vez.

Rosa"""
    reply(par, persona="Rosa Elena Marín", name="Rosa Elena Marín", email="rosaelena.marin@hotmail.com",
          date="2026-11-20 16:15", tz="Europe/Madrid", body=body, style="outlook", mstyle="outlook",
          kind="client-reply-promise", promised_date="2026-11-30",
          note="Private client: will pay when the salary arrives, 'el 30' -> 30 Nov.")


@m
def prom_chile_fin_mes():
    par = Parent("nayra", "Cervecería Austral Sur SpA", "admin@australsur.cl", "reminder", "ND/2027/003", 1150.00,
                 "2027-01-31", "2027-02-09 09:00")
    body = """Hola Nayra, ¿cómo estai? Perdón, ando a full con la temporada. Te transfiero a fin de mes, sin falta, que ahí entra la plata de los distribuidores.

Saludos po!
Felipe"""
    reply(par, persona="Cervecería Austral Sur", name="Felipe Rojas", email="admin@australsur.cl",
          date="2027-02-10 12:30", tz="America/Santiago", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-promise", promised_date="2027-02-28",
          note="Chilean slang ('cómo estai', 'po'): 'a fin de mes' -> 28 Feb 2027.")


@m
def prom_lunes_que_viene_ar():
    par = Parent("marta", "Sofía Benítez", "sofi.benitez@gmail.com", "reminder", "MI-2026-46", 190.00, "2026-11-20",
                 "2026-12-02 09:00", salut="Buenos días, Sofía Benítez:")
    body = """Hola Marta! Uy, disculpá, no me di cuenta. El lunes que viene te transfiero, que ahora estoy de viaje y no tengo el token del banco conmigo.

Besos,
Sofi"""
    reply(par, persona="Sofía Benítez", name="Sofía Benítez", email="sofi.benitez@gmail.com", date="2026-12-03 18:22",
          tz="America/Argentina/Buenos_Aires", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-promise", promised_date="2026-12-07",
          note="Argentine 'el lunes que viene te transfiero' on Thu 3 Dec -> Mon 7 Dec.")


@m
def prom_fecha_valor():
    par = Parent("jordi", "Immobiliària Costa Daurada", "admin@icdaurada.com", "reminder", "F26-116", 847.00,
                 "2026-12-01", "2026-12-14 09:00")
    body = """Buenos días,

Les informamos de que hemos dado orden de pago de su factura F26-116 con fecha valor 21 de diciembre.

Atentamente,

Departament d'Administració
Immobiliària Costa Daurada, S.L."""
    reply(par, persona="Immobiliària Costa Daurada", name="Administració ICD", email="admin@icdaurada.com",
          date="2026-12-14 16:05", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-promise", promised_date="2026-12-21", reference="F26-116",
          note="Transfer 'ordered' but with a future value date (21 Dec): not paid yet -> promise for the 21st.")


@m
def prom_pagare():
    par = Parent("diego", "Muebles Hermanos Saura S.L.", "administracion@mueblessaura.es", "reminder", "SM-26-108",
                 2117.50, "2026-11-30", "2026-12-11 09:00")
    body = """Buenos días:

Le comunicamos que el pago de su factura SM-26-108 se ha realizado mediante pagaré con vencimiento 10/02/2027, que le ha sido enviado hoy por correo certificado a la dirección fiscal que figura en la factura.

Como es habitual en nuestra empresa, los pagos a proveedores se realizan a 60 días fecha factura.

Atentamente,
Administración
Muebles Hermanos Saura, S.L. – Yecla (Murcia)"""
    reply(par, persona="Muebles Hermanos Saura", name="Administración Muebles Saura", email="administracion@mueblessaura.es",
          date="2026-12-11 17:30", tz="Europe/Madrid", body=body, style="outlook_old",
          headers=["X-Mailer: Microsoft Outlook 16.0"], charset="iso-8859-1", codec="cp1252", cte="8bit",
          kind="client-reply-promise", promised_date="2027-02-10", reference="SM-26-108",
          note="'Pago mediante pagaré con vencimiento 10/02/2027': money only at maturity -> promise for 10 Feb despite 'se ha realizado'. 8bit latin-1.")


@m
def prom_confirming():
    par = Parent("lucia", "Logística Meseta S.A.", "proveedores@logisticameseta.com", "reminder", "2026-040", 2904.00,
                 "2026-11-25", "2026-12-02 09:00")
    html = p_html("""Buenos días:

Le informamos de que su factura 2026-040 está incluida en la remesa de confirming emitida con Bankinter, con vencimiento 25 de enero de 2027.

Si desea anticipar el cobro, puede hacerlo a través de la plataforma de confirming de Bankinter con su usuario de proveedor.

Un saludo,

Cuentas a Pagar
Logística Meseta, S.A.""")
    reply(par, persona="Logística Meseta", name="Cuentas a Pagar - Logística Meseta", email="ap@logisticameseta.com",
          date="2026-12-02 13:30", tz="Europe/Madrid", body="", html=html, only_html=True, style="outlook",
          headers=OUTLOOK_H, kind="client-reply-promise", promised_date="2027-01-25", reference="2026-040",
          note="HTML-only Outlook. Confirming with maturity 25 Jan (can be advanced via the bank) -> promise for 25 Jan.")


@m
def prom_gestoria_fondos():
    par = Parent("marta", "Restaurante A Lareira", "alareira@gmail.com", "reminder", "MI-2026-48", 363.00,
                 "2026-11-30", "2026-12-15 09:00")
    body = """Buenas tardes:

Les escribimos desde Gestoría Miño, que llevamos la administración de Restaurante A Lareira. La factura MI-2026-48 la tenemos registrada y pendiente de pago; estamos a la espera de que el cliente nos provea fondos en la cuenta de pagos. En cuanto lo haga, se abonará, previsiblemente la primera semana de enero.

Atentamente,

Gestoría Miño
Departamento contable
Rúa do Progreso 21, 2.º · 32003 Ourense"""
    reply(par, persona="Gestoría Miño", name="Gestoría Miño - Contabilidad", email="contabilidad@gestoriamino.com",
          date="2026-12-16 17:20", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          cc="Restaurante A Lareira <alareira@gmail.com>", kind="client-reply-promise", reference="MI-2026-48",
          note="Gestoría for the client: will pay when funds arrive, 'previsiblemente la primera semana de enero' -> vague, no date.")


@m
def prom_antes_dia_8():
    par = Parent("nayra", "Heladería Tropical", "heladeriatropical@gmail.com", "reminder", "ND/2026/020", 224.70,
                 "2026-12-10", "2026-12-29 09:00", salut="Buenos días:")
    body = "Nayra antes del día 8 no puedo, tengo la caja a cero con las compras de navidad. El 8 te lo pago. Disculpa mi niña"
    reply(par, persona="Heladería Tropical", name="Heladería Tropical", email="heladeriatropical@gmail.com",
          date="2026-12-30 20:10", tz="Atlantic/Canary", body=body, prefix="Re: ", style="none", mstyle="gmail",
          kind="client-reply-promise", promised_date="2027-01-08",
          note="'antes del día 8 no puedo ... El 8 te lo pago' on 30 Dec -> 8 Jan 2027 (next month). Canary 'mi niña'.")


@m
def prom_clinica_15():
    par = Parent("diego", "Clínica Veterinaria Los Álamos", "clinica@vetlosalamos.es", "late_fee", "SM-26-109",
                 665.50, "2026-11-15", "2026-12-03 09:00", deadline="2026-12-10", fees=True)
    body = """Hola Diego,

¿Nos das hasta el 15? Es que el día 10 tenemos los seguros sociales y no llegamos. El día 15 sin falta lo tienes.

Gracias,
Marina Peña
Gerente · Clínica Veterinaria Los Álamos"""
    reply(par, persona="Clínica Veterinaria Los Álamos", name="Marina Peña", email="clinica@vetlosalamos.es",
          date="2026-12-04 09:15", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-promise", promised_date="2026-12-15",
          note="Asks for time until the 15th and commits: 'El día 15 sin falta lo tienes' -> 15 Dec.")


@m
def prom_semana_que_viene_html():
    par = Parent("jordi", "Pixel & Pop Produccions", "hola@pixelpop.cat", "reminder", "F27-002", 968.00,
                 "2027-01-25", "2027-02-01 09:00")
    html = div_html("""Ei Jordi!!

Ostres, perdona. Lo pasamos a pago la semana que viene, ¿ok? Ahora estamos con el cierre de enero y la gestora va desbordada.

Abraçades,
Clara""")
    reply(par, persona="Pixel & Pop Produccions", name="Clara Bosch", email="hola@pixelpop.cat", date="2027-02-01 19:47",
          tz="Europe/Madrid", body="", html=html, only_html=True, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-promise", note="HTML-only Gmail: 'Lo pasamos a pago la semana que viene' -> vague, no date.")


@m
def prom_manana_temprano_ar():
    par = Parent("lucia", "Julieta Paz", "julietapaz.dg@gmail.com", "due", "2026-036", 320.00, "2026-11-10",
                 "2026-11-12 09:00", salut="Buenos días, Julieta Paz:", days_late=2)
    reply(par, persona="Julieta Paz", name="Julieta Paz", email="julietapaz.dg@gmail.com", date="2026-11-12 15:05",
          tz="America/Argentina/Buenos_Aires", body="Te pago mañana temprano, dale? Perdón!! 🙏", prefix="Re: ",
          style="android", mstyle="gmail", headers=ANDROID_H, kind="client-reply-promise", promised_date="2026-11-13",
          note="'mañana temprano' on Thu 12 Nov -> 13 Nov.")


@m
def prom_academia_jueves():
    par = Parent("marta", "Academia Atlántica", "secretaria@academiaatlantica.es", "reminder", "MI-2026-56", 423.50,
                 "2026-12-31", "2027-01-11 09:00")
    body = """Hola Marta, ¡feliz año!

Justo te iba a escribir para lo de las traducciones de los materiales de Cambridge, que al final la editorial nos ha mandado los PDF nuevos y hay unas 30 páginas más de lo que pensábamos. ¿Te los mando y me dices plazo? El grupo de B2 empieza el 1 de febrero, así que no corre tanta prisa como parecía.

Ah, y lo de la factura, perdona, me pillas sin liquidez después de las fiestas: te lo hago el jueves, cuando entren las matrículas de enero.

Bicos,
Uxía
Academia Atlántica · Pontevedra"""
    reply(par, persona="Academia Atlántica", name="Uxía Pazos", email="secretaria@academiaatlantica.es",
          date="2027-01-11 13:40", tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          html=div_html(body), kind="client-reply-promise", promised_date="2027-01-14",
          note="Chatty mail about new work; buried promise 'te lo hago el jueves' on Mon 11 Jan -> 14 Jan.")


@m
def prom_after_followup_lunes18():
    par = Parent("nayra", "Apartamentos Maspalomas Sun", "reservas@maspalomassun.com", "promise_followup",
                 "ND/2026/018", 535.00, "2026-12-01", "2027-01-12 09:00", promise_date="2026-12-31")
    body = """Buenos días Nayra,

Tienes razón, se nos pasó con el cambio de año. Ya lo tengo programado en el banco para el lunes 18.

Un saludo,
Carmelo Ramírez
Apartamentos Maspalomas Sun"""
    reply(par, persona="Apartamentos Maspalomas Sun", name="Carmelo Ramírez", email="reservas@maspalomassun.com",
          date="2027-01-13 11:02", tz="Atlantic/Canary", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-promise", promised_date="2027-01-18",
          note="Reply to promise follow-up (promised date passed): scheduled 'para el lunes 18' -> 18 Jan 2027.")


@m
def prom_sap_payment_run():
    par = Parent("diego", "TelcoIberia Servicios S.A.", "invoices@telcoiberia.com", "reminder", "SM-26-119", 5445.00,
                 "2027-01-10", "2027-01-18 09:00")
    body = """Hola Diego,

Te confirmo que la factura ya está registrada en SAP con el pedido 4500871234 y aprobada por el responsable de presupuesto. Saldrá en el próximo ciclo de pagos (payment run) del 29/01.

Saludos,

Nerea Goikoetxea
Accounts Payable – Shared Service Center
TelcoIberia Servicios, S.A.

This message is confidential. If you are not the intended recipient, please notify the sender and delete it. / Este mensaje es confidencial."""
    reply(par, persona="TelcoIberia SSC", name="Goikoetxea, Nerea", email="nerea.goikoetxea@telcoiberia.com",
          date="2027-01-19 09:22", tz="Europe/Madrid", body=body, html=p_html(body), style="outlook",
          headers=OUTLOOK_H, kind="client-reply-promise", promised_date="2027-01-29",
          note="Shared service centre: approved in SAP, will go out in the payment run of 29/01.")


@m
def prom_mexico_viernes15():
    par = Parent("lucia", "Mezcalería El Maguey", "contacto@elmaguey.mx", "reminder", "2026-064", None, "2026-12-20",
                 "2027-01-07 09:00", salut="Buenos días:")
    body = """Qué tal Lucía, buen día.

Disculpe, estuvimos cerrados por vacaciones. Le deposito el próximo viernes 15, ya quedó agendado con el banco.

Saludos,
Héctor"""
    reply(par, persona="Mezcalería El Maguey", name="Héctor Ruiz", email="contacto@elmaguey.mx", date="2027-01-08 11:17",
          tz="America/Mexico_City", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-promise", promised_date="2027-01-15",
          note="Mexican 'le deposito el próximo viernes 15' sent Fri 8 Jan -> Fri 15 Jan (matches the stated day).")


@m
def prom_ultimo_viernes_26():
    par = Parent("jordi", "Editorial Rosa dels Vents", "admin@rosadelsvents.cat", "reminder", "F27-006", 1452.00,
                 "2027-02-05", "2027-02-15 09:00")
    body = """Bon dia,

Lo tenemos aprobado. Los pagos a colaboradores salen el último viernes de mes, así que sale en la transferencia del día 26.

Gràcies,
Anna Camps
Administració"""
    reply(par, persona="Editorial Rosa dels Vents", name="Anna Camps", email="admin@rosadelsvents.cat",
          date="2027-02-15 12:55", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-promise", promised_date="2027-02-26",
          note="Approved, goes out with the last-Friday payment 'del día 26' -> 26 Feb.")


@m
def prom_pagamos_dias_10():
    par = Parent("marta", "Cooperativa Agraria do Salnés", "administracion@coopsalnes.gal", "reminder", "MI-2026-45",
                 1028.50, "2026-11-08", "2026-11-16 09:00")
    body = """Estimada Marta:

Disculpe, nosotros pagamos a los proveedores los días 10 de cada mes. Su factura va en el pago del próximo 10.

Reciba un cordial saludo,
Manuel Otero
Administración – Cooperativa Agraria do Salnés"""
    reply(par, persona="Cooperativa Agraria do Salnés", name="Manuel Otero", email="administracion@coopsalnes.gal",
          date="2026-11-16 13:44", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-promise", promised_date="2026-12-10",
          note="'va en el pago del próximo 10' written on 16 Nov -> 10 Dec.")


@m
def prom_partial_rest_friday():
    par = Parent("nayra", "Kevin Alemán", "kevin.aleman.foto@gmail.com", "reminder", "ND/2027/002", 363.00,
                 "2027-02-05", "2027-02-16 09:00", salut="Buenos días, Kevin Alemán:")
    body = """ey Nayra! ya te mandé 200 ayer por bizum, los otros 163 te los paso el viernes cuando me paguen un bolo.

perdona el lío 🙈"""
    reply(par, persona="Kevin Alemán foto", name="Kevin Alemán", email="kevin.aleman.foto@gmail.com",
          date="2027-02-17 00:41", tz="Atlantic/Canary", body=body, prefix="Re: ", style="none", mstyle="gmail",
          kind="client-reply-promise", promised_date="2027-02-19",
          note="Part paid (200) + rest promised 'el viernes' (Wed 17 Feb, just after midnight) -> 19 Feb. Partial + promise = promise; two amounts, none labelled.")


# ============================================================================================
# client-reply-dispute
# ============================================================================================
@m
def disp_irpf():
    par = Parent("lucia", "Consultora Nexo Digital S.L.", "administracion@nexodigital.es", "reminder", "2026-041",
                 1210.00, "2026-11-15", "2026-11-23 09:00")
    body = """Buenos días Lucía,

Hemos revisado la factura 2026-041 y no lleva la retención del 15 % de IRPF. Como eres profesional y nosotros somos sociedad, estamos obligados a practicarla, así que el importe correcto sería 1.060,00 € (1.000 + 210 de IVA − 150 de retención), no 1.210,00 €.

Por favor, emite una factura rectificativa con la retención y la pagamos en cuanto nos llegue.

Gracias,

Silvia Romero
Administración
Nexo Digital Consultores"""
    reply(par, persona="Consultora Nexo Digital", name="Silvia Romero", email="sromero@nexodigital.es",
          date="2026-11-23 16:20", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          html=p_html(body), kind="client-reply-dispute", reference="2026-041",
          note="Spanish-specific: invoice lacks the 15% IRPF withholding; amount wrong, wants a rectifying invoice. Conditional 'la pagamos en cuanto nos llegue' does not override the dispute.")


@m
def disp_acordamos_800():
    par = Parent("jordi", "Cafeteria Modernista", "info@cafemodernista.cat", "reminder", "F26-113", 1149.50,
                 "2026-11-25", "2026-12-03 09:00", salut="Buenos días:")
    body = """Hola Jordi,

Creo que hay un error. Acordamos 800 € más IVA por la sesión y la edición, no 950. Lo tengo en el WhatsApp del 14 de octubre. Mándame la factura bien y la pago.

Ferran"""
    reply(par, persona="Cafeteria Modernista", name="Ferran Casals", email="info@cafemodernista.cat",
          date="2026-12-03 10:41", tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-dispute", note="Agreed price 800+IVA, invoiced 950: wrong amount.")


@m
def disp_cambios_pendientes():
    par = Parent("diego", "Fundación Arte y Ciudad", "proyectos@arteyciudad.org", "reminder", "SM-26-105", 2178.00,
                 "2026-11-20", "2026-11-30 09:00")
    body = """Hola Diego:

Te contesto a esto porque creo que hay un malentendido. El vídeo institucional todavía tiene pendientes los cambios de la segunda ronda (los rótulos en euskera, el logo del patrocinador al final y la música, que no está licenciada para redes). Hasta que no tengamos la versión final aprobada por el patronato no podemos pasar la factura a pago; así lo pone en el presupuesto, 50 % a la aprobación del guion y 50 % a la entrega final.

Si quieres hablamos mañana y vemos cómo cerrarlo cuanto antes.

Un abrazo,
Itziar Etxeberria
Coordinadora de proyectos · Fundación Arte y Ciudad"""
    reply(par, persona="Fundación Arte y Ciudad", name="Itziar Etxeberria", email="proyectos@arteyciudad.org",
          date="2026-11-30 18:05", tz="Europe/Madrid", body=body, prefix="RE: ", style="outlook", headers=OUTLOOK_H,
          kind="client-reply-dispute", note="Work not finished (second round of changes pending): won't pay until final delivery.")


@m
def disp_duplicado():
    par = Parent("lucia", "Restaurante El Fogón de Tere", "elfogondetere@gmail.com", "reminder", "2026-057", 181.50,
                 "2026-12-01", "2026-12-10 09:00", salut="Buenos días:")
    body = """Hola Lucía,

Esta factura ya la pagamos en octubre. Es la misma que la 2026-031 (las cartas de otoño), mismo concepto y mismo importe, creo que se ha duplicado. Revísalo por favor.

Tere"""
    reply(par, persona="El Fogón de Tere", name="Tere Domínguez", email="elfogondetere@gmail.com",
          date="2026-12-10 12:50", tz="Europe/Madrid", body=body, prefix="Re: ", style="android", mstyle="gmail",
          headers=ANDROID_H, kind="client-reply-dispute",
          note="'already billed': says this invoice duplicates 2026-031 already paid in October -> dispute, not paid.")


@m
def disp_parcial_archivos():
    par = Parent("nayra", "Inmobiliaria Atlántico Sur", "gerencia@atlanticosur.es", "late_fee", "ND/2026/016",
                 1177.00, "2026-11-10", "2026-12-01 09:00", deadline="2026-12-09", fees=True)
    body = """Nayra, buenos días.

Te hemos pagado hoy 500 € a cuenta. El resto te lo abonaremos cuando nos entregues los accesos del hosting y los archivos fuente de la web, que llevamos un mes pidiéndolos. No es normal que la web esté a tu nombre.

Y los intereses esos no los vamos a pagar.

Gerardo Cabrera
Gerente"""
    reply(par, persona="Inmobiliaria Atlántico Sur", name="Gerardo Cabrera", email="gerencia@atlanticosur.es",
          date="2026-12-01 12:17", tz="Atlantic/Canary", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-dispute", amount="500.00",
          note="Partial payment (500 paid) and rest withheld until deliverables arrive + refuses late-fee: partial + dispute = dispute.")


@m
def disp_face_rechazada():
    par = Parent("marta", "Concello de Vilanova do Mar", "cultura@vilanovadomar.gal", "reminder", "MI-2026-43",
                 2057.00, "2026-11-30", "2026-12-14 09:00")
    body = """Sra. Iglesias:

Le comunicamos que la factura MI-2026-43 ha sido rechazada en FACe por la unidad tramitadora, al no ajustarse el importe facturado (1.700,00 € más IVA) al precio de adjudicación del contrato menor EXP 2026/CUL/118, que es de 1.500,00 € más IVA según la resolución de Alcaldía. Por tanto, no puede tramitarse su pago.

Deberá presentar una nueva factura a través de FACe por el importe adjudicado.

Atentamente,

Departamento de Intervención
Concello de Vilanova do Mar"""
    reply(par, persona="Concello de Vilanova do Mar", name="Intervención Concello", email="intervencion@vilanovadomar.gal",
          date="2026-12-15 09:40", tz="Europe/Madrid", body=body, style="outlook_old",
          headers=["X-Mailer: Microsoft Outlook 16.0"], kind="client-reply-dispute", reference="MI-2026-43",
          note="Public body: invoice rejected in FACe because the amount exceeds the awarded contract price (1.700 vs 1.500 + IVA); must re-issue for the awarded amount -> dispute (wrong amount).")


@m
def disp_descuento_retraso():
    par = Parent("diego", "Canal Sur Eventos S.L.", "produccion@canalsureventos.es", "reminder", "SM-26-114", 3872.00,
                 "2026-12-15", "2026-12-22 09:00")
    body = """Diego,

Respecto a la factura: como sabes, la entrega del aftermovie se retrasó 9 días respecto a lo pactado y tuvimos que publicar tarde, con la consiguiente queja del cliente. Entendemos que procede un descuento del 20 % sobre el importe. Si nos envías una rectificativa por ese importe la tramitamos de inmediato.

Saludos,
Rocío Alcántara
Directora de producción"""
    reply(par, persona="Canal Sur Eventos", name="Rocío Alcántara", email="produccion@canalsureventos.es",
          date="2026-12-22 14:10", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-dispute", note="Wants a 20% discount for late delivery, via rectifying invoice.")


@m
def disp_fotos_movidas():
    par = Parent("jordi", "Discoteca Sala Neón", "salaneon@salaneon.com", "final", "F26-103", 665.50, "2026-10-31",
                 "2027-01-11 09:00", deadline="2027-01-21", days_late=72)
    body = """NO VAMOS A PAGAR ESO. LAS FOTOS DE LA FIESTA ESTABAN MOVIDAS Y OSCURAS, LA MITAD NO SE PUEDEN USAR. YA TE LO DIJIMOS EN NOVIEMBRE.

SI QUIERES HABLAMOS PERO ASI NO.

TONI"""
    reply(par, persona="Sala Neón", name="SALA NEON", email="salaneon@salaneon.com", date="2027-01-11 23:58",
          tz="Europe/Madrid", body=body, prefix="RE: ", style="none", mstyle="outlook",
          kind="client-reply-dispute", note="ALL CAPS refusal to pay the formal notice: photos unusable.")


@m
def disp_bar_dos_veces():
    par = Parent("jordi", "Bar Els Pescadors", "elspescadors@gmail.com", "statement", "", None, None,
                 "2027-01-18 09:00", deadline="2027-01-28",
                 invoices=[("F26-118", "2026-12-02", "2026-12-17", 302.50), ("F26-122", "2026-12-09", "2026-12-24", 302.50)],
                 salut="Buenos días:")
    body = """Oye Jordi, que me cobraste el menú de Navidad dos veces!! La 118 y la 122 son lo mismo, las fotos de los platos. Una ya te la pagué. Mírala porfa.

Quim"""
    reply(par, persona="Bar Els Pescadors", name="Quim Pescadors", email="elspescadors@gmail.com",
          date="2027-01-18 15:33", tz="Europe/Madrid", body=body, prefix="Re: ", style="apple", mstyle="apple",
          headers=IPHONE_H, kind="client-reply-dispute",
          note="Statement with two invoices: claims they are the same job billed twice (one already paid) -> dispute.")


@m
def disp_po_precio():
    par = Parent("lucia", "Laboratorios Farmavital S.A.", "cuentasapagar@farmavital.com", "reminder", "2026-056",
                 1633.50, "2026-12-01", "2026-12-09 09:00")
    body = """Buenos días,

No podemos tramitar la factura 2026-056: falta el número de pedido y, además, el importe no coincide con el pedido PO-45821 aprobado por Marketing (1.200,00 € + IVA frente a 1.350,00 € + IVA facturados). Le rogamos emita una nueva factura conforme al pedido y haciendo referencia al mismo.

Un saludo,

Accounts Payable – Farmavital
Tel. +34 93 480 22 10"""
    reply(par, persona="Laboratorios Farmavital", name="AP Farmavital", email="cuentasapagar@farmavital.com",
          date="2026-12-09 10:55", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          html=p_html(body), kind="client-reply-dispute", reference="2026-056",
          note="Missing PO *and* price differs from the PO (1.200 vs 1.350 +IVA): amount contested -> dispute over question.")


@m
def disp_abono_horas():
    par = Parent("marta", "Congresos Galicia Events S.L.", "admin@galiciaevents.es", "reminder", "MI-2026-62",
                 1331.00, "2026-12-20", "2027-01-07 09:00")
    body = """Hola Marta,

Revisando el parte de la interpretación del congreso, se facturan 10 horas pero la última sesión se canceló y fueron 7. Necesitaríamos un abono (factura rectificativa) por las 3 horas que no se hicieron, y en cuanto nos llegue pagamos la diferencia.

Gracias,
Lorena Castro"""
    reply(par, persona="Galicia Events", name="Lorena Castro", email="admin@galiciaevents.es", date="2027-01-07 17:11",
          tz="Europe/Madrid", body=body, prefix="RE: ", style="outlook", headers=OUTLOOK_H,
          kind="client-reply-dispute", note="Wants a credit note for 3 interpreting hours not delivered.")


@m
def disp_iva_exento():
    par = Parent("lucia", "Centro de Formación Prisma", "direccion@cfprisma.es", "reminder", "2026-059", 1210.00,
                 "2026-12-10", "2026-12-18 09:00")
    body = """Buenos días Lucía:

Nuestra gestoría nos indica que la factura 2026-059 no es correcta: has aplicado IVA al 21 % pero el curso de diseño que impartiste para nuestros alumnos está exento (art. 20.Uno.9.º de la Ley del IVA, enseñanza reglada / formación profesional). El importe debería ser 1.000 € sin IVA.

Te agradecería una rectificativa para poder pagarla.

Un saludo,
Beatriz Alonso
Directora · Centro de Formación Prisma"""
    reply(par, persona="Centro de Formación Prisma", name="Beatriz Alonso", email="direccion@cfprisma.es",
          date="2026-12-18 11:29", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-dispute", reference="2026-059",
          note="Contests the VAT (claims exempt training): amount wrong, needs rectifying invoice.")


@m
def disp_mexico_cotizacion():
    par = Parent("nayra", "Hotel Boutique Casa Azul", "gerencia@casazulmerida.mx", "reminder", "ND/2026/015", None,
                 "2026-11-15", "2026-11-25 09:00")
    body = """Estimada Nayra:

Disculpe, pero el monto de la factura no corresponde a lo cotizado. La cotización que nos envió en septiembre decía 1,500 USD con impuestos incluidos y la factura viene por 1,500 EUR más impuestos. Le pido de favor que la revise y nos la mande corregida para poder programar el pago.

Saludos cordiales,
Mariana Solís
Gerente General · Hotel Boutique Casa Azul, Mérida, Yuc."""
    reply(par, persona="Hotel Boutique Casa Azul Mérida", name="Mariana Solís", email="gerencia@casazulmerida.mx",
          date="2026-11-25 10:18", tz="America/Mexico_City", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-dispute", note="Mexican client: amount/currency doesn't match the quote (USD incl. tax vs EUR + tax).")


@m
def disp_argentina_piezas():
    par = Parent("diego", "Lautaro Giménez", "lautaro@gimenezmusica.com.ar", "reminder", "SM-26-113", 1500.00,
                 "2026-12-10", "2026-12-18 09:00", salut="Buenos días, Lautaro Giménez:")
    body = """Che Diego, pará, esto no es lo que habíamos hablado. Eran 3 visualizers para los temas del EP, no 5. Los otros dos los hiciste por tu cuenta y yo nunca los pedí, ni siquiera los usamos. Te pago los 3 cuando me mandes la factura corregida.

Abrazo
Lauti"""
    reply(par, persona="Lautaro Giménez", name="Lautaro Giménez", email="lautaro@gimenezmusica.com.ar",
          date="2026-12-18 14:02", tz="America/Argentina/Buenos_Aires", body=body, prefix="Re: ", style="gmail",
          mstyle="gmail", kind="client-reply-dispute", note="Argentine: billed 5 pieces, only 3 ordered -> contests amount.")


@m
def disp_version_ingles():
    par = Parent("marta", "Museo do Mar Atlántico", "difusion@museodomar.gal", "late_fee", "MI-2026-41", 1815.00,
                 "2026-11-05", "2026-11-24 09:00", deadline="2026-12-01", fees=True)
    body = """Estimada Marta:

Le respondemos en relación con su segundo recordatorio. El trabajo entregado no se ajusta a lo acordado en el encargo: faltan las versiones en inglés de las cartelas de la sala 3 y la audioguía solo está traducida al castelán. Hasta recibir el trabajo completo no procederemos al pago, y entendemos que no corresponde aplicar intereses de demora.

Un saúdo cordial,

Área de Difusión
Museo do Mar Atlántico"""
    reply(par, persona="Museo do Mar Atlántico", name="Difusión Museo do Mar", email="difusion@museodomar.gal",
          date="2026-11-25 12:00", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-dispute", note="Work incomplete (missing English versions); won't pay until complete; rejects interest.")


@m
def disp_parcial_desplazamientos():
    par = Parent("jordi", "Agència Tramuntana Viatges", "comptabilitat@tramuntanaviatges.com", "reminder", "F26-117",
                 1210.00, "2026-12-05", "2026-12-15 09:00")
    body = """Bon dia Jordi,

Te hemos pagado hoy 1.000 € del total. Los 210 € de desplazamientos no los reconocemos: no estaban en el presupuesto aceptado y nadie nos avisó de que se cobrarían aparte.

Salutacions,
Marta Puigdemont
Comptabilitat"""
    reply(par, persona="Agència Tramuntana Viatges", name="Marta Puigdemont", email="comptabilitat@tramuntanaviatges.com",
          date="2026-12-15 13:13", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-dispute", amount="1000.00",
          note="Paid 1.000 of 1.210 and refuses the 210 of travel expenses: partial payment + dispute = dispute.")


@m
def disp_web_caida():
    par = Parent("nayra", "Clínica Fisiosalud Arucas", "info@fisiosaludarucas.es", "reminder", "ND/2026/026", 96.30,
                 "2027-01-05", "2027-01-14 09:00")
    body = """Hola Nayra:

Nos habéis cobrado el mantenimiento de diciembre completo, pero la web estuvo caída del 19 al 23 de diciembre (4 días, en plena campaña de bonos regalo) y nadie contestaba. Queremos que se descuente la parte proporcional antes de pagarlo.

Un saludo,
Daniel Ojeda
Clínica Fisiosalud Arucas"""
    reply(par, persona="Clínica Fisiosalud Arucas", name="Daniel Ojeda", email="info@fisiosaludarucas.es",
          date="2027-01-14 18:37", tz="Atlantic/Canary", body=body, prefix="Re: ", style="tb", mstyle="tb",
          headers=TB_H, kind="client-reply-dispute", note="Service outage: wants a proportional discount before paying.")


@m
def disp_solo_traduccion_viernes():
    par = Parent("marta", "Ediciones Breogán", "produccion@edbreogan.gal", "reminder", "MI-2026-58", 1573.00,
                 "2027-01-15", "2027-01-25 09:00")
    body = """Boas, Marta.

Pagaremos o venres, pero solo la parte de la traducción (1.100 € + IVA). La revisión de estilo no la pedimos nosotros, la encargó el autor por su cuenta y tendrá que facturársela a él.

Saúdos,
Antón Vilar
Produción editorial"""
    reply(par, persona="Ediciones Breogán", name="Antón Vilar", email="produccion@edbreogan.gal",
          date="2027-01-25 17:45", tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-dispute",
          note="Galician-flavoured: will pay Friday but only part, contests the proof-reading line: dispute > promise. No promised_date labelled for disputes.")


@m
def disp_traduccion_errores():
    par = Parent("marta", "Bodegas Val do Sil", "export@valdosil.com", "reminder", "MI-2026-42", 508.20,
                 "2026-11-12", "2026-11-20 09:00")
    body = """Bos días Marta,

Siento decírtelo así, pero a tradución das fichas técnicas ao alemán tiña moitos erros: nuestro importador de Hamburgo nos ha devuelto las fichas marcadas en rojo, con términos de enología mal traducidos ("crianza" como "Erziehung", que es educación de niños...). Hemos tenido que pagar a otra persona para corregirlo.

En estas condiciones no vamos a pagar la factura completa. Dinos qué propones.

Un saúdo,
Sabela Fernández
Export Manager · Bodegas Val do Sil"""
    reply(par, persona="Bodegas Val do Sil", name="Sabela Fernández", email="export@valdosil.com",
          date="2026-11-20 13:26", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-dispute", note="Quality complaint (mistranslations), won't pay in full. Galician phrases.")


@m
def disp_90_dias():
    par = Parent("diego", "Corporación Hotelera Mediterránea S.A.", "ap@chmediterranea.com", "late_fee", "SM-26-107",
                 4356.00, "2026-11-30", "2026-12-17 09:00", deadline="2026-12-24", fees=True)
    body = """Sr. Serrano:

Le recordamos que, según el contrato marco de prestación de servicios firmado con nuestra compañía (cláusula 9.2), el plazo de pago es de 90 días desde la conformidad de la factura, no 30 días desde su emisión. Por tanto, la factura SM-26-107 no está vencida y no proceden ni los intereses de demora ni la indemnización de 40 € que reclama.

La factura se pagará en su vencimiento contractual.

Atentamente,

Dirección Financiera
Corporación Hotelera Mediterránea, S.A."""
    reply(par, persona="Corporación Hotelera Mediterránea", name="Dirección Financiera CHM", email="dfinanciera@chmediterranea.com",
          date="2026-12-18 10:02", tz="Europe/Madrid", body=body, html=p_html(body), style="outlook",
          headers=OUTLOOK_H, kind="client-reply-dispute", reference="SM-26-107",
          note="Contests the due date (90 days per contract) and the late fees; 'se pagará en su vencimiento' is not a dated promise. Dispute.")


@m
def disp_media_jornada():
    par = Parent("diego", "La Maleta Films", "produccion@lamaletafilms.com", "reminder", "SM-27-001", 726.00,
                 "2027-01-20", "2027-01-28 09:00")
    body = """Diego, te escribo por lo de la factura del rodaje de la fábrica.

Nos facturas el día completo de operador de dron, pero fueron 6 horas (llegaste a las 9 y a las 15 ya habías recogido). Según tu tarifa, menos de 6 h es media jornada. Mándanos la factura con media jornada y la pagamos esa misma semana.

Gracias,
Jorge
La Maleta Films"""
    reply(par, persona="La Maleta Films", name="Jorge Requena", email="produccion@lamaletafilms.com",
          date="2027-01-28 19:30", tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-dispute", note="Billed a full day, should be half-day per rate card: amount contested.")


@m
def disp_no_reconocemos():
    par = Parent("lucia", "Talleres Metálicos Norte S.L.", "info@tmnorte.es", "final", "2026-035", 605.00,
                 "2026-10-30", "2027-01-08 09:00", deadline="2027-01-18", days_late=70)
    body = """Buenos días,

No reconocemos esta factura. No tenemos constancia de ningún encargo de diseño de catálogo a su nombre ni de ningún presupuesto aceptado por esta empresa. Si dispone de un pedido firmado por nuestra parte, le rogamos nos lo haga llegar.

Atentamente,

Administración
Talleres Metálicos Norte, S.L."""
    reply(par, persona="Talleres Metálicos Norte", name="Administración TM Norte", email="administracion@tmnorte.es",
          date="2027-01-08 12:22", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          charset="iso-8859-1", codec="cp1252", kind="client-reply-dispute",
          note="Denies any order ('No reconocemos esta factura') in reply to the formal notice.")


@m
def disp_chile_50_50():
    par = Parent("nayra", "Ignacia Valdés", "ignacia@valdesestudio.cl", "reminder", "ND/2026/027", 1200.00,
                 "2027-01-20", "2027-02-01 09:00", salut="Buenos días, Ignacia Valdés:")
    body = """Hola Nayra, oye, la factura viene por el total pero acordamos pagar 50% al inicio (que ya te pagué en diciembre) y 50% a la entrega, y todavía no entregas la tienda online, falta la pasarela de pago. Así que por ahora no corresponde.

Cuando esté lista conversamos.
Ignacia"""
    reply(par, persona="Ignacia Valdés estudio", name="Ignacia Valdés", email="ignacia@valdesestudio.cl",
          date="2027-02-01 20:40", tz="America/Santiago", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-dispute",
          note="Chilean: invoice is for the total but 50% was paid upfront and the rest is only due at delivery (not delivered) -> dispute.")


# ============================================================================================
# client-reply-other
# ============================================================================================
@m
def oth_reenviar():
    par = Parent("lucia", "Papelería Lápiz Rojo", "lapizrojo@telefonica.net", "reminder", "2026-033", 96.80,
                 "2026-11-20", "2026-11-30 09:00", salut="Buenos días:")
    body = "Hola Lucía, ¿me la puedes reenviar? No la encuentro por ningún lado, creo que se me fue a spam.\n\nCharo"
    reply(par, persona="Papelería Lápiz Rojo", name="Charo Lápiz Rojo", email="lapizrojo@telefonica.net",
          date="2026-11-30 17:25", tz="Europe/Madrid", body=body, prefix="Re: ", style="tb", mstyle="tb", headers=TB_H,
          kind="client-reply-other", note="Asks for the invoice to be re-sent; no claim.")


@m
def oth_po_number():
    par = Parent("diego", "Automoción Cierzo S.A.", "facturas.proveedores@cierzo-auto.com", "courtesy", "SM-26-116",
                 1936.00, "2026-12-30", "2026-12-22 09:00")
    body = """Buenos días,

Para poder procesar su factura es imprescindible que figure en ella nuestro número de pedido de compra (PO 4500123456), tal y como se indica en nuestras condiciones generales de compra. Las facturas sin número de pedido no se pueden registrar en SAP y quedan retenidas.

Por favor, envíenos la factura con el PO indicado a facturas.proveedores@cierzo-auto.com.

Saludos cordiales,
Shared Services – Cuentas a Pagar
Automoción Cierzo, S.A."""
    reply(par, persona="Automoción Cierzo", name="Shared Services AP", email="facturas.proveedores@cierzo-auto.com",
          date="2026-12-22 11:18", tz="Europe/Madrid", body=body, html=p_html(body), style="outlook",
          headers=OUTLOOK_H, kind="client-reply-other",
          note="PO number needed to process the invoice; no contest of amount or work -> other.")


@m
def oth_paso_contabilidad():
    par = Parent("marta", "Hostal Rías Baixas", "hostal@riasbaixas.com", "reminder", "MI-2026-60", 242.00,
                 "2026-12-10", "2026-12-18 09:00", salut="Buenos días:")
    body = """Buenos días Marta,

Lo paso a contabilidad, que son quienes llevan los pagos (en copia). Yo de esto no sé nada, lo siento.

Un saludo,
Rebeca – Recepción"""
    reply(par, persona="Hostal Rías Baixas", name="Recepción Hostal Rías Baixas", email="hostal@riasbaixas.com",
          cc="Contabilidad <contabilidad@riasbaixas.com>", date="2026-12-18 10:05", tz="Europe/Madrid", body=body,
          style="outlook", headers=OUTLOOK_H, kind="client-reply-other",
          note="Receptionist forwards to accounting (cc); no payment statement.")


@m
def oth_recibido_gracias():
    par = Parent("jordi", "Fundació Mar i Cel", "info@fundaciomarcel.org", "courtesy", "F26-123", 544.50,
                 "2026-12-20", "2026-12-14 09:00")
    reply(par, persona="Fundació Mar i Cel", name="Fundació Mar i Cel", email="info@fundaciomarcel.org",
          date="2026-12-14 09:47", tz="Europe/Madrid", body="Recibido, gracias.\n\nFundació Mar i Cel", prefix="RE: ",
          style="outlook", headers=OUTLOOK_H, kind="client-reply-other", note="'Recibido, gracias' to a courtesy reminder.")


@m
def oth_iban_nuevo():
    par = Parent("lucia", "Gabinete Psicológico Alba", "citas@gabinetealba.es", "reminder", "2026-060", 363.00,
                 "2026-12-20", "2026-12-29 09:00")
    body = """Hola Lucía:

Antes de pagar quería preguntarte una cosa: la semana pasada nos llegó un correo, supuestamente tuyo, diciendo que habías cambiado de banco y con un IBAN nuevo de un banco de Lituania. No nos cuadra nada. ¿Has cambiado de cuenta de verdad? ¿Cuál es la buena?

No quiero hacer la transferencia hasta que me lo confirmes por aquí o por teléfono.

Alba Ferrández"""
    reply(par, persona="Gabinete Psicológico Alba", name="Alba Ferrández", email="citas@gabinetealba.es",
          date="2026-12-29 12:01", tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-other",
          note="Suspected IBAN-change fraud: asks which account is right before paying. Question, no promise/paid.")


@m
def oth_que_factura():
    par = Parent("diego", "Agencia Ojo de Pez", "hola@ojodepez.es", "due", "SM-26-117", 605.00, "2027-01-05",
                 "2027-01-07 09:00", salut="Buenos días:", days_late=2)
    body = "Diego, ¿de qué factura se trata? Tenemos tres tuyas de diciembre y me estoy volviendo loca con los números. ¿Es la del teaser o la de los rótulos?\n\nEva"
    reply(par, persona="Agencia Ojo de Pez", name="Eva Salcedo", email="hola@ojodepez.es", date="2027-01-07 13:30",
          tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-other", note="Which invoice? question only.")


@m
def oth_llamame():
    par = Parent("nayra", "Autoescuela Teide", "autoescuelateide@gmail.com", "late_fee", "ND/2026/028", 428.00,
                 "2026-11-30", "2026-12-21 09:00", deadline="2026-12-30", fees=False)
    body = "Nayra llámame cuando puedas y lo hablamos, mejor por teléfono. 622 18 44 90. Estoy por las tardes.\n\nRuymán"
    reply(par, persona="Autoescuela Teide", name="Ruymán Expósito", email="autoescuelateide@gmail.com",
          date="2026-12-21 15:02", tz="Atlantic/Canary", body=body, prefix="Re: ", style="android", mstyle="gmail",
          headers=ANDROID_H, kind="client-reply-other", note="Asks for a phone call; no claim either way.")


@m
def oth_face_obligatorio():
    par = Parent("jordi", "Ajuntament de Sant Quirze de la Vall", "comunicacio@santquirzevall.cat", "reminder",
                 "F26-120", 1089.00, "2026-12-12", "2026-12-21 09:00")
    body = """Benvolgut senyor,

Li recordem que, d'acord amb la Llei 25/2013, les factures adreçades a aquesta administració per import superior a 5.000 € s'han de presentar obligatòriament per eFACT/FACe... 

Perdone, le contesto en castellano: aunque su factura es inferior a 5.000 €, el Ajuntament exige desde 2025 que todos los proveedores presenten las facturas a través de eFACT, con los códigos DIR3 L01089999 (oficina contable, órgano gestor y unidad tramitadora). Por correo electrónico no podemos registrarla ni, por tanto, iniciar su tramitación.

Atentamente,
Servei de Comunicació
Ajuntament de Sant Quirze de la Vall"""
    reply(par, persona="Ajuntament de Sant Quirze de la Vall", name="Comunicació Ajuntament", email="comunicacio@santquirzevall.cat",
          date="2026-12-22 09:15", tz="Europe/Madrid", body=body, style="outlook_old",
          headers=["X-Mailer: Microsoft Outlook 16.0"], kind="client-reply-other",
          note="Town hall (Catalan start): invoices must be filed via eFACT/FACe, email not accepted. Procedural request, no contest of the amount or work.")


@m
def oth_retencion_pregunta():
    par = Parent("lucia", "Asesoría Fiscal Medina", "info@asesoriamedina.es", "reminder", "2026-058", 605.00,
                 "2026-12-10", "2026-12-18 09:00")
    body = """Buenos días Lucía:

Llevamos la contabilidad de Jardinería Medina. Para registrar tu factura necesitamos saber si estás dada de alta como persona física (autónoma) o facturas a través de una sociedad, porque en la factura no aparece la retención de IRPF y no sabemos si procede o no. ¿Nos lo confirmas?

Gracias,
Asesoría Fiscal Medina"""
    reply(par, persona="Asesoría Fiscal Medina", name="Asesoría Fiscal Medina", email="info@asesoriamedina.es",
          date="2026-12-18 16:47", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          kind="client-reply-other",
          note="Gestoría asks whether IRPF withholding applies; a question, not a claim that the invoice is wrong (contrast with the IRPF dispute).")


@m
def oth_disponible_febrero():
    par = Parent("jordi", "Moda Bambula", "hola@bambula.es", "courtesy", "F27-001", 1452.00, "2027-01-25",
                 "2027-01-20 09:00")
    body = """Hola Jordi!

Aprovecho que me escribes para preguntarte si estás disponible en febrero para el catálogo de primavera-verano. Serían dos días de estudio (fondo blanco, unas 60 prendas) y un día de exterior en la Barceloneta, si el tiempo acompaña. Las fechas que manejamos son el 17-18 y el 24 de febrero.

¿Me pasas presupuesto? El mismo formato que el año pasado nos va perfecto.

Un abrazo,
Lía
Bambula · Slow fashion"""
    reply(par, persona="Moda Bambula", name="Lía Moreno", email="hola@bambula.es", date="2027-01-20 12:40",
          tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail", html=div_html(body),
          kind="client-reply-other", note="Reply to a courtesy reminder that only talks about new work.")


@m
def oth_cif_sociedad():
    par = Parent("nayra", "Dra. Raquel Sosa", "raquelsosa.dermato@gmail.com", "reminder", "ND/2026/030", 535.00,
                 "2026-12-15", "2026-12-28 09:00", salut="Buenos días, Dra. Raquel Sosa:")
    body = """Hola Nayra,

Perdona, ¿me puedes mandar la factura a nombre de la sociedad? Es Dermasur Canarias S.L.P., CIF B76543210, misma dirección. Mi gestor dice que así me la puedo deducir.

Gracias!
Raquel"""
    reply(par, persona="Dra. Raquel Sosa", name="Raquel Sosa", email="raquelsosa.dermato@gmail.com",
          date="2026-12-28 20:03", tz="Atlantic/Canary", body=body, prefix="Re: ", style="apple", mstyle="apple",
          headers=IPHONE_H, kind="client-reply-other",
          note="Asks to re-issue to her company for tax purposes; no contest of amount or work.")


@m
def oth_acuse_tramitacion():
    par = Parent("marta", "Universidade Atlántica - Servizo de Publicacións", "publicacions@uatlantica.gal", "reminder",
                 "MI-2026-59", 786.50, "2026-12-05", "2026-12-15 09:00")
    body = """Estimada Sra. Iglesias:

Acusamos recibo de su correo. La factura ha sido enviada a la Sección de Gestión Económica para su tramitación.

Atentamente,

Servizo de Publicacións
Universidade Atlántica"""
    reply(par, persona="Universidade Atlántica", name="Servizo de Publicacións", email="publicacions@uatlantica.gal",
          date="2026-12-15 12:32", tz="Europe/Madrid", body=body, style="outlook_old",
          headers=["X-Mailer: Microsoft Outlook 16.0"], charset="iso-8859-1", codec="cp1252",
          kind="client-reply-other", note="Human acknowledgement: sent to the finance section 'para su tramitación'; not a promise to pay.")


@m
def oth_numero_cuenta():
    par = Parent("diego", "Peña Flamenca El Quejío", "penaelquejio@gmail.com", "due", "SM-26-121", 242.00,
                 "2027-01-29", "2027-01-29 09:00", salut="Buenos días:", days_late=0)
    body = """Buenas don Diego, ¿cuál es el número de cuenta? En la factura que nos mandó no viene, o yo no lo veo, que ya no veo ni tres en un burro.

Un saludo de parte de toda la peña,
Curro"""
    reply(par, persona="Peña Flamenca El Quejío", name="Curro Heredia", email="penaelquejio@gmail.com",
          date="2027-01-29 19:05", tz="Europe/Madrid", body=body, prefix="Re: ", style="none", mstyle="gmail",
          kind="client-reply-other", note="Asks for the bank account (it is in the reminder he did not quote).")


@m
def oth_tarjeta():
    par = Parent("lucia", "Yoga Shala Lavapiés", "namaste@yogalavapies.es", "reminder", "2026-054", 121.00,
                 "2027-01-10", "2027-01-18 09:00", salut="Buenos días:")
    body = "Hola Lucía, pregunta: ¿puedo pagar con tarjeta? Es que la cuenta del estudio la tengo en un banco online que no me deja hacer transferencias a cuentas nuevas sin ir a una oficina... Namasté 🙏"
    reply(par, persona="Yoga Shala Lavapiés", name="Noelia Yoga Shala", email="namaste@yogalavapies.es",
          date="2027-01-18 13:05", tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-other", note="Asks whether card payment is possible; no promise.")


@m
def oth_reply_all_colleague():
    par = Parent("jordi", "Grup Hoteler Costa Brava", "marketing@ghcostabrava.com", "reminder", "F26-114", 2299.00,
                 "2026-11-28", "2026-12-09 09:00")
    body = """Mari Luz, ¿esto lo tienes tú? Me dice Jordi que está pendiente la de las fotos del spa. Yo la aprobé en noviembre.

Jordi, te decimos algo.

Núria Casas
Marketing Manager
Grup Hoteler Costa Brava"""
    reply(par, persona="Grup Hoteler Costa Brava", name="Núria Casas", email="ncasas@ghcostabrava.com",
          to="Mari Luz Pons <mlpons@ghcostabrava.com>", cc="Jordi Puig <jordi@puigfoto.cat>", date="2026-12-09 10:14",
          tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H, kind="client-reply-other",
          note="Reply-all: client asks a colleague whether she has it; freelancer only in Cc. No claim.")


@m
def oth_cambio_contacto():
    par = Parent("diego", "Televisión Local Vega Alta", "administracion@tvvegaalta.es", "reminder", "SM-26-122",
                 968.00, "2026-12-28", "2027-01-11 09:00")
    body = """Hola Diego,

Te contesto personalmente: me he cambiado de empresa y esta es mi última semana aquí. A partir de ahora, para todo lo de facturas escribid a Lucas Prieto (lprieto@tvvegaalta.es), que le he dejado tu expediente.

Ha sido un placer trabajar contigo.

Un abrazo,
Marisa Llorente"""
    reply(par, persona="Televisión Local Vega Alta", name="Marisa Llorente", email="administracion@tvvegaalta.es",
          date="2027-01-11 14:21", tz="Europe/Madrid", body=body, style="outlook", headers=OUTLOOK_H,
          cc="Lucas Prieto <lprieto@tvvegaalta.es>", kind="client-reply-other",
          note="Human (not automatic) notice of a new contact for invoices.")


@m
def oth_rfc_mexico():
    par = Parent("nayra", "Distribuidora Jalisco Norte", "compras@djnorte.mx", "courtesy", "ND/2027/001", None,
                 "2027-01-30", "2027-01-25 09:00", salut="Buenos días:")
    body = """Buenas tardes Nayra,

¿Me podría enviar la factura con nuestros datos fiscales completos? Razón social Distribuidora Jalisco Norte S.A. de C.V., RFC DJN150320AB7, régimen fiscal 601. Sin eso contabilidad no me la puede dar de alta para el pago.

Quedo atento, saludos.
Ing. Rodrigo Ávila"""
    reply(par, persona="Distribuidora Jalisco Norte", name="Rodrigo Ávila", email="compras@djnorte.mx",
          date="2027-01-26 16:12", tz="America/Mexico_City", body=body, prefix="RE: ", style="outlook",
          headers=OUTLOOK_H, kind="client-reply-other", note="Mexican client asks for invoice with full fiscal data (RFC).")


@m
def oth_no_se_si():
    par = Parent("marta", "Guillermo Rei", "guillermo.rei@outlook.es", "reminder", "MI-2026-57", 151.25, "2027-01-08",
                 "2027-01-18 09:00", salut="Buenos días, Guillermo Rei:")
    body = "Marta, no sé si te pagamos ya o no, lo llevaba mi mujer. Lo miro esta noche y te digo algo.\n\nGuillermo"
    reply(par, persona="Guillermo Rei", name="Guillermo Rei", email="guillermo.rei@outlook.es", date="2027-01-18 13:12",
          tz="Europe/Madrid", body=body, style="outlook", mstyle="outlook", kind="client-reply-other",
          note="'No sé si te pagamos, lo miro y te digo': neither paid nor a promise to pay.")


@m
def oth_dolares():
    par = Parent("lucia", "Tomás Aguirre", "tomasaguirre.arq@gmail.com", "reminder", "2026-065", 800.00, "2026-12-20",
                 "2027-01-04 09:00", salut="Buenos días, Tomás Aguirre:")
    body = "Hola Lucía, feliz año. Te consulto: ¿aceptás pago en dólares? Acá con el cepo se me complica muchísimo comprar euros. Si me decís que sí, te paso por Payoneer.\n\nTomás"
    reply(par, persona="Tomás Aguirre arquitecto", name="Tomás Aguirre", email="tomasaguirre.arq@gmail.com",
          date="2027-01-04 11:30", tz="America/Argentina/Buenos_Aires", body=body, prefix="Re: ", style="gmail",
          mstyle="gmail", kind="client-reply-other",
          note="Argentine asks whether USD is accepted; conditional 'si me decís que sí te paso' - a question, not a promise.")


@m
def oth_lo_reviso():
    par = Parent("jordi", "Esports Sant Andreu", "botiga@esportssantandreu.cat", "reminder", "F26-126", 363.00,
                 "2026-12-27", "2027-01-11 09:00", salut="Buenos días:")
    body = "Gràcies pel recordatori, ho reviso amb la gestoria i et dic coses.\n\nRoger"
    reply(par, persona="Esports Sant Andreu", name="Roger Esports SA", email="botiga@esportssantandreu.cat",
          date="2027-01-11 18:49", tz="Europe/Madrid", body=body, prefix="Re: ", style="gmail", mstyle="gmail",
          kind="client-reply-other", note="Catalan 'ho reviso amb la gestoria': will check, not a promise to pay.")


@m
def oth_40_euros():
    par = Parent("nayra", "Carpintería Hermanos Vega", "carpinteriavega@hotmail.es", "late_fee", "ND/2026/029",
                 642.00, "2026-12-01", "2026-12-22 09:00", deadline="2027-01-05", fees=True)
    body = """Buenos días señorita,

Una pregunta, porque esto no lo había visto nunca: ¿de dónde salen los 40 € y los intereses que pone en el correo? ¿Es algo que pone la ley o lo ponen ustedes? Mi hijo es el que lleva los papeles y está de viaje.

Gracias, Antonio Vega"""
    reply(par, persona="Carpintería Hermanos Vega", name="Antonio Vega", email="carpinteriavega@hotmail.es",
          date="2026-12-22 10:10", tz="Atlantic/Canary", body=body, style="outlook", mstyle="outlook",
          kind="client-reply-other", note="Asks where the 40 EUR and interest come from - a genuine question, no contest.")


@m
def oth_baja_companera():
    par = Parent("diego", "Escuela Superior de Diseño Aurora", "administracion@esdaurora.es", "reminder", "SM-27-002",
                 1210.00, "2027-01-20", "2027-02-01 09:00")
    body = """Hola Diego,

Te respondo yo porque Carlos está de baja hasta final de mes. Mi compañera Nuria Gallego es quien lleva ahora los pagos a proveedores, te la pongo en copia para que lo mire ella.

Saludos,
Pedro Lillo
Secretaría ESD Aurora"""
    reply(par, persona="Escuela Superior de Diseño Aurora", name="Pedro Lillo", email="secretaria@esdaurora.es",
          cc="Nuria Gallego <ngallego@esdaurora.es>", date="2027-02-01 11:45", tz="Europe/Madrid", body=body,
          style="outlook", headers=OUTLOOK_H, kind="client-reply-other",
          note="Human reply: colleague on sick leave until month end, hands over to someone else in cc. 'hasta final de mes' is not a payment date.")


# ============================================================================================
# machine mail helpers
# ============================================================================================
def machine(*, persona, frm, to, subject, date, tz, tree, kind, note, headers=(), msgid=None, irt=None, refs=None,
            reply_to=None, **facts):
    emit(persona=persona, frm=frm, to=to, subject=subject, date=D(date, tz), body=tree, headers=headers,
         msgid=msgid or mid("generic", frm.split("@")[-1].rstrip(">")), irt=irt, refs=refs, kind=kind, note=note,
         reply_to=reply_to, **facts)


def bank_html(title, rows, intro, outro, color="#007EAE", brand="Banco"):
    trs = "\n".join(f'<tr><td style="padding:6px 12px;color:#666;font-size:13px">{k}</td>'
                    f'<td style="padding:6px 12px;font-weight:bold;font-size:14px">{v}</td></tr>' for k, v in rows)
    return (f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">\n'
            f'<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">\n'
            f'<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px 0">\n'
            f'<tr><td style="background:{color};color:#fff;padding:18px 24px;font-size:20px;font-weight:bold">{brand}</td></tr>\n'
            f'<tr><td style="padding:24px;font-size:15px;color:#222">{intro}</td></tr>\n'
            f'<tr><td style="padding:0 24px"><table width="100%" style="border:1px solid #e5e5e5">{trs}</table></td></tr>\n'
            f'<tr><td style="padding:24px;font-size:12px;color:#777">{outro}</td></tr>\n'
            f'</table></td></tr></table></body></html>\n')


def orig_headers(o, to, subject, date, msgid):
    return (f"From: {addr(o['name'], o['email'])}\nTo: {to}\nSubject: {hdr(subject)}\n"
            f"Date: {format_datetime(date)}\nMessage-ID: {msgid}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n")


# ============================================================================================
# payment-notification
# ============================================================================================
@m
def pn_caixabank():
    rows = [("Cuenta", "ES91 **** **** **** **** 1332"), ("Importe", "2.120,00 EUR"),
            ("Ordenante", "EDICIONES TRAMONTANA SL"), ("Concepto", "FRA 2026-048"), ("Fecha", "15/12/2026")]
    intro = ("Hola, LUCIA:<br><br>Te informamos de que has recibido una transferencia en tu cuenta. "
             "Puedes consultar el detalle en CaixaBankNow.")
    outro = ("Este es un mensaje automático, por favor no respondas a este correo. CaixaBank, S.A. "
             "C/ Pintor Sorolla, 2-4, 46002 Valencia. NIF A08663619.<br>Para tu seguridad, CaixaBank nunca te pedirá "
             "claves ni códigos por correo electrónico.")
    text = ("Hola, LUCIA:\n\nTe informamos de que has recibido una transferencia en tu cuenta.\n\n"
            "Cuenta: ES91 **** **** **** **** 1332\nImporte: 2.120,00 EUR\nOrdenante: EDICIONES TRAMONTANA SL\n"
            "Concepto: FRA 2026-048\nFecha: 15/12/2026\n\nPuedes consultar el detalle en CaixaBankNow.\n\n"
            "Este es un mensaje automático, por favor no respondas a este correo.\nCaixaBank, S.A. NIF A08663619.")
    tree = M("alternative", [T(text), T(bank_html("Transferencia recibida", rows, intro, outro, "#007EAE", "CaixaBank"), "html")])
    machine(persona="CaixaBank", frm="CaixaBank <notificaciones@caixabank.com>", to="lucia@martinestudio.es",
            subject="Has recibido una transferencia", date="2026-12-15 08:42", tz="Europe/Madrid", tree=tree,
            kind="payment-notification", amount="2120.00", reference="2026-048",
            note="CaixaBank incoming transfer alert; the concept names only the first of two invoices paid together.")


@m
def pn_bbva():
    rows = [("Importe", "2.541,00 €"), ("Ordenante", "GRUPO ALIMENTARIO LEVANTE SA"),
            ("Concepto", "PAGO PROV REMESA 251126 SM-26-104"), ("Cuenta de abono", "Cuenta Negocios ·3521"),
            ("Fecha valor", "26/11/2026")]
    intro = "Diego, has recibido una transferencia de <b>2.541,00 €</b>."
    outro = ("Has recibido este correo porque tienes activadas las notificaciones de movimientos. Puedes gestionarlas "
             "desde la app BBVA. Banco Bilbao Vizcaya Argentaria, S.A. Plaza de San Nicolás, 4, 48005 Bilbao.")
    tree = T(bank_html("BBVA", rows, intro, outro, "#004481", "BBVA"), "html", cte="base64")
    machine(persona="BBVA", frm="BBVA <bbva@comunicaciones.bbva.es>", to="Diego Serrano <diego@serranomotion.es>",
            subject="Has recibido una transferencia de 2.541,00 €", date="2026-11-26 07:15", tz="Europe/Madrid",
            tree=tree, kind="payment-notification", amount="2541.00", reference="SM-26-104",
            note="BBVA HTML-only (base64) incoming transfer.")


@m
def pn_sabadell():
    text = """Banco Sabadell

Aviso de abono por transferencia

Estimado/a cliente:

Le informamos de que se ha efectuado el siguiente abono en su cuenta:

Cuenta de abono ......... ES12 0081 **** **** **** 3456
Fecha de operación ...... 11/01/2027
Fecha valor ............. 11/01/2027
Importe ................. +1.210,00 EUR
Ordenante ............... HOTEL MIRADOR DEL PORT SL
Concepto ................ F26-119 FOTOGRAFIA HOTEL

Puede consultar sus movimientos en Banco Sabadell Online o en la app Sabadell.

Este mensaje se ha generado automáticamente. No responda a esta dirección.
Banco de Sabadell, S.A. - Avda. Óscar Esplá, 37 - 03007 Alicante - NIF A08000143"""
    machine(persona="Banco Sabadell", frm="Banco Sabadell <avisos@notificaciones.bancsabadell.com>",
            to="jordi@puigfoto.cat", subject="Aviso de abono en cuenta", date="2027-01-11 09:03", tz="Europe/Madrid",
            tree=T(text, charset="iso-8859-1", cte="quoted-printable"), kind="payment-notification",
            amount="1210.00", reference="F26-119", note="Sabadell plain-text abono alert, latin-1 QP.")


@m
def pn_ing():
    text = """Hola, Nayra:

Te han hecho una transferencia.

De: SURF SCHOOL LAS CANTERAS SL
Importe: 642,00 €
Concepto: ND/2026/017 WEB
Cuenta: Cuenta NARANJA ···8821

Entra en la app para ver el detalle de tus movimientos.

ING
Este email se ha enviado automáticamente, por favor no respondas.
ING Bank NV, Sucursal en España. C/ Vía de los Poblados, 1, 28033 Madrid."""
    html = bank_html("ING", [("De", "SURF SCHOOL LAS CANTERAS SL"), ("Importe", "642,00 €"),
                             ("Concepto", "ND/2026/017 WEB"), ("Cuenta", "Cuenta NARANJA ···8821")],
                     "Hola, Nayra:<br><br><b>Te han hecho una transferencia.</b>",
                     "Este email se ha enviado automáticamente, por favor no respondas.", "#FF6200", "ING")
    machine(persona="ING España", frm="ING <notificaciones@ing.es>", to="nayra@denizweb.es",
            subject="Te han hecho una transferencia", date="2026-11-27 08:30", tz="Atlantic/Canary",
            tree=M("alternative", [T(text), T(html, "html")]), kind="payment-notification", amount="642.00",
            reference="ND/2026/017", note="ING incoming transfer ('Te han hecho una transferencia'), Canary recipient.")


@m
def pn_abanca():
    text = """ABANCA

Aviso de movemento / Aviso de movimiento

Ingreso por transferencia recibida
Importe: 605,00 EUR
Ordenante: CONSERVAS O BERBES SL
Concepto: PAGO FACTURA MARTA IGLESIAS
Data / Fecha: 10/12/2026

Podes consultar o detalle en ABANCA Banca a distancia.
Puedes consultar el detalle en ABANCA Banca a distancia.

Mensaxe xerada automaticamente. Non responda.
ABANCA Corporación Bancaria, S.A. - NIF A70302039"""
    machine(persona="ABANCA", frm="ABANCA <avisos@abanca.com>", to="marta@iglesiastraducciones.com",
            subject="Aviso de movemento: ingreso recibido", date="2026-12-10 11:14", tz="Europe/Madrid",
            tree=T(text, cte="7bit"), kind="payment-notification", amount="605.00",
            note="Bilingual Galician/Spanish bank alert; concept names the payee, not the invoice.")


@m
def pn_openbank():
    html = bank_html("Openbank", [("Importe", "+250,00 €"), ("Ordenante", "ROSA ELENA MARIN LOPEZ"),
                                  ("Concepto", "invitaciones boda"), ("Fecha", "30/11/2026")],
                     "Hola LUCIA,<br><br>Has recibido un ingreso en tu Cuenta Corriente Open terminada en 4471.",
                     "Openbank, S.A. Plaza de Santa Bárbara 2, 28004 Madrid. Este es un mensaje automático.",
                     "#EA1D25", "Openbank")
    machine(persona="Openbank", frm="Openbank <noreply@openbank.es>", to="lucia@martinestudio.es",
            subject="Has recibido un ingreso en tu cuenta", date="2026-11-30 18:21", tz="Europe/Madrid",
            tree=T(html, "html"), kind="payment-notification", amount="250.00",
            note="Openbank HTML-only; private client's transfer with a free-text concept (no invoice number).")


@m
def pn_santander_intl():
    text = """Banco Santander

Transferencia internacional recibida

Le informamos de que se ha abonado en su cuenta ES** **** **** **** **** 0917 la siguiente transferencia:

Ordenante: FUNDACION RAICES ANDINAS
Banco ordenante: BANCOLOMBIA S.A. (COLOCOBMXXX)
Importe ordenado: 640,00 EUR
Comisiones: 0,00 EUR
Importe abonado: 640,00 EUR
Fecha valor: 02/12/2026
Información para el beneficiario: TRADUCCION INFORME ANUAL

Atentamente,
Banco Santander, S.A.

Este mensaje ha sido generado automáticamente. Por favor, no lo responda."""
    machine(persona="Banco Santander", frm="Banco Santander <avisos@gruposantander.es>",
            to="Marta Iglesias <marta@iglesiastraducciones.com>", subject="Abono de transferencia internacional",
            date="2026-12-02 10:05", tz="Europe/Madrid", tree=T(text, cte="quoted-printable"),
            kind="payment-notification", amount="640.00",
            note="Santander incoming SWIFT transfer from Colombia.")


@m
def pn_bizum_recibido():
    text = """Has recibido un Bizum

FRANCISCO J. M. te ha enviado 242,00 €.
Concepto: fotos carta casa paco

El dinero ya está disponible en tu cuenta ···3456.

Servicio Bizum de Banco Sabadell. Este mensaje es automático, no respondas a este correo."""
    machine(persona="Banco Sabadell", frm="Sabadell Bizum <bizum@notificaciones.bancsabadell.com>",
            to="jordi@puigfoto.cat", subject="Has recibido un Bizum de 242,00 €", date="2026-12-04 11:58",
            tz="Europe/Madrid", tree=T(text), kind="payment-notification", amount="242.00",
            note="Bizum received from a client (concept names the job).")


@m
def pn_paypal():
    text = """Hola, Nayra Déniz:

Has recibido 300,00 € EUR de Agustina Ferreyra.

Detalles de la transacción
Id. de transacción: 7KC41352XA9958622
Fecha de la transacción: 13 de enero de 2027
Importe recibido: 300,00 € EUR
Comisión: -10,55 € EUR
Importe neto: 289,45 € EUR
Nota de Agustina Ferreyra: "web estudio yoga - factura 25"

El dinero ya está en tu cuenta PayPal.

Ayuda y contacto | Seguridad | Aplicaciones

PayPal (Europe) S.à r.l. et Cie, S.C.A. 22-24 Boulevard Royal L-2449, Luxemburgo.
No respondas a este correo electrónico."""
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2c2e2f">'
            '<table width="100%" style="max-width:600px"><tr><td><img src="https://www.paypalobjects.com/logo.png" alt="PayPal" width="100"></td></tr>'
            '<tr><td><h2 style="font-weight:normal">Has recibido 300,00&nbsp;€&nbsp;EUR de Agustina Ferreyra</h2>'
            '<p>Id. de transacción: 7KC41352XA9958622<br>Fecha de la transacción: 13 de enero de 2027</p>'
            '<table><tr><td>Importe recibido</td><td>300,00&nbsp;€ EUR</td></tr>'
            '<tr><td>Comisión</td><td>-10,55&nbsp;€ EUR</td></tr><tr><td><b>Importe neto</b></td><td><b>289,45&nbsp;€ EUR</b></td></tr></table>'
            '<p>Nota de Agustina Ferreyra: "web estudio yoga - factura 25"</p></td></tr>'
            '<tr><td style="font-size:11px;color:#6c7378">PayPal (Europe) S.à r.l. et Cie, S.C.A. No respondas a este correo electrónico.</td></tr>'
            '</table></body></html>')
    machine(persona="PayPal", frm="PayPal <service@paypal.es>", to="Nayra Déniz <nayra@denizweb.es>",
            subject="Has recibido un pago", date="2027-01-13 14:05", tz="Atlantic/Canary",
            tree=M("alternative", [T(text), T(html, "html")]), kind="payment-notification", amount="300.00",
            reference="ND/2026/025",
            note="PayPal Spanish 'Has recibido 300,00 EUR'; gross 300 (net 289.45 after fee); buyer note 'factura 25' in a thread about ND/2026/025.")


@m
def pn_stripe():
    text = """Lucía Martín Estudio

Pago de 121,00 € realizado correctamente

Cliente: namaste@yogalavapies.es
Importe: 121,00 €
Descripción: Factura 2026-054 · Yoga Shala Lavapiés
Método de pago: Visa •••• 4242
ID del pago: py_3QhT2kL8aZ1xY0bC1nM4pQ7r
Fecha: 19 ene 2027, 10:12

Ver pago en el Dashboard: https://dashboard.stripe.com/payments/py_3QhT2kL8aZ1xY0bC1nM4pQ7r

Recibes este correo porque tienes activadas las notificaciones de pagos correctos en tu cuenta de Stripe.
Stripe Payments Europe, Ltd. · 1 Grand Canal Street Lower, Dublín 2, Irlanda"""
    machine(persona="Stripe", frm="Stripe <notifications@stripe.com>", to="lucia@martinestudio.es",
            subject="Pago de 121,00 € de namaste@yogalavapies.es", date="2027-01-19 10:13", tz="Europe/Madrid",
            tree=T(text), kind="payment-notification", amount="121.00", reference="2026-054",
            note="Stripe successful-payment notice in Spanish (card payment of an invoice).")


@m
def pn_remittance_telcoiberia():
    text = """AVISO DE PAGO / REMITTANCE ADVICE
N.º de aviso: 2000456712
Fecha de pago: 29/01/2027
Pagador: TELCOIBERIA SERVICIOS, S.A. (A28123456)
Beneficiario: SERRANO ORTIZ, DIEGO (proveedor 100238)
Medio de pago: Transferencia SEPA
Cuenta beneficiario: ES66 **** **** **** **** 3521

Documentos liquidados:
Su factura        Fecha factura   Doc. SAP      Importe
SM-26-119         20/12/2026      5100098812    5.445,00 EUR
                                  TOTAL         5.445,00 EUR

Este aviso ha sido generado automáticamente por el Shared Service Center de TelcoIberia. Para cualquier consulta utilice el Portal de Proveedores. Por favor, no responda a este correo."""
    html = bank_html("Aviso de pago", [("N.º de aviso", "2000456712"), ("Fecha de pago", "29/01/2027"),
                                       ("Pagador", "TELCOIBERIA SERVICIOS, S.A."), ("Factura", "SM-26-119"),
                                       ("Importe", "5.445,00 EUR")],
                     "Le comunicamos que se ha efectuado el pago de los siguientes documentos:",
                     "Generado automáticamente por el Shared Service Center. No responda a este correo.",
                     "#5B2C83", "TelcoIberia · Portal de Proveedores")
    machine(persona="TelcoIberia SSC", frm="Portal de Proveedores TelcoIberia <no-reply-proveedores@telcoiberia.com>",
            to="diego@serranomotion.es", subject="Aviso de pago 2000456712 - TELCOIBERIA SERVICIOS, S.A.",
            date="2027-01-29 06:02", tz="Europe/Madrid", tree=M("mixed", [M("alternative", [T(text), T(html, "html")]),
                                                                         A("AvisoPago_2000456712.pdf", "application/pdf", fake_pdf("Aviso de pago 2000456712"))]),
            kind="payment-notification", amount="5445.00", reference="SM-26-119",
            note="Accounts-payable platform remittance advice (same company as an earlier promise; same split).")


# ============================================================================================
# auto-reply
# ============================================================================================
@m
def ar_exchange_fechas():
    par = Parent("diego", "Canal Sur Eventos S.L.", "produccion@canalsureventos.es", "reminder", "SM-26-114", 3872.00,
                 "2026-12-15", "2026-12-23 09:00")
    text = """Gracias por su mensaje.

Estaré fuera de la oficina del 23 de diciembre al 6 de enero, ambos inclusive, con acceso limitado al correo electrónico. Para asuntos urgentes de producción puede contactar con Álvaro Pineda (apineda@canalsureventos.es).

Un saludo,
Rocío Alcántara
Directora de producción · Canal Sur Eventos"""
    machine(persona="Canal Sur Eventos", frm=addr("Rocío Alcántara", "produccion@canalsureventos.es"),
            to=addr("Diego Serrano", "diego@serranomotion.es"),
            subject="Respuesta automática: " + par.subject, date="2026-12-23 09:01", tz="Europe/Madrid",
            tree=M("alternative", [T(text), T(outlook_html(p_html(text)), "html")]),
            headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: produccion@canalsureventos.es",
                     "Thread-Topic: " + hdr(par.subject), "Content-Language: es-ES"],
            irt=par.msgid, refs=par.refs, kind="auto-reply", return_date="2027-01-07",
            note="Exchange OOO with RFC 3834 header: away 23 Dec - 6 Jan 'ambos inclusive' -> back 7 Jan.")


@m
def ar_cerrado_vacaciones():
    par = Parent("lucia", "Floristería Azahar", "floristeriaazahar@yahoo.es", "promise_followup", "2026-047", 157.30,
                 "2026-12-07", "2027-01-04 09:00", salut="Buenos días:")
    text = """¡¡Hola!! Floristería Azahar permanece CERRADO POR VACACIONES hasta el lunes 11 de enero.

Los pedidos para San Valentín se podrán hacer a partir de esa fecha en tienda o por WhatsApp.

¡Gracias y feliz año! 🌸"""
    machine(persona="Floristería Azahar", frm=addr("Loli Azahar", "floristeriaazahar@yahoo.es"),
            to="lucia@martinestudio.es", subject="Cerrado por vacaciones", date="2027-01-04 09:01",
            tz="Europe/Madrid", tree=T(text, cte="8bit"), irt=par.msgid, refs=par.refs, kind="auto-reply",
            return_date="2027-01-11",
            note="Shop vacation responder without Auto-Submitted headers; 'cerrado hasta el lunes 11 de enero' -> that Monday. Same persona as a promise reply.")


@m
def ar_no_operativa():
    par = Parent("jordi", "Estudi Nou Interiorisme", "info@estudinou.com", "reminder", "F26-111", 847.00,
                 "2026-11-20", "2026-11-30 09:00")
    text = """Esta dirección de correo ya no está operativa.

Estudi Nou Interiorisme ha cesado su actividad. Para cualquier cuestión relacionada con facturas o pagos pendientes, puede dirigirse a la administración concursal: concursal.estudinou@lexbcn.es

Este mensaje se ha generado automáticamente."""
    machine(persona="Estudi Nou Interiorisme", frm="Estudi Nou <info@estudinou.com>", to="jordi@puigfoto.cat",
            subject="Re: " + par.subject, date="2026-11-30 09:01", tz="Europe/Madrid", tree=T(text),
            headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply", "X-Autoreply: yes"],
            irt=par.msgid, refs=par.refs, kind="auto-reply",
            note="'Esta dirección ya no está operativa' (business closed, points to insolvency administrator). No return date.")


@m
def ar_helpdesk_ticket():
    par = Parent("lucia", "Grupo Retail Península S.A.", "soporte.proveedores@retailpeninsula.com", "reminder",
                 "2026-051", 2420.00, "2026-12-31", "2027-01-11 09:00")
    text = """Estimado/a proveedor/a:

Hemos recibido su consulta y se ha creado el ticket n.º 48213 con el asunto:
"Factura n.º 2026-051 pendiente de pago"

Nuestro equipo de Atención a Proveedores le responderá en un plazo máximo de 5 días hábiles. Para añadir información a su consulta, responda a este correo sin modificar el asunto.

Puede consultar el estado de sus facturas en el Portal de Proveedores: https://proveedores.retailpeninsula.com

Atentamente,
Atención a Proveedores – Grupo Retail Península

[##48213##]"""
    machine(persona="Grupo Retail Península", frm="Atención a Proveedores <soporte.proveedores@retailpeninsula.com>",
            to="lucia@martinestudio.es", subject="[Ticket #48213] Re: " + par.subject, date="2027-01-11 09:01",
            tz="Europe/Madrid", tree=T(text), irt=par.msgid, refs=par.refs,
            headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Precedence: bulk"],
            kind="auto-reply", note="Help-desk ticket acknowledgement, no human content.")


@m
def ar_mexico_regreso():
    par = Parent("nayra", "Dr. Alejandro Cervantes", "acervantes@clinicacervantes.mx", "courtesy", "ND/2026/024",
                 None, "2026-12-31", "2026-12-21 09:00", salut="Buenos días, Dr. Alejandro Cervantes:")
    text = """Hola, gracias por tu correo.

Me encuentro de vacaciones, regreso el lunes 4 de enero. Si es urgente, favor de comunicarte con mi asistente Lupita al (33) 3615 2040.

Saludos,
Dr. Alejandro Cervantes"""
    machine(persona="Clínica Cervantes Guadalajara", frm=addr("Dr. Alejandro Cervantes", "acervantes@clinicacervantes.mx"),
            to="nayra@denizweb.es", subject="Fuera de la oficina: " + par.subject, date="2026-12-21 03:01",
            tz="America/Mexico_City", tree=T(text), irt=par.msgid, refs=par.refs, headers=["X-Autoreply: yes"],
            kind="auto-reply", return_date="2027-01-04",
            note="Mexican OOO with only X-Autoreply: 'regreso el lunes 4 de enero' -> 2027-01-04.")


@m
def ar_registro_ayto():
    par = Parent("diego", "Ayuntamiento de Santa Olalla del Monte", "cultura@santaolalla.es", "reminder", "SM-26-111",
                 2420.00, "2026-12-12", "2026-12-21 09:00")
    text = """AYUNTAMIENTO DE SANTA OLALLA DEL MONTE

Su mensaje ha sido recibido en este buzón. Le recordamos que el correo electrónico no es un medio válido para la presentación de escritos ante esta Administración (art. 16 de la Ley 39/2015). Para presentar solicitudes o facturas utilice la Sede Electrónica o el Punto General de Entrada de Facturas Electrónicas (FACe).

Este buzón no se atiende en horario de tarde ni en periodo vacacional.

Mensaje generado automáticamente. No responda a este correo."""
    machine(persona="Ayuntamiento de Santa Olalla del Monte", frm="Ayto. Santa Olalla del Monte <cultura@santaolalla.es>",
            to="diego@serranomotion.es", subject="Acuse de recibo automático", date="2026-12-21 09:01",
            tz="Europe/Madrid", tree=T(text, charset="iso-8859-1"), irt=par.msgid, refs=par.refs,
            headers=["Auto-Submitted: auto-replied"], kind="auto-reply",
            note="Town hall mailbox automatic acknowledgement; no return date.")


# ============================================================================================
# bounce
# ============================================================================================
def dsn(*, persona, o, rcpt, orig_par, date, tz, human, status, action, diag, mta, reporting, frm, subject,
        permanent, note, plain_only=False, rfc822_full=True, extra_headers=()):
    od = orig_par.date
    oh = orig_headers(o, rcpt, orig_par.subject, od, orig_par.msgid)
    qid = f"X-Postfix-Queue-ID: {_rand(10, '0123456789ABCDEF')}\n" if "MAILER-DAEMON" in frm else ""
    per_msg = f"Reporting-MTA: dns; {reporting}\n{qid}Arrival-Date: {format_datetime(od)}\n"
    per_rcpt = (f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\n"
                f"Status: {status}\nRemote-MTA: dns; {mta}\nDiagnostic-Code: smtp; {diag}\n")
    if action == "delayed":
        per_rcpt += f"Will-Retry-Until: {format_datetime(od + dt.timedelta(days=5))}\n"
    status_part = RAW("message/delivery-status", (per_msg + "\n" + per_rcpt).encode())
    if rfc822_full:
        orig = RAW("message/rfc822", (oh + "\n" + orig_par.text + "\n").encode("utf-8"),
                   extra="Content-Disposition: inline\n")
    else:
        orig = RAW("text/rfc822-headers", oh.encode("utf-8"))
    if plain_only:
        tree = T(human)
    else:
        tree = M("report", [T(human, cte="8bit"), status_part, orig], params="; report-type=delivery-status")
    machine(persona=persona, frm=frm, to=o["email"], subject=subject, date=date, tz=tz, tree=tree,
            headers=[("pre", "Return-Path: <>"), "Auto-Submitted: auto-replied"] + list(extra_headers),
            kind="bounce", failed_recipient=rcpt, permanent=permanent, note=note)


@m
def bo_postfix():
    o = OWNERS["lucia"]
    par = Parent("lucia", "Estudio Pilates Cuerpo", "reservas@pilatescuerpo.es", "reminder", "2026-034", 181.50,
                 "2026-11-10", "2026-11-18 09:00")
    human = """This is the mail system at host smtp03.martinestudio.es.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<reservas@pilatescuerpo.es>: host mx1.hostinglowcost.es[185.42.104.17] said:
    550 5.1.1 <reservas@pilatescuerpo.es>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)"""
    dsn(persona="Postfix martinestudio", o=o, rcpt="reservas@pilatescuerpo.es", orig_par=par, date="2026-11-18 09:01",
        tz="Europe/Madrid", human=human, status="5.1.1", action="failed",
        diag="550 5.1.1 <reservas@pilatescuerpo.es>: Recipient address rejected: User unknown in virtual mailbox table",
        mta="mx1.hostinglowcost.es", reporting="smtp03.martinestudio.es",
        frm="MAILER-DAEMON@smtp03.martinestudio.es (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender", permanent=True,
        note="Postfix DSN, 550 5.1.1 user unknown at a Spanish low-cost host.")


@m
def bo_gmail_es():
    o = OWNERS["nayra"]
    par = Parent("nayra", "Eventos Roque Nublo", "eventosroquenublo@gmail.com", "reminder", "ND/2026/031", 856.00,
                 "2026-12-05", "2026-12-14 09:00")
    human = """No se ha encontrado la dirección

Tu mensaje no se ha entregado a eventosroquenublo@gmail.com porque no se ha encontrado la dirección o esta no puede recibir correo.

La respuesta del servidor remoto ha sido:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser"""
    dsn(persona="Gmail mailer-daemon", o=o, rcpt="eventosroquenublo@gmail.com", orig_par=par, date="2026-12-14 09:01",
        tz="Atlantic/Canary", human=human, status="5.1.1", action="failed",
        diag="550-5.1.1 The email account that you tried to reach does not exist.",
        mta="gmail-smtp-in.l.google.com", reporting="mail-sor-f41.google.com",
        frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)", permanent=True, rfc822_full=False,
        note="Gmail bounce in Spanish ('No se ha encontrado la dirección'), 5.1.1.")


@m
def bo_o365_es():
    o = OWNERS["marta"]
    par = Parent("marta", "Traducciones Técnicas Norte S.L.", "pagos@ttnorte.es", "reminder", "MI-2026-61", 459.80,
                 "2026-12-20", "2027-01-05 09:00")
    human = """Error en la entrega a estos destinatarios o grupos:

pagos@ttnorte.es
La dirección de correo electrónico que especificó no se encuentra. Compruebe la dirección de correo electrónico del destinatario e intente volver a enviar el mensaje. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.


Información de diagnóstico para administradores:

Generando servidor: AM9PR02MB7712.eurprd02.prod.outlook.com

pagos@ttnorte.es
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Encabezados del mensaje original:

Received: from mail.iglesiastraducciones.com (185.12.40.3) by AM9PR02MB7712.eurprd02.prod.outlook.com
From: Marta Iglesias <marta@iglesiastraducciones.com>
To: pagos@ttnorte.es
Subject: """ + par.subject
    dsn(persona="Office 365 NDR", o=o, rcpt="pagos@ttnorte.es", orig_par=par, date="2027-01-05 09:01",
        tz="Europe/Madrid", human=human, status="5.1.10", action="failed",
        diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        mta="ttnorte-es.mail.protection.outlook.com", reporting="AM9PR02MB7712.eurprd02.prod.outlook.com",
        frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ttnorte.es>",
        subject="No se puede entregar: " + par.subject, permanent=True, rfc822_full=False,
        note="Office 365 NDR in Spanish, 5.1.10 recipient not found.")


@m
def bo_movistar_delay():
    o = OWNERS["diego"]
    par = Parent("diego", "Autocares Hermanos Lozano", "autocareslozano@telefonica.net", "reminder", "SM-26-123",
                 363.00, "2027-01-10", "2027-01-18 09:00")
    human = """Este es un mensaje generado automáticamente por el sistema de correo.

####################################################################
# ESTO ES SOLO UN AVISO.                                           #
# NO ES NECESARIO QUE VUELVA A ENVIAR EL MENSAJE.                  #
####################################################################

Su mensaje todavía no ha podido entregarse a uno o más destinatarios.
El sistema seguirá intentándolo durante 5 días.

<autocareslozano@telefonica.net>: connect to mx.telefonica.net[81.47.192.10]:25: Connection timed out

El mensaje original se adjunta a continuación."""
    dsn(persona="Movistar relay", o=o, rcpt="autocareslozano@telefonica.net", orig_par=par, date="2027-01-18 13:05",
        tz="Europe/Madrid", human=human, status="4.4.1", action="delayed",
        diag="connect to mx.telefonica.net[81.47.192.10]:25: Connection timed out",
        mta="mx.telefonica.net", reporting="smtp.movistar.es",
        frm="Sistema de correo <MAILER-DAEMON@smtp.movistar.es>",
        subject="Aviso de retraso en la entrega del mensaje", permanent=False, rfc822_full=False,
        note="Telefónica/Movistar delay notice (4.4.1, still retrying): temporary.")


@m
def bo_exim_cpanel():
    o = OWNERS["jordi"]
    par = Parent("jordi", "Gastrobar L'Ametller", "info@gastrobarametller.cat", "reminder", "F26-115", 423.50,
                 "2026-11-28", "2026-12-07 09:00")
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  info@gastrobarametller.cat
    host mail.gastrobarametller.cat [93.184.216.34]
    SMTP error from remote mail server after RCPT TO:<info@gastrobarametller.cat>:
    550 No Such User Here"

------ This is a copy of the message, including all the headers. ------

Return-path: <jordi@puigfoto.cat>
Received: from [83.45.12.201] (port=51022 helo=MacBook-Pro-de-Jordi.local)
	by srv12.hostingcat.net with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96.2)
	(envelope-from <jordi@puigfoto.cat>)
	id 1rQ2xY-00051k-1T
	for info@gastrobarametller.cat;
{orig_headers(o, "info@gastrobarametller.cat", par.subject, par.date, par.msgid)}
{par.text}
"""
    machine(persona="Exim hostingcat", frm="Mail Delivery System <Mailer-Daemon@srv12.hostingcat.net>",
            to="jordi@puigfoto.cat", subject="Mail delivery failed: returning message to sender",
            date="2026-12-07 09:02", tz="Europe/Madrid", tree=T(body, cte="8bit"),
            headers=[("pre", "Return-Path: <>"), "X-Failed-Recipients: info@gastrobarametller.cat",
                     "Auto-Submitted: auto-replied"],
            kind="bounce", failed_recipient="info@gastrobarametller.cat", permanent=True,
            note="cPanel/Exim plain-text bounce (not multipart/report), 550 No Such User Here.")


@m
def bo_exchange_delay_es():
    o = OWNERS["lucia"]
    par = Parent("lucia", "Ayuntamiento de Navalrobles", "cultura@navalrobles.es", "late_fee", "2026-049", 2178.00,
                 "2026-12-30", "2027-01-12 09:00", deadline="2027-01-22", fees=False)
    human = """La entrega se ha retrasado para estos destinatarios o grupos:

cultura@navalrobles.es (cultura@navalrobles.es)

Asunto: """ + par.subject + """

Este mensaje todavía no se ha entregado. Seguiremos intentando entregarlo.

El servidor seguirá intentando entregar este mensaje durante los próximos 1 días, 19 horas y 52 minutos. Recibirá una notificación si no se puede entregar el mensaje a partir de ese momento.

Información de diagnóstico para administradores:

Generando servidor: EXCH01.martinestudio.local
cultura@navalrobles.es
Remote Server returned '400 4.4.7 Message delayed'
Remote Server at mail.navalrobles.es (10.20.1.5) returned '451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed.'"""
    dsn(persona="Exchange martinestudio", o=o, rcpt="cultura@navalrobles.es", orig_par=par, date="2027-01-12 13:08",
        tz="Europe/Madrid", human=human, status="4.4.7", action="delayed", diag="400 4.4.7 Message delayed",
        mta="mail.navalrobles.es", reporting="EXCH01.martinestudio.local",
        frm="Microsoft Outlook <postmaster@martinestudio.es>", subject="Retrasado: " + par.subject,
        permanent=False, rfc822_full=False, note="Exchange delay notice in Spanish ('Retrasado:'), 4.4.7: temporary.")


# ============================================================================================
# other
# ============================================================================================
@m
def ot_face_estado():
    text = """FACe - Punto General de Entrada de Facturas Electrónicas

Estimado/a proveedor/a:

Le informamos de que la factura electrónica que se detalla a continuación ha cambiado de estado:

Número de registro: REGAGE26e00081234567
Número de factura: MI-2026-51
Serie: MI
Importe: 1.512,50 EUR
Oficina contable: L01420000 - Intervención
Órgano gestor: L01420000 - Ayuntamiento de Villar del Campo
Unidad tramitadora: L01420000 - Tesorería

Estado anterior: 1300 - Registrada en RCF
Estado actual: 2400 - Contabilizada la obligación de pago
Fecha del cambio de estado: 16/12/2026

Puede consultar el estado de sus facturas en https://face.gob.es

Este es un mensaje automático. Por favor, no responda a este correo.
Ministerio de Hacienda - Secretaría General de Administración Digital"""
    machine(persona="FACe", frm="FACe <noreply@face.gob.es>", to="marta@iglesiastraducciones.com",
            subject="FACe - Cambio de estado de la factura REGAGE26e00081234567", date="2026-12-16 14:22",
            tz="Europe/Madrid", tree=T(text, charset="iso-8859-1"), headers=["Auto-Submitted: auto-generated"],
            kind="other", reference="MI-2026-51",
            note="FACe e-invoicing status change (obligation recognised) - not a payment, not a reply.")


@m
def ot_bizum_enviado():
    text = """Has enviado un Bizum

Has enviado 25,00 € a MARTA R. G.
Concepto: cena cumple Raquel 🎂

Cuenta de cargo: ···1332

Si no reconoces esta operación, llámanos al 900 40 40 90.
CaixaBank, S.A. Mensaje automático, no respondas a este correo."""
    machine(persona="CaixaBank", frm="CaixaBank <notificaciones@caixabank.com>", to="lucia@martinestudio.es",
            subject="Has enviado un Bizum de 25,00 €", date="2027-02-14 23:10", tz="Europe/Madrid", tree=T(text),
            kind="other", note="Outgoing Bizum between friends (money out): not a payment notification.")


@m
def ot_holded_vista():
    text = """Hola Jordi,

Buenas noticias: Restaurant Mar Blava ha abierto tu factura F27-004 (605,00 €).

Vista por primera vez: 4 feb 2027, 9:41
Vencimiento: 20 ene 2027 (vencida)

Ver factura en Holded: https://app.holded.com/invoicing/sales

¿Quieres enviar un recordatorio? Puedes programar recordatorios automáticos desde Ajustes > Facturación.

El equipo de Holded"""
    machine(persona="Holded", frm="Holded <no-reply@holded.com>", to="jordi@puigfoto.cat",
            subject="Restaurant Mar Blava ha visto tu factura F27-004", date="2027-02-04 09:42", tz="Europe/Madrid",
            tree=M("alternative", [T(text), T("<html><body>" + div_html(text) + "</body></html>", "html")]),
            headers=["List-Unsubscribe: <https://app.holded.com/unsubscribe/notifications>"],
            kind="other", reference="F27-004", note="'Your invoice was viewed' notice from an invoicing SaaS: not a payment.")


@m
def ot_newsletter():
    html = """<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h1 style="color:#0b6e4f">Novedades para autónomos · Febrero 2027</h1>
<p>Hola, Marta:</p>
<p>Este mes te contamos todo lo que cambia en la <b>cuota de autónomos por ingresos reales</b>, el calendario del modelo 130 del primer trimestre y cómo cobrar antes tus facturas con la <b>Ley de Morosidad</b> en la mano: intereses de demora, los 40 € por costes de cobro y cuándo merece la pena ir a un monitorio.</p>
<ul>
<li>¿Te ha llegado la regularización de 2025? Qué hacer si te sale a pagar.</li>
<li>Verifactu: fechas definitivas para autónomos.</li>
<li>Webinar gratuito: «Facturas impagadas, ¿y ahora qué?» – jueves 18 de febrero, 18:00.</li>
</ul>
<p><a href="https://www.ejemplo-autonomos.es/blog">Leer en el blog</a></p>
<p style="font-size:11px;color:#888">Recibes este correo porque te suscribiste a la newsletter. <a href="https://www.ejemplo-autonomos.es/baja">Darse de baja</a></p>
</body></html>"""
    machine(persona="Newsletter Autónomos al Día", frm="Autónomos al Día <newsletter@autonomosaldia.es>",
            to="marta@iglesiastraducciones.com", subject="📢 Cuota de autónomos 2027, modelo 130 y cómo cobrar tus facturas",
            date="2027-02-09 07:30", tz="Europe/Madrid", tree=T(html, "html"),
            headers=["List-Unsubscribe: <https://www.ejemplo-autonomos.es/baja>", "Precedence: bulk",
                     "List-Id: Autonomos al Dia <news.autonomosaldia.es>"],
            kind="other", note="Newsletter that talks about unpaid invoices and late fees; not about any invoice.")


# ============================================================================================
def toml_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{s}"'


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = list(MSGS)
    random.Random(606).shuffle(order)
    for f in order:
        f()
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as out:
        out.write("# round6-es: Spanish-language replies and machine mail (Spain, Canarias, Mexico, Argentina,\n"
                  "# Colombia, Chile). Generated by make.py; every body hand-written.\n\n")
        for fname, lab in LABELS:
            out.write(f'[files."{fname}"]\n')
            for k in LABEL_KEYS:
                if k in lab:
                    out.write(f"{k} = {toml_str(lab[k])}\n")
            out.write("\n")
    print(f"wrote {len(LABELS)} messages")


if __name__ == "__main__":
    main()
