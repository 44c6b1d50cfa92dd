#!/usr/bin/env python3
"""round13-es: replies from Spanish-speaking clients (Spain ~75 %, Latin America ~25 %).

Sectors: casa rural, peluquería, academia de idiomas, clínica veterinaria, taller mecánico, bodega,
club deportivo, inmobiliaria, ONG, food truck; plus a little machine mail.

Python 3.11, stdlib only. Run:  python3 make.py
Writes r13e-NNNN.eml and labels.toml next to this file, then re-parses every file.
Every client body below is hand-written; only the MIME plumbing, the quoted mailduns reminders
(rendered from the templates' wording) and the HTML skeletons are generated.
"""
import base64
import datetime as _dt
import email
import email.policy
import hashlib
import html as _html
import json
import os
import quopri
import random
import sys
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r13e"

# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------

def D(s, tz):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def hx(*a, n=16):
    return hashlib.sha256("|".join(map(str, a)).encode()).hexdigest()[:n]


DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MESES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def larga(d):
    """'19 de noviembre de 2026' from a date/datetime or 'YYYY-MM-DD'."""
    if isinstance(d, str):
        d = _dt.date.fromisoformat(d)
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def money(a, cur="EUR"):
    s = f"{float(a):,.2f}"
    es = s.replace(",", "X").replace(".", ",").replace("X", ".")
    if cur == "EUR":
        return es + " €"
    if cur == "ARS":
        return "$ " + es
    if cur == "USD":
        return "USD " + es
    if cur == "MXN":
        return "MXN " + s  # Mexican style: 8,700.00
    return es + " " + cur


def enc(v, charset="utf-8"):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        pass
    try:
        v.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(v, charset).encode()


def A(name, addr, charset="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


# ----------------------------------------------------------------------------------------------
# MIME plumbing (hand-made so that charsets / transfer encodings are exactly what we want)
# ----------------------------------------------------------------------------------------------

def hdr_bytes(hs):
    out = b""
    for k, v in hs:
        out += f"{k}: {v}\n".encode("ascii")
    return out


def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable", encode_as=None, extra=()):
    raw = body.encode(encode_as or charset) if isinstance(body, str) else body
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    hs = [("Content-Type", f'text/{subtype}; charset="{charset}"'), ("Content-Transfer-Encoding", cte)]
    hs += list(extra)
    return (hs, payload)


def file_part(data, ctype, filename, disposition="attachment"):
    hs = [("Content-Type", f'{ctype}; name="{filename}"'),
          ("Content-Disposition", f'{disposition}; filename="{filename}"'),
          ("Content-Transfer-Encoding", "base64")]
    return (hs, base64.encodebytes(data))


def multipart(subtype, parts, seed, params=""):
    b = f"_{hx(seed, subtype, len(parts), n=28)}_"
    body = b""
    for hs, payload in parts:
        body += b"--" + b.encode() + b"\n" + hdr_bytes(hs) + b"\n" + payload
        if not payload.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    return ([("Content-Type", f'multipart/{subtype}; boundary="{b}"{params}')], body)


def raw_part(ctype, payload, extra=()):
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    return ([("Content-Type", ctype)] + list(extra), payload)


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>"
            b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 770 Td (" + t + b") Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png(seed):
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\xd0\x00\x00\x05\x00\x08\x06\x00\x00\x00"
            + hashlib.sha256(seed.encode()).digest() * 4 + b"\x00\x00\x00\x00IEND\xaeB`\x82")


# ----------------------------------------------------------------------------------------------
# message ids
# ----------------------------------------------------------------------------------------------

def mid(style, seed, domain="example.com"):
    h = hx(seed, style, n=40)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h)).decode().rstrip("=").replace("/", "_")
        return f"<CA{b[:2].upper()}{b}=@mail.gmail.com>"
    if style == "outlook":
        pr = "AM" + str(int(h[:2], 16) % 9) + "PR0" + str(int(h[2], 16) % 9) + "MB" + str(1000 + int(h[3:6], 16) % 8999)
        return f"<{pr}{h[:32].upper()}@{pr}.eurprd0{int(h[6], 16) % 8 + 1}.prod.outlook.com>"
    if style == "hotmail":
        pr = "DB" + str(int(h[:2], 16) % 9 + 1) + "PR0" + str(int(h[2], 16) % 9) + "MB" + str(1000 + int(h[3:6], 16) % 8999)
        return f"<{pr}{h[:32].upper()}@{pr}.eurprd0{int(h[6], 16) % 8 + 1}.prod.outlook.com>"
    if style == "apple":
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "yahoo":
        return f"<{int(h[:8], 16)}.{int(h[8:14], 16)}.{1790000000 + int(h[14:20], 16) % 9999999}@mail.yahoo.com>"
    return f"<{h[:24]}@{domain}>"


# ----------------------------------------------------------------------------------------------
# the freelancers (mailbox owners) and their invoices
# ----------------------------------------------------------------------------------------------

OWNERS = {
    "lucia": dict(name="Lucía Martín", email="lucia@martinestudio.es", tz="Europe/Madrid", cur="EUR",
                  pay=dict(beneficiary="Lucía Martín Gil", iban="ES12 2100 0813 6102 0045 7781")),
    "jordi": dict(name="Jordi Puig", email="jordi@jordipuig.cat", tz="Europe/Madrid", cur="EUR",
                  pay=dict(beneficiary="Jordi Puig Vidal", iban="ES47 0081 0019 8300 0123 4411", bic="BSABESBB")),
    "marta": dict(name="Marta Iglesias", email="marta@martaiglesias.es", tz="Europe/Madrid", cur="EUR",
                  details="transferencia a la cuenta ES63 0182 5322 7902 0160 9348 (BBVA), a nombre de "
                          "Marta Iglesias Ruiz, indicando el número de factura"),
    "alvaro": dict(name="Álvaro Soler", email="alvaro@solerdev.es", tz="Europe/Madrid", cur="EUR",
                   pay=dict(beneficiary="Álvaro Soler Navarro", iban="ES91 3058 2205 4127 2000 1187",
                            link="https://pagos.solerdev.es/f/")),
    "valentina": dict(name="Valentina Ríos", email="valentina@valentinarios.com.ar",
                      tz="America/Argentina/Buenos_Aires", cur="ARS",
                      details="transferencia al CBU 0070089320000412345678 (alias VALE.RIOS.CM, Banco Galicia) "
                              "o por Mercado Pago al mismo alias; desde el exterior, por PayPal a "
                              "pagos@valentinarios.com.ar"),
    "camila": dict(name="Camila Herrera", email="camila@camilaherrera.mx", tz="America/Mexico_City", cur="MXN",
                   details="transferencia SPEI a la CLABE 012180001234567897 (BBVA México) a nombre de "
                           "Camila Herrera Solís"),
}

# key: (owner, number, client display name, client email, salutation kind, salutation name, amount, issue, due,
#       currency)
INV = {}


def inv(key, owner, number, cname, cemail, skind, sname, amount, issue, due, cur=None, subject=None):
    o = OWNERS[owner]
    subj = subject or {
        "lucia": f"Factura {number} – Martín Estudio",
        "jordi": f"Factura {number} · Jordi Puig Fotografia",
        "marta": f"Factura {number}",
        "alvaro": f"Factura {number} (Soler Dev)",
        "valentina": f"Factura C {number} - Valentina Ríos",
        "camila": f"Factura {number} | Camila Herrera Estudio",
    }[owner]
    INV[key] = dict(owner=owner, no=number, cname=cname, cemail=cemail, skind=skind, sname=sname,
                    amount=amount, issue=issue, due=due, cur=cur or o["cur"], subject=subj,
                    msgid=f"<inv.{hx(number, owner, n=20)}@{o['email'].split('@')[1]}>")
    return INV[key]


def saludo(i):
    if i["skind"] == "company":
        return "Estimados señores:"
    if i["skind"] == "person":
        t = i["sname"].split()[0].lower()
        if t in ("sra.", "sra", "dña.", "dª", "d.ª"):
            return f"Estimada {i['sname']}:"
        if t in ("sr.", "sr", "d.", "don"):
            return f"Estimado {i['sname']}:"
        return f"Buenos días, {i['sname']}:"
    return "Buenos días:"


def payblock(i):
    o = OWNERS[i["owner"]]
    if "pay" in o:
        p = o["pay"]
        s = "Datos para el pago:\n"
        s += f"- beneficiario: {p['beneficiary']}\n"
        s += f"- IBAN: {p['iban']}\n"
        if p.get("bic"):
            s += f"- BIC: {p['bic']}\n"
        s += f"- concepto: Factura {i['no']}\n"
        if p.get("link"):
            s += f"- pago en línea: {p['link']}{i['no']}\n"
        return s.rstrip("\n")
    if "details" in o:
        return f"Datos para el pago: {o['details']}"
    return "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación."


def fees_es(i, days, rate="10,15 %"):
    amt = float(i["amount"])
    interest = round(amt * 0.1015 * days / 365, 2)
    total = amt + interest + 40
    txt = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que "
           "se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). "
           "Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de demora al tipo legal: "
           "el tipo del Banco Central Europeo para sus operaciones principales de financiación más ocho puntos "
           f"porcentuales, actualmente el {rate} anual (arts. 5 y 7). A la deuda se añade, además, una cantidad fija "
           "de 40,00 € en concepto de indemnización por costes de cobro (art. 8).\n\n"
           "A día de hoy, el importe adeudado es el siguiente:\n"
           f"- factura n.º {i['no']}: {money(amt)}\n"
           f"- intereses de demora ({rate} anual, {days} días): {money(interest)}\n"
           f"- indemnización por costes de cobro: {money(40)}\n"
           f"- total: {money(total)}")
    return txt, money(total)


def render(kind, i, sent, deadline=None, fees_days=None, promise_date=None, claim_date=None, paid_on=None,
           suspension_date=None, invoices=None):
    o = OWNERS[i["owner"]]
    amt = money(i["amount"], i["cur"])
    due = _dt.date.fromisoformat(i["due"])
    days_late = (sent.date() - due).days
    p = [saludo(i), ""]
    if kind == "courtesy":
        p += [f"Un breve recordatorio: la factura n.º {i['no']} de {amt}, emitida el {larga(i['issue'])}, vence el "
              f"{larga(due)}.", "", "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.", "",
              payblock(i), "", "Para cualquier duda, basta con responder a este correo."]
    elif kind == "due":
        if days_late > 0:
            p += [f"La factura n.º {i['no']} de {amt} venció el {larga(due)} y, según mis registros, el pago aún no "
                  "consta. Agradecería que se tramitara en los próximos días."]
        elif days_late == 0:
            p += [f"La factura n.º {i['no']} de {amt} vence hoy, {larga(due)}."]
        else:
            p += [f"La factura n.º {i['no']} de {amt} vence el {larga(due)}."]
        p += ["", "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.", "", payblock(i), "",
              "Para cualquier duda, basta con responder a este correo."]
    elif kind == "reminder":
        p += [f"Revisando mis cuentas, veo que la factura n.º {i['no']} de {amt}, vencida el {larga(due)}, sigue "
              "pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara "
              "en cuanto sea posible.", ""]
        if fees_days:
            p += [fees_es(i, fees_days)[0], ""]
        p += ["Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de "
              "la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, "
              "podemos aclararlo por esta misma vía.", "", payblock(i)]
    elif kind == "late_fee":
        extra = f", hace {days_late} días," if days_late > 1 else ""
        p += [f"La factura n.º {i['no']} de {amt} venció el {larga(due)}{extra} y sigue pendiente de pago.", ""]
        tot = amt
        if fees_days:
            t, tot = fees_es(i, fees_days)
            p += [t, ""]
        p += [f"Ruego que el pago de {tot} se realice a más tardar el {larga(deadline)}. Si ya está en curso, muchas "
              "gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la "
              "factura o con los plazos, podemos buscar una solución por esta misma vía.", "", payblock(i)]
    elif kind == "promise_followup":
        if promise_date:
            p += [f"Según su último mensaje, el pago de la factura n.º {i['no']} de {amt} se realizaría a más tardar "
                  f"el {larga(promise_date)}; gracias de nuevo por la información."]
        else:
            p += [f"Gracias de nuevo por la información sobre el pago de la factura n.º {i['no']} de {amt}, vencida "
                  f"el {larga(due)}."]
        p += ["", "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con "
              "responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber "
              "para cuándo puedo contar con él.", "", payblock(i)]
    elif kind == "paid_claim_followup":
        pe = f" (transferencia ordenada el {larga(paid_on)})" if paid_on else ""
        ce = f" el {larga(claim_date)}" if claim_date else ""
        p += [f"Muchas gracias por comunicarme{ce} que la factura n.º {i['no']} de {amt} ya está pagada{pe}.", "",
              "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos "
              "días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería "
              "de gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el "
              "justificante.", "",
              "Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es "
              "necesario hacer nada más. Gracias por su colaboración."]
    elif kind == "suspension":
        p += [f"Vuelvo a ponerme en contacto en relación con la factura n.º {i['no']} de {amt}, vencida el "
              f"{larga(due)} y todavía pendiente de pago.", "",
              f"Si para el {larga(deadline)} no se ha recibido el pago de {amt}, a partir del {larga(suspension_date)} "
              "podría verme en la necesidad de suspender los trabajos en curso y la prestación de los servicios "
              "contratados hasta que se regularice la situación. Si existe alguna dificultad (por ejemplo, si es "
              "necesario fraccionar el pago), basta con responder a este correo y buscaremos una solución.", "",
              payblock(i)]
    elif kind == "final":
        p += [f"La factura n.º {i['no']}, emitida el {larga(i['issue'])}, venció el {larga(due)} y, pese a los "
              f"recordatorios enviados anteriormente, sigue pendiente de pago por un importe de {amt}.", "",
              "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de "
              f"{amt} a más tardar el {larga(deadline)}.", "",
              "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
              "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
              "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
              "retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
              "responder a este correo.", "",
              f"Si para el {larga(deadline)} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar "
              "a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría "
              "sinceramente evitarlo.", "",
              "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en "
              "ese caso, basta una breve respuesta con la fecha de la transferencia.", "", payblock(i)]
    elif kind == "statement":
        p += ["Revisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:", ""]
        total = 0.0
        for j in invoices:
            dl = (sent.date() - _dt.date.fromisoformat(j["due"])).days
            total += float(j["amount"])
            if dl > 0:
                dd = "1 día" if dl == 1 else f"{dl} días"
                p.append(f"- n.º {j['no']}, del {larga(j['issue'])}, vencida el {larga(j['due'])} ({dd} de retraso): "
                         f"{money(j['amount'], j['cur'])}")
            else:
                p.append(f"- n.º {j['no']}, del {larga(j['issue'])}, vence el {larga(j['due'])}: "
                         f"{money(j['amount'], j['cur'])}")
        p += ["", f"Total a pagar: {money(total, i['cur'])}", "",
              f"Ruego que el pago de las facturas vencidas se realice a más tardar el {larga(deadline)}, y el de las "
              "demás en su vencimiento. Si alguna de ellas ya está pagada, muchas gracias: basta con responder "
              "indicando cuáles y la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún "
              "problema con alguna factura, podemos aclararlo por esta misma vía.", "",
              "Los datos para el pago figuran en las facturas, en los mensajes con los que se enviaron."]
    elif kind == "invoice":
        # an invoice mail written by the owner (used when the client answers the invoice itself)
        p = []
    else:
        raise ValueError(kind)
    p += ["", "Un cordial saludo," if kind != "final" else "Atentamente,", o["name"]]
    return "\n".join(p)


def thread(key, kind, sent, subject=None, body=None, **kw):
    """The owner's message the client replies to: a mailduns reminder (or the invoice mail itself)."""
    i = INV[key]
    o = OWNERS[i["owner"]]
    sent = D(sent, o["tz"])
    text = body if body is not None else render(kind, i, sent, **kw)
    if subject is None:
        if kind == "invoice":
            subject = i["subject"]
        elif kind == "final":
            subject = f"Requerimiento de pago de la factura n.º {i['no']}"
        else:
            subject = "Re: " + i["subject"]
    msgid = f"<mailduns.{hx(key, kind, sent, n=22)}@{o['email'].split('@')[1]}>" if kind != "invoice" else i["msgid"]
    refs = [i["msgid"]] if kind != "invoice" else []
    refs.append(msgid)
    return dict(inv=i, owner=o, text=text, subject=subject, date=sent, msgid=msgid, refs=refs,
                frm_name=o["name"], frm_email=o["email"], to_name=i["cname"], to_email=i["cemail"])


# ----------------------------------------------------------------------------------------------
# quoting styles
# ----------------------------------------------------------------------------------------------

def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def gmail_attr(th):
    d = th["date"]
    return (f"El {DIAS3[d.weekday()]}, {d.day} {MESES3[d.month - 1]} {d.year} a las {d.hour}:{d.minute:02d}, "
            f"{th['frm_name']} (<{th['frm_email']}>) escribió:")


def q_gmail(th):
    return gmail_attr(th) + "\n\n" + gt(th["text"]) + "\n"


def q_apple(th):
    d = th["date"]
    return (f"El {d.day} {MESES3[d.month - 1]} {d.year}, a las {d.hour}:{d.minute:02d}, {th['frm_name']} "
            f"<{th['frm_email']}> escribió:\n\n" + gt(th["text"]) + "\n")


def q_thunder(th):
    d = th["date"]
    return f"El {d.day}/{d.month}/{d.year % 100} a las {d.hour}:{d.minute:02d}, {th['frm_name']} escribió:\n" + gt(th["text"]) + "\n"


def outlook_when(d):
    return f"{DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year} {d.hour}:{d.minute:02d}"


def q_outlook(th, old=False, to=None):
    d = th["date"]
    to = to or f"{th['to_name']} <{th['to_email']}>"
    if old:
        head = (f"-----Mensaje original-----\nDe: {th['frm_name']} [mailto:{th['frm_email']}]\n"
                f"Enviado el: {outlook_when(d)}\nPara: {to}\nAsunto: {th['subject']}\n")
    else:
        head = (f"________________________________\nDe: {th['frm_name']} <{th['frm_email']}>\n"
                f"Enviado: {outlook_when(d)}\nPara: {to}\nAsunto: {th['subject']}\n")
    return head + "\n" + th["text"] + "\n"


def q_android(th):
    d = th["date"]
    off = d.utcoffset().total_seconds() / 3600
    sign = "+" if off >= 0 else "-"
    return (f"-------- Mensaje original --------\nDe: {th['frm_name']} <{th['frm_email']}>\n"
            f"Fecha: {d.day:02d}/{d.month:02d}/{d.year % 100} {d.hour:02d}:{d.minute:02d} "
            f"(GMT{sign}{int(abs(off)):02d}:00)\nPara: {th['to_email']}\nAsunto: {th['subject']}\n\n" + th["text"] + "\n")


def t2h(text):
    """Plain paragraphs -> simple HTML lines."""
    out = []
    for line in text.split("\n"):
        out.append(f"<div>{_html.escape(line) if line else '<br>'}</div>")
    return "\n".join(out)


def h_gmail(body_html, th):
    quote = ""
    if th is not None:
        inner = _html.escape(th["text"]).replace("\n", "<br>\n")
        quote = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{_html.escape(gmail_attr(th))}'
                 f'<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 f'rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>')
    return f'<div dir="ltr">{body_html}</div>{quote}\n'


def h_outlook(body_html, th, to=None):
    quote = ""
    if th is not None:
        to = to or f"{th['to_name']} <{th['to_email']}>"
        inner = "\n".join(f'<p class="MsoNormal">{_html.escape(l) if l else "&nbsp;"}</p>' for l in th["text"].split("\n"))
        quote = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                 f'<p class="MsoNormal"><b>De:</b> {_html.escape(th["frm_name"])} &lt;{th["frm_email"]}&gt; <br>'
                 f'<b>Enviado el:</b> {outlook_when(th["date"])}<br><b>Para:</b> {_html.escape(to)}<br>'
                 f'<b>Asunto:</b> {_html.escape(th["subject"])}</p></div>\n{inner}')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            f'</head><body lang="ES" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n{body_html}\n'
            f'<p class="MsoNormal">&nbsp;</p>\n{quote}\n</div></body></html>\n')


def mso(text):
    return "\n".join(f'<p class="MsoNormal">{_html.escape(l) if l else "&nbsp;"}</p>' for l in text.split("\n"))


# ----------------------------------------------------------------------------------------------
# the collection
# ----------------------------------------------------------------------------------------------

MESSAGES = []  # (label dict, bytes)


def reply_subject(prefix, s):
    # mail clients collapse an existing "Re: " into their own reply prefix (Outlook: "RE: ")
    if prefix.lower() == "re: " and s.lower().startswith("re: "):
        return prefix + s[4:]
    return prefix + s


def emit(label, headers, part):
    hs = list(headers) + [("MIME-Version", "1.0")] + part[0]
    MESSAGES.append((label, hdr_bytes(hs) + b"\n" + part[1]))


def L(kind, note, **kw):
    d = dict(kind=kind, language="es", split="dev")
    d.update(kw)
    d["note"] = note
    return d


def reply(label, th, frm, date, tz, body, *, style="gmail", fmt="plain", charset="utf-8", cte="quoted-printable",
          encode_as=None, prefix="Re: ", subject=None, to=None, cc=None, attachments=(), extra=(), mstyle=None,
          domain=None, html_body=None, quote_text=None, agent=None, seed=None):
    """A client reply.  style: gmail | apple | thunder | outlook | outlook_old | android | none.
    fmt: plain | alt | html."""
    date = D(date, tz)
    name, addr = frm
    domain = domain or addr.split("@")[1]
    if quote_text is None:
        if th is None or style == "none":
            quote_text = ""
        elif style == "gmail":
            quote_text = q_gmail(th)
        elif style == "apple":
            quote_text = q_apple(th)
        elif style == "thunder":
            quote_text = q_thunder(th)
        elif style == "outlook":
            quote_text = q_outlook(th)
        elif style == "outlook_old":
            quote_text = q_outlook(th, old=True)
        elif style == "android":
            quote_text = q_android(th)
    plain = body.rstrip("\n") + "\n"
    if quote_text:
        plain += "\n" + quote_text
    ms = mstyle or {"gmail": "gmail", "apple": "apple", "outlook": "outlook", "outlook_old": "outlook"}.get(style, "generic")
    msgid = mid(ms, seed or (addr, date.isoformat(), body[:40]), domain)
    subj = subject if subject is not None else reply_subject(prefix, th["subject"])
    hs = [("Date", format_datetime(date)), ("From", A(name, addr, "iso-8859-1" if charset == "iso-8859-1" else "utf-8"))]
    if to is None:
        to = A(th["frm_name"], th["frm_email"]) if th else None
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", enc(subj, "iso-8859-1" if charset in ("iso-8859-1", "windows-1252") else "utf-8")))
    hs.append(("Message-ID", msgid))
    if th is not None:
        hs.append(("In-Reply-To", th["msgid"]))
        hs.append(("References", " ".join(th["refs"])))
    if agent:
        hs.append(agent)
    hs += list(extra)
    if fmt == "plain":
        part = text_part(plain, charset=charset, cte=cte, encode_as=encode_as)
    else:
        if html_body is None:
            bh = t2h(body.rstrip("\n"))
            if style in ("outlook", "outlook_old"):
                html_body = h_outlook(mso(body.rstrip("\n")), th if quote_text else None)
            else:
                html_body = h_gmail(bh, th if quote_text else None)
        html_body = html_body.replace("charset=utf-8", f"charset={charset}")
        hp = text_part(html_body, subtype="html", charset=charset, cte=cte, encode_as=encode_as)
        if fmt == "html":
            part = hp
        else:
            part = multipart("alternative", [text_part(plain, charset=charset, cte=cte, encode_as=encode_as), hp],
                             seed=msgid)
    if attachments:
        part = multipart("mixed", [part] + list(attachments), seed=msgid + "m")
    emit(label, hs, part)
    return msgid


def machine(label, headers, part):
    emit(label, headers, part)


# ----------------------------------------------------------------------------------------------
# invoices
# ----------------------------------------------------------------------------------------------
# Lucía Martín – diseño gráfico y web, Madrid – numbering 2026-0NN / 2027-0NN
inv("L041", "lucia", "2026-041", "Casa Rural El Roble", "reservas@casaruralelroble.es", "person", "Mariano Gil", "726.00", "2026-10-02", "2026-11-01")
inv("L044", "lucia", "2026-044", "Peluquería Rizos", "rizos.peluqueria@hotmail.es", "person", "Rocío Navas", "302.50", "2026-10-15", "2026-11-14")
inv("L047", "lucia", "2026-047", "Academia de Idiomas Speak Up SL", "administracion@speakupalcala.es", "company", "", "1452.00", "2026-10-30", "2026-11-29")
inv("L049", "lucia", "2026-049", "Peluquería Marisa", "peluqueriamarisa@yahoo.es", "person", "Marisa Domínguez", "217.80", "2026-10-20", "2026-11-05")
inv("L052", "lucia", "2026-052", "Clínica Veterinaria San Antón SLP", "recepcion@vetsananton.es", "company", "", "968.00", "2026-11-02", "2026-12-02")
inv("L055", "lucia", "2026-055", "Bodegas Viña Zarza SA", "administracion@vinazarza.com", "company", "", "2420.00", "2026-10-20", "2026-11-19")
inv("L058", "lucia", "2026-058", "Club Deportivo Vallecas Fútbol Base", "cdvallecasfb@gmail.com", "company", "", "363.00", "2026-11-05", "2026-12-05")
inv("L061", "lucia", "2026-061", "Castellana Homes Inmobiliaria SL", "admon@castellanahomes.es", "company", "", "1815.00", "2026-10-26", "2026-11-25")
inv("L063", "lucia", "2026-063", "Asociación Manos Abiertas", "tesoreria@manosabiertas.org", "company", "", "484.00", "2026-11-10", "2026-12-10")
inv("L065", "lucia", "2026-065", "Fundación Semillas de Paz", "contabilidad@semillasdepaz.org.co", "company", "", "605.00", "2026-11-12", "2026-11-27")
inv("L066", "lucia", "2026-066", "La Gordita Rodante", "lagorditarodante@gmail.com", "person", "Yolanda Prieto", "242.00", "2026-11-03", "2026-11-18")
inv("L067", "lucia", "2026-067", "Casa Rural La Caldera", "casarurallacaldera@gmail.com", "person", "Carmela Pérez", "385.20", "2026-11-20", "2026-12-05")
inv("L068", "lucia", "2026-068", "Bodegas Viña Zarza SA", "administracion@vinazarza.com", "company", "", "1210.00", "2026-11-25", "2026-12-25")
inv("L069", "lucia", "2026-069", "Talleres Gómez e Hijos", "talleresgomez@telefonica.net", "company", "", "544.50", "2026-12-10", "2027-01-09")
inv("L070", "lucia", "2026-070", "Fundación Raíces", "info@fundacionraices.org", "company", "", "605.00", "2026-11-20", "2026-12-20")
inv("L071", "lucia", "2026-071", "Club Deportivo Vallecas Fútbol Base", "cdvallecasfb@gmail.com", "company", "", "217.80", "2026-11-02", "2026-11-30")
inv("L072", "lucia", "2026-072", "Fundación Semillas de Paz", "contabilidad@semillasdepaz.org.co", "company", "", "880.00", "2026-12-01", "2026-12-16")
inv("L073", "lucia", "2026-073", "Salón Nuria", "salonnuria.estilistas@gmail.com", "person", "Nuria Campos", "181.50", "2026-11-16", "2026-12-16")
inv("L074", "lucia", "2026-074", "Academia de Idiomas Speak Up SL", "administracion@speakupalcala.es", "company", "", "423.50", "2026-11-30", "2026-12-15")
inv("L075", "lucia", "2026-075", "Castellana Homes Inmobiliaria SL", "admon@castellanahomes.es", "company", "", "1089.00", "2026-12-01", "2026-12-31")
inv("L077", "lucia", "2026-077", "Castellana Homes Inmobiliaria SL", "admon@castellanahomes.es", "company", "", "2057.00", "2026-12-16", "2027-02-14")
inv("L078", "lucia", "2026-078", "Clínica Veterinaria San Antón SLP", "recepcion@vetsananton.es", "company", "", "423.50", "2026-12-18", "2027-01-17")
inv("L2703", "lucia", "2027-003", "Bodegas Viña Zarza SA", "administracion@vinazarza.com", "company", "", "1633.50", "2027-01-07", "2027-01-27")
inv("L2705", "lucia", "2027-005", "Fundación Semillas de Paz", "contabilidad@semillasdepaz.org.co", "company", "", "1150.00", "2027-01-08", "2027-01-23")
inv("L2707", "lucia", "2027-007", "Asociación Manos Abiertas", "tesoreria@manosabiertas.org", "company", "", "302.50", "2027-01-11", "2027-02-05")
inv("L2709", "lucia", "2027-009", "Clínica Veterinaria San Antón SLP", "recepcion@vetsananton.es", "company", "", "605.00", "2027-01-14", "2027-02-13")
inv("L2710", "lucia", "2027-010", "Academia de Idiomas Speak Up SL", "administracion@speakupalcala.es", "company", "", "726.00", "2027-01-08", "2027-02-07")

# Jordi Puig – fotografía y vídeo, Girona – numbering F26-NNN / F27-NNN
inv("J118", "jordi", "F26-118", "Celler Mas Clarà", "administracio@masclara.cat", "company", "", "1089.00", "2026-10-09", "2026-11-08")
inv("J121", "jordi", "F26-121", "Casa rural Can Pujol", "canpujol.garrotxa@gmail.com", "person", "Montse Pujol", "544.50", "2026-10-20", "2026-11-19")
inv("J124", "jordi", "F26-124", "Club Natació Sant Feliu", "tresoreria@cnsantfeliu.cat", "company", "", "605.00", "2026-10-28", "2026-11-27")
inv("J127", "jordi", "F26-127", "Costa Brava Llar Immobiliària SL", "comptabilitat@costabravallar.com", "company", "", "847.00", "2026-10-19", "2026-11-18")
inv("J130", "jordi", "F26-130", "Taller Germans Roca", "tallergermansroca@gmail.com", "person", "Pere Roca", "423.50", "2026-11-02", "2026-12-02")
inv("J131", "jordi", "F26-131", "Celler Mas Clarà", "administracio@masclara.cat", "company", "", "290.40", "2026-11-10", "2026-12-10")
inv("J133", "jordi", "F26-133", "Perruqueria Glam", "glam.perruqueria@gmail.com", "person", "Laia Serra", "181.50", "2026-10-24", "2026-11-23")
inv("J136", "jordi", "F26-136", "Celler Mas Clarà", "administracio@masclara.cat", "company", "", "1331.00", "2026-11-20", "2026-12-20")
inv("J137", "jordi", "F26-137", "Club Natació Sant Feliu", "tresoreria@cnsantfeliu.cat", "company", "", "242.00", "2026-11-25", "2026-12-15")
inv("J139", "jordi", "F26-139", "Club Esportiu Pàdel Girona", "info@padelgirona.cat", "company", "", "726.00", "2026-11-23", "2026-12-23")
inv("J141", "jordi", "F26-141", "Perruqueria Glam", "glam.perruqueria@gmail.com", "person", "Laia Serra", "121.00", "2026-12-14", "2027-01-08")
inv("J142", "jordi", "F26-142", "Costa Brava Llar Immobiliària SL", "comptabilitat@costabravallar.com", "company", "", "302.50", "2026-12-03", "2027-01-02")
inv("J702", "jordi", "F27-002", "Celler Mas Clarà", "administracio@masclara.cat", "company", "", "968.00", "2027-01-04", "2027-01-19")
inv("J704", "jordi", "F27-004", "Brasa on Wheels", "hola@brasaonwheels.com", "person", "Dani Ferrer", "363.00", "2027-01-12", "2027-01-27")
inv("J709", "jordi", "F27-009", "Club Natació Sant Feliu", "tresoreria@cnsantfeliu.cat", "company", "", "484.00", "2027-01-05", "2027-01-30")
inv("J711", "jordi", "F27-011", "Costa Brava Llar Immobiliària SL", "comptabilitat@costabravallar.com", "company", "", "665.50", "2027-01-26", "2027-02-25")

# Marta Iglesias – traducción y redacción, Sevilla – numbering MI/2026/NN
inv("M37", "marta", "MI/2026/37", "Academia Lingua Sur SL", "administracion@linguasur.es", "company", "", "580.80", "2026-10-05", "2026-11-04")
inv("M39", "marta", "MI/2026/39", "Clínica Veterinaria Los Naranjos", "clinica@vetlosnaranjos.es", "company", "", "290.40", "2026-11-06", "2026-12-06")
inv("M41", "marta", "MI/2026/41", "Asociación Acoge Sur", "acogesur@gmail.com", "company", "", "435.60", "2026-11-02", "2026-12-02")
inv("M43", "marta", "MI/2026/43", "Clínica Veterinaria Los Naranjos", "clinica@vetlosnaranjos.es", "company", "", "484.00", "2026-11-20", "2026-12-20")
inv("M44", "marta", "MI/2026/44", "Bodegas Hermanos Pérez Ocaña SL", "proveedores@bodegasperezocana.es", "company", "", "907.50", "2026-10-22", "2026-11-21")
inv("M45", "marta", "MI/2026/45", "Casa Rural Los Chopos", "casaloschopos@gmail.com", "person", "Mariano Cuesta", "229.90", "2026-11-05", "2026-11-20")
inv("M46", "marta", "MI/2026/46", "Inmobiliaria Giralda", "info@inmogiralda.es", "person", "Sr. Ortega", "254.10", "2026-11-10", "2026-11-25")
inv("M47", "marta", "MI/2026/47", "Casa Rural El Molino de Arriba", "elmolinodearriba@gmail.com", "person", "Sra. Villalba", "350.90", "2026-11-12", "2026-11-27")
inv("M48", "marta", "MI/2026/48", "Academia Lingua Sur SL", "administracion@linguasur.es", "company", "", "387.20", "2026-11-03", "2026-11-26")
inv("M49", "marta", "MI/2026/49", "Bodegas Hermanos Pérez Ocaña SL", "proveedores@bodegasperezocana.es", "company", "", "907.50", "2026-12-01", "2026-12-31")
inv("M50", "marta", "MI/2026/50", "Cortijo Las Encinas", "cortijolasencinas@hotmail.com", "person", "Encarnación Moya", "193.60", "2026-12-07", "2026-12-22")
inv("M51", "marta", "MI/2026/51", "Inmobiliaria Giralda", "info@inmogiralda.es", "person", "Sr. Ortega", "338.80", "2026-12-09", "2026-12-24")
inv("M703", "marta", "MI/2027/03", "Inmobiliaria Giralda", "info@inmogiralda.es", "person", "Sr. Ortega", "254.10", "2027-01-08", "2027-01-23")
inv("M704", "marta", "MI/2027/04", "Asociación Acoge Sur", "acogesur@gmail.com", "company", "", "302.50", "2027-01-07", "2027-01-22")
inv("M705", "marta", "MI/2027/05", "Bodegas Hermanos Pérez Ocaña SL", "proveedores@bodegasperezocana.es", "company", "", "605.00", "2027-01-05", "2027-02-04")
inv("M706", "marta", "MI/2027/06", "Clínica Veterinaria Los Naranjos", "clinica@vetlosnaranjos.es", "company", "", "217.80", "2027-01-20", "2027-02-04")

# Álvaro Soler – desarrollo web y apps, Valencia – numbering A-2026-NNNN
inv("A108", "alvaro", "A-2026-0108", "Talleres Hermanos Ferrer SL", "administracion@talleresferrer.es", "company", "", "1210.00", "2026-10-15", "2026-11-14")
inv("A112", "alvaro", "A-2026-0112", "Club Deportivo Benimaclet", "junta@cdbenimaclet.org", "company", "", "2178.00", "2026-10-30", "2026-11-29")
inv("A115", "alvaro", "A-2026-0115", "Carmen Estilistas", "carmenestilistas@hotmail.com", "person", "Carmen Lloret", "665.50", "2026-10-20", "2026-11-19")
inv("A117", "alvaro", "A-2026-0117", "Bocados del Turia", "bocadosdelturia@gmail.com", "person", "Xavi Martí", "338.80", "2026-11-16", "2026-12-01")
inv("A120", "alvaro", "A-2026-0120", "Academia Oxford House Ruzafa SL", "admin@oxfordhouseruzafa.es", "company", "", "1573.00", "2026-11-02", "2026-12-02")
inv("A121", "alvaro", "A-2026-0121", "Talleres Hermanos Ferrer SL", "administracion@talleresferrer.es", "company", "", "423.50", "2026-11-20", "2026-12-20")
inv("A123", "alvaro", "A-2026-0123", "Inmobiliaria Mediterránea Levante SL", "contabilidad@inmomediterranea.es", "company", "", "3025.00", "2026-11-10", "2026-12-10")
inv("A127", "alvaro", "A-2026-0127", "Inmobiliaria Mediterránea Levante SL", "contabilidad@inmomediterranea.es", "company", "", "3146.00", "2026-12-04", "2027-01-03")
inv("A129", "alvaro", "A-2026-0129", "Bocados del Turia", "bocadosdelturia@gmail.com", "person", "Xavi Martí", "1089.00", "2026-12-14", "2026-12-29")
inv("A702", "alvaro", "A-2027-0002", "Carmen Estilistas", "carmenestilistas@hotmail.com", "person", "Carmen Lloret", "72.60", "2027-01-04", "2027-01-14")
inv("A704", "alvaro", "A-2027-0004", "Talleres Hermanos Ferrer SL", "administracion@talleresferrer.es", "company", "", "847.00", "2027-01-08", "2027-02-07")
inv("A705", "alvaro", "A-2027-0005", "Club Deportivo Benimaclet", "junta@cdbenimaclet.org", "company", "", "990.00", "2027-01-04", "2027-02-03")
inv("A709", "alvaro", "A-2027-0009", "Talleres Hermanos Ferrer SL", "administracion@talleresferrer.es", "company", "", "72.60", "2027-02-01", "2027-02-16")

# Valentina Ríos – community manager, Buenos Aires – Factura C 0002-00000NNN
inv("V127", "valentina", "0002-00000127", "Instituto de Idiomas Palermo", "administracion@idiomaspalermo.com.ar", "company", "", "380000.00", "2026-11-02", "2026-11-12")
inv("V129", "valentina", "0002-00000129", "Veterinaria Patitas", "veterinariapatitas@gmail.com", "person", "Dra. Sofía Benítez", "290000.00", "2026-11-03", "2026-11-20")
inv("V130", "valentina", "0002-00000130", "El Guatón Sanguchero", "elguatonsanguchero@gmail.com", "person", "Rodrigo Muñoz", "450.00", "2026-11-10", "2026-11-25", cur="USD")
inv("V131", "valentina", "0002-00000131", "Club Atlético Pocitos", "tesoreria@clubpocitos.com.uy", "company", "", "600.00", "2026-11-16", "2026-12-01", cur="USD")
inv("V133", "valentina", "0002-00000133", "El Chori Móvil", "elchorimovil.cba@gmail.com", "person", "Nico Ferreyra", "150000.00", "2026-12-01", "2026-12-15")
inv("V134", "valentina", "0002-00000134", "Veterinaria Patitas", "veterinariapatitas@gmail.com", "person", "Dra. Sofía Benítez", "290000.00", "2026-12-01", "2026-12-15")
inv("V135", "valentina", "0002-00000135", "Red Solidaria Rosario", "contacto@redsolidariarosario.org.ar", "company", "", "210000.00", "2026-12-10", "2026-12-30")
inv("V136", "valentina", "0002-00000136", "Propiedades Andes SpA", "contacto@propiedadesandes.cl", "company", "", "550.00", "2026-12-05", "2026-12-20", cur="USD")
inv("V137", "valentina", "0002-00000137", "Instituto de Idiomas Palermo", "administracion@idiomaspalermo.com.ar", "company", "", "380000.00", "2027-01-04", "2027-01-14")
inv("V138", "valentina", "0002-00000138", "Inmobiliaria Rambla", "administracion@inmobiliariarambla.com.uy", "company", "", "700.00", "2027-01-20", "2027-02-04", cur="USD")
inv("V139", "valentina", "0002-00000139", "El Guatón Sanguchero", "elguatonsanguchero@gmail.com", "person", "Rodrigo Muñoz", "450.00", "2027-01-25", "2027-02-09", cur="USD")
inv("V140", "valentina", "0002-00000140", "Sanguchón Móvil", "sanguchonmovil.lima@gmail.com", "person", "Jimena Quispe", "320.00", "2027-01-12", "2027-01-22", cur="USD")

# Camila Herrera – diseño, Ciudad de México – numbering CH-NNN
inv("C214", "camila", "CH-214", "Hospital Veterinario Cumbres", "pagos@vetcumbres.mx", "company", "", "8700.00", "2026-10-28", "2026-11-27")
inv("C217", "camila", "CH-217", "Club Deportivo Halcones de Puebla", "tesoreria@halconespuebla.mx", "company", "", "6960.00", "2026-11-05", "2026-12-05")
inv("C219", "camila", "CH-219", "Servicio Automotriz Hernández", "tallerhernandez.gdl@gmail.com", "person", "Beto Hernández", "5220.00", "2026-11-20", "2026-12-05")
inv("C221", "camila", "CH-221", "Vinícola Cielo de Guadalupe", "cuentasporpagar@cielodeguadalupe.mx", "company", "", "14500.00", "2026-12-02", "2027-01-01")
inv("C224", "camila", "CH-224", "Hospital Veterinario Cumbres", "pagos@vetcumbres.mx", "company", "", "4640.00", "2026-12-15", "2027-01-14")
inv("C226", "camila", "CH-226", "Servicio Automotriz Hernández", "tallerhernandez.gdl@gmail.com", "person", "Beto Hernández", "3480.00", "2027-01-12", "2027-01-27")
inv("L062", "lucia", "2026-062", "Taller Mecánico AutoSur", "taller@autosurgetafe.es", "company", "", "290.40", "2026-10-28", "2026-11-27")
inv("A119", "alvaro", "A-2026-0119", "Club Deportivo Benimaclet", "tresoreria@cdbenimaclet.org", "company", "", "605.00", "2026-11-09", "2026-12-09")
inv("M52", "marta", "MI/2026/52", "Academia Lingua Sur SL", "administracion@linguasur.es", "company", "", "847.00", "2026-12-14", "2027-01-13")

OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
IPHONE = ("X-Mailer", "iPhone Mail (22B91)")
TB = ("User-Agent", "Mozilla Thunderbird")

DISC_PEREZ = (
    "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo "
    "contener información confidencial sometida a secreto profesional. No está permitida su reproducción o "
    "distribución sin la autorización expresa de Bodegas Hermanos Pérez Ocaña, S.L. Si usted no es el destinatario "
    "final, por favor elimínelo e infórmenos por esta vía.\n"
    "En cumplimiento del Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos forman parte de un fichero "
    "responsabilidad de Bodegas Hermanos Pérez Ocaña, S.L. con la finalidad de gestionar la relación comercial. "
    "Puede ejercer sus derechos de acceso, rectificación, supresión y oposición dirigiéndose a "
    "lopd@bodegasperezocana.es.")

SIG_PEREZ = ("Departamento de Administración – Proveedores\nBodegas Hermanos Pérez Ocaña, S.L.\n"
             "C/ Porvera, 31 – 11403 Jerez de la Frontera (Cádiz)\nTel. 956 34 12 09")

# ==============================================================================================
# CLIENT REPLIES – PAID
# ==============================================================================================

def paid():
    th = thread("L044", "reminder", "2026-11-18 09:02")
    reply(L("client-reply-paid", "one-word 'Hecho!!' from iPhone, apologises; asks to confirm arrival but the claim is paid"),
          th, ("Rocío Navas", "rizos.peluqueria@hotmail.es"), "2026-11-19 21:47", "Europe/Madrid",
          "Hecho!! 🙈 perdona guapa, con tanta boda de otoño y tanto recogido se me pasó por completo. "
          "Ya me dirás si te ha llegado bien.\n\nBesos,\nRocío\n\nEnviado desde mi iPhone",
          style="apple", agent=IPHONE)

    th = thread("A108", "reminder", "2026-11-16 08:30")
    reply(L("client-reply-paid", "accounts of a car workshop: transfer made today with the amount, PDF receipt attached; Outlook HTML+text",
            amount="1210.00"),
          th, ("Amparo Ferrer", "administracion@talleresferrer.es"), "2026-11-17 10:12", "Europe/Madrid",
          "Buenos días Álvaro,\n\nTransferencia realizada hoy por importe de 1.210,00 €. Te adjunto el justificante.\n\n"
          "Disculpa el retraso, estuvimos con el cierre del trimestre y se nos acumuló todo.\n\nUn saludo,\n\n"
          "Amparo Ferrer\nAdministración\nTalleres Hermanos Ferrer, S.L.\nAvda. de la Industria, 14 · 46980 Paterna (Valencia)\n"
          "Tel. 961 32 45 78",
          style="outlook", fmt="alt", prefix="RE: ", agent=OUTLOOK,
          attachments=[file_part(fake_pdf("Justificante transferencia 17/11/2026 1.210,00 EUR"), "application/pdf",
                                 "Justificante_20261117.pdf")])

    th = thread("J118", "due", "2026-11-13 08:15")
    reply(L("client-reply-paid", "winery admin, Catalan slip ('Ja està!') then explains it left with Friday's payment run; crossed with the reminder",
            reference="F26-118"),
          th, ("Núria Bosch", "administracio@masclara.cat"), "2026-11-16 09:41", "Europe/Madrid",
          "Hola Jordi,\n\nJa està! Perdona, que se me escapa el catalán. Que ya está: la F26-118 salió con la remesa "
          "del viernes, el mismo día de tu correo, así que se han cruzado. Te debería llegar hoy o mañana.\n\n"
          "Las fotos de la vendimia han quedado espectaculares, el distribuidor de Suiza está encantado.\n\n"
          "Salut,\nNúria Bosch\nAdministració · Celler Mas Clarà\nCtra. de Pau, km 3 · 17494 Vilajuïga",
          style="thunder", agent=TB)

    th = thread("L063", "due", "2026-12-11 08:40")
    reply(L("client-reply-paid", "NGO treasurer: transfer made this morning, then asks to reissue the invoice to the Foundation (request, not a dispute)",
            amount="484.00"),
          th, ("Inés Carrasco", "tesoreria@manosabiertas.org"), "2026-12-14 11:20", "Europe/Madrid",
          "Hola Lucía:\n\nHemos hecho la transferencia esta mañana desde la cuenta de la asociación (484 €).\n\n"
          "Una cosa: ¿nos podrías rehacer la factura a nombre de la Fundación Manos Abiertas en vez de la Asociación? "
          "Es que el cartel va con cargo a la subvención de la Fundación y el auditor nos lo va a pedir así. Si no se "
          "puede, lo entiendo, pero nos harías un favor.\n\nGracias por todo, el cartel ha quedado precioso y ya lo "
          "hemos colgado en todos los centros cívicos del distrito.\n\nUn abrazo,\nInés Carrasco\n"
          "Tesorera – Asociación Manos Abiertas",
          style="gmail", fmt="alt")

    th = thread("J124", "reminder", "2026-12-02 08:10")
    reply(L("client-reply-paid", "swimming club secretary: 'pagado ayer', treasurer was on sick leave; Catalan thanks at the end"),
          th, ("Josep Maria Vilà", "secretaria@cnsantfeliu.cat"), "2026-12-03 19:05", "Europe/Madrid",
          "Jordi, pagado ayer. Perdona de verdad, el tesorero ha estado de baja tres semanas (operación de rodilla, "
          "nada grave) y nadie más tenía las claves del banco.\n\nGràcies per la paciència!\n\n"
          "Josep Maria Vilà\nSecretari – CN Sant Feliu",
          style="gmail", cte="8bit")

    th = thread("M37", "reminder", "2026-11-09 09:00")
    reply(L("client-reply-paid", "paid together with another invoice in one transfer; the amount stated is the combined transfer; the number named (MI/2026/34) is the OTHER invoice, so no reference",
            amount="1161.60"),
          th, ("Pilar Romero", "administracion@linguasur.es"), "2026-11-10 13:15", "Europe/Madrid",
          "Hola Marta,\n\nTe confirmo que está abonada. Te la pagamos el día 3 en la misma transferencia que la "
          "MI/2026/34, por eso igual no la localizas: fue una sola transferencia de 1.161,60 € con el concepto "
          "\"Marta Iglesias facturas sept-oct\".\n\nSi necesitas el justificante me dices.\n\nSaludos,\n\n"
          "Pilar Romero\nDpto. Administración\nAcademia Lingua Sur\nC/ Asunción, 52 · 41011 Sevilla",
          style="outlook_old", prefix="RE: ", charset="windows-1252", cte="quoted-printable", agent=OUTLOOK)

    # P7: forwarded bank confirmation, not in the thread
    th7 = thread("L052", "reminder", "2026-12-07 09:05")
    fwd = ("Buenos días Lucía, te reenvío el justificante de la transferencia de tu factura. Un saludo.\n\n"
           "Esther\nRecepción – Clínica Veterinaria San Antón\n\n"
           "-----Mensaje original-----\nDe: CaixaBank <notificaciones@caixabank.com>\n"
           "Enviado el: miércoles, 9 de diciembre de 2026 9:58\nPara: recepcion@vetsananton.es\n"
           "Asunto: Confirmación de transferencia\n\nCaixaBank\n\n"
           "Le confirmamos que se ha realizado la siguiente operación:\n\n"
           "Tipo de operación: Transferencia SEPA\nCuenta de cargo: ES•• •••• •••• •••• •••• 4410\n"
           "Beneficiario: LUCIA MARTIN GIL\nCuenta de abono: ES12 2100 0813 6102 0045 7781\n"
           "Importe: 968,00 EUR\nConcepto: FACTURA 2026-052\nFecha de ejecución: 09/12/2026\n\n"
           "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.")
    reply(L("client-reply-paid", "vet clinic reception forwards its bank's transfer confirmation as a NEW message (no In-Reply-To), 'RV:'; amount and invoice number only inside the forwarded receipt",
            amount="968.00", reference="2026-052"),
          None, ("Clínica Veterinaria San Antón", "recepcion@vetsananton.es"), "2026-12-09 10:03", "Europe/Madrid",
          fwd, subject="RV: Confirmación de transferencia", to=A("Lucía Martín", "lucia@martinestudio.es"),
          style="none", mstyle="outlook", charset="iso-8859-1", encode_as="cp1252", agent=OUTLOOK)
    del th7

    th = thread("M46", "due", "2026-11-26 08:30")
    reply(L("client-reply-paid", "three words from Android, 'pagado, perdona'"),
          th, ("Rafael Ortega", "info@inmogiralda.es"), "2026-11-27 08:12", "Europe/Madrid",
          "pagado, perdona\n\nEnviado desde mi Android", style="android")

    th = thread("A117", "due", "2026-12-02 08:20")
    reply(L("client-reply-paid", "food truck: paid by Bizum to avoid bank fee, asks to confirm it arrived; colloquial 'llegao', no quote",
            amount="338.80"),
          th, ("Xavi Martí", "bocadosdelturia@gmail.com"), "2026-12-03 16:40", "Europe/Madrid",
          "Ey Álvaro! Te acabo de hacer un Bizum de 338,80, que por transferencia mi banco me clava 2 pavos de "
          "comisión jaja. Confírmame que te ha llegao porfa, que el Bizum ese a veces va como quiere.\n\n"
          "Xavi\nBocados del Turia 🌯🚚",
          style="none", mstyle="gmail", cte="8bit")

    th = thread("J121", "reminder", "2026-11-25 08:00")
    reply(L("client-reply-paid", "long chatty mail from a rural-house owner about bookings, the dog and a video quote; one sentence says the husband paid on Tuesday"),
          th, ("Montse Pujol", "canpujol.garrotxa@gmail.com"), "2026-11-26 22:30", "Europe/Madrid",
          "Hola Jordi!!\n\nQué alegría recibir noticias tuyas, aunque sea por la factura jaja. Te cuento: las fotos que "
          "hiciste de las habitaciones las hemos puesto en Booking y en la web y no te lo vas a creer, en dos semanas "
          "hemos llenado todos los fines de semana de diciembre. La de la chimenea con la Lluna (la perra) delante es "
          "la que más gusta, la gente pregunta si la perra viene incluida 😂\n\n"
          "Por cierto, lo de la factura ya lo hizo mi marido el martes desde la cuenta de la casa, me ha dicho que sí, "
          "que lo hizo, así que te tendría que haber llegado ya. Si no es así dímelo y le riño.\n\n"
          "Otra cosa: en primavera queremos hacer un vídeo corto para Instagram con los campos de colza en flor, "
          "¿tú haces vídeo también? Ya me dirás precio.\n\n"
          "Un abrazo muy fuerte y a ver si os pasáis un finde, que invitamos nosotros.\n\n"
          "Montse\nCan Pujol · Turisme rural a la Garrotxa\nwww.canpujol.cat",
          style="gmail", fmt="alt")

    th = thread("V127", "due", "2026-11-16 10:00")
    reply(L("client-reply-paid", "Argentine language academy, voseo ('fijate'), paid by Mercado Pago this morning, states the amount",
            amount="380000.00", currency="ARS"),
          th, ("Florencia Ledesma", "administracion@idiomaspalermo.com.ar"), "2026-11-17 11:05",
          "America/Argentina/Buenos_Aires",
          "Hola Vale, ¿cómo andás?\n\nYa te transferí esta mañana por Mercado Pago los $380.000, fijate si te llegó. "
          "Perdoname la demora pero estuvimos con los exámenes internacionales y no di abasto.\n\nBesos,\nFlor\n—\n"
          "Florencia Ledesma\nCoordinación administrativa\nInstituto de Idiomas Palermo\nThames 1820, CABA",
          style="gmail", fmt="alt")

    th = thread("C214", "reminder", "2026-11-30 10:00")
    reply(L("client-reply-paid", "Mexican vet hospital: SPEI done today, MXN amount with Mexican separators, PNG screenshot attached, base64 body",
            amount="8700.00", currency="MXN", reference="CH-214"),
          th, ("Mariana Garza Treviño", "pagos@vetcumbres.mx"), "2026-12-01 13:22", "America/Monterrey",
          "Buenas tardes Camila,\n\nYa quedó el pago de la factura CH-214, se realizó por SPEI hoy a las 13:05 por "
          "$8,700.00 pesos. Te comparto el comprobante en la imagen adjunta, la clave de rastreo viene ahí.\n\n"
          "Cualquier cosa quedo a tus órdenes.\n\nSaludos cordiales,\n\nLic. Mariana Garza Treviño\nAdministración\n"
          "Hospital Veterinario Cumbres\nAv. Paseo de los Leones 2390, Cumbres, Monterrey, N.L.\nTel. 81 8300 1122",
          style="gmail", fmt="alt", cte="base64",
          attachments=[file_part(fake_png("spei-ch214"), "image/png", "comprobante_spei.png")])

    th = thread("M44", "late_fee", "2026-11-27 09:00", deadline="2026-12-07", fees_days=6)
    body = ("Estimada Sra. Iglesias:\n\nEn respuesta a su correo, le informamos de que la factura MI/2026/44 fue "
            "incluida en la remesa de pagos a proveedores del pasado día 25 de noviembre, por lo que el importe "
            "debería estar ya en su cuenta o ingresarse en las próximas 24-48 horas según su entidad.\n\n"
            "Rogamos disculpe las molestias.\n\nAtentamente,\n\n" + SIG_PEREZ + "\n\n" + DISC_PEREZ)
    reply(L("client-reply-paid", "winery accounts payable, HTML-only Outlook in windows-1252: invoice was included in the supplier payment run of the 25th (past) = paid; long legal/GDPR footer",
            reference="MI/2026/44"),
          th, ("Proveedores Bodegas Pérez Ocaña", "proveedores@bodegasperezocana.es"), "2026-11-30 12:47", "Europe/Madrid",
          body, style="outlook", fmt="html", prefix="RE: ", charset="windows-1252", agent=OUTLOOK)

    th = thread("A112", "reminder", "2026-12-03 08:00")
    reply(L("client-reply-paid", "club secretary: board approved, treasurer transferred yesterday; then asks for a call about new app features"),
          th, ("Quique Sanchis", "junta@cdbenimaclet.org"), "2026-12-04 20:15", "Europe/Madrid",
          "Hola Álvaro,\n\nTe comento: la junta aprobó el pago el jueves pasado en la reunión mensual y Vicent (el "
          "tesorero) hizo la transferencia ayer por la tarde, así que se habrá cruzado con tu correo. Si el lunes no lo "
          "ves, avísame.\n\nY ya que estamos: para la temporada que viene queremos meter en la app lo de los carnets "
          "digitales de socio con QR para entrar al campo. ¿Lo podemos hablar un día de la semana que viene? Yo por las "
          "tardes a partir de las 18 h estoy siempre en el club.\n\nSalut i força Benimaclet! ⚽\n\n"
          "Quique Sanchis\nSecretario – C.D. Benimaclet",
          style="gmail")

    th = thread("L061", "reminder", "2026-11-30 09:00")
    reply(L("client-reply-paid", "real-estate admin: paid since 20 Nov (before due), asks to check statements; iso-8859-1 declared with Windows-1252 bytes (en dash, curly quotes)",
            reference="2026-061"),
          th, ("Beatriz Salcedo", "admon@castellanahomes.es"), "2026-12-01 17:32", "Europe/Madrid",
          "Hola Lucía,\n\nEsa factura está pagada desde el 20 de noviembre – de hecho se pagó antes del vencimiento. "
          "Por favor revisa tus movimientos del día 20 o 21; el concepto que pusimos es “CASTELLANA HOMES PROV "
          "2026-061”.\n\nSi no te aparece dímelo y lo reclamamos al banco, pero nosotros la tenemos cargada en "
          "cuenta.\n\nUn saludo,\n\nBeatriz Salcedo\nAdministración\nCastellana Homes Inmobiliaria\n"
          "Pº de la Castellana 141, 4ª planta · 28046 Madrid\nT. 91 555 23 40 · www.castellanahomes.es\n\n"
          "Antes de imprimir este correo electrónico, piense bien si es necesario hacerlo.",
          style="outlook_old", prefix="RE: ", charset="iso-8859-1", encode_as="cp1252", agent=OUTLOOK)

    th = thread("A115", "reminder", "2026-11-24 08:45")
    reply(L("client-reply-paid", "hairdresser writes ALL CAPS without accents: paid since Monday"),
          th, ("Carmen Lloret", "carmenestilistas@hotmail.com"), "2026-11-25 10:02", "Europe/Madrid",
          "BUENOS DIAS ALVARO\nYA ESTA PAGADO DESDE EL LUNES POR LA MAÑANA, FUI YO MISMA AL BANCO.\nUN SALUDO\nCARMEN",
          style="outlook", mstyle="hotmail", prefix="RE: ")

    th = thread("M41", "promise_followup", "2026-12-21 09:00", promise_date="2026-12-15")
    reply(L("client-reply-paid", "answer to a promise follow-up: transfer was made on 14 Dec, receipt attached, explains the unusual payment reference"),
          th, ("Rosario Jiménez", "acogesur@gmail.com"), "2026-12-22 09:37", "Europe/Madrid",
          "Buenos días Marta,\n\nDisculpa, tendría que haberte avisado: la transferencia se hizo el lunes 14 de "
          "diciembre, un día antes de lo que te dije. Te adjunto el justificante que nos da el banco (Caja Rural del "
          "Sur). Pusimos como concepto \"Traduccion memoria Acoge Sur\" porque no me cabía el número de factura, igual "
          "por eso no la has relacionado.\n\nGracias por tu paciencia y por la traducción, que la memoria en inglés nos "
          "ha abierto la puerta a una convocatoria europea.\n\nUn saludo,\nRosario Jiménez\nTesorería – Asociación Acoge Sur",
          style="gmail", fmt="alt",
          attachments=[file_part(fake_pdf("Caja Rural del Sur - Orden de transferencia 14/12/2026"), "application/pdf",
                                 "justificante transferencia.pdf".replace(" ", "_"))])

    th = thread("J130", "reminder", "2026-12-09 08:00")
    reply(L("client-reply-paid", "mechanic's daughter: her father says he paid it in cash when the photographer came; a paid claim without a transfer",
            amount="423.50"),
          th, ("Anna Roca", "tallergermansroca@gmail.com"), "2026-12-10 13:50", "Europe/Madrid",
          "Hola Jordi, soy la Anna, la hija del Pere. Me ha dicho mi padre que te lo pagó en mano, los 423,50, el día "
          "que viniste a hacer las fotos del Seat 600 para el calendario. Dice que te dio el sobre en el taller delante "
          "del Quim. ¿No te acuerdas? Igual lo tienes en algún bolsillo de la chaqueta jaja.\n\n"
          "Si te hace falta que te firme algo o lo que sea me dices.\n\n"
          "Anna Roca\nTaller Germans Roca – Mecànica i xapa – Banyoles",
          style="gmail")

    th = thread("L065", "due", "2026-11-30 09:10")
    reply(L("client-reply-paid", "Colombian foundation, formal register ('el día de ayer', 'quedamos atentos'): international transfer sent yesterday, amount in words and figures; Ley 1581 footer",
            amount="605.00"),
          th, ("Diana Marcela Rincón", "contabilidad@semillasdepaz.org.co"), "2026-12-02 10:15", "America/Bogota",
          "Estimada Lucía, reciba un cordial saludo.\n\nLe informo que el día de ayer se realizó el giro internacional "
          "por valor de seiscientos cinco euros (EUR 605,00) a la cuenta indicada en la factura, a través de nuestra "
          "cuenta en Bancolombia. Según el banco puede tardar entre 2 y 3 días hábiles en verse reflejado.\n\n"
          "Quedamos atentos a cualquier inquietud.\n\nCordialmente,\n\nDiana Marcela Rincón\n"
          "Coordinadora Administrativa y Financiera\nFundación Semillas de Paz\nCalle 45 # 13-21, Bogotá D.C., Colombia\n"
          "PBX (601) 345 6789\n\nEste mensaje y sus anexos son confidenciales y de uso exclusivo del destinatario. Si "
          "usted lo ha recibido por error, por favor notifique inmediatamente al remitente y elimínelo. Fundación "
          "Semillas de Paz garantiza el tratamiento de datos personales conforme a la Ley 1581 de 2012.",
          style="outlook", fmt="alt", prefix="RE: ", agent=OUTLOOK)

    th = thread("V130", "reminder", "2026-12-04 11:00")
    reply(L("client-reply-paid", "Chilean food truck ('po', 'bacanes'): paid 450 dollars by PayPal on Saturday, asks to check",
            amount="450.00", currency="USD"),
          th, ("Rodrigo Muñoz", "elguatonsanguchero@gmail.com"), "2026-12-07 23:12", "America/Santiago",
          "Hola Vale!! Disculpa la demora, ya te pagué po, te mandé los 450 dólares por PayPal el sábado, revisa porfa. "
          "Estuvimos a full con las ferias navideñas y se me pasó completamente.\n\n"
          "Oye y las fotos de los sánguches nuevos quedaron bacanes, la gente en IG está vuelta loca con el chacarero 🔥\n\n"
          "Saludos!\nRodrigo\nEl Guatón Sanguchero 🥪🚚",
          style="gmail", fmt="alt")

    th = thread("L067", "reminder", "2026-12-10 09:00")
    reply(L("client-reply-paid", "Canarian rural house ('mi niña', 'to' el día'), paid yesterday from Cajasiete; Samsung forward-style quote; Atlantic/Canary time zone"),
          th, ("Carmela Pérez", "casarurallacaldera@gmail.com"), "2026-12-11 09:20", "Atlantic/Canary",
          "Buenas mi niña!\n\nYa te lo pagué ayer por la tarde, salió de la cuenta de Cajasiete, así que mañana o el "
          "lunes lo tienes. Perdona la tardanza, que con las lluvias de la semana pasada se nos mojó medio cuarto de "
          "aperos y anduvimos to' el día arreglando.\n\nLas fotos nuevas y la web están quedando muy bonitas, mi hija "
          "dice que parece un hotel de lujo jajaja.\n\nUn besito desde La Palma,\nCarmela\n\nEnviado desde mi Samsung Galaxy",
          style="android")

    th = thread("L055", "late_fee", "2026-12-09 09:00", deadline="2026-12-18", fees_days=20)
    reply(L("client-reply-paid", "the client's external accountant (other domain, cc the winery) answers a late-fee reminder: paid in full on 2 Dec, receipt attached, asks to copy them in future",
            amount="2420.00", reference="2026-055"),
          th, ("Raquel Arranz", "raquel@arranzasesores.es"), "2026-12-10 11:00", "Europe/Madrid",
          "Buenos días, Sra. Martín:\n\nLe escribo desde Arranz Asesores, la gestoría que lleva la contabilidad de "
          "Bodegas Viña Zarza. La factura 2026-055 se abonó mediante transferencia el pasado 2 de diciembre por su "
          "importe íntegro de 2.420,00 €; le adjunto el justificante bancario. Entendemos que se trata de un cruce de "
          "fechas.\n\nLe agradeceríamos que, en adelante, remitan las facturas con copia a contabilidad@arranzasesores.es "
          "para evitar retrasos.\n\nAtentamente,\n\nRaquel Arranz\nArranz Asesores – Gestoría y asesoría fiscal\n"
          "C/ Santiago 12, 1º · 47001 Valladolid\nTel. 983 20 44 11",
          style="outlook", fmt="alt", prefix="RE: ", agent=OUTLOOK,
          cc=A("Bodegas Viña Zarza – Administración", "administracion@vinazarza.com"),
          attachments=[file_part(fake_pdf("Transferencia 02/12/2026 2.420,00 EUR Bodegas Vina Zarza"), "application/pdf",
                                 "TRF_021226_VINAZARZA.pdf")])

    th = thread("A123", "due", "2026-12-11 08:30")
    sig = ("\n\nMaite Gil\nDepartamento de Contabilidad\nInmobiliaria Mediterránea Levante, S.L.\n"
           "C/ Colón 48, 6º · 46004 Valencia\nTel. 963 51 77 20 · www.inmomediterranea.es\n\n"
           "Este mensaje se dirige exclusivamente a su destinatario y puede contener información privilegiada o "
           "confidencial. Si no es vd. el destinatario indicado, queda notificado de que la utilización, divulgación "
           "y/o copia sin autorización está prohibida en virtud de la legislación vigente. Si ha recibido este mensaje "
           "por error, le rogamos que nos lo comunique inmediatamente por esta misma vía y proceda a su destrucción.\n\n"
           "De conformidad con el RGPD y la LOPDGDD, le informamos de que sus datos serán tratados por INMOBILIARIA "
           "MEDITERRÁNEA LEVANTE, S.L. con la finalidad de mantener la relación comercial.")
    reply(L("client-reply-paid", "single word 'Efectuado.' above a signature and a disclaimer many times longer than the message"),
          th, ("Maite Gil", "contabilidad@inmomediterranea.es"), "2026-12-15 09:03", "Europe/Madrid",
          "Efectuado.\n\nSaludos." + sig, style="outlook", fmt="alt", prefix="RE: ", agent=OUTLOOK)

    th = thread("C219", "reminder", "2026-12-08 10:30")
    reply(L("client-reply-paid", "Guadalajara mechanic ('que onda', 'chécalo'): deposited at an OXXO to her card yesterday, asks to check",
            amount="5220.00", currency="MXN"),
          th, ("Beto Hernández", "tallerhernandez.gdl@gmail.com"), "2026-12-09 19:40", "America/Mexico_City",
          "Que onda Cami, ya te deposité en el Oxxo a tu tarjeta ayer en la tarde, son los 5,220 de la factura. Chécalo "
          "y me dices si sí te llegó porque el chavo del Oxxo no me quiso dar el ticket bien impreso jaja.\n\n"
          "Saludos del taller,\nBeto\n\nEnviado desde mi iPhone",
          style="apple", agent=IPHONE)

    th = thread("L047", "due", "2026-12-02 08:30")
    reply(L("client-reply-paid", "'Perdón x3. Ya está.': scheduled transfer was waiting for the partner's signature, went out today"),
          th, ("Elena Vidal", "administracion@speakupalcala.es"), "2026-12-03 18:55", "Europe/Madrid",
          "Perdón, perdón, perdón. 🙏\n\nYa está. Tenía la transferencia programada desde el día 25 pero se quedó en "
          "\"pendiente de firma\" porque hace falta la firma de mi socia y ella estaba en Dublín con un grupo de "
          "alumnos. Hoy por fin la ha firmado desde el móvil y ha salido.\n\nMil disculpas, Lucía. Y gracias por la "
          "web, los padres nos están felicitando.\n\nElena Vidal\nDirectora – Academia de Idiomas Speak Up\nAlcalá de Henares",
          style="gmail", fmt="alt")

    th = thread("V131", "reminder", "2026-12-11 10:00")
    reply(L("client-reply-paid", "Uruguayan sports club: treasury 'liquidó' the invoice last Friday by international transfer",
            amount="600.00", currency="USD", reference="0002-00000131"),
          th, ("Martín Olivera", "tesoreria@clubpocitos.com.uy"), "2026-12-14 10:30", "America/Montevideo",
          "Estimada Valentina:\n\nTe confirmo que tesorería liquidó la factura 0002-00000131 el viernes pasado por "
          "transferencia internacional (USD 600). Puede demorar un par de días hábiles en acreditarse por el banco "
          "corresponsal.\n\nSaludos cordiales,\n\nMartín Olivera\nSecretaría – Club Atlético Pocitos\nMontevideo, Uruguay",
          style="thunder", agent=TB)

    th = thread("J704", "due", "2027-01-28 08:00")
    reply(L("client-reply-paid", "burger truck: 'Fet! Bueno, hecho', paid by Bizum, amount in slang ('363 pavos')",
            amount="363.00"),
          th, ("Dani Ferrer", "hola@brasaonwheels.com"), "2027-01-29 15:10", "Europe/Madrid",
          "Fet! Bueno, hecho 😅 Te lo he pasado por Bizum al número que sale en la factura, 363 pavos. Si no te llega "
          "dímelo que lo miro.\n\nDani\nBrasa on Wheels 🔥🍔",
          style="apple", agent=IPHONE)


# ==============================================================================================
# CLIENT REPLIES – PROMISE
# ==============================================================================================

def promise():
    th = thread("J133", "due", "2026-11-24 08:30")
    reply(L("client-reply-promise", "Tuesday mail: 'el jueves te lo paso sin falta' -> Thursday 26 Nov",
            promised_date="2026-11-26"),
          th, ("Laia Serra", "glam.perruqueria@gmail.com"), "2026-11-24 12:40", "Europe/Madrid",
          "Hola Jordi! Perdona, este mes voy justa. El jueves te lo paso sin falta, que me ingresan lo de las clientas "
          "del bono.\nLaia", style="gmail", cte="8bit")

    th = thread("L041", "reminder", "2026-11-06 09:15")
    reply(L("client-reply-promise", "rural house owner with no cash: will pay once the December long-weekend bookings are collected; no date (vague)"),
          th, ("Mariano Gil", "reservas@casaruralelroble.es"), "2026-11-09 20:10", "Europe/Madrid",
          "Buenas tardes Lucía:\n\nTienes toda la razón y te pido disculpas. Te soy sincero: ahora mismo estamos sin "
          "liquidez porque octubre ha sido malísimo (llovió todos los fines de semana y tuvimos cancelaciones). En "
          "cuanto cobre las reservas del puente de diciembre, que ya tengo la casa llena, te pago la factura entera.\n\n"
          "La web está funcionando de maravilla, eso sí. Las reservas del puente han entrado casi todas por ahí.\n\n"
          "Un saludo,\nMariano Gil\nCasa Rural El Roble – Vinuesa (Soria)\nTel. 975 37 80 12",
          style="thunder", agent=TB)

    th = thread("A120", "due", "2026-12-02 08:00")
    reply(L("client-reply-promise", "language school: 'la pagamos antes del 20' -> by 20 Dec",
            promised_date="2026-12-20"),
          th, ("Sonia Ferrando", "admin@oxfordhouseruzafa.es"), "2026-12-02 11:25", "Europe/Madrid",
          "Buenos días Álvaro:\n\nLa pagamos antes del 20, que es cuando terminamos de cobrar las cuotas de diciembre "
          "de los alumnos. Ya está dada de alta en el programa de contabilidad.\n\nUn saludo,\n"
          "Sonia Ferrando\nAdministración – Oxford House Ruzafa",
          style="outlook", fmt="alt", prefix="RE: ", agent=OUTLOOK)

    th = thread("M39", "reminder", "2026-12-10 09:00")
    reply(L("client-reply-promise", "vet clinic: 'a final de mes sin falta' -> 31 Dec",
            promised_date="2026-12-31"),
          th, ("Inma Caro", "clinica@vetlosnaranjos.es"), "2026-12-11 14:05", "Europe/Madrid",
          "Hola Marta,\n\nPerdona, con la campaña de vacunación antirrábica no hemos tenido ni un minuto. A final de "
          "mes sin falta te la pagamos, que es cuando se hacen todos los pagos a proveedores.\n\nUn saludo,\nInma\n"
          "Clínica Veterinaria Los Naranjos\nUrgencias 24 h: 954 61 20 33",
          style="gmail", fmt="alt")

    th = thread("J127", "due", "2026-11-18 08:00")
    reply(L("client-reply-promise", "estate agency accounts: 'entra en la remesa del día 25' -> 25 Nov",
            promised_date="2026-11-25", reference="F26-127"),
          th, ("Gemma Roura", "comptabilitat@costabravallar.com"), "2026-11-19 09:30", "Europe/Madrid",
          "Bon dia Jordi,\n\nTenemos la factura F26-127 registrada. Entra en la remesa del día 25, como todas las "
          "facturas de proveedores de este mes.\n\nSalutacions,\n\nGemma Roura\nDepartament de Comptabilitat\n"
          "Costa Brava Llar Immobiliària, S.L.\nAv. de Sant Joan 22 · 17250 Platja d'Aro",
          style="outlook", prefix="RE: ", agent=OUTLOOK)

    th = thread("V135", "reminder", "2027-01-08 10:00")
    reply(L("client-reply-promise", "Rosario NGO waiting for a municipal grant: 'apenas entre, a primeros de mes seguramente' -> vague, no date"),
          th, ("Lorena Acosta", "contacto@redsolidariarosario.org.ar"), "2027-01-11 16:20", "America/Argentina/Buenos_Aires",
          "Hola Valentina, ¿cómo estás? ¡Feliz año!\n\nTe escribo por la factura. Estamos esperando que entre el "
          "subsidio de la Municipalidad, que se atrasó por el cambio de gestión. Apenas entre, a primeros de mes "
          "seguramente, te pagamos. Sabemos que no es tu problema, pero somos una organización chica y vivimos de eso.\n\n"
          "Mil gracias por la paciencia y por todo lo que hiciste con la campaña de Navidad, juntamos más alimentos que "
          "nunca.\n\nAbrazo grande,\nLorena Acosta\nRed Solidaria Rosario",
          style="gmail", fmt="alt")

    th = thread("L058", "reminder", "2026-12-14 09:00")
    reply(L("client-reply-promise", "football school, Wednesday: 'el lunes que viene te lo pago' -> Monday 21 Dec",
            promised_date="2026-12-21"),
          th, ("Antonio Merino", "cdvallecasfb@gmail.com"), "2026-12-16 21:45", "Europe/Madrid",
          "Hola Lucía, soy Antonio, el de la escuela de fútbol. El lunes que viene te lo pago, que esta semana tenemos "
          "el torneo de Navidad y estoy liado con los trofeos y las camisetas. Perdona!!\n\nAntonio Merino\nCD Vallecas FB",
          style="gmail")

    th = thread("L066", "reminder", "2026-12-03 09:00")
    reply(L("client-reply-promise", "food truck: 'la semana que viene te lo pago' -> vague, no promised_date; chatty with emoji"),
          th, ("Yolanda Prieto", "lagorditarodante@gmail.com"), "2026-12-04 23:05", "Europe/Madrid",
          "Holaaa Lucía! Perdona perdona, la semana que viene te lo pago que esta hemos estado en el mercadillo "
          "navideño de Matadero y no he parado ni para respirar 😅\nLas pegatinas nuevas del camión ya las tenemos "
          "puestas y la gente se hace fotos con ellas!!\nYoli 🌮",
          style="apple", agent=IPHONE)

    th = thread("C221", "reminder", "2027-01-11 10:00")
    reply(L("client-reply-promise", "Baja California winery AP: scheduled for 'el viernes 22 de enero'; America/Tijuana; base64 body",
            promised_date="2027-01-22", reference="CH-221"),
          th, ("Ricardo Salcido", "cuentasporpagar@cielodeguadalupe.mx"), "2027-01-12 10:40", "America/Tijuana",
          "Camila, buen día.\n\nNuestro departamento de cuentas por pagar programa los pagos a proveedores los viernes. "
          "Su factura CH-221 quedó programada para el viernes 22 de enero; el pago se hace por SPEI, así que se refleja "
          "el mismo día.\n\nUna disculpa por el retraso, en diciembre cerramos por inventario de fin de año.\n\n"
          "Saludos,\nIng. Ricardo Salcido\nAdministración\nVinícola Cielo de Guadalupe\n"
          "Carretera Tecate-Ensenada km 81, Valle de Guadalupe, B.C.",
          style="gmail", fmt="alt", cte="base64")

    th = thread("L069", "reminder", "2027-01-15 09:00")
    reply(L("client-reply-promise", "Monday: 'Hoy no puedo ... El jueves te la pago' -> Thursday 21 Jan (not today)",
            promised_date="2027-01-21"),
          th, ("Julián Gómez", "talleresgomez@telefonica.net"), "2027-01-18 09:15", "Europe/Madrid",
          "Buenos días Lucía. Hoy no puedo, que tengo la cuenta a cero hasta que me paguen dos seguros. El jueves te "
          "la pago.\nUn saludo, Julián Gómez",
          style="thunder", charset="iso-8859-1", encode_as="cp1252", cte="8bit",
          agent=("User-Agent", "Roundcube Webmail/1.6.9"))

    th = thread("M703", "reminder", "2027-01-27 09:00")
    reply(L("client-reply-promise", "sent 23:40 Madrid: 'mañana a primera hora te hago la transferencia' -> 28 Jan",
            promised_date="2027-01-28"),
          th, ("Rafael Ortega", "info@inmogiralda.es"), "2027-01-27 23:40", "Europe/Madrid",
          "Marta, perdona, acabo de ver tu correo. Mañana a primera hora te hago la transferencia, que ahora desde casa "
          "no tengo la tarjeta de coordenadas.\nRafael Ortega\n\nEnviado desde mi iPhone",
          style="apple", agent=IPHONE)

    th = thread("A705", "due", "2027-02-03 08:00")
    reply(L("client-reply-promise", "'no podemos pagar antes del 28 ... El 28 sale seguro' -> 28 Feb",
            promised_date="2027-02-28"),
          th, ("Quique Sanchis", "junta@cdbenimaclet.org"), "2027-02-04 13:30", "Europe/Madrid",
          "Hola Álvaro,\n\nLo he hablado con Vicent y no podemos pagar antes del 28: hasta que no se cobren las cuotas "
          "del segundo trimestre de la escuela no hay saldo en la cuenta. El 28 sale seguro.\n\nPerdona las molestias.\n\nQuique",
          style="gmail")

    th = thread("J131", "statement", "2026-12-22 09:00", deadline="2026-12-31",
                invoices=[INV["J131"], INV["J136"]], subject="Facturas pendientes – Jordi Puig Fotografia")
    reply(L("client-reply-promise", "statement of two invoices: F26-131 already paid on Monday, F26-136 will be paid on 10 January -> promise (two invoices: paid + promise = promise)",
            promised_date="2027-01-10", reference="F26-136"),
          th, ("Núria Bosch", "administracio@masclara.cat"), "2026-12-23 10:05", "Europe/Madrid",
          "Hola Jordi,\n\nTe respondo a las dos:\n- La F26-131 ya está pagada, salió el lunes con la remesa de "
          "proveedores (290,40 €).\n- La F26-136 la pagamos el 10 de enero. Antes de Navidad no llegamos, hemos tenido "
          "que adelantar el pago de las botellas y los tapones.\n\nBones festes!\nNúria Bosch\nAdministració · Celler Mas Clarà",
          style="thunder", agent=TB)

    th = thread("V129", "due", "2026-11-26 10:00")
    reply(L("client-reply-promise", "Buenos Aires vet, Friday: 'te pago el lunes', online banking daily limit reached -> Monday 30 Nov",
            promised_date="2026-11-30"),
          th, ("Sofía Benítez", "veterinariapatitas@gmail.com"), "2026-11-27 18:50", "America/Argentina/Buenos_Aires",
          "Hola Valentina, te pago el lunes. Hoy quise transferirte pero el home banking me dice que superé el límite "
          "diario, y con lo de Black Friday compramos alimento balanceado para todo el mes. El lunes a primera hora sin "
          "falta.\nSofía\nVeterinaria Patitas – Caballito",
          style="gmail", fmt="alt")

    th = thread("M48", "reminder", "2026-11-30 09:00")
    reply(L("client-reply-promise", "'entra en el pago del día 5' (sent 1 Dec) -> 5 Dec",
            promised_date="2026-12-05"),
          th, ("Pilar Romero", "administracion@linguasur.es"), "2026-12-01 10:20", "Europe/Madrid",
          "Hola Marta:\nEsta entra en el pago del día 5, que es cuando pagamos a todos los colaboradores. No te "
          "preocupes, está aprobada.\nSaludos,\nPilar Romero\nAdministración – Academia Lingua Sur",
          style="outlook_old", prefix="RE: ", charset="windows-1252", agent=OUTLOOK)

    th = thread("M50", "reminder", "2027-01-08 09:00")
    reply(L("client-reply-promise", "will pay when the husband (who runs the bank account) is back 'el martes o el miércoles' -> two possible days, left undated"),
          th, ("Encarni Moya", "cortijolasencinas@hotmail.com"), "2027-01-09 12:30", "Europe/Madrid",
          "Hola Marta, soy Encarni del cortijo. Te lo pago en cuanto vuelva mi marido de Madrid, que es el que lleva el "
          "banco y yo no tengo firma. Vuelve el martes o el miércoles. Lo siento mucho, con las navidades se nos ha ido "
          "todo.\nUn saludo\nEncarni",
          style="outlook", mstyle="hotmail", prefix="RE: ")

    th = thread("J709", "due", "2027-02-01 08:00")
    reply(L("client-reply-promise", "treasurer pays once a month: 'la pagará el viernes 12' -> 12 Feb",
            promised_date="2027-02-12"),
          th, ("Josep Maria Vilà", "secretaria@cnsantfeliu.cat"), "2027-02-01 19:45", "Europe/Madrid",
          "Hola Jordi,\n\nYa la tenemos. El tesorero la pagará el viernes 12, que es cuando hace los pagos del mes (lo "
          "hace una vez al mes, manías suyas).\n\nMoltes gràcies pel reportatge del Trofeu de Reis, ha quedat molt bé!\n\n"
          "Josep Maria Vilà\nSecretari – CN Sant Feliu",
          style="gmail", to=A("Jordi Puig", "jordi@jordipuig.cat"), cc=A("Tresoreria CNSF", "tresoreria@cnsantfeliu.cat"))

    th = thread("L077", "courtesy", "2027-02-08 09:00")
    reply(L("client-reply-promise", "courtesy reminder answered in HTML-only Outlook: 'se abonará el próximo día 15' -> 15 Feb",
            promised_date="2027-02-15", reference="2026-077"),
          th, ("Beatriz Salcedo", "admon@castellanahomes.es"), "2027-02-09 12:10", "Europe/Madrid",
          "Buenos días, Lucía:\n\nLe confirmamos que la factura 2026-077 se abonará el próximo día 15, que es nuestro "
          "día fijo de pago a proveedores (pagamos a 60 días, los días 15 de cada mes).\n\nUn saludo,\n\n"
          "Beatriz Salcedo\nAdministración – Castellana Homes",
          style="outlook", fmt="html", prefix="RE: ", agent=OUTLOOK)

    th = thread("C217", "reminder", "2026-12-09 10:00")
    reply(L("client-reply-promise", "Puebla sports club: 'te pagamos después del 15' -> 'after the 15th' is vague, no promised_date"),
          th, ("Antonio Gutiérrez", "tesoreria@halconespuebla.mx"), "2026-12-10 17:05", "America/Mexico_City",
          "Hola Camila, buenas tardes.\n\nTe pagamos después del 15, que es cuando los papás nos depositan las cuotas "
          "de la escuelita y de los equipos. Una disculpa por la demora, de verdad nos encantaron los uniformes con el "
          "nuevo escudo.\n\nSaludos,\nProfe Toño Gutiérrez\nTesorero – Club Deportivo Halcones de Puebla",
          style="gmail", fmt="alt")

    th = thread("L073", "due", "2026-12-18 09:00")
    reply(L("client-reply-promise", "hairdresser asks to split: half now (Bizum today if Lucía agrees) and half mid-January; a payment plan, no firm date"),
          th, ("Nuria Campos", "salonnuria.estilistas@gmail.com"), "2026-12-19 14:25", "Europe/Madrid",
          "Hola Lucía, lo siento mucho, este mes voy fatal con la paga extra de las chicas y los pedidos de productos "
          "para Navidad. ¿Te puedo pagar la mitad ahora y la otra mitad a mediados de enero? Si te parece bien te hago "
          "hoy mismo un Bizum de la mitad.\nNuria",
          style="gmail")

    th = thread("L078", "reminder", "2027-01-22 09:00")
    reply(L("client-reply-promise", "Monday: 'Esta semana es imposible ... a final de mes sin falta' -> 31 Jan",
            promised_date="2027-01-31"),
          th, ("Esther Gallego", "recepcion@vetsananton.es"), "2027-01-25 10:40", "Europe/Madrid",
          "Hola Lucía:\nEsta semana es imposible porque estamos pagando la reforma del quirófano, pero a final de mes "
          "sin falta la tienes.\nEsther – Recepción\nClínica Veterinaria San Antón",
          style="outlook_old", prefix="RE: ", charset="iso-8859-1", encode_as="cp1252", agent=OUTLOOK)

    th = thread("M705", "due", "2027-02-05 09:00")
    reply(L("client-reply-promise", "AP department, formal: approved, paid on the next payment date 'el día 10 de este mes' -> 10 Feb; GDPR footer; iso-8859-1",
            promised_date="2027-02-10", reference="MI/2027/05"),
          th, ("Proveedores Bodegas Pérez Ocaña", "proveedores@bodegasperezocana.es"), "2027-02-05 13:12", "Europe/Madrid",
          "Estimada Sra. Iglesias:\n\nLe informamos de que la factura MI/2027/05 está aprobada y se pagará en el "
          "próximo vencimiento de pagos, que es el día 10 de este mes.\n\nAtentamente,\n\n" + SIG_PEREZ + "\n\n" + DISC_PEREZ,
          style="outlook", fmt="alt", prefix="RE: ", charset="iso-8859-1", encode_as="cp1252", agent=OUTLOOK)

    th = thread("V138", "reminder", "2027-02-16 10:00")
    reply(L("client-reply-promise", "Montevideo estate agency: 'Mañana sin falta te giro los 700 dólares' -> 18 Feb",
            promised_date="2027-02-18", amount="700.00", currency="USD"),
          th, ("Gabriela Sosa", "administracion@inmobiliariarambla.com.uy"), "2027-02-17 18:30", "America/Montevideo",
          "Hola Valentina, disculpá, se nos traspapeló con las licencias de enero. Mañana sin falta te giro los 700 "
          "dólares.\nSaludos,\nGabriela Sosa\nAdministración – Inmobiliaria Rambla\nBvar. España 2520, Montevideo",
          style="gmail", fmt="alt")

    invoice_mail = ("Hola Vicente,\n\nTe adjunto la factura A-2027-0004, correspondiente a la integración del sistema "
                    "de citas con WhatsApp (diciembre).\n\nImporte: 847,00 € (700,00 € + 21 % IVA). Vencimiento: 7 de "
                    "febrero de 2027.\n\n" + payblock(INV["A704"]) + "\n\nGracias y un saludo,\nÁlvaro")
    th = thread("A704", "invoice", "2027-01-08 17:20", body=invoice_mail)
    reply(L("client-reply-promise", "answers the invoice mail itself (not a reminder), Monday: 'te la pago este viernes' -> 15 Jan",
            promised_date="2027-01-15"),
          th, ("Vicente Ferrer", "vicente@talleresferrer.es"), "2027-01-11 09:50", "Europe/Madrid",
          "Gracias Álvaro. Esta te la pago este viernes, que es cuando cobramos del seguro lo de la grúa. Así no se me "
          "junta con lo de febrero.\nVicente Ferrer\nTalleres Hermanos Ferrer",
          style="gmail")

    th = thread("M704", "reminder", "2027-02-01 09:00")
    reply(L("client-reply-promise", "colleague answers: treasurer on holiday until the 8th, 'ese mismo lunes 8 que vuelve te hace la transferencia' -> 8 Feb",
            promised_date="2027-02-08"),
          th, ("Carmen Heredia", "acogesur@gmail.com"), "2027-02-02 11:00", "Europe/Madrid",
          "Hola Marta,\nLa tesorera, Rosario, está de vacaciones hasta el día 8. Ese mismo lunes 8 que vuelve te hace "
          "la transferencia, ya se lo he dejado anotado en su mesa con un pósit bien grande 😊\nUn abrazo,\n"
          "Carmen Heredia\nCoordinación – Acoge Sur",
          style="gmail", fmt="alt")

    th = thread("V133", "reminder", "2026-12-28 10:00")
    reply(L("client-reply-promise", "Córdoba (AR) hot-dog truck, written after midnight: 'Te pago el 5' -> 5 Jan",
            promised_date="2027-01-05"),
          th, ("Nico Ferreyra", "elchorimovil.cba@gmail.com"), "2026-12-29 00:40", "America/Argentina/Cordoba",
          "Vale!! perdón loco se me pasó completamente, estamos a full con los eventos de fin de año. Te pago el 5 "
          "cuando cobro los eventos de las fiestas, te juro.\nNico 🌭🚚 El Chori Móvil",
          style="none", mstyle="gmail")

    th = thread("L2710", "due", "2027-02-10 09:00")
    reply(L("client-reply-promise", "'me pongo con ello hoy mismo' -> today, 11 Feb",
            promised_date="2027-02-11"),
          th, ("Elena Vidal", "administracion@speakupalcala.es"), "2027-02-11 09:15", "Europe/Madrid",
          "Lucía, tienes razón, me pongo con ello hoy mismo, de verdad, que siempre se me olvida la de la web.\nElena",
          style="gmail", fmt="alt")

    th = thread("J711", "courtesy", "2027-02-22 09:00")
    reply(L("client-reply-promise", "courtesy reminder: 'se pagará con la remesa de final de mes' -> 28 Feb 2027",
            promised_date="2027-02-28", reference="F27-011"),
          th, ("Gemma Roura", "comptabilitat@costabravallar.com"), "2027-02-24 10:30", "Europe/Madrid",
          "Bon dia Jordi,\nGracias por el recordatorio. La F27-011 se pagará con la remesa de final de mes.\n"
          "Salutacions,\nGemma Roura\nComptabilitat – Costa Brava Llar",
          style="outlook", prefix="RE: ", agent=OUTLOOK)


# ==============================================================================================
# CLIENT REPLIES – DISPUTE
# ==============================================================================================

def dispute():
    th = thread("A127", "reminder", "2027-01-12 08:30")
    reply(L("client-reply-dispute", "CFO: 26 hours billed vs 20 budgeted, wants a corrective invoice for the budgeted amount and will then pay; windows-1252 Outlook",
            amount="2420.00", reference="A-2026-0127"),
          th, ("Jorge Llorens", "jllorens@inmomediterranea.es"), "2027-01-13 10:40", "Europe/Madrid",
          "Buenos días Álvaro:\n\nAntes de tramitar la factura A-2026-0127 tengo que comentarte algo. El presupuesto "
          "que aprobamos en octubre era de 20 horas para la integración del portal con Idealista y Fotocasa, y en la "
          "factura aparecen 26 horas. Esas 6 horas de más nadie de aquí las autorizó; si surgieron imprevistos, "
          "tendrías que habernos avisado antes.\n\nTe pedimos que nos envíes una factura rectificativa por las 20 horas "
          "presupuestadas (2.420,00 € IVA incluido) y en cuanto la tengamos la pagamos.\n\nUn saludo,\n\n"
          "Jorge Llorens\nDirector Financiero\nInmobiliaria Mediterránea Levante, S.L.\nC/ Colón 48, 6º · 46004 Valencia",
          style="outlook_old", prefix="RE: ", charset="windows-1252", agent=OUTLOOK,
          cc=A("Contabilidad", "contabilidad@inmomediterranea.es"))

    th = thread("L049", "reminder", "2026-11-09 09:00")
    reply(L("client-reply-dispute", "promised 10% discount missing from the invoice; 'mándame otra con el descuento y te la pago' (pay only after correction)"),
          th, ("Marisa Domínguez", "peluqueriamarisa@yahoo.es"), "2026-11-10 16:50", "Europe/Madrid",
          "Hola Lucía,\n\nMe dijiste cuando vinimos a hablar del logo que por ser de la asociación de comerciantes del "
          "barrio me hacías un 10% de descuento, y en la factura no lo veo. Mándame otra con el descuento y te la pago "
          "enseguida.\n\nUn saludo\nMarisa\nPeluquería Marisa – Moratalaz",
          style="thunder", mstyle="yahoo", agent=("X-Mailer", "WebService/1.1.22941 YMailNorrin"))

    th = thread("L068", "reminder", "2027-01-07 09:00")
    reply(L("client-reply-dispute", "winery: label artwork had the wrong ABV, printer reprinted for 780 EUR; won't pay the full invoice, proposes deducting it",
            reference="2026-068"),
          th, ("Fernando Sanz", "fsanz@vinazarza.com"), "2027-01-08 12:20", "Europe/Madrid",
          "Estimada Lucía:\n\nRespecto a la factura 2026-068, tenemos que decirte que las etiquetas del crianza 2023 "
          "llegaron a imprenta con el grado alcohólico equivocado (13,5 % en lugar de 14 %), tal y como figuraba en el "
          "archivo final que nos enviaste. La imprenta tuvo que repetir la tirada completa y nos ha cobrado 780 € "
          "adicionales.\n\nEntendemos que el error fue del diseño, así que no vamos a abonar la factura completa hasta "
          "que acordemos cómo se asume ese coste. Nuestra propuesta es descontar los 780 € del importe de la factura.\n\n"
          "Quedamos a la espera de tu respuesta.\n\nAtentamente,\nFernando Sanz\nDirector Comercial – Bodegas Viña Zarza",
          style="outlook", fmt="alt", prefix="RE: ", agent=OUTLOOK)

    th = thread("M43", "reminder", "2026-12-28 09:00")
    reply(L("client-reply-dispute", "vet: the translation is unfinished (two pages missing); will pay when complete and published",
            reference="MI/2026/43"),
          th, ("Antonio Reyes", "clinica@vetlosnaranjos.es"), "2026-12-28 17:00", "Europe/Madrid",
          "Hola Marta:\n\nSobre la factura MI/2026/43: la traducción al inglés de la web no está terminada. Faltan las "
          "páginas de animales exóticos y la de la peluquería canina, que te mandamos a mediados de noviembre. Cuando "
          "esté todo completo y publicado la pagamos; no tiene sentido pagar un trabajo a medias.\n\nUn saludo,\n"
          "Dr. Antonio Reyes\nClínica Veterinaria Los Naranjos",
          style="gmail", fmt="alt")

    th = thread("L070", "reminder", "2027-01-04 09:00")
    reply(L("client-reply-dispute", "foundation believed the logo was pro bono; refuses to pay, polite and apologetic"),
          th, ("Paloma Ibarra", "info@fundacionraices.org"), "2027-01-05 11:30", "Europe/Madrid",
          "Hola Lucía:\n\nNos ha sorprendido mucho recibir esta factura. Cuando hablamos con Sergio en la presentación "
          "de la memoria, nos dijo que el rediseño del logo lo hacías de forma voluntaria, como colaboración con la "
          "fundación, igual que hizo el año pasado el estudio de fotografía. Por eso nunca pedimos presupuesto.\n\n"
          "Siendo una entidad sin ánimo de lucro no tenemos partida para esto, así que no podemos pagarla. Si ha habido "
          "un malentendido, lo sentimos, pero entiende que nosotros actuamos de buena fe.\n\nUn saludo,\n"
          "Paloma Ibarra\nDirectora – Fundación Raíces",
          style="gmail", fmt="alt")

    th = thread("C224", "reminder", "2027-01-19 10:00")
    reply(L("client-reply-dispute", "Mexican vet hospital: quote was 4,000 MXN VAT included, invoice adds VAT on top; asks to cancel the CFDI and reissue; HTML only",
            amount="4000.00", currency="MXN", reference="CH-224"),
          th, ("Mariana Garza Treviño", "pagos@vetcumbres.mx"), "2027-01-20 11:15", "America/Monterrey",
          "Hola Camila, buen día.\n\nRevisando la factura CH-224 vemos un error: la cotización que nos enviaste el 28 de "
          "noviembre decía $4,000.00 con IVA incluido para el diseño del folleto de vacunación, y la factura viene por "
          "$4,640.00 porque se le sumó el IVA encima. Te pedimos que canceles el CFDI y nos emitas uno nuevo por "
          "$4,000.00 IVA incluido; en cuanto lo tengamos se programa el pago.\n\nSaludos cordiales,\n"
          "Lic. Mariana Garza Treviño\nAdministración – Hospital Veterinario Cumbres",
          style="gmail", fmt="html")

    th = thread("V137", "reminder", "2027-01-18 10:00")
    reply(L("client-reply-dispute", "Argentine academy: social media were paused from 15 Dec, pays half today and asks for a credit note for the rest (partial payment + dispute = dispute)",
            amount="190000.00", currency="ARS"),
          th, ("Florencia Ledesma", "administracion@idiomaspalermo.com.ar"), "2027-01-19 12:00", "America/Argentina/Buenos_Aires",
          "Hola Vale,\n\nTe escribo por la factura que nos mandaste a principio de mes, la de diciembre: nos facturaste "
          "el mes completo, pero habíamos quedado por WhatsApp que desde el 15 de diciembre pausábamos las redes por "
          "las vacaciones (de hecho no hubo publicaciones desde esa fecha, fijate en el feed).\n\nAsí que te transferí "
          "hoy $190.000, que es la mitad, y el resto no corresponde. Si querés hacé una nota de crédito por la "
          "diferencia y listo.\n\nBesos,\nFlor",
          style="gmail", fmt="alt")

    th = thread("L075", "reminder", "2027-01-11 09:00")
    reply(L("client-reply-dispute", "estate agency: the leaflets were already included in the autumn campaign invoice paid in November; 'no podemos pagarla otra vez' (already billed)"),
          th, ("Beatriz Salcedo", "admon@castellanahomes.es"), "2027-01-12 16:05", "Europe/Madrid",
          "Hola Lucía,\n\nCreo que hay un error: los folletos de la promoción de Las Tablas ya iban incluidos en el "
          "presupuesto de la campaña de otoño, que os pagamos entero el 20 de noviembre. Nos los estáis cobrando dos "
          "veces, así que no podemos pagarla otra vez.\n\nSi se trata de otro trabajo distinto, por favor indícanos "
          "cuál, porque nosotros no tenemos constancia de ningún encargo en diciembre.\n\nUn saludo,\n"
          "Beatriz Salcedo\nAdministración – Castellana Homes",
          style="outlook_old", prefix="RE: ", charset="iso-8859-1", encode_as="cp1252", agent=OUTLOOK)

    th = thread("A129", "reminder", "2027-01-05 08:30")
    reply(L("client-reply-dispute", "food truck refuses to pay until the ordering app stops crashing; angry, short"),
          th, ("Xavi Martí", "bocadosdelturia@gmail.com"), "2027-01-07 13:10", "Europe/Madrid",
          "Álvaro, te lo digo claro: hasta que la app de pedidos no funcione no te pago. En Nochevieja se cayó tres "
          "veces con más de 10 pedidos a la vez y tuvimos que tomar los pedidos a mano con una cola de 40 personas. Un "
          "desastre. Arréglalo y hablamos de la factura.\nXavi",
          style="none", mstyle="gmail")

    th = thread("J139", "reminder", "2027-01-04 08:00")
    reply(L("client-reply-dispute", "padel club: 84 photos delivered instead of the minimum 200; offers to pay the proportional part",
            amount="304.92", reference="F26-139"),
          th, ("Marc Casals", "info@padelgirona.cat"), "2027-01-04 18:20", "Europe/Madrid",
          "Hola Jordi,\n\nSobre la factura F26-139: en el presupuesto pusimos un mínimo de 200 fotos editadas del Open "
          "de Navidad y nos has entregado 84. Entendemos que el sábado llovió y se suspendió media jornada, pero no es "
          "culpa nuestra. Te proponemos pagar la parte proporcional (84 de 200), es decir 304,92 € IVA incluido, o que "
          "nos hagas una factura nueva por lo que realmente se entregó.\n\nSalut,\nMarc Casals\nClub Esportiu Pàdel Girona",
          style="gmail", fmt="alt")

    th = thread("M47", "reminder", "2026-11-30 09:00")
    reply(L("client-reply-dispute", "rural house: German guests found odd sentences in the translation; wants a discount or a free full revision before paying",
            ),
          th, ("Pilar Villalba", "elmolinodearriba@gmail.com"), "2026-12-01 20:00", "Europe/Madrid",
          "Buenas noches Marta,\n\nTe escribo con un poco de apuro. Unos huéspedes alemanes que estuvieron el fin de "
          "semana nos dijeron, muy amables, que la descripción en alemán de la web tenía varias frases raras, y una de "
          "ellas decía algo así como que el desayuno \"se sirve al perro\" en vez de \"se sirve en el porche\". Nos dio "
          "bastante vergüenza.\n\nCreo que antes de pagar la factura completa deberíamos hablar de un descuento, o que "
          "lo revises entero sin coste. No quiero ser desagradable, pero así no la puedo pagar tal cual.\n\n"
          "Un saludo,\nPilar Villalba\nCasa Rural El Molino de Arriba – Cuenca",
          style="gmail")

    th = thread("L2705", "reminder", "2027-01-29 09:00")
    reply(L("client-reply-dispute", "Colombian foundation: the English version was cancelled in November; asks for a new invoice for the Spanish version only (EUR 700)",
            amount="700.00", reference="2027-005"),
          th, ("Diana Marcela Rincón", "contabilidad@semillasdepaz.org.co"), "2027-02-01 09:40", "America/Bogota",
          "Estimada Lucía, cordial saludo.\n\nRevisando la factura 2027-005 encontramos que incluye la diagramación de "
          "la versión en inglés del informe de gestión, la cual fue cancelada el 19 de noviembre según correo de nuestra "
          "directora, la Dra. Martha Lucía Pardo. Por lo tanto solicitamos amablemente que se expida una nueva factura "
          "únicamente por la versión en español (EUR 700,00), para poder tramitar el pago.\n\nQuedamos atentos.\n\n"
          "Cordialmente,\n\nDiana Marcela Rincón\nCoordinadora Administrativa y Financiera\nFundación Semillas de Paz",
          style="outlook", fmt="alt", prefix="RE: ", agent=OUTLOOK)

    invoice_mail = ("Hola Amparo,\n\nOs adjunto la factura A-2027-0009, mantenimiento mensual de la web y del sistema "
                    "de citas (febrero).\n\nImporte: 72,60 € (60,00 € + 21 % IVA). Vencimiento: 16 de febrero de 2027.\n\n"
                    + payblock(INV["A709"]) + "\n\nUn saludo,\nÁlvaro")
    th = thread("A709", "invoice", "2027-02-01 18:05", body=invoice_mail)
    reply(L("client-reply-dispute", "answers the invoice mail: maintenance was agreed at 40/month + VAT, not 60; wants a corrected invoice (48.40)",
            amount="48.40"),
          th, ("Amparo Ferrer", "administracion@talleresferrer.es"), "2027-02-03 09:20", "Europe/Madrid",
          "Hola Álvaro,\n\nCreo que te has equivocado: el mantenimiento quedamos en 40 € al mes + IVA, no 60. Así lo "
          "hemos pagado todos los meses de 2026. Por favor, mándanos la factura corregida (48,40 €) y la pasamos al "
          "pago.\n\nUn saludo,\nAmparo Ferrer\nAdministración – Talleres Hermanos Ferrer",
          style="outlook", fmt="alt", prefix="RE: ", agent=OUTLOOK)

    th = thread("A702", "reminder", "2027-01-19 08:30")
    reply(L("client-reply-dispute", "ALL CAPS: won't pay the maintenance fee while the booking site has been down since the 3rd"),
          th, ("Carmen Lloret", "carmenestilistas@hotmail.com"), "2027-01-20 09:05", "Europe/Madrid",
          "ALVARO NO PIENSO PAGAR ESTO. LA WEB DE RESERVAS LLEVA SIN FUNCIONAR DESDE EL DIA 3, LAS CLIENTAS ME LLAMAN "
          "DICIENDO QUE NO PUEDEN RESERVAR Y HE PERDIDO CITAS. TE HE LLAMADO 2 VECES Y NO ME COGES.\n"
          "primero lo arreglas y luego me cobras el mantenimiento, que para eso lo pago.\nCARMEN",
          style="outlook", mstyle="hotmail", prefix="RE: ")

    th = thread("M49", "reminder", "2027-01-08 09:00")
    reply(L("client-reply-dispute", "AP department: missing PO number AND amount differs from the order (600 + VAT approved vs 750 + VAT billed); asks for a corrective invoice -> dispute, not just a PO question",
            reference="MI/2026/49"),
          th, ("Proveedores Bodegas Pérez Ocaña", "proveedores@bodegasperezocana.es"), "2027-01-11 12:30", "Europe/Madrid",
          "Estimada Sra. Iglesias:\n\nTras revisar la factura MI/2026/49, le comunicamos que no podemos darle trámite "
          "por los siguientes motivos:\n\n1. No incluye nuestro número de pedido (PC-2026-1187), obligatorio en todas "
          "las facturas de proveedores.\n2. El importe no coincide con el pedido: el pedido aprobado es de 600,00 € + "
          "IVA (traducción de 12 fichas técnicas al inglés y al alemán), mientras que la factura asciende a 750,00 € + "
          "IVA.\n\nLe rogamos que emita una factura rectificativa con el importe y la referencia correctos. Una vez "
          "recibida, se incluirá en la siguiente remesa de pagos.\n\nAtentamente,\n\n" + SIG_PEREZ + "\n\n" + DISC_PEREZ,
          style="outlook_old", prefix="RE: ", charset="iso-8859-1", encode_as="cp1252", agent=OUTLOOK)

    th = thread("V139", "reminder", "2027-02-12 10:00")
    reply(L("client-reply-dispute", "Chilean food truck: will pay the 300 for social media right away ('altiro') but not the 150 for a video that was never published",
            amount="300.00", currency="USD"),
          th, ("Rodrigo Muñoz", "elguatonsanguchero@gmail.com"), "2027-02-15 13:20", "America/Santiago",
          "Hola Vale, te pago los 300 de la gestión de redes altiro, pero los 150 del video no po, porque el video del "
          "food truck en el Parque Bicentenario nunca lo subiste, quedó en borrador. Cuando lo subas te pago esa parte.\n"
          "Saludos\nRodrigo",
          style="gmail")

    th = thread("M52", "reminder", "2027-01-18 09:00")
    reply(L("client-reply-dispute", "academy: fixed per-word quote (~600 + VAT) but billed 14 hours at 50/h; asks for a new invoice with the quoted price",
            reference="MI/2026/52"),
          th, ("Pilar Romero", "administracion@linguasur.es"), "2027-01-19 11:45", "Europe/Madrid",
          "Hola Marta:\n\nHe estado revisando la factura MI/2026/52 con la dirección y no nos cuadra. El presupuesto de "
          "la revisión de los materiales de B2 era a precio cerrado por palabra (0,035 €/palabra, unas 17.000 "
          "palabras), es decir, unos 600 € más IVA, y en la factura nos cobras 14 horas de revisión a 50 €/hora. "
          "Nosotros no aceptamos ninguna tarifa por horas.\n\n¿Puedes emitir una nueva con lo presupuestado? La pagamos "
          "en cuanto llegue.\n\nSaludos,\nPilar Romero\nAdministración – Academia Lingua Sur",
          style="outlook_old", prefix="RE: ", charset="windows-1252", agent=OUTLOOK)

    th = thread("J142", "reminder", "2027-01-07 08:00")
    reply(L("client-reply-dispute", "estate agency refuses to pay one shoot: photos too dark, they redid them with a phone",
            reference="F26-142"),
          th, ("Gemma Roura", "comptabilitat@costabravallar.com"), "2027-01-08 10:15", "Europe/Madrid",
          "Bon dia Jordi,\n\nSobre la F26-142: las fotos del piso de Platja d'Aro (c/ Riera) tuvimos que repetirlas "
          "nosotros con el móvil porque salían muy oscuras y el propietario se quejó. No vamos a pagar esa sesión. El "
          "resto del año bien, pero esta no.\n\nSalutacions,\nGemma Roura\nComptabilitat – Costa Brava Llar",
          style="outlook", prefix="RE: ", agent=OUTLOOK)


# ==============================================================================================
# CLIENT REPLIES – OTHER
# ==============================================================================================

def other():
    th = thread("J141", "due", "2027-01-12 08:00")
    reply(L("client-reply-other", "asks for the bank account again (it is in the reminder she quotes); no payment claim or promise"),
          th, ("Laia Serra", "glam.perruqueria@gmail.com"), "2027-01-13 11:20", "Europe/Madrid",
          "Hola Jordi! Me pasas otra vez el número de cuenta? Lo he buscado en el correo de la factura y no lo encuentro, "
          "y el papel lo tiré sin querer 🙈\nLaia",
          style="gmail", fmt="alt")

    th = thread("L074", "reminder", "2026-12-16 09:00")
    reply(L("client-reply-other", "asks to resend the invoice: the original mail had no PDF and the accountant needs it",
            reference="2026-074"),
          th, ("Elena Vidal", "administracion@speakupalcala.es"), "2026-12-17 10:10", "Europe/Madrid",
          "Hola Lucía, ¿me puedes reenviar la factura 2026-074? En el correo original no venía el PDF adjunto, solo el "
          "texto, y sin el PDF la gestoría no me la registra.\nGracias!\nElena",
          style="gmail")

    th = thread("L2703", "reminder", "2027-02-01 09:00")
    reply(L("client-reply-other", "winery admin needs their PO number on the invoice (new rule), asks to resend; no claim about the amount",
            reference="2027-003"),
          th, ("Rebeca Alonso", "administracion@vinazarza.com"), "2027-02-02 10:30", "Europe/Madrid",
          "Estimada Lucía:\n\nPara poder tramitar la factura 2027-003 necesitamos que incluya nuestro número de pedido. "
          "Desde este año todas las facturas de proveedores deben llevarlo; el de este trabajo es el PO-VZ-27/0042. "
          "¿Podrías reenviárnosla con el número?\n\nGracias,\nRebeca Alonso\nAdministración – Bodegas Viña Zarza",
          style="outlook", fmt="alt", prefix="RE: ", agent=OUTLOOK)

    th = thread("L071", "reminder", "2026-12-02 09:00")
    reply(L("client-reply-other", "club coach copies in the new treasurer and hands the matter over (Cc); no payment statement"),
          th, ("Antonio Merino", "cdvallecasfb@gmail.com"), "2026-12-03 19:30", "Europe/Madrid",
          "Hola Lucía, te pongo en copia a Paco Luengo, que desde diciembre es el nuevo tesorero del club y es quien "
          "lleva ahora los pagos. Paco, esta es la de los carteles del torneo de noviembre, ¿le echas un ojo?\n"
          "Un saludo,\nAntonio Merino",
          style="gmail", cc=A("Paco Luengo", "pacoluengo.cdv@gmail.com"))

    th = thread("V136", "due", "2026-12-21 10:00")
    reply(L("client-reply-other", "Chilean estate agency marketing contact: 'Recibido', forwarded to finance; no commitment"),
          th, ("Catalina Fuentes", "contacto@propiedadesandes.cl"), "2026-12-21 15:40", "America/Santiago",
          "Estimada Valentina:\n\nRecibido, muchas gracias. Lo derivé al área de finanzas, que son quienes gestionan los "
          "pagos internacionales. Cualquier consulta la pueden ver directamente con ellos (finanzas@propiedadesandes.cl).\n\n"
          "Saludos cordiales,\nCatalina Fuentes\nMarketing – Propiedades Andes SpA",
          style="outlook", fmt="alt", prefix="RE: ", agent=OUTLOOK, cc=A("Finanzas", "finanzas@propiedadesandes.cl"))

    th = thread("L2709", "courtesy", "2027-02-10 09:00")
    reply(L("client-reply-other", "vet reception asks for a phone call tomorrow about this invoice and a new campaign"),
          th, ("Esther Gallego", "recepcion@vetsananton.es"), "2027-02-15 13:05", "Europe/Madrid",
          "Hola Lucía:\n\n¿Podemos hablar por teléfono mañana por la mañana? Es sobre esta factura y también sobre la "
          "campaña de esterilización de primavera, que queremos hacer carteles y algo para redes. Mejor entre las 10 y "
          "las 12, que por la tarde tenemos quirófano.\n\nEsther\nRecepción – Clínica Veterinaria San Antón\n925 22 33 44",
          style="outlook_old", prefix="RE: ", charset="iso-8859-1", encode_as="cp1252", agent=OUTLOOK)

    th = thread("L2707", "due", "2027-02-08 09:00")
    reply(L("client-reply-other", "NGO treasurer unsure which invoice the reminder is about; mentions another invoice number (2026-063) that is not this one; asks to resend"),
          th, ("Inés Carrasco", "tesoreria@manosabiertas.org"), "2027-02-10 18:20", "Europe/Madrid",
          "Hola Lucía, perdona mi torpeza, pero ¿a qué factura se refiere este recordatorio? Tengo apuntadas la 2026-063 "
          "del cartel y la de los dípticos, pero de la de los dípticos no encuentro el número en mi carpeta. ¿Me la "
          "puedes mandar otra vez para comprobarlo?\nGracias,\nInés\nTesorera – Asociación Manos Abiertas",
          style="gmail", fmt="alt")

    th = thread("V134", "due", "2026-12-17 10:00")
    reply(L("client-reply-other", "Argentine vet asks to reissue the invoice to her new SRL (CUIT given); a request, not a dispute"),
          th, ("Sofía Benítez", "veterinariapatitas@gmail.com"), "2026-12-18 12:10", "America/Argentina/Buenos_Aires",
          "Hola Valentina, ¿me podrías rehacer la factura a nombre de Patitas SRL? Desde diciembre la veterinaria pasó a "
          "ser sociedad y el contador me dice que si sale a mi nombre no la puede meter en los gastos de la SRL. Te paso "
          "los datos: Patitas SRL, CUIT 30-71845520-3, Av. Rivadavia 5120, CABA.\nGracias!\nSofía",
          style="gmail")

    th = thread("C226", "due", "2027-01-28 10:00")
    reply(L("client-reply-other", "Mexican mechanic: only got the PDF, his accountant needs the CFDI XML"),
          th, ("Beto Hernández", "tallerhernandez.gdl@gmail.com"), "2027-01-28 16:50", "America/Mexico_City",
          "Cami, oye, me falta el XML de la factura, nomás me llegó el PDF. Mi contador dice que sin el XML no la puede "
          "meter a la contabilidad. ¿Me lo mandas porfa?\nBeto",
          style="apple", agent=IPHONE)

    th = thread("V140", "reminder", "2027-01-26 10:00")
    reply(L("client-reply-other", "Lima food truck ignores the reminder and asks for a quote for new work"),
          th, ("Jimena Quispe", "sanguchonmovil.lima@gmail.com"), "2027-01-26 19:05", "America/Lima",
          "Hola Valentina, ¿qué tal?\n\nTe escribo porque para febrero queremos lanzar una carta nueva con sánguches de "
          "lechón y de chicharrón y nos gustaría que nos hagas las fotos y los diseños para Instagram y TikTok. ¿Cuánto "
          "nos cobrarías por un paquete de 12 posts y 8 historias? También queríamos ver si puedes manejar las "
          "respuestas de los mensajes, que ya no nos damos abasto.\n\nBendiciones,\nJimena Quispe\n"
          "Sanguchón Móvil – Miraflores, Lima",
          style="gmail", fmt="alt")

    th = thread("A121", "reminder", "2026-12-22 08:00")
    reply(L("client-reply-other", "workshop admin got a suspicious 'new IBAN' mail (possible fraud) and asks which account is right before paying; no promise"),
          th, ("Amparo Ferrer", "administracion@talleresferrer.es"), "2026-12-22 12:15", "Europe/Madrid",
          "Hola Álvaro,\n\nAntes de pagar te quería preguntar una cosa: la semana pasada nos llegó un correo a tu nombre "
          "diciendo que habías cambiado de banco, con un IBAN nuevo de otro país (uno que empieza por LT). ¿Es tuyo? Me "
          "pareció raro porque venía de una dirección un poco distinta (solerdev-es@...). No quiero hacer la "
          "transferencia a donde no es.\n\nConfírmame por favor cuál es la cuenta buena.\n\n"
          "Amparo Ferrer\nAdministración – Talleres Hermanos Ferrer",
          style="outlook", fmt="alt", prefix="RE: ", agent=OUTLOOK)

    th = thread("M45", "reminder", "2026-11-23 09:00")
    reply(L("client-reply-other", "former owner: no longer runs the rural house, gives the niece's address"),
          th, ("Mariano Cuesta", "casaloschopos@gmail.com"), "2026-11-24 08:05", "Europe/Madrid",
          "Buenas Marta, esto es de Mariano. Ya no llevo yo la casa rural, desde noviembre la lleva mi sobrina Alba, que "
          "es la que se encarga de todo, cuentas incluidas. Escríbele a ella a alba.cuesta.loschopos@gmail.com y ella te "
          "dirá.\nUn saludo y gracias por los textos, que quedaron muy bien.\nMariano",
          style="android")

    th = thread("J702", "due", "2027-01-20 08:00")
    reply(L("client-reply-other", "passed to the external accountants, who will answer; Cc to them; no statement about paying"),
          th, ("Núria Bosch", "administracio@masclara.cat"), "2027-01-20 12:35", "Europe/Madrid",
          "Hola Jordi, lo he pasado a contabilidad, que desde enero lo lleva una gestoría externa (Gestoria Empordà). "
          "Te contestarán ellos directamente. Te pongo en copia a la persona que lo lleva.\nNúria",
          style="thunder", agent=TB, cc=A("Marina Costa – Gestoria Empordà", "comptabilitat@gestoriaemporda.cat"))

    th = thread("L072", "reminder", "2026-12-21 09:00")
    reply(L("client-reply-other", "Colombian foundation: accounting needs their NIT and a Spanish description on the invoice; asks to resend",
            reference="2026-072"),
          th, ("Diana Marcela Rincón", "contabilidad@semillasdepaz.org.co"), "2026-12-28 08:50", "America/Bogota",
          "Estimada Lucía, cordial saludo.\n\nPara poder tramitar la factura 2026-072 el área contable nos solicita que "
          "se incluya el NIT de la Fundación (900.345.678-1) y que el concepto se describa en español. ¿Sería posible "
          "que nos la envíe nuevamente con esos ajustes?\n\nQuedamos atentos.\n\nCordialmente,\nDiana Marcela Rincón\n"
          "Fundación Semillas de Paz",
          style="outlook", fmt="alt", prefix="RE: ", agent=OUTLOOK)

    th = thread("M51", "reminder", "2026-12-28 09:00")
    reply(L("client-reply-other", "question from the client's tax adviser: should the invoice carry IRPF withholding? windows-1252"),
          th, ("Rafael Ortega", "info@inmogiralda.es"), "2026-12-29 10:25", "Europe/Madrid",
          "Marta, buenos días.\n\nUna pregunta de mi gestor antes de pagar: ¿tu factura lleva retención de IRPF? Porque "
          "a él le sale que como somos empresa te tenemos que retener el 15 % y en la factura no aparece. Si hay que "
          "cambiarla dímelo.\n\nRafael Ortega\nInmobiliaria Giralda",
          style="outlook_old", prefix="RE: ", charset="windows-1252", agent=OUTLOOK)

    th = thread("J137", "reminder", "2026-12-21 08:00")
    reply(L("client-reply-other", "club account blocked during signatory change; asks whether card payment / a payment link is possible"),
          th, ("Josep Maria Vilà", "secretaria@cnsantfeliu.cat"), "2026-12-21 18:30", "Europe/Madrid",
          "Hola Jordi,\n¿Se puede pagar con tarjeta? ¿Tienes algún enlace de pago o TPV virtual? Es que la cuenta del "
          "club está bloqueada hasta que el banco registre el cambio de firmantes de la nueva junta y no podemos hacer "
          "transferencias.\nJosep Maria",
          style="gmail", to=A("Jordi Puig", "jordi@jordipuig.cat"))

    th = thread("M706", "due", "2027-02-05 09:00")
    reply(L("client-reply-other", "says the reminder reached the wrong clinic: the partner ordered it for another company and gives its address (redirect, not a dispute of the work or amount)"),
          th, ("Inma Caro", "clinica@vetlosnaranjos.es"), "2027-02-08 10:10", "Europe/Madrid",
          "Hola Marta, me parece que este recordatorio me ha llegado a mí por error: la traducción del folleto de las "
          "vacunas de gatos la encargó mi socio para su otra clínica, la de Dos Hermanas, y la factura debería ir a "
          "nombre de Veterinarios Dos Hermanas SL, no a Los Naranjos. Te paso su correo: "
          "administracion@vetdoshermanas.es.\nUn saludo,\nInma",
          style="gmail", fmt="alt")


# ==============================================================================================
# MACHINE MAIL
# ==============================================================================================

def owner_mail(th):
    """The reminder as it left the owner's mailbox (for bounces)."""
    hs = [("Date", format_datetime(th["date"])), ("From", A(th["frm_name"], th["frm_email"])),
          ("To", A(th["to_name"], th["to_email"])), ("Subject", enc(th["subject"])), ("Message-ID", th["msgid"]),
          ("In-Reply-To", th["refs"][0]), ("References", th["refs"][0]), ("MIME-Version", "1.0")]
    p = text_part(th["text"] + "\n")
    return hdr_bytes(hs + p[0]) + b"\n" + p[1]


def machine_mail():
    # M1 CaixaBank: incoming transfer
    d = D("2026-12-04 07:31", "Europe/Madrid")
    txt = ("Hola, LUCIA:\n\nTe informamos de que has recibido una transferencia en tu cuenta ES12 **** **** **** **** 7781.\n\n"
           "Importe: 1.452,00 EUR\nOrdenante: ACADEMIA DE IDIOMAS SPEAK UP SL\nConcepto: FRA 2026-047 MARTIN ESTUDIO\n"
           "Fecha valor: 04/12/2026\n\nPuedes consultar el detalle de la operación en CaixaBankNow.\n\n"
           "Este es un mensaje automático, por favor no respondas a este correo. CaixaBank nunca te pedirá tus claves "
           "por correo electrónico.\n\nCaixaBank, S.A. · C/ Pintor Sorolla, 2-4 · 46002 Valencia")
    html = ("<html><body style=\"font-family:Arial,sans-serif;color:#333\"><table width=\"600\" align=\"center\">"
            "<tr><td style=\"background:#007eae;color:#fff;padding:12px;font-size:18px\">CaixaBank</td></tr>"
            "<tr><td style=\"padding:16px\"><p>Hola, LUCIA:</p><p>Te informamos de que has recibido una transferencia "
            "en tu cuenta ES12 **** **** **** **** 7781.</p><table cellpadding=\"4\">"
            "<tr><td><b>Importe</b></td><td>1.452,00 EUR</td></tr>"
            "<tr><td><b>Ordenante</b></td><td>ACADEMIA DE IDIOMAS SPEAK UP SL</td></tr>"
            "<tr><td><b>Concepto</b></td><td>FRA 2026-047 MARTIN ESTUDIO</td></tr>"
            "<tr><td><b>Fecha valor</b></td><td>04/12/2026</td></tr></table>"
            "<p>Puedes consultar el detalle de la operación en CaixaBankNow.</p>"
            "<p style=\"font-size:11px;color:#888\">Este es un mensaje automático, por favor no respondas a este correo. "
            "CaixaBank nunca te pedirá tus claves por correo electrónico.<br>CaixaBank, S.A. · C/ Pintor Sorolla, 2-4 · "
            "46002 Valencia</p></td></tr></table></body></html>")
    machine(L("payment-notification", "bank alert: incoming SEPA transfer to the owner, concept names the invoice",
              amount="1452.00", reference="2026-047"),
            [("Date", format_datetime(d)), ("From", "CaixaBank <notificaciones@caixabank.com>"),
             ("To", "lucia@martinestudio.es"), ("Subject", "Has recibido una transferencia"),
             ("Message-ID", mid("generic", "caixa-m1", "caixabank.com"))],
            multipart("alternative", [text_part(txt), text_part(html, subtype="html")], seed="m1"))

    # M2 Mercado Pago
    d = D("2026-11-17 10:52", "America/Argentina/Buenos_Aires")
    txt = ("¡Recibiste dinero!\n\nInstituto de Idiomas Palermo te transfirió $ 380.000\n\n"
           "Fecha: 17 de noviembre de 2026, 10:51 hs\nMedio: Transferencia\nNúmero de operación: 93318472651\n\n"
           "El dinero ya está disponible en tu cuenta de Mercado Pago.\n\nVer detalle: https://www.mercadopago.com.ar/activities\n\n"
           "Este es un e-mail automático. Por favor no lo respondas.\nMercado Pago · Av. Caseros 3039, CABA")
    html = ("<html><body><div style=\"max-width:560px;margin:auto;font-family:Helvetica,Arial\">"
            "<img src=\"https://http2.mlstatic.com/mp-logo.png\" alt=\"Mercado Pago\" width=\"120\">"
            "<h2>¡Recibiste dinero!</h2><p><b>Instituto de Idiomas Palermo</b> te transfirió</p>"
            "<p style=\"font-size:32px;margin:0\">$ 380.000</p>"
            "<p>Fecha: 17 de noviembre de 2026, 10:51 hs<br>Medio: Transferencia<br>Número de operación: 93318472651</p>"
            "<p>El dinero ya está disponible en tu cuenta de Mercado Pago.</p>"
            "<a href=\"https://www.mercadopago.com.ar/activities\">Ver detalle</a>"
            "<p style=\"color:#999;font-size:11px\">Este es un e-mail automático. Por favor no lo respondas.<br>"
            "Mercado Pago · Av. Caseros 3039, CABA</p></div></body></html>")
    machine(L("payment-notification", "Mercado Pago (Argentina): money received from the language institute",
              amount="380000.00", currency="ARS"),
            [("Date", format_datetime(d)), ("From", "Mercado Pago <info@mercadopago.com>"),
             ("To", "valentina@valentinarios.com.ar"), ("Subject", enc("¡Recibiste $ 380.000 de Instituto de Idiomas Palermo!")),
             ("Message-ID", mid("generic", "mp-m2", "mercadopago.com"))],
            multipart("alternative", [text_part(txt, cte="base64"), text_part(html, subtype="html", cte="base64")], seed="m2"))

    # M3 Cajamar: Bizum received
    d = D("2026-12-03 16:41", "Europe/Madrid")
    txt = ("Cajamar informa\n\nHas recibido un Bizum.\n\nImporte: 338,80 €\nDe: XAVIER MARTI BORRAS\n"
           "Concepto: factura alvaro\nCuenta: ES91 **** **** **** **** 1187\nFecha: 03/12/2026 16:40\n\n"
           "Si no reconoces esta operación, llámanos al 950 210 000.\n\nGrupo Cooperativo Cajamar. Por favor, no "
           "respondas a este mensaje.")
    machine(L("payment-notification", "Bizum received (bank alert) from the food-truck owner; concept has no invoice number",
              amount="338.80"),
            [("Date", format_datetime(d)), ("From", "Cajamar <avisos@cajamar.es>"),
             ("To", "alvaro@solerdev.es"), ("Subject", "Has recibido un Bizum de 338,80 EUR"),
             ("Message-ID", mid("generic", "cajamar-m3", "cajamar.es"))],
            text_part(txt, charset="iso-8859-1", encode_as="cp1252"))

    # M4 out of office with return date + RFC 3834 headers
    th = thread("M49", "courtesy", "2026-12-23 09:00")
    d = D("2026-12-23 09:00", "Europe/Madrid") + _dt.timedelta(seconds=14)
    txt = ("Gracias por su mensaje.\n\nEstaré fuera de la oficina del 23 de diciembre al 6 de enero, ambos incluidos, "
           "con acceso limitado al correo. Para asuntos urgentes relacionados con pagos a proveedores, puede contactar "
           "con administracion@bodegasperezocana.es o llamar al 956 34 12 00.\n\nUn saludo,\nLola Jiménez\n"
           "Proveedores – Bodegas Hermanos Pérez Ocaña, S.L.\n\n" + DISC_PEREZ)
    machine(L("auto-reply", "out of office 23 Dec - 6 Jan 'ambos incluidos' -> back 7 Jan; Auto-Submitted header",
              return_date="2027-01-07"),
            [("Date", format_datetime(d)), ("From", A("Proveedores Bodegas Pérez Ocaña", "proveedores@bodegasperezocana.es")),
             ("To", A("Marta Iglesias", "marta@martaiglesias.es")),
             ("Subject", enc("Respuesta automática: " + th["subject"])), ("Message-ID", mid("outlook", "ooo-m4")),
             ("In-Reply-To", th["msgid"]), ("References", " ".join(th["refs"])),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("Thread-Topic", enc(th["subject"]))],
            text_part(txt, charset="iso-8859-1", encode_as="cp1252"))

    # M5 generic acknowledgement, no RFC 3834 headers
    th = thread("L078", "reminder", "2027-01-22 09:00")
    d = D("2027-01-22 09:00", "Europe/Madrid") + _dt.timedelta(seconds=41)
    txt = ("Gracias por escribir a Clínica Veterinaria San Antón.\n\nHemos recibido su mensaje y le responderemos lo "
           "antes posible dentro de nuestro horario de atención (lunes a viernes de 9:30 a 14:00 y de 16:30 a 20:30; "
           "sábados de 10:00 a 13:30).\n\nSi se trata de una URGENCIA, llame directamente al 925 22 33 44.\n"
           "Para pedir cita puede usar también nuestra web: www.vetsananton.es/citas\n\n"
           "Clínica Veterinaria San Antón · Toledo")
    machine(L("auto-reply", "clinic's generic acknowledgement without Auto-Submitted/X-Autoreply headers; no return date"),
            [("Date", format_datetime(d)), ("From", A("Clínica Veterinaria San Antón", "recepcion@vetsananton.es")),
             ("To", "lucia@martinestudio.es"), ("Subject", enc("Re: " + th["subject"].removeprefix("Re: "))),
             ("Message-ID", mid("generic", "ack-m5", "vetsananton.es")), ("In-Reply-To", th["msgid"]),
             ("References", " ".join(th["refs"]))],
            text_part(txt))

    # M6 mailbox no longer in use
    th = thread("A119", "reminder", "2026-12-10 08:00")
    d = D("2026-12-10 08:00", "Europe/Madrid") + _dt.timedelta(seconds=7)
    txt = ("Esta cuenta de correo ya no se utiliza.\n\nDesde el 1 de diciembre, los asuntos de tesorería del C.D. "
           "Benimaclet se gestionan en junta@cdbenimaclet.org. Su mensaje NO se reenvía automáticamente: por favor, "
           "vuelva a enviarlo a esa dirección.\n\nGràcies / Gracias.")
    machine(L("auto-reply", "old treasurer mailbox no longer in use, points to another address; X-Autoreply and Auto-Submitted"),
            [("Date", format_datetime(d)), ("From", A("Tresoreria CD Benimaclet", "tresoreria@cdbenimaclet.org")),
             ("To", "alvaro@solerdev.es"), ("Subject", enc("Cuenta no operativa / Re: " + th["subject"].removeprefix("Re: "))),
             ("Message-ID", mid("generic", "old-m6", "cdbenimaclet.org")), ("In-Reply-To", th["msgid"]),
             ("References", " ".join(th["refs"])), ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
             ("Precedence", "auto_reply")],
            text_part(txt, cte="8bit"))

    # M7 permanent bounce, Postfix with a Spanish-language notice
    th = thread("L062", "reminder", "2026-12-01 09:00")
    d = D("2026-12-01 09:00", "Europe/Madrid") + _dt.timedelta(seconds=3)
    rcpt = "taller@autosurgetafe.es"
    human = ("Este es el sistema de correo del servidor smtp.martinestudio.es.\n\n"
             "Lamentamos informarle de que su mensaje no ha podido ser entregado a uno o más destinatarios. Se adjunta "
             "el mensaje original.\n\nPara más ayuda, contacte con el administrador del correo de su dominio.\n\n"
             "                   El sistema de correo\n\n"
             f"<{rcpt}>: host mx1.autosurgetafe.es[185.43.12.9] said: 550 5.1.1 <{rcpt}>:\n"
             "    Recipient address rejected: User unknown in virtual mailbox table (in reply to\n    RCPT TO command)\n")
    status = ("Reporting-MTA: dns; smtp.martinestudio.es\nX-Postfix-Queue-ID: 4Rk9Zt2Qm1z9sWd\n"
              "X-Postfix-Sender: rfc822; lucia@martinestudio.es\n"
              f"Arrival-Date: {format_datetime(th['date'])}\n\n"
              f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; mx1.autosurgetafe.es\n"
              f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual\n"
              "    mailbox table\n")
    rep = multipart("report", [text_part(human, cte="8bit",
                                         extra=[("Content-Description", "Notification")]),
                               raw_part("message/delivery-status", status, [("Content-Description", "Delivery report")]),
                               raw_part("message/rfc822", owner_mail(th), [("Content-Description", "Undelivered Message")])],
                    seed="m7", params="; report-type=delivery-status")
    machine(L("bounce", "Postfix DSN with a Spanish human-readable part: 550 5.1.1 user unknown",
              failed_recipient=rcpt, permanent=True),
            [("Date", format_datetime(d)), ("From", "MAILER-DAEMON@smtp.martinestudio.es (Sistema de correo)"),
             ("To", "lucia@martinestudio.es"), ("Subject", "Mensaje no entregado: devuelto al remitente"),
             ("Message-ID", f"<20261201080003.4Rk9Zt2Qm1z9sWd@smtp.martinestudio.es>"),
             ("Auto-Submitted", "auto-replied")],
            rep)

    # M8 Office 365 delayed delivery (temporary)
    th = thread("J711", "courtesy", "2027-02-22 09:00")
    d = D("2027-02-22 13:04", "Europe/Madrid")
    rcpt = "comptabilitat@costabravallar.com"
    human = ("La entrega se ha retrasado a estos destinatarios o grupos:\n\n"
             f"{rcpt} ({rcpt})\n\nAsunto: {th['subject']}\n\n"
             "Este mensaje aún no se ha entregado. Seguiremos intentando entregarlo.\n\n"
             "El servidor seguirá intentando entregar el mensaje durante un máximo de 1 día, 19 horas y 56 minutos. "
             "Recibirá una notificación si el mensaje no se puede entregar en ese plazo.\n\n"
             "Información de diagnóstico para administradores:\n\nServidor de generación: PR3P195MB0612.EURP195.PROD.OUTLOOK.COM\n\n"
             f"{rcpt}\nServidor remoto devuelto '451 4.4.0 Primary target IP address responded with: \"421 4.2.1 "
             "Service temporarily unavailable, mailbox over quota, try again later.\"'\n")
    status = ("Reporting-MTA: dns;PR3P195MB0612.EURP195.PROD.OUTLOOK.COM\n"
              f"Received-From-MTA: dns;PR3P195MB0612.EURP195.PROD.OUTLOOK.COM\nArrival-Date: {format_datetime(th['date'])}\n\n"
              f"Final-Recipient: rfc822;{rcpt}\nAction: delayed\nStatus: 4.4.0\n"
              "Diagnostic-Code: smtp;451 4.4.0 Primary target IP address responded with: \"421 4.2.1 Service "
              "temporarily unavailable, mailbox over quota, try again later.\"\n"
              f"Will-Retry-Until: {format_datetime(th['date'] + _dt.timedelta(days=2))}\n")
    hdrs_only = owner_mail(th).split(b"\n\n", 1)[0] + b"\n"
    rep = multipart("report", [text_part(human), raw_part("message/delivery-status", status),
                               raw_part("text/rfc822-headers", hdrs_only)],
                    seed="m8", params="; report-type=delivery-status")
    machine(L("bounce", "Microsoft 365 delayed-delivery DSN in Spanish (mailbox over quota, still retrying): temporary",
              failed_recipient=rcpt, permanent=False),
            [("Date", format_datetime(d)),
             ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@jordipuig.cat>"),
             ("To", A("Jordi Puig", "jordi@jordipuig.cat")), ("Subject", enc("Entrega retrasada: " + th["subject"])),
             ("Message-ID", mid("outlook", "dsn-m8")), ("In-Reply-To", th["msgid"]), ("References", th["msgid"]),
             ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
            rep)

    # M9 FACe status change (e-invoicing, not a payment)
    d = D("2027-01-14 11:02", "Europe/Madrid")
    txt = ("FACe - Punto General de Entrada de Facturas Electrónicas de la Administración General del Estado\n\n"
           "Le informamos de que la factura que se detalla a continuación ha cambiado de estado:\n\n"
           "Número de registro: 202700004518236\nNúmero de factura: MI/2026/53\nProveedor: IGLESIAS RUIZ MARTA\n"
           "Órgano gestor: L01410917 - Ayuntamiento de Sevilla\nImporte: 1.452,00 EUR\n"
           "Estado anterior: 1300 - Registrada en RCF\nNuevo estado: 2400 - Contabilizada la obligación reconocida\n"
           "Fecha del cambio: 14/01/2027\n\nPuede consultar el estado de sus facturas en https://face.gob.es\n\n"
           "Este correo ha sido generado automáticamente. No responda a este mensaje.")
    machine(L("other", "FACe e-invoicing status change: obligation recognised, NOT paid yet -> other"),
            [("Date", format_datetime(d)), ("From", "FACe <no-reply@face.gob.es>"),
             ("To", "marta@martaiglesias.es"), ("Subject", "FACe - Cambio de estado de la factura MI/2026/53"),
             ("Message-ID", mid("generic", "face-m9", "face.gob.es"))],
            text_part(txt, charset="iso-8859-1", cte="quoted-printable"))

    # M10 outgoing Bizum by the owner (friends' dinner)
    d = D("2027-01-16 23:48", "Europe/Madrid")
    txt = ("Banco Sabadell\n\nHas enviado un Bizum\n\nImporte: 25,00 €\nA: MARTA SOLER I RIBAS\n"
           "Concepto: sopar divendres 🍕\nCuenta de cargo: ES47 **** **** **** **** 4411\nFecha: 16/01/2027 23:47\n\n"
           "Si no has realizado esta operación, llama al 963 085 000.\n\nBanco de Sabadell, S.A. No respondas a este correo.")
    html = ("<html><body><table width=\"100%\" style=\"font-family:Arial\"><tr><td style=\"background:#006dff;color:#fff;"
            "padding:10px\">Banco Sabadell</td></tr><tr><td><h3>Has enviado un Bizum</h3><p>Importe: <b>25,00 €</b><br>"
            "A: MARTA SOLER I RIBAS<br>Concepto: sopar divendres 🍕<br>Cuenta de cargo: ES47 **** **** **** **** 4411<br>"
            "Fecha: 16/01/2027 23:47</p><p style=\"font-size:11px\">Si no has realizado esta operación, llama al 963 085 000."
            "<br>Banco de Sabadell, S.A. No respondas a este correo.</p></td></tr></table></body></html>")
    machine(L("other", "outgoing Bizum the owner sent to a friend for a dinner: money going OUT, not a client payment"),
            [("Date", format_datetime(d)), ("From", "Banco Sabadell <notificaciones@bancsabadell.com>"),
             ("To", "jordi@jordipuig.cat"), ("Subject", "Has enviado un Bizum de 25,00 EUR"),
             ("Message-ID", mid("generic", "sab-m10", "bancsabadell.com"))],
            multipart("alternative", [text_part(txt), text_part(html, subtype="html")], seed="m10"))


# ==============================================================================================
# main
# ==============================================================================================

def toml_str(v):
    return json.dumps(v, ensure_ascii=False)


def main():
    paid()
    promise()
    dispute()
    other()
    machine_mail()
    order = list(range(len(MESSAGES)))
    random.Random(13013).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    lines = ["# round13-es labels – generated by make.py", ""]
    keys = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
            "failed_recipient", "permanent", "note"]
    for n, idx in enumerate(order, 1):
        label, data = MESSAGES[idx]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        lines.append(f'[files."{name}"]')
        for k in keys:
            if k in label:
                v = label[k]
                lines.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(v)}")
        extra = set(label) - set(keys)
        assert not extra, extra
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    check(len(order))


def check(n):
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    assert len(labels) == n
    for name in sorted(labels):
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (name, h)
        msg["Date"].datetime  # parses
        str(msg["Subject"]); str(msg["From"]); str(msg["To"])
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        assert not msg.defects, (name, msg.defects)
    c = Counter(v["kind"] for v in labels.values())
    print(n, "messages;", dict(sorted(c.items())))


if __name__ == "__main__":
    main()
