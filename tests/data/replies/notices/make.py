#!/usr/bin/env python3
"""Generator for realistic "notice" test messages for mailduns.

Writes, next to this script, one nt-NNNN.eml per message plus labels.toml.
Python 3.11, standard library only.  Run:  python3 make.py

The messages imitate what banks, payment services, accounts-payable
platforms, e-invoicing services, auto-responders and mail servers really
send (wording, HTML skeletons, encodings, DSN structure).  Every message
text below is written by hand; a sender brand shares one HTML skeleton,
as real senders do, but the contents differ message by message.

Freelancers (the mailbox owners):
  Alessandra Rossi <alessandra@example.it>  invoices numbered "12/2026"
  Javier Martín   <javier@example.es>       invoices numbered "2026-7"
"""

import base64
import hashlib
import json
import os
import quopri
import random
import sys
import tomllib
from datetime import datetime
from email import charset as _charset
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ALE = ("Alessandra Rossi", "alessandra@example.it")
JAV = ("Javier Martín", "javier@example.es")

MESSAGES = []


def add(**kw):
    MESSAGES.append(kw)


# --------------------------------------------------------------------------
# low level MIME helpers (we build bytes ourselves to control encodings)
# --------------------------------------------------------------------------


def hdr(s, how="b", cs="utf-8"):
    """RFC 2047 encode a header value when it is not plain ASCII."""
    if s.isascii():
        return s
    c = _charset.Charset(cs)
    c.header_encoding = _charset.BASE64 if how == "b" else _charset.QP
    return Header(s, c, maxlinelen=76, header_name="Subject").encode()


def addr(a, how="b"):
    if isinstance(a, str):
        return a
    name, mail = a
    if name is None:
        return mail
    if name.isascii():
        return formataddr((name, mail))
    return "%s <%s>" % (hdr(name, how), mail)


class Leaf:
    def __init__(
        self, ctype, body, enc="qp", charset="utf-8", params=None, disp=None, filename=None, extra=None
    ):
        self.ctype, self.body, self.enc, self.charset = ctype, body, enc, charset
        self.params = params or {}
        self.disp, self.filename, self.extra = disp, filename, extra or []


class Multi:
    def __init__(self, subtype, parts, params=None, preamble=True):
        self.subtype, self.parts = subtype, parts
        self.params = params or {}
        self.preamble = preamble


def T(text, enc="8bit", charset="utf-8", **kw):
    return Leaf("text/plain", text, enc, charset, **kw)


def H(html, enc="qp", charset="utf-8", **kw):
    return Leaf("text/html", html, enc, charset, **kw)


def ALT(text, html, enc="qp", charset="utf-8", tenc=None):
    return Multi("alternative", [T(text, tenc or enc, charset), H(html, enc, charset)])


def MIXED(*parts):
    return Multi("mixed", list(parts))


def PDF(name, text):
    """A tiny (fake but well formed enough) PDF attachment."""
    lines = text.replace("(", "[").replace(")", "]").split("\n")
    content = "BT /F1 10 Tf 40 800 Td " + " ".join("(%s) Tj 0 -14 Td" % l for l in lines) + " ET"
    pdf = (
        "%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]"
        "/Contents 4 0 R>>endobj\n4 0 obj<</Length %d>>stream\n%s\n"
        "endstream endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n" % (len(content), content)
    )
    return Leaf(
        "application/pdf",
        pdf.encode("latin-1", "replace"),
        "b64",
        None,
        params={"name": name},
        disp="attachment",
        filename=name,
    )


def _b(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def boundary(seed, depth, style=None):
    h = _b(seed + str(depth), 24)
    styles = [
        "----=_Part_%s_%s.%s" % (int(h[:6], 16), int(h[6:12], 16), int(h[12:20], 16)),
        "_000_%s_" % h.upper(),
        "000000000000%s" % h[:16],
        "===============%s==" % int(h[:16], 16),
    ]
    return styles[style if style is not None else int(h[-1], 16) % 4]


def ser_leaf(p):
    out = []
    ct = p.ctype
    params = dict(p.params)
    if p.charset and ct.startswith("text/"):
        params = {"charset": p.charset, **params}
    ct_line = "Content-Type: " + ct + "".join('; %s="%s"' % (k, v) for k, v in params.items())
    out.append(ct_line)
    raw = p.body if isinstance(p.body, bytes) else p.body.encode(p.charset or "utf-8")
    if p.enc == "qp":
        out.append("Content-Transfer-Encoding: quoted-printable")
        payload = quopri.encodestring(raw)
    elif p.enc == "b64":
        out.append("Content-Transfer-Encoding: base64")
        payload = base64.encodebytes(raw)
    elif p.enc == "7bit":
        assert raw.isascii(), raw[:200]
        out.append("Content-Transfer-Encoding: 7bit")
        payload = raw
    elif p.enc == "8bit":
        out.append("Content-Transfer-Encoding: 8bit")
        payload = raw
    elif p.enc is None:
        if not raw.isascii():
            out.append("Content-Transfer-Encoding: 8bit")
        payload = raw
    else:
        raise ValueError(p.enc)
    if p.disp:
        d = p.disp
        if p.filename:
            d += '; filename="%s"' % p.filename
        out.append("Content-Disposition: " + d)
    out.extend(p.extra)
    head = ("\n".join(out) + "\n\n").encode("ascii")
    if not payload.endswith(b"\n"):
        payload += b"\n"
    return head + payload


def ser(p, seed, depth=0, style=None):
    if isinstance(p, Leaf):
        return ser_leaf(p)
    b = boundary(seed, depth, style)
    params = "".join(' %s="%s";' % (k, v) for k, v in p.params.items())
    head = 'Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (p.subtype, params, b)
    out = head.encode()
    if p.preamble and depth == 0:
        out += b"This is a multi-part message in MIME format.\n\n"
    for sub in p.parts:
        out += b"--" + b.encode() + b"\n" + ser(sub, seed, depth + 1, style) + b"\n"
    out += b"--" + b.encode() + b"--\n"
    return out


def mkid(fmt, seed):
    h = hashlib.sha256(seed.encode()).hexdigest()
    d = str(int(h[:30], 16))
    return (
        fmt.replace("{h8}", h[:8])
        .replace("{h12}", h[8:20])
        .replace("{h16}", h[20:36])
        .replace("{h32}", h[:32])
        .replace("{H16}", h[36:52].upper())
        .replace("{H32}", h[:32].upper())
        .replace("{d6}", d[:6])
        .replace("{d10}", d[6:16])
        .replace("{d13}", d[:13])
    )


def parse_date(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def build(m, seed):
    dt = parse_date(m["date"])
    frm = m["frm"]
    dom = (frm[1] if isinstance(frm, tuple) else frm).split("@")[-1].rstrip(">")
    h = []
    rp = m.get("return_path")
    if rp is None:
        rp = (
            "<bounce-%s@%s>" % (_b(seed + "rp", 10), dom)
            if m["kind"] in ("payment-notification", "other")
            else "<%s>" % (frm[1] if isinstance(frm, tuple) else frm)
        )
    h.append("Return-Path: " + rp)
    relay = m.get("relay") or ("mail-%s.%s" % (_b(seed, 4), dom))
    if m.get("received", True):
        h.append(
            "Received: from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (
                relay,
                relay,
                m.get("ip", "203.0.113.%d" % (int(_b(seed, 2), 16) % 250 + 2)),
                m["to"][1].split("@")[1] if isinstance(m["to"], tuple) else "example.it",
                _b(seed + "q", 10).upper(),
                m["to"][1] if isinstance(m["to"], tuple) else m["to"],
                format_datetime(dt),
            )
        )
    for k, v in m.get("pre_headers", []):
        h.append("%s: %s" % (k, v))
    how = m.get("hdr_enc", "b")
    hcs = m.get("hdr_cs", "utf-8")
    h.append("From: " + addr(frm, how))
    to = m["to"]
    h.append("To: " + (", ".join(addr(x, how) for x in to) if isinstance(to, list) else addr(to, how)))
    if m.get("cc"):
        h.append("Cc: " + addr(m["cc"], how))
    h.append("Subject: " + hdr(m["subject"], how, hcs))
    h.append("Date: " + format_datetime(dt))
    msgid = mkid(m.get("mid", "<{h16}.{d10}@" + dom + ">"), seed)
    h.append("Message-ID: " + msgid)
    if m.get("irt"):
        h.append("In-Reply-To: " + m["irt"])
        h.append("References: " + m.get("refs", m["irt"]))
    for k, v in m.get("headers", []):
        h.append("%s: %s" % (k, hdr(v, how)))
    h.append("MIME-Version: 1.0")
    # boundary style follows the sending software, not the single message
    if "outlook" in msgid.lower() or "exch" in msgid.lower():
        style = 1
    elif "gmail.com" in msgid or "google.com" in msgid:
        style = 2
    elif "JavaMail" in msgid:
        style = 0
    else:
        style = int(_b(dom, 2), 16) % 4
    raw = ("\n".join(h) + "\n").encode("ascii") + ser(m["body"], seed, 0, style)
    return raw


# --------------------------------------------------------------------------
# sender skeletons (one per brand family; contents vary per message)
# --------------------------------------------------------------------------


def _esc(s):
    return (
        s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("€", "&euro;")
        .replace("£", "&pound;")
    )


def _paras_html(paras, style="margin:0 0 14px 0;"):
    return "\n".join('<p style="%s">%s</p>' % (style, _esc(p).replace("\n", "<br>")) for p in paras)


def card(
    brand,
    color,
    headline,
    paras,
    hero=None,
    rows=(),
    after=(),
    footer=(),
    button=None,
    lang="en",
    text_rows_sep=": ",
):
    """Modern fintech notification: logo bar, headline, big amount, details."""
    t = [headline, ""]
    if hero:
        t += [hero, ""]
    t += [p + "\n" for p in paras]
    if rows:
        t += ["%s%s%s" % (k, text_rows_sep, v) for k, v in rows] + [""]
    t += [p + "\n" for p in after]
    if button:
        t += ["%s: %s" % button, ""]
    t += ["--"] + list(footer)
    text = "\n".join(t).replace("\n\n\n", "\n\n")
    rows_html = "\n".join(
        '<tr><td style="padding:6px 0;color:#6c7378;font-size:14px;">%s</td>'
        '<td style="padding:6px 0;text-align:right;font-size:14px;">%s</td></tr>' % (_esc(k), _esc(v))
        for k, v in rows
    )
    html = """<!DOCTYPE html>
<html lang="%(lang)s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s</title></head>
<body style="margin:0;padding:0;background:#f5f7fa;font-family:Helvetica,Arial,sans-serif;">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f5f7fa;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:8px;">
<tr><td style="padding:24px 32px;border-bottom:4px solid %(color)s;"><img src="https://static.%(logo)s/email/logo.png" alt="%(brand)s" height="32" style="display:block;border:0;"></td></tr>
<tr><td style="padding:32px 32px 8px 32px;"><h1 style="margin:0;font-size:24px;color:#1a1a1a;font-weight:600;">%(headline)s</h1></td></tr>
%(hero)s<tr><td style="padding:8px 32px;color:#2c2e2f;font-size:15px;line-height:22px;">
%(paras)s
</td></tr>
%(rows)s%(button)s<tr><td style="padding:8px 32px 24px 32px;color:#2c2e2f;font-size:15px;line-height:22px;">
%(after)s
</td></tr>
<tr><td style="padding:20px 32px;background:#f0f2f4;color:#6c7378;font-size:11px;line-height:16px;">
%(footer)s
</td></tr>
</table></td></tr></table>
</body></html>
""" % dict(
        lang=lang,
        title=_esc(headline),
        color=color,
        brand=_esc(brand),
        logo=brand.lower().replace(" ", "") + ".com",
        headline=_esc(headline),
        hero=(
            '<tr><td style="padding:8px 32px;font-size:34px;font-weight:700;color:%s;">%s</td></tr>\n'
            % (color, _esc(hero))
        )
        if hero
        else "",
        paras=_paras_html(paras),
        rows=(
            '<tr><td style="padding:8px 32px;"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="border-top:1px solid #e6e8eb;">\n%s\n</table></td></tr>\n'
            % rows_html
        )
        if rows
        else "",
        button=(
            '<tr><td style="padding:16px 32px;"><a href="%s" style="background:%s;color:#ffffff;text-decoration:none;padding:12px 24px;border-radius:24px;font-weight:600;display:inline-block;">%s</a></td></tr>\n'
            % (button[1], color, _esc(button[0]))
        )
        if button
        else "",
        after=_paras_html(after),
        footer="<br>\n".join(_esc(f) for f in footer),
    )
    return text, html


def bank(
    brand,
    color,
    title,
    greeting,
    paras,
    rows=(),
    after=(),
    footer=(),
    lang="it",
    label_bold=False,
    cell_sep=":",
):
    """Old-school bank alert: grey table with label / value cells."""
    t = [title, "", greeting, ""] + [p + "\n" for p in paras]
    if rows:
        w = max(len(k) for k, _ in rows) + 2
        t += [("%s%s" % (k, cell_sep)).ljust(w) + " " + v for k, v in rows] + [""]
    t += [p + "\n" for p in after] + ["", "-" * 60] + list(footer)
    text = "\n".join(t).replace("\n\n\n", "\n\n")
    lab = (lambda k: "<b>%s</b>" % _esc(k)) if label_bold else _esc
    rows_html = "\n".join(
        '  <tr>\n    <td width="40%%" bgcolor="#f2f2f2" style="font-family:Arial;font-size:12px;padding:5px;">%s</td>\n'
        '    <td style="font-family:Arial;font-size:12px;padding:5px;">%s</td>\n  </tr>' % (lab(k), _esc(v))
        for k, v in rows
    )
    html = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%(brand)s</title>
</head>
<body bgcolor="#ffffff" style="font-family:Arial, Helvetica, sans-serif;font-size:13px;color:#333333;">
<table width="640" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td bgcolor="%(color)s" height="56" style="padding-left:16px;"><font face="Arial" size="4" color="#ffffff"><b>%(brand)s</b></font></td></tr>
<tr><td style="padding:18px 16px 6px 16px;"><font face="Arial" size="3" color="%(color)s"><b>%(title)s</b></font></td></tr>
<tr><td style="padding:6px 16px;font-family:Arial;font-size:13px;">
<p>%(greeting)s</p>
%(paras)s
</td></tr>
%(rows)s<tr><td style="padding:6px 16px;font-family:Arial;font-size:13px;">
%(after)s
</td></tr>
<tr><td style="padding:14px 16px;border-top:1px solid #cccccc;font-family:Arial;font-size:10px;color:#888888;">
%(footer)s
</td></tr>
</table>
</body>
</html>
""" % dict(
        brand=_esc(brand),
        color=color,
        title=_esc(title),
        greeting=_esc(greeting),
        paras=_paras_html(paras, ""),
        rows=(
            '<tr><td style="padding:6px 16px;">\n<table width="100%%" border="1" bordercolor="#dddddd" cellspacing="0" cellpadding="4" style="border-collapse:collapse;">\n%s\n</table>\n</td></tr>\n'
            % rows_html
        )
        if rows
        else "",
        after=_paras_html(after, ""),
        footer="<br>\n".join(_esc(f) for f in footer),
    )
    return text, html


def inline(brand, paras, footer=(), font="Verdana"):
    """Minimal HTML: paragraphs with <br>, labels bolded inline (no table)."""

    def conv(p):
        out = []
        for line in p.split("\n"):
            if (
                ":" in line
                and line.split(":")[0].strip()
                and len(line.split(":")[0]) < 30
                and not line.startswith("http")
            ):
                k, v = line.split(":", 1)
                out.append("<b>%s:</b>%s" % (_esc(k), _esc(v)))
            else:
                out.append(_esc(line))
        return "<br>\n".join(out)

    text = "\n\n".join(paras) + "\n\n" + "\n".join(footer) + "\n"
    html = (
        '<html><body style="font-family:%s,sans-serif;font-size:12px;">\n' % font
        + "\n".join("<p>%s</p>" % conv(p) for p in paras)
        + '\n<hr size="1" noshade>\n<p style="font-size:10px;color:#777777;">%s</p>\n</body></html>\n'
        % "<br>\n".join(_esc(f) for f in footer)
    )
    return text, html


def remit(brand, color, title, paras, head_rows, cols, lines, total_row, after=(), footer=()):
    """Accounts-payable remittance advice with an invoice line table."""
    t = [title, ""] + [p + "\n" for p in paras]
    t += ["%s: %s" % kv for kv in head_rows] + [""]
    t += [" | ".join(cols)] + [" | ".join(l) for l in lines]
    t += [" | ".join(total_row), ""] + [p + "\n" for p in after] + ["--"] + list(footer)
    text = "\n".join(t)
    th = "".join(
        '<th align="left" style="border-bottom:2px solid %s;padding:6px;font-size:12px;">%s</th>'
        % (color, _esc(c))
        for c in cols
    )
    trs = "\n".join(
        "<tr>"
        + "".join(
            '<td style="padding:6px;border-bottom:1px solid #e0e0e0;font-size:12px;">%s</td>' % _esc(c)
            for c in l
        )
        + "</tr>"
        for l in lines
    )
    tot = (
        "<tr>"
        + "".join(
            '<td style="padding:6px;font-size:12px;font-weight:bold;">%s</td>' % _esc(c) for c in total_row
        )
        + "</tr>"
    )
    hr = "\n".join(
        '<tr><td style="padding:3px 12px 3px 0;color:#555555;font-size:12px;">%s</td><td style="font-size:12px;">%s</td></tr>'
        % (_esc(k), _esc(v))
        for k, v in head_rows
    )
    html = """<html><head><meta charset="UTF-8"><style>body{font-family:Arial,sans-serif;color:#222222}</style></head>
<body>
<div style="max-width:720px;margin:0 auto;">
<div style="background:%(color)s;color:#ffffff;padding:14px 18px;font-size:18px;font-weight:bold;">%(brand)s</div>
<div style="padding:18px;">
<h2 style="font-size:18px;margin:0 0 12px 0;">%(title)s</h2>
%(paras)s
<table cellpadding="0" cellspacing="0" style="margin:12px 0;">
%(hr)s
</table>
<table width="100%%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin-top:10px;">
<thead><tr>%(th)s</tr></thead>
<tbody>
%(trs)s
%(tot)s
</tbody></table>
%(after)s
</div>
<div style="padding:14px 18px;font-size:10px;color:#888888;border-top:1px solid #dddddd;">%(footer)s</div>
</div></body></html>
""" % dict(
        color=color,
        brand=_esc(brand),
        title=_esc(title),
        paras=_paras_html(paras),
        hr=hr,
        th=th,
        trs=trs,
        tot=tot,
        after=_paras_html(after),
        footer="<br>\n".join(_esc(f) for f in footer),
    )
    return text, html


# --------------------------------------------------------------------------
# bounce (DSN) helper, RFC 3464
# --------------------------------------------------------------------------


def reminder(to, subject, mid, frm=ALE, date="Mon, 14 Dec 2026 09:00:12 +0100", body=None, lang="it"):
    """The freelancer's own reminder that bounced (returned as message/rfc822)."""
    if body is None:
        body = {
            "it": "Buongiorno,\n\nle ricordo che la fattura in oggetto risulta ancora da saldare.\nLe allego nuovamente il documento.\n\nCordiali saluti\n%s\n"
            % frm[0],
            "es": "Buenos días:\n\nLe recuerdo que la factura indicada sigue pendiente de pago.\nAdjunto de nuevo el documento.\n\nUn saludo,\n%s\n"
            % frm[0],
            "en": "Hello,\n\nA quick reminder that the invoice above is still outstanding.\nPlease find it attached again.\n\nKind regards,\n%s\n"
            % frm[0],
        }[lang]
    raw = (
        "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n%s'
        % (addr(frm), to, hdr(subject), date, mid, body)
    )
    return raw.encode("utf-8")


def DSN(
    human,
    status_fields,
    rcpts,
    original,
    human_html=None,
    orig_type="message/rfc822",
    human_enc="7bit",
    human_cs="us-ascii",
):
    """multipart/report; report-type=delivery-status."""
    hp = T(human, human_enc, human_cs)
    if human_html:
        hp = Multi("alternative", [hp, H(human_html, "qp", "utf-8")], preamble=False)
    ds = "\n".join("%s: %s" % kv for kv in status_fields) + "\n"
    for r in rcpts:
        ds += "\n" + "\n".join("%s: %s" % kv for kv in r) + "\n"
    dsp = Leaf("message/delivery-status", ds.encode("ascii"), None, None)
    if orig_type == "message/rfc822":
        op = Leaf("message/rfc822", original, None, None)
    else:
        hdrs = original.split(b"\n\n", 1)[0] + b"\n"
        op = Leaf("text/rfc822-headers", hdrs, "7bit", None)
    return Multi("report", [hp, dsp, op], params={"report-type": "delivery-status"})


# ==========================================================================
# PAYMENT NOTIFICATIONS - ITALIAN
# ==========================================================================

PP_FOOT = {
    "it": (
        "Ricevi questa email perché hai un conto PayPal.",
        "Non rispondere a questa email. Per assistenza, accedi al tuo conto e visita il Centro assistenza.",
        "PayPal (Europe) S.à r.l. et Cie, S.C.A. Società in accomandita per azioni. Sede legale: 22-24 Boulevard Royal L-2449, Lussemburgo.",
        "Copyright © 1999-2026 PayPal. Tutti i diritti riservati.",
    ),
    "es": (
        "Has recibido este email porque tienes una cuenta PayPal.",
        "No respondas a este email. Para obtener ayuda, inicia sesión en tu cuenta y haz clic en Ayuda.",
        "PayPal (Europe) S.à r.l. et Cie, S.C.A. Société en Commandite par Actions. Domicilio social: 22-24 Boulevard Royal L-2449, Luxemburgo.",
        "Copyright © 1999-2026 PayPal. Todos los derechos reservados.",
    ),
    "en": (
        "You're receiving this email because you have a PayPal account.",
        "Please don't reply to this email. To get in touch, log in to your account and click Help.",
        "PayPal (Europe) S.à r.l. et Cie, S.C.A. Société en Commandite par Actions. Registered office: 22-24 Boulevard Royal L-2449, Luxembourg.",
        "Copyright © 1999-2026 PayPal. All rights reserved.",
    ),
}


def paypal(lang, headline, hero, paras, rows, after=(), ppid="PPID PP1430"):
    return card(
        "PayPal",
        "#003087",
        headline,
        paras,
        hero=hero,
        rows=rows,
        after=after,
        footer=PP_FOOT[lang] + (ppid,),
        lang=lang,
    )


add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("PayPal", "service@paypal.it"),
    to=ALE,
    subject="Hai ricevuto un pagamento",
    date="2026-11-04 10:12:41 +0100",
    mid="<{h16}.{d10}.JavaMail.httpd@paypal.com>",
    body=ALT(
        *paypal(
            "it",
            "Hai ricevuto un pagamento",
            "610,00 € EUR",
            [
                "Ciao Alessandra Rossi,",
                "Studio Grafico Ferri ti ha inviato 610,00 € EUR.",
                "Nota da Studio Grafico Ferri:\n“Saldo fattura 9/2026 – grazie mille per il lavoro sul catalogo!”",
            ],
            [
                ("ID transazione", "8XK41925LM3307152"),
                ("Data transazione", "4 novembre 2026"),
                ("Importo ricevuto", "610,00 € EUR"),
                ("Commissione", "-21,64 € EUR"),
                ("Importo netto", "588,36 € EUR"),
            ],
            [
                "Il denaro è già disponibile nel tuo conto PayPal. Puoi trasferirlo sul tuo conto bancario in qualsiasi momento."
            ],
            ppid="PPID PP1430 - 7d3a9e4f2c81b",
        ),
        enc="qp",
    ),
    label=dict(
        amount="610.00",
        currency="EUR",
        reference="9/2026",
        note="gross amount received; PayPal fee 21,64 deducted (net 588,36)",
    ),
)

add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("PayPal", "service@paypal.it"),
    to=ALE,
    subject="Hai ricevuto 350,00 € EUR da Marco Galli",
    date="2026-11-09 19:47:03 +0100",
    mid="<{h16}.{d10}.JavaMail.httpd@paypal.com>",
    body=H(
        paypal(
            "it",
            "Marco Galli ti ha inviato denaro",
            "350,00 € EUR",
            [
                "Ciao Alessandra Rossi,",
                "hai ricevuto 350,00 € EUR da Marco Galli (marco.galli79@gmail.com).",
                "Messaggio di Marco Galli: acconto fattura n. 14/2026, il resto a fine mese come d'accordo",
            ],
            [
                ("Numero transazione", "3GH20771UB551843T"),
                ("Data", "9 nov 2026 19:46:58 CET"),
                ("Tipo di pagamento", "Beni e servizi"),
                ("Importo", "350,00 € EUR"),
                ("Tariffa", "12,60 € EUR"),
            ],
            ["Per maggiori informazioni, accedi al tuo conto PayPal."],
        )[1],
        enc="b64",
    ),
    label=dict(
        amount="350.00",
        currency="EUR",
        reference="14/2026",
        note="partial payment (acconto); rest promised by end of month; HTML-only base64",
    ),
)

add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("PayPal", "service@paypal.it"),
    to=ALE,
    subject="Notifica di pagamento ricevuto",
    date="2026-11-27 08:05:19 +0100",
    mid="<{h16}.{d10}.JavaMail.httpd@paypal.com>",
    body=ALT(
        *paypal(
            "it",
            "Hai ricevuto denaro",
            "180,00 € EUR",
            [
                "Ciao Alessandra Rossi,",
                "Laura Conti ti ha inviato 180,00 € EUR.",
                "Nota: Grazie per il logo della pasticceria, bellissimo!",
            ],
            [
                ("ID transazione", "5TY08412KC229804M"),
                ("Da", "Laura Conti (laura.conti@libero.it)"),
                ("Importo ricevuto", "180,00 € EUR"),
            ],
            ["Il pagamento sarà visibile nel riepilogo del tuo conto entro pochi minuti."],
            ppid="PPID PP1430 - 0a55c3be71d94",
        ),
        enc="b64",
    ),
    label=dict(amount="180.00", currency="EUR", note="no invoice number in the note"),
)

add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("PayPal", "service@paypal.it"),
    to=ALE,
    subject="Hai ricevuto un pagamento",
    date="2026-12-02 16:31:55 +0100",
    mid="<{h16}.{d10}.JavaMail.httpd@paypal.com>",
    body=ALT(
        *paypal(
            "it",
            "Hai ricevuto un pagamento",
            "600,00 $ USD",
            [
                "Ciao Alessandra Rossi,",
                "Pinecone Press LLC ti ha inviato 600,00 $ USD.",
                "Nota di Pinecone Press LLC: Invoice 16/2026 - illustrations for spring catalogue",
            ],
            [
                ("ID transazione", "1MN55620RX440913W"),
                ("Data transazione", "2 dicembre 2026"),
                ("Importo ricevuto", "600,00 $ USD"),
                ("Commissione", "-28,14 $ USD"),
                ("Importo netto", "571,86 $ USD"),
            ],
            [
                "Hai ricevuto denaro in una valuta diversa dalla tua valuta principale. Puoi accettarlo e convertirlo in EUR dalla sezione Portafoglio."
            ],
            ppid="PPID PP1430 - c1e67a09bb2f3",
        ),
        enc="qp",
    ),
    label=dict(
        amount="600.00",
        currency="USD",
        reference="16/2026",
        note="USD payment, not yet converted; fee 28,14 USD",
    ),
)


def intesa(title, paras, rows, after=()):
    return bank(
        "Intesa Sanpaolo",
        "#00833e",
        title,
        "Gentile Cliente,",
        paras,
        rows,
        after
        + ("Per visualizzare i dettagli accedi all'App Intesa Sanpaolo Mobile o alla tua Area Riservata.",),
        footer=(
            "Questa è una comunicazione automatica, ti preghiamo di non rispondere a questa email.",
            "Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, 10121 Torino - Capitale Sociale Euro 10.368.870.930,08 - Aderente al Fondo Interbancario di Tutela dei Depositi",
        ),
        lang="it",
    )


add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("Intesa Sanpaolo", "notifiche@intesasanpaolo.com"),
    to=ALE,
    subject="Bonifico in entrata",
    date="2026-11-05 11:02:37 +0100",
    mid="<{d13}.{h8}@notifiche.intesasanpaolo.com>",
    body=ALT(
        *intesa(
            "Notifica bonifico in entrata",
            [
                "ti informiamo che sul tuo conto è stato accreditato un bonifico con le seguenti caratteristiche:"
            ],
            [
                ("Conto", "IT** **** **** **** **** ***4 521"),
                ("Ordinante", "TIPOGRAFIA MORETTI SRL"),
                ("Importo", "1.220,00 EUR"),
                ("Data valuta", "05/11/2026"),
                ("Causale", "SALDO FATTURA N. 12-2026"),
                ("TRN", "0306909606412784912034508IT"),
            ],
        ),
        enc="qp",
    ),
    label=dict(
        amount="1220.00",
        currency="EUR",
        reference="12/2026",
        note="causale writes 12-2026, freelancer numbers it 12/2026",
    ),
)

add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("Intesa Sanpaolo", "notifiche@intesasanpaolo.com"),
    to=ALE,
    subject="Accredito bonifico SEPA",
    date="2026-11-16 09:44:10 +0100",
    mid="<{d13}.{h8}@notifiche.intesasanpaolo.com>",
    body=H(
        intesa(
            "Accredito bonifico SEPA",
            [
                "ti comunichiamo che in data 16/11/2026 abbiamo accreditato sul tuo conto corrente un bonifico SEPA."
            ],
            [
                ("Beneficiario", "ROSSI ALESSANDRA"),
                ("Ordinante", "FERRANTE ARCHITETTI ASSOCIATI"),
                ("Banca ordinante", "BANCO BPM S.P.A."),
                ("Importo", "2.440,00 EUR"),
                ("Data contabile", "16/11/2026"),
                ("Causale", "FT 21 2026 PROGETTO SITO WEB"),
            ],
        )[1],
        enc="qp",
        charset="iso-8859-1",
    ),
    label=dict(
        amount="2440.00",
        currency="EUR",
        reference="21/2026",
        note="causale 'FT 21 2026' normalised to 21/2026; HTML-only latin-1 QP",
    ),
)

add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("Intesa Sanpaolo", "notifiche@intesasanpaolo.com"),
    to=ALE,
    subject="Bonifico in entrata",
    date="2026-12-01 14:20:52 +0100",
    mid="<{d13}.{h8}@notifiche.intesasanpaolo.com>",
    body=ALT(
        *intesa(
            "Notifica bonifico in entrata",
            [
                "ti informiamo che sul tuo conto è stato accreditato un bonifico con le seguenti caratteristiche:"
            ],
            [
                ("Conto", "IT** **** **** **** **** ***4 521"),
                ("Ordinante", "AGRITURISMO LE QUERCE DI BALDI M."),
                ("Importo", "900,00 EUR"),
                ("Data valuta", "01/12/2026"),
                ("Causale", "ACCONTO 50% FATT. 23/2026"),
                ("TRN", "0306909606412790223411871IT"),
            ],
        ),
        enc="b64",
    ),
    label=dict(
        amount="900.00", currency="EUR", reference="23/2026", note="partial: 50% deposit on invoice 23/2026"
    ),
)

add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("Intesa Sanpaolo", "notifiche@intesasanpaolo.com"),
    to=ALE,
    subject="Hai ricevuto un bonifico istantaneo",
    date="2026-12-14 18:03:26 +0100",
    mid="<{d13}.{h8}@notifiche.intesasanpaolo.com>",
    body=ALT(
        *intesa(
            "Bonifico istantaneo ricevuto",
            ["sul tuo conto è appena arrivato un bonifico istantaneo. L'importo è già disponibile."],
            [
                ("Da", "Chiara Benedetti"),
                ("Importo", "488,00 EUR"),
                ("Data e ora", "14/12/2026 18:02"),
                ("Causale", "pagamento fattura n.25 del 30/11/2026"),
            ],
        ),
        enc="qp",
    ),
    label=dict(
        amount="488.00",
        currency="EUR",
        reference="25/2026",
        note="'fattura n.25 del 30/11/2026' -> invoice 25/2026",
    ),
)


FINECO_FOOT = (
    "FinecoBank S.p.A. - Piazza Durante 11, 20131 Milano - Iscritta all'Albo delle Banche - Aderente al Fondo Interbancario di Tutela dei Depositi",
    "Messaggio generato automaticamente, si prega di non rispondere.",
)

add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("FinecoBank", "noreply@finecobank.com"),
    to=ALE,
    subject="Fineco - Accredito bonifico",
    date="2026-11-12 07:58:14 +0100",
    mid="<{h32}@mailer.finecobank.com>",
    body=ALT(
        *inline(
            "Fineco",
            [
                "Gentile Cliente,",
                "ti comunichiamo che in data 12/11/2026 è stato accreditato sul conto n. ****8830 un bonifico di Euro 732,00 disposto da ROSSETTI GIULIA con causale: FATTURA 18/2026.",
                "Puoi consultare il dettaglio del movimento nella sezione Conto > Movimenti del sito fineco.it o dall'app.",
                "Cordiali saluti\nFinecoBank",
            ],
            FINECO_FOOT,
        ),
        enc="qp",
    ),
    label=dict(
        amount="732.00", currency="EUR", reference="18/2026", note="amount inside a sentence, no table"
    ),
)

add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("FinecoBank", "noreply@finecobank.com"),
    to=ALE,
    subject="Fineco: hai ricevuto un bonifico",
    date="2026-11-23 12:36:48 +0100",
    mid="<{h32}@mailer.finecobank.com>",
    body=ALT(
        *inline(
            "Fineco",
            [
                "Gentile Cliente,",
                "hai ricevuto un bonifico sul conto n. ****8830.\nOrdinante: EDIZIONI LA CORTE SNC\nImporto: 146,30 EUR\nCausale: RIMBORSO SPESE TRASFERTA MILANO 17-18/11\nData valuta: 23/11/2026",
                "Cordiali saluti\nFinecoBank",
            ],
            FINECO_FOOT,
        ),
        enc="qp",
    ),
    label=dict(
        amount="146.30",
        currency="EUR",
        note="expense reimbursement, no invoice named; '17-18/11' are dates not an invoice",
    ),
)

add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("FinecoBank", "noreply@finecobank.com"),
    to=ALE,
    subject="Fineco - Accredito bonifico istantaneo",
    date="2027-01-08 10:27:31 +0100",
    mid="<{h32}@mailer.finecobank.com>",
    body=T(
        """Gentile Cliente,

ti informiamo che sul conto n. ****8830 è stato accreditato un bonifico istantaneo.

Ordinante: VERDI MARTA
Importo: 1.586,00 EUR
Causale: Saldo ft. 27/26
Data: 08/01/2027 10:27

Cordiali saluti
FinecoBank

FinecoBank S.p.A. - Piazza Durante 11, 20131 Milano
Messaggio generato automaticamente, si prega di non rispondere.
""",
        "qp",
        "iso-8859-1",
    ),
    label=dict(
        amount="1586.00",
        currency="EUR",
        reference="27/2026",
        note="'ft. 27/26' read as invoice 27/2026 (two-digit year); text-only latin-1",
    ),
)


def satispay(headline, paras, rows, hero):
    return card(
        "Satispay",
        "#f4333f",
        headline,
        paras,
        hero=hero,
        rows=rows,
        footer=(
            "Satispay Europe S.A. - 6, rue Jean Monnet, L-2180 Lussemburgo",
            "Hai ricevuto questa email perché hai attivato le notifiche per il tuo negozio Satispay Business.",
        ),
        lang="it",
    )


add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("Satispay Business", "no-reply@satispay.com"),
    to=ALE,
    subject="Hai ricevuto 45,00 €",
    date="2026-11-21 15:12:09 +0100",
    mid="<{h16}-{h8}@email.satispay.com>",
    body=ALT(
        *satispay(
            "Nuovo pagamento ricevuto",
            ["Giorgio P. ha appena pagato il tuo negozio “Alessandra Rossi Design”."],
            [("Importo", "45,00 €"), ("Data", "21/11/2026 15:11"), ("Codice", "A3K9-77QD")],
            "+45,00 €",
        ),
        enc="qp",
    ),
    label=dict(amount="45.00", currency="EUR", note="small Satispay payment, no invoice reference"),
)

add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("Satispay Business", "no-reply@satispay.com"),
    to=ALE,
    subject="Nuovo incasso: 120,00 €",
    date="2026-12-09 09:03:44 +0100",
    mid="<{h16}-{h8}@email.satispay.com>",
    body=ALT(
        *satispay(
            "Hai incassato 120,00 €",
            ["Federica Lodi ti ha pagato con Satispay.", "Messaggio: fattura 31/2026 biglietti da visita"],
            [("Importo", "120,00 €"), ("Data", "09/12/2026 09:03"), ("Negozio", "Alessandra Rossi Design")],
            "+120,00 €",
        ),
        enc="b64",
    ),
    label=dict(amount="120.00", currency="EUR", reference="31/2026"),
)


def qonto(lang, headline, paras, rows, hero):
    foot = {
        "it": (
            "Qonto - Olinda SAS, 18 rue de Navarin, 75009 Parigi. Succursale italiana: Via Dante 7, 20123 Milano.",
            "Ricevi questa email perché hai attivato le notifiche sulle transazioni in entrata.",
        )
    }[lang]
    return card(
        "Qonto",
        "#1d1d1b",
        headline,
        paras,
        hero=hero,
        rows=rows,
        footer=foot,
        button=("Vedi la transazione", "https://app.qonto.com/transactions"),
        lang=lang,
    )


add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("Qonto", "notifications@qonto.com"),
    to=ALE,
    subject="Hai ricevuto un bonifico di 1.830,00 €",
    date="2026-12-11 11:48:27 +0100",
    mid="<{h32}@qonto.com>",
    body=ALT(
        *qonto(
            "it",
            "Bonifico ricevuto",
            ["Ciao Alessandra,", "hai appena ricevuto un bonifico sul tuo conto Qonto."],
            [
                ("Da", "Lumen Eventi S.r.l."),
                ("Importo", "1.830,00 €"),
                ("Riferimento", "Fattura 33/2026"),
                ("Conto", "Conto principale"),
            ],
            "+ 1.830,00 €",
        ),
        enc="qp",
    ),
    label=dict(amount="1830.00", currency="EUR", reference="33/2026"),
)

add(
    kind="payment-notification",
    lang="it",
    split="firstread",
    frm=("Qonto", "notifications@qonto.com"),
    to=ALE,
    subject="Bonifico ricevuto: +250,00 €",
    date="2027-01-15 16:22:05 +0100",
    mid="<{h32}@qonto.com>",
    body=ALT(
        *qonto(
            "it",
            "Hai ricevuto 250,00 €",
            ["Ciao Alessandra,", "Nuovo movimento in entrata sul conto principale."],
            [
                ("Mittente", "Bottega Orafa Pini di Pini Luca"),
                ("Importo", "250,00 €"),
                ("Riferimento", "Acconto fatt. 35/2026 (rata 1 di 3)"),
                ("Data", "15 gen 2027"),
            ],
            "+ 250,00 €",
        ),
        enc="qp",
    ),
    label=dict(
        amount="250.00", currency="EUR", reference="35/2026", note="first of three instalments (partial)"
    ),
)


def unicredit(title, paras, rows, after=()):
    return bank(
        "UniCredit",
        "#e2001a",
        title,
        "Gentile Cliente,",
        paras,
        rows,
        after,
        footer=(
            "Questo messaggio è stato inviato automaticamente dal servizio Notify di UniCredit. Si prega di non rispondere.",
            "UniCredit S.p.A. - Sede Sociale: Piazza Gae Aulenti, 3 - Tower A - 20154 Milano",
        ),
        lang="it",
        label_bold=True,
    )


add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("UniCredit", "notify@unicredit.it"),
    to=ALE,
    subject="UniCredit - Avviso di accredito bonifico",
    date="2026-12-07 08:31:18 +0100",
    mid="<{h12}.{d10}@notify.unicredit.it>",
    body=ALT(
        *unicredit(
            "Avviso di accredito",
            [
                "La informiamo che è stato accreditato il seguente bonifico sul conto corrente a Lei intestato:"
            ],
            [
                ("Beneficiario", "ROSSI ALESSANDRA"),
                ("Ordinante", "BORTOLAMI IMPIANTI SRL"),
                ("Importo", "EUR 3.050,00"),
                ("Data esecuzione", "04/12/2026"),
                ("Data valuta", "07/12/2026"),
                ("Causale", "PAGAMENTO FATT. N. 37/2026 DEL 02/12/2026"),
            ],
        ),
        enc="qp",
    ),
    label=dict(amount="3050.00", currency="EUR", reference="37/2026"),
)

add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("UniCredit", "notify@unicredit.it"),
    to=ALE,
    subject="Avviso accredito",
    date="2026-12-10 07:15:02 +0100",
    mid="<{h12}.{d10}@notify.unicredit.it>",
    body=T(
        """UniCredit Notify - Avviso accredito

Gentile Cliente,
E' stato accreditato un bonifico di EUR 610,00 sul conto
IT** ***** ***** 000104219876.

Ordinante: GRANDI LUCIA
Causale: /RFB/FT 39 2026
Data valuta: 10/12/2026

Distinti saluti
UniCredit S.p.A.

Questo messaggio e' stato inviato automaticamente. Si prega di non rispondere.
""",
        "qp",
        "iso-8859-1",
    ),
    label=dict(
        amount="610.00",
        currency="EUR",
        reference="39/2026",
        note="'/RFB/FT 39 2026' structured causale normalised to 39/2026",
    ),
)

add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("UniCredit", "notify@unicredit.it"),
    to=ALE,
    subject="UniCredit - Avviso di accredito bonifico",
    date="2027-01-12 09:49:40 +0100",
    mid="<{h12}.{d10}@notify.unicredit.it>",
    body=ALT(
        *unicredit(
            "Avviso di accredito",
            [
                "La informiamo che è stato accreditato il seguente bonifico sul conto corrente a Lei intestato:"
            ],
            [
                ("Beneficiario", "ROSSI ALESSANDRA"),
                ("Ordinante", "CANTINA VALLE ANTICA SOC. AGR."),
                ("Importo", "EUR 500,00"),
                ("Data esecuzione", "11/01/2027"),
                ("Data valuta", "12/01/2027"),
                ("Causale", "ACCONTO SU FATTURA 41/2026"),
            ],
        ),
        enc="b64",
    ),
    label=dict(amount="500.00", currency="EUR", reference="41/2026", note="partial (acconto)"),
)

add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("UniCredit", "notify@unicredit.it"),
    to=ALE,
    subject="UniCredit - Avviso di accredito bonifico",
    date="2027-02-03 13:05:57 +0100",
    mid="<{h12}.{d10}@notify.unicredit.it>",
    body=ALT(
        *unicredit(
            "Avviso di accredito",
            [
                "La informiamo che è stato accreditato il seguente bonifico sul conto corrente a Lei intestato:"
            ],
            [
                ("Beneficiario", "ROSSI ALESSANDRA"),
                ("Ordinante", "MARCHETTI & FIGLI SAS"),
                ("Importo", "EUR 2.196,00"),
                ("Data valuta", "03/02/2027"),
                ("Causale", "SALDO"),
            ],
        ),
        enc="qp",
    ),
    label=dict(amount="2196.00", currency="EUR", note="causale just 'SALDO', no invoice named"),
)


POSTE_FOOT = (
    "Poste Italiane S.p.A. - Patrimonio BancoPosta - Viale Europa 190, 00144 Roma",
    "Questa email è stata generata automaticamente: ti preghiamo di non rispondere.",
)

add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("BancoPosta", "noreply@posteitaliane.it"),
    to=ALE,
    subject="BancoPosta - Bonifico in entrata sul tuo conto",
    date="2027-01-19 10:10:10 +0100",
    mid="<{h16}@comunicazioni.poste.it>",
    body=ALT(
        *inline(
            "BancoPosta",
            [
                "Gentile ALESSANDRA ROSSI,",
                "ti informiamo che sul tuo Conto BancoPosta è stato accreditato un bonifico.",
                "Importo: € 427,00\nOrdinante: DE LUCA FRANCESCO\nCausale: Fattura 2/2027\nData accredito: 19/01/2027",
                "Grazie per aver scelto BancoPosta.",
            ],
            POSTE_FOOT,
            font="Tahoma",
        ),
        enc="qp",
    ),
    label=dict(amount="427.00", currency="EUR", reference="2/2027"),
)

add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("Postepay", "noreply@posteitaliane.it"),
    to=ALE,
    subject="Notifica accredito su Postepay Evolution",
    date="2027-01-26 20:41:33 +0100",
    mid="<{h16}@comunicazioni.poste.it>",
    body=ALT(
        *inline(
            "Postepay",
            [
                "Ciao Alessandra,",
                "hai ricevuto un bonifico sulla tua carta Postepay Evolution che termina con 3318.",
                "Importo: 90,00 euro\nDa: SANTORO ELISA\nCausale: ft 3 2027 traduzione menu",
                "Il saldo aggiornato è disponibile nell'App Postepay.",
            ],
            POSTE_FOOT,
            font="Tahoma",
        ),
        enc="b64",
    ),
    label=dict(amount="90.00", currency="EUR", reference="3/2027", note="'ft 3 2027' normalised to 3/2027"),
)

add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("BancoPosta", "noreply@posteitaliane.it"),
    to=ALE,
    subject="Accredito bonifico SEPA",
    date="2026-12-18 11:34:21 +0100",
    mid="<{h16}@comunicazioni.poste.it>",
    body=ALT(
        *bank(
            "BancoPosta",
            "#0047bb",
            "Accredito bonifico SEPA",
            "Gentile Cliente,",
            ["di seguito i dettagli del bonifico accreditato sul tuo Conto BancoPosta Business:"],
            [
                ("Data operazione", "18/12/2026"),
                ("Importo", "1.342,00 €"),
                ("Ordinante", "STUDIO DENTISTICO GATTI DR. ENRICO"),
                ("IBAN ordinante", "IT21 N076 0101 6000 0009 8765 432"),
                ("Causale", "RIF. FATTURA NUMERO 44 ANNO 2026"),
            ],
            footer=POSTE_FOOT,
            lang="it",
        ),
        enc="b64",
    ),
    label=dict(
        amount="1342.00", currency="EUR", reference="44/2026", note="'FATTURA NUMERO 44 ANNO 2026' -> 44/2026"
    ),
)


SELLA_FOOT = (
    "Banca Sella S.p.A. - Piazza Gaudenzio Sella 1, 13900 Biella",
    "Ricevi questo messaggio perché hai attivato il servizio di avvisi via email.",
)

add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("Banca Sella", "noreply@sella.it"),
    to=ALE,
    subject="Banca Sella - movimento in entrata",
    date="2026-12-21 06:55:00 +0100",
    mid="<{d13}.avvisi@sella.it>",
    body=T(
        """Gentile cliente,
ti informiamo che è stato registrato un movimento in entrata di 1.098,00 EUR sul conto n. 052/1234567.

Descrizione: BONIFICO A VOSTRO FAVORE DA: STUDIO LEGALE PARODI PER: FT 46/2026 CONSULENZA GRAFICA
Data contabile: 21/12/2026

Banca Sella
"""
        + "\n".join(SELLA_FOOT)
        + "\n",
        "8bit",
    ),
    label=dict(amount="1098.00", currency="EUR", reference="46/2026"),
)

add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("Banca Sella", "noreply@sella.it"),
    to=ALE,
    subject="Accredito di 305,00 EUR sul tuo conto",
    date="2027-01-04 08:14:46 +0100",
    mid="<{d13}.avvisi@sella.it>",
    body=H(
        """<html><body style="font-family:Arial;font-size:13px">
<p>Gentile cliente,</p>
<p>sul tuo conto n. 052/1234567 &egrave; stato accreditato l'importo di <b>305,00&nbsp;EUR</b>.</p>
<p>Descrizione movimento:<br><i>Bonifico da Rinaldi Sara - Saldo fattura n&deg;48 / 2026</i></p>
<p>Data valuta: 04/01/2027</p>
<p>Banca Sella</p>
<p style="font-size:10px;color:#999">Banca Sella S.p.A. - Piazza Gaudenzio Sella 1, 13900 Biella<br>
Ricevi questo messaggio perch&eacute; hai attivato il servizio di avvisi via email.</p>
</body></html>
""",
        "7bit",
        "us-ascii",
    ),
    label=dict(
        amount="305.00", currency="EUR", reference="48/2026", note="HTML entities; 'n°48 / 2026' -> 48/2026"
    ),
)

add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("Banca Sella", "noreply@sella.it"),
    to=ALE,
    subject="Bonifico in arrivo",
    date="2027-02-10 09:20:38 +0100",
    mid="<{d13}.avvisi@sella.it>",
    body=T(
        """Gentile cliente,
è arrivato un bonifico sul tuo conto n. 052/1234567.

Ordinante ........ AUTOFFICINA CERRUTI SNC
Importo .......... 400,00 EUR
Causale .......... RATA 2 DI 3 FATTURA 45/2026
Data valuta ...... 10/02/2027

Banca Sella
"""
        + "\n".join(SELLA_FOOT)
        + "\n",
        "qp",
    ),
    label=dict(amount="400.00", currency="EUR", reference="45/2026", note="instalment 2 of 3 (partial)"),
)


def n26(lang, headline, paras, rows, hero):
    foot = {
        "it": (
            "N26 Bank SE, Voltairestraße 8, 10179 Berlino, Germania. Succursale italiana: Via Vittor Pisani 8/A, 20124 Milano.",
            "Puoi gestire le notifiche email nelle impostazioni dell'app.",
        ),
        "es": (
            "N26 Bank SE, Voltairestraße 8, 10179 Berlín, Alemania. Sucursal en España: Paseo de la Castellana 43, 28046 Madrid.",
            "Puedes gestionar las notificaciones por email en los ajustes de la app.",
        ),
    }[lang]
    return card("N26", "#36a18b", headline, paras, hero=hero, rows=rows, footer=foot, lang=lang)


add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("N26", "no-reply@n26.com"),
    to=ALE,
    subject="Hai ricevuto 760,00 €",
    date="2027-01-21 17:39:12 +0100",
    mid="<{h8}-{h12}@mail.n26.com>",
    body=ALT(
        *n26(
            "it",
            "Denaro in arrivo!",
            ["Oliviero Sanna ti ha inviato 760,00 €."],
            [("Causale", "Fattura 50/2026"), ("IBAN mittente", "IT45 R030 6909 6061 0000 0012 345")],
            "+760,00 €",
        ),
        enc="qp",
    ),
    label=dict(amount="760.00", currency="EUR", reference="50/2026"),
)

add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("N26", "no-reply@n26.com"),
    to=ALE,
    subject="Accredito ricevuto",
    date="2026-11-30 21:04:49 +0100",
    mid="<{h8}-{h12}@mail.n26.com>",
    body=ALT(
        *n26(
            "it",
            "Hai ricevuto un bonifico",
            ["Davide Ricci ti ha inviato 64,00 €.", "Il denaro è già sul tuo conto principale."],
            [("Causale", "Grazie!")],
            "+64,00 €",
        ),
        enc="b64",
    ),
    label=dict(amount="64.00", currency="EUR", note="no invoice reference"),
)

add(
    kind="payment-notification",
    lang="it",
    split="dev",
    frm=("SumUp", "no-reply@sumup.com"),
    to=ALE,
    subject="Pagamento ricevuto: 215,00 €",
    date="2027-02-16 12:00:41 +0100",
    mid="<{h16}.{h8}@mail.sumup.com>",
    body=ALT(
        *card(
            "SumUp",
            "#3063e9",
            "Hai ricevuto un pagamento",
            [
                "Ciao Alessandra,",
                "il tuo cliente ha pagato tramite link di pagamento. L'importo ti verrà accreditato con il prossimo versamento.",
            ],
            hero="215,00 €",
            rows=[
                ("Descrizione", "Fattura 52/2026"),
                ("Importo", "215,00 €"),
                ("Commissione", "5,38 €"),
                ("Metodo", "Visa •••• 4417"),
                ("ID transazione", "TDK4JX7QMR"),
            ],
            footer=("SumUp Limited, Block 8, Harcourt Centre, Charlotte Way, Dublino 2, Irlanda.",),
            lang="it",
        ),
        enc="qp",
    ),
    label=dict(
        amount="215.00",
        currency="EUR",
        reference="52/2026",
        note="SumUp payment link; fee 5,38 deducted at payout",
    ),
)


# ==========================================================================
# PAYMENT NOTIFICATIONS - SPANISH
# ==========================================================================


def bbva(title, paras, rows, after=()):
    return bank(
        "BBVA",
        "#004481",
        title,
        "Hola, JAVIER:",
        paras,
        rows,
        after,
        footer=(
            "Este correo se ha enviado desde una dirección que no admite respuestas.",
            "Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao - CIF A48265169",
        ),
        lang="es",
    )


add(
    kind="payment-notification",
    lang="es",
    split="firstread",
    frm=("BBVA", "no-reply@bbva.es"),
    to=JAV,
    subject="Has recibido una transferencia",
    date="2026-11-09 10:41:26 +0100",
    mid="<{h16}.{d10}@bbva.es>",
    body=ALT(
        *bbva(
            "Has recibido una transferencia",
            ["Te informamos de que has recibido una transferencia en tu cuenta."],
            [
                ("Cuenta", "ES** **** **** **** **** 3391"),
                ("Ordenante", "DISEÑOS LUMEN SL"),
                ("Importe", "1.512,50 €"),
                ("Concepto", "FRA 2026-7"),
                ("Fecha", "09/11/2026"),
            ],
            ["Puedes consultar el detalle en la app BBVA o en bbva.es."],
        ),
        enc="qp",
    ),
    label=dict(amount="1512.50", currency="EUR", reference="2026-7"),
)

add(
    kind="payment-notification",
    lang="es",
    split="firstread",
    frm=("BBVA", "no-reply@bbva.es"),
    to=JAV,
    subject="Transferencia recibida en tu cuenta",
    date="2026-11-18 13:07:44 +0100",
    mid="<{h16}.{d10}@bbva.es>",
    body=ALT(
        *bbva(
            "Transferencia recibida",
            ["Ya tienes disponible en tu cuenta el importe de esta transferencia:"],
            [
                ("Importe", "605,00 €"),
                ("Ordenante", "GARCIA PUERTAS ELENA"),
                ("Concepto", "FRA2026/9"),
                ("Fecha valor", "18/11/2026"),
            ],
        ),
        enc="b64",
    ),
    label=dict(
        amount="605.00", currency="EUR", reference="2026-9", note="concepto 'FRA2026/9' = factura 2026-9"
    ),
)

add(
    kind="payment-notification",
    lang="es",
    split="firstread",
    frm=("BBVA", "no-reply@bbva.es"),
    to=JAV,
    subject="Has recibido una transferencia",
    date="2026-12-03 09:12:50 +0100",
    mid="<{h16}.{d10}@bbva.es>",
    body=ALT(
        *bbva(
            "Has recibido una transferencia",
            ["Te informamos de que has recibido una transferencia en tu cuenta."],
            [
                ("Cuenta", "ES** **** **** **** **** 3391"),
                ("Ordenante", "CONSTRUCCIONES ETXEBERRIA SA"),
                ("Importe", "1.000,00 €"),
                ("Concepto", "PAGO PARCIAL FACTURA 2026-11"),
                ("Fecha", "03/12/2026"),
            ],
        ),
        enc="qp",
    ),
    label=dict(amount="1000.00", currency="EUR", reference="2026-11", note="partial payment"),
)

add(
    kind="payment-notification",
    lang="es",
    split="firstread",
    frm=("BBVA", "no-reply@bbva.es"),
    to=JAV,
    subject="Has recibido una transferencia inmediata",
    date="2026-12-29 19:55:08 +0100",
    mid="<{h16}.{d10}@bbva.es>",
    body=ALT(
        *bbva(
            "Transferencia inmediata recibida",
            ["El dinero ya está en tu cuenta."],
            [
                ("Ordenante", "PEREZ ROIG ALBERTO"),
                ("Importe", "363,00 €"),
                ("Concepto", "factura diciembre"),
                ("Fecha y hora", "29/12/2026 19:54"),
            ],
        ),
        enc="qp",
    ),
    label=dict(amount="363.00", currency="EUR", note="'factura diciembre' names no invoice number"),
)


CAIXA_FOOT = (
    "CaixaBank, S.A. - Calle Pintor Sorolla, 2-4, 46002 Valencia - NIF A08663619",
    "Por favor, no respondas a este mensaje; ha sido enviado desde una dirección que no acepta correos entrantes.",
)

add(
    kind="payment-notification",
    lang="es",
    split="firstread",
    frm=("CaixaBank", "noreply@caixabank.com"),
    to=JAV,
    subject="Transferencia recibida",
    date="2026-11-13 08:22:31 +0100",
    mid="<{h32}@caixabank.com>",
    body=ALT(
        *inline(
            "CaixaBank",
            [
                "Estimado/a cliente:",
                "Le informamos de que ha recibido una transferencia de 2.178,00 EUR de TALLERES ARANA SA en su cuenta ES** **** **** **** **** 7702.",
                "Concepto: F-2026-14\nFecha: 13/11/2026",
                "Atentamente,\nCaixaBank",
            ],
            CAIXA_FOOT,
            font="Arial",
        ),
        enc="qp",
    ),
    label=dict(amount="2178.00", currency="EUR", reference="2026-14", note="'F-2026-14' -> 2026-14"),
)

add(
    kind="payment-notification",
    lang="es",
    split="firstread",
    frm=("CaixaBank", "noreply@caixabank.com"),
    to=JAV,
    subject="Has recibido un Bizum",
    date="2026-12-06 12:18:02 +0100",
    mid="<{h32}@caixabank.com>",
    body=ALT(
        *inline(
            "CaixaBank",
            [
                "Hola, Javier:",
                "Lucía te ha enviado 40,00 € por Bizum.",
                "Concepto: logo tienda 🙂",
                "El importe ya está disponible en tu cuenta.",
                "CaixaBank Now",
            ],
            CAIXA_FOOT,
            font="Arial",
        ),
        enc="b64",
    ),
    label=dict(amount="40.00", currency="EUR", note="Bizum, no invoice reference"),
)

add(
    kind="payment-notification",
    lang="es",
    split="firstread",
    frm=("CaixaBank", "noreply@caixabank.com"),
    to=JAV,
    subject="Aviso de abono por transferencia",
    date="2027-01-14 11:30:19 +0100",
    mid="<{h32}@caixabank.com>",
    body=ALT(
        *bank(
            "CaixaBank",
            "#007eae",
            "Aviso de abono por transferencia",
            "Estimado/a cliente:",
            ["Le comunicamos que se ha efectuado el siguiente abono en su cuenta:"],
            [
                ("Fecha operación", "14/01/2027"),
                ("Importe", "726,00 EUR"),
                ("Ordenante", "CLINICA DENTAL SONRISAS SLP"),
                ("Concepto", "PAGO FRA. Nº 2026-16"),
                ("Referencia", "0049 1500 05 2026011411301"),
            ],
            footer=CAIXA_FOOT,
            lang="es",
        ),
        enc="qp",
    ),
    label=dict(amount="726.00", currency="EUR", reference="2026-16"),
)

add(
    kind="payment-notification",
    lang="es",
    split="firstread",
    frm=("Bankinter", "avisos@bankinter.com"),
    to=JAV,
    subject="Bankinter: transferencia recibida",
    date="2026-11-26 07:40:55 +0100",
    mid="<{d13}@avisos.bankinter.com>",
    body=T(
        """Bankinter - Servicio de avisos

Abono por transferencia de ESTUDIO NOGAL SLP por importe de 968,00 EUR.
Concepto: Factura 2026-18.
Cuenta: ****5120
Fecha valor: 26/11/2026

Este es un mensaje automático. Por favor, no responda a este correo.
Bankinter, S.A. Paseo de la Castellana, 29 - 28046 Madrid
""",
        "qp",
        "iso-8859-1",
    ),
    label=dict(amount="968.00", currency="EUR", reference="2026-18"),
)

add(
    kind="payment-notification",
    lang="es",
    split="firstread",
    frm=("Bankinter", "avisos@bankinter.com"),
    to=JAV,
    subject="Aviso Bankinter - Ingreso en cuenta",
    date="2027-02-01 09:05:13 +0100",
    mid="<{d13}@avisos.bankinter.com>",
    body=T(
        """Bankinter - Servicio de avisos

Ingreso en cuenta ****5120
Tipo: Transferencia SEPA recibida
Importe: 3.025,00 EUR
Ordenante: MEDIAPLUS COMUNICACION SL
Concepto: FACT 2026 20
Fecha valor: 01/02/2027

Este es un mensaje automático. Por favor, no responda a este correo.
Bankinter, S.A. Paseo de la Castellana, 29 - 28046 Madrid
""",
        "qp",
        "iso-8859-1",
    ),
    label=dict(
        amount="3025.00", currency="EUR", reference="2026-20", note="'FACT 2026 20' normalised to 2026-20"
    ),
)


def stripe(lang, headline, paras, rows, hero, after=()):
    foot = {
        "es": (
            "Has recibido este email porque tienes activadas las notificaciones de pagos correctos en tu cuenta de Stripe.",
            "Stripe Payments Europe, Ltd. - 1 Grand Canal Street Lower, Grand Canal Dock, Dublín, D02 H210, Irlanda",
        ),
        "en": (
            "You are receiving this email because you have successful payment notifications turned on for your Stripe account.",
            "Stripe Payments Europe, Ltd. - 1 Grand Canal Street Lower, Grand Canal Dock, Dublin, D02 H210, Ireland",
        ),
    }[lang]
    return card(
        "Stripe", "#635bff", headline, paras, hero=hero, rows=rows, after=after, footer=foot, lang=lang
    )


add(
    kind="payment-notification",
    lang="es",
    split="firstread",
    frm=("Stripe", "notifications@stripe.com"),
    to=JAV,
    subject="Pago de 484,00 € de marta@vidalfotografia.es",
    date="2026-12-12 17:26:40 +0100",
    mid="<{h16}{h8}@stripe.com>",
    body=ALT(
        *stripe(
            "es",
            "Pago correcto",
            ["Has recibido un pago de 484,00 € de Marta Vidal (marta@vidalfotografia.es)."],
            [
                ("Importe", "484,00 €"),
                ("Comisión de Stripe", "7,03 €"),
                ("Neto", "476,97 €"),
                ("Descripción", "Factura 2026-21"),
                ("Método de pago", "Mastercard •••• 8812"),
                ("ID del pago", "py_3QkL92Hq7rT5xZ1m0aF4cV8b"),
            ],
            "484,00 €",
            ["Consulta el pago en el Dashboard de Stripe."],
        ),
        enc="qp",
    ),
    label=dict(amount="484.00", currency="EUR", reference="2026-21", note="gross 484,00; Stripe fee 7,03"),
)

add(
    kind="payment-notification",
    lang="es",
    split="firstread",
    frm=("Stripe", "notifications@stripe.com"),
    to=JAV,
    subject="Tu transferencia de 1.246,18 € está en camino",
    date="2027-01-22 03:14:09 +0100",
    mid="<{h16}{h8}@stripe.com>",
    body=ALT(
        *stripe(
            "es",
            "Transferencia enviada a tu banco",
            [
                "Stripe ha iniciado una transferencia de 1.246,18 € a tu cuenta bancaria ES•• •••• 3391.",
                "Debería llegar a tu cuenta el 26 ene 2027.",
            ],
            [
                ("Importe", "1.246,18 €"),
                ("Cuenta bancaria", "BBVA •••• 3391"),
                ("ID de la transferencia", "po_1QmZ7aHq7rT5xZ1mKx2P"),
            ],
            "1.246,18 €",
        ),
        enc="b64",
    ),
    label=dict(
        amount="1246.18",
        currency="EUR",
        note="Stripe payout of the balance to the bank (aggregate of card payments, net of fees); no invoice",
    ),
)

add(
    kind="payment-notification",
    lang="es",
    split="firstread",
    frm=("Wise", "noreply@wise.com"),
    to=JAV,
    subject="Has recibido 850,00 EUR",
    date="2026-12-16 14:49:30 +0100",
    mid="<{h8}-{h12}-{h16}@wise.com>",
    body=ALT(
        *card(
            "Wise",
            "#9fe870",
            "Has recibido 850,00 EUR",
            ["Hola, Javier:", "Klaus Becker te ha enviado 850,00 EUR. Ya lo tienes en tu cuenta en EUR."],
            rows=[("De", "Klaus Becker"), ("Referencia", "INV 2026-22"), ("Importe", "850,00 EUR")],
            button=("Ver transacción", "https://wise.com/transactions"),
            footer=("Wise Europe SA, Rue du Trône 100, 1050 Bruselas, Bélgica.",),
            lang="es",
        ),
        enc="qp",
    ),
    label=dict(amount="850.00", currency="EUR", reference="2026-22"),
)

# ---- dev part (ES)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("PayPal", "service@paypal.es"),
    to=JAV,
    subject="Has recibido un pago",
    date="2026-11-11 16:02:33 +0100",
    mid="<{h16}.{d10}.JavaMail.httpd@paypal.com>",
    body=ALT(
        *paypal(
            "es",
            "Has recibido un pago",
            "726,00 € EUR",
            [
                "Hola, Javier Martín:",
                "Agencia Creativa Olea te ha enviado 726,00 € EUR.",
                'Nota de Agencia Creativa Olea:\n"factura 2026-24"',
            ],
            [
                ("Id. de transacción", "4RT61045WS882310A"),
                ("Fecha de la transacción", "11 de noviembre de 2026"),
                ("Importe recibido", "726,00 € EUR"),
                ("Comisión", "-25,76 € EUR"),
                ("Importe neto", "700,24 € EUR"),
            ],
            ["El dinero ya está disponible en tu cuenta PayPal."],
            ppid="PPID PP1422 - 2b9f4c1a7e330",
        ),
        enc="qp",
    ),
    label=dict(amount="726.00", currency="EUR", reference="2026-24", note="fee 25,76 deducted"),
)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("PayPal", "service@paypal.es"),
    to=JAV,
    subject="Has recibido un pago de 150,00 € EUR de Andrés Molina",
    date="2026-12-05 11:27:51 +0100",
    mid="<{h16}.{d10}.JavaMail.httpd@paypal.com>",
    body=ALT(
        *paypal(
            "es",
            "Andrés Molina te ha enviado dinero",
            "150,00 € EUR",
            [
                "Hola, Javier Martín:",
                "Has recibido 150,00 € EUR de Andrés Molina (amolina.rest@gmail.com).",
                "Nota: Anticipo web restaurante (50%)",
            ],
            [
                ("Id. de transacción", "9CV21873PL004557K"),
                ("Fecha", "5 dic 2026"),
                ("Importe", "150,00 € EUR"),
            ],
            ppid="PPID PP1422 - 66ad0e91f52c4",
        ),
        enc="b64",
    ),
    label=dict(
        amount="150.00", currency="EUR", note="50% advance (anticipo) for a website; no invoice number named"
    ),
)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("PayPal", "service@paypal.es"),
    to=JAV,
    subject="Has recibido dinero",
    date="2027-01-07 22:10:04 +0100",
    mid="<{h16}.{d10}.JavaMail.httpd@paypal.com>",
    body=ALT(
        *paypal(
            "es",
            "Has recibido dinero",
            "90,00 € EUR",
            ["Hola, Javier Martín:", "Sergio Llorente te ha enviado 90,00 € EUR."],
            [("Id. de transacción", "0HB93320ND771642F"), ("Importe recibido", "90,00 € EUR")],
            ["Puedes ver los detalles de la transacción en tu cuenta."],
            ppid="PPID PP1422 - a0c71e5d93b88",
        ),
        enc="qp",
    ),
    label=dict(amount="90.00", currency="EUR", note="no note, no reference"),
)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("PayPal", "service@paypal.es"),
    to=JAV,
    subject="Aviso de pago recibido",
    date="2027-02-09 10:58:21 +0100",
    mid="<{h16}.{d10}.JavaMail.httpd@paypal.com>",
    body=H(
        paypal(
            "es",
            "Has recibido un pago",
            "1.089,00 € EUR",
            [
                "Hola, Javier Martín:",
                "Bodegas Ruiz Alcalá SL te ha enviado 1.089,00 € EUR.",
                "Nota del comprador: Pago FRA 2026/26",
            ],
            [
                ("Id. de transacción", "7PL04418GA356921X"),
                ("Fecha de la transacción", "9 de febrero de 2027"),
                ("Importe recibido", "1.089,00 € EUR"),
                ("Comisión", "-37,69 € EUR"),
                ("Importe neto", "1.051,31 € EUR"),
            ],
            ppid="PPID PP1422 - 4ee5b7027fa61",
        )[1],
        enc="b64",
    ),
    label=dict(
        amount="1089.00",
        currency="EUR",
        reference="2026-26",
        note="'FRA 2026/26' -> 2026-26; HTML-only base64",
    ),
)


def santander(title, paras, rows, after=()):
    return bank(
        "Santander",
        "#ec0000",
        title,
        "Estimado cliente:",
        paras,
        rows,
        after,
        footer=(
            "Banco Santander, S.A. - Paseo de Pereda 9-12, 39004 Santander - NIF A-39000013",
            "Este mensaje se ha generado automáticamente. Por favor, no responda.",
        ),
        lang="es",
        label_bold=True,
    )


add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("Banco Santander", "no-reply@bancosantander.es"),
    to=JAV,
    subject="Transferencia recibida",
    date="2026-11-20 12:45:16 +0100",
    mid="<{h12}{d6}@mail.bancosantander.es>",
    body=ALT(
        *santander(
            "Transferencia recibida",
            ["Le informamos de que se ha abonado en su cuenta la siguiente transferencia:"],
            [
                ("Importe", "2.904,00 EUR"),
                ("Ordenante", "INMOBILIARIA COSTA DORADA SL"),
                ("Concepto", "Factura nº 2026-27"),
                ("Cuenta de abono", "ES** **** **** **** **** 6014"),
                ("Fecha valor", "20/11/2026"),
            ],
        ),
        enc="qp",
    ),
    label=dict(amount="2904.00", currency="EUR", reference="2026-27"),
)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("Banco Santander", "no-reply@bancosantander.es"),
    to=JAV,
    subject="Has recibido una transferencia",
    date="2026-12-15 10:19:42 +0100",
    mid="<{h12}{d6}@mail.bancosantander.es>",
    body=ALT(
        *santander(
            "Has recibido una transferencia",
            ["Se ha recibido una transferencia en su cuenta ****6014."],
            [
                ("Importe", "800,00 EUR"),
                ("Ordenante", "FISIOSALUD MADRID SL"),
                ("Concepto", "1er pago fra 2026-29"),
                ("Fecha valor", "15/12/2026"),
            ],
        ),
        enc="b64",
    ),
    label=dict(amount="800.00", currency="EUR", reference="2026-29", note="first partial payment"),
)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("Banco Santander", "no-reply@bancosantander.es"),
    to=JAV,
    subject="Santander: Abono de transferencia",
    date="2027-01-25 08:50:27 +0100",
    mid="<{h12}{d6}@mail.bancosantander.es>",
    body=ALT(
        *santander(
            "Abono de transferencia",
            ["Le informamos de que se ha abonado en su cuenta la siguiente transferencia:"],
            [
                ("Importe", "423,50 EUR"),
                ("Ordenante", "LIBRERIA EL FARO CB"),
                ("Concepto", "FRA 2026-30 / PEDIDO 4471"),
                ("Fecha valor", "25/01/2027"),
            ],
        ),
        enc="qp",
    ),
    label=dict(
        amount="423.50",
        currency="EUR",
        reference="2026-30",
        note="concepto also contains the client's order number 4471",
    ),
)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("Banco Santander", "no-reply@bancosantander.es"),
    to=JAV,
    subject="Transferencia inmediata recibida",
    date="2027-02-19 18:33:01 +0100",
    mid="<{h12}{d6}@mail.bancosantander.es>",
    body=ALT(
        *santander(
            "Transferencia inmediata recibida",
            ["Ya tiene disponible en su cuenta el importe de la siguiente transferencia inmediata:"],
            [
                ("Importe", "1.210,00 EUR"),
                ("Ordenante", "HERRERO VAZQUEZ PILAR"),
                ("Concepto", "Pago"),
                ("Fecha", "19/02/2027 18:32"),
            ],
        ),
        enc="qp",
    ),
    label=dict(amount="1210.00", currency="EUR", note="concepto 'Pago' only, no invoice named"),
)


SABADELL_FOOT = (
    "Banco de Sabadell, S.A. - Avda. Óscar Esplá, 37 - 03007 Alicante",
    "Este correo es un aviso automático. No responda a esta dirección.",
)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("Banco Sabadell", "noreply@bancsabadell.com"),
    to=JAV,
    subject="Aviso de transferencia recibida",
    date="2026-11-24 09:36:58 +0100",
    mid="<{h16}@alertas.bancsabadell.com>",
    body=ALT(
        *inline(
            "Banco Sabadell",
            [
                "Hola JAVIER,",
                "Te avisamos de que has recibido una transferencia en tu Cuenta Expansión Negocios.",
                "Importe: 665,50 EUR\nOrdenante: COOPERATIVA AGRICOLA LA HUERTA\nConcepto: Fra. 2026-31\nFecha: 24/11/2026",
                "Gracias por confiar en Banco Sabadell.",
            ],
            SABADELL_FOOT,
            font="Arial",
        ),
        enc="qp",
    ),
    label=dict(amount="665.50", currency="EUR", reference="2026-31"),
)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("Banco Sabadell", "noreply@bancsabadell.com"),
    to=JAV,
    subject="Has recibido un Bizum",
    date="2027-01-30 13:21:44 +0100",
    mid="<{h16}@alertas.bancsabadell.com>",
    body=T(
        """Hola JAVIER,

Has recibido un Bizum de 25,00 EUR de NEREA G.
Concepto: cafés reunión viernes

El importe ya está en tu cuenta.

Banco de Sabadell, S.A.
Este correo es un aviso automático. No responda a esta dirección.
""",
        "qp",
    ),
    label=dict(amount="25.00", currency="EUR", note="Bizum between people, not an invoice payment"),
)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("Banco Sabadell", "noreply@bancsabadell.com"),
    to=JAV,
    subject="Transferencia recibida (SEPA)",
    date="2026-12-22 11:11:11 +0100",
    mid="<{h16}@alertas.bancsabadell.com>",
    body=ALT(
        *inline(
            "Banco Sabadell",
            [
                "Hola JAVIER,",
                "Te avisamos de que has recibido una transferencia SEPA.",
                "Importe: 1.875,50 EUR\nOrdenante: GRUPO HOSTELERO BAHIA SL\nConcepto: N/REF 558201 SU FACTURA 2026-33\nFecha: 22/12/2026",
            ],
            SABADELL_FOOT,
            font="Arial",
        ),
        enc="b64",
    ),
    label=dict(
        amount="1875.50",
        currency="EUR",
        reference="2026-33",
        note="N/REF 558201 is the payer's internal reference, not the invoice",
    ),
)


def revolut(lang, headline, paras, rows, hero):
    foot = {
        "es": (
            "Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lituania. Sucursal en España: Calle Príncipe de Vergara 132, 28002 Madrid.",
        ),
        "en": (
            "Revolut Ltd is registered in England and Wales (No. 08804411), 7 Westferry Circus, London E14 4HD.",
            "You received this email because you have a Revolut Business account.",
        ),
    }[lang]
    return card("Revolut Business", "#191c1f", headline, paras, hero=hero, rows=rows, footer=foot, lang=lang)


add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("Revolut Business", "no-reply@revolut.com"),
    to=JAV,
    subject="Has recibido 2.057,00 €",
    date="2026-12-28 10:03:37 +0100",
    mid="<{h8}{h12}@revolut.com>",
    body=ALT(
        *revolut(
            "es",
            "Dinero recibido",
            ["Se ha añadido dinero a tu cuenta principal en EUR."],
            [("De", "Hostal Mar Blava SL"), ("Importe", "2.057,00 €"), ("Referencia", "FRA 2026-34")],
            "+2.057,00 €",
        ),
        enc="qp",
    ),
    label=dict(amount="2057.00", currency="EUR", reference="2026-34"),
)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("Revolut Business", "no-reply@revolut.com"),
    to=JAV,
    subject="Pago recibido: 320,00 GBP",
    date="2027-02-12 15:47:19 +0100",
    mid="<{h8}{h12}@revolut.com>",
    body=ALT(
        *revolut(
            "es",
            "Has recibido un pago",
            ["Se ha añadido dinero a tu cuenta en GBP."],
            [("De", "Tidewater Books Ltd"), ("Importe", "320,00 £"), ("Referencia", "Invoice 2026-35")],
            "+320,00 £",
        ),
        enc="qp",
    ),
    label=dict(amount="320.00", currency="GBP", reference="2026-35"),
)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("SumUp", "no-reply@sumup.com"),
    to=JAV,
    subject="Has recibido un pago de 99,00 €",
    date="2027-01-18 12:26:50 +0100",
    mid="<{h16}.{h8}@mail.sumup.com>",
    body=ALT(
        *card(
            "SumUp",
            "#3063e9",
            "Has recibido un pago",
            ["Hola, Javier:", "Tu cliente ha pagado a través de un enlace de pago."],
            hero="99,00 €",
            rows=[
                ("Descripción", "Sesión de consultoría"),
                ("Importe", "99,00 €"),
                ("Comisión", "2,49 €"),
                ("Método", "Apple Pay"),
                ("Código de transacción", "TEFPQ32ZLN"),
            ],
            footer=("SumUp Limited, Block 8, Harcourt Centre, Charlotte Way, Dublín 2, Irlanda.",),
            lang="es",
        ),
        enc="b64",
    ),
    label=dict(amount="99.00", currency="EUR", note="no invoice number"),
)

add(
    kind="payment-notification",
    lang="es",
    split="dev",
    frm=("N26", "no-reply@n26.com"),
    to=JAV,
    subject="Has recibido 1.452,00 €",
    date="2027-02-24 09:09:09 +0100",
    mid="<{h8}-{h12}@mail.n26.com>",
    body=ALT(
        *n26(
            "es",
            "¡Te ha llegado dinero!",
            ["Academia Idiomas Norte SL te ha enviado 1.452,00 €."],
            [("Concepto", "Factura 2026-36 gracias")],
            "+1.452,00 €",
        ),
        enc="qp",
    ),
    label=dict(amount="1452.00", currency="EUR", reference="2026-36"),
)


# ==========================================================================
# PAYMENT NOTIFICATIONS - ENGLISH
# ==========================================================================

add(
    kind="payment-notification",
    lang="en",
    split="firstread",
    frm=("PayPal", "service@paypal.co.uk"),
    to=ALE,
    subject="You've received a payment",
    date="2026-11-06 13:22:08 +0000",
    mid="<{h16}.{d10}.JavaMail.httpd@paypal.com>",
    body=ALT(
        *paypal(
            "en",
            "You've received a payment",
            "£480.00 GBP",
            [
                "Hi Alessandra Rossi,",
                "Greenhouse Media Ltd sent you £480.00 GBP.",
                'Note from Greenhouse Media Ltd:\n"Invoice 19/2026 - social media templates. Thanks!"',
            ],
            [
                ("Transaction ID", "2WE50831JH6610447"),
                ("Transaction date", "6 November 2026"),
                ("Amount received", "£480.00 GBP"),
                ("Fee", "-£16.12 GBP"),
                ("Net amount", "£463.88 GBP"),
            ],
            ["The money is in your PayPal balance."],
            ppid="PPID PP1430 - 91fd2a6c07e3b",
        ),
        enc="qp",
    ),
    label=dict(amount="480.00", currency="GBP", reference="19/2026"),
)

add(
    kind="payment-notification",
    lang="en",
    split="firstread",
    frm=("PayPal", "service@paypal.com"),
    to=JAV,
    subject="You've got money",
    date="2026-11-19 08:41:27 -0800",
    mid="<{h16}.{d10}.JavaMail.httpd@paypal.com>",
    body=ALT(
        *paypal(
            "en",
            "You received a payment",
            "$1,250.00 USD",
            [
                "Hello Javier Martín,",
                "Northwind Apps LLC sent you $1,250.00 USD.",
                "Note: INV 2026-38 - UX audit",
            ],
            [
                ("Transaction ID", "6FD12094MA3378105"),
                ("Transaction date", "Nov 19, 2026"),
                ("Amount received", "$1,250.00 USD"),
                ("Fee", "-$55.24 USD"),
                ("Net amount", "$1,194.76 USD"),
            ],
            ppid="PPID PP1422 - e2c05b8d61a97",
        ),
        enc="b64",
    ),
    label=dict(amount="1250.00", currency="USD", reference="2026-38"),
)

add(
    kind="payment-notification",
    lang="en",
    split="firstread",
    frm=("PayPal", "service@paypal.co.uk"),
    to=ALE,
    subject="You've received a payment",
    date="2027-01-13 17:55:39 +0000",
    mid="<{h16}.{d10}.JavaMail.httpd@paypal.com>",
    body=ALT(
        *paypal(
            "en",
            "You've received a payment",
            "€700.00 EUR",
            [
                "Hi Alessandra Rossi,",
                "Fennel & Finch Ltd sent you €700.00 EUR.",
                'Note from Fennel & Finch Ltd:\n"50% deposit against invoice 22/2026 as agreed, balance on delivery"',
            ],
            [
                ("Transaction ID", "8LA37720BN4419026"),
                ("Transaction date", "13 January 2027"),
                ("Amount received", "€700.00 EUR"),
                ("Fee", "-€24.85 EUR"),
                ("Net amount", "€675.15 EUR"),
            ],
            ppid="PPID PP1430 - 5a70c9e2d3f14",
        ),
        enc="qp",
    ),
    label=dict(amount="700.00", currency="EUR", reference="22/2026", note="partial: 50% deposit"),
)

add(
    kind="payment-notification",
    lang="en",
    split="firstread",
    frm=("Stripe", "notifications@stripe.com"),
    to=ALE,
    subject="Payment of €2,000.00 from Helix Analytics GmbH",
    date="2026-11-25 10:04:51 +0000",
    mid="<{h16}{h8}@stripe.com>",
    body=ALT(
        *stripe(
            "en",
            "Successful payment",
            ["You received a payment of €2,000.00 from Helix Analytics GmbH (billing@helix-analytics.de)."],
            [
                ("Amount", "€2,000.00"),
                ("Stripe fee", "€28.25"),
                ("Net", "€1,971.75"),
                ("Description", "Invoice 24/2026"),
                ("Payment method", "SEPA Direct Debit •••• 3010"),
                ("Payment ID", "py_3QhT41Lk2bN9sY0c1Wd7Ae5f"),
            ],
            "€2,000.00",
            ["View this payment in your Dashboard."],
        ),
        enc="qp",
    ),
    label=dict(amount="2000.00", currency="EUR", reference="24/2026"),
)

add(
    kind="payment-notification",
    lang="en",
    split="firstread",
    frm=("Stripe", "notifications@stripe.com"),
    to=ALE,
    subject="Your payout of £612.40 is on its way",
    date="2026-12-17 02:08:33 +0000",
    mid="<{h16}{h8}@stripe.com>",
    body=ALT(
        *stripe(
            "en",
            "Payout on its way",
            [
                "Stripe has sent a payout of £612.40 to your bank account ending in 0187.",
                "It should arrive in your account by 18 Dec 2026.",
            ],
            [
                ("Amount", "£612.40"),
                ("Bank account", "STARLING BANK •••• 0187"),
                ("Payout ID", "po_1QiR3xLk2bN9sY0cT5vW"),
            ],
            "£612.40",
        ),
        enc="b64",
    ),
    label=dict(
        amount="612.40",
        currency="GBP",
        note="payout of the Stripe balance; aggregates several payments, no invoice",
    ),
)


def wise(lang, headline, paras, rows):
    return card(
        "Wise",
        "#9fe870",
        headline,
        paras,
        rows=rows,
        button=("See transfer", "https://wise.com/transactions"),
        footer=(
            "Wise Payments Limited, 6th Floor, The Tea Building, 56 Shoreditch High Street, London, E1 6JJ.",
            "You're getting this email because you have a Wise account.",
        ),
        lang=lang,
    )


add(
    kind="payment-notification",
    lang="en",
    split="firstread",
    frm=("Wise", "noreply@wise.com"),
    to=ALE,
    subject="You received EUR 1,100.00",
    date="2026-11-30 09:31:14 +0000",
    mid="<{h8}-{h12}-{h16}@wise.com>",
    body=ALT(
        *wise(
            "en",
            "You received EUR 1,100.00",
            ["Hi Alessandra,", "Brightside Studio sent you EUR 1,100.00. It's now in your EUR balance."],
            [
                ("From", "Brightside Studio B.V."),
                ("Reference", "Invoice 26/2026"),
                ("Amount", "1,100.00 EUR"),
            ],
        ),
        enc="qp",
    ),
    label=dict(amount="1100.00", currency="EUR", reference="26/2026"),
)

add(
    kind="payment-notification",
    lang="en",
    split="firstread",
    frm=("Wise", "noreply@wise.com"),
    to=ALE,
    subject="You've received GBP 375.00",
    date="2027-01-06 16:44:02 +0000",
    mid="<{h8}-{h12}-{h16}@wise.com>",
    body=ALT(
        *wise(
            "en",
            "You've got 375.00 GBP",
            ["Hi Alessandra,", "Oliver Hughes just sent you 375.00 GBP."],
            [("Reference", "Thanks for the illustrations"), ("Amount", "375.00 GBP")],
        ),
        enc="qp",
    ),
    label=dict(amount="375.00", currency="GBP", note="reference is free text, no invoice"),
)

add(
    kind="payment-notification",
    lang="en",
    split="firstread",
    frm=("Wise", "noreply@wise.com"),
    to=JAV,
    subject="You received USD 2,400.00",
    date="2027-02-04 14:17:45 +0000",
    mid="<{h8}-{h12}-{h16}@wise.com>",
    body=ALT(
        *wise(
            "en",
            "You received USD 2,400.00",
            ["Hi Javier,", "Maple Grove Software Inc sent you USD 2,400.00. It's now in your USD balance."],
            [("From", "MAPLE GROVE SOFTWARE INC"), ("Reference", "INV-2026-042"), ("Amount", "2,400.00 USD")],
        ),
        enc="b64",
    ),
    label=dict(
        amount="2400.00",
        currency="USD",
        reference="2026-42",
        note="payer wrote INV-2026-042; freelancer's invoice 2026-42 (zero-padded by payer)",
    ),
)


TIPALTI_FOOT = (
    "This payment notification was sent by Tipalti on behalf of the payer.",
    "Tipalti Inc., 1051 E. Hillsdale Blvd, Suite 600, Foster City, CA 94404",
    "Please do not reply to this email. For questions about this payment, contact the payer directly.",
)

add(
    kind="payment-notification",
    lang="en",
    split="firstread",
    frm=("Acme Robotics Inc. via Tipalti", "no-reply@tipalti.com"),
    to=JAV,
    subject="Acme Robotics Inc. has sent you a payment",
    date="2026-12-08 11:02:19 -0800",
    mid="<{h32}@notifications.tipalti.com>",
    body=ALT(
        *remit(
            "Tipalti",
            "#2c3e50",
            "Payment notification",
            [
                "Dear Javier Martín,",
                "Acme Robotics Inc. has issued a payment to you. Please allow 1-3 business days for the funds to reach your account.",
            ],
            [
                ("Payment date", "12/08/2026"),
                ("Payment method", "Wire transfer"),
                ("Payment amount", "USD 3,200.00"),
                ("Payee ID", "JMARTIN-ES-0042"),
            ],
            ["Invoice #", "Invoice date", "Description", "Amount"],
            [["2026-44", "11/02/2026", "Mobile app design sprint", "3,200.00"]],
            ["", "", "Total", "USD 3,200.00"],
            footer=TIPALTI_FOOT,
        ),
        enc="qp",
    ),
    label=dict(
        amount="3200.00",
        currency="USD",
        reference="2026-44",
        note="US date format in remittance (12/08/2026 = 8 Dec)",
    ),
)

add(
    kind="payment-notification",
    lang="en",
    split="firstread",
    frm=("Oakridge Publishing via Tipalti", "no-reply@tipalti.com"),
    to=ALE,
    subject="Payment notification from Oakridge Publishing",
    date="2026-12-23 18:40:00 -0800",
    mid="<{h32}@notifications.tipalti.com>",
    body=ALT(
        *remit(
            "Tipalti",
            "#2c3e50",
            "Payment notification",
            [
                "Dear Alessandra Rossi,",
                "Oakridge Publishing has issued a payment to you for the invoices listed below.",
            ],
            [
                ("Payment date", "12/23/2026"),
                ("Payment method", "SEPA bank transfer"),
                ("Payment amount", "EUR 1,830.00"),
            ],
            ["Invoice #", "Invoice date", "Amount"],
            [["28/2026", "11/10/2026", "976.00"], ["29/2026", "11/17/2026", "854.00"]],
            ["", "Total", "EUR 1,830.00"],
            footer=TIPALTI_FOOT,
        ),
        enc="b64",
    ),
    label=dict(
        amount="1830.00",
        currency="EUR",
        note="one payment covering two invoices, 28/2026 (976.00) and 29/2026 (854.00); no single reference",
    ),
)


BARCLAYS_FOOT = (
    "Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority. Registered in England. Registered No. 9740322. Registered Office: 1 Churchill Place, London E14 5HP.",
    "We'll never ask you for your PIN or full passcode by email.",
)

add(
    kind="payment-notification",
    lang="en",
    split="firstread",
    frm=("Barclays", "alerts@notifications.barclays.co.uk"),
    to=ALE,
    subject="You've received a payment",
    date="2026-12-04 07:12:36 +0000",
    mid="<{h16}.{d6}@notifications.barclays.co.uk>",
    body=ALT(
        *bank(
            "Barclays",
            "#00aeef",
            "You've received a payment",
            "Dear Ms Rossi,",
            ["£850.00 has been paid into your account ending 4471."],
            [("From", "M J PEARSON"), ("Reference", "INV 30-2026"), ("Date", "04/12/2026")],
            ["You can see this payment in the Barclays app."],
            footer=BARCLAYS_FOOT,
            lang="en",
        ),
        enc="qp",
    ),
    label=dict(
        amount="850.00", currency="GBP", reference="30/2026", note="'INV 30-2026' normalised to 30/2026"
    ),
)

add(
    kind="payment-notification",
    lang="en",
    split="firstread",
    frm=("Barclays", "alerts@notifications.barclays.co.uk"),
    to=ALE,
    subject="Money in: £1,240.00",
    date="2027-02-17 08:29:03 +0000",
    mid="<{h16}.{d6}@notifications.barclays.co.uk>",
    body=ALT(
        *bank(
            "Barclays",
            "#00aeef",
            "Money in",
            "Dear Ms Rossi,",
            ["A payment of £1,240.00 has arrived in your account ending 4471."],
            [("From", "THRESHOLD DIGITAL LTD"), ("Reference", "WEBSITE BUILD"), ("Date", "17/02/2027")],
            footer=BARCLAYS_FOOT,
            lang="en",
        ),
        enc="qp",
    ),
    label=dict(amount="1240.00", currency="GBP", note="reference is a description, no invoice number"),
)

# ---- dev part (EN)

BILL_FOOT = (
    "Bill.com, LLC, 6220 America Center Drive, Suite 100, San Jose, CA 95002",
    "This email was sent to you by Bill.com on behalf of your customer. Please do not reply.",
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("Larkspur Dental Group via BILL", "notification@hq.bill.com"),
    to=JAV,
    subject="Larkspur Dental Group sent you a payment of $1,650.00",
    date="2026-11-17 14:03:22 -0800",
    mid="<{h16}.{d10}@hq.bill.com>",
    body=ALT(
        *card(
            "BILL",
            "#ff5c35",
            "You've been paid!",
            [
                "Hi Javier,",
                "Larkspur Dental Group has sent you a payment through BILL. The funds will be deposited in 3-5 business days.",
            ],
            hero="$1,650.00",
            rows=[
                ("Payer", "Larkspur Dental Group"),
                ("Invoice #", "2026-45"),
                ("Payment method", "International payment (USD)"),
                ("Payment date", "Nov 17, 2026"),
                ("Reference #", "P26111701-88412"),
            ],
            footer=BILL_FOOT,
            lang="en",
        ),
        enc="qp",
    ),
    label=dict(amount="1650.00", currency="USD", reference="2026-45"),
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("Sunset Realty Partners via BILL", "notification@hq.bill.com"),
    to=ALE,
    subject="ePayment from Sunset Realty Partners",
    date="2026-12-30 09:47:11 -0800",
    mid="<{h16}.{d10}@hq.bill.com>",
    body=ALT(
        *card(
            "BILL",
            "#ff5c35",
            "ePayment on the way",
            ["Hi Alessandra,", "Sunset Realty Partners sent you an ePayment of $980.00."],
            hero="$980.00",
            rows=[("Invoice number", "32-2026"), ("Amount", "$980.00"), ("Estimated arrival", "Jan 5, 2027")],
            footer=BILL_FOOT,
            lang="en",
        ),
        enc="b64",
    ),
    label=dict(amount="980.00", currency="USD", reference="32/2026", note="'32-2026' is invoice 32/2026"),
)


ARIBA_FOOT = (
    "This email was sent by SAP Business Network on behalf of the buying organisation.",
    "SAP Business Network Privacy Statement | Security Disclosure | Terms of Use",
    "© 1996-2026 SAP SE or an SAP affiliate company. All rights reserved.",
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("SAP Business Network", "ordersender-prod@ansmtp.ariba.com"),
    to=ALE,
    subject="Remittance advice – payment of invoice 34/2026",
    date="2026-12-09 06:30:44 +0000",
    mid="<{d13}.{h8}.JavaMail.ansprod@ansmtp.ariba.com>",
    body=MIXED(
        ALT(
            *remit(
                "SAP Business Network",
                "#0a6ed1",
                "Remittance Advice",
                [
                    "Northstar Logistics Europe B.V. has sent you a remittance advice.",
                    "Remittance ID: RA-NSL-2026-118734",
                ],
                [
                    ("Payment date", "09 Dec 2026"),
                    ("Payment method", "SEPA credit transfer"),
                    ("Payee", "Alessandra Rossi"),
                    ("Net amount", "4,270.00 EUR"),
                ],
                ["Invoice number", "Invoice date", "Gross amount", "Discount", "Net amount"],
                [["34/2026", "05 Nov 2026", "4,270.00", "0.00", "4,270.00"]],
                ["", "", "", "Total", "4,270.00 EUR"],
                ["To view the document online, log in to SAP Business Network."],
                ARIBA_FOOT,
            ),
            enc="qp",
        ),
        PDF(
            "RA-NSL-2026-118734.pdf",
            "Remittance Advice RA-NSL-2026-118734\nNorthstar Logistics Europe B.V.\nPayee: Alessandra Rossi\nInvoice 34/2026  4,270.00 EUR\nPayment date 09.12.2026",
        ),
    ),
    label=dict(
        amount="4270.00", currency="EUR", reference="34/2026", note="remittance advice with PDF attachment"
    ),
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("SAP Business Network", "ordersender-prod@ansmtp.ariba.com"),
    to=JAV,
    subject="Remittance advice from Vantage Hotels Group S.L.U.",
    date="2027-01-28 07:15:20 +0000",
    mid="<{d13}.{h8}.JavaMail.ansprod@ansmtp.ariba.com>",
    body=ALT(
        *remit(
            "SAP Business Network",
            "#0a6ed1",
            "Remittance Advice",
            [
                "Vantage Hotels Group S.L.U. has sent you a remittance advice.",
                "Remittance ID: VHG-PAY-000481922",
            ],
            [
                ("Payment date", "28 Jan 2027"),
                ("Payment method", "Bank transfer"),
                ("Payee", "Javier Martín"),
                ("Net amount", "2,750.00 EUR"),
            ],
            ["Document", "Type", "Date", "Amount"],
            [
                ["2026-47", "Invoice", "15 Dec 2026", "3,000.00"],
                ["CN-2026-3", "Credit memo", "20 Jan 2027", "-250.00"],
            ],
            ["", "", "Total paid", "2,750.00 EUR"],
            [],
            ARIBA_FOOT,
        ),
        enc="qp",
    ),
    label=dict(
        amount="2750.00",
        currency="EUR",
        reference="2026-47",
        note="invoice 2026-47 (3,000.00) paid net of a 250.00 credit memo",
    ),
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("SAP Business Network", "ordersender-prod@ansmtp.ariba.com"),
    to=ALE,
    subject="Payment Remittance Notification: FT 36 2026",
    date="2027-01-11 05:58:07 +0000",
    mid="<{d13}.{h8}.JavaMail.ansprod@ansmtp.ariba.com>",
    body=MIXED(
        ALT(
            *remit(
                "SAP Business Network",
                "#0a6ed1",
                "Payment Remittance",
                [
                    "Gruppo Fiordaliso S.p.A. has scheduled the payment below. Funds have been released to your bank."
                ],
                [
                    ("Payment date", "11 Jan 2027"),
                    ("Payment number", "2000418874"),
                    ("Net amount", "1,224.00 EUR"),
                ],
                ["Supplier invoice", "Gross", "Withholding tax", "Paid"],
                [["FT 36 2026", "1,464.00", "-240.00", "1,224.00"]],
                ["", "", "Total", "1,224.00 EUR"],
                ["Withholding tax (ritenuta d'acconto 20%) will be certified in the annual CU."],
                ARIBA_FOOT,
            ),
            enc="b64",
        ),
        PDF(
            "Remittance_2000418874.pdf",
            "Payment Remittance 2000418874\nGruppo Fiordaliso S.p.A.\nFT 36 2026 gross 1,464.00 WHT -240.00 paid 1,224.00",
        ),
    ),
    label=dict(
        amount="1224.00",
        currency="EUR",
        reference="36/2026",
        note="'FT 36 2026' -> 36/2026; amount received is net of 20% withholding (invoice gross 1,464.00)",
    ),
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("Revolut Business", "no-reply@revolut.com"),
    to=JAV,
    subject="You received €3,500.00 from Northbeam BV",
    date="2026-11-26 12:19:48 +0000",
    mid="<{h8}{h12}@revolut.com>",
    body=ALT(
        *revolut(
            "en",
            "Money in",
            ["Hi Javier,", "Northbeam BV sent €3,500.00 to your Main account."],
            [("Amount", "€3,500.00"), ("Reference", "INV 2026-49"), ("Date", "26 Nov 2026")],
            "+€3,500.00",
        ),
        enc="qp",
    ),
    label=dict(amount="3500.00", currency="EUR", reference="2026-49"),
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("Revolut Business", "no-reply@revolut.com"),
    to=ALE,
    subject="Payment received: £210.00",
    date="2027-02-22 15:02:26 +0000",
    mid="<{h8}{h12}@revolut.com>",
    body=ALT(
        *revolut(
            "en",
            "Payment received",
            ["Hi Alessandra,", "You've received a payment into your GBP account."],
            [("From", "Pebble & Loom"), ("Amount", "£210.00"), ("Reference", "inv 38/2026")],
            "+£210.00",
        ),
        enc="b64",
    ),
    label=dict(amount="210.00", currency="GBP", reference="38/2026"),
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("HSBC UK", "hsbc@notification.hsbc.co.uk"),
    to=ALE,
    subject="HSBC: Credit received on your account",
    date="2026-12-02 06:45:00 +0000",
    mid="<{h16}@notification.hsbc.co.uk>",
    body=T(
        """Dear Customer,

A payment of GBP 1,900.00 has been credited to your account ending 6638
on 02/12/2026.

Payer: FOXGLOVE PUBLISHING LTD
Reference: 40/2026

If you don't recognise this payment, please call us on the number on the
back of your card.

Yours sincerely,
HSBC UK

HSBC UK Bank plc. Registered in England and Wales (company number 9928412).
Registered Office: 1 Centenary Square, Birmingham, B1 1HQ.
This is an automated message - please do not reply.
""",
        "7bit",
        "us-ascii",
    ),
    label=dict(amount="1900.00", currency="GBP", reference="40/2026"),
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("HSBC UK", "hsbc@notification.hsbc.co.uk"),
    to=ALE,
    subject="Faster Payment received",
    date="2027-01-20 11:38:52 +0000",
    mid="<{h16}@notification.hsbc.co.uk>",
    body=T(
        """Dear Customer,

You've received a Faster Payment of GBP 95.00 into your account ending 6638.

Payer: ASOS.COM LTD
Reference: REFUND 8841-2290

Yours sincerely,
HSBC UK

This is an automated message - please do not reply.
""",
        "7bit",
        "us-ascii",
    ),
    label=dict(amount="95.00", currency="GBP", note="a shop refund, money in but not an invoice payment"),
)


STARLING_FOOT = (
    "Starling Bank Limited, 3rd Floor, 2 Finsbury Avenue, London, EC2M 2PP. Registered in England and Wales No. 09092149.",
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("Starling Bank", "help@starlingbank.com"),
    to=ALE,
    subject="You've been paid £560.00",
    date="2026-12-19 10:26:15 +0000",
    mid="<{h16}-{h8}@starlingbank.com>",
    body=ALT(
        *card(
            "Starling Bank",
            "#7433ff",
            "You've been paid!",
            ["Kestrel Events just paid £560.00 into your business account."],
            hero="£560.00",
            rows=[("From", "KESTREL EVENTS"), ("Reference", "INV 42-2026")],
            footer=STARLING_FOOT,
            lang="en",
        ),
        enc="qp",
    ),
    label=dict(amount="560.00", currency="GBP", reference="42/2026"),
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("Starling Bank", "help@starlingbank.com"),
    to=ALE,
    subject="Payment received",
    date="2027-02-08 13:50:31 +0000",
    mid="<{h16}-{h8}@starlingbank.com>",
    body=ALT(
        *card(
            "Starling Bank",
            "#7433ff",
            "Money in",
            ["You've received £1,020.00 from HOLLOWAY & DUNN LLP."],
            hero="£1,020.00",
            rows=[("Reference", "43/2026 part payment")],
            footer=STARLING_FOOT,
            lang="en",
        ),
        enc="qp",
    ),
    label=dict(amount="1020.00", currency="GBP", reference="43/2026", note="part payment"),
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("Lloyds Bank", "alerts@lloydsbank.co.uk"),
    to=JAV,
    subject="Money has arrived in your account",
    date="2027-01-05 08:01:44 +0000",
    mid="<{h16}.{d6}@lloydsbank.co.uk>",
    body=ALT(
        *inline(
            "Lloyds Bank",
            [
                "Dear Mr Martin,",
                "We're letting you know that £300.00 has been paid into your account ending 2291.",
                "From: HAWTHORN CAFE LTD\nReference: J MARTIN INV 51",
                "Lloyds Bank plc. Registered Office: 25 Gresham Street, London EC2V 7HN. Registered in England and Wales no. 2065.",
            ],
            ("Please don't reply to this email, this mailbox isn't monitored.",),
            font="Arial",
        ),
        enc="qp",
    ),
    label=dict(
        amount="300.00",
        currency="GBP",
        note="'INV 51' without year; probably 2026-51 but the notice does not say so",
    ),
)


PAYONEER_FOOT = (
    "Payoneer Inc., 195 Broadway, 27th Floor, New York, NY 10007",
    "Please do not reply to this email. For assistance, visit the Payoneer Help Center.",
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("Payoneer", "no-reply@payoneer.com"),
    to=JAV,
    subject="You've received a payment of USD 1,800.00 from Quillstone Inc.",
    date="2026-12-10 10:33:29 -0500",
    mid="<{h32}@payoneer.com>",
    body=ALT(
        *card(
            "Payoneer",
            "#ff4800",
            "You've received a payment",
            [
                "Hi Javier,",
                "Quillstone Inc. has paid you via Payoneer. The funds are now available in your USD balance.",
            ],
            hero="USD 1,800.00",
            rows=[
                ("Payer", "Quillstone Inc."),
                ("Description", "Invoice 2026-50"),
                ("Transaction ID", "168223470991"),
            ],
            footer=PAYONEER_FOOT,
            lang="en",
        ),
        enc="qp",
    ),
    label=dict(amount="1800.00", currency="USD", reference="2026-50"),
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("Payoneer", "no-reply@payoneer.com"),
    to=JAV,
    subject="Payment received",
    date="2027-02-25 16:12:02 -0500",
    mid="<{h32}@payoneer.com>",
    body=ALT(
        *card(
            "Payoneer",
            "#ff4800",
            "Payment received",
            ["Hi Javier,", "You received USD 640.00 from Orbit Labs."],
            rows=[
                ("Amount", "USD 640.00"),
                ("Memo", "Consulting November"),
                ("Transaction ID", "168904125573"),
            ],
            footer=PAYONEER_FOOT,
            lang="en",
        ),
        enc="b64",
    ),
    label=dict(amount="640.00", currency="USD", note="memo names a month, not an invoice"),
)

add(
    kind="payment-notification",
    lang="en",
    split="dev",
    frm=("Monzo", "no-reply@monzo.com"),
    to=JAV,
    subject="£450.00 from BLUEFERN LTD",
    date="2026-11-13 19:24:58 +0000",
    mid="<{h16}@monzo.com>",
    body=T(
        """Hey Javier 👋

You just got paid £450.00 into your Monzo Business account.

From: BLUEFERN LTD
Reference: FRA 2026-52

Keep an eye on your money in the Monzo app.

Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG.
""",
        "qp",
    ),
    label=dict(amount="450.00", currency="GBP", reference="2026-52"),
)


# ==========================================================================
# OTHER: money-ish but not a payment received
# ==========================================================================

add(
    kind="other",
    lang="it",
    split="firstread",
    frm=("Intesa Sanpaolo", "notifiche@intesasanpaolo.com"),
    to=ALE,
    subject="Bonifico eseguito",
    date="2026-11-10 12:14:09 +0100",
    mid="<{d13}.{h8}@notifiche.intesasanpaolo.com>",
    body=ALT(
        *intesa(
            "Conferma esecuzione bonifico",
            ["la disposizione di bonifico da te inserita è stata eseguita correttamente."],
            [
                ("Conto di addebito", "IT** **** **** **** **** ***4 521"),
                ("Beneficiario", "STUDIO COMMERCIALISTA BIANCHI & PARTNERS"),
                ("Importo", "366,00 EUR"),
                ("Commissioni", "0,00 EUR"),
                ("Data esecuzione", "10/11/2026"),
                ("Causale", "Saldo fattura n. 118/2026 consulenza fiscale"),
                ("CRO", "84512077311"),
            ],
        ),
        enc="qp",
    ),
    label=dict(note="outgoing transfer: the freelancer paid her accountant's invoice 118/2026"),
)

add(
    kind="other",
    lang="it",
    split="firstread",
    frm=("Fatture in Cloud", "noreply@fattureincloud.it"),
    to=ALE,
    subject="La fattura 55/2026 è stata consegnata",
    date="2026-12-22 15:40:31 +0100",
    mid="<{h16}.{d10}@mail.fattureincloud.it>",
    body=ALT(
        *card(
            "Fatture in Cloud",
            "#0d97ff",
            "Fattura consegnata",
            [
                "Ciao Alessandra,",
                "lo SdI (Sistema di Interscambio) ci ha inviato la ricevuta di consegna per la fattura elettronica n. 55/2026 intestata a Lumen Eventi S.r.l.",
                "La fattura è stata recapitata correttamente al destinatario il 22/12/2026 alle 15:38.",
            ],
            rows=[
                ("Documento", "Fattura n. 55/2026"),
                ("Cliente", "Lumen Eventi S.r.l."),
                ("Importo", "1.464,00 €"),
                ("Stato SdI", "Consegnata (RC)"),
            ],
            footer=(
                "Fatture in Cloud - TeamSystem S.p.A., Via Sandro Pertini 88, 61122 Pesaro (PU)",
                "Ricevi questa email perché hai attivato le notifiche SdI.",
            ),
            button=("Vai al documento", "https://secure.fattureincloud.it/invoices"),
            lang="it",
        ),
        enc="qp",
    ),
    label=dict(note="SdI delivery receipt for the freelancer's own invoice 55/2026; not a payment"),
)

add(
    kind="other",
    lang="es",
    split="firstread",
    frm=("Holded", "notifications@holded.com"),
    to=JAV,
    subject="Talleres Arana ha abierto tu factura F2026-51",
    date="2027-01-12 10:55:12 +0100",
    mid="<{h16}.{h8}@mail.holded.com>",
    body=ALT(
        *card(
            "Holded",
            "#ff5a5f",
            "Tu cliente ha visto la factura",
            [
                "Hola Javier,",
                "Talleres Arana SA ha abierto la factura F2026-51 que le enviaste el 8 de enero.",
            ],
            rows=[
                ("Factura", "F2026-51"),
                ("Total", "1.210,00 €"),
                ("Vencimiento", "07/02/2027"),
                ("Estado", "Pendiente de cobro"),
            ],
            button=("Ver factura", "https://app.holded.com/invoicing"),
            footer=("Holded Technologies S.L. - Calle de Pallars 99, 08018 Barcelona",),
            lang="es",
        ),
        enc="qp",
    ),
    label=dict(note="invoicing software: client opened invoice 2026-51; still unpaid"),
)

add(
    kind="other",
    lang="es",
    split="firstread",
    frm=("BBVA", "comunicaciones@bbva.es"),
    to=JAV,
    subject="Javier, así serán tus cobros en 2027",
    date="2027-01-09 10:00:00 +0100",
    mid="<{h16}.{d10}@comunicaciones.bbva.es>",
    headers=[("List-Unsubscribe", "<https://www.bbva.es/baja?u=8841>"), ("Precedence", "bulk")],
    body=ALT(
        *card(
            "BBVA",
            "#004481",
            "Novedades para autónomos",
            [
                "Hola, Javier:",
                "Empieza el año cobrando más rápido: las transferencias inmediatas que recibas en tu Cuenta Negocios siguen siendo gratis.",
                "Además, con el TPV de BBVA puedes aceptar pagos con tarjeta y Bizum en tu web y recibir el dinero al día siguiente.",
                "Y si emites facturas, recuerda que desde la app puedes enviar un enlace de pago a tus clientes.",
            ],
            button=("Descúbrelo", "https://www.bbva.es/autonomos"),
            footer=(
                "Si no quieres recibir más comunicaciones comerciales, date de baja aquí.",
                "Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao",
            ),
            lang="es",
        ),
        enc="qp",
    ),
    label=dict(note="bank marketing newsletter"),
)

add(
    kind="other",
    lang="en",
    split="firstread",
    frm=("QuickBooks", "quickbooks@notification.intuit.com"),
    to=JAV,
    subject="Invoice INV-042 was viewed",
    date="2026-12-14 16:21:40 +0000",
    mid="<{h16}.{d10}@notification.intuit.com>",
    body=ALT(
        *card(
            "QuickBooks",
            "#2ca01c",
            "Your invoice was viewed",
            ["Hi Javier,", "Good news! Redwood Clinic LLC viewed invoice INV-042 for $1,100.00."],
            rows=[
                ("Invoice", "INV-042"),
                ("Customer", "Redwood Clinic LLC"),
                ("Amount due", "$1,100.00"),
                ("Due date", "01/13/2027"),
            ],
            button=("View invoice", "https://qbo.intuit.com/app/invoices"),
            footer=("Intuit Inc., 2700 Coast Avenue, Mountain View, CA 94043",),
            lang="en",
        ),
        enc="qp",
    ),
    label=dict(note="invoice viewed, still due; not a payment"),
)

add(
    kind="other",
    lang="en",
    split="firstread",
    frm=("PayPal", "service@paypal.co.uk"),
    to=ALE,
    subject="Marcus Lee is requesting £45.00 GBP",
    date="2026-12-05 20:13:58 +0000",
    mid="<{h16}.{d10}.JavaMail.httpd@paypal.com>",
    body=ALT(
        *paypal(
            "en",
            "Request for money",
            "£45.00 GBP",
            [
                "Hi Alessandra Rossi,",
                "Marcus Lee sent you a request for £45.00 GBP.",
                'Note from Marcus Lee: "your half of the printing for the fair stand"',
            ],
            [("Requested amount", "£45.00 GBP"), ("Requested by", "Marcus Lee (marcus.lee.print@gmail.com)")],
            ["Pay now by logging in to your PayPal account."],
            ppid="PPID PP1430 - 3cf08a12e95d7",
        ),
        enc="qp",
    ),
    label=dict(note="a request for the freelancer to pay someone; nothing received"),
)

# ---- dev

add(
    kind="other",
    lang="it",
    split="dev",
    frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"),
    to=ALE,
    subject="Fatturazione Elettronica: Notifica di esito per la fattura n. 57/2026",
    date="2027-01-15 09:12:48 +0100",
    mid="<{h16}.{d10}@fatturazioneelettronica.aruba.it>",
    body=ALT(
        *bank(
            "Aruba Fatturazione Elettronica",
            "#e8650a",
            "Notifica di esito committente",
            "Gentile Cliente,",
            [
                "ti informiamo che per la fattura elettronica indicata è stata ricevuta dal Sistema di Interscambio la seguente notifica:"
            ],
            [
                ("Tipo notifica", "Notifica di esito (NE)"),
                ("Esito", "EC01 - Accettazione"),
                ("Numero fattura", "57/2026"),
                ("Data fattura", "18/12/2026"),
                ("Destinatario", "COMUNE DI VALSERENA - Codice Univoco UF2K7Q"),
                ("Identificativo SdI", "13587204611"),
            ],
            ["Puoi consultare la notifica completa nel pannello di Fatturazione Elettronica."],
            footer=(
                "Aruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG) - P.IVA 01573850516",
                "Questo è un messaggio automatico, si prega di non rispondere.",
            ),
            lang="it",
        ),
        enc="qp",
    ),
    label=dict(note="SdI 'notifica di esito' (PA accepted the invoice 57/2026); acceptance is not payment"),
)

add(
    kind="other",
    lang="it",
    split="dev",
    frm=("Nexi", "newsletter@news.nexi.it"),
    to=ALE,
    subject="Accetta pagamenti ovunque: 3 mesi senza canone",
    date="2026-11-24 11:30:00 +0100",
    mid="<{h16}.{d10}@news.nexi.it>",
    headers=[
        ("List-Unsubscribe", "<mailto:unsubscribe@news.nexi.it?subject=unsubscribe>"),
        ("Precedence", "bulk"),
    ],
    body=ALT(
        *card(
            "Nexi",
            "#2d32aa",
            "Ogni pagamento conta",
            [
                "Ciao Alessandra,",
                "con Nexi SmartPOS Mini ricevi pagamenti con carte, smartphone e smartwatch ovunque tu sia.",
                "Solo per i liberi professionisti: 3 mesi senza canone e accredito degli incassi in 1 giorno lavorativo.",
                "Offerta valida fino al 31/12/2026.",
            ],
            button=("Scopri l'offerta", "https://www.nexi.it/professionisti"),
            footer=(
                "Nexi Payments S.p.A. - Corso Sempione 55, 20149 Milano",
                "Per non ricevere più le nostre comunicazioni clicca qui.",
            ),
            lang="it",
        ),
        enc="qp",
    ),
    label=dict(note="marketing about POS payments"),
)

add(
    kind="other",
    lang="es",
    split="dev",
    frm=("Banco Santander", "no-reply@bancosantander.es"),
    to=JAV,
    subject="Transferencia realizada",
    date="2026-12-01 09:27:03 +0100",
    mid="<{h12}{d6}@mail.bancosantander.es>",
    body=ALT(
        *santander(
            "Transferencia realizada",
            ["Le confirmamos que se ha realizado la siguiente transferencia desde su cuenta:"],
            [
                ("Importe", "242,00 EUR"),
                ("Beneficiario", "GESTORIA LOPEZ ASESORES SL"),
                ("Concepto", "Cuota asesoría noviembre - Fra. A-2026/311"),
                ("Cuenta de cargo", "ES** **** **** **** **** 6014"),
                ("Fecha", "01/12/2026"),
            ],
        ),
        enc="qp",
    ),
    label=dict(note="outgoing transfer: the freelancer paid his tax adviser"),
)

add(
    kind="other",
    lang="es",
    split="dev",
    frm=("FacturaDirecta", "avisos@facturadirecta.com"),
    to=JAV,
    subject="Factura 2026-53 enviada a Hostal Mar Blava SL",
    date="2027-01-20 13:44:37 +0100",
    mid="<{h16}@facturadirecta.com>",
    body=T(
        """Hola Javier,

Tu factura 2026-53 se ha enviado correctamente por email a Hostal Mar Blava SL (administracion@hostalmarblava.es).

  Importe total: 544,50 €
  Vencimiento:   19/02/2027

Te avisaremos cuando tu cliente la abra.

Un saludo,
El equipo de FacturaDirecta

--
FacturaDirecta · Software de facturación online
""",
        "8bit",
    ),
    label=dict(note="invoicing software: invoice 2026-53 sent; not a payment"),
)

add(
    kind="other",
    lang="es",
    split="dev",
    frm=("Banco Sabadell", "noreply@bancsabadell.com"),
    to=JAV,
    subject="Te han solicitado un Bizum",
    date="2027-02-06 21:18:20 +0100",
    mid="<{h16}@alertas.bancsabadell.com>",
    body=T(
        """Hola JAVIER,

PABLO R. te ha solicitado 12,50 EUR por Bizum.
Concepto: cena jueves

Puedes aceptar o rechazar la solicitud desde la app Sabadell.

Banco de Sabadell, S.A.
Este correo es un aviso automático. No responda a esta dirección.
""",
        "qp",
    ),
    label=dict(note="Bizum request: someone asks the freelancer to pay; nothing received"),
)

add(
    kind="other",
    lang="en",
    split="dev",
    frm=("Xero", "messaging-service@post.xero.com"),
    to=ALE,
    subject="Online invoice 58/2026 viewed by Brightside Studio B.V.",
    date="2027-01-19 08:09:51 +0000",
    mid="<{h32}@post.xero.com>",
    body=ALT(
        *card(
            "Xero",
            "#13b5ea",
            "Invoice viewed",
            ["Hi Alessandra,", "Brightside Studio B.V. has viewed online invoice 58/2026."],
            rows=[("Invoice", "58/2026"), ("Amount due", "EUR 2,196.00"), ("Due", "31 Jan 2027")],
            button=("View invoice in Xero", "https://go.xero.com/AccountsReceivable"),
            footer=("Xero Limited, 1 Broadgate, London EC2M 2QS",),
            lang="en",
        ),
        enc="qp",
    ),
    label=dict(note="invoice viewed notification; still unpaid"),
)

add(
    kind="other",
    lang="en",
    split="dev",
    frm=("GoCardless", "help@gocardless.com"),
    to=ALE,
    subject="Payment failed: £600.00 from Kestrel Events",
    date="2027-02-02 07:33:10 +0000",
    mid="<{h16}.{h8}@gocardless.com>",
    body=ALT(
        *card(
            "GoCardless",
            "#1c1b18",
            "A payment has failed",
            [
                "Hi Alessandra,",
                "Unfortunately the payment below could not be collected from your customer's bank account.",
                "Reason: the customer's bank declined the Direct Debit (insufficient funds). We will not retry automatically.",
            ],
            rows=[
                ("Customer", "Kestrel Events"),
                ("Amount", "£600.00"),
                ("Reference", "59/2026"),
                ("Charge date", "01/02/2027"),
                ("Payment ID", "PM00Y4ZQ8T2K1N"),
            ],
            button=("Retry payment", "https://manage.gocardless.com/payments"),
            footer=("GoCardless Ltd, Sutton Yard, 65 Goswell Road, London, EC1V 7EN.",),
            lang="en",
        ),
        enc="qp",
    ),
    label=dict(note="failed Direct Debit collection for invoice 59/2026; money NOT received"),
)

add(
    kind="other",
    lang="en",
    split="dev",
    frm=("HSBC UK", "hsbc@notification.hsbc.co.uk"),
    to=ALE,
    subject="Your December statement is ready to view",
    date="2027-01-03 05:10:22 +0000",
    mid="<{h16}@notification.hsbc.co.uk>",
    body=T(
        """Dear Customer,

Your statement for your account ending 6638 is now available to view
in online banking.

It includes all payments in and out between 1 and 31 December 2026.

Yours sincerely,
HSBC UK

This is an automated message - please do not reply.
""",
        "7bit",
        "us-ascii",
    ),
    label=dict(note="statement availability notice"),
)


# ==========================================================================
# AUTO-REPLIES
# ==========================================================================


def outlook(paras, lang="it"):
    """Outlook / Exchange automatic reply body (plain + Word-generated HTML)."""
    text = "\n\n".join(paras) + "\n"
    ps = "\n".join(
        '<p class="MsoNormal">%s<o:p></o:p></p>' % (_esc(p).replace("\n", "<br>\n")) for p in paras
    )
    html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 2.0cm 2.0cm 2.0cm;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
%s
</div>
</body>
</html>
""" % (lang.upper() + "-" + {"it": "IT", "es": "ES", "en": "GB"}[lang], ps)
    return text, html


def exch(sender, topic, lang, auto=True):
    h = [
        ("Thread-Topic", topic),
        ("Thread-Index", "AQHb" + _b(topic + sender, 20)),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Language", {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang]),
    ]
    if auto:
        h = [
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", sender),
        ] + h
    return h


OUTLOOK_MID = "<AM9PR07MB{H16}@AM9PR07MB{d6}.eurprd07.prod.outlook.com>"


def ar(lang, split, frm, to, subject, date, body, irt=None, headers=(), mid=None, **label):
    add(
        kind="auto-reply",
        lang=lang,
        split=split,
        frm=frm,
        to=to,
        subject=subject,
        date=date,
        body=body,
        irt=irt,
        headers=list(headers),
        mid=mid or "<{h16}.{d10}@%s>" % frm[1].split("@")[1],
        label=label,
    )


# ---- Italian, firstread

s = ("Giulia Moretti", "g.moretti@tipografiamoretti.it")
ar(
    "it",
    "firstread",
    s,
    ALE,
    "Risposta automatica: Sollecito di pagamento – fattura 5/2026",
    "2026-12-21 09:01:13 +0100",
    ALT(
        *outlook(
            [
                "Buongiorno,",
                "sarò fuori ufficio fino al 7 gennaio con accesso limitato alla posta elettronica.\nPer urgenze potete contattare l'ufficio al numero 0432 512890 o scrivere a info@tipografiamoretti.it.",
                "Cordiali saluti\nGiulia Moretti",
            ],
            "it",
        ),
        enc="qp",
    ),
    irt="<reminder-0412@example.it>",
    mid=OUTLOOK_MID,
    headers=exch(s[1], "Sollecito di pagamento – fattura 5/2026", "it"),
    return_date="2027-01-07",
    note="Exchange OOF with Auto-Submitted; 'fino al 7 gennaio', year from Date header",
)

ar(
    "it",
    "firstread",
    ("Marco Bellini", "marco.bellini@gmail.com"),
    ALE,
    "Re: Promemoria: fattura 7/2026 in scadenza",
    "2026-12-30 11:20:44 +0100",
    T(
        """Ciao, grazie per il messaggio.
Sono in ferie e rientrerò lunedì 11 gennaio: risponderò a tutte le email appena possibile.

Marco

--
Questa è una risposta automatica.
""",
        "qp",
    ),
    irt="<reminder-0437@example.it>",
    mid="<CAF{h16}{h8}+{h12}@mail.gmail.com>",
    return_date="2027-01-11",
    note="no auto-reply headers, 'Re:' subject; body says automatic",
)

ar(
    "it",
    "firstread",
    ("Segreteria Studio Ferri", "segreteria@studioferri.it"),
    ALE,
    "Messaggio automatico – assenza",
    "2026-12-23 17:05:00 +0100",
    ALT(
        *inline(
            "Studio Ferri",
            [
                "Gentile mittente,",
                "lo studio resterà chiuso per le festività natalizie. Saremo di nuovo operativi giovedì sette gennaio.\nLe email ricevute in questo periodo verranno lette al nostro rientro.",
                "Buone feste!\nStudio Grafico Ferri",
            ],
            ("Studio Grafico Ferri - Via Mazzini 14, 37121 Verona",),
            font="Georgia",
        ),
        enc="qp",
    ),
    irt="<reminder-0441@example.it>",
    return_date="2027-01-07",
    note="date in words ('giovedì sette gennaio'); no headers",
)

ar(
    "it",
    "firstread",
    ("Ing. Paolo Ferrante", "p.ferrante@ferrantearchitetti.it"),
    ALE,
    "Fuori sede - Re: Sollecito pagamento fattura 8/2026",
    "2026-11-19 10:42:17 +0100",
    T(
        """Sono fuori sede per un convegno, rientro lunedì.
Per questioni urgenti chiamare lo studio allo 051 228430.

Paolo Ferrante
Ferrante Architetti Associati
""",
        "8bit",
    ),
    irt="<reminder-0218@example.it>",
    headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
    return_date="2026-11-23",
    note="weekday only ('rientro lunedì'), Date is Thursday 19 Nov -> Monday 23 Nov",
)

ar(
    "it",
    "firstread",
    ("Francesca Neri", "francesca.neri@outlook.it"),
    ALE,
    "Re: Promemoria fattura 10/2026",
    "2026-12-28 08:30:02 +0100",
    T(
        """Buongiorno,
sono in ferie con accesso limitato alla posta. Tornerò operativa dopo l'Epifania.

Grazie,
Francesca

[risposta automatica]
""",
        "8bit",
    ),
    irt="<reminder-0433@example.it>",
    note="'dopo l'Epifania' is not a stated return date -> return_date absent; no headers",
)

ar(
    "it",
    "firstread",
    ("Edil Sarti", "info@edilsarti.it"),
    ALE,
    "Indirizzo non più attivo",
    "2026-11-16 07:50:39 +0100",
    T(
        """Questo indirizzo email non è più attivo.
Per comunicazioni amministrative scrivere a amministrazione@sartisrl.it;
per informazioni commerciali a vendite@sartisrl.it.

Il messaggio non verrà inoltrato.
""",
        "qp",
    ),
    irt="<reminder-0201@example.it>",
    headers=[("Auto-Submitted", "auto-replied")],
    note="address no longer active, new address given; no return date",
)


def freshdesk_it(ticket, paras, sig):
    return card(
        sig,
        "#2c5cc5",
        "Ticket #%s ricevuto" % ticket,
        paras,
        footer=("Questa email è stata inviata da %s tramite Freshdesk." % sig,),
        lang="it",
    )


ar(
    "it",
    "firstread",
    ("Assistenza Clienti Verdemare", "assistenza@verdemare.it"),
    ALE,
    "Ticket #48211 ricevuto - Sollecito di pagamento fattura 11/2026",
    "2026-11-27 14:02:58 +0100",
    ALT(
        *freshdesk_it(
            "48211",
            [
                "Gentile Alessandra Rossi,",
                "la sua richiesta è stata ricevuta ed è stata registrata con il ticket #48211.",
                "Un nostro operatore la prenderà in carico il prima possibile.",
                "Per aggiungere informazioni risponda a questa email senza modificare l'oggetto.",
                "Cordiali saluti,\nServizio Clienti Verdemare",
            ],
            "Verdemare S.r.l.",
        ),
        enc="qp",
    ),
    irt="<reminder-0299@example.it>",
    mid="<{h16}.{d10}.freshdesk@verdemare.it>",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Freshdesk")],
    note="help-desk ticket acknowledgement",
)

ar(
    "it",
    "firstread",
    ("Ufficio Amministrazione - Gruppo Ventura", "amministrazione@gruppoventura.it"),
    ALE,
    "Re: Sollecito di pagamento – fattura 13/2026",
    "2026-12-04 09:15:31 +0100",
    T(
        """Gentile fornitore,

abbiamo ricevuto la sua email e le risponderemo entro 48 ore lavorative.
Le ricordiamo che le fatture vanno inviate esclusivamente tramite SdI
(codice destinatario M5UXCR1).

Questo messaggio è generato automaticamente.

Ufficio Amministrazione
Gruppo Ventura S.p.A.
""",
        "b64",
    ),
    irt="<reminder-0322@example.it>",
    note="'received, will reply within 48 hours'; no headers; base64 text",
)

ar(
    "it",
    "firstread",
    ("Contabilità Fornitori - Cantina Valle Antica", "fornitori@valleantica.it"),
    ALE,
    "Risposta automatica: Sollecito pagamento fattura 15/2026",
    "2026-12-22 16:48:20 +0100",
    ALT(
        *outlook(
            [
                "Gentile fornitore,",
                "l'ufficio amministrazione è chiuso per inventario fino all'8 gennaio.\nI pagamenti ai fornitori riprenderanno dal 15 gennaio secondo le scadenze concordate.",
                "Per sollecitare un pagamento scaduto la preghiamo di scriverci dopo tale data.",
                "Cantina Valle Antica Soc. Agr.",
            ],
            "it",
        ),
        enc="qp",
    ),
    irt="<reminder-0450@example.it>",
    mid=OUTLOOK_MID,
    headers=exch("fornitori@valleantica.it", "Sollecito pagamento fattura 15/2026", "it", auto=False),
    return_date="2027-01-08",
    note="tricky: mentions pagamenti (generic payment runs resume 15 Jan) but it is an auto-reply, not a promise; office closed until 8 Jan; no auto headers",
)

# ---- Italian, dev

ar(
    "it",
    "dev",
    ("Sara Rinaldi", "sara@rinaldistudio.it"),
    ALE,
    "Fuori sede",
    "2026-12-14 08:02:11 +0100",
    T(
        """Sono fuori sede dal 14 al 18 dicembre per un cantiere.
Rientrerò in ufficio lunedì 21 dicembre.

Sara Rinaldi
""",
        "8bit",
    ),
    irt="<reminder-0390@example.it>",
    mid="<{d10}.{h8}.JavaMail.zimbra@rinaldistudio.it>",
    headers=[
        ("Precedence", "auto_reply"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Mailer", "Zimbra 9.0.0_GA_4546"),
    ],
    return_date="2026-12-21",
)

ar(
    "it",
    "dev",
    ("Enrico Gatti", "enrico.gatti@studiogatti.it"),
    ALE,
    "R: Sollecito pagamento fattura 17/2026",
    "2027-01-18 11:11:40 +0100",
    T(
        """Risposta automatica: sono assente per malattia.
Per qualsiasi necessità rivolgersi alla segreteria (segreteria@studiogatti.it, tel. 02 4859 3310).

Dott. Enrico Gatti
""",
        "qp",
        "iso-8859-1",
    ),
    irt="<reminder-0512@example.it>",
    note="'R:' subject looks like a human reply, body says automatic; no headers; no return date",
)

ar(
    "it",
    "dev",
    ("Luca Pini", "luca@bottegaorafapini.it"),
    ALE,
    "Assenza: Promemoria fattura 20/2026",
    "2026-12-24 12:00:05 +0100",
    T(
        """Gentile cliente,
sarò assente fino a lunedì 4 gennaio 2027.
Le email non vengono lette né inoltrate durante la mia assenza.

Luca Pini
Bottega Orafa Pini
""",
        "8bit",
    ),
    irt="<reminder-0455@example.it>",
    headers=[("X-Autorespond", "Assenza"), ("Precedence", "bulk")],
    return_date="2027-01-04",
)

ar(
    "it",
    "dev",
    ("Autofficina Cerruti", "info@autofficinacerruti.it"),
    ALE,
    "Re: Sollecito fattura 51/2026",
    "2026-12-23 19:40:12 +0100",
    T(
        """Grazie per averci scritto.

Il nostro ufficio resterà chiuso per le festività dal 24 dicembre al 6 gennaio compresi.
Riapriremo giovedì 7 gennaio.

Messaggio automatico - Autofficina Cerruti snc
""",
        "qp",
    ),
    irt="<reminder-0449@example.it>",
    return_date="2027-01-07",
    note="closed 24/12-6/1 inclusive, reopening explicitly stated as 7 Jan; no headers",
)

s = ("Chiara Benedetti", "c.benedetti@benedettimoda.it")
ar(
    "it",
    "dev",
    s,
    ALE,
    "Risposta automatica: Promemoria: fattura 53/2026 in scadenza",
    "2027-02-05 09:25:48 +0100",
    ALT(
        *outlook(
            [
                "Sono in maternità e non leggo questa casella.",
                "Per la contabilità scrivere a contabilita@benedettimoda.it.",
                "Chiara Benedetti",
            ],
            "it",
        ),
        enc="b64",
    ),
    irt="<reminder-0601@example.it>",
    mid=OUTLOOK_MID,
    headers=exch(s[1], "Promemoria: fattura 53/2026 in scadenza", "it"),
    note="maternity leave, no return date",
)

ar(
    "it",
    "dev",
    ("Marchetti & Figli", "info@marchettiefigli.it"),
    ALE,
    "Indirizzo non presidiato",
    "2027-01-27 13:13:13 +0100",
    T(
        """Gentile utente,
l'indirizzo info@marchettiefigli.it non è più presidiato.
Vi preghiamo di scrivere a ufficio@marchettiefigli.com.

Grazie.
""",
        "8bit",
    ),
    irt="<reminder-0577@example.it>",
    note="mailbox no longer monitored; no headers",
)

ar(
    "it",
    "dev",
    ("Help Center Edizioni La Corte", "support@edizionilacorte.zendesk.com"),
    ALE,
    "Richiesta ricevuta: Sollecito di pagamento – fattura 54/2026",
    "2027-02-11 10:04:26 +0100",
    ALT(
        """##- Digita la risposta sopra questa riga -##

La tua richiesta (4821) è stata ricevuta ed è in corso di revisione da parte del nostro staff di assistenza.

Per aggiungere ulteriori commenti, rispondi a questa email.

Questa email è un servizio di Edizioni La Corte. Con tecnologia Zendesk.
""",
        """<div style="color:#b5b5b5">##- Digita la risposta sopra questa riga -##</div>
<p dir="ltr">La tua richiesta (4821) è stata ricevuta ed è in corso di revisione da parte del nostro staff di assistenza.</p>
<p dir="ltr">Per aggiungere ulteriori commenti, rispondi a questa email.</p>
<div style="color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee">Questa email è un servizio di Edizioni La Corte. Con tecnologia <a href="https://www.zendesk.com/it" style="color:black">Zendesk</a>.</div>
<span style="color:#FFFFFF" aria-hidden="true">[4Q7RNZ-VK83]</span>
""",
        enc="qp",
    ),
    irt="<reminder-0622@example.it>",
    mid="<{h8}{h12}_{d10}_sprut@zendesk.com>",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")],
    note="Zendesk request acknowledgement",
)

ar(
    "it",
    "dev",
    ("Amministrazione Tessiture Riva", "amministrazione@tessitureriva.it"),
    ALE,
    "Re: Promemoria: fattura 56/2026 in scadenza",
    "2027-02-15 08:45:00 +0100",
    T(
        """Vi informiamo che dal 1° febbraio Tessiture Riva S.r.l. ha cambiato sede e indirizzi email.

Questo indirizzo non è più attivo: per l'amministrazione scrivere a fatture@riva-tessuti.it.

Risposta generata automaticamente.
""",
        "qp",
    ),
    irt="<reminder-0640@example.it>",
    note="address no longer active ('dal 1° febbraio' is the change date, not a return date); no headers",
)

s = ("Andrea Bortolami", "a.bortolami@bortolamiimpianti.it")
ar(
    "it",
    "dev",
    s,
    ALE,
    "Risposta automatica: Sollecito di pagamento – fattura 3/2026",
    "2027-02-05 14:30:51 +0100",
    ALT(
        *outlook(
            [
                "Sono in ferie fino al 15 febbraio.",
                "Per questioni relative a pagamenti e fatture rivolgersi a amministrazione@bortolamiimpianti.it (sig.ra Dalla Costa).",
                "Grazie,\nAndrea Bortolami",
            ],
            "it",
        ),
        enc="qp",
    ),
    irt="<reminder-0603@example.it>",
    mid=OUTLOOK_MID,
    headers=exch(s[1], "Sollecito di pagamento – fattura 3/2026", "it"),
    return_date="2027-02-15",
    note="mentions pagamenti but is only an OOF",
)

# ---- Spanish, firstread

s = ("Elena García", "egarcia@garciapuertas.es")
ar(
    "es",
    "firstread",
    s,
    JAV,
    "Respuesta automática: Recordatorio: factura 2026-5 pendiente de pago",
    "2026-12-22 10:10:34 +0100",
    ALT(
        *outlook(
            [
                "Estaré de vacaciones hasta el 8 de enero. Durante este periodo no tendré acceso al correo.",
                "Para asuntos urgentes, contacte con oficina@garciapuertas.es.",
                "Un saludo,\nElena García",
            ],
            "es",
        ),
        enc="qp",
    ),
    irt="<reminder-1103@example.it>",
    mid=OUTLOOK_MID,
    headers=exch(s[1], "Recordatorio: factura 2026-5 pendiente de pago", "es"),
    return_date="2027-01-08",
)

ar(
    "es",
    "firstread",
    ("Alberto Pérez", "alberto.perez.roig@gmail.com"),
    JAV,
    "Fuera de la oficina",
    "2027-01-02 12:00:41 +0100",
    T(
        """Hola, estoy fuera de la oficina. Volveré el lunes 11 de enero.
Si es urgente, llámame al 600 123 456.

Alberto
""",
        "8bit",
    ),
    irt="<reminder-1121@example.it>",
    mid="<CAJ{h16}{h8}+{h12}@mail.gmail.com>",
    return_date="2027-01-11",
    note="no auto-reply headers",
)

ar(
    "es",
    "firstread",
    ("Atención al Cliente Talleres Arana", "clientes@talleresarana.com"),
    JAV,
    "Hemos recibido su solicitud [#12345]",
    "2026-11-20 13:31:07 +0100",
    T(
        """Estimado/a cliente:

Hemos recibido su solicitud [#12345]. Uno de nuestros agentes le contestará lo antes posible.

Por favor, no modifique el asunto de este correo si desea añadir información a su consulta.

Atentamente,
Atención al Cliente
Talleres Arana, S.A.
""",
        "qp",
    ),
    irt="<reminder-1042@example.it>",
    note="ticket acknowledgement without any auto-reply header",
)

ar(
    "es",
    "firstread",
    ("Marta Vidal", "marta@vidalfotografia.es"),
    JAV,
    "Re: Factura 2026-8 vencida",
    "2026-11-25 18:12:50 +0100",
    T(
        """Hola, estoy de sesión fuera hasta el lunes, contestaré entonces. ¡Gracias!
Marta
""",
        "8bit",
    ),
    irt="<reminder-1077@example.it>",
    headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
    return_date="2026-11-30",
    note="weekday only ('hasta el lunes'); Date is Wednesday 25 Nov -> Monday 30 Nov",
)

ar(
    "es",
    "firstread",
    (None, "info@dislumen.es"),
    JAV,
    "Dirección no operativa",
    "2026-12-10 09:00:18 +0100",
    T(
        """Esta dirección de correo ya no está operativa.
Por favor, escriba a administracion@disenoslumen.es para cualquier asunto relacionado con facturación.

Este mensaje se ha generado automáticamente.
""",
        "qp",
        "iso-8859-1",
    ),
    irt="<reminder-1095@example.it>",
    note="address no longer in use; no headers",
)

ar(
    "es",
    "firstread",
    ("Soporte Mediaplus", "soporte@mediaplus.es"),
    JAV,
    "Ticket recibido - [#90517] Recordatorio: factura 2026-10 pendiente de pago",
    "2027-01-13 11:41:22 +0100",
    ALT(
        *card(
            "Mediaplus Soporte",
            "#2c5cc5",
            "Hemos recibido tu consulta",
            [
                "Hola Javier,",
                "Hemos recibido tu consulta y hemos abierto el ticket #90517.",
                "Nuestro equipo te responderá lo antes posible. Puedes consultar el estado de tu ticket en: https://soporte.mediaplus.es/support/tickets/90517",
                "Saludos,\nEquipo de Soporte de Mediaplus",
            ],
            footer=("Este correo ha sido enviado por Mediaplus Comunicación S.L. a través de Freshdesk.",),
            lang="es",
        ),
        enc="qp",
    ),
    irt="<reminder-1140@example.it>",
    mid="<{h16}.{d10}.freshdesk@mediaplus.es>",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Freshdesk")],
    note="Freshdesk ticket acknowledgement",
)

ar(
    "es",
    "firstread",
    ("Administración Inmobiliaria Costa Dorada", "administracion@costadorada-inmo.es"),
    JAV,
    "Re: Recordatorio: factura 2026-12 pendiente",
    "2026-12-02 16:20:09 +0100",
    T(
        """Gracias por su mensaje.
Le responderemos en un plazo máximo de 24-48 horas laborables.

Departamento de Administración
(Respuesta automática)
""",
        "8bit",
    ),
    irt="<reminder-1088@example.it>",
    note="'we will reply within 24-48h'; no headers",
)

ar(
    "es",
    "firstread",
    ("Laura Sanz - Clínica Sonrisas", "lsanz@clinicasonrisas.es"),
    JAV,
    "Respuesta automática: Factura 2026-13 vencida",
    "2027-01-25 08:05:44 +0100",
    ALT(
        *outlook(
            [
                "Me encuentro de baja médica sin fecha de vuelta definida.",
                "Para cualquier tema relacionado con pagos a proveedores, contacte con pagos@clinicasonrisas.es o llame al 91 555 20 40.",
                "Gracias.\nLaura Sanz",
            ],
            "es",
        ),
        enc="qp",
    ),
    irt="<reminder-1166@example.it>",
    mid=OUTLOOK_MID,
    headers=exch("lsanz@clinicasonrisas.es", "Factura 2026-13 vencida", "es", auto=False),
    note="tricky: mentions 'pagos' but only redirects; no return date; no auto headers",
)

# ---- Spanish, dev

ar(
    "es",
    "dev",
    ("Jorge Etxeberria", "jetxeberria@etxeberria-sa.com"),
    JAV,
    "Ausente: Recordatorio: factura 2026-15 pendiente de pago",
    "2026-12-21 07:30:26 +0100",
    T(
        """Estaré fuera del 21 de diciembre al 6 de enero, ambos inclusive. Me reincorporo el jueves 7.

Saludos,
Jorge Etxeberria
Construcciones Etxeberria S.A.
""",
        "qp",
    ),
    irt="<reminder-1150@example.it>",
    headers=[("Auto-Submitted", "auto-replied")],
    return_date="2027-01-07",
    note="range stated plus explicit return 'jueves 7' (January)",
)

ar(
    "es",
    "dev",
    ("Pilar Herrero", "pilarherrero@hotmail.es"),
    JAV,
    "Re: Recordatorio factura 2026-17",
    "2026-12-28 10:44:55 +0100",
    T(
        """[Respuesta automática] Estoy de vacaciones. Vuelvo el día 7.
""",
        "8bit",
    ),
    irt="<reminder-1160@example.it>",
    return_date="2027-01-07",
    note="'el día 7' after Date 28 Dec -> 7 January 2027; no headers",
)

ar(
    "es",
    "dev",
    ("Nerea Goikoetxea", "nerea@fisiosaludmadrid.es"),
    JAV,
    "Respuesta automática: Factura 2026-19 vencida",
    "2027-02-03 12:12:12 +0100",
    T(
        """Actualmente estoy fuera de la oficina con acceso limitado al correo electrónico.
Responderé a su mensaje lo antes posible.

Nerea Goikoetxea
FisioSalud Madrid
""",
        "8bit",
    ),
    irt="<reminder-1201@example.it>",
    headers=[("Precedence", "auto_reply"), ("Auto-Submitted", "auto-replied")],
    note="no return date",
)

ar(
    "es",
    "dev",
    ("Grupo Hostelero Bahía", "info@grupobahia.es"),
    JAV,
    "Re: Recordatorio: factura 2026-23 pendiente de pago",
    "2027-01-11 09:58:03 +0100",
    ALT(
        *inline(
            "Grupo Hostelero Bahía",
            [
                "Gracias por contactar con Grupo Hostelero Bahía.",
                "Su correo ha sido recibido y será atendido por el departamento correspondiente a la mayor brevedad.",
                "Este es un mensaje automático, por favor no responda.",
            ],
            ("Grupo Hostelero Bahía S.L. - Avda. del Puerto 12, 11006 Cádiz",),
            font="Arial",
        ),
        enc="b64",
    ),
    irt="<reminder-1180@example.it>",
    note="generic acknowledgement; no headers",
)

ar(
    "es",
    "dev",
    ("Bodegas Ruiz Alcalá", "soporte@ruizalcala.zendesk.com"),
    JAV,
    "Solicitud recibida: Recordatorio: factura 2026-25 pendiente de pago",
    "2026-12-17 15:15:47 +0100",
    ALT(
        """##- Escriba su respuesta encima de esta línea -##

Su solicitud (56123) ha sido recibida y está siendo revisada por nuestro equipo de soporte.

Para añadir comentarios adicionales, responda a este correo electrónico.

Este correo electrónico es un servicio de Bodegas Ruiz Alcalá. Con la tecnología de Zendesk.
""",
        """<div style="color:#b5b5b5">##- Escriba su respuesta encima de esta línea -##</div>
<p dir="ltr">Su solicitud (56123) ha sido recibida y está siendo revisada por nuestro equipo de soporte.</p>
<p dir="ltr">Para añadir comentarios adicionales, responda a este correo electrónico.</p>
<div style="color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee">Este correo electrónico es un servicio de Bodegas Ruiz Alcalá. Con la tecnología de <a href="https://www.zendesk.es" style="color:black">Zendesk</a>.</div>
<span style="color:#FFFFFF" aria-hidden="true">[8ZK1WE-LD50]</span>
""",
        enc="qp",
    ),
    irt="<reminder-1133@example.it>",
    mid="<{h8}{h12}_{d10}_sprut@zendesk.com>",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")],
    note="Zendesk acknowledgement",
)

ar(
    "es",
    "dev",
    ("Andrés Molina", "andres@restaurantemolina.es"),
    JAV,
    "Re: Factura 2026-28",
    "2027-01-27 10:30:00 +0100",
    T(
        """Respuesta automática: permanezco fuera de la oficina hasta el próximo martes, 2 de febrero.
Atenderé su correo a mi vuelta.

Andrés Molina
""",
        "qp",
    ),
    irt="<reminder-1190@example.it>",
    return_date="2027-02-02",
    note="no headers",
)

ar(
    "es",
    "dev",
    ("Facturación Vantage Hotels", "noreply-facturas@vantagehotels.es"),
    JAV,
    "Buzón no monitorizado",
    "2027-02-10 08:20:31 +0100",
    T(
        """Este buzón no se revisa.
Las facturas deben enviarse a facturas.proveedores@vantagehotels.es indicando el número de pedido.

No responda a este mensaje.
""",
        "8bit",
    ),
    irt="<reminder-1215@example.it>",
    headers=[("Auto-Submitted", "auto-replied")],
    note="unmonitored mailbox",
)

ar(
    "es",
    "dev",
    ("Sergio Llorente", "s.llorente@llorenteabogados.es"),
    JAV,
    "Fuera de la oficina: Recordatorio factura 2026-32",
    "2027-02-08 09:00:27 +0100",
    T(
        """Buenos días:

Me encuentro de viaje hasta el quince de febrero, con acceso muy limitado al correo.
Para asuntos urgentes, diríjase a mi compañera Ana Ruiz (aruiz@llorenteabogados.es).

Sergio Llorente
Llorente Abogados
""",
        "qp",
    ),
    irt="<reminder-1209@example.it>",
    return_date="2027-02-15",
    note="date in words; no headers",
)

ar(
    "es",
    "dev",
    ("Pablo Ríos", "pablo@riosarquitectura.es"),
    JAV,
    "Respuesta automática: Recordatorio: factura 2026-37",
    "2027-01-20 17:05:19 +0100",
    T(
        """Hola, estoy disfrutando de mi permiso de paternidad. Vuelvo en marzo.
Para temas de facturación escribid a estudio@riosarquitectura.es.

Pablo
""",
        "8bit",
    ),
    irt="<reminder-1188@example.it>",
    headers=[("X-Autoreply", "yes")],
    note="'vuelvo en marzo' gives only a month -> return_date absent",
)

ar(
    "es",
    "dev",
    ("Academia Idiomas Norte", "secretaria@idiomasnorte.es"),
    JAV,
    "Re: Recordatorio: factura 2026-39 pendiente de pago",
    "2026-12-23 14:00:00 +0100",
    T(
        """La oficina permanecerá cerrada por vacaciones de Navidad hasta el 7 de enero de 2027. A partir de esa fecha atenderemos su consulta.

¡Felices fiestas!
Academia de Idiomas Norte (mensaje automático)
""",
        "qp",
    ),
    irt="<reminder-1158@example.it>",
    return_date="2027-01-07",
    note="no headers",
)

# ---- English, firstread

s = ("Sarah Whitfield", "s.whitfield@greenhousemedia.co.uk")
ar(
    "en",
    "firstread",
    s,
    ALE,
    "Automatic reply: Reminder: invoice 6/2026 overdue",
    "2026-12-18 16:03:29 +0000",
    ALT(
        *outlook(
            [
                "Thank you for your email. I am out of the office until Monday 4 January with limited access to email.",
                "For urgent matters please contact accounts@greenhousemedia.co.uk.",
                "Kind regards,\nSarah",
            ],
            "en",
        ),
        enc="qp",
    ),
    irt="<reminder-0421@example.it>",
    mid=OUTLOOK_MID,
    headers=exch(s[1], "Reminder: invoice 6/2026 overdue", "en"),
    return_date="2027-01-04",
)

ar(
    "en",
    "firstread",
    ("Tom Baxter", "tom@thresholddigital.co.uk"),
    ALE,
    "Out of Office",
    "2026-12-02 09:15:03 +0000",
    T(
        """Hi, I'm away and back on Monday. I'll get back to you then.
Tom
""",
        "7bit",
        "us-ascii",
    ),
    irt="<reminder-0350@example.it>",
    return_date="2026-12-07",
    note="weekday only; Date is Wednesday 2 Dec -> Monday 7 Dec; no headers",
)

ar(
    "en",
    "firstread",
    ("Accounts", "accounts@oakridgepublishing.com"),
    ALE,
    "This mailbox is no longer monitored",
    "2026-11-12 10:40:00 -0500",
    T(
        """This mailbox is no longer monitored.

Please send invoices and payment queries to ap@oakridge-pub.com.
Your message has not been forwarded.
""",
        "7bit",
        "us-ascii",
    ),
    irt="<reminder-0207@example.it>",
    headers=[("Auto-Submitted", "auto-replied")],
)

ar(
    "en",
    "firstread",
    ("Fennel & Finch", "hello@fennelandfinch.co.uk"),
    ALE,
    "Re: Reminder: invoice 4/2026 overdue",
    "2026-11-08 12:30:44 +0000",
    T(
        """Thanks for your email – we've received it and will reply within 48 hours.

The Fennel & Finch team
(This is an automated response.)
""",
        "qp",
    ),
    irt="<reminder-0177@example.it>",
    note="no headers",
)

ar(
    "en",
    "firstread",
    ("Northwind Support", "support@northwindapps.zendesk.com"),
    JAV,
    "[Northwind Support] Re: Reminder: invoice 2026-3 overdue",
    "2026-11-10 07:02:18 -0800",
    ALT(
        """##- Please type your reply above this line -##

Your request (71544) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Northwind Apps. Delivered by Zendesk.
""",
        """<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p dir="ltr">Your request (71544) has been received and is being reviewed by our support staff.</p>
<p dir="ltr">To add additional comments, reply to this email.</p>
<div style="color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee">This email is a service from Northwind Apps. Delivered by <a href="https://www.zendesk.com" style="color:black">Zendesk</a>.</div>
<span style="color:#FFFFFF" aria-hidden="true">[NW9EX2-L4Q7]</span>
""",
        enc="qp",
    ),
    irt="<reminder-1010@example.it>",
    mid="<{h8}{h12}_{d10}_sprut@zendesk.com>",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")],
)

ar(
    "en",
    "firstread",
    ("Oliver Hughes", "oliver@hughes-illustration.com"),
    ALE,
    "Re: Reminder: invoice 1/2026",
    "2026-12-23 10:00:37 +0000",
    T(
        """Hi! I'm currently on leave, returning on the 4th. I'll reply to your email then.

(Auto-reply)
""",
        "7bit",
        "us-ascii",
    ),
    irt="<reminder-0446@example.it>",
    return_date="2027-01-04",
    note="'the 4th' after Date 23 Dec -> 4 January 2027; no headers",
)

ar(
    "en",
    "firstread",
    ("Accounts Payable - Helix Analytics", "ap@helix-analytics.de"),
    ALE,
    "Auto-reply: Reminder: invoice 2/2026 overdue",
    "2026-11-17 09:12:00 +0100",
    T(
        """Thank you for contacting Accounts Payable.

Payment runs take place on the 15th and on the last working day of each month.
Invoices are paid according to the agreed payment terms once approved.

We aim to respond to all enquiries within 5 working days.

Accounts Payable Team
Helix Analytics GmbH
""",
        "7bit",
        "us-ascii",
    ),
    irt="<reminder-0229@example.it>",
    note="tricky: talks about payment runs but is a generic AP auto-reply, not a payment or promise; no headers",
)

ar(
    "en",
    "firstread",
    ("Rachel Kim", "rachel@harborpine.com"),
    JAV,
    "Out of office",
    "2026-12-01 11:45:10 -0500",
    T(
        """I'm on parental leave until March. For anything urgent, please reach out to ops@harborpine.com.
""",
        "7bit",
        "us-ascii",
    ),
    irt="<reminder-1090@example.it>",
    headers=[("X-Autoreply", "yes")],
    note="'until March' gives no day -> return_date absent",
)

# ---- English, dev

s = ("James Pearson", "james.pearson@pearsonlegal.co.uk")
ar(
    "en",
    "dev",
    s,
    ALE,
    "Automatic reply: Reminder: invoice 60/2026 overdue",
    "2026-12-21 08:44:16 +0000",
    ALT(
        *outlook(
            [
                "I'm out of the office from 21 December, returning 05/01/2027. Emails will not be forwarded.",
                "Regards,\nJames Pearson",
            ],
            "en",
        ),
        enc="b64",
    ),
    irt="<reminder-0459@example.it>",
    mid=OUTLOOK_MID,
    headers=exch(s[1], "Reminder: invoice 60/2026 overdue", "en"),
    return_date="2027-01-05",
    note="UK day/month format 05/01/2027",
)

ar(
    "en",
    "dev",
    ("Dana Whitaker", "dana@larkspurdental.com"),
    JAV,
    "Re: Reminder: invoice 2026-4 overdue",
    "2026-12-24 09:12:30 -0500",
    T(
        """Happy holidays! Our office is closed and I'll be back in the office on 1/5.
I will respond to your message upon my return.

-- Auto response --
""",
        "7bit",
        "us-ascii",
    ),
    irt="<reminder-1170@example.it>",
    return_date="2027-01-05",
    note="US month/day '1/5' from a US sender -> 5 January; no headers",
)

ar(
    "en",
    "dev",
    ("Kestrel Events", "bookings@kestrelevents.co.uk"),
    ALE,
    "Out of Office: back tomorrow",
    "2027-02-11 15:30:00 +0000",
    T(
        """Hello,

The office is closed today for staff training. We're back tomorrow and will reply then.

Kestrel Events
""",
        "7bit",
        "us-ascii",
    ),
    irt="<reminder-0630@example.it>",
    headers=[("Precedence", "auto_reply"), ("X-Autorespond", "Out of Office")],
    return_date="2027-02-12",
    note="'back tomorrow' relative to Date Thursday 11 Feb",
)

ar(
    "en",
    "dev",
    ("Klaus Becker", "k.becker@becker-consulting.de"),
    JAV,
    "Re: Reminder: invoice 2026-6",
    "2027-01-10 20:00:08 +0100",
    T(
        """Hi, I'm travelling with limited connectivity until the 18th of January. Replies may be delayed.

Klaus

This is an automatic reply.
""",
        "7bit",
        "us-ascii",
    ),
    irt="<reminder-1185@example.it>",
    return_date="2027-01-18",
    note="no headers",
)

ar(
    "en",
    "dev",
    ("Tidewater Books Support", "support@tidewaterbooks.freshdesk.com"),
    JAV,
    "Ticket Received - Reminder: invoice 2026-40 overdue",
    "2027-02-16 10:21:55 +0000",
    ALT(
        *card(
            "Tidewater Books",
            "#2c5cc5",
            "Ticket received",
            [
                "Dear Javier Martín,",
                "We would like to acknowledge that we have received your request and a ticket has been created.\nTicket ID: #5523",
                "A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).",
            ],
            footer=("This email was sent by Tidewater Books Ltd via Freshdesk.",),
            lang="en",
        ),
        enc="qp",
    ),
    irt="<reminder-1220@example.it>",
    mid="<{h16}.{d10}.freshdesk@tidewaterbooks.freshdesk.com>",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Freshdesk")],
)

ar(
    "en",
    "dev",
    ("Finance", "finance@maplegrove-software.com"),
    JAV,
    "Address change notice",
    "2026-11-30 13:05:47 -0500",
    T(
        """This email address is no longer in use. Please update your records and contact finance@maplegrovesoftware.io.

Thank you.
""",
        "7bit",
        "us-ascii",
    ),
    irt="<reminder-1081@example.it>",
    note="address no longer in use; no headers",
)

ar(
    "en",
    "dev",
    ("Michael Dunn", "m.dunn@hollowaydunn.co.uk"),
    ALE,
    "Out of Office: Reminder: invoice 62/2026",
    "2027-02-22 09:40:33 +0000",
    T(
        """I am currently out of the office and will respond to your email as soon as possible after my return.

Michael Dunn
Holloway & Dunn LLP
""",
        "7bit",
        "us-ascii",
    ),
    irt="<reminder-0655@example.it>",
    headers=[("Auto-Submitted", "auto-replied")],
    note="no return date",
)

ar(
    "en",
    "dev",
    ("Sunset Realty Partners", "office@sunsetrealty.com"),
    ALE,
    "Re: Reminder: invoice 63/2026 overdue",
    "2026-12-30 10:10:10 -0800",
    ALT(
        *inline(
            "Sunset Realty Partners",
            [
                "Thank you for your message. Our offices are closed for the holidays and will reopen on Tuesday, January 5, 2027.",
                "Wishing you a happy New Year!\nSunset Realty Partners",
                "*This is an automated message.*",
            ],
            ("Sunset Realty Partners, 880 Ocean Ave, Santa Monica, CA 90401",),
            font="Georgia",
        ),
        enc="qp",
    ),
    irt="<reminder-0461@example.it>",
    return_date="2027-01-05",
    note="no headers",
)

ar(
    "en",
    "dev",
    ("Mark Pearce", "mark@pebbleandloom.co.uk"),
    ALE,
    "Re: Reminder: invoice 64/2026",
    "2026-12-19 18:22:41 +0000",
    T(
        """Hi, thanks for getting in touch. I'm away until after the New Year and checking emails only occasionally.

Mark (auto-reply)
""",
        "7bit",
        "us-ascii",
    ),
    irt="<reminder-0438@example.it>",
    note="'until after the New Year' is vague -> return_date absent; no headers",
)


# ==========================================================================
# BOUNCES (DSNs)
# ==========================================================================


def bounce(
    lang,
    split,
    frm,
    to,
    subject,
    date,
    body,
    mid,
    rcpt,
    permanent,
    note=None,
    headers=(),
    received=False,
    relay=None,
):
    lab = dict(failed_recipient=rcpt, permanent=permanent)
    if note:
        lab["note"] = note
    add(
        kind="bounce",
        lang=lang,
        split=split,
        frm=frm,
        to=to,
        subject=subject,
        date=date,
        body=body,
        mid=mid,
        return_path="<>",
        received=received,
        relay=relay,
        headers=list(headers),
        label=lab,
    )


# ---- firstread

orig = reminder(
    "contabilita@lavanderiabruni.it",
    "Sollecito di pagamento – fattura 65/2026",
    "<reminder-0236@example.it>",
    date="Mon, 16 Nov 2026 09:00:02 +0100",
)
bounce(
    "en",
    "firstread",
    "MAILER-DAEMON@mail.example.it (Mail Delivery System)",
    ALE,
    "Undelivered Mail Returned to Sender",
    "2026-11-16 09:00:04 +0100",
    DSN(
        """This is the mail system at host mail.example.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<contabilita@lavanderiabruni.it>: host mx.lavanderiabruni.it[198.51.100.23]
    said: 550 5.1.1 <contabilita@lavanderiabruni.it>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""",
        [
            ("Reporting-MTA", "dns; mail.example.it"),
            ("X-Postfix-Queue-ID", "4Q7mKx2Zb9z3wNd"),
            ("X-Postfix-Sender", "rfc822; alessandra@example.it"),
            ("Arrival-Date", "Mon, 16 Nov 2026 09:00:02 +0100 (CET)"),
        ],
        [
            [
                ("Final-Recipient", "rfc822; contabilita@lavanderiabruni.it"),
                ("Original-Recipient", "rfc822;contabilita@lavanderiabruni.it"),
                ("Action", "failed"),
                ("Status", "5.1.1"),
                ("Remote-MTA", "dns; mx.lavanderiabruni.it"),
                (
                    "Diagnostic-Code",
                    "smtp; 550 5.1.1 <contabilita@lavanderiabruni.it>:\n    Recipient address rejected: User unknown in virtual mailbox table",
                ),
            ]
        ],
        orig,
    ),
    "<20261116080004.4Q7mKx2Zb9z3wNd@mail.example.it>",
    "contabilita@lavanderiabruni.it",
    True,
    headers=[("Auto-Submitted", "auto-replied")],
)

orig = reminder(
    "amministrazione@ortofrutticolamazza.it",
    "Promemoria: fattura 66/2026 in scadenza",
    "<reminder-0309@example.it>",
    date="Thu, 03 Dec 2026 08:30:00 +0100",
)
bounce(
    "en",
    "firstread",
    "MAILER-DAEMON@mail.example.it (Mail Delivery System)",
    ALE,
    "Delayed Mail (still being retried)",
    "2026-12-03 12:41:19 +0100",
    DSN(
        """This is the mail system at host mail.example.it.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<amministrazione@ortofrutticolamazza.it>: connect to
    mx1.ortofrutticolamazza.it[192.0.2.77]:25: Connection timed out
""",
        [
            ("Reporting-MTA", "dns; mail.example.it"),
            ("X-Postfix-Queue-ID", "4QXd1T0bLkz3wPq"),
            ("X-Postfix-Sender", "rfc822; alessandra@example.it"),
            ("Arrival-Date", "Thu,  3 Dec 2026 08:30:00 +0100 (CET)"),
        ],
        [
            [
                ("Final-Recipient", "rfc822; amministrazione@ortofrutticolamazza.it"),
                ("Original-Recipient", "rfc822;amministrazione@ortofrutticolamazza.it"),
                ("Action", "delayed"),
                ("Status", "4.4.1"),
                (
                    "Diagnostic-Code",
                    "X-Postfix; connect to mx1.ortofrutticolamazza.it[192.0.2.77]:25:\n    Connection timed out",
                ),
                ("Will-Retry-Until", "Tue,  8 Dec 2026 08:30:00 +0100 (CET)"),
            ]
        ],
        orig,
        orig_type="text/rfc822-headers",
    ),
    "<20261203114119.4QXd1T0bLkz3wPq@mail.example.it>",
    "amministrazione@ortofrutticolamazza.it",
    False,
    note="delay warning, still being retried",
    headers=[("Auto-Submitted", "auto-replied")],
)


def gmail_dsn_html(title, paras, lang="en"):
    return """<html>
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
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">
%s
</h2></td></tr>
%s
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</body>
</html>
""" % (
        _esc(title),
        "\n".join(
            '<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">%s</td></tr>'
            % _esc(p)
            for p in paras
        ),
    )


orig = reminder(
    "andres@restaurantmolina.es",
    "Recordatorio: factura 2026-41 pendiente de pago",
    "<reminder-1099@example.it>",
    frm=JAV,
    date="Tue, 8 Dec 2026 10:02:03 +0100",
    lang="es",
)
t = """
** Address not found **

Your message wasn't delivered to andres@restaurantmolina.es because the domain restaurantmolina.es couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more here: https://support.google.com/mail/?p=BadRcptDomain

The response was:

DNS Error: DNS type 'mx' lookup of restaurantmolina.es responded with code NXDOMAIN Domain name not found: restaurantmolina.es
"""
bounce(
    "en",
    "firstread",
    ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    JAV,
    "Delivery Status Notification (Failure)",
    "2026-12-08 01:02:05 -0800",
    DSN(
        t,
        [
            ("Reporting-MTA", "dns; googlemail.com"),
            ("Received-From-MTA", "dns; javier@example.es"),
            ("Arrival-Date", "Tue, 08 Dec 2026 01:02:03 -0800 (PST)"),
            ("X-Original-Message-ID", "<reminder-1099@example.it>"),
        ],
        [
            [
                ("Final-Recipient", "rfc822; andres@restaurantmolina.es"),
                ("Action", "failed"),
                ("Status", "5.1.2"),
                (
                    "Diagnostic-Code",
                    "smtp; DNS Error: DNS type 'mx' lookup of restaurantmolina.es\n responded with code NXDOMAIN Domain name not found: restaurantmolina.es",
                ),
                ("Last-Attempt-Date", "Tue, 08 Dec 2026 01:02:05 -0800 (PST)"),
            ]
        ],
        orig,
        human_html=gmail_dsn_html(
            "Address not found",
            [
                "Your message wasn't delivered to andres@restaurantmolina.es because the domain restaurantmolina.es couldn't be found. Check for typos or unnecessary spaces and try again.",
                "The response was: DNS Error: DNS type 'mx' lookup of restaurantmolina.es responded with code NXDOMAIN",
            ],
        ),
        human_enc="7bit",
        human_cs="utf-8",
    ),
    "<6574a3f2.{h8}.{h16}@mx.google.com>",
    "andres@restaurantmolina.es",
    True,
    note="typo in domain (restaurantmolina vs restaurantemolina)",
    received=True,
    relay="mail-sor-f69.google.com",
)

orig = reminder(
    "lucia.fernandez@telefonica.net",
    "Factura 2026-43 vencida",
    "<reminder-1125@example.it>",
    frm=JAV,
    date="Thu, 7 Jan 2027 09:15:00 +0100",
    lang="es",
)
t = """
** Message not delivered **

There was a problem delivering your message to lucia.fernandez@telefonica.net. See the technical details below.

The response from the remote server was:

552 5.2.2 <lucia.fernandez@telefonica.net>: mailbox full, quota exceeded
"""
bounce(
    "en",
    "firstread",
    ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    JAV,
    "Delivery Status Notification (Failure)",
    "2027-01-07 00:15:09 -0800",
    DSN(
        t,
        [
            ("Reporting-MTA", "dns; googlemail.com"),
            ("Received-From-MTA", "dns; javier@example.es"),
            ("Arrival-Date", "Thu, 07 Jan 2027 00:15:01 -0800 (PST)"),
            ("X-Original-Message-ID", "<reminder-1125@example.it>"),
        ],
        [
            [
                ("Final-Recipient", "rfc822; lucia.fernandez@telefonica.net"),
                ("Action", "failed"),
                ("Status", "5.2.2"),
                (
                    "Remote-MTA",
                    "dns; mx.telefonica.net. (81.0.2.10, the server for the domain telefonica.net.)",
                ),
                (
                    "Diagnostic-Code",
                    "smtp; 552 5.2.2 <lucia.fernandez@telefonica.net>: mailbox full, quota exceeded",
                ),
                ("Last-Attempt-Date", "Thu, 07 Jan 2027 00:15:09 -0800 (PST)"),
            ]
        ],
        orig,
        human_html=gmail_dsn_html(
            "Message not delivered",
            [
                "There was a problem delivering your message to lucia.fernandez@telefonica.net. See the technical details below.",
                "The response from the remote server was: 552 5.2.2 mailbox full, quota exceeded",
            ],
        ),
        human_enc="7bit",
        human_cs="utf-8",
    ),
    "<695e17c9.{h8}.{h16}@mx.google.com>",
    "lucia.fernandez@telefonica.net",
    True,
    note="mailbox full reported as a final 5.2.2 failure",
    received=True,
    relay="mail-sor-f41.google.com",
)


def o365_html(head, body_paras, diag):
    return """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<table style="width:100%%;border-spacing:0"><tr><td style="padding:0;font-family:'Segoe UI',Frutiger,Arial,sans-serif;color:#c00000;font-size:17pt"><b>%s</b></td></tr></table>
%s
<br>
<div style="font-family:Consolas,Courier,monospace;font-size:10pt;color:#000000">%s</div>
</div>
</body>
</html>
""" % (
        _esc(head),
        "\n".join('<p style="font-size:10pt;color:#000000">%s</p>' % _esc(p) for p in body_paras),
        "<br>\n".join(_esc(l) for l in diag.split("\n")),
    )


orig = reminder(
    "m.conti@contiassociati.it",
    "Sollecito di pagamento – fattura 67/2026",
    "<reminder-0488@example.it>",
    date="Wed, 13 Jan 2027 09:05:00 +0100",
)
paras = [
    "Impossibile trovare l'indirizzo di posta elettronica del destinatario (m.conti@contiassociati.it) nel sistema di posta elettronica del destinatario. Potrebbe essere stato digitato in modo errato o non esistere più. Provare a risolvere il problema eseguendo una o più delle operazioni seguenti:",
    "1. Inviare di nuovo il messaggio. Verificare di avere digitato correttamente l'indirizzo di posta elettronica.",
    "2. Se il destinatario è presente nella cache di completamento automatico, eliminarlo e reinserire l'indirizzo completo.",
]
diag = """Server di generazione: AM6PR07MB5541.eurprd07.prod.outlook.com

m.conti@contiassociati.it
Server remoto restituito '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.conti@contiassociati.it not found by SMTP address lookup'"""
bounce(
    "it",
    "firstread",
    ("Microsoft Outlook", "postmaster@contiassociati.onmicrosoft.com"),
    ALE,
    "Non recapitabile: Sollecito di pagamento – fattura 67/2026",
    "2027-01-13 09:05:12 +0100",
    DSN(
        "Impossibile recapitare il messaggio a m.conti@contiassociati.it\n\n"
        + "\n\n".join(paras)
        + "\n\nInformazioni di diagnostica per gli amministratori:\n\n"
        + diag
        + "\n",
        [
            ("Reporting-MTA", "dns;AM6PR07MB5541.eurprd07.prod.outlook.com"),
            ("Received-From-MTA", "dns;mail.example.it"),
            ("Arrival-Date", "Wed, 13 Jan 2027 08:05:10 +0000"),
        ],
        [
            [
                ("Final-Recipient", "rfc822;m.conti@contiassociati.it"),
                ("Action", "failed"),
                ("Status", "5.1.10"),
                (
                    "Diagnostic-Code",
                    "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n m.conti@contiassociati.it not found by SMTP address lookup",
                ),
            ]
        ],
        orig,
        human_html=o365_html("Impossibile recapitare il messaggio a m.conti@contiassociati.it", paras, diag),
        human_enc="qp",
        human_cs="utf-8",
    ),
    "<{H16}@AM6PR07MB5541.eurprd07.prod.outlook.com>",
    "m.conti@contiassociati.it",
    True,
    received=True,
    relay="EUR05-AM6-obe.outbound.protection.outlook.com",
    headers=[
        ("Auto-Submitted", "auto-generated"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "it-IT"),
    ],
)

orig = reminder(
    "amministrazione@caseificiolatorre.it",
    "Promemoria: fattura 68/2026 in scadenza",
    "<reminder-0520@example.it>",
    date="Tue, 19 Jan 2027 10:00:00 +0100",
)
paras = [
    "Il gruppo amministrazione@caseificiolatorre.it accetta solo messaggi inviati da persone della propria organizzazione o da mittenti autorizzati e il mittente non è autorizzato.",
    "Per inviare il messaggio a questo gruppo, contattare il proprietario del gruppo.",
]
diag = """Server di generazione: PR3PR02MB6138.eurprd02.prod.outlook.com

amministrazione@caseificiolatorre.it
Server remoto restituito '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'"""
bounce(
    "it",
    "firstread",
    ("Microsoft Outlook", "postmaster@caseificiolatorre.onmicrosoft.com"),
    ALE,
    "Non recapitabile: Promemoria: fattura 68/2026 in scadenza",
    "2027-01-19 10:00:09 +0100",
    DSN(
        "Il messaggio non è stato recapitato a amministrazione@caseificiolatorre.it\n\n"
        + "\n\n".join(paras)
        + "\n\nInformazioni di diagnostica per gli amministratori:\n\n"
        + diag
        + "\n",
        [
            ("Reporting-MTA", "dns;PR3PR02MB6138.eurprd02.prod.outlook.com"),
            ("Received-From-MTA", "dns;mail.example.it"),
            ("Arrival-Date", "Tue, 19 Jan 2027 09:00:07 +0000"),
        ],
        [
            [
                ("Final-Recipient", "rfc822;amministrazione@caseificiolatorre.it"),
                ("Action", "failed"),
                ("Status", "5.7.1"),
                (
                    "Diagnostic-Code",
                    "smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required\n [Stage: CreateMessage]",
                ),
            ]
        ],
        orig,
        human_html=o365_html(
            "Il messaggio non è stato recapitato a amministrazione@caseificiolatorre.it", paras, diag
        ),
        human_enc="b64",
        human_cs="utf-8",
    ),
    "<{H16}@PR3PR02MB6138.eurprd02.prod.outlook.com>",
    "amministrazione@caseificiolatorre.it",
    True,
    note="group accepts only internal senders (5.7.1 policy rejection)",
    received=True,
    relay="EUR02-PR3-obe.outbound.protection.outlook.com",
    headers=[
        ("Auto-Submitted", "auto-generated"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "it-IT"),
    ],
)

orig = reminder(
    "compras@ferreteriaolmos.es",
    "Recordatorio: factura 2026-46 pendiente de pago",
    "<reminder-1044@example.it>",
    frm=JAV,
    date="Mon, 23 Nov 2026 09:30:00 +0100",
    lang="es",
)
bounce(
    "en",
    "firstread",
    ("Mail Delivery System", "Mailer-Daemon@vps1204.servidoresweb.es"),
    JAV,
    "Mail delivery failed: returning message to sender",
    "2026-11-23 09:30:02 +0100",
    T(
        """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  compras@ferreteriaolmos.es
    host mx.ferreteriaolmos.es [203.0.113.45]
    SMTP error from remote mail server after RCPT TO:<compras@ferreteriaolmos.es>:
    550 5.1.1 <compras@ferreteriaolmos.es>: Recipient address rejected: User unknown in local recipient table

------ This is a copy of the message, including all the headers. ------

Return-path: <javier@example.es>
Received: from [192.168.1.34] (helo=portatil-javier)
	by vps1204.servidoresweb.es with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96.2)
	(envelope-from <javier@example.es>)
	id 1uFgQw-0003Hk-1A
	for compras@ferreteriaolmos.es;
	Mon, 23 Nov 2026 09:30:00 +0100
"""
        + orig.decode("utf-8"),
        "8bit",
    ),
    "<E1uFgQy-0003Hm-2C@vps1204.servidoresweb.es>",
    "compras@ferreteriaolmos.es",
    True,
    note="classic Exim bounce, plain text (no multipart/report)",
    headers=[("X-Failed-Recipients", "compras@ferreteriaolmos.es"), ("Auto-Submitted", "auto-replied")],
)

orig = reminder(
    "ordini@pasticceriaaurora.it",
    "Sollecito di pagamento – fattura 69/2026",
    "<reminder-0375@example.it>",
    date="Thu, 10 Dec 2026 15:20:00 +0100",
)
bounce(
    "it",
    "firstread",
    ("Mail Delivery System", "MAILER-DAEMON@smtpdh14.ad.aruba.it"),
    ALE,
    "Notifica di mancato recapito",
    "2026-12-10 15:20:06 +0100",
    DSN(
        """Questo è un messaggio generato automaticamente dal sistema di posta.

Non è stato possibile recapitare il messaggio a uno o più destinatari.
Si tratta di un errore permanente. Il seguente indirizzo non è valido:

<ordini@pasticceriaaurora.it>
    Il server remoto ha risposto: 550 5.1.1 <ordini@pasticceriaaurora.it>... User unknown

Il messaggio originale è allegato.

--
Servizio Posta Aruba
""",
        [("Reporting-MTA", "dns; smtpdh14.ad.aruba.it"), ("Arrival-Date", "Thu, 10 Dec 2026 15:20:01 +0100")],
        [
            [
                ("Final-Recipient", "rfc822; ordini@pasticceriaaurora.it"),
                ("Action", "failed"),
                ("Status", "5.1.1"),
                ("Remote-MTA", "dns; mx.pasticceriaaurora.it"),
                ("Diagnostic-Code", "smtp; 550 5.1.1 <ordini@pasticceriaaurora.it>... User unknown"),
            ]
        ],
        orig,
        human_enc="8bit",
        human_cs="utf-8",
    ),
    "<{h16}.{d10}@smtpdh14.ad.aruba.it>",
    "ordini@pasticceriaaurora.it",
    True,
    note="Italian-language DSN from the sending provider",
)

orig = reminder(
    "rgil@cooperativalahuerta.es",
    "Recordatorio: factura 2026-48 pendiente de pago",
    "<reminder-1210@example.it>",
    frm=JAV,
    date="Tue, 9 Feb 2027 11:00:00 +0100",
    lang="es",
)
paras = [
    "No se encontró la dirección de correo electrónico del destinatario (rgil@cooperativalahuerta.es) en el sistema de correo electrónico del destinatario. Es posible que no esté escrita correctamente o que ya no exista. Intente corregir el problema realizando una o varias de las acciones siguientes:",
    "1. Vuelva a enviar el mensaje. Compruebe que ha escrito correctamente la dirección de correo electrónico.",
    "2. Si el destinatario está en la caché de Autocompletar, elimínelo y vuelva a escribir la dirección completa.",
]
diag = """Servidor de generación: DB9PR08MB6410.eurprd08.prod.outlook.com

rgil@cooperativalahuerta.es
Servidor remoto devuelto '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient rgil@cooperativalahuerta.es not found by SMTP address lookup'"""
bounce(
    "es",
    "firstread",
    ("Microsoft Outlook", "postmaster@cooperativalahuerta.onmicrosoft.com"),
    JAV,
    "No se puede entregar: Recordatorio: factura 2026-48 pendiente de pago",
    "2027-02-09 11:00:08 +0100",
    DSN(
        "No se pudo entregar el mensaje a rgil@cooperativalahuerta.es\n\n"
        + "\n\n".join(paras)
        + "\n\nInformación de diagnóstico para administradores:\n\n"
        + diag
        + "\n",
        [
            ("Reporting-MTA", "dns;DB9PR08MB6410.eurprd08.prod.outlook.com"),
            ("Received-From-MTA", "dns;mail-wr1-f52.google.com"),
            ("Arrival-Date", "Tue, 9 Feb 2027 10:00:06 +0000"),
        ],
        [
            [
                ("Final-Recipient", "rfc822;rgil@cooperativalahuerta.es"),
                ("Action", "failed"),
                ("Status", "5.1.10"),
                (
                    "Diagnostic-Code",
                    "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n rgil@cooperativalahuerta.es not found by SMTP address lookup",
                ),
            ]
        ],
        orig,
        human_html=o365_html("No se pudo entregar el mensaje a rgil@cooperativalahuerta.es", paras, diag),
        human_enc="qp",
        human_cs="utf-8",
    ),
    "<{H16}@DB9PR08MB6410.eurprd08.prod.outlook.com>",
    "rgil@cooperativalahuerta.es",
    True,
    received=True,
    relay="EUR03-DB9-obe.outbound.protection.outlook.com",
    headers=[
        ("Auto-Submitted", "auto-generated"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "es-ES"),
    ],
)

# ---- dev

bounce(
    "en",
    "dev",
    ("Mail Delivery System", "Mailer-Daemon@vps1204.servidoresweb.es"),
    JAV,
    "Warning: message 1uKpZr-0007Xy-3L delayed 24 hours",
    "2027-01-12 09:04:40 +0100",
    T(
        """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on vps1204.servidoresweb.es.

The message identifier is:     1uKpZr-0007Xy-3L
The subject of the message is: Recordatorio: factura 2026-50 pendiente de pago
The date of the message is:    Mon, 11 Jan 2027 09:00:00 +0100

The address to which the message has not yet been delivered is:

  admin@gestoriamarin.es
    host mail.gestoriamarin.es [198.51.100.90]
    Delay reason: SMTP error from remote mail server after RCPT TO:<admin@gestoriamarin.es>:
    451 4.7.1 Greylisting in action, please come back later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""",
        "7bit",
        "us-ascii",
    ),
    "<E1uL8aC-0001Pq-7V@vps1204.servidoresweb.es>",
    "admin@gestoriamarin.es",
    False,
    note="Exim delay warning (plain text), temporary 451",
    headers=[("X-Failed-Recipients", "admin@gestoriamarin.es"), ("Auto-Submitted", "auto-replied")],
)

orig = reminder(
    "p.hale@hale-partners.co.uk",
    "Reminder: invoice 70/2026 overdue",
    "<reminder-0402@example.it>",
    date="Fri, 18 Dec 2026 10:00:00 +0100",
    lang="en",
)
bounce(
    "en",
    "dev",
    ("Microsoft Exchange", "postmaster@hale-partners.co.uk"),
    ALE,
    "Undeliverable: Reminder: invoice 70/2026 overdue",
    "2026-12-18 09:00:31 +0000",
    DSN(
        """Delivery has failed to these recipients or groups:

p.hale@hale-partners.co.uk
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.



Diagnostic information for administrators:

Generating server: EXCH01.hale.local

p.hale@hale-partners.co.uk
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

Received: from mail.example.it (192.0.2.10) by EXCH01.hale.local
 (10.0.0.21) with Microsoft SMTP Server id 15.1.2507.39; Fri, 18 Dec 2026
 09:00:29 +0000
""",
        [
            ("Reporting-MTA", "dns;EXCH01.hale.local"),
            ("Received-From-MTA", "dns;mail.example.it"),
            ("Arrival-Date", "Fri, 18 Dec 2026 09:00:29 +0000"),
        ],
        [
            [
                ("Final-Recipient", "rfc822;p.hale@hale-partners.co.uk"),
                ("Action", "failed"),
                ("Status", "5.1.1"),
                ("Diagnostic-Code", "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
            ]
        ],
        orig,
        orig_type="text/rfc822-headers",
    ),
    "<{H16}@EXCH01.hale.local>",
    "p.hale@hale-partners.co.uk",
    True,
    received=True,
    relay="mail.hale-partners.co.uk",
    headers=[
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "en-US"),
    ],
)

orig = reminder(
    "facturas@clinicadentalmar.es",
    "Factura 2026-51 vencida",
    "<reminder-1197@example.it>",
    frm=JAV,
    date="Fri, 29 Jan 2027 12:00:00 +0100",
    lang="es",
)
paras = [
    "El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Vuelva a intentarlo más tarde o póngase en contacto directamente con el destinatario."
]
diag = """Servidor de generación: PA4PR04MB9222.eurprd04.prod.outlook.com

facturas@clinicadentalmar.es
Servidor remoto devuelto '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'"""
bounce(
    "es",
    "dev",
    ("Microsoft Outlook", "postmaster@clinicadentalmar.onmicrosoft.com"),
    JAV,
    "No se puede entregar: Factura 2026-51 vencida",
    "2027-01-29 12:00:14 +0100",
    DSN(
        "Su mensaje a facturas@clinicadentalmar.es no se pudo entregar.\n\n"
        + "\n\n".join(paras)
        + "\n\nInformación de diagnóstico para administradores:\n\n"
        + diag
        + "\n",
        [
            ("Reporting-MTA", "dns;PA4PR04MB9222.eurprd04.prod.outlook.com"),
            ("Received-From-MTA", "dns;mail-wm1-f44.google.com"),
            ("Arrival-Date", "Fri, 29 Jan 2027 11:00:12 +0000"),
        ],
        [
            [
                ("Final-Recipient", "rfc822;facturas@clinicadentalmar.es"),
                ("Action", "failed"),
                ("Status", "5.2.2"),
                (
                    "Diagnostic-Code",
                    "smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
                ),
            ]
        ],
        orig,
        human_html=o365_html("Su mensaje a facturas@clinicadentalmar.es no se pudo entregar.", paras, diag),
        human_enc="b64",
        human_cs="utf-8",
    ),
    "<{H16}@PA4PR04MB9222.eurprd04.prod.outlook.com>",
    "facturas@clinicadentalmar.es",
    True,
    note="mailbox full; Exchange gave up (5.2.2), so this failure is final even though the condition may clear",
    received=True,
    relay="EUR04-PA4-obe.outbound.protection.outlook.com",
    headers=[
        ("Auto-Submitted", "auto-generated"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "es-ES"),
    ],
)

orig = reminder(
    "facturacion@ibericaenvases.es",
    "Recordatorio: factura 2026-53 pendiente de pago",
    "<reminder-1230@example.it>",
    frm=JAV,
    date="Mon, 22 Feb 2027 09:00:00 +0100",
    lang="es",
)
t = """La entrega se ha retrasado a estos destinatarios o grupos:

facturacion@ibericaenvases.es

Asunto: Recordatorio: factura 2026-53 pendiente de pago

Este mensaje todavía no se ha entregado. Seguiremos intentando entregarlo.

El servidor intentará enviar el mensaje durante 1 días, 19 horas y 57 minutos. Recibirá una notificación si no se puede entregar el mensaje en ese momento.

Información de diagnóstico para administradores:

Servidor de generación: VI1PR06MB4400.eurprd06.prod.outlook.com
Receiving server: mx.ibericaenvases.es

facturacion@ibericaenvases.es
Servidor remoto devuelto '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.'
"""
bounce(
    "es",
    "dev",
    ("Microsoft Outlook", "postmaster@example.es"),
    JAV,
    "Entrega retrasada: Recordatorio: factura 2026-53 pendiente de pago",
    "2027-02-22 13:03:27 +0100",
    DSN(
        t,
        [
            ("Reporting-MTA", "dns;VI1PR06MB4400.eurprd06.prod.outlook.com"),
            ("Received-From-MTA", "dns;VI1PR06MB4400.eurprd06.prod.outlook.com"),
            ("Arrival-Date", "Mon, 22 Feb 2027 08:00:00 +0000"),
        ],
        [
            [
                ("Final-Recipient", "rfc822;facturacion@ibericaenvases.es"),
                ("Action", "delayed"),
                ("Status", "4.4.7"),
                (
                    "Diagnostic-Code",
                    'smtp;451 4.4.0 Primary target IP address responded with: "421 4.4.2\n Connection dropped due to SocketError."',
                ),
                ("Will-Retry-Until", "Wed, 24 Feb 2027 08:00:00 +0000"),
            ]
        ],
        orig,
        orig_type="text/rfc822-headers",
        human_html=o365_html(
            "La entrega se ha retrasado a estos destinatarios o grupos:",
            [
                "facturacion@ibericaenvases.es",
                "Este mensaje todavía no se ha entregado. Seguiremos intentando entregarlo.",
            ],
            "Servidor de generación: VI1PR06MB4400.eurprd06.prod.outlook.com",
        ),
        human_enc="qp",
        human_cs="utf-8",
    ),
    "<{H16}@VI1PR06MB4400.eurprd06.prod.outlook.com>",
    "facturacion@ibericaenvases.es",
    False,
    note="O365 delivery delayed (transient)",
    headers=[
        ("Auto-Submitted", "auto-generated"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "es-ES"),
    ],
)

orig = reminder(
    "pedidos@imprentacastell.es",
    "Recordatorio: factura 2026-54 pendiente de pago",
    "<reminder-1174@example.it>",
    frm=JAV,
    date="Thu, 31 Dec 2026 10:00:00 +0100",
    lang="es",
)
t = """
** Message not delivered yet **

There was a temporary problem delivering your message to pedidos@imprentacastell.es. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:

The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720
[mail.imprentacastell.es. 203.0.113.61: timed out]
"""
bounce(
    "en",
    "dev",
    ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    JAV,
    "Delivery Status Notification (Delay)",
    "2026-12-31 03:12:44 -0800",
    DSN(
        t,
        [
            ("Reporting-MTA", "dns; googlemail.com"),
            ("Received-From-MTA", "dns; javier@example.es"),
            ("Arrival-Date", "Thu, 31 Dec 2026 01:00:01 -0800 (PST)"),
            ("X-Original-Message-ID", "<reminder-1174@example.it>"),
        ],
        [
            [
                ("Final-Recipient", "rfc822; pedidos@imprentacastell.es"),
                ("Action", "delayed"),
                ("Status", "4.4.1"),
                (
                    "Diagnostic-Code",
                    "smtp; The recipient server did not accept our requests to connect.\n [mail.imprentacastell.es. 203.0.113.61: timed out]",
                ),
                ("Last-Attempt-Date", "Thu, 31 Dec 2026 03:12:44 -0800 (PST)"),
                ("Will-Retry-Until", "Sat, 02 Jan 2027 01:00:01 -0800 (PST)"),
            ]
        ],
        orig,
        orig_type="text/rfc822-headers",
        human_html=gmail_dsn_html(
            "Message not delivered yet",
            [
                "There was a temporary problem delivering your message to pedidos@imprentacastell.es. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently."
            ],
        ),
        human_enc="7bit",
        human_cs="utf-8",
    ),
    "<6656e2bc.{h8}.{h16}@mx.google.com>",
    "pedidos@imprentacastell.es",
    False,
    note="Gmail delay notification",
    received=True,
    relay="mail-sor-f73.google.com",
)

orig = reminder(
    "administracion@panaderiasantelmo.es",
    "Recordatorio: factura 2026-56 pendiente de pago",
    "<reminder-1050@example.it>",
    frm=JAV,
    date="Thu, 26 Nov 2026 17:40:00 +0100",
    lang="es",
)
bounce(
    "en",
    "dev",
    "MAILER-DAEMON@correo.alojamientos-web.es",
    JAV,
    "failure notice",
    "2026-11-26 17:40:05 +0100",
    T(
        """Hi. This is the qmail-send program at correo.alojamientos-web.es.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<administracion@panaderiasantelmo.es>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <javier@example.es>
Received: (qmail 21844 invoked by uid 89); 26 Nov 2026 16:40:01 -0000
"""
        + orig.decode("utf-8"),
        "8bit",
    ),
    "<20261126164005.21851.qmail@correo.alojamientos-web.es>",
    "administracion@panaderiasantelmo.es",
    True,
    note="qmail bounce, plain text",
    received=True,
    relay="correo.alojamientos-web.es",
)

orig = reminder(
    "g.fabbri73@libero.it",
    "Sollecito di pagamento – fattura 71/2026",
    "<reminder-0599@example.it>",
    date="Wed, 3 Feb 2027 09:30:00 +0100",
)
bounce(
    "it",
    "dev",
    ("Libero Mail", "MAILER-DAEMON@libero.it"),
    ALE,
    "Messaggio non recapitato: Sollecito di pagamento – fattura 71/2026",
    "2027-02-03 09:30:27 +0100",
    DSN(
        """Gentile utente,

il messaggio che hai inviato non è stato recapitato al seguente destinatario:

    g.fabbri73@libero.it

Motivo: la casella del destinatario ha superato lo spazio disponibile (over quota).
Errore: 552 5.2.2 Mailbox full

Il messaggio originale è allegato.

--
Servizio di posta Libero Mail
""",
        [("Reporting-MTA", "dns; smtp-31.iol.local"), ("Arrival-Date", "Wed, 3 Feb 2027 09:30:05 +0100")],
        [
            [
                ("Final-Recipient", "rfc822; g.fabbri73@libero.it"),
                ("Action", "failed"),
                ("Status", "5.2.2"),
                ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full"),
            ]
        ],
        orig,
        human_enc="qp",
        human_cs="utf-8",
    ),
    "<{h16}.{d10}@smtp-31.iol.local>",
    "g.fabbri73@libero.it",
    True,
    note="over quota, final failure",
    received=True,
    relay="smtp-31.libero.it",
)

orig = reminder(
    "proyectos@estudionogal.es",
    "Recordatorio: factura 2026-57 pendiente de pago",
    "<reminder-1219@example.it>",
    frm=JAV,
    date="Mon, 15 Feb 2027 10:10:00 +0100",
    lang="es",
)
bounce(
    "es",
    "dev",
    "MAILER-DAEMON@correo.example.es (Sistema de entrega de correo)",
    JAV,
    "Correo no entregado: devuelto al remitente",
    "2027-02-15 10:10:03 +0100",
    DSN(
        """Este es el sistema de correo del servidor correo.example.es.

Lamentamos informarle de que su mensaje no ha podido ser entregado
a uno o más destinatarios. Se adjunta a continuación.

Si necesita ayuda, escriba a postmaster.

Si lo hace, incluya este informe del problema. Puede eliminar
su propio texto del mensaje devuelto adjunto.

                   El sistema de correo

<proyectos@estudionogal.es>: host mx.estudionogal.es[198.51.100.12] said: 550
    5.1.1 <proyectos@estudionogal.es>: Recipient address rejected: User unknown
    in local recipient table (in reply to RCPT TO command)
""",
        [
            ("Reporting-MTA", "dns; correo.example.es"),
            ("X-Postfix-Queue-ID", "4ZbLq83RTmz9sWk"),
            ("X-Postfix-Sender", "rfc822; javier@example.es"),
            ("Arrival-Date", "Mon, 15 Feb 2027 10:10:00 +0100 (CET)"),
        ],
        [
            [
                ("Final-Recipient", "rfc822; proyectos@estudionogal.es"),
                ("Original-Recipient", "rfc822;proyectos@estudionogal.es"),
                ("Action", "failed"),
                ("Status", "5.1.1"),
                ("Remote-MTA", "dns; mx.estudionogal.es"),
                (
                    "Diagnostic-Code",
                    "smtp; 550 5.1.1 <proyectos@estudionogal.es>: Recipient\n    address rejected: User unknown in local recipient table",
                ),
            ]
        ],
        orig,
        human_enc="8bit",
        human_cs="utf-8",
    ),
    "<20260215091003.4ZbLq83RTmz9sWk@correo.example.es>".replace("2026", "2027", 1),
    "proyectos@estudionogal.es",
    True,
    note="Postfix with Spanish-localised bounce template",
    headers=[("Auto-Submitted", "auto-replied")],
)

orig = reminder(
    "r.fontana@fontanacostruzioni.it",
    "Sollecito di pagamento – fattura 72/2026",
    "<reminder-0493@example.it>",
    date="Wed, 13 Jan 2027 09:00:00 +0100",
)
bounce(
    "en",
    "dev",
    ("Mail Delivery Subsystem", "MAILER-DAEMON@relay.example.it"),
    ALE,
    "Returned mail: see transcript for details",
    "2027-01-13 09:00:06 +0100",
    DSN(
        """The original message was received at Wed, 13 Jan 2027 09:00:03 +0100
from mail.example.it [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<r.fontana@fontanacostruzioni.it>
    (reason: 550 5.1.1 <r.fontana@fontanacostruzioni.it>... User unknown)

   ----- Transcript of session follows -----
... while talking to mx.fontanacostruzioni.it.:
>>> DATA
<<< 550 5.1.1 <r.fontana@fontanacostruzioni.it>... User unknown
550 5.1.1 <r.fontana@fontanacostruzioni.it>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
""",
        [
            ("Reporting-MTA", "dns; relay.example.it"),
            ("Received-From-MTA", "DNS; mail.example.it"),
            ("Arrival-Date", "Wed, 13 Jan 2027 09:00:03 +0100"),
        ],
        [
            [
                ("Final-Recipient", "RFC822; r.fontana@fontanacostruzioni.it"),
                ("Action", "failed"),
                ("Status", "5.1.1"),
                ("Remote-MTA", "DNS; mx.fontanacostruzioni.it"),
                ("Diagnostic-Code", "SMTP; 550 5.1.1 <r.fontana@fontanacostruzioni.it>... User unknown"),
                ("Last-Attempt-Date", "Wed, 13 Jan 2027 09:00:06 +0100"),
            ]
        ],
        orig,
    ),
    "<202701130800.30D806Xa018842@relay.example.it>",
    "r.fontana@fontanacostruzioni.it",
    True,
    note="sendmail-style DSN",
)

orig = reminder(
    "info@studiobarbieri-arch.it",
    "Promemoria: fattura 73/2026 in scadenza",
    "<reminder-0611@example.it>",
    date="Tue, 9 Feb 2027 08:45:00 +0100",
)
paras = [
    "Il messaggio non è stato recapitato a info@studiobarbieri-arch.it perché non è stato possibile trovare il dominio studiobarbieri-arch.it. Verificare la presenza di errori di digitazione o spazi aggiuntivi nell'indirizzo del destinatario e inviare di nuovo il messaggio."
]
diag = """Server di generazione: DU0PR09MB7050.eurprd09.prod.outlook.com

info@studiobarbieri-arch.it
Server remoto restituito '550 5.4.310 DNS domain studiobarbieri-arch.it does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=studiobarbieri-arch.it] [DU0PR09MB7050.eurprd09.prod.outlook.com]'"""
bounce(
    "it",
    "dev",
    ("Microsoft Outlook", "postmaster@example.it"),
    ALE,
    "Non recapitabile: Promemoria: fattura 73/2026 in scadenza",
    "2027-02-09 08:45:04 +0100",
    DSN(
        "Impossibile recapitare il messaggio a info@studiobarbieri-arch.it\n\n"
        + "\n\n".join(paras)
        + "\n\nInformazioni di diagnostica per gli amministratori:\n\n"
        + diag
        + "\n",
        [
            ("Reporting-MTA", "dns;DU0PR09MB7050.eurprd09.prod.outlook.com"),
            ("Received-From-MTA", "dns;DU0PR09MB7050.eurprd09.prod.outlook.com"),
            ("Arrival-Date", "Tue, 9 Feb 2027 07:45:00 +0000"),
        ],
        [
            [
                ("Final-Recipient", "rfc822;info@studiobarbieri-arch.it"),
                ("Action", "failed"),
                ("Status", "5.4.310"),
                (
                    "Diagnostic-Code",
                    "smtp;550 5.4.310 DNS domain studiobarbieri-arch.it does not exist\n [Message=InfoDomainNonexistent]",
                ),
            ]
        ],
        orig,
        human_html=o365_html(
            "Impossibile recapitare il messaggio a info@studiobarbieri-arch.it", paras, diag
        ),
        human_enc="qp",
        human_cs="utf-8",
    ),
    "<{H16}@DU0PR09MB7050.eurprd09.prod.outlook.com>",
    "info@studiobarbieri-arch.it",
    True,
    note="domain does not exist",
    headers=[
        ("Auto-Submitted", "auto-generated"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "it-IT"),
    ],
)

orig = reminder(
    "amministrazione@vetreriaserra.it",
    "Sollecito di pagamento – fattura 74/2026",
    "<reminder-0355@example.it>",
    date="Mon, 30 Nov 2026 09:00:00 +0100",
)
bounce(
    "en",
    "dev",
    ("Mail Delivery System", "Mailer-Daemon@smtp2.example.it"),
    ALE,
    "Mail delivery failed: returning message to sender",
    "2026-12-04 09:02:51 +0100",
    T(
        """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  amministrazione@vetreriaserra.it
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

"""
        + orig.decode("utf-8"),
        "8bit",
    ),
    "<E1uQx2b-0002Kd-5F@smtp2.example.it>",
    "amministrazione@vetreriaserra.it",
    True,
    note="gave up after days of temporary failures ('retry timeout exceeded'): now permanent",
    headers=[("X-Failed-Recipients", "amministrazione@vetreriaserra.it"), ("Auto-Submitted", "auto-replied")],
)

orig = reminder(
    "contabilidad@vidalfotografia.es",
    "Recordatorio: factura 2026-58 pendiente de pago",
    "<reminder-1240@example.it>",
    frm=JAV,
    date="Thu, 25 Feb 2027 09:20:00 +0100",
    lang="es",
)
t = """
** No se ha encontrado la dirección **

No se ha podido entregar tu mensaje a contabilidad@vidalfotografia.es porque no se ha encontrado la dirección o esta no puede recibir correo.

Más información: https://support.google.com/mail/?p=NoSuchUser

La respuesta fue:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-6e2ac4f1d7bsor1844022a12.40 - gsmtp
"""
bounce(
    "es",
    "dev",
    ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    JAV,
    "Delivery Status Notification (Failure)",
    "2027-02-25 00:20:03 -0800",
    DSN(
        t,
        [
            ("Reporting-MTA", "dns; googlemail.com"),
            ("Received-From-MTA", "dns; javier@example.es"),
            ("Arrival-Date", "Thu, 25 Feb 2027 00:20:01 -0800 (PST)"),
            ("X-Original-Message-ID", "<reminder-1240@example.it>"),
        ],
        [
            [
                ("Final-Recipient", "rfc822; contabilidad@vidalfotografia.es"),
                ("Action", "failed"),
                ("Status", "5.1.1"),
                (
                    "Diagnostic-Code",
                    "smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
                ),
                ("Last-Attempt-Date", "Thu, 25 Feb 2027 00:20:03 -0800 (PST)"),
            ]
        ],
        orig,
        human_html=gmail_dsn_html(
            "No se ha encontrado la dirección",
            [
                "No se ha podido entregar tu mensaje a contabilidad@vidalfotografia.es porque no se ha encontrado la dirección o esta no puede recibir correo."
            ],
            "es",
        ),
        human_enc="qp",
        human_cs="utf-8",
    ),
    "<67bd7cf3.{h8}.{h16}@mx.google.com>",
    "contabilidad@vidalfotografia.es",
    True,
    note="Gmail DSN localised in Spanish (subject stays English)",
    received=True,
    relay="mail-sor-f69.google.com",
)


# ==========================================================================
# TRICKY: clients forwarding payment confirmations
# ==========================================================================

fwd_text = """Ciao Alessandra,
ti inoltro la conferma del bonifico fatto stamattina per la fattura 61/2026.
Buona giornata
Paolo

---------- Forwarded message ---------
Da: Banco BPM <noreply@bancobpm.it>
Date: ven 22 gen 2027 alle ore 08:51
Subject: YouWeb - Conferma bonifico
To: <p.ferrante@ferrantearchitetti.it>


Gentile Cliente,
la disposizione di bonifico da lei inserita è stata eseguita correttamente.

Beneficiario: ROSSI ALESSANDRA
IBAN beneficiario: IT60 X054 2811 1010 0000 0123 456
Importo: 1.037,00 EUR
Causale: SALDO FATTURA 61/2026
Data esecuzione: 22/01/2027
CRO: 84512099102

Banco BPM S.p.A.
"""
fwd_html = """<div dir="ltr">Ciao Alessandra,<div>ti inoltro la conferma del bonifico fatto stamattina per la fattura 61/2026.</div><div>Buona giornata</div><div>Paolo</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>Da: <strong class="gmail_sendername" dir="auto">Banco BPM</strong> <span dir="auto">&lt;<a href="mailto:noreply@bancobpm.it">noreply@bancobpm.it</a>&gt;</span><br>Date: ven 22 gen 2027 alle ore 08:51<br>Subject: YouWeb - Conferma bonifico<br>To: &lt;<a href="mailto:p.ferrante@ferrantearchitetti.it">p.ferrante@ferrantearchitetti.it</a>&gt;<br></div><br><br>
<table width="600" style="font-family:Arial;font-size:13px">
<tr><td colspan="2"><p>Gentile Cliente,<br>la disposizione di bonifico da lei inserita è stata eseguita correttamente.</p></td></tr>
<tr><td>Beneficiario</td><td>ROSSI ALESSANDRA</td></tr>
<tr><td>IBAN beneficiario</td><td>IT60 X054 2811 1010 0000 0123 456</td></tr>
<tr><td>Importo</td><td>1.037,00 EUR</td></tr>
<tr><td>Causale</td><td>SALDO FATTURA 61/2026</td></tr>
<tr><td>Data esecuzione</td><td>22/01/2027</td></tr>
<tr><td>CRO</td><td>84512099102</td></tr>
</table>
<p>Banco BPM S.p.A.</p>
</div></div>
"""
add(
    kind="client-reply-paid",
    lang="it",
    split="firstread",
    frm=("Paolo Ferrante", "p.ferrante@ferrantearchitetti.it"),
    to=ALE,
    subject="Fwd: Conferma bonifico",
    date="2027-01-22 09:03:27 +0100",
    mid="<CAH{h16}{h8}=q{h12}@mail.gmail.com>",
    body=ALT(fwd_text, fwd_html, enc="qp"),
    label=dict(
        amount="1037.00",
        currency="EUR",
        reference="61/2026",
        note="client forwards his bank's outgoing-transfer confirmation; the embedded bank notice is addressed to the client, not to the freelancer",
    ),
)

fwd_text = """Hi Javier,

Sent this morning via PayPal - receipt below. Thanks for the quick turnaround!

Owen

---------- Forwarded message ---------
From: service@paypal.com <service@paypal.com>
Date: Tue, Jan 26, 2027 at 8:14 AM
Subject: Receipt for Your Payment to Javier Martín
To: Owen Park <owen@harborpine.com>


Hello Owen Park,

You sent a payment of $880.00 USD to Javier Martín (javier@example.es)

It may take a few moments for this transaction to appear in your account.

Merchant
Javier Martín
javier@example.es

Instructions to merchant
Invoice 2026-59

Transaction ID: 0KC47391FJ2206113

Amount: $880.00 USD
Total: $880.00 USD
Payment: $880.00 USD
Payment sent from: owen@harborpine.com
Funding sources used (Total): Visa Credit Card x-4408 $880.00 USD
"""
add(
    kind="client-reply-paid",
    lang="en",
    split="firstread",
    frm=("Owen Park", "owen@harborpine.com"),
    to=JAV,
    subject="Fwd: Receipt for Your Payment to Javier Martín",
    date="2027-01-26 08:21:40 -0500",
    mid="<CAK{h16}{h8}-{h12}@mail.gmail.com>",
    body=T(fwd_text, "qp"),
    label=dict(
        amount="880.00",
        currency="USD",
        reference="2026-59",
        note="client forwards the PayPal 'payment sent' receipt",
    ),
)

# ---- dev

inner = (
    "From: BPER Banca <noreply@bper.it>\nTo: amministrazione@bortolamiimpianti.it\n"
    "Subject: Esito disposizione di bonifico\nDate: Wed, 17 Feb 2027 10:02:11 +0100\n"
    "Message-ID: <20270217100211.77120@comunicazioni.bper.it>\nMIME-Version: 1.0\n"
    'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
    "Gentile Cliente,\n\nla disposizione di bonifico SEPA n. 26001922 è stata eseguita.\n\n"
    "Ordinante: BORTOLAMI IMPIANTI SRL\nBeneficiario: ROSSI ALESSANDRA\n"
    "Importo: EUR 1.952,00\nCausale: FT 3/2026 SALDO\nData esecuzione: 17/02/2027\n"
    "TRN: 0538701600026001922480IT\n\nBPER Banca S.p.A.\n"
).encode("utf-8")
add(
    kind="client-reply-paid",
    lang="it",
    split="dev",
    frm=("Ufficio Amministrazione - Bortolami Impianti", "amministrazione@bortolamiimpianti.it"),
    to=ALE,
    subject="I: Esito disposizione di bonifico",
    date="2027-02-17 10:15:02 +0100",
    mid=OUTLOOK_MID,
    headers=exch("amministrazione@bortolamiimpianti.it", "Esito disposizione di bonifico", "it", auto=False),
    body=MIXED(
        ALT(
            *outlook(
                [
                    "Buongiorno,",
                    "in allegato l'esito del bonifico relativo alla fattura 3/2026.",
                    "Cordiali saluti\nMonica Dalla Costa\nUfficio Amministrazione\nBortolami Impianti S.r.l.",
                ],
                "it",
            ),
            enc="qp",
        ),
        Leaf("message/rfc822", inner, None, None, disp="attachment"),
    ),
    label=dict(
        amount="1952.00",
        currency="EUR",
        reference="3/2026",
        note="Outlook 'I:' forward with the bank's confirmation attached as message/rfc822",
    ),
)

fwd_text = """Hola Javier,

Te reenvío el justificante de la transferencia de la factura 2026-10. Disculpa el retraso.

Un saludo,
Nuria Soler
Administración | Mediaplus Comunicación

________________________________
De: CaixaBank <noreply@caixabank.com>
Enviado: lunes, 18 de enero de 2027 9:47
Para: Nuria Soler <nsoler@mediaplus.es>
Asunto: Confirmación de transferencia

Estimado/a cliente:

Le confirmamos que se ha realizado la siguiente transferencia:

Ordenante: MEDIAPLUS COMUNICACION SL
Beneficiario: JAVIER MARTIN
Importe: 1.210,00 EUR
Concepto: FRA 2026-10
Fecha de ejecución: 18/01/2027

Atentamente,
CaixaBank
"""
add(
    kind="client-reply-paid",
    lang="es",
    split="dev",
    frm=("Nuria Soler", "nsoler@mediaplus.es"),
    to=JAV,
    subject="RV: Confirmación de transferencia",
    date="2027-01-18 10:02:55 +0100",
    mid=OUTLOOK_MID,
    headers=exch("nsoler@mediaplus.es", "Confirmación de transferencia", "es", auto=False),
    body=ALT(*outlook(fwd_text.split("\n\n"), "es"), enc="qp"),
    label=dict(
        amount="1210.00",
        currency="EUR",
        reference="2026-10",
        note="Outlook 'RV:' forward of the client's own outgoing transfer",
    ),
)

fwd_text = """Te lo reenvío, ya está pagado. Perdona que se me pasara con las vacaciones.
Pilar

________________________________
De: PayPal <service@paypal.es>
Enviado: sábado, 9 de enero de 2027 18:02
Para: pilarherrero@hotmail.es
Asunto: Has enviado un pago

Hola, Pilar Herrero:

Has enviado un pago de 242,00 € EUR a Javier Martín.

Puede que la transacción tarde unos momentos en aparecer en tu cuenta.

Vendedor
Javier Martín
javier@example.es

Nota para Javier Martín
factura 2026-17

Id. de transacción: 2SX81049TT5520946
Importe: 242,00 € EUR
Total: 242,00 € EUR
"""
add(
    kind="client-reply-paid",
    lang="es",
    split="dev",
    frm=("Pilar Herrero", "pilarherrero@hotmail.es"),
    to=JAV,
    subject="RV: Has enviado un pago",
    date="2027-01-09 18:20:31 +0100",
    mid="<DB8P194MB{H16}@DB8P194MB{d6}.EURP194.PROD.OUTLOOK.COM>",
    irt="<reminder-1160@example.it>",
    body=T(fwd_text, "b64"),
    label=dict(
        amount="242.00",
        currency="EUR",
        reference="2026-17",
        note="client forwards PayPal 'you sent a payment' receipt; same client whose OOF said back on the 7th",
    ),
)

fwd_text = """Hi Alessandra,

Just to let you know the payment for invoice 75/2026 has now been scheduled – it will leave our account on 15 January. Confirmation below.

Best,
Priya

---------- Forwarded message ---------
From: NatWest <alerts@natwest.com>
Date: Fri, 8 Jan 2027 at 10:14
Subject: Scheduled payment confirmation
To: <priya@lanternworks.co.uk>


You've scheduled a payment

Payee: A ROSSI
Amount: £700.00
Reference: INV 75/2026
Payment date: 15/01/2027
From account: LANTERN WORKS LTD ****8810

You can change or cancel this payment in online banking until 23:59 the day before it is due.
"""
add(
    kind="client-reply-promise",
    lang="en",
    split="dev",
    frm=("Priya Shah", "priya@lanternworks.co.uk"),
    to=ALE,
    subject="Fwd: Scheduled payment confirmation",
    date="2027-01-08 10:31:07 +0000",
    mid="<CAM{h16}{h8}_{h12}@mail.gmail.com>",
    body=T(fwd_text, "8bit"),
    label=dict(
        amount="700.00",
        currency="GBP",
        reference="75/2026",
        note="looks like a payment notice but the transfer is only scheduled for 15 Jan 2027 and can still be cancelled: a promise, not paid",
    ),
)


# ==========================================================================
# write everything + self-checks
# ==========================================================================

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
FIELD_ORDER = ["amount", "currency", "reference", "return_date", "failed_recipient", "permanent", "note"]


def toml_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def amount_variants(a):
    ip, dp = a.split(".")
    n = int(ip)
    th_dot = "{:,}".format(n).replace(",", ".")
    th_com = "{:,}".format(n)
    return {"%s,%s" % (th_dot, dp), "%s.%s" % (th_com, dp), "%s,%s" % (ip, dp), "%s.%s" % (ip, dp)}


def all_text(msg):
    import html as _html

    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(_html.unescape(part.get_content()))
        elif ct == "message/rfc822":
            out.append(all_text(part.get_content()))
        elif ct == "message/delivery-status":
            out.append(str(part))
    return "\n".join(out)


def main():
    for f in os.listdir(HERE):
        if f.startswith("nt-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    msgs = list(MESSAGES)
    random.Random(20261101).shuffle(msgs)
    lines = [
        "# Labels for tests/data/replies/notices/*.eml, generated by make.py.",
        "# kind: invoice | payment-notification | client-reply-paid | client-reply-promise |",
        "#       client-reply-dispute | client-reply-other | auto-reply | bounce | other",
        "# amount/currency/reference: money actually received (or forwarded/promised) and the",
        "#   invoice number as the freelancer writes it (Alessandra: 12/2026, Javier: 2026-7).",
        "# return_date: only when the auto-reply states it; failed_recipient/permanent: bounces.",
        "",
    ]
    problems = []
    lo, hi = parse_date("2026-11-01 00:00:00 +0000"), parse_date("2027-03-01 00:00:00 +0000")
    for i, m in enumerate(msgs, 1):
        name = "nt-%04d.eml" % i
        assert m["kind"] in KINDS, m["kind"]
        assert m["split"] in ("firstread", "dev")
        assert m["lang"] in ("it", "es", "en")
        dt = parse_date(m["date"])
        if not (lo <= dt < hi):
            problems.append("%s: date out of range %s" % (name, m["date"]))
        raw = build(m, m["subject"] + "|" + m["date"])
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        lines.append('[files."%s"]' % name)
        lines.append("kind = %s" % toml_str(m["kind"]))
        lines.append("language = %s" % toml_str(m["lang"]))
        lines.append("split = %s" % toml_str(m["split"]))
        lab = m.get("label") or {}
        for k in lab:
            assert k in FIELD_ORDER, k
        for k in FIELD_ORDER:
            if k in lab and lab[k] is not None:
                lines.append("%s = %s" % (k, toml_str(lab[k])))
        lines.append("")
        m["_name"] = name
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))

    # ---- checks
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    if sorted(labels) != emls:
        problems.append("labels/files mismatch")
    for m in msgs:
        name = m["_name"]
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                problems.append("%s: missing %s" % (name, h))
        if str(msg["Subject"]) != m["subject"]:
            problems.append("%s: subject roundtrip %r" % (name, str(msg["Subject"])))
        for part in msg.walk():
            if part.defects:
                problems.append("%s: defects %s in %s" % (name, part.defects, part.get_content_type()))
        try:
            text = all_text(msg)
        except Exception as e:  # noqa
            problems.append("%s: cannot decode: %r" % (name, e))
            continue
        lab = labels[name]
        if "amount" in lab and not any(v in text for v in amount_variants(lab["amount"])):
            problems.append("%s: amount %s not found in text" % (name, lab["amount"]))
        if "failed_recipient" in lab and lab["failed_recipient"] not in text:
            problems.append("%s: failed_recipient not in text" % name)
        if lab["kind"] == "bounce" and ("failed_recipient" not in lab or "permanent" not in lab):
            problems.append("%s: bounce without failed_recipient/permanent" % name)
        if "reference" in lab:
            digits = [d for d in lab["reference"].replace("-", "/").split("/")]
            if not all(d in text or (len(d) == 4 and "/" + d[2:] in text) for d in digits):
                problems.append("%s: reference parts %s not in text" % (name, digits))
        if "return_date" in lab:
            datetime.strptime(lab["return_date"], "%Y-%m-%d")
    if problems:
        print("\n".join(problems))
        sys.exit(1)

    # ---- summary
    from collections import Counter

    c = Counter((labels[n]["kind"], labels[n]["split"]) for n in labels)
    kinds = sorted({k for k, _ in c})
    print("%-22s %9s %5s %5s" % ("kind", "firstread", "dev", "total"))
    for k in kinds:
        print(
            "%-22s %9d %5d %5d" % (k, c[(k, "firstread")], c[(k, "dev")], c[(k, "firstread")] + c[(k, "dev")])
        )
    print(
        "%-22s %9d %5d %5d"
        % (
            "TOTAL",
            sum(v for (k, s), v in c.items() if s == "firstread"),
            sum(v for (k, s), v in c.items() if s == "dev"),
            len(labels),
        )
    )
    print("languages:", dict(Counter(labels[n]["language"] for n in labels)))
    ar_all = [n for n in labels if labels[n]["kind"] == "auto-reply"]
    no_hdr = 0
    for n in ar_all:
        with open(os.path.join(HERE, n), "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        if not any(
            msg[h]
            for h in (
                "Auto-Submitted",
                "X-Autoreply",
                "X-Autorespond",
                "Precedence",
                "X-Auto-Response-Suppress",
            )
        ):
            no_hdr += 1
    print("auto-replies without any auto-reply header: %d of %d" % (no_hdr, len(ar_all)))


if __name__ == "__main__":
    main()
