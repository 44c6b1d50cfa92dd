#!/usr/bin/env python3
"""round19-threads: client replies inside long threads (it / es / en).

Every message is what comes back to a freelancer after an invoice and some reminders: the client's new
words sit on top of (or below, or between the lines of) a long quoted history -- the invoice mail, the
reminders sent by mailduns, an older promise that was not kept, an older question, forwarded chains
where an accountant or a colleague writes on top. Only the new words count for the label.

Standard library only. Writes r19t-0001.eml ... and labels.toml next to this file, then re-parses every
file with email.message_from_bytes(..., policy=email.policy.default) and checks it against its label.
Run:  python3 make.py
"""

import base64
import datetime as dt
import email
import email.message
import email.policy
import hashlib
import html
import os
import quopri
import random
import re
import sys
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r19t"
N_EXPECTED = 80
DATE_MIN = dt.date(2026, 11, 1)
DATE_MAX = dt.date(2027, 3, 31)

KINDS = {
    "client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
    "payment-notification", "auto-reply", "bounce", "other",
}

# --------------------------------------------------------------------------------------------------
# People, time zones, localized dates
# --------------------------------------------------------------------------------------------------

TZ = {  # name -> (offset minutes in winter, abbreviation used by Apple Mail)
    "CET": (60, "CET"), "GMT": (0, "GMT"), "WET": (0, "WET"), "EST": (-300, "EST"),
    "CST": (-360, "CST"), "ART": (-180, "GMT-3"), "IST": (330, "IST"), "PST": (-480, "PST"),
    "CANARY": (0, "WET"), "MEX": (-360, "CST"),
}


class Person:
    def __init__(self, name, addr, lang, tz="CET", client="gmail"):
        self.name, self.addr, self.lang, self.tz, self.client = name, addr, lang, tz, client

    def __str__(self):
        return f"{self.name} <{self.addr}>" if self.name else self.addr

    @property
    def domain(self):
        return self.addr.split("@", 1)[1]


def at(person, s):
    """'2026-12-16 09:42' in the person's time zone."""
    off = TZ[person.tz][0]
    naive = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(minutes=off)), second=(naive.hour * 7 + naive.minute * 13) % 60)


IT_WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_WDA = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_M = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre"]
IT_MA = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_WDA = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre"]
ES_MA = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_WDA = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember"]
EN_MA = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def long_date(d, lang):
    """The date as the reminders write it."""
    if lang == "it":
        return f"{d.day} {IT_M[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_M[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_M[d.month - 1]} {d.year}"


def art_il(d):
    s = long_date(d, "it")
    return ("l'" if d.day in (8, 11) else "il ") + s


def money(v, lang, cur="EUR"):
    whole, cents = f"{v:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if lang == "en":
        sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
        return f"{sym}{','.join(groups)}.{cents}"
    return f"{'.'.join(groups)},{cents} €"


def hm(w, zero=True):
    return f"{w.hour:02d}:{w.minute:02d}" if zero else f"{w.hour}:{w.minute:02d}"


def ampm(w):
    h = w.hour % 12 or 12
    return f"{h}:{w.minute:02d} {'AM' if w.hour < 12 else 'PM'}"


# ---- attribution lines -----------------------------------------------------------------------------

def attr_gmail(n, ui):
    w = n.when
    if ui == "it":
        return f"Il giorno {IT_WDA[w.weekday()]} {w.day} {IT_MA[w.month - 1]} {w.year} alle ore {hm(w)} {n.frm} ha scritto:"
    if ui == "es":
        return (f"El {ES_WDA[w.weekday()]}, {w.day} {ES_MA[w.month - 1]} {w.year} a las {hm(w, False)}, "
                f"{n.frm.name} (<{n.frm.addr}>) escribió:")
    return f"On {EN_WDA[w.weekday()]}, {w.day} {EN_MA[w.month - 1]} {w.year} at {hm(w)}, {n.frm} wrote:"


def attr_apple(n, ui):
    w = n.when
    if ui == "it":
        return f"Il giorno {w.day} {IT_MA[w.month - 1]} {w.year}, alle ore {hm(w)}, {n.frm} ha scritto:"
    if ui == "es":
        return f"El {w.day} {ES_MA[w.month - 1]} {w.year}, a las {hm(w, False)}, {n.frm} escribió:"
    return f"On {w.day} {EN_MA[w.month - 1]} {w.year}, at {hm(w)}, {n.frm} wrote:"


def attr_tb(n, ui):
    w = n.when
    if ui == "it":
        return f"Il {w.day:02d}/{w.month:02d}/{w.year} {hm(w)}, {n.frm.name} ha scritto:"
    if ui == "es":
        return f"El {w.day}/{w.month}/{w.year % 100} a las {hm(w, False)}, {n.frm.name} escribió:"
    return f"On {w.day:02d}/{w.month:02d}/{w.year} {hm(w)}, {n.frm.name} wrote:"


def attr_yahoo(n, ui):
    w = n.when
    off = TZ[n.frm.tz][0] // 60
    gmt = "GMT" if off == 0 else f"GMT{off:+d}"
    if ui == "it":
        return f"Il {IT_WD[w.weekday()]} {w.day} {IT_M[w.month - 1]} {w.year}, {hm(w)}:{w.second:02d} {gmt}, {n.frm} ha scritto:"
    if ui == "es":
        return f"El {ES_WD[w.weekday()]}, {w.day} de {ES_M[w.month - 1]} de {w.year}, {hm(w)}:{w.second:02d} {gmt}, {n.frm} escribió:"
    return f"On {EN_WD[w.weekday()]}, {w.day} {EN_M[w.month - 1]} {w.year} at {hm(w)}:{w.second:02d} {gmt}, {n.frm} wrote:"


def outlook_sent(n, ui, us=False):
    w = n.when
    if ui == "it":
        return f"{IT_WD[w.weekday()]} {w.day} {IT_M[w.month - 1]} {w.year} {hm(w)}"
    if ui == "es":
        return f"{ES_WD[w.weekday()]}, {w.day} de {ES_M[w.month - 1]} de {w.year} {hm(w, False)}"
    if ui == "de":
        return f"{DE_WD[w.weekday()]}, {w.day}. {DE_M[w.month - 1]} {w.year} {hm(w)}"
    if us:
        return f"{EN_WD[w.weekday()]}, {EN_M[w.month - 1]} {w.day}, {w.year} {ampm(w)}"
    return f"{EN_WD[w.weekday()]}, {w.day} {EN_M[w.month - 1]} {w.year} {hm(w)}"


OL_LABELS = {
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
}
OWA_LABELS = {
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "es": ("De", "Enviado", "Para", "CC", "Asunto"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
}


def people(x):
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]


def outlook_fields(n, ui, owa=False, us=False, subject=None):
    lab = (OWA_LABELS if owa else OL_LABELS)[ui]
    rows = [(lab[0], str(n.frm)), (lab[1], outlook_sent(n, ui, us)),
            (lab[2], "; ".join(str(p) for p in people(n.to)))]
    if n.cc:
        rows.append((lab[3], "; ".join(str(p) for p in people(n.cc))))
    rows.append((lab[4], subject or n.subject))
    return rows


def gfwd_fields(n, ui):
    w = n.when
    if ui == "it":
        d = f"{IT_WDA[w.weekday()]} {w.day} {IT_MA[w.month - 1]} {w.year} alle ore {hm(w)}"
        frm = "Da"
    elif ui == "es":
        d = f"{ES_WDA[w.weekday()]}, {w.day} {ES_MA[w.month - 1]} {w.year} a las {hm(w, False)}"
        frm = "De"
    else:
        d = f"{EN_WDA[w.weekday()]}, {w.day} {EN_MA[w.month - 1]} {w.year} at {hm(w)}"
        frm = "From"
    rows = [(frm, str(n.frm)), ("Date", d), ("Subject", n.subject),
            ("To", ", ".join(str(p) for p in people(n.to)))]
    if n.cc:
        rows.append(("Cc", ", ".join(str(p) for p in people(n.cc))))
    return rows


def afwd_fields(n, ui):
    w = n.when
    tz = TZ[n.frm.tz][1]
    if ui == "it":
        return "Inizio messaggio inoltrato:", [
            ("Da", str(n.frm)), ("Oggetto", n.subject),
            ("Data", f"{w.day} {IT_M[w.month - 1]} {w.year} alle ore {hm(w)}:{w.second:02d} {tz}"),
            ("A", ", ".join(str(p) for p in people(n.to)))]
    if ui == "es":
        return "Inicio del mensaje reenviado:", [
            ("De", str(n.frm)), ("Asunto", n.subject),
            ("Fecha", f"{w.day} de {ES_M[w.month - 1]} de {w.year}, {hm(w)}:{w.second:02d} {tz}"),
            ("Para", ", ".join(str(p) for p in people(n.to)))]
    return "Begin forwarded message:", [
        ("From", str(n.frm)), ("Subject", n.subject),
        ("Date", f"{w.day} {EN_M[w.month - 1]} {w.year} at {hm(w)}:{w.second:02d} {tz}"),
        ("To", ", ".join(str(p) for p in people(n.to)))]


def tbfwd_fields(n, ui):
    head = {"it": "-------- Messaggio Inoltrato --------", "es": "-------- Mensaje reenviado --------",
            "en": "-------- Forwarded Message --------"}[ui]
    lab = {"it": ("Oggetto", "Data", "Mittente", "A"), "es": ("Asunto", "Fecha", "De", "Para"),
           "en": ("Subject", "Date", "From", "To")}[ui]
    return head, [(lab[0], n.subject), (lab[1], format_datetime(n.when)), (lab[2], str(n.frm)),
                  (lab[3], ", ".join(str(p) for p in people(n.to)))]


def samsung_fields(n, ui):
    w = n.when
    off = TZ[n.frm.tz][0]
    gmt = f"(GMT{'+' if off >= 0 else '-'}{abs(off) // 60:02d}:{abs(off) % 60:02d})"
    head = {"it": "-------- Messaggio originale --------", "es": "-------- Mensaje original --------",
            "en": "-------- Original message --------"}[ui]
    lab = {"it": ("Da", "Data", "A", "Oggetto"), "es": ("De", "Fecha", "Para", "Asunto"),
           "en": ("From", "Date", "To", "Subject")}[ui]
    when = (f"{w.day:02d}/{w.month:02d}/{w.year % 100:02d} {hm(w)} {gmt}" if ui != "en"
            else f"{w.day:02d}/{w.month:02d}/{w.year} {hm(w)} {gmt}")
    return head, [(lab[0], str(n.frm)), (lab[1], when), (lab[2], ", ".join(str(p) for p in people(n.to))),
                  (lab[3], n.subject)]


def libero_fields(n, ui):
    w = n.when
    return [("Da", n.frm.addr), ("Data", f"{w.day:02d}/{w.month:02d}/{w.year} {w.hour}.{w.minute:02d}"),
            ("A", ", ".join(p.addr for p in people(n.to))), ("Ogg", n.subject)]


# --------------------------------------------------------------------------------------------------
# Thread nodes and their rendering
# --------------------------------------------------------------------------------------------------

class Node:
    """One message of a thread. `body` holds only the words written in it; `parent` is the message it
    quotes (or forwards), shown in the way `style` says."""

    def __init__(self, frm, to, when, subject, body, parent=None, style="none", cc=None, bottom=False,
                 ui=None, client=None, raw=None, raw_html=None, us=False):
        self.frm, self.to, self.cc = frm, to, cc
        self.when = at(frm, when) if isinstance(when, str) else when
        self.subject = subject
        self.body = body.strip("\n")
        self.parent, self.style, self.bottom = parent, style, bottom
        self.ui = ui or frm.lang
        self.client = client or frm.client
        self.raw, self.raw_html = raw, raw_html
        self.us = us
        self._mid = None

    def mid(self):
        if self._mid is None:
            h = hashlib.sha1(f"{self.frm.addr}|{self.when.isoformat()}|{self.subject}|{self.body[:200]}".encode()).hexdigest()
            self._mid = make_mid(self.client, self.frm.domain, h)
        return self._mid

    def ancestors(self):
        out, p = [], self.parent
        while p is not None:
            out.append(p)
            p = p.parent
        return out


def make_mid(client, domain, h):
    if client in ("gmail", "android"):
        return f"<CA{h[:2].upper()}{base64.b64encode(bytes.fromhex(h[2:38])).decode().replace('/', '_').replace('+', '-').rstrip('=')}@mail.gmail.com>"
    if client == "owa":
        host = f"{'ADV'[int(h[0], 16) % 3]}{int(h[1], 16) % 9 + 1}PR0{int(h[2], 16) % 9 + 1}MB{int(h[3:7], 16) % 9000 + 1000}"
        return f"<{host}{h[7:31].upper()}@{host}.eurprd0{int(h[31], 16) % 9 + 1}.prod.outlook.com>"
    if client == "outlook":
        return f"<00{h[:2]}01db{h[2:6]}${h[6:14]}${h[14:22]}$@{domain}>"
    if client in ("apple", "iphone"):
        u = h.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if client == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if client == "yahoo":
        return f"<{int(h[:12], 16)}.{int(h[12:20], 16) % 10**7}.{int(h[20:28], 16) % 10**13}@mail.yahoo.com>"
    if client == "libero":
        return f"<{h[:16]}.{int(h[16:24], 16)}@libero.it>"
    if client == "samsung":
        alpha = "abcdefghijklmnopqrstuvwxyz0123456789"
        return f"<{''.join(alpha[int(h[i:i + 2], 16) % 36] for i in range(0, 40, 2))}@email.android.com>"
    return f"<{h[:24]}@{domain}>"


def qprefix(text, tight=False):
    out = []
    for line in text.split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append((">" if tight else "> ") + line)
        else:
            out.append("> " + line)
    return "\n".join(out)


def render_plain(n):
    if n.raw is not None:
        return n.raw.strip("\n")
    text = n.body
    if n.parent is not None and n.style != "none":
        q = quote_plain(n.parent, n.style, n.ui, n)
        text = (q + "\n\n" + text) if n.bottom else (text + "\n\n" + q)
    return text


def quote_plain(p, style, ui, child):
    inner = render_plain(p)
    if style == "gmail":
        return attr_gmail(p, ui) + "\n\n" + qprefix(inner)
    if style == "apple":
        return qprefix(attr_apple(p, ui) + "\n\n" + inner)
    if style == "thunderbird":
        return attr_tb(p, ui) + "\n" + qprefix(inner, tight=True)
    if style == "yahoo":
        return attr_yahoo(p, ui) + "\n\n\n" + qprefix(inner)
    if style in ("outlook", "owa", "fwd-outlook", "fwd-owa"):
        rows = outlook_fields(p, ui, owa=style.endswith("owa"), us=child.us)
        sep = "________________________________\n" if style.endswith("owa") else ""
        return sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + inner
    if style == "outlook-old":
        head = {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----",
                "en": "-----Original Message-----"}[ui]
        rows = outlook_fields(p, ui, us=child.us)
        return head + "\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + inner
    if style == "samsung":
        head, rows = samsung_fields(p, ui)
        return "\n" + head + "\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + inner
    if style == "libero":
        return "----Messaggio originale----\n" + "\n".join(f"{k}: {v}" for k, v in libero_fields(p, ui)) + "\n\n" + inner
    if style == "fwd-gmail":
        head = {"it": "---------- Forwarded message ---------", "es": "---------- Forwarded message ---------",
                "en": "---------- Forwarded message ---------"}[ui]
        return head + "\n" + "\n".join(f"{k}: {v}" for k, v in gfwd_fields(p, ui)) + "\n\n\n" + inner
    if style == "fwd-apple":
        head, rows = afwd_fields(p, ui)
        return head + "\n\n" + qprefix("\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + inner)
    if style == "fwd-tb":
        head, rows = tbfwd_fields(p, ui)
        return head + "\n" + "\n".join(f"{k}: \t{v}" for k, v in rows) + "\n\n\n" + inner
    raise ValueError(style)


# ---- HTML ------------------------------------------------------------------------------------------

def esc(s):
    return html.escape(s, quote=False)


def linkify(s):
    s = esc(s)
    s = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)
    return s


def body_html(text, client):
    lines = text.split("\n")
    if client == "outlook":
        return "".join(f'<p class="MsoNormal">{linkify(l) if l else "<o:p>&nbsp;</o:p>"}</p>' for l in lines)
    if client == "owa":
        st = 'style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"'
        return "".join(f'<div class="elementToProof" {st}>{linkify(l) if l else "<br>"}</div>' for l in lines)
    if client in ("apple", "iphone"):
        return "".join(f"<div>{linkify(l) if l else '<br>'}</div>" for l in lines)
    if client == "samsung":
        return "".join(f'<div dir="auto">{linkify(l) if l else "<br>"}</div>' for l in lines)
    if client in ("gmail", "android"):
        return '<div dir="ltr">' + "".join(f"<div>{linkify(l) if l else '<br>'}</div>" for l in lines) + "</div>"
    if client == "thunderbird":
        return "<p>" + "<br>\n".join(linkify(l) for l in lines) + "</p>"
    return "".join(f"<p>{linkify(l)}</p>" if l else "<p>&nbsp;</p>" for l in lines)


def interleaved_html(raw):
    """Plain interleaved text: runs of '>' lines become blockquotes."""
    out, buf = [], []

    def flush():
        if buf:
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + "<br>".join(esc(re.sub(r"^> ?", "", l)) for l in buf) + "</blockquote>")
            buf.clear()
    for line in raw.strip("\n").split("\n"):
        if line.startswith(">"):
            buf.append(line)
        else:
            flush()
            out.append(f"<div>{linkify(line) if line else '<br>'}</div>")
    flush()
    return "".join(out)


def render_html(n):
    if n.raw_html is not None:
        return n.raw_html
    if n.raw is not None:
        return interleaved_html(n.raw)
    own = body_html(n.body, n.client)
    if n.parent is None or n.style == "none":
        return own
    q = quote_html(n.parent, n.style, n.ui, n)
    return (q + own) if n.bottom else (own + q)


def rows_html(rows, bold=True):
    return "<br>".join((f"<b>{esc(k)}:</b> " if bold else f"{esc(k)}: ") + esc(v) for k, v in rows)


def quote_html(p, style, ui, child):
    inner = render_html(p)
    if style == "gmail":
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + esc(attr_gmail(p, ui)) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote></div>")
    if style == "apple":
        return ('<div><br><blockquote type="cite"><div>' + esc(attr_apple(p, ui))
                + '</div><br class="Apple-interchange-newline">' + inner + "</blockquote></div>")
    if style == "thunderbird":
        return ('<div class="moz-cite-prefix">' + esc(attr_tb(p, ui)) + '<br></div><blockquote type="cite" cite="mid:'
                + esc(p.mid().strip("<>")) + '">' + inner + "</blockquote>")
    if style == "yahoo":
        return ('<div class="yahoo_quoted" id="yahoo_quoted_' + p.mid()[1:11] + '"><div style="font-family:Helvetica,'
                ' Arial, sans-serif;font-size:13px;color:#26282a;"><div>' + esc(attr_yahoo(p, ui))
                + '</div><div><br></div><div><br></div><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                'padding-left:1ex">' + inner + "</blockquote></div></div>")
    if style in ("outlook", "fwd-outlook"):
        rows = outlook_fields(p, ui, us=child.us)
        return ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
                + rows_html(rows) + '<o:p></o:p></span></p></div></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                + inner)
    if style in ("owa", "fwd-owa"):
        rows = outlook_fields(p, ui, owa=True, us=child.us)
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                + rows_html(rows) + '</font><div>&nbsp;</div></div><div>' + inner + "</div>")
    if style == "outlook-old":
        head = {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----",
                "en": "-----Original Message-----"}[ui]
        return ("<div><p>" + esc(head) + "<br>" + rows_html(outlook_fields(p, ui, us=child.us), bold=False)
                + "</p></div>" + inner)
    if style == "samsung":
        head, rows = samsung_fields(p, ui)
        return ('<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
                "<div>" + esc(head) + "</div>" + "".join(f"<div>{esc(k)}: {esc(v)} </div>" for k, v in rows)
                + "<div><br></div></div>" + inner)
    if style == "libero":
        return ("<div><br>----Messaggio originale----<br>" + rows_html(libero_fields(p, ui), bold=False)
                + "<br><br></div><div>" + inner + "</div>")
    if style == "fwd-gmail":
        rows = gfwd_fields(p, ui)
        first = (f'{esc(rows[0][0])}: <strong class="gmail_sendername" dir="auto">{esc(p.frm.name)}</strong> '
                 f'<span dir="auto">&lt;<a href="mailto:{p.frm.addr}">{p.frm.addr}</a>&gt;</span>')
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                + first + "<br>" + rows_html(rows[1:], bold=False) + "<br></div><br><br>" + inner + "</div>")
    if style == "fwd-apple":
        head, rows = afwd_fields(p, ui)
        hdr = "".join('<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;">'
                      f'<span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>{esc(k)}: </b></span>'
                      f'<span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">{esc(v)}<br></span></div>'
                      for k, v in rows)
        return ('<div><br><blockquote type="cite"><div>' + esc(head) + '</div><br class="Apple-interchange-newline">'
                + hdr + "<br>" + inner + "</blockquote></div>")
    if style == "fwd-tb":
        head, rows = tbfwd_fields(p, ui)
        tr = "".join(f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{esc(k)}: </th><td>{esc(v)}</td></tr>'
                     for k, v in rows)
        return ('<div class="moz-forward-container"><br><br>' + esc(head)
                + '<table class="moz-email-headers-table" border="0" cellpadding="0" cellspacing="0"><tbody>'
                + tr + "</tbody></table><br>" + inner + "</div>")
    raise ValueError(style)


def html_document(fragment, client, lang):
    if client == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                'span.StileMessaggioDiPostaElettronica18\n\t{mso-style-type:personal-reply;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 2.0cm 2.0cm 2.0cm;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
                f'<body lang="{lang.upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">'
                '<div class="WordSection1">' + fragment + "</div></body></html>")
    if client == "owa":
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n' + fragment + "\n</body>\n</html>")
    if client in ("apple", "iphone"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                + fragment + "</body></html>")
    if client == "thunderbird":
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
                '  </head>\n  <body>\n' + fragment + "\n  </body>\n</html>")
    if client in ("gmail", "android"):
        return fragment
    if client == "samsung":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                + fragment + "</body></html>")
    return "<html><body>" + fragment + "</body></html>"


# --------------------------------------------------------------------------------------------------
# The reminders mailduns sent (wording of templates/{it,es,en}), and a few bank / processor mails
# --------------------------------------------------------------------------------------------------

class Inv:
    def __init__(self, number, amount, issue, due, owner, sal, payee=None, iban=None, bic=None, cur="EUR",
                 subject=None, lang="it"):
        self.number, self.amount, self.cur = number, amount, cur
        self.issue = dt.date.fromisoformat(issue)
        self.due = dt.date.fromisoformat(due)
        self.owner, self.sal, self.lang = owner, sal, lang
        self.payee, self.iban, self.bic = payee or owner.name, iban, bic
        self.subject = subject

    def amt(self):
        return money(self.amount, self.lang, self.cur)


def pay_block(inv):
    l = inv.lang
    if not inv.iban:
        return {"it": "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione.",
                "es": "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación.",
                "en": "The payment details are on the invoice, in my original email in this thread."}[l]
    if l == "it":
        rows = ["Per il pagamento:", f"- beneficiario: {inv.payee}", f"- IBAN: {inv.iban}"]
        if inv.bic:
            rows.append(f"- BIC: {inv.bic}")
        rows.append(f"- causale: Fattura {inv.number}")
    elif l == "es":
        rows = ["Datos para el pago:", f"- beneficiario: {inv.payee}", f"- IBAN: {inv.iban}"]
        if inv.bic:
            rows.append(f"- BIC: {inv.bic}")
        rows.append(f"- concepto: Factura {inv.number}")
    else:
        rows = ["Payment details:", f"- Account name: {inv.payee}", f"- IBAN: {inv.iban}"]
        if inv.bic:
            rows.append(f"- BIC (SWIFT): {inv.bic}")
        rows.append(f"- Payment reference: {inv.number}")
    return "\n".join(rows)


def reminder(inv, kind, today=None, promise=None, deadline=None):
    """Text of a mailduns letter, as the templates word it (no fees)."""
    l, n, a = inv.lang, inv.number, inv.amt()
    pb = pay_block(inv)
    o = inv.owner.name
    if l == "it":
        if kind == "courtesy":
            return (f"{inv.sal}\n\nun breve promemoria: la fattura n. {n} di {a}, emessa {art_il(inv.issue)}, è in scadenza "
                    f"{art_il(inv.due)}.\n\nNel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto "
                    f"di questo messaggio.\n\n{pb}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{o}")
        if kind == "due":
            return (f"{inv.sal}\n\nun promemoria: la fattura n. {n} di {a} è scaduta {art_il(inv.due)}. Se il pagamento non è "
                    f"ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\nSe il pagamento è già stato "
                    f"effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n{pb}\n\nPer qualsiasi domanda basta "
                    f"rispondere a questa email.\n\nCordiali saluti,\n{o}")
        if kind == "reminder":
            return (f"{inv.sal}\n\nda un controllo la fattura n. {n} di {a}, scaduta {art_il(inv.due)}, risulta ancora da saldare. "
                    f"Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    f"Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare "
                    f"la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la "
                    f"fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n{pb}\n\nCordiali saluti,\n{o}")
        if kind == "promise_followup":
            if promise:
                first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {n} di {a} sarebbe stato "
                         f"effettuato entro {art_il(promise)}.")
            else:
                first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {n} di {a}, scaduta "
                         f"{art_il(inv.due)}.")
            return (f"{inv.sal}\n\n{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta "
                    f"rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere "
                    f"entro quando posso aspettarlo.\n\n{pb}\n\nCordiali saluti,\n{o}")
        if kind == "final":
            return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {n} del {long_date(inv.issue, 'it')}\n\n"
                    f"{inv.sal}\n\nla fattura n. {n} di {a}, scaduta {art_il(inv.due)}, risulta ancora da saldare nonostante i "
                    f"precedenti solleciti.\n\nCon la presente chiedo formalmente il pagamento di {a} entro {art_il(deadline)}. "
                    f"La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice "
                    f"civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                    f"In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi "
                    f"competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del "
                    f"debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a "
                    f"parlarne; basta rispondere a questa email entro la stessa data.\n\nQualora il pagamento sia già stato "
                    f"effettuato, prego di non tenere conto della presente e di indicarmi la data del bonifico, così da poterlo "
                    f"verificare.\n\n{pb}\n\nCordiali saluti,\n{o}")
    if l == "es":
        if kind == "courtesy":
            return (f"{inv.sal}\n\nUn breve recordatorio: la factura n.º {n} de {a}, emitida el {long_date(inv.issue, 'es')}, vence "
                    f"el {long_date(inv.due, 'es')}.\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pb}\n\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{o}")
        if kind == "due":
            return (f"{inv.sal}\n\nLa factura n.º {n} de {a} venció el {long_date(inv.due, 'es')} y, según mis registros, el pago "
                    f"aún no consta. Agradecería que se tramitara en los próximos días.\n\nSi el pago ya se ha realizado, muchas "
                    f"gracias: no es necesario hacer nada más.\n\n{pb}\n\nPara cualquier duda, basta con responder a este correo.\n\n"
                    f"Un cordial saludo,\n{o}")
        if kind == "reminder":
            return (f"{inv.sal}\n\nRevisando mis cuentas, veo que la factura n.º {n} de {a}, vencida el {long_date(inv.due, 'es')}, "
                    f"sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara "
                    f"en cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder "
                    f"indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con "
                    f"la factura, podemos aclararlo por esta misma vía.\n\n{pb}\n\nUn cordial saludo,\n{o}")
        if kind == "promise_followup":
            if promise:
                first = (f"Según su último mensaje, el pago de la factura n.º {n} de {a} se realizaría a más tardar el "
                         f"{long_date(promise, 'es')}; gracias de nuevo por la información.")
            else:
                first = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {n} de {a}, vencida el "
                         f"{long_date(inv.due, 'es')}.")
            return (f"{inv.sal}\n\n{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: "
                    f"basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil "
                    f"saber para cuándo puedo contar con él.\n\n{pb}\n\nUn cordial saludo,\n{o}")
        if kind == "final":
            return (f"{inv.sal}\n\nPese a los recordatorios anteriores, la factura n.º {n} de {a}, vencida el "
                    f"{long_date(inv.due, 'es')}, sigue pendiente de pago.\n\nPor medio del presente, solicito formalmente el pago "
                    f"de {a} a más tardar el {long_date(deadline, 'es')}. Si para esa fecha no se ha recibido el pago, me reservo "
                    f"el derecho de iniciar las acciones oportunas para su reclamación, incluida la vía judicial.\n\nPreferiría "
                    f"evitarlo: si el retraso tiene algún motivo o hace falta un calendario de pagos, estoy dispuesta a hablarlo; "
                    f"basta con responder a este correo antes de esa fecha.\n\nSi el pago ya se ha realizado, ruego disculpen "
                    f"este aviso y me indiquen la fecha de la transferencia.\n\n{pb}\n\nUn cordial saludo,\n{o}")
    if l == "en":
        if kind == "courtesy":
            return (f"{inv.sal}\n\nJust a friendly note that invoice {n} for {a}, issued on {long_date(inv.issue, 'en')}, is due "
                    f"for payment on {long_date(inv.due, 'en')}.\n\nIf you have already paid, thank you, and please disregard "
                    f"this note.\n\n{pb}\n\nIf you have any questions, just reply to this email.\n\nKind regards,\n{o}")
        if kind == "due":
            return (f"{inv.sal}\n\nThis is a quick reminder that invoice {n} for {a} was due for payment on "
                    f"{long_date(inv.due, 'en')}. If it has not been paid yet, I would be grateful if you could arrange payment "
                    f"in the next few days.\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n{pb}\n\n"
                    f"If you have any questions, just reply to this email.\n\nKind regards,\n{o}")
        if kind == "reminder":
            return (f"{inv.sal}\n\nAccording to my records, invoice {n} for {a}, due on {long_date(inv.due, 'en')}, has not yet "
                    f"been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your "
                    f"earliest convenience.\n\nIf you have already paid, thank you – please let me know the payment date so that "
                    f"I can update my records. If there is a problem with the invoice, please reply to this email and we can sort "
                    f"it out.\n\n{pb}\n\nKind regards,\n{o}")
        if kind == "promise_followup":
            if promise:
                first = f"Thank you for letting me know that invoice {n} for {a} would be paid by {long_date(promise, 'en')}."
            else:
                first = (f"Thank you for your earlier message about invoice {n} for {a}, which was due on "
                         f"{long_date(inv.due, 'en')}.")
            return (f"{inv.sal}\n\n{first}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please "
                    f"let me know the date it was made. If you need a little more time, could you let me know when I can expect "
                    f"it?\n\n{pb}\n\nKind regards,\n{o}")
        if kind == "final":
            return (f"Final notice before debt recovery\n\nDate: {long_date(today, 'en')}\nInvoice: {n}, issued on "
                    f"{long_date(inv.issue, 'en')}, due on {long_date(inv.due, 'en')}\nAmount due: {a}\nPayment deadline: "
                    f"{long_date(deadline, 'en')}\n\n{inv.sal}\n\nDespite my previous reminders, invoice {n} for {a}, which was due "
                    f"for payment on {long_date(inv.due, 'en')}, remains unpaid.\n\nI therefore formally request payment of {a} "
                    f"by {long_date(deadline, 'en')}.\n\nIf payment is not received by that date, I intend to take steps to recover "
                    f"the debt. These may include referring the matter to a debt collection agency or a solicitor and, if "
                    f"necessary, starting court proceedings.\n\nI would much rather resolve this with you directly. If there is a "
                    f"reason for the delay, or if you would like to propose a payment plan, please reply to this email before "
                    f"{long_date(deadline, 'en')}.\n\nIf you have paid in the meantime, thank you, and please accept my apologies "
                    f"for this notice; it would help if you could let me know the payment date so that I can update my "
                    f"records.\n\n{pb}\n\nYours sincerely,\n{o}")
    raise ValueError((l, kind))


def re_(subject, prefix="Re: "):
    return subject if re.match(r"(?i)^(re|r|rif|aw|rv|sv):", subject) else prefix + subject


# --------------------------------------------------------------------------------------------------
# MIME writing
# --------------------------------------------------------------------------------------------------

def hdr_text(s, client="other"):
    """A Subject the way the sending client writes it: Outlook base64-encodes the whole line, Gmail and
    Apple quoted-printable-encode the whole line, the others encode only the words that need it."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if client in ("outlook", "owa"):
        words, cur = [], ""
        for ch in s:
            if len((cur + ch).encode("utf-8")) > 42:
                words.append(cur)
                cur = ""
            cur += ch
        words.append(cur)
        return "\n ".join("=?utf-8?B?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?=" for w in words)
    if client in ("gmail", "android", "apple", "iphone"):
        return Header(s, "utf-8", header_name="Subject").encode(maxlinelen=76)
    m = email.message.EmailMessage(policy=email.policy.default.clone(linesep="\n", max_line_length=78))
    m["Subject"] = s
    return m.as_string().split("Subject: ", 1)[1].rstrip("\n")


def hdr_addrs(x):
    return ", ".join(formataddr((p.name, p.addr), charset="utf-8") if p.name else p.addr for p in people(x))


def fold_ids(name, ids):
    out, line = [], name + ":"
    for i in ids:
        if len(line) + 1 + len(i) > 76 and line != name + ":":
            out.append(line)
            line = " " + i
        else:
            line += " " + i
    out.append(line)
    return "\n".join(out)


def encode_body(data, cte):
    if cte == "qp":
        return quopri.encodestring(data).decode("ascii"), "quoted-printable"
    if cte == "b64":
        return base64.encodebytes(data).decode("ascii"), "base64"
    if cte == "8bit":
        return data.decode("latin-1"), "8bit"  # bytes kept as they are (latin-1 maps bytes 1:1)
    if cte == "7bit":
        data.decode("ascii")
        return data.decode("ascii"), "7bit"
    raise ValueError(cte)


def text_part(subtype, text, charset, cte, flowed=False):
    data = text.replace("\r\n", "\n").encode(charset)  # strict: fails on a character the charset lacks
    body, cte_name = encode_body(data, cte)
    ct = f'Content-Type: text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    return [ct, f"Content-Transfer-Encoding: {cte_name}"], body


def bin_part(ctype, filename, data, inline=False):
    fn = filename
    try:
        fn.encode("ascii")
        fnp = f'"{fn}"'
    except UnicodeEncodeError:
        fnp = None
    if fnp:
        hs = [f'Content-Type: {ctype}; name={fnp}',
              f'Content-Disposition: {"inline" if inline else "attachment"}; filename={fnp}']
    else:
        enc = "utf-8''" + "".join(c if c.isalnum() or c in "._-" else "%%%02X" % b for c in fn for b in c.encode())
        hs = [f"Content-Type: {ctype}; name*={enc}", f'Content-Disposition: {"inline" if inline else "attachment"}; filename*={enc}']
    hs.append("Content-Transfer-Encoding: base64")
    return hs, base64.encodebytes(data).decode("ascii")


def multipart(subtype, parts, boundary):
    hs = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"']
    chunks = []
    for phs, pbody in parts:
        chunks.append(f"--{boundary}\n" + "\n".join(phs) + "\n\n" + pbody.rstrip("\n") + "\n")
    body = "\n".join(chunks) + f"\n--{boundary}--\n"
    return hs, body


TINY_PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n"
            b"endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
TINY_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
TINY_JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f"
                         "141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101"
                         "011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffda0008010100003f00d2cf20ffd9")


def att(kind, filename):
    data = {"pdf": TINY_PDF, "png": TINY_PNG, "jpg": TINY_JPG}[kind]
    ctype = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg"}[kind]
    return (ctype, filename, data)


CLIENT_HEADERS = {
    "gmail": [],
    "android": [],
    "samsung": [],
    "outlook": ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQHbT2x1c3RvcnlfdGhyZWFkX2lk"],
    "owa": ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "msip_labels: ",
            "x-ms-exchange-messagesentrepresentingtype: 1"],
    "apple": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "iphone": ["X-Mailer: iPhone Mail (22C152)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "yahoo": ["X-Mailer: WebService/1.1.23187 YMailNorrin"],
    "libero": ["X-Mailer: Libero Mail"],
}


class Msg:
    def __init__(self, kind, lang, node, fmt="plain", cte="qp", charset="utf-8", html_cte=None, attachments=(),
                 reply=True, extra_headers=(), facts=None, note="", checks=(), own=None, flowed=False,
                 rule=None, html_charset=None):
        self.kind, self.lang, self.node = kind, lang, node
        self.fmt, self.cte, self.charset = fmt, cte, charset
        self.html_cte = html_cte or cte
        self.html_charset = html_charset or charset
        self.attachments = list(attachments)
        self.reply = reply
        self.extra_headers = list(extra_headers)
        self.facts = dict(facts or {})
        self.note = note
        self.checks = list(checks)
        self.own = own  # the new words, when node.body is not enough (interleaved, forwarded notice)
        self.flowed = flowed
        self.rule = rule

    def new_words(self):
        if self.own is not None:
            return self.own
        return self.node.body


MESSAGES = []


def add(*a, **k):
    m = Msg(*a, **k)
    MESSAGES.append(m)
    return m


def build(m, idx):
    n = m.node
    client = n.client
    bnd_seed = hashlib.sha1(n.mid().encode()).hexdigest()
    hs = []
    hs.append(f"Return-Path: <{n.frm.addr}>")
    hs.append(f"Received: from {n.frm.domain} (mail.{n.frm.domain} [203.0.113.{int(bnd_seed[:2], 16) % 200 + 20}])\n"
              f"\tby mx.{people(n.to)[0].domain} with ESMTPS id {bnd_seed[:12]};\n\t{format_datetime(n.when + dt.timedelta(seconds=4))}")
    hs.append("From: " + hdr_addrs(n.frm))
    hs.append("To: " + hdr_addrs(n.to))
    if n.cc:
        hs.append("Cc: " + hdr_addrs(n.cc))
    hs.append("Subject: " + hdr_text(n.subject, client))
    hs.append("Date: " + format_datetime(n.when))
    hs.append("Message-ID: " + n.mid())
    if m.reply and n.parent is not None:
        hs.append("In-Reply-To: " + n.parent.mid())
        refs = [a.mid() for a in reversed(n.ancestors())]
        hs.append(fold_ids("References", refs))
    hs.extend(CLIENT_HEADERS.get(client, []))
    if client in ("outlook", "owa"):
        hs.append(f"Content-Language: {dict(it='it-IT', es='es-ES', en='en-GB')[m.lang]}")
    hs.extend(m.extra_headers)
    mv = "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))" if client == "apple" else "MIME-Version: 1.0"
    if client == "iphone":
        mv = "Mime-Version: 1.0 (1.0)"
    hs.append(mv)

    plain = render_plain(n)
    parts = []
    if m.fmt in ("plain", "alt"):
        parts.append(text_part("plain", plain + "\n", m.charset, m.cte, m.flowed))
    if m.fmt in ("alt", "html"):
        doc = html_document(render_html(n), client, m.lang)
        if m.html_charset != "utf-8":
            doc = doc.replace("charset=utf-8", f"charset={m.html_charset}").replace("charset=UTF-8", f"charset={m.html_charset}")
        parts.append(text_part("html", doc + "\n", m.html_charset, m.html_cte))
    if len(parts) == 2:
        body_part = multipart("alternative", parts, f"{'Apple-Mail=_' if client in ('apple', 'iphone') else '000000000000'}{bnd_seed[:24]}")
    else:
        body_part = parts[0]
    if m.attachments:
        top = [body_part] + [bin_part(*a) for a in m.attachments]
        hs2, body = multipart("mixed", top, f"{'Apple-Mail=_' if client in ('apple', 'iphone') else '_004_'}{bnd_seed[24:40]}mix")
    else:
        hs2, body = body_part
    raw = "\n".join(hs + hs2) + "\n\n" + body
    return raw.encode("latin-1") if m.cte == "8bit" or m.html_cte == "8bit" else raw.encode("ascii")


# --------------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------------

def norm_space(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def html_to_text(h):
    h = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|blockquote)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


NUM_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\w])")


def numbers_in(text):
    out = set()
    for tok in NUM_RE.findall(text):
        t = tok.replace("'", "").replace(" ", "")
        m = re.match(r"^(.*?)([.,](\d{1,2}))?$", t)
        whole = re.sub(r"[.,]", "", m.group(1))
        cents = (m.group(3) or "0").ljust(2, "0")
        if whole:
            out.add(f"{int(whole)}.{cents}")
        # "1.250" read as thousands
        out.add(f"{int(re.sub(r'[.,]', '', t))}.00")
    return out


def weekday_after(d, wd, skip=0):
    """The first day strictly after d with weekday wd (0 = Monday), plus `skip` weeks."""
    k = (wd - d.weekday()) % 7 or 7
    return d + dt.timedelta(days=k + 7 * skip)


def month_end(d):
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def check_all(written):
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    problems = []
    assert len(labels) == len(written) == N_EXPECTED, (len(labels), len(written))
    for name, m in written:
        lab = labels[name]
        err = lambda s: problems.append(f"{name}: {s}")
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                err(f"missing {h}")
        when = msg["Date"].datetime
        if when.tzinfo is None:
            err("Date without zone")
        if not (DATE_MIN <= when.date() <= DATE_MAX):
            err(f"Date {when} out of range")
        if m.reply and not msg["In-Reply-To"]:
            err("reply without In-Reply-To")
        if msg["In-Reply-To"] and msg["In-Reply-To"].strip() not in (msg["References"] or ""):
            err("In-Reply-To not in References")
        if str(msg["Subject"]) != m.node.subject:
            err(f"subject round trip: {msg['Subject']!r}")
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None:
            err("no body")
            continue
        text = part.get_content()
        if part.get_content_subtype() == "html":
            text = html_to_text(text)
        full = norm_space(text)
        for a in m.attachments:
            if not any(p.get_filename() == a[1] for p in msg.iter_attachments()):
                err(f"attachment {a[1]} missing")
        own = m.new_words()
        first = next(l for l in own.split("\n") if l.strip() and not l.startswith(">"))
        for s in [first[:40]] + m.checks:
            if norm_space(s) not in full:
                err(f"text not found after decoding: {s!r}")
        if m.fmt == "alt":
            h = msg.get_body(preferencelist=("html",))
            if norm_space(first[:30]) not in norm_space(html_to_text(h.get_content())):
                err("html part lacks the new words")
        # label fields
        if lab.get("kind") not in KINDS:
            err(f"bad kind {lab.get('kind')}")
        if lab.get("language") not in ("it", "es", "en"):
            err("bad language")
        if lab.get("split") != "dev":
            err("split")
        if not lab.get("note"):
            err("no note")
        allowed = {"kind", "language", "split", "note", "amount", "currency", "reference"}
        allowed |= {"client-reply-promise": {"promised_date"}, "auto-reply": {"return_date"},
                    "bounce": {"failed_recipient", "permanent"}}.get(lab["kind"], set())
        for k in lab:
            if k not in allowed:
                err(f"field {k} not allowed for {lab['kind']}")
        if "amount" in lab:
            if not re.fullmatch(r"\d+\.\d{2}", lab["amount"]):
                err("amount format")
            if lab["amount"] not in numbers_in(own):
                err(f"amount {lab['amount']} not stated in the new words")
        if "currency" in lab and not re.fullmatch(r"[A-Z]{3}", lab["currency"]):
            err("currency format")
        if "currency" in lab and "amount" not in lab:
            err("currency without amount")
        if "reference" in lab and lab["reference"].lower() not in own.lower():
            err(f"reference {lab['reference']} not in the new words")
        local = when.date()
        if "promised_date" in lab:
            pd = dt.date.fromisoformat(lab["promised_date"])
            if not (local <= pd <= local + dt.timedelta(days=120)):
                err(f"promised_date {pd} far from {local}")
        if "return_date" in lab:
            rd = dt.date.fromisoformat(lab["return_date"])
            if not (local <= rd <= local + dt.timedelta(days=120)):
                err(f"return_date {rd} far from {local}")
        if m.rule is not None:
            want = m.rule(local)
            got = lab.get("promised_date") or lab.get("return_date")
            if want.isoformat() != got:
                err(f"date rule gives {want}, label says {got}")
        if lab["kind"] == "client-reply-promise" and m.rule is None and "promised_date" in lab:
            pass
    return problems


# --------------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------------

def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    if len(MESSAGES) != N_EXPECTED:
        print(f"warning: {len(MESSAGES)} messages defined, {N_EXPECTED} expected", file=sys.stderr)
    order = list(range(len(MESSAGES)))
    random.Random(1919).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    written = []
    lines = ["# round19-threads: client replies inside long quoted threads (invoice, reminders, old promises,",
             "# forwarded chains, inline answers); it/es/en. Only the new words decide the label. Written by make.py.", ""]
    for i, k in enumerate(order, 1):
        m = MESSAGES[k]
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(build(m, i))
        written.append((name, m))
        lines.append(f'[files."{name}"]')
        lines.append(f"kind = {toml_str(m.kind)}")
        lines.append(f"language = {toml_str(m.lang)}")
        lines.append('split = "dev"')
        for key in ("promised_date", "return_date", "amount", "currency", "reference", "failed_recipient"):
            if key in m.facts:
                lines.append(f"{key} = {toml_str(m.facts[key])}")
        if "permanent" in m.facts:
            lines.append(f"permanent = {'true' if m.facts['permanent'] else 'false'}")
        lines.append(f"note = {toml_str(m.note)}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    problems = check_all(written)
    counts = {}
    for _, m in written:
        counts[(m.kind)] = counts.get(m.kind, 0) + 1
    langs = {}
    for _, m in written:
        langs[m.lang] = langs.get(m.lang, 0) + 1
    print(f"wrote {len(written)} messages: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print("all files re-parsed and checked")


# ==================================================================================================
# The messages. Each thread is written by hand: the older messages are Nodes, the last Node is what
# arrives. Freelancers (mailbox owners) first.
# ==================================================================================================

GIULIA = Person("Giulia Ferraris", "giulia@ferrarisgrafica.it", "it", "CET", "gmail")
MARCO = Person("Marco Sanna", "marco@sannadev.it", "it", "CET", "thunderbird")
ELENA = Person("Elena Boschi", "elena.boschi@boschitraduzioni.it", "it", "CET", "apple")
LUCIA = Person("Lucía Garrido", "hola@luciagarridofoto.es", "es", "CET", "gmail")
JORDI = Person("Jordi Puig", "jordi@puigcodi.cat", "es", "CET", "thunderbird")
AINHOA = Person("Ainhoa Etxeberria", "ainhoa@etxeberriatraduce.es", "es", "CET", "apple")
TOM = Person("Tom Whitfield", "tom@whitfieldwords.co.uk", "en", "GMT", "gmail")
SEAN = Person("Seán Gallagher", "sean@gallagherdev.ie", "en", "GMT", "thunderbird")
PRIYA = Person("Priya Nair", "priya@nairux.studio", "en", "WET", "apple")

IBAN_GIULIA = "IT60 X054 2811 1010 0000 0123 456"
IBAN_MARCO = "IT40 S030 6904 8001 0000 0012 345"
IBAN_ELENA = "IT02 L123 4512 3451 2345 6789 012"
IBAN_LUCIA = "ES91 2100 0418 4502 0005 1332"
IBAN_JORDI = "ES79 2100 0813 6101 2345 6789"
IBAN_AINHOA = "ES66 0182 5322 1702 0123 4567"
IBAN_SEAN = "IE29 AIBK 9311 5212 3456 78"
IBAN_PRIYA = "PT50 0035 0683 0000 0012 3457 2"
IBAN_TOM = "GB29 NWBK 6016 1331 9268 19"


def R(inv, kind, when, to, parent=None, promise=None, deadline=None, today=None):
    """A letter mailduns sent in the thread: a reply to the invoice mail, quoting nothing."""
    d = lambda s: dt.date.fromisoformat(s) if s else None
    return Node(inv.owner, to, when, re_(inv.subject), reminder(inv, kind, today=d(today), promise=d(promise),
                                                                 deadline=d(deadline)),
                parent=parent, style="none", client="mailduns")


def tail(node, ui, style="gmail", tight=False):
    """The quoted remainder of `node` (its own quote), prefixed once more: for hand-made inline replies."""
    if node.parent is None or node.style == "none":
        return ""
    return qprefix(quote_plain(node.parent, node.style, node.ui, node), tight=tight)


# ==================================================================================================
# ITALIANO
# ==================================================================================================

# ---- it 1: paid; history holds the old promise "venerdì" that was not kept ------------------------
PAOLO = Person("Paolo Rinaldi", "paolo.rinaldi@rinaldiarredi.it", "it", "CET", "gmail")
inv = Inv("2026/041", 1002.00, "2026-10-05", "2026-11-04", GIULIA, "Spett.le Rinaldi Arredi srl,",
          iban=IBAN_GIULIA, subject="Fattura n. 2026/041 – catalogo autunno", lang="it")
n1 = Node(GIULIA, PAOLO, "2026-10-05 10:12", inv.subject, """\
Ciao Paolo,

in allegato la fattura n. 2026/041 per l'impaginazione del catalogo autunno: 1.000 € più 2 € di bollo, totale 1.002,00 €. Scadenza a 30 giorni, il 4 novembre.

Gli estremi per il bonifico sono in fattura. Grazie ancora, è venuto benissimo!

Un saluto,
Giulia

--
Giulia Ferraris · grafica e impaginazione
via Nizza 118, 10126 Torino · P.IVA 11223344556""")
n2 = R(inv, "reminder", "2026-11-09 09:00", PAOLO, n1)
n3 = Node(PAOLO, GIULIA, "2026-11-10 18:40", re_(inv.subject), """\
Hai ragione, scusa! Settimana piena di fiere, non ci ho proprio pensato. Te lo faccio venerdì, promesso.

P.""", parent=n2, style="gmail")
n4 = Node(GIULIA, PAOLO, "2026-11-18 11:25", re_(inv.subject), """\
Ciao Paolo,

ti riscrivo perché il bonifico di venerdì non mi è ancora arrivato. Magari è solo questione di giorni, ma preferisco chiedere: mi confermi che è partito?

Grazie,
Giulia""", parent=n3, style="gmail")
top = Node(PAOLO, GIULIA, "2026-11-23 08:47", re_(inv.subject), """\
Ciao Giulia,

stavolta è fatto davvero: bonifico partito stamattina, ti allego la contabile. Scusa ancora per il casino, il nostro amministrativo era in malattia e nessuno toccava l'home banking.

Paolo""", parent=n4, style="gmail")
add("client-reply-paid", "it", top, fmt="alt", cte="qp",
    attachments=[att("pdf", "Contabile_bonifico_23112026.pdf")],
    note="Il nuovo testo dice che il bonifico è partito stamattina (contabile allegata); la promessa di 'venerdì' è solo nella storia citata e non va presa.")

# ---- it 2: paid; the client forwards the bank's mail that the accountant forwarded to her ---------
FRANCESCA = Person("Francesca Bellini", "francesca@studiobellini.it", "it", "CET", "iphone")
ROBERTA = Person("Roberta Gallo", "r.gallo@studiogallo-commercialisti.it", "it", "CET", "outlook")
BANK_MONF = Person("Banca del Monferrato", "noreply@inbank.bancadelmonferrato.it", "it", "CET", "other")
b1 = Node(BANK_MONF, ROBERTA, "2026-12-02 15:31", "Esito disposizione bonifico SEPA", """\
Gentile Cliente,

la informiamo che la disposizione di bonifico SEPA da lei inserita è stata eseguita.

Ordinante: STUDIO DENTISTICO BELLINI DOTT.SSA FRANCESCA
Beneficiario: FERRARIS GIULIA
IBAN beneficiario: IT60X0542811101000000123456
Importo: 480,00 EUR
Data esecuzione: 02/12/2026
CRO/TRN: 0306912345678901234560IT
Causale: SALDO FATTURA N. 2026/047 STUDIO BELLINI

Questa è una comunicazione automatica, la preghiamo di non rispondere.

Banca del Monferrato – Servizio InBank Imprese""")
b2 = Node(ROBERTA, FRANCESCA, "2026-12-02 16:05", "I: Esito disposizione bonifico SEPA", """\
Francesca, ti inoltro la conferma del bonifico alla grafica per le locandine, come mi avevi chiesto.

Saluti,
Roberta

Dott.ssa Roberta Gallo
Studio Gallo – Commercialisti associati
Alba (CN)""", parent=b1, style="fwd-outlook")
top = Node(FRANCESCA, GIULIA, "2026-12-02 19:22", "Fwd: I: Esito disposizione bonifico SEPA", """\
Ciao Giulia! Ecco la contabile, me l'ha girata adesso la commercialista. Scusa per il ritardo 🙈

Francesca

Inviato da iPhone""", parent=b2, style="fwd-apple")
add("client-reply-paid", "it", top, fmt="alt", cte="qp", reply=False,
    facts={"amount": "480.00", "currency": "EUR", "reference": "2026/047"},
    own=top.body + "\n" + b2.body + "\n" + b1.body,
    note="La cliente inoltra la contabile ('ecco la contabile') con sotto la mail della banca via commercialista: pagato; importo e causale vengono dalla mail della banca inoltrata.")

# ---- it 3: paid; secretary writes for the lawyer, Outlook HTML only; old promise 'entro fine mese' -
FERRI = Person("Avv. Giovanni Ferri", "g.ferri@studiolegaleferri.it", "it", "CET", "outlook")
LAURA = Person("Laura Conti", "segreteria@studiolegaleferri.it", "it", "CET", "outlook")
inv = Inv("18/2026", 854.00, "2026-10-12", "2026-11-11", MARCO, "Gentile Avv. Giovanni Ferri,",
          iban=IBAN_MARCO, subject="Fattura 18/2026 - manutenzione sito studio", lang="it")
n1 = Node(MARCO, FERRI, "2026-10-12 17:02", inv.subject, """\
Buongiorno Avvocato,

le invio in allegato la fattura 18/2026 relativa alla manutenzione del sito dello studio per il mese di ottobre (aggiornamento plugin, backup, nuova pagina "Diritto di famiglia"). Importo 854,00 € IVA inclusa, pagamento a 30 giorni.

Cordiali saluti
Marco Sanna""")
n2 = R(inv, "reminder", "2026-11-16 09:00", FERRI, n1)
n3 = Node(LAURA, MARCO, "2026-11-17 12:14", "R: " + inv.subject, """\
Buongiorno,

l'Avvocato è in udienza tutta la settimana e non riesce a firmare i pagamenti. Provvederemo entro fine mese.

Cordiali saluti
Laura Conti – Segreteria""", parent=n2, style="outlook", cc=FERRI)
n4 = Node(MARCO, LAURA, "2026-12-03 09:41", "Re: R: " + inv.subject, """\
Buongiorno Laura,

ad oggi non vedo ancora il bonifico per la fattura 18/2026. Può gentilmente verificare?

Grazie, buona giornata
Marco""", parent=n3, style="thunderbird")
top = Node(LAURA, MARCO, "2026-12-04 10:20", "R: Re: R: " + inv.subject, """\
Buongiorno Sig. Sanna,

per conto dell'Avv. Ferri le comunico che in data odierna è stato disposto il bonifico di € 854,00 a saldo della fattura n. 18/2026. La valuta dovrebbe essere lunedì.

Ci scusiamo per il ritardo.

Cordiali saluti

Laura Conti
Segreteria – Studio Legale Ferri
Corso Vittorio Emanuele II, 44 – 09124 Cagliari
Tel. 070 123 4567

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate (Reg. UE 2016/679). Qualora abbiate ricevuto questo documento per errore siete cortesemente pregati di darne immediata comunicazione al mittente e di provvedere alla sua distruzione.""",
           parent=n4, style="outlook", cc=FERRI)
add("client-reply-paid", "it", top, fmt="html", cte="qp", charset="windows-1252",
    facts={"amount": "854.00", "currency": "EUR", "reference": "18/2026"},
    note="La segreteria scrive che oggi è stato disposto il bonifico; la vecchia promessa 'entro fine mese' nei blocchi Outlook citati non conta. 'La valuta dovrebbe essere lunedì' non è una promessa.")

# ---- it 4: paid, answered inline between the quoted questions -------------------------------------
DAVIDE = Person("Davide Pilia", "davide@prenotafacile.app", "it", "CET", "gmail")
inv = Inv("21/2026", 2440.00, "2026-10-20", "2026-11-19", MARCO, "Gentile Davide Pilia,",
          iban=IBAN_MARCO, subject="Fattura 21/2026 - app prenotazioni", lang="it")
n1 = Node(MARCO, DAVIDE, "2026-10-20 18:30", inv.subject, """\
Ciao Davide,

ti mando la fattura 21/2026 per lo sviluppo della versione 1.1 dell'app (2.000 € + IVA, totale 2.440,00 €).

A presto,
Marco""")
n2 = R(inv, "due", "2026-11-19 09:00", DAVIDE, n1)
n3 = Node(MARCO, DAVIDE, "2026-12-01 11:03", re_(inv.subject), """\
Ciao Davide,

scusa se insisto, ma ho bisogno di capire un paio di cose per chiudere il mese:

1) la fattura 21/2026 ti è arrivata? Te la rimando in allegato per sicurezza.
2) il bonifico è già partito? Io non vedo niente.
3) per il rilascio della versione 1.2 sul Play Store aspetto il tuo ok.

Grazie,
Marco""", parent=n2, style="thunderbird")
own = """\
si arrivata, era finita nello spam

partito ieri sera dal conto della società, dovresti vederlo domani o giovedi. 2440 tondi

ok vai pure!

D."""
raw = f"""\
{attr_gmail(n3, "it")}
> Ciao Davide,
>
> scusa se insisto, ma ho bisogno di capire un paio di cose per chiudere il mese:
>
> 1) la fattura 21/2026 ti è arrivata? Te la rimando in allegato per sicurezza.

si arrivata, era finita nello spam

> 2) il bonifico è già partito? Io non vedo niente.

partito ieri sera dal conto della società, dovresti vederlo domani o giovedi. 2440 tondi

> 3) per il rilascio della versione 1.2 sul Play Store aspetto il tuo ok.

ok vai pure!

D.

> Grazie,
> Marco
>
{tail(n3, "it")}"""
top = Node(DAVIDE, MARCO, "2026-12-01 21:47", re_(inv.subject), own, parent=n3, style="gmail", raw=raw)
add("client-reply-paid", "it", top, fmt="plain", cte="qp", own=own, facts={"amount": "2440.00"},
    note="Risposte in linea sotto le domande citate: 'partito ieri sera' = pagato. '2440 tondi' è l'importo, senza valuta scritta; il numero di fattura è solo nella parte citata.")

# ---- it 5: paid, bottom-posted under a Libero quote, no accents -----------------------------------
GINO = Person("gino esposito", "gino.esposito58@libero.it", "it", "CET", "libero")
inv = Inv("2026/052", 650.00, "2026-11-06", "2026-12-06", GIULIA, "Gentile Gino Esposito,",
          iban=IBAN_GIULIA, subject="Fattura 2026/052 – logo Esposito Costruzioni", lang="it")
n1 = Node(GIULIA, GINO, "2026-11-06 15:10", inv.subject, """\
Buongiorno Gino,

come d'accordo le mando la fattura per il nuovo logo (650,00 €, regime forfettario, bollo assolto in modo virtuale). Nella cartella condivisa trova tutti i file: versione a colori, in bianco e nero e per il timbro.

Cordiali saluti,
Giulia Ferraris""")
n2 = Node(GINO, GIULIA, "2026-11-07 07:58", "Re: " + inv.subject, """\
buongiorno ok ricevuto. ma il logo grande per il furgone me lo mandi? il carrozziere dice che gli serve vettoriale
gino""", parent=n1, style="libero")
n3 = Node(GIULIA, GINO, "2026-11-07 09:40", "Re: " + inv.subject, """\
Buongiorno Gino,

certo: le ho caricato nella stessa cartella il file "logo_furgone.pdf", è vettoriale e va bene per qualsiasi misura. Se il carrozziere ha bisogno di altro mi faccia sapere.

Giulia""", parent=n2, style="gmail")
n4 = R(inv, "due", "2026-12-07 09:00", GINO, n1)
n5 = Node(GIULIA, GINO, "2026-12-14 10:02", "Re: " + inv.subject, """\
Buongiorno Gino,

le riscrivo per la fattura del logo, scaduta il 6 dicembre: mi conferma che l'ha ricevuta? Non vedo ancora il pagamento.

Grazie,
Giulia""", parent=n3, style="gmail")
top = Node(GINO, GIULIA, "2026-12-16 20:35", "Re: " + inv.subject, """\
ciao giulia si ricevuta tutto, gia pagato lunedi col bonifico dalla posta, 650 euro. la ricevuta ce l ha mia moglie stasera te la fotografo e te la mando
saluti gino""", parent=n5, style="libero", bottom=True)
add("client-reply-paid", "it", top, fmt="plain", cte="8bit", charset="utf-8",
    facts={"amount": "650.00", "currency": "EUR"},
    note="Risposta scritta in fondo, sotto il blocco '----Messaggio originale----': 'gia pagato lunedi', 650 euro. La domanda sul vettoriale è vecchia.")

# ---- it 6: paid one invoice, asks about the other (two invoices: no reference) --------------------
CHIARA = Person("Chiara Monti", "c.monti@montiepartners.it", "it", "CET", "owa")
inv = Inv("118/2026", 1525.00, "2026-10-15", "2026-11-14", ELENA, "Spett.le Monti&Partners srl,",
          iban=IBAN_ELENA, subject="Fattura 118/2026 – traduzione catalogo DE", lang="it")
n1 = Node(ELENA, CHIARA, "2026-10-15 12:00", inv.subject, """\
Ciao Chiara,

ti allego la fattura 118/2026 per la traduzione in tedesco del catalogo prodotti (1.250 € + IVA).

Buon lavoro!
Elena""")
n2 = R(inv, "reminder", "2026-11-23 09:00", CHIARA, n1)
n3 = Node(ELENA, CHIARA, "2026-11-30 16:45", re_(inv.subject), """\
Ciao Chiara,

ti allego anche la fattura 124/2026 per la traduzione del sito in tedesco, consegnata venerdì. Ti ricordo che la 118/2026 qui sotto risulta ancora aperta.

Grazie e a presto,
Elena

Elena Boschi
Traduttrice EN/DE > IT
Bologna""", parent=n2, style="apple")
top = Node(CHIARA, ELENA, "2026-12-09 14:18", "R: " + inv.subject, """\
Ciao Elena,

la 118 l'abbiamo saldata ieri, scusa il ritardo ma avevamo un blocco sui pagamenti di fine trimestre.

Sulla 124 invece una domanda: la traduzione delle schede prodotto è compresa o la fatturi a parte più avanti? Così lo dico al mio capo prima che la approvi.

Grazie!
Chiara

Chiara Monti | Marketing Manager
Monti&Partners srl | Via Tortona 27, 20144 Milano""", parent=n3, style="owa")
add("client-reply-paid", "it", top, fmt="alt", cte="b64",
    note="Pagata la 118 ('saldata ieri') e una domanda sulla 124: pagato prevale su altro. Si parla di due fatture, quindi nessun riferimento.")

# ---- it 7: paid by instant transfer from an iPhone; old question about Satispay below -------------
SARA = Person("Sara Lombardi", "sara.lombardi91@icloud.com", "it", "CET", "iphone")
inv = Inv("2026/058", 300.00, "2026-11-20", "2026-12-20", GIULIA, "Gentile Sara Lombardi,",
          iban=IBAN_GIULIA, subject="Fattura partecipazioni matrimonio", lang="it")
n1 = Node(GIULIA, SARA, "2026-11-20 18:05", inv.subject, """\
Ciao Sara,

ecco la fattura per le partecipazioni e i segnaposto (300,00 €, bollo compreso). Le stampe le ritiri in tipografia da giovedì.

Un abbraccio e auguri ancora a te e Luca!
Giulia""")
n2 = Node(SARA, GIULIA, "2026-11-20 21:12", "Re: " + inv.subject, """\
Ciao Giulia! Grazie mille, le partecipazioni sono stupende 😍
Posso pagare con Satispay o solo bonifico?

Inviato da iPhone""", parent=n1, style="apple")
n3 = Node(GIULIA, SARA, "2026-11-21 09:30", "Re: " + inv.subject, """\
Ciao Sara, purtroppo Satispay non ce l'ho, solo bonifico (anche istantaneo va benissimo). Trovi l'IBAN in fattura.

Giulia""", parent=n2, style="gmail")
top = Node(SARA, GIULIA, "2026-12-22 19:05", "Re: " + inv.subject, """\
Fatto adesso con l'istantaneo! 300 € 😊 scusa il ritardo, tra regali e parenti mi era passato di mente. Buon Natale!!

Inviato da iPhone""", parent=n3, style="apple")
add("client-reply-paid", "it", top, fmt="alt", cte="qp",
    facts={"amount": "300.00", "currency": "EUR"},
    note="'Fatto adesso con l'istantaneo! 300 €': pagato. La domanda su Satispay è vecchia, nella storia citata.")

# ---- it 8: promise "lunedì prossimo"; the old promise "entro il 15 dicembre" is in the history -----
ALE = Person("Alessandro Greco", "alessandro@grecovini.it", "it", "CET", "gmail")
inv = Inv("25/2026", 1830.00, "2026-11-02", "2026-12-02", MARCO, "Spett.le Greco Vini srl,",
          iban=IBAN_MARCO, subject="Fattura 25/2026 - shop online Greco Vini", lang="it")
n1 = Node(MARCO, ALE, "2026-11-02 16:20", inv.subject, """\
Ciao Alessandro,

come anticipato al telefono ti invio la fattura 25/2026 per la messa online dello shop (1.500 € + IVA = 1.830,00 €). Il PDF è in allegato, l'XML è già passato dallo SDI.

Buone vendite natalizie!
Marco""")
n2 = R(inv, "due", "2026-12-02 09:00", ALE, n1)
n3 = Node(ALE, MARCO, "2026-12-03 13:05", re_(inv.subject), """\
Ciao Marco, scusa, periodo pazzesco con le consegne di Natale. Te lo saldo entro il 15 dicembre, promesso.
Ale""", parent=n2, style="gmail")
n4 = Node(MARCO, ALE, "2026-12-17 10:12", re_(inv.subject), """\
Ciao Alessandro,

il 15 è passato e sul conto non vedo ancora nulla. Mi fai sapere qualcosa?

Grazie,
Marco""", parent=n3, style="thunderbird")
top = Node(ALE, MARCO, "2026-12-17 17:30", re_(inv.subject), """\
Hai ragione Marco, mi è proprio sfuggito, ho il commercialista che mi fa impazzire con la chiusura d'anno. Lo faccio lunedì prossimo senza falla, così chiudiamo prima di Natale.

Ale

--
Alessandro Greco
Greco Vini – Cantina e shop online
Manduria (TA)""", parent=n4, style="gmail")
add("client-reply-promise", "it", top, fmt="alt", cte="qp",
    facts={"promised_date": "2026-12-21"}, rule=lambda d: weekday_after(d, 0),
    note="Nuova promessa 'lunedì prossimo' scritta giovedì 17 dicembre = 21 dicembre; il 15 dicembre è la vecchia promessa non mantenuta, citata sotto.")

# ---- it 9: the client's accountant forwards the chain and promises 'entro la fine del mese' -------
NINO = Person("Nino Ruggieri", "trattoriadanino@gmail.com", "it", "CET", "iphone")
PATRIZIA = Person("Patrizia Cerutti", "p.cerutti@studiocerutti.net", "it", "CET", "outlook")
inv = Inv("2026/049", 420.00, "2026-11-10", "2026-12-10", GIULIA, "Gentile Nino Ruggieri,",
          iban=IBAN_GIULIA, subject="Fattura 2026/049 – menu Trattoria da Nino", lang="it")
n1 = Node(GIULIA, NINO, "2026-11-10 11:48", inv.subject, """\
Ciao Nino,

ti allego la fattura per il nuovo menu e le tovagliette (420,00 €). I file per la tipografia li ho già mandati a Franco.

Grazie e a presto per la cena di prova!
Giulia""")
n2 = Node(NINO, GIULIA, "2026-11-11 23:10", "Re: " + inv.subject, """\
Grazie Giulia il menu è piaciuto a tutti. La pago a inizio dicembre che adesso siamo corti con le bollette

Nino

Inviato da iPhone""", parent=n1, style="apple")
n3 = Node(GIULIA, NINO, "2026-12-14 10:30", "Re: " + inv.subject, """\
Ciao Nino,

ti ricordo la fattura del menu: mi avevi scritto che l'avresti pagata a inizio dicembre ma non mi è ancora arrivato niente. Tutto bene?

Giulia""", parent=n2, style="gmail")
n4 = Node(NINO, PATRIZIA, "2027-01-11 16:02", "Fwd: Re: " + inv.subject, """\
Patrizia ci pensi tu? io con l'home banking non ci capisco niente

Inviato da iPhone""", parent=n3, style="fwd-apple")
top = Node(PATRIZIA, GIULIA, "2027-01-12 09:15", "I: Fwd: Re: " + inv.subject, """\
Gentile Sig.ra Ferraris,

sono la commercialista della Trattoria da Nino di Ruggieri Nino. Il sig. Ruggieri mi ha girato il suo sollecito, che trova qui sotto.

Le confermo che la fattura n. 2026/049 è stata inserita nella distinta dei pagamenti fornitori che disporremo entro la fine del mese.

Per eventuali comunicazioni future può scrivere direttamente a questo indirizzo.

Cordiali saluti

Dott.ssa Patrizia Cerutti
Studio Cerutti – Consulenza fiscale e del lavoro
Corso Alfieri 210, 14100 Asti""", parent=n4, style="fwd-outlook", cc=NINO)
add("client-reply-promise", "it", top, fmt="alt", cte="qp", charset="windows-1252", reply=False,
    facts={"promised_date": "2027-01-31", "reference": "2026/049"}, rule=month_end,
    note="La commercialista scrive sopra la catena inoltrata: pagamento 'entro la fine del mese' (gennaio, data 12/01) = 31 gennaio. 'Inizio dicembre' è la vecchia promessa del cliente, citata sotto.")

# ---- it 10: promise with the 10 February payment batch; old SDI question in the history -----------
MONICA = Person("Monica Zanon", "amministrazione@tecnoplastveneta.it", "it", "CET", "outlook")
BORTOLIN = Person("Ing. Luca Bortolin", "l.bortolin@tecnoplastveneta.it", "it", "CET", "outlook")
inv = Inv("131/2026", 2196.00, "2026-12-10", "2027-01-09", ELENA, "Spett.le Tecnoplast Veneta S.p.A.,",
          iban=IBAN_ELENA, subject="Fattura 131/2026 – traduzione manuale stampi", lang="it")
n1 = Node(ELENA, BORTOLIN, "2026-12-10 10:05", inv.subject, """\
Gentile Ing. Bortolin,

in allegato la copia di cortesia della fattura 131/2026 (traduzione EN>IT del manuale d'uso stampi, 1.800 € + IVA). La fattura elettronica è stata trasmessa oggi tramite SDI.

Cordiali saluti
Elena Boschi""", cc=MONICA)
n2 = R(inv, "reminder", "2027-01-19 09:00", BORTOLIN, n1)
n3 = Node(MONICA, ELENA, "2027-01-20 11:32", "R: " + inv.subject, """\
Buongiorno,

la fattura non ci risulta pervenuta tramite SDI. Può verificare?

Cordiali saluti
Monica Zanon
Ufficio Amministrazione""", parent=n2, style="outlook")
n4 = Node(ELENA, MONICA, "2027-01-20 12:10", "Re: R: " + inv.subject, """\
Buongiorno Sig.ra Zanon,

la fattura è stata trasmessa allo SDI il 10 dicembre e risulta consegnata: le allego la ricevuta di consegna. Il codice destinatario che ho usato è M5UXCR1, quello indicato nella vostra anagrafica.

Cordiali saluti
Elena Boschi""", parent=n3, style="apple")
top = Node(MONICA, ELENA, "2027-02-03 15:44", "R: Re: R: " + inv.subject, """\
Buongiorno Dott.ssa Boschi,

abbiamo ritrovato la Vs. fattura n. 131/2026: era stata scartata per errore in fase di registrazione. È ora in pagamento con la distinta del 10 febbraio.

Ci scusiamo per il disguido.

Cordiali saluti

Monica Zanon
Ufficio Amministrazione
Tecnoplast Veneta S.p.A.
Via dell'Industria 12 – 31030 Casier (TV)""", parent=n4, style="outlook")
add("client-reply-promise", "it", top, fmt="plain", cte="qp", charset="windows-1252",
    facts={"promised_date": "2027-02-10", "reference": "131/2026"},
    note="'In pagamento con la distinta del 10 febbraio': promessa per il 10/02. La domanda sullo SDI è vecchia e già risolta nella storia.")

# ---- it 11: part paid today, the rest promised by 28 February -------------------------------------
ROBERTO = Person("Roberto Fadda", "agriturismo.sasmurtas@gmail.com", "it", "CET", "samsung")
inv = Inv("27/2026", 1220.00, "2026-12-15", "2027-01-14", MARCO, "Gentile Roberto Fadda,",
          iban=IBAN_MARCO, subject="Fattura 27/2026 - sito agriturismo", lang="it")
n1 = Node(MARCO, ROBERTO, "2026-12-15 18:00", inv.subject, """\
Ciao Roberto,

ecco la fattura per il nuovo sito con il modulo prenotazioni (1.000 € + IVA, 1.220,00 € in tutto).

Buone feste!
Marco""")
n2 = R(inv, "reminder", "2027-01-25 09:00", ROBERTO, n1)
n3 = Node(ROBERTO, MARCO, "2027-01-26 08:02", re_(inv.subject), """\
Marco ciao, gennaio per noi è morto, te la pago a febbraio appena riapriamo.
Roberto""", parent=n2, style="gmail")
n4 = Node(MARCO, ROBERTO, "2027-02-15 12:40", re_(inv.subject), """\
Ciao Roberto,

ci sentiamo per la fattura? Se ti aiuta possiamo dividerla in due rate, dimmi tu.

Marco""", parent=n3, style="thunderbird")
top = Node(ROBERTO, MARCO, "2027-02-16 08:12", re_(inv.subject), """\
Ciao Marco, grazie della disponibilità. Ti ho appena fatto un bonifico di 500 euro, il resto (720) te lo mando entro il 28 febbraio quando incassiamo le caparre di Pasqua. Va bene?

Roberto

Inviato dal mio Galaxy""", parent=n4, style="samsung")
add("client-reply-promise", "it", top, fmt="alt", cte="b64",
    facts={"promised_date": "2027-02-28", "amount": "720.00", "currency": "EUR"},
    note="500 euro pagati oggi e il resto (720) promesso entro il 28 febbraio: una parte pagata con il resto promesso è una promessa per quel giorno; l'importo è quello promesso. 'A febbraio' è la vecchia promessa.")

# ---- it 12: promise with no day ("la settimana prossima"); old dated promise and 'venerdì' decoy ---
VALENTINA = Person("Valentina Russo", "v.russo@russopiniarchitetti.it", "it", "CET", "apple")
inv = Inv("2026/044", 976.00, "2026-10-14", "2026-11-13", GIULIA, "Spett.le Russo & Pini Architetti,",
          iban=IBAN_GIULIA, subject="Fattura 2026/044 – brochure residenza Le Corti", lang="it")
n1 = Node(GIULIA, VALENTINA, "2026-10-14 14:22", inv.subject, """\
Ciao Valentina,

ti allego la fattura della brochure per Le Corti. Ho messo anche le 20 copie stampate di prova, come d'accordo.

Ciao!
Giulia""")
n2 = Node(VALENTINA, GIULIA, "2026-10-14 18:01", "Re: " + inv.subject, """\
Ciao Giulia, ricevuta, grazie! Ti paghiamo a 30 giorni come sempre, quindi entro il 20 novembre.

Valentina""", parent=n1, style="apple")
n3 = R(inv, "reminder", "2026-11-25 09:00", VALENTINA, n1)
n4 = Node(GIULIA, VALENTINA, "2026-11-30 10:15", "Re: " + inv.subject, """\
Ciao Valentina,

il 20 è passato e non ho visto arrivare nulla: riesci a controllare? Ti ho mandato anche il promemoria automatico la settimana scorsa.

Grazie,
Giulia""", parent=n2, style="gmail")
top = Node(VALENTINA, GIULIA, "2026-12-01 09:26", "Re: " + inv.subject, """\
Giulia scusami tanto!! Pini doveva firmare la distinta e poi è partito per Dubai per il cantiere. Torna venerdì, la mettiamo in pagamento la settimana prossima.

Valentina

Arch. Valentina Russo
Russo & Pini Architetti
Via Roma 56, Torino""", parent=n4, style="apple")
add("client-reply-promise", "it", top, fmt="alt", cte="qp",
    note="Promessa senza giorno: 'la settimana prossima'. 'Torna venerdì' è il rientro del socio, non il giorno del pagamento; 'entro il 20 novembre' è la promessa vecchia.")

# ---- it 13: Roman dialect, bottom-posted, 'giovedì' ----------------------------------------------
DANIELE = Person("Daniele Proietti", "pizzeriadadaniele@yahoo.it", "it", "CET", "yahoo")
inv = Inv("2027/003", 252.00, "2027-01-12", "2027-01-27", GIULIA, "Gentile Daniele Proietti,",
          iban=IBAN_GIULIA, subject="Fattura 2027/003 – volantini e insegna", lang="it")
n1 = Node(GIULIA, DANIELE, "2027-01-12 12:00", inv.subject, """\
Ciao Daniele,

ti allego la fattura per i volantini e la grafica dell'insegna. Scadenza a 15 giorni come d'accordo.

Giulia""")
n2 = Node(DANIELE, GIULIA, "2027-01-12 22:47", "Re: " + inv.subject, """\
ao giulia ma l'iva ce sta o no? er commercialista me chiede""", parent=n1, style="yahoo")
n3 = Node(GIULIA, DANIELE, "2027-01-13 08:55", "Re: " + inv.subject, """\
Ciao Daniele! No, sono in regime forfettario: niente IVA e niente ritenuta. Sono 250 € più 2 € di marca da bollo, totale 252 €.

Giulia""", parent=n2, style="gmail")
n4 = R(inv, "due", "2027-01-29 09:00", DANIELE, n1)
n5 = Node(GIULIA, DANIELE, "2027-02-08 11:10", "Re: " + inv.subject, """\
Ciao Daniele,

tutto bene? La fattura dei volantini è scaduta il 27 gennaio, ti ricordi?

Giulia""", parent=n3, style="gmail")
top = Node(DANIELE, GIULIA, "2027-02-09 23:05", "Re: " + inv.subject, """\
ao scusa giulia me so scordato proprio, c'ho avuto er forno rotto tutta la settimana e nun capivo più niente. te lo faccio giovedì pe' sicuro, 252 euro giusto?

Daniele""", parent=n5, style="yahoo", bottom=True)
add("client-reply-promise", "it", top, fmt="alt", cte="qp", charset="utf-8",
    facts={"promised_date": "2027-02-11", "amount": "252.00", "currency": "EUR"}, rule=lambda d: weekday_after(d, 3),
    note="Scritto in romanesco sotto la citazione: 'te lo faccio giovedì' (martedì 9 febbraio) = 11 febbraio, 252 euro; la domanda 'giusto?' non toglie la promessa.")

# ---- it 14: promise 'entro il 5 marzo' plus a question about the XML ------------------------------
FEDERICA = Person("Federica Sorrentino", "federica@sorrentinoeventi.it", "it", "CET", "gmail")
inv = Inv("4/2027", 1464.00, "2027-01-18", "2027-02-17", MARCO, "Spett.le Sorrentino Eventi srl,",
          iban=IBAN_MARCO, subject="Fattura 4/2027 - area riservata fornitori", lang="it")
n1 = Node(MARCO, FEDERICA, "2027-01-18 10:20", inv.subject, """\
Buongiorno Federica,

le invio la copia di cortesia della fattura 4/2027 per l'area riservata fornitori (1.200 € + IVA). L'originale elettronico è stato trasmesso allo SDI.

Cordiali saluti
Marco Sanna""")
n2 = R(inv, "due", "2027-02-17 09:00", FEDERICA, n1)
n3 = Node(FEDERICA, MARCO, "2027-02-18 12:31", re_(inv.subject), """\
Buongiorno Marco, la stiamo controllando, la pagheremo entro fine febbraio.
Federica""", parent=n2, style="gmail")
n4 = Node(MARCO, FEDERICA, "2027-03-01 09:35", re_(inv.subject), """\
Buongiorno Federica,

le scrivo perché non ho ancora ricevuto il pagamento della fattura 4/2027 che mi aveva annunciato per fine febbraio. Può verificare?

Grazie
Marco""", parent=n3, style="thunderbird")
top = Node(FEDERICA, MARCO, "2027-03-02 11:48", re_(inv.subject), """\
Ciao Marco,

hai ragione, ci siamo persi con le fiere. La mettiamo in pagamento entro il 5 marzo.

Una cosa: il commercialista mi chiede il file XML della fattura, perché nel cassetto fiscale non la trova ancora. Me lo puoi mandare?

Grazie
Federica Sorrentino
Sorrentino Eventi srl – Napoli""", parent=n4, style="gmail")
add("client-reply-promise", "it", top, fmt="alt", cte="qp",
    facts={"promised_date": "2027-03-05"},
    note="Nuova promessa 'entro il 5 marzo' più una domanda sull'XML: prevale la promessa. 'Entro fine febbraio' è la promessa vecchia.")

# ---- it 15: Lotus Notes style quoting, 'Rif:', 60 gg d.f.f.m. with the date written out ------------
GIORGIO = Person("Giorgio Villa", "contabilita.fornitori@meccanicabrianza.it", "it", "CET", "notes")
inv = Inv("128/2026", 3050.00, "2026-11-30", "2026-12-30", ELENA, "Spett.le Meccanica Brianza S.p.A.,",
          iban=IBAN_ELENA, subject="Fattura 128/2026 – traduzione manuale tecnico", lang="it")
n1 = Node(ELENA, GIORGIO, "2026-11-30 17:30", inv.subject, """\
Buongiorno,

in allegato la copia di cortesia della fattura 128/2026 per la traduzione in inglese del manuale tecnico della linea CNC 400 (2.500 € + IVA), pagamento a 30 giorni data fattura come da ordine.

Cordiali saluti
Elena Boschi""")
n2 = R(inv, "reminder", "2027-01-11 09:00", GIORGIO, n1)


def notes_head(n, ui="it"):
    w = n.when
    return (f'Da:        "{n.frm.name}" <{n.frm.addr}>\nA:        <{people(n.to)[0].addr}>\n'
            f"Data:        {w.day:02d}/{w.month:02d}/{w.year} {hm(w)}\nOggetto:        {n.subject}\n"
            "________________________________\n")


n3 = Node(GIORGIO, ELENA, "2027-01-12 10:04", "Rif: " + re_(inv.subject), """\
Buongiorno,
la fattura risulta registrata. Verrà pagata secondo le condizioni contrattuali.
Distinti saluti
Giorgio Villa
Contabilità Fornitori""", parent=n2, style="none")
n3.raw = n3.body + "\n\n\n\n" + notes_head(n2) + "\n" + render_plain(n2)
n4 = Node(ELENA, GIORGIO, "2027-01-25 09:12", "Re: " + n3.subject, """\
Buongiorno Sig. Villa,

potrebbe indicarmi una data? Le condizioni concordate nell'ordine erano 30 giorni data fattura, quindi la scadenza era il 30 dicembre.

Grazie e cordiali saluti
Elena Boschi""", parent=n3, style="apple")
own = """\
Buongiorno,
da verifica con l'Ufficio Acquisti le condizioni registrate a sistema per il Vs. codice fornitore sono 60 gg d.f.f.m.; la fattura 128/2026 ha quindi scadenza 31/01/2027 e verrà pagata con il bonifico cumulativo di fine mese, valuta 31/01/2027.
Per modificare le condizioni di pagamento occorre una richiesta scritta all'Ufficio Acquisti.
Distinti saluti
Giorgio Villa
Contabilità Fornitori
Meccanica Brianza S.p.A."""
top = Node(GIORGIO, ELENA, "2027-01-26 14:51", "Rif: Re: Rif: " + re_(inv.subject), own, parent=n4)
top.raw = own + "\n\n\n\n" + notes_head(n4) + "\n" + render_plain(n4)
add("client-reply-promise", "it", top, fmt="plain", cte="qp", charset="windows-1252",
    facts={"promised_date": "2027-01-31", "reference": "128/2026"},
    note="L'ufficio fornitori scrive che la fattura 'verrà pagata con il bonifico cumulativo di fine mese, valuta 31/01/2027': promessa per il 31 gennaio. 'Secondo le condizioni contrattuali' è la risposta vecchia, senza data.")

# ---- it 16: dispute (30 hours agreed, 40 billed), Outlook web HTML only; old promise below ---------
ANDREA = Person("Andrea Colombo", "andrea.colombo@nuvolasoftware.it", "it", "CET", "owa")
inv = Inv("23/2026", 2440.00, "2026-11-05", "2026-12-05", MARCO, "Spett.le Nuvola Software srl,",
          iban=IBAN_MARCO, subject="Fattura 23/2026 - sviluppo API ottobre", lang="it")
n1 = Node(MARCO, ANDREA, "2026-11-05 19:02", inv.subject, """\
Ciao Andrea,

ti allego la fattura 23/2026 per le 40 ore di sviluppo delle API di ottobre (40 h × 50 € + IVA = 2.440,00 €). Il dettaglio delle ore è nel foglio condiviso.

Ciao,
Marco""")
n2 = Node(ANDREA, MARCO, "2026-11-06 09:14", "R: " + inv.subject, """\
Ricevuta, grazie Marco. La passo all'amministrazione, pagheremo a fine mese come al solito.

Andrea""", parent=n1, style="owa")
n3 = R(inv, "reminder", "2026-12-09 09:00", ANDREA, n1)
n4 = Node(MARCO, ANDREA, "2026-12-10 10:30", "Re: R: " + inv.subject, """\
Ciao Andrea,

mi dici a che punto è la fattura 23/2026? Non vedo ancora il bonifico di fine novembre e mi è partito anche il promemoria automatico.

Grazie,
Marco""", parent=n2, style="thunderbird")
top = Node(ANDREA, MARCO, "2026-12-11 12:02", "R: Re: R: " + inv.subject, """\
Ciao Marco,

scusa, avrei dovuto scriverti prima. Controllando con il PM ci risulta che le ore concordate nel preventivo per la fase API erano 30, non 40: le 10 ore in più non ci sono mai state chieste né approvate, e per questo l'amministrazione ha bloccato la fattura.

Ti chiederei di emetterci una nota di credito per la differenza (610 € IVA compresa); per il resto procediamo appena la riceviamo.

Fammi sapere,
Andrea

Andrea Colombo
CTO – Nuvola Software srl""", parent=n4, style="owa")
add("client-reply-dispute", "it", top, fmt="html", cte="qp",
    note="Contesta le ore (30 concordate, 40 fatturate) e chiede una nota di credito: contestazione. 'Pagheremo a fine mese' è la vecchia risposta citata; 610 € è l'importo della nota di credito, non un pagamento.")

# ---- it 17: dispute, payment withheld until the mobile booking works ------------------------------
LORENZO = Person("Lorenzo Marras", "info@bbilmirto.it", "it", "CET", "gmail")
inv = Inv("26/2026", 732.00, "2026-11-25", "2026-12-25", MARCO, "Gentile Lorenzo Marras,",
          iban=IBAN_MARCO, subject="Fattura 26/2026 - sito B&B Il Mirto", lang="it")
n1 = Node(MARCO, LORENZO, "2026-11-25 17:45", inv.subject, """\
Ciao Lorenzo,

ti mando la fattura per il restyling del sito (600 € + IVA). Il sito nuovo è online da lunedì.

Marco""")
n2 = Node(LORENZO, MARCO, "2026-11-26 08:20", re_(inv.subject), """\
Marco ma il modulo delle prenotazioni da telefono non va, l'hai visto? Da computer sì.""", parent=n1, style="gmail")
n3 = Node(MARCO, LORENZO, "2026-11-26 09:05", re_(inv.subject), """\
Ciao Lorenzo,

sì, l'ho visto: è un problema del plugin del calendario con iOS, ho aperto una segnalazione e sto aspettando la correzione. Appena esce la installo. La fattura comunque è per il lavoro di ottobre, che è consegnato.

Marco""", parent=n2, style="thunderbird")
n4 = R(inv, "due", "2026-12-28 09:00", LORENZO, n1)
top = Node(LORENZO, MARCO, "2027-01-04 19:40", re_(inv.subject), """\
Marco senti, con tutto il rispetto: a me il sito serve per le prenotazioni e da telefono ancora non funziona, a Capodanno ho perso almeno due coppie che mi hanno chiamato dicendo che il modulo si bloccava.

Finché non è sistemato la fattura non la pago, mi sembra giusto. Quando va tutto te la saldo subito, te lo garantisco.

Lorenzo""", parent=n3, style="gmail")
add("client-reply-dispute", "it", top, fmt="alt", cte="qp",
    note="Trattiene il pagamento finché il modulo da telefono non funziona: contestazione, anche se promette di saldare dopo (la contestazione prevale).")

# ---- it 18: dispute forwarded by the owner: purchasing says it duplicates an invoice already paid --
SIMONE = Person("Simone Ferrero", "simone@otticaferrero.it", "it", "CET", "gmail")
MARTA_G = Person("Marta Gili", "acquisti@otticaferrero.it", "it", "CET", "outlook")
inv = Inv("2026/055", 1586.00, "2026-11-27", "2026-12-27", GIULIA, "Spett.le Ottica Ferrero snc,",
          iban=IBAN_GIULIA, subject="Fattura 2026/055 – vetrofanie natalizie", lang="it")
n1 = Node(GIULIA, SIMONE, "2026-11-27 16:40", inv.subject, """\
Ciao Simone,

ti allego la fattura per le vetrofanie natalizie dei tre negozi (progetto e adattamenti, 1.300 € + IVA).

Buone feste in anticipo!
Giulia""")
n2 = R(inv, "reminder", "2027-01-08 09:00", SIMONE, n1)
n3 = Node(SIMONE, MARTA_G, "2027-01-08 10:12", "Fwd: " + re_(inv.subject), """\
Marta controlli tu?""", parent=n2, style="fwd-gmail")
n4 = Node(MARTA_G, SIMONE, "2027-01-11 08:55", "R: Fwd: " + re_(inv.subject), """\
Simone,

questa fattura per le vetrofanie natalizie è la stessa della 2026/029 che abbiamo pagato il 20 ottobre: stesso lavoro, stesso importo. Secondo me è un doppione.

Marta""", parent=n3, style="outlook")
top = Node(SIMONE, GIULIA, "2027-01-11 09:30", "Fwd: R: Fwd: " + re_(inv.subject), """\
Giulia, ti inoltro quello che mi dice l'ufficio acquisti: per loro questa fattura è un doppione della 029 che abbiamo già pagato a ottobre. Puoi verificare? Io così non la posso far pagare.

Simone""", parent=n4, style="fwd-gmail")
add("client-reply-dispute", "it", top, fmt="alt", cte="qp", reply=False,
    note="Il cliente inoltra la risposta dell'ufficio acquisti: la fattura sarebbe un doppione di una già pagata e non la fa pagare: contestazione. Due fatture nominate, quindi nessun riferimento.")

# ---- it 19: dispute answered inline inside the final notice ---------------------------------------
SILVIA = Person("Silvia Bianco", "silvia@silviabiancoweddings.it", "it", "CET", "thunderbird")
inv = Inv("133/2026", 1830.00, "2026-12-02", "2027-01-01", ELENA, "Gentile Silvia Bianco,",
          iban=IBAN_ELENA, subject="Fattura 133/2026 – traduzione sito EN", lang="it")
n1 = Node(ELENA, SILVIA, "2026-12-02 11:00", inv.subject, """\
Ciao Silvia,

ecco la fattura per la traduzione in inglese del sito (1.500 € + IVA). È stato un piacere lavorare con te!

Elena""")
n2 = R(inv, "reminder", "2027-01-12 09:00", SILVIA, n1)
n3 = R(inv, "final", "2027-02-01 09:00", SILVIA, n1, deadline="2027-02-15")
own = """\
Non l'ho saldata perché l'importo non è quello che avevamo concordato: il preventivo del 3 novembre era di 1.500 euro IVA compresa, non 1.500 + IVA. Te l'avevo anche detto al telefono.

Mi sembra un po' eccessivo mandarmi una diffida per questo.

Mandami una fattura corretta e la sistemiamo subito.

Silvia"""
raw = f"""\
{attr_tb(n3, "it")}
> Oggetto: diffida di pagamento e costituzione in mora – fattura n. 133/2026 del 2 dicembre 2026
>
> Gentile Silvia Bianco,
>
> la fattura n. 133/2026 di 1.830,00 €, scaduta il 1 gennaio 2027, risulta ancora da saldare nonostante i precedenti solleciti.

Non l'ho saldata perché l'importo non è quello che avevamo concordato: il preventivo del 3 novembre era di 1.500 euro IVA compresa, non 1.500 + IVA. Te l'avevo anche detto al telefono.

> Con la presente chiedo formalmente il pagamento di 1.830,00 € entro il 15 febbraio 2027. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.

Mi sembra un po' eccessivo mandarmi una diffida per questo.

> In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.

Mandami una fattura corretta e la sistemiamo subito.

Silvia

> Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la data del bonifico, così da poterlo verificare.
>
> Per il pagamento:
> - beneficiario: Elena Boschi
> - IBAN: IT02 L123 4512 3451 2345 6789 012
> - causale: Fattura 133/2026
>
> Cordiali saluti,
> Elena Boschi"""
top = Node(SILVIA, ELENA, "2027-02-03 22:14", re_(inv.subject), own, parent=n3, style="thunderbird", raw=raw)
add("client-reply-dispute", "it", top, fmt="plain", cte="8bit", charset="utf-8", own=own,
    note="Risposte in linea dentro la diffida citata: l'importo non è quello del preventivo (1.500 IVA compresa) e chiede una fattura corretta: contestazione. Nessun importo: 1.500 è il prezzo concordato, non un pagamento.")

# ---- it 20: dispute, asks a 15% discount, bottom-posted; old 'ti pago a 30 gg' above ---------------
IVANO = Person("Ivano Tosi", "ivano@tipografiatosi.it", "it", "CET", "thunderbird")
inv = Inv("2027/006", 1098.00, "2027-01-20", "2027-02-19", GIULIA, "Spett.le Tipografia Tosi snc,",
          iban=IBAN_GIULIA, subject="Fattura 2027/006 – catalogo primavera", lang="it")
n1 = Node(GIULIA, IVANO, "2027-01-20 13:15", inv.subject, """\
Ciao Ivano,

ti allego la fattura per il catalogo primavera. I PDF definitivi per la stampa sono nella cartella condivisa.

Giulia""")
n2 = Node(IVANO, GIULIA, "2027-01-21 08:10", "Re: " + inv.subject, """\
Ricevuta, grazie. Ti pago a 30 gg come sempre.
Ivano""", parent=n1, style="thunderbird")
n3 = R(inv, "due", "2027-02-22 09:00", IVANO, n1)
n4 = Node(GIULIA, IVANO, "2027-02-24 15:20", "Re: " + inv.subject, """\
Ciao Ivano,

tutto bene? La fattura del catalogo è scaduta il 19, me la controlli?

Grazie,
Giulia""", parent=n2, style="gmail")
top = Node(IVANO, GIULIA, "2027-02-25 18:42", "Re: " + inv.subject, """\
Ciao Giulia,
sì tutto bene, ma te lo devo dire: il catalogo ci è arrivato con tre settimane di ritardo rispetto a quanto concordato e siamo andati alla fiera di Verona con il materiale vecchio. Il cliente ce l'ha fatto pesare parecchio.
Ti chiedo uno sconto del 15% sulla fattura, poi la paghiamo subito. Fammi sapere.
Ivano""", parent=n4, style="thunderbird", bottom=True)
add("client-reply-dispute", "it", top, fmt="plain", cte="qp", charset="iso-8859-1",
    note="Scritto in fondo sotto la citazione: chiede uno sconto del 15% per il ritardo prima di pagare: contestazione. 'Ti pago a 30 gg' è vecchio.")

# ---- it 21: part paid, the rest refused ------------------------------------------------------------
BENEDETTA = Person("Benedetta Galli", "b.galli@gallicosmetici.it", "it", "CET", "owa")
inv = Inv("3/2027", 1342.00, "2027-01-15", "2027-02-14", ELENA, "Spett.le Galli Cosmetici srl,",
          iban=IBAN_ELENA, subject="Fattura 3/2027 – traduzione schede prodotto FR", lang="it")
n1 = Node(ELENA, BENEDETTA, "2027-01-15 10:40", inv.subject, """\
Ciao Benedetta,

ti allego la fattura 3/2027: traduzione in francese delle schede prodotto (600 € + IVA) e revisione dei testi che mi avete rimandato riscritti (8 cartelle, 500 € + IVA).

Elena""")
n2 = Node(BENEDETTA, ELENA, "2027-01-18 12:22", "R: " + inv.subject, """\
Elena, nella fattura vedo "revisione testi – 8 cartelle": di cosa si tratta esattamente?

Benedetta""", parent=n1, style="owa")
n3 = Node(ELENA, BENEDETTA, "2027-01-18 14:05", "Re: R: " + inv.subject, """\
Ciao Benedetta,

sono le correzioni che mi avete mandato il 12 gennaio: i testi erano stati riscritti quasi da zero dopo la prima consegna, quindi fuori dal preventivo. Te l'avevo scritto quel giorno stesso.

Elena""", parent=n2, style="apple")
n4 = R(inv, "reminder", "2027-02-22 09:00", BENEDETTA, n1)
top = Node(BENEDETTA, ELENA, "2027-02-23 11:37", "R: Re: R: " + inv.subject, """\
Ciao Elena,

ne ho parlato con la direzione: la parte di traduzione la riconosciamo e l'abbiamo saldata stamattina, 600 € con bonifico.

La revisione invece non era stata autorizzata da nessuno qui e non la paghiamo: se vuoi ne parliamo, ma per noi quella voce va stornata con una nota di credito.

Benedetta""", parent=n3, style="owa")
add("client-reply-dispute", "it", top, fmt="alt", cte="b64",
    facts={"amount": "600.00", "currency": "EUR"},
    note="Ha pagato 600 € (la traduzione) ma rifiuta la revisione e chiede lo storno: la contestazione prevale sul pagato; l'importo è quello dichiarato pagato.")

# ---- it 22: other: handed over to the admin office; old promise in the history --------------------
GIACOMO = Person("Giacomo Serra", "giacomo@serravela.it", "it", "CET", "gmail")
ILARIA = Person("Ilaria Pinna", "amministrazione@serravela.it", "it", "CET", "gmail")
inv = Inv("24/2026", 610.00, "2026-11-12", "2026-12-12", MARCO, "Spett.le Serra Vela srl,",
          iban=IBAN_MARCO, subject="Fattura 24/2026 - sito scuola vela", lang="it")
n1 = Node(MARCO, GIACOMO, "2026-11-12 10:00", inv.subject, """\
Ciao Giacomo,

ecco la fattura per la sezione corsi del sito (500 € + IVA).

Buon vento!
Marco""")
n2 = Node(GIACOMO, MARCO, "2026-11-13 20:15", re_(inv.subject), """\
Grazie Marco, te la pago appena rientro dalla regata, verso il 25.
G.""", parent=n1, style="gmail")
n3 = R(inv, "reminder", "2026-12-14 09:00", GIACOMO, n1)
n4 = Node(MARCO, GIACOMO, "2026-12-15 09:50", re_(inv.subject), """\
Ciao Giacomo,

ti riscrivo per la fattura 24/2026: non mi risulta ancora arrivato il pagamento. Com'è andata la regata?

Marco""", parent=n2, style="thunderbird")
top = Node(GIACOMO, MARCO, "2026-12-15 13:28", re_(inv.subject), """\
Ciao Marco, regata benissimo, secondi!

Da questo mese i pagamenti li gestisce Ilaria in amministrazione, la metto in copia e le giro tutto. Rispondi pure a lei per qualsiasi cosa.

G.""", parent=n4, style="gmail", cc=ILARIA)
add("client-reply-other", "it", top, fmt="alt", cte="qp",
    note="Passa la pratica all'amministrazione (in copia): né pagato né promessa. 'Verso il 25' è la vecchia promessa nella storia.")

# ---- it 23: other: the transfer came back (wrong IBAN); the old 'ho fatto il bonifico' is quoted ---
PAOLA = Person("Paola Marchetti", "paola.marchetti@icloud.com", "it", "CET", "iphone")
inv = Inv("2026/061", 380.00, "2026-12-01", "2026-12-31", GIULIA, "Gentile Paola Marchetti,",
          iban=IBAN_GIULIA, subject="Fattura 2026/061 – etichette Forno Marchetti", lang="it")
n1 = Node(GIULIA, PAOLA, "2026-12-01 12:30", inv.subject, """\
Ciao Paola,

ti mando la fattura per le etichette dei panettoni (380,00 €). In bocca al lupo per le vendite!

Giulia""")
n2 = R(inv, "due", "2027-01-04 09:00", PAOLA, n1)
n3 = Node(PAOLA, GIULIA, "2027-01-05 07:15", re_(inv.subject), """\
Giulia ho fatto il bonifico ieri!! controlla

Inviato da iPhone""", parent=n2, style="apple")
n4 = Node(GIULIA, PAOLA, "2027-01-12 17:40", re_(inv.subject), """\
Ciao Paola, grazie! Però sul conto non vedo ancora niente, mi mandi la contabile così controllo con la banca?

Giulia""", parent=n3, style="gmail")
top = Node(PAOLA, GIULIA, "2027-01-13 08:03", re_(inv.subject), """\
Giulia che figura... mi è appena arrivata una comunicazione dalla banca: il bonifico è stato stornato perché il nome del beneficiario non corrisponde all'IBAN, i soldi mi sono tornati indietro.

Mi ricontrolli l'IBAN? Forse ho sbagliato io a copiare una cifra.

Inviato da iPhone""", parent=n4, style="apple")
add("client-reply-other", "it", top, fmt="alt", cte="qp",
    note="Il bonifico è tornato indietro e non è stato rifatto; chiede di ricontrollare l'IBAN: altro. 'Ho fatto il bonifico ieri' è il messaggio vecchio citato.")

# ---- it 24: other: question about the e-invoice; old promise 'a fine mese' in the history ----------
ENRICO = Person("Enrico Pace", "enrico@paceefigli.it", "it", "CET", "outlook")
inv = Inv("22/2026", 488.00, "2026-11-04", "2026-12-04", MARCO, "Spett.le Pace & Figli snc,",
          iban=IBAN_MARCO, subject="Fattura 22/2026 - modulo preventivi online", lang="it")
n1 = Node(MARCO, ENRICO, "2026-11-04 15:30", inv.subject, """\
Buongiorno Enrico,

le invio la fattura 22/2026 per il modulo dei preventivi online (400 € + IVA).

Cordiali saluti
Marco Sanna""")
n2 = Node(ENRICO, MARCO, "2026-11-05 08:40", "R: " + inv.subject, """\
Buongiorno, ok, a fine mese provvediamo.
Enrico Pace""", parent=n1, style="outlook")
n3 = R(inv, "reminder", "2026-12-07 09:00", ENRICO, n1)
n4 = Node(MARCO, ENRICO, "2026-12-09 11:00", "Re: R: " + inv.subject, """\
Buongiorno Enrico,

le riscrivo perché il pagamento della fattura 22/2026 non mi risulta ancora arrivato. Può verificare?

Grazie
Marco""", parent=n2, style="thunderbird")
top = Node(ENRICO, MARCO, "2026-12-10 16:05", "R: Re: R: " + inv.subject, """\
Buongiorno Marco,

il nostro nuovo commercialista dice che la fattura non gli risulta nel cassetto fiscale. Ce l'ha mandata come fattura elettronica o solo in PDF? Se serve, il codice destinatario è KRRH6B9 e la PEC è paceefigli@pec.it.

Saluti
Enrico Pace
Pace & Figli snc – Serramenti
Quartu Sant'Elena (CA)""", parent=n4, style="outlook")
add("client-reply-other", "it", top, fmt="alt", cte="qp", charset="windows-1252",
    note="Solo una domanda sulla fattura elettronica (codice destinatario, PEC): altro. 'A fine mese provvediamo' è la vecchia risposta citata.")

# ---- it 25: other: inline answers, no commitment on the date ---------------------------------------
MATTEO = Person("Matteo Deiana", "matteo@deianasurf.it", "it", "CET", "gmail")
inv = Inv("2/2027", 366.00, "2027-01-08", "2027-02-07", MARCO, "Gentile Matteo Deiana,",
          iban=IBAN_MARCO, subject="Fattura 2/2027 - modulo iscrizioni corsi", lang="it")
n1 = Node(MARCO, MATTEO, "2027-01-08 09:30", inv.subject, """\
Ciao Matteo,

ti allego la fattura per il modulo iscrizioni (300 € + IVA).

Marco""")
n2 = R(inv, "due", "2027-02-08 09:00", MATTEO, n1)
n3 = Node(MARCO, MATTEO, "2027-02-18 10:05", re_(inv.subject), """\
Ciao Matteo,
un paio di domande veloci:
- hai ricevuto la fattura 2/2027?
- mi confermi una data per il pagamento?
- la modifica del form per i corsi estivi la facciamo adesso o ad aprile?
Grazie!
Marco""", parent=n2, style="thunderbird")
own = """\
si

questo lo devo chiedere a Fabio che tiene i conti, ti faccio sapere

meglio aprile, adesso siamo chiusi"""
raw = f"""\
{attr_gmail(n3, "it")}

> Ciao Matteo,
> un paio di domande veloci:
> - hai ricevuto la fattura 2/2027?

si

> - mi confermi una data per il pagamento?

questo lo devo chiedere a Fabio che tiene i conti, ti faccio sapere

> - la modifica del form per i corsi estivi la facciamo adesso o ad aprile?

meglio aprile, adesso siamo chiusi

> Grazie!
> Marco
>
{tail(n3, "it")}"""
top = Node(MATTEO, MARCO, "2027-02-18 19:22", re_(inv.subject), own, parent=n3, style="gmail", raw=raw)
add("client-reply-other", "it", top, fmt="alt", cte="qp", own=own,
    note="Risposte in linea: fattura ricevuta, per la data 'devo chiedere a Fabio, ti faccio sapere': nessun pagamento né promessa, quindi altro.")

# ---- it 26: other: the corrected invoice is received; the old complaint is in the history ---------
ROBERTA_V = Person("Roberta Villa", "roberta@villaeventi.com", "it", "CET", "apple")
inv = Inv("14/2027", 610.00, "2027-02-01", "2027-03-03", ELENA, "Spett.le Villa Eventi srl,",
          iban=IBAN_ELENA, subject="Fattura 14/2027 – traduzione brochure", lang="it")
n1 = Node(ELENA, ROBERTA_V, "2027-02-01 09:50", inv.subject, """\
Ciao Roberta,

ti allego la fattura 14/2027 per la traduzione della brochure (500 € + IVA).

Elena""")
n2 = Node(ROBERTA_V, ELENA, "2027-02-02 10:11", "Re: " + inv.subject, """\
Elena, c'è un errore nella partita IVA, manca una cifra. Così non possiamo registrarla.

Roberta""", parent=n1, style="apple")
n3 = Node(ELENA, ROBERTA_V, "2027-02-02 15:30", "Re: " + inv.subject, """\
Hai ragione, scusa! La 14/2027 l'ho stornata con nota di credito e ti allego la fattura corretta, la 16/2027, con la partita IVA giusta.

Elena""", parent=n2, style="apple")
top = Node(ROBERTA_V, ELENA, "2027-02-03 09:02", "Re: " + inv.subject, """\
Ricevuta, ora è tutto giusto. La passo in contabilità.
Grazie!

Roberta""", parent=n3, style="apple")
add("client-reply-other", "it", top, fmt="alt", cte="qp",
    note="Conferma di aver ricevuto la fattura corretta e di averla passata in contabilità: altro. La contestazione sulla partita IVA è vecchia e già risolta.")

# ---- it 27: out-of-office auto-reply quoting the thread --------------------------------------------
STEFANO = Person("Stefano Oliveri", "stefano@oliveriimpianti.it", "it", "CET", "outlook")
inv = Inv("2026/059", 915.00, "2026-11-23", "2026-12-23", GIULIA, "Spett.le Oliveri Impianti srl,",
          iban=IBAN_GIULIA, subject="Fattura 2026/059 – sito Oliveri Impianti", lang="it")
n1 = Node(GIULIA, STEFANO, "2026-11-23 10:00", inv.subject, """\
Buongiorno Stefano,

le allego la fattura per il rifacimento del sito (915,00 €, bollo compreso).

Cordiali saluti
Giulia Ferraris""")
n2 = Node(STEFANO, GIULIA, "2026-11-24 07:50", "R: " + inv.subject, """\
Buongiorno, ricevuta. La paghiamo prima di Natale.
Stefano Oliveri""", parent=n1, style="outlook")
n3 = Node(GIULIA, STEFANO, "2026-12-23 10:40", "Re: R: " + inv.subject, """\
Buongiorno Stefano,

la fattura scade oggi: le scrivo solo per ricordargliela prima delle feste. Se il bonifico è già partito, grazie e buon Natale!

Giulia""", parent=n2, style="gmail")
top = Node(STEFANO, GIULIA, "2026-12-23 10:40", "Risposta automatica: Re: R: " + inv.subject, """\
Gentile mittente,

sono fuori ufficio fino al 7 gennaio 2027 con accesso limitato alla posta elettronica. Per urgenze può contattare il numero 011 9876543 o scrivere a ufficio@oliveriimpianti.it.

Buone feste!
Stefano Oliveri""", parent=n3, style="outlook")
top.when = top.when.replace(second=19)
add("auto-reply", "it", top, fmt="plain", cte="qp", charset="windows-1252",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    facts={"return_date": "2027-01-07"},
    note="Risposta automatica di fuori ufficio con la conversazione citata: rientro indicato 'fino al 7 gennaio 2027' (il giorno nominato). 'Prima di Natale' è una vecchia promessa citata.")


# ==================================================================================================
# ESPAÑOL
# ==================================================================================================

# ---- es 1: paid, admin office, Outlook web HTML only, receipt attached; old 'la semana que viene' ---
MERCEDES = Person("Mercedes Soler", "administracion@hotelesalbufera.es", "es", "CET", "owa")
inv = Inv("2026-087", 1272.00, "2026-10-20", "2026-11-19", LUCIA, "Estimados señores:",
          iban=IBAN_LUCIA, subject="Factura 2026-087 · Fotografía habitaciones Hotel Albufera", lang="es")
n1 = Node(LUCIA, MERCEDES, "2026-10-20 13:40", inv.subject, """\
Hola, Mercedes:

Os adjunto la factura 2026-087 de la sesión de fotos de las habitaciones (1.200 € + 21 % IVA – 15 % IRPF = 1.272,00 €). Vencimiento a 30 días.

¡Muchas gracias!
Lucía Garrido
Fotografía de interiores · València""")
n2 = R(inv, "reminder", "2026-11-24 09:00", MERCEDES, n1)
n3 = Node(MERCEDES, LUCIA, "2026-11-25 10:05", "RE: " + inv.subject, """\
Buenos días, Lucía:

Disculpe, la tenemos aprobada; saldrá en la remesa de la semana que viene.

Un saludo,
Mercedes""", parent=n2, style="owa")
n4 = Node(LUCIA, MERCEDES, "2026-12-09 12:20", "Re: RE: " + inv.subject, """\
Hola, Mercedes:

Sigo sin ver el pago de la factura 2026-087. ¿Puede ser que no haya entrado en la remesa?

Gracias,
Lucía""", parent=n3, style="gmail")
top = Node(MERCEDES, LUCIA, "2026-12-10 11:02", "RE: Re: RE: " + inv.subject, """\
Buenos días, Lucía:

Le adjunto el justificante de la transferencia realizada hoy por importe de 1.272,00 €, correspondiente a su factura 2026-087. Disculpe el retraso: hubo un problema con la firma mancomunada en el banco.

Un saludo,

Mercedes Soler
Departamento de Administración
Hoteles Albufera, S.L.
Av. del Port, 212 · 46023 València

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine. Sus datos se tratan conforme al RGPD y a la LOPDGDD.""",
           parent=n4, style="owa")
add("client-reply-paid", "es", top, fmt="html", cte="b64",
    attachments=[att("pdf", "Justificante_transferencia_10122026.pdf")],
    facts={"amount": "1272.00", "currency": "EUR", "reference": "2026-087"},
    note="Administración adjunta el justificante de la transferencia hecha hoy por 1.272,00 €: pagado. 'Saldrá en la remesa de la semana que viene' es la promesa vieja, citada debajo.")

# ---- es 2: paid; the client forwards the bank's notice ('te paso el justificante') ------------------
PABLO = Person("Pablo Navarro", "pablo@fisionavarro.es", "es", "CET", "thunderbird")
BANK_MED = Person("Banco Mediterráneo Digital", "avisos@bmdigital.es", "es", "CET", "other")
b1 = Node(BANK_MED, PABLO, "2027-01-08 12:14", "Transferencia realizada", """\
Hola, PABLO:

Te confirmamos que se ha realizado la siguiente transferencia:

Importe: 530,00 €
Beneficiario: JORDI PUIG I SERRA
Cuenta destino: ES79 **** **** **** **** 6789
Concepto: Factura PC-26/071
Fecha de la operación: 08/01/2027
Tipo: Transferencia inmediata

Si no has sido tú, llámanos al 900 100 200.

Este es un mensaje automático; por favor, no respondas a este correo.""")
top = Node(PABLO, JORDI, "2027-01-08 12:20", "Fwd: Transferencia realizada", """\
Jordi, te paso el justificante 👇 perdona la tardanza, se me juntó todo con las fiestas.

Un abrazo,
Pablo""", parent=b1, style="fwd-tb")
add("client-reply-paid", "es", top, fmt="alt", cte="qp", reply=False,
    facts={"amount": "530.00", "currency": "EUR", "reference": "PC-26/071"},
    own=top.body + "\n" + b1.body,
    note="El cliente reenvía el aviso del banco ('te paso el justificante'): pagado; importe y concepto salen del aviso reenviado, que forma parte de su mensaje.")

# ---- es 3: paid with Bizum (the rest); old promise 'el resto a final de mes' ------------------------
CARMEN = Person("Carmen Ruiz", "carmenruizlopez@gmail.com", "es", "CET", "samsung")
inv = Inv("2026-095", 350.00, "2026-11-16", "2026-11-30", LUCIA, "Buenos días, Carmen Ruiz:",
          iban=IBAN_LUCIA, subject="Factura sesión de fotos familia Ruiz", lang="es")
n1 = Node(LUCIA, CARMEN, "2026-11-16 19:00", inv.subject, """\
¡Hola, Carmen!

Te mando la factura de la sesión en el parque (350 €). La galería con las fotos editadas ya está lista, el enlace te lo envié por WhatsApp.

Un abrazo,
Lucía""")
n2 = Node(CARMEN, LUCIA, "2026-11-17 08:30", "Re: " + inv.subject, """\
Hola Lucía!! Las fotos son preciosas 😍 Te hago ahora 200 y el resto a final de mes, ¿vale?""", parent=n1, style="samsung")
n3 = Node(LUCIA, CARMEN, "2026-11-17 10:02", "Re: " + inv.subject, """\
¡Claro, sin problema! Ya me ha llegado la primera parte, gracias.

Lucía""", parent=n2, style="gmail")
top = Node(CARMEN, LUCIA, "2026-12-02 21:40", "Re: " + inv.subject, """\
Lucía perdona!! Se me pasó totalmente. Te acabo de hacer un bizum de 150 €, que era lo que faltaba. Ya me dices si te ha llegado 😘

Enviado desde mi Galaxy""", parent=n3, style="samsung")
add("client-reply-paid", "es", top, fmt="alt", cte="b64",
    facts={"amount": "150.00", "currency": "EUR"},
    note="'Te acabo de hacer un bizum de 150 €, que era lo que faltaba': pagado (el resto). 'El resto a final de mes' es la promesa vieja.")

# ---- es 4: paid, answered inline under the freelancer's two questions ------------------------------
IGNACIO = Person("Ignacio Beltrán", "ibeltran@beltranabogados.es", "es", "CET", "thunderbird")
inv = Inv("A-2026-112", 968.00, "2026-12-01", "2026-12-31", AINHOA, "Estimados señores:",
          iban=IBAN_AINHOA, subject="Factura A-2026-112 – traducción jurada", lang="es")
n1 = Node(AINHOA, IGNACIO, "2026-12-01 10:10", inv.subject, """\
Buenos días, Ignacio:

Te adjunto la factura A-2026-112 por la traducción jurada de los poderes y estatutos (800 € + IVA).

Un saludo,
Ainhoa Etxeberria
Traductora-intérprete jurada de inglés""")
n2 = R(inv, "reminder", "2027-01-11 09:00", IGNACIO, n1)
n3 = Node(IGNACIO, AINHOA, "2027-01-11 13:20", "Re: " + inv.subject, """\
Buenos días, Ainhoa. Creo que ya se pagó, lo compruebo y te digo.
Ignacio""", parent=n2, style="thunderbird")
n4 = Node(AINHOA, IGNACIO, "2027-01-14 18:02", "Re: " + inv.subject, """\
Hola, Ignacio:

Gracias. ¿Podrías confirmarme la fecha de la transferencia? En mi cuenta no aparece nada desde diciembre.

¿Y podrías indicarme también a qué cuenta se hizo? Cambié de banco en noviembre.

Un saludo,
Ainhoa""", parent=n3, style="apple")
own = """\
El 12 de enero, desde la cuenta del Sabadell. Te adjunto la captura.

A la que figura en la factura, la que termina en 4567, así que debería estar bien.

Saludos,
Ignacio"""
raw = f"""\
{attr_tb(n4, "es")}
> Hola, Ignacio:
>
> Gracias. ¿Podrías confirmarme la fecha de la transferencia? En mi cuenta no aparece nada desde diciembre.

El 12 de enero, desde la cuenta del Sabadell. Te adjunto la captura.

>
> ¿Y podrías indicarme también a qué cuenta se hizo? Cambié de banco en noviembre.

A la que figura en la factura, la que termina en 4567, así que debería estar bien.

Saludos,
Ignacio

>
> Un saludo,
> Ainhoa
>
{tail(n4, "es", tight=True)}"""
top = Node(IGNACIO, AINHOA, "2027-01-15 09:41", "Re: " + inv.subject, own, parent=n4, style="thunderbird", raw=raw)
add("client-reply-paid", "es", top, fmt="plain", cte="qp", own=own,
    attachments=[att("png", "captura_transferencia.png")],
    note="Respuestas intercaladas: la transferencia se hizo el 12 de enero (captura adjunta): pagado. 'Creo que ya se pagó, lo compruebo' es el mensaje viejo.")

# ---- es 5: paid by Wise from Mexico; old question about Wise in the history -------------------------
RODRIGO = Person("Rodrigo Salinas", "rodrigo@tlacuachelabs.mx", "es", "MEX", "outlook")
inv = Inv("PC-26/068", 1000.00, "2026-12-03", "2027-01-02", JORDI, "Estimados señores:",
          iban=IBAN_JORDI, bic="CAIXESBBXXX", subject="Factura PC-26/068 - API de pagos", lang="es")
n1 = Node(JORDI, RODRIGO, "2026-12-03 17:00", inv.subject, """\
Hola Rodrigo,

Te adjunto la factura PC-26/068 por la integración de la API de pagos (1.000 €, exportación de servicios, sin IVA).

Saludos,
Jordi""")
n2 = Node(RODRIGO, JORDI, "2026-12-04 10:12", "RE: " + inv.subject, """\
Jordi, recibida. ¿Aceptas pago por Wise o tiene que ser transferencia SWIFT? Con SWIFT nos cobran un montón de comisión.

Rodrigo""", parent=n1, style="outlook")
n3 = Node(JORDI, RODRIGO, "2026-12-04 18:30", "Re: RE: " + inv.subject, """\
Wise perfecto, usa el IBAN de la factura.

Jordi""", parent=n2, style="thunderbird")
n4 = R(inv, "due", "2027-01-04 09:00", RODRIGO, n1)
top = Node(RODRIGO, JORDI, "2027-01-06 11:40", "RE: Re: RE: " + inv.subject, """\
Qué onda Jordi, ya quedó el pago. Te mandé los 1,000 euros por Wise ayer en la noche, el seguimiento dice que llegan mañana. Cualquier cosa me avisas.

Saludos!

Rodrigo Salinas
Director de Producto | Tlacuache Labs
Ciudad de México""", parent=n3, style="outlook-old")
add("client-reply-paid", "es", top, fmt="alt", cte="qp", charset="windows-1252",
    facts={"amount": "1000.00", "currency": "EUR"},
    note="Cliente mexicano: 'ya quedó el pago, te mandé los 1,000 euros por Wise': pagado (coma de miles al estilo mexicano). La pregunta sobre Wise es vieja.")

# ---- es 6: paid, Argentine voseo, bottom-posted; old promise 'la semana que viene' ----------------
MARTINA = Person("Martina Ferreyra", "martina.ferreyra@gmail.com", "es", "ART", "gmail")
inv = Inv("A-2027-004", 450.00, "2027-01-11", "2027-02-10", AINHOA, "Buenos días, Martina Ferreyra:",
          iban=IBAN_AINHOA, subject="Factura A-2027-004 – subtítulos documental", lang="es")
n1 = Node(AINHOA, MARTINA, "2027-01-11 11:30", inv.subject, """\
Hola, Martina:

Te adjunto la factura A-2027-004 por la revisión de los subtítulos del documental (450 €).

Un abrazo,
Ainhoa""")
n2 = Node(MARTINA, AINHOA, "2027-01-12 09:05", "Re: " + inv.subject, """\
Genial, gracias! Te lo pago la semana que viene cuando me entre lo de un cliente.""", parent=n1, style="gmail", bottom=True)
n3 = R(inv, "reminder", "2027-02-15 09:00", MARTINA, n1)
n4 = Node(AINHOA, MARTINA, "2027-02-16 10:20", "Re: " + inv.subject, """\
Hola, Martina:

¿Pudiste mirar lo de la factura? Me ha saltado el recordatorio automático y no veo nada en la cuenta.

Un abrazo,
Ainhoa""", parent=n2, style="apple")
top = Node(MARTINA, AINHOA, "2027-02-17 18:55", "Re: " + inv.subject, """\
Ay perdón!! Listo, ya te transferí recién por Wise, fijate y avisame si te llegó bien. Mil disculpas por la demora, fue un enero terrible.
Besos
Martina""", parent=n4, style="gmail", bottom=True)
add("client-reply-paid", "es", top, fmt="alt", cte="qp",
    note="Escrito debajo de la cita, con voseo: 'ya te transferí recién por Wise': pagado. 'Te lo pago la semana que viene' es la promesa vieja.")

# ---- es 7: paid plus a question about the next phase; Catalan touches ------------------------------
NURIA = Person("Núria Vidal", "nuria@vidalestudi.cat", "es", "CET", "apple")
inv = Inv("PC-26/074", 2014.00, "2026-12-14", "2027-01-13", JORDI, "Estimados señores:",
          iban=IBAN_JORDI, subject="Factura PC-26/074 - web estudio", lang="es")
n1 = Node(JORDI, NURIA, "2026-12-14 12:00", inv.subject, """\
Hola Núria,

Os adjunto la factura PC-26/074 de la web del estudio (1.900 € + IVA − IRPF = 2.014,00 €).

Salut,
Jordi""")
n2 = Node(NURIA, JORDI, "2026-12-15 09:10", "Re: " + inv.subject, """\
Gràcies Jordi! ¿Nos la puedes rehacer con la dirección nueva del estudio? Nos mudamos en noviembre.

Núria""", parent=n1, style="apple")
n3 = Node(JORDI, NURIA, "2026-12-15 11:45", "Re: " + inv.subject, """\
Hecho, os adjunto la factura corregida con la dirección del Passeig de Sant Joan.

Jordi""", parent=n2, style="thunderbird")
n4 = R(inv, "due", "2027-01-14 09:00", NURIA, n1)
top = Node(NURIA, JORDI, "2027-01-19 16:12", "Re: " + inv.subject, """\
Hola Jordi,

Pagada ayer, tendrías que verla ya. Perdona el retraso, con la mudanza se nos traspapeló.

Una pregunta: para la segunda fase de la web (la tienda), ¿nos puedes pasar presupuesto antes de finales de febrero? Queremos tenerla para abril.

Gràcies!
Núria

Núria Vidal · Vidal Estudi d'Arquitectura
Passeig de Sant Joan 88, 08009 Barcelona""", parent=n3, style="apple")
add("client-reply-paid", "es", top, fmt="alt", cte="qp",
    note="'Pagada ayer' más una pregunta sobre un presupuesto nuevo: pagado. 'Antes de finales de febrero' es para el presupuesto, no un pago.")

# ---- es 8: promise 'el viernes'; old promise 'antes de fin de mes' below ----------------------------
SERGIO = Person("Sergio Castaño", "sergio@latiendadelcafe.es", "es", "CET", "gmail")
inv = Inv("2026-101", 477.00, "2026-11-27", "2026-12-27", LUCIA, "Estimados señores:",
          iban=IBAN_LUCIA, subject="Factura 2026-101 · Fotos de producto La Tienda del Café", lang="es")
n1 = Node(LUCIA, SERGIO, "2026-11-27 17:05", inv.subject, """\
Hola, Sergio:

Te paso la factura de las fotos de producto (450 € + IVA – IRPF = 477,00 €). Las 40 fotos ya están en la carpeta compartida, en alta y en versión web.

¡Gracias!
Lucía""")
n2 = R(inv, "due", "2026-12-28 09:00", SERGIO, n1)
n3 = Node(SERGIO, LUCIA, "2026-12-29 10:40", "Re: " + inv.subject, """\
Lucía, perdona, te lo pago antes de fin de mes.
Sergio""", parent=n2, style="gmail")
n4 = Node(LUCIA, SERGIO, "2027-01-12 09:30", "Re: " + inv.subject, """\
Hola, Sergio: ¡feliz año!

Te escribo porque sigo sin ver el pago de la factura 2026-101. ¿Me dices algo?

Gracias,
Lucía""", parent=n3, style="gmail")
top = Node(SERGIO, LUCIA, "2027-01-13 13:15", "Re: " + inv.subject, """\
Hola Lucía, feliz año también.

Tienes toda la razón, entre Reyes y el inventario se me fue. Te lo pago el viernes sin falta, de verdad.

Sergio""", parent=n4, style="gmail")
add("client-reply-promise", "es", top, fmt="alt", cte="qp",
    facts={"promised_date": "2027-01-15"}, rule=lambda d: weekday_after(d, 4),
    note="Nueva promesa 'el viernes' escrita el miércoles 13 de enero = 15 de enero. 'Antes de fin de mes' es la promesa vieja incumplida.")

# ---- es 9: the client's accountant forwards the chain and promises the remittance of the 25th ------
INAKI = Person("Iñaki Ugarte", "inaki@talleresugarte.com", "es", "CET", "outlook")
MAITE = Person("Maite Arrieta", "maite@asesoriagoikoetxea.com", "es", "CET", "apple")
inv = Inv("A-2026-118", 1484.00, "2026-12-10", "2027-01-09", AINHOA, "Estimados señores:",
          iban=IBAN_AINHOA, subject="Factura A-2026-118 – traducción catálogo FR", lang="es")
n1 = Node(AINHOA, INAKI, "2026-12-10 09:45", inv.subject, """\
Egun on, Iñaki:

Le adjunto la factura A-2026-118 por la traducción al francés del catálogo de maquinaria (1.400 € + IVA – IRPF).

Un saludo,
Ainhoa Etxeberria""")
n2 = Node(INAKI, AINHOA, "2026-12-11 08:15", "RE: " + inv.subject, """\
Recibida. Se pagará a primeros de año.

Iñaki Ugarte
Talleres Ugarte, S.L.""", parent=n1, style="outlook")
n3 = Node(AINHOA, INAKI, "2027-01-12 10:00", "Re: RE: " + inv.subject, """\
Egun on, Iñaki:

Te escribo por la factura A-2026-118, que venció el 9 de enero. Me dijiste que se pagaría a primeros de año, pero todavía no me ha llegado. ¿Puedes comprobarlo?

Gracias,
Ainhoa""", parent=n2, style="apple")
n4 = Node(INAKI, MAITE, "2027-01-13 08:30", "RV: Re: RE: " + inv.subject, """\
Maite, mira esto por favor.""", parent=n3, style="fwd-outlook")
top = Node(MAITE, AINHOA, "2027-01-14 12:05", "Fwd: RV: Re: RE: " + inv.subject, """\
Buenos días, Sra. Etxeberria:

Le escribo desde la Asesoría Goikoetxea, que lleva la administración de Talleres Ugarte. Don Iñaki nos ha reenviado su recordatorio (lo tiene más abajo).

La factura A-2026-118 está contabilizada y se abonará en la remesa de proveedores del día 25 de este mes.

Reciba un cordial saludo,

Maite Arrieta
Asesoría Goikoetxea
Ercilla 24, 48011 Bilbao""", parent=n4, style="fwd-apple", cc=INAKI)
add("client-reply-promise", "es", top, fmt="alt", cte="qp", reply=False,
    facts={"promised_date": "2027-01-25", "reference": "A-2026-118"},
    note="La asesoría responde encima de la cadena reenviada: 'se abonará en la remesa del día 25 de este mes' (enero) = 25 de enero. 'A primeros de año' es la promesa vieja del cliente.")

# ---- es 10: promise '5 de marzo', Outlook desktop plain; old PO question ---------------------------
JAVIER = Person("Javier Ortega", "cuentasapagar@distlevante.es", "es", "CET", "outlook")
inv = Inv("2027-014", 2120.00, "2027-01-25", "2027-02-24", LUCIA, "Estimados señores:",
          iban=IBAN_LUCIA, subject="Factura 2027-014 - Fotografía catálogo primavera", lang="es")
n1 = Node(LUCIA, JAVIER, "2027-01-25 16:10", inv.subject, """\
Buenas tardes:

Les adjunto la factura 2027-014 correspondiente a la fotografía del catálogo de primavera (2.000 € + IVA – IRPF = 2.120,00 €).

Un saludo,
Lucía Garrido""")
n2 = Node(JAVIER, LUCIA, "2027-01-26 09:02", "RE: " + inv.subject, """\
Buenos días,

¿Nos puede indicar el número de pedido? Sin él no podemos darla de alta.

Saludos,
Javier Ortega
Cuentas a Pagar""", parent=n1, style="outlook")
n3 = Node(LUCIA, JAVIER, "2027-01-26 09:50", "Re: RE: " + inv.subject, """\
Hola, Javier: el pedido es el PO-7741, me lo pasó Raquel, de Marketing.

Gracias,
Lucía""", parent=n2, style="gmail")
n4 = R(inv, "due", "2027-02-24 09:00", JAVIER, n1)
top = Node(JAVIER, LUCIA, "2027-02-25 10:33", "RE: Re: RE: " + inv.subject, """\
Buenos días, Lucía:

Ya está dada de alta con el PO-7741. Está programado el pago para el próximo 5 de marzo, que es nuestra fecha de pago a proveedores.

Saludos cordiales,

Javier Ortega
Cuentas a Pagar
Distribuciones Levante, S.A.""", parent=n3, style="outlook")
add("client-reply-promise", "es", top, fmt="plain", cte="qp", charset="windows-1252",
    facts={"promised_date": "2027-03-05"},
    note="'Está programado el pago para el próximo 5 de marzo': promesa para el 5/03. La pregunta del número de pedido es vieja.")

# ---- es 11: promise without a day (when their client pays); old dated promise in the history -------
RAUL = Person("Raúl Domínguez", "raul@agenciamistral.com", "es", "CET", "gmail")
inv = Inv("PC-26/066", 2650.00, "2026-11-13", "2026-12-13", JORDI, "Estimados señores:",
          iban=IBAN_JORDI, subject="Factura PC-26/066 - app gimnasios", lang="es")
n1 = Node(JORDI, RAUL, "2026-11-13 15:00", inv.subject, """\
Hola Raúl,

Os paso la factura PC-26/066 de la app de reservas para los gimnasios (2.500 € + IVA − IRPF).

Jordi""")
n2 = R(inv, "due", "2026-12-14 09:00", RAUL, n1)
n3 = Node(RAUL, JORDI, "2026-12-14 19:05", "Re: " + inv.subject, """\
Jordi, te lo pago el 15 de enero, que es cuando nos paga a nosotros el cliente.
Raúl""", parent=n2, style="gmail")
n4 = R(inv, "promise_followup", "2027-01-18 09:00", RAUL, n1, promise="2027-01-15")
n5 = Node(JORDI, RAUL, "2027-01-25 10:20", "Re: " + inv.subject, """\
Raúl, ya estamos a 25 y no me ha llegado nada. ¿Qué pasa con la factura?

Jordi""", parent=n3, style="thunderbird")
top = Node(RAUL, JORDI, "2027-01-26 11:47", "Re: " + inv.subject, """\
Jordi, tienes razón y lo siento.

El cliente (la cadena de gimnasios) nos ha vuelto a retrasar el pago y no tenemos caja para adelantarlo. En cuanto cobremos te pagamos, y serás el primero, te lo prometo. Te mantengo informado.

Raúl""", parent=n5, style="gmail")
add("client-reply-promise", "es", top, fmt="alt", cte="qp",
    note="Promesa sin día: 'en cuanto cobremos te pagamos'. El 15 de enero es la promesa vieja, citada debajo; no hay fecha nueva.")

# ---- es 12: part today, the rest 'a principios de febrero' (no day) --------------------------------
ALBA = Person("Alba Serrano", "floresalba.valencia@gmail.com", "es", "CET", "samsung")
inv = Inv("2026-108", 363.00, "2026-12-18", "2027-01-17", LUCIA, "Buenos días, Alba Serrano:",
          iban=IBAN_LUCIA, subject="Factura 2026-108 · Fotos Flores Alba", lang="es")
n1 = Node(LUCIA, ALBA, "2026-12-18 12:30", inv.subject, """\
¡Hola, Alba!

Te mando la factura de las fotos de la tienda y los ramos de Navidad (300 € + IVA).

Un beso,
Lucía""")
n2 = Node(ALBA, LUCIA, "2026-12-19 09:00", "Re: " + inv.subject, """\
¡Qué bonitas! ¿Me puedes mandar también las fotos en vertical para Instagram?""", parent=n1, style="gmail")
n3 = Node(LUCIA, ALBA, "2026-12-19 10:15", "Re: " + inv.subject, """\
¡Claro! Te las subo hoy a la misma carpeta.

Lucía""", parent=n2, style="gmail")
n4 = R(inv, "due", "2027-01-18 09:00", ALBA, n1)
top = Node(ALBA, LUCIA, "2027-01-20 20:10", "Re: " + inv.subject, """\
Lucía, ¡perdón por el retraso! Enero está siendo flojísimo en la tienda. Hoy te hago una parte y el resto a principios de febrero, ¿te parece bien?

Un beso,
Alba

Enviado desde mi Galaxy""", parent=n3, style="samsung")
add("client-reply-promise", "es", top, fmt="alt", cte="qp",
    note="Paga una parte hoy y promete el resto 'a principios de febrero', que no es un día: promesa sin fecha y sin importe escrito.")

# ---- es 13: promise 'mañana a primera hora'; old 'esta semana sin falta' ---------------------------
TOMAS = Person("Tomás Herrero", "tomas@herreroarquitectos.es", "es", "CET", "gmail")
inv = Inv("A-2027-009", 636.00, "2027-01-27", "2027-02-26", AINHOA, "Estimados señores:",
          iban=IBAN_AINHOA, subject="Factura A-2027-009 – traducción memoria concurso", lang="es")
n1 = Node(AINHOA, TOMAS, "2027-01-27 13:00", inv.subject, """\
Hola, Tomás:

Te adjunto la factura A-2027-009 por la traducción al inglés de la memoria del concurso (600 € + IVA – IRPF).

Mucha suerte con el concurso.
Ainhoa""")
n2 = R(inv, "due", "2027-02-26 09:00", TOMAS, n1)
n3 = Node(TOMAS, AINHOA, "2027-03-01 08:55", "Re: " + inv.subject, """\
Ainhoa, perdona, se me olvidó por completo. Esta semana sin falta.
Tomás""", parent=n2, style="gmail")
n4 = Node(AINHOA, TOMAS, "2027-03-09 10:30", "Re: " + inv.subject, """\
Hola, Tomás:

¿Pudiste hacer la transferencia? Sigue sin aparecer.

Un saludo,
Ainhoa""", parent=n3, style="apple")
top = Node(TOMAS, AINHOA, "2027-03-09 21:15", "Re: " + inv.subject, """\
Tienes toda la razón, Ainhoa, es imperdonable. Mañana a primera hora lo ordeno y te mando el justificante.

Tomás

--
Tomás Herrero · Herrero Arquitectos
Calle Mayor 14, Logroño""", parent=n4, style="gmail")
add("client-reply-promise", "es", top, fmt="alt", cte="b64",
    facts={"promised_date": "2027-03-10"}, rule=lambda d: d + dt.timedelta(days=1),
    note="'Mañana a primera hora lo ordeno' escrito el 9 de marzo = 10 de marzo. 'Esta semana sin falta' es la promesa vieja.")

# ---- es 14: promise 'el martes 9'; old question about the invoice holder ----------------------------
MONTSE = Person("Montse Roig", "administracio@coopsantisidre.cat", "es", "CET", "thunderbird")
inv = Inv("PC-27/004", 954.00, "2027-01-05", "2027-02-04", JORDI, "Estimados señores:",
          iban=IBAN_JORDI, subject="Factura PC-27/004 - web cooperativa", lang="es")
n1 = Node(JORDI, MONTSE, "2027-01-05 11:00", inv.subject, """\
Hola Montse,

Os adjunto la factura PC-27/004 por la nueva web de la cooperativa (900 € + IVA - IRPF).

Salut,
Jordi""")
n2 = Node(MONTSE, JORDI, "2027-01-07 09:20", "Re: " + inv.subject, """\
Hola Jordi, ¿la factura tiene que ir a nombre de la cooperativa o de la sección de crédito?
Montse""", parent=n1, style="thunderbird")
n3 = Node(JORDI, MONTSE, "2027-01-07 10:05", "Re: " + inv.subject, """\
A nombre de la cooperativa, con su CIF, como está. La sección de crédito no tiene nada que ver con la web.

Jordi""", parent=n2, style="thunderbird")
n4 = R(inv, "due", "2027-02-04 09:00", MONTSE, n1)
top = Node(MONTSE, JORDI, "2027-02-04 12:30", "Re: " + inv.subject, """\
Hola Jordi:

Sí, perdona, está bien así. La pagamos el martes 9, que es cuando el consejo firma los pagos a proveedores.

Salutacions,
Montse Roig
Administració · Cooperativa Agrícola Sant Isidre""", parent=n3, style="thunderbird")
add("client-reply-promise", "es", top, fmt="plain", cte="qp", charset="iso-8859-15",
    facts={"promised_date": "2027-02-09"},
    note="'La pagamos el martes 9' escrito el jueves 4 de febrero = 9 de febrero de 2027. La pregunta sobre el titular es vieja.")

# ---- es 15: dispute, 3 shooting days billed, 2 worked; Outlook web HTML only -----------------------
BEATRIZ = Person("Beatriz Lasheras", "beatriz@cierzoproducciones.com", "es", "CET", "owa")
inv = Inv("2026-099", 1908.00, "2026-11-24", "2026-12-24", LUCIA, "Estimados señores:",
          iban=IBAN_LUCIA, subject="Factura 2026-099 · Foto fija rodaje «Niebla»", lang="es")
n1 = Node(LUCIA, BEATRIZ, "2026-11-24 18:20", inv.subject, """\
Hola, Beatriz:

Te adjunto la factura de la foto fija del rodaje: 3 jornadas × 600 € + IVA – IRPF = 1.908,00 €.

¡Gracias por contar conmigo!
Lucía""")
n2 = Node(BEATRIZ, LUCIA, "2026-11-25 09:40", "RE: " + inv.subject, """\
¡Gracias, Lucía! La pasamos a pago, saldrá con la remesa de diciembre.

Beatriz""", parent=n1, style="owa")
n3 = R(inv, "reminder", "2027-01-07 09:00", BEATRIZ, n1)
n4 = Node(LUCIA, BEATRIZ, "2027-01-08 11:00", "Re: RE: " + inv.subject, """\
Hola, Beatriz:

¿Sabes si la factura entró en la remesa de diciembre? No me ha llegado nada.

Un abrazo,
Lucía""", parent=n2, style="gmail")
top = Node(BEATRIZ, LUCIA, "2027-01-11 13:25", "RE: Re: RE: " + inv.subject, """\
Hola, Lucía:

Al revisarla para la remesa nos hemos dado cuenta de que la factura incluye 3 jornadas de rodaje, pero según nuestro parte de producción fueron 2 (el 3 y el 4 de noviembre; el día 5 se canceló por lluvia y se avisó la víspera). Por eso la paramos.

¿Puedes emitir una rectificativa por 2 jornadas? En cuanto la tengamos, la pagamos.

Un abrazo,
Beatriz Lasheras
Jefa de Producción | Cierzo Producciones""", parent=n4, style="owa")
add("client-reply-dispute", "es", top, fmt="html", cte="qp",
    note="Discute las jornadas facturadas (3 frente a 2) y pide una rectificativa antes de pagar: disputa. 'Saldrá con la remesa de diciembre' es la respuesta vieja.")

# ---- es 16: dispute, duplicate of an invoice already paid (two invoices named) ---------------------
OLGA = Person("Olga Prieto", "contabilidad@fundacionlumen.org", "es", "CET", "outlook")
inv = Inv("2026-104", 726.00, "2026-12-03", "2027-01-02", LUCIA, "Estimados señores:",
          iban=IBAN_LUCIA, subject="Factura 2026-104 · Reportaje jornada de puertas abiertas", lang="es")
n1 = Node(LUCIA, OLGA, "2026-12-03 10:00", inv.subject, """\
Buenos días:

Les adjunto la factura 2026-104 del reportaje fotográfico de la jornada de puertas abiertas.

Un saludo,
Lucía Garrido""")
n2 = R(inv, "due", "2027-01-04 09:00", OLGA, n1)
n3 = Node(OLGA, LUCIA, "2027-01-05 12:10", "RE: " + inv.subject, """\
Buenos días, estamos revisándola y le decimos algo.

Olga Prieto""", parent=n2, style="outlook")
n4 = Node(LUCIA, OLGA, "2027-01-19 09:45", "Re: RE: " + inv.subject, """\
Buenos días, Olga:

¿Han podido revisarla? Quedo pendiente.

Un saludo,
Lucía""", parent=n3, style="gmail")
top = Node(OLGA, LUCIA, "2027-01-20 10:12", "RE: Re: RE: " + inv.subject, """\
Buenos días, Lucía:

Hemos revisado la factura 2026-104 y corresponde al mismo reportaje (jornada de puertas abiertas del 14 de octubre) que la 2026-081, que abonamos el 30 de noviembre. Entendemos que se trata de un duplicado, por lo que no vamos a tramitarla. Si no es así, le rogamos nos indique a qué servicio corresponde.

Atentamente,

Olga Prieto
Contabilidad · Fundación Lumen""", parent=n4, style="outlook")
add("client-reply-dispute", "es", top, fmt="alt", cte="qp", charset="windows-1252",
    note="La considera un duplicado de otra ya pagada y no la tramita: disputa. Nombra dos facturas, así que sin referencia.")

# ---- es 17: dispute, withholding until the high-resolution files arrive; bottom-posted -------------
DIEGO = Person("Diego Morales", "diegomorales_bar@yahoo.es", "es", "CET", "yahoo")
inv = Inv("2027-006", 423.50, "2027-01-14", "2027-02-13", LUCIA, "Buenos días, Diego Morales:",
          iban=IBAN_LUCIA, subject="Factura 2027-006 · Fotos carta Bar Morales", lang="es")
n1 = Node(LUCIA, DIEGO, "2027-01-14 16:00", inv.subject, """\
Hola, Diego:

Te mando la factura de las fotos de la carta (350 € + IVA). La galería para elegir está en el enlace que te pasé.

Lucía""")
n2 = Node(DIEGO, LUCIA, "2027-01-15 00:40", "Re: " + inv.subject, """\
Vale, te pago cuando tenga las fotos definitivas.""", parent=n1, style="yahoo")
n3 = Node(LUCIA, DIEGO, "2027-01-15 10:10", "Re: " + inv.subject, """\
Hola, Diego: ya están en la galería online, tienes el enlace en mi primer correo.

Lucía""", parent=n2, style="gmail")
n4 = R(inv, "due", "2027-02-15 09:00", DIEGO, n1)
top = Node(DIEGO, LUCIA, "2027-02-16 01:12", "Re: " + inv.subject, """\
Lucía en la galería solo están las de baja con la marca de agua. Hasta que no nos pases los archivos en alta resolución y sin marca no te vamos a pagar, que ya nos pasó con otro fotógrafo. Cuando los tenga te hago la transferencia al momento.
Diego""", parent=n3, style="yahoo", bottom=True)
add("client-reply-dispute", "es", top, fmt="alt", cte="qp",
    note="Retiene el pago hasta recibir los archivos en alta: disputa, aunque promete pagar después. 'Te pago cuando tenga las fotos' es el mensaje viejo.")

# ---- es 18: dispute, wrong tax ID: asks for a corrective invoice before paying ---------------------
NEREA = Person("Nerea Zubizarreta", "administracion@arizmendiberria.eus", "es", "CET", "outlook")
inv = Inv("A-2027-012", 1210.00, "2027-02-01", "2027-03-03", AINHOA, "Estimados señores:",
          iban=IBAN_AINHOA, subject="Factura A-2027-012 – traducción pliegos licitación", lang="es")
n1 = Node(AINHOA, NEREA, "2027-02-01 12:00", inv.subject, """\
Egun on:

Les adjunto la factura A-2027-012 por la traducción de los pliegos de la licitación.

Un saludo,
Ainhoa Etxeberria""")
n2 = R(inv, "due", "2027-03-03 09:00", NEREA, n1)
n3 = Node(NEREA, AINHOA, "2027-03-04 09:12", "RE: " + inv.subject, """\
Egun on, Ainhoa: la estamos mirando, creo que hay algo que no cuadra en los datos.

Nerea""", parent=n2, style="outlook")
n4 = Node(AINHOA, NEREA, "2027-03-04 10:00", "Re: RE: " + inv.subject, """\
Egun on, Nerea: ¿qué es lo que no cuadra? Dímelo y lo corrijo.

Ainhoa""", parent=n3, style="apple")
top = Node(NEREA, AINHOA, "2027-03-05 08:47", "RE: Re: RE: " + inv.subject, """\
Hola de nuevo:

El CIF que aparece en la factura (B-48123456) es el de la antigua sociedad; desde enero somos Construcciones Arizmendi Berria, S.L., CIF B-95876543. Así no la podemos contabilizar ni pagar: necesitamos que la anules con una factura rectificativa y emitas una nueva con los datos correctos.

Eskerrik asko,
Nerea

Nerea Zubizarreta
Administración – Construcciones Arizmendi Berria, S.L.""", parent=n4, style="outlook")
add("client-reply-dispute", "es", top, fmt="alt", cte="qp", charset="windows-1252",
    note="El CIF de la factura es el de la sociedad antigua: no la pagan y piden rectificativa y factura nueva: disputa (rechazo de la factura tal como está).")

# ---- es 19: dispute answered inline inside the reminder --------------------------------------------
PILAR = Person("Pilar Gómez", "pilar@academiaoxford-zgz.es", "es", "CET", "gmail")
inv = Inv("PC-26/077", 2178.00, "2026-12-21", "2027-01-20", JORDI, "Buenos días, Pilar Gómez:",
          iban=IBAN_JORDI, subject="Factura PC-26/077 - plataforma alumnos", lang="es")
n1 = Node(JORDI, PILAR, "2026-12-21 13:00", inv.subject, """\
Hola Pilar,

Te adjunto la factura PC-26/077 de la plataforma de alumnos (1.800 € + IVA).

¡Felices fiestas!
Jordi""")
n2 = R(inv, "reminder", "2027-02-01 09:00", PILAR, n1)
own = """\
Jordi, es que no la he pagado porque no es lo que hablamos: quedamos en 1.800 con el IVA incluido, me lo dijiste tú por teléfono en octubre. Lo tengo apuntado.

Descuido ninguno 😅

Pues eso, aclarémoslo. Mándame una nueva con el total que acordamos y la pago.

Pilar"""
raw = f"""\
{attr_gmail(n2, "es")}

> Buenos días, Pilar Gómez:
>
> Revisando mis cuentas, veo que la factura n.º PC-26/077 de 2.178,00 €, vencida el 20 de enero de 2027, sigue pendiente de pago.

Jordi, es que no la he pagado porque no es lo que hablamos: quedamos en 1.800 con el IVA incluido, me lo dijiste tú por teléfono en octubre. Lo tengo apuntado.

> Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.

Descuido ninguno 😅

> Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.

Pues eso, aclarémoslo. Mándame una nueva con el total que acordamos y la pago.

Pilar

> Datos para el pago:
> - beneficiario: Jordi Puig
> - IBAN: ES79 2100 0813 6101 2345 6789
> - concepto: Factura PC-26/077
>
> Un cordial saludo,
> Jordi Puig"""
top = Node(PILAR, JORDI, "2027-02-02 17:20", re_(inv.subject), own, parent=n2, style="gmail", raw=raw)
add("client-reply-dispute", "es", top, fmt="alt", cte="qp", own=own,
    note="Respuestas intercaladas en el recordatorio: el importe no es el acordado (1.800 IVA incluido) y pide una factura nueva: disputa. 1.800 es el precio pactado, no un pago.")

# ---- es 20: dispute, asks 10 % off for the late delivery; old '30 días' -----------------------------
KOLDO = Person("Koldo Mendia", "koldo@editorialgaztelu.eus", "es", "CET", "apple")
inv = Inv("A-2027-015", 2968.00, "2027-02-10", "2027-03-12", AINHOA, "Estimados señores:",
          iban=IBAN_AINHOA, subject="Factura A-2027-015 – traducción novela", lang="es")
n1 = Node(AINHOA, KOLDO, "2027-02-10 10:00", inv.subject, """\
Hola, Koldo:

Te adjunto la factura A-2027-015 por la traducción de la novela (2.800 € + IVA – IRPF).

Un abrazo,
Ainhoa""")
n2 = Node(KOLDO, AINHOA, "2027-02-11 09:30", "Re: " + inv.subject, """\
Recibida, Ainhoa. La pasamos a pago a 30 días.

Koldo""", parent=n1, style="apple")
n3 = R(inv, "due", "2027-03-12 09:00", KOLDO, n1)
n4 = Node(AINHOA, KOLDO, "2027-03-15 10:10", "Re: " + inv.subject, """\
Hola, Koldo:

Ya han pasado los 30 días y no me ha llegado la transferencia. ¿Lo miras?

Un abrazo,
Ainhoa""", parent=n2, style="apple")
top = Node(KOLDO, AINHOA, "2027-03-16 12:40", "Re: " + inv.subject, """\
Hola, Ainhoa:

Te soy sincero: en la editorial no ha sentado bien que la traducción llegara dos semanas tarde. Tuvimos que mover la fecha de imprenta y nos costó dinero.

Antes de pagar, ¿nos podrías hacer un 10 % de descuento sobre la factura? Creo que es razonable.

Un abrazo,
Koldo""", parent=n4, style="apple")
add("client-reply-dispute", "es", top, fmt="html", cte="qp",
    note="Pide un 10 % de descuento por el retraso antes de pagar: disputa. 'La pasamos a pago a 30 días' es la promesa vieja.")

# ---- es 21: other: passed to the new payroll/accounting firm; old promise 'este mes' ---------------
RUBEN = Person("Rubén Vega", "ruben@gimnasioolimpo.es", "es", "CET", "gmail")
inv = Inv("PC-26/065", 1089.00, "2026-11-09", "2026-12-09", JORDI, "Estimados señores:",
          iban=IBAN_JORDI, subject="Factura PC-26/065 - reservas online gimnasio", lang="es")
n1 = Node(JORDI, RUBEN, "2026-11-09 12:00", inv.subject, """\
Hola Rubén,

Os adjunto la factura PC-26/065 del sistema de reservas online (900 € + IVA).

Jordi""")
n2 = Node(RUBEN, JORDI, "2026-11-10 08:00", "Re: " + inv.subject, """\
Recibida, te la pago este mes.
Rubén""", parent=n1, style="gmail")
n3 = R(inv, "due", "2026-12-09 09:00", RUBEN, n1)
n4 = Node(JORDI, RUBEN, "2026-12-14 17:30", "Re: " + inv.subject, """\
Hola Rubén,

La factura PC-26/065 sigue sin pagar y ya ha vencido. ¿Me dices algo?

Jordi""", parent=n2, style="thunderbird")
top = Node(RUBEN, JORDI, "2026-12-15 09:05", "Re: " + inv.subject, """\
Hola Jordi, ahora los pagos los lleva una gestoría. Se lo he pasado a ellos (contabilidad@gestoriasolana.es) con tu correo, te escribirán directamente.

Rubén""", parent=n4, style="gmail")
add("client-reply-other", "es", top, fmt="alt", cte="qp",
    note="Lo ha pasado a la gestoría, que escribirá: ni pago ni promesa. 'Te la pago este mes' es el mensaje viejo citado.")

# ---- es 22: other: the transfer came back (IBAN typo); old '¡Pagada!' quoted ------------------------
MARTA_I = Person("Marta Iglesias", "marta@martaiglesiasinteriorismo.com", "es", "CET", "iphone")
inv = Inv("2027-011", 847.00, "2027-02-08", "2027-03-10", LUCIA, "Buenos días, Marta Iglesias:",
          iban=IBAN_LUCIA, subject="Factura 2027-011 · Fotos proyecto Ruzafa", lang="es")
n1 = Node(LUCIA, MARTA_I, "2027-02-08 11:11", inv.subject, """\
Hola, Marta:

Te mando la factura de las fotos del piso de Ruzafa (700 € + IVA). Ojo, que he cambiado de banco: el IBAN nuevo está en la factura.

Un abrazo,
Lucía""")
n2 = R(inv, "due", "2027-03-10 09:00", MARTA_I, n1)
n3 = Node(MARTA_I, LUCIA, "2027-03-10 13:30", "Re: " + inv.subject, """\
¡Pagada! Te la hice el lunes.

Enviado desde mi iPhone""", parent=n2, style="apple")
n4 = Node(LUCIA, MARTA_I, "2027-03-15 10:00", "Re: " + inv.subject, """\
Gracias, Marta, pero no me ha llegado nada... ¿me mandas el justificante?

Lucía""", parent=n3, style="gmail")
top = Node(MARTA_I, LUCIA, "2027-03-16 09:20", "Re: " + inv.subject, """\
Qué raro... acabo de mirar y me la han devuelto hoy: pone «cuenta inexistente». Te copio el IBAN que puse: ES91 2100 0418 4502 0005 1323. ¿Es ese? ¿Me lo confirmas?

Enviado desde mi iPhone""", parent=n4, style="apple")
add("client-reply-other", "es", top, fmt="alt", cte="qp",
    note="La transferencia ha sido devuelta y no se ha vuelto a hacer; pide confirmar el IBAN: otro. '¡Pagada!' es el mensaje viejo citado.")

# ---- es 23: other: a question on withholding; old promise 'a final de mes' ---------------------------
ALBERTO = Person("Alberto Campos", "direccion@clinicasonrie.es", "es", "CET", "outlook")
inv = Inv("2027-010", 363.00, "2027-02-02", "2027-03-04", LUCIA, "Estimados señores:",
          iban=IBAN_LUCIA, subject="Factura 2027-010 · Fotos equipo Clínica Sonríe", lang="es")
n1 = Node(LUCIA, ALBERTO, "2027-02-02 14:00", inv.subject, """\
Hola, Alberto:

Le adjunto la factura de los retratos del equipo para la web (300 € + IVA).

Un saludo,
Lucía""")
n2 = Node(ALBERTO, LUCIA, "2027-02-03 08:30", "RE: " + inv.subject, """\
Gracias Lucía, la pagamos a final de mes.

Dr. Alberto Campos""", parent=n1, style="outlook")
n3 = R(inv, "due", "2027-03-04 09:00", ALBERTO, n1)
n4 = Node(LUCIA, ALBERTO, "2027-03-08 10:00", "Re: RE: " + inv.subject, """\
Hola, Alberto:

¿Ha podido mirar lo de la factura? Sigue pendiente.

Un saludo,
Lucía""", parent=n2, style="gmail")
top = Node(ALBERTO, LUCIA, "2027-03-09 13:50", "RE: Re: RE: " + inv.subject, """\
Hola Lucía:

Una consulta antes de nada: ¿tú trabajas como autónoma con retención de IRPF o no te corresponde? Te lo pregunto porque el gestor me pide que se lo confirme antes de registrarla y en la factura no aparece.

Gracias,
Dr. Alberto Campos
Clínica Dental Sonríe · Jerez""", parent=n4, style="outlook")
add("client-reply-other", "es", top, fmt="alt", cte="b64", charset="utf-8",
    note="Solo pregunta si le corresponde retención de IRPF, sin discutir el importe ni prometer: otro. 'La pagamos a final de mes' es la promesa vieja.")

# ---- es 24: other: inline answers, no date given --------------------------------------------------
SANTIAGO = Person("Santiago Peña", "spena@gruponexo.es", "es", "CET", "gmail")
inv = Inv("PC-27/009", 3025.00, "2027-01-20", "2027-02-19", JORDI, "Estimados señores:",
          iban=IBAN_JORDI, subject="Factura PC-27/009 - intranet", lang="es")
n1 = Node(JORDI, SANTIAGO, "2027-01-20 10:30", inv.subject, """\
Hola Santiago,

Os adjunto la factura PC-27/009 de la intranet (2.500 € + IVA).

Saludos,
Jordi""")
n2 = R(inv, "due", "2027-02-19 09:00", SANTIAGO, n1)
n3 = Node(JORDI, SANTIAGO, "2027-03-01 12:00", "Re: " + inv.subject, """\
Hola Santiago:

¿Puedes confirmarme que la factura PC-27/009 está aprobada?

¿Me puedes indicar una fecha aproximada de pago?

Gracias,
Jordi""", parent=n2, style="thunderbird")
own = """\
Sí, la aprobó ayer el director financiero.

Todavía no lo sé, depende de tesorería; en cuanto me digan algo te lo paso.

Santiago"""
raw = f"""\
{attr_gmail(n3, "es")}

> Hola Santiago:
>
> ¿Puedes confirmarme que la factura PC-27/009 está aprobada?

Sí, la aprobó ayer el director financiero.

>
> ¿Me puedes indicar una fecha aproximada de pago?

Todavía no lo sé, depende de tesorería; en cuanto me digan algo te lo paso.

Santiago

>
> Gracias,
> Jordi
>
{tail(n3, "es")}"""
top = Node(SANTIAGO, JORDI, "2027-03-02 09:15", re_(inv.subject), own, parent=n3, style="gmail", raw=raw)
add("client-reply-other", "es", top, fmt="plain", cte="qp", own=own,
    note="Respuestas intercaladas: está aprobada pero 'todavía no lo sé, depende de tesorería' (lo que pasará es la información, no el pago): otro.")

# ---- es 25: other: both corrected invoices received; old VAT complaint quoted -----------------------
IRENE = Person("Irene Lozano", "irene@asociacionondas.org", "es", "CET", "apple")
inv = Inv("A-2026-121", 605.00, "2026-12-15", "2027-01-14", AINHOA, "Estimados señores:",
          iban=IBAN_AINHOA, subject="Factura A-2026-121 – subtitulado festival", lang="es")
n1 = Node(AINHOA, IRENE, "2026-12-15 10:00", inv.subject, """\
Hola, Irene:

Os adjunto la factura A-2026-121 por el subtitulado de los cortos del festival (500 € + IVA).

Un abrazo,
Ainhoa""")
n2 = Node(IRENE, AINHOA, "2026-12-16 11:20", "Re: " + inv.subject, """\
Ainhoa, nos has puesto IVA, pero como asociación cultural creo que estamos exentos. ¿La puedes revisar?

Irene""", parent=n1, style="apple")
n3 = Node(AINHOA, IRENE, "2026-12-29 12:00", "Re: " + inv.subject, """\
Hola, Irene:

Revisado con mi gestora: tienes razón. Te envío la rectificativa A-2026-R03, que anula la A-2026-121, y la nueva factura A-2026-124 sin IVA.

Un abrazo,
Ainhoa""", parent=n2, style="apple")
top = Node(IRENE, AINHOA, "2026-12-30 10:45", "Re: " + inv.subject, """\
¡Recibidas las dos, gracias Ainhoa! Ahora sí. Se las paso a la tesorera.

¡Feliz año!
Irene""", parent=n3, style="apple")
add("client-reply-other", "es", top, fmt="alt", cte="qp",
    note="Acusa recibo de la rectificativa y la factura nueva y las pasa a la tesorera: otro. La queja sobre el IVA es vieja y ya resuelta.")

# ---- es 26: other: a colleague takes over the inbox and forwards the chain asking for the PDF -------
MARTA_R = Person("Marta Ruiz", "marta.ruiz@viajeshorizonte.es", "es", "CET", "outlook")
ADRIAN = Person("Adrián Cano", "adrian.cano@viajeshorizonte.es", "es", "CET", "outlook")
inv = Inv("PC-26/075", 1452.00, "2026-12-10", "2027-01-09", JORDI, "Estimados señores:",
          iban=IBAN_JORDI, subject="Factura PC-26/075 - motor de reservas", lang="es")
n1 = Node(JORDI, MARTA_R, "2026-12-10 16:00", inv.subject, """\
Hola Marta,

Os adjunto la factura PC-26/075 por el motor de reservas (1.200 € + IVA).

Saludos,
Jordi""")
n2 = Node(MARTA_R, JORDI, "2026-12-11 09:00", "RE: " + inv.subject, """\
Perfecto Jordi, te la pago en enero.

Marta Ruiz""", parent=n1, style="outlook")
n3 = R(inv, "reminder", "2027-01-25 09:00", MARTA_R, n1)
n4 = Node(JORDI, MARTA_R, "2027-01-26 10:00", "Re: RE: " + inv.subject, """\
Hola Marta,

Te escribo porque la factura PC-26/075 sigue pendiente. Me dijiste que la pagaríais en enero, ¿va todo bien?

Jordi""", parent=n2, style="thunderbird")
top = Node(ADRIAN, JORDI, "2027-01-28 12:30", "RV: Re: RE: " + inv.subject, """\
Hola Jordi:

Marta Ruiz ya no trabaja con nosotros; me han pasado sus correos y a partir de ahora los proveedores los llevo yo. No encuentro tu factura en el sistema: ¿me la puedes reenviar en PDF a esta dirección?

Gracias,

Adrián Cano
Administración | Viajes Horizonte""", parent=n4, style="fwd-outlook")
add("client-reply-other", "es", top, fmt="alt", cte="qp", charset="windows-1252", reply=False,
    note="Un compañero reenvía la cadena: Marta ya no está y pide la factura en PDF: otro. 'Te la pago en enero' es la promesa vieja de Marta.")

# ---- es 27: out-of-office auto-reply quoting the thread -------------------------------------------
LAURA_B = Person("Laura Benítez", "laura@opticamiramar.es", "es", "CET", "owa")
inv = Inv("2026-110", 544.50, "2026-12-01", "2026-12-31", LUCIA, "Estimados señores:",
          iban=IBAN_LUCIA, subject="Factura 2026-110 · Fotos escaparate Óptica Miramar", lang="es")
n1 = Node(LUCIA, LAURA_B, "2026-12-01 12:00", inv.subject, """\
Hola, Laura:

Te paso la factura de las fotos del escaparate (450 € + IVA).

Un abrazo,
Lucía""")
n2 = Node(LAURA_B, LUCIA, "2026-12-02 09:30", "RE: " + inv.subject, """\
¡Gracias, Lucía! Te la pago antes de Reyes.

Laura""", parent=n1, style="owa")
n3 = Node(LUCIA, LAURA_B, "2027-01-04 08:55", "Re: RE: " + inv.subject, """\
Hola, Laura: ¡feliz año! Te recuerdo la factura del escaparate, que venció el 31 de diciembre.

Un abrazo,
Lucía""", parent=n2, style="gmail")
top = Node(LAURA_B, LUCIA, "2027-01-04 08:55", "Respuesta automática: Re: RE: " + inv.subject, """\
Hola:

Estaré fuera de la oficina hasta el lunes 11 de enero, sin acceso al correo. Para cualquier asunto urgente, puede dirigirse a administracion@opticamiramar.es o llamar al 956 123 456.

Gracias.
Laura Benítez""", parent=n3, style="owa")
top.when = top.when.replace(second=41)
add("auto-reply", "es", top, fmt="html", cte="qp",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    facts={"return_date": "2027-01-11"},
    note="Respuesta automática de ausencia con el hilo citado: 'fuera de la oficina hasta el lunes 11 de enero' = 11 de enero (el día nombrado). 'Antes de Reyes' es una promesa vieja citada.")


# ==================================================================================================
# ENGLISH
# ==================================================================================================

# ---- en 1: paid, remittance attached, Outlook web HTML only; old 'end of next week' ----------------
CLAIRE = Person("Claire Doyle", "claire.doyle@harbourfinch.ie", "en", "GMT", "owa")
inv = Inv("SG-2026-041", 3690.00, "2026-10-30", "2026-11-29", SEAN, "Dear Accounts Team,",
          iban=IBAN_SEAN, bic="AIBKIE2D", subject="Invoice SG-2026-041 – booking platform phase 2", lang="en")
n1 = Node(SEAN, CLAIRE, "2026-10-30 16:45", inv.subject, """\
Hi Claire,

Please find attached invoice SG-2026-041 for phase 2 of the booking platform (€3,000 + VAT at 23%, €3,690.00 in total). Payment terms are 30 days.

Thanks,
Seán""")
n2 = Node(CLAIRE, SEAN, "2026-11-02 09:20", "RE: " + inv.subject, """\
Hi Seán,

Thanks – this will go in our payment run at the end of next week.

Claire""", parent=n1, style="owa")
n3 = R(inv, "reminder", "2026-12-07 09:00", CLAIRE, n1)
n4 = Node(SEAN, CLAIRE, "2026-12-08 10:10", "Re: RE: " + inv.subject, """\
Hi Claire,

Just checking in on this one – I haven't seen it come through yet, and the automatic reminder went out yesterday. Could you let me know where it's at?

Thanks,
Seán""", parent=n2, style="thunderbird")
top = Node(CLAIRE, SEAN, "2026-12-09 11:34", "RE: Re: RE: " + inv.subject, """\
Hi Seán,

Apologies for the delay on this – it got stuck in approval while our FD was on leave. It was paid this morning; remittance advice attached.

Kind regards,
Claire

Claire Doyle | Finance Assistant
Harbour & Finch Ltd | 12 Grand Canal Quay, Dublin 2

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
           parent=n4, style="owa")
add("client-reply-paid", "en", top, fmt="html", cte="qp",
    attachments=[att("pdf", "Remittance_Advice_HF-PAY-20261209.pdf")],
    note="Finance says it was paid this morning and attaches the remittance: paid. 'End of next week' is the old promise in the quoted thread.")

# ---- en 2: paid; the client forwards Wise's confirmation --------------------------------------------
LUKAS = Person("Lukas Berger", "lukas@fernweh-apps.de", "en", "CET", "gmail")
WISE = Person("Wise", "noreply@wise.com", "en", "GMT", "other")
w1 = Node(WISE, LUKAS, "2027-01-21 14:02", "Your transfer to Priya Nair is complete", """\
Hi Lukas,

Your money's with Priya Nair.

Transfer details
You sent: 2,400.00 EUR
Priya Nair received: 2,400.00 EUR
Reference: PN-2027-003
Transfer #: 1183402217
Paid to: PT50 •••• •••• •••• 5723 (Priya Nair)

Thanks for using Wise.

The Wise Team""")
top = Node(LUKAS, PRIYA, "2027-01-21 14:20", "Fwd: Your transfer to Priya Nair is complete", """\
Hi Priya,

here's the confirmation from Wise, it should be with you already. Sorry it took a while – our new accounting tool ate the invoice.

Cheers,
Lukas""", parent=w1, style="fwd-gmail")
add("client-reply-paid", "en", top, fmt="alt", cte="qp", reply=False,
    facts={"amount": "2400.00", "currency": "EUR", "reference": "PN-2027-003"},
    own=top.body + "\n" + w1.body,
    note="The client forwards Wise's completed-transfer mail with a note: paid; amount and reference come from the forwarded notice, which is part of what he sends.")

# ---- en 3: paid, answered inline; ref and amount in the new words ---------------------------------
GARETH = Person("Gareth Evans", "gareth@evansjoinery.co.uk", "en", "GMT", "gmail")
inv = Inv("INV-118", 720.00, "2027-01-04", "2027-02-03", TOM, "Dear Gareth Evans,", iban=IBAN_TOM,
          cur="GBP", subject="Invoice INV-118 – product descriptions", lang="en")
n1 = Node(TOM, GARETH, "2027-01-04 11:30", inv.subject, """\
Hi Gareth,

Attached is invoice INV-118 for the 24 product descriptions (£720.00). Thirty days as usual.

Cheers,
Tom""")
n2 = R(inv, "due", "2027-02-05 09:00", GARETH, n1)
n3 = Node(TOM, GARETH, "2027-02-08 10:14", re_(inv.subject), """\
Hi Gareth,

Thanks for your call on Friday. Could you let me know the date you paid? I can't see it on my side yet.

Also – do you still want the second set of product descriptions before Easter?

Cheers,
Tom""", parent=n2, style="gmail")
own = """\
Paid on the 3rd by BACS, ref INV-118, £720. Should be there by now – let me know if not.

Yes please, I'll send the list over this week.

Gareth"""
raw = f"""\
{attr_gmail(n3, "en")}

> Hi Gareth,
>
> Thanks for your call on Friday. Could you let me know the date you paid? I can't see it on my side yet.

Paid on the 3rd by BACS, ref INV-118, £720. Should be there by now – let me know if not.

> Also – do you still want the second set of product descriptions before Easter?

Yes please, I'll send the list over this week.

Gareth

> Cheers,
> Tom
>
{tail(n3, "en")}"""
top = Node(GARETH, TOM, "2027-02-08 12:02", re_(inv.subject), own, parent=n3, style="gmail", raw=raw)
add("client-reply-paid", "en", top, fmt="alt", cte="qp", own=own,
    facts={"amount": "720.00", "currency": "GBP", "reference": "INV-118"},
    note="Inline answer: 'Paid on the 3rd by BACS, ref INV-118, £720': paid. 'This week' is about sending a list, not a payment.")

# ---- en 4: paid, plus a question about a retainer ---------------------------------------------------
SOPHIE = Person("Sophie Turner", "sophie@brightsidebath.co.uk", "en", "GMT", "gmail")
inv = Inv("INV-121", 1150.00, "2027-01-15", "2027-02-14", TOM, "Dear Sophie Turner,", iban=IBAN_TOM,
          cur="GBP", subject="Invoice INV-121 – January blog posts", lang="en")
n1 = Node(TOM, SOPHIE, "2027-01-15 15:00", inv.subject, """\
Hi Sophie,

Here's the invoice for January's five blog posts and the newsletter (£1,150.00).

Best,
Tom""")
n2 = Node(SOPHIE, TOM, "2027-01-15 16:40", re_(inv.subject), """\
Thanks Tom! Quick q – do you need a PO number on these?""", parent=n1, style="gmail")
n3 = Node(TOM, SOPHIE, "2027-01-15 17:05", re_(inv.subject), """\
No PO needed on my side – the invoice number is enough as a reference.

Tom""", parent=n2, style="gmail")
n4 = R(inv, "due", "2027-02-15 09:00", SOPHIE, n1)
top = Node(SOPHIE, TOM, "2027-02-17 10:48", re_(inv.subject), """\
Hi Tom,

Sorry, this slipped through the cracks – paid it today, so it should land tomorrow.

While I've got you: would you be up for a monthly retainer from April? Something like four blog posts a month. Let me know what that would look like cost-wise.

Thanks!
Sophie

Sophie Turner
Head of Marketing, Brightside""", parent=n3, style="gmail")
add("client-reply-paid", "en", top, fmt="alt", cte="b64",
    note="'Paid it today' plus a new question about a retainer: paid. The PO question is old.")

# ---- en 5: paid, one-liner from an iPhone over a long quote; old 'next week' -------------------------
DAN = Person("Dan Hughes", "dan@hughesfitness.co.uk", "en", "GMT", "iphone")
inv = Inv("INV-115", 280.00, "2026-11-20", "2026-12-20", TOM, "Dear Dan Hughes,", iban=IBAN_TOM,
          cur="GBP", subject="Invoice INV-115 – website copy", lang="en")
n1 = Node(TOM, DAN, "2026-11-20 12:00", inv.subject, """\
Hi Dan,

Here's the invoice for the new homepage and services copy (£280).

All the best with the launch!
Tom""")
n2 = Node(DAN, TOM, "2026-11-21 07:30", re_(inv.subject), """\
Cheers mate will sort it next week

Sent from my iPhone""", parent=n1, style="apple")
n3 = R(inv, "due", "2026-12-21 09:00", DAN, n1)
n4 = Node(TOM, DAN, "2027-01-06 09:40", re_(inv.subject), """\
Hi Dan,

Happy new year! Just a nudge on the invoice from November – it's still showing as unpaid on my side.

Cheers,
Tom""", parent=n2, style="gmail")
top = Node(DAN, TOM, "2027-01-06 12:15", re_(inv.subject), """\
Sorted 👍 sent it over just now, sorry mate

Sent from my iPhone""", parent=n4, style="apple")
add("client-reply-paid", "en", top, fmt="alt", cte="qp",
    note="'Sorted, sent it over just now': paid. 'Will sort it next week' is the old promise quoted below.")

# ---- en 6: paid, German client writing English, Outlook in German ('AW:') --------------------------
KATRIN = Person("Katrin Hoffmann", "k.hoffmann@hoffmann-medien.de", "en", "CET", "outlook")
inv = Inv("PN-2026-028", 4200.00, "2026-11-30", "2026-12-30", PRIYA, "Dear Accounts Team,",
          iban=IBAN_PRIYA, subject="Invoice PN-2026-028 – UX audit", lang="en")
n1 = Node(PRIYA, KATRIN, "2026-11-30 15:00", inv.subject, """\
Dear Katrin,

Please find attached invoice PN-2026-028 for the UX audit (€4,200.00, reverse charge). Payment terms are 30 days.

Best regards,
Priya""")
n2 = Node(KATRIN, PRIYA, "2026-12-01 09:10", "AW: " + inv.subject, """\
Dear Priya,

thank you. We will pay within 30 days as agreed, so until end of December.

Best regards
Katrin Hoffmann""", parent=n1, style="outlook", ui="de")
n3 = R(inv, "reminder", "2027-01-11 09:00", KATRIN, n1)
n4 = Node(PRIYA, KATRIN, "2027-01-12 10:00", "Re: AW: " + inv.subject, """\
Dear Katrin,

I hope you had a good break. I haven't received the payment for PN-2026-028 yet – could you check on it?

Best regards,
Priya""", parent=n2, style="apple")
top = Node(KATRIN, PRIYA, "2027-01-14 08:52", "AW: Re: AW: " + inv.subject, """\
Dear Priya,

sorry for the late answer. The payment is done yesterday, please find attached the payment advice from our bank. The amount of EUR 4.200,00 should be on your account in 1-2 days.

Best regards / Mit freundlichen Grüßen

Katrin Hoffmann
Buchhaltung
Hoffmann Medien GmbH | Leopoldstraße 101 | 80802 München
Geschäftsführer: Martin Hoffmann | HRB 123456 Amtsgericht München""", parent=n4, style="outlook", ui="de")
add("client-reply-paid", "en", top, fmt="alt", cte="qp", charset="windows-1252",
    attachments=[att("pdf", "Zahlungsavis_20270113.pdf")],
    facts={"amount": "4200.00", "currency": "EUR"},
    note="German client in English: 'The payment is done yesterday', payment advice attached, EUR 4.200,00 (German number format): paid. 'Until end of December' is the old promise.")

# ---- en 7: paid, confirmed by the client's accountant forwarding the chain --------------------------
AMY = Person("Amy Clarke", "amy@kestrelstudio.co.uk", "en", "GMT", "gmail")
ROB = Person("Rob Stanley", "rob@stanleyandco.co.uk", "en", "GMT", "outlook")
inv = Inv("INV-119", 950.00, "2026-12-10", "2027-01-09", TOM, "Dear Amy Clarke,", iban=IBAN_TOM,
          cur="GBP", subject="Invoice INV-119 – brand story and tone of voice", lang="en")
n1 = Node(TOM, AMY, "2026-12-10 14:00", inv.subject, """\
Hi Amy,

Here's the invoice for the brand story and tone-of-voice guide (£950).

Have a lovely Christmas!
Tom""")
n2 = Node(AMY, TOM, "2026-12-11 09:15", re_(inv.subject), """\
Thanks Tom, I'll pay before Christmas x""", parent=n1, style="gmail")
n3 = Node(TOM, AMY, "2027-01-12 09:30", re_(inv.subject), """\
Hi Amy,

Happy new year! I don't think the payment for INV-119 has come through yet – could you take a look when you get a chance?

Thanks,
Tom""", parent=n2, style="gmail")
n4 = Node(AMY, ROB, "2027-01-12 10:02", "Fwd: " + re_(inv.subject), """\
Rob – did this go out? x""", parent=n3, style="fwd-gmail")
top = Node(ROB, TOM, "2027-01-15 11:20", "FW: Fwd: " + re_(inv.subject), """\
Dear Tom,

I look after the books for Kestrel Studio, and Amy has passed me your email below. I can confirm that invoice INV-119 was settled by BACS on 14 January for £950.00; it should reach your account today.

Please send future invoices to accounts@kestrelstudio.co.uk as well as to Amy.

Kind regards,

Rob Stanley
Stanley & Co Chartered Accountants
Bristol""", parent=n4, style="fwd-outlook", cc=AMY)
add("client-reply-paid", "en", top, fmt="alt", cte="qp", reply=False,
    facts={"amount": "950.00", "currency": "GBP", "reference": "INV-119"},
    note="The client's accountant writes on top of the forwarded chain: settled by BACS on 14 January for £950.00: paid. 'Before Christmas' is Amy's old promise.")

# ---- en 8: promise 'this Thursday's run'; old promise 'Friday' ---------------------------------------
OLIVIA = Person("Olivia Bennett", "olivia@bennettrowe.co.uk", "en", "GMT", "gmail")
inv = Inv("INV-120", 1600.00, "2026-12-14", "2027-01-13", TOM, "Dear Olivia Bennett,", iban=IBAN_TOM,
          cur="GBP", subject="Invoice INV-120 – award submission copy", lang="en")
n1 = Node(TOM, OLIVIA, "2026-12-14 10:00", inv.subject, """\
Hi Olivia,

Attached is the invoice for the award submission and case studies (£1,600). Fingers crossed for the shortlist!

Best,
Tom""")
n2 = R(inv, "due", "2027-01-13 09:00", OLIVIA, n1)
n3 = Node(OLIVIA, TOM, "2027-01-14 08:50", re_(inv.subject), """\
Tom, so sorry – I'll make sure it's paid on Friday.

O.""", parent=n2, style="gmail")
n4 = Node(TOM, OLIVIA, "2027-01-19 09:05", re_(inv.subject), """\
Hi Olivia,

Hope you're well. Just checking on this as I haven't seen it come through yet.

Thanks,
Tom""", parent=n3, style="gmail")
top = Node(OLIVIA, TOM, "2027-01-19 16:20", re_(inv.subject), """\
Hi Tom,

Really sorry, I know I said last Friday. Our bookkeeper has changed how we do supplier payments and everything now goes through a weekly run. It's been approved and will go out on this Thursday's run, so you should have it by the end of the week.

Olivia

Olivia Bennett
Partner, Bennett & Rowe Architects""", parent=n4, style="gmail")
add("client-reply-promise", "en", top, fmt="alt", cte="qp",
    facts={"promised_date": "2027-01-21"}, rule=lambda d: weekday_after(d, 3),
    note="Written on Tuesday 19 January: 'will go out on this Thursday's run' = 21 January. 'Last Friday' is the old broken promise; 'by the end of the week' is when it should arrive, not the payment day.")

# ---- en 9: US client, promise 'the 15th'; old vendor-form question ----------------------------------
JEN = Person("Jennifer Walsh", "jwalsh@brightlinelabs.com", "en", "EST", "owa")
inv = Inv("PN-2027-011", 5500.00, "2027-01-29", "2027-02-28", PRIYA, "Dear Accounts Team,",
          iban=IBAN_PRIYA, bic="CGDIPTPL", subject="Invoice PN-2027-011 – onboarding redesign", lang="en")
n1 = Node(PRIYA, JEN, "2027-01-29 14:00", inv.subject, """\
Hi Jennifer,

Please find attached invoice PN-2027-011 for the onboarding redesign (€5,500.00). Payment by international wire to the IBAN on the invoice.

Best,
Priya""")
n2 = Node(JEN, PRIYA, "2027-01-29 10:20", "RE: " + inv.subject, """\
Hi Priya – can you fill out our vendor form (attached) and send a W-8BEN? We can't pay foreign vendors without them.

Thanks!
Jen""", parent=n1, style="owa", us=True)
n3 = Node(PRIYA, JEN, "2027-02-01 09:30", "Re: RE: " + inv.subject, """\
Hi Jen,

Both attached, signed.

Best,
Priya""", parent=n2, style="apple")
n4 = R(inv, "due", "2027-03-01 09:00", JEN, n1)
top = Node(JEN, PRIYA, "2027-03-03 11:05", "RE: Re: RE: " + inv.subject, """\
Hi Priya,

Thanks for your patience! You're fully set up as a vendor now. We'll cut the payment on the 15th with our next AP cycle – it's an international wire, so allow a couple of days for it to land.

Best,
Jen

Jennifer Walsh
Operations Manager | Brightline Labs, Inc.
Boston, MA""", parent=n3, style="owa", us=True)
add("client-reply-promise", "en", top, fmt="alt", cte="b64",
    facts={"promised_date": "2027-03-15"},
    note="US client (Date in -0500): 'We'll cut the payment on the 15th' written 3 March = 15 March. The vendor-form question is old.")

# ---- en 10: promise without a day: 'as soon as I'm back'; the followup quotes the old date ----------
NIAMH = Person("Niamh Kelly", "niamh@kellyevents.ie", "en", "GMT", "samsung")
inv = Inv("SG-2026-047", 1845.00, "2026-11-23", "2026-12-07", SEAN, "Dear Niamh Kelly,",
          iban=IBAN_SEAN, bic="AIBKIE2D", subject="Invoice SG-2026-047 – ticketing site", lang="en")
n1 = Node(SEAN, NIAMH, "2026-11-23 12:00", inv.subject, """\
Hi Niamh,

Attached is invoice SG-2026-047 for the ticketing site (€1,500 + VAT, €1,845.00 in total). Fourteen days, as agreed.

Thanks,
Seán""")
n2 = Node(NIAMH, SEAN, "2026-11-24 08:40", re_(inv.subject), """\
Thanks Seán, I'll have that paid by the 10th of December.

Niamh""", parent=n1, style="gmail")
n3 = R(inv, "promise_followup", "2026-12-14 09:00", NIAMH, n1, promise="2026-12-10")
top = Node(NIAMH, SEAN, "2026-12-15 19:30", re_(inv.subject), """\
Hi Seán, apologies! I'm on holidays in Lanzarote until the 22nd and only have my phone with me, no banking app for the business account. Will sort it as soon as I'm back. Sorry again!

Niamh

Sent from my Galaxy""", parent=n3, style="samsung")
add("client-reply-promise", "en", top, fmt="alt", cte="qp",
    note="Promise without a day: 'will sort it as soon as I'm back'. The 22nd is when she returns, not a payment day; 10 December is the old promise recalled in the quoted follow-up.")

# ---- en 11: half paid, the other half 'by the end of the month' -------------------------------------
MARK = Person("Mark Dempsey", "mark@dempseyplumbing.ie", "en", "GMT", "outlook")
inv = Inv("SG-2027-005", 1230.00, "2027-01-06", "2027-02-05", SEAN, "Dear Mark Dempsey,",
          iban=IBAN_SEAN, bic="AIBKIE2D", subject="Invoice SG-2027-005 – website and booking form", lang="en")
n1 = Node(SEAN, MARK, "2027-01-06 10:30", inv.subject, """\
Hi Mark,

Attached is the invoice for the new website and booking form (€1,000 + VAT).

Thanks,
Seán""")
n2 = R(inv, "due", "2027-02-05 09:00", MARK, n1)
n3 = Node(MARK, SEAN, "2027-02-05 17:10", "RE: " + inv.subject, """\
Sean, sorry, cash is tight after Christmas. Can I pay it in two goes?
Mark""", parent=n2, style="outlook")
n4 = Node(SEAN, MARK, "2027-02-05 18:02", "Re: RE: " + inv.subject, """\
Of course, Mark – two instalments is fine. Just let me know the dates.

Seán""", parent=n3, style="thunderbird")
top = Node(MARK, SEAN, "2027-02-10 07:45", "RE: Re: RE: " + inv.subject, """\
Sean,

Thanks for being decent about it. I've paid half today and the other half will be with you by the end of the month.

Mark
Dempsey Plumbing & Heating
Ballincollig, Co. Cork""", parent=n4, style="outlook")
add("client-reply-promise", "en", top, fmt="plain", cte="qp", charset="windows-1252",
    facts={"promised_date": "2027-02-28"}, rule=month_end,
    note="Half paid today, the other half 'by the end of the month' (10 February) = 28 February: a promise for that day; no amount is written.")

# ---- en 12: promise 'scheduled for 2 March', Outlook desktop plain; old portal request -------------
HARPREET = Person("Harpreet Gill", "ap@northwindlogistics.co.uk", "en", "GMT", "outlook")
inv = Inv("INV-124", 2340.00, "2027-01-25", "2027-02-24", TOM, "Dear Accounts Team,", iban=IBAN_TOM,
          cur="GBP", subject="Invoice INV-124 – annual report copy", lang="en")
n1 = Node(TOM, HARPREET, "2027-01-25 11:00", inv.subject, """\
Hello,

Please find attached invoice INV-124 for the annual report copywriting (£2,340.00), as agreed with Lucy Marsh.

Kind regards,
Tom Whitfield""")
n2 = Node(HARPREET, TOM, "2027-01-27 09:40", "RE: " + inv.subject, """\
Hi Tom,

Please resubmit via our supplier portal – we can't process emailed invoices.

Regards,
Harpreet Gill
Accounts Payable""", parent=n1, style="outlook")
n3 = Node(TOM, HARPREET, "2027-01-27 15:10", "Re: RE: " + inv.subject, """\
Hi Harpreet,

Done – uploaded to the portal this afternoon.

Thanks,
Tom""", parent=n2, style="gmail")
n4 = R(inv, "due", "2027-02-24 09:00", HARPREET, n1)
top = Node(HARPREET, TOM, "2027-02-25 14:22", "RE: Re: RE: " + inv.subject, """\
Hi Tom,

Thanks – the invoice has been approved in the portal. Payment has been scheduled for 2 March.

Regards,
Harpreet Gill
Accounts Payable
Northwind Logistics Ltd""", parent=n3, style="outlook-old")
add("client-reply-promise", "en", top, fmt="plain", cte="8bit", charset="windows-1252",
    facts={"promised_date": "2027-03-02"},
    note="'Payment has been scheduled for 2 March': promise for 2 March. The portal request is old.")

# ---- en 13: Irish 'Monday week', bottom-posted; old 'end of the month' -------------------------------
CIARAN = Person("Ciarán Byrne", "ciaran@byrnesbar.ie", "en", "GMT", "gmail")
inv = Inv("SG-2026-049", 615.00, "2026-11-02", "2026-11-30", SEAN, "Dear Ciarán Byrne,",
          iban=IBAN_SEAN, bic="AIBKIE2D", subject="Invoice SG-2026-049 – pub website", lang="en")
n1 = Node(SEAN, CIARAN, "2026-11-02 13:00", inv.subject, """\
Hi Ciarán,

Site's live! Here's the invoice (€500 + VAT, €615.00).

Seán""")
n2 = Node(CIARAN, SEAN, "2026-11-03 23:10", re_(inv.subject), """\
Nice one Seán, site looks class. I'll fix you up end of the month.""", parent=n1, style="gmail", bottom=True)
n3 = R(inv, "due", "2026-12-01 09:00", CIARAN, n1)
n4 = Node(SEAN, CIARAN, "2026-12-01 12:30", re_(inv.subject), """\
Hi Ciarán,

Hope all's well. Just a nudge on the invoice – it was due yesterday.

Seán""", parent=n2, style="thunderbird")
top = Node(CIARAN, SEAN, "2026-12-02 00:40", re_(inv.subject), """\
Ah sorry Seán, December is mental here with the Christmas parties. I'll have it to you Monday week, promise. Grand?

Ciarán""", parent=n4, style="gmail", bottom=True)
add("client-reply-promise", "en", top, fmt="alt", cte="qp",
    facts={"promised_date": "2026-12-14"}, rule=lambda d: weekday_after(d, 0, skip=1),
    note="Bottom-posted, Irish English: 'Monday week' written Wednesday 2 December = the Monday after next, 14 December. 'End of the month' is the old promise.")

# ---- en 14: Indian English, promise 'by 20th Feb positively'; old promise 'this week end' ----------
RAJESH = Person("Rajesh Iyer", "rajesh.iyer@kaverisoft.in", "en", "IST", "outlook")
inv = Inv("PN-2026-031", 3000.00, "2026-12-22", "2027-01-21", PRIYA, "Dear Accounts Team,",
          iban=IBAN_PRIYA, bic="CGDIPTPL", subject="Invoice PN-2026-031 – dashboard UX", lang="en")
n1 = Node(PRIYA, RAJESH, "2026-12-22 11:00", inv.subject, """\
Dear Rajesh,

Please find attached invoice PN-2026-031 for the dashboard UX work (€3,000.00). Payment terms: 30 days.

Best regards,
Priya""")
n2 = Node(RAJESH, PRIYA, "2026-12-23 10:30", "RE: " + inv.subject, """\
Dear Priya,

Well received. Kindly share your bank details in our vendor format (attached) for processing.

Thanks & Regards,
Rajesh""", parent=n1, style="outlook")
n3 = Node(PRIYA, RAJESH, "2026-12-28 09:00", "Re: RE: " + inv.subject, """\
Hi Rajesh,

Form attached, filled in.

Best,
Priya""", parent=n2, style="apple")
n4 = Node(RAJESH, PRIYA, "2027-02-02 12:15", "RE: Re: RE: " + inv.subject, """\
Dear Priya,

Noted. We will do the needful by this week end.

Regards,
Rajesh""", parent=n3, style="outlook")
n5 = Node(PRIYA, RAJESH, "2027-02-10 10:00", "Re: RE: Re: RE: " + inv.subject, """\
Hi Rajesh,

I still haven't received the payment for PN-2026-031. Could you let me know when it will be made?

Best,
Priya""", parent=n4, style="apple")
top = Node(RAJESH, PRIYA, "2027-02-11 15:40", "RE: Re: RE: Re: RE: " + inv.subject, """\
Dear Priya,

Greetings of the day. Sincere apologies for the delay, our finance head was on leave. Kindly note the payment of EUR 3,000 against invoice PN-2026-031 will be released by 20th Feb positively. Request you to bear with us.

Thanks & Regards,
Rajesh Iyer
Project Manager – Kaveri Software Pvt. Ltd.
Bengaluru""", parent=n5, style="outlook")
add("client-reply-promise", "en", top, fmt="alt", cte="qp",
    facts={"promised_date": "2027-02-20", "amount": "3000.00", "currency": "EUR", "reference": "PN-2026-031"},
    note="Indian English: 'payment of EUR 3,000 against invoice PN-2026-031 will be released by 20th Feb positively' = promise for 20 February. 'By this week end' is the old promise.")

# ---- en 15: dispute, invoice does not match the PO; Outlook web HTML only ---------------------------
EMMA = Person("Emma Watts", "emma.watts@sterlinghotels.co.uk", "en", "GMT", "owa")
inv = Inv("INV-122", 2250.00, "2027-01-20", "2027-02-28", TOM, "Dear Accounts Team,", iban=IBAN_TOM,
          cur="GBP", subject="Invoice INV-122 – spring campaign copy", lang="en")
n1 = Node(TOM, EMMA, "2027-01-20 10:00", inv.subject, """\
Hi Emma,

Please find attached invoice INV-122 for the spring campaign copy, including the extra landing pages we added in January (£2,250.00).

Best,
Tom""")
n2 = Node(EMMA, TOM, "2027-01-21 09:30", "RE: " + inv.subject, """\
Thanks Tom, received and logged – our payment terms are 30 days end of month, so it'll be paid end of February.

Emma""", parent=n1, style="owa")
n3 = R(inv, "due", "2027-03-01 09:00", EMMA, n1)
n4 = Node(TOM, EMMA, "2027-03-01 15:00", "Re: RE: " + inv.subject, """\
Hi Emma,

I was expecting INV-122 at the end of February but nothing's arrived yet. Is there anything holding it up?

Thanks,
Tom""", parent=n2, style="gmail")
top = Node(EMMA, TOM, "2027-03-02 12:18", "RE: Re: RE: " + inv.subject, """\
Hi Tom,

The invoice has been put on hold by our AP team because it doesn't match the purchase order: PO 45001872 was raised for £1,800.00 and the invoice is for £2,250.00. We can't approve it as it stands.

If the extra £450 relates to additional work, we'd need a PO variation signed off by the project lead before anything can be paid. Otherwise, please reissue the invoice at £1,800.

Kind regards,
Emma

Emma Watts
Procurement Coordinator | Sterling Hotels Group plc""", parent=n4, style="owa")
add("client-reply-dispute", "en", top, fmt="html", cte="b64",
    note="On hold because the invoice (£2,250) does not match the PO (£1,800); asks for a reissue or a PO variation: dispute. 'Paid end of February' is the old promise quoted below.")

# ---- en 16: dispute, payment withheld until the handover files arrive -------------------------------
GREG = Person("Greg Patterson", "greg@pattersonoutdoors.co.uk", "en", "GMT", "gmail")
inv = Inv("PN-2027-007", 2900.00, "2027-02-02", "2027-02-16", PRIYA, "Dear Greg Patterson,",
          iban=IBAN_PRIYA, bic="CGDIPTPL", subject="Invoice PN-2027-007 – app redesign", lang="en")
n1 = Node(PRIYA, GREG, "2027-02-02 12:00", inv.subject, """\
Hi Greg,

Attached is invoice PN-2027-007 for the app redesign (€2,900.00), payable within 14 days.

Best,
Priya""")
n2 = Node(GREG, PRIYA, "2027-02-03 08:20", re_(inv.subject), """\
Thanks Priya, will pay within the 14 days.

Greg""", parent=n1, style="gmail")
n3 = R(inv, "due", "2027-02-17 09:00", GREG, n1)
n4 = Node(PRIYA, GREG, "2027-02-22 10:00", re_(inv.subject), """\
Hi Greg,

Just following up on PN-2027-007 – it was due last Tuesday. Could you let me know when it'll be paid?

Best,
Priya""", parent=n2, style="apple")
top = Node(GREG, PRIYA, "2027-02-23 09:05", re_(inv.subject), """\
Hi Priya,

I have to be honest – we still haven't had the final Figma files or the handover document we agreed in the scope. The link you sent only has the prototypes.

We're holding payment until we get the full handover. Once it lands I'll get it paid straight away.

Greg""", parent=n4, style="gmail")
add("client-reply-dispute", "en", top, fmt="alt", cte="qp",
    note="Holding payment until the handover files arrive (work not delivered as agreed): dispute, even with the conditional promise. 'Will pay within the 14 days' is old.")

# ---- en 17: dispute, says it duplicates an invoice already paid (two invoices named) ---------------
PAUL = Person("Paul Fitzgerald", "accountspayable@meridianinsurance.ie", "en", "GMT", "outlook")
inv = Inv("SG-2027-009", 2460.00, "2027-02-15", "2027-03-17", SEAN, "Dear Accounts Team,",
          iban=IBAN_SEAN, bic="AIBKIE2D", subject="Invoice SG-2027-009 – support retainer", lang="en")
n1 = Node(SEAN, PAUL, "2027-02-15 09:00", inv.subject, """\
Hello,

Please find attached invoice SG-2027-009 for the support retainer (€2,000 + VAT).

Kind regards,
Seán Gallagher""")
n2 = Node(PAUL, SEAN, "2027-02-16 11:00", "RE: " + inv.subject, """\
Received, thanks. Standard 30 day terms apply.

Paul Fitzgerald
Accounts Payable""", parent=n1, style="outlook")
n3 = R(inv, "due", "2027-03-17 09:00", PAUL, n1)
n4 = Node(SEAN, PAUL, "2027-03-18 10:00", "Re: RE: " + inv.subject, """\
Hi Paul,

The 30 days were up yesterday and I haven't received the payment for SG-2027-009. Could you check?

Thanks,
Seán""", parent=n2, style="thunderbird")
top = Node(PAUL, SEAN, "2027-03-19 14:30", "RE: Re: RE: " + inv.subject, """\
Hi Seán,

We've looked into this and SG-2027-009 appears to be a duplicate of SG-2026-044 – same description (support retainer), same amount, and we paid SG-2026-044 on 22 December. Unless it covers a different period, we won't be processing it.

Could you check and either confirm the period it covers or cancel it?

Regards,
Paul Fitzgerald
Accounts Payable
Meridian Insurance DAC""", parent=n4, style="outlook")
add("client-reply-dispute", "en", top, fmt="alt", cte="qp", charset="windows-1252",
    note="Treated as a duplicate of an invoice already paid and not processed: dispute. Two invoices are named, so no reference.")

# ---- en 18: dispute answered inline under the breakdown -------------------------------------------
HANNAH = Person("Hannah Lee", "hannah@leeandcobakery.co.uk", "en", "GMT", "apple")
inv = Inv("INV-117", 840.00, "2026-12-15", "2027-01-14", TOM, "Dear Hannah Lee,", iban=IBAN_TOM,
          cur="GBP", subject="Invoice INV-117 – bakery website copy", lang="en")
n1 = Node(TOM, HANNAH, "2026-12-15 16:00", inv.subject, """\
Hi Hannah,

Attached is the invoice for the website copy (£840).

Merry Christmas!
Tom""")
n2 = R(inv, "due", "2027-01-14 09:00", HANNAH, n1)
n3 = Node(TOM, HANNAH, "2027-01-20 09:30", re_(inv.subject), """\
Hi Hannah,

Just to explain the invoice, as you asked on the phone:

- website copy (5 pages): £500
- 12 hours of revisions at £35/h: £420
- less goodwill discount: -£80

Total: £840

Let me know if anything's unclear.

Tom""", parent=n2, style="gmail")
own = """\
That's fine.

This is where I have a problem. We only asked for one round of revisions, which your quote said was included. Most of those hours were you rewriting the About page after you misunderstood the brief, which isn't something we should pay for.

So no, I don't think we owe the revisions. The copy itself is fine.

Hannah"""
raw = f"""\
{qprefix(attr_apple(n3, "en"))}
>
> Hi Hannah,
>
> Just to explain the invoice, as you asked on the phone:
>
> - website copy (5 pages): £500

That's fine.

> - 12 hours of revisions at £35/h: £420

This is where I have a problem. We only asked for one round of revisions, which your quote said was included. Most of those hours were you rewriting the About page after you misunderstood the brief, which isn't something we should pay for.

> - less goodwill discount: -£80
>
> Total: £840

So no, I don't think we owe the revisions. The copy itself is fine.

Hannah

> Let me know if anything's unclear.
>
> Tom
>
{tail(n3, "en")}"""
top = Node(HANNAH, TOM, "2027-01-21 20:10", re_(inv.subject), own, parent=n3, style="apple", raw=raw)
add("client-reply-dispute", "en", top, fmt="plain", cte="qp", own=own,
    note="Inline answers under the breakdown: refuses the 12 hours of revisions ('I don't think we owe the revisions'): dispute.")

# ---- en 19: dispute, credit note for a cancelled workshop day; old promise 'March BACS run' ---------
DIANE = Person("Diane Foster", "finance@oakridgeacademy.org.uk", "en", "GMT", "owa")
inv = Inv("PN-2027-014", 2100.00, "2027-02-26", "2027-03-28", PRIYA, "Dear Accounts Team,",
          iban=IBAN_PRIYA, bic="CGDIPTPL", subject="Invoice PN-2027-014 – design thinking workshops", lang="en")
n1 = Node(PRIYA, DIANE, "2027-02-26 14:00", inv.subject, """\
Dear Diane,

Please find attached invoice PN-2027-014 for the three design thinking workshop days (3 × €700 = €2,100.00).

Kind regards,
Priya""")
n2 = Node(DIANE, PRIYA, "2027-03-01 09:00", "RE: " + inv.subject, """\
Thank you, Priya – this will be paid with our March BACS run.

Diane""", parent=n1, style="owa")
n3 = Node(PRIYA, DIANE, "2027-03-10 11:00", "Re: RE: " + inv.subject, """\
Thanks, Diane. Could you tell me the date of the March run, so I can plan?

Priya""", parent=n2, style="apple")
top = Node(DIANE, PRIYA, "2027-03-11 10:20", "RE: Re: RE: " + inv.subject, """\
Hi Priya,

Before this goes into the run – I've just noticed the invoice includes three workshop days, but the session on 19 February was cancelled (snow closure) and wasn't rescheduled.

Could you issue a credit note for that day (€700) and resend? We can only pay for the two days that went ahead.

Many thanks,
Diane

Diane Foster
Finance Officer | Oakridge Academy Trust""", parent=n3, style="owa")
add("client-reply-dispute", "en", top, fmt="alt", cte="b64",
    note="Asks for a credit note for a cancelled day and will pay only two days: dispute. 'Paid with our March BACS run' is the old promise; €700 is the credit note, not a payment.")

# ---- en 20: other: forwarded to the new AP team; old promise 'end of the month' ---------------------
TESSA = Person("Tessa Moore", "tessa@moorecomms.co.uk", "en", "GMT", "gmail")
AP_MOORE = Person("Accounts Payable", "ap@moorecomms.co.uk", "en", "GMT", "gmail")
inv = Inv("INV-114", 1320.00, "2026-11-16", "2026-12-16", TOM, "Dear Tessa Moore,", iban=IBAN_TOM,
          cur="GBP", subject="Invoice INV-114 – client newsletter series", lang="en")
n1 = Node(TOM, TESSA, "2026-11-16 11:00", inv.subject, """\
Hi Tessa,

Here's the invoice for the newsletter series (£1,320).

Best,
Tom""")
n2 = Node(TESSA, TOM, "2026-11-17 09:10", re_(inv.subject), """\
Thanks Tom! Will get this paid by the end of the month.

T""", parent=n1, style="gmail")
n3 = R(inv, "due", "2026-12-16 09:00", TESSA, n1)
n4 = Node(TOM, TESSA, "2026-12-17 10:00", re_(inv.subject), """\
Hi Tessa,

Just a quick one – INV-114 hasn't come through yet. Could you take a look?

Thanks,
Tom""", parent=n2, style="gmail")
top = Node(TESSA, TOM, "2026-12-17 11:45", re_(inv.subject), """\
Hi Tom,

Sorry – we've moved all supplier payments over to our new AP team, so I've forwarded this to ap@moorecomms.co.uk (copied here). They'll be in touch directly.

Tessa""", parent=n4, style="gmail", cc=AP_MOORE)
add("client-reply-other", "en", top, fmt="alt", cte="qp",
    note="Forwarded to the AP team, who will be in touch: neither paid nor promised. 'By the end of the month' is the old promise quoted below.")

# ---- en 21: other: payment returned by the bank (name mismatch); old 'paid it this morning' ---------
JAKE = Person("Jake Robinson", "jake@robinsonphoto.co.uk", "en", "GMT", "iphone")
inv = Inv("INV-125", 380.00, "2027-02-01", "2027-03-03", TOM, "Dear Jake Robinson,", iban=IBAN_TOM,
          cur="GBP", subject="Invoice INV-125 – portfolio site copy", lang="en")
n1 = Node(TOM, JAKE, "2027-02-01 10:00", inv.subject, """\
Hi Jake,

Here's the invoice for the portfolio site copy (£380).

Cheers,
Tom""")
n2 = R(inv, "due", "2027-03-03 09:00", JAKE, n1)
n3 = Node(JAKE, TOM, "2027-03-03 12:40", re_(inv.subject), """\
Paid it this morning, cheers Tom

Sent from my iPhone""", parent=n2, style="apple")
n4 = Node(TOM, JAKE, "2027-03-08 09:20", re_(inv.subject), """\
Thanks Jake – nothing's arrived yet though. Any chance you could double-check?

Tom""", parent=n3, style="gmail")
top = Node(JAKE, TOM, "2027-03-08 13:05", re_(inv.subject), """\
Weird. Just looked and the bank sent it back – says the account name didn't match. They want the exact name on the account, is it "T Whitfield" or the business name? Let me know and I'll check the details.

Sent from my iPhone""", parent=n4, style="apple")
add("client-reply-other", "en", top, fmt="alt", cte="qp",
    note="The payment came back and has not been sent again; asks for the exact account name: other. 'Paid it this morning' is the old message quoted below.")

# ---- en 22: other: asks to add a PO number and resend ---------------------------------------------
MEI = Person("Mei Chen", "mei.chen@vantageretail.ie", "en", "GMT", "owa")
inv = Inv("SG-2027-002", 2460.00, "2027-01-12", "2027-02-11", SEAN, "Dear Accounts Team,",
          iban=IBAN_SEAN, bic="AIBKIE2D", subject="Invoice SG-2027-002 – stock sync integration", lang="en")
n1 = Node(SEAN, MEI, "2027-01-12 10:00", inv.subject, """\
Hi Mei,

Attached is invoice SG-2027-002 for the stock sync integration (€2,000 + VAT).

Thanks,
Seán""")
n2 = Node(MEI, SEAN, "2027-01-13 09:15", "RE: " + inv.subject, """\
Thanks, logged – should be paid within 30 days.

Mei""", parent=n1, style="owa")
n3 = R(inv, "due", "2027-02-11 09:00", MEI, n1)
n4 = Node(SEAN, MEI, "2027-02-15 10:30", "Re: RE: " + inv.subject, """\
Hi Mei,

The 30 days have passed and I haven't received anything for SG-2027-002. Is it on its way?

Thanks,
Seán""", parent=n2, style="thunderbird")
top = Node(MEI, SEAN, "2027-02-16 11:50", "RE: Re: RE: " + inv.subject, """\
Hi Seán,

I've checked, and our system bounced the invoice back because it doesn't have a PO number on it – I should have spotted that at the start, sorry.

Could you add PO 7700-2291 to the invoice and send it back to me? If it's easier, I can send you our supplier set-up form as well.

Thanks,
Mei

Mei Chen | Finance
Vantage Retail Ireland Ltd""", parent=n4, style="owa")
add("client-reply-other", "en", top, fmt="alt", cte="b64",
    note="Administrative request: add the PO number and resend; nothing contested, no payment date: other. 'Should be paid within 30 days' is the old reply.")

# ---- en 23: other: inline answers, no commitment on the date --------------------------------------
BEN = Person("Ben Carter", "ben@carterdigital.co", "en", "GMT", "apple")
inv = Inv("PN-2027-005", 1600.00, "2027-01-26", "2027-02-25", PRIYA, "Dear Ben Carter,",
          iban=IBAN_PRIYA, bic="CGDIPTPL", subject="Invoice PN-2027-005 – usability study", lang="en")
n1 = Node(PRIYA, BEN, "2027-01-26 09:00", inv.subject, """\
Hi Ben,

Here's invoice PN-2027-005 for the first usability study (€1,600.00).

Best,
Priya""")
n2 = R(inv, "due", "2027-02-25 09:00", BEN, n1)
n3 = Node(PRIYA, BEN, "2027-03-01 10:00", re_(inv.subject), """\
Hi Ben,

Hope you're well. A couple of quick things:

Has invoice PN-2027-005 reached the right people?

When can I expect payment?

And are we still on for the usability sessions on the 15th?

Thanks,
Priya""", parent=n2, style="apple")
own = """\
Yes, it's with Finance.

I'll need to check with them and come back to you – they've had a new system go in this month and everything's slower.

Yes! 10am at our office.

Ben"""
raw = f"""\
{qprefix(attr_apple(n3, "en"))}
>
> Hi Ben,
>
> Hope you're well. A couple of quick things:
>
> Has invoice PN-2027-005 reached the right people?

Yes, it's with Finance.

> When can I expect payment?

I'll need to check with them and come back to you – they've had a new system go in this month and everything's slower.

> And are we still on for the usability sessions on the 15th?

Yes! 10am at our office.

Ben

> Thanks,
> Priya
>
{tail(n3, "en")}"""
top = Node(BEN, PRIYA, "2027-03-02 08:40", re_(inv.subject), own, parent=n3, style="apple", raw=raw)
add("client-reply-other", "en", top, fmt="alt", cte="qp", own=own,
    note="Inline answers: the invoice is with Finance and he will 'check with them and come back to you': no payment, no promise. 'The 15th' is the workshop date, not a payment day.")

# ---- en 24: other: a colleague picks up the inbox; old dated promise quoted -------------------------
ANA = Person("Ana Ribeiro", "ana.ribeiro@solentmarine.co.uk", "en", "GMT", "owa")
CHRIS = Person("Chris Hall", "chris.hall@solentmarine.co.uk", "en", "GMT", "owa")
inv = Inv("INV-123", 1275.00, "2027-01-22", "2027-02-21", TOM, "Dear Ana Ribeiro,", iban=IBAN_TOM,
          cur="GBP", subject="Invoice INV-123 – boat show brochure", lang="en")
n1 = Node(TOM, ANA, "2027-01-22 10:00", inv.subject, """\
Hi Ana,

Here's the invoice for the boat show brochure copy (£1,275).

Best,
Tom""")
n2 = Node(ANA, TOM, "2027-01-23 09:00", "RE: " + inv.subject, """\
Thanks Tom – will be paid on the 25th of Feb with our month-end run.

Ana""", parent=n1, style="owa")
n3 = Node(TOM, ANA, "2027-03-01 09:30", "Re: RE: " + inv.subject, """\
Hi Ana,

I was expecting INV-123 on the 25th but it hasn't arrived. Could you check?

Thanks,
Tom""", parent=n2, style="gmail")
top = Node(CHRIS, TOM, "2027-03-02 10:10", "RE: Re: RE: " + inv.subject, """\
Hi Tom,

Ana left Solent Marine at the end of January and I'm picking up her inbox. I can't find this invoice in our system or any record of what the work was – can you tell me what it relates to and who signed it off? Then I'll see what I can do.

Thanks,
Chris Hall
Office Manager, Solent Marine""", parent=n3, style="owa")
add("client-reply-other", "en", top, fmt="alt", cte="b64",
    note="A colleague took over the inbox and asks what the invoice is for: other. 'Paid on the 25th of Feb' is Ana's old promise; 'I'll see what I can do' is not a promise to pay.")

# ---- en 25: other: received the corrected invoice; old promise 'before the 20th' -------------------
ISABEL = Person("Isabel Moreno", "isabel.moreno.design@gmail.com", "en", "GMT", "gmail")
inv = Inv("SG-2026-050", 738.00, "2026-12-01", "2026-12-31", SEAN, "Dear Isabel Moreno,",
          iban=IBAN_SEAN, bic="AIBKIE2D", subject="Invoice SG-2026-050 – portfolio site", lang="en")
n1 = Node(SEAN, ISABEL, "2026-12-01 10:00", inv.subject, """\
Hi Isabel,

Attached is invoice SG-2026-050 for the portfolio site (€600 + VAT).

Seán""")
n2 = Node(ISABEL, SEAN, "2026-12-02 08:30", re_(inv.subject), """\
Thanks! Will pay it before the 20th.

Isabel""", parent=n1, style="gmail")
n3 = Node(SEAN, ISABEL, "2026-12-03 09:00", re_(inv.subject), """\
Isabel, apologies – I've just noticed I used last year's rate on that invoice. Here's a corrected one, SG-2026-051, which replaces it; please ignore the first.

Seán""", parent=n2, style="thunderbird")
top = Node(ISABEL, SEAN, "2026-12-03 09:40", re_(inv.subject), """\
Got it, thanks Seán – I'll bin the old one.

Isabel""", parent=n3, style="gmail")
add("client-reply-other", "en", top, fmt="alt", cte="qp",
    note="Acknowledges the corrected invoice: other. 'Will pay it before the 20th' is her older message, written about the first invoice.")

# ---- en 26: out-of-office auto-reply quoting the thread --------------------------------------------
HELEN = Person("Helen Price", "helen@priceandpartners.co.uk", "en", "GMT", "outlook")
inv = Inv("INV-116", 1480.00, "2026-11-25", "2026-12-25", TOM, "Dear Helen Price,", iban=IBAN_TOM,
          cur="GBP", subject="Invoice INV-116 – website relaunch copy", lang="en")
n1 = Node(TOM, HELEN, "2026-11-25 15:00", inv.subject, """\
Hi Helen,

Attached is the invoice for the website relaunch copy (£1,480).

Best,
Tom""")
n2 = Node(HELEN, TOM, "2026-11-26 09:10", "RE: " + inv.subject, """\
Thanks Tom, I'll get this paid before we close for Christmas.

Helen""", parent=n1, style="outlook")
n3 = Node(TOM, HELEN, "2026-12-21 09:30", "Re: RE: " + inv.subject, """\
Hi Helen,

Just a gentle reminder about INV-116 before the Christmas break – I haven't seen it come through yet.

Thanks, and have a lovely Christmas!
Tom""", parent=n2, style="gmail")
top = Node(HELEN, TOM, "2026-12-21 09:30", "Automatic reply: Re: RE: " + inv.subject, """\
Thank you for your email. I'm on annual leave and will be back in the office on Monday 4th January. I won't be checking emails while I'm away.

For anything urgent, please contact office@priceandpartners.co.uk.

Helen Price""", parent=n3, style="outlook")
top.when = top.when.replace(second=44)
add("auto-reply", "en", top, fmt="alt", cte="qp",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    facts={"return_date": "2027-01-04"},
    note="Out-of-office with the thread quoted: 'back in the office on Monday 4th January' = 4 January 2027. 'Before we close for Christmas' is an old promise in the quote.")


if __name__ == "__main__":
    main()
