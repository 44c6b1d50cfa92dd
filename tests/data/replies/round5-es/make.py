#!/usr/bin/env python3
"""Round 5 (es): client replies to invoices and mailduns reminders, Spanish voices.

Generates r5s-NNNN.eml and labels.toml in this directory. Python 3.11, stdlib only.
Every client text below is hand-written; only the MIME plumbing, the HTML skeletons and the
quoted reminders (rendered from the es templates, filled in by hand) are generated.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import os
import quopri
import random
import struct
import sys
import zlib
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r5s"

# --------------------------------------------------------------------------------------------
# The mailbox owners (freelancers). One numbering style each.
# --------------------------------------------------------------------------------------------
OWNERS = {
    "lucia": dict(name="Lucía Martín", email="lucia@martinestudio.es", first="Lucía",
                  beneficiary="Lucía Martín Gallego", iban="ES91 2100 0418 4502 0005 1332",
                  bic="CAIXESBBXXX", tz="Europe/Madrid",
                  sig="Lucía Martín · Martín Estudio\nDiseño gráfico y branding\nC/ del Pez 21, 28004 Madrid · 654 318 220"),
    "inaki": dict(name="Iñaki Etxeberria", email="inaki@etxeberriafoto.eus", first="Iñaki",
                  beneficiary="Iñaki Etxeberria Arana", iban="ES12 2095 5031 2091 1234 5678",
                  bic="BASKES2BXXX", tz="Europe/Madrid",
                  sig="Iñaki Etxeberria\nFotografía de producto, moda y gastronomía\nDonostia · 688 120 447"),
    "carmen": dict(name="Carmen Ruiz Peña", email="carmen@ruizpenatraducciones.es", first="Carmen",
                   beneficiary="Carmen Ruiz Peña", iban="ES76 0182 5566 7102 0151 9823",
                   bic="BBVAESMMXXX", tz="Europe/Madrid",
                   sig="Carmen Ruiz Peña\nTraductora-Intérprete Jurada de inglés y francés (MAEC n.º 8812)\nSevilla · 955 012 873"),
    "diego": dict(name="Diego Alonso Vilar", email="diego@alonsovilar.dev", first="Diego",
                  beneficiary="Diego Alonso Vilar", iban="ES44 0081 2156 1200 0654 3210",
                  bic="BSABESBBXXX", tz="Europe/Madrid",
                  sig="Diego Alonso Vilar\nDesarrollo web y tiendas online\nVigo · alonsovilar.dev"),
    "rocio": dict(name="Rocío Benítez", email="rocio@rociobenitez.com", first="Rocío",
                  beneficiary="Rocío Benítez Santana", iban="ES05 2100 8731 6102 0033 4417",
                  bic="CAIXESBBXXX", tz="Atlantic/Canary",
                  sig="Rocío Benítez\nRedes sociales y contenidos\nLas Palmas de Gran Canaria"),
    "pau": dict(name="Pau Ferrer", email="pau@ferrerfotografia.com", first="Pau",
                beneficiary="Pau Ferrer Bauzà", iban="ES38 0487 2021 9120 0001 7734",
                bic="GBMNESMMXXX", tz="Europe/Madrid",
                sig="Pau Ferrer · fotografia d'interiors i hotels\nPalma · 971 22 48 09"),
}

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIA3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def d(s):
    return dt.date.fromisoformat(s)


def fecha_larga(x):
    return f"{x.day} de {MESES[x.month - 1]} de {x.year}"


def parse_local(s, tz):
    return dt.datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


def rnd_hex(r, n):
    return "".join(r.choice("0123456789ABCDEF") for _ in range(n))


def rnd_alnum(r, n):
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


FORMAS = {"SL", "SLU", "SLL", "SLP", "SA", "SAU", "SCOOP", "COOP", "CB", "SOCIEDAD", "LIMITADA",
          "COOPERATIVA", "SRL", "SPA", "LTD", "SAC", "EIRL", "SPA", "LTDA"}
ENTIDADES = {"AYUNTAMIENTO", "CONCELLO", "FUNDACIÓN", "ASOCIACIÓN", "COLEGIO", "COMUNIDAD", "INSTITUTO",
             "CLUB", "GRUPO", "EDITORIAL", "AGENCIA", "ESTUDIO", "ACADEMIA", "ESCUELA", "CLÍNICA", "HOTEL",
             "RESTAURANTE"}


def saludo(client_name):
    if not client_name:
        return "Buenos días:"
    w = client_name.upper().replace(". ", ".").replace(".", "").replace(",", " ").replace("(", " ").replace(")", " ").split()
    if w and (any(x in FORMAS for x in w) or w[0] in ENTIDADES):
        return "Estimados señores:"
    return f"Buenos días, {client_name}:"


def payment_block(o, inv):
    return ("Datos para el pago:\n"
            f"- beneficiario: {o['beneficiary']}\n"
            f"- IBAN: {o['iban']}\n"
            f"- BIC: {o['bic']}\n"
            f"- concepto: Factura {inv}")


FEE_STAT = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la "
            "que se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva "
            "2011/7/UE). Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de "
            "demora al tipo legal: el tipo del Banco Central Europeo para sus operaciones principales de "
            "financiación más ocho puntos porcentuales, actualmente el 10,15 % anual (arts. 5 y 7). A la deuda "
            "se añade, además, una cantidad fija de 40,00 € en concepto de indemnización por costes de cobro (art. 8).")


def letter(m):
    """Render the quoted letter (mailduns reminder, or the owner's own invoice mail)."""
    o = OWNERS[m["owner"]]
    kind = m.get("letter", "reminder")
    inv, amt = m.get("inv"), m.get("amount")
    due = m.get("due")
    sent = m["sent_dt"].date()
    days_late = (sent - due).days if due else 0
    de = f" de {amt}" if amt else ""
    sal = saludo(m.get("client_name"))
    pay = payment_block(o, inv) if inv else ""
    if kind == "invoice":
        return m["invoice_text"].strip() + "\n\n--\n" + o["sig"]
    if kind == "courtesy":
        issue = f", emitida el {fecha_larga(m['issue'])}," if m.get("issue") else ""
        body = (f"{sal}\n\nUn breve recordatorio: la factura n.º {inv}{de}{issue} vence el {fecha_larga(due)}.\n\n"
                "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
    elif kind == "due":
        if days_late > 0:
            first = (f"La factura n.º {inv}{de} venció el {fecha_larga(due)} y, según mis registros, el pago aún no "
                     "consta. Agradecería que se tramitara en los próximos días.")
        else:
            first = f"La factura n.º {inv}{de} vence hoy, {fecha_larga(due)}."
        body = (f"{sal}\n\n{first}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
    elif kind == "reminder":
        body = (f"{sal}\n\nRevisando mis cuentas, veo que la factura n.º {inv}{de}, vencida el {fecha_larga(due)}, "
                "sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se "
                "realizara en cuanto sea posible.\n\n"
                "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha "
                "de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la "
                f"factura, podemos aclararlo por esta misma vía.\n\n{pay}")
    elif kind == "late_fee":
        fees = ""
        total = amt
        if m.get("fees"):
            fees = FEE_STAT + "\n\nA día de hoy, el importe adeudado es el siguiente:\n" + "\n".join(
                "- " + x for x in m["fees"]) + "\n\n"
            total = m["fee_total"]
        body = (f"{sal}\n\nLa factura n.º {inv}{de} venció el {fecha_larga(due)}, hace {days_late} días, y sigue "
                f"pendiente de pago.\n\n{fees}Ruego que el pago de {total} se realice a más tardar el "
                f"{fecha_larga(m['deadline'])}. Si ya está en curso, muchas gracias: basta con responder indicando "
                "la fecha de la transferencia. Si hay algún problema con la factura o con los plazos, podemos "
                f"buscar una solución por esta misma vía.\n\n{pay}")
    elif kind == "suspension":
        body = (f"{sal}\n\nVuelvo a ponerme en contacto en relación con la factura n.º {inv}{de}, vencida el "
                f"{fecha_larga(due)} y todavía pendiente de pago.\n\n"
                f"Si para el {fecha_larga(m['deadline'])} no se ha recibido el pago{de}, a partir del "
                f"{fecha_larga(m['suspension'])} podría verme en la necesidad de suspender los trabajos en curso y "
                "la prestación de los servicios contratados hasta que se regularice la situación. Si existe alguna "
                "dificultad (por ejemplo, si es necesario fraccionar el pago), basta con responder a este correo y "
                f"buscaremos una solución.\n\n{pay}")
    elif kind == "promise_followup":
        if m.get("prev_promise"):
            first = (f"Según su último mensaje, el pago de la factura n.º {inv}{de} se realizaría a más tardar el "
                     f"{fecha_larga(m['prev_promise'])}; gracias de nuevo por la información.")
        else:
            first = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv}{de}, vencida el "
                     f"{fecha_larga(due)}.")
        body = (f"{sal}\n\n{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas "
                "gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días "
                f"más, me sería útil saber para cuándo puedo contar con él.\n\n{pay}")
    elif kind == "paid_claim_followup":
        body = (f"{sal}\n\nMuchas gracias por comunicarme el {fecha_larga(m['claim_date'])} que la factura n.º "
                f"{inv}{de} ya está pagada.\n\nSin embargo, a día de hoy el pago todavía no aparece en mi cuenta. "
                "A veces una transferencia tarda unos días más en llegar, o puede haberse enviado a otros datos "
                "bancarios. Para poder localizarla, me sería de gran ayuda conocer la fecha de ejecución y la "
                "referencia de la transferencia, o recibir el justificante.\n\n"
                "Para comprobarlo, estos son los datos bancarios correctos:\n"
                f"- beneficiario: {o['beneficiary']}\n- IBAN: {o['iban']}\n- concepto: Factura {inv}\n\n"
                "Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es "
                "necesario hacer nada más. Gracias por su colaboración.")
    elif kind == "final":
        cn = f", emitida a nombre de {m['client_name']} el {fecha_larga(m['issue'])}," if m.get("client_name") and m.get("issue") else ""
        dl = fecha_larga(m["deadline"])
        body = (f"{sal}\n\nLa factura n.º {inv}{cn} venció el {fecha_larga(due)} y, pese a los recordatorios "
                f"enviados anteriormente, sigue pendiente de pago por un importe de {amt}.\n\n"
                "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el "
                f"pago de {amt} a más tardar el {dl}.\n\n"
                "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también "
                "una invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de "
                "enero, de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún "
                "motivo para el retraso, alguna discrepancia con la factura o la necesidad de un calendario de "
                "pagos, basta con responder a este correo.\n\n"
                f"Si para el {dl} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la "
                "reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría "
                "sinceramente evitarlo.\n\n"
                "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: "
                f"en ese caso, basta una breve respuesta con la fecha de la transferencia.\n\n{pay}")
        return body + f"\n\nAtentamente,\n{o['name']}"
    elif kind == "statement":
        lines = []
        for (n, iss, du, a) in m["invoices"]:
            late = (sent - du).days
            lines.append(f"- n.º {n}, del {fecha_larga(iss)}, vencida el {fecha_larga(du)} ({late} días de retraso): {a}")
        body = (f"{sal}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n"
                + "\n".join(lines) + f"\n\nTotal a pagar: {m['total']}\n\n"
                f"Ruego que el pago de estas facturas se realice a más tardar el {fecha_larga(m['deadline'])}. Si "
                "alguna de ellas ya está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de "
                "la transferencia, para que pueda actualizar mis registros. Si hay algún problema con alguna "
                "factura, podemos aclararlo por esta misma vía.\n\n"
                "Los datos para el pago figuran en las facturas, en los mensajes con los que se enviaron.")
    else:
        raise ValueError(kind)
    return body + f"\n\nUn cordial saludo,\n{o['name']}"


# --------------------------------------------------------------------------------------------
# Quote headers in the styles of the usual mail programs (Spanish locale)
# --------------------------------------------------------------------------------------------
def attr_line(style, sent, o, to_addr, subj):
    wd = sent.weekday()
    hm = f"{sent.hour}:{sent.minute:02d}"
    if style in ("gmail", "gmail_html"):
        return f"El {DIA3[wd]}, {sent.day} {MES3[sent.month - 1]} {sent.year} a las {hm}, {o['name']} (<{o['email']}>) escribió:"
    if style == "thunderbird_de":
        return f"Am {sent.day:02d}.{sent.month:02d}.{sent.year} um {sent.hour:02d}:{sent.minute:02d} schrieb {o['name']}:"
    if style == "gmail_it":
        return f"Il giorno {['lun','mar','mer','gio','ven','sab','dom'][wd]} {sent.day} {['gen','feb','mar','apr','mag','giu','lug','ago','set','ott','nov','dic'][sent.month-1]} {sent.year} alle ore {sent.hour:02d}:{sent.minute:02d} {o['name']} <{o['email']}> ha scritto:"
    if style == "gmail_sv":
        return f"Den {['mån','tis','ons','tors','fre','lör','sön'][wd]} {sent.day} {['jan.','feb.','mars','apr.','maj','juni','juli','aug.','sep.','okt.','nov.','dec.'][sent.month-1]} {sent.year} kl {sent.hour:02d}:{sent.minute:02d} skrev {o['name']} <{o['email']}>:"
    if style == "gmail_nl":
        return f"Op {['ma','di','wo','do','vr','za','zo'][wd]} {sent.day} {['jan','feb','mrt','apr','mei','jun','jul','aug','sep','okt','nov','dec'][sent.month-1]} {sent.year} om {sent.hour:02d}:{sent.minute:02d} schreef {o['name']} <{o['email']}>:"
    if style == "yahoo":
        return f"El {DIA3[wd]}., {sent.day} {MES3[sent.month - 1]}. {sent.year} a las {hm}, {o['name']}<{o['email']}> escribió:"
    if style == "outlook_fr":
        jours = ['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche']
        mois = ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre']
        return ("________________________________\n"
                f"De : {o['name']} <{o['email']}>\n"
                f"Envoyé : {jours[wd]} {sent.day} {mois[sent.month-1]} {sent.year} {sent.hour:02d}:{sent.minute:02d}\n"
                f"À : {to_addr}\n"
                f"Objet : {subj}")
    if style == "apple":
        return f"El {sent.day} {MES3[sent.month - 1]} {sent.year}, a las {hm}, {o['name']} <{o['email']}> escribió:"
    if style == "thunderbird":
        return f"El {sent.day}/{sent.month}/{sent.strftime('%y')} a las {hm}, {o['name']} escribió:"
    if style in ("outlook", "outlook_html"):
        return ("________________________________\n"
                f"De: {o['name']} <{o['email']}>\n"
                f"Enviado: {DIAS[wd]}, {sent.day} de {MESES[sent.month - 1]} de {sent.year} {hm}\n"
                f"Para: {to_addr}\n"
                f"Asunto: {subj}")
    if style == "outlook_old":
        return ("-----Mensaje original-----\n"
                f"De: {o['name']} [mailto:{o['email']}] \n"
                f"Enviado el: {DIAS[wd]}, {sent.day} de {MESES[sent.month - 1]} de {sent.year} {sent.hour:02d}:{sent.minute:02d}\n"
                f"Para: {to_addr}\n"
                f"Asunto: {subj}")
    if style == "android":
        off = sent.utcoffset()
        h = int(off.total_seconds() // 3600)
        return ("-------- Mensaje original --------\n"
                f"De: {o['name']} <{o['email']}> \n"
                f"Fecha: {sent.day}/{sent.month}/{sent.strftime('%y')} {sent.hour:02d}:{sent.minute:02d} (GMT{h:+03d}:00) \n"
                f"Para: {to_addr} \n"
                f"Asunto: {subj} ")
    raise ValueError(style)


def quoted_plain(style, attr, text):
    if style in ("gmail", "gmail_html", "apple", "thunderbird", "thunderbird_de", "gmail_it", "gmail_sv", "gmail_nl", "yahoo"):
        q = "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))
        return attr + "\n\n" + q if style == "apple" else attr + "\n" + q
    return attr + "\n\n" + text


def text_to_html_paras(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<br>\n".join(html.escape(x) for x in para.split("\n")))
    return out


def html_from(style, body, attr, qtext):
    """HTML version of a reply: the client's text plus the quote, per mail program."""
    paras = text_to_html_paras(body)
    q = quote_fragment(style, attr, qtext) if attr else ""
    if style.startswith("outlook") or style == "outlook_html":
        b = "\n".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>\n'
                '<body lang="ES" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
                f'{b}\n{q}\n</div></body></html>\n')
    b = "\n".join(f"<div>{p}</div><div><br></div>" for p in paras)
    return f'<div dir="ltr">{b}{q}</div>\n'


def quote_fragment(style, attr, qtext):
    if style.startswith("outlook"):
        lines = attr.split("\n")
        if lines[0].startswith("___") or lines[0].startswith("---"):
            lines = lines[1:]
        hdr = "<br>\n".join(html.escape(x) for x in lines)
        return ('<div id="divRplyFwdMsg" style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal"><b>{hdr}</b><o:p></o:p></p></div>\n'
                + "\n".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>' for p in text_to_html_paras(qtext)))
    if style == "apple":
        qp = "".join(f"<div>{p}</div><div><br></div>" for p in text_to_html_paras(qtext))
        return (f'<div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
                f'<div>{qp}</div></blockquote></div>')
    qp = "".join(f"<div>{p}</div><div><br></div>" for p in text_to_html_paras(qtext))
    return (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            f'padding-left:1ex">{qp}</blockquote></div>')


# --------------------------------------------------------------------------------------------
# MIME plumbing (raw bytes, so that charsets and encodings are exactly what mail programs send)
# --------------------------------------------------------------------------------------------
def enc_header_value(s, cs="utf-8", q=False):
    if all(ord(c) < 128 for c in s):
        return s
    if q:
        return Header(s, cs).encode()  # Header chooses Q for latin-1
    return Header(s, cs).encode()


def enc_addr(name, addr, cs="utf-8"):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"'):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    return f"{Header(name, cs).encode()} <{addr}>"


def parse_addr(s):
    s = s.strip()
    if "<" in s:
        n, a = s.rsplit("<", 1)
        return n.strip().strip('"'), a.strip(">").strip()
    return "", s


def leaf(ctype, text_or_bytes, cs=None, cte="8bit", extra=None, wire_cs=None):
    """One MIME leaf: returns bytes (headers + body). wire_cs: codec actually used for the bytes."""
    if isinstance(text_or_bytes, str):
        try:
            raw = text_or_bytes.encode(wire_cs or cs)
        except UnicodeEncodeError:
            # Outlook: labelled iso-8859-1, written in Windows-1252 (€, curly quotes, dashes)
            raw = text_or_bytes.encode("cp1252")
    else:
        raw = text_or_bytes
    h = [f"Content-Type: {ctype}" + (f'; charset="{cs}"' if cs else "")]
    if cte == "qp":
        body = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
        h.append("Content-Transfer-Encoding: quoted-printable")
    elif cte == "b64":
        body = base64.encodebytes(raw)
        h.append("Content-Transfer-Encoding: base64")
    elif cte == "7bit":
        body = raw
        h.append("Content-Transfer-Encoding: 7bit")
    else:
        body = raw
        h.append("Content-Transfer-Encoding: 8bit")
    if extra:
        h.extend(extra)
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(h) + "\n\n").encode("ascii") + body


def multipart(sub, parts, boundary):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'.encode()]
    for p in parts:
        out.append(f"--{boundary}\n".encode() + p)
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def tiny_png(r):
    w, h = 4, 3
    rows = b"".join(b"\x00" + bytes(r.randrange(256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def tiny_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 770 Td (" + t[:40] + b") Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def attachment(r, fname, ctype):
    if ctype == "application/pdf":
        data = tiny_pdf(fname)
    elif ctype.startswith("image/"):
        data = tiny_png(r)
        if ctype == "image/jpeg":
            data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(r.randrange(256) for _ in range(120)) + b"\xff\xd9"
    else:
        data = b"fake"
    fn = fname
    disp = f'attachment; filename="{fn}"'
    if any(ord(c) > 127 for c in fn):
        disp = f"attachment; filename*=utf-8''{__import__('urllib.parse').parse.quote(fn)}"
        fn = Header(fn, "utf-8").encode()
    return leaf(f'{ctype}; name="{fn}"', data, None, "b64", [f"Content-Disposition: {disp}"])


def msgid(r, style, sender_addr, when):
    dom = sender_addr.split("@", 1)[1]
    if style.startswith("gmail") or dom == "gmail.com":
        return f"<CA{rnd_alnum(r, 2)}+{rnd_alnum(r, 44)}@mail.gmail.com>"
    if style.startswith("outlook"):
        srv = r.choice(["DB9PR04MB", "AM6PR10MB", "PAXPR08MB", "VI1PR06MB", "AS8PR02MB"]) + str(r.randrange(1000, 9999))
        return f"<{srv}{rnd_hex(r, 8)}{rnd_hex(r, 8)}@{srv}.eurprd0{r.randrange(1, 9)}.prod.outlook.com>"
    if style == "apple":
        return f"<{rnd_hex(r, 8)}-{rnd_hex(r, 4)}-{rnd_hex(r, 4)}-{rnd_hex(r, 4)}-{rnd_hex(r, 12)}@{dom}>"
    if style == "android":
        return f"<{rnd_alnum(r, 10).lower()}.{rnd_hex(r, 8).lower()}@email.android.com>"
    return f"<{when.strftime('%Y%m%d%H%M%S')}.{rnd_hex(r, 6).lower()}@{dom}>"


MAILERS = {
    "gmail": None, "gmail_html": None,
    "outlook": "Microsoft Outlook 16.0", "outlook_old": "Microsoft Outlook 14.0", "outlook_html": None,
    "apple": "Apple Mail (2.3774.600.62)", "android": None, "thunderbird": None, "none": None,
}


def build(idx, m):
    r = random.Random(f"r5s-{idx}")
    o = OWNERS[m["owner"]]
    tz = m.get("tz", "Europe/Madrid")
    when = parse_local(m["date"], tz)
    style = m.get("quote", "gmail")
    fmt = m.get("fmt", "plain")
    cs = m.get("cs", "utf-8")
    wire = m.get("wire_cs")  # e.g. cp1252 bytes labelled iso-8859-1 (Outlook)
    cte = m.get("cte")
    if cte is None:
        if style.startswith("thunderbird"):
            cte = "8bit"
        elif style.startswith("gmail") and cs == "utf-8" and r.random() < 0.35:
            cte = "b64"  # Gmail sends base64 bodies for some messages
        else:
            cte = "qp" if cs == "utf-8" else "8bit"
    inv_subject = m.get("inv_subject") or (f"Factura {m['inv']}" if m.get("inv") else "")
    frm_name, frm_addr = parse_addr(m["frm"])
    to = m.get("to") or f"{o['name']} <{o['email']}>"
    subj = m.get("subj") or ("Re: " + inv_subject)

    # the thread
    inv_id = f"<{(m['sent_dt'] - dt.timedelta(days=40)).strftime('%Y%m%d%H%M%S')}.{hashlib.md5((m.get('inv') or str(idx)).encode()).hexdigest()[:12]}@{o['email'].split('@')[1]}>"
    rem_id = f"<mailduns.{hashlib.md5(('rem' + str(idx)).encode()).hexdigest()[:16]}@{o['email'].split('@')[1]}>"
    if m.get("letter") == "invoice":
        refs = [inv_id]
    else:
        refs = [inv_id, rem_id]

    # the quote
    body = m["body"].strip("\n") + "\n"
    attr = qtext = None
    if style != "none" and not m.get("noquote"):
        sent_local = m["sent_dt"]
        to_for_attr = m.get("quote_to") or (f"{frm_name} <{frm_addr}>" if frm_name else frm_addr)
        qsubj = m.get("quote_subj") or (inv_subject if m.get("letter") == "invoice" else "Re: " + inv_subject)
        attr = attr_line(style, sent_local, o, to_for_attr, qsubj)
        qtext = letter(m)
        if m.get("quote_below"):
            plain = quoted_plain(style, attr, qtext) + "\n\n" + body
        else:
            plain = body + "\n" + quoted_plain(style, attr, qtext) + "\n"
    else:
        plain = body

    # the body parts
    if fmt == "plain":
        part = leaf("text/plain", plain, cs, cte, wire_cs=wire)
        if m.get("flowed"):
            part = part.replace(f'charset="{cs}"'.encode(), f'charset="{cs}"; format=flowed'.encode(), 1)
    else:
        hbody = m.get("html") or html_from(style, body, attr, qtext)
        if m.get("html") and attr:
            hbody = hbody.replace("<!--QUOTE-->", quote_fragment(style, attr, qtext))
        hcte = m.get("html_cte", cte if cte == "b64" else ("qp" if cs == "utf-8" else cte))
        hpart = leaf("text/html", hbody, cs, hcte, wire_cs=wire)
        if fmt == "html":
            part = hpart
        else:
            part = multipart("alternative", [leaf("text/plain", plain, cs, cte, wire_cs=wire), hpart],
                             f"000000000000{rnd_hex(r, 16).lower()}" if style.startswith("gmail") else f"_000_{rnd_alnum(r, 20)}_")
    atts = m.get("att") or []
    if atts:
        parts = [part] + [attachment(r, fn, ct) for fn, ct in atts]
        part = multipart("mixed", parts, f"----=_Part_{r.randrange(10**6)}_{r.randrange(10**9)}.{r.randrange(10**12)}")

    # headers
    hcs = "iso-8859-1" if cs != "utf-8" else "utf-8"
    H = []
    if m.get("received", True):
        H.append(f"Received: from {frm_addr.split('@')[1]} (unknown [{r.randrange(11, 223)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}])\n"
                 f"\tby mx.{o['email'].split('@')[1]} (Postfix) with ESMTPS id {rnd_hex(r, 10)}\n"
                 f"\tfor <{o['email']}>; {format_datetime((when + dt.timedelta(seconds=r.randrange(2, 40))).astimezone(ZoneInfo(o['tz'])))}")
    H.append(f"Date: {format_datetime(when)}")
    H.append(f"From: {enc_addr(frm_name, frm_addr, hcs)}")
    tos = []
    for t in [x for x in to.split(";")]:
        n, a = parse_addr(t)
        tos.append(enc_addr(n, a, hcs))
    H.append("To: " + ", ".join(tos))
    if m.get("cc"):
        ccs = []
        for t in m["cc"].split(";"):
            n, a = parse_addr(t)
            ccs.append(enc_addr(n, a, hcs))
        H.append("Cc: " + ", ".join(ccs))
    H.append(f"Subject: {enc_header_value(subj, hcs)}")
    H.append(f"Message-ID: {m.get('msgid') or msgid(r, style, frm_addr, when)}")
    if not m.get("no_thread"):
        H.append(f"In-Reply-To: {refs[-1]}")
        H.append("References: " + "\n ".join(refs))
    mailer = m.get("mailer", MAILERS.get(style))
    if mailer:
        H.append(("User-Agent: " if "Thunderbird" in mailer else "X-Mailer: ") + mailer)
    if style.startswith("outlook") and not m.get("no_thread_topic"):
        H.append(f"Thread-Topic: {enc_header_value(inv_subject, hcs)}")
        H.append(f"Thread-Index: {base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode()}")
        H.append("Content-Language: es-ES")
    if style in ("thunderbird", "thunderbird_de"):
        H.append("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2")
    for eh in m.get("headers", []):
        H.append(eh)
    H.append("MIME-Version: 1.0")
    return ("\n".join(H) + "\n").encode("ascii") + part


# --------------------------------------------------------------------------------------------
# The messages. M(...) registers one; kind and facts are the label.
# --------------------------------------------------------------------------------------------
MSGS = []


def M(kind, note, body, **kw):
    kw["kind"] = kind
    kw["note"] = note
    kw["body"] = body
    tz_owner = OWNERS[kw["owner"]]["tz"]
    kw["sent_dt"] = parse_local(kw.pop("sent"), tz_owner)
    for k in ("due", "issue", "deadline", "suspension", "prev_promise", "claim_date"):
        if isinstance(kw.get(k), str):
            kw[k] = d(kw[k])
    MSGS.append(kw)


GDPR_CLINIC = """AVISO LEGAL: La información contenida en este mensaje y, en su caso, en los ficheros anexos es confidencial y está dirigida exclusivamente a su destinatario. Si usted no es el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su eliminación. En cumplimiento del Reglamento (UE) 2016/679 (RGPD) y de la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos forman parte de un tratamiento cuyo responsable es la “Clínica Oftalmológica Vistalegre, S.L.”, con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación y portabilidad dirigiéndose a dpo@clinicavistalegre.es."""

GDPR_LAW = """Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Pueden contener información sujeta a secreto profesional. Si lo ha recibido por error, le rogamos que nos lo comunique por esta misma vía y lo elimine sin copiarlo ni reenviarlo. Sus datos personales serán tratados por ARROYO & VALCÁRCEL ABOGADOS, S.L.P. conforme al RGPD y a la LOPDGDD; puede ejercer sus derechos en protecciondedatos@arroyovalcarcel.es."""

# ============================================================================================
# client-reply-paid
# ============================================================================================
M("client-reply-paid",
  "Galician clinic receptionist; 'ya quedó hecho' + the doctor gave the OK at the bank: paid with no payment verb",
  """Bo día Lucía!

Lo de la factura ya quedó hecho ayer pola tarde, Marta (la doctora) pasó por el banco y le dio el visto bueno antes de irse para casa. Perdona la tardanza, con la campaña de revisiones de los nenos andamos todas de cabeza.

Cualquier cosa nos dices.

Un abrazo,
Noelia
Recepción · Clínica Dental Miño
Rúa do Paseo 14, 32003 Ourense
988 24 51 90
""",
  owner="lucia", inv="2026-041", amount="1.210,00 €", due="2026-11-10", sent="2026-11-16 09:00", letter="reminder",
  client_name="Clínica Dental Miño SL", frm="Clínica Dental Miño <recepcion@clinicadentalmino.es>",
  date="2026-11-17 10:12", quote="gmail", fmt="alt")

M("client-reply-paid",
  "Madrid law firm, formal Outlook; invoice 'incluida en la remesa del pasado viernes' + receipt attached; GDPR footer",
  f"""Buenos días, Carmen:

Le confirmamos que la factura 2026/057 fue incluida en la remesa de pagos a proveedores del pasado viernes, 20 de noviembre. Le adjuntamos el justificante emitido por la entidad bancaria.

Reciba un cordial saludo,

Beatriz Soto Alcaide
Departamento de Administración
ARROYO & VALCÁRCEL ABOGADOS
Paseo de la Castellana 141, 7.º · 28046 Madrid
T. +34 91 555 20 40

{GDPR_LAW}
""",
  owner="carmen", inv="2026/057", amount="880,00 €", due="2026-11-15", sent="2026-11-23 09:00", letter="reminder",
  client_name="Arroyo & Valcárcel Abogados SLP", frm="Beatriz Soto Alcaide <administracion@arroyovalcarcel.es>",
  date="2026-11-24 12:47", quote="outlook", fmt="alt", att=[("Justificante_transferencia_2026-057.pdf", "application/pdf")],
  facts=dict(reference="2026/057"))

M("client-reply-paid",
  "Mallorca hotel admin, Spanish with Catalan greetings; 'te adjunto el comprobante' + chat about next shoot",
  """Bon dia Pau,

Te adjunto el comprobante de la FF-2026-088. Disculpa el retraso, en temporada baja estamos medio equipo y todo va más lento de lo normal.

Las fotos de la terraza han quedado precioses, el director está encantado y ya las hemos puesto en Booking. Para primavera seguramente te volveremos a llamar para la zona del spa, cuando acaben la obra.

Una abraçada,

Margalida Riera
Administració · Hotel Cala Blava
Camí de Son Vida s/n · 07013 Palma
""",
  owner="pau", inv="FF-2026-088", amount="2.420,00 €", due="2026-11-25", sent="2026-12-01 09:00", letter="reminder",
  client_name="Hotel Cala Blava", frm="Margalida Riera <administracio@hotelcalablava.com>",
  date="2026-12-03 13:05", quote="apple", att=[("comprobante transferencia.pdf", "application/pdf")],
  facts=dict(reference="FF-2026-088"))

M("client-reply-paid",
  "son answers for his father (carpenter, autónomo); father paid at the bank counter on Tuesday, photo of the slip; no accents",
  """Hola buenas, soy Ruben el hijo de Manuel Castro (Carpinteria Castro, de Lalin). Mi padre no se aclara mucho con el correo y me pidio que te contestara yo.

Dice que ya fue al banco el martes y lo pago en ventanilla, te mando foto del papel que le dieron. Si falta algo me dices a mi mejor que a el jaja

Un saludo
Ruben
""",
  owner="diego", inv="DAV-26-031", amount="605,00 €", due="2026-11-30", sent="2026-12-04 09:30", letter="due",
  client_name="Manuel Castro Rey", frm="Ruben Castro <rubencastro.92@gmail.com>", quote_to="carpinteriacastro@yahoo.es",
  date="2026-12-09 18:40", quote="gmail", fmt="alt", att=[("IMG_20261209_183344.jpg", "image/jpeg")])

M("client-reply-paid",
  "Rioja winery accounts: bank says the transfer left with value date 3 Dec; offers to check if not received (claim + conditional question)",
  """Buenas tardes Iñaki,

Según nos indica el banco, la transferencia de la F2026-127 salió con fecha valor 3 de diciembre. Si a ti no te consta, dínoslo y lo revisamos con ellos, que ya nos pasó una vez con otro proveedor que tenía dos cuentas y lo mandamos a la que no era.

Saludos,
Ainhoa Gil
Contabilidad – Bodegas Sáenz de Ugarte
Ctra. de Briñas km 1 · 26200 Haro (La Rioja)
""",
  owner="inaki", inv="F2026-127", amount="1.815,00 €", due="2026-11-30", sent="2026-12-07 09:00", letter="reminder",
  client_name="Bodegas Sáenz de Ugarte SL", frm="Contabilidad Bodegas Sáenz <contabilidad@bodegassaenz.com>",
  date="2026-12-07 16:45", quote="outlook", facts=dict(reference="F2026-127"))

M("client-reply-paid",
  "Almería farm cooperative, phone mail: 'lo pasó Encarni el lunes con los pagos de los socios' – paid, no payment verb for the invoice itself",
  """Hola Lucía mira a ver q tiene que estar ya, lo pasó Encarni el lunes junto con los pagos de los socios. Si no lo ves me llamas al movil y lo miramos

Paqui

Enviado desde mi Galaxy
""",
  owner="lucia", inv="2026-048", amount="968,00 €", due="2026-11-30", sent="2026-12-10 08:30", letter="reminder",
  client_name="Cooperativa Hortofrutícola San Isidro de Níjar S. Coop. And.", frm="Paqui Ruiz <paqui@sanisidronijar.es>",
  date="2026-12-10 11:20", quote="android", cte="b64")

M("client-reply-paid",
  "long chatty NGO mail (campaign, bugs, dinner invitation) with one sentence: board approved Thursday, treasurer processed it yesterday",
  """Hola Diego!

Perdona que no te haya contestado antes, han sido unas semanas de locos. La campaña de Navidad del banco de alimentos ha funcionado muchísimo mejor que el año pasado, y en parte es gracias a la web nueva: el formulario de voluntariado ha recibido 140 inscripciones en diez días (el año pasado, con el PDF aquel que había que imprimir, fueron 35). La gente de la junta está flipando.

Te quería comentar un par de cosas para cuando tengas un rato, sin prisa:
- en el móvil, el botón de "Dona" se queda tapado por el aviso de cookies en algunos Android (a mí me pasa con un Xiaomi);
- ¿se podría añadir un mapa con los puntos de recogida? Nada urgente, para enero.

Por cierto, lo de tu factura ya está: la junta lo aprobó el jueves en la reunión y Montse, la tesorera, lo tramitó ayer desde el banco.

Y otra cosa: el 19 hacemos una cena con los voluntarios en el local de Gràcia. Si te apetece venir estás invitado, de verdad, que mucha gente quiere conocer al "de la web".

Abrazo fuerte,
Jordi

--
Associació Mans Obertes · Banc d'aliments del barri
C/ de Verdi 88, 08012 Barcelona
""",
  owner="diego", inv="DAV-26-027", amount="1.452,00 €", due="2026-11-20", sent="2026-12-02 09:15", letter="reminder",
  client_name="Associació Mans Obertes", frm="Jordi Puig <jordi.puig@mansobertes.org>",
  date="2026-12-11 19:32", quote="gmail", fmt="alt")

M("client-reply-paid",
  "Zaragoza academy director, one word from iPhone: 'Hecho.' in reply to the due-date reminder",
  """Hecho. Perdona el retraso 🙏

Enviado desde mi iPhone
""",
  owner="rocio", inv="RB2026-47", amount="350,00 €", due="2026-11-15", sent="2026-11-18 08:00", letter="due",
  client_name="Academia Lasheras", frm="Javier Lasheras <direccion@academialasheras.com>",
  date="2026-11-20 21:14", quote="apple", cte="qp")

M("client-reply-paid",
  "German restaurant owner in Tenerife, imperfect Spanish, AW: prefix, German Thunderbird quote; states amount",
  """Hola Rocío,

yo he pagado la factura ayer por transferencia, son 363 euros. Por favor mira si esta bien, mi banco es aleman (Sparkasse) y a veces tarda mas dias.

Muchas gracias por el trabajo con Instagram, los clientes alemanes ahora nos encuentran mucho mejor!

Saludos
Jürgen Häusler
Restaurante El Mirador · Puerto de la Cruz
""",
  owner="rocio", inv="RB2026-52", amount="363,00 €", due="2026-11-15", sent="2026-11-24 09:00", letter="reminder",
  client_name="Jürgen Häusler", frm="Jürgen Häusler <juergen@restaurante-elmirador-tf.com>",
  date="2026-11-26 10:05", tz="Atlantic/Canary", quote="thunderbird_de", subj="AW: Re: Factura RB2026-52",
  cs="utf-8", cte="8bit", facts=dict(amount="363.00"))

M("client-reply-paid",
  "Chilean travel agency: international transfer 'se cursó el viernes' for USD 1,850, receipt attached",
  """Hola Diego, ¿cómo estás?

Te cuento que la transferencia internacional se cursó el viernes por los USD 1.850, debería verse reflejada en tu cuenta entre 2 y 3 días hábiles (el banco acá se demora un poco con las transferencias al extranjero). Te adjunto el comprobante del Banco de Chile por si lo necesitas.

Quedo atenta a cualquier cosa.

Saludos cordiales,

Constanza Muñoz M.
Administración y Finanzas
Patagonia Austral Expediciones SpA
Av. Providencia 1208, of. 503 · Providencia, Santiago
+56 2 2946 1180
""",
  owner="diego", inv="DAV-26-034", amount="1.850,00 USD", due="2026-12-05", sent="2026-12-10 09:00", letter="reminder",
  client_name="Patagonia Austral Expediciones SpA", frm="Constanza Muñoz <cmunoz@patagoniaaustral.cl>",
  date="2026-12-14 10:30", tz="America/Santiago", quote="gmail", fmt="alt",
  att=[("Comprobante_TEF_Internacional_11122026.pdf", "application/pdf")],
  facts=dict(amount="1850.00", currency="USD"))

M("client-reply-paid",
  "tax advisor (gestoría) answers for the client; 'se abonó el 30/11' with bank extract; Outlook 2010, cp1252 bytes labelled iso-8859-1",
  """Buenos días, Sr. Alonso:

Soy Antonio Pazos, de Gestoría Pazos (Cangas). Llevamos la contabilidad de Marisquería O Porto y el cliente nos ha reenviado su correo.

La factura DAV-26-019 se abonó el 30/11 junto con el resto de proveedores del mes; le adjunto extracto del movimiento. Si en su cuenta no figurase, le agradecería que nos lo comunicase a nosotros directamente, ya que el cliente no gestiona los pagos.

Atentamente,

Antonio Pazos Lorenzo
Gestoría Pazos – Asesoría fiscal, laboral y contable
Rúa Real 12, 1º · 36940 Cangas (Pontevedra)
Tel. 986 30 11 22

AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos contienen información confidencial destinada únicamente a su destinatario. Si lo ha recibido por error, por favor notifíquelo al remitente y bórrelo. Protección de datos: Gestoría Pazos, C.B. trata sus datos conforme al RGPD con la finalidad de atender su consulta.
""",
  owner="diego", inv="DAV-26-019", amount="726,00 €", due="2026-11-25", sent="2026-12-01 09:00", letter="reminder",
  client_name="Marisquería O Porto", frm="Antonio Pazos <antonio@gestoriapazos.com>",
  quote_to="Marisquería O Porto <marisqueriaoporto@hotmail.com>",
  date="2026-12-02 10:26", quote="outlook_old", cs="iso-8859-1", wire_cs="cp1252", cte="8bit",
  att=[("Extracto_movimiento_30-11.pdf", "application/pdf")], facts=dict(reference="DAV-26-019"))

M("client-reply-paid",
  "fashion brand content manager, HTML-only Outlook: 'finanzas lo procesó en la remesa de ayer' – paid via payment run, no pay verb; chat about lookbook",
  """Hola Iñaki!

Te confirmo que finanzas lo procesó en la remesa de ayer, así que te debería entrar hoy o mañana como muy tarde.

Por cierto, las fotos del lookbook de invierno están funcionando genial en la web, la de la gabardina camel es la que más convierte 😍

Un besazo,
Paula

Paula Ibáñez | Brand & Content Manager
LUNA ROJA STUDIO
Calle Almirante 14, 28004 Madrid
""",
  owner="inaki", inv="F2026-131", amount="2.178,00 €", due="2026-12-07", sent="2026-12-14 09:00", letter="reminder",
  client_name="Luna Roja Studio SL", frm="Paula Ibáñez <paula.ibanez@lunaroja-studio.com>",
  date="2026-12-16 11:58", quote="outlook_html", fmt="html")

M("client-reply-paid",
  "Seville tavern owner, ALL CAPS, no accents, late at night: 'YA TE LO INGRESE EL LUNES'",
  """BUENAS LUCIA, YA TE LO INGRESE EL LUNES EN LA CUENTA QUE PONIA EN LA FACTURA. PERDONA PERO ESTOS DIAS CON LAS COMIDAS DE EMPRESA NO TENGO TIEMPO NI DE MIRAR EL CORREO.

UN SALUDO
PACO
BODEGON EL ALMACEN - TRIANA
""",
  owner="lucia", inv="2026-055", amount="484,00 €", due="2026-12-05", sent="2026-12-14 09:00", letter="reminder",
  client_name="Bodegón El Almacén", frm="Paco Romero <bodegonelalmacen@gmail.com>",
  date="2026-12-17 23:48", quote="gmail", fmt="alt", cte="b64")

M("client-reply-paid",
  "Valencia physiotherapy clinic, reply to a courtesy reminder: paid 90 EUR by Bizum this morning",
  """Hola Carmen,

esta mañana te he hecho un Bizum de los 90 € de la traducción del informe, que para esa cantidad me resulta más cómodo que la transferencia. Te llegará al número que me diste por teléfono.

¡Gracias por la rapidez, el paciente ya tiene todo para el seguro!

Amparo Ferrandis
Fisio Turia · Carrer de Cuba 31, València
""",
  owner="carmen", inv="2026/083", amount="90,00 €", issue="2026-12-16", due="2027-01-15", sent="2027-01-08 09:00",
  letter="courtesy", client_name="Clínica Fisio Turia", frm="Fisio Turia <info@fisioturia.es>",
  date="2027-01-11 13:22", quote="gmail", facts=dict(amount="90.00"))

M("client-reply-paid",
  "Lima law firm, formal Peruvian register ('Por medio del presente'); names the invoice and the EUR amount; asks to confirm receipt",
  """Estimada Sra. Ruiz Peña:

Por medio del presente le comunico que con fecha 14 de diciembre se efectuó el abono correspondiente a su factura N° 2026/071 mediante transferencia del Banco de Crédito del Perú, por el importe de EUR 640,00, conforme a lo acordado.

Le agradeceré tenga a bien confirmar la recepción del mismo una vez se vea reflejado en su cuenta.

Sin otro particular, quedo de usted.

Atentamente,

Rosa Quispe Huamán
Área de Administración
Estudio Jurídico Paredes & Asociados
Av. José Larco 1150, Of. 702 – Miraflores, Lima 18
""",
  owner="carmen", inv="2026/071", amount="640,00 €", due="2026-12-04", sent="2026-12-11 09:00", letter="reminder",
  client_name="Estudio Jurídico Paredes & Asociados", frm="Rosa Quispe Huamán <rquispe@paredesasociados.pe>",
  date="2026-12-15 09:40", tz="America/Lima", quote="outlook", fmt="alt",
  facts=dict(amount="640.00", reference="2026/071"))

M("client-reply-paid",
  "Lanzarote hotel forwards the bank's 'transferencia emitida' notice with 'te reenvío el justificante'; new thread (RV:), no quote of the reminder; amount and invoice number only inside the forwarded notice",
  """Hola Rocío, te reenvío el justificante que me ha pasado el banco, para lo de la factura de octubre. Un saludo!

Dácil

________________________________
De: CaixaBank <notificaciones@caixabank.com>
Enviado: viernes, 4 de diciembre de 2026 13:02
Para: reservas@hotelvolcanlanzarote.com
Asunto: Comprobante de transferencia emitida

Le informamos de que se ha realizado la siguiente transferencia desde su cuenta:

Ordenante: HOTEL VOLCAN LANZAROTE SL
Beneficiario: ROCIO BENITEZ SANTANA
IBAN beneficiario: ES05 2100 **** **** **** 4417
Importe: 1.452,00 EUR
Concepto: FRA RB2026-48 OCTUBRE
Fecha de ejecución: 04/12/2026

Este correo es informativo, por favor no responda a este mensaje.
""",
  owner="rocio", inv="RB2026-48", amount="1.452,00 €", due="2026-11-20", sent="2026-11-30 09:00", letter="reminder",
  client_name="Hotel Volcán Lanzarote SL", frm="Dácil Cabrera <reservas@hotelvolcanlanzarote.com>",
  date="2026-12-04 13:20", tz="Atlantic/Canary", quote="outlook", noquote=True, fmt="alt",
  subj="RV: Comprobante de transferencia emitida", no_thread=True, no_thread_topic=True, facts=dict(amount="1452.00", reference="RB2026-48"))

M("client-reply-paid",
  "nursery school admin answers a two-invoice statement: both paid Friday in one transfer of 1,089 (sum); two numbers named, so no single reference",
  """Hola Lucía:

Las dos (la 44 y la 47) quedaron pagadas el viernes, juntas en una sola transferencia de 1.089 €, por eso igual no te cuadraba con ninguna de las dos.

Saludos,
Begoña Lázaro
Administración · Escuela Infantil Los Almendros (Alcalá de Henares)
""",
  owner="lucia", inv="2026-047", letter="statement", sent="2027-01-08 09:00",
  invoices=[("2026-044", d("2026-11-10"), d("2026-12-10"), "605,00 €"), ("2026-047", d("2026-11-20"), d("2026-12-20"), "484,00 €")],
  total="1.089,00 €", deadline="2027-01-18",
  client_name="Escuela Infantil Los Almendros", frm="Begoña Lázaro <administracion@losalmendros.es>",
  date="2027-01-11 10:03", quote="thunderbird", cs="utf-8", cte="8bit", facts=dict(amount="1089.00"))

M("client-reply-paid",
  "Sóller restaurant: 'lo pagamos el día 2, ¿puedes confirmarme que te ha llegado?' – paid claim plus a question about a wrong IBAN with another supplier",
  """Hola Pau, lo pagamos el día 2, ¿puedes confirmarme que te ha llegado? Te lo pregunto porque a otro proveedor no le llegó y resulta que teníamos su IBAN mal copiado.
Gràcies!
Toni
""",
  owner="pau", inv="FF-2026-092", amount="1.210,00 €", due="2026-11-30", sent="2026-12-07 08:00", letter="reminder",
  client_name="Es Racó de Sóller", frm="Toni Mayol <toni@esracodesoller.com>",
  date="2026-12-07 09:51", quote="gmail")

M("client-reply-paid",
  "retired treasurer of an Asturian neighbours' association, old-fashioned formal Spanish; paid at the Caja Rural counter the day of the board meeting; iso-8859-1",
  """Estimada Sra. Martín:

Acuso recibo de su atento escrito. Le comunico que en la reunión de la Junta Directiva celebrada el pasado día 9 se acordó el pago de su factura por el diseño del cartel y programa de las fiestas, y ese mismo día lo hice efectivo por ventanilla en la oficina de Caja Rural de la avenida de la Argentina, ya que la asociación no dispone de banca electrónica.

Conservo el resguardo por si lo precisa.

Sin otro particular, reciba un cordial saludo.

José Manuel Fernández Álvarez
Tesorero
Asociación de Vecinos La Calzada (Gijón)
""",
  owner="lucia", inv="2026-043", amount="330,00 €", due="2026-11-05", sent="2026-11-13 09:00", letter="reminder",
  client_name="Asociación de Vecinos La Calzada", frm="José Manuel Fernández <jmfernandez1951@telecable.es>",
  date="2026-11-16 18:02", quote="thunderbird", cs="windows-1252", cte="8bit")

M("client-reply-paid",
  "Montevideo cultural centre, Uruguayan voseo: 'ya te giramos la plata por Wise el jueves, fijate si te llegó'",
  """Hola Lucía, ¿cómo andás?

Te aviso que ya te giramos la plata por Wise el jueves, fijate si te llegó porque a mí me figura como entregado. Los afiches quedaron divinos, los pegamos por toda la Ciudad Vieja y ya nos preguntaron quién los hizo.

Abrazo grande,
Flor

Florencia Techera
Taller La Cumparsita · Montevideo
""",
  owner="lucia", inv="2026-046", amount="450,00 €", due="2026-11-20", sent="2026-11-25 09:00", letter="reminder",
  client_name="Taller La Cumparsita", frm="Florencia Techera <flor@tallerlacumparsita.com.uy>",
  date="2026-11-28 11:00", tz="America/Montevideo", quote="gmail", fmt="alt")

M("client-reply-paid",
  "Murcia eye clinic, impersonal admin voice ('Les informamos'), Outlook with cp1252 curly quotes labelled iso-8859-1, long GDPR footer",
  f"""Buenos días:

Les informamos de que la factura n.º 2026-052 ha sido abonada con fecha 18/12/2026 mediante transferencia bancaria a la cuenta indicada en la misma.

Atentamente,

Departamento de Administración
Clínica Oftalmológica Vistalegre
Avda. Juan Carlos I, 47 – 30009 Murcia
Tel. 968 27 44 10

{GDPR_CLINIC}
""",
  owner="lucia", inv="2026-052", amount="2.904,00 €", due="2026-12-10", sent="2026-12-18 08:00", letter="reminder",
  client_name="Clínica Oftalmológica Vistalegre SL", frm="Administración Clínica Vistalegre <administracion@clinicavistalegre.es>",
  date="2026-12-21 09:15", quote="outlook_old", cs="iso-8859-1", wire_cs="cp1252", cte="qp",
  facts=dict(reference="2026-052"))

M("client-reply-paid",
  "fashion designer one-liner over New Year: 'Pagada ayer!!' with emoji",
  """Pagada ayer!! Feliz año nuevo Iñaki 🎉🎉
Marta
""",
  owner="inaki", inv="F2026-139", amount="847,00 €", due="2026-12-20", sent="2026-12-28 09:00", letter="reminder",
  client_name="Marta Bueno", frm="Marta Bueno Atelier <martabuenoatelier@gmail.com>",
  date="2027-01-02 12:30", quote="gmail", fmt="alt")

M("client-reply-paid",
  "Canarian garage: 'transferido el martes' + vague undated 'las próximas también te las iremos pagando' – the 'will also' exception, stays paid",
  """Buenas Diego, transferido el martes, perdona que con el cierre del año se nos fue de la cabeza. Las próximas mensualidades del mantenimiento también te las iremos pagando, que ahora ya lo tiene Nayra apuntado en el calendario.
Saludos
Yeray
Talleres Hermanos Quintana · Telde
""",
  owner="diego", inv="DAV-26-044", amount="60,50 €", due="2026-12-31", sent="2027-01-04 09:00", letter="reminder",
  client_name="Talleres Hermanos Quintana SL", frm="Yeray Quintana <yeray@talleresquintana.com>",
  date="2027-01-07 08:41", tz="Atlantic/Canary", quote="gmail")

M("client-reply-paid",
  "Málaga hospitality group: manager forwards (RV:) what Accounts told her: 'salió en la remesa del 8' – paid in a payment run, two nested Outlook headers",
  """Lucía, te reenvío lo que me dice Contabilidad. Entiendo que ya lo tienes; si no, me dices y lo miramos.

Ana

De: José Ruiz <contabilidad@mardealboran.es>
Enviado: martes, 12 de enero de 2027 10:41
Para: Ana Gil <ana.gil@mardealboran.es>
Asunto: RE: Factura 2026-058

Hola Ana, la de Martín Estudio salió en la remesa del 8, con las de los proveedores de diciembre.
Saludos, José

De: Ana Gil <ana.gil@mardealboran.es>
Enviado: lunes, 11 de enero de 2027 17:20
Para: José Ruiz <contabilidad@mardealboran.es>
Asunto: RV: Factura 2026-058

José, ¿esto está? Es lo de las cartas nuevas de los tres restaurantes.
""",
  owner="lucia", inv="2026-058", amount="1.573,00 €", due="2026-12-30", sent="2027-01-11 09:00", letter="reminder",
  client_name="Grupo Hostelero Mar de Alborán SL", frm="Ana Gil <ana.gil@mardealboran.es>",
  date="2027-01-12 11:05", quote="outlook", fmt="alt", subj="RV: Factura 2026-058")

M("client-reply-paid",
  "Vigo canning company, Galician greeting, bottom-posted under the quote (Thunderbird): transfer ordered Friday with execution date today",
  """Boas Diego,

la transferencia de la DAV-26-041 está ordenada desde el viernes con fecha de ejecución hoy, así que debería entrarte hoy mismo o mañana.

Saúdos,
Xoán Otero
Administración · Conservas Rías Baixas
""",
  owner="diego", inv="DAV-26-041", amount="1.996,50 €", due="2027-01-10", sent="2027-01-15 09:00", letter="reminder",
  client_name="Conservas Rías Baixas SL", frm="Xoán Otero <administracion@conservasriasbaixas.gal>",
  date="2027-01-18 09:30", quote="thunderbird", quote_below=True, flowed=True, facts=dict(reference="DAV-26-041"))

M("client-reply-paid",
  "daughter writes for her father (cheese farm, Extremadura): he says he paid 242 on 28 Nov, maybe to the old account – paid claim with a question",
  """Buenas tardes,

Le escribo yo porque mi padre (Julián Sánchez, el de la quesería) no usa el correo. Dice que eso ya lo pagó, que lo tiene apuntado en la libreta el 28 de noviembre, 242 euros por transferencia desde la Caja de Almendralejo. ¿Puede ser que lo hiciera a la cuenta vieja que usted tenía antes? Él guarda todavía la factura del año pasado y a lo mejor copió el número de ahí.

Si me dice algo yo se lo explico a él.

Un saludo,
Lorena Sánchez
""",
  owner="rocio", inv="RB2026-55", amount="242,00 €", due="2026-11-25", sent="2026-12-07 09:00", letter="reminder",
  client_name="Julián Sánchez Mateos", frm="Lorena Sánchez <lorena.sanchez.ibores@hotmail.com>",
  quote_to="queserialosibores@gmail.com",
  date="2026-12-09 17:36", quote="outlook", fmt="alt", facts=dict(amount="242.00"))

M("client-reply-paid",
  "hotel group accounts payable, HTML-only with a remittance table written by a person; crossed with the reminder",
  "(html only)",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="ES" style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Buenos días Pau,</p>
<p>Adjunto detalle del pago realizado el 15/01/2027:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#DDEBF7"><th>Proveedor</th><th>N.º factura</th><th>Fecha factura</th><th>Importe</th><th>Fecha pago</th><th>Forma de pago</th></tr>
<tr><td>FERRER BAUZÀ, PAU</td><td>FF-2026-101</td><td>20/11/2026</td><td style="text-align:right">3.025,00 €</td><td>15/01/2027</td><td>Transferencia</td></tr>
</table>
<p>Saludos cordiales,</p>
<p><b>Sergio Llull</b><br>Cuentas a Pagar | Grupo Tramuntana Hotels<br>C/ Gremi Fusters 33, 07009 Palma<br>
<span style="color:#7F7F7F;font-size:8pt">Antes de imprimir este correo, piense en el medio ambiente.</span></p>
<!--QUOTE-->
</body></html>
""",
  owner="pau", inv="FF-2026-101", amount="3.025,00 €", due="2026-12-20", sent="2027-01-15 07:00", letter="reminder",
  client_name="Grupo Tramuntana Hotels SA", frm="Cuentas a Pagar Tramuntana <cuentasapagar@tramuntanahotels.com>",
  date="2027-01-18 08:50", quote="outlook_html", fmt="html", facts=dict(amount="3025.00", reference="FF-2026-101"))

M("client-reply-paid",
  "Murcia exam-prep academy: 'Ea, ya lo tienes!!' – paid stated as 'you have it now', regional interjection, no verb of paying",
  """Ea, ya lo tienes!! Perdona que esta semana ha sido una locura con los simulacros del examen de maestros, no he parado ni para comer.

Fuensanta
Academia Opositas · Murcia
""",
  owner="rocio", inv="RB2027-02", amount="423,50 €", due="2027-01-10", sent="2027-01-19 08:00", letter="reminder",
  client_name="Academia Opositas", frm="Fuensanta López <fuensanta@academiaopositas.es>",
  date="2027-01-22 20:10", quote="gmail", fmt="alt")

# ============================================================================================
# client-reply-promise
# ============================================================================================
M("client-reply-promise",
  "Pamplona podiatry clinic: 'la pasamos en la remesa del día 25' (payment run, no pay verb) -> 25 of this month",
  """Buenos días Lucía, la hemos dado de alta esta semana en el programa y la pasamos en la remesa del día 25. Un saludo,

Idoia Goñi
Administración · Clínica Podológica Arga
Avda. de Pío XII 20, Pamplona
""",
  owner="lucia", inv="2026-042", amount="1.331,00 €", due="2026-11-10", sent="2026-11-10 09:00", letter="due",
  client_name="Clínica Podológica Arga", frm="Idoia Goñi <idoia.goni@clinicarga.es>",
  date="2026-11-12 12:30", quote="outlook", fmt="alt", facts=dict(promised_date="2026-11-25"))

M("client-reply-promise",
  "La Mancha wine cooperative: no payments to suppliers until 15 January (year-end closing), 'se pagará ese día'; windows-1252",
  """Buenos días:

Le informo de que, por cierre del ejercicio, la cooperativa no realiza pagos a proveedores hasta el 15 de enero. Su factura está contabilizada y se le pagará ese día junto con el resto.

Un saludo.

Julián Moreno
Administración
Cooperativa Vinícola Ntra. Sra. de la Asunción, S. Coop. de C-LM
Socuéllamos (Ciudad Real)
""",
  owner="inaki", inv="F2026-135", amount="1.089,00 €", due="2026-12-15", sent="2026-12-21 09:00", letter="reminder",
  client_name="Cooperativa Vinícola Nuestra Señora de la Asunción S. Coop.", frm="Julián Moreno <administracion@coopasuncion.es>",
  date="2026-12-22 10:17", quote="outlook_old", cs="windows-1252", cte="8bit", facts=dict(promised_date="2027-01-15"))

M("client-reply-promise",
  "Valladolid law firm: invoice reviewed, waiting only for the partner's signature; 'en cuanto vuelva y firme, sale' – promise, no date, no pay verb",
  """Hola Carmen:

Tu factura está ya revisada y pendiente únicamente de la firma de D. Ignacio, que esta semana está en juicios en Burgos. En cuanto vuelva y firme, sale. Disculpa las molestias.

Un saludo,

Sonia Herrero
Administración · Bufete Cuadrado Abogados
Acera de Recoletos 9, 47004 Valladolid
""",
  owner="carmen", inv="2026/066", amount="495,00 €", due="2026-11-16", sent="2026-11-24 09:00", letter="reminder",
  client_name="Bufete Cuadrado Abogados", frm="Sonia Herrero <sherrero@bufetecuadrado.com>",
  date="2026-11-25 16:03", quote="outlook", fmt="alt")

M("client-reply-promise",
  "Palma restaurant owner from iPhone (Catalan signature): 'Te lo hago el viernes sin falta' on a Wednesday -> Friday 4 Dec",
  """Pau perdona!! Se me pasó totalmente. Te lo hago el viernes sin falta, que es cuando hago los pagos a proveedores.

Enviat des del meu iPhone
""",
  owner="pau", inv="FF-2026-090", amount="726,00 €", due="2026-11-27", sent="2026-12-01 09:00", letter="due",
  client_name="Can Miquel", frm="Miquel Oliver <miquel@canmiquelpalma.com>",
  date="2026-12-02 14:36", quote="apple", facts=dict(promised_date="2026-12-04"))

M("client-reply-promise",
  "Ibiza hotel closed for the winter: the gestoría only comes on Mondays; invoice left on their desk, 'el lunes te la pagan' -> next Monday",
  """Hola Pau,

Ahora en invierno el hotel está cerrado y la gestoría solo viene los lunes a hacer los pagos. Ya les he dejado tu factura encima de la mesa con una nota, así que el lunes te la pagan.

Feliz Navidad!
Laura Marí
Dirección · Es Vedrà Suites
""",
  owner="pau", inv="FF-2026-097", amount="1.936,00 €", due="2026-12-10", sent="2026-12-16 09:00", letter="reminder",
  client_name="Es Vedrà Suites", frm="Laura Marí <direccion@esvedrasuites.com>",
  date="2026-12-17 19:20", quote="gmail", fmt="alt", facts=dict(promised_date="2026-12-21"))

M("client-reply-promise",
  "Cádiz fried-fish shop owner, candid: no cash now; offers 300 at the end of the month and the rest in January – promise with a partial amount",
  """Hola Lucía, mira, te voy a ser sincera: ahora mismo no tengo liquidez. Noviembre ha sido malísimo, con el levante casi no ha venido nadie a la terraza. Lo que puedo hacer es pagarte 300 a final de mes y el resto en enero cuando tire un poco la Navidad. ¿Te parece bien? Perdona de verdad, no es por no pagarte, que el trabajo ha quedado precioso.

Manoli
Freiduría La Caleta
""",
  owner="lucia", inv="2026-049", amount="968,00 €", due="2026-11-15", sent="2026-11-20 09:00", letter="reminder",
  client_name="Freiduría La Caleta", frm="Manoli Jiménez <freiduria.lacaleta@gmail.com>",
  date="2026-11-23 16:12", quote="gmail", fmt="alt", cte="b64", facts=dict(promised_date="2026-11-30", amount="300.00"))

M("client-reply-promise",
  "Italian pizzeria owner in Valencia, Spanish mixed with Italian, 'R:' prefix and Italian Gmail quote: 'pago la semana proxima sicuro' – vague date",
  """Ciao Lucia,
perdona el retraso, esta semana es muy complicado por la inspeccion de sanidad. Yo pago la semana proxima sicuro, no te preocupa.
Grazie mille
Marco
""",
  owner="lucia", inv="2026-050", amount="605,00 €", due="2026-11-22", sent="2026-11-30 09:00", letter="reminder",
  client_name="Marco Bellini", frm="Marco Bellini <marco@pizzeriabellinivalencia.com>",
  date="2026-12-02 23:05", quote="gmail_it", subj="R: Re: Factura 2026-050")

M("client-reply-promise",
  "British bar owner in Málaga writing Spanish: was in the UK for a funeral, 'Voy a pagar mañana por la mañana'",
  """Hola Rocío,

Lo siento mucho, estaba en UK por el funeral de mi tía y no he mirado los emails en dos semanas. Voy a pagar mañana por la mañana, primera cosa.

Gracias por tu paciencia!!
Gemma
The Corner Bar · Málaga
""",
  owner="rocio", inv="RB2026-50", amount="363,00 €", due="2026-11-28", sent="2026-12-03 09:00", letter="reminder",
  client_name="The Corner Bar Málaga", frm="Gemma Whitfield <gemma@thecornerbarmalaga.com>",
  date="2026-12-08 21:40", quote="gmail", fmt="alt", facts=dict(promised_date="2026-12-09"))

M("client-reply-promise",
  "Granada NGO: waiting for the regional subsidy; 'en cuanto llegue serás de los primeros en cobrar' – conditional promise, hinted 'antes de Navidad' is hearsay, no date",
  """Hola Diego,

Te pido mil disculpas por el retraso. Estamos esperando a que la Junta nos ingrese la segunda parte de la subvención del proyecto (con la que precisamente se paga la web) y, en cuanto llegue, serás de los primeros en cobrar, te lo prometo. En principio nos dijeron que antes de Navidad, pero con la administración nunca se sabe.

Un abrazo,

Inma Robles
Coordinación · Fundación Albaicín Acoge
Cuesta de San Gregorio 4, Granada
""",
  owner="diego", inv="DAV-26-033", amount="2.420,00 €", due="2026-11-30", sent="2026-12-09 09:00", letter="reminder",
  client_name="Fundación Albaicín Acoge", frm="Inma Robles <inma.robles@albaicinacoge.org>",
  date="2026-12-10 13:44", quote="gmail", fmt="alt")

M("client-reply-promise",
  "Lleida fruit cooperative (Catalan sign-off): pays suppliers on the 10th; invoice missed December's cut-off, 'entra en el pago del 10 de enero'",
  """Bon dia Iñaki,

La cooperativa paga a proveedores los días 10 de cada mes y tu factura llegó después del corte de diciembre. Entra en el pago del 10 de enero.

Salutacions,

Montse Arqué
Comptabilitat · Fruits de Ponent SCCL
Alcarràs (Lleida)
""",
  owner="inaki", inv="F2026-133", amount="1.210,00 €", due="2026-12-12", sent="2026-12-17 09:00", letter="reminder",
  client_name="Fruits de Ponent SCCL", frm="Montse Arqué <comptabilitat@fruitsponent.cat>",
  date="2026-12-18 09:12", quote="outlook", facts=dict(promised_date="2027-01-10"))

M("client-reply-promise",
  "Valparaíso English institute (Chile): transfer 'quedó programada para el lunes 14' – scheduled, not yet made",
  """Hola Diego!

Disculpa la demora en responder, estamos en pleno cierre de semestre y ando con mil cosas. Te cuento que la transferencia quedó programada para el lunes 14, así que debería llegarte a mediados de la próxima semana.

Un abrazo y gracias por la paciencia,
Javiera

Javiera Soto
Coordinación Administrativa · Instituto de Inglés Cerro Alegre
Valparaíso
""",
  owner="diego", inv="DAV-26-032", amount="980,00 USD", due="2026-12-01", sent="2026-12-09 09:00", letter="reminder",
  client_name="Instituto de Inglés Cerro Alegre", frm="Javiera Soto <jsoto@cerroalegreinstitute.cl>",
  date="2026-12-10 17:25", tz="America/Santiago", quote="gmail", fmt="alt", facts=dict(promised_date="2026-12-14"))

M("client-reply-promise",
  "Bilbao law firm admin: their policy is 60 days from issue, so invoice 2026/068 'se abonará el próximo 14 de diciembre' – promise, not a dispute; cp1252 labelled iso-8859-1",
  """Estimada Sra. Ruiz:

En respuesta a su correo, le informamos de que, conforme a nuestra política de pagos a proveedores, las facturas se abonan a 60 días desde la fecha de emisión. Su factura n.º 2026/068, de fecha 15 de octubre, se abonará por tanto el próximo 14 de diciembre.

Reciba un cordial saludo,

Departamento de Administración
ZUBIAURRE ABOGADOS
Gran Vía 45, 6.º – 48011 Bilbao
Tel. 944 23 67 00

“Este mensaje y, en su caso, los ficheros adjuntos son confidenciales. Si no es usted el destinatario, le rogamos que lo comunique al remitente y lo elimine.”
""",
  owner="carmen", inv="2026/068", amount="1.452,00 €", due="2026-11-14", sent="2026-11-24 09:00", letter="reminder",
  client_name="Zubiaurre Abogados SLP", frm="Administración Zubiaurre Abogados <administracion@zubiaurreabogados.com>",
  date="2026-11-25 11:31", quote="outlook_old", cs="iso-8859-1", wire_cs="cp1252", cte="qp",
  facts=dict(promised_date="2026-12-14", reference="2026/068"))

M("client-reply-promise",
  "A Coruña boutique owner, Galician touches: waiting for the sales; 'A primeros de febrero lo tienes' – promise without an exact date",
  """Hola Iñaki! Non hai problema, eh, no es que me olvide. Es que diciembre fue flojo y hasta que cobremos lo de las rebajas voy justa. A primeros de febrero lo tienes, ¿vale?

Bicos
Marola
""",
  owner="inaki", inv="F2026-141", amount="544,50 €", due="2027-01-05", sent="2027-01-13 09:00", letter="reminder",
  client_name="Boutique Marola", frm="Marola Vázquez <marola@boutiquemarola.gal>",
  date="2027-01-15 20:48", quote="android", cte="b64")

M("client-reply-promise",
  "Segovia vet: 'Hoy imposible... El jueves en cuanto llegue a la clínica lo dejo hecho' – promise for Thursday, no pay verb",
  """Hola Lucía,

Hoy imposible, estoy en Madrid en un congreso y no llevo encima el token del banco. El jueves en cuanto llegue a la clínica lo dejo hecho.

Un saludo,
Álvaro

Enviado desde mi smartphone Samsung Galaxy.
""",
  owner="lucia", inv="2026-060", amount="786,50 €", due="2027-01-08", sent="2027-01-11 09:00", letter="due",
  client_name="Clínica Veterinaria Los Olmos", frm="Álvaro Sanz <alvaro@veterinarialosolmos.es>",
  date="2027-01-12 13:15", quote="android", facts=dict(promised_date="2027-01-14"))

M("client-reply-promise",
  "La Laguna tax advisors write for their client: 'procederá al pago de la factura RB2026-61 antes del 20 de este mes'",
  """Buenos días:

Le escribimos en nombre de nuestro cliente, Heladería La Gomera Dulce, S.L., que nos ha hecho llegar su recordatorio. Nos comunica que procederá al pago de la factura RB2026-61 antes del 20 de este mes, una vez cuadre la tesorería tras las fiestas.

Para cualquier cuestión relativa a facturación puede dirigirse directamente a esta asesoría.

Atentamente,

Carolina Tejera
Asesoría Tejera & Hernández
C/ Herradores 62 · 38201 San Cristóbal de La Laguna
922 25 18 40
""",
  owner="rocio", inv="RB2026-61", amount="423,50 €", due="2026-12-30", sent="2027-01-07 09:00", letter="reminder",
  client_name="Heladería La Gomera Dulce SL", frm="Carolina Tejera <carolina@asesoriatejera.com>",
  quote_to="Heladería La Gomera Dulce <heladerialagomeradulce@gmail.com>",
  date="2027-01-08 10:02", tz="Atlantic/Canary", quote="outlook", fmt="alt",
  facts=dict(promised_date="2027-01-20", reference="RB2026-61"))

M("client-reply-promise",
  "son writes for his father (mechanic in Betanzos): mother in hospital, father alone at the garage; 'la semana que viene sin falta te lo paga' – vague",
  """Hola Diego, soy Brais, el hijo de Ramón (Talleres Lema). Mi padre me ha enseñado tu correo.

Estos días mi madre está ingresada en el CHUAC y él está llevando el taller solo, no ha tenido ni un momento para ir al banco. Dice que la semana que viene sin falta te lo paga, que no te preocupes.

Gracias por entenderlo
Brais
""",
  owner="diego", inv="DAV-27-003", amount="363,00 €", due="2027-01-12", sent="2027-01-19 09:00", letter="reminder",
  client_name="Ramón Lema Souto", frm="Brais Lema <braislema@gmail.com>",
  date="2027-01-21 22:10", quote="gmail", fmt="alt")

M("client-reply-promise",
  "Las Palmas language academy: 'Esta tarde sin falta lo hago y te mando el justificante' -> today",
  """¡Ay, perdona, Rocío! Se me pasó por completo con la matrícula del segundo cuatrimestre. Esta tarde sin falta lo hago y te mando el justificante.
Besos
Yurena
""",
  owner="rocio", inv="RB2026-53", amount="290,40 €", due="2026-11-20", sent="2026-11-27 09:00", letter="reminder",
  client_name="Academia Atlántico Idiomas", frm="Yurena Díaz <yurena@atlanticoidiomas.com>",
  date="2026-11-30 10:20", tz="Atlantic/Canary", quote="apple", facts=dict(promised_date="2026-11-30"))

M("client-reply-promise",
  "Mallorca hotel group AP: invoice approved, 'quedará incluida en la próxima remesa, que se emite los miércoles' -> next Wednesday",
  """Buenos días,

La factura FF-2026-109 ha sido aprobada por el departamento de Operaciones y quedará incluida en la próxima remesa de pagos, que se emite los miércoles.

Saludos,

Catalina Serra
Cuentas a pagar · Grupo Hotelero Llevant
Avda. Gabriel Roca 22 · 07014 Palma
""",
  owner="pau", inv="FF-2026-109", amount="1.694,00 €", due="2027-01-10", sent="2027-01-19 09:00", letter="reminder",
  client_name="Grupo Hotelero Llevant SA", frm="Proveedores Llevant <proveedores@llevanthotels.com>",
  date="2027-01-21 12:06", quote="outlook", fmt="alt", facts=dict(promised_date="2027-01-27", reference="FF-2026-109"))

M("client-reply-promise",
  "Arequipa NGO (Peru): 'el pago se hará efectivo a fin de mes', accountant on holiday with the bank keys",
  """Estimada Carmen:

Reciba un cordial saludo. Le escribo para comunicarle que el pago de su factura se hará efectivo a fin de mes, ya que nuestra contadora se encuentra de vacaciones y es la única que tiene las claves del banco. Le pido disculpas por los inconvenientes ocasionados.

Atentamente,

Milagros Chávez Salas
Coordinadora de Proyectos
Asociación Pro Niñez Arequipa
""",
  owner="carmen", inv="2027/004", amount="380,00 €", due="2027-01-25", sent="2027-02-02 09:00", letter="reminder",
  client_name="Asociación Pro Niñez Arequipa", frm="Milagros Chávez <mchavez@proninezarequipa.org.pe>",
  date="2027-02-03 08:55", tz="America/Lima", quote="gmail", fmt="alt", facts=dict(promised_date="2027-02-28"))

M("client-reply-promise",
  "Logroño hairdresser: 'antes del 28 no voy a poder... Ese día te lo pago seguro' -> the 28th",
  """Hola Lucía

Te soy sincera, antes del 28 no voy a poder, que es cuando me entran los cobros de las tarjetas regalo de Reyes y puedo respirar un poco. Ese día te lo pago seguro.

Perdona de verdad

Nerea
Estilo Nerea · Peluquería
""",
  owner="lucia", inv="2027-002", amount="302,50 €", due="2027-01-10", sent="2027-01-18 09:00", letter="reminder",
  client_name="Nerea Ochoa", frm="Nerea Ochoa <nereaochoa.estilo@gmail.com>",
  date="2027-01-19 15:30", quote="gmail", fmt="alt", facts=dict(promised_date="2027-01-28"))

M("client-reply-promise",
  "Murcian builder, dialect ('Acho', 'palabrita'): 'Mañana a primera hora te lo mando' -> tomorrow; 'mandar' = send the money",
  """Acho, perdona, que se me ha ido la pinza con la obra de Alcantarilla. Mañana a primera hora te lo mando, palabrita.

Pepe Meroño
Reformas Meroño
""",
  owner="rocio", inv="RB2027-05", amount="242,00 €", due="2027-01-25", sent="2027-02-01 09:00", letter="reminder",
  client_name="Reformas Meroño", frm="Pepe Meroño <pepe@meronoreformas.es>",
  date="2027-02-03 22:30", quote="gmail", facts=dict(promised_date="2027-02-04"))

M("client-reply-promise",
  "long chatty Ribera del Duero winery mail (harvest, labels, Madrid fair, barrels) with one buried sentence: paid with the end-of-month payments",
  """¡Hola Iñaki!

¿Qué tal por Donostia? Por aquí ya hemos terminado de descubar y los vinos de este año pintan muy bien, sobre todo el tempranillo de la finca de arriba, que con el calor de septiembre pensábamos que se nos iba a pasar y al final ha quedado redondo.

Las fotos de la vendimia han gustado muchísimo. Mi madre ha pedido que le imprimamos la de las cuadrillas a contraluz en grande para la tienda, ¿me puedes mandar el archivo en máxima resolución? Y la diseñadora de las etiquetas nuevas dice que le vendrían bien las de las cepas viejas en vertical, si tienes alguna.

Te cuento también que en febrero vamos a la feria de Madrid con un stand compartido con otras tres bodegas del pueblo, y estamos pensando en hacer un pequeño catálogo. Si te cuadra, te llamo la semana que viene y lo hablamos.

Lo de tu factura lo hablé con mi hermano, que es quien lleva los números, y lo sacamos con los pagos de final de mes, que ahora andamos justos después de comprar las barricas nuevas.

Un abrazo grande y gracias otra vez por el trabajo,

Rodrigo Velasco
Bodegas Pago de Valdeolmos · Roa de Duero (Burgos)
""",
  owner="inaki", inv="F2026-121", amount="2.783,00 €", due="2026-11-15", sent="2026-11-20 09:00", letter="reminder",
  client_name="Bodegas Pago de Valdeolmos SL", frm="Rodrigo Velasco <rodrigo@pagovaldeolmos.com>",
  date="2026-11-23 19:05", quote="gmail", fmt="alt", facts=dict(promised_date="2026-11-30"))

M("client-reply-promise",
  "Barcelona fashion atelier: 'Lo tiene ya finanzas... me dicen que sale en el siguiente pago' – payment-run promise without a date",
  """Hola Iñaki! Lo tiene ya finanzas desde el lunes, me dicen que sale en el siguiente pago pero no sé decirte el día exacto. Si la semana que viene no lo ves, escríbeme y les doy un toque 😘

Nadia
Atelier Bruna · Barcelona
""",
  owner="inaki", inv="F2027-002", amount="1.512,50 €", due="2027-01-20", sent="2027-01-26 09:00", letter="reminder",
  client_name="Atelier Bruna SL", frm="Nadia Serrano <nadia@atelierbruna.com>",
  date="2027-01-27 12:40", quote="gmail", fmt="alt")

M("client-reply-promise",
  "Romanian client in Castellón (sworn translation of her son's papers), imperfect Spanish: will Bizum on Saturday when she gets paid -> Saturday",
  """Buenos dias señora Carmen, perdone que no le pague todavia. Yo cobro el sabado y le hago un Bizum ese dia mismo, si le parece bien. La traducion de los papeles de mi hijo esta perfecta, en el colegio no pusieron ningun problema, muchas gracias.

Ioana
""",
  owner="carmen", inv="2027/003", amount="55,00 €", due="2027-01-20", sent="2027-01-27 09:00", letter="reminder",
  client_name="Ioana Popescu", frm="Ioana Popescu <ioana.popescu88@yahoo.es>",
  date="2027-01-28 20:14", quote="yahoo", facts=dict(promised_date="2027-01-30"))

M("client-reply-promise",
  "Uruguayan winery (Canelones), rioplatense: payment stuck with the bank's foreign-transfer forms; 'la semana que viene lo resolvemos sí o sí' – vague",
  """Hola Diego, ¿qué tal?

Te pido mil disculpas, se nos trancó el pago por un tema del banco con las transferencias al exterior (ahora piden no sé cuántos formularios del BCU). La semana que viene lo resolvemos sí o sí.

Un abrazo,
Martín Pereira
Bodega Los Cerros · Canelones, Uruguay
""",
  owner="diego", inv="DAV-27-004", amount="1.200,00 USD", due="2027-01-30", sent="2027-02-05 09:00", letter="reminder",
  client_name="Bodega Los Cerros", frm="Martín Pereira <mpereira@loscerroscanelones.com.uy>",
  date="2027-02-09 11:18", tz="America/Montevideo", quote="gmail", fmt="alt")

M("client-reply-promise",
  "reply to the promise follow-up (missed promise): 'antes del día 5 lo tienes en la cuenta' -> 5 February",
  """Sí, ya lo sé, perdóname Pau. Han sido unas semanas horribles con la obra de la cocina y se me ha ido todo. Te digo algo seguro: antes del día 5 lo tienes en la cuenta.

Bàrbara
Agroturisme Son Pons · Búger
""",
  owner="pau", inv="FF-2026-104", amount="1.089,00 €", due="2026-12-31", sent="2027-01-26 09:00", letter="promise_followup",
  prev_promise="2027-01-22", client_name="Agroturisme Son Pons", frm="Bàrbara Pons <info@agroturismosonpons.com>",
  date="2027-01-28 18:25", quote="apple", facts=dict(promised_date="2027-02-05"))

M("client-reply-promise",
  "music school in Santiago replying to the suspension warning: begs not to cut web maintenance; 'Mañana mismo te hago la transferencia del total'",
  """Diego, por favor, no nos cortes el mantenimiento de la web ahora, que estamos en plena campaña de matrícula de febrero y es por donde entran todas las inscripciones. Mañana mismo te hago la transferencia del total, tienes mi palabra. Lo de diciembre fue un caos con la baja de nuestra administrativa y se quedaron muchas cosas sin pagar, no solo lo tuyo.

Uxía Fernández
Directora · Escola de Música Rosalía
Santiago de Compostela
""",
  owner="diego", inv="DAV-26-029", amount="1.331,00 €", due="2026-11-30", sent="2027-01-05 09:00", letter="suspension",
  deadline="2027-01-12", suspension="2027-01-15",
  client_name="Escola de Música Rosalía", frm="Uxía Fernández <direccion@escolarosalia.gal>",
  date="2027-01-07 09:47", quote="gmail", fmt="alt", facts=dict(promised_date="2027-01-08"))

M("client-reply-promise",
  "Jaén olive-oil cooperative: 'Se ha dado orden de pago ... con vencimiento 30/12/2026' – sounds done but the payment is scheduled for the 30th; plus a supplier-number request",
  """Buenas tardes:

Se ha dado orden de pago de su factura con vencimiento 30/12/2026. Le rogamos que en adelante indique en las facturas nuestro número de proveedor (P-0392), para agilizar su tramitación.

Un saludo,

Rafael Cobo
Administración
Oleícola San Francisco, S. Coop. And.
Ctra. de Úbeda s/n · Baeza (Jaén)
""",
  owner="lucia", inv="2026-054", amount="1.996,50 €", due="2026-12-05", sent="2026-12-14 09:00", letter="reminder",
  client_name="Oleícola San Francisco S. Coop. And.", frm="Rafael Cobo <administracion@oleicolasanfrancisco.es>",
  date="2026-12-16 17:02", quote="outlook", cs="iso-8859-1", cte="qp", facts=dict(promised_date="2026-12-30"))

M("client-reply-promise",
  "Palma dermatology clinic reception, Outlook HTML: invoice was mislaid, passed to accounting today 'para que la incluyan en el próximo pago' – no date",
  """Buenos días Carmen,

Disculpa, la factura se nos quedó traspapelada entre las de las aseguradoras. La he pasado hoy mismo a contabilidad para que la incluyan en el próximo pago.

Un saludo,

Neus Bibiloni
Recepción · Clínica Dermatológica Illes
C/ de Sant Miquel 58, Palma
""",
  owner="carmen", inv="2027/006", amount="217,80 €", due="2027-01-29", sent="2027-02-05 09:00", letter="reminder",
  client_name="Clínica Dermatológica Illes", frm="Recepción Clínica Illes <recepcion@clinicaillesderma.com>",
  date="2027-02-08 10:33", quote="outlook_html", fmt="alt")

M("client-reply-promise",
  "Asturian rural hotel answers a two-invoice statement: one already paid on the 2nd, the other (2026-066) 'la pago el día 20' -> promise wins",
  """Hola Lucía:

La 2026-061 ya os la pagué el día 2 (la de las tarjetas y el folleto). La 2026-066, la de la web, la pago el día 20, que es cuando me ingresa Airbnb las reservas de enero. Ya sabes cómo va esto en invierno por aquí.

Un saludo desde Cangas, que está todo nevado,
Olvido

Hotel Rural Casa Olvido · Cangas de Onís
""",
  owner="lucia", inv="2026-066", letter="statement", sent="2027-02-05 09:00",
  invoices=[("2026-061", d("2026-12-10"), d("2027-01-09"), "423,50 €"), ("2026-066", d("2026-12-22"), d("2027-01-21"), "1.210,00 €")],
  total="1.633,50 €", deadline="2027-02-15",
  client_name="Hotel Rural Casa Olvido", frm="Olvido Prieto <reservas@casaolvido.com>",
  date="2027-02-08 09:14", quote="gmail", fmt="alt", facts=dict(promised_date="2027-02-20", reference="2026-066"))

# ============================================================================================
# client-reply-dispute
# ============================================================================================
M("client-reply-dispute",
  "Cáceres dental clinic: quote was 800+VAT, invoice 1,100+VAT; screenshot of the quote attached; asks for a corrective invoice",
  """Buenos días Diego,

Hemos revisado la factura y no cuadra con lo que acordamos. El presupuesto que nos enviaste en septiembre era de 800 € + IVA (te adjunto captura del correo) y la factura viene por 1.100 € + IVA. Si ha habido trabajos adicionales, nadie nos los comunicó ni los aprobamos.

Así no podemos pagarla. Envíanos por favor una factura rectificativa con el importe del presupuesto y la tramitamos.

Un saludo,

Elena Arévalo
Gerencia · Clínica Dental Dr. Arévalo
Avda. de España 12 · 10002 Cáceres
""",
  owner="diego", inv="DAV-26-025", amount="1.331,00 €", due="2026-11-10", sent="2026-11-17 09:00", letter="reminder",
  client_name="Clínica Dental Dr. Arévalo", frm="Elena Arévalo <gerencia@clinicaarevalo.es>",
  date="2026-11-18 10:31", quote="gmail", fmt="alt", att=[("Captura de pantalla 2026-11-18 a las 10.22.14.png", "image/png")])

M("client-reply-dispute",
  "Valencia law firm partner: translation errors, they had to revise it themselves; proposes a corrective invoice for 50%",
  """Carmen:

Siento decirte esto por correo, pero no estamos conformes con la traducción del contrato de distribución. Había varios errores de terminología («consideration» traducido como «consideración», cláusulas de indemnidad mezcladas con las de indemnización) y tuvimos que revisarla entera nosotros antes de presentarla, con la urgencia que ya sabías que teníamos.

No consideramos justo abonar el importe completo. Te propongo que emitas una rectificativa por el 50 % y lo dejamos aquí.

Pilar Olmedo
Socia · Olmedo & Ferrer Abogados
C/ Colón 60, 46004 València
""",
  owner="carmen", inv="2026/062", amount="1.694,00 €", due="2026-11-20", sent="2026-11-30 09:00", letter="reminder",
  client_name="Olmedo & Ferrer Abogados", frm="Pilar Olmedo <polmedo@olmedoferrer.es>",
  date="2026-12-01 18:50", quote="outlook", fmt="alt")

M("client-reply-dispute",
  "Tenerife hotel marketing: suite and pool photos still missing; 'Cuando esté todo, pasamos la factura a pago' – work not complete, conditional payment = dispute",
  """Hola Iñaki,

Antes de pagar necesitamos que nos mandes lo que falta: de las habitaciones solo tenemos las estándar y las superiores, faltan la suite y las fotos de la piscina al atardecer que quedamos en que repetirías porque salieron con el toldo puesto. Cuando esté todo, pasamos la factura a pago sin problema.

Saludos,
Cristo Rodríguez
Marketing · Hotel Jardín Atlántico
Puerto de la Cruz
""",
  owner="inaki", inv="F2026-134", amount="3.267,00 €", due="2026-12-05", sent="2026-12-14 09:00", letter="reminder",
  client_name="Hotel Jardín Atlántico", frm="Cristo Rodríguez <marketing@jardinatlantico.com>",
  date="2026-12-15 09:26", tz="Atlantic/Canary", quote="gmail", fmt="alt")

M("client-reply-dispute",
  "fashion atelier pays 1,815 of 2,420 today and withholds the rest over a rain-cancelled shoot day – partial payment + dispute",
  """Hola Iñaki:

Te hemos transferido hoy 1.815 €, que corresponde a la primera jornada de shooting más la edición, IVA incluido. La segunda jornada se suspendió por la lluvia a media mañana y, como hablamos con Lara ese mismo día, entendemos que no debería cobrarse entera. La diferencia no la vamos a pagar mientras no lo aclaremos.

Un saludo,

Marina Castro
Administración · Vera Cruz Atelier
Calle Conde de Xiquena 9, Madrid
""",
  owner="inaki", inv="F2026-140", amount="2.420,00 €", due="2026-12-30", sent="2027-01-08 09:00", letter="reminder",
  client_name="Vera Cruz Atelier SL", frm="Marina Castro <admin@veracruzatelier.es>",
  date="2027-01-11 13:57", quote="outlook", fmt="alt", facts=dict(amount="1815.00"))

M("client-reply-dispute",
  "Zaragoza tapas bar: invoice is a duplicate of 2026-038 already paid in October; 'No vamos a pagarla dos veces... anuladla' – duplicate = dispute, not a paid claim; the number named is the OTHER invoice, so no reference",
  """Lucía, esta factura está duplicada. Es el mismo trabajo que la 2026-038 (las cartas de menú de otoño), que os pagamos en octubre. No vamos a pagarla dos veces, revisadlo por favor y anuladla.
Chema
""",
  owner="lucia", inv="2026-053", amount="544,50 €", due="2026-11-20", sent="2026-11-26 09:00", letter="reminder",
  client_name="La Tasca de Goya", frm="Chema Lacasa <chema@latascadegoya.es>",
  date="2026-11-27 12:20", quote="gmail")

M("client-reply-dispute",
  "Murcia farm cooperative contests late-payment interest and the 40 EUR fee (Ley 3/2004 reminder) but will pay the 1,210 principal this week – dispute wins over promise; windows-1252",
  """Buenos días,

Hemos recibido su recordatorio. No estamos de acuerdo con los intereses de demora ni con los 40 euros de indemnización que nos reclama: en veinte años trabajando con proveedores nadie nos ha cobrado eso por unos días de retraso. Le pagaremos el principal de la factura, 1.210 euros, esta semana, pero los recargos no.

Atentamente,

Gerardo Martínez
Gerente
Sociedad Cooperativa Agrícola Vega del Segura
Ctra. de Alcantarilla km 3 · Murcia
""",
  owner="inaki", inv="F2026-132", amount="1.210,00 €", due="2026-12-09", sent="2027-01-11 09:00", letter="late_fee",
  fees=["factura n.º F2026-132: 1.210,00 €", "intereses de demora (10,15 % anual, 33 días): 11,10 €",
        "indemnización por costes de cobro: 40,00 €"], fee_total="1.261,10 €", deadline="2027-01-21",
  client_name="Sociedad Cooperativa Agrícola Vega del Segura", frm="Gerardo Martínez <gerencia@vegadelsegura.coop>",
  date="2027-01-12 10:40", quote="outlook_old", cs="windows-1252", cte="8bit", facts=dict(amount="1210.00"))

M("client-reply-dispute",
  "Fuerteventura environmental NGO: asks to redo the invoice with the 20% non-profit discount promised at a festival – discount request = dispute, phrased as a friendly question",
  """Hola Rocío!

Recibimos tu recordatorio, perdona. Te quería preguntar una cosa antes de pagar: cuando hablamos en el festival de Corralejo nos dijiste que a las entidades sin ánimo de lucro les hacías un 20 % de descuento, y en la factura no aparece. ¿Nos la puedes rehacer con el descuento? Somos cuatro gatos y cada euro cuenta 🐢

Gracias!!
Saúl
Asociación Mareas Vivas · Fuerteventura
""",
  owner="rocio", inv="RB2026-56", amount="605,00 €", due="2026-11-30", sent="2026-12-07 09:00", letter="reminder",
  client_name="Asociación Mareas Vivas", frm="Saúl Hernández <saul@mareasvivasfv.org>",
  date="2026-12-09 11:02", tz="Atlantic/Canary", quote="gmail", fmt="alt")

M("client-reply-dispute",
  "Oviedo academy director: never ordered the annual maintenance billed; refuses to pay",
  """Buenas tardes:

No entiendo esta factura. Nosotros contratamos el diseño de la web, que ya pagamos en su día, pero en ningún momento el mantenimiento anual. No recuerdo haber firmado nada de eso. No vamos a pagar un servicio que no hemos pedido.

Luis Menéndez
Director
Academia Cervantes · C/ Uría 40, Oviedo
""",
  owner="diego", inv="DAV-27-002", inv_subject="Factura DAV-27-002 · mantenimiento anual 2027", amount="435,60 €",
  due="2027-01-08", sent="2027-01-15 09:00", letter="reminder",
  client_name="Academia Cervantes", frm="Luis Menéndez <luis@academiacervantesoviedo.es>",
  date="2027-01-18 17:12", quote="thunderbird", cs="windows-1252", cte="qp")

M("client-reply-dispute",
  "French owner of a Menorca boutique hotel, imperfect Spanish, French Outlook ('RE :', 'De :'): agreed 45/photo not 60; asks for a new invoice",
  """Bonjour Pau,

Pienso que hay un error en la factura. El precio convenido era 45 euros por foto, no 60 — es lo que hablamos en septiembre en el hotel, con Jean-Marc. Por 40 fotos hace 1.800 y no 2.400. Por favor puedes enviar una nueva factura con el precio correcto? Después pagamos enseguida.

Merci et bonne journée,
Sophie Lemaire
Casa l'Aurora · Ciutadella de Menorca
""",
  owner="pau", inv="FF-2026-079", amount="2.904,00 €", due="2026-11-10", sent="2026-11-18 09:00", letter="reminder",
  client_name="Casa l'Aurora", frm="Sophie Lemaire <sophie@casalaurora-menorca.com>",
  date="2026-11-19 15:44", quote="outlook_fr", fmt="alt", subj="RE : Re: Factura FF-2026-079")

M("client-reply-dispute",
  "Chilean winery: online shop still fails with Webpay; 'Hasta que eso no quede funcionando, no vamos a liberar el pago' – withholding until fixed",
  """Diego, buenas tardes.

La tienda online sigue con el error en el pago con Webpay que reportamos hace un mes: a uno de cada tres clientes le rebota la compra y después le llega igual el cargo en la tarjeta. Hemos tenido que devolver plata a mano. Hasta que eso no quede funcionando, no vamos a liberar el pago de la factura. Entiéndeme, no es mala voluntad, pero estamos perdiendo ventas justo en temporada.

Saludos,
Felipe Araya
Gerente Comercial · Viña Loncomilla
San Javier, Región del Maule
""",
  owner="diego", inv="DAV-26-036", amount="2.400,00 USD", due="2026-12-10", sent="2026-12-18 09:00", letter="reminder",
  client_name="Viña Loncomilla SpA", frm="Felipe Araya <faraya@vinaloncomilla.cl>",
  date="2026-12-21 16:35", tz="America/Santiago", quote="gmail", fmt="alt")

M("client-reply-dispute",
  "Cartagena tax advisors for a real-estate client: invoice lacks the 15% IRPF withholding, cannot be booked or paid; asks for a corrective invoice; cp1252 labelled iso-8859-1",
  """Buenos días, Sra. Martín:

Nos pone en contacto nuestro cliente, Inmobiliaria Costa Cálida, S.L., en relación con su factura n.º 2026-057. Al tratarse de un servicio profesional prestado por una persona física, la factura debe llevar la retención del 15 % de IRPF, que no aparece. Tal como está no podemos contabilizarla ni, por tanto, pagarla.

Le rogamos emita factura rectificativa con la retención correspondiente.

Un saludo,

Encarna Ruiz Meroño
Asesoría Ruiz Meroño · C/ Mayor 19, Cartagena
“Antes de imprimir este mensaje, piense si es necesario”
""",
  owner="lucia", inv="2026-057", amount="1.815,00 €", due="2026-12-07", sent="2026-12-14 09:00", letter="reminder",
  client_name="Inmobiliaria Costa Cálida SL", frm="Encarna Ruiz Meroño <encarna@asesoriaruizmerono.es>",
  quote_to="Inmobiliaria Costa Cálida <admin@costacalida-inmo.es>",
  date="2026-12-15 12:08", quote="outlook_old", cs="iso-8859-1", wire_cs="cp1252", cte="qp",
  facts=dict(reference="2026-057"))

M("client-reply-dispute",
  "son writes for his father (plumber in Lugo, no computer): was told 600 in person, invoiced 950+VAT; father won't pay that",
  """Buenas, le escribo por mi padre, Gerardo Gómez, el de la fontanería de Lugo. Él no maneja el ordenador.

Dice que usted le dijo en persona que la pagina web le salía por 600 euros todo y ahora la factura es de 950 mas IVA. Él no va a pagar eso porque no es lo que quedaron. Si quiere hablarlo llámele al taller por las mañanas.

Adrián
""",
  owner="diego", inv="DAV-26-022", amount="1.149,50 €", due="2026-11-02", sent="2026-11-10 09:00", letter="reminder",
  client_name="Gerardo Gómez Castro", frm="Adrián Gómez <adrigomez_03@hotmail.com>", quote_to="fontaneriagerardo@gmail.com",
  date="2026-11-11 20:27", quote="outlook", fmt="alt")

M("client-reply-dispute",
  "Jerez sherry bodega: travel charged twice; asks for a corrected invoice 'y la pago', friendly tone with praise for the photos",
  """Hola Iñaki!

Revisando tu factura con calma he visto que nos cobras el desplazamiento a Jerez dos veces: una en la línea de "Sesión viñedo y bodega (2 jornadas, incluye desplazamiento)" y otra aparte, "Desplazamiento Donostia–Jerez, 420 €". Entiendo que es un error, ¿me mandas la factura corregida y la pago?

Por lo demás, las fotos de la sacristía de las botas son una maravilla, mi padre las ha puesto de fondo de pantalla 😄

Un beso,
Macarena Ramos
Bodegas Hidalgo-Ramos · Jerez de la Frontera
""",
  owner="inaki", inv="F2026-126", amount="4.356,00 €", due="2026-11-26", sent="2026-12-02 09:00", letter="reminder",
  client_name="Bodegas Hidalgo-Ramos SA", frm="Macarena Ramos <macarena@bodegashidalgoramos.com>",
  date="2026-12-03 10:58", quote="gmail", fmt="alt")

M("client-reply-dispute",
  "long chatty Alcúdia hotel manager (season close, spring shoot, video) with one paragraph: 3 extra editing hours never approved, remove them and we pay",
  """Hola Pau,

Què tal? Perdona el silencio, hemos estado con el cierre de temporada y la reforma de la planta baja y no he tenido cabeza para nada. Por fin cerramos el 8 de noviembre; la ocupación de octubre ha sido la mejor desde que abrimos, así que no me quejo.

Te quería comentar que para la web nueva (la saca la agencia en febrero) vamos a necesitar fotos de las habitaciones reformadas, seguramente a finales de marzo, cuando esté todo montado. Ya te diré fechas. También querríamos algo de vídeo corto para Instagram, si haces o conoces a alguien que lo haga bien.

Ah, y sobre la factura: las 3 horas extra de edición que aparecen no las aprobamos nunca, el presupuesto era cerrado. Quítalas y la pagamos, el resto está perfecto.

Una abraçada i bon Nadal,
Guillem Riera
Boutique Hotel Sa Torre · Alcúdia
""",
  owner="pau", inv="FF-2026-094", amount="1.851,30 €", due="2026-12-03", sent="2026-12-11 09:00", letter="reminder",
  client_name="Boutique Hotel Sa Torre", frm="Guillem Riera <guillem@hotelsatorre.com>",
  date="2026-12-14 09:20", quote="gmail", fmt="alt")

M("client-reply-dispute",
  "Lima clinic director: translation delivered five days late, patient missed the consulate appointment; requests a 50% credit note, then will pay the balance",
  """Señora Ruiz, buenos días:

En relación a su recordatorio, debo manifestarle nuestra disconformidad. La traducción de las historias clínicas fue entregada con cinco días de retraso respecto a lo pactado, lo que ocasionó que nuestro paciente perdiera la cita en el consulado de España y tuviera que reprogramar su viaje.

Por tal motivo solicitamos una nota de crédito por el 50 % del importe facturado. Una vez recibida, procederemos con el pago del saldo.

Atentamente,

Dr. Ricardo Salazar Vega
Director Administrativo
Clínica San Gabriel – Lima
""",
  owner="carmen", inv="2027/001", amount="720,00 €", due="2027-01-15", sent="2027-01-22 09:00", letter="reminder",
  client_name="Clínica San Gabriel SAC", frm="Ricardo Salazar Vega <rsalazar@clinicasangabriel.com.pe>",
  date="2027-01-26 12:15", tz="America/Lima", quote="outlook", fmt="alt")

M("client-reply-dispute",
  "lawyer answers the formal payment demand for an events company: debt rejected (engagement terminated for missed deadlines), offers to pay only the sketches delivered",
  """Sra. Martín:

Me dirijo a usted en nombre y representación de EVENTOS ALARCÓN, S.L., en contestación a su requerimiento de pago de fecha 1 de febrero de 2027 relativo a la factura n.º 2026-039.

Mi mandante rechaza la deuda reclamada. Tal y como se le comunicó por correo electrónico el pasado 3 de noviembre, el encargo fue resuelto por incumplimiento de los plazos de entrega pactados, sin que llegaran a entregarse la identidad corporativa completa ni los archivos finales en formato editable. No procede, por tanto, el pago de la factura.

Sin perjuicio de lo anterior, y en atención a la invitación a negociar contenida en su escrito, mi mandante estaría dispuesta a abonar los trabajos efectivamente entregados (bocetos iniciales), previa presentación de una factura por dicho concepto.

Atentamente,

Gonzalo Barrios Quintero
Abogado · ICAM n.º 98.211
Barrios Abogados · C/ Velázquez 57, 28001 Madrid

Este mensaje es confidencial y puede contener información amparada por el secreto profesional. Si no es usted el destinatario, le rogamos que lo elimine y nos lo comunique.
""",
  owner="lucia", inv="2026-039", amount="3.630,00 €", issue="2026-11-01", due="2026-12-01", sent="2027-02-01 10:00",
  letter="final", deadline="2027-02-15", client_name="Eventos Alarcón SL",
  inv_subject="Requerimiento de pago de la factura n.º 2026-039", subj="RE: Requerimiento de pago de la factura n.º 2026-039",
  quote_subj="Requerimiento de pago de la factura n.º 2026-039",
  frm="Gonzalo Barrios <gbarrios@barriosabogados.es>", quote_to="Eventos Alarcón <administracion@eventosalarcon.es>",
  date="2027-02-04 17:30", quote="outlook", fmt="alt", facts=dict(reference="2026-039"))

M("client-reply-dispute",
  "Badajoz bar owner, furious ALL CAPS from Yahoo on Android: won't pay for a website that doesn't work",
  """NO PIENSO PAGAR UNA WEB QUE NO FUNCIONA. LLEVO DOS SEMANAS LLAMANDOTE Y NO ME COGES EL TELEFONO. EL FORMULARIO DE RESERVAS NO ENVIA NADA, ME LO HA DICHO MEDIO BADAJOZ.

Enviado desde Yahoo Mail para Android
""",
  owner="diego", inv="DAV-26-030", amount="484,00 €", due="2026-11-20", sent="2026-11-27 09:00", letter="reminder",
  client_name="Manuel Castaño", frm="Manolo Castaño <manolocastano@yahoo.es>",
  date="2026-11-28 01:12", quote="yahoo", fmt="alt")

M("client-reply-dispute",
  "Navarre preserves company: will pay once the label logo is fixed (wrong Pantone in final files) – conditional payment on a fix = dispute",
  """Hola Lucía,

Os pagamos en cuanto corrijáis el logo de las etiquetas del pimiento del piquillo: en los archivos finales el verde no es el Pantone que aprobamos (es el 7741 y nos habéis mandado el 356), y la imprenta no lo quiere tirar así. Tal como está no nos sirve.

Mándanos los archivos buenos y cerramos todo.

Maite Lafuente
Conservas Artesanas Hermanas Lafuente · Lodosa (Navarra)
""",
  owner="lucia", inv="2026-059", amount="1.452,00 €", due="2026-12-20", sent="2026-12-28 09:00", letter="reminder",
  client_name="Conservas Artesanas Hermanas Lafuente SL", frm="Maite Lafuente <maite@conservaslafuente.com>",
  date="2026-12-29 11:45", quote="gmail", fmt="alt")

M("client-reply-dispute",
  "Maspalomas yoga centre, hedged: 'Creo que hay un malentendido' – they understood 350/month IGIC included; will pay 350 but no more",
  """Hola Rocío,

Creo que hay un malentendido con la factura. Nosotras entendimos que los 350 € al mes eran con el IGIC incluido (así lo tenemos presupuestado) y en la factura aparece 350 + IGIC. ¿Lo podemos hablar? Nosotras pagaríamos los 350 que acordamos, pero no más.

Un abrazo,
Noemí
Yoga Arena · Maspalomas
""",
  owner="rocio", inv="RB2027-04", amount="374,50 €", due="2027-01-31", sent="2027-02-03 09:00", letter="reminder",
  client_name="Yoga Arena", frm="Noemí Betancor <hola@yogaarena.es>",
  date="2027-02-05 12:37", tz="Atlantic/Canary", quote="apple", facts=dict(amount="350.00"))

M("client-reply-dispute",
  "Cantabrian rowing club treasurer: paid 250 (half) this morning because half the posters never arrived – partial payment + dispute",
  """Buenas Lucía:

Te hemos ingresado 250 € esta mañana, que es la mitad de la factura. Los carteles de la regata de San Andrés se hicieron, pero los de la Bandera de Navidad al final no nos llegaron (nos dijiste que los mandabas la semana siguiente y ya no supimos nada) y tuvimos que hacerlos nosotros a correr con el Canva. Por eso entendemos que solo corresponde pagar la mitad.

Un saludo,
Iker Saiz
Tesorero · Club Deportivo Remo Castro
Castro Urdiales
""",
  owner="lucia", inv="2026-062", amount="500,00 €", due="2026-12-28", sent="2027-01-04 09:00", letter="reminder",
  client_name="Club Deportivo Remo Castro", frm="Iker Saiz <tesoreria@remocastro.es>",
  date="2027-01-05 13:05", quote="gmail", fmt="alt", facts=dict(amount="250.00"))

# ============================================================================================
# client-reply-other
# ============================================================================================
M("client-reply-other",
  "Hondarribia asador, Basque greetings: can you resend it, can't find it (spam) – question, no claim",
  """Kaixo Iñaki! ¿Me la puedes reenviar? No la encuentro por ningún lado, creo que se me fue a spam. Eskerrik asko!
Maider
""",
  owner="inaki", inv="F2026-119", amount="1.028,50 €", due="2026-11-03", sent="2026-11-10 09:00", letter="reminder",
  client_name="Asador Etxe Zaharra", frm="Maider Irazu <maider@etxezaharra.eus>",
  date="2026-11-11 12:02", quote="gmail", fmt="alt")

M("client-reply-other",
  "clinic group accounts payable: invoice 2026/074 cannot be processed without PO 4500018832 – administrative requirement, not a dispute",
  """Estimada proveedora:

Le informamos de que su factura n.º 2026/074 no ha podido ser tramitada por no indicar el número de pedido (PO) asignado. Para su gestión es imprescindible que la factura incluya el número de pedido 4500018832 y se remita al buzón facturas.proveedores@saludnorte.es.

Las facturas que no cumplan este requisito no serán contabilizadas.

Atentamente,

Departamento de Cuentas a Pagar
Grupo Clínicas Salud Norte, S.A.
C/ Calvo Sotelo 8 · 39002 Santander
""",
  owner="carmen", inv="2026/074", amount="968,00 €", due="2026-11-22", sent="2026-11-30 09:00", letter="reminder",
  client_name="Grupo Clínicas Salud Norte SA", frm="Proveedores Salud Norte <facturas.proveedores@saludnorte.es>",
  date="2026-12-02 08:37", quote="outlook", fmt="alt", facts=dict(reference="2026/074"))

M("client-reply-other",
  "Binissalem winery: the IBAN differs from last year's, asks whether the account changed (fraud-wary), 'antes de hacer nada' – question only",
  """Hola Pau, una pregunta antes de hacer nada: el IBAN que sale en tu correo no es el mismo que tenemos de la factura de la vendimia del año pasado (aquella era de Sa Nostra, me parece). ¿Has cambiado de cuenta? Es que con tanto fraude de estos de cambiar el IBAN prefiero preguntar. Si me lo confirmas por teléfono, mejor.
Salut!
Jaume
Celler Ca'n Bernat · Binissalem
""",
  owner="pau", inv="FF-2026-093", amount="1.210,00 €", due="2026-12-01", sent="2026-12-10 09:00", letter="reminder",
  client_name="Celler Ca'n Bernat", frm="Jaume Bernat <jaume@cellercanbernat.com>",
  date="2026-12-11 09:06", quote="gmail")

M("client-reply-other",
  "Burgos hotel director acknowledges the courtesy reminder and passes it to admin – received, forwarded, nothing claimed",
  """Recibido, gracias Lucía. Se lo paso a administración.

Carlos Peña
Director · Hotel Catedral Burgos
""",
  owner="lucia", inv="2026-045", amount="847,00 €", issue="2026-10-13", due="2026-11-12", sent="2026-11-05 09:00",
  letter="courtesy", client_name="Hotel Catedral Burgos", frm="Carlos Peña <carlos.pena@hotelcatedralburgos.com>",
  date="2026-11-05 09:48", quote="outlook", fmt="alt")

M("client-reply-other",
  "Lanzarote surf school owner replies to his admin with the freelancer in To: 'no sé si se pagó o no, eso lo llevas tú' – internal hand-off, no claim",
  """Laura, te paso esto de Rocío, ¿lo puedes mirar tú? Yo no sé si se pagó o no, eso lo llevas tú.

Gracias!
Dani
Famara Surf School
""",
  owner="rocio", inv="RB2026-58", amount="332,75 €", due="2026-12-04", sent="2026-12-11 09:00", letter="reminder",
  client_name="Famara Surf School", frm="Daniel Suárez <daniel@surfschoolfamara.com>",
  to="Laura Cabrera <administracion@surfschoolfamara.com>; Rocío Benítez <rocio@rociobenitez.com>",
  date="2026-12-14 08:15", tz="Atlantic/Canary", quote="apple")

M("client-reply-other",
  "Oviedo publisher: 'which invoice is this?' – two other invoices named as paid, the one reminded (2026-051) unknown to them; asks to see it",
  """Hola Lucía:

Me he perdido. ¿Qué factura es esta? Yo tengo registradas tuyas este año la 2026-027 (portadas de la colección de poesía) y la 2026-034 (catálogo), y las dos están pagadas. La 2026-051 no me suena de nada, ¿me la puedes mandar para que la vea?

Un saludo,
Cova

Covadonga Suárez
Producción · Editorial Trasmonte
""",
  owner="lucia", inv="2026-051", amount="726,00 €", due="2026-12-01", sent="2026-12-09 08:00", letter="reminder",
  client_name="Editorial Trasmonte", frm="Covadonga Suárez <covadonga@editorialtrasmonte.es>",
  date="2026-12-09 10:41", quote="thunderbird", cs="utf-8", cte="8bit", facts=dict(reference="2026-051"))

M("client-reply-other",
  "Ferrol hardware store: wants to call tomorrow about the hours breakdown – a doubt, not (yet) a dispute",
  """Diego, ¿te puedo llamar mañana por la mañana? Tengo una duda con el desglose de horas de la factura y prefiero hablarlo por teléfono que por aquí. Dime a qué hora te viene bien.

Roberto Seoane
Ferretería Industrial Rías · Ferrol
""",
  owner="diego", inv="DAV-27-001", amount="1.573,00 €", due="2027-01-11", sent="2027-01-18 09:00", letter="reminder",
  client_name="Ferretería Industrial Rías SL", frm="Roberto Seoane <roberto@ferreteriarias.com>",
  date="2027-01-19 18:03", quote="outlook", fmt="alt")

M("client-reply-other",
  "Bilbao knitwear brand ignores the reminder entirely and books the next campaign – talk about other work",
  """Hola Iñaki!!

Qué bien saber de ti. Oye, para la campaña de primavera-verano queríamos contar contigo otra vez: serían dos días en marzo, uno en estudio y otro en exterior (estamos pensando en la playa de Laga o en Mundaka si el tiempo acompaña). Tenemos 14 looks y nos gustaría sacar también algo de vídeo corto para reels. ¿Cómo tienes la agenda la primera quincena de marzo? ¿Me pasas presupuesto?

Besarkada bat,
Ane
Goikoetxea Knit · Bilbao
""",
  owner="inaki", inv="F2027-001", amount="1.936,00 €", due="2027-01-15", sent="2027-01-22 09:00", letter="reminder",
  client_name="Goikoetxea Knit SL", frm="Ane Goikoetxea <ane@goikoetxeaknit.com>",
  date="2027-01-25 10:22", quote="gmail", fmt="alt")

M("client-reply-other",
  "Galician town council (Intervención), HTML-only: invoices must go through FACe in Facturae with DIR3 codes – procedural, not a dispute",
  """Boa tarde:

Comunicámoslle que, de acuerdo con la Ley 25/2013, de impulso de la factura electrónica, las facturas dirigidas a esta Administración deben presentarse en formato Facturae a través del Punto General de Entrada FACe, indicando los códigos DIR3 del Concello (Oficina contable, Órgano gestor y Unidad tramitadora: L01320010). La factura remitida por correo electrónico no puede registrarse.

Una vez presentada en FACe, seguirá la tramitación ordinaria.

Atentamente,

Departamento de Intervención
Concello de Allariz
Praza Maior 1 · 32660 Allariz (Ourense)
""",
  owner="lucia", inv="2026-040", amount="2.178,00 €", due="2026-11-06",
  sent="2026-11-16 09:00", letter="reminder",
  client_name="Concello de Allariz", frm="Intervención Concello de Allariz <intervencion@allariz.gal>",
  date="2026-11-17 13:20", quote="outlook_html", fmt="html")

M("client-reply-other",
  "La Palma banana farmer's daughter: father in hospital, will tell him when he's home, she knows nothing about the accounts – no promise",
  """Hola Rocío, soy Carla, la hija de Domingo. Te escribo porque mi padre lleva desde el domingo ingresado en el Hospital de La Palma (está estable, no te preocupes) y no está para mirar correos. Cuando esté en casa se lo comento, que yo no sé nada de las cuentas de la finca.

Un saludo
Carla
""",
  owner="rocio", inv="RB2027-01", amount="242,00 €", due="2027-01-04", sent="2027-01-11 09:00", letter="reminder",
  client_name="Domingo Afonso Pérez", frm="Carla Afonso <carla.afonso.p@gmail.com>", quote_to="fincaafonso@hotmail.com",
  date="2027-01-13 21:33", tz="Atlantic/Canary", quote="gmail", fmt="alt")

M("client-reply-other",
  "Lima notary: bank (Interbank) needs bank address and beneficiary address besides IBAN/BIC – question, implies intent but no commitment",
  """Estimada Carmen:

Nuestro banco (Interbank) nos pide, además del IBAN y el BIC que figuran en su correo, la dirección de su banco y su dirección completa como beneficiaria. ¿Podría facilitárnoslas, por favor?

Saludos cordiales,

Carlos Gálvez
Notaría Gálvez – Lima
""",
  owner="carmen", inv="2026/076", amount="430,00 €", due="2026-11-20", sent="2026-11-27 09:00", letter="reminder",
  client_name="Notaría Gálvez", frm="Carlos Gálvez <cgalvez@notariagalvez.pe>",
  date="2026-11-30 09:12", tz="America/Lima", quote="outlook", fmt="alt")

M("client-reply-other",
  "Campo de Gibraltar vet clinic: from 1 January billing is handled by their advisors; gives the contact – redirect",
  """Hola Diego:

Te informo de que a partir del 1 de enero todo lo relativo a facturación y pagos lo lleva nuestra asesoría, Asesores del Estrecho. Te dejo el contacto para que les reenvíes la factura y el recordatorio: Lourdes Cózar, lourdes@asesoresdelestrecho.es, tel. 956 63 20 11.

Un saludo,
Inés Domínguez
Clínica Veterinaria Campo de Gibraltar · Algeciras
""",
  owner="diego", inv="DAV-26-042", amount="605,00 €", due="2026-12-22", sent="2026-12-30 09:00", letter="reminder",
  client_name="Clínica Veterinaria Campo de Gibraltar", frm="Inés Domínguez <ines@vetcampodegibraltar.es>",
  date="2027-01-04 09:58", quote="gmail", fmt="alt")

M("client-reply-other",
  "Palma restaurant: '¿Esto no lo pagamos ya? Me suena que sí' – a question and a vague hunch, will check Monday; no claim",
  """¿Esto no lo pagamos ya? Me suena que sí, pero no estoy en la oficina. Lo miro el lunes y te digo.

Biel

Enviat des del meu iPhone
""",
  owner="pau", inv="FF-2026-086", amount="847,00 €", due="2026-11-12", sent="2026-11-19 09:00", letter="reminder",
  client_name="Restaurant Sa Barca", frm="Biel Vicens <biel@sabarcarestaurant.com>",
  date="2026-11-20 14:10", quote="apple")

M("client-reply-other",
  "Fuerteventura surf camp owner asks to reissue the invoice to his SL instead of his own name – correction request, not contesting amount or work",
  """Hola Rocío! Una cosa, ¿podrías emitirla a nombre de la SL (Ayoze Surf Camp, S.L., B76543210) y no a mi nombre? Es que si no, el gestor no me la deja meter como gasto. Perdona el lío 🙏
""",
  owner="rocio", inv="RB2026-54", amount="214,00 €", due="2026-11-26", sent="2026-12-01 09:00", letter="reminder",
  client_name="Ayoze Trujillo", frm="Ayoze Trujillo <ayozetrujillo@gmail.com>",
  date="2026-12-03 19:44", tz="Atlantic/Canary", quote="gmail", fmt="alt")

M("client-reply-other",
  "Asturian rural hotel: 'Ya me llegó, lo miro esta semana con la gestora y te digo algo' – acknowledgement, 'lo miro' is not a payment promise",
  """Ya me llegó, lo miro esta semana con la gestora y te digo algo. Un saludo,

Pelayo
Hotel Rural El Texu · Cangas de Onís
""",
  owner="lucia", inv="2027-004", amount="363,00 €", due="2027-01-31", sent="2027-02-08 09:00", letter="reminder",
  client_name="Hotel Rural El Texu", frm="Pelayo Álvarez <pelayo@hotelruraleltexu.com>",
  date="2027-02-09 08:30", quote="android")

M("client-reply-other",
  "Chilean publisher: acknowledges, new accountant in cc will confirm data and payment date – hand-off, no commitment",
  """Hola Diego, recibido.

Te cuento que cambiamos de contadora: desde este mes los pagos los ve Francisca Vergara, a quien dejo en copia. Ella te va a escribir para confirmarte los datos y la fecha de pago.

Saludos,
Tomás Riquelme
Editorial Andes · Santiago
""",
  owner="diego", inv="DAV-26-045", amount="1.500,00 USD", due="2027-01-05", sent="2027-01-11 09:00", letter="reminder",
  client_name="Editorial Andes SpA", frm="Tomás Riquelme <triquelme@editorialandes.cl>",
  cc="Francisca Vergara <fvergara@editorialandes.cl>",
  date="2027-01-13 15:50", tz="America/Santiago", quote="gmail", fmt="alt")

M("client-reply-other",
  "Cazorla tourism consortium (public body): tax and social-security certificates required before payment can be processed; cp1252 labelled iso-8859-1",
  """Buenos días, Sra. Ruiz Peña:

Para poder tramitar el pago de su factura necesitamos que nos remita, previamente, el certificado de estar al corriente de sus obligaciones tributarias con la AEAT y el certificado de estar al corriente con la Seguridad Social, ambos con fecha de expedición inferior a seis meses. Es un requisito de Intervención para todos los proveedores del Consorcio.

Atentamente,

Mercedes Rus
Área Económica
Consorcio Turístico Sierra de Cazorla
“Este correo electrónico y sus adjuntos son confidenciales.”
""",
  owner="carmen", inv="2026/070", amount="1.089,00 €", due="2026-11-16", sent="2026-11-25 09:00", letter="reminder",
  client_name="Consorcio Turístico Sierra de Cazorla", frm="Mercedes Rus <mrus@consorciocazorla.es>",
  date="2026-11-26 11:25", quote="outlook_old", cs="iso-8859-1", wire_cs="cp1252", cte="8bit")

M("client-reply-other",
  "Dutch villa owner in Gran Canaria, imperfect Spanish, Dutch Gmail quote: is this a new invoice or October's? 'pienso que octubre ya esta pagado pero no estoy segura' – unsure, asks to resend",
  """Hola Rocío,

Perdon, mi español no es muy bueno. No entiendo bien este email: es una factura nueva o es la misma de octubre? Yo pienso que octubre ya esta pagado pero no estoy segura, mi marido hace los pagos. Puedes enviar la factura otra vez por favor?

Groetjes,
Sanne
Villa Los Almendros · Gran Canaria
""",
  owner="rocio", inv="RB2026-57", amount="481,50 €", due="2026-12-01", sent="2026-12-09 09:00", letter="reminder",
  client_name="Villa Los Almendros", frm="Sanne de Vries <sanne@villalosalmendros-gc.com>",
  date="2026-12-10 16:20", tz="Atlantic/Canary", quote="gmail_nl", subj="Antw: Re: Factura RB2026-57")

M("client-reply-other",
  "Lugo cultural association (Galician-Spanish mix): needs the hours breakdown by task for the Diputación subsidy – documentation request",
  """Ola Diego,

¿Nos podrías enviar o desglose de horas por tarefa da factura? Lo pide la Deputación para justificar la subvención do proxecto de dixitalización: tienen que ir separadas las horas de diseño, programación y formación. Con eso xa o pechamos.

Moitas grazas,
Carme
Tesouraría · Asociación Cultural O Xistral
""",
  owner="diego", inv="DAV-26-026", amount="3.025,00 €", due="2026-11-19", sent="2026-11-27 09:00", letter="reminder",
  client_name="Asociación Cultural O Xistral", frm="Tesouraría O Xistral <tesouraria@oxistral.gal>",
  date="2026-11-30 12:48", quote="gmail", fmt="alt")

M("client-reply-other",
  "txakoli winery employee on maternity leave answers by hand (not an auto-reply): back 1 March, write to Peio – redirect, no label facts (human reply)",
  """Hola Iñaki, acabo de ver tu correo de casualidad, estoy de baja por maternidad hasta el 1 de marzo y casi no miro el correo del trabajo 👶. Escríbele a Peio (administracion@txakolinaurdaibai.eus), que es quien está llevando lo de proveedores estas semanas.

Un abrazo!
Leire
""",
  owner="inaki", inv="F2027-005", amount="1.270,50 €", due="2027-02-01", sent="2027-02-09 09:00", letter="reminder",
  client_name="Txakolina Urdaibai SL", frm="Leire Zabala <leire.zabala@txakolinaurdaibai.eus>",
  date="2027-02-10 22:05", quote="gmail", fmt="alt")

M("client-reply-other",
  "old friend, Manises ceramics workshop: long happy mail (web, fair, wedding) with 'La factura la he visto, gracias' – received, no claim or promise",
  """Lucíaaaa! Qué alegría ver tu nombre en la bandeja, aunque sea por una factura jaja.

Te cuento: el taller va viento en popa. Desde que tenemos la web nueva nos escriben tiendas de Barcelona y hasta una de Lyon, ¿te lo puedes creer? En enero vamos a Intergift a Madrid y voy a llevar los catálogos que me diseñaste, que por cierto todo el mundo me pregunta quién los ha hecho.

Además, noticia bomba: ¡me caso en junio! Ya te llegará la invitación, y no vale decir que no.

La factura la he visto, gracias. ¿Cuándo te pasas por Manises? Tenemos un café pendiente desde el verano.

Un abrazo enorme,
Bea
Bea Castillo Ceràmica · Manises
""",
  owner="lucia", inv="2026-056", amount="786,50 €", issue="2026-10-21", due="2026-11-20",
  sent="2026-11-12 09:00", letter="courtesy",
  client_name="Bea Castillo", frm="Bea Castillo <beacastillo.ceramica@gmail.com>",
  date="2026-11-15 11:40", quote="gmail", fmt="alt")

M("client-reply-other",
  "Swedish villa owner in Mallorca, imperfect Spanish, Swedish Gmail quote and 'SV:' prefix: can she pay by card or PayPal? – question only",
  """Hola Pau!

Una pregunta: es posible pagar con tarjeta o con PayPal? Mi cuenta de banco es en Suecia, en coronas, y el banco pone muchas comisiones para pagar en euros.

Tack så mycket!
Anna
""",
  owner="pau", inv="FF-2026-091", amount="990,00 €", due="2026-11-23", sent="2026-11-30 09:00", letter="reminder",
  client_name="Anna Lindqvist", frm="Anna Lindqvist <anna@lindqvistvillas.se>",
  date="2026-12-01 10:30", quote="gmail_sv", subj="SV: Re: Factura FF-2026-091")


# ============================================================================================
# Write the files and the labels, then re-parse everything
# ============================================================================================
def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = list(range(len(MSGS)))
    random.Random(20265).shuffle(order)
    out = ["# round5-es: client replies in Spanish (Spain, Canarias, Chile, Peru, Uruguay). Generated by make.py.", ""]
    names = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        name = f"{PREFIX}-{n:04d}.eml"
        raw = build(n, m)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        names.append((name, m))
        f = m.get("facts", {})
        out.append(f'[files."{name}"]')
        out.append(f'kind = "{m["kind"]}"')
        out.append('language = "es"')
        out.append('split = "dev"')
        for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient"):
            if k in f:
                out.append(f"{k} = {toml_str(f[k])}")
        out.append(f"note = {toml_str(m['note'])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check(names)


def check(names):
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    assert len(labels) == len(names)
    kinds = Counter()
    for name, m in names:
        with open(os.path.join(HERE, name), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (name, h)
        when = msg["Date"].datetime
        assert dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc) <= when <= dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc), name
        part = msg.get_body(preferencelist=("plain", "html"))
        text = part.get_content()
        assert len(text.strip()) > 5, name
        if not m.get("noquote") and m.get("quote", "gmail") != "none":
            assert m["sent_dt"] < parse_local(m["date"], m.get("tz", "Europe/Madrid")), name
        lab = labels[name]
        kinds[lab["kind"]] += 1
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", name
            assert d(lab["promised_date"]) >= when.date(), name
        if "amount" in lab:
            float(lab["amount"])
    print(f"{len(names)} messages OK:", dict(kinds))


if __name__ == "__main__":
    main()
