#!/usr/bin/env python3
"""round14-en: English-speaking clients (law firm, pharmacy, travel agency, driving school, restaurant
group, property manager, print shop, charity, hotel, online shop) replying to freelancers' invoices and
mailduns reminders, plus a little machine mail.

Every client's words below are hand-written. The shared parts are only MIME plumbing, HTML skeletons
and the quoted originals (rendered from the English reminder templates with invented values).

Run:  python3 make.py      -> writes r14n-NNNN.eml and labels.toml next to this file, then re-parses them.
Stdlib only (Python 3.11).
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import os
import quopri
import sys
from email.header import Header
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r14n"

# --------------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)
# --------------------------------------------------------------------------------------------------
OWNERS = {
    "tom": dict(name="Tom Byrne", email="tom@byrnedesign.ie", tz="Europe/Dublin", sym="€",
                beneficiary="Tom Byrne", iban="IE64 BOFI 9000 1723 4567 89", bic="BOFIIE2D"),
    "ale": dict(name="Alessandra Rossi", email="alessandra@example.it", tz="Europe/Rome", sym="€",
                beneficiary="Alessandra Rossi", iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
    "lucia": dict(name="Lucía Martín", email="lucia@martinestudio.es", tz="Europe/Madrid", sym="€",
                  beneficiary="Lucía Martín Ortega", iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX"),
    "megan": dict(name="Megan Hale", email="megan@halecopy.co.uk", tz="Europe/London", sym="£",
                  beneficiary="Megan Hale", iban="GB33 SRLG 6083 7101 2345 67", bic="SRLGGB2L"),
    "dan": dict(name="Dan Okafor", email="dan@okaforweb.com", tz="America/New_York", sym="$",
                beneficiary="Okafor Web Studio LLC", iban=None, bic=None,
                link="https://pay.okaforweb.com/i/{inv}"),
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]


def money(owner, value):
    """'1350.00' -> '£1,350.00' in the owner's currency, the way the reminders print it."""
    sym = OWNERS[owner]["sym"]
    return f"{sym}{float(value):,.2f}"


def longdate(s):
    d = dt.date.fromisoformat(s)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def parse_local(s, tz):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


# --------------------------------------------------------------------------------------------------
# The originals that clients reply to: mailduns reminders (rendered from templates/en by hand-rolled
# code, with invented values) and the freelancers' own invoice emails.
# --------------------------------------------------------------------------------------------------
def payment_block(o, inv, show=True):
    ow = OWNERS[o]
    if not show:
        return "The payment details are on the invoice, in my original email in this thread."
    lines = ["Payment details:", f"- Account name: {ow['beneficiary']}"]
    if ow.get("iban"):
        lines += [f"- IBAN: {ow['iban']}", f"- BIC (SWIFT): {ow['bic']}", f"- Payment reference: {inv}"]
    if ow.get("link"):
        lines.append(f"- Pay online: {ow['link'].format(inv=inv)}")
    return "\n".join(lines)


def render(q):
    """q: dict(o, tpl, inv, amount, due, dear, ...). Returns the reminder text as mailduns sends it."""
    o = q["o"]
    ow = OWNERS[o]
    inv = q.get("inv")
    amt = f" for {money(o, q['amount'])}" if q.get("amount") else ""
    due = longdate(q["due"]) if q.get("due") else ""
    dear = q.get("dear", "Hello,")
    pay = payment_block(o, inv, q.get("pay", True))
    tpl = q["tpl"]
    sign = "Kind regards,"
    if tpl == "courtesy":
        issue = f", issued on {longdate(q['issued'])}," if q.get("issued") else ""
        body = (f"This is a friendly reminder that invoice {inv}{amt}{issue} is due for payment on {due}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif tpl == "due":
        body = (f"This is a quick reminder that invoice {inv}{amt} is due for payment today, {due}.\n\n"
                "If you have already paid, thank you, and please disregard this reminder.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif tpl == "due_late":
        body = (f"This is a quick reminder that invoice {inv}{amt} was due for payment on {due}. If it has not "
                "been paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
                "If you have already paid, thank you, and please disregard this reminder.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif tpl == "reminder":
        body = (f"According to my records, invoice {inv}{amt}, due on {due}, has not yet been paid. It may simply "
                "have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                "convenience.\n\n"
                + (q["fees"] + "\n\n" if q.get("fees") else "")
                + "If you have already paid, thank you – please let me know the payment date so that I can update "
                "my records. If there is a problem with the invoice, please reply to this email and we can sort "
                f"it out.\n\n{pay}")
    elif tpl == "late_fee":
        body = (f"Invoice {inv}{amt}, due on {due}, is now {q['days_late']} days overdue.\n\n"
                + (q["fees"] + "\n\n" if q.get("fees") else "")
                + f"Please arrange payment{' of the total above' if q.get('fees') else ''} by "
                f"{longdate(q['deadline'])}. If payment is already on its way, thank you – please let me know the "
                "date it was made. If there is a problem with the invoice or with the timing, please reply to "
                f"this email and we can find a solution.\n\n{pay}")
    elif tpl == "suspension":
        body = (f"I am writing again about invoice {inv}{amt}, which was due on {due} and remains unpaid.\n\n"
                f"If payment is not received by {longdate(q['deadline'])}, I may have to suspend work in progress "
                f"and any services I provide to you from {longdate(q['suspend'])} until the account is settled. "
                "If something is making payment difficult – for example, if you need to pay in instalments – "
                f"please reply to this email and we can agree a solution.\n\n{pay}")
    elif tpl == "promise_followup":
        if q.get("promise_date"):
            first = (f"Thank you for letting me know that invoice {inv}{amt} would be paid by "
                     f"{longdate(q['promise_date'])}.")
        else:
            first = (f"Thank you for your earlier message about invoice {inv}{amt}, which was due on {due}.")
        body = (first + "\n\nThe payment has not reached me yet. If it is already on its way, thank you – please "
                "let me know the date it was made. If you need a little more time, could you let me know when I "
                f"can expect it?\n\n{pay}")
    elif tpl == "paid_claim_followup":
        paid_on = f" (by a transfer made on {longdate(q['paid_on'])})" if q.get("paid_on") else ""
        body = (f"Thank you for letting me know on {longdate(q['claim_date'])} that invoice {inv}{amt} has been "
                f"paid{paid_on}.\n\nHowever, the payment has not reached my account yet. Bank transfers sometimes "
                "take a few extra days, and occasionally a payment is sent to out-of-date bank details. To help "
                "me trace it, could you please send me the date and reference of the transfer, or a copy of the "
                "payment confirmation?\n\nIf the transfer was made only in the last day or two, it is probably "
                "still on its way, and there is no need to do anything further. Thank you for your help.")
    elif tpl == "statement":
        lines = []
        total = 0.0
        for (n, issued, d, late, a) in q["invoices"]:
            total += float(a)
            lines.append(f"- {n}, issued on {longdate(issued)}, due on {longdate(d)} ({late} days overdue): "
                         f"{money(o, a)}")
        body = ("According to my records, the following invoices are still outstanding:\n\n" + "\n".join(lines)
                + f"\n\nTotal due: {money(o, f'{total:.2f}')}\n\n"
                f"Please arrange payment by {longdate(q['deadline'])}. If some of these invoices have already "
                "been paid, thank you – please let me know which ones and the payment dates, so that I can update "
                "my records. If there is a problem with any of them, please reply to this email and we can sort "
                "it out.\n\n"
                + ("The payment details are on the invoices, in the emails they were sent with."
                   if not q.get("pay", True) else pay.replace(f"- Payment reference: {inv}",
                                                               "- Payment reference: the invoice numbers")))
    elif tpl == "final":
        dear_f = q.get("dear_formal", "Dear Sir or Madam,")
        sign = "Yours faithfully," if "Sir or Madam" in dear_f else "Yours sincerely,"
        head = (f"Final notice before debt recovery\n\nTo: {q['client_name']}\nDate: {longdate(q['today'])}\n"
                f"Invoice: {inv}, issued on {longdate(q['issued'])}, due on {due}\n"
                f"Amount due: {money(o, q['amount'])}\nPayment deadline: {longdate(q['deadline'])}\n\n{dear_f}\n\n")
        body = (f"Despite my previous reminders, invoice {inv}{amt}, which was due for payment on {due}, remains "
                f"unpaid.\n\nI therefore formally request payment of {money(o, q['amount'])} by "
                f"{longdate(q['deadline'])}.\n\nIf payment is not received by that date, I intend to take steps to "
                "recover the debt. These may include referring the matter to a debt collection agency or a "
                "solicitor and, if necessary, starting court proceedings.\n\nI would much rather resolve this with "
                "you directly. If there is a reason for the delay, or if you would like to propose a payment plan, "
                f"please reply to this email before {longdate(q['deadline'])}.\n\nIf you have paid in the meantime, "
                "thank you, and please accept my apologies for this notice; it would help if you could let me know "
                f"the payment date so that I can update my records.\n\n{pay}")
        return head + body + f"\n\n{sign}\n{ow['name']}"
    elif tpl == "thank_you":
        body = (f"Thank you for your payment of {money(o, q['amount'])} for invoice {inv}, which I received on "
                f"{longdate(q['paid_on'])}.\n\nIf there is anything else I can do for you, just let me know.")
        amt = ""
    elif tpl == "invoice":
        return q["text"]
    else:
        raise ValueError(tpl)
    return f"{dear}\n\n{body}\n\n{sign}\n{ow['name']}"


# --------------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------------
def _quote_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def attribution(style, q, sent_local, client_tz):
    ow = OWNERS[q["o"]]
    t = sent_local.astimezone(ZoneInfo(client_tz))
    who = f"{ow['name']} <{ow['email']}>"
    if style in ("gmail", "gmail_html"):
        return f"On {t.strftime('%a')}, {t.day} {t.strftime('%b')} {t.year} at {t.strftime('%H:%M')}, {who} wrote:"
    if style in ("gmail_us", "gmail_us_html"):
        h = t.strftime('%I').lstrip('0')
        return (f"On {t.strftime('%a')}, {t.strftime('%b')} {t.day}, {t.year} at {h}:{t.strftime('%M')} "
                f"{t.strftime('%p')} {who} wrote:")
    if style in ("apple", "ios", "apple_html"):
        return f"On {t.day} {t.strftime('%b')} {t.year}, at {t.strftime('%H:%M')}, {who} wrote:"
    if style == "thunderbird":
        return f"On {t.day:02d}/{t.month:02d}/{t.year} {t.strftime('%H:%M')}, {ow['name']} wrote:"
    raise ValueError(style)


def outlook_header(style, q, sent_local, client_tz, to_line, subject):
    ow = OWNERS[q["o"]]
    t = sent_local.astimezone(ZoneInfo(client_tz))
    who = f"{ow['name']} <{ow['email']}>"
    if style == "outlook_de":
        return (f"Von: {who}\nGesendet: {DAYS_DE[t.weekday()]}, {t.day}. {MONTHS_DE[t.month-1]} {t.year} "
                f"{t.strftime('%H:%M')}\nAn: {to_line}\nBetreff: {subject}")
    if style == "outlook_nl":
        return (f"Van: {who}\nVerzonden: {DAYS_NL[t.weekday()]} {t.day} {MONTHS_NL[t.month-1]} {t.year} "
                f"{t.strftime('%H:%M')}\nAan: {to_line}\nOnderwerp: {subject}")
    if style in ("outlook_us", "outlook_us_html"):
        h = t.strftime('%I').lstrip('0')
        return (f"From: {who}\nSent: {DAYS[t.weekday()]}, {MONTHS[t.month-1]} {t.day}, {t.year} {h}:"
                f"{t.strftime('%M')} {t.strftime('%p')}\nTo: {to_line}\nSubject: {subject}")
    # UK Outlook
    return (f"From: {who}\nSent: {t.day} {MONTHS[t.month-1]} {t.year} {t.strftime('%H:%M')}\n"
            f"To: {to_line}\nSubject: {subject}")


def text_with_quote(body, m):
    q = m.get("quote")
    if not q:
        return body
    style = q["style"]
    orig = render(q)
    sent = parse_local(q["sent"], OWNERS[q["o"]]["tz"])
    ctz = m["tz"]
    if style in ("gmail", "gmail_us", "gmail_html", "gmail_us_html", "thunderbird", "apple", "apple_html"):
        return f"{body}\n\n{attribution(style, q, sent, ctz)}\n\n{_quote_lines(orig)}\n"
    if style == "ios":
        return f"{body}\n\n> {attribution(style, q, sent, ctz)}\n> \n{_quote_lines(orig)}\n"
    if style.startswith("outlook"):
        hdr = outlook_header(style, q, sent, ctz, m["orig_to"], m["orig_subject"])
        sep = "-----Original Message-----" if q.get("classic") else "_" * 32
        return f"{body}\n\n{sep}\n{hdr}\n\n{orig}\n"
    if style == "none":
        return body
    if style == "samsung":
        t = sent.astimezone(ZoneInfo(ctz))
        ow = OWNERS[q["o"]]
        off = t.utcoffset().total_seconds() / 3600
        return (f"{body}\n\n\n-------- Original message --------\nFrom: {ow['name']} <{ow['email']}> \n"
                f"Date: {t.strftime('%d/%m/%Y %H:%M')} (GMT{'+' if off >= 0 else '-'}{int(abs(off)):02d}:00) \n"
                f"To: {m['orig_to']} \nSubject: {m['orig_subject']} \n\n{orig}\n")
    if style == "bottom":  # bottom-posting under a '>' quote
        return f"{attribution('gmail', q, sent, ctz)}\n\n{_quote_lines(orig)}\n\n{body}\n"
    raise ValueError(style)


def esc_par(text):
    """Plain text -> HTML paragraphs."""
    out = []
    for par in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in par.split("\n")) + "</p>")
    return "\n".join(out)


def outlook_par(text):
    out = []
    for par in text.strip("\n").split("\n\n"):
        for l in par.split("\n"):
            out.append(f'<p class="MsoNormal">{html.escape(l) or "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def html_with_quote(body, m):
    q = m.get("quote")
    style = q["style"] if q else m.get("html_style", "gmail_html")
    if q and style == "none":
        q, style = None, m.get("html_style", "gmail_html")
    if style.startswith("outlook"):
        parts = [OUTLOOK_HEAD.replace("{charset}", m.get("charset", "utf-8")), outlook_par(body)]
        if q:
            sent = parse_local(q["sent"], OWNERS[q["o"]]["tz"])
            hdr = outlook_header(style, q, sent, m["tz"], m["orig_to"], m["orig_subject"])
            hl = hdr.split("\n")
            rows = "<br>\n".join(
                f"<b>{html.escape(l.split(':', 1)[0])}:</b>{html.escape(l.split(':', 1)[1])}" for l in hl)
            parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                         f'<p class="MsoNormal"><span lang="EN-US">{rows}</span></p></div>')
            parts.append(outlook_par(render(q)))
        parts.append("</div></body></html>")
        return "\n".join(parts)
    if style.startswith("apple"):
        s = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
             + esc_par(body))
        if q:
            sent = parse_local(q["sent"], OWNERS[q["o"]]["tz"])
            s += (f'<div><br><blockquote type="cite"><div>{html.escape(attribution("apple", q, sent, m["tz"]))}'
                  f'</div><br><div>{esc_par(render(q))}</div></blockquote></div>')
        return s + "</body></html>"
    # gmail
    s = f'<div dir="ltr">{esc_par(body)}</div>'
    if q:
        sent = parse_local(q["sent"], OWNERS[q["o"]]["tz"])
        attr = attribution("gmail_us" if "us" in style else "gmail", q, sent, m["tz"])
        s += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
              f'{html.escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{esc_par(render(q))}</blockquote></div>')
    return s


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:"Cambria Math";}
@font-face {font-family:Calibri;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}
.MsoChpDefault {mso-style-type:export-only;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">"""


# --------------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------------
def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name, email_addr):
    if not name:
        return email_addr
    return formataddr((name, email_addr), charset="utf-8")


def leaf(ctype, payload, charset=None, cte="8bit", filename=None, inline=False, extra=None, cp1252=False):
    """One MIME leaf -> bytes. payload is str (text) or bytes."""
    if isinstance(payload, str):
        codec = "cp1252" if cp1252 else (charset or "utf-8")
        data = payload.encode(codec)
    else:
        data = payload
    h = []
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"'
    if filename:
        ct += f'; name="{filename}"'
    h.append(f"Content-Type: {ct}")
    if filename:
        disp = "inline" if inline else "attachment"
        h.append(f'Content-Disposition: {disp}; filename="{filename}"')
    for k, v in (extra or {}).items():
        h.append(f"{k}: {v}")
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        if cte == "7bit":
            try:
                data.decode("ascii")
            except UnicodeDecodeError:
                cte = "8bit"
        body = data if data.endswith(b"\n") else data + b"\n"
    h.append(f"Content-Transfer-Encoding: {cte}")
    return ("\n".join(h) + "\n\n").encode("ascii") + body


def multipart(subtype, parts, boundary, extra_ct=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra_ct}\n\n'.encode("ascii")]
    out.append(b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b"")
    for p in parts:
        out.append(f"--{boundary}\n".encode("ascii"))
        out.append(p)
        out.append(b"\n")
    out.append(f"--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
            f"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% {title}\n"
            "trailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def mid(n, domain, style=""):
    h = hashlib.sha1(f"{PREFIX}-{n}-{domain}".encode()).hexdigest()
    if style == "gmail":
        return f"<CA{h[:10].upper()}+{h[10:30]}_{h[30:36]}@mail.gmail.com>"
    if style == "outlook":
        return f"<{h[:4].upper()}PR0{h[4:5]}MB{h[5:9].upper()}{h[9:20].upper()}@{h[20:24].upper()}PR0{h[24]}MB{h[25:29].upper()}.eurprd0{int(h[29],16)%9+1}.prod.outlook.com>"
    if style == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    return f"<{h[:20]}.{h[20:30]}@{domain}>"


def orig_mid(q):
    h = hashlib.sha1(f"{q['o']}-{q.get('inv')}-{q['sent']}".encode()).hexdigest()
    return f"<{h[:24]}@mailduns.{OWNERS[q['o']]['email'].split('@')[1]}>"


# --------------------------------------------------------------------------------------------------
# Message list
# --------------------------------------------------------------------------------------------------
MSGS = []


def msg(**m):
    """Client reply. Keys: o (owner), frm=(name, addr), date, tz, subject, body, quote (dict), fmt
    ('plain'|'alt'|'html'), charset, cte, cp1252, attach=[(name, ctype, bytes)], cc, hdr (extra headers),
    mua ('gmail'|'outlook'|'apple'|...), label (dict)."""
    MSGS.append(("reply", m))


def raw(**m):
    """Machine mail built from explicit parts: headers (dict), mime (bytes of the top MIME entity), label."""
    MSGS.append(("raw", m))


def build_reply(n, m):
    o = m["o"]
    ow = OWNERS[o]
    q = m.get("quote")
    if q is not None:
        q.setdefault("o", o)
    to_name, to_addr = m.get("to", (ow["name"], ow["email"]))
    m.setdefault("orig_to", f"{m['frm'][0]} <{m['frm'][1]}>" if m['frm'][0] else m['frm'][1])
    if q:
        m.setdefault("orig_subject", q.get("subject") or m["subject"].split(":", 1)[-1].strip())
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    fmt = m.get("fmt", "plain")
    text = text_with_quote(m["body"], m)
    cp = m.get("cp1252", False)
    parts = []
    if fmt == "plain":
        core = leaf("text/plain", text, charset, cte, cp1252=cp)
    elif fmt == "html":
        core = leaf("text/html", html_with_quote(m["body"], m), charset, cte, cp1252=cp)
    else:
        b = "alt_" + hashlib.md5(f"{n}a".encode()).hexdigest()[:20]
        core = multipart("alternative", [leaf("text/plain", text, charset, cte, cp1252=cp),
                                         leaf("text/html", html_with_quote(m["body"], m), charset, cte, cp1252=cp)],
                         b)
    if m.get("attach"):
        parts = [core] + [leaf(ct, data, None, "base64", filename=fn, inline=ct.startswith("image/"))
                          for fn, ct, data in m["attach"]]
        core = multipart("mixed", parts, "mix_" + hashlib.md5(f"{n}m".encode()).hexdigest()[:20])
    d = parse_local(m["date"], m["tz"])
    domain = m["frm"][1].split("@")[1]
    hdrs = [("From", addr(*m["frm"])), ("To", addr(to_name, to_addr))]
    if m.get("cc"):
        hdrs.append(("Cc", ", ".join(addr(*c) for c in m["cc"])))
    hdrs += [("Subject", enc_header(m["subject"])), ("Date", format_datetime(d)),
             ("Message-ID", mid(n, domain, m.get("mua", "")))]
    if q:
        hdrs += [("In-Reply-To", orig_mid(q)), ("References", orig_mid(q))]
    elif m.get("irt"):
        hdrs += [("In-Reply-To", m["irt"]), ("References", m["irt"])]
    hdrs.append(("MIME-Version", "1.0"))
    mua = {"outlook": "Microsoft Outlook 16.0", "apple": "Apple Mail (2.3826.300.87.4.3)",
           "ios": "iPhone Mail (22B91)", "thunderbird": None}.get(m.get("mua", ""))
    if mua and m.get("mua") != "outlook":
        hdrs.append(("X-Mailer", mua))
    if m.get("mua") == "outlook":
        hdrs.append(("Thread-Index", base64.b64encode(hashlib.md5(f"{n}".encode()).digest()[:22]).decode()))
        hdrs.append(("Content-Language", m.get("lang_hdr", "en-GB")))
    for k, v in m.get("hdr", {}).items():
        hdrs.append((k, v))
    head = "".join(f"{k}: {v}\n" for k, v in hdrs).encode("utf-8")
    return head + core


def build_raw(n, m):
    hdrs = list(m["headers"].items())
    head = "".join(f"{k}: {v}\n" for k, v in hdrs).encode("utf-8")
    return head + ("MIME-Version: 1.0\n".encode() if "MIME-Version" not in m["headers"] else b"") + m["mime"]


def toml_str(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


# Message definitions follow (msgs_*.py-style sections appended below).


# ==================================================================================================
# PAID (client says it has been paid)
# ==================================================================================================
KILBRIDE = ("Siobhán Kilbride", "siobhan@kilbridepharmacy.ie")
msg(o="tom", frm=KILBRIDE, date="2026-11-17 10:12", tz="Europe/Dublin", mua="gmail", fmt="alt",
    subject="Re: Reminder: invoice INV-2026-118",
    quote=dict(style="gmail", tpl="reminder", inv="INV-2026-118", amount="480.00", due="2026-11-10",
               sent="2026-11-17 09:00", dear="Dear Siobhán Kilbride,"),
    body="Done ✅ sorry Tom!\n\nSiobhán",
    label=dict(kind="client-reply-paid",
               note="one word 'Done' + emoji as the whole answer to a payment reminder = paid; no verb, no amount"))

msg(o="megan", frm=("Deborah Finch", "d.finch@hartleyquinn.co.uk"), date="2026-11-25 14:37", tz="Europe/London",
    mua="outlook", fmt="alt", subject="RE: Reminder: invoice MH-0214",
    quote=dict(style="outlook", tpl="reminder", inv="MH-0214", amount="1350.00", due="2026-11-13",
               sent="2026-11-20 09:00", dear="Dear Accounts Team,"),
    attach=[("Remittance Advice - Hale M - 25.11.2026.pdf", "application/pdf",
             fake_pdf("Remittance advice MH-0214 GBP 1350.00 BACS 24/11/2026"))],
    body="""Dear Ms Hale,

Thank you for your email.

Please be advised that your invoice MH-0214 in the sum of £1,350.00 was settled by BACS on 24 November 2026. Please find attached a copy of our remittance advice for your records.

Kind regards,

Deborah Finch
Cashier
Hartley & Quinn Solicitors LLP
4th Floor, 21 Spring Gardens, Manchester M2 1FB
T: 0161 496 0732

Hartley & Quinn Solicitors LLP is a limited liability partnership registered in England and Wales (OC412876) and is authorised and regulated by the Solicitors Regulation Authority (SRA No. 640213). A list of members is available at our registered office.

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Hartley & Quinn will never notify you of a change to our bank details by email. Please call us on a known number to verify any payment instructions before sending money to us.""",
    label=dict(kind="client-reply-paid", amount="1350.00", currency="GBP", reference="MH-0214",
               note="law-firm cashier, formal 'settled by BACS' + remittance PDF; the footer talks about bank "
                    "details and sending money, which is boilerplate"))

msg(o="tom", frm=("Bruce McAllister", "bruce@steerclear.co.nz"), date="2026-11-20 08:14", tz="Pacific/Auckland",
    mua="gmail", subject="Re: Reminder: invoice INV-2026-115",
    quote=dict(style="gmail", tpl="reminder", inv="INV-2026-115", amount="890.00", due="2026-11-06",
               sent="2026-11-18 09:00", dear="Dear Bruce McAllister,"),
    body="""Gidday Tom,

Sorry mate, totally slipped my mind with the school holidays and the Christmas rush of learners wanting their tests done. Have just paid it off the business account - it's an international one so it'll probably take a couple of days to turn up your end.

Cheers
Bruce

Bruce McAllister
Steer Clear Driving School
Ph 03 348 2210 | 027 441 8820
"Safe drivers for life\"""",
    label=dict(kind="client-reply-paid",
               note="NZ driving school, colloquial; 'have just paid it' with a delay caveat; sender 13h ahead "
                    "of the owner"))

msg(o="megan", frm=("Accounts Payable", "ap@emberandoak.co.uk"), date="2026-12-02 11:05", tz="Europe/London",
    mua="outlook", fmt="alt", subject="RE: Reminder: invoice MH-0223",
    quote=dict(style="outlook", tpl="due_late", inv="MH-0223", amount="480.00", due="2026-11-27",
               sent="2026-12-01 09:00", dear="Dear Accounts Team,"),
    body="""Hi Megan,

This was processed in yesterday's payment run – you should see it in your account within 2-3 working days.

Kind regards,

Accounts Payable
Ember & Oak Group Ltd
ap@emberandoak.co.uk
Please quote a valid Ember & Oak PO number on all invoices to avoid delays in payment.""",
    label=dict(kind="client-reply-paid",
               note="restaurant group AP: 'processed in yesterday's payment run' = paid with no payment verb; "
                    "the PO footer is boilerplate, not a request"))

msg(o="tom", frm=("Maura Dempsey", "treasurer@wicklowhillsfriends.ie"), date="2026-12-07 21:48",
    tz="Europe/Dublin", mua="gmail", subject="Re: Reminder: invoice INV-2026-122",
    quote=dict(style="none", tpl="reminder", inv="INV-2026-122", amount="650.00", due="2026-11-20",
               sent="2026-12-01 09:00"),
    body="""Hi Tom,

Apologies for going quiet on you – it's been a mad few weeks here. The Christmas walk went ahead on Sunday in the end, despite the forecast, and we had nearly 140 people turn up which is a record for us. Fr. Kinsella did the blessing at the start and the soup afterwards in the community hall went down a treat. Someone from the Wicklow People took photos so hopefully we'll get a bit of coverage.

The calendars are flying out the door, by the way. Lorraine in the pharmacy in Roundwood has sold 60 already and keeps asking for more. Several people have commented on the cover photo and the layout in general, so well done, it really looks the part. We might do a reprint of 200 in January if you think the printer could manage it at the same price?

Oh and I finally got the transfer done for the calendar invoice (INV-2026-122) on Friday – apologies it took so long, the committee needs two signatures on everything and Paddy was in Lanzarote for a fortnight!

Also, would you be around for a quick chat some evening about next year's AGM flyer? No rush at all.

Happy Christmas if I don't talk to you before,
Maura

Maura Dempsey
Hon. Treasurer, Friends of the Wicklow Hills
Registered Charity Number 20081457""",
    label=dict(kind="client-reply-paid", reference="INV-2026-122",
               note="long chatty charity mail; the one sentence that matters is in the third paragraph; also "
                    "asks about a reprint and a call"))

msg(o="ale", frm=("Jürgen Hoffmann", "j.hoffmann@hotel-seeblick.de"), date="2026-12-03 16:22", tz="Europe/Berlin",
    mua="outlook", charset="iso-8859-1", cp1252=True, cte="quoted-printable", lang_hdr="de-DE",
    subject="AW: Reminder: invoice 38/2026",
    quote=dict(style="outlook_de", tpl="reminder", inv="38/2026", amount="2440.00", due="2026-11-25",
               sent="2026-12-01 09:00", dear="Dear Jürgen Hoffmann,"),
    body="""Dear Mrs. Rossi,

please excuse the late. The payment of your invoice 38/2026 over 2.440,00 EUR we have made today with value date 04.12.2026. Please control the receipt and give us a short feedback.

With kind regards from the Lake Constance

Jürgen Hoffmann
Direktion / Management

Hotel Seeblick ****
Seepromenade 12 · 88131 Lindau (Bodensee)
Tel. +49 8382 9461-0 · Fax -99
www.hotel-seeblick.de

Hotel Seeblick Betriebs GmbH · Sitz Lindau · Amtsgericht Kempten HRB 9174 · Geschäftsführer: Jürgen Hoffmann""",
    label=dict(kind="client-reply-paid", amount="2440.00", reference="38/2026",
               note="German hotel, non-native English ('please control the receipt' = check); German number "
                    "format 2.440,00; a value date one day after the message does not make it a promise; "
                    "iso-8859-1 declared with cp1252 bytes (en dash in the quote)"))

msg(o="lucia", frm=("Thandi Mokoena", "thandi@kraalandco.co.za"), date="2026-12-09 13:40", tz="Africa/Johannesburg",
    mua="gmail", fmt="alt", subject="Re: Reminder: invoice 2026-047",
    quote=dict(style="gmail", tpl="reminder", inv="2026-047", amount="1050.00", due="2026-11-30",
               sent="2026-12-07 09:00", dear="Dear Thandi Mokoena,"),
    attach=[("POP Martin Estudio 2026-047.pdf", "application/pdf", fake_pdf("FNB proof of payment EUR 1050.00"))],
    body="""Hi Lucía

Payment went off on Monday – the EFT to Spain was a bit of a mission through our bank (they wanted a BOP code and a whole lot of paperwork) but it's finally through. Proof of payment attached.

Sorry about the delay, it's been chaos here with load shedding and the Black Friday orders.

Thandi

Thandi Mokoena | Founder
Kraal & Co. – Handmade homeware from the Cape
www.kraalandco.co.za | @kraalandco""",
    label=dict(kind="client-reply-paid",
               note="South African online shop; 'payment went off on Monday' + proof of payment PDF; the invoice "
                    "number appears only in the attachment name"))

msg(o="megan", frm=("Gaz Pritchard", "gaz@inkwellprint.co.uk"), date="2026-11-12 17:03", tz="Europe/London",
    mua="ios", subject="Re: Reminder: invoice MH-0212",
    quote=dict(style="ios", tpl="reminder", inv="MH-0212", amount="185.00", due="2026-11-05",
               sent="2026-11-12 09:00", dear="Dear Gaz Pritchard,"),
    body="all sorted mate 👍\n\nSent from my iPhone",
    label=dict(kind="client-reply-paid", note="Bristol print shop, three words from a phone: 'all sorted' = paid"))

msg(o="dan", frm=("Colleen Bouchard", "cbouchard@parksidepm.ca"), date="2026-12-14 10:31", tz="America/Toronto",
    mua="outlook", fmt="alt", lang_hdr="en-US", subject="RE: Reminder: invoice 1091",
    quote=dict(style="outlook_us", tpl="reminder", inv="1091", amount="2150.00", due="2026-11-30",
               sent="2026-12-14 09:00", dear="Dear Accounts Team,"),
    body="""Hi Dan,

We paid invoice #1091 last Thursday by wire ($2,150 USD). Our bank says it's cleared on their end – can you confirm it's arrived?

Thanks,
Colleen

Colleen Bouchard
Office Manager | Parkside Property Management Inc.
2200 Yonge St, Suite 1405, Toronto ON M4S 2C6
T 416-555-0142""",
    label=dict(kind="client-reply-paid", amount="2150.00", currency="USD", reference="1091",
               note="Toronto property manager: paid + asks to confirm receipt; question does not change the kind"))

msg(o="lucia", frm=("Accounts - Yatra Bliss Holidays", "accounts@yatrabliss.in"), date="2026-12-16 15:52",
    tz="Asia/Kolkata", mua="outlook", fmt="alt", subject="RE: Reminder: invoice 2026-052",
    quote=dict(style="outlook", tpl="reminder", inv="2026-052", amount="1600.00", due="2026-12-05",
               sent="2026-12-14 09:00", dear="Dear Accounts Team,"),
    attach=[("SWIFT_MT103_HDFC_16122026.pdf", "application/pdf", fake_pdf("MT103 EUR 1600.00 LUCIA MARTIN ORTEGA"))],
    body="""Dear Madam,

Greetings from Yatra Bliss Holidays!!

This is to inform you that the payment against your invoice no. 2026-052 has been released today through SWIFT from our HDFC Bank account. Please find attached the SWIFT copy (MT103) for your kind reference.

Kindly check and confirm the receipt of funds at your end at the earliest.

Thanks & Regards,
Rajesh Iyer
Accounts Executive
Yatra Bliss Holidays Pvt. Ltd.
No. 42, 2nd Floor, 100 Feet Road, Indiranagar, Bengaluru - 560038
Mob: +91 98450 31207

Please consider the environment before printing this e-mail.""",
    label=dict(kind="client-reply-paid", reference="2026-052",
               note="Indian travel agency, Indian English ('payment ... has been released', 'kindly'); MT103 "
                    "copy attached; asks to confirm receipt"))

msg(o="ale", frm=("Sanne de Vries", "sanne@devriesfietsen.nl"), date="2026-11-26 09:15", tz="Europe/Amsterdam",
    mua="gmail", fmt="alt", subject="Fwd: Your transfer has been executed",
    body="""Hi Alessandra,

here you go 🙂

Groetjes,
Sanne

---------- Doorgestuurd bericht ---------
Van: ING Zakelijk <noreply@ing.nl>
Date: wo 25 nov 2026 om 17:02
Subject: Your transfer has been executed
To: <sanne@devriesfietsen.nl>


Dear Sir/Madam,

Your transfer has been executed.

Amount:           EUR 915,00
To:               Alessandra Rossi
IBAN:             IT60 X054 2811 1010 0000 0123 456
Description:      Invoice 41/2026 De Vries Fietsen
Execution date:   25-11-2026

Kind regards,
ING

This is an automatically generated e-mail. Replies to this address are not read.""",
    label=dict(kind="client-reply-paid", amount="915.00",
               note="Dutch online bike shop forwards her bank's outgoing-transfer confirmation with just 'here you "
                    "go'; not a bank notice to the owner but a client reply; amount from the forwarded "
                    "confirmation, the invoice number only in the bank's description so no reference"))

msg(o="dan", frm=("Patricia Kowalski", "pkowalski@cedarlanelaw.com"), date="2026-12-08 16:45",
    tz="America/New_York", mua="outlook", fmt="alt", lang_hdr="en-US", subject="RE: Reminder: invoice 1089",
    quote=dict(style="outlook_us", tpl="reminder", inv="1089", amount="3400.00", due="2026-11-20",
               sent="2026-12-07 09:00", dear="Dear Accounts Team,"),
    body="""Dan,

Apologies for the delay on this — our managing partner was in trial most of November and the check run got pushed. A check for $3,400.00 was mailed to your Brooklyn address on 12/4.

If it hasn't shown up by the end of next week, let me know and I'll have it voided and reissued.

Best,
Patricia

Patricia Kowalski
Office Manager
Cedar Lane Law LLP
75 State Street, 9th Floor | Boston, MA 02109
(617) 555-0188

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information protected by the attorney-client privilege. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.""",
    label=dict(kind="client-reply-paid", amount="3400.00", currency="USD",
               note="Boston law firm: a check already mailed on 12/4 (US date) = paid; 'void and reissue' is "
                    "conditional"))

msg(o="lucia", frm=("Jade Walker", "jade@bondisurfsupply.com.au"), date="2026-11-24 07:58", tz="Australia/Sydney",
    mua="apple", fmt="alt", subject="Re: Reminder: invoice 2026-049",
    quote=dict(style="apple", tpl="reminder", inv="2026-049", amount="1180.00", due="2026-11-20",
               sent="2026-11-23 09:00", dear="Dear Jade Walker,"),
    body="Hey Lucía! Paid via Wise just now, ref 2026-049. Should land tomorrow your time 🤙\n\nJade",
    label=dict(kind="client-reply-paid", reference="2026-049",
               note="Sydney surf shop, one line with emoji; 'ref 2026-049' names the invoice"))

msg(o="dan", frm=("Mélanie Arsenault", "ap@harbourviewhotel.ca"), date="2026-12-10 15:20", tz="America/Halifax",
    mua="outlook", fmt="html", lang_hdr="en-CA", subject="RE: Reminder: invoice 1095",
    quote=dict(style="outlook_us_html", tpl="reminder", inv="1095", amount="4800.00", due="2026-11-30",
               sent="2026-12-09 09:00", dear="Dear Accounts Team,"),
    body="""Good afternoon Dan,

Payment for invoice 1095 has been processed through our AP system by EFT (payment ID 448812). Please allow 3–5 business days for the funds to appear.

Regards,

Mélanie Arsenault
Accounts Payable Clerk
Harbourview Hotel & Conference Centre
1919 Upper Water St, Halifax NS B3J 3J5
902-555-0177""",
    label=dict(kind="client-reply-paid", reference="1095",
               note="Halifax hotel AP, HTML-only Outlook; 'processed ... by EFT' = paid"))

msg(o="megan", frm=("Nikhil Patel", "nikhil@patelschemist.co.uk"), date="2026-12-04 12:20", tz="Europe/London",
    mua="thunderbird", subject="Re: Reminder: invoice MH-0221",
    quote=dict(style="thunderbird", tpl="reminder", inv="MH-0221", amount="420.00", due="2026-11-27",
               sent="2026-12-04 09:00", dear="Dear Nikhil Patel,"),
    body="""Hi Megan,

I paid this on the 2nd but I think I might have put the wrong reference on it - I used our account number (PC-0417) instead of MH-0221, sorry! It was £420 from Patel's Chemist Ltd. Let me know if you can't match it up.

Nikhil

--
Nikhil Patel MRPharmS
Superintendent Pharmacist
Patel's Chemist, 118 Narborough Road, Leicester LE3 0BT
GPhC premises reg. 1029384""",
    label=dict(kind="client-reply-paid", amount="420.00", currency="GBP", reference="MH-0221",
               note="Leicester pharmacy: paid with the wrong bank reference; a second reference-like code "
                    "PC-0417 is the client's account number, not the invoice"))

msg(o="tom", frm=("Fergal Nolan", "fergal@nolanaccountants.ie"), date="2026-12-03 11:02", tz="Europe/Dublin",
    mua="outlook", fmt="alt", cc=[("Joe Hegarty", "joe@coastlinelettings.ie")],
    subject="RE: Reminder: invoice INV-2026-127",
    orig_to="Joe Hegarty <joe@coastlinelettings.ie>",
    quote=dict(style="outlook", tpl="reminder", inv="INV-2026-127", amount="720.00", due="2026-11-20",
               sent="2026-12-01 09:00", dear="Dear Joe Hegarty,"),
    body="""Hi Tom,

I'm the external accountant for Coastline Lettings – Joe passed your email on to me.

INV-2026-127 was paid on 30 November along with the rest of the supplier payments for the month. If it hasn't reached you, let me know and I'll check the bank details we have on file against your invoice.

Regards,
Fergal

Fergal Nolan FCA
Nolan & Co. Chartered Accountants
Unit 3, Lapps Quay, Cork T12 XW63
021 427 5519""",
    label=dict(kind="client-reply-paid", reference="INV-2026-127",
               note="the client's external accountant answers for the Cork property manager (cc'd): paid on 30 "
                    "November"))

msg(o="dan", frm=("Lou Marchetti", "lou@lulaskitchen.nyc"), date="2026-12-22 11:47", tz="America/New_York",
    mua="ios", subject="Re: Reminder: invoice 1093",
    quote=dict(style="ios", tpl="reminder", inv="1093", amount="1850.00", due="2026-12-11",
               sent="2026-12-21 09:00", dear="Dear Lou Marchetti,"),
    body="PAID THIS AM VIA ZELLE. SORRY FOR DELAY. HAPPY HOLIDAYS\n\nLOU\n\nSent from my iPhone",
    label=dict(kind="client-reply-paid", note="Brooklyn restaurant owner, ALL CAPS from a phone"))

msg(o="megan", frm=("Helen Ashworth", "helen.ashworth@stbrigidshospice.org.uk"), date="2027-02-12 09:12",
    tz="Europe/London", mua="samsung", subject="Re: Reminder: invoice MH-0232",
    quote=dict(style="samsung", tpl="reminder", inv="MH-0232", amount="150.00", due="2027-02-05",
               sent="2027-02-11 09:00", dear="Dear Helen Ashworth,"),
    body="Paid yesterday, thanks for your patience!\n\nHelen\n\n\nSent from my Galaxy",
    label=dict(kind="client-reply-paid",
               note="hospice charity, Samsung mail quoting block; 'paid yesterday'"))

msg(o="tom", frm=("Aoife Brennan", "aoife.brennan@orourkedaly.ie"), date="2026-12-10 12:30", tz="Europe/Dublin",
    mua="outlook", fmt="alt", subject="RE: Reminder: invoice INV-2026-131",
    quote=dict(style="outlook", tpl="reminder", inv="INV-2026-131", amount="1230.00", due="2026-11-30",
               sent="2026-12-08 09:00", dear="Dear Accounts Team,"),
    body="""Tom,

INV-2026-131 (€1,230.00) was included in Tuesday's EFT run.

Regards,
Aoife

Aoife Brennan | Office Manager
O'Rourke & Daly Solicitors
32 Fitzwilliam Place, Dublin 2, D02 K593
T +353 1 661 4420

O'Rourke & Daly Solicitors is regulated by the Law Society of Ireland. This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Please note that we will never change our bank details by email.""",
    label=dict(kind="client-reply-paid", amount="1230.00", reference="INV-2026-131",
               note="Dublin law firm office manager, terse 'included in Tuesday's EFT run' (past) = paid"))

msg(o="lucia", frm=("Kylie Nguyen", "kylie@wanderlusttravel.com.au"), date="2026-11-19 08:40",
    tz="Australia/Melbourne", mua="gmail", fmt="alt", subject="Re: Reminder: invoice 2026-044",
    quote=dict(style="gmail", tpl="reminder", inv="2026-044", amount="2200.00", due="2026-11-10",
               sent="2026-11-18 09:00", dear="Dear Kylie Nguyen,"),
    body="""Hi Lucía,

So sorry – this one slipped through while I was on leave. Transfer done this morning. We pay in AUD and the bank converts, so it might land a few cents off – let me know if it comes in short and I'll top it up.

On another note, are you free at all in late February? We're putting together a Japan cherry blossom brochure and Mark loved your Andalucía shots. Would be Kyoto and Osaka, about 6 days. Happy to jump on a call to chat it through.

Kylie

Kylie Nguyen
Marketing & Product Manager
Wanderlust Travel Co.
Level 4, 120 Collins St, Melbourne VIC 3000
ATAS accredited #A10472""",
    label=dict(kind="client-reply-paid",
               note="Melbourne travel agency: 'transfer done this morning'; conditional top-up and a new job "
                    "enquiry are not promises"))

msg(o="tom", frm=("Niamh Fallon", "niamh@fallonsgroup.ie"), date="2027-01-08 10:20", tz="Europe/Dublin",
    mua="gmail", fmt="alt", subject="Fwd: Remittance advice from Fallon's Restaurant Group Ltd",
    body="""FYI see below, our system says it's gone out 👍

Niamh

---------- Forwarded message ---------
From: Fallon's Restaurant Group Ltd <messaging-service@post.xero.com>
Date: Fri, 8 Jan 2027 at 10:14
Subject: Remittance advice from Fallon's Restaurant Group Ltd
To: <niamh@fallonsgroup.ie>


Hi Tom Byrne Design,

Here's your remittance advice for payment of €760.00 made on 08 Jan 2027.

Invoice Number    Invoice Date    Amount Paid
INV-2026-133      24 Nov 2026     760.00

Total paid: €760.00

If you have any questions, please let us know.

Thanks,
Fallon's Restaurant Group Ltd""",
    label=dict(kind="client-reply-paid", amount="760.00",
               note="Dublin restaurant group forwards a Xero remittance advice with one line; a human forward, "
                    "not a machine notice; the invoice number is only in the forwarded advice"))

msg(o="tom", frm=("Katrin Bauer", "k.bauer@alpenreisen.de"), date="2027-01-05 09:30", tz="Europe/Berlin",
    mua="outlook", fmt="alt", lang_hdr="de-DE", subject="AW: Reminder: invoice INV-2026-126",
    quote=dict(style="outlook_de", tpl="reminder", inv="INV-2026-126", amount="540.00", due="2026-12-11",
               sent="2027-01-04 09:00", dear="Dear Accounts Team,"),
    body="""Hello Mr. Byrne,

the invoice is payed already since 2 weeks, please check again your account. We have transfered on 18.12.2026.

Greetings
Katrin Bauer
Buchhaltung / Accounting

Alpen Reisen GmbH
Leopoldstraße 88 · 80802 München
Tel. +49 89 2154 330
Geschäftsführer: Andreas Huber · HRB 201577 Amtsgericht München""",
    label=dict(kind="client-reply-paid",
               note="Munich travel agency, German-English ('payed already since 2 weeks'); slightly annoyed "
                    "but a payment claim, not a dispute"))

msg(o="tom", frm=("Declan O'Hara", "declan@oharasprint.ie"), date="2026-11-27 08:05", tz="Europe/Dublin",
    mua="gmail", subject="Re: Reminder: invoice INV-2026-130",
    quote=dict(style="gmail", tpl="reminder", inv="INV-2026-130", amount="310.00", due="2026-11-20",
               sent="2026-11-26 09:00", dear="Dear Declan O'Hara,"),
    body="Sorted - sent it over last night. Sorry, mad week.\n\nDeclan\nO'Hara's Print & Copy, Limerick",
    label=dict(kind="client-reply-paid", note="Limerick print shop: 'Sorted - sent it over last night'"))

msg(o="megan", frm=("Claire Whitfield", "claire@brambleandbee.co.uk"), date="2027-01-14 10:48", tz="Europe/London",
    mua="apple", fmt="alt", subject="Re: Reminder: invoice MH-0225",
    quote=dict(style="apple", tpl="reminder", inv="MH-0225", amount="380.00", due="2027-01-08",
               sent="2027-01-13 09:00", dear="Dear Claire Whitfield,"),
    attach=[("IMG_4471.PNG", "image/png", PNG_1PX)],
    body="""Hi Megan,

Screenshot from our banking app attached – payment went this morning. Apologies, January's been a blur after all the Christmas orders!

Claire x

Bramble & Bee
Hand-poured candles from the Yorkshire Dales
brambleandbee.co.uk""",
    label=dict(kind="client-reply-paid", note="York online candle shop; screenshot PNG + 'payment went this morning'"))

msg(o="megan", frm=("Fiona MacLeod", "fiona@kinlochhousehotel.co.uk"), date="2026-12-18 14:10", tz="Europe/London",
    mua="outlook", fmt="alt", subject="RE: Reminder: invoice MH-0220",
    quote=dict(style="outlook", tpl="reminder", inv="MH-0220", amount="1100.00", due="2026-12-04",
               sent="2026-12-17 09:00", dear="Dear Fiona MacLeod,"),
    body="""Hi Megan,

We already paid this last Wednesday – I think our emails must have crossed. I'll also dig out the PO paperwork at some point and send it over for your records.

Best wishes,
Fiona

Fiona MacLeod
General Manager
Kinloch House Hotel, Fort William PH33 6SE""",
    label=dict(kind="client-reply-paid",
               note="Highland hotel: clear 'already paid last Wednesday' + undated vague 'I'll also ... send the "
                    "PO paperwork' -> stays paid"))

msg(o="dan", frm=("Raj Dhillon", "raj@mapleleafdriving.ca"), date="2027-01-21 19:30", tz="America/Toronto",
    mua="gmail", fmt="html", subject="Re: Reminder: invoice 1098",
    quote=dict(style="gmail_us_html", tpl="reminder", inv="1098", amount="640.00", due="2027-01-15",
               sent="2027-01-20 09:00", dear="Dear Raj Dhillon,"),
    body="""Hi Dan,

Just sent it through PayPal – $640 USD to dan@okaforweb.com. Let me know if the fees came out of your end and I'll top it up.

Thanks again for the booking page, the students love it.

Raj Dhillon
Maple Leaf Driving Academy
MTO-approved BDE course provider""",
    label=dict(kind="client-reply-paid", amount="640.00", currency="USD",
               note="Canadian driving school, Gmail HTML only: 'just sent it through PayPal'; conditional top-up"))

msg(o="tom", frm=("Aroha Ngata", "accounts@lakeviewlodge.co.nz"), date="2027-01-12 16:05", tz="Pacific/Auckland",
    mua="outlook", fmt="alt", lang_hdr="en-NZ", subject="RE: Reminder: invoice INV-2026-124",
    quote=dict(style="outlook", tpl="reminder", inv="INV-2026-124", amount="1480.00", due="2026-12-18",
               sent="2027-01-11 09:00", dear="Dear Accounts Team,"),
    body="""Kia ora Tom,

Payment processed today – apologies for the hold-up, our finance person was away over the summer break.

Ngā mihi,
Aroha

Aroha Ngata | Finance & Admin
The Lakeview Lodge
Lake Esplanade, Queenstown 9300
+64 3 442 7150""",
    label=dict(kind="client-reply-paid",
               note="Queenstown hotel, te reo greetings; 'payment processed today'"))


# ==================================================================================================
# PROMISE (not paid yet, will pay)
# ==================================================================================================
msg(o="tom", frm=("Joe Hegarty", "joe@coastlinelettings.ie"), date="2026-12-09 18:22", tz="Europe/Dublin",
    mua="ios", subject="Re: Reminder: invoice INV-2026-138",
    quote=dict(style="ios", tpl="reminder", inv="INV-2026-138", amount="560.00", due="2026-12-04",
               sent="2026-12-09 09:00", dear="Dear Joe Hegarty,"),
    body="Hi Tom, will pay Friday when the rents come in. Joe\n\nSent from my iPhone",
    label=dict(kind="client-reply-promise", promised_date="2026-12-11",
               note="Cork letting agent, one line; sent Wednesday 9 Dec -> Friday 11 Dec"))

msg(o="megan", frm=("Hartley & Quinn Accounts", "accounts@hartleyquinn.co.uk"), date="2026-12-03 10:15",
    tz="Europe/London", mua="outlook", fmt="alt", subject="RE: Reminder: invoice MH-0216",
    quote=dict(style="outlook", tpl="due_late", inv="MH-0216", amount="640.00", due="2026-11-30",
               sent="2026-12-02 09:00", dear="Dear Accounts Team,"),
    body="""Dear Ms Hale,

Thank you for your email. Your invoice has now been approved and will be paid in our next payment run on 15 December.

Kind regards,

Accounts Department
Hartley & Quinn Solicitors LLP
4th Floor, 21 Spring Gardens, Manchester M2 1FB

Hartley & Quinn Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 640213). This email is confidential and may be legally privileged.""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-15",
               note="law-firm accounts: approved, 'next payment run on 15 December'"))

msg(o="ale", frm=("Pieter Bakker", "pieter@drukkerijbakker.nl"), date="2027-01-05 11:40", tz="Europe/Amsterdam",
    mua="outlook", fmt="alt", lang_hdr="nl-NL", subject="Antw: Reminder: invoice 44/2026",
    quote=dict(style="outlook_nl", tpl="reminder", inv="44/2026", amount="560.00", due="2026-12-20",
               sent="2027-01-04 09:00", dear="Dear Pieter Bakker,"),
    body="""Hi Alessandra,

Sorry for the delay, the holidays. We will pay the invoice 44/2026 by the 12th, our bookkeeper is only in the office on Thursdays.

Met vriendelijke groet,

Pieter Bakker
Drukkerij Bakker B.V.
Oudegracht 214 | 3511 NR Utrecht
T 030 231 4470""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-12", reference="44/2026",
               note="Utrecht print shop, Dutch Outlook quote header; 'by the 12th' on 5 Jan = 12 Jan; the "
                    "Thursday mention is about the bookkeeper, not the payment date"))

msg(o="tom", frm=("Niamh Fallon", "niamh@fallonsgroup.ie"), date="2027-01-20 15:02", tz="Europe/Dublin",
    mua="gmail", fmt="alt", subject="Re: Reminder: invoice INV-2026-139",
    quote=dict(style="gmail", tpl="reminder", inv="INV-2026-139", amount="1050.00", due="2027-01-08",
               sent="2027-01-19 09:00", dear="Dear Niamh Fallon,"),
    body="""Hi Tom,

January is always brutal for us after the Christmas season – cash is tight until the Revenue stuff is sorted. I can do it by the 12th if that's ok? Sorry!

Niamh

Niamh Fallon
Director, Fallon's Restaurant Group
Fallon's Kitchen · The Quay Bar · Fallon's Bakehouse""",
    label=dict(kind="client-reply-promise", promised_date="2027-02-12",
               note="Dublin restaurant group; 'by the 12th' written on 20 January: the 12th of January has "
                    "passed, so 12 February"))

msg(o="megan", frm=("Helen Ashworth", "helen.ashworth@stbrigidshospice.org.uk"), date="2026-11-18 14:30",
    tz="Europe/London", mua="outlook", fmt="alt", subject="RE: Reminder: invoice MH-0213",
    quote=dict(style="outlook", tpl="reminder", inv="MH-0213", amount="320.00", due="2026-11-11",
               sent="2026-11-18 09:00", dear="Dear Helen Ashworth,"),
    body="""Dear Megan,

Thank you for the reminder, and apologies – our finance committee only meets once a month to approve supplier payments. Your invoice is on the list and will be paid by the end of the month.

With best wishes,

Helen Ashworth
Community Fundraising Manager
St Brigid's Hospice
Registered charity no. 1049872

St Brigid's Hospice is a company limited by guarantee registered in England and Wales (no. 3011874). Every day our nurses care for local people living with a life-limiting illness – please remember us in your will.""",
    label=dict(kind="client-reply-promise", promised_date="2026-11-30",
               note="hospice charity: 'will be paid by the end of the month' on 18 Nov -> 30 Nov"))

msg(o="lucia", frm=("Sibusiso Dlamini", "sibusiso@dlaminipharmacies.co.za"), date="2027-01-15 11:05",
    tz="Africa/Johannesburg", mua="outlook", fmt="alt", lang_hdr="en-ZA", subject="RE: Reminder: invoice 2026-053",
    quote=dict(style="outlook", tpl="reminder", inv="2026-053", amount="980.00", due="2026-12-31",
               sent="2027-01-14 09:00", dear="Dear Sibusiso Dlamini,"),
    body="""Good day Lucía,

Apologies for the delay, our finance office was closed over the festive season and only reopened this week. The payment has been loaded and will be released next Wednesday with our foreign supplier batch.

Kind regards
Sibusiso Dlamini
Operations Manager
Dlamini Pharmacies (Pty) Ltd
Shop 12, Rosebank Mall, Johannesburg 2196
Tel: 011 447 3390""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-20",
               note="Johannesburg pharmacy group; 'loaded' (set up) but 'will be released next Wednesday' -> "
                    "written Friday 15 Jan, so Wednesday 20 Jan; 'loaded' is not 'paid'"))

msg(o="megan", frm=("Karen Doyle", "karen@passplusdriving.co.uk"), date="2027-02-08 08:55", tz="Europe/London",
    mua="gmail", subject="Re: Reminder: invoice MH-0222",
    quote=dict(style="gmail", tpl="reminder", inv="MH-0222", amount="290.00", due="2027-01-29",
               sent="2027-02-05 09:00", dear="Dear Karen Doyle,"),
    body="""Morning Megan,

Sorry this has dragged on. I'll transfer it the day after tomorrow when the block-booking money from the college comes in.

Karen
Pass Plus Driving School
Sheffield & Rotherham
DVSA approved instructors""",
    label=dict(kind="client-reply-promise", promised_date="2027-02-10",
               note="driving school; 'the day after tomorrow' on Monday 8 Feb -> 10 Feb"))

msg(o="dan", frm=("Lou Marchetti", "lou@lulaskitchen.nyc"), date="2027-01-14 22:10", tz="America/New_York",
    mua="ios", subject="Re: Invoice 1101 – services may be suspended",
    quote=dict(style="ios", tpl="suspension", inv="1101", amount="920.00", due="2026-12-31",
               deadline="2027-01-21", suspend="2027-01-22", sent="2027-01-14 09:00", dear="Dear Lou Marchetti,",
               subject="Invoice 1101 – services may be suspended"),
    body="dan - slow month, after the holidays everyones broke. ill get you next week ok? dont cut off the site lol\n\nlou",
    label=dict(kind="client-reply-promise",
               note="reply to the suspension letter, lower case no punctuation; 'next week' is vague -> no "
                    "promised_date; the deadline dates are only in the quoted letter"))

msg(o="tom", frm=("Orla Ní Bhriain", "orla@wildatlanticknit.ie"), date="2026-12-17 09:44", tz="Europe/Dublin",
    mua="gmail", fmt="alt", subject="Re: Reminder: invoice INV-2026-137",
    quote=dict(style="gmail", tpl="reminder", inv="INV-2026-137", amount="420.00", due="2026-12-11",
               sent="2026-12-16 09:00", dear="Dear Orla Ní Bhriain,"),
    body="""Hi Tom,

Sorry! Christmas orders have us run off our feet, I'm writing this in between packing boxes. I'll pay it Tuesday when the Shopify payout lands.

Orla
Wild Atlantic Knitwear – hand-knit in Connemara
wildatlanticknit.ie""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-22",
               note="Irish online knitwear shop; 'Tuesday' written on Thursday 17 Dec -> 22 Dec"))

msg(o="tom", frm=("Maura Dempsey", "treasurer@wicklowhillsfriends.ie"), date="2027-01-08 20:15", tz="Europe/Dublin",
    mua="gmail", subject="Re: Reminder: invoice INV-2026-129",
    quote=dict(style="gmail", tpl="reminder", inv="INV-2026-129", amount="840.00", due="2026-12-18",
               sent="2027-01-06 09:00", dear="Dear Maura Dempsey,"),
    body="""Hi Tom,

Happy New Year! I've sent €500 today towards INV-2026-129 and will clear the balance by the end of the month when the County Council grant comes through. Hope that's ok – things are always a bit tight for us in January.

Maura""",
    label=dict(kind="client-reply-promise", amount="500.00", reference="INV-2026-129", promised_date="2027-01-31",
               note="charity: partial payment of 500 today + the rest 'by the end of the month' -> promise (the "
                    "only amount stated is the part paid)"))

msg(o="dan", frm=("Colleen Bouchard", "cbouchard@parksidepm.ca"), date="2027-01-19 13:12", tz="America/Toronto",
    mua="outlook", fmt="alt", lang_hdr="en-US", subject="RE: Reminder: invoice 1097",
    quote=dict(style="outlook_us", tpl="reminder", inv="1097", amount="3600.00", due="2027-01-08",
               sent="2027-01-18 09:00", dear="Dear Accounts Team,"),
    body="""Hi Dan,

Unfortunately we can't release this before the 28th – our owners' distributions and the year-end reconciliation have to go out first. It's approved though, so you'll see it then.

Colleen""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-28",
               note="Toronto property manager: 'can't release this before the 28th' = promise for 28 Jan"))

msg(o="lucia", frm=("Accounts - Yatra Bliss Holidays", "accounts@yatrabliss.in"), date="2027-01-27 12:30",
    tz="Asia/Kolkata", mua="outlook", fmt="alt", subject="RE: Reminder: invoice 2026-059",
    quote=dict(style="outlook", tpl="reminder", inv="2026-059", amount="750.00", due="2027-01-15",
               sent="2027-01-26 09:00", dear="Dear Accounts Team,"),
    body="""Dear Madam,

We acknowledge the receipt of your reminder.

Please note that the payment against the said invoice is pending due to non-receipt of commission from our tour operator partner in Spain. We shall settle your dues as soon as the same is received at our end.

Regret the inconvenience caused.

Thanks & Regards,
Rajesh Iyer
Accounts Executive
Yatra Bliss Holidays Pvt. Ltd.
Mob: +91 98450 31207""",
    label=dict(kind="client-reply-promise",
               note="Indian travel agency: will pay when their partner pays them -> promise, no date"))

msg(o="dan", frm=("Mélanie Arsenault", "ap@harbourviewhotel.ca"), date="2026-12-14 10:05", tz="America/Halifax",
    mua="outlook", fmt="alt", lang_hdr="en-CA", subject="RE: Reminder: invoice 1096",
    quote=dict(style="outlook_us", tpl="reminder", inv="1096", amount="1200.00", due="2026-12-04",
               sent="2026-12-14 09:00", dear="Dear Accounts Team,"),
    body="""Hi Dan,

My apologies, this one was missed in last week's run. I'll put it through today.

Mélanie
Accounts Payable | Harbourview Hotel & Conference Centre""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-14",
               note="hotel AP: 'I'll put it through today' -> promise for the day of the message (Halifax time)"))

msg(o="dan", frm=("Marisol Reyes", "marisol@greenpointapothecary.com"), date="2026-11-30 23:40",
    tz="America/New_York", mua="gmail", subject="Re: Reminder: invoice 1090",
    quote=dict(style="gmail_us", tpl="reminder", inv="1090", amount="985.00", due="2026-11-20",
               sent="2026-11-30 09:00", dear="Dear Marisol Reyes,"),
    body="""Hi Dan, so sorry, just seeing this now after closing up. I'll pay it first thing tomorrow morning.

-Marisol

Greenpoint Apothecary
812 Manhattan Ave, Brooklyn NY 11222""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-01",
               note="Brooklyn pharmacy; sent 23:40 New York on 30 Nov (already 1 Dec in UTC): 'tomorrow' = "
                    "1 Dec in the sender's time zone"))

msg(o="megan", frm=("Gaz Pritchard", "gaz@inkwellprint.co.uk"), date="2027-01-12 16:20", tz="Europe/London",
    mua="gmail", subject="Re: Statement of outstanding invoices",
    quote=dict(style="gmail", tpl="statement", inv="MH-0219", deadline="2027-01-22", sent="2027-01-12 09:00",
               dear="Dear Gaz Pritchard,",
               invoices=[("MH-0219", "2026-11-18", "2026-12-18", 25, "260.00"),
                         ("MH-0224", "2026-12-02", "2027-01-01", 11, "340.00")],
               subject="Statement of outstanding invoices"),
    body="Hiya, 0219 went yesterday, 0224 I'll do Friday once the big order's been collected and paid for. Cheers Gaz",
    label=dict(kind="client-reply-promise", promised_date="2027-01-15", reference="MH-0224",
               note="statement of two invoices: one paid yesterday, the other promised for Friday (Tuesday 12 "
                    "Jan -> 15 Jan) -> promise; reference is the promised invoice, written '0224'"))

msg(o="ale", frm=("Accounts - Mehta & Associates", "accounts@mehtaassociates.in"), date="2027-01-22 17:45",
    tz="Asia/Kolkata", mua="outlook", fmt="alt", subject="RE: Reminder: invoice 46/2026",
    quote=dict(style="outlook", tpl="reminder", inv="46/2026", amount="1380.00", due="2026-12-31",
               sent="2027-01-21 09:00", dear="Dear Accounts Team,"),
    body="""Dear Ms. Rossi,

This is with reference to your email regarding the outstanding invoice no. 46/2026.

Please note that as per our internal payment cycle, all vendor invoices are processed on the last working day of the month following the month of receipt. Accordingly, your invoice shall be processed for payment on 26th February 2027.

We request your kind cooperation in the matter.

Regards,
Kavita Deshpande
Manager – Accounts & Administration
Mehta & Associates, Advocates & Solicitors
1102, Maker Chambers V, Nariman Point, Mumbai 400021

DISCLAIMER: The information contained in this electronic message and any attachments to this message are intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information. If you are not the intended recipient, you should not disseminate, distribute or copy this e-mail.""",
    label=dict(kind="client-reply-promise", promised_date="2027-02-26", reference="46/2026",
               note="Mumbai law firm, formal Indian English; imposes its own payment cycle but states the date; "
                    "not a dispute"))

msg(o="megan", frm=("Jas Sandhu", "jas.sandhu@emberandoak.co.uk"), date="2026-12-18 16:40", tz="Europe/London",
    mua="outlook", fmt="alt", cc=[("Accounts Payable", "ap@emberandoak.co.uk")],
    subject="RE: Reminder: invoice MH-0227",
    quote=dict(style="outlook", tpl="due_late", inv="MH-0227", amount="560.00", due="2026-12-15",
               sent="2026-12-17 09:00", dear="Dear Accounts Team,"),
    body="""Hi Megan,

Apologies – our finance team has closed the ledger for the Christmas period (we're flat out across all four sites). This will be paid early January when we reopen the books.

Merry Christmas!
Jas

Jas Sandhu
Finance Manager
Ember & Oak Group Ltd""",
    label=dict(kind="client-reply-promise", note="restaurant group finance manager: 'early January' -> vague, no date"))

msg(o="ale", frm=("Jürgen Hoffmann", "j.hoffmann@hotel-seeblick.de"), date="2027-02-04 10:18", tz="Europe/Berlin",
    mua="outlook", charset="iso-8859-1", cp1252=True, cte="quoted-printable", lang_hdr="de-DE",
    subject="AW: Reminder: invoice 2/2027",
    quote=dict(style="outlook_de", tpl="due_late", inv="2/2027", amount="780.00", due="2027-01-31",
               sent="2027-02-03 09:00", dear="Dear Jürgen Hoffmann,"),
    body="""Dear Mrs. Rossi,

thank you for your reminder. Our accountant is on holiday this week, we will transfer on Monday when she is back.

Best regards
Jürgen Hoffmann
Hotel Seeblick ****, Lindau""",
    label=dict(kind="client-reply-promise", promised_date="2027-02-08",
               note="German hotel; 'on Monday' written Thursday 4 Feb -> 8 Feb; latin-1/cp1252 quoted-printable"))

msg(o="tom", frm=KILBRIDE, date="2027-01-25 12:05", tz="Europe/Dublin", mua="gmail",
    subject="Re: Reminder: invoice INV-2026-134",
    quote=dict(style="gmail", tpl="reminder", inv="INV-2026-134", amount="615.00", due="2027-01-15",
               sent="2027-01-25 09:00", dear="Dear Siobhán Kilbride,"),
    body="""Hi Tom, can't do it today I'm afraid, the wholesaler direct debit is going out. Thursday at the latest.

Siobhán""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-28",
               note="pharmacy: 'can't do it today ... Thursday at the latest' on Monday 25 Jan -> 28 Jan"))

msg(o="lucia", frm=("Kylie Nguyen", "kylie@wanderlusttravel.com.au"), date="2027-01-13 09:30",
    tz="Australia/Melbourne", mua="gmail", fmt="alt", subject="Re: Reminder: invoice 2026-056",
    quote=dict(style="gmail", tpl="reminder", inv="2026-056", amount="1450.00", due="2026-12-30",
               sent="2027-01-12 09:00", dear="Dear Kylie Nguyen,"),
    body="""Hi Lucía!

Happy New Year! Hope you had a lovely break. Ours was a scorcher – 41 degrees on New Year's Day, the whole office decamped to St Kilda beach.

Japan update: flights are booked (Melbourne–Osaka via Singapore, landing 24 March), and the ryokan in Kyoto has confirmed the three nights. The cherry blossom forecast has Kyoto peaking around 28 March so fingers crossed. Mark wants a mix of temples at dawn and street food at night – I'll send a proper shot list next week. Can you let me know if you need us to hire any lighting locally?

Re your email below – sorry, the Byron shoot invoice got stuck in our approvals over Christmas. I'll get 2026-056 paid on the 20th when our fortnightly payables run goes through.

Talk soon,
Kylie""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-20", reference="2026-056",
               note="long chatty travel-agency mail about a Japan shoot, dates that are not payment dates (24 "
                    "and 28 March); the payment promise is one sentence near the end: 'on the 20th' on 13 Jan"))

msg(o="ale", frm=("Sanne de Vries", "sanne@devriesfietsen.nl"), date="2027-02-03 14:00", tz="Europe/Amsterdam",
    mua="gmail", fmt="alt", subject="Re: Reminder: invoice 3/2027",
    quote=dict(style="gmail", tpl="due_late", inv="3/2027", amount="480.00", due="2027-01-31",
               sent="2027-02-02 09:00", dear="Dear Sanne de Vries,"),
    body="""Hi Alessandra,

thanks for the reminder! January was a very quiet month for bike sales 😅 I will pay after the 10th when our VAT return is done.

Groetjes,
Sanne""",
    label=dict(kind="client-reply-promise",
               note="Dutch online shop: 'after the 10th' is vague -> promise without date"))

msg(o="ale", frm=("Mark van Dijk", "m.vandijk@vandijkvastgoed.nl"), date="2026-12-01 09:50", tz="Europe/Amsterdam",
    mua="outlook", fmt="alt", lang_hdr="nl-NL", subject="RE: Reminder: invoice 40/2026",
    quote=dict(style="outlook_nl", tpl="reminder", inv="40/2026", amount="1120.00", due="2026-11-20",
               sent="2026-11-30 09:00", dear="Dear Mark van Dijk,"),
    body="""Good morning Alessandra,

You are right, it is still open. The payment will be done coming Friday together with our other suppliers.

Kind regards / Met vriendelijke groet,

Mark van Dijk
Van Dijk Vastgoedbeheer B.V.
Weena 505 | 3013 AL Rotterdam""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-04",
               note="Rotterdam property manager, Dutch English 'coming Friday'; Tuesday 1 Dec -> 4 Dec"))

msg(o="tom", frm=("Bruce McAllister", "bruce@steerclear.co.nz"), date="2027-01-29 18:00", tz="Pacific/Auckland",
    mua="ios", subject="Re: Reminder: invoice INV-2026-135",
    quote=dict(style="ios", tpl="reminder", inv="INV-2026-135", amount="1260.00", due="2027-01-15",
               sent="2027-01-28 09:00", dear="Dear Bruce McAllister,"),
    body="WILL PAY MONDAY. ON THE ROAD ALL DAY. B\n\nSent from my iPhone",
    label=dict(kind="client-reply-promise", promised_date="2027-02-01",
               note="ALL CAPS from a phone; Friday 29 Jan in Auckland (still the morning of 29 Jan in Dublin) "
                    "-> Monday 1 Feb"))

msg(o="tom", frm=("O'Rourke & Daly Accounts", "accounts@orourkedaly.ie"), date="2027-01-14 11:20",
    tz="Europe/Dublin", mua="outlook", fmt="alt", subject="RE: Reminder: invoice INV-2027-003",
    quote=dict(style="outlook", tpl="due_late", inv="INV-2027-003", amount="860.00", due="2027-01-13",
               sent="2027-01-14 09:00", dear="Dear Accounts Team,"),
    body="""Dear Tom,

Your invoice INV-2027-003 has been approved and is scheduled for payment on 22/01/2027.

Kind regards,

Accounts Department
O'Rourke & Daly Solicitors
32 Fitzwilliam Place, Dublin 2

O'Rourke & Daly Solicitors is regulated by the Law Society of Ireland. Please note that we will never change our bank details by email.""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-22", reference="INV-2027-003",
               note="law-firm accounts: 'scheduled for payment on 22/01/2027' (approved, not yet paid)"))

msg(o="dan", frm=("Patricia Kowalski", "pkowalski@cedarlanelaw.com"), date="2027-01-28 14:10",
    tz="America/New_York", mua="outlook", fmt="alt", lang_hdr="en-US", subject="RE: Reminder: invoice 1103",
    quote=dict(style="outlook_us", tpl="reminder", inv="1103", amount="2200.00", due="2027-01-22",
               sent="2027-01-27 09:00", dear="Dear Accounts Team,"),
    body="""Hi Dan,

Got it — this is on our next check run, which is 2/5. I'll send it FedEx this time given what happened with the last one.

Best,
Patricia

Patricia Kowalski | Office Manager | Cedar Lane Law LLP""",
    label=dict(kind="client-reply-promise", promised_date="2027-02-05",
               note="Boston law firm; US date '2/5' = 5 February (not 2 May, not 2 Feb)"))

msg(o="megan", frm=("Mick Sutton", "mick.sutton.adi@hotmail.co.uk"), date="2027-01-16 19:20", tz="Europe/London",
    mua="outlook", subject="RE: Reminder: invoice MH-0230",
    quote=dict(style="outlook", tpl="reminder", inv="MH-0230", amount="120.00", due="2027-01-08",
               sent="2027-01-15 09:00", dear="Dear Mick Sutton,"),
    body="""Alright Megan, yeah sorry i know its late. Its been a rubbish month with the snow, half my lessons got cancelled. I get paid on the 25th so I'll sort it then if thats alright.

Cheers
Mick

Mick Sutton ADI
Sutton School of Motoring, Sheffield
07700 900 418""",
    label=dict(kind="client-reply-promise", promised_date="2027-01-25",
               note="sole-trader driving instructor, Yorkshire voice; 'I get paid on the 25th so I'll sort it "
                    "then' -> 25 Jan"))

msg(o="megan", frm=("Fiona MacLeod", "fiona@kinlochhousehotel.co.uk"), date="2026-12-10 11:30", tz="Europe/London",
    mua="outlook", fmt="alt", subject="RE: Reminder: invoice MH-0215",
    quote=dict(style="outlook", tpl="reminder", inv="MH-0215", amount="890.00", due="2026-11-27",
               sent="2026-12-09 09:00", dear="Dear Fiona MacLeod,"),
    body="""Hi Megan,

So sorry, this is my fault – it's been sitting in my tray since the Christmas menus went out. I'll make sure it's paid before we close for Christmas on the 23rd.

Best wishes,
Fiona

Fiona MacLeod
General Manager
Kinloch House Hotel, Fort William PH33 6SE
01397 702 118""",
    label=dict(kind="client-reply-promise", promised_date="2026-12-23",
               note="Highland hotel: 'paid before we close for Christmas on the 23rd' -> 23 Dec"))

msg(o="lucia", frm=("Thandi Mokoena", "thandi@kraalandco.co.za"), date="2027-02-10 10:10", tz="Africa/Johannesburg",
    mua="gmail", subject="Re: Reminder: invoice 2026-058",
    quote=dict(style="gmail", tpl="reminder", inv="2026-058", amount="620.00", due="2027-01-31",
               sent="2027-02-09 09:00", dear="Dear Thandi Mokoena,"),
    body="Hi Lucía, I know, I know 🙈 January sales were dismal. I'll pay by month end, promise.\n\nThandi",
    label=dict(kind="client-reply-promise", promised_date="2027-02-28",
               note="Cape Town shop: 'by month end' in February -> 28 Feb"))


# ==================================================================================================
# DISPUTE
# ==================================================================================================
msg(o="tom", frm=("Aoife Brennan", "aoife.brennan@orourkedaly.ie"), date="2026-12-15 10:40", tz="Europe/Dublin",
    mua="outlook", fmt="alt", subject="RE: Reminder: invoice INV-2026-136",
    quote=dict(style="outlook", tpl="reminder", inv="INV-2026-136", amount="2950.00", due="2026-12-11",
               sent="2026-12-14 09:00", dear="Dear Accounts Team,"),
    body="""Hi Tom,

I've been asked by Ciarán to come back to you on this one. The invoice includes 6 additional hours for "revisions and client meetings" which were never agreed with us – the quote you sent in September was €2,400 fixed for the website, and as far as we're concerned the revisions were within scope.

We're happy to pay the €2,400 as quoted. Could you send a revised invoice for that amount and we'll process it in the next run?

Regards,
Aoife

Aoife Brennan | Office Manager
O'Rourke & Daly Solicitors
32 Fitzwilliam Place, Dublin 2, D02 K593

O'Rourke & Daly Solicitors is regulated by the Law Society of Ireland. This email and any attachments are confidential and intended solely for the addressee. Please note that we will never change our bank details by email.""",
    label=dict(kind="client-reply-dispute", amount="2400.00",
               note="law firm contests 6 extra hours over a fixed quote; accepts 2,400 and will pay on a revised "
                    "invoice -> dispute (precedence over the conditional promise)"))

msg(o="ale", frm=("Jürgen Hoffmann", "j.hoffmann@hotel-seeblick.de"), date="2026-12-21 09:12", tz="Europe/Berlin",
    mua="outlook", fmt="alt", lang_hdr="de-DE", subject="AW: Reminder: invoice 45/2026",
    quote=dict(style="outlook_de", tpl="reminder", inv="45/2026", amount="1860.00", due="2026-12-15",
               sent="2026-12-18 09:00", dear="Dear Jürgen Hoffmann,"),
    body="""Dear Mrs. Rossi,

before we pay we must clarify one point. For the second brochure (summer program) we had agreed by telephone in October a discount of 10 % because it is mostly the same text as the winter brochure. In the invoice 45/2026 we see the full price. Please send us a corrected invoice, then we pay immediately.

Best regards
Jürgen Hoffmann
Hotel Seeblick ****, Lindau""",
    label=dict(kind="client-reply-dispute", reference="45/2026",
               note="German hotel: agreed 10% discount not applied; wants a corrected invoice before paying"))

msg(o="lucia", frm=("Jade Walker", "jade@bondisurfsupply.com.au"), date="2027-01-19 16:20", tz="Australia/Sydney",
    mua="apple", fmt="alt", subject="Re: Reminder: invoice 2026-055",
    quote=dict(style="apple", tpl="reminder", inv="2026-055", amount="2600.00", due="2027-01-15",
               sent="2027-01-18 09:00", dear="Dear Jade Walker,"),
    body="""Hi Lucía,

Just flagging before this goes any further – we've only received 40 of the 65 product shots for the summer range (the wetsuits and the kids' boards are still missing). We were told everything would be delivered before Christmas. We'll pay once the full set is in, that was the deal.

Cheers,
Jade

Bondi Surf Supply
bondisurfsupply.com.au""",
    label=dict(kind="client-reply-dispute",
               note="Sydney online shop: work unfinished (40 of 65 shots); will pay only when complete"))

msg(o="tom", frm=KILBRIDE, date="2027-02-09 13:22", tz="Europe/Dublin", mua="ios",
    subject="Re: Reminder: invoice INV-2027-006",
    quote=dict(style="ios", tpl="reminder", inv="INV-2027-006", amount="295.00", due="2027-02-05",
               sent="2027-02-09 09:00", dear="Dear Siobhán Kilbride,"),
    body="""Tom – isn't this the same job as the one you invoiced in October? It's the flu vaccine leaflet again, we paid for that already. I'm not paying it twice! Can you check and come back to me.

S.

Sent from my iPhone""",
    label=dict(kind="client-reply-dispute",
               note="pharmacy says the invoice duplicates a job already billed and paid -> dispute, not paid"))

msg(o="megan", frm=("Jas Sandhu", "jas.sandhu@emberandoak.co.uk"), date="2026-11-27 15:05", tz="Europe/London",
    mua="outlook", fmt="alt", subject="RE: Reminder: invoice MH-0217",
    quote=dict(style="outlook", tpl="reminder", inv="MH-0217", amount="1200.00", due="2026-11-20",
               sent="2026-11-26 09:00", dear="Dear Accounts Team,"),
    body="""Hi Megan,

We've paid £900 of the £1,200 today. The remaining £300 relates to the autumn menu descriptions, which we never used – we went with a different concept in the end, as I mentioned to Tash at the time. I don't think it's fair for us to pay for copy that didn't make it onto the menus.

Happy to discuss on a call if you see it differently.

Jas

Jas Sandhu
Finance Manager
Ember & Oak Group Ltd""",
    label=dict(kind="client-reply-dispute", amount="900.00", currency="GBP",
               note="partial payment of 900 + refusal of the remaining 300 -> dispute"))

msg(o="dan", frm=("Lou Marchetti", "lou@lulaskitchen.nyc"), date="2026-12-01 09:32", tz="America/New_York",
    mua="gmail", subject="Re: Reminder: invoice 1087",
    quote=dict(style="gmail_us", tpl="reminder", inv="1087", amount="1400.00", due="2026-11-25",
               sent="2026-11-30 09:00", dear="Dear Lou Marchetti,"),
    body="""Dan. Not paying for a month of "maintenance" when the site was down the whole of Thanksgiving weekend. Reservations page dead Friday to Sunday, we lost god knows how many bookings.

Call me.

Lou""",
    label=dict(kind="client-reply-dispute", note="Brooklyn restaurant refuses to pay because the site was down"))

msg(o="megan", frm=("Helen Ashworth", "helen.ashworth@stbrigidshospice.org.uk"), date="2026-12-04 11:15",
    tz="Europe/London", mua="outlook", fmt="alt", subject="RE: Reminder: invoice MH-0218",
    quote=dict(style="outlook", tpl="reminder", inv="MH-0218", amount="900.00", due="2026-11-30",
               sent="2026-12-03 09:00", dear="Dear Helen Ashworth,"),
    body="""Dear Megan,

I'm afraid there's a problem with this invoice. When we agreed the fee for the legacy appeal leaflet it was £750 all in – as a charity we can't recover VAT, and your invoice has VAT added on top, bringing it to £900. Could you reissue it at £750 total, as per your quote of 2 October? I'll get it paid as soon as I have the corrected version.

With best wishes,

Helen Ashworth
Community Fundraising Manager
St Brigid's Hospice
Registered charity no. 1049872""",
    label=dict(kind="client-reply-dispute", amount="750.00", currency="GBP",
               note="charity contests VAT added to an all-inclusive fee; asks for a reissue at 750 and will pay "
                    "that -> dispute"))

msg(o="ale", frm=("Accounts - Mehta & Associates", "accounts@mehtaassociates.in"), date="2026-11-16 12:00",
    tz="Asia/Kolkata", mua="outlook", fmt="alt", subject="RE: Reminder: invoice 39/2026",
    quote=dict(style="outlook", tpl="reminder", inv="39/2026", amount="960.00", due="2026-11-10",
               sent="2026-11-13 09:00", dear="Dear Accounts Team,"),
    body="""Dear Ms. Rossi,

With reference to the above invoice, we wish to bring to your notice that the second interpretation session scheduled on 22nd October was cancelled by our client and the same was intimated to you by our Mr. Arvind Menon on 19th October. However, the invoice includes charges for both the sessions.

We therefore request you to kindly issue a credit note for the cancelled session so that the balance amount can be released at the earliest.

Regards,
Kavita Deshpande
Manager – Accounts & Administration
Mehta & Associates, Advocates & Solicitors
1102, Maker Chambers V, Nariman Point, Mumbai 400021""",
    label=dict(kind="client-reply-dispute",
               note="Mumbai law firm asks for a credit note for a cancelled session ('intimated' = informed)"))

msg(o="tom", frm=("Troy Baxter", "troy@southerncrosstravel.com.au"), date="2026-11-10 14:30", tz="Australia/Perth",
    mua="gmail", fmt="alt", subject="Re: Reminder: invoice INV-2026-116",
    quote=dict(style="gmail", tpl="reminder", inv="INV-2026-116", amount="1150.00", due="2026-11-06",
               sent="2026-11-09 09:00", dear="Dear Troy Baxter,"),
    body="""G'day Tom,

Hang on a sec – you've charged us for three logo concepts but we only ever asked for one, and we signed it off in the first round. I've gone back through the emails and there's nothing about extra concepts anywhere. Happy to pay for the one logo and the stationery set as quoted, but not the other two.

Can you send through an updated invoice?

Cheers,
Troy Baxter
Director | Southern Cross Travel
Hay St, Perth WA 6000""",
    label=dict(kind="client-reply-dispute",
               note="Perth travel agency contests two of three logo concepts billed; no amount stated"))

msg(o="dan", frm=("Colleen Bouchard", "cbouchard@parksidepm.ca"), date="2027-02-16 11:45", tz="America/Toronto",
    mua="outlook", fmt="alt", lang_hdr="en-US", subject="RE: Reminder: invoice 1104",
    quote=dict(style="outlook_us", tpl="reminder", inv="1104", amount="4200.00", due="2027-02-12",
               sent="2027-02-15 09:00", dear="Dear Accounts Team,"),
    body="""Hi Dan,

We've had a lot of complaints from tenants this month – the portal login still fails for anyone using Safari, and the maintenance request form isn't sending notifications to our superintendent. We'll release 50% now and the balance once those two issues are fixed.

I hope you understand, the board is asking questions.

Colleen""",
    label=dict(kind="client-reply-dispute",
               note="property manager pays half and withholds the rest until bugs are fixed -> dispute"))

msg(o="megan", frm=("Gaz Pritchard", "gaz@inkwellprint.co.uk"), date="2027-02-05 12:44", tz="Europe/London",
    mua="gmail", subject="Re: Reminder: invoice MH-0226",
    quote=dict(style="gmail", tpl="reminder", inv="MH-0226", amount="260.00", due="2027-02-01",
               sent="2027-02-04 09:00", dear="Dear Gaz Pritchard,"),
    body="""Megan you've billed the banner twice mate – 0226 is the same job as 0219 which I paid last month. The Frome market banner. Have a look?

Gaz""",
    label=dict(kind="client-reply-dispute", reference="MH-0226",
               note="print shop: billed twice; names both the contested invoice (0226) and the one already paid "
                    "(0219); 'which I paid' refers to the other invoice, so not paid"))

msg(o="ale", frm=("Sanne de Vries", "sanne@devriesfietsen.nl"), date="2026-12-14 15:30", tz="Europe/Amsterdam",
    mua="gmail", fmt="alt", subject="Re: Reminder: invoice 43/2026",
    quote=dict(style="gmail", tpl="reminder", inv="43/2026", amount="1240.00", due="2026-12-10",
               sent="2026-12-14 09:00", dear="Dear Sanne de Vries,"),
    body="""Hello Alessandra,

I must be honest with you. The Italian translation of the webshop had many mistakes and our Italian customers sent us e-mails about it (for example the frame sizes were wrong on several product pages, and "fietsendrager" became "portatore di biciclette" instead of "portabici"). We had to pay a native speaker to correct everything.

We cannot pay the full price for this. We propose to pay 50%, so 620 euro. Please let me know if you agree.

Sanne""",
    label=dict(kind="client-reply-dispute", amount="620.00",
               note="Dutch online shop: quality complaint, offers 50% (620 euro)"))

msg(o="dan", frm=("Nadia Pelletier", "npelletier@harbourviewhotel.ca"), date="2027-01-11 14:20",
    tz="America/Halifax", mua="outlook", fmt="alt", lang_hdr="en-CA", subject="RE: Reminder: invoice 1099",
    quote=dict(style="outlook_us", tpl="reminder", inv="1099", amount="3000.00", due="2027-01-05",
               sent="2027-01-11 09:00", dear="Dear Accounts Team,"),
    body="""Dan,

When we spoke on the phone before Christmas you agreed to take $300 off for the delayed launch of the booking engine – we missed the whole holiday-party season because of it. This invoice is still for the full $3,000.

Please send a revised invoice for $2,700 and we'll pay it straight away.

Nadia Pelletier
General Manager
Harbourview Hotel & Conference Centre""",
    label=dict(kind="client-reply-dispute", amount="2700.00", currency="USD",
               note="hotel GM: discount agreed by phone not applied; will pay 2,700 on a revised invoice"))

msg(o="lucia", frm=("Accounts - Yatra Bliss Holidays", "accounts@yatrabliss.in"), date="2026-11-09 11:20",
    tz="Asia/Kolkata", mua="outlook", fmt="alt", subject="RE: Reminder: invoice 2026-048",
    quote=dict(style="outlook", tpl="reminder", inv="2026-048", amount="2700.00", due="2026-11-05",
               sent="2026-11-06 09:00", dear="Dear Accounts Team,"),
    body="""Dear Madam,

We are in receipt of your reminder. However, please note that the invoice is showing 3 days of shoot @ EUR 900 per day, whereas the actual shoot was done for 2 days only as the first day (14th October) was cancelled due to heavy rain, as confirmed by our Mr. Suresh who was present in Sevilla.

Kindly revise the invoice to 2 days and share the same, so that we can process the payment.

Thanks & Regards,
Rajesh Iyer
Accounts Executive
Yatra Bliss Holidays Pvt. Ltd.""",
    label=dict(kind="client-reply-dispute",
               note="Indian travel agency: billed 3 shoot days, only 2 happened; asks for a revised invoice"))

FEES_EU = """As this is a commercial transaction, the legislation implementing EU Directive 2011/7/EU on combating late payment applies: statutory interest for late payment runs from the day after the due date at the European Central Bank's main refinancing rate plus 8 percentage points (currently 10.15% a year), and a fixed sum of €40.00 is due as compensation for recovery costs.

The amount due as at 12 January 2027 (interest continues to run until payment) is:
- Invoice INV-2026-121: €1,200.00
- Interest at 10.15% a year from 17 November 2026 to 12 January 2027 (57 days): €19.02
- Compensation for recovery costs: €40.00
- Total: €1,259.02"""

msg(o="tom", frm=("Katrin Bauer", "k.bauer@alpenreisen.de"), date="2027-01-13 10:05", tz="Europe/Berlin",
    mua="outlook", fmt="alt", lang_hdr="de-DE", subject="AW: Invoice INV-2026-121 is now overdue",
    quote=dict(style="outlook_de", tpl="late_fee", inv="INV-2026-121", amount="1200.00", due="2026-11-16",
               days_late=57, deadline="2027-01-22", fees=FEES_EU, sent="2027-01-12 09:00",
               dear="Dear Accounts Team,", subject="Invoice INV-2026-121 is now overdue"),
    body="""Dear Mr. Byrne,

we received your letter with interest and 40 EUR compensation. We do not accept this. The delay was not our fault: we asked you on 19 November for your complete bank details with BIC, and we received them only on 21 December.

We will pay the invoice amount of 1.200,00 EUR, but not the interest and the fee.

Greetings
Katrin Bauer
Buchhaltung / Accounting
Alpen Reisen GmbH""",
    label=dict(kind="client-reply-dispute", amount="1200.00",
               note="Munich travel agency contests the late-payment interest and the 40 EUR compensation, "
                    "accepts the invoice amount only (German number format) -> dispute over promise"))

msg(o="lucia", frm=("Sibusiso Dlamini", "sibusiso@dlaminipharmacies.co.za"), date="2026-12-02 09:40",
    tz="Africa/Johannesburg", mua="outlook", fmt="alt", lang_hdr="en-ZA", subject="RE: Reminder: invoice 2026-050",
    quote=dict(style="outlook", tpl="reminder", inv="2026-050", amount="1350.00", due="2026-11-28",
               sent="2026-12-01 09:00", dear="Dear Sibusiso Dlamini,"),
    body="""Good morning Lucía,

We can't sign this invoice off for payment yet. The quote was for the campaign shoot at all three stores, but only Rosebank and Sandton were done – Fourways is still outstanding, and that's the branch our regional manager specifically wanted.

Once Fourways is shot and the images are delivered we'll process the full amount.

Regards
Sibusiso Dlamini
Operations Manager
Dlamini Pharmacies (Pty) Ltd""",
    label=dict(kind="client-reply-dispute",
               note="pharmacy group: work not complete (one of three stores missing); holds payment"))

msg(o="dan", frm=("Patricia Kowalski", "pkowalski@cedarlanelaw.com"), date="2027-02-17 15:30",
    tz="America/New_York", mua="outlook", fmt="alt", lang_hdr="en-US", subject="RE: Reminder: invoice 1102",
    quote=dict(style="outlook_us", tpl="reminder", inv="1102", amount="6250.00", due="2027-02-10",
               sent="2027-02-16 09:00", dear="Dear Accounts Team,"),
    body="""Dan,

Our engagement letter for Phase 2 (the client portal) caps fees at $5,000. Your invoice 1102 is for $6,250. Unless there was a change order I'm not aware of — and I've checked with Michael, there wasn't — we'll remit $5,000 upon receipt of a corrected invoice.

Best,
Patricia

Patricia Kowalski
Office Manager
Cedar Lane Law LLP

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.""",
    label=dict(kind="client-reply-dispute", amount="5000.00", currency="USD", reference="1102",
               note="law firm: invoice exceeds the fee cap; will pay the capped 5,000 on a corrected invoice"))

msg(o="tom", frm=("Maura Dempsey", "treasurer@wicklowhillsfriends.ie"), date="2027-02-22 19:40",
    tz="Europe/Dublin", mua="gmail", fmt="alt", subject="Re: Reminder: invoice INV-2027-004",
    quote=dict(style="gmail", tpl="reminder", inv="INV-2027-004", amount="380.00", due="2027-02-15",
               sent="2027-02-22 09:00", dear="Dear Maura Dempsey,"),
    body="""Hi Tom,

The committee met last night and there were a few raised eyebrows at this one, I'm afraid. We'd understood the reprint would be at printer's cost only, since the design work was already paid for in December – but the invoice has €150 for "artwork adjustments". Nobody asked for changes as far as I know, apart from correcting the date of the AGM, which was your typo in fairness!

Could you have a look and send a revised one for the printing only?

Thanks,
Maura""",
    label=dict(kind="client-reply-dispute",
               note="charity contests a 150 line for artwork changes; 'already paid for in December' is about "
                    "the earlier design invoice, not this one"))


# ==================================================================================================
# OTHER human replies (questions, forwards, acknowledgements, other business)
# ==================================================================================================
msg(o="tom", frm=("Aroha Ngata", "accounts@lakeviewlodge.co.nz"), date="2026-12-15 10:00", tz="Pacific/Auckland",
    mua="outlook", fmt="alt", lang_hdr="en-NZ", subject="RE: Invoice INV-2026-124 due on 18 December 2026",
    quote=dict(style="outlook", tpl="courtesy", inv="INV-2026-124", amount="1480.00", due="2026-12-18",
               issued="2026-11-18", sent="2026-12-14 09:00", dear="Dear Accounts Team,",
               subject="Invoice INV-2026-124 due on 18 December 2026"),
    body="""Kia ora Tom,

Could you resend the invoice as a PDF attachment please? The link in your original email doesn't open on our system – we're on a fairly locked-down network here.

Ngā mihi,
Aroha

Aroha Ngata | Finance & Admin
The Lakeview Lodge, Queenstown""",
    label=dict(kind="client-reply-other", note="hotel asks for the invoice again as a PDF; no payment claim or promise"))

msg(o="tom", frm=("Katrin Bauer", "k.bauer@alpenreisen.de"), date="2026-11-19 09:15", tz="Europe/Berlin",
    mua="outlook", fmt="alt", lang_hdr="de-DE", subject="AW: Invoice INV-2026-121 due today",
    quote=dict(style="outlook_de", tpl="due", inv="INV-2026-121", amount="1200.00", due="2026-11-16",
               sent="2026-11-16 09:00", dear="Dear Accounts Team,", pay=False,
               subject="Invoice INV-2026-121 due today"),
    body="""Dear Mr. Byrne,

for the payment of your invoice we need your complete bank details with IBAN and BIC, and also your VAT-ID for our booking. In the invoice we find only the IBAN. Please send us.

Thank you and greetings
Katrin Bauer
Buchhaltung / Accounting
Alpen Reisen GmbH
Leopoldstraße 88 · 80802 München""",
    label=dict(kind="client-reply-other",
               note="German travel agency asks for BIC and VAT ID before paying; a question, not a promise"))

msg(o="ale", frm=("Pieter Bakker", "pieter@drukkerijbakker.nl"), date="2026-11-24 10:30", tz="Europe/Amsterdam",
    mua="outlook", fmt="alt", lang_hdr="nl-NL", subject="Antw: Reminder: invoice 37/2026",
    quote=dict(style="outlook_nl", tpl="reminder", inv="37/2026", amount="430.00", due="2026-11-16",
               sent="2026-11-23 09:00", dear="Dear Pieter Bakker,"),
    body="""Hello Alessandra,

For the reverse charge our accountant needs your VAT number and ours (NL859471263B01) on the invoice, and also the text "reverse charge". Can you send an adjusted invoice?

Met vriendelijke groet,
Pieter Bakker
Drukkerij Bakker B.V.""",
    label=dict(kind="client-reply-other",
               note="Dutch print shop asks for VAT numbers / reverse-charge wording on the invoice; formal "
                    "correction, not contesting the amount"))

msg(o="megan", frm=("Accounts Payable", "ap@emberandoak.co.uk"), date="2027-01-07 14:00", tz="Europe/London",
    mua="outlook", fmt="html", subject="RE: Invoice MH-0227",
    quote=dict(style="outlook", tpl="promise_followup", inv="MH-0227", amount="560.00", due="2026-12-15",
               sent="2027-01-06 09:00", dear="Dear Accounts Team,", subject="Invoice MH-0227"),
    body="""Hi Megan,

We are unable to locate a purchase order for this invoice. All invoices must quote a valid Ember & Oak PO number (format EO-PO-xxxxx).

Please obtain a PO from your contact and resubmit the invoice to ap@emberandoak.co.uk.

Kind regards,

Accounts Payable
Ember & Oak Group Ltd""",
    label=dict(kind="client-reply-other",
               note="AP: PO number needed before processing; a process request, not a dispute; HTML-only"))

msg(o="tom", frm=KILBRIDE, date="2026-12-01 09:05", tz="Europe/Dublin", mua="gmail", fmt="alt",
    cc=[("Mairead Conneely", "accounts@kilbridepharmacy.ie")], subject="Re: Reminder: invoice INV-2026-128",
    quote=dict(style="gmail", tpl="reminder", inv="INV-2026-128", amount="275.00", due="2026-11-24",
               sent="2026-11-30 09:00", dear="Dear Siobhán Kilbride,"),
    body="""Adding in Mairead who looks after our payments.

Mairead, can you look after this one for Tom please?

Thanks,
Siobhán""",
    label=dict(kind="client-reply-other", note="forwarded to the colleague who pays (cc); no claim, no promise"))

msg(o="lucia", frm=("Kylie Nguyen", "kylie@wanderlusttravel.com.au"), date="2027-02-16 08:10",
    tz="Australia/Melbourne", mua="ios", subject="Re: Invoice 2027-004 due on 20 February 2027",
    quote=dict(style="ios", tpl="courtesy", inv="2027-004", amount="3100.00", due="2027-02-20", issued="2027-01-21",
               sent="2027-02-15 09:00", dear="Dear Kylie Nguyen,", subject="Invoice 2027-004 due on 20 February 2027"),
    body="Got it, thanks Lucía! 👍\n\nSent from my iPhone",
    label=dict(kind="client-reply-other",
               note="'got it, thanks' to a pre-due courtesy note: acknowledgement only, neither paid nor promise"))

msg(o="dan", frm=("Colleen Bouchard", "cbouchard@parksidepm.ca"), date="2026-11-05 10:15", tz="America/Toronto",
    mua="outlook", fmt="alt", lang_hdr="en-US", subject="RE: Reminder: invoice 1086",
    quote=dict(style="outlook_us", tpl="reminder", inv="1086", amount="780.00", due="2026-10-30",
               sent="2026-11-04 09:00", dear="Dear Accounts Team,"),
    body="""Hi Dan,

Which building is this for? We manage 14 properties and I can't match it to a work order. Can you add the property address or the work order number and resend?

Thanks,
Colleen""",
    label=dict(kind="client-reply-other", note="property manager asks which property / work order the invoice is for"))

msg(o="lucia", frm=("Accounts - Yatra Bliss Holidays", "accounts@yatrabliss.in"), date="2027-02-18 13:00",
    tz="Asia/Kolkata", mua="outlook", fmt="alt", subject="RE: Reminder: invoice 2027-006",
    quote=dict(style="outlook", tpl="reminder", inv="2027-006", amount="900.00", due="2027-02-12",
               sent="2027-02-17 09:00", dear="Dear Accounts Team,"),
    body="""Dear Madam,

Kindly confirm whether your bank details mentioned in the reminder are the same as earlier, as we have received one mail from a different e-mail id (lucia.martin.estudio@gmail.com) stating that your bank account has been changed to a new account in Lithuania.

Please confirm on priority so that we can avoid any fraud.

Thanks & Regards,
Rajesh Iyer
Accounts Executive
Yatra Bliss Holidays Pvt. Ltd.""",
    label=dict(kind="client-reply-other",
               note="travel agency checks the IBAN after a suspicious 'change of bank details' email; question only"))

msg(o="dan", frm=("Lou Marchetti", "lou@lulaskitchen.nyc"), date="2027-02-02 10:05", tz="America/New_York",
    mua="ios", subject="Re: Reminder: invoice 1105",
    quote=dict(style="ios", tpl="reminder", inv="1105", amount="650.00", due="2027-01-29",
               sent="2027-02-01 09:00", dear="Dear Lou Marchetti,"),
    attach=[("BRUNCH MENU FEB.pdf", "application/pdf", fake_pdf("Lula's brunch menu February"))],
    body="""hey dan can u add the new brunch menu to the site? pdf attached. also sat/sun hours are now 10-4 not 11-3. thx

lou

Sent from my iPhone""",
    label=dict(kind="client-reply-other",
               note="restaurant owner replies to a reminder with a new job request and ignores the invoice"))

msg(o="tom", frm=("Ciarán Daly", "ciaran.daly@orourkedaly.ie"), date="2027-02-03 11:50", tz="Europe/Dublin",
    mua="outlook", fmt="alt", subject="RE: Reminder: invoice INV-2027-005",
    quote=dict(style="outlook", tpl="reminder", inv="INV-2027-005", amount="1150.00", due="2027-01-29",
               sent="2027-02-02 09:00", dear="Dear Accounts Team,"),
    body="""Tom,

Can you give me a ring this afternoon re the below? 01 661 4420, ask for me directly.

Thanks,
Ciarán

Ciarán Daly | Partner
O'Rourke & Daly Solicitors

O'Rourke & Daly Solicitors is regulated by the Law Society of Ireland. This email and any attachments are confidential and intended solely for the addressee.""",
    label=dict(kind="client-reply-other", note="law-firm partner asks for a phone call; nothing said about payment"))

msg(o="megan", frm=("Karen Doyle", "karen@passplusdriving.co.uk"), date="2027-02-23 12:00", tz="Europe/London",
    mua="gmail", subject="Re: Invoice MH-0231 due on 26 February 2027",
    quote=dict(style="gmail", tpl="courtesy", inv="MH-0231", amount="340.00", due="2027-02-26", issued="2027-01-27",
               sent="2027-02-22 09:00", dear="Dear Karen Doyle,", subject="Invoice MH-0231 due on 26 February 2027"),
    body="""Hi Megan,

Is this one for the leaflets or the blog posts? Just need to know which budget to put it against.

Karen""",
    label=dict(kind="client-reply-other", note="driving school asks what the invoice covers, for budget coding"))

msg(o="tom", frm=("Fergal Nolan", "fergal@nolanaccountants.ie"), date="2027-01-26 16:30", tz="Europe/Dublin",
    mua="outlook", fmt="alt", cc=[("Joe Hegarty", "joe@coastlinelettings.ie")],
    subject="RE: Invoice INV-2026-138", orig_to="Joe Hegarty <joe@coastlinelettings.ie>",
    quote=dict(style="outlook", tpl="promise_followup", inv="INV-2026-138", amount="560.00", due="2026-12-04",
               promise_date="2026-12-11", sent="2027-01-25 09:00", dear="Dear Joe Hegarty,",
               subject="Invoice INV-2026-138"),
    body="""Hi Tom,

We're reconciling Coastline Lettings' creditors ahead of their year-end on 31 January. Could you send me a statement of account for 2026 showing all invoices issued and payments received? That'll make it easier for me to see what's outstanding.

Regards,
Fergal

Fergal Nolan FCA
Nolan & Co. Chartered Accountants""",
    label=dict(kind="client-reply-other",
               note="client's accountant asks for a statement of account; neither confirms nor promises payment"))

msg(o="dan", frm=("Nadia Pelletier", "npelletier@harbourviewhotel.ca"), date="2026-11-23 16:40",
    tz="America/Halifax", mua="outlook", fmt="alt", lang_hdr="en-CA",
    subject="RE: Invoice 1094 due on 25 November 2026",
    quote=dict(style="outlook_us", tpl="courtesy", inv="1094", amount="2400.00", due="2026-11-25",
               issued="2026-10-26", sent="2026-11-23 09:00", dear="Dear Nadia Pelletier,",
               subject="Invoice 1094 due on 25 November 2026"),
    body="""Hi Dan,

I'm not the right contact for invoices – please send these to ap@harbourviewhotel.ca and our accounts team will look after it.

Thanks,
Nadia

Nadia Pelletier
General Manager
Harbourview Hotel & Conference Centre""",
    label=dict(kind="client-reply-other", note="human redirect to the AP mailbox (not an auto-reply)"))

msg(o="lucia", frm=("Thandi Mokoena", "thandi@kraalandco.co.za"), date="2026-11-03 11:30", tz="Africa/Johannesburg",
    mua="gmail", fmt="alt", subject="Re: Invoice 2026-047 – Kraal & Co. lookbook",
    quote=dict(style="gmail", tpl="invoice", inv="2026-047", sent="2026-10-31 12:40",
               subject="Invoice 2026-047 – Kraal & Co. lookbook",
               text="Hi Thandi,\n\nPlease find attached invoice 2026-047 for the lookbook shoot (€1,050.00), payable "
                    "within 30 days by bank transfer.\n\nThanks again, it was a pleasure working with you all!\n\n"
                    "Lucía\n\nLucía Martín – fotografía\nmartinestudio.es"),
    body="""Hi Lucía

Quick question – is there any way I can pay by card or PayPal rather than EFT? An international EFT is costing us about R450 a time in bank charges, plus the forex paperwork.

Thanks
Thandi""",
    label=dict(kind="client-reply-other",
               note="reply to the invoice mail asking for another payment method; no promise"))

msg(o="megan", frm=("Richard Quinn", "r.quinn@hartleyquinn.co.uk"), date="2027-02-19 17:25", tz="Europe/London",
    mua="outlook", fmt="alt", cc=[("Deborah Finch", "d.finch@hartleyquinn.co.uk")],
    subject="RE: Reminder: invoice MH-0233",
    quote=dict(style="outlook", tpl="reminder", inv="MH-0233", amount="1800.00", due="2027-02-12",
               sent="2027-02-19 09:00", dear="Dear Richard Quinn,"),
    body="""Megan – I've passed this to Deborah, our cashier, who deals with supplier payments.

Richard

Richard Quinn
Partner
Hartley & Quinn Solicitors LLP

Hartley & Quinn Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 640213). This email is confidential and may be legally privileged.""",
    label=dict(kind="client-reply-other", note="partner passes the reminder to the cashier (cc)"))

msg(o="dan", frm=("Marisol Reyes", "marisol@greenpointapothecary.com"), date="2027-02-11 15:00",
    tz="America/New_York", mua="gmail", fmt="alt", subject="Re: Reminder: invoice 1100",
    quote=dict(style="gmail_us", tpl="reminder", inv="1100", amount="1120.00", due="2027-02-05",
               sent="2027-02-10 09:00", dear="Dear Marisol Reyes,"),
    body="""Hi Dan, quick q on this one – what's the $85 "hosting renewal" line? Not disputing it, I just need to know how to code it for our bookkeeper (is it annual?).

Thanks!
Marisol""",
    label=dict(kind="client-reply-other",
               note="pharmacy asks what a line is for and says explicitly it is not a dispute"))

msg(o="megan", frm=("Claire Whitfield", "claire@brambleandbee.co.uk"), date="2027-01-18 20:05", tz="Europe/London",
    mua="apple", fmt="alt", subject="Re: Payment received – invoice MH-0225",
    quote=dict(style="apple", tpl="thank_you", inv="MH-0225", amount="380.00", paid_on="2027-01-15",
               sent="2027-01-18 09:00", dear="Dear Claire Whitfield,", subject="Payment received – invoice MH-0225"),
    body="Aww thanks Megan! Glad it all came through. Hope you're keeping warm 🕯️\n\nClaire x",
    label=dict(kind="client-reply-other",
               note="reply to the owner's thank-you for a payment; pleasantries only, not a new payment claim"))


# ==================================================================================================
# MACHINE MAIL
# ==================================================================================================
def std_headers(frm, to, subject, date, tz, msgid_domain, n_hint, extra=()):
    d = parse_local(date, tz)
    h = {"From": frm, "To": to, "Subject": enc_header(subject), "Date": format_datetime(d),
         "Message-ID": mid(n_hint, msgid_domain)}
    for k, v in extra:
        h[k] = v
    h["MIME-Version"] = "1.0"
    return h


def alt(text, html_body, key, charset="utf-8", cte="quoted-printable"):
    return multipart("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html_body, charset, cte)],
                     "alt_" + hashlib.md5(key.encode()).hexdigest()[:20])


def simple_html(title, rows, foot):
    r = "".join(f'<tr><td style="padding:4px 12px;color:#555">{html.escape(k)}</td>'
                f'<td style="padding:4px 12px"><b>{html.escape(v)}</b></td></tr>' for k, v in rows)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">'
            f'<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>'
            f'<h2 style="font-size:20px">{html.escape(title)}</h2><table>{r}</table>'
            f'<p style="font-size:12px;color:#888">{html.escape(foot)}</p></td></tr></table></body></html>')


# --- Bank of Ireland: incoming lodgement alert (Tom)
_t = """Dear Customer,

A payment has been credited to your Business Current Account ending 6789.

Amount:     €480.00
From:       KILBRIDE PHARMACY LTD
Reference:  INV-2026-118
Date:       18/11/2026

Log in to Business On Line to view your full statement.

This is an automated message. Please do not reply to this email. Bank of Ireland will never ask you for your full PIN, passwords or one-time codes by email.

Bank of Ireland is regulated by the Central Bank of Ireland."""
raw(headers=std_headers("Bank of Ireland <alerts@notifications.boi.com>", "tom@byrnedesign.ie",
                        "Payment received into your account", "2026-11-18 07:02", "Europe/Dublin",
                        "notifications.boi.com", "boi1"),
    mime=alt(_t, simple_html("Payment received", [("Amount", "€480.00"), ("From", "KILBRIDE PHARMACY LTD"),
                                                  ("Reference", "INV-2026-118"), ("Date", "18/11/2026"),
                                                  ("Account", "Business Current Account ending 6789")],
                             "This is an automated message. Please do not reply to this email."), "boi1"),
    label=dict(kind="payment-notification", amount="480.00", reference="INV-2026-118",
               note="Irish bank credit alert for the pharmacy's payment"))

# --- Starling: incoming (Megan)
_t = """Hi Megan,

HARTLEY QUINN SOLICITORS sent you £1,350.00.

Reference: HALE MH0214
Account: Megan Hale (Business) ••••4567
Date: 24 November 2026

You can see the payment in the Starling app.

Starling Bank Limited is registered in England and Wales (No. 09092149), 3rd Floor, 2 Finsbury Avenue, London, EC2M 2PP. Starling Bank is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority."""
raw(headers=std_headers("Starling Bank <notifications@starlingbank.com>", "megan@halecopy.co.uk",
                        "You've received £1,350.00", "2026-11-24 15:47", "Europe/London", "starlingbank.com", "stg1"),
    mime=alt(_t, simple_html("You've received £1,350.00", [("From", "HARTLEY QUINN SOLICITORS"),
                                                            ("Reference", "HALE MH0214"),
                                                            ("Account", "Megan Hale (Business) ••••4567")],
                             "Starling Bank Limited is registered in England and Wales (No. 09092149)."), "stg1"),
    label=dict(kind="payment-notification", amount="1350.00", currency="GBP", reference="MH-0214",
               note="UK bank incoming payment; the reference arrives squashed as 'HALE MH0214'"))

# --- PayPal: incoming (Dan)
_t = """Hello, Okafor Web Studio LLC

You received a payment of $640.00 USD from Raj Dhillon (raj@mapleleafdriving.ca)

Note from Raj Dhillon:
"Invoice 1098 - thanks Dan!"

Transaction details
Transaction ID: 7BX21934KL5526018
Transaction date: January 21, 2027
Amount received: $640.00 USD
Fee: -$22.83 USD
Net amount: $617.17 USD

It may take a few moments for this transaction to appear in your account.

Help & Contact | Security | Apps

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
Copyright © 1999-2027 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131."""
raw(headers=std_headers("PayPal <service@paypal.com>", "Okafor Web Studio LLC <dan@okaforweb.com>",
                        "You've got money", "2027-01-21 19:29", "America/New_York", "paypal.com", "pp1"),
    mime=alt(_t, simple_html("You've got money", [("From", "Raj Dhillon"), ("Amount received", "$640.00 USD"),
                                                   ("Fee", "-$22.83 USD"), ("Net amount", "$617.17 USD"),
                                                   ("Note", "Invoice 1098 - thanks Dan!")],
                             "Copyright © 1999-2027 PayPal, Inc. All rights reserved."), "pp1"),
    label=dict(kind="payment-notification", amount="640.00", currency="USD", reference="1098",
               note="PayPal money received; gross 640 (net 617.17 after fee); invoice in the payer's note"))

# --- Wise: incoming (Lucía)
_t = """Hi Lucía,

Bondi Surf Supply Pty Ltd sent you 1,180.00 EUR. It's now in your EUR balance.

Reference: 2026-049

Need to move it? You can send it straight to your bank account in the Wise app.

Thanks,
The Wise Team

Wise Europe SA, Rue du Trône 100, 1050 Brussels."""
raw(headers=std_headers("Wise <noreply@wise.com>", "lucia@martinestudio.es", "You've received 1,180.00 EUR",
                        "2026-11-25 10:14", "Europe/Madrid", "wise.com", "wise1"),
    mime=alt(_t, simple_html("You've received 1,180.00 EUR", [("From", "Bondi Surf Supply Pty Ltd"),
                                                               ("Reference", "2026-049")],
                             "Wise Europe SA, Rue du Trône 100, 1050 Brussels."), "wise1"),
    label=dict(kind="payment-notification", amount="1180.00", reference="2026-049",
               note="Wise incoming EUR from the Sydney shop"))

# --- Out of office with RFC 3834 headers and a return date (Megan's reminder to the law-firm cashier)
_q = dict(o="megan", inv="MH-0229", sent="2026-12-22 09:00")
_t = """Thank you for your email.

I am out of the office for the Christmas period and will be back in the office on Monday 4 January 2027. Emails will not be forwarded during this time.

For urgent matters regarding payments, please contact accounts@hartleyquinn.co.uk.

Kind regards,
Deborah Finch
Cashier
Hartley & Quinn Solicitors LLP"""
raw(headers=std_headers("Deborah Finch <d.finch@hartleyquinn.co.uk>", "Megan Hale <megan@halecopy.co.uk>",
                        "Automatic reply: Reminder: invoice MH-0229", "2026-12-22 09:00", "Europe/London",
                        "hartleyquinn.co.uk", "ooo1",
                        extra=[("In-Reply-To", orig_mid(_q)), ("References", orig_mid(_q)),
                               ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("X-MS-Exchange-Inbox-Rules-Loop", "d.finch@hartleyquinn.co.uk"),
                               ("Content-Language", "en-GB")]),
    mime=alt(_t, OUTLOOK_HEAD.replace("{charset}", "utf-8") + outlook_par(_t) + "</div></body></html>", "ooo1"),
    label=dict(kind="auto-reply", return_date="2027-01-04",
               note="Exchange out-of-office with Auto-Submitted; back on Monday 4 January 2027"))

# --- Office closed notice WITHOUT auto-reply headers (law firm accounts mailbox)
_q = dict(o="tom", inv="INV-2026-132", sent="2026-12-23 09:00")
_t = """Thank you for your email.

Our offices are closed for Christmas from Wednesday 23 December 2026 to Friday 1 January 2027 inclusive, and we reopen on Monday 4 January 2027. Emails will not be monitored during this period.

If your matter is urgent, please call 01 661 4420 and follow the instructions for our out-of-hours service.

O'Rourke & Daly Solicitors
32 Fitzwilliam Place, Dublin 2"""
raw(headers=std_headers("O'Rourke & Daly Accounts <accounts@orourkedaly.ie>", "Tom Byrne <tom@byrnedesign.ie>",
                        "RE: Reminder: invoice INV-2026-132", "2026-12-23 09:00", "Europe/Dublin", "orourkedaly.ie",
                        "ooo2", extra=[("In-Reply-To", orig_mid(_q)), ("References", orig_mid(_q))]),
    mime=leaf("text/plain", _t, "utf-8", "quoted-printable"),
    label=dict(kind="auto-reply", return_date="2027-01-04",
               note="Christmas closure notice with a plain 'RE:' subject and no Auto-Submitted/X-Autoreply "
                    "headers; closed to 1 Jan inclusive but the text says it reopens Monday 4 January"))

# --- Help-desk ticket acknowledgement (hotel AP)
_q = dict(o="dan", inv="1096", sent="2026-12-14 09:00")
_t = """Dear Dan Okafor,

We would like to acknowledge that we have received your request and a ticket has been created with Ticket ID - #48213.

A member of our Accounts Payable team will review your request and send you a personal response (usually within 3 business days).

To view the status of the ticket or add comments, please visit
https://harbourviewhotel.freshdesk.com/helpdesk/tickets/48213

Thank you for your patience.

Sincerely,
Harbourview Accounts Payable Team"""
raw(headers=std_headers("Harbourview Accounts Payable <support@harbourviewhotel.freshdesk.com>",
                        "dan@okaforweb.com", "Ticket Received - Reminder: invoice 1096", "2026-12-14 10:00",
                        "America/Halifax", "harbourviewhotel.freshdesk.com", "fd1",
                        extra=[("Reply-To", "ap@harbourviewhotel.ca"), ("In-Reply-To", orig_mid(_q)),
                               ("References", orig_mid(_q)), ("Auto-Submitted", "auto-replied"),
                               ("Precedence", "bulk")]),
    mime=alt(_t, esc_par(_t), "fd1"),
    label=dict(kind="auto-reply", note="help-desk ticket acknowledgement from the hotel's AP mailbox; no return date"))

# --- Postfix permanent bounce (Dan's reminder to an old address)
_orig_hdrs = f"""Return-Path: <dan@okaforweb.com>
Received: from localhost (localhost [127.0.0.1])
	by smtp.okaforweb.com (Postfix) with ESMTPSA id 4QkT2r3xYbz9sW;
	Wed,  4 Nov 2026 09:00:05 -0500 (EST)
From: Dan Okafor <dan@okaforweb.com>
To: Colleen Bouchard <colleen.b@parksidepm.ca>
Subject: Reminder: invoice 1086
Date: Wed, 04 Nov 2026 09:00:04 -0500
Message-ID: {orig_mid(dict(o="dan", inv="1086", sent="2026-11-04 09:00"))}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
_t = """This is the mail system at host smtp.okaforweb.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<colleen.b@parksidepm.ca>: host mx1.parksidepm.ca[198.51.100.14] said: 550
    5.1.1 <colleen.b@parksidepm.ca>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""
_dsn = """Reporting-MTA: dns; smtp.okaforweb.com
X-Postfix-Queue-ID: 4QkT2r3xYbz9sW
X-Postfix-Sender: rfc822; dan@okaforweb.com
Arrival-Date: Wed,  4 Nov 2026 09:00:05 -0500 (EST)

Final-Recipient: rfc822; colleen.b@parksidepm.ca
Original-Recipient: rfc822;colleen.b@parksidepm.ca
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.parksidepm.ca
Diagnostic-Code: smtp; 550 5.1.1 <colleen.b@parksidepm.ca>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
raw(headers=std_headers("MAILER-DAEMON@smtp.okaforweb.com (Mail Delivery System)", "dan@okaforweb.com",
                        "Undelivered Mail Returned to Sender", "2026-11-04 09:00", "America/New_York",
                        "smtp.okaforweb.com", "pfx1", extra=[("Auto-Submitted", "auto-replied")]),
    mime=multipart("report", [leaf("text/plain", _t, "us-ascii", "7bit",
                                   extra={"Content-Description": "Notification"}),
                              leaf("message/delivery-status", _dsn, None, "7bit",
                                   extra={"Content-Description": "Delivery report"}),
                              leaf("text/rfc822-headers", _orig_hdrs, None, "7bit",
                                   extra={"Content-Description": "Undelivered Message Headers"})],
                   "4QkT2r3xYbz9sW.1793887207/smtp.okaforweb.com", '; report-type=delivery-status'),
    label=dict(kind="bounce", failed_recipient="colleen.b@parksidepm.ca", permanent=True,
               note="Postfix DSN, 550 5.1.1 user unknown: old contact address at the property manager"))

# --- Exchange Online delay notice (temporary)
_orig_hdrs = f"""From: Alessandra Rossi <alessandra@example.it>
To: "buchhaltung@hotel-seeblick.de" <buchhaltung@hotel-seeblick.de>
Subject: Reminder: invoice 45/2026
Date: Fri, 18 Dec 2026 08:00:02 +0000
Message-ID: {orig_mid(dict(o="ale", inv="45/2026", sent="2026-12-18 09:00"))}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
_t = """Delivery is delayed to these recipients or groups:

buchhaltung@hotel-seeblick.de (buchhaltung@hotel-seeblick.de)

Subject: Reminder: invoice 45/2026

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 18 hours and 55 minutes. You'll be notified if the message can't be delivered by that time.




Diagnostic information for administrators:

Generating server: VI1PR07MB6143.eurprd07.prod.outlook.com
Receiving server: mx01.hotel-seeblick.de (203.0.113.25)

buchhaltung@hotel-seeblick.de
Remote server returned '451 4.7.1 Greylisted, please try again in 300 seconds'
Last attempt: 18/12/2026 12:04:51
"""
_dsn = """Reporting-MTA: dns;VI1PR07MB6143.eurprd07.prod.outlook.com
Received-From-MTA: dns;VI1PR07MB6143.eurprd07.prod.outlook.com
Arrival-Date: Fri, 18 Dec 2026 08:00:03 +0000

Final-Recipient: rfc822;buchhaltung@hotel-seeblick.de
Action: delayed
Status: 4.7.1
Diagnostic-Code: smtp;451 4.7.1 Greylisted, please try again in 300 seconds
Remote-MTA: dns;mx01.hotel-seeblick.de
Will-Retry-Until: Sun, 20 Dec 2026 08:00:03 +0000
X-Display-Name: buchhaltung@hotel-seeblick.de
"""
raw(headers=std_headers("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.it>",
                        "Alessandra Rossi <alessandra@example.it>",
                        "Delivery delayed:Reminder: invoice 45/2026", "2026-12-18 13:05", "Europe/Rome",
                        "VI1PR07MB6143.eurprd07.prod.outlook.com", "exo1",
                        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                               ("Content-Language", "en-US")]),
    mime=multipart("report", [leaf("text/plain", _t, "us-ascii", "7bit"),
                              leaf("message/delivery-status", _dsn, None, "7bit"),
                              leaf("text/rfc822-headers", _orig_hdrs, None, "7bit")],
                   "_000_VI1PR07MB614300DELAY_", '; report-type=delivery-status'),
    label=dict(kind="bounce", failed_recipient="buchhaltung@hotel-seeblick.de", permanent=False,
               note="Exchange Online 'Delivery delayed', 451 greylisting, will retry -> temporary"))

# --- Outgoing payment made by the owner to a company that is also one of her clients
_t = """Hi Megan,

You sent £62.40 to INKWELL PRINT LTD.

Reference: BUSINESS CARDS
From: Megan Hale (Business) ••••4567
Date: 29 January 2027

If you don't recognise this payment, contact us straight away in the app.

Starling Bank Limited is registered in England and Wales (No. 09092149)."""
raw(headers=std_headers("Starling Bank <notifications@starlingbank.com>", "megan@halecopy.co.uk",
                        "You paid £62.40 to Inkwell Print Ltd", "2027-01-29 11:22", "Europe/London",
                        "starlingbank.com", "stg2"),
    mime=alt(_t, simple_html("You paid £62.40", [("To", "INKWELL PRINT LTD"), ("Reference", "BUSINESS CARDS")],
                             "Starling Bank Limited is registered in England and Wales (No. 09092149)."), "stg2"),
    label=dict(kind="other",
               note="bank notice of an OUTGOING payment by the owner, to a company that is also a client "
                    "(the print shop); not money in"))


# ==================================================================================================
# Output
# ==================================================================================================
LABEL_ORDER = ["amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent",
               "note"]


def main():
    import random
    order = list(range(len(MSGS)))
    random.Random(1414).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    toml = ["# round14-en labels: generated by make.py (hand-written messages, hand-set labels)", ""]
    for i, idx in enumerate(order, 1):
        kind_, m = MSGS[idx]
        name = f"{PREFIX}-{i:04d}.eml"
        data = build_reply(i, m) if kind_ == "reply" else build_raw(i, m)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        lab = m["label"]
        toml.append(f'[files."{name}"]')
        toml.append(f'kind = {toml_str(lab["kind"])}')
        toml.append('language = "en"')
        toml.append('split = "dev"')
        for k in LABEL_ORDER:
            if k in lab:
                v = lab[k]
                toml.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(v)}")
        toml.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(toml))
    check()


def check():
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert files == sorted(labels), "labels and files differ"
    kinds = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
             "payment-notification", "auto-reply", "bounce", "other", "invoice"}
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], f"{f}: missing {h}"
        m["Date"].datetime  # parses
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        lab = labels[f]
        assert lab["kind"] in kinds, f
        if lab["kind"] == "bounce":
            assert "permanent" in lab and "failed_recipient" in lab, f
        for k in ("promised_date", "return_date"):
            if k in lab:
                dt.date.fromisoformat(lab[k])
        if "amount" in lab:
            float(lab["amount"])
    c = Counter(l["kind"] for l in labels.values())
    print(f"{len(files)} messages OK")
    for k, v in sorted(c.items()):
        print(f"  {k:24s} {v}")


if __name__ == "__main__":
    main()
