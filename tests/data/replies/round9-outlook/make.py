#!/usr/bin/env python3
"""round9-outlook: client replies wrapped in the MIME and quoting of real corporate mail clients.

Generates r9o-NNNN.eml and labels.toml in this directory.  Python 3.11, stdlib only.
Every reply text, signature and disclaimer below is hand-written; only the MIME plumbing,
the HTML skeletons of each mail client and the quoted mailduns reminders are generated.
"""
import base64
import datetime as dt
import email
import email.policy
import html
import quopri
import random
import textwrap
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r9o"
R = random.Random(20269)

# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------

def rhex(n, alphabet="0123456789ABCDEF"):
    return "".join(R.choice(alphabet) for _ in range(n))


def ralnum(n):
    return rhex(n, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def parse_when(s, tz):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=ZoneInfo(tz), second=R.randint(0, 59))


def rfc_date(d, utc=False):
    if utc:
        d = d.astimezone(dt.timezone.utc)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{wd}, {d.day} {mo} {d.year} {d.hour:02d}:{d.minute:02d}:{d.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}"


def q_word(text, charset="utf-8"):
    """RFC 2047 Q encoded-words (split to stay under 75 chars)."""
    py = "cp1252" if charset.lower() in ("iso-8859-1", "windows-1252") else charset
    words, cur = [], ""
    for ch in text:
        b = ch.encode(py)
        enc = ""
        for byte in b:
            c = chr(byte)
            if c == " ":
                enc += "_"
            elif c.isalnum() and byte < 128:
                enc += c
            elif c in "!*+-/" :
                enc += c
            else:
                enc += "=%02X" % byte
        if len(cur) + len(enc) > 75 - len(charset) - 7:
            words.append(cur)
            cur = ""
        cur += enc
    words.append(cur)
    return "\n ".join(f"=?{charset}?Q?{w}?=" for w in words)


def b_word(text, charset="utf-8"):
    data = text.encode(charset)
    chunk = 45
    res, pos = [], 0
    while pos < len(data):
        end = min(pos + chunk, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1
        res.append(data[pos:end])
        pos = end
    return "\n ".join(f"=?{charset}?B?{base64.b64encode(p).decode()}?=" for p in res)


def hdr_text(text, charset="utf-8", enc="Q"):
    if all(ord(c) < 128 for c in text):
        return text
    return q_word(text, charset) if enc == "Q" else b_word(text, charset)


def addr(name, mail, charset="utf-8", enc="Q", quote=False):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if quote or any(c in name for c in ",.()<>@;:"):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    return f"{hdr_text(name, charset, enc)} <{mail}>"


def esc(s):
    return html.escape(s, quote=False)


def paras(text):
    """split hand-written text into paragraphs of lines"""
    text = text.strip("\n")
    out = []
    for block in text.split("\n\n"):
        out.append(block.split("\n"))
    return out


def prefix_lines(text, p="> "):
    return "\n".join((p + l) if l.strip() else p.rstrip() for l in text.split("\n"))


# ----------------------------------------------------------------------------------------------
# MIME leaves
# ----------------------------------------------------------------------------------------------

def encode_body(text, charset, cte):
    py = {"iso-8859-1": "cp1252", "windows-1252": "cp1252", "us-ascii": "ascii"}.get(charset.lower(), charset)
    data = text.replace("\r\n", "\n").encode(py)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    return data.decode(py)  # 7bit / 8bit: written raw (8bit written in its charset below)


class Part:
    def __init__(self, headers, body, raw_charset=None):
        self.headers = headers      # list of strings "Name: value"
        self.body = body            # str
        self.raw_charset = raw_charset  # for 8bit bodies

    def bytes(self):
        head = "\n".join(self.headers).encode("ascii")
        if self.raw_charset:
            py = {"iso-8859-1": "cp1252", "windows-1252": "cp1252"}.get(self.raw_charset, self.raw_charset)
            body = self.body.encode(py)
        else:
            body = self.body.encode("ascii")
        return head + b"\n\n" + body


def text_part(subtype, text, charset="utf-8", cte="quoted-printable", extra=(), params=""):
    hs = [f'Content-Type: text/{subtype}; charset="{charset}"{params}', f"Content-Transfer-Encoding: {cte}"]
    hs += list(extra)
    body = encode_body(text, charset, cte)
    return Part(hs, body, raw_charset=charset if cte == "8bit" else None)


def bin_part(ctype, data, filename=None, disposition="attachment", cid=None, extra=()):
    hs = []
    if filename:
        hs.append(f'Content-Type: {ctype}; name="{filename}"')
    else:
        hs.append(f"Content-Type: {ctype}")
    if filename and disposition:
        hs.append(f'Content-Disposition: {disposition}; filename="{filename}"; size={len(data)}')
    elif disposition:
        hs.append(f"Content-Disposition: {disposition}")
    if cid:
        hs.append(f"Content-ID: <{cid}>")
    hs += list(extra)
    hs.append("Content-Transfer-Encoding: base64")
    return Part(hs, base64.encodebytes(data).decode("ascii"))


def multi(subtype, parts, boundary, params="", preamble=None):
    hs = [f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"']
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        chunks.append(b"--" + boundary.encode() + b"\n" + p.bytes() + b"\n")
    chunks.append(b"--" + boundary.encode() + b"--\n")
    return RawPart(hs, b"\n".join(chunks) if False else b"".join(chunks))


class RawPart(Part):
    def __init__(self, headers, raw):
        self.headers = headers
        self.raw = raw

    def bytes(self):
        return "\n".join(self.headers).encode("ascii") + b"\n\n" + self.raw


# fake binary payloads -------------------------------------------------------------------------

def fake_png(w=120, h=40, seed=0):
    import struct
    import zlib
    r = random.Random(seed)
    rows = b"".join(b"\x00" + bytes(r.randrange(180, 256) for _ in range(w * 3)) for _ in range(4))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", w, 4, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def fake_pdf(lines):
    text = "\n".join(f"BT /F1 10 Tf 40 {780 - 14 * i} Td ({l}) Tj ET" for i, l in enumerate(lines))
    stream = text.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream +
            b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def fake_jpg(seed=0):
    r = random.Random(seed)
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(r.randrange(256) for _ in range(600)) + b"\xff\xd9"


# ----------------------------------------------------------------------------------------------
# dates as the mail clients print them
# ----------------------------------------------------------------------------------------------

WD = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MO = {
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


def fmt_outlook(d, lang, us=False):
    if lang == "it":
        return f"{WD['it'][d.weekday()]} {d.day} {MO['it'][d.month - 1]} {d.year} {d:%H:%M}"
    if lang == "es":
        return f"{WD['es'][d.weekday()]}, {d.day} de {MO['es'][d.month - 1]} de {d.year} {d.hour}:{d:%M}"
    if us:
        h = d.hour % 12 or 12
        return f"{WD['en'][d.weekday()]}, {MO['en'][d.month - 1]} {d.day}, {d.year} {h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
    return f"{d.day:02d} {MO['en'][d.month - 1]} {d.year} {d:%H:%M}"


def fmt_mac(d, lang):
    if lang == "it":
        return f"{WD['it'][d.weekday()]}, {d.day} {MO['it'][d.month - 1]} {d.year} {d:%H:%M}"
    if lang == "es":
        return f"{WD['es'][d.weekday()]}, {d.day} de {MO['es'][d.month - 1]} de {d.year}, {d.hour}:{d:%M}"
    return f"{WD['en'][d.weekday()]}, {d.day} {MO['en'][d.month - 1]} {d.year} at {d:%H:%M}"


def fmt_gmail_attr(d, lang, name, mail, us=False):
    wd3 = {"it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
           "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
           "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}[lang][d.weekday()]
    mo3 = {"it": MO["it"][d.month - 1][:3], "es": MO["es"][d.month - 1][:3],
           "en": MO["en"][d.month - 1][:3]}[lang]
    if lang == "it":
        return f"Il giorno {wd3} {d.day} {mo3} {d.year} alle ore {d:%H:%M} {name} <{mail}> ha scritto:"
    if lang == "es":
        return f"El {wd3}, {d.day} {mo3} {d.year} a las {d.hour}:{d:%M}, {name} (<{mail}>) escribió:"
    if us:
        h = d.hour % 12 or 12
        return f"On {wd3}, {mo3} {d.day}, {d.year} at {h}:{d:%M}\u202f{'AM' if d.hour < 12 else 'PM'} {name} <{mail}> wrote:"
    return f"On {wd3}, {d.day} {mo3} {d.year} at {d:%H:%M}, {name} <{mail}> wrote:"


def fmt_apple_attr(d, lang, name, mail):
    mo3 = {"it": MO["it"][d.month - 1][:3], "es": MO["es"][d.month - 1][:3],
           "en": MO["en"][d.month - 1][:3]}[lang]
    if lang == "it":
        return f"Il giorno {d.day} {mo3} {d.year}, alle ore {d:%H:%M}, {name} <{mail}> ha scritto:"
    if lang == "es":
        return f"El {d.day} {mo3} {d.year}, a las {d.hour}:{d:%M}, {name} <{mail}> escribió:"
    return f"On {d.day} {mo3} {d.year}, at {d:%H:%M}, {name} <{mail}> wrote:"


def fmt_tb_attr(d, lang, name):
    if lang == "it":
        return f"Il {d:%d/%m/%Y} {d:%H:%M}, {name} ha scritto:"
    if lang == "es":
        return f"El {d.day}/{d.month}/{d:%y} a las {d.hour}:{d:%M}, {name} escribió:"
    return f"On {d:%d/%m/%Y} {d:%H:%M}, {name} wrote:"


def fmt_zimbra(d, lang):
    if lang == "it":
        return f"{WD['it'][d.weekday()].capitalize()}, {d.day} {MO['it'][d.month - 1]} {d.year} {d.hour}:{d:%M}:00"
    if lang == "es":
        return f"{WD['es'][d.weekday()].capitalize()}, {d.day} de {MO['es'][d.month - 1].capitalize()} {d.year} {d.hour}:{d:%M}:00"
    h = d.hour % 12 or 12
    return f"{WD['en'][d.weekday()]}, {MO['en'][d.month - 1]} {d.day}, {d.year} {h}:{d:%M}:00 {'AM' if d.hour < 12 else 'PM'}"


HDR_LABELS = {
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
}
OWA_LABELS = {
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "es": ("De:", "Enviado:", "Para:", "CC:", "Asunto:"),
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
}
MAC_LABELS = {
    "it": ("Da:", "Data:", "A:", "Cc:", "Oggetto:"),
    "es": ("De:", "Fecha:", "Para:", "CC:", "Asunto:"),
    "en": ("From:", "Date:", "To:", "Cc:", "Subject:"),
}


# ----------------------------------------------------------------------------------------------
# the freelancers (mailbox owners) and the letters mailduns sent them (quoted by the clients)
# ----------------------------------------------------------------------------------------------

OWNERS = {
    "ale": dict(name="Alessandra Rossi", mail="alessandra@example.it", lang="it", tz="Europe/Rome",
                iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX", benef="Alessandra Rossi"),
    "marco": dict(name="Marco Bellini", mail="marco@bellinifoto.it", lang="it", tz="Europe/Rome",
                  iban="IT47 R030 6902 4801 0000 0004 211", bic="BCITITMM", benef="Marco Bellini Fotografia"),
    "lucia": dict(name="Lucía Martín", mail="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", benef="Lucía Martín Ruiz"),
    "javi": dict(name="Javier Ortega", mail="javier@ortegatraduce.es", lang="es", tz="Atlantic/Canary",
                 iban="ES76 2038 9725 6160 0021 7734", bic="CAHMESMMXXX", benef="Javier Ortega Suárez"),
    "tom": dict(name="Tom Byrne", mail="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", benef="Byrne Design"),
    "sarah": dict(name="Sarah Mitchell", mail="sarah@mitchellcopy.co.uk", lang="en", tz="Europe/London",
                  iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", benef="Mitchell Copy Ltd"),
}


def money(amount, lang, cur="EUR"):
    ent, dec = f"{amount:,.2f}".split(".")
    if lang == "en":
        sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
        return f"{sym}{ent}.{dec}"
    ent = ent.replace(",", ".")
    if lang == "it":
        return f"€ {ent},{dec}"
    return f"{ent},{dec} €"


def long_date(d, lang):
    if lang == "it":
        return f"{d.day} {MO['it'][d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {MO['es'][d.month - 1]} de {d.year}"
    return f"{d.day} {MO['en'][d.month - 1]} {d.year}"


def art_il(d):
    # "il 15 novembre 2026", "l'8 gennaio 2027", "l'11 dicembre 2026"
    s = long_date(d, "it")
    return ("l'" if d.day in (8, 11) else "il ") + s


def salutation(lang, client, kind):
    if lang == "it":
        if kind == "company":
            return f"Spett.le {client},"
        if kind == "person":
            return f"Gentile {client},"
        return "Buongiorno,"
    if lang == "es":
        if kind == "company":
            return "Estimados señores:"
        if kind == "person":
            first = client.split()[0].lower()
            if first in ("sra.", "doña"):
                return f"Estimada {client}:"
            if first in ("sr.", "don"):
                return f"Estimado {client}:"
            return f"Buenos días, {client}:"
        return "Buenos días:"
    if kind == "person":
        return f"Dear {client},"
    if kind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def pay_block(lang, o, number):
    if lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {o['benef']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
                f"- causale: Fattura n. {number}")
    if lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {o['benef']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
                f"- concepto: Factura {number}")
    return (f"Payment details:\n- Account name: {o['benef']}\n- IBAN: {o['iban']}\n- BIC (SWIFT): {o['bic']}\n"
            f"- Payment reference: {number}")


def fees(lang, o, amount, due, today, cur="EUR"):
    days = (today - due).days
    rate = 10.15
    interest = round(amount * rate / 100 * days / 365, 2)
    comp = 40.0
    tot = amount + interest + comp
    m = lambda x: money(x, lang, cur)
    if lang == "it":
        return ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
                "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
                "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
                f"percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di {m(comp)} a titolo di "
                "risarcimento dei costi di recupero (art. 6).\n\n"
                "Ad oggi l'importo dovuto è il seguente:\n"
                f"- importo della fattura: {m(amount)}\n"
                f"- interessi di mora dal {(due + dt.timedelta(days=1)):%d/%m/%Y} al {today:%d/%m/%Y} ({days} giorni al 10,15%): {m(interest)}\n"
                f"- risarcimento dei costi di recupero: {m(comp)}\n"
                f"- totale: {m(tot)}")
    if lang == "es":
        return ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que "
                "se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva "
                "2011/7/UE). Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de "
                "demora al tipo legal: el tipo del Banco Central Europeo para sus operaciones principales de "
                "financiación más ocho puntos porcentuales, actualmente el 10,15 % anual (arts. 5 y 7). A la deuda se "
                f"añade, además, una cantidad fija de {m(comp)} en concepto de indemnización por costes de cobro (art. 8).\n\n"
                "A día de hoy, el importe adeudado es el siguiente:\n"
                f"- importe de la factura: {m(amount)}\n"
                f"- intereses de demora del {(due + dt.timedelta(days=1)):%d/%m/%Y} al {today:%d/%m/%Y} ({days} días al 10,15 %): {m(interest)}\n"
                f"- indemnización por costes de cobro: {m(comp)}\n"
                f"- total: {m(tot)}")
    if cur == "GBP":
        return ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
                "applies: statutory interest runs from the day after the due date at 11.75% a year (8% over the Bank "
                "of England base rate in force when the debt fell due), and a fixed sum of £40.00 is due for the "
                "costs of recovering the debt (section 5A).\n\n"
                f"The amount due as at {long_date(today, 'en')} (interest continues to run until payment) is:\n"
                f"- invoice amount: {m(amount)}\n"
                f"- interest from {long_date(due + dt.timedelta(days=1), 'en')} ({days} days at 11.75%): {m(round(amount * 0.1175 * days / 365, 2))}\n"
                f"- fixed sum (section 5A): £40.00\n"
                f"- total: {m(amount + round(amount * 0.1175 * days / 365, 2) + 40)}")
    return ("As this is a commercial transaction, the European Communities (Late Payment in Commercial Transactions) "
            "Regulations 2012 apply: late payment interest runs from the day after the due date at 10.15% a year "
            "(the European Central Bank's main refinancing rate plus 8 percentage points), and €40.00 is due as "
            "compensation for recovery costs (Regulation 9).\n\n"
            f"The amount due as at {long_date(today, 'en')} (interest continues to run until payment) is:\n"
            f"- invoice amount: {m(amount)}\n"
            f"- interest from {long_date(due + dt.timedelta(days=1), 'en')} ({days} days at 10.15%): {m(interest)}\n"
            f"- compensation for recovery costs: €40.00\n"
            f"- total: {m(tot)}")


def letter(step, o, number, amount, due, sent, client="", ckind="", cur="EUR", issue=None, deadline=None,
           promise=None, paid_on=None):
    """The text of a mailduns letter (as in templates/<lang>/<step>.txt.j2), filled in."""
    lang = o["lang"]
    A = money(amount, lang, cur) if amount else None
    sal = salutation(lang, client, ckind)
    pb = pay_block(lang, o, number)
    today = sent.date()
    due_s = long_date(due, lang)
    dl = deadline or (today + dt.timedelta(days=10))
    dl_s = long_date(dl, lang)
    days_late = (today - due).days
    name = o["name"]
    if lang == "it":
        a = f" di {A}" if A else ""
        if step == "courtesy":
            iss = f", emessa {art_il(issue)}," if issue else ""
            body = (f"un breve promemoria: la fattura n. {number}{a}{iss} è in scadenza {art_il(due)}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pb}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "due":
            if days_late > 0:
                first = (f"un promemoria: la fattura n. {number}{a} è scaduta {art_il(due)}. Se il pagamento non è "
                         "ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
            else:
                first = f"un promemoria: la fattura n. {number}{a} è in scadenza oggi, {due_s}."
            body = (f"{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo "
                    f"messaggio.\n\n{pb}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "reminder":
            body = (f"da un controllo la fattura n. {number}{a}, scaduta {art_il(due)}, risulta ancora da saldare. "
                    "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n" + pb)
        elif step == "late_fee":
            body = (f"la fattura n. {number}{a}, scaduta {art_il(due)}, risulta ancora da saldare: sono trascorsi "
                    f"{days_late} giorni dalla scadenza.\n\n{fees(lang, o, amount, due, today)}\n\n"
                    f"Chiedo cortesemente di provvedere al pagamento dell'importo totale entro {art_il(dl)}. Se il "
                    "pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema "
                    "con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere "
                    "a questa email.\n\n" + pb)
        elif step == "suspension":
            body = (f"torno a scrivere in merito alla fattura n. {number}{a}, scaduta {art_il(due)}, che risulta ancora "
                    f"da saldare.\n\nIn mancanza del pagamento entro {art_il(dl)}, dal {long_date(dl + dt.timedelta(days=1), 'it')} "
                    "potrebbe essere necessario sospendere le attività in corso e i servizi da me forniti fino alla "
                    "regolarizzazione. Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a "
                    "rate, possiamo concordare una soluzione; basta rispondere a questa email.\n\n" + pb)
        elif step == "final":
            body = (f"la fattura n. {number}{a}, scaduta {art_il(due)}, risulta ancora da saldare nonostante i "
                    f"precedenti solleciti.\n\nCon la presente chiedo formalmente il pagamento di {A} entro {art_il(dl)}. "
                    "La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del "
                    "codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo "
                    "ogni altro diritto.\n\nIn mancanza del pagamento entro tale termine, mi riservo di procedere al "
                    "recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto "
                    "ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un "
                    "motivo o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email "
                    "entro la stessa data.\n\nQualora il pagamento sia già stato effettuato, prego di non tenere conto "
                    "della presente e di indicarmi la data del bonifico, così da poterlo verificare.\n\n" + pb)
            sal = f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {number}\n\n" + sal
        elif step == "promise_followup":
            body = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {number}{a} sarebbe "
                    f"stato effettuato entro {art_il(promise)}.\n\nAd oggi il pagamento non risulta ancora arrivato. "
                    "Se è già stato disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche "
                    "giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n" + pb)
        elif step == "paid_claim_followup":
            body = (f"grazie per avermi comunicato che la fattura n. {number}{a} è stata pagata.\n\n"
                    "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico "
                    "richiede qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a "
                    "rintracciarlo, chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del "
                    "bonifico, oppure di inoltrarmi la contabile.\n\nSe il bonifico è stato disposto da pochi giorni, "
                    "potrebbe semplicemente essere ancora in lavorazione: in tal caso mi basta una breve conferma. "
                    "Grazie per la collaborazione.")
        else:
            raise ValueError(step)
        return f"{sal}\n\n{body}\n\nCordiali saluti,\n{name}"
    if lang == "es":
        a = f" de {A}" if A else ""
        if step == "courtesy":
            iss = f", emitida el {long_date(issue, 'es')}," if issue else ""
            body = (f"Un breve recordatorio: la factura n.º {number}{a}{iss} vence el {due_s}.\n\n"
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pb}\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "due":
            if days_late > 0:
                first = (f"La factura n.º {number}{a} venció el {due_s} y, según mis registros, el pago aún no consta. "
                         "Agradecería que se tramitara en los próximos días.")
            else:
                first = f"La factura n.º {number}{a} vence hoy, {due_s}."
            body = (f"{first}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pb}\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "reminder":
            body = (f"Revisando mis cuentas, veo que la factura n.º {number}{a}, vencida el {due_s}, sigue pendiente de "
                    "pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto "
                    "sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder "
                    "indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún "
                    "problema con la factura, podemos aclararlo por esta misma vía.\n\n" + pb)
        elif step == "late_fee":
            body = (f"La factura n.º {number}{a} venció el {due_s}, hace {days_late} días, y sigue pendiente de pago.\n\n"
                    f"{fees(lang, o, amount, due, today)}\n\nRuego que el pago se realice a más tardar el {dl_s}. Si ya "
                    "está en curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay "
                    "algún problema con la factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n" + pb)
        elif step == "suspension":
            body = (f"Vuelvo a ponerme en contacto en relación con la factura n.º {number}{a}, vencida el {due_s} y "
                    f"todavía pendiente de pago.\n\nSi para el {dl_s} no se ha recibido el pago{a}, a partir del "
                    f"{long_date(dl + dt.timedelta(days=1), 'es')} podría verme en la necesidad de suspender los trabajos "
                    "en curso y la prestación de los servicios contratados hasta que se regularice la situación. Si existe "
                    "alguna dificultad (por ejemplo, si es necesario fraccionar el pago), basta con responder a este "
                    "correo y buscaremos una solución.\n\n" + pb)
        elif step == "final":
            body = (f"La factura n.º {number} venció el {due_s} y, pese a los recordatorios enviados anteriormente, "
                    f"sigue pendiente de pago por un importe de {A}.\n\nPor la presente, y a los efectos del artículo "
                    f"1100 del Código Civil, requiero formalmente el pago de {A} a más tardar el {dl_s}.\n\n"
                    "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                    "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, "
                    "de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para "
                    "el retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                    f"responder a este correo.\n\nSi para el {dl_s} no se ha recibido el pago ni hemos llegado a un "
                    "acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el "
                    "procedimiento monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los "
                    "últimos días, muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta "
                    "con la fecha de la transferencia.\n\n" + pb)
            sal = f"Asunto: Requerimiento de pago de la factura n.º {number}\n\n" + sal
            return f"{sal}\n\n{body}\n\nAtentamente,\n{name}"
        elif step == "promise_followup":
            body = (f"Según su último mensaje, el pago de la factura n.º {number}{a} se realizaría a más tardar el "
                    f"{long_date(promise, 'es')}; gracias de nuevo por la información.\n\nA día de hoy el pago todavía "
                    "no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la "
                    "transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.\n\n" + pb)
        elif step == "paid_claim_followup":
            body = (f"Muchas gracias por comunicarme que la factura n.º {number}{a} ya está pagada.\n\nSin embargo, a "
                    "día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos días más "
                    "en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería de "
                    "gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el "
                    "justificante.\n\nSi la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en "
                    "ese caso no es necesario hacer nada más. Gracias por su colaboración.")
        else:
            raise ValueError(step)
        return f"{sal}\n\n{body}\n\nUn cordial saludo,\n{name}"
    # English
    a = f" for {A}" if A else ""
    signoff = "Kind regards,"
    if step == "courtesy":
        iss = f", issued on {long_date(issue, 'en')}," if issue else ""
        body = (f"This is a friendly reminder that invoice {number}{a}{iss} is due for payment on {due_s}.\n\n"
                f"If payment is already on its way, thank you, and please disregard this message.\n\n{pb}\n\n"
                "If you have any questions, just reply to this email.")
    elif step == "due":
        if days_late > 0:
            first = (f"This is a quick reminder that invoice {number}{a} was due for payment on {due_s}. If it has not "
                     "been paid yet, I would be grateful if you could arrange payment in the next few days.")
        else:
            first = f"This is a quick reminder that invoice {number}{a} is due for payment today, {due_s}."
        body = (f"{first}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n{pb}\n\n"
                "If you have any questions, just reply to this email.")
    elif step == "reminder":
        body = (f"According to my records, invoice {number}{a}, due on {due_s}, has not yet been paid. It may simply "
                "have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                "convenience.\n\nIf you have already paid, thank you – please let me know the payment date so that I "
                "can update my records. If there is a problem with the invoice, please reply to this email and we can "
                "sort it out.\n\n" + pb)
    elif step == "late_fee":
        body = (f"Invoice {number}{a}, due on {due_s}, is now {days_late} days overdue.\n\n"
                f"{fees(lang, o, amount, due, today, cur)}\n\nPlease arrange payment of the total above by {dl_s}. If "
                "payment is already on its way, thank you – please let me know the date it was made. If there is a "
                "problem with the invoice or with the timing, please reply to this email and we can find a "
                "solution.\n\n" + pb)
    elif step == "suspension":
        body = (f"I am writing again about invoice {number}{a}, which was due on {due_s} and remains unpaid.\n\n"
                f"If payment is not received by {dl_s}, I may have to suspend work in progress and any services I "
                f"provide to you from {long_date(dl + dt.timedelta(days=1), 'en')} until the account is settled. If "
                "something is making payment difficult – for example, if you need to pay in instalments – please "
                "reply to this email and we can agree a solution.\n\n" + pb)
    elif step == "final":
        head = (f"Final notice before debt recovery\n\nTo: {client}\nDate: {long_date(today, 'en')}\n"
                f"Invoice: {number}, due on {due_s}\nAmount due: {A}\nPayment deadline: {dl_s}\n\n")
        sal = head + ("Dear Sir or Madam," if ckind != "person" else f"Dear {client},")
        signoff = "Yours faithfully," if ckind != "person" else "Yours sincerely,"
        body = (f"Despite my previous reminders, invoice {number}{a}, which was due for payment on {due_s}, remains "
                f"unpaid.\n\nI therefore formally request payment of {A} by {dl_s}.\n\nIf payment is not received by "
                "that date, I intend to take steps to recover the debt. These may include referring the matter to a "
                "debt collection agency or a solicitor and, if necessary, starting court proceedings.\n\nI would much "
                "rather resolve this with you directly. If there is a reason for the delay, or if you would like to "
                f"propose a payment plan, please reply to this email before {dl_s}.\n\nIf you have paid in the "
                "meantime, thank you, and please accept my apologies for this notice; it would help if you could let "
                "me know the payment date so that I can update my records.\n\n" + pb)
    elif step == "promise_followup":
        body = (f"Thank you for letting me know that invoice {number}{a} would be paid by {long_date(promise, 'en')}.\n\n"
                "The payment has not reached me yet. If it is already on its way, thank you – please let me know the "
                "date it was made. If you need a little more time, could you let me know when I can expect it?\n\n" + pb)
    elif step == "paid_claim_followup":
        body = (f"Thank you for letting me know that invoice {number}{a} has been paid.\n\nHowever, the payment has not "
                "reached my account yet. Bank transfers sometimes take a few extra days, and occasionally a payment is "
                "sent to out-of-date bank details. To help me trace it, could you please send me the date and "
                "reference of the transfer, or a copy of the payment confirmation?\n\nIf the transfer was made only in "
                "the last day or two, it is probably still on its way, and there is no need to do anything further. "
                "Thank you for your help.")
    else:
        raise ValueError(step)
    return f"{sal}\n\n{body}\n\n{signoff}\n{name}"


SUBJECTS = {
    "it": {"courtesy": "Promemoria: fattura n. {n} in scadenza", "due": "Fattura n. {n} – promemoria scadenza",
           "reminder": "Sollecito di pagamento – fattura n. {n}", "late_fee": "Secondo sollecito – fattura n. {n}",
           "suspension": "Fattura n. {n} – ultimo avviso prima della sospensione",
           "final": "Diffida di pagamento – fattura n. {n}", "promise_followup": "Fattura n. {n} – pagamento",
           "paid_claim_followup": "Fattura n. {n} – verifica pagamento"},
    "es": {"courtesy": "Recordatorio: factura n.º {n}", "due": "Factura n.º {n} – vencimiento",
           "reminder": "Factura n.º {n} pendiente de pago", "late_fee": "Segundo aviso – factura n.º {n}",
           "suspension": "Factura n.º {n} – aviso de suspensión",
           "final": "Requerimiento de pago – factura n.º {n}", "promise_followup": "Factura n.º {n} – pago",
           "paid_claim_followup": "Factura n.º {n} – comprobación del pago"},
    "en": {"courtesy": "Reminder: invoice {n} due soon", "due": "Invoice {n} – payment due",
           "reminder": "Invoice {n} – payment reminder", "late_fee": "Invoice {n} – overdue",
           "suspension": "Invoice {n} – notice of suspension", "final": "Final notice – invoice {n}",
           "promise_followup": "Invoice {n} – payment", "paid_claim_followup": "Invoice {n} – payment not received"},
}


# ----------------------------------------------------------------------------------------------
# quoted blocks
# ----------------------------------------------------------------------------------------------

def msgid_for(kind, domain):
    if kind == "mailduns":
        return f"<{dt.datetime(2026, 1, 1).strftime('%Y')}{rhex(10, '0123456789abcdef')}.mailduns.{rhex(6, '0123456789abcdef')}@{domain}>"
    if kind in ("outlook", "owa", "mobile", "mac"):
        srv = R.choice(["AM9PR03MB", "DB8PR06MB", "PA4PR08MB", "VI1PR02MB", "DU0PR10MB", "AS8PR04MB", "GV1PR07MB"]) + str(R.randint(1000, 9999))
        region = "eurprd0" + str(R.randint(1, 9))
        if kind == "mac":
            return f"<{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@{domain}>"
        return f"<{srv}{rhex(32)}@{srv}.{region}.prod.outlook.com>"
    if kind == "outlook-smtp":
        return f"<00{rhex(1, '0123456789abcdef')}{rhex(2, '0123456789abcdef')}01db{rhex(4, '0123456789abcdef')}${rhex(8, '0123456789abcdef')}${rhex(8, '0123456789abcdef')}@{domain}>"
    if kind == "gmail":
        return f"<CA{ralnum(1)}{ralnum(5)}{R.choice(['+', '_', '='])}{ralnum(30)}@mail.gmail.com>"
    if kind == "apple":
        return f"<{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@{domain}>"
    if kind == "tb":
        return f"<{rhex(8, '0123456789abcdef')}-{rhex(4, '0123456789abcdef')}-{rhex(4, '0123456789abcdef')}-{rhex(4, '0123456789abcdef')}-{rhex(12, '0123456789abcdef')}@{domain}>"
    if kind == "notes":
        return f"<OF{rhex(8)}.{rhex(8)}-ONC{rhex(7)}.{rhex(8)}-C{rhex(7)}.{rhex(8)}@{domain}>"
    if kind == "zimbra":
        return f"<{R.randint(100000000, 999999999)}.{R.randint(1000000, 99999999)}.{R.randint(1700000000000, 1799999999999)}.JavaMail.zimbra@{domain}>"
    return f"<{ralnum(24)}@{domain}>"


class Block:
    def __init__(self, frm, to, date, subject, text, cc=(), fwd=False, msgid=None, html_text=None):
        self.frm, self.to, self.cc, self.date, self.subject, self.text = frm, list(to), list(cc), date, subject, text
        self.fwd, self.msgid, self.html_text = fwd, msgid, html_text


def reminder_block(o, step, number, amount, due, sent, client_name, client_mail, client="", ckind="",
                   cur="EUR", **kw):
    """a mailduns letter as sent from the owner's mailbox"""
    subj = SUBJECTS[o["lang"]][step].format(n=number)
    if kw.pop("re_invoice", None):
        subj = kw.pop("subject")
    subj = kw.pop("subject", subj)
    text = letter(step, o, number, amount, due, sent, client, ckind, cur, **kw)
    return Block((o["name"], o["mail"]), [(client_name, client_mail)], sent, subj, text,
                 msgid=msgid_for("mailduns", o["mail"].split("@")[1]))


# ----------------------------------------------------------------------------------------------
# rendering per mail client
# ----------------------------------------------------------------------------------------------

def fmt_addr_plain(p):
    n, m = p
    return f"{n} <{m}>" if n else m


def fmt_addrs(lst):
    return "; ".join(fmt_addr_plain(p) for p in lst)


def text_to_html_lines(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


CSS_OUTLOOK = """<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
\t{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.EmailStyle20
\t{mso-style-type:personal-reply;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:70.85pt 2.0cm 2.0cm 2.0cm;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->"""


def mso_paras(text, lang_attr=None, color=None, size=None):
    out = []
    st = []
    if size:
        st.append(f"font-size:{size}")
    if color:
        st.append(f"color:{color}")
    style = f' style="{";".join(st)}"' if st else ""
    la = f' lang="{lang_attr}"' if lang_attr else ""
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            if line.strip():
                out.append(f'<p class="MsoNormal"><span{la}{style}>{esc(line)}<o:p></o:p></span></p>')
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


class Spec:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def out_hdr_block(b, lang, labels, datefmt, html=False, us=False):
    f_, s_, t_, c_, o_ = labels
    date_s = datefmt(b.date)
    if not html:
        lines = [f"{f_} {fmt_addr_plain(b.frm)}", f"{s_} {date_s}", f"{t_} {fmt_addrs(b.to)}"]
        if b.cc:
            lines.append(f"{c_} {fmt_addrs(b.cc)}")
        lines.append(f"{o_} {b.subject}")
        return "\n".join(lines)
    lines = [f"<b>{f_}</b> {esc(fmt_addr_plain(b.frm))}", f"<b>{s_}</b> {esc(date_s)}",
             f"<b>{t_}</b> {esc(fmt_addrs(b.to))}"]
    if b.cc:
        lines.append(f"<b>{c_}</b> {esc(fmt_addrs(b.cc))}")
    lines.append(f"<b>{o_}</b> {esc(b.subject)}")
    return "<br>\n".join(lines)


def render(spec):
    """returns (plain, html) for the spec's style"""
    st = spec.style
    lang = spec.lang
    body = spec.body.strip("\n")
    hbody = (spec.html_body or spec.body).strip("\n")
    sig = (spec.sig or "").strip("\n")
    hsig = (spec.sig_html_text or spec.sig or "").strip("\n")
    disc = (spec.disc or "").strip("\n")
    blocks = spec.blocks or []
    us = getattr(spec, "us", False)
    logo_cid = spec.logo_cid

    # -------------------------------------------------------------- Outlook family (flat quoting)
    if st in ("outlook", "owa", "mobile", "mac"):
        if st == "outlook":
            labels = HDR_LABELS[lang]
            datefmt = lambda d: fmt_outlook(d, lang, us)
        elif st == "mac":
            labels = MAC_LABELS[lang]
            datefmt = lambda d: fmt_mac(d, lang)
        else:
            labels = OWA_LABELS[lang]
            datefmt = lambda d: fmt_outlook(d, lang, us)
        # plain
        p = [body]
        if st == "mobile":
            p.append(spec.mobile_line)
        if sig:
            sp = sig
            if logo_cid and st == "outlook":
                sp = sig + f"\n[cid:{logo_cid}]"
            if getattr(spec, "banner_cid", None):
                sp += f"\n[cid:{spec.banner_cid}]<{spec.banner[1]}>"
            p.append(sp)
        if disc and spec.disc_pos == "sig":
            p.append(disc)
        plain = "\n\n".join(p) + "\n\n"
        for b in blocks:
            sep = "________________________________\n" if st in ("owa", "mobile") else ""
            if b.fwd and st == "mac":
                sep = "---------- Forwarded message ---------\n" if lang == "en" else sep
            plain += sep + out_hdr_block(b, lang, labels, datefmt) + "\n\n" + b.text.strip("\n") + "\n\n"
        if disc and spec.disc_pos == "end":
            plain += disc + "\n"
        # html
        if st == "outlook":
            bl = {"it": "IT", "es": "ES", "en": "EN-GB" if not us else "EN-US"}[lang]
            cs = spec.html_charset
            h = [f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                 f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                 f'xmlns="http://www.w3.org/TR/REC-html40">',
                 f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
                 f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">']
            if logo_cid:
                h.append(f'<!--[if !mso]><style>v\\:* {{behavior:url(#default#VML);}}</style><![endif]-->')
            h.append(CSS_OUTLOOK + "\n</head>")
            h.append(f'<body lang="{bl}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">')
            h.append(mso_paras(hbody))
            if spec.sig_html:
                h.append(spec.sig_html)
            elif hsig:
                h.append(mso_paras(hsig, color="#1F3864", size="10.0pt"))
                if logo_cid:
                    h.append(f'<p class="MsoNormal"><span style="mso-ligatures:none"><img width="180" height="60" '
                             f'style="width:1.875in;height:.625in" id="Immagine_x0020_1" src="cid:{logo_cid}" '
                             f'alt="logo"></span><o:p></o:p></p>')
            if getattr(spec, "banner_cid", None):
                alt, url = spec.banner
                h.append(f'<p class="MsoNormal"><a href="{url}"><span style="color:windowtext;text-decoration:none">'
                         f'<img border="0" width="600" height="120" style="width:6.25in;height:1.25in" '
                         f'id="Immagine_x0020_2" src="cid:{spec.banner_cid}" alt="{esc(alt)}"></span></a><o:p></o:p></p>')
            if disc and spec.disc_pos == "sig":
                h.append(mso_paras(disc, color="#7F7F7F", size="7.5pt"))
            for b in blocks:
                hb = out_hdr_block(b, lang, labels, datefmt, html=True)
                h.append('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                         f'<p class="MsoNormal"><span lang="{bl}">{hb}<o:p></o:p></span></p>\n</div>\n</div>\n'
                         '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
                h.append(b.html_text if b.html_text else mso_paras(b.text))
            h.append("</div>")
            if disc and spec.disc_pos == "end":
                h.append(f'<p style="font-family:Arial;font-size:7pt;color:#808080">{text_to_html_lines(disc)}</p>')
            h.append("</body>\n</html>")
            out = "\n".join(h).replace(">P  Rispetta", '><span style="font-size:18.0pt;font-family:Webdings;color:green">P</span>  Rispetta')
            return plain, out
        # owa / mobile / mac
        font = ("Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif" if st == "owa"
                else "Calibri, Helvetica, sans-serif")
        h = ['<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
             '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>',
             '</head>\n<body dir="ltr">']
        da = ' dir="auto"' if st == "mobile" else ""
        for para in hbody.split("\n\n"):
            for line in para.split("\n"):
                cls = ' class="elementToProof"' if st == "owa" else ""
                h.append(f'<div{cls}{da} style="font-family: {font}; font-size: 12pt; color: rgb(0, 0, 0);">{esc(line) or "<br>"}</div>')
            h.append(f'<div{da} style="font-family: {font}; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>')
        if st == "mobile":
            h.append(f'<div id="ms-outlook-mobile-signature" dir="auto">{spec.mobile_html}</div>')
        if spec.sig_html:
            h.append(f'<div id="Signature">{spec.sig_html}</div>')
        elif hsig:
            h.append('<div id="Signature"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 10pt; color: rgb(68, 84, 106);">'
                     + text_to_html_lines(hsig) + "</div>"
                     + (f'<div><img src="cid:{logo_cid}" width="160" height="48" alt="Logo"></div>' if logo_cid else "")
                     + "</div>")
        if disc and spec.disc_pos == "sig":
            h.append(f'<div style="font-size: 8pt; color: rgb(128, 128, 128);">{text_to_html_lines(disc)}</div>')
        if blocks:
            h.append('<div id="appendonsend"></div>' if st != "mac" else '<div id="mail-editor-reference-message-container">')
        for i, b in enumerate(blocks):
            hb = out_hdr_block(b, lang, labels, datefmt, html=True)
            if st == "mac":
                h.append('<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                         f'<p style="margin:0"><span style="font-size:12.0pt;color:black">{hb}</span></p></div><br>')
                h.append('<div><div class="PlainText">' + text_to_html_lines(b.text) + "</div></div>")
            else:
                h.append('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                         f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{hb}</font>'
                         '<div>&nbsp;</div>\n</div>')
                h.append('<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n<div class="PlainText">'
                         + text_to_html_lines(b.text) + "</div>\n</span></font></div>")
        if blocks and st == "mac":
            h.append("</div>")
        if disc and spec.disc_pos == "end":
            h.append(f'<div style="font-size: 8pt; color: rgb(128, 128, 128);"><br>{text_to_html_lines(disc)}</div>')
        h.append("</body>\n</html>")
        return plain, "\n".join(h)

    # -------------------------------------------------------------- Gmail
    if st == "gmail":
        p = body
        if sig:
            p += "\n\n-- \n" + sig if spec.sig_dashes else "\n\n" + sig
        if disc and spec.disc_pos == "sig":
            p += "\n\n" + disc
        h = [f'<div dir="ltr">' + "".join(
            f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in hbody.split("\n"))]
        if hsig:
            sh = spec.sig_html or text_to_html_lines(hsig)
            h.append(f'<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                     f'<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">{sh}</div></div>')
            if logo_cid:
                h.append(f'<div><img src="cid:{logo_cid}" width="200" height="58"></div>')
        if disc and spec.disc_pos == "sig":
            h.append(f'<div style="font-size:x-small;color:#888888">{text_to_html_lines(disc)}</div>')
        h.append("</div>")

        def nest_plain(bs):
            if not bs:
                return ""
            b = bs[0]
            if b.fwd:
                fw = {"it": "---------- Forwarded message ---------\nDa: {f}\nDate: {d}\nSubject: {s}\nTo: {t}",
                      "es": "---------- Forwarded message ---------\nDe: {f}\nDate: {d}\nSubject: {s}\nTo: {t}",
                      "en": "---------- Forwarded message ---------\nFrom: {f}\nDate: {d}\nSubject: {s}\nTo: {t}"}[lang]
                dd = fmt_gmail_attr(b.date, lang, "", "", us).split(" ha scritto")[0]
                head = fw.format(f=fmt_addr_plain(b.frm), d=rfc_date(b.date)[:-15].strip() + f" {b.date:%H:%M}", s=b.subject, t=fmt_addrs(b.to))
                return head + "\n\n\n" + b.text.strip("\n") + ("\n\n" + nest_plain(bs[1:]) if bs[1:] else "")
            inner = b.text.strip("\n") + ("\n\n" + nest_plain(bs[1:]) if bs[1:] else "")
            attr = fmt_gmail_attr(b.date, lang, b.frm[0], b.frm[1], us)
            attr = "\n".join(textwrap.wrap(attr, 76))
            return attr + "\n\n" + prefix_lines(inner)

        def nest_html(bs):
            if not bs:
                return ""
            b = bs[0]
            if b.fwd:
                return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                        f'From: <strong class="gmail_sendername" dir="auto">{esc(b.frm[0])}</strong> <span dir="auto">&lt;<a href="mailto:{b.frm[1]}">{b.frm[1]}</a>&gt;</span><br>'
                        f"Date: {esc(rfc_date(b.date)[:16])}<br>Subject: {esc(b.subject)}<br>To: {esc(fmt_addrs(b.to))}<br></div><br><br>"
                        f'<div dir="ltr">{text_to_html_lines(b.text)}</div>{nest_html(bs[1:])}</div>')
            attr = esc(fmt_gmail_attr(b.date, lang, b.frm[0], b.frm[1], us))
            return (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{attr}<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    f'<div>{text_to_html_lines(b.text)}</div>{nest_html(bs[1:])}</blockquote></div>')
        if blocks:
            p += "\n\n" + nest_plain(blocks)
            h.append("<br>" + nest_html(blocks))
        if disc and spec.disc_pos == "end":
            p += "\n\n" + disc
            h.append(f'<div style="font-size:x-small;color:#888888"><br>{text_to_html_lines(disc)}</div>')
        return p + "\n", "\n".join(h) + "\n"

    # -------------------------------------------------------------- Apple Mail (Mac / iPhone)
    if st in ("apple", "iphone"):
        p = body
        if sig:
            p += "\n\n" + sig
        if st == "iphone" and spec.iphone_line:
            p += "\n\n" + spec.iphone_line
        def nest_plain(bs):
            if not bs:
                return ""
            b = bs[0]
            if b.fwd:
                beg = {"it": "Inizio messaggio inoltrato:", "es": "Inicio del mensaje reenviado:",
                       "en": "Begin forwarded message:"}[lang]
                lab = {"it": ("Da", "Oggetto", "Data", "A"), "es": ("De", "Asunto", "Fecha", "Para"),
                       "en": ("From", "Subject", "Date", "To")}[lang]
                head = (f"{beg}\n\n{lab[0]}: {fmt_addr_plain(b.frm)}\n{lab[1]}: {b.subject}\n"
                        f"{lab[2]}: {fmt_apple_attr(b.date, lang, '', '').split(',', 1)[0].split(' ', 1)[1]}\n{lab[3]}: {fmt_addrs(b.to)}")
                inner = head + "\n\n" + b.text.strip("\n") + ("\n\n" + nest_plain(bs[1:]) if bs[1:] else "")
                return prefix_lines(inner) if st == "iphone" else inner
            attr = fmt_apple_attr(b.date, lang, b.frm[0], b.frm[1])
            inner = b.text.strip("\n") + ("\n\n" + nest_plain(bs[1:]) if bs[1:] else "")
            return attr + "\n\n" + prefix_lines(inner)
        def nest_html(bs):
            if not bs:
                return ""
            b = bs[0]
            attr = esc(fmt_apple_attr(b.date, lang, b.frm[0], b.frm[1]))
            if b.fwd:
                attr = {"it": "Inizio messaggio inoltrato:", "es": "Inicio del mensaje reenviado:", "en": "Begin forwarded message:"}[lang] + \
                       f"<br><br><b>From:</b> {esc(fmt_addr_plain(b.frm))}<br><b>Subject:</b> {esc(b.subject)}<br><b>To:</b> {esc(fmt_addrs(b.to))}"
            return (f'<div><br><blockquote type="cite"><div>{attr}</div><br class="Apple-interchange-newline">'
                    f'<div><div>{text_to_html_lines(b.text)}</div>{nest_html(bs[1:])}</div></blockquote></div>')
        if blocks:
            p += "\n\n" + nest_plain(blocks)
        if disc:
            p += "\n\n" + disc
        h = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
        if st == "iphone":
            h[0] = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
        dirattr = ' dir="ltr"' if st == "iphone" else ""
        h.append("".join(f'<div{dirattr}>{esc(l) if l.strip() else "<br>"}</div>' for l in hbody.split("\n")))
        if hsig:
            h.append("<div><br></div><div>" + (spec.sig_html or text_to_html_lines(hsig)) + "</div>")
            if logo_cid:
                h.append(f'<div><img apple-inline="yes" id="{rhex(8)}-{rhex(4)}" src="cid:{logo_cid}" width="150" height="45"></div>')
        if st == "iphone" and spec.iphone_line:
            h.append(f'<div dir="ltr"><br></div><div dir="ltr">{esc(spec.iphone_line)}</div>')
        h.append(nest_html(blocks))
        if disc:
            h.append(f'<div><br></div><div style="font-size: 9px; color: rgb(120, 120, 120);">{text_to_html_lines(disc)}</div>')
        h.append("</body></html>")
        return p + "\n", "\n".join(h) + "\n"

    # -------------------------------------------------------------- Thunderbird
    if st == "tb":
        def nest_plain(bs):
            if not bs:
                return ""
            b = bs[0]
            inner = b.text.strip("\n") + ("\n\n" + nest_plain(bs[1:]) if bs[1:] else "")
            return fmt_tb_attr(b.date, lang, b.frm[0]) + "\n" + prefix_lines(inner, ">")
        def prefix_tb(t):
            return "\n".join(">" + (" " + l if l and not l.startswith(">") else l) for l in t.split("\n"))
        def nest_plain2(bs):
            if not bs:
                return ""
            b = bs[0]
            inner = b.text.strip("\n") + ("\n\n" + nest_plain2(bs[1:]) if bs[1:] else "")
            return fmt_tb_attr(b.date, lang, b.frm[0]) + "\n" + prefix_tb(inner)
        qp = nest_plain2(blocks) if blocks else ""
        sigp = ("-- \n" + sig) if sig else ""
        if spec.bottom:
            p = (qp + "\n\n" if qp else "") + body + ("\n\n" + sigp if sigp else "")
        else:
            p = body + "\n\n" + (sigp + "\n\n" if sigp else "") + qp
        if disc:
            p += "\n\n" + disc
        def nest_html(bs):
            if not bs:
                return ""
            b = bs[0]
            mid = (b.msgid or "<x@y>").strip("<>")
            return (f'<div class="moz-cite-prefix">{esc(fmt_tb_attr(b.date, lang, b.frm[0]))}<br>\n</div>\n'
                    f'<blockquote type="cite" cite="mid:{mid}">\n<pre class="moz-quote-pre" wrap="">{esc(b.text)}</pre>'
                    f'{nest_html(bs[1:])}\n</blockquote>')
        bh = "".join(f"<p>{text_to_html_lines(pp)}</p>\n" for pp in hbody.split("\n\n"))
        sh = (f'<pre class="moz-signature" cols="72">-- \n{esc(hsig)}</pre>' if hsig else "")
        qh = nest_html(blocks) if blocks else ""
        h = '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
        if spec.bottom:
            h += qh + "\n" + bh + sh
        else:
            h += bh + sh + "\n" + qh
        if disc:
            h += f'<p style="font-size:8pt;color:#777">{text_to_html_lines(disc)}</p>'
        h += "\n  </body>\n</html>\n"
        return p + "\n", h

    # -------------------------------------------------------------- Lotus / HCL Notes
    if st == "notes":
        lab = {"it": ("Da:", "A:", "Cc:", "Data:", "Oggetto:"), "es": ("De:", "Para:", "Cc:", "Fecha:", "Asunto:"),
               "en": ("From:", "To:", "Cc:", "Date:", "Subject:")}[lang]
        p = body + ("\n\n" + sig if sig else "") + ("\n\n" + disc if disc else "") + "\n\n\n\n"
        for b in blocks:
            p += (f'{lab[0]}\t"{b.frm[0]}" <{b.frm[1]}>\n{lab[1]}\t{", ".join(m for _, m in b.to)}\n'
                  + (f'{lab[2]}\t{", ".join(m for _, m in b.cc)}\n' if b.cc else "")
                  + f"{lab[3]}\t{b.date:%d/%m/%Y %H:%M}\n{lab[4]}\t{b.subject}\n\n\n\n" + b.text.strip("\n") + "\n\n")
        h = []
        for line in hbody.split("\n"):
            h.append(f'<br><font size=2 face="sans-serif">{esc(line)}</font>' if line.strip() else "<br>")
        if hsig:
            h.append("<br><br>" + "".join(f'<br><font size=1 face="sans-serif" color=#004080>{esc(l)}</font>' for l in hsig.split("\n")))
        if disc:
            h.append('<br><br><font size=1 color=#808080 face="Arial">' + text_to_html_lines(disc) + "</font>")
        for b in blocks:
            rows = [(lab[0], f'"{b.frm[0]}" &lt;{b.frm[1]}&gt;'), (lab[1], esc(", ".join(m for _, m in b.to)))]
            if b.cc:
                rows.append((lab[2], esc(", ".join(m for _, m in b.cc))))
            rows += [(lab[3], f"{b.date:%d/%m/%Y %H:%M}"), (lab[4], esc(b.subject))]
            t = "\n".join(f'<tr valign=top>\n<td><font size=1 color=#5f5f5f face="sans-serif">{a}</font>\n'
                          f'<td><font size=1 face="sans-serif">{v}</font>' for a, v in rows)
            h.append(f"<br>\n<br>\n<br>\n<br>\n<table width=100%>\n{t}</table>\n<br>\n<hr noshade>\n<br>\n<br>\n<br>"
                     f"<tt><font size=2>{text_to_html_lines(b.text)}</font></tt>")
        return p, "\n".join(h) + "\n"

    # -------------------------------------------------------------- Zimbra
    if st == "zimbra":
        lab = {"it": ("Da:", "A:", "Cc:", "Inviato:", "Oggetto:", "----- Messaggio originale -----"),
               "es": ("De:", "Para:", "CC:", "Enviados:", "Asunto:", "----- Mensaje original -----"),
               "en": ("From:", "To:", "Cc:", "Sent:", "Subject:", "----- Original Message -----")}[lang]
        p = body + ("\n\n" + sig if sig else "") + "\n\n"
        for b in blocks:
            p += (f"{lab[5]}\n{lab[0]} \"{b.frm[0]}\" <{b.frm[1]}>\n{lab[1]} {fmt_addrs(b.to)}\n"
                  + (f"{lab[2]} {fmt_addrs(b.cc)}\n" if b.cc else "")
                  + f"{lab[3]} {fmt_zimbra(b.date, lang)}\n{lab[4]} {b.subject}\n\n" + b.text.strip("\n") + "\n\n")
        if disc:
            p += disc + "\n"
        h = ['<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">']
        bogus = '<br data-mce-bogus="1">'
        h.append("".join(f"<div>{esc(l) if l.strip() else bogus}</div>" for l in hbody.split("\n")))
        if hsig:
            h.append(f'<div><br></div><div data-marker="__SIG_PRE__">{spec.sig_html or text_to_html_lines(hsig)}</div>')
        for b in blocks:
            hb = (f"<b>{lab[0]} </b>\"{esc(b.frm[0])}\" &lt;{b.frm[1]}&gt;<br><b>{lab[1]} </b>{esc(fmt_addrs(b.to))}<br>"
                  + (f"<b>{lab[2]} </b>{esc(fmt_addrs(b.cc))}<br>" if b.cc else "")
                  + f"<b>{lab[3]} </b>{esc(fmt_zimbra(b.date, lang))}<br><b>{lab[4]} </b>{esc(b.subject)}<br>")
            h.append('<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">'
                     '<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;color:#000;'
                     f'font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">{hb}</blockquote></div>'
                     '<div data-marker="__QUOTED_TEXT__"><blockquote style="border-left:2px solid #1010FF;margin-left:5px;'
                     f'padding-left:5px;color:#000;font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">'
                     f"{text_to_html_lines(b.text)}</blockquote></div>")
        if disc:
            h.append(f'<div><br></div><div style="font-size: 8pt; color: #666666;">{text_to_html_lines(disc)}</div>')
        h.append("</div></body></html>")
        return p, "".join(h) + "\n"
    raise ValueError(st)


# ----------------------------------------------------------------------------------------------
# assembling a client's message
# ----------------------------------------------------------------------------------------------

MESSAGES = []   # (filename, bytes, labels)

DEFAULT_PREFIX = {
    ("outlook", "it"): "R:", ("outlook", "es"): "RE:", ("outlook", "en"): "RE:",
    ("owa", "it"): "R:", ("owa", "es"): "RE:", ("owa", "en"): "RE:",
    ("mobile", "it"): "Re:", ("mobile", "es"): "Re:", ("mobile", "en"): "Re:",
    ("mac", "it"): "Re:", ("mac", "es"): "Re:", ("mac", "en"): "Re:",
    ("notes", "it"): "Re:", ("notes", "es"): "Re:", ("notes", "en"): "Re:",
    ("zimbra", "it"): "R:", ("zimbra", "es"): "RE:", ("zimbra", "en"): "Re:",
}
FWD_PREFIX = {("outlook", "it"): "I:", ("outlook", "es"): "RV:", ("outlook", "en"): "FW:",
              ("owa", "it"): "I:", ("owa", "es"): "RV:", ("owa", "en"): "FW:"}


def cp1252_ok(*texts):
    try:
        for t in texts:
            if t:
                t.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def latin1_ok(*texts):
    return all(ord(c) < 256 for t in texts if t for c in t)


def thread_index():
    return base64.b64encode(bytes(R.randrange(256) for _ in range(22))).decode()


def guid():
    return f"{rhex(8, '0123456789abcdef')}-{rhex(4, '0123456789abcdef')}-{rhex(4, '0123456789abcdef')}-{rhex(4, '0123456789abcdef')}-{rhex(12, '0123456789abcdef')}"


def M(kind, lang, style, frm, body, owner, date, tz, blocks=(), **kw):
    o = OWNERS[owner]
    s = Spec(kind=kind, lang=lang, style=style, frm=frm, body=body, owner=o, blocks=list(blocks),
             html_body=None, sig=None, sig_html=None, sig_html_text=None, disc=None, disc_pos="sig",
             logo_cid=None, bottom=False, us=False, sig_dashes=True, iphone_line=None, mobile_line=None,
             mobile_html=None, html_charset=None)
    s.__dict__.update(kw)
    d = parse_when(date, tz)
    blocks = s.blocks
    # ------------------------------------------------------------------ defaults per client
    if style == "mobile":
        osn = kw.get("os", "ios")
        link = "https://aka.ms/o0ukef" if osn == "ios" else "https://aka.ms/AAb9ysg"
        osname = "iOS" if osn == "ios" else "Android"
        txt = {"it": f"Scarica Outlook per {osname}", "es": f"Obtener Outlook para {osname}",
               "en": f"Get Outlook for {osname}"}[lang]
        s.mobile_line = s.mobile_line or f"{txt}<{link}>"
        word = txt.rsplit(" ", 3)
        s.mobile_html = s.mobile_html or {
            "it": f'Scarica <a href="{link}">Outlook per {osname}</a>',
            "es": f'Obtener <a href="{link}">Outlook para {osname}</a>',
            "en": f'Get <a href="{link}">Outlook for {osname}</a>'}[lang]
    if style == "iphone" and s.iphone_line is None:
        s.iphone_line = {"it": "Inviato da iPhone", "es": "Enviado desde mi iPhone", "en": "Sent from my iPhone"}[lang]
    if kw.get("logo"):
        if style in ("outlook",):
            s.logo_cid = f"image001.png@01DB{rhex(4)}.{rhex(8)}"
        elif style in ("owa", "mobile", "mac"):
            s.logo_cid = f"{guid()}"
        elif style == "gmail":
            s.logo_cid = f"ii_{ralnum(16).lower()}"
        else:
            s.logo_cid = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@{frm[1].split('@')[1]}"
    s.banner_cid = None
    if kw.get("banner") and style == "outlook":
        s.banner_cid = f"image002.jpg@01DB{rhex(4)}.{rhex(8)}"
    texts_all = [s.body, s.html_body or "", s.sig or "", s.disc or ""] + [b.text for b in blocks]
    if s.html_charset is None:
        s.html_charset = "iso-8859-1" if (style == "outlook" and cp1252_ok(*texts_all)) else "utf-8"
    plain_cs = kw.get("charset", s.html_charset if style == "outlook" else
                      ("iso-8859-1" if style == "notes" and latin1_ok(*texts_all) else "utf-8"))
    plain_cte = kw.get("cte", {"tb": "8bit", "zimbra": "7bit", "mobile": "base64"}.get(style, "quoted-printable"))
    if plain_cte == "7bit" and not all(ord(c) < 128 for t in texts_all for c in t):
        plain_cte = "quoted-printable"
    html_cte = kw.get("html_cte", {"tb": "8bit", "mobile": "base64"}.get(style, "quoted-printable"))

    plain, htm = render(s)
    if style == "outlook" and s.html_charset != "utf-8":
        pass

    # ------------------------------------------------------------------ MIME tree
    dom = frm[1].split("@")[1]
    bnd_base = {
        "outlook": lambda tag: f"_{tag}_{rhex(60 - 10) if False else rhex(40)}{dom.split('.')[0][:4]}_",
        "owa": lambda tag: f"_{tag}_{R.choice(['AM9PR03MB', 'DB8PR06MB', 'PA4PR08MB'])}{rhex(32)}_",
        "mobile": lambda tag: f"_{tag}_{R.choice(['AS8PR04MB', 'DU0PR10MB'])}{rhex(32)}_",
        "mac": lambda tag: f"_{tag}_{R.choice(['GV1PR07MB', 'VI1PR02MB'])}{rhex(32)}_",
        "gmail": lambda tag: "0000000000" + rhex(16, "0123456789abcdef"),
        "apple": lambda tag: f"Apple-Mail={rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}",
        "iphone": lambda tag: f"Apple-Mail-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}",
        "tb": lambda tag: "------------" + ralnum(24),
        "notes": lambda tag: f"=_{tag} {rhex(16)}_=",
        "zimbra": lambda tag: f"=_{guid()}",
    }[style]
    tags = iter(["000", "004", "005", "006", "007"]) if style in ("outlook", "owa", "mobile", "mac") else \
        iter(["alternative", "related", "mixed", "x", "y"])
    fl = "; format=flowed" if style == "tb" else ("; format=flowed; delsp=yes" if style == "iphone" and kw.get("flowed") else "")
    plain_part = text_part("plain", plain, plain_cs, plain_cte, params=fl)
    html_part = text_part("html", htm, s.html_charset, html_cte)
    if kw.get("html_only"):
        core = html_part
    elif kw.get("plain_only"):
        core = plain_part
    else:
        core = None
    images = []
    if s.logo_cid:
        logo_name = {"outlook": "image001.png"}.get(style, "logo.png")
        images.append(bin_part("image/png", fake_png(seed=len(MESSAGES)), logo_name, "inline", s.logo_cid,
                               extra=[f'Content-Description: {logo_name}'] if style in ("outlook", "owa") else []))
    if s.banner_cid:
        images.append(bin_part("image/jpeg", fake_jpg(seed=len(MESSAGES)), "image002.jpg", "inline", s.banner_cid,
                               extra=["Content-Description: image002.jpg"]))
    for (ct, fn, data, cid) in kw.get("inline_imgs", []):
        images.append(bin_part(ct, data, fn, "inline", cid))
    if core is None:
        if images and style == "apple":
            rel = multi("related", [html_part] + images, bnd_base(next(tags)), params=' type="text/html";')
            core = multi("alternative", [plain_part, rel], bnd_base(next(tags)))
        else:
            core = multi("alternative", [plain_part, html_part], bnd_base(next(tags)))
            if images:
                core = multi("related", [core] + images, bnd_base(next(tags)), params=' type="multipart/alternative";')
    elif images:
        core = multi("related", [core] + images, bnd_base(next(tags)), params=' type="text/html";')
    atts = kw.get("attach", [])
    if atts:
        parts = [core]
        for ct, fn, data in atts:
            parts.append(bin_part(ct, data, fn))
        core = multi("mixed", parts, bnd_base(next(tags)))

    # ------------------------------------------------------------------ headers
    fwd = kw.get("fwd", False)
    first = blocks[0] if blocks else None
    if "subj" in kw:
        subject = kw["subj"]
    else:
        pfx = kw.get("prefix") or (FWD_PREFIX.get((style, lang), "Fwd:") if fwd else DEFAULT_PREFIX.get((style, lang), "Re:"))
        subject = f"{pfx} {first.subject}" if first else "(nessun oggetto)"
    to = kw.get("to") or [(o["name"], o["mail"])]
    cc = kw.get("cc", [])
    hcs = "iso-8859-1" if s.html_charset == "iso-8859-1" else "utf-8"
    henc = "Q" if style in ("outlook", "notes", "zimbra", "tb") else "B" if style in ("apple", "iphone", "gmail") else "Q"
    msgid = kw.get("msgid") or msgid_for(
        {"outlook": "outlook" if kw.get("exch", True) else "outlook-smtp"}.get(style, style), dom)
    in_reply = None
    refs = []
    if first is not None and not fwd and first.msgid:
        in_reply = first.msgid
        refs = [b.msgid for b in reversed(blocks) if b.msgid and b.frm[1] == o["mail"]]
        if kw.get("orig_msgid"):
            refs.insert(0, kw["orig_msgid"])
        if in_reply not in refs:
            refs.append(in_reply)
    if kw.get("in_reply_to"):
        in_reply = kw["in_reply_to"]
        refs = [in_reply]
    utc = kw.get("utc", style in ("owa", "mobile"))
    date_h = rfc_date(d, utc=utc)
    H = []
    fromh = addr(frm[0], frm[1], hcs, henc)
    toh = ", ".join(addr(n, m, hcs, henc) for n, m in to)
    cch = ", ".join(addr(n, m, hcs, henc) for n, m in cc)
    subh = hdr_text(subject, hcs, henc)
    topic = subject
    for p_ in ("R: ", "RE: ", "Re: ", "I: ", "FW: ", "RV: ", "AW: ", "Rif: ", "R: R: ", "Fwd: "):
        if topic.startswith(p_):
            topic = topic[len(p_):]
    if style in ("outlook", "owa", "mobile", "mac"):
        H += [f"From: {fromh}", f"To: {toh}"]
        if cc:
            H.append(f"CC: {cch}")
        H += [f"Subject: {subh}"]
        if kw.get("exch", True) or style != "outlook":
            H += [f"Thread-Topic: {hdr_text(topic, hcs, henc)}", f"Thread-Index: {thread_index()}"]
        else:
            H += [f"Thread-Index: {thread_index()}"]
        H += [f"Date: {date_h}", f"Message-ID: {msgid}"]
        if refs:
            H.append("References: " + "\n ".join(refs))
        if in_reply:
            H.append(f"In-Reply-To: {in_reply}")
        if kw.get("exch", True) or style != "outlook":
            cl = {"it": "it-IT", "es": "es-ES", "en": "en-GB" if not s.us else "en-US"}[lang]
            H += [f"Accept-Language: {cl}, en-US", f"Content-Language: {cl}",
                  f"X-MS-Has-Attach: {'yes' if atts else ''}", "X-MS-TNEF-Correlator:",
                  f"X-MS-Exchange-Organization-SCL: -1",
                  f"x-ms-publictraffictype: Email",
                  f"X-MS-Office365-Filtering-Correlation-Id: {guid()}",
                  f"x-ms-exchange-antispam-relay: 0"]
            if style == "mobile":
                H.append("x-ms-reactions: allow")
            if style == "mac":
                H.append("user-agent: Microsoft-MacOutlook/16.92.24120731")
            if kw.get("msip"):
                H.append(f"msip_labels: MSIP_Label_{guid()}_Enabled=True;MSIP_Label_{guid()[:8]}_Name=General")
        else:
            H += ["X-Mailer: Microsoft Outlook 16.0", f"Content-Language: {'it' if lang == 'it' else 'es' if lang == 'es' else 'en-ie'}"]
        H.append("MIME-Version: 1.0")
    elif style == "gmail":
        H += ["MIME-Version: 1.0"]
        if refs:
            H.append("References: " + " ".join(refs))
        if in_reply:
            H.append(f"In-Reply-To: {in_reply}")
        H += [f"From: {fromh}", f"Date: {date_h}", f"Message-ID: {msgid}", f"Subject: {subh}", f"To: {toh}"]
        if cc:
            H.append(f"Cc: {cch}")
    elif style in ("apple", "iphone"):
        H += [f"From: {fromh}"]
        if style == "apple":
            H.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")
        else:
            H.append("Mime-Version: 1.0 (1.0)")
        H += [f"Subject: {subh}", f"Date: {date_h}"]
        if cc:
            H.append(f"Cc: {cch}")
        H += [f"Message-Id: {msgid}"]
        if refs:
            H.append("References: " + " ".join(refs))
        if in_reply:
            H.append(f"In-Reply-To: {in_reply}")
        H += [f"To: {toh}",
              "X-Mailer: Apple Mail (2.3826.300.87.4.3)" if style == "apple" else "X-Mailer: iPhone Mail (22C152)"]
    elif style == "tb":
        H += [f"Message-ID: {msgid}", f"Date: {date_h}", "MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird", f"Subject: {subh}", f"To: {toh}"]
        if cc:
            H.append(f"Cc: {cch}")
        if refs:
            H.append("References: " + " ".join(refs))
        H += [f"Content-Language: {'it' if lang == 'it' else 'es-ES' if lang == 'es' else 'en-GB'}", f"From: {fromh}"]
        if in_reply:
            H.append(f"In-Reply-To: {in_reply}")
    elif style == "notes":
        H += ["MIME-Version: 1.0"]
        if in_reply:
            H.append(f"In-Reply-To: {in_reply}")
        if refs:
            H.append("References: " + " ".join(refs))
        H += [f"To: {toh}"]
        if cc:
            H.append(f"Cc: {cch}")
        H += [f"From: {fromh}", f"Subject: {subh}", f"Date: {date_h}", f"Message-ID: {msgid}",
              f"X-KeepSent: {rhex(8)}:{rhex(8)}-C1258B{rhex(2)}:{rhex(8)}; type=4; name=$KeepSent",
              "X-Mailer: HCL Notes Release 12.0.2 November 03, 2022",
              f"X-MIMETrack: Serialize by Router on {kw.get('notes_srv', 'SRVMAIL01/' + dom.split('.')[0].upper())}(Release 12.0.2FP2|May 16, 2023) at\n {d:%d/%m/%Y %H:%M:%S}"]
    elif style == "zimbra":
        H += [f"Date: {date_h}", f"From: {fromh}", f"To: {toh}"]
        if cc:
            H.append(f"Cc: {cch}")
        H += [f"Message-ID: {msgid}"]
        if in_reply:
            H.append(f"In-Reply-To: {in_reply}")
        if refs:
            H.append("References: " + " ".join(refs))
        H += [f"Subject: {subh}", "MIME-Version: 1.0",
              f"X-Originating-IP: [{R.randint(10, 192)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}]",
              "X-Mailer: Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4611)",
              f"Thread-Topic: {hdr_text(topic, 'utf-8', 'Q')}", f"Thread-Index: {rhex(20, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}"]
    for k, v in kw.get("headers", []):
        H.append(f"{k}: {v}")
    raw = ("\n".join(H) + "\n").encode("ascii") + core.bytes() + b"\n"
    n = len(MESSAGES) + 1
    fname = f"{PREFIX}-{n:04d}.eml"
    lab = {"kind": kind, "language": lang, "split": "dev"}
    lab.update(kw.get("lab", {}))
    lab["note"] = kw["note"]
    MESSAGES.append((fname, raw, lab))
    return fname


def add_raw(raw_text, kind, lang, note, **lab):
    n = len(MESSAGES) + 1
    fname = f"{PREFIX}-{n:04d}.eml"
    data = raw_text if isinstance(raw_text, bytes) else raw_text.encode("utf-8")
    d = {"kind": kind, "language": lang, "split": "dev"}
    d.update(lab)
    d["note"] = note
    MESSAGES.append((fname, data, d))
    return fname


def D(s, tz):
    """datetime helper for quoted blocks"""
    return parse_when(s, tz)


def d_(s):
    return dt.date.fromisoformat(s)


def toml_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{s}"'


def main():
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    order = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
             "failed_recipient", "permanent", "note"]
    out = ["# round9-outlook: client replies inside corporate mail-client MIME (Outlook desktop/OWA/mobile/Mac,",
           "# Gmail, Apple Mail, Thunderbird, HCL Notes, Zimbra) plus Exchange auto-replies and NDRs.", ""]
    for fname, raw, lab in MESSAGES:
        (HERE / fname).write_bytes(raw)
        out.append(f'[files."{fname}"]')
        for k in order:
            if k in lab:
                out.append(f"{k} = {toml_str(lab[k])}")
        out.append("")
    (HERE / "labels.toml").write_text("\n".join(out), encoding="utf-8")
    # sanity check
    bad = 0
    for fname, _, _ in MESSAGES:
        m = email.message_from_bytes((HERE / fname).read_bytes(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not m[h]:
                print("MISSING", h, fname)
                bad += 1
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
    import tomllib
    t = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))
    assert len(t["files"]) == len(MESSAGES)
    from collections import Counter
    print(len(MESSAGES), "messages;", "problems:", bad)
    print(Counter(l["kind"] for _, _, l in MESSAGES))
    print(Counter(l["language"] for _, _, l in MESSAGES))


def rb(owner, step, number, amount, due, sent, cname, cmail, client="", ckind="", **kw):
    o = OWNERS[owner]
    return reminder_block(o, step, number, amount, d_(due), D(sent, o["tz"]), cname, cmail, client, ckind, **kw)


def inv_block(owner, number, sent, cname, cmail, text, subject=None):
    o = OWNERS[owner]
    subj = subject or {"it": f"Fattura n. {number}", "es": f"Factura {number}", "en": f"Invoice {number}"}[o["lang"]]
    return Block((o["name"], o["mail"]), [(cname, cmail)], D(sent, o["tz"]), subj, text,
                 msgid=msgid_for("apple" if owner in ("marco", "tom") else "tb", o["mail"].split("@")[1]))


PDF = "application/pdf"


# ==============================================================================================
# signatures and disclaimers (hand-written)
# ==============================================================================================

DISC_IT_GDPR = """Le informazioni contenute in questa comunicazione e negli eventuali allegati sono riservate e destinate esclusivamente alla persona o all'ente sopra indicati. È vietato a soggetti diversi dai destinatari qualsiasi uso, copia, diffusione di quanto in esso contenuto ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003. Se questa comunicazione Vi è pervenuta per errore, Vi preghiamo di darne immediata notizia al mittente e di distruggere il messaggio."""

DISC_IT_SHORT = """AVVISO DI RISERVATEZZA: questo messaggio e i suoi allegati sono destinati unicamente alle persone indicate. Se avete ricevuto il messaggio per errore vi preghiamo di avvisare il mittente e cancellarlo. Informativa privacy: www.sigmalogistica.it/privacy"""

ENV_IT = "P  Rispetta l'ambiente: stampa questa e-mail solo se necessario."

DISC_ES_LOPD = """Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de GRUPO LEVANTE LOGÍSTICA, S.L. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía.
De acuerdo con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos forman parte de un fichero cuyo responsable es GRUPO LEVANTE LOGÍSTICA, S.L., con la finalidad de mantener la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición dirigiéndose a C/ Colón 18, 3.º B, 46004 Valencia o a lopd@levantelogistica.es."""

DISC_ES_SHORT = """AVISO LEGAL: La información contenida en este correo electrónico es confidencial. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Antes de imprimir este correo, piense si es necesario hacerlo: el medio ambiente es cosa de todos."""

DISC_EN = """This email and any attachments are confidential and may be legally privileged. They are intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error, please notify the sender immediately and delete it from your system. Any views or opinions expressed are solely those of the author and do not necessarily represent those of the company. Harlow & Finch Ltd is registered in England and Wales No. 04567890. Registered office: 12 Harbour Street, Bristol BS1 4QA. VAT No. GB 123 4567 89."""

ENV_EN = "Please consider the environment before printing this email."


# ==============================================================================================
# ITALIAN
# ==============================================================================================

# --- paid --------------------------------------------------------------------------------------
M("client-reply-paid", "it", "outlook", ("Giorgio Benedetti", "g.benedetti@tecnoprogetti.it"),
  """Buongiorno Dott.ssa Rossi,

il bonifico è stato disposto ieri con valuta 11/12. In allegato la contabile.

Cordiali saluti""", "ale", "2026-12-10 11:42", "Europe/Rome",
  [rb("ale", "reminder", "31/2026", 1220.00, "2026-11-30", "2026-12-07 08:30", "Giorgio Benedetti",
      "g.benedetti@tecnoprogetti.it", "Tecnoprogetti S.r.l.", "company")],
  sig="""Giorgio Benedetti
Ufficio Amministrazione e Contabilità
TECNOPROGETTI S.r.l.
Via dell'Industria, 42 – 36100 Vicenza (VI)
Tel. +39 0444 512 300 – Fax +39 0444 512 399
www.tecnoprogetti.it<http://www.tecnoprogetti.it/>
P.IVA e C.F. 03456780241 – Cap. Soc. € 100.000,00 i.v. – REA VI-331245""",
  disc=DISC_IT_GDPR, disc_pos="end", logo=True,
  attach=[(PDF, "Contabile_bonifico_09122026.pdf", fake_pdf(["CONTABILE BONIFICO SEPA", "Ordinante TECNOPROGETTI SRL", "Beneficiario ROSSI ALESSANDRA", "Importo EUR 1.220,00", "Data esecuzione 09/12/2026"]))],
  note="Outlook desktop, HTML in iso-8859-1 with cp1252 bytes (€ and en dash) QP; short 'bonifico disposto ieri' + PDF contabile. "
       "Signature has Cap. Soc. € 100.000,00, phone numbers, REA and P.IVA: none are facts. Disclaimer appended after the quote.")

M("client-reply-paid", "it", "owa", ("Chiara Fontana", "chiara.fontana@studiolumen.it"),
  """Ciao Alessandra,

ti giro qui sotto la risposta della nostra amministrazione. Fammi sapere se non ti risulta!

Chiara""", "ale", "2026-12-04 10:05", "Europe/Rome",
  [Block(("Paolo Ghezzi", "p.ghezzi@studiolumen.it"), [("Chiara Fontana", "chiara.fontana@studiolumen.it")],
         D("2026-12-04 09:51", "Europe/Rome"), "R: I: Sollecito di pagamento – fattura n. 27/2026",
         """Chiara, la fattura della Rossi è stata pagata il 3/12 insieme alle altre di novembre. Se serve la contabile chiedi a Lorena.

Paolo

Paolo Ghezzi
Amministrazione | Studio Lumen S.r.l.""", msgid=msgid_for("owa", "studiolumen.it")),
   Block(("Chiara Fontana", "chiara.fontana@studiolumen.it"), [("Paolo Ghezzi", "p.ghezzi@studiolumen.it")],
         D("2026-12-04 09:12", "Europe/Rome"), "I: Sollecito di pagamento – fattura n. 27/2026",
         "Paolo, questa l'abbiamo pagata? Grazie\nC.", msgid=msgid_for("owa", "studiolumen.it")),
   rb("ale", "reminder", "27/2026", 854.00, "2026-11-20", "2026-12-04 08:30", "Chiara Fontana",
      "chiara.fontana@studiolumen.it", "Chiara Fontana", "person")],
  fwd=True, subj="I: R: I: Sollecito di pagamento – fattura n. 27/2026",
  sig="Chiara Fontana\nProject Manager\nStudio Lumen S.r.l. | Corso Vittorio Emanuele II, 96 – 10121 Torino\n+39 011 562 7781",
  note="OWA forward (I: R: I:) of an internal chain: the real answer is the colleague's 'è stata pagata il 3/12'. "
       "Outer text only asks to be told if it did not arrive. Paid.")

M("client-reply-paid", "it", "gmail", ("Luca Ferraris", "luca.ferraris.ing@gmail.com"),
  "fatto ieri sera dall'home banking, scusa il ritardo!! 🙏", "ale", "2026-11-17 22:48", "Europe/Rome",
  [rb("ale", "due", "23/2026", 488.00, "2026-11-15", "2026-11-16 08:30", "Luca Ferraris",
      "luca.ferraris.ing@gmail.com", "Luca Ferraris", "person")],
  sig="Ing. Luca Ferraris\nStudio tecnico – Via Roma 118, 12100 Cuneo\ncell. 347 123 4567",
  note="Gmail one-liner with emoji and no payment verb beyond 'fatto'; gmail_quote of the due-date reminder.")

M("client-reply-paid", "it", "iphone", ("Federica Longo", "federica.longo@icloud.com"),
  "Pagata stamattina, € 610,00.\nUn saluto\nFederica", "marco", "2026-11-30 09:05", "Europe/Rome",
  [rb("marco", "due", "22/2026", 610.00, "2026-11-28", "2026-11-30 08:00", "Federica Longo",
      "federica.longo@icloud.com", "Federica Longo", "person")],
  lab={"amount": "610.00"},
  note="iPhone Mail, Apple '> ' quoting and blockquote type=cite; amount stated by the client herself.")

M("client-reply-paid", "it", "notes", ("Contabilita Fornitori", "contabilita.fornitori@manifatturesigma.it"),
  """Gentile Dott.ssa Rossi,

Le comunichiamo che la fattura n. 18/2026 è stata messa in pagamento con il flusso SEPA del 30/11/2026, valuta beneficiario 02/12/2026.

Distinti saluti""", "ale", "2026-12-02 10:11", "Europe/Rome",
  [rb("ale", "reminder", "18/2026", 3172.00, "2026-11-15", "2026-12-01 08:30", "Manifatture Sigma S.p.A.",
      "contabilita.fornitori@manifatturesigma.it", "Manifatture Sigma S.p.A.", "company")],
  sig="""Ufficio Contabilità Fornitori
Manifatture Sigma S.p.A. - Direzione Amministrazione Finanza e Controllo
Viale Europa 27/B - 20871 Vimercate (MB)
Tel. 039 6081 1 - Numero verde fornitori 800 123 456
Sede legale: Milano - Cap. soc. Euro 12.500.000 i.v. - Registro Imprese Milano Monza Brianza Lodi n. 01234560156""",
  disc=DISC_IT_SHORT.replace("sigmalogistica", "manifatturesigma"),
  lab={"reference": "18/2026"},
  note="HCL Notes reply (font-size HTML, Da:/A:/Data:/Oggetto: table). 'messa in pagamento con il flusso del 30/11' is past "
       "(message of 2/12) with value date today: paid. Numbers in the signature (Cap. soc., Registro Imprese, 800 number) are not facts.")

M("client-reply-paid", "it", "zimbra", ("Tiziana Mancini", "tiziana@studiomancini-commercialisti.it"),
  """Gentile dott.ssa Rossi,

scrivo in qualità di consulente contabile della ditta individuale Ferretti Luigi, che mi ha girato il Suo sollecito.
Le confermo che in data odierna abbiamo disposto il saldo della Sua fattura 33/2026 per € 1.464,00 (bonifico ordinario da Banca di Cividale).

Per il futuro, Le chiedo di mettere in copia anche questo indirizzo per le comunicazioni amministrative.

Cordiali saluti""", "ale", "2026-12-15 16:37", "Europe/Rome",
  [Block(("Luigi Ferretti", "ferretti.luigi@tin.it"), [("Tiziana Mancini", "tiziana@studiomancini-commercialisti.it")],
         D("2026-12-15 12:02", "Europe/Rome"), "I: Sollecito di pagamento – fattura n. 33/2026",
         "Tiziana ci pensi tu? grazie\nLuigi", msgid=msgid_for("tb", "tin.it")),
   rb("ale", "reminder", "33/2026", 1464.00, "2026-11-30", "2026-12-14 08:30", "Luigi Ferretti",
      "ferretti.luigi@tin.it", "Luigi Ferretti", "person")],
  subj="R: I: Sollecito di pagamento – fattura n. 33/2026", cc=[("Luigi Ferretti", "ferretti.luigi@tin.it")],
  sig="Rag. Tiziana Mancini\nStudio Associato Mancini – Commercialisti e Revisori\nPiazza Libertà 7 – 33100 Udine\ntel. 0432 501 233",
  lab={"amount": "1464.00", "reference": "33/2026"},
  note="Zimbra web client; the client's accountant answers after the client forwarded the reminder to her. Paid today, amount and number in her own text.")

M("client-reply-paid", "it", "outlook", ("Monica Santoro", "m.santoro@graficheadriatiche.it"),
  """Buongiorno Alessandra,

tutto a posto: il pagamento è partito con la distinta di venerdì, dovresti vederlo in questi giorni.

Buon inizio settimana
Monica""", "ale", "2026-12-14 09:20", "Europe/Rome",
  [rb("ale", "due", "35/2026", 915.00, "2026-12-10", "2026-12-11 08:30", "Grafiche Adriatiche S.r.l.",
      "m.santoro@graficheadriatiche.it", "Grafiche Adriatiche S.r.l.", "company")],
  html_only=True,
  sig="Monica Santoro\nUfficio Acquisti – Grafiche Adriatiche S.r.l.\nZona Industriale Basso Marino – 63100 Ascoli Piceno\nTel. 0736 403 221",
  note="Outlook HTML-only (no text/plain). 'partito con la distinta di venerdì' is past (message is a Monday): paid, not a promise for Friday.")

M("client-reply-paid", "it", "outlook", ("Amministrazione Hotel Villa Serena", "amministrazione@villaserena-lago.it"),
  """Pagato il 4/12, CRO 0306912345678901.
Saluti""", "marco", "2026-12-07 15:26", "Europe/Rome",
  [rb("marco", "reminder", "38/2026", 1830.00, "2026-11-25", "2026-12-07 08:00", "Hotel Villa Serena",
      "amministrazione@villaserena-lago.it", "Hotel Villa Serena S.a.s.", "company")],
  html_body="""Salve,
risulta pagato in data 04/12 (CRO 0306912345678901).
Cordialità""", exch=False,
  sig="Hotel Villa Serena ★★★★\nVia Lungolago 14 – 22017 Menaggio (CO)\nT. +39 0344 32 110",
  note="Outlook via SMTP (X-Mailer, no Exchange headers); text/plain and HTML alternative word the same fact differently. CRO is a bank reference, not an amount.")

M("client-reply-paid", "it", "tb", ("Enrico Valli", "tesoriere@associazioneilmulino.it"),
  """Buonasera,
il pagamento è stato effettuato il 12 gennaio tramite la nostra banca (BCC di Roma), dovrebbe esserle già arrivato.

Cordialmente""", "ale", "2027-01-14 19:40", "Europe/Rome",
  [rb("ale", "reminder", "41/2026", 700.00, "2026-12-31", "2027-01-14 08:30", "Enrico Valli",
      "tesoriere@associazioneilmulino.it", "Enrico Valli", "person")],
  bottom=True, sig="Enrico Valli\nTesoriere – Associazione Culturale Il Mulino APS\nC.F. 97123450581",
  note="Thunderbird bottom-posting: the whole quoted reminder comes first, the answer is below it, then a '-- ' signature with a fiscal code.")

M("client-reply-paid", "it", "mobile", ("Davide Conti", "davide.conti@contiedilizia.it"),
  "Ciao Ale, fatto adesso il bonifico istantaneo 👍 dovrebbe essere già lì", "ale", "2027-01-22 18:03", "Europe/Rome",
  [rb("ale", "reminder", "1/2027", 366.00, "2027-01-15", "2027-01-22 08:30", "Davide Conti",
      "davide.conti@contiedilizia.it", "Davide Conti", "person")],
  os="android",
  note="Outlook for Android: one line + 'Scarica Outlook per Android' + underscore separator with the reminder.")

M("client-reply-paid", "it", "mac", ("Sara Galli", "sara.galli@galliarchitetti.it"),
  """Ciao Alessandra,
ecco qui la conferma della banca per la fattura di novembre.
A presto,
Sara""", "ale", "2026-12-15 17:44", "Europe/Rome",
  [Block(("UniCredit", "notifiche@unicredit.it"), [("STUDIO GALLI ARCHITETTI", "sara.galli@galliarchitetti.it")],
         D("2026-12-15 17:30", "Europe/Rome"), "Esito disposizione bonifico SEPA",
         """Gentile Cliente,
La informiamo che il bonifico SEPA da Lei disposto in data 15/12/2026 è stato eseguito.

Ordinante: STUDIO GALLI ARCHITETTI ASSOCIATI
Beneficiario: ROSSI ALESSANDRA
IBAN beneficiario: IT60X0542811101000000123456
Importo: EUR 2.318,00
Causale: SALDO FT 39/2026
TRN: 0306912345TRN00000000012
Data esecuzione: 15/12/2026

Cordiali saluti
UniCredit S.p.A.

Questa è una comunicazione automatica, si prega di non rispondere.""", fwd=True, msgid=None)],
  fwd=True, subj="I: Esito disposizione bonifico SEPA",
  lab={"amount": "2318.00", "reference": "39/2026"},
  note="Outlook for Mac forward (no In-Reply-To): the client forwards her bank's execution notice as proof. The forwarded receipt, "
       "not a quoted reminder, states EUR 2.318,00 and FT 39/2026.")

M("client-reply-paid", "it", "gmail", ("Elisa Marchetti", "elisa@silovoglioeventi.it"),
  """Ciao Marco!!

saldato tutto ieri, sia la 40 che la 41 😊 scusa il ritardo ma con i matrimoni di dicembre siamo impazzite.
Le foto del matrimonio Bianchi-Longo sono piaciute un sacco alla sposa, ti scriverà lei per l'album.

Un abbraccio
Elisa""", "marco", "2027-01-08 11:15", "Europe/Rome",
  [rb("marco", "reminder", "40/2026", 1200.00, "2026-12-20", "2027-01-07 08:00", "Sì, lo voglio! Eventi",
      "elisa@silovoglioeventi.it", "Sì, lo voglio! Eventi di Elisa Marchetti", "company")],
  sig="Elisa Marchetti\nWedding & Event Planner\nSì, lo voglio! Eventi\nwww.silovoglioeventi.it · IG @silovoglio.eventi\n+39 338 765 4321",
  logo=True, lab={"reference": "40/2026"},
  note="Gmail with inline logo (multipart/related); paid two invoices in one go ('sia la 40 che la 41', the thread is about 40/2026), chat about the album.")

# --- promise -----------------------------------------------------------------------------------
M("client-reply-promise", "it", "outlook", ("Roberta Bonetti", "amministrazione@ferramentabonetti.it"),
  """Buongiorno,
la fattura è in pagamento con la distinta del 15 dicembre.
Cordiali saluti
Roberta Bonetti""", "ale", "2026-12-03 16:10", "Europe/Rome",
  [rb("ale", "reminder", "29/2026", 396.50, "2026-11-25", "2026-12-02 08:30", "Ferramenta Bonetti",
      "amministrazione@ferramentabonetti.it", "Ferramenta Bonetti s.n.c.", "company")],
  exch=False, sig="FERRAMENTA BONETTI s.n.c. di Bonetti R. & C.\nVia Garibaldi 61 – 25036 Palazzolo sull'Oglio (BS)\ntel. 030 731 2290 – P.IVA 00876540987",
  disc=ENV_IT,
  lab={"promised_date": "2026-12-15"},
  note="Outlook (SMTP) with the Webdings 'P' environment line; 'in pagamento con la distinta del 15 dicembre' is a promise for 15/12.")

M("client-reply-promise", "it", "owa", ("Stefano Orlandi", "s.orlandi@orlandiarredamenti.it"),
  """Buongiorno,

non riusciamo prima del 20 perché stiamo aspettando un incasso importante da un cliente. Il 20 senz'altro.

Mi scusi per il disagio.""", "ale", "2026-12-09 12:30", "Europe/Rome",
  [rb("ale", "late_fee", "28/2026", 2745.00, "2026-11-10", "2026-12-09 08:30", "Orlandi Arredamenti S.r.l.",
      "s.orlandi@orlandiarredamenti.it", "Orlandi Arredamenti S.r.l.", "company")],
  sig="Stefano Orlandi | Titolare\nOrlandi Arredamenti S.r.l.\nVia Emilia Est 1450 – 41122 Modena\nT +39 059 284 112 | M +39 335 600 7788",
  disc=DISC_IT_GDPR, disc_pos="end",
  lab={"promised_date": "2026-12-20"},
  note="OWA reply to the late-fee reminder (quoted fee lines with amounts are not facts). 'non prima del 20 ... il 20 senz'altro' = promise for 2026-12-20.")

M("client-reply-promise", "it", "gmail", ("Valentina Greco", "vale.greco.design@gmail.com"),
  """Ciao Alessandra, scusami!! me ne sono completamente dimenticata 🙈
Domani mattina passo in banca e sistemo.
Vale""", "ale", "2026-11-20 21:15", "Europe/Rome",
  [rb("ale", "due", "26/2026", 320.00, "2026-11-18", "2026-11-20 08:30", "Valentina Greco",
      "vale.greco.design@gmail.com", "Valentina Greco", "person")],
  lab={"promised_date": "2026-11-21"},
  note="Gmail, Friday evening: 'domani mattina' = Saturday 2026-11-21.")

M("client-reply-promise", "it", "notes", ("Servizio Contabilita Fornitori", "ap.italia@sigmalogistica.it"),
  """Gentile fornitore,

La informiamo che la fattura in oggetto risulta regolarmente registrata e verrà pagata alla scadenza prevista dalle nostre condizioni generali di acquisto (60 gg d.f.f.m.).

Cordiali saluti
Servizio Contabilità Fornitori""", "ale", "2026-11-12 14:55", "Europe/Rome",
  [rb("ale", "courtesy", "25/2026", 5612.00, "2026-11-16", "2026-11-11 08:30", "Sigma Logistica S.p.A.",
      "ap.italia@sigmalogistica.it", "Sigma Logistica S.p.A.", "company", issue=d_("2026-10-16"))],
  sig="Sigma Logistica S.p.A. - Shared Service Center Amministrazione\nVia dei Trasporti 2 - 29122 Piacenza\nCasella dedicata: ap.italia@sigmalogistica.it - Tel. 0523 456 200 (lun-ven 9-12)",
  disc=DISC_IT_SHORT,
  note="HCL Notes: will be paid at their own terms (60 days end of month) - a promise, but no date can be resolved from the text.")

M("client-reply-promise", "it", "mobile", ("Nicola Berti", "nicola@bertivini.it"),
  "Sono in fiera a Verona fino a giovedì, appena rientro la pago. Scusami", "ale", "2027-01-19 07:48", "Europe/Rome",
  [rb("ale", "reminder", "43/2026", 610.00, "2026-12-31", "2027-01-18 08:30", "Nicola Berti",
      "nicola@bertivini.it", "Nicola Berti", "person")],
  os="ios",
  note="Outlook for iOS. 'appena rientro' after Thursday is vague: promise without date (Thursday is when he is back, not a payment date).")

M("client-reply-promise", "it", "zimbra", ("Ufficio Ragioneria", "ragioneria@consorzioaltavalle.it"),
  """Buongiorno,
la liquidazione della fattura è alla firma del Direttore; il pagamento è previsto entro fine mese.
Cordiali saluti

Ufficio Ragioneria
Consorzio Turistico Alta Valle
Piazza del Municipio 3 – 38086 Pinzolo (TN) – tel. 0465 501 007""", "ale", "2027-01-12 10:02", "Europe/Rome",
  [rb("ale", "reminder", "40/2026", 1586.00, "2026-12-31", "2027-01-11 08:30", "Consorzio Turistico Alta Valle",
      "ragioneria@consorzioaltavalle.it", "Consorzio Turistico Alta Valle", "company")],
  lab={"promised_date": "2027-01-31"},
  note="Zimbra; 'entro fine mese' on 12 January = 2027-01-31.")

M("client-reply-promise", "it", "outlook", ("Giulia Marini", "giulia.marini@outdoorlab.it"),
  """Ciao Alessandra,

scusa se ti rispondo solo ora, settimana infernale. Ti aggiorno sul progetto: il cliente ha approvato la seconda bozza del catalogo, ma vuole cambiare tutte le foto della sezione outdoor (te le manda direttamente Luca entro lunedì). Per la copertina stanno ancora litigando tra blu e verde, io voto verde 😉

Per la fattura 3/2027 ho detto a Franca di metterla nel giro di venerdì.

Poi ti volevo chiedere se a marzo hai disponibilità per il restyling del sito: sono circa 15 pagine, ti giro il brief la settimana prossima.

A presto,
Giulia""", "ale", "2027-02-03 18:22", "Europe/Rome",
  [rb("ale", "due", "3/2027", 1098.00, "2027-01-31", "2027-02-01 08:30", "Outdoor Lab S.r.l.",
      "giulia.marini@outdoorlab.it", "Giulia Marini", "person")],
  sig="Giulia Marini\nMarketing Manager\nOutdoor Lab S.r.l. – Via Tortona 31, 20144 Milano\nM. +39 342 118 9040",
  logo=True,
  lab={"promised_date": "2027-02-05", "reference": "3/2027"},
  note="Long chatty Outlook mail (emoji forces utf-8 HTML) about the project; one sentence matters: paid in Friday's run = 2027-02-05 "
       "(message on Wednesday). 'entro lunedì' is about photos, not payment.")

M("client-reply-promise", "it", "apple", ("Antonio Serra", "antonio.serra@serraimpianti.it"),
  """Gentile Alessandra,

pagherò la fattura n. 44/2026 entro il 10 gennaio, subito dopo la chiusura dell'anno: in questo momento ho i conti bloccati per l'inventario.

La ringrazio per la pazienza e Le auguro buone feste.

Antonio Serra""", "ale", "2026-12-22 17:05", "Europe/Rome",
  [rb("ale", "due", "44/2026", 2440.00, "2026-12-20", "2026-12-21 08:30", "Antonio Serra",
      "antonio.serra@serraimpianti.it", "Antonio Serra", "person")],
  sig="Serra Impianti – Impianti elettrici civili e industriali\nVia Sassari 212 – 09124 Cagliari\nTel. 070 654 321",
  lab={"promised_date": "2027-01-10", "reference": "44/2026"},
  note="Apple Mail (Mac): 'entro il 10 gennaio' written in December = 2027-01-10.")

M("client-reply-promise", "it", "outlook", ("Marta Fabbri", "m.fabbri@cantinecolline.it"),
  """Pagamento programmato per il 28/02.

Saluti
M. Fabbri""", "marco", "2027-02-10 09:47", "Europe/Rome",
  [rb("marco", "due", "4/2027", 976.00, "2027-02-08", "2027-02-09 08:00", "Cantine delle Colline",
      "m.fabbri@cantinecolline.it", "Cantine delle Colline Soc. Agr.", "company")],
  html_body="""Buongiorno,
abbiamo programmato il bonifico con data esecuzione 28 febbraio.
Cordiali saluti
Marta Fabbri""",
  sig="Cantine delle Colline Soc. Agr. – Strada Provinciale 7 n. 44 – 47121 Forlì\nAmministrazione: tel. 0543 780 112",
  lab={"promised_date": "2027-02-28"},
  note="Outlook; plain and HTML alternatives differ in wording, same promise for 2027-02-28. Street 'n. 44' is not an invoice number.")

M("client-reply-promise", "it", "tb", ("Filippo Neri", "filippo@neristampa.it"),
  """Ciao Alessandra,

in questo momento siamo un po' in difficoltà con la liquidità (due clienti grossi non ci hanno ancora pagato). Ti posso fare metà adesso e metà a fine gennaio? Se ti va bene procedo subito con la prima.

Grazie della comprensione,
Filippo""", "ale", "2026-12-18 12:12", "Europe/Rome",
  [rb("ale", "late_fee", "30/2026", 1952.00, "2026-11-20", "2026-12-18 08:30", "Neri Stampa S.n.c.",
      "filippo@neristampa.it", "Filippo Neri", "person")],
  sig="Filippo Neri\nNeri Stampa S.n.c. – Arti grafiche dal 1962",
  note="Thunderbird (format=flowed, top-posted). Proposes instalments (half now, half end of January): a promise, no single date.")

M("client-reply-promise", "it", "outlook", ("Franca Lodi", "amministrazione@lodimeccanica.it"),
  """Buongiorno Alessandra,

Le inoltro qui sotto la risposta del titolare.

Cordiali saluti
Franca Lodi
Ufficio amministrativo""", "ale", "2026-12-03 15:02", "Europe/Rome",
  [Block(("Gianni Lodi", "gianni@lodimeccanica.it"), [("Franca Lodi", "amministrazione@lodimeccanica.it")],
         D("2026-12-03 14:40", "Europe/Rome"), "R: I: Sollecito di pagamento – fattura n. 32/2026",
         "Franca, la Rossi la paghiamo lunedì insieme agli altri fornitori.\nG.\n\nInviato da Outlook per Android",
         msgid=msgid_for("outlook", "lodimeccanica.it")),
   Block(("Franca Lodi", "amministrazione@lodimeccanica.it"), [("Gianni Lodi", "gianni@lodimeccanica.it")],
         D("2026-12-03 11:20", "Europe/Rome"), "I: Sollecito di pagamento – fattura n. 32/2026",
         "Gianni, vedi sotto. Come facciamo?", msgid=msgid_for("outlook", "lodimeccanica.it")),
   rb("ale", "reminder", "32/2026", 1159.00, "2026-11-25", "2026-12-03 08:30", "Lodi Meccanica S.r.l.",
      "amministrazione@lodimeccanica.it", "Lodi Meccanica S.r.l.", "company")],
  fwd=True, subj="I: R: I: Sollecito di pagamento – fattura n. 32/2026",
  sig="LODI MECCANICA S.r.l. – Lavorazioni CNC conto terzi\nVia dell'Artigianato 8 – 42015 Correggio (RE)\nTel. 0522 693 120 – P.IVA 01987650352",
  lab={"promised_date": "2026-12-07"},
  note="Outlook forward of an internal chain: the owner's instruction 'la paghiamo lunedì' (Thursday 3/12) is the answer = 2026-12-07.")

M("client-reply-promise", "it", "gmail", ("Pietro Sanna", "sanna.pietro78@gmail.com"),
  "si scusa ho avuto dei problemi col commercialista, pago entro il 15 ok? grazie mille e scusa ancora",
  "ale", "2026-12-16 10:30", "Europe/Rome",
  [rb("ale", "late_fee", "24/2026", 671.00, "2026-11-15", "2026-12-15 08:30", "Pietro Sanna",
      "sanna.pietro78@gmail.com", "Pietro Sanna", "person")],
  lab={"promised_date": "2027-01-15"},
  note="Gmail, no capitals/accents. 'entro il 15' written on 16 December: the 15th has passed, so 2027-01-15.")

M("client-reply-promise", "it", "gmail", ("Roberto Pace", "roberto.pace@pace-eventi.it"),
  """Ciao Marco, ti pago appena mi pagano loro (il cliente finale), dovrebbe essere questione di giorni.
Non ti preoccupare che non scappo 😄""", "marco", "2026-12-01 13:41", "Europe/Rome",
  [rb("marco", "reminder", "36/2026", 850.00, "2026-11-20", "2026-12-01 08:00", "Roberto Pace",
      "roberto.pace@pace-eventi.it", "Roberto Pace", "person")],
  sig="Roberto Pace | Pace Eventi\nwww.pace-eventi.it", sig_dashes=False,
  note="Gmail; 'appena mi pagano loro' = promise without a date.")

# --- dispute -----------------------------------------------------------------------------------
M("client-reply-dispute", "it", "outlook", ("Laura Pellegrini", "l.pellegrini@edilpro-costruzioni.it"),
  """Buongiorno,

abbiamo ricevuto il Vostro sollecito, ma l'importo non corrisponde al preventivo accettato (n. 2026/118 del 12/09/2026): € 1.800,00 + IVA e non € 2.100,00 + IVA.

Vi chiediamo pertanto di emettere nota di credito e di riemettere la fattura con l'importo corretto; provvederemo al pagamento al ricevimento.

Distinti saluti""", "ale", "2026-12-11 11:18", "Europe/Rome",
  [rb("ale", "reminder", "34/2026", 2562.00, "2026-11-30", "2026-12-10 08:30", "Edilpro Costruzioni S.p.A.",
      "l.pellegrini@edilpro-costruzioni.it", "Edilpro Costruzioni S.p.A.", "company")],
  sig="""Laura Pellegrini
Responsabile Amministrazione
EDILPRO COSTRUZIONI S.p.A.
Via Nazionale 201 – 00184 Roma
Tel. 06 4890 1120 | Fax 06 4890 1199
Cap. Soc. € 2.000.000,00 i.v. – C.F./P.IVA 09876543210""",
  disc=DISC_IT_GDPR, disc_pos="sig", logo=True, msip=True,
  banner=("Vieni a trovarci al SAIE Bari 2027 – Padiglione 5, stand B12", "https://www.edilpro-costruzioni.it/saie"),
  note="Outlook, cp1252 € in QP HTML. Wrong amount vs accepted quote, asks for credit note: dispute. The quote number 2026/118 looks like an "
       "invoice number but is not; no amount is paid or accepted here.")

M("client-reply-dispute", "it", "owa", ("Ilaria Conte", "ilaria.conte@nordwebagency.it"),
  """Buongiorno Alessandra,

le ore fatturate per novembre sono 42, ma dal timesheet condiviso ne risultano 36 (ti allego lo screenshot del report). Ci mandi la fattura corretta? Appena arriva la paghiamo.

Grazie,
Ilaria""", "ale", "2026-12-09 14:50", "Europe/Rome",
  [rb("ale", "reminder", "42/2026", 2049.60, "2026-12-05", "2026-12-09 08:30", "Nord Web Agency S.r.l.",
      "ilaria.conte@nordwebagency.it", "Ilaria Conte", "person")],
  attach=[("image/png", "timesheet_novembre.png", fake_png(200, 80, seed=7))],
  sig="Ilaria Conte\nOperations\nNord Web Agency S.r.l. | Via Cavour 12, 24121 Bergamo",
  note="OWA with a PNG screenshot attachment: hours contested (42 vs 36), will pay only a corrected invoice: dispute.")

M("client-reply-dispute", "it", "gmail", ("Matteo Rinaldi", "matteo.rinaldi@gmail.com"),
  """Scusa Ale ma questa mi sembra un doppione: l'avevo già pagata a ottobre insieme alla 9, stessa cifra e stessa descrizione ("manutenzione sito Q3").
Controlla bene per favore!""", "ale", "2026-11-24 20:03", "Europe/Rome",
  [rb("ale", "due", "22/2026", 244.00, "2026-11-20", "2026-11-23 08:30", "Matteo Rinaldi",
      "matteo.rinaldi@gmail.com", "Matteo Rinaldi", "person")],
  note="Gmail: claims the invoice duplicates one already billed and paid in October: dispute (already billed), not 'paid'.")

M("client-reply-dispute", "it", "iphone", ("Carla Vitale", "carla@vitaleboutique.it"),
  """Alessandra il sito non funziona ancora bene da cellulare, il menu non si apre e il modulo contatti non manda niente. Finché non è sistemato non pago, mi spiace.""",
  "ale", "2026-11-28 13:22", "Europe/Rome",
  [rb("ale", "due", "21/2026", 1464.00, "2026-11-25", "2026-11-26 08:30", "Carla Vitale",
      "carla@vitaleboutique.it", "Carla Vitale", "person")],
  note="iPhone, work not as agreed, refuses to pay until fixed: dispute.")

M("client-reply-dispute", "it", "mobile", ("Tommaso Ruggeri", "tommaso@ruggerivini.com"),
  "Ti pago 500 adesso, il resto quando consegni le modifiche che mancano (pagina eventi e traduzione inglese).",
  "ale", "2026-12-21 19:30", "Europe/Rome",
  [rb("ale", "reminder", "45/2026", 1220.00, "2026-12-15", "2026-12-21 08:30", "Tommaso Ruggeri",
      "tommaso@ruggerivini.com", "Tommaso Ruggeri", "person")],
  os="ios", lab={"amount": "500.00"},
  note="Outlook iOS: partial payment of 500 now, rest withheld until missing work is delivered: dispute (partial + contest).")

M("client-reply-dispute", "it", "zimbra", ("Ufficio Legale", "legale@grupposanmarcoservizi.it"),
  """Spett.le Rossi,

con riferimento alla fattura n. 37/2026, si comunica che la stessa non è dovuta: l'incarico è stato revocato con nostra PEC del 12/10/2026, prima dell'avvio delle attività.

Si prega pertanto di emettere nota di credito a storno totale.

Distinti saluti

Ufficio Legale e Contratti
Gruppo San Marco Servizi S.r.l.""", "ale", "2026-12-22 09:40", "Europe/Rome",
  [rb("ale", "final", "37/2026", 3050.00, "2026-11-15", "2026-12-18 08:30", "Gruppo San Marco Servizi S.r.l.",
      "legale@grupposanmarcoservizi.it", "Gruppo San Marco Servizi S.r.l.", "company", deadline=d_("2027-01-08"))],
  disc=DISC_IT_GDPR, lab={"reference": "37/2026"},
  note="Zimbra reply to the formal notice: the invoice is not owed (assignment revoked): dispute, with a credit note request.")

M("client-reply-dispute", "it", "outlook", ("Laura Bassi", "laura.bassi@ortofruttaemiliana.it"),
  """Marco,

le foto consegnate sono 80 e non 120 come da contratto (punto 3 dell'offerta). Paghiamo in proporzione, quindi i 2/3 dell'importo, oppure ci mandi le altre 40 entro fine mese e saldiamo tutto.

Saluti, Laura""", "marco", "2027-01-13 16:08", "Europe/Rome",
  [rb("marco", "reminder", "2/2027", 1464.00, "2027-01-10", "2027-01-13 08:00", "Ortofrutta Emiliana",
      "laura.bassi@ortofruttaemiliana.it", "Ortofrutta Emiliana Soc. Coop.", "company")],
  sig="Laura Bassi – Ufficio Marketing\nOrtofrutta Emiliana Soc. Coop. – Via Larga 9/2 – 40138 Bologna\nTel. 051 603 4400",
  disc=ENV_IT,
  note="Outlook: delivered 80 photos instead of 120, will pay proportionally: dispute. 'entro fine mese' is a deadline for the photographer, not a promise date.")

M("client-reply-dispute", "it", "tb", ("Paolo Restelli", "p.restelli@restelli-automazione.it"),
  """Buongiorno,
visto il ritardo di tre settimane nella consegna del manuale, che ci ha fatto slittare il lancio della macchina in fiera, vorremmo uno sconto del 10% sulla fattura.
Se ci manda la nota di credito paghiamo subito la differenza.

Cordiali saluti""", "ale", "2027-01-26 08:55", "Europe/Rome",
  [rb("ale", "reminder", "2/2027", 4270.00, "2027-01-20", "2027-01-25 08:30", "Restelli Automazione S.r.l.",
      "p.restelli@restelli-automazione.it", "Restelli Automazione S.r.l.", "company")],
  sig="Ing. Paolo Restelli\nDirettore Tecnico – Restelli Automazione S.r.l.\nVia Torino 15 – 21052 Busto Arsizio (VA)",
  note="Thunderbird: asks a 10% discount for late delivery before paying: dispute.")

# --- other -------------------------------------------------------------------------------------
M("client-reply-other", "it", "notes", ("Ciclo Passivo", "ciclo.passivo@energiaverdeitalia.it"),
  """Gentile Fornitore,

la fattura in oggetto non riporta il numero d'ordine di acquisto (OdA), obbligatorio per la registrazione secondo le nostre condizioni generali.
La invitiamo a riemetterla indicando l'OdA n. 4500123456 nel blocco DatiOrdineAcquisto del tracciato XML.

In assenza del riferimento all'OdA la fattura non potrà essere registrata.

Cordiali saluti
Ciclo Passivo - Amministrazione""", "ale", "2026-12-01 11:31", "Europe/Rome",
  [rb("ale", "reminder", "20/2026", 3660.00, "2026-11-20", "2026-11-30 08:30", "Energia Verde Italia S.p.A.",
      "ciclo.passivo@energiaverdeitalia.it", "Energia Verde Italia S.p.A.", "company")],
  sig="Energia Verde Italia S.p.A.\nPiazza Sei Febbraio 4 - 20145 Milano\nSocietà soggetta a direzione e coordinamento di EVI Holding S.p.A.",
  note="HCL Notes: PO number needed on the invoice (a requirement, no claim about the amount or the work): other. The PO number is not an invoice number or amount.")

M("client-reply-other", "it", "owa", ("Anna Lombardi", "anna.lombardi@farmaciacentrale-pr.it"),
  """Buongiorno,
potrebbe rinviarci la fattura anche in formato XML, o comunicarci con quale identificativo SdI è stata trasmessa? Il solo PDF di cortesia non ci basta per la registrazione.
Grazie
Anna""", "ale", "2026-11-19 10:14", "Europe/Rome",
  [rb("ale", "courtesy", "19/2026", 549.00, "2026-11-25", "2026-11-18 08:30", "Farmacia Centrale",
      "anna.lombardi@farmaciacentrale-pr.it", "Farmacia Centrale Dr. Lombardi", "company", issue=d_("2026-10-26"))],
  sig="Anna Lombardi\nFarmacia Centrale – Strada della Repubblica 40, 43121 Parma",
  note="OWA: asks for the XML e-invoice / SdI id: a question, other.")

M("client-reply-other", "it", "outlook", ("Riccardo Fabbri", "riccardo.fabbri@fabbrieditore.it"),
  """Buongiorno Alessandra,
inoltro all'amministrazione (in copia) per competenza.
Saluti
Riccardo""", "ale", "2026-12-02 09:03", "Europe/Rome",
  [rb("ale", "reminder", "17/2026", 732.00, "2026-11-25", "2026-12-01 08:30", "Riccardo Fabbri",
      "riccardo.fabbri@fabbrieditore.it", "Riccardo Fabbri", "person")],
  cc=[("Amministrazione Fabbri Editore", "amministrazione@fabbrieditore.it")], prefix="R:",
  sig="Riccardo Fabbri\nDirettore editoriale\nFabbri Editore – Via San Vitale 40, 40125 Bologna",
  disc=DISC_IT_GDPR, disc_pos="end",
  note="Outlook reply with accounts in Cc: handed over to accounts, nothing about payment: other.")

M("client-reply-other", "it", "gmail", ("Serena Villa", "serena.villa.fisio@gmail.com"),
  "Ricevuto, grazie. L'ho girata al commercialista.", "ale", "2027-01-05 18:40", "Europe/Rome",
  [rb("ale", "courtesy", "47/2026", 366.00, "2027-01-15", "2027-01-05 08:30", "Serena Villa",
      "serena.villa.fisio@gmail.com", "Serena Villa", "person", issue=d_("2026-12-16"))],
  sig="Dott.ssa Serena Villa\nFisioterapista – Iscr. Albo n. 1234", sig_dashes=True,
  note="Gmail 'received, passed to my accountant': other. 'Iscr. Albo n. 1234' in the signature is not an invoice number.")

M("client-reply-other", "it", "outlook", ("Elena Ricci", "tesoreria@bioalimenta.it"),
  """Buongiorno,

nella fattura 36/2026 è indicato un IBAN diverso da quello che abbiamo in anagrafica (finisce con 3456 invece che con 0987). Avete cambiato banca?
Per sicurezza preferiremmo una conferma telefonica prima di procedere: può chiamarmi al 02 8765 4321 int. 214?

Grazie
Elena Ricci
Tesoreria""", "ale", "2026-12-17 10:27", "Europe/Rome",
  [rb("ale", "due", "36/2026", 1830.00, "2026-12-15", "2026-12-16 08:30", "Bioalimenta S.p.A.",
      "tesoreria@bioalimenta.it", "Bioalimenta S.p.A.", "company")],
  sig="BIOALIMENTA S.p.A. – Via Mecenate 76/45 – 20138 Milano\nwww.bioalimenta.it",
  disc=DISC_IT_GDPR, disc_pos="end",
  lab={"reference": "36/2026"},
  note="Outlook: IBAN changed? asks for a phone confirmation before paying: a question, other. Phone extension and street number are not facts.")

M("client-reply-other", "it", "apple", ("Paola Monti", "paola@montiinteriors.it"),
  """Ciao Ale,
di quale fattura parliamo? Io da te ne vedo due, la 11 e la 38. Mi mandi il PDF di quella giusta che lo giro a Giuseppe?
Grazie!
P.""", "ale", "2026-12-09 08:12", "Europe/Rome",
  [rb("ale", "reminder", "38/2026", 915.00, "2026-12-05", "2026-12-08 08:30", "Paola Monti",
      "paola@montiinteriors.it", "Paola Monti", "person")],
  note="Apple Mail: 'which invoice?' and asks for the PDF: other (two numbers named, none is a claim).")

M("client-reply-other", "it", "zimbra", ("Silvia Gatti", "silvia.gatti@comunicazionevisiva.it"),
  """Ciao Alessandra,
ti rispondo qui al volo: ne parliamo mercoledì alla riunione di avanzamento, porto anche il preventivo per la fase 2. Ti va bene alle 15?
Silvia""", "ale", "2027-01-25 17:15", "Europe/Rome",
  [rb("ale", "reminder", "5/2027", 1708.00, "2027-01-20", "2027-01-25 08:30", "Silvia Gatti",
      "silvia.gatti@comunicazionevisiva.it", "Silvia Gatti", "person")],
  note="Zimbra: answers the reminder with a meeting on Wednesday; says nothing about paying. Other (not a promise).")

M("client-reply-other", "it", "mobile", ("Gabriele Esposito", "g.esposito@espositotrasporti.it"),
  "Mi chiami quando puoi? Devo parlarti di questa fattura, al telefono faccio prima",
  "ale", "2026-12-10 13:05", "Europe/Rome",
  [rb("ale", "late_fee", "15/2026", 854.00, "2026-11-10", "2026-12-10 08:30", "Esposito Trasporti S.r.l.",
      "g.esposito@espositotrasporti.it", "Gabriele Esposito", "person")],
  os="android",
  note="Outlook Android: asks for a call about the invoice: other.")

M("client-reply-other", "it", "outlook", ("Service Desk Contabilità Fornitori", "servicedesk.ap@gruppoalfaenergia.it"),
  """##- Per rispondere, scrivere sopra questa riga -##

Gentile fornitore,

abbiamo preso in carico la Sua segnalazione. La fattura n. 14/2026 risulta presente a sistema ed è in attesa di approvazione da parte del responsabile di commessa; La aggiorneremo appena avremo un riscontro.

Cordiali saluti
Michela – Service Desk Contabilità Fornitori""", "ale", "2026-12-11 10:44", "Europe/Rome",
  [rb("ale", "reminder", "14/2026", 2196.00, "2026-11-30", "2026-12-10 08:30", "Gruppo Alfa Energia S.p.A.",
      "servicedesk.ap@gruppoalfaenergia.it", "Gruppo Alfa Energia S.p.A.", "company")],
  subj="R: [Ticket#2026121010000187] Sollecito di pagamento – fattura n. 32/2026",
  sig="""Ticket: #2026121010000187 | Stato: in lavorazione | Coda: AP Fornitori Italia
Per aggiornare il ticket rispondi a questa e-mail senza modificare l'oggetto.
Gruppo Alfa Energia S.p.A. – Shared Service Center, Via Pietro Colletta 11, 20135 Milano""",
  headers=[("X-OTRS-Loop", "false"), ("X-Ticket-Number", "2026121010000187")],
  lab={"reference": "14/2026"},
  note="Ticket-system reply written by a named agent: invoice awaiting approval, no promise or date: other. Ticket number is not an invoice number.")


# ==============================================================================================
# SPANISH
# ==============================================================================================

SIG_LEVANTE = """Carmen Ibáñez Soler
Departamento de Administración
GRUPO LEVANTE LOGÍSTICA, S.L.
C/ Colón 18, 3.º B · 46004 Valencia
Tel. 963 123 456 · Ext. 2210
CIF B-46123456 · Inscrita en el Registro Mercantil de Valencia, Tomo 9.876, Folio 54, Hoja V-123456"""

# --- paid --------------------------------------------------------------------------------------
M("client-reply-paid", "es", "outlook", ("Carmen Ibáñez Soler", "administracion@levantelogistica.es"),
  """Buenos días, Lucía:

Te confirmo que la transferencia se realizó el pasado viernes. Te adjunto el justificante.

Un saludo,""", "lucia", "2026-12-01 10:22", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-041", 1936.00, "2026-11-20", "2026-11-30 09:00", "Grupo Levante Logística",
      "administracion@levantelogistica.es", "Grupo Levante Logística, S.L.", "company")],
  sig=SIG_LEVANTE, disc=DISC_ES_LOPD, disc_pos="end", logo=True,
  attach=[(PDF, "Justificante_transferencia_2026-11-27.pdf", fake_pdf(["JUSTIFICANTE DE TRANSFERENCIA", "Ordenante GRUPO LEVANTE LOGISTICA SL", "Beneficiario LUCIA MARTIN RUIZ", "Importe 1.936,00 EUR", "Fecha 27/11/2026"]))],
  note="Outlook desktop (iso-8859-1 QP, cp1252 bytes), PDF proof attached, LOPD/RGPD disclaimer after the quote. "
       "Registro Mercantil tomo/folio/hoja and extension numbers are not facts.")

M("client-reply-paid", "es", "owa", ("Pablo Cuesta", "pcuesta@arquitecturanorte.es"),
  """Hola Lucía,

te reenvío el justificante que me ha mandado el banco.

Saludos
Pablo""", "lucia", "2026-12-04 13:37", "Europe/Madrid",
  [Block(("BBVA", "avisos@bbva.es"), [("ESTUDIO ARQUITECTURA NORTE SLP", "pcuesta@arquitecturanorte.es")],
         D("2026-12-04 13:20", "Europe/Madrid"), "Justificante de transferencia",
         """Transferencia realizada

Ordenante: ESTUDIO ARQUITECTURA NORTE SLP
Cuenta de cargo: ES12 0182 **** **** **** 4410
Beneficiario: LUCIA MARTIN RUIZ
IBAN destino: ES91 2100 0418 4502 0005 1332
Importe: 847,00 EUR
Concepto: FRA 2026-056
Fecha de ejecución: 04/12/2026
Referencia: 2026120400019387

Este documento es un justificante de la orden y no tiene validez como recibo de pago.
Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao""", fwd=True)],
  fwd=True, subj="RV: Justificante de transferencia",
  sig="Pablo Cuesta\nEstudio Arquitectura Norte SLP\nAvda. de Galicia 21, 4.º – 33005 Oviedo",
  lab={"amount": "847.00", "reference": "2026-056"},
  note="OWA forward (RV:) of a bank transfer receipt, no In-Reply-To; 'here you go' + receipt = paid. Amount and concept come from "
       "the forwarded receipt the client sends as proof.")

M("client-reply-paid", "es", "gmail", ("Nayra Déniz", "nayradeniz.eventos@gmail.com"),
  "Hecho!! 💸 perdona la tardanza, se me había pasado por completo", "javi", "2026-11-24 20:12", "Atlantic/Canary",
  [rb("javi", "due", "2026-038", 360.00, "2026-11-20", "2026-11-23 09:00", "Nayra Déniz",
      "nayradeniz.eventos@gmail.com", "Nayra Déniz", "person")],
  note="Gmail from the Canaries (Atlantic/Canary, +0000 in winter). 'Hecho' = paid.")

M("client-reply-paid", "es", "iphone", ("Rocío Campos", "rociocampos@me.com"),
  "Pagado.", "lucia", "2026-12-09 08:02", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-049", 302.50, "2026-11-30", "2026-12-08 09:00", "Rocío Campos",
      "rociocampos@me.com", "Rocío Campos", "person")],
  note="iPhone, a single word plus 'Enviado desde mi iPhone' above a long quoted reminder.")

M("client-reply-paid", "es", "mobile", ("Yeray Santana", "yeray@santanasurfschool.com"),
  "Buenas Javi, ya está hecha la transferencia de 450 €, mira a ver si te ha llegado. Si no, me dices.",
  "javi", "2027-01-07 12:40", "Atlantic/Canary",
  [rb("javi", "reminder", "2026-061", 450.00, "2026-12-31", "2027-01-07 09:00", "Yeray Santana",
      "yeray@santanasurfschool.com", "Yeray Santana", "person")],
  os="android", lab={"amount": "450.00"},
  note="Outlook Android: paid with a question (check it arrived) = paid; amount stated by the client.")

M("client-reply-paid", "es", "zimbra", ("Tesorería Fundación Mar Abierto", "tesoreria@fundacionmarabierto.org"),
  """Buenos días:

Le informamos de que la factura 2026-052 se incluyó en la remesa de pagos del día 30/11/2026, que ya ha sido emitida. Según nuestra entidad, el abono debería verse reflejado en su cuenta en 24-48 horas.

Atentamente,
Departamento de Tesorería
Fundación Mar Abierto
C/ Marqués de Larios 9, 29015 Málaga · Tel. 952 000 118""", "lucia", "2026-12-02 09:48", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-052", 1210.00, "2026-11-25", "2026-12-01 09:00", "Fundación Mar Abierto",
      "tesoreria@fundacionmarabierto.org", "Fundación Mar Abierto", "company")],
  disc=DISC_ES_SHORT, lab={"reference": "2026-052"},
  note="Zimbra: included in the 30/11 payment batch, already issued: paid (not a promise).")

M("client-reply-paid", "es", "outlook", ("Marisa Gil", "mgil@cerveceriaelfaro.es"),
  """Lucía, la factura 58 está pagada desde el día 14, por transferencia a la cuenta que acaba en 1332. ¿Lo puedes comprobar, por favor?

Gracias.
Marisa""", "lucia", "2026-12-18 10:05", "Europe/Madrid",
  [rb("lucia", "paid_claim_followup", "2026-058", 665.50, "2026-12-10", "2026-12-17 09:00", "Marisa Gil",
      "mgil@cerveceriaelfaro.es", "Marisa Gil", "person")],
  html_only=True,
  lab={"reference": "2026-058"},
  note="Outlook HTML only. Reply to the 'paid but not arrived' follow-up: paid on the 14th, asks to check. 'factura 58' = 2026-058; 1332 is an account tail.")

M("client-reply-paid", "es", "tb", ("Álvaro Prieto", "alvaro.prieto@prietoabogados.es"),
  """Hola Lucía,

te confirmo que ya se ha abonado el importe de 2.420,00 € correspondiente a tu factura. Cualquier cosa me dices.

Saludos,""", "lucia", "2027-01-12 17:30", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-068", 2420.00, "2026-12-31", "2027-01-11 09:00", "Álvaro Prieto",
      "alvaro.prieto@prietoabogados.es", "Álvaro Prieto", "person")],
  sig="Álvaro Prieto Lozano\nPrieto Abogados\nC/ Serrano 41, 2.º izda. · 28001 Madrid\nTel. 91 435 00 12",
  disc="Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su destrucción. Secreto profesional: art. 542.3 LOPJ.",
  lab={"amount": "2420.00"},
  note="Thunderbird top-posted with '-- ' signature and a law-firm confidentiality notice (art. 542.3 LOPJ is not a fact).")

M("client-reply-paid", "es", "mac", ("Cristina Hernández", "cristina@lagomeraecotours.com"),
  """Buenas tardes, Javier:

Transferencia realizada hoy desde Caja Siete. Mañana deberías tenerla.

Un saludo,
Cristina""", "javi", "2026-12-11 16:50", "Atlantic/Canary",
  [rb("javi", "reminder", "2026-055", 780.00, "2026-12-05", "2026-12-11 09:00", "La Gomera Eco Tours",
      "cristina@lagomeraecotours.com", "La Gomera Eco Tours, S.L.", "company")],
  sig="Cristina Hernández\nDirectora\nLa Gomera Eco Tours, S.L. · Avda. Marítima 5 · 38800 San Sebastián de La Gomera\n+34 922 870 555",
  note="Outlook for Mac (Fecha: header label). Transfer made today; 'mañana deberías tenerla' is arrival, not a promise.")

M("client-reply-paid", "es", "notes", ("Cuentas a Pagar", "cuentasapagar@segurosatlantida.es"),
  """Estimada Sra. Martín:

Le comunicamos que con fecha 18/01/2027 se ha procedido al pago de su factura n.º 2026-066 mediante transferencia bancaria.

Atentamente,

Cuentas a Pagar
Dirección Financiera - Seguros Atlántida, S.A.""", "lucia", "2027-01-19 11:05", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-066", 3025.00, "2027-01-10", "2027-01-18 09:00", "Seguros Atlántida",
      "cuentasapagar@segurosatlantida.es", "Seguros Atlántida, S.A.", "company")],
  disc="Seguros Atlántida, S.A. - Inscrita en el Registro Mercantil de Madrid, Tomo 21.034, Folio 112, Sección 8, Hoja M-372211 - NIF A-28765432 - Inscrita en el Registro administrativo de entidades aseguradoras con la clave C-0712.",
  lab={"reference": "2026-066"},
  note="HCL Notes, formal: paid on 18/01 with invoice number. Registry numbers in the footer are not facts.")

M("client-reply-paid", "es", "outlook", ("Gestoría Alonso & Asociados", "laboral@gestoriaalonso.es"),
  """Buenos días, Javier:

Somos la gestoría de Panadería Hermanos Ruiz. Nos indican que el pago de su factura se hizo por Bizum al móvil que figura en la misma el pasado día 3. ¿Le consta? Si no es así, le rogamos nos lo indique.

Un saludo,""", "javi", "2027-02-08 10:15", "Atlantic/Canary",
  [rb("javi", "reminder", "2027-004", 180.00, "2027-01-31", "2027-02-05 09:00", "Panadería Hermanos Ruiz",
      "panaderiahnosruiz@gmail.com", "Panadería Hermanos Ruiz", "company")],
  to=[("Javier Ortega", "javier@ortegatraduce.es")], cc=[("Panadería Hnos. Ruiz", "panaderiahnosruiz@gmail.com")],
  prefix="RE:", exch=False,
  sig="Gestoría Alonso & Asociados\nC/ León y Castillo 200 · 35004 Las Palmas de Gran Canaria\nTel. 928 24 60 60",
  disc=DISC_ES_SHORT,
  note="Outlook via SMTP, the client's gestoría answers on their behalf: paid by Bizum on the 3rd, asks to confirm: paid.")

M("client-reply-paid", "es", "outlook", ("Ana Beltrán", "ana.beltran@vinosdelsur.es"),
  "Pagada ayer.\nSaludos.", "lucia", "2026-11-26 09:31", "Europe/Madrid",
  [rb("lucia", "due", "2026-044", 544.50, "2026-11-24", "2026-11-25 09:00", "Ana Beltrán",
      "ana.beltran@vinosdelsur.es", "Ana Beltrán", "person")],
  html_body="Hola Lucía,\n\nla pagamos ayer por la tarde.\n\nUn saludo,\nAna", html_charset="windows-1252",
  sig="Ana Beltrán · Vinos del Sur · Jerez de la Frontera", charset="windows-1252",
  note="Outlook with windows-1252 charset labels; plain and HTML alternatives are worded differently (same meaning: paid yesterday).")

# --- promise -----------------------------------------------------------------------------------
M("client-reply-promise", "es", "outlook", ("Departamento Financiero", "financiero@mueblesaranda.es"),
  """Buenos días:

La factura entra en la remesa del día 25.

Saludos""", "lucia", "2027-01-13 12:20", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-064", 2178.00, "2026-12-31", "2027-01-12 09:00", "Muebles Aranda",
      "financiero@mueblesaranda.es", "Muebles Aranda, S.A.", "company")],
  sig="Departamento Financiero\nMUEBLES ARANDA, S.A.\nPolígono Industrial Allendeduero, parcela 14 · 09400 Aranda de Duero (Burgos)\nTel. 947 500 200",
  disc=DISC_ES_SHORT, disc_pos="end",
  lab={"promised_date": "2027-01-25"},
  note="Outlook; 'entra en la remesa del día 25' on 13 January = 2027-01-25. 'parcela 14' is an address.")

M("client-reply-promise", "es", "owa", ("Beatriz Lorenzo", "blorenzo@clinicadentalsonrie.es"),
  """Hola Lucía:

Nosotros pagamos a proveedores los días 10 y 25 de cada mes. Tu factura irá en el pago del día 10.

Un saludo""", "lucia", "2026-12-14 11:02", "Europe/Madrid",
  [rb("lucia", "due", "2026-057", 423.50, "2026-12-12", "2026-12-14 09:00", "Beatriz Lorenzo",
      "blorenzo@clinicadentalsonrie.es", "Beatriz Lorenzo", "person")],
  sig="Beatriz Lorenzo\nGerencia · Clínica Dental Sonríe\nC/ Mayor 33 · 28013 Madrid", cte="base64", html_cte="base64",
  lab={"promised_date": "2027-01-10"},
  note="OWA: 'el pago del día 10' written on 14 December, the 10th is past, so 2027-01-10 (the 25 is their other pay day, not the promise).")

M("client-reply-promise", "es", "gmail", ("Acaymo Rodríguez", "acaymo.rguez@gmail.com"),
  "Mañana te la pago sin falta, que hoy el banco no me deja hacer más transferencias (límite diario 🙄)",
  "javi", "2026-11-27 19:05", "Atlantic/Canary",
  [rb("javi", "due", "2026-041", 240.00, "2026-11-25", "2026-11-26 09:00", "Acaymo Rodríguez",
      "acaymo.rguez@gmail.com", "Acaymo Rodríguez", "person")],
  lab={"promised_date": "2026-11-28"},
  note="Gmail (Canaries): 'mañana' on Friday 27 Nov = 2026-11-28.")

M("client-reply-promise", "es", "iphone", ("Sergio Molina", "sergiomolina.foto@icloud.com"),
  "Esta semana imposible, a primeros de mes te pago. Perdona", "lucia", "2026-12-22 22:17", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-059", 363.00, "2026-12-15", "2026-12-22 09:00", "Sergio Molina",
      "sergiomolina.foto@icloud.com", "Sergio Molina", "person")],
  note="iPhone; 'a primeros de mes' is vague: promise without a date.")

M("client-reply-promise", "es", "mobile", ("Raquel Vidal", "raquel.vidal@vidalinteriorismo.com"),
  "El viernes te hago la transferencia.", "lucia", "2027-01-15 13:25", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-065", 968.00, "2027-01-05", "2027-01-15 09:00", "Raquel Vidal",
      "raquel.vidal@vidalinteriorismo.com", "Raquel Vidal", "person")],
  os="ios", lab={"promised_date": "2027-01-22"},
  note="Outlook iOS, written on Friday 15 January: 'el viernes' = the first Friday strictly after, 2027-01-22.")

M("client-reply-promise", "es", "zimbra", ("Elena Castaño", "ecastano@fundacionculturaviva.org"),
  """Estimada Lucía:

La factura está pendiente de la aprobación del patronato, que se reúne la semana que viene. Una vez aprobada, se abonará antes del 31 de enero.

Atentamente,
Elena Castaño
Administración · Fundación Cultura Viva""", "lucia", "2027-01-08 10:40", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-062", 1815.00, "2026-12-30", "2027-01-07 09:00", "Fundación Cultura Viva",
      "ecastano@fundacionculturaviva.org", "Fundación Cultura Viva", "company")],
  lab={"promised_date": "2027-01-31"},
  note="Zimbra; conditional on board approval but still a dated promise: before 31 January.")

M("client-reply-promise", "es", "outlook", ("Jorge Sanz", "jorge@estudiosanzcreativos.es"),
  """Hola Lucía:

Perdona que no te haya contestado antes, estamos a tope con la campaña de Navidad. Te cuento: el cliente ha dado el OK al manual de marca, pero quiere una versión reducida del logotipo para redes (favicon, avatar, etc.). ¿Te encargas tú? Necesitaríamos tenerlo antes de Reyes.

Lo de la factura 2026-063, lo paga mi socio el lunes, que es quien lleva el banco.

Por cierto, ¿te apuntas a la comida de Navidad del estudio el día 23? Eres de la casa 😊

Un abrazo,
Jorge""", "lucia", "2026-12-16 18:44", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-063", 1452.00, "2026-12-10", "2026-12-16 09:00", "Estudio Sanz Creativos",
      "jorge@estudiosanzcreativos.es", "Jorge Sanz", "person")],
  sig="Jorge Sanz · Director creativo\nEstudio Sanz Creativos · C/ Fuencarral 77, 28004 Madrid\nT. 910 00 12 34 · www.sanzcreativos.es",
  logo=True,
  lab={"promised_date": "2026-12-21", "reference": "2026-063"},
  note="Long chatty Outlook mail about new work; one sentence matters: the partner pays on Monday = 2026-12-21 (Wednesday 16). "
       "'antes de Reyes' and 'el día 23' are about work and lunch.")

M("client-reply-promise", "es", "notes", ("Proveedores", "proveedores@hipercadenanorte.es"),
  """Estimado proveedor:

Le informamos de que su factura ha sido contabilizada y será abonada según nuestras condiciones de pago (confirming a 90 días fecha factura).

Para cualquier consulta, puede dirigirse al portal de proveedores.

Atentamente,
Departamento de Proveedores""", "lucia", "2026-11-19 13:10", "Europe/Madrid",
  [rb("lucia", "courtesy", "2026-046", 4235.00, "2026-11-25", "2026-11-18 09:00", "HiperCadena Norte",
      "proveedores@hipercadenanorte.es", "HiperCadena Norte, S.A.", "company", issue=d_("2026-10-26"))],
  disc="HIPERCADENA NORTE, S.A. · CIF A-48012345 · Ctra. de Bilbao km 12 · 48950 Erandio (Bizkaia)",
  note="HCL Notes: will be paid under their terms (confirming at 90 days): promise, no date stated.")

M("client-reply-promise", "es", "tb", ("Eduardo Marrero", "edu.marrero@telefonica.net"),
  """Hola Javier,

no puedo antes del día 28, que es cuando cobro yo. El 28 la tienes, de verdad.

Eduardo""", "javi", "2027-02-09 21:30", "Atlantic/Canary",
  [rb("javi", "reminder", "2027-006", 275.00, "2027-01-31", "2027-02-08 09:00", "Eduardo Marrero",
      "edu.marrero@telefonica.net", "Eduardo Marrero", "person")],
  lab={"promised_date": "2027-02-28"},
  note="Thunderbird: 'no puedo antes del día 28 ... el 28 la tienes' = 2027-02-28.")

M("client-reply-promise", "es", "outlook", ("Marisa Ortega", "marisa@talleresortega.es"),
  """Lucía, te paso lo que me ha dicho Ramón: a final de mes la tienes.

Un beso,
Marisa""", "lucia", "2026-11-18 17:12", "Europe/Madrid",
  [Block(("Ramón Ortega", "ramon@talleresortega.es"), [("Marisa Ortega", "marisa@talleresortega.es")],
         D("2026-11-18 16:55", "Europe/Madrid"), "RE: Factura n.º 2026-045 – vencimiento",
         "Marisa, págale a final de mes junto con el resto de proveedores.\nGracias\nRamón",
         msgid=msgid_for("outlook", "talleresortega.es")),
   Block(("Marisa Ortega", "marisa@talleresortega.es"), [("Ramón Ortega", "ramon@talleresortega.es")],
         D("2026-11-18 12:30", "Europe/Madrid"), "RV: Factura n.º 2026-045 – vencimiento",
         "Ramón, ¿esto lo pagamos ya o esperamos?", msgid=msgid_for("outlook", "talleresortega.es")),
   rb("lucia", "due", "2026-045", 605.00, "2026-11-16", "2026-11-17 09:00", "Talleres Ortega",
      "marisa@talleresortega.es", "Talleres Ortega, S.L.", "company")],
  fwd=True, subj="RV: RE: RV: Factura n.º 2026-045 – vencimiento",
  sig="Marisa Ortega · Administración\nTalleres Ortega, S.L. · Camino de Ronda 140 · 18003 Granada",
  lab={"promised_date": "2026-11-30"},
  note="Outlook forward (RV:) of an internal exchange: the boss's 'págale a final de mes' is the answer; end of November = 2026-11-30.")

M("client-reply-promise", "es", "outlook", ("Iván Pardo", "ivan.pardo@pardoinstalaciones.es"),
  "Se pagará el jueves.", "lucia", "2026-11-09 09:58", "Europe/Madrid",
  [rb("lucia", "due", "2026-042", 1089.00, "2026-11-06", "2026-11-09 09:00", "Pardo Instalaciones",
      "ivan.pardo@pardoinstalaciones.es", "Pardo Instalaciones, S.L.", "company")],
  html_body="Buenos días,\n\nla transferencia saldrá este jueves.\n\nSaludos.",
  sig="Iván Pardo\nPardo Instalaciones, S.L. · Tel. 976 40 50 60",
  lab={"promised_date": "2026-11-12"},
  note="Outlook; plain 'Se pagará el jueves' vs HTML 'la transferencia saldrá este jueves': Monday 9 Nov -> 2026-11-12.")

M("client-reply-promise", "es", "gmail", ("Guacimara Pérez", "guacimaraperez.artesania@gmail.com"),
  """Javier, te pago cuando me ingresen la subvención del Cabildo, que espero que sea en un par de semanas.
Mil perdones 🙏""", "javi", "2026-12-03 11:11", "Atlantic/Canary",
  [rb("javi", "reminder", "2026-050", 520.00, "2026-11-25", "2026-12-02 09:00", "Guacimara Pérez",
      "guacimaraperez.artesania@gmail.com", "Guacimara Pérez", "person")],
  sig="Guacimara Pérez\nArtesanía Tamadaba · Agaete, Gran Canaria", sig_dashes=False,
  note="Gmail; pays when a grant arrives, 'en un par de semanas': promise without date.")

# --- dispute -----------------------------------------------------------------------------------
M("client-reply-dispute", "es", "outlook", ("Nuria Ferrer", "nferrer@ferrerhermanos.cat"),
  """Buenos días:

El presupuesto aceptado era de 1.200 € IVA incluido, y la factura es de 1.200 € más IVA (1.452 €). Por favor, emite una factura rectificativa por la diferencia y la pagamos.

Gracias""", "lucia", "2026-12-02 12:40", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-048", 1452.00, "2026-11-25", "2026-12-01 09:00", "Ferrer Hermanos",
      "nferrer@ferrerhermanos.cat", "Ferrer Hermanos, S.L.", "company")],
  sig="Núria Ferrer i Puig\nAdministració · Ferrer Germans, S.L.\nC/ de Mallorca 214 · 08008 Barcelona · Tel. 93 215 40 40",
  disc="Aquest missatge i els seus annexos són confidencials. Si no n'és el destinatari, us preguem que ho comuniqueu al remitent i l'elimineu. / Este mensaje y sus anexos son confidenciales. Si no es el destinatario, comuníquelo al remitente y elimínelo.",
  disc_pos="end", msip=True,
  note="Outlook, bilingual Catalan/Spanish footer. VAT included vs added: asks for a corrective invoice: dispute. No amount accepted as paid.")

M("client-reply-dispute", "es", "owa", ("Departamento Técnico", "tecnico@maquinariasureste.es"),
  """Javier:

La traducción del manual tuvo que ser revisada por otro traductor porque tenía errores graves en la terminología técnica (te adjunto el informe de revisión). No vamos a abonar el importe íntegro; te proponemos pagar el 60 %.

Saludos,
Francisco Requena
Jefe del Departamento Técnico""", "javi", "2026-12-10 10:35", "Atlantic/Canary",
  [rb("javi", "reminder", "2026-054", 2300.00, "2026-11-30", "2026-12-09 09:00", "Maquinaria Sureste",
      "tecnico@maquinariasureste.es", "Maquinaria Sureste, S.A.", "company")],
  attach=[(PDF, "Informe_revision_traduccion.pdf", fake_pdf(["INFORME DE REVISION", "Manual MS-400 EN>ES", "Errores terminologicos: 47", "Revisor: A. Campos"]))],
  utc=True,
  note="OWA (Date in +0000) with a PDF review report: quality complaint, offers to pay 60%: dispute.")

M("client-reply-dispute", "es", "gmail", ("Hugo Navarro", "hugonavarro.arq@gmail.com"),
  """Oye Lucía, esta factura ya me la pasaste en octubre (la 2026-039), es el mismo trabajo: los planos del local de Chamberí.
Creo que está duplicada, revísalo porfa.""", "lucia", "2026-11-27 16:05", "Europe/Madrid",
  [rb("lucia", "due", "2026-050", 726.00, "2026-11-25", "2026-11-26 09:00", "Hugo Navarro",
      "hugonavarro.arq@gmail.com", "Hugo Navarro", "person")],
  note="Gmail: says the invoice duplicates 2026-039 (already billed): dispute. The named number is the older invoice, not this one.")

M("client-reply-dispute", "es", "iphone", ("Lola Carrasco", "lolacarrasco@icloud.com"),
  "Nos cobras la reunión del día 5 que al final se canceló. Quítala y te pago.", "lucia", "2026-12-19 14:02", "Europe/Madrid",
  [rb("lucia", "due", "2026-060", 484.00, "2026-12-17", "2026-12-18 09:00", "Lola Carrasco",
      "lolacarrasco@icloud.com", "Lola Carrasco", "person")],
  note="iPhone: a billed item is contested; pays only once removed: dispute.")

M("client-reply-dispute", "es", "zimbra", ("Secretaría Técnica", "secretaria@camaracomerciolanzarote.es"),
  """Buenos días:

Le comunicamos que no procede el pago de la factura 2026-062: el servicio no fue contratado por esta entidad, sino por la Asociación de Comerciantes de Arrecife, que es otra persona jurídica con su propio CIF.

Le rogamos que anule la factura y, en su caso, la emita a nombre de quien corresponda.

Atentamente,
Secretaría Técnica""", "javi", "2027-01-11 09:25", "Atlantic/Canary",
  [rb("javi", "reminder", "2026-062", 850.00, "2026-12-31", "2027-01-08 09:00", "Cámara de Comercio",
      "secretaria@camaracomerciolanzarote.es", "Cámara de Comercio de Lanzarote", "company")],
  disc=DISC_ES_SHORT, lab={"reference": "2026-062"},
  note="Zimbra: billed to the wrong entity, refuses to pay, asks to cancel: dispute.")

M("client-reply-dispute", "es", "outlook", ("Patricia Soto", "patricia.soto@editorialcierzo.es"),
  """Hola Lucía:

Te hemos pagado ya 800 €; los 400 restantes te los abonamos cuando entregues las versiones en inglés de los folletos, que son parte del encargo y todavía no las tenemos.

Un saludo,
Patricia""", "lucia", "2027-01-20 13:15", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-067", 1200.00, "2027-01-10", "2027-01-19 09:00", "Editorial Cierzo",
      "patricia.soto@editorialcierzo.es", "Patricia Soto", "person")],
  sig="Patricia Soto Lacasa\nDirectora de Producción · Editorial Cierzo\nPaseo de la Independencia 8, 5.º · 50004 Zaragoza",
  disc=DISC_ES_SHORT, disc_pos="end",
  lab={"amount": "800.00"},
  note="Outlook: partial payment of 800 and the rest (400) withheld until missing work is delivered: dispute.")

M("client-reply-dispute", "es", "mobile", ("Toni Ramis", "toni@ramisnautica.com"),
  """Me parece excesivo que me cobres 40 € de indemnización más intereses, siempre te he pagado. La factura la pago, pero el recargo no.""",
  "lucia", "2026-12-16 19:48", "Europe/Madrid",
  [rb("lucia", "late_fee", "2026-053", 605.00, "2026-11-15", "2026-12-16 09:00", "Ramis Náutica",
      "toni@ramisnautica.com", "Toni Ramis", "person")],
  os="android",
  note="Outlook Android reply to the late-fee reminder: contests the 40 € compensation and interest: dispute (the 40 € is not a paid amount).")

M("client-reply-dispute", "es", "notes", ("Facturas Proveedores", "facturas.proveedores@indugalsa.es"),
  """Estimado proveedor:

Rechazamos la factura por no ajustarse al pedido n.º 4500987654 (importe del pedido: 3.000,00 €; importe facturado: 3.630,00 €). Rogamos emitan factura rectificativa ajustada al pedido.

Atentamente,
Contabilidad de Proveedores""", "lucia", "2026-12-03 08:44", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-051", 3630.00, "2026-11-30", "2026-12-02 09:00", "Indugalsa",
      "facturas.proveedores@indugalsa.es", "Industrias Gallegas, S.A.", "company")],
  disc="INDUSTRIAS GALLEGAS, S.A. · Polígono do Tambre, Vía Pasteur 41 · 15890 Santiago de Compostela · CIF A-15000000",
  note="HCL Notes: invoice rejected, amount doesn't match the PO: dispute. Order number and amounts are not facts to record.")

M("client-reply-dispute", "es", "tb", ("Miguel Ángel Ruiz", "maruiz@ruizconsultores.es"),
  """Hola Lucía:

¿Podrías hacernos un descuento del 15 % por el retraso en la entrega de la web? Si es así, pagamos esta misma semana.

Gracias,
Miguel Ángel""", "lucia", "2027-02-02 12:00", "Europe/Madrid",
  [rb("lucia", "reminder", "2027-003", 2904.00, "2027-01-25", "2027-02-01 09:00", "Ruiz Consultores",
      "maruiz@ruizconsultores.es", "Miguel Ángel Ruiz", "person")],
  note="Thunderbird: asks a 15% discount; payment conditional on it: dispute (not a promise).")

M("client-reply-dispute", "es", "mac", ("Lourdes Aguirre", "lourdes@aguirreeventos.es"),
  """Lucía, hablamos de 3 jornadas de trabajo, no de 4. La cuarta fue la reunión de presentación, que me dijiste que no la cobrabas.

Mándame la factura con 3 jornadas y la pago.

Lourdes""", "lucia", "2026-12-04 18:20", "Europe/Madrid",
  [rb("lucia", "due", "2026-054", 1694.00, "2026-12-02", "2026-12-03 09:00", "Lourdes Aguirre",
      "lourdes@aguirreeventos.es", "Lourdes Aguirre", "person")],
  sig="Lourdes Aguirre · Aguirre Eventos\nC/ Gran Vía 40 · 48011 Bilbao",
  note="Outlook for Mac: billed days contested: dispute.")

# --- other -------------------------------------------------------------------------------------
M("client-reply-other", "es", "outlook", ("Recepción Hotel Las Palmeras", "recepcion@hoteleslaspalmeras.com"),
  """Buenos días, Javier:

¿Nos puedes enviar la factura a facturas@hoteleslaspalmeras.com? Es el buzón que usa contabilidad; a mí me llegan, pero no las tramito yo.

Gracias y un saludo,
Cathaysa
Recepción""", "javi", "2026-12-07 09:12", "Atlantic/Canary",
  [rb("javi", "reminder", "2026-053", 640.00, "2026-11-30", "2026-12-04 09:00", "Hotel Las Palmeras",
      "recepcion@hoteleslaspalmeras.com", "Hoteles Las Palmeras, S.L.", "company")],
  sig="HOTEL LAS PALMERAS ****\nAvda. de Tirajana 12 · 35100 Playa del Inglés · Gran Canaria\nTel. +34 928 76 00 00",
  disc=DISC_ES_SHORT, disc_pos="end", logo=True,
  note="Outlook: asks to send the invoice to another mailbox: other.")

M("client-reply-other", "es", "owa", ("Laura Sanz", "laura.sanz@sanzretail.com"),
  """Hola Lucía:

¿Podrías reemitir la factura a nombre de la matriz (Grupo Sanz Retail, S.L., CIF B-28123456, C/ Orense 12, 28020 Madrid)? Así contabilidad la puede tramitar.

Gracias,
Laura""", "lucia", "2026-11-17 16:30", "Europe/Madrid",
  [rb("lucia", "courtesy", "2026-043", 907.50, "2026-11-20", "2026-11-16 09:00", "Laura Sanz",
      "laura.sanz@sanzretail.com", "Laura Sanz", "person", issue=d_("2026-10-21"))],
  note="OWA: asks to reissue to the parent company (no claim about amount or work): other. CIF and address are not facts.")

M("client-reply-other", "es", "gmail", ("Pilar Vega", "pilarvega.psicologa@gmail.com"),
  "Recibida, gracias! La paso a mi gestor.", "lucia", "2027-02-01 10:10", "Europe/Madrid",
  [rb("lucia", "courtesy", "2027-005", 242.00, "2027-02-10", "2027-01-31 09:00", "Pilar Vega",
      "pilarvega.psicologa@gmail.com", "Pilar Vega", "person", issue=d_("2027-01-11"))],
  sig="Pilar Vega Montes\nPsicóloga colegiada M-28123", sig_dashes=True,
  note="Gmail 'received, passing it to my accountant': other. Colegiada number is not an invoice.")

M("client-reply-other", "es", "mobile", ("Dácil Suárez", "dacil@suarezaudiovisuales.com"),
  "¿Me llamas cuando puedas? Es sobre la factura.", "javi", "2027-01-27 12:55", "Atlantic/Canary",
  [rb("javi", "reminder", "2027-002", 1150.00, "2027-01-20", "2027-01-27 09:00", "Dácil Suárez",
      "dacil@suarezaudiovisuales.com", "Dácil Suárez", "person")],
  os="ios",
  note="Outlook iOS: asks for a call: other.")

M("client-reply-other", "es", "outlook", ("Rubén Olmedo", "ruben.olmedo@olmedogroup.es"),
  """Lucía, pongo en copia a Administración para que lo revisen ellos.

Un saludo,
Rubén""", "lucia", "2026-12-11 08:50", "Europe/Madrid",
  [rb("lucia", "reminder", "2026-055", 2057.00, "2026-12-05", "2026-12-10 09:00", "Rubén Olmedo",
      "ruben.olmedo@olmedogroup.es", "Rubén Olmedo", "person")],
  cc=[("Administración Olmedo Group", "administracion@olmedogroup.es")],
  sig="Rubén Olmedo\nCEO · Olmedo Group\nPaseo de la Castellana 95, planta 15 · 28046 Madrid",
  disc=DISC_ES_SHORT, disc_pos="end",
  note="Outlook reply with accounts in CC: passed on, no statement about payment: other.")

M("client-reply-other", "es", "tb", ("Carlos Brito", "carlosbrito@cabildoarte.es"),
  """Hola Javier,

¿la cuenta que pones en el recordatorio es la misma de siempre? En la factura venía otra distinta y no quiero equivocarme.

Carlos""", "javi", "2026-12-15 11:20", "Atlantic/Canary",
  [rb("javi", "reminder", "2026-056", 310.00, "2026-12-08", "2026-12-14 09:00", "Carlos Brito",
      "carlosbrito@cabildoarte.es", "Carlos Brito", "person")],
  note="Thunderbird: bank-details question before paying: other.")

M("client-reply-other", "es", "zimbra", ("Olga Pastor", "opastor@reformaslevante.es"),
  """Buenos días, Lucía:

¿La factura 2026-047 es la de septiembre o la de octubre? Tenemos un lío con los partes de trabajo y no sé cuál cuadrar.

Gracias,
Olga""", "lucia", "2026-11-23 12:34", "Europe/Madrid",
  [rb("lucia", "due", "2026-047", 847.00, "2026-11-20", "2026-11-23 09:00", "Reformas Levante",
      "opastor@reformaslevante.es", "Reformas Levante, S.L.", "company")],
  lab={"reference": "2026-047"},
  note="Zimbra: which month does this invoice cover? a question: other.")

M("client-reply-other", "es", "apple", ("Begoña Larrañaga", "begona@larranagadiseno.eus"),
  """Javier, te mando el texto nuevo el lunes, son unas 5.000 palabras. ¿Te viene bien entregarlo para el 20?

Begoña""", "javi", "2027-02-11 19:15", "Atlantic/Canary",
  [rb("javi", "due", "2027-005", 690.00, "2027-02-10", "2027-02-11 09:00", "Begoña Larrañaga",
      "begona@larranagadiseno.eus", "Begoña Larrañaga", "person")],
  sig="Begoña Larrañaga · Larrañaga Diseño\nDonostia / San Sebastián",
  note="Apple Mail: answers the reminder only about a new job (Monday, 5.000 words, the 20th): other. None of those numbers is a payment.")


# ==============================================================================================
# ENGLISH
# ==============================================================================================

SIG_HF = """Rebecca Lawson
Finance Assistant | Harlow & Finch Ltd
12 Harbour Street, Bristol BS1 4QA
T: +44 (0)117 496 0123 | M: 07700 900 461
www.harlowfinch.co.uk"""

# --- paid --------------------------------------------------------------------------------------
M("client-reply-paid", "en", "outlook", ("Rebecca Lawson", "rebecca.lawson@harlowfinch.co.uk"),
  """Hi Sarah,

This was paid in yesterday's BACS run – should be with you by Thursday at the latest.

Kind regards,
Rebecca""", "sarah", "2026-12-08 10:14", "Europe/London",
  [rb("sarah", "reminder", "INV-2026-118", 2400.00, "2026-11-30", "2026-12-07 09:00", "Harlow & Finch Ltd",
      "rebecca.lawson@harlowfinch.co.uk", "Harlow & Finch Ltd", "company", cur="GBP")],
  sig=SIG_HF, disc=DISC_EN + "\n\n" + ENV_EN, disc_pos="end", logo=True,
  note="Outlook desktop (cp1252 in iso-8859-1 QP: en dash, £). 'paid in yesterday's BACS run' = paid; Thursday is arrival. "
       "'Registered in England and Wales No. 04567890', VAT and postcode in the disclaimer are not facts.")

M("client-reply-paid", "en", "owa", ("Ciarán Walsh", "ciaran.walsh@walshbrewing.ie"),
  "Sorted – went out this morning.\n\nC.", "tom", "2026-11-18 11:47", "Europe/Dublin",
  [rb("tom", "due", "INV-2026-095", 1230.00, "2026-11-16", "2026-11-17 09:00", "Ciarán Walsh",
      "ciaran.walsh@walshbrewing.ie", "Ciarán Walsh", "person")],
  sig="Ciarán Walsh | Head Brewer & Co-founder\nWalsh Brewing Co. | Unit 4, Kilbarry Business Park, Waterford X91 F2K7\n+353 51 555 012",
  note="OWA (Date in UTC): 'Sorted – went out this morning' = paid without a payment verb.")

M("client-reply-paid", "en", "gmail", ("Orla Brennan", "orla.brennan.ceramics@gmail.com"),
  "Paid! Sorry Tom, Christmas chaos here 🎄", "tom", "2026-12-29 15:20", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-109", 480.00, "2026-12-15", "2026-12-29 09:00", "Orla Brennan",
      "orla.brennan.ceramics@gmail.com", "Orla Brennan", "person")],
  sig="Orla Brennan Ceramics\nStudio 3, The Old Mill, Kilkenny", sig_dashes=True,
  note="Gmail one-liner with emoji: paid.")

M("client-reply-paid", "en", "iphone", ("Hannah Cole", "hannah.cole@me.com"),
  "Done 👍", "sarah", "2027-01-12 21:03", "Europe/London",
  [rb("sarah", "reminder", "INV-2027-002", 650.00, "2027-01-05", "2027-01-12 09:00", "Hannah Cole",
      "hannah.cole@me.com", "Hannah Cole", "person", cur="GBP")],
  note="iPhone: 'Done' + thumbs-up emoji above the quoted reminder: paid.")

M("client-reply-paid", "en", "mobile", ("Fiona Daly", "fiona.daly@dalyvets.ie"),
  "Hi Tom, transferred €1,845 just now from our AIB account, let me know when it lands.", "tom", "2026-12-03 17:26", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-101", 1845.00, "2026-11-25", "2026-12-03 09:00", "Daly Veterinary Clinic",
      "fiona.daly@dalyvets.ie", "Fiona Daly", "person")],
  os="ios", lab={"amount": "1845.00"},
  note="Outlook iOS: transferred just now, amount stated; 'let me know when it lands' is not a question about the invoice.")

M("client-reply-paid", "en", "notes", ("Accounts Payable", "accounts.payable@celticmutual.ie"),
  """Dear Mr Byrne,

Please be advised that invoice INV-2026-097 was settled on 04/12/2026 under payment reference 0000871234.

Regards,
Accounts Payable""", "tom", "2026-12-07 14:02", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-097", 2952.00, "2026-11-30", "2026-12-07 09:00", "Celtic Mutual Assurance DAC",
      "accounts.payable@celticmutual.ie", "Celtic Mutual Assurance DAC", "company")],
  sig="Celtic Mutual Assurance DAC\nFinance Operations, 2 Grand Canal Square, Dublin 2, D02 A342",
  disc="Celtic Mutual Assurance DAC is regulated by the Central Bank of Ireland. Registered in Ireland No. 512345. Registered Office: 2 Grand Canal Square, Dublin 2. This e-mail is confidential and intended solely for the addressee.",
  lab={"reference": "INV-2026-097"},
  note="HCL Notes: settled on 04/12/2026 (Irish day/month) with a payment reference: paid. Company number and Eircode are not facts.")

M("client-reply-paid", "en", "outlook", ("Niamh Kearney", "niamh.kearney@liffeyfoods.ie"),
  """Tom,

See below from our AP team – they say it went on Friday. Shout if it doesn't show up.

Niamh""", "tom", "2026-12-14 09:36", "Europe/Dublin",
  [Block(("SAP Remittance", "noreply.remittance@liffeyfoods.ie"), [("Niamh Kearney", "niamh.kearney@liffeyfoods.ie")],
         D("2026-12-11 16:02", "Europe/Dublin"), "Remittance Advice - Payment 2000418 - Byrne Design",
         """REMITTANCE ADVICE

Payer:            Liffey Foods Ltd, Unit 7 Ballymount Industrial Estate, Dublin 12
Payee:            Byrne Design
Payment document: 2000418
Payment date:     11.12.2026
Payment method:   SEPA Credit Transfer

Your ref        Doc. date     Gross amount   Deduction   Net paid
INV-2026-104    30.10.2026        3,075.00        0.00   3,075.00

Total paid EUR 3,075.00

This is a system-generated message. Please do not reply.""", fwd=True)],
  fwd=True, subj="FW: Remittance Advice - Payment 2000418 - Byrne Design",
  sig="Niamh Kearney\nMarketing Manager | Liffey Foods Ltd\nT +353 1 555 0199",
  disc=ENV_EN, disc_pos="sig",
  lab={"amount": "3075.00", "reference": "INV-2026-104"},
  note="Outlook FW: of the client's SAP remittance advice (a forward, no In-Reply-To); 'it went on Friday' + remittance = paid. "
       "Payment document 2000418 is not an invoice number.")

M("client-reply-paid", "en", "tb", ("Niall Murphy", "niall@murphyjoinery.ie"),
  """Paid on the 2nd, ref BYRNE-DEC.

Cheers,
Niall""", "tom", "2026-12-04 08:40", "Europe/Dublin",
  [rb("tom", "due", "INV-2026-103", 615.00, "2026-12-01", "2026-12-02 09:00", "Niall Murphy",
      "niall@murphyjoinery.ie", "Niall Murphy", "person")],
  bottom=True, sig="Niall Murphy\nMurphy Joinery, Ennis, Co. Clare\n065 682 0000",
  note="Thunderbird bottom-posted under the quoted reminder: paid on the 2nd.")

M("client-reply-paid", "en", "zimbra", ("Helen Marsh", "h.marsh@english.northumbria-example.ac.uk"),
  """Hi Sarah,

Finance have confirmed that the payment of £850.00 was processed on 20 January; it can take up to 3 working days to reach you.

Best wishes,
Helen

Dr Helen Marsh
Senior Lecturer, School of English
Room 214, Lipman Building, Newcastle upon Tyne NE1 8ST""", "sarah", "2027-01-21 11:55", "Europe/London",
  [rb("sarah", "reminder", "INV-2027-001", 850.00, "2027-01-14", "2027-01-20 09:00", "Helen Marsh",
      "h.marsh@english.northumbria-example.ac.uk", "Helen Marsh", "person", cur="GBP")],
  lab={"amount": "850.00", "currency": "GBP"},
  note="Zimbra (university): payment of £850.00 processed on 20 January: paid, GBP. Room 214 is an address.")

M("client-reply-paid", "en", "outlook", ("Gráinne O'Shea", "grainne.oshea@atlanticsurf.ie"),
  """Hi Tom,

Our records show this was paid on 27 November together with INV-2026-088. Could you check again on your side?

Thanks,
Gráinne""", "tom", "2026-12-09 12:18", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-099", 940.00, "2026-11-30", "2026-12-08 09:00", "Atlantic Surf Ltd",
      "grainne.oshea@atlanticsurf.ie", "Atlantic Surf Ltd", "company")],
  html_only=True, sig="Gráinne O'Shea | Office Manager\nAtlantic Surf Ltd, Strandhill, Co. Sligo",
  note="Outlook HTML only: says it was paid on 27 November and asks to check: paid. INV-2026-088 is another invoice paid together, so no reference.")

M("client-reply-paid", "en", "mac", ("Jen Alvarez", "jen@brooklynfieldnotes.com"),
  """Hi Tom —

We sent the wire on Tuesday. Our bank said 2-3 business days for international, so it should land any minute.

Best,
Jen""", "tom", "2026-12-10 10:05", "America/New_York",
  [rb("tom", "reminder", "INV-2026-100", 2200.00, "2026-11-30", "2026-12-09 09:00", "Brooklyn Field Notes",
      "jen@brooklynfieldnotes.com", "Jen Alvarez", "person")],
  us=True, sig="Jen Alvarez\nManaging Editor, Brooklyn Field Notes\n(718) 555-0144",
  note="Outlook for Mac from New York (-0500): wire sent on Tuesday = paid. Phone number is not an amount.")

M("client-reply-paid", "en", "outlook", ("Mark Ellison", "mark@ellisonjoinery.co.uk"),
  "Paid today, thanks.", "sarah", "2026-11-24 16:41", "Europe/London",
  [rb("sarah", "due", "INV-2026-110", 375.00, "2026-11-23", "2026-11-24 09:00", "Mark Ellison",
      "mark@ellisonjoinery.co.uk", "Mark Ellison", "person", cur="GBP")],
  html_body="Hi Sarah,\n\nPayment made today – thanks for your patience!\n\nMark", exch=False,
  sig="Ellison Joinery Ltd · Registered in England No. 7654321",
  note="Outlook via SMTP: plain and HTML parts are worded differently (same meaning: paid today). Company number is not a fact.")

# --- promise -----------------------------------------------------------------------------------
M("client-reply-promise", "en", "outlook", ("James Whitfield", "james.whitfield@northgatehomes.co.uk"),
  """Hi Sarah,

It's approved and will go out with next week's payment run.

Thanks,
James""", "sarah", "2026-11-26 15:12", "Europe/London",
  [rb("sarah", "due", "INV-2026-112", 1800.00, "2026-11-25", "2026-11-26 09:00", "Northgate Homes",
      "james.whitfield@northgatehomes.co.uk", "Northgate Homes plc", "company", cur="GBP")],
  sig="James Whitfield\nMarketing Director\nNorthgate Homes plc | 1 Northgate Square, Leeds LS1 4AP\nT: 0113 496 0000",
  disc="Northgate Homes plc. Registered in England and Wales. Company No. 02345678. Registered Office: 1 Northgate Square, Leeds LS1 4AP. "
       "This email and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it.",
  disc_pos="end", logo=True, banner=("New show homes now open at Meanwood Park – book a viewing", "https://www.northgatehomes.co.uk/meanwood"),
  note="Outlook with logo and a marketing banner (inline cid images, multipart/related): 'next week's payment run' = promise without a specific date.")

M("client-reply-promise", "en", "owa", ("Declan Farrell", "declan@farrellplant.ie"),
  """Hi Tom,

We can't pay before the 28th I'm afraid – cash flow is tight until our own customers settle up. You'll have it on the 28th.

Sorry about this,
Declan""", "tom", "2026-12-07 13:30", "Europe/Dublin",
  [rb("tom", "late_fee", "INV-2026-094", 3690.00, "2026-11-05", "2026-12-07 09:00", "Farrell Plant Hire",
      "declan@farrellplant.ie", "Farrell Plant Hire Ltd", "company")],
  sig="Declan Farrell\nFarrell Plant Hire Ltd, Naas Road, Co. Kildare\n045 555 321",
  lab={"promised_date": "2026-12-28"},
  note="OWA reply to the late-fee reminder (fee lines quoted, not facts): 'can't pay before the 28th ... on the 28th' = 2026-12-28.")

M("client-reply-promise", "en", "gmail", ("Lucy Parker", "lucyparkerwrites@gmail.com"),
  "Will pay tomorrow, promise! x", "sarah", "2027-01-31 20:05", "Europe/London",
  [rb("sarah", "reminder", "INV-2027-003", 320.00, "2027-01-25", "2027-01-31 09:00", "Lucy Parker",
      "lucyparkerwrites@gmail.com", "Lucy Parker", "person", cur="GBP")],
  lab={"promised_date": "2027-02-01"},
  note="Gmail; 'tomorrow' on 31 January = 2027-02-01 (month change).")

M("client-reply-promise", "en", "iphone", ("Shane Doyle", "shane.doyle@icloud.com"),
  "I'll sort it Friday when I'm back in the office", "tom", "2026-12-10 07:55", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-102", 555.00, "2026-12-01", "2026-12-09 09:00", "Shane Doyle",
      "shane.doyle@icloud.com", "Shane Doyle", "person")],
  note="iPhone on Thursday 10 Dec: 'Friday' = 2026-12-11.",
  lab={"promised_date": "2026-12-11"})

M("client-reply-promise", "en", "mobile", ("Amira Hassan", "amira.hassan@brightlinedigital.co.uk"),
  "Payment will be made by the end of the month.", "sarah", "2027-02-03 08:20", "Europe/London",
  [rb("sarah", "reminder", "INV-2027-004", 1150.00, "2027-01-28", "2027-02-02 09:00", "Brightline Digital",
      "amira.hassan@brightlinedigital.co.uk", "Amira Hassan", "person", cur="GBP")],
  os="android", lab={"promised_date": "2027-02-28"},
  note="Outlook Android: 'by the end of the month' in February = 2027-02-28.")

M("client-reply-promise", "en", "notes", ("Purchase Ledger", "purchase.ledger@shannonaero.ie"),
  """Dear Supplier,

Your invoice has been approved and is scheduled for payment on 15/01/2027.

Kind regards,
Purchase Ledger
Shannon Aero Components Ltd""", "tom", "2026-12-17 11:11", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-106", 4428.00, "2026-12-10", "2026-12-16 09:00", "Shannon Aero Components",
      "purchase.ledger@shannonaero.ie", "Shannon Aero Components Ltd", "company")],
  disc="Shannon Aero Components Ltd, Registered in Ireland No. 298765, Free Zone East, Shannon, Co. Clare V14 EE06.",
  lab={"promised_date": "2027-01-15"},
  note="HCL Notes, a purchase-ledger clerk: scheduled for payment on 15/01/2027 = promise for 2027-01-15.")

M("client-reply-promise", "en", "outlook", ("Aisling Moran", "aisling.moran@moranhotels.ie"),
  """Hi Tom,

Hope you're well! Just back from the Galway opening – the new signage looked amazing on the night, loads of compliments, so thank you. The GM wants to talk to you about doing the same for Kinsale next spring, I'll set up a call after Christmas.

A couple of small things on the menus: the allergen icons are a bit small on the A5 version, and we need a Christmas insert for the bar menu (same style, one page). Can you quote for that?

Oh and re the invoice, I've asked Deirdre to pay it on Monday.

Talk soon,
Aisling""", "tom", "2026-11-26 17:48", "Europe/Dublin",
  [rb("tom", "due", "INV-2026-098", 2706.00, "2026-11-24", "2026-11-25 09:00", "Moran Hotels Group",
      "aisling.moran@moranhotels.ie", "Aisling Moran", "person")],
  sig="Aisling Moran\nGroup Marketing Manager\nMoran Hotels Group | Eyre Square, Galway H91 XK2T\nT +353 91 555 700",
  disc=DISC_EN.replace("Harlow & Finch Ltd is registered in England and Wales No. 04567890. Registered office: 12 Harbour Street, Bristol BS1 4QA. VAT No. GB 123 4567 89.",
                       "Moran Hotels Group Ltd. Registered in Ireland No. 401122."),
  disc_pos="end",
  lab={"promised_date": "2026-11-30"},
  note="Long chatty Outlook mail about work; the one sentence that matters: Deirdre pays on Monday (Thursday 26 Nov) = 2026-11-30.")

M("client-reply-promise", "en", "zimbra", ("Paul Hendry", "paul@hendryarchitects.co.uk"),
  "Not today I'm afraid – Thursday.\n\nPaul", "sarah", "2027-02-16 12:12", "Europe/London",
  [rb("sarah", "due", "INV-2027-005", 900.00, "2027-02-16", "2027-02-16 09:00", "Paul Hendry",
      "paul@hendryarchitects.co.uk", "Paul Hendry", "person", cur="GBP")],
  sig="Hendry Architects · 5 Albion Row, Edinburgh EH7 5HR",
  lab={"promised_date": "2027-02-18"},
  note="Zimbra reply to a due-today reminder: 'Not today – Thursday' (Tuesday 16 Feb) = 2027-02-18.")

M("client-reply-promise", "en", "tb", ("Colm Gallagher", "colm@gallagherfarmsupplies.ie"),
  "Will be paid by the 15th.\n\nRegards,\nColm", "tom", "2027-01-20 10:02", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2027-001", 738.00, "2027-01-12", "2027-01-19 09:00", "Colm Gallagher",
      "colm@gallagherfarmsupplies.ie", "Colm Gallagher", "person")],
  lab={"promised_date": "2027-02-15"},
  note="Thunderbird; 'by the 15th' written on 20 January: the 15th has passed, so 2027-02-15.")

M("client-reply-promise", "en", "outlook", ("Phil Ashworth", "phil.ashworth@ashworthlegal.co.uk"),
  """Hi Sarah,

See below – should be with you Friday.

Best,
Phil""", "sarah", "2026-12-02 14:25", "Europe/London",
  [Block(("Phil Ashworth", "phil.ashworth@ashworthlegal.co.uk"), [("Karen Mills", "karen.mills@ashworthlegal.co.uk")],
         D("2026-12-02 14:20", "Europe/London"), "FW: Invoice INV-2026-114 – payment reminder",
         "Karen – please add Sarah Mitchell's invoice to Friday's run. Thanks, Phil",
         msgid=msgid_for("outlook", "ashworthlegal.co.uk")),
   rb("sarah", "reminder", "INV-2026-114", 1250.00, "2026-11-25", "2026-12-02 09:00", "Phil Ashworth",
      "phil.ashworth@ashworthlegal.co.uk", "Phil Ashworth", "person", cur="GBP")],
  cc=[("Karen Mills", "karen.mills@ashworthlegal.co.uk")], prefix="RE:",
  subj="RE: Invoice INV-2026-114 – payment reminder",
  sig="Phil Ashworth\nPartner | Ashworth Legal LLP\n3 Queen Square, Bath BA1 2HG\nAshworth Legal LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345).",
  disc=DISC_EN.replace("Harlow & Finch Ltd is registered in England and Wales No. 04567890. Registered office: 12 Harbour Street, Bristol BS1 4QA. VAT No. GB 123 4567 89.",
                       "Ashworth Legal LLP is a limited liability partnership registered in England and Wales (OC401234)."),
  disc_pos="end",
  lab={"promised_date": "2026-12-04"},
  note="Outlook: the sender quotes his own internal instruction to a colleague ('add to Friday's run'); Wednesday 2 Dec -> 2026-12-04. SRA and OC numbers are not facts.")

M("client-reply-promise", "en", "mac", ("Marcus Reed", "marcus@reedandco-nyc.com"),
  "Hi Tom, we'll get this paid today. Apologies for the delay!\n\nMarcus", "tom", "2026-11-19 14:10", "America/New_York",
  [rb("tom", "due", "INV-2026-096", 1500.00, "2026-11-18", "2026-11-19 09:00", "Reed & Co.",
      "marcus@reedandco-nyc.com", "Marcus Reed", "person")],
  us=True, sig="Marcus Reed | Reed & Co.\n245 W 29th St, Suite 1102, New York, NY 10001",
  lab={"promised_date": "2026-11-19"},
  note="Outlook for Mac, New York time (-0500): 'we'll get this paid today' = promise for the message's own day, 2026-11-19. Suite 1102 is an address.")

M("client-reply-promise", "en", "outlook", ("Sinéad Kavanagh", "sinead@kavanaghdental.ie"),
  "Will pay on 5 Jan.\n\nS.", "tom", "2026-12-21 16:30", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-108", 861.00, "2026-12-15", "2026-12-21 09:00", "Kavanagh Dental",
      "sinead@kavanaghdental.ie", "Sinéad Kavanagh", "person")],
  html_body="Hi Tom,\n\nWe'll pay this on 5 January when the office reopens. Happy Christmas!\n\nSinéad",
  sig="Kavanagh Dental Practice · Main Street, Naas",
  lab={"promised_date": "2027-01-05"},
  note="Outlook: plain 'Will pay on 5 Jan' vs HTML 'We'll pay this on 5 January when the office reopens' = 2027-01-05.")

# --- dispute -----------------------------------------------------------------------------------
M("client-reply-dispute", "en", "outlook", ("Oliver Grant", "oliver.grant@grantandsons.co.uk"),
  """Hi Sarah,

We agreed a fixed fee of £2,000 for the website copy; the invoice says £2,400. Could you reissue it at the agreed fee?

Thanks,
Oliver""", "sarah", "2026-12-03 09:50", "Europe/London",
  [rb("sarah", "due", "INV-2026-116", 2400.00, "2026-12-01", "2026-12-02 09:00", "Grant & Sons",
      "oliver.grant@grantandsons.co.uk", "Grant & Sons Ltd", "company", cur="GBP")],
  sig="Oliver Grant\nDirector, Grant & Sons Ltd\nFamily builders since 1952",
  disc=ENV_EN, msip=True,
  note="Outlook, cp1252 £ in iso-8859-1: invoiced amount differs from the agreed fixed fee: dispute. '1952' is a slogan.")

M("client-reply-dispute", "en", "owa", ("Siobhán Nolan", "siobhan.nolan@nolanpharma.ie"),
  """Tom,

We're not paying for the third round of revisions – that round was needed because of errors on your side, not because of a change request from us. Please send a revised invoice without it.

Regards,
Siobhán""", "tom", "2026-12-15 16:10", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-105", 3321.00, "2026-12-05", "2026-12-14 09:00", "Nolan Pharma",
      "siobhan.nolan@nolanpharma.ie", "Nolan Pharma Ltd", "company")],
  sig="Siobhán Nolan\nBrand Manager | Nolan Pharma Ltd\nCitywest Business Campus, Dublin 24",
  disc="This e-mail and any files transmitted with it are confidential and intended solely for the use of the addressee. Nolan Pharma Ltd, registered in Ireland No. 334455.",
  disc_pos="end",
  note="OWA: part of the work is contested, wants a revised invoice: dispute.")

M("client-reply-dispute", "en", "gmail", ("Eoin McCarthy", "eoin.mccarthy.cork@gmail.com"),
  """Hi Tom, I think you've invoiced the logo twice – INV-2026-115 and INV-2026-117 are the same job? Can you check before I pay anything.

Thanks, Eoin""", "tom", "2026-12-05 11:45", "Europe/Dublin",
  [rb("tom", "due", "INV-2026-117", 615.00, "2026-12-03", "2026-12-04 09:00", "Eoin McCarthy",
      "eoin.mccarthy.cork@gmail.com", "Eoin McCarthy", "person")],
  lab={"reference": "INV-2026-117"},
  note="Gmail: believes he was billed twice for the same job (names INV-2026-115 and this INV-2026-117) and won't pay until checked: dispute.")

M("client-reply-dispute", "en", "iphone", ("Dara Quinn", "dara.quinn@icloud.com"),
  "Tom the banner files were never delivered. Can't pay for something we don't have.", "tom", "2027-01-08 19:40", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-111", 420.00, "2026-12-31", "2027-01-08 09:00", "Dara Quinn",
      "dara.quinn@icloud.com", "Dara Quinn", "person")],
  note="iPhone: work not delivered, refuses to pay: dispute.")

M("client-reply-dispute", "en", "mobile", ("Gareth Hughes", "gareth@hughesandpartners.co.uk"),
  "We'll pay the original invoice but not the £40 late payment charge – we've never been late before and nobody told us about interest.",
  "sarah", "2026-12-18 18:02", "Europe/London",
  [rb("sarah", "late_fee", "INV-2026-113", 980.00, "2026-11-15", "2026-12-18 09:00", "Hughes & Partners",
      "gareth@hughesandpartners.co.uk", "Hughes & Partners", "company", cur="GBP")],
  os="ios",
  note="Outlook iOS reply to the late-fee reminder: will pay the invoice but contests the £40 and interest: dispute.")

M("client-reply-dispute", "en", "notes", ("Supplier Invoices", "supplier.invoices@meridianrail.co.uk"),
  """Invoice returned.

The hourly rate charged does not match the rate card in the framework agreement (GBP 65.00/hr agreed vs GBP 75.00/hr invoiced). Please resubmit a corrected invoice quoting the framework reference MR-FA-2024-117.

Supplier Invoices Team
Meridian Rail Services Ltd""", "sarah", "2027-01-14 10:30", "Europe/London",
  [rb("sarah", "reminder", "INV-2026-119", 3000.00, "2027-01-05", "2027-01-13 09:00", "Meridian Rail Services",
      "supplier.invoices@meridianrail.co.uk", "Meridian Rail Services Ltd", "company", cur="GBP")],
  disc="Meridian Rail Services Ltd. Registered in England and Wales No. 03123456. Registered office: 40 Station Approach, Derby DE1 2RU.",
  note="HCL Notes: rate contested, invoice returned: dispute. Framework reference MR-FA-2024-117 is not an invoice number.")

M("client-reply-dispute", "en", "zimbra", ("Ruth Kenny", "ruth.kenny@dublinartscentre.ie"),
  """Hi Tom,

We've paid €1,000 of this; the balance is on hold until the accessibility fixes from the audit are done.

Best,
Ruth""", "tom", "2027-01-27 14:14", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2027-002", 1968.00, "2027-01-20", "2027-01-26 09:00", "Dublin Arts Centre",
      "ruth.kenny@dublinartscentre.ie", "Ruth Kenny", "person")],
  sig="Ruth Kenny | Digital Lead | Dublin Arts Centre CLG\nCharity No. 20012345",
  lab={"amount": "1000.00"},
  note="Zimbra: partial payment €1,000, the rest withheld until fixes: dispute. Charity number is not a fact.")

M("client-reply-dispute", "en", "mac", ("Conor Byrne", "conor@westcorkcycles.ie"),
  """Hi Tom,

Could you credit us for the 2 days lost when the site was down after launch? We missed a good chunk of the Black Friday orders. Then we'll settle straight away.

Conor""", "tom", "2026-12-02 09:15", "Europe/Dublin",
  [rb("tom", "due", "INV-2026-113", 2460.00, "2026-11-30", "2026-12-01 09:00", "West Cork Cycles",
      "conor@westcorkcycles.ie", "Conor Byrne", "person")],
  note="Outlook for Mac: asks for a credit before paying: dispute.")

M("client-reply-dispute", "en", "outlook", ("Alistair Pemberton", "a.pemberton@pembertonholdings.co.uk"),
  """Dear Ms Mitchell,

We dispute this invoice in full. The project was cancelled in writing on 3 October 2026, before any work was delivered, and we do not accept liability for the sum claimed.

Please direct any further correspondence on this matter to me.

Yours sincerely,""", "sarah", "2027-01-19 12:00", "Europe/London",
  [rb("sarah", "final", "INV-2026-111", 4200.00, "2026-11-30", "2027-01-18 09:00", "Pemberton Holdings Ltd",
      "a.pemberton@pembertonholdings.co.uk", "Pemberton Holdings Ltd", "company", cur="GBP", deadline=d_("2027-02-01"))],
  sig="A. Pemberton\nCompany Secretary\nPemberton Holdings Ltd | 8 Castle Street, Chester CH1 2DS",
  disc=DISC_EN.replace("Harlow & Finch Ltd is registered in England and Wales No. 04567890. Registered office: 12 Harbour Street, Bristol BS1 4QA. VAT No. GB 123 4567 89.",
                       "Pemberton Holdings Ltd. Registered in England and Wales No. 01987654. VAT Reg. No. 456 7890 12."),
  disc_pos="end",
  note="Outlook, formal reply to the final notice: disputes the invoice in full. All numbers in the signature/disclaimer are company data.")

# --- other -------------------------------------------------------------------------------------
M("client-reply-other", "en", "outlook", ("Priya Shah", "accounts.payable@kingsbridgemedia.co.uk"),
  """Hi Sarah,

We need a PO number on all supplier invoices. Could you reissue with PO 45012876? Once it's on, it'll go through our normal process.

Thanks,
Priya
Accounts Payable""", "sarah", "2026-11-20 10:40", "Europe/London",
  [rb("sarah", "courtesy", "INV-2026-109", 1600.00, "2026-11-25", "2026-11-19 09:00", "Kingsbridge Media",
      "accounts.payable@kingsbridgemedia.co.uk", "Kingsbridge Media Ltd", "company", cur="GBP", issue=d_("2026-10-26"))],
  sig="Kingsbridge Media Ltd | 21 Old Street, London EC1V 9HL",
  disc=DISC_EN.replace("Harlow & Finch Ltd is registered in England and Wales No. 04567890. Registered office: 12 Harbour Street, Bristol BS1 4QA. VAT No. GB 123 4567 89.",
                       "Kingsbridge Media Ltd is registered in England and Wales No. 09876543.") + "\n\n" + ENV_EN,
  disc_pos="end",
  note="Outlook: PO number needed, reissue requested: other (a requirement, no claim).")

M("client-reply-other", "en", "owa", ("Emma Doherty", "emma.doherty@doherty-events.ie"),
  "Forwarding to our accounts payable team (cc'd) – they'll pick this up.\n\nEmma", "tom", "2026-12-01 09:20", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-114", 1107.00, "2026-11-20", "2026-11-30 09:00", "Emma Doherty",
      "emma.doherty@doherty-events.ie", "Emma Doherty", "person")],
  cc=[("Accounts Payable", "ap@doherty-events.ie")],
  sig="Emma Doherty | Events Director\nDoherty Events, 14 Fitzwilliam Place, Dublin 2",
  note="OWA with AP in Cc: handed over, nothing about payment: other.")

M("client-reply-other", "en", "gmail", ("Tash Okafor", "tash.okafor@gmail.com"),
  "Received, thanks!", "sarah", "2027-02-02 09:01", "Europe/London",
  [rb("sarah", "courtesy", "INV-2027-006", 540.00, "2027-02-09", "2027-02-02 08:30", "Tash Okafor",
      "tash.okafor@gmail.com", "Tash Okafor", "person", cur="GBP", issue=d_("2027-01-10"))],
  note="Gmail 'Received, thanks!' to a courtesy reminder: other.")

M("client-reply-other", "en", "mobile", ("Barry Lynch", "barry@lynchmotors.ie"),
  "Can you give me a quick call? 087 123 4567", "tom", "2026-12-16 11:30", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-107", 1353.00, "2026-12-08", "2026-12-16 09:00", "Lynch Motors",
      "barry@lynchmotors.ie", "Barry Lynch", "person")],
  os="android",
  note="Outlook Android: asks for a call; the phone number is not an amount: other.")

M("client-reply-other", "en", "zimbra", ("Finance Shared Services", "fss.casework@galwaycoco-example.ie"),
  """Hi Tom,

Thanks for contacting Finance Shared Services. I've passed your query to the payables team and they'll come back to you within 5 working days.

Kind regards,
Aoife
Finance Shared Services

Case 00123456 | Please keep this reference in the subject line of any reply.""", "tom", "2026-12-10 15:03", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-116", 2091.00, "2026-11-30", "2026-12-09 09:00", "Galway Cultural Trust",
      "fss.casework@galwaycoco-example.ie", "Galway Cultural Trust", "company")],
  subj="Re: [Case 00123456] Invoice INV-2026-116 – payment reminder",
  note="Zimbra, a named shared-services agent passes the query on: other (not an auto-reply, not a promise). Case number is not an invoice.")

M("client-reply-other", "en", "outlook", ("Mairéad Ní Bhriain", "mairead@connemarawool.ie"),
  """Hi Tom,

Have your bank details changed? We received an email last week from a "byrnedesign-ie.com" address asking us to update them to a new account. Before we pay anything, can you confirm by phone?

Thanks,
Mairéad""", "tom", "2027-01-13 10:25", "Europe/Dublin",
  [rb("tom", "reminder", "INV-2026-110", 1722.00, "2026-12-31", "2027-01-12 09:00", "Connemara Wool",
      "mairead@connemarawool.ie", "Connemara Wool Ltd", "company")],
  sig="Mairéad Ní Bhriain\nConnemara Wool Ltd, Clifden, Co. Galway\n095 21 000",
  note="Outlook: suspected invoice fraud, asks to confirm bank details by phone: other.")

M("client-reply-other", "en", "tb", ("Robert Fenwick", "rob.fenwick@fenwickestates.co.uk"),
  """Sarah,

Which invoice is this for? We have INV-2026-108 marked as paid – is this a different one? Could you resend the PDF?

Rob""", "sarah", "2026-12-10 17:10", "Europe/London",
  [rb("sarah", "reminder", "INV-2026-115", 725.00, "2026-12-01", "2026-12-09 09:00", "Robert Fenwick",
      "rob.fenwick@fenwickestates.co.uk", "Robert Fenwick", "person", cur="GBP")],
  note="Thunderbird: asks which invoice and for the PDF; the one he says is paid is a different invoice: other.")

M("client-reply-other", "en", "apple", ("Kate Morrissey", "kate@morrisseygallery.ie"),
  """Loved the new brochure! Can we start on the annual report in January? I'll send the brief next week.

Kate x""", "tom", "2026-12-11 18:30", "Europe/Dublin",
  [rb("tom", "due", "INV-2026-112", 1476.00, "2026-12-10", "2026-12-11 09:00", "Kate Morrissey",
      "kate@morrisseygallery.ie", "Kate Morrissey", "person")],
  sig="Kate Morrissey\nMorrissey Gallery · 22 South William St, Dublin 2",
  note="Apple Mail reply to a reminder that only talks about new work: other.")

M("client-reply-other", "en", "outlook", ("Derek Shaw", "derek.shaw@shawlogistics.co.uk"),
  """Hi Sarah,

Could you send the invoice as a PDF? The attachment came through as winmail.dat and none of us can open it.

Cheers,
Derek""", "sarah", "2026-11-17 11:05", "Europe/London",
  [rb("sarah", "due", "INV-2026-107", 860.00, "2026-11-16", "2026-11-17 09:00", "Shaw Logistics",
      "derek.shaw@shawlogistics.co.uk", "Shaw Logistics Ltd", "company", cur="GBP")],
  sig="Derek Shaw | Transport Manager\nShaw Logistics Ltd, Unit 12 Trafford Park, Manchester M17 1AB",
  disc=ENV_EN,
  note="Outlook: can't open the attachment, asks for a PDF: other.")


# ==============================================================================================
# MACHINE MAIL: Exchange / Notes / OWA auto-replies, Office 365 and Exchange NDRs,
# bank and AP notices, e-invoicing and "viewed" notices
# ==============================================================================================

def exch_html(inner_paras, lang_attr="IT"):
    body = "\n".join(f'<p class="MsoNormal">{esc(p_).replace(chr(10), "<br>")}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                     for p_ in inner_paras)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n</head>\n'
            f'<body lang="{lang_attr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            f"{body}\n</div>\n</body>\n</html>\n")


def autoreply_exchange(owner, rem, frm, subject_prefix, paras, lang, date, tz, lab, note, html_only=True,
                       auto_headers=True, lang_attr="IT"):
    o = OWNERS[owner]
    d = parse_when(date, tz)
    subj = f"{subject_prefix} {rem.subject}"
    html_ = exch_html(paras, lang_attr)
    bnd = f"_000_{rhex(40)}_"
    H = [f"From: {addr(frm[0], frm[1])}", f"To: {addr(o['name'], o['mail'])}", f"Subject: {hdr_text(subj)}",
         f"Thread-Topic: {hdr_text(rem.subject)}", f"Thread-Index: {thread_index()}", f"Date: {rfc_date(d, utc=True)}",
         f"Message-ID: {msgid_for('outlook', frm[1].split('@')[1])}", f"In-Reply-To: {rem.msgid}", f"References: {rem.msgid}",
         f"Content-Language: {'it-IT' if lang == 'it' else 'es-ES' if lang == 'es' else 'en-GB'}",
         "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    if auto_headers:
        H += ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
              f"X-MS-Exchange-Inbox-Rules-Loop: {frm[1]}", "x-ms-exchange-generated-message-source: Mailbox Rules Agent",
              "X-MS-Exchange-Transport-CrossTenantHeadersStamped: " + R.choice(["AM9PR03MB7123", "DB8PR06MB6301"])]
    H.append("MIME-Version: 1.0")
    if html_only:
        part = text_part("html", html_, "utf-8", "base64")
    else:
        plain = "\n\n".join(paras) + "\n"
        part = multi("alternative", [text_part("plain", plain, "utf-8", "quoted-printable"),
                                     text_part("html", html_, "utf-8", "quoted-printable")], bnd)
    raw = ("\n".join(H) + "\n").encode() + part.bytes() + b"\n"
    return add_raw(raw, "auto-reply", lang, note, **lab)


def orig_rfc822(rem, o):
    """the original reminder as Exchange attaches it to an NDR"""
    return (f"From: {addr(o['name'], o['mail'])}\nTo: {addr(*rem.to[0])}\nSubject: {hdr_text(rem.subject)}\n"
            f"Date: {rfc_date(rem.date)}\nMessage-ID: {rem.msgid}\nMIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
            + encode_body(rem.text, "utf-8", "quoted-printable") + "\n")


def ndr_o365(owner, rem, rcpt, lang, date, status, diag, remote_mta, html_lines, plain, subj_prefix, note, permanent,
             action="failed", gen="AM9PR03MB7123.eurprd03.prod.outlook.com"):
    o = OWNERS[owner]
    d = parse_when(date, o["tz"])
    dom = o["mail"].split("@")[1]
    bnd = f"_{rhex(8).lower()}-{rhex(4).lower()}-{rhex(4).lower()}-{rhex(4).lower()}-{rhex(12).lower()}_"
    alt = f"_{rhex(8).lower()}-{rhex(4).lower()}-{rhex(4).lower()}-{rhex(4).lower()}-{rhex(12).lower()}_"
    html_ = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '<style>.link {color:#0072C6;} .bodyText {font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:15px;color:#000000;}</style>\n'
             '</head>\n<body dir="ltr">\n<div style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:15px;">\n'
             '<table style="width:100%;border-collapse:collapse">'
             f'<tr><td style="font-size:11px;color:#666666">{esc(dom)}</td></tr></table>\n'
             + "\n".join(f"<p class=\"bodyText\">{l}</p>" for l in html_lines) +
             '\n<br><div style="font-family:Consolas,Monaco,Courier New,monospace;font-size:12px">'
             f"{esc(diag)}</div>\n</div>\n</body>\n</html>\n")
    ds = (f"Reporting-MTA: dns;{gen}\nReceived-From-MTA: dns;{gen}\n"
          f"Arrival-Date: {rfc_date(rem.date, utc=True)}\n\n"
          f"Final-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\n"
          f"Diagnostic-Code: smtp;{diag}\n" + (f"Remote-MTA: dns;{remote_mta}\n" if remote_mta else "")
          + (f"Will-Retry-Until: {rfc_date(d + dt.timedelta(days=2), utc=True)}\n" if action == "delayed" else "")
          + f"X-Display-Name: {hdr_text(rem.to[0][0])}\n")
    report = multi("alternative", [text_part("plain", plain, "utf-8", "quoted-printable"),
                                   text_part("html", html_, "utf-8", "quoted-printable")], alt)
    dsn = Part(["Content-Type: message/delivery-status"], ds)
    orig = Part(["Content-Type: message/rfc822"], orig_rfc822(rem, o)) if action == "failed" else \
        Part(["Content-Type: text/rfc822-headers"], orig_rfc822(rem, o).split("\n\n")[0] + "\n")
    top = multi("report", [report, dsn, orig], bnd, params=" report-type=delivery-status;")
    H = [f"From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>",
         f"To: {addr(o['name'], o['mail'])}", f"Date: {rfc_date(d, utc=True)}",
         f"Subject: {hdr_text(subj_prefix + ' ' + rem.subject)}",
         f"Message-ID: <{guid()}@{gen}>", f"In-Reply-To: {rem.msgid}", f"References: {rem.msgid}",
         f"Thread-Topic: {hdr_text(rem.subject)}", f"Thread-Index: {thread_index()}",
         "Content-Language: " + {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang],
         "X-MS-Exchange-Message-Is-Ndr:", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0"]
    raw = ("\n".join(H) + "\n").encode() + top.bytes() + b"\n"
    return add_raw(raw, "bounce", lang, note, failed_recipient=rcpt, permanent=permanent)


# --- auto-replies ------------------------------------------------------------------------------
_r = rb("ale", "courtesy", "46/2026", 1586.00, "2026-12-31", "2026-12-23 08:30", "Valeria Russo",
        "v.russo@logisticaitalia.it", "Logistica Italia S.r.l.", "company", issue=d_("2026-12-01"))
autoreply_exchange("ale", _r, ("Valeria Russo", "v.russo@logisticaitalia.it"), "Risposta automatica:",
                   ["Buongiorno,",
                    "sono fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta.\nPer questioni amministrative urgenti potete scrivere ad amministrazione@logisticaitalia.it o chiamare lo 02 3456 7890.",
                    "Cordiali saluti\nValeria Russo"],
                   "it", "2026-12-23 08:31", "Europe/Rome", {"return_date": "2027-01-07"},
                   "Exchange Online out-of-office, HTML only (base64), Auto-Submitted + X-Auto-Response-Suppress. "
                   "'fuori ufficio fino al 6 gennaio compreso' = back on 2027-01-07.")

_r = rb("ale", "reminder", "12/2026", 2318.00, "2026-12-10", "2026-12-21 08:30", "Franco Morelli",
        "franco.morelli@cartierevalbrenta.it", "Cartiere Valbrenta S.p.A.", "company")
_d = parse_when("2026-12-21 08:30", "Europe/Rome")
add_raw(f"""MIME-Version: 1.0
To: {addr('Alessandra Rossi', 'alessandra@example.it')}
From: Franco Morelli <franco.morelli@cartierevalbrenta.it>
Subject: =?ISO-8859-1?Q?Franco_Morelli_=E8_fuori_ufficio=2E?=
Date: {rfc_date(_d)}
Message-ID: {msgid_for('notes', 'cartierevalbrenta.it')}
In-Reply-To: {_r.msgid}
Auto-Submitted: auto-replied
X-Mailer: HCL Notes Release 12.0.2 November 03, 2022
X-MIMETrack: Serialize by Router on SRVMAIL01/CARTIERE(Release 12.0.2FP2|May 16, 2023) at
 {_d:%d/%m/%Y %H:%M:%S}
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: quoted-printable

Sar=F2 fuori ufficio a partire dal 21/12/2026 e non rientrer=F2 fino al 07/01/2027.

Per questioni amministrative rivolgersi all'Ufficio Contabilit=E0, tel. 0424 555 100,
contabilita@cartierevalbrenta.it.
Risponder=F2 al Suo messaggio al mio rientro.
""".encode(), "auto-reply", "it",
        "HCL Notes out-of-office (subject 'Franco Morelli è fuori ufficio.', Auto-Submitted: auto-replied). "
        "'non rientrerò fino al 07/01/2027' = first day back 2027-01-07.", return_date="2027-01-07")

_r = rb("lucia", "reminder", "2026-040", 1331.00, "2026-11-15", "2026-11-23 09:00", "Irene Gómez",
        "igomez@construccionesgomez.es", "Construcciones Gómez, S.L.", "company")
autoreply_exchange("lucia", _r, ("Irene Gómez", "igomez@construccionesgomez.es"), "Respuesta automática:",
                   ["Hola:",
                    "Actualmente me encuentro de baja por maternidad. Durante este periodo, para cualquier asunto relacionado con facturación o pagos, por favor escribe a administracion@construccionesgomez.es.",
                    "Gracias,\nIrene Gómez"],
                   "es", "2026-11-23 09:00", "Europe/Madrid", {},
                   "Exchange out-of-office, maternity leave, no return date; gives another address.", html_only=False,
                   lang_attr="ES")

_r = rb("javi", "reminder", "2026-059", 1270.00, "2026-12-15", "2026-12-28 09:00", "Antonio Melián",
        "amelian@canariasrentacar-example.es", "Canarias Rent a Car, S.L.", "company")
autoreply_exchange("javi", _r, ("Antonio Melián", "amelian@canariasrentacar-example.es"), "Respuesta automática:",
                   ["Estaré fuera de la oficina hasta el lunes 11 de enero, sin acceso al correo.",
                    "Para temas urgentes, contacte con recepción en el 928 000 111.",
                    "Un saludo,\nAntonio Melián\nJefe de Administración"],
                   "es", "2026-12-28 09:01", "Atlantic/Canary", {"return_date": "2027-01-11"},
                   "Exchange/OWA out-of-office: 'hasta el lunes 11 de enero' = back Monday 2027-01-11. Phone number is not an amount.",
                   lang_attr="ES")

_r = rb("sarah", "due", "INV-2026-117", 1420.00, "2026-12-21", "2026-12-22 09:00", "Laura Bennett",
        "laura.bennett@thamesideprint.co.uk", "Thameside Print Ltd", "company", cur="GBP")
autoreply_exchange("sarah", _r, ("Laura Bennett", "laura.bennett@thamesideprint.co.uk"), "Automatic reply:",
                   ["Thank you for your email.",
                    "I am out of the office for the Christmas break, returning on Monday 4 January 2027. For anything urgent please contact accounts@thamesideprint.co.uk or call 020 7946 0321.",
                    "Merry Christmas!\nLaura"],
                   "en", "2026-12-22 09:02", "Europe/London", {"return_date": "2027-01-04"},
                   "Exchange Online 'Automatic reply:' with multipart/alternative; returning Monday 4 January 2027.",
                   html_only=False, lang_attr="EN-GB")

_r = rb("tom", "reminder", "INV-2026-119", 590.00, "2026-12-20", "2027-01-05 09:00", "The Old Mill Café",
        "accounts@oldmillcafe.ie", "The Old Mill Café", "company")
_d = parse_when("2027-01-05 09:00", "Europe/Dublin")
add_raw(f"""Received: from VI1PR02MB5521.eurprd02.prod.outlook.com ([fe80::1c2e:9a4f:aa10:7e31]) by
 VI1PR02MB5521.eurprd02.prod.outlook.com ([fe80::1c2e:9a4f:aa10:7e31%4]) with mapi id 15.20.8272.009;
 {rfc_date(_d, utc=True)}
From: Accounts <accounts@oldmillcafe.ie>
To: Tom Byrne <tom@byrnedesign.ie>
Subject: This mailbox is no longer monitored
Date: {rfc_date(_d, utc=True)}
Message-ID: {msgid_for('outlook', 'oldmillcafe.ie')}
In-Reply-To: {_r.msgid}
References: {_r.msgid}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Hello,

This mailbox is no longer monitored. Please resend your email to finance@oldmillgroup.ie.
Emails sent to this address will not be read or forwarded.

The Old Mill Group
""".encode(), "auto-reply", "en",
        "Transport-rule style 'mailbox no longer monitored' reply WITHOUT Auto-Submitted / X-Autoreply headers; no return date.")

# --- bounces -----------------------------------------------------------------------------------
_r = rb("marco", "reminder", "39/2026", 732.00, "2026-11-30", "2026-12-03 08:00", "Anna Bruni",
        "anna.bruni@studiobruni-legale.it", "Anna Bruni", "person")
ndr_o365("marco", _r, "anna.bruni@studiobruni-legale.it", "it", "2026-12-03 08:00", "5.4.1",
         "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors "
         "[AM2PEPF0001C70F.eurprd05.prod.outlook.com 2026-12-03T07:00:12.418Z 08DD1A4B77C2D3E1]",
         "studiobruni-legale-it.mail.protection.outlook.com",
         ["Il messaggio non è stato recapitato a <a href=\"mailto:anna.bruni@studiobruni-legale.it\">anna.bruni@studiobruni-legale.it</a> "
          "perché l'indirizzo non è stato trovato o non è in grado di ricevere posta.",
          "<b>Azione necessaria</b><br>Contatta il destinatario in un altro modo (ad esempio per telefono) e chiedigli di "
          "comunicare all'amministratore della posta elettronica che il suo indirizzo rifiuta i messaggi.",
          "<b>Informazioni di diagnostica per gli amministratori:</b><br>Server di generazione: AM9PR03MB7123.eurprd03.prod.outlook.com<br>"
          "anna.bruni@studiobruni-legale.it<br>Il server remoto ha restituito:"],
         """Il messaggio non è stato recapitato a anna.bruni@studiobruni-legale.it perché l'indirizzo non è stato trovato o non è in grado di ricevere posta.

Azione necessaria
Contatta il destinatario in un altro modo (ad esempio per telefono) e chiedigli di comunicare all'amministratore della posta elettronica che il suo indirizzo rifiuta i messaggi.

Informazioni di diagnostica per gli amministratori:

Server di generazione: AM9PR03MB7123.eurprd03.prod.outlook.com

anna.bruni@studiobruni-legale.it
Remote server returned '550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors'
""", "Non recapitabile:",
         "Office 365 NDR in Italian (multipart/report, delivery-status Action: failed, 550 5.4.1 Access denied): permanent.",
         True)

_r = rb("ale", "courtesy", "16/2026", 427.00, "2026-11-10", "2026-11-03 08:30", "Marta Gatti",
        "m.gatti@gruppoarcobaleno.it", "Gruppo Arcobaleno Soc. Coop.", "company", issue=d_("2026-10-10"))
_d = parse_when("2026-11-03 08:31", "Europe/Rome")
_b = f"_{rhex(8).lower()}-{rhex(4).lower()}-{rhex(4).lower()}-{rhex(4).lower()}-{rhex(12).lower()}_"
add_raw((f"""From: postmaster@gruppoarcobaleno.it
To: alessandra@example.it
Date: {rfc_date(_d)}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{_b}"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: it-IT
Message-ID: <{guid()}@EXCH01.gruppoarcobaleno.local>
In-Reply-To: {_r.msgid}
References: {_r.msgid}
Thread-Topic: {hdr_text(_r.subject)}
Subject: {hdr_text('Recapito non riuscito: ' + _r.subject)}
Auto-Submitted: auto-replied

--{_b}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + encode_body("""Recapito non riuscito per i destinatari o i gruppi seguenti:

m.gatti@gruppoarcobaleno.it
L'indirizzo di posta elettronica digitato non è stato trovato. Controllare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare il supporto tecnico.






Informazioni di diagnostica per gli amministratori:

Server di generazione: EXCH01.gruppoarcobaleno.local

m.gatti@gruppoarcobaleno.it
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Intestazioni del messaggio originale:

From: Alessandra Rossi <alessandra@example.it>
To: Marta Gatti <m.gatti@gruppoarcobaleno.it>
Subject: """ + _r.subject + f"""
Date: {rfc_date(_r.date)}
Message-ID: {_r.msgid}
""", "utf-8", "quoted-printable") + f"""
--{_b}
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.gruppoarcobaleno.local
Received-From-MTA: dns;mx.gruppoarcobaleno.it
Arrival-Date: {rfc_date(_r.date)}

Final-Recipient: rfc822;m.gatti@gruppoarcobaleno.it
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--{_b}
Content-Type: text/rfc822-headers

From: Alessandra Rossi <alessandra@example.it>
To: Marta Gatti <m.gatti@gruppoarcobaleno.it>
Subject: {hdr_text(_r.subject)}
Date: {rfc_date(_r.date)}
Message-ID: {_r.msgid}
MIME-Version: 1.0

--{_b}--
""").encode(), "bounce", "it",
        "Exchange on-premises NDR in Italian, old layout ('Recapito non riuscito ...', #550 5.1.1 RESOLVER.ADR.RecipNotFound): permanent.",
        failed_recipient="m.gatti@gruppoarcobaleno.it", permanent=True)

_r = rb("lucia", "reminder", "2026-061", 968.00, "2026-11-30", "2026-12-09 09:00", "Raúl Domínguez",
        "raul@dominguezmarmoles.es", "Mármoles Domínguez, S.L.", "company")
ndr_o365("lucia", _r, "raul@dominguezmarmoles.es", "es", "2026-12-09 13:05", "4.4.1",
         "451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\" "
         "Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery "
         "failed to all alternate hosts. The last endpoint attempted was 185.42.117.9:25",
         "mail.dominguezmarmoles.es",
         ["Aún no se ha entregado el mensaje a <a href=\"mailto:raul@dominguezmarmoles.es\">raul@dominguezmarmoles.es</a>. "
          "Seguiremos intentándolo.",
          "El servidor de correo del destinatario no responde. Microsoft 365 seguirá intentando entregar el mensaje durante "
          "2 días. Si no se puede entregar en ese plazo, recibirá otra notificación.",
          "<b>No es necesario hacer nada.</b>",
          "<b>Información de diagnóstico para administradores:</b><br>Servidor que genera el mensaje: PA4PR08MB6011.eurprd08.prod.outlook.com"],
         """Entrega retrasada a estos destinatarios o grupos:

raul@dominguezmarmoles.es

Aún no se ha entregado el mensaje. Seguiremos intentándolo. El servidor de correo del destinatario no responde; Microsoft 365 seguirá intentando entregar el mensaje durante 2 días. Si no se puede entregar en ese plazo, recibirá otra notificación.

No es necesario hacer nada.

Información de diagnóstico para administradores:

Servidor que genera el mensaje: PA4PR08MB6011.eurprd08.prod.outlook.com
raul@dominguezmarmoles.es
451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError."
""", "Entrega retrasada:",
         "Office 365 delay DSN in Spanish (Action: delayed, Status 4.4.1, Will-Retry-Until, text/rfc822-headers): temporary.",
         False, action="delayed", gen="PA4PR08MB6011.eurprd08.prod.outlook.com")

_r = rb("sarah", "reminder", "INV-2026-120", 480.00, "2026-12-15", "2027-01-06 09:00", "Harbourside Café",
        "orders@harboursidecafe.co.uk", "Harbourside Café", "company", cur="GBP")
ndr_o365("sarah", _r, "orders@harboursidecafe.co.uk", "en", "2027-01-06 09:00", "5.1.10",
         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient orders@harboursidecafe.co.uk not found by SMTP address lookup",
         None,
         ["Your message to <a href=\"mailto:orders@harboursidecafe.co.uk\">orders@harboursidecafe.co.uk</a> couldn't be delivered.",
          "<b>orders</b> wasn't found at <b>harboursidecafe.co.uk</b>.",
          "<b>Action Required</b><br>Unknown To address",
          "<b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: "
          "Retype the recipient's address, then resend the message. If you're using the Auto-Complete List in Outlook and "
          "the recipient's email address is wrong, delete the entry and retype it.",
          "<b>Diagnostic information for administrators:</b><br>Generating server: LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM<br>"
          "orders@harboursidecafe.co.uk<br>Remote server returned:"],
         """Your message to orders@harboursidecafe.co.uk couldn't be delivered.

orders wasn't found at harboursidecafe.co.uk.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Retype the recipient's address, then resend the message.

Diagnostic information for administrators:

Generating server: LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM

orders@harboursidecafe.co.uk
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient orders@harboursidecafe.co.uk not found by SMTP address lookup'
""", "Undeliverable:",
         "Office 365 NDR (new layout) 550 5.1.10 RecipientNotFound: permanent.", True,
         gen="LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM")

_r = rb("tom", "final", "INV-2026-093", 2583.00, "2026-10-31", "2027-01-11 09:00", "Shamrock Freight Ltd",
        "finance-team@shamrockfreight.ie", "Shamrock Freight Ltd", "company", deadline=d_("2027-01-25"))
ndr_o365("tom", _r, "finance-team@shamrockfreight.ie", "en", "2027-01-11 09:00", "5.7.1",
         "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]",
         None,
         ["<b>Delivery has failed to these recipients or groups:</b>",
          "<a href=\"mailto:finance-team@shamrockfreight.ie\">finance-team@shamrockfreight.ie</a><br>"
          "Your message wasn't delivered because the group only accepts messages from people in its organization or on "
          "its allowed senders list, and your email address isn't on the list.",
          "<b>Diagnostic information for administrators:</b><br>Generating server: DB9PR02MB7384.eurprd02.prod.outlook.com<br>"
          "finance-team@shamrockfreight.ie<br>Remote Server returned:"],
         """Delivery has failed to these recipients or groups:

finance-team@shamrockfreight.ie
Your message wasn't delivered because the group only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.

Diagnostic information for administrators:

Generating server: DB9PR02MB7384.eurprd02.prod.outlook.com

finance-team@shamrockfreight.ie
Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'
""", "Undeliverable:",
         "Exchange/Office 365 NDR for a restricted distribution group (550 5.7.1 AuthRequired) on the final notice: permanent.",
         True, gen="DB9PR02MB7384.eurprd02.prod.outlook.com")


# --- payment notifications ---------------------------------------------------------------------
def bank_mail(frm, to, subject, date, tz, plain, html_, lang, note, lab, extra=()):
    d = parse_when(date, tz)
    dom = frm.split("@")[-1].strip(">")
    b = "----=_Part_" + str(R.randint(100000, 999999)) + "_" + str(R.randint(10 ** 8, 10 ** 9)) + "." + str(R.randint(10 ** 12, 10 ** 13))
    part = multi("alternative", [text_part("plain", plain, "utf-8", "quoted-printable"),
                                 text_part("html", html_, "utf-8", "base64")], b)
    H = [f"From: {frm}", f"To: {to}", f"Subject: {hdr_text(subject)}", f"Date: {rfc_date(d)}",
         f"Message-ID: <{ralnum(20)}.{R.randint(1000, 9999)}@{dom}>", "MIME-Version: 1.0", "Auto-Submitted: auto-generated"]
    H += list(extra)
    raw = ("\n".join(H) + "\n").encode() + part.bytes() + b"\n"
    return add_raw(raw, "payment-notification" if lab.pop("_kind", None) is None else "other", lang, note, **lab)


bank_mail("Intesa Sanpaolo <noreply@intesasanpaolo.com>", "alessandra@example.it", "Hai ricevuto un bonifico",
          "2026-12-04 07:12", "Europe/Rome",
          """Gentile Cliente,

ti informiamo che sul tuo conto n. ****3456 è stato accreditato un bonifico.

Ordinante: STUDIO LUMEN SRL
Importo: 854,00 EUR
Causale: SALDO FT 27/2026 DEL 21/10/2026
Data contabile: 04/12/2026
Data valuta: 04/12/2026

Puoi consultare il dettaglio del movimento nell'app Intesa Sanpaolo Mobile o nell'area riservata del sito.

Questa è una e-mail generata automaticamente, ti preghiamo di non rispondere.
Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, 10121 Torino - Capitale sociale Euro 10.368.870.930,08
""",
          """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#006b3f;color:#fff;padding:12px 16px;font-size:18px">Intesa Sanpaolo</td></tr>
<tr><td style="padding:16px">Gentile Cliente,<br><br>ti informiamo che sul tuo conto n. ****3456 è stato accreditato un bonifico.<br><br>
<table cellpadding="4" style="font-size:14px"><tr><td><b>Ordinante</b></td><td>STUDIO LUMEN SRL</td></tr>
<tr><td><b>Importo</b></td><td>854,00 EUR</td></tr><tr><td><b>Causale</b></td><td>SALDO FT 27/2026 DEL 21/10/2026</td></tr>
<tr><td><b>Data contabile</b></td><td>04/12/2026</td></tr><tr><td><b>Data valuta</b></td><td>04/12/2026</td></tr></table>
<br>Puoi consultare il dettaglio del movimento nell'app Intesa Sanpaolo Mobile o nell'area riservata del sito.</td></tr>
<tr><td style="padding:12px 16px;font-size:11px;color:#888">Questa è una e-mail generata automaticamente, ti preghiamo di non rispondere.<br>
Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, 10121 Torino - Capitale sociale Euro 10.368.870.930,08</td></tr></table>
</body></html>
""", "it",
          "Bank alert of an incoming transfer (money IN): 854,00 EUR for FT 27/2026. The bank's share capital in the footer is not an amount.",
          {"amount": "854.00", "reference": "27/2026"})

bank_mail("CaixaBank <notificaciones@caixabank.com>", "lucia@martinestudio.es", "Has recibido una transferencia",
          "2026-12-21 10:48", "Europe/Madrid",
          """Hola, LUCIA:

Has recibido una transferencia en tu cuenta ES91 **** **** **** **** 1332.

Importe: 1.452,00 €
Ordenante: ESTUDIO SANZ CREATIVOS SL
Concepto: Factura 2026-063
Fecha: 21/12/2026

Puedes consultar el detalle en CaixaBankNow.

Este es un mensaje automático; por favor, no respondas a este correo.
CaixaBank, S.A. - C/ Pintor Sorolla, 2-4, 46002 Valencia - NIF A08663619
""",
          """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
<img src="https://www.caixabank.es/img/logo.png" alt="CaixaBank" width="140"><h2 style="color:#007eae">Has recibido una transferencia</h2>
<p>Hola, LUCIA:</p><p>Has recibido una transferencia en tu cuenta ES91 **** **** **** **** 1332.</p>
<table style="width:100%;border-top:1px solid #ddd"><tr><td>Importe</td><td style="text-align:right"><b>1.452,00 €</b></td></tr>
<tr><td>Ordenante</td><td style="text-align:right">ESTUDIO SANZ CREATIVOS SL</td></tr>
<tr><td>Concepto</td><td style="text-align:right">Factura 2026-063</td></tr><tr><td>Fecha</td><td style="text-align:right">21/12/2026</td></tr></table>
<p style="font-size:11px;color:#888">Este es un mensaje automático; por favor, no respondas a este correo.<br>CaixaBank, S.A. - C/ Pintor Sorolla, 2-4, 46002 Valencia - NIF A08663619</p>
</div></body></html>
""", "es", "Bank alert, incoming transfer 1.452,00 € for invoice 2026-063 (money IN).",
          {"amount": "1452.00", "reference": "2026-063"})

bank_mail("Moran Hotels Group Accounts Payable <ap-remittance@moranhotels.ie>", "tom@byrnedesign.ie",
          "Remittance Advice – Moran Hotels Group – Payment 0000030417",
          "2026-11-30 06:15", "Europe/Dublin",
          """REMITTANCE ADVICE

Moran Hotels Group Ltd has made a payment to your account.

Supplier:        Byrne Design (Supplier No. 100482)
Payment number:  0000030417
Payment date:    30/11/2026
Payment method:  SEPA Credit Transfer to IE29 AIBK **** **** **34 78

Invoice number   Invoice date   Amount (EUR)
INV-2026-098     26/10/2026         2,706.00

Total paid:                        EUR 2,706.00

Please allow 1-2 business days for the funds to reach your account.
This is an automated message from our finance system. Replies to this address are not monitored.
""",
          """<html><body style="font-family:Arial;font-size:13px"><h3>REMITTANCE ADVICE</h3>
<p>Moran Hotels Group Ltd has made a payment to your account.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Supplier</th><td>Byrne Design (Supplier No. 100482)</td></tr>
<tr><th>Payment number</th><td>0000030417</td></tr><tr><th>Payment date</th><td>30/11/2026</td></tr>
<tr><th>Payment method</th><td>SEPA Credit Transfer to IE29 AIBK **** **** **34 78</td></tr></table><br>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Invoice number</th><th>Invoice date</th><th>Amount (EUR)</th></tr>
<tr><td>INV-2026-098</td><td>26/10/2026</td><td align="right">2,706.00</td></tr>
<tr><td colspan="2"><b>Total paid</b></td><td align="right"><b>EUR 2,706.00</b></td></tr></table>
<p style="color:#777">Please allow 1-2 business days for the funds to reach your account.<br>This is an automated message from our finance system. Replies to this address are not monitored.</p>
</body></html>
""", "en", "Accounts-payable remittance advice (machine): payment made to the freelancer for INV-2026-098. "
          "Supplier and payment numbers are not invoice numbers.",
          {"amount": "2706.00", "reference": "INV-2026-098"})

# --- other -------------------------------------------------------------------------------------
_d = parse_when("2027-01-12 10:14", "Europe/Rome")
_b = "----=_Part_" + rhex(12, "0123456789")
add_raw((f"""Return-Path: <posta-certificata@legalmail.it>
From: "Per conto di: sdi01@pec.fatturapa.it" <posta-certificata@legalmail.it>
To: alessandra.rossi@pec.it
Subject: POSTA CERTIFICATA: Invio File 9876543210
Date: {rfc_date(_d)}
Message-ID: <opec210312.20270112101433.{R.randint(100000, 999999)}.{R.randint(10, 99)}.1.{R.randint(10, 99)}@pec.aruba.it>
X-Riferimento-Message-ID: <{rhex(12, '0123456789')}.sdi@pec.fatturapa.it>
X-Trasporto: posta-certificata
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{_b}"

--{_b}
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

""" + encode_body("""Messaggio di posta certificata

Il giorno 12/01/2027 alle ore 10:14:33 (+0100) il messaggio
"Invio File 9876543210" è stato inviato da "sdi01@pec.fatturapa.it"
indirizzato a:
alessandra.rossi@pec.it
Il messaggio originale è incluso in allegato.
Identificativo messaggio: opec210312.20270112101433.12345.01.1.17@pec.aruba.it

Allegato: IT01234567890_00047_RC_001.xml - Ricevuta di consegna della fattura IT01234567890_00047.xml
(identificativo SdI 9876543210): la fattura è stata consegnata al destinatario.
""", "iso-8859-1", "quoted-printable") + f"""
--{_b}
Content-Type: application/xml; name="IT01234567890_00047_RC_001.xml"
Content-Disposition: attachment; filename="IT01234567890_00047_RC_001.xml"
Content-Transfer-Encoding: base64

""" + base64.encodebytes(b'<?xml version="1.0" encoding="UTF-8"?>\n<ns3:RicevutaConsegna xmlns:ns3="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.0" versione="1.0"><IdentificativoSdI>9876543210</IdentificativoSdI><NomeFile>IT01234567890_00047.xml</NomeFile><DataOraRicezione>2027-01-12T10:12:01.000+01:00</DataOraRicezione><DataOraConsegna>2027-01-12T10:14:30.000+01:00</DataOraConsegna><Destinatario><Codice>M5UXCR1</Codice></Destinatario><MessageId>1234567890</MessageId></ns3:RicevutaConsegna>\n').decode() + f"""
--{_b}--
""").encode(), "other", "it",
        "PEC/SdI delivery receipt for an e-invoice (consegnata al destinatario): not a payment, not a reply: other.")

_d = parse_when("2026-12-10 17:42", "Europe/London")
add_raw(f"""From: Xero <messaging-service@post.xero.com>
To: Sarah Mitchell <sarah@mitchellcopy.co.uk>
Subject: Robert Fenwick viewed invoice INV-2026-115
Date: {rfc_date(_d)}
Message-ID: <{guid()}@post.xero.com>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""".encode() + encode_body("""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="100%" style="max-width:600px"><tr><td style="padding:20px">
<p style="font-size:18px"><b>Robert Fenwick</b> viewed invoice <b>INV-2026-115</b></p>
<p>Amount due: £725.00<br>Due date: 1 Dec 2026<br>Viewed: 10 Dec 2026, 5:41pm</p>
<p><a href="https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=3f1c2a9e-77b1-4a43-9e0e-5d2b8c1f0a44">View invoice in Xero</a></p>
<p style="font-size:11px;color:#888">You're receiving this because invoice view notifications are turned on for Mitchell Copy Ltd.<br>
Xero Limited, 1 Broadgate, London EC2M 2QS</p></td></tr></table></body></html>
""", "utf-8", "quoted-printable").encode(), "other", "en",
        "Accounting software 'invoice viewed' notice (HTML only): not a payment (amount due shown), not a reply: other.")


if __name__ == "__main__":
    main()
