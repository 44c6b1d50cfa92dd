#!/usr/bin/env python3
"""round18-en: 80 English replies to a freelancer's invoice and reminders, written one by one.

Writes r18e-0001.eml ... r18e-0080.eml and labels.toml next to this script, then re-reads every file
with email.message_from_bytes(..., policy=email.policy.default) and checks each label against it.
Standard library only. The client's own words are written by hand below, message by message; the
helpers only lay out what machines lay out (the freelancer's reminder as mailduns renders it, the
quoting of mail clients, MIME structure, DSN reports).

Three mailbox owners send the invoices: Ellen Whitlock (designer, Dublin, EUR), Tom Aldridge
(copywriter, Manchester, GBP) and Marco Bellini (developer, Turin, EUR, writes to clients in English).
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import html
import os
import random
import re
import struct
import sys
import tomllib
import zlib
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r18e"
N = 80
FIRST_DAY = dt.date(2026, 11, 1)
LAST_DAY = dt.date(2027, 3, 31)

KINDS = ("client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other")

FL = {
    "ellen": dict(name="Ellen Whitlock", first="Ellen", addr="ellen@whitlockdesign.ie",
                  domain="whitlockdesign.ie", beneficiary="Ellen Whitlock",
                  iban="IE64 BOFI 9000 1723 4567 89", bic="BOFIIE2D"),
    "tom": dict(name="Tom Aldridge", first="Tom", addr="tom@aldridgecopy.co.uk",
                domain="aldridgecopy.co.uk", beneficiary="Aldridge Copy Ltd",
                iban="GB71 SRLG 6083 7112 3456 78", bic="SRLGGB2L"),
    "marco": dict(name="Marco Bellini", first="Marco", addr="marco@bellini.dev",
                  domain="bellini.dev", beneficiary="Marco Bellini",
                  iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
}

MESSAGES = []   # dicts: name, data (bytes), label (dict), own (client's own words or notice text), check (dict)


# --------------------------------------------------------------------------------------------
# time
def T(s):
    """'2026-12-08 11:26:03 +0000' -> aware datetime."""
    for f in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z"):
        try:
            return dt.datetime.strptime(s, f)
        except ValueError:
            pass
    raise ValueError(s)


def rfcdate(d):
    return email.utils.format_datetime(d)


def long_date(d):
    """How mailduns writes a date in an English letter: 30 November 2026."""
    if isinstance(d, str):
        d = dt.date.fromisoformat(d)
    return f"{d.day} {d:%B %Y}"


def _h12(d):
    h = d.hour % 12 or 12
    return f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


# --------------------------------------------------------------------------------------------
# ids
def rng_for(n):
    return random.Random(1800 + n)


def hexid(r, k):
    return "".join(r.choice("0123456789abcdef") for _ in range(k))


def mid_gmail(r):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
    return "<CA" + "".join(r.choice(alphabet) for _ in range(44)) + "@mail.gmail.com>"


def mid_outlook(r, host="DB9PR03MB7412", region="eurprd03"):
    a = "".join(r.choice("ABCDEF0123456789") for _ in range(32))
    return f"<{host}{a[:20]}@{host}.{region}.prod.outlook.com>"


def mid_apple(r, domain):
    u = "".join(r.choice("ABCDEF0123456789") for _ in range(32))
    return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"


def mid_plain(r, domain):
    return f"<{hexid(r, 16)}.{hexid(r, 8)}@{domain}>"


def mid_mailduns(fl, inv, when):
    clean = re.sub(r"[^A-Za-z0-9]", "", inv)
    return f"<mailduns.{clean}.{when:%Y%m%d%H%M%S}@{FL[fl]['domain']}>"


# --------------------------------------------------------------------------------------------
# the freelancer's letters, as mailduns renders templates/en/*.txt.j2
def payment_block(fl, ref):
    f = FL[fl]
    return ("Payment details:\n"
            f"- Account name: {f['beneficiary']}\n"
            f"- IBAN: {f['iban']}\n"
            f"- BIC (SWIFT): {f['bic']}\n"
            f"- Payment reference: {ref}")


def fees_block(law, rate, comp, today, lines):
    if law == "GB":
        head = ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) "
                f"Act 1998 applies: statutory interest runs from the day after the due date at {rate} a year "
                "(8% over the Bank of England base rate in force when the debt fell due), and a fixed sum of "
                f"{comp} is due for the costs of recovering the debt (section 5A).")
    elif law == "IE":
        head = ("As this is a commercial transaction, the European Communities (Late Payment in Commercial "
                "Transactions) Regulations 2012 apply: late payment interest runs from the day after the due "
                f"date at {rate} a year (the European Central Bank's main refinancing rate plus 8 percentage "
                f"points), and {comp} is due as compensation for recovery costs (Regulation 9).")
    else:
        head = ("As this is a commercial transaction, the legislation implementing EU Directive 2011/7/EU on "
                "combating late payment applies: statutory interest for late payment runs from the day after the "
                "due date at the European Central Bank's main refinancing rate plus 8 percentage points "
                f"(currently {rate} a year), and a fixed sum of {comp} is due as compensation for recovery costs.")
    body = head + "\n\n" + f"The amount due as at {today} (interest continues to run until payment) is:\n"
    body += "\n".join("- " + x for x in lines)
    return body


def letter(t, fl, inv="", amt="", due="", sal="Hello,", **k):
    """Text of one of the freelancer's letters (the part a client quotes)."""
    f = FL[fl]
    owner = f["name"]
    pay = payment_block(fl, inv)
    a = f" for {amt}" if amt else ""
    if t == "courtesy":
        iss = f", issued on {k['issue']}," if k.get("issue") else ""
        body = (f"This is a friendly reminder that invoice {inv}{a}{iss} is due for payment on {due}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif t == "due":
        late = k.get("late", 0)
        if late > 0:
            first = (f"This is a quick reminder that invoice {inv}{a} was due for payment on {due}. If it has not "
                     "been paid yet, I would be grateful if you could arrange payment in the next few days.")
        else:
            first = f"This is a quick reminder that invoice {inv}{a} is due for payment today, {due}."
        body = (f"{first}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif t == "reminder":
        fees = ("\n\n" + k["fees"]) if k.get("fees") else ""
        body = (f"According to my records, invoice {inv}{a}, due on {due}, has not yet been paid. It may simply "
                "have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                f"convenience.{fees}\n\nIf you have already paid, thank you – please let me know the payment date "
                "so that I can update my records. If there is a problem with the invoice, please reply to this "
                f"email and we can sort it out.\n\n{pay}")
    elif t == "late_fee":
        fees = ("\n\n" + k["fees"]) if k.get("fees") else ""
        tot = " of the total above" if k.get("fees") else ""
        body = (f"Invoice {inv}{a}, due on {due}, is now {k['days']} days overdue.{fees}\n\n"
                f"Please arrange payment{tot} by {k['deadline']}. If payment is already on its way, thank you – "
                "please let me know the date it was made. If there is a problem with the invoice or with the "
                f"timing, please reply to this email and we can find a solution.\n\n{pay}")
    elif t == "suspension":
        body = (f"I am writing again about invoice {inv}{a}, which was due on {due} and remains unpaid.\n\n"
                f"If payment is not received by {k['deadline']}, I may have to suspend work in progress and any "
                f"services I provide to you from {k['susp']} until the account is settled. If something is making "
                "payment difficult – for example, if you need to pay in instalments – please reply to this email "
                f"and we can agree a solution.\n\n{pay}")
    elif t == "final":
        head = "Final notice before debt recovery\n\n"
        if k.get("to_name"):
            head += f"To: {k['to_name']}\n"
        head += (f"Date: {k['today']}\nInvoice: {inv}, issued on {k['issue']}, due on {due}\n"
                 f"Amount due: {amt}\nPayment deadline: {k['deadline']}\n\n")
        formal = "Dear Sir or Madam," if sal in ("Hello,", "Dear Accounts Team,") else sal
        close = "Yours faithfully," if formal == "Dear Sir or Madam," else "Yours sincerely,"
        body = (f"Despite my previous reminders, invoice {inv}{a}, which was due for payment on {due}, remains "
                f"unpaid.\n\nI therefore formally request payment of {amt} by {k['deadline']}.\n\n"
                "If payment is not received by that date, I intend to take steps to recover the debt. These may "
                "include referring the matter to a debt collection agency or a solicitor and, if necessary, "
                "starting court proceedings.\n\nI would much rather resolve this with you directly. If there is a "
                "reason for the delay, or if you would like to propose a payment plan, please reply to this email "
                f"before {k['deadline']}.\n\nIf you have paid in the meantime, thank you, and please accept my "
                "apologies for this notice; it would help if you could let me know the payment date so that I can "
                f"update my records.\n\n{pay}")
        return f"{head}{formal}\n\n{body}\n\n{close}\n{owner}"
    elif t == "promise_followup":
        if k.get("pdate"):
            first = f"Thank you for letting me know that invoice {inv}{a} would be paid by {k['pdate']}."
        else:
            first = (f"Thank you for your earlier message about invoice {inv}{a}, which was due on {due}.")
        body = (f"{first}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please "
                "let me know the date it was made. If you need a little more time, could you let me know when I "
                f"can expect it?\n\n{pay}")
    elif t == "paid_claim_followup":
        claim = f" on {k['claim']}" if k.get("claim") else ""
        body = (f"Thank you for letting me know{claim} that invoice {inv}{a} has been paid.\n\n"
                "However, the payment has not reached my account yet. Bank transfers sometimes take a few extra "
                "days, and occasionally a payment is sent to out-of-date bank details. To help me trace it, could "
                "you please send me the date and reference of the transfer, or a copy of the payment "
                "confirmation?\n\nIf the transfer was made only in the last day or two, it is probably still on its "
                "way, and there is no need to do anything further. Thank you for your help.")
    elif t == "statement":
        lines = "\n".join(k["items"])
        body = (f"According to my records, the following invoices are still outstanding:\n\n{lines}\n\n"
                f"Total due: {k['total']}\n\nPlease arrange payment by {k['deadline']}. If some of these invoices "
                "have already been paid, thank you – please let me know which ones and the payment dates, so that "
                "I can update my records. If there is a problem with any of them, please reply to this email and "
                "we can sort it out.\n\nThe payment details are on the invoices, in the emails they were sent with.")
    elif t == "thank_you":
        on = f", which I received on {k['paid_on']}" if k.get("paid_on") else ""
        body = (f"Thank you for your payment of {amt} for invoice {inv}{on}.\n\n"
                "If there is anything else I can do for you, just let me know.")
    elif t == "invoice":
        body = k["text"]
    else:
        raise ValueError(t)
    return f"{sal}\n\n{body}\n\nKind regards,\n{owner}"


# --------------------------------------------------------------------------------------------
# quoting, as mail clients do it
def attribution(style, when, name, addr):
    if style == "gmail-uk":
        return f"On {when:%a}, {when.day} {when:%b} {when.year} at {when:%H:%M}, {name} <{addr}> wrote:"
    if style == "gmail-us":
        return f"On {when:%a}, {when:%b} {when.day}, {when.year} at {_h12(when)} {name} <{addr}> wrote:"
    if style == "apple":
        return f"On {when.day} {when:%b} {when.year}, at {when:%H:%M}, {name} <{addr}> wrote:"
    if style == "apple-us":
        return f"On {when:%b} {when.day}, {when.year}, at {_h12(when)}, {name} <{addr}> wrote:"
    if style == "android":
        return f"On {when:%a}, {when.day} {when:%b} {when.year}, {when:%H:%M} {name}, <{addr}> wrote:"
    raise ValueError(style)


def outlook_header(style, when, name, addr, to, subj, lang="en"):
    if lang == "de":
        wd = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][when.weekday()]
        mo = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember"][when.month - 1]
        return (f"Von: {name} <{addr}>\nGesendet: {wd}, {when.day}. {mo} {when.year} {when:%H:%M}\n"
                f"An: {to}\nBetreff: {subj}")
    if lang == "nl":
        wd = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"][when.weekday()]
        mo = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"][when.month - 1]
        return (f"Van: {name} <{addr}>\nVerzonden: {wd} {when.day} {mo} {when.year} {when:%H:%M}\n"
                f"Aan: {to}\nOnderwerp: {subj}")
    if lang == "it":
        wd = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"][when.weekday()]
        mo = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
              "ottobre", "novembre", "dicembre"][when.month - 1]
        return (f"Da: {name} <{addr}>\nInviato: {wd} {when.day} {mo} {when.year} {when:%H:%M}\n"
                f"A: {to}\nOggetto: {subj}")
    if style == "outlook-us":
        sent = f"{when:%A}, {when:%B} {when.day}, {when.year} {_h12(when)}"
    elif style == "outlook-uk":
        sent = f"{when:%d} {when:%B} {when.year} {when:%H:%M}"
    else:  # outlook-web / new outlook
        sent = f"{when:%A}, {when.day} {when:%B} {when.year} {when:%H:%M}"
    return f"From: {name} <{addr}>\nSent: {sent}\nTo: {to}\nSubject: {subj}"


def quote_plain(style, q, when, lang="en"):
    """The quoted part of a plain-text reply."""
    name, addr, text = q["name"], q["addr"], q["text"]
    if style in ("gmail-uk", "gmail-us", "android"):
        att = attribution(style, when, name, addr)
        return att + "\n\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style in ("apple", "apple-us"):
        att = attribution(style, when, name, addr)
        return "\n".join(("> " + l) if l else ">" for l in [att, ""] + text.split("\n"))
    if style in ("iphone", "iphone-us"):
        att = attribution("apple" if style == "iphone" else "apple-us", when, name, addr)
        return att + "\n\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style.startswith("outlook"):
        hdr = outlook_header(style, when, name, addr, q["to"], q["subj"], lang)
        sep = "________________________________\n" if style == "outlook-web" else ""
        if style == "outlook-old":
            sep = "-----Original Message-----\n"
        return sep + hdr + "\n\n" + text
    raise ValueError(style)


def esc(s):
    return html.escape(s, quote=False)


def html_lines_div(text):
    out = []
    for line in text.split("\n"):
        out.append("<div><br></div>" if not line.strip() else f"<div>{esc(line)}</div>")
    return "\n".join(out)


def html_lines_br(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


def html_mso(text):
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.EmailStyle19
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def make_html(style, own, q, when, lang="en", cs="utf-8"):
    """HTML version of a reply in the markup of the client's mail program."""
    if style in ("gmail-uk", "gmail-us", "android"):
        parts = [f'<div dir="ltr">{html_lines_div(own)}</div>']
        if q:
            att = esc(attribution(style, when, q["name"], q["addr"]))
            parts.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                         f'{att}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                         'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                         f'{html_lines_br(q["text"])}<br>\n</blockquote></div>')
        return "\n".join(parts) + "\n"
    if style in ("apple", "apple-us", "iphone", "iphone-us"):
        body = f'<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head>' \
               '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        body += html_lines_div(own)
        if q:
            st = "apple" if style in ("apple", "iphone") else "apple-us"
            att = esc(attribution(st, when, q["name"], q["addr"]))
            body += (f'<div><br><blockquote type="cite"><div>{att}</div><br class="Apple-interchange-newline">'
                     f'<div><div>{html_lines_br(q["text"])}</div></div></blockquote></div><br>')
        return body + "</body></html>\n"
    if style.startswith("outlook"):
        body = OUTLOOK_HEAD.format(cs=cs) + html_mso(own) + "\n"
        if q:
            hdr = outlook_header(style, when, q["name"], q["addr"], q["to"], q["subj"], lang).split("\n")
            cells = []
            for h in hdr:
                k, _, v = h.partition(": ")
                cells.append(f"<b>{esc(k)}:</b> {esc(v)}")
            body += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                     f'<p class="MsoNormal">{"<br>".join(cells)}<o:p></o:p></p>\n</div>\n'
                     '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + html_mso(q["text"]) + "\n")
        return body + "</div>\n</body>\n</html>\n"
    if style == "plain-html":
        return f"<html><body>{html_lines_div(own)}</body></html>\n"
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# small binary attachments
def tiny_pdf(title):
    t = title.replace("(", "[").replace(")", "]")
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        None,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = f"BT /F1 12 Tf 72 770 Td ({t}) Tj ET"
    objs[3] = f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n"
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info << /Title ({t}) >> >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def tiny_png(w=8, h=6, rgb=(40, 120, 200)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(typ, data):
        c = struct.pack(">I", len(data)) + typ + data
        return c + struct.pack(">I", zlib.crc32(typ + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------
# building messages
def fname(n):
    return f"{PREFIX}-{n:04d}.eml"


def add(n, data, label, own, check=None):
    assert n == len(MESSAGES) + 1, f"message {n} out of order"
    MESSAGES.append(dict(n=n, name=fname(n), data=data, label=label, own=own, check=check or {}))


def L(kind, note, **facts):
    lab = {"kind": kind, "language": "en", "split": "dev"}
    lab.update(facts)
    lab["note"] = note
    return lab


def reply(n, *, fl, frm, date, subj, own, label, q=None, style="gmail-uk", mime="plain", cs="utf-8",
          cte="quoted-printable", html_cte=None, to=None, cc=None, att=(), hdr=(), mid=None, lang="en",
          check=None, footer_html=None, refs_extra=()):
    """A reply from a person. q: the quoted letter, dict(t=template, sent=..., subj=..., to=..., + letter args)."""
    r = rng_for(n)
    when = T(date)
    qd = None
    quote_when = None
    in_reply_to = None
    refs = list(refs_extra)
    if q:
        q = dict(q)
        sent = T(q.pop("sent"))
        quote_when = sent.astimezone(when.tzinfo)
        qsubj = q.pop("subj")
        qto = q.pop("to")
        qtext = q.pop("text", None) or letter(q.pop("t"), fl, **q)
        qd = dict(name=FL[fl]["name"], addr=FL[fl]["addr"], text=qtext, to=qto, subj=qsubj)
        in_reply_to = mid_mailduns(fl, q.get("inv", "x"), sent)
        refs.append(in_reply_to)
    if mid is None:
        if style.startswith("gmail") or style == "android":
            mid = mid_gmail(r)
        elif style.startswith("outlook"):
            mid = mid_outlook(r)
        else:
            mid = mid_apple(r, email.utils.parseaddr(frm)[1].split("@")[1])
    m = EmailMessage(policy=email.policy.default)
    m["From"] = frm
    m["To"] = to or f"{FL[fl]['name']} <{FL[fl]['addr']}>"
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = rfcdate(when)
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = " ".join(refs)
    late_hdr = [(k, v) for k, v in hdr if k.lower().startswith("content-")]
    for k, v in hdr:
        if not k.lower().startswith("content-"):
            m[k] = v
    plain = own
    if qd:
        plain = own.rstrip("\n") + "\n\n" + quote_plain(style, qd, quote_when, lang) + "\n"
    if mime == "plain":
        m.set_content(plain, subtype="plain", charset=cs, cte=cte)
    elif mime in ("alt", "html"):
        h = make_html(style, own, qd, quote_when, lang, cs)
        if footer_html:
            h = h.replace("</body>", footer_html + "</body>") if "</body>" in h else h + footer_html
        if mime == "alt":
            m.set_content(plain, subtype="plain", charset=cs, cte=cte)
            m.add_alternative(h, subtype="html", charset=cs, cte=html_cte or cte)
        else:
            m.set_content(h, subtype="html", charset=cs, cte=html_cte or cte)
    else:
        raise ValueError(mime)
    for a in att:
        maintype, subtype = a["type"].split("/")
        m.add_attachment(a["data"], maintype=maintype, subtype=subtype, filename=a["name"])
    finish(m, r, style, late_hdr)
    add(n, m.as_bytes(), label, own, check)


def finish(m, r, style, late_hdr):
    """Content-* headers after set_content, no MIME-Version in subparts, boundaries as the sender's program writes them."""
    for k, v in late_hdr:
        m[k] = v
    for i, part in enumerate(m.walk()):
        if i and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            if style.startswith("gmail") or style == "android":
                b = "000000000000" + hexid(r, 16)
            elif style.startswith("outlook"):
                b = "_%03d_DB9PR03MB7412%seurprd03prodoutlo_" % (i, hexid(r, 12).upper())
            elif style in ("apple", "apple-us", "iphone", "iphone-us"):
                u = hexid(r, 32).upper()
                b = f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
            else:
                b = "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(10**8, 10**9), r.randint(10**12, 10**13))
            part.set_boundary(b)


def machine(n, *, frm, to, date, subj, text=None, html_body=None, label, cs="utf-8", cte="quoted-printable",
            hdr=(), mid=None, att=(), own=None, check=None, boundary_style="machine"):
    """A machine-written message (notice, newsletter, auto-reply...)."""
    r = rng_for(n)
    m = EmailMessage(policy=email.policy.default)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = rfcdate(T(date))
    m["Message-ID"] = mid or mid_plain(r, email.utils.parseaddr(frm)[1].split("@")[1])
    late_hdr = [(k, v) for k, v in hdr if k.lower().startswith("content-")]
    for k, v in hdr:
        if not k.lower().startswith("content-"):
            m[k] = v
    if text is not None:
        m.set_content(text, subtype="plain", charset=cs, cte=cte)
        if html_body is not None:
            m.add_alternative(html_body, subtype="html", charset=cs, cte=cte)
    else:
        m.set_content(html_body, subtype="html", charset=cs, cte=cte)
    for a in att:
        maintype, subtype = a["type"].split("/")
        m.add_attachment(a["data"], maintype=maintype, subtype=subtype, filename=a["name"])
    finish(m, r, boundary_style, late_hdr)
    add(n, m.as_bytes(), label, own if own is not None else (text or html_body), check)


def raw(n, text, label, own=None, check=None):
    """A message given as its full source (bounces, whose MIME layout is the MTA's)."""
    add(n, text.lstrip("\n").encode("utf-8"), label, own or "", check)


def pdf(name, title=None):
    return dict(name=name, type="application/pdf", data=tiny_pdf(title or name))


def png(name):
    return dict(name=name, type="image/png", data=tiny_png())


def qp1252(s):
    """Quoted-printable in windows-1252, as Exchange writes it (for hand-built sources)."""
    import quopri
    return quopri.encodestring(s.encode("cp1252")).decode("ascii")


def b64lines(b):
    s = base64.b64encode(b).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


# ============================================================================================
# THE MESSAGES
# ============================================================================================
# ---- 1: promise, UK agency, "Friday's payment run" --------------------------------------------
reply(1, fl="tom", frm="Becky Lawton <becky@hollisgrange.co.uk>", date="2026-12-08 11:26:03 +0000",
      subj="Re: Reminder: invoice INV-0402", style="gmail-uk", mime="alt",
      q=dict(t="reminder", sent="2026-12-07 09:00:00 +0000", subj="Reminder: invoice INV-0402",
             to="Becky Lawton <becky@hollisgrange.co.uk>", inv="INV-0402", amt="£1,450.00",
             due="30 November 2026", sal="Dear Becky Lawton,"),
      own="""Hi Tom,

Sorry, this one's on me - I approved it and then it sat in my "to action" folder for a week while we were pitching. It's going in Friday's payment run, so it should be with you by end of day Friday at the latest.

Thanks for the nudge!

Becky

--
Becky Lawton
Account Director
Hollis & Grange
4th Floor, 21 Tib Street, Manchester M4 1LA
hollisgrange.co.uk
""",
      label=L("client-reply-promise", "Promise tied to 'Friday's payment run'; written on Tuesday 8 December, so Friday is 11 December. No amount or invoice number in her own words.",
              promised_date="2026-12-11"),
      check=dict(pd=("next", 4)))

# ---- 2: paid, startup founder, terse --------------------------------------------------------------
reply(2, fl="ellen", frm="Arjun Mehra <arjun@finchly.io>", date="2026-12-02 16:03:41 -0800",
      subj="Re: Invoice EW-2026-044 is due today", style="gmail-us", mime="alt",
      q=dict(t="due", late=0, sent="2026-12-01 09:00:00 +0000", subj="Invoice EW-2026-044 is due today",
             to="arjun@finchly.io", inv="EW-2026-044", amt="€2,400.00", due="1 December 2026", sal="Dear Arjun Mehra,"),
      own="""paid 👍 sorry, Ramp flagged it for a second approval and it just sat there

a
""",
      label=L("client-reply-paid", "Two-word founder reply: 'paid' is a statement that it is done; the Ramp approval is only the excuse. No amount or number in his words."))

# ---- 3: dispute, German accounts, wrong VAT -------------------------------------------------------
reply(3, fl="marco", frm='"Brandt, Anja" <a.brandt@kessler-logistik.de>', date="2027-01-14 10:12:44 +0100",
      subj="AW: Reminder: invoice 2026/131", style="outlook-uk", lang="de", mime="alt", cs="windows-1252",
      hdr=[("Thread-Topic", "Reminder: invoice 2026/131"), ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
      q=dict(t="reminder", sent="2027-01-13 09:00:00 +0100", subj="Reminder: invoice 2026/131",
             to="Buchhaltung <buchhaltung@kessler-logistik.de>", inv="2026/131", amt="EUR 3,120.00",
             due="31 December 2026", sal="Dear Accounts Team,"),
      own="""Dear Mr. Bellini,

thank you for your reminder.

We have received your invoice 2026/131, but unfortunately we can not book it in this form. You have charged 22% Italian VAT (IVA), but we are a company in Germany with VAT-ID DE298114563, so the invoice must be without VAT and with the note "reverse charge" (Art. 196 Directive 2006/112/EC).

Please send us a corrected invoice and a credit note for the old one. After we receive it, the net amount will be paid with our next payment run.

Mit freundlichen Grüßen / Kind regards

Anja Brandt
Finanzbuchhaltung / Accounting

Kessler Logistik GmbH
Billwerder Neuer Deich 72
20539 Hamburg
Tel. +49 40 7890 1123

Geschäftsführer: Dr. Stefan Kessler, Jörg Albers
Amtsgericht Hamburg HRB 118453 | USt-IdNr. DE298114563
""",
      label=L("client-reply-dispute", "Refuses to book the invoice because Italian VAT was charged to a German business (reverse charge) and asks for a corrected invoice plus credit note; the conditional 'will be paid with our next payment run' does not outrank the dispute.",
              reference="2026/131"))

# ---- 4: Wise, money in -------------------------------------------------------------------------------
machine(4, frm="Wise <noreply@wise.com>", to="Ellen Whitlock <ellen@whitlockdesign.ie>",
        date="2026-12-04 14:22:07 +0000", subj="You've received 2,400.00 EUR from Finchly Inc",
        hdr=[("X-Mailer", "Wise Notifications"), ("List-Unsubscribe", "<https://wise.com/settings/notifications>")],
        text="""Hi Ellen,

You've received 2,400.00 EUR from FINCHLY INC.

It's now in your EUR balance.

  Amount received:   2,400.00 EUR
  From:              FINCHLY INC
  Reference:         EW-2026-044
  Date:              4 December 2026

See the details: https://wise.com/transactions/activities/by-resource/TRANSFER/1873302261

Thanks,
The Wise Team

You're receiving this email because you have a Wise account. Manage your notification settings in the app.
Wise Europe SA, Rue du Trône 100, 3rd floor, 1050 Brussels, Belgium.
""",
        html_body="""<!DOCTYPE html><html><body style="margin:0;padding:0;background:#f2f5f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Inter,Helvetica,Arial,sans-serif;color:#0e0f0c">
<tr><td style="padding:32px"><img src="https://wise.com/public-resources/assets/logos/wise/brand_logo.png" alt="Wise" width="96"></td></tr>
<tr><td style="padding:0 32px"><h1 style="font-size:28px">You've received 2,400.00 EUR</h1>
<p>Hi Ellen,</p><p>You've received <strong>2,400.00 EUR</strong> from <strong>FINCHLY INC</strong>. It's now in your EUR balance.</p>
<table style="width:100%;border-top:1px solid #e2e6e8">
<tr><td style="color:#6a6c6a">Amount received</td><td align="right">2,400.00 EUR</td></tr>
<tr><td style="color:#6a6c6a">From</td><td align="right">FINCHLY INC</td></tr>
<tr><td style="color:#6a6c6a">Reference</td><td align="right">EW-2026-044</td></tr>
<tr><td style="color:#6a6c6a">Date</td><td align="right">4 December 2026</td></tr>
</table>
<p><a href="https://wise.com/transactions/activities/by-resource/TRANSFER/1873302261" style="background:#9fe870;color:#163300;padding:12px 24px;border-radius:24px;text-decoration:none">See the details</a></p>
<p>Thanks,<br>The Wise Team</p></td></tr>
<tr><td style="padding:32px;font-size:12px;color:#6a6c6a">Wise Europe SA, Rue du Trône 100, 3rd floor, 1050 Brussels, Belgium.</td></tr>
</table></td></tr></table></body></html>
""",
        label=L("payment-notification", "Wise incoming-money notice; the reference EW-2026-044 is the payer's reference on the transfer.",
                amount="2400.00", currency="EUR", reference="EW-2026-044"))

# ---- 5: other, forwarded to accounts --------------------------------------------------------------
reply(5, fl="ellen", frm="Ciarán Ó Dónaill <ciaran@tidewaterfilms.ie>", date="2026-11-16 12:48:10 +0000",
      cc="Accounts <accounts@tidewaterfilms.ie>",
      subj="Re: Invoice EW-2026-046: friendly reminder", style="gmail-uk", mime="alt",
      q=dict(t="courtesy", sent="2026-11-16 09:00:00 +0000", subj="Invoice EW-2026-046: friendly reminder",
             to="Ciarán Ó Dónaill <ciaran@tidewaterfilms.ie>", inv="EW-2026-046", amt="€1,980.00",
             issue="23 October 2026", due="22 November 2026", sal="Dear Ciarán Ó Dónaill,"),
      own="""Hi Ellen,

Thanks a million for this. I've cc'd our accounts team here (accounts@tidewaterfilms.ie) - they look after all the supplier payments so they're the best people to talk to about it from here on.

Ciarán

Tidewater Films
Unit 4, Ballybane Enterprise Centre, Galway
""",
      label=L("client-reply-other", "Hands the reminder on to the accounts team (cc'd); says nothing about paying or when."))

# ---- 6: Exchange out of office, until a named day ------------------------------------------------
machine(6, frm="Claire Ashworth <c.ashworth@northgatehousing.org.uk>", to="Tom Aldridge <tom@aldridgecopy.co.uk>",
        date="2026-12-23 09:00:12 +0000", subj="Automatic reply: Reminder: invoice INV-0411", cs="windows-1252",
        mid=mid_outlook(rng_for(6), "LO2P265MB5066", "GBRP265"),
        hdr=[("In-Reply-To", mid_mailduns("tom", "INV-0411", T("2026-12-23 09:00:00 +0000"))),
             ("Thread-Topic", "Reminder: invoice INV-0411"), ("X-Auto-Response-Suppress", "All"),
             ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "c.ashworth@northgatehousing.org.uk"),
             ("Content-Language", "en-GB")],
        text="""Thank you for your email.

I am out of the office until Monday 4 January 2027 with no access to email. Your message will not be forwarded.

For urgent invoice or payment queries please contact the Accounts Payable team at accounts.payable@northgatehousing.org.uk or on 0161 496 0733.

Kind regards,
Claire Ashworth
Finance Officer – Northgate Housing Group
""",
        label=L("auto-reply", "Exchange out-of-office; 'out of the office until Monday 4 January 2027' gives the day named as the return day.",
                return_date="2027-01-04"))

# ---- 7: paid, UK finance manager, BACS run ------------------------------------------------------
reply(7, fl="tom", frm="Graham Petts <graham.petts@brightwatercreative.co.uk>", date="2026-12-07 08:47:29 +0000",
      subj="RE: Reminder: invoice INV-0398", style="outlook-uk", mime="alt", cs="windows-1252",
      hdr=[("Thread-Topic", "Reminder: invoice INV-0398"), ("Thread-Index", "AQHZc3bNq1p0fXk2TUe5eW0R8yq1Bg=="),
           ("Content-Language", "en-GB")],
      q=dict(t="reminder", sent="2026-12-04 09:00:00 +0000", subj="Reminder: invoice INV-0398",
             to="Accounts <accounts@brightwatercreative.co.uk>", inv="INV-0398", amt="£1,850.00",
             due="1 December 2026", sal="Dear Accounts Team,"),
      own="""Good morning Tom,

Thank you for your email.

I can confirm that invoice INV-0398 for £1,850.00 was included in our BACS run on Friday 4th December and should clear to your account within 2-3 working days.

Kind regards,

Graham Petts
Finance Manager
Brightwater Creative Ltd
T: 0113 496 0271

Brightwater Creative Ltd is registered in England and Wales, company no. 08814532. Registered office: 12 Park Square East, Leeds LS1 2LH.
""",
      label=L("client-reply-paid", "Confirms the invoice went out in last Friday's BACS run; 'should clear within 2-3 working days' is about arrival, not a promise.",
              amount="1850.00", currency="GBP", reference="INV-0398"))

# ---- 8: promise, Sydney, "tomorrow" in her time zone -----------------------------------------
reply(8, fl="tom", frm="Jess Whitford <jess@saltbushcreative.com.au>", date="2027-01-13 07:41:09 +1100",
      subj="Re: Reminder: invoice INV-0430", style="iphone", mime="plain",
      mid=mid_apple(rng_for(8), "saltbushcreative.com.au"),
      q=dict(t="reminder", sent="2027-01-12 09:00:00 +0000", subj="Reminder: invoice INV-0430",
             to="Jess Whitford <jess@saltbushcreative.com.au>", inv="INV-0430", amt="£1,125.00",
             due="31 December 2026", sal="Dear Jess Whitford,"),
      own="""Morning Tom!

Argh sorry, this totally slipped through the cracks over the break. I'll pay it first thing tomorrow when I'm back at my desk - on my phone at the beach right now 🏖️

Cheers,
Jess

Sent from my iPhone
""",
      label=L("client-reply-promise", "'Tomorrow' resolved in Sydney time: the Date is Wednesday 13 January 07:41 +1100 (still 12 January in UTC), so tomorrow is 14 January.",
              promised_date="2027-01-14"),
      check=dict(pd=("tomorrow",)))

# ---- 9: dispute, amount not as quoted -------------------------------------------------------------
reply(9, fl="tom", frm="Martin Ferris <martin@pennineoutdoor.co.uk>", date="2026-11-19 14:05:51 +0000",
      subj="Re: Invoice INV-0405: friendly reminder", style="gmail-uk", mime="plain",
      q=dict(t="courtesy", sent="2026-11-18 09:00:00 +0000", subj="Invoice INV-0405: friendly reminder",
             to="Martin Ferris <martin@pennineoutdoor.co.uk>", inv="INV-0405", amt="£1,740.00",
             issue="26 October 2026", due="25 November 2026", sal="Dear Martin Ferris,"),
      own="""Hi Tom,

Before this goes any further - the quote we agreed back in October was £1,200 + VAT for the brochure copy, not £1,450 + VAT. The extra £250 for the "additional product page" wasn't something anyone here signed off; Karen asked whether it was possible, that's all.

Can you reissue it at the quoted figure please and I'll get it through.

Thanks,
Martin

Martin Ferris
Operations Director
Pennine Outdoor Supplies Ltd
""",
      label=L("client-reply-dispute", "Contests the amount (quote was £1,200 + VAT, invoiced £1,450 + VAT) and asks for a reissue; 'I'll get it through' is conditional on the new invoice. No invoice number in his words."))

# ---- 10: bounce, Office 365, recipient not found ------------------------------------------------
raw(10, """
Received: from LO4P265MB6432.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2b4::9) by
 LO2P265MB5066.GBRP265.PROD.OUTLOOK.COM with Microsoft SMTP Server id 15.20.8207.18;
 Tue, 1 Dec 2026 09:00:14 +0000
MIME-Version: 1.0
From: Microsoft Outlook <postmaster@outlook.com>
To: <tom@aldridgecopy.co.uk>
Date: Tue, 1 Dec 2026 09:00:14 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b8f0c2a4-55e1-4a7d-9d0b-3c6f1e2a9b70"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-GB
Message-ID: <3b7e9d10-44c2-4f0a-8e61-d2a0f7c5b1e4@LO4P265MB6432.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <mailduns.INV0401.20261201090005@aldridgecopy.co.uk>
References: <mailduns.INV0401.20261201090005@aldridgecopy.co.uk>
Subject: Undeliverable: Invoice INV-0401 is due today
Auto-Submitted: auto-replied
Return-Path: <>

--b8f0c2a4-55e1-4a7d-9d0b-3c6f1e2a9b70
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="0d6a3e55-92b1-4c8e-a1f4-7e2b90c4d311"

--0d6a3e55-92b1-4c8e-a1f4-7e2b90c4d311
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Your message to accounts@brightwellhomes.co.uk couldn't be delivered.

accounts wasn't found at brightwellhomes.co.uk.

tom                Office 365            accounts
Action Required                          Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the foll=
owing:
- Retype the recipient's address, then resend the message.
- If you're using the Auto-Complete List and the address is wrong, remove i=
t and retype it.
- Contact the recipient by some other means to confirm you're using the rig=
ht address.

Was this helpful? Send feedback to Microsoft.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hos=
ted by Office 365 but the address is incorrect or doesn't exist at the dest=
ination domain.

Original Message Details
Created Date:        01/12/2026 09:00:05
Sender Address:      tom@aldridgecopy.co.uk
Recipient Address:   accounts@brightwellhomes.co.uk
Subject:             Invoice INV-0401 is due today

Error Details
Error:               550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient =
accounts@brightwellhomes.co.uk not found by SMTP address lookup
Message rejected by: LO4P265MB6432.GBRP265.PROD.OUTLOOK.COM

--0d6a3e55-92b1-4c8e-a1f4-7e2b90c4d311
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p style=3D"font-family:Segoe UI;font-size:20px">Yo=
ur message to <a href=3D"mailto:accounts@brightwellhomes.co.uk">accounts@=
brightwellhomes.co.uk</a> couldn't be delivered.</p><p><b>accounts</b> was=
n't found at <b>brightwellhomes.co.uk</b>.</p><p>Status code: 550 5.1.10</=
p></body></html>

--0d6a3e55-92b1-4c8e-a1f4-7e2b90c4d311--

--b8f0c2a4-55e1-4a7d-9d0b-3c6f1e2a9b70
Content-Type: message/delivery-status

Reporting-MTA: dns;LO4P265MB6432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.aldridgecopy.co.uk
Arrival-Date: Tue, 1 Dec 2026 09:00:07 +0000

Final-Recipient: rfc822;accounts@brightwellhomes.co.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient accounts@brightwellhomes.co.uk not found by SMTP address lookup

--b8f0c2a4-55e1-4a7d-9d0b-3c6f1e2a9b70
Content-Type: text/rfc822-headers

From: Tom Aldridge <tom@aldridgecopy.co.uk>
To: Brightwell Homes Accounts <accounts@brightwellhomes.co.uk>
Subject: Invoice INV-0401 is due today
Date: Tue, 1 Dec 2026 09:00:05 +0000
Message-ID: <mailduns.INV0401.20261201090005@aldridgecopy.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--b8f0c2a4-55e1-4a7d-9d0b-3c6f1e2a9b70--
""", label=L("bounce", "Office 365 NDR, 550 5.1.10 recipient not found: a permanent failure for the accounts address.",
             failed_recipient="accounts@brightwellhomes.co.uk", permanent=True))

# ---- 11: paid, Indian accounts executive --------------------------------------------------------
reply(11, fl="ellen", frm="Ramesh Iyer <ramesh.iyer@infovistasoftech.in>", date="2026-12-11 17:45:22 +0530",
      subj="RE: Reminder: invoice EW-2026-047", style="outlook-web", mime="alt",
      hdr=[("Thread-Topic", "Reminder: invoice EW-2026-047"), ("Content-Language", "en-IN")],
      q=dict(t="reminder", sent="2026-12-10 09:00:00 +0000", subj="Reminder: invoice EW-2026-047",
             to="accounts@infovistasoftech.in", inv="EW-2026-047", amt="€1,275.00",
             due="30 November 2026", sal="Dear Accounts Team,"),
      own="""Dear Madam,

Greetings of the day!

This is to inform you that the payment against your invoice no. EW-2026-047 amounting EUR 1,275.00 has been released today from our end through SWIFT transfer. UTR/Reference no. is SBINH26345088127 for your reference.

Kindly confirm the receipt of the same at your end.

Thanks & Regards,
Ramesh Iyer
Sr. Executive - Accounts & Finance
Infovista Softech Pvt. Ltd.
3rd Floor, Prestige Tech Park, Outer Ring Road, Bengaluru - 560103
Mob: +91 98450 22817

Please consider the environment before printing this e-mail.

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender immediately and delete it. Infovista Softech Pvt. Ltd. does not accept any liability for viruses or for any errors or omissions in the contents of this message.
""",
      label=L("client-reply-paid", "Indian English 'payment has been released today from our end' = transfer made; the UTR is the bank's reference, not the invoice number.",
              amount="1275.00", currency="EUR", reference="EW-2026-047"))

# ---- 12: other, Dutch client asks for the bank details again -----------------------------------
reply(12, fl="marco", frm="Jeroen de Vries <jeroen@klikwerk.nl>", date="2026-11-30 15:32:07 +0100",
      subj="RE: Invoice 2026/120 is due today", style="outlook-uk", lang="nl", mime="alt",
      hdr=[("Thread-Topic", "Invoice 2026/120 is due today"), ("Content-Language", "nl-NL")],
      q=dict(t="due", late=0, sent="2026-11-30 09:00:00 +0100", subj="Invoice 2026/120 is due today",
             to="Jeroen de Vries <jeroen@klikwerk.nl>", inv="2026/120", amt="EUR 2,250.00",
             due="30 November 2026", sal="Dear Jeroen de Vries,"),
      own="""Hi Marco,

Our finance colleague tried to enter the payment but the IBAN in the pdf gives an error in our bank system (it says the check digits are not correct). Maybe there is a typo? Can you send the bank details once more, in the mail and not in a pdf please.

Thanks and groeten,
Jeroen

Jeroen de Vries | Product Owner
Klikwerk B.V. | Herengracht 182, 1016 BR Amsterdam
""",
      label=L("client-reply-other", "Asks for the bank details again because the IBAN was rejected; no payment made and none promised."))

# ---- 13: promise, housing association AP, payment run date --------------------------------------
reply(13, fl="tom", frm="Accounts Payable <accounts.payable@northgatehousing.org.uk>", date="2027-01-12 14:03:51 +0000",
      subj="RE: Reminder: invoice INV-0440", style="outlook-uk", mime="alt",
      hdr=[("Thread-Topic", "Reminder: invoice INV-0440"), ("Content-Language", "en-GB")],
      q=dict(t="reminder", sent="2027-01-11 09:00:00 +0000", subj="Reminder: invoice INV-0440",
             to="accounts.payable@northgatehousing.org.uk", inv="INV-0440", amt="£2,160.00",
             due="31 December 2026", sal="Dear Accounts Team,"),
      own="""Dear Tom,

Thank you for your email.

Invoice INV-0440 has now been approved by the budget holder and is scheduled for payment in our next supplier payment run on 22/01/2027. Please allow up to 3 working days for the funds to reach your account.

Kind regards,

Accounts Payable Team
Northgate Housing Group
Northgate House, 3 Oldham Road, Manchester M4 5FE

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete this email. Northgate Housing Group is a registered society under the Co-operative and Community Benefit Societies Act 2014.
""",
      label=L("client-reply-promise", "AP team schedules the invoice for the payment run on 22/01/2027 (UK date order); the 3 working days are clearing time, the promised day is the run.",
              promised_date="2027-01-22", reference="INV-0440"))

# ---- 14: Starling, money in ---------------------------------------------------------------------
machine(14, frm="Starling Bank <notifications@starlingbank.com>", to="tom@aldridgecopy.co.uk",
        date="2027-01-14 10:32:40 +0000", subj="You've received £1,125.00",
        text="""Aldridge Copy Ltd - Business account

You've received a payment

£1,125.00 from SALTBUSH CREATIVE PTY LTD

Reference:  INV-0430
Received:   14 January 2027 at 10:31
Into:       Business account ending 3456

You can see the full details in the Starling app.

Starling Bank will never ask you to move money to a 'safe account'.

Starling Bank Limited is registered in England and Wales (No. 09092149). Registered office: 3rd Floor, 2 Finsbury Avenue, London EC2M 2PP. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
""",
        label=L("payment-notification", "Starling business-account alert for an incoming payment with the invoice number as the payer's reference.",
                amount="1125.00", currency="GBP", reference="INV-0430"))

# ---- 15: dispute, work not delivered ------------------------------------------------------------
reply(15, fl="ellen", frm="Niamh Keogh <niamh@ferrycarrigyoga.ie>", date="2026-11-27 10:14:36 +0000",
      subj="Re: Reminder: invoice EW-2026-050", style="gmail-uk", mime="plain",
      q=dict(t="reminder", sent="2026-11-26 09:00:00 +0000", subj="Reminder: invoice EW-2026-050",
             to="Niamh Keogh <niamh@ferrycarrigyoga.ie>", inv="EW-2026-050", amt="€3,600.00",
             due="20 November 2026", sal="Dear Niamh Keogh,"),
      own="""Hi Ellen,

I'll be straight with you, I'm not comfortable paying this one in full yet. The proposal you sent in September included the mobile layouts for the booking flow, and we still haven't seen them - the last we heard was that they'd be "done next week", and that was at the start of the month.

We paid the deposit on time. Once the mobile screens are delivered and signed off we'll settle the balance, as per the proposal. Can you give me a date for those?

Niamh

Niamh Keogh
Founder, Ferrycarrig Yoga & Wellness
""",
      label=L("client-reply-dispute", "Withholds the balance because part of the agreed work (mobile layouts) is not delivered; the later 'we'll settle' is conditional and the dispute wins."))

# ---- 16: ticket acknowledgement ------------------------------------------------------------------
machine(16, frm="Brightpath Accounts Payable <ap-support@brightpath.zendesk.com>", to="Marco Bellini <marco@bellini.dev>",
        date="2027-02-02 14:00:31 +0000", subj="[Request received] Reminder: invoice 2026/136",
        mid="<ZK2MGX5PQ9_65b0e3a7c1_48211_sprut@zendesk.com>",
        hdr=[("In-Reply-To", mid_mailduns("marco", "2026/136", T("2027-02-02 15:00:00 +0100"))),
             ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"),
             ("X-Zendesk-From-Account-Id", "8a41f2c")],
        text="""##- Please type your reply above this line -##

Hello Marco Bellini,

Thank you for contacting Brightpath Accounts Payable. Your request (#48211) has been received and is being reviewed by our team.

Our current response time is 3-5 business days. To add further information, simply reply to this email and keep the request number in the subject line.

Brightpath Accounts Payable Support

This email is a service from Brightpath Retail Group.
Delivered by Zendesk

[GX5PQ9-ZK2M]
""",
        label=L("auto-reply", "Helpdesk ticket acknowledgement sent automatically; no absence and no return day."))

# ---- 17: paid, Polish office manager, bank confirmation attached --------------------------------
reply(17, fl="ellen", frm="Tomasz Wiśniewski <t.wisniewski@brzozowski-software.pl>", date="2026-12-04 10:15:40 +0100",
      subj="Re: Reminder: invoice EW-2026-041", style="gmail-uk", mime="alt", cte="base64",
      att=[pdf("potwierdzenie_EW-2026-041.pdf", "mBank - potwierdzenie przelewu EW-2026-041 980,00 EUR")],
      q=dict(t="reminder", sent="2026-12-02 09:00:00 +0000", subj="Reminder: invoice EW-2026-041",
             to="office@brzozowski-software.pl", inv="EW-2026-041", amt="€980.00",
             due="25 November 2026", sal="Dear Accounts Team,"),
      own="""Hello Ellen,

Payment was made 03.12.2026, amount 980 EUR, title of transfer: EW-2026-041. In attachment you have confirmation from our bank.

Please let me know if you will not receive it until Monday, then I will check with bank.

Best regards,
Tomasz Wiśniewski
Office Manager
Brzozowski Software Sp. z o.o.
ul. Lea 114, 30-133 Kraków
""",
      label=L("client-reply-paid", "Transfer made on 3 December with the bank's confirmation attached; 'if you will not receive it until Monday' (Polish-English 'by Monday') is not a promise.",
              amount="980.00", currency="EUR", reference="EW-2026-041"))

# ---- 18: promise, German startup, "until end of month" ------------------------------------------
reply(18, fl="marco", frm="Fabian Roth <fabian@quellwerk.de>", date="2027-01-14 16:20:05 +0100",
      subj="Re: Reminder: invoice 2026/134", style="gmail-uk", mime="plain",
      q=dict(t="reminder", sent="2027-01-13 09:00:00 +0100", subj="Reminder: invoice 2026/134",
             to="Fabian Roth <fabian@quellwerk.de>", inv="2026/134", amt="EUR 4,800.00",
             due="31 December 2026", sal="Dear Fabian Roth,"),
      own="""Hi Marco,

sorry for my late answer. Our CFO is on vacation until next week and only he can release payments above 2.000 EUR. I spoke with him on phone today and we will pay your invoice until end of month latest.

Best,
Fabian

--
Fabian Roth
Co-Founder & CTO
Quellwerk GmbH | Rosenheimer Str. 145e, 81671 München
""",
      label=L("client-reply-promise", "German-English 'until end of month latest' means by the end of January, the 31st; the 2.000 EUR is an approval limit, not the amount.",
              promised_date="2027-01-31"),
      check=dict(pd=("eom",)))

# ---- 19: other, US AP needs vendor setup in Tipalti -------------------------------------------
reply(19, fl="marco", frm="Kayla Brooks <kbrooks@lumenhealth.com>", date="2026-11-17 11:02:33 -0800",
      subj="RE: Reminder: invoice 2026/129", style="outlook-us", mime="alt",
      hdr=[("Thread-Topic", "Reminder: invoice 2026/129"), ("Content-Language", "en-US")],
      q=dict(t="reminder", sent="2026-11-16 09:00:00 +0100", subj="Reminder: invoice 2026/129",
             to="ap@lumenhealth.com", inv="2026/129", amt="EUR 5,400.00",
             due="10 November 2026", sal="Dear Accounts Team,"),
      own="""Hi Marco,

Thanks for reaching out, and sorry for the confusion on our end. It looks like you were never set up as a vendor in our system, which is why the invoice hasn't been processed yet.

You should get an invite from Tipalti (our payables platform) within the next 24 hours. Once you've registered and submitted your banking info and a W-8BEN-E, the invoice can be routed to Jordan for approval. Let me know if you don't see the invite - sometimes it ends up in spam.

Thanks!
Kayla

Kayla Brooks
Accounts Payable Specialist | Lumen Health, Inc.
1200 Westlake Ave N, Seattle, WA 98109
""",
      label=L("client-reply-other", "Explains the vendor onboarding (Tipalti invite, W-8BEN-E) needed before approval; not a dispute of the invoice and no payment promised."))

# ---- 20: paid, Irish restaurant owner, Outlook for iOS -------------------------------------------
reply(20, fl="ellen", frm="Pádraig Moran <padraig@moransclonakilty.ie>", date="2027-01-20 15:37:18 +0000",
      subj="Re: Reminder: invoice EW-2027-001", style="outlook-web", mime="alt",
      q=dict(t="reminder", sent="2027-01-19 09:00:00 +0000", subj="Reminder: invoice EW-2027-001",
             to="Pádraig Moran <padraig@moransclonakilty.ie>", inv="EW-2027-001", amt="€860.00",
             due="12 January 2027", sal="Dear Pádraig Moran,"),
      own="""Hi Ellen,

That's gone over to you now, apologies - it fell between two stools here with Siobhán off on leave. €860 went out this afternoon so should be with you tomorrow or Friday.

Thanks for your patience, the new menus are flying it.

Pádraig

Get Outlook for iOS
""",
      label=L("client-reply-paid", "Irish 'that's gone over to you now' plus '€860 went out this afternoon' = paid; 'tomorrow or Friday' is arrival time, not a promise.",
              amount="860.00", currency="EUR"))
# ---- 21: dispute, plc accounts payable, no valid PO (Coupa) ---------------------------------------
reply(21, fl="tom", frm="Carrow plc Accounts Payable <ap.invoices@carrowplc.com>", date="2026-12-02 13:12:09 +0000",
      subj="RE: Reminder: invoice INV-0415", style="outlook-uk", mime="html",
      hdr=[("Thread-Topic", "Reminder: invoice INV-0415"), ("Content-Language", "en-GB")],
      q=dict(t="reminder", sent="2026-12-01 09:00:00 +0000", subj="Reminder: invoice INV-0415",
             to="ap.invoices@carrowplc.com", inv="INV-0415", amt="£3,240.00",
             due="27 November 2026", sal="Dear Accounts Team,"),
      own="""Dear Supplier,

Thank you for your email regarding invoice INV-0415.

We are unable to make payment against this invoice in its current form, as it does not quote a valid Carrow purchase order number. All invoices addressed to Carrow plc must quote a 10-digit PO number beginning with 45 and must be submitted through the Coupa Supplier Portal. Invoices received by email are not processed.

Please obtain a PO from your contact in the Marketing department and resubmit the invoice via Coupa. Once it has been received and matched it will be paid in line with our standard 60-day terms.

Kind regards,

Shared Service Centre - Accounts Payable
Carrow plc
Ref: SSC-AP-2026-118842

Carrow plc. Registered in England and Wales No. 00451187. Registered office: Carrow House, 1 Riverside Way, Norwich NR1 1SQ.
""",
      label=L("client-reply-dispute", "AP rejects the invoice (no valid PO, not submitted through Coupa) and says it cannot be paid in its current form: payment withheld, not a mere question; the 60-day terms are conditional on a resubmission.",
              reference="INV-0415"))

# ---- 22: promise, Polish office manager, "Monday, latest Tuesday" -------------------------------
reply(22, fl="marco", frm="Katarzyna Nowak <k.nowak@nowakpartnerzy.pl>", date="2027-03-10 09:47:30 +0100",
      subj="Re: Reminder: invoice 2027/009", style="android", mime="alt", cte="base64",
      q=dict(t="reminder", sent="2027-03-09 09:00:00 +0100", subj="Reminder: invoice 2027/009",
             to="biuro@nowakpartnerzy.pl", inv="2027/009", amt="EUR 1,540.00",
             due="26 February 2027", sal="Dear Accounts Team,"),
      own="""Dear Marco,

I am very sorry for delay. We had change of accounting company in February and some invoices was lost between the old and the new one. Now I have your invoice 2027/009 in the system and I will make the transfer on Monday, latest Tuesday. Amount 1 540,00 EUR like on invoice.

Regards,
Katarzyna Nowak
Kierownik biura / Office Manager
Nowak & Partnerzy Sp. k.
""",
      label=L("client-reply-promise", "Written Wednesday 10 March: 'on Monday, latest Tuesday' puts the day by which she will pay at Tuesday 16 March; amount written the Polish way (1 540,00 EUR).",
              promised_date="2027-03-16", amount="1540.00", currency="EUR", reference="2027/009"),
      check=dict(pd=("next", 1)))

# ---- 23: newsletter ----------------------------------------------------------------------------
machine(23, frm="Ledgerly <hello@news.ledgerly.app>", to="ellen@whitlockdesign.ie",
        date="2027-01-05 07:30:00 -0500", subj="5 ways to get paid faster in 2027 💸",
        hdr=[("List-Unsubscribe", "<https://news.ledgerly.app/u/8f2c1a?e=ellen%40whitlockdesign.ie>, <mailto:unsub-8f2c1a@news.ledgerly.app>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
             ("List-Id", "Ledgerly Tips <tips.news.ledgerly.app>"), ("X-Mailgun-Tag", "newsletter-2027-01")],
        text="""Happy new year from Ledgerly!

5 ways to get paid faster in 2027

1. Send the invoice the day the work is done. Every day you wait is a day added to your payment time.
2. Put the due date in the subject line. "Invoice 042 - due 31 January" gets opened; "Invoice" doesn't.
3. Offer more than one way to pay. Card, bank transfer, even a payment link.
4. Send a friendly reminder before the due date, not just after it. Our data shows clients who get a reminder three days early pay 9 days sooner on average.
5. Know your rights. In the UK and the EU you can charge statutory interest on overdue business invoices.

Read the full guide: https://ledgerly.app/blog/get-paid-faster-2027

Have you tried Ledgerly's automatic reminders? Your first 3 months are 50% off with code NEWYEAR27.

You're receiving this because you signed up at ledgerly.app.
Unsubscribe: https://news.ledgerly.app/u/8f2c1a
Ledgerly Inc., 548 Market St #31190, San Francisco, CA 94104
""",
        html_body="""<!doctype html><html><head><meta charset="utf-8"><title>5 ways to get paid faster in 2027</title></head>
<body style="background:#f6f4ef;margin:0"><center><table width="600" style="background:#fff;font-family:Georgia,serif">
<tr><td style="padding:24px"><img src="https://cdn.ledgerly.app/mail/logo.png" width="120" alt="Ledgerly"></td></tr>
<tr><td style="padding:0 24px"><p>Happy new year from Ledgerly!</p><h1>5 ways to get paid faster in 2027</h1>
<ol><li>Send the invoice the day the work is done. Every day you wait is a day added to your payment time.</li>
<li>Put the due date in the subject line. "Invoice 042 - due 31 January" gets opened; "Invoice" doesn't.</li>
<li>Offer more than one way to pay. Card, bank transfer, even a payment link.</li>
<li>Send a friendly reminder before the due date, not just after it. Our data shows clients who get a reminder three days early pay 9 days sooner on average.</li>
<li>Know your rights. In the UK and the EU you can charge statutory interest on overdue business invoices.</li></ol>
<p><a href="https://ledgerly.app/blog/get-paid-faster-2027">Read the full guide</a></p>
<p style="background:#ffe8a3;padding:12px">Have you tried Ledgerly's automatic reminders? Your first 3 months are 50% off with code <b>NEWYEAR27</b>.</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">You're receiving this because you signed up at ledgerly.app. <a href="https://news.ledgerly.app/u/8f2c1a">Unsubscribe</a><br>Ledgerly Inc., 548 Market St #31190, San Francisco, CA 94104</td></tr>
</table></center></body></html>
""",
        label=L("other", "Marketing newsletter about getting invoices paid; full of 'invoice', 'reminder' and 'paid' but it is bulk mail, not about any invoice of hers."))

# ---- 24: paid, sole trader on his phone, after the final notice ----------------------------------
reply(24, fl="tom", frm="Dave Kenning <dkheating@outlook.com>", date="2027-02-20 21:14:52 +0000",
      subj="Re: Final notice before debt recovery – invoice INV-0426", style="iphone", mime="plain",
      mid=mid_apple(rng_for(24), "outlook.com"),
      q=dict(t="final", sent="2027-02-19 09:00:00 +0000", subj="Final notice before debt recovery – invoice INV-0426",
             to="Dave Kenning <dkheating@outlook.com>", inv="INV-0426", amt="£480.00", due="9 January 2027",
             sal="Dear Dave Kenning,", to_name="DK Heating & Plumbing", today="19 February 2027",
             issue="10 December 2026", deadline="5 March 2027"),
      own="""Done. Sorry!!

Sent from my iPhone
""",
      label=L("client-reply-paid", "One word under a final notice: 'Done' answers the demand for payment, so it says the invoice has been paid."))

# ---- 25: other, US client, the wire came back ----------------------------------------------------
reply(25, fl="ellen", frm="Megan Cho <megan@pinewoodlabs.com>", date="2027-01-25 10:11:48 -0800",
      subj="Re: Invoice EW-2027-004", style="gmail-us", mime="alt",
      q=dict(t="paid_claim_followup", sent="2027-01-25 09:00:00 +0000", subj="Invoice EW-2027-004",
             to="Megan Cho <megan@pinewoodlabs.com>", inv="EW-2027-004", amt="€2,750.00",
             sal="Dear Megan Cho,", claim="20 January 2027"),
      own="""Hi Ellen,

Ugh, sorry - I just checked with our controller and the wire we sent on the 19th actually came back to us this morning. Our bank says the beneficiary name didn't match the account (we had "Whitlock Design" on it). Can you confirm the exact name the account is under? Our AP team won't touch it again until I give them the right details.

Megan

Megan Cho
Operations Lead, Pinewood Labs
""",
      label=L("client-reply-other", "The earlier wire was returned and nothing has been sent again; she asks for the account name. Not paid (the money came back) and no promise."))

# ---- 26: paid and a request, Brisbane ---------------------------------------------------------
reply(26, fl="tom", frm="Liam Petrakis <liam@tallowbark.com.au>", date="2027-01-28 08:05:11 +1000",
      subj="Re: Reminder: invoice INV-0421", style="gmail-uk", mime="alt",
      q=dict(t="reminder", sent="2027-01-27 09:00:00 +0000", subj="Reminder: invoice INV-0421",
             to="Liam Petrakis <liam@tallowbark.com.au>", inv="INV-0421", amt="£640.00",
             due="20 January 2027", sal="Dear Liam Petrakis,"),
      own="""G'day Tom,

All sorted - paid INV-0421 last night through the bank app, £640 as invoiced.

Quick one while I've got you: can you send future invoices to accounts@tallowbark.com.au rather than me? I'm drowning in email at the moment and they'll get actioned faster that way.

Ta,
Liam

Liam Petrakis | Director
Tallowbark Studio | Fortitude Valley QLD 4006
""",
      label=L("client-reply-paid", "Says it is paid ('all sorted - paid ... last night') and then asks to change the invoice address; the request does not change the kind.",
              amount="640.00", currency="GBP", reference="INV-0421"))

# ---- 27: Gmail vacation responder ---------------------------------------------------------------
machine(27, frm="Rosie Kimber <rosie@kimberandwolf.co.uk>", to="Tom Aldridge <tom@aldridgecopy.co.uk>",
        date="2026-12-23 18:20:03 +0000", subj="Re: Reminder: invoice INV-0424",
        mid=mid_gmail(rng_for(27)),
        hdr=[("In-Reply-To", mid_mailduns("tom", "INV-0424", T("2026-12-23 18:19:40 +0000"))),
             ("References", mid_mailduns("tom", "INV-0424", T("2026-12-23 18:19:40 +0000"))),
             ("Auto-Submitted", "auto-replied")],
        text="""Hi there,

Thanks for your email! The studio is now closed for Christmas and I'm back on Tuesday 12th January. I'll reply to everything as soon as I can after that.

If it's urgent, give Sam a ring on 07700 900418.

Happy holidays!
Rosie
""",
        label=L("auto-reply", "Gmail vacation responder (Auto-Submitted: auto-replied, subject 'Re:'); 'back on Tuesday 12th January' gives the return day.",
                return_date="2027-01-12"))

# ---- 28: dispute, Indian client, hours billed -------------------------------------------------
reply(28, fl="marco", frm="Sanjay Mehta <sanjay.mehta@vedantaworks.co.in>", date="2027-02-09 12:40:17 +0530",
      subj="RE: Reminder: invoice 2027/004", style="outlook-web", mime="alt",
      hdr=[("Thread-Topic", "Reminder: invoice 2027/004"), ("Content-Language", "en-IN")],
      q=dict(t="reminder", sent="2027-02-08 09:00:00 +0100", subj="Reminder: invoice 2027/004",
             to="Sanjay Mehta <sanjay.mehta@vedantaworks.co.in>", inv="2027/004", amt="EUR 2,310.00",
             due="31 January 2027", sal="Dear Sanjay Mehta,"),
      own="""Dear Marco,

Greetings.

With reference to your invoice no. 2027/004, we have cross-checked the timesheet with our project manager Mr. Arvind. As per our records only 35 hours were approved against the 42 hours billed by you. The additional 7 hours for "deployment support" were not approved from our side.

Kindly revise the invoice for 35 hours @ EUR 55/hour i.e. EUR 1,925 and share the revised copy at the earliest so that we can process the payment.

Regards,
Sanjay Mehta
Manager - Finance & Accounts
Vedanta Works Pvt. Ltd., Pune
""",
      label=L("client-reply-dispute", "Contests the hours billed (35 approved, 42 invoiced) and asks for a revised invoice; EUR 1,925 is the sum they would accept, not a sum paid or promised.",
              reference="2027/004"))

# ---- 29: Stripe, invoice paid ----------------------------------------------------------------------
machine(29, frm="Stripe <notifications@stripe.com>", to="ellen@whitlockdesign.ie",
        date="2027-02-05 11:18:44 +0000", subj="Payment of €2,975.00 from Corran Digital Ltd",
        hdr=[("X-Stripe-Account", "acct_1NxWhitlockDsgn")],
        text="""Whitlock Design

You received a payment of €2,975.00 from Corran Digital Ltd.

Invoice:          EW-2027-003
Amount paid:      €2,975.00
Payment method:   Visa •••• 4417
Date:             5 Feb 2027, 11:18

The funds will be included in your next payout to your bank account ending 6789.

View payment: https://dashboard.stripe.com/payments/pi_3QmT7kLxWh1tDsgn0c2b8F1e

You're receiving this email because you're an administrator of Whitlock Design on Stripe. Manage your email preferences: https://dashboard.stripe.com/settings/user

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""",
        html_body="""<html><body style="background-color:#f6f9fc;font-family:-apple-system,'SF Pro Display','Segoe UI',Roboto,sans-serif">
<table align="center" width="600" style="background:#ffffff;border-radius:8px"><tr><td style="padding:40px">
<p style="color:#8898aa;font-size:12px;text-transform:uppercase">Whitlock Design</p>
<h1 style="color:#32325d;font-size:24px">You received a payment of €2,975.00 from Corran Digital Ltd.</h1>
<table width="100%" style="color:#525f7f;font-size:15px">
<tr><td>Invoice</td><td align="right">EW-2027-003</td></tr>
<tr><td>Amount paid</td><td align="right">€2,975.00</td></tr>
<tr><td>Payment method</td><td align="right">Visa •••• 4417</td></tr>
<tr><td>Date</td><td align="right">5 Feb 2027, 11:18</td></tr>
</table>
<p>The funds will be included in your next payout to your bank account ending 6789.</p>
<p><a href="https://dashboard.stripe.com/payments/pi_3QmT7kLxWh1tDsgn0c2b8F1e" style="background:#635bff;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">View payment</a></p>
<p style="font-size:12px;color:#8898aa">Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</p>
</td></tr></table></body></html>
""",
        label=L("payment-notification", "Stripe notice of a card payment on an invoice; money in for the freelancer.",
                amount="2975.00", currency="EUR", reference="EW-2027-003"))

# ---- 30: promise, Irish café owner, "on the 1st" ----------------------------------------------------
reply(30, fl="ellen", frm="Eoin Gallagher <saltyardcafe@gmail.com>", date="2027-01-27 19:52:30 +0000",
      subj="Re: Reminder: invoice EW-2027-002", style="android", mime="plain",
      q=dict(t="reminder", sent="2027-01-26 09:00:00 +0000", subj="Reminder: invoice EW-2027-002",
             to="saltyardcafe@gmail.com", inv="EW-2027-002", amt="€750.00",
             due="15 January 2027", sal="Hello,"),
      own="""Hi Ellen,

Sorry for the delay on this, January's been brutal after Christmas, the place has been like a morgue. I'll transfer the €750 on the 1st when the rent from the flat upstairs comes in. Hope that's ok.

Eoin
The Salt Yard Café, Tramore
""",
      label=L("client-reply-promise", "'On the 1st' written on 27 January means 1 February; the sum promised is stated.",
              promised_date="2027-02-01", amount="750.00", currency="EUR"),
      check=dict(pd=("dom", 1)))

# ---- 31: other, reply to the thank-you note ----------------------------------------------------------
reply(31, fl="tom", frm="Hannah Okoro <hannah@foldandpress.co.uk>", date="2026-12-18 09:41:02 +0000",
      subj="Re: Thank you – invoice INV-0419", style="gmail-uk", mime="alt",
      q=dict(t="thank_you", sent="2026-12-17 09:00:00 +0000", subj="Thank you – invoice INV-0419",
             to="Hannah Okoro <hannah@foldandpress.co.uk>", inv="INV-0419", amt="£2,300.00",
             sal="Dear Hannah Okoro,", paid_on="16 December 2026"),
      own="""Thanks Tom - great working with you this year, the spring catalogue copy went down a storm with the team.

Have a lovely Christmas and speak in the new year!

Hannah
""",
      label=L("client-reply-other", "A pleasantry in reply to the freelancer's thank-you for a payment already received; the 'payment received' words are only in the quote."))

# ---- 32: paid, US ops lead, HTML-only Gmail with a screenshot ------------------------------------
reply(32, fl="marco", frm="Dana Whitaker <dana@northfieldanalytics.com>", date="2027-02-04 15:48:20 -0500",
      subj="Re: Invoice 2027/006 was due on 31 January 2027", style="gmail-us", mime="html",
      att=[png("wire_confirmation.png")],
      q=dict(t="due", late=2, sent="2027-02-02 09:00:00 +0100", subj="Invoice 2027/006 was due on 31 January 2027",
             to="Dana Whitaker <dana@northfieldanalytics.com>", inv="2027/006", amt="EUR 4,200.00",
             due="31 January 2027", sal="Dear Dana Whitaker,"),
      own="""Hi Marco,

The wire for €4,200.00 went out this morning - screenshot of the confirmation attached. International wires usually take 1-2 business days to land, so you should see it by Monday at the latest.

Let me know when you get it!

Dana

--
Dana Whitaker
Head of Operations | Northfield Analytics
Boston, MA
""",
      label=L("client-reply-paid", "Wire sent with a screenshot attached; 'you should see it by Monday' is arrival time, not a promise to pay.",
              amount="4200.00", currency="EUR"))

# ---- 33: dispute, agency proposes 80% in full settlement -------------------------------------------
reply(33, fl="tom", frm="Olivia Grant <olivia@brandhaus.agency>", date="2027-03-09 12:02:45 +0000",
      subj="Re: Invoice INV-0457 is now 31 days overdue", style="apple", mime="alt",
      q=dict(t="late_fee", sent="2027-03-08 09:00:00 +0000", subj="Invoice INV-0457 is now 31 days overdue",
             to="Olivia Grant <olivia@brandhaus.agency>", inv="INV-0457", amt="£2,100.00", due="5 February 2027",
             sal="Dear Olivia Grant,", days=31, deadline="22 March 2027",
             fees=fees_block("GB", "11.75%", "£70.00", "8 March 2027", [
                 "Invoice INV-0457: £2,100.00",
                 "Interest at 11.75% a year on £2,100.00 from 6 February 2027 to 8 March 2027 (31 days): £20.96",
                 "Fixed sum for the costs of recovering the debt (section 5A): £70.00",
                 "Total: £2,190.96"])),
      own="""Hi Tom,

Thanks for chasing, and apologies it's dragged on.

I'll be honest with you: the campaign went live almost two weeks late because the final copy came in after the deadline we'd agreed, and our client has knocked 20% off our fee as a result. We'll need to pass that on. We're proposing to pay £1,680 (80% of the invoice) in full and final settlement, and I'm afraid we won't be paying the interest or the £70 recovery charge on top.

Happy to jump on a call if you want to talk it through.

Olivia

Olivia Grant
Managing Partner, Brandhaus
""",
      label=L("client-reply-dispute", "Offers 80% in full and final settlement and refuses the interest and fixed sum: a discount demand. The £1,680 is an offer, not a payment or a promise, so no amount."))

# ---- 34: bounce, Postfix DSN, user unknown ---------------------------------------------------------
raw(34, """
Return-Path: <>
X-Original-To: marco@bellini.dev
Delivered-To: marco@bellini.dev
Received: by mail.bellini.dev (Postfix)
	id 4Tq9Zk1Hc8z9sWb; Mon,  8 Feb 2027 09:00:03 +0100 (CET)
Date: Mon,  8 Feb 2027 09:00:03 +0100 (CET)
From: MAILER-DAEMON@mail.bellini.dev (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: marco@bellini.dev
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Tq9Zk1Hc8z9sWb.1802131203/mail.bellini.dev"
Content-Transfer-Encoding: 8bit
Message-Id: <4Tq9Zl0Jx2z9sWc@mail.bellini.dev>

This is a MIME-encapsulated message.

--4Tq9Zk1Hc8z9sWb.1802131203/mail.bellini.dev
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mail.bellini.dev.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<finance@tallyhomarketing.com>: host mx1.tallyhomarketing.com[203.0.113.58] said:
    550 5.1.1 <finance@tallyhomarketing.com>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--4Tq9Zk1Hc8z9sWb.1802131203/mail.bellini.dev
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.bellini.dev
X-Postfix-Queue-ID: 4Tq9Zk1Hc8z9sWb
X-Postfix-Sender: rfc822; marco@bellini.dev
Arrival-Date: Mon,  8 Feb 2027 09:00:01 +0100 (CET)

Final-Recipient: rfc822; finance@tallyhomarketing.com
Original-Recipient: rfc822;finance@tallyhomarketing.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tallyhomarketing.com
Diagnostic-Code: smtp; 550 5.1.1 <finance@tallyhomarketing.com>: Recipient
    address rejected: User unknown in virtual mailbox table

--4Tq9Zk1Hc8z9sWb.1802131203/mail.bellini.dev
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <marco@bellini.dev>
Received: from localhost (localhost [127.0.0.1])
	by mail.bellini.dev (Postfix) with ESMTPSA id 4Tq9Zk1Hc8z9sWb
	for <finance@tallyhomarketing.com>; Mon,  8 Feb 2027 09:00:01 +0100 (CET)
From: Marco Bellini <marco@bellini.dev>
To: finance@tallyhomarketing.com
Subject: Reminder: invoice 2027/003
Date: Mon, 08 Feb 2027 09:00:00 +0100
Message-ID: <mailduns.2027003.20270208090000@bellini.dev>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Accounts Team,

According to my records, invoice 2027/003 for EUR 1,150.00, due on 31 January 2027, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.

If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.

Payment details:
- Account name: Marco Bellini
- IBAN: IT60 X054 2811 1010 0000 0123 456
- BIC (SWIFT): BPMOIT22XXX
- Payment reference: 2027/003

Kind regards,
Marco Bellini

--4Tq9Zk1Hc8z9sWb.1802131203/mail.bellini.dev--
""", label=L("bounce", "Postfix DSN: 550 5.1.1 user unknown for the client's finance address, a permanent failure; the returned reminder is attached whole.",
             failed_recipient="finance@tallyhomarketing.com", permanent=True))

# ---- 35: paid, PA writing for the managing director -------------------------------------------------
reply(35, fl="ellen", frm="Sophie Barnes <sophie.barnes@hargreavespp.co.uk>", date="2026-12-10 12:20:33 +0000",
      subj="RE: Reminder: invoice EW-2026-039", style="outlook-uk", mime="alt",
      cc="Jonathan Hargreaves <jonathan@hargreavespp.co.uk>",
      hdr=[("Thread-Topic", "Reminder: invoice EW-2026-039"), ("Content-Language", "en-GB")],
      q=dict(t="reminder", sent="2026-12-09 09:00:00 +0000", subj="Reminder: invoice EW-2026-039",
             to="Jonathan Hargreaves <jonathan@hargreavespp.co.uk>", inv="EW-2026-039", amt="€4,350.00",
             due="30 November 2026", sal="Dear Jonathan Hargreaves,"),
      own="""Dear Ellen,

Jonathan has asked me to let you know that your invoice EW-2026-039 was paid by bank transfer yesterday afternoon. He apologises for the delay - he has been travelling a great deal this month and the approval was sitting in his inbox.

If you need a copy of the remittance advice, please just let me know.

Kind regards,

Sophie Barnes
PA to Jonathan Hargreaves, Managing Director
Hargreaves Property Partners
30 St Mary Axe, London EC3A 8BF
""",
      label=L("client-reply-paid", "The director's PA confirms the transfer was made yesterday; the sender is not the person the reminder went to, but speaks for the client.",
              reference="EW-2026-039"))

# ---- 36: promise, US date written 3/5 ------------------------------------------------------------
reply(36, fl="marco", frm="Chris Delgado <chris@fieldnote.io>", date="2027-02-24 09:15:40 -0600",
      subj="Re: Reminder: invoice 2027/008", style="gmail-us", mime="plain", cte="8bit",
      q=dict(t="reminder", sent="2027-02-23 09:00:00 +0100", subj="Reminder: invoice 2027/008",
             to="Chris Delgado <chris@fieldnote.io>", inv="2027/008", amt="EUR 3,900.00",
             due="15 February 2027", sal="Dear Chris Delgado,"),
      own="""Hey Marco -

Sorry for the radio silence. We're closing out our books for the quarter and everything is backed up. Your invoice is approved and the wire will go out on 3/5.

Thanks for your patience,
Chris

Chris Delgado
COO, Fieldnote Software
Austin, TX
""",
      label=L("client-reply-promise", "A US sender (Austin, -0600) writes '3/5': month first, so 5 March 2027, not 3 May.",
              promised_date="2027-03-05"))

# ---- 37: other, which month is this invoice for ------------------------------------------------------
reply(37, fl="tom", frm="Ravi Chandran <ravi@kitecrest.co.uk>", date="2027-02-01 11:30:12 +0000",
      subj="Re: Invoice INV-0451: friendly reminder", style="gmail-uk", mime="plain", cs="iso-8859-1",
      q=dict(t="courtesy", sent="2027-02-01 09:00:00 +0000", subj="Invoice INV-0451: friendly reminder",
             to="Ravi Chandran <ravi@kitecrest.co.uk>", inv="INV-0451", amt="£1,500.00",
             issue="9 January 2027", due="8 February 2027", sal="Dear Ravi Chandran,"),
      own="""Hi Tom,

Quick one before I pass this to finance - is INV-0451 for the December retainer or January's? We've had a year-end so I need to code it to the right month.

Cheers,
Ravi
""",
      label=L("client-reply-other", "A question about which month the invoice covers, before it goes to finance; neither paid nor promised nor contested.",
              reference="INV-0451"))

# ---- 38: PayPal, money in -----------------------------------------------------------------------------
machine(38, frm="service@paypal.co.uk", to="tom@aldridgecopy.co.uk",
        date="2027-02-21 16:44:02 +0000", subj="You've got money",
        mid="<5a1c0e7d2b9f4.1771692242@paypal.com>",
        text="""Harriet Cole sent you £85.00 GBP

Hello Aldridge Copy Ltd,

You received a payment of £85.00 GBP from Harriet Cole (harriet.cole@btinternet.com).

Note from Harriet Cole:
"INV-0463 - strapline tweaks. Thanks Tom!"

Transaction ID: 7RW40512HK338471C
Transaction date: 21 February 2027

It may take a few moments for this transaction to appear in your account.

Help & Contact | Security | Apps

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name. Learn to identify phishing.

Please don't reply to this email. To get in touch with us, click Help & Contact.

Copyright © 1999-2027 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.
PayPal RT000238:en_GB(en-GB):1.3.0:3c2a19f8e0b1d
""",
        html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'PayPal Sans',Helvetica,Arial,sans-serif;color:#2c2e2f">
<table width="600" align="center"><tr><td><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>
<tr><td><h2 style="font-size:28px">Harriet Cole sent you £85.00&nbsp;GBP</h2>
<p>Hello Aldridge Copy Ltd,</p>
<p>You received a payment of £85.00 GBP from Harriet Cole (harriet.cole@btinternet.com).</p>
<p><b>Note from Harriet Cole:</b><br>"INV-0463 - strapline tweaks. Thanks Tom!"</p>
<p>Transaction ID: <a href="https://www.paypal.com/activity/payment/7RW40512HK338471C">7RW40512HK338471C</a><br>Transaction date: 21 February 2027</p>
<p style="font-size:12px;color:#6c7378">Copyright © 1999-2027 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.</p>
</td></tr></table></body></html>
""",
        label=L("payment-notification", "PayPal 'You've got money'; the payer's note names the invoice.",
                amount="85.00", currency="GBP", reference="INV-0463"))

# ---- 39: mailbox no longer in use ------------------------------------------------------------------
machine(39, frm="Meridian Freight Invoices <invoices@meridianfreight.co.uk>", to="ellen@whitlockdesign.ie",
        date="2026-12-15 09:00:20 +0000", subj="Automatic reply: Reminder: invoice EW-2026-053",
        mid=mid_outlook(rng_for(39), "CWLP265MB3921", "GBRP265"),
        hdr=[("In-Reply-To", mid_mailduns("ellen", "EW-2026-053", T("2026-12-15 09:00:00 +0000"))),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "invoices@meridianfreight.co.uk")],
        cs="us-ascii", cte="7bit",
        text="""Please note this mailbox is no longer in use and is not monitored.

From 1 December 2026 all supplier invoices and payment queries should be sent to payables@meridianfreight.co.uk.

Your email has not been forwarded. Please resend it to the address above.

Meridian Freight Ltd
""",
        label=L("auto-reply", "Automatic 'mailbox no longer in use' reply with a new address; 1 December 2026 is when the change happened, not a return day."))

# ---- 40: promise, Indian client, "by 10th of this month" ---------------------------------------------
reply(40, fl="ellen", frm="Vikram Nair <vikram.nair@kavachdigital.in>", date="2027-02-03 14:36:09 +0530",
      subj="RE: Reminder: invoice EW-2027-005", style="outlook-web", mime="alt",
      hdr=[("Thread-Topic", "Reminder: invoice EW-2027-005"), ("Content-Language", "en-IN")],
      q=dict(t="reminder", sent="2027-02-02 09:00:00 +0000", subj="Reminder: invoice EW-2027-005",
             to="accounts@kavachdigital.in", inv="EW-2027-005", amt="€1,600.00",
             due="25 January 2027", sal="Dear Accounts Team,"),
      own="""Dear Ellen Ma'am,

Good afternoon.

Your invoice is under process at our end. The payment will be released by 10th of this month positively. Inconvenience caused is regretted.

Thanks & Regards,
Vikram Nair
Accounts Executive
Kavach Digital Solutions Pvt Ltd, Kochi
""",
      label=L("client-reply-promise", "Indian English 'will be released by 10th of this month positively' = a firm promise to pay by 10 February.",
              promised_date="2027-02-10"),
      check=dict(pd=("dom", 10)))

# ---- 41: dispute, looks like a duplicate of an invoice already paid ----------------------------------
reply(41, fl="marco", frm="Holly Bramwell <holly@kettleandstone.co.uk>", date="2026-11-26 16:05:19 +0000",
      subj="Re: Invoice 2026/127: friendly reminder", style="apple", mime="alt",
      q=dict(t="courtesy", sent="2026-11-25 09:00:00 +0100", subj="Invoice 2026/127: friendly reminder",
             to="Holly Bramwell <holly@kettleandstone.co.uk>", inv="2026/127", amt="EUR 3,300.00",
             issue="31 October 2026", due="30 November 2026", sal="Dear Holly Bramwell,"),
      own="""Hi Marco,

Is this a duplicate? 2026/127 seems to cover the same work as 2026/119 - the API integration, October sprint - and we paid 2026/119 on 6 November.

I don't think we owe this one, but let me know if I'm missing something. If it's a mistake could you send a credit note so I can close it off in Xero?

Thanks,
Holly

Holly Bramwell
Finance Lead, Kettle & Stone Ltd
""",
      label=L("client-reply-dispute", "Says the invoice duplicates one already paid and asks for a credit note: a dispute. She names two invoices, so no reference; 'we paid 2026/119' is about the other invoice."))

# ---- 42: paid, Italian admin writing English, value date in two days ----------------------------
reply(42, fl="ellen", frm="Amministrazione Studio Lanzi <amministrazione@studiolanzi.it>", date="2027-01-13 11:02:37 +0100",
      subj="R: Reminder: invoice EW-2026-055", style="outlook-uk", lang="it", mime="alt", cs="windows-1252",
      hdr=[("Thread-Topic", "Reminder: invoice EW-2026-055"), ("Content-Language", "it-IT")],
      q=dict(t="reminder", sent="2027-01-12 09:00:00 +0000", subj="Reminder: invoice EW-2026-055",
             to="amministrazione@studiolanzi.it", inv="EW-2026-055", amt="€1,420.00",
             due="31 December 2026", sal="Dear Accounts Team,"),
      own="""Good morning Ellen,

I confirm you that we have done today the bank transfer for the invoice EW-2026-055, with value date 15/01. So you will receive it in two days.

Sorry for the delay, in December our administration was closed for the holidays.

Best regards,
Federica Lanzi
Amministrazione
Studio Grafico Lanzi s.n.c.
Via Mazzini 41, 37121 Verona
Tel. 045 800 1742

Le informazioni contenute in questo messaggio sono riservate e ad uso esclusivo del destinatario. / This message is confidential and intended only for the addressee.
""",
      label=L("client-reply-paid", "The transfer has been ordered today ('we have done today the bank transfer'); the value date 15/01 is when it lands, so this is paid, not a promise for the 15th.",
              reference="EW-2026-055"))

# ---- 43: other, "let me check with him" ---------------------------------------------------------
reply(43, fl="tom", frm="Anna Lisowski <anna@greyfriarslettings.co.uk>", date="2027-01-04 17:22:05 +0000",
      subj="Re: Reminder: invoice INV-0433", style="gmail-uk", mime="alt",
      q=dict(t="reminder", sent="2027-01-04 09:00:00 +0000", subj="Reminder: invoice INV-0433",
             to="Anna Lisowski <anna@greyfriarslettings.co.uk>", inv="INV-0433", amt="£720.00",
             due="18 December 2026", sal="Dear Anna Lisowski,"),
      own="""Hi Tom,

Happy new year! I was sure Rob paid this before we broke up for Christmas, but I can't see it on the statement. Let me check with him tomorrow when he's back and I'll come back to you.

Anna

Anna Lisowski
Office Manager | Greyfriars Lettings
""",
      label=L("client-reply-other", "Thought it had been paid but cannot find it and will check: no claim that it is paid and no promise to pay, only to come back with an answer."))

# ---- 44: promise without a day, waiting on his own client --------------------------------------
reply(44, fl="tom", frm="Steve Marchant <steve@marchantcreative.co.uk>", date="2027-02-16 13:48:27 +0000",
      subj="Re: Invoice INV-0436 – work may be suspended", style="apple", mime="plain",
      q=dict(t="suspension", sent="2027-02-16 09:00:00 +0000", subj="Invoice INV-0436 – work may be suspended",
             to="Steve Marchant <steve@marchantcreative.co.uk>", inv="INV-0436", amt="£2,880.00",
             due="15 January 2027", sal="Dear Steve Marchant,", deadline="26 February 2027", susp="1 March 2027"),
      own="""Tom,

I'm really sorry. I know this is well overdue and it's not how I like to do business. Our end client (a big national retailer I can't name) has us on 90-day terms and is paying late itself, and I'm waiting on them. As soon as their money lands I'll pay you in full, you have my word.

Please don't down tools on the March campaign - I'd hate for this to affect the work.

Steve

Steve Marchant
Founder, Marchant Creative
""",
      label=L("client-reply-promise", "Promises to pay in full once his own client pays; no day is stated, so no promised_date (the dates in the quoted suspension notice are the freelancer's)."))

# ---- 45: paid, accountant for a sole trader, remittance attached --------------------------------------
reply(45, fl="ellen", frm="Breda Fitzgerald <breda@fitzgeraldaccountants.ie>", date="2026-12-21 15:20:11 +0000",
      subj="RE: Reminder: invoice EW-2026-052", style="outlook-uk", mime="alt",
      cc="Daniel Byrne <byrnejoinery@eircom.net>",
      att=[pdf("Remittance - Byrne Joinery - EW-2026-052.pdf", "Remittance advice EW-2026-052 EUR 1150.00 18/12/2026")],
      hdr=[("Thread-Topic", "Reminder: invoice EW-2026-052"), ("Content-Language", "en-IE")],
      q=dict(t="reminder", sent="2026-12-21 09:00:00 +0000", subj="Reminder: invoice EW-2026-052",
             to="Daniel Byrne <byrnejoinery@eircom.net>", inv="EW-2026-052", amt="€1,150.00",
             due="14 December 2026", sal="Dear Daniel Byrne,"),
      own="""Dear Ellen,

We act for Daniel Byrne t/a Byrne Joinery and he has forwarded your reminder to us.

I can confirm that payment of €1,150.00 in respect of invoice EW-2026-052 was made by bank transfer on 18 December 2026. A copy of the remittance is attached for your records.

Kind regards,

Breda Fitzgerald ACA
Fitzgerald & Co. Chartered Accountants
14 Main Street, Clonmel, Co. Tipperary
T: 052 612 3344

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
""",
      label=L("client-reply-paid", "The client's accountant confirms the transfer made on 18 December and attaches the remittance; written for the client, so still a client reply.",
              amount="1150.00", currency="EUR", reference="EW-2026-052"))

# ---- 46: bounce, Gmail delay, mailbox full (temporary) --------------------------------------------
raw(46, """
Delivered-To: ellen@whitlockdesign.ie
Received: by 2002:a05:7300:5c8d:b0:12f:3f5e:8a01 with SMTP id m13csp412553dyc;
        Thu, 14 Jan 2027 01:04:12 -0800 (PST)
Return-Path: <>
Content-Type: multipart/report; boundary="000000000000a7f3c1061e2b5d90"; report-type=delivery-status
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: ellen@whitlockdesign.ie
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Delay)
References: <mailduns.EW2026057.20270114090000@whitlockdesign.ie>
In-Reply-To: <mailduns.EW2026057.20270114090000@whitlockdesign.ie>
Message-ID: <65a3a43c.050a0220.7e2f1.0c4bGMR@mx.google.com>
Date: Thu, 14 Jan 2027 01:04:12 -0800 (PST)
MIME-Version: 1.0

--000000000000a7f3c1061e2b5d90
Content-Type: multipart/related; boundary="000000000000a80dc7061e2b5d9e"

--000000000000a80dc7061e2b5d9e
Content-Type: multipart/alternative; boundary="000000000000a80dcb061e2b5d9f"

--000000000000a80dcb061e2b5d9f
Content-Type: text/plain; charset="UTF-8"


** Message not delivered yet **

There was a temporary problem delivering your message to sam.hollings@gmail.com. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.

The response was:

The recipient's inbox is out of storage space. Please direct the recipient to
https://support.google.com/mail/?p=OverQuotaTemp

--000000000000a80dcb061e2b5d9f
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
<tr><td><table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<table style="min-width:272px;padding-top:8px"><tbody><tr><td style="vertical-align:top;font-size:24px;line-height:32px">Message not delivered yet</td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;line-height:24px">There was a temporary problem delivering your message to <a style='color:#212121;text-decoration:none'><b>sam.hollings@gmail.com</b></a>. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;line-height:20px">The response was:</td></tr>
<tr><td style="padding-top:6px;color:#212121;font-size:14px;line-height:20px">The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp</td></tr>
</tbody></table></td></tr></tbody></table></td></tr></tbody></table>
</body>
</html>

--000000000000a80dcb061e2b5d9f--
--000000000000a80dc7061e2b5d9e--
--000000000000a7f3c1061e2b5d90
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 14 Jan 2027 01:00:03 -0800 (PST)
X-Original-Message-ID: <mailduns.EW2026057.20270114090000@whitlockdesign.ie>

Final-Recipient: rfc822; sam.hollings@gmail.com
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; The recipient's inbox is out of storage space.
 Please direct the recipient to
 https://support.google.com/mail/?p=OverQuotaTemp
 452-4.2.2 c3-20020a05640227c300b0055f7f3d3c71si51207edb.309 - gsmtp
Last-Attempt-Date: Thu, 14 Jan 2027 01:04:12 -0800 (PST)
Will-Retry-Until: Sat, 16 Jan 2027 01:00:04 -0800 (PST)

--000000000000a7f3c1061e2b5d90
Content-Type: text/rfc822-headers

From: Ellen Whitlock <ellen@whitlockdesign.ie>
To: Sam Hollings <sam.hollings@gmail.com>
Subject: Reminder: invoice EW-2026-057
Date: Thu, 14 Jan 2027 09:00:00 +0000
Message-ID: <mailduns.EW2026057.20270114090000@whitlockdesign.ie>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--000000000000a7f3c1061e2b5d90--
""", label=L("bounce", "Gmail delay notice: inbox full, 452 4.2.2, Gmail will retry; a temporary failure, not a final one.",
             failed_recipient="sam.hollings@gmail.com", permanent=False))

# ---- 47: dispute, Dutch client asks for a credit note for a cancelled day ------------------------------
reply(47, fl="ellen", frm="Sanne Bakker <sanne@studionoordlicht.nl>", date="2027-02-02 10:27:44 +0100",
      subj="RE: Invoice EW-2027-006: friendly reminder", style="outlook-uk", lang="nl", mime="alt",
      hdr=[("Thread-Topic", "Invoice EW-2027-006: friendly reminder"), ("Content-Language", "nl-NL")],
      q=dict(t="courtesy", sent="2027-02-01 09:00:00 +0000", subj="Invoice EW-2027-006: friendly reminder",
             to="Sanne Bakker <sanne@studionoordlicht.nl>", inv="EW-2027-006", amt="€3,250.00",
             issue="20 January 2027", due="19 February 2027", sal="Dear Sanne Bakker,"),
      own="""Hi Ellen,

Thank you for the reminder. On the invoice EW-2027-006 you charged 5 workshop days, but the workshop of 14 January was cancelled by us more than one week before, as agreed in the contract (article 4). So we think 4 days is correct.

Can you send us a credit note for one day (€650)? Then we pay the rest before the due date.

Met vriendelijke groet,
Sanne Bakker
Office & Finance | Studio Noordlicht
Oudegracht 211, 3511 NH Utrecht
""",
      label=L("client-reply-dispute", "Contests one of five days billed and asks for a credit note of €650; paying the rest is conditional, so dispute outranks the promise and no amount is labelled.",
              reference="EW-2027-006"))

# ---- 48: promise, "by Monday" ---------------------------------------------------------------------
reply(48, fl="tom", frm="Georgie Pratt <georgie@pratthouseinteriors.co.uk>", date="2027-02-04 20:31:09 +0000",
      subj="Re: Reminder: invoice INV-0455", style="iphone", mime="plain",
      mid=mid_apple(rng_for(48), "pratthouseinteriors.co.uk"),
      q=dict(t="reminder", sent="2027-02-03 09:00:00 +0000", subj="Reminder: invoice INV-0455",
             to="Georgie Pratt <georgie@pratthouseinteriors.co.uk>", inv="INV-0455", amt="£390.00",
             due="27 January 2027", sal="Dear Georgie Pratt,"),
      own="""Hiya Tom,

Sorry!! Completely lost track with the kids off sick all week. Will have it to you by Monday xx

Georgie

Sent from my iPhone
""",
      label=L("client-reply-promise", "'Will have it to you by Monday', written on Thursday 4 February: the next Monday is 8 February.",
              promised_date="2027-02-08"),
      check=dict(pd=("next", 0)))

# ---- 49: Revolut Business, money in -------------------------------------------------------------------
machine(49, frm="Revolut Business <no-reply@revolut.com>", to="marco@bellini.dev",
        date="2027-02-17 08:12:55 +0100", subj="Money received: €980.00 from NORDLICHT MEDIA GMBH",
        text="""Money received

Hi Marco,

NORDLICHT MEDIA GMBH sent you €980.00.

Amount       €980.00
From         NORDLICHT MEDIA GMBH
Reference    Invoice 2027/002
To           EUR Main

Open the app to see the transaction details.

This email was sent to marco@bellini.dev because you have a Revolut Business account.
Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Republic of Lithuania. Revolut Bank UAB is a credit institution licensed in the Republic of Lithuania.
""",
        label=L("payment-notification", "Revolut Business incoming-payment notice; the payer's reference names the invoice.",
                amount="980.00", currency="EUR", reference="2027/002"))

# ---- 50: other, "noted, will revert" ---------------------------------------------------------------
reply(50, fl="marco", frm="Priyanka Sharma <ap@zenithinfolabs.com>", date="2027-03-08 15:02:50 +0530",
      subj="RE: Invoice 2027/010: friendly reminder", style="outlook-web", mime="alt",
      hdr=[("Thread-Topic", "Invoice 2027/010: friendly reminder"), ("Content-Language", "en-IN")],
      q=dict(t="courtesy", sent="2027-03-08 09:00:00 +0100", subj="Invoice 2027/010: friendly reminder",
             to="ap@zenithinfolabs.com", inv="2027/010", amt="EUR 2,640.00",
             issue="13 February 2027", due="15 March 2027", sal="Dear Accounts Team,"),
      own="""Dear Marco,

Noted with thanks. Will check with the concerned team and revert on the status.

Regards,
Priyanka Sharma
Accounts Payable | Zenith Infolabs Pvt. Ltd.
Gurugram, Haryana
""",
      label=L("client-reply-other", "Indian English 'noted, will revert' acknowledges the reminder and promises an answer, not a payment."))

# ---- 51: paid, Dutch bookkeeper, paid last week --------------------------------------------------------
reply(51, fl="marco", frm="Maaike van den Berg <boekhouding@fietsfabriekzuid.nl>", date="2026-12-01 10:44:03 +0100",
      subj="Re: Reminder: invoice 2026/122", style="gmail-uk", mime="plain",
      q=dict(t="reminder", sent="2026-12-01 09:00:00 +0100", subj="Reminder: invoice 2026/122",
             to="boekhouding@fietsfabriekzuid.nl", inv="2026/122", amt="EUR 1,760.00",
             due="24 November 2026", sal="Dear Accounts Team,"),
      own="""Hello Marco,

We paid it already last week, on 26/11. Maybe you can check again? It was from our ING account with description "factuur 2026/122".

If you still don't see it, let me know and I ask the bank for a proof.

Groetjes,
Maaike

Maaike van den Berg
Boekhouding | Fietsfabriek Zuid B.V.
""",
      label=L("client-reply-paid", "Says it was paid on 26 November (European day/month) with the invoice number as the description; the reference comes from her own words.",
              reference="2026/122"))

# ---- 52: Australian out of office, annual leave --------------------------------------------------------
machine(52, frm="Bronwyn Hale <bronwyn.hale@wattleandco.com.au>", to="Tom Aldridge <tom@aldridgecopy.co.uk>",
        date="2026-12-21 20:00:40 +1100", subj="Automatic reply: Reminder: invoice INV-0428",
        mid=mid_outlook(rng_for(52), "SY4P282MB1907", "AUSP282"),
        hdr=[("In-Reply-To", mid_mailduns("tom", "INV-0428", T("2026-12-21 09:00:00 +0000"))),
             ("Thread-Topic", "Reminder: invoice INV-0428"), ("X-Auto-Response-Suppress", "All"),
             ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "bronwyn.hale@wattleandco.com.au"),
             ("Content-Language", "en-AU")],
        text="""Hi,

Thanks for your email. I'm currently on annual leave, returning Monday 18 January 2027, and won't be checking emails while I'm away.

For anything urgent relating to accounts, please contact accountspayable@wattleandco.com.au. Otherwise I'll get back to you when I return.

Merry Christmas and happy new year!

Bronwyn Hale
Finance Coordinator | Wattle & Co
Surry Hills NSW 2010
""",
        label=L("auto-reply", "Australian Exchange out-of-office, 'returning Monday 18 January 2027'.",
                return_date="2027-01-18"))

# ---- 53: promise by Friday 29th, with a fraud-check question -----------------------------------------
reply(53, fl="ellen", frm="James Whitcombe <james@whitcombeandsons.co.uk>", date="2027-01-25 11:15:30 +0000",
      subj="Re: Invoice EW-2027-007 is due today", style="gmail-uk", mime="alt",
      q=dict(t="due", late=0, sent="2027-01-25 09:00:00 +0000", subj="Invoice EW-2027-007 is due today",
             to="James Whitcombe <james@whitcombeandsons.co.uk>", inv="EW-2027-007", amt="€2,100.00",
             due="25 January 2027", sal="Dear James Whitcombe,"),
      own="""Hi Ellen,

Will pay by Friday 29th.

Before I do though - our banking system flagged that the IBAN on this invoice is different from the one on your October invoice. Can you confirm which one is correct? We've had a couple of fraud attempts on suppliers recently so I'm being extra careful. A quick call would be ideal, my number is below.

Thanks,
James

James Whitcombe
Director, Whitcombe & Sons
07700 900227
""",
      label=L("client-reply-promise", "A dated promise ('by Friday 29th', i.e. 29 January) followed by a question about the IBAN; the question does not cancel the promise.",
              promised_date="2027-01-29"),
      check=dict(pd=("next", 4)))

# ---- 54: dispute, sole trader, pays one invoice and refuses the other ----------------------------------
reply(54, fl="tom", frm="Bob Featherstone <bob@featherstonecycles.co.uk>", date="2027-02-17 10:32:15 +0000",
      subj="Re: Outstanding invoices", style="gmail-uk", mime="plain",
      q=dict(t="statement", sent="2027-02-17 09:00:00 +0000", subj="Outstanding invoices",
             to="Bob Featherstone <bob@featherstonecycles.co.uk>", inv="INV-0444", sal="Dear Bob Featherstone,",
             items=["- INV-0444, issued on 4 January 2027, due on 3 February 2027 (14 days overdue): £1,200.00",
                    "- INV-0445, issued on 4 January 2027, due on 3 February 2027 (14 days overdue): £480.00"],
             total="£1,680.00", deadline="3 March 2027"),
      own="""Tom

I never asked for the extra four blog posts. You offered them on the phone and I said I'd think about it, that's not the same as ordering them.

I'll pay for the website copy (INV-0444) but not for INV-0445, please cancel it.

Bob Featherstone
Featherstone Cycles
""",
      label=L("client-reply-dispute", "Refuses one of two invoices (work never ordered) while saying he will pay the other; dispute outranks the promise, and as two invoices are named there is no reference."))

# ---- 55: other, an outgoing transfer the freelancer made ------------------------------------------
machine(55, frm="Wise <noreply@wise.com>", to="Ellen Whitlock <ellen@whitlockdesign.ie>",
        date="2027-02-10 16:05:33 +0000", subj="Your transfer to Studio Nove is complete",
        text="""Hi Ellen,

Your transfer is complete.

  You sent:            350.00 EUR
  Studio Nove gets:    350.00 EUR
  Reference:           Illustrations Jan 2027
  Transfer number:     #1904471253

The money should be in Studio Nove's account now. Some banks take a little longer to show it.

See transfer: https://wise.com/transactions/activities/by-resource/TRANSFER/1904471253

Thanks,
The Wise Team

Wise Europe SA, Rue du Trône 100, 3rd floor, 1050 Brussels, Belgium.
""",
        label=L("other", "Wise confirms a transfer Ellen sent to a supplier: money going out, not a payment received, so not a payment notification."))

# ---- 56: paid, startup, three words --------------------------------------------------------------
reply(56, fl="tom", frm="Kit Ramsay <kit@tinyloop.studio>", date="2027-02-16 22:03:40 +0000",
      subj="Re: Invoice INV-0453 was due on 15 February 2027", style="gmail-uk", mime="alt",
      q=dict(t="due", late=1, sent="2027-02-16 09:00:00 +0000", subj="Invoice INV-0453 was due on 15 February 2027",
             to="Kit Ramsay <kit@tinyloop.studio>", inv="INV-0453", amt="£1,275.00",
             due="15 February 2027", sal="Dear Kit Ramsay,"),
      own="""sent ✅ should land tmrw

k
""",
      label=L("client-reply-paid", "'sent ✅' = the payment has been made; 'should land tmrw' is arrival time, not a promise."))

# ---- 57: promise, part paid today and the rest on the 15th -----------------------------------------
reply(57, fl="tom", frm="Kirsty McLeod <kirsty@mcleodbakes.co.uk>", date="2027-01-06 12:18:56 +0000",
      subj="Re: Reminder: invoice INV-0438", style="gmail-uk", mime="plain",
      q=dict(t="reminder", sent="2027-01-05 09:00:00 +0000", subj="Reminder: invoice INV-0438",
             to="Kirsty McLeod <kirsty@mcleodbakes.co.uk>", inv="INV-0438", amt="£1,200.00",
             due="22 December 2026", sal="Dear Kirsty McLeod,"),
      own="""Hi Tom,

I've just sent £500 towards INV-0438 and I'll send the remaining £700 on the 15th when I get paid. Sorry it's in two bits - December was a terrible month for the shop.

Thanks for being so patient with me.

Kirsty
McLeod Bakes, Stockport
""",
      label=L("client-reply-promise", "Part paid today (£500), the rest (£700) promised 'on the 15th' (15 January): a paid part with the rest promised on a day is a promise for that day; the amount is the £700 still promised.",
              promised_date="2027-01-15", amount="700.00", currency="GBP", reference="INV-0438"),
      check=dict(pd=("dom", 15)))

# ---- 58: other, the contact has left the company -------------------------------------------------
reply(58, fl="ellen", frm="Laura Pinto <laura.pinto@brightsidestudio.co.uk>", date="2026-12-07 13:40:02 +0000",
      subj="Re: Reminder: invoice EW-2026-049", style="apple", mime="alt",
      q=dict(t="reminder", sent="2026-12-07 09:00:00 +0000", subj="Reminder: invoice EW-2026-049",
             to="Laura Pinto <laura.pinto@brightsidestudio.co.uk>", inv="EW-2026-049", amt="€1,800.00",
             due="30 November 2026", sal="Dear Laura Pinto,"),
      own="""Hi Ellen,

I actually left Brightside at the end of November (I'm just tidying up my inbox before it's switched off), so I'm not the right person for this any more. Gareth Lyons (gareth@brightsidestudio.co.uk) has taken over my clients and he'll be able to help with the invoice.

Hope you get it sorted, and lovely working with you!

Laura
""",
      label=L("client-reply-other", "A person (not an auto-reply) saying she has left and naming her successor; nothing about payment."))

# ---- 59: Monzo, money in --------------------------------------------------------------------------
machine(59, frm="Monzo <help@monzo.com>", to="tom@aldridgecopy.co.uk",
        date="2026-12-11 15:06:21 +0000", subj="You've received £1,450.00 from Hollis & Grange Ltd",
        text="""You've received £1,450.00

HOLLIS & GRANGE LTD sent £1,450.00 to your Monzo Business account.

Reference: INV-0402
Received: Friday 11 December 2026, 15:05

Tap the payment in the Monzo app to add a receipt or a note.

Monzo Bank Limited is a company registered in England No. 09446231. Registered office: Broadwalk House, 5 Appold Street, London EC2A 2AG. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
""",
        label=L("payment-notification", "Monzo Business notice of money received, with the invoice number as the payer's reference.",
                amount="1450.00", currency="GBP", reference="INV-0402"))

# ---- 60: dispute, paid the invoice but refuses the late-payment charges -------------------------------
reply(60, fl="tom", frm="Gary Whelan <gary@whelanroofing.co.uk>", date="2027-03-11 19:45:08 +0000",
      subj="Re: Invoice INV-0449 is now 32 days overdue", style="android", mime="plain", cte="base64",
      q=dict(t="late_fee", sent="2027-03-08 09:00:00 +0000", subj="Invoice INV-0449 is now 32 days overdue",
             to="Gary Whelan <gary@whelanroofing.co.uk>", inv="INV-0449", amt="£960.00", due="4 February 2027",
             sal="Dear Gary Whelan,", days=32, deadline="22 March 2027",
             fees=fees_block("GB", "11.75%", "£40.00", "8 March 2027", [
                 "Invoice INV-0449: £960.00",
                 "Interest at 11.75% a year on £960.00 from 5 February 2027 to 8 March 2027 (32 days): £9.89",
                 "Fixed sum for the costs of recovering the debt (section 5A): £40.00",
                 "Total: £1,009.89"])),
      own="""Tom,

I paid the invoice on Monday, £960, check your account. I'm not paying £40 on top plus interest for being a few weeks late, that's a joke. I've used you for three years and always paid.

If that's how you want to play it I'll find someone else for the website.

Gary
""",
      label=L("client-reply-dispute", "Says the invoice itself was paid on Monday but refuses the statutory interest and £40 fixed sum: refusing part of what is claimed is a dispute, which outranks paid. The £960 is stated as paid.",
              amount="960.00", currency="GBP"))

# ---- 61: bounce, Exim delay warning (temporary) -------------------------------------------------
raw(61, """
Return-path: <>
Envelope-to: tom@aldridgecopy.co.uk
Delivery-date: Tue, 19 Jan 2027 09:05:12 +0000
Received: from Debian-exim by mail.aldridgecopy.co.uk with local (Exim 4.97)
	id 1tZq7e-004Rk1-0F
	for tom@aldridgecopy.co.uk;
	Tue, 19 Jan 2027 09:05:12 +0000
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.aldridgecopy.co.uk>
To: tom@aldridgecopy.co.uk
References: <mailduns.INV0442.20270118090000@aldridgecopy.co.uk>
Content-Type: multipart/report; report-type=delivery-status; boundary=1768813512-eximdsn-1714636915
MIME-Version: 1.0
Subject: Warning: message 1tZ8wQ-003mNc-2b delayed 24 hours
Message-Id: <E1tZq7e-004Rk1-0F@mail.aldridgecopy.co.uk>
Date: Tue, 19 Jan 2027 09:05:12 +0000

--1768813512-eximdsn-1714636915
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.aldridgecopy.co.uk.

The message identifier is:     1tZ8wQ-003mNc-2b
The subject of the message is: Reminder: invoice INV-0442
The date of the message is:    Mon, 18 Jan 2027 09:00:00 +0000

The address to which the message has not yet been delivered is:

  accounts@greenhalghjoinery.co.uk
    host mx.greenhalghjoinery.co.uk [198.51.100.23]
    Delay reason: SMTP error from remote mail server after initial connection:
    421 4.4.1 mx.greenhalghjoinery.co.uk: Service temporarily unavailable, try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

--1768813512-eximdsn-1714636915
Content-type: message/delivery-status

Reporting-MTA: dns; mail.aldridgecopy.co.uk

Action: delayed
Final-Recipient: rfc822;accounts@greenhalghjoinery.co.uk
Status: 4.4.1
Remote-MTA: dns; mx.greenhalghjoinery.co.uk
Diagnostic-Code: smtp; 421 4.4.1 mx.greenhalghjoinery.co.uk: Service temporarily unavailable, try again later
Will-Retry-Until: Fri, 22 Jan 2027 09:00:00 +0000

--1768813512-eximdsn-1714636915
Content-type: text/rfc822-headers

Return-path: <tom@aldridgecopy.co.uk>
Received: from [192.0.2.44] (helo=localhost)
	by mail.aldridgecopy.co.uk with esmtpsa (Exim 4.97)
	id 1tZ8wQ-003mNc-2b
	for accounts@greenhalghjoinery.co.uk;
	Mon, 18 Jan 2027 09:00:01 +0000
From: Tom Aldridge <tom@aldridgecopy.co.uk>
To: accounts@greenhalghjoinery.co.uk
Subject: Reminder: invoice INV-0442
Date: Mon, 18 Jan 2027 09:00:00 +0000
Message-ID: <mailduns.INV0442.20270118090000@aldridgecopy.co.uk>

--1768813512-eximdsn-1714636915--
""", label=L("bounce", "Exim 'delayed 24 hours' warning (Action: delayed, 421 4.4.1); delivery is still being retried, so temporary.",
             failed_recipient="accounts@greenhalghjoinery.co.uk", permanent=False))

# ---- 62: promise, Dutch, "payment run on the 25th" ------------------------------------------------
reply(62, fl="marco", frm="Pieter van Dijk <p.vandijk@havenlichtmedia.nl>", date="2026-11-18 11:20:45 +0100",
      subj="RE: Invoice 2026/124: friendly reminder", style="outlook-web", mime="alt",
      hdr=[("Thread-Topic", "Invoice 2026/124: friendly reminder"), ("Content-Language", "nl-NL")],
      q=dict(t="courtesy", sent="2026-11-18 09:00:00 +0100", subj="Invoice 2026/124: friendly reminder",
             to="Pieter van Dijk <p.vandijk@havenlichtmedia.nl>", inv="2026/124", amt="EUR 1,980.00",
             issue="21 October 2026", due="20 November 2026", sal="Dear Pieter van Dijk,"),
      own="""Hello Marco,

Thanks for the reminder. Our payment run is always on the 25th of the month, and your invoice 2026/124 is already approved, so you will receive it on 25 November. A few days after the due date, I know, sorry for that - it is how our system works.

Groeten,
Pieter van Dijk
Financiële administratie | Havenlicht Media B.V., Rotterdam
""",
      label=L("client-reply-promise", "Approved and going out in the payment run on the 25th: 'you will receive it on 25 November'. The due date 20 November in the quote is not the promised day.",
              promised_date="2026-11-25", reference="2026/124"),
      check=dict(pd=("dom", 25)))

# ---- 63: paid, architect asks for a receipted invoice ------------------------------------------
reply(63, fl="ellen", frm="Priya Raman <priya@ramanandhart.co.uk>", date="2026-12-22 14:02:18 +0000",
      subj="Re: Invoice EW-2026-059 is due today", style="apple", mime="alt",
      q=dict(t="due", late=0, sent="2026-12-22 09:00:00 +0000", subj="Invoice EW-2026-059 is due today",
             to="Priya Raman <priya@ramanandhart.co.uk>", inv="EW-2026-059", amt="€640.00",
             due="22 December 2026", sal="Dear Priya Raman,"),
      own="""Hi Ellen,

Paid in full just now - could you send me a receipted invoice for our records? Our accountant is very particular about these things!

Thanks so much, and merry Christmas.

Priya

Priya Raman
Partner, Raman & Hart Architects
""",
      label=L("client-reply-paid", "Paid and asks for a receipted invoice: paid even though it also asks something."))

# ---- 64: other, asks whether instalments are possible -------------------------------------------
reply(64, fl="tom", frm="Marcus Bell <marcus@thecopperkettle.co.uk>", date="2027-02-15 16:40:27 +0000",
      subj="Re: Reminder: invoice INV-0452", style="gmail-uk", mime="plain",
      q=dict(t="reminder", sent="2027-02-15 09:00:00 +0000", subj="Reminder: invoice INV-0452",
             to="Marcus Bell <marcus@thecopperkettle.co.uk>", inv="INV-0452", amt="£3,600.00",
             due="5 February 2027", sal="Dear Marcus Bell,"),
      own="""Hi Tom,

Thanks for the reminder. Would it be possible to split INV-0452 into three monthly payments? Things are tight after the refit and a lump sum of that size would really hurt this month.

Let me know what you think.

Marcus
""",
      label=L("client-reply-other", "Asks whether he may pay in three instalments; a question, not yet a promise (no commitment, no day) and not a dispute of the invoice.",
              reference="INV-0452"))

# ---- 65: out of office, back on a weekday ----------------------------------------------------------
machine(65, frm="Henry Castle <h.castle@castlemanorhotels.co.uk>", to="Tom Aldridge <tom@aldridgecopy.co.uk>",
        date="2027-03-15 09:00:18 +0000", subj="Automatic reply: Reminder: invoice INV-0462",
        mid=mid_outlook(rng_for(65), "LO6P265MB6812", "GBRP265"),
        hdr=[("In-Reply-To", mid_mailduns("tom", "INV-0462", T("2027-03-15 09:00:00 +0000"))),
             ("Thread-Topic", "Reminder: invoice INV-0462"), ("X-Auto-Response-Suppress", "All"),
             ("Auto-Submitted", "auto-replied"), ("Content-Language", "en-GB")],
        cs="windows-1252",
        text="""Thank you for your message.

I am away from my desk today and tomorrow and will be back in the office on Wednesday. If your query is urgent, please call reception on 01904 555 210 and they will put you through to the duty manager.

Henry Castle
General Manager
Castle Manor Hotels – York
""",
        label=L("auto-reply", "Out-of-office sent on Monday 15 March: 'back in the office on Wednesday' names the day, 17 March.",
                return_date="2027-03-17"),
        check=dict(rd=("next", 2)))

# ---- 66: dispute, Western Australian brewery, quality, offers half ---------------------------------
reply(66, fl="tom", frm="Mick Dunleavy <mick@redgumbrewing.com.au>", date="2027-02-12 13:30:22 +0800",
      subj="Re: Reminder: invoice INV-0448", style="gmail-uk", mime="alt",
      q=dict(t="reminder", sent="2027-02-11 09:00:00 +0000", subj="Reminder: invoice INV-0448",
             to="Mick Dunleavy <mick@redgumbrewing.com.au>", inv="INV-0448", amt="£2,400.00",
             due="4 February 2027", sal="Dear Mick Dunleavy,"),
      own="""Tom,

Mate, I'll be honest. The copy for the website needed a full rewrite on our end - half of it read like it was written for a bank, not a brewery, and our marketing girl spent the best part of two weeks fixing it. I don't think it's fair we pay the full whack for that.

Happy to pay half and call it square. Let me know.

Cheers,
Mick

Mick Dunleavy
Owner / Head Brewer
Red Gum Brewing Co. | Fremantle WA
""",
      label=L("client-reply-dispute", "Complains about quality and will only pay half: a dispute; 'happy to pay half' is an offer, not a promise of a stated sum or day."))

# ---- 67: Chase UK, money in --------------------------------------------------------------------------
machine(67, frm="Chase <no-reply@alerts.chase.co.uk>", to="tom@aldridgecopy.co.uk",
        date="2027-01-25 08:14:09 +0000", subj="You've received a payment",
        text="""You've received a payment

Hi Tom,

£2,160.00 has been paid into your Chase account ending 8812.

From: NORTHGATE HOUSING GRP
Reference: INV-0440
Date: 25 January 2027

You can see this payment in the Chase app.

We'll never ask you to move money or share a one-time passcode by email, phone or text.

Chase is a registered trade mark and trading name of JPMorgan Chase Bank, N.A. JPMorgan Chase Bank, N.A. is authorised and regulated by the Office of the Comptroller of the Currency in the US. Registered in England & Wales with company number FC004891. Registered office: 25 Bank Street, Canary Wharf, London E14 5JP.
""",
        html_body="""<html><body style="font-family:Arial,sans-serif;background:#f6f6f6">
<table width="560" align="center" style="background:#fff"><tr><td style="padding:24px;background:#0c2340;color:#fff;font-size:20px">Chase</td></tr>
<tr><td style="padding:24px"><h2>You've received a payment</h2><p>Hi Tom,</p>
<p><b>£2,160.00</b> has been paid into your Chase account ending 8812.</p>
<p>From: NORTHGATE HOUSING GRP<br>Reference: INV-0440<br>Date: 25 January 2027</p>
<p style="font-size:12px;color:#666">We'll never ask you to move money or share a one-time passcode by email, phone or text.</p></td></tr></table>
</body></html>
""",
        label=L("payment-notification", "Chase UK alert: money paid in, with the invoice number as the reference.",
                amount="2160.00", currency="GBP", reference="INV-0440"))

# ---- 68: paid, Irish photographer, windows-1252 with curly quotes --------------------------------
reply(68, fl="ellen", frm="Hugh Tierney <hugh@tierneyphotography.ie>", date="2026-12-15 08:55:41 +0000",
      subj="RE: Reminder: invoice EW-2026-054", style="outlook-uk", mime="alt", cs="windows-1252",
      hdr=[("Thread-Topic", "Reminder: invoice EW-2026-054"), ("Content-Language", "en-IE"),
           ("X-Mailer", "Microsoft Outlook 16.0")],
      q=dict(t="reminder", sent="2026-12-14 09:00:00 +0000", subj="Reminder: invoice EW-2026-054",
             to="Hugh Tierney <hugh@tierneyphotography.ie>", inv="EW-2026-054", amt="€495.00",
             due="7 December 2026", sal="Dear Hugh Tierney,"),
      own="""Morning Ellen,

I’ve paid it this morning – €495.00 – apologies it’s late, I was away shooting a wedding in Kerry and came back to a mountain of post.

All the best,
Hugh
""",
      label=L("client-reply-paid", "Paid this morning, amount in his words; Outlook windows-1252 with curly apostrophes and en dashes.",
              amount="495.00", currency="EUR"))

# ---- 69: promise, executive assistant, "on Thursday when he is back" ---------------------------------
reply(69, fl="tom", frm="Grace Mensah <grace.mensah@okaforcapital.com>", date="2027-03-01 10:05:12 +0000",
      subj="RE: Reminder: invoice INV-0459", style="outlook-uk", mime="alt",
      hdr=[("Thread-Topic", "Reminder: invoice INV-0459"), ("Content-Language", "en-GB")],
      q=dict(t="reminder", sent="2027-02-26 09:00:00 +0000", subj="Reminder: invoice INV-0459",
             to="Daniel Okafor <daniel@okaforcapital.com>", inv="INV-0459", amt="£1,950.00",
             due="19 February 2027", sal="Dear Daniel Okafor,"),
      own="""Dear Mr Aldridge,

I'm writing on behalf of Mr Okafor, who is travelling this week. He has seen your email and asked me to let you know that he will authorise the payment of invoice INV-0459 on Thursday when he is back in the office.

Kind regards,

Grace Mensah
Executive Assistant to Daniel Okafor
Okafor Capital Partners
1 King William Street, London EC4N 7AR
""",
      label=L("client-reply-promise", "A PA promises for the director that payment will be authorised on Thursday; written Monday 1 March, so 4 March.",
              promised_date="2027-03-04", reference="INV-0459"),
      check=dict(pd=("next", 3)))

# ---- 70: other, an invoice received from the coworking space -----------------------------------------
machine(70, frm="Hub 27 Coworking <billing@hub27.ie>", to="Ellen Whitlock <ellen@whitlockdesign.ie>",
        date="2027-03-01 07:00:00 +0000", subj="Invoice H27-2027-0311 from Hub 27 Coworking",
        att=[pdf("H27-2027-0311.pdf", "Hub 27 Coworking invoice H27-2027-0311 EUR 276.75")],
        text="""Hi Ellen,

Thanks for being a member of Hub 27!

Your invoice H27-2027-0311 for March 2027 is attached.

  Hot desk membership (March 2027)   €180.00
  Meeting room hours (3 h)            €45.00
  VAT 23%                             €51.75
  Total due                          €276.75

Due date: 15 March 2027. We'll collect this amount by SEPA Direct Debit from your account ending 4589 on or after 15 March 2027.

Any questions, just reply to this email.

Hub 27 Coworking
27 Pearse Street, Dublin 2
""",
        label=L("other", "An invoice Ellen receives from her coworking space (a bill to pay, collected by direct debit), not money in and not a client reply."))

# ---- 71: paid one invoice, asks for the other to be resent ------------------------------------------
reply(71, fl="tom", frm="Nadia Hussain <nadia@loomandlantern.co.uk>", date="2026-12-15 13:27:44 +0000",
      subj="Re: Outstanding invoices", style="gmail-uk", mime="alt",
      q=dict(t="statement", sent="2026-12-15 09:00:00 +0000", subj="Outstanding invoices",
             to="Nadia Hussain <nadia@loomandlantern.co.uk>", inv="INV-0427", sal="Dear Nadia Hussain,",
             items=["- INV-0427, issued on 21 October 2026, due on 20 November 2026 (25 days overdue): £450.00",
                    "- INV-0434, issued on 10 November 2026, due on 10 December 2026 (5 days overdue): £620.00"],
             total="£1,070.00", deadline="29 December 2026"),
      own="""Hi Tom,

INV-0427 (£450) went out today, sorry for the wait on that one.

The other one, INV-0434, I can't find anywhere - it's not in our inbox or on the system. Could you resend the PDF please and I'll get it approved.

Thanks,
Nadia
""",
      label=L("client-reply-paid", "One invoice paid today (£450), the other not received and asked for again: paid outranks other. Two invoices are named, so no reference; the amount is the one paid.",
              amount="450.00", currency="GBP"))

# ---- 72: other, AP says it is keyed in and future invoices go through Ariba ---------------------------
reply(72, fl="marco", frm="Emma Castell <emma.castell@haldenbridge.com>", date="2027-02-10 13:55:07 +0000",
      subj="RE: Reminder: invoice 2027/005", style="outlook-web", mime="alt",
      hdr=[("Thread-Topic", "Reminder: invoice 2027/005"), ("Content-Language", "en-GB")],
      q=dict(t="reminder", sent="2027-02-10 09:00:00 +0100", subj="Reminder: invoice 2027/005",
             to="accounts.payable@haldenbridge.com", inv="2027/005", amt="EUR 6,000.00",
             due="3 February 2027", sal="Dear Accounts Team,"),
      own="""Dear Marco,

Thank you for your email. I can see invoice 2027/005 was received by email on 4 January and it has now been keyed manually and sent to Ian Marsh for approval.

Please note that from 1 March 2027 we will only accept invoices submitted through the SAP Business Network (Ariba). You should receive a trading relationship request from us in the next couple of weeks; please accept it so that future invoices can be processed without delay.

Kind regards,
Emma Castell
Procure-to-Pay Team
Haldenbridge Engineering Ltd
""",
      label=L("client-reply-other", "Status update (keyed in, sent for approval) and a note about Ariba for future invoices; no payment, no promise, and this invoice is not rejected.",
              reference="2027/005"))

# ---- 73: dispute, US startup asks for a discount ------------------------------------------------
reply(73, fl="marco", frm="Tyler Brandt <tyler@quarrylane.gg>", date="2027-03-11 10:12:40 -0800",
      subj="Re: Invoice 2027/011 was due on 1 March 2027", style="iphone-us", mime="plain",
      mid=mid_apple(rng_for(73), "quarrylane.gg"),
      q=dict(t="due", late=10, sent="2027-03-11 09:00:00 +0100", subj="Invoice 2027/011 was due on 1 March 2027",
             to="Tyler Brandt <tyler@quarrylane.gg>", inv="2027/011", amt="EUR 7,500.00",
             due="1 March 2027", sal="Dear Tyler Brandt,"),
      own="""hey marco - cash is tight this quarter (fundraise slipped to april). any chance you'd take 15% off if we pay the rest by friday? lmk

sent from my phone, excuse typos
""",
      label=L("client-reply-dispute", "Asks for a 15% discount; paying 'by friday' is conditional on the discount being accepted, so this is a discount request (dispute), not a promise."))

# ---- 74: Payoneer, money in (USD) -----------------------------------------------------------------------
machine(74, frm="Payoneer <customerservice@payoneer.com>", to="marco@bellini.dev",
        date="2027-03-18 15:40:00 -0400", subj="You've received a payment from Quarry Lane Games LLC",
        text="""Hi Marco,

Good news! You've received a payment of USD 2,000.00 from Quarry Lane Games LLC.

Payment details
Amount: USD 2,000.00
Payer: Quarry Lane Games LLC
Description: Invoice 2027/012 - level editor tooling
Payment date: March 18, 2027

The funds are now available in your USD balance.

Log in to your Payoneer account: https://login.payoneer.com

Thank you,
The Payoneer Team

Payoneer Inc., 195 Broadway, 27th Floor, New York, NY 10007
This is an automated message. Please do not reply to this email.
""",
        label=L("payment-notification", "Payoneer notice of a USD payment received; the payer's description names the invoice.",
                amount="2000.00", currency="USD", reference="2027/012"))

# ---- 75: bounce, Google Workspace, address not found -------------------------------------------------
raw(75, """
Delivered-To: ellen@whitlockdesign.ie
Return-Path: <>
Content-Type: multipart/report; boundary="0000000000004f1e2a0623b7c8d1"; report-type=delivery-status
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: ellen@whitlockdesign.ie
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <mailduns.EW2026043.20261103090000@whitlockdesign.ie>
In-Reply-To: <mailduns.EW2026043.20261103090000@whitlockdesign.ie>
X-Failed-Recipients: billing@finchly.co
Message-ID: <6727a1c6.5d0a0220.2b9c1.61e7.GMR@mx.google.com>
Date: Tue, 03 Nov 2026 01:00:06 -0800 (PST)
MIME-Version: 1.0

--0000000000004f1e2a0623b7c8d1
Content-Type: multipart/related; boundary="0000000000004f25b50623b7c8dd"

--0000000000004f25b50623b7c8dd
Content-Type: multipart/alternative; boundary="0000000000004f25b80623b7c8de"

--0000000000004f25b80623b7c8de
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to billing@finchly.co because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <billing@finchly.co>: Recipient address rejected: User unknown in virtual mailbox table

--0000000000004f25b80623b7c8de
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
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td style="vertical-align:top;font-size:24px;line-height:32px">Address not found</td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;line-height:24px">Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>billing@finchly.co</b></a> because the address couldn't be found, or is unable to receive mail.</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;line-height:20px">The response from the remote server was:</td></tr>
<tr><td style="padding-top:6px;color:#212121;font-size:14px;line-height:20px">550 5.1.1 &lt;billing@finchly.co&gt;: Recipient address rejected: User unknown in virtual mailbox table</td></tr>
</tbody></table></td></tr></tbody></table>
</body>
</html>

--0000000000004f25b80623b7c8de--
--0000000000004f25b50623b7c8dd--
--0000000000004f1e2a0623b7c8d1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; ellen@whitlockdesign.ie
Arrival-Date: Tue, 03 Nov 2026 01:00:04 -0800 (PST)
X-Original-Message-ID: <mailduns.EW2026043.20261103090000@whitlockdesign.ie>

Final-Recipient: rfc822; billing@finchly.co
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.finchly.co. (198.51.100.71, the server for the domain finchly.co.)
Diagnostic-Code: smtp; 550 5.1.1 <billing@finchly.co>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Tue, 03 Nov 2026 01:00:06 -0800 (PST)

--0000000000004f1e2a0623b7c8d1
Content-Type: message/rfc822

From: Ellen Whitlock <ellen@whitlockdesign.ie>
To: billing@finchly.co
Subject: Invoice EW-2026-043: friendly reminder
Date: Tue, 03 Nov 2026 09:00:00 +0000
Message-ID: <mailduns.EW2026043.20261103090000@whitlockdesign.ie>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Accounts Team,

This is a friendly reminder that invoice EW-2026-043 for €1,200.00, issued on 9 October 2026, is due for payment on 8 November 2026.

If payment is already on its way, thank you, and please disregard this message.

Payment details:
- Account name: Ellen Whitlock
- IBAN: IE64 BOFI 9000 1723 4567 89
- BIC (SWIFT): BOFIIE2D
- Payment reference: EW-2026-043

If you have any questions, just reply to this email.

Kind regards,
Ellen Whitlock

--0000000000004f1e2a0623b7c8d1--
""", label=L("bounce", "Google 'Address not found', 550 5.1.1 for a mistyped domain (.co instead of .io): permanent.",
             failed_recipient="billing@finchly.co", permanent=True))

# ---- 76: promise, German accounts, "on Thursday" with the amount ------------------------------------------
reply(76, fl="ellen", frm="Jana Hoffmann <j.hoffmann@lindenhof-verlag.de>", date="2026-12-08 14:48:26 +0100",
      subj="AW: Reminder: invoice EW-2026-058", style="outlook-uk", lang="de", mime="alt",
      hdr=[("Thread-Topic", "Reminder: invoice EW-2026-058"), ("Content-Language", "de-DE")],
      q=dict(t="reminder", sent="2026-12-07 09:00:00 +0000", subj="Reminder: invoice EW-2026-058",
             to="Rechnungswesen <rechnungswesen@lindenhof-verlag.de>", inv="EW-2026-058", amt="€1,320.00",
             due="30 November 2026", sal="Dear Accounts Team,"),
      own="""Hello Ellen,

apologies, your invoice EW-2026-058 was stuck in our approval workflow because the cost centre was missing. It is released now and I will transfer the 1.320,00 € on Thursday together with our other foreign payments.

Best regards
Jana Hoffmann
Rechnungswesen
Lindenhof Verlag GmbH, Leipzig
""",
      label=L("client-reply-promise", "'I will transfer ... on Thursday', written Tuesday 8 December: 10 December; German number format 1.320,00 €.",
              promised_date="2026-12-10", amount="1320.00", currency="EUR", reference="EW-2026-058"),
      check=dict(pd=("next", 3)))

# ---- 77: dispute, invoice addressed to the wrong company --------------------------------------------------
reply(77, fl="ellen", frm="Rachel Simms <rachel.simms@harbourandfinch.com>", date="2027-03-15 12:10:33 +0000",
      subj="Re: Invoice EW-2027-008 is due today", style="gmail-uk", mime="alt",
      q=dict(t="due", late=0, sent="2027-03-15 09:00:00 +0000", subj="Invoice EW-2027-008 is due today",
             to="Rachel Simms <rachel.simms@harbourandfinch.com>", inv="EW-2027-008", amt="€5,200.00",
             due="15 March 2027", sal="Dear Rachel Simms,"),
      own="""Hi Ellen,

I'm afraid we can't process this one as it stands. The invoice is addressed to Harbour & Finch Ltd, but your contract (and the PO) is with Harbour & Finch Holdings Ltd, which is a separate VAT-registered company. Our auditors won't let us pay an invoice addressed to a different entity.

Could you cancel EW-2027-008 and reissue it to:

Harbour & Finch Holdings Ltd
2 Canal Reach, London N1C 4BE
VAT GB 318 4420 17

As soon as we have the corrected invoice it'll go into the next run.

Many thanks,
Rachel
""",
      label=L("client-reply-dispute", "Will not pay the invoice as issued (wrong legal entity) and asks for it to be cancelled and reissued: payment withheld. The 'next run' promise is conditional and has no day.",
              reference="EW-2027-008"))

# ---- 78: promise, "next week" and no day -----------------------------------------------------------------
reply(78, fl="tom", frm="Shane O'Rourke <shane@southerlyfilms.com.au>", date="2027-03-03 07:12:51 +1100",
      subj="Re: Reminder: invoice INV-0461", style="iphone", mime="plain",
      mid=mid_apple(rng_for(78), "southerlyfilms.com.au"),
      q=dict(t="reminder", sent="2027-03-02 09:00:00 +0000", subj="Reminder: invoice INV-0461",
             to="Shane O'Rourke <shane@southerlyfilms.com.au>", inv="INV-0461", amt="£850.00",
             due="23 February 2027", sal="Dear Shane O'Rourke,"),
      own="""Hey Tom,

Yep sorry mate, I know. Cash flow's a bit tight till the Hendry job pays out but I'll get it sorted next week, no dramas.

Shane

Sent from my iPhone
""",
      label=L("client-reply-promise", "Australian 'I'll get it sorted next week' is a promise to pay, but 'next week' alone states no day, so no promised_date."))

# ---- 79: other, the PDF will not open ---------------------------------------------------------------
reply(79, fl="ellen", frm="Orla Brennan <orla@brennanflowers.ie>", date="2027-03-22 10:03:07 +0000",
      subj="Re: Invoice EW-2027-009: friendly reminder", style="android", mime="alt", cte="base64",
      q=dict(t="courtesy", sent="2027-03-22 09:00:00 +0000", subj="Invoice EW-2027-009: friendly reminder",
             to="Orla Brennan <orla@brennanflowers.ie>", inv="EW-2027-009", amt="€1,050.00",
             issue="26 February 2027", due="28 March 2027", sal="Dear Orla Brennan,"),
      own="""Hi Ellen,

the invoice PDF wont open on my end, it keeps saying the file is damaged. Could you send it again? maybe as a jpeg if thats easier?

thanks a mil
Orla

Sent from my Galaxy
""",
      label=L("client-reply-other", "Asks for the invoice again because the PDF will not open; nothing about paying."))

# ---- 80: other, fake renewal invoice (spam) -----------------------------------------------------------
machine(80, frm="Billing Department <billing-noreply@secure-renewals-center.com>", to="tom@aldridgecopy.co.uk",
        date="2027-03-24 03:12:44 +0300", subj="Invoice #INV-88231 – Your subscription has been renewed",
        hdr=[("X-Priority", "1")],
        html_body="""<html><body style="font-family:Arial">
<div style="border:1px solid #ccc;padding:20px;width:560px">
<h2 style="color:#d40000">Thank you for your payment</h2>
<p>Dear Customer,</p>
<p>Your annual <b>Total Protection 360 Premium</b> subscription has been renewed automatically and the amount has been charged to your account on file.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Invoice No.</td><td>INV-88231</td></tr>
<tr><td>Product</td><td>Total Protection 360 Premium (5 devices)</td></tr>
<tr><td>Amount charged</td><td>$389.99</td></tr>
<tr><td>Date</td><td>03/24/2027</td></tr>
</table>
<p>If you did not authorize this renewal or want a refund, call our billing support within 24 hours: <b>+1 (808) 555-0199</b></p>
<p>Regards,<br>Billing Department</p>
</div></body></html>
""",
        label=L("other", "Spam/phishing dressed as a renewal invoice with a 'call us for a refund' number; not a payment received and not a client."))

# ==== END OF MESSAGES ====


# ============================================================================================
# writing and checking
def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_all():
    assert len(MESSAGES) == N, f"{len(MESSAGES)} messages, expected {N}"
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for m in MESSAGES:
        with open(os.path.join(HERE, m["name"]), "wb") as fh:
            fh.write(m["data"])
    out = ["# round18-en: 80 English replies after an invoice (UK, US, Irish, Australian and German, Dutch, Indian,",
           "# Polish, Italian writers; startups, agencies, AP teams and portals, PAs, sole traders), each written by",
           "# hand in make.py, with bank notices, auto-replies, bounces and other mail.", ""]
    for m in MESSAGES:
        out.append(f'[files."{m["name"]}"]')
        for k, v in m["label"].items():
            out.append(f"{k} = {('true' if v else 'false') if isinstance(v, bool) else toml_str(v)}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


def all_text(msg):
    out = []

    def visit(part):
        ct = part.get_content_type()
        if ct == "message/delivery-status":
            for block in part.get_payload():
                out.append(str(block))
        elif part.is_multipart():
            for sub in part.get_payload():
                visit(sub)
        elif ct in ("text/plain", "text/html", "text/rfc822-headers"):
            out.append(part.get_content())
    visit(msg)
    return "\n".join(out)


def flat(s):
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s)


def amount_forms(a):
    whole, cents = a.split(".")
    n = int(whole)
    com = f"{n:,}"
    forms = {f"{com}.{cents}", f"{whole}.{cents}", f"{com.replace(',', '.')},{cents}",
             f"{com.replace(',', ' ')},{cents}", f"{whole},{cents}"}
    if cents == "00":
        forms |= {com, whole}
    return forms


def expected_day(rule, local):
    kind = rule[0]
    if kind == "next":
        d = local + dt.timedelta(days=1)
        while d.weekday() != rule[1]:
            d += dt.timedelta(days=1)
        return d
    if kind == "tomorrow":
        return local + dt.timedelta(days=1)
    if kind == "eom":
        first_next = (local.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return first_next - dt.timedelta(days=1)
    if kind == "dom":
        d = local
        while d.day != rule[1]:
            d += dt.timedelta(days=1)
        return d
    raise ValueError(rule)


def check_all():
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert names == [fname(i) for i in range(1, N + 1)], "file set differs"
    assert sorted(labels) == names, "labels and files differ"
    errors = []
    counts = {}
    for m in MESSAGES:
        name, lab, own = m["name"], labels[m["name"]], m["own"]

        def bad(why):
            errors.append(f"{name}: {why}")
        with open(os.path.join(HERE, name), "rb") as fh:
            data = fh.read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                bad(f"defects {part.defects}")
        kind = lab.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KINDS:
            bad(f"kind {kind}")
        if lab.get("language") != "en" or lab.get("split") != "dev":
            bad("language/split")
        if not lab.get("note", "").strip():
            bad("no note")
        allowed = {"kind", "language", "split", "note", "amount", "currency", "reference"}
        allowed |= {"client-reply-promise": {"promised_date"}, "auto-reply": {"return_date"},
                    "bounce": {"failed_recipient", "permanent"}}.get(kind, set())
        if set(lab) - allowed:
            bad(f"keys not for {kind}: {set(lab) - allowed}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                bad(f"no {h}")
        when = msg["Date"].datetime
        local = when.date()
        if not (FIRST_DAY <= local <= LAST_DAY) or when.tzinfo is None:
            bad(f"date {when}")
        text = all_text(msg)
        ftext = flat(text)
        fown = flat(own)
        if not fown.strip() and kind != "bounce":
            bad("empty own text")
        probe = fown.strip()[:40]
        if probe and probe not in ftext:
            bad(f"own text not found in the message: {probe!r}")
        if kind.startswith("client-reply"):
            if not msg["In-Reply-To"] or not msg["References"]:
                bad("client reply without In-Reply-To/References")
            if not re.match(r"(?i)^(re|aw|rif|r|rv|sv|antw|wg)\s*:", str(msg["Subject"])):
                bad(f"subject {msg['Subject']}")
        if "amount" in lab:
            if not re.fullmatch(r"\d+\.\d\d", lab["amount"]):
                bad(f"amount format {lab['amount']}")
            elif not any(f in fown for f in amount_forms(lab["amount"])):
                bad(f"amount {lab['amount']} not in the sender's own words")
        if "currency" in lab:
            if "amount" not in lab or lab["currency"] not in ("EUR", "GBP", "USD", "AUD"):
                bad("currency")
        if "reference" in lab and lab["reference"] not in fown:
            bad(f"reference {lab['reference']} not in the sender's own words")
        if kind == "client-reply-promise" and "promised_date" in lab:
            pd = dt.date.fromisoformat(lab["promised_date"])
            if not (local <= pd <= local + dt.timedelta(days=120)):
                bad(f"promised_date {pd} vs {local}")
            rule = m["check"].get("pd")
            if rule and expected_day(rule, local) != pd:
                bad(f"promised_date {pd}, rule {rule} gives {expected_day(rule, local)}")
        if kind == "client-reply-promise" and "promised_date" not in lab and m["check"].get("pd"):
            bad("rule without promised_date")
        if kind == "auto-reply":
            if "return_date" in lab:
                rd = dt.date.fromisoformat(lab["return_date"])
                if not (local <= rd <= local + dt.timedelta(days=200)):
                    bad(f"return_date {rd} vs {local}")
                rule = m["check"].get("rd")
                if rule and expected_day(rule, local) != rd:
                    bad(f"return_date {rd}, rule {rule} gives {expected_day(rule, local)}")
        if kind == "bounce":
            fr = lab.get("failed_recipient")
            if not fr or "permanent" not in lab:
                bad("bounce facts missing")
            elif fr not in text:
                bad(f"failed recipient {fr} not in the report")
            codes = re.findall(r"(?<![\d.])([45])\.\d{1,3}\.\d{1,3}(?![\d.])", text)
            if lab.get("permanent") is True and ("5" not in codes or "4" in codes):
                bad(f"permanent but codes {codes}")
            if lab.get("permanent") is False and ("4" not in codes or "5" in codes):
                bad(f"temporary but codes {codes}")
        if kind == "payment-notification" and "amount" not in lab:
            bad("notice without amount")
    return errors, counts


def main():
    write_all()
    errors, counts = check_all()
    for k in KINDS:
        print(f"{k:22s} {counts.get(k, 0):3d}")
    print(f"{'total':22s} {sum(counts.values()):3d}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"ok: {N} messages written to {HERE} and checked")


if __name__ == "__main__":
    main()
