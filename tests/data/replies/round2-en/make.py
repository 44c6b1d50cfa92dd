#!/usr/bin/env python3
"""make.py -- round-2 English client replies + it/es/en machine mail for mailduns.

Independent writer.  Python 3.11, stdlib only.  Run:  python3 make.py
Writes r2e-NNNN.eml (one per message, in the order they are declared below)
and labels.toml, then re-parses everything as a sanity check.

Every message body below is written by hand; only the MIME plumbing, the
quoted originals (what Alessandra sent) and the per-brand HTML skeletons are
shared.
"""

import base64
import datetime as dt
import email
import email.policy
import email.utils
import glob
import hashlib
import html as H
import json
import os
import quopri
import re
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ME_NAME, ME_ADDR = "Alessandra Rossi", "alessandra@example.it"
ME = f"{ME_NAME} <{ME_ADDR}>"
MSGS = []  # (raw bytes, labels dict)
BRAND_SPLIT = {}  # persona / brand key -> split, to enforce "one split per brand"


def h8(*parts, n=8):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- headers
def _q_tokens(s, charset):
    out = []
    for c in s.encode(charset):
        if c == 32:
            out.append("_")
        elif 48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c in b"!*+-/":
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(s, charset="utf-8", mode="Q"):
    """RFC 2047 encoded-words, folded with CRLF-less LF + space."""
    words = []
    if mode == "B":
        chunk = ""
        for ch in s:
            if len((chunk + ch).encode(charset)) > 42:
                words.append(chunk)
                chunk = ""
            chunk += ch
        if chunk:
            words.append(chunk)
        return "\n ".join(f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words)
    cur = ""
    for ch in s:
        t = _q_tokens(ch, charset)
        if len(cur) + len(t) > 56:
            words.append(cur)
            cur = ""
        cur += t
    if cur:
        words.append(cur)
    return "\n ".join(f"=?{charset}?Q?{w}?=" for w in words)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_subject(s, mode="B"):
    if is_ascii(s):
        return s
    if mode in ("B", "Q"):
        return ew(s, "utf-8", mode)
    if mode in ("OQ", "OQU"):  # Outlook style: ascii head kept, tail encoded
        cs = "windows-1252" if mode == "OQ" else "utf-8"
        i = next(k for k, c in enumerate(s) if ord(c) > 127)
        j = s.rfind(" ", 0, i) + 1
        head, tail = s[:j], s[j:]
        try:
            tail.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return head + ew(tail, cs, "Q")
    if mode == "L1":
        return ew(s, "iso-8859-1", "Q")
    raise ValueError(mode)


def addr(name, mail, charset="utf-8", mode=None):
    if not name:
        return mail
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    mode = mode or ("B" if charset == "utf-8" else "Q")
    return f"{ew(name, charset, mode)} <{mail}>"


# ---------------------------------------------------------------- MIME
def text(sub, content, charset="utf-8", cte="quoted-printable", params="", disp=None, extra=()):
    if not content.endswith("\n"):
        content += "\n"
    return {
        "t": "leaf",
        "ctype": f"text/{sub}",
        "text": content,
        "charset": charset,
        "cte": cte,
        "params": params,
        "disp": disp,
        "extra": list(extra),
    }


def binary(ctype, data, filename=None, disp="attachment", cid=None, params="", extra=()):
    ex = list(extra)
    if cid:
        ex.append(f"Content-ID: <{cid}>")
    if filename and not params:
        params = f'; name="{filename}"'
    d = None
    if disp:
        d = f'{disp}; filename="{filename}"' if filename else disp
    return {
        "t": "leaf",
        "ctype": ctype,
        "data": data,
        "cte": "base64",
        "params": params,
        "disp": d,
        "extra": ex,
    }


def leaf(ctype, data, cte="7bit", params="", disp=None, extra=()):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data.endswith(b"\n"):
        data += b"\n"
    return {
        "t": "leaf",
        "ctype": ctype,
        "data": data,
        "cte": cte,
        "params": params,
        "disp": disp,
        "extra": list(extra),
    }


def multi(sub, parts, bstyle="plain", params="", preamble=None):
    return {
        "t": "multi",
        "sub": sub,
        "parts": parts,
        "bstyle": bstyle,
        "params": params,
        "preamble": preamble,
    }


_BC = [0]


def boundary(style):
    _BC[0] += 1
    k = h8("boundary", _BC[0], n=32)
    if style == "gmail":
        return "000000000000" + k[:16]
    if style == "outlook":
        return f"_{_BC[0]:03d}_{k[:20].upper()}_"
    if style == "apple":
        return f"Apple-Mail={k[:8].upper()}-{k[8:12].upper()}-{k[12:16].upper()}-{k[16:20].upper()}-{k[20:32].upper()}"
    if style == "java":
        return f"----=_Part_{int(k[:5], 16)}_{int(k[5:12], 16)}.{int(k[12:20], 16)}"
    if style == "tb":
        return f"------------{k[:24]}"
    return f"=_{k[:28]}"


def render(part):
    if part["t"] == "leaf":
        hl = []
        if "text" in part:
            cs = part["charset"]
            raw = part["text"].encode(cs)
            hl.append(f'Content-Type: {part["ctype"]}; charset="{cs}"{part["params"]}')
        else:
            raw = part["data"]
            hl.append(f"Content-Type: {part['ctype']}{part['params']}")
        cte = part["cte"]
        if cte == "quoted-printable":
            body = quopri.encodestring(raw)
        elif cte == "base64":
            body = base64.encodebytes(raw)
        else:
            if cte == "7bit":
                raw.decode("ascii")
            body = raw
        hl.append(f"Content-Transfer-Encoding: {cte}")
        if part["disp"]:
            hl.append(f"Content-Disposition: {part['disp']}")
        hl.extend(part["extra"])
        if not body.endswith(b"\n"):
            body += b"\n"
        return hl, body
    b = boundary(part["bstyle"])
    hl = [f'Content-Type: multipart/{part["sub"]};\n\tboundary="{b}"{part["params"]}']
    out = b""
    if part["preamble"]:
        out += part["preamble"].encode() + b"\n\n"
    for sp in part["parts"]:
        shl, sbody = render(sp)
        out += f"--{b}\n".encode() + "\n".join(shl).encode("ascii") + b"\n\n" + sbody + b"\n"
    out += f"--{b}--\n".encode()
    return hl, out


def assemble(headers, part):
    hl, body = render(part)
    keys = {k.lower() for k, _ in headers}
    lines = [f"{k}: {v}" for k, v in headers]
    if "mime-version" not in keys:
        lines.append("MIME-Version: 1.0")
    lines += hl
    head = "\n".join(lines) + "\n\n"
    return head.encode("ascii") + body


def fake_pdf(title, lines):
    content = (
        "BT /F1 11 Tf 50 780 Td (" + title + ") Tj " + " ".join(f"0 -16 Td ({l}) Tj" for l in lines) + " ET"
    )
    return (
        "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        f"4 0 obj<</Length {len(content)}>>stream\n{content}\nendstream endobj\n"
        "trailer<</Root 1 0 R>>\n%%EOF\n"
    ).encode("latin-1", "replace")


PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


# ---------------------------------------------------------------- dates
EN_D = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_M = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DE_D = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_M = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
SV_M = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
NL_D = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_M = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
FR_D = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_M = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
DA_D = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
DA_M = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]
NO_M = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]
ES_D = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_M = [
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
PT_D = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
PT_M = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]

ROME = dt.timezone(dt.timedelta(hours=1))


def h12(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def outlook_sent(loc, d, seconds=False):
    wd, m, hm = d.weekday(), d.month - 1, f"{d.hour:02d}:{d.minute:02d}"
    if loc in ("us", "in"):
        t = h12(d)
        if seconds:
            t = t.replace(" ", f":{d.second:02d} ")
        return f"{EN_D[wd]}, {EN_M[m]} {d.day}, {d.year} {t}"
    if loc == "au":
        return f"{EN_D[wd]}, {d.day} {EN_M[m]} {d.year} {h12(d).lower()}"
    if loc == "de":
        return f"{DE_D[wd]}, {d.day}. {DE_M[m]} {d.year} {hm}"
    if loc == "sv":
        return f"den {d.day} {SV_M[m]} {d.year} {hm}"
    if loc == "nl":
        return f"{NL_D[wd]} {d.day} {NL_M[m]} {d.year} {hm}"
    if loc == "fr":
        return f"{FR_D[wd]} {d.day} {FR_M[m]} {d.year} {hm}"
    if loc == "da":
        return f"{DA_D[wd]} den {d.day}. {DA_M[m]} {d.year} {d.hour:02d}.{d.minute:02d}"
    if loc == "no":
        return f"{DA_D[wd]} {d.day}. {NO_M[m]} {d.year} {hm}"
    if loc == "es":
        return f"{ES_D[wd]}, {d.day} de {ES_M[m]} de {d.year} {hm}"
    if loc == "pt":
        return f"{PT_D[wd]}, {d.day} de {PT_M[m]} de {d.year} {hm}"
    return f"{d.day:02d} {EN_M[m]} {d.year} {hm}"  # uk / ie (new Outlook)


OL_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "no": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pt": ("De", "Enviado", "Para", "Cc", "Assunto"),
}


def gmail_attr(loc, d):
    mon3 = EN_M[d.month - 1][:3]
    dd3 = EN_D[d.weekday()][:3]
    if loc in ("us", "in"):
        return f"On {dd3}, {mon3} {d.day}, {d.year} at {h12(d)} {ME_NAME} <{ME_ADDR}> wrote:"
    if loc == "de":
        return (
            f"Am {DE_D[d.weekday()][:2]}., {d.day}. {DE_M[d.month - 1][:3]}. {d.year} um "
            f"{d.hour:02d}:{d.minute:02d} Uhr schrieb {ME_NAME} <{ME_ADDR}>:"
        )
    return f"On {dd3}, {d.day} {mon3} {d.year} at {d.hour:02d}:{d.minute:02d}, {ME_NAME} <{ME_ADDR}> wrote:"


def apple_attr(loc, d, with_addr=True):
    who = f"{ME_NAME} <{ME_ADDR}>" if with_addr else ME_NAME
    mon3 = EN_M[d.month - 1][:3]
    if loc in ("us", "in"):
        return f"On {mon3} {d.day}, {d.year}, at {h12(d)}, {who} wrote:"
    if loc == "de":
        return f"Am {d.day:02d}.{d.month:02d}.{d.year} um {d.hour:02d}:{d.minute:02d} schrieb {who}:"
    return f"On {d.day} {mon3} {d.year}, at {d.hour:02d}:{d.minute:02d}, {who} wrote:"


def tb_attr(loc, d):
    if loc in ("us", "in"):
        return f"On {d.month}/{d.day}/{d.year % 100} {h12(d)}, {ME_NAME} wrote:"
    return f"On {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}, {ME_NAME} wrote:"


def gmt_off(d):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"GMT{sign}{mins // 60:02d}:{mins % 60:02d}"


def parse_date(s):
    return email.utils.parsedate_to_datetime(s)


# ---------------------------------------------------------------- originals (what Alessandra sent)
PAYDETAILS = """IBAN: IT60 X054 2811 1010 0000 0123 456
BIC: BPMOITM1XXX
Bank: Banco BPM, Milano"""

SIGN = """Alessandra Rossi
Freelance translator & localisation consultant
P.IVA 01234567890 · +39 347 123 4567"""

ORIG = {
    "r12": (
        "Payment reminder – invoice 12/2026",
        """Dear {first},

I hope all is well. This is a friendly reminder that invoice 12/2026 for €1,220.00, issued on 30 September 2026 with 30-day terms, is now past due.

Payment details:
{pay}
Reference: 12/2026

If payment has already been made, please disregard this message — and thank you!

Kind regards,
{sign}""",
    ),
    "r12b": (
        "Payment reminder – invoice 12/2026",
        """Dear {first},

I'm following up on my earlier reminder: invoice 12/2026 (€1,220.00, due 30 October 2026) still shows as unpaid on my side.

Could you let me know when I can expect the payment? The bank details are on the invoice and below for convenience:
{pay}

Many thanks,
{sign}""",
    ),
    "r42": (
        "Payment reminder – invoice INV-2026-042",
        """Dear {first},

Just a quick reminder that invoice INV-2026-042 for €3,050.00 (61 hours, project phase 2) was due on 2 December 2026 and I haven't yet received payment.

Bank details:
{pay}
Reference: INV-2026-042

If it's already on its way, please ignore this email.

Best wishes,
{sign}""",
    ),
    "i12": (
        "Invoice 12/2026",
        """Dear {first},

Please find attached invoice 12/2026 for the September localisation work, for a total of €1,220.00.

Payment terms are 30 days from the invoice date, by bank transfer to:
{pay}

Thank you again for the project — it was a pleasure.

Best regards,
{sign}""",
    ),
    "i42": (
        "Invoice INV-2026-042",
        """Hi {first},

Attached is invoice INV-2026-042 for phase 2 (61 hours at €50/h, €3,050.00), payable within 30 days.

{pay}

Let me know if you need a PO number on it or anything else for your records.

Best,
{sign}""",
    ),
}
FIXED_ORIG_DATE = {
    "i12": dt.datetime(2026, 9, 30, 10, 2, 41, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    "i42": dt.datetime(2026, 11, 2, 11, 20, 5, tzinfo=ROME),
}


def orig_text(key, first):
    subj, body = ORIG[key]
    return subj, body.format(first=first, pay=PAYDETAILS, sign=SIGN)


def orig_date(key, d, qdays, seed):
    if key in FIXED_ORIG_DATE:
        return FIXED_ORIG_DATE[key]
    n = qdays if qdays is not None else 1 + int(h8(seed), 16) % 4
    day = (d.astimezone(dt.timezone.utc) - dt.timedelta(days=n)).date()
    if day.weekday() >= 5 and day - dt.timedelta(days=day.weekday() - 4) >= dt.date(2026, 11, 2):
        day -= dt.timedelta(days=day.weekday() - 4)  # Alessandra sends reminders on weekdays
    m = int(h8(seed, "m"), 16) % 50
    od = dt.datetime(
        day.year, day.month, day.day, 8, 5 + m, int(h8(seed, "s"), 16) % 60, tzinfo=dt.timezone.utc
    )
    if key == "r42":
        assert od.date() >= dt.date(2026, 12, 3), ("r42 reminder before due date", d)
    return od.astimezone(ROME)


# ---------------------------------------------------------------- personas
P = {}


def persona(key, **kw):
    kw.setdefault("sig", None)
    kw.setdefault("disclaimer", None)
    kw.setdefault("disc_pos", "sig")
    kw.setdefault("charset", "utf-8")
    kw.setdefault("owa", False)
    kw.setdefault("sig_table", None)
    kw.setdefault("first", kw["name"].split()[0])
    kw.setdefault("headers", [])
    P[key] = kw


def quote_gt(t):
    return "\n".join(">" if not l else "> " + l for l in t.split("\n"))


def gmail_divs(t):
    out = []
    for l in t.split("\n"):
        out.append("<div><br></div>" if not l.strip() else f"<div>{H.escape(l, quote=False)}</div>")
    return "".join(out)


def mso(t):
    out = []
    for l in t.split("\n"):
        if not l.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{H.escape(l, quote=False)}<o:p></o:p></p>')
    return "\n".join(out)


def br(t):
    return "<br>\n".join(H.escape(l, quote=False) for l in t.split("\n"))


def sig_table_html(p):
    name, *rest = p["sig_table"]
    color = p.get("brand_color", "#1f3864")
    rows = "<br>".join(H.escape(r) for r in rest)
    return (
        f'<table cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:9pt;color:#444">'
        f'<tr><td style="padding-right:12px;border-right:2px solid {color}" valign="top">'
        f'<img src="cid:logo001.png@01DB" width="72" height="72" alt="{H.escape(p["org"])}"></td>'
        f'<td style="padding-left:12px" valign="top"><b style="color:{color};font-size:10pt">{H.escape(name)}</b><br>{rows}</td></tr></table>'
    )


def msgid(style, p, date):
    k = h8(p["email"], date, n=40)
    dom = p["email"].split("@")[1]
    if style.startswith("gmail") or dom == "gmail.com":
        return f"<CA{k[:6].upper()}{k[6:30]}+{k[30:36]}=Aw@mail.gmail.com>"
    if style in ("outlook", "orig", "outlook_android", "outlook_ios"):
        pre = ["AM6", "DB9", "PA4", "VI1", "GV1", "LO2", "AS8", "DU0", "PAXP193"][int(k[0], 16) % 9]
        host = f"{pre}PR0{int(k[1], 16) % 9 + 1}MB{int(k[2:6], 16) % 9000 + 1000}"
        region = {"us": "namprd", "au": "ausprd", "in": "indprd"}.get(p["loc"], "eurprd")
        return f"<{host}{k[6:38].upper()}@{host}.{region}0{int(k[38], 16) % 9 + 1}.prod.outlook.com>"
    if style in ("iphone", "apple_html"):
        return f"<{k[:8].upper()}-{k[8:12].upper()}-{k[12:16].upper()}-{k[16:20].upper()}-{k[20:32].upper()}@{dom}>"
    if style in ("thunderbird", "tb_bottom"):
        return f"<{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:20]}-{k[20:32]}@{dom}>"
    return f"<{k[:20]}.{k[20:30]}@{dom}>"


def reply(
    pk,
    date,
    subject,
    body,
    labels,
    *,
    style=None,
    orig="r12",
    n=None,
    attach=(),
    senc=None,
    to=None,
    cc=None,
    qdays=None,
    sig=True,
    extra=(),
    lang="en",
    custom_html=None,
):
    p = P[pk]
    style = style or p["style"]
    d = parse_date(date)
    seed = (pk, date)
    od = orig_date(orig, d, qdays, seed).astimezone(d.tzinfo)
    assert od < d, (pk, date)
    osubj, otext = orig_text(orig, p["first"])
    loc = p["loc"]
    olang = p.get("olang", "en")
    sigtxt = p["sig"] if sig else None
    if sig and isinstance(sig, str):
        sigtxt = sig
    new = body.strip("\n")
    if sigtxt:
        new += "\n\n" + sigtxt
    if p["disclaimer"] and p["disc_pos"] == "sig":
        new += "\n\n" + p["disclaimer"]
    tail = ("\n\n" + p["disclaimer"]) if p["disclaimer"] and p["disc_pos"] == "bottom" else ""
    to_hdr = to or ME
    rcpt_line = f"{p['name']} <{p['email']}>"
    charset = "utf-8" if style in ("outlook_android", "outlook_ios") else p["charset"]
    parts_html = None
    related = False

    if style in ("gmail", "gmail_html"):
        attr = gmail_attr(loc, od)
        plain = f"{new}\n\n{attr}\n\n{quote_gt(otext)}\n"
        if p["sig_table"] and sig:
            sig_h = sig_table_html(p)
            related = True
            new_h = (
                gmail_divs(body.strip("\n"))
                + '<div><br></div>-- <br><div dir="ltr" class="gmail_signature">'
                + sig_h
                + "</div>"
            )
        else:
            new_h = gmail_divs(new)
        html_ = (
            f'<div dir="ltr">{new_h}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{H.escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{gmail_divs(otext)}</blockquote></div>'
            + (f"<div><br></div>{gmail_divs(tail.strip())}" if tail else "")
        )
        plain += tail
        if style == "gmail":
            part = multi(
                "alternative", [text("plain", plain, "UTF-8"), text("html", html_, "UTF-8")], "gmail"
            )
        else:
            part = text("html", html_, "UTF-8")
        if related:
            hp = part if style == "gmail_html" else part["parts"][1]
            rel = multi(
                "related",
                [hp, binary("image/png", PNG_1PX, "logo001.png", "inline", "logo001.png@01DB")],
                "gmail",
            )
            part = rel if style == "gmail_html" else multi("alternative", [part["parts"][0], rel], "gmail")
        mua = []
    elif style in ("outlook", "orig", "outlook_android", "outlook_ios"):
        L = OL_LABELS[olang]
        sep = " : " if olang == "fr" else ": "
        sent = outlook_sent(loc, od, seconds=style.startswith("outlook_"))
        if style == "orig":
            blk = (
                f"-----Original Message-----\n{L[0]}{sep}{ME_NAME} [mailto:{ME_ADDR}]\n{L[1]}{sep}{sent}\n"
                f"{L[2]}{sep}{p['name']}\n{L[4]}{sep}{osubj}\n\n{otext}"
            )
            plain = f"{new}\n\n{blk}{tail}\n"
            part = text("plain", plain, charset, "quoted-printable")
            if not _enc_ok(plain, charset):
                part = text("plain", plain, _fallback_cs(plain, charset), "quoted-printable")
        else:
            pre = ""
            if style == "outlook_android":
                pre = "Get Outlook for Android<https://aka.ms/AAb9ysg>\n"
            elif style == "outlook_ios":
                pre = "Get Outlook for iOS<https://aka.ms/o0ukef>\n"
            bar = "________________________________\n" if (p["owa"] or pre) else ""
            hdr = f"{L[0]}{sep}{ME_NAME} <{ME_ADDR}>\n{L[1]}{sep}{sent}\n{L[2]}{sep}{rcpt_line}\n"
            if cc:
                hdr += f"{L[3]}{sep}{cc}\n"
            hdr += f"{L[4]}{sep}{osubj}\n"
            plain = f"{new}\n\n{pre}{bar}{hdr}\n{otext}{tail}\n"
            cs = charset if _enc_ok(plain, charset) else _fallback_cs(plain, charset)
            if p["sig_table"] and sig:
                sig_h = sig_table_html(p)
                related = True
                new_h = mso(body.strip("\n")) + "\n" + mso("") + "\n" + sig_h
                if p["disclaimer"] and p["disc_pos"] == "sig":
                    new_h += f'<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">{br(p["disclaimer"])}</span></p>'
            else:
                new_h = mso(new)
            hrows = (
                f"<b>{L[0]}:</b> {H.escape(ME_NAME)} &lt;{ME_ADDR}&gt; <br><b>{L[1]}:</b> {H.escape(sent)}<br>"
                f"<b>{L[2]}:</b> {H.escape(rcpt_line)}<br>"
            )
            if cc:
                hrows += f"<b>{L[3]}:</b> {H.escape(cc)}<br>"
            hrows += f"<b>{L[4]}:</b> {H.escape(osubj)}"
            html_ = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle20 {{mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}}
--></style>
</head>
<body lang="{p.get("html_lang", "EN-GB")}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{new_h}
{mso("")}
{mso(pre.split("<")[0]) if pre else ""}
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal">{hrows}<o:p></o:p></p>
</div>
{mso("")}
{mso(otext)}
{mso(tail.strip()) if tail else ""}
</div>
</body>
</html>"""
            tp = text("plain", plain, cs)
            hp = text("html", html_, cs)
            if related:
                hp = multi(
                    "related",
                    [hp, binary("image/png", PNG_1PX, "image001.png", "inline", "logo001.png@01DB")],
                    "outlook",
                    params='; type="text/html"',
                )
            part = multi("alternative", [tp, hp], "outlook")
        mua = [
            ("Thread-Topic", enc_subject(osubj, "OQ")),
            ("Thread-Index", base64.b64encode(bytes.fromhex(h8(pk, date, n=44))).decode()),
            ("Accept-Language", p.get("accept_lang", "en-GB, en-US")),
            ("Content-Language", p.get("content_lang", "en-GB")),
            ("X-MS-Has-Attach", "yes" if attach else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
        if style == "orig":
            mua = [
                ("X-Mailer", "Microsoft Outlook 14.0"),
                ("Thread-Index", mua[1][1]),
                ("Content-Language", p.get("content_lang", "en-us")),
            ]
    elif style == "iphone":
        attr = apple_attr(loc, od)
        plain = f"{new}\n\n{p.get('device_footer', 'Sent from my iPhone')}\n\n> {attr}\n> \n{quote_gt(otext)}{tail}\n"
        part = text("plain", plain, "utf-8")
        mua = [("X-Mailer", "iPhone Mail (22B91)")]
    elif style == "apple_html":
        attr = apple_attr(loc, od)
        foot = p.get("device_footer")
        html_ = (
            f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f"{gmail_divs(new)}"
            + (f"<div><br></div><div>{H.escape(foot)}</div>" if foot else "")
            + f'<div><br><blockquote type="cite"><div>{H.escape(attr)}</div><br class="Apple-interchange-newline">'
            f"<div><div>{gmail_divs(otext)}</div></div></blockquote></div><br>"
            + (gmail_divs(tail.strip()) if tail else "")
            + "</body></html>"
        )
        part = text("html", html_, "utf-8")
        mua = [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    elif style == "samsung":
        dline = f"{od.day:02d}/{od.month:02d}/{od.year} {od.hour:02d}:{od.minute:02d} ({gmt_off(od)}) "
        foot = p.get("device_footer", "Sent from my Galaxy")
        blk = (
            f"-------- Original message --------\nFrom: {ME_NAME} <{ME_ADDR}> \nDate: {dline}\n"
            f"To: {rcpt_line} \nSubject: {osubj} \n\n{otext}"
        )
        plain = f"{new}\n\n\n\n{foot}\n\n\n{blk}{tail}\n"
        html_ = (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            f'<div dir="auto">{br(new)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
            f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{H.escape(foot)}</div></div>'
            f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
            f"<div>-------- Original message --------</div><div>From: {H.escape(ME_NAME)} &lt;{ME_ADDR}&gt; </div>"
            f"<div>Date: {H.escape(dline)}</div><div>To: {H.escape(rcpt_line)} </div><div>Subject: {H.escape(osubj)} </div>"
            f"<div><br></div></div>{br(otext)}{br(tail) if tail else ''}</body></html>"
        )
        part = multi(
            "alternative",
            [text("plain", plain, "utf-8", "base64"), text("html", html_, "utf-8", "base64")],
            "java",
        )
        mua = []
    elif style in ("thunderbird", "tb_bottom"):
        attr = tb_attr(loc, od)
        if style == "thunderbird":
            plain = f"{new}\n\n{attr}\n{quote_gt(otext)}{tail}\n"
        else:
            plain = f"{attr}\n{quote_gt(otext)}\n\n{new}{tail}\n"
        part = text("plain", plain, "UTF-8", "8bit", params="; format=flowed")
        mua = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")]
    elif style == "none":
        plain = new + tail + "\n"
        part = text("plain", plain, charset if _enc_ok(plain, charset) else _fallback_cs(plain, charset))
        mua = []
    elif style == "custom":
        plain = body
        part = text("plain", plain, charset if _enc_ok(plain, charset) else _fallback_cs(plain, charset))
        if custom_html:
            part = multi("alternative", [part, text("html", custom_html, "utf-8")], "plain")
        mua = []
    else:
        raise ValueError(style)

    if attach:
        atts = [binary(ct, data, fn) for fn, ct, data in attach]
        part = multi("mixed", [part] + atts, "outlook" if style in ("outlook", "orig") else "plain")

    if senc is None:
        senc = {
            "outlook": "OQ",
            "orig": "OQ",
            "outlook_android": "OQU",
            "outlook_ios": "OQU",
            "iphone": "Q",
            "apple_html": "Q",
            "thunderbird": "Q",
            "tb_bottom": "Q",
        }.get(style, "B")
    heads = [("From", addr(p["name"], p["email"])), ("To", to_hdr)]
    if cc:
        heads.append(("CC" if style == "outlook" else "Cc", cc))
    heads += [
        ("Subject", enc_subject(subject, senc)),
        ("Date", date),
        ("Message-ID", msgid(style, p, date)),
        ("In-Reply-To", f"<reminder-{n or p['thread']:04d}@example.it>"),
        ("References", f"<reminder-{n or p['thread']:04d}@example.it>"),
    ]
    if style == "iphone":
        heads.append(("Mime-Version", "1.0 (1.0)"))
    heads += mua + list(p["headers"]) + list(extra)
    raw = assemble(heads, part)
    lab = {"kind": labels.pop("kind"), "language": lang, "split": p["split"]}
    lab.update(labels)
    _register(pk, p["split"])
    MSGS.append((raw, lab))


def _enc_ok(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _fallback_cs(s, cs):
    for c in ("windows-1252", "utf-8"):
        if _enc_ok(s, c):
            return c
    return "utf-8"


def _register(key, split):
    old = BRAND_SPLIT.setdefault(key, split)
    assert old == split, f"{key} used in both splits"


# ---------------------------------------------------------------- machine mail
B = {}


def brand(key, name, mail, split, lang, headers=(), charset="utf-8"):
    B[key] = dict(name=name, mail=mail, split=split, lang=lang, headers=list(headers), charset=charset)


def machine(
    bk,
    date,
    subject,
    labels,
    *,
    plain=None,
    html_=None,
    to=ME,
    senc="B",
    extra=(),
    attach=(),
    cte="quoted-printable",
    charset=None,
    from_=None,
    mid=None,
    irt=None,
    bstyle="java",
    part=None,
):
    b = B[bk]
    cs = charset or b["charset"]
    if part is None:
        parts = []
        if plain is not None:
            parts.append(text("plain", plain, cs, cte))
        if html_ is not None:
            parts.append(text("html", html_, cs, cte))
        part = parts[0] if len(parts) == 1 else multi("alternative", parts, bstyle)
    if attach:
        part = multi("mixed", [part] + [binary(ct, data, fn) for fn, ct, data in attach], bstyle)
    dom = b["mail"].split("@")[1]
    heads = [
        ("From", from_ or addr(b["name"], b["mail"])),
        ("To", to),
        ("Subject", enc_subject(subject, senc)),
        ("Date", date),
        ("Message-ID", mid or f"<{h8(bk, date, subject, n=24)}.{h8(date, n=6)}@{dom}>"),
    ]
    if irt:
        heads += [("In-Reply-To", irt), ("References", irt)]
    heads += b["headers"] + list(extra)
    raw = assemble(heads, part)
    lab = {"kind": labels.pop("kind"), "language": labels.pop("language", b["lang"]), "split": b["split"]}
    lab.update(labels)
    _register(bk, b["split"])
    MSGS.append((raw, lab))


def raw_message(bk, raw_text, labels):
    """for messages whose full source is written by hand (DSNs etc.)"""
    b = B[bk]
    raw = raw_text.lstrip("\n").encode("utf-8")
    lab = {"kind": labels.pop("kind"), "language": labels.pop("language", b["lang"]), "split": b["split"]}
    lab.update(labels)
    _register(bk, b["split"])
    MSGS.append((raw, lab))


# =====================================================================
#                               DATA
# =====================================================================


# ---------------------------------------------------------------- personas (38, all new)
# dev split ----------------------------------------------------------------
persona(
    "hollis",
    name="Gareth Hollis",
    email="g.hollis@brightwater-digital.co.uk",
    org="Brightwater Digital Ltd",
    split="dev",
    loc="uk",
    style="outlook",
    charset="windows-1252",
    thread=3101,
    sig="Gareth Hollis\nFinance Manager\nBrightwater Digital Ltd\n14 Tabernacle Street, London EC2A 4LU\nT: +44 20 7946 0321",
    disclaimer=(
        "Brightwater Digital Ltd is a company registered in England and Wales, no. 08123456. "
        "This e-mail and any attachments are confidential and intended solely for the addressee. "
        "If you have received it in error please notify the sender and delete it."
    ),
    disc_pos="bottom",
)
persona(
    "okafor",
    name="Purchase Ledger - Meridian Freight",
    first="Alessandra",
    email="purchaseledger@meridianfreight.co.uk",
    org="Meridian Freight plc",
    split="dev",
    loc="uk",
    style="outlook",
    charset="us-ascii",
    owa=True,
    thread=3102,
    sig="Hannah Okafor\nPurchase Ledger Assistant | Meridian Freight plc\nUnit 4, Kingsway Business Park, Felixstowe IP11 3XX\n01632 960 412",
)
persona(
    "ashdown",
    name="Rupert Ashdown",
    email="rupert@ashdowncreative.co.uk",
    org="Ashdown Creative",
    split="dev",
    loc="uk",
    style="iphone",
    thread=3103,
)
persona(
    "raman",
    name="Priya Raman",
    email="priya.raman@kestrellabs.io",
    org="Kestrel Labs Ltd",
    split="dev",
    loc="uk",
    style="gmail",
    thread=3104,
    sig="Priya Raman\nHead of Delivery · Kestrel Labs\nkestrellabs.io",
)
persona(
    "kavanagh",
    name="Siobhán Kavanagh",
    email="siobhan@liffeystudio.ie",
    org="Liffey Studio",
    split="dev",
    loc="uk",
    style="gmail",
    thread=3105,
    sig="Siobhán Kavanagh | Studio Manager\nLiffey Studio, 22 Ormond Quay Upper, Dublin 7, D07 X2K9\n+353 1 555 0142",
)
persona(
    "brennan",
    name="Aoife Brennan",
    email="aoife.brennan@corribanalytics.ie",
    org="Corrib Analytics DAC",
    split="dev",
    loc="uk",
    style="outlook",
    charset="utf-8",
    thread=3106,
    sig="Aoife Brennan ACA\nFinancial Accountant\nCorrib Analytics DAC | Galway Technology Park, Parkmore, Galway H91 V2X4",
    sig_table=[
        "Aoife Brennan ACA",
        "Financial Accountant",
        "Corrib Analytics DAC",
        "Galway Technology Park, Parkmore, Galway",
        "+353 91 555 017",
    ],
    brand_color="#0b6e4f",
    disclaimer=(
        "Corrib Analytics DAC. Registered in Ireland No. 612345. Registered office: Parkmore, Galway. "
        "Please consider the environment before printing this email."
    ),
)
persona(
    "jensen",
    name="Kyle Jensen",
    email="kyle.jensen@northfieldoutdoor.com",
    org="Northfield Outdoor Co.",
    split="dev",
    loc="us",
    style="gmail",
    thread=3107,
    sig="Kyle Jensen\nMarketing Director | Northfield Outdoor Co.\n612-555-0187",
)
persona(
    "whitfield",
    name="Marcus Whitfield",
    email="marcus@whitfieldaudio.com",
    org="Whitfield Audio",
    split="dev",
    loc="us",
    style="iphone",
    thread=3108,
)
persona(
    "albright",
    name="Jennifer Albright",
    email="jalbright@lakeshorepub.com",
    org="Lakeshore Publishing Group",
    split="dev",
    loc="us",
    style="orig",
    charset="us-ascii",
    thread=3109,
    content_lang="en-us",
    sig="Jennifer Albright, CPA\nController\nLakeshore Publishing Group\n312.555.0149",
)
persona(
    "oconnell",
    name="Liam O'Connell",
    email="liam@saltbushcreative.com.au",
    org="Saltbush Creative",
    split="dev",
    loc="uk",
    style="gmail",
    thread=3110,
    sig="Liam O'Connell\nDirector, Saltbush Creative\nFitzroy VIC 3065 | 0400 555 281",
)
persona(
    "papadakis",
    name="Nick Papadakis",
    email="nick@papadakisdesign.com.au",
    org="Papadakis Design",
    split="dev",
    loc="uk",
    style="iphone",
    thread=3111,
)
persona(
    "iyer",
    name="Rajesh Iyer",
    email="rajesh.iyer@vanguardinfotech.in",
    org="Vanguard Infotech Pvt. Ltd.",
    split="dev",
    loc="in",
    style="outlook",
    charset="us-ascii",
    thread=3112,
    content_lang="en-US",
    sig="Thanks & Regards,\nRajesh Iyer\nAccounts Executive - Finance & Accounts\nVanguard Infotech Pvt. Ltd.\n#42, 3rd Floor, Outer Ring Road, Marathahalli, Bengaluru - 560037\nPh: +91 80 4555 0190 | Mob: +91 98450 55501",
    disclaimer=(
        "DISCLAIMER: The information contained in this electronic message and any attachments to this message "
        "are intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or "
        "privileged information. If you are not the intended recipient, you should not disseminate, distribute "
        "or copy this e-mail. Please notify the sender immediately and destroy all copies of this message and "
        "any attachments. Vanguard Infotech Pvt. Ltd. accepts no liability for any damage caused by any virus "
        "transmitted by this email."
    ),
    disc_pos="bottom",
)
persona(
    "kumar",
    name="Skyline Exports Accounts",
    first="Alessandra",
    email="accounts.skylineexports@gmail.com",
    org="Skyline Exports",
    split="dev",
    loc="uk",
    style="gmail",
    thread=3113,
    sig="Regards,\nSuresh Kumar\nAccounts Dept.\nSkyline Exports, Guindy Industrial Estate, Chennai 600032\n+91 44 2555 0177",
)
persona(
    "brandt",
    name="Jörg Brandt",
    email="j.brandt@nordlicht-software.de",
    org="Nordlicht Software GmbH",
    split="dev",
    loc="de",
    olang="de",
    style="outlook",
    charset="iso-8859-1",
    thread=3114,
    content_lang="de-DE",
    accept_lang="de-DE, en-US",
    html_lang="DE",
    sig="Best regards / Mit freundlichen Grüßen\n\nJörg Brandt\nBuchhaltung\n\nNordlicht Software GmbH\nGroße Elbstraße 145, 22767 Hamburg\nTel. +49 40 555 123-40\nGeschäftsführer: Malte Jensen | HRB 123456 Amtsgericht Hamburg",
)
persona(
    "eriksson",
    name="Lars Eriksson",
    email="lars.eriksson@fjallkraft.se",
    org="Fjällkraft Design AB",
    split="dev",
    loc="sv",
    olang="sv",
    style="outlook",
    charset="utf-8",
    thread=3115,
    content_lang="sv-SE",
    accept_lang="sv-SE, en-US",
    html_lang="SV",
    sig="Med vänlig hälsning / Best regards\nLars Eriksson\nEkonomiansvarig, Fjällkraft Design AB\nSveavägen 44, 111 34 Stockholm",
)
persona(
    "devries",
    name="Pieter de Vries",
    email="p.devries@dijkstra-co.nl",
    org="Dijkstra & Co B.V.",
    split="dev",
    loc="nl",
    olang="nl",
    style="outlook",
    charset="windows-1252",
    thread=3116,
    content_lang="nl-NL",
    accept_lang="nl-NL, en-US",
    html_lang="NL",
    sig="Met vriendelijke groet / Kind regards,\n\nPieter de Vries\nOffice Manager\nDijkstra & Co B.V. | Oudegracht 211, 3511 NH Utrecht\nT +31 30 555 2210",
)
persona(
    "virtanen",
    name="Mikko Virtanen",
    email="mikko@kuusi.fi",
    org="Kuusi Interactive Oy",
    split="dev",
    loc="uk",
    style="tb_bottom",
    thread=3117,
    sig="-- \nMikko Virtanen, CEO\nKuusi Interactive Oy | Helsinki\n+358 40 555 0193",
)
persona(
    "kowalska",
    name="Marta Kowalska",
    email="m.kowalska@wislasoft.pl",
    org="Wisła Soft sp. z o.o.",
    split="dev",
    loc="uk",
    style="gmail",
    thread=3118,
    sig="Marta Kowalska\nKsięgowa / Accountant\nWisła Soft sp. z o.o.\nul. Lubicz 17, 31-503 Kraków",
)
persona(
    "ferreira",
    name="João Ferreira",
    email="joao.ferreira@tejodigital.pt",
    org="Tejo Digital Lda",
    split="dev",
    loc="pt",
    olang="pt",
    style="outlook",
    charset="windows-1252",
    thread=3119,
    owa=True,
    content_lang="pt-PT",
    accept_lang="pt-PT, en-US",
    html_lang="PT",
    sig="Com os melhores cumprimentos / Best regards,\nJoão Ferreira\nProject Manager | Tejo Digital\nRua da Prata 80, 1100-420 Lisboa",
)
persona(
    "marquez",
    name="Elena Márquez",
    email="elena.marquez@mediterraneoevents.es",
    org="Mediterráneo Events S.L.",
    split="dev",
    loc="es",
    olang="es",
    style="outlook",
    charset="iso-8859-1",
    thread=3120,
    content_lang="es-ES",
    accept_lang="es-ES, en-US",
    html_lang="ES",
    sig="Elena Márquez\nEvent Manager\nMediterráneo Events S.L. · C/ de Colón 12, 46004 València\n+34 963 55 01 88",
    disclaimer=(
        "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, "
        "pudiendo contener información confidencial sometida a secreto profesional. "
        "LEGAL NOTICE: This message is intended exclusively for its addressee and may contain confidential information."
    ),
    disc_pos="bottom",
)
persona(
    "gruber",
    name="Florian Gruber",
    email="f.gruber@donau-consulting.at",
    org="Donau Consulting GmbH",
    split="dev",
    loc="de",
    olang="de",
    style="outlook",
    charset="utf-8",
    thread=3121,
    owa=True,
    content_lang="de-AT",
    accept_lang="de-AT, en-US",
    html_lang="DE-AT",
    sig="Mag. Florian Gruber\nGeschäftsführer\nDonau Consulting GmbH | Praterstraße 38, 1020 Wien\nFN 456789x | UID ATU12345678",
)
persona(
    "peeters",
    name="Wim Peeters",
    email="wim.peeters@scheldelogistics.be",
    org="Schelde Logistics NV",
    split="dev",
    loc="nl",
    olang="nl",
    style="outlook",
    charset="windows-1252",
    thread=3122,
    content_lang="nl-BE",
    accept_lang="nl-BE, en-US",
    html_lang="NL-BE",
    sig="Wim Peeters\nFinance & Controlling\nSchelde Logistics NV | Noorderlaan 120, 2030 Antwerpen\nBTW BE 0456.789.123",
)

# firstread2 split -----------------------------------------------------------
persona(
    "mcallister",
    name="Fiona McAllister",
    email="fiona.mcallister@thistleandloom.scot",
    org="Thistle & Loom Ltd",
    split="firstread2",
    loc="uk",
    style="orig",
    charset="windows-1252",
    thread=3201,
    content_lang="en-gb",
    sig="Fiona McAllister\nAccounts Payable\nThistle & Loom Ltd, 9 Commercial Street, Leith, Edinburgh EH6 6JA",
)
persona(
    "birchall",
    name="Tom Birchall",
    email="t.birchall@birchallfinch.co.uk",
    org="Birchall & Finch LLP",
    split="firstread2",
    loc="uk",
    style="outlook",
    charset="windows-1252",
    thread=3202,
    sig="Tom Birchall\nPartner, Operations\nBirchall & Finch LLP",
    sig_table=[
        "Tom Birchall",
        "Partner, Operations",
        "Birchall & Finch LLP",
        "1 Park Row, Leeds LS1 5AB",
        "DD +44 113 496 0718",
    ],
    brand_color="#7a1f2b",
    disclaimer=(
        "Birchall & Finch LLP is a limited liability partnership registered in England and Wales (OC312345) and "
        "is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345). A list of members is "
        "available at our registered office. This email is confidential and may be legally privileged. If you are "
        "not the intended recipient please tell us immediately and delete it; you must not copy, use or disclose it. "
        "CYBER CRIME WARNING: Birchall & Finch will never notify you of a change to our bank details by email."
    ),
    disc_pos="bottom",
)
persona(
    "moriarty",
    name="Declan Moriarty",
    email="declan@moriartymedia.ie",
    org="Moriarty Media",
    split="firstread2",
    loc="uk",
    style="samsung",
    thread=3203,
)
persona(
    "ruiz",
    name="Danielle Ruiz",
    email="danielle.ruiz@pinecresthealth.org",
    org="Pinecrest Health Partners",
    split="firstread2",
    loc="us",
    style="outlook",
    charset="us-ascii",
    thread=3204,
    content_lang="en-US",
    accept_lang="en-US",
    sig="Danielle Ruiz\nAccounts Payable Specialist | Pinecrest Health Partners\n1600 Grant St, Suite 400, Denver, CO 80203\nP: 303-555-0112 | ap@pinecresthealth.org",
    disclaimer=(
        "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended "
        "recipient(s) and may contain confidential and privileged information, including protected health "
        "information. Any unauthorized review, use, disclosure or distribution is prohibited."
    ),
    disc_pos="bottom",
)
persona(
    "cho",
    name="Brandon Cho",
    email="brandon@quillstack.com",
    org="Quillstack",
    split="firstread2",
    loc="us",
    style="gmail_html",
    thread=3205,
    sig="Brandon Cho | Senior PM, Localization\nQuillstack · San Francisco",
)
persona(
    "greene",
    name="Tamika Greene",
    email="tgreene@harborviewlogistics.com",
    org="Harborview Logistics",
    split="firstread2",
    loc="us",
    style="outlook",
    charset="utf-8",
    owa=True,
    thread=3206,
    content_lang="en-US",
    accept_lang="en-US",
    sig="Tamika Greene\nAP Coordinator\nHarborview Logistics, Inc. | 1 Marina Park Dr, Boston, MA 02210\n(617) 555-0164",
)
persona(
    "tran",
    name="Coral Coast Tourism Accounts",
    first="Alessandra",
    email="accounts@coralcoasttourism.com.au",
    org="Coral Coast Tourism",
    split="firstread2",
    loc="au",
    style="outlook",
    charset="utf-8",
    thread=3207,
    sig="Kind regards,\nSophie Tran\nAccounts Officer\nCoral Coast Tourism Pty Ltd | ABN 12 345 678 901\nLevel 3, 100 Eagle St, Brisbane QLD 4000",
)
persona(
    "whitmore",
    name="Chloe Whitmore",
    email="chloe.whitmore@murrayriverwines.com.au",
    org="Murray River Wines",
    split="firstread2",
    loc="uk",
    style="apple_html",
    thread=3208,
    sig="Chloe Whitmore\nFinance Officer | Murray River Wines\nRenmark SA 5341\n+61 8 5555 0143",
)
persona(
    "deshpande",
    name="Ananya Deshpande",
    email="ananya.d@lotusedtech.co.in",
    org="Lotus EdTech Pvt Ltd",
    split="firstread2",
    loc="in",
    style="outlook",
    charset="utf-8",
    thread=3209,
    content_lang="en-US",
    sig="Warm regards,\nAnanya Deshpande\nManager - Finance\nLotus EdTech Pvt Ltd | Baner Road, Pune 411045\nM: +91 98220 55512",
    sig_table=[
        "Ananya Deshpande",
        "Manager - Finance",
        "Lotus EdTech Pvt Ltd",
        "Baner Road, Pune 411045",
        "M: +91 98220 55512",
    ],
    brand_color="#c2185b",
    disclaimer=(
        "This message (including attachments) contains confidential information intended for a specific "
        "individual and purpose. If you are not the intended recipient, you should delete this message and are "
        "hereby notified that any disclosure, copying, or distribution of this message is strictly prohibited. "
        "Save paper - think before you print."
    ),
    disc_pos="bottom",
)
persona(
    "kapoor",
    name="Neha Kapoor",
    email="neha.kapoor@bluepeak.co.in",
    org="Bluepeak Solutions LLP",
    split="firstread2",
    loc="in",
    style="gmail",
    thread=3210,
    sig="Regards,\nNeha Kapoor\nProject Coordinator | Bluepeak Solutions LLP\nDLF Cyber City, Gurugram",
)
persona(
    "vogel",
    name="Katrin Vogel",
    email="katrin.vogel@alpenglanz.de",
    org="Alpenglanz AG",
    split="firstread2",
    loc="de",
    style="gmail",
    thread=3211,
    sig="Katrin Vogel\nHead of Marketing\nAlpenglanz AG | Leopoldstraße 88 | 80802 München",
)
persona(
    "halvorsen",
    name="Ingrid Halvorsen",
    email="ingrid@halvorsen-ark.no",
    org="Halvorsen Arkitekter AS",
    split="firstread2",
    loc="no",
    olang="no",
    style="outlook",
    charset="utf-8",
    thread=3212,
    content_lang="nb-NO",
    accept_lang="nb-NO, en-US",
    html_lang="NO-BOK",
    sig="Med vennlig hilsen\nIngrid Halvorsen\nDaglig leder | Halvorsen Arkitekter AS\nThorvald Meyers gate 21, 0555 Oslo",
)
persona(
    "lambert",
    name="Sophie Lambert",
    email="s.lambert@atelier-lumiere.fr",
    org="Atelier Lumière SARL",
    split="firstread2",
    loc="fr",
    olang="fr",
    style="outlook",
    charset="windows-1252",
    thread=3213,
    content_lang="fr-FR",
    accept_lang="fr-FR, en-US",
    html_lang="FR",
    sig="Sophie Lambert\nResponsable administrative et financière\nAtelier Lumière SARL – 14 rue Mercière, 69002 Lyon\nTél. +33 4 72 55 01 34",
)
persona(
    "alexiou",
    name="Nikos Alexiou",
    email="n.alexiou@aegeancharter.gr",
    org="Aegean Charter Services",
    split="firstread2",
    loc="uk",
    style="gmail",
    thread=3214,
    sig="Nikos Alexiou\nOperations Manager\nAegean Charter Services | Akti Miaouli 47, Piraeus 185 36",
)
persona(
    "sorensen",
    name="Mette Sørensen",
    email="ms@nordhavnstudio.dk",
    org="Nordhavn Studio ApS",
    split="firstread2",
    loc="da",
    olang="da",
    style="outlook",
    charset="iso-8859-1",
    thread=3215,
    content_lang="da-DK",
    accept_lang="da-DK, en-US",
    html_lang="DA",
    sig="Venlig hilsen / Kind regards\nMette Sørensen\nBogholder, Nordhavn Studio ApS\nCVR 41234567",
)
persona(
    "meier",
    name="Claudia Meier",
    email="claudia.meier@meier-treuhand.ch",
    org="Meier Treuhand AG",
    split="firstread2",
    loc="de",
    olang="de",
    style="outlook",
    charset="utf-8",
    thread=3216,
    owa=True,
    content_lang="de-CH",
    accept_lang="de-CH, en-US",
    html_lang="DE-CH",
    sig="Freundliche Grüsse\n\nClaudia Meier\nFinanzen & Administration\nMeier Treuhand AG | Bahnhofstrasse 61 | 8001 Zürich",
)


# ---------------------------------------------------------------- batch 1: client replies
R12 = "Re: Payment reminder – invoice 12/2026"
R12_OL = "RE: Payment reminder – invoice 12/2026"
R42 = "Re: Payment reminder – invoice INV-2026-042"
R42_OL = "RE: Payment reminder – invoice INV-2026-042"

reply(
    "hollis",
    "Tue, 03 Nov 2026 10:42:17 +0000",
    R12_OL,
    """Hi Alessandra,

Apologies – this was processed in yesterday's BACS run, so it should reach you within a couple of working days (it's a euro payment so our bank routes it via SEPA rather than BACS proper). Amount was €1,220.00 as per the invoice.

Give me a shout if it hasn't landed by the end of the week.

Regards,""",
    dict(
        kind="client-reply-paid",
        amount="1220.00",
        note="paid claim with no 'paid': 'processed in yesterday's BACS run'; cp1252 QP body; invoice not named in body",
    ),
)

reply(
    "okafor",
    "Thu, 05 Nov 2026 11:20:03 +0000",
    "RE: Invoice 12/2026",
    """Good morning,

Thank you for your email.

Please note that Meridian Freight plc only accepts supplier invoices submitted via the Tungsten Network portal. Invoices received by email cannot be registered on our system and will not be paid.

If you are not yet registered with Tungsten, please reply with your company name and VAT number and we will arrange for an invitation link to be sent. Once the invoice has been uploaded quoting a valid purchase order number (format MF-PO-XXXXXX) it will be processed in line with our standard 45-day terms.

Kind regards,""",
    dict(
        kind="client-reply-other",
        note="supplier portal (Tungsten) + PO requirement; '45-day terms' is not a promise; shared AP mailbox",
    ),
    orig="i12",
)

reply(
    "ashdown",
    "Sat, 07 Nov 2026 19:31:08 +0000",
    R12,
    """Sorted 👍 sorry for the delay, been a mad few weeks""",
    dict(kind="client-reply-paid", note="one word 'Sorted' + emoji from iPhone = done/paid; no amount"),
)

reply(
    "raman",
    "Mon, 09 Nov 2026 13:47:22 +0000",
    R12,
    """Hi Alessandra,

Thanks for the nudge — I've passed this on to our finance team (cc'd) who look after supplier payments, so they'll pick it up from here.

Separately: are you around in early December? We're shipping the Italian build of the app before Christmas and there are roughly 4,000 new strings plus the App Store copy. Happy to jump on a call this week to scope it.

Best,""",
    dict(
        kind="client-reply-other",
        note="forwarded to AP (cc) + new-project chatter; nothing said about when it will be paid",
    ),
    cc="Kestrel Labs Accounts <accounts@kestrellabs.io>",
)

reply(
    "kavanagh",
    "Tue, 10 Nov 2026 15:26:40 +0000",
    R12,
    """Ah Alessandra, I'm mortified, that one slipped through the cracks while I was on leave.

Sorted it there now — it should be with you in a day or two. Sorry again, and thanks for being so patient!

Siobhán""",
    dict(
        kind="client-reply-paid",
        note="Irish 'sorted it there now' = just done; 'should be with you in a day or two' is arrival, not a promise",
    ),
    sig=False,
)

reply(
    "brennan",
    "Wed, 04 Nov 2026 12:15:33 +0000",
    "RE: Invoice 12/2026",
    """Hi Alessandra,

Our AP system has flagged invoice 12/2026 as it includes Italian VAT at 22% (€220.00). As we are a VAT-registered business in Ireland (IE 3456789TH) this supply should be invoiced without VAT under the reverse charge mechanism, with the note "Reverse charge – Art. 196 Directive 2006/112/EC".

We can't process it as it stands. If you could issue a credit note and re-invoice for the net €1,000.00 we will pay that on receipt.

Many thanks,""",
    dict(
        kind="client-reply-dispute",
        amount="1000.00",
        reference="12/2026",
        note="disputes the VAT line (reverse charge); will pay only net 1000.00 after re-invoice; no date",
    ),
    orig="i12",
)

reply(
    "jensen",
    "Mon, 09 Nov 2026 10:12:55 -0600",
    R12,
    """Hi Alessandra,

Checked with our AP team — they released it on 11/5 via international wire, so it should be in your account any day now if it isn't already. They said they'd email you the wire confirmation directly.

Thanks for your patience on this one!""",
    dict(kind="client-reply-paid", note="US date 11/5 = 5 Nov; 'released' via wire; no amount"),
)

reply(
    "whitfield",
    "Tue, 17 Nov 2026 21:05:33 -0600",
    R12,
    """Hey Alessandra — totally my bad, this fell off my radar with the product launch. I'll get it sent by Friday. Thanks for the reminder 🙏""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-11-20",
        note="'by Friday' from Tue 17 Nov (US Central; already Wed 18 Nov UTC) -> Fri 20 Nov",
    ),
)

reply(
    "albright",
    "Wed, 04 Nov 2026 09:15:27 -0600",
    "RE: Invoice 12/2026",
    """Alessandra,

Can you resend the invoice as a PDF? The attachment on your original email came through to us as "winmail.dat" and our AP system (Bill.com) rejects it. If you could send it to ap@lakeshorepub.com with me copied that would be ideal.

Thanks,""",
    dict(kind="client-reply-other", note="resend PDF request; attachment unreadable"),
    orig="i12",
)

reply(
    "oconnell",
    "Wed, 18 Nov 2026 08:12:40 +1100",
    R12,
    """G'day Alessandra,

No dramas — it's scheduled for the 15th with our next lot of supplier payments. I'll ping you once it's gone.

Cheers,""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-12-15",
        note="no payment verb; 'the 15th' already passed in Nov (Melbourne, AEDT) -> 15 Dec",
    ),
)

reply(
    "papadakis",
    "Mon, 02 Nov 2026 07:55:01 +0800",
    R12,
    """Morning Alessandra, who's this one for? We've had a few jobs with you this year and I can't match 12/2026 to anything in Xero. Was it the brochure or the website copy?

Nick""",
    dict(
        kind="client-reply-other",
        reference="12/2026",
        note="question about which job; Perth +0800, still 1 Nov UTC",
    ),
)

reply(
    "iyer",
    "Fri, 06 Nov 2026 17:32:09 +0530",
    R12_OL,
    """Dear Madam,

Greetings from Vanguard Infotech!

This is to inform you that the payment against your invoice no. 12/2026 has been processed on 06-Nov-2026 vide SWIFT reference VGIN2611060042. Amount remitted: EUR 1,220.00.

Kindly find attached the payment advice for your records and acknowledge receipt of the funds once credited.""",
    dict(
        kind="client-reply-paid",
        amount="1220.00",
        reference="12/2026",
        note="Indian English 'vide SWIFT reference'; payment advice PDF attached",
    ),
    attach=[
        (
            "Payment_Advice_VGIN2611060042.pdf",
            "application/pdf",
            fake_pdf(
                "PAYMENT ADVICE",
                [
                    "Beneficiary: Alessandra Rossi",
                    "Invoice: 12/2026",
                    "Amount: EUR 1,220.00",
                    "Value date: 06-11-2026",
                    "Ref: VGIN2611060042",
                ],
            ),
        )
    ],
)

reply(
    "kumar",
    "Thu, 12 Nov 2026 12:04:37 +0530",
    R12,
    """Dear Alessandra,

Good afternoon. As you are a new overseas vendor, kindly share the below documents so that we can complete the vendor registration in our system:

1. Bank details on your letterhead (signed) or a bank confirmation letter
2. Copy of Partita IVA / tax registration
3. Tax Residency Certificate for the current year

Once registration is done the payment can be processed. Please do the needful at the earliest.""",
    dict(
        kind="client-reply-other",
        note="vendor registration documents requested before payment; 'can be processed' is conditional, no promise",
    ),
)

reply(
    "brandt",
    "Mon, 02 Nov 2026 08:47:31 +0100",
    "AW: Payment reminder – invoice 12/2026",
    """Hello Mrs. Rossi,

the amount of 1.220,00 EUR was transferred by us already on 29.10.2026. Please check again your account.

I send you attached the extract of our bank statement.""",
    dict(
        kind="client-reply-paid",
        amount="1220.00",
        note="German English; European number format 1.220,00; statement extract attached; AW: + German Outlook header block",
    ),
    attach=[
        (
            "Kontoauszug_29102026_Auszug.pdf",
            "application/pdf",
            fake_pdf(
                "Kontoauszug",
                [
                    "29.10.2026 SEPA-Ueberweisung",
                    "Alessandra Rossi",
                    "IT60X0542811101000000123456",
                    "RE 12/2026",
                    "-1.220,00 EUR",
                ],
            ),
        )
    ],
)

reply(
    "eriksson",
    "Thu, 12 Nov 2026 14:10:02 +0100",
    "SV: Payment reminder – invoice 12/2026",
    """Hi Alessandra,

Thank you for the reminder and sorry for this. The invoice was approved late by the project manager. It is now booked for 25/11 together with our other foreign suppliers.""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-11-25",
        note="'booked for 25/11' (d/m); no payment verb; Swedish Outlook quote header (Från/Skickat)",
    ),
)

reply(
    "devries",
    "Tue, 10 Nov 2026 16:38:20 +0100",
    R12_OL,
    """Dear Alessandra,

Before we pay: yesterday we received an email from "alessandra.rossi.invoices@gmail.com" with a letter saying your bank account has changed to an account at a bank in Lithuania (IBAN LT12 3250 ...). It looks like your letterhead.

Is this really from you? For safety we have put the payment on hold until we can confirm this with you by phone. Can you call me on the number below?""",
    dict(
        kind="client-reply-other",
        note="bank-details-change fraud check; payment on hold; not paid, no promise",
    ),
)

reply(
    "virtanen",
    "Thu, 19 Nov 2026 11:02:44 +0200",
    R12,
    """Hi Alessandra,

sorry about that, my fault. It went out on Tuesday from our Nordea account, you should see it on Monday at the latest.

Br,
Mikko""",
    dict(
        kind="client-reply-paid",
        note="bottom-posted below the quote (Thunderbird); 'went out on Tuesday'; Monday is arrival, not a promise",
    ),
)

reply(
    "kowalska",
    "Tue, 24 Nov 2026 10:31:50 +0100",
    R12,
    """Dear Alessandra,

Thank you for reminder. The invoice is approved by our director now, it will go out end of month with the other foreign transfers.

Best regards,""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-11-30",
        note="'will go out end of month' -> last day of Nov",
    ),
)

reply(
    "ferreira",
    "Thu, 03 Dec 2026 18:20:05 +0000",
    R12_OL,
    """Hello Alessandra,

Sorry for late answer. Our accounting is closing the month now, we will action it after the 10th. I will let you know.""",
    dict(
        kind="client-reply-promise",
        note="vague: 'after the 10th' is a lower bound, not a date -> no promised_date",
    ),
    orig="r12b",
)

reply(
    "marquez",
    "Mon, 09 Nov 2026 09:55:14 +0100",
    R12_OL,
    """Dear Alessandra,

We still have not received the final files for the brochure – the InDesign package and the Italian PDF for print. My colleague checked also the spam folder. Until we have them we cannot approve the invoice for payment, I am sorry.

Can you please send them again, maybe with WeTransfer?

Thank you,""",
    dict(
        kind="client-reply-dispute",
        note="deliverables never arrived; withholding approval; Spanish Outlook header (De/Enviado el)",
    ),
)

reply(
    "mcallister",
    "Wed, 04 Nov 2026 12:08:45 +0000",
    R12_OL,
    """Hi Alessandra

Please see remittance attached.

Kind regards
Fiona""",
    dict(kind="client-reply-paid", note="only 'remittance attached' + PDF; -----Original Message----- quote"),
    sig=False,
    attach=[
        (
            "Remittance Advice - Thistle & Loom Ltd - 0004417.pdf",
            "application/pdf",
            fake_pdf(
                "REMITTANCE ADVICE",
                [
                    "Thistle & Loom Ltd",
                    "Supplier: Alessandra Rossi",
                    "Your ref 12/2026  EUR 1,220.00",
                    "Payment date 04/11/2026",
                    "Method: SEPA credit transfer",
                ],
            ),
        )
    ],
)

reply(
    "birchall",
    "Fri, 06 Nov 2026 17:55:13 +0000",
    R12_OL,
    """Alessandra,

We won't be paying this invoice. The translation of the engagement letters had to be redone in full by our Milan associate because the legal terminology was wrong throughout — I raised this with you on the phone on 20 October and followed up in writing on the 22nd.

If you wish to discuss it further please call me rather than sending further reminders.""",
    dict(
        kind="client-reply-dispute",
        note="blunt outright refusal; quality complaint; long legal disclaimer + signature table",
    ),
)

reply(
    "moriarty",
    "Wed, 11 Nov 2026 21:14:06 +0000",
    R12,
    """Ah no, we haven't, sorry - I'll do it Friday when I'm back in the office.
D""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-11-13",
        note="negation then promise: 'we haven't, sorry - Friday' from Wed 11 Nov -> Fri 13 Nov; Samsung quote",
    ),
)

reply(
    "ruiz",
    "Tue, 03 Nov 2026 08:41:29 -0700",
    "RE: Invoice 12/2026",
    """Hello Alessandra,

Pinecrest Health Partners processes all supplier invoices through the Coupa Supplier Portal. I'm not able to locate a purchase order on invoice 12/2026, and invoices without a valid PO cannot be paid.

Please ask your contact in Marketing (Jordan Ellis) to raise a PO, then flip the PO to an invoice in Coupa. If you don't have a Coupa account yet, let me know and I'll send an invitation.

Thank you,""",
    dict(
        kind="client-reply-other",
        reference="12/2026",
        note="Coupa portal + missing PO; not a dispute of the amount",
    ),
    orig="i12",
)

reply(
    "cho",
    "Fri, 13 Nov 2026 16:22:48 -0800",
    R12,
    """Hi Alessandra!

Just got confirmation from our finance folks that it's been released — should land in 3–5 business days. Sorry for the lag, we switched AP systems last month and a bunch of vendors got stuck.

Also: the final strings look great, the Italian build went out Tuesday with zero bugs filed. 🎉""",
    dict(
        kind="client-reply-paid",
        note="'it's been released' = paid; HTML-only Gmail reply; chatter about build",
    ),
)

reply(
    "greene",
    "Mon, 16 Nov 2026 10:03:51 -0500",
    R12_OL,
    """Hi Alessandra,

This invoice is currently showing as "Pending Approval" in SAP Ariba. Once it's been approved by the budget owner it will be included in the next scheduled check run per our Net 60 terms.

I've sent a reminder to the approver today.""",
    dict(
        kind="client-reply-promise",
        note="promise conditional on approval, no date ('next scheduled check run'; Net 60) -> no promised_date; Ariba; Outlook for Android",
    ),
    style="outlook_android",
)

reply(
    "tran",
    "Mon, 30 Nov 2026 08:05:12 +1000",
    R12_OL,
    """Hi Alessandra,

Thanks for your patience. This will be included in tomorrow's payment run and should reach you later this week.""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-12-01",
        note="timezone trap: Mon 30 Nov in Brisbane (still Sun 29 Nov UTC) -> 'tomorrow' = Tue 1 Dec; no payment verb",
    ),
)

reply(
    "whitmore",
    "Wed, 25 Nov 2026 10:31:00 +1030",
    R12,
    """Hi Alessandra,

All done — you should see it in your account by Monday. Apologies for the wait, we were short-staffed during vintage prep!""",
    dict(
        kind="client-reply-paid",
        note="'All done' + arrival expectation ('by Monday' is not a promise); Apple Mail HTML-only with <blockquote type=cite>",
    ),
)

reply(
    "deshpande",
    "Thu, 19 Nov 2026 15:12:44 +0530",
    R12_OL,
    """Dear Alessandra,

Thank you for your mail.

For processing any foreign remittance we require the below documents as per Indian tax regulations:
- Form 10F (filed online on the income tax portal)
- Tax Residency Certificate (TRC) for FY 2026-27
- No PE declaration on your letterhead

In the absence of the above we are required to deduct TDS @ 20% + applicable surcharge and cess. Request you to share the documents at the earliest so that we can release the payment in full.""",
    dict(
        kind="client-reply-other",
        note="tax documents requested (Form 10F/TRC); threat of withholding is not a dispute; no date",
    ),
)

reply(
    "kapoor",
    "Mon, 23 Nov 2026 11:47:09 +0530",
    R12,
    """Hi Alessandra,

Thanks for the reminder! I've forwarded your mail to our accounts team (accounts@bluepeak.co.in) as they handle all vendor payments. They should revert to you shortly.""",
    dict(kind="client-reply-other", note="forwarded to AP; 'revert' = reply; no payment statement"),
)

reply(
    "vogel",
    "Wed, 02 Dec 2026 14:20:51 +0100",
    R12,
    """Hello Alessandra,

I am very sorry, I thought this was long done. I asked our accounting and they told me it is planned with the payment run on 07.12.

Best regards""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-12-07",
        note="German date '07.12.' = 7 Dec; 'planned with the payment run' (no pay verb); German Gmail attribution",
    ),
    orig="r12b",
)

reply(
    "halvorsen",
    "Tue, 08 Dec 2026 09:30:00 +0100",
    "SV: Payment reminder – invoice INV-2026-042",
    """Hi Alessandra,

We agreed 50 hours for phase 2, and the extra 11 hours were never approved by us in writing. We will pay for the 50 hours (EUR 2 500) but not the rest.

Please send a new invoice for EUR 2 500, then we pay it in our next payment run.""",
    dict(
        kind="client-reply-dispute",
        amount="2500.00",
        note="partial dispute: pays agreed hours only (EUR 2 500 with space thousands separator); no date; Norwegian Outlook header",
    ),
    orig="r42",
)

# ---------------------------------------------------------------- batch 2: client replies
reply(
    "gruber",
    "Fri, 18 Dec 2026 11:25:40 +0100",
    "AW: Payment reminder – invoice INV-2026-042",
    """Dear Ms Rossi,

thank you for your patience. Our office is closed from 23.12. until 06.01. – the invoice is already released and scheduled with value date 22.12.2026, so it will reach you before the holidays.

Merry Christmas and kind regards""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-12-22",
        note="'scheduled with value date 22.12.2026' = future execution; office-closure dates are a distractor",
    ),
    orig="r42",
)

reply(
    "peeters",
    "Mon, 07 Dec 2026 10:12:09 +0100",
    R42_OL,
    """Hello Alessandra,

INV-2026-042 seems to be a duplicate of INV-2026-031, which we paid on 14 November (same 61 hours, same description "phase 2"). Can you please check on your side? We will of course not pay the same work twice.

If it is a different period, please send us the timesheet.""",
    dict(
        kind="client-reply-dispute",
        reference="INV-2026-042",
        note="duplicate claim: INV-2026-042 vs INV-2026-031 (the latter is the other, already paid invoice, not the reference)",
    ),
    orig="r42",
)

reply(
    "lambert",
    "Wed, 18 Nov 2026 15:47:02 +0100",
    "RE : Payment reminder – invoice 12/2026",
    """Hello Alessandra,

The transfer was done on Monday 16 November, normally you must have received it now. I attach the proof of transfer from our bank (avis d'opéré).

Have a nice day,""",
    dict(
        kind="client-reply-paid",
        note="French English 'the transfer was done'; French Outlook header 'De : / Envoyé :' and 'RE :' prefix",
    ),
    attach=[
        (
            "Avis_operation_virement_16112026.pdf",
            "application/pdf",
            fake_pdf(
                "AVIS D'OPERATION",
                [
                    "Virement SEPA emis le 16/11/2026",
                    "Beneficiaire : ROSSI ALESSANDRA",
                    "Montant : 1 220,00 EUR",
                    "Motif : FACTURE 12/2026",
                ],
            ),
        )
    ],
)

reply(
    "alexiou",
    "Thu, 26 Nov 2026 19:02:33 +0200",
    R12,
    """Hi Alessandra,

I checked with our accountant. Paid? No, not yet, I'm sorry — we had a problem with the new e-banking token and nothing went out this week. He says it goes first thing Monday.

Nikos""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-11-30",
        note="'Paid? No' negation, then 'goes first thing Monday' from Thu 26 Nov -> Mon 30 Nov",
    ),
    sig=False,
)

reply(
    "sorensen",
    "Tue, 10 Nov 2026 13:05:55 +0100",
    "SV: Payment reminder – invoice 12/2026",
    """Hi Alessandra,

We can not find the invoice in our system. All invoices to Nordhavn Studio must be sent as PDF to our bookkeeping address faktura@nordhavnstudio.dk (one invoice per email), then it is registered automatically.

Can you please send it there? Then I will look at it.""",
    dict(
        kind="client-reply-other",
        note="invoice not received; resend to bookkeeping address; Danish Outlook quote header",
    ),
)

reply(
    "meier",
    "Mon, 30 Nov 2026 08:12:18 +0100",
    "AW: Payment reminder – invoice 12/2026",
    """Dear Ms Rossi

We executed the payment order on 27.11.2026 over EUR 1'220.00 (debited from our CHF account, so the exchange was done by our bank). You should have the money in the next days.

Kind regards""",
    dict(
        kind="client-reply-paid",
        amount="1220.00",
        note="Swiss apostrophe thousands separator EUR 1'220.00; 'executed the payment order'",
    ),
)

reply(
    "hollis",
    "Wed, 13 Jan 2027 16:05:40 +0000",
    R42_OL,
    """Hi Alessandra,

Happy new year. INV-2026-042 has now been approved and it's in the 20 Jan payment run – our runs go out overnight so allow a day or two after that for it to clear.

Thanks for your patience,""",
    dict(
        kind="client-reply-promise",
        promised_date="2027-01-20",
        reference="INV-2026-042",
        note="'it's in the 20 Jan payment run' — no payment verb",
    ),
    orig="r42",
)

reply(
    "okafor",
    "Fri, 11 Dec 2026 14:02:51 +0000",
    R12_OL,
    """Hello Alessandra,

Your invoice 12/2026 (Tungsten document ref TN-4471902) was picked up in this afternoon's payment run. A remittance advice will be emailed to you automatically from noreply@meridianfreight.co.uk within 24 hours.

Please allow 3-5 working days for the funds to clear as this is a EUR payment.

Kind regards,""",
    dict(
        kind="client-reply-paid",
        reference="12/2026",
        note="'picked up in this afternoon's payment run' = released; clearing time is not a promise",
    ),
    orig="r12b",
)

reply(
    "ashdown",
    "Thu, 10 Dec 2026 22:14:45 +0000",
    R42,
    """Mad week. Will get it done next week, promise. R""",
    dict(kind="client-reply-promise", note="vague: 'next week' -> no promised_date"),
    orig="r42",
)

reply(
    "raman",
    "Wed, 18 Nov 2026 09:03:11 +0000",
    R12,
    """All done — finance confirmed it went this morning. Thanks for bearing with us!

P""",
    dict(kind="client-reply-paid", note="'All done ... it went this morning'"),
    sig=False,
)

reply(
    "kavanagh",
    "Tue, 01 Dec 2026 10:18:00 +0000",
    R12,
    """Alessandra, quick one — Niamh spotted a typo on page 2 of the Italian menu ("antipasi" instead of "antipasti"). Could you fix and send over the print file when you get a sec? The printers need it by Thursday.

Thanks a mil!""",
    dict(
        kind="client-reply-other",
        note="project chatter in an old reminder thread; 'by Thursday' is about the file, not a payment",
    ),
    qdays=20,
)

reply(
    "brennan",
    "Fri, 20 Nov 2026 14:33:27 +0000",
    "RE: Invoice 12/2026",
    """Hi Alessandra,

Thanks for sending the credit note and revised invoice so promptly. €1,000.00 has gone out to you today – our payment reference is CA-PAY-20261120-07.

Best regards,""",
    dict(
        kind="client-reply-paid",
        amount="1000.00",
        note="'has gone out to you today'; amount is the net re-invoiced figure",
    ),
    orig="i12",
)

reply(
    "jensen",
    "Thu, 10 Dec 2026 08:44:19 -0600",
    R42,
    """Hey Alessandra —

Before AP can cut the payment for INV-2026-042 they need a W-8BEN on file, since you're a foreign contractor (first time we've paid you directly instead of through the agency). Could you fill it out and send it back to me? Here's the form: https://www.irs.gov/pub/irs-pdf/fw8ben.pdf

Sorry for the extra paperwork!""",
    dict(
        kind="client-reply-other",
        reference="INV-2026-042",
        note="W-8BEN tax form requested before payment; 'cut the payment' is conditional",
    ),
    orig="r42",
)

reply(
    "whitfield",
    "Thu, 10 Dec 2026 23:48:02 -0600",
    R42,
    """Ugh, sorry!! Doing it tomorrow morning first thing, I'm setting an alarm.""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-12-11",
        note="timezone trap: Thu 10 Dec 23:48 CST is already Fri 11 Dec UTC; 'tomorrow' in sender's zone = Fri 11 Dec",
    ),
    orig="r42",
)

reply(
    "albright",
    "Wed, 09 Dec 2026 14:02:36 -0600",
    R42_OL,
    """Alessandra,

INV-2026-042 bills 61 hours at EUR 50/hour. Our SOW for phase 2 (signed September 14) caps the phase at 50 hours, and the rate in the SOW is EUR 45/hour, not 50.

I can approve EUR 2,250.00 (50 x 45) today. Anything beyond that needs a signed change order, which we never received. Please send a corrected invoice or a credit note for the difference.""",
    dict(
        kind="client-reply-dispute",
        amount="2250.00",
        reference="INV-2026-042",
        note="rate wrong + hours over cap; would approve only 2250.00",
    ),
    orig="r42",
)

reply(
    "oconnell",
    "Tue, 15 Dec 2026 16:40:12 +1100",
    R12,
    """Hi Alessandra,

As promised — funds released this arvo, €1,220. Should hit your account tomorrow or Thursday your time.

Have a great Christmas!""",
    dict(kind="client-reply-paid", amount="1220.00", note="'funds released this arvo' (Aussie afternoon)"),
    qdays=30,
)

reply(
    "papadakis",
    "Wed, 04 Nov 2026 14:02:11 +0800",
    R12,
    """Got it, cheers. Transfer's done, €1,220 from our Wise account so you should have it already.

N""",
    dict(kind="client-reply-paid", amount="1220.00", note="terse iPhone; 'Transfer's done'"),
)

reply(
    "iyer",
    "Tue, 15 Dec 2026 12:44:31 +0530",
    R42_OL,
    """Dear Madam,

With reference to your invoice no. INV-2026-042 dated 02-Nov-2026 for EUR 3,050.00, we wish to inform you that an amount of EUR 2,745.00 has been remitted to your account today, after deduction of TDS @ 10% (EUR 305.00) under Section 195 of the Income Tax Act, 1961 read with the India-Italy DTAA.

Form 16A / TDS certificate will be shared after the quarterly return is filed. Request you to kindly acknowledge the same.""",
    dict(
        kind="client-reply-paid",
        amount="2745.00",
        reference="INV-2026-042",
        note="paid net of Indian withholding tax (TDS 10%); amount is the remitted 2745.00 not the invoice total",
    ),
    orig="r42",
)

reply(
    "kumar",
    "Thu, 03 Dec 2026 16:20:00 +0530",
    R12,
    """Dear Alessandra,

PFA the swift copy for the payment made today. Kindly confirm once received in your account.""",
    dict(kind="client-reply-paid", note="'PFA the swift copy'; amount only in attachment"),
    orig="r12b",
    attach=[
        (
            "SWIFT_MT103_SKYEXP_031226.pdf",
            "application/pdf",
            fake_pdf(
                "MT103",
                [
                    ":20:SKYEXP031226",
                    ":32A:261203EUR1220,00",
                    ":59:/IT60X0542811101000000123456",
                    "ALESSANDRA ROSSI",
                    ":70:INV 12/2026",
                ],
            ),
        )
    ],
)

reply(
    "brandt",
    "Mon, 21 Dec 2026 09:02:47 +0100",
    "AW: Payment reminder – invoice INV-2026-042",
    """Hello Mrs. Rossi,

because of our year-end closing there are no more payments in December. Your invoice INV-2026-042 is released for the payment run on 15.01.2027.

Thank you for your understanding.""",
    dict(
        kind="client-reply-promise",
        promised_date="2027-01-15",
        reference="INV-2026-042",
        note="'released for the payment run on 15.01.2027' (German date)",
    ),
    orig="r42",
)

reply(
    "eriksson",
    "Wed, 09 Dec 2026 10:40:13 +0100",
    "SV: Payment reminder – invoice INV-2026-042",
    """Hi Alessandra,

Can you please add our PO number 4500018832 on the invoice INV-2026-042 and send it again to invoice@fjallkraft.se? Our system blocks all invoices without a PO, so it is not approved yet.""",
    dict(kind="client-reply-other", reference="INV-2026-042", note="PO number request; 'not approved yet'"),
    orig="r42",
)

reply(
    "devries",
    "Thu, 12 Nov 2026 11:10:45 +0100",
    R12_OL,
    """Dear Alessandra,

Thank you for the call this morning, and good that we checked. We have now released the payment to your Italian account (the IBAN on the invoice), and we reported the fake email to our IT department.

Sorry for the delay.""",
    dict(kind="client-reply-paid", note="'released the payment' after fraud check"),
    qdays=3,
)

reply(
    "virtanen",
    "Mon, 28 Dec 2026 13:20:00 +0200",
    R42,
    """Hi,

not yet, sorry. Our CFO is on holiday until mid-January and she must approve everything over 3000 euros. I will make sure it is the first thing she signs when she is back.

Mikko""",
    dict(
        kind="client-reply-promise",
        note="'not yet' + vague promise ('mid-January', 'first thing when back') -> no promised_date; bottom-posted",
    ),
    orig="r42",
    sig=False,
)

reply(
    "kowalska",
    "Tue, 01 Dec 2026 09:14:05 +0100",
    R12,
    """Dear Alessandra,

The transfer was ordered yesterday 30.11 as I wrote before. Attached is the confirmation from the bank (in Polish, sorry).

Best regards,""",
    dict(
        kind="client-reply-paid", note="'transfer was ordered yesterday'; Polish bank confirmation attached"
    ),
    attach=[
        (
            "Potwierdzenie_przelewu_30112026.pdf",
            "application/pdf",
            fake_pdf(
                "Potwierdzenie przelewu",
                [
                    "Data: 30.11.2026",
                    "Odbiorca: Alessandra Rossi",
                    "Kwota: 1 220,00 EUR",
                    "Tytul: FV 12/2026",
                ],
            ),
        )
    ],
)

reply(
    "ferreira",
    "Mon, 14 Dec 2026 17:02:38 +0000",
    R12_OL,
    """Hi Alessandra,

all done on our side today. Sorry again for the delay.

Best regards,""",
    dict(kind="client-reply-paid", note="'all done on our side today'"),
    orig="r12b",
)

reply(
    "marquez",
    "Fri, 13 Nov 2026 12:30:40 +0100",
    R12_OL,
    """Dear Alessandra,

Files received, thank you very much! I passed the invoice to our administration, they always pay suppliers on the 25th.

Best regards,""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-11-25",
        note="habitual 'always pay on the 25th' -> next 25th = 25 Nov",
    ),
)

reply(
    "mcallister",
    "Mon, 11 Jan 2027 10:05:00 +0000",
    R42_OL,
    """Hi Alessandra

Our supplier payment runs are fortnightly on Thursdays and this is in the next one.

Kind regards
Fiona""",
    dict(
        kind="client-reply-promise",
        note="vague: 'fortnightly on Thursdays ... next one' — which Thursday is not stated -> no promised_date",
    ),
    orig="r42",
    sig=False,
)

reply(
    "birchall",
    "Thu, 19 Nov 2026 09:41:12 +0000",
    R12_OL,
    """Alessandra,

Further to our call yesterday: without any admission of liability, we are prepared to pay 50% of invoice 12/2026 (€610.00) as a goodwill gesture, in full and final settlement.

If this is acceptable please confirm by email and issue a credit note for the balance.""",
    dict(
        kind="client-reply-dispute",
        amount="610.00",
        reference="12/2026",
        note="settlement offer 50% in full and final settlement; conditional, no date",
    ),
)

reply(
    "moriarty",
    "Fri, 13 Nov 2026 12:01:47 +0000",
    R12,
    """Done now. Apologies again!""",
    dict(kind="client-reply-paid", note="two words 'Done now' from Samsung phone"),
)

reply(
    "ruiz",
    "Mon, 23 Nov 2026 13:15:02 -0700",
    R12_OL,
    """Hello Alessandra,

Invoice 12/2026 has been approved in Coupa against PO 7700214 and is scheduled for payment on 12/04/2026 via international wire.

You can track the status in the Coupa Supplier Portal under Invoices.

Thank you,""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-12-04",
        reference="12/2026",
        note="US date 12/04/2026 = 4 Dec",
    ),
)

reply(
    "cho",
    "Tue, 08 Dec 2026 09:17:33 -0800",
    R42,
    """Hey Alessandra,

Unrelated to this, but can we move Thursday's sync to Friday 10am PT? Also heads-up: we'll have ~2k more strings for the Italian release in January, I'll send the brief next week.""",
    dict(kind="client-reply-other", note="off-topic scheduling chatter in the reminder thread"),
    orig="r42",
)

reply(
    "greene",
    "Wed, 16 Dec 2026 15:45:00 -0500",
    R42_OL,
    """Hi Alessandra,

Your invoice INV-2026-042 was rejected in Ariba because the remit-to bank details don't match the bank account on your supplier profile. Please update your profile in the Ariba Network (Company Settings > Remittances) and resubmit the invoice.

Let me know if you need help.""",
    dict(
        kind="client-reply-other",
        reference="INV-2026-042",
        note="portal rejection (Ariba remit-to mismatch); administrative, not a dispute",
    ),
    orig="r42",
)

# ---------------------------------------------------------------- batch 3: client replies
reply(
    "tran",
    "Wed, 02 Dec 2026 09:14:00 +1000",
    R12_OL,
    """Hi Alessandra,

As advised, this went out in yesterday's run. Remittance attached for your records. Any international transfer fees have been charged to our side (OUR).""",
    dict(
        kind="client-reply-paid",
        note="'went out in yesterday's run' + remittance attachment; shared accounts mailbox",
    ),
    attach=[
        (
            "Remittance_CCT_EFT_20261201.pdf",
            "application/pdf",
            fake_pdf(
                "Coral Coast Tourism Pty Ltd - Remittance Advice",
                ["Payee: Alessandra Rossi", "Invoice 12/2026", "EUR 1,220.00", "Paid 01/12/2026"],
            ),
        )
    ],
)

reply(
    "whitmore",
    "Tue, 12 Jan 2027 11:20:00 +1030",
    R42,
    """Hi Alessandra,

Bad news I'm afraid — our transfer to you bounced back. NAB says the beneficiary name we entered doesn't match the account. Can you confirm the exact name the account is held in (and whether it's a business or personal account)? I'll resend as soon as I hear back.""",
    dict(
        kind="client-reply-other",
        note="payment returned by bank (name mismatch); asks for account name; not paid, no dated promise",
    ),
    orig="r42",
)

reply(
    "deshpande",
    "Wed, 02 Dec 2026 18:05:12 +0530",
    R12_OL,
    """Dear Alessandra,

Thank you for sharing the Form 10F and TRC.

We have released the payment of EUR 1,220.00 today without any TDS deduction. The reference no. is LOTUS/FX/2026/1187; payment advice attached for your kind reference.""",
    dict(kind="client-reply-paid", amount="1220.00", note="'released the payment'; advice attached"),
    orig="r12b",
    attach=[
        (
            "Payment Advice LOTUS-FX-2026-1187.pdf",
            "application/pdf",
            fake_pdf(
                "Outward Remittance Advice",
                ["Ref LOTUS/FX/2026/1187", "EUR 1,220.00", "Beneficiary ROSSI ALESSANDRA"],
            ),
        )
    ],
)

reply(
    "deshpande",
    "Fri, 18 Dec 2026 16:30:00 +0530",
    R42_OL,
    """Dear Alessandra,

Greetings!

INV-2026-042 has been approved by the business team. It will be processed in the next payment cycle i.e. 10th January, since the December cycle is already closed.""",
    dict(
        kind="client-reply-promise",
        promised_date="2027-01-10",
        reference="INV-2026-042",
        note="'next payment cycle i.e. 10th January'",
    ),
    orig="r42",
)

reply(
    "kapoor",
    "Mon, 30 Nov 2026 14:22:10 +0530",
    R12,
    """Hi Alessandra,

Accounts team confirmed the payment is in process and will be credited to your account by 5th Dec.

Thanks for your patience!""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-12-05",
        note="'in process ... will be credited by 5th Dec'; 'in process' is not yet paid",
    ),
)

reply(
    "kapoor",
    "Mon, 07 Dec 2026 10:05:00 +0530",
    R12,
    """Hi Alessandra,

Did you receive it? Accounts says it was debited from our account on 4th.""",
    dict(kind="client-reply-paid", note="paid claim phrased as 'debited from our account on 4th' + question"),
)

reply(
    "vogel",
    "Mon, 07 Dec 2026 15:44:10 +0100",
    R12,
    """Hello Alessandra,

our accounting confirms the transfer was executed this morning.

Many greetings""",
    dict(kind="client-reply-paid", note="'transfer was executed this morning'; German Gmail attribution"),
    orig="r12b",
)

reply(
    "halvorsen",
    "Mon, 14 Dec 2026 13:10:00 +0100",
    "SV: Payment reminder – invoice INV-2026-042",
    """Hi Alessandra,

Thank you for the new invoice for the 50 hours. It is approved now and goes with our payment run on Thursday.""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-12-17",
        note="'goes with our payment run on Thursday' from Mon 14 Dec -> Thu 17 Dec",
    ),
    orig="r42",
)

reply(
    "lambert",
    "Thu, 10 Dec 2026 10:25:33 +0100",
    "RE : Payment reminder – invoice INV-2026-042",
    """Hello Alessandra,

Our accountant cannot book the invoice because our intra-community VAT number (FR 12 345678901) and the mention "Autoliquidation" are missing. Could you please send us a corrected invoice with these?

Thank you in advance,""",
    dict(
        kind="client-reply-other",
        note="invoice correction request (missing VAT number / reverse-charge mention); amount not contested",
    ),
    orig="r42",
)

reply(
    "alexiou",
    "Mon, 30 Nov 2026 12:48:40 +0200",
    R12,
    """Hi Alessandra,

It went today, sorry for all this trouble. You will see it coming from Piraeus Bank.

Nikos""",
    dict(kind="client-reply-paid", note="'It went today'"),
    sig=False,
)

reply(
    "sorensen",
    "Thu, 12 Nov 2026 09:30:00 +0100",
    "SV: Payment reminder – invoice 12/2026",
    """Hi Alessandra,

Thank you, the invoice is registered now. In our system it is due for payment 15 December (our standard terms are current month + 30 days) and it is paid automatically on that date.""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-12-15",
        note="system due date stated ('due for payment 15 December ... paid automatically')",
    ),
)

reply(
    "meier",
    "Tue, 03 Nov 2026 07:58:21 +0100",
    "AW: Invoice INV-2026-042",
    """Dear Ms Rossi

Thank you, the invoice is well received.

Kind regards""",
    dict(kind="client-reply-other", note="acknowledgement/thanks only"),
    orig="i42",
)

reply(
    "moriarty",
    "Fri, 04 Dec 2026 18:30:00 +0000",
    R42,
    """Alessandra what's this for? I thought phase 2 was covered by the fixed fee we agreed back in July. Not paying another 3k on top of that until we've talked it through.""",
    dict(
        kind="client-reply-dispute", note="blunt: believes work covered by fixed fee; refuses until discussed"
    ),
    orig="r42",
)

reply(
    "ruiz",
    "Mon, 11 Jan 2027 09:10:10 -0700",
    R42_OL,
    """Hello Alessandra,

Payment for INV-2026-042 was issued on 01/08/2027 (reference PHP-WIRE-0108-3312). Please allow 3-5 business days for international wires.

Thank you,""",
    dict(kind="client-reply-paid", reference="INV-2026-042", note="'was issued on 01/08/2027' = 8 Jan (US)"),
    orig="r42",
)

reply(
    "cho",
    "Thu, 07 Jan 2027 11:02:00 -0800",
    R42,
    """Hi Alessandra — happy new year!

Finance runs vendor payouts on the 1st and 15th, and you're on the Jan 15 list. Sorry it missed the December cycle, the approval came in a day late.""",
    dict(
        kind="client-reply-promise",
        promised_date="2027-01-15",
        note="'you're on the Jan 15 list'; no payment verb",
    ),
    orig="r42",
)

reply(
    "greene",
    "Thu, 14 Jan 2027 10:30:00 -0500",
    R42_OL,
    """Hi Alessandra,

Thank you for updating your Ariba profile. The invoice has been approved and is scheduled for our next payment run on 1/22.""",
    dict(kind="client-reply-promise", promised_date="2027-01-22", note="US date 1/22"),
    orig="r42",
)

reply(
    "birchall",
    "Tue, 24 Nov 2026 16:05:31 +0000",
    R12_OL,
    """Alessandra,

Thank you for confirming and for the credit note. The €610.00 was transferred by our cashiers this afternoon; that closes the matter from our side.""",
    dict(kind="client-reply-paid", amount="610.00", note="settlement amount transferred"),
)

reply(
    "mcallister",
    "Fri, 22 Jan 2027 09:45:00 +0000",
    R42_OL,
    """Hi Alessandra

This was in Thursday's run (21/01), remittance below.

REMITTANCE ADVICE
Thistle & Loom Ltd - Supplier no. S00917
Payment date:   21/01/2027
Method:         SEPA credit transfer
Your ref        Inv date     Amount
INV-2026-042    02/11/2026   EUR 3,050.00
Total paid                   EUR 3,050.00

Kind regards
Fiona""",
    dict(
        kind="client-reply-paid",
        amount="3050.00",
        reference="INV-2026-042",
        note="'was in Thursday's run' with inline text remittance table",
    ),
    orig="r42",
    sig=False,
)

reply(
    "hollis",
    "Thu, 21 Jan 2027 08:55:12 +0000",
    R42_OL,
    """Hi Alessandra,

Confirming that went out in last night's run – £2,652.10 left our account at the bank's rate, so you should receive the full euro amount.

Regards,
Gareth""",
    dict(
        kind="client-reply-paid",
        amount="2652.10",
        note="'went out in last night's run'; amount stated only in GBP (£ in cp1252 QP); sent from Outlook for iOS",
    ),
    orig="r42",
    style="outlook_ios",
    sig=False,
)

reply(
    "albright",
    "Mon, 14 Dec 2026 12:00:00 -0600",
    R42_OL,
    """Alessandra,

Corrected invoice received and approved. AP will include it in Friday's run.""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-12-18",
        note="'include it in Friday's run' from Mon 14 Dec",
    ),
    orig="r42",
)

reply(
    "jensen",
    "Thu, 17 Dec 2026 15:20:00 -0600",
    R42,
    """W-8BEN received, thanks! AP says the wire is out — confirmation below:

Wire Reference: FT26351987452
Amount: EUR 3,050.00
Value Date: 12/17/2026
Beneficiary: Alessandra Rossi

Happy holidays!""",
    dict(kind="client-reply-paid", amount="3050.00", note="'the wire is out' + pasted confirmation"),
    orig="r42",
)

reply(
    "whitfield",
    "Fri, 11 Dec 2026 08:03:00 -0600",
    R42,
    """Sent! Let me know when it lands 🤞""",
    dict(kind="client-reply-paid", note="one word 'Sent!'"),
    orig="r42",
)

reply(
    "papadakis",
    "Sat, 02 Jan 2027 10:15:00 +0800",
    R42,
    """Alessandra we're closed till the 11th, I'll look at it when we're back. Nick""",
    dict(
        kind="client-reply-other",
        note="human-written (not auto-reply) closure note; 'look at it' is not a payment promise",
    ),
    orig="r42",
)

reply(
    "iyer",
    "Tue, 03 Nov 2026 10:30:00 +0530",
    "RE: Invoice INV-2026-042",
    """Dear Madam,

Noted with thanks. The invoice has been forwarded to the concerned department for processing.""",
    dict(kind="client-reply-other", note="acknowledgement + forwarded internally"),
    orig="i42",
)

reply(
    "kumar",
    "Wed, 09 Dec 2026 11:40:00 +0530",
    R12,
    """Madam,

Payment already done on 3rd Dec itself and swift copy also shared with you on same day. Please check with your bank and confirm.""",
    dict(kind="client-reply-paid", note="Indian English 'already done on 3rd Dec itself'"),
    orig="r12b",
)

reply(
    "kumar",
    "Tue, 12 Jan 2027 15:10:00 +0530",
    R42,
    """Dear Alessandra,

Wish you a happy new year. Regarding INV-2026-042, the same will be paid once the PO is approved by our MD. Kindly bear with us.""",
    dict(
        kind="client-reply-promise",
        reference="INV-2026-042",
        note="'once the PO is approved' — conditional, no date -> no promised_date",
    ),
    orig="r42",
)

reply(
    "brandt",
    "Tue, 19 Jan 2027 10:02:00 +0100",
    "AW: Payment reminder – invoice INV-2026-042",
    """Hello Mrs. Rossi,

we made the transfer on 15.01. as promised, but today it came back from your bank with the reason "AC04 - account closed". Please check your IBAN and send us the correct bank details, then we will transfer again.""",
    dict(
        kind="client-reply-other",
        note="transfer returned (AC04); mentions a transfer but money did not arrive -> not paid",
    ),
    orig="r42",
)

reply(
    "eriksson",
    "Fri, 18 Dec 2026 14:55:00 +0100",
    "SV: Payment reminder – invoice INV-2026-042",
    """Hi Alessandra,

the invoice INV-2026-042 with the PO number is paid today.

/Lars""",
    dict(kind="client-reply-paid", reference="INV-2026-042", note="explicit 'is paid today'"),
    orig="r42",
    sig=False,
)

reply(
    "gruber",
    "Tue, 05 Jan 2027 09:12:00 +0100",
    "AW: Payment reminder – invoice INV-2026-042",
    """Dear Ms Rossi,

the amount left our account on 22.12., value date the same day. Please check again on your side.

Kind regards""",
    dict(kind="client-reply-paid", note="'the amount left our account on 22.12.'"),
    orig="r42",
)

reply(
    "peeters",
    "Wed, 09 Dec 2026 16:20:00 +0100",
    R42_OL,
    """Hello Alessandra,

OK, clear now, thank you for the timesheet – it is a different period. We will pay INV-2026-042 with our next run on 18/12.""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-12-18",
        reference="INV-2026-042",
        note="dispute withdrawn; 'next run on 18/12'",
    ),
    orig="r42",
)

reply(
    "virtanen",
    "Wed, 20 Jan 2027 09:30:00 +0200",
    R42,
    """On 18/01/2027 10:12, Alessandra Rossi wrote:
> Dear Mikko,
>
> Just a quick reminder that invoice INV-2026-042 for €3,050.00 (61 hours,
> project phase 2) was due on 2 December 2026 and I haven't yet received
> payment.

Approved by our CFO yesterday. It is in the bank queue for Monday.

> Bank details:
> IBAN: IT60 X054 2811 1010 0000 0123 456
> BIC: BPMOITM1XXX
> Bank: Banco BPM, Milano
> Reference: INV-2026-042

Same as before, yes.

> If it's already on its way, please ignore this email.
>
> Best wishes,
> Alessandra Rossi
> Freelance translator & localisation consultant
> P.IVA 01234567890 · +39 347 123 4567

--
Mikko Virtanen, CEO
Kuusi Interactive Oy | Helsinki
+358 40 555 0193
""",
    dict(
        kind="client-reply-promise",
        promised_date="2027-01-25",
        note="inline (interleaved) answers inside the quote; 'in the bank queue for Monday' from Wed 20 Jan -> Mon 25 Jan",
    ),
    orig="r42",
    style="custom",
)

reply(
    "raman",
    "Mon, 02 Nov 2026 12:40:00 +0000",
    "Re: Invoice INV-2026-042",
    """Received, thanks Alessandra!""",
    dict(kind="client-reply-other", note="thanks only, reply to the invoice email"),
    orig="i42",
    sig=False,
)

reply(
    "kavanagh",
    "Fri, 08 Jan 2027 11:11:00 +0000",
    R42,
    """Hi Alessandra, happy new year!

That's all done — went out this morning with the rest of the January bills.

S""",
    dict(kind="client-reply-paid", note="'That's all done — went out this morning'"),
    orig="r42",
    sig=False,
)

# ---------------------------------------------------------------- batch 4: client replies (disputes, negations, February)
reply(
    "okafor",
    "Tue, 24 Nov 2026 10:20:00 +0000",
    R12_OL,
    """Good morning,

We have now received invoice 12/2026 twice on Tungsten (document refs TN-4471902 and TN-4471955). The second submission will be rejected as a duplicate - please do not resubmit it again, the first one is progressing through approval.

Kind regards,""",
    dict(
        kind="client-reply-other",
        reference="12/2026",
        note="portal duplicate-submission notice; 'progressing through approval' has no date; not disputing the debt",
    ),
)

reply(
    "ashdown",
    "Tue, 12 Jan 2027 08:40:00 +0000",
    R42,
    """Paid? No. Still waiting on the revised visuals you said you'd send before Christmas. Will pay when they're in. R""",
    dict(kind="client-reply-dispute", note="'Paid? No.' + withholding until deliverables arrive"),
    orig="r42",
)

reply(
    "brennan",
    "Mon, 11 Jan 2027 14:00:00 +0000",
    "RE: Invoice 12/2026",
    """Hi Alessandra,

Happy new year! We're completing our year-end supplier reconciliation. Could you send us a statement of account showing all invoices, credit notes and payments between us for 2026?

Thanks a million,""",
    dict(kind="client-reply-other", note="statement-of-account request"),
    orig="i12",
)

reply(
    "devries",
    "Tue, 08 Dec 2026 11:05:00 +0100",
    R42_OL,
    """Dear Alessandra,

The invoice shows 61 hours at €50, but our agreement for phase 2 (your email of 3 September) says €42,50 per hour. Please send a credit note for the difference of €457,50.

The rest, €2.592,50, we can pay directly when the credit note is here.""",
    dict(
        kind="client-reply-dispute",
        amount="2592.50",
        note="rate is wrong; partial amount in European format 2.592,50; conditional, no date",
    ),
    orig="r42",
)

reply(
    "kowalska",
    "Thu, 10 Dec 2026 09:00:00 +0100",
    R42,
    """Dear Alessandra,

Could you resend invoice INV-2026-042 with our full company name "Wisła Soft sp. z o.o."? On the PDF it is written "Wisla Software" and our accounting office can not book it like that.

Thank you,""",
    dict(kind="client-reply-other", reference="INV-2026-042", note="correction of company name requested"),
    orig="r42",
)

reply(
    "marquez",
    "Fri, 27 Nov 2026 13:00:00 +0100",
    R12_OL,
    """Dear Alessandra,

Not yet, I'm sorry! Administration had a problem with the bank file of the 25th. It is now scheduled for Tuesday.

Best regards,""",
    dict(
        kind="client-reply-promise",
        promised_date="2026-12-01",
        note="'Not yet' then 'scheduled for Tuesday' from Fri 27 Nov -> Tue 1 Dec",
    ),
)

reply(
    "raman",
    "Fri, 04 Dec 2026 16:45:00 +0000",
    R42,
    """Hi Alessandra,

Finance have queried INV-2026-042: the SOW for phase 2 covered 45 hours. We're happy to pay for those (€2,250) straight away, but the other 16 hours need sign-off from Tom, who's out until January.

Does that work for you?""",
    dict(
        kind="client-reply-dispute",
        amount="2250.00",
        reference="INV-2026-042",
        note="partial: pay agreed hours, not the extra; no date",
    ),
    orig="r42",
)

reply(
    "jensen",
    "Tue, 03 Nov 2026 08:25:00 -0600",
    R12,
    """Hmm, I thought this was handled in October. Let me chase AP and get back to you today.""",
    dict(kind="client-reply-other", note="'let me chase AP' — follow-up, not a payment promise"),
    qdays=1,
    sig=False,
)

reply(
    "tran",
    "Tue, 08 Dec 2026 09:30:00 +1000",
    R42_OL,
    """Hi Alessandra,

We're unable to locate a purchase order for INV-2026-042, and the manager who engaged you has advised that phase 2 was not approved by the business. Unfortunately we won't be able to pay the invoice in its current form.

Please contact Mark Jennings directly if you'd like to discuss.""",
    dict(
        kind="client-reply-dispute",
        reference="INV-2026-042",
        note="work not approved; refuses in current form",
    ),
    orig="r42",
)

reply(
    "sorensen",
    "Mon, 07 Dec 2026 14:12:00 +0100",
    "SV: Payment reminder – invoice INV-2026-042",
    """Hi Alessandra,

We have only received the first half of the catalogue texts (pages 1-48). The rest never arrived. We pay the invoice when we have everything, as agreed.""",
    dict(kind="client-reply-dispute", note="deliverables incomplete; withholding"),
    orig="r42",
)

reply(
    "meier",
    "Thu, 10 Dec 2026 08:30:00 +0100",
    "AW: Payment reminder – invoice INV-2026-042",
    """Dear Ms Rossi

The invoice shows 61 hours, but the time report you sent us in November shows 52 hours. We will pay the 52 hours (EUR 2'600.00). For the difference we need an explanation first.

Kind regards""",
    dict(
        kind="client-reply-dispute", amount="2600.00", note="hours mismatch; will pay 52h only, Swiss format"
    ),
    orig="r42",
)

reply(
    "alexiou",
    "Sat, 05 Dec 2026 11:02:00 +0200",
    R42,
    """Alessandra, 61 hours?? We agreed a fixed price of 2.000 euro for phase 2. Please correct the invoice, I will not pass this to the accountant like this.""",
    dict(kind="client-reply-dispute", note="blunt: fixed price agreed, amount wrong"),
    orig="r42",
    sig=False,
)

reply(
    "vogel",
    "Mon, 14 Dec 2026 10:02:00 +0100",
    R42,
    """Hello Alessandra,

sorry, could you send me the PDF of INV-2026-042 once more? I cannot find it anymore and our accounting needs it before they can do anything.

Thank you!""",
    dict(kind="client-reply-other", reference="INV-2026-042", note="resend PDF"),
    orig="r42",
)

reply(
    "kapoor",
    "Wed, 06 Jan 2027 12:00:00 +0530",
    R12,
    """Hi Alessandra,

Happy New Year! For the upcoming invoices our accounts team wanted to check if you can accept payments in INR via Payoneer instead of a EUR wire? It would save us quite a bit in bank charges.

Let me know!""",
    dict(kind="client-reply-other", note="payment-method question about future invoices"),
    qdays=45,
)

reply(
    "moriarty",
    "Tue, 02 Feb 2027 17:20:00 +0000",
    R42,
    """Paid the 2k we agreed on the phone. Call it square?""",
    dict(kind="client-reply-paid", amount="2000.00", note="settlement '2k' paid; Samsung phone"),
    orig="r42",
)

reply(
    "tran",
    "Wed, 03 Feb 2027 10:00:00 +1000",
    R42_OL,
    """Hi Alessandra,

Following a review by our GM, INV-2026-042 has been approved after all. It'll be included in the 15 February EFT run.

Apologies for the inconvenience.""",
    dict(
        kind="client-reply-promise",
        promised_date="2027-02-15",
        reference="INV-2026-042",
        note="'included in the 15 February EFT run'",
    ),
    orig="r42",
    qdays=10,
)

reply(
    "alexiou",
    "Mon, 15 Feb 2027 18:40:00 +0200",
    R42,
    """OK for the 2.500 as we discussed on the phone. I will transfer it when the money from the charter season comes, probably in March.

Nikos""",
    dict(
        kind="client-reply-promise",
        amount="2500.00",
        note="vague: 'probably in March' -> no promised_date; amount 2.500 European format",
    ),
    orig="r42",
    sig=False,
    qdays=7,
)

reply(
    "devries",
    "Thu, 04 Feb 2027 10:15:00 +0100",
    R42_OL,
    """Dear Alessandra,

Thank you for the credit note. The €2.592,50 is transferred today.""",
    dict(kind="client-reply-paid", amount="2592.50", note="'is transferred today'"),
    orig="r42",
)

reply(
    "ashdown",
    "Fri, 05 Feb 2027 16:00:00 +0000",
    R42,
    """Visuals in, ta. Payment's gone.""",
    dict(kind="client-reply-paid", note="'Payment's gone'"),
    orig="r42",
    qdays=10,
)

reply(
    "sorensen",
    "Mon, 08 Feb 2027 09:45:00 +0100",
    "SV: Payment reminder – invoice INV-2026-042",
    """Hi Alessandra,

We received the last texts, thank you. The invoice goes with our run on Friday 12 February.""",
    dict(
        kind="client-reply-promise",
        promised_date="2027-02-12",
        note="'goes with our run on Friday 12 February'",
    ),
    orig="r42",
)

reply(
    "raman",
    "Tue, 09 Feb 2027 11:30:00 +0000",
    R42,
    """Hi Alessandra,

Good news — Tom has signed off the extra 16 hours. The remaining €800 will go out at the end of the month with our supplier batch.

Best,""",
    dict(
        kind="client-reply-promise",
        promised_date="2027-02-28",
        amount="800.00",
        note="'will go out at the end of the month' -> 28 Feb; remaining balance only",
    ),
    orig="r42",
)


# =====================================================================
# ---------------------------------------------------------------- machine-mail helpers
def card(
    brand_name,
    color,
    heading,
    before,
    rows,
    after,
    footer,
    lang="it",
    layout="table",
    font="Arial",
    button=None,
):
    """per-brand transactional skeleton -> (plain, html); contents are per message."""
    esc = lambda x: H.escape(x, quote=False)
    if layout == "table":
        body_rows = "".join(
            f'<tr><td style="padding:7px 10px;color:#6b6b6b;border-bottom:1px solid #ececec;font-size:13px">{esc(k)}</td>'
            f'<td style="padding:7px 10px;border-bottom:1px solid #ececec;font-size:14px;text-align:right"><strong>{esc(v)}</strong></td></tr>'
            for k, v in rows
        )
        rows_html = f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">{body_rows}</table>'
    else:  # stacked label/value blocks
        rows_html = "".join(
            f'<div style="margin:0 0 12px"><div style="font-size:12px;color:#8a8a8a;text-transform:uppercase;letter-spacing:.5px">{esc(k)}</div>'
            f'<div style="font-size:16px;color:#111">{esc(v)}</div></div>'
            for k, v in rows
        )
    paras = lambda ps: "".join(
        f'<p style="margin:0 0 14px;font-size:14px;line-height:20px">{esc(p)}</p>' for p in ps
    )
    btn = ""
    if button:
        btn = (
            f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="{color}" style="border-radius:4px">'
            f'<a href="{button[1]}" style="display:inline-block;padding:10px 22px;color:#fff;text-decoration:none;font-weight:bold">{esc(button[0])}</a></td></tr></table>'
        )
    html_ = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(heading)}</title></head>
<body style="margin:0;padding:0;background:#f2f3f5;font-family:{font},Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f5"><tr><td align="center" style="padding:20px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:600px">
<tr><td style="background:{color};padding:16px 24px;color:#fff;font-size:18px;font-weight:bold">{esc(brand_name)}</td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px;font-weight:bold">{esc(heading)}</h1>
{paras(before)}
{rows_html}
<div style="height:16px"></div>
{paras(after)}
{btn}
</td></tr>
<tr><td style="padding:16px 24px;background:#fafafa;font-size:11px;line-height:16px;color:#8a8a8a">{"<br>".join(esc(f) for f in footer)}</td></tr>
</table></td></tr></table>
</body></html>"""
    plain = (
        heading
        + "\n\n"
        + "\n\n".join(before)
        + ("\n\n" if before else "")
        + "\n".join(f"{k}: {v}" for k, v in rows)
        + "\n\n"
        + "\n\n".join(after)
        + (f"\n\n{button[0]}: {button[1]}" if button else "")
        + "\n\n"
        + "\n".join(footer)
        + "\n"
    )
    return plain, html_


def reminder_rfc822(rcpt, num, date, key="r12", first="Sir or Madam", headers_only=False):
    subj, body = orig_text(key, first)
    hdrs = (
        f"Return-Path: <{ME_ADDR}>\n"
        f"Received: from [192.168.1.23] (host-87-12-34-56.retail.example-isp.it [87.12.34.56])\n"
        f"\tby smtp.example.it (Postfix) with ESMTPSA id {h8(rcpt, num, n=12).upper()}\n"
        f"\tfor <{rcpt}>; {date}\n"
        f"From: {ME}\nTo: {rcpt}\nSubject: {enc_subject(subj, 'Q')}\nDate: {date}\n"
        f"Message-ID: <reminder-{num:04d}@example.it>\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: quoted-printable\n"
    )
    if headers_only:
        return hdrs
    return hdrs + "\n" + quopri.encodestring(body.encode("utf-8")).decode("ascii")


def dsn(
    bk,
    date,
    subject,
    labels,
    *,
    human,
    rcpt,
    action,
    status,
    diag,
    reporting_mta,
    arrival,
    orig_num,
    orig_date,
    from_,
    remote_mta=None,
    human_html=None,
    headers_only=False,
    extra=(),
    ds_extra="",
    rcpt_extra="",
    key="r12",
    first="Sir or Madam",
    bstyle="plain",
    senc="Q",
):
    ds = f"Reporting-MTA: dns; {reporting_mta}\n{ds_extra}Arrival-Date: {arrival}\n\n"
    ds += f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\n"
    if remote_mta:
        ds += f"Remote-MTA: dns; {remote_mta}\n"
    ds += f"Diagnostic-Code: smtp; {diag}\n{rcpt_extra}"
    hp = text("plain", human, "utf-8", "quoted-printable" if not is_ascii(human) else "7bit")
    if human_html:
        hp = multi("alternative", [hp, text("html", human_html, "utf-8")], bstyle)
    om = reminder_rfc822(rcpt, orig_num, orig_date, key, first, headers_only)
    op = leaf("text/rfc822-headers" if headers_only else "message/rfc822", om, "7bit")
    part = multi(
        "report",
        [hp, leaf("message/delivery-status", ds, "7bit"), op],
        bstyle,
        params="; report-type=delivery-status",
    )
    heads = [("Auto-Submitted", "auto-replied")] + list(extra)
    machine(bk, date, subject, labels, part=part, from_=from_, extra=heads, senc=senc)


def autoreply(
    bk,
    date,
    subject,
    body,
    labels,
    *,
    num,
    from_=None,
    rfc="auto-replied",
    extra=(),
    html_=None,
    charset=None,
    cte="quoted-printable",
    senc="B",
):
    ex = []
    if rfc:
        ex.append(("Auto-Submitted", rfc))
    ex += list(extra)
    machine(
        bk,
        date,
        subject,
        labels,
        plain=body,
        html_=html_,
        from_=from_,
        extra=ex,
        irt=f"<reminder-{num:04d}@example.it>",
        charset=charset,
        cte=cte,
        senc=senc,
    )


# ---------------------------------------------------------------- batch 5: Italian machine mail
# brands (dev)
brand(
    "nexi",
    "Nexi",
    "noreply@notifiche.nexi.it",
    "dev",
    "it",
    [("X-Mailer", "Nexi XPay Notification Service"), ("Reply-To", "noreply@notifiche.nexi.it")],
)
brand("illimity", "illimity", "notifiche@illimity.com", "dev", "it")
brand("sella", "Banca Sella", "avvisi@sella.it", "dev", "it", charset="iso-8859-1")
brand(
    "wise_it",
    "Wise",
    "noreply@wise.com",
    "dev",
    "it",
    [("List-Unsubscribe", "<https://wise.com/settings/notifications>")],
)
brand("aruba_fe", "Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it", "dev", "it")
brand("studioferraro", "Laura Ferraro", "amministrazione@studioferraro.it", "dev", "it")
brand("orsolini", "Cantina Orsolini", "info@cantinaorsolini.it", "dev", "it")
brand("tipografia", "Tipografia Moderna", "contabilita@tipografiamoderna.it", "dev", "it")
brand("mta_it_dev", "Mail Delivery System", "MAILER-DAEMON@smtp-out.example.it", "dev", "it")
# brands (firstread2)
brand("hype", "HYPE", "noreply@hype.it", "firstread2", "it")
brand("mediolanum", "Banca Mediolanum", "comunicazioni@bancamediolanum.it", "firstread2", "it")
brand("poste", "Poste Italiane", "noreply@posteitaliane.it", "firstread2", "it")
brand("satispay", "Satispay", "noreply@satispay.com", "firstread2", "it")
brand("fic", "Fatture in Cloud", "notifiche@fattureincloud.it", "firstread2", "it")
brand("orsini", "Gruppo Orsini - Ufficio Amministrazione", "helpdesk@gruppoorsini.it", "firstread2", "it")
brand("zanetti", "Paolo Zanetti", "p.zanetti@vetreriazanetti.it", "firstread2", "it")
brand(
    "exch_it",
    "Microsoft Outlook",
    "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.it",
    "firstread2",
    "it",
)
brand("relay_it", "Mail Delivery System", "MAILER-DAEMON@relay2.servizimail.it", "firstread2", "it")

NEXI_FOOT = [
    "Questa e-mail è generata automaticamente: ti preghiamo di non rispondere.",
    "Nexi Payments S.p.A. – Corso Sempione 55, 20149 Milano – P.IVA 10542790968",
]

pl, ht = card(
    "Nexi XPay",
    "#2d32aa",
    "Pagamento ricevuto",
    [
        "Gentile Esercente,",
        "ti informiamo che è stata effettuata con esito positivo la seguente transazione tramite Pay by Link:",
    ],
    [
        ("Esercente", "ROSSI ALESSANDRA TRADUZIONI"),
        ("Codice ordine", "FATT 12-2026"),
        ("Data e ora", "05/11/2026 14:31:57"),
        ("Importo", "1.220,00 EUR"),
        ("Esito", "AUTORIZZATA"),
        ("Circuito", "Mastercard"),
        ("Carta", "5123 45** **** 0987"),
        ("Codice autorizzazione", "0A7F2C"),
    ],
    ["L'importo sarà accreditato sul conto di regolamento secondo le condizioni contrattuali."],
    NEXI_FOOT,
)
machine(
    "nexi",
    "Thu, 05 Nov 2026 14:32:18 +0100",
    "Nexi XPay - Esito transazione: ordine FATT 12-2026",
    dict(
        kind="payment-notification",
        amount="1220.00",
        reference="12/2026",
        note="merchant notice of a card payment via Pay by Link; order code 'FATT 12-2026' -> 12/2026; amount in table cell",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Nexi XPay",
    "#2d32aa",
    "Transazione non andata a buon fine",
    [
        "Gentile Esercente,",
        "il tentativo di pagamento tramite Pay by Link indicato di seguito non è stato completato:",
    ],
    [
        ("Codice ordine", "FATT 12-2026"),
        ("Data e ora", "04/11/2026 18:05:12"),
        ("Importo", "1.220,00 EUR"),
        ("Esito", "NEGATA"),
        ("Motivo", "Autenticazione 3D Secure non completata"),
    ],
    [
        "Il link di pagamento resta valido fino alla data di scadenza impostata. Nessun importo è stato addebitato al cliente."
    ],
    NEXI_FOOT,
)
machine(
    "nexi",
    "Wed, 04 Nov 2026 18:05:44 +0100",
    "Nexi XPay - Esito transazione NEGATA: ordine FATT 12-2026",
    dict(
        kind="other",
        reference="12/2026",
        note="failed/declined pay-by-link attempt: same order code and amount as the real payment next day, but nothing received",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Nexi",
    "#2d32aa",
    "Il tuo estratto conto è disponibile",
    [
        "Gentile ALESSANDRA ROSSI,",
        "è disponibile nell'App Nexi Pay e nell'Area Personale l'estratto conto della tua carta.",
    ],
    [
        ("Carta", "Nexi Classic **** 4417"),
        ("Periodo", "28/10/2026 - 27/11/2026"),
        ("Totale da addebitare", "347,80 €"),
        ("Data di addebito sul conto", "15/12/2026"),
    ],
    ["Ti ricordiamo che l'importo sarà addebitato automaticamente sul conto corrente collegato."],
    NEXI_FOOT,
    button=("Vai all'estratto conto", "https://www.nexi.it/area-personale"),
)
machine(
    "nexi",
    "Mon, 30 Nov 2026 07:12:40 +0100",
    "Il tuo estratto conto Nexi di novembre è disponibile",
    dict(kind="other", note="credit card statement: amount to be debited, not income"),
    plain=pl,
    html_=ht,
    extra=[("List-Unsubscribe", "<mailto:unsubscribe@notifiche.nexi.it>")],
)

pl, ht = card(
    "illimity",
    "#ff5a3c",
    "Hai ricevuto un bonifico",
    ["Ciao Alessandra,", "sul tuo conto illimity è appena arrivato un bonifico SEPA."],
    [
        ("Importo", "+ 3.050,00 €"),
        ("Ordinante", "FJALLKRAFT DESIGN AB"),
        ("Causale", "INV-2026-042 PO 4500018832"),
        ("Data valuta", "21/12/2026"),
    ],
    ["Puoi vedere tutti i dettagli del movimento nell'app illimity."],
    [
        "illimity Bank S.p.A. – Via Soperga 9, 20124 Milano",
        "Questa è una comunicazione di servizio: non rispondere a questa email.",
    ],
    layout="stack",
    font="Helvetica",
)
machine(
    "illimity",
    "Mon, 21 Dec 2026 09:15:33 +0100",
    "Hai ricevuto un bonifico",
    dict(
        kind="payment-notification",
        amount="3050.00",
        reference="INV-2026-042",
        note="incoming SEPA credit; amount and causale in stacked HTML blocks",
    ),
    plain=pl,
    html_=ht,
    bstyle="plain",
)

pl, ht = card(
    "illimity",
    "#ff5a3c",
    "Fai crescere i tuoi risparmi",
    [
        "Ciao Alessandra,",
        "con il conto deposito illimity puoi vincolare i tuoi risparmi a un tasso fino al 3,50% lordo annuo.",
    ],
    [
        ("Esempio", "10.000 € vincolati per 12 mesi"),
        ("Interessi lordi", "350,00 €"),
        ("Costi di apertura", "0,00 €"),
    ],
    [
        "Offerta valida fino al 31/01/2027 per nuovi vincoli. Messaggio pubblicitario con finalità promozionale."
    ],
    [
        "illimity Bank S.p.A.",
        "Non vuoi più ricevere comunicazioni commerciali? Gestisci le tue preferenze nell'app.",
    ],
    layout="stack",
    font="Helvetica",
    button=("Apri un vincolo", "https://www.illimity.com/conto-deposito"),
)
machine(
    "illimity",
    "Tue, 12 Jan 2027 11:00:00 +0100",
    "Alessandra, i tuoi risparmi possono rendere fino al 3,50%",
    dict(kind="other", note="bank marketing with euro amounts"),
    plain=pl,
    html_=ht,
    extra=[("List-Unsubscribe", "<https://www.illimity.com/unsubscribe?u=8812>"), ("Precedence", "bulk")],
)

machine(
    "sella",
    "Thu, 05 Nov 2026 08:02:11 +0100",
    "Avviso movimento conto corrente",
    dict(
        kind="payment-notification",
        amount="1220.00",
        reference="12/2026",
        note="plain-text 'Avviso movimento' for an incoming transfer; causale 'FT.12/26' -> 12/2026",
    ),
    plain="""Gentile Cliente,

ti informiamo che in data 05/11/2026 sul conto corrente n. 052 8474 1290
intestato a ROSSI ALESSANDRA è stato registrato il seguente movimento:

Tipo operazione : ACCREDITO BONIFICO SEPA
Importo         : +1.220,00 EUR
Data valuta     : 05/11/2026
Ordinante       : BRIGHTWATER DIGITAL LTD
Causale         : FT.12/26 BRIGHTWATER PAY RUN 0211

Il saldo aggiornato è consultabile su www.sella.it o tramite l'app Sella.

Questo messaggio è stato inviato automaticamente, si prega di non rispondere.
Banca Sella S.p.A. - Piazza Gaudenzio Sella 1, 13900 Biella
""",
)

machine(
    "sella",
    "Tue, 01 Dec 2026 08:04:52 +0100",
    "Avviso movimento conto corrente",
    dict(
        kind="other", note="same subject as an incoming credit, but it is a SEPA direct debit (utility bill)"
    ),
    plain="""Gentile Cliente,

ti informiamo che in data 01/12/2026 sul conto corrente n. 052 8474 1290
intestato a ROSSI ALESSANDRA è stato registrato il seguente movimento:

Tipo operazione : ADDEBITO DIRETTO SEPA (SDD CORE)
Importo         : -86,40 EUR
Data valuta     : 01/12/2026
Creditore       : A2A ENERGIA SPA
Rif. mandato    : A2A-0091827731
Descrizione     : FATTURA ENERGIA ELETTRICA NOV 2026

Il saldo aggiornato è consultabile su www.sella.it o tramite l'app Sella.

Questo messaggio è stato inviato automaticamente, si prega di non rispondere.
Banca Sella S.p.A. - Piazza Gaudenzio Sella 1, 13900 Biella
""",
)

machine(
    "sella",
    "Wed, 16 Dec 2026 12:30:10 +0100",
    "Avviso movimento conto corrente",
    dict(
        kind="other",
        note="outgoing transfer ordered by the freelancer; 'parcella 4/2026' is someone else's invoice",
    ),
    plain="""Gentile Cliente,

ti informiamo che in data 16/12/2026 sul conto corrente n. 052 8474 1290
intestato a ROSSI ALESSANDRA è stato registrato il seguente movimento:

Tipo operazione : DISPOSIZIONE DI BONIFICO
Importo         : -450,00 EUR
Data valuta     : 16/12/2026
Beneficiario    : STUDIO COMMERCIALE BIANCHI
Causale         : SALDO PARCELLA 4/2026

Il saldo aggiornato è consultabile su www.sella.it o tramite l'app Sella.

Questo messaggio è stato inviato automaticamente, si prega di non rispondere.
Banca Sella S.p.A. - Piazza Gaudenzio Sella 1, 13900 Biella
""",
)

WISE_IT_FOOT = [
    "Wise Europe SA, Rue du Trône 100, 1050 Bruxelles.",
    "Hai ricevuto questa email perché hai un conto Wise.",
]
pl, ht = card(
    "Wise",
    "#163300",
    "Hai ricevuto 2.745,00 EUR",
    [
        "Ciao Alessandra,",
        "VANGUARD INFOTECH PRIVATE LIMITED ti ha inviato del denaro. È già disponibile nel tuo saldo EUR.",
    ],
    [
        ("Da", "VANGUARD INFOTECH PRIVATE LIMITED"),
        ("Importo ricevuto", "2.745,00 EUR"),
        ("Riferimento", "INV-2026-042 LESS TDS"),
        ("Ricevuto il", "15 dicembre 2026"),
    ],
    ["Grazie,", "Il team Wise"],
    WISE_IT_FOOT,
    layout="stack",
)
machine(
    "wise_it",
    "Tue, 15 Dec 2026 16:20:45 +0100",
    "Hai ricevuto 2.745,00 EUR",
    dict(
        kind="payment-notification",
        amount="2745.00",
        reference="INV-2026-042",
        note="Wise in Italian; net of withholding tax",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Wise",
    "#163300",
    "Il tuo denaro è in viaggio",
    ["Ciao Alessandra,", "abbiamo inviato il tuo bonifico. Dovrebbe arrivare entro oggi."],
    [
        ("A", "Marco Conti"),
        ("Importo inviato", "300,00 EUR"),
        ("Commissioni", "0,43 EUR"),
        ("Riferimento", "affitto studio gennaio"),
    ],
    ["Grazie,", "Il team Wise"],
    WISE_IT_FOOT,
    layout="stack",
)
machine(
    "wise_it",
    "Fri, 08 Jan 2027 10:02:00 +0100",
    "Il tuo bonifico di 300,00 EUR a Marco Conti è stato inviato",
    dict(
        kind="other", note="outgoing transfer confirmation from the same provider that sends income notices"
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Aruba Fatturazione Elettronica",
    "#e2001a",
    "Notifica di consegna",
    [
        "Gentile Cliente,",
        "il Sistema di Interscambio (SdI) ha recapitato al destinatario la fattura indicata di seguito.",
    ],
    [
        ("Numero fattura", "14/2026"),
        ("Data fattura", "03/11/2026"),
        ("Destinatario", "OFFICINE BENASSI SRL"),
        ("Identificativo SdI", "12864420991"),
        ("Esito", "Fattura consegnata"),
    ],
    ["La ricevuta di consegna (RC) è disponibile nel pannello di Fatturazione Elettronica."],
    [
        "Aruba S.p.A. – Via San Clemente 53, 24036 Ponte San Pietro (BG)",
        "Messaggio generato automaticamente.",
    ],
)
machine(
    "aruba_fe",
    "Wed, 04 Nov 2026 11:12:00 +0100",
    "Fattura Elettronica: notifica di consegna - Fattura n. 14/2026",
    dict(
        kind="other",
        reference="14/2026",
        note="SdI 'fattura consegnata' e-invoicing delivery receipt, not a payment",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Aruba Fatturazione Elettronica",
    "#e2001a",
    "Notifica di scarto",
    ["Gentile Cliente,", "il Sistema di Interscambio ha scartato la fattura indicata di seguito."],
    [
        ("Numero fattura", "15/2026"),
        ("Data fattura", "30/11/2026"),
        ("Destinatario", "STUDIO GRAFICO LUMEN SNC"),
        ("Codice errore", "00404 - Fattura duplicata"),
    ],
    ["Correggi il documento e invialo nuovamente entro 5 giorni dalla data della notifica."],
    [
        "Aruba S.p.A. – Via San Clemente 53, 24036 Ponte San Pietro (BG)",
        "Messaggio generato automaticamente.",
    ],
)
machine(
    "aruba_fe",
    "Tue, 01 Dec 2026 15:40:00 +0100",
    "Fattura Elettronica: notifica di scarto - Fattura n. 15/2026",
    dict(kind="other", reference="15/2026", note="SdI rejection notice (duplicate), e-invoicing"),
    plain=pl,
    html_=ht,
)

autoreply(
    "studioferraro",
    "Fri, 06 Nov 2026 09:41:10 +0100",
    "Risposta automatica: Payment reminder – invoice 12/2026",
    """Buongiorno,

sono fuori ufficio fino a lunedì 9 novembre compreso e rientrerò martedì 10 novembre.
Per questioni urgenti potete contattare la segreteria allo 0521 555 010.

Cordiali saluti
Laura Ferraro
Studio Ferraro Architetti
""",
    dict(
        kind="auto-reply",
        return_date="2026-11-10",
        note="Exchange OOO with RFC 3834 header; 'fino a lunedì 9 compreso, rientrerò martedì 10'",
    ),
    num=4101,
    rfc="auto-generated",
    senc="OQU",
    extra=[
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "amministrazione@studioferraro.it"),
        ("Content-Language", "it-IT"),
    ],
)

autoreply(
    "orsolini",
    "Wed, 23 Dec 2026 10:12:00 +0100",
    "Chiusura per festività",
    """Grazie per il messaggio.

L'azienda è chiusa per le festività natalizie: rientriamo in ufficio lunedì e risponderemo a tutte le email in ordine di arrivo.

Buone feste!
Cantina Orsolini
""",
    dict(
        kind="auto-reply",
        return_date="2026-12-28",
        note="weekday-only return ('rientriamo lunedì') from Wed 23 Dec -> Mon 28 Dec; Gmail vacation responder, custom subject",
    ),
    num=4102,
    rfc="auto-replied",
)

autoreply(
    "tipografia",
    "Mon, 16 Nov 2026 14:03:00 +0100",
    "Indirizzo non più attivo - Re: Payment reminder – invoice 12/2026",
    """Gentile mittente,

questo indirizzo email non è più in uso dal 1° novembre 2026.
Per comunicazioni amministrative scrivere a amministrazione@tipografiamoderna.it.

Il messaggio NON verrà inoltrato automaticamente.

Tipografia Moderna s.r.l.
""",
    dict(kind="auto-reply", note="'address no longer in use' autoresponder, no RFC 3834 headers at all"),
    num=4103,
    rfc=None,
)

dsn(
    "mta_it_dev",
    "Tue, 10 Nov 2026 09:15:40 +0100",
    "Messaggio non consegnato",
    dict(
        kind="bounce",
        failed_recipient="contabilita@cantierenavalelerici.it",
        permanent=True,
        note="localised (Italian) Postfix DSN, 550 5.1.1 user unknown",
    ),
    human="""Questo è il sistema di posta del server smtp-out.example.it.

Siamo spiacenti di informarti che il tuo messaggio non è stato consegnato
a uno o più destinatari. Il messaggio originale è allegato qui sotto.

Per ulteriore assistenza scrivi a postmaster@example.it, includendo questo
rapporto di errore.

                   Il sistema di posta

<contabilita@cantierenavalelerici.it>: il server mx.cantierenavalelerici.it[93.62.14.7]
    ha risposto: 550 5.1.1 <contabilita@cantierenavalelerici.it>: Recipient
    address rejected: User unknown in virtual mailbox table (in risposta al
    comando RCPT TO)
""",
    rcpt="contabilita@cantierenavalelerici.it",
    action="failed",
    status="5.1.1",
    diag="550 5.1.1 <contabilita@cantierenavalelerici.it>: Recipient address rejected: User unknown in virtual mailbox table",
    reporting_mta="smtp-out.example.it",
    remote_mta="mx.cantierenavalelerici.it",
    arrival="Tue, 10 Nov 2026 09:15:37 +0100",
    orig_num=4104,
    orig_date="Tue, 10 Nov 2026 09:15:36 +0100",
    from_="Mail Delivery System <MAILER-DAEMON@smtp-out.example.it>",
    ds_extra="X-Postfix-Queue-ID: 4Nk7Yq2CzLz9tQ\nX-Postfix-Sender: rfc822; alessandra@example.it\n",
)

# ---- Italian, firstread2
pl, ht = card(
    "HYPE",
    "#0a1e5a",
    "Hai ricevuto un bonifico 💸",
    ["Ciao Alessandra!", "È appena arrivato un bonifico sul tuo conto HYPE."],
    [
        ("Importo", "610,00 €"),
        ("Da", "BIRCHALL AND FINCH LLP"),
        ("Causale", "SETTLEMENT INV 12/2026"),
        ("Data", "24 nov 2026"),
    ],
    ["Controlla i dettagli nell'app."],
    ["HYPE S.p.A. – Via Ripamonti 89, 20141 Milano", "Non rispondere a questa email."],
    layout="stack",
    font="Helvetica",
)
machine(
    "hype",
    "Tue, 24 Nov 2026 17:20:00 +0100",
    "Hai ricevuto un bonifico 💸",
    dict(
        kind="payment-notification",
        amount="610.00",
        reference="12/2026",
        note="emoji subject; settlement amount; 'INV 12/2026' in causale",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "HYPE",
    "#0a1e5a",
    "Hai inviato 45,00 € a Giulia",
    ["Ciao Alessandra,", "il tuo invio di denaro è andato a buon fine."],
    [("Importo", "45,00 €"), ("A", "Giulia Rinaldi"), ("Messaggio", "pizza sabato 🍕")],
    [],
    ["HYPE S.p.A. – Via Ripamonti 89, 20141 Milano", "Non rispondere a questa email."],
    layout="stack",
    font="Helvetica",
)
machine(
    "hype",
    "Sat, 12 Dec 2026 20:14:00 +0100",
    "Hai inviato 45,00 € a Giulia",
    dict(kind="other", note="outgoing peer-to-peer payment by the freelancer"),
    plain=pl,
    html_=ht,
)

MED_FOOT = [
    "Banca Mediolanum S.p.A. – Palazzo Meucci, Via Ennio Doris – 20079 Basiglio (MI)",
    "Questa comunicazione è inviata automaticamente. Per informazioni contatta il tuo Family Banker.",
]
pl, ht = card(
    "Banca Mediolanum",
    "#0057a0",
    "Accredito bonifico",
    [
        "Gentile Cliente,",
        "ti informiamo che sul tuo conto corrente è stato contabilizzato il seguente movimento:",
    ],
    [
        ("Data contabile", "22/01/2027"),
        ("Data valuta", "22/01/2027"),
        ("Descrizione", "BONIFICO A VOSTRO FAVORE"),
        ("Ordinante", "THISTLE AND LOOM LTD"),
        ("Causale", "INV-2026-042 S00917"),
        ("Importo", "3.050,00 EUR"),
    ],
    [],
    MED_FOOT,
)
machine(
    "mediolanum",
    "Fri, 22 Jan 2027 09:30:12 +0100",
    "Banca Mediolanum - Accredito bonifico",
    dict(
        kind="payment-notification",
        amount="3050.00",
        reference="INV-2026-042",
        note="amount in HTML table cell",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Banca Mediolanum",
    "#0057a0",
    "Preavviso di addebito SDD",
    [
        "Gentile Cliente,",
        "ti informiamo che è stato ricevuto il seguente addebito diretto SEPA, che verrà eseguito alla data indicata:",
    ],
    [
        ("Creditore", "UNIPOLSAI ASSICURAZIONI S.P.A."),
        ("Descrizione", "POLIZZA RC PROFESSIONALE 2027"),
        ("Data di addebito", "01/12/2026"),
        ("Importo", "1.220,00 EUR"),
    ],
    ["Se non riconosci l'addebito puoi revocarlo entro il giorno lavorativo precedente la scadenza."],
    MED_FOOT,
)
machine(
    "mediolanum",
    "Thu, 26 Nov 2026 08:00:00 +0100",
    "Banca Mediolanum - Preavviso di addebito SDD",
    dict(
        kind="other",
        note="direct-debit pre-notice for exactly 1.220,00 EUR — look-alike of the invoice amount, money going out",
    ),
    plain=pl,
    html_=ht,
)

POSTE_FOOT = [
    "Poste Italiane S.p.A. – Patrimonio BancoPosta",
    "Questa e-mail è stata inviata da un indirizzo non abilitato alla ricezione.",
]
pl, ht = card(
    "Poste Italiane",
    "#1f3f8f",
    "Accredito sul tuo Conto BancoPosta",
    [
        "Gentile Cliente,",
        "ti informiamo che sul tuo Conto BancoPosta n. ****2278 è stato accreditato un bonifico.",
    ],
    [
        ("Importo", "1.000,00 €"),
        ("Ordinante", "CORRIB ANALYTICS DAC"),
        ("Causale", "FATTURA 12/2026 NETTO REV CHARGE"),
        ("Data accredito", "23/11/2026"),
    ],
    ["Puoi consultare la lista movimenti su poste.it o nell'App BancoPosta."],
    POSTE_FOOT,
)
machine(
    "poste",
    "Mon, 23 Nov 2026 13:05:00 +0100",
    "Accredito sul tuo Conto BancoPosta",
    dict(
        kind="payment-notification", amount="1000.00", reference="12/2026", note="incoming credit, net amount"
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Poste Italiane",
    "#1f3f8f",
    "Pagamento effettuato",
    ["Gentile Cliente,", "il pagamento del bollettino è stato eseguito correttamente."],
    [
        ("Tipo", "Bollettino PagoPA"),
        ("Ente", "COMUNE DI MILANO - TARI 2026"),
        ("Importo", "152,30 €"),
        ("Commissione", "1,00 €"),
        ("Data", "04/12/2026"),
    ],
    ["Conserva questa email come ricevuta."],
    POSTE_FOOT,
)
machine(
    "poste",
    "Fri, 04 Dec 2026 10:10:00 +0100",
    "Conferma pagamento bollettino",
    dict(kind="other", note="outgoing bill payment confirmation ('pagamento effettuato')"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Postepay",
    "#ffd700",
    "Giulia ti ha chiesto 30,00 €",
    ["Ciao Alessandra,", "Giulia B. ti ha inviato una richiesta di denaro tramite Postepay."],
    [("Importo richiesto", "30,00 €"), ("Messaggio", "regalo Chiara"), ("Scadenza richiesta", "27/12/2026")],
    ["Apri l'App Postepay per accettare o rifiutare la richiesta."],
    POSTE_FOOT,
)
machine(
    "poste",
    "Sun, 20 Dec 2026 19:00:00 +0100",
    "Hai ricevuto una richiesta di denaro",
    dict(kind="other", note="payment REQUEST addressed to the freelancer (money would go out)"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Satispay Business",
    "#f94c43",
    "Hai ricevuto 120,00 €",
    ["Nuovo incasso sul tuo negozio ALESSANDRA ROSSI LEZIONI."],
    [
        ("Da", "Marco B."),
        ("Importo", "120,00 €"),
        ("Messaggio", "lezioni italiano gennaio"),
        ("Data", "14/01/2027 12:21"),
    ],
    ["Gli incassi vengono trasferiti sul tuo conto ogni giorno lavorativo."],
    ["Satispay Europe S.A. – 15 Rue Edward Steichen, L-2540 Luxembourg"],
    layout="stack",
)
machine(
    "satispay",
    "Thu, 14 Jan 2027 12:22:00 +0100",
    "Hai ricevuto 120,00 €",
    dict(
        kind="payment-notification",
        amount="120.00",
        note="small incoming payment unrelated to the chased invoices",
    ),
    plain=pl,
    html_=ht,
)

FIC_FOOT = [
    "Fatture in Cloud è un servizio TeamSystem S.p.A.",
    "Puoi modificare le notifiche nelle impostazioni del tuo account.",
]
pl, ht = card(
    "Fatture in Cloud",
    "#0d97ff",
    "La tua fattura è stata visualizzata",
    ["Ciao Alessandra,", "il tuo cliente ha aperto il documento che gli hai inviato via email."],
    [
        ("Documento", "Fattura n. 12/2026"),
        ("Cliente", "Pinecrest Health Partners"),
        ("Importo", "1.220,00 €"),
        ("Visualizzata il", "02/11/2026 alle 15:38"),
    ],
    [],
    FIC_FOOT,
    button=("Vedi fattura", "https://secure.fattureincloud.it/invoices"),
)
machine(
    "fic",
    "Mon, 02 Nov 2026 15:40:00 +0100",
    "Pinecrest Health Partners ha visualizzato la fattura n. 12/2026",
    dict(kind="other", reference="12/2026", note="invoice-viewed notification with amount, not a payment"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Fatture in Cloud",
    "#0d97ff",
    "Fattura scaduta da 30 giorni",
    ["Ciao Alessandra,", "la seguente fattura risulta ancora da incassare:"],
    [("Documento", "Fattura n. 12/2026"), ("Scadenza", "30/10/2026"), ("Da incassare", "1.220,00 €")],
    ["Vuoi inviare un sollecito al cliente? Puoi farlo con un clic."],
    FIC_FOOT,
    button=("Invia sollecito", "https://secure.fattureincloud.it/solleciti"),
)
machine(
    "fic",
    "Tue, 01 Dec 2026 07:00:00 +0100",
    "Promemoria: la fattura n. 12/2026 è scaduta",
    dict(
        kind="other", reference="12/2026", note="the freelancer's own tool says the invoice is still UNPAID"
    ),
    plain=pl,
    html_=ht,
)

autoreply(
    "orsini",
    "Wed, 18 Nov 2026 11:03:27 +0100",
    "[Ticket #48213] Abbiamo ricevuto la tua richiesta: Payment reminder – invoice 12/2026",
    """Gentile Alessandra Rossi,

la tua richiesta è stata registrata con il numero #48213.
Un operatore dell'Ufficio Amministrazione ti risponderà entro 3 giorni lavorativi.

Per aggiungere informazioni rispondi a questa email lasciando invariato l'oggetto.

Gruppo Orsini – Ufficio Amministrazione
Questo messaggio è stato generato automaticamente.
""",
    dict(
        kind="auto-reply", note="helpdesk ticket acknowledgement; '3 giorni lavorativi' is not a return date"
    ),
    num=4201,
    rfc="auto-generated",
    extra=[("X-Ticket-ID", "48213")],
)

autoreply(
    "zanetti",
    "Mon, 21 Dec 2026 08:00:02 +0100",
    "Risposta automatica: Payment reminder – invoice INV-2026-042",
    """Sarò assente dall'ufficio dal 21/12/2026 e non rientrerò fino al 07/01/2027.

Risponderò al messaggio al mio rientro. Per urgenze: ufficio@vetreriazanetti.it
""",
    dict(
        kind="auto-reply",
        return_date="2027-01-07",
        note="Lotus Notes style OOO, no RFC 3834 header; 'non rientrerò fino al 07/01/2027'",
    ),
    num=4202,
    rfc=None,
    senc="OQU",
    extra=[("X-Mailer", "Lotus Notes Release 9.0.1FP10 SHF68 March 06, 2018"), ("Precedence", "junk")],
)

EXCH_IT_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p style="font-size:21px;color:#c00000"><b>Impossibile recapitare il messaggio a amministrazione@officinebenassi.it</b></p>
<p>Impossibile trovare l'indirizzo di posta elettronica immesso. Verificare l'indirizzo del destinatario e inviare di nuovo il messaggio.
Se il problema persiste, contattare l'help desk.</p>
<p><b>Come risolvere il problema</b><br>Il messaggio non è stato recapitato perché il dominio del destinatario non contiene un indirizzo corrispondente.</p>
<hr><p style="font-size:11px;color:#666">Informazioni di diagnostica per gli amministratori:<br>
Server di generazione: PR3PR02MB6123.eurprd02.prod.outlook.com<br>
amministrazione@officinebenassi.it<br>
Server remoto restituito '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</div></body></html>"""
dsn(
    "exch_it",
    "Thu, 12 Nov 2026 10:05:30 +0100",
    "Recapito non riuscito: Payment reminder – invoice 12/2026",
    dict(
        kind="bounce",
        failed_recipient="amministrazione@officinebenassi.it",
        permanent=True,
        note="Exchange Online NDR in Italian, 5.1.10 recipient not found",
    ),
    human="""Impossibile recapitare il messaggio a amministrazione@officinebenassi.it

Impossibile trovare l'indirizzo di posta elettronica immesso. Verificare l'indirizzo del destinatario e inviare di nuovo il messaggio.

Informazioni di diagnostica per gli amministratori:
Server di generazione: PR3PR02MB6123.eurprd02.prod.outlook.com
Server remoto restituito '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
    human_html=EXCH_IT_HTML,
    rcpt="amministrazione@officinebenassi.it",
    action="failed",
    status="5.1.10",
    diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    reporting_mta="PR3PR02MB6123.eurprd02.prod.outlook.com",
    arrival="Thu, 12 Nov 2026 09:05:25 +0000",
    orig_num=4203,
    orig_date="Thu, 12 Nov 2026 10:05:21 +0100",
    from_=addr("Microsoft Outlook", B["exch_it"]["mail"]),
    headers_only=True,
    senc="OQU",
    extra=[("Content-Language", "it-IT"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    bstyle="outlook",
)

dsn(
    "relay_it",
    "Mon, 07 Dec 2026 14:20:00 +0100",
    "Avviso: messaggio non ancora consegnato",
    dict(
        kind="bounce",
        failed_recipient="info@ristorantelapergola.it",
        permanent=False,
        note="delay warning (4.4.1), Italian; delivery still being retried",
    ),
    human="""Questo è il sistema di posta del server relay2.servizimail.it.

####################################################################
# QUESTO È SOLO UN AVVISO. NON È NECESSARIO REINVIARE IL MESSAGGIO. #
####################################################################

Il tuo messaggio non è stato ancora consegnato a uno o più destinatari
dopo più di 4 ore di tentativi. Il sistema continuerà a tentare la
consegna fino a 5 giorni.

<info@ristorantelapergola.it>: connessione a mail.ristorantelapergola.it[185.81.4.22]
    scaduta (connection timed out)
""",
    rcpt="info@ristorantelapergola.it",
    action="delayed",
    status="4.4.1",
    diag="connect to mail.ristorantelapergola.it[185.81.4.22]:25: Connection timed out",
    reporting_mta="relay2.servizimail.it",
    arrival="Mon, 07 Dec 2026 09:58:12 +0100",
    orig_num=4204,
    orig_date="Mon, 07 Dec 2026 09:58:10 +0100",
    from_="Mail Delivery System <MAILER-DAEMON@relay2.servizimail.it>",
    headers_only=True,
    rcpt_extra="Will-Retry-Until: Sat, 12 Dec 2026 09:58:12 +0100\n",
    ds_extra="X-Postfix-Queue-ID: 4Q8mFv1rKcz2xW\nX-Postfix-Sender: rfc822; alessandra@example.it\n",
)

# ---------------------------------------------------------------- batch 6: Spanish machine mail
brand("ing_es", "ING", "notificaciones@ing.es", "dev", "es")
brand("kutxabank", "Kutxabank", "avisos@kutxabank.es", "dev", "es", charset="iso-8859-1")
brand("abanca", "ABANCA", "notificaciones@abanca.com", "dev", "es")
brand("face", "FACe - Punto General de Entrada de Facturas", "no-reply@face.gob.es", "dev", "es")
brand("holded", "Holded", "notifications@holded.com", "dev", "es")
brand("arrieta", "Iñaki Arrieta", "administracion@bodegasarrieta.es", "dev", "es")
brand("llorente", "Construcciones Llorente", "info@construccionesllorente.es", "dev", "es")
brand("costaazahar", "Inmobiliaria Costa Azahar", "facturas@costaazahar.es", "dev", "es")
brand("gmail_dsn_es", "Mail Delivery Subsystem", "mailer-daemon@googlemail.com", "dev", "es")
brand("openbank", "Openbank", "info@openbank.es", "firstread2", "es")
brand("unicaja", "Unicaja", "avisos@unicaja.es", "firstread2", "es")
brand(
    "wise_es", "Wise", "noreply@wise.com", "dev", "es"
)  # Spanish-language Wise sender (same brand as wise_it -> dev)
brand("bahia", "Raúl Medina", "raul.medina@grupobahia.es", "firstread2", "es")
brand(
    "talleres_ticket",
    "Soporte Administración Talleres Etxe",
    "soporte@talleresetxe.freshdesk.com",
    "firstread2",
    "es",
)
brand("iribarren", "Maite Iribarren", "maite@iribarrenyasociados.es", "firstread2", "es")
brand(
    "exch_es",
    "Microsoft Outlook",
    "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hotelmiramarsitges.com",
    "firstread2",
    "es",
)
brand(
    "correoseguro", "Sistema de entrega de correo", "MAILER-DAEMON@smtp.correo-seguro.es", "firstread2", "es"
)

ING_FOOT = [
    "ING Bank N.V., Sucursal en España – C/ Vía de los Poblados 1, 28033 Madrid",
    "Este correo se ha enviado desde una dirección que no acepta respuestas.",
]
pl, ht = card(
    "ING",
    "#ff6200",
    "Has recibido una transferencia",
    ["Hola Alessandra,", "te confirmamos que has recibido una transferencia en tu Cuenta NARANJA."],
    [
        ("Importe", "1.220,00 €"),
        ("Ordenante", "MEDITERRANEO EVENTS SL"),
        ("Concepto", "Fra. 12/2026"),
        ("Fecha valor", "25/11/2026"),
    ],
    ["Puedes ver el detalle en la app de ING o en ing.es."],
    ING_FOOT,
    lang="es",
)
machine(
    "ing_es",
    "Wed, 25 Nov 2026 10:14:00 +0100",
    "Has recibido una transferencia",
    dict(kind="payment-notification", amount="1220.00", reference="12/2026", note="concepto 'Fra. 12/2026'"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "ING",
    "#ff6200",
    "Se ha cargado un recibo en tu cuenta",
    ["Hola Alessandra,", "se ha cargado el siguiente recibo domiciliado:"],
    [
        ("Emisor", "TELEFONICA DE ESPAÑA SAU"),
        ("Importe", "39,90 €"),
        ("Concepto", "Fibra + móvil diciembre"),
        ("Fecha", "07/12/2026"),
    ],
    ["Si no reconoces este recibo puedes devolverlo desde la app en un plazo de 8 semanas."],
    ING_FOOT,
    lang="es",
)
machine(
    "ing_es",
    "Mon, 07 Dec 2026 08:30:00 +0100",
    "Se ha cargado un recibo en tu cuenta",
    dict(kind="other", note="direct debit (recibo domiciliado) charged"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "ING",
    "#ff6200",
    "Nueva operación con tu tarjeta",
    ["Hola Alessandra,", "se ha realizado un pago con tu tarjeta débito terminada en 3381."],
    [("Comercio", "RENFE VIAJEROS"), ("Importe", "64,20 €"), ("Fecha", "18/12/2026 19:39")],
    ["Si no has sido tú, llámanos al 91 206 66 66."],
    ING_FOOT,
    lang="es",
)
machine(
    "ing_es",
    "Fri, 18 Dec 2026 19:40:00 +0100",
    "Nueva operación con tu tarjeta",
    dict(kind="other", note="card purchase alert"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "ING",
    "#ff6200",
    "Transferencia realizada",
    ["Hola Alessandra,", "tu transferencia se ha realizado correctamente."],
    [
        ("Importe", "1.220,00 €"),
        ("Beneficiario", "AGENCIA ESTATAL DE ADMINISTRACION TRIBUTARIA"),
        ("Concepto", "Modelo 303 3T"),
        ("Fecha", "30/11/2026"),
    ],
    [],
    ING_FOOT,
    lang="es",
)
machine(
    "ing_es",
    "Mon, 30 Nov 2026 10:00:00 +0100",
    "Transferencia realizada: 1.220,00 €",
    dict(kind="other", note="OUTGOING transfer confirmation for exactly the invoice amount — look-alike"),
    plain=pl,
    html_=ht,
)

KUTXA_TAIL = """
Este es un mensaje automático, por favor no responda a este correo.
Kutxabank, S.A. - Gran Vía 30-32, 48009 Bilbao
"""
machine(
    "kutxabank",
    "Tue, 26 Jan 2027 09:05:00 +0100",
    "Kutxabank - Abono de transferencia",
    dict(
        kind="payment-notification",
        amount="3050.00",
        reference="INV-2026-042",
        note="plain-text 'Abono de transferencia', iso-8859-1",
    ),
    plain="""ABONO DE TRANSFERENCIA

Le informamos de que se ha realizado el siguiente abono en su cuenta:

Cuenta:          ES91 2095 **** **** **** 4471
Fecha operación: 26/01/2027
Fecha valor:     26/01/2027
Importe:         3.050,00 EUR
Ordenante:       KUUSI INTERACTIVE OY
Concepto:        INV-2026-042
"""
    + KUTXA_TAIL,
)

machine(
    "kutxabank",
    "Mon, 21 Dec 2026 11:20:00 +0100",
    "Kutxabank - Abono de transferencia",
    dict(
        kind="payment-notification",
        amount="2250.00",
        reference="INV-2026-042",
        note="concepto 'INV 2026 042 PARTIAL PER SOW' -> INV-2026-042; partial payment",
    ),
    plain="""ABONO DE TRANSFERENCIA

Le informamos de que se ha realizado el siguiente abono en su cuenta:

Cuenta:          ES91 2095 **** **** **** 4471
Fecha operación: 21/12/2026
Fecha valor:     21/12/2026
Importe:         2.250,00 EUR
Ordenante:       LAKESHORE PUBLISHING GROUP LLC
Concepto:        INV 2026 042 PARTIAL PER SOW
"""
    + KUTXA_TAIL,
)

machine(
    "kutxabank",
    "Thu, 14 Jan 2027 12:00:00 +0100",
    "Kutxabank - Cargo de transferencia",
    dict(
        kind="other", note="outgoing transfer ('cargo'); 'Factura 2026-118' is a supplier's invoice, not hers"
    ),
    plain="""CARGO DE TRANSFERENCIA

Le informamos de que se ha realizado el siguiente cargo en su cuenta:

Cuenta:          ES91 2095 **** **** **** 4471
Fecha operación: 14/01/2027
Importe:         -890,00 EUR
Beneficiario:    ASESORIA FISCAL MENDIZABAL SL
Concepto:        Factura 2026-118
"""
    + KUTXA_TAIL,
)

ABANCA_FOOT = [
    "ABANCA Corporación Bancaria, S.A. – Rúa Nueva 30, 15003 A Coruña",
    "No respondas a este correo.",
]
pl, ht = card(
    "ABANCA",
    "#00a0e0",
    "Has recibido un Bizum",
    ["Hola,", "LUCIA F. te ha enviado dinero con Bizum."],
    [("Importe", "50,00 €"), ("Concepto", "cena viernes"), ("Fecha", "14/11/2026 22:09")],
    [],
    ABANCA_FOOT,
    lang="es",
    layout="stack",
)
machine(
    "abanca",
    "Sat, 14 Nov 2026 22:10:00 +0100",
    "Has recibido un Bizum",
    dict(kind="payment-notification", amount="50.00", note="incoming Bizum unrelated to invoices"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "ABANCA",
    "#00a0e0",
    "Te han solicitado un Bizum",
    ["Hola,", "PABLO R. te ha solicitado dinero con Bizum."],
    [("Importe", "25,00 €"), ("Concepto", "lotería Navidad"), ("Caduca", "28/12/2026")],
    ["Entra en la app de ABANCA para aceptar o rechazar la solicitud."],
    ABANCA_FOOT,
    lang="es",
    layout="stack",
)
machine(
    "abanca",
    "Mon, 21 Dec 2026 13:45:00 +0100",
    "Te han solicitado un Bizum",
    dict(kind="other", note="Bizum payment REQUEST to the freelancer"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "ABANCA",
    "#00a0e0",
    "Operación denegada",
    ["Hola,", "hemos denegado una operación con tu tarjeta terminada en 0562."],
    [
        ("Comercio", "IBERIA.COM"),
        ("Importe", "219,00 €"),
        ("Motivo", "Saldo insuficiente"),
        ("Fecha", "10/01/2027 21:01"),
    ],
    ["Si necesitas ayuda, llámanos al 981 910 522."],
    ABANCA_FOOT,
    lang="es",
    layout="stack",
)
machine(
    "abanca",
    "Sun, 10 Jan 2027 21:02:00 +0100",
    "Operación denegada con tu tarjeta",
    dict(kind="other", note="declined card payment"),
    plain=pl,
    html_=ht,
)

FACE_BODY = """Estimado/a proveedor/a:

Le informamos de que la factura que se detalla a continuación ha cambiado de estado en FACe - Punto General de Entrada de Facturas Electrónicas.

  Número de registro:   {reg}
  Número de factura:    {num}
  Importe:              {amt}
  Órgano gestor:        L01120406 - Ayuntamiento de Castellón de la Plana
  Unidad tramitadora:   L01120406 - Intervención
  Nuevo estado:         {state}
  Fecha del cambio:     {date}

Puede consultar el estado de sus facturas en https://face.gob.es/es/proveedores

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
Ministerio de Hacienda - Secretaría General de Administración Digital
"""
machine(
    "face",
    "Thu, 12 Nov 2026 10:30:00 +0100",
    "FACe - Notificación de cambio de estado de factura",
    dict(
        kind="other",
        reference="7/2026",
        note="FACe 'factura registrada' e-invoicing status; invoice number written 2026/7 -> normalised 7/2026",
    ),
    plain=FACE_BODY.format(
        reg="REGAGE26e00041827734",
        num="2026/7",
        amt="1.815,00 EUR",
        state="Registrada",
        date="12/11/2026 10:29",
    ),
)

machine(
    "face",
    "Tue, 15 Dec 2026 13:10:00 +0100",
    "FACe - Notificación de cambio de estado de factura",
    dict(
        kind="other",
        reference="7/2026",
        note="FACe state 'Contabilizada la obligación reconocida' — approved for payment, NOT paid; 2026/7 -> 7/2026",
    ),
    plain=FACE_BODY.format(
        reg="REGAGE26e00041827734",
        num="2026/7",
        amt="1.815,00 EUR",
        state="Contabilizada la obligación reconocida",
        date="15/12/2026 13:08",
    ),
)

pl, ht = card(
    "Holded",
    "#ef3b50",
    "Tu factura ha sido vista",
    ["Hola Alessandra,", "Mediterráneo Events S.L. acaba de abrir la factura que le enviaste."],
    [
        ("Factura", "12/2026"),
        ("Total", "1.220,00 €"),
        ("Vencimiento", "30/10/2026"),
        ("Vista", "06/11/2026 09:18"),
    ],
    ["Te avisaremos cuando se registre el cobro."],
    ["Holded Technologies S.L. – Barcelona"],
    lang="es",
    button=("Ver factura", "https://app.holded.com/invoicing"),
)
machine(
    "holded",
    "Fri, 06 Nov 2026 09:20:00 +0100",
    "Mediterráneo Events S.L. ha visto tu factura 12/2026",
    dict(kind="other", reference="12/2026", note="invoice-viewed notification"),
    plain=pl,
    html_=ht,
)

autoreply(
    "arrieta",
    "Tue, 22 Dec 2026 16:00:00 +0100",
    "Respuesta automática: Payment reminder – invoice 12/2026",
    """Buenas tardes:

Estaré fuera de la oficina del 21 de diciembre al 8 de enero, ambos inclusive. Me reincorporaré el lunes 11 de enero.
Para asuntos urgentes, pueden escribir a bodega@bodegasarrieta.es.

Un saludo,
Iñaki Arrieta
Bodegas Arrieta
""",
    dict(
        kind="auto-reply",
        return_date="2027-01-11",
        note="Exchange OOO in Spanish with RFC 3834; explicit return 'lunes 11 de enero'",
    ),
    num=4301,
    rfc="auto-generated",
    senc="OQU",
    extra=[("X-Auto-Response-Suppress", "All"), ("Content-Language", "es-ES")],
)

autoreply(
    "llorente",
    "Thu, 10 Dec 2026 18:22:00 +0100",
    "RE: Payment reminder – invoice INV-2026-042",
    """Gracias por contactar con Construcciones Llorente.

Hemos recibido su correo y le responderemos lo antes posible.
Horario de atención: lunes a viernes de 8:00 a 15:00.

Construcciones Llorente, S.L.
""",
    dict(
        kind="auto-reply",
        note="generic acknowledgement autoresponder with an 'RE:' subject and no RFC 3834 headers",
    ),
    num=4302,
    rfc=None,
    senc="OQU",
)

autoreply(
    "costaazahar",
    "Wed, 02 Dec 2026 09:00:00 +0100",
    "Esta cuenta de correo ya no está operativa",
    """Le informamos de que esta dirección de correo electrónico dejó de estar operativa el 30/11/2026.

Por favor, envíe sus facturas y consultas a administracion@costaazahar.es.

Inmobiliaria Costa Azahar
""",
    dict(kind="auto-reply", note="'address no longer in use'; with RFC 3834 header"),
    num=4303,
    rfc="auto-replied",
    extra=[("Precedence", "bulk")],
)

GMAIL_ES_HTML = """<html><head></head><body>
<div style="font-family:'Google Sans',Roboto,Arial,sans-serif">
<table cellpadding="0" cellspacing="0" style="padding:24px 0 16px 0"><tr><td>
<h2 style="font-size:24px;font-weight:400;color:#202124">No se ha encontrado la dirección</h2>
<p style="font-size:16px;color:#202124">Tu mensaje no se ha entregado a <a style="color:#212121;text-decoration:none"><b>pagos@talleresgomezsl.es</b></a> porque no se ha encontrado la dirección o esta no puede recibir correo.</p>
</td></tr></table>
<p style="font-size:13px;color:#5f6368">La respuesta del servidor remoto ha sido:<br>550 5.1.1 &lt;pagos@talleresgomezsl.es&gt;: Recipient address rejected: User unknown in local recipient table</p>
</div></body></html>"""
dsn(
    "gmail_dsn_es",
    "Wed, 18 Nov 2026 12:40:09 -0800",
    "Delivery Status Notification (Failure)",
    dict(
        kind="bounce",
        failed_recipient="pagos@talleresgomezsl.es",
        permanent=True,
        note="Gmail DSN with Spanish human part; Date in Pacific time; X-Failed-Recipients header",
    ),
    human="""** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a pagos@talleresgomezsl.es porque no se ha encontrado la dirección o esta no puede recibir correo.

La respuesta del servidor remoto ha sido:
550 5.1.1 <pagos@talleresgomezsl.es>: Recipient address rejected: User unknown in local recipient table
""",
    human_html=GMAIL_ES_HTML,
    rcpt="pagos@talleresgomezsl.es",
    action="failed",
    status="5.1.1",
    diag="550 5.1.1 <pagos@talleresgomezsl.es>: Recipient address rejected: User unknown in local recipient table",
    reporting_mta="googlemail.com",
    remote_mta="mx1.talleresgomezsl.es",
    arrival="Wed, 18 Nov 2026 12:40:05 -0800 (PST)",
    orig_num=4304,
    orig_date="Wed, 18 Nov 2026 21:40:03 +0100",
    from_="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    bstyle="gmail",
    ds_extra="Received-From-MTA: dns; alessandra@example.it\n",
    extra=[("X-Failed-Recipients", "pagos@talleresgomezsl.es")],
    senc="B",
)

# ---- Spanish, firstread2
OPEN_FOOT = [
    "Open Bank, S.A. – Plaza de Santa Bárbara 2, 28004 Madrid",
    "Por tu seguridad, nunca te pediremos tus claves por email.",
]
pl, ht = card(
    "Openbank",
    "#ea1d25",
    "Has recibido una transferencia",
    ["Hola Alessandra:", "Te informamos de que has recibido una transferencia en tu cuenta."],
    [
        ("Importe", "2.500,00 €"),
        ("Ordenante", "HALVORSEN ARKITEKTER AS"),
        ("Concepto", "Ref: INV-2026-042 (50 h)"),
        ("Fecha", "18/12/2026"),
    ],
    [],
    OPEN_FOOT,
    lang="es",
)
machine(
    "openbank",
    "Fri, 18 Dec 2026 10:02:00 +0100",
    "Has recibido una transferencia",
    dict(
        kind="payment-notification",
        amount="2500.00",
        reference="INV-2026-042",
        note="'Ref: INV-2026-042'; partial amount after dispute",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Openbank",
    "#ea1d25",
    "Has recibido un Bizum",
    ["Hola Alessandra:", "MARÍA L. te ha enviado un Bizum."],
    [("Importe", "120,00 €"), ("Concepto", "clases italiano febrero")],
    ["El dinero ya está disponible en tu cuenta."],
    OPEN_FOOT,
    lang="es",
    layout="stack",
)
machine(
    "openbank",
    "Tue, 09 Feb 2027 19:30:00 +0100",
    "Has recibido un Bizum",
    dict(kind="payment-notification", amount="120.00", note="incoming Bizum, unrelated to chased invoices"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Openbank",
    "#ea1d25",
    "Hasta 400 € por traer tu nómina",
    ["Hola Alessandra:", "Trae tu nómina o tus ingresos como autónoma a Openbank y llévate hasta 400 €."],
    [("Ingresos desde", "1.000 €/mes"), ("Bonificación", "hasta 400 €"), ("Comisiones", "0 €")],
    ["Promoción válida hasta el 31/03/2027. Consulta las condiciones en openbank.es."],
    OPEN_FOOT + ["Si no quieres recibir más comunicaciones comerciales, date de baja aquí."],
    lang="es",
    button=("Me interesa", "https://www.openbank.es/promo-nomina"),
)
machine(
    "openbank",
    "Wed, 20 Jan 2027 11:00:00 +0100",
    "Alessandra, llévate hasta 400 € 🎁",
    dict(kind="other", note="bank marketing"),
    plain=pl,
    html_=ht,
    extra=[("List-Unsubscribe", "<mailto:baja@openbank.es?subject=baja>"), ("Precedence", "bulk")],
)

UNI_FOOT = [
    "Unicaja Banco, S.A. – Avda. de Andalucía 10-12, 29007 Málaga",
    "Mensaje automático, no responda.",
]
pl, ht = card(
    "Unicaja",
    "#00843d",
    "Aviso de abono",
    [
        "Estimado/a cliente:",
        "Le comunicamos que se ha producido el siguiente abono por transferencia en su cuenta:",
    ],
    [
        ("Cuenta", "ES62 2103 **** **** **** 9021"),
        ("Fecha", "13/01/2027"),
        ("Ordenante", "AYUNTAMIENTO DE CASTELLON DE LA PLANA"),
        ("Concepto", "Fra. 2026/7 ALESSANDRA ROSSI"),
        ("Importe", "1.815,00 EUR"),
    ],
    [],
    UNI_FOOT,
    lang="es",
)
machine(
    "unicaja",
    "Wed, 13 Jan 2027 09:40:00 +0100",
    "Aviso de abono: transferencia recibida",
    dict(
        kind="payment-notification",
        amount="1815.00",
        reference="7/2026",
        note="'Fra. 2026/7' (Spanish year/number order) -> 7/2026",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Unicaja",
    "#00843d",
    "Transferencia devuelta",
    [
        "Estimado/a cliente:",
        "La transferencia que usted emitió ha sido devuelta por la entidad del beneficiario.",
    ],
    [
        ("Fecha de emisión", "04/02/2027"),
        ("Beneficiario", "COWORKING EL FARO SL"),
        ("Importe", "300,00 EUR"),
        ("Motivo de devolución", "AC04 - Cuenta cancelada"),
    ],
    ["El importe ha sido reintegrado en su cuenta."],
    UNI_FOOT,
    lang="es",
)
machine(
    "unicaja",
    "Mon, 08 Feb 2027 12:10:00 +0100",
    "Transferencia devuelta",
    dict(kind="other", note="her own outgoing transfer bounced back (refund), not a client payment"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Unicaja",
    "#00843d",
    "Extracto de su tarjeta",
    ["Estimado/a cliente:", "Ya tiene disponible el extracto mensual de su tarjeta de crédito."],
    [
        ("Tarjeta", "VISA Unicaja **** 7710"),
        ("Periodo", "noviembre 2026"),
        ("Importe a cargar", "212,45 EUR"),
        ("Fecha de cargo", "05/12/2026"),
    ],
    [],
    UNI_FOOT,
    lang="es",
)
machine(
    "unicaja",
    "Tue, 01 Dec 2026 07:30:00 +0100",
    "Extracto mensual de su tarjeta",
    dict(kind="other", note="card statement"),
    plain=pl,
    html_=ht,
)

WISE_ES_FOOT = [
    "Wise Europe SA, Rue du Trône 100, 1050 Bruselas.",
    "Recibes este correo porque tienes una cuenta Wise.",
]
pl, ht = card(
    "Wise",
    "#163300",
    "Has recibido 1.196,50 EUR",
    ["Hola Alessandra:", "MURRAY RIVER WINES PTY LTD te ha enviado dinero. Ya está en tu saldo en EUR."],
    [
        ("De", "MURRAY RIVER WINES PTY LTD"),
        ("Importe recibido", "1.196,50 EUR"),
        ("Referencia", "INVOICE 12 2026"),
        ("Recibido el", "27 de noviembre de 2026"),
    ],
    ["Gracias,", "El equipo de Wise"],
    WISE_ES_FOOT,
    lang="es",
    layout="stack",
)
machine(
    "wise_es",
    "Fri, 27 Nov 2026 08:45:00 +0100",
    "Has recibido 1.196,50 EUR",
    dict(
        kind="payment-notification",
        amount="1196.50",
        reference="12/2026",
        note="Wise in Spanish; 'INVOICE 12 2026' -> 12/2026; intermediary fees deducted so amount < 1220",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Wise",
    "#163300",
    "No hemos podido completar tu transferencia",
    [
        "Hola Alessandra:",
        "Tu transferencia a Jorge Sanz no se ha podido completar y te hemos devuelto el dinero.",
    ],
    [("Importe", "75,00 EUR"), ("Motivo", "Los datos bancarios del destinatario no son válidos")],
    ["Revisa los datos y vuelve a intentarlo."],
    WISE_ES_FOOT,
    lang="es",
    layout="stack",
)
machine(
    "wise_es",
    "Thu, 03 Dec 2026 15:20:00 +0100",
    "Tu transferencia no se ha podido completar",
    dict(kind="other", note="failed outgoing transfer"),
    plain=pl,
    html_=ht,
)

autoreply(
    "bahia",
    "Thu, 19 Nov 2026 12:00:00 +0100",
    "Respuesta automática: Payment reminder – invoice 12/2026",
    """Hola,

estoy de viaje con acceso limitado al correo. Vuelvo el martes y contestaré tu mensaje.

Raúl Medina
Grupo Hostelero Bahía
""",
    dict(
        kind="auto-reply",
        return_date="2026-11-24",
        note="weekday-only return 'vuelvo el martes' from Thu 19 Nov -> Tue 24 Nov",
    ),
    num=4401,
    rfc="auto-replied",
    senc="OQU",
    extra=[("X-Auto-Response-Suppress", "All")],
)

autoreply(
    "talleres_ticket",
    "Mon, 11 Jan 2027 10:15:00 +0100",
    "[#REQ-20817] Hemos recibido su solicitud",
    """Hola Alessandra Rossi,

Gracias por escribirnos. Hemos recibido su solicitud y se ha creado el ticket #REQ-20817.

Nuestro equipo de administración la revisará y le contestará en un plazo de 48 horas laborables.

Asunto original: Payment reminder – invoice INV-2026-042

Atentamente,
Soporte Administración – Talleres Etxe
""",
    dict(
        kind="auto-reply", note="ticket acknowledgement without RFC 3834 headers; quotes the original subject"
    ),
    num=4402,
    rfc=None,
    html_="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px"><p>Hola Alessandra Rossi,</p>
<p>Gracias por escribirnos. Hemos recibido su solicitud y se ha creado el ticket <b>#REQ-20817</b>.</p>
<p>Nuestro equipo de administración la revisará y le contestará en un plazo de 48 horas laborables.</p>
<p style="color:#888">Asunto original: Payment reminder – invoice INV-2026-042</p>
<p>Atentamente,<br>Soporte Administración – Talleres Etxe</p></div>""",
)

autoreply(
    "iribarren",
    "Mon, 28 Dec 2026 09:00:00 +0100",
    "Respuesta automática: Payment reminder – invoice INV-2026-042",
    """Estoy de vacaciones con acceso limitado al correo.
Para temas urgentes, llamar al 943 555 120.

Maite Iribarren
Iribarren y Asociados
""",
    dict(kind="auto-reply", note="OOO with no return date and no RFC 3834 headers"),
    num=4403,
    rfc=None,
    senc="OQU",
    charset="windows-1252",
)

EXCH_ES_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p style="font-size:21px;color:#c00000"><b>Error en la entrega a estos destinatarios o grupos:</b></p>
<p><a href="mailto:compras@hotelmiramarsitges.com">compras@hotelmiramarsitges.com</a><br>
No se encontró la dirección de correo electrónico que ha especificado. Compruebe la dirección de correo electrónico del destinatario e intente volver a enviar el mensaje.</p>
<hr><p style="font-size:11px;color:#666">Información de diagnóstico para administradores:<br>
Servidor de generación: AM0PR10MB3411.EURPRD10.PROD.OUTLOOK.COM<br>
compras@hotelmiramarsitges.com<br>
Servidor remoto devuelto '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</div></body></html>"""
dsn(
    "exch_es",
    "Wed, 09 Dec 2026 11:11:00 +0100",
    "No se puede entregar: Payment reminder – invoice INV-2026-042",
    dict(
        kind="bounce",
        failed_recipient="compras@hotelmiramarsitges.com",
        permanent=True,
        note="Exchange NDR in Spanish, generated by the recipient's tenant",
    ),
    human="""Error en la entrega a estos destinatarios o grupos:

compras@hotelmiramarsitges.com
No se encontró la dirección de correo electrónico que ha especificado. Compruebe la dirección de correo electrónico del destinatario e intente volver a enviar el mensaje.

Información de diagnóstico para administradores:
Servidor de generación: AM0PR10MB3411.EURPRD10.PROD.OUTLOOK.COM
Servidor remoto devuelto '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
    human_html=EXCH_ES_HTML,
    rcpt="compras@hotelmiramarsitges.com",
    action="failed",
    status="5.1.10",
    diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    reporting_mta="AM0PR10MB3411.EURPRD10.PROD.OUTLOOK.COM",
    arrival="Wed, 09 Dec 2026 10:10:56 +0000",
    orig_num=4404,
    orig_date="Wed, 09 Dec 2026 11:10:52 +0100",
    key="r42",
    from_=addr("Microsoft Outlook", B["exch_es"]["mail"]),
    headers_only=True,
    senc="OQU",
    bstyle="outlook",
    extra=[("Content-Language", "es-ES")],
)

dsn(
    "correoseguro",
    "Fri, 15 Jan 2027 17:30:00 +0100",
    "Aviso de retraso en la entrega del mensaje",
    dict(
        kind="bounce",
        failed_recipient="administracion@tallereszubiri.es",
        permanent=False,
        note="delay notice in Spanish: mailbox full (4.2.2), still retrying",
    ),
    human="""Este es el sistema de correo de smtp.correo-seguro.es.

ESTO ES SOLO UN AVISO: NO ES NECESARIO QUE VUELVA A ENVIAR EL MENSAJE.

Su mensaje todavía no se ha podido entregar a uno o más destinatarios.
Seguiremos intentándolo durante 3 días más.

<administracion@tallereszubiri.es>: el servidor mx.tallereszubiri.es[212.81.130.4]
    respondió: 452 4.2.2 Mailbox full - buzón lleno (en respuesta a RCPT TO)
""",
    rcpt="administracion@tallereszubiri.es",
    action="delayed",
    status="4.2.2",
    diag="452 4.2.2 <administracion@tallereszubiri.es>: Mailbox full",
    reporting_mta="smtp.correo-seguro.es",
    remote_mta="mx.tallereszubiri.es",
    arrival="Fri, 15 Jan 2027 09:12:44 +0100",
    orig_num=4405,
    orig_date="Fri, 15 Jan 2027 09:12:40 +0100",
    key="r42",
    from_="Sistema de entrega de correo <MAILER-DAEMON@smtp.correo-seguro.es>",
    headers_only=True,
    rcpt_extra="Will-Retry-Until: Mon, 18 Jan 2027 09:12:44 +0100\n",
)

# ---------------------------------------------------------------- batch 7: English machine mail
brand("revolut", "Revolut Business", "no-reply@revolut.com", "dev", "en")
brand("stripe", "Stripe", "notifications@stripe.com", "dev", "en")
brand("xero", "Xero", "messaging-service@post.xero.com", "dev", "en")
brand("zettle", "Zettle by PayPal", "no-reply@zettle.com", "dev", "en")
brand("gocardless", "GoCardless", "help@gocardless.com", "dev", "en")
brand("amex", "American Express", "americanexpress@welcome.aexp.com", "dev", "en")
brand("hargreaves", "Joanne Hargreaves", "j.hargreaves@hargreavesjoinery.co.uk", "dev", "en")
brand("bluewater", "Bluewater Marine Accounts", "accounts@bluewatermarine.com.au", "dev", "en")
brand("fernhill", "Fernhill Property Group", "support@fernhillproperty.zendesk.com", "dev", "en")
brand("penrose", "Penrose & Daughters", "office@penroseanddaughters.com", "dev", "en")
brand("mta_en_dev", "Mail Delivery System", "MAILER-DAEMON@smtp2.example.it", "dev", "en")
brand("gmail_dsn_en", "Mail Delivery Subsystem", "mailer-daemon@googlemail.com", "dev", "en")
brand("square", "Square", "noreply@messaging.squareup.com", "firstread2", "en")
brand("quickbooks", "QuickBooks", "quickbooks@notification.intuit.com", "firstread2", "en")
brand("mollie", "Mollie", "noreply@mollie.com", "firstread2", "en")
brand("starling", "Starling Bank", "no-reply@starlingbank.com", "firstread2", "en")
brand("castlegate", "Owen Pritchard", "owen.pritchard@castlegatehousing.org.uk", "firstread2", "en")
brand("sunrise", "Prakash Menon", "prakash.menon@sunrisetextiles.in", "firstread2", "en")
brand("oakridge", "Oakridge Schools Trust Finance", "finance@oakridgetrust.freshdesk.com", "firstread2", "en")
brand(
    "exch_en",
    "Microsoft Outlook",
    "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@greystonegroup.com",
    "firstread2",
    "en",
)
brand(
    "exch_en2",
    "Microsoft Outlook",
    "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northgate-medical.co.uk",
    "firstread2",
    "en",
)

REV_FOOT = [
    "Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania.",
    "You're receiving this because you have a Revolut Business account.",
]
pl, ht = card(
    "Revolut Business",
    "#191c1f",
    "You've received €1,220.00",
    ["Saltbush Creative Pty Ltd sent money to your EUR account."],
    [
        ("From", "SALTBUSH CREATIVE PTY LTD"),
        ("Amount", "€1,220.00"),
        ("Reference", "Inv 12/2026"),
        ("Account", "Main · EUR"),
        ("Date", "16 Dec 2026"),
    ],
    [],
    REV_FOOT,
    lang="en",
    layout="stack",
    button=("View transaction", "https://business.revolut.com"),
)
machine(
    "revolut",
    "Wed, 16 Dec 2026 07:02:00 +0000",
    "You've received €1,220.00 from Saltbush Creative Pty Ltd",
    dict(kind="payment-notification", amount="1220.00", reference="12/2026", note="reference 'Inv 12/2026'"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Revolut Business",
    "#191c1f",
    "Money added",
    ["You've got money in your EUR account."],
    [
        ("From", "WHITFIELD AUDIO LLC"),
        ("Amount", "€3,050.00"),
        ("Reference", "INV-2026-042"),
        ("Date", "14 Dec 2026"),
    ],
    [],
    REV_FOOT,
    lang="en",
    layout="stack",
)
machine(
    "revolut",
    "Mon, 14 Dec 2026 15:22:00 +0000",
    "Money added: €3,050.00",
    dict(
        kind="payment-notification", amount="3050.00", reference="INV-2026-042", note="'Money added' wording"
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Revolut Business",
    "#191c1f",
    "Card payment declined",
    ["A payment with your card ending 7720 was declined."],
    [("Merchant", "FIGMA"), ("Amount", "€59.99"), ("Reason", "Card expired"), ("Date", "3 Jan 2027")],
    ["Update your card details with the merchant to avoid interruptions."],
    REV_FOOT,
    lang="en",
    layout="stack",
)
machine(
    "revolut",
    "Sun, 03 Jan 2027 18:00:00 +0000",
    "Card payment declined: €59.99 at FIGMA",
    dict(kind="other", note="declined card payment"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Revolut Business",
    "#191c1f",
    "Transfer completed",
    ["Your transfer has been delivered."],
    [
        ("To", "Luca Moretti"),
        ("Amount", "€640.00"),
        ("Reference", "Subcontract share INV-2026-042"),
        ("Date", "22 Dec 2026"),
    ],
    [],
    REV_FOOT,
    lang="en",
    layout="stack",
)
machine(
    "revolut",
    "Tue, 22 Dec 2026 10:45:00 +0000",
    "Your transfer of €640.00 to Luca Moretti is complete",
    dict(
        kind="other",
        reference="INV-2026-042",
        note="OUTGOING transfer whose reference mentions the freelancer's invoice number — not a payment received",
    ),
    plain=pl,
    html_=ht,
)

STRIPE_FOOT = [
    "Stripe Payments Europe, Ltd. · 1 Grand Canal Street Lower · Dublin 2 · Ireland",
    "You're receiving this email because you're an administrator of Alessandra Rossi Translations.",
]
pl, ht = card(
    "stripe",
    "#635bff",
    "Payment of €3,050.00 received",
    ["Alessandra Rossi Translations received a payment from brandon@quillstack.com."],
    [
        ("Amount", "€3,050.00"),
        ("Invoice", "INV-2026-042"),
        ("Customer", "Quillstack, Inc."),
        ("Payment method", "Visa •••• 4242"),
        ("Date", "Jan 15, 2027"),
    ],
    [],
    STRIPE_FOOT,
    lang="en",
    font="-apple-system,'Segoe UI'",
    button=("View payment", "https://dashboard.stripe.com/payments/pi_3QxY8r2eZvKYlo2C1a"),
)
machine(
    "stripe",
    "Fri, 15 Jan 2027 18:40:00 +0000",
    "Payment of €3,050.00 from Quillstack, Inc.",
    dict(
        kind="payment-notification",
        amount="3050.00",
        reference="INV-2026-042",
        note="Stripe invoice paid (charge)",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "stripe",
    "#635bff",
    "Your payout is on the way",
    ["A payout of €4,012.35 is on the way to your bank account and should arrive by Jan 21, 2027."],
    [
        ("Amount", "€4,012.35"),
        ("Bank account", "BANCO BPM •••• 3456"),
        ("Initiated", "Jan 19, 2027"),
        ("Estimated arrival", "Jan 21, 2027"),
    ],
    [],
    STRIPE_FOOT,
    lang="en",
    font="-apple-system,'Segoe UI'",
    button=("View payout", "https://dashboard.stripe.com/payouts/po_1QyZ"),
)
machine(
    "stripe",
    "Tue, 19 Jan 2027 09:00:00 +0000",
    "Your €4,012.35 payout is on the way",
    dict(
        kind="payment-notification",
        amount="4012.35",
        note="Stripe payout of already-collected funds (aggregate, no invoice reference)",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "stripe",
    "#635bff",
    "A payment failed",
    ["A payment from kyle.jensen@northfieldoutdoor.com for invoice 12/2026 failed."],
    [
        ("Amount", "€1,220.00"),
        ("Decline reason", "insufficient_funds"),
        ("Payment method", "Mastercard •••• 5100"),
        ("Date", "Nov 4, 2026"),
    ],
    ["Stripe will not retry this payment automatically. You can send the customer a new payment link."],
    STRIPE_FOOT,
    lang="en",
    font="-apple-system,'Segoe UI'",
)
machine(
    "stripe",
    "Wed, 04 Nov 2026 20:14:00 +0000",
    "Payment of €1,220.00 failed",
    dict(kind="other", reference="12/2026", note="failed card payment for the invoice — nothing received"),
    plain=pl,
    html_=ht,
)

machine(
    "xero",
    "Thu, 21 Jan 2027 07:35:00 +0000",
    "Remittance Advice from Brightwater Digital Ltd",
    dict(
        kind="payment-notification",
        amount="3050.00",
        reference="INV-2026-042",
        note="machine remittance advice sent by the client's Xero on its behalf; PDF attached",
    ),
    from_='"Brightwater Digital Ltd via Xero" <messaging-service@post.xero.com>',
    extra=[("Reply-To", "accounts@brightwater-digital.co.uk")],
    plain="""Hi Alessandra Rossi,

Here's your remittance advice for a payment made on 20 Jan 2027 totalling EUR 3,050.00.

  Invoice number   Reference       Amount paid
  INV-2026-042     Phase 2         3,050.00

If you have any questions, please let us know.

Thanks,
Brightwater Digital Ltd
""",
    attach=[
        (
            "Remittance Advice.pdf",
            "application/pdf",
            fake_pdf(
                "REMITTANCE ADVICE",
                ["Brightwater Digital Ltd", "Payment date 20 Jan 2027", "INV-2026-042 EUR 3,050.00"],
            ),
        )
    ],
)

XERO_FOOT = ["Xero Limited · 19-23 Taranaki Street, Wellington 6011, New Zealand"]
pl, ht = card(
    "xero",
    "#13b5ea",
    "Invoice INV-2026-042 has been viewed",
    ["Kestrel Labs Ltd has viewed the online invoice you sent them."],
    [
        ("Invoice", "INV-2026-042"),
        ("Amount due", "EUR 3,050.00"),
        ("Due date", "2 Dec 2026"),
        ("Viewed", "3 Dec 2026 11:01"),
    ],
    [],
    XERO_FOOT,
    lang="en",
)
machine(
    "xero",
    "Thu, 03 Dec 2026 11:02:00 +0000",
    "Kestrel Labs Ltd viewed invoice INV-2026-042",
    dict(kind="other", reference="INV-2026-042", note="invoice-viewed notification"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "xero",
    "#13b5ea",
    "Payment received",
    ["Kestrel Labs Ltd paid part of invoice INV-2026-042 online with Stripe."],
    [
        ("Invoice", "INV-2026-042"),
        ("Amount paid", "EUR 2,250.00"),
        ("Remaining balance", "EUR 800.00"),
        ("Paid on", "7 Dec 2026"),
    ],
    ["The payment has been applied to the invoice in Xero."],
    XERO_FOOT,
    lang="en",
)
machine(
    "xero",
    "Mon, 07 Dec 2026 14:30:00 +0000",
    "Payment received for INV-2026-042",
    dict(
        kind="payment-notification", amount="2250.00", reference="INV-2026-042", note="partial online payment"
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Zettle",
    "#000000",
    "You've received a payment",
    ["Someone has paid using your payment link."],
    [
        ("Payment link", "Proofreading – Pinecrest brochure"),
        ("Amount", "€150.00"),
        ("Card", "Visa •••• 0044"),
        ("Date", "12 Nov 2026, 16:04"),
    ],
    ["The money will be included in your next payout."],
    ["PayPal (Europe) S.à r.l. et Cie, S.C.A."],
    lang="en",
    layout="stack",
)
machine(
    "zettle",
    "Thu, 12 Nov 2026 16:05:00 +0100",
    "You've received €150.00",
    dict(kind="payment-notification", amount="150.00", note="payment-link payment, no invoice reference"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "GoCardless",
    "#1c1b18",
    "Adobe Systems Software Ireland will collect a payment",
    [
        "Adobe Systems Software Ireland Ltd will collect a payment from your account under your Direct Debit mandate."
    ],
    [
        ("Amount", "€24.59"),
        ("Collection date", "on or after 3 December 2026"),
        ("Reference", "ADOBE-CC-7712"),
        ("Account", "IT60 X054 •••• 3456"),
    ],
    ["If this isn't right, contact Adobe Systems Software Ireland Ltd or your bank."],
    ["GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN"],
    lang="en",
)
machine(
    "gocardless",
    "Fri, 27 Nov 2026 06:00:00 +0000",
    "Adobe Systems Software Ireland will collect €24.59 from you",
    dict(kind="other", note="direct-debit advance notice (money going out)"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "American Express",
    "#006fcf",
    "Your statement is ready",
    [
        "Dear Alessandra Rossi,",
        "Your latest statement for your Business Gold Card ending 51008 is now available online.",
    ],
    [("Statement balance", "€1,284.66"), ("Minimum payment", "€1,284.66"), ("Payment due", "22 Dec 2026")],
    ["Log in to view your statement."],
    ["American Express Europe S.A. (Germany branch)", "Please do not reply to this email."],
    lang="en",
)
machine(
    "amex",
    "Sat, 05 Dec 2026 04:10:00 +0000",
    "Your American Express statement is ready",
    dict(kind="other", note="card statement with payment due"),
    plain=pl,
    html_=ht,
)

autoreply(
    "hargreaves",
    "Wed, 23 Dec 2026 15:03:00 +0000",
    "Automatic reply: Payment reminder – invoice 12/2026",
    """Thank you for your email.

The office is closed over the Christmas period and I'm returning on Monday 4 January. I'll respond to your message as soon as possible after that.

For anything urgent please call 0113 496 0552.

Joanne Hargreaves
Hargreaves Joinery Ltd
""",
    dict(kind="auto-reply", return_date="2027-01-04", note="Exchange OOO; 'returning on Monday 4 January'"),
    num=4501,
    rfc="auto-generated",
    senc="OQU",
    extra=[
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "j.hargreaves@hargreavesjoinery.co.uk"),
    ],
)

autoreply(
    "bluewater",
    "Tue, 17 Nov 2026 10:00:00 +1100",
    "This mailbox is no longer monitored",
    """This mailbox is no longer monitored.

Please send all supplier invoices and statements to ap@bluewatermarine.com.au. Emails sent to this address will not be read or forwarded.

Bluewater Marine Pty Ltd
""",
    dict(kind="auto-reply", note="'no longer monitored' notice without RFC 3834 headers"),
    num=4502,
    rfc=None,
)

autoreply(
    "fernhill",
    "Mon, 09 Nov 2026 09:12:00 +0000",
    "[Fernhill Property Group] Re: Payment reminder – invoice 12/2026",
    """##- Please type your reply above this line -##

Your request (#58211) has been received and is being reviewed by our Accounts Payable team.

To add additional comments, reply to this email.

Fernhill Property Group
This email is a service from Fernhill Property Group.
""",
    dict(kind="auto-reply", note="Zendesk ticket acknowledgement with 'Re:' style subject"),
    num=4503,
    rfc="auto-generated",
    extra=[("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "1f2e3d")],
    html_="""<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (#58211) has been received and is being reviewed by our Accounts Payable team.</p>
<p>To add additional comments, reply to this email.</p><p>Fernhill Property Group</p>""",
)

autoreply(
    "penrose",
    "Thu, 24 Dec 2026 11:00:00 +0000",
    "Automatic reply: Payment reminder – invoice INV-2026-042",
    """Our office is now closed for the holidays and will reopen in the new year.

Wishing you a very happy Christmas!
Penrose & Daughters
""",
    dict(kind="auto-reply", note="vague reopening ('in the new year') -> no return_date"),
    num=4504,
    rfc="auto-replied",
    senc="OQU",
)

dsn(
    "mta_en_dev",
    "Mon, 02 Nov 2026 09:20:00 +0100",
    "Undelivered Mail Returned to Sender",
    dict(
        kind="bounce",
        failed_recipient="accounts@whitecliffe-studio.co.uk",
        permanent=True,
        note="standard Postfix DSN, remote Google MX says account does not exist",
    ),
    human="""This is the mail system at host smtp2.example.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@whitecliffe-studio.co.uk>: host
    aspmx.l.google.com[142.250.153.26] said: 550-5.1.1 The email account that
    you tried to reach does not exist. Please try double-checking the
    recipient's email address for typos or unnecessary spaces. For more
    information, go to https://support.google.com/mail/?p=NoSuchUser
    (in reply to RCPT TO command)
""",
    rcpt="accounts@whitecliffe-studio.co.uk",
    action="failed",
    status="5.1.1",
    diag="550-5.1.1 The email account that you tried to reach does not exist.",
    reporting_mta="smtp2.example.it",
    remote_mta="aspmx.l.google.com",
    arrival="Mon, 02 Nov 2026 09:19:57 +0100",
    orig_num=4505,
    orig_date="Mon, 02 Nov 2026 09:19:55 +0100",
    from_="MAILER-DAEMON@smtp2.example.it (Mail Delivery System)",
    ds_extra="X-Postfix-Queue-ID: 4Nj0Kp6TxRz3wB\nX-Postfix-Sender: rfc822; alessandra@example.it\n",
)

dsn(
    "mta_en_dev",
    "Thu, 03 Dec 2026 13:00:00 +0100",
    "Delayed Mail (still being retried)",
    dict(
        kind="bounce",
        failed_recipient="billing@kintyre-distillery.co.uk",
        permanent=False,
        note="Postfix delay warning, connection refused, still retrying",
    ),
    human="""This is the mail system at host smtp2.example.it.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<billing@kintyre-distillery.co.uk>: connect to
    mail.kintyre-distillery.co.uk[81.2.70.14]:25: Connection refused
""",
    rcpt="billing@kintyre-distillery.co.uk",
    action="delayed",
    status="4.4.1",
    diag="connect to mail.kintyre-distillery.co.uk[81.2.70.14]:25: Connection refused",
    reporting_mta="smtp2.example.it",
    arrival="Thu, 03 Dec 2026 08:41:02 +0100",
    orig_num=4506,
    orig_date="Thu, 03 Dec 2026 08:41:00 +0100",
    key="r12b",
    from_="MAILER-DAEMON@smtp2.example.it (Mail Delivery System)",
    headers_only=True,
    rcpt_extra="Will-Retry-Until: Tue, 8 Dec 2026 08:41:02 +0100\n",
    ds_extra="X-Postfix-Queue-ID: 4Q1vXb0Hm9z7yK\nX-Postfix-Sender: rfc822; alessandra@example.it\n",
)

dsn(
    "gmail_dsn_en",
    "Fri, 20 Nov 2026 06:12:00 -0800",
    "Delivery Status Notification (Failure)",
    dict(
        kind="bounce",
        failed_recipient="ap@harrowgate-foods.com",
        permanent=True,
        note="Gmail DSN 'Message blocked' 550 5.7.1 content rejection",
    ),
    human="""** Message blocked **

Your message to ap@harrowgate-foods.com has been blocked. See technical details below for more information.

The response was:
550 5.7.1 Message rejected due to content restrictions (attachment or link policy)
""",
    human_html="""<html><head></head><body><div style="font-family:'Google Sans',Roboto,Arial,sans-serif">
<h2 style="font-size:24px;font-weight:400;color:#202124">Message blocked</h2>
<p style="font-size:16px;color:#202124">Your message to <b>ap@harrowgate-foods.com</b> has been blocked. See technical details below for more information.</p>
<p style="font-size:13px;color:#5f6368">The response was:<br>550 5.7.1 Message rejected due to content restrictions (attachment or link policy)</p>
</div></body></html>""",
    rcpt="ap@harrowgate-foods.com",
    action="failed",
    status="5.7.1",
    diag="550 5.7.1 Message rejected due to content restrictions (attachment or link policy)",
    reporting_mta="googlemail.com",
    remote_mta="mx.harrowgate-foods.com",
    arrival="Fri, 20 Nov 2026 06:11:55 -0800 (PST)",
    orig_num=4507,
    orig_date="Fri, 20 Nov 2026 15:11:50 +0100",
    from_="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    bstyle="gmail",
    extra=[("X-Failed-Recipients", "ap@harrowgate-foods.com")],
    senc="B",
)

# ---- English, firstread2
SQ_FOOT = [
    "Square, Inc. · Block, Inc. · Dublin, Ireland",
    "You're receiving this because you have a Square account.",
]
pl, ht = card(
    "Square",
    "#006aff",
    "Invoice #000018 paid",
    ["Kilkenny Craft Brewers paid your invoice."],
    [
        ("Invoice", "#000018"),
        ("Amount paid", "€450.00"),
        ("Payment method", "Card"),
        ("Paid on", "12 Jan 2027"),
    ],
    ["Funds will be deposited in your linked bank account in 1-2 business days."],
    SQ_FOOT,
    lang="en",
)
machine(
    "square",
    "Tue, 12 Jan 2027 16:45:00 +0000",
    "You received a payment of €450.00",
    dict(
        kind="payment-notification",
        amount="450.00",
        note="Square invoice paid; Square numbering #000018 is not her scheme",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Square",
    "#006aff",
    "Invoice #000019 was viewed",
    ["Harbour Lights Café opened your invoice."],
    [("Invoice", "#000019"), ("Amount due", "€380.00"), ("Due", "27 Jan 2027")],
    [],
    SQ_FOOT,
    lang="en",
)
machine(
    "square",
    "Wed, 13 Jan 2027 09:10:00 +0000",
    "Harbour Lights Café viewed invoice #000019",
    dict(kind="other", note="invoice-viewed notification with amount due"),
    plain=pl,
    html_=ht,
)

QB_FOOT = [
    "Intuit Limited · 5th Floor, Cardinal Place, 80 Victoria Street, London SW1E 5JL",
    "© 2027 Intuit Inc. All rights reserved.",
]
pl, ht = card(
    "intuit quickbooks",
    "#2ca01c",
    "Payment received",
    ["Good news! Harborview Logistics, Inc. paid you."],
    [
        ("Invoice", "INV-2026-042"),
        ("Customer", "Harborview Logistics, Inc."),
        ("Payment amount", "€3,050.00"),
        ("Payment date", "22/01/2027"),
        ("Deposit to", "Undeposited Funds"),
    ],
    [],
    QB_FOOT,
    lang="en",
)
machine(
    "quickbooks",
    "Fri, 22 Jan 2027 20:15:00 +0000",
    "Payment received: Invoice INV-2026-042 from Harborview Logistics, Inc.",
    dict(
        kind="payment-notification",
        amount="3050.00",
        reference="INV-2026-042",
        note="QuickBooks payment received",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "intuit quickbooks",
    "#2ca01c",
    "We couldn't process your payment",
    ["We tried to charge your card for your QuickBooks subscription, but the payment didn't go through."],
    [("Plan", "QuickBooks Simple Start"), ("Amount", "€32.00"), ("Card", "Mastercard ending 0987")],
    ["Update your billing details within 7 days to keep using QuickBooks."],
    QB_FOOT,
    lang="en",
    button=("Update billing", "https://qbo.intuit.com/billing"),
)
machine(
    "quickbooks",
    "Mon, 01 Feb 2027 08:00:00 +0000",
    "Action needed: your QuickBooks payment didn't go through",
    dict(kind="other", note="failed subscription payment BY the freelancer"),
    plain=pl,
    html_=ht,
)

MOL_FOOT = ["Mollie B.V. · Keizersgracht 126 · 1015 CW Amsterdam"]
pl, ht = card(
    "mollie",
    "#0a0a0a",
    "Payment received",
    ["You received a new payment."],
    [
        ("Amount", "€2,000.00"),
        ("Description", "Ref: INV-2026-042 settlement"),
        ("Customer", "Moriarty Media"),
        ("Method", "SEPA Bank transfer"),
        ("Payment ID", "tr_7Uq2KsYw3p"),
    ],
    [],
    MOL_FOOT,
    lang="en",
    layout="stack",
)
machine(
    "mollie",
    "Tue, 02 Feb 2027 17:25:00 +0000",
    "Payment received: €2,000.00",
    dict(
        kind="payment-notification",
        amount="2000.00",
        reference="INV-2026-042",
        note="'Ref: INV-2026-042 settlement'",
    ),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "mollie",
    "#0a0a0a",
    "A chargeback has been received",
    ["Your customer's bank has reversed a payment. The amount has been deducted from your balance."],
    [
        ("Payment ID", "tr_Qm4rT88aZx"),
        ("Amount", "€120.00"),
        ("Reason", "Fraud – card absent"),
        ("Original payment date", "14 Jan 2027"),
    ],
    ["You can contest this chargeback from the Mollie Dashboard within 10 days."],
    MOL_FOOT,
    lang="en",
    layout="stack",
)
machine(
    "mollie",
    "Thu, 18 Feb 2027 10:00:00 +0100",
    "Chargeback received for payment tr_Qm4rT88aZx",
    dict(kind="other", note="chargeback (money taken back)"),
    plain=pl,
    html_=ht,
)

pl, ht = card(
    "Starling Bank",
    "#6935d3",
    "Luca Moretti has requested €640.00",
    ["Luca Moretti sent you a payment request using Settle Up."],
    [("Amount", "€640.00"), ("Message", "my share of the phase 2 job")],
    ["Tap the link to pay securely."],
    ["Starling Bank Limited, 3rd Floor, 2 Finsbury Avenue, London EC2M 2PP"],
    lang="en",
    button=("Pay Luca", "https://settleup.starlingbank.com/lucamoretti"),
)
machine(
    "starling",
    "Thu, 07 Jan 2027 12:00:00 +0000",
    "Luca Moretti has requested €640.00 from you",
    dict(kind="other", note="payment request TO the freelancer"),
    plain=pl,
    html_=ht,
)

autoreply(
    "castlegate",
    "Mon, 16 Nov 2026 09:30:00 +0000",
    "Automatic reply: Payment reminder – invoice 12/2026",
    """Hi,

I'm out on site visits and I'm back on Thursday. I'll get back to you then.

Thanks,
Owen
""",
    dict(
        kind="auto-reply", return_date="2026-11-19", note="weekday-only return from Mon 16 Nov -> Thu 19 Nov"
    ),
    num=4601,
    rfc="auto-generated",
    senc="OQU",
    extra=[("X-Auto-Response-Suppress", "All")],
)

autoreply(
    "sunrise",
    "Wed, 09 Dec 2026 10:20:00 +0530",
    "Out of Office: Re: Payment reminder – invoice 12/2026",
    """Dear Sender,

I am on leave and will be back in office on 15th December 2026 with limited access to mails.
For urgent payment related queries kindly contact accounts@sunrisetextiles.in.

Regards,
Prakash Menon
""",
    dict(
        kind="auto-reply", return_date="2026-12-15", note="Indian OOO 'back in office on 15th December 2026'"
    ),
    num=4602,
    rfc="auto-replied",
    senc="OQU",
)

autoreply(
    "oakridge",
    "Tue, 05 Jan 2027 08:30:00 +0000",
    "Ticket Received - Payment reminder – invoice INV-2026-042",
    """Dear Alessandra,

We would like to acknowledge that we have received your request and a ticket has been created.
A member of the finance team will review your request and send you a personal response (usually within 24 hours).

To view the status of the ticket or add comments, please visit
https://oakridgetrust.freshdesk.com/helpdesk/tickets/9183

Thank you for your patience.

Sincerely,
Oakridge Schools Trust Finance Team
""",
    dict(kind="auto-reply", note="Freshdesk ticket acknowledgement, no RFC 3834 headers"),
    num=4603,
    rfc=None,
)

EXCH_EN_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p style="font-size:21px;color:#c00000"><b>Your message to invoices@greystonegroup.com couldn't be delivered.</b></p>
<p>invoices wasn't found at greystonegroup.com.</p>
<table><tr><td style="padding-right:20px">alessandra</td><td>Office 365</td><td style="color:#c00000">invoices</td></tr>
<tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: retype the recipient's address, then resend the message.</p>
<hr><p style="font-size:11px;color:#666">Diagnostic information for administrators:<br>
Generating server: LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM<br>
invoices@greystonegroup.com<br>
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. [LO1PEPF000012A4.GBRP265.PROD.OUTLOOK.COM]'</p>
</div></body></html>"""
dsn(
    "exch_en",
    "Mon, 14 Dec 2026 09:45:00 +0000",
    "Undeliverable: Payment reminder – invoice INV-2026-042",
    dict(
        kind="bounce",
        failed_recipient="invoices@greystonegroup.com",
        permanent=True,
        note="Exchange Online NDR, 550 5.4.1 access denied (directory-based edge blocking)",
    ),
    human="""Your message to invoices@greystonegroup.com couldn't be delivered.

invoices wasn't found at greystonegroup.com.

Diagnostic information for administrators:
Generating server: LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM
invoices@greystonegroup.com
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. [LO1PEPF000012A4.GBRP265.PROD.OUTLOOK.COM]'
""",
    human_html=EXCH_EN_HTML,
    rcpt="invoices@greystonegroup.com",
    action="failed",
    status="5.4.1",
    diag="550 5.4.1 Recipient address rejected: Access denied. [LO1PEPF000012A4.GBRP265.PROD.OUTLOOK.COM]",
    reporting_mta="LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM",
    arrival="Mon, 14 Dec 2026 09:44:55 +0000",
    orig_num=4604,
    orig_date="Mon, 14 Dec 2026 10:44:50 +0100",
    key="r42",
    from_=addr("Microsoft Outlook", B["exch_en"]["mail"]),
    headers_only=True,
    senc="OQU",
    bstyle="outlook",
    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")],
)

dsn(
    "exch_en2",
    "Fri, 13 Nov 2026 13:05:00 +0000",
    "Delivery delayed: Payment reminder – invoice 12/2026",
    dict(
        kind="bounce",
        failed_recipient="ap@northgate-medical.co.uk",
        permanent=False,
        note="Exchange 'Delivery has been delayed' notice; still retrying",
    ),
    human="""Delivery is delayed to these recipients or groups:

ap@northgate-medical.co.uk

Subject: Payment reminder – invoice 12/2026

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:
Generating server: CWLP265MB3378.GBRP265.PROD.OUTLOOK.COM
Receiving server: mail.northgate-medical.co.uk
ap@northgate-medical.co.uk
Remote Server returned '451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed.'
""",
    rcpt="ap@northgate-medical.co.uk",
    action="delayed",
    status="4.4.0",
    diag='451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect."',
    reporting_mta="CWLP265MB3378.GBRP265.PROD.OUTLOOK.COM",
    arrival="Fri, 13 Nov 2026 08:58:11 +0000",
    orig_num=4605,
    orig_date="Fri, 13 Nov 2026 09:58:07 +0100",
    from_=addr("Microsoft Outlook", B["exch_en2"]["mail"]),
    headers_only=True,
    senc="OQU",
    bstyle="outlook",
)

# ==== END OF DATA (batches are inserted above this line) ====

ALLOWED = [
    "kind",
    "language",
    "split",
    "promised_date",
    "return_date",
    "amount",
    "reference",
    "failed_recipient",
    "permanent",
    "note",
]
KINDS = {
    "invoice",
    "payment-notification",
    "client-reply-paid",
    "client-reply-promise",
    "client-reply-dispute",
    "client-reply-other",
    "auto-reply",
    "bounce",
    "other",
}


def tq(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def check(name, raw, lab):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    probs = []
    for part in msg.walk():
        if part.defects:
            probs.append(f"defects {part.get_content_type()}: {part.defects}")
        if part.get_content_maintype() == "text":
            part.get_content()
    ds = msg["Date"]
    d = email.utils.parsedate_to_datetime(str(ds))
    wd = str(ds).split(",")[0]
    if wd != EN_D[d.weekday()][:3]:
        probs.append(f"weekday {wd} != {d:%a}")
    if not dt.date(2026, 11, 1) <= d.date() <= dt.date(2027, 2, 28):
        probs.append(f"date out of range {d}")
    assert lab["kind"] in KINDS, lab
    assert set(lab) <= set(ALLOWED), set(lab) - set(ALLOWED)
    assert lab["split"] in ("dev", "firstread2")
    assert lab["language"] in ("en", "it", "es")
    assert "note" in lab, name
    for k in ("promised_date", "return_date"):
        if k in lab:
            pd = dt.date.fromisoformat(lab[k])
            if pd < d.date():
                probs.append(f"{k} {pd} before message date {d.date()}")
    if "promised_date" in lab and lab["kind"] not in ("client-reply-promise", "client-reply-dispute"):
        probs.append("promised_date on non-promise")
    if "return_date" in lab and lab["kind"] != "auto-reply":
        probs.append("return_date on non-auto-reply")
    if "amount" in lab:
        assert re.fullmatch(r"\d+\.\d\d", lab["amount"]), lab["amount"]
    if lab["kind"].startswith("client-reply"):
        subj = str(msg["Subject"])
        if not re.match(r"^(Re|RE|AW|SV|Aw|VS|RE ?): ", subj):
            probs.append(f"subject prefix {subj!r}")
        if not re.fullmatch(r"<reminder-\d{4}@example\.it>", str(msg["In-Reply-To"])):
            probs.append("In-Reply-To")
    if lab["kind"] == "bounce":
        assert "failed_recipient" in lab and "permanent" in lab, name
    if probs:
        raise SystemExit(f"{name}: " + "; ".join(probs))


def main():
    for f in glob.glob(os.path.join(HERE, "r2e-*.eml")):
        os.remove(f)
    out = ["# round2-en labels -- written by make.py; do not edit by hand", ""]
    counts = {}
    for i, (raw, lab) in enumerate(MSGS, 1):
        name = f"r2e-{i:04d}.eml"
        check(name, raw, lab)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        out.append(f'[files."{name}"]')
        for k in ALLOWED:
            if k in lab:
                out.append(f"{k} = {tq(lab[k])}")
        out.append("")
        counts.setdefault((lab["kind"], lab["split"]), 0)
        counts[(lab["kind"], lab["split"])] += 1
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        t = tomllib.load(fh)
    assert len(t["files"]) == len(MSGS)
    names = set(os.path.basename(f) for f in glob.glob(os.path.join(HERE, "*.eml")))
    assert names == set(t["files"]), names ^ set(t["files"])
    kinds = sorted({k for k, _ in counts})
    print(f"{len(MSGS)} messages")
    for k in kinds:
        print(
            f"  {k:24s} dev={counts.get((k, 'dev'), 0):3d}  firstread2={counts.get((k, 'firstread2'), 0):3d}"
        )
    fr = sum(v for (k, s), v in counts.items() if s == "firstread2")
    langs = {}
    for _, lab in MSGS:
        langs[lab["language"]] = langs.get(lab["language"], 0) + 1
    print(f"  firstread2 share {fr / max(1, len(MSGS)):.0%}; languages {langs}")


if __name__ == "__main__":
    main()
