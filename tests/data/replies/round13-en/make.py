#!/usr/bin/env python3
"""Round 13 (English) reply corpus for mailduns: generates r13n-NNNN.eml and labels.toml.

Every body below was written by hand; only the MIME plumbing, the quoted reminders/invoice mails and
the HTML skeletons are generated.  Python 3.11, stdlib only.  Run:  python3 make.py
"""
import base64
import datetime as _dt
import email
import email.policy
import hashlib
import json
import quopri
import random
import sys
import tomllib
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r13n"
RNG = random.Random(1313)

# ---------------------------------------------------------------------------------------------------
# the mailbox owners
# ---------------------------------------------------------------------------------------------------
F = {
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", cur="€", tz="Europe/Dublin",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", beneficiary="Tom Byrne"),
    "hannah": dict(name="Hannah Cole", addr="hannah@colecopy.co.uk", cur="£", tz="Europe/London",
                   iban="GB82 MONZ 0400 0412 3456 78", bic="MONZGB2L", beneficiary="Hannah Cole"),
    "ale": dict(name="Alessandra Rossi", addr="alessandra@example.it", cur="€", tz="Europe/Rome",
                iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX",
                beneficiary="Alessandra Rossi"),
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", cur="€", tz="Europe/Madrid",
                  iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX",
                  beneficiary="Lucía Martín Estudio S.L."),
    "dan": dict(name="Dan Okafor", addr="dan@okaforaudio.com", cur="$", tz="America/New_York",
                iban=None, bic=None, beneficiary=None,
                link="https://pay.okaforaudio.com/"),
}


def dt(y, mo, d, h, mi, tz, s=None):
    if s is None:
        s = RNG.randrange(60)
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))


def money(f, amount):
    cur = F[f]["cur"] if f in F else f
    return f"{cur}{amount:,.2f}"


def longdate(d):
    return f"{d.day} {d.strftime('%B %Y')}"


def usdate(d):
    return f"{d.strftime('%B')} {d.day}, {d.year}"


# ---------------------------------------------------------------------------------------------------
# ids
# ---------------------------------------------------------------------------------------------------
def _hex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def _b32(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))


def mid(style, domain="example.com"):
    if style == "gmail":
        return "<CA" + "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-")
                               for _ in range(48)) + "@mail.gmail.com>"
    if style == "outlook":
        srv = RNG.choice(["DB9PR02", "AM0PR04", "PAXPR10", "LO2P265", "CWLP123", "BN8PR12", "SJ0PR11"])
        return f"<{srv}MB{RNG.randrange(1000, 9999)}{_b32(4)}{RNG.randrange(10, 99)}{_b32(8)}@{srv}MB{RNG.randrange(1000, 9999)}.eurprd0{RNG.randrange(1, 9)}.prod.outlook.com>"
    if style == "apple":
        return f"<{_hex(8).upper()}-{_hex(4).upper()}-{_hex(4).upper()}-{_hex(4).upper()}-{_hex(12).upper()}@{domain}>"
    if style == "mailduns":
        return f"<{_hex(12)}.{_hex(6)}@{domain}>"
    if style == "yahoo":
        return f"<{RNG.randrange(10**8, 10**9)}.{RNG.randrange(10**6, 10**7)}.{RNG.randrange(10**12, 10**13)}@mail.yahoo.com>"
    return f"<{_hex(16)}.{_hex(8)}@{domain}>"


def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name, a):
    if not name:
        return a
    return formataddr((name, a))


# ---------------------------------------------------------------------------------------------------
# MIME plumbing (hand made, so that charsets and transfer encodings are exactly as real clients send)
# ---------------------------------------------------------------------------------------------------
def _crlf(b: bytes) -> bytes:
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def textpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, flowed=False):
    codec = codec or {"utf-8": "utf-8", "iso-8859-1": "cp1252", "windows-1252": "cp1252",
                      "us-ascii": "ascii"}.get(charset, charset)
    raw = text.replace("\r\n", "\n").encode(codec)
    params = f"text/{subtype}; charset=\"{charset}\""
    if flowed:
        params += "; format=flowed"
    if cte == "quoted-printable":
        body = quopri.encodestring(raw.replace(b"\n", b"\r\n"))
        body = body.replace(b"=0D\n", b"\n").replace(b"\r\n", b"\n")
    elif cte == "base64":
        body = base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    else:
        body = raw
    head = f"Content-Type: {params}\nContent-Transfer-Encoding: {cte}\n"
    return head.encode() + b"\n" + body


def binpart(data, ctype, filename, disposition="attachment", extra=""):
    body = base64.encodebytes(data)
    head = (f"Content-Type: {ctype}; name=\"{filename}\"\n"
            f"Content-Disposition: {disposition}; filename=\"{filename}\"\n"
            f"Content-Transfer-Encoding: base64\n{extra}")
    return head.encode() + b"\n" + body


def rawpart(ctype, body, cte=None):
    head = f"Content-Type: {ctype}\n"
    if cte:
        head += f"Content-Transfer-Encoding: {cte}\n"
    return head.encode() + b"\n" + body.encode() if isinstance(body, str) else head.encode() + b"\n" + body


def multipart(subtype, parts, params=""):
    boundary = RNG.choice(["----=_NextPart_", "--_000_", "Apple-Mail=_", "000000000000", "b1_", "----=_Part_"]) + _hex(24)
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{params}\n\n".encode()
    out += b"This is a multi-part message in MIME format.\n\n" if RNG.random() < 0.3 else b""
    for p in parts:
        out += f"--{boundary}\n".encode() + p.rstrip(b"\n") + b"\n"
    out += f"--{boundary}--\n".encode()
    return out


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            f"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            f"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
            f"% {title}\ntrailer <</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png():
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
            b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def build(frm, to, subject, date, body, *, cc=None, irt=None, refs=None, msgid=None, extra=None,
          mailer=None, reply_to=None):
    """body: bytes of a MIME entity (headers + blank line + content)."""
    h = []
    h.append(("Return-Path", "<" + frm.split("<")[-1].rstrip(">") + ">" if "<" in frm else f"<{frm}>"))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", hdr(subject)))
    h.append(("Date", format_datetime(date)))
    h.append(("Message-ID", msgid or mid("generic", frm.split("@")[-1].rstrip(">"))))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    for k, v in (extra or []):
        h.append((k, v))
    if mailer:
        h.append(("X-Mailer", mailer))
    h.append(("MIME-Version", "1.0"))
    out = "".join(f"{k}: {v}\n" for k, v in h).encode()
    return _crlf(out + body)


# ---------------------------------------------------------------------------------------------------
# quoting
# ---------------------------------------------------------------------------------------------------
def q_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def q_gmail_uk(text, when, name, a):
    return f"On {when.strftime('%a')}, {when.day} {when.strftime('%b %Y')} at {when.strftime('%H:%M')}, {name} <{a}> wrote:\n{q_gt(text)}\n"


def q_gmail_us(text, when, name, a):
    h = when.strftime('%I').lstrip('0')
    return f"On {when.strftime('%a')}, {when.strftime('%b')} {when.day}, {when.year} at {h}:{when.strftime('%M %p')} {name} <{a}> wrote:\n\n{q_gt(text)}\n"


def q_apple(text, when, name, a):
    return f"On {when.day} {when.strftime('%b %Y')}, at {when.strftime('%H:%M')}, {name} <{a}> wrote:\n\n{q_gt(text)}\n"


def q_iphone_us(text, when, name, a):
    h = when.strftime('%I').lstrip('0')
    return f"On {when.strftime('%b')} {when.day}, {when.year}, at {h}:{when.strftime('%M %p')}, {name} <{a}> wrote:\n\n{q_gt(text)}\n"


def q_outlook(text, when, name, a, to, subject, cc=None, us=False):
    if us:
        sent = f"{when.strftime('%A, %B')} {when.day}, {when.year} {when.strftime('%I').lstrip('0')}:{when.strftime('%M %p')}"
    else:
        sent = f"{when.strftime('%d %B %Y %H:%M')}"
    s = f"________________________________\nFrom: {name} <{a}>\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subject}\n\n{text.rstrip()}\n"
    return s


def q_outlook_classic(text, when, name, a, to, subject):
    sent = f"{when.strftime('%A')}, {when.day} {when.strftime('%B %Y %H:%M')}"
    return (f"-----Original Message-----\nFrom: {name} <{a}> \nSent: {sent}\nTo: {to}\n"
            f"Subject: {subject}\n\n{text.rstrip()}\n")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<div>" + "<br>".join(html_escape(l) for l in para.split("\n")) + "</div>")
    return "\n<div><br></div>\n".join(out)


def html_gmail(top, quoted, when, name, a, us=False):
    if us:
        h = when.strftime('%I').lstrip('0')
        attr = f"On {when.strftime('%a')}, {when.strftime('%b')} {when.day}, {when.year} at {h}:{when.strftime('%M %p')} {name} &lt;<a href=\"mailto:{a}\">{a}</a>&gt; wrote:"
    else:
        attr = f"On {when.strftime('%a')}, {when.day} {when.strftime('%b %Y')} at {when.strftime('%H:%M')}, {name} &lt;<a href=\"mailto:{a}\">{a}</a>&gt; wrote:"
    q = ""
    if quoted:
        q = (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{attr}<br></div>"
             f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
             f"{html_paras(quoted)}</blockquote></div>")
    return f"<div dir=\"ltr\">{html_paras(top)}</div>{q}\n"


def html_outlook(top, quoted_block, font="Aptos", size="12pt"):
    q = ""
    if quoted_block:
        q = ("<div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
             f"<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
             f"{html_paras(quoted_block)}</font></div>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style></head>"
            f"<body dir=\"ltr\"><div class=\"elementToProof\" style=\"font-family: {font}, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: {size}; color: rgb(0, 0, 0);\">"
            f"{html_paras(top)}</div>{q}</body></html>\n")


# ---------------------------------------------------------------------------------------------------
# what the freelancer sent (invoice mails and mailduns reminders, as the templates write them)
# ---------------------------------------------------------------------------------------------------
def pay_block(f, ref):
    o = F[f]
    if o.get("iban"):
        s = f"Payment details:\n- Account name: {o['beneficiary']}\n- IBAN: {o['iban']}\n- BIC (SWIFT): {o['bic']}\n- Payment reference: {ref}\n"
        return s
    return f"Payment details:\n- Pay online: {o['link']}{ref.lower()}\n"


def dear(client):
    return client if client.endswith(",") else f"Dear {client},"


def reminder(tpl, f, num, amount, due, client="Accounts Team", today=None, deadline=None,
             promise=None, claim=None, paid_on=None, issue=None, fees=None):
    o = F[f]
    amt = money(f, amount) if amount is not None else None
    a = f" for {amt}" if amt else ""
    g = dear(client)
    pb = pay_block(f, num)
    if tpl == "courtesy":
        body = (f"This is a friendly reminder that invoice {num}{a}{', issued on ' + longdate(issue) + ',' if issue else ''} is due for payment on {longdate(due)}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.\n\n"
                f"{pb}\nIf you have any questions, just reply to this email.\n")
    elif tpl == "due":
        body = (f"This is a quick reminder that invoice {num}{a} is due for payment today, {longdate(due)}.\n\n"
                "If you have already paid, thank you, and please disregard this reminder.\n\n"
                f"{pb}\nIf you have any questions, just reply to this email.\n")
    elif tpl == "reminder":
        body = (f"According to my records, invoice {num}{a}, due on {longdate(due)}, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                + (fees + "\n" if fees else "") +
                "If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
                f"{pb}")
    elif tpl == "late_fee":
        days = (today - due).days
        body = (f"Invoice {num}{a}, due on {longdate(due)}, is now {days} days overdue.\n\n"
                + (fees + "\n" if fees else "") +
                f"Please arrange payment{' of the total above' if fees else ''} by {longdate(deadline)}. If payment is already on its way, thank you – please let me know the date it was made. If there is a problem with the invoice or with the timing, please reply to this email and we can find a solution.\n\n"
                f"{pb}")
    elif tpl == "promise_followup":
        if promise:
            first = f"Thank you for letting me know that invoice {num}{a} would be paid by {longdate(promise)}."
        else:
            first = f"Thank you for your earlier message about invoice {num}{a}, which was due on {longdate(due)}."
        body = (f"{first}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. If you need a little more time, could you let me know when I can expect it?\n\n{pb}")
    elif tpl == "paid_claim_followup":
        body = (f"Thank you for letting me know{' on ' + longdate(claim) if claim else ''} that invoice {num}{a} has been paid{' (by a transfer made on ' + longdate(paid_on) + ')' if paid_on else ''}.\n\n"
                "However, the payment has not reached my account yet. Bank transfers sometimes take a few extra days, and occasionally a payment is sent to out-of-date bank details. To help me trace it, could you please send me the date and reference of the transfer, or a copy of the payment confirmation?\n\n"
                "If the transfer was made only in the last day or two, it is probably still on its way, and there is no need to do anything further. Thank you for your help.\n")
    elif tpl == "suspension":
        body = (f"I am writing again about invoice {num}{a}, which was due on {longdate(due)} and remains unpaid.\n\n"
                f"If payment is not received by {longdate(deadline)}, I may have to suspend work in progress and any services I provide to you from {longdate(deadline + _dt.timedelta(days=1))} until the account is settled. If something is making payment difficult – for example, if you need to pay in instalments – please reply to this email and we can agree a solution.\n\n"
                f"{pb}")
    elif tpl == "final":
        body = (f"Final notice before debt recovery\n\nDate: {longdate(today)}\nInvoice: {num}, due on {longdate(due)}\nAmount due: {amt}\nPayment deadline: {longdate(deadline)}\n\n"
                f"Despite my previous reminders, invoice {num}{a}, which was due for payment on {longdate(due)}, remains unpaid.\n\n"
                f"I therefore formally request payment of {amt} by {longdate(deadline)}.\n\n"
                "If payment is not received by that date, I intend to take steps to recover the debt. These may include referring the matter to a debt collection agency or a solicitor and, if necessary, starting court proceedings.\n\n"
                f"I would much rather resolve this with you directly. If there is a reason for the delay, or if you would like to propose a payment plan, please reply to this email before {longdate(deadline)}.\n\n"
                "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would help if you could let me know the payment date so that I can update my records.\n\n"
                f"{pb}")
        return f"{body}\nYours faithfully,\n{o['name']}\n" if client == "Accounts Team" else f"{body}\nYours sincerely,\n{o['name']}\n"
    else:
        raise ValueError(tpl)
    if tpl == "final":
        pass
    g = "Dear Accounts Team," if client == "Accounts Team" else ("Hello," if client == "Hello," else g)
    return f"{g}\n\n{body}\nKind regards,\n{o['name']}\n"


def fees_gb(rate, comp, lines):
    s = ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 applies: "
         f"statutory interest runs from the day after the due date at {rate} a year (8% over the Bank of England base rate in force when the debt fell due), "
         f"and a fixed sum of {comp} is due for the costs of recovering the debt (section 5A).\n\n")
    return s + "\n".join("- " + l for l in lines) + "\n"


def fees_ie(rate, comp, lines, today):
    s = ("As this is a commercial transaction, the European Communities (Late Payment in Commercial Transactions) Regulations 2012 apply: "
         f"late payment interest runs from the day after the due date at {rate} a year (the European Central Bank's main refinancing rate plus 8 percentage points), "
         f"and {comp} is due as compensation for recovery costs (Regulation 9).\n\n"
         f"The amount due as at {longdate(today)} (interest continues to run until payment) is:\n")
    return s + "\n".join("- " + l for l in lines) + "\n"


SUBJ = {
    "courtesy": "Invoice {n} – due soon",
    "due": "Invoice {n} – due today",
    "reminder": "Invoice {n} – payment reminder",
    "late_fee": "Invoice {n} – overdue",
    "promise_followup": "Invoice {n} – following up",
    "paid_claim_followup": "Invoice {n} – payment not yet received",
    "suspension": "Invoice {n} – unpaid",
    "final": "Final notice – invoice {n}",
}


def thread(f, tpl, num, sent, **kw):
    """The freelancer's message a client replies to: returns (subject, msgid, text, when)."""
    o = F[f]
    msgid = mid("mailduns", o["addr"].split("@")[1])
    subject = kw.pop("subject", None) or SUBJ[tpl].format(n=num)
    text = kw.pop("text", None) or reminder(tpl, f, num, **kw)
    return subject, msgid, text, sent


MESSAGES = []  # (bytes, labels)


def add(raw, **labels):
    labels.setdefault("language", "en")
    labels.setdefault("split", "dev")
    MESSAGES.append((raw, labels))


def ms(f):
    o = F[f]
    return addr(o["name"], o["addr"])


def reply(f, frm, th, top, *, date, style="gmail_uk", prefix="Re: ", to=None, cc=None, mailer=None,
          msgid_style=None, charset="utf-8", cte="quoted-printable", atts=(), extra=None, html=None,
          codec=None, subject=None, quote_to=None, flowed=False):
    """A client reply to th = (subject, msgid, text, when) sent by freelancer f."""
    o = F[f]
    subj0, irt, qtext, qwhen = th
    subject = subject or (prefix + subj0)
    to = to or ms(f)
    fa = frm.split("<")[-1].rstrip(">")
    dom = fa.split("@")[1]
    qwhen_local = qwhen
    quote_to = quote_to or fa
    if style in ("gmail_uk", "gmail_html", "gmail_html_only"):
        q = q_gmail_uk(qtext, qwhen_local, o["name"], o["addr"])
        msgid_style = msgid_style or "gmail"
    elif style in ("gmail_us", "gmail_us_html", "gmail_us_html_only"):
        q = q_gmail_us(qtext, qwhen_local, o["name"], o["addr"])
        msgid_style = msgid_style or "gmail"
    elif style == "apple":
        q = q_apple(qtext, qwhen_local, o["name"], o["addr"])
        msgid_style = msgid_style or "apple"
    elif style == "iphone_us":
        q = q_iphone_us(qtext, qwhen_local, o["name"], o["addr"])
        msgid_style = msgid_style or "apple"
    elif style in ("outlook", "outlook_html", "outlook_html_only"):
        q = q_outlook(qtext, qwhen_local, o["name"], o["addr"], quote_to, subj0)
        msgid_style = msgid_style or "outlook"
    elif style in ("outlook_us", "outlook_us_html", "outlook_us_html_only"):
        q = q_outlook(qtext, qwhen_local, o["name"], o["addr"], quote_to, subj0, us=True)
        msgid_style = msgid_style or "outlook"
    elif style == "outlook_classic":
        q = q_outlook_classic(qtext, qwhen_local, o["name"], o["addr"], quote_to, subj0)
        msgid_style = msgid_style or "generic"
    elif style == "none":
        q = ""
        msgid_style = msgid_style or "generic"
    else:
        raise ValueError(style)
    if style.startswith("gmail"):
        text = top.rstrip("\n") + "\n\n" + q
    elif style.startswith("outlook"):
        text = top.rstrip("\n") + "\n\n" + q
    elif q:
        text = top.rstrip("\n") + "\n\n" + q
    else:
        text = top.rstrip("\n") + "\n"
    if style.endswith("html") or style.endswith("html_only"):
        if html is None:
            if style.startswith("gmail"):
                html = html_gmail(top, qtext, qwhen_local, o["name"], o["addr"], us="_us" in style)
            else:
                html = html_outlook(top, q)
        hp = textpart(html, "html", charset=charset, cte=cte, codec=codec)
        if style.endswith("html_only"):
            body = hp
        else:
            body = multipart("alternative", [textpart(text, charset=charset, cte=cte, codec=codec, flowed=flowed), hp])
    else:
        body = textpart(text, charset=charset, cte=cte, codec=codec, flowed=flowed)
    if atts:
        body = multipart("mixed", [body] + [binpart(d, c, n) for (n, c, d) in atts])
    refs = irt
    return build(frm, to, subject, date, body, cc=cc, irt=irt, refs=refs,
                 msgid=mid(msgid_style, dom), extra=extra, mailer=mailer)


D = _dt.date
