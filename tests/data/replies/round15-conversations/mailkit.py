"""Shared MIME plumbing for round15-conversations (stdlib only).

A thread is a list of messages; each human message quotes the one before it in the style of the
author's mail client, so the newest message carries the whole history that its predecessors quoted.
mailduns reminders (REM) and first mails quote nothing, which cuts the chain there.
"""
import base64
import binascii
import datetime as _dt
import hashlib
import html as _html
import random
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

_rng = random.Random(1515)


class P:
    """A person: name, address, time zone, language and the mail client they quote with."""

    def __init__(self, name, addr, tz, lang, mua, xmailer=None):
        self.name, self.addr, self.tz, self.lang, self.mua = name, addr, tz, lang, mua
        self.xmailer = xmailer

    @property
    def domain(self):
        return self.addr.split("@", 1)[1]

    def fmt(self):
        """As a mail client shows it in a quoted header block (never RFC 2047 encoded)."""
        return f"{self.name} <{self.addr}>" if self.name else self.addr


class M:
    def __init__(self, frm, to, date, body, q="auto", subject=None, cc=(), machine=False):
        self.frm, self.to, self.date, self.body = frm, to, date, body.strip("\n")
        self.q = q
        self.subject = subject
        self.cc = list(cc)
        self.machine = machine
        self.dt = _dt.datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(frm.tz))
        self.dt = self.dt.replace(second=_rng.randrange(60))
        self.msgid = None


# ---------------------------------------------------------------- locale bits
IT_WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_WDA = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MO = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
         "settembre", "ottobre", "novembre", "dicembre"]
IT_MOA = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_WDA = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MO = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
ES_MOA = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MO = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def _ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def _to_line(m):
    return "; ".join(p.fmt() for p in m.to)


def _cc_line(m):
    return "; ".join(p.fmt() for p in m.cc)


def attribution(style, m, d):
    """The 'X wrote:' line (or header block lines) for quoting m, d = m's date in the viewer's zone."""
    n, a = m.frm.name or m.frm.addr, m.frm.addr
    if style == "gmail-it":
        return f"Il giorno {IT_WDA[d.weekday()]} {d.day} {IT_MOA[d.month-1]} {d.year} alle ore {d:%H:%M} {n} <{a}> ha scritto:"
    if style == "gmail-es":
        return f"El {ES_WDA[d.weekday()]}, {d.day} {ES_MOA[d.month-1]} {d.year} a las {d:%H:%M}, {n} (<{a}>) escribió:"
    if style == "gmail-en-gb":
        return f"On {EN_WD[d.weekday()][:3]}, {d.day} {EN_MO[d.month-1][:3]} {d.year} at {d:%H:%M}, {n} <{a}> wrote:"
    if style == "gmail-en-us":
        return f"On {EN_WD[d.weekday()][:3]}, {EN_MO[d.month-1][:3]} {d.day}, {d.year} at {_ampm(d)} {n} <{a}> wrote:"
    if style in ("apple-it", "ios-it"):
        return f"Il giorno {d.day} {IT_MOA[d.month-1]} {d.year}, alle ore {d:%H:%M}, {n} <{a}> ha scritto:"
    if style in ("apple-es", "ios-es"):
        return f"El {d.day} {ES_MOA[d.month-1]} {d.year}, a las {d:%H:%M}, {n} <{a}> escribió:"
    if style in ("apple-en", "ios-en"):
        return f"On {d.day} {EN_MO[d.month-1][:3]} {d.year}, at {d:%H:%M}, {n} <{a}> wrote:"
    if style == "thunderbird-it":
        return f"Il {d:%d/%m/%y} {d:%H:%M}, {n} ha scritto:"
    if style == "thunderbird-en":
        return f"On {d:%d/%m/%Y} {d:%H:%M}, {n} wrote:"
    if style == "thunderbird-es":
        return f"El {d:%d/%m/%y} a las {d:%H:%M}, {n} escribió:"
    if style == "yahoo-es":
        return f"En {ES_WD[d.weekday()]}, {d.day} de {ES_MO[d.month-1]} de {d.year}, {d:%H:%M:%S} CET, {n} <{a}> escribió:"
    if style == "android-es":
        return f"El {d.day}/{d.month}/{d.year} {d:%H:%M}, {n} <{a}> escribió:"
    raise ValueError(style)


def header_block(style, m, d):
    subj = m.subject
    if style in ("outlook-it", "outlook-old-it"):
        rows = [("Da", m.frm.fmt()), ("Inviato", f"{IT_WD[d.weekday()]} {d.day} {IT_MO[d.month-1]} {d.year} {d:%H:%M}"),
                ("A", _to_line(m))] + ([("Cc", _cc_line(m))] if m.cc else []) + [("Oggetto", subj)]
    elif style in ("outlook-es", "outlook-old-es"):
        rows = [("De", m.frm.fmt()), ("Enviado el", f"{ES_WD[d.weekday()]}, {d.day} de {ES_MO[d.month-1]} de {d.year} {d:%H:%M}"),
                ("Para", _to_line(m))] + ([("CC", _cc_line(m))] if m.cc else []) + [("Asunto", subj)]
    elif style == "outlook-en-us":
        rows = [("From", m.frm.fmt()), ("Sent", f"{EN_WD[d.weekday()]}, {EN_MO[d.month-1]} {d.day}, {d.year} {_ampm(d)}"),
                ("To", _to_line(m))] + ([("Cc", _cc_line(m))] if m.cc else []) + [("Subject", subj)]
    elif style in ("outlook-en-gb", "outlook-old-en"):
        rows = [("From", m.frm.fmt()), ("Sent", f"{EN_WD[d.weekday()]}, {d.day} {EN_MO[d.month-1]} {d.year} {d:%H:%M}"),
                ("To", _to_line(m))] + ([("Cc", _cc_line(m))] if m.cc else []) + [("Subject", subj)]
    elif style == "libero-it":
        rows = [("Da", m.frm.addr), ("Data", f"{d:%d/%m/%Y} {d:%H.%M}"), ("A", _to_line(m)), ("Ogg", subj)]
    elif style == "samsung-es":
        rows = [("De", m.frm.fmt()), ("Fecha", f"{d.day}/{d.month}/{d:%y} {d:%H:%M} (GMT{d:%z}"[:-2] + ":" + f"{d:%z}"[-2:] + ")"),
                ("Para", _to_line(m)), ("Asunto", subj)]
    elif style == "outlookmobile-es":
        rows = [("De", m.frm.fmt()), ("Enviado", f"{ES_WD[d.weekday()]}, {d.day} de {ES_MO[d.month-1]} de {d.year} {d:%H:%M}"),
                ("Para", _to_line(m)), ("Asunto", subj)]
    else:
        raise ValueError(style)
    return rows


SEPS = {
    "outlook-it": "________________________________",
    "outlook-es": "________________________________",
    "outlook-en-us": "________________________________",
    "outlook-en-gb": "________________________________",
    "outlook-old-it": "-----Messaggio originale-----",
    "outlook-old-es": "-----Mensaje original-----",
    "outlook-old-en": "-----Original Message-----",
    "libero-it": "----Messaggio originale----",
    "outlookmobile-es": "________________________________",
    "samsung-es": "-------- Mensaje original --------",
}


def _gt(text):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(">")
        else:
            out.append("> " + line)
    return "\n".join(out)


def quote_plain(style, m, full, viewer_tz):
    d = m.dt.astimezone(ZoneInfo(viewer_tz))
    if style in SEPS:
        rows = header_block(style, m, d)
        return SEPS[style] + "\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + full
    attr = attribution(style, m, d)
    if style.startswith("ios"):
        return _gt(attr + "\n\n" + full)
    if style.startswith("apple"):
        return attr + "\n\n" + _gt(full)
    if style == "yahoo-es":
        return attr + "\n\n\n" + full
    return attr + "\n\n" + _gt(full)


def body_html(text):
    out = []
    for para in text.split("\n\n"):
        lines = [_html.escape(x) for x in para.split("\n")]
        out.append("<div>" + "<br>\n".join(lines) + "</div>")
    return "\n<div><br></div>\n".join(out)


def quote_html(style, m, inner, viewer_tz):
    d = m.dt.astimezone(ZoneInfo(viewer_tz))
    if style in SEPS:
        rows = header_block(style, m, d)
        hdr = "<br>\n".join(f"<b>{_html.escape(k)}:</b> {_html.escape(v)}" for k, v in rows)
        if style.startswith("outlook") and not style.startswith("outlook-old"):
            return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                    + hdr + '</font>\n<div>&nbsp;</div>\n</div>\n<div>' + inner + "</div>")
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal">{_html.escape(SEPS[style])}<br>{hdr}</p></div>\n' + inner)
    attr = _html.escape(attribution(style, m, d))
    if style.startswith("gmail"):
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + attr + '<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                'rgb(204,204,204);padding-left:1ex">\n' + inner + "\n</blockquote></div>")
    if style.startswith("thunderbird"):
        return ('<div class="moz-cite-prefix">' + attr + '<br></div>\n<blockquote type="cite" cite="mid:'
                + _html.escape(m.msgid.strip("<>")) + '">' + inner + "</blockquote>")
    if style.startswith("apple") or style.startswith("ios"):
        return ('<div><br><blockquote type="cite"><div>' + attr + '</div><br class="Apple-interchange-newline">'
                '<div>' + inner + "</div></blockquote></div>")
    return '<div class="yahoo_quoted"><div>' + attr + "</div><blockquote>" + inner + "</blockquote></div>"


# ---------------------------------------------------------------- threads
REPLY_PREFIXES = ("re:", "r:", "rif:", "aw:", "rv:", "re :", "fw:", "fwd:", "i:", "rif.:", "res:")


def _has_prefix(s):
    return s.lower().startswith(REPLY_PREFIXES)


def msgid_for(m, seed):
    h = hashlib.sha1(f"{seed}{m.date}{m.frm.addr}".encode()).hexdigest()
    mua = m.frm.mua
    if m.machine:
        return f"<mailduns.{h[:20]}@{m.frm.domain}>"
    if mua.startswith("gmail"):
        return f"<CA{base64.b32encode(bytes.fromhex(h[:30])).decode().rstrip('=')}+{h[30:36]}@mail.gmail.com>"
    if mua.startswith("outlook"):
        return f"<{h[:4].upper()}PR{h[4:6]}MB{h[6:10].upper()}{h[10:30].upper()}@{h[:4].upper()}PR{h[4:6]}MB{h[6:10].upper()}.eurprd0{int(h[10],16)%9+1}.prod.outlook.com>"
    if mua.startswith(("apple", "ios")):
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{m.frm.domain}>"
    return f"<{h[:8]}.{h[8:16]}@{m.frm.domain}>"


def prepare(msgs, seed):
    base = msgs[0].subject
    prev = None
    for i, m in enumerate(msgs):
        if m.q == "auto":
            m.q = None if (i == 0 or m.machine) else m.frm.mua
        if m.subject is None:
            m.subject = prev.subject if _has_prefix(prev.subject) else "Re: " + prev.subject
        m.msgid = msgid_for(m, f"{seed}-{i}")
        prev = m
    return msgs


def render_plain(msgs, i):
    m = msgs[i]
    if i == 0 or not m.q:
        return m.body
    return m.body + "\n\n" + quote_plain(m.q, msgs[i - 1], render_plain(msgs, i - 1), m.frm.tz)


def render_html(msgs, i):
    m = msgs[i]
    own = body_html(m.body)
    if i == 0 or not m.q:
        return own
    return own + "\n<div><br></div>\n" + quote_html(m.q, msgs[i - 1], render_html(msgs, i - 1), m.frm.tz)


def quoted_count(msgs):
    n, i = 0, len(msgs) - 1
    while i > 0 and msgs[i].q:
        n += 1
        i -= 1
    return n


# ---------------------------------------------------------------- MIME
def _codec(cs):
    return "cp1252" if cs.lower() in ("iso-8859-1", "windows-1252") else cs


def enc_header(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        hcs = "utf-8"
        if cs.lower() != "utf-8":
            try:
                s.encode("latin-1")
                hcs = "iso-8859-1"
            except UnicodeEncodeError:
                pass
        return Header(s, hcs).encode(maxlinelen=76)


def enc_addr(p, cs="utf-8"):
    if not p.name:
        return p.addr
    try:
        p.name.encode("ascii")
        return formataddr((p.name, p.addr))
    except UnicodeEncodeError:
        return formataddr((p.name, p.addr), charset="utf-8")


def text_part(text, subtype, cs, cte):
    raw = text.encode(_codec(cs))
    if cte == "7bit":
        raw.decode("ascii")  # 7bit bodies must be ASCII
    if cte == "quoted-printable":
        lines = [binascii.b2a_qp(l, quotetabs=False, istext=True) for l in raw.split(b"\n")]
        body = b"\n".join(lines)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    hdr = f"Content-Type: text/{subtype}; charset=\"{cs}\"\nContent-Transfer-Encoding: {cte}\n\n"
    return hdr.encode() + body + (b"" if body.endswith(b"\n") else b"\n")


def attach_part(filename, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    hdr = (f"Content-Type: {ctype}; name=\"{filename}\"\nContent-Disposition: {disp}; filename=\"{filename}\"\n"
           f"Content-Transfer-Encoding: base64\n\n")
    return hdr.encode() + base64.encodebytes(data)


def multipart(subtype, parts, seed):
    b = "----=_Part_" + hashlib.md5(seed.encode()).hexdigest()[:24]
    out = f"Content-Type: multipart/{subtype}; boundary=\"{b}\"\n\n".encode()
    if subtype == "mixed":
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    out += f"--{b}--\n".encode()
    return out


def html_doc(inner, mua):
    if mua.startswith("outlook"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                + inner + "\n</div>\n</body>\n</html>\n")
    if mua.startswith("gmail"):
        return '<div dir="ltr">' + inner + "</div>\n"
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word;">' + inner + "</body></html>\n")


PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def build(msgs, seed, fmt="plain", cs="utf-8", cte="8bit", attach=(), extra_headers=(), html_cs=None):
    """Bytes of the last message of the thread."""
    m = msgs[-1]
    n = len(msgs) - 1
    plain = render_plain(msgs, n)
    if fmt == "plain":
        body = text_part(plain, "plain", cs, cte)
    else:
        h = html_doc(render_html(msgs, n), m.frm.mua)
        hcs = html_cs or cs
        if hcs != "utf-8":
            h = h.replace("charset=utf-8", f"charset={hcs}")
        hp = text_part(h, "html", hcs, cte if cte != "8bit" else "quoted-printable")
        if fmt == "html":
            body = hp
        else:
            body = multipart("alternative", [text_part(plain, "plain", cs, cte), hp], seed + "alt")
    if attach:
        parts = [body] + [attach_part(*a) for a in attach]
        body = multipart("mixed", parts, seed + "mix")
    refs = [x.msgid for x in msgs[:-1]][-8:]
    hdr = [
        ("Date", format_datetime(m.dt)),
        ("From", enc_addr(m.frm)),
        ("To", ", ".join(enc_addr(p) for p in m.to)),
    ]
    if m.cc:
        hdr.append(("Cc", ", ".join(enc_addr(p) for p in m.cc)))
    hdr += [
        ("Subject", enc_header(m.subject, cs)),
        ("Message-ID", m.msgid),
        ("In-Reply-To", msgs[-2].msgid),
        ("References", "\n ".join(refs)),
        ("MIME-Version", "1.0"),
    ]
    if m.frm.xmailer:
        k, v = m.frm.xmailer
        hdr.append((k, v))
    hdr += list(extra_headers)
    head = "".join(f"{k}: {v}\n" for k, v in hdr).encode()
    return head + body
