#!/usr/bin/env python3
"""round21-en: 80 English replies to Niamh Keane's invoices and reminders (Keane Studio, Dublin).

Writes r21e-0001.eml ... r21e-0080.eml and labels.toml next to this file, then re-reads every file with
email.message_from_bytes(..., policy=email.policy.default) and checks each label against the message.
Standard library only. Every client's words below are written by hand, one message at a time; only the
freelancer's own reminder wording (quoted by the clients) is rendered from the mailduns templates.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import random
import re
import struct
import sys
import zlib
from decimal import Decimal, InvalidOperation
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r21e"
N = 80

OWNER = "Niamh Keane"
OWNER_ADDR = "niamh@keanestudio.ie"
OWNER_FULL = f"{OWNER} <{OWNER_ADDR}>"
IBAN = "IE29 AIBK 9311 5212 3456 78"
BIC = "AIBKIE2D"

KINDS = {
    "client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
    "payment-notification", "auto-reply", "bounce", "other",
}

# ---------------------------------------------------------------------------------------------
# Identifiers (deterministic, shaped like the mailers that would make them)
# ---------------------------------------------------------------------------------------------

def _hx(seed, n=40):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def mid(style, seed, domain=None):
    h = _hx(seed, 64)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h)).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return f"<CA{b[:8]}{b[8:40]}@mail.gmail.com>"
    if style == "outlook":
        box = {"eur": "eurprd0%d" % (int(h[0], 16) % 9 + 1), "nam": "namprd%02d" % (int(h[1], 16) + 1),
               "apc": "apcprd0%d" % (int(h[2], 16) % 6 + 1), "gbr": "GBRP265"}[domain or "eur"]
        srv = {"eur": "DB9PR0%dMB%s" % (int(h[3], 16) % 9 + 1, int(h[4:8], 16) % 9000 + 1000),
               "nam": "BN%dPR%02dMB%s" % (int(h[3], 16) % 9 + 1, int(h[5], 16), int(h[4:8], 16) % 9000 + 1000),
               "apc": "SG2PR0%dMB%s" % (int(h[3], 16) % 6 + 1, int(h[4:8], 16) % 9000 + 1000),
               "gbr": "LO4P265MB%s" % (int(h[4:8], 16) % 9000 + 1000)}[domain or "eur"]
        tail = "prod.outlook.com" if domain != "gbr" else "PROD.OUTLOOK.COM"
        return f"<{srv}{h[8:24].upper()}{h[24:40].upper()}@{srv}.{box}.{tail}>"
    if style == "apple":
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    return f"<{h[:14]}.{h[14:22]}@{domain}>"


def owner_mid(seed):
    return f"<mailduns.{_hx(seed, 20)}@keanestudio.ie>"


def pdf_bytes(title, lines):
    body = "\n".join(f"({l}) Tj T*" for l in lines)
    stream = f"BT /F1 10 Tf 50 780 Td 12 TL ({title}) Tj T* {body} ET".encode("latin-1")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(stream)).encode() + b">>stream\n" + stream +
            b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def png_bytes(w=4, h=3, rgb=(230, 240, 250)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------------
# The freelancer's reminders, as the en templates word them (what the clients quote)
# ---------------------------------------------------------------------------------------------

def dear(name=None, kind=None):
    if name and kind != "company":
        return f"Dear {name},"
    if kind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def payment(ref, link=None, free=None):
    if free:
        return f"Payment details: {free}"
    out = ["Payment details:", f"- Account name: {OWNER}", f"- IBAN: {IBAN}", f"- BIC (SWIFT): {BIC}",
           f"- Payment reference: {ref}"]
    if link:
        out.append(f"- Pay online: {link}")
    return "\n".join(out)


def fees_text(law, rate=None, comp=None, lines=(), today=None, interest=True):
    if law == "GB":
        head = ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
                "applies:")
        parts = []
        if interest:
            parts.append(f" statutory interest runs from the day after the due date at {rate} a year (8% over the "
                         "Bank of England base rate in force when the debt fell due)")
        if comp:
            parts.append(f"{', and' if interest else ''} a fixed sum of {comp} is due for the costs of recovering "
                         "the debt (section 5A)")
        head += "".join(parts) + "."
    elif law == "IE":
        head = ("As this is a commercial transaction, the European Communities (Late Payment in Commercial "
                "Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date "
                f"at {rate} a year (the European Central Bank's main refinancing rate plus 8 percentage points), and "
                f"{comp} is due as compensation for recovery costs (Regulation 9).")
    else:
        head = ("As this is a commercial transaction, the legislation implementing EU Directive 2011/7/EU on "
                "combating late payment applies: statutory interest for late payment runs from the day after the "
                "due date at the European Central Bank's main refinancing rate plus 8 percentage points (currently "
                f"{rate} a year), and a fixed sum of {comp} is due as compensation for recovery costs.")
    tail = f"The amount due as at {today}{' (interest continues to run until payment)' if interest else ''} is:"
    return head + "\n\n" + tail + "\n" + "\n".join(f"- {l}" for l in lines)


def reminder(tpl, inv, amount, due, name=None, kind=None, issue=None, deadline=None, days=None, fees=None,
             today=None, suspend=None, promise=None, claim=None, paid_on=None, free=None, link=None):
    """Render one of templates/en/*.txt.j2 the way mailduns would, for quoting."""
    d = dear(name, kind)
    pay = payment(inv, link=link, free=free)
    if tpl == "courtesy":
        t = (f"{d}\n\nThis is a friendly reminder that invoice {inv} for {amount}"
             f"{', issued on ' + issue + ',' if issue else ''} is due for payment on {due}.\n\n"
             "If payment is already on its way, thank you, and please disregard this message.\n\n"
             f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif tpl == "due":
        if days and days > 0:
            s = (f"This is a quick reminder that invoice {inv} for {amount} was due for payment on {due}. If it has "
                 "not been paid yet, I would be grateful if you could arrange payment in the next few days.")
        else:
            s = f"This is a quick reminder that invoice {inv} for {amount} is due for payment today, {due}."
        t = (f"{d}\n\n{s}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n{pay}\n\n"
             "If you have any questions, just reply to this email.")
    elif tpl == "reminder":
        t = (f"{d}\n\nAccording to my records, invoice {inv} for {amount}, due on {due}, has not yet been paid. It "
             "may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
             "convenience.\n\n" + (fees + "\n\n" if fees else "") +
             "If you have already paid, thank you – please let me know the payment date so that I can update my "
             "records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
             f"{pay}")
    elif tpl == "late_fee":
        t = (f"{d}\n\nInvoice {inv} for {amount}, due on {due}, is now {days} days overdue.\n\n" +
             (fees + "\n\n" if fees else "") +
             f"Please arrange payment{' of the total above' if fees else ''} by {deadline}. If payment is already on "
             "its way, thank you – please let me know the date it was made. If there is a problem with the invoice "
             "or with the timing, please reply to this email and we can find a solution.\n\n"
             f"{pay}")
    elif tpl == "suspension":
        t = (f"{d}\n\nI am writing again about invoice {inv} for {amount}, which was due on {due} and remains "
             "unpaid.\n\n" + (fees + "\n\n" if fees else "") +
             f"If payment{' of the total above' if fees else ''} is not received by {deadline}, I may have to suspend "
             f"work in progress and any services I provide to you from {suspend} until the account is settled. If "
             "something is making payment difficult – for example, if you need to pay in instalments – please reply "
             f"to this email and we can agree a solution.\n\n{pay}")
    elif tpl == "final":
        formal = dear(name, kind) if name and kind != "company" else "Dear Sir or Madam,"
        t = (f"Final notice before debt recovery\n\n{'To: ' + (name or '') + chr(10) if name else ''}"
             f"Date: {today}\nInvoice: {inv}{', issued on ' + issue if issue else ''}, due on {due}\n"
             f"Amount due: {amount}\nPayment deadline: {deadline}\n\n{formal}\n\n"
             f"Despite my previous reminders, invoice {inv} for {amount}, which was due for payment on {due}, "
             "remains unpaid.\n\n" + (fees + "\n\n" if fees else "") +
             f"I therefore formally request payment of {amount} by {deadline}.\n\n"
             "If payment is not received by that date, I intend to take steps to recover the debt. These may include "
             "referring the matter to a debt collection agency or a solicitor and, if necessary, starting court "
             "proceedings.\n\n"
             "I would much rather resolve this with you directly. If there is a reason for the delay, or if you "
             f"would like to propose a payment plan, please reply to this email before {deadline}.\n\n"
             "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would "
             "help if you could let me know the payment date so that I can update my records.\n\n"
             f"{pay}")
        close = "Yours sincerely," if name and kind != "company" else "Yours faithfully,"
        return t + f"\n\n{close}\n{OWNER}"
    elif tpl == "promise_followup":
        if promise:
            s = f"Thank you for letting me know that invoice {inv} for {amount} would be paid by {promise}."
        else:
            s = f"Thank you for your earlier message about invoice {inv} for {amount}, which was due on {due}."
        t = (f"{d}\n\n{s}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let "
             "me know the date it was made. If you need a little more time, could you let me know when I can expect "
             f"it?\n\n{pay}")
    elif tpl == "paid_claim_followup":
        t = (f"{d}\n\nThank you for letting me know{' on ' + claim if claim else ''} that invoice {inv} for {amount} "
             f"has been paid{' (by a transfer made on ' + paid_on + ')' if paid_on else ''}.\n\n"
             "However, the payment has not reached my account yet. Bank transfers sometimes take a few extra days, "
             "and occasionally a payment is sent to out-of-date bank details. To help me trace it, could you please "
             "send me the date and reference of the transfer, or a copy of the payment confirmation?\n\n"
             f"For reference, my bank details are:\n- Account name: {OWNER}\n- IBAN: {IBAN}\n- BIC (SWIFT): {BIC}\n"
             f"- Payment reference: {inv}\n\n"
             "If the transfer was made only in the last day or two, it is probably still on its way, and there is no "
             "need to do anything further. Thank you for your help.")
    else:
        raise ValueError(tpl)
    return t + f"\n\nKind regards,\n{OWNER}"


def statement(items, name=None, kind=None, deadline=None, total=None):
    d = dear(name, kind)
    lines = "\n".join(f"- {n}, issued on {i}, due on {du} ({days} days overdue): {a}" for n, i, du, days, a in items)
    return (f"{d}\n\nAccording to my records, the following invoices are still outstanding:\n\n{lines}\n\n"
            f"Total due: {total}\n\n"
            f"Please arrange payment by {deadline}. If some of these invoices have already been paid, thank you – "
            "please let me know which ones and the payment dates, so that I can update my records. If there is a "
            "problem with any of them, please reply to this email and we can sort it out.\n\n"
            "The payment details are on the invoices, in the emails they were sent with.\n\n"
            f"Kind regards,\n{OWNER}")


# ---------------------------------------------------------------------------------------------
# Quoting, the way each mail client does it
# ---------------------------------------------------------------------------------------------

def gt(text, mark="> "):
    """Quote with '>' the way mail clients do: nested quotes become '>>'."""
    return "\n".join((mark.rstrip() + l) if l.startswith(">") else (mark + l) if l else mark.rstrip()
                     for l in text.split("\n"))


def q_gmail(attr, text):
    return f"{attr}\n\n{gt(text)}\n"


def q_apple(attr, text):
    return f"{attr}\n\n{gt(text)}\n"


def q_outlook(frm, sent, to, subject, text, cc=None, labels=("From", "Sent", "To", "Cc", "Subject"), rule=None):
    lf, ls, lt, lc, lsu = labels
    head = f"{lf}: {frm}\n{ls}: {sent}\n{lt}: {to}\n" + (f"{lc}: {cc}\n" if cc else "") + f"{lsu}: {subject}"
    return (rule + "\n" if rule else "") + head + "\n\n" + text + "\n"


def esc(t):
    return html.escape(t, quote=False)


def html_lines(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


def h_gmail(own, attr=None, quoted=None):
    paras = "".join(f"<div>{html_lines(p)}</div><div><br></div>" for p in own.strip().split("\n\n"))
    out = f'<div dir="ltr">{paras}</div>'
    if attr:
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f'{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{html_lines(quoted)}</blockquote></div>')
    return f"{out}\n"


def h_apple(own, attr=None, quoted=None):
    paras = "".join(f"<div>{html_lines(p)}</div><div><br></div>" for p in own.strip().split("\n\n"))
    out = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           f'<div dir="auto">{paras}</div>')
    if attr:
        out += (f'<div dir="auto"><br><blockquote type="cite"><div>{esc(attr)}</div><br>'
                f'<div><div>{html_lines(quoted)}</div></div></blockquote></div>')
    return out + "</body></html>\n"


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
                'charset={cs}"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}\n'
                '@font-face\n\t{{font-family:Aptos;}}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}}\n'
                'span.EmailStyle19\n\t{{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}}\n'
                '@page WordSection1\n\t{{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}}\n'
                'div.WordSection1\n\t{{page:WordSection1;}}\n--></style></head>'
                '<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">'
                '<div class="WordSection1">')


def h_outlook(own, head=None, quoted=None, cs="utf-8", lang="EN-GB"):
    """head: list of (label, value) pairs of the Outlook reply header."""
    paras = "".join(f'<p class="MsoNormal">{esc(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n'
                    for l in own.strip().split("\n"))
    out = OUTLOOK_HEAD.format(cs=cs, lang=lang) + paras + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    if head:
        hh = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in head)
        out += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal"><span lang="EN-US">{hh}</span><o:p></o:p></p></div>\n'
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        out += "".join(f'<p class="MsoNormal">{esc(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n'
                       for l in quoted.strip().split("\n"))
    return out + "</div></body></html>\n"


def h_notice(text, color="#163300"):
    """HTML part of a service's notification: a centred table, the same words as the text part."""
    rows = "".join(f'<tr><td style="padding:4px 32px;font-size:14px;line-height:20px;color:#333333">'
                   f"{html_lines(p)}</td></tr>" for p in text.strip().split("\n\n"))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f4f5">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid {color}">'
            f"{rows}</table></td></tr></table></body></html>\n")


# ---------------------------------------------------------------------------------------------
# Building one message
# ---------------------------------------------------------------------------------------------

MESSAGES = []


def add(label, **kw):
    kw["label"] = label
    MESSAGES.append(kw)


def build(spec):
    if "raw" in spec:
        return spec["raw"].encode(spec.get("raw_charset", "utf-8"))
    m = EmailMessage()
    for k in ("Return-Path", "Received"):
        for v in spec.get("pre", {}).get(k, []):
            m[k] = v
    m["From"] = spec["frm"]
    m["To"] = spec.get("to", OWNER_FULL)
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    m["Subject"] = spec["subject"]
    m["Date"] = spec["date"]
    m["Message-ID"] = spec["mid"]
    if spec.get("irt"):
        m["In-Reply-To"] = spec["irt"]
        m["References"] = spec.get("refs") or spec["irt"]
    for k, v in spec.get("headers", []):
        if not k.lower().startswith("content-"):
            m[k] = v
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    fmt = spec.get("fmt", "plain")
    if fmt == "plain":
        m.set_content(spec["text"], charset=cs, cte=cte)
    elif fmt == "alt":
        m.set_content(spec["text"], charset=cs, cte=cte)
        m.add_alternative(spec["html"], subtype="html", charset=cs, cte=spec.get("hcte", cte))
    elif fmt == "html":
        m.set_content(spec["html"], subtype="html", charset=cs, cte=cte)
    else:
        raise ValueError(fmt)
    for k, v in spec.get("headers", []):
        if k.lower().startswith("content-"):  # set_content() clears Content-* headers: add them after
            m[k] = v
    for fn, mt, st, data in spec.get("att", []):
        if mt == "message":
            sub = email.message_from_string(spec["fwd"], policy=email.policy.default)
            m.add_attachment(sub, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    # boundaries as the sending mailer would make them, and the same on every run
    seed = _hx(spec["mid"], 64)
    for i, part in enumerate(q for q in m.walk() if q.is_multipart()):
        if "mail.gmail.com" in spec["mid"]:
            b = f"000000000000{seed[i * 4:i * 4 + 12]}{seed[40:44]}"
        elif "outlook.com" in spec["mid"].lower():
            b = f"_00{i}_{spec['mid'][1:].split('@')[0][:44]}_"
        elif "iPhone" in spec.get("hdrs_mailer", "") or "apple" in str(spec.get("headers", "")).lower():
            b = "Apple-Mail=_" + "-".join([seed[:8], seed[8:12], seed[12:16], seed[16:20], seed[20 + i:32 + i]]).upper()
        else:
            b = f"----=_Part_{int(seed[:6], 16) % 90000 + 10000}_{int(seed[6:16], 16)}.{i}"
        part.set_boundary(b)
    return m.as_bytes(policy=email.policy.default.clone(linesep="\n", max_line_length=78))


# Dates: computed so that weekday names are always right.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def hdr_date(y, mo, d, h, mi, s, tz):
    wd = DAYS[dt.date(y, mo, d).weekday()][:3]
    return f"{wd}, {d} {MONTHS[mo - 1][:3]} {y} {h:02d}:{mi:02d}:{s:02d} {tz}"


def long_date(y, mo, d):
    return f"{d} {MONTHS[mo - 1]} {y}"


def at_gmail(y, mo, d, h, mi, who=OWNER_FULL):
    wd = DAYS[dt.date(y, mo, d).weekday()][:3]
    return f"On {wd}, {d} {MONTHS[mo - 1][:3]} {y} at {h:02d}:{mi:02d}, {who} wrote:"


def at_gmail_us(y, mo, d, h, mi, who=OWNER_FULL):
    wd = DAYS[dt.date(y, mo, d).weekday()][:3]
    ap = "AM" if h < 12 else "PM"
    return f"On {wd}, {MONTHS[mo - 1][:3]} {d}, {y} at {(h - 1) % 12 + 1}:{mi:02d}\u202f{ap} {who} wrote:"


def at_apple(y, mo, d, h, mi, who=OWNER_FULL, ampm=False):
    if ampm:
        return f"On {d} {MONTHS[mo - 1][:3]} {y}, at {(h - 1) % 12 + 1}:{mi:02d}\u202f{'am' if h < 12 else 'pm'}, {who} wrote:"
    return f"On {d} {MONTHS[mo - 1][:3]} {y}, at {h:02d}:{mi:02d}, {who} wrote:"


def sent_uk(y, mo, d, h, mi):
    return f"{d:02d} {MONTHS[mo - 1]} {y} {h:02d}:{mi:02d}"


def sent_us(y, mo, d, h, mi):
    ap = "AM" if h < 12 else "PM"
    return f"{DAYS[dt.date(y, mo, d).weekday()]}, {MONTHS[mo - 1]} {d}, {y} {(h - 1) % 12 + 1}:{mi:02d} {ap}"


def compose(own, style=None, attr=None, quoted=None, ohead=None, rule=None, lang="EN-GB", cs="utf-8",
            below=None):
    """Plain text and HTML of a reply: own words on top, the old thread below in the client's own style."""
    own = own.strip("\n")
    if style is None:
        return own + "\n", h_gmail(own)
    if style == "gmail":
        return own + "\n\n" + q_gmail(attr, quoted), h_gmail(own, attr, quoted)
    if style == "apple":
        return own + "\n\n" + q_apple(attr, quoted), h_apple(own, attr, quoted)
    if style == "outlook":
        head = "\n".join(f"{k}: {v}" for k, v in ohead)
        text = own + "\n\n" + (rule + "\n" if rule else "") + head + "\n\n" + quoted + "\n"
        return text, h_outlook(own, ohead, quoted, cs=cs, lang=lang)
    raise ValueError(style)


def thread(inv, *steps):
    """Message-IDs of the freelancer's invoice mail and reminders: (In-Reply-To, References)."""
    ids = [owner_mid(f"{inv}/invoice")] + [owner_mid(f"{inv}/{s}") for s in steps]
    return ids[-1], " ".join(ids)


def OUTLOOK_HDRS(seed, topic, lang="en-GB"):
    h = hashlib.sha256(seed.encode()).digest()
    return [("Thread-Topic", topic), ("Thread-Index", "A" + base64.b64encode(h[:21]).decode()),
            ("Accept-Language", lang if lang == "en-US" else f"{lang}, en-US"), ("Content-Language", lang),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]


def L(kind, note, **facts):
    d = {"kind": kind, "language": "en", "split": "dev"}
    d.update(facts)
    d["note"] = note
    return d


# =============================================================================================
# client-reply-paid
# =============================================================================================

# --- London agency, Outlook, windows-1252, reply to the first reminder ---------------------------
_q = reminder("reminder", "KS-2026-081", "£2,160.00", "30 October 2026", kind="company")
_own = """Hi Niamh,

Apologies – this one got stuck waiting for a second approver while Tom was on leave. I've released it this morning, £2,160.00 by bank transfer against KS-2026-081, so it should be with you shortly if it isn't already.

Kind regards,
Priya

Priya Raman
Finance Assistant | Fathom & Pike Ltd
2nd Floor, 14 Leonard Street, London EC2A 4LX
T: 020 7946 0321

Fathom & Pike Ltd is registered in England and Wales (no. 09876543). This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""
_oh = [("From", OWNER_FULL), ("Sent", sent_uk(2026, 11, 6, 9, 0)), ("To", "Accounts <accounts@fathompike.co.uk>"),
       ("Subject", "Payment reminder: invoice KS-2026-081")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, cs="windows-1252")
_irt, _refs = thread("KS-2026-081", "reminder")
add(L("client-reply-paid", "Released the transfer this morning with amount and invoice number in her own words; 'should be with you shortly' is still a statement that it has been paid.",
      amount="2160.00", currency="GBP", reference="KS-2026-081"),
    frm="Priya Raman <accounts@fathompike.co.uk>", subject="RE: Payment reminder: invoice KS-2026-081",
    date=hdr_date(2026, 11, 6, 11, 47, 20, "+0000"), mid=mid("outlook", "p1", "gbr"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("p1", "Payment reminder: invoice KS-2026-081"), fmt="alt", text=_t, html=_h,
    cs="windows-1252", cte="quoted-printable")

# --- Sydney founder on his phone, one line, due-date reminder -------------------------------------
_q = reminder("due", "KS-2026-102", "€1,320.00", "7 December 2026", name="Josh Whitford", days=0)
_own = """done ✅ sorry mate, flat out this week

Sent from my iPhone"""
_t = _own + "\n\n" + at_apple(2026, 12, 7, 20, 0, ampm=True) + "\n\n" + gt(_q) + "\n"
_irt, _refs = thread("KS-2026-102", "due")
add(L("client-reply-paid", "'done' answering a reminder to pay is the client saying it is paid; no amount or invoice number in his own words (both only in the quote).",),
    frm="Josh Whitford <josh@tidepoolapp.com.au>", subject="Re: Invoice KS-2026-102 due today",
    date=hdr_date(2026, 12, 8, 7, 12, 44, "+1100"), mid=mid("apple", "p2", "tidepoolapp.com.au"), irt=_irt,
    refs=_refs, headers=[("X-Mailer", "iPhone Mail (22B91)")], fmt="plain", text=_t, cs="utf-8", cte="quoted-printable")

# --- Cork restaurant's bookkeeper, forwarded by the owner, remittance PDF -------------------------
_q = reminder("reminder", "KS-2026-093", "€640.00", "6 November 2026", name="Conor Hegarty")
_own = """Hi Niamh,

I do the books for Salt & Sorrel – Conor passed your reminder on to me. I've processed payment of €640.00 for invoice KS-2026-093 in today's supplier run and the remittance is attached. Please allow a day or two for it to show on your side.

For future invoices could you copy me in (deirdre@lynchbookkeeping.ie)? Things get lost in Conor's inbox, as you may have noticed!

Thanks,
Deirdre

--
Deirdre Lynch MIATI
Lynch Bookkeeping Services
Unit 4, Marina Commercial Park, Cork T12 XY34
021 490 1234"""
_fwd = ("---------- Forwarded message ---------\nFrom: Conor Hegarty <conor@saltandsorrel.ie>\n"
        "Date: Tue, 17 Nov 2026 at 22:41\nSubject: Fwd: Payment reminder: invoice KS-2026-093\n"
        "To: Deirdre Lynch <deirdre@lynchbookkeeping.ie>\n\n\nDeirdre can you sort this one, thanks\nC\n\n"
        "---------- Forwarded message ---------\nFrom: " + OWNER_FULL + "\nDate: Fri, 13 Nov 2026 at 09:00\n"
        "Subject: Payment reminder: invoice KS-2026-093\nTo: Conor Hegarty <conor@saltandsorrel.ie>\n\n\n" + _q)
_t = _own + "\n\n" + _fwd + "\n"
_h = h_gmail(_own) .replace("</div>\n", "") + ('<br><div class="gmail_quote gmail_quote_container">'
                                               + html_lines(_fwd) + "</div></div>\n")
_irt, _refs = thread("KS-2026-093", "reminder")
add(L("client-reply-paid", "The restaurant's bookkeeper writes for the client: payment processed today, remittance attached; the amount and invoice number are in her own sentence.",
      amount="640.00", currency="EUR", reference="KS-2026-093"),
    frm="Deirdre Lynch <deirdre@lynchbookkeeping.ie>", cc="Conor Hegarty <conor@saltandsorrel.ie>",
    subject="Re: Fwd: Payment reminder: invoice KS-2026-093",
    date=hdr_date(2026, 11, 18, 16, 5, 31, "+0000"), mid=mid("gmail", "p3"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable",
    att=[("Remittance_SaltSorrel_KS-2026-093.pdf", "application", "pdf",
          pdf_bytes("REMITTANCE ADVICE", ["Salt & Sorrel Ltd", "Payee: Niamh Keane", "KS-2026-093  EUR 640.00",
                                          "Payment date 18/11/2026"]))])

# --- Bengaluru AP desk, Indian business English, SWIFT reference ----------------------------------
_q = reminder("reminder", "KS-2026-088", "€1,180.00", "12 November 2026", kind="company")
_own = """Dear Ma'am,

Greetings from Sundaram Infotech!

With reference to your below mail, kindly note that the payment against your invoice no. KS-2026-088 amounting to EUR 1,180.00 has been released on 20-11-2026 vide SWIFT ref. no. SBININBB/2026112000412. The amount may take 2-3 working days to reflect in your account due to international transfer.

Request you to kindly acknowledge the receipt of the same.

Thanks & Regards,
Karthik S.
Accounts Payable
Sundaram Infotech Pvt. Ltd.
No. 42, 3rd Cross, Koramangala 5th Block, Bengaluru 560095
Ph: +91 80 4123 5678

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Please consider the environment before printing this e-mail."""
_oh = [("From", OWNER_FULL), ("Sent", sent_us(2026, 11, 19, 14, 30)), ("To", "AP Sundaram <ap@sundaraminfotech.in>"),
       ("Subject", "Payment reminder: invoice KS-2026-088")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, lang="EN-IN")
_irt, _refs = thread("KS-2026-088", "reminder")
add(L("client-reply-paid", "Indian AP phrasing 'payment has been released vide SWIFT ref' means it has been sent; the SWIFT reference is not the invoice number.",
      amount="1180.00", currency="EUR", reference="KS-2026-088"),
    frm="AP Sundaram <ap@sundaraminfotech.in>", subject="RE: Payment reminder: invoice KS-2026-088",
    date=hdr_date(2026, 11, 23, 15, 42, 10, "+0530"), mid=mid("outlook", "p4", "apc"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("p4", "Payment reminder: invoice KS-2026-088", "en-IN"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Scottish university purchase ledger: paid, and a VAT question --------------------------------
_q = reminder("reminder", "KS-2026-079", "€3,400.00", "23 November 2026", kind="company")
_own = """Dear Niamh,

Thank you for your email. I can confirm that invoice KS-2026-079 was paid in full (€3,400.00) in our payment run on 1 December. As it is an international payment it can take three to five working days to arrive, so it should be with you early next week.

While I have you: our supplier record shows you as not registered for VAT in the UK. Could you let me know whether you charge Irish VAT on services to the University, or whether the reverse charge applies? Our tax team have asked me to check before your next invoice comes in, so there is no delay with that one.

Best wishes,
Fiona

Fiona McAllister | Purchase Ledger Officer
Finance Division | Kelvinside University
Room 2.14, Gilmorehill Annexe, Glasgow G12 8QQ
The University is a registered Scottish charity, number SC012345."""
_oh = [("From", OWNER_FULL), ("Sent", sent_uk(2026, 12, 1, 9, 0)),
       ("To", "Purchase Ledger <purchase.ledger@kelvinside.ac.uk>"), ("Subject", "Payment reminder: invoice KS-2026-079")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh)
_irt, _refs = thread("KS-2026-079", "reminder")
add(L("client-reply-paid", "Paid in full with amount and number, plus an unrelated VAT question; the question does not make it client-reply-other because paid takes precedence.",
      amount="3400.00", currency="EUR", reference="KS-2026-079"),
    frm="\"McAllister, Fiona\" <f.mcallister@kelvinside.ac.uk>", subject="RE: Payment reminder: invoice KS-2026-079",
    date=hdr_date(2026, 12, 3, 10, 18, 2, "+0000"), mid=mid("outlook", "p5", "eur"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("p5", "Payment reminder: invoice KS-2026-079"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Greek travel agency, non-native English, bank receipt PDF ------------------------------------
_q = reminder("promise_followup", "KS-2026-097", "€450.00", "31 December 2026", name="Eleni Papadaki",
              promise="8 January 2027")
_own = """Dear Niamh,

I have done the transfer yesterday for the invoice KS-2026-097, 450 euros. I send you the receipt from the bank in attachment. Please to confirm me that you have receive it because the bank is saying it can take 2-3 days for abroad.

Sorry for the delay, in December it was very much work with the holidays and I forgot.

Best regards
Eleni Papadaki
Olive Tree Travel
Mitropoleos 12, 105 57 Athens
tel. +30 210 321 4567"""
_att = at_gmail(2027, 1, 11, 11, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2026-097", "reminder", "promise_followup")
add(L("client-reply-paid", "Answers the follow-up on her earlier promise: 'I have done the transfer yesterday' is a payment made; the amount is written as '450 euros' in her own words.",
      amount="450.00", currency="EUR", reference="KS-2026-097"),
    frm="Eleni Papadaki <eleni@olivetree-travel.gr>", subject="Re: Invoice KS-2026-097 – following up",
    date=hdr_date(2027, 1, 12, 13, 27, 55, "+0200"), mid=mid("gmail", "p6"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable", hcte="quoted-printable",
    att=[("apodeixi_metaforas_11012027.pdf", "application", "pdf",
          pdf_bytes("Piraeus Bank - Transfer receipt", ["Beneficiary: NIAMH KEANE", "Amount: 450,00 EUR",
                                                        "Date: 11/01/2027"]))])

# --- Singapore founder, paid via Wise ------------------------------------------------------------
_q = reminder("due", "KS-2026-101", "€2,750.00", "18 November 2026", kind="company", days=2)
_own = """Hi Niamh,

Paid via Wise just now – EUR 2,750 for KS-2026-101. Wise says it should arrive by Monday. Thanks for your patience, the last two weeks have been crazy with our fundraise!

Wei Ling

--
Tan Wei Ling
Co-founder & CEO, Lumen Labs
lumenlabs.sg"""
_att = at_gmail(2026, 11, 20, 17, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2026-101", "due")
add(L("client-reply-paid", "Paid through Wise with amount and number in the founder's words; 'should arrive by Monday' is the transfer's arrival, not a promise.",
      amount="2750.00", currency="EUR", reference="KS-2026-101"),
    frm="Wei Ling Tan <weiling@lumenlabs.sg>", subject="Re: Invoice KS-2026-101 is due",
    date=hdr_date(2026, 11, 20, 18, 3, 47, "+0800"), mid=mid("gmail", "p7"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="base64")

# --- UK charity treasurer, long apology, iso-8859-1 -----------------------------------------------
_q = reminder("due", "KS-2026-085", "£780.00", "5 December 2026", name="Graham Oduya", days=2)
_own = """Dear Niamh,

I'm so sorry about this. I'm the (volunteer) treasurer of Harbour Lights and the delay is entirely down to us. Our previous treasurer stood down at the AGM in October and the bank took nearly six weeks to change the mandate over, during which time nobody at all could authorise a payment. It has been a nightmare and you are not the only supplier I've had to apologise to.

That is now sorted, and I made the transfer this evening: £780.00 to the account on your invoice, with KS-2026-085 as the reference. Please let me know if it doesn't arrive in the next few days.

Thank you for being so patient, and for the lovely work on the annual report. The trustees were delighted with it and several people at the AGM asked who designed it.

With best wishes,

Graham Oduya
Hon. Treasurer, Harbour Lights Trust
Registered charity no. 1123456"""
_t = _own + "\n\n-----Original Message-----\nFrom: " + OWNER_FULL + "\nSent: " + sent_uk(2026, 12, 7, 9, 0) + \
    "\nTo: treasurer@harbourlights.org.uk\nSubject: Invoice KS-2026-085 is due\n\n" + _q + "\n"
_irt, _refs = thread("KS-2026-085", "due")
add(L("client-reply-paid", "Long apology; the payment sentence is in the middle ('I made the transfer this evening: £780.00 ... KS-2026-085 as the reference').",
      amount="780.00", currency="GBP", reference="KS-2026-085"),
    frm="Graham Oduya <treasurer@harbourlights.org.uk>", subject="RE: Invoice KS-2026-085 is due",
    date=hdr_date(2026, 12, 14, 21, 36, 9, "+0000"), mid=mid("other", "p8", "harbourlights.org.uk"),
    irt=_irt, refs=_refs, headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    fmt="plain", text=_t, cs="iso-8859-1", cte="quoted-printable")

# --- Toronto media company, wire from CAD ---------------------------------------------------------
_q = reminder("reminder", "KS-2026-106", "€1,900.00", "20 December 2026", name="Marc Tremblay")
_own = """Hi Niamh,

Happy New Year! The wire for €1,900.00 went out this afternoon (invoice KS-2026-106). Our bank converts from CAD on their side, so hopefully nothing gets taken off at your end – let me know if it lands short and I'll top it up.

Sorry for the wait, the office was closed Dec 24 to Jan 4.

Cheers,
Marc

Marc Tremblay
Producer | Northbound Media Inc.
416-555-0192"""
_oh = [("From", OWNER_FULL), ("Sent", sent_us(2027, 1, 5, 4, 0)), ("To", "Marc Tremblay <marc@northboundmedia.ca>"),
       ("Subject", "Payment reminder: invoice KS-2026-106")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, rule="________________________________", lang="EN-US")
_irt, _refs = thread("KS-2026-106", "reminder")
add(L("client-reply-paid", "Wire sent this afternoon; the offer to top it up if it lands short is not a promise of a further payment.",
      amount="1900.00", currency="EUR", reference="KS-2026-106"),
    frm="Marc Tremblay <marc@northboundmedia.ca>", subject="RE: Payment reminder: invoice KS-2026-106",
    date=hdr_date(2027, 1, 6, 16, 51, 30, "-0500"), mid=mid("outlook", "p9", "nam"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("p9", "Payment reminder: invoice KS-2026-106", "en-US"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Tokyo design company, Japanese sender name, formal non-native English ------------------------
_q = reminder("reminder", "KS-2026-103", "€880.00", "25 December 2026", kind="company")
_own = """Dear Ms. Keane,

Thank you for your email and I am sorry for late reply. Our company was in new year holiday until 5 January.

Payment is completed today. Amount is 880 EUR, for invoice KS-2026-103.
Please confirm when you receive it.

We are looking forward to work with you again this year.

Best regards,

Kenji Morimoto
Hoshizora Design Co., Ltd.
3-14-2 Jingumae, Shibuya-ku, Tokyo 150-0001
TEL: +81-3-5555-0123"""
_att = at_gmail(2026, 12, 31, 18, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2026-103", "reminder")
add(L("client-reply-paid", "'Payment is completed today' from a Japanese client, amount written '880 EUR'; the sender name is RFC 2047 encoded in Japanese.",
      amount="880.00", currency="EUR", reference="KS-2026-103"),
    frm="森本 健二 <k.morimoto@hoshizora-design.co.jp>", subject="Re: Payment reminder: invoice KS-2026-103",
    date=hdr_date(2027, 1, 6, 10, 24, 11, "+0900"), mid=mid("other", "p10", "hoshizora-design.co.jp"),
    irt=_irt, refs=_refs, headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")],
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="base64")

# --- Dublin law firm accounts: "please find attached remittance advice" ---------------------------
_q = reminder("reminder", "KS-2026-090", "€2,460.00", "15 November 2026", kind="company")
_own = """Good afternoon,

Please find attached remittance advice in respect of invoice KS-2026-090.

Regards,

Siobhán Walsh
Accounts Department
Byrne Costello LLP
Solicitors & Notaries Public
Fitzwilliam Hall, Fitzwilliam Place, Dublin 2, D02 T292

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify us immediately and delete the message. Byrne Costello LLP will never change its bank details by email."""
_oh = [("From", OWNER_FULL), ("Sent", sent_uk(2026, 11, 23, 9, 0)), ("To", "Accounts <accounts@byrnecostello.ie>"),
       ("Subject", "Payment reminder: invoice KS-2026-090")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, lang="EN-IE")
_irt, _refs = thread("KS-2026-090", "reminder")
add(L("client-reply-paid", "A remittance advice says the payment has been made; the amount is only inside the PDF, not in the words of the message, so no amount.",
      reference="KS-2026-090"),
    frm="Accounts <accounts@byrnecostello.ie>", subject="RE: Payment reminder: invoice KS-2026-090",
    date=hdr_date(2026, 11, 27, 12, 2, 45, "+0000"), mid=mid("outlook", "p11", "eur"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("p11", "Payment reminder: invoice KS-2026-090", "en-IE"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable",
    att=[("Remittance Advice 000318.pdf", "application", "pdf",
          pdf_bytes("BYRNE COSTELLO LLP - REMITTANCE ADVICE", ["Supplier: Keane Studio",
                                                                "KS-2026-090   2,460.00", "Paid 27/11/2026 EFT"]))])

# --- Auckland studio, te reo greeting -------------------------------------------------------------
_q = reminder("reminder", "KS-2026-094", "€520.00", "10 November 2026", name="Aroha Ngata")
_own = """Kia ora Niamh,

Sorted this morning – paid the €520 through ASB, reference KS-2026-094. International ones usually take 2-3 days to land.

Ngā mihi,
Aroha

Aroha Ngata
Kōwhai Creative | Tāmaki Makaurau"""
_att = at_gmail(2026, 11, 18, 22, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2026-094", "reminder")
add(L("client-reply-paid", "New Zealand client, 'Sorted this morning – paid the €520'; the Date is +1300 so her morning is the previous evening in Dublin.",
      amount="520.00", currency="EUR", reference="KS-2026-094"),
    frm="Aroha Ngata <aroha@kowhaicreative.co.nz>", subject="Re: Payment reminder: invoice KS-2026-094",
    date=hdr_date(2026, 11, 19, 9, 40, 5, "+1300"), mid=mid("gmail", "p12"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Istanbul textile company, European number format, dekont attached ----------------------------
_q = reminder("late_fee", "KS-2026-100", "€1,650.00", "4 December 2026", kind="company", days=28,
              deadline="11 January 2027",
              fees=fees_text("IE", rate="10.15%", comp="€40.00", today="1 January 2027",
                             lines=["Invoice KS-2026-100: €1,650.00", "Interest from 5 December 2026 to 1 January 2027 (28 days at 10.15%): €12.85",
                                    "Compensation for recovery costs: €40.00", "Total: €1,702.85"]))
_own = """Dear Niamh Hanım,

Payment is made today, sorry for delay, our accounting department was closed for the new year holiday. I attach the dekont (bank receipt). Amount 1.650,00 EUR for invoice KS-2026-100.

About the interest and 40 euro, our finance manager will write you separately.

Best regards,
Mehmet Yıldız
Purchasing Manager
Anadolu Tekstil San. ve Tic. A.Ş.
Bursa / TÜRKİYE"""
_oh = [("Kimden", OWNER_FULL), ("Gönderildi", "1 Ocak 2027 Cuma 12:00"),
       ("Kime", "Mehmet Yıldız <mehmet@anadolutekstil.com.tr>"), ("Konu", "Overdue invoice KS-2026-100")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, lang="TR")
_irt, _refs = thread("KS-2026-100", "reminder", "late_fee")
add(L("client-reply-paid", "Paid the invoice amount (1.650,00 with European separators) but not the quoted interest and €40; he neither contests nor promises them, the finance manager 'will write', so it stays paid.",
      amount="1650.00", currency="EUR", reference="KS-2026-100"),
    frm="Mehmet Yıldız <mehmet@anadolutekstil.com.tr>", subject="YNT: Overdue invoice KS-2026-100",
    date=hdr_date(2027, 1, 4, 11, 15, 40, "+0300"), mid=mid("outlook", "p13", "eur"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("p13", "Overdue invoice KS-2026-100", "tr-TR"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable",
    att=[("dekont_04012027.pdf", "application", "pdf",
          pdf_bytes("DEKONT", ["Alici: NIAMH KEANE", "Tutar: 1.650,00 EUR", "Aciklama: KS-2026-100"]))])

# --- New York agency AP, HTML-only Outlook, USD wire ---------------------------------------------
_q = reminder("reminder", "KS-2026-096", "$4,200.00", "15 November 2026", kind="company")
_html = OUTLOOK_HEAD.format(cs="us-ascii", lang="EN-US") + """<p class="MsoNormal">Hello,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Invoice KS-2026-096 was paid on 11/20/2026 via international wire in the amount of <b>$4,200.00</b>. Fed reference 20261120MMQFMP2N004117. Please allow 3-5 business days for the funds to reach your bank.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#C00000">Tamika Johnson</span></b><o:p></o:p></p>
<p class="MsoNormal">Accounts Payable Specialist<o:p></o:p></p>
<p class="MsoNormal">Redline Growth Partners LLC | 250 Park Avenue South, 7th Floor, New York, NY 10003<o:p></o:p></p>
<p class="MsoNormal">P: (212) 555-0147<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> """ + esc(OWNER_FULL) + """<br>
<b>Sent:</b> """ + sent_us(2026, 11, 23, 4, 0) + """<br>
<b>To:</b> Accounts Payable &lt;ap@redlinegrowth.com&gt;<br>
<b>Subject:</b> Payment reminder: invoice KS-2026-096<o:p></o:p></p></div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
""" + "".join(f'<p class="MsoNormal">{esc(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n' for l in _q.split("\n")) + \
    "</div></body></html>\n"
_html = _html.replace("–", "&#8211;").replace("’", "&#8217;")
_irt, _refs = thread("KS-2026-096", "reminder")
add(L("client-reply-paid", "HTML-only Outlook reply; US date 11/20/2026 is 20 November; the Fed reference is not the invoice number; amount in USD.",
      amount="4200.00", currency="USD", reference="KS-2026-096"),
    frm="Accounts Payable <ap@redlinegrowth.com>", subject="RE: Payment reminder: invoice KS-2026-096",
    date=hdr_date(2026, 11, 24, 14, 8, 33, "-0500"), mid=mid("outlook", "p14", "nam"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("p14", "Payment reminder: invoice KS-2026-096", "en-US"), fmt="html", html=_html,
    cs="us-ascii", cte="quoted-printable")

# --- Lisbon studio, Portuguese slip, Apple Mail ---------------------------------------------------
_q = reminder("reminder", "KS-2027-004", "€300.00", "31 January 2027", name="Rita Carvalho")
_own = """Hi Niamh!

Já está! Sorry, I mean it's done :) I made the SEPA transfer today, 300€, for the invoice KS-2027-004.

I was sure I paid in January but it was still in "scheduled" and never went, stupid bank app 🙈

Beijinhos,
Rita

Rita Carvalho
Mareze Estúdio · Lisboa"""
_att = at_apple(2027, 2, 10, 9, 0)
_t, _h = compose(_own, "apple", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2027-004", "reminder")
add(L("client-reply-paid", "Opens in Portuguese ('Já está!') then says it is done in English; '300€' with the sign after the number.",
      amount="300.00", currency="EUR", reference="KS-2027-004"),
    frm="Rita Carvalho <rita@marezestudio.pt>", subject="Re: Payment reminder: invoice KS-2027-004",
    date=hdr_date(2027, 2, 11, 19, 22, 10, "+0000"), mid=mid("apple", "p15", "marezestudio.pt"), irt=_irt,
    refs=_refs, headers=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")], fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable", att=[("IMG_4471.PNG", "image", "png", png_bytes(6, 12, (0, 102, 204)))])

# --- Stockholm CTO: paid on Monday, and a new address for invoices --------------------------------
_q = reminder("due", "KS-2027-006", "€1,200.00", "1 February 2027", name="Johan Lindgren", days=1)
_own = """Hello Niamh,

We paid 1 200 EUR on Monday for invoice KS-2027-006, so it should be on your account now or tomorrow.

One question: from March our supplier invoices should go to faktura@fjallkod.se and not to me, we have a new system for this. Can you update it on your side?

Best regards / Med vänliga hälsningar
Johan Lindgren
CTO, Fjällkod AB
Götgatan 22, 118 46 Stockholm"""
_att = at_gmail(2027, 2, 2, 10, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2027-006", "due")
add(L("client-reply-paid", "Paid on Monday (1 February) with a Swedish thin-space thousands separator '1 200 EUR', plus a request to change the invoice address: paid wins.",
      amount="1200.00", currency="EUR", reference="KS-2027-006"),
    frm="Johan Lindgren <johan.lindgren@fjallkod.se>", subject="Re: Invoice KS-2027-006 is due",
    date=hdr_date(2027, 2, 3, 8, 47, 19, "+0100"), mid=mid("gmail", "p16"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="8bit")


# =============================================================================================
# client-reply-promise
# =============================================================================================

# --- London: "this week's run, which goes out Friday" ---------------------------------------------
_q = reminder("reminder", "KS-2026-086", "€950.00", "9 November 2026", name="James Okoro")
_own = """Hi Niamh,

Sorry – it's in the queue for this week's payment run, which goes out Friday.

Cheers,
James

James Okoro | Operations Manager
Pemberton Hale Ltd"""
_oh = [("From", OWNER_FULL), ("Sent", sent_uk(2026, 11, 16, 9, 0)), ("To", "James Okoro <james.okoro@pembertonhale.co.uk>"),
       ("Subject", "Payment reminder: invoice KS-2026-086")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh)
_irt, _refs = thread("KS-2026-086", "reminder")
add(L("client-reply-promise", "'goes out Friday' written on Tuesday 17 November: the next Friday is 20 November; no amount or number in his words.",
      promised_date="2026-11-20"),
    frm="James Okoro <james.okoro@pembertonhale.co.uk>", subject="RE: Payment reminder: invoice KS-2026-086",
    date=hdr_date(2026, 11, 17, 10, 14, 22, "+0000"), mid=mid("outlook", "r1", "gbr"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("r1", "Payment reminder: invoice KS-2026-086"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Irish bakery's bookkeeper: "the run on the 15th" ---------------------------------------------
_q = reminder("reminder", "KS-2026-098", "€410.00", "24 November 2026", kind="company")
_own = """Hi Niamh,

Thanks for the nudge. I pay Brennan's suppliers twice a month and yours (KS-2026-098, €410.00) will go in the run on the 15th.

Aoife

Aoife Brennan
Bookkeeper – Brennan's Bakery, Mullingar"""
_att = at_gmail(2026, 12, 1, 9, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2026-098", "reminder")
add(L("client-reply-promise", "'the run on the 15th' written on 3 December means 15 December 2026.",
      promised_date="2026-12-15", amount="410.00", currency="EUR", reference="KS-2026-098"),
    frm="Aoife Brennan <accounts@brennansbakery.ie>", subject="Re: Payment reminder: invoice KS-2026-098",
    date=hdr_date(2026, 12, 3, 14, 30, 0, "+0000"), mid=mid("gmail", "r2"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Melbourne agency owner: before the end of the month ------------------------------------------
_q = reminder("reminder", "KS-2027-002", "€1,875.00", "20 January 2027", name="Harriet Lowe")
_own = """Hi Niamh,

Quick one – cash flow is a bit tight after the holidays (two clients haven't paid US, ha) but I'll have KS-2027-002 paid before the end of the month. Promise!

H x

Sent from my iPhone"""
_t = _own + "\n\n" + at_apple(2027, 1, 27, 20, 0, ampm=True) + "\n\n" + gt(_q) + "\n"
_irt, _refs = thread("KS-2027-002", "reminder")
add(L("client-reply-promise", "'before the end of the month' on 28 January (Melbourne) is 31 January 2027, even though that is a Sunday.",
      promised_date="2027-01-31", reference="KS-2027-002"),
    frm="Harriet Lowe <harriet@saltbushdigital.com.au>", subject="Re: Payment reminder: invoice KS-2027-002",
    date=hdr_date(2027, 1, 28, 16, 55, 12, "+1100"), mid=mid("apple", "r3", "saltbushdigital.com.au"), irt=_irt,
    refs=_refs, headers=[("X-Mailer", "iPhone Mail (22C152)")], fmt="plain", text=_t, cs="utf-8",
    cte="quoted-printable")

# --- Wellington: "tomorrow", written on a Friday morning in +1300 ---------------------------------
_q = reminder("late_fee", "KS-2026-099", "€760.00", "25 November 2026", name="Ben Carter", days=7,
              deadline="9 December 2026")
_own = """Morning Niamh,

Apologies, I've been out on the boat all week with a tour group and no signal. I'll pay it tomorrow when I'm back at my desk – €760 for KS-2026-099.

Cheers
Ben

--
Ben Carter
Tūī Outdoors Ltd – Kayak & Sail, Wellington"""
_att = at_gmail(2026, 12, 2, 22, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2026-099", "late_fee")
add(L("client-reply-promise", "Written Friday 4 December 08:15 in +1300 (still Thursday 3 December in UTC): 'tomorrow' is Saturday 5 December in the sender's time zone.",
      promised_date="2026-12-05", amount="760.00", currency="EUR", reference="KS-2026-099"),
    frm="Ben Carter <ben@tuioutdoors.co.nz>", subject="Re: Overdue invoice KS-2026-099",
    date=hdr_date(2026, 12, 4, 8, 15, 30, "+1300"), mid=mid("gmail", "r4"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Los Angeles, late at night: "first thing tomorrow" -------------------------------------------
_q = reminder("suspension", "KS-2026-091", "$6,500.00", "1 November 2026", name="Dana Whitaker",
              deadline="7 December 2026", suspend="8 December 2026")
_own = """Hey Niamh – so sorry, this is totally on me, I've been in the edit suite for two weeks straight. I'll send the wire first thing tomorrow morning.

Please don't pause the color work!!

Dana

Sent from my iPhone"""
_t = _own + "\n\n" + at_apple(2026, 11, 30, 1, 0, ampm=True) + "\n\n" + gt(_q) + "\n"
_irt, _refs = thread("KS-2026-091", "reminder", "late_fee", "suspension")
add(L("client-reply-promise", "Date is Monday 30 November 22:40 -0800 (already 1 December in UTC): 'first thing tomorrow' is 1 December in Los Angeles, not 2 December.",
      promised_date="2026-12-01"),
    frm="Dana Whitaker <dana@foxglovefilms.com>", subject="Re: Overdue invoice KS-2026-091 – possible suspension of work",
    date=hdr_date(2026, 11, 30, 22, 40, 18, "-0800"), mid=mid("apple", "r5", "foxglovefilms.com"), irt=_irt,
    refs=_refs, headers=[("X-Mailer", "iPhone Mail (22B91)")], fmt="plain", text=_t, cs="utf-8", cte="quoted-printable")

# --- Dublin architects: one paid today, the other promised ----------------------------------------
_q = statement([("KS-2026-089", "2 October 2026", "1 November 2026", 37, "€1,200.00"),
                ("KS-2026-095", "2 November 2026", "2 December 2026", 6, "€2,350.00")],
               kind="company", deadline="18 December 2026", total="€3,550.00")
_own = """Hi Niamh,

KS-2026-089 went out this morning.

The other one (KS-2026-095) needs Rachel's sign-off and she's away until the new year, so it'll be paid on 15 January at the latest, after our year end. Sorry for the drip-feed!

Ciarán

Ciarán Dunne MRIAI
Dunne & Rourke Architects
22 Mount Street Upper, Dublin 2"""
_oh = [("From", OWNER_FULL), ("Sent", sent_uk(2026, 12, 8, 9, 0)), ("To", "Accounts <accounts@dunnerourke.ie>"),
       ("Subject", "Statement of outstanding invoices")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, lang="EN-IE")
_irt = owner_mid("dunnerourke/statement")
add(L("client-reply-promise", "Two invoices: one paid today, the other promised 'on 15 January at the latest' (2027, written in December); promise outranks paid; no reference because two invoices are named, no amounts in his words.",
      promised_date="2027-01-15"),
    frm="=?utf-8?q?Ciar=C3=A1n_Dunne?= <ciaran@dunnerourke.ie>", subject="RE: Statement of outstanding invoices",
    date=hdr_date(2026, 12, 9, 12, 20, 0, "+0000"), mid=mid("outlook", "r6", "eur"), irt=_irt,
    headers=OUTLOOK_HDRS("r6", "Statement of outstanding invoices", "en-IE"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Bristol events company: part paid now, the rest on Friday 29th -------------------------------
_q = reminder("reminder", "KS-2026-107", "£1,200.00", "31 December 2026", name="Sophie Marchetti")
_own = """Hi Niamh,

I'm really sorry, January has been brutal. I've just transferred £500 towards KS-2026-107 and I'll send the remaining £700 on Friday 29th when our big client pays us. I hope that's OK? I didn't want to leave you with nothing.

Sophie

Sophie Marchetti
Marchetti Events · Bristol
07700 900 412"""
_att = at_gmail(2027, 1, 8, 9, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2026-107", "reminder")
add(L("client-reply-promise", "Part paid (£500) and the rest promised on Friday 29 January: a promise for that day; the amount is the promised £700, not the £500 sent or the £1,200 total.",
      promised_date="2027-01-29", amount="700.00", currency="GBP", reference="KS-2026-107"),
    frm="Sophie Marchetti <sophie@marchettievents.co.uk>", subject="Re: Payment reminder: invoice KS-2026-107",
    date=hdr_date(2027, 1, 12, 17, 3, 40, "+0000"), mid=mid("gmail", "r7"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Pune food company: "next payment cycle i.e. on 10th Feb" -------------------------------------
_q = reminder("reminder", "KS-2027-005", "€1,540.00", "25 January 2027", kind="company")
_own = """Dear Niamh,

This is to inform you that your invoice no. KS-2027-005 has been approved by our management and the payment will be processed in our next payment cycle i.e. on 10th Feb 2027.

Inconvenience caused is regretted.

Regards,
Priyanka Deshmukh
Accounts Executive
Kesari Foods Pvt. Ltd.
Hinjewadi Phase 1, Pune 411057"""
_oh = [("From", OWNER_FULL), ("Sent", sent_us(2027, 2, 1, 14, 30)), ("To", "Accounts Kesari <accounts@kesarifoods.in>"),
       ("Subject", "Payment reminder: invoice KS-2027-005")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, lang="EN-IN")
_irt, _refs = thread("KS-2027-005", "reminder")
add(L("client-reply-promise", "Approved and to be processed 'on 10th Feb 2027'; Indian AP phrasing ('Inconvenience caused is regretted').",
      promised_date="2027-02-10", reference="KS-2027-005"),
    frm="Priyanka Deshmukh <accounts@kesarifoods.in>", subject="RE: Payment reminder: invoice KS-2027-005",
    date=hdr_date(2027, 2, 2, 12, 45, 9, "+0530"), mid=mid("outlook", "r8", "apc"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("r8", "Payment reminder: invoice KS-2027-005", "en-IN"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Lyon studio, French writer: "next week", no day ----------------------------------------------
_q = reminder("reminder", "KS-2027-014", "€2,100.00", "5 February 2027", name="Julien Roux")
_own = """Hello Niamh,

Sorry for the late answer, I was in vacation for the ski holidays with my kids. We will do the payment next week, our accountant come only on tuesdays and she has all the bank access.

Sorry again for the delay, the work was really great.

Cordialement / Best regards,
Julien Roux
Atelier Lumière – Lyon"""
_att = at_gmail(2027, 2, 12, 10, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2027-014", "reminder")
add(L("client-reply-promise", "'next week' alone states no day; the accountant coming on Tuesdays is a hint, not a promised date, so promised_date is left out.",),
    frm="Julien Roux <julien@atelier-lumiere.fr>", subject="Re: Payment reminder: invoice KS-2027-014",
    date=hdr_date(2027, 2, 15, 9, 32, 18, "+0100"), mid=mid("gmail", "r9"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Vancouver: "by EOD Wednesday" ----------------------------------------------------------------
_q = reminder("due", "KS-2027-015", "€990.00", "12 February 2027", name="Priya Sandhu", days=3)
_own = """Hi Niamh – will have this paid by EOD Wednesday. We switched banks in January and I'm still setting up the international payees, which is taking forever.

Thanks for your patience!
Priya"""
_att = at_gmail_us(2027, 2, 15, 1, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2027-015", "due")
add(L("client-reply-promise", "Monday 15 February (-0800): 'EOD Wednesday' is 17 February 2027.",
      promised_date="2027-02-17"),
    frm="Priya Sandhu <priya@sandhudesignco.ca>", subject="Re: Invoice KS-2027-015 is due",
    date=hdr_date(2027, 2, 15, 11, 20, 5, "-0800"), mid=mid("gmail", "r11"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Singapore: "release the payment on 26/2" -----------------------------------------------------
_q = reminder("reminder", "KS-2027-016", "€3,150.00", "10 February 2027", kind="company")
_own = """Hi Niamh,

Noted with thanks. Our finance will release the payment on 26/2 together with the other overseas vendors. Amount EUR 3,150.00.

Apologies for the delay, we were closed for CNY.

Regards,
Daniel Lim
Head of Operations
Merlion Analytics Pte. Ltd.
71 Ayer Rajah Crescent, #05-12, Singapore 139951"""
_oh = [("From", OWNER_FULL), ("Sent", sent_us(2027, 2, 17, 17, 0)), ("To", "Daniel Lim <daniel.lim@merlionanalytics.sg>"),
       ("Subject", "Payment reminder: invoice KS-2027-016")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh)
_irt, _refs = thread("KS-2027-016", "reminder")
add(L("client-reply-promise", "Day/month '26/2' from Singapore is 26 February 2027; he names the amount but not the invoice number.",
      promised_date="2027-02-26", amount="3150.00", currency="EUR"),
    frm="Daniel Lim <daniel.lim@merlionanalytics.sg>", subject="RE: Payment reminder: invoice KS-2027-016",
    date=hdr_date(2027, 2, 18, 10, 5, 55, "+0800"), mid=mid("outlook", "r12", "apc"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("r12", "Payment reminder: invoice KS-2027-016"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Chicago: "scheduled for 3/5" (US month/day) --------------------------------------------------
_q = reminder("reminder", "KS-2027-017", "$2,800.00", "17 February 2027", name="Kyle Brennan")
_own = """Niamh – it's scheduled for 3/5. Our AP runs on Fridays and we just missed this week's cutoff. Sorry about that.

Kyle

Kyle Brennan
Director of Marketing | Lakeshore Dental Group
(312) 555-0188"""
_oh = [("From", OWNER_FULL), ("Sent", sent_us(2027, 2, 24, 3, 0)), ("To", "Kyle Brennan <kbrennan@lakeshoredental.com>"),
       ("Subject", "Payment reminder: invoice KS-2027-017")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, lang="EN-US")
_irt, _refs = thread("KS-2027-017", "reminder")
add(L("client-reply-promise", "US writer: '3/5' is March 5 (a Friday, matching 'AP runs on Fridays'), not 3 May.",
      promised_date="2027-03-05"),
    frm="Kyle Brennan <kbrennan@lakeshoredental.com>", subject="RE: Payment reminder: invoice KS-2027-017",
    date=hdr_date(2027, 2, 24, 15, 12, 40, "-0600"), mid=mid("outlook", "r13", "nam"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("r13", "Payment reminder: invoice KS-2027-017", "en-US"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Greek client away from his bank token: "on Monday" -------------------------------------------
_q = reminder("late_fee", "KS-2027-018", "€640.00", "15 February 2027", name="Nikos Antoniou", days=14,
              deadline="10 March 2027")
_own = """Dear Niamh,

I am very sorry. I will pay the invoice on Monday, I promise you. Now I am in Thessaloniki for family reasons (my father is in hospital) and I dont have the token of the bank with me.

Nikos

Στάλθηκε από το iPhone μου"""
_t = _own + "\n\n" + at_apple(2027, 3, 1, 11, 0) + "\n\n" + gt(_q) + "\n"
_irt, _refs = thread("KS-2027-018", "reminder", "late_fee")
add(L("client-reply-promise", "Written Wednesday 3 March: 'on Monday' is 8 March 2027; Greek iPhone footer.",
      promised_date="2027-03-08"),
    frm="Nikos Antoniou <nikos.antoniou@gmail.com>", subject="Re: Overdue invoice KS-2027-018",
    date=hdr_date(2027, 3, 3, 18, 44, 3, "+0200"), mid=mid("apple", "r14", "gmail.com"), irt=_irt, refs=_refs,
    headers=[("X-Mailer", "iPhone Mail (22D63)")], fmt="plain", text=_t, cs="utf-8", cte="base64")

# --- Istanbul software company: "until 19 March" --------------------------------------------------
_q = reminder("reminder", "KS-2027-019", "€2,250.00", "1 March 2027", kind="company")
_own = """Dear Niamh,

Thank you for your reminder. We are waiting a payment from our big customer and the payment of your invoice will be done until 19 March. I hope it is not big problem for you.

Best regards,
Elif Şahin
Finance Specialist
Boğaziçi Yazılım Ltd. Şti.
Maslak, İstanbul"""
_att = at_gmail(2027, 3, 8, 12, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2027-019", "reminder")
add(L("client-reply-promise", "Non-native 'will be done until 19 March' means by 19 March 2027; no invoice number or amount in her own words.",
      promised_date="2027-03-19"),
    frm="Elif Şahin <elif.sahin@bogazici-yazilim.com.tr>", subject="Re: Payment reminder: invoice KS-2027-019",
    date=hdr_date(2027, 3, 9, 14, 20, 17, "+0300"), mid=mid("gmail", "r15"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="base64")

# --- Osaka games studio: company pay day the 25th --------------------------------------------------
_q = reminder("reminder", "KS-2026-109", "€2,400.00", "31 December 2026", kind="company")
_own = """Dear Niamh-san,

Thank you for your contact and sorry for late reply.
We will pay at 25th of this month, because our company payment day is 25th every month.
Amount is 2,400 EUR (invoice KS-2026-109).

Sorry for inconvenience.

Best regards,
Yuki Tanaka
General Affairs Dept.
Sakura Games K.K.
Osaka, Japan"""
_att = at_gmail(2027, 1, 7, 18, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2026-109", "reminder")
add(L("client-reply-promise", "'at 25th of this month' written 12 January is 25 January 2027.",
      promised_date="2027-01-25", amount="2400.00", currency="EUR", reference="KS-2026-109"),
    frm="Yuki Tanaka <y.tanaka@sakuragames.jp>", subject="Re: Payment reminder: invoice KS-2026-109",
    date=hdr_date(2027, 1, 12, 17, 5, 31, "+0900"), mid=mid("gmail", "r16"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Law firm (as client) answering the final notice ----------------------------------------------
_q = reminder("final", "KS-2027-008", "£1,250.00", "14 February 2027", name="Bell Ashdown LLP", kind="company",
              issue="15 January 2027", deadline="29 March 2027", today="15 March 2027")
_q += ("\n\nFrom: " + OWNER_FULL + "\nSent: " + sent_uk(2027, 2, 22, 9, 0) + "\nTo: Accounts <accounts@bellashdown.co.uk>\n"
       "Subject: Payment reminder: invoice KS-2027-008\n\n"
       + reminder("reminder", "KS-2027-008", "£1,250.00", "14 February 2027", kind="company"))
_own = """Dear Ms Keane,

Thank you for your letter of 15 March regarding invoice KS-2027-008.

Please accept our apologies. The invoice was routed to a partner who has since left the firm and it was not picked up. I have now approved it myself and payment of £1,250.00 will be made by 31 March 2027.

Yours sincerely,

Marcus Bell
Practice Manager
Bell Ashdown LLP
4 Brindley Place, Birmingham B1 2JB
DX 13042 Birmingham

Bell Ashdown LLP is a limited liability partnership registered in England and Wales (OC398765), authorised and regulated by the Solicitors Regulation Authority (SRA no. 612345). This email is confidential and may be privileged. Beware of cyber-crime: we will never notify you of a change to our bank details by email."""
_oh = [("From", OWNER_FULL), ("Sent", sent_uk(2027, 3, 15, 9, 0)), ("To", "Accounts <accounts@bellashdown.co.uk>"),
       ("Subject", "Final notice before debt recovery – invoice KS-2027-008")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh)
_irt, _refs = thread("KS-2027-008", "reminder", "late_fee", "final")
add(L("client-reply-promise", "Promises payment 'by 31 March 2027', which is later than the 29 March deadline in the quoted final notice; the date is the client's, not the notice's.",
      promised_date="2027-03-31", amount="1250.00", currency="GBP", reference="KS-2027-008"),
    frm="Marcus Bell <m.bell@bellashdown.co.uk>", cc="Accounts <accounts@bellashdown.co.uk>",
    subject="RE: Final notice before debt recovery – invoice KS-2027-008",
    date=hdr_date(2027, 3, 17, 9, 5, 44, "+0000"), mid=mid("outlook", "r17", "gbr"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("r17", "Final notice before debt recovery – invoice KS-2027-008"), fmt="alt", text=_t,
    html=_h, cs="utf-8", cte="quoted-printable")


# =============================================================================================
# client-reply-dispute
# =============================================================================================

# --- London agency: invoiced £2,100, quote was £1,800 ---------------------------------------------
_q = reminder("due", "KS-2026-080", "£2,100.00", "9 November 2026", kind="company", days=0)
_own = """Hi Niamh,

Before we pay this one – the quote we signed off in September was £1,800 for the landing pages. The invoice is for £2,100 and I think the difference is the third round of revisions, which we never agreed as an extra (the SOW says two rounds included, but the third round was fixing things from round two, so in our view it shouldn't be chargeable).

Can you reissue at £1,800 and we'll get it paid straight away?

Thanks,
Ollie

Ollie Spencer
Head of Digital, Bramble & Co
bramble.co"""
_oh = [("From", OWNER_FULL), ("Sent", sent_uk(2026, 11, 9, 9, 0)), ("To", "Ollie Spencer <ollie@bramble.co>"),
       ("Subject", "Invoice KS-2026-080 due today")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh)
_irt, _refs = thread("KS-2026-080", "due")
add(L("client-reply-dispute", "Contests the amount (£2,100 invoiced against a £1,800 quote) and asks for a reissue; the conditional 'we'll get it paid straight away' does not make it a promise, and no amount is stated as paid or promised.",),
    frm="Ollie Spencer <ollie@bramble.co>", subject="RE: Invoice KS-2026-080 due today",
    date=hdr_date(2026, 11, 9, 14, 2, 11, "+0000"), mid=mid("outlook", "d1", "gbr"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("d1", "Invoice KS-2026-080 due today"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Dublin café owner, late on a Saturday, Samsung phone -----------------------------------------
_q = reminder("reminder", "KS-2026-082", "€1,150.00", "13 November 2026", name="Declan Foley")
_own = """Niamh

Im not paying for menus that I cant use. The printer told us the files were in the wrong colour format (RGB??) and they had to redo them at OUR cost, €180. Fix that and we'll talk about the invoice, untill then NO.

Declan



Sent from my Galaxy"""
_t = (_own + "\n\n\n-------- Original message --------\nFrom: " + OWNER_FULL + " \nDate: 20/11/2026 09:00 (GMT+00:00) \n"
      "To: Declan Foley <declan@copperkettle.ie> \nSubject: Payment reminder: invoice KS-2026-082 \n\n" + _q + "\n")
_h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
      + "".join(f"<div dir=\"auto\">{esc(l) if l else '<br>'}</div>" for l in _own.split("\n"))
      + '<div id="composer_signature" dir="auto"></div><div dir="auto"><br></div><div><br></div>'
      '<div align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- Original message --------</div>'
      f'<div>From: {esc(OWNER_FULL)} </div><div>Date: 20/11/2026 09:00 (GMT+00:00) </div>'
      '<div>To: Declan Foley &lt;declan@copperkettle.ie&gt; </div><div>Subject: Payment reminder: invoice KS-2026-082 </div>'
      f'<div><br></div></div>{html_lines(_q)}</body></html>\n')
_irt, _refs = thread("KS-2026-082", "reminder")
add(L("client-reply-dispute", "Refuses to pay ('untill then NO') because the delivered files were wrong; the €180 is the printer's cost he complains about, not a payment.",),
    frm="Declan Foley <declan@copperkettle.ie>", subject="RE: Payment reminder: invoice KS-2026-082",
    date=hdr_date(2026, 11, 21, 23, 48, 10, "+0000"), mid=mid("other", "d2", "copperkettle.ie"), irt=_irt,
    refs=_refs, fmt="alt", text=_t, html=_h, cs="utf-8", cte="base64")

# --- US health start-up: a duplicate of an invoice already paid -----------------------------------
_q = reminder("reminder", "KS-2026-104", "$3,000.00", "1 December 2026", name="Lauren Pike")
_own = """Hi Niamh,

I think this invoice is a duplicate? KS-2026-104 is for the same October retainer as KS-2026-087, which we paid on November 12 (I can see it in our system, same amount, same description). Could you double-check on your end and void this one if so?

If I'm missing something and it's actually for November, just let me know and send over the hours breakdown.

Thanks!
Lauren

Lauren Pike
Operations Lead | Brightside Health
brightsidehealth.com"""
_att = at_gmail_us(2026, 12, 8, 4, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2026-104", "reminder")
add(L("client-reply-dispute", "Says the invoice duplicates one already billed and paid and asks to void it: that contests the invoice (already billed), it is not a 'paid' reply; two invoice numbers, so no reference.",),
    frm="Lauren Pike <lauren@brightsidehealth.com>", subject="Re: Payment reminder: invoice KS-2026-104",
    date=hdr_date(2026, 12, 10, 13, 30, 0, "-0500"), mid=mid("gmail", "d3"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- English council AP system: invoice rejected for missing PO -----------------------------------
_t = """*** This is an automated message from the Westmere Borough Council Accounts Payable team. Please do not reply to this email. ***

Dear Supplier,

INVOICE REJECTED

Supplier: KEANE STUDIO (Supplier no. 0048871)
Invoice number: KS-2026-110
Invoice date: 08/12/2026
Invoice amount: GBP 1,680.00

The above invoice has been rejected and will not be paid because it does not quote a valid Westmere Borough Council purchase order number. All invoices must quote an official order number in the format 4500XXXXXX.

Please obtain the purchase order number from the council officer who requested the goods or services and submit a new invoice quoting it to invoices@westmere.gov.uk. Resubmitted invoices are paid within 30 days of receipt of a valid invoice.

"No PO, No Pay" has been council policy since 1 April 2024.

Regards,

Accounts Payable
Finance & Commercial Services
Westmere Borough Council
Civic Centre, Station Road, Westmere WM1 1AA

Westmere Borough Council: this email and any attachments are intended for the named recipient only and may contain information that is confidential or protected under the Data Protection Act 2018 or the Freedom of Information Act 2000.
"""
add(L("client-reply-dispute", "The council's AP system rejects the invoice and says it 'will not be paid' without a purchase order number: a refusal of the invoice as submitted, not an auto-reply to the reminder; the amount is the invoice's, not a sum paid or promised.",
      reference="KS-2026-110"),
    frm="Westmere Borough Council - Accounts Payable <noreply.ap@westmere.gov.uk>", to="niamh@keanestudio.ie",
    subject="Invoice rejected - KS-2026-110 - KEANE STUDIO", date=hdr_date(2027, 1, 19, 10, 12, 0, "+0000"),
    mid=mid("other", "d4", "westmere.gov.uk"), headers=[("X-Mailer", "Unit4 ERP Notification Service")],
    fmt="plain", text=_t, cs="us-ascii", cte="7bit")

# --- Bengaluru e-learning company: credit note for two days not worked ----------------------------
_q = reminder("reminder", "KS-2027-001", "€3,500.00", "15 January 2027", kind="company")
_own = """Hi Niamh,

We have checked the timesheet attached with invoice KS-2027-001. As per our records 2 days (28th and 29th Dec) were not worked as our office was closed for the year end shutdown, but they are billed in the invoice.

Kindly issue a credit note for 2 days i.e. EUR 700 and we will release the balance amount immediately.

Regards,
Rahul Mehta
Finance Controller
Zephyr Learning Pvt. Ltd."""
_att = at_gmail(2027, 1, 22, 14, 30)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2027-001", "reminder")
add(L("client-reply-dispute", "Asks for a credit note for two days billed but not worked; EUR 700 is the disputed part, not a sum paid or promised, so no amount.",
      reference="KS-2027-001"),
    frm="Rahul Mehta <rahul.mehta@zephyrlearning.in>", subject="Re: Payment reminder: invoice KS-2027-001",
    date=hdr_date(2027, 1, 22, 16, 20, 33, "+0530"), mid=mid("gmail", "d5"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Tokyo: asks the 10% discount agreed for the late delivery ------------------------------------
_q = reminder("courtesy", "KS-2027-020", "€1,800.00", "15 February 2027", name="Akiko Fujii", issue="16 January 2027")
_own = """Dear Niamh,

Thank you for the reminder.

Before payment, I would like to ask the discount 10% as we discussed in the meeting on January, because the delivery was 1 week later than schedule. Could you send us the revised invoice with discount? Then we will pay soon.

Best regards,
Akiko Fujii
Project Manager
Tsubame Interactive Inc."""
_att = at_gmail(2027, 2, 3, 18, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2027-020", "courtesy")
add(L("client-reply-dispute", "Reply to the courtesy note before the due date asking for a 10% discount and a revised invoice before paying: a dispute, even though polite.",),
    frm="Akiko Fujii <a.fujii@tsubame-interactive.jp>", subject="Re: Friendly reminder: invoice KS-2027-020",
    date=hdr_date(2027, 2, 4, 11, 40, 0, "+0900"), mid=mid("gmail", "d6"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="base64")

# --- Brisbane plumber: not paying the rest till the site works ------------------------------------
_q = reminder("reminder", "KS-2027-021", "€1,450.00", "9 February 2027", name="Mick Doherty")
_own = """Niamh the booking form on the site still doesnt work on iphones, had 3 customers ring me about it this week saying it just spins. Not paying the rest till its fixed mate. Sorry but thats fair

Mick

Doherty Plumbing & Gas
Lic. 12345"""
_t = _own + "\n\n" + at_apple(2027, 2, 16, 19, 0, ampm=True) + "\n\n" + gt(_q) + "\n"
_irt, _refs = thread("KS-2027-021", "reminder")
add(L("client-reply-dispute", "Withholds payment until a defect is fixed; no capitals or apostrophes; Brisbane time (+1000).",),
    frm="Mick Doherty <mick@dohertyplumbing.com.au>", subject="Re: Payment reminder: invoice KS-2027-021",
    date=hdr_date(2027, 2, 17, 7, 58, 21, "+1000"), mid=mid("apple", "d7", "dohertyplumbing.com.au"), irt=_irt,
    refs=_refs, headers=[("X-Mailer", "iPhone Mail (22D63)")], fmt="plain", text=_t, cs="utf-8", cte="quoted-printable")

# --- Solicitors acting for the client answer the final notice -------------------------------------
_q = reminder("final", "KS-2027-003", "£4,800.00", "5 February 2027", name="Ardent Interiors Ltd", kind="company",
              issue="6 January 2027", deadline="22 March 2027", today="8 March 2027")
_own = """Dear Ms Keane,

Our client: Ardent Interiors Limited
Your invoice: KS-2027-003 (£4,800.00)
Our ref: EH/ARD/0412

We act for Ardent Interiors Limited, who have passed us your final notice dated 8 March 2027.

Our client disputes the invoice in its entirety. The brand guidelines and website templates were not delivered in accordance with the specification agreed in your proposal of 14 October 2026, in particular the accessibility requirements in section 4, and our client has had to instruct another designer to complete the work. Our client will not be making any payment in respect of this invoice, and reserves its position in relation to the deposit already paid.

Please direct any further correspondence on this matter to this firm and not to our client.

Yours sincerely,

Eleanor Hollis
Partner
Hollis Greaves Solicitors
7 Castle Street, Shrewsbury SY1 2BQ

Hollis Greaves is the trading name of Hollis Greaves Ltd, authorised and regulated by the Solicitors Regulation Authority (SRA number 654321). This email is confidential and may be subject to legal professional privilege."""
_oh = [("From", OWNER_FULL), ("Sent", sent_uk(2027, 3, 8, 9, 0)), ("To", "Accounts <accounts@ardentinteriors.co.uk>"),
       ("Subject", "Final notice before debt recovery – invoice KS-2027-003")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, rule="-----Original Message-----")
add(L("client-reply-dispute", "The client's solicitors, not the client, reply: the invoice is disputed in its entirety and will not be paid; £4,800.00 is the invoice amount, not a sum paid or promised.",
      reference="KS-2027-003"),
    frm="Eleanor Hollis <e.hollis@hollisgreaves.co.uk>", subject="Ardent Interiors Ltd - your invoice KS-2027-003 [HG-EH.FID204117]",
    date=hdr_date(2027, 3, 15, 11, 30, 0, "+0000"), mid=mid("outlook", "d8", "gbr"),
    headers=OUTLOOK_HDRS("d8", "Ardent Interiors Ltd - your invoice KS-2027-003"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable",
    att=[("Letter to N Keane 15.03.27.pdf", "application", "pdf",
          pdf_bytes("HOLLIS GREAVES SOLICITORS", ["Our ref: EH/ARD/0412", "Dear Ms Keane", "Ardent Interiors Limited",
                                                  "Invoice KS-2027-003"]))])

# --- Scottish community trust: charity rate was agreed --------------------------------------------
_q = reminder("due", "KS-2026-084", "£3,000.00", "24 November 2026", name="Moira Kennedy", days=2)
_own = """Dear Niamh,

Thank you for the reminder, and apologies for not getting back to you sooner.

I've looked back through our emails, and when we first spoke in August you said you would do the website at your charity rate, which was 50% off your standard day rate. The invoice has been worked out at the full rate (£3,000 rather than £1,500). Could you have a look at this again and send us a revised invoice? We're very happy to pay the £1,500 as soon as we receive it.

I've attached your email of 12 August so you can see what I mean.

Kind regards,

Moira Kennedy
Development Manager
Glenmore Community Trust
SC045678"""
_oh = [("From", OWNER_FULL), ("Sent", sent_uk(2026, 11, 26, 9, 0)), ("To", "Moira Kennedy <moira@glenmoretrust.org.uk>"),
       ("Subject", "Invoice KS-2026-084 is due")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh)
_irt, _refs = thread("KS-2026-084", "due")
_fwd = ("From: Niamh Keane <niamh@keanestudio.ie>\nTo: Moira Kennedy <moira@glenmoretrust.org.uk>\n"
        "Subject: Re: Website for Glenmore\nDate: " + hdr_date(2026, 8, 12, 16, 20, 0, "+0100") + "\n"
        "Message-ID: " + owner_mid("glenmore/august") + "\n\n"
        "Hi Moira,\n\nLovely to talk today. Happy to help - I'll keep it to the charity rate we discussed.\n\nNiamh\n")
add(L("client-reply-dispute", "Asks for a revised invoice at the agreed charity rate; '£1,500 as soon as we receive it' is conditional on a new invoice, so neither a promise nor an amount.",),
    frm="Moira Kennedy <moira@glenmoretrust.org.uk>", subject="RE: Invoice KS-2026-084 is due",
    date=hdr_date(2026, 11, 26, 15, 10, 0, "+0000"), mid=mid("outlook", "d9", "gbr"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("d9", "Invoice KS-2026-084 is due"), fmt="alt", text=_t, html=_h, cs="utf-8",
    cte="quoted-printable", att=[("Re Website for Glenmore.eml", "message", "rfc822", None)], fwd=_fwd)

# --- Porto start-up: hours don't match Jira -------------------------------------------------------
_q = reminder("reminder", "KS-2027-009", "€2,600.00", "22 February 2027", kind="company")
_own = """Hello Niamh,

I checked the hours in the invoice KS-2027-009 with our Jira and we count 32 hours, not 40. The 8 hours of "meeting prep" were never agreed with us, we only pay the meetings themself.

Can you correct to 32h please? Then we pay immediately.

Obrigado,
Tiago

Tiago Ferreira
Product Lead · Ondaverde Lda · Porto"""
_att = at_gmail(2027, 3, 1, 9, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2027-009", "reminder")
add(L("client-reply-dispute", "Contests the hours billed and asks for a correction before paying; 'then we pay immediately' is conditional.",
      reference="KS-2027-009"),
    frm="Tiago Ferreira <tiago@ondaverde.pt>", subject="Re: Payment reminder: invoice KS-2027-009",
    date=hdr_date(2027, 3, 1, 10, 45, 12, "+0000"), mid=mid("gmail", "d10"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Halifax: will pay the invoice, refuses the interest and the €40 ------------------------------
_q = reminder("late_fee", "KS-2027-007", "€900.00", "5 February 2027", name="Heather MacLeod", days=28,
              deadline="15 March 2027",
              fees=fees_text("IE", rate="10.15%", comp="€40.00", today="5 March 2027",
                             lines=["Invoice KS-2027-007: €900.00",
                                    "Interest from 6 February 2027 to 5 March 2027 (28 days at 10.15%): €7.01",
                                    "Compensation for recovery costs: €40.00", "Total: €947.01"]))
_q += "\n\n" + at_gmail_us(2027, 2, 12, 5, 0) + "\n\n" + gt(reminder("reminder", "KS-2027-007", "€900.00",
                                                                     "5 February 2027", name="Heather MacLeod"))
_own = """Hi Niamh,

We'll pay the €900.00 for KS-2027-007 next Friday, but we won't be paying the interest or the €40 recovery fee. Nobody mentioned late fees when we signed up and frankly a few weeks late on a first invoice doesn't justify it.

Heather

Heather MacLeod
Owner, Salt Marsh Candle Co.
Halifax, Nova Scotia"""
_att = at_gmail_us(2027, 3, 5, 5, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2027-007", "reminder", "late_fee")
add(L("client-reply-dispute", "Promises the principal but refuses the statutory interest and compensation: dispute outranks promise, so no promised_date; the €900.00 she says she will pay is the amount.",
      amount="900.00", currency="EUR", reference="KS-2027-007"),
    frm="Heather MacLeod <heather@saltmarshcandle.ca>", subject="Re: Overdue invoice KS-2027-007",
    date=hdr_date(2027, 3, 5, 10, 5, 40, "-0400"), mid=mid("gmail", "d11"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Stockholm: project ended before the work billed ----------------------------------------------
_q = reminder("reminder", "KS-2026-105", "€2,800.00", "30 November 2026", name="Anna Bergström")
_own = """Hi Niamh,

I don't understand this invoice. We ended the project on 14 October (see my email from that day) and agreed that you would invoice only the work until then, which we paid in October. KS-2026-105 is for work in late October and November that we never asked for.

We will not pay it. If you think I have misunderstood something, please send me the emails where we asked for this work.

Best regards,
Anna Bergström
Head of Marketing, Nordljus AB"""
_oh = [("Från", OWNER_FULL), ("Skickat", "den 8 december 2026 10:00"), ("Till", "Anna Bergström <anna.bergstrom@nordljus.se>"),
       ("Ämne", "Payment reminder: invoice KS-2026-105")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, lang="SV")
_irt, _refs = thread("KS-2026-105", "reminder")
add(L("client-reply-dispute", "Work not ordered after the project ended; explicit 'We will not pay it'. The payment 'in October' was for an earlier invoice.",
      reference="KS-2026-105"),
    frm="Anna Bergström <anna.bergstrom@nordljus.se>", subject="SV: Payment reminder: invoice KS-2026-105",
    date=hdr_date(2026, 12, 8, 13, 55, 0, "+0100"), mid=mid("outlook", "d12", "eur"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("d12", "Payment reminder: invoice KS-2026-105", "sv-SE"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="8bit")

# --- Singapore logistics: VAT charged wrongly, credit note and new invoice ------------------------
_q = reminder("reminder", "KS-2026-111", "€3,690.00", "6 January 2027", kind="company")
_own = """Hi Niamh,

Our finance team flagged that invoice KS-2026-111 includes Irish VAT at 23% (EUR 690). As we are a business customer outside the EU, VAT should not be charged on your services. Could you please issue a credit note and a revised invoice for EUR 3,000 without the VAT? We're unable to process it as it stands.

Thanks and regards,
Cheryl Goh
Procurement Executive
Tembusu Logistics Pte Ltd
10 Changi South Lane, Singapore 486162"""
_oh = [("From", OWNER_FULL), ("Sent", sent_us(2027, 1, 12, 17, 0)), ("To", "Cheryl Goh <cheryl.goh@tembusulogistics.com.sg>"),
       ("Subject", "Payment reminder: invoice KS-2026-111")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh)
_irt, _refs = thread("KS-2026-111", "reminder")
add(L("client-reply-dispute", "Asks for a credit note and a revised invoice without VAT and will not process it as it stands; the EUR figures describe the correction, not a payment.",
      reference="KS-2026-111"),
    frm="Cheryl Goh <cheryl.goh@tembusulogistics.com.sg>", subject="RE: Payment reminder: invoice KS-2026-111",
    date=hdr_date(2027, 1, 13, 9, 30, 10, "+0800"), mid=mid("outlook", "d13", "apc"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("d13", "Payment reminder: invoice KS-2026-111"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")


# =============================================================================================
# client-reply-other
# =============================================================================================

# --- Theatre company: forwarded to finance, cc'd ---------------------------------------------------
_q = reminder("courtesy", "KS-2026-114", "€1,100.00", "19 November 2026", name="Becky Hughes",
              issue="20 October 2026")
_own = """Hi Niamh, thanks for this – I've forwarded it to our finance team (copied here) who'll be in touch if they need anything.

The new season brochure looks fab by the way, everyone loves it!

Becky

Becky Hughes | Marketing & Communications Officer
Lantern Theatre Company
Box office: 0161 555 0100
Registered charity no. 1098765"""
_att = at_gmail(2026, 11, 12, 9, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2026-114", "courtesy")
add(L("client-reply-other", "Forwarded to the finance team (in Cc): no payment, promise or objection.",),
    frm="Becky Hughes <becky.hughes@lanterntheatre.org.uk>", cc="Finance <finance@lanterntheatre.org.uk>",
    subject="Re: Friendly reminder: invoice KS-2026-114", date=hdr_date(2026, 11, 12, 9, 41, 7, "+0000"),
    mid=mid("gmail", "o1"), irt=_irt, refs=_refs, fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Denver: AP system wants the bank's name and address -----------------------------------------
_q = reminder("reminder", "KS-2026-115", "$2,250.00", "25 November 2026", name="Greg Novak")
_own = """Hi Niamh -

Our AP system won't let me set up an international wire without the bank's name and street address, and it's asking whether you need an intermediary (correspondent) bank for USD. The invoice only has the IBAN and BIC. Could you send those over?

Thanks,
Greg

Greg Novak
Controller, Aspen Trail Outfitters
(303) 555-0164"""
_att = at_gmail_us(2026, 12, 1, 2, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2026-115", "reminder")
add(L("client-reply-other", "Asks for bank details the AP system needs before a wire can be set up; nothing paid or promised.",),
    frm="Greg Novak <greg@aspentrailoutfitters.com>", subject="Re: Payment reminder: invoice KS-2026-115",
    date=hdr_date(2026, 12, 1, 11, 12, 0, "-0700"), mid=mid("gmail", "o2"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Chennai: "under process", no commitment ------------------------------------------------------
_q = reminder("reminder", "KS-2026-116", "€1,320.00", "8 December 2026", kind="company")
_own = """Dear Niamh,

Noted. Your invoice is under process with our finance team. Will update you once the payment is done.

Thanks & Regards,
Sneha Iyer
Admin Executive
Kaveri Design Labs Pvt. Ltd., Chennai"""
_oh = [("From", OWNER_FULL), ("Sent", sent_us(2026, 12, 15, 14, 30)), ("To", "Sneha Iyer <sneha.iyer@kaveridesignlabs.in>"),
       ("Subject", "Payment reminder: invoice KS-2026-116")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, lang="EN-IN")
_irt, _refs = thread("KS-2026-116", "reminder")
add(L("client-reply-other", "'Under process ... will update you once the payment is done' reports status and commits to nothing: not a promise to pay and not paid.",),
    frm="Sneha Iyer <sneha.iyer@kaveridesignlabs.in>", subject="RE: Payment reminder: invoice KS-2026-116",
    date=hdr_date(2026, 12, 16, 11, 2, 0, "+0530"), mid=mid("outlook", "o3", "apc"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("o3", "Payment reminder: invoice KS-2026-116", "en-IN"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Belfast: the transfer came back, nothing sent again (Thunderbird, iso-8859-1) ----------------
_q = reminder("paid_claim_followup", "KS-2026-108", "£860.00", "18 December 2026", name="Eoin Gallagher",
              claim="6 January 2027", paid_on="5 January 2027")
_own = """Hi Niamh,

Thanks for chasing - I've just had a letter from the bank. The payment I made on the 5th for KS-2026-108 has been returned to our account: they say the beneficiary name didn't match the account (I think I put "Keane Studio" rather than your own name).

Can you confirm exactly what name should go on the transfer? I'll hold off re-sending it until I hear back from you, I don't want it bouncing a second time.

Eoin

--
Eoin Gallagher
Gallagher Joinery, Unit 7 Duncrue Industrial Estate, Belfast BT3 9BP"""
_t = _own + "\n\nOn 11/01/2027 09:00, Niamh Keane wrote:\n" + gt(_q) + "\n"
_irt, _refs = thread("KS-2026-108", "reminder", "paid_claim_followup")
add(L("client-reply-other", "A payment that bounced back with nothing sent again yet; he asks for the account name and holds off: not paid, not a promise with a day.",
      reference="KS-2026-108"),
    frm="Eoin Gallagher <eoin@gallagherjoinery.co.uk>", subject="Re: Invoice KS-2026-108 – payment not yet received",
    date=hdr_date(2027, 1, 11, 15, 40, 20, "+0000"), mid=mid("other", "o4", "gallagherjoinery.co.uk"), irt=_irt,
    refs=_refs, headers=[("User-Agent", "Mozilla Thunderbird")], fmt="plain", text=_t, cs="iso-8859-1",
    cte="quoted-printable")

# --- Manchester: what is this £70? ----------------------------------------------------------------
_q = reminder("late_fee", "KS-2027-022", "£2,400.00", "29 January 2027", kind="company", days=21,
              deadline="1 March 2027",
              fees=fees_text("GB", rate="11.75%", comp="£70.00", today="19 February 2027",
                             lines=["Invoice KS-2027-022: £2,400.00",
                                    "Interest from 30 January 2027 to 19 February 2027 (21 days at 11.75%): £16.22",
                                    "Compensation for recovery costs (section 5A): £70.00", "Total: £2,486.22"]))
_own = """Hi Niamh,

Could you explain how the £70 has been worked out, and the interest? We're a small company and I've not come across this before. Is it something the law requires you to add, or is it your own terms?

Not arguing, I just want to understand it before I take it to the directors on Monday.

Thanks,
Rachel

Rachel Adeyemi
Office Manager
Northern Quarter Coffee Roasters Ltd"""
_oh = [("From", OWNER_FULL), ("Sent", sent_uk(2027, 2, 19, 9, 0)), ("To", "Accounts <accounts@nqcoffee.co.uk>"),
       ("Subject", "Overdue invoice KS-2027-022")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, cs="windows-1252")
_irt, _refs = thread("KS-2027-022", "reminder", "late_fee")
add(L("client-reply-other", "A question about the statutory compensation and interest, expressly 'not arguing': not a dispute; taking it to the directors on Monday is not a promise to pay.",),
    frm="Rachel Adeyemi <accounts@nqcoffee.co.uk>", subject="RE: Overdue invoice KS-2027-022",
    date=hdr_date(2027, 2, 19, 16, 22, 9, "+0000"), mid=mid("outlook", "o5", "gbr"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("o5", "Overdue invoice KS-2027-022"), fmt="alt", text=_t, html=_h,
    cs="windows-1252", cte="quoted-printable")

# --- Executive assistant: boss travelling, written by a person -----------------------------------
_q = reminder("reminder", "KS-2026-117", "€4,500.00", "14 December 2026", name="Richard Hamilton")
_own = """Dear Niamh,

I look after Richard's inbox while he is travelling. He is in Singapore until 11 January and I will make sure he sees your email as soon as he is back. I'm afraid I don't have authority to approve payments myself.

Kind regards,

Claire Dubois
Executive Assistant to Richard Hamilton
Hamilton Wren Partners
+44 20 7946 0555"""
_oh = [("From", OWNER_FULL), ("Sent", sent_uk(2026, 12, 21, 9, 0)), ("To", "Richard Hamilton <richard@hamiltonwren.com>"),
       ("Subject", "Payment reminder: invoice KS-2026-117")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh)
_irt, _refs = thread("KS-2026-117", "reminder")
add(L("client-reply-other", "An assistant's hand-written reply (no auto-reply headers, written the next day): he is away until 11 January, but that is not an auto-reply's return date nor a promise to pay.",),
    frm="Claire Dubois <claire.dubois@hamiltonwren.com>", cc="Richard Hamilton <richard@hamiltonwren.com>",
    subject="RE: Payment reminder: invoice KS-2026-117", date=hdr_date(2026, 12, 22, 10, 30, 0, "+0000"),
    mid=mid("outlook", "o6", "gbr"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("o6", "Payment reminder: invoice KS-2026-117"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Paris agency: cannot open the PDF ------------------------------------------------------------
_q = reminder("due", "KS-2026-118", "€780.00", "24 November 2026", name="Sandrine Morel", days=1)
_own = """Hello,

I cannot open the invoice attached in your first email, it says the file is damaged. Can you send it again in PDF please? Then I give it to our accountant.

Thank you,
Sandrine

Sandrine Morel
Studio Pivoine – Paris 11e"""
_att = "Le mer. 25 nov. 2026 à 10:00, Niamh Keane <niamh@keanestudio.ie> a écrit :"
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2026-118", "due")
add(L("client-reply-other", "Asks for the invoice PDF again; French Gmail attribution line above an English reminder.",),
    frm="Sandrine Morel <sandrine@studiopivoine.fr>", subject="Re: Invoice KS-2026-118 is due",
    date=hdr_date(2026, 11, 25, 14, 14, 0, "+0100"), mid=mid("gmail", "o7"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- New York fund: tax forms before a new vendor can be set up -----------------------------------
_q = reminder("reminder", "KS-2026-119", "$5,000.00", "31 December 2026", kind="company")
_own = """Hi Niamh,

Thanks for following up. Before we can release any payment to a new international vendor, we need a completed W-8BEN-E (or W-8BEN if you are invoicing as an individual) and our vendor setup form, both attached. Once those are in we can set you up in our system.

Let me know if you have any questions on the forms.

Best,
Jessica

Jessica Tran
Accounts Payable | Summit Ridge Capital LP
600 Lexington Ave, New York, NY 10022

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information."""
_oh = [("From", OWNER_FULL), ("Sent", sent_us(2027, 1, 7, 4, 0)), ("To", "Accounts Payable <ap@summitridgecap.com>"),
       ("Subject", "Payment reminder: invoice KS-2026-119")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh, lang="EN-US")
_irt, _refs = thread("KS-2026-119", "reminder")
add(L("client-reply-other", "Vendor onboarding: forms must be filled before any payment; no date, no refusal of the invoice itself.",),
    frm="Jessica Tran <ap@summitridgecap.com>", subject="RE: Payment reminder: invoice KS-2026-119",
    date=hdr_date(2027, 1, 7, 12, 0, 0, "-0500"), mid=mid("outlook", "o8", "nam"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("o8", "Payment reminder: invoice KS-2026-119", "en-US"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable",
    att=[("fw8bene.pdf", "application", "pdf", pdf_bytes("Form W-8BEN-E", ["(Rev. October 2021)"])),
         ("SRC Vendor Setup Form 2027.pdf", "application", "pdf",
          pdf_bytes("Summit Ridge Capital - Vendor Setup", ["Legal name:", "Bank name and address:"]))])

# --- Christchurch: which invoice is this? ---------------------------------------------------------
_q = reminder("reminder", "KS-2027-023", "€640.00", "22 February 2027", name="Sam Whitcombe")
_own = """Hi Niamh, which one's this for? I've got two from you in my inbox (Jan and Feb) and I thought I'd paid the January one, but our bookkeeper's away so I can't check. Could you send me a statement of what's outstanding?

Cheers,
Sam"""
_att = at_gmail(2027, 3, 1, 22, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2027-023", "reminder")
add(L("client-reply-other", "Asks which invoice and for a statement; 'I thought I'd paid the January one' is an uncertain belief about another invoice, not a claim that this one is paid.",),
    frm="Sam Whitcombe <sam@whitcombebrewing.co.nz>", subject="Re: Payment reminder: invoice KS-2027-023",
    date=hdr_date(2027, 3, 2, 10, 10, 0, "+1300"), mid=mid("gmail", "o9"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Athens: Happy new year, checking with the accountant ----------------------------------------
_q = reminder("reminder", "KS-2026-120", "€1,200.00", "23 December 2026", name="Dimitris Kostas")
_own = """Happy new year Niamh! I saw your email, I am checking with my accountant and come back to you.

Dimitris

Απεστάλη από το iPhone μου"""
_t = _own + "\n\n" + at_apple(2027, 1, 4, 11, 0) + "\n\n" + gt(_q) + "\n"
_irt, _refs = thread("KS-2026-120", "reminder")
add(L("client-reply-other", "Only acknowledges and says he will check with the accountant: no payment or commitment; Greek iPhone footer.",),
    frm="Dimitris Kostas <d.kostas@aegeanyachting.gr>", subject="Re: Payment reminder: invoice KS-2026-120",
    date=hdr_date(2027, 1, 4, 12, 3, 0, "+0200"), mid=mid("apple", "o10", "aegeanyachting.gr"), irt=_irt,
    refs=_refs, headers=[("X-Mailer", "iPhone Mail (22C152)")], fmt="plain", text=_t, cs="utf-8", cte="base64")

# --- University procurement: please use the supplier portal ---------------------------------------
_q = reminder("reminder", "KS-2027-010", "€2,950.00", "1 February 2027", kind="company")
_own = """Dear Niamh,

Thank you for your email.

The University can only process invoices that are submitted through our supplier portal (Jaggaer). I have sent you an invitation to register from no-reply@jaggaer.com – please check your junk folder if you cannot see it. Once you are set up, upload invoice KS-2027-010 against purchase order 4100239917.

If you have any difficulty registering, our supplier helpdesk can be reached on 01632 960 200.

Kind regards,

Hannah Brooks
Procurement Services
University of Westbridge"""
_oh = [("From", OWNER_FULL), ("Sent", sent_uk(2027, 2, 8, 9, 0)), ("To", "Accounts Payable <accounts.payable@westbridge.ac.uk>"),
       ("Subject", "Payment reminder: invoice KS-2027-010")]
_t, _h = compose(_own, "outlook", quoted=_q, ohead=_oh)
_irt, _refs = thread("KS-2027-010", "reminder")
add(L("client-reply-other", "Redirects the invoice to a supplier portal; a process request, not a refusal of the invoice's content and no promise.",
      reference="KS-2027-010"),
    frm="Procurement Services <procurement@westbridge.ac.uk>", subject="RE: Payment reminder: invoice KS-2027-010",
    date=hdr_date(2027, 2, 10, 9, 15, 0, "+0000"), mid=mid("outlook", "o11", "gbr"), irt=_irt, refs=_refs,
    headers=OUTLOOK_HDRS("o11", "Payment reminder: invoice KS-2027-010"), fmt="alt", text=_t, html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Izmir: can we pay in USD? --------------------------------------------------------------------
_q = reminder("reminder", "KS-2027-024", "€3,200.00", "20 January 2027", kind="company")
_own = """Hello Niamh,

Is it possible to pay in USD instead of EUR? Our bank gives better rate for USD transfer. If yes, what is the amount in USD and the account for USD?

Thanks,
Burak Aydın
Ege Marin Turizm"""
_att = at_gmail(2027, 1, 27, 12, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2027-024", "reminder")
add(L("client-reply-other", "A question about paying in another currency; no payment made or promised.",),
    frm="Burak Aydın <burak@egemarinturizm.com.tr>", subject="Re: Payment reminder: invoice KS-2027-024",
    date=hdr_date(2027, 1, 28, 15, 30, 0, "+0300"), mid=mid("gmail", "o12"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")

# --- Vancouver: with the bookkeeper, and a new project ---------------------------------------------
_q = reminder("due", "KS-2027-025", "€1,600.00", "26 March 2027", name="Olivia Chen", days=0)
_own = """Thanks Niamh! Got it – the invoice is with our bookkeeper.

Unrelated: are you around in April for a small refresh of the careers page? Maybe 3-4 days of work. Happy to jump on a call next week.

Olivia"""
_att = at_gmail_us(2027, 3, 26, 2, 0)
_t, _h = compose(_own, "gmail", attr=_att, quoted=_q)
_irt, _refs = thread("KS-2027-025", "due")
add(L("client-reply-other", "Says the invoice is with the bookkeeper and asks about new work: neither paid nor promised. Pacific Daylight Time (-0700) after the March change.",),
    frm="Olivia Chen <olivia@fernleafhealth.ca>", subject="Re: Invoice KS-2027-025 due today",
    date=hdr_date(2027, 3, 26, 13, 45, 0, "-0700"), mid=mid("gmail", "o13"), irt=_irt, refs=_refs,
    fmt="alt", text=_t, html=_h, cs="utf-8", cte="quoted-printable")


# =============================================================================================
# payment-notification
# =============================================================================================

# --- Stripe ---------------------------------------------------------------------------------------
_t = """Keane Studio

You received a payment of €1,450.00 from Brightwater Studios Ltd.

Amount paid: €1,450.00
Description: Invoice KS-2026-083
Customer: billing@brightwaterstudios.co.uk
Payment method: Visa •••• 4242
Date: 13 Nov 2026, 14:22 GMT

The funds will be paid out to your bank account ending in 5678 according to your payout schedule.

View payment in the Dashboard:
https://dashboard.stripe.com/payments/pi_3QJx8LKa2mN4pQ7r0d1ZkB9c

You're receiving this email because you're an administrator of Keane Studio on Stripe.
Manage your email notifications: https://dashboard.stripe.com/settings/user

Stripe, 354 Oyster Point Boulevard, South San Francisco, CA 94080
"""
_h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Payment received</title></head>
<body style="background-color:#f6f9fc;margin:0;padding:0;font-family:-apple-system,'SF Pro Display','Segoe UI','Helvetica Neue',sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;margin:32px 0;border-radius:8px">
<tr><td style="padding:32px 48px 8px 48px;color:#8898aa;font-size:12px;text-transform:uppercase">Keane Studio</td></tr>
<tr><td style="padding:0 48px;color:#32325d;font-size:24px;line-height:32px">You received a payment of <strong>€1,450.00</strong> from Brightwater Studios Ltd.</td></tr>
<tr><td style="padding:24px 48px">
<table width="100%" style="font-size:14px;color:#525f7f">
<tr><td>Amount paid</td><td align="right">€1,450.00</td></tr>
<tr><td>Description</td><td align="right">Invoice KS-2026-083</td></tr>
<tr><td>Customer</td><td align="right">billing@brightwaterstudios.co.uk</td></tr>
<tr><td>Payment method</td><td align="right">Visa •••• 4242</td></tr>
<tr><td>Date</td><td align="right">13 Nov 2026, 14:22 GMT</td></tr>
</table></td></tr>
<tr><td style="padding:0 48px 24px 48px"><a href="https://dashboard.stripe.com/payments/pi_3QJx8LKa2mN4pQ7r0d1ZkB9c" style="background:#635bff;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">View payment</a></td></tr>
<tr><td style="padding:24px 48px;color:#8898aa;font-size:12px">You're receiving this email because you're an administrator of Keane Studio on Stripe.<br>Stripe, 354 Oyster Point Boulevard, South San Francisco, CA 94080</td></tr>
</table></td></tr></table></body></html>
"""
add(L("payment-notification", "Stripe notice of a card payment received, with the invoice number as the payment description.",
      amount="1450.00", currency="EUR", reference="KS-2026-083"),
    frm="Stripe <notifications@stripe.com>", subject="You received a payment of €1,450.00",
    date=hdr_date(2026, 11, 13, 14, 22, 7, "+0000"), mid="<0100019325c4d2b1-7e0c5f1a-3b1f-4c8e-9a61-2f0c9e7d1a55-000000@email.amazonses.com>",
    headers=[("X-Stripe-Email-Type", "charge.succeeded")], fmt="alt", text=_t, html=_h, cs="utf-8",
    cte="quoted-printable")

# --- PayPal, HTML only, Pacific time --------------------------------------------------------------
_h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>You've got money</title></head>
<body style="margin:0;padding:0;background:#f5f7fa">
<table align="center" width="100%" style="max-width:600px;font-family:Helvetica,Arial,sans-serif;color:#2c2e2f">
<tr><td style="padding:24px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>
<tr><td style="padding:0 24px;font-size:16px">Hello, Niamh Keane</td></tr>
<tr><td style="padding:16px 24px;font-size:28px;font-weight:bold">You received €350.00 EUR from Fernando Lopes</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:14px">Note from Fernando Lopes:<br><span style="font-style:italic">"Invoice KS-2026-092 - sorry for the delay!"</span></td></tr>
<tr><td style="padding:0 24px;font-size:14px"><strong>Transaction ID</strong><br><a href="https://www.paypal.com/activity/payment/8UK41296XN3310548">8UK41296XN3310548</a></td></tr>
<tr><td style="padding:16px 24px;font-size:14px"><strong>Transaction date</strong><br>29 November 2026</td></tr>
<tr><td style="padding:0 24px;font-size:14px">It may take a few moments for this transaction to appear in your account.</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#687173">Help &amp; Contact | Security | Apps<br><br>PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br><br>Copyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.<br>PayPal RT000186:en_IE(en-IE):1.2.0:de6ba0f0a8f1d</td></tr>
</table></body></html>
"""
add(L("payment-notification", "PayPal 'You've got money' in HTML only; the payer's note names the invoice.",
      amount="350.00", currency="EUR", reference="KS-2026-092"),
    frm="\"service@paypal.ie\" <service@paypal.ie>", subject="You've got money",
    date=hdr_date(2026, 11, 29, 19, 44, 51, "-0800"), mid="<1f3c8e7aa29d4.1764474291@paypal.com>",
    headers=[("X-MaxCode-Template", "RT000186"), ("X-Email-Type-Id", "RT000186")], fmt="html", html=_h,
    cs="utf-8", cte="quoted-printable")

# --- Wise -----------------------------------------------------------------------------------------
_t = """Hi Niamh,

Lumen Labs Pte. Ltd. sent you 2,750.00 EUR.

It's now in your EUR balance.

Amount received: 2,750.00 EUR
From: Lumen Labs Pte. Ltd.
Reference: KS-2026-101
Transfer number: #1348827165

See the details: https://wise.com/transactions/activities/by-resource/TRANSFER/1348827165

Thanks,
The Wise Team

Wise Europe SA, Rue du Trône 100, 3rd floor, Brussels 1050, Belgium. Wise Europe SA is authorised by the National Bank of Belgium as an Electronic Money Institution.
"""
add(L("payment-notification", "Wise notice of money received into the EUR balance, with the payer's reference.",
      amount="2750.00", currency="EUR", reference="KS-2026-101"),
    frm="Wise <noreply@wise.com>", subject="You've received 2,750.00 EUR from Lumen Labs Pte. Ltd.",
    date=hdr_date(2026, 11, 23, 8, 5, 12, "+0000"), mid="<20261123080512.7d41a2c9e3b84f1c@wise.com>",
    fmt="alt", text=_t, html=h_notice(_t, "#9fe870"),
    cs="utf-8", cte="quoted-printable")

# --- Xero -----------------------------------------------------------------------------------------
_t = """Hi Niamh,

Harlow & Finch Ltd has paid invoice KS-2026-112 online.

Amount paid: EUR 1,050.00
Paid on: 19 Jan 2027
Payment service: Stripe

The payment has been recorded against the invoice in Xero and will be matched when it appears in your bank feed.

View invoice: https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=6b2f0d3a-91e4-4d1c-8a77-3e5c2b9f0d12

Xero
This is an automated notification. Manage notifications in your Xero settings.
"""
add(L("payment-notification", "Xero says the client paid the invoice online through Stripe; sent in the night (UTC).",
      amount="1050.00", currency="EUR", reference="KS-2026-112"),
    frm="Xero <messaging-service@post.xero.com>", subject="Invoice KS-2026-112 has been paid",
    date=hdr_date(2027, 1, 19, 3, 12, 0, "+0000"), mid="<0102019477a1c2de-5b8e9f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b-000000@eu-west-1.amazonses.com>",
    fmt="alt", text=_t, html=h_notice(_t, "#13b5ea"), cs="utf-8", cte="7bit")

# --- QuickBooks: one payment for two invoices -----------------------------------------------------
_t = """Payment received

Castlebar Marine Ltd paid you €2,200.00.

Invoices paid:
  KS-2027-011    €1,400.00
  KS-2027-012      €800.00

Payment date: 05/02/2027
Deposited to: Business Current Account (…5678)

Sign in to QuickBooks to see the details: https://qbo.intuit.com/app/recvpayment?txnId=1187

© 2027 Intuit Inc. All rights reserved. Intuit and QuickBooks are registered trademarks of Intuit Inc.
Intuit Limited, 1 Cornwall Street, Birmingham B3 2DX.
"""
add(L("payment-notification", "One payment covering two invoices: the amount is the total paid, and there is no single reference.",
      amount="2200.00", currency="EUR"),
    frm="QuickBooks <quickbooks@notification.intuit.com>", subject="Payment received from Castlebar Marine Ltd",
    date=hdr_date(2027, 2, 5, 16, 40, 0, "+0000"), mid="<1738773600000.b2c91f04.qbo-notify@intuit.com>",
    fmt="alt", text=_t, html=h_notice(_t, "#2ca01c"), cs="utf-8", cte="base64")

# --- AIB lodgement alert --------------------------------------------------------------------------
_t = """AIB Alert

A lodgement of EUR 640.00 has been made to your account ending 5678 on 19/11/2026.

Details: SALT AND SORREL LTD KS-2026-093

To view your transactions, log in to AIB Internet Banking or the AIB Mobile App.

Please do not reply to this email. AIB will never ask you for your full Registration Number, PIN or one-time passcodes by email, text or phone.

Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland. Registered Office: 10 Molesworth Street, Dublin 2.
"""
add(L("payment-notification", "Bank alert of a credit; the narrative (causale) carries the invoice number.",
      amount="640.00", currency="EUR", reference="KS-2026-093"),
    frm="AIB <alerts@notifications.aib.ie>", subject="AIB Alert: Lodgement to your account",
    date=hdr_date(2026, 11, 19, 11, 2, 30, "+0000"), mid=mid("other", "n6", "notifications.aib.ie"),
    fmt="plain", text=_t, cs="us-ascii", cte="7bit")

# --- Revolut Business -----------------------------------------------------------------------------
_t = """You've received €880.00

HOSHIZORA DESIGN CO LTD sent €880.00 to your EUR Main account.

Reference: INV KS-2026-103
Date: 8 January 2027, 09:31

Open the app to see the details.

Revolut Business
Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania. Revolut Bank UAB is licensed and supervised by the Bank of Lithuania and the European Central Bank.
"""
add(L("payment-notification", "Revolut Business incoming payment; the reference 'INV KS-2026-103' contains the invoice number.",
      amount="880.00", currency="EUR", reference="KS-2026-103"),
    frm="Revolut Business <no-reply@revolut.com>", subject="You've received €880.00 from HOSHIZORA DESIGN CO LTD",
    date=hdr_date(2027, 1, 8, 9, 31, 0, "+0000"), mid="<rb.notif.9f8e7d6c5b4a3921@revolut.com>",
    fmt="alt", text=_t, html=h_notice(_t, "#191c1f"), cs="utf-8", cte="quoted-printable")

# --- Tipalti remittance from a US client's payables platform --------------------------------------
_t = """Payment Notification

Dear Keane Studio,

Redline Growth Partners LLC has issued a payment to you.

Payee ID: KEANE-0042
Payment method: International wire transfer
Payment amount: USD 4,200.00
Payment date: 11/20/2026
Expected to arrive in 3-5 business days.

Invoice details
Invoice number    Invoice date    Amount paid
KS-2026-096       10/16/2026      4,200.00

To review your payment history, sign in to the Supplier Hub: https://suppliers.tipalti.com/redlinegrowth

This email was sent on behalf of Redline Growth Partners LLC by Tipalti. Please do not reply to this email.
"""
add(L("payment-notification", "A client's accounts-payable platform reports a wire issued for one invoice; a machine notice, not the client's reply.",
      amount="4200.00", currency="USD", reference="KS-2026-096"),
    frm="Redline Growth Partners LLC <payments@notifications.tipalti.com>", subject="Payment Notification from Redline Growth Partners LLC",
    date=hdr_date(2026, 11, 20, 17, 5, 0, "-0500"), mid="<pn-7731-20261120220500-0042@tipalti.com>",
    fmt="alt", text=_t, html=h_notice(_t, "#0b3d91"), cs="utf-8", cte="quoted-printable")


# =============================================================================================
# auto-reply
# =============================================================================================

_irt, _refs = thread("KS-2026-113", "reminder")
add(L("auto-reply", "Exchange out-of-office; 'out of the office until Monday 4 January 2027' gives the return day named.",
      return_date="2027-01-04"),
    frm="Gareth Price <gareth@priceandmorgan.co.uk>", subject="Automatic reply: Payment reminder: invoice KS-2026-113",
    date=hdr_date(2026, 12, 23, 9, 0, 12, "+0000"), mid=mid("outlook", "a1", "gbr"), irt=_irt, refs=_refs,
    headers=[("Thread-Topic", "Payment reminder: invoice KS-2026-113"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "gareth@priceandmorgan.co.uk"), ("X-MS-TNEF-Correlator", ""),
             ("Content-Language", "en-GB")],
    fmt="alt", text="""Thank you for your email.

The office is closed for Christmas and I am out of the office until Monday 4 January 2027 with no access to email. For anything urgent please contact office@priceandmorgan.co.uk or call 029 2018 0450.

Merry Christmas,
Gareth
""", html=h_outlook("""Thank you for your email.

The office is closed for Christmas and I am out of the office until Monday 4 January 2027 with no access to email. For anything urgent please contact office@priceandmorgan.co.uk or call 029 2018 0450.

Merry Christmas,
Gareth"""), cs="utf-8", cte="quoted-printable")

_irt, _refs = thread("KS-2026-122", "reminder")
_t = """G'day,

Thanks for your email. I'm on annual leave over the break and back on Tuesday 12 January. I won't be checking emails while I'm away.

If it's about an invoice or payment, please contact our bookkeeper Lisa on lisa@redgumcollective.com.au.

Cheers,
Tom Fitzgerald
Redgum Collective
"""
add(L("auto-reply", "Gmail vacation responder with Auto-Submitted; 'back on Tuesday 12 January' (2027, sent in December).",
      return_date="2027-01-12"),
    frm="Tom Fitzgerald <tom@redgumcollective.com.au>", subject="Away until 12 January",
    date=hdr_date(2026, 12, 28, 10, 2, 44, "+1100"), mid=mid("gmail", "a2"), irt=_irt, refs=_refs,
    headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], fmt="alt", text=_t, html=h_gmail(_t),
    cs="utf-8", cte="quoted-printable")

_irt, _refs = thread("KS-2027-013", "reminder")
_t = """Dear Niamh Keane,

Thank you for contacting Greenway Group Accounts Payable. This is an automated response to confirm that we have received your email and a ticket has been created:

Ticket #48213 – Payment reminder: invoice KS-2027-013

Our team aims to respond to all queries within 5 working days. Please quote the ticket number in any further correspondence so that we can keep your enquiry together.

Please note that supplier invoices are paid in our weekly payment run on Thursdays, in line with agreed payment terms. You can check the status of your invoices at any time on the Greenway Supplier Portal.

Kind regards,
Accounts Payable Team
Greenway Group plc

This is an automated message. Please do not reply above this line.
"""
add(L("auto-reply", "Helpdesk ticket acknowledgement; the weekly Thursday payment run is boilerplate, not a promise, and there is no return date.",),
    frm="Greenway Group AP Helpdesk <apsupport@greenwaygroup.freshdesk.com>",
    subject="[Ticket #48213] Payment reminder: invoice KS-2027-013", date=hdr_date(2027, 2, 8, 9, 1, 3, "+0000"),
    mid="<freshdesk.48213.1.20270208090103.f1e2d3@greenwaygroup.freshdesk.com>", irt=_irt, refs=_refs,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-FD-Ticket-Id", "48213")],
    fmt="alt", text=_t, html=h_notice(_t, "#2e7d32"), cs="utf-8", cte="quoted-printable")

_irt, _refs = thread("KS-2027-026", "reminder", "late_fee")
_t = """This mailbox is no longer monitored.

The Gilded Fork has moved to a new accounts provider. Please resend invoices, statements and payment queries to payables@gildedforkgroup.ie.

Emails sent to this address will not be read or forwarded.
"""
add(L("auto-reply", "A 'mailbox no longer monitored' auto-answer pointing to a new address; no return date.",),
    frm="The Gilded Fork Accounts <accounts@thegildedfork.ie>", subject="Automatic reply: Overdue invoice KS-2027-026",
    date=hdr_date(2027, 3, 16, 14, 20, 5, "+0000"), mid=mid("outlook", "a4", "eur"), irt=_irt, refs=_refs,
    headers=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-replied")], fmt="plain", text=_t,
    cs="us-ascii", cte="7bit")

_irt, _refs = thread("KS-2026-078", "reminder")
_t = """Dear Sender,

I am on leave till 15th Nov with limited access to mails. For urgent payment related queries kindly contact accounts@vistaratech.in or call +91 22 4000 1234.

Regards,
Arjun Nair
Finance & Accounts | Vistara Techsolutions Pvt. Ltd., Mumbai
"""
add(L("auto-reply", "Indian out-of-office: 'on leave till 15th Nov' gives 15 November 2026, the day named.",
      return_date="2026-11-15"),
    frm="Arjun Nair <arjun.nair@vistaratech.in>", subject="Out of Office: Payment reminder: invoice KS-2026-078",
    date=hdr_date(2026, 11, 10, 14, 35, 2, "+0530"), mid=mid("outlook", "a5", "apc"), irt=_irt, refs=_refs,
    headers=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "arjun.nair@vistaratech.in")],
    fmt="alt", text=_t, html=h_outlook(_t, lang="EN-IN"), cs="utf-8", cte="quoted-printable")

_irt = owner_mid("KS-2027-027/reminder")
_t = """Hello,

I am in holidays, back the 2nd of March. I will answer you when I return.

Bonne journée !
Claire Fontaine
"""
add(L("auto-reply", "iCloud vacation reply from a French writer: 'back the 2nd of March' is 2 March 2027.",
      return_date="2027-03-02"),
    frm="claire.fontaine@icloud.com", subject="Auto reply: Payment reminder: invoice KS-2027-027",
    date=hdr_date(2027, 2, 22, 8, 12, 33, "+0000"), mid="<3b0c1f9e-62d4-4e0a-a1f7-0d9a8c6b5e21-vac@icloud.com>",
    irt=_irt, refs=_irt,
    headers=[("X-Apple-Action", "VACATION"),
             ("X-Apple-Criteria", "{kind=VACATION,startDate=2027-02-19T23:00:00Z,endDate=2027-03-01T22:59:59Z}"),
             ("X-Apple-UUID", "3b0c1f9e-62d4-4e0a-a1f7-0d9a8c6b5e21")],
    fmt="plain", text=_t, cs="utf-8", cte="8bit")


# =============================================================================================
# bounce (machine formats written out as they arrive)
# =============================================================================================

def _orig(to, subject, date, inv, body):
    return (f"Received: from mail.keanestudio.ie (mail.keanestudio.ie [185.2.168.40])\n"
            f"\tby smtp-out.keanestudio.ie with ESMTPSA id 4f9c1e2a\n\tfor <{to}>; {date}\n"
            f"From: {OWNER_FULL}\nTo: {to}\nSubject: {subject}\nDate: {date}\n"
            f"Message-ID: {owner_mid(inv + '/reminder')}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
            f"X-Mailer: mailduns\n\n{body}\n")


_d = hdr_date(2026, 11, 16, 9, 0, 38, "+0000")
_b1_orig = _orig("accounts@harrowgate-logistics.co.uk", "Payment reminder: invoice KS-2026-121", _d, "KS-2026-121",
                 reminder("reminder", "KS-2026-121", "€1,980.00", "8 November 2026", kind="company"))
_b1 = """Received: from DB9PR03MB8841.eurprd03.prod.outlook.com (2603:10a6:10:2c3::9) by
 DB9PR03MB7716.eurprd03.prod.outlook.com with HTTPS; Mon, 16 Nov 2026 09:00:41 +0000
MIME-Version: 1.0
From: Microsoft Outlook <MAILER-DAEMON@eurprd03.prod.outlook.com>
To: """ + OWNER_FULL + """
Date: """ + hdr_date(2026, 11, 16, 9, 0, 41, "+0000") + """
Content-Type: multipart/report; report-type=delivery-status;
	boundary="37e1b7f8-4c65-4e5a-9a2d-1e0f6a0c2b11"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-GB
Message-ID: <d3a9c6f1-2b7e-4f4d-8c15-6a0e9b2f7d40@DB9PR03MB8841.eurprd03.prod.outlook.com>
In-Reply-To: """ + owner_mid("KS-2026-121/reminder") + """
References: """ + owner_mid("KS-2026-121/reminder") + """
Subject: Undeliverable: Payment reminder: invoice KS-2026-121
Auto-Submitted: auto-replied
Return-Path: <>

--37e1b7f8-4c65-4e5a-9a2d-1e0f6a0c2b11
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="a5b0e7c2-91d3-4f1e-b6a8-0c2d4e6f8a10"

--a5b0e7c2-91d3-4f1e-b6a8-0c2d4e6f8a10
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to accounts@harrowgate-logistics.co.uk couldn't be delivered.

accounts wasn't found at harrowgate-logistics.co.uk.

niamh               Office 365        accounts
Action Required                        Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the foll=
owing:
- Retype the recipient's address, then resend the message.
- If you're sure the address is correct, contact the recipient by some othe=
r means (in person or by phone) to let them know about this problem.

Was this helpful? Send feedback to Microsoft.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hos=
ted by Office 365 but the address doesn't exist in the recipient's domain.

Original Message Details
Created Date:    16/11/2026 09:00:38
Sender Address:  niamh@keanestudio.ie
Recipient Address:       accounts@harrowgate-logistics.co.uk
Subject: Payment reminder: invoice KS-2026-121

Error Details
Error:   550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient accounts@harrowg=
ate-logistics.co.uk not found by SMTP address lookup
Message rejected by:     LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM

--a5b0e7c2-91d3-4f1e-b6a8-0c2d4e6f8a10
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body><div style=3D"font-family:'Segoe UI',Frutiger,Ari=
al,sans-serif"><p style=3D"font-size:15px;color:#000000">Your message to <a=
 href=3D"mailto:accounts@harrowgate-logistics.co.uk">accounts@harrowgate-lo=
gistics.co.uk</a> couldn't be delivered.</p><p style=3D"font-size:20px;col=
or:#C00000"><b>accounts</b> wasn't found at <b>harrowgate-logistics.co.uk</=
b>.</p><p>Status code: <b>550 5.1.10</b></p></div></body></html>

--a5b0e7c2-91d3-4f1e-b6a8-0c2d4e6f8a10--

--37e1b7f8-4c65-4e5a-9a2d-1e0f6a0c2b11
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR03MB8841.eurprd03.prod.outlook.com
Received-From-MTA: dns;mail.keanestudio.ie
Arrival-Date: Mon, 16 Nov 2026 09:00:38 +0000

Final-Recipient: rfc822;accounts@harrowgate-logistics.co.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient accounts@harrowgate-logistics.co.uk not found by SMTP address lookup
Remote-MTA: dns;LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM
X-Display-Name: Accounts

--37e1b7f8-4c65-4e5a-9a2d-1e0f6a0c2b11
Content-Type: message/rfc822

""" + _b1_orig + """
--37e1b7f8-4c65-4e5a-9a2d-1e0f6a0c2b11--
"""
add(L("bounce", "Office 365 NDR, 550 5.1.10 recipient not found: permanent.",
      failed_recipient="accounts@harrowgate-logistics.co.uk", permanent=True),
    raw=_b1, subject="Undeliverable: Payment reminder: invoice KS-2026-121")

_b2 = """Delivered-To: niamh@keanestudio.ie
Return-Path: <>
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: niamh@keanestudio.ie
References: """ + owner_mid("KS-2026-123/late_fee") + """
In-Reply-To: """ + owner_mid("KS-2026-123/late_fee") + """
Subject: Delivery Status Notification (Delay)
Message-ID: <6751e3a2.050a0220.1b3c5f.9a41.GMR@mx.google.com>
Date: """ + hdr_date(2026, 12, 2, 13, 4, 17, "-0800") + """
Auto-Submitted: auto-replied
Content-Type: multipart/report; boundary="000000000000e3c4a50623b1f7d2"; report-type=delivery-status

--000000000000e3c4a50623b1f7d2
Content-Type: multipart/related; boundary="000000000000e3c7b60623b1f7d9"

--000000000000e3c7b60623b1f7d9
Content-Type: multipart/alternative; boundary="000000000000e3c7b70623b1f7da"

--000000000000e3c7b70623b1f7da
Content-Type: text/plain; charset="UTF-8"


** Delivery incomplete **

There was a temporary problem delivering your message to d.okafor@okaforlegal.ie. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
452 4.2.2 <d.okafor@okaforlegal.ie>: Recipient address rejected: Mailbox full

--000000000000e3c7b70623b1f7da
Content-Type: text/html; charset="UTF-8"


<html>
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
Delivery incomplete
</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">
There was a temporary problem delivering your message to <a style='color:#212121;text-decoration:none'><b>d.okafor@okaforlegal.ie</b></a>. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">
The response from the remote server was:<br/>
<p style="font-family:monospace">
452 4.2.2 &lt;d.okafor@okaforlegal.ie&gt;: Recipient address rejected: Mailbox full
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--000000000000e3c7b70623b1f7da--
--000000000000e3c7b60623b1f7d9
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

""" + base64.encodebytes(png_bytes(2, 2, (219, 68, 55))).decode() + """
--000000000000e3c7b60623b1f7d9--
--000000000000e3c4a50623b1f7d2
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 01 Dec 2026 09:00:05 -0800 (PST)
X-Original-Message-ID: """ + owner_mid("KS-2026-123/late_fee") + """

Final-Recipient: rfc822; d.okafor@okaforlegal.ie
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mail.okaforlegal.ie. (185.45.66.12, the server for the domain okaforlegal.ie.)
Diagnostic-Code: smtp; 452 4.2.2 <d.okafor@okaforlegal.ie>: Recipient address rejected: Mailbox full
Last-Attempt-Date: Wed, 02 Dec 2026 13:04:17 -0800 (PST)
Will-Retry-Until: Thu, 03 Dec 2026 09:00:05 -0800 (PST)

--000000000000e3c4a50623b1f7d2
Content-Type: text/rfc822-headers; charset="UTF-8"

Return-Path: <niamh@keanestudio.ie>
Received: from mail.keanestudio.ie ([185.2.168.40]) by smtp.gmail.com with ESMTPSA; Tue, 01 Dec 2026 09:00:05 -0800 (PST)
From: """ + OWNER_FULL + """
To: "Okafor Legal" <d.okafor@okaforlegal.ie>
Subject: Overdue invoice KS-2026-123
Date: Tue, 1 Dec 2026 17:00:00 +0000
Message-ID: """ + owner_mid("KS-2026-123/late_fee") + """

--000000000000e3c4a50623b1f7d2--
"""
add(L("bounce", "Gmail delay notice: mailbox full, 452 4.2.2, Gmail will keep retrying: temporary.",
      failed_recipient="d.okafor@okaforlegal.ie", permanent=False),
    raw=_b2, subject="Delivery Status Notification (Delay)")

_d = hdr_date(2027, 1, 20, 9, 0, 2, "+0000")
_b3_orig = _orig("jane.doyle@kestrelmedia.ie", "Invoice KS-2027-028 due today", _d, "KS-2027-028",
                 reminder("due", "KS-2027-028", "€2,050.00", "20 January 2027", name="Jane Doyle", days=0))
_b3 = """Return-Path: <>
Received: by mx2.kestrelmedia.ie (Postfix)
	id 4Yd8Q21bT7z9sWm; Wed, 20 Jan 2027 09:00:04 +0000 (GMT)
Date: """ + hdr_date(2027, 1, 20, 9, 0, 4, "+0000") + """ (GMT)
From: MAILER-DAEMON@mx2.kestrelmedia.ie (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: niamh@keanestudio.ie
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Yd8Q21bT7z9sWm.1800522004/mx2.kestrelmedia.ie"
Content-Transfer-Encoding: 8bit
Message-Id: <4Yd8Q21bT7z9sWm@mx2.kestrelmedia.ie>

This is a MIME-encapsulated message.

--4Yd8Q21bT7z9sWm.1800522004/mx2.kestrelmedia.ie
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.kestrelmedia.ie.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jane.doyle@kestrelmedia.ie>: host mailstore.kestrelmedia.ie[10.20.0.14] said:
    550 5.1.1 <jane.doyle@kestrelmedia.ie>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--4Yd8Q21bT7z9sWm.1800522004/mx2.kestrelmedia.ie
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kestrelmedia.ie
X-Postfix-Queue-ID: 4Yd8Q21bT7z9sWm
X-Postfix-Sender: rfc822; niamh@keanestudio.ie
Arrival-Date: Wed, 20 Jan 2027 09:00:03 +0000 (GMT)

Final-Recipient: rfc822; jane.doyle@kestrelmedia.ie
Original-Recipient: rfc822;jane.doyle@kestrelmedia.ie
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore.kestrelmedia.ie
Diagnostic-Code: smtp; 550 5.1.1 <jane.doyle@kestrelmedia.ie>: Recipient
    address rejected: User unknown in virtual mailbox table

--4Yd8Q21bT7z9sWm.1800522004/mx2.kestrelmedia.ie
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

""" + _b3_orig + """
--4Yd8Q21bT7z9sWm.1800522004/mx2.kestrelmedia.ie--
"""
add(L("bounce", "Postfix DSN from the client's own server: 550 5.1.1 user unknown, permanent.",
      failed_recipient="jane.doyle@kestrelmedia.ie", permanent=True),
    raw=_b3, subject="Undelivered Mail Returned to Sender")

_b4 = """Return-path: <>
Envelope-to: niamh@keanestudio.ie
Delivery-date: Mon, 22 Feb 2027 10:14:52 +0000
Received: from mailnull by smtp12.blacknight.com with local (Exim 4.98)
	id 1vTz4M-0007Qk-1N
	for niamh@keanestudio.ie; Mon, 22 Feb 2027 10:14:52 +0000
X-Failed-Recipients: payments@corribfoods.ie
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@smtp12.blacknight.com>
To: niamh@keanestudio.ie
References: """ + owner_mid("KS-2027-029/reminder") + """
Content-Type: multipart/report; report-type=delivery-status; boundary=1771755292-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vTz4M-0007Qk-1N@smtp12.blacknight.com>
Date: """ + hdr_date(2027, 2, 22, 10, 14, 52, "+0000") + """

--1771755292-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  payments@corribfoods.ie
    retry timeout exceeded

The last attempt returned:
    SMTP error from remote mail server after initial connection:
    451 4.4.0 mail.corribfoods.ie: connection timed out

--1771755292-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; smtp12.blacknight.com

Action: failed
Final-Recipient: rfc822;payments@corribfoods.ie
Status: 5.0.0
Remote-MTA: dns; mail.corribfoods.ie
Diagnostic-Code: smtp; 451 4.4.0 mail.corribfoods.ie: connection timed out

--1771755292-eximdsn-1804289383
Content-type: text/rfc822-headers

Return-path: <niamh@keanestudio.ie>
Received: from [185.2.168.40] (helo=mail.keanestudio.ie)
	by smtp12.blacknight.com with esmtpsa (Exim 4.98)
	id 1vRc0x-0003Ab-2P
	for payments@corribfoods.ie; Mon, 15 Feb 2027 09:00:07 +0000
From: """ + OWNER_FULL + """
To: payments@corribfoods.ie
Subject: Payment reminder: invoice KS-2027-029
Date: Mon, 15 Feb 2027 09:00:05 +0000
Message-ID: """ + owner_mid("KS-2027-029/reminder") + """

--1771755292-eximdsn-1804289383--
"""
add(L("bounce", "Exim gave up after a week of 451 4.4.0 timeouts: the last SMTP error is temporary, but the report is final ('This is a permanent error', Action failed, Status 5.0.0), so permanent.",
      failed_recipient="payments@corribfoods.ie", permanent=True),
    raw=_b4, subject="Mail delivery failed: returning message to sender")


# =============================================================================================
# other
# =============================================================================================

_t = """THE FREELANCE LEDGER · Issue 112 · January 2027

5 ways to get paid faster in 2027 (and what to say when a client tells you "the payment is in the system")

Hi Niamh,

Happy new year! This month we looked at 4,800 invoices sent through Ledgerly in 2026. The average invoice was paid 9 days late; invoices with a clear due date and a named payment reference were paid 6 days sooner.

1. Put the due date in the subject line.
2. Send a friendly note three days before the due date, not after.
3. Always include the payment reference you want to see on your bank statement.
4. Agree late-payment terms up front, and actually mention them.
5. When a client says "paid", ask for the remittance, politely.

Read the full article: https://ledgerly.io/blog/get-paid-faster-2027?utm_source=newsletter&utm_medium=email&utm_campaign=ledger-112

Also this month: the new Ledgerly mobile app lets you mark an invoice as paid straight from your bank notification.

You're receiving this because you signed up at ledgerly.io.
Unsubscribe: https://ledgerly.io/u/6f1a9c2e | Ledgerly Ltd, 3 Grand Canal Square, Dublin 2
"""
add(L("other", "A newsletter about getting paid; mentions invoices and 'paid' but concerns none of hers.",),
    frm="The Freelance Ledger <newsletter@ledgerly.io>", subject="5 ways to get paid faster in 2027 💸",
    date=hdr_date(2027, 1, 14, 7, 30, 0, "+0000"), mid="<20270114073000.ledger112.6f1a9c2e@mail.ledgerly.io>",
    headers=[("List-Unsubscribe", "<https://ledgerly.io/u/6f1a9c2e>, <mailto:unsubscribe@ledgerly.io?subject=6f1a9c2e>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
             ("List-Id", "The Freelance Ledger <ledger.ledgerly.io>")],
    fmt="alt", text=_t, html=h_notice(_t, "#ff6b35"), cs="utf-8", cte="quoted-printable")

_t = """Hi Niamh,

Your transfer to Grafton Cowork Ltd is complete.

You sent: 450.00 EUR
Grafton Cowork Ltd receives: 450.00 EUR
Reference: INV-2291
Transfer number: #1352290417

They should have the money now. If they have any questions, share this receipt with them: https://wise.com/share/receipt/1352290417

Thanks,
The Wise Team
"""
add(L("other", "Wise confirms an outgoing transfer the freelancer made to her co-working space: money out, not money in.",),
    frm="Wise <noreply@wise.com>", subject="Your transfer to Grafton Cowork Ltd is complete",
    date=hdr_date(2027, 1, 18, 12, 44, 9, "+0000"), mid="<20270118124409.a8c3e1f07b2d4e69@wise.com>",
    fmt="alt", text=_t, html=h_notice(_t, "#9fe870"), cs="utf-8", cte="quoted-printable")

_t = """Hi Niamh,

Happy new year from all of us at Grafton Cowork!

Please find attached invoice INV-2291 for your hot desk membership for January 2027.

Amount due: €450.00 (incl. VAT at 23%)
Due date: 15 January 2027

You can pay by bank transfer to IE64 BOFI 9000 1712 3456 78, quoting INV-2291 as the reference.

Thanks,
Gráinne
Community Manager, Grafton Cowork
"""
add(L("other", "An invoice the freelancer receives from her own supplier; the due date and amount are hers to pay.",),
    frm="Gráinne at Grafton Cowork <billing@graftoncowork.ie>", subject="Invoice INV-2291 from Grafton Cowork Ltd",
    date=hdr_date(2027, 1, 2, 10, 0, 0, "+0000"), mid=mid("gmail", "x3"),
    fmt="alt", text=_t, html=h_gmail(_t), cs="utf-8", cte="quoted-printable",
    att=[("INV-2291.pdf", "application", "pdf", pdf_bytes("Grafton Cowork Ltd - INVOICE INV-2291",
                                                          ["Bill to: Niamh Keane", "Hot desk, January 2027",
                                                           "Total EUR 450.00"]))])

_h = """<html><body style="font-family:Arial,sans-serif">
<div style="background:#003087;color:#fff;padding:12px;font-size:20px">PayPaI</div>
<p>Dear Customer,</p>
<p>A payment of <b>€3,480.00 EUR</b> has been sent to your account but is currently <b>ON HOLD</b> because your account information is incomplete.</p>
<p>To release the funds you must verify your identity within 24 hours, otherwise the payment will be returned to the sender and your account may be limited.</p>
<p style="text-align:center"><a href="http://paypal-resolution-center.com.verify-acct.info/release?id=88213" style="background:#0070ba;color:#fff;padding:12px 30px;text-decoration:none;border-radius:20px">Release Payment</a></p>
<p>Thank you for being a valued customer.<br>PayPal Resolution Center</p>
<p style="font-size:10px;color:#888">Copyright 2027 PayPal Inc. All right reserved.</p>
</body></html>
"""
add(L("other", "Phishing made up to look like a PayPal payment on hold (look-alike 'PayPaI' sender domain, urgency, verification link): spam, not a payment notification.",),
    frm="PayPaI Service <service@paypal-resolution-center.com>", subject="Payment of €3,480.00 is on hold – action required",
    date=hdr_date(2027, 2, 9, 3, 17, 45, "+0300"), mid="<20270209031745.88213@paypal-resolution-center.com>",
    to="undisclosed-recipients:;", fmt="html", html=_h, cs="utf-8", cte="base64")


# =============================================================================================
# Writing, labels.toml, and the re-read check
# =============================================================================================

FACT_KEYS = ["promised_date", "return_date", "amount", "currency", "reference", "failed_recipient", "permanent"]


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return toml_str(str(v))


QUOTE_START = re.compile(
    r"^(On .{6,200}wrote:\s*$|Le .{6,120}a écrit\s*:|(From|Kimden|Från|De|Da): .+$|-{2,}\s*(Original|Forwarded) [Mm]essage|"
    r"-----Original Message-----|_{10,}\s*$|>)", re.M)
REPLY_PREFIX = re.compile(r"^(re|aw|ynt|rif|r|rv|sv|antw)\s*:", re.I)


def html_to_text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h\d|li|blockquote)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def own_words(msg, cut=True):
    """The sender's own text: the preferred body, cut where the quoted thread begins."""
    body = msg.get_body(preferencelist=("plain", "html"))
    text = body.get_content()
    if body.get_content_subtype() == "html":
        text = html_to_text(text)
    lines = text.replace("\r\n", "\n").split("\n")
    for i, line in enumerate(lines if cut else []):
        if i > 0 and QUOTE_START.match(line.strip()):
            return "\n".join(lines[:i])
    return text


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html", "message/delivery-status", "text/rfc822-headers"):
            try:
                c = part.get_content()
            except (KeyError, LookupError):
                c = part.get_payload(decode=True).decode("utf-8", "replace")
            if isinstance(c, list):  # message/delivery-status: a list of header blocks
                c = "\n".join(str(b) for b in c)
            out.append(html_to_text(c) if ct == "text/html" else str(c))
    return "\n".join(out)


def decimals_in(text):
    vals = set()
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    for m in re.finditer(r"\d[\d.,' ]*\d|\d", text):
        tok = m.group()
        for c in {tok.replace(" ", "")} | set(tok.split(" ")):
            c = c.replace("'", "").strip(".,")
            if not c:
                continue
            cands = []
            if "," in c and "." in c:
                cands.append(c.replace(".", "").replace(",", ".") if c.rfind(",") > c.rfind(".") else c.replace(",", ""))
            elif "," in c:
                tail = c.rsplit(",", 1)[1]
                cands.append(c.replace(",", ".") if len(tail) == 2 and c.count(",") == 1 else c.replace(",", ""))
            elif "." in c:
                cands += [c.replace(".", ""), c] if c.count(".") == 1 else [c.replace(".", "")]
            else:
                cands.append(c)
            for x in cands:
                try:
                    vals.add(Decimal(x))
                except InvalidOperation:
                    pass
    return vals


INVOICE = re.compile(r"KS-20\d\d-\d{3}")
LO, HI = dt.date(2026, 11, 1), dt.date(2027, 3, 31)


def check(name, data, label):
    errs = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("From", "Date", "Message-ID", "Subject"):
        if not msg[h]:
            errs.append(f"missing {h}")
    raw_date = str(msg["Date"])
    when = email.utils.parsedate_to_datetime(raw_date)
    local = when.date()
    if not LO <= local <= HI:
        errs.append(f"Date {local} outside the window")
    wd = raw_date.split(",")[0].strip()
    if wd != DAYS[local.weekday()][:3]:
        errs.append(f"Date says {wd} but {local} is a {DAYS[local.weekday()]}")
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(msg["Message-ID"]).strip()):
        errs.append("odd Message-ID")
    subj = str(msg["Subject"])
    kind = label["kind"]
    if kind.startswith("client-reply") and REPLY_PREFIX.match(subj) and not msg["In-Reply-To"]:
        errs.append("a reply without In-Reply-To")
    # every part must decode
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type().startswith("message/"):
            continue
        try:
            c = part.get_content()
        except Exception as e:  # noqa: BLE001 - report any decoding failure
            errs.append(f"part {part.get_content_type()} does not decode: {e}")
            continue
        if part.get_content_type() == "application/pdf" and not c.startswith(b"%PDF-"):
            errs.append("attachment is not a PDF")
    # the label itself
    if kind not in KINDS:
        errs.append(f"bad kind {kind}")
    if label.get("language") != "en" or label.get("split") not in ("dev", "test") or not label.get("note"):
        errs.append("language/split/note")
    allowed = {"client-reply-promise": {"promised_date"}, "auto-reply": {"return_date"},
               "bounce": {"failed_recipient", "permanent"}}.get(kind, set()) | {"amount", "currency", "reference"}
    if kind in ("bounce", "auto-reply", "other"):
        allowed -= {"amount", "currency", "reference"}
    for k in FACT_KEYS:
        if k in label and k not in allowed:
            errs.append(f"{k} not expected on {kind}")
    own = own_words(msg) if kind.startswith("client-reply") else own_words(msg, cut=False)
    if "promised_date" in label:
        pd = dt.date.fromisoformat(label["promised_date"])
        if not local <= pd <= local + dt.timedelta(days=120):
            errs.append(f"promised_date {pd} not after {local}")
    if "return_date" in label:
        rd = dt.date.fromisoformat(label["return_date"])
        if not local <= rd <= local + dt.timedelta(days=60) or str(rd.day) not in own:
            errs.append(f"return_date {rd} vs {local}")
    if kind == "auto-reply" and not (msg["Auto-Submitted"] or msg["X-Auto-Response-Suppress"] or msg["X-Apple-Action"]):
        errs.append("auto-reply without any automatic-reply header")
    if "amount" in label:
        if not re.fullmatch(r"\d+\.\d\d", label["amount"]):
            errs.append("amount format")
        elif Decimal(label["amount"]) not in decimals_in(own):
            errs.append(f"amount {label['amount']} not in the sender's own words")
    if "currency" in label and ("amount" not in label or not re.fullmatch(r"[A-Z]{3}", label["currency"])):
        errs.append("currency")
    refs = set(INVOICE.findall(own))
    if "reference" in label:
        if label["reference"] not in own:
            errs.append(f"reference {label['reference']} not in the sender's own words")
        if len(refs) > 1:
            errs.append("reference given but several invoices named")
    elif kind not in ("bounce", "auto-reply", "other") and len(refs) == 1:
        errs.append(f"own words name {refs} but no reference in the label")
    if kind == "bounce":
        if "failed_recipient" not in label or "permanent" not in label:
            errs.append("bounce facts missing")
        else:
            txt = all_text(msg)
            if label["failed_recipient"] not in txt:
                errs.append("failed_recipient not in the report")
            st = re.search(r"^Status:\s*([245])\.\d+\.\d+", data.decode("utf-8", "replace"), re.M)
            if not st or (st.group(1) == "5") != label["permanent"]:
                errs.append("permanent does not match the DSN Status")
    return errs


def main():
    order = list(range(len(MESSAGES)))
    random.Random(2121).shuffle(order)
    if len(MESSAGES) != N:
        sys.exit(f"{len(MESSAGES)} messages written by hand, {N} expected")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    toml = ["# round21-en: English replies to a Dublin freelancer's invoices and mailduns reminders, from the UK, "
            "Ireland, the US, Canada, Australia, New Zealand, India, Singapore and non-native writers "
            "(French, Greek, Turkish, Swedish, Japanese, Portuguese); client replies, notices, auto-replies, bounces.",
            ""]
    written = []
    for n, i in enumerate(order, 1):
        spec = MESSAGES[i]
        name = f"{PREFIX}-{n:04d}.eml"
        data = build(spec)
        (HERE / name).write_bytes(data)
        written.append((name, spec["label"]))
        lab = spec["label"]
        toml.append(f'[files."{name}"]')
        for k in ["kind", "language", "split"] + FACT_KEYS + ["note"]:
            if k in lab:
                toml.append(f"{k} = {toml_val(lab[k])}")
        toml.append("")
    (HERE / "labels.toml").write_text("\n".join(toml), encoding="utf-8")

    failures = 0
    for name, lab in written:
        errs = check(name, (HERE / name).read_bytes(), lab)
        for e in errs:
            print(f"{name}: {e}")
        failures += bool(errs)
    # the labels file must read back the same
    try:
        import tomllib
        back = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
        for name, lab in written:
            if back[name] != lab:
                print(f"{name}: labels.toml does not read back")
                failures += 1
    except ImportError:
        pass
    counts = {}
    for _, lab in written:
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
    for k in sorted(counts):
        print(f"{k:24s} {counts[k]}")
    print(f"{len(written)} files, {failures} with problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
