#!/usr/bin/env python3
"""round19-en: 80 English messages that come back to a freelancer after invoices and reminders.

The mailbox owner is Giulia Serra, a translator and illustrator in Bologna who invoices in euros
(GS-YYYY-NNN) and whose reminders are the English mailduns letters. What comes back: clients in the UK,
Ireland, the US, Canada, Australia, New Zealand, South Africa, India and Singapore, and non-native
writers (French, Greek, Portuguese, Swedish, Japanese); payment notices, auto-replies, bounces and
other mail.

Standard library only. Writes r19e-0001.eml ... r19e-0080.eml and labels.toml next to this file,
then parses every file back and checks each label against it. Every client's words are written by
hand below, one message at a time; the helpers only build MIME, quote the freelancer's reminder the
way the client's mail program would, and render that reminder from templates/en.
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import quopri
import random
import re
import sys
import tomllib
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r19e"
N = 80

OWNER = "Giulia Serra"
OWNER_ADDR = "giulia@giuliaserra.it"
OWNER_FULL = f"{OWNER} <{OWNER_ADDR}>"
IBAN = "IT60 X054 2811 1010 0000 0123 456"
BIC = "BPMOIT22XXX"
ROME = timezone(timedelta(hours=1))


# ------------------------------------------------------------------------------------------------
# time


def tz(hours: float) -> timezone:
    return timezone(timedelta(minutes=round(hours * 60)))


def at(y: int, mo: int, d: int, h: int, mi: int, off: float, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=tz(off))


def rome(y: int, mo: int, d: int, h: int = 9, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, 17, tzinfo=ROME)


def long_date(d: date | datetime) -> str:
    """9 November 2026, as the en_GB reminders write it."""
    return f"{d.day} {d.strftime('%B')} {d.year}"


def hdr_date(dt: datetime) -> str:
    return format_datetime(dt)


def seed_hex(*parts: str, n: int = 20) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


# ------------------------------------------------------------------------------------------------
# Message-IDs as different mail programs make them


def mid_mailduns(*parts: str) -> str:
    return f"<mailduns.{seed_hex(*parts)}@giuliaserra.it>"


def mid_owner(*parts: str) -> str:
    h = seed_hex("owner", *parts, n=32).upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@giuliaserra.it>"


def mid_gmail(*parts: str) -> str:
    raw = hashlib.sha256("|".join(parts).encode()).digest()
    s = base64.b64encode(raw, altchars=b"+_").decode().rstrip("=")
    return f"<CA{s[:3]}{s[3:40]}=w@mail.gmail.com>"


def mid_outlook(*parts: str, region: str = "GBR") -> str:
    h = seed_hex("outlook", *parts, n=24).upper()
    srv = {"GBR": "LO2P265", "USA": "BN8PR12", "IND": "MA0PR01", "AUS": "SY4PR01", "CAN": "YT3PR01",
           "ZAF": "JNAP275", "SGP": "SG2PR06", "NZL": "SY5PR01", "IRL": "DB9PR02", "JPN": "TYCPR01"}[region]
    return f"<{srv}MB{h[:4]}{h[4:24]}@{srv}MB{h[:4]}.{region}P{srv[-3:]}.PROD.OUTLOOK.COM>"


def mid_apple(domain: str, *parts: str) -> str:
    h = seed_hex("apple", *parts, n=32).upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def mid_plain(domain: str, *parts: str) -> str:
    return f"<{seed_hex('plain', *parts, n=16)}.{seed_hex('b', *parts, n=8)}@{domain}>"


# ------------------------------------------------------------------------------------------------
# the freelancer's invoices and reminders (rendered from templates/en; the client quotes them)


class Inv:
    def __init__(self, number: str, subject: str, amount: str, issued: date, due: date,
                 to: str, name: str | None = None, kind: str = "person") -> None:
        self.number = number
        self.subject = f"Invoice {number} – {subject}"
        self.amount = amount  # "€1,180.00"
        self.issued = issued
        self.due = due
        self.to = to  # "Hannah Whitcombe <hannah@...>"
        self.name = name  # client_name for the salutation
        self.kind = kind
        self.invoice_mid = mid_owner(number, "invoice")
        self.sent = datetime(issued.year, issued.month, issued.day, 11, 42, 5, tzinfo=ROME)

    def dear(self, formal: bool = False) -> str:
        if self.kind == "person" and self.name:
            return f"Dear {self.name},"
        if formal:
            return "Dear Sir or Madam,"
        if self.kind == "company":
            return "Dear Accounts Team,"
        return "Hello,"

    def payment(self) -> str:
        return ("Payment details:\n"
                f"- Account name: {OWNER}\n"
                f"- IBAN: {IBAN}\n"
                f"- BIC (SWIFT): {BIC}\n"
                f"- Payment reference: {self.number}\n")

    def invoice_text(self, work: str) -> str:
        return (f"{self.dear()}\n\nPlease find attached invoice {self.number} for {self.amount}, for {work}.\n"
                f"Payment is due by {long_date(self.due)}.\n\n{self.payment()}\nThank you again for the project.\n\n"
                f"Kind regards,\nGiulia\n\n--\nGiulia Serra\nTranslation & illustration\nVia del Pratello 41, 40122 Bologna\n")


def reminder(inv: Inv, template: str, when: datetime, *, deadline: date | None = None,
             fee_lines: list[str] | None = None, fee_para: str | None = None,
             promise_date: date | None = None, paid_amount: str | None = None) -> str:
    """The body mailduns sent, following templates/en/<template>.txt.j2 (fees off unless given)."""
    today = when.date()
    days_late = (today - inv.due).days
    dear = inv.dear()
    pay = inv.payment()
    if template == "courtesy":
        body = (f"This is a friendly reminder that invoice {inv.number} for {inv.amount}, issued on {long_date(inv.issued)}, "
                f"is due for payment on {long_date(inv.due)}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.\n\n"
                f"{pay}\nIf you have any questions, just reply to this email.\n")
    elif template == "due":
        if days_late > 0:
            first = (f"This is a quick reminder that invoice {inv.number} for {inv.amount} was due for payment on "
                     f"{long_date(inv.due)}. If it has not been paid yet, I would be grateful if you could arrange payment in the next few days.")
        elif days_late == 0:
            first = f"This is a quick reminder that invoice {inv.number} for {inv.amount} is due for payment today, {long_date(inv.due)}."
        else:
            first = f"This is a quick reminder that invoice {inv.number} for {inv.amount} is due for payment on {long_date(inv.due)}."
        body = (f"{first}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n"
                f"{pay}\nIf you have any questions, just reply to this email.\n")
    elif template == "reminder":
        body = (f"According to my records, invoice {inv.number} for {inv.amount}, due on {long_date(inv.due)}, has not yet been paid. "
                "It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                + (f"{fee_para}\n\n" if fee_para else "")
                + "If you have already paid, thank you – please let me know the payment date so that I can update my records. "
                "If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
                f"{pay}")
    elif template == "late_fee":
        assert deadline is not None
        fees = ""
        if fee_para and fee_lines:
            fees = (f"{fee_para}\n\nThe amount due as at {long_date(today)} (interest continues to run until payment) is:\n"
                    + "".join(f"- {ln}\n" for ln in fee_lines) + "\n")
        body = (f"Invoice {inv.number} for {inv.amount}, due on {long_date(inv.due)}, is now {days_late} days overdue.\n\n"
                f"{fees}"
                f"Please arrange payment{' of the total above' if fees else ''} by {long_date(deadline)}. If payment is already on its way, thank you – "
                "please let me know the date it was made. If there is a problem with the invoice or with the timing, "
                "please reply to this email and we can find a solution.\n\n"
                f"{pay}")
    elif template == "final":
        assert deadline is not None
        head = (f"Final notice before debt recovery\n\nTo: {inv.name or inv.to}\nDate: {long_date(today)}\n"
                f"Invoice: {inv.number}, issued on {long_date(inv.issued)}, due on {long_date(inv.due)}\n"
                f"Amount due: {inv.amount}\nPayment deadline: {long_date(deadline)}\n\n")
        body = (f"Despite my previous reminders, invoice {inv.number} for {inv.amount}, which was due for payment on {long_date(inv.due)}, remains unpaid.\n\n"
                f"I therefore formally request payment of {inv.amount} by {long_date(deadline)}.\n\n"
                "If payment is not received by that date, I intend to take steps to recover the debt. These may include referring the matter "
                "to a debt collection agency or a solicitor and, if necessary, starting court proceedings.\n\n"
                f"I would much rather resolve this with you directly. If there is a reason for the delay, or if you would like to propose a payment plan, "
                f"please reply to this email before {long_date(deadline)}.\n\n"
                "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would help if you could let me know "
                "the payment date so that I can update my records.\n\n"
                f"{pay}")
        return f"{head}{inv.dear(formal=True)}\n\n{body}\n{'Yours sincerely,' if inv.kind == 'person' and inv.name else 'Yours faithfully,'}\n{OWNER}\n"
    elif template == "promise_followup":
        if promise_date:
            first = f"Thank you for letting me know that invoice {inv.number} for {inv.amount} would be paid by {long_date(promise_date)}."
        else:
            first = f"Thank you for your earlier message about invoice {inv.number} for {inv.amount}, which was due on {long_date(inv.due)}."
        body = (f"{first}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. "
                "If you need a little more time, could you let me know when I can expect it?\n\n"
                f"{pay}")
    elif template == "suspension":
        assert deadline is not None
        body = (f"I am writing again about invoice {inv.number} for {inv.amount}, which was due on {long_date(inv.due)} and remains unpaid.\n\n"
                f"If payment is not received by {long_date(deadline)}, I may have to suspend work in progress and any services I provide to you from "
                f"{long_date(deadline + timedelta(days=1))} until the account is settled. If something is making payment difficult – for example, "
                "if you need to pay in instalments – please reply to this email and we can agree a solution.\n\n"
                f"{pay}")
    elif template == "thank_you":
        body = (f"Thank you for your payment of {paid_amount or inv.amount} for invoice {inv.number}, which I received on {long_date(today - timedelta(days=1))}.\n\n"
                "If there is anything else I can do for you, just let me know.\n")
    else:
        raise ValueError(template)
    return f"{dear}\n\n{body}\nKind regards,\n{OWNER}\n"


# ------------------------------------------------------------------------------------------------
# quoting, the way each mail program does it


def gt(text: str, prefix: str = "> ") -> str:
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            out.append(prefix.rstrip() + line)  # nested quote: ">>", as mail programs write it
        else:
            out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def _h12(dt: datetime) -> str:
    return f"{(dt.hour % 12) or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def attr_gmail_gb(when: datetime, who: str = OWNER_FULL) -> str:
    return f"On {when.strftime('%a')}, {when.day} {when.strftime('%b %Y')} at {when:%H:%M}, {who} wrote:"


def attr_gmail_us(when: datetime, who: str = OWNER_FULL) -> str:
    return f"On {when.strftime('%a, %b')} {when.day}, {when.year} at {_h12(when)} {who} wrote:"


def attr_apple_gb(when: datetime, who: str = OWNER_FULL) -> str:
    return f"On {when.day} {when.strftime('%b %Y')}, at {when:%H:%M}, {who} wrote:"


def attr_apple_us(when: datetime, who: str = OWNER_FULL) -> str:
    return f"On {when.strftime('%b')} {when.day}, {when.year}, at {_h12(when)}, {who} wrote:"


def q_gmail(text: str, when: datetime, us: bool = False, who: str = OWNER_FULL) -> str:
    a = attr_gmail_us(when, who) if us else attr_gmail_gb(when, who)
    return f"{a}\n\n{gt(text)}"


def q_apple(text: str, when: datetime, us: bool = False, who: str = OWNER_FULL) -> str:
    a = attr_apple_us(when, who) if us else attr_apple_gb(when, who)
    return f"> {a}\n> \n{gt(text)}"


def outlook_block(when: datetime, to: str, subject: str, frm: str = OWNER_FULL, cc: str | None = None,
                  style: str = "gb") -> str:
    if style == "us":
        sent = f"{when.strftime('%A, %B')} {when.day}, {when.year} {_h12(when)}"
        lines = [f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    elif style == "new":  # new Outlook / Outlook for Mac
        sent = f"{when.strftime('%A')}, {when.day} {when.strftime('%B %Y')} at {when:%H:%M}"
        lines = [f"From: {frm}", f"Date: {sent}", f"To: {to}"]
    else:
        sent = f"{when:%d} {when.strftime('%B %Y')} {when:%H:%M}"
        lines = [f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n"


def q_outlook(text: str, when: datetime, to: str, subject: str, style: str = "gb", frm: str = OWNER_FULL,
              cc: str | None = None, rule: bool = True) -> str:
    head = outlook_block(when, to, subject, frm=frm, cc=cc, style=style)
    sep = "________________________________\n" if rule else ""
    return f"{sep}{head}\n{text}"


# ------------------------------------------------------------------------------------------------
# HTML the way the big mail programs write it


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_lines(text: str, wrap: str = "div") -> str:
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(f"<{wrap}>{esc(line) if line else '<br>'}</{wrap}>")
    return "\n".join(out)


def gmail_html(own: str, attr: str, quoted: str) -> str:
    body = "<br>".join(esc(ln) for ln in own.rstrip("\n").split("\n"))
    q = "<br>\n".join(esc(ln) for ln in quoted.rstrip("\n").split("\n"))
    return (f'<div dir="ltr">{body}</div><br><div class="gmail_quote gmail_quote_container">'
            f'<div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f"{q}</blockquote></div>\n")


def outlook_html(own: str, head: str, quoted: str, font: str = "Calibri") -> str:
    paras = "\n".join(
        f'<p class="MsoNormal">{esc(ln) if ln else "&nbsp;"}<o:p></o:p></p>' for ln in own.rstrip("\n").split("\n"))
    hl = []
    for ln in head.rstrip("\n").split("\n"):
        k, _, v = ln.partition(": ")
        hl.append(f"<b>{esc(k)}:</b> {esc(v)}")
    qparas = "\n".join(
        f'<p class="MsoNormal">{esc(ln) if ln else "&nbsp;"}<o:p></o:p></p>' for ln in quoted.rstrip("\n").split("\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"{font}",sans-serif;}}\n'
            "span.EmailStyle20\n\t{mso-style-type:personal-reply;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            f"{paras}\n"
            '<div id="mail-editor-reference-message-container"><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal"><span lang="EN-US">{"<br>".join(hl)}</span><o:p></o:p></p>\n</div>\n</div>\n'
            f"{qparas}\n</div>\n</body>\n</html>\n")


def apple_html(own: str, attr: str, quoted: str) -> str:
    body = "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in own.rstrip("\n").split("\n"))
    q = "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in quoted.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f'{body}<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
            f'<div>{q}</div></blockquote></div><br></body></html>\n')


def simple_html(inner: str, title: str = "") -> str:
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title></head>\n<body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a1a\">\n"
            f"{inner}\n</body></html>\n")


# ------------------------------------------------------------------------------------------------
# MIME, written out by hand so that every header and encoding is the one chosen


CODEC = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252", "us-ascii": "ascii"}


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes) -> None:
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        h = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        out = quopri.encodestring(data, quotetabs=False)
        return out if out.endswith(b"\n") else out + b"=\n"
    if cte == "base64":
        return base64.encodebytes(data)
    for line in data.split(b"\n"):
        assert len(line) < 990, "line too long for 7bit/8bit"
    if cte == "7bit":
        data.decode("ascii")
    return data if data.endswith(b"\n") else data + b"\n"


def text(content: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         extra: list[tuple[str, str]] | None = None, params: str = "") -> Part:
    data = content.encode(CODEC[charset])
    headers = [("Content-Type", f'text/{subtype}; charset="{charset}"{params}'),
               ("Content-Transfer-Encoding", cte)]
    return Part(headers + (extra or []), encode_body(data, cte))


def attachment(data: bytes, ctype: str, filename: str, inline: bool = False, cid: str | None = None) -> Part:
    headers = [("Content-Type", f'{ctype}; name="{filename}"'),
               ("Content-Description", filename),
               ("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{filename}"; size={len(data)}'),
               ("Content-Transfer-Encoding", "base64")]
    if cid:
        headers.append(("Content-ID", f"<{cid}>"))
    return Part(headers, base64.encodebytes(data))


def raw_part(ctype: str, body: str, extra: list[tuple[str, str]] | None = None) -> Part:
    return Part([("Content-Type", ctype)] + (extra or []), body.encode("utf-8") if body.endswith("\n") else (body + "\n").encode())


def multi(subtype: str, parts: list[Part], boundary: str, params: str = "", preamble: str = "") -> Part:
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += b"\n--" + boundary.encode() + b"\n" + p.render()
    out += b"\n--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')], out)


def enc_header(value: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name: str, address: str) -> str:
    return formataddr((name, address), charset="utf-8")


def build(headers: list[tuple[str, str]], body: Part, mime_version: str = "1.0") -> bytes:
    hs = []
    for k, v in headers:
        if k in ("Subject", "Thread-Topic"):
            v = enc_header(v)
        hs.append(f"{k}: {v}\n")
    hs.append(f"MIME-Version: {mime_version}\n")
    return "".join(hs).encode("ascii") + body.render()


def pdf_bytes(title: str) -> bytes:
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            b"4 0 obj\n<< /Title (" + t + b") /Producer (PDF) >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R /Info 4 0 R >>\n%%EOF\n")


def png_bytes() -> bytes:
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def reply_headers(*, frm: str, date_: datetime, subject: str, mid: str, inv: Inv, parent: str,
                  to: str = OWNER_FULL, cc: str | None = None, extra_refs: list[str] | None = None,
                  before: list[tuple[str, str]] | None = None, after: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    refs = [inv.invoice_mid] + (extra_refs or []) + [parent]
    hs = list(before or [])
    hs += [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", subject), ("Date", hdr_date(date_)), ("Message-ID", mid),
           ("In-Reply-To", parent), ("References", " ".join(refs))]
    hs += list(after or [])
    return hs


MESSAGES: list[tuple[bytes, dict]] = []


def add(raw: bytes, **labels: object) -> None:
    assert "kind" in labels and "note" in labels
    labels.setdefault("language", "en")
    labels.setdefault("split", "dev")
    MESSAGES.append((raw, labels))


def boundary_for(style: str, *parts: str) -> str:
    h = seed_hex("bnd", style, *parts, n=28)
    if style.startswith("gmail"):
        return "000000000000" + h[:16]
    if style.startswith("outlook"):
        return f"_000_{h[:20].upper()}_"
    if style.startswith("apple") or style == "iphone":
        u = h.upper()
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:28]}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:24], 16)}"


def quote_for(style: str, rem: str, rem_local: datetime, inv: Inv, history: str | None) -> tuple[str, str, str]:
    """(plain quote, HTML attribution or header block, quoted text for the HTML)."""
    subj = "Re: " + inv.subject
    if style in ("gmail", "gmail-us"):
        us = style == "gmail-us"
        inner = rem
        if history is not None:
            inner = rem + "\n" + (attr_gmail_us if us else attr_gmail_gb)(inv.sent.astimezone(rem_local.tzinfo)) + "\n\n" + gt(history)
        attr = attr_gmail_us(rem_local) if us else attr_gmail_gb(rem_local)
        return f"{attr}\n\n{gt(inner)}", attr, inner
    if style in ("apple", "apple-us", "iphone"):
        us = style == "apple-us"
        attr = attr_apple_us(rem_local) if us else attr_apple_gb(rem_local)
        inner = rem
        if history is not None:
            inner = rem + "\n" + (attr_apple_us if us else attr_apple_gb)(inv.sent.astimezone(rem_local.tzinfo)) + "\n\n" + gt(history)
        return f"> {attr}\n> \n{gt(inner)}", attr, inner
    if style.startswith("outlook"):
        st = style.split("-")[1]
        head = outlook_block(rem_local, inv.to, subj, style=st)
        inner = rem
        if history is not None:
            inner = rem + "\n" + outlook_block(inv.sent.astimezone(rem_local.tzinfo), inv.to, inv.subject, style=st) + "\n" + history
        return f"________________________________\n{head}\n{inner}", head, inner
    if style == "original":  # "-----Original Message-----" (older Outlook, Lotus, many web mails)
        sent = f"{rem_local.strftime('%A, %B')} {rem_local.day}, {rem_local.year} {_h12(rem_local)}"
        head = f"From: {OWNER_FULL}\nSent: {sent}\nTo: {inv.to}\nSubject: {subj}\n"
        inner = rem if history is None else rem + "\n" + history
        return f"-----Original Message-----\n{head}\n{inner}", head, inner
    raise ValueError(style)


def reply(*, frm: str, inv: Inv, rem: str, rem_when: datetime, rem_mid: str, when: datetime, own: str,
          style: str = "gmail", html: bool | str = True, charset: str = "utf-8", cte: str = "quoted-printable",
          subject: str | None = None, attachments: list[Part] | None = None, cc: str | None = None,
          to: str = OWNER_FULL, history: str | None = None, extra_refs: list[str] | None = None,
          trailer: str = "", region: str = "GBR", domain: str = "example.com", headers_extra: list[tuple[str, str]] | None = None,
          quote: bool = True) -> bytes:
    """A client's reply above the freelancer's reminder. `own` is the client's text (signature included);
    `trailer` is what a mobile client puts after the quote, if anything."""
    rem_local = rem_when.astimezone(when.tzinfo)
    if quote:
        qplain, attr, qinner = quote_for(style, rem, rem_local, inv, history)
        plain = own.rstrip("\n") + "\n\n" + qplain + trailer
    else:
        qplain, attr, qinner = "", "", ""
        plain = own.rstrip("\n") + "\n" + trailer
    key = (inv.number, when.isoformat())
    if style.startswith("gmail"):
        mid = mid_gmail(*key)
        default_subj = "Re: " + inv.subject
        ua: list[tuple[str, str]] = []
    elif style.startswith("outlook") or style == "original":
        mid = mid_outlook(*key, region=region)
        default_subj = "RE: " + inv.subject
        ua = [("Thread-Topic", inv.subject), ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(seed_hex('ti', *key, n=30))).decode()),
              ("Accept-Language", "en-GB, en-US" if region in ("GBR", "IRL") else "en-US"),
              ("Content-Language", "en-GB" if region in ("GBR", "IRL", "AUS", "NZL", "ZAF", "IND", "SGP") else "en-US"),
              ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    else:
        mid = mid_apple(domain, *key)
        default_subj = "Re: " + inv.subject
        ua = [("X-Mailer", "iPhone Mail (22C152)" if style == "iphone" else "Apple Mail (2.3826.400.131.1.6)")]
    if style == "original":
        mid = mid_plain(domain, *key)
    if html and quote:
        if style.startswith("gmail"):
            h = gmail_html(own, attr, qinner)
        elif style.startswith("outlook") or style == "original":
            h = outlook_html(own, attr, qinner)
        else:
            h = apple_html(own, attr, qinner)
    elif html:
        h = simple_html("".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in own.rstrip("\n").split("\n")))
    bnd = boundary_for(style, *key)
    if html == "only":
        body = text(h, "html", charset=charset, cte=cte)
    elif html:
        body = multi("alternative", [text(plain, charset=charset, cte=cte), text(h, "html", charset=charset, cte=cte)], bnd)
    else:
        body = text(plain, charset=charset, cte=cte, params="; format=flowed" if style == "iphone" and cte == "7bit" else "")
    if attachments:
        body = multi("mixed", [body] + attachments, bnd + "M" if not style.startswith("apple") else bnd.replace("=", "=M", 1))
    hs = reply_headers(frm=frm, date_=when, subject=subject or default_subj, mid=mid, inv=inv, parent=rem_mid,
                       to=to, cc=cc, extra_refs=extra_refs, after=ua + (headers_extra or []))
    return build(hs, body, mime_version="1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))" if style in ("apple", "apple-us") else "1.0")


# ================================================================================================
# client-reply-paid


def paid_messages() -> None:
    # P1 Bristol charity, Google Workspace, replying to the courtesy note before the due date.
    inv = Inv("GS-2026-071", "Annual Review 2026 illustrations", "€1,180.00", date(2026, 10, 14), date(2026, 11, 13),
              "Hannah Whitcombe <hannah.whitcombe@brightwatertrust.org.uk>", "Hannah Whitcombe")
    sent = rome(2026, 11, 9)
    own = """Hi Giulia,

Thanks for the reminder. Invoice GS-2026-071 went out in yesterday's payment run, so the €1,180.00 should be with you by the end of the week (our bank is a bit slow with euro payments, sorry).

Really pleased with how the annual review came out, by the way - the trustees loved the illustrations, and we've had two other charities ask who did them!

Best,
Hannah

--
Hannah Whitcombe (she/her)
Communications Manager
Brightwater Trust
Registered charity no. 1187342 | Company no. 11296574
brightwatertrust.org.uk
"""
    add(reply(frm=addr("Hannah Whitcombe", "hannah.whitcombe@brightwatertrust.org.uk"), inv=inv,
              rem=reminder(inv, "courtesy", sent), rem_when=sent, rem_mid=mid_mailduns(inv.number, "courtesy"),
              when=at(2026, 11, 10, 10, 42, 0, 31), own=own, style="gmail"),
        kind="client-reply-paid", amount="1180.00", currency="EUR", reference="GS-2026-071",
        note="'Went out in yesterday's payment run' is a payment made, not promised; the arrival estimate is not a promise; the compliment is small talk.")

    # P2 Galway restaurant owner, iPhone, two lines under a first reminder.
    inv = Inv("GS-2026-078", "autumn menu translation (EN/IT/FR)", "€540.00", date(2026, 10, 21), date(2026, 11, 20),
              "Ciarán Ó Súilleabháin <ciaran@thesaltroom.ie>", "Ciarán Ó Súilleabháin")
    sent = rome(2026, 12, 3)
    own = """Paid that this morning Giulia, sorry it took so long. Mad few weeks in the kitchen.

Ciarán

Sent from my iPhone
"""
    add(reply(frm=addr("Ciarán Ó Súilleabháin", "ciaran@thesaltroom.ie"), inv=inv, rem=reminder(inv, "reminder", sent),
              rem_when=sent, rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2026, 12, 4, 8, 15, 0, 2), own=own,
              style="iphone", html=False, domain="thesaltroom.ie"),
        kind="client-reply-paid",
        note="Short mobile reply: 'Paid that this morning' is a completed payment; no amount or number in his own words (both only in the quoted reminder).")

    # P3 New York law firm: accounts payable answers a reminder the partner forwarded; wire confirmation attached.
    inv = Inv("GS-2026-074", "contract translation (IT>EN)", "€2,450.00", date(2026, 10, 14), date(2026, 11, 13),
              "Michael Harrow <mharrow@harrowvance.com>", "Michael Harrow")
    sent = rome(2026, 11, 16, 9, 10)
    ny = tz(-5)
    rem = reminder(inv, "due", sent)
    fwd_when = at(2026, 11, 17, 8, 52, -5)
    fwd = ("Denise - can you take care of this please? Translation of the Bianchi supply agreement, approved.\n\nMH\n\n"
           + outlook_block(sent.astimezone(ny), inv.to, "Re: " + inv.subject, style="us") + "\n" + rem)
    own = """Good afternoon Ms. Serra,

Please find attached the wire confirmation for your invoice GS-2026-074 in the amount of EUR 2,450.00. The wire was released this morning and should reach your account within 1-2 business days.

Kindly note that for future invoices our remittance address is ap@harrowvance.com. Mr. Harrow forwarded your reminder to our department.

Thank you,

Denise Okafor
Accounts Payable Specialist
Harrow & Vance LLP
1185 Avenue of the Americas, 22nd Floor | New York, NY 10036
T +1 212 555 0147 | dokafor@harrowvance.com

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.
"""
    head = outlook_block(fwd_when, "Accounts Payable <ap@harrowvance.com>", "FW: Re: " + inv.subject, style="us",
                         frm="Michael Harrow <mharrow@harrowvance.com>")
    when = at(2026, 11, 18, 14, 3, -5, 44)
    plain = own + "\n" + "________________________________\n" + head + "\n" + fwd
    h = outlook_html(own, head, fwd)
    key = (inv.number, "p3")
    bnd = boundary_for("outlook", *key)
    body = multi("mixed", [multi("alternative", [text(plain), text(h, "html")], bnd),
                           attachment(pdf_bytes("Wire confirmation GS-2026-074"), "application/pdf", "Wire_Confirmation_GS-2026-074.pdf")],
                 bnd.replace("_000_", "_004_"))
    mid = mid_outlook(*key, region="USA")
    hs = reply_headers(frm=addr("Denise Okafor", "dokafor@harrowvance.com"), date_=when, subject="RE: FW: Re: " + inv.subject,
                       mid=mid, inv=inv, parent=mid_outlook(inv.number, "fwd", region="USA"),
                       cc="Michael Harrow <mharrow@harrowvance.com>", extra_refs=[mid_mailduns(inv.number, "due")],
                       after=[("Thread-Topic", "Re: " + inv.subject), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                              ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")])
    add(build(hs, body), kind="client-reply-paid", amount="2450.00", currency="EUR", reference="GS-2026-074",
        note="Accounts payable writes for the client above a forward of the reminder; 'the wire was released' = paid, confirmation PDF attached; the forwarding partner's 'take care of this' is old thread.")

    # P4 Sydney start-up founder: paid through Wise, then asks about new work.
    inv = Inv("GS-2026-084", "app string localisation, December release", "€3,600.00", date(2026, 12, 1), date(2026, 12, 31),
              "Liam Reddy <liam@kookaburralabs.io>", "Liam Reddy")
    sent = rome(2027, 1, 12)
    own = """Hey Giulia,

Sorted - sent €3,600 through Wise this morning, should land today or tomorrow. Sorry, December was a write-off with the launch and I didn't open half my inbox.

Quick q while I've got you: we're adding Japanese and Korean in Feb, would you be up for reviewing the English source strings before the agency gets them? Same day rate as last time is fine by us. No rush on an answer.

Cheers,
Liam

Liam Reddy | Co-founder & CTO
Kookaburra Labs
Level 3, 60 Martin Place, Sydney NSW 2000
"""
    add(reply(frm=addr("Liam Reddy", "liam@kookaburralabs.io"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 1, 14, 9, 20, 11, 5), own=own, style="gmail"),
        kind="client-reply-paid", amount="3600.00", currency="EUR",
        note="Paid plus a question about new work: paid wins over other. He names no invoice number, so no reference.")

    # P5 Marlborough winery's bookkeeper, remittance advice attached, plain text.
    inv = Inv("GS-2027-003", "cellar door signage and tasting notes (EN/IT)", "€940.00", date(2027, 1, 5), date(2027, 1, 19),
              "Ngaio Wines Accounts <accounts@ngaiowines.co.nz>", None, kind="company")
    sent = rome(2027, 2, 1)
    own = """Hi Giulia

I do the books for Ngaio Wines and your reminder was passed on to me. Invoice GS-2027-003 was paid today, €940.00 to your IBAN ending 3456. Remittance advice attached.

Apologies for the delay, the invoice arrived while Hamish was away over the summer break and it hadn't been approved.

Regards
Sue Thackeray
Thackeray Bookkeeping Ltd
Blenheim | 03 578 0000
"""
    nz = tz(13)
    rem = reminder(inv, "reminder", sent)
    fwd = ("Sue, can you sort this one? Sorry, missed it in January. H\n\n---------- Forwarded message ---------\n"
           f"From: {OWNER_FULL}\nDate: Mon, 1 Feb 2027 at 21:00\nSubject: Re: {inv.subject}\nTo: {inv.to}\n\n" + rem)
    plain = own + "\nOn 2/02/2027 8:03 am, Hamish Reid wrote:\n" + gt(fwd)
    key = (inv.number, "p5")
    body = multi("mixed", [text(plain, charset="utf-8", cte="8bit"),
                           attachment(pdf_bytes("Remittance Advice Ngaio Wines"), "application/pdf", "Remittance Advice - Giulia Serra.pdf")],
                 boundary_for("other", *key))
    hs = reply_headers(frm=addr("Sue Thackeray", "sue@thackeraybooks.co.nz"), date_=at(2027, 2, 2, 16, 45, 13, 9),
                       subject="Re: Fwd: Re: " + inv.subject, mid=mid_plain("thackeraybooks.co.nz", *key), inv=inv,
                       parent=mid_gmail(inv.number, "fwd-hamish"), cc="Hamish Reid <hamish@ngaiowines.co.nz>",
                       extra_refs=[mid_mailduns(inv.number, "reminder")],
                       after=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-NZ")])
    add(build(hs, body), kind="client-reply-paid", amount="940.00", currency="EUR", reference="GS-2027-003",
        note="Bookkeeper writing for the client (the forward from the owner sits below); 'paid today' with a remittance PDF.")

    # P6 Toronto agency, one line with an emoji.
    inv = Inv("GS-2026-080", "campaign copy adaptation for the Italian market", "€1,300.00", date(2026, 10, 26), date(2026, 11, 25),
              "Priya Nandakumar <priya@northlinecreative.ca>", "Priya Nandakumar")
    sent = rome(2026, 11, 30)
    own = """Done ✅ paid it on Friday, should be there by Wednesday at the latest. Let me know if not!

P
"""
    add(reply(frm=addr("Priya Nandakumar", "priya@northlinecreative.ca"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2026, 11, 30, 11, 2, -5, 40), own=own, style="gmail-us"),
        kind="client-reply-paid",
        note="Terse: 'Done, paid it on Friday' is a payment already made; 'by Wednesday' is when it should arrive, not a promise date.")

    # P7 Cape Town NGO, screenshot of the bank confirmation.
    inv = Inv("GS-2026-079", "illustrations for the reading booklets", "€760.00", date(2026, 10, 31), date(2026, 11, 30),
              "Thandiwe Mokoena <thandiwe@ubuntuliteracy.org.za>", "Thandiwe Mokoena")
    sent = rome(2026, 12, 7)
    own = """Dear Giulia

Apologies for the late payment, our second signatory was on leave and we need two signatures for any foreign payment.

Payment of EUR 760.00 was made today from our FNB account - screenshot of the confirmation attached. International transfers usually take 3 to 5 working days on our side, so please give it until early next week before worrying. We used GS-2026-079 as the reference.

Thank you again for the illustrations for the reading booklets, the facilitators and the children love them.

Warm regards
Thandiwe

Thandiwe Mokoena
Programme Coordinator
Ubuntu Literacy Project NPC
NPO 214-503 | PBO 930071234
"""
    add(reply(frm=addr("Thandiwe Mokoena", "thandiwe@ubuntuliteracy.org.za"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2026, 12, 9, 13, 30, 2, 52), own=own, style="outlook-gb", region="ZAF",
              attachments=[attachment(png_bytes(), "image/png", "Screenshot_20261209_132611.png")]),
        kind="client-reply-paid", amount="760.00", currency="EUR", reference="GS-2026-079",
        note="Payment made today with a screenshot; 'give it until early next week' is transfer time, not a promise.")

    # P8 Bangalore start-up finance executive, formal Indian English, MT103 attached.
    inv = Inv("GS-2026-088", "Italian localisation of onboarding screens", "€1,540.00", date(2026, 12, 1), date(2026, 12, 31),
              "Rohan Deshpande <rohan.d@tiffinly.in>", "Rohan Deshpande")
    sent = rome(2027, 1, 8)
    own = """Dear Giulia Ma'am,

Greetings from Tiffinly!

This is to inform you that we have processed the payment against INV GS-2026-088 amounting to EUR 1,540.00 through SWIFT on 08-Jan-2027. The SWIFT copy (MT103) is attached for your reference. Bank charges are borne by us (OUR).

Kindly acknowledge the receipt of the same at the earliest.

Thanks & Regards,
Rohan Deshpande
Finance Executive | Tiffinly Foods Pvt. Ltd.
3rd Floor, Prestige Atrium, Residency Road, Bengaluru 560025
+91 80 4000 1234
"""
    add(reply(frm=addr("Rohan Deshpande", "rohan.d@tiffinly.in"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 1, 11, 17, 12, 5.5, 3), own=own, style="outlook-gb", region="IND",
              attachments=[attachment(pdf_bytes("MT103 Tiffinly"), "application/pdf", "MT103_GS-2026-088.pdf")]),
        kind="client-reply-paid", amount="1540.00", currency="EUR", reference="GS-2026-088",
        note="'We have processed the payment ... through SWIFT on 08-Jan-2027' with the MT103: paid. +05:30 time zone.")

    # P9 Singapore dental group, light Singlish, Outlook for iOS.
    inv = Inv("GS-2027-006", "patient leaflets in Italian", "€480.00", date(2026, 12, 21), date(2027, 1, 20),
              "Lim Wei Ling <weiling.lim@harbourfrontdental.sg>", "Lim Wei Ling")
    sent = rome(2027, 1, 20)
    own = """Hi Giulia, payment done already on our side yesterday hor, bank charges we bear so you should get the full EUR 480.00. Can check and let me know? Thanks ya!

Wei Ling
Marketing Executive
Harbourfront Dental Group

Get Outlook for iOS
"""
    add(reply(frm=addr("Lim Wei Ling", "weiling.lim@harbourfrontdental.sg"), inv=inv, rem=reminder(inv, "due", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "due"), when=at(2027, 1, 22, 10, 5, 8, 18), own=own, style="outlook-new", region="SGP"),
        kind="client-reply-paid", amount="480.00", currency="EUR",
        note="Singlish ('done already ... hor'): paid yesterday; 'can check and let me know' asks for confirmation and is not a separate question kind.")

    # P10 French association, windows-1252, "retard" for delay, crossed messages.
    inv = Inv("GS-2026-085", "translation of the exhibition panels (FR>IT/EN)", "€850.00", date(2026, 12, 1), date(2026, 12, 31),
              "Amélie Durand <amelie.durand@lire-ensemble.fr>", "Amélie Durand")
    sent = rome(2027, 1, 6)
    own = """Hello Giulia,

I confirm you that the payment of the invoice GS-2026-085 has been done the 5th january, 850 euros, so our two messages have crossed. Sorry for the retard, the association was closed during the holidays and our treasurer was not reachable.

You should receive it in the next days. Tell me if it is not the case.

Have a good evening and happy new year !

Amélie Durand
Chargée de communication
Association Lire Ensemble – Paris 11e
"""
    add(reply(frm=addr("Amélie Durand", "amelie.durand@lire-ensemble.fr"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 1, 7, 18, 40, 1, 27), own=own, style="original",
              html=False, charset="windows-1252", cte="quoted-printable", domain="lire-ensemble.fr"),
        kind="client-reply-paid", amount="850.00", currency="EUR", reference="GS-2026-085",
        note="French writer: 'has been done the 5th january, 850 euros' is a payment made before the reminder; 'retard' means delay.")

    # P11 Stockholm start-up, iso-8859-1, reply to the second reminder.
    inv = Inv("GS-2027-010", "Italian website copy for the Milan launch", "€2,100.00", date(2027, 1, 4), date(2027, 1, 31),
              "Johan Lindqvist <johan@fjallbit.se>", "Johan Lindqvist")
    sent = rome(2027, 2, 15)
    own = """Hi!

It is paid now, sorry about that. We changed accounting system in January and some invoices got stuck in the old one, yours was one of them. You should have 2 100 EUR on your account tomorrow or on Thursday.

Best regards / Med vänliga hälsningar
Johan Lindqvist
COO, Fjällbit AB
"""
    add(reply(frm=addr("Johan Lindqvist", "johan@fjallbit.se"), inv=inv,
              rem=reminder(inv, "late_fee", sent, deadline=date(2027, 2, 22)), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "late_fee"), when=at(2027, 2, 16, 8, 55, 1, 2), own=own, style="outlook-gb", region="GBR",
              html=False, charset="windows-1252", cte="quoted-printable"),
        kind="client-reply-paid", amount="2100.00", currency="EUR",
        note="Swedish writer (Outlook, windows-1252), amount with a space as thousands separator ('2 100 EUR'); 'tomorrow or Thursday' is arrival, not a promise.")

    # P12 UK university lecturer: one invoice paid (via Finance), asks about the next one.
    inv = Inv("GS-2027-009", "translation of conference abstracts, first batch", "€1,320.00", date(2027, 1, 15), date(2027, 2, 15),
              "Dr Rebecca Ashworth <r.ashworth@kingsbridge.ac.uk>", "Rebecca Ashworth")
    sent = rome(2027, 3, 1)
    own = """Dear Giulia,

Many apologies - I've just chased this with our Finance Office and they tell me GS-2027-009 (€1,320.00) was paid on 26 February; it seems the remittance advice went to an old address. They're resending it to you.

While I have you: did you get the purchase order for the second batch of abstracts? I'd like to make sure GS-2027-013 doesn't get stuck in the same way, so could you send that one to me directly when you invoice and I'll approve it the same day.

Best wishes,
Rebecca

Dr Rebecca Ashworth
Senior Lecturer in Translation Studies
School of Languages, Cultures and Societies
Kingsbridge University
"""
    add(reply(frm=addr("Dr Rebecca Ashworth", "r.ashworth@kingsbridge.ac.uk"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 3, 3, 15, 20, 0, 12), own=own, style="outlook-gb"),
        kind="client-reply-paid", amount="1320.00", currency="EUR",
        note="Paid (reported second-hand from Finance) plus a question about a later invoice; two invoice numbers are named, so no reference.")

    # P13 Portland coffee roaster, HTML-only from Apple Mail, paid by PayPal.
    inv = Inv("GS-2026-076", "coffee bag label illustrations", "€650.00", date(2026, 10, 28), date(2026, 11, 27),
              "Marcus Bell <marcus@bellandcrane.coffee>", "Marcus Bell")
    sent = rome(2026, 12, 4)
    own = """Giulia — my bad, this totally slipped through the cracks with the holiday rush. Just sent €650 through PayPal to giulia@giuliaserra.it, you should see it right away.

Thanks for your patience. The labels look amazing on the shelf, people keep asking about the heron.

Marcus
"""
    add(reply(frm=addr("Marcus Bell", "marcus@bellandcrane.coffee"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2026, 12, 5, 19, 48, -8, 12), own=own, style="apple-us",
              html="only", domain="bellandcrane.coffee"),
        kind="client-reply-paid", amount="650.00", currency="EUR",
        note="HTML-only Apple Mail reply; 'Just sent €650 through PayPal' is paid. Saturday evening Pacific time is already Sunday in Europe.")

    # P14 Athens agency, Greek writer, decimal comma, proof attached.
    inv = Inv("GS-2027-001", "IT>EN revision of a hotel website", "€1,275.00", date(2027, 1, 4), date(2027, 1, 18),
              "Eleni Papadopoulou <eleni@logostranslations.gr>", "Eleni Papadopoulou")
    sent = rome(2027, 1, 22)
    own = """Dear Giulia,

I inform you that the payment for the invoice GS-2027-001 was executed today from our accountant. The amount is 1.275,00 EUR (we deducted nothing for bank charges). Please find the proof attached.

We apologise for the delay, in January our accountant had many obligations with the tax office.

Best regards,
Eleni Papadopoulou
Project Manager
Logos Translations | Λόγος Μεταφράσεις
Athens, Greece
"""
    add(reply(frm=addr("Ελένη Παπαδοπούλου", "eleni@logostranslations.gr"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 1, 25, 12, 10, 2, 40), own=own, style="outlook-gb",
              attachments=[attachment(pdf_bytes("apodeixi pliromis"), "application/pdf", "apodeixi_pliromis_GS-2027-001.pdf")]),
        kind="client-reply-paid", amount="1275.00", currency="EUR", reference="GS-2027-001",
        note="Greek writer: 'executed today from our accountant' = paid; '1.275,00 EUR' uses the decimal comma. Display name in Greek script.")

    # P15 São Paulo start-up, Brazilian writer, Wise receipt attached.
    inv = Inv("GS-2027-008", "Italian App Store listing and screenshots text", "€990.00", date(2027, 1, 6), date(2027, 2, 5),
              "Tiago Moreira <tiago@vamoapp.com.br>", "Tiago Moreira")
    sent = rome(2027, 2, 9)
    own = """Hi Giulia, all good?

The payment was made today by Wise, EUR 990,00. I attach the receipt from Wise. If there is some problem let me know please.

Sorry for the delay, we had carnival preparations and the finance guy was travelling.

Abraço,
Tiago
"""
    add(reply(frm=addr("Tiago Moreira", "tiago@vamoapp.com.br"), inv=inv, rem=reminder(inv, "due", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "due"), when=at(2027, 2, 11, 16, 30, -3, 5), own=own, style="gmail",
              attachments=[attachment(pdf_bytes("Wise transfer receipt"), "application/pdf", "wise_receipt_11-02-2027.pdf")]),
        kind="client-reply-paid", amount="990.00", currency="EUR",
        note="Brazilian writer: 'EUR 990,00' with a decimal comma; paid today by Wise with the receipt.")

    # P16 Tokyo game studio, Japanese writer, base64 body, kanji display name.
    inv = Inv("GS-2027-016", "Italian localisation QA, build 1.4", "€3,080.00", date(2027, 1, 27), date(2027, 2, 26),
              "Kenji Watanabe <k.watanabe@hoshizora-games.jp>", "Kenji Watanabe")
    sent = rome(2027, 3, 5)
    own = """Dear Ms. Serra,

Thank you for your reminder. I am sorry for late reply.
Our accounting department has completed the remittance of invoice GS-2027-016 on March 8.
Amount is EUR 3,080. Please confirm when you receive it.

We are very satisfied with your QA work and we hope to ask you again for version 1.5.

Best regards,

Kenji Watanabe
Localization Producer
Hoshizora Games Inc.
渡辺 健二
"""
    add(reply(frm=addr("渡辺 健二 (Kenji Watanabe)", "k.watanabe@hoshizora-games.jp"), inv=inv, rem=reminder(inv, "reminder", sent),
              rem_when=sent, rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 3, 9, 11, 0, 9, 21), own=own,
              style="outlook-gb", region="JPN", html=False, cte="base64"),
        kind="client-reply-paid", amount="3080.00", currency="EUR", reference="GS-2027-016",
        note="Japanese writer: 'has completed the remittance ... on March 8' = paid; base64 text body, name in kanji.")


# ================================================================================================
# client-reply-promise


def promise_messages() -> None:
    # R1 London design agency MD, Gmail, "by Friday" on a Wednesday.
    inv = Inv("GS-2026-073", "brand naming research, Italian market", "€1,920.00", date(2026, 10, 7), date(2026, 11, 6),
              "Tom Hargreaves <tom@marlowfinch.co.uk>", "Tom Hargreaves")
    sent = rome(2026, 11, 10)
    own = """Hi Giulia,

Apologies, this one's on me - it's been sitting in my approvals queue since you sent it over. I'll get it paid by Friday.

Cheers,
Tom

Tom Hargreaves
Managing Director, Marlow & Finch
Studio 4, 23 Shacklewell Lane, London E8 2EZ
"""
    add(reply(frm=addr("Tom Hargreaves", "tom@marlowfinch.co.uk"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2026, 11, 11, 9, 30, 0, 14), own=own, style="gmail"),
        kind="client-reply-promise", promised_date="2026-11-13",
        note="Sent Wednesday 11 November; 'by Friday' is Friday 13 November.")

    # R2 Dublin charity finance officer, trustees sign at month end; whole thread below.
    inv = Inv("GS-2026-075", "donor newsletter design, autumn issue", "€1,450.00", date(2026, 10, 20), date(2026, 11, 19),
              "Siobhán Kelly <skelly@hopeharbour.ie>", "Siobhán Kelly")
    sent = rome(2026, 11, 19)
    own = """Hi Giulia,

Thanks for your email and apologies for the delay with invoice GS-2026-075. Any payment over €1,000 needs two trustee signatures and the trustees only sign off at the end of each month, so the €1,450 will go out by 30 November at the latest.

Kind regards,
Siobhán

Siobhán Kelly | Finance Officer
Hope Harbour Ireland CLG
Registered Charity Number 20087654 | CHY 19876
Unit 6, Ormond Quay Business Centre, Dublin 7

This email and any attachments are confidential and intended solely for the addressee. Hope Harbour Ireland CLG is a company limited by guarantee registered in Ireland, no. 512345.
"""
    add(reply(frm=addr("Siobhán Kelly", "skelly@hopeharbour.ie"), inv=inv, rem=reminder(inv, "due", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "due"), when=at(2026, 11, 19, 14, 10, 0, 55), own=own, style="outlook-gb", region="IRL",
              history=inv.invoice_text("the design and layout of the autumn donor newsletter (8 pages)")),
        kind="client-reply-promise", promised_date="2026-11-30", amount="1450.00", currency="EUR", reference="GS-2026-075",
        note="Board sign-off at month end; 'will go out by 30 November at the latest' is the promised day. The invoice email is quoted below the reminder.")

    # R3 Austin start-up CEO, lowercase, from the phone; no day.
    inv = Inv("GS-2026-077", "pitch deck and investor memo translation", "€2,800.00", date(2026, 10, 21), date(2026, 11, 20),
              "Jake Morrison <jake@loopwise.ai>", "Jake Morrison")
    sent = rome(2026, 12, 1)
    own = """hey giulia - really sorry. cash is tight until we close our seed extension next week, payment goes out right after that and you're first on the list. appreciate your patience

jake

Sent from my iPhone
"""
    add(reply(frm=addr("Jake Morrison", "jake@loopwise.ai"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2026, 12, 1, 22, 15, -6, 9), own=own, style="iphone",
              html=False, domain="loopwise.ai"),
        kind="client-reply-promise",
        note="A promise tied to an event 'next week' and 'right after that': no day is stated, so no promised_date.")

    # R4 Perth restaurant owner, Aussie slang: "tomorrow arvo".
    inv = Inv("GS-2026-082", "Christmas menu and wine list translation", "€420.00", date(2026, 10, 31), date(2026, 11, 30),
              "Mel Hutchins <mel@saltbushkitchen.com.au>", "Mel Hutchins")
    sent = rome(2026, 12, 7)
    own = """Hey Giulia, so sorry love, its been flat out with Christmas bookings and I've been doing the books at midnight. I'll transfer it tomorrow arvo, promise.

The new menus are a hit btw!!

Mel x
"""
    add(reply(frm=addr("Mel Hutchins", "mel@saltbushkitchen.com.au"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2026, 12, 7, 21, 40, 8, 33), own=own, style="gmail"),
        kind="client-reply-promise", promised_date="2026-12-08",
        note="'Tomorrow arvo' (afternoon) from Perth on Monday 7 December evening local time: Tuesday 8 December.")

    # R5 Mumbai law firm accounts, formal, DD/MM date, reply to the second reminder.
    inv = Inv("GS-2026-081", "certified translation of arbitration documents", "€1,100.00", date(2026, 10, 31), date(2026, 11, 30),
              "Kapadia & Rao Advocates <accounts@kapadiarao.in>", None, kind="company")
    sent = rome(2026, 12, 17)
    own = """Dear Madam,

We acknowledge receipt of your reminder.

Please note that your invoice no. GS-2026-081 has been approved by the Partner concerned and the payment shall be released on or before 24/12/2026.

Regret the inconvenience caused.

Regards,
Sunita Iyer
Accounts Department
Kapadia & Rao Advocates & Solicitors
Express Towers, Nariman Point, Mumbai 400021

DISCLAIMER: The information contained in this communication is privileged and confidential and is intended only for the use of the addressee. If you are not the intended recipient, please notify the sender immediately and delete this communication.
"""
    add(reply(frm=addr("Sunita Iyer", "accounts@kapadiarao.in"), inv=inv,
              rem=reminder(inv, "late_fee", sent, deadline=date(2026, 12, 31)), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "late_fee"), when=at(2026, 12, 18, 11, 25, 5.5, 50), own=own, style="outlook-gb", region="IND"),
        kind="client-reply-promise", promised_date="2026-12-24", reference="GS-2026-081",
        note="'On or before 24/12/2026' (day first) is the promised day; the quoted reminder's own deadline, 31 December, is not theirs.")

    # R6 Vancouver NGO: part paid today, the rest on a named day.
    inv = Inv("GS-2026-086", "Italian version of the watershed report", "€1,800.00", date(2026, 11, 18), date(2026, 12, 18),
              "Dana Whitford <dana@coastalwatershed.ca>", "Dana Whitford")
    sent = rome(2027, 1, 4)
    own = """Hi Giulia,

Happy new year, and thanks for your patience with us. Our fiscal year is tight at this point, so we've split it: we sent €1,000 toward GS-2026-086 today and the remaining €800 will follow on January 29th, when our next grant instalment arrives from the foundation.

If that's a problem please let me know and I'll see what I can do.

All the best,
Dana

Dana Whitford (she/her)
Executive Director
Coastal Watershed Alliance
Vancouver, BC - on the unceded territories of the xʷməθkʷəy̓əm, Sḵwx̱wú7mesh and səl̓ilwətaɬ Nations
"""
    add(reply(frm=addr("Dana Whitford", "dana@coastalwatershed.ca"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 1, 6, 10, 0, -8, 26), own=own, style="gmail-us"),
        kind="client-reply-promise", promised_date="2027-01-29", amount="800.00", currency="EUR", reference="GS-2026-086",
        note="Part paid (€1,000 today), the rest (€800) promised on 29 January: a promise for that day; the amount is the promised remainder, not the part already paid.")

    # R7 English district council, accounts payable, payment run date, Outlook HTML with disclaimer.
    inv = Inv("GS-2026-102", "Easy Read translation of the housing allocations policy", "€1,760.00", date(2026, 12, 14), date(2027, 1, 13),
              "Accounts Payable <accounts.payable@harlowvale.gov.uk>", None, kind="company")
    sent = rome(2027, 1, 11)
    own = """Good afternoon,

Thank you for your email. Your invoice GS-2026-102 has been matched to purchase order 4500123987 and approved for payment. It is scheduled for our payment run on Friday 22 January 2027; please allow 3-5 working days for international payments to clear.

Please quote the PO number on all future invoices to avoid delays.

Kind regards,

Gemma Lowther
Accounts Payable Officer
Finance and Procurement
Harlow Vale District Council
Civic Centre, Market Street, Harlow Vale HV1 2AA

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Harlow Vale District Council may monitor email traffic data and the content of email for the purposes of security and staff training. Any views expressed in this message are those of the individual sender, except where the sender specifically states them to be the views of Harlow Vale District Council.
"""
    add(reply(frm=addr("Harlow Vale DC - Accounts Payable", "accounts.payable@harlowvale.gov.uk"), inv=inv,
              rem=reminder(inv, "courtesy", sent), rem_when=sent, rem_mid=mid_mailduns(inv.number, "courtesy"),
              when=at(2027, 1, 11, 15, 5, 0, 8), own=own, style="outlook-gb"),
        kind="client-reply-promise", promised_date="2027-01-22", reference="GS-2026-102",
        note="Council accounts payable: 'scheduled for our payment run on Friday 22 January 2027' is a promise for that day; '3-5 working days' is clearing time.")

    # R8 Auckland agency, te reo greeting; "tomorrow" resolved in New Zealand time.
    inv = Inv("GS-2027-007", "bilingual tourism brochure copy", "€1,380.00", date(2026, 12, 26), date(2027, 1, 25),
              "Aroha Ngata <aroha@tuidigital.co.nz>", "Aroha Ngata")
    sent = rome(2027, 2, 1)
    own = """Kia ora Giulia,

Sorry about this, our finance person has been off sick and things have piled up. I've got access to the bank account now so I'll pay it tomorrow.

Ngā mihi,
Aroha

Aroha Ngata
Creative Director | Tūī Digital
Auckland, Aotearoa
"""
    add(reply(frm=addr("Aroha Ngata", "aroha@tuidigital.co.nz"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 2, 2, 7, 45, 13, 0), own=own, style="gmail"),
        kind="client-reply-promise", promised_date="2027-02-03",
        note="Date is Tuesday 2 February 07:45 +1300 (still Monday 1 February in UTC): 'tomorrow' in her time zone is Wednesday 3 February.")

    # R9 Boston foundation: the executive assistant writes for the principal.
    inv = Inv("GS-2026-097", "translation of the family archive letters", "€2,200.00", date(2026, 12, 1), date(2026, 12, 31),
              "Dr. Alan Prescott <aprescott@prescottfoundation.org>", "Alan Prescott")
    sent = rome(2027, 1, 12)
    own = """Dear Ms. Serra,

I am writing on behalf of Dr. Prescott, who is traveling this week. He asked me to let you know that he has approved your invoice and that it will be paid no later than the 20th. He also asked me to pass on his thanks - he was very moved by the letters.

Please don't hesitate to contact me if you need anything in the meantime.

Best regards,

Karen Liu
Executive Assistant to Dr. Alan Prescott
The Prescott Family Foundation
75 State Street, Suite 1400, Boston, MA 02109
(617) 555-0188
"""
    add(reply(frm=addr("Karen Liu", "kliu@prescottfoundation.org"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 1, 14, 16, 20, -5, 37), own=own, style="outlook-us", region="USA",
              cc="Dr. Alan Prescott <aprescott@prescottfoundation.org>"),
        kind="client-reply-promise", promised_date="2027-01-20",
        note="Executive assistant for the client; 'no later than the 20th' written on 14 January is 20 January 2027.")

    # R10 Johannesburg outdoor shop owner answers a statement of two invoices: one paid, the other promised on a day.
    a = Inv("GS-2026-106", "Italian size guide and returns page", "€620.00", date(2026, 12, 16), date(2027, 1, 15),
            "Pieter van der Merwe <pieter@karoogear.co.za>", "Pieter van der Merwe")
    b = Inv("GS-2027-017", "Italian product descriptions, summer catalogue", "€1,150.00", date(2027, 1, 13), date(2027, 2, 12),
            "Pieter van der Merwe <pieter@karoogear.co.za>", "Pieter van der Merwe")
    sent = rome(2027, 2, 22)
    stmt_subject = "Statement of open invoices: GS-2026-106, GS-2027-017"
    stmt_mid = mid_mailduns("statement", a.number, b.number, "2027-02-22")
    stmt = f"""Dear Pieter van der Merwe,

According to my records, the following invoices are still outstanding:

- GS-2026-106, issued on 16 December 2026, due on 15 January 2027 (38 days overdue): €620.00
- GS-2027-017, issued on 13 January 2027, due on 12 February 2027 (10 days overdue): €1,150.00

Total due: €1,770.00

Please arrange payment by 1 March 2027. If some of these invoices have already been paid, thank you – please let me know which ones and the payment dates, so that I can update my records. If there is a problem with any of them, please reply to this email and we can sort it out.

Payment details:
- Account name: {OWNER}
- IBAN: {IBAN}
- BIC (SWIFT): {BIC}
- Payment reference: GS-2026-106, GS-2027-017

Kind regards,
{OWNER}
"""
    own = """Howzit Giulia

Sorry, I've been a bit behind with the admin. The December one (GS-2026-106) went off yesterday, and I'll pay the €1,150 for the catalogue on Friday the 26th - cash flow is a bit tight until the new stock sells.

Cheers
Pieter
Karoo Outdoor Gear (Pty) Ltd
"""
    when = at(2027, 2, 23, 9, 12, 2, 4)
    plain = own + "\n" + q_gmail(stmt, sent.astimezone(when.tzinfo))
    hs = [("From", addr("Pieter van der Merwe", "pieter@karoogear.co.za")), ("To", OWNER_FULL), ("Subject", "Re: " + stmt_subject),
          ("Date", hdr_date(when)), ("Message-ID", mid_gmail("statement", "karoo")), ("In-Reply-To", stmt_mid), ("References", stmt_mid)]
    add(build(hs, text(plain, cte="8bit")),
        kind="client-reply-promise", promised_date="2027-02-26", amount="1150.00", currency="EUR",
        note="Reply to a statement of two invoices: one 'went off yesterday' (paid), the other promised 'on Friday the 26th' – promise wins; amount is the promised €1,150; two invoices, so no reference.")

    # R11 Singapore logistics finance, "by end of this month".
    inv = Inv("GS-2027-012", "Italian customs guide translation", "€2,640.00", date(2027, 1, 27), date(2027, 2, 26),
              "Rajesh Kumar <rajesh.kumar@merlionlogistics.com.sg>", "Rajesh Kumar")
    sent = rome(2027, 3, 1)
    own = """Dear Giulia,

Noted with thanks. Payment for GS-2027-012 will be processed by end of this month as per our payment cycle.

Thanks and regards,
Rajesh Kumar
Assistant Manager, Finance
Merlion Logistics Pte Ltd
10 Pasir Panjang Road, #08-01, Singapore 117438
"""
    add(reply(frm=addr("Rajesh Kumar", "rajesh.kumar@merlionlogistics.com.sg"), inv=inv, rem=reminder(inv, "due", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "due"), when=at(2027, 3, 2, 14, 0, 8, 29), own=own, style="outlook-gb", region="SGP"),
        kind="client-reply-promise", promised_date="2027-03-31", reference="GS-2027-012",
        note="'By end of this month' written on 2 March: the month's last day, 31 March 2027.")

    # R12 Lyon start-up founder, French writer, iso-8859-1, answered without quoting.
    inv = Inv("GS-2027-005", "Italian UI texts for the bike-sharing app", "€1,020.00", date(2026, 12, 16), date(2027, 1, 15),
              "Sébastien Roux <sebastien@velocite-app.fr>", "Sébastien Roux")
    sent = rome(2027, 1, 19)
    own = """Hi Giulia,

Sorry, I was sure it was paid. I checked with our accountant and it was not, it stayed in the "to validate" folder. I do it on Monday without fault, the 25.

Again sorry and thank you for your patience.

Sébastien
--
Sébastien Roux
Co-fondateur, Vélocité
"""
    add(reply(frm=addr("Sébastien Roux", "sebastien@velocite-app.fr"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 1, 20, 19, 30, 1, 11), own=own, style="original",
              html=False, charset="iso-8859-1", cte="quoted-printable", quote=False, domain="velocite-app.fr",
              subject="Re: " + inv.subject.replace("–", "-")),
        kind="client-reply-promise", promised_date="2027-01-25",
        note="French writer, no quote kept: 'I do it on Monday without fault, the 25' is a promise for Monday 25 January 2027. 'I was sure it was paid' is not a paid claim.")

    # R13 UK university lecturer: payment run this Thursday, plus a request.
    inv = Inv("GS-2027-011", "subtitles for the oral history project", "€740.00", date(2027, 1, 1), date(2027, 1, 31),
              "Dr Femi Adeyemi <f.adeyemi@severnvalley.ac.uk>", "Femi Adeyemi")
    sent = rome(2027, 2, 12)
    own = """Hi Giulia,

So sorry - the invoice was stuck waiting for a goods receipt on our side, which I've now done. Finance say it'll go in the payment run this Thursday.

Also, could you send over the glossary file from the project when you get a moment? We'd like to reuse it for the second set of interviews.

Thanks,
Femi

Dr Femi Adeyemi
Lecturer in Public History
Severn Valley University
"""
    add(reply(frm=addr("Dr Femi Adeyemi", "f.adeyemi@severnvalley.ac.uk"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 2, 15, 10, 30, 0, 45), own=own, style="outlook-new"),
        kind="client-reply-promise", promised_date="2027-02-18",
        note="'The payment run this Thursday' written on Monday 15 February is Thursday 18 February; the glossary request does not change the kind.")

    # R14 Miami restaurant, Samsung phone, late Sunday night: "tomorrow" in her own time zone.
    inv = Inv("GS-2027-019", "Italian menu and social posts", "€560.00", date(2027, 1, 21), date(2027, 2, 20),
              "Valeria Soto <valeria@casalucuma.com>", "Valeria Soto")
    sent = rome(2027, 2, 26)
    rem = reminder(inv, "reminder", sent)
    loc = sent.astimezone(tz(-5))
    samsung = (f"\n\n-------- Original message --------\nFrom: {OWNER_FULL} \nDate: 2/26/27 {_h12(loc)} (GMT-05:00) \n"
               f"To: {inv.to} \nSubject: Re: {inv.subject} \n\n{rem}")
    own = """Hi Giulia I will send it first thing tomorrow morning. Sorry!! We had a crazy month with the new location


Sent from my Galaxy"""
    add(reply(frm=addr("Valeria Soto", "valeria@casalucuma.com"), inv=inv, rem=rem, rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 2, 28, 23, 10, -5, 46), own=own, style="gmail-us",
              html=False, quote=False, trailer=samsung),
        kind="client-reply-promise", promised_date="2027-03-01",
        note="Sent Sunday 28 February 23:10 -0500 (already 1 March in UTC): 'tomorrow' in her time zone is Monday 1 March, not 2 March.")

    # R15 Leeds solicitors: legal secretary for the partner, Outlook HTML, whole thread below.
    inv = Inv("GS-2026-098", "translation of witness statements (IT>EN)", "€890.00", date(2026, 12, 1), date(2026, 12, 31),
              "Edward Blakemore <e.blakemore@blakemoresolicitors.co.uk>", "Edward Blakemore")
    sent = rome(2027, 1, 11)
    own = """Dear Ms Serra,

Mr Blakemore has asked me to confirm that your invoice will be settled by close of business on Friday 15 January. He apologises for the delay, which was due to the office closure over the Christmas period.

Yours sincerely,

Joanne Pike
Legal Secretary to Edward Blakemore
Blakemore Solicitors LLP
14 Park Square East, Leeds LS1 2NE
DX 26401 Leeds Park Square

Blakemore Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority (SRA number 612345). This email is confidential and may be legally privileged. If you have received it in error, please notify us and delete it. We will never change our bank details by email.
"""
    add(reply(frm=addr("Joanne Pike", "j.pike@blakemoresolicitors.co.uk"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 1, 12, 11, 0, 0, 3), own=own, style="outlook-gb",
              cc="Edward Blakemore <e.blakemore@blakemoresolicitors.co.uk>",
              history=inv.invoice_text("the translation of four witness statements (Rossi v. Castello Logistics)")),
        kind="client-reply-promise", promised_date="2027-01-15",
        note="Legal secretary writing for the solicitor: 'settled by close of business on Friday 15 January' is the promised day.")

    # R16 Melbourne university associate professor: approved, 30-day terms, no day.
    inv = Inv("GS-2026-067", "Italian interview transcripts and translation", "€2,750.00", date(2026, 10, 21), date(2026, 11, 20),
              "Assoc. Prof. Claire Donnelly <claire.donnelly@yarra.edu.au>", "Claire Donnelly")
    sent = rome(2026, 11, 23)
    own = """Hi Giulia,

Thanks for the nudge and apologies - I thought I'd approved it weeks ago but it was sitting in the workflow. It's now approved and with Accounts Payable. They pay on 30-day terms from when the invoice is entered in the system, so it should come through in the next few weeks.

Best,
Claire

Associate Professor Claire Donnelly
School of Social and Political Sciences
Yarra University, Melbourne VIC 3010
"""
    add(reply(frm=addr("Claire Donnelly", "claire.donnelly@yarra.edu.au"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2026, 11, 25, 12, 30, 11, 19), own=own, style="outlook-gb", region="AUS"),
        kind="client-reply-promise",
        note="Approved and with Accounts Payable, will be paid on 30-day terms 'in the next few weeks': a promise with no stated day, not just 'forwarded to accounts'.")


# ================================================================================================
# client-reply-dispute


def dispute_messages() -> None:
    # D1 Manchester branding agency: amount above the fixed fee.
    inv = Inv("GS-2026-064", "brand voice guide, Italian edition", "€2,400.00", date(2026, 10, 8), date(2026, 11, 7),
              "Olivia Grant <olivia@fableandfield.co.uk>", "Olivia Grant")
    sent = rome(2026, 11, 3)
    own = """Hi Giulia,

Thanks for the reminder, but before we pay this I think there's a mistake. We agreed a fixed fee of €2,000 for the brand voice guide (it's in your quote from August), and the invoice has an extra €400 for an "additional revision round". We didn't ask for a third round - as far as I remember that was you tidying up your own changes after the client call.

Could you have a look and reissue it at the agreed amount? Happy to get it paid as soon as it's corrected.

Thanks,
Olivia

Olivia Grant
Account Director | Fable & Field
Manchester
"""
    add(reply(frm=addr("Olivia Grant", "olivia@fableandfield.co.uk"), inv=inv, rem=reminder(inv, "courtesy", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "courtesy"), when=at(2026, 11, 5, 16, 20, 0, 10), own=own, style="gmail",
              history=inv.invoice_text("the Italian edition of the brand voice guide, as per quote Q-2026-031")),
        kind="client-reply-dispute",
        note="Contests the amount (€400 over the agreed fixed fee) and asks for a reissued invoice; 'happy to get it paid once corrected' is conditional, so no amount or date.")

    # D2 Washington DC legal aid office manager: the invoice duplicates one already paid.
    inv = Inv("GS-2026-083", "Italian interpreting, client intake sessions", "€1,050.00", date(2026, 11, 6), date(2026, 12, 6),
              "Brian Castellano <bcastellano@libertybridgelegal.org>", "Brian Castellano")
    sent = rome(2026, 12, 7)
    own = """Hi Giulia,

I think this invoice may have been sent in error. As far as I can tell it covers the same interpreting sessions (October 12-14) as GS-2026-069, which we paid on November 20. The hours and the amount are identical.

Could you please check on your end and void GS-2026-083 if it's a duplicate? We won't be processing it in the meantime.

Thanks,
Brian

Brian Castellano
Office Manager
Liberty Bridge Legal Aid
1400 K Street NW, Suite 300, Washington, DC 20005
"""
    add(reply(frm=addr("Brian Castellano", "bcastellano@libertybridgelegal.org"), inv=inv, rem=reminder(inv, "due", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "due"), when=at(2026, 12, 7, 10, 45, -5, 2), own=own, style="outlook-us", region="USA"),
        kind="client-reply-dispute",
        note="Says the invoice duplicates an earlier one and withholds it; 'which we paid on November 20' is about the other invoice, not a payment of this one. Two invoice numbers, so no reference and no amount.")

    # D3 Irish youth arts charity: the agreed charity discount is missing.
    inv = Inv("GS-2026-089", "festival programme translation (EN>IT, EN>ES)", "€1,200.00", date(2026, 12, 1), date(2026, 12, 31),
              "Aoife Brennan <aoife@clareyoutharts.ie>", "Aoife Brennan")
    sent = rome(2027, 1, 11)
    own = """Hi Giulia,

Happy New Year! Sorry to come back to you with this, but when we spoke in October you kindly agreed to apply your 15% charity rate to the festival programme, and the invoice is at the full rate.

Would you be able to send us a credit note for the difference (€180), or reissue the invoice? We'll pay it as soon as we have the corrected version.

Thanks a million,
Aoife

Aoife Brennan
Festival Coordinator
Clare Youth Arts CLG, Ennis, Co. Clare
"""
    add(reply(frm=addr("Aoife Brennan", "aoife@clareyoutharts.ie"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 1, 12, 9, 50, 0, 37), own=own, style="gmail"),
        kind="client-reply-dispute",
        note="Friendly tone but asks for a credit note for a discount she says was agreed, and pays only after correction: a dispute. €180 is the credit asked, not a payment.")

    # D4 Brisbane start-up: quality problems, withholding until fixed.
    inv = Inv("GS-2027-014", "Italian app localisation, v2.0", "€1,980.00", date(2027, 1, 13), date(2027, 2, 12),
              "Josh Pearce <josh@wattleandcode.com.au>", "Josh Pearce")
    sent = rome(2027, 2, 16)
    own = """Hi Giulia,

Thanks for the reminder. I was actually about to email you. Our in-country reviewer in Milan flagged a fair few issues in the Italian strings:

- "wallet" is translated three different ways across the app
- several buttons are truncated on smaller screens (we did send the character limits)
- two of the push notifications still have English placeholders in them

To be honest we're not comfortable paying the full invoice until those are fixed. If you can get the fixes to us this week we'll sort the payment straight after.

Cheers,
Josh

Josh Pearce
Product Lead, Wattle & Code
Fortitude Valley QLD 4006
"""
    add(reply(frm=addr("Josh Pearce", "josh@wattleandcode.com.au"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 2, 18, 14, 30, 10, 21), own=own, style="gmail"),
        kind="client-reply-dispute",
        note="Work not as agreed; payment withheld until fixes arrive ('sort the payment straight after' is conditional). Brisbane is +1000 (no daylight saving).")

    # D5 Ottawa college: cancelled workshop, asks for a credit note.
    inv = Inv("GS-2027-015", "translation of course materials and workshop", "€1,600.00", date(2027, 1, 6), date(2027, 2, 5),
              "Dr. Martin Leblanc <mleblanc@laurentianvalley.ca>", "Martin Leblanc")
    sent = rome(2027, 2, 8)
    own = """Dear Giulia,

Thank you for the reminder. Before we can process this invoice I need to raise one point: it includes the €600 fee for the March 4 translation workshop, which we cancelled by mutual agreement in January (see your email of January 14).

Could you please issue a credit note for the workshop fee? We'll process the rest as soon as we receive it.

Kind regards,

Martin Leblanc, PhD
Director, Centre for Language and Culture
Laurentian Valley College
Ottawa, Ontario
"""
    add(reply(frm=addr("Martin Leblanc", "mleblanc@laurentianvalley.ca"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 2, 9, 13, 15, -5, 48), own=own, style="outlook-new", region="CAN"),
        kind="client-reply-dispute",
        note="Part of the invoice is for a cancelled workshop; asks for a credit note before processing. The €600 is the contested part, not a payment.")

    # D6 Durban restaurant: work never received.
    inv = Inv("GS-2026-068", "summer and winter menus, wine list", "€960.00", date(2026, 10, 15), date(2026, 11, 14),
              "Nomvula Dlamini <nomvula@marulagrill.co.za>", "Nomvula Dlamini")
    sent = rome(2026, 11, 23)
    own = """Hi Giulia

We only ever received the summer menu translation. The winter menu and the wine list you've invoiced for never arrived - I've checked all our emails and asked the chef. We're not going to pay for work we haven't received.

Please either send the files or correct the invoice to the summer menu only.

Nomvula Dlamini
General Manager
Marula Grill, Florida Road, Durban
"""
    add(reply(frm=addr("Nomvula Dlamini", "nomvula@marulagrill.co.za"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2026, 11, 27, 15, 40, 2, 6), own=own, style="outlook-new", region="ZAF"),
        kind="client-reply-dispute",
        note="Work not delivered, refuses to pay for it until files or a corrected invoice arrive.")

    # D7 Pune ed-tech accounts payable: invoice not valid in its current form.
    inv = Inv("GS-2027-021", "Italian course subtitles, module 3", "€1,200.00", date(2027, 1, 29), date(2027, 2, 28),
              "Brightpath Learning <ap@brightpathedtech.in>", None, kind="company")
    sent = rome(2027, 3, 1)
    own = """Dear Sir/Madam,

This is with reference to your mail below.

We are unable to process the subject invoice as it is raised on "Brightpath Learning" whereas our registered entity name is "Brightpath EdTech Private Limited". Also the PO reference (PO/BP/2026-27/0412) is not mentioned on the invoice.

Request you to kindly cancel the said invoice and issue a revised invoice with the correct details. Please note that payment will be processed only against a valid invoice.

Thanks & Regards,
Neha Kulkarni
Accounts Payable
Brightpath EdTech Pvt. Ltd.
Baner, Pune 411045
"""
    add(reply(frm=addr("Neha Kulkarni", "ap@brightpathedtech.in"), inv=inv, rem=reminder(inv, "due", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "due"), when=at(2027, 3, 4, 12, 5, 5.5, 14), own=own, style="outlook-gb", region="IND"),
        kind="client-reply-dispute",
        note="Accounts payable rejects the invoice in its current form (wrong entity name, no PO) and will not pay until it is reissued: withholding payment, so dispute, though the amount is not contested.")

    # D8 Wellington studio: kill fee instead of the full invoice; reply to the second reminder.
    inv = Inv("GS-2027-022", "Italian campaign adaptation (cancelled)", "€3,000.00", date(2027, 2, 3), date(2027, 3, 5),
              "Ben Whitaker <ben@kowhaistudio.nz>", "Ben Whitaker")
    sent = rome(2027, 3, 15)
    own = """Hi Giulia,

As you know the client pulled the plug on the campaign halfway through. Our contract (clause 9.2, page attached) has a 50% kill fee for work cancelled before delivery, so we'll be paying the kill fee, not the full invoice.

Can you send a revised invoice for half? I'll get it through as soon as it arrives.

Sorry it ended this way, it was good work.

Ben
Kōwhai Studio, Te Aro, Wellington
"""
    add(reply(frm=addr("Ben Whitaker", "ben@kowhaistudio.nz"), inv=inv, rem=reminder(inv, "late_fee", sent, deadline=date(2027, 3, 22)),
              rem_when=sent, rem_mid=mid_mailduns(inv.number, "late_fee"), when=at(2027, 3, 16, 9, 0, 13, 39), own=own, style="gmail",
              attachments=[attachment(pdf_bytes("Contract clause 9.2"), "application/pdf", "Kowhai_contract_p4.pdf")]),
        kind="client-reply-dispute",
        note="Refuses the full amount and will pay only a 50% kill fee after a revised invoice: dispute; no sum is stated in his words, so no amount.")

    # D10 Gothenburg design agency, Swedish writer: the advance was already invoiced.
    inv = Inv("GS-2026-066", "Italian packaging texts, final balance", "€2,000.00", date(2026, 10, 13), date(2026, 11, 12),
              "Karin Nyström <karin@nordljusdesign.se>", "Karin Nyström")
    sent = rome(2026, 11, 9)
    own = """Hello Giulia,

I think there is a mistake in this invoice. The total project was 2 000 EUR and we paid already the 30 % advance in September (your invoice GS-2026-058, 600 EUR). So this invoice should be 1 400 EUR, not 2 000 EUR.

Can you send us a corrected invoice please? Then we pay it direct.

Vänliga hälsningar / Kind regards
Karin Nyström
Nordljus Design AB, Göteborg
"""
    add(reply(frm=addr("Karin Nyström", "karin@nordljusdesign.se"), inv=inv, rem=reminder(inv, "courtesy", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "courtesy"), when=at(2026, 11, 12, 10, 5, 1, 30), own=own, style="outlook-gb",
              html=False, charset="windows-1252"),
        kind="client-reply-dispute",
        note="Swedish writer: the amount is wrong because the advance was already billed. '600 EUR paid in September' belongs to another invoice, not a payment of this one; two numbers named, so no reference or amount.")

    # D11 Tokyo travel agency, Japanese writer: quality, payment on hold; list attached.
    inv = Inv("GS-2027-018", "Italian brochure for Kyoto temple tours", "€2,300.00", date(2027, 1, 20), date(2027, 2, 19),
              "Yuki Tanaka <y.tanaka@sakura-travel.co.jp>", "Yuki Tanaka")
    sent = rome(2027, 2, 22)
    own = """Dear Ms. Serra,

Thank you for your e-mail.
We are very sorry, but we cannot proceed the payment of this invoice at this moment.

Our Italian staff checked the brochure and found some problems. The names of some temples are not correct and the prices in the table are not same as the Japanese original. We attach the list of the points.

We would like to ask you to revise these points first. After your revision we will pay promptly.

Best regards,
Yuki Tanaka
Sakura Travel K.K. Overseas Sales Dept.
田中 由紀
"""
    add(reply(frm=addr("田中 由紀", "y.tanaka@sakura-travel.co.jp"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 2, 24, 10, 40, 9, 2), own=own, style="outlook-gb", region="JPN",
              attachments=[attachment(pdf_bytes("Revision points"), "application/pdf", "revision_points_brochure.pdf")]),
        kind="client-reply-dispute",
        note="Japanese writer: 'we cannot proceed the payment ... at this moment' because of errors; payment held until revision. 'Will pay promptly' is conditional, not a promise.")

    # D12 English housing association: day rate above the framework rate.
    inv = Inv("GS-2027-020", "tenant handbook translation, 5 days", "€2,250.00", date(2027, 1, 27), date(2027, 2, 26),
              "Andrew Mills <andrew.mills@gbha.org.uk>", "Andrew Mills")
    sent = rome(2027, 3, 1)
    own = """Dear Giulia,

Thank you for your email. I've looked into this and the day rate on your invoice (€450) doesn't match the rate in the framework agreement you signed in September, which is €380 per day.

I'm afraid we can only pay at the contracted rate. Could you please issue a credit note for €350 against GS-2027-020, and we will process the balance on our next payment run.

Kind regards,

Andrew Mills
Procurement & Payables Lead
Greater Brackley Housing Association
Registered Society no. 31245R | Regulator of Social Housing no. L4567
"""
    add(reply(frm=addr("Andrew Mills", "andrew.mills@gbha.org.uk"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 3, 2, 11, 30, 0, 57), own=own, style="outlook-gb"),
        kind="client-reply-dispute", reference="GS-2027-020",
        note="Contests the day rate and asks for a €350 credit note; 'we will process the balance' depends on it and names no day. The €350 is the credit, not a payment.")

    # D13 Nashville events company: flat refusal after the final notice.
    inv = Inv("GS-2026-096", "event brochure copy (EN/IT)", "€1,350.00", date(2026, 11, 18), date(2026, 12, 18),
              "Rex Calloway <rex@callowayevents.com>", "Rex Calloway")
    sent = rome(2027, 1, 15)
    own = """Giulia,

We won't be paying this. The copy was never signed off and we ended up using our own. PLEASE STOP sending these notices.

Rex
"""
    add(reply(frm=addr("Rex Calloway", "rex@callowayevents.com"), inv=inv, rem=reminder(inv, "final", sent, deadline=date(2027, 1, 29)),
              rem_when=sent, rem_mid=mid_mailduns(inv.number, "final"), when=at(2027, 1, 18, 8, 2, -6, 15), own=own, style="gmail-us",
              extra_refs=[mid_mailduns(inv.number, "reminder"), mid_mailduns(inv.number, "late_fee")]),
        kind="client-reply-dispute",
        note="Terse outright refusal to the final notice: work not accepted, will not pay.")

    # D14 Cork architects: invoice paid, late-payment interest and compensation refused.
    inv = Inv("GS-2026-093", "competition entry texts (EN/IT)", "€2,180.00", date(2026, 11, 4), date(2026, 12, 4),
              "Mulligan Architects <accounts@mulliganarchitects.ie>", None, kind="company")
    sent = rome(2027, 1, 18)
    fee_para = ("As this is a commercial transaction, the European Communities (Late Payment in Commercial Transactions) Regulations 2012 apply: "
                "late payment interest runs from the day after the due date at 10.15% a year (the European Central Bank's main refinancing "
                "rate plus 8 percentage points), and €40.00 is due as compensation for recovery costs (Regulation 9).")
    fee_lines = ["Invoice GS-2026-093: €2,180.00",
                 "Interest for late payment from 5 December 2026 to 18 January 2027 (45 days at 10.15%): €27.28",
                 "Compensation for recovery costs: €40.00",
                 "Total: €2,247.28"]
    own = """Hi Giulia,

I've paid the invoice amount of €2,180.00 today (ref GS-2026-093).

However we won't be paying the interest or the €40 compensation. Your invoice went to Declan's address and he left the practice in October - we only saw it when your reminder was forwarded to me last week. I don't think it's fair to charge late fees for that, so we're settling the invoice only.

Regards,
Niamh Byrne
Practice Manager
Mulligan Architects, 12 South Mall, Cork T12 XY34
"""
    add(reply(frm=addr("Niamh Byrne", "niamh@mulliganarchitects.ie"), inv=inv,
              rem=reminder(inv, "late_fee", sent, deadline=date(2027, 2, 1), fee_para=fee_para, fee_lines=fee_lines), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "late_fee"), when=at(2027, 1, 20, 16, 45, 0, 24), own=own, style="outlook-gb", region="IRL"),
        kind="client-reply-dispute", amount="2180.00", currency="EUR", reference="GS-2026-093",
        note="Paid the invoice but refuses the statutory interest and €40 compensation: dispute wins over paid. The amount is the sum she says she paid (the quoted total €2,247.28 is not hers).")


# ================================================================================================
# client-reply-other


def other_client_messages() -> None:
    # O1 Bristol theatre charity project lead: forwarded to finance.
    inv = Inv("GS-2026-062", "surtitles for 'The Lantern Keeper' (EN>IT)", "€880.00", date(2026, 10, 16), date(2026, 11, 15),
              "Jess Palmer <jess@littleowltheatre.org.uk>", "Jess Palmer")
    sent = rome(2026, 11, 16)
    own = """Hi Giulia,

Received, thanks - I've forwarded this to our finance team (finance@littleowltheatre.org.uk), they handle all the payments. I'm only the project lead so I can't see the payment system myself, but I've flagged it to them.

Jess x

Jess Palmer
Producer, Little Owl Theatre Company
Registered charity 1162345
"""
    add(reply(frm=addr("Jess Palmer", "jess@littleowltheatre.org.uk"), inv=inv, rem=reminder(inv, "due", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "due"), when=at(2026, 11, 16, 11, 20, 0, 41), own=own, style="gmail",
              cc="Finance <finance@littleowltheatre.org.uk>"),
        kind="client-reply-other",
        note="'Received, thanks' and forwarded to the finance team: no payment and no promise.")

    # O2 Denver agency: the AP platform needs the beneficiary and bank addresses.
    inv = Inv("GS-2026-087", "Italian tagline and ad copy adaptation", "€1,640.00", date(2026, 10, 30), date(2026, 11, 29),
              "Greg Sullivan <greg@summitandpine.com>", "Greg Sullivan")
    sent = rome(2026, 12, 8)
    own = """Hi Giulia -

Our AP system won't let me set up an international vendor without a full beneficiary address and the bank's name and address. The invoice only has the IBAN and SWIFT. Can you send those over?

Thanks,
Greg

Greg Sullivan | Operations Manager
Summit & Pine | 1550 Wynkoop St, Denver, CO 80202
"""
    add(reply(frm=addr("Greg Sullivan", "greg@summitandpine.com"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2026, 12, 10, 14, 25, -7, 7), own=own, style="outlook-us", region="USA"),
        kind="client-reply-other",
        note="Asks for missing bank and address details before the vendor can be set up; no payment, no promise, no dispute.")

    # O3 Adelaide cafe: the transfer bounced back, nothing resent yet. Adelaide is +10:30 in summer.
    inv = Inv("GS-2027-004", "Italian menu boards and loyalty cards", "€460.00", date(2026, 12, 16), date(2027, 1, 15),
              "Tom Nguyen <tom@beancounter.cafe>", "Tom Nguyen")
    sent = rome(2027, 1, 18)
    own = """Hi Giulia,

I did send it last tuesday but the bank has just bounced it back to us - they reckon the acount name doesnt match the IBAN. What's the exact name on the account? Is it your business name or your own name?

Sorry about this!

Tom
Bean Counter, Rundle St, Adelaide

Sent from my iPhone
"""
    add(reply(frm=addr("Tom Nguyen", "tom@beancounter.cafe"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 1, 20, 10, 15, 10.5, 2), own=own, style="iphone", html=False,
              domain="beancounter.cafe", trailer=""),
        kind="client-reply-other",
        note="A payment that bounced back and has not been sent again, with a question about the account name: not paid. Adelaide summer time is +1030.")

    # O4 Leeds PR agency: VAT / reverse-charge question.
    inv = Inv("GS-2026-072", "press kit translation for Milan Design Week", "€1,500.00", date(2026, 10, 21), date(2026, 11, 20),
              "Sam Whitley <sam@brightsidepr.co.uk>", "Sam Whitley")
    sent = rome(2026, 11, 16)
    own = """Hi Giulia,

Quick question before this goes to our bookkeeper: she wants to know whether there should be VAT on the invoice. I assume as you're in Italy and we're VAT registered here it's reverse charge, but the invoice doesn't say either way. Could you confirm?

Cheers,
Sam
"""
    add(reply(frm=addr("Sam Whitley", "sam@brightsidepr.co.uk"), inv=inv, rem=reminder(inv, "courtesy", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "courtesy"), when=at(2026, 11, 18, 12, 40, 0, 59), own=own, style="apple",
              domain="brightsidepr.co.uk", history=inv.invoice_text("the Italian press kit for Milan Design Week")),
        kind="client-reply-other",
        note="A VAT question only; it does not contest the amount or refuse payment.")

    # O5 Former contact writes from her personal address: she has left the company.
    inv = Inv("GS-2026-094", "Italian subtitles, documentary trailer", "€500.00", date(2026, 11, 9), date(2026, 12, 9),
              "Chloe Martin <chloe@harbourlinemedia.co.uk>", "Chloe Martin")
    sent = rome(2026, 12, 10)
    own = """Hi Giulia,

I actually left Harbourline at the end of October so I'm not the right person any more - I'm only seeing this because my old inbox still forwards to me. Please get in touch with Sam Otieno (sam.otieno@harbourlinemedia.co.uk), who's taken over the Italian projects.

Hope you're well and have a lovely Christmas!
Chloe
"""
    add(reply(frm=addr("Chloe Martin", "chloe.martin.writes@gmail.com"), inv=inv, rem=reminder(inv, "due", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "due"), when=at(2026, 12, 10, 17, 2, 0, 16), own=own, style="gmail"),
        kind="client-reply-other",
        note="A person (not an auto-reply) saying she has left and naming the new contact; human-written, so client-reply-other.")

    # O6 Halifax podcast company: which work does this invoice cover? Atlantic time (-0400).
    inv = Inv("GS-2026-095", "podcast transcription", "€380.00", date(2026, 11, 15), date(2026, 12, 15),
              "Ryan O'Neill <ryan@tidewateraudio.ca>", "Ryan O'Neill")
    sent = rome(2026, 12, 15)
    own = """Hey Giulia,

Is this the invoice for the October episodes or the November batch? I need to match it to the right PO and the invoice just says "podcast transcription".

Thanks!
Ryan
"""
    add(reply(frm=addr("Ryan O'Neill", "ryan@tidewateraudio.ca"), inv=inv, rem=reminder(inv, "due", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "due"), when=at(2026, 12, 17, 10, 20, -4, 28), own=own, style="gmail-us"),
        kind="client-reply-other",
        note="A question about which work the invoice covers; no payment, promise or refusal.")

    # O7 Edinburgh executive assistant: the professor is travelling; human reply, not an auto-reply.
    inv = Inv("GS-2026-099", "translation of the centre's annual report", "€1,600.00", date(2026, 12, 1), date(2026, 12, 31),
              "Professor Alastair Reid <alastair.reid@forth.ac.uk>", "Alastair Reid")
    sent = rome(2027, 1, 7)
    own = """Dear Giulia,

Thank you for your email. Professor Reid is travelling in the US until 20 January with very limited access to email. I have flagged your reminder and will make sure he sees it on his return, as he approves all invoices for the Centre himself.

Kind regards,

Fiona Mackenzie
Executive Assistant to Professor Alastair Reid
Centre for European Cultural Studies
Forth University, Edinburgh

The University is a charitable body, registered in Scotland, with registration number SC012345.
"""
    add(reply(frm=addr("Fiona Mackenzie", "fiona.mackenzie@forth.ac.uk"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 1, 8, 9, 35, 0, 50), own=own, style="outlook-gb",
              cc="Professor Alastair Reid <alastair.reid@forth.ac.uk>"),
        kind="client-reply-other",
        note="Written by the assistant, not an automatic reply: the 20 January return is the professor's, and she promises only that he will see it, not a payment.")

    # O8 San Francisco health start-up AP: needs a W-8BEN on file first.
    inv = Inv("GS-2026-100", "Italian patient app content", "€2,950.00", date(2026, 12, 16), date(2027, 1, 15),
              "Lumen Health AP <ap@lumenhealth.com>", None, kind="company")
    sent = rome(2027, 1, 15)
    own = """Hi Giulia,

Thanks for following up. Before we can release payment to a new international vendor we need a completed W-8BEN on file (W-8BEN-E if you invoice as a company). I've attached the blank form - please sign and return it to this address and we'll get you set up in our system.

Best,
Marisol Vega
Accounts Payable | Lumen Health, Inc.
San Francisco, CA
"""
    add(reply(frm=addr("Lumen Health Accounts Payable", "ap@lumenhealth.com"), inv=inv, rem=reminder(inv, "due", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "due"), when=at(2027, 1, 19, 11, 48, -8, 33), own=own, style="gmail-us",
              attachments=[attachment(pdf_bytes("Form W-8BEN"), "application/pdf", "fw8ben.pdf")]),
        kind="client-reply-other",
        note="A tax form is needed before payment: a precondition, not a contest of the invoice, and no promise of payment.")

    # O9 Chennai exporter's accounts manager: the invoice attachment does not open.
    inv = Inv("GS-2027-023", "Italian catalogue for the Milan trade fair", "€1,050.00", date(2027, 2, 8), date(2027, 3, 10),
              "Anand Textiles Accounts <accounts@anandtextiles.in>", None, kind="company")
    sent = rome(2027, 3, 5)
    own = """Dear Giulia,

The invoice attachment in your original mail is not opening at our end (it shows the file is damaged). Kindly resend the invoice in PDF format so that we can process the same.

Regards,
Vikram Shetty
Manager - Accounts
Anand Textiles Exports Pvt. Ltd., Chennai
"""
    add(reply(frm=addr("Vikram Shetty", "accounts@anandtextiles.in"), inv=inv, rem=reminder(inv, "courtesy", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "courtesy"), when=at(2027, 3, 10, 15, 40, 5.5, 12), own=own, style="outlook-gb", region="IND"),
        kind="client-reply-other",
        note="Asks for the invoice to be resent because the PDF does not open; 'so that we can process the same' is not a promise.")

    # O10 Thessaloniki hotel accountant, Greek writer: cannot find the invoice.
    inv = Inv("GS-2026-092", "Italian version of the hotel website", "€720.00", date(2026, 11, 10), date(2026, 12, 10),
              "Hotel Thermaikos <info@thermaikoshotel.gr>", None, kind="company")
    sent = rome(2026, 12, 14)
    own = """Dear Giulia,

Thank you for your message. Which is the invoice number exactly? I do not find it in our system, maybe it was sent to the reception and not to the accounting. Can you send it again to this address please?

With regards,
Nikos Alexiou
Accounting Dept.
Hotel Thermaikos, Thessaloniki
"""
    add(reply(frm=addr("Νίκος Αλεξίου", "accounting@thermaikoshotel.gr"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2026, 12, 14, 13, 5, 2, 44), own=own, style="outlook-gb",
              charset="utf-8", cte="base64"),
        kind="client-reply-other",
        note="Greek writer asks which invoice and for a copy; the number is only in the quoted reminder, so no reference.")

    # O11 Christchurch volunteer trust: asked the treasurer, will report back.
    inv = Inv("GS-2027-024", "Italian visitor leaflet", "€310.00", date(2027, 2, 8), date(2027, 3, 10),
              "Rosie Tait <rosie@keaconservation.org.nz>", "Rosie Tait")
    sent = rome(2027, 3, 15)
    own = """Hi Giulia,

Thanks for the reminder. I've asked our treasurer to check what's happened with this one - we're all volunteers so things can be a bit slow, sorry. I'll let you know once I hear back.

Rosie
"""
    add(reply(frm=addr("Rosie Tait", "rosie@keaconservation.org.nz"), inv=inv, rem=reminder(inv, "reminder", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "reminder"), when=at(2027, 3, 18, 8, 30, 13, 5), own=own, style="gmail"),
        kind="client-reply-other",
        note="'I'll let you know once I hear back' promises news, not payment.")

    # O12 Calgary ranch supply: can he pay by PayPal or card? Mountain daylight time (-0600).
    inv = Inv("GS-2027-025", "Italian product labels", "€240.00", date(2027, 2, 13), date(2027, 3, 15),
              "Derek Olsen <derek@olsenranchsupply.ca>", "Derek Olsen")
    sent = rome(2027, 3, 16)
    own = """Hi Giulia,

Do you take paypal or credit card by any chance? Our bank charges $45 for an internationl wire, which is alot on a small invoice.

Let me know.
Derek
"""
    add(reply(frm=addr("Derek Olsen", "derek@olsenranchsupply.ca"), inv=inv, rem=reminder(inv, "due", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "due"), when=at(2027, 3, 22, 9, 14, -6, 31), own=own, style="outlook-new", region="CAN",
              html=False),
        kind="client-reply-other",
        note="Asks about another way to pay; the $45 is a bank fee, not a payment amount.")

    # O13 Singapore events company answers the thank-you note: wants a statement for the auditors.
    inv = Inv("GS-2026-091", "Italian event app texts", "€890.00", date(2026, 11, 12), date(2026, 12, 12),
              "Chua Hui Min <huimin.chua@lioncityevents.sg>", "Chua Hui Min")
    sent = rome(2027, 1, 13)
    own = """Hi Giulia,

Received with thanks. Could you also send us a statement of account for FY2026 (Jan-Dec) for our auditors? They need it by end of the month.

Thanks!
Hui Min
Accounts Executive, Lion City Events Pte Ltd
"""
    add(reply(frm=addr("Chua Hui Min", "huimin.chua@lioncityevents.sg"), inv=inv, rem=reminder(inv, "thank_you", sent), rem_when=sent,
              rem_mid=mid_mailduns(inv.number, "thank_you"), when=at(2027, 1, 14, 11, 20, 8, 54), own=own, style="outlook-gb", region="SGP"),
        kind="client-reply-other",
        note="Answers the freelancer's thank-you for a payment already received and asks for a statement; 'by end of the month' is the auditors' deadline, not a payment promise.")


# ================================================================================================
# payment-notification


def notice(headers: list[tuple[str, str]], body: Part) -> bytes:
    return build(headers, body)


def notification_messages() -> None:
    # N1 PayPal: money received from the Portland coffee roaster (the client's own mail is P13).
    when = at(2026, 12, 5, 19, 49, -8, 31)
    plain = """Hello, Giulia Serra

Marcus Bell sent you €650.00 EUR

Note from Marcus Bell:
"inv GS-2026-076 - sorry for the wait!"

Transaction details
Transaction ID: 7HW51234KL8893207
Transaction date: December 5, 2026
Amount received: €650.00 EUR
Sender: Marcus Bell (marcus@bellandcrane.coffee)

It may take a few moments for this transaction to appear in your account.

Help & Contact | Security | Apps

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.

Copyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.
PayPal PPX001066:1.1:0b4e2a9d6c1f
"""
    html = simple_html(
        '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">'
        '<table width="600" style="max-width:600px"><tr><td style="padding:24px 0"><img src="https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.svg" alt="PayPal" width="110"></td></tr>'
        '<tr><td style="font-size:15px">Hello, Giulia Serra</td></tr>'
        '<tr><td style="font-size:32px;font-weight:bold;padding:16px 0">Marcus Bell sent you €650.00&nbsp;EUR</td></tr>'
        '<tr><td style="background:#f5f7fa;padding:16px"><b>Note from Marcus Bell:</b><br>"inv GS-2026-076 - sorry for the wait!"</td></tr>'
        '<tr><td style="padding:16px 0"><b>Transaction details</b><br>Transaction ID: <a href="https://www.paypal.com/activity/payment/7HW51234KL8893207">7HW51234KL8893207</a><br>'
        'Transaction date: December 5, 2026<br>Amount received: €650.00 EUR<br>Sender: Marcus Bell (marcus@bellandcrane.coffee)</td></tr>'
        '<tr><td style="font-size:11px;color:#6c7378">PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.</td></tr>'
        "</table></td></tr></table>", "PayPal")
    hs = [("Received", "from mx0.slc.paypal.com (mx0.slc.paypal.com [173.0.84.225]) by mx.google.com with ESMTPS; Sat, 05 Dec 2026 19:49:33 -0800"),
          ("From", "PayPal <service@paypal.it>"), ("To", OWNER_FULL), ("Subject", "You've got money"),
          ("Date", hdr_date(when)), ("Message-ID", "<MFSDVRCP.b4a1c7e2a03b6@mx0.slc.paypal.com>"),
          ("X-Email-Type-Id", "PPX001066"), ("X-PP-REQUESTED-TIME", "1796615371000")]
    add(notice(hs, multi("alternative", [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
                         "--==_mimepart_6a3b2f1c8e9d0_4a2f13b8")),
        kind="payment-notification", amount="650.00", currency="EUR", reference="GS-2026-076",
        note="PayPal money-received notice; the invoice number is in the sender's note.")

    # N2 Wise tells the recipient that a transfer is on its way to her bank account.
    when = at(2027, 2, 11, 19, 41, 0, 7)
    plain = """TIAGO MOREIRA sent you 990.00 EUR

Hi Giulia Serra,

TIAGO MOREIRA has sent you 990.00 EUR using Wise. It should arrive in your bank account ending in 3456 by Feb 12, 2027.

Reference: GS-2027-008

The money is sent to your bank account directly, so you don't need to do anything. If it hasn't arrived by then, please contact your bank first, then us.

Transfer #1349027715

Wise Payments Limited
Wise, 1st Floor, Worship Square, 65 Clifton Street, London, EC2A 4JE
"""
    html = simple_html(
        '<div style="max-width:560px;margin:0 auto"><img src="https://wise.com/public-resources/assets/logos/wise/brand_logo.png" alt="Wise" height="24">'
        '<h1 style="font-size:28px">TIAGO MOREIRA sent you 990.00 EUR</h1>'
        "<p>Hi Giulia Serra,</p><p>TIAGO MOREIRA has sent you <b>990.00 EUR</b> using Wise. It should arrive in your bank account ending in 3456 by <b>Feb 12, 2027</b>.</p>"
        '<table style="border-top:1px solid #e2e6e8;width:100%"><tr><td>Reference</td><td align="right">GS-2027-008</td></tr>'
        '<tr><td>Transfer number</td><td align="right">#1349027715</td></tr></table>'
        "<p>The money is sent to your bank account directly, so you don't need to do anything.</p>"
        '<p style="font-size:12px;color:#5d7079">Wise Payments Limited, 1st Floor, Worship Square, 65 Clifton Street, London, EC2A 4JE</p></div>', "Wise")
    hs = [("From", "Wise <noreply@wise.com>"), ("To", OWNER_ADDR), ("Subject", "TIAGO MOREIRA sent you 990.00 EUR"),
          ("Date", hdr_date(when)), ("Message-ID", "<0102018d9f3a7c21-5b7e0c1a-2f0d-4c1e-9a3b-7d3e51f0a2b4-000000@eu-west-1.amazonses.com>"),
          ("Reply-To", "Wise <noreply@wise.com>"), ("Feedback-ID", "1.eu-west-1.xyz:AmazonSES")]
    add(notice(hs, multi("alternative", [text(plain, cte="7bit"), text(html, "html", cte="quoted-printable")],
                         "----=_Part_3308321_1183910457.1802374867000")),
        kind="payment-notification", amount="990.00", currency="EUR", reference="GS-2027-008",
        note="Wise tells the payee that the São Paulo client's transfer is on its way to her bank; money coming in, with the invoice number as the reference.")

    # N3 The freelancer's own bank (English alerts): incoming foreign transfer from Bangalore.
    when = at(2027, 1, 13, 7, 2, 1, 44)
    plain = """Banca Felsinea - Online Banking

Dear Customer,

we inform you that the following incoming transfer has been credited to your account.

Account:            IT60 X054 2811 1010 0000 0123 456
Transaction type:   INCOMING FOREIGN TRANSFER (SWIFT)
Amount:             EUR 1.540,00
Value date:         13/01/2027
Ordering party:     TIFFINLY FOODS PRIVATE LIMITED
Ordering bank:      HDFCINBBXXX
Remittance info:    INV GS-2026-088 ITALIAN LOCALISATION
Charges:            OUR

This message is sent automatically, please do not reply. You can see all your movements in the Online Banking area or in the app.

Banca Felsinea S.p.A. - Via Rizzoli 8, 40125 Bologna - ABI 05428
"""
    hs = [("From", "Banca Felsinea <avvisi@bancafelsinea.it>"), ("To", OWNER_ADDR),
          ("Subject", "Transfer credited - EUR 1.540,00"), ("Date", hdr_date(when)),
          ("Message-ID", "<20270113070244.4A1F2C0013@notify.bancafelsinea.it>"), ("X-Mailer", "BF-Notify 3.2")]
    add(notice(hs, text(plain, charset="iso-8859-1", cte="quoted-printable")),
        kind="payment-notification", amount="1540.00", currency="EUR", reference="GS-2026-088",
        note="The freelancer's bank confirms an incoming SWIFT credit; amount in Italian format 'EUR 1.540,00'; the causale names the invoice.")

    # N4 Bill.com: the Denver agency's AP platform has sent the payment (after O2).
    when = at(2026, 12, 16, 15, 2, -8, 11)
    plain = """Summit & Pine sent you a payment

Hi Giulia Serra,

Summit & Pine has sent you a payment of EUR 1,640.00.

Payment details
Amount: EUR 1,640.00
Payment date: 12/16/2026
Payment method: International payment (wire)
Estimated arrival: 12/21/2026

Invoice #          Amount
GS-2026-087        EUR 1,640.00

Memo from Summit & Pine: Thanks Giulia - sorry it took a while to get you set up.

Questions about this payment? Contact Summit & Pine at greg@summitandpine.com.

You're receiving this email because Summit & Pine uses BILL to pay their vendors.
BILL, 6220 America Center Drive, Suite 100, San Jose, CA 95002
"""
    html = simple_html(
        '<div style="max-width:600px;margin:auto"><div style="background:#ff5a00;height:6px"></div>'
        "<h2>Summit &amp; Pine sent you a payment</h2><p>Hi Giulia Serra,</p>"
        "<p>Summit &amp; Pine has sent you a payment of <b>EUR 1,640.00</b>.</p>"
        '<table cellpadding="6" style="border-collapse:collapse"><tr><td>Payment date</td><td>12/16/2026</td></tr>'
        "<tr><td>Payment method</td><td>International payment (wire)</td></tr><tr><td>Estimated arrival</td><td>12/21/2026</td></tr></table>"
        '<table cellpadding="6" style="border-collapse:collapse;margin-top:12px"><tr><th align="left">Invoice #</th><th align="right">Amount</th></tr>'
        '<tr><td>GS-2026-087</td><td align="right">EUR 1,640.00</td></tr></table>'
        "<p><i>Memo from Summit &amp; Pine:</i> Thanks Giulia - sorry it took a while to get you set up.</p>"
        '<p style="font-size:11px;color:#777">You\'re receiving this email because Summit &amp; Pine uses BILL to pay their vendors.</p></div>', "BILL")
    hs = [("From", "Summit & Pine via BILL <notifications@bill.com>"), ("Reply-To", "greg@summitandpine.com"), ("To", OWNER_ADDR),
          ("Subject", "Summit & Pine sent you a payment of EUR 1,640.00"), ("Date", hdr_date(when)),
          ("Message-ID", "<9f3c21a7.bill.payment.20261216230211@bill.com>"), ("X-BILL-Template", "vendor_payment_sent")]
    add(notice(hs, multi("alternative", [text(plain, cte="7bit"), text(html, "html", cte="quoted-printable")],
                         "b1_9c7e0f2a54d8e3b61a0c4f7d2e9b8a13")),
        kind="payment-notification", amount="1640.00", currency="EUR", reference="GS-2026-087",
        note="Accounts-payable platform notice that the client has sent the payment; the estimated arrival date is not a promise.")

    # N5 Xero remittance advice from the Bristol charity (client's mail is P1).
    when = at(2026, 11, 9, 16, 31, 0, 2)
    plain = """Hi Giulia Serra,

Here's your remittance advice for a payment made on 9 Nov 2026.

Amount paid: 1,180.00 EUR

Invoice number     Reference         Amount paid
GS-2026-071        GS-2026-071       1,180.00

If you have any questions, please let us know.

Thanks,
Brightwater Trust

The remittance advice is attached as a PDF.
"""
    html = simple_html(
        "<p>Hi Giulia Serra,</p><p>Here's your remittance advice for a payment made on 9 Nov 2026.</p>"
        '<p style="font-size:20px"><b>Amount paid: 1,180.00 EUR</b></p>'
        '<table cellpadding="4"><tr><th>Invoice number</th><th>Reference</th><th>Amount paid</th></tr>'
        "<tr><td>GS-2026-071</td><td>GS-2026-071</td><td>1,180.00</td></tr></table>"
        "<p>If you have any questions, please let us know.</p><p>Thanks,<br>Brightwater Trust</p>"
        '<p style="font-size:11px;color:#666">Sent with <a href="https://www.xero.com">Xero</a></p>', "Remittance advice")
    alt = multi("alternative", [text(plain, cte="7bit"), text(html, "html", cte="quoted-printable")], "----=_Part_71230_98213477.1794241862")
    hs = [("From", "Brightwater Trust <messaging-service@post.xero.com>"), ("Reply-To", "accounts@brightwatertrust.org.uk"),
          ("To", OWNER_ADDR), ("Subject", "Remittance advice from Brightwater Trust"), ("Date", hdr_date(when)),
          ("Message-ID", "<0100019a6e6b2f1d-remit-7c1e2f0a@email.post.xero.com>"), ("X-Xero-Message-Type", "RemittanceAdvice")]
    add(notice(hs, multi("mixed", [alt, attachment(pdf_bytes("Remittance Advice"), "application/pdf", "Remittance Advice.pdf")],
                         "----=_Part_71229_12873402.1794241862")),
        kind="payment-notification", amount="1180.00", currency="EUR", reference="GS-2026-071",
        note="Xero remittance advice sent by the client's accounting system: a machine notice of a payment made to the freelancer.")

    # N6 QuickBooks bill payment confirmation from the Toronto agency (client's mail is P6).
    when = at(2026, 11, 27, 14, 22, -5, 56)
    plain = """Payment confirmation

Northline Creative Inc. has paid you.

Payment amount: €1,300.00
Payment date: 11/27/2026
Payment method: Wire transfer
Bill no.: GS-2026-080

This is an automatic notification sent by QuickBooks on behalf of Northline Creative Inc. If you have questions about this payment, contact Northline Creative Inc. directly at accounts@northlinecreative.ca.

Intuit, QuickBooks and QB are trademarks of Intuit Inc.
"""
    hs = [("From", "Northline Creative Inc. <quickbooks@notification.intuit.com>"), ("Reply-To", "accounts@northlinecreative.ca"),
          ("To", OWNER_ADDR), ("Subject", "Payment confirmation from Northline Creative Inc."), ("Date", hdr_date(when)),
          ("Message-ID", "<1924410123.88134.1795807376000@qbo-notify-prd-12>")]
    html = simple_html("<h2>Payment confirmation</h2><p>Northline Creative Inc. has paid you.</p>"
                       '<table cellpadding="4"><tr><td>Payment amount</td><td><b>€1,300.00</b></td></tr><tr><td>Payment date</td><td>11/27/2026</td></tr>'
                       "<tr><td>Payment method</td><td>Wire transfer</td></tr><tr><td>Bill no.</td><td>GS-2026-080</td></tr></table>"
                       '<p style="font-size:11px">This is an automatic notification sent by QuickBooks on behalf of Northline Creative Inc.</p>', "QuickBooks")
    add(notice(hs, multi("alternative", [text(plain, cte="quoted-printable"), text(html, "html", cte="base64")],
                         "----=_Part_88133_1924410122.1795807376000")),
        kind="payment-notification", amount="1300.00", currency="EUR", reference="GS-2026-080",
        note="QuickBooks bill-payment confirmation on the client's behalf; the bill number is the freelancer's invoice number.")

    # N7 Stripe: a school PTA paid the payment link.
    when = at(2026, 12, 2, 20, 14, 0, 48)
    plain = """Giulia Serra

You received a payment of €275.00 from fernhill.pta@gmail.com

Amount: €275.00
Description: Invoice GS-2026-090 - school fair poster illustrations
Customer: Fernhill Primary School PTA (fernhill.pta@gmail.com)
Payment method: Visa •••• 4821
Payment ID: py_3QxR2bLkd8fT0a1C1n9Zk2Wp

Funds will be paid out to your bank account on your regular payout schedule.

View payment in Dashboard: https://dashboard.stripe.com/payments/py_3QxR2bLkd8fT0a1C1n9Zk2Wp

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
"""
    hs = [("From", "Stripe <notifications@stripe.com>"), ("To", OWNER_ADDR), ("Subject", "Payment of €275.00 from fernhill.pta@gmail.com"),
          ("Date", hdr_date(when)), ("Message-ID", "<6a1f0e2b9c3d4e5f.notification@stripe.com>")]
    add(notice(hs, text(plain, cte="quoted-printable")),
        kind="payment-notification", amount="275.00", currency="EUR", reference="GS-2026-090",
        note="Stripe payment notice (plain text only); the reference is in the payment description.")

    # N8 English district council's remittance advice from its finance system (client's mail is R7).
    when = at(2027, 1, 22, 6, 30, 0, 0)
    plain = """HARLOW VALE DISTRICT COUNCIL
REMITTANCE ADVICE

Supplier No:    204518
Supplier:       GIULIA SERRA
Payment No:     0098123
Payment Date:   22-JAN-2027
Payment Method: INTERNATIONAL TRANSFER

Invoice Number        Invoice Date    PO Number      Amount
GS-2026-102           14-DEC-2026     4500123987     1,760.00

Payment Amount: EUR 1,760.00

This payment will be credited to your bank account ending 3456. Please allow 3-5 working days.

This is an automatically generated email. Please do not reply. Queries: accounts.payable@harlowvale.gov.uk
"""
    hs = [("From", "Harlow Vale District Council <remittances@harlowvale.gov.uk>"), ("To", OWNER_ADDR),
          ("Subject", "Remittance Advice - Supplier 204518 - Payment 0098123"), ("Date", hdr_date(when)),
          ("Message-ID", "<ORA.EBS.AP.0098123.20270122063000@harlowvale.gov.uk>"), ("Auto-Submitted", "auto-generated"),
          ("X-Mailer", "Oracle E-Business Suite")]
    add(notice(hs, multi("mixed", [text(plain, charset="windows-1252", cte="7bit"),
                                   attachment(pdf_bytes("Remittance 0098123"), "application/pdf", "REMIT_0098123.pdf")],
                         "=_ora_ebs_0098123")),
        kind="payment-notification", amount="1760.00", currency="EUR", reference="GS-2026-102",
        note="Council finance system remittance advice (Auto-Submitted header) on the promised payment-run day.")


# ================================================================================================
# auto-reply


def sent_reminder(inv: Inv, step: str, when: datetime, **kw: object) -> tuple[bytes, str]:
    """The reminder as mailduns sent it (for bounces that return it)."""
    mid = mid_mailduns(inv.number, step)
    hs = [("From", OWNER_FULL), ("To", inv.to), ("Subject", "Re: " + inv.subject), ("Date", hdr_date(when)),
          ("Message-ID", mid), ("In-Reply-To", inv.invoice_mid), ("References", inv.invoice_mid),
          ("X-Mailduns", f"reminder; invoice={inv.number}; step={step}")]
    return build(hs, text(reminder(inv, step, when, **kw))), mid


def auto_messages() -> None:
    # A1 Exchange out-of-office, back on a named day.
    inv = Inv("GS-2026-101", "brand story translation", "€1,240.00", date(2026, 11, 20), date(2026, 12, 20),
              "Sarah Ellison <s.ellison@redwoodlark.co.uk>", "Sarah Ellison")
    sent = rome(2026, 12, 21, 10, 0)
    when = at(2026, 12, 21, 9, 0, 0, 58)
    body = """Thank you for your email.

I'm out of the office until Monday 4 January 2027 with limited access to email. For anything urgent please contact studio@redwoodlark.co.uk.

Merry Christmas!
Sarah

Sarah Ellison | Head of Content | Redwood & Lark
"""
    hs = [("From", addr("Sarah Ellison", "s.ellison@redwoodlark.co.uk")), ("To", OWNER_FULL),
          ("Subject", "Automatic reply: Re: " + inv.subject), ("Thread-Topic", "Re: " + inv.subject),
          ("Date", hdr_date(when)), ("Message-ID", mid_outlook(inv.number, "oof")),
          ("In-Reply-To", mid_mailduns(inv.number, "due")), ("References", f"{inv.invoice_mid} {mid_mailduns(inv.number, 'due')}"),
          ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "s.ellison@redwoodlark.co.uk"), ("Content-Language", "en-GB")]
    h = simple_html("".join(f"<p>{esc(p)}</p>" for p in body.strip().split("\n\n")))
    add(build(hs, multi("alternative", [text(body), text(h, "html")], boundary_for("outlook", inv.number, "oof"))),
        kind="auto-reply", return_date="2027-01-04",
        note="Exchange out-of-office; 'out of the office until Monday 4 January 2027' gives the day named as the return day.")

    # A2 Gmail vacation responder: parental leave, back on a date.
    inv = Inv("GS-2027-026", "Italian rights catalogue", "€860.00", date(2027, 1, 8), date(2027, 2, 7),
              "Nora Feldman <nora@brightbirdbooks.com>", "Nora Feldman")
    sent = rome(2027, 2, 8, 15, 0)
    when = at(2027, 2, 8, 6, 0, -8, 3)
    body = """Hi there,

I'm on parental leave and will be back on March 15. In the meantime, please contact Ollie Park (ollie@brightbirdbooks.com) for anything related to translations, rights or contracts, and ap@brightbirdbooks.com for invoices.

Thanks!
Nora
"""
    hs = [("From", addr("Nora Feldman", "nora@brightbirdbooks.com")), ("To", OWNER_FULL),
          ("Subject", "Re: " + inv.subject), ("Date", hdr_date(when)), ("Message-ID", mid_gmail(inv.number, "vacation")),
          ("In-Reply-To", mid_mailduns(inv.number, "due")), ("References", f"{inv.invoice_mid} {mid_mailduns(inv.number, 'due')}"),
          ("Auto-Submitted", "auto-replied")]
    add(build(hs, multi("alternative", [text(body), text(f'<div dir="ltr">{"<br>".join(esc(x) for x in body.splitlines())}</div>\n', "html")],
                         boundary_for("gmail", inv.number, "vac"))),
        kind="auto-reply", return_date="2027-03-15",
        note="Gmail vacation responder with the reminder's own subject (no 'Automatic reply'), recognised by Auto-Submitted and the wording; back on 15 March.")

    # A3 University finance service desk: ticket acknowledgement, no absence.
    inv = Inv("GS-2027-027", "Italian open day brochure", "€1,090.00", date(2026, 12, 23), date(2027, 1, 22),
              "Finance Service Desk <financehelp@tyneside.ac.uk>", None, kind="company")
    when = at(2027, 1, 27, 10, 31, 0, 9)
    body = """Thank you for contacting the Finance Service Desk.

Your enquiry has been logged with the reference FIN-204815 and passed to the Accounts Payable team. We aim to respond to all enquiries within 5 working days.

Please quote FIN-204815 in the subject line of any further correspondence about this enquiry. Please do not reply to this email to chase your enquiry, as this will create a new ticket.

Supplier payment runs take place every Thursday. Invoices can only be paid once they have been approved by the ordering department and matched to a valid purchase order.

Finance Service Desk
Tyneside University
"""
    hs = [("From", "Tyneside University Finance Service Desk <financehelp@tyneside.ac.uk>"), ("To", OWNER_ADDR),
          ("Subject", "[Ticket#FIN-204815] Re: " + inv.subject), ("Date", hdr_date(when)),
          ("Message-ID", "<ticket.FIN-204815.1801045869@servicedesk.tyneside.ac.uk>"),
          ("In-Reply-To", mid_mailduns(inv.number, "reminder")), ("References", mid_mailduns(inv.number, "reminder")),
          ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes"), ("X-Mailer", "TOPdesk")]
    add(build(hs, text(body, cte="7bit", charset="us-ascii")),
        kind="auto-reply",
        note="Ticket acknowledgement from a service desk; the weekly payment runs are a general rule, not a promise, and there is no return date.")

    # A4 Restaurant group's old accounts mailbox: no longer monitored, no RFC 3834 headers.
    inv = Inv("GS-2027-028", "Italian wine list and menus", "€690.00", date(2027, 1, 6), date(2027, 2, 5),
              "Dockside Dining Accounts <accounts@dockside-dining.com.au>", None, kind="company")
    when = at(2027, 2, 9, 10, 12, 11, 30)
    body = """This mailbox is no longer monitored.

Dockside Dining Group has moved to a new accounts payable system. Please send all invoices and statements to invoices@docksidedining.com.au and payment enquiries to ap@docksidedining.com.au.

Emails sent to this address are not read or forwarded.

Dockside Dining Group | Barangaroo | Manly | Bondi
"""
    hs = [("From", "Dockside Dining Accounts <accounts@dockside-dining.com.au>"), ("To", OWNER_FULL),
          ("Subject", "Re: " + inv.subject), ("Date", hdr_date(when)), ("Message-ID", mid_outlook(inv.number, "closed", region="AUS")),
          ("In-Reply-To", mid_mailduns(inv.number, "reminder")), ("References", f"{inv.invoice_mid} {mid_mailduns(inv.number, 'reminder')}")]
    h = simple_html("".join(f"<p>{esc(p)}</p>" for p in body.strip().split("\n\n")))
    add(build(hs, multi("alternative", [text(body), text(h, "html")], boundary_for("outlook", inv.number, "closed"))),
        kind="auto-reply",
        note="Mailbox-no-longer-monitored notice without Auto-Submitted or Precedence headers; automatic by its wording. No return date.")

    # A5 iCloud vacation reply from a Hobart client, back on a named weekday and day.
    inv = Inv("GS-2026-103", "picture book translation sample", "€450.00", date(2026, 12, 3), date(2027, 1, 2),
              "Isla Morgan <isla.morgan@icloud.com>", "Isla Morgan")
    when = at(2027, 1, 4, 19, 5, 11, 44)
    body = """Hi there,

I'm on leave and back Tuesday 19th January. I'll reply to your email then.

Isla
"""
    hs = [("From", "isla.morgan@icloud.com"), ("To", OWNER_FULL), ("Subject", "Auto reply: Re: " + inv.subject),
          ("Date", hdr_date(when)), ("Message-id", mid_apple("icloud.com", inv.number, "vac") .replace("@icloud.com>", "-vac@icloud.com>")),
          ("In-Reply-To", mid_mailduns(inv.number, "reminder")), ("References", mid_mailduns(inv.number, "reminder")),
          ("X-Apple-Criteria", "{kind=VACATION,startDate=2026-12-20T13:00:00Z,endDate=2027-01-18T12:59:59Z}"),
          ("X-Apple-Action", "VACATION"), ("Auto-Submitted", "auto-replied")]
    add(build(hs, Part([("Content-type", "text/plain; charset=UTF-8"), ("Content-transfer-encoding", "7bit")], body.encode())),
        kind="auto-reply", return_date="2027-01-19",
        note="iCloud vacation reply; 'back Tuesday 19th January' is the day named (the X-Apple-Criteria end time is the day before in UTC).")

    # A6 Cape Town studio: festive season closure, no automatic-reply headers at all.
    inv = Inv("GS-2026-104", "Italian subtitles for a wildlife short", "€980.00", date(2026, 11, 23), date(2026, 12, 23),
              "Fynbos Media <hello@fynbosmedia.co.za>", None, kind="company")
    when = at(2026, 12, 24, 9, 0, 2, 5)
    body = """Thank you for your email.

Our office is closed for the festive season and reopens on Tuesday 5 January 2027. Emails will be answered in order of receipt once we're back.

Wishing you a happy festive season!
The Fynbos Media team
"""
    hs = [("From", "Fynbos Media <hello@fynbosmedia.co.za>"), ("To", OWNER_ADDR), ("Subject", "Re: " + inv.subject),
          ("Date", hdr_date(when)), ("Message-ID", mid_plain("fynbosmedia.co.za", inv.number, "closed")),
          ("In-Reply-To", mid_mailduns(inv.number, "due")), ("References", mid_mailduns(inv.number, "due"))]
    add(build(hs, text(body, charset="us-ascii", cte="7bit")),
        kind="auto-reply", return_date="2027-01-05",
        note="Office-closure notice with a plain 'Re:' subject and no RFC 3834 headers; the office reopens on 5 January 2027.")


# ================================================================================================
# bounce


def bounce_messages() -> None:
    # B1 Microsoft 365 NDR from the recipient's tenant: 550 5.1.10.
    inv = Inv("GS-2026-065", "bakery website texts (IT)", "€520.00", date(2026, 10, 19), date(2026, 11, 18),
              "Old Mill Bakery <finance@oldmillbakery.co.uk>", None, kind="company")
    sent = rome(2026, 11, 17, 9, 0)
    orig, omid = sent_reminder(inv, "courtesy", sent)
    when = at(2026, 11, 17, 8, 0, 0, 41)
    human = """Your message to finance@oldmillbakery.co.uk couldn't be delivered.

finance wasn't found at oldmillbakery.co.uk.

giulia    Office 365    finance
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the address is correct, contact the recipient by phone and ask them to check it.

Diagnostic information for administrators:

Generating server: CWLP265MB3713.GBRP265.PROD.OUTLOOK.COM

finance@oldmillbakery.co.uk
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient finance@oldmillbakery.co.uk not found by SMTP address lookup'
"""
    dsn = """Reporting-MTA: dns;CWLP265MB3713.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail-wm1-f41.google.com
Arrival-Date: Tue, 17 Nov 2026 08:00:39 +0000

Final-Recipient: rfc822;finance@oldmillbakery.co.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient finance@oldmillbakery.co.uk not found by SMTP address lookup
"""
    alt = multi("alternative", [text(human), text(simple_html("".join(f"<p>{esc(p)}</p>" for p in human.strip().split("\n\n"))), "html")],
                "d8a4b1c2-73e0-4f6a-9b1d-5e2c8f0a7b34")
    body = multi("report", [alt, raw_part("message/delivery-status", dsn),
                            Part([("Content-Type", "message/rfc822")], orig)],
                 "a1c5e7d3-2f4b-4c6e-8a0d-9b3f1e5c7a20", params="; report-type=delivery-status")
    hs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@oldmillbakery.co.uk>"),
          ("To", OWNER_ADDR), ("Date", hdr_date(when)), ("Subject", "Undeliverable: Re: " + inv.subject),
          ("Message-ID", "<d1a7e0c2-5b3f-4e1a-9c8d-2f6b0a3e7c51@CWLP265MB3713.GBRP265.PROD.OUTLOOK.COM>"),
          ("In-Reply-To", omid), ("References", omid), ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
          ("Content-Language", "en-GB")]
    add(build(hs, body), kind="bounce", failed_recipient="finance@oldmillbakery.co.uk", permanent=True,
        note="Microsoft 365 non-delivery report, 550 5.1.10 recipient not found: permanent.")

    # B2 Google: address not found, 550 5.1.1, headers of the original only.
    inv = Inv("GS-2026-105", "Italian subtitles, festival cut", "€640.00", date(2026, 12, 11), date(2027, 1, 10),
              "Luma Films <studio@lumafilms.co.nz>", None, kind="company")
    sent = rome(2027, 1, 13, 10, 12)
    orig, omid = sent_reminder(inv, "reminder", sent)
    when = at(2027, 1, 13, 1, 12, -8, 9)
    human = """
** Address not found **

Your message wasn't delivered to studio@lumafilms.co.nz because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <studio@lumafilms.co.nz>: Recipient address rejected: User unknown in virtual mailbox table
"""
    dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 13 Jan 2027 01:12:04 -0800 (PST)
X-Original-Message-ID: """ + omid + """

Final-Recipient: rfc822; studio@lumafilms.co.nz
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.lumafilms.co.nz. (203.0.113.40, the server for the domain lumafilms.co.nz.)
Diagnostic-Code: smtp; 550 5.1.1 <studio@lumafilms.co.nz>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Wed, 13 Jan 2027 01:12:09 -0800 (PST)
"""
    headers_only = orig.split(b"\n\n", 1)[0].decode() + "\n"
    alt = multi("alternative", [text(human, cte="7bit", charset="utf-8"),
                                text(simple_html(f"<h2>Address not found</h2><p>Your message wasn't delivered to <b>studio@lumafilms.co.nz</b> because the address couldn't be found, or is unable to receive mail.</p><p>The response from the remote server was:</p><p>550 5.1.1 &lt;studio@lumafilms.co.nz&gt;: Recipient address rejected: User unknown in virtual mailbox table</p>"), "html")],
                "00000000000019a4b2062c5d7e31")
    body = multi("report", [alt, raw_part("message/delivery-status", dsn), raw_part("text/rfc822-headers", headers_only)],
                 "000000000000139db2062c5d7e1a", params="; report-type=delivery-status")
    hs = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER_ADDR),
          ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
          ("References", omid), ("In-Reply-To", omid), ("X-Failed-Recipients", "studio@lumafilms.co.nz"),
          ("Message-ID", "<6786d9a1.050a0220.2b1f3c.9e11.GMR@mx.google.com>"), ("Date", hdr_date(when))]
    add(build(hs, body), kind="bounce", failed_recipient="studio@lumafilms.co.nz", permanent=True,
        note="Google 'Address not found' DSN, 550 5.1.1: permanent.")

    # B3 Google delay warning: mailbox full, still retrying (4.2.2).
    inv = Inv("GS-2027-029", "Italian brochure for the wine tour", "€1,150.00", date(2027, 1, 4), date(2027, 2, 3),
              "Ashgrove Partners <finance@ashgrovepartners.com.au>", None, kind="company")
    sent = rome(2027, 2, 3, 9, 0)
    orig, omid = sent_reminder(inv, "due", sent)
    when = at(2027, 2, 4, 4, 5, -8, 32)
    human = """
** Message not delivered yet **

There was a temporary problem delivering your message to finance@ashgrovepartners.com.au. Gmail will retry for 28 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
452 4.2.2 <finance@ashgrovepartners.com.au>: Mailbox full - over quota
"""
    dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 03 Feb 2027 00:00:19 -0800 (PST)
X-Original-Message-ID: """ + omid + """

Final-Recipient: rfc822; finance@ashgrovepartners.com.au
Action: delayed
Status: 4.2.2
Remote-MTA: dns; ashgrovepartners-com-au.mail.protection.outlook.com. (52.101.40.12)
Diagnostic-Code: smtp; 452 4.2.2 <finance@ashgrovepartners.com.au>: Mailbox full - over quota
Last-Attempt-Date: Thu, 04 Feb 2027 04:05:32 -0800 (PST)
Will-Retry-Until: Fri, 05 Feb 2027 08:00:19 -0800 (PST)
"""
    body = multi("report", [text(human, cte="7bit"), raw_part("message/delivery-status", dsn), Part([("Content-Type", "message/rfc822")], orig)],
                 "000000000000d2c1f3062d0e8a77", params="; report-type=delivery-status")
    hs = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER_ADDR),
          ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Delay)"),
          ("References", omid), ("In-Reply-To", omid), ("Message-ID", "<67a1e8b4.9d0a0220.3c1e2a.71f2.GMR@mx.google.com>"),
          ("Date", hdr_date(when))]
    add(build(hs, body), kind="bounce", failed_recipient="finance@ashgrovepartners.com.au", permanent=False,
        note="Delay warning (Action: delayed, 4.2.2 mailbox full), delivery still being retried: a temporary failure.")

    # B4 Exim on the recipient's host: permanent, copy of the message inline.
    inv = Inv("GS-2027-030", "Italian catering menu and allergen sheet", "€380.00", date(2027, 1, 25), date(2027, 2, 24),
              "Paul Naidoo <paul@greenleafcatering.co.za>", "Paul Naidoo")
    sent = rome(2027, 2, 26, 9, 0)
    orig, omid = sent_reminder(inv, "due", sent)
    when = at(2027, 2, 26, 10, 41, 2, 3)
    body_txt = ("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  paul@greenleafcatering.co.za
    host mail.greenleafcatering.co.za [196.22.132.17]
    SMTP error from remote mail server after RCPT TO:<paul@greenleafcatering.co.za>:
    550 5.1.1 <paul@greenleafcatering.co.za>: No such user here

------ This is a copy of the message, including all the headers. ------

""" + orig.decode())
    hs = [("Return-path", "<>"), ("Received", "from mail by mx2.greenleafhosting.co.za with local (Exim 4.97)\n\tid 1rTq8p-00041x-2K\n\tfor giulia@giuliaserra.it; Fri, 26 Feb 2027 10:41:03 +0200"),
          ("X-Failed-Recipients", "paul@greenleafcatering.co.za"), ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@mx2.greenleafhosting.co.za>"), ("To", OWNER_ADDR),
          ("References", omid), ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit"),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", "<E1rTq8p-00041x-2K@mx2.greenleafhosting.co.za>"), ("Date", hdr_date(when))]
    raw = "".join(f"{k}: {v}\n" for k, v in hs).encode() + b"MIME-Version: 1.0\n\n" + body_txt.encode()
    add(raw, kind="bounce", failed_recipient="paul@greenleafcatering.co.za", permanent=True,
        note="Exim bounce in its own wording ('This is a permanent error', 550 5.1.1) with the returned reminder inline; the reminder's text is not the client's.")

    # B5 The client's on-premises Exchange: delivery delayed (4.4.7), will keep trying.
    inv = Inv("GS-2027-031", "Italian annual report summary", "€1,480.00", date(2027, 2, 10), date(2027, 3, 12),
              "Tallis Group Invoices <invoices@tallisgroup.com>", None, kind="company")
    sent = rome(2027, 3, 15, 9, 0)
    orig, omid = sent_reminder(inv, "due", sent)
    when = at(2027, 3, 15, 12, 3, 0, 27)
    human = """Delivery is delayed to these recipients or groups:

invoices@tallisgroup.com (invoices@tallisgroup.com)

Subject: Re: """ + inv.subject + """

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 57 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: TGEXCH02.tallis.local
Receiving server: tgmail.tallisgroup.com (10.20.1.15)

invoices@tallisgroup.com
Remote Server at tgmail.tallisgroup.com (10.20.1.15) returned '400 4.4.7 Message delayed'
15/03/2027 12:03:27 - Remote Server at tgmail.tallisgroup.com (10.20.1.15) returned '441 4.4.1 Error communicating with target host. -> 421 4.4.2 Connection dropped due to SocketError'
"""
    dsn = """Reporting-MTA: dns;TGEXCH02.tallis.local
Received-From-MTA: dns;mail-ed1-f44.google.com
Arrival-Date: Mon, 15 Mar 2027 08:00:31 +0000

Final-Recipient: rfc822;invoices@tallisgroup.com
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;400 4.4.7 Message delayed
Will-Retry-Until: Wed, 17 Mar 2027 08:00:31 +0000
X-Display-Name: invoices@tallisgroup.com
"""
    body = multi("report", [multi("alternative", [text(human, charset="windows-1252"),
                                                  text(simple_html("".join(f"<p>{esc(p)}</p>" for p in human.strip().split("\n\n"))), "html", charset="windows-1252")],
                                  "_002_TGEXCH02delay1503_"),
                            raw_part("message/delivery-status", dsn), raw_part("text/rfc822-headers", orig.split(b"\n\n", 1)[0].decode() + "\n")],
                 "_001_TGEXCH02delay1503_", params="; report-type=delivery-status")
    hs = [("From", "Microsoft Exchange <postmaster@tallisgroup.com>"), ("To", OWNER_ADDR), ("Date", hdr_date(when)),
          ("Subject", "Delivery delayed:Re: " + inv.subject), ("Message-ID", "<3b6f0e2a9c1d4f7e8a5b2c0d1e3f4a5b@TGEXCH02.tallis.local>"),
          ("In-Reply-To", omid), ("References", omid), ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    add(build(hs, body), kind="bounce", failed_recipient="invoices@tallisgroup.com", permanent=False,
        note="Exchange 'Delivery delayed' report (4.4.7, will keep retrying): temporary.")


# ================================================================================================
# other


def other_messages() -> None:
    # X1 FreshBooks marketing newsletter full of payment words.
    when = at(2027, 1, 12, 11, 0, -5, 0)
    plain = """5 ways to get paid faster in 2027

Hi Giulia,

New year, faster payments. Here's what the fastest-paid freelancers on FreshBooks do differently:

1. Send automatic payment reminders - clients pay up to 2x faster.
2. Accept cards and bank transfers online so clients can pay in two clicks.
3. Ask for a deposit: 30% up front on projects over $1,000.
4. Use clear payment terms ("Net 15" beats "Net 30").
5. Say thank you - a quick note when an invoice is paid keeps clients coming back.

Try FreshBooks free for 30 days: https://www.freshbooks.com/signup?utm_source=newsletter

You're receiving this email because you signed up for FreshBooks updates.
Unsubscribe: https://www.freshbooks.com/unsubscribe?e=giulia%40giuliaserra.it
FreshBooks, 1655 Dupont St, Toronto, ON M6P 3T1, Canada
"""
    html = simple_html("<h1>5 ways to get paid faster in 2027 💸</h1><p>Hi Giulia,</p><p>New year, faster payments.</p><ol>"
                       "<li>Send automatic payment reminders - clients pay up to 2x faster.</li><li>Accept cards and bank transfers online.</li>"
                       "<li>Ask for a deposit: 30% up front on projects over $1,000.</li><li>Use clear payment terms.</li><li>Say thank you.</li></ol>"
                       '<p><a href="https://www.freshbooks.com/signup?utm_source=newsletter">Try FreshBooks free for 30 days</a></p>'
                       '<p style="font-size:11px">FreshBooks, 1655 Dupont St, Toronto, ON M6P 3T1, Canada · <a href="https://www.freshbooks.com/unsubscribe">Unsubscribe</a></p>',
                       "FreshBooks")
    hs = [("From", "FreshBooks <hello@news.freshbooks.com>"), ("To", OWNER_ADDR), ("Subject", "5 ways to get paid faster in 2027 💸"),
          ("Date", hdr_date(when)), ("Message-ID", "<20270112160000.3f9a1c2e7b@news.freshbooks.com>"),
          ("List-Unsubscribe", "<https://www.freshbooks.com/unsubscribe?e=giulia%40giuliaserra.it>, <mailto:unsub@news.freshbooks.com>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    add(build(hs, multi("alternative", [text(plain), text(html, "html")], "=_fb_nl_20270112_7c1d")),
        kind="other", note="Marketing newsletter about getting paid; no payment and nothing about her invoices.")

    # X2 Wise: an outgoing transfer the freelancer made herself.
    when = at(2027, 2, 3, 10, 22, 0, 14)
    plain = """Your transfer to OFFICINE COWORKING SRL is complete

Hi Giulia,

The 180.00 EUR you sent to OFFICINE COWORKING SRL has arrived.

You sent: 180.00 EUR
Fee: 0.41 EUR
OFFICINE COWORKING SRL gets: 180.00 EUR
Reference: Desk febbraio 2027
Transfer #1350882203

Wise Payments Limited
"""
    hs = [("From", "Wise <noreply@wise.com>"), ("To", OWNER_ADDR), ("Subject", "Your transfer to OFFICINE COWORKING SRL is complete"),
          ("Date", hdr_date(when)), ("Message-ID", "<0102018d6e2f7a11-9b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e-000000@eu-west-1.amazonses.com>")]
    add(build(hs, text(plain, cte="7bit")),
        kind="other", note="An outgoing transfer the freelancer made (coworking desk rent), not money coming in.")

    # X3 A supplier's invoice to the freelancer, sent through Xero.
    when = at(2027, 3, 1, 9, 14, 0, 20)
    plain = """Hi Giulia,

Here's invoice INV-0417 for €96.00.

The amount outstanding of €96.00 is due on 15 Mar 2027.

View and pay your bill online: https://in.xero.com/8kQ2mT4vXcR1pZ7bL9nW

From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.

If you have any questions, please let us know.

Thanks,
Northern Type Co.
"""
    html = simple_html("<p>Hi Giulia,</p><p>Here's invoice INV-0417 for €96.00.</p><p>The amount outstanding of €96.00 is due on 15 Mar 2027.</p>"
                       '<p><a href="https://in.xero.com/8kQ2mT4vXcR1pZ7bL9nW">View and pay your bill online</a></p>'
                       "<p>If you have any questions, please let us know.</p><p>Thanks,<br>Northern Type Co.</p>", "Invoice INV-0417")
    alt = multi("alternative", [text(plain), text(html, "html")], "----=_Part_90211_37716288.1803892460")
    hs = [("From", "Northern Type Co. <messaging-service@post.xero.com>"), ("Reply-To", "hello@northerntype.co.uk"), ("To", OWNER_ADDR),
          ("Subject", "Invoice INV-0417 from Northern Type Co. Ltd for Giulia Serra"), ("Date", hdr_date(when)),
          ("Message-ID", "<0100019b2c5d1e7f-inv-4a1b2c3d@email.post.xero.com>"), ("X-Xero-Message-Type", "Invoice")]
    add(build(hs, multi("mixed", [alt, attachment(pdf_bytes("Invoice INV-0417"), "application/pdf", "Invoice INV-0417.pdf")],
                        "----=_Part_90210_11736021.1803892460")),
        kind="other", note="An invoice the freelancer received from a supplier (font licence) through Xero: money she owes, not a payment to her.")


# ================================================================================================
# write, then read everything back and check the labels


KINDS = ("client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other")
KEY_ORDER = ("kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
             "failed_recipient", "permanent", "note")
QUOTE_START = re.compile(
    r"^(On .+wrote:\s*$|On .+, at .+$|> ?|From: |_{10,}|-----Original Message-----|-------- Original message --------"
    r"|---------- Forwarded message|Sent from my |Get Outlook for )")


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_labels(entries: list[tuple[str, dict]]) -> str:
    out = ["# round19-en: 80 English messages after an invoice (clients in the UK, IE, US, CA, AU, NZ, ZA, IN, SG and non-native",
           "# writers; payment notices, auto-replies, bounces, other). Written by make.py, which also checks these labels.", ""]
    for name, lab in entries:
        unknown = set(lab) - set(KEY_ORDER)
        assert not unknown, (name, unknown)
        out.append(f'[files."{name}"]')
        for k in KEY_ORDER:
            if k not in lab:
                continue
            v = lab[k]
            out.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(str(v))}")
        out.append("")
    return "\n".join(out)


def html_to_text(h: str) -> str:
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|blockquote)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return h.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


def all_text(msg: email.message.EmailMessage) -> str:
    chunks = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "text/html":
            chunks.append(html_to_text(part.get_content()))
        elif ct.startswith("text/"):
            chunks.append(part.get_content())
        elif ct in ("message/delivery-status", "message/rfc822"):
            chunks.append(part.as_string())
    for part in msg.walk():
        if part.get_content_type() in ("message/delivery-status", "message/rfc822"):
            for sub in part.get_payload():
                chunks.append(str(sub))
    return "\n".join(chunks)


def own_text(msg: email.message.EmailMessage) -> str:
    body = msg.get_body(("plain", "html"))
    assert body is not None
    txt = body.get_content()
    if body.get_content_type() == "text/html":
        txt = html_to_text(txt)
    lines = []
    for line in txt.split("\n"):
        if QUOTE_START.match(line.strip()) and lines:
            break
        lines.append(line)
    return "\n".join(lines)


NUM = re.compile(r"\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?")


def amounts_in(s: str) -> set[str]:
    found = set()
    for tok in NUM.findall(s):
        m = re.match(r"^(.*?)[.,](\d{2})$", tok)
        if m and not re.search(r"[.,]\d{3}$", tok):
            whole, cents = re.sub(r"[ .,]", "", m.group(1)), m.group(2)
        else:
            whole, cents = re.sub(r"[ .,]", "", tok), "00"
        if whole.isdigit():
            found.add(f"{int(whole)}.{cents}")
    return found


def check(path: Path, lab: dict) -> list[str]:
    errs: list[str] = []
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append(f"defects in {part.get_content_type()}: {part.defects}")
        if not part.is_multipart() and part.get_content_maintype() == "text":
            part.get_content()  # decodes with the declared charset and transfer encoding
    kind = lab["kind"]
    if kind not in KINDS:
        errs.append(f"unknown kind {kind}")
    if lab.get("language") != "en" or lab.get("split") != "dev" or not lab.get("note"):
        errs.append("language/split/note")
    for h in ("From", "Date", "Subject", "Message-ID"):
        if msg[h] is None:
            errs.append(f"missing {h}")
    when = parsedate_to_datetime(msg["Date"])
    local = when.date()
    if not date(2026, 11, 1) <= local <= date(2027, 3, 31):
        errs.append(f"date out of range: {local}")
    text_all = all_text(msg)
    if kind.startswith("client-reply"):
        if not msg["In-Reply-To"] or not msg["References"]:
            errs.append("reply without In-Reply-To/References")
        if not re.match(r"(?i)^(re|aw|r|rif|rv|fw|fwd):", str(msg["Subject"])):
            errs.append("reply subject without a reply prefix")
    mine = own_text(msg) if kind.startswith("client-reply") else text_all
    pd = lab.get("promised_date")
    if pd is not None:
        if kind != "client-reply-promise":
            errs.append("promised_date outside a promise")
        elif date.fromisoformat(pd) <= local:
            errs.append(f"promised_date {pd} not after the message's local date {local}")
    rd = lab.get("return_date")
    if rd is not None:
        if kind != "auto-reply":
            errs.append("return_date outside an auto-reply")
        elif date.fromisoformat(rd) <= local:
            errs.append(f"return_date {rd} not after {local}")
    amt = lab.get("amount")
    if amt is not None:
        if not re.fullmatch(r"\d+\.\d{2}", amt):
            errs.append(f"amount format {amt}")
        elif amt not in amounts_in(mine):
            errs.append(f"amount {amt} not in the sender's own words: {sorted(amounts_in(mine))}")
    if "currency" in lab:
        if amt is None or lab["currency"] not in ("EUR", "GBP", "USD"):
            errs.append("currency without amount or unknown")
        elif lab["currency"] == "EUR" and not re.search(r"€|EUR|euro", mine, re.I):
            errs.append("EUR not in the sender's words")
    ref = lab.get("reference")
    if ref is not None and ref not in mine:
        errs.append(f"reference {ref} not in the sender's own words")
    if kind == "bounce":
        fr, perm = lab.get("failed_recipient"), lab.get("permanent")
        if fr is None or perm is None:
            errs.append("bounce without failed_recipient/permanent")
        else:
            if fr not in text_all:
                errs.append("failed_recipient not in the report")
            codes = {c[0] for c in re.findall(r"\b([45]\.\d{1,3}\.\d{1,3})\b", text_all)}
            if codes != ({"5"} if perm else {"4"}):
                errs.append(f"status classes {codes} vs permanent={perm}")
    elif "failed_recipient" in lab or "permanent" in lab:
        errs.append("bounce facts outside a bounce")
    return errs


def main() -> int:
    paid_messages()
    promise_messages()
    dispute_messages()
    other_client_messages()
    notification_messages()
    auto_messages()
    bounce_messages()
    other_messages()
    assert len(MESSAGES) == N, len(MESSAGES)
    order = list(range(N))
    random.Random(1919).shuffle(order)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    entries = []
    for n, idx in enumerate(order, 1):
        raw, lab = MESSAGES[idx]
        name = f"{PREFIX}-{n:04d}.eml"
        (HERE / name).write_bytes(raw)
        entries.append((name, lab))
    (HERE / "labels.toml").write_text(write_labels(entries), encoding="utf-8")

    # read back
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    files = sorted(p.name for p in HERE.glob(f"{PREFIX}-*.eml"))
    problems = 0
    if files != sorted(labels):
        print("files and labels differ", file=sys.stderr)
        problems += 1
    mids = set()
    for name in files:
        errs = check(HERE / name, labels[name])
        mid = email.message_from_bytes((HERE / name).read_bytes(), policy=email.policy.default)["Message-ID"]
        if mid in mids:
            errs.append("duplicate Message-ID")
        mids.add(mid)
        for e in errs:
            print(f"{name}: {e}", file=sys.stderr)
        problems += len(errs)
    counts = {k: sum(1 for v in labels.values() if v["kind"] == k) for k in KINDS}
    print(f"{len(files)} messages: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if problems:
        print(f"{problems} problem(s)", file=sys.stderr)
        return 1
    print("all labels checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
