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
    if prefix == "Re: " and style.startswith("outlook"):
        prefix = "RE: "
    subject = subject or (prefix + subj0)
    assert date > qwhen, (frm, subj0)
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

# ===================================================================================================
# PAID
# ===================================================================================================
def paid():
    # 1 yoga studio, one-liner from iPhone
    th = thread("hannah", "reminder", "HC-0147", dt(2026, 12, 2, 9, 0, "Europe/London"),
                amount=480, due=D(2026, 11, 30), client="Maya Lindqvist-Hart")
    add(reply("hannah", addr("Maya Lindqvist-Hart", "maya@sunriseyogabrighton.co.uk"), th,
              "Done! So sorry, totally slipped my mind with the winter timetable launch. Namaste 🙏\n\nMaya x\n\nSent from my iPhone",
              date=dt(2026, 12, 2, 19, 42, "Europe/London"), style="apple", prefix="Re: "),
        kind="client-reply-paid",
        note="yoga studio owner, 'Done!' with no payment verb, iPhone, Apple-quoted reminder")

    # 2 brewery, paid this morning + chat about labels
    th = thread("tom", "reminder", "INV-2026-088", dt(2026, 11, 23, 8, 30, "Europe/Dublin"),
                amount=1845, due=D(2026, 11, 20))
    add(reply("tom", addr("Ger Twomey", "ger@hopfatherbrewing.ie"), th,
              "Tom,\n\nPaid that this morning, should be with you tomorrow or Thursday at the latest. Apologies, our bookkeeper is only in on Mondays and it sat in her tray.\n\n"
              "Also - the new can labels for the Winter Stout went down a storm at the Franciscan Well festival, loads of people asking who did them. We'll be in touch about the spring seasonal in the new year.\n\n"
              "Ger\n\n--\nGer Twomey | Head Brewer\nHopfather Brewing Co. | Unit 4, Kilbarry Ind. Est., Cork\n+353 21 430 1188",
              date=dt(2026, 11, 24, 11, 3, "Europe/Dublin"), style="gmail_uk"),
        kind="client-reply-paid", note="brewery, paid this morning + expected arrival + talk about other work")

    # 3 PTA treasurer, paid with a question
    th = thread("tom", "reminder", "INV-2026-094", dt(2026, 11, 3, 9, 0, "Europe/Dublin"),
                amount=350, due=D(2026, 10, 30), client="Gerry Nolan")
    add(reply("tom", addr("Gerry Nolan", "gerry.nolan@hotmail.com"), th,
              "Hi Tom,\n\nApologies for the delay, I was away for the mid-term break and only getting to the post now. I've transferred €350 this evening from the Parents' Association account, reference \"PA posters\".\n\n"
              "Can you let me know when it arrives? Our credit union can be slow with transfers to a new payee and I'd like to tick it off before the committee meeting.\n\n"
              "Thanks a million,\nGerry Nolan\nTreasurer, St Brigid's NS Parents' Association",
              date=dt(2026, 11, 5, 21, 14, "Europe/Dublin"), style="outlook", mailer=None),
        kind="client-reply-paid", amount="350.00",
        note="PTA treasurer: transferred + asks to confirm arrival (paid with a question); Hotmail/Outlook quoting")

    # 4 vet practice manager, BACS run, Outlook HTML + disclaimer
    th = thread("hannah", "reminder", "HC-0153", dt(2026, 12, 10, 9, 0, "Europe/London"),
                amount=1260, due=D(2026, 12, 7))
    add(reply("hannah", addr("Lorraine Pickersgill", "lorraine.pickersgill@meadowbankvets.co.uk"), th,
              "Good morning Hannah,\n\nThe payment for invoice HC-0153 was included in our BACS run on Friday, so it should reach your account by Wednesday at the latest.\n\n"
              "Kind regards,\nLorraine\n\nLorraine Pickersgill | Practice Manager\nMeadowbank Veterinary Clinic\n14 Skipton Road, Harrogate HG1 4LA\nT: 01423 567 210\n\n"
              "This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. "
              "If you have received this email in error please notify the sender. Meadowbank Veterinary Clinic Ltd is registered in England and Wales, company no. 07314589.",
              date=dt(2026, 12, 14, 8, 47, "Europe/London"), style="outlook_html"),
        kind="client-reply-paid", reference="HC-0153",
        note="vet practice manager: included in Friday's BACS run (already done), Outlook HTML, confidentiality footer")

    # 5 podcast network AP, ACH with trace number
    th = thread("dan", "reminder", "OA-1058", dt(2027, 1, 5, 10, 0, "America/New_York"),
                amount=2400, due=D(2026, 12, 31))
    add(reply("dan", addr("Priya Raman", "ap@loudmouthaudio.com"), th,
              "Hi Dan —\n\nPayment for OA-1058 was sent via ACH today. Trace # 091000019284731. Please allow 1–2 business days for it to post.\n\n"
              "Best,\nPriya Raman\nAccounts Payable | Loudmouth Audio Network\n45 Main St, Suite 612, Brooklyn, NY 11201",
              date=dt(2027, 1, 7, 15, 30, "America/New_York"), style="outlook_us"),
        kind="client-reply-paid", reference="OA-1058",
        note="podcast network AP, ACH sent today with trace number")

    # 6 museum shop, finance confirms international transfer
    th = thread("ale", "reminder", "41/2026", dt(2026, 12, 11, 9, 30, "Europe/Rome"),
                amount=1480, due=D(2026, 12, 5))
    add(reply("ale", addr("Fiona Jarvis", "fiona.jarvis@tidewatermuseum.org.uk"), th,
              "Dear Alessandra,\n\nThank you for your patience. Our finance team confirms that payment of EUR 1,480.00 for your invoice 41/2026 was made by international transfer on 14 December (our ref. TMM-PO-2217). "
              "As it is going from a sterling account it may take three to five working days to reach you.\n\n"
              "The postcards are selling beautifully in the shop, by the way - the lighthouse one in particular.\n\n"
              "Best wishes,\nFiona\n\nFiona Jarvis\nRetail & Visitor Services Manager\nTidewater Maritime Museum, Hull\n\n"
              "Tidewater Maritime Museum is a registered charity no. 1098765.",
              date=dt(2026, 12, 16, 10, 5, "Europe/London"), style="outlook"),
        kind="client-reply-paid", amount="1480.00", reference="41/2026",
        note="museum shop manager relays finance: payment made on 14 Dec; Italian numbering 41/2026 in English mail")

    # 7 dental practice, "sorted x"
    th = thread("hannah", "due", "HC-0161", dt(2027, 1, 15, 9, 0, "Europe/London"),
                amount=360, due=D(2027, 1, 15), client="Bev Holroyd")
    add(reply("hannah", addr("Bev Holroyd", "reception@smilestreetdental.co.uk"), th,
              "sorted x",
              date=dt(2027, 1, 15, 13, 12, "Europe/London"), style="gmail_uk"),
        kind="client-reply-paid", note="dental receptionist, one word 'sorted x' to a due-today reminder")

    # 8 wedding venue forwards a bank confirmation, PDF attached
    th = thread("tom", "late_fee", "INV-2026-101", dt(2027, 1, 18, 9, 0, "Europe/Dublin"),
                amount=2150, due=D(2026, 12, 18), today=D(2027, 1, 18), deadline=D(2027, 1, 28))
    fwd = ("Here you go Tom, sorry again!\n\nNiamh\n\n---------- Forwarded message ---------\n"
           "From: Bank of Ireland <no-reply@365online.boi.com>\nDate: Tue, 19 Jan 2027 at 16:02\n"
           "Subject: Payment confirmation\nTo: <accounts@ballycloughhouse.ie>\n\n\n"
           "Bank of Ireland 365 Online\n\nPayment confirmation\n\nYour payment has been processed.\n\n"
           "From account: BALLYCLOUGH HOUSE LTD ~4471\nPayee: TOM BYRNE\nPayee IBAN: IE29AIBK931152******78\n"
           "Amount: EUR 2,150.00\nYour reference: INV-2026-101\nDate: 19/01/2027\n\n"
           "Please do not reply to this email. This mailbox is not monitored.")
    add(reply("tom", addr("Niamh Doyle", "niamh@ballycloughhouse.ie"), th, fwd,
              date=dt(2027, 1, 19, 16, 9, "Europe/Dublin"), style="none",
              atts=[("BOI_payment_confirmation_19012027.pdf", "application/pdf", fake_pdf("BOI payment confirmation"))]),
        kind="client-reply-paid", amount="2150.00", reference="INV-2026-101",
        note="wedding venue forwards its bank's confirmation with 'Here you go' only; no quote of the reminder, PDF attached")

    # 9 SaaS founder, paid + question about invoicing the US entity
    th = thread("hannah", "reminder", "HC-0158", dt(2026, 12, 7, 9, 0, "Europe/London"),
                amount=1950, due=D(2026, 12, 4), client="Raj Mehta")
    add(reply("hannah", addr("Raj Mehta", "raj@pipewise.io"), th,
              "Hey Hannah,\n\nPaid from our Revolut Business just now, it'll show as PIPEWISE LTD. Sorry, December is chaos here.\n\n"
              "Quick one while I have you: from next quarter could you invoice Pipewise Inc. (the Delaware entity) instead of the UK Ltd? Our new investors want all the vendor spend in one place. I'll send the address and EIN.\n\n"
              "Raj\n\n--\nRaj Mehta | Co-founder & CEO | Pipewise\nhttps://pipewise.io",
              date=dt(2026, 12, 8, 23, 51, "Europe/London"), style="gmail_uk"),
        kind="client-reply-paid",
        note="SaaS founder: paid just now, then an unrelated request about billing another entity (paid wins over question)")

    # 10 yoga retreat, German owner, non-native
    th = thread("lucia", "reminder", "2026-047", dt(2026, 11, 30, 9, 0, "Europe/Madrid"),
                amount=890, due=D(2026, 11, 25), client="Birgit Schäfer")
    add(reply("lucia", addr("Birgit Schäfer", "birgit@casaprana-lanzarote.com"), th,
              "Hello Lucía,\n\nI have made the transfer yesterday evening, please check if it is arrived. The bank say it can take one day more because it is from my german account (Sparkasse).\n\n"
              "Many greetings from Lanzarote, here it is still 24 degree :-)\nBirgit\n\n--\nCasa Prana Yoga Retreat\nCalle Los Charcos 12, 35558 Tinajo, Lanzarote",
              date=dt(2026, 12, 2, 10, 22, "Atlantic/Canary"), style="gmail_uk"),
        kind="client-reply-paid",
        note="German-speaking yoga retreat owner in Lanzarote, non-native ('is it arrived'), Atlantic/Canary time zone")

    # 11 Australian brewery
    th = thread("ale", "reminder", "38/2026", dt(2026, 11, 16, 9, 0, "Europe/Rome"),
                amount=2600, due=D(2026, 11, 12))
    add(reply("ale", addr("Jase Whitford", "jase@swanriverbrewing.com.au"), th,
              "G'day Alessandra,\n\nAll squared away, paid it Tuesday arvo. Bank reckons international takes 2-3 days so should land by Friday your time.\n\n"
              "Cheers for the labels, the hazy IPA one's been flying off the shelves at Dan Murphy's.\n\nJase",
              date=dt(2026, 11, 18, 9, 15, "Australia/Perth"), style="iphone_us"),
        kind="client-reply-paid",
        note="Australian brewery owner, slang ('all squared away', 'arvo'); 'by Friday' is arrival, not a promise")

    # 12 museum (US) AP, processed in yesterday's run, HTML only + remittance
    th = thread("lucia", "reminder", "2026-052", dt(2027, 1, 8, 9, 0, "Europe/Madrid"),
                amount=3100, due=D(2026, 12, 31))
    top = ("Hi Lucía,\n\nYour invoice 2026-052 was processed in yesterday's payment run (international wire). Remittance advice attached for your records.\n\n"
           "Regards,\n\nDeShawn Carter\nAccounts Payable\nMuseum of Small Things\n300 Congress St, Boston, MA 02210")
    add(reply("lucia", addr("Museum of Small Things - Accounts Payable", "ap@museumofsmallthings.org"), th, top,
              date=dt(2027, 1, 12, 14, 3, "America/New_York"), style="outlook_us_html_only",
              atts=[("Remittance_Advice_0001874.pdf", "application/pdf", fake_pdf("Remittance advice 0001874"))]),
        kind="client-reply-paid", reference="2026-052",
        note="museum AP, 'processed in yesterday's payment run', HTML only, remittance PDF")

    # 13 vet (US), paid + vague 'will also'
    th = thread("tom", "reminder", "INV-2026-109", dt(2026, 12, 14, 9, 0, "Europe/Dublin"),
                amount=980, due=D(2026, 12, 10), client="Dr Ellen Marsh")
    add(reply("tom", addr("Ellen Marsh DVM", "emarsh@cedarhollowvet.com"), th,
              "Tom - we paid this last week by wire, sorry for not letting you know. I'll also send over the new photos for the team page at some point, we have two new techs.\n\nEllen\n\n"
              "Ellen Marsh, DVM\nCedar Hollow Veterinary Clinic\nMiddlebury, VT",
              date=dt(2026, 12, 14, 10, 37, "America/New_York"), style="gmail_us"),
        kind="client-reply-paid",
        note="US vet: paid last week by wire + vague 'I'll also send photos' (stays paid)")

    # 14 PTA treasurer in ALL CAPS
    th = thread("hannah", "reminder", "HC-0166", dt(2027, 1, 25, 9, 0, "Europe/London"),
                amount=150, due=D(2027, 1, 22))
    add(reply("hannah", addr("Derek Ashworth", "derek.ashworth1954@btinternet.com"), th,
              "HI HANNAH\n\nPAID THIS MORNING FROM PTA ACCOUNT. APOLOGIES FOR DELAY.\n\nREGARDS\nDEREK (TREASURER HILLCREST PTA)",
              date=dt(2027, 1, 26, 8, 2, "Europe/London"), style="outlook_classic"),
        kind="client-reply-paid", note="retired PTA treasurer writing in ALL CAPS, classic Outlook quote")

    # 15 landscaping (US), paid to old bank details, asks
    th = thread("tom", "reminder", "INV-2026-099", dt(2026, 12, 8, 9, 0, "Europe/Dublin"),
                amount=1200, due=D(2026, 12, 1), client="Rick Dawson")
    add(reply("tom", addr("Rick Dawson", "rick@greenacrelandscapes.com"), th,
              "Hey Tom,\n\nI sent it on the 3rd but I just realized I used the bank info off your invoice from last year. Is that account still open?? If not let me know asap and I'll get our bank to recall it.\n\n"
              "Rick\n\nGreenacre Landscapes LLC\nLawn - Hardscape - Snow Removal\nDublin, OH",
              date=dt(2026, 12, 9, 7, 48, "America/New_York"), style="gmail_us"),
        kind="client-reply-paid",
        note="landscaper says he paid on the 3rd (maybe to old account) and asks; clear paid claim with a question")

    # 16 PTA secretary, long chatty mail, one sentence matters
    th = thread("tom", "reminder", "INV-2026-112", dt(2026, 12, 15, 9, 0, "Europe/Dublin"),
                amount=220, due=D(2026, 12, 11), client="Aoife Brennan")
    add(reply("tom", addr("Aoife Brennan", "aoife.brennan@gmail.com"), th,
              "Hi Tom!\n\nHope you're keeping well. Just a quick update from our end - the Christmas fair was a massive success, we raised over €4,300 for the new sensory room, and the raffle tickets you designed were so much nicer than last year's ones (which were literally photocopied, don't tell anyone). "
              "Santa's grotto had a queue out the door, Mr Kinsella from 5th class did an amazing job as Santa even though his beard fell off twice.\n\n"
              "We're thinking of doing a spring table quiz in March, would you be up for doing a poster for that? No rush at all, we'll talk after Christmas.\n\n"
              "Oh and Gerry says the money for the tickets went through on Monday, he did it from the credit union account so it might show up as ST BRIGIDS PA CU or something like that.\n\n"
              "Happy Christmas to you and the family!\nAoife x",
              date=dt(2026, 12, 17, 20, 26, "Europe/Dublin"), style="gmail_uk"),
        kind="client-reply-paid",
        note="long chatty PTA mail about the fair; one sentence says the treasurer paid on Monday (second-hand paid claim)")

    # 17 brewery: two invoices both paid
    th = thread("tom", "reminder", "INV-2026-103", dt(2027, 1, 4, 9, 0, "Europe/Dublin"),
                subject="Invoices INV-2026-103, INV-2026-106 – payment reminder",
                text=("Dear Accounts Team,\n\nAccording to my records, the following invoices are still outstanding:\n\n"
                      "- INV-2026-103, issued on 20 November 2026, due on 20 December 2026 (15 days overdue): €640.00\n"
                      "- INV-2026-106, issued on 1 December 2026, due on 31 December 2026 (4 days overdue): €1,120.00\n\n"
                      "Total due: €1,760.00\n\nPlease arrange payment by 14 January 2027. If some of these invoices have already been paid, thank you – please let me know which ones and the payment dates, so that I can update my records. If there is a problem with any of them, please reply to this email and we can sort it out.\n\n"
                      "The payment details are on the invoices, in the emails they were sent with.\n\nKind regards,\nTom Byrne\n"))
    add(reply("tom", addr("Ger Twomey", "ger@hopfatherbrewing.ie"), th,
              "Both gone out today - 103 and 106.\n\nGer\n\nSent from my Galaxy",
              date=dt(2027, 1, 5, 14, 40, "Europe/Dublin"), style="none"),
        kind="client-reply-paid",
        note="statement of two invoices; 'Both gone out today' with short numbers, no quote, Android signature")

    # 18 yoga (US) Zelle with emoji, amount in USD
    th = thread("dan", "reminder", "OA-1063", dt(2026, 12, 17, 10, 0, "America/New_York"),
                amount=600, due=D(2026, 12, 15), client="Jenna Alvarez")
    add(reply("dan", addr("Jenna Alvarez", "jenna@lotuslofttx.com"), th,
              "hey Dan!! just zelled you the $600 🙏✨ let me know if it doesn't come through, zelle is weird with our business account sometimes\n\nxo Jenna\nLotus Loft Yoga · Austin TX",
              date=dt(2026, 12, 18, 12, 5, "America/Chicago"), style="iphone_us"),
        kind="client-reply-paid", amount="600.00", currency="USD",
        note="Austin yoga studio owner: 'just zelled you the $600', emoji, lowercase")

    # 19 SaaS (US) Bill.com
    th = thread("dan", "reminder", "OA-1060", dt(2026, 12, 14, 10, 0, "America/New_York"),
                amount=1750, due=D(2026, 12, 10))
    add(reply("dan", addr("Megan Liu", "megan@quillcast.app"), th,
              "Hi Dan,\n\nPayment's been sent through Bill.com this morning — you should see it land in 2–3 business days. Thanks for your patience, our controller was out last week.\n\n"
              "Megan\n\nMegan Liu | Operations\nQuillcast — podcasting, without the busywork",
              date=dt(2026, 12, 15, 9, 12, "America/Los_Angeles"), style="gmail_us_html"),
        kind="client-reply-paid", note="SaaS ops: sent through Bill.com this morning; Pacific time; Gmail multipart/alternative")

    # 20 wedding venue paid incl. €40 compensation
    th = thread("tom", "late_fee", "INV-2026-092", dt(2026, 11, 30, 9, 0, "Europe/Dublin"),
                amount=1230, due=D(2026, 11, 5), today=D(2026, 11, 30), deadline=D(2026, 12, 10),
                fees=fees_ie("10.15%", "€40.00", ["invoice INV-2026-092: €1,230.00",
                                                     "late payment interest from 6 November 2026 to 30 November 2026 (25 days at 10.15%): €8.55",
                                                     "compensation for recovery costs: €40.00",
                                                     "total: €1,278.55"], D(2026, 11, 30)))
    add(reply("tom", addr("Orla Kinsella", "orla@ballycloughhouse.ie"), th,
              "Tom,\n\nMy apologies, this fell between the cracks when Siobhan left us in October and nobody picked up her inbox. I've paid it now including the €40 compensation, so €1,270 in total. "
              "I hope that squares us - I didn't add the interest, if you really want the €8.55 let me know!\n\n"
              "Orla Kinsella\nEvents & Operations Manager\nBallyclough House, Co. Wicklow",
              date=dt(2026, 12, 1, 12, 44, "Europe/Dublin"), style="outlook"),
        kind="client-reply-paid", amount="1270.00",
        note="wedding venue paid invoice + €40 compensation, skipped interest but offers to pay it: not a dispute")

    # 21 dental (US) remittance, US date 12/11
    th = thread("tom", "reminder", "INV-2026-107", dt(2026, 12, 10, 9, 0, "Europe/Dublin"),
                amount=650, due=D(2026, 12, 6))
    add(reply("tom", addr("Marisol Vega", "office@northsidefamilydental.com"), th,
              "Hi Tom,\n\nPlease find attached remittance advice for invoice INV-2026-107. Payment was issued by international wire on 12/11/2026.\n\n"
              "Thank you,\nMarisol Vega\nOffice Manager\nNorthside Family Dental | 2450 N Clark St, Chicago, IL 60614 | (773) 555-0142\n\n"
              "CONFIDENTIALITY NOTICE: This message may contain protected health information (PHI) that is privileged and confidential under HIPAA. If you are not the intended recipient, please delete it and notify the sender.",
              date=dt(2026, 12, 14, 9, 31, "America/Chicago"), style="outlook_us_html",
              atts=[("Remittance INV-2026-107.pdf", "application/pdf", fake_pdf("Remittance INV-2026-107"))]),
        kind="client-reply-paid", reference="INV-2026-107",
        note="US dental office: remittance attached, wire issued 12/11/2026 (US date = 11 Dec), HIPAA footer")

    # 22 landscaping (UK) "that's gone across now"
    th = thread("hannah", "reminder", "HC-0155", dt(2026, 11, 26, 9, 0, "Europe/London"),
                amount=720, due=D(2026, 11, 23), client="Rob Thornbury")
    add(reply("hannah", addr("Rob Thornbury", "rob@thornburygardens.co.uk"), th,
              "Hi Hannah, that's gone across now. Cheers, Rob",
              date=dt(2026, 11, 27, 17, 55, "Europe/London"), style="gmail_uk"),
        kind="client-reply-paid", note="landscaper: 'that's gone across now' (no payment verb)")

    # 23 Dutch SaaS, "is payed"
    th = thread("lucia", "reminder", "2026-058", dt(2027, 1, 8, 9, 0, "Europe/Madrid"),
                amount=2420, due=D(2027, 1, 4))
    add(reply("lucia", addr("Sander de Vries", "sander@tulpware.nl"), th,
              "Hi Lucia,\n\nIs payed yesterday. Sorry for late, we had a switch of accounting software in december and some invoices got lost in the migration.\n\nGreetings,\nSander",
              date=dt(2027, 1, 11, 8, 58, "Europe/Amsterdam"), style="gmail_uk"),
        kind="client-reply-paid", note="Dutch SaaS founder, non-native 'Is payed yesterday'")

    # 24 podcast network (AU) answers the paid-claim follow-up, screenshot
    th = thread("dan", "paid_claim_followup", "OA-1055", dt(2026, 12, 1, 10, 0, "America/New_York"),
                amount=3200, due=D(2026, 11, 20), client="Tash Nguyen", claim=D(2026, 11, 25))
    add(reply("dan", addr("Tash Nguyen", "tash@kangaroocourtmedia.com.au"), th,
              "Hi Dan,\n\nNo worries. It went out on 24 November from our NAB account as an international transfer, USD 3,200.00, reference OA-1055. Screenshot attached - let me know if you need the SWIFT confirmation (MT103) and I'll ask the bank for it.\n\n"
              "Cheers,\nTash\n\nTash Nguyen | Head of Production\nKangaroo Court Media · Melbourne",
              date=dt(2026, 12, 2, 8, 20, "Australia/Melbourne"), style="gmail_uk",
              atts=[("Screenshot 2026-12-02 at 8.17.44 am.png", "image/png", fake_png())]),
        kind="client-reply-paid", amount="3200.00", currency="USD", reference="OA-1055",
        note="Melbourne podcast network answers the 'payment not received' follow-up with date, amount, screenshot")

    # 25 wedding venue, iso-8859-1 header but Windows-1252 bytes (curly quotes, euro sign)
    th = thread("ale", "reminder", "44/2026", dt(2026, 12, 7, 9, 0, "Europe/Rome"),
                amount=540, due=D(2026, 12, 1), client="Harriet Sandys")
    add(reply("ale", addr("Harriet Sandys", "harriet@theoldgranary.co.uk"), th,
              "Dear Alessandra,\n\nI’ve paid the €540 this afternoon – so sorry it’s late, we’ve had back-to-back weddings every weekend since October and the office has been a disaster zone.\n\n"
              "The couples adore the illustrated invitations, by the way. Two have asked for matching thank-you cards, I’ll put them in touch.\n\n"
              "Warm wishes,\nHarriet\n\nHarriet Sandys\nThe Old Granary · Weddings & Events\nNr Stow-on-the-Wold, Gloucestershire",
              date=dt(2026, 12, 8, 16, 20, "Europe/London"), style="outlook", charset="iso-8859-1", codec="cp1252"),
        kind="client-reply-paid", amount="540.00",
        note="Cotswolds wedding venue; body labelled iso-8859-1 but with Windows-1252 bytes (€, curly quotes, en dash)")

    # 26 podcast producer relays AP + other work
    th = thread("dan", "reminder", "OA-1052", dt(2026, 11, 27, 10, 0, "America/New_York"),
                amount=2400, due=D(2026, 11, 25), client="Keisha Brown")
    add(reply("dan", addr("Keisha Brown", "keisha@loudmouthaudio.com"), th,
              "heads up — AP says your invoice went out Friday, so you should have it by now or tomorrow.\n\n"
              "Also, any chance you can turn around the ep 14 edit by Weds? Guest wants to hear it before the holidays. Raw files are in the Dropbox.\n\nK",
              date=dt(2026, 11, 30, 11, 48, "America/New_York"), style="gmail_us"),
        kind="client-reply-paid",
        note="producer relays that AP paid Friday (second-hand), then asks for an edit")

    # 27 SaaS (Madrid), "Sent, sorry for the delay", GDPR footer
    th = thread("lucia", "reminder", "2026-061", dt(2027, 2, 1, 9, 0, "Europe/Madrid"),
                amount=1600, due=D(2027, 1, 28))
    add(reply("lucia", addr("Arjun Iyer", "arjun.iyer@nubolabs.io"), th,
              "Sent, sorry for the delay.\n\nArjun\n\nArjun Iyer | Finance & Ops | Nubo Labs S.L.\nCalle de Fuencarral 45, 28004 Madrid\n\n"
              "This message and its attachments are addressed exclusively to the intended recipient and may contain confidential information. "
              "In accordance with the General Data Protection Regulation (EU) 2016/679, we inform you that your personal data is processed by Nubo Labs S.L. for the purpose of managing our business relationship. "
              "You may exercise your rights of access, rectification and erasure by writing to privacy@nubolabs.io.",
              date=dt(2027, 2, 3, 18, 7, "Europe/Madrid"), style="outlook"),
        kind="client-reply-paid", note="'Sent, sorry for the delay' + long GDPR footer longer than the message")


# ===================================================================================================
# PROMISE
# ===================================================================================================
def promise():
    # 1 yoga: Thursday
    th = thread("hannah", "reminder", "HC-0170", dt(2027, 1, 11, 9, 0, "Europe/London"),
                amount=480, due=D(2027, 1, 8), client="Maya Lindqvist-Hart")
    add(reply("hannah", addr("Maya Lindqvist-Hart", "maya@sunriseyogabrighton.co.uk"), th,
              "Hi Hannah, sorry!! January is always tight until the new year memberships come in. Will pay Thursday, promise.\n\nM x\n\nSent from my iPhone",
              date=dt(2027, 1, 11, 18, 20, "Europe/London"), style="apple"),
        kind="client-reply-promise", promised_date="2027-01-14",
        note="Monday message, 'Will pay Thursday' = 14 Jan")

    # 2 brewery: by the 20th
    th = thread("tom", "reminder", "INV-2027-003", dt(2027, 1, 11, 9, 0, "Europe/Dublin"),
                amount=960, due=D(2027, 1, 8))
    add(reply("tom", addr("Ger Twomey", "ger@hopfatherbrewing.ie"), th,
              "Tom, our supplier run is on the 20th this month so you'll have it by then. Grand?\n\nGer",
              date=dt(2027, 1, 12, 9, 41, "Europe/Dublin"), style="gmail_uk"),
        kind="client-reply-promise", promised_date="2027-01-20",
        note="'supplier run is on the 20th ... you'll have it by then'")

    # 3 vet: end of the month
    th = thread("hannah", "reminder", "HC-0168", dt(2027, 1, 15, 9, 0, "Europe/London"),
                amount=840, due=D(2027, 1, 12))
    add(reply("hannah", addr("Lorraine Pickersgill", "lorraine.pickersgill@meadowbankvets.co.uk"), th,
              "Hi Hannah,\n\nApologies – we moved all our supplier payments to a single run at the end of the month from January, so yours will go out then along with everyone else's. "
              "I should have let you know when we changed it.\n\nKind regards,\nLorraine\n\nLorraine Pickersgill | Practice Manager\nMeadowbank Veterinary Clinic",
              date=dt(2027, 1, 18, 12, 2, "Europe/London"), style="outlook_html"),
        kind="client-reply-promise", promised_date="2027-01-31",
        note="end-of-month payment run from January -> 31 Jan")

    # 4 landscaping (US), next Monday sent on Friday
    th = thread("tom", "reminder", "INV-2027-002", dt(2027, 1, 21, 9, 0, "Europe/Dublin"),
                amount=1500, due=D(2027, 1, 18), client="Rick Dawson")
    add(reply("tom", addr("Rick Dawson", "rick@greenacrelandscapes.com"), th,
              "Tom,\n\nWinter's slow for us and cash is tight until the snow removal contracts pay out. I can send it next Monday, that work?\n\nRick",
              date=dt(2027, 1, 22, 16, 40, "America/New_York"), style="gmail_us"),
        kind="client-reply-promise", promised_date="2027-01-25",
        note="sent Friday 22 Jan; 'next Monday' = 25 Jan")

    # 5 landscaping (UK), next week (vague)
    th = thread("hannah", "reminder", "HC-0172", dt(2027, 2, 3, 9, 0, "Europe/London"),
                amount=650, due=D(2027, 1, 31), client="Rob Thornbury")
    add(reply("hannah", addr("Rob Thornbury", "rob@thornburygardens.co.uk"), th,
              "Hi Hannah, I'll get it sorted next week, promise. Been up to my knees in mud on a job in Clifton all week. Rob",
              date=dt(2027, 2, 4, 19, 3, "Europe/London"), style="gmail_uk"),
        kind="client-reply-promise", note="'next week' is vague: no promised_date")

    # 6 SaaS: can't before the 28th
    th = thread("hannah", "reminder", "HC-0165", dt(2027, 1, 13, 9, 0, "Europe/London"),
                amount=1950, due=D(2027, 1, 8), client="Raj Mehta")
    add(reply("hannah", addr("Raj Mehta", "raj@pipewise.io"), th,
              "Hannah,\n\nHonest answer: we can't pay before the 28th. That's when the second tranche of our seed round lands, and until then we're paying salaries and AWS and not much else. "
              "It'll be first thing that day, you have my word.\n\nSorry, I know it's not great.\nRaj",
              date=dt(2027, 1, 14, 7, 55, "Europe/London"), style="gmail_uk"),
        kind="client-reply-promise", promised_date="2027-01-28",
        note="'can't pay before the 28th' = promise for 28 Jan")

    # 7 museum (US) AP: scheduled run on February 15
    th = thread("lucia", "reminder", "2026-063", dt(2027, 2, 1, 9, 0, "Europe/Madrid"),
                amount=2200, due=D(2027, 1, 29))
    add(reply("lucia", addr("Museum of Small Things - Accounts Payable", "ap@museumofsmallthings.org"), th,
              "Hello Lucía,\n\nYour invoice has been approved by the budget holder and is scheduled for our international wire run on February 15.\n\n"
              "Regards,\nDeShawn Carter\nAccounts Payable\nMuseum of Small Things",
              date=dt(2027, 2, 3, 11, 26, "America/New_York"), style="outlook_us_html"),
        kind="client-reply-promise", promised_date="2027-02-15",
        note="AP: approved and scheduled for the wire run on February 15")

    # 8 yoga (US): tomorrow, late evening Central time
    th = thread("dan", "reminder", "OA-1071", dt(2027, 2, 2, 10, 0, "America/New_York"),
                amount=450, due=D(2027, 1, 29), client="Jenna Alvarez")
    add(reply("dan", addr("Jenna Alvarez", "jenna@lotuslofttx.com"), th,
              "ugh sorry Dan!!! doing it tomorrow morning first thing, I'm literally setting an alarm 😅",
              date=dt(2027, 2, 2, 21, 40, "America/Chicago"), style="iphone_us"),
        kind="client-reply-promise", promised_date="2027-02-03",
        note="21:40 Central on 2 Feb (already 3 Feb in UTC): 'tomorrow' = 3 Feb in the sender's zone")

    # 9 dental: today
    th = thread("hannah", "reminder", "HC-0169", dt(2027, 1, 19, 9, 0, "Europe/London"),
                amount=360, due=D(2027, 1, 15), client="Bev Holroyd")
    add(reply("hannah", addr("Bev Holroyd", "reception@smilestreetdental.co.uk"), th,
              "Hiya Hannah, will do it today once Dr Ahmed's signed it off, he's in surgery till 12 x",
              date=dt(2027, 1, 20, 10, 15, "Europe/London"), style="gmail_uk"),
        kind="client-reply-promise", promised_date="2027-01-20",
        note="'will do it today' once signed off = promise for today")

    # 10 PTA: after Christmas (vague)
    th = thread("tom", "reminder", "INV-2026-115", dt(2026, 12, 17, 9, 0, "Europe/Dublin"),
                amount=180, due=D(2026, 12, 14), client="Gerry Nolan")
    add(reply("tom", addr("Gerry Nolan", "gerry.nolan@hotmail.com"), th,
              "Hi Tom,\n\nThe PA account needs two signatures and our chairperson is in Australia visiting her daughter until after Christmas, so I can't release anything until she's back. "
              "It'll be paid as soon as she is. Sorry about this, it's the way the constitution is written.\n\nGerry",
              date=dt(2026, 12, 18, 8, 30, "Europe/Dublin"), style="outlook"),
        kind="client-reply-promise", note="will pay when the chair is back after Christmas: vague, no date")

    # 11 wedding venue: early January (vague)
    th = thread("tom", "reminder", "INV-2026-113", dt(2026, 12, 15, 9, 0, "Europe/Dublin"),
                amount=2900, due=D(2026, 12, 11))
    add(reply("tom", addr("Orla Kinsella", "orla@ballycloughhouse.ie"), th,
              "Hi Tom,\n\nWe close on the 21st for the holidays (three weddings between now and then, God help us). Payment will be made early January when the office reopens. Have a lovely Christmas.\n\nOrla",
              date=dt(2026, 12, 16, 15, 10, "Europe/Dublin"), style="outlook"),
        kind="client-reply-promise", note="'early January' is vague; the 21st is the closure date, not a payment date")

    # 12 brewery (AU): paid one, promise for the other
    th = thread("ale", "reminder", "47/2026", dt(2027, 1, 26, 9, 0, "Europe/Rome"),
                subject="Invoices 47/2026, 2/2027 – payment reminder",
                text=("Dear Accounts Team,\n\nAccording to my records, the following invoices are still outstanding:\n\n"
                      "- 47/2026, issued on 15 December 2026, due on 14 January 2027 (12 days overdue): €1,350.00\n"
                      "- 2/2027, issued on 8 January 2027, due on 22 January 2027 (4 days overdue): €980.00\n\n"
                      "Total due: €2,330.00\n\nPlease arrange payment by 5 February 2027. If some of these invoices have already been paid, thank you – please let me know which ones and the payment dates, so that I can update my records. If there is a problem with any of them, please reply to this email and we can sort it out.\n\n"
                      + pay_block("ale", "47/2026, 2/2027") + "\nKind regards,\nAlessandra Rossi\n"))
    add(reply("ale", addr("Jase Whitford", "jase@swanriverbrewing.com.au"), th,
              "Hi Alessandra,\n\nPaid the 47 one today. The 2/2027 will go on the 5th of Feb when our distributor pays us for December, sorry, summer cash flow is a nightmare over here.\n\nCheers\nJase",
              date=dt(2027, 1, 28, 14, 10, "Australia/Perth"), style="gmail_uk"),
        kind="client-reply-promise", promised_date="2027-02-05",
        note="two invoices: one paid today, the other promised for 5 Feb -> promise")

    # 13 Dutch SaaS: partial now, rest on a date
    th = thread("lucia", "reminder", "2026-066", dt(2027, 1, 18, 9, 0, "Europe/Madrid"),
                amount=2420, due=D(2027, 1, 14))
    add(reply("lucia", addr("Sander de Vries", "sander@tulpware.nl"), th,
              "Hi Lucia,\n\nWe paid 1.000 euro today, the rest (1.420) comes at 29 january when our big customer has payed us. Hope that is ok for you.\n\nGreetings,\nSander",
              date=dt(2027, 1, 19, 13, 36, "Europe/Amsterdam"), style="gmail_uk"),
        kind="client-reply-promise", promised_date="2027-01-29",
        note="part paid now, rest promised for 29 Jan (European thousands separator '1.000'); promise")

    # 14 podcast (AU): when the sponsor pays (vague)
    th = thread("dan", "reminder", "OA-1066", dt(2027, 1, 12, 10, 0, "America/New_York"),
                amount=1800, due=D(2027, 1, 8), client="Tash Nguyen")
    add(reply("dan", addr("Callum Reid", "callum@kangaroocourtmedia.com.au"), th,
              "Mate, really sorry. Our season 3 sponsor still hasn't paid us for November and we're running on fumes. The minute they do, you're first in line, I promise.\n\n"
              "Callum\nKangaroo Court Media",
              date=dt(2027, 1, 13, 10, 2, "Australia/Melbourne"), style="gmail_uk"),
        kind="client-reply-promise", note="pay when their sponsor pays: vague, no date")

    # 15 PTA (UK): cheque at Wednesday's committee meeting, sent Saturday
    th = thread("hannah", "reminder", "HC-0173", dt(2027, 1, 29, 9, 0, "Europe/London"),
                amount=150, due=D(2027, 1, 26))
    add(reply("hannah", addr("Claire Beaumont", "chair.hillcrestpta@gmail.com"), th,
              "Hi Hannah –\n\nI'm so sorry. Our cheques need two signatures and the only time we're all in one room is the committee meeting on Wednesday, so it'll be done then and I'll pop it in the post to you straight after (or Derek will do a transfer if he's worked out the online banking by then!).\n\n"
              "Sorry it's all so old-school.\n\nClaire\nChair, Hillcrest Primary PTA",
              date=dt(2027, 1, 30, 11, 5, "Europe/London"), style="gmail_uk"),
        kind="client-reply-promise", promised_date="2027-02-03",
        note="Saturday 30 Jan; cheque signed at Wednesday's meeting = 3 Feb")

    # 16 wedding venue: Friday's payment run, sent Monday
    th = thread("ale", "reminder", "3/2027", dt(2027, 2, 5, 9, 0, "Europe/Rome"),
                amount=780, due=D(2027, 2, 1), client="Harriet Sandys")
    add(reply("ale", addr("Harriet Sandys", "harriet@theoldgranary.co.uk"), th,
              "Hi Alessandra,\n\nI’ve put it on for Friday’s payment run, so you should see it early next week. x\n\nHarriet",
              date=dt(2027, 2, 8, 9, 40, "Europe/London"), style="apple"),
        kind="client-reply-promise", promised_date="2027-02-12",
        note="Monday 8 Feb: Friday's payment run = 12 Feb ('early next week' is the arrival)")

    # 17 yoga retreat: in two weeks (vague), non-native
    th = thread("lucia", "reminder", "2027-004", dt(2027, 1, 25, 9, 0, "Europe/Madrid"),
                amount=890, due=D(2027, 1, 20), client="Birgit Schäfer")
    add(reply("lucia", addr("Birgit Schäfer", "birgit@casaprana-lanzarote.com"), th,
              "Dear Lucía,\n\nAt the moment is low season here and many guests have cancel because of the flights. I can pay in two weeks, I hope it is ok for you. I am sorry.\n\nBirgit",
              date=dt(2027, 1, 25, 17, 51, "Atlantic/Canary"), style="gmail_uk"),
        kind="client-reply-promise", note="non-native 'in two weeks' = vague, no date")

    # 18 brewery owner: Friday week (the 15th)
    th = thread("tom", "late_fee", "INV-2026-116", dt(2027, 1, 6, 9, 0, "Europe/Dublin"),
                amount=1120, due=D(2026, 12, 31), today=D(2027, 1, 6), deadline=D(2027, 1, 16))
    add(reply("tom", addr("Donal Ó Ceallaigh", "donal@hopfatherbrewing.ie"), th,
              "Tom,\n\nCan you bear with us till Friday week, the 15th? January is always brutal for a brewery, the pubs all pay us late after Christmas and we pay everyone late in turn. Not proud of it.\n\nDonal",
              date=dt(2027, 1, 7, 13, 25, "Europe/Dublin"), style="gmail_uk"),
        kind="client-reply-promise", promised_date="2027-01-15",
        note="Irish 'Friday week, the 15th' from Thursday 7 Jan (not tomorrow's Friday); non-ASCII sender name")

    # 19 SaaS (US): net 30 from receipt, so December 18
    th = thread("dan", "courtesy", "OA-1067", dt(2026, 12, 2, 10, 0, "America/New_York"),
                amount=2100, due=D(2026, 12, 5), issue=D(2026, 11, 5))
    add(reply("dan", addr("Megan Liu", "megan@quillcast.app"), th,
              "Hi Dan,\n\nOur terms are net 30 from receipt of invoice, and we received this one on Nov 18, so it'll be paid on December 18. "
              "Could you set your reminders to match? They land in our shared AP inbox and confuse people.\n\nThanks,\nMegan",
              date=dt(2026, 12, 3, 9, 2, "America/Los_Angeles"), style="gmail_us"),
        kind="client-reply-promise", promised_date="2026-12-18",
        note="US SaaS: net 30 from receipt -> will be paid on December 18; mild complaint about reminders, not a dispute")

    # 20 museum (UK): 01/12 is 1 December
    th = thread("ale", "reminder", "43/2026", dt(2026, 11, 23, 9, 0, "Europe/Rome"),
                amount=1150, due=D(2026, 11, 19))
    add(reply("ale", addr("Tidewater Finance", "finance@tidewatermuseum.org.uk"), th,
              "Dear Ms Rossi,\n\nThank you for your email. The invoice has been approved and payment is scheduled for 01/12 in our weekly overseas payment run.\n\n"
              "Yours sincerely,\n\nPaul Hebblethwaite\nFinance Officer\nTidewater Maritime Museum\n\n"
              "Tidewater Maritime Museum is a registered charity no. 1098765. This email is confidential and may be legally privileged.",
              date=dt(2026, 11, 24, 10, 12, "Europe/London"), style="outlook"),
        kind="client-reply-promise", promised_date="2026-12-01",
        note="UK date '01/12' = 1 December 2026 (not 12 January)")

    # 21 dental (US): 12/4 is December 4
    th = thread("tom", "reminder", "INV-2026-098", dt(2026, 11, 27, 9, 0, "Europe/Dublin"),
                amount=650, due=D(2026, 11, 23))
    add(reply("tom", addr("Marisol Vega", "office@northsidefamilydental.com"), th,
              "Hi Tom,\n\nPayment is scheduled to go out 12/4. Thank you for your patience!\n\nMarisol Vega\nOffice Manager\nNorthside Family Dental",
              date=dt(2026, 11, 30, 8, 50, "America/Chicago"), style="outlook_us"),
        kind="client-reply-promise", promised_date="2026-12-04",
        note="US date '12/4' = 4 December")

    # 22 vet (US), ALL CAPS, Monday
    th = thread("tom", "reminder", "INV-2026-110", dt(2026, 12, 9, 9, 0, "Europe/Dublin"),
                amount=420, due=D(2026, 12, 4), client="Dr Frank Whitcomb",
                subject="Invoice INV-2026-110 – payment reminder")
    add(reply("tom", addr("Frank Whitcomb", "fwhitcomb@cedarhollowvet.com"), th,
              "TOM. WILL PAY MONDAY. WIFE DOES THE BOOKS AND SHE IS AWAY.\nDR. F. WHITCOMB",
              date=dt(2026, 12, 10, 6, 12, "America/New_York"), style="none", mailer="AOL webmail"),
        kind="client-reply-promise", promised_date="2026-12-14",
        note="elderly vet, ALL CAPS, no quote; Thursday 10 Dec -> Monday 14 Dec")

    # 23 SaaS (Madrid): by the 15th + IBAN question
    th = thread("lucia", "reminder", "2026-064", dt(2027, 2, 1, 9, 0, "Europe/Madrid"),
                amount=1600, due=D(2027, 1, 28))
    add(reply("lucia", addr("Arjun Iyer", "arjun.iyer@nubolabs.io"), th,
              "Hi Lucía,\n\nWe'll pay by the 15th. Quick check before I do: our payment tool flagged your IBAN as different from the one in our vendor file (we have one ending 0987). "
              "Can you confirm the account in your reminder is the right one? Don't want it going astray.\n\nThanks,\nArjun",
              date=dt(2027, 2, 2, 10, 30, "Europe/Madrid"), style="outlook"),
        kind="client-reply-promise", promised_date="2027-02-15",
        note="promise 'by the 15th' + bank-details question; promise wins")

    # 24 podcast AP: not today, Thursday
    th = thread("dan", "reminder", "OA-1069", dt(2027, 1, 22, 10, 0, "America/New_York"),
                amount=2400, due=D(2027, 1, 20))
    add(reply("dan", addr("Priya Raman", "ap@loudmouthaudio.com"), th,
              "Hi Dan,\n\nNot today unfortunately – Thursday. Our AP approver is out sick and I can't release ACH batches without her.\n\nBest,\nPriya",
              date=dt(2027, 1, 25, 11, 19, "America/New_York"), style="outlook_us"),
        kind="client-reply-promise", promised_date="2027-01-28",
        note="'Not today – Thursday', Monday 25 Jan -> 28 Jan")

    # 25 landscaping (AU): Wednesday, Brisbane time
    th = thread("tom", "reminder", "INV-2027-008", dt(2027, 2, 4, 9, 0, "Europe/Dublin"),
                amount=1340, due=D(2027, 2, 1), client="Shane Kearney")
    add(reply("tom", addr("Shane Kearney", "shane@baysidelandscapes.com.au"), th,
              "No dramas Tom, should be able to fix you up Wednesday. Flat out with the storm clean-ups at the moment.\n\nShane\nBayside Landscapes · Wynnum QLD\n\nSent from my iPhone",
              date=dt(2027, 2, 5, 7, 30, "Australia/Brisbane"), style="apple"),
        kind="client-reply-promise", promised_date="2027-02-10",
        note="Brisbane Friday 5 Feb morning (still Thursday in Dublin): 'fix you up Wednesday' = 10 Feb")

    # 26 wedding venue: HTML-only Gmail, by Friday 29th
    th = thread("tom", "reminder", "INV-2027-005", dt(2027, 1, 22, 9, 0, "Europe/Dublin"),
                amount=1980, due=D(2027, 1, 19))
    add(reply("tom", addr("Niamh Doyle", "niamh@ballycloughhouse.ie"), th,
              "Hi Tom,\n\nApologies, I'm only back from leave today. I'll have this paid by Friday 29th at the latest.\n\nThanks,\nNiamh\n\nNiamh Doyle | Office Administrator\nBallyclough House, Co. Wicklow",
              date=dt(2027, 1, 25, 10, 4, "Europe/Dublin"), style="gmail_html_only"),
        kind="client-reply-promise", promised_date="2027-01-29", note="HTML-only Gmail, 'by Friday 29th'")

    # 27 landscaping (UK) answers the promise follow-up: tomorrow
    th = thread("hannah", "promise_followup", "HC-0164", dt(2027, 1, 13, 9, 0, "Europe/London"),
                amount=720, due=D(2026, 12, 31), client="Rob Thornbury")
    add(reply("hannah", addr("Rob Thornbury", "rob@thornburygardens.co.uk"), th,
              "Sorry Hannah, slipped again. Hand on heart it goes out tomorrow.\n\nRob",
              date=dt(2027, 1, 14, 20, 40, "Europe/London"), style="gmail_uk"),
        kind="client-reply-promise", promised_date="2027-01-15",
        note="reply to the promise follow-up: 'it goes out tomorrow' = 15 Jan")

    # 28 podcast producer: the Dec 22 batch
    th = thread("dan", "reminder", "OA-1061", dt(2026, 12, 11, 10, 0, "America/New_York"),
                amount=2400, due=D(2026, 12, 9), client="Keisha Brown")
    add(reply("dan", addr("Keisha Brown", "keisha@loudmouthaudio.com"), th,
              "Checked with finance, it's in the Dec 22 batch. Sorry it's so slow, they only do international-ish... no wait, you're domestic. They're just slow. Anyway, Dec 22!\n\nK",
              date=dt(2026, 12, 14, 16, 22, "America/New_York"), style="gmail_us"),
        kind="client-reply-promise", promised_date="2026-12-22",
        note="producer: 'it's in the Dec 22 batch', rambling self-correction")


# ===================================================================================================
# DISPUTE
# ===================================================================================================
def dispute():
    # 1 landscaping (US): hours over estimate
    th = thread("tom", "reminder", "INV-2026-105", dt(2026, 12, 4, 9, 0, "Europe/Dublin"),
                amount=2100, due=D(2026, 12, 1), client="Rick Dawson")
    add(reply("tom", addr("Rick Dawson", "rick@greenacrelandscapes.com"), th,
              "Tom,\n\nI've been meaning to write about this one. The invoice has 28 hours for the website rebuild, your estimate back in September said 20. Nobody told me about extra hours while it was going on, and I would've said no to the blog section if I'd known it was going to cost me.\n\n"
              "I'll pay for the 20 we agreed. Send me a corrected invoice and it'll go out the same day.\n\nRick",
              date=dt(2026, 12, 4, 14, 17, "America/New_York"), style="gmail_us"),
        kind="client-reply-dispute", reference=None,
        note="hours billed over the estimate; will pay only the agreed 20 hours after a corrected invoice")

    # 2 yoga (UK): community discount
    th = thread("hannah", "courtesy", "HC-0150", dt(2026, 11, 9, 9, 0, "Europe/London"),
                amount=480, due=D(2026, 11, 13), client="Maya Lindqvist-Hart", issue=D(2026, 10, 30))
    add(reply("hannah", addr("Maya Lindqvist-Hart", "maya@sunriseyogabrighton.co.uk"), th,
              "Hi Hannah,\n\nI think there's been a mix-up – when we spoke in September we agreed your 10% community rate because we're a not-for-profit CIC, so it should be £432 rather than £480. "
              "Could you send a revised one over? Then I'll pay it straight away.\n\nThank you!\nMaya",
              date=dt(2026, 11, 9, 13, 30, "Europe/London"), style="gmail_uk"),
        kind="client-reply-dispute", amount="432.00", currency="GBP",
        note="agreed discount not applied; wants a revised invoice for £432 (polite dispute, conditional 'then I'll pay')")

    # 3 SaaS (US): unfinished work, holding payment
    th = thread("dan", "reminder", "OA-1064", dt(2027, 1, 6, 10, 0, "America/New_York"),
                amount=3000, due=D(2027, 1, 4))
    add(reply("dan", addr("Megan Liu", "megan@quillcast.app"), th,
              "Hi Dan,\n\nLooping back on this. The launch video mix still has the clipping on the intro sting we flagged twice in December (0:03–0:05, it's really noticeable on laptop speakers), and the VO level drops in the last 20 seconds. "
              "We can't ship it like that, so we're holding payment until the final masters are fixed.\n\nHappy to jump on a call to walk through the notes.\n\nMegan",
              date=dt(2027, 1, 6, 15, 48, "America/Los_Angeles"), style="gmail_us_html"),
        kind="client-reply-dispute", note="work not finished to spec: payment held until fixes")

    # 4 museum (UK): already billed
    th = thread("ale", "reminder", "45/2026", dt(2026, 12, 21, 9, 0, "Europe/Rome"),
                amount=620, due=D(2026, 12, 17))
    add(reply("ale", addr("Fiona Jarvis", "fiona.jarvis@tidewatermuseum.org.uk"), th,
              "Dear Alessandra,\n\nFinance have queried this one with me – it appears to be for the same lighthouse and trawler artwork as invoice 39/2026, which we paid in October. "
              "Could you check? We can't pay twice for the same thing, but if I've misunderstood and it's for the reprint rights, please let me know and I'll explain it to them.\n\n"
              "Best wishes,\nFiona",
              date=dt(2026, 12, 22, 11, 40, "Europe/London"), style="outlook"),
        kind="client-reply-dispute", note="claims it's already billed and paid under 39/2026 (names the other invoice; reference not set)")

    # 5 Dutch SaaS vs Irish VAT
    th = thread("tom", "reminder", "INV-2026-111", dt(2026, 12, 17, 9, 0, "Europe/Dublin"),
                amount=1845, due=D(2026, 12, 14))
    add(reply("tom", addr("Sander de Vries", "sander@tulpware.nl"), th,
              "Hello Tom,\n\nOn invoice INV-2026-111 you have added 23% Irish VAT, but we are VAT registered in the Netherlands (NL864512307B01), so this must be reverse charge. "
              "Our accountant cannot book it like this. Please send a new invoice of 1.500 euro without VAT and with the mention 'reverse charge', then we pay.\n\nGreetings,\nSander de Vries\nTulpware B.V.",
              date=dt(2026, 12, 17, 14, 3, "Europe/Amsterdam"), style="gmail_uk"),
        kind="client-reply-dispute", reference="INV-2026-111",
        note="wrong amount: VAT should be reverse charge; wants a reissued invoice of €1,500 (non-native)")

    # 6 brewery: cancelled batch, wants a credit note
    th = thread("tom", "reminder", "INV-2026-100", dt(2026, 12, 2, 9, 0, "Europe/Dublin"),
                amount=1300, due=D(2026, 11, 28))
    add(reply("tom", addr("Donal Ó Ceallaigh", "donal@hopfatherbrewing.ie"), th,
              "Tom,\n\nThis one includes the Christmas ale labels, which we cancelled back in October when the batch went wrong (Ger told you at the time, I'm fairly sure). "
              "Can you send us a credit note for that part, €650, and we'll pay the other half for the pale ale labels straight away.\n\nDonal",
              date=dt(2026, 12, 2, 17, 33, "Europe/Dublin"), style="gmail_uk"),
        kind="client-reply-dispute", note="cancelled part of the job; asks for a credit note for half before paying the rest")

    # 7 podcast (AU): partial payment + dispute of the rest
    th = thread("dan", "reminder", "OA-1062", dt(2026, 12, 18, 10, 0, "America/New_York"),
                amount=3600, due=D(2026, 12, 15), client="Tash Nguyen")
    add(reply("dan", addr("Tash Nguyen", "tash@kangaroocourtmedia.com.au"), th,
              "Hi Dan,\n\nWe've paid USD 3,000 today for episodes 1 to 5. Episode 6 was never actually delivered – the file in the Dropbox labelled ep6_final is the ep 5 master again (same guest, same runtime, I checked twice). "
              "We'll pay the last $600 once we've got the real ep 6.\n\nCheers,\nTash",
              date=dt(2026, 12, 19, 9, 45, "Australia/Melbourne"), style="gmail_uk"),
        kind="client-reply-dispute", amount="3000.00", currency="USD",
        note="partial payment for 5 of 6 episodes, contests the undelivered sixth: dispute")

    # 8 dental (UK): never authorised
    th = thread("hannah", "reminder", "HC-0159", dt(2027, 1, 6, 9, 0, "Europe/London"),
                amount=540, due=D(2027, 1, 2))
    add(reply("hannah", addr("Dr Imran Ahmed", "imran.ahmed@smilestreetdental.co.uk"), th,
              "Hannah,\n\nWe never authorised the blog posts this invoice is for. Bev asked you for a quote, not for the work itself, and nobody here signed anything off. "
              "We won't be paying for this.\n\nDr I. Ahmed BDS\nPrincipal Dentist, Smile Street Dental",
              date=dt(2027, 1, 6, 19, 1, "Europe/London"), style="outlook_html"),
        kind="client-reply-dispute", note="practice owner refuses to pay: work never authorised")

    # 9 wedding venue: late delivery, offers 50%
    th = thread("ale", "reminder", "46/2026", dt(2027, 1, 11, 9, 0, "Europe/Rome"),
                amount=1200, due=D(2027, 1, 7), client="Harriet Sandys")
    add(reply("ale", addr("Harriet Sandys", "harriet@theoldgranary.co.uk"), th,
              "Dear Alessandra,\n\nI’ve been putting off writing this. The illustrated estate map arrived two weeks after the wedding fair it was commissioned for, so we ended up printing our old leaflet for the fair. "
              "It’s lovely and we will use it, but it wasn’t what we paid a rush fee for.\n\nWe feel 50% is fair in the circumstances and I’m happy to pay €600 now if you agree.\n\nHarriet",
              date=dt(2027, 1, 12, 10, 20, "Europe/London"), style="outlook", charset="windows-1252"),
        kind="client-reply-dispute", amount="600.00",
        note="late delivery; offers to pay 50% (€600) - dispute; windows-1252 body")

    # 10 PTA (UK): thought it was voluntary
    th = thread("hannah", "reminder", "HC-0163", dt(2026, 12, 18, 9, 0, "Europe/London"),
                amount=150, due=D(2026, 12, 15))
    add(reply("hannah", addr("Claire Beaumont", "chair.hillcrestpta@gmail.com"), th,
              "Hi Hannah,\n\nI'm a bit confused by this, sorry. When I asked you at pick-up about the autumn newsletter we understood you were doing it as a parent volunteer, like the bake sale rota and the quiz?? "
              "There's nothing in our budget for it and I don't think the committee would approve paying for it now. Can we talk?\n\nClaire",
              date=dt(2026, 12, 18, 21, 2, "Europe/London"), style="gmail_uk"),
        kind="client-reply-dispute", note="PTA believed the work was voluntary/free; won't approve payment")

    # 11 vet (UK): paid the invoice, refuses the statutory compensation and interest
    fees = fees_gb("11.75%", "£40.00", ["invoice HC-0160: £620.00",
                                        "statutory interest from 17 December 2026 to 4 January 2027 (19 days at 11.75%): £3.79",
                                        "fixed sum for recovery costs: £40.00", "total: £663.79"])
    th = thread("hannah", "late_fee", "HC-0160", dt(2027, 1, 4, 9, 0, "Europe/London"),
                amount=620, due=D(2026, 12, 16), today=D(2027, 1, 4), deadline=D(2027, 1, 14), fees=fees)
    add(reply("hannah", addr("Lorraine Pickersgill", "lorraine.pickersgill@meadowbankvets.co.uk"), th,
              "Hannah,\n\nWe've paid the £620 invoice today. We won't be paying the £40 or the interest, though – we've been a client for three years and this was a fortnight late because of our practice-management system migration over Christmas. "
              "Frankly I was surprised to get a letter quoting the Late Payment Act at us.\n\nLorraine",
              date=dt(2027, 1, 4, 16, 10, "Europe/London"), style="outlook_html"),
        kind="client-reply-dispute", amount="620.00", currency="GBP",
        note="paid the invoice but refuses the £40 and interest claimed in the reminder: dispute")

    # 12 yoga retreat: price not what was agreed
    th = thread("lucia", "reminder", "2026-050", dt(2026, 12, 9, 9, 0, "Europe/Madrid"),
                amount=950, due=D(2026, 12, 5), client="Birgit Schäfer")
    add(reply("lucia", addr("Birgit Schäfer", "birgit@casaprana-lanzarote.com"), th,
              "Hello Lucía,\n\nThe price is not what we agree. In your offer from September it is 800 euro for the logo and the business cards together, now the invoice is 950. I did not ask for the extra flyer, you have just made it. "
              "I pay 800 like in the offer, please send me a new invoice.\n\nBirgit",
              date=dt(2026, 12, 9, 18, 33, "Atlantic/Canary"), style="gmail_uk"),
        kind="client-reply-dispute", amount="800.00", note="non-native: price differs from the quote; will pay only the quoted €800")

    # 13 brewery (AU): holding until print files
    th = thread("ale", "reminder", "40/2026", dt(2026, 12, 1, 9, 0, "Europe/Rome"),
                amount=1900, due=D(2026, 11, 27))
    add(reply("ale", addr("Jase Whitford", "jase@swanriverbrewing.com.au"), th,
              "Hey Alessandra,\n\nHappy to pay once we've got the print-ready files as per the brief - CMYK, 3mm bleed, outlined fonts. What we've got is RGB PNGs and the can printer bounced them. "
              "Until then we're holding this one, sorry. Shouldn't take you long?\n\nJase",
              date=dt(2026, 12, 2, 16, 5, "Australia/Perth"), style="gmail_uk"),
        kind="client-reply-dispute", note="friendly tone but withholds payment until deliverables match the brief")

    # 14 SaaS (Madrid): pays part by Friday, holds the unfinished part
    th = thread("lucia", "reminder", "2026-057", dt(2027, 1, 11, 9, 0, "Europe/Madrid"),
                amount=3200, due=D(2027, 1, 7))
    add(reply("lucia", addr("Arjun Iyer", "arjun.iyer@nubolabs.io"), th,
              "Hi Lucía,\n\nWe'll pay for the logo and the brand guidelines by Friday. The pitch deck template and the icon set aren't finished though (we're still waiting on the revised icons from the 18 Dec feedback), "
              "so we'll hold that part, €1,100, until they're delivered.\n\nHope that makes sense.\nArjun",
              date=dt(2027, 1, 11, 12, 47, "Europe/Madrid"), style="outlook"),
        kind="client-reply-dispute",
        note="promise for part by Friday + withholding the unfinished part: dispute wins over promise")

    # 15 wedding venue: fixed price vs hourly
    th = thread("tom", "reminder", "INV-2026-108", dt(2026, 12, 11, 9, 0, "Europe/Dublin"),
                amount=3400, due=D(2026, 12, 7))
    add(reply("tom", addr("Orla Kinsella", "orla@ballycloughhouse.ie"), th,
              "Tom,\n\nThe quote we signed in August was a fixed price of €2,800 for the new website. I don't understand why this invoice is worked out on hours – 42 hours at €80? "
              "Nothing was said about going over. We'll pay the €2,800 as agreed; I'd need to see something in writing for the rest.\n\nOrla",
              date=dt(2026, 12, 11, 15, 36, "Europe/Dublin"), style="outlook"),
        kind="client-reply-dispute", amount="2800.00", note="fixed-price quote vs hourly invoice; will pay only the quoted amount")

    # 16 SaaS (UK): contract terminated, January shouldn't be billed
    th = thread("hannah", "reminder", "HC-0167", dt(2027, 1, 18, 9, 0, "Europe/London"),
                amount=1950, due=D(2027, 1, 15), client="Raj Mehta")
    add(reply("hannah", addr("Raj Mehta", "raj@pipewise.io"), th,
              "Hi Hannah,\n\nI think this one's a mistake. We gave notice on 30 November under clause 9 (30 days), so the retainer ended on 30 December. "
              "January shouldn't have been billed. Can you cancel it, or send a credit note if that's easier for your books?\n\nThanks, and sorry again that we had to cut back.\nRaj",
              date=dt(2027, 1, 18, 10, 51, "Europe/London"), style="gmail_uk"),
        kind="client-reply-dispute", note="retainer terminated by notice; January retainer not owed")

    # 17 museum (US): deducting a printer's charge
    th = thread("lucia", "reminder", "2026-059", dt(2027, 1, 20, 9, 0, "Europe/Madrid"),
                amount=2750, due=D(2027, 1, 15))
    add(reply("lucia", addr("Hannah Oyelaran", "hoyelaran@museumofsmallthings.org"), th,
              "Hi Lucía,\n\nBefore AP pays this I need to flag something: the tote bag artwork was supplied at the wrong dimensions (A4 rather than the 38x42cm print area in the spec), and our printer charged us $240 to rework it. "
              "We'll be deducting that from your invoice and paying the balance. I've attached the printer's bill.\n\nBest,\nHannah Oyelaran\nMuseum Shop Buyer",
              date=dt(2027, 1, 20, 9, 14, "America/New_York"), style="outlook_us",
              atts=[("PrintCo_rework_INV8841.pdf", "application/pdf", fake_pdf("PrintCo rework invoice 8841"))]),
        kind="client-reply-dispute", note="museum shop buyer will deduct a printer's charge (in USD) from a EUR invoice")

    # 18 landscaping (UK): work not as agreed, angry
    th = thread("hannah", "late_fee", "HC-0162", dt(2027, 1, 11, 9, 0, "Europe/London"),
                amount=720, due=D(2026, 12, 21), today=D(2027, 1, 11), deadline=D(2027, 1, 21))
    add(reply("hannah", addr("Rob Thornbury", "rob@thornburygardens.co.uk"), th,
              "Hannah\n\nHonestly the brochure copy had the wrong prices all the way through and two of the garden projects in it aren't even ours (that's the Cheltenham lot's work!!). "
              "I spent two evenings rewriting it myself. I'm not paying £720 for something I had to redo. If you want to talk about a fair figure for what was usable, fine.\n\nRob",
              date=dt(2027, 1, 11, 21, 48, "Europe/London"), style="gmail_uk"),
        kind="client-reply-dispute", note="work not as agreed; refuses full amount, open to negotiating")


# ===================================================================================================
# CLIENT-REPLY-OTHER
# ===================================================================================================
def other_replies():
    # 1 vet (US): resend, link expired
    th = thread("tom", "reminder", "INV-2026-114", dt(2026, 12, 21, 9, 0, "Europe/Dublin"),
                amount=560, due=D(2026, 12, 17), client="Dr Ellen Marsh")
    add(reply("tom", addr("Ellen Marsh DVM", "emarsh@cedarhollowvet.com"), th,
              "Hi Tom, can you resend the invoice itself? The link in your original email goes to a page that says \"This document has expired\". Thanks! Ellen",
              date=dt(2026, 12, 21, 8, 3, "America/New_York"), style="gmail_us"),
        kind="client-reply-other", note="asks for the invoice to be resent (link expired); no claim")

    # 2 museum (US): PO number required
    th = thread("lucia", "courtesy", "2026-065", dt(2027, 1, 25, 9, 0, "Europe/Madrid"),
                amount=1850, due=D(2027, 1, 29), issue=D(2026, 12, 30))
    add(reply("lucia", addr("Museum of Small Things - Accounts Payable", "ap@museumofsmallthings.org"), th,
              "Hello,\n\nOur AP system automatically rejects invoices without a purchase order number. Please reissue invoice 2026-065 showing PO 4500-1187 and send it to this address.\n\n"
              "Regards,\nAccounts Payable\nMuseum of Small Things",
              date=dt(2027, 1, 25, 10, 15, "America/New_York"), style="outlook_us_html"),
        kind="client-reply-other", reference="2026-065", note="AP needs a PO number on the invoice; administrative, no contest")

    # 3 museum (UK): bank details changed? fraud check
    th = thread("ale", "reminder", "1/2027", dt(2027, 2, 8, 9, 0, "Europe/Rome"),
                amount=860, due=D(2027, 2, 4))
    add(reply("ale", addr("Tidewater Finance", "finance@tidewatermuseum.org.uk"), th,
              "Dear Ms Rossi,\n\nThe bank details in your email differ from those we hold on file for you (an account ending 9981). As a fraud precaution we cannot make payments to new bank details on the strength of an email alone. "
              "Could you please telephone the finance office on 01482 613 900 to confirm them verbally? Once verified we will process the payment.\n\n"
              "Yours sincerely,\nPaul Hebblethwaite\nFinance Officer\nTidewater Maritime Museum",
              date=dt(2027, 2, 8, 11, 42, "Europe/London"), style="outlook"),
        kind="client-reply-other", note="fraud-check on changed bank details: question, no commitment to a date")

    # 4 brewery: which invoice is this?
    th = thread("tom", "reminder", "INV-2027-001", dt(2027, 1, 29, 9, 0, "Europe/Dublin"),
                amount=380, due=D(2027, 1, 26))
    add(reply("tom", addr("Ger Twomey", "ger@hopfatherbrewing.ie"), th,
              "Tom, which one is this? I have 103 and 106 down as paid and I don't have an INV-2027-001 anywhere. Is it the tap badge job? Send it on and I'll look.\n\nGer",
              date=dt(2027, 1, 29, 12, 20, "Europe/Dublin"), style="gmail_uk"),
        kind="client-reply-other", reference="INV-2027-001",
        note="'which invoice is this?' - the 'paid' refers to other invoices; asks to resend")

    # 5 wedding venue: passing to accounts (cc)
    th = thread("tom", "reminder", "INV-2027-006", dt(2027, 2, 1, 9, 0, "Europe/Dublin"),
                amount=640, due=D(2027, 1, 28))
    add(reply("tom", addr("Orla Kinsella", "orla@ballycloughhouse.ie"), th,
              "Hi Tom,\n\nAdding our new accounts team (accounts@ballycloughhouse.ie) who look after supplier payments now - please send anything invoice-related to them from here on.\n\nOrla",
              date=dt(2027, 2, 1, 14, 2, "Europe/Dublin"), style="outlook", cc="Accounts <accounts@ballycloughhouse.ie>"),
        kind="client-reply-other", note="forwarded/cc'd to accounts; no payment statement")

    # 6 SaaS (US): received, thanks (reply to the invoice mail)
    inv_text = ("Hi Megan,\n\nPlease find attached invoice OA-1074 for the January episodes of Quillcast Office Hours (4 episodes, edit + mix + show notes), $1,600.00, due February 26.\n\n"
                "Thanks as always,\nDan\n\nDan Okafor\nOkafor Audio LLC")
    th = ("Invoice OA-1074 – Okafor Audio", mid("gmail"), inv_text, dt(2027, 1, 27, 17, 30, "America/New_York"))
    add(reply("dan", addr("Megan Liu", "megan@quillcast.app"), th, "Got it, thanks Dan! 🙌",
              date=dt(2027, 1, 27, 15, 2, "America/Los_Angeles"), style="gmail_us"),
        kind="client-reply-other", note="acknowledges receipt of the invoice mail, nothing else")

    # 7 brewery (AU): talks about a new project only
    th = thread("ale", "courtesy", "2/2027", dt(2027, 1, 19, 9, 0, "Europe/Rome"),
                amount=980, due=D(2027, 1, 22), issue=D(2027, 1, 8))
    add(reply("ale", addr("Jase Whitford", "jase@swanriverbrewing.com.au"), th,
              "Hey Alessandra!\n\nPerfect timing actually, we're doing a limited run of a mango sour for the Fremantle Festival in March and want a label in the same style as the hazy - maybe a pelican on a jetty at sunset? "
              "Could you give me a rough price and how long you'd need? We'd need finals by 20 Feb at the latest.\n\nJase",
              date=dt(2027, 1, 20, 8, 45, "Australia/Perth"), style="gmail_uk"),
        kind="client-reply-other", note="replies to the courtesy reminder only about a new commission; the date is for the new work")

    # 8 landscaping (US): asks for a call
    th = thread("tom", "suspension", "INV-2026-105", dt(2027, 1, 13, 9, 0, "Europe/Dublin"),
                amount=2100, due=D(2026, 12, 1), deadline=D(2027, 1, 23), client="Rick Dawson")
    add(reply("tom", addr("Rick Dawson", "rick@greenacrelandscapes.com"), th,
              "Tom, can we jump on a call tomorrow about this? Easier to talk it through than go back and forth on email. I'm free after 2 Eastern, my cell is 614-555-0187.\n\nRick",
              date=dt(2027, 1, 13, 9, 12, "America/New_York"), style="gmail_us"),
        kind="client-reply-other", note="asks for a call about a suspension notice; 'tomorrow' is the call, not a payment")

    # 9 SaaS (UK/US): W-8BEN needed
    th = thread("hannah", "reminder", "HC-0171", dt(2027, 2, 1, 9, 0, "Europe/London"),
                amount=1200, due=D(2027, 1, 29))
    add(reply("hannah", addr("Pipewise Finance", "finance@pipewise.io"), th,
              "Hi Hannah,\n\nThis is the first invoice going through Pipewise Inc., and our US payables provider requires a completed IRS Form W-8BEN from all non-US vendors before the first payment can be released. "
              "Could you fill it in and send it back? Link: https://www.irs.gov/forms-pubs/about-form-w-8-ben\n\nThanks,\nAlex\nFinance, Pipewise",
              date=dt(2027, 2, 1, 13, 30, "America/New_York"), style="gmail_us"),
        kind="client-reply-other", note="needs a tax form before paying; a request, not a dispute or promise")

    # 10 SaaS (Madrid): registered address on invoice
    th = thread("lucia", "courtesy", "2027-006", dt(2027, 2, 15, 9, 0, "Europe/Madrid"),
                amount=1600, due=D(2027, 2, 19), issue=D(2027, 1, 20))
    add(reply("lucia", addr("Arjun Iyer", "arjun.iyer@nubolabs.io"), th,
              "Hi Lucía,\n\nSmall thing: we moved in January, so could you reissue with the new registered address (Calle de Alcalá 120, 3º, 28009 Madrid)? Our gestoría won't accept it otherwise. Same NIF.\n\nThanks!\nArjun",
              date=dt(2027, 2, 15, 16, 40, "Europe/Madrid"), style="outlook"),
        kind="client-reply-other", note="asks for a reissue with the new address; no contest of the amount")

    # 11 yoga (UK): can I pay by card?
    th = thread("hannah", "courtesy", "HC-0175", dt(2027, 2, 22, 9, 0, "Europe/London"),
                amount=480, due=D(2027, 2, 26), client="Maya Lindqvist-Hart", issue=D(2027, 2, 12))
    add(reply("hannah", addr("Maya Lindqvist-Hart", "maya@sunriseyogabrighton.co.uk"), th,
              "Hi Hannah! Is there any way I can pay by card this time? Our bookkeeper wants everything on the business card so it's easier to reconcile. If not no worries x",
              date=dt(2027, 2, 22, 12, 30, "Europe/London"), style="apple"),
        kind="client-reply-other", note="asks about paying by card; no commitment")

    # 12 podcast (AU): new ops manager, what is this?
    th = thread("dan", "reminder", "OA-1070", dt(2027, 2, 3, 10, 0, "America/New_York"),
                amount=1800, due=D(2027, 1, 31), client="Tash Nguyen")
    add(reply("dan", addr("Priyanka Sharma", "ops@kangaroocourtmedia.com.au"), th,
              "Hi Dan,\n\nTash has moved on from Kangaroo Court and I've taken over operations. I'm still getting my head around the supplier side - could you tell me what this invoice covers and resend the original? "
              "I can't find it in Xero.\n\nThanks,\nPriyanka Sharma\nOperations Manager",
              date=dt(2027, 2, 4, 9, 30, "Australia/Melbourne"), style="gmail_uk", quote_to="Tash Nguyen <tash@kangaroocourtmedia.com.au>"),
        kind="client-reply-other", note="contact has left; successor asks what the invoice is for")

    # 13 landscaping (AU): breakdown of hours
    th = thread("tom", "courtesy", "INV-2027-010", dt(2027, 2, 22, 9, 0, "Europe/Dublin"),
                amount=1480, due=D(2027, 2, 26), client="Shane Kearney", issue=D(2027, 2, 12))
    add(reply("tom", addr("Shane Kearney", "shane@baysidelandscapes.com.au"), th,
              "G'day Tom, could you flick me a breakdown of the hours on this one? Our accountant wants one on anything over a grand. Cheers, Shane",
              date=dt(2027, 2, 23, 6, 50, "Australia/Brisbane"), style="apple"),
        kind="client-reply-other", note="asks for a breakdown of hours without contesting them")

    # 14 PTA (UK): send as PDF, school email strips links
    th = thread("hannah", "reminder", "HC-0174", dt(2027, 2, 15, 9, 0, "Europe/London"),
                amount=90, due=D(2027, 2, 12))
    add(reply("hannah", addr("Claire Beaumont", "chair.hillcrestpta@gmail.com"), th,
              "Hi Hannah, could you send the invoice as a PDF attachment? Derek says the link doesn't open on the PTA laptop (it's older than my children). Thanks, Claire",
              date=dt(2027, 2, 15, 20, 5, "Europe/London"), style="gmail_uk"),
        kind="client-reply-other", note="asks for a PDF copy")

    # 15 PTA (IE): passed to the treasurer
    th = thread("tom", "reminder", "INV-2027-007", dt(2027, 2, 10, 9, 0, "Europe/Dublin"),
                amount=140, due=D(2027, 2, 5), client="Aoife Brennan")
    add(reply("tom", addr("Aoife Brennan", "aoife.brennan@gmail.com"), th,
              "Hi Tom, I've passed this on to Gerry, our treasurer, he does all the payments. He'll be in touch. Aoife",
              date=dt(2027, 2, 10, 12, 55, "Europe/Dublin"), style="gmail_uk"),
        kind="client-reply-other", note="passed on to the treasurer; 'he'll be in touch' is not a promise to pay")

    # 16 vet (UK): is it inclusive of VAT? needs a VAT invoice
    th = thread("hannah", "courtesy", "HC-0176", dt(2027, 2, 22, 9, 0, "Europe/London"),
                amount=1260, due=D(2027, 2, 26), issue=D(2027, 1, 27))
    add(reply("hannah", addr("Lorraine Pickersgill", "lorraine.pickersgill@meadowbankvets.co.uk"), th,
              "Hi Hannah,\n\nIs the £1,260 inclusive of VAT? Our new accountant has asked that all supplier invoices show a VAT number or state that the supplier isn't VAT registered. Could you confirm which applies?\n\n"
              "Kind regards,\nLorraine",
              date=dt(2027, 2, 22, 14, 25, "Europe/London"), style="outlook_html"),
        kind="client-reply-other", note="VAT question; no claim")

    # 17 podcast producer: chat + which month?
    th = thread("dan", "reminder", "OA-1073", dt(2027, 2, 16, 10, 0, "America/New_York"),
                amount=2400, due=D(2027, 2, 12), client="Keisha Brown")
    add(reply("dan", addr("Keisha Brown", "keisha@loudmouthaudio.com"), th,
              "hey! quick q before I chase AP — is this one for the January episodes or February? we just switched the show to biweekly and I'm trying to get the budget lines right. "
              "also the Valentine's ep you mixed did numbers, 40k downloads in 3 days 🎉\n\nK",
              date=dt(2027, 2, 16, 13, 7, "America/New_York"), style="gmail_us"),
        kind="client-reply-other", note="question about what the invoice covers + chat; 'before I chase AP' is not a promise")


# ===================================================================================================
# MACHINE MAIL
# ===================================================================================================
def machine():
    # 1 AIB incoming transfer alert (Tom)
    when = dt(2026, 11, 25, 6, 14, "Europe/Dublin")
    txt = ("AIB\n\nYou've received a payment\n\nHi Tom,\n\nA payment has been credited to your account.\n\n"
           "Account: Business Current Account ~5678\nAmount: €1,845.00\nFrom: HOPFATHER BREWING CO LTD\nReference: INV-2026-088\nDate: 25/11/2026\n\n"
           "You can view your transactions in the AIB app or on Internet Banking.\n\n"
           "AIB will never ask you for your full Registration Number, PAC or card details by email or text.\n\n"
           "Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland. Registered Office: 10 Molesworth Street, Dublin 2.")
    html = ("<html><body style=\"font-family:Arial,sans-serif\"><table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\">"
            "<tr><td style=\"background:#7f2b7b;color:#fff;padding:16px;font-size:22px\">AIB</td></tr>"
            "<tr><td style=\"padding:20px\"><h2>You've received a payment</h2><p>Hi Tom,</p><p>A payment has been credited to your account.</p>"
            "<table cellpadding=\"6\"><tr><td>Account</td><td>Business Current Account ~5678</td></tr><tr><td>Amount</td><td><b>&euro;1,845.00</b></td></tr>"
            "<tr><td>From</td><td>HOPFATHER BREWING CO LTD</td></tr><tr><td>Reference</td><td>INV-2026-088</td></tr><tr><td>Date</td><td>25/11/2026</td></tr></table>"
            "<p>You can view your transactions in the AIB app or on Internet Banking.</p>"
            "<p style=\"font-size:11px;color:#666\">AIB will never ask you for your full Registration Number, PAC or card details by email or text.<br>"
            "Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.</p></td></tr></table></body></html>")
    body = multipart("alternative", [textpart(txt), textpart(html, "html")])
    add(build(addr("AIB", "alerts@notifications.aib.ie"), ms("tom"), "You've received a payment", when, body,
              msgid=mid("generic", "notifications.aib.ie"), extra=[("Auto-Submitted", "auto-generated")]),
        kind="payment-notification", amount="1845.00", reference="INV-2026-088",
        note="Irish bank incoming credit alert, multipart/alternative")

    # 2 Stripe: invoice paid (Dan)
    when = dt(2027, 2, 3, 9, 2, "America/New_York")
    txt = ("Okafor Audio LLC\n\nPayment received\n\n$450.00 from Lotus Loft Yoga\n\n"
           "Invoice: OA-1071\nCustomer: Lotus Loft Yoga (jenna@lotuslofttx.com)\nPayment method: Visa •••• 4242\nPaid: Feb 3, 2027\n\n"
           "Funds will be included in your next payout to STAR ONE CREDIT UNION ••••6621.\n\n"
           "View payment: https://dashboard.stripe.com/payments/pi_3QmX8fLkdIwHu7ix0aT9bC2K\n\n"
           "You're receiving this email because you have Stripe payment notifications turned on.\n"
           "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080")
    body = textpart(txt)
    add(build(addr("Stripe", "notifications@stripe.com"), ms("dan"), "Payment of $450.00 from Lotus Loft Yoga", when, body,
              msgid=mid("generic", "stripe.com")),
        kind="payment-notification", amount="450.00", currency="USD", reference="OA-1071",
        note="Stripe card payment on an invoice link (follows the 'tomorrow' promise)")

    # 3 Wise: money received in EUR (Alessandra)
    when = dt(2026, 11, 20, 10, 31, "Europe/Rome")
    txt = ("Hi Alessandra,\n\nYou've received 2,600.00 EUR from SWAN RIVER BREWING PTY LTD.\n\n"
           "It's now in your EUR balance.\n\nReference: 38/2026 LABELS\nTransfer ID: #1274390188\n\n"
           "See the details in your account: https://wise.com/transactions\n\nThanks,\nThe Wise Team\n\n"
           "Wise Europe SA, Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium.")
    add(build(addr("Wise", "noreply@wise.com"), ms("ale"), "You've received 2,600.00 EUR from SWAN RIVER BREWING PTY LTD", when,
              textpart(txt), msgid=mid("generic", "wise.com")),
        kind="payment-notification", amount="2600.00", reference="38/2026", note="Wise incoming EUR from an Australian brewery")

    # 4 wedding venue out-of-office with return date, RFC 3834
    when = dt(2026, 12, 21, 9, 0, "Europe/Dublin")
    txt = ("Thank you for your email.\n\nBallyclough House is closed for the Christmas holidays from Monday 21 December. I'll be back in the office on Monday 4 January 2027 and will reply to you then.\n\n"
           "For anything urgent regarding a wedding booked in January, please call our duty manager on 087 123 4567.\n\n"
           "Wishing you a very happy Christmas,\nOrla Kinsella\nEvents & Operations Manager")
    add(build(addr("Orla Kinsella", "orla@ballycloughhouse.ie"), ms("tom"), "Automatic reply: Invoice INV-2026-113 – payment reminder",
              dt(2026, 12, 21, 9, 1, "Europe/Dublin"), textpart(txt),
              msgid=mid("outlook"), irt=mid("mailduns", "byrnedesign.ie"),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "orla@ballycloughhouse.ie")]),
        kind="auto-reply", return_date="2027-01-04", note="Exchange OOO with Auto-Submitted, back on Monday 4 January")

    # 5 landscaping (US) seasonal auto-response, no RFC 3834 headers, no date
    txt = ("Thank you for contacting Greenacre Landscapes!\n\nOur office is on reduced winter hours and I'm out on snow removal routes most days with limited access to email. "
           "I will get back to you as soon as I can.\n\nFor snow emergencies please call or text 614-555-0187.\n\nRick Dawson\nGreenacre Landscapes LLC")
    add(build(addr("Rick Dawson", "rick@greenacrelandscapes.com"), ms("tom"), "Re: Invoice INV-2027-002 – payment reminder",
              dt(2027, 1, 21, 4, 0, "America/New_York"), textpart(txt), msgid=mid("generic", "greenacrelandscapes.com"),
              irt=mid("mailduns", "byrnedesign.ie")),
        kind="auto-reply", note="auto-responder with 'Re:' subject and no Auto-Submitted header; no return date")

    # 6 museum AP help-desk ticket acknowledgement
    txt = ("Hello,\n\nThank you for contacting Museum of Small Things Accounts Payable. This is an automated message to confirm that we have received your request.\n\n"
           "Ticket: #AP-48213\nSubject: Invoice 2026-063 – payment reminder\nStatus: Open\n\n"
           "Our team aims to respond within 5 business days. Please do not send duplicate requests, as this may delay processing. "
           "To add information, reply to this email keeping the ticket number in the subject line.\n\n"
           "Accounts Payable Help Desk\nMuseum of Small Things\n\nPowered by Freshdesk")
    add(build(addr("MoST Accounts Payable", "support@museumofsmallthings.freshdesk.com"), ms("lucia"),
              "[#AP-48213] Request received: Invoice 2026-063 – payment reminder",
              dt(2027, 2, 1, 3, 5, "America/New_York"), textpart(txt), msgid=mid("generic", "freshdesk.com"),
              irt=mid("mailduns", "martinestudio.es"), reply_to="ap@museumofsmallthings.org",
              extra=[("Precedence", "bulk"), ("X-Autoreply", "yes")]),
        kind="auto-reply", note="help-desk ticket acknowledgement from the AP mailbox")

    # 7 Postfix permanent bounce (old PTA address)
    orig_mid = mid("mailduns", "byrnedesign.ie")
    notice = ("This is the mail system at host mail.byrnedesign.ie.\n\n"
              "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"
              "<treasurer@stbrigidsns.ie>: host mx1.stbrigidsns.ie[185.45.66.12] said: 550\n"
              "    5.1.1 <treasurer@stbrigidsns.ie>: Recipient address rejected: User unknown\n"
              "    in virtual mailbox table (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mail.byrnedesign.ie\nX-Postfix-Queue-ID: 4Q7ZxK3b1Sz9sWq\n"
              "X-Postfix-Sender: rfc822; tom@byrnedesign.ie\nArrival-Date: Tue,  3 Nov 2026 09:00:38 +0000 (GMT)\n\n"
              "Final-Recipient: rfc822; treasurer@stbrigidsns.ie\nOriginal-Recipient: rfc822;treasurer@stbrigidsns.ie\n"
              "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.stbrigidsns.ie\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <treasurer@stbrigidsns.ie>: Recipient address\n    rejected: User unknown in virtual mailbox table\n")
    headers = (f"From: Tom Byrne <tom@byrnedesign.ie>\nTo: treasurer@stbrigidsns.ie\nSubject: {hdr('Invoice INV-2026-094 – payment reminder')}\n"
               f"Date: Tue, 03 Nov 2026 09:00:37 +0000\nMessage-ID: {orig_mid}\n")
    body = multipart("report", [rawpart("text/plain; charset=us-ascii", notice),
                                rawpart("message/delivery-status", status),
                                rawpart("text/rfc822-headers", headers)], params="; report-type=delivery-status")
    add(build(addr("Mail Delivery System", "MAILER-DAEMON@mail.byrnedesign.ie"), "tom@byrnedesign.ie",
              "Undelivered Mail Returned to Sender", dt(2026, 11, 3, 9, 0, "Europe/Dublin", s=41), body,
              msgid="<20261103090041.7C2B41A0F3@mail.byrnedesign.ie>", extra=[("Auto-Submitted", "auto-replied")]),
        kind="bounce", failed_recipient="treasurer@stbrigidsns.ie", permanent=True,
        note="Postfix 5.1.1 user unknown (PTA's old treasurer address)")

    # 8 Microsoft 365 delay notification (temporary)
    orig_mid = mid("mailduns", "colecopy.co.uk")
    notice_html = ("<html><body><div style=\"font-family:Segoe UI,sans-serif\"><p style=\"font-size:16px;color:#c47600\"><b>Delivery is delayed to these recipients or groups:</b></p>"
                   "<p><a href=\"mailto:accounts@smilestreetdental.co.uk\">accounts@smilestreetdental.co.uk</a></p>"
                   "<p>Subject: Invoice HC-0169 – payment reminder</p>"
                   "<p>This message hasn't been delivered yet. Delivery will continue to be attempted.</p>"
                   "<p>The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.</p>"
                   "<p style=\"color:#666\">Diagnostic information for administrators:<br>Generating server: LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM<br>"
                   "Receiving server: mail.smilestreetdental.co.uk<br>accounts@smilestreetdental.co.uk<br>"
                   "Remote server returned '451 4.4.0 DNS query failed. The error was: DNS query failed with error ServerFailure'</p></div></body></html>")
    notice_txt = ("Delivery is delayed to these recipients or groups:\n\naccounts@smilestreetdental.co.uk\n\nSubject: Invoice HC-0169 – payment reminder\n\n"
                  "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
                  "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.\n")
    status = ("Reporting-MTA: dns;LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM\n"
              "Arrival-Date: Tue, 19 Jan 2027 09:00:12 +0000\n\nFinal-Recipient: rfc822;accounts@smilestreetdental.co.uk\n"
              "Action: delayed\nStatus: 4.4.0\nWill-Retry-Until: Thu, 21 Jan 2027 09:00:12 +0000\n"
              "X-Display-Name: accounts@smilestreetdental.co.uk\n")
    headers = (f"From: Hannah Cole <hannah@colecopy.co.uk>\nTo: accounts@smilestreetdental.co.uk\nSubject: {hdr('Invoice HC-0169 – payment reminder')}\n"
               f"Date: Tue, 19 Jan 2027 09:00:10 +0000\nMessage-ID: {orig_mid}\n")
    body = multipart("report", [multipart("alternative", [textpart(notice_txt), textpart(notice_html, "html")]),
                                rawpart("message/delivery-status", status),
                                rawpart("text/rfc822-headers", headers)], params="; report-type=delivery-status")
    add(build(addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@colecopy.co.uk"), "hannah@colecopy.co.uk",
              "Delivery delayed:Invoice HC-0169 – payment reminder", dt(2027, 1, 19, 13, 8, "Europe/London"), body,
              msgid=mid("outlook"), extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Message-Is-Ndr", "")]),
        kind="bounce", failed_recipient="accounts@smilestreetdental.co.uk", permanent=False,
        note="Microsoft 365 delay DSN (4.4.0 DNS failure, still retrying)")

    # 9 invoicing app: invoice viewed
    txt = ("Hi Hannah,\n\nMeadowbank Veterinary Clinic has viewed invoice HC-0176 (£1,260.00, due 26 February 2027).\n\n"
           "Viewed: 22 Feb 2027 at 14:18\n\nWe'll let you know when it's paid. You can check its status at any time in FreeAgent.\n\n"
           "The FreeAgent Team\n\nFreeAgent Central Ltd, One Edinburgh Quay, 133 Fountainbridge, Edinburgh EH3 9QG. Registered in Scotland, company no. SC316545.")
    add(build(addr("FreeAgent", "no-reply@freeagent.com"), ms("hannah"), "Invoice HC-0176 was viewed by Meadowbank Veterinary Clinic",
              dt(2027, 2, 22, 14, 19, "Europe/London"), textpart(txt), msgid=mid("generic", "freeagent.com")),
        kind="other", reference="HC-0176", note="accounting app 'invoice viewed' notice: not a payment")

    # 10 Revolut: outgoing payment by the owner
    txt = ("Revolut Business\n\nPayment sent\n\nYou sent €1,100.00 to PIXEL PRINT LTD\n\nFrom: Main · EUR\nReference: INV 20441 brochures Hopfather\nDate: 9 Dec 2026, 11:47\n\n"
           "The money should arrive within 1 business day.\n\n"
           "Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania. Revolut Bank UAB is authorised by the European Central Bank and regulated by the Bank of Lithuania.")
    add(build(addr("Revolut Business", "no-reply@revolut.com"), ms("tom"), "You sent €1,100.00 to PIXEL PRINT LTD",
              dt(2026, 12, 9, 11, 47, "Europe/Dublin"), textpart(txt), msgid=mid("generic", "revolut.com")),
        kind="other", note="outgoing payment made by the freelancer (a supplier), mentions a client name in the reference")


# ===================================================================================================
def main():
    paid(); promise(); dispute(); other_replies(); machine()
    order = list(range(len(MESSAGES)))
    random.Random(20261313).shuffle(order)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    lines = [f"# round13-en: English client replies and a little machine mail. Generated by make.py.\n"]
    for i, idx in enumerate(order, 1):
        raw, lab = MESSAGES[idx]
        name = f"{PREFIX}-{i:04d}.eml"
        (HERE / name).write_bytes(raw)
        lines.append(f'\n[files."{name}"]\n')
        for k in ("kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
                  "failed_recipient", "permanent", "note"):
            v = lab.get(k)
            if v is None:
                continue
            if isinstance(v, bool):
                lines.append(f"{k} = {'true' if v else 'false'}\n")
            else:
                lines.append(f"{k} = {json.dumps(str(v), ensure_ascii=False)}\n")
        extra = set(lab) - {"kind", "language", "split", "amount", "currency", "reference", "promised_date",
                            "return_date", "failed_recipient", "permanent", "note"}
        assert not extra, extra
    (HERE / "labels.toml").write_text("".join(lines), encoding="utf-8")
    check()


def check():
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    kinds = {}
    for name, lab in sorted(labels.items()):
        raw = (HERE / name).read_bytes()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (name, h)
        m["Date"].datetime  # parses
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
        pd = lab.get("promised_date")
        if pd:
            d = m["Date"].datetime
            p = _dt.date.fromisoformat(pd)
            assert p >= d.date(), (name, pd)
    print(len(labels), "messages;", ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
