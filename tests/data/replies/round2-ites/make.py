#!/usr/bin/env python3
"""Round-2 Italian/Spanish client replies for mailduns (independent writer).

Python 3.11 standard library only.  Every message body below is written out
by hand, one per client, in that client's own voice.  The helpers only do
what a mail program would do: add the quoted original in the style of the
client's mail program, a signature/disclaimer, encode the MIME parts.

Run:  python3 make.py      -> writes r2-NNNN.eml and labels.toml next to it.
"""

from __future__ import annotations

import base64
import calendar
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import json
import pathlib
import quopri
import struct
import tomllib
import zlib
from email.header import Header

OUT = pathlib.Path(__file__).resolve().parent
TZ = dt.timezone(dt.timedelta(hours=1))

ALE = ("Alessandra Rossi", "alessandra@example.it")
JAV = ("Javier Martín", "javier@example.es")

GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GG = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
MESI = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
MES3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DD = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MES3_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def h(key: str, n: int = 40) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:n]


# --------------------------------------------------------------------------
# The freelancer's original messages (what the clients reply to)
# --------------------------------------------------------------------------


def orig_message(lang, thread, p, inv):
    num, amt, idate, due = inv
    reg = p["reg"]
    greet = p.get("greet", "")
    if lang == "it":
        sign = "Alessandra Rossi\nTraduzioni e localizzazione\nP.IVA 01234567890 – alessandra@example.it"
        if thread == "invoice":
            subj = f"Fattura {num}"
            if reg == "tu":
                txt = (
                    f"{greet},\n\nti allego la fattura {num} per {p.get('work', 'il lavoro')}, "
                    f"importo {amt} €.\nPagamento con bonifico a 30 giorni, IBAN in fattura.\n\n"
                    f"Grazie ancora e a presto,\nAlessandra"
                )
            elif reg == "pa":
                txt = (
                    f"{greet},\n\nsi comunica che è stata trasmessa tramite SdI la fattura elettronica "
                    f"n. {num} del {idate}, relativa a {p.get('work', 'il servizio')}, di importo "
                    f"complessivo {amt} €.\nIn allegato copia di cortesia in PDF.\n\n"
                    f"Distinti saluti,\n{sign}"
                )
            else:
                txt = (
                    f"{greet},\n\nin allegato la fattura n. {num} del {idate} relativa a "
                    f"{p.get('work', 'il lavoro svolto')}, per un importo di {amt} €.\n"
                    f"Pagamento a 30 giorni data fattura tramite bonifico bancario "
                    f"(IBAN IT60 X054 2811 1010 0000 0123 456).\n\nCordiali saluti,\n{sign}"
                )
            return subj, txt
        if thread == "reminder2":
            subj = f"Secondo sollecito – fattura {num}"
            if reg == "tu":
                txt = (
                    f"{greet},\n\nti riscrivo per la fattura {num} ({amt} €, scaduta il {due}): "
                    f"non mi risulta ancora arrivato il bonifico.\nMi faresti sapere quando "
                    f"pensate di saldarla?\n\nGrazie,\nAlessandra"
                )
            else:
                txt = (
                    f"{greet},\n\nle scrivo nuovamente in merito alla fattura n. {num} del {idate} "
                    f"({amt} €), scaduta il {due}, per la quale non risulta ancora il pagamento "
                    f"nonostante il precedente sollecito.\n\nLe sarei grata se potesse indicarmi "
                    f"una data prevista di pagamento.\n\nCordiali saluti,\n{sign}"
                )
            return subj, txt
        subj = f"Sollecito di pagamento – fattura {num}"
        if reg == "tu":
            txt = (
                f"{greet},\n\nti scrivo solo per ricordarti che la fattura {num} ({amt} €, "
                f"scaduta il {due}) risulta ancora aperta.\n\nSe l'avete già pagata ignora pure "
                f"questo messaggio, altrimenti trovi l'IBAN in fattura.\n\nGrazie mille e a presto,\n"
                f"Alessandra"
            )
        elif reg == "pa":
            txt = (
                f"{greet},\n\ncon la presente si ricorda che la fattura elettronica n. {num} del "
                f"{idate}, trasmessa tramite SdI, di importo complessivo {amt} €, risulta non "
                f"ancora pagata alla scadenza del {due}.\n\nSi chiede cortesemente di verificare "
                f"lo stato della pratica e di comunicare la data prevista di pagamento.\n\n"
                f"Distinti saluti,\n{sign}"
            )
        else:
            txt = (
                f"{greet},\n\nle scrivo per ricordarle che la fattura n. {num} del {idate}, di "
                f"importo pari a {amt} €, risulta ancora da saldare (scadenza {due}).\n\n"
                f"Se ha già provveduto al pagamento, la prego di non tenere conto di questo "
                f"messaggio; in caso contrario le sarei grata se potesse procedere con bonifico "
                f"sulle coordinate indicate in fattura (IBAN IT60 X054 2811 1010 0000 0123 456)."
                f"\n\nResto a disposizione per qualsiasi chiarimento.\n\nCordiali saluti,\n{sign}"
            )
        return subj, txt
    # Spanish
    sign = "Javier Martín\nDiseño web y desarrollo\nNIF 12345678Z · javier@example.es"
    if thread == "invoice":
        subj = f"Factura {num}"
        if reg == "tu":
            txt = (
                f"{greet}:\n\nTe adjunto la factura {num} de {p.get('work', 'el trabajo')}, por "
                f"importe de {amt} €. Forma de pago: transferencia a 30 días.\n\nGracias,\nJavier"
            )
        elif reg == "pa":
            txt = (
                f"{greet}:\n\nLes informo de que se ha presentado a través de FACe la factura "
                f"n.º {num}, de fecha {idate}, correspondiente a {p.get('work', 'el servicio')}, "
                f"por importe total de {amt} €.\n\nAtentamente,\n{sign}"
            )
        else:
            txt = (
                f"{greet}:\n\nLe adjunto la factura n.º {num}, de fecha {idate}, correspondiente a "
                f"{p.get('work', 'los trabajos realizados')}, por importe de {amt} €.\nForma de pago: "
                f"transferencia bancaria a 30 días (ES91 2100 0418 4502 0005 1332).\n\n"
                f"Un cordial saludo,\n{sign}"
            )
        return subj, txt
    if thread == "reminder2":
        subj = f"Segundo recordatorio – factura {num}"
        if reg == "tu":
            txt = (
                f"{greet}:\n\nVuelvo a escribirte por la factura {num} ({amt} €, vencida el {due}); "
                f"todavía no me consta el pago.\n¿Me dices cuándo tenéis previsto pagarla?\n\n"
                f"Gracias,\nJavier"
            )
        else:
            txt = (
                f"{greet}:\n\nLe escribo de nuevo en relación con la factura n.º {num}, de fecha "
                f"{idate} y por importe de {amt} €, vencida el {due}, que a pesar del recordatorio "
                f"anterior sigue constando como pendiente.\n\nLe agradecería que me indicara una "
                f"fecha prevista de pago.\n\nAtentamente,\n{sign}"
            )
        return subj, txt
    subj = f"Recordatorio de pago – factura {num}"
    if reg == "tu":
        txt = (
            f"{greet}:\n\nTe escribo para recordarte que la factura {num}, de {amt} €, con "
            f"vencimiento el {due}, sigue pendiente de pago.\n\nSi ya la habéis abonado, ignora "
            f"este mensaje. Si no, te agradecería que hicieras la transferencia a la cuenta que "
            f"figura en la factura (ES91 2100 0418 4502 0005 1332).\n\nUn saludo,\n{sign}"
        )
    elif reg == "pa":
        txt = (
            f"{greet}:\n\nPor medio del presente les recuerdo que la factura n.º {num}, presentada "
            f"a través de FACe el {idate} por importe de {amt} €, consta como pendiente de pago "
            f"una vez superado el vencimiento del {due}.\n\nLes ruego que me indiquen en qué "
            f"estado se encuentra su tramitación.\n\nAtentamente,\n{sign}"
        )
    else:
        txt = (
            f"{greet}:\n\nMe pongo en contacto con usted para recordarle que la factura n.º {num}, "
            f"de fecha {idate} y por importe de {amt} €, venció el pasado {due} y a día de hoy "
            f"consta como pendiente de pago.\n\nSi ya ha realizado el pago, le ruego que no tenga "
            f"en cuenta este mensaje. En caso contrario, le agradecería que efectuara la "
            f"transferencia al número de cuenta indicado en la factura.\n\nAtentamente,\n{sign}"
        )
    return subj, txt


# --------------------------------------------------------------------------
# Quoting the way each mail program does it
# --------------------------------------------------------------------------


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def attribution(client, lang, o, me, cli, osubj):
    """Return (kind, header_text). kind: 'gt' -> quote with '>', 'flat' -> no prefix."""
    wd, d, m, y, hm = o.weekday(), o.day, o.month - 1, o.year, o.strftime("%H:%M")
    name, addr = me
    cname, caddr = cli
    if lang == "it":
        if client in ("gmail",):
            return "gt", f"Il giorno {GG[wd]} {d} {MES3[m]} {y} alle ore {hm} {name} <{addr}> ha scritto:"
        if client == "gmail_mobile":
            return "gt", f"Il {GG[wd]} {d} {MES3[m]} {y}, {hm} {name} <{addr}> ha scritto:"
        if client in ("iphone", "apple"):
            return "gt", f"Il giorno {d} {MES3[m]} {y}, alle ore {hm}, {name} <{addr}> ha scritto:"
        if client == "thunderbird":
            return "gt", f"Il {o:%d/%m/%Y} {hm}, {name} ha scritto:"
        if client == "outlook":
            return "flat", (
                f"Da: {name} <{addr}> \nInviato: {GIORNI[wd]} {d} {MESI[m]} {y} {hm}\n"
                f"A: {cname} <{caddr}>\nOggetto: {osubj}"
            )
        if client == "owa":
            return "flat", (
                "________________________________\n"
                f"Da: {name} <{addr}>\nInviato: {GIORNI[wd]} {d} {MESI[m]} {y} {hm}\n"
                f"A: {cname} <{caddr}>\nOggetto: {osubj}"
            )
        if client == "outlook_old":
            return "flat", (
                f"-----Messaggio originale-----\nDa: {name} [mailto:{addr}] \n"
                f"Inviato: {GIORNI[wd]} {d} {MESI[m]} {y} {o:%H.%M}\nA: {caddr}\n"
                f"Oggetto: {osubj}"
            )
        if client == "samsung":
            return "flat", (
                f"-------- Messaggio originale --------\nDa: {name} <{addr}> \n"
                f"Data: {o:%d/%m/%y} {hm} (GMT+01:00) \nA: {caddr} \nOggetto: {osubj} "
            )
        if client == "libero":
            return "flat", (
                f"----Messaggio originale----\nDa: {addr}\nData: {d}-{MES3[m]}-{y} {o:%H.%M}\n"
                f"A: <{caddr}>\nOgg: {osubj}"
            )
        if client == "zimbra":
            return "flat", (
                f'----- Messaggio originale -----\nDa: "{name}" <{addr}>\n'
                f'A: "{cname}" <{caddr}>\nInviato: {GIORNI[wd].capitalize()}, {d} '
                f"{MESI[m]} {y} {o:%H:%M:%S}\nOggetto: {osubj}"
            )
        if client == "html_only":
            return "html", f"Il {o:%d/%m/%Y} {hm}, {name} ha scritto:"
    else:
        if client == "gmail":
            return "gt", f"El {DD[wd]}, {d} {MES3_ES[m]} {y} a las {hm}, {name} (<{addr}>) escribió:"
        if client == "gmail_mobile":
            return "gt", f"El {DD[wd]}, {d} {MES3_ES[m]} {y}, {hm}, {name} <{addr}> escribió:"
        if client in ("iphone", "apple"):
            return "gt", f"El {d} {MES3_ES[m]} {y}, a las {hm}, {name} <{addr}> escribió:"
        if client == "thunderbird":
            return "gt", f"El {d}/{m + 1}/{o:%y} a las {hm}, {name} escribió:"
        if client == "outlook":
            return "flat", (
                f"De: {name} <{addr}> \nEnviado el: {DIAS[wd]}, {d} de {MESES[m]} de {y} {hm}\n"
                f"Para: {cname} <{caddr}>\nAsunto: {osubj}"
            )
        if client == "owa":
            return "flat", (
                "________________________________\n"
                f"De: {name} <{addr}>\nEnviado: {DIAS[wd]}, {d} de {MESES[m]} de {y} {hm}\n"
                f"Para: {cname} <{caddr}>\nAsunto: {osubj}"
            )
        if client == "outlook_old":
            return "flat", (
                f"-----Mensaje original-----\nDe: {name} [mailto:{addr}] \n"
                f"Enviado el: {DIAS[wd]}, {d} de {MESES[m]} de {y} {hm}\nPara: {caddr}\n"
                f"Asunto: {osubj}"
            )
        if client == "samsung":
            return "flat", (
                f"-------- Mensaje original --------\nDe: {name} <{addr}> \n"
                f"Fecha: {d}/{m + 1}/{o:%y} {hm} (GMT+01:00) \nPara: {caddr} \nAsunto: {osubj} "
            )
        if client == "zimbra":
            return "flat", (
                f'----- Mensaje original -----\nDe: "{name}" <{addr}>\n'
                f'Para: "{cname}" <{caddr}>\nEnviados: {DIAS[wd].capitalize()}, {d} de '
                f"{MESES[m].capitalize()} {y} {o:%H:%M:%S}\nAsunto: {osubj}"
            )
        if client == "libero":
            return "flat", (
                f"----Mensaje original----\nDe: {addr}\nFecha: {o:%d/%m/%Y %H:%M}\n"
                f"Para: <{caddr}>\nAsunto: {osubj}"
            )
        if client == "html_only":
            return "html", f"El {o:%d/%m/%Y} a las {hm}, {name} escribió:"
    raise ValueError(client)


FOOTER = {
    ("it", "iphone"): "Inviato da iPhone",
    ("es", "iphone"): "Enviado desde mi iPhone",
    ("it", "samsung"): "Inviato dal mio dispositivo Galaxy",
    ("es", "samsung"): "Enviado desde mi smartphone Samsung Galaxy.",
}
MOBILE = {"iphone", "samsung", "gmail_mobile"}


def text_to_html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<div>" + "<br>\n".join(html.escape(l, quote=False) for l in para.split("\n")) + "</div>")
    return "\n<div><br></div>\n".join(out)


def sig_table(p):
    lines = [l for l in (p.get("sig") or "").split("\n") if l.strip()]
    if not lines:
        return ""
    first, rest = lines[0], lines[1:]
    return (
        '<table cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;'
        'font-size:9pt;color:#444;margin-top:12px"><tr>\n'
        f'<td style="border-right:2px solid {p.get("color", "#2a7ab0")};padding-right:12px;vertical-align:top">'
        f'<img src="cid:logo_{h(p["addr"], 8)}" alt="{html.escape(p.get("org", first))}" width="90" height="40"></td>\n'
        f'<td style="padding-left:12px;vertical-align:top"><b>{html.escape(first)}</b><br>'
        + "<br>".join(html.escape(l, quote=False) for l in rest)
        + "</td></tr></table>"
    )


# --------------------------------------------------------------------------
# Personas (filled below) and messages
# --------------------------------------------------------------------------
P: dict[str, dict] = {}
MSGS: list[dict] = []
THREADS: dict[tuple, int] = {}
_next_thread = {"it": 400, "es": 700}


def persona(key, **kw):
    assert key not in P, key
    kw.setdefault("cte", "quoted-printable")
    kw.setdefault("charset", "utf-8")
    P[key] = kw


def M(p, d, body, kind, note, **kw):
    MSGS.append(dict(p=p, d=d, body=body, kind=kind, note=note, **kw))


THREAD_OWNER: dict[tuple, str] = {}


def thread_id(lang, thread, num, owner=None):
    key = (lang, thread, num)
    if owner:
        assert THREAD_OWNER.setdefault(key, owner) == owner, (
            f"thread {key} shared by {owner} and {THREAD_OWNER[key]}"
        )
    if key not in THREADS:
        _next_thread[lang] += 1
        THREADS[key] = _next_thread[lang]
    dom = "example.it" if lang == "it" else "example.es"
    return f"<{thread}-{THREADS[key]:04d}@{dom}>"


WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def resolve(rule, d: dt.date):
    """Mechanical check of the conventions used for promised_date."""
    if rule.startswith("next:"):
        wd = WD.index(rule[5:])
        delta = (wd - d.weekday()) % 7 or 7
        return d + dt.timedelta(days=delta)
    if rule.startswith("day:") or rule.startswith("by:"):
        n = int(rule.split(":")[1])
        if n > d.day:
            return d.replace(day=n)
        y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        return dt.date(y, m, n)
    if rule == "eom":
        return d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if rule.startswith("+"):
        return d + dt.timedelta(days=int(rule[1:]))
    if rule == "abs":
        return None
    raise ValueError(rule)


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------


def enc_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)  # raises if the client could not have sent it
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "7bit":
        raw.decode("ascii")
        return text
    return raw.decode(charset)


def leaf(ctype, text, charset, cte, extra=""):
    body = enc_body(text, charset, cte)
    if cte == "8bit" and charset != "utf-8":
        # keep file utf-8 friendly: 8bit non-utf8 re-encoded as qp
        cte = "quoted-printable"
        body = enc_body(text, charset, cte)
    return (
        f'Content-Type: {ctype}; charset="{charset}"{extra}\n'
        f"Content-Transfer-Encoding: {cte}\n\n{body.rstrip(chr(10))}\n"
    )


def multipart(subtype, parts, key):
    b = f"----=_Part_{h(key + subtype, 12)}_{int(h(key, 6), 16)}"
    out = f'Content-Type: multipart/{subtype};\n\tboundary="{b}"\n\n'
    if subtype != "alternative":
        out += "This is a multi-part message in MIME format.\n\n"
    for part in parts:
        out += f"--{b}\n{part}\n"
    out += f"--{b}--\n"
    return out


def attachment(fname, ctype, data):
    b64 = base64.encodebytes(data).decode("ascii")
    return (
        f'Content-Type: {ctype}; name="{fname}"\nContent-Disposition: attachment; '
        f'filename="{fname}"\nContent-Transfer-Encoding: base64\n\n{b64}'
    )


def tiny_png():
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00\xff\xff\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def tiny_pdf(line):
    s = (
        f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
        f"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% {line}\ntrailer"
        f"<</Root 1 0 R>>\n%%EOF\n"
    )
    return s.encode("latin-1", "replace")


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(
            value, charset if charset != "iso-8859-1" or _latin(value) else "utf-8", maxlinelen=76
        ).encode()


def _latin(v):
    try:
        v.encode("iso-8859-1")
        return True
    except UnicodeEncodeError:
        return False


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        cs = charset if (charset != "iso-8859-1" or _latin(name)) else "utf-8"
        if cs == "windows-1252":
            cs = "iso-8859-1" if _latin(name) else "utf-8"
        return f"{Header(name, cs).encode()} <{a}>"


MAILER = {
    "gmail": None,
    "gmail_mobile": None,
    "iphone": "X-Mailer: iPhone Mail (22B91)",
    "apple": "X-Mailer: Apple Mail (2.3826.200.121)",
    "thunderbird": "User-Agent: Mozilla Thunderbird",
    "outlook": "X-Mailer: Microsoft Outlook 16.0",
    "owa": None,
    "outlook_old": "X-Mailer: Microsoft Office Outlook 12.0",
    "samsung": None,
    "libero": "X-Mailer: Libero Mail",
    "zimbra": "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF120 (Win)/9.0.0_GA_4546)",
    "html_only": None,
    "plain": None,
}


def msgid(client, key, domain):
    x = h(key)
    if client in ("gmail", "gmail_mobile"):
        return (
            f"<CA+{x[:10]}{base64.b32encode(bytes.fromhex(x[10:30])).decode().lower()[:18]}@mail.gmail.com>"
        )
    if client in ("outlook", "owa"):
        s = x.upper()
        return f"<AM9PR07MB{s[:4]}{s[4:20]}@AM9PR07MB{s[:4]}.eurprd07.prod.outlook.com>"
    if client in ("iphone", "apple"):
        s = x.upper()
        return f"<{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:32]}@{domain}>"
    return f"<{x[:24]}@{domain}>"


def build_one(i, m):
    p = P[m["p"]]
    lang = p["lang"]
    me = ALE if lang == "it" else JAV
    client = m.get("cl", p["client"])
    charset = m.get("charset", p["charset"])
    cte = m.get("cte", p["cte"])
    when = dt.datetime.strptime(m["d"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    when = when.replace(second=int(h(m["d"] + m["p"], 4), 16) % 60)
    assert dt.datetime(2026, 11, 1, tzinfo=TZ) <= when < dt.datetime(2027, 3, 1, tzinfo=TZ), m["d"]
    inv = m.get("inv", p.get("inv"))
    thread = m.get("thread", "reminder")
    frm_name, frm_addr = m.get("frm", (p["name"], p["addr"]))
    cli = (p.get("to_name", frm_name), frm_addr)

    # original being replied to
    osubj = otext = None
    irt = refs = None
    if thread != "none":
        if "orig" in m:
            osubj, otext = m["orig"]
        else:
            osubj, otext = orig_message(
                lang, thread if thread in ("invoice", "reminder2") else "reminder", p, inv
            )
        irt = thread_id(lang, thread, m.get("tid", inv[0]), m["p"])
        refs = [irt]
        if thread in ("reminder2", "reply"):
            first = thread_id(lang, "reminder", inv[0], m["p"])
            if first != irt:
                refs = [first, irt]
    od = m.get("od")
    if od:
        o = dt.datetime.strptime(od, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    else:
        if thread == "reply":
            # the freelancer's own reply came a few hours before
            o = when - dt.timedelta(
                hours=2 + int(h(m["d"] + "o", 2), 16) % 18, minutes=int(h(m["d"] + "m", 2), 16) % 60
            )
        else:
            back = 1 + int(h(m["d"] + "o", 2), 16) % 4
            o = (when - dt.timedelta(days=back)).replace(
                hour=9 + int(h(m["d"], 2), 16) % 3, minute=int(h(m["d"] + "m", 2), 16) % 60
            )
    if not od and inv and thread in ("reminder", "reminder2", "invoice"):
        # a reminder is sent after the due date, an invoice mail on/after the invoice date
        ref_day = dt.datetime.strptime(inv[3] if thread != "invoice" else inv[2], "%d/%m/%Y").replace(
            tzinfo=TZ
        )
        earliest = ref_day + dt.timedelta(days=1 if thread != "invoice" else 0, hours=9, minutes=o.minute)
        if thread == "reminder2":
            earliest += dt.timedelta(days=7)
        if o < earliest:
            o = (
                earliest
                if earliest < when - dt.timedelta(hours=1)
                else when - dt.timedelta(hours=2, minutes=o.minute % 37)
            )
        assert when > ref_day, f"{m['p']} {m['d']}: reply before due/invoice date {inv}"
    if m.get("subj"):
        subj = m["subj"]
    elif osubj:
        pre = m.get("pre") or {
            "outlook": "R:" if lang == "it" else "RE:",
            "owa": "R:" if lang == "it" else "RE:",
            "outlook_old": "R:" if lang == "it" else "RE:",
            "zimbra": "R:" if lang == "it" else "RE:",
            "samsung": "R:" if lang == "it" else "RE:",
            "libero": "R:",
        }.get(client, "Re:")
        subj = f"{pre} {osubj}"
    else:
        subj = "(nessun oggetto)"

    body = m["body"].strip("\n")
    # signature & footer, as the client's mail program adds them
    sig = m.get("sig", None if client in MOBILE else p.get("sig"))
    if sig is True:
        sig = p.get("sig")
    disc = m.get("disc", p.get("disc") if client not in MOBILE else None)
    if disc is True:
        disc = p.get("disc")
    foot = FOOTER.get((lang, client)) if m.get("footer", True) else None
    text = body
    if sig and client != "html_only":
        text += "\n\n" + ("-- \n" if client == "thunderbird" else "") + sig
    if foot:
        text += "\n\n" + foot
    if disc and client != "html_only":
        text += "\n\n" + disc
    quote = m.get("quote", True) and otext is not None and client != "plain"
    qkind = qhead = None
    if quote:
        qkind, qhead = attribution(client, lang, o, me, cli, osubj)
    plain = text
    if quote and qkind == "gt":
        plain += "\n\n" + qhead + "\n\n" + gt(otext)
    elif quote and qkind == "flat":
        plain += "\n\n" + ("\n" if client.startswith("outlook") else "") + qhead + "\n\n" + otext

    domain = frm_addr.split("@")[1]
    parts_extra = []
    if client in ("gmail", "gmail_mobile", "outlook", "owa", "libero", "html_only"):
        hb = text_to_html(body)
        if client == "html_only":
            hb = (
                f'<div style="font-family:{p.get("font", "Verdana,sans-serif")};font-size:10pt">\n{hb}\n'
                + (sig_table(p) if sig else "")
                + "\n</div>"
            )
            if disc:
                hb += f'\n<p style="font-size:7pt;color:#888">{html.escape(disc, quote=False)}</p>'
        else:
            if sig:
                hb += (
                    '\n<div><br></div>\n<div class="signature" style="color:#555">'
                    + "<br>".join(html.escape(l, quote=False) for l in sig.split("\n"))
                    + "</div>"
                )
            if disc:
                hb += f'\n<div><br></div>\n<div style="font-size:8pt;color:#888">{html.escape(disc, quote=False)}</div>'
        if quote:
            oq = text_to_html(otext)
            if qkind == "gt" or qkind == "html":
                if client in ("gmail", "gmail_mobile"):
                    hb += (
                        f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(qhead, quote=False)}<br></div>'
                        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                        f'rgb(204,204,204);padding-left:1ex">{oq}</blockquote></div>'
                    )
                else:
                    hb += (
                        f'\n<div><br></div><div>{html.escape(qhead, quote=False)}</div>\n<blockquote type="cite" '
                        f'style="border-left:2px solid #1010ff;margin-left:5px;padding-left:5px">{oq}</blockquote>'
                    )
            else:
                hh = "<br>\n".join(
                    html.escape(l, quote=False) for l in qhead.split("\n") if not l.startswith("____")
                )
                hb += (
                    '\n<div><br></div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                    f'<p class="MsoNormal">{hh}</p></div>\n<div>{oq}</div>'
                )
        if client in ("outlook", "owa"):
            hdoc = (
                '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
                f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
                f'</head><body lang="{"IT" if lang == "it" else "ES"}" link="#0563C1"><div class="WordSection1">\n'
                f"{hb}\n</div></body></html>"
            )
        elif client in ("gmail", "gmail_mobile"):
            hdoc = f'<div dir="ltr">{hb}</div>'
        else:
            hdoc = (
                f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
                f"<body>{hb}</body></html>"
            )
        if client == "html_only":
            content = leaf("text/html", hdoc, charset, cte)
        else:
            content = multipart(
                "alternative",
                [leaf("text/plain", plain, charset, cte), leaf("text/html", hdoc, charset, cte)],
                f"{i}alt",
            )
    else:
        extra = "; format=flowed" if client == "thunderbird" else ""
        content = leaf("text/plain", plain, charset, cte, extra)
    if m.get("attach"):
        atts = [attachment(*a) for a in m["attach"]]
        content = multipart("mixed", [content] + atts, f"{i}mix")

    H = []
    H.append(f"Return-Path: <{frm_addr}>")
    H.append(f"From: {addr(frm_name, frm_addr, charset)}")
    if m.get("to"):
        H.append("To: " + ", ".join(addr(n, a, charset) for n, a in m["to"]))
    else:
        H.append(f"To: {addr(me[0], me[1], charset)}")
    if m.get("cc"):
        H.append("Cc: " + ", ".join(addr(n, a, charset) for n, a in m["cc"]))
    H.append(f"Subject: {hdr(subj, charset)}")
    H.append(f"Date: {email.utils.format_datetime(when)}")
    mkey = f"{i}{m['d']}{frm_addr}"
    H.append(f"Message-ID: {msgid(client, mkey, domain)}")
    if irt and not m.get("no_irt"):
        H.append(f"In-Reply-To: {irt}")
        H.append("References: " + " ".join(refs))
    if client in ("outlook", "owa", "outlook_old"):
        H.append(f"Thread-Topic: {hdr(osubj or subj, charset)}")
        H.append(f"Content-Language: {'it-IT' if lang == 'it' else 'es-ES'}")
    mailer = MAILER.get(client)
    if mailer:
        H.append(mailer)
    for x in m.get("headers", []):
        H.append(x)
    H.append("MIME-Version: 1.0")
    return "\n".join(H) + "\n" + content


def build_raw(i, m):
    """Messages written out whole (bounces, odd system mails)."""
    return m["raw"].lstrip("\n")


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def build():
    for f in OUT.glob("r2-*.eml"):
        f.unlink()
    labels = ["# Round-2 IT/ES client replies (independent writer). Generated by make.py.\n"]
    seen_split = {}
    for i, m in enumerate(MSGS, 1):
        name = f"r2-{i:04d}.eml"
        p = P[m["p"]]
        seen_split.setdefault(m["p"], p["split"])
        raw = build_raw(i, m) if "raw" in m else build_one(i, m)
        (OUT / name).write_bytes(raw.encode("utf-8"))
        # labels
        lab = {"kind": m["kind"], "language": m.get("language", p["lang"]), "split": p["split"]}
        if m.get("promised"):
            pd = dt.date.fromisoformat(m["promised"])
            md = dt.datetime.strptime(m["d"], "%Y-%m-%d %H:%M").date()
            rule = m.get("rule")
            assert rule, f"{name}: promised_date without rule"
            r = resolve(rule, md)
            assert r is None or r == pd, f"{name}: rule {rule} from {md} gives {r}, labelled {pd}"
            assert m["kind"] in ("client-reply-promise", "client-reply-dispute", "client-reply-paid"), name
            lab["promised_date"] = m["promised"]
        if m.get("amount"):
            lab["amount"] = m["amount"]
        if m.get("ref"):
            lab["reference"] = m["ref"]
        lab["note"] = m["note"]
        labels.append(f'[files."{name}"]')
        for k, v in lab.items():
            labels.append(f"{k} = {toml_str(v)}")
        labels.append("")
    (OUT / "labels.toml").write_text("\n".join(labels), encoding="utf-8")
    check()


KINDS = [
    "invoice",
    "payment-notification",
    "client-reply-paid",
    "client-reply-promise",
    "client-reply-dispute",
    "client-reply-other",
    "auto-reply",
    "bounce",
    "other",
]


def check():
    labels = tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8")).get("files", {})
    files = sorted(f.name for f in OUT.glob("r2-*.eml"))
    assert files == sorted(labels), "label/file mismatch"
    by_split_persona = {}
    for name in files:
        msg = email.message_from_bytes((OUT / name).read_bytes(), policy=email.policy.default)
        assert msg["From"] and msg["Date"] and msg["Subject"] is not None, name
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None, name
        body.get_content()
        lab = labels[name]
        assert lab["kind"] in KINDS, name
        assert lab["split"] in ("dev", "firstread2"), name
        assert lab["language"] in ("it", "es"), name
        d = email.utils.parsedate_to_datetime(msg["Date"])
        assert dt.datetime(2026, 11, 1, tzinfo=TZ) <= d < dt.datetime(2027, 3, 1, tzinfo=TZ), name
        if "amount" in lab:
            assert lab["amount"].count(".") == 1 and len(lab["amount"].split(".")[1]) == 2, name
    for m in MSGS:
        by_split_persona.setdefault(m["p"], set()).add(P[m["p"]]["split"])
    assert all(len(v) == 1 for v in by_split_persona.values())
    # report
    from collections import Counter

    c = Counter((v["kind"], v["split"]) for v in labels.values())
    kinds = sorted({k for k, _ in c})
    print(
        f"{len(files)} messages, {len({m['p'] for m in MSGS})} personas "
        f"({sum(1 for k in {m['p'] for m in MSGS} if P[k]['split'] == 'firstread2')} firstread2-only)"
    )
    for k in kinds:
        print(f"  {k:24s} dev={c[(k, 'dev')]:3d} firstread2={c[(k, 'firstread2')]:3d}")
    langs = Counter((v["language"], v["split"]) for v in labels.values())
    print("  languages:", dict(langs))


def dsn(
    *,
    frm,
    to,
    date,
    subject,
    human,
    rcpt,
    status,
    action,
    diag,
    mta,
    orig_from,
    orig_to,
    orig_subj,
    orig_date,
    orig_id,
    key,
    extra_headers=(),
):
    """A delivery status notification (RFC 3464) as a mail server writes it."""
    b = f"{h(key, 8).upper()}.{int(h(key + 'x', 6), 16)}/{mta}"
    hs = [
        f"Return-Path: <>",
        f"From: {frm}",
        f"To: {to}",
        f"Subject: {hdr(subject)}",
        f"Date: {date}",
        f"Message-ID: <{h(key, 20)}@{mta}>",
        *extra_headers,
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"',
    ]
    human_part = leaf("text/plain", human.strip("\n") + "\n", "utf-8", "quoted-printable")
    ds = (
        f"Reporting-MTA: dns; {mta}\nArrival-Date: {orig_date}\n\nFinal-Recipient: rfc822; {rcpt}\n"
        f"Original-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\nDiagnostic-Code: {diag}\n"
    )
    oh = (
        f"Return-Path: <{orig_from[1]}>\nMessage-ID: {orig_id}\nDate: {orig_date}\n"
        f"From: {addr(*orig_from)}\nTo: {orig_to}\nSubject: {hdr(orig_subj)}\nMIME-Version: 1.0\n"
        f'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n'
    )
    body = (
        "This is a MIME-encapsulated message.\n\n"
        f"--{b}\nContent-Description: Notification\n{human_part}\n"
        f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n{ds}\n"
        f"--{b}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n{oh}\n"
        f"--{b}--\n"
    )
    return "\n".join(hs) + "\n\n" + body


# ==========================================================================
# PERSONAS
# ==========================================================================
DISC_IT_STUDIO = (
    "Le informazioni contenute in questo messaggio di posta elettronica e negli eventuali allegati sono "
    "riservate e destinate esclusivamente alla persona o all'ente sopra indicati. Ai sensi del Regolamento "
    "UE 2016/679 (GDPR) e del D.Lgs. 196/2003, qualora il messaggio le fosse pervenuto per errore, la "
    "preghiamo di eliminarlo senza copiarlo e di non inoltrarlo a terzi, dandocene gentilmente "
    "comunicazione. Grazie.\n"
    "Pensa all'ambiente prima di stampare questa e-mail."
)
DISC_IT_CORP = (
    "AVVERTENZA: Questo messaggio e i suoi allegati sono indirizzati esclusivamente ai destinatari "
    "indicati e possono contenere informazioni riservate. Se avete ricevuto questo messaggio per errore "
    "siete pregati di informare immediatamente il mittente e di distruggerlo. Qualsiasi utilizzo non "
    "autorizzato è vietato. Le opinioni espresse non impegnano la Società salvo conferma scritta.\n"
    "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the "
    "addressee(s). If you are not the intended recipient, please notify the sender and delete it. "
    "Any unauthorised use, disclosure or copying is strictly prohibited."
)
DISC_IT_PA = (
    "Questa casella di posta elettronica ordinaria non è abilitata alla ricezione di documenti aventi "
    "valore legale. Per comunicazioni ufficiali utilizzare l'indirizzo PEC dell'Ente. Le fatture "
    "elettroniche devono essere trasmesse esclusivamente tramite Sistema di Interscambio (SdI). "
    "Informativa privacy ai sensi dell'art. 13 Reg. UE 2016/679 disponibile sul sito istituzionale."
)
DISC_ES = (
    "AVISO LEGAL: Este mensaje y, en su caso, los ficheros anexos son confidenciales y van dirigidos "
    "exclusivamente a su destinatario. Si usted no es el destinatario indicado, queda notificado de "
    "que la lectura, utilización, divulgación y/o copia sin autorización está prohibida. Si ha recibido "
    "este mensaje por error, le rogamos que nos lo comunique inmediatamente y proceda a su destrucción.\n"
    "PROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la LOPDGDD 3/2018, "
    "le informamos de que sus datos son tratados con la finalidad de mantener la relación comercial. "
    "Puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación y "
    "portabilidad dirigiéndose a la dirección del remitente.\n"
    "Antes de imprimir este correo, piense si es necesario. El medio ambiente es cosa de todos."
)
DISC_ES_PA = (
    "Este correo electrónico y sus anexos se dirigen exclusivamente a su destinatario y pueden contener "
    "información confidencial. Las facturas dirigidas a esta Administración deben presentarse "
    "obligatoriamente a través del Punto General de Entrada de Facturas Electrónicas (FACe) conforme a "
    "la Ley 25/2013. Este buzón no es un registro electrónico."
)

# ---------------- Italian, dev ----------------
persona(
    "ferrando",
    name="Giorgio Ferrando",
    addr="g.ferrando@ferramentaferrando.it",
    lang="it",
    split="dev",
    client="outlook_old",
    charset="windows-1252",
    reg="lei",
    greet="Gentile Sig. Ferrando",
    org="Ferramenta Ferrando snc",
    inv=("31/2026", "1.220,00", "10/10/2026", "09/11/2026"),
    work="la traduzione del catalogo prodotti",
    sig="FERRAMENTA FERRANDO snc\nVia Cantore 114 r. - 16149 Genova\nTel. 010 645 1187 - Fax 010 645 1188",
)
persona(
    "bellini",
    name="Monica Carta - Studio Bellini & Rota",
    addr="segreteria@studiobellinirota.it",
    to_name="Segreteria Studio Bellini & Rota",
    lang="it",
    split="dev",
    client="outlook",
    charset="windows-1252",
    reg="lei",
    greet="Gentile Segreteria",
    org="Studio Associato Bellini & Rota",
    inv=("27/2026", "2.440,00", "01/10/2026", "31/10/2026"),
    work="la localizzazione del sito dello Studio",
    sig="Studio Associato Bellini & Rota\nDottori Commercialisti – Revisori Legali\nCorso Vittorio Emanuele II 48 – 10123 Torino\nTel. 011 562 3390",
    disc=DISC_IT_STUDIO,
)
persona(
    "comune",
    name="Ufficio Ragioneria - Comune di San Vito al Monte",
    addr="ragioneria@comune.sanvitoalmonte.it",
    to_name="Ufficio Ragioneria",
    lang="it",
    split="dev",
    client="zimbra",
    reg="pa",
    greet="Spett.le Comune di San Vito al Monte – Servizio Finanziario",
    org="Comune di San Vito al Monte",
    inv=("FPA 3/2026", "1.220,00", "12/10/2026", "11/11/2026"),
    work="la traduzione del materiale turistico",
    sig="Comune di San Vito al Monte\nArea Economico-Finanziaria – Ufficio Ragioneria\nPiazza del Municipio 1\nTel. 0523 870 214 – PEC: protocollo@pec.comune.sanvitoalmonte.it",
    disc=DISC_IT_PA,
)
persona(
    "nuvolaria",
    name="Luca Marchetti",
    addr="luca@nuvolaria.io",
    lang="it",
    split="dev",
    client="gmail",
    reg="tu",
    greet="Ciao Luca",
    org="Nuvolaria srl",
    inv=("33/2026", "1.220,00", "20/10/2026", "19/11/2026"),
    work="la localizzazione dell'app",
    sig="Luca Marchetti | CEO & co-founder\nNuvolaria — weather for farmers\nnuvolaria.io",
)
persona(
    "pixelpasta",
    name="Martina Gallo",
    addr="martina.gallo@pixelepasta.it",
    lang="it",
    split="dev",
    client="gmail",
    reg="tu",
    greet="Ciao Martina",
    org="Pixel & Pasta",
    inv=("29/2026", "1.830,00", "05/10/2026", "04/11/2026"),
    work="gli adattamenti dei testi della campagna",
    sig="Martina Gallo\nAccount Manager\nPixel & Pasta – comunicazione con gusto\nVia del Pratello 31/b, Bologna · +39 051 098 7712",
)
persona(
    "menegatti",
    name="franca menegatti",
    addr="franca.menegatti@libero.it",
    lang="it",
    split="dev",
    client="libero",
    reg="lei",
    greet="Gentile Signora Menegatti",
    org="",
    inv=("35/2026", "305,00", "28/10/2026", "27/11/2026"),
    work="la traduzione dei documenti per la successione",
)
persona(
    "tecnoveneta",
    name="Contabilità Fornitori Tecnoveneta",
    addr="contabilita.fornitori@tecnoveneta.it",
    to_name="Contabilità Fornitori",
    lang="it",
    split="dev",
    client="outlook",
    reg="lei",
    greet="Spett.le Ufficio Contabilità Fornitori",
    org="Tecnoveneta Industrie SpA",
    inv=("30/2026", "3.660,00", "08/10/2026", "07/11/2026"),
    work="la traduzione dei manuali tecnici",
    sig="Elena Zanon\nContabilità Fornitori / Accounts Payable\nTecnoveneta Industrie S.p.A.\nVia dell'Industria 22 – 36100 Vicenza\nT +39 0444 927 100",
    disc=DISC_IT_CORP,
)
persona(
    "sanna",
    name="Avv. Roberto Sanna",
    addr="r.sanna@studiolegalesanna.it",
    lang="it",
    split="dev",
    client="outlook",
    charset="windows-1252",
    reg="lei",
    greet="Gentile Avvocato",
    org="Studio Legale Sanna",
    inv=("26/2026", "1.220,00", "30/09/2026", "30/10/2026"),
    work="la traduzione giurata degli atti",
    sig="Studio Legale Avv. Roberto Sanna\nVia Sonnino 77 – 09127 Cagliari\nTel. 070 654 211",
    disc=DISC_IT_STUDIO,
)
persona(
    "miramonti",
    name="Elisa Kofler",
    addr="info@hotelmiramonti-ortisei.it",
    lang="it",
    split="dev",
    client="apple",
    reg="lei",
    greet="Gentile Signora Kofler",
    org="Hotel Miramonti",
    inv=("32/2026", "1.220,00", "15/10/2026", "14/11/2026"),
    work="la traduzione del sito dell'hotel",
    sig="Elisa Kofler\nHotel Miramonti ****\nStrada Rezia 40 · 39046 Ortisei / St. Ulrich\nwww.hotelmiramonti-ortisei.it",
)
persona(
    "osteria",
    name="Osteria del Borgo",
    addr="osteriadelborgo.lecce@gmail.com",
    lang="it",
    split="dev",
    client="gmail_mobile",
    reg="tu",
    greet="Ciao Davide",
    org="Osteria del Borgo",
    inv=("34/2026", "610,00", "25/10/2026", "24/11/2026"),
    work="la traduzione del menù",
)
persona(
    "gelso",
    name="Chiara Fontana",
    addr="c.fontana@edizionidelgelso.it",
    lang="it",
    split="dev",
    client="thunderbird",
    charset="utf-8",
    reg="tu",
    greet="Cara Chiara",
    org="Edizioni del Gelso",
    inv=("28/2026", "1.220,00", "02/10/2026", "01/11/2026"),
    work="la revisione della traduzione",
    sig="Chiara Fontana\nredazione – Edizioni del Gelso\nvia dei Serragli 12, 50124 Firenze",
)
persona(
    "valli",
    name="Studio Dentistico Dott. Valli",
    addr="segreteria@studiovalli.it",
    lang="it",
    split="dev",
    client="html_only",
    reg="lei",
    greet="Gentile Segreteria",
    org="Studio Dentistico Dott. Enrico Valli",
    inv=("36/2026", "1.220,00", "29/10/2026", "28/11/2026"),
    work="i testi del nuovo sito",
    color="#1aa39a",
    sig="Sonia Ricci\nSegreteria e amministrazione\nStudio Dentistico Dott. Enrico Valli\nViale Mazzini 9, 47121 Forlì · tel. 0543 28 11 90",
)
persona(
    "bitfarm",
    name="Marco Pellegrini",
    addr="marco@bitfarm.it",
    lang="it",
    split="dev",
    client="thunderbird",
    reg="tu",
    greet="Ciao Marco",
    org="Bitfarm srl",
    inv=("25/2026", "2.196,00", "25/09/2026", "25/10/2026"),
    work="le stringhe del gestionale",
    sig="Marco Pellegrini – Bitfarm srl\nhttps://bitfarm.it",
)
persona(
    "teatro",
    name="Gianni Colombo",
    addr="gianni.colombo54@gmail.com",
    lang="it",
    split="dev",
    client="gmail",
    reg="lei",
    greet="Gentile Sig. Colombo",
    org="Associazione Amici del Teatro Sociale",
    inv=("37/2026", "488,00", "30/10/2026", "29/11/2026"),
    work="la traduzione del programma di sala",
)

# ---------------- Italian, firstread2 ----------------
persona(
    "rodari",
    name="Segreteria IC Rodari",
    addr="pvic80099q@istruzione.it",
    to_name="IC G. Rodari",
    lang="it",
    split="firstread2",
    client="owa",
    reg="pa",
    greet='Spett.le Istituto Comprensivo "G. Rodari"',
    org="Istituto Comprensivo G. Rodari",
    inv=("FPA 2/2026", "1.220,00", "06/10/2026", "05/11/2026"),
    work="il corso di formazione per docenti",
    sig='Il Direttore dei Servizi Generali e Amministrativi\nDott.ssa Rosaria Capuano\nIstituto Comprensivo Statale "Gianni Rodari"\nVia Fratelli Cervi 3 – Vigevano (PV)',
    disc=DISC_IT_PA,
)
persona(
    "berti",
    name="Lorena Gatti",
    addr="amministrazione@lanificioberti.it",
    lang="it",
    split="firstread2",
    client="outlook",
    charset="windows-1252",
    reg="lei",
    greet="Gentile Sig.ra Gatti",
    org="Lanificio Berti S.p.A.",
    inv=("38/2026", "1.220,00", "31/10/2026", "30/11/2026"),
    work="la traduzione del campionario",
    sig="Lorena Gatti\nUfficio Amministrazione\nLanificio Berti S.p.A. – Strada Trossi 51, 13900 Biella\nTel. 015 849 2200",
    disc=DISC_IT_CORP,
)
persona(
    "ortourbano",
    name="Giulia Esposito",
    addr="giulia@ortourbano.eu",
    lang="it",
    split="firstread2",
    client="iphone",
    reg="tu",
    greet="Ciao Giulia",
    org="Orto Urbano srl",
    inv=("39/2026", "1.220,00", "03/11/2026", "03/12/2026"),
    work="la localizzazione della landing page",
)
persona(
    "tosi",
    name="Armando Tosi",
    addr="armando.tosi@alice.it",
    lang="it",
    split="firstread2",
    client="plain",
    charset="iso-8859-1",
    reg="lei",
    greet="Gentile Sig. Tosi",
    org="",
    inv=("40/2026", "244,00", "04/11/2026", "04/12/2026"),
    work="la traduzione delle lettere",
)
persona(
    "dolcesud",
    name="Pasticceria Dolce Sud",
    addr="pasticceriadolcesud@gmail.com",
    lang="it",
    split="firstread2",
    client="samsung",
    reg="tu",
    greet="Ciao Carmela",
    org="Pasticceria Dolce Sud",
    inv=("41/2026", "732,00", "05/11/2026", "05/12/2026"),
    work="i testi del sito",
)
persona(
    "ducale",
    name="AP Italy - Gruppo Ducale",
    addr="ap.italy@gruppoducale.com",
    to_name="Accounts Payable",
    lang="it",
    split="firstread2",
    client="outlook",
    reg="lei",
    greet="Spett.le Accounts Payable",
    org="Gruppo Alimentare Ducale S.p.A.",
    inv=("42/2026", "4.880,00", "09/10/2026", "08/11/2026"),
    work="la traduzione del bilancio di sostenibilità",
    sig="Federica Ghirardi\nAccounts Payable – Shared Service Center Italia\nGruppo Alimentare Ducale S.p.A.\nStrada Langhirano 200, 43124 Parma",
    disc=DISC_IT_CORP,
)
persona(
    "arche",
    name="Filippo Neri",
    addr="filippo.neri@studioarche.it",
    lang="it",
    split="firstread2",
    client="apple",
    reg="tu",
    greet="Ciao Filippo",
    org="Studio Archè",
    inv=("43/2026", "1.220,00", "07/11/2026", "07/12/2026"),
    work="la traduzione della relazione di concorso",
    sig="arch. Filippo Neri\nSTUDIO ARCHÈ architettura e paesaggio\nVia dei Volsci 88, 00185 Roma",
)
persona(
    "pavan",
    name="Studio Pavan Consulenze",
    addr="studio@pavanconsulenze.it",
    lang="it",
    split="firstread2",
    client="outlook_old",
    charset="windows-1252",
    reg="lei",
    greet="Gentile Dott. Pavan",
    org="Studio Pavan",
    inv=("44/2026", "1.220,00", "10/11/2026", "10/12/2026"),
    work="il menù della Gelateria Polo Nord",
    sig="Dott. Stefano Pavan\nStudio Pavan Consulenze – Via Terraglio 120, 31100 Treviso\nTel. 0422 411 902",
)
persona(
    "lombardi",
    name="TIPOGRAFIA LOMBARDI",
    addr="tipografia.lombardi@tin.it",
    lang="it",
    split="firstread2",
    client="plain",
    charset="iso-8859-1",
    reg="lei",
    greet="Gentile Sig. Lombardi",
    org="Tipografia Lombardi",
    inv=("23/2026", "1.220,00", "15/09/2026", "15/10/2026"),
    work="la traduzione dei cataloghi",
)
persona(
    "girasole",
    name="Nadia Bartoli",
    addr="amministrazione@coopilgirasole.it",
    lang="it",
    split="firstread2",
    client="gmail",
    reg="lei",
    greet="Gentile Sig.ra Bartoli",
    org="Cooperativa Sociale Il Girasole",
    inv=("45/2026", "1.220,00", "12/11/2026", "12/12/2026"),
    work="la traduzione del progetto europeo",
    sig="Nadia Bartoli\nUfficio Amministrazione\nCooperativa Sociale Il Girasole – Onlus\nVia Cortonese 60, Perugia",
)
persona(
    "farmacia",
    name="Farmacia San Marco",
    addr="info@farmaciasanmarco-vr.it",
    lang="it",
    split="firstread2",
    client="outlook",
    charset="windows-1252",
    reg="lei",
    greet="Gentile Dott. Guidi",
    org="Farmacia San Marco",
    inv=("46/2026", "976,00", "13/11/2026", "13/12/2026"),
    work="le schede prodotto",
    sig="Farmacia San Marco del Dott. Paolo Guidi\nVia San Marco 41, 37138 Verona",
)

# ---------------- Spanish, dev ----------------
persona(
    "gestoria_mr",
    name="Amparo Sorlí",
    addr="amparo@gestoriamartinezruiz.es",
    lang="es",
    split="dev",
    client="outlook_old",
    charset="windows-1252",
    reg="usted",
    greet="Estimada Sra. Sorlí",
    org="Gestoría Martínez Ruiz",
    inv=("2026/7", "1.220,00", "01/10/2026", "31/10/2026"),
    work="la web de Ópticas Turia",
    sig="Gestoría Martínez Ruiz\nC/ Císcar 18, 46005 Valencia\nTel. 963 74 22 10",
    disc=DISC_ES,
)
persona(
    "alba",
    name="Boutique Alba",
    addr="boutiquealba.sevilla@gmail.com",
    lang="es",
    split="dev",
    client="gmail_mobile",
    reg="tu",
    greet="Hola Carmen",
    org="Boutique Alba",
    inv=("2026/11", "726,00", "20/10/2026", "19/11/2026"),
    work="la tienda online",
)
persona(
    "torrealta",
    name="Tesorería - Ayuntamiento de Torrealta",
    addr="tesoreria@torrealta.es",
    to_name="Tesorería Municipal",
    lang="es",
    split="dev",
    client="zimbra",
    reg="pa",
    greet="Ayuntamiento de Torrealta – Tesorería",
    org="Ayuntamiento de Torrealta",
    inv=("2026/9", "1.220,00", "09/10/2026", "08/11/2026"),
    work="el mantenimiento de la sede electrónica",
    sig="Francisco Javier Molina Cano\nTesorero\nAyuntamiento de Torrealta\nPlaza de España, 1 · Tel. 968 70 11 00",
    disc=DISC_ES_PA,
)
persona(
    "kuvo",
    name="Pablo Navarro",
    addr="pablo@kuvolabs.com",
    lang="es",
    split="dev",
    client="gmail",
    reg="tu",
    greet="Hola Pablo",
    org="Kuvo Labs",
    inv=("2026/12", "1.220,00", "22/10/2026", "21/11/2026"),
    work="el frontend del panel",
    sig="Pablo Navarro · Co-founder\nKuvo Labs · kuvolabs.com",
)
persona(
    "brujula",
    name="Núria Puig",
    addr="nuria.puig@brujulacreativa.cat",
    lang="es",
    split="dev",
    client="apple",
    reg="tu",
    greet="Hola Núria",
    org="Brújula Creativa",
    inv=("2026/10", "2.420,00", "15/10/2026", "14/11/2026"),
    work="la landing de la campaña",
    sig="Núria Puig\nAccount Director\nBRÚJULA CREATIVA\nCarrer de Pujades 77, 08005 Barcelona",
)
persona(
    "iglesias",
    name="Ramon Iglesias Varela",
    addr="ramoniglesiasv@telefonica.net",
    lang="es",
    split="dev",
    client="plain",
    charset="iso-8859-1",
    reg="usted",
    greet="Estimado Sr. Iglesias",
    org="",
    inv=("2026/14", "363,00", "26/10/2026", "25/11/2026"),
    work="la página de la casa rural",
)
persona(
    "levante",
    name="Proveedores - Grupo Hostelero Levante",
    addr="proveedores@grupolevante.es",
    to_name="Departamento de Proveedores",
    lang="es",
    split="dev",
    client="outlook",
    reg="usted",
    greet="Estimados señores",
    org="Grupo Hostelero Levante S.A.",
    inv=("2026/8", "3.630,00", "05/10/2026", "04/11/2026"),
    work="la web de reservas",
    sig="Rosa Ferrer Ivars\nCuentas a Pagar · Departamento de Proveedores\nGrupo Hostelero Levante S.A.\nAvda. de Denia 112, 03016 Alicante",
    disc=DISC_ES,
)
persona(
    "ortega",
    name="Luis Ortega",
    addr="lortega@ortegayasociados.es",
    lang="es",
    split="dev",
    client="outlook",
    charset="windows-1252",
    reg="usted",
    greet="Estimado Sr. Ortega",
    org="Ortega & Asociados",
    inv=("2026/13", "1.220,00", "23/10/2026", "22/11/2026"),
    work="la intranet del despacho",
    sig="Luis Ortega Benítez\nSocio director\nOrtega & Asociados · Asesores Fiscales\nAlameda Principal 21, 29001 Málaga",
    disc=DISC_ES,
)
persona(
    "sonrisa",
    name="Clínica Dental Sonrisa Norte",
    addr="administracion@sonrisanorte.es",
    lang="es",
    split="dev",
    client="html_only",
    reg="usted",
    greet="Estimada Lucía",
    org="Clínica Dental Sonrisa Norte",
    inv=("2026/15", "1.220,00", "27/10/2026", "26/11/2026"),
    work="la web de la clínica",
    color="#e0457b",
    sig="Lucía Gómez Pereda\nAdministración\nClínica Dental Sonrisa Norte\nC/ Castelar 30, 39004 Santander · 942 31 22 45",
)
persona(
    "manolo",
    name="Manolo Jiménez",
    addr="latascademanolo@hotmail.com",
    lang="es",
    split="dev",
    client="samsung",
    cte="base64",
    reg="tu",
    greet="Hola Manolo",
    org="La Tasca de Manolo",
    inv=("2026/16", "484,00", "28/10/2026", "27/11/2026"),
    work="la carta digital",
)
persona(
    "albatros",
    name="Beatriz Herrero",
    addr="bherrero@edicionesalbatros.es",
    lang="es",
    split="dev",
    client="thunderbird",
    reg="tu",
    greet="Hola Bea",
    org="Ediciones Albatros",
    inv=("2026/6", "1.220,00", "29/09/2026", "29/10/2026"),
    work="la maquetación del catálogo",
    sig="Beatriz Herrero\nProducción · Ediciones Albatros\nC/ Fuencarral 95, 28004 Madrid",
)
persona(
    "anahuac",
    name="Lic. Alejandro Treviño",
    addr="atrevino@textilanahuac.com.mx",
    lang="es",
    split="dev",
    client="outlook",
    reg="usted",
    greet="Estimado Lic. Treviño",
    org="Grupo Textil Anáhuac",
    inv=("2026/17", "1.220,00", "30/10/2026", "29/11/2026"),
    work="el catálogo en línea",
    sig="Lic. Alejandro Treviño Garza\nGerente de Compras\nGrupo Textil Anáhuac, S.A. de C.V.\nAv. Constitución 2050 Pte., Monterrey, N.L.\nTel. +52 81 8342 1100",
)
persona(
    "mate",
    name="Facundo Ríos",
    addr="facu@matestudio.com.ar",
    lang="es",
    split="dev",
    client="gmail",
    reg="tu",
    greet="Hola Facundo",
    org="Mate Studio",
    inv=("2026/18", "1.220,00", "02/11/2026", "02/12/2026"),
    work="el desarrollo del plugin",
    sig="Facundo Ríos\nMate Studio — Buenos Aires",
)
persona(
    "sierranevada",
    name="Daniela Castaño",
    addr="dcastano@cafesierranevada.co",
    lang="es",
    split="dev",
    client="gmail",
    reg="usted",
    greet="Estimada Daniela",
    org="Café Sierra Nevada S.A.S.",
    inv=("2026/19", "1.220,00", "03/11/2026", "03/12/2026"),
    work="la tienda en línea para Europa",
    sig="Daniela Castaño Ruiz\nCoordinadora Administrativa y Financiera\nCafé Sierra Nevada S.A.S.\nSanta Marta, Colombia",
)

# ---------------- Spanish, firstread2 ----------------
persona(
    "consorcio",
    name="Contabilidad - Consorcio Aguas Bajo Jalón",
    addr="contabilidad@aguasbajojalon.es",
    to_name="Servicio de Contabilidad",
    lang="es",
    split="firstread2",
    client="owa",
    reg="pa",
    greet="Consorcio de Aguas del Bajo Jalón – Servicio de Contabilidad",
    org="Consorcio de Aguas del Bajo Jalón",
    inv=("2026/20", "1.220,00", "14/10/2026", "13/11/2026"),
    work="la aplicación de lecturas",
    sig="Mª José Lacasa Royo\nServicio de Contabilidad e Intervención\nConsorcio de Aguas del Bajo Jalón\nCtra. de Épila s/n, 50290 Épila (Zaragoza)",
    disc=DISC_ES_PA,
)
persona(
    "vega",
    name="Cuentas a Pagar - Supermercados Vega",
    addr="cuentasapagar@supervega.es",
    to_name="Cuentas a Pagar",
    lang="es",
    split="firstread2",
    client="outlook",
    reg="usted",
    greet="Estimados señores",
    org="Supermercados Vega S.L.",
    inv=("2026/21", "2.440,00", "16/10/2026", "15/11/2026"),
    work="la app de fidelización",
    sig="Alberto Fuentes\nShared Services · Cuentas a Pagar\nSupermercados Vega S.L.\nPol. Ind. Las Quemadas, parcela 88, 14014 Córdoba",
    disc=DISC_ES,
)
persona(
    "pedalea",
    name="Iker Etxeberria",
    addr="iker@pedalea.bike",
    lang="es",
    split="firstread2",
    client="iphone",
    reg="tu",
    greet="Kaixo Iker",
    org="Pedalea",
    inv=("2026/22", "1.220,00", "04/11/2026", "04/12/2026"),
    work="la web de reservas de bicis",
)
persona(
    "pilar",
    name="Pilar Sánchez Olmedo",
    addr="pilar.sanchez.olmedo@gmail.com",
    lang="es",
    split="firstread2",
    client="gmail",
    reg="usted",
    greet="Estimada Doña Pilar",
    org="",
    inv=("2026/23", "242,00", "05/11/2026", "05/12/2026"),
    work="el blog de recetas",
)
persona(
    "habitat",
    name="Marisa Aguado",
    addr="marisa@habitatsur.es",
    lang="es",
    split="firstread2",
    client="owa",
    reg="tu",
    greet="Hola Marisa",
    org="Inmobiliaria Habitat Sur",
    inv=("2026/24", "1.220,00", "06/11/2026", "06/12/2026"),
    work="el portal de inmuebles",
    sig="Marisa Aguado\nHabitat Sur · Inmobiliaria\nPaseo de Almería 51, 04001 Almería · 950 23 67 80",
)
persona(
    "gil",
    name="Paco Gil",
    addr="paco@construccionesgil.es",
    lang="es",
    split="firstread2",
    client="samsung",
    reg="tu",
    greet="Hola Paco",
    org="Construcciones Hermanos Gil S.L.",
    inv=("2026/25", "1.815,00", "07/11/2026", "07/12/2026"),
    work="la web corporativa",
)
persona(
    "losboldos",
    name="Rodrigo Fuenzalida",
    addr="rfuenzalida@vinalosboldos.cl",
    lang="es",
    split="firstread2",
    client="gmail",
    reg="tu",
    greet="Hola Rodrigo",
    org="Viña Los Boldos",
    inv=("2026/26", "1.220,00", "09/11/2026", "09/12/2026"),
    work="la tienda online para España",
    sig="Rodrigo Fuenzalida O.\nGerente Comercial\nViña Los Boldos · Valle de Colchagua, Chile",
)
persona(
    "speakup",
    name="Elena Marín",
    addr="elena@speakupzaragoza.es",
    lang="es",
    split="firstread2",
    client="gmail_mobile",
    reg="tu",
    greet="Hola Elena",
    org="Speak Up Zaragoza",
    inv=("2026/27", "968,00", "10/11/2026", "10/12/2026"),
    work="la plataforma de reservas de clases",
)
persona(
    "sanz",
    name="Raquel Sanz",
    addr="raquel@asesoressanz.com",
    lang="es",
    split="firstread2",
    client="outlook_old",
    charset="windows-1252",
    reg="usted",
    greet="Estimada Sra. Sanz",
    org="Asesores Sanz",
    inv=("2026/28", "1.220,00", "11/11/2026", "11/12/2026"),
    work="la web de Panadería Hermanos Ortiz",
    sig="ASESORES SANZ\nFiscal · Laboral · Contable\nC/ Vitoria 44, 2º – 09004 Burgos · 947 20 31 55",
    disc=DISC_ES,
)
persona(
    "raices",
    name="Tomás Olmo",
    addr="tesoreria@fundacionraices.org",
    lang="es",
    split="firstread2",
    client="thunderbird",
    reg="usted",
    greet="Estimado Tomás",
    org="Fundación Raíces",
    inv=("2026/29", "605,00", "12/11/2026", "12/12/2026"),
    work="la web de la fundación",
    sig="Tomás Olmo\nTesorero (voluntario)\nFundación Raíces · Granada",
)
persona(
    "dunas",
    name="Hotel Las Dunas - Administración",
    addr="administracion@hotellasdunas.es",
    lang="es",
    split="firstread2",
    client="html_only",
    reg="usted",
    greet="Estimado Sr. Hernández",
    org="Hotel Las Dunas",
    inv=("2026/30", "1.220,00", "13/11/2026", "13/12/2026"),
    work="el motor de reservas",
    color="#f2a900",
    sig="Yeray Hernández Déniz\nJefe de Administración\nHotel Las Dunas ★★★★\nAvda. de las Dunas 6, 35100 Maspalomas (Gran Canaria)",
    disc=DISC_ES,
)

# System senders (bounces, bank notices, etc.)
persona(
    "mailer_it",
    name="Mail Delivery System",
    addr="MAILER-DAEMON@smtp.example.it",
    lang="it",
    split="dev",
    client="plain",
    reg="lei",
    greet="",
)
persona(
    "mailer_es",
    name="Mail Delivery System",
    addr="MAILER-DAEMON@smtp.example.es",
    lang="es",
    split="firstread2",
    client="plain",
    reg="usted",
    greet="",
)

persona(
    "banca_it",
    name="Banca Esempio",
    addr="notifiche@bancaesempio.it",
    lang="it",
    split="dev",
    client="plain",
    reg="lei",
    greet="",
)
persona(
    "phish",
    name="Aruba PEC",
    addr="noreply@aruba-pec-verifica.com",
    lang="it",
    split="dev",
    client="html_only",
    reg="lei",
    greet="",
)
persona(
    "mailer_it2",
    name="Mail Delivery Subsystem",
    addr="mailer-daemon@mx.example.it",
    lang="it",
    split="firstread2",
    client="plain",
    reg="lei",
    greet="",
)

# ==========================================================================
# MESSAGES
# ==========================================================================
# ---------------------------------------------------------------- batch 1
M(
    "ferrando",
    "2026-11-12 08:47",
    """
Buongiorno,
ci risulta regolarmente saldata il 10/11 con bonifico cumulativo insieme ad altre fatture (rif. distinta 0451), nella causale c'è il vs numero.
Controlli meglio.
Saluti
Ferrando
""",
    "client-reply-paid",
    "paid claim with 'saldata' + cumulative transfer; terse, slightly irritated",
    sig=False,
)

M(
    "ferrando",
    "2026-12-09 11:02",
    """
Buongiorno,
la mettiamo nel giro pagamenti del 15.
Saluti
G. Ferrando
""",
    "client-reply-promise",
    "promise without payment verb: 'giro pagamenti del 15' = 15 Dec (day still ahead)",
    inv=("47/2026", "854,00", "06/11/2026", "06/12/2026"),
    promised="2026-12-15",
    rule="day:15",
)

M(
    "bellini",
    "2026-11-04 10:15",
    """
Gentile Dott.ssa Rossi,

le confermo che il pagamento della fattura n. 27/2026 è stato disposto in data odierna con valuta 06/11/2026.
Le invio in allegato la contabile.

Cordiali saluti
Monica Carta
Segreteria amministrativa
""",
    "client-reply-paid",
    "'disposto ... con valuta 06/11' = transfer already ordered with a later value date: paid claim, not a promise",
    ref="27/2026",
    attach=[
        (
            "Contabile_bonifico_27-2026.pdf",
            "application/pdf",
            tiny_pdf("contabile bonifico SEPA 2.440,00 EUR"),
        )
    ],
)

M(
    "bellini",
    "2026-12-18 16:40",
    """
Gentile Dott.ssa Rossi,

la Dott.ssa Rota è fuori studio fino al 7 gennaio e i pagamenti vengono autorizzati solo da lei. Appena rientra le faccio firmare la distinta, così la sistemiamo.

Mi scusi per il disagio.
Cordiali saluti
Monica Carta
""",
    "client-reply-promise",
    "vague promise: 7 January is the partner's return, not a payment date -> no promised_date",
    inv=("52/2026", "1.220,00", "10/11/2026", "10/12/2026"),
)

M(
    "comune",
    "2026-11-16 12:30",
    """
Buongiorno,

in riferimento al sollecito in oggetto, si comunica che la fattura elettronica n. FPA 3/2026 è stata liquidata con determinazione n. 412 del 09/11/2026 e che in data 13/11/2026 è stato emesso il relativo mandato di pagamento n. 1877.
I tempi di accredito dipendono dal Tesoriere dell'Ente (di norma 2-3 giorni lavorativi).

Distinti saluti
Rag. Antonella Pace
""",
    "client-reply-paid",
    "bureaucratic paid claim: liquidazione + 'mandato di pagamento emesso'; no payment verb in active form",
    ref="FPA 3/2026",
)

M(
    "comune",
    "2027-01-19 09:05",
    """
Buongiorno,

la fattura in oggetto è stata regolarmente acquisita dalla piattaforma ma risulta sospesa in quanto priva del codice CIG, obbligatorio ai sensi della L. 136/2010.
Si prega di emettere nota di credito a storno totale e di riemettere la fattura riportando il CIG Z1A3F4B2C9 nel blocco 2.1.2 (DatiOrdineAcquisto).

In assenza di tale correzione non è possibile procedere alla liquidazione.

Distinti saluti
Ufficio Ragioneria
""",
    "client-reply-other",
    "formal/administrative defect (missing CIG): payment blocked until credit note + reissue, but the debt itself is not contested -> other, not dispute (rule used throughout: wrong addressee / missing CIG, PO, codes = other; contested amount, work, terms = dispute)",
    inv=("FPA 5/2026", "610,00", "01/12/2026", "31/12/2026"),
)

M(
    "nuvolaria",
    "2026-11-21 23:48",
    """
ok fatto ieri sera 👍 scusa il ritardo, ero a Berlino per una fiera e mi ero perso tutto

L.
""",
    "client-reply-paid",
    "'fatto' with no payment verb, late-night terse reply",
    sig=False,
)

M(
    "nuvolaria",
    "2027-01-11 14:20",
    """
Ciao Ale!

Sì sì lo so, hai ragione. Siamo in mezzo al closing del round e il CFO ha bloccato tutte le uscite finché non entrano i soldi degli investitori. Appena arrivano i fondi sei la prima della lista, promesso.

Luca
""",
    "client-reply-promise",
    "promise with no date: 'appena arrivano i fondi'",
    inv=("49/2026", "1.220,00", "01/12/2026", "31/12/2026"),
)

M(
    "pixelpasta",
    "2026-11-06 15:33",
    """
Ciao Ale!!

allora, ho girato il tuo sollecito all'amministrazione (Cristina, in cc) perché io purtroppo non ho visibilità sui pagamenti 🙈
Mi dicono che le fatture di ottobre vanno tutte in pagamento a fine mese, quindi dovresti vederla entro il 30.

Sorry per l'attesa e grazie ancora per il lavorone sulla campagna!!
Martina
""",
    "client-reply-promise",
    "second-hand promise: 'in pagamento a fine mese ... entro il 30' -> 30 Nov",
    cc=[("Cristina Amministrazione", "amministrazione@pixelepasta.it")],
    promised="2026-11-30",
    rule="eom",
)

M(
    "pixelpasta",
    "2026-12-02 10:10",
    """
Ciao Ale,

ho appena parlato con Cristina: la tua fattura è finita per sbaglio tra quelle "da verificare" perché nel PO c'era scritto 1.500 + IVA e non 1.830 totali. Io mi ricordo benissimo che avevamo aggiunto i due banner extra, quindi per me è giusta — però serve che tu mi mandi due righe con il dettaglio delle voci così lo giro a lei e la sblocchiamo.

Scusami davvero, che figura!
M.
""",
    "client-reply-dispute",
    "hard: the contact agrees with the amount but accounting has put the invoice on hold for a mismatch with the PO; payment blocked pending a breakdown -> dispute (amount questioned), friendly tone",
    thread="reminder2",
)

M(
    "menegatti",
    "2026-12-01 17:52",
    """
gentile signora rossi
ho fatto fare il bonifico a mio nipote che è piu pratico con il computer, lui dice che è partito venerdi. se non arriva mi faccia sapere che telefono in banca.
cordiali saluti
franca menegatti
""",
    "client-reply-paid",
    "elderly private client, lowercase, no accents; paid via nephew on Friday (27 Nov)",
)

M(
    "menegatti",
    "2026-12-05 10:31",
    """
gentile signora mi scusi ancora. mio nipote ieri sera mi ha detto che il bonifico non era partito perchè mancava una conferma col telefonino e lui non se ne era accorto. adesso lo rifà lunedi, non si preoccupi che non scappo!!
saluti franca
""",
    "client-reply-promise",
    "retracts the earlier paid claim; 'lunedì' = next Monday after Sat 5 Dec -> 7 Dec",
    promised="2026-12-07",
    rule="next:mon",
)

M(
    "tecnoveneta",
    "2026-11-10 09:12",
    """
Buongiorno,

in riscontro alla Sua comunicazione, Le confermiamo che la fattura n. 30/2026 del 08/10/2026 risulta registrata nel ns. sistema (prot. FOR-2026-08812) con scadenza 60 gg d.f.f.m., come da condizioni contrattuali, e sarà pertanto posta in pagamento il 31/12/2026.

Cogliamo l'occasione per ricordarLe che, come indicato nell'ordine d'acquisto, le condizioni di pagamento standard del Gruppo sono 60 giorni data fattura fine mese.

Cordiali saluti
""",
    "client-reply-promise",
    "AP department: explicit payment date; also corrects the due date (60 dffm) but does not contest the invoice -> promise",
    ref="30/2026",
    promised="2026-12-31",
    rule="abs",
)

M(
    "tecnoveneta",
    "2027-01-08 11:45",
    """
Buongiorno,

ci scusiamo per il ritardo: a causa della chiusura contabile di fine anno i pagamenti con scadenza 31/12 sono slittati al primo run utile. La fattura in oggetto è inclusa nel pagamento fornitori del 15 gennaio.

Cordiali saluti
""",
    "client-reply-promise",
    "'inclusa nel pagamento fornitori del 15 gennaio' -> 15 Jan; no 'pagheremo'",
    thread="reminder2",
    promised="2027-01-15",
    rule="day:15",
)

M(
    "sanna",
    "2026-11-03 19:20",
    """
Gentile Dott.ssa Rossi,

mi sorprende ricevere un sollecito per una fattura che ho contestato telefonicamente già a ottobre. La traduzione giurata degli atti è stata consegnata con tre giorni di ritardo rispetto alla data concordata, costringendomi a chiedere un rinvio dell'udienza, e conteneva almeno due errori nei nominativi che ho dovuto far correggere a mie spese.

Non intendo corrispondere l'importo richiesto. Sono disponibile a riconoscerLe il 50%, a saldo e stralcio, per chiudere la questione.

Distinti saluti
Avv. Roberto Sanna
""",
    "client-reply-dispute",
    "formal angry dispute with counter-offer of 50% (no amount stated in figures)",
    sig=False,
)

M(
    "sanna",
    "2026-11-19 18:02",
    """
Gentile Dott.ssa Rossi,

preso atto della Sua disponibilità, Le comunico di aver disposto in data odierna bonifico di € 732,00 a saldo e stralcio di ogni pretesa relativa alla fattura 26/2026, come da accordi telefonici di ieri.
Resto in attesa della nota di credito per la differenza.

Distinti saluti
R. Sanna
""",
    "client-reply-paid",
    "settlement paid: amount differs from invoice by agreement; 'disposto bonifico' = paid",
    thread="reply",
    tid="26/2026",
    amount="732.00",
    ref="26/2026",
    sig=False,
    subj="R: Re: Sollecito di pagamento – fattura 26/2026",
    orig=(
        "Re: Sollecito di pagamento – fattura 26/2026",
        "Gentile Avvocato,\n\ncome da nostra telefonata di ieri, accetto di chiudere la fattura 26/2026 con un pagamento di 732,00 € a saldo e stralcio, ed emetterò nota di credito per la differenza.\n\nCordiali saluti,\nAlessandra Rossi",
    ),
)

M(
    "miramonti",
    "2026-11-17 20:05",
    """
Gentile Signora Rossi,

entschuldigen Sie – mi scusi, siamo in piena preparazione della stagione invernale e la contabilità la segue mio marito. Gli ho girato la mail, penso che la faccia entro fine settimana.

Cordiali saluti
Elisa Kofler
""",
    "client-reply-promise",
    "hedged second-hand promise; 'entro fine settimana' is not a resolvable date under the conventions -> absent",
    sig=False,
)

M(
    "miramonti",
    "2026-12-14 08:15",
    """
Buongiorno, pagato oggi, scusi ancora.
EK
""",
    "client-reply-paid",
    "terse paid from iPhone",
    cl="iphone",
    inv=("32/2026", "1.220,00", "15/10/2026", "14/11/2026"),
    thread="reminder2",
)

M(
    "osteria",
    "2026-11-27 23:10",
    """
ciao ale scusa ma sto periodo è un delirio. te la pago dopo il 10 quando incasso le cene aziendali ok?
davide
""",
    "client-reply-promise",
    "'dopo il 10' is a lower bound, not a date -> no promised_date",
)

M(
    "osteria",
    "2026-12-12 01:40",
    """
fatto!! ti ho mandato anche lo screen su whatsapp. grazie ancora per il menu in inglese, gli americani sono contenti 😄
""",
    "client-reply-paid",
    "'fatto' + screenshot sent elsewhere; no verb",
    thread="reminder2",
)

M(
    "gelso",
    "2026-11-05 12:00",
    """
Cara Alessandra,

scusami, ho visto solo ora. Giro subito all'amministrazione (Roberta), che di solito fa i pagamenti il 20 di ogni mese, quindi immagino che rientri nel prossimo giro.

Intanto ti volevo chiedere: saresti disponibile a gennaio per la revisione del secondo volume? Sono circa 280 cartelle, consegna a fine febbraio. Fammi sapere anche una stima.

Un abbraccio,
Chiara
""",
    "client-reply-promise",
    "hedged promise ('immagino') naming the next payment run on the 20th -> 20 Nov; plus new work request",
    promised="2026-11-20",
    rule="day:20",
    od="2026-11-04 09:30",
)

M(
    "gelso",
    "2026-12-03 12:48",
    """
Ciao Ale,

perfetto per la stima, la giro all'editore e ti faccio sapere entro la settimana prossima. Per il volume ti mando il PDF definitivo appena arriva dall'autore (che ovviamente è in ritardo...).

Chiara
""",
    "client-reply-other",
    "off-topic project mail in the reminder thread; 'entro la settimana prossima' is about the quote, not payment",
    thread="reply",
    tid="28/2026",
    subj="Re: Sollecito di pagamento – fattura 28/2026",
    orig=(
        "Re: Sollecito di pagamento – fattura 28/2026",
        "Ciao Chiara,\n\ngrazie! Per il secondo volume sì, sono disponibile: per 280 cartelle ti direi 18 € a cartella, consegna il 26 febbraio.\n\nAlessandra",
    ),
)

M(
    "valli",
    "2026-12-02 13:14",
    """
Gentile Dott.ssa Rossi,

ci scusiamo per il ritardo. Il dottore ha firmato oggi le disposizioni di pagamento del mese: la sua fattura è tra quelle che partono con valuta venerdì.

Cordiali saluti
""",
    "client-reply-paid",
    "HTML-only with signature table; orders signed today with value date Friday -> treated as paid (disposed), like 'disposto con valuta'",
)

M(
    "bitfarm",
    "2026-11-02 09:01",
    """
Ciao,
pagata venerdì, dovresti già vederla.
M.
""",
    "client-reply-paid",
    "terse paid",
    sig=False,
)

M(
    "bitfarm",
    "2026-12-15 17:30",
    """
No, non ancora. Te la paghiamo insieme all'altra a gennaio.
M.
""",
    "client-reply-promise",
    "negation 'non ancora' then vague month -> no date",
    sig=False,
    inv=("50/2026", "1.464,00", "12/11/2026", "12/12/2026"),
)

M(
    "teatro",
    "2026-12-03 21:37",
    """
Gentile Signora Rossi,

mi scuso moltissimo, sono il tesoriere dell'associazione ma faccio tutto nel tempo libero e la sua fattura mi era proprio sfuggita. Domani mattina passo in banca (non uso l'home banking, sono all'antica) e le faccio il bonifico.

Grazie della pazienza e ancora complimenti per il lavoro sul programma di sala, è piaciuto molto.

Gianni Colombo
Tesoriere – Associazione Amici del Teatro Sociale
""",
    "client-reply-promise",
    "apologetic volunteer; 'domani mattina' -> 4 Dec",
    promised="2026-12-04",
    rule="+1",
)

M(
    "teatro",
    "2026-12-09 19:12",
    """
Gentile Signora,

le allego la ricevuta del bonifico fatto allo sportello venerdì. L'impiegata mi ha detto che ci vogliono un paio di giorni.

Cordiali saluti
Gianni Colombo
""",
    "client-reply-paid",
    "receipt attached ('ricevuta'), branch transfer last Friday",
    attach=[("Scansione_0012.pdf", "application/pdf", tiny_pdf("ricevuta bonifico 488,00"))],
)

M(
    "ferrando",
    "2027-01-14 09:20",
    """
RICEVUTO.
MI RISULTA PARTITO IL 15/12 COME DETTO. CONTROLLATE LA VOSTRA BANCA.
Ferrando
""",
    "client-reply-paid",
    "all caps, 'partito il 15/12' = paid claim in response to a second reminder",
    sig=False,
    inv=("47/2026", "854,00", "06/11/2026", "06/12/2026"),
    thread="reminder2",
)

M(
    "nuvolaria",
    "2027-02-02 10:05",
    """
Ciao Ale, hai ragione, scusa.
I soldi del round sono arrivati venerdì, ho chiesto a Sara (amministrazione) di metterti nella distinta di oggi. Dovrebbe essere tutto a posto entro domani.

L.
""",
    "client-reply-promise",
    "not yet executed: asked to include it in today's batch -> promise for today (2 Feb); arrival 'entro domani' is the credit, not the payment",
    inv=("49/2026", "1.220,00", "01/12/2026", "31/12/2026"),
    thread="reminder2",
    promised="2027-02-02",
    rule="+0",
    sig=False,
)

M(
    "comune",
    "2026-12-10 11:40",
    """
Buongiorno,

ai fini della liquidazione della fattura in oggetto si chiede di trasmettere:
- dichiarazione di tracciabilità dei flussi finanziari (L. 136/2010) con indicazione del conto corrente dedicato e delle persone delegate ad operare;
- dichiarazione sostitutiva di non assoggettamento al DURC, trattandosi di lavoratore autonomo senza dipendenti.

Si allega modulistica da restituire firmata.

Distinti saluti
Ufficio Ragioneria
""",
    "client-reply-other",
    "document request before liquidation; does not contest the invoice",
    inv=("FPA 4/2026", "1.830,00", "10/11/2026", "10/12/2026"),
    thread="invoice",
    attach=[("Modulo_tracciabilita.pdf", "application/pdf", tiny_pdf("modulo tracciabilita flussi"))],
)

# ---------------------------------------------------------------- batch 2
M(
    "gestoria_mr",
    "2026-11-03 10:22",
    """
Buenos días, Javier:

Le comento que la factura 2026/7 de Ópticas Turia ya está abonada; se incluyó en la remesa de transferencias del viernes pasado. Si no le ha llegado, dígamelo y lo reviso con el banco.

Un saludo,
Amparo Sorlí
""",
    "client-reply-paid",
    "gestoría paying for its client: 'ya está abonada' + remesa del viernes pasado",
    ref="2026/7",
)

M(
    "gestoria_mr",
    "2027-01-12 12:05",
    """
Buenos días, Javier:

Su factura entra en la remesa del día 25, como todas las de proveedores de este cliente. No podemos adelantarla.

Un saludo,
Amparo
""",
    "client-reply-promise",
    "'entra en la remesa del día 25' (no payment verb) -> 25 Jan",
    inv=("2026/35", "1.220,00", "10/12/2026", "09/01/2027"),
    promised="2027-01-25",
    rule="day:25",
)

M(
    "alba",
    "2026-11-22 21:15",
    """
Holaaa Javier!! perdona perdona perdona 🙏 se me pasó totalmente con lo del black friday, mañana a primera hora te hago la transferencia que ahora no tengo el token del banco a mano.
Un besito
Carmen
""",
    "client-reply-promise",
    "chatty; 'mañana' -> 23 Nov",
    promised="2026-11-23",
    rule="+1",
)

M(
    "alba",
    "2026-11-24 09:40",
    """
Ya está!! te paso captura 😘
""",
    "client-reply-paid",
    "'ya está' + screenshot; no payment verb",
    attach=[("Screenshot_20261124-093812.png", "image/png", tiny_png())],
)

M(
    "alba",
    "2027-01-20 18:30",
    """
Hola Javi, oye una cosa, en la factura me has puesto 363 y yo pensaba que el cambio de las fotos de rebajas entraba en el mantenimiento que ya te pago cada mes… ¿me lo explicas? No es por no pagarte eh, es que no lo entiendo 🙈
Carmen
""",
    "client-reply-dispute",
    "soft dispute phrased as a question: client believes the work was covered by the monthly fee; '363' is the invoice total, not an amount paid/promised",
    inv=("2026/33", "363,00", "15/12/2026", "14/01/2027"),
)

M(
    "torrealta",
    "2026-11-13 12:10",
    """
Buenos días:

En relación con su correo, le informo de que la factura n.º 2026/9 fue conformada por el servicio gestor el 28/10/2026 y se encuentra contabilizada con obligación reconocida. Está pendiente de incluirse en la próxima orden de pago, conforme al Plan de Disposición de Fondos de la Tesorería.

El período medio de pago de este Ayuntamiento se encuentra dentro de los plazos legales.

Atentamente,
""",
    "client-reply-promise",
    "trap: 'contabilizada con obligación reconocida' is NOT paid; pending next payment order, no date -> vague promise",
    ref="2026/9",
)

M(
    "torrealta",
    "2026-12-04 09:30",
    """
Buenos días:

Le comunico que con fecha 02/12/2026 se ha ordenado el pago de la factura 2026/9 mediante transferencia a la cuenta que figura en su ficha de tercero. El importe líquido abonado es de 1.220,00 €.

Atentamente,
""",
    "client-reply-paid",
    "PA: 'se ha ordenado el pago' + 'importe líquido abonado'",
    thread="reminder2",
    ref="2026/9",
    amount="1220.00",
)

M(
    "torrealta",
    "2027-02-10 10:15",
    """
Buenos días:

Le recordamos que, de conformidad con la Ley 25/2013, las facturas dirigidas a esta Entidad deben presentarse a través de FACe indicando los códigos DIR3 (Oficina contable L01300456 – Órgano gestor L01300456 – Unidad tramitadora GE0001234). La factura remitida por correo electrónico no puede ser tramitada.

Atentamente,
""",
    "client-reply-other",
    "channel problem (must go through FACe with DIR3 codes); does not contest amount or work -> other, not dispute",
    thread="invoice",
    inv=("2027/3", "605,00", "28/01/2027", "27/02/2027"),
)

M(
    "kuvo",
    "2026-11-24 12:02",
    """
hecho 🙌
""",
    "client-reply-paid",
    "one word 'hecho'",
    sig=False,
)

M(
    "kuvo",
    "2026-12-14 16:45",
    """
Hola Javi,

¿Pagada? No, perdona, la pagamos el viernes, que es cuando Laura hace las transferencias antes de Navidad. Esta semana estamos medio equipo con gripe.

Abrazo,
Pablo
""",
    "client-reply-promise",
    "negation then promise: 'el viernes' from Mon 14 Dec -> 18 Dec",
    inv=("2026/32", "2.440,00", "12/11/2026", "12/12/2026"),
    promised="2026-12-18",
    rule="next:fri",
    sig=False,
)

M(
    "brujula",
    "2026-11-17 11:11",
    """
Hola Javier,

Te confirmo que contabilidad la ha pasado en el pago de ayer. Tendrías que tenerla hoy o mañana.

Perdona el retraso, vamos hasta arriba con las campañas de Navidad.

Un abrazo,
Núria
""",
    "client-reply-paid",
    "'la ha pasado en el pago de ayer' = paid, no 'pagar/transferir' form of the client",
    sig=False,
)

M(
    "brujula",
    "2027-01-25 13:30",
    """
Hola Javier,

te adelanto que el cliente final nos ha parado el proyecto de la app y, hasta que no nos paguen ellos, en dirección han decidido no liberar pagos a colaboradores de esa cuenta. Sé que no es tu problema y me sabe fatal. Lo estoy peleando internamente y te digo algo en cuanto sepa más.

Núria
""",
    "client-reply-promise",
    "pay-when-paid: conditional, undated; the invoice itself is not contested -> vague promise (not dispute)",
    inv=("2026/34", "1.210,00", "22/12/2026", "21/01/2027"),
)

M(
    "iglesias",
    "2026-11-30 10:05",
    """
Muy Sr. mío:

Acuso recibo de su atento escrito de fecha 27 del corriente. Le participo que el pasado día 26 ordené en mi sucursal de Abanca la transferencia de los trescientos sesenta y tres euros (363 euros), importe de su factura, por lo que entiendo que a estas horas ya obrará en su poder.

Sin otro particular, le saluda atentamente,

Ramón Iglesias Varela
""",
    "client-reply-paid",
    "elderly, very formal; ISO-8859-1, no quote; amount in words and figures",
    amount="363.00",
)

M(
    "iglesias",
    "2027-01-04 11:30",
    """
Muy Sr. mío:

Le agradecería que me remitiera la factura por correo ordinario, pues no consigo abrir el archivo adjunto en el ordenador. Mi dirección es Rúa do Progreso 14, 2º, 32003 Ourense.

Atentamente,

Ramón Iglesias Varela
""",
    "client-reply-other",
    "asks for a paper copy of the invoice",
    thread="invoice",
    inv=("2026/36", "121,00", "30/12/2026", "29/01/2027"),
)

M(
    "levante",
    "2026-11-09 13:20",
    """
Estimado proveedor:

En respuesta a su reclamación, le informamos de que la factura 2026/8 no ha podido ser procesada al no figurar en ella el número de pedido (PO) obligatorio para su aprobación en nuestro sistema. Le rogamos que nos remita una factura rectificativa o, en su defecto, nos indique el número de pedido facilitado por el departamento solicitante para que podamos asociarla.

Una vez recibida la información, la factura seguirá el circuito habitual de pago (vencimiento a 60 días, días de pago 10 y 25).

Atentamente,
""",
    "client-reply-other",
    "missing PO: blocked, but it can be solved by just sending the PO number (no reissue required) -> information request, not a dispute",
    ref="2026/8",
)

M(
    "levante",
    "2026-11-20 10:00",
    """
Estimado Sr. Martín:

Gracias por facilitarnos el número de pedido (PO 4500118273). La factura ha quedado asociada y aprobada, y se incluirá en el primer día de pago posterior a su vencimiento, que en este caso es el 10 de diciembre.

Atentamente,
""",
    "client-reply-promise",
    "explicit day: 10 December",
    thread="reply",
    tid="2026/8",
    promised="2026-12-10",
    rule="abs",
    orig=(
        "RE: Recordatorio de pago – factura 2026/8",
        "Estimados señores:\n\nEl número de pedido que me facilitó su departamento de marketing es el 4500118273. ¿Pueden asociarlo a la factura 2026/8?\n\nGracias y un saludo,\nJavier Martín",
    ),
)

M(
    "ortega",
    "2026-11-25 17:10",
    """
Estimado Javier:

Hemos procedido al pago de su factura 2026/13, pero le hago notar que, como profesional persona física, debía haber aplicado la retención del 15 % de IRPF. Al estar nosotros obligados a retener, le hemos transferido 1.068,76 € (base 1.008,26 € + IVA 21 % 211,74 € − retención 15 % 151,24 €) y la retención la ingresaremos en el modelo 111 del cuarto trimestre.

Le ruego que en adelante emita las facturas con la retención correspondiente.

Cordiales saludos,
Luis Ortega
""",
    "client-reply-paid",
    "paid net of IRPF withholding: amount transferred differs from invoice total by law, not a dispute",
    ref="2026/13",
    amount="1068.76",
    charset="utf-8",
)

M(
    "sonrisa",
    "2026-11-30 12:45",
    """
Buenos días Javier:

Siento mucho el retraso. La doctora me ha dado el visto bueno esta mañana y la transferencia sale hoy mismo.

Un saludo
""",
    "client-reply-promise",
    "HTML-only; 'sale hoy mismo' = about to be made today, not yet done -> promise for today",
    promised="2026-11-30",
    rule="+0",
)

M(
    "sonrisa",
    "2027-01-13 10:20",
    """
Buenos días:

La doctora me pide que le diga que la factura no la va a pagar hasta que funcione el formulario de cita online, que lleva desde Navidad sin enviar los correos. Los pacientes nos llaman quejándose.

Por favor revíselo cuanto antes.

Un saludo
""",
    "client-reply-dispute",
    "payment withheld until a defect is fixed",
    inv=("2026/37", "1.220,00", "11/12/2026", "10/01/2027"),
)

M(
    "manolo",
    "2026-11-30 23:55",
    """
ola javier perdona q no te e contestao. te la pago cuando cobre lo del catering de la boda q me deben a mi tambien. no te preocupes q no me olvido
""",
    "client-reply-promise",
    "phone, no accents, typos; conditional promise without date",
)

M(
    "manolo",
    "2026-12-19 14:02",
    """
echo. mira el banco
""",
    "client-reply-paid",
    "typo 'echo' for 'hecho'; paid claim in three words",
    thread="reminder2",
)

M(
    "albatros",
    "2026-11-03 09:40",
    """
Hola, Javier:

Te copio lo que me dice administración: «La factura 2026/6 se pagó el 30/10 por transferencia, junto con las de otros colaboradores. Referencia de la orden: TRF-2026-10-30-017.»

Si no te ha llegado, dime y lo miran.

Bea
""",
    "client-reply-paid",
    "second-hand paid claim relayed from accounting",
    ref="2026/6",
)

M(
    "albatros",
    "2026-12-10 16:20",
    """
Hola, Javier:

¿Me puedes reenviar la factura de noviembre en PDF? Administración dice que no la encuentra y sin ella no la pueden meter en el pago del 20.

Gracias,
Bea
""",
    "client-reply-other",
    "resend-PDF request; the payment run on the 20th is conditional, not a promise",
    thread="invoice",
    inv=("2026/38", "1.220,00", "16/11/2026", "16/12/2026"),
)

M(
    "anahuac",
    "2026-12-02 18:30",
    """
Estimado Javier, buenas tardes.

Le ofrezco una disculpa por la demora. Le comento que su factura ya fue programada y se le estará depositando el próximo viernes, ya que nuestros pagos a proveedores del extranjero se realizan únicamente los viernes vía SWIFT.

Quedo a sus órdenes para cualquier duda.

Saludos cordiales,
""",
    "client-reply-promise",
    "Mexican Spanish; 'ya fue programada' sounds done but payment is future: 'el próximo viernes' from Wed 2 Dec -> 4 Dec",
    promised="2026-12-04",
    rule="next:fri",
)

M(
    "anahuac",
    "2026-12-07 09:15",
    """
Estimado Javier:

Le comparto el comprobante de la transferencia internacional realizada el viernes. Por favor considere que el banco intermediario puede tardar de 2 a 3 días hábiles.

Le encargo me confirme de recibido.

Saludos,
""",
    "client-reply-paid",
    "proof of payment attached; 'le encargo' (MX)",
    attach=[("Comprobante_SWIFT_20261204.pdf", "application/pdf", tiny_pdf("MT103 EUR 1220,00"))],
)

M(
    "mate",
    "2026-12-05 11:20",
    """
Hola Javi! Cómo va?

Mirá, te cuento: acá con las restricciones para girar divisas estamos complicados, el banco nos pide un montón de papeles para mandar euros afuera. Ya lo inicié, pero no te puedo prometer fecha. ¿Vos tenés cuenta en Wise o Payoneer? Por ahí es más rápido.

Abrazo grande,
Facu
""",
    "client-reply-promise",
    "Argentine voseo; payment in progress with explicitly no date, plus a question about Wise -> vague promise",
    sig=False,
)

M(
    "mate",
    "2027-01-15 17:05",
    """
Listo, te lo mandé por Wise recién, te tendría que llegar hoy o el lunes. Fijate y avisame.
Abrazo
""",
    "client-reply-paid",
    "'listo, te lo mandé' = paid; 'el lunes' refers to arrival, not a promise",
    thread="reply",
    tid="2026/18",
    sig=False,
    orig=(
        "Re: Recordatorio de pago – factura 2026/18",
        "Hola Facu:\n\nSí, tengo Wise, te paso los datos: Javier Martín, IBAN BE71 9670 1234 5669.\n\n¡Gracias!\nJavier",
    ),
)

M(
    "sierranevada",
    "2026-12-09 15:40",
    """
Estimado Javier, reciba un cordial saludo.

Le informo que el pago de la factura 2026/19 fue radicado en tesorería y se encuentra en proceso de aprobación por parte de gerencia. Una vez aprobado, se programa en el siguiente ciclo de pagos al exterior, que se realiza los días 15 y 30 de cada mes.

Quedo atenta a cualquier inquietud.

Cordialmente,
""",
    "client-reply-promise",
    "Colombian; 'radicado' is not paid; conditional on approval, cycle days 15/30 but no committed date -> absent",
    ref="2026/19",
)

M(
    "sierranevada",
    "2026-12-16 09:05",
    """
Estimado Javier,

Buen día. Adjunto soporte de pago de la factura 2026/19 por valor de EUR 1.220,00, realizado el día de ayer. Le solicito amablemente confirmar la recepción.

Cordialmente,
""",
    "client-reply-paid",
    "'soporte de pago' (CO) attached",
    thread="reminder2",
    ref="2026/19",
    amount="1220.00",
    attach=[("Soporte_pago_FE2026-19.pdf", "application/pdf", tiny_pdf("soporte pago EUR 1.220,00"))],
)

M(
    "ortega",
    "2026-12-10 09:00",
    """
Marta, ¿puedes revisar esto, por favor? Creo que es la de la actualización de la intranet.

Javier, le pongo en copia a Marta Ruiz, de administración, que es quien lleva los pagos a proveedores. Ella le dirá.

Saludos,
Luis
""",
    "client-reply-other",
    "forwarding to accounting; no statement about payment",
    cc=[("Marta Ruiz", "administracion@ortegayasociados.es")],
    inv=("2026/39", "605,00", "05/11/2026", "05/12/2026"),
    sig=False,
)

# ---------------------------------------------------------------- batch 3
M(
    "rodari",
    "2026-11-09 12:20",
    """
Gentile Dott.ssa Rossi,

in riscontro alla Sua mail si comunica che la fattura FPA 2/2026 risulta accettata sulla piattaforma e che il pagamento è in corso di perfezionamento.
Si fa presente che, trattandosi di operazione soggetta a scissione dei pagamenti (art. 17-ter DPR 633/72), verrà corrisposto il solo imponibile pari a € 1.000,00, mentre l'IVA sarà versata direttamente dall'Istituto all'Erario.

Cordiali saluti
""",
    "client-reply-promise",
    "school (PA): 'pagamento in corso di perfezionamento' = not yet paid, no date; split payment -> only the taxable amount (1.000,00) will be paid",
    ref="FPA 2/2026",
    amount="1000.00",
)

M(
    "rodari",
    "2026-11-26 13:05",
    """
Gentile Dott.ssa Rossi,

si trasmette in allegato copia del mandato di pagamento n. 214 del 24/11/2026, quietanzato dall'Istituto cassiere, relativo alla fattura in oggetto (importo netto € 1.000,00 – IVA in split payment € 220,00).

Distinti saluti
""",
    "client-reply-paid",
    "PA: 'mandato quietanzato' = paid; net 1.000,00 because of split payment; invoice number only in subject",
    thread="reminder2",
    amount="1000.00",
    attach=[("Mandato_214_quietanzato.pdf", "application/pdf", tiny_pdf("mandato 214 quietanzato"))],
)

M(
    "rodari",
    "2027-02-03 11:50",
    """
Gentile Dott.ssa Rossi,

la fattura in oggetto è stata rifiutata sul Sistema di Interscambio in quanto intestata a "Scuola Media Rodari" anziché all'Istituto Comprensivo e riporta un codice univoco ufficio errato (UFABCD invece di UF7Q2M).
Si prega di riemetterla correttamente. Non è necessaria nota di credito, trattandosi di fattura scartata.

Cordiali saluti
""",
    "client-reply-other",
    "rejected for wrong addressee / SDI office code: administrative reissue, the debt is not contested -> other",
    thread="invoice",
    inv=("FPA 1/2027", "732,00", "01/02/2027", "03/03/2027"),
)

M(
    "berti",
    "2026-12-03 10:40",
    """
Gentile Dott.ssa Rossi,

la Sua fattura è stata inserita nel giro di pagamenti del 10 dicembre.
Ci scusi per il ritardo, dovuto al passaggio al nuovo gestionale.

Cordiali saluti
""",
    "client-reply-promise",
    "'inserita nel giro di pagamenti del 10 dicembre' (no payment verb) -> 10 Dec",
    promised="2026-12-10",
    rule="abs",
)

M(
    "berti",
    "2026-12-14 09:10",
    """
Gentile Dott.ssa Rossi,

ho verificato: la distinta del 10 è stata rifiutata dalla banca per un problema tecnico sul tracciato SEPA e tutti i bonifici sono stati ripresentati questa mattina, compreso il Suo. Dovrebbe ricevere l'accredito a breve.

Mi scuso per l'inconveniente.
Cordiali saluti
""",
    "client-reply-paid",
    "technical failure explained, transfers re-submitted this morning -> paid",
    thread="reply",
    tid="38/2026",
    orig=(
        "R: Sollecito di pagamento – fattura 38/2026",
        "Gentile Sig.ra Gatti,\n\nla ringrazio, ma ad oggi non vedo ancora l'accredito. Potrebbe verificare?\n\nCordiali saluti,\nAlessandra Rossi",
    ),
)

M(
    "berti",
    "2027-02-15 15:25",
    """
Gentile Dott.ssa Rossi,

in riferimento al Suo sollecito, Le segnalo che la fattura 3/2027 riporta come oggetto la traduzione del campionario Primavera/Estate, mentre il nostro ordine n. 2027/018 si riferiva al campionario Autunno/Inverno. Per la registrazione abbiamo bisogno che la descrizione corrisponda all'ordine: può inviarci una fattura corretta?

Cordiali saluti
""",
    "client-reply-other",
    "description does not match the order: clerical reissue request, debt not contested -> other",
    inv=("3/2027", "1.220,00", "12/01/2027", "11/02/2027"),
    ref="3/2027",
)

M(
    "berti",
    "2027-01-18 08:55",
    """
Gentile Dott.ssa Rossi,

Le comunico che dal 1° gennaio la gestione delle fatture passive è stata centralizzata: per solleciti e informazioni sui pagamenti La prego di scrivere d'ora in poi a fornitori@lanificioberti.it. Ho già inoltrato la Sua mail ai colleghi.

Cordiali saluti
""",
    "client-reply-other",
    "redirect to a new AP mailbox; no payment statement",
    inv=("54/2026", "1.220,00", "15/12/2026", "14/01/2027"),
)

M(
    "ortourbano",
    "2026-12-07 08:02",
    """
Ciaoo scusa scusa!! Mi era finita in spam la tua mail 🙈 Ti faccio il bonifico stamattina appena arrivo in ufficio, giuro
""",
    "client-reply-promise",
    "'stamattina' -> today (7 Dec)",
    promised="2026-12-07",
    rule="+0",
)

M(
    "ortourbano",
    "2026-12-07 11:47",
    """
Fatto ✅ (istantaneo, dovrebbe esserti già arrivato)
""",
    "client-reply-paid",
    "'fatto' + instant transfer",
)

M(
    "ortourbano",
    "2027-01-26 19:30",
    """
Ciao Ale! ricevuta, grazie 🙏
Domanda: possiamo dividerla in due rate? Tipo metà a febbraio e metà a marzo. Gennaio è stato pesantino 😅 Se non si può nessun problema eh, dimmi tu
""",
    "client-reply-other",
    "asks for instalments; no commitment to a date",
    thread="invoice",
    inv=("2/2027", "2.440,00", "05/01/2027", "04/02/2027"),
)

M(
    "tosi",
    "2026-12-09 16:10",
    """
Gentile Signora Rossi,
ho ricevuto la sua lettera. Io il pagamento l'ho fatto alla posta, allo sportello, il giorno 2, ho la ricevuta. Se vuole gliela porto, abito vicino. Oppure mi dica lei.
Distinti saluti
Armando Tosi
""",
    "client-reply-paid",
    "elderly, plain ISO-8859-1 with no quote; calls the email 'lettera'",
)

M(
    "tosi",
    "2026-12-16 18:40",
    """
Gentile Signora,
mi scusi tanto. Mio figlio ha guardato la ricevuta e dice che ho sbagliato a scrivere il codice IBAN, una cifra. Alla posta dicono che i soldi tornano indietro. Appena tornano rifaccio tutto giusto, mi perdoni.
Armando Tosi
""",
    "client-reply-promise",
    "retracts earlier paid claim; will redo when money comes back, no date",
)

M(
    "tosi",
    "2027-01-07 10:02",
    """
Gentile Signora Rossi,
le auguro buon anno. Le comunico che ho fatto il nuovo bonifico oggi, questa volta con mio figlio, 244 euro. Spero che vada tutto bene.
Cordiali saluti
Armando Tosi
""",
    "client-reply-paid",
    "paid today, amount in figures ('244 euro'); old webmail 'Rif:' prefix",
    amount="244.00",
    pre="Rif:",
)

M(
    "dolcesud",
    "2026-12-10 22:15",
    """
Ciao Ale!! Scusa a me, con il Natale qua è 'nu manicomio, stiamo facendo 300 panettoni al giorno 😅 Mio marito dice che la paghiamo dopo le feste, quando si calma un po'. Va bene? Un abbraccio
Carmela
""",
    "client-reply-promise",
    "'dopo le feste' vague -> no date; Neapolitan touch",
)

M(
    "dolcesud",
    "2027-01-12 15:33",
    """
Ciao Ale buon anno!! Allora, mio marito dice che il bonifico l'ha fatto giovedì ma io non ci credo tanto 😂 controlla tu e fammi sapere, se no lo faccio io stasera
Carmela
""",
    "client-reply-paid",
    "hard: second-hand paid claim doubted by the writer, with a fallback 'se no lo faccio io stasera'; the reported state is paid",
    thread="reminder2",
)

M(
    "ducale",
    "2026-11-12 10:30",
    """
Gentile Fornitore,

La ringraziamo per la Sua segnalazione, registrata con ticket n. AP-IT-2026-114522.

Da verifica effettuata, la fattura n. 42/2026 del 09/10/2026 di importo 4.880,00 EUR risulta:
Stato: APPROVATA
Data scadenza: 08/12/2026
Data pagamento prevista: 10/12/2026
Modalità: bonifico SEPA

Le ricordiamo che i pagamenti vengono eseguiti esclusivamente nelle date di pagamento del Gruppo (10 e 25 di ogni mese).

Cordiali saluti
Accounts Payable Team
""",
    "client-reply-promise",
    "AP ticket: 'data pagamento prevista 10/12/2026' -> promise; 4.880,00 is the invoice amount in a status record, not a stated payment -> no amount; note the scadenza (08/12) is not the payment date",
    ref="42/2026",
    promised="2026-12-10",
    rule="abs",
    subj="R: Sollecito di pagamento – fattura 42/2026 [AP-IT-2026-114522]",
)

M(
    "ducale",
    "2026-12-11 06:12",
    """
AVVISO DI PAGAMENTO / REMITTANCE ADVICE

Spett.le Alessandra Rossi
Via ...

Si comunica che in data 10/12/2026 è stato disposto a Vostro favore il seguente pagamento:

Numero pagamento:    2000118452
Data valuta:         10/12/2026
Importo:             4.880,00 EUR
Modalità:            Bonifico SEPA
IBAN beneficiario:   IT60X0542811101000000123456

Documenti pagati:
Vs. doc. n.    Data doc.     Importo lordo   Ritenute   Importo pagato
42/2026        09/10/2026    4.880,00        0,00       4.880,00

Questo messaggio è generato automaticamente, si prega di non rispondere.
Gruppo Alimentare Ducale S.p.A. – Shared Service Center Italia
""",
    "payment-notification",
    "automatic remittance advice from the client's ERP (not a human reply, no thread): treated as payment notification",
    thread="none",
    subj="Avviso di pagamento n. 2000118452 - Gruppo Alimentare Ducale S.p.A.",
    cl="plain",
    sig=False,
    disc=False,
    frm=("Gruppo Ducale - Remittance Advice", "noreply-ap@gruppoducale.com"),
    amount="4880.00",
    ref="42/2026",
    headers=["Auto-Submitted: auto-generated", "X-Mailer: SAP NetWeaver 7.50"],
)

M(
    "ducale",
    "2027-02-09 09:40",
    """
Gentile Fornitore,

La informiamo che la fattura n. 51/2026 risulta bloccata per differenza prezzo rispetto all'ordine d'acquisto n. 4501887210 (importo ordine 1.800,00 EUR + IVA; importo fattura 2.000,00 EUR + IVA).

La invitiamo a emettere nota di credito per la differenza oppure a contattare il buyer di riferimento (sig. Paolo Ferri) per l'adeguamento dell'ordine. Fino ad allora la fattura non potrà essere posta in pagamento.

Cordiali saluti
Accounts Payable Team
""",
    "client-reply-dispute",
    "price difference vs PO: the amount is contested (credit note asked) -> dispute, unlike missing-data cases",
    inv=("51/2026", "2.440,00", "04/12/2026", "03/01/2027"),
    thread="reminder2",
    ref="51/2026",
)

M(
    "arche",
    "2026-12-10 19:02",
    """
Ciao Ale,

hai ragionissimo, scusami. Ho passato la tua mail a Valentina che fa l'amministrazione, mi ha detto che la mette nel giro di venerdì.

Altra cosa, visto che ci sei: abbiamo vinto il concorso!! 🎉 Ci sarà da tradurre tutto il progetto esecutivo in inglese e francese, penso marzo-aprile. Ti interessa? Ti chiamo la settimana prossima per parlarne.

F.
""",
    "client-reply-promise",
    "second-hand 'giro di venerdì' from Thu 10 Dec -> 11 Dec; plus new project (mixed)",
    promised="2026-12-11",
    rule="next:fri",
    sig=False,
)

M(
    "arche",
    "2026-12-21 12:30",
    """
Ale scusa, Valentina mi dice che venerdì non è partito niente perché la banca ha bloccato l'home banking per il cambio dei token. Lo rifà oggi pomeriggio. Mi vergogno 🙈
""",
    "client-reply-promise",
    "the promised Friday payment did not happen; 'oggi pomeriggio' -> 21 Dec",
    thread="reminder2",
    promised="2026-12-21",
    rule="+0",
    cl="iphone",
)

M(
    "pavan",
    "2026-12-14 11:20",
    """
Gentile Dott.ssa Rossi,

sono il consulente della Gelateria Polo Nord, che mi ha girato il Suo sollecito. Le confermo che abbiamo provveduto a saldare la Sua fattura in data 11/12 unitamente agli altri fornitori del mese. Trova in allegato la distinta.

Cordiali saluti
""",
    "client-reply-paid",
    "accountant paying on behalf of the client; 'provveduto a saldare'",
    subj="R: I: Sollecito di pagamento – fattura 44/2026",
    quote=False,
    attach=[("Distinta_bonifici_11122026.pdf", "application/pdf", tiny_pdf("distinta bonifici 11/12/2026"))],
)

M(
    "pavan",
    "2027-01-27 10:10",
    """
Gentile Dott.ssa Rossi,

la Gelateria chiede se può intestare le prossime fatture alla nuova società "Polo Nord Gelati S.r.l." (P.IVA 05123450261), costituita a gennaio, anziché alla ditta individuale. La fattura in oggetto resta invece correttamente intestata alla ditta e verrà pagata regolarmente.

Cordiali saluti
""",
    "client-reply-other",
    "change of addressee for FUTURE invoices; current one is fine ('verrà pagata regolarmente' is a generic assurance, no date) -> other",
    thread="invoice",
    inv=("4/2027", "1.220,00", "15/01/2027", "14/02/2027"),
)

M(
    "lombardi",
    "2026-11-05 08:05",
    """
BUONGIORNO.
LA FATTURA NON LA PAGO FINCHE' NON MI SISTEMATE IL CATALOGO. CI SONO ERRORI NEL TEDESCO CHE ME LI HA SEGNALATI UN CLIENTE DI MONACO, UNA FIGURACCIA. HO GIA' STAMPATO 2000 COPIE.
CHIAMATEMI.
SERGIO LOMBARDI
""",
    "client-reply-dispute",
    "angry, all caps, quality complaint; refuses to pay",
)

M(
    "lombardi",
    "2026-11-25 17:45",
    """
Buongiorno Signora Rossi,
ho visto le correzioni, vanno bene. Pero' le copie stampate le ho dovute buttare e non e' giusto che la paghi tutta io. Le pago 900 euro e chiudiamo qui. Se le va bene mi mandi l'iban che faccio subito.
Lombardi
""",
    "client-reply-dispute",
    "partial settlement offer (900 of 1.220) conditional on acceptance -> still a dispute; amount = offered sum",
    amount="900.00",
)

M(
    "lombardi",
    "2026-12-02 12:15",
    """
Ok per 1000. Bonifico fatto adesso. Arrivederci.
Lombardi
""",
    "client-reply-paid",
    "settlement accepted and paid: 1000",
    amount="1000.00",
    thread="reply",
    tid="23/2026",
    orig=(
        "Re: Sollecito di pagamento - fattura 23/2026",
        "Gentile Sig. Lombardi,\n\ncapisco il disagio. Posso venirle incontro chiudendo la fattura a 1.000,00 euro.\nIBAN: IT60 X054 2811 1010 0000 0123 456.\n\nCordiali saluti,\nAlessandra Rossi",
    ),
)

M(
    "girasole",
    "2026-12-15 10:05",
    """
Gentile Dott.ssa Rossi,

mi scuso per il ritardo. Purtroppo la Regione non ci ha ancora erogato l'anticipo del progetto e la cooperativa in questo momento non ha liquidità per i pagamenti ai fornitori esterni. Le pagheremo la fattura appena ricevuto il contributo, presumibilmente entro gennaio, ma non posso garantirle una data.

Cordiali saluti
""",
    "client-reply-promise",
    "conditional, 'presumibilmente entro gennaio' explicitly not guaranteed -> no date",
)

M(
    "girasole",
    "2027-02-19 12:40",
    """
Gentile Dott.ssa Rossi,

finalmente è arrivato il contributo regionale: abbiamo disposto oggi il bonifico di 1.220,00 € a saldo della fattura 45/2026. Grazie davvero per la pazienza.

Cordiali saluti
""",
    "client-reply-paid",
    "'disposto oggi il bonifico' with amount and number",
    thread="reminder2",
    amount="1220.00",
    ref="45/2026",
)

M(
    "farmacia",
    "2026-12-16 13:00",
    """
Buongiorno,
la fattura è già stata pagata con RIBA scadenza 13/12 come da accordi, verifichi con la sua banca.
Dott. Guidi
""",
    "client-reply-paid",
    "terse; paid via Ri.Ba.",
    sig=False,
)

M(
    "farmacia",
    "2027-01-21 18:20",
    """
Buongiorno,
non l'abbiamo pagata perché ci manca ancora la traduzione delle ultime 40 schede prodotto, che dovevano arrivare a dicembre. Quando le riceviamo paghiamo tutto.
Dott. Guidi
""",
    "client-reply-dispute",
    "'non l'abbiamo pagata perché...' incomplete work -> dispute (payment conditional on delivery)",
    inv=("53/2026", "976,00", "18/12/2026", "17/01/2027"),
    sig=False,
)

M(
    "farmacia",
    "2027-02-04 08:50",
    """
Ricevute le schede, grazie. Il bonifico lo faccio lunedì.
Guidi
""",
    "client-reply-promise",
    "'lunedì' from Thu 4 Feb -> 8 Feb",
    thread="reply",
    tid="53/2026",
    promised="2027-02-08",
    rule="next:mon",
    sig=False,
    inv=("53/2026", "976,00", "18/12/2026", "17/01/2027"),
    orig=(
        "Re: Sollecito di pagamento – fattura 53/2026",
        "Gentile Dott. Guidi,\n\nle chiedo scusa per il ritardo: in allegato le 40 schede mancanti.\n\nCordiali saluti,\nAlessandra Rossi",
    ),
)

# ---------------------------------------------------------------- batch 4
M(
    "consorcio",
    "2026-11-18 10:45",
    """
Buenos días:

Le informamos de que la factura 2026/20 figura en el Registro Contable de Facturas con fecha 15/10/2026 y fue conformada el 03/11/2026. Se encuentra pendiente de fiscalización por Intervención, trámite previo al reconocimiento de la obligación y a la ordenación del pago.

De acuerdo con la Ley 3/2004, el plazo de pago es de 30 días desde la conformidad.

Atentamente,
""",
    "client-reply-promise",
    "PA status: registered and approved, not paid; only the legal 30-day term is cited (no committed date) -> vague promise",
    ref="2026/20",
)

M(
    "consorcio",
    "2026-12-11 09:20",
    """
Buenos días:

Le comunicamos que con fecha 10/12/2026 se ha expedido la orden de pago n.º 2026/1543 a su favor, por importe de 1.220,00 €, que será remitida a la entidad financiera en la próxima relación de transferencias.

Atentamente,
""",
    "client-reply-promise",
    "trap: 'orden de pago expedida' but explicitly NOT yet sent to the bank ('será remitida ... próxima relación') -> promise, no date; amount promised",
    thread="reminder2",
    amount="1220.00",
)

M(
    "consorcio",
    "2027-01-11 12:00",
    """
Buenos días:

La transferencia se materializó el 22/12/2026. Le adjuntamos el justificante bancario. Disculpe que no se lo comunicáramos antes; en estas fechas el servicio ha funcionado con personal reducido.

Atentamente,
""",
    "client-reply-paid",
    "'se materializó' + justificante",
    thread="reply",
    tid="2026/20",
    orig=(
        "RE: Segundo recordatorio – factura 2026/20",
        "Buenos días:\n\nGracias por la información. A día de hoy sigo sin recibir la transferencia; ¿podrían indicarme si ya se ha remitido al banco?\n\nAtentamente,\nJavier Martín",
    ),
    attach=[
        (
            "Justificante_transferencia_OP2026-1543.pdf",
            "application/pdf",
            tiny_pdf("justificante OP 2026/1543"),
        )
    ],
)

M(
    "vega",
    "2026-11-23 12:10",
    """
Estimado proveedor:

Le confirmamos que su factura n.º 2026/21 ha sido aprobada y entra en la remesa del día 25.

Un saludo,
""",
    "client-reply-promise",
    "'entra en la remesa del día 25' from 23 Nov -> 25 Nov",
    ref="2026/21",
    promised="2026-11-25",
    rule="day:25",
)

M(
    "vega",
    "2026-11-30 16:30",
    """
Buenos días:

Le informamos de que la remesa del día 25 se emitió correctamente y su factura figura en ella por importe de 2.440,00 €. Adjuntamos el aviso de pago. Según la entidad de destino, el abono puede tardar uno o dos días hábiles en reflejarse.

Un saludo,
""",
    "client-reply-paid",
    "paid inside a batch ('figura en la remesa'); amount stated",
    thread="reply",
    tid="2026/21",
    amount="2440.00",
    orig=(
        "RE: Recordatorio de pago – factura 2026/21",
        "Buenos días:\n\nMuchas gracias. Les comento que a día de hoy todavía no me ha llegado el importe.\n\nUn saludo,\nJavier Martín",
    ),
    attach=[
        ("Aviso_pago_remesa_25112026.pdf", "application/pdf", tiny_pdf("aviso de pago remesa 25/11/2026"))
    ],
)

M(
    "vega",
    "2027-01-14 11:05",
    """
Estimados señores:

Hemos detectado que la factura 2026/40 corresponde a los mismos trabajos que la 2026/21, ya abonada en noviembre (mantenimiento de la app de fidelización, octubre-noviembre). Entendemos que se trata de un duplicado y procedemos a rechazarla. Si no fuera así, les rogamos nos aclaren el concepto.

Un saludo,
""",
    "client-reply-dispute",
    "suspected duplicate billing -> invoice rejected",
    thread="invoice",
    ref="2026/40",
    inv=("2026/40", "2.440,00", "18/12/2026", "17/01/2027"),
)

M(
    "pedalea",
    "2026-12-08 22:40",
    """
Kaixo Javi! Ostras, pensaba que la había pagado ya. Lo miro esta noche y te digo. Si no está, te la hago mañana sin falta.
""",
    "client-reply-promise",
    "uncertain + conditional promise with a date: 'si no está, mañana' -> 9 Dec",
    promised="2026-12-09",
    rule="+1",
)

M(
    "pedalea",
    "2026-12-09 08:15",
    """
Nada, no estaba. Hecha ahora. Perdona el lío 🚲
""",
    "client-reply-paid",
    "'no estaba' (negation) followed by 'hecha ahora' = paid",
)

M(
    "pedalea",
    "2027-02-17 13:10",
    """
Buenas Javi, esta la pagamos a principios de marzo cuando nos entre la ronda de ENISA, ¿vale? Si te corre mucha prisa dime y buscamos la manera.
""",
    "client-reply-promise",
    "'a principios de marzo' vague and conditional",
    inv=("2027/5", "605,00", "15/01/2027", "14/02/2027"),
)

M(
    "pilar",
    "2026-12-11 18:05",
    """
Estimado Javier:

Muchas gracias por su correo y por el trabajo tan bonito que me ha hecho en el blog, mis amigas están encantadas.

Le tengo que confesar que no sé muy bien cómo se hace una transferencia por internet. Mi hijo Jorge vendrá a casa el domingo y me ayudará a hacerla. Espero que no le importe esperar unos días.

Un cordial saludo,
Pilar Sánchez
""",
    "client-reply-promise",
    "elderly private client; payment tied to 'el domingo' -> 13 Dec",
    promised="2026-12-13",
    rule="next:sun",
)

M(
    "pilar",
    "2026-12-13 19:30",
    """
Hola Javier, soy Jorge, el hijo de Pilar. Te escribo desde el correo de mi madre.

Acabamos de hacer la transferencia de los 242 €, te adjunto el justificante. Cualquier cosa mejor me escribes a mí (jorge.alvarez.s@gmail.com), que ella se lía un poco con el correo.

Un saludo,
Jorge
""",
    "client-reply-paid",
    "written by the son from the mother's account; amount stated",
    amount="242.00",
    attach=[("justificante_transferencia.pdf", "application/pdf", tiny_pdf("transferencia 242,00 EUR"))],
)

M(
    "pilar",
    "2027-01-19 11:15",
    """
Estimado Javier:

Feliz año nuevo. Le escribo porque no me aparece la receta del roscón en la página, creo que se ha borrado. ¿Me la podría volver a poner?

Gracias,
Pilar
""",
    "client-reply-other",
    "reuses the old reminder thread for an unrelated support request",
)

M(
    "habitat",
    "2026-12-09 13:40",
    """
Hola Javier,

mil perdones, de verdad. Hemos tenido un mes horrible: nuestra gestora se ha jubilado y la nueva todavía está aterrizando. Ya le he pasado tu factura y me ha dicho que la deja programada para el día 15.

Gracias por la paciencia.
Marisa
""",
    "client-reply-promise",
    "apologetic; 'programada para el día 15' -> 15 Dec",
    promised="2026-12-15",
    rule="day:15",
)

M(
    "habitat",
    "2026-12-16 10:20",
    """
Hola Javier, la nueva gestora me dice que la transferencia está "en firma" en el banco y que falta que mi socio la autorice con su móvil. Está de viaje hasta el lunes. En cuanto la firme, sale. Perdona otra vez 🙏
Marisa
""",
    "client-reply-promise",
    "pending signature; 'hasta el lunes' is the partner's return, not a payment date -> no date",
    thread="reminder2",
)

M(
    "habitat",
    "2027-01-22 09:50",
    """
Hola Javier,

una cosa antes de pagarla: esta factura tiene que ir a nombre de Habitat Sur Gestión S.L. (B04876512), no de Inmobiliaria Habitat Sur, que es la sociedad antigua. La gestora no la puede contabilizar así. ¿Me mandas una rectificativa y la pagamos en cuanto llegue?

Marisa
""",
    "client-reply-other",
    "'la factura debe ir a nombre de otra sociedad': decided OTHER, not dispute — the client accepts the debt and will pay on receipt of a corrected invoice; administrative reissue request",
    inv=("2026/41", "1.220,00", "21/12/2026", "20/01/2027"),
)

M(
    "gil",
    "2026-12-10 07:32",
    """
Javier, mira, no me mandes más recordatorios. La web lleva caída desde el puente y nadie me coge el teléfono. Los clientes me llaman diciendo que no pueden pedir presupuesto. Cuando funcione hablamos de pagar.
Paco
""",
    "client-reply-dispute",
    "angry; refuses to pay until the site works",
)

M(
    "gil",
    "2026-12-15 19:05",
    """
Vale ya funciona. Pero te pago 1.500 y no los 1.815, que por tu culpa hemos perdido dos presupuestos. Lo tomas o lo dejas.
""",
    "client-reply-dispute",
    "partial-payment ultimatum; offered amount 1.500",
    amount="1500.00",
    thread="reminder2",
)

M(
    "gil",
    "2026-12-22 13:20",
    """
Te he hecho transferencia de 1.600 como hablamos por teléfono. Y aquí paz y después gloria. Felices fiestas.
""",
    "client-reply-paid",
    "settled amount paid (1.600)",
    amount="1600.00",
    thread="reply",
    tid="2026/25",
    orig=(
        "Re: Segundo recordatorio – factura 2026/25",
        "Paco:\n\nComo te comenté por teléfono, para cerrar el tema acepto 1.600 € y te hago un abono por la diferencia.\n\nJavier",
    ),
)

M(
    "losboldos",
    "2026-12-14 17:55",
    """
Hola Javier, ¿cómo estái?

Disculpa la demora, acá estamos full con los cierres de fin de año. Te cuento que los pagos internacionales los tiene que aprobar el gerente general, que anda en Santiago hasta el jueves. Apenas vuelva lo firma y te lo transfiero.

Saludos!
Rodrigo
""",
    "client-reply-promise",
    "Chilean; 'hasta el jueves' is the manager's return, payment afterwards -> no date",
    sig=False,
)

M(
    "losboldos",
    "2027-01-05 14:25",
    """
Hola Javier, ¡feliz año!

Te confirmo que la transferencia se cursó el 30 de diciembre desde el Banco de Chile, vía SWIFT. Me dicen que puede tardar hasta 5 días hábiles en llegar a España. Te adjunto el MT103.

Saludos,
Rodrigo
""",
    "client-reply-paid",
    "'se cursó' = transfer order placed",
    thread="reminder2",
    attach=[("MT103_BCH_20261230.pdf", "application/pdf", tiny_pdf("MT103 EUR"))],
)

M(
    "speakup",
    "2026-12-15 21:10",
    """
Hola Javi!! Uy perdona, entre las evaluaciones y la fiesta de Navidad de los peques no he tenido ni un minuto. Te lo pago sin falta antes del 20, que es cuando cobro las cuotas de enero 😅
Un abrazo!
Elena
""",
    "client-reply-promise",
    "'antes del 20' -> 20 Dec",
    promised="2026-12-20",
    rule="by:20",
)

M(
    "speakup",
    "2027-01-10 20:45",
    """
Javi, perdona!! Acabo de ver que la transferencia del 19 me la rechazaron por el límite diario de la app y no me enteré 🤦‍♀️ Mañana a primera hora la vuelvo a hacer desde el ordenador.
Elena
""",
    "client-reply-promise",
    "mixed: a payment was attempted but rejected (not paid); 'mañana' from Sun 10 Jan -> 11 Jan",
    thread="reminder2",
    promised="2027-01-11",
    rule="+1",
)

M(
    "speakup",
    "2027-02-01 18:00",
    """
Javi, gracias por confirmarme que te llegó!! Los padres están encantados con la app de reservas 😍

Una cosita: ¿se podría añadir un botón para pagar las cuotas con Bizum? Dime cuánto sería y lo hablamos.
Elena
""",
    "client-reply-other",
    "thanks + new feature request; payment already confirmed by the freelancer",
    thread="reply",
    tid="2026/27",
    orig=(
        "Re: Segundo recordatorio – factura 2026/27",
        "Hola Elena:\n\nTe confirmo que ya me ha llegado la transferencia. ¡Muchas gracias!\n\nJavier",
    ),
)

M(
    "sanz",
    "2026-12-14 12:40",
    """
Estimado Sr. Martín:

En relación con su recordatorio, le confirmamos que la factura 2026/28 de Panadería Hermanos Ortiz está contabilizada y pagada. La transferencia se emitió el día 11 junto con el resto de proveedores.

Reciba un cordial saludo,
Raquel Sanz
""",
    "client-reply-paid",
    "accountant for the client: 'contabilizada y pagada'",
    ref="2026/28",
)

M(
    "sanz",
    "2027-02-08 10:30",
    """
Estimado Sr. Martín:

Le informamos de que nuestro cliente no ha dado todavía la conformidad a la factura 2027/2, ya que nos indica que el presupuesto aceptado era de 950 € + IVA y la factura es de 1.000 € + IVA. Le rogamos que lo revise directamente con el Sr. Ortiz.

Reciba un cordial saludo,
Raquel Sanz
""",
    "client-reply-dispute",
    "'el importe no es el acordado' relayed by the accountant -> dispute",
    ref="2027/2",
    inv=("2027/2", "1.210,00", "02/01/2027", "01/02/2027"),
)

M(
    "raices",
    "2026-12-17 20:15",
    """
Estimado Javier:

Le escribo como tesorero de la Fundación. Le pido disculpas: la factura quedó pendiente porque el patronato tiene que aprobar los pagos superiores a 500 € y la reunión se retrasó. El patronato se reúne el 14 de enero; en cuanto la aprueben, procedo al pago.

Un saludo cordial,
Tomás Olmo
""",
    "client-reply-promise",
    "14 January is the board meeting, not the payment date -> no date",
    sig=False,
)

M(
    "raices",
    "2027-01-18 09:10",
    """
Estimado Javier:

Aprobada en la reunión del jueves. Orden de transferencia cursada esta mañana por 605,00 €.

Un saludo,
Tomás
""",
    "client-reply-paid",
    "'orden de transferencia cursada' = paid",
    thread="reminder2",
    amount="605.00",
)

M(
    "dunas",
    "2026-12-16 12:25",
    """
Estimado Sr. Martín:

Le confirmamos que su factura ha sido incluida en la propuesta de pagos de la segunda quincena de diciembre, que se abona el día 28.

Reciba un cordial saludo
""",
    "client-reply-promise",
    "'se abona el día 28' (impersonal, future) -> 28 Dec",
    promised="2026-12-28",
    rule="day:28",
)

M(
    "dunas",
    "2027-01-14 13:45",
    """
Estimado Sr. Martín:

Hemos revisado la factura 2026/42. El presupuesto aprobado incluía la integración con la pasarela de pago, que a día de hoy no está operativa. Procederemos a abonar el 50 % del importe (1.220,00 €) esta semana y el resto una vez que la integración esté terminada y probada.

Reciba un cordial saludo
""",
    "client-reply-dispute",
    "partial dispute: half now ('esta semana', vague), rest withheld until the work is completed; amount = the half promised",
    ref="2026/42",
    amount="1220.00",
    inv=("2026/42", "2.440,00", "10/12/2026", "09/01/2027"),
)

M(
    "dunas",
    "2027-02-22 10:00",
    """
Estimado Sr. Martín:

Acusamos recibo de su correo y de la confirmación de que la pasarela ya está operativa. Muchas gracias por su diligencia; le mantendremos informado.

Reciba un cordial saludo
""",
    "client-reply-other",
    "acknowledgement only; 'le mantendremos informado' is not a payment promise",
    thread="reply",
    tid="2026/42",
    inv=("2026/42", "2.440,00", "10/12/2026", "09/01/2027"),
    orig=(
        "RE: Recordatorio de pago – factura 2026/42",
        "Estimado Sr. Hernández:\n\nLe confirmo que la integración con la pasarela de pago ya está operativa y probada. Quedo a la espera del abono del 50 % restante.\n\nAtentamente,\nJavier Martín",
    ),
)

# ---------------------------------------------------------------- batch 5
M(
    "bellini",
    "2027-01-14 10:05",
    """
Gentile Dott.ssa Rossi,

la Dott.ssa Rota, rientrata in studio, ha visionato la fattura 52/2026 e mi chiede di farLe presente che non è stato applicato lo sconto del 10% concordato per i clienti ricorrenti, come da Sua mail del 3 settembre.
Le chiediamo quindi di emettere nota di credito per 100,00 € + IVA; nel frattempo la fattura resta sospesa.

Cordiali saluti
Monica Carta
""",
    "client-reply-dispute",
    "'manca lo sconto concordato': amount contested, invoice on hold; 100,00 is the credit note requested, not a payment",
    inv=("52/2026", "1.220,00", "10/11/2026", "10/12/2026"),
    thread="reminder2",
    ref="52/2026",
)

M(
    "tecnoveneta",
    "2026-12-16 14:50",
    """
Buongiorno,

il ns. reparto tecnico ci segnala di non aver mai ricevuto la traduzione dei manuali della linea X200 a cui si riferisce la fattura n. 55/2026. In assenza del benestare tecnico la fattura non può essere posta in pagamento.

Vi preghiamo di verificare e di trasmetterci evidenza della consegna (mail di invio o ricevuta di upload sul portale fornitori).

Cordiali saluti
""",
    "client-reply-dispute",
    "'non abbiamo mai ricevuto il lavoro' in AP language: blocked for missing delivery",
    thread="invoice",
    inv=("55/2026", "2.684,00", "10/12/2026", "08/02/2027"),
    ref="55/2026",
)

M(
    "gelso",
    "2027-02-11 17:20",
    """
Cara Alessandra,

ho letto la revisione e ci sono ancora parecchie incongruenze nei nomi dei personaggi (Ettore/Hector cambia almeno tre volte, e la zia diventa a un certo punto "la nonna"). L'editore mi ha detto di pagarti intanto metà fattura, il resto quando ci mandi il file corretto.

Scusami, so che è antipatico, ma lui su queste cose è fiscale.

Chiara
""",
    "client-reply-dispute",
    "partial: half now, the rest after corrections ('pago la metà, il resto quando correggete'); no figure stated -> no amount",
    inv=("8/2027", "1.830,00", "08/01/2027", "07/02/2027"),
)

M(
    "osteria",
    "2027-01-09 12:30",
    """
ale ma perche ci sta l'iva? avevamo detto 500 tutto compreso.. cosi non mi torna, sentiamoci per telefono
""",
    "client-reply-dispute",
    "amount disputed (VAT added on top of an 'all-inclusive' price); 500 is the agreed price, not a payment",
    thread="invoice",
    inv=("57/2026", "610,00", "28/12/2026", "27/01/2027"),
)

M(
    "miramonti",
    "2027-02-02 09:30",
    """
Gentile Signora Rossi,

la fattura 7/2027 mi sembra un doppione della 32/2026 che abbiamo già pagato a dicembre: stesso importo e stessa descrizione (traduzione sito). Può controllare per favore?

Grazie e cordiali saluti
Elisa Kofler
""",
    "client-reply-dispute",
    "suspected duplicate phrased as a polite question; the client does not intend to pay it as is",
    thread="invoice",
    inv=("7/2027", "1.220,00", "29/01/2027", "28/02/2027"),
    ref="7/2027",
    sig=False,
)

M(
    "valli",
    "2027-02-15 12:10",
    """
Gentile Dott.ssa Rossi,

il dottore ha riletto i testi delle nuove pagine e non è soddisfatto: li trova troppo tecnici e poco comprensibili per i pazienti. Mi chiede di comunicarle che la fattura verrà saldata solo dopo una revisione dei testi.

Cordiali saluti
""",
    "client-reply-dispute",
    "quality complaint; payment conditional on revision",
    inv=("9/2027", "610,00", "12/01/2027", "11/02/2027"),
)

M(
    "valli",
    "2026-12-29 09:40",
    """
Gentile Dott.ssa Rossi,

le confermo che la fattura è inserita nel giro bonifici dell'8 gennaio, dopo la chiusura per le festività.

Cordiali saluti
""",
    "client-reply-promise",
    "'inserita nel giro bonifici dell'8 gennaio' -> 8 Jan",
    inv=("64/2026", "854,00", "20/11/2026", "20/12/2026"),
    promised="2027-01-08",
    rule="abs",
)

M(
    "teatro",
    "2026-12-11 10:15",
    """
Gentile Signora,

grazie a lei per la conferma e per la pazienza. Le auguro buone feste.

Gianni Colombo
""",
    "client-reply-other",
    "thanks-only after the freelancer confirmed receipt",
    thread="reply",
    tid="37/2026",
    orig=(
        "Re: Sollecito di pagamento – fattura 37/2026",
        "Gentile Sig. Colombo,\n\nle confermo di aver ricevuto il bonifico. Grazie mille!\n\nCordiali saluti,\nAlessandra Rossi",
    ),
)

M(
    "menegatti",
    "2026-11-30 11:12",
    """
gentile signora
mio nipote dice che nella mail non c'è il foglio della fattura, me lo può rimandare? cosi lui fa il bonifico.
grazie
franca menegatti
""",
    "client-reply-other",
    "asks for the PDF again; payment intent is conditional and undated",
)

M(
    "comune",
    "2026-12-21 12:00",
    """
Buongiorno,

si comunica che la pratica relativa alla fattura in oggetto è stata assegnata alla Dott.ssa Lucia Ferri (tel. 0523 870 219), alla quale potrà rivolgersi per ogni informazione sullo stato del pagamento.

Distinti saluti
Ufficio Ragioneria
""",
    "client-reply-other",
    "names the contact person; no payment status",
    inv=("FPA 4/2026", "1.830,00", "10/11/2026", "10/12/2026"),
)

M(
    "comune",
    "2027-01-08 13:15",
    """
Buongiorno,

si comunica che la fattura FPA 4/2026 verrà liquidata entro il 20 c.m. e che il relativo mandato di pagamento sarà emesso nei successivi cinque giorni lavorativi.

Distinti saluti
Dott.ssa Lucia Ferri
""",
    "client-reply-promise",
    "trap: 'liquidata entro il 20' is the approval step, not the payment; payment 'nei successivi cinque giorni lavorativi' -> no resolvable payment date",
    inv=("FPA 4/2026", "1.830,00", "10/11/2026", "10/12/2026"),
    thread="reminder2",
    ref="FPA 4/2026",
)

M(
    "comune",
    "2027-01-07 16:31",
    """
Si conferma la ricezione della Sua comunicazione, che sarà protocollata e assegnata all'ufficio competente.

Il presente messaggio è generato automaticamente. Si prega di non rispondere.

Comune di San Vito al Monte
""",
    "auto-reply",
    "automatic receipt acknowledgement from the municipality",
    inv=("FPA 4/2026", "1.830,00", "10/11/2026", "10/12/2026"),
    thread="reminder2",
    quote=False,
    sig=False,
    disc=False,
    frm=("Protocollo Comune di San Vito al Monte", "protocollo@comune.sanvitoalmonte.it"),
    subj="Conferma di ricezione - Secondo sollecito – fattura FPA 4/2026",
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
)

M(
    "bitfarm",
    "2027-01-05 09:15",
    """
Ciao,
ci serve che la rimandi con il codice destinatario giusto: M5UXCR1. Quello che hai messo è del vecchio commercialista e così non ci arriva nel cassetto fiscale.
Grazie
M.
""",
    "client-reply-other",
    "wrong SDI recipient code: administrative reissue, not a dispute",
    thread="invoice",
    inv=("1/2027", "1.220,00", "04/01/2027", "03/02/2027"),
    sig=False,
)

M(
    "bitfarm",
    "2026-12-23 11:05",
    """
Il 22/12/2026 09:40, Alessandra Rossi ha scritto:
> Ciao Marco,
>
> ti scrivo solo per ricordarti che la fattura 62/2026 (2.562,00 €,
> scaduta il 20/12/2026) risulta ancora aperta.

Sì, ma è ferma perché nel preventivo c'erano anche le traduzioni delle notifiche push, che non abbiamo mai ricevuto. Finché non arrivano non la passo in pagamento.

> Se l'avete già pagata ignora pure questo messaggio, altrimenti trovi
> l'IBAN in fattura.

No, non l'abbiamo pagata, vedi sopra.

> Grazie mille e a presto,
> Alessandra

M.
""",
    "client-reply-dispute",
    "inline (interleaved) reply; 'non l'abbiamo pagata' + missing deliverable -> dispute",
    inv=("62/2026", "2.562,00", "20/11/2026", "20/12/2026"),
    quote=False,
    sig=False,
)

M(
    "bitfarm",
    "2027-01-20 15:40",
    """
Ok, le notifiche ci sono. Fatta la distinta ieri, valuta lunedì.
M.
""",
    "client-reply-paid",
    "'fatta la distinta ieri, valuta lunedì' = ordered with later value date -> paid",
    thread="reply",
    tid="62/2026",
    inv=("62/2026", "2.562,00", "20/11/2026", "20/12/2026"),
    sig=False,
    orig=(
        "Re: Sollecito di pagamento – fattura 62/2026",
        "Ciao Marco,\n\nscusa, mi erano sfuggite: ti ho appena caricato le stringhe delle notifiche push sul repository.\n\nAle",
    ),
)

M(
    "pixelpasta",
    "2027-01-25 09:50",
    """
Ciao Ale!

Ti presento Cristina (in cc) che da quest'anno segue lei i pagamenti di tutti i freelance, così non passi più da me 😉
Cri, ti giro il sollecito di Ale, ci pensi tu? 🙏

Baci
Martina
""",
    "client-reply-other",
    "forwarding to accounting; no payment statement",
    cc=[("Cristina Amministrazione", "amministrazione@pixelepasta.it")],
    inv=("63/2026", "915,00", "22/12/2026", "21/01/2027"),
)

M(
    "pixelpasta",
    "2027-01-29 16:05",
    """
Ale! Cristina conferma: saldate ieri sia la vecchia che quella di dicembre 🎉 Scusa ancora per il casino.
M.
""",
    "client-reply-paid",
    "'saldate ieri' (two invoices, no numbers)",
    thread="reply",
    tid="63/2026",
    inv=("63/2026", "915,00", "22/12/2026", "21/01/2027"),
    sig=False,
    orig=(
        "Re: Sollecito di pagamento – fattura 63/2026",
        "Ciao Cristina, piacere! Ti segnalo che oltre alla 63/2026 risulta ancora aperta anche la 29/2026 di ottobre.\n\nGrazie,\nAlessandra",
    ),
)

M(
    "ferrando",
    "2027-02-12 08:30",
    """
Buongiorno,
mi rimandi l'IBAN che sulla fattura non si legge bene (la stampa è venuta male).
Saluti
Ferrando
""",
    "client-reply-other",
    "IBAN request",
    inv=("5/2027", "610,00", "12/01/2027", "11/02/2027"),
    sig=False,
)

M(
    "ferrando",
    "2027-02-16 09:05",
    """
Buongiorno
vi abbiamo saldato stamattina, con l'IBAN nuovo.
Saluti
Ferrando
""",
    "client-reply-paid",
    "'vi abbiamo saldato'",
    thread="reply",
    tid="5/2027",
    inv=("5/2027", "610,00", "12/01/2027", "11/02/2027"),
    sig=False,
    orig=(
        "R: Sollecito di pagamento – fattura 5/2027",
        "Gentile Sig. Ferrando,\n\necco l'IBAN: IT60 X054 2811 1010 0000 0123 456 (intestato ad Alessandra Rossi).\n\nCordiali saluti,\nAlessandra Rossi",
    ),
)

M(
    "nuvolaria",
    "2027-02-23 13:00",
    """
Pagata? No 😅 la paghiamo venerdì insieme agli stipendi.
L.
""",
    "client-reply-promise",
    "'pagata? no, la paghiamo venerdì' -> Fri 26 Feb",
    inv=("6/2027", "1.220,00", "20/01/2027", "19/02/2027"),
    promised="2027-02-26",
    rule="next:fri",
    sig=False,
)

M(
    "nuvolaria",
    "2026-12-01 18:20",
    """
Grazie Ale!
+Sara (amministrazione) in cc per la registrazione.

L.
""",
    "client-reply-other",
    "thanks + cc accounting on the invoice mail",
    thread="invoice",
    cc=[("Sara Bonetti", "amministrazione@nuvolaria.io")],
    inv=("49/2026", "1.220,00", "01/12/2026", "31/12/2026"),
    sig=False,
)

M(
    "teatro",
    "2026-12-20 17:45",
    """
Gentile Signora,

ricevuta, grazie. Le anticipo che starò via per le feste dai miei figli a Torino, quindi gliela pago la settimana dopo l'Epifania, quando torno.

Cordiali saluti
Gianni Colombo
""",
    "client-reply-promise",
    "'la settimana dopo l'Epifania' -> vague week, no date",
    thread="invoice",
    inv=("59/2026", "244,00", "18/12/2026", "17/01/2027"),
)

M(
    "gelso",
    "2027-01-20 11:35",
    """
Ciao Ale,

girata a Roberta. Il 15 ci pensa l'amministrazione, come sempre.

Chiara
""",
    "client-reply-promise",
    "'il 15 ci pensa l'amministrazione' written on 20 Jan: the 15th has passed -> 15 Feb",
    inv=("60/2026", "1.220,00", "15/12/2026", "14/01/2027"),
    promised="2027-02-15",
    rule="day:15",
    sig=False,
)

M(
    "tecnoveneta",
    "2026-12-28 08:00",
    """
Gentile mittente,

sarò assente dall'ufficio dal 23/12/2026 al 06/01/2027 con accesso limitato alla posta elettronica.
Per questioni urgenti relative ai pagamenti fornitori potete contattare contabilita@tecnoveneta.it.

Vi ricordiamo che i pagamenti fornitori vengono effettuati il 15 e il 30 di ogni mese.

Elena Zanon
""",
    "auto-reply",
    "out-of-office that mentions payment days (15 and 30): not a promise",
    thread="reminder2",
    quote=False,
    sig=False,
    disc=False,
    frm=("Elena Zanon", "e.zanon@tecnoveneta.it"),
    subj="Risposta automatica: Secondo sollecito – fattura 30/2026",
    headers=[
        "Auto-Submitted: auto-replied",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: e.zanon@tecnoveneta.it",
    ],
)

M(
    "bellini",
    "2026-12-24 09:00",
    """
Lo Studio resterà chiuso per le festività dal 24 dicembre 2026 al 6 gennaio 2027 compresi.
La Sua e-mail sarà letta al nostro rientro. Per urgenze di natura fiscale è possibile contattare il numero 335 712 0041.

Buone Feste!
Studio Associato Bellini & Rota
""",
    "auto-reply",
    "office closure auto-reply",
    inv=("52/2026", "1.220,00", "10/11/2026", "10/12/2026"),
    thread="reminder2",
    quote=False,
    sig=False,
    disc=False,
    subj="Studio chiuso per ferie [R: Secondo sollecito – fattura 52/2026]",
    headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
)

M(
    "pixelpasta",
    "2026-12-22 10:02",
    """
Ciao! 🌴

Sono in ferie fino al 7 gennaio e leggo la posta a singhiozzo.
Per urgenze sui progetti scrivi a hello@pixelepasta.it, per fatture e pagamenti ad amministrazione@pixelepasta.it.

Buone feste!
Martina
""",
    "auto-reply",
    "Gmail vacation responder; mentions 'pagamenti' but is automatic",
    thread="invoice",
    inv=("63/2026", "915,00", "22/12/2026", "21/01/2027"),
    quote=False,
    sig=False,
    subj="In ferie fino al 7 gennaio",
    headers=["Auto-Submitted: auto-replied"],
)

M(
    "miramonti",
    "2026-11-24 21:10",
    """
Gentile Signora Rossi,

mio marito mi chiede se può rifarci la fattura divisa in due: metà intestata all'Hotel Miramonti e metà al Ristorante Stua, che ha un'altra partita IVA (02944530214). Così la paghiamo subito.

Grazie mille
Elisa Kofler
""",
    "client-reply-other",
    "asks to split the invoice between two companies; conditional 'così la paghiamo subito' (no date) -> other",
    sig=False,
)

M(
    "sanna",
    "2027-01-12 12:20",
    """
Gentile Dott.ssa Rossi,

La prego di non inviarmi ulteriori solleciti: la questione è stata definita con il pagamento a saldo e stralcio del 19 novembre scorso, come da Sua stessa accettazione. Resto peraltro ancora in attesa della nota di credito.

Distinti saluti
Avv. Roberto Sanna
""",
    "client-reply-paid",
    "asserts the invoice is settled by the earlier agreed payment; irritated",
    thread="reminder2",
    sig=False,
)

M(
    "pixelpasta",
    "2026-12-18 07:00",
    """
Quest'anno abbiamo:
– sfornato 148 progetti
– bevuto 2.300 caffè
– mangiato troppa pasta (mai abbastanza)

Grazie a chi ha lavorato con noi! Ci rivediamo a gennaio con nuove ricette.

Il team di Pixel & Pasta
Via del Pratello 31/b, Bologna
Non vuoi più ricevere queste email? Disiscriviti
""",
    "other",
    "marketing newsletter from a client's agency, not a reply to invoice/reminder",
    thread="none",
    cl="html_only",
    sig=False,
    frm=("Pixel & Pasta", "newsletter@pixelepasta.it"),
    subj="🎄 Il nostro 2026 in 3 numeri (e tanti auguri!)",
    headers=["List-Unsubscribe: <https://pixelepasta.it/unsubscribe?u=a81f>", "Precedence: bulk"],
)

M(
    "menegatti",
    "2026-12-10 15:20",
    """
gentile signora, grazie a lei. buon natale anche a lei e famiglia.
franca
""",
    "client-reply-other",
    "thanks-only",
    thread="reply",
    tid="35/2026",
    orig=(
        "Re: Sollecito di pagamento – fattura 35/2026",
        "Gentile Signora Menegatti,\n\nle confermo che il bonifico è arrivato. Grazie e buone feste!\n\nAlessandra Rossi",
    ),
)

# ---------------------------------------------------------------- batch 6
M(
    "gestoria_mr",
    "2026-11-26 09:35",
    """
Buenos días, Javier:

Le escribo de parte de Ópticas Turia. Para poder pagar sus facturas necesitamos que nos envíe un certificado de titularidad de la cuenta bancaria, ya que el banco lo exige para dar de alta a nuevos proveedores.

Un saludo,
Amparo Sorlí
""",
    "client-reply-other",
    "document request (bank ownership certificate) before first payment",
    thread="invoice",
    inv=("2026/31", "1.220,00", "20/11/2026", "20/12/2026"),
)

M(
    "gestoria_mr",
    "2027-02-09 11:20",
    """
Buenos días:

Ópticas Turia me indica que el trabajo facturado en la 2027/4 (migración de la tienda online) no está terminado: faltan las fichas de producto de las gafas de sol. Hasta que no den la conformidad no podemos incluir la factura en remesa.

Un saludo,
Amparo
""",
    "client-reply-dispute",
    "gestoría relays the end client's objection: work incomplete",
    ref="2027/4",
    inv=("2027/4", "2.420,00", "08/01/2027", "07/02/2027"),
)

M(
    "gestoria_mr",
    "2027-01-26 10:10",
    """
Buenos días, Javier:

Le confirmo que la remesa del 25 se envió ayer al banco con su factura incluida.

Un saludo,
Amparo
""",
    "client-reply-paid",
    "'remesa ... enviada al banco con su factura incluida' = paid without payment verb",
    inv=("2026/35", "1.220,00", "10/12/2026", "09/01/2027"),
)

M(
    "alba",
    "2026-12-15 11:05",
    """
Javi una pregunta, ¿me puedes hacer la factura a nombre de mi marido que es el autónomo? Es que mi gestor dice que si no, no me la puedo desgravar 🤷‍♀️
""",
    "client-reply-other",
    "asks to reissue to a different holder (husband): administrative, not a dispute",
    thread="invoice",
    inv=("2026/33", "363,00", "15/12/2026", "14/01/2027"),
)

M(
    "alba",
    "2027-02-03 13:30",
    """
Vale vale, ya lo entiendo, tenías razón 🙈 te la pago el viernes que es cuando me ingresan lo del datáfono
Carmen
""",
    "client-reply-promise",
    "dispute withdrawn; 'el viernes' from Wed 3 Feb -> 5 Feb",
    thread="reply",
    tid="2026/33",
    inv=("2026/33", "363,00", "15/12/2026", "14/01/2027"),
    promised="2027-02-05",
    rule="next:fri",
    orig=(
        "Re: Recordatorio de pago – factura 2026/33",
        "Hola Carmen:\n\nEl mantenimiento cubre actualizaciones y copias de seguridad; el cambio de todas las fotos de rebajas fue un encargo aparte, te lo presupuesté el 2 de diciembre por WhatsApp.\n\nUn saludo,\nJavier",
    ),
)

M(
    "torrealta",
    "2026-12-30 08:00",
    """
Me encuentro fuera de la oficina hasta el 7 de enero. Durante este periodo no se tramitarán pagos.
Para asuntos urgentes, diríjase a intervencion@torrealta.es.

Francisco Javier Molina Cano
Tesorero – Ayuntamiento de Torrealta
""",
    "auto-reply",
    "out-of-office; 'no se tramitarán pagos' is not a client statement about this invoice",
    quote=False,
    sig=False,
    disc=False,
    inv=("2026/43", "968,00", "25/11/2026", "25/12/2026"),
    subj="Respuesta automática: Recordatorio de pago – factura 2026/43",
    headers=["Auto-Submitted: auto-replied"],
)

M(
    "torrealta",
    "2027-01-15 12:45",
    """
Buenos días:

Le informo de que la factura n.º 2026/43 ha sido incluida en la relación de pagos P/2027/003, aprobada por resolución de la Alcaldía de fecha 13/01/2027. La transferencia se ejecutará el próximo martes.

Atentamente,
""",
    "client-reply-promise",
    "'el próximo martes' from Fri 15 Jan -> 19 Jan; 13/01 is the approval date",
    ref="2026/43",
    inv=("2026/43", "968,00", "25/11/2026", "25/12/2026"),
    promised="2027-01-19",
    rule="next:tue",
)

M(
    "kuvo",
    "2026-12-21 10:30",
    """
Javi, Laura dice que salió el viernes con todo lo de fin de año. Te reenvío lo que me mandó 👇

---------- Forwarded message ---------
De: Laura Gil <laura@kuvolabs.com>
Date: vie, 18 dic 2026 a las 13:02
Subject: Transferencias diciembre
To: Pablo Navarro <pablo@kuvolabs.com>

Pablo, hechas todas las de proveedores (Javier, Nubia Studio, Hetzner). Adjunto justificantes.
L.
""",
    "client-reply-paid",
    "paid claim via a forwarded internal note ('hechas todas')",
    thread="reply",
    tid="2026/32",
    sig=False,
    inv=("2026/32", "2.440,00", "12/11/2026", "12/12/2026"),
    orig=(
        "Re: Recordatorio de pago – factura 2026/32",
        "Hola Pablo:\n\n¿Al final salió el viernes? De momento no lo veo en la cuenta.\n\nJavier",
    ),
)

M(
    "kuvo",
    "2026-12-22 09:12",
    """
🙌 gracias Javi, ¡felices fiestas!
""",
    "client-reply-other",
    "thanks-only",
    thread="reply",
    tid="2026/32b",
    sig=False,
    inv=("2026/32", "2.440,00", "12/11/2026", "12/12/2026"),
    orig=("Re: Recordatorio de pago – factura 2026/32", "Recibido, ¡gracias Pablo!\n\nJavier"),
)

M(
    "kuvo",
    "2027-02-15 16:20",
    """
Javi, revisando la factura 2027/6 veo que nos cobras 40 horas y en el Jira hay 28 imputadas. ¿Puede ser un error? Hasta aclararlo la dejo parada.

Pablo
""",
    "client-reply-dispute",
    "hours billed vs logged: amount questioned, payment on hold",
    ref="2027/6",
    inv=("2027/6", "2.420,00", "12/01/2027", "11/02/2027"),
    sig=False,
)

M(
    "brujula",
    "2026-12-02 12:50",
    """
Hola Javier,

antes de pagar, una cosa: ¿nos confirmas tu IBAN? Nos ha llegado un correo supuestamente tuyo diciendo que habías cambiado de banco y nos ha olido a estafa. Si me lo puedes confirmar por teléfono mejor.

Núria
""",
    "client-reply-other",
    "fraud check on an IBAN change: question, no payment commitment",
    sig=False,
    inv=("2026/44", "1.815,00", "30/10/2026", "29/11/2026"),
)

M(
    "brujula",
    "2026-12-04 11:00",
    """
Perfecto, confirmado por teléfono. Está en la cuenta de siempre y sale en el pago de hoy.

N.
""",
    "client-reply-promise",
    "'sale en el pago de hoy' -> about to go out today",
    thread="reply",
    tid="2026/44",
    sig=False,
    inv=("2026/44", "1.815,00", "30/10/2026", "29/11/2026"),
    promised="2026-12-04",
    rule="+0",
    orig=(
        "Re: Recordatorio de pago – factura 2026/44",
        "Hola Núria:\n\n¡Buena intuición! No he cambiado de banco, es un intento de fraude. Te llamo ahora y te lo confirmo.\n\nJavier",
    ),
)

M(
    "brujula",
    "2027-02-24 18:10",
    """
Javier, el cliente nos ha rechazado la landing por accesibilidad (no pasa el nivel AA) y nos pide rehacer los formularios. Hasta que no esté validada no podemos pagar la 2027/10, lo siento mucho.

Núria
""",
    "client-reply-dispute",
    "payment withheld for a quality problem",
    ref="2027/10",
    sig=False,
    inv=("2027/10", "2.420,00", "22/01/2027", "21/02/2027"),
)

M(
    "iglesias",
    "2027-02-01 10:40",
    """
Muy Sr. mío:

Le comunico que con esta fecha he dado orden a mi banco de que le abonen el importe de su factura de diciembre, ciento veintiún euros.

Atentamente,

Ramón Iglesias Varela
""",
    "client-reply-paid",
    "amount stated only in words ('ciento veintiún euros')",
    amount="121.00",
    inv=("2026/36", "121,00", "30/12/2026", "29/01/2027"),
)

M(
    "levante",
    "2027-01-12 13:00",
    """
Estimado proveedor:

La factura 2026/45 incluye 12 horas de soporte fuera de horario que no constan autorizadas por el responsable del departamento. Procederemos a abonar únicamente el importe no controvertido (2.420,00 €) en la remesa del día 25; para el resto, les rogamos que aporten la autorización correspondiente.

Atentamente,
""",
    "client-reply-dispute",
    "partial dispute with partial promise: undisputed 2.420,00 on the 25th (25 Jan)",
    ref="2026/45",
    amount="2420.00",
    promised="2027-01-25",
    rule="day:25",
    inv=("2026/45", "3.872,00", "10/11/2026", "09/01/2027"),
)

M(
    "levante",
    "2026-12-11 12:30",
    """
Estimado Sr. Martín:

Le adjuntamos el aviso de pago correspondiente a la remesa del 10/12/2026, en la que se ha incluido su factura 2026/8.

Atentamente,
""",
    "client-reply-paid",
    "human-sent remittance notice in reply to a request",
    ref="2026/8",
    thread="reply",
    tid="2026/8b",
    orig=(
        "RE: Recordatorio de pago – factura 2026/8",
        "Estimados señores:\n\n¿Podrían enviarme el justificante del pago del día 10?\n\nGracias,\nJavier Martín",
    ),
    attach=[
        ("AvisoPago_REM20261210_PROV00412.pdf", "application/pdf", tiny_pdf("aviso pago remesa 10/12/2026"))
    ],
)

M(
    "ortega",
    "2026-12-14 09:25",
    """
Buenos días, Javier:

Soy Marta, de administración. La factura 2026/39 la tenemos retenida porque el Sr. Ortega me dijo que seguía habiendo problemas con el acceso de los empleados a la intranet. Si ya está solucionado, confírmenoslo y la pago esta misma semana.

Saludos,
Marta Ruiz
Administración – Ortega & Asociados
""",
    "client-reply-dispute",
    "withheld over an unresolved problem, conditional vague promise -> dispute",
    ref="2026/39",
    sig=False,
    frm=("Marta Ruiz", "administracion@ortegayasociados.es"),
    inv=("2026/39", "605,00", "05/11/2026", "05/12/2026"),
)

M(
    "ortega",
    "2026-12-17 13:15",
    """
Confirmado por el Sr. Ortega. Transferencia realizada hoy, aplicando la retención del 15 % como la vez anterior: 530,00 € (605,00 € − 75,00 € de retención).

Marta
""",
    "client-reply-paid",
    "paid net of IRPF withholding; amount = net transferred",
    amount="530.00",
    sig=False,
    charset="utf-8",
    frm=("Marta Ruiz", "administracion@ortegayasociados.es"),
    thread="reply",
    tid="2026/39",
    inv=("2026/39", "605,00", "05/11/2026", "05/12/2026"),
    orig=(
        "RE: Recordatorio de pago – factura 2026/39",
        "Hola Marta:\n\nEl problema de acceso se resolvió el viernes; el Sr. Ortega ya ha entrado sin problemas.\n\nUn saludo,\nJavier Martín",
    ),
)

M(
    "sonrisa",
    "2027-02-03 12:00",
    """
Buenos días Javier:

La doctora ha comprobado que el formulario ya funciona, muchas gracias. Le pagamos la factura en la transferencia del día 10.

Un saludo
""",
    "client-reply-promise",
    "'en la transferencia del día 10' -> 10 Feb",
    thread="reply",
    tid="2026/37",
    inv=("2026/37", "1.220,00", "11/12/2026", "10/01/2027"),
    promised="2027-02-10",
    rule="day:10",
    orig=(
        "Re: Recordatorio de pago – factura 2026/37",
        "Buenos días, Lucía:\n\nEl formulario de citas ya vuelve a enviar los correos; era un problema del servidor de correo. ¿Pueden comprobarlo?\n\nJavier Martín",
    ),
)

M(
    "sonrisa",
    "2027-01-18 09:30",
    """
Buenos días:

¿Me puede indicar con quién tengo que hablar para lo del formulario? He escrito a soporte@ y no contesta nadie.

Gracias
""",
    "client-reply-other",
    "asks for a contact person (follow-up on the complaint, no new payment statement)",
    thread="reminder",
    inv=("2026/37", "1.220,00", "11/12/2026", "10/01/2027"),
)

M(
    "sonrisa",
    "2026-12-23 20:00",
    """
Estimado paciente / proveedor:

La Clínica Dental Sonrisa Norte permanecerá cerrada del 23 de diciembre al 1 de enero, ambos inclusive. Su mensaje será atendido a partir del 2 de enero.

Para urgencias dentales llame al 942 31 22 45.

¡Felices fiestas!
""",
    "auto-reply",
    "holiday closure auto-reply (HTML)",
    thread="invoice",
    inv=("2026/46", "242,00", "23/12/2026", "22/01/2027"),
    quote=False,
    sig=False,
    subj="Respuesta automática: Factura 2026/46",
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
)

M(
    "manolo",
    "2027-01-28 22:30",
    """
javier una cosa, me puedes poner en la carta el menu de san valentin? el 14 es domingo y lo quiero tener el finde antes. te pago aparte eh
""",
    "client-reply-other",
    "off-topic work request in the invoice thread; 'te pago aparte' refers to new work",
    thread="invoice",
    inv=("2027/1", "242,00", "04/01/2027", "03/02/2027"),
)

M(
    "manolo",
    "2027-02-05 13:45",
    """
oye q la factura esta mal, me has cobrao dos veces lo de los QR de las mesas. mandame otra bien y te la pago
""",
    "client-reply-dispute",
    "double charge: amount contested",
    inv=("2027/1", "242,00", "04/01/2027", "03/02/2027"),
)

M(
    "manolo",
    "2027-02-09 23:20",
    """
vale ya e visto la nueva. el viernes te la pago
""",
    "client-reply-promise",
    "'el viernes' from Tue 9 Feb -> 12 Feb",
    thread="reply",
    tid="2027/1",
    inv=("2027/1", "242,00", "04/01/2027", "03/02/2027"),
    promised="2027-02-12",
    rule="next:fri",
    orig=(
        "Re: Recordatorio de pago – factura 2027/1",
        "Tienes razón Manolo, perdona. Te mando la rectificativa.\n\nJavier",
    ),
)

M(
    "albatros",
    "2027-01-13 10:50",
    """
Hola, Javier:

Administración me dice que este mes vamos justos y que las facturas de colaboradores no salen antes del 20. Lo siento mucho.

Bea
""",
    "client-reply-promise",
    "'no antes del 20' = lower bound, not a payment date -> no promised_date",
    sig=False,
    inv=("2026/47", "1.220,00", "10/12/2026", "09/01/2027"),
)

M(
    "albatros",
    "2027-02-22 07:30",
    """
Hola:

Estoy de baja hasta el 1 de marzo y no consultaré el correo.
Para temas de producción, escribid a produccion@edicionesalbatros.es; para facturas y pagos, a administracion@edicionesalbatros.es.

Gracias,
Beatriz Herrero
""",
    "auto-reply",
    "sick-leave auto-reply redirecting invoices",
    inv=("2027/7", "605,00", "20/01/2027", "19/02/2027"),
    quote=False,
    sig=False,
    subj="Fuera de la oficina: Recordatorio de pago – factura 2027/7",
    headers=["Auto-Submitted: auto-replied"],
)

M(
    "anahuac",
    "2027-01-19 17:40",
    """
Estimado Javier:

Le informo que no podemos procesar la factura 2026/48, ya que fue emitida a nombre de Grupo Textil Anáhuac, S.A. de C.V., y el servicio fue contratado por nuestra filial Anáhuac Europa, S.L. (CIF B87654321, Madrid). Le solicito emita la factura a nombre de la filial; la actual la daremos de baja en sistema.

Asimismo, le comento que el importe acordado con la filial fue de 1.000 € más impuestos y no de 1.100 €, por lo que le agradeceré corregirlo en la nueva factura.

Quedo a sus órdenes.
""",
    "client-reply-dispute",
    "wrong company alone would be 'other', but the agreed amount is also contested -> dispute",
    ref="2026/48",
    inv=("2026/48", "1.331,00", "15/12/2026", "14/01/2027"),
)

M(
    "anahuac",
    "2027-02-12 10:20",
    """
Estimado Javier:

Recibimos la factura a nombre de la filial, muchas gracias. Quedó programada para el pago del viernes 19 de febrero.

Saludos cordiales,
""",
    "client-reply-promise",
    "explicit date 'viernes 19 de febrero'",
    thread="reply",
    tid="2026/48",
    inv=("2026/48", "1.331,00", "15/12/2026", "14/01/2027"),
    promised="2027-02-19",
    rule="abs",
    orig=(
        "RE: Recordatorio de pago – factura 2026/48",
        "Estimado Lic. Treviño:\n\nLe adjunto la factura 2027/12 a nombre de Anáhuac Europa, S.L., por 1.210,00 €, que sustituye a la 2026/48.\n\nSaludos,\nJavier Martín",
    ),
)

M(
    "mate",
    "2026-12-22 15:15",
    """
Che, una consulta: ¿la factura me la podés hacer sin IVA? Somos empresa argentina, creo que es exportación de servicios y no lleva IVA español. Preguntale a tu gestor y me decís.

Abrazo
Facu
""",
    "client-reply-other",
    "tax question (VAT on export of services); asks to check, not refusing -> other",
    thread="invoice",
    sig=False,
    inv=("2026/49", "1.210,00", "21/12/2026", "20/01/2027"),
)

M(
    "mate",
    "2027-02-10 12:05",
    """
Javi, esta sale el lunes 15 sin falta, ya tengo la plata en la cuenta de Wise.
""",
    "client-reply-promise",
    "'el lunes 15' -> 15 Feb",
    sig=False,
    inv=("2027/8", "1.220,00", "08/01/2027", "07/02/2027"),
    promised="2027-02-15",
    rule="abs",
)

M(
    "sierranevada",
    "2027-01-26 10:15",
    """
Estimado Javier, reciba un cordial saludo.

Le solicito amablemente nos envíe el certificado de residencia fiscal en España, requerido por nuestra área contable para no aplicar la retención en la fuente a los pagos al exterior. Sin este documento deberemos aplicar una retención del 20 %.

Quedo atenta.

Cordialmente,
""",
    "client-reply-other",
    "document request (tax residence certificate)",
    thread="invoice",
    inv=("2027/9", "1.220,00", "15/01/2027", "14/02/2027"),
)

M(
    "sierranevada",
    "2027-02-18 15:30",
    """
Estimado Javier,

Adjunto soporte de pago de la factura 2027/9 por valor de EUR 976,00, correspondiente al valor de la factura menos la retención en la fuente del 20 %, toda vez que a la fecha no recibimos el certificado de residencia fiscal.

Cordialmente,
""",
    "client-reply-paid",
    "paid short because of withholding tax (not agreed): still a paid claim; amount = net paid",
    ref="2027/9",
    amount="976.00",
    inv=("2027/9", "1.220,00", "15/01/2027", "14/02/2027"),
    attach=[("Soporte_pago_2027-9.pdf", "application/pdf", tiny_pdf("soporte pago EUR 976,00"))],
)


# ---------------------------------------------------------------- batch 7
def D(d):
    return email.utils.format_datetime(dt.datetime.strptime(d, "%Y-%m-%d %H:%M").replace(tzinfo=TZ))


M(
    "rodari",
    "2026-12-18 11:30",
    """
Gentile Dott.ssa Rossi,

si comunica che il pagamento della fattura in oggetto potrà essere effettuato solo a seguito dell'accredito dei fondi da parte del Ministero (risorse ex L. 440/97), previsto per il mese di gennaio.

Ci scusiamo per il ritardo, non imputabile a questa Istituzione scolastica.

Cordiali saluti
""",
    "client-reply-promise",
    "PA: conditional on ministry funds, 'previsto per gennaio' -> no date",
    inv=("FPA 6/2026", "488,00", "10/11/2026", "10/12/2026"),
)

M(
    "ortourbano",
    "2027-02-19 18:45",
    """
Ale scusa ma non capisco 😕 ti avevo chiesto le due rate e mi avevi detto ok, invece ora mi arriva il sollecito per tutto l'importo?
Io a febbraio ti faccio la prima metà come d'accordo, 1.220, e il resto a marzo. Se c'è stato un malinteso sentiamoci!
""",
    "client-reply-dispute",
    "disagreement about the agreed payment terms (instalments) + promise of the first half (1.220) in February, no date -> dispute with amount",
    inv=("2/2027", "2.440,00", "05/01/2027", "04/02/2027"),
    amount="1220.00",
)

M(
    "tosi",
    "2027-01-14 17:20",
    """
Gentile Signora,
mio figlio mi chiede se mi puo fare la ricevuta per la dichiarazione dei redditi, quella per il 730. Grazie tante.
Armando Tosi
""",
    "client-reply-other",
    "asks for a receipt for his tax return (after paying)",
    thread="reply",
    tid="40/2026",
    orig=(
        "Re: Sollecito di pagamento - fattura 40/2026",
        "Gentile Sig. Tosi,\n\nle confermo che il bonifico è arrivato. Grazie e buon anno!\n\nAlessandra Rossi",
    ),
)

M(
    "dolcesud",
    "2027-01-13 09:10",
    """
Ale controllato io: il bonifico di mio marito c'era davvero 😂 ti mando la foto della contabile così stai tranquilla
Carmela
""",
    "client-reply-paid",
    "'ecco la ricevuta'-style: confirms the earlier second-hand claim, photo of the receipt attached",
    thread="reminder2",
    attach=[("IMG_20270113_090644.png", "image/png", tiny_png())],
)

M(
    "ducale",
    "2027-02-08 16:02",
    """
Gentile Fornitore,

grazie per aver contattato l'Accounts Payable del Gruppo Ducale.
La Sua richiesta è stata registrata con il numero AP-IT-2027-00231 e riceverà una risposta entro 5 giorni lavorativi.

Per verificare in autonomia lo stato delle Sue fatture può accedere al Portale Fornitori: https://fornitori.gruppoducale.com

Questo è un messaggio automatico.
""",
    "auto-reply",
    "ticket acknowledgement from the AP system",
    inv=("51/2026", "2.440,00", "04/12/2026", "03/01/2027"),
    thread="reminder2",
    quote=False,
    sig=False,
    disc=False,
    subj="[AP-IT-2027-00231] Richiesta ricevuta - Secondo sollecito – fattura 51/2026",
    headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
)

M(
    "arche",
    "2027-01-04 10:30",
    """
Ale, Valentina mi conferma che è partito il 21 pomeriggio, ma con le feste l'accredito forse è slittato. Fammi sapere se non lo vedi.

Buon anno!! 🥂
F.
""",
    "client-reply-paid",
    "confirms the transfer left on 21 Dec",
    thread="reply",
    tid="43/2026",
    sig=False,
    orig=(
        "Re: Secondo sollecito – fattura 43/2026",
        "Ciao Filippo,\n\nbuon anno! Ti risulta partito poi il bonifico?\n\nAle",
    ),
)

M(
    "pavan",
    "2027-02-22 12:15",
    """
Gentile Dott.ssa Rossi,

la fattura sarà pagata con la prossima distinta, che predisponiamo di norma a fine mese.

Cordiali saluti
""",
    "client-reply-promise",
    "'a fine mese' -> 28 Feb (hedged 'di norma')",
    inv=("4/2027", "1.220,00", "15/01/2027", "14/02/2027"),
    promised="2027-02-28",
    rule="eom",
)

M(
    "girasole",
    "2027-02-23 09:45",
    """
Gentile Dott.ssa Rossi,

controllando la fattura 10/2027 per la rendicontazione del progetto ho notato che riporta 40 cartelle, mentre il documento tradotto che ci ha consegnato ne conta 32. Potrebbe verificare? Per la Regione gli importi devono corrispondere esattamente, quindi per ora non posso pagarla.

Cordiali saluti
""",
    "client-reply-dispute",
    "quantity billed vs delivered contested",
    ref="10/2027",
    inv=("10/2027", "976,00", "20/01/2027", "19/02/2027"),
)

M(
    "farmacia",
    "2027-02-09 08:40",
    """
Fatto ieri come promesso.
Guidi
""",
    "client-reply-paid",
    "'fatto ieri' = paid (Mon 8 Feb)",
    thread="reply",
    tid="53/2026",
    sig=False,
    inv=("53/2026", "976,00", "18/12/2026", "17/01/2027"),
    subj="R: Re: Sollecito di pagamento – fattura 53/2026",
    orig=(
        "Re: Sollecito di pagamento – fattura 53/2026",
        "Gentile Dott. Guidi,\n\nle chiedo scusa per il ritardo: in allegato le 40 schede mancanti.\n\nCordiali saluti,\nAlessandra Rossi",
    ),
)

M(
    "farmacia",
    "2026-12-18 14:00",
    """
Il Dott. Paolo Guidi è assente fino al 10 gennaio 2027.
Per ordini e comunicazioni urgenti contattare la farmacia al numero 045 834 2210.
""",
    "auto-reply",
    "out-of-office",
    thread="invoice",
    inv=("53/2026", "976,00", "18/12/2026", "17/01/2027"),
    quote=False,
    sig=False,
    subj="Risposta automatica: Fattura 53/2026",
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
)

M(
    "berti",
    "2027-02-26 11:10",
    """
Gentile Dott.ssa Rossi,

la fattura corretta è stata registrata e pagata in data odierna. In allegato la contabile.

Cordiali saluti
""",
    "client-reply-paid",
    "'registrata e pagata in data odierna'",
    thread="reply",
    tid="3/2027",
    inv=("3/2027", "1.220,00", "12/01/2027", "11/02/2027"),
    orig=(
        "R: Sollecito di pagamento – fattura 3/2027",
        "Gentile Sig.ra Gatti,\n\nin allegato la fattura 5/2027 con la descrizione corretta, che sostituisce la 3/2027 (stornata con nota di credito 1/2027).\n\nCordiali saluti,\nAlessandra Rossi",
    ),
    attach=[("Contabile_26022027.pdf", "application/pdf", tiny_pdf("contabile 1.220,00"))],
)

M(
    "lombardi",
    "2027-01-18 08:20",
    """
Buongiorno.
Lo so. La pago quando mi pagano i miei clienti, come fanno tutti. Non si preoccupi che non scappo.
Lombardi
""",
    "client-reply-promise",
    "pay-when-paid, no date, curt",
    inv=("58/2026", "488,00", "15/12/2026", "14/01/2027"),
)

M(
    "mailer_it2",
    "2026-12-05 10:02",
    "",
    "bounce",
    "Italian-language DSN (mailbox full) for a reminder; Italian context",
    raw=dsn(
        frm="Mail Delivery Subsystem <mailer-daemon@mx.example.it>",
        to="alessandra@example.it",
        date=D("2026-12-05 10:02"),
        subject="Notifica di mancato recapito",
        rcpt="armando.tosi@alice.it",
        status="5.2.2",
        action="failed",
        diag="smtp; 552 5.2.2 <armando.tosi@alice.it>: casella piena / mailbox full",
        mta="mx.example.it",
        orig_from=ALE,
        orig_to="Armando Tosi <armando.tosi@alice.it>",
        orig_subj="Sollecito di pagamento – fattura 40/2026",
        orig_date=D("2026-12-05 10:01"),
        orig_id="<reminder-0601@example.it>",
        key="bounce-tosi",
        human="""
Gentile utente,

il messaggio da lei inviato non è stato recapitato al seguente destinatario:

    armando.tosi@alice.it

Motivo: la casella del destinatario è piena e non può ricevere nuovi messaggi.

Il server remoto ha risposto:
    552 5.2.2 <armando.tosi@alice.it>: casella piena / mailbox full

Il messaggio originale non è stato consegnato. Può provare a inviarlo di nuovo più tardi.

Questo è un messaggio generato automaticamente: si prega di non rispondere.
""",
    ),
)

M(
    "consorcio",
    "2027-02-16 12:30",
    """
Buenos días:

Le rogamos que en lo sucesivo presente las facturas en FACe indicando el código de unidad tramitadora correcto (LA0003512). La última factura remitida ha sido devuelta por la plataforma por este motivo y deberá presentarla de nuevo.

Atentamente,
""",
    "client-reply-other",
    "wrong DIR3 code, invoice returned: resubmission request, not a dispute",
    thread="invoice",
    inv=("2027/11", "1.452,00", "01/02/2027", "03/03/2027"),
)

M(
    "vega",
    "2026-12-18 17:05",
    """
Este buzón es exclusivamente para la recepción de facturas. Las consultas sobre el estado de sus pagos deben realizarse a través del Portal de Proveedores (https://proveedores.supervega.es).

Este mensaje se ha generado automáticamente. Su correo no será leído.
""",
    "auto-reply",
    "AP mailbox auto-reply",
    thread="invoice",
    inv=("2026/40", "2.440,00", "18/12/2026", "17/01/2027"),
    quote=False,
    sig=False,
    disc=False,
    frm=("Facturas Supermercados Vega", "facturas@supervega.es"),
    subj="Respuesta automática: Factura 2026/40",
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
)

M(
    "pedalea",
    "2027-01-14 10:05",
    """
Javi tío, en la factura pone 40 h de desarrollo a 30 €/h y habíamos cerrado precio cerrado, 1.000 + IVA. Revísala porfa, que así no te la puedo pagar 😕
""",
    "client-reply-dispute",
    "fixed price vs hourly billing: amount contested",
    inv=("2026/50", "1.452,00", "10/12/2026", "09/01/2027"),
)

M(
    "pilar",
    "2027-02-11 19:40",
    """
Hola Javier, soy Jorge otra vez. Ya está pagada, te lo hice yo ayer por Bizum al móvil que pusiste en la factura.

Un saludo,
Jorge
""",
    "client-reply-paid",
    "son writes again; paid by Bizum yesterday",
    inv=("2027/13", "121,00", "10/01/2027", "09/02/2027"),
)

M(
    "habitat",
    "2026-12-22 11:25",
    """
Hola Javier, ¡por fin! Mi socio volvió ayer y ha firmado esta mañana. Ya debería estar en camino.

Felices fiestas 🎄
Marisa
""",
    "client-reply-paid",
    "'ha firmado esta mañana ... ya debería estar en camino' = signed and sent",
    thread="reminder2",
)

M(
    "gil",
    "2026-12-28 09:15",
    """
Oye, ¿me puedes mandar un justificante de que te ha llegado el dinero? Lo pide la gestoría para cerrar el año.
""",
    "client-reply-other",
    "asks for a receipt",
    thread="reply",
    tid="2026/25b",
    orig=(
        "Re: Recordatorio de pago – factura 2026/25",
        "Recibido, Paco. Gracias y felices fiestas.\n\nJavier",
    ),
)

M(
    "losboldos",
    "2027-02-08 13:20",
    """
Hola Javier,

¿me podrías mandar la factura también en inglés? La casa matriz es británica y la piden así para aprobarla. Apenas la tenga la subo al sistema.

Saludos!
Rodrigo
""",
    "client-reply-other",
    "asks for an English copy; 'apenas la tenga la subo' is not a payment promise",
    sig=False,
    inv=("2027/14", "1.220,00", "05/01/2027", "04/02/2027"),
)

M(
    "sanz",
    "2027-02-23 10:05",
    """
Estimado Sr. Martín:

El Sr. Ortiz ha dado la conformidad a la factura rectificativa. Se incluirá en los pagos del 5 de marzo.

Reciba un cordial saludo,
Raquel Sanz
""",
    "client-reply-promise",
    "explicit date in March ('pagos del 5 de marzo')",
    thread="reply",
    tid="2027/2",
    inv=("2027/2", "1.210,00", "02/01/2027", "01/02/2027"),
    promised="2027-03-05",
    rule="abs",
    orig=(
        "RE: Recordatorio de pago – factura 2027/2",
        "Estimada Sra. Sanz:\n\nHe hablado con el Sr. Ortiz y, efectivamente, el presupuesto era de 950 € + IVA. Les adjunto la factura rectificativa.\n\nUn saludo,\nJavier Martín",
    ),
)

M(
    "raices",
    "2027-02-15 19:30",
    """
Estimado Javier:

Hemos cambiado de banco y el nuevo rechaza la transferencia porque dice que el IBAN que figura en la factura está incompleto (le faltan dos dígitos). ¿Podría confirmármelo completo?

Un saludo,
Tomás Olmo
""",
    "client-reply-other",
    "IBAN question; payment attempted but rejected",
    sig=False,
    inv=("2027/15", "605,00", "12/01/2027", "11/02/2027"),
)

M(
    "dunas",
    "2027-02-26 13:10",
    """
Estimado Sr. Martín:

Le informamos de que hoy se ha abonado el 50 % restante de la factura 2026/42 (1.220,00 €). Con ello queda totalmente saldada.

Reciba un cordial saludo
""",
    "client-reply-paid",
    "remaining half paid after the dispute",
    ref="2026/42",
    amount="1220.00",
    thread="reply",
    tid="2026/42b",
    inv=("2026/42", "2.440,00", "10/12/2026", "09/01/2027"),
    orig=(
        "RE: Recordatorio de pago – factura 2026/42",
        "Estimado Sr. Hernández:\n\nLes recuerdo que queda pendiente el 50 % restante de la factura 2026/42.\n\nAtentamente,\nJavier Martín",
    ),
)

M(
    "consorcio",
    "2026-11-16 09:01",
    """
Su mensaje ha sido recibido en el buzón del Servicio de Contabilidad.

Le recordamos que puede consultar el estado de tramitación de sus facturas electrónicas en el Punto General de Entrada de Facturas (FACe): https://face.gob.es

Este es un mensaje automático. No responda a este correo.
""",
    "auto-reply",
    "PA mailbox acknowledgement",
    quote=False,
    sig=False,
    disc=False,
    subj="Acuse de recibo: Recordatorio de pago – factura 2026/20",
    headers=["Auto-Submitted: auto-replied"],
)

M(
    "mailer_es",
    "2026-12-12 09:31",
    "",
    "bounce",
    "Spanish Exchange NDR (mailbox full) for a reminder",
    raw=dsn(
        frm="Microsoft Outlook <postmaster@speakupzaragoza.es>",
        to="javier@example.es",
        date=D("2026-12-12 09:31"),
        subject="No se puede entregar: Recordatorio de pago – factura 2026/27",
        rcpt="facturas@speakupzaragoza.es",
        status="5.2.2",
        action="failed",
        mta="AM9PR07MB7120.eurprd07.prod.outlook.com",
        diag="smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
        orig_from=JAV,
        orig_to="facturas@speakupzaragoza.es",
        orig_subj="Recordatorio de pago – factura 2026/27",
        orig_date=D("2026-12-12 09:30"),
        orig_id="<reminder-0901@example.es>",
        key="bounce-speakup",
        human="""
Error en la entrega a estos destinatarios o grupos:

facturas@speakupzaragoza.es
El buzón del destinatario está lleno y no puede aceptar mensajes ahora. Intente volver a enviar el mensaje más tarde o póngase en contacto con el destinatario directamente.

Información de diagnóstico para administradores:

Servidor de generación: AM9PR07MB7120.eurprd07.prod.outlook.com

facturas@speakupzaragoza.es
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
""",
    ),
)

M(
    "vega",
    "2027-02-17 11:40",
    """
Estimados señores:

Rechazamos la factura 2027/16 porque las tarifas aplicadas no corresponden a las del contrato marco vigente (se factura a 65 €/h en lugar de los 60 €/h pactados). Les rogamos emitan factura rectificativa conforme a contrato.

Un saludo,
""",
    "client-reply-dispute",
    "rate billed differs from the framework contract -> dispute",
    ref="2027/16",
    thread="invoice",
    inv=("2027/16", "3.146,00", "15/02/2027", "17/03/2027"),
)

# --- dev extras: system mail and odd ones
M(
    "mailer_it",
    "2026-11-05 16:44",
    "",
    "bounce",
    "Postfix DSN in English for an Italian reminder sent to a mistyped domain (pixelpasta.it); language = context of the original",
    raw=dsn(
        frm="MAILER-DAEMON@smtp.example.it (Mail Delivery System)",
        to="alessandra@example.it",
        date=D("2026-11-05 16:44"),
        subject="Undelivered Mail Returned to Sender",
        rcpt="amministrazione@pixelpasta.it",
        status="5.4.4",
        action="failed",
        diag="X-Postfix; Host or domain name not found. Name service error for name=pixelpasta.it type=A: Host not found",
        mta="smtp.example.it",
        orig_from=ALE,
        orig_to="amministrazione@pixelpasta.it",
        orig_subj="Sollecito di pagamento – fattura 29/2026",
        orig_date=D("2026-11-05 16:44"),
        orig_id="<reminder-0602@example.it>",
        key="bounce-pixel",
        human="""
This is the mail system at host smtp.example.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<amministrazione@pixelpasta.it>: Host or domain name not found. Name service
    error for name=pixelpasta.it type=A: Host not found
""",
    ),
)

M(
    "mailer_it",
    "2027-02-12 09:06",
    "",
    "bounce",
    "Italian-language bounce (user unknown) for a reminder to an old address",
    raw=dsn(
        frm="Mail Delivery System <MAILER-DAEMON@smtp.example.it>",
        to="alessandra@example.it",
        date=D("2027-02-12 09:06"),
        subject="Messaggio non recapitato: Sollecito di pagamento – fattura 9/2027",
        rcpt="amministrazione@studiovalli.it",
        status="5.1.1",
        action="failed",
        mta="smtp.example.it",
        diag="smtp; 550 5.1.1 <amministrazione@studiovalli.it>: Recipient address rejected: User unknown in virtual mailbox table",
        orig_from=ALE,
        orig_to="amministrazione@studiovalli.it",
        orig_subj="Sollecito di pagamento – fattura 9/2027",
        orig_date=D("2027-02-12 09:05"),
        orig_id="<reminder-0603@example.it>",
        key="bounce-valli",
        human="""
Il messaggio non è stato recapitato ai seguenti destinatari:

amministrazione@studiovalli.it
    L'indirizzo del destinatario non esiste (utente sconosciuto).
    Risposta del server remoto: 550 5.1.1 <amministrazione@studiovalli.it>: Recipient address rejected: User unknown in virtual mailbox table

Verifichi l'indirizzo e riprovi. Questo è un messaggio generato automaticamente, non rispondere.
""",
    ),
)

M(
    "banca_it",
    "2026-11-23 07:12",
    """
Gentile Cliente,

ti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico SEPA.

Ordinante:        NUVOLARIA SRL
Importo:          1.220,00 EUR
Data contabile:   23/11/2026
Data valuta:      23/11/2026
Causale:          SALDO FATTURA 33 2026 ROSSI ALESSANDRA

Per maggiori dettagli accedi alla tua area riservata.

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Banca Esempio S.p.A.
""",
    "payment-notification",
    "bank credit notice; reference taken from the payer's remittance text ('FATTURA 33 2026')",
    thread="none",
    subj="Accredito bonifico sul tuo conto",
    amount="1220.00",
    ref="33/2026",
    headers=["Auto-Submitted: auto-generated"],
)

M(
    "bitfarm",
    "2026-12-01 08:00",
    """
Gentile Cliente,

in allegato trasmettiamo copia di cortesia della fattura elettronica n. FE/2026/118 del 01/12/2026, già inviata tramite Sistema di Interscambio.

Descrizione: Hosting e manutenzione sito alessandrarossi.it – canone 2027
Importo totale: 292,80 EUR
Scadenza: 31/12/2026
Modalità di pagamento: bonifico bancario – IBAN IT02 L030 6912 3451 0000 0004 321

Cordiali saluti
Bitfarm srl – Amministrazione
""",
    "invoice",
    "the client (web agency) bills the freelancer for hosting: an incoming invoice, not a reply; amount is due, not paid/promised -> no amount",
    thread="none",
    cl="plain",
    sig=False,
    frm=("Bitfarm srl - Amministrazione", "amministrazione@bitfarm.it"),
    subj="Invio fattura n. FE/2026/118 - Bitfarm srl",
    attach=[("FE_2026_118.pdf", "application/pdf", tiny_pdf("fattura FE/2026/118"))],
)

M(
    "phish",
    "2027-01-21 03:14",
    """
Gentile Cliente,

abbiamo rilevato un'anomalia nella verifica della casella PEC associata alla Sua partita IVA. Per evitare la sospensione del servizio entro 48 ore è necessario confermare i dati di fatturazione e il pagamento del rinnovo di € 29,90.

CONFERMA ORA

Cordiali saluti,
Servizio Clienti Aruba PEC
""",
    "other",
    "phishing mail mentioning a payment; not client correspondence",
    thread="none",
    sig=False,
    subj="Avviso urgente: la Sua casella PEC verrà sospesa",
)

M(
    "nuvolaria",
    "2027-02-27 10:40",
    """
ecco la ricevuta 👇 scusa ancora per i ritardi di quest'inverno, da marzo si cambia musica (giuro)
""",
    "client-reply-paid",
    "'ecco la ricevuta' + screenshot, no payment verb",
    thread="reply",
    tid="6/2027",
    sig=False,
    inv=("6/2027", "1.220,00", "20/01/2027", "19/02/2027"),
    orig=("Re: Sollecito di pagamento – fattura 6/2027", "Ciao Luca, tutto ok per ieri?\n\nAle"),
    attach=[("Screenshot 2027-02-27 alle 10.38.51.png", "image/png", tiny_png())],
)

M(
    "gelso",
    "2026-12-16 12:20",
    """
Ciao Ale,

una domanda veloce: l'amministrazione mi ha rimandato indietro la tua fattura perché è intestata a me e non a Edizioni del Gelso srl. Me la puoi rifare intestata alla casa editrice? (P.IVA 04455660487)

Grazie!
Chiara
""",
    "client-reply-other",
    "wrong addressee on the invoice: reissue request, debt not contested -> other",
    thread="invoice",
    inv=("60/2026", "1.220,00", "15/12/2026", "14/01/2027"),
)

# ---------------------------------------------------------------- batch 8
M(
    "osteria",
    "2027-02-01 11:50",
    """
ok ci siamo chiariti al telefono, hai ragione tu, l'iva ci va. la prossima settimana te la sistemo
davide
""",
    "client-reply-promise",
    "dispute withdrawn; 'la prossima settimana' is vague -> no date",
    inv=("57/2026", "610,00", "28/12/2026", "27/01/2027"),
)

M(
    "miramonti",
    "2026-12-28 18:30",
    """
Gentile Signora Rossi,

a fine mese ve la saldiamo, adesso siamo in piena stagione e mio marito non ha un minuto.

Cordiali saluti
Elisa Kofler
""",
    "client-reply-promise",
    "'a fine mese ve la saldiamo' -> 31 Dec",
    inv=("65/2026", "610,00", "20/11/2026", "20/12/2026"),
    promised="2026-12-31",
    rule="eom",
    sig=False,
)

M(
    "gelso",
    "2026-11-24 10:05",
    """
Ciao Ale,

Roberta mi dice che la fattura è stata liquidata il 20 insieme alle altre dei collaboratori. Se non la vedi fammi sapere che ti giro la contabile.

Chiara
""",
    "client-reply-paid",
    "business usage: 'la fattura è stata liquidata il 20' = paid (unlike the PA sense of liquidazione)",
    thread="reminder2",
    sig=False,
)

M(
    "albatros",
    "2027-01-27 12:40",
    """
Hola, Javier:

Todavía no, lo siento. Administración dice que salen el viernes con el resto de colaboradores.

Bea
""",
    "client-reply-promise",
    "'todavía no' + 'el viernes' from Wed 27 Jan -> 29 Jan",
    thread="reminder2",
    sig=False,
    inv=("2026/47", "1.220,00", "10/12/2026", "09/01/2027"),
    promised="2027-01-29",
    rule="next:fri",
)

M(
    "iglesias",
    "2027-01-30 11:15",
    """
Muy Sr. mío:

Recibo su recordatorio. La semana que viene, cuando baje al banco, le haré efectivo el importe de la factura.

Atentamente,

Ramón Iglesias Varela
""",
    "client-reply-promise",
    "'la semana que viene' vague -> no date",
    inv=("2026/36", "121,00", "30/12/2026", "29/01/2027"),
)

M(
    "gestoria_mr",
    "2026-12-22 09:20",
    """
Buenos días, Sr. Llorca:

Le reenvío el recordatorio que nos ha mandado el proveedor de la web (pongo a Javier en copia). Esta factura no nos consta en la documentación que nos pasó en noviembre; ¿nos la puede enviar para incluirla en la remesa de enero?

Un saludo,
Amparo
""",
    "client-reply-other",
    "forward ('RV:') addressed to the end client with the freelancer in Cc; no In-Reply-To; no statement to the freelancer about payment",
    inv=("2026/31", "1.220,00", "20/11/2026", "20/12/2026"),
    no_irt=True,
    subj="RV: Recordatorio de pago – factura 2026/31",
    to=[("Vicente Llorca - Ópticas Turia", "administracion@opticasturia.es")],
    cc=[("Javier Martín", "javier@example.es")],
)

M(
    "girasole",
    "2027-01-29 12:10",
    """
Gentile Dott.ssa Rossi,

Le comunico che il CdA ha approvato e liquidato la Sua fattura; il bonifico partirà con il primo giro utile dopo l'arrivo del contributo regionale, che ci dicono imminente.

Cordiali saluti
""",
    "client-reply-promise",
    "trap: 'liquidato' here means approved (transfer explicitly still to come) -> promise without date",
)

M(
    "pedalea",
    "2027-02-24 09:30",
    """
Todavía no, Javi 😅 lo de ENISA se ha retrasado. Te hago la mitad esta semana (302,50) y el resto en marzo, ¿te vale?
""",
    "client-reply-promise",
    "'todavía no' + partial promise: half (302,50) 'esta semana' (vague), rest in March",
    thread="reminder2",
    inv=("2027/5", "605,00", "15/01/2027", "14/02/2027"),
    amount="302.50",
)

M(
    "raices",
    "2027-02-18 10:25",
    """
Estimado Javier:

Gracias. Con el IBAN completo ya ha salido sin problemas. Le adjunto el justificante.

Un saludo,
Tomás
""",
    "client-reply-paid",
    "'ya ha salido' = paid",
    thread="reply",
    tid="2027/15",
    sig=False,
    inv=("2027/15", "605,00", "12/01/2027", "11/02/2027"),
    orig=(
        "Re: Recordatorio de pago – factura 2027/15",
        "Estimado Tomás:\n\nEl IBAN completo es ES91 2100 0418 4502 0005 1332.\n\nUn saludo,\nJavier",
    ),
    attach=[("justificante.pdf", "application/pdf", tiny_pdf("transferencia 605,00"))],
)

# === END OF MESSAGES ===

if __name__ == "__main__":
    build()
