#!/usr/bin/env python3
"""round10-es: Spanish-language replies (Catalonia, Basque Country, Galicia, Valencia, Latin America,
hostelería, clínicas, colegios, gestorías, cuentas a pagar, ayuntamientos, particulares) and a little
machine mail.  Python 3.11, stdlib only.

    python3 make.py          # writes r10s-NNNN.eml + labels.toml here, then re-parses everything
"""
import base64
import email
import email.policy
import html
import json
import os
import quopri
import random
import struct
import sys
import tomllib
import zlib
from datetime import datetime, date, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r10s"

# --------------------------------------------------------------------------------------------------
# the freelancers (mailbox owners)
# --------------------------------------------------------------------------------------------------
FL = {
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", full="Lucía Martín Gómez",
                  iban="ES76 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", tz="Europe/Madrid",
                  what="diseño gráfico"),
    "inaki": dict(name="Iñaki Etxeberria", addr="inaki@etxeberria.eus", full="Iñaki Etxeberria Larrañaga",
                  iban="ES21 2095 0611 0091 1234 5678", bic="BASKES2BXXX", tz="Europe/Madrid",
                  what="desarrollo web"),
    "carmen": dict(name="Carmen Soto", addr="carmen@carmensoto-traducciones.es", full="Carmen Soto Ribera",
                   iban="ES91 0081 0216 7100 0123 4567", bic="BSABESBBXXX", tz="Europe/Madrid",
                   what="traducción"),
    "pablo": dict(name="Pablo Rey", addr="pablo@pablorey.photo", full="Pablo Rey Outeiral",
                  iban="ES60 2080 5000 6530 4012 3456", bic="CAGLESMMXXX", tz="Europe/Madrid",
                  what="fotografía"),
    "andrea": dict(name="Andrea Vidal", addr="andrea@vidalconsultoria.com", full="Andrea Vidal Santana",
                   iban="ES32 0182 2741 1602 0159 8765", bic="BBVAESMMXXX", tz="Atlantic/Canary",
                   what="consultoría"),
}
# numbering: lucia 2026-041 · inaki F26/018 · carmen CS/2026/118 · pablo PR-2026-31 · andrea AV2026-107

DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def eur(x):
    s = f"{x:,.2f}"  # 1,210.00
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


def larga(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def dt(s, tz):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def dd(s):
    return date.fromisoformat(s)


# --------------------------------------------------------------------------------------------------
# invoices and the letters mailduns sends (filled in from templates/es/*.txt.j2)
# --------------------------------------------------------------------------------------------------
class Inv:
    def __init__(self, fl, number, amount, client, to, kind="company", issue=None, due=None, salut=None):
        self.fl = FL[fl]
        self.number, self.amount, self.client, self.to = number, amount, client, to
        self.kind, self.salut = kind, salut
        self.issue = dd(issue) if issue else None
        self.due = dd(due) if due else None


def saludo(inv):
    if inv.salut:
        return inv.salut
    if inv.kind == "company":
        return "Estimados señores:"
    if inv.kind == "person" and inv.client:
        first = inv.client.split()[0].lower()
        if first in ("sra.", "dña.", "d.ª"):
            return f"Estimada {inv.client}:"
        if first in ("sr.", "d."):
            return f"Estimado {inv.client}:"
        return f"Buenos días, {inv.client}:"
    return "Buenos días:"


def pago(inv):
    f = inv.fl
    return (f"Datos para el pago:\n- beneficiario: {f['full']}\n- IBAN: {f['iban']}\n- BIC: {f['bic']}\n"
            f"- concepto: Factura {inv.number}")


def fees(inv, on):
    late = (on - inv.due).days
    interest = round(inv.amount * 0.1015 * late / 365, 2)
    total = inv.amount + interest + 40
    txt = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la "
           "que se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva "
           "2011/7/UE). Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de "
           "demora al tipo legal: el tipo del Banco Central Europeo para sus operaciones principales de "
           "financiación más ocho puntos porcentuales, actualmente el 10,15 % anual (arts. 5 y 7). A la deuda "
           "se añade, además, una cantidad fija de 40,00 € en concepto de indemnización por costes de cobro "
           "(art. 8).\n\nA día de hoy, el importe adeudado es el siguiente:\n"
           f"- factura n.º {inv.number}: {eur(inv.amount)}\n"
           f"- intereses de demora ({late} días al 10,15 %): {eur(interest)}\n"
           f"- indemnización por costes de cobro: {eur(40)}\n"
           f"- total: {eur(total)}")
    return txt, total


def letter(inv, kind, on, deadline=None, promise=None, extra=None):
    """Return (subject, text) of what the owner (or mailduns on the owner's behalf) sent."""
    f = inv.fl
    n, a = inv.number, eur(inv.amount)
    S = saludo(inv)
    P = pago(inv)
    sig = f"Un cordial saludo,\n{f['name']}"
    dl = larga(dd(deadline)) if deadline else larga(on + timedelta(days=10))
    if kind == "invoice":
        subj = f"Factura {n}"
        body = (f"Hola:\n\nOs adjunto la factura {n} por los trabajos de {f['what']} "
                f"{extra or 'del mes'}. El importe es de {a} y el vencimiento el {larga(inv.due)}.\n\n"
                f"Cualquier cosa me decís.\n\nUn saludo,\n{f['name']}")
    elif kind == "courtesy":
        subj = f"Próximo vencimiento: factura n.º {n}"
        body = (f"{S}\n\nUn breve recordatorio: la factura n.º {n} de {a}, emitida el {larga(inv.issue)}, vence "
                f"el {larga(inv.due)}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer nada "
                f"más.\n\n{P}\n\nPara cualquier duda, basta con responder a este correo.\n\n{sig}")
    elif kind == "due":
        late = (on - inv.due).days
        if late > 0:
            first = (f"La factura n.º {n} de {a} venció el {larga(inv.due)} y, según mis registros, el pago aún "
                     "no consta. Agradecería que se tramitara en los próximos días.")
        else:
            first = f"La factura n.º {n} de {a} vence hoy, {larga(inv.due)}."
        subj = f"Vencimiento de la factura n.º {n}"
        body = (f"{S}\n\n{first}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada "
                f"más.\n\n{P}\n\nPara cualquier duda, basta con responder a este correo.\n\n{sig}")
    elif kind == "reminder":
        subj = f"Recordatorio: factura n.º {n} pendiente"
        body = (f"{S}\n\nRevisando mis cuentas, veo que la factura n.º {n} de {a}, vencida el {larga(inv.due)}, "
                "sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se "
                "realizara en cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso "
                "basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis "
                "registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.\n\n"
                f"{P}\n\n{sig}")
    elif kind == "late_fee":
        late = (on - inv.due).days
        ftxt, total = fees(inv, on)
        subj = f"Segundo recordatorio: factura n.º {n}"
        body = (f"{S}\n\nLa factura n.º {n} de {a} venció el {larga(inv.due)}, hace {late} días, y sigue "
                f"pendiente de pago.\n\n{ftxt}\n\nRuego que el pago de {eur(total)} se realice a más tardar el "
                f"{dl}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha de la "
                "transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una "
                f"solución por esta misma vía.\n\n{P}\n\n{sig}")
    elif kind == "suspension":
        susp = larga((dd(deadline) if deadline else on + timedelta(days=10)) + timedelta(days=1))
        subj = f"Factura n.º {n} pendiente de pago"
        body = (f"{S}\n\nVuelvo a ponerme en contacto en relación con la factura n.º {n} de {a}, vencida el "
                f"{larga(inv.due)} y todavía pendiente de pago.\n\nSi para el {dl} no se ha recibido el pago de "
                f"{a}, a partir del {susp} podría verme en la necesidad de suspender los trabajos en curso y la "
                "prestación de los servicios contratados hasta que se regularice la situación. Si existe alguna "
                "dificultad (por ejemplo, si es necesario fraccionar el pago), basta con responder a este correo "
                f"y buscaremos una solución.\n\n{P}\n\n{sig}")
    elif kind == "final":
        subj = f"Requerimiento de pago de la factura n.º {n}"
        body = (f"{S}\n\nLa factura n.º {n}, emitida a nombre de {inv.client} el {larga(inv.issue)}, venció el "
                f"{larga(inv.due)} y, pese a los recordatorios enviados anteriormente, sigue pendiente de pago "
                f"por un importe de {a}.\n\nPor la presente, y a los efectos del artículo 1100 del Código Civil, "
                f"requiero formalmente el pago de {a} a más tardar el {dl}.\n\nMi intención es resolver este "
                "asunto de forma amistosa. Por ello, esta comunicación es también una invitación formal a "
                "negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de medidas en "
                "materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el retraso, "
                "alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con responder "
                f"a este correo.\n\nSi para el {dl} no se ha recibido el pago ni hemos llegado a un acuerdo, "
                "tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento "
                "monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los últimos "
                "días, muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta con "
                f"la fecha de la transferencia.\n\n{P}\n\nAtentamente,\n{f['name']}")
    elif kind == "promise_followup":
        subj = f"Factura n.º {n}: pago pendiente"
        first = (f"Según su último mensaje, el pago de la factura n.º {n} de {a} se realizaría a más tardar el "
                 f"{larga(dd(promise))}; gracias de nuevo por la información." if promise else
                 f"Gracias de nuevo por la información sobre el pago de la factura n.º {n} de {a}, vencida el "
                 f"{larga(inv.due)}.")
        body = (f"{S}\n\n{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas "
                "gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días "
                f"más, me sería útil saber para cuándo puedo contar con él.\n\n{P}\n\n{sig}")
    elif kind == "paid_claim":
        subj = f"Factura n.º {n}: pago no recibido"
        body = (f"{S}\n\nMuchas gracias por comunicarme el {larga(dd(promise))} que la factura n.º {n} de {a} ya "
                "está pagada.\n\nSin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una "
                "transferencia tarda unos días más en llegar, o puede haberse enviado a otros datos bancarios. "
                "Para poder localizarla, me sería de gran ayuda conocer la fecha de ejecución y la referencia de "
                "la transferencia, o recibir el justificante.\n\nPara comprobarlo, estos son los datos bancarios "
                f"correctos:\n- beneficiario: {f['full']}\n- IBAN: {f['iban']}\n- concepto: Factura {n}\n\n"
                "Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no "
                f"es necesario hacer nada más. Gracias por su colaboración.\n\n{sig}")
    elif kind == "thank_you":
        subj = f"Pago recibido: factura n.º {n}"
        body = (f"{S}\n\nConfirmo que he recibido el pago de la factura n.º {n} ({a}). ¡Muchas gracias!\n\n"
                f"Quedo a su disposición para cualquier otra cuestión.\n\n{sig}")
    else:
        raise ValueError(kind)
    return subj, body


def statement(invs, on, deadline):
    f = invs[0].fl
    lines = []
    total = 0
    for i in invs:
        late = (on - i.due).days
        lines.append(f"- n.º {i.number}, del {larga(i.issue)}, vencida el {larga(i.due)} ({late} días de retraso): "
                     f"{eur(i.amount)}")
        total += i.amount
    subj = "Facturas pendientes de pago"
    body = (f"{saludo(invs[0])}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes "
            "facturas:\n\n" + "\n".join(lines) + f"\n\nTotal a pagar: {eur(total)}\n\nRuego que el pago de estas "
            f"facturas se realice a más tardar el {larga(dd(deadline))}. Si alguna de ellas ya está pagada, muchas "
            "gracias: basta con responder indicando cuáles y la fecha de la transferencia, para que pueda "
            "actualizar mis registros. Si hay algún problema con alguna factura, podemos aclararlo por esta misma "
            "vía.\n\nLos datos para el pago figuran en las facturas, en los mensajes con los que se enviaron.\n\n"
            f"Un cordial saludo,\n{f['name']}")
    return subj, body


# --------------------------------------------------------------------------------------------------
# quoting styles
# --------------------------------------------------------------------------------------------------
def hm(d):
    return f"{d.hour}:{d.minute:02d}"


def q_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def attr_gmail(d, name, addr):
    return f"El {DIAS3[d.weekday()]}, {d.day} {MES3[d.month - 1]} {d.year} a las {hm(d)}, {name} (<{addr}>) escribió:"


def attr_apple(d, name, addr):
    return f"El {d.day} {MES3[d.month - 1]} {d.year}, a las {hm(d)}, {name} <{addr}> escribió:"


def attr_tbird(d, name):
    return f"El {d.day:02d}/{d.month:02d}/{d.year} a las {hm(d)}, {name} escribió:"


def outlook_block(d, name, addr, to, subj, old=False, cc=None):
    if old:
        s = (f"De: {name} [mailto:{addr}] \nEnviado el: {DIAS[d.weekday()]}, {larga(d)} {d.hour}:{d.minute:02d}\n"
             f"Para: {to}\n")
        if cc:
            s += f"CC: {cc}\n"
        return s + f"Asunto: {subj}\n"
    s = (f"________________________________\nDe: {name} <{addr}>\nEnviado: {DIAS[d.weekday()]}, {larga(d)} "
         f"{d.hour}:{d.minute:02d}\nPara: {to}\n")
    if cc:
        s += f"CC: {cc}\n"
    return s + f"Asunto: {subj}\n"


def android_block(d, name, addr, to, subj):
    off = d.utcoffset().total_seconds() / 3600
    return (f"-------- Mensaje original --------\nDe: {name} <{addr}>\nFecha: {d.day:02d}/{d.month:02d}/{d.year % 100} "
            f"{hm(d)} (GMT{'+' if off >= 0 else '-'}{int(abs(off)):02d}:00)\nA: {to}\nAsunto: {subj}\n")


def fwd_gmail(d, name, addr, to, subj):
    return (f"---------- Mensaje reenviado ---------\nDe: {name} <{addr}>\nDate: {DIAS3[d.weekday()]}, {d.day} "
            f"{MES3[d.month - 1]} {d.year} a las {hm(d)}\nSubject: {subj}\nTo: <{to}>\n")


def text_to_html(text):
    out = []
    for para in text.split("\n\n"):
        out.append("<div>" + "<br>".join(html.escape(l) for l in para.split("\n")) + "</div>")
    return "\n<div><br></div>\n".join(out)


# --------------------------------------------------------------------------------------------------
# MIME plumbing (raw bytes so that charsets / transfer encodings are exactly what real clients send)
# --------------------------------------------------------------------------------------------------
_bcount = [0]


def boundary(tag="b"):
    _bcount[0] += 1
    return f"----=_Part_{tag}_{_bcount[0]:04d}_{(_bcount[0] * 7919) % 100000:05d}"


def encode_text(text, charset):
    if charset.lower() in ("iso-8859-1", "windows-1252", "iso-8859-15"):
        return text.encode("cp1252" if charset.lower() != "iso-8859-15" else "iso-8859-15")
    return text.encode(charset)


def leaf(ctype, text, charset="utf-8", cte="8bit", extra_ct=""):
    raw = encode_text(text.replace("\r\n", "\n"), charset)
    if cte == "qp":
        body = quopri.encodestring(raw)
        name = "quoted-printable"
    elif cte == "b64":
        body = base64.encodebytes(raw)
        name = "base64"
    else:
        body = raw
        name = "7bit" if all(b < 128 for b in raw) else "8bit"
    if not body.endswith(b"\n"):
        body += b"\n"
    h = f'Content-Type: {ctype}; charset="{charset}"{extra_ct}\nContent-Transfer-Encoding: {name}\n'
    return h.encode() + b"\n" + body


def binary_leaf(ctype, filename, data, disp="attachment"):
    b = base64.encodebytes(data)
    h = (f'Content-Type: {ctype}; name="{filename}"\nContent-Transfer-Encoding: base64\n'
         f'Content-Disposition: {disp}; filename="{filename}"\n')
    return h.encode() + b"\n" + b


def multipart(sub, parts, extra=""):
    b = boundary(sub[:3])
    out = f'Content-Type: multipart/{sub}; boundary="{b}"{extra}\n\n'.encode()
    out += b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    out += f"--{b}--\n".encode()
    return out


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 770 Td (" + t[:60] + b") Tj ET\nendstream\nendobj\n"
            b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")


def fake_png(w=8, h=8):
    raw = b"".join(b"\x00" + bytes([200, 220, 240]) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def hdr_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


def hdr_text(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset if charset.lower() != "windows-1252" else "iso-8859-1").encode()


def headers_block(h):
    return "".join(f"{k}: {v}\n" for k, v in h).encode()


# --------------------------------------------------------------------------------------------------
# building messages
# --------------------------------------------------------------------------------------------------
MSGS = []      # (filename, bytes, labels)
_mid = [0]


WEBMAIL = ("gmail.com", "yahoo.es", "hotmail.com", "hotmail.es", "outlook.es", "telefonica.net", "euskalnet.net")


def msgid(domain, seed=""):
    _mid[0] += 1
    h = zlib.crc32(f"{domain}{seed}{_mid[0]}".encode()) & 0xffffffff
    h2 = zlib.crc32(f"{seed}{_mid[0]}{domain}x".encode()) & 0xffffffff
    if domain == "gmail.com":
        tok = base64.urlsafe_b64encode(struct.pack(">IIII", h, h2, h ^ h2, _mid[0])).decode().rstrip("=")
        return f"<CA{tok}@mail.gmail.com>"
    if domain in WEBMAIL:
        return f"<{h:08x}{h2:08x}.{_mid[0]}@{domain}>"
    return f"<{h:08X}{h2:04X}.{_mid[0]:05d}@{domain}>"


def add(raw, labels):
    n = len(MSGS) + 1
    MSGS.append((f"{PREFIX}-{n:04d}.eml", raw, labels))


def orig_of(inv, kind, sent, deadline=None, promise=None, extra=None, tz=None):
    """An earlier mail from the owner: (datetime, subject, text, message-id)."""
    tz = tz or inv.fl["tz"]
    d = dt(sent, tz)
    subj, text = letter(inv, kind, d.date(), deadline=deadline, promise=promise, extra=extra)
    mid = msgid(inv.fl["addr"].split("@")[1], inv.number)
    return dict(d=d, subj=subj, text=text, mid=mid, fl=inv.fl, to=inv.to, refs=[])


def orig_stmt(invs, sent, deadline):
    d = dt(sent, invs[0].fl["tz"])
    subj, text = statement(invs, d.date(), deadline)
    return dict(d=d, subj=subj, text=text, mid=msgid(invs[0].fl["addr"].split("@")[1], "stmt"),
                fl=invs[0].fl, to=invs[0].to, refs=[])


def R(labels, *, date, tz, frm, orig, body, quote="gmail", prefix="Re: ", subject=None, to=None, cc=None,
      fmt="plain", charset="utf-8", cte="8bit", html_body=None, attach=(), mailer=None, extra=(),
      to_name_in_quote=None, thread=True):
    """A human reply to `orig` (an owner's mail).  frm = (name, addr)."""
    d = dt(date, tz)
    fl = orig["fl"]
    name, addr = frm
    quoted_to = to_name_in_quote or orig["to"]
    subj = subject if subject is not None else prefix + orig["subj"]
    # ---- plain text with the quote ----
    if quote == "gmail":
        q = attr_gmail(orig["d"], fl["name"], fl["addr"]) + "\n\n" + q_gt(orig["text"])
        text = body.rstrip("\n") + "\n\n" + q + "\n"
    elif quote == "apple":
        q = attr_apple(orig["d"], fl["name"], fl["addr"]) + "\n\n" + q_gt(orig["text"])
        text = body.rstrip("\n") + "\n\n" + q + "\n"
    elif quote == "tbird":
        q = attr_tbird(orig["d"], fl["name"]) + "\n" + q_gt(orig["text"])
        text = body.rstrip("\n") + "\n\n" + q + "\n"
    elif quote in ("outlook", "outlook_old"):
        q = outlook_block(orig["d"], fl["name"], fl["addr"], quoted_to, orig["subj"], old=(quote == "outlook_old"),
                          cc=cc and ", ".join(c[1] for c in cc)) + "\n" + orig["text"]
        text = body.rstrip("\n") + "\n\n" + q + "\n"
    elif quote == "android":
        q = android_block(orig["d"], fl["name"], fl["addr"], quoted_to, orig["subj"]) + "\n" + orig["text"]
        text = body.rstrip("\n") + "\n\n" + q + "\n"
    elif quote == "fwd":
        q = fwd_gmail(orig["d"], fl["name"], fl["addr"], quoted_to, orig["subj"]) + "\n\n" + orig["text"]
        text = body.rstrip("\n") + "\n\n" + q + "\n"
    elif quote == "bottom":   # answers under the quote (old-school)
        q = attr_tbird(orig["d"], fl["name"]) + "\n" + q_gt(orig["text"])
        text = q + "\n\n" + body.rstrip("\n") + "\n"
    else:
        q = None
        text = body.rstrip("\n") + "\n"
    # ---- html ----
    if fmt in ("alt", "html"):
        if html_body is None:
            hb = f'<div dir="ltr">{text_to_html(body.rstrip())}</div>'
        else:
            hb = html_body
        if quote in ("outlook", "outlook_old"):
            od = orig["d"]
            qh = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                  f'color="#000000"><b>De:</b> {html.escape(fl["name"])} &lt;{fl["addr"]}&gt;<br><b>Enviado:</b> '
                  f'{DIAS[od.weekday()]}, {larga(od)} {hm(od)}<br><b>Para:</b> {html.escape(quoted_to)}<br>'
                  f'<b>Asunto:</b> {html.escape(orig["subj"])}</font><div>&nbsp;</div></div>'
                  f'<div>{text_to_html(orig["text"])}</div>')
            doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                   f'content="text/html; charset={charset}"><style type="text/css" style="display:none;"> P '
                   '{margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div style="font-family: '
                   'Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                   f'{hb}</div>{qh}</body></html>')
        elif q is not None:
            od = orig["d"]
            qh = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                  f'{html.escape(attr_gmail(od, fl["name"], fl["addr"]))}<br></div><blockquote class="gmail_quote" '
                  'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                  f'{text_to_html(orig["text"])}</blockquote></div>')
            doc = f'<div dir="ltr">{hb}</div><br>{qh}\n'
        else:
            doc = f'<html><head><meta charset="{charset}"></head><body>{hb}</body></html>\n'
        if fmt == "alt":
            content = multipart("alternative", [leaf("text/plain", text, charset, cte),
                                                leaf("text/html", doc, charset, "qp" if cte == "8bit" else cte)])
        else:
            content = leaf("text/html", doc, charset, cte if cte != "8bit" else "qp")
    else:
        content = leaf("text/plain", text, charset, cte,
                       extra_ct="; format=flowed" if quote == "apple" else "")
    if attach:
        parts = [content]
        for (ctype, fname, data) in attach:
            parts.append(binary_leaf(ctype, fname, data))
        content = multipart("mixed", parts)
    # ---- headers ----
    dom = addr.split("@")[1]
    mid = msgid(dom, name)
    h = [("From", hdr_addr(name, addr, charset if charset != "windows-1252" else "iso-8859-1")),
         ("To", to or hdr_addr(fl["name"], fl["addr"]))]
    if cc:
        h.append(("Cc", ", ".join(hdr_addr(n, a) for n, a in cc)))
    h += [("Subject", hdr_text(subj, charset)), ("Date", format_datetime(d)), ("Message-ID", mid)]
    if thread:
        assert d > orig["d"], (subj, d, orig["d"])
        h.append(("In-Reply-To", orig["mid"]))
        h.append(("References", " ".join(orig.get("refs", []) + [orig["mid"]])))
    h.append(("MIME-Version", "1.0"))
    if mailer:
        h.append(mailer if isinstance(mailer, tuple) else ("X-Mailer", mailer))
    for e in extra:
        h.append(e)
    add(headers_block(h) + content, labels)


def M(labels, *, date, tz, frm, to, subject, parts, extra=(), mid_domain=None, irt=None):
    """Machine mail. parts: bytes of the body entity (from leaf/multipart)."""
    d = dt(date, tz)
    name, addr = frm
    h = [("From", hdr_addr(name, addr)), ("To", to), ("Subject", hdr_text(subject)),
         ("Date", format_datetime(d)), ("Message-ID", msgid(mid_domain or addr.split("@")[1], "auto"))]
    if irt:
        h += [("In-Reply-To", irt), ("References", irt)]
    h.append(("MIME-Version", "1.0"))
    h += list(extra)
    add(headers_block(h) + parts, labels)


def L(kind, note, **facts):
    d = {"kind": kind, "language": "es", "split": "dev"}
    d.update(facts)
    d["note"] = note
    return d


def LFL(key):
    f = FL[key]
    return hdr_addr(f["name"], f["addr"])


PDF = "application/pdf"
PNG = "image/png"


# ==================================================================================================
# PAID
# ==================================================================================================
def paid():
    # 1 Catalan restaurant, Gmail, Catalan greeting
    i = Inv("lucia", "2026-044", 726.00, "Restaurant Cal Ros", "admin@calros-girona.cat",
            issue="2026-10-06", due="2026-11-05")
    o = orig_of(i, "reminder", "2026-11-12 09:00")
    R(L("client-reply-paid", "Catalan words (ja està, gràcies); 'hice la transferencia' = paid; amount in own "
        "text", amount="726.00"),
      date="2026-11-13 10:41", tz="Europe/Madrid", frm=("Montse Vilaró", "montse@calros-girona.cat"), orig=o,
      quote="gmail", body="""Bon dia Lucía,

ja està! Ayer por la tarde hice la transferencia de los 726 €, se me había quedado en la bandeja de
pendientes del banco sin firmar, perdona. Gràcies per la paciència.

Las cartas nuevas quedan genial en las mesas, ya te mandaré foto.

Montse
Restaurant Cal Ros · Girona""")

    # 2 AP department: remesa already executed (date after the remesa)
    i = Inv("lucia", "2026-041", 1210.00, "Distribuciones Levante Alimentación, S.A.", "proveedores@dlevante.es",
            issue="2026-09-25", due="2026-11-24")
    o = orig_of(i, "due", "2026-11-24 09:00")
    R(L("client-reply-paid", "AP dept: invoice 'incluida en la remesa del 25/11' written on the 26th = already "
        "paid (remesa is in the past); 'nº 2026/041' -> 2026-041", reference="2026-041", amount="1210.00"),
      date="2026-11-26 12:05", tz="Europe/Madrid", frm=("Cuentas a Pagar - DLA", "cuentasapagar@dlevante.es"),
      orig=o, quote="outlook", prefix="RE: ", fmt="alt", mailer="Microsoft Outlook 16.0", body="""Buenos días,

Le informamos de que su factura nº 2026/041, por importe de 1.210,00 €, fue incluida en la remesa de pagos del
25/11/2026 con fecha valor ese mismo día. Debería verla reflejada en su cuenta en 24-48 horas.

Atentamente,

Departamento de Cuentas a Pagar
Distribuciones Levante Alimentación, S.A.
Pol. Ind. Fuente del Jarro · 46988 Paterna (Valencia)

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener
información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin
la autorización expresa de Distribuciones Levante Alimentación, S.A. Si usted no es el destinatario final, por
favor elimínelo e infórmenos por esta vía. De acuerdo con el Reglamento (UE) 2016/679 (RGPD), le informamos de
que sus datos serán tratados con la finalidad de gestionar la relación comercial.""")

    # 3 Gestoría writes for its client, attaches justificante
    i = Inv("carmen", "CS/2026/118", 484.00, "Hostal Miramar, C.B.", "hostalmiramar@gmail.com",
            issue="2026-10-20", due="2026-11-19")
    o = orig_of(i, "reminder", "2026-11-27 09:30")
    R(L("client-reply-paid", "gestoría writes on behalf of the client; 'se abonó el pasado viernes' + PDF "
        "justificante; 'fra. CS/2026/118' named", reference="CS/2026/118"),
      date="2026-12-01 09:12", tz="Europe/Madrid", frm=("Gestoría Albiol", "laboral@gestoriaalbiol.com"), orig=o,
      quote="outlook_old", prefix="RE: ", to_name_in_quote="'hostalmiramar@gmail.com'",
      cc=[("Hostal Miramar", "hostalmiramar@gmail.com")],
      attach=[(PDF, "Justificante_transferencia_Abanca.pdf", fake_pdf("Justificante transferencia"))],
      body="""Buenos días, Sra. Soto:

Le escribo de parte de nuestro cliente, Hostal Miramar C.B., que nos ha reenviado su correo. Nos indican que la
fra. CS/2026/118 se abonó el pasado viernes por transferencia desde su cuenta de Abanca. Le adjunto el
justificante que nos han facilitado.

Para cualquier cuestión relativa a la facturación del hostal, puede dirigirse a nosotros directamente.

Un saludo,

Rosa Albiol
GESTORÍA ALBIOL, S.L.
C/ Major, 14 - 12001 Castelló de la Plana
Tel. 964 22 31 08""")

    # 4 Mexico, comma-thousands amount
    i = Inv("carmen", "CS/2026/124", 1450.00, "Grupo Industrial Norteño, S.A. de C.V.", "cxp@gin.com.mx",
            issue="2026-10-28", due="2026-11-27")
    o = orig_of(i, "due", "2026-11-27 09:00")
    R(L("client-reply-paid", "Mexican Spanish ('ya quedó aplicado el pago', 'le comparto el comprobante'); "
        "amount in US-style format 1,450.00 EUR", amount="1450.00"),
      date="2026-12-02 11:20", tz="America/Monterrey", frm=("Lic. Alejandro Garza", "agarza@gin.com.mx"),
      orig=o, quote="outlook", prefix="RE: ", fmt="alt",
      attach=[(PDF, "Comprobante_SWIFT_GIN.pdf", fake_pdf("MT103 GIN"))], body="""Estimada Carmen, buen día.

Le comento que ya quedó aplicado el pago por 1,450.00 EUR mediante transferencia internacional desde nuestra
cuenta en Banorte. Le comparto el comprobante SWIFT (MT103) en el archivo adjunto.

Le pido de favor que nos confirme de recibido en cuanto se vea reflejado, para cerrarlo en nuestro sistema.

Quedo al pendiente.

Saludos cordiales,

Lic. Alejandro Garza Treviño
Cuentas por Pagar
Grupo Industrial Norteño, S.A. de C.V.
Monterrey, N.L., México""")

    # 5 one-liner from iPhone
    i = Inv("pablo", "PR-2026-27", 350.00, "Nerea Otxoa", "nerea.otxoa@gmail.com", kind="person",
            issue="2026-11-02", due="2026-11-16")
    o = orig_of(i, "due", "2026-11-16 09:00")
    R(L("client-reply-paid", "one word 'Hecho' + thumbs-up emoji; no payment verb at all"),
      date="2026-11-16 13:02", tz="Europe/Madrid", frm=("Nerea", "nerea.otxoa@gmail.com"), orig=o, quote="apple",
      mailer="iPhone Mail (22B91)", body="""Hecho 👍

Enviado desde mi iPhone""")

    # 6 particular, Bizum, colloquial amount
    i = Inv("pablo", "PR-2026-29", 180.00, "Sergio Blanco", "sergio.blanco.v@hotmail.com", kind="person",
            issue="2026-11-05", due="2026-11-20")
    o = orig_of(i, "reminder", "2026-11-25 09:00")
    R(L("client-reply-paid", "particular pays by Bizum; '180 pavos' (slang for euros)", amount="180.00"),
      date="2026-11-25 20:47", tz="Europe/Madrid", frm=("Sergio Blanco", "sergio.blanco.v@hotmail.com"), orig=o,
      quote="none", fmt="html", charset="utf-8", body="""ey Pablo, te lo he mandado por bizum esta mañana, 180 pavos. Puse de concepto "fotos comunion" que no
me dejaba poner mas letras jaja. Ya me dices si te ha llegado

un abrazo!!""")

    # 7 Basque clinic, 'salió ayer', Christmas
    i = Inv("inaki", "F26/022", 907.50, "Clínica Dental Goikoetxea, S.L.", "recepcion@clinicagoikoetxea.eus",
            issue="2026-11-10", due="2026-12-10")
    o = orig_of(i, "reminder", "2026-12-18 09:00")
    R(L("client-reply-paid", "Basque words (kaixo, eskerrik asko, zorionak); 'salió ayer la transferencia de la "
        "F26/22' -> F26/022", reference="F26/022"),
      date="2026-12-22 17:35", tz="Europe/Madrid", frm=("Ane Goikoetxea", "ane@clinicagoikoetxea.eus"), orig=o,
      quote="gmail", body="""Kaixo Iñaki,

salió ayer la transferencia de la F26/22, con todo el lío de las citas de antes de vacaciones se me pasó.
Perdona!

Eskerrik asko por todo este año, la web nueva nos ha traído un montón de pacientes. Zorionak eta urte berri
on!

Ane

--
Ane Goikoetxea Arregi
Clínica Dental Goikoetxea · Donostia
943 00 00 00""")

    # 8 Chile, vague amount
    i = Inv("lucia", "2026-049", 980.00, "Sur Creativo SpA", "pagos@surcreativo.cl",
            issue="2026-10-30", due="2026-11-29")
    o = orig_of(i, "reminder", "2026-12-04 09:00")
    R(L("client-reply-paid", "Chilean ('po', 'cualquier cosa me avisas'); paid via Wise; '980 euros con algo' is "
        "not a precise amount -> no amount"),
      date="2026-12-04 10:15", tz="America/Santiago", frm=("Constanza Araya", "constanza@surcreativo.cl"), orig=o,
      quote="gmail", fmt="alt", body="""Hola Lucía!!

Perdón la demora, te cuento que ya te transferimos por Wise ayer en la tarde, deberían llegarte 980 euros con
algo po, depende del cambio. Cualquier cosa me avisas.

Y feliz de seguir trabajando contigo el próximo año, ya te vamos a escribir por lo de la campaña de verano.

Abrazos desde Santiago,
Coni""")

    # 9 Hotel, HTML-only Outlook with table signature + GDPR, attached PDF
    i = Inv("lucia", "2026-057", 2178.00, "Hotel Atlántico Vigo, S.L.", "administracion@hotelatlanticovigo.com",
            issue="2026-11-12", due="2026-12-12")
    o = orig_of(i, "due", "2026-12-14 09:00")
    hb = ("<p>Buenos días Lucía,</p><p>Adjunto justificante de transferencia de la factura 2026-057.</p>"
          "<p>Saludos cordiales,</p><table style='font-family:Arial;font-size:10pt;color:#1F3864'><tr><td>"
          "<b>Marta Lorenzo</b><br>Administración<br>Hotel Atlántico Vigo ****<br>Rúa do Areal, 9 · 36201 Vigo"
          "</td></tr></table><p style='font-size:8pt;color:#7f7f7f'>AVISO LEGAL: En cumplimiento del RGPD y la "
          "LOPDGDD 3/2018, le informamos de que sus datos forman parte de un fichero titularidad de Hotel "
          "Atlántico Vigo, S.L. con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos en "
          "dpo@hotelatlanticovigo.com.</p>")
    R(L("client-reply-paid", "HTML-only Outlook reply, 'adjunto justificante' with no payment verb, GDPR "
        "footer, PDF attached", reference="2026-057"),
      date="2026-12-15 10:02", tz="Europe/Madrid", frm=("Marta Lorenzo", "administracion@hotelatlanticovigo.com"),
      orig=o, quote="outlook", prefix="RE: ", fmt="html", html_body=hb, charset="windows-1252", cte="qp",
      attach=[(PDF, "Transferencia_15122026.pdf", fake_pdf("Transferencia emitida"))],
      mailer="Microsoft Outlook 16.0",
      body="Buenos días Lucía,\n\nAdjunto justificante de transferencia de la factura 2026-057.")

    # 10 forwarded bank receipt
    i = Inv("pablo", "PR-2026-31", 2420.00, "Uxía Pereira Castro", "uxia.pereira@yahoo.es", kind="person",
            issue="2026-11-14", due="2026-11-30")
    o = orig_of(i, "reminder", "2026-12-05 09:00")
    recibo = """---------- Mensaje reenviado ---------
De: Banco Santander <avisos@bancosantander.es>
Date: jue, 3 dic 2026 a las 19:22
Subject: Confirmación de transferencia
To: <uxia.pereira@yahoo.es>

Hola UXIA,

Te confirmamos que la transferencia se ha realizado correctamente.

Ordenante: UXIA PEREIRA CASTRO
Beneficiario: PABLO REY OUTEIRAL
Cuenta destino: ES60 **** **** **** **** 3456
Importe: 2.420,00 EUR
Concepto: REPORTAXE VODA UXIA E BREIXO
Fecha de ejecución: 03/12/2026

Gracias por confiar en Santander."""
    R(L("client-reply-paid", "Galician words (bo día, aquí cho tes); forwards the bank's transfer confirmation; "
        "amount only in the forwarded receipt", amount="2420.00"),
      date="2026-12-05 11:48", tz="Europe/Madrid", frm=("Uxía Pereira", "uxia.pereira@yahoo.es"), orig=o,
      quote="none", subject="Fwd: Confirmación de transferencia", thread=False, body="""Bo día Pablo!

Aquí cho tes, lo hicimos el jueves, no sé por qué no te llega. Mira a ver si es que tarda por ser de otro banco.

Las fotos de la boda nos encantaron, mi madre ya ha pedido el álbum 😍

""" + recibo)

    # 11 Galician, ya lo tienes
    i = Inv("pablo", "PR-2026-33", 605.00, "Conservas O Berbés, S.L.", "oficina@oberbes.gal",
            issue="2026-11-18", due="2026-12-18")
    o = orig_of(i, "due", "2026-12-18 09:00")
    R(L("client-reply-paid", "Galician-Spanish ('moitas grazas', 'unha aperta'); 'lo tienes en la cuenta desde el "
        "martes' = paid"),
      date="2026-12-18 12:30", tz="Europe/Madrid", frm=("Xoán Lema", "xoan@oberbes.gal"), orig=o, quote="gmail",
      body="""Bo día Pablo,

ya está hecho el pago, lo tienes en la cuenta desde el martes, que lo mandé antes de irme a la feria de Madrid.
Si no te aparece dímelo.

Las fotos de las latas quedaron de lujo, moitas grazas.

Unha aperta,
Xoán""")

    # 12 Ayuntamiento: tesorería ha ordenado el pago
    i = Inv("lucia", "2026-063", 3025.00, "Ayuntamiento de Alzira", "intervencion@alzira.es",
            issue="2026-10-30", due="2026-11-29")
    o = orig_of(i, "reminder", "2026-12-09 09:00")
    R(L("client-reply-paid", "ayuntamiento: 'la Tesorería Municipal ha ordenado el pago' (bureaucratic paid); "
        "FACe registry number also present; 'su n.º 2026-063'", reference="2026-063", amount="3025.00"),
      date="2026-12-15 13:41", tz="Europe/Madrid", frm=("Tesorería Municipal", "tesoreria@alzira.es"), orig=o,
      quote="outlook", prefix="RE: ", to_name_in_quote="Intervención <intervencion@alzira.es>", body="""Sra. Martín:

En relación con su correo, le comunicamos que con fecha 14/12/2026 la Tesorería Municipal ha ordenado el pago
de la factura registrada en FACe con número de registro REGAGE26e00012345678 (su n.º 2026-063), por importe de
3.025,00 €, mediante transferencia a la cuenta que consta en el registro de terceros del Ayuntamiento.

Atentamente,

Servicio de Tesorería
Ajuntament d'Alzira
Plaça del Regne, 7 · 46600 Alzira""")

    # 13 particular: ya lo tienes, long apology
    i = Inv("lucia", "2026-052", 290.00, "Raquel Ibáñez", "raquelibanez78@gmail.com", kind="person",
            issue="2026-11-02", due="2026-11-17")
    o = orig_of(i, "reminder", "2026-11-24 09:00")
    R(L("client-reply-paid", "'Ya lo tienes!!' = paid, with chatty apology about kids"),
      date="2026-11-24 22:13", tz="Europe/Madrid", frm=("Raquel Ibáñez", "raquelibanez78@gmail.com"), orig=o,
      quote="gmail", body="""Ya lo tienes!! perdona perdona, se me pasó completamente con lo del cole de los críos y la
mudanza de mi suegra, esta semana ha sido una locura. Las invitaciones de la comunión quedaron preciosas,
todo el mundo preguntando quién las había hecho jeje

Besos
Raquel""")

    # 14 paid + asks to confirm (BIC incidence)
    i = Inv("inaki", "F26/019", 1512.50, "Ikastola Txantxiku Kooperatiba", "administrazioa@txantxiku.eus",
            issue="2026-11-03", due="2026-12-03")
    o = orig_of(i, "reminder", "2026-12-10 09:00")
    R(L("client-reply-paid", "paid on the 3rd + asks to check it arrived because the bank raised an incident "
        "with the BIC; still paid"),
      date="2026-12-10 11:25", tz="Europe/Madrid", frm=("Miren Zabala", "administrazioa@txantxiku.eus"), orig=o,
      quote="tbird", mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"),
      body="""Egun on Iñaki,

os pagamos el día 3, el mismo día del vencimiento. ¿Podéis confirmar que os ha llegado? Es que el banco nos puso
una incidencia con el BIC (decía que no coincidía con el IBAN) y aunque luego la dieron por buena no me fío
mucho.

Milesker,
Miren Zabala
Administrazioa - Txantxiku Ikastola""")

    # 15 paid + vague 'will also' for next invoice
    i = Inv("lucia", "2026-066", 435.60, "Clínica Veterinaria Els Tarongers", "gerencia@veterinariatarongers.com",
            issue="2026-11-20", due="2026-12-20")
    o = orig_of(i, "due", "2026-12-21 09:00")
    R(L("client-reply-paid", "clear paid for 2026-066 + undated vague 'la de enero también la pagaremos' -> "
        "stays paid (exception)", reference="2026-066"),
      date="2026-12-21 16:05", tz="Europe/Madrid", frm=("Vicent Ferrer", "gerencia@veterinariatarongers.com"),
      orig=o, quote="gmail", body="""Bon dia Lucía,

La factura 2026-066 ja està pagada, la transferencia la hizo mi hermana el lunes pasado. La del mantenimiento de
enero también la pagaremos, cuando nos la envíes, no te preocupes.

Bon Nadal i bon any!
Vicent""")

    # 16 Perú, formal tesorería
    i = Inv("carmen", "CS/2026/131", 640.00, "Importaciones Andinas S.A.C.", "tesoreria@importandinas.com.pe",
            issue="2026-11-16", due="2026-12-16")
    o = orig_of(i, "due", "2026-12-16 09:00")
    R(L("client-reply-paid", "Peruvian formal register ('Por medio del presente', 'monto'); 'EUR 640.00'",
        reference="CS/2026/131", amount="640.00"),
      date="2026-12-17 09:40", tz="America/Lima", frm=("Tesorería - Importaciones Andinas",
                                                        "tesoreria@importandinas.com.pe"),
      orig=o, quote="outlook", prefix="RE: ", fmt="alt", body="""Estimada Sra. Soto:

Por medio del presente le informamos que con fecha 16/12/2026 se ha efectuado la transferencia interbancaria
al exterior por el monto de EUR 640.00, correspondiente a su factura CS/2026/131 por servicios de traducción.

Sin otro particular, quedamos de usted.

Atentamente,

Renzo Quispe Mamani
Área de Tesorería
Importaciones Andinas S.A.C.
Av. Javier Prado Este 4200, Santiago de Surco, Lima - Perú""")

    # 17 Uruguay, 'ta'
    i = Inv("carmen", "CS/2026/127", 720.00, "Estudio Pereyra & Asociados", "florencia@estudiopereyra.com.uy",
            issue="2026-11-09", due="2026-12-09")
    o = orig_of(i, "reminder", "2026-12-14 09:00")
    R(L("client-reply-paid", "Uruguayan ('Ta', 'bárbaro', 'abrazo'); 'ya se hizo la transferencia hoy'"),
      date="2026-12-14 16:32", tz="America/Montevideo", frm=("Florencia Pereyra", "florencia@estudiopereyra.com.uy"),
      orig=o, quote="gmail", body="""Ta, ya se hizo la transferencia hoy, Carmen. Te llega en 2 o 3 días hábiles por ser internacional, el
BROU es lento para estas cosas. Mil disculpas por la demora, estuvimos con el cierre de año.

Bárbaro el trabajo, como siempre.
Abrazo,
Flor""")

    # 18 school: orden emitida
    i = Inv("carmen", "CS/2026/140", 495.00, "Col·legi Sant Josep de Calassanç", "administracio@santjosepcalassanc.cat",
            issue="2026-12-01", due="2026-12-31")
    o = orig_of(i, "reminder", "2027-01-11 09:00")
    R(L("client-reply-paid", "school admin: 'orden de transferencia emitida el 12/01 por 495 €' written on "
        "the 12th (paid); Catalan sign-off", amount="495.00"),
      date="2027-01-12 13:10", tz="Europe/Madrid", frm=("Administració Col·legi", "administracio@santjosepcalassanc.cat"),
      orig=o, quote="outlook", prefix="RE: ", body="""Bon dia,

Desde administración del Col·legi os comunicamos que la orden de transferencia se ha emitido hoy, 12/01, por
495 €, correspondiente a la traducción de la memoria del proyecto Erasmus+. Disculpad el retraso: con las
vacaciones de Navidad el centro estuvo cerrado.

Cordialment,

Jordina Soler
Administració
Col·legi Sant Josep de Calassanç - Sabadell""")

    # 19 ALL CAPS older client
    i = Inv("pablo", "PR-2026-35", 242.00, "José Luis Fernández", "joseluisfdz1954@telefonica.net", kind="person",
            issue="2026-11-25", due="2026-12-10")
    o = orig_of(i, "reminder", "2026-12-15 09:00")
    R(L("client-reply-paid", "ALL CAPS, no accents; 'YA ESTA HECHA LA TRANSFERENCIA DESDE EL VIERNES'"),
      date="2026-12-15 18:20", tz="Europe/Madrid", frm=("JOSE LUIS FERNANDEZ", "joseluisfdz1954@telefonica.net"),
      orig=o, quote="none", charset="iso-8859-1", cte="qp", prefix="RE: ", body="""BUENAS TARDES PABLO
YA ESTA HECHA LA TRANSFERENCIA DESDE EL VIERNES, ME LA HIZO MI HIJO POR EL ORDENADOR.
LAS FOTOS DE LAS BODAS DE ORO MUY BONITAS, MI MUJER ENCANTADA.
UN SALUDO
JOSE LUIS""")

    # 20 long chatty mail with one sentence that matters
    i = Inv("lucia", "2026-069", 1089.00, "Forn de Pa Sant Antoni, S.L.", "info@fornsantantoni.cat",
            issue="2026-11-23", due="2026-12-23")
    o = orig_of(i, "reminder", "2027-01-07 09:00")
    R(L("client-reply-paid", "long chatty mail about a new packaging job; the only relevant sentence is 'lo de la "
        "factura ya está, lo hizo la Marga el jueves'"),
      date="2027-01-08 09:55", tz="Europe/Madrid", frm=("Pere Roca", "pere@fornsantantoni.cat"), orig=o,
      quote="gmail", body="""Hola Lucía, bon any!

Te escribo por varias cosas. La primera, que el roscón de Reyes con la caja nueva ha sido un éxito, hemos
vendido casi el doble que el año pasado y mucha gente preguntaba por el dibujo de la caja. Mi padre está que no
se lo cree.

La segunda: queremos hacer lo mismo para la mona de Pascua, con una caja parecida pero con colores más de
primavera, y también unas bolsas de papel para el pan con el logo nuevo. ¿Tendrías hueco en febrero? Si quieres
te paso el presupuesto de la imprenta que nos hizo las cajas para que veas medidas.

Por cierto, lo de la factura ya está, lo hizo la Marga el jueves antes de cerrar.

Y la tercera, que a ver cuándo te pasas por el obrador y te invitamos a desayunar, que ya toca.

Una abraçada,
Pere

Forn de Pa Sant Antoni · des de 1962
C/ del Comte Borrell, 38 · Barcelona""")

    # 21 iso-8859-1 declared, cp1252 bytes (€ and curly quotes), Outlook, attachment
    i = Inv("lucia", "2026-071", 1512.50, "Autocares Hermanos Gil, S.L.", "contabilidad@autocaresgil.es",
            issue="2026-11-25", due="2026-12-25")
    o = orig_of(i, "due", "2026-12-28 09:00")
    R(L("client-reply-paid", "iso-8859-1 declared with Windows-1252 bytes (€, curly quotes) quoted-printable; "
        "'Adjunto el justificante del pago de la factura “2026-071” por importe de 1.512,50 €'",
        reference="2026-071", amount="1512.50"),
      date="2026-12-29 10:17", tz="Europe/Madrid", frm=("Contabilidad Autocares Gil", "contabilidad@autocaresgil.es"),
      orig=o, quote="outlook_old", prefix="RE: ", charset="iso-8859-1", cte="qp", mailer="Microsoft Outlook 15.0",
      to_name_in_quote="contabilidad@autocaresgil.es",
      attach=[(PDF, "JUSTIFICANTE 2026-071.pdf", fake_pdf("Orden de transferencia"))], body="""Buenos días:

Adjunto el justificante del pago de la factura “2026-071” por importe de 1.512,50 €.

Rogamos nos confirmen la recepción.

Un saludo.

Mª Ángeles Gil
Dpto. Contabilidad – Autocares Hermanos Gil, S.L.
Tel. 976 45 12 30 – Zaragoza""")

    # 22 Valencian
    i = Inv("carmen", "CS/2026/136", 363.00, "Falla Plaça del Mercat", "secretaria@fallaplacamercat.org",
            issue="2026-11-27", due="2026-12-12")
    o = orig_of(i, "reminder", "2026-12-18 09:00")
    R(L("client-reply-paid", "Valencian ('xe', 'ja t'ho he passat', 'moltes gràcies'); then 'ya te lo he pasado "
        "esta mañana'"),
      date="2026-12-18 13:47", tz="Europe/Madrid", frm=("Amparo Llorens", "secretaria@fallaplacamercat.org"),
      orig=o, quote="android", prefix="RE: ", body="""Bon dia Carmen,

xe, perdona, ja t'ho he passat... ya te lo he pasado esta mañana desde la cuenta de la falla, que el tesorero
estaba de viaje y no había manera. Moltes gràcies per la traducció del llibret, ha quedat molt bé.

Bon Nadal!
Amparo

Enviado desde mi Galaxy""")

    # 23 two transfers totalling
    i = Inv("lucia", "2026-074", 1210.00, "Iratxe Mendizabal", "iratxe.mendi@gmail.com", kind="person",
            issue="2026-12-01", due="2026-12-16")
    o = orig_of(i, "reminder", "2026-12-22 09:00")
    R(L("client-reply-paid", "paid in two transfers (500 + 710) because of a daily limit; 'en total los 1.210'",
        amount="1210.00", reference="2026-074"),
      date="2026-12-22 21:30", tz="Europe/Madrid", frm=("Iratxe Mendizabal", "iratxe.mendi@gmail.com"), orig=o,
      quote="gmail", fmt="alt", body="""Hola Lucía!

Te he hecho dos transferencias, una de 500 ayer y otra de 710 hoy, que el banco no me deja pasar de 500 al día
desde el móvil. En total los 1.210, así que con eso queda la 2026-074. Si ves algo raro me dices.

Gracias por la paciencia!
Iratxe""")

    # 24 screenshot PNG from Android
    i = Inv("andrea", "AV2026-107", 856.00, "Taller Mecánico Hermanos Suárez", "tallersuarez@hotmail.com",
            issue="2026-11-20", due="2026-12-20")
    o = orig_of(i, "reminder", "2026-12-28 09:00")
    R(L("client-reply-paid", "Canarian client; 'te mando pantallazo de la transfe' with a PNG screenshot; no "
        "payment verb"),
      date="2026-12-28 12:14", tz="Atlantic/Canary", frm=("Nauzet Suárez", "tallersuarez@hotmail.com"), orig=o,
      quote="none", attach=[(PNG, "Screenshot_20261228-121102_CaixaBank.png", fake_png())], body="""Buenas mi niña, te mando pantallazo de la transfe. Perdona el retraso que con las fiestas el taller esta
patas arriba

Enviado desde mi Android""")

    # 25 AP: abonada en el pago del día 25
    i = Inv("inaki", "F26/031", 2904.00, "Industrias Metálicas Urola, S.A.", "facturas@imurola.com",
            issue="2026-11-25", due="2027-01-24")
    o = orig_of(i, "due", "2027-01-25 09:00")
    R(L("client-reply-paid", "AP clerk: 'ha sido abonada en el pago del día 25/01/2027' written 26/01",
        reference="F26/031", amount="2904.00"),
      date="2027-01-26 08:47", tz="Europe/Madrid", frm=("Proveedores IMU", "proveedores@imurola.com"), orig=o,
      quote="outlook", prefix="RE: ", to_name_in_quote="Facturas IMU <facturas@imurola.com>", body="""Buenos días Sr. Etxeberria,

Su factura F26/031 (2.904,00 €) ha sido abonada en el pago a proveedores del día 25/01/2027, según nuestras
condiciones de pago (60 días fecha factura, día de pago 25). El importe debería estar ya disponible en su cuenta.

Un saludo,

Jone Azkue
Administración - Proveedores
INDUSTRIAS METÁLICAS UROLA, S.A.
Azkoitia (Gipuzkoa)""")

    # 26 Mexico, 'listo, ya quedó'
    i = Inv("lucia", "2027-003", 750.00, "Taquería La Güera", "laguera.cdmx@gmail.com",
            issue="2027-01-05", due="2027-01-20")
    o = orig_of(i, "due", "2027-01-20 09:00")
    R(L("client-reply-paid", "Mexican informal: 'Listo, ya quedó! Te mandé el comprobante por whats'"),
      date="2027-01-20 10:05", tz="America/Mexico_City", frm=("Paty Hernández", "laguera.cdmx@gmail.com"), orig=o,
      quote="gmail", body="""Listo Lucía, ya quedó! Te mandé el comprobante por whats hace ratito.

Saludos y gracias por el logo, quedó bien padre!!
Paty""")

    # 27 reply to paid_claim follow-up with execution date and reference
    i = Inv("carmen", "CS/2026/129", 968.00, "Bodegas Mas d'en Verdú, S.L.", "administracio@masdenverdu.cat",
            issue="2026-11-12", due="2026-12-12")
    o = orig_of(i, "paid_claim", "2026-12-21 09:00", promise="2026-12-14")
    R(L("client-reply-paid", "answer to the 'pago no recibido' follow-up: restates the transfer with execution "
        "date and reference and re-attaches the justificante"),
      date="2026-12-21 12:38", tz="Europe/Madrid", frm=("Núria Verdú", "administracio@masdenverdu.cat"), orig=o,
      quote="gmail", attach=[(PDF, "justificant_transferencia.pdf", fake_pdf("Justificant"))], body="""Hola Carmen,

La transferència es va ordenar el 2 de desembre... perdona, en castellano: la transferencia se ordenó el 2 de
diciembre desde La Caixa, referencia 0049-2026-1202-88731. Te adjunto otra vez el justificante. ¿Puede ser que
la tengas en otra cuenta? En el justificante sale el IBAN que acaba en 4567.

Salut,
Núria""")

    # 28 'solucionado'
    i = Inv("pablo", "PR-2026-38", 1331.00, "Restaurante A Taberna do Porto", "reservas@tabernadoporto.gal",
            issue="2026-12-03", due="2027-01-02")
    o = orig_of(i, "reminder", "2027-01-11 09:00")
    R(L("client-reply-paid", "'Solucionado, ya tienes el ingreso' - short Galician voice"),
      date="2027-01-11 16:50", tz="Europe/Madrid", frm=("Breixo Vilas", "reservas@tabernadoporto.gal"), orig=o,
      quote="gmail", body="""Solucionado Pablo, ya tienes el ingreso. Había un lío con la cuenta nueva del restaurante.
Perdoa as molestias!

Breixo""")

    # 29 reply to final requerimiento: paid today, supplier registration issue
    i = Inv("lucia", "2026-058", 3872.00, "Grupo Hostelero Mediterráneo, S.L.", "facturas@ghmediterraneo.com",
            issue="2026-10-15", due="2026-11-14")
    o = orig_of(i, "final", "2027-01-15 09:00", deadline="2027-01-29")
    R(L("client-reply-paid", "reply to the formal requerimiento: 'Pagado hoy mismo', apologises (alta de "
        "proveedor), justificante attached", amount="3872.00"),
      date="2027-01-18 17:22", tz="Europe/Madrid", frm=("Javier Montoro", "jmontoro@ghmediterraneo.com"), orig=o,
      quote="outlook", prefix="RE: ", cc=[("Facturas GHM", "facturas@ghmediterraneo.com")],
      attach=[(PDF, "Transferencia_GHM_LMartin.pdf", fake_pdf("Transferencia"))], body="""Lucía, buenas tardes:

Pagado hoy mismo, los 3.872 €. Te pido disculpas en nombre de la empresa: tu alta de proveedor se quedó
bloqueada en el sistema nuevo porque faltaba el certificado de titularidad y nadie te lo pidió. Te adjunto el
justificante.

No hace falta ningún monitorio, de verdad. Seguimos contando contigo para la carta de primavera.

Un saludo,
Javier Montoro
Director Financiero | Grupo Hostelero Mediterráneo""")

    # 30 gestoría for a Basque client: two invoices, 968 total
    i = Inv("inaki", "F26/027", 484.00, "Sagardotegi Arrieta", "sagardotegiarrieta@gmail.com",
            issue="2026-12-01", due="2026-12-31")
    i2 = Inv("inaki", "F26/029", 484.00, "Sagardotegi Arrieta", "sagardotegiarrieta@gmail.com",
             issue="2026-12-15", due="2027-01-14")
    o = orig_stmt([i, i2], "2027-01-18 09:00", "2027-01-28")
    R(L("client-reply-paid", "asesoría answers a statement for a sidrería: both invoices (F26/027 and F26/029) "
        "paid today, 968 € total; two references so none labelled", amount="968.00"),
      date="2027-01-19 12:02", tz="Europe/Madrid", frm=("Aholkularitza Lasa", "info@lasa-aholkularitza.eus"), orig=o,
      quote="outlook", prefix="RE: ", cc=[("Mikel Arrieta", "sagardotegiarrieta@gmail.com")], body="""Egun on Iñaki,

Somos la asesoría de Mikel (Sagardotegi Arrieta). Te confirmo que hoy hemos pagado las dos facturas, la F26/027
y la F26/029, 968 € en total, en una sola transferencia con concepto "F26-027 F26-029".

Cualquier cosa de la sidrería, nos puedes escribir a esta dirección.

Ondo izan,
Leire Lasa
Lasa Aholkularitza - Asesoría fiscal y contable
Hernani""")

    # 31 paid, with a complaint about the reminders (not a dispute)
    i = Inv("andrea", "AV2026-112", 642.00, "Academia de Idiomas Teide", "direccion@academiateide.es",
            issue="2026-12-10", due="2027-01-09")
    o = orig_of(i, "reminder", "2027-01-14 09:00")
    R(L("client-reply-paid", "paid, but grumbles about the number of reminders: grumbling is not a dispute; "
        "Canary time zone"),
      date="2027-01-14 09:31", tz="Atlantic/Canary", frm=("Dácil Hernández", "direccion@academiateide.es"), orig=o,
      quote="gmail", body="""Andrea, la factura está pagada desde el martes. Te agradecería que la próxima vez no me llegaran
tres correos en una semana por una factura de 642 euros, que somos clientes de hace años.

Dácil""")

    # 32 Chile HTML, 'el pago salió el viernes'
    i = Inv("carmen", "CS/2027/004", 1100.00, "Viña Los Boldos Ltda.", "finanzas@vinalosboldos.cl",
            issue="2027-01-04", due="2027-02-03")
    o = orig_of(i, "due", "2027-02-03 09:00")
    R(L("client-reply-paid", "Chilean finance, multipart/alternative; 'el pago salió el viernes desde nuestra "
        "cuenta en euros'"),
      date="2027-02-03 08:10", tz="America/Santiago", frm=("Ignacio Valdés", "ivaldes@vinalosboldos.cl"), orig=o,
      quote="gmail", fmt="alt", cte="qp", body="""Hola Carmen, ¿cómo estás?

Te confirmo que el pago salió el viernes desde nuestra cuenta en euros del Banco de Chile, así que debería estar
llegándote hoy o mañana. Si no lo ves a fin de semana, avísame altiro y lo reviso con el ejecutivo.

Saludos,
Ignacio Valdés
Subgerente de Finanzas · Viña Los Boldos""")

    # 33 paid with mixed languages: 'transferència feta'
    i = Inv("lucia", "2027-008", 544.50, "Escola Bressol El Pinyol", "elpinyol@escolabressol.cat",
            issue="2027-01-12", due="2027-02-11")
    o = orig_of(i, "courtesy", "2027-02-06 09:00")
    R(L("client-reply-paid", "reply to a courtesy (pre-due) reminder: 'Transferència feta avui' then Spanish; paid "
        "before due date", amount="544.50"),
      date="2027-02-08 15:44", tz="Europe/Madrid", frm=("Laia Casals", "elpinyol@escolabressol.cat"), orig=o,
      quote="apple", body="""Transferència feta avui! Son 544,50, ¿verdad? Es lo que ponía la factura.

Los carteles de la jornada de puertas abiertas ya están colgados, quedan monísimos.

Laia
Escola Bressol El Pinyol""")


# ==================================================================================================
# PROMISE
# ==================================================================================================
def promise():
    # 1 'el viernes' (Tue 17 Nov -> Fri 20 Nov)
    i = Inv("lucia", "2026-046", 450.00, "Bar Restaurante Txoko Zaharra", "txokozaharra@gmail.com",
            issue="2026-10-12", due="2026-11-11")
    o = orig_of(i, "reminder", "2026-11-17 09:00")
    R(L("client-reply-promise", "'te pago los 450 el viernes' sent Tue 17/11 -> Fri 20/11; Basque greeting",
        promised_date="2026-11-20", amount="450.00"),
      date="2026-11-17 12:40", tz="Europe/Madrid", frm=("Josu Txoko", "txokozaharra@gmail.com"), orig=o,
      quote="gmail", body="""Kaixo Lucía, tienes razón, se me había pasado. Te pago los 450 el viernes, que es cuando cierro la caja
de la semana. Perdona!!

Josu""")

    # 2 'el jueves que viene' (Fri 4 Dec -> Thu 10 Dec)
    i = Inv("inaki", "F26/017", 1815.00, "Residencia Geriátrica Aita Menni", "administracion@resaitamenni.es",
            issue="2026-10-20", due="2026-11-19")
    o = orig_of(i, "late_fee", "2026-12-03 09:00", deadline="2026-12-13")
    R(L("client-reply-promise", "'el jueves que viene' written Friday 4/12 -> Thursday 10/12; answers the "
        "second reminder with Ley 3/2004 interest quoted below", promised_date="2026-12-10"),
      date="2026-12-04 10:30", tz="Europe/Madrid", frm=("Begoña Uriarte", "buriarte@resaitamenni.es"), orig=o,
      quote="outlook", prefix="RE: ", to_name_in_quote="Administración <administracion@resaitamenni.es>",
      body="""Buenos días Iñaki,

Disculpa el retraso. La factura estaba pendiente de la firma de la directora, que ha estado de baja. Ya está
firmada y el pago irá el jueves que viene, en la próxima tanda de transferencias.

Un saludo,
Begoña Uriarte
Administración - Residencia Aita Menni""")

    # 3 'antes del 20'
    i = Inv("carmen", "CS/2026/133", 302.50, "Clínica Fisioterapia Mestalla", "info@fisiomestalla.es",
            issue="2026-11-05", due="2026-12-05")
    o = orig_of(i, "reminder", "2026-12-09 09:00")
    R(L("client-reply-promise", "'antes del 20 lo tienes' written 9 Dec -> 20 Dec; Valencian 'fins ara'",
        promised_date="2026-12-20"),
      date="2026-12-09 14:02", tz="Europe/Madrid", frm=("Amparo Server", "info@fisiomestalla.es"), orig=o,
      quote="gmail", body="""Hola Carmen,

uy, perdona, pensaba que lo había pagado el gestor. Me ha dicho que no, que estaba esperando a que yo le diera
el ok. Antes del 20 lo tienes, que el 20 cerramos por vacaciones.

Fins ara,
Amparo""")

    # 4 'a final de mes'
    i = Inv("lucia", "2026-076", 847.00, "Hotel Rural Casa Irati", "reservas@casairati.com",
            issue="2026-12-05", due="2027-01-04")
    o = orig_of(i, "reminder", "2027-01-11 09:00")
    R(L("client-reply-promise", "'a final de mes' written 12 Jan -> 31 Jan; hostelería in low season",
        promised_date="2027-01-31"),
      date="2027-01-12 11:15", tz="Europe/Madrid", frm=("Maite Arizkun", "reservas@casairati.com"), orig=o,
      quote="gmail", body="""Buenos días Lucía,

Enero para nosotros es temporada muerta y vamos justos de tesorería. Te lo pagamos a final de mes, cuando nos
entren las reservas de los puentes de febrero. Espero que no sea problema.

Un saludo desde el Pirineo,
Maite""")

    # 5 'no antes del día 10'
    i = Inv("andrea", "AV2027-003", 1605.00, "Aguas de Teror Envasadora, S.A.", "pagos@aguasteror.es",
            issue="2027-01-02", due="2027-02-01")
    o = orig_of(i, "due", "2027-02-01 09:00")
    R(L("client-reply-promise", "'no podemos antes del día 10' written 2 Feb -> 10 Feb (= promise for the 10th)",
        promised_date="2027-02-10"),
      date="2027-02-02 09:05", tz="Atlantic/Canary", frm=("Carmelo Quintana", "cquintana@aguasteror.es"), orig=o,
      quote="outlook", prefix="RE: ", to_name_in_quote="Pagos <pagos@aguasteror.es>", body="""Buenos días Andrea,

Está aprobada, pero no podemos pagarla antes del día 10, que es cuando hacemos los pagos de febrero. Ese día
sale seguro.

Saludos,
Carmelo Quintana
Administración""")

    # 6 'el día 5 sin falta' (27 Nov -> 5 Dec)
    i = Inv("pablo", "PR-2026-30", 665.50, "Autoescuela Miño", "autoescuelamino@gmail.com",
            issue="2026-10-26", due="2026-11-25")
    o = orig_of(i, "reminder", "2026-11-27 09:00")
    R(L("client-reply-promise", "'el día 5 sin falta' written 27 Nov -> 5 Dec (next month)",
        promised_date="2026-12-05"),
      date="2026-11-27 19:31", tz="Europe/Madrid", frm=("Ramón Miño", "autoescuelamino@gmail.com"), orig=o,
      quote="none", body="""Pablo, el día 5 sin falta, que este mes he tenido que pagar el seguro de los coches y me he quedado
seco. Lo siento

Ramón - Autoescuela Miño (Lugo)""")

    # 7 vague: 'cuando cobremos nosotros'
    i = Inv("lucia", "2026-060", 1573.00, "Eventos Tramuntana, S.L.", "admin@eventostramuntana.com",
            issue="2026-10-20", due="2026-11-19")
    o = orig_of(i, "late_fee", "2026-12-10 09:00", deadline="2026-12-20")
    R(L("client-reply-promise", "promise conditioned on their own client paying ('cuando cobremos nosotros') -> "
        "vague, no date"),
      date="2026-12-10 13:26", tz="Europe/Madrid", frm=("Jaume Ferrer", "jaume@eventostramuntana.com"), orig=o,
      quote="gmail", body="""Hola Lucía,

Te soy sincero: el congreso para el que hiciste los materiales todavía no nos lo ha pagado la asociación, y
sin eso no puedo adelantar nada. En cuanto cobremos nosotros te pago, tienes mi palabra. Lo de los intereses
te pediría que lo dejaras estar, que somos una empresa pequeña como tú.

Una abraçada,
Jaume""")

    # 8 vague: 'después de Reyes'
    i = Inv("carmen", "CS/2026/139", 423.50, "Librería El Faro", "libreriaelfaro@gmail.com",
            issue="2026-11-20", due="2026-12-20")
    o = orig_of(i, "due", "2026-12-21 09:00")
    R(L("client-reply-promise", "'después de Reyes' -> vague, no date"),
      date="2026-12-23 18:44", tz="Europe/Madrid", frm=("Elena Faro", "libreriaelfaro@gmail.com"), orig=o,
      quote="apple", body="""Carmen, con la campaña de Navidad no doy abasto en la librería. Te la pago después de Reyes, que
ahora la caja va para proveedores de libros. Felices fiestas!

Elena""")

    # 9 'en la remesa del 25'
    i = Inv("inaki", "F26/015", 2178.00, "Construcciones Ibaizabal, S.A.", "facturacion@ibaizabal.com",
            issue="2026-09-14", due="2026-11-13")
    o = orig_of(i, "due", "2026-11-13 09:00")
    R(L("client-reply-promise", "AP: 'entra en la remesa del 25' written 13 Nov -> 25 Nov",
        promised_date="2026-11-25", reference="F26/015"),
      date="2026-11-13 12:15", tz="Europe/Madrid", frm=("Facturación Ibaizabal", "facturacion@ibaizabal.com"),
      orig=o, quote="outlook", prefix="RE: ", body="""Buenos días,

Su factura F26/015 está contabilizada y conformada. Entra en la remesa del 25 de este mes.

Un saludo,
Departamento de Administración
CONSTRUCCIONES IBAIZABAL, S.A.

Antes de imprimir este mensaje, asegúrese de que es necesario. Proteger el medio ambiente está en nuestras
manos.""")

    # 10 'pasado mañana' (Wed 16 Dec -> Fri 18 Dec)
    i = Inv("lucia", "2026-062", 326.70, "Peluquería Nerea Estilistas", "nereaestilistas@hotmail.es",
            issue="2026-11-10", due="2026-12-10")
    o = orig_of(i, "reminder", "2026-12-16 09:00")
    R(L("client-reply-promise", "'pasado mañana te lo hago' written Wed 16 Dec -> 18 Dec",
        promised_date="2026-12-18"),
      date="2026-12-16 09:58", tz="Europe/Madrid", frm=("Nerea", "nereaestilistas@hotmail.es"), orig=o,
      quote="none", body="""Holaa Lucía!! Perdón perdón, pasado mañana te lo hago que cobro lo de las clientas del bono de
diciembre 🙏🙏

Nerea""")

    # 11 AP: contabilizada, explicit expected payment date
    i = Inv("carmen", "CS/2026/132", 2057.00, "Laboratorios Farmacéuticos Cantábrico, S.A.",
            "facturas.proveedores@labcantabrico.com", issue="2026-11-25", due="2026-12-25")
    o = orig_of(i, "courtesy", "2026-12-20 09:00")
    R(L("client-reply-promise", "large-company AP: 'su factura ha sido contabilizada... vencimiento según "
        "condiciones: 60 días fecha factura, día de pago 25' + explicit 'fecha prevista de pago: 25/01/2027' "
        "(later than the freelancer's due date, no complaint)", promised_date="2027-01-25",
        reference="CS/2026/132", amount="2057.00"),
      date="2026-12-21 08:31", tz="Europe/Madrid", frm=("Cuentas a Pagar LFC", "facturas.proveedores@labcantabrico.com"),
      orig=o, quote="outlook", prefix="RE: ", fmt="alt", body="""Estimada proveedora:

Le informamos de que su factura CS/2026/132, por importe de 2.057,00 €, ha sido recibida y contabilizada.

Vencimiento según condiciones: 60 días fecha factura, día de pago 25.
Fecha prevista de pago: 25/01/2027.

Le recordamos que, conforme a nuestras condiciones generales de compra, los pagos se realizan exclusivamente los
días 25 de cada mes o el siguiente día hábil.

Atentamente,
Cuentas a Pagar – Shared Service Center
Laboratorios Farmacéuticos Cantábrico, S.A.""")

    # 12 AP: conditions only, no computable date
    i = Inv("lucia", "2026-070", 968.00, "Supermercados Ría de Arousa, S.A.", "proveedores@superarousa.es",
            issue="2026-11-26", due="2026-12-26")
    o = orig_of(i, "reminder", "2027-01-05 09:00")
    R(L("client-reply-promise", "AP: not yet due for them 'según nuestras condiciones (60 días fecha factura, "
        "día de pago 25)' - states it will be paid per conditions, no explicit date -> vague promise"),
      date="2027-01-05 10:22", tz="Europe/Madrid", frm=("Proveedores Súper Arousa", "proveedores@superarousa.es"),
      orig=o, quote="outlook_old", prefix="RE: ", to_name_in_quote="'proveedores@superarousa.es'",
      body="""Buenos días:

La factura está registrada y conformada, pero todavía no ha vencido según nuestras condiciones de pago (60 días
fecha factura, día de pago 25). Se le abonará en la remesa correspondiente sin necesidad de que nos la
reclame.

Un saludo,
Dpto. Proveedores
Supermercados Ría de Arousa, S.A. - Vilagarcía""")

    # 13 Ayuntamiento: fase de reconocimiento de la obligación
    i = Inv("pablo", "PR-2026-34", 1452.00, "Concello de Cangas", "facturas@cangas.gal",
            issue="2026-11-20", due="2026-12-20")
    o = orig_of(i, "reminder", "2027-01-08 09:00")
    R(L("client-reply-promise", "ayuntamiento (Galician 'Concello'): 'la factura está en fase de reconocimiento "
        "de la obligación', will be paid by Tesorería afterwards -> promise without a date"),
      date="2027-01-11 12:48", tz="Europe/Madrid", frm=("Intervención Concello de Cangas", "intervencion@cangas.gal"),
      orig=o, quote="outlook", prefix="RE: ", to_name_in_quote="Facturas <facturas@cangas.gal>", body="""Estimado Sr. Rey:

En relación con su consulta sobre la factura presentada a través de FACe (reportaje fotográfico de las Festas
do Cristo), le informamos de que la misma ha sido conformada por el departamento de Cultura y se encuentra en
fase de reconocimiento de la obligación. Una vez aprobado el reconocimiento por la Alcaldía, se incluirá en el
próximo plan de disposición de fondos y la Tesorería procederá al pago.

Atentamente,

Departamento de Intervención
Concello de Cangas""")

    # 14 Mexico: 'mañana' late in the evening local time (Madrid is already the next day)
    i = Inv("lucia", "2026-061", 600.00, "Cafetería El Portal de Oaxaca", "elportaloaxaca@gmail.com",
            issue="2026-11-09", due="2026-12-09")
    o = orig_of(i, "due", "2026-12-10 09:00")
    R(L("client-reply-promise", "sent 21:30 Mexico City time on 10 Dec (already 11 Dec in Madrid): 'mañana' "
        "resolves in the sender's zone -> 11 Dec", promised_date="2026-12-11"),
      date="2026-12-10 21:30", tz="America/Mexico_City", frm=("Rodrigo Méndez", "elportaloaxaca@gmail.com"),
      orig=o, quote="gmail", body="""Qué tal Lucía, disculpa, ando a mil con la apertura del segundo local. Mañana a primera hora te hago
la transferencia, ahorita ya cerró el banco para internacionales.

Saludos,
Rodrigo""")

    # 15 'hoy sin falta'
    i = Inv("inaki", "F26/024", 1089.00, "Euskal Kirol Elkartea", "diruzaina@euskalkirol.eus",
            issue="2026-12-01", due="2026-12-31")
    o = orig_of(i, "suspension", "2027-01-28 09:00", deadline="2027-02-05")
    R(L("client-reply-promise", "reply to the suspension letter: 'hoy sin falta' -> same day",
        promised_date="2027-01-29"),
      date="2027-01-29 08:20", tz="Europe/Madrid", frm=("Gorka Lizarraga", "diruzaina@euskalkirol.eus"), orig=o,
      quote="gmail", body="""Iñaki, barkatu. Soy el nuevo tesorero de la elkartea y me he encontrado con esto al heredar las cuentas.
Hoy sin falta hago la transferencia, no hace falta parar nada de la web de inscripciones por favor.

Gorka""")

    # 16 partial paid + rest end of month
    i = Inv("lucia", "2026-078", 1210.00, "Autoescuela Sagrada Familia", "autoescuela.sf@gmail.com",
            issue="2026-12-10", due="2027-01-09")
    o = orig_of(i, "reminder", "2027-01-19 09:00")
    R(L("client-reply-promise", "paid 500 today, the rest (710) 'a final de mes' -> promise (promise beats "
        "paid), 31 Jan; two amounts so none labelled", promised_date="2027-01-31"),
      date="2027-01-20 12:12", tz="Europe/Madrid", frm=("Toni Puig", "autoescuela.sf@gmail.com"), orig=o,
      quote="gmail", body="""Bon dia Lucía,

te he hecho una transferencia de 500 € hoy y el resto, los 710, te los pago a final de mes, que este mes
hemos tenido que cambiar el embrague de uno de los coches. Espero que te vaya bien así.

Salut,
Toni""")

    # 17 'antes del 28 imposible'
    i = Inv("carmen", "CS/2026/135", 786.50, "Residencial Casablanca C.B.", "casablanca.cb@outlook.es",
            issue="2026-11-10", due="2026-12-10")
    o = orig_of(i, "reminder", "2026-12-14 09:00")
    R(L("client-reply-promise", "'antes del 28 me es imposible' = promise for the 28th", promised_date="2026-12-28"),
      date="2026-12-14 17:03", tz="Europe/Madrid", frm=("Paco Casablanca", "casablanca.cb@outlook.es"), orig=o,
      quote="outlook", prefix="RE: ", body="""Carmen buenas tardes, antes del 28 me es imposible, cobro las rentas de los locales ese día. El 28 te lo
paso.

Paco""")

    # 18 two invoices: one paid, the other on Friday
    i = Inv("lucia", "2026-080", 363.00, "Asociación Cultural La Kalle", "lakalle.asociacion@gmail.com",
            issue="2026-12-01", due="2026-12-31")
    i2 = Inv("lucia", "2026-084", 484.00, "Asociación Cultural La Kalle", "lakalle.asociacion@gmail.com",
             issue="2026-12-10", due="2027-01-09")
    o = orig_stmt([i, i2], "2027-01-13 09:00", "2027-01-23")
    R(L("client-reply-promise", "statement with two invoices: 2026-080 already paid, 2026-084 'va el viernes' "
        "(Wed 13 Jan -> Fri 15 Jan) -> promise", promised_date="2027-01-15"),
      date="2027-01-13 19:40", tz="Europe/Madrid", frm=("Cristina (La Kalle)", "lakalle.asociacion@gmail.com"),
      orig=o, quote="gmail", body="""Hola Lucía,

La 2026-080 ya la pagamos el día 8, mírala bien que igual se te ha pasado. La 2026-084 va el viernes, que es
cuando se reúne la junta y firma la tesorera.

Un beso,
Cristina""")

    # 19 vague: 'la semana que viene'
    i = Inv("pablo", "PR-2026-36", 484.00, "Pastelería Ascensión", "pasteleriaascension@gmail.com",
            issue="2026-11-28", due="2026-12-13")
    o = orig_of(i, "reminder", "2026-12-18 09:00")
    R(L("client-reply-promise", "'la semana que viene' -> vague, no date"),
      date="2026-12-18 20:10", tz="Europe/Madrid", frm=("Ascensión Varela", "pasteleriaascension@gmail.com"),
      orig=o, quote="none", body="""hola pablo, esta semana es imposible con los pedidos de navidad, la semana que viene te lo pago. un
saludo y gracias por las fotos de los roscones""")

    # 20 Galician hotel: 'a primeros de mes'
    i = Inv("pablo", "PR-2026-37", 1996.50, "Pazo de Vilaboa Hotel & Spa", "direccion@pazovilaboa.com",
            issue="2026-11-30", due="2026-12-30")
    o = orig_of(i, "due", "2026-12-30 09:00")
    R(L("client-reply-promise", "Galician hotel: 'a primeros de mes' -> vague; Galician words"),
      date="2026-12-30 11:35", tz="Europe/Madrid", frm=("Lois Taboada", "direccion@pazovilaboa.com"), orig=o,
      quote="outlook", prefix="RE: ", fmt="alt", body="""Bo día Pablo,

Tes razón, perdoa. Con el cierre del año la contabilidad está bloqueada hasta que la gestoría cierre el
ejercicio. Te lo pagamos a primeros de mes, en cuanto abran las cuentas del 2027.

Unha aperta e feliz aninovo,
Lois Taboada
Director · Pazo de Vilaboa Hotel & Spa""")

    # 21 Chile: 'el lunes altiro' (Thu 7 Jan -> Mon 11 Jan)
    i = Inv("lucia", "2026-075", 1320.00, "Cervecería Austral Patagonia Ltda.", "contabilidad@australpatagonia.cl",
            issue="2026-12-02", due="2027-01-01")
    o = orig_of(i, "reminder", "2027-01-07 09:00")
    R(L("client-reply-promise", "Chilean 'el lunes altiro' written Thu 7 Jan (Chile summer time) -> Mon 11 Jan",
        promised_date="2027-01-11"),
      date="2027-01-07 09:12", tz="America/Santiago", frm=("Matías Soto", "msoto@australpatagonia.cl"), orig=o,
      quote="gmail", body="""Hola Lucía, qué lata, disculpa. La contadora está de vacaciones y volvió recién hoy. Te pago el lunes
altiro cuando abra la mesa de dinero del banco, que para euros hay que pedirlo con anticipación.

Saludos desde Punta Arenas,
Matías""")

    # 22 Uruguay: 'la semana del 15'
    i = Inv("carmen", "CS/2027/002", 880.00, "Cooperativa Vitivinícola del Este", "administracion@cvieste.com.uy",
            issue="2026-12-28", due="2027-01-27")
    o = orig_of(i, "due", "2027-01-27 09:00")
    R(L("client-reply-promise", "Uruguayan 'en la semana del 15 de febrero sale' -> a week, not a day: vague"),
      date="2027-01-28 10:40", tz="America/Montevideo", frm=("Martín Olivera", "administracion@cvieste.com.uy"),
      orig=o, quote="gmail", body="""Hola Carmen, ¿qué tal?

Estamos en plena vendimia y con la mitad de la gente de licencia. Ta, la factura está aprobada; en la semana
del 15 de febrero sale el pago junto con los demás proveedores del exterior.

Un abrazo,
Martín""")

    # 23 Perú: programado para el 30 de diciembre
    i = Inv("andrea", "AV2026-110", 1390.00, "Agroexportadora Virú S.A.", "cuentasporpagar@agrovirusa.com.pe",
            issue="2026-11-30", due="2026-12-15")
    o = orig_of(i, "reminder", "2026-12-18 09:00")
    R(L("client-reply-promise", "Peruvian AP: 'el pago se encuentra programado para el 30 de diciembre'",
        promised_date="2026-12-30", reference="AV2026-110"),
      date="2026-12-18 08:45", tz="America/Lima", frm=("Cuentas por Pagar - Agrovirú", "cuentasporpagar@agrovirusa.com.pe"),
      orig=o, quote="outlook", prefix="RE: ", body="""Estimada Srta. Vidal:

Reciba un cordial saludo. Le informamos que su factura AV2026-110 ya cuenta con la conformidad del área usuaria y
el pago se encuentra programado para el 30 de diciembre del presente.

Atentamente,
Milagros Paredes
Cuentas por Pagar
Agroexportadora Virú S.A. – Trujillo, Perú""")

    # 24 Basque: 'el martes 12'
    i = Inv("inaki", "F26/025", 605.00, "Harategia Olano", "harategiaolano@gmail.com",
            issue="2026-12-02", due="2027-01-01")
    o = orig_of(i, "reminder", "2027-01-08 09:00")
    R(L("client-reply-promise", "'el martes 12 se paga' written Fri 8 Jan -> Tue 12 Jan; Basque 'egun on', "
        "'agur'", promised_date="2027-01-12"),
      date="2027-01-08 10:33", tz="Europe/Madrid", frm=("Itziar Olano", "harategiaolano@gmail.com"), orig=o,
      quote="gmail", body="""Egun on Iñaki!

El martes 12 se paga, que es cuando hacemos los pagos a proveedores después de las fiestas. La tienda online
va fenomenal, por cierto.

Agur,
Itziar - Harategia Olano (Tolosa)""")

    # 25 Catalan: 'la setmana que ve sense falta'
    i = Inv("carmen", "CS/2027/006", 544.50, "Cooperativa Agrícola de Vilafranca", "comptabilitat@coopvilafranca.cat",
            issue="2027-01-05", due="2027-01-20")
    o = orig_of(i, "due", "2027-01-21 09:00")
    R(L("client-reply-promise", "Catalan phrase 'la setmana que ve sense falta' repeated in Spanish -> vague "
        "(no day)"),
      date="2027-01-21 12:01", tz="Europe/Madrid", frm=("Marc Sabaté", "comptabilitat@coopvilafranca.cat"), orig=o,
      quote="outlook", prefix="RE: ", body="""Bon dia Carmen,

Perdona, ens ha passat per alt. La setmana que ve sense falta, la semana que viene sin falta quiero decir, que
mañana tenemos la asamblea y hoy aquí es un caos.

Gràcies,
Marc Sabaté
Comptabilitat - Cooperativa Agrícola de Vilafranca""")

    # 26 clinic: next supplier payment 'el día 10' (22 Dec -> 10 Jan)
    i = Inv("andrea", "AV2026-109", 963.00, "Clínica Veterinaria Guanarteme", "admin@vetguanarteme.es",
            issue="2026-11-18", due="2026-12-18")
    o = orig_of(i, "reminder", "2026-12-22 09:00")
    R(L("client-reply-promise", "'el próximo pago a proveedores, que es el día 10' written 22 Dec -> 10 Jan",
        promised_date="2027-01-10"),
      date="2026-12-22 13:20", tz="Atlantic/Canary", frm=("Yaiza Ramírez", "admin@vetguanarteme.es"), orig=o,
      quote="gmail", body="""Hola Andrea,

La factura ya la tengo conformada por el Dr. Guerra, la pasamos en el próximo pago a proveedores, que es el día
10. Este mes ya cerramos los pagos el 15.

Felices fiestas,
Yaiza
Clínica Veterinaria Guanarteme · Las Palmas de Gran Canaria""")

    # 27 particular: waiting for salary
    i = Inv("lucia", "2027-001", 240.00, "Andrés Calvo", "andrescalvo92@gmail.com", kind="person",
            issue="2027-01-04", due="2027-01-19")
    o = orig_of(i, "reminder", "2027-01-25 09:00")
    R(L("client-reply-promise", "particular waiting for his salary: 'a principios de mes te lo paso' -> vague"),
      date="2027-01-25 23:48", tz="Europe/Madrid", frm=("Andrés Calvo", "andrescalvo92@gmail.com"), orig=o,
      quote="none", body="""Buenas Lucía, te soy sincero, estoy esperando a que me ingresen la nómina que este mes se ha retrasado.
A principios de mes te lo paso, de verdad. Perdona las molestias""")

    # 28 'entre hoy y mañana' -> by tomorrow
    i = Inv("inaki", "F26/016", 423.50, "Gimnasio Kirolgune", "info@kirolgune.com",
            issue="2026-10-19", due="2026-11-18")
    o = orig_of(i, "due", "2026-11-19 09:00")
    R(L("client-reply-promise", "'entre hoy y mañana lo tienes' written Thu 19 Nov -> pay by 20 Nov",
        promised_date="2026-11-20"),
      date="2026-11-19 10:04", tz="Europe/Madrid", frm=("Aitor Kirolgune", "info@kirolgune.com"), orig=o,
      quote="gmail", body="""Perdona Iñaki, entre hoy y mañana lo tienes.

Aitor""")

    # 29 reply to promise follow-up: 'el lunes' (Fri 5 Feb -> Mon 8 Feb)
    i = Inv("pablo", "PR-2027-02", 726.00, "Bodega Terras de Ulla", "admin@terrasdeulla.gal",
            issue="2026-12-28", due="2027-01-27")
    o = orig_of(i, "promise_followup", "2027-02-05 09:00", promise="2027-02-03")
    R(L("client-reply-promise", "answers the broken-promise follow-up: 'se nos cruzó el cierre, lo hago el "
        "lunes' written Fri 5 Feb -> Mon 8 Feb", promised_date="2027-02-08"),
      date="2027-02-05 13:55", tz="Europe/Madrid", frm=("Rosalía Ulla", "admin@terrasdeulla.gal"), orig=o,
      quote="gmail", body="""Pablo, perdona, se nos cruzó el cierre del trimestre con la auditoría. Lo hago el lunes, palabra.

Rosalía""")

    # 30 AMPA: after the board meeting (vague)
    i = Inv("carmen", "CS/2026/141", 242.00, "AMPA CEIP Lluís Vives", "ampa.lluisvives@gmail.com",
            issue="2026-12-10", due="2027-01-09")
    o = orig_of(i, "reminder", "2027-01-13 09:00")
    hb = ("<div>Hola Carmen,</div><div><br></div><div>La tesorera lo paga en cuanto se apruebe en la junta del "
          "jueves, que los pagos de más de 200€ los tiene que aprobar la junta. ¡Gracias por la paciencia y por la "
          "traducción del reglamento al valenciano!</div><div><br></div><div>Salutacions,</div><div>Vicenta - "
          "AMPA CEIP Lluís Vives</div>")
    R(L("client-reply-promise", "HTML-only AMPA: payment after the board approves on Thursday -> conditional, "
        "no payment date"),
      date="2027-01-13 21:02", tz="Europe/Madrid", frm=("AMPA Lluís Vives", "ampa.lluisvives@gmail.com"), orig=o,
      quote="gmail", fmt="html", html_body=hb, body="(html)")

    # 31 reply to suspension: 'el 15 de febrero'
    i = Inv("lucia", "2026-081", 2662.00, "Editorial Sargantana, S.L.", "administracion@sargantana.es",
            issue="2026-12-12", due="2027-01-11")
    o = orig_of(i, "suspension", "2027-02-02 09:00", deadline="2027-02-12")
    R(L("client-reply-promise", "answers the suspension letter: 'no paréis... el pago sale el 15 de febrero' "
        "(after the deadline, still a promise)", promised_date="2027-02-15"),
      date="2027-02-03 09:47", tz="Europe/Madrid", frm=("Ferran Mas", "ferran@sargantana.es"), orig=o,
      quote="outlook", prefix="RE: ", to_name_in_quote="Administración Sargantana <administracion@sargantana.es>",
      body="""Hola Lucía,

Por favor, no paréis la maquetación del libro, que tenemos la presentación en Sant Jordi. El pago sale el 15 de
febrero con la remesa de mitad de mes; ya he hablado con administración y está autorizado.

Gràcies i perdona,
Ferran Mas
Editor · Editorial Sargantana""")

    # 32 Mexico: programada para el próximo viernes 22 de enero
    i = Inv("carmen", "CS/2026/142", 1815.00, "Consultoría Bajío, S.C.", "pagos@consultoriabajio.mx",
            issue="2026-12-14", due="2027-01-13")
    o = orig_of(i, "due", "2027-01-14 09:00")
    R(L("client-reply-promise", "Mexican: 'ya está programada para pago el próximo viernes 22 de enero'",
        promised_date="2027-01-22"),
      date="2027-01-14 09:20", tz="America/Mexico_City", frm=("Mariana Ríos", "mrios@consultoriabajio.mx"), orig=o,
      quote="gmail", fmt="alt", body="""Buen día Carmen,

Con gusto le platico: su factura ya está programada para pago el próximo viernes 22 de enero, en la corrida
de pagos internacionales. Cualquier cosa quedo a sus órdenes.

Saludos cordiales,
Mariana Ríos
Tesorería - Consultoría Bajío, S.C. (Querétaro)""")

    # 33 'antes de fin de año'
    i = Inv("pablo", "PR-2026-32", 847.00, "Escola de Música Vigo Swing", "info@vigoswing.gal",
            issue="2026-11-01", due="2026-12-01")
    o = orig_of(i, "due", "2026-12-01 09:00")
    R(L("client-reply-promise", "'antes de fin de año' written 2 Dec -> 31 Dec", promised_date="2026-12-31"),
      date="2026-12-02 16:20", tz="Europe/Madrid", frm=("Anxo Vigo Swing", "info@vigoswing.gal"), orig=o,
      quote="apple", body="""Ola Pablo!

Estamos esperando la subvención del Concello para el festival. Te lo pagamos antes de fin de año seguro,
en cuanto entre.

Apertas,
Anxo""")

    # 34 vague: 'en cuanto me devuelvan lo de Hacienda'
    i = Inv("andrea", "AV2027-001", 428.00, "Carmen Delia Perdomo", "cdperdomo@gmail.com", kind="person",
            issue="2027-01-08", due="2027-01-23")
    o = orig_of(i, "reminder", "2027-01-29 09:00")
    R(L("client-reply-promise", "particular: 'te lo pago en cuanto me devuelvan lo de Hacienda' -> vague"),
      date="2027-01-29 19:05", tz="Atlantic/Canary", frm=("Carmen Delia Perdomo", "cdperdomo@gmail.com"), orig=o,
      quote="gmail", body="""Hola Andrea, mi niña, no me he olvidado. Te lo pago en cuanto me devuelvan lo de Hacienda, que me
deben una pasta del año pasado y está al caer. Un besito

Enviado desde mi iPhone""")

    # 35 ALL CAPS 'EL LUNES' (Sat 23 Jan -> Mon 25 Jan)
    i = Inv("inaki", "F26/028", 302.50, "Talleres Mendiola", "talleresmendiola@euskalnet.net",
            issue="2026-12-14", due="2027-01-13")
    o = orig_of(i, "reminder", "2027-01-22 09:00")
    R(L("client-reply-promise", "ALL CAPS, written Saturday 23 Jan: 'EL LUNES TE LO INGRESO' -> Mon 25 Jan",
        promised_date="2027-01-25"),
      date="2027-01-23 10:12", tz="Europe/Madrid", frm=("TALLERES MENDIOLA", "talleresmendiola@euskalnet.net"),
      orig=o, quote="none", charset="iso-8859-1", prefix="RE: ", body="""BUENOS DIAS IÑAKI
EL LUNES TE LO INGRESO EN EL BANCO, ESTA SEMANA NO HE PODIDO IR.
SALUDOS
JOSEBA""")

    # 36 AP: 'se pagará el próximo día 25'
    i = Inv("lucia", "2026-083", 1936.00, "Grupo Educativo Mare Nostrum, S.L.", "cuentasapagar@gemarenostrum.es",
            issue="2026-12-12", due="2027-02-10")
    o = orig_of(i, "due", "2027-02-10 09:00")
    R(L("client-reply-promise", "AP of a school group: 'día de pago 25', 'se pagará el próximo día 25' written "
        "10 Feb -> 25 Feb", promised_date="2027-02-25"),
      date="2027-02-10 11:03", tz="Europe/Madrid", frm=("Cuentas a Pagar GEMN", "cuentasapagar@gemarenostrum.es"),
      orig=o, quote="outlook", prefix="RE: ", body="""Buenos días, Sra. Martín:

Le recordamos que en el Grupo los pagos a proveedores se realizan un único día al mes (día de pago 25). Su
factura, con vencimiento hoy, se pagará el próximo día 25.

Atentamente,
Administración Central - Cuentas a Pagar
Grupo Educativo Mare Nostrum""")

    # 37 'hoy no, el jueves' (Mon 15 Feb -> Thu 18 Feb)
    i = Inv("carmen", "CS/2027/009", 605.00, "Centro de Estética Lúa", "centrolua@gmail.com",
            issue="2027-01-15", due="2027-02-14")
    o = orig_of(i, "due", "2027-02-15 09:00")
    R(L("client-reply-promise", "'hoy no puedo, el jueves' written Mon 15 Feb -> Thu 18 Feb",
        promised_date="2027-02-18"),
      date="2027-02-15 12:30", tz="Europe/Madrid", frm=("Lúa Otero", "centrolua@gmail.com"), orig=o,
      quote="android", body="""Hola Carmen, hoy no puedo que estoy sola en el centro, el jueves te lo hago. Bicos

Enviado desde mi Android""")


# ==================================================================================================
# DISPUTE
# ==================================================================================================
def dispute():
    # 1 more hours than budgeted
    i = Inv("inaki", "F26/018", 1936.00, "Agència Blau Comunicació, S.L.", "admin@agenciablau.cat",
            issue="2026-10-26", due="2026-11-25")
    o = orig_of(i, "reminder", "2026-12-01 09:00")
    R(L("client-reply-dispute", "hours billed over the budget (32 vs 20) -> won't pay the extra 12 hours without "
        "talking; Catalan sign-off"),
      date="2026-12-01 11:47", tz="Europe/Madrid", frm=("Oriol Bassas", "oriol@agenciablau.cat"), orig=o,
      quote="gmail", body="""Hola Iñaki,

Antes de pagar esta factura tenemos que hablar. En el presupuesto que aprobamos eran 20 horas para la
integración con el CRM y nos facturas 32. Nadie nos avisó de que se iba a alargar. No vamos a pagar esas 12
horas sin hablarlo antes; si quieres, rehaz la factura por las 20 horas y la tramitamos esta misma semana.

Salut,
Oriol Bassas
Director de Projectes · Agència Blau""")

    # 2 IRPF wrong - gestoría
    i = Inv("lucia", "2026-048", 1059.00, "Farmacia Ldo. Ruiz Ortega", "farmaciaruizortega@gmail.com",
            issue="2026-10-28", due="2026-11-27")
    o = orig_of(i, "reminder", "2026-12-02 09:00")
    R(L("client-reply-dispute", "asesoría writes for the client: IRPF applied at 7% but should be 15% -> asks for "
        "a factura rectificativa before paying"),
      date="2026-12-03 10:18", tz="Europe/Madrid", frm=("Asesoría Fiscal Montes", "fiscal@asesoriamontes.es"),
      orig=o, quote="outlook", prefix="RE: ", cc=[("Farmacia Ruiz Ortega", "farmaciaruizortega@gmail.com")],
      body="""Buenos días, Lucía:

Le escribimos como asesoría de la Farmacia Ruiz Ortega. Revisando su factura, vemos que ha aplicado una
retención de IRPF del 7 %, pero según nos consta lleva usted más de tres años de alta como autónoma, por lo que
la retención aplicable es el 15 %. Nuestro cliente no puede abonar la factura tal y como está, porque la
retención practicada no cuadraría con el modelo 111.

Le rogamos que emita una factura rectificativa con la retención correcta; en cuanto la recibamos, se paga.

Atentamente,
Departamento Fiscal
Asesoría Montes · Córdoba""")

    # 3 Mexico: VAT shouldn't apply to a foreign company
    i = Inv("carmen", "CS/2026/128", 2420.00, "Editorial Papalote, S.A. de C.V.", "cxp@editorialpapalote.mx",
            issue="2026-11-06", due="2026-12-06")
    o = orig_of(i, "due", "2026-12-07 09:00")
    R(L("client-reply-dispute", "Mexican client: invoice includes Spanish IVA 21% but they are a foreign company; "
        "'favor de emitir nueva factura sin IVA' and will pay only 2,000.00 EUR (amount they accept)",
        amount="2000.00"),
      date="2026-12-07 10:30", tz="America/Mexico_City", frm=("C.P. Laura Zamora", "lzamora@editorialpapalote.mx"),
      orig=o, quote="outlook", prefix="RE: ", fmt="alt", body="""Estimada Carmen, buen día:

Revisando su factura con nuestro despacho contable, nos indican que incluye IVA español del 21 % (420.00 EUR).
Al ser Editorial Papalote una empresa mexicana sin establecimiento en España, la traducción es una exportación
de servicios y no debe llevar IVA. No podemos registrar el comprobante así.

Favor de emitir una nueva factura sin IVA por 2,000.00 EUR y con gusto programamos el pago.

Saludos cordiales,
C.P. Laura Zamora
Contraloría - Editorial Papalote""")

    # 4 work not finished
    i = Inv("inaki", "F26/020", 2662.00, "Hotel Boutique Arima", "direccion@hotelarima.eus",
            issue="2026-11-05", due="2026-12-05")
    o = orig_of(i, "reminder", "2026-12-11 09:00")
    R(L("client-reply-dispute", "work not finished: booking form still broken -> 'no vamos a pagar hasta que esté "
        "terminado'"),
      date="2026-12-11 19:05", tz="Europe/Madrid", frm=("Ainhoa Arima", "direccion@hotelarima.eus"), orig=o,
      quote="gmail", body="""Iñaki,

Me sorprende recibir este recordatorio. El formulario de reservas sigue sin funcionar en móvil (te lo dije el
día 28 y el día 3) y esta semana hemos perdido al menos dos reservas por eso. La web no está terminada. No
vamos a pagar la factura hasta que esté funcionando todo lo que se presupuestó.

Ainhoa""")

    # 5 already billed
    i = Inv("lucia", "2026-043", 544.50, "Cines Odeón Sant Cugat", "administracio@cinesodeon.cat",
            issue="2026-10-01", due="2026-10-31")
    o = orig_of(i, "reminder", "2026-11-06 09:00")
    R(L("client-reply-dispute", "'esto ya nos lo facturaste' - the same job was in an earlier invoice (2026-039); "
        "the number named is the OTHER invoice, so no reference label"),
      date="2026-11-06 12:10", tz="Europe/Madrid", frm=("Marta Odeón", "administracio@cinesodeon.cat"), orig=o,
      quote="gmail", body="""Hola Lucía,

Creo que hay un error: los carteles del ciclo de cine japonés ya nos los facturaste en la 2026-039, que pagamos
en octubre. Esta factura es exactamente el mismo concepto y el mismo importe. ¿Puedes revisarlo y anularla?

Gràcies,
Marta""")

    # 6 'no pienso pagar eso'
    i = Inv("pablo", "PR-2026-28", 390.00, "Esther Gallego", "esthergallego.g@gmail.com", kind="person",
            issue="2026-10-30", due="2026-11-14")
    o = orig_of(i, "reminder", "2026-11-20 09:00")
    R(L("client-reply-dispute", "angry particular: 'no pienso pagar eso', claims half the photos are blurry; "
        "offers 150 instead of 390", amount="150.00"),
      date="2026-11-20 22:47", tz="Europe/Madrid", frm=("Esther Gallego", "esthergallego.g@gmail.com"), orig=o,
      quote="none", body="""Mira Pablo, no pienso pagar eso. Te dije que las fotos del bautizo estaban la mitad movidas y que
faltaban las de los abuelos. 390 euros por eso?? Ni de broma. Si quieres te pago 150 y quedamos en paz.""")

    # 7 'haznos un abono'
    i = Inv("carmen", "CS/2026/126", 1028.50, "Agencia de Viajes Nortravel", "admin@nortravel.es",
            issue="2026-11-02", due="2026-12-02")
    o = orig_of(i, "reminder", "2026-12-09 09:00")
    R(L("client-reply-dispute", "asks for an abono (credit note) of 150 € for pages that were not used"),
      date="2026-12-09 13:33", tz="Europe/Madrid", frm=("Susana Abad", "susana@nortravel.es"), orig=o,
      quote="outlook", prefix="RE: ", body="""Hola Carmen,

Al final el folleto de Islandia no se publicó, así que las 6 páginas de esa parte no las hemos usado. Como
hablamos por teléfono, haznos un abono de 150 € por esa parte y pagamos la factura con el abono descontado.

Gracias!
Susana Abad
Nortravel Viajes · Oviedo""")

    # 8 partial payment + dispute of the rest
    i = Inv("pablo", "PR-2026-26", 1100.00, "Quinta da Ribeira Eventos", "eventos@quintadaribeira.com",
            issue="2026-10-20", due="2026-11-19")
    o = orig_of(i, "reminder", "2026-11-25 09:00")
    R(L("client-reply-dispute", "paid 800 € (what was agreed) and refuses the 300 € travel expenses -> partial "
        "payment + dispute = dispute; amount = what they say they paid", amount="800.00"),
      date="2026-11-25 17:15", tz="Europe/Madrid", frm=("Quinta da Ribeira", "eventos@quintadaribeira.com"), orig=o,
      quote="gmail", body="""Boa tarde Pablo,

Hoy te hemos pagado 800 €, que es lo que acordamos para la boda. Los 300 € de desplazamiento no estaban en el
presupuesto y la quinta está a 20 km de Pontevedra, así que eso no lo vamos a pagar.

Saudos,
Carla - Quinta da Ribeira""")

    # 9 discount for late delivery
    i = Inv("lucia", "2026-054", 2299.00, "Cosmética Natural Aloe Lanzarote, S.L.", "administracion@aloelanzarote.es",
            issue="2026-11-06", due="2026-12-06")
    o = orig_of(i, "due", "2026-12-07 09:00")
    R(L("client-reply-dispute", "asks for a 10% discount for late delivery 'como se habló' before paying"),
      date="2026-12-07 09:20", tz="Atlantic/Canary", frm=("Tinerfe Cabrera", "tinerfe@aloelanzarote.es"), orig=o,
      quote="gmail", body="""Buenos días Lucía,

Como comentamos en la reunión del día 20, el packaging se entregó con casi tres semanas de retraso y tuvimos que
posponer el lanzamiento en Fitur. Os pedimos un 10 % de descuento sobre la factura, tal y como se habló. Si nos
mandáis la factura corregida la pagamos sin problema.

Un saludo,
Tinerfe Cabrera
Aloe Lanzarote""")

    # 10 restaurant: billed for something that wasn't done
    i = Inv("lucia", "2026-056", 907.50, "Restaurant Can Pitu", "canpitu@canpitu.cat",
            issue="2026-11-10", due="2026-12-10")
    o = orig_of(i, "reminder", "2026-12-15 09:00")
    R(L("client-reply-dispute", "Catalan restaurant: billed for the dessert menus that were never made; asks to "
        "remove that line"),
      date="2026-12-15 16:30", tz="Europe/Madrid", frm=("Pitu Sala", "canpitu@canpitu.cat"), orig=o,
      quote="gmail", body="""Bona tarda Lucía,

La factura no és correcta: nos has cobrado el diseño de las cartas de postres y al final no se hicieron, que
decidimos poner los postres en la pizarra. Quítame esa línea (los 250 + IVA) y te pago el resto.

Salut,
Pitu""")

    # 11 50% now, 50% when the editable files arrive
    i = Inv("lucia", "2026-059", 1452.00, "Cervezas Artesanas Zuriñe", "zurine@cervezaszurine.com",
            issue="2026-11-12", due="2026-12-12")
    o = orig_of(i, "reminder", "2026-12-17 09:00")
    R(L("client-reply-dispute", "will pay only half until the editable files are delivered (withholding until "
        "something is fixed) -> dispute, even though half is paid"),
      date="2026-12-17 12:02", tz="Europe/Madrid", frm=("Zuriñe Ortiz de Zárate", "zurine@cervezaszurine.com"),
      orig=o, quote="apple", body="""Lucía, pagamos el 50 % ahora y el otro 50 % cuando nos entregues los archivos editables de las
etiquetas, como acordamos en el presupuesto. Sin los .ai no podemos mandar a la imprenta las tiradas nuevas.

Zuriñe""")

    # 12 ayuntamiento: amount doesn't match the contrato menor
    i = Inv("carmen", "CS/2026/137", 2420.00, "Ayuntamiento de Sagunto", "registro@sagunto.es",
            issue="2026-11-24", due="2026-12-24")
    o = orig_of(i, "reminder", "2027-01-12 09:00")
    R(L("client-reply-dispute", "ayuntamiento returns the invoice: amount doesn't match the contrato menor "
        "(1.800 + IVA, not 2.000 + IVA) -> cannot be paid, needs a new one"),
      date="2027-01-14 10:05", tz="Europe/Madrid", frm=("Intervención Municipal", "intervencion@sagunto.es"),
      orig=o, quote="outlook", prefix="RE: ", to_name_in_quote="Registro <registro@sagunto.es>", body="""Sra. Soto:

Le comunicamos que su factura presentada en FACe ha sido devuelta por la Intervención Municipal. El importe
facturado (2.000,00 € + IVA) no coincide con el importe adjudicado en el contrato menor de traducción de la
web turística (1.800,00 € + IVA, Decreto de Alcaldía 2026/4512). No puede tramitarse el reconocimiento de la
obligación por un importe superior al adjudicado.

Deberá presentar una nueva factura por el importe correcto.

Atentamente,
Intervención Municipal
Ajuntament de Sagunt""")

    # 13 Chile: 'acordamos 1.200 todo incluido'
    i = Inv("lucia", "2026-065", 1452.00, "Productora Cordillera Films SpA", "admin@cordillerafilms.cl",
            issue="2026-11-18", due="2026-12-18")
    o = orig_of(i, "due", "2026-12-18 09:00")
    R(L("client-reply-dispute", "Chilean: agreed 1.200 € all included, invoice says 1.452 with IVA -> contests "
        "the amount; accepts paying 1.200", amount="1200.00"),
      date="2026-12-18 08:30", tz="America/Santiago", frm=("Benjamín Rojas", "benja@cordillerafilms.cl"), orig=o,
      quote="gmail", body="""Oye Lucía, buenas.

Acordamos 1.200 euros todo incluido por los afiches del festival, está en el correo del 3 de octubre. La
factura dice 1.452 con el IVA. El IVA no corre para nosotros, somos de Chile po. Mándame una nueva por los
1.200 y te la pago al tiro.

Saludos,
Benja""")

    # 14 gestoría: IVA miscalculated
    i = Inv("pablo", "PR-2026-39", 1037.50, "Panadería Brea", "panaderiabrea@gmail.com",
            issue="2026-12-04", due="2027-01-03")
    o = orig_of(i, "reminder", "2027-01-08 09:00")
    R(L("client-reply-dispute", "gestoría: IVA miscalculated (21% of 850 = 178,50, not 187,50) -> asks for a "
        "rectificativa; Outlook old style, windows-1252", ),
      date="2027-01-08 12:44", tz="Europe/Madrid", frm=("Gestoría Outeiro", "contabilidad@gestoriaouteiro.com"),
      orig=o, quote="outlook_old", prefix="RE: ", charset="windows-1252", cte="qp",
      to_name_in_quote="'panaderiabrea@gmail.com'", body="""Buenos días:

Llevamos la contabilidad de Panadería Brea. Revisando su factura del reportaje para la web, el IVA está mal
calculado: el 21 % sobre una base de 850,00 € son 178,50 €, no 187,50 €, por lo que el total correcto sería
1.028,50 €. Rogamos rectificación antes de proceder al pago.

Un saludo,
Gestoría Outeiro – Ourense""")

    # 15 clinic: maintenance month with the site down
    i = Inv("inaki", "F27/002", 242.00, "Clínica Oftalmológica Begitek", "admin@begitek.com",
            issue="2027-01-02", due="2027-01-17")
    o = orig_of(i, "reminder", "2027-01-22 09:00")
    R(L("client-reply-dispute", "monthly maintenance billed for a month the site was down 5 days -> won't pay the "
        "full month"),
      date="2027-01-22 15:10", tz="Europe/Madrid", frm=("Nekane Urrutia", "nekane.urrutia@begitek.com"), orig=o,
      quote="outlook", prefix="RE: ", to_name_in_quote="Administración Begitek <admin@begitek.com>",
      body="""Hola Iñaki,

El mantenimiento de diciembre no lo hemos tenido: la web estuvo caída del 26 al 30 y los pacientes no podían
pedir cita online. No vamos a pagar ese mes completo. Proponme algo razonable y lo cerramos.

Nekane Urrutia
Gerente · Begitek""")

    # 16 very polite dispute with conditional promise
    i = Inv("carmen", "CS/2026/134", 1331.00, "Fundación Rosalía Castro Cultura", "xerencia@fundacionrcc.gal",
            issue="2026-11-10", due="2026-12-10")
    o = orig_of(i, "due", "2026-12-10 09:00")
    R(L("client-reply-dispute", "very polite: the translated catalogue has errors in names and dates; they will "
        "pay 'en cuanto estén corregidas' -> dispute (conditional promise is subordinate)"),
      date="2026-12-11 09:15", tz="Europe/Madrid", frm=("Iria Castro", "xerencia@fundacionrcc.gal"), orig=o,
      quote="gmail", fmt="alt", body="""Estimada Carmen:

Moitas grazas polo traballo. Lamentablemente, al revisar la traducción del catálogo hemos encontrado varios
errores en nombres de obras y en las fechas de la cronología (páginas 12, 14 y 31), que ya le señalamos en el
PDF que le enviamos el día 2. Le agradeceríamos que los corrigiese; en cuanto estén corregidos, tramitamos el
pago de la factura sin demora.

Un cordial saludo,
Iria Castro
Xerente · Fundación Rosalía Castro Cultura""")

    # 17 school: 30 pupils billed, 25 came
    i = Inv("andrea", "AV2026-111", 385.20, "Colegio Heidelberg", "administracion@colegioheidelberg.es",
            issue="2026-12-01", due="2026-12-31")
    o = orig_of(i, "reminder", "2027-01-11 09:00")
    R(L("client-reply-dispute", "school: workshop billed for 30 pupils at 12 € but only 25 came -> wrong amount"),
      date="2027-01-11 10:45", tz="Atlantic/Canary", frm=("Secretaría Colegio Heidelberg", "administracion@colegioheidelberg.es"),
      orig=o, quote="outlook", prefix="RE: ", body="""Buenos días Andrea:

Revisando la factura del taller de orientación, acordamos 12 € por alumno y se han facturado 30 alumnos. Al
taller asistieron 25 (adjuntamos en su día la hoja de firmas). Le rogamos que nos envíe una factura corregida
por 25 alumnos para poder tramitarla.

Un saludo,
Secretaría - Colegio Heidelberg · Las Palmas""")

    # 18 ALL CAPS: never ordered it
    i = Inv("lucia", "2026-077", 181.50, "Bar Casa Manolo", "barcasamanolo@yahoo.es",
            issue="2026-12-05", due="2026-12-20")
    o = orig_of(i, "reminder", "2026-12-28 09:00")
    R(L("client-reply-dispute", "ALL CAPS: 'NO VOY A PAGAR UNA FACTURA DE ALGO QUE NO HE PEDIDO'"),
      date="2026-12-28 14:12", tz="Europe/Madrid", frm=("BAR CASA MANOLO", "barcasamanolo@yahoo.es"), orig=o,
      quote="none", prefix="RE: ", body="""NO VOY A PAGAR UNA FACTURA DE ALGO QUE NO HE PEDIDO. LA CARTA LA ENCARGO MI CUÑADO SIN PREGUNTARME Y YO
NO LA HE QUERIDO PONER. HABLA CON EL.
MANOLO""")

    # 19 hotel: photos late, pay half
    i = Inv("pablo", "PR-2026-40", 2178.00, "Parador Hotel Monte Faro", "marketing@hotelmontefaro.com",
            issue="2026-12-10", due="2027-01-09")
    o = orig_of(i, "reminder", "2027-01-14 09:00")
    R(L("client-reply-dispute", "hotel: photos delivered two weeks late, campaign already out -> proposes to pay "
        "half"),
      date="2027-01-15 09:40", tz="Europe/Madrid", frm=("Sabela Montes", "marketing@hotelmontefaro.com"), orig=o,
      quote="outlook", prefix="RE: ", fmt="alt", body="""Hola Pablo:

Te respondo con franqueza. Las fotos de la campaña de Navidad llegaron el 22 de diciembre, dos semanas después
de lo acordado, cuando la campaña ya había salido con fotos de archivo. Para nosotros el trabajo no ha tenido el
uso previsto. Te proponemos pagar la mitad de la factura; si te parece bien, te la abonamos esta semana.

Un saludo,
Sabela Montes
Marketing · Hotel Monte Faro""")

    # 20 Perú: traducción jurada not received
    i = Inv("carmen", "CS/2026/130", 968.00, "Minera Condoroma S.A.", "logistica@condoroma.com.pe",
            issue="2026-11-13", due="2026-12-13")
    o = orig_of(i, "reminder", "2026-12-17 09:00")
    R(L("client-reply-dispute", "Peru: last sworn translation not received; 'procederemos al pago una vez "
        "recibida la totalidad del encargo' -> work not done"),
      date="2026-12-17 10:20", tz="America/Lima", frm=("Rosa Huamán", "rhuaman@condoroma.com.pe"), orig=o,
      quote="outlook", prefix="RE: ", body="""Estimada Sra. Soto:

Le saludo cordialmente. Le comento que aún no hemos recibido en físico la traducción jurada del último
documento (certificado de vigencia de poder), que es indispensable para nuestro trámite ante SUNARP.
Procederemos al pago una vez recibida la totalidad del encargo.

Atentamente,
Rosa Huamán Torres
Asistente Legal - Minera Condoroma S.A.""")

    # 21 Uruguay: currency
    i = Inv("lucia", "2026-072", 900.00, "Agencia Charrúa Digital", "hola@charruadigital.com.uy",
            issue="2026-11-27", due="2026-12-27")
    o = orig_of(i, "reminder", "2027-01-04 09:00")
    R(L("client-reply-dispute", "Uruguayan: quote was 900 USD, invoice says 900 € -> wrong currency/amount"),
      date="2027-01-04 11:00", tz="America/Montevideo", frm=("Santiago Correa", "santiago@charruadigital.com.uy"),
      orig=o, quote="gmail", body="""Hola Lucía, ¿cómo va?

Ta, mirá, hay un tema con la factura: la cotización que aprobamos era en dólares, 900 USD, no 900 euros. Con el
cambio es bastante más. Te adjunté la cotización en el mail de noviembre. ¿Me la rehacés en dólares y la pagamos?

Abrazo,
Santi""")

    # 22 reply to final requerimiento: contests the interest and the threat
    i = Inv("inaki", "F26/014", 1210.00, "Comercial Ferretera Deba, S.L.", "admin@ferreteradeba.com",
            issue="2026-09-30", due="2026-10-30")
    o = orig_of(i, "final", "2027-01-20 09:00", deadline="2027-02-03")
    R(L("client-reply-dispute", "reply to the formal requerimiento: angry, says the invoice was wrong from the "
        "start and refuses interest and the 40 € -> dispute"),
      date="2027-01-20 18:02", tz="Europe/Madrid", frm=("Patxi Agirre", "patxi@ferreteradeba.com"), orig=o,
      quote="gmail", body="""Iñaki,

Me parece increíble que me amenaces con un monitorio por una factura que ya te dije en noviembre que estaba
mal: el catálogo online tenía que incluir la integración con el almacén y no la has hecho. Lo que está hecho
lo pago, pero los intereses y los 40 euros esos no los voy a pagar en la vida. Llámame y lo hablamos como
personas.

Patxi""")

    # 23 rectificativa for a cancelled meeting hour
    i = Inv("andrea", "AV2027-004", 535.00, "Cabildo Insular - Fundación Turismo Rural", "fundacion@turismoruralgc.org",
            issue="2027-01-12", due="2027-02-11")
    o = orig_of(i, "courtesy", "2027-02-06 09:00")
    R(L("client-reply-dispute", "reply to a pre-due courtesy note: asks for a rectificativa removing the hour of a "
        "meeting that was cancelled"),
      date="2027-02-08 09:30", tz="Atlantic/Canary", frm=("Echedey Padrón", "epadron@turismoruralgc.org"), orig=o,
      quote="outlook", prefix="RE: ", body="""Buenos días Andrea,

Necesitamos que nos emitas una factura rectificativa quitando la hora de la reunión del 19 de enero, que se
canceló el mismo día (te avisamos por WhatsApp). Con la rectificativa la tramitamos en plazo.

Saludos,
Echedey Padrón
Fundación Turismo Rural de Gran Canaria""")

    # 24 long chatty with the dispute in the middle
    i = Inv("carmen", "CS/2027/001", 1694.00, "Escola d'Idiomes La Llotja", "direccio@lallotjaidiomes.cat",
            issue="2026-12-21", due="2027-01-20")
    o = orig_of(i, "due", "2027-01-21 09:00")
    R(L("client-reply-dispute", "long friendly mail about next term's courses; in the middle: the website "
        "translation was billed by word count of the original but half were duplicated pages -> asks to recount"),
      date="2027-01-22 17:41", tz="Europe/Madrid", frm=("Montserrat Bosch", "direccio@lallotjaidiomes.cat"), orig=o,
      quote="gmail", body="""Hola Carmen!

Quina alegria rebre notícies teves. Perdona que no te contestara antes, enero es el mes de las matrículas y
estamos desbordados: este trimestre abrimos dos grupos nuevos de alemán y uno de italiano para jubilados, que ha
sido un éxito total.

Sobre la factura: la he revisado con calma y creo que hay un problema. Has facturado por el total de palabras
del original, pero casi la mitad de las páginas de la web eran duplicadas (las fichas de los cursos son todas
iguales salvo el nombre) y quedamos en que esas no se cobraban enteras. No te la puedo pagar así; ¿la revisas y
me dices?

Por lo demás, queremos traducir también los folletos de verano al inglés y al francés. ¿Te va bien que lo
hablemos la semana que viene? Te invito a un cafè a la Llotja.

Una abraçada,
Montse""")

    # 25 Valencian: the paella photos are no good
    i = Inv("pablo", "PR-2027-01", 605.00, "Arrocería La Marjal", "reservas@arrocerialamarjal.com",
            issue="2027-01-08", due="2027-01-23")
    o = orig_of(i, "due", "2027-01-25 09:00")
    R(L("client-reply-dispute", "Valencian restaurant: the chef says the photos aren't usable ('no se ve el "
        "socarrat') -> 'así no las pagamos'"),
      date="2027-01-25 17:20", tz="Europe/Madrid", frm=("Toni Marjal", "reservas@arrocerialamarjal.com"), orig=o,
      quote="android", body="""Bona vesprada Pablo,

xe, la xef dice que las fotos de los arroces no valen, que no se ve bien el socarrat y que la luz es muy fría,
que parecen de un bufé de hotel. Así no las pagamos. Si quieres vienes otro día y las repites, pero esta
factura no.

Toni

Enviado desde mi Android""")

    # 26 duplicated invoice, already paid
    i = Inv("inaki", "F26/026", 1512.50, "Ikastola Txantxiku Kooperatiba", "administrazioa@txantxiku.eus",
            issue="2026-12-03", due="2027-01-02")
    o = orig_of(i, "reminder", "2027-01-11 09:00")
    R(L("client-reply-dispute", "claims this invoice is a duplicate of F26/019 (already paid) -> already billed; "
        "the number named is the other invoice, so no reference"),
      date="2027-01-11 11:02", tz="Europe/Madrid", frm=("Miren Zabala", "administrazioa@txantxiku.eus"), orig=o,
      quote="tbird", body="""Kaixo Iñaki,

Esta factura está duplicada: es el mismo importe y el mismo concepto que la F26/019, que os pagamos el 3 de
diciembre. No vamos a pagarla dos veces. Si es otra cosa distinta, explícanos qué es, por favor.

Milesker,
Miren""")

    # 27 Canary IGIC vs mainland client
    i = Inv("andrea", "AV2026-108", 1605.00, "Logística Meseta, S.L.", "contabilidad@logisticameseta.es",
            issue="2026-11-16", due="2026-12-16")
    o = orig_of(i, "reminder", "2026-12-21 09:00")
    R(L("client-reply-dispute", "mainland client objects to IGIC on the invoice ('nosotros estamos en Madrid') "
        "-> won't pay until reissued"),
      date="2026-12-21 10:15", tz="Europe/Madrid", frm=("Contabilidad Logística Meseta", "contabilidad@logisticameseta.es"),
      orig=o, quote="outlook", prefix="RE: ", body="""Buenos días,

Nos ha emitido la factura con un 7 % de IGIC. Nosotros estamos en Madrid y nuestra asesoría nos dice que ese
impuesto no podemos deducírnoslo y que la factura no es correcta. Hasta que no nos llegue una factura
corregida no podemos pagarla.

Un saludo,
Contabilidad - Logística Meseta, S.L. (Coslada)""")


# ==================================================================================================
# OTHER (human replies that are neither paid, promise nor dispute)
# ==================================================================================================
def other():
    # 1 send it again
    i = Inv("lucia", "2026-045", 605.00, "Gelateria Dolce Vita Cádiz", "dolcevitacadiz@gmail.com",
            issue="2026-10-08", due="2026-11-07")
    o = orig_of(i, "reminder", "2026-11-12 09:00")
    R(L("client-reply-other", "asks to resend the invoice - no claim about paying"),
      date="2026-11-12 18:25", tz="Europe/Madrid", frm=("Chiara Russo", "dolcevitacadiz@gmail.com"), orig=o,
      quote="gmail", body="""Ciao Lucía! Perdona, ¿me la puedes reenviar? No la encuentro por ningún lado, creo que la borré sin
querer cuando limpié el correo. Grazie!!

Chiara""")

    # 2 PO number needed
    i = Inv("carmen", "CS/2026/125", 3146.00, "Iberia Componentes Automoción, S.A.", "ap.spain@iberiacomponentes.com",
            issue="2026-11-04", due="2026-12-04")
    o = orig_of(i, "due", "2026-12-04 09:00")
    R(L("client-reply-other", "AP: cannot process without a purchase order number; asks to reissue with the PO - "
        "administrative request, not a contest"),
      date="2026-12-04 11:32", tz="Europe/Madrid", frm=("AP Spain - Iberia Componentes", "ap.spain@iberiacomponentes.com"),
      orig=o, quote="outlook", prefix="RE: ", body="""Estimada proveedora:

Su factura no ha podido ser registrada en nuestro sistema porque no indica el número de pedido de compra (PO).
Todas las facturas deben hacer referencia a un PO válido. Según nos indica el departamento de Marketing, el
pedido correspondiente es el 4500187723.

Le rogamos que nos remita de nuevo la factura indicando dicho número en el campo "Su referencia".

Saludos cordiales,
Accounts Payable Spain
Iberia Componentes Automoción, S.A.
Este buzón es solo para facturas. Para consultas de pagos: pagos@iberiacomponentes.com""")

    # 3 fiscal data
    i = Inv("inaki", "F26/021", 726.00, "Surf Eskola Zarautz", "surfeskolazarautz@gmail.com",
            issue="2026-11-09", due="2026-12-09")
    o = orig_of(i, "reminder", "2026-12-14 09:00")
    R(L("client-reply-other", "asks in whose name the invoice was issued; the CIF must be the SL's - question, "
        "no contest"),
      date="2026-12-14 13:05", tz="Europe/Madrid", frm=("Unai Surf Eskola", "surfeskolazarautz@gmail.com"), orig=o,
      quote="gmail", body="""Aupa Iñaki,

Una pregunta: ¿a nombre de quién la has hecho? Es que desde octubre somos sociedad (Surf Eskola Zarautz S.L.,
CIF B-75123456) y la gestoría me dice que necesita que vaya a nombre de la S.L. ¿Me confirmas?

Unai""")

    # 4 which account?
    i = Inv("pablo", "PR-2026-42", 300.00, "Lorena Castiñeira", "lorecasti@gmail.com", kind="person",
            issue="2026-12-10", due="2026-12-20")
    o = orig_of(i, "invoice", "2026-12-10 10:00", extra="de la sesión de embarazo")
    R(L("client-reply-other", "reply to the invoice mail itself: '¿a qué cuenta?' (IBAN not visible on her "
        "phone)"),
      date="2026-12-11 08:44", tz="Europe/Madrid", frm=("Lorena Castiñeira", "lorecasti@gmail.com"), orig=o,
      quote="apple", body="""Hola Pablo! ¿A qué cuenta te lo hago? Desde el móvil no consigo abrir el PDF y no veo el IBAN 🙈

Lore""")

    # 5 new IBAN? (phishing suspicion)
    i = Inv("lucia", "2026-067", 1331.00, "Óptica Visión Castellón", "administracion@opticavision.es",
            issue="2026-11-23", due="2026-12-23")
    o = orig_of(i, "due", "2026-12-23 09:00")
    R(L("client-reply-other", "asks whether the IBAN really changed (they got a suspicious mail) - question, "
        "no claim"),
      date="2026-12-23 10:14", tz="Europe/Madrid", frm=("Pilar Ferrando", "administracion@opticavision.es"), orig=o,
      quote="outlook", prefix="RE: ", body="""Hola Lucía,

Antes de pagar, una consulta: la semana pasada recibimos un correo "tuyo" diciendo que habías cambiado de
banco y con un IBAN de otro país. En este recordatorio sale el de siempre. ¿Cuál es el bueno? No quiero
hacer la transferencia a quien no debo.

Gràcies,
Pilar Ferrando
Òptica Visió · Castelló""")

    # 6 passes the ball to administration (cc)
    i = Inv("carmen", "CS/2026/138", 847.00, "Bodegas Ochoa Estella", "marketing@bodegasochoaestella.com",
            issue="2026-11-25", due="2026-12-25")
    o = orig_of(i, "reminder", "2027-01-04 09:00")
    R(L("client-reply-other", "marketing forwards to administration in cc: 'te paso con administración' - no "
        "statement about paying"),
      date="2027-01-04 12:30", tz="Europe/Madrid", frm=("Garazi Ochoa", "marketing@bodegasochoaestella.com"),
      orig=o, quote="gmail", cc=[("Marisa Urdiain (Administración)", "administracion@bodegasochoaestella.com")],
      body="""Hola Carmen,

Te paso con Marisa, de administración, que es quien lleva los pagos (la pongo en copia). Marisa, ¿puedes
mirar esto, porfa? Es la traducción de las fichas de cata de noviembre.

Gracias!
Garazi""")

    # 7 'recibido, gracias'
    i = Inv("andrea", "AV2027-002", 1070.00, "Hotel Mencey Garachico", "direccion@hotelmencey.es",
            issue="2027-01-05", due="2027-02-04")
    o = orig_of(i, "invoice", "2027-01-05 10:00", extra="de diciembre")
    R(L("client-reply-other", "acknowledges receipt of the invoice - 'Recibida, gracias'"),
      date="2027-01-05 11:02", tz="Atlantic/Canary", frm=("Dirección Hotel Mencey", "direccion@hotelmencey.es"),
      orig=o, quote="outlook", prefix="RE: ", body="""Recibida, gracias Andrea. Se la paso a contabilidad.

Un saludo,
Ayoze""")

    # 8 other work
    i = Inv("lucia", "2026-073", 484.00, "Estudi de Dansa Tarragona", "info@estudidansa.cat",
            issue="2026-11-30", due="2026-12-30")
    o = orig_of(i, "due", "2026-12-30 09:00")
    R(L("client-reply-other", "answers the due reminder only about new work (carteles del festival) - never "
        "mentions the invoice"),
      date="2026-12-30 11:55", tz="Europe/Madrid", frm=("Clara Estudi Dansa", "info@estudidansa.cat"), orig=o,
      quote="gmail", body="""Hola Lucía!

Aprovecho que me escribes: ¿tienes hueco en enero para los carteles del festival de primavera? Sería el mismo
estilo que los del año pasado pero con fotos nuevas de las alumnas. Nos gustaría tenerlos para el 15 de
febrero.

Bon any!
Clara""")

    # 9 asks for a call
    i = Inv("inaki", "F26/023", 3025.00, "Cooperativa Eroski Kontsumo Taldea", "proveedores@ekt-coop.eus",
            issue="2026-11-20", due="2026-12-20")
    o = orig_of(i, "reminder", "2027-01-05 09:00")
    R(L("client-reply-other", "asks for a phone call about the invoice, no claim either way"),
      date="2027-01-05 16:20", tz="Europe/Madrid", frm=("Jon Arrieta", "jarrieta@ekt-coop.eus"), orig=o,
      quote="outlook", prefix="RE: ", body="""Iñaki, ¿podemos hablar mañana por teléfono? Tengo un par de dudas sobre cómo se repartió el trabajo
entre la fase 1 y la 2 y prefiero comentarlo de viva voz. Te llamo a las 10 si te va bien.

Jon Arrieta
Responsable de Sistemas""")

    # 10 which invoice?
    i = Inv("lucia", "2026-053", 532.40, "Centro Dental Sanz", "r.ibanez@dentalsanz.es",
            issue="2026-11-03", due="2026-12-03")
    o = orig_of(i, "reminder", "2026-12-09 09:00")
    R(L("client-reply-other", "'¿Qué factura es esta? No me consta ninguna 2026-053' - asks which job it is, "
        "without contesting", reference="2026-053"),
      date="2026-12-09 09:48", tz="Europe/Madrid", frm=("Centro Dental Sanz", "r.ibanez@dentalsanz.es"), orig=o,
      quote="none", prefix="RE: ", body="""Buenos días, ¿qué factura es esta? No me consta ninguna 2026-053 en el correo. ¿De qué trabajo es? Si
me la reenvías lo miro con el doctor.

Raquel - Recepción Centro Dental Sanz""")

    # 11 Mexico: certificate of tax residence
    i = Inv("lucia", "2026-068", 2500.00, "Grupo Hotelero Riviera Maya", "cxp@ghrivieramaya.mx",
            issue="2026-11-24", due="2026-12-24")
    o = orig_of(i, "due", "2026-12-24 09:00")
    R(L("client-reply-other", "Mexican AP asks for a certificate of tax residence to avoid withholding before "
        "paying - administrative request"),
      date="2026-12-28 10:10", tz="America/Cancun", frm=("Cuentas por Pagar GHRM", "cxp@ghrivieramaya.mx"), orig=o,
      quote="outlook", prefix="RE: ", fmt="alt", body="""Estimada Lucía, buen día:

Para poder liberar el pago sin aplicarle la retención del 25 % de ISR a residentes en el extranjero, le
solicitamos de favor su certificado de residencia fiscal emitido por la Agencia Tributaria española (modelo
para convenios), vigente. Nuestro sistema no nos permite programar el pago sin ese documento.

Quedamos atentos.

Saludos cordiales,
Cuentas por Pagar
Grupo Hotelero Riviera Maya · Cancún, Q. Roo""")

    # 12 forwarded to accounting
    i = Inv("pablo", "PR-2026-41", 968.00, "Cofradía de Pescadores de Cambados", "cofradia@cofradiacambados.gal",
            issue="2026-12-05", due="2027-01-04")
    o = orig_of(i, "reminder", "2027-01-12 09:00")
    R(L("client-reply-other", "'ya se lo he pasado a contabilidad' - forwarded, no statement on payment"),
      date="2027-01-12 10:02", tz="Europe/Madrid", frm=("Patrón Maior", "cofradia@cofradiacambados.gal"), orig=o,
      quote="gmail", body="""Bo día,

Ya se lo he pasado a contabilidad, que son los que llevan eso. Ellos te dirán.

Saúdos""")

    # 13 Ayuntamiento: must go through FACe
    i = Inv("andrea", "AV2026-113", 2140.00, "Ayuntamiento de Arucas", "alcaldia@arucas.org",
            issue="2026-12-14", due="2027-01-13")
    o = orig_of(i, "reminder", "2027-01-18 09:00")
    R(L("client-reply-other", "ayuntamiento: invoices must be filed via FACe with DIR3 codes, not by email - "
        "procedural, not a contest"),
      date="2027-01-19 12:30", tz="Atlantic/Canary", frm=("Registro General Ayto. Arucas", "registro@arucas.org"),
      orig=o, quote="outlook", prefix="RE: ", to_name_in_quote="Alcaldía <alcaldia@arucas.org>",
      body="""Estimada Sra. Vidal:

Le informamos de que, conforme a la Ley 25/2013, las facturas dirigidas a este Ayuntamiento por importe superior
a 5.000 euros, y en todo caso las de personas jurídicas, deben presentarse a través del Punto General de Entrada
de Facturas Electrónicas (FACe). Aunque usted, como persona física, puede presentarla en papel en el Registro
General, le recomendamos hacerlo por FACe indicando los siguientes códigos DIR3:

Oficina contable: L01350068
Órgano gestor: L01350068
Unidad tramitadora: L01350068

No consta en este Ayuntamiento ninguna factura suya registrada.

Atentamente,
Registro General
Ayuntamiento de Arucas""")

    # 14 AP: supplier registration documents
    i = Inv("carmen", "CS/2027/003", 1573.00, "Hospital Universitario Quirón Bizkaia", "facturas@hubizkaia.es",
            issue="2027-01-04", due="2027-02-03")
    o = orig_of(i, "due", "2027-02-03 09:00")
    R(L("client-reply-other", "AP needs bank-ownership certificate and modelo 036 to register the supplier - "
        "administrative request"),
      date="2027-02-03 12:47", tz="Europe/Madrid", frm=("Administración de Proveedores", "altaproveedores@hubizkaia.es"),
      orig=o, quote="outlook", prefix="RE: ", to_name_in_quote="Facturas <facturas@hubizkaia.es>",
      body="""Buenos días Sra. Soto:

Su factura está recibida, pero para poder darle de alta como proveedora en nuestro sistema necesitamos que nos
envíe el certificado de titularidad bancaria (firmado y sellado por la entidad) y una copia del modelo 036/037.
Sin el alta completa el sistema no permite contabilizar la factura.

Puede remitir la documentación a esta misma dirección.

Un saludo,
Administración de Proveedores""")

    # 15 gestoría wants all invoices of the year
    i = Inv("lucia", "2026-079", 423.50, "Zapatería Ondarreta", "zapateriaondarreta@gmail.com",
            issue="2026-12-07", due="2027-01-06")
    o = orig_of(i, "reminder", "2027-01-13 09:00")
    R(L("client-reply-other", "client's gestoría asks for copies of all 2026 invoices to close the quarter - "
        "no payment statement"),
      date="2027-01-13 13:22", tz="Europe/Madrid", frm=("Asesoría Kontua", "kontabilitatea@kontua.eus"), orig=o,
      quote="gmail", cc=[("Zapatería Ondarreta", "zapateriaondarreta@gmail.com")], body="""Egun on,

Somos la asesoría de Zapatería Ondarreta. Para cerrar el cuarto trimestre, ¿nos podrías mandar copia de todas
las facturas que les has emitido en 2026? En la documentación que nos han pasado solo aparecen dos.

Eskerrik asko,
Amaia - Asesoría Kontua (Donostia)""")

    # 16 can I pay by card or Bizum?
    i = Inv("pablo", "PR-2027-03", 150.00, "Marcos Paz", "marcospaz.vigo@gmail.com", kind="person",
            issue="2027-01-20", due="2027-02-04")
    o = orig_of(i, "courtesy", "2027-02-01 09:00")
    R(L("client-reply-other", "particular asks whether he can pay by card or Bizum - question only"),
      date="2027-02-01 21:18", tz="Europe/Madrid", frm=("Marcos Paz", "marcospaz.vigo@gmail.com"), orig=o,
      quote="none", body="""Buenas Pablo, ¿se puede pagar con tarjeta o Bizum? Es que no tengo la app del banco instalada y
transferencias me cuesta hacerlas. Gracias""")

    # 17 Basque: bilingual invoice required
    i = Inv("inaki", "F27/001", 4840.00, "Gipuzkoako Foru Aldundia - Kultura Saila", "kultura.fakturak@gipuzkoa.eus",
            issue="2027-01-04", due="2027-02-03")
    o = orig_of(i, "due", "2027-02-03 09:00")
    R(L("client-reply-other", "Basque administration asks for the invoice in Basque and Spanish and through the "
        "e-invoicing platform - procedural"),
      date="2027-02-04 09:10", tz="Europe/Madrid", frm=("Kultura Saila", "kultura.fakturak@gipuzkoa.eus"), orig=o,
      quote="outlook", prefix="RE: ", body="""Egun on / Buenos días:

Le recordamos que las facturas dirigidas a la Diputación deben presentarse a través de la plataforma de
facturación electrónica (ebaz) y, preferentemente, en formato bilingüe (euskera y castellano). ¿Puede volver a
emitirla por ese canal? Por correo electrónico no podemos registrarla.

Adeitasunez / Atentamente,
Kultura Saila - Departamento de Cultura""")

    # 18 Chile: SWIFT?
    i = Inv("carmen", "CS/2027/005", 660.00, "Fundación Educativa Araucanía", "finanzas@fearaucania.cl",
            issue="2027-01-08", due="2027-02-07")
    o = orig_of(i, "courtesy", "2027-02-03 09:00")
    R(L("client-reply-other", "Chile: asks to confirm the SWIFT code and the bank's address for the international "
        "transfer - question"),
      date="2027-02-03 12:40", tz="America/Santiago", frm=("Javiera Muñoz", "jmunoz@fearaucania.cl"), orig=o,
      quote="gmail", body="""Hola Carmen, ¿cómo estás?

¿Me confirmas el SWIFT y la dirección del banco? El ejecutivo del Santander me pide la dirección de la
sucursal para la transferencia internacional y en la factura no sale. Porfa si me la mandas hoy.

Saludos,
Javiera""")

    # 19 reply to paid-claim follow-up: 'lo consulto con el banco'
    i = Inv("lucia", "2026-064", 786.50, "Herbolario Natura Bilbao", "natura.bilbao@gmail.com",
            issue="2026-11-16", due="2026-12-16")
    o = orig_of(i, "paid_claim", "2027-01-08 09:00", promise="2026-12-22")
    R(L("client-reply-other", "answer to the 'pago no recibido' follow-up: will check with the bank - no new "
        "claim, no promise"),
      date="2027-01-08 12:03", tz="Europe/Madrid", frm=("Josune Herbolario", "natura.bilbao@gmail.com"), orig=o,
      quote="gmail", body="""Hola Lucía,

Qué raro. Lo consulto con el banco esta tarde y te digo algo, que yo juraría que lo mandé antes de Navidad.

Josune""")

    # 20 reply-all to a colleague asking if it was paid
    i = Inv("carmen", "CS/2026/143", 544.50, "Centro de Salud Mental Ítaca", "admin@csmitaca.es",
            issue="2026-12-15", due="2027-01-14")
    o = orig_of(i, "reminder", "2027-01-19 09:00")
    R(L("client-reply-other", "reply-all asking a colleague whether it was paid ('¿esto lo tenemos pagado?'); "
        "the freelancer is only in copy"),
      date="2027-01-19 10:12", tz="Europe/Madrid", frm=("Gloria Ítaca", "gloria@csmitaca.es"), orig=o,
      quote="gmail", to=hdr_addr("Pili Administración", "pili@csmitaca.es"),
      cc=[("Carmen Soto", "carmen@carmensoto-traducciones.es")], body="""Pili, ¿esto lo tenemos pagado? Mira a ver porfa, es la traducción del folleto de la unidad de día. Si no,
págalo cuando puedas.

Gloria""")

    # 21 thanks after the thank-you note
    i = Inv("pablo", "PR-2026-33", 605.00, "Conservas O Berbés, S.L.", "oficina@oberbes.gal",
            issue="2026-11-18", due="2026-12-18")
    o = orig_of(i, "thank_you", "2026-12-20 09:00")
    R(L("client-reply-other", "answers the owner's 'pago recibido' thank-you with season's greetings - no action"),
      date="2026-12-20 11:01", tz="Europe/Madrid", frm=("Xoán Lema", "xoan@oberbes.gal"), orig=o, quote="gmail",
      body="""Grazas a ti Pablo! Bo Nadal e feliz aninovo. Nos vemos en primavera para el catálogo nuevo.

Xoán""")

    # 22 on sick leave (human), will look at it
    i = Inv("andrea", "AV2026-114", 749.00, "Centro Deportivo Las Arenas", "administracion@cdlasarenas.es",
            issue="2026-12-18", due="2027-01-17")
    o = orig_of(i, "reminder", "2027-01-22 09:00")
    R(L("client-reply-other", "human (not automatic) reply: on sick leave, 'cuando vuelva lo miro' - no promise "
        "to pay"),
      date="2027-01-22 20:14", tz="Atlantic/Canary", frm=("Guacimara Déniz", "gdeniz.cdlasarenas@gmail.com"),
      orig=o, quote="gmail", body="""Hola Andrea, te escribo desde mi correo personal porque estoy de baja por una operación de rodilla.
Cuando vuelva (creo que en un par de semanas) lo miro, que solo yo tengo acceso a la banca de la empresa.
Perdona.

Guaci""")

    # 23 asks whether the price included VAT (question, not a dispute)
    i = Inv("lucia", "2027-005", 665.50, "Joyería Artesana Basoa", "basoa.bitxiak@gmail.com",
            issue="2027-01-10", due="2027-02-09")
    o = orig_of(i, "courtesy", "2027-02-05 09:00")
    R(L("client-reply-other", "asks whether the quoted 550 already included IVA; genuinely asks, does not refuse"),
      date="2027-02-05 17:30", tz="Europe/Madrid", frm=("Irune Basoa", "basoa.bitxiak@gmail.com"), orig=o,
      quote="gmail", body="""Kaixo Lucía,

Una duda tonta: en el presupuesto ponía 550 y en la factura son 665,50. ¿Es por el IVA? Es que es la primera
vez que encargo algo así como empresa y no sé si lo que pongo en la declaración es la base o el total.

Mil esker,
Irune""")


# ==================================================================================================
# MACHINE MAIL
# ==================================================================================================
def original_bytes(inv, kind, sent):
    o = orig_of(inv, kind, sent)
    f = inv.fl
    h = [("From", hdr_addr(f["name"], f["addr"])), ("To", inv.to), ("Subject", hdr_text(o["subj"])),
         ("Date", format_datetime(o["d"])), ("Message-ID", o["mid"]), ("MIME-Version", "1.0")]
    return o, headers_block(h) + leaf("text/plain", o["text"], "utf-8", "qp")


def dsn(human, reporting_mta, recipient, action, status, diag, orig_raw, headers_only=False, arrival=None,
        remote_mta=None, will_retry=None, human_charset="utf-8"):
    per_msg = f"Reporting-MTA: dns; {reporting_mta}\n"
    if arrival:
        per_msg += f"Arrival-Date: {arrival}\n"
    per_rcpt = f"Final-Recipient: rfc822; {recipient}\nOriginal-Recipient: rfc822;{recipient}\nAction: {action}\n" \
               f"Status: {status}\n"
    if remote_mta:
        per_rcpt += f"Remote-MTA: dns; {remote_mta}\n"
    per_rcpt += f"Diagnostic-Code: smtp; {diag}\n"
    if will_retry:
        per_rcpt += f"Will-Retry-Until: {will_retry}\n"
    status_part = (b"Content-Type: message/delivery-status\n\n" + (per_msg + "\n" + per_rcpt).encode())
    if headers_only:
        hdrs = orig_raw.split(b"\n\n", 1)[0] + b"\n"
        orig_part = b"Content-Type: text/rfc822-headers\n\n" + hdrs
    else:
        orig_part = b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + orig_raw
    return multipart("report", [leaf("text/plain", human, human_charset, "qp" if human_charset == "utf-8" else "8bit"),
                                status_part, orig_part], extra="; report-type=delivery-status")


def machine():
    # 1 CaixaBank incoming transfer
    body = """CaixaBank

Hola, LUCIA:

Has recibido una transferencia en tu cuenta ES76 **** **** **** **** 1332.

Ordenante: FORN DE PA SANT ANTONI SL
Importe: 1.089,00 EUR
Concepto: FRA 2026-069 CAJAS ROSCON
Fecha valor: 05/01/2027

Puedes consultar el detalle en CaixaBankNow.

Este es un mensaje automático, por favor no respondas a este correo.
CaixaBank, S.A. · C/ Pintor Sorolla, 2-4 · 46002 Valencia"""
    M(L("payment-notification", "bank alert: incoming transfer; concepto names the invoice", amount="1089.00",
        reference="2026-069"),
      date="2027-01-05 08:02", tz="Europe/Madrid", frm=("CaixaBank", "notificaciones@caixabank.com"),
      to=LFL("lucia"), subject="Has recibido una transferencia",
      parts=leaf("text/plain", body, "iso-8859-1", "qp"), extra=[("Auto-Submitted", "auto-generated")])

    # 2 BBVA HTML-only, Canary owner
    hb = ("<html><body style='font-family:Arial'><table width='600' align='center'><tr><td style='background:#072146;"
          "color:#fff;padding:12px'><b>BBVA</b></td></tr><tr><td style='padding:16px'><p>Hola, ANDREA:</p>"
          "<p>Te informamos de que has recibido una transferencia.</p><table><tr><td>Importe</td><td><b>+963,00 "
          "&euro;</b></td></tr><tr><td>Ordenante</td><td>CLINICA VETERINARIA GUANARTEME SLP</td></tr><tr><td>"
          "Concepto</td><td>FACTURA AV2026-109</td></tr><tr><td>Cuenta</td><td>&middot;8765</td></tr><tr><td>Fecha"
          "</td><td>11/01/2027</td></tr></table><p style='font-size:11px;color:#666'>Has recibido este correo porque "
          "tienes activadas las notificaciones de movimientos. Banco Bilbao Vizcaya Argentaria, S.A.</p></td></tr>"
          "</table></body></html>")
    M(L("payment-notification", "HTML-only bank notice (BBVA) of an incoming transfer to the Canary owner",
        amount="963.00", reference="AV2026-109"),
      date="2027-01-11 07:15", tz="Atlantic/Canary", frm=("BBVA", "avisos@bbva.es"), to=LFL("andrea"),
      subject="Has recibido una transferencia de 963,00 €", parts=leaf("text/html", hb, "utf-8", "qp"))

    # 3 Bizum from a client
    body = """Has recibido un Bizum

SERGIO B. V. te ha enviado 180,00 €.
Concepto: fotos comunion

El dinero ya está disponible en tu cuenta ****3456.

ABANCA · Este mensaje se ha generado automáticamente."""
    M(L("payment-notification", "Bizum received from a client (particular) - money in", amount="180.00"),
      date="2026-11-25 09:14", tz="Europe/Madrid", frm=("ABANCA", "notificaciones@abanca.com"), to=LFL("pablo"),
      subject="Has recibido un Bizum", parts=leaf("text/plain", body, "utf-8", "8bit"))

    # 4 Bizum between friends -> other
    body = """Has recibido un Bizum

MARIA JOSE L. te ha enviado 23,50 €.
Concepto: cena del sabado 🍕

El dinero ya está disponible en tu cuenta ****1332.

CaixaBank · Este mensaje se ha generado automáticamente."""
    M(L("other", "Bizum between friends (dinner split): money in, but not a client payment"),
      date="2026-12-13 12:40", tz="Europe/Madrid", frm=("CaixaBank", "notificaciones@caixabank.com"),
      to=LFL("lucia"), subject="Has recibido un Bizum", parts=leaf("text/plain", body, "utf-8", "b64"))

    # 5 PayPal in USD
    body = """Has recibido un pago

Agencia Charrúa Digital te ha enviado 900,00 USD

Nota de Agencia Charrúa Digital:
"Factura 2026-072 - diseño landing"

Detalles de la transacción
Id. de transacción: 7TX49812KD3390215
Fecha de la transacción: 18 de enero de 2027
Importe recibido: 900,00 USD
Comisión: -40,13 USD
Importe neto: 859,87 USD

El dinero está disponible en tu cuenta de PayPal.

PayPal (Europe) S.à r.l. et Cie, S.C.A."""
    M(L("payment-notification", "PayPal payment received in USD (gross 900.00 USD)", amount="900.00",
        currency="USD", reference="2026-072"),
      date="2027-01-18 15:32", tz="Europe/Madrid", frm=("service@paypal.es", "service@paypal.es"), to=LFL("lucia"),
      subject="Has recibido un pago", parts=multipart("alternative", [leaf("text/plain", body, "utf-8", "qp"),
                                                                      leaf("text/html", "<html><body>" + text_to_html(body) + "</body></html>", "utf-8", "qp")]))

    # 6 outgoing transfer made by the owner -> other
    body = """Hola, CARMEN:

Tu transferencia se ha realizado correctamente.

Beneficiario: GESTORIA MONTSERRAT FABREGAS SL
Importe: 181,50 EUR
Concepto: CUOTA DICIEMBRE ASESORIA
Cuenta de cargo: ES91 **** **** **** **** 4567
Fecha de ejecución: 02/12/2026

Banco Sabadell"""
    M(L("other", "outgoing transfer the owner made to her own gestoría - not money in"),
      date="2026-12-02 10:05", tz="Europe/Madrid", frm=("Banco Sabadell", "alertas@bancsabadell.com"),
      to=LFL("carmen"), subject="Transferencia realizada", parts=leaf("text/plain", body, "utf-8", "8bit"))

    # 7 FACe status change -> other
    body = """FACe - Punto General de Entrada de Facturas Electrónicas de la AGE

Le informamos de que la factura con los datos abajo indicados ha cambiado de estado.

Número de registro: REGAGE26e00098765432
Número de factura: PR-2026-34
Emisor: REY OUTEIRAL PABLO
Destinatario: Concello de Cangas (L01360081)
Importe: 1.452,00 EUR
Estado anterior: 1300 - Registrada en RCF
Estado actual: 2400 - Reconocida la obligación (conformada)
Fecha del cambio: 15/01/2027

Puede consultar el estado de sus facturas en https://face.gob.es

Este mensaje ha sido generado automáticamente. Por favor, no responda a esta dirección."""
    M(L("other", "FACe e-invoicing status notice ('reconocida la obligación') - not a payment",
        reference="PR-2026-34"),
      date="2027-01-15 14:20", tz="Europe/Madrid", frm=("FACe", "no-reply@face.gob.es"), to=LFL("pablo"),
      subject="FACe - Cambio de estado de factura PR-2026-34", parts=leaf("text/plain", body, "utf-8", "qp"),
      extra=[("Auto-Submitted", "auto-generated")])

    # 8 OOO Christmas with dates 'ambos inclusive', RFC 3834 headers
    i = Inv("carmen", "CS/2026/139", 423.50, "Librería El Faro", "libreriaelfaro@gmail.com",
            issue="2026-11-20", due="2026-12-20")
    o = orig_of(i, "due", "2026-12-24 09:00")
    body = """Gracias por su mensaje.

Estaré fuera de la oficina del 23 de diciembre al 6 de enero, ambos inclusive, con acceso limitado al correo.
Para pedidos urgentes pueden llamar a la librería al 985 00 00 00.

Felices fiestas.
Elena Faro"""
    M(L("auto-reply", "out-of-office until 6 January inclusive -> back 7 January; Auto-Submitted header",
        return_date="2027-01-07"),
      date="2026-12-24 09:00", tz="Europe/Madrid", frm=("Librería El Faro", "libreriaelfaro@gmail.com"),
      to=LFL("carmen"), subject="Respuesta automática: " + o["subj"], irt=o["mid"],
      parts=leaf("text/plain", body, "utf-8", "8bit"),
      extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")])

    # 9 Chile summer holidays 'hasta el lunes 8 de febrero'
    i = Inv("carmen", "CS/2027/005", 660.00, "Fundación Educativa Araucanía", "finanzas@fearaucania.cl",
            issue="2027-01-08", due="2027-02-07")
    o = orig_of(i, "reminder", "2027-02-12 09:00")
    body = """Hola, estoy de vacaciones hasta el lunes 22 de febrero sin acceso al correo.
Para temas de pagos y facturación escribir a finanzas@fearaucania.cl.

Saludos,
Javiera Muñoz
Fundación Educativa Araucanía"""
    M(L("auto-reply", "Chilean summer holiday auto-reply: 'de vacaciones hasta el lunes 22 de febrero' -> that "
        "Monday; Outlook-style, only X-Auto-Response-Suppress", return_date="2027-02-22"),
      date="2027-02-12 06:00", tz="America/Santiago", frm=("Javiera Muñoz", "jmunoz@fearaucania.cl"),
      to=LFL("carmen"), subject="Respuesta automática: " + o["subj"], irt=o["mid"],
      parts=leaf("text/plain", body, "utf-8", "qp"),
      extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "jmunoz@fearaucania.cl")])

    # 10 mailbox no longer in use, no auto headers
    i = Inv("lucia", "2026-060", 1573.00, "Eventos Tramuntana, S.L.", "admin@eventostramuntana.com",
            issue="2026-10-20", due="2026-11-19")
    o = orig_of(i, "reminder", "2026-11-24 09:00")
    body = """Esta dirección de correo ya no está operativa.

Para cualquier gestión con Eventos Tramuntana, S.L., escriban a administracio@tramuntanaevents.cat o llamen al
971 00 00 00.

Gràcies / Gracias."""
    M(L("auto-reply", "mailbox no longer in use, points to another address; no RFC 3834 headers, subject is a "
        "plain 'Re:'"),
      date="2026-11-24 09:01", tz="Europe/Madrid", frm=("Administració", "admin@eventostramuntana.com"),
      to=LFL("lucia"), subject="Re: " + o["subj"], irt=o["mid"], parts=leaf("text/plain", body, "utf-8", "8bit"))

    # 11 help desk ticket acknowledgement of an AP department
    i = Inv("carmen", "CS/2026/125", 3146.00, "Iberia Componentes Automoción, S.A.", "ap.spain@iberiacomponentes.com",
            issue="2026-11-04", due="2026-12-04")
    o = orig_of(i, "reminder", "2026-12-14 09:00")
    body = """Estimado/a proveedor/a:

Hemos recibido su consulta y se ha registrado con el número de incidencia [AP-2026-482113].

Nuestro equipo de Cuentas a Pagar le responderá en un plazo máximo de 5 días hábiles. Para agilizar la gestión,
no envíe de nuevo la misma consulta e indique siempre el número de incidencia en el asunto.

Horario de atención: lunes a jueves de 9:00 a 17:00, viernes de 8:00 a 14:00.

Atentamente,
Centro de Servicios Compartidos - Accounts Payable Spain
Iberia Componentes Automoción, S.A.

Este es un mensaje generado automáticamente."""
    M(L("auto-reply", "AP help-desk ticket acknowledgement (Auto-Submitted: auto-replied)"),
      date="2026-12-14 09:02", tz="Europe/Madrid", frm=("AP Spain Helpdesk", "ap.helpdesk@iberiacomponentes.com"),
      to=LFL("carmen"), subject="[AP-2026-482113] Consulta recibida: " + o["subj"], irt=o["mid"],
      parts=leaf("text/plain", body, "utf-8", "qp"), extra=[("Auto-Submitted", "auto-replied")])

    # 12 Basque/Spanish bilingual OOO, vague return
    i = Inv("inaki", "F26/023", 3025.00, "Cooperativa Eroski Kontsumo Taldea", "proveedores@ekt-coop.eus",
            issue="2026-11-20", due="2026-12-20")
    o = orig_of(i, "due", "2026-12-21 09:00")
    body = """Kaixo,

Bulegotik kanpo nago eta ez dut posta elektronikoa begiratuko. Itzultzean erantzungo dizut.

Estoy fuera de la oficina y no revisaré el correo. Te responderé a mi vuelta.

Jon Arrieta"""
    M(L("auto-reply", "Basque/Spanish out-of-office with no return date -> no return_date"),
      date="2026-12-21 09:00", tz="Europe/Madrid", frm=("Jon Arrieta", "jarrieta@ekt-coop.eus"),
      to=LFL("inaki"), subject="Bulegotik kanpo / Fuera de la oficina: " + o["subj"], irt=o["mid"],
      parts=leaf("text/plain", body, "utf-8", "8bit"), extra=[("Auto-Submitted", "auto-replied")])

    # 13 Postfix bounce, permanent, Spanish host
    i = Inv("pablo", "PR-2026-36", 484.00, "Pastelería Ascensión", "pasteleria.ascension@telefonica.net",
            issue="2026-11-28", due="2026-12-13")
    o, raw = original_bytes(i, "reminder", "2026-12-18 09:00")
    human = """This is the mail system at host mx1.pablorey.photo.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pasteleria.ascension@telefonica.net>: host mx.telefonica.net[86.109.99.70]
    said: 550 5.1.1 <pasteleria.ascension@telefonica.net>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)"""
    M(L("bounce", "Postfix DSN, 550 5.1.1 user unknown at a Spanish ISP", failed_recipient="pasteleria.ascension@telefonica.net",
        permanent=True),
      date="2026-12-18 09:01", tz="Europe/Madrid", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.pablorey.photo"),
      to="pablo@pablorey.photo", subject="Undelivered Mail Returned to Sender",
      parts=dsn(human, "mx1.pablorey.photo", "pasteleria.ascension@telefonica.net", "failed", "5.1.1",
                "550 5.1.1 <pasteleria.ascension@telefonica.net>: Recipient address rejected: User unknown in "
                "virtual mailbox table", raw, arrival=format_datetime(o["d"]), remote_mta="mx.telefonica.net"),
      extra=[("Auto-Submitted", "auto-replied")])

    # 14 Exchange Online bounce in Spanish, permanent
    i = Inv("lucia", "2026-070", 968.00, "Supermercados Ría de Arousa, S.A.", "proveedors@superarousa.es",
            issue="2026-11-26", due="2026-12-26")
    o, raw = original_bytes(i, "due", "2026-12-28 09:00")
    human = """No se pudo entregar el mensaje a estos destinatarios o grupos:

proveedors@superarousa.es
La dirección de correo electrónico que escribió no se encuentra. Compruebe la dirección de correo electrónico
del destinatario e intente enviar el mensaje de nuevo. Si el problema continúa, póngase en contacto con el
departamento de soporte técnico.

Información de diagnóstico para administradores:

Servidor de generación: AM6PR04MB5637.eurprd04.prod.outlook.com

proveedors@superarousa.es
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient proveedors@superarousa.es not
found by SMTP address lookup'"""
    M(L("bounce", "Office 365 NDR in Spanish, 550 5.1.10 RecipientNotFound (typo in the address)",
        failed_recipient="proveedors@superarousa.es", permanent=True),
      date="2026-12-28 09:01", tz="Europe/Madrid", frm=("Microsoft Outlook", "postmaster@superarousa.onmicrosoft.com"),
      to="lucia@martinestudio.es", subject="No se puede entregar: " + o["subj"],
      parts=dsn(human, "AM6PR04MB5637.eurprd04.prod.outlook.com", "proveedors@superarousa.es", "failed",
                "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                raw, headers_only=True),
      extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")])

    # 15 Exim delay warning (temporary)
    i = Inv("inaki", "F26/028", 302.50, "Talleres Mendiola", "talleresmendiola@euskalnet.net",
            issue="2026-12-14", due="2027-01-13")
    o, raw = original_bytes(i, "reminder", "2027-01-19 09:00")
    human = """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.etxeberria.eus.

The message identifier is:     1tZk3Q-0004Xb-7F
The subject of the message is: """ + o["subj"] + """
The date of the message is:    """ + format_datetime(o["d"]) + """

The address to which the message has not yet been delivered is:

  talleresmendiola@euskalnet.net
    host mx.euskalnet.net [212.55.8.132]
    Delay reason: SMTP error from remote mail server after RCPT TO:<talleresmendiola@euskalnet.net>:
    451 4.2.2 Mailbox temporarily full, try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you."""
    M(L("bounce", "Exim delay warning, 451 4.2.2 mailbox full - temporary, still retrying",
        failed_recipient="talleresmendiola@euskalnet.net", permanent=False),
      date="2027-01-20 09:14", tz="Europe/Madrid", frm=("Mail Delivery System", "Mailer-Daemon@mail.etxeberria.eus"),
      to="inaki@etxeberria.eus", subject="Warning: message 1tZk3Q-0004Xb-7F delayed 24 hours",
      parts=dsn(human, "mail.etxeberria.eus", "talleresmendiola@euskalnet.net", "delayed", "4.2.2",
                "451 4.2.2 Mailbox temporarily full, try again later", raw, headers_only=True,
                will_retry=format_datetime(dt("2027-01-23 09:00", "Europe/Madrid")), remote_mta="mx.euskalnet.net"),
      extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "talleresmendiola@euskalnet.net")])


# ==================================================================================================
# write + check
# ==================================================================================================
def toml_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
         "failed_recipient", "permanent", "note"]



def main():
    groups = []
    for fn in (paid, promise, dispute, other, machine):
        start = len(MSGS)
        fn()
        groups.append(MSGS[start:])
    del MSGS[:]
    mixed = [m for g in groups for m in g]
    random.Random(20261110).shuffle(mixed)   # deterministic: kinds mixed in file order
    for f in os.listdir(OUT):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    lines = ["# round10-es: Spanish-language replies and machine mail. Generated by make.py.\n"]
    for n, (_, raw, lab) in enumerate(mixed, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        lines.append(f'[files."{name}"]')
        for k in ORDER:
            if k in lab:
                lines.append(f"{k} = {toml_str(lab[k])}")
        for k in lab:
            assert k in ORDER, k
        lines.append("")
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    check()


def check():
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert sorted(labels) == files, "labels and files differ"
    kinds = {}
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (f, h)
        when = m["Date"].datetime
        assert datetime(2026, 11, 1, tzinfo=ZoneInfo("UTC")) <= when < datetime(2027, 3, 1, tzinfo=ZoneInfo("UTC")), f
        body = m.get_body(preferencelist=("plain", "html"))
        if body is not None:
            body.get_content()
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        lab = labels[f]
        assert lab["split"] == "dev" and lab["language"] == "es"
        for k in ("promised_date", "return_date"):
            if k in lab:
                date.fromisoformat(lab[k])
        if lab["kind"] == "bounce":
            assert "failed_recipient" in lab and "permanent" in lab, f
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", f
        if "return_date" in lab:
            assert lab["kind"] == "auto-reply", f
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(f"{len(files)} messages OK")
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {k:22s} {v}")


if __name__ == "__main__":
    main()
