#!/usr/bin/env python3
"""round17-en: English mail that comes back after a freelancer's invoice or reminder.

Writes r17n-0001.eml ... r17n-0080.eml and labels.toml next to this file, then reads every file
back with email.message_from_bytes(..., policy=email.policy.default) and checks each label.

The freelancers (mailbox owners) work from Bristol, Leeds, Dublin, Cork, Bologna and Valencia; their
clients write English: British, Irish, American, Canadian, Australian, Indian, Nigerian and South
African English, and the English of German, Dutch, Polish, French, Italian and Spanish writers.
Every client's text below is written by hand, message by message. What is generated is only the
machinery around it: MIME structure, quoting of the freelancer's own reminder (the wording of
templates/en/*.txt.j2), Message-IDs and dates.

Standard library only. Run: python3 make.py
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import quopri
import re
import sys
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r17n"
FIRST_DAY, LAST_DAY = dt.date(2026, 11, 1), dt.date(2027, 3, 31)

# --------------------------------------------------------------------------------------------
# Mailbox owners (the freelancers) and their payment details as mailduns prints them.
# --------------------------------------------------------------------------------------------

OWNERS = {
    "HP": dict(name="Hannah Price", first="Hannah", addr="hannah@hannahprice.design",
               holder="Hannah Price", iban="GB47 SRLG 6083 7112 3456 78", bic="SRLGGB2L"),
    "RF": dict(name="Rob Fenwick", first="Rob", addr="rob@fenwickcopy.co.uk",
               holder="Rob Fenwick Copywriting", iban="GB52 MONZ 0400 0412 3456 78", bic="MONZGB2L"),
    "CW": dict(name="Ciarán Walsh", first="Ciarán", addr="ciaran@walshtranslations.ie",
               holder="Ciarán Walsh", iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D"),
    "AB": dict(name="Aoife Brennan", first="Aoife", addr="hello@aoifebrennan.ie",
               holder="Aoife Brennan Photography", iban="IE12 REVO 9903 6012 3456 78", bic="REVOIE23"),
    "GF": dict(name="Giulia Ferri", first="Giulia", addr="giulia@ferri.dev",
               holder="Giulia Ferri", iban="BE68 9670 1234 5634", bic="TRWIBEB1XXX"),
    "MO": dict(name="Marta Ortega", first="Marta", addr="hola@martaortega.es",
               holder="Marta Ortega Illustration", iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX"),
}


def owner_addr(o: str) -> str:
    return addr(OWNERS[o]["name"], OWNERS[o]["addr"])


# --------------------------------------------------------------------------------------------
# Small helpers: ids, dates, header encoding
# --------------------------------------------------------------------------------------------

def _h(seed: str, n: int = 40) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def mailduns_id(owner: str, invoice: str, step: str) -> str:
    """As mailduns.letters.compose.make_message_id(domain, invoice number, step name)."""
    domain = OWNERS[owner]["addr"].rpartition("@")[2]
    digest = hashlib.sha1("\x1f".join([invoice, step]).encode()).hexdigest()[:20]
    return f"<mailduns.{digest}@{domain}>"


def gmail_id(seed: str) -> str:
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest() * 2).decode()
    raw = re.sub(r"[^A-Za-z0-9]", "", raw)
    return f"<CA{raw[:10]}+{raw[10:22]}_{raw[22:52]}@mail.gmail.com>"


def outlook_id(seed: str, host: str = "DB9PR02MB7412", region: str = "eurprd02") -> str:
    return f"<{host}{_h(seed, 20).upper()}@{host}.{region}.prod.outlook.com>"


def apple_id(seed: str, domain: str) -> str:
    x = _h(seed, 32).upper()
    return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{domain}>"


def plain_id(seed: str, domain: str, prefix: str = "") -> str:
    return f"<{prefix}{_h(seed, 24)}@{domain}>"


def when(local: str, tz: str) -> dt.datetime:
    return dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(tz))


def date_hdr(d: dt.datetime) -> str:
    return format_datetime(d)


def enc(text: str, charset: str = "utf-8") -> str:
    """A header value, RFC 2047-encoded when it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    if charset == "utf-8":  # only the words that need it, as current mail programs do
        folded = policy.default.clone(max_line_length=78).header_factory("Subject", text).fold(policy=policy.default)
        return folded[len("Subject: "):].rstrip("\n").replace("\r", "")
    return Header(text, charset, maxlinelen=76).encode()


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[,.;:()<>@"\[\]]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def long_date(d: dt.date) -> str:
    """mailduns' en_GB long date: 8 January 2027."""
    return f"{d.day} {LONG_MONTHS[d.month - 1]} {d.year}"


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


# --------------------------------------------------------------------------------------------
# MIME parts, assembled by hand so that charset and transfer encoding are exactly as chosen
# --------------------------------------------------------------------------------------------

class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes, text: str | None = None,
                 children: list["Part"] | None = None):
        self.headers, self.body, self.text, self.children = headers, body, text, children or []

    def render(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return head + b"\n" + self.body

    def texts(self) -> list[str]:
        """The decoded text of every text part, in walk order (not inside message/* parts)."""
        if self.children:
            out: list[str] = []
            for c in self.children:
                out += c.texts()
            return out
        return [self.text] if self.text is not None else []


def _encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data, quotetabs=False)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "7bit":
        data.decode("ascii")
    return data if data.endswith(b"\n") else data + b"\n"


def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
              params: str = "", extra: list[tuple[str, str]] | None = None) -> Part:
    data = text.encode(charset)
    ctype = f'text/{subtype}; charset="{charset}"' if charset != "us-ascii" else f"text/{subtype}; charset=us-ascii"
    if params:
        ctype += "; " + params
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + (extra or [])
    return Part(headers, _encode_body(data, cte), text=text)


def multipart(subtype: str, parts: list[Part], seed: str, style: str = "generic", preamble: str = "",
              params: str = "") -> Part:
    b = {
        "gmail": "000000000000" + _h(seed, 16),
        "outlook": "_000_" + _h(seed, 36).upper() + "_",
        "apple": "Apple-Mail=_" + _h(seed, 32).upper()[:8] + "-" + _h(seed + "x", 32).upper()[:4] + "-"
                 + _h(seed + "y", 4).upper() + "-" + _h(seed + "z", 4).upper() + "-" + _h(seed + "w", 12).upper(),
        "generic": "----=_Part_" + str(int(_h(seed, 8), 16)) + "_" + str(int(_h(seed + "b", 6), 16)) + "."
                   + str(1700000000000 + int(_h(seed + "c", 8), 16) % 99999999),
    }[style]
    ctype = f'multipart/{subtype}; boundary="{b}"' + (f"; {params}" if params else "")
    body = (preamble + "\n" if preamble else "").encode()
    for p in parts:
        body += f"--{b}\n".encode() + p.render() + b"\n"
    body += f"--{b}--\n".encode()
    return Part([("Content-Type", ctype)], body, children=parts)


def attachment(ctype: str, filename: str, data: bytes, inline: bool = False, cid: str | None = None,
               extra: list[tuple[str, str]] | None = None) -> Part:
    disp = "inline" if inline else "attachment"
    headers = [("Content-Type", f'{ctype}; name="{filename}"'),
               ("Content-Disposition", f'{disp}; filename="{filename}"'),
               ("Content-Transfer-Encoding", "base64")]
    if cid:
        headers.append(("Content-ID", f"<{cid}>"))
    return Part(headers + (extra or []), base64.encodebytes(data))


def raw_part(ctype: str, body: str, extra: list[tuple[str, str]] | None = None) -> Part:
    b = body.encode("utf-8")
    return Part([("Content-Type", ctype)] + (extra or []), b if b.endswith(b"\n") else b + b"\n")


def pdf_bytes(title: str) -> bytes:
    """A tiny but well-formed one-page PDF."""
    stream = f"BT /F1 11 Tf 56 780 Td ({title}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{x:010d} 00000 n \n".encode() for x in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png_bytes(seed: str) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    w, h = 4, 8
    shade = int(_h(seed, 2), 16)
    rows = b"".join(b"\x00" + bytes([shade, 255 - shade, 128]) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def jpg_bytes(seed: str) -> bytes:
    # Only the markers a mail client sniffs; enough to stand for a phone photo of a transfer slip.
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            + b"\xff\xfe\x00\x12" + _h(seed, 16).encode() + b"\xff\xd9")


# --------------------------------------------------------------------------------------------
# Quoting as mail programs do it
# --------------------------------------------------------------------------------------------

def gt(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.rstrip("\n").split("\n"))


def paras_html(text: str, tag: str = "div") -> str:
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(x, quote=False) for x in block.split("\n")]
        out.append(f"<{tag}>" + "<br>\n".join(lines) + f"</{tag}>")
    return f"\n<{tag}><br></{tag}>\n".join(out)


def gmail_attr_uk(d: dt.datetime, name: str, email: str) -> str:
    return f"On {d.strftime('%a')}, {d.day} {d.strftime('%b %Y')} at {d.strftime('%H:%M')}, {name} <{email}> wrote:"


def gmail_attr_us(d: dt.datetime, name: str, email: str) -> str:
    h12 = d.strftime("%I").lstrip("0")
    return f"On {d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {h12}:{d.strftime('%M %p')} {name} <{email}> wrote:"


def apple_attr(d: dt.datetime, name: str, email: str, us: bool = False) -> str:
    if us:
        h12 = d.strftime("%I").lstrip("0")
        return f"On {d.strftime('%b')} {d.day}, {d.year}, at {h12}:{d.strftime('%M %p')}, {name} <{email}> wrote:"
    return f"On {d.day} {d.strftime('%b %Y')}, at {d.strftime('%H:%M')}, {name} <{email}> wrote:"


def gmail_plain(own: str, attribution: str, quoted: str) -> str:
    return own.rstrip("\n") + "\n\n" + attribution + "\n\n" + gt(quoted) + "\n"


def gmail_html(own: str, attribution: str, quoted: str) -> str:
    q = "<br>\n".join(html.escape(x, quote=False) for x in quoted.rstrip("\n").split("\n"))
    return ('<div dir="ltr">' + paras_html(own) + '</div><br><div class="gmail_quote gmail_quote_container">'
            '<div dir="ltr" class="gmail_attr">' + html.escape(attribution, quote=False) + "<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + q + "</blockquote></div>\n")


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pl": ("Od", "Wysłane", "Do", "DW", "Temat"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, cc: str | None = None,
                  rule: bool = True) -> list[tuple[str, str]]:
    lab = OUTLOOK_LABELS[lang]
    sep = " :" if lang == "fr" else ":"
    rows = [(lab[0] + sep, frm), (lab[1] + sep, sent), (lab[2] + sep, to)]
    if cc:
        rows.append((lab[3] + sep, cc))
    rows.append((lab[4] + sep, subject))
    return rows


def outlook_plain(own: str, rows: list[tuple[str, str]], quoted: str, rule: bool = True) -> str:
    head = "\n".join(f"{k} {v}" for k, v in rows)
    line = "________________________________\n" if rule else ""
    return own.rstrip("\n") + "\n\n" + line + head + "\n\n" + quoted.rstrip("\n") + "\n"


def outlook_html(own: str, rows: list[tuple[str, str]], quoted: str, lang_attr: str = "EN-GB",
                 font: str = "Aptos", charset: str = "utf-8") -> str:
    def p(line: str) -> str:
        return f'<p class="MsoNormal">{html.escape(line, quote=False) or "&nbsp;"}<o:p></o:p></p>'

    body = "\n".join(p(x) for x in own.rstrip("\n").split("\n"))
    head = "<br>\n".join(f"<b>{html.escape(k)}</b> {html.escape(v)}" for k, v in rows)
    q = "\n".join(p(x) for x in quoted.rstrip("\n").split("\n")) if quoted else ""
    block = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             f'<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif">{head}</span></p>\n</div>\n'
             if rows else "")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"{font}",sans-serif;}}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + body + "\n" + block + q + "\n</div>\n</body>\n</html>\n"
    )


def apple_plain(own: str, attribution: str, quoted: str) -> str:
    return own.rstrip("\n") + "\n\n" + attribution + "\n\n" + gt(quoted) + "\n"


def apple_html(own: str, attribution: str, quoted: str) -> str:
    q = "".join(f"<div>{html.escape(x, quote=False) or '<br>'}</div>" for x in quoted.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + paras_html(own) + '<div><br><blockquote type="cite"><div>' + html.escape(attribution, quote=False)
            + '</div><br class="Apple-interchange-newline"><div><div>' + q
            + "</div></div></blockquote></div><br></body></html>\n")


# --------------------------------------------------------------------------------------------
# The freelancer's own mail, as mailduns writes it (templates/en/*.txt.j2) or as they wrote it
# --------------------------------------------------------------------------------------------

def pay_block(o: str, ref: str) -> str:
    x = OWNERS[o]
    return (f"Payment details:\n- Account name: {x['holder']}\n- IBAN: {x['iban']}\n"
            f"- BIC (SWIFT): {x['bic']}\n- Payment reference: {ref}")


def sign(o: str, formal: bool = False, named: bool = True) -> str:
    if formal:
        return ("Yours sincerely," if named else "Yours faithfully,") + "\n" + OWNERS[o]["name"]
    return "Kind regards,\n" + OWNERS[o]["name"]


def r_courtesy(o, dear, inv, amount, issue, due):
    return (f"{dear}\n\nThis is a friendly reminder that invoice {inv} for {amount}, issued on {long_date(D(issue))}, "
            f"is due for payment on {long_date(D(due))}.\n\nIf payment is already on its way, thank you, and please "
            f"disregard this message.\n\n{pay_block(o, inv)}\n\nIf you have any questions, just reply to this email.\n\n"
            f"{sign(o)}\n")


def r_due(o, dear, inv, amount, due, late=True):
    if late:
        first = (f"This is a quick reminder that invoice {inv} for {amount} was due for payment on {long_date(D(due))}. "
                 "If it has not been paid yet, I would be grateful if you could arrange payment in the next few days.")
    else:
        first = f"This is a quick reminder that invoice {inv} for {amount} is due for payment today, {long_date(D(due))}."
    return (f"{dear}\n\n{first}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n"
            f"{pay_block(o, inv)}\n\nIf you have any questions, just reply to this email.\n\n{sign(o)}\n")


def r_reminder(o, dear, inv, amount, due):
    return (f"{dear}\n\nAccording to my records, invoice {inv} for {amount}, due on {long_date(D(due))}, has not yet "
            "been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at "
            "your earliest convenience.\n\nIf you have already paid, thank you – please let me know the payment date "
            "so that I can update my records. If there is a problem with the invoice, please reply to this email "
            f"and we can sort it out.\n\n{pay_block(o, inv)}\n\n{sign(o)}\n")


def r_late_fee_gb(o, dear, inv, amount, due, days, today, deadline, lines):
    fee = ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
           "applies: statutory interest runs from the day after the due date at 11.75% a year (8% over the Bank of "
           "England base rate in force when the debt fell due), and a fixed sum of £40.00 is due for the costs of "
           "recovering the debt (section 5A).")
    ls = "\n".join(f"- {x}" for x in lines)
    return (f"{dear}\n\nInvoice {inv} for {amount}, due on {long_date(D(due))}, is now {days} days overdue.\n\n{fee}\n\n"
            f"The amount due as at {long_date(D(today))} (interest continues to run until payment) is:\n{ls}\n\n"
            f"Please arrange payment of the total above by {long_date(D(deadline))}. If payment is already on its way, "
            "thank you – please let me know the date it was made. If there is a problem with the invoice or with "
            f"the timing, please reply to this email and we can find a solution.\n\n{pay_block(o, inv)}\n\n{sign(o)}\n")


def r_final(o, client, inv, amount, issue, due, today, deadline, dear="Dear Sir or Madam,", named=False):
    return (f"Final notice before debt recovery\n\nTo: {client}\nDate: {long_date(D(today))}\n"
            f"Invoice: {inv}, issued on {long_date(D(issue))}, due on {long_date(D(due))}\nAmount due: {amount}\n"
            f"Payment deadline: {long_date(D(deadline))}\n\n{dear}\n\nDespite my previous reminders, invoice {inv} for "
            f"{amount}, which was due for payment on {long_date(D(due))}, remains unpaid.\n\nI therefore formally "
            f"request payment of {amount} by {long_date(D(deadline))}.\n\nIf payment is not received by that date, I "
            "intend to take steps to recover the debt. These may include referring the matter to a debt collection "
            "agency or a solicitor and, if necessary, starting court proceedings.\n\nI would much rather resolve this "
            "with you directly. If there is a reason for the delay, or if you would like to propose a payment plan, "
            f"please reply to this email before {long_date(D(deadline))}.\n\nIf you have paid in the meantime, thank "
            "you, and please accept my apologies for this notice; it would help if you could let me know the payment "
            f"date so that I can update my records.\n\n{pay_block(o, inv)}\n\n{sign(o, formal=True, named=named)}\n")


def r_promise_followup(o, dear, inv, amount, due, promise=None):
    if promise:
        first = f"Thank you for letting me know that invoice {inv} for {amount} would be paid by {long_date(D(promise))}."
    else:
        first = (f"Thank you for your earlier message about invoice {inv} for {amount}, which was due on "
                 f"{long_date(D(due))}.")
    return (f"{dear}\n\n{first}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please "
            "let me know the date it was made. If you need a little more time, could you let me know when I can "
            f"expect it?\n\n{pay_block(o, inv)}\n\n{sign(o)}\n")


def r_paid_claim(o, dear, inv, amount, claim_date):
    x = OWNERS[o]
    return (f"{dear}\n\nThank you for letting me know on {long_date(D(claim_date))} that invoice {inv} for {amount} has "
            "been paid.\n\nHowever, the payment has not reached my account yet. Bank transfers sometimes take a few "
            "extra days, and occasionally a payment is sent to out-of-date bank details. To help me trace it, could "
            "you please send me the date and reference of the transfer, or a copy of the payment confirmation?\n\n"
            f"For reference, my bank details are:\n- Account name: {x['holder']}\n- IBAN: {x['iban']}\n"
            f"- BIC (SWIFT): {x['bic']}\n- Payment reference: {inv}\n\nIf the transfer was made only in the last day "
            "or two, it is probably still on its way, and there is no need to do anything further. Thank you for "
            f"your help.\n\n{sign(o)}\n")


def r_statement(o, dear, rows, total, deadline):
    ls = "\n".join(f"- {r}" for r in rows)
    return (f"{dear}\n\nAccording to my records, the following invoices are still outstanding:\n\n{ls}\n\n"
            f"Total due: {total}\n\nPlease arrange payment by {long_date(D(deadline))}. If some of these invoices have "
            "already been paid, thank you – please let me know which ones and the payment dates, so that I can "
            "update my records. If there is a problem with any of them, please reply to this email and we can sort "
            f"it out.\n\nThe payment details are on the invoices, in the emails they were sent with.\n\n{sign(o)}\n")


# --------------------------------------------------------------------------------------------
# The messages
# --------------------------------------------------------------------------------------------

MESSAGES: list[dict] = []


def add(label: dict, headers: list[tuple[str, str]], root: Part, own: str, crlf: bool = False,
        check: tuple | None = None, preface: list[tuple[str, str]] | None = None) -> None:
    """One message: top-level headers, its MIME tree, the sender's own new words (for the checks)."""
    MESSAGES.append(dict(label=label, headers=(preface or []) + headers, root=root, own=own, crlf=crlf,
                         check=check))


def reply_headers(frm: str, to: str, subject: str, date: dt.datetime, mid: str, irt: str | None,
                  refs: list[str] | None, cc: str | None = None, extra: list[tuple[str, str]] | None = None,
                  subject_charset: str = "utf-8") -> list[tuple[str, str]]:
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", enc(subject, subject_charset)), ("Date", date_hdr(date)), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", " ".join(refs)))
    h += extra or []
    h.append(("MIME-Version", "1.0"))
    return h


def outlook_x(seed: str, topic: str, lang: str = "en-GB", attach: bool = False) -> list[tuple[str, str]]:
    return [("Thread-Topic", enc(topic)),
            ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(_h(seed, 30))).decode()),
            ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]


DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
}


def ol_sent(d: dt.datetime, tz: str, lang: str = "en", us: bool = False) -> str:
    """The "Sent:" line of an Outlook reply header, in the reader's time zone and language."""
    d = d.astimezone(ZoneInfo(tz))
    wd = DAYS[lang][d.weekday()]
    if lang == "en" and us:
        h12 = d.strftime("%I").lstrip("0")
        return f"{wd}, {LONG_MONTHS[d.month - 1]} {d.day}, {d.year} {h12}:{d.strftime('%M %p')}"
    if lang == "en":
        return f"{wd}, {d.day} {LONG_MONTHS[d.month - 1]} {d.year} {d.strftime('%H:%M')}"
    m = MONTHS[lang][d.month - 1]
    if lang == "de":
        return f"{wd}, {d.day}. {m} {d.year} {d.strftime('%H:%M')}"
    if lang == "es":
        return f"{wd}, {d.day} de {m} de {d.year} {d.hour}:{d.strftime('%M')}"
    if lang == "pl":
        return f"{wd}, {d.day} {m} {d.year} {d.strftime('%H:%M')}"
    return f"{wd} {d.day} {m} {d.year} {d.strftime('%H:%M')}"


def local(d: dt.datetime, tz: str) -> dt.datetime:
    return d.astimezone(ZoneInfo(tz))


def inv_id(o: str, inv: str) -> str:
    """Message-ID of the freelancer's own mail that carried the invoice (their usual mail program)."""
    seed = f"invoice {o} {inv}"
    dom = OWNERS[o]["addr"].rpartition("@")[2]
    return {"HP": lambda: apple_id(seed, dom), "RF": lambda: outlook_id(seed, "LO2P265MB5123", "GBRP265"),
            "CW": lambda: gmail_id(seed), "AB": lambda: gmail_id(seed), "GF": lambda: plain_id(seed, dom, "fm."),
            "MO": lambda: plain_id(seed, dom, "webmail.")}[o]()


def original(o: str, to: str, subject: str, date: dt.datetime, mid: str, body: str,
             refs: list[str] | None = None, headers_only: bool = False) -> Part:
    """The freelancer's own outgoing mail as a bounce returns it (message/rfc822 or text/rfc822-headers)."""
    h = [("From", owner_addr(o)), ("To", to), ("Subject", enc(subject)), ("Date", date_hdr(date)), ("Message-ID", mid)]
    if refs:
        h += [("In-Reply-To", refs[-1]), ("References", " ".join(refs))]
    h += [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="utf-8"'),
          ("Content-Transfer-Encoding", "quoted-printable"), ("X-Mailer", "mailduns")]
    head = "".join(f"{k}: {v}\n" for k, v in h)
    if headers_only:
        return raw_part("text/rfc822-headers", head)
    data = head.encode() + b"\n" + _encode_body(body.encode("utf-8"), "quoted-printable")
    return Part([("Content-Type", "message/rfc822")], data)


def pdf(name: str, title: str) -> Part:
    return attachment("application/pdf", name, pdf_bytes(title))


# ============================================================================================
# 1. Accounts payable, Leeds: remittance advice after the BACS payment run (human clerk, Outlook).
# ============================================================================================
o, inv = "RF", "INV-0387"
subj = "Invoice INV-0387 – Harlow & Finch website copy"
rem = when("2026-11-19T09:00", "Europe/London")
d = when("2026-11-24T14:37:12", "Europe/London")
frm = addr("Accounts Payable - Harlow & Finch Ltd", "accounts.payable@harlowfinch.co.uk")
quoted = r_reminder(o, "Dear Accounts Team,", inv, "£1,840.00", "2026-11-14")
own = """Dear Rob,

Please find attached remittance advice for the payment below, which was included in today's BACS payment run.

Supplier: Rob Fenwick Copywriting
Invoice: INV-0387
Amount: £1,840.00
Payment date: 24/11/2026
Payment method: BACS

Funds should clear into your account within 2-3 working days. Please quote our supplier number FEN002 on any future correspondence.

Kind regards,

Priya Chaudhary
Accounts Payable Assistant
Harlow & Finch Ltd
Unit 4, Kirkstall Forge, Leeds LS5 3BF
T: 0113 496 0821

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Harlow & Finch Ltd is registered in England and Wales, company no. 07349120.
"""
rows = outlook_block("en", "Rob Fenwick <rob@fenwickcopy.co.uk>", ol_sent(rem, "Europe/London"),
                     "Accounts Payable - Harlow & Finch Ltd <accounts.payable@harlowfinch.co.uk>", "Re: " + subj)
root = multipart("mixed", [
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted)),
                              text_part(outlook_html(own, rows, quoted), "html")], "1a", "outlook"),
    pdf("Remittance_Advice_0001482.pdf", "REMITTANCE ADVICE 0001482 - INV-0387 - GBP 1,840.00 - BACS 24/11/2026"),
], "1m", "outlook")
add(dict(kind="client-reply-paid", amount="1840.00", currency="GBP", reference="INV-0387",
         note="A person in accounts payable (not a platform) says the invoice went out in today's BACS run and attaches the remittance advice; 'funds should clear in 2-3 days' does not make it a promise."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m1", "CWLP123MB4471", "GBRP123"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=outlook_x("m1", "Invoice INV-0387 – Harlow & Finch website copy", attach=True)),
    root, own, crlf=True)


# ============================================================================================
# 2. Irish builder's accounts assistant: approved, goes in Friday's payment run.
# ============================================================================================
o, inv = "CW", "CW-2026-118"
subj = "Invoice CW-2026-118"
rem = when("2026-11-27T09:30", "Europe/Dublin")
d = when("2026-12-01T10:02:40", "Europe/Dublin")
frm = addr("Sandra Moyles", "s.moyles@brightwaterhomes.ie")
quoted = r_due(o, "Dear Accounts Team,", inv, "€1,360.00", "2026-11-25")
own = """Hi Ciarán,

Apologies for the delay on this. Your invoice CW-2026-118 was signed off by the site manager yesterday and I've put it into our next payment run, which goes out on Friday 4th December. You should see it in your account early the following week.

Kind regards,
Sandra

Sandra Moyles | Accounts Assistant
Brightwater Homes Ltd
Unit 7, Kilcoole Business Park, Co. Wicklow
+353 1 287 4410
"""
rows = outlook_block("en", "Ciarán Walsh <ciaran@walshtranslations.ie>", ol_sent(rem, "Europe/Dublin"),
                     "Accounts <accounts@brightwaterhomes.ie>", "Re: " + subj)
html_only = outlook_html(own, rows, quoted, "EN-IE")
add(dict(kind="client-reply-promise", promised_date="2026-12-04", reference="CW-2026-118",
         note="Approved and put in the payment run that goes out Friday 4 December: the run day is the promised day; money arriving 'early the following week' is not the promise."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m2", "AM9PR07MB7220", "eurprd07"),
                  mailduns_id(o, inv, "due"), [inv_id(o, inv), mailduns_id(o, inv, "due")],
                  extra=outlook_x("m2", subj, "en-IE")),
    text_part(html_only, "html", "utf-8", "base64"), own, check=("weekday", 4))


# ============================================================================================
# 3. Australian coffee roaster, from his phone: "sent it through this arvo".
# ============================================================================================
o, inv = "HP", "HP-1046"
subj = "Invoice HP-1046 – Saltbush packaging"
sent = when("2026-11-03T10:15", "Europe/London")
d = when("2026-11-12T16:48:05", "Australia/Sydney")
frm = addr("Jack Thornton", "jack@saltbushcoffee.com.au")
quoted = """Hi Jack,

Please find attached invoice HP-1046 for the Saltbush packaging (three bag designs plus the box wrap), as per the quote.

Payment within 14 days would be lovely – bank details are on the invoice. Any questions, give me a shout.

Thanks again, it was a joy working on these!

Hannah

Hannah Price
Graphic design & illustration
hannahprice.design
"""
own = """Sent it through this arvo, sorry for the wait! Cheers

Jack

Sent from my iPhone
"""
body = own + "\n" + apple_attr(local(sent, "Australia/Sydney"), "Hannah Price", "hannah@hannahprice.design") + "\n\n" + gt(quoted) + "\n"
add(dict(kind="client-reply-paid",
         note="'Sent it through this arvo' = paid this afternoon (Australian slang); no amount or number in his words, the number is only in the subject and the quoted invoice mail."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, apple_id("m3", "saltbushcoffee.com.au"),
                  inv_id(o, inv), [inv_id(o, inv)], extra=[("X-Mailer", "iPhone Mail (22B91)")]),
    text_part(body, "plain", "utf-8", "quoted-printable"), own)


# ============================================================================================
# 4. Interior designer, Gmail: the invoice is for more than the quote.
# ============================================================================================
o, inv = "HP", "HP-1047"
subj = "Invoice HP-1047 – Rutherford Interiors logo & stationery"
sent = when("2026-11-13T16:20", "Europe/London")
d = when("2026-11-16T09:12:51", "Europe/London")
frm = addr("Gemma Rutherford", "gemma@rutherfordinteriors.co.uk")
quoted = """Hi Gemma,

Here's the invoice for the logo and stationery package – HP-1047, attached. Final files are all in the shared folder.

Thanks so much, I really enjoyed this one.

Hannah
"""
own = """Hi Hannah,

Thanks for this, but I think there's been a mistake. We agreed £1,200 for the logo and stationery package in your quote of 2 September (I've still got the email), and the invoice is for £1,450. I'm guessing the extra £250 is the business card redesign? That was meant to be included – we talked about it on the call and you said it wouldn't be a problem.

Could you have another look and send me a corrected invoice? I'll get it paid as soon as I have it.

Thanks,
Gemma

--
Gemma Rutherford
Rutherford Interiors
07700 900418
"""
attr = gmail_attr_uk(sent, "Hannah Price", "hannah@hannahprice.design")
add(dict(kind="client-reply-dispute",
         note="Contests the amount (£1,450 invoiced against £1,200 quoted) and asks for a corrected invoice; 'I'll get it paid as soon as I have it' is conditional and the dispute wins. No amount: none is stated as paid or promised."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m4"), inv_id(o, inv), [inv_id(o, inv)]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m4", "gmail"),
    own)


# ============================================================================================
# 5. Wise: money in for Giulia, reference names the invoice.
# ============================================================================================
d = when("2026-12-03T10:05:33", "UTC")
own = """Hi Giulia,

You've received 2,400.00 EUR from KRAUSE MASCHINENBAU GMBH.

It's now in your EUR balance.

Amount: 2,400.00 EUR
From: KRAUSE MASCHINENBAU GMBH
Reference: RE 2026/131 FERRI
Received: 3 December 2026

See transaction details: https://wise.com/transactions/activities/by-resource/TRANSFER/1849223107

Thanks,
The Wise Team

This is an automated message. Please don't reply.
Wise Europe SA, Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium.
"""
html_body = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Wise</title></head>'
             '<body style="margin:0;background:#f2f5f7;font-family:Inter,Helvetica,Arial,sans-serif">'
             '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
             '<table width="600" style="background:#ffffff;border-radius:16px;padding:32px">'
             '<tr><td><img src="https://wise.com/public-resources/assets/logos/wise/brand_logo.png" alt="Wise" width="106"></td></tr>'
             '<tr><td style="font-size:16px;color:#0e0f0c;padding-top:24px">Hi Giulia,</td></tr>'
             '<tr><td style="font-size:28px;font-weight:600;color:#0e0f0c;padding-top:8px">You&#39;ve received 2,400.00 EUR from KRAUSE MASCHINENBAU GMBH.</td></tr>'
             '<tr><td style="font-size:16px;color:#454745;padding-top:8px">It&#39;s now in your EUR balance.</td></tr>'
             '<tr><td style="padding-top:24px"><table width="100%" style="font-size:14px;color:#454745">'
             '<tr><td>Amount</td><td align="right"><b>2,400.00 EUR</b></td></tr>'
             '<tr><td>From</td><td align="right">KRAUSE MASCHINENBAU GMBH</td></tr>'
             '<tr><td>Reference</td><td align="right">RE 2026/131 FERRI</td></tr>'
             '<tr><td>Received</td><td align="right">3 December 2026</td></tr></table></td></tr>'
             '<tr><td style="padding-top:24px"><a href="https://wise.com/transactions/activities/by-resource/TRANSFER/1849223107" '
             'style="background:#9fe870;color:#163300;padding:12px 24px;border-radius:24px;text-decoration:none">See transaction details</a></td></tr>'
             '<tr><td style="font-size:12px;color:#6a6c6a;padding-top:32px">This is an automated message. Please don&#39;t reply.<br>'
             'Wise Europe SA, Rue du Tr&ocirc;ne 100, 3rd floor, Brussels, 1050, Belgium.</td></tr>'
             '</table></td></tr></table></body></html>\n')
add(dict(kind="payment-notification", amount="2400.00", currency="EUR", reference="2026/131",
         note="Wise money-in notice; the transfer reference 'RE 2026/131 FERRI' carries the invoice number (RE = Rechnung), the rest of it is the payer's addition."),
    [("From", "Wise <noreply@wise.com>"), ("To", owner_addr("GF")),
     ("Subject", "You've received 2,400.00 EUR"), ("Date", date_hdr(d)),
     ("Message-ID", plain_id("m5", "wise.com", "0102018f.")), ("MIME-Version", "1.0"),
     ("X-Entity-Ref-ID", _h("m5ref", 32))],
    multipart("alternative", [text_part(own, cte="quoted-printable"),
                              text_part(html_body, "html", cte="quoted-printable")], "m5"),
    own)


# ============================================================================================
# 6. Exchange out-of-office: parental leave, back on a stated Monday.
# ============================================================================================
o, inv = "CW", "CW-2026-124"
d = when("2026-11-19T08:31:02", "Europe/Dublin")
own = """Hi,

Thanks for your email. I'm currently on parental leave and will return to work on Monday 1 March 2027. I won't be checking email during this time.

For anything finance-related, please contact Declan Murray (declan.murray@corrib-analytics.ie), and for project queries our main office on +353 91 555 0192.

Thanks,
Niamh
"""
add(dict(kind="auto-reply", return_date="2027-03-01",
         note="Exchange automatic reply for parental leave; 'will return to work on Monday 1 March 2027' is the first day back."),
    [("From", addr("Niamh Gallagher", "niamh.gallagher@corrib-analytics.ie")), ("To", owner_addr(o)),
     ("Subject", "Automatic reply: Invoice CW-2026-124"), ("Date", date_hdr(d)),
     ("Message-ID", outlook_id("m6", "DB8PR03MB6011", "eurprd03")),
     ("In-Reply-To", inv_id(o, inv)), ("References", inv_id(o, inv)),
     ("Thread-Topic", "Invoice CW-2026-124"), ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
     ("X-MS-Exchange-Inbox-Rules-Loop", "niamh.gallagher@corrib-analytics.ie"), ("X-MS-TNEF-Correlator", ""),
     ("Content-Language", "en-IE"), ("MIME-Version", "1.0")],
    multipart("alternative", [text_part(own, cte="quoted-printable"),
                              text_part(outlook_html(own, [], "", "EN-IE"), "html", cte="quoted-printable")],
              "m6", "outlook"),
    own, check=("date",))


# ============================================================================================
# 7. Butcher in Cork, late evening, lower case, from his phone: "ill sort it friday".
# ============================================================================================
o, inv = "AB", "AB-27-003"
subj = "Invoice AB-27-003 – Kinsella's product shoot"
rem = when("2027-01-12T09:00", "Europe/Dublin")
d = when("2027-01-13T21:47:19", "Europe/Dublin")
frm = addr("Darragh Kinsella", "darraghkinsella87@gmail.com")
quoted = r_reminder(o, "Dear Darragh Kinsella,", inv, "€420.00", "2027-01-08")
own = """hi aoife sorry only seeing this now, was up the walls with the shop after christmas. ill sort it friday when the money from the christmas orders comes in, promise. the pics are class by the way everyone loves them

darragh
"""
attr = gmail_attr_uk(rem, "Aoife Brennan", "hello@aoifebrennan.ie")
add(dict(kind="client-reply-promise", promised_date="2027-01-15",
         note="Written on Wednesday 13 January 2027: 'ill sort it friday' is Friday 15 January. The invoice number and amount are only in the quoted reminder."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m7"), mailduns_id(o, inv, "reminder"),
                  [inv_id(o, inv), mailduns_id(o, inv, "reminder")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="base64"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="base64")], "m7", "gmail"),
    own, check=("weekday", 4))


# ============================================================================================
# 8. Microsoft 365 non-delivery report: the client's accounts address no longer exists.
# ============================================================================================
o, inv = "RF", "INV-0392"
subj = "Re: Invoice INV-0392 – Thornbury Events brochure"
sent = when("2026-12-02T09:00:37", "Europe/London")
d = when("2026-12-02T09:00:41", "Europe/London")
rcpt = "accounts@thornbury-events.co.uk"
orig_body = r_reminder(o, "Dear Accounts Team,", inv, "£960.00", "2026-11-27")
own = f"""Your message to {rcpt} couldn't be delivered.

{rcpt} wasn't found at thornbury-events.co.uk.

Rob Fenwick    Office 365    thornbury-events.co.uk
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the address is correct, contact the recipient by some other means (for example, phone or text message) and ask if the address has changed.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address doesn't exist at the destination domain.

Original Message Details
Created Date:    02/12/2026 09:00:37
Sender Address:    rob@fenwickcopy.co.uk
Recipient Address:    {rcpt}
Subject:    {subj}

Error Details
Reported error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
DSN generated by:    CWXP265MB3380.GBRP265.PROD.OUTLOOK.COM
"""
html_ndr = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
            f"<p style=\"font-size:16px\"><b>Your message to <a href=\"mailto:{rcpt}\">{rcpt}</a> couldn't be delivered.</b></p>"
            f"<p style=\"font-size:15px;color:#C00000\"><b>{rcpt}</b> wasn't found at thornbury-events.co.uk.</p>"
            "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>"
            "<p><b>More Info for Email Admins</b><br>Status code: 550 5.1.10</p>"
            f"<p>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup</p>"
            "</div></body></html>\n")
status = f"""Reporting-MTA: dns;CWXP265MB3380.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Wed, 2 Dec 2026 09:00:38 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
"""
rem_id = mailduns_id(o, inv, "reminder")
root = multipart("report", [
    multipart("alternative", [text_part(own, "plain", "utf-8", "quoted-printable"),
                              text_part(html_ndr, "html", "utf-8", "quoted-printable")], "m8a", "outlook"),
    raw_part("message/delivery-status", status),
    original(o, rcpt, subj, sent, rem_id, orig_body, [inv_id(o, inv)]),
], "m8", "outlook", params="report-type=delivery-status")
add(dict(kind="bounce", failed_recipient=rcpt, permanent=True,
         note="Office 365 NDR, 550 5.1.10 recipient not found: permanent; the returned message is the INV-0392 reminder."),
    [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fenwickcopy.co.uk>"),
     ("To", owner_addr(o)), ("Subject", "Undeliverable: " + enc(subj)), ("Date", date_hdr(d)),
     ("Message-ID", outlook_id("m8", "CWXP265MB3380", "GBRP265")), ("In-Reply-To", rem_id), ("References", rem_id),
     ("Content-Language", "en-GB"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-Has-Attach", "yes"),
     ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
    root, own)


# ============================================================================================
# 9. Wine producer (Italian, writing English): forwarded to the administration, in copy.
# ============================================================================================
o, inv = "MO", "F-2026-0219"
subj = "Invoice F-2026-0219 · Bellandi labels"
sent = when("2026-11-06T12:40", "Europe/Madrid")
d = when("2026-11-09T18:22:07", "Europe/Rome")
frm = addr("Marco Bellandi", "marco@bellandivini.com")
quoted = """Hi Marco,

Attached you'll find invoice F-2026-0219 for the six label illustrations for the Bellandi 2025 vintage.

Payment by bank transfer within 30 days, please. The details are on the invoice.

Thank you so much for trusting me with this project!

Marta

--
Marta Ortega · Illustration
Valencia · martaortega.es
"""
own = """Hi Marta,
thank you for the invoice, I forward it to our administration (Mrs. Conti, in copy) who take care of the payments. For any question about it please write directly to her.

The labels are beautiful, my father is very happy :)

Ciao
Marco

Azienda Agricola Bellandi
Località Poggio alle Mura, Montalcino (SI)
"""
attr = apple_attr(local(sent, "Europe/Rome"), "Marta Ortega", "hola@martaortega.es")
add(dict(kind="client-reply-other",
         note="Says he has passed the invoice to the administration (copied in); no payment, no promise, no objection."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, apple_id("m9", "bellandivini.com"), inv_id(o, inv),
                  [inv_id(o, inv)], cc=addr("Paola Conti", "amministrazione@bellandivini.com"),
                  extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")], subject_charset="iso-8859-1"),
    multipart("alternative", [text_part(apple_plain(own, attr, quoted), "plain", "iso-8859-1", "quoted-printable"),
                              text_part(apple_html(own, attr, quoted).replace("charset=utf-8", "charset=iso-8859-1"),
                                        "html", "iso-8859-1", "quoted-printable")], "m9", "apple"),
    own)


# ============================================================================================
# 10. German machine builder: transfer executed today, confirmation attached (German Outlook).
# ============================================================================================
o, inv = "GF", "2026/131"
subj = "Invoice 2026/131"
rem = when("2026-11-30T10:00", "Europe/Rome")
d = when("2026-12-03T09:41:55", "Europe/Berlin")
frm = addr("Krause, Stefan", "s.krause@krause-maschinenbau.de")
quoted = r_reminder(o, "Dear Stefan Krause,", inv, "€2,400.00", "2026-11-20")
own = """Dear Mrs. Ferri,

the transfer of 2.400,00 EUR for your invoice 2026/131 was executed today by our bank. You find the payment confirmation in attachment.

Please excuse the delay, the invoice was stucked in our approval workflow because the cost center was missing.

With kind regards

Stefan Krause
Head of IT
Krause Maschinenbau GmbH
Industriestraße 14 | 73430 Aalen | Germany
Tel. +49 7361 5548-210

Krause Maschinenbau GmbH, Sitz: Aalen, Registergericht Ulm HRB 712345, Geschäftsführer: Dr. Heinrich Krause
"""
rows = outlook_block("de", "Giulia Ferri <giulia@ferri.dev>", ol_sent(rem, "Europe/Berlin", "de"),
                     "Krause, Stefan <s.krause@krause-maschinenbau.de>", "Re: " + subj)
root = multipart("mixed", [
    multipart("alternative", [
        text_part(outlook_plain(own, rows, quoted), "plain", "windows-1252", "quoted-printable"),
        text_part(outlook_html(own, rows, quoted, "DE", "Calibri", "windows-1252"), "html", "windows-1252",
                  "quoted-printable")], "m10a", "outlook"),
    pdf("Zahlungsavis_2026-12-03.pdf", "Zahlungsavis - Krause Maschinenbau GmbH - 2.400,00 EUR - RE 2026/131"),
], "m10", "outlook")
add(dict(kind="client-reply-paid", amount="2400.00", currency="EUR", reference="2026/131",
         note="German writer: 'the transfer of 2.400,00 EUR ... was executed today' (German decimal comma); quoted header is German Outlook (Von/Gesendet/An/Betreff) under English text."),
    reply_headers(frm, owner_addr(o), "AW: Re: " + subj, d, outlook_id("m10", "FR3P281MB1790", "DEUP281"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=outlook_x("m10", "Invoice 2026/131", "de-DE", attach=True)),
    root, own, crlf=True)


# ============================================================================================
# 11. Sydney, early Monday morning (still Sunday in UTC and in Bristol): "tomorrow first thing".
# ============================================================================================
o, inv = "HP", "HP-1061"
subj = "Invoice HP-1061 – Wattle Studio website illustrations"
rem = when("2027-01-28T09:00", "Europe/London")
d = when("2027-02-01T07:10:44", "Australia/Sydney")
frm = addr("Priya Raman", "priya@wattlestudio.com.au")
quoted = r_due(o, "Dear Priya Raman,", inv, "£880.00", "2027-01-27")
own = """Morning Hannah,

So sorry, this completely slipped through – I was off sick most of last week and I'm still catching up. I'll pay it tomorrow first thing when I'm back in the studio (the token for the business account lives in the office drawer, of course).

Thanks for your patience!
Priya

Priya Raman | Creative Director
Wattle Studio
Level 2, 18 Foster St, Surry Hills NSW 2010
"""
attr = gmail_attr_uk(local(rem, "Australia/Sydney"), "Hannah Price", "hannah@hannahprice.design")
add(dict(kind="client-reply-promise", promised_date="2027-02-02",
         note="Sent Monday 1 February 07:10 in Sydney (+11:00), which is still Sunday 31 January in UTC and in Bristol: 'tomorrow' is Tuesday 2 February in the sender's time zone."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m11"), mailduns_id(o, inv, "due"),
                  [inv_id(o, inv), mailduns_id(o, inv, "due")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m11", "gmail"),
    own, check=("tomorrow",))


# ============================================================================================
# 12. Wise again, but money going out: the freelancer paid her colourist.
# ============================================================================================
d = when("2027-01-29T16:12:09", "UTC")
own = """Hi Marta,

Your money's on its way to Lucia Navarro Gil.

You sent: 350.00 EUR
Lucia Navarro Gil gets: 350.00 EUR
Fee: 0.00 EUR
Reference: Colour flats Lagoon mascot
Should arrive: by Monday, 1 February

Transfer #1903388471

Track your transfer: https://wise.com/transactions/activities/by-resource/TRANSFER/1903388471

Thanks,
The Wise Team

Wise Europe SA, Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium.
"""
add(dict(kind="other",
         note="An outgoing transfer the freelancer made to a subcontractor (money leaving her account), not money received: not a payment notification."),
    [("From", "Wise <noreply@wise.com>"), ("To", owner_addr("MO")),
     ("Subject", "Your money's on its way to Lucia Navarro Gil"), ("Date", date_hdr(d)),
     ("Message-ID", plain_id("m12", "wise.com", "0102018f.")), ("MIME-Version", "1.0")],
    text_part(own, "plain", "utf-8", "8bit"), own)


# ============================================================================================
# 13. Chicago realtor, answering the final notice: never ordered the work, won't pay.
# ============================================================================================
o, inv = "RF", "INV-0394"
subj = "Invoice INV-0394 – listing copy"
fin = when("2026-12-08T09:00", "Europe/London")
d = when("2026-12-09T16:55:03", "America/Chicago")
frm = addr("Brent Kowalski", "brent@kowalskirealty.com")
quoted = r_final(o, "Kowalski Realty Group", inv, "US$2,400.00", "2026-10-20", "2026-11-19", "2026-12-08",
                 "2026-12-22")
own = """Rob,

I have no idea what this is for. We asked you for a quote on 10 listings, we never gave you the go-ahead, and nobody here authorized you to start writing anything. We are not paying for work we didn't order, and I don't appreciate being threatened with collections over it.

Please take us off your list.

Brent Kowalski
Broker/Owner | Kowalski Realty Group
(312) 555-0147
"""
rows = outlook_block("en", "Rob Fenwick <rob@fenwickcopy.co.uk>", ol_sent(fin, "America/Chicago", us=True),
                     "Brent Kowalski <brent@kowalskirealty.com>", "Re: " + subj)
add(dict(kind="client-reply-dispute",
         note="Flat refusal to pay: says the work was never ordered ('We are not paying for work we didn't order'); a reply to the final notice, whose amount and number are only in the quote."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m13", "CH3PR12MB8140", "namprd12"),
                  mailduns_id(o, inv, "final"), [inv_id(o, inv), mailduns_id(o, inv, "reminder"),
                                                 mailduns_id(o, inv, "final")],
                  extra=outlook_x("m13", subj, "en-US")),
    text_part(outlook_plain(own, rows, quoted), "plain", "utf-8", "quoted-printable"),
    own)


# ============================================================================================
# 14. Lagos: "payment has been effected", transfer slip photographed and attached.
# ============================================================================================
o, inv = "MO", "F-2027-0007"
subj = "Invoice F-2027-0007 - Lagoon Brands mascot"
rem = when("2027-01-20T09:00", "Europe/Madrid")
d = when("2027-01-21T11:26:30", "Africa/Lagos")
frm = addr("Adaeze Okonkwo", "a.okonkwo@lagoonbrands.ng")
quoted = r_due(o, "Dear Adaeze Okonkwo,", inv, "€480.00", "2027-01-19")
own = """Good day Marta,

I trust this mail finds you well.

Please be informed that payment has been effected for invoice F-2027-0007, the sum of EUR 480 (Four Hundred and Eighty Euros only) via our domiciliary account with Zenith Bank. Find attached the transfer slip for your perusal.

Kindly acknowledge receipt upon confirmation.

Warm regards,

Adaeze Okonkwo (Mrs)
Finance & Admin
Lagoon Brands Limited
Plot 14, Admiralty Way, Lekki Phase 1, Lagos
"""
rows = outlook_block("en", "Marta Ortega <hola@martaortega.es>", ol_sent(rem, "Africa/Lagos"),
                     "Adaeze Okonkwo <a.okonkwo@lagoonbrands.ng>", "Re: " + subj)
root = multipart("mixed", [
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted)),
                              text_part(outlook_html(own, rows, quoted), "html")], "m14a", "outlook"),
    attachment("image/jpeg", "Transfer slip F-2027-0007.jpg", jpg_bytes("m14")),
], "m14", "outlook")
add(dict(kind="client-reply-paid", amount="480.00", currency="EUR", reference="F-2027-0007",
         note="Nigerian business English: 'payment has been effected' = paid; amount given as 'EUR 480 (Four Hundred and Eighty Euros only)'; the slip is a JPEG."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m14", "LO4P123MB6620", "GBRP123"),
                  mailduns_id(o, inv, "due"), [inv_id(o, inv), mailduns_id(o, inv, "due")],
                  extra=outlook_x("m14", subj, "en-GB", attach=True)),
    root, own)


# ============================================================================================
# 15. Revolut Business: money in (HTML only).
# ============================================================================================
d = when("2027-01-22T14:03:51", "Europe/Dublin")
own = """Money added

€950.00 from HARBOUR LANE BAKERY LTD

Hi Aoife,
You've received €950.00 in your EUR account.

From: HARBOUR LANE BAKERY LTD
Reference: AB-27-004
Date: 22 Jan 2027, 14:03

View transaction

Revolut Business
"""
html_body = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
             '<title>Money added</title></head><body style="margin:0;padding:0;background:#f7f7f7">'
             '<div style="max-width:560px;margin:0 auto;background:#fff;font-family:Aeonik,Helvetica,Arial,sans-serif;color:#191c1f;padding:32px">'
             '<img src="https://assets.revolut.com/media/business/logo.png" width="96" alt="Revolut Business">'
             '<p style="font-size:14px;color:#717173;margin:32px 0 4px">Money added</p>'
             '<h1 style="font-size:28px;margin:0">&euro;950.00 from HARBOUR LANE BAKERY LTD</h1>'
             '<p style="font-size:16px;margin-top:24px">Hi Aoife,<br>You&rsquo;ve received &euro;950.00 in your EUR account.</p>'
             '<table style="width:100%;font-size:15px;border-top:1px solid #e6e6e6;margin-top:16px" cellpadding="8">'
             '<tr><td style="color:#717173">From</td><td align="right">HARBOUR LANE BAKERY LTD</td></tr>'
             '<tr><td style="color:#717173">Reference</td><td align="right">AB-27-004</td></tr>'
             '<tr><td style="color:#717173">Date</td><td align="right">22 Jan 2027, 14:03</td></tr></table>'
             '<p style="margin-top:24px"><a href="https://business.revolut.com/transactions/6790a2b1-51c3-a1f8-9e0d-2f0a93c1d77e" '
             'style="background:#191c1f;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none">View transaction</a></p>'
             '<p style="font-size:12px;color:#8b959e;margin-top:40px">Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania. '
             'Revolut Bank UAB is authorised by the Bank of Lithuania and regulated by the Central Bank of Ireland for conduct of business rules.</p>'
             '</div></body></html>\n')
add(dict(kind="payment-notification", amount="950.00", currency="EUR", reference="AB-27-004",
         note="Revolut Business 'Money added' notice, HTML only; the payer's reference is the invoice number."),
    [("From", "Revolut Business <no-reply@revolut.com>"), ("To", owner_addr("AB")),
     ("Subject", enc("You've received €950.00 from HARBOUR LANE BAKERY LTD")), ("Date", date_hdr(d)),
     ("Message-ID", plain_id("m15", "revolut.com", "business.")), ("MIME-Version", "1.0")],
    text_part(html_body, "html", "utf-8", "base64"), own)


# ============================================================================================
# 16. "This mailbox is not monitored" (RFC 3834 headers).
# ============================================================================================
o, inv = "HP", "HP-1058"
subj = "Invoice HP-1058 – Northgate vehicle livery"
d = when("2026-12-15T10:00:12", "Europe/London")
rid = mailduns_id(o, inv, "reminder")
own = """This mailbox is not monitored.

Thank you for your email. Please note that accounts@northgate-logistics.co.uk is no longer monitored. Supplier invoices must now be submitted through our supplier portal at https://suppliers.northgate-logistics.co.uk, and remittance queries should be sent to ap.queries@northgate-logistics.co.uk.

Your message has not been forwarded.

Northgate Logistics Ltd
Registered office: Lymedale Business Park, Newcastle-under-Lyme ST5 9QF
"""
add(dict(kind="auto-reply",
         note="Automatic notice that the address is no longer read, pointing to a portal and another address; no return date. Not a bounce: the mail was delivered."),
    [("From", addr("Northgate Logistics Accounts", "accounts@northgate-logistics.co.uk")), ("To", owner_addr(o)),
     ("Subject", enc("Re: Re: " + subj)), ("Date", date_hdr(d)),
     ("Message-ID", plain_id("m16", "northgate-logistics.co.uk", "autoreply.")),
     ("In-Reply-To", rid), ("References", f"{inv_id(o, inv)} {rid}"),
     ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply"), ("X-Autoreply", "yes"),
     ("MIME-Version", "1.0")],
    text_part(own, "plain", "us-ascii", "7bit"), own)


# ============================================================================================
# 17. Utrecht agency owner: before the end of the month.
# ============================================================================================
o, inv = "GF", "2027/012"
subj = "Invoice 2027/012"
rem = when("2027-02-08T09:00", "Europe/Rome")
d = when("2027-02-09T13:20:18", "Europe/Amsterdam")
frm = addr("Joost van der Meer", "joost@tulpmedia.nl")
quoted = r_reminder(o, "Dear Joost van der Meer,", inv, "€1,120.00", "2027-01-31")
own = """Hi Giulia,

Thanks for the reminder, and sorry. We had a bit of a cashflow thing in January (two big clients paying late, the usual story). I will pay your invoice before the end of the month, that is for sure. If it can be earlier I will do it earlier.

Greetings,
Joost

--
Tulp Media | Oudegracht 112 | Utrecht
"""
attr = apple_attr(local(rem, "Europe/Amsterdam"), "Giulia Ferri", "giulia@ferri.dev")
add(dict(kind="client-reply-promise", promised_date="2027-02-28",
         note="'before the end of the month', written 9 February 2027: the month's last day, 28 February (2027 is not a leap year)."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, apple_id("m17", "tulpmedia.nl"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]),
    multipart("alternative", [text_part(apple_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(apple_html(own, attr, quoted), "html", cte="quoted-printable")], "m17", "apple"),
    own, check=("month_end",))


# ============================================================================================
# 18. Paid, and a question about other files (emoji, Gmail).
# ============================================================================================
o, inv = "HP", "HP-1052"
subj = "Invoice HP-1052 – Christmas campaign"
rem = when("2026-12-11T09:00", "Europe/London")
d = when("2026-12-14T12:03:26", "Europe/London")
frm = addr("Ellie Marsh", "ellie@marshandmoss.co.uk")
quoted = r_courtesy(o, "Dear Ellie Marsh,", inv, "£540.00", "2026-12-01", "2026-12-15")
own = """Hi Hannah! Just paid HP-1052, should be with you today 🎄

Quick question while I've got you – could you send over the print-ready files for the A5 flyer as well as the A4? Our printer's asking for 3mm bleed. No rush, after Christmas is totally fine.

Ellie x
"""
attr = gmail_attr_uk(rem, "Hannah Price", "hannah@hannahprice.design")
add(dict(kind="client-reply-paid", reference="HP-1052",
         note="Paid and then asks for more files: the question does not change the kind. Reply to the friendly pre-due reminder."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m18"), mailduns_id(o, inv, "courtesy"),
                  [inv_id(o, inv), mailduns_id(o, inv, "courtesy")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m18", "gmail"),
    own)


# ============================================================================================
# 19. Madrid consultancy: the IBAN in the PDF is cut off, send the details again (Spanish Outlook).
# ============================================================================================
o, inv = "CW", "CW-2026-121"
subj = "Invoice CW-2026-121"
sent = when("2026-11-26T08:00", "Europe/Dublin")
d = when("2026-11-26T17:45:10", "Europe/Madrid")
frm = addr("Raúl Domínguez", "raul.dominguez@solviaconsulting.es")
quoted = """Dear Raúl,

Please find attached invoice CW-2026-121 for the English translation of the Solvia Consulting website (14,200 words).

Many thanks, and it was a pleasure working with you and the team.

Best regards,
Ciarán

--
Ciarán Walsh
Spanish & Portuguese > English translation
walshtranslations.ie
"""
own = """Hello Ciarán,

I am trying to make the transfer but the bank says the IBAN is not correct, it has one number less. In the PDF the last part is cut ("...3456 7"). Can you send me again the bank details, please? Better in the body of the email, not in image.

Thank you and sorry for the inconvenience.

Raúl Domínguez
Departamento de Administración
Solvia Consulting S.L.
C/ Príncipe de Vergara 112, 28002 Madrid
"""
rows = outlook_block("es", "Ciarán Walsh <ciaran@walshtranslations.ie>", ol_sent(sent, "Europe/Madrid", "es"),
                     "Raúl Domínguez <raul.dominguez@solviaconsulting.es>", subj)
add(dict(kind="client-reply-other",
         note="Asks for the bank details again because the IBAN in the PDF is cut off; trying to pay is not a payment or a promise. Spanish Outlook header (De/Enviado el/Para/Asunto) under English text."),
    reply_headers(frm, owner_addr(o), "RE: " + subj, d, outlook_id("m19", "PAXPR06MB7748", "eurprd06"),
                  inv_id(o, inv), [inv_id(o, inv)], extra=outlook_x("m19", subj, "es-ES"), subject_charset="windows-1252"),
    multipart("alternative", [
        text_part(outlook_plain(own, rows, quoted, rule=False), "plain", "windows-1252", "quoted-printable"),
        text_part(outlook_html(own, rows, quoted, "ES", "Calibri", "windows-1252"), "html", "windows-1252",
                  "quoted-printable")], "m19", "outlook"),
    own, crlf=True)


# ============================================================================================
# 20. Postfix: delivery delayed, still being retried (temporary).
# ============================================================================================
o, inv = "GF", "2026/144"
subj = "Re: Invoice 2026/144 – Harbourlight booking site"
sent = when("2026-12-18T09:00:05", "Europe/Rome")
d = when("2026-12-18T13:02:11", "Europe/Rome")
rcpt = "accounts@harbourlight.ie"
rid = mailduns_id(o, inv, "due")
own = f"""This is the mail system at host mail.ferri.dev.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: connect to mail.harbourlight.ie[203.0.113.45]:25: Connection
    timed out
"""
status = f"""Reporting-MTA: dns; mail.ferri.dev
X-Postfix-Queue-ID: 4dW7kQ1Zs9z1xqZ
X-Postfix-Sender: rfc822; giulia@ferri.dev
Arrival-Date: Fri, 18 Dec 2026 09:00:05 +0100 (CET)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.harbourlight.ie[203.0.113.45]:25:
    Connection timed out
Will-Retry-Until: Wed, 23 Dec 2026 09:00:05 +0100 (CET)
"""
root = multipart("report", [
    text_part(own, "plain", "us-ascii", "7bit", extra=[("Content-Description", "Notification")]),
    raw_part("message/delivery-status", status, [("Content-Description", "Delivery report")]),
    original(o, rcpt, subj, sent, rid, "", [inv_id(o, inv)], headers_only=True),
], "m20", preamble="This is a MIME-encapsulated message.", params="report-type=delivery-status")
add(dict(kind="bounce", failed_recipient=rcpt, permanent=False,
         note="Postfix delay warning (Action: delayed, 4.4.1, connection timed out): still being retried, so the failure is temporary."),
    [("From", "MAILER-DAEMON@mail.ferri.dev (Mail Delivery System)"),
     ("To", "giulia@ferri.dev"), ("Subject", "Delayed Mail (still being retried)"), ("Date", date_hdr(d)),
     ("Message-ID", "<20261218120211.9C1F21A0E4B@mail.ferri.dev>"), ("Auto-Submitted", "auto-replied"),
     ("MIME-Version", "1.0")],
    root, own)


# ============================================================================================
# 21. Dutch flower grower: asks for a credit note for a cancelled day before paying (Dutch Outlook).
# ============================================================================================
o, inv = "AB", "AB-26-041"
subj = "Invoice AB-26-041"
sent = when("2026-11-16T11:20", "Europe/Dublin")
d = when("2026-11-18T10:05:47", "Europe/Amsterdam")
frm = addr("Femke Jansen", "f.jansen@hollandbloom.nl")
quoted = """Hi Femke,

Please find attached invoice AB-26-041 for the Holland Bloom spring catalogue shoot.

Thanks a million, it was a lovely few days in Aalsmeer.

Aoife

Aoife Brennan Photography
Cork · aoifebrennan.ie
"""
own = """Dear Aoife,

Thank you for the invoice AB-26-041. However it includes two shooting days (2 x €850), while we cancelled the second day on 3 November, which is more than 7 days before, so according to your terms no cancellation fee applies.

Could you please send us a credit note for €850? Then we pay the rest immediately. Our accounting department cannot pay an invoice partially without the credit note.

Met vriendelijke groet / Kind regards,

Femke Jansen
Marketing Coordinator | Holland Bloom B.V.
Legmeerdijk 313, Aalsmeer
"""
rows = outlook_block("nl", "Aoife Brennan <hello@aoifebrennan.ie>", ol_sent(sent, "Europe/Amsterdam", "nl"),
                     "Femke Jansen <f.jansen@hollandbloom.nl>", subj)
add(dict(kind="client-reply-dispute", reference="AB-26-041",
         note="Asks for a credit note for a cancelled day and will not pay until she has it: a dispute even though she promises to pay 'the rest' (no sum or day for that)."),
    reply_headers(frm, owner_addr(o), "RE: " + subj, d, outlook_id("m21", "AS8PR04MB8120", "eurprd04"),
                  inv_id(o, inv), [inv_id(o, inv)], extra=outlook_x("m21", subj, "nl-NL")),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), cte="quoted-printable"),
                              text_part(outlook_html(own, rows, quoted, "NL"), "html", cte="quoted-printable")],
              "m21", "outlook"),
    own)


# ============================================================================================
# 22. Glasgow: "that's it paid there", screenshot from the iPhone (Apple mixed structure).
# ============================================================================================
o, inv = "RF", "INV-0398"
subj = "Invoice INV-0398 – Reid & Co. menu copy"
rem = when("2027-01-07T09:00", "Europe/London")
d = when("2027-01-08T19:22:13", "Europe/London")
frm = addr("Callum Reid", "callumreid@icloud.com")
quoted = r_reminder(o, "Dear Callum Reid,", inv, "£375.00", "2026-12-31")
own1 = "Hiya Rob, that's it paid there, screenshot attached. Sorry for the delay, Christmas was mental.\n\nCallum\n\n"
own2 = "\nSent from my iPhone\n\n" + apple_attr(rem, "Rob Fenwick", "rob@fenwickcopy.co.uk") + "\n\n" + gt(quoted) + "\n"
root = multipart("mixed", [
    text_part(own1, "plain", "us-ascii", "7bit"),
    attachment("image/png", "IMG_4471.PNG", png_bytes("m22"), inline=True),
    text_part(own2, "plain", "utf-8", "quoted-printable"),
], "m22", "apple")
add(dict(kind="client-reply-paid",
         note="Scottish 'that's it paid there' = it has been paid; the proof is an inline PNG screenshot between two text parts, as the iPhone sends it. No amount in his words."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, apple_id("m22", "icloud.com"), mailduns_id(o, inv, "reminder"),
                  [inv_id(o, inv), mailduns_id(o, inv, "reminder")], extra=[("X-Mailer", "iPhone Mail (22C152)")]),
    root, own1.rstrip("\n"))


# ============================================================================================
# 23. Stripe: a card payment for an invoice.
# ============================================================================================
d = when("2027-01-19T11:42:08", "UTC")
own = """Payment received

Rob Fenwick Copywriting received a payment of £600.00 from Oakwell Dental Practice.

Amount: £600.00
Date: 19 January 2027, 11:42 GMT
Payment method: Visa •••• 4417
Description: INV-0401 – January blog package
Customer: accounts@oakwelldental.co.uk

View payment in the Dashboard:
https://dashboard.stripe.com/payments/pi_3QxG7hLkdIwHu7ix0Q2sJ9Kb

The funds will be included in your next payout to your bank account.

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
"""
html_body = ('<html><head><meta charset="utf-8"></head><body style="background:#f6f9fc;font-family:-apple-system,'
             'BlinkMacSystemFont,\'Segoe UI\',Roboto,Helvetica,Arial,sans-serif">'
             '<table width="100%"><tr><td align="center"><table width="600" style="background:#fff;padding:40px">'
             '<tr><td style="font-size:24px;color:#32325d">Payment received</td></tr>'
             '<tr><td style="font-size:16px;color:#525f7f;padding-top:16px">Rob Fenwick Copywriting received a payment of '
             '<strong>&pound;600.00</strong> from Oakwell Dental Practice.</td></tr>'
             '<tr><td style="padding-top:24px"><table style="font-size:14px;color:#525f7f" width="100%">'
             '<tr><td>Amount</td><td align="right">&pound;600.00</td></tr>'
             '<tr><td>Date</td><td align="right">19 January 2027, 11:42 GMT</td></tr>'
             '<tr><td>Payment method</td><td align="right">Visa &bull;&bull;&bull;&bull; 4417</td></tr>'
             '<tr><td>Description</td><td align="right">INV-0401 &ndash; January blog package</td></tr>'
             '<tr><td>Customer</td><td align="right">accounts@oakwelldental.co.uk</td></tr></table></td></tr>'
             '<tr><td style="padding-top:24px"><a href="https://dashboard.stripe.com/payments/pi_3QxG7hLkdIwHu7ix0Q2sJ9Kb">'
             'View payment in the Dashboard</a></td></tr>'
             '<tr><td style="font-size:12px;color:#8898aa;padding-top:32px">The funds will be included in your next payout '
             'to your bank account.<br>Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</td></tr>'
             '</table></td></tr></table></body></html>\n')
add(dict(kind="payment-notification", amount="600.00", currency="GBP", reference="INV-0401",
         note="Stripe notice of a successful card payment; the payment description carries the invoice number. A payout to the bank comes later and is not this."),
    [("From", "Stripe <notifications@stripe.com>"), ("To", owner_addr("RF")),
     ("Subject", enc("Payment of £600.00 from Oakwell Dental Practice")), ("Date", date_hdr(d)),
     ("Message-ID", plain_id("m23", "stripe.com", "notif.")), ("MIME-Version", "1.0")],
    multipart("alternative", [text_part(own, cte="quoted-printable"),
                              text_part(html_body, "html", cte="quoted-printable")], "m23"),
    own)


# ============================================================================================
# 24. Bengaluru accounts executive: released by 10th Feb, post approval.
# ============================================================================================
o, inv = "GF", "2027/009"
subj = "Invoice 2027/009 - UI redesign phase 2"
rem = when("2027-01-29T09:00", "Europe/Rome")
d = when("2027-02-02T10:05:12", "Asia/Kolkata")
frm = addr("Venkatesh Iyer", "venkatesh.iyer@sarvamtech.in")
quoted = r_reminder(o, "Dear Accounts Team,", inv, "€3,200.00", "2027-01-25")
own = """Dear Giulia,

Greetings from Sarvam Technologies!

This is with reference to your reminder mail dated 29th January. We wish to inform you that your invoice has been verified by our project team and the same is pending for approval from our Finance Head, who is presently travelling. The payment of EUR 3,200 will be released by 10th Feb positively, post approval.

Kindly bear with us for the delay and revert in case any further documents are required from your end.

Thanks & Regards,
Venkatesh Iyer
Accounts Executive – Vendor Payments
Sarvam Technologies Pvt. Ltd.
Outer Ring Road, Bellandur, Bengaluru – 560 103
"""
rows = outlook_block("en", "Giulia Ferri <giulia@ferri.dev>", ol_sent(rem, "Asia/Kolkata"),
                     "accounts@sarvamtech.in", "Re: " + subj, cc="Venkatesh Iyer <venkatesh.iyer@sarvamtech.in>")
add(dict(kind="client-reply-promise", promised_date="2027-02-10", amount="3200.00", currency="EUR",
         note="Indian English: 'will be released by 10th Feb positively, post approval' is a promise with a day and an amount; 'your invoice' is not numbered in his words, so no reference."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m24", "MA0PR01MB9215", "INDPRD01"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=outlook_x("m24", subj, "en-IN")),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), cte="quoted-printable"),
                              text_part(outlook_html(own, rows, quoted, "EN-IN", "Calibri"), "html", cte="quoted-printable")],
              "m24", "outlook"),
    own, check=("date",))


# ============================================================================================
# 25. Brewery: "Got it, thanks".
# ============================================================================================
o, inv = "AB", "AB-26-039"
subj = "Invoice AB-26-039 – Whelan Brewing cans"
sent = when("2026-11-03T10:02", "Europe/Dublin")
d = when("2026-11-03T15:15:40", "Europe/Dublin")
frm = addr("Tom Whelan", "tom@whelanbrewing.ie")
quoted = """Hi Tom,

Invoice AB-26-039 attached for the can shoot last Thursday. Gallery link with the full set is in the earlier mail.

Thanks!
Aoife
"""
own = "Got it, thanks Aoife!\n\nTom\n"
attr = gmail_attr_uk(sent, "Aoife Brennan", "hello@aoifebrennan.ie")
add(dict(kind="client-reply-other",
         note="A plain acknowledgement that the invoice arrived; nothing about paying."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m25"), inv_id(o, inv), [inv_id(o, inv)]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m25", "gmail"),
    own)


# ============================================================================================
# 26. Housing association: the reminded invoice looks like a duplicate of one already paid.
# ============================================================================================
o, inv = "HP", "HP-1059"
subj = "Invoice HP-1059 – Fennbridge brand guidelines"
rem = when("2027-01-11T09:00", "Europe/London")
d = when("2027-01-12T10:31:02", "Europe/London")
frm = addr("Fennbridge Accounts", "accounts@fennbridge.org.uk")
quoted = r_reminder(o, "Dear Accounts Team,", inv, "£1,080.00", "2027-01-04")
own = """Hi Hannah,

We've had a reminder for HP-1059 but as far as we can see this is the same work as HP-1055 (brand guidelines update, 18 hours), which we paid on 22 December. Same description, same amount. Could you check whether it's been raised twice?

We won't be paying HP-1059 unless it's for something different – if it is, please send us a breakdown.

Many thanks,
Karen Doyle
Finance Administrator
Fennbridge Housing Association
"""
rows = outlook_block("en", "Hannah Price <hannah@hannahprice.design>", ol_sent(rem, "Europe/London"),
                     "Fennbridge Accounts <accounts@fennbridge.org.uk>", "Re: " + subj)
add(dict(kind="client-reply-dispute",
         note="Says the reminded invoice duplicates one already paid and will not pay it: 'already billed' is a dispute. The paid invoice is a different one. Two invoice numbers, so no reference."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m26", "LO0P123MB7070", "GBRP123"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=outlook_x("m26", subj)),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), cte="quoted-printable"),
                              text_part(outlook_html(own, rows, quoted), "html", cte="quoted-printable")], "m26", "outlook"),
    own)


# ============================================================================================
# 27. Hamburg: "We will transfer the amount until 20.01.2027" (German 'bis' = by).
# ============================================================================================
o, inv = "MO", "F-2026-0244"
subj = "Invoice F-2026-0244"
rem = when("2027-01-11T09:00", "Europe/Madrid")
d = when("2027-01-14T16:02:33", "Europe/Berlin")
frm = addr("Anna Schmidt", "anna.schmidt@lichtwerk-design.de")
quoted = r_reminder(o, "Dear Anna Schmidt,", inv, "€1,275.00", "2027-01-02")
own = """Hello Marta,

sorry for the late answer, I was in holiday until this week. We will transfer the amount until 20.01.2027, the invoice is already released in our system.

Best regards
Anna

--
Anna Schmidt
Art Direction
Lichtwerk Design GmbH | Schanzenstraße 31 | 20357 Hamburg
"""
rows = outlook_block("de", "Marta Ortega <hola@martaortega.es>", ol_sent(rem, "Europe/Berlin", "de"),
                     "Anna Schmidt <anna.schmidt@lichtwerk-design.de>", "Re: " + subj)
add(dict(kind="client-reply-promise", promised_date="2027-01-20",
         note="German 'bis' rendered as 'until': 'transfer the amount until 20.01.2027' means by 20 January 2027 (DD.MM.YYYY). 'I was in holiday until this week' is about her, not a return date."),
    reply_headers(frm, owner_addr(o), "AW: Re: " + subj, d, outlook_id("m27", "BE1P281MB2311", "DEUP281"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=outlook_x("m27", subj, "de-DE")),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), "plain", "utf-8", "base64"),
                              text_part(outlook_html(own, rows, quoted, "DE", "Calibri"), "html", "utf-8", "base64")],
              "m27", "outlook"),
    own, check=("date",))


# ============================================================================================
# 28. PayPal: money in, in US dollars, with the payer's note naming the invoice.
# ============================================================================================
d = when("2026-11-30T07:48:21", "America/Los_Angeles")
own = """Hello, Ciarán Walsh

You received a payment of $900.00 USD from Meridian Press LLC (accounts@meridianpress.com)

Note from Meridian Press LLC:
CW-2026-127 Spanish-English catalogue

Transaction ID: 5RK41093HW2277413
Transaction date: 30 Nov 2026 07:48:21 PST

Amount received: $900.00 USD
Fee: -$31.55 USD
Net amount: $868.45 USD

It may take a few moments for this transaction to appear in your account.

Help & Contact | Security | Apps

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.

PayPal (Europe) S.à r.l. et Cie, S.C.A. Société en Commandite par Actions. Registered Office: 22-24 Boulevard Royal, L-2449, Luxembourg.
"""
html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
             '<body style="background:#f2f2f2;font-family:Helvetica Neue,Helvetica,Arial,sans-serif">'
             '<table width="600" align="center" style="background:#fff;padding:30px"><tr><td>'
             '<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal">'
             '<p style="font-size:22px;font-weight:bold">Hello, Ciar&aacute;n Walsh</p>'
             '<p style="font-size:16px">You received a payment of $900.00 USD from Meridian Press LLC (accounts@meridianpress.com)</p>'
             '<table style="background:#f7f9fa;width:100%;padding:12px"><tr><td><b>Note from Meridian Press LLC:</b><br>'
             'CW-2026-127 Spanish-English catalogue</td></tr></table>'
             '<table width="100%" style="font-size:14px;padding-top:16px">'
             '<tr><td>Transaction ID</td><td align="right">5RK41093HW2277413</td></tr>'
             '<tr><td>Transaction date</td><td align="right">30 Nov 2026 07:48:21 PST</td></tr>'
             '<tr><td>Amount received</td><td align="right">$900.00 USD</td></tr>'
             '<tr><td>Fee</td><td align="right">-$31.55 USD</td></tr>'
             '<tr><td><b>Net amount</b></td><td align="right"><b>$868.45 USD</b></td></tr></table>'
             '<p style="font-size:12px;color:#6c7378">It may take a few moments for this transaction to appear in your account.</p>'
             '<p style="font-size:11px;color:#6c7378">PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A. Soci&eacute;t&eacute; en Commandite par Actions. '
             'Registered Office: 22-24 Boulevard Royal, L-2449, Luxembourg.</p></td></tr></table></body></html>\n')
add(dict(kind="payment-notification", amount="900.00", currency="USD", reference="CW-2026-127",
         note="PayPal 'You've got money' in USD; the amount received is 900.00 (the net after the fee is 868.45); the payer's note names the invoice."),
    [("From", "PayPal <service@paypal.ie>"), ("To", owner_addr("CW")), ("Subject", "You've got money"),
     ("Date", date_hdr(d)), ("Message-ID", plain_id("m28", "paypal.com", "1.0.")), ("MIME-Version", "1.0"),
     ("X-Email-Type-Id", "PPC000628")],
    multipart("alternative", [text_part(own, "plain", "utf-8", "quoted-printable"),
                              text_part(html_body, "html", "utf-8", "quoted-printable")], "m28"),
    own)


# ============================================================================================
# 29. Halifax, Nova Scotia: wire went out this morning (Apple Mail, HTML only).
# ============================================================================================
o, inv = "GF", "2026/135"
subj = "Invoice 2026/135 – North Shore Games launch site"
rem = when("2026-11-26T09:00", "Europe/Rome")
d = when("2026-11-27T10:14:58", "America/Halifax")
frm = addr("Scott MacNeil", "scott@northshoregames.ca")
quoted = r_due(o, "Dear Scott MacNeil,", inv, "€1,850.00", "2026-11-25")
own = """Hey Giulia –

Wire went out this morning from our RBC account, €1,850.00. The bank says 2–4 business days since it's international, so it should land mid next week. Let me know when it shows up!

Thanks again for all the work on the launch, the site looks fantastic.

Scott

Scott MacNeil
North Shore Games
Halifax, Nova Scotia
"""
attr = apple_attr(local(rem, "America/Halifax"), "Giulia Ferri", "giulia@ferri.dev", us=True)
add(dict(kind="client-reply-paid", amount="1850.00", currency="EUR",
         note="Canadian client: the wire 'went out this morning' for €1,850.00 = paid; arrival in 2–4 business days is not a promise. HTML-only Apple Mail; no invoice number in his words."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, apple_id("m29", "northshoregames.ca"),
                  mailduns_id(o, inv, "due"), [inv_id(o, inv), mailduns_id(o, inv, "due")],
                  extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]),
    text_part(apple_html(own, attr, quoted), "html", "utf-8", "quoted-printable"), own)


# ============================================================================================
# 30. Sabbatical auto-reply: away until a stated last day.
# ============================================================================================
o, inv = "RF", "INV-0396"
subj = "Invoice INV-0396 – Heritage Voices booklet"
d = when("2026-12-02T09:14:06", "Europe/London")
rid = mailduns_id(o, inv, "due")
own = """Thank you for your message.

I am on sabbatical leave from 1 December 2026 until 31 March 2027 and will not be checking email regularly during this time.

For matters relating to the Heritage Voices project, including invoices and payments, please contact our finance office at finance@eastdalesheritage.org.uk or call 01748 820114.

Dr Fiona Grant
Head of Collections
Eastdales Heritage Trust
"""
add(dict(kind="auto-reply", return_date="2027-04-01",
         note="Sabbatical 'until 31 March 2027': the first day back is 1 April 2027."),
    [("From", addr("Dr Fiona Grant", "f.grant@eastdalesheritage.org.uk")), ("To", owner_addr(o)),
     ("Subject", enc("Out of Office: Re: " + subj)), ("Date", date_hdr(d)),
     ("Message-ID", outlook_id("m30", "LO3P265MB2208", "GBRP265")), ("In-Reply-To", rid),
     ("References", f"{inv_id(o, inv)} {rid}"), ("Auto-Submitted", "auto-replied"),
     ("X-Auto-Response-Suppress", "All"), ("Content-Language", "en-GB"), ("MIME-Version", "1.0")],
    text_part(own, "plain", "us-ascii", "7bit"), own, check=("after", "2027-03-31"))


# ============================================================================================
# 31. Yoga retreat on the Costa Blanca: part now, the rest on the 15th.
# ============================================================================================
o, inv = "MO", "F-2027-0019"
subj = "Invoice F-2027-0019 – Costa Blanca Yoga illustrations"
rem = when("2027-02-26T09:00", "Europe/Madrid")
d = when("2027-03-01T11:40:02", "Europe/Madrid")
frm = addr("Sarah Collins", "sarah@costablancayoga.com")
quoted = r_reminder(o, "Dear Sarah Collins,", inv, "€1,200.00", "2027-02-20")
own = """Hola Marta!

I've just sent €500 towards the invoice – business has been really slow this winter, as you can imagine. I'll send the remaining €700 on the 15th of March when the Easter retreat deposits come in. Hope that's OK? Let me know if it's a problem.

Besos,
Sarah 🧘‍♀️
"""
attr = gmail_attr_uk(rem, "Marta Ortega", "hola@martaortega.es")
add(dict(kind="client-reply-promise", promised_date="2027-03-15", amount="700.00", currency="EUR",
         note="Part paid (€500) and the rest (€700) promised for 15 March: a promise for that day, and the amount is the promised €700, not the €500 sent nor the €1,200 invoiced."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m31"), mailduns_id(o, inv, "reminder"),
                  [inv_id(o, inv), mailduns_id(o, inv, "reminder")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="base64"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="base64")], "m31", "gmail"),
    own, check=("day_of_month", 15))


# ============================================================================================
# 32. Cornish agency: Italian VAT charged to a UK business, reissue without it.
# ============================================================================================
o, inv = "GF", "2026/138"
subj = "Invoice 2026/138 – Penhaligon Digital"
sent = when("2026-12-09T17:30", "Europe/Rome")
d = when("2026-12-10T11:15:29", "Europe/London")
frm = addr("Oliver Penhaligon", "oliver@penhaligon-digital.co.uk")
quoted = """Hi Oliver,

Please find attached invoice 2026/138 for the December sprint (front-end build of the booking flow).

Thanks, and speak soon,
Giulia

--
Giulia Ferri
Web development · Bologna
ferri.dev
"""
own = """Hi Giulia,

Thanks for sending this over. One problem though – invoice 2026/138 includes Italian VAT at 22% (€495 on top of the €2,250 fee). We're a UK VAT-registered business (GB 318 4471 26), so this should be outside the scope of Italian VAT / reverse charge, and our accountant won't let us pay the VAT element.

Could you reissue it without the VAT, with the reverse-charge wording? We'll pay it as soon as the corrected one comes through.

Cheers,
Oliver

Oliver Penhaligon
Director, Penhaligon Digital Ltd
Falmouth, Cornwall
"""
rows = outlook_block("en", "Giulia Ferri <giulia@ferri.dev>", ol_sent(sent, "Europe/London"),
                     "Oliver Penhaligon <oliver@penhaligon-digital.co.uk>", subj)
add(dict(kind="client-reply-dispute", reference="2026/138",
         note="Contests the VAT charged and asks for a reissued invoice before paying; the €495 and €2,250 are the invoice's figures, not a sum paid or promised."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, outlook_id("m32", "CWLP265MB1432", "GBRP265"),
                  inv_id(o, inv), [inv_id(o, inv)],
                  extra=[("X-Mailer", "Microsoft Outlook for Mac 16.92")] + outlook_x("m32", subj)),
    text_part(outlook_plain(own, rows, quoted, rule=False), "plain", "utf-8", "8bit"), own)


# ============================================================================================
# 33. Cape Town: the payment came back (name mismatch); nothing sent again yet.
# ============================================================================================
o, inv = "CW", "CW-2026-123"
subj = "Invoice CW-2026-123"
rem = when("2026-12-07T09:00", "Europe/Dublin")
d = when("2026-12-08T14:20:51", "Africa/Johannesburg")
frm = addr("Thandeka Nkosi", "thandeka@ubuntutravel.co.za")
quoted = r_reminder(o, "Dear Thandeka Nkosi,", inv, "€720.00", "2026-11-30")
own = """Hi Ciarán

Our bank (FNB) has let us know that the payment we made on 2 December for your invoice was returned to us – the reason given is "beneficiary name does not match account". On the invoice the account name is Ciarán Walsh with the accent; our system doesn't accept special characters so we typed it as CIARAN WALSH. Could that be the problem?

Can you please confirm exactly how the account name should appear, or whether there is another account we can use?

Kind regards
Thandeka Nkosi
Finance Officer
Ubuntu Travel (Pty) Ltd
Cape Town
"""
rows = outlook_block("en", "Ciarán Walsh <ciaran@walshtranslations.ie>", ol_sent(rem, "Africa/Johannesburg"),
                     "Thandeka Nkosi <thandeka@ubuntutravel.co.za>", "Re: " + subj)
add(dict(kind="client-reply-other",
         note="A payment that was made and returned by the bank, with nothing sent again and no new date: not paid, not a promise; she asks how to fill in the beneficiary name."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m33", "PR0P264MB1823", "FRAP264"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=outlook_x("m33", subj, "en-ZA")),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), cte="quoted-printable"),
                              text_part(outlook_html(own, rows, quoted, "EN-ZA"), "html", cte="quoted-printable")],
              "m33", "outlook"),
    own)


# ============================================================================================
# 34. Gdynia accountant: paid yesterday, wrong number in the transfer title (Polish Outlook).
# ============================================================================================
o, inv = "CW", "CW-2027-009"
subj = "Invoice CW-2027-009"
rem = when("2027-02-15T10:00", "Europe/Dublin")
d = when("2027-02-17T08:50:37", "Europe/Warsaw")
frm = addr("Katarzyna Wójcik", "k.wojcik@balticfreight.pl")
quoted = r_reminder(o, "Dear Accounts Team,", inv, "€340.00", "2027-02-08")
own = """Hello Mr Walsh,

I made the payment yesterday, but I made a mistake in the title of transfer – I wrote CW-2027-09 instead of CW-2027-009. The amount is correct, 340,00 EUR. I am sorry for confusion, I hope you can find it.

Best regards,
Katarzyna Wójcik
Accountant
Baltic Freight Sp. z o.o.
ul. Hutnicza 3, 81-061 Gdynia
"""
rows = outlook_block("pl", "Ciarán Walsh <ciaran@walshtranslations.ie>", ol_sent(rem, "Europe/Warsaw", "pl"),
                     "ksiegowosc@balticfreight.pl", "Re: " + subj)
add(dict(kind="client-reply-paid", amount="340.00", currency="EUR", reference="CW-2027-009",
         note="Paid yesterday with a wrong number in the transfer title; the invoice is CW-2027-009 (the one she says it should have been), not the mistyped CW-2027-09. Polish decimal comma."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m34", "VI1PR09MB4411", "eurprd09"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=outlook_x("m34", subj, "pl-PL")),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), cte="base64"),
                              text_part(outlook_html(own, rows, quoted, "PL"), "html", cte="base64")], "m34", "outlook"),
    own, crlf=True)


# ============================================================================================
# 35. Monzo Business: you've been paid.
# ============================================================================================
d = when("2027-01-05T10:21:44", "Europe/London")
own = """You've been paid £450.00

Hi Rob,

OAKBRIDGE CAFE LTD just sent £450.00 to your Monzo Business account.

Reference: INV-0399

See the payment in the Monzo app.

Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
"""
html_body = ('<html><head><meta charset="utf-8"></head><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;'
             'background:#ffffff;color:#091723"><div style="max-width:520px;margin:0 auto;padding:24px">'
             '<img src="https://monzo.com/static/images/mondo-mark-01.png" width="40" alt="Monzo">'
             '<h1 style="font-size:26px">You&#8217;ve been paid &pound;450.00</h1><p>Hi Rob,</p>'
             '<p>OAKBRIDGE CAFE LTD just sent &pound;450.00 to your Monzo Business account.</p>'
             '<p style="background:#f5f6f7;padding:12px;border-radius:8px">Reference: <b>INV-0399</b></p>'
             '<p>See the payment in the Monzo app.</p><p style="font-size:11px;color:#6b7580">Monzo Bank Limited, '
             'Broadwalk House, 5 Appold St, London EC2A 2AG.</p></div></body></html>\n')
add(dict(kind="payment-notification", amount="450.00", currency="GBP", reference="INV-0399",
         note="Monzo Business 'you've been paid' email; reference is the invoice number."),
    [("From", "Monzo <hello@monzo.com>"), ("To", owner_addr("RF")), ("Subject", enc("You've been paid £450.00")),
     ("Date", date_hdr(d)), ("Message-ID", plain_id("m35", "monzo.com", "payment.")), ("MIME-Version", "1.0")],
    multipart("alternative", [text_part(own, cte="quoted-printable"),
                              text_part(html_body, "html", cte="quoted-printable")], "m35"),
    own)


# ============================================================================================
# 36. Perth carpenter: "next week" and nothing more.
# ============================================================================================
o, inv = "HP", "HP-1049"
subj = "Invoice HP-1049 – O'Brien Carpentry logo"
rem = when("2026-11-17T09:00", "Europe/London")
d = when("2026-11-18T17:30:15", "Australia/Perth")
frm = addr("Liam O'Brien", "liamobriencarpentry@gmail.com")
quoted = r_reminder(o, "Dear Liam O'Brien,", inv, "£420.00", "2026-11-10")
own = """Hey Hannah, yep my bad, its on the list. Will get it paid next week when im back from site. Cheers, Liam
"""
attr = gmail_attr_uk(local(rem, "Australia/Perth"), "Hannah Price", "hannah@hannahprice.design")
add(dict(kind="client-reply-promise",
         note="'Will get it paid next week' promises payment but names no day, so there is no promised_date."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m36"), mailduns_id(o, inv, "reminder"),
                  [inv_id(o, inv), mailduns_id(o, inv, "reminder")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m36", "gmail"),
    own)


# ============================================================================================
# 37. Christmas closure: "back on Monday 4th January" (no year).
# ============================================================================================
o, inv = "RF", "INV-0397"
subj = "Invoice INV-0397 – Tidewater PR press kit"
d = when("2026-12-21T09:00:30", "Europe/London")
rid = mailduns_id(o, inv, "courtesy")
own = """Thank you for your email. The office is closed for the Christmas break and I'll be back on Monday 4th January. If your message is urgent please call 0117 496 0033 and leave a message.

Merry Christmas!

Rebecca Hale
Account Director | Tidewater PR
"""
add(dict(kind="auto-reply", return_date="2027-01-04",
         note="Out of office over Christmas: 'back on Monday 4th January' is 4 January 2027 (the next one after the December date)."),
    [("From", addr("Rebecca Hale", "rebecca.hale@tidewaterpr.co.uk")), ("To", owner_addr(o)),
     ("Subject", enc("Automatic reply: Re: " + subj)), ("Date", date_hdr(d)),
     ("Message-ID", outlook_id("m37", "CWLP265MB6650", "GBRP265")), ("In-Reply-To", rid),
     ("References", f"{inv_id(o, inv)} {rid}"), ("Thread-Topic", enc(subj)), ("X-Auto-Response-Suppress", "All"),
     ("X-MS-Exchange-Inbox-Rules-Loop", "rebecca.hale@tidewaterpr.co.uk"), ("Content-Language", "en-GB"),
     ("MIME-Version", "1.0")],
    multipart("alternative", [text_part(own, cte="quoted-printable"),
                              text_part(outlook_html(own, [], ""), "html", cte="quoted-printable")], "m37", "outlook"),
    own, check=("date",))


# ============================================================================================
# 38. Logistics firm, Germany: the project went live six weeks late, wants 15% off.
# ============================================================================================
o, inv = "GF", "2027/003"
subj = "Invoice 2027/003 - Brandt Logistik customer portal"
sent = when("2027-01-25T16:10", "Europe/Rome")
d = when("2027-01-26T15:44:20", "Europe/Berlin")
frm = addr("Brandt, Markus", "m.brandt@brandt-logistik.de")
quoted = """Dear Markus,

Please find attached invoice 2027/003 for the customer portal (final milestone, as per our agreement of 8 September).

Thank you for the collaboration, and I'm glad the portal is finally live.

Best regards,
Giulia

--
Giulia Ferri
Web development · Bologna
ferri.dev
"""
own = """Dear Giulia,

thank you for the invoice. Before we can release the payment I must address one point. The project was planned to go live on 30 November and it went live on 11 January, six weeks later. For us this delay had costs, because the marketing campaign was already booked and we had to move it.

Therefore we expect a reduction of 15% on the invoice amount. Please send us a corrected invoice or a credit note for the difference, then we will pay immediately.

I am open to discuss it by phone if you prefer.

Best regards
Markus Brandt
Geschäftsführer
Brandt Logistik GmbH & Co. KG
Hafenstraße 8, 28217 Bremen
"""
rows = outlook_block("de", "Giulia Ferri <giulia@ferri.dev>", ol_sent(sent, "Europe/Berlin", "de"),
                     "Brandt, Markus <m.brandt@brandt-logistik.de>", subj)
add(dict(kind="client-reply-dispute",
         note="Withholds payment and asks for a 15% reduction because of the delay; 'then we will pay immediately' is conditional on the credit note, so dispute."),
    reply_headers(frm, owner_addr(o), "AW: " + subj, d, outlook_id("m38", "FR4P281MB3377", "DEUP281"),
                  inv_id(o, inv), [inv_id(o, inv)], extra=outlook_x("m38", subj, "de-DE"),
                  subject_charset="iso-8859-1"),
    text_part(outlook_plain(own, rows, quoted), "plain", "iso-8859-1", "quoted-printable"), own)


# ============================================================================================
# 39. London solicitors: a VAT question before it goes through.
# ============================================================================================
o, inv = "CW", "CW-2026-119"
subj = "Invoice CW-2026-119 – Menon & Co contract translation"
sent = when("2026-11-09T16:45", "Europe/Dublin")
d = when("2026-11-10T10:22:08", "Europe/London")
frm = addr("Deepak Menon", "deepak@menonsolicitors.co.uk")
quoted = """Dear Deepak,

Please find attached invoice CW-2026-119 for the translation of the distribution agreement (Portuguese to English, certified).

Kind regards,
Ciarán

--
Ciarán Walsh
Spanish & Portuguese > English translation
walshtranslations.ie
"""
own = """Dear Ciarán,

Thank you for the invoice. Our bookkeeper has asked me to check two things before it goes through: the invoice shows 0% VAT with "reverse charge" – could you confirm that is correct for a UK client now? And could you let us have your Irish VAT number, as it isn't on the invoice?

Many thanks,
Deepak

Deepak Menon
Partner
Menon & Co Solicitors
14 Gray's Inn Square, London WC1R 5JP

Menon & Co Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA No. 8012774). This email is confidential and may be legally privileged. If you are not the intended recipient please notify us and delete it.
"""
attr = gmail_attr_uk(local(sent, "Europe/London"), "Ciarán Walsh", "ciaran@walshtranslations.ie")
add(dict(kind="client-reply-other",
         note="Questions about VAT treatment and the VAT number, without contesting the amount or refusing payment: a question, not a dispute."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m39"), inv_id(o, inv), [inv_id(o, inv)]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m39", "gmail"),
    own)


# ============================================================================================
# 40. Pune: "payment has been processed from our end via SWIFT", MT103 attached.
# ============================================================================================
o, inv = "HP", "HP-1057"
subj = "Invoice HP-1057 – Nimbus app onboarding illustrations"
rem = when("2027-01-08T09:00", "Europe/London")
d = when("2027-01-12T16:18:40", "Asia/Kolkata")
frm = addr("Accounts Team - Nimbus Softlabs", "accounts@nimbussoftlabs.com")
quoted = r_reminder(o, "Dear Accounts Team,", inv, "£2,150.00", "2026-12-31")
own = """Dear Ma'am,

Kindly note that the payment against your invoice no. HP-1057 amounting to GBP 2,150.00 has been processed from our end via SWIFT on 12/01/2027. Please find attached the SWIFT copy (MT103) for your reference.

Request you to kindly confirm once the amount is credited to your account.

Regards,
Ramesh Kulkarni
Accounts Team
Nimbus Softlabs Pvt. Ltd.
Baner Road, Pune, Maharashtra 411045
"""
rows = outlook_block("en", "Hannah Price <hannah@hannahprice.design>", ol_sent(rem, "Asia/Kolkata"),
                     "Accounts Team - Nimbus Softlabs <accounts@nimbussoftlabs.com>", "Re: " + subj)
root = multipart("mixed", [
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted)),
                              text_part(outlook_html(own, rows, quoted, "EN-IN", "Calibri"), "html")], "m40a", "outlook"),
    pdf("SWIFT COPY HP-1057.pdf", "MT103 - GBP 2,150.00 - BEN HANNAH PRICE - RFB HP-1057 - 12/01/2027"),
], "m40", "outlook")
add(dict(kind="client-reply-paid", amount="2150.00", currency="GBP", reference="HP-1057",
         note="Indian business English: 'processed from our end via SWIFT on 12/01/2027' (12 January, day first) with the MT103 attached = paid; asking to confirm receipt does not change that."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m40", "PN3PR01MB6120", "INDPRD01"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=outlook_x("m40", subj, "en-IN", attach=True)),
    root, own)


# ============================================================================================
# 41. New York: the AP cycle runs every other Thursday; "you're in the Jan 21 batch".
# ============================================================================================
o, inv = "RF", "INV-0404"
subj = "Invoice INV-0404 – Brightpath course pages"
rem = when("2027-01-06T09:00", "Europe/London")
d = when("2027-01-07T13:05:09", "America/New_York")
frm = addr("Melissa Grant", "mgrant@brightpathlearning.com")
quoted = r_reminder(o, "Dear Accounts Team,", inv, "US$3,150.00", "2026-12-30")
own = """Hi Rob,

Thanks for following up. Our AP cycle runs every other Thursday – your invoice missed the cutoff for today's batch, so it'll go out in the Jan 21 batch. International wires typically take 3-5 business days to land after that.

Best,
Melissa

Melissa Grant
Finance Manager | Brightpath Learning, Inc.
"""
attr = gmail_attr_us(local(rem, "America/New_York"), "Rob Fenwick", "rob@fenwickcopy.co.uk")
add(dict(kind="client-reply-promise", promised_date="2027-01-21",
         note="US date 'Jan 21 batch': the payment batch on Thursday 21 January 2027 is the promised day; the 3-5 days for the wire to land are not."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m41"), mailduns_id(o, inv, "reminder"),
                  [inv_id(o, inv), mailduns_id(o, inv, "reminder")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m41", "gmail"),
    own, check=("date",))


# ============================================================================================
# 42. Gmail DSN: the client's inbox is full (552 5.2.2).
# ============================================================================================
o, inv = "AB", "AB-26-044"
subj = "Re: Invoice AB-26-044 – O'Duffy wedding album"
sent = when("2026-12-04T09:00:02", "Europe/Dublin")
d = when("2026-12-04T09:00:09", "Europe/Dublin")
rcpt = "seanoduffy.events@gmail.com"
rid = mailduns_id(o, inv, "reminder")
own = f"""** Message not delivered **

Your message couldn't be delivered to {rcpt} because the recipient's inbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.


The response from the remote server was:
552 5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm 5614622812f47-3e7b0a1f2c4si889201b6e.412 - gsmtp
"""
html_dsn = ('<html><head></head><body><div style="font-family:Google Sans,Roboto,Arial,sans-serif">'
            '<table cellpadding="0" cellspacing="0"><tr><td style="font-size:24px;color:#202124">Message not delivered</td></tr>'
            f'<tr><td style="padding-top:16px;font-size:14px;color:#3c4043">Your message couldn\'t be delivered to <b>{rcpt}</b> '
            "because the recipient's inbox is full and can't accept messages now. Please try resending your message later, "
            'or contact the recipient directly.</td></tr>'
            '<tr><td style="padding-top:16px;font-size:12px;color:#5f6368">The response from the remote server was:<br>'
            "552 5.2.2 The recipient's inbox is out of storage space.</td></tr></table></div></body></html>\n")
status = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 04 Dec 2026 01:00:02 -0800 (PST)
X-Original-Message-ID: {rid}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.2.2
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.27.27, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to
 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm 5614622812f47-3e7b0a1f2c4si889201b6e.412 - gsmtp
Last-Attempt-Date: Fri, 04 Dec 2026 01:00:09 -0800 (PST)
"""
root = multipart("report", [
    multipart("related", [multipart("alternative", [text_part(own, "plain", "utf-8", "quoted-printable"),
                                                    text_part(html_dsn, "html", "utf-8", "quoted-printable")],
                                    "m42b", "gmail")], "m42a", "gmail"),
    raw_part("message/delivery-status", status),
    original(o, rcpt, subj, sent, rid, r_reminder(o, "Dear Seán O'Duffy,", inv, "€1,650.00", "2026-11-27"),
             [inv_id(o, inv)]),
], "m42", "gmail", params="report-type=delivery-status")
add(dict(kind="bounce", failed_recipient=rcpt, permanent=True,
         note="Gmail DSN: inbox full, 552 5.2.2. Gmail suggests trying later, but the code is 5.x.x, so the failure counts as permanent."),
    [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", owner_addr(o)),
     ("Subject", "Delivery Status Notification (Failure)"), ("Date", date_hdr(d)),
     ("Message-ID", "<6750c8f9.050a0220.1b43c2.1d2e.GMR@mx.google.com>"), ("In-Reply-To", rid),
     ("References", rid), ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"),
     ("MIME-Version", "1.0")],
    root, own)


# ============================================================================================
# 43. On leave, but writing himself from his phone: "I'll have a look when I'm back".
# ============================================================================================
o, inv = "AB", "AB-27-006"
subj = "Invoice AB-27-006 – Keane & Co headshots"
rem = when("2027-02-01T09:00", "Europe/Dublin")
d = when("2027-02-02T20:11:36", "Europe/Dublin")
frm = addr("Martin Keane", "martin.keane@keaneandco.ie")
quoted = r_reminder(o, "Dear Martin Keane,", inv, "€560.00", "2027-01-25")
own = """Hi Aoife, I'm actually on leave until the 10th – just saw this on my phone. I'll have a look when I'm back and come back to you.

Martin

Get Outlook for iOS
"""
rows = outlook_block("en", "Aoife Brennan <hello@aoifebrennan.ie>", ol_sent(rem, "Europe/Dublin"),
                     "Martin Keane <martin.keane@keaneandco.ie>", "Re: " + subj)
add(dict(kind="client-reply-other",
         note="Written by the person himself, not an automatic reply; 'I'll have a look when I'm back' is not a promise to pay, and 'on leave until the 10th' is not an auto-reply return date."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, outlook_id("m43", "DU0PR03MB9542", "eurprd03"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=outlook_x("m43", subj, "en-IE")),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), cte="quoted-printable"),
                              text_part(outlook_html(own, rows, quoted, "EN-IE"), "html", cte="quoted-printable")],
              "m43", "outlook"),
    own)


# ============================================================================================
# 44. Toronto: the hours billed don't match the timesheet; needs a revised invoice.
# ============================================================================================
o, inv = "CW", "CW-2027-014"
subj = "Invoice CW-2027-014 – Maple Grove subtitles"
sent = when("2027-02-26T15:30", "Europe/Dublin")
d = when("2027-03-02T11:05:52", "America/Toronto")
frm = addr("Jennifer Liu", "jliu@maplegrove-media.ca")
quoted = """Hi Jen,

Invoice CW-2027-014 attached for the February subtitling (timesheet in the shared folder as usual).

Thanks,
Ciarán
"""
own = """Hi Ciarán,

I was going through invoice CW-2027-014 before approving it and the numbers don't line up with the timesheet you shared. I count 31 hours in the log (Feb 1–19), but the invoice bills 38 hours at €55. Could you double-check?

I can approve the 31 hours right away, but I'll need a revised invoice – our system doesn't allow partial payment against an invoice.

Thanks,
Jen

Jennifer Liu
Post-Production Coordinator
Maple Grove Media | Toronto
"""
attr = gmail_attr_us(local(sent, "America/Toronto"), "Ciarán Walsh", "ciaran@walshtranslations.ie")
add(dict(kind="client-reply-dispute", reference="CW-2027-014",
         note="Contests the hours billed (38 invoiced against 31 logged) and needs a revised invoice before paying: dispute."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m44"), inv_id(o, inv), [inv_id(o, inv)]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m44", "gmail"),
    own)


# ============================================================================================
# 45. Starling Bank: payment received.
# ============================================================================================
d = when("2026-11-20T15:37:02", "Europe/London")
own = """Hi Hannah,

You've received a payment of £1,200.00 into your Starling account.

From: RUTHERFORD INTERIORS
Reference: HP-1047
Date: 20/11/2026

You can see all your payments in the Starling app.

Thanks,
The Starling Bank team

Starling Bank Limited is registered in England and Wales (No. 09092149), 5th Floor, London Fruit & Wool Exchange, 1 Duval Square, London E1 6PW. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
"""
html_body = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#2d2d2d">'
             '<div style="max-width:560px;margin:auto;padding:24px;border-top:6px solid #6935d3">'
             '<p>Hi Hannah,</p><p style="font-size:20px">You&#39;ve received a payment of <b>&pound;1,200.00</b> into your Starling account.</p>'
             '<table cellpadding="6" style="font-size:14px"><tr><td>From:</td><td>RUTHERFORD INTERIORS</td></tr>'
             '<tr><td>Reference:</td><td>HP-1047</td></tr><tr><td>Date:</td><td>20/11/2026</td></tr></table>'
             '<p>You can see all your payments in the Starling app.</p><p>Thanks,<br>The Starling Bank team</p>'
             '<p style="font-size:10px;color:#777">Starling Bank Limited is registered in England and Wales (No. 09092149), '
             '5th Floor, London Fruit &amp; Wool Exchange, 1 Duval Square, London E1 6PW.</p></div></body></html>\n')
add(dict(kind="payment-notification", amount="1200.00", currency="GBP", reference="HP-1047",
         note="Starling money-in email; £1,200.00 with reference HP-1047 (less than the £1,450 invoiced, which the notice does not say)."),
    [("From", "Starling Bank <no-reply@starlingbank.com>"), ("To", owner_addr("HP")),
     ("Subject", "You've received a payment"), ("Date", date_hdr(d)),
     ("Message-ID", plain_id("m45", "starlingbank.com", "notify.")), ("MIME-Version", "1.0")],
    multipart("alternative", [text_part(own, cte="quoted-printable"),
                              text_part(html_body, "html", cte="quoted-printable")], "m45"),
    own)


# ============================================================================================
# 46. AP helpdesk ticket acknowledgement.
# ============================================================================================
o, inv = "RF", "INV-0402"
subj = "Invoice INV-0402 – Ardent case studies"
d = when("2027-01-14T09:02:17", "Europe/London")
rid = mailduns_id(o, inv, "reminder")
own = """Thank you for contacting Ardent Group Accounts Payable.

Your request has been logged with reference AP-448213. A member of the team will respond within 5 working days.

To check the status of an invoice, please log in to the Ardent Supplier Portal at https://suppliers.ardentgroup.com. Invoices are paid in line with our standard terms of 60 days from receipt of a valid invoice.

Please do not reply to this email, as replies to this address are not monitored. To add information to your request, quote AP-448213 in the subject of a new email to apsupport@ardentgroup.com.

Ardent Group plc – Shared Services Centre
"""
add(dict(kind="auto-reply",
         note="Helpdesk ticket acknowledgement: logs the reminder as a ticket and quotes the standard 60-day terms; not a human promise and no return date."),
    [("From", addr("Ardent Group AP Helpdesk", "apsupport@ardentgroup.com")), ("To", owner_addr(o)),
     ("Subject", enc(f"[AP-448213] Re: {subj}")), ("Date", date_hdr(d)),
     ("Message-ID", plain_id("m46", "ardentgroup.service-now.com", "ticket.")), ("In-Reply-To", rid),
     ("References", f"{inv_id(o, inv)} {rid}"), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
     ("X-ServiceNow-Generated", "true"), ("MIME-Version", "1.0")],
    multipart("alternative", [text_part(own, cte="quoted-printable"),
                              text_part("<html><body>" + paras_html(own, "p") + "</body></html>\n", "html",
                                        cte="quoted-printable")], "m46"),
    own)


# ============================================================================================
# 47. Lagos: "latest by Monday", from Yahoo Mail on Android.
# ============================================================================================
o, inv = "GF", "2026/140"
subj = "Invoice 2026/140 - Zenith Pixels dashboard"
rem = when("2026-12-09T09:00", "Europe/Rome")
d = when("2026-12-10T14:02:47", "Africa/Lagos")
frm = addr("Chukwuemeka Eze", "emeka.eze@yahoo.com")
quoted = r_reminder(o, "Dear Chukwuemeka Eze,", inv, "€1,600.00", "2026-12-01")
own = """Dear Giulia,

Compliments of the season.

Kindly bear with us, the delay is from our bank's end as the FX allocation for the month came in late. Payment will be made latest by Monday. I will send you the SWIFT copy once it is done.

Thank you for your understanding.

Best regards,
Emeka
Zenith Pixels Ltd

Sent from Yahoo Mail on Android
"""
ydate = local(rem, "Africa/Lagos")
yattr = (f"On {DAYS['en'][ydate.weekday()]}, {ydate.day} {LONG_MONTHS[ydate.month - 1]} {ydate.year}, "
         f"{ydate.strftime('%H:%M')}, Giulia Ferri <giulia@ferri.dev> wrote:")
body = own + "\n  " + yattr + "\n\n" + gt(quoted) + "\n"
add(dict(kind="client-reply-promise", promised_date="2026-12-14",
         note="Nigerian English 'latest by Monday', written Thursday 10 December 2026: Monday 14 December."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, "<1781552198.2231944.1797166967512@mail.yahoo.com>",
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")]),
    text_part(body, "plain", "utf-8", "quoted-printable"), own, check=("weekday", 0))


# ============================================================================================
# 48. Phishing dressed as a PayPal payment on hold.
# ============================================================================================
d = when("2027-01-13T03:17:55", "America/New_York")
own = """Dear Customer,

We've received a payment of £2,150.00 GBP for you, but it is currently ON HOLD.

For your security, we need you to confirm your identity before the funds can be released to your account. If you do not complete this step within 24 hours, the payment will be returned to the sender and your account will be limited.

Release my payment: http://paypal-resolution-center.info/release?id=GB-2150-88213

Thank you for choosing PayPal.
PayPal Resolution Team

Copyright © 1999-2027 PayPal. All rights reserved.
"""
html_body = ('<html><body style="font-family:Arial"><div style="width:600px;margin:auto">'
             '<img src="http://paypal-resolution-center.info/img/logo.png" alt="PayPal"><p>Dear Customer,</p>'
             '<p>We&#39;ve received a payment of <b>&pound;2,150.00 GBP</b> for you, but it is currently <b style="color:red">ON HOLD</b>.</p>'
             '<p>For your security, we need you to confirm your identity before the funds can be released to your account. '
             'If you do not complete this step within 24 hours, the payment will be returned to the sender and your account will be limited.</p>'
             '<p><a href="http://paypal-resolution-center.info/release?id=GB-2150-88213" style="background:#0070ba;color:#fff;padding:10px 20px">'
             'Release my payment</a></p><p>Thank you for choosing PayPal.<br>PayPal Resolution Team</p>'
             '<p style="font-size:10px">Copyright &copy; 1999-2027 PayPal. All rights reserved.</p></div></body></html>\n')
add(dict(kind="other",
         note="Phishing: a look-alike domain, 'Dear Customer', urgency and a link to 'release' funds; no money came in, so not a payment notification (the £2,150 echoes a real invoice, which makes it tempting)."),
    [("From", "PayPal Service <service@paypal-resolution-center.info>"), ("To", "hannah@hannahprice.design"),
     ("Subject", enc("Payment of £2,150.00 on hold – action required")), ("Date", date_hdr(d)),
     ("Message-ID", "<20270113081755.4F1A2B9C3D@vps-2281.hostingcheap.biz>"), ("Reply-To", "support@pp-secure-help.top"),
     ("MIME-Version", "1.0"), ("X-Mailer", "PHPMailer 6.8.1")],
    multipart("alternative", [text_part(own, "plain", "utf-8", "base64"),
                              text_part(html_body, "html", "utf-8", "base64")], "m48"),
    own)


# ============================================================================================
# 49. Johannesburg roastery: "payment went off yesterday", should reflect in 2-3 days.
# ============================================================================================
o, inv = "RF", "INV-0405"
subj = "Invoice INV-0405 – Karoo Roasters website copy"
rem = when("2027-02-22T09:00", "Europe/London")
d = when("2027-02-24T09:15:31", "Africa/Johannesburg")
frm = addr("Pieter du Plessis", "pieter@karooroasters.co.za")
quoted = r_due(o, "Dear Pieter du Plessis,", inv, "£725.00", "2027-02-19")
own = """Morning Rob

Payment went off yesterday afternoon – it's an international transfer from our Nedbank account so it should reflect in 2-3 working days. Amount was £725.00, reference INV-0405. Shout if it doesn't come through by Friday.

Lekker working with you, the new copy is already getting comments from customers.

Cheers
Pieter

Karoo Roasters | Maboneng, Johannesburg
"""
attr = gmail_attr_uk(local(rem, "Africa/Johannesburg"), "Rob Fenwick", "rob@fenwickcopy.co.uk")
add(dict(kind="client-reply-paid", amount="725.00", currency="GBP", reference="INV-0405",
         note="South African English: 'payment went off yesterday ... should reflect in 2-3 working days' = paid; 'by Friday' is when to chase, not a promise."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m49"), mailduns_id(o, inv, "due"),
                  [inv_id(o, inv), mailduns_id(o, inv, "due")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m49", "gmail"),
    own)


# ============================================================================================
# 50. Purchase-to-pay team: no PO on the invoice, cannot be paid until reissued.
# ============================================================================================
o, inv = "HP", "HP-1050"
subj = "Invoice HP-1050 – Calderon annual report graphics"
rem = when("2026-11-27T09:00", "Europe/London")
d = when("2026-11-30T11:48:03", "Europe/London")
frm = addr("McLeish, Fiona", "fiona.mcleish@calderongroup.com")
quoted = r_reminder(o, "Dear Accounts Team,", inv, "£3,600.00", "2026-11-20")
own = """Dear Hannah Price,

Thank you for your email regarding invoice HP-1050.

Unfortunately we are unable to process this invoice for payment as it does not quote a valid purchase order number. All supplier invoices must reference a PO in the format 45XXXXXXXX.

Please reissue the invoice quoting PO 4500871236 and send it to invoices@calderongroup.com. Please note that our payment terms (net 30) will run from the date we receive the corrected invoice.

Kind regards,

Fiona McLeish
Purchase-to-Pay Team
Calderon Group plc
1 Waterloo Street, Glasgow G2 6AY

Calderon Group plc. Registered in Scotland No. SC214470. This message is intended for the addressee only.
"""
rows = outlook_block("en", "Hannah Price <hannah@hannahprice.design>", ol_sent(rem, "Europe/London"),
                     "Accounts Payable <ap@calderongroup.com>", "Re: " + subj)
add(dict(kind="client-reply-dispute", reference="HP-1050",
         note="Accounts payable refuses to process the invoice until it is reissued with a PO number: payment withheld pending a corrected invoice, so a dispute rather than a question; 'net 30 from the corrected invoice' names no day."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m50", "AS2PR02MB9921", "eurprd02"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  cc="Accounts Payable <ap@calderongroup.com>", extra=outlook_x("m50", subj)),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), cte="quoted-printable"),
                              text_part(outlook_html(own, rows, quoted), "html", cte="quoted-printable")], "m50", "outlook"),
    own, crlf=True)


# ============================================================================================
# 51. Optometrist: which invoice is this? Asks for a statement.
# ============================================================================================
o, inv = "RF", "INV-0395"
subj = "Invoice INV-0395 – Sheikh Optometrists web copy"
rem = when("2026-12-02T09:00", "Europe/London")
d = when("2026-12-03T13:10:44", "Europe/London")
frm = addr("Bilal Sheikh", "bilal@sheikhoptometrists.co.uk")
quoted = r_reminder(o, "Dear Bilal Sheikh,", inv, "£690.00", "2026-11-25")
own = """Hi Rob,

Which one is this for? I've got two from you in my inbox, 0393 and 0395, and I was fairly sure I'd paid one of them last month but I can't see which. Could you send me a statement of what's outstanding and I'll get it sorted.

Thanks
Bilal

Sent from my iPad
"""
body = own + "\n" + apple_attr(rem, "Rob Fenwick", "rob@fenwickcopy.co.uk") + "\n\n" + gt(quoted) + "\n"
add(dict(kind="client-reply-other",
         note="Asks which invoice is meant and for a statement; 'fairly sure I'd paid one of them' is not a claim that this one is paid, and 'I'll get it sorted' has no substance as a promise. Two invoice numbers, so no reference."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, apple_id("m51", "sheikhoptometrists.co.uk"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=[("X-Mailer", "iPad Mail (22B91)")]),
    text_part(body, "plain", "utf-8", "quoted-printable", params="format=flowed; delsp=yes"), own)


# ============================================================================================
# 52. Payoneer: payment received in US dollars.
# ============================================================================================
d = when("2026-12-16T18:30:12", "America/New_York")
own = """Hi Marta,

Good news! You've received a payment.

Brightline Games Inc. sent you USD 1,200.00.

Payment details
Amount: USD 1,200.00
Payer: Brightline Games Inc.
Description: Invoice F-2026-0236 - character sheets
Date: Dec 16, 2026

The funds are now available in your USD balance.

Log in to your account to view the payment: https://myaccount.payoneer.com/

Payoneer Inc., 195 Broadway, 27th Floor, New York, NY 10007
"""
add(dict(kind="payment-notification", amount="1200.00", currency="USD", reference="F-2026-0236",
         note="Payoneer payment-received notice in USD; the payer's description names the invoice."),
    [("From", "Payoneer <customercare@payoneer.com>"), ("To", owner_addr("MO")),
     ("Subject", "You've received a payment from Brightline Games Inc."), ("Date", date_hdr(d)),
     ("Message-ID", plain_id("m52", "payoneer.com", "PO.")), ("MIME-Version", "1.0")],
    multipart("alternative", [text_part(own, "plain", "us-ascii", "7bit"),
                              text_part("<html><body style=\"font-family:Arial\">" + paras_html(own, "p")
                                        + "</body></html>\n", "html", "us-ascii", "7bit")], "m52"),
    own)


# ============================================================================================
# 53. Cape Town film festival: we'll pay on the 1st when the budget resets.
# ============================================================================================
o, inv = "AB", "AB-27-008"
subj = "Invoice AB-27-008 – CTFF press photography"
rem = when("2027-01-15T09:00", "Europe/Dublin")
d = when("2027-01-18T10:30:26", "Africa/Johannesburg")
frm = addr("Lindiwe Dube", "lindiwe@ctfilmfest.org.za")
quoted = r_due(o, "Dear Lindiwe Dube,", inv, "€1,400.00", "2027-01-14")
own = """Hi Aoife

Apologies – our funding tranche only comes through at the start of February, so I'm going to have to ask you to wait a little. We'll pay on the 1st when the budget resets, and I'll send you the proof of payment the same day.

Hope that's OK!

Warm regards
Lindiwe

Lindiwe Dube
Festival Operations | Cape Town Film Festival
"""
attr = gmail_attr_uk(local(rem, "Africa/Johannesburg"), "Aoife Brennan", "hello@aoifebrennan.ie")
add(dict(kind="client-reply-promise", promised_date="2027-02-01",
         note="'We'll pay on the 1st', written 18 January 2027 and tied to the start of February: 1 February 2027."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m53"), mailduns_id(o, inv, "due"),
                  [inv_id(o, inv), mailduns_id(o, inv, "due")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m53", "gmail"),
    own, check=("day_of_month", 1))


# ============================================================================================
# 54. Health-food shop, answering the "payment has not reached me" follow-up: paid on the 3rd.
# ============================================================================================
o, inv = "CW", "CW-2026-120"
subj = "Invoice CW-2026-120 – Daly Health Foods labels"
fup = when("2026-12-07T09:00", "Europe/Dublin")
d = when("2026-12-07T11:02:18", "Europe/Dublin")
frm = addr("Siobhán Daly", "siobhan@dalyhealthfoods.ie")
quoted = r_paid_claim(o, "Dear Siobhán Daly,", inv, "€1,200.00", "2026-12-04")
own = """Hi Ciarán,

We paid this on the 3rd of December – €1,200, reference CW-2026-120. Could you check again? It went from our AIB business account so maybe it's just slow. I can send you the confirmation from AIB if you need it.

Siobhán
"""
attr = gmail_attr_uk(fup, "Ciarán Walsh", "ciaran@walshtranslations.ie")
add(dict(kind="client-reply-paid", amount="1200.00", currency="EUR", reference="CW-2026-120",
         note="Reply to mailduns's 'payment has not reached me' follow-up: repeats that it was paid on 3 December with amount and reference."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m54"), mailduns_id(o, inv, "paid_claim_followup"),
                  [inv_id(o, inv), mailduns_id(o, inv, "reminder"), mailduns_id(o, inv, "paid_claim_followup")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m54", "gmail"),
    own)


# ============================================================================================
# 55. Warsaw studio: the accountant is away, will pay right after the holidays, on 7 January.
# ============================================================================================
o, inv = "MO", "F-2026-0251"
subj = "Invoice F-2026-0251"
rem = when("2026-12-21T09:00", "Europe/Madrid")
d = when("2026-12-22T18:40:05", "Europe/Warsaw")
frm = addr("Tomasz Nowak", "tomasz.nowak@nowakstudio.pl")
quoted = r_reminder(o, "Dear Tomasz Nowak,", inv, "€890.00", "2026-12-15")
own = """Hi Marta,

I am very sorry for delay. Our accountant is on holidays and I can not make transfers myself from company account. I will pay right after holidays, on 7 January.

Merry Christmas and thank you for great work!
Tomasz
"""
attr = gmail_attr_uk(local(rem, "Europe/Warsaw"), "Marta Ortega", "hola@martaortega.es")
add(dict(kind="client-reply-promise", promised_date="2027-01-07",
         note="Polish writer: 'I will pay right after holidays, on 7 January', written 22 December 2026, so 7 January 2027."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m55"), mailduns_id(o, inv, "reminder"),
                  [inv_id(o, inv), mailduns_id(o, inv, "reminder")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m55", "gmail"),
    own, check=("date",))


# ============================================================================================
# 56. A PA acknowledges for her boss: invoice printed and on his desk.
# ============================================================================================
o, inv = "RF", "INV-0408"
subj = "Invoice INV-0408 – Obi & Partners brochure copy"
sent = when("2027-02-25T15:00", "Europe/London")
d = when("2027-02-26T09:47:12", "Europe/London")
frm = addr("Grace Adeyemi", "g.adeyemi@obipartners.co.uk")
quoted = """Dear Chidi,

Please find attached invoice INV-0408 for the new practice brochure copy (12 pages), as agreed.

Best wishes,
Rob

Rob Fenwick
Copywriting · Leeds
"""
own = """Dear Rob,

Mr Obi is currently travelling and has asked me to acknowledge receipt of your email. I have printed the invoice and placed it on his desk for signing; he is back in the office on Monday.

Kind regards,

Grace Adeyemi
PA to the Managing Partner
Obi & Partners LLP
"""
rows = outlook_block("en", "Rob Fenwick <rob@fenwickcopy.co.uk>", ol_sent(sent, "Europe/London"),
                     "Chidi Obi <c.obi@obipartners.co.uk>", subj, cc="Grace Adeyemi <g.adeyemi@obipartners.co.uk>")
add(dict(kind="client-reply-other",
         note="The client's PA acknowledges receipt and says it awaits his signature; no promise and no date for payment ('back in the office on Monday' is about him). Written by a person, not an auto-reply."),
    reply_headers(frm, owner_addr(o), "RE: " + subj, d, outlook_id("m56", "LO6P265MB6010", "GBRP265"),
                  inv_id(o, inv), [inv_id(o, inv)], cc="Chidi Obi <c.obi@obipartners.co.uk>",
                  extra=outlook_x("m56", subj)),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), cte="quoted-printable"),
                              text_part(outlook_html(own, rows, quoted), "html", cte="quoted-printable")], "m56", "outlook"),
    own)


# ============================================================================================
# 57. Dutch bike shop: paid today, the bookkeeper was ill.
# ============================================================================================
o, inv = "MO", "F-2027-0011"
subj = "Invoice F-2027-0011 – Fietsfabriek poster"
rem = when("2027-02-04T09:00", "Europe/Madrid")
d = when("2027-02-05T16:27:40", "Europe/Amsterdam")
frm = addr("Sanne de Vries", "sanne@fietsfabriek.nl")
quoted = r_reminder(o, "Dear Sanne de Vries,", inv, "€650.00", "2027-01-29")
own = """Hi Marta,

We paid the invoice today. Sorry it took so long, our bookkeeper was sick for three weeks and everything stayed behind.

Groetjes,
Sanne
"""
attr = gmail_attr_uk(local(rem, "Europe/Amsterdam"), "Marta Ortega", "hola@martaortega.es")
add(dict(kind="client-reply-paid",
         note="Dutch writer: 'We paid the invoice today' = paid; no amount or number in her words."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m57"), mailduns_id(o, inv, "reminder"),
                  [inv_id(o, inv), mailduns_id(o, inv, "reminder")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m57", "gmail"),
    own)


# ============================================================================================
# 58. Left the company; mailbox no longer monitored (Exchange auto-reply, HTML only).
# ============================================================================================
o, inv = "HP", "HP-1062"
subj = "Invoice HP-1062 – Pemberton Foods pack refresh"
d = when("2027-02-03T09:00:20", "Europe/London")
own = """Please note that James Holloway has left Pemberton Foods and this mailbox is no longer monitored.

For marketing enquiries please contact marketing@pemberton-foods.co.uk, and for invoices and payments accounts@pemberton-foods.co.uk.

Your email has not been forwarded.
"""
add(dict(kind="auto-reply",
         note="Automatic reply: the contact has left and the mailbox is not read; the mail was delivered (not a bounce) and there is no return date."),
    [("From", addr("James Holloway", "j.holloway@pemberton-foods.co.uk")), ("To", owner_addr(o)),
     ("Subject", enc("Automatic reply: Re: " + subj)), ("Date", date_hdr(d)),
     ("Message-ID", outlook_id("m58", "DB7PR10MB2256", "EURPRD10")),
     ("In-Reply-To", mailduns_id(o, inv, "due")),
     ("References", f"{inv_id(o, inv)} {mailduns_id(o, inv, 'due')}"), ("Thread-Topic", enc(subj)),
     ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "j.holloway@pemberton-foods.co.uk"),
     ("Content-Language", "en-GB"), ("MIME-Version", "1.0")],
    text_part(outlook_html(own, [], ""), "html", "utf-8", "quoted-printable"), own)


# ============================================================================================
# 59. Joiner: paid the invoice but refuses the statutory £40 and interest.
# ============================================================================================
o, inv = "RF", "INV-0400"
subj = "Invoice INV-0400 – Simmons Joinery website"
lf = when("2027-02-09T09:00", "Europe/London")
d = when("2027-02-10T07:52:19", "Europe/London")
frm = addr("Derek Simmons", "derek@simmonsjoinery.co.uk")
quoted = r_late_fee_gb(o, "Dear Derek Simmons,", inv, "£600.00", "2027-01-15", 25, "2027-02-09", "2027-02-23",
                       ["Invoice INV-0400: £600.00",
                        "Interest at 11.75% a year from 16 January 2027 to 9 February 2027 (25 days): £4.83",
                        "Compensation for recovery costs (section 5A): £40.00", "Total: £644.83"])
own = """Rob,

I've paid the £600 for the invoice this morning. I'm not paying the £40 "compensation" or the interest on top. It was a few weeks late over Christmas, you never once rang me, and now I get a legal letter. Not how I'd expect to be treated after three years of work together.

Derek
"""
attr = gmail_attr_uk(lf, "Rob Fenwick", "rob@fenwickcopy.co.uk")
add(dict(kind="client-reply-dispute", amount="600.00", currency="GBP",
         note="Paid the invoice's £600 but refuses the statutory compensation and interest: refusing part of what was claimed is a dispute, which takes precedence over paid. The amount is what he says he paid."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m59"), mailduns_id(o, inv, "late_fee"),
                  [inv_id(o, inv), mailduns_id(o, inv, "reminder"), mailduns_id(o, inv, "late_fee")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m59", "gmail"),
    own)


# ============================================================================================
# 60. Xero: an online invoice payment recorded.
# ============================================================================================
d = when("2027-02-12T14:09:33", "Europe/London")
own = """Hi Rob,

Good news – Haverford Physio Ltd has paid invoice INV-0403 for £1,080.00 using Stripe.

The payment has been recorded in Xero and the invoice is now marked as paid. The funds will be transferred to your bank account by Stripe and will appear in your bank feed for reconciliation.

View invoice INV-0403: https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=6a9f1c22-3d8e-4b7f-a0e1-5c2b7e91d044

Xero
This email was sent by Xero on behalf of Rob Fenwick Copywriting.
"""
add(dict(kind="payment-notification", amount="1080.00", currency="GBP", reference="INV-0403",
         note="Xero notice that a customer paid an invoice online (via Stripe) and it is marked as paid."),
    [("From", "Xero <messaging-service@post.xero.com>"), ("To", owner_addr("RF")),
     ("Subject", "Payment received: INV-0403 from Haverford Physio Ltd"), ("Date", date_hdr(d)),
     ("Message-ID", plain_id("m60", "post.xero.com", "xero.")), ("MIME-Version", "1.0")],
    multipart("alternative", [text_part(own, cte="quoted-printable"),
                              text_part("<html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#0f1b26\">"
                                        + paras_html(own, "p") + "</body></html>\n", "html", cte="quoted-printable")],
              "m60"),
    own)


# ============================================================================================
# 61. Hotel group AP: use the portal from now on; this one keyed in manually.
# ============================================================================================
o, inv = "AB", "AB-27-005"
subj = "Invoice AB-27-005 – Lumen Hotels interiors shoot"
sent = when("2027-01-26T11:00", "Europe/Dublin")
d = when("2027-01-27T10:18:45", "Europe/Dublin")
frm = addr("Lumen Hotels Accounts Payable", "ap@lumenhotels.com")
quoted = """Hi Chloe,

Please find attached invoice AB-27-005 for the interiors shoot at the Galway property (2 days, 64 edited images).

Many thanks,
Aoife
"""
own = """Hi Aoife,

Thanks for your invoice AB-27-005. Going forward, could you please submit invoices through our Tungsten supplier portal rather than by email? I've keyed this one in manually, so there's no need to resend it.

Registration details for the portal are attached to our supplier onboarding email; let me know if you can't find it.

Kind regards,
Chloe Barnes
Accounts Payable
Lumen Hotels Group
"""
rows = outlook_block("en", "Aoife Brennan <hello@aoifebrennan.ie>", ol_sent(sent, "Europe/Dublin"),
                     "ap@lumenhotels.com", subj)
add(dict(kind="client-reply-other", reference="AB-27-005",
         note="Administrative: future invoices go through a portal, this one was entered by hand; no objection, no payment and no date, so neither a dispute nor a promise."),
    reply_headers(frm, owner_addr(o), "RE: " + subj, d, outlook_id("m61", "DB9PR06MB7301", "eurprd06"),
                  inv_id(o, inv), [inv_id(o, inv)], extra=outlook_x("m61", subj, "en-IE")),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), cte="quoted-printable"),
                              text_part(outlook_html(own, rows, quoted, "EN-IE"), "html", cte="quoted-printable")],
              "m61", "outlook"),
    own)


# ============================================================================================
# 62. Reply to a statement of two invoices: one paid today, the other on the 30th.
# ============================================================================================
o = "HP"
subj = "Outstanding invoices: HP-1070, HP-1073"
st = when("2027-03-19T09:00", "Europe/London")
d = when("2027-03-22T12:10:03", "Europe/London")
frm = addr("Natalie Cross", "natalie@crossandhart.co.uk")
quoted = r_statement(o, "Dear Natalie Cross,",
                     ["HP-1070, issued on 8 February 2027, due on 10 March 2027 (9 days overdue): £380.00",
                      "HP-1073, issued on 22 February 2027, due on 24 March 2027: £1,150.00"],
                     "£1,530.00", "2027-03-31")
own = """Hi Hannah,

I've paid HP-1070 today (£380). HP-1073 will go out with our next supplier run on the 30th – sorry, it came in just after the cutoff for this month's first run.

Thanks,
Natalie

Natalie Cross
Office Manager | Cross & Hart Architects
"""
sid = mailduns_id(o, "HP-1070,HP-1073", "statement")
attr = gmail_attr_uk(st, "Hannah Price", "hannah@hannahprice.design")
add(dict(kind="client-reply-promise", promised_date="2027-03-30",
         note="Two invoices: one paid today (£380), the other promised for the run on the 30th, so a promise for 30 March 2027 (promise outranks paid). No reference and no amount: the message covers two invoices and the £380 is the paid one."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m62"), sid,
                  [inv_id(o, "HP-1070"), inv_id(o, "HP-1073"), sid]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m62", "gmail"),
    own, check=("day_of_month", 30))


# ============================================================================================
# 63. The freelancer's own coworking space bills her.
# ============================================================================================
d = when("2027-02-01T07:00:04", "Europe/Dublin")
own = """Hi Aoife,

Your invoice ER-2027-0211 for February 2027 (hot desk membership) is attached.

Amount due: €180.00
Due date: 15 February 2027

Pay online: https://pay.engineroomcowork.ie/i/ER-2027-0211

If you pay by bank transfer, please use the invoice number as the reference.

Thanks,
The Engine Room team
Lapps Quay, Cork
"""
add(dict(kind="other",
         note="An invoice the freelancer receives from her coworking space (she owes money): not a client's reply and not money in."),
    [("From", addr("The Engine Room Coworking", "billing@engineroomcowork.ie")), ("To", owner_addr("AB")),
     ("Subject", "Invoice ER-2027-0211 from The Engine Room Coworking"), ("Date", date_hdr(d)),
     ("Message-ID", plain_id("m63", "engineroomcowork.ie", "inv.")), ("MIME-Version", "1.0")],
    multipart("mixed", [text_part(own, cte="quoted-printable"),
                        pdf("ER-2027-0211.pdf", "The Engine Room Coworking - Invoice ER-2027-0211 - EUR 180.00")], "m63"),
    own)


# ============================================================================================
# 64. Madrid production company: "we did the transfer the friday", Spanish iPhone footer.
# ============================================================================================
o, inv = "GF", "2026/137"
subj = "Invoice 2026/137 – Onda Media showreel site"
rem = when("2026-12-21T09:00", "Europe/Rome")
d = when("2026-12-21T17:03:29", "Europe/Madrid")
frm = addr("Álvaro Ruiz", "alvaro.ruiz@ondamedia.es")
quoted = r_reminder(o, "Dear Álvaro Ruiz,", inv, "€1,650.00", "2026-12-14")
own = """Hi Giulia,

we did the transfer the friday (18/12), 1.650 €. Is ok now? Sorry for the delay, in december all the company is crazy with the closing of the year.

Happy Christmas!!

Álvaro Ruiz
Onda Media Producciones

Enviado desde mi iPhone
"""
body = own + "\n" + f"El {local(rem, 'Europe/Madrid').day} dic 2026, a las {local(rem, 'Europe/Madrid').strftime('%H:%M')}, Giulia Ferri <giulia@ferri.dev> escribió:" + "\n\n" + gt(quoted) + "\n"
add(dict(kind="client-reply-paid", amount="1650.00", currency="EUR",
         note="Spanish writer: transfer made on Friday 18 December for '1.650 €' (Spanish thousands dot); 'Is ok now?' asks for confirmation. Spanish iPhone footer and attribution under English text."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, apple_id("m64", "ondamedia.es"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=[("X-Mailer", "iPhone Mail (22C152)")]),
    text_part(body, "plain", "utf-8", "quoted-printable"), own)


# ============================================================================================
# 65. South African publisher: the translation had errors, proposes paying half.
# ============================================================================================
o, inv = "CW", "CW-2027-016"
subj = "Invoice CW-2027-016 – Ikhaya teacher guides"
sent = when("2027-03-05T12:00", "Europe/Dublin")
d = when("2027-03-09T13:40:15", "Africa/Johannesburg")
frm = addr("Nomvula Khumalo", "nomvula@ikhayapublishing.co.za")
quoted = """Dear Nomvula,

Please find attached invoice CW-2027-016 for the French-to-English translation of the teacher guides (chapters 1 to 8).

Kind regards,
Ciarán
"""
own = """Dear Ciarán

I have to be honest with you about invoice CW-2027-016. The French-to-English translation of the teacher guides came back with a lot of errors – our in-house editor had to redo roughly half of chapters 3 to 6, including several terms that were simply wrong for a South African classroom. I've attached her marked-up pages so you can see.

Given the extra time this cost us, we propose paying 50% of the invoice. I'm happy to talk it through on a call if you'd prefer.

Regards
Nomvula Khumalo
Managing Editor
Ikhaya Publishing
"""
rows = outlook_block("en", "Ciarán Walsh <ciaran@walshtranslations.ie>", ol_sent(sent, "Africa/Johannesburg"),
                     "Nomvula Khumalo <nomvula@ikhayapublishing.co.za>", subj)
root = multipart("mixed", [
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted)),
                              text_part(outlook_html(own, rows, quoted, "EN-ZA"), "html")], "m65a", "outlook"),
    pdf("Teacher guide ch3-6 - editor markup.pdf", "Ikhaya teacher guides ch. 3-6 - editor mark-up"),
], "m65", "outlook")
add(dict(kind="client-reply-dispute", reference="CW-2027-016",
         note="Contests the quality of the work and offers to pay 50%: a request for a reduction, so a dispute; no sum is stated."),
    reply_headers(frm, owner_addr(o), "RE: " + subj, d, outlook_id("m65", "JNAP275MB0771", "ZAFP275"),
                  inv_id(o, inv), [inv_id(o, inv)], extra=outlook_x("m65", subj, "en-ZA", attach=True)),
    root, own)


# ============================================================================================
# 66. LLP accounts payable: approved, scheduled for 3rd March under 30-day terms.
# ============================================================================================
o, inv = "RF", "INV-0406"
subj = "Invoice INV-0406 – Greystone Partners annual review"
rem = when("2027-02-17T09:00", "Europe/London")
d = when("2027-02-18T15:26:51", "Europe/London")
frm = addr("Accounts Payable - Greystone Partners LLP", "accountspayable@greystonepartners.co.uk")
quoted = r_courtesy(o, "Dear Accounts Team,", inv, "£2,750.00", "2027-02-01", "2027-03-03")
own = """Dear Supplier,

Thank you for your enquiry regarding invoice INV-0406.

We can confirm that the invoice has been received and approved. It is scheduled for payment on 3rd March 2027 in accordance with our 30-day payment terms.

Please allow up to 3 working days for funds to clear.

Yours faithfully,

Accounts Payable Department
Greystone Partners LLP
20 King Street, Manchester M2 4LY
"""
rows = outlook_block("en", "Rob Fenwick <rob@fenwickcopy.co.uk>", ol_sent(rem, "Europe/London"),
                     "Accounts Payable - Greystone Partners LLP <accountspayable@greystonepartners.co.uk>", "Re: " + subj)
add(dict(kind="client-reply-promise", promised_date="2027-03-03", reference="INV-0406",
         note="A team's stock wording ('Dear Supplier') but written by the client's accounts payable in answer to the reminder: approved and scheduled for 3 March 2027, a promise."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m66", "MN2P265MB1167", "GBRP265"),
                  mailduns_id(o, inv, "courtesy"), [inv_id(o, inv), mailduns_id(o, inv, "courtesy")],
                  extra=outlook_x("m66", subj)),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), cte="quoted-printable"),
                              text_part(outlook_html(own, rows, quoted), "html", cte="quoted-printable")], "m66", "outlook"),
    own, check=("date",))


# ============================================================================================
# 67. Exim at the freelancer's hosting: user unknown (permanent), message copied below.
# ============================================================================================
o, inv = "MO", "F-2027-0015"
subj = "Re: Invoice F-2027-0015 – Greenfield Tours map"
sent = when("2027-02-16T09:00:03", "Europe/Madrid")
d = when("2027-02-16T09:00:06", "Europe/Madrid")
rcpt = "accounts@greenfieldtours.co.uk"
rid = mailduns_id(o, inv, "reminder")
orig_head = (f"Return-path: <hola@martaortega.es>\nReceived: from [127.0.0.1] (port=51422 helo=mailduns)\n"
             f"\tby srv42.webhost-iberia.net with esmtpsa (Exim 4.97.1)\n\t(envelope-from <hola@martaortega.es>)\n"
             f"\tid 1tjR8e-0004Qx-2K\n\tfor {rcpt}; {date_hdr(sent)}\n"
             f"From: Marta Ortega <hola@martaortega.es>\nTo: {rcpt}\nSubject: {enc(subj)}\nDate: {date_hdr(sent)}\n"
             f"Message-ID: {rid}\nIn-Reply-To: {inv_id(o, inv)}\nReferences: {inv_id(o, inv)}\nMIME-Version: 1.0\n"
             'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n')
own = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mx.greenfieldtours.co.uk [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table
"""
body = (own + "\n------ This is a copy of the message, including all the headers. ------\n\n" + orig_head + "\n"
        + r_reminder(o, "Dear Accounts Team,", inv, "€540.00", "2027-02-09"))
add(dict(kind="bounce", failed_recipient=rcpt, permanent=True,
         note="Exim bounce without a DSN part: 550 5.1.1 user unknown, 'This is a permanent error'; the returned copy is the reminder."),
    [("Return-path", "<>"), ("From", "Mail Delivery System <Mailer-Daemon@srv42.webhost-iberia.net>"),
     ("To", "hola@martaortega.es"), ("Subject", "Mail delivery failed: returning message to sender"),
     ("Date", date_hdr(d)), ("Message-ID", "<E1tjR8h-0004R2-1c@srv42.webhost-iberia.net>"),
     ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
    text_part(body, "plain", "utf-8", "8bit"), own)


# ============================================================================================
# 68. Small knitwear brand: got it, loved it, husband does the books.
# ============================================================================================
o, inv = "HP", "HP-1045"
subj = "Invoice HP-1045 – Abernethy Knits labels"
sent = when("2026-11-04T17:05", "Europe/London")
d = when("2026-11-05T08:14:22", "Europe/London")
frm = addr("Ruth Abernethy", "ruth@abernethyknits.co.uk")
quoted = """Hi Ruth,

Invoice HP-1045 is attached for the new swing tags and sew-in labels. Print files went over on Monday.

Thanks so much!
Hannah
"""
own = """Got it – thanks Hannah! Loved working with you on this, the new labels look amazing 😍 I'll pass it on to Ian, he does the books.

Ruth x
"""
attr = apple_attr(sent, "Hannah Price", "hannah@hannahprice.design")
add(dict(kind="client-reply-other",
         note="Acknowledges the invoice and passes it to her husband who does the books; warm, but no payment or promise."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, apple_id("m68", "abernethyknits.co.uk"), inv_id(o, inv),
                  [inv_id(o, inv)], extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]),
    multipart("alternative", [text_part(apple_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(apple_html(own, attr, quoted), "html", cte="quoted-printable")], "m68", "apple"),
    own)


# ============================================================================================
# 69. French event planner, after the promise follow-up: waiting for his own client.
# ============================================================================================
o, inv = "AB", "AB-26-047"
subj = "Invoice AB-26-047 – Moreau Événements gala"
fup = when("2027-01-05T09:00", "Europe/Dublin")
d = when("2027-01-07T10:25:50", "Europe/Paris")
frm = addr("Julien Moreau", "julien@moreau-evenements.fr")
quoted = r_promise_followup(o, "Dear Julien Moreau,", inv, "€1,100.00", "2026-12-18")
own = """Hello Aoife,

I am very sorry for the delay. To be honest, I am waiting that my client (the hotel) pays me for the event, and then I pay you directly. Normally it will be before the end of January, I will not forget you.

Best regards,
Julien

Julien Moreau
Moreau Événements – Lyon
"""
rows = outlook_block("fr", "Aoife Brennan <hello@aoifebrennan.ie>", ol_sent(fup, "Europe/Paris", "fr"),
                     "Julien Moreau <julien@moreau-evenements.fr>", "Re: " + subj)
add(dict(kind="client-reply-promise", promised_date="2027-01-31",
         note="French writer answering the promise follow-up: 'Normally it will be before the end of January' states a day (31 January 2027) even with the hedge and the dependency on his own client."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m69", "PAVP195MB2044", "EURP195"),
                  mailduns_id(o, inv, "promise_followup"),
                  [inv_id(o, inv), mailduns_id(o, inv, "reminder"), mailduns_id(o, inv, "promise_followup")],
                  extra=outlook_x("m69", subj, "fr-FR")),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), "plain", "windows-1252", "quoted-printable"),
                              text_part(outlook_html(own, rows, quoted, "FR", "Calibri", "windows-1252"), "html",
                                        "windows-1252", "quoted-printable")], "m69", "outlook"),
    own, check=("month_end",))


# ============================================================================================
# 70. QuickBooks: payment received for an invoice.
# ============================================================================================
d = when("2027-02-04T16:45:10", "Europe/Dublin")
own = """Hi Ciarán,

You've received a payment of €780.00 from Harbourview Language School for invoice CW-2027-011.

Payment date: 4 February 2027
Payment method: Bank transfer (SEPA)

The payment has been recorded in QuickBooks and the invoice is marked as paid.

View payment: https://app.qbo.intuit.com/app/recvpayment?txnId=2217

Intuit QuickBooks
"""
add(dict(kind="payment-notification", amount="780.00", currency="EUR", reference="CW-2027-011",
         note="QuickBooks notice that a payment was received and applied to an invoice."),
    [("From", "QuickBooks <quickbooks@notification.intuit.com>"), ("To", owner_addr("CW")),
     ("Subject", "Payment received for invoice CW-2027-011"), ("Date", date_hdr(d)),
     ("Message-ID", plain_id("m70", "notification.intuit.com", "qbo.")), ("MIME-Version", "1.0")],
    multipart("alternative", [text_part(own, cte="quoted-printable"),
                              text_part("<html><body style=\"font-family:Avenir Next,Arial,sans-serif\">"
                                        + paras_html(own, "p") + "</body></html>\n", "html", cte="quoted-printable")],
              "m70"),
    own)


# ============================================================================================
# 71. Pharmacy: no attachment came through.
# ============================================================================================
o, inv = "RF", "INV-0389"
subj = "Invoice INV-0389 – Patel Pharmacy leaflet"
sent = when("2026-11-11T12:40", "Europe/London")
d = when("2026-11-11T14:30:09", "Europe/London")
frm = addr("Arjun Patel", "arjun@patelpharmacy.co.uk")
quoted = """Hi Arjun,

Invoice INV-0389 attached for the flu-season leaflet copy. Great working with you again.

Cheers,
Rob
"""
own = """Hi Rob, the invoice didn't come through – there's no attachment on your email, just the text. Can you resend?

Thanks,
Arjun
"""
attr = gmail_attr_uk(sent, "Rob Fenwick", "rob@fenwickcopy.co.uk")
add(dict(kind="client-reply-other",
         note="The attachment is missing; asks for the invoice again. Nothing about paying."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m71"), inv_id(o, inv), [inv_id(o, inv)]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m71", "gmail"),
    own)


# ============================================================================================
# 72. Practice manager forwards the bank's payment confirmation for the dentist.
# ============================================================================================
o, inv = "HP", "HP-1056"
subj = "Invoice HP-1056 – Mehta Dental clinic signage"
rem = when("2027-01-14T09:00", "Europe/London")
bank = when("2027-01-15T10:02", "Europe/London")
d = when("2027-01-15T10:31:27", "Europe/London")
frm = addr("Helen Dwyer", "h.dwyer@mehtadental.co.uk")
quoted = r_reminder(o, "Dear Dr Mehta,", inv, "£2,100.00", "2027-01-07")
own = f"""Hi Hannah,

On behalf of Dr Mehta, please see below the confirmation of the transfer for your invoice.

Kind regards,
Helen Dwyer
Practice Manager
Mehta Dental Care, Clifton

-----Original Message-----
From: Lloyds Bank <alerts@info.lloydsbank.co.uk>
Sent: {ol_sent(bank, "Europe/London")}
To: Helen Dwyer <h.dwyer@mehtadental.co.uk>
Subject: Payment confirmation

Your payment has been sent.

Amount: £2,100.00
To: HANNAH PRICE
Account ending: 5678
Reference: HP-1056
Date: 15 January 2027
Type: Faster Payment

Please don't reply to this email.
Lloyds Bank plc. Registered Office: 25 Gresham Street, London EC2V 7HN.
"""
rows = outlook_block("en", "Hannah Price <hannah@hannahprice.design>", ol_sent(rem, "Europe/London"),
                     "Dr Anil Mehta <anil@mehtadental.co.uk>", "Re: " + subj)
add(dict(kind="client-reply-paid", amount="2100.00", currency="GBP", reference="HP-1056",
         note="The client's practice manager forwards the bank's own 'payment sent' confirmation: a client reply that says it is paid (not a payment notification to the freelancer); amount and reference come from the forwarded confirmation, not from the quoted reminder."),
    reply_headers(frm, owner_addr(o), "RE: Re: " + subj, d, outlook_id("m72", "LO2P123MB4502", "GBRP123"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  cc="Dr Anil Mehta <anil@mehtadental.co.uk>", extra=outlook_x("m72", subj)),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), cte="quoted-printable"),
                              text_part(outlook_html(own, rows, quoted), "html", cte="quoted-printable")], "m72", "outlook"),
    own)


# ============================================================================================
# 73. Italian company's out-of-office in English: "until 6 January".
# ============================================================================================
o, inv = "GF", "2026/146"
subj = "Invoice 2026/146 – Luna Group intranet"
d = when("2026-12-23T09:00:40", "Europe/Rome")
own = """Thank you for your email.

I am out of the office until 6 January with limited access to email. I will reply on my return.

For urgent matters please write to info@lunagroup.it.

Best regards,
Sofia Marchetti
Luna Group S.p.A. – Ufficio Acquisti
"""
add(dict(kind="auto-reply", return_date="2027-01-07",
         note="Out of office 'until 6 January' (written 23 December 2026): away up to and including the 6th (Epiphany, a holiday in Italy), so back 7 January 2027."),
    [("From", addr("Sofia Marchetti", "s.marchetti@lunagroup.it")), ("To", owner_addr(o)),
     ("Subject", enc("Risposta automatica: Re: " + subj)), ("Date", date_hdr(d)),
     ("Message-ID", outlook_id("m73", "AM6PR05MB5020", "eurprd05")),
     ("In-Reply-To", mailduns_id(o, inv, "courtesy")),
     ("References", f"{inv_id(o, inv)} {mailduns_id(o, inv, 'courtesy')}"), ("Auto-Submitted", "auto-replied"),
     ("X-Auto-Response-Suppress", "All"), ("Content-Language", "it-IT"), ("MIME-Version", "1.0")],
    multipart("alternative", [text_part(own, cte="quoted-printable"),
                              text_part(outlook_html(own, [], "", "IT"), "html", cte="quoted-printable")], "m73", "outlook"),
    own, check=("after", "2027-01-06"))


# ============================================================================================
# 74. Bike shop owner, one word and a thumb.
# ============================================================================================
o, inv = "RF", "INV-0407"
subj = "Invoice INV-0407 – Whitfield Cycles spring newsletter"
rem = when("2027-03-04T09:00", "Europe/London")
d = when("2027-03-05T08:02:51", "Europe/London")
frm = addr("Dan Whitfield", "dan@whitfieldcycles.co.uk")
quoted = r_reminder(o, "Dear Dan Whitfield,", inv, "£320.00", "2027-02-25")
own = """Done 👍

Sent from my iPhone
"""
body = own + "\n" + apple_attr(rem, "Rob Fenwick", "rob@fenwickcopy.co.uk") + "\n\n" + gt(quoted) + "\n"
add(dict(kind="client-reply-paid",
         note="'Done' in answer to a reminder asking for payment: he has paid. Nothing else in his words."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, apple_id("m74", "whitfieldcycles.co.uk"),
                  mailduns_id(o, inv, "reminder"), [inv_id(o, inv), mailduns_id(o, inv, "reminder")],
                  extra=[("X-Mailer", "iPhone Mail (22D63)")]),
    text_part(body, "plain", "utf-8", "quoted-printable"), own)


# ============================================================================================
# 75. Indian e-learning company: the per-word rate differs from the quotation.
# ============================================================================================
o, inv = "CW", "CW-2027-012"
subj = "Invoice CW-2027-012"
sent = when("2027-02-09T11:00", "Europe/Dublin")
d = when("2027-02-11T12:40:03", "Asia/Kolkata")
frm = addr("Sunita Rao", "sunita.rao@vedantaelearning.in")
quoted = """Dear Sunita,

Please find attached invoice CW-2027-012 for the Spanish-to-English translation of modules 4 to 7 (18,450 words).

Kind regards,
Ciarán
"""
own = """Dear Mr. Walsh,

This is regarding your invoice CW-2027-012. As per the agreed quotation dated 4th January, the rate was EUR 0.09 per word and not EUR 0.11 per word as mentioned in the invoice. Kindly revise the invoice accordingly and share the same at the earliest so that we can process the payment.

Thanks & Regards,
Sunita Rao
Manager – Vendor Management
Vedanta eLearning Solutions Pvt. Ltd.
Hyderabad
"""
rows = outlook_block("en", "Ciarán Walsh <ciaran@walshtranslations.ie>", ol_sent(sent, "Asia/Kolkata"),
                     "Sunita Rao <sunita.rao@vedantaelearning.in>", subj)
add(dict(kind="client-reply-dispute", reference="CW-2027-012",
         note="Contests the rate (0.11 billed against 0.09 quoted per word) and asks for a revised invoice before paying: dispute."),
    reply_headers(frm, owner_addr(o), "RE: " + subj, d, outlook_id("m75", "PN2PR01MB8812", "INDPRD01"),
                  inv_id(o, inv), [inv_id(o, inv)], extra=outlook_x("m75", subj, "en-IN")),
    multipart("alternative", [text_part(outlook_plain(own, rows, quoted), cte="quoted-printable"),
                              text_part(outlook_html(own, rows, quoted, "EN-IN", "Calibri"), "html", cte="quoted-printable")],
              "m75", "outlook"),
    own)


# ============================================================================================
# 76. Boston, Thursday night (already Friday in UTC and in Cork): "I'll pay it myself on Friday".
# ============================================================================================
o, inv = "AB", "AB-27-011"
subj = "Invoice AB-27-011 – Bluestem Films stills"
rem = when("2027-03-18T09:00", "Europe/Dublin")
d = when("2027-03-18T21:40:12", "America/New_York")
frm = addr("Kevin O'Malley", "kevin@bluestemfilms.com")
quoted = r_due(o, "Dear Kevin O'Malley,", inv, "€2,300.00", "2027-03-17")
own = """Hi Aoife – sorry, our bookkeeper is out this week and I only just saw your note. I'll pay it myself on Friday through Wise.

Thanks for your patience!
— Kevin

Kevin O'Malley
Producer, Bluestem Films
Boston, MA
"""
attr = gmail_attr_us(local(rem, "America/New_York"), "Aoife Brennan", "hello@aoifebrennan.ie")
add(dict(kind="client-reply-promise", promised_date="2027-03-19",
         note="Sent Thursday 18 March 21:40 in Boston (-04:00, after the US clock change), which is already Friday 19 March in UTC and in Ireland: 'on Friday' is the next day in the sender's zone, 19 March, not 26 March."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m76"), mailduns_id(o, inv, "due"),
                  [inv_id(o, inv), mailduns_id(o, inv, "due")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m76", "gmail"),
    own, check=("weekday", 4))


# ============================================================================================
# 77. Italian architect writing English: is this the final invoice?
# ============================================================================================
o, inv = "HP", "HP-1048"
subj = "Invoice HP-1048 – Studio Lombardi brochure design"
sent = when("2026-11-20T15:00", "Europe/London")
d = when("2026-11-23T11:52:36", "Europe/Rome")
frm = addr("Francesca Lombardi", "francesca.lombardi@studiolombardi-arch.it")
quoted = """Dear Francesca,

Please find attached invoice HP-1048 for the design of the studio brochure (layout and artwork, 24 pages).

Best wishes,
Hannah
"""
own = """Dear Hannah,
thank you for the invoice. Just a question: is this the final invoice for the project, or there will be another one for the printing of the brochures? I ask because I need to close the budget with my partner this week.

Thank you
Francesca

Arch. Francesca Lombardi
Studio Lombardi Architetti
Via Santo Stefano 42, Bologna

Inviato da iPhone
"""
body = own + "\n" + f"Il giorno {local(sent, 'Europe/Rome').day} nov 2026, alle ore {local(sent, 'Europe/Rome').strftime('%H:%M')}, Hannah Price <hannah@hannahprice.design> ha scritto:" + "\n\n" + gt(quoted) + "\n"
add(dict(kind="client-reply-other",
         note="A question about whether more invoices will follow; nothing about paying this one. Italian iPhone footer and attribution under English text."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, apple_id("m77", "studiolombardi-arch.it"), inv_id(o, inv),
                  [inv_id(o, inv)], extra=[("X-Mailer", "iPhone Mail (22B91)")]),
    text_part(body, "plain", "utf-8", "quoted-printable"), own)


# ============================================================================================
# 78. New York publisher: "just sent the $900 via PayPal".
# ============================================================================================
o, inv = "CW", "CW-2026-127"
subj = "Invoice CW-2026-127 – Meridian Press catalogue"
rem = when("2026-11-30T09:00", "Europe/Dublin")
d = when("2026-11-30T10:52:16", "America/New_York")
frm = addr("Rachel Goldberg", "rachel@meridianpress.com")
quoted = r_due(o, "Dear Rachel Goldberg,", inv, "US$900.00", "2026-11-27")
own = """Hey Ciarán – just sent the $900 via PayPal for the catalogue job (CW-2026-127). Let me know if it doesn't show up on your end!

Best,
Rachel

Rachel Goldberg
Managing Editor, Meridian Press
"""
attr = gmail_attr_us(local(rem, "America/New_York"), "Ciarán Walsh", "ciaran@walshtranslations.ie")
add(dict(kind="client-reply-paid", amount="900.00", currency="USD", reference="CW-2026-127",
         note="US client: 'just sent the $900 via PayPal' = paid, in US dollars ('$' here is USD: American payer, invoice in US$)."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m78"), mailduns_id(o, inv, "due"),
                  [inv_id(o, inv), mailduns_id(o, inv, "due")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m78", "gmail"),
    own)


# ============================================================================================
# 79. Holiday cottages in Kerry: won't pay the balance until the booking form works on phones.
# ============================================================================================
o, inv = "GF", "2027/018"
subj = "Invoice 2027/018 – Ryan's Cottages booking site (balance)"
rem = when("2027-03-09T09:00", "Europe/Rome")
d = when("2027-03-10T22:14:05", "Europe/Dublin")
frm = addr("Aisling Ryan", "aisling@ryanscottages.ie")
quoted = r_reminder(o, "Dear Aisling Ryan,", inv, "€1,900.00", "2027-03-01")
own = """Sorry Giulia but we won't be paying the balance until the booking form works on phones. Customers are ringing us because they can't get past the dates screen on an iPhone, and I've sent three emails about it since the 20th of February without a proper fix.

Once it's sorted I'll pay straight away, you know that. But I'm not paying for something that isn't working.

Aisling
"""
attr = gmail_attr_uk(local(rem, "Europe/Dublin"), "Giulia Ferri", "giulia@ferri.dev")
add(dict(kind="client-reply-dispute",
         note="Withholds the balance because the work is not working as agreed; 'once it's sorted I'll pay straight away' is conditional, so dispute."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m79"), mailduns_id(o, inv, "reminder"),
                  [inv_id(o, inv), mailduns_id(o, inv, "reminder")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m79", "gmail"),
    own)


# ============================================================================================
# 80. Melbourne studio: will pay the agreed €800 this week, not the €300 for revisions.
# ============================================================================================
o, inv = "MO", "F-2027-0024"
subj = "Invoice F-2027-0024 – Salt & Gum packaging illustrations"
rem = when("2027-03-22T09:00", "Europe/Madrid")
d = when("2027-03-24T09:05:33", "Australia/Melbourne")
frm = addr("Brooke Hennessy", "brooke@saltandgum.com.au")
quoted = r_reminder(o, "Dear Brooke Hennessy,", inv, "€1,100.00", "2027-03-15")
own = """Hi Marta,

Thanks for the nudge. We'll pay the €800 we agreed for the illustrations this week, but not the extra €300 for revisions – your quote said two rounds of revisions were included, and we only asked for two. Happy to jump on a call if you see it differently.

Could you send a revised invoice for the €800 so our bookkeeper can match it?

Cheers,
Brooke

Brooke Hennessy
Co-founder, Salt & Gum
Fitzroy VIC 3065
"""
attr = gmail_attr_uk(local(rem, "Australia/Melbourne"), "Marta Ortega", "hola@martaortega.es")
add(dict(kind="client-reply-dispute", amount="800.00", currency="EUR",
         note="Refuses the €300 for revisions and promises the agreed €800 'this week' (no day): dispute outranks promise. The amount is the €800 she says she will pay; no invoice number in her words."),
    reply_headers(frm, owner_addr(o), "Re: " + subj, d, gmail_id("m80"), mailduns_id(o, inv, "reminder"),
                  [inv_id(o, inv), mailduns_id(o, inv, "reminder")]),
    multipart("alternative", [text_part(gmail_plain(own, attr, quoted), cte="quoted-printable"),
                              text_part(gmail_html(own, attr, quoted), "html", cte="quoted-printable")], "m80", "gmail"),
    own)


# ============================================================================================
# Writing and checking
# ============================================================================================

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
FACTS = {
    "promised_date": {"client-reply-promise"},
    "return_date": {"auto-reply"},
    "failed_recipient": {"bounce"},
    "permanent": {"bounce"},
    "amount": KINDS - {"auto-reply", "bounce"},
    "currency": KINDS - {"auto-reply", "bounce"},
    "reference": KINDS - {"auto-reply", "bounce"},
}
ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
         "failed_recipient", "permanent", "note"]


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(m: dict) -> bytes:
    head = "".join(f"{k}: {v}\n" for k, v in m["headers"] + m["root"].headers).encode("ascii")
    data = head + b"\n" + m["root"].body
    if m["crlf"]:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def leaf_texts(part) -> list[str]:
    """Decoded text parts in walk order, not descending into message/* parts."""
    if part.get_content_maintype() == "message":
        return []
    if part.is_multipart():
        out: list[str] = []
        for p in part.iter_parts():
            out += leaf_texts(p)
        return out
    if part.get_content_maintype() == "text" and part.get_content_type() != "text/rfc822-headers":
        return [part.get_content()]
    return []


def norm(s: str) -> str:
    return s.replace("\r\n", "\n").rstrip("\n")


def amount_variants(a: str) -> set[str]:
    whole, cents = a.split(".")
    groups = f"{int(whole):,}"
    out = {a, f"{groups}.{cents}", f"{groups.replace(',', '.')},{cents}", f"{whole},{cents}",
           f"{groups.replace(',', ' ')},{cents}"}
    if cents == "00":
        out |= {whole, groups, groups.replace(",", ".")}
    return out


def resolve(check: tuple, day: dt.date) -> dt.date | None:
    what = check[0]
    if what == "date":
        return None
    if what == "weekday":          # the next such weekday after the message's day (0 = Monday)
        n = (check[1] - day.weekday()) % 7 or 7
        return day + dt.timedelta(days=n)
    if what == "tomorrow":
        return day + dt.timedelta(days=1)
    if what == "month_end":        # last day of the message's month, or of a later month given as (year, month)
        y, m = check[1] if len(check) > 1 else (day.year, day.month)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if what == "day_of_month":     # the next day with that number, on or after the message's day
        y, m = day.year, day.month
        while True:
            try:
                cand = dt.date(y, m, check[1])
            except ValueError:
                cand = None
            if cand and cand >= day:
                return cand
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    if what == "after":            # back the day after the stated last day away
        return D(check[1]) + dt.timedelta(days=1)
    raise ValueError(check)


def main() -> int:
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    errors: list[str] = []
    lines = [f"# round17-en: {len(MESSAGES)} English replies, payment notices, auto-replies and bounces after a "
             "freelancer's invoice (UK, IE, IT, ES freelancers; native and non-native English writers).",
             "# Written by make.py in this directory; run it again to rebuild the .eml files and this file.", ""]
    counts: dict[str, int] = {}
    for i, m in enumerate(MESSAGES, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        lab = dict(m["label"])
        lab.setdefault("language", "en")
        lab.setdefault("split", "dev")
        data = render(m)
        (HERE / name).write_bytes(data)
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
        lines.append(f'[files."{name}"]')
        for k in ORDER:
            if k in lab:
                v = lab[k]
                lines.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(v)}")
        extra = set(lab) - set(ORDER)
        if extra:
            errors.append(f"{name}: unknown label keys {extra}")
        lines.append("")

        def err(msg: str) -> None:
            errors.append(f"{name}: {msg}")

        # --- read it back as a mail program would
        msg = message_from_bytes((HERE / name).read_bytes(), policy=policy.default)
        for part in msg.walk():
            if part.defects:
                err(f"defects in {part.get_content_type()}: {part.defects}")
        for h in ("From", "To", "Date", "Message-ID", "Subject", "MIME-Version"):
            if msg[h] is None:
                err(f"no {h} header")
        try:
            str(msg["Subject"]), str(msg["From"])
        except Exception as e:  # noqa: BLE001
            err(f"header does not decode: {e}")
        sent = parsedate_to_datetime(str(msg["Date"]))
        if sent.tzinfo is None or not (FIRST_DAY <= sent.date() <= LAST_DAY):
            err(f"Date {msg['Date']} outside {FIRST_DAY}..{LAST_DAY} or without zone")
        got = [norm(x) for x in leaf_texts(msg)]
        want = [norm(x) for x in m["root"].texts()]
        if got != want:
            err(f"decoded text parts differ from what was written ({len(got)} vs {len(want)})")
        plains = [norm(p.get_content()) for p in msg.walk() if p.get_content_type() == "text/plain"]
        own = m["own"]
        if plains and not any(norm(own).strip() in p for p in plains):
            err("the sender's own text is not in any text/plain part")
        if msg.get_content_type() == "text/html" or not plains:
            htmls = [p.get_content() for p in msg.walk() if p.get_content_type() == "text/html"]
            if not htmls:
                err("no readable text at all")

        # --- the label
        kind = lab["kind"]
        if kind not in KINDS:
            err(f"bad kind {kind}")
        if lab["language"] not in ("en", "it", "es"):
            err("bad language")
        if not lab.get("note"):
            err("no note")
        for k, allowed in FACTS.items():
            if k in lab and kind not in allowed:
                err(f"{k} not allowed for {kind}")
        if kind.startswith("client-reply") and msg["In-Reply-To"] is None:
            err("a client's reply without In-Reply-To")
        if kind == "auto-reply" and msg["In-Reply-To"] is None and msg["Auto-Submitted"] is None:
            pass
        if "amount" in lab:
            if not re.fullmatch(r"\d+\.\d\d", lab["amount"]):
                err("amount not normalised")
            if not any(v in own for v in amount_variants(lab["amount"])):
                err(f"amount {lab['amount']} not in the sender's own words")
        if "currency" in lab:
            if "amount" not in lab or not re.fullmatch(r"[A-Z]{3}", lab["currency"]):
                err("currency without amount or not ISO")
        if "reference" in lab and lab["reference"] not in own:
            err(f"reference {lab['reference']} not in the sender's own words")
        for k in ("promised_date", "return_date"):
            if k in lab:
                day = dt.date.fromisoformat(lab[k])
                if day <= sent.date():
                    err(f"{k} not after the message's day")
                if m["check"] is None:
                    err(f"{k} without a check of how it was resolved")
                else:
                    exp = resolve(m["check"], sent.date())
                    if exp is not None and exp != day:
                        err(f"{k} {day} but {m['check']} from {sent.date()} gives {exp}")
        if kind == "client-reply-promise" and "promised_date" not in lab and m["check"] is not None:
            err("a check but no promised_date")
        if kind == "bounce":
            if "failed_recipient" not in lab or "permanent" not in lab:
                err("bounce without failed_recipient/permanent")
            else:
                raw = (HERE / name).read_bytes().decode("utf-8", "replace")
                if lab["failed_recipient"] not in raw:
                    err("failed recipient not in the message")
                codes = re.findall(r"(?:Status: |\b)([45])\.\d{1,3}\.\d{1,3}\b", raw)
                if not codes or (codes[0] == "5") != lab["permanent"]:
                    err(f"status codes {codes[:3]} disagree with permanent={lab['permanent']}")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")
    try:
        import tomllib
        parsed = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))
        if len(parsed["files"]) != len(MESSAGES):
            errors.append("labels.toml does not list every file")
    except ImportError:
        pass
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"{len(MESSAGES)} messages written to {HERE.name}/: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
